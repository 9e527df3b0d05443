"""What a sentence points to outside itself, resolved from its paragraph ("He" in a biography is
the person); the paragraph so far (``Context``) and the text edits resolving makes (``Edits``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.generator.article import Link, plain_title
from quiz.generator.firstchar import Quick
from quiz.generator.kinds import KIND_NOUNS
from quiz.generator.lexicon import gazetteer_type, given_name
from quiz.generator.spans import NOT_NAMES
from quiz.generator.subject import Subject
from quiz.generator.typeclues import person_like
from quiz.generator.wording import EXPLETIVE_IT

LOW = r"[^\W\d_A-Z]+"  # letters but capitals ("Máel Coluim", R114)
PERSON_PRONOUN = Quick(r"\b(he|she|him|his|her|hers|He|She|His|Her)\b")
# Capitalised words that name no particular thing on their own: "The Air Force", "The Land
# Forces", "The 4th Army" say whose only through the text around them.
GENERIC_CAPS = frozenset(
    """air force forces land navy naval army armed ministry government national guard border
    service services police court council committee supreme state federal central general
    staff special internal troops defence defense security intelligence corps brigade library
    regiment battalion fleet command headquarters department office agency commission quartet
    board authority parliament assembly senate executive legislature cabinet president prime trio
    minister secretary chief director motor rifle infantry cavalry artillery tank marine
    marines reserve reserves guards army division republican veterans organization
    organisation society union league association constitution foundation institute hotel club
    company corporation group king queen emperor empress monastery abbey priory church hospital
    cathedral chapel castle palace museum series games cup final finals tournament stadium arena
    championship championships playoffs university college school academy olympics""".split()
)
# Nouns that, after a bare "the", point to something named earlier in the text.
BACKREF = (
    KIND_NOUNS
    - frozenset(
        """disease drug compound element species genus family language religion movement theory
    discipline science field game series show event""".split()
    )
) | frozenset(
    """executive government administration president king queen emperor ruler leader
    agreement treaty contract deal plan project programme decision law bill report study
    list player manager coach couple pair duo trio unit division brigade regiment corps
    man woman boy girl child son daughter wife husband brother sister father mother author
    writer singer artist site incident attack operation move meeting visit ceremony parade
    exercise order vote case trial scheme proposal offer system crisis police committee
    council ministry temenos sanctuary shrine statue work piece painting collection
    exhibition episode season tour concert record single track merger acquisition purchase
    sale route road tunnel venue ground plant factory facility headquarters office
    conflict revolution rebellion uprising invasion occupation regime dynasty reign
    organisation owner founder director chairman editor publisher firm""".split()
)

NAME_AT_START = re.compile(
    r"^(?:The )?[A-Z][\w'’.-]*(?: (?:of|and|the|de|for|on|in) )?(?:[ -]?[A-Z0-9][\w'’.-]*)*"
)


@dataclass
class Context:
    """What came before a sentence: its heading, the sentence before and the names met so far."""

    heading: str = ""
    previous: str = ""  # (and ``said``: the paragraph's sentences so far)
    names: list[tuple[str, str]] = field(default_factory=list)  # (surface, link target)
    heading_the: bool = False  # the text writes "the <heading>"
    topic: str = ""  # the name the previous sentence was about
    earlier: list[tuple[str, str]] = field(default_factory=list)  # names of earlier paragraphs
    namesake: bool = False  # the paragraph last named another person of the subject's surname
    said: str = ""
    opening: bool = False  # the article's first paragraph (its first sentence: ``said`` empty)


class Edits:
    """Replacements on a text, applied together (none overlapping), keeping link offsets right."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.edits: list[tuple[int, int, str]] = []

    def replace(self, start: int, end: int, new: str) -> None:
        if all(end <= s or start >= e for s, e, _ in self.edits):
            self.edits.append((start, end, new))

    def apply(self, links: list[Link]) -> tuple[str, list[Link]]:
        out: list[str] = []
        cursor = 0
        shifts: list[tuple[int, int, int]] = []  # (old start, old end, total delta after it)
        delta = 0
        for start, end, new in sorted(self.edits):
            out.append(self.text[cursor:start])
            out.append(new)
            delta += len(new) - (end - start)
            shifts.append((start, end, delta))
            cursor = end
        out.append(self.text[cursor:])
        moved: list[Link] = []
        for link in links:
            if any(link.start < e and link.end > s for s, e, _ in shifts):
                continue  # the link's text was edited away
            before = [d for s, e, d in shifts if e <= link.start]
            shift = before[-1] if before else 0
            moved.append(Link(link.start + shift, link.end + shift, link.target))
        return "".join(out), moved


