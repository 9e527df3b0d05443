"""Sentences made to stand alone ("He" -> "Mercury", asides trimmed), or rejected."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.generator.article import Link
from quiz.generator.copied import debris
from quiz.generator.definites import resolve_backrefs
from quiz.generator.firstchar import Quick, first_char
from quiz.generator.lexicon import demonym, gazetteer_type, given_name, known_word
from quiz.generator.nocase import NoCase
from quiz.generator.people import without_people
from quiz.generator.references import (
    PERSON_PRONOUN,
    Context,
    Edits,
    name_the_work,
    person_antecedent,
    resolve_person,
    resolve_start_pronoun,
)
from quiz.generator.sentences import first_person
from quiz.generator.spans import FULL_MONTH, NOT_NAMES
from quiz.generator.subject import WORK, Subject
from quiz.generator.tidy import tidy_sentence
from quiz.generator.typeclues import without_title
from quiz.generator.wording import ABSTRACT_SUBJECT, CONTINENTS, OPENERS, leans_back

# Openers that only mark the flow of the text: dropped, the sentence stays.
DISCOURSE = re.compile(
    r"^(?:However|In addition|Additionally|Also|Indeed|Notably|Fortunately|Unfortunately|"
    r"Interestingly|Ironically|Surprisingly|Importantly|Moreover|Furthermore|Nevertheless|"
    r"Nonetheless|In fact|Of note|Overall|Significantly|Remarkably|Famously|Today|Historically),\s+"
    r"|^(?:Overall|Paradoxically|Ironically|Interestingly|Surprisingly|In addition|Additionally|"
    r"Moreover|Furthermore) (?=[A-Z]|(?:his|her) |the [A-Z])"  # (no comma: "In addition the")
)
# Openers that make the sentence depend on the one before it: the sentence is dropped.
DEPENDENT_START = re.compile(
    r"^(?:Consequently|As a result|Thus|Hence|Therefore|Instead|Similarly|Likewise|In contrast|"
    r"By contrast|In comparison|By comparison|Later|Subsequently|Afterwards?|Then|Eventually|"
    r"Finally|Ultimately|Meanwhile|In response|In return|In turn|In the end|At first|Initially|"
    r"At the same time|(?:In|During) the (?:evening|morning|afternoon|night)|"
    r"That (?:evening|morning|night)|"
    r"Otherwise|For example|For instance|In particular|Specifically|In this way|In other words|"
    r"Accordingly|Again|Once again|Soon|Shortly|Next|Still|Yet|So|And|But|Or|Nor|Both|Either|"
    r"For (?:his|her|its|their) (?:part|efforts|work|services|contributions)(?=,)|"
    r"Alternatively|Firstly|Secondly|Thirdly|Fourthly|Lastly|"
    r"As a note|Further(?=,)|Now(?=,)|There(?=,)|Once (?:he|she|they|it|we)|"
    r"Neither|Another|Others|None|A further|A second|A third|A new|An additional|Among (?:others|"
    r"other things|them|these|those))\b|"
    r"^(?:Other|Each|Some|Many|Most|All|One|Few|Several)"
    r"(?: of (?:them|these|those|which|whom|the (?:latter|former|others)))?\b(?! \d)(?= [a-z]+ )"
)
RELATIVE_TIME = NoCase(
    r"(?i)\b(?:previously|earlier|afterwards?|subsequently|thereafter|meanwhile|ensuing|accordingly|"
    r"additional|the (?:next|following|previous) \w+ (?:years|months|decades)|"
    r"(?<!most )recently|"  # (not "philosopher, feminist, and, most recently, novelist")
    r"(?:end|start|beginning|middle|turn) of the (?:decade|century|year|season)|"  # (R60)
    r"so far|to date|as yet|yet to|this year|last year|next year|that (?:first |last )?(?:year|"
    r"time|day|month|week|season|night|morning|evening|decade|era|century|age)|"
    r"(?:shortly|soon|immediately) after(?=[,.;]| to\b)|"
    r"the (?:following|next|previous|same|preceding) (?:year|month|day|season|week|"
    r"decade|summer|winter|spring|autumn|time|reign|term)|"
    r"the (?:next|following|previous|last|first) (?:\w+ )?"
    r"(?:minutes?|hours?|seconds?)|"
    r"(?:years?|months?|days?|weeks?|decades?|centur(?:y|ies)|seasons?) (?:later|earlier|ago\b|"
    r"(?:after|before)(?! the\b| \w))|at the time|by then|since then|until then|back then|"
    r"once again|again|in turn|the time|the period|the era|the latter|the former|"
    r"the same(?! (?:[\w-]+ ){0,2}as\b)|another (?:example|instance|case)|"
    r"the other|the rest(?! of)|the remainder(?! of)|the aforementioned|the above|"
    r"another(?= [a-z])(?! (?:name|term|word|spelling) for\b| (?:by|with|in|on|at|through)\b)|"
    r"(?:an?|the) equally|"  # (not "from one address space into another by ...": a pronoun)
    r"^the (?:senior|junior|elder|younger) [A-Z][\w'-]*|"  # "The senior Harrison": who?
    r"(?:the|a|in) subsequent|"  # "the subsequent War of 1812", "In subsequent years" (R182)
    r"the following|as follows|in (?:a|the) similar vein|in the same vein|likewise|"
    r"similarly|by contrast|in contrast|conversely|on the other hand|previous(?! to\b)|"
    r"(?:have|has|had|own|owned|get|got|keep|kept) one(?=[.,;]| (?:was|is|were|in|at|on|"
    r"for|and|by|until|since)\b)|"
    r"followed(?: suit)?(?= (?:in|on|shortly|soon)\b|[.,;])|"
    r"see below|see above|(?:discussed|described|explained|shown|listed|mentioned) (?:below|above)|"
    r"this article|these|those|this|such(?! as)|did so|do so|does so|here|"
    r"done so|ibid|not yet|still|that (?:event|incident|occasion|decision|period|match|game|war|"
    r"battle|election|campaign|plan|deal|agreement|project|trip|visit|meeting|attack|move|"
    r"album|film|book|show|season|tour|case|effort|role|position|post|office|record|song))\b|"
    r"\b(?:of|from|at|by|on|with|for) that (?!(?:it|is|was|are|were|the|an?|he|she|they|there|"
    r"this|his|her|its|their|which|who|has|had)\b)[a-z]{3,}\b(?<!ed)"  # "of that story" (R39)
)
THEN_ADVERB = re.compile(r"\b[A-Za-z]+ then [a-z]+(?:ed|s)?\b|, then\b")  # and "instead" of what?
INSTEAD = re.compile(r"^(?:(?!\b(?:but|which|while|not|failed|rather)\b).)*\binstead\b(?! of)")
THING_PRONOUN = Quick(r"\b(it|its|they|them|their|theirs|It|Its|They|Their)\b")
ANCHOR_NAME = re.compile(r"(?<![\w'])[A-Z][\w'’.-]*[a-z][\w'’.-]*")


RELATIONAL = first_char(  # nouns that need their "of": "was a supporter as a boy" (of what?)
    r"\b(?:(?:a|the) (?:supporter|member|fan|part|winner|founder|president|director|chairman|"
    r"captain|manager|head|leader|owner|rival|partner|successor|predecessor)|h(?:is|er) replacement"
    r"|(?:celebrity |notable |famous |original )?(?:fans|supporters|members|rivals|tenants|"
    r"occupants|residents|owners))\b(?! (?:of|for|to|with|at|in)\b)"
)
# "1902–03 Raith Rovers were": a season run into the name that follows it
RUN_ON_NAME = Quick(r"(?<=\w )\d{4}(?:[–-]\d{2,4})? (?:[A-Z][\w'-]+ )+(?:was|were|is|are)\b")
DATE_NO_YEAR = re.compile(  # (a sentence with no year): "On June 27", "In September"
    rf"\b(?:{FULL_MONTH}) \d{{1,2}}\b|\b\d{{1,2}} (?:{FULL_MONTH})\b|"
    rf"\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince) (?:early |late |mid-)?(?:{FULL_MONTH})\b"
)
DANGLING_THERE = Quick(
    r"(?<!^)(?<!, )\bthere\b(?! (?:is|are|was|were|have|has|had|will|would|could|may|might)\b)"
)
BARE_COUNT = re.compile(
    r"^(?:(?:In|On|As of|By|During|Since) [^,]{2,40}, )?(?:about |some |over |nearly |around )?"
    r"(?:\d[\d,]*|[Oo]ne|[Tt]wo|[Tt]hree) [a-z]+ (?:were|was|are|is|have|had|has)\b"
)
NAMED_START = re.compile(r"^(?:The )?(?:[A-Z][\w'’.-]*[a-z][\w'’.-]*)")


def _named_subject(text: str) -> bool:
    """The sentence opens with a name (its grammatical subject), so "it"/"they" can refer to it."""
    match = NAMED_START.match(text)
    return match is not None and match.group().split()[-1] not in NOT_NAMES


@dataclass
class Prepared:
    """A sentence made ready for questions, with its links moved to match."""

    text: str
    links: list[Link]
    anchored: bool  # names something (a proper name), not only common nouns


ACRONYM = re.compile(r"\b[A-Z][a-z]?[A-Z][A-Za-z]{0,5}\b")  # "ISAF", "PfP"; not "French"

ASIDE = re.compile(r" ?\(([^()]*)\)")
YEAR = Quick(r"\b\d{4}\b")
YEAR_OR_BC = Quick(r"\b\d{4}\b|\d\s?BCE?\b")
ALTERNATIVE = re.compile(r"\((?:or|and|unless|except|but) (?:\S+ ){3,}[^()]*\)")  # (R180)


def drop_parentheticals(text: str, edits: Edits) -> None:
    """Asides in brackets go, unless the sentence uses what they define ("(ISAF)")."""
    for match in ASIDE.finditer(text) if "(" in text else ():  # (the pattern tries every space)
        glued = match.start() and (
            text[match.start() - 1].isalnum() or text[match.start() - 1] == ")"
        )
        if glued and text[match.start()] == "(":
            continue  # part of a name: "PC(USA)", "501(c)(3)"
        inner = match.group(1)
        rest = text[: match.start()] + text[match.end() :]
        used = [w for w in ACRONYM.findall(inner) if re.search(rf"\b{w}\b", rest)]
        if used and len(inner.split()) <= 2:
            continue
        edits.replace(match.start(), match.end(), "")


LOWER_WORD_END = re.compile(r"\b[a-z]+$")
VERB_BEFORE = re.compile(r"\b(?:is|was|are|were|became|[a-z]{3,}ed)\b")  # (not "X the elder")


def misdated_by_aside(text: str) -> bool:
    """A bracket of years after a verb's phrase (not a name's life dates: "Samuel Pegge the
    elder (1704-1796) was") in a sentence dated otherwise too: "In 1926, he founded Fianna
    Fáil, and became prime minister (1932–48, 1951–54)" read without it puts both in 1926
    (R438)."""
    for match in ASIDE.finditer(text):
        before, after = text[: match.start()], text[match.end() :]
        dated = YEAR.search(match.group(1)) and YEAR.search(before + after)
        if dated and LOWER_WORD_END.search(before) and VERB_BEFORE.search(before):
            return True
    return False


FRONTED_PHRASE = (
    r"(?:In|On|At|By|After|Before|During|Since|Following|From|Until|With|Without|Under|For|"
    r"As|When|While|Although|Though|Because|If|Once|Despite|Between|Throughout|Within|Later)\b"
)

INNER_ADVERB = first_char(  # "X also did", "died also,", "did it too.", "Einstein soon became"
    r"(?<! but)( also)(?= [a-z\d]|[,;]|\.$)(?! (?:known|called|referred|spelled|written))|"
    r"(,? (?:as well|too))(?=\.$)"
    r"|\b[A-Z][\w'’-]*( (?:later|soon|subsequently|eventually))(?= [a-z])"
)


ASIDE_ADVERB = re.compile(r",? (?:however|though|moreover|furthermore|in addition|too),")
# The words each pattern needs: where none stands, neither is tried (each tries every space).
ASIDE_WORDS = ("however,", "though,", "moreover,", "furthermore,", "in addition,", "too,")
INNER_WORDS = (" also", " as well", " too", " later", " soon", " subsequently", " eventually")


def _drop_inner_adverbs(text: str, edits: Edits) -> None:
    asides = any(word in text for word in ASIDE_WORDS)
    for match in ASIDE_ADVERB.finditer(text) if asides else ():
        fronted = re.match(FRONTED_PHRASE, text[: match.start()])
        comma = text[match.start()] == "," and bool(fronted or "," in text[: match.start()])
        edits.replace(match.start(), match.end(), "," if comma else "")  # "X, however, did"
    inner = any(word in text for word in INNER_WORDS)
    for match in INNER_ADVERB.finditer(text) if inner else ():
        group = next(i for i in (1, 2, 3) if match.group(i))
        edits.replace(match.start(group), match.end(group), "")


def _thing_antecedent(before: str, subject: Subject | None = None, singular: bool = False) -> bool:
    """A name before "it"/"its"/"they"/"their" it can mean (no person's; none for "its", R88)."""
    before = without_people(before) if singular else before
    for match in ANCHOR_NAME.finditer(before):
        name = match.group()
        if name in NOT_NAMES or subject and subject.person and name in (subject.bare, subject.name):
            continue
        return True
    return False


def _names_subject(text: str, subject: Subject) -> bool:
    """A sentence that names a subject written in lower case: "The aardwolf has two glands"."""
    name = subject.name
    return bool(name[:1].islower() and re.search(rf"\b{re.escape(name)}s?\b", text, re.I))


def prepare(
    text: str, links: list[Link], subject: Subject, context: Context | None = None
) -> Prepared | None:
    """``text`` made to stand alone, or None when it cannot be."""
    context = context or Context()
    while opener := DISCOURSE.match(text):  # "Nevertheless, overall Manuel ...": both go
        shift = opener.end()
        text = text[shift:]
        text = text[:1].upper() + text[1:]
        links = [
            Link(lk.start - shift, lk.end - shift, lk.target) for lk in links if lk.start >= shift
        ]
    if DEPENDENT_START.match(text) or RELATIVE_TIME.search(text):
        return None
    if " then" in text and THEN_ADVERB.search(text) or "instead" in text and INSTEAD.search(text):
        return None  # (each pattern only where its word is: they look at every character)
    if DANGLING_THERE.search(text) or BARE_COUNT.match(text):
        return None  # "build a tower there", "94 peacekeepers were deployed": where? whose?
    if SCORE.search(text) and not OPPONENT.search(text):
        return None  # "East Fife won 3–2": won what, against whom?
    if first_person(re.sub(r'"[^"]*"', "", text) if '"' in text else text):
        return None  # (a title in quotes may hold "Don't")
    if RELATIONAL.search(text) or RUN_ON_NAME.search(text) or ALTERNATIVE.search(text):
        return None  # (or "determined by its wavelength (or by its composition as ...)")
    if "(" in text and misdated_by_aside(text):
        return None
    edits = Edits(text)
    drop_parentheticals(text, edits)
    _drop_inner_adverbs(text, edits)
    if subject.person and not resolve_person(text, subject, edits, context.previous):
        return None
    if not resolve_backrefs(text, subject, context, edits, links):
        return None
    if not subject.person and not resolve_start_pronoun(text, subject, context, edits):
        return None
    name_the_work(text, subject, edits)
    new_text, new_links = edits.apply(links)
    tidy = tidy_sentence(new_text)
    if tidy != new_text:
        new_links = _relink(new_text, tidy, new_links)
    capital = tidy[:1].isupper() or tidy.startswith(f"{subject.bare} ")  # ("21 is ..." of
    if not capital or not _pronouns_resolved(tidy, subject):  # Adele's album 21, R130)
        return None
    anchored = _thing_antecedent(tidy) or _names_subject(tidy, subject)
    if not YEAR.search(tidy) and DATE_NO_YEAR.search(tidy):
        return None  # "On June 27, ...": which year?
    if re.match(r"There (?:is|are|was|were)\b", tidy) and not re.search(
        rf"\b{re.escape(subject.bare)}\b", tidy
    ):
        return None  # "There are two main entrances, on Lexington Avenue": entrances of what?
    if ABSTRACT_SUBJECT.match(tidy) or leans_back(tidy) or debris(tidy):
        return None  # "An influential description was published by Harvey": of what? (debris:
        # "MKEK, has announced", a comma left where a bracket was cut)
    placed = _in_place(tidy, new_links, subject)
    if placed is not None:
        (tidy, new_links), anchored = placed, True
    if not anchored and re.match(r"(?:The|An?) [a-z]", tidy):
        return None  # "The highest monthly rainfall was ...", "A contract was awarded ..."
    return Prepared(tidy, new_links, anchored or bool(re.search(r"\d", tidy)))


SCORE = Quick(r"\b\d{1,2}\s?[–-]\s?\d{1,2}\b(?!\s?(?:\d|[A-Z][a-z]+ \d))")
OPPONENT = re.compile(
    r"\b(?:against|over|versus|vs?\.?|beat|beating|defeated|defeating|to|with|and) (?:the )?[A-Z]"
)
PLACE_KINDS = frozenset(
    """country nation republic kingdom state province region county city town village
    municipality island capital district borough parish suburb community""".split()
)
FRONTED_START = re.compile(r"(?:In|On|At|During|After|Before|From|Since|By|Until|As) ")


def _in_place(text: str, links: list[Link], subject: Subject) -> tuple[str, list[Link]] | None:
    """In a place's article, a sentence naming no place nor people is about it: "Healthcare is
    financed ..." -> "In Belgium, healthcare is financed ..." (None: nothing to add)."""
    if subject.person or not subject.kinds & PLACE_KINDS or FRONTED_START.match(text):
        return None
    bare = "" if " in " in subject.bare else subject.bare  # (no topic: "In Ethnic groups in
    if not bare or bare[:1].islower() or re.search(rf"\b{re.escape(bare)}\b", text):  # Houston,"
        return None  # R261; a place has a proper name: not "a region of the brain", R206)
    names = re.findall(r"[A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+)*", text)  # ("Isle of Man")
    words = {w for name in names for w in name.split()}
    own = {bare[:4]} | {w[:4] for w in bare.split() if len(w) > 3 and not known_word(w.lower())}
    if any(w.startswith(o) for w in words for o in own):
        return None  # "Belgian", "Bodmin's", "Ancient Bengal" (not in West Bengal, R83)
    parts = {" ".join(n.split()[i:j]) for n in names for i in range(3) for j in range(i + 1, 5)}
    if any(gazetteer_type(n) for n in parts) or any(demonym(w) for w in words):
        return None  # "The Netherlands declared war", "Gauteng is growing": about another place
    if words & CONTINENTS:
        return None  # "40 million dead in Europe": not in Germany
    bare_names = [without_title(n).split() for n in names]
    people = any(len(w) > 1 and w[0] not in NOT_NAMES and given_name(w[0]) for w in bare_names)
    if people or YEAR_OR_BC.search(text):
        return None  # an event or a person's deed need not have happened there
    first, _, rest = text.partition(" ")
    if first.endswith("ing"):
        return None  # "Ranging from mangroves ... to the cities ...": no clause to place
    if first in OPENERS or (not rest[:1].isupper() and known_word(first.lower().rstrip(","))):
        first = first.lower()  # "The Court of Cassation" -> "the Court of Cassation"
    prefix = f"In {subject.mention(start=False)}, "  # ("In the United Kingdom")
    moved = [Link(lk.start + len(prefix), lk.end + len(prefix), lk.target) for lk in links]
    return prefix + first + " " + rest, moved


def _pronouns_resolved(text: str, subject: Subject) -> bool:
    """Every pronoun left in the (resolved) sentence has a name before it to refer to."""
    if _own_clause_object(text):
        return False
    if not subject.person:
        for match in PERSON_PRONOUN.finditer(text):
            before = text[: match.start()]
            if subject.kinds:  # a thing's own name is no person: "Lil Freak ... his album" (R83)
                before = before.replace(subject.bare, "")
            if not person_antecedent(before):
                return False
    for match in THING_PRONOUN.finditer(text):
        before, word = text[: match.start()], match.group(1).lower()
        if word in ("they", "their", "them") and WORK.search(" ".join(subject.kinds)):
            before = before.replace(subject.bare, "")  # "Aqualung was their first album" (R90)
        if not match.start() or not _thing_antecedent(before, subject, word == "its"):
            return False  # (not "its" for "it": "it was announced")
        if word in ("it", "they") and not _named_subject(text):
            return False  # "In the 2nd leg, at the Olympiastadion they led": who are "they"?
        if match.group(1) in ("it", "them") and OWN_CLAUSE.fullmatch(text[: match.start()]):
            return False  # "X would bear some resemblance to it": not X (that is "itself")
    return True


OBJECT_PRONOUN = Quick(
    r"\b(?:him|them|her(?=[.,;]| (?:for|to|from|in|at|on|with|as|into|and|back|out|off|until|"
    r"after|before|when)\b))"
)
CLAUSE_BREAK = re.compile(r"[,;]| (?:which|who|whom|that|when|after|before|because|while|until) ")


def _own_clause_object(text: str) -> bool:
    """An object pronoun in the clause of the only person before it: "Crole succeeded him"."""
    for match in OBJECT_PRONOUN.finditer(text):
        before = re.sub(rf"^{FRONTED_PHRASE}[^,]{{0,40}}, ", "", text[: match.start()])
        if not CLAUSE_BREAK.search(before):
            return True
    return False


OWN_CLAUSE = re.compile(  # one clause up to an object pronoun: its only name is not "itself"
    r"(?:(?!,|;| and | but | which | who | that | when | after | before | because ).)*"
    r" (?:to|with|than|from|like|about|on|into|for) "
)


def _relink(old: str, new: str, links: list[Link]) -> list[Link]:
    """Links after whitespace/punctuation tidying: found again by their surface text."""
    out: list[Link] = []
    cursor = 0
    for link in sorted(links, key=lambda lk: lk.start):
        surface = old[link.start : link.end].strip()
        pos = new.find(surface, cursor) if surface else -1
        if pos >= 0:
            out.append(Link(pos, pos + len(surface), link.target))
            cursor = pos
    return out
