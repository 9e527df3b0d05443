"""Facts from a parsed article: sentences with typed answer spans, infobox lines, list items."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import syntok.segmenter as segmenter

from quiz.templates import DAMAGE, MONTHS
from quiz.wikitext import Article, Block, Link

MONTH = "|".join(MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
DATE_DMY = rf"\b\d{{1,2}} (?:{MONTH})\.? \d{{3,4}}\b"
DATE_MDY = rf"\b(?:{MONTH})\.? \d{{1,2}}, \d{{3,4}}\b"
MONTH_YEAR = rf"\b(?:{MONTH}) \d{{4}}\b"
SCALE = r"(?: (?:million|billion|trillion|thousand))?"
MONEY = rf"(?:(?:US|CA|C|A|NZ|HK)?[$£€¥]|AZN |USD |CAD |EUR |GBP )\d[\d,]*(?:\.\d+)?{SCALE}"
PERCENT = r"\b\d+(?:\.\d+)?(?:%| per ?cent| percent)"
NUMBER = (
    r"(?<![\w.,$£€-])\d{1,3}(?:,\d{3})+(?![\d,]*\.\d)(?!\w)|(?<![\w.,$£€-])\d{2,}(?![\w%,.-]|\.\d)"
)
YEAR = (
    r"(?<![\w$£€.,-])(?:1[0-9]{3}|20[0-9]{2})(?![\w%-]|,\d)"
    r"(?! ?(°|degrees|km|kg|m\b|ft|feet|metres|meters|miles|mi\b|tonnes|tons|mm|cm|sq|acres|ha\b))"
)
DAY_MONTH = rf"\b\d{{1,2}} (?:{MONTH})\b|\b(?:{MONTH}) \d{{1,2}}\b(?!,? \d)"
SPAN_PATTERNS = [
    ("date", re.compile(f"{DATE_DMY}|{DATE_MDY}")),
    ("money", re.compile(MONEY)),
    ("percent", re.compile(PERCENT)),
    ("date", re.compile(MONTH_YEAR)),
    ("date", re.compile(DAY_MONTH)),
    ("year", re.compile(YEAR)),
    ("number", re.compile(NUMBER)),
]
PRONOUN_START = re.compile(
    r"^(it|he|she|they|this|these|that|those|its|his|her|their|such|both|here|"
    r"also|and|but|or|so|then|thus|hence|therefore|however|meanwhile|"
    r"instead|nevertheless|nonetheless|moreover|furthermore|besides|later|other|another|"
    r"each|the latter|the former|the same|one of them|some|many|most|all|none)\b(?! \d)",
    re.I,
)
CONNECTIVE = re.compile(
    r"^(However|In addition|Additionally|Moreover|Furthermore|Also|Meanwhile|Nevertheless|"
    r"Nonetheless|Indeed|In fact|Notably|Eventually|Finally|Ultimately|Overall),\s+"
)
RELATIVE_START = re.compile(
    r"^(In contrast|By contrast|In comparison|By comparison|Consequently|As a result|Similarly|"
    r"Likewise|Subsequently|Instead|Afterwards|Afterward|Later|Then|In response|In return|"
    r"In turn|In the end|At first|At the same time|In the meantime|Accordingly|Otherwise|"
    r"For example|For instance|In particular|Specifically|In this way|In other words)\b"
)
# "the war", "the agreement": a definite noun with nothing naming which one -> depends on context
BARE_DEFINITE = re.compile(
    r"\b[Tt]he (?:(?:first|second|third|last|new|same|main|old|former) )?"
    r"(war|agreement|contract|deal|treaty|unit|station|project|programme|program|plan|"
    r"decision|ship|battle|conflict|attack|operation|event|incident|move|law|bill|report|study|"
    r"book|film|novel|album|song|regiment|division|brigade|corps|base|building|site|company|"
    r"firm|group|party|team|club|organisation|organization|movement|campaign|negotiations|"
    r"talks|meeting|visit|ceremony|parade|exercise|exercises|purchase|sale|order|contest|area|"
    r"election|vote|case|trial|scheme|proposal|offer|radar|system|vessel|aircraft|crisis|force|"
    r"police|army|navy|committee|council|ministry)\b"
    r"(?! (of|called|named|known)\b)(?! [A-Z])"
)
BARE_TITLED = re.compile(
    r"\b[Tt]he (Ministry|Government|Committee|Council|Agreement|Treaty|Company|Commission|"
    r"Board|Court|Department|Office|Authority|Service)\b(?! (of|for|on)\b)(?! [A-Z])"
)
CITATION = re.compile(r"\([A-Z][\w.&' -]+,? (c\. )?\d{4}[a-z]?(, p+\. ?\d+)?\)|'[^']+ eff\.'")
ANAPHORIC_START = re.compile(
    r"^(The|This|That|These|Those)((?: [a-z][\w-]*){1,3}) (was|were|is|are|has|had|have|will|"
    r"would|could|can|[a-z]+ed|[a-z]+s)\b|^(At|By|During|Around|Since|From|Until) (that|this|the "
    r"same) (time|point|period|year|date)\b|^At the time of the\b"
)
CLAUSE_START = re.compile(
    r"^(In|At|On|During|After|Before|As|When|While|Although|Despite|Following|Since|Under|With|"
    r"By|Unlike|Like|Because|Though|For)\b"
)
THING_PRONOUN = re.compile(r"\b(it|they|its|their|them|theirs)\b")
PERSON_PRONOUNS = re.compile(r"\b(he|she|his|her|him|hers)\b")
DEPENDENT = re.compile(
    r"(?i)\b(thus|hence|therefore|the latter|the former|aforementioned|the above|the same|"
    r"ago|(?<!most )recently|currently|nowadays|presently|to date|so far|this year|last year|"
    r"it has been|the total \d[\d,]*|yet to|has yet|have yet|"
    r"see below|see above|see also|the following|as follows|this article|do so|did so|does so|"
    r"this|these|those|its previous|aforesaid)\b"
)
PERSON_PRONOUN = re.compile(r"^(He|She)\s+(?=[a-z])")


@dataclass
class Span:
    """An answer candidate inside a sentence: character span, text and type."""

    start: int
    end: int
    text: str
    type: str
    target: str = ""


@dataclass
class Sentence:
    """A clean sentence with its section, answer spans and the list it belongs to (if any)."""

    text: str
    section: str
    spans: list[Span] = field(default_factory=list)
    lead_in: str = ""
    group: int = -1
    index: int = 0


@dataclass
class InfoboxFact:
    """One infobox line (label and rendered value), typed like a sentence span."""

    name: str
    label: str
    value: str
    type: str
    target: str = ""
    links: list[str] = field(default_factory=list)


@dataclass
class Facts:
    """Everything the generator draws on for one article."""

    title: str
    sentences: list[Sentence] = field(default_factory=list)
    infobox: list[InfoboxFact] = field(default_factory=list)
    infobox_type: str = ""
    groups: list[list[str]] = field(default_factory=list)
    entities: dict[str, str] = field(default_factory=dict)
    person: bool = False
    mdy: bool = False
    subject_nouns: frozenset[str] = frozenset()
    surnames: set[str] = field(default_factory=set)
    subject_phrase: str = ""


def clean_space(text: str) -> str:
    """Collapse whitespace, tidy spaces before punctuation and around brackets."""
    text = text.replace("\xa0", " ").replace("\u200b", "")
    text = re.sub(r"'{2,}(?=s\b)", "'", text)
    text = re.sub(r"'{2,}", "", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\(\s*[,;:]?\s*\)", "", text)
    text = re.sub(r"\(\s*[,;:]\s*", "(", text)
    text = re.sub(r"\s*[,;:]\s*\)", ")", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;])\1+", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def _clean_with_links(text: str, links: list[Link]) -> tuple[str, list[Link]]:
    """Clean spacing in ``text`` while keeping link spans aligned (char-by-char mapping)."""
    # Spacing clean-up can move offsets; recompute by searching link surfaces afterwards.
    cleaned = clean_space(text)
    relinked: list[Link] = []
    cursor = 0
    for link in sorted(links, key=lambda lk: lk.start):
        surface = clean_space(text[link.start : link.end])
        if not surface:
            continue
        pos = cleaned.find(surface, cursor)
        if pos < 0:
            pos = cleaned.find(surface)
        if pos < 0:
            continue
        end = pos + len(surface)
        while (
            end < len(cleaned) and cleaned[end].isalpha() and cleaned[end].islower()
        ) and surface[:1].islower():
            end += 1  # link trail: [[rayon]]s (names keep their own form: "Divisions" is not one)
        relinked.append(Link(pos, end, link.target))
        cursor = pos
    return cleaned, relinked


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text`` (syntok)."""
    spans: list[tuple[int, int]] = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = list(sentence)
            if tokens:
                spans.append((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
    return spans


def find_spans(text: str, links: list[Link]) -> list[Span]:
    """Typed answer spans in a sentence: linked entities, dates, years, numbers, money, %."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pattern in SPAN_PATTERNS:
        for match in pattern.finditer(text):
            a, b = match.start(), match.end()
            if free(a, b):
                taken.append((a, b))
                if askable_span(text, a, b, kind):
                    spans.append(Span(a, b, match.group(), kind))
    for link in links:
        if free(link.start, link.end) and link.end <= len(text):
            surface = text[link.start : link.end]
            taken.append((link.start, link.end))
            if re.search(r"[A-Za-z]", surface) and askable_span(
                text, link.start, link.end, "entity"
            ):
                spans.append(Span(link.start, link.end, surface, "entity", link.target))
    for match in PROPER_NAME.finditer(text):
        a, b = match.start(), match.end()
        name = match.group()
        title = re.match(
            r"((First|Vice|Deputy|Prime|General|Chief) )?(Secretary|President|"
            r"Minister|General|Colonel|Admiral|Governor|Mayor|King|Queen) ",
            name,
        )
        if title:
            a += title.end()
            name = name[title.end() :]
        if not free(a, b) or name.split()[0] in NOT_NAMES or len(name) < 4:
            continue
        if len(name.split()) < 2 and (a == 0 or not re.match(SINGLE_NAME_NEXT, text[b:])):
            continue  # a lone capitalised word is often an adjective ("a German engine")
        previous = text[:a].split()[-1] if text[:a].split() else ""
        bound = previous.islower() and previous not in PREPOSITIONS | {"the"}
        if len(name.split()) < 2 and (bound or previous[:1].isdigit()):
            continue  # part of a phrase: "2,970 degrees Celsius"
        taken.append((a, b))
        if askable_span(text, a, b, "entity"):
            spans.append(Span(a, b, name, "entity"))
    return sorted(spans, key=lambda s: s.start)


SINGLE_NAME_NEXT = r"[,.;:]|\s(is|was|has|had|were|are|and|in|on|to|from)\b"
# Unlinked proper names: capitalised words, allowing "of"/"the"/"and" between them.
PROPER_NAME = re.compile(
    r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?: (?:(?:of|the|de|du|la|von|van) ){0,2}"
    r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)*(?![\w'’-])"
)
NOT_NAMES = {
    "The",
    "In",
    "On",
    "At",
    "A",
    "An",
    "It",
    "He",
    "She",
    "They",
    "This",
    "That",
    "These",
    "Those",
    "During",
    "After",
    "Before",
    "However",
    "According",
    "Since",
    "From",
    "By",
    "As",
    "With",
    "For",
    "Under",
    "Today",
    "Its",
    "His",
    "Her",
    "Their",
    "Some",
    "Many",
    "Most",
    "Other",
    "Several",
    "Both",
    "Each",
    "All",
    "When",
    "While",
    "Although",
    "Despite",
    "There",
    "Following",
    "Between",
    "Over",
    "Later",
    "Until",
    "Among",
    "Also",
    "But",
    "And",
    "Or",
    "If",
    "Once",
    "Such",
    "About",
    "Around",
    "Near",
    "Within",
    "Without",
    "Through",
    "Another",
} | set(MONTHS)


def open_subject(sentence_text: str, span: Span) -> bool:
    """A non-person name as the sentence's subject: "_____ is a structure under ..." has many
    fitting answers as a gap (a wh-question with choices works)."""
    before = sentence_text[: span.start]
    return span.type == "entity" and before in ("", "The ") and not _person_like(span.text)


def _person_like(span: str) -> bool:
    words = span.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def _inside_larger_name(before: str, after: str, span: str) -> bool:
    """Gaps that cut a longer name, pick an arbitrary list member or an adjective:
    "Air and _____", "_____, Patriotism and Sport", "the _____, 227th, 396th", "Welland, _____",
    "run by _____ nuns", "According to _____"."""
    joined = re.search(r"\b([A-Z][\w-]*) and $", before)
    if joined and (span.split()[0] == joined.group(1) or not _person_like(span)):
        return True  # "Air and _____" cut from a name; "Canada and _____": any partner fits
    if (
        not joined
        and re.search(r"(?<!^)(?<!\. )\b[A-Z][\w-]*( of)? $", before)
        and not re.search(r"(^|\. )(The|A|An|In|On|At|By|For|From|To|With) $", before)
    ):
        return True
    if re.match(r" [A-Z]", after) or re.match(r", [A-Z][a-z]+ and [A-Z]", after):
        return True
    if re.match(r", \d", after) or re.search(r"\d(st|nd|rd|th), $", before):
        return True
    if re.search(r"\b[A-Z][a-z]+, $", before) or re.match(r":", after):
        return True  # "Cornwall, England, _____"; "_____: Georgia, Ukraine, ..." (initials)
    if re.search(r"\bof $", before) and re.match(r" and [A-Z]", after):
        return True  # "districts of _____ and Devon"
    if re.match(r" [a-z]+\b", after):
        word = after.split()[0]
        verb_like = word.endswith("ed") or (
            word.endswith("s") and re.match(r" \S+ (the|a|an|its|their|his|her|\d)", after)
        )
        if word not in SINGLE_NAME_VERBS and not verb_like:
            return True  # used as a modifier: "an ethnic _____ soldier", "the _____ protests"
        if re.search(r"(an|ian|ese|ish|ic)$", span) and word.endswith("s"):
            return True  # a demonym before a plural: "unique among _____ newspapers"
    if re.match(r" [a-z]+s (have|has|had|were|are|was|is)\b", after):
        return True  # "_____ troops have been sent": the gap only qualifies the subject
    if re.search(
        r"\b(is|was|are|were|remains|remained|became|becomes) (a|an)( [\w-]+){0,3} $", before
    ):
        return True  # "remains a _____", "is a Canadian broadsheet _____": open complements
    in_list = re.search(r", (and |or )?(the )?$", before) and not before.endswith("In ")
    if in_list and (re.match(r"(,| and| or)\b", after) or re.search(r"(and|or) (the )?$", before)):
        if not _person_like(span):
            return True  # "critical analysis, _____ and feminism": any member of the list fits
    if re.match(r" (and|or) (the )?[A-Z]", after) and not _person_like(span):
        return True  # "newspapers in _____ and the United States"
    if re.match(r" (for|of|de|du|la) [A-Z]", after):
        return True  # "the _____ for Military Industry": cut from a longer name
    if re.match(r" \(\d{4}\)", after):
        return True  # a title with its year: "In _____ (1997)" reads as a hint
    return bool(re.search(r"(?i)\baccording to $", before))


SINGLE_NAME_VERBS = {
    "is",
    "was",
    "has",
    "had",
    "were",
    "are",
    "and",
    "in",
    "on",
    "to",
    "from",
    "at",
    "for",
    "with",
    "by",
    "as",
    "or",
    "became",
    "began",
    "won",
    "led",
    "took",
    "made",
    "gave",
    "which",
    "who",
    "where",
    "when",
    "that",
    "after",
    "before",
    "during",
    "until",
    "since",
    "near",
}
# two finite verbs with nothing joining them: "were trained by X Unit 641 has several ..."
RUN_ON = re.compile(
    r"\b(was|were|is|are)\b(?:(?![,;:()]|\b(?:and|but|or|which|that|who|whom|whose|while|when|"
    r"where|after|before|because|since|until|as|if|than)\b).)*?\b(has|have)\s+(several|many|a|"
    r"an|the|\d)"
)
UNGRAMMATICAL = re.compile(r"\bthat [A-Z][\w-]* to [a-z]+\b")
FINITE_VERB = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|"
    r"do|did|[a-z]{2,}ed|became|began|won|led|took|made|gave|saw|wrote|held|left|lost|built|"
    r"sent|set|sold|told|went|came|grew|fell|rose|ran|met|paid|put|kept|found|fought|bought|"
    r"brought|stood|spent|struck|drew|[a-z]{3,}s)\b"
)
PREPOSITIONS = {
    "in",
    "on",
    "by",
    "since",
    "from",
    "until",
    "till",
    "to",
    "of",
    "between",
    "and",
    "before",
    "after",
    "during",
    "around",
    "about",
    "early",
    "late",
    "mid",
    "as",
    "for",
    "at",
    "than",
    "or",
    "over",
    "nearly",
    "almost",
    "some",
    "approximately",
    "roughly",
    "least",
    "only",
}


def askable_span(text: str, a: int, b: int, kind: str) -> bool:
    """False for spans whose gap would give the answer away or read badly.

    One end of a range (``1992–1994``), approximate dates (``ca. 1240``), a name followed by
    its acronym (``Partnership for Peace (PfP)``), part of a longer name (``St. Mary's School``),
    years used as adjectives (``the 2014 election``).
    """
    before, after = text[:a], text[b:]
    if re.match(r"[\w]", after) or re.search(r"[\w]$", before):
        return False  # the gap would split a word ("_____PMU2")
    if kind == "entity" and re.match(r"\.\s+[A-Z]", after):
        return False  # an abbreviation such as "Lt-Gen." before a name
    if kind == "entity" and _inside_larger_name(before, after, text[a:b]):
        return False
    if re.match(r"\s?[–—-]\s?\d", after) or re.search(r"\d\s?[–—-]\s?$", before):
        return False
    if re.search(r"(?i)\b(ca|c|circa)\.?\s*$", before):
        return False
    if re.match(r" \([A-Z][A-Za-z]{1,7}\)", after) and kind == "entity":
        return False
    if re.match(r"'s? [A-Z]", after) and kind == "entity":
        return False
    previous = before.split()[-1].lower().strip("(") if before.split() else ""
    if kind in ("year", "date"):
        at_start = not before.strip() and after.startswith(",")
        return at_start or previous in PREPOSITIONS | {"the"} or before.endswith("(")
    if kind == "number" and re.search(r"\b[A-Z][\w-]* $", before):
        return False  # an identifier such as "Unit 641" or "Section 907", not a quantity
    if re.search(r"\b[A-Z]{3,}\b[^.]{0,40}:\s*([^,]+,\s*)*$", before):
        return False  # "countries of GUAM: _____, Ukraine": the acronym spells the answer
    if kind == "number" and re.match(r" [a-z]", after) and previous not in PREPOSITIONS:
        return bool(previous) or bool(re.match(r" (of the|[a-z-]+s)\b", after))
    return True


def usable_sentence(
    text: str, subject_nouns: frozenset[str] = frozenset(), person: bool = False
) -> bool:
    """A sentence that makes sense alone: no markup debris, quotes, dangling pronoun start.

    ``subject_nouns`` are the nouns that name the article's subject ("paper" for a newspaper):
    a sentence starting "The paper ..." then refers to the subject and stays usable.
    """
    if DAMAGE in text or "“" in text or "”" in text:
        return False
    quoted = re.findall(r'"([^"]*)"', text)
    if text.count('"') % 2 or any(len(q.split()) > 4 for q in quoted):
        return False
    words = text.split()
    if not 6 <= len(words) <= 45:
        return False
    if not text[0].isupper() or text[-1] not in ".!?":
        return False
    if text.count("(") != text.count(")") or text.count("[") or text.count("{"):
        return False
    if PRONOUN_START.match(text) or DEPENDENT.search(text) or RELATIVE_START.match(text):
        return False
    if UNGRAMMATICAL.search(text) or not FINITE_VERB.search(text[1:]) or RUN_ON.search(text):
        return False
    if _comma_splice(text) or _orphan_possessive(text):
        return False
    if re.search(r"\b(its|their)\b", " ".join(words[:4])):
        return False  # "Eight of its fourteen governors": whose?
    fronted = re.match(r"^([^,]{10,}), (it|they|he|she) ", text)
    if fronted and not FINITE_VERB.search(fronted.group(1)[1:]) and not person:
        return False  # "A new-build college near X, it will ...": never named
    for match in (BARE_DEFINITE.search(text), BARE_TITLED.search(text)):
        if match and match.group(1).lower() not in subject_nouns:
            return False  # "the agreement": which one? ("the navy" in the Navy section is fine)
    if CITATION.search(text):
        return False
    if text.count(",") >= 6:
        return False
    anaphor = ANAPHORIC_START.match(text)
    if anaphor and not (anaphor.group(2) and set(anaphor.group(2).split()) & subject_nouns):
        return False
    if CLAUSE_START.match(text) and "," in text:
        for main in (part.strip() for part in text.split(",")[1:]):
            if THING_PRONOUN.match(main) or (PERSON_PRONOUNS.match(main) and not person):
                return False  # "In the 2014 election, ..., it endorsed X": who is "it"?
    if (
        "also" in words[:4]
        and not re.search(r"also (known|called|referred)", text)
        and not re.match(r"There (are|were) also \d", text)
    ):
        return about_subject(text, subject_nouns)
    return not re.search(r"\b(p|pp)\.\s*\d|\b(ibid|op\. cit)\b", text)


SPLICE_VERB = re.compile(r"\b(was|were|is|are)\b")
JOINING = re.compile(
    r"^(and|but|or|which|that|who|whom|whose|while|when|where|after|before|because|since|"
    r"until|as|if|though|although|with|without|including|such|especially|mostly|mainly|"
    r"according|in|on|at|by|for|from|to|of|during|under|between|among|not|being|then)\b"
)


def _comma_splice(text: str) -> bool:
    """Two clauses joined by a bare comma: "X consists of 220 tanks, 162 more were bought"."""
    parts = text.split(", ")
    if len(parts) < 2 or not FINITE_VERB.search(parts[0][1:]) or CLAUSE_START.match(parts[0]):
        return False
    if re.match(r"(According|Around|Despite|Following|Until|Once|If|Though)\b", parts[0]):
        return False
    for part in parts[1:]:
        verb = SPLICE_VERB.search(part)
        if not verb or JOINING.match(part) or re.match(r"[a-z]+ing\b", part):
            continue
        if len(part[: verb.start()].split()) <= 6:
            return True
    return False


def _orphan_possessive(text: str) -> bool:
    """ "its"/"their" with no name before it: "1650 places will be available in its first year"."""
    match = re.search(r"\b(its|their)\b", text)
    if not match:
        return False
    names = re.findall(r"\b[A-Z][a-z]+", text[: match.start()])
    return not [n for n in names if n not in NOT_NAMES]


def about_subject(text: str, subject_nouns: frozenset[str]) -> bool:
    """Whether a sentence opens with the article's own subject (so "also" refers to it)."""
    first = text.split()[:3]
    return bool(first) and any(w.strip(",").lower() in subject_nouns for w in first)


def resolve_start(text: str, title: str, person: bool) -> str:
    """Drop a leading connective; for person articles, He/She -> the person's name."""
    text = CONNECTIVE.sub(lambda m: "", text)
    text = text[:1].upper() + text[1:]
    if person:
        surname = re.sub(r"\s*\(.*\)$", "", title).split()[-1]
        text = re.sub(r"^(His|Her) (?=[a-z])", f"{surname}'s ", text)
        surname = re.sub(r"\s*\(.*\)$", "", title).split()[-1]
        text = PERSON_PRONOUN.sub(lambda m: f"{surname} ", text)
    return text


def _block_sentences(block: Block, section: str, facts: Facts, group: int, lead: str) -> None:
    text, links = _clean_with_links(block.text, block.links)
    for a, b in split_sentences(text):
        raw = text[a:b]
        resolved = resolve_start(raw, facts.title, facts.person)
        shift = len(resolved) - len(raw)
        sentence_links = [
            Link(lk.start - a + shift, lk.end - a + shift, lk.target)
            for lk in links
            if lk.start >= a and lk.end <= b and lk.start - a + shift >= 0
        ]
        known = facts.subject_nouns | _section_nouns(section)
        if not usable_sentence(resolved, known, facts.person) and not (
            lead and usable_item(resolved)
        ):
            continue
        if not lead and _starts_with_bare_surname(resolved, facts):
            continue
        sentence = Sentence(resolved, section, find_spans(resolved, sentence_links), lead, group)
        sentence.index = len(facts.sentences)
        facts.sentences.append(sentence)
        for span in sentence.spans:
            if span.type == "entity":
                facts.entities.setdefault(span.text, span.target)


def _section_nouns(section: str) -> frozenset[str]:
    """Words of the section's heading path: "the navy" is clear inside "Structure > Navy"."""
    words = set(re.findall(r"[a-z]+", section.lower()))
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")})


def _starts_with_bare_surname(text: str, facts: Facts) -> bool:
    """``Atkinson became ...``: a lone surname whose full name came earlier in the article."""
    match = re.match(r"([A-Z][a-z]+) [a-z]", text)
    if not match or match.group(1).lower() in facts.subject_nouns:
        return False
    surname = match.group(1)
    return (
        any(len(name.split()) >= 2 and name.split()[-1] == surname for name in facts.entities)
        or surname in facts.surnames
    )


def usable_item(text: str) -> bool:
    """A list item that can carry a question: clean, short, not a bare link list."""
    if DAMAGE in text or '"' in text:
        return False
    words = text.split()
    return 2 <= len(words) <= 40 and text.count("(") == text.count(")")


def _lead_in(block: Block) -> str:
    if not block.text.strip():
        return ""
    text, _ = _clean_with_links(block.text, block.links)
    spans = split_sentences(text)
    if not spans:
        return ""
    last = text[spans[-1][0] : spans[-1][1]]
    return last if last.endswith(":") and DAMAGE not in last else ""


def _item_sentences(block: Block, section: str, facts: Facts) -> None:
    lead = _lead_in(block)
    group = len(facts.groups)
    members: list[str] = []
    for item in block.items:
        text, links = _clean_with_links(item.text, item.links)
        text = text.rstrip(";,")
        if not usable_item(text) or not lead:
            for link in links:
                members.append(text[link.start : link.end])
            continue
        spans = find_spans(text, links)
        sentence = Sentence(text, section, spans, lead, group)
        sentence.index = len(facts.sentences)
        facts.sentences.append(sentence)
        if usable_sentence(text, facts.subject_nouns, facts.person):
            alone = Sentence(text, section, spans)  # an item that is a sentence of its own
            alone.index = len(facts.sentences)
            facts.sentences.append(alone)
        if PROPER_NAME.fullmatch(text) and len(text.split()) <= 6:
            members.append(text)
        elif links and links[0].start == 0:
            members.append(text[links[0].start : links[0].end])
    facts.groups.append(members)


PERSON_INFOBOX = re.compile(
    r"(?i)person|philosopher|officeholder|scientist|writer|artist|musician|actor|"
    r"military person|sportsperson|football biography|royalty|saint|president|politician"
)


def _infobox_facts(article: Article) -> list[InfoboxFact]:
    facts: list[InfoboxFact] = []
    for fld in article.infobox:
        value = clean_space(fld.value)
        spans = find_spans(value, fld.links)
        whole = [s for s in spans if s.start == 0 and s.end == len(value)]
        kind = whole[0].type if whole else "text"
        target = whole[0].target if whole else ""
        linked = [value[s.start : s.end] for s in spans if s.type == "entity"]
        facts.append(InfoboxFact(fld.name, fld.label, value, kind, target, linked))
    return facts


def subject_nouns(article: Article) -> frozenset[str]:
    """Nouns naming what the article is about: its infobox type and its lead definition."""
    words = set(re.findall(r"[a-z]+", article.infobox_type.lower()))
    if article.sections and article.sections[0].path == "" and article.sections[0].blocks:
        lead = clean_space(article.sections[0].blocks[0].text)
        match = re.search(r"\b(?:is|are|was|were) (?:a|an|the|one of the)\b([^.;:]{0,80})", lead)
        if match:
            words.update(re.findall(r"\b[a-z]{3,}\b", match.group(1)))
    title_words = re.sub(r"\s*\(.*\)$", "", article.title).lower().split()
    words.update(w for w in title_words if len(w) > 3)
    words.update(w[:-1] for w in list(words) if w.endswith("s") and len(w) > 4)
    out = set(words)
    for word in words:
        for suffix in ("paper", "town", "city", "force", "forces", "army", "school", "company"):
            if word.endswith(suffix):
                out.add(suffix)
    return frozenset(out - {"and", "the", "of", "in", "for", "with", "from", "that", "which"})


def subject_phrase(article: Article, person: bool) -> str:
    """The title with "the" when the article's own text writes it so (or it is plural)."""
    title = re.sub(r"\s*\(.*\)$", "", article.title)
    if person or title.lower().startswith("the "):
        return title
    text = " ".join(b.text for s in article.sections[:3] for b in s.blocks)
    with_the = len(re.findall(rf"\b[Tt]he {re.escape(title)}\b", text))
    total = len(re.findall(rf"\b{re.escape(title)}\b", text))
    plural = title.split()[-1].endswith("s") and len(title.split()) > 1
    if (total and with_the * 2 >= total) or (plural and not total):
        return f"the {title}"
    return title


def extract_facts(article: Article) -> Facts:
    """All facts of an article: usable sentences with spans, list groups, infobox lines."""
    person = bool(PERSON_INFOBOX.search(article.infobox_type)) or any(
        f.name.lower() in ("birth_date", "birth_place") for f in article.infobox
    )
    facts = Facts(article.title, infobox_type=article.infobox_type, person=person)
    facts.mdy = article.mdy
    facts.infobox = _infobox_facts(article)
    facts.subject_nouns = subject_nouns(article)
    facts.subject_phrase = subject_phrase(article, person)
    for section in article.sections:
        for block in section.blocks:
            for link in block.links:
                words = block.text[link.start : link.end].split()
                if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
                    facts.surnames.add(words[-1])
    for section in article.sections:
        for block in section.blocks:
            if block.is_list:
                if block.text.strip() and not _lead_in(block):
                    _block_sentences(Block(block.text, block.links), section.path, facts, -1, "")
                _item_sentences(block, section.path, facts)
            else:
                _block_sentences(block, section.path, facts, -1, "")
    for sentence in facts.sentences:
        for span in sentence.spans:
            if span.type == "entity":
                facts.entities.setdefault(span.text, span.target)
    return facts