FRONTED = re.compile(
    r"^(?:(?:In|On|At|By|During|After|Before|From|Following|Until|Since|As|Aged|"
    r"With|Upon) [^,;]{1,50}?,?|[A-Z][^,;]{1,50}?,) (he|she)\b(?= [a-z])"
)


def resolve_person(text: str, subject: Subject, edits: Edits, previous: str = "") -> bool:
    """He/She/His/Her at the start (or after "In 1969 he joined") become the subject's name,
    unless the sentence before named someone else and not the subject; later ones must follow
    a mention of the subject, and a possessive with no other person before it is theirs."""
    start = re.match(r"(He|She|His|Her)\b(?= [a-z])", text)
    fronted = None if start else FRONTED.match(text)
    if (start or fronted) and _someone_else_before(previous, subject):
        return False  # "... sent diplomat Edmond-Charles Genêt to America. He attempted to
        # turn popular sentiment ...": Genêt, not Washington (R12)
    named_later = re.search(rf"(?<!, )\b{re.escape(subject.bare)}\b(?! [A-Z])", text)  # (not
    if (start or fronted) and named_later:
        return False  # ", Einstein", "the Agassi Foundation"; "he ... assailed Bogdanov" (R37)
    if fronted and not person_antecedent(text[: fronted.start(1)]):
        if fronted.group(1) != subject.pronoun:
            return False
        comma = re.search(r"\b[A-Z][\w'’.-]* $", text[: fronted.start(1)])  # "With Maccabi,
        mention = ", " * bool(comma) + subject.mention(start=False)  # Parker won" (R155)
        edits.replace(fronted.start(1) - bool(comma), fronted.end(1), mention)
        start, named = fronted, True
    else:
        named = False
    if start and not named:
        word = start.group(1).lower()
        gender = "he" if word in ("he", "his") else "she"
        if subject.pronoun != gender:
            return False
        possessive = word in ("his", "her")
        edits.replace(0, start.end(), subject.mention(start=True, possessive=possessive))
        named = True
    for match in PERSON_PRONOUN.finditer(text, start.end() if start else 0):
        word = match.group(1).lower()
        gender = "he" if word in ("he", "him", "his") else "she"
        if gender != subject.pronoun:
            return False
        before = text[: match.start()]
        if named or re.search(
            rf"{NOT_IN_NAME}\b(?:{re.escape(subject.bare)}|{_given(subject)})\b", before
        ):
            continue  # "George and his half-brother" (not "Division of Charlton ... his", R68)
        if word in ("his", "her") and re.match(
            rf"{NAMED_AFTER}(?:{re.escape(subject.bare)}|{_given(subject)})\b",
            text[match.end() :],
        ):
            continue  # "Following his years at Balliol, Huxley", "In his career Clifford" (R98)
        other = [  # (a name the sentence opens with: "Nyabire ... changed his name", R32)
            m.group(1)
            for m in SOLE_NAME.finditer(before)
            if given_name(m.group(1)) or m.start(1) == 0 and m.group(1) not in NOT_NAMES
        ]
        if text[match.end() :].startswith(" own") or re.search(r"\b[A-Z][a-z]+ and $", before):
            return False  # "take her own life": hers (R40); "Menteith and his party" (R85)
        later = re.search(r", (he|she) (?=[a-z])", text[match.end() :])
        if word in ("his", "her") and later and later.group(1) == subject.pronoun and not other:
            at = match.end() + later.start(1)  # "After passing his Abitur, ..., he began": the
            edits.replace(at, at + len(later.group(1)), subject.mention(start=False))  # "he",
            named = True  # not "After passing Wolters' Abitur, ..., he began" (R59)
            continue
        if re.match(rf"[^,;]*\b{re.escape(subject.bare)}['’]s\b", text[match.end() :]):
            return False  # "show his debt to Urmuz's absurdism": not Urmuz's debt (R78)
        if word in ("his", "her") and not person_antecedent(before) and not other:
            own = not re.match(
                r" (?:one|a|an|the|as|to|in|at|on|for|with|and|by)\b|[^\w\s]", text[match.end() :]
            )
            edits.replace(match.start(), match.end(), subject.mention(start=False, possessive=own))
            named = True  # "so that his father could ...": the subject's father
            continue
        return False
    return True


NAMED_AFTER = r"[^.;]{0,60}(?:,| (?!(?:to|of|in|on|at|by|for|and|or|the|an?|as)\b)[a-z]+) "
NOT_IN_NAME = "".join(rf"(?<![A-Z]{'[a-z]' * k} of )" for k in range(2, 13))  # "Division of"


def _given(subject: Subject) -> str:
    """The person's given name ("George") and surname as a pattern, not after another name (R65)."""
    words = plain_title(subject.title).split()
    other = [re.escape(words[0])] if len(words) >= 2 and words[0] != subject.bare else []
    if len(words) >= 2 and words[-1] != subject.bare and words[-1][:1].isupper():
        after = "".join(rf"(?<!\S [A-Z]{'[a-z]' * k} )" for k in range(1, 13))
        other.append(after + re.escape(words[-1]))
    return "|".join(other) or "(?!x)x"


RELATIVE = (
    r"(?:father|mother|son|daughter|brother|sister|wife|husband|uncle|aunt|grandfather|"
    r"grandmother|cousin|nephew|niece)\b"
)


def _someone_else_before(previous: str, subject: Subject) -> bool:
    """The sentence before names someone else and never the subject: a "He" after may be them."""
    if not previous:
        return False
    numeral = re.search(r" ([IVX]+)$", subject.title)  # ("loyal to Edward II": his father)
    king = rf"(?! (?!{numeral[1]}\b)[IVX]+\b)" if numeral else ""
    own = rf"\b(?:{re.escape(subject.bare)}|{_given(subject)})\b{king}"
    pronouns = r"(?i)\b(?:he|him|his)\b" if subject.pronoun == "he" else r"(?i)\b(?:she|her)\b"
    if re.search(rf"(?:{own}['’]s|\b[Hh](?:is|er)) (?:[\w-]+ )?{RELATIVE}", previous):
        return True  # "Karl's father, Heinrich Marx, ...", "Gretzky's 17-year-old son" (R77)
    for match in re.finditer(own, previous):
        names = re.search(r"(?:[A-Z][a-z]+\.? )+$", previous[: match.start()])
        if not names or all(w in subject.title for w in names.group().split()):
            return False  # (not "Fourth son Wilfred Alan Greenwell": another Greenwell)
    pronoun = re.search(pronouns, previous)
    other = re.search(r"(?<=\S )[A-Z][\w'’.-]+ [A-Z][\w'’.-]*[a-z]", previous)
    first = pronoun.start() if pronoun and pronoun[0].lower() not in ("he", "she") else 0
    if pronoun and (not first or not other or other.start() > first):
        return False  # (a "his" after another's name is theirs: "loyal to Edward II in his")
    if other:
        return True  # "... sent diplomat Edmond-Charles Genêt to America."
    opener = re.match(r"(?:[A-Z][^,]{0,40}, )?([A-Z][\w'’.-]+) [a-z]", previous)  # "However,"
    return bool(opener and opener.group(1) not in NOT_NAMES)  # "Genêt issued letters ..."


def previous_subject(previous: str) -> str:
    """The name a sentence opens with, when it is its subject: "The Azerbaijani Navy has ..."."""
    match = NAME_AT_START.match(previous)
    if not match:
        return ""
    name = match.group().strip()
    rest = previous[match.end() :]
    words = name.removeprefix("The ").split()
    if not words or words[0] in NOT_NAMES or rest[:1] != " " or not "a" <= rest[1:2] <= "z":
        return ""
    if generic(words) or person_like(name.removeprefix("The ")):
        return ""
    return name


def topic_of(text: str, subject: Subject | None = None) -> str:
    """The name a (resolved) sentence opens with as its subject ("The Toronto Star is ...")."""
    if subject is not None and not subject.person:
        for name in (subject.mention(start=True), subject.bare):
            if text.startswith(name + " ") and re.match(r" [a-z]", text[len(name) :]):
                return subject.name
    return previous_subject(text)


def _heading_thing_named(context: Context, subject: Subject) -> bool:
    """The heading names another thing ("George clothing") the sentence before names too."""
    subject_words = set(subject.title.split()) | {subject.name, subject.bare}
    names = [w for w in re.findall(r"\b[A-Z][\w'-]+", context.heading) if w not in subject_words]
    return any(re.search(rf"\b{re.escape(w)}\b", context.previous) for w in names)


THING_AT_START = re.compile(
    r"(?:(?:In|On|At|By|During|After|Before|From|Until|Since|With) [^,;]{1,60}, )?"
    r"(?:The|the|A|An|a|an|This|this) (?:[A-Z][\w'’-]* ){0,3}([a-z][\w-]+)\b"
)


def _other_thing_opens(previous: str, subject: Subject) -> bool:
    """The sentence before opens with a thing that is not the subject ("The new constitution
    was adopted in 1920", "The extent of the parish ..."): an "It" after it may be that thing."""
    match = THING_AT_START.match(previous)
    if not match:
        return False
    head = match.group(1)
    return head not in subject.kinds and head.removesuffix("s") not in subject.kinds


def heading_is_a_name(heading: str) -> bool:
    """A heading naming one thing ("Azerbaijan Military History Museum"), not a topic or a list."""
    words = heading.split()
    return (
        len(words) >= 2
        and not re.search(r",| and | & ", heading)
        and all(w[:1].isupper() or w in ("of", "the", "for", "de", "du", "la") for w in words)
    )


# "it" as the object of a first clause whose subject is a name or a person: "Columbia Records
# first digitally released it as ...", "De Houtman included it in his catalogue" (what?).
OBJECT_IT = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:,? (?:[A-Z][\w.'’-]*|of|and|de|van|von|in))*|He|She),? "  # ("The
    r"(?:(?:first|later|then|also|officially|digitally|formally) )*[a-z]+ed (it)\b(?! (?:was|is)\b)"
)  # Dinosaur Museum in Blanding, Utah, purchased it": R40


def resolve_start_pronoun(text: str, subject: Subject, context: Context, edits: Edits) -> bool:
    """ "It"/"Its"/"They" as the subject (at the start or after an opening phrase: "In 2011,
    it was"): the name the paragraph's previous sentence was about, or the section's own
    name for the first sentence under a named heading, or in the lead the article's subject."""
    match = re.match(
        r"(?:(?:In|On|At|By|During|After|Before|From|Until|Since|Though|Although|As) "
        r"[^,;]{1,60}, |[A-Z][a-z]+ly, )?(It|Its|They|Their|it|its|they|their)\b(?= [a-z])",
        text,
    ) or OBJECT_IT.match(text)  # ("Lyrically, it speaks", "Columbia first released it", R35)
    if not match:
        return True
    if match.group(1) in ("It", "it") and EXPLETIVE_IT.match(text, match.end(1)):
        return False  # "It was not until the Middle Kingdom that ...": no thing to name (R46)
    # "It" is the name the previous sentence opened with (its subject); one that opened with a
    # phrase ("On 23 July 2001, Islamabad received a record rainfall. It was ...") gives no
    # such name. Only the article's own subject: another may not be what "its" means.
    name = context.topic if context.topic in (subject.name, subject.mention(start=True)) else ""
    if name and _heading_thing_named(context, subject):
        return False  # under "George clothing", after "Asda has a range called George": "It"?
    if not name and not context.previous and context.heading:
        if heading_is_a_name(context.heading) and not generic(context.heading.split()):
            name = f"The {context.heading}" if context.heading_the else context.heading
    if not name and not context.heading and not subject.person and not context.topic:
        if _other_thing_opens(context.previous, subject):
            return False  # "The constitution was adopted in 1920. It ...": the constitution
        name = subject.name  # the lead is about the subject (unless another name just opened)
    if not name:
        return False
    if name in (subject.name, subject.bare) and re.match(r"[a-z][\w -]* of [A-Z]", subject.name):
        return False  # "Foreign relations of Angola": "it" is Angola or the relations
    word = match.group(1).lower()
    plural = name.split()[-1].endswith("s") and not name.split()[-1].endswith("ss")
    if name in (subject.name, subject.bare):
        plural = subject.plural
    if (word in ("they", "their")) != plural or plural and FINALS.search(name):
        return False  # (plural events are no "they": "The ... Finals won their fourth title")
    at_start = match.start(1) == 0
    if name.startswith(("The ", "the ")):
        name = ("The " if at_start else "the ") + name[4:]
    own = re.escape(name.removeprefix("The "))  # (in a longer name it is no sign: "Bodmin Moor")
    if word in ("it", "they") and re.search(rf"\b{own}\b(?! [A-Z][a-z])", text):
        return False  # "It took several images of Oberon": not Oberon (R31)
    if word in ("its", "their"):
        name += "'" if name.endswith("s") else "'s"
    edits.replace(match.start(1), match.end(1), name)
    return True


def person_antecedent(before: str) -> bool:
    """A personal name (two or three capitalised words) before a pronoun."""
    for match in re.finditer(rf"\b[A-Z]{LOW}(?: [A-Z]\.)?(?: [A-Z]{LOW}){{1,2}}\b", before):
        words = match.group().split()
        if words[0] in NOT_NAMES:
            words = words[1:]
        if len(words) >= 2 and not gazetteer_type(" ".join(words)):  # ("United States", R83)
            return True
    return False


# A given name alone as a clause's subject: "..., Heinrich moved to Hamburg, although his firm".
SOLE_NAME = re.compile(r"(?:^|[a-z,] )([A-Z][a-z]+) (?:[a-z]+ed|was|had|became|went|left|took)\b")
ORDINAL = re.compile(r"\d+(st|nd|rd|th)")


def generic(words: list[str]) -> bool:
    return all(w.lower() in GENERIC_CAPS or ORDINAL.fullmatch(w) for w in words)


# A stage of a work's making, named without the work: "Principal photography began in 2013".
STAGE = re.compile(
    r"(?:Principal photography|Filming|Shooting|Recording|Pre-production|Post-production)"
    r"(?= (?:began|started|commenced|took place|lasted|ended|wrapped|moved|resumed)\b)"
)
WORKS = frozenset("film album series show game novel book song opera musical play".split())
FINALS = re.compile(r"(?i)\b(?:finals|playoffs|games|series|championships)$")  # (R266)


def name_the_work(text: str, subject: Subject, edits: Edits) -> None:
    """ "Principal photography began ..." in a film's article: "... of Guardians of the Galaxy"."""
    stage = STAGE.match(text)
    if stage and subject.kinds & WORKS and subject.bare not in text:
        edits.replace(stage.end(), stage.end(), f" of {subject.mention(start=False)}")


def namesake(raw: str, subject: Subject, context: Context) -> bool:
    """Whether ``raw`` may be about another person of the subject's surname: after "Aurthur's
    son Sherwood Robert H. Greenwell managed the ranch", a "He" or a bare "Greenwell" in the
    father's article (R29, d35). Notes in ``context`` whom the paragraph named last."""
    if not subject.person or not subject.bare:
        return False
    bare = re.escape(subject.bare)
    alone = re.match(r"(?:He|She|His|Her)\b", raw) or any(
        not raw[: m.start()].split()[-1:] or not raw[: m.start()].split()[-1][:1].isupper()
        for m in re.finditer(rf"\b{bare}\b", raw)
    )
    other = context.namesake and bool(alone)
    opener = re.match(  # the sentence is about them: "Fourth son Wilfred Alan Greenwell was"
        rf"(?:(?:[A-Z][\w'’]*|his|her|their) (?:[a-z]+ )?(?:son|daughter|wife|husband|brother|"
        rf"sister|father|mother|grandson|granddaughter|nephew|niece|cousin),? )?"
        rf"((?:(?:[A-Z][a-z]+|[A-Z]\.) )+){bare}\b",
        raw,
    )
    if opener:
        context.namesake = not all(w in subject.title for w in opener.group(1).split())
    return other
