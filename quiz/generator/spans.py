"""Answer spans in a sentence: dates, years, numbers, money, percentages and names, and the
rules that keep a gap from giving its answer away or reading badly."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quiz.generator.article import Link
from quiz.generator.firstchar import first_char
from quiz.generator.lexicon import concept_type, demonym, lemmas
from quiz.generator.templates import MONTHS

FULL_MONTH = "|".join(MONTHS)  # January ... December
MONTH = FULL_MONTH + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
DATE_DMY = rf"\b\d{{1,2}} (?:{MONTH})\.? \d{{3,4}}\b"
DATE_MDY = rf"\b(?:{MONTH})\.? \d{{1,2}}, \d{{3,4}}\b"
DATED = re.compile(rf"\d{{3}}|\b(?:{MONTH})\b")  # a year or a month (not the Aztec "10 Rabbit")
MONTH_YEAR = rf"\b(?:{MONTH}) \d{{4}}\b"
SCALE = r"(?: (?:million|billion|trillion|thousand))?"
MONEY = rf"(?:(?:US|CA|C|A|NZ|HK)?[$£€¥]|(?:AZN|USD|CAD|EUR|GBP) ?)\d[\d,]*(?:\.\d+)?{SCALE}"
PERCENT = r"\b\d+(?:\.\d+)?(?:%| per ?cent| percent)"
NUMBER = (
    r"(?<![\w.,:$£€-])\d{1,3}(?:,\d{3})+(?![\d,]*\.\d)(?!\w)"
    r"|(?<![\w.,:$£€-])\d{2,}(?![\w%,.:-]|\.\d)"  # (not a part of a clock time "13:32:00")
)
YEAR = (
    r"(?<![\w$£€.,-])(?:1[0-9]{3}|20[0-9]{2})(?![\w%-]|,\d)"
    r"(?! ?(°|degrees|km|kg|m\b|ft|feet|metres|meters|miles|mi\b|tonnes|tons|mm|cm|sq|acres|ha\b))"
)
DAY_MONTH = rf"\b\d{{1,2}} (?:{MONTH})\b|\b(?:{MONTH}) \d{{1,2}}\b(?!,? \d)"
# A capitalised adjective before a lowercase noun: "a Canadian broadsheet", "Scottish club".
DEMONYM_WORD = first_char(
    r"(?:(?<=\ba )|(?<=\ban )|(?<=\bA )|(?<=\bAn )|(?<=\bthe )|(?<=\bThe ))[A-Z][a-z]+(?= [a-z])"
)
# A long lowercase word a science article names things with: "phosphorylation", "proteomics".
TERM_WORD = re.compile(r"(?<![\w-])[a-z]{8,}(?![\w-])")
COUNT_BEFORE = re.compile(
    r"(?i)\b(?:over|about|around|some|nearly|almost|approximately|roughly|than|least|"
    r"only|just|estimated|in excess of|upwards of|a total of) $"
)
AMOUNT_OF = re.compile(r"(?i)\b(?:strength|population|enrol?lment|capacity) of (?:\w+ )?$")
DIGIT = re.compile(r"\d")
YEAR_IN_TEXT = first_char(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
NEAR = 120  # characters before a gap: more than any pattern that ends at the gap ($) reaches


def tail(text: str) -> str:
    """The end of ``text`` a pattern anchored at its end can match in (not all of it: faster)."""
    return text[-NEAR:]


SPAN_PATTERNS = [
    ("date", first_char(f"{DATE_DMY}|{DATE_MDY}")),
    ("money", first_char(MONEY)),
    ("percent", first_char(PERCENT)),
    ("date", first_char(MONTH_YEAR)),
    ("date", first_char(DAY_MONTH)),
    ("year", first_char(YEAR)),
    ("number", first_char(NUMBER)),
]


@dataclass
class Span:
    """An answer candidate inside a sentence: character span, text and type."""

    start: int
    end: int
    text: str
    type: str
    target: str = ""


def find_spans(text: str, links: list[Link], *, askable: bool = True) -> list[Span]:
    """Typed answer spans in a sentence: linked entities, dates, years, numbers, money, %.
    With ``askable=False`` also the ones a gap would give away (a false statement may still
    change them)."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pattern in SPAN_PATTERNS if DIGIT.search(text) else []:  # (each needs a digit)
        for match in pattern.finditer(text):
            a, b = match.start(), match.end()
            if free(a, b):
                taken.append((a, b))
                found = kind
                before = tail(text[:a]) if kind in ("year", "number") else ""
                if kind == "number" and early_year(match.group(), before, text[b:]):
                    found = "year"  # "born around 735": not 499 or 819 beside it (R347)
                if kind == "year" and (
                    COUNT_BEFORE.search(before)
                    and WORDS_AFTER.match(text[b:])
                    and not DATING_AFTER.match(text[b:])
                    or AMOUNT_OF.search(before)  # "a strength of around 1100." (R261)
                ):
                    found = "number"  # "over 1100 varieties of beer" (not "around 1820 by")
                if not askable or askable_span(text, a, b, found):
                    spans.append(Span(a, b, match.group(), found))
    for match in DEMONYM_WORD.finditer(text):
        a, b = match.start(), match.end()
        if free(a, b) and demonym(match.group()) and a > 0:
            taken.append((a, b))
            spans.append(Span(a, b, match.group(), "demonym"))
    for match in TERM_WORD.finditer(text):
        a, b = match.start(), match.end()
        if free(a, b) and concept_type(match.group()) and not lemmas(match.group()):
            taken.append((a, b))
            if not askable or askable_span(text, a, b, "entity"):
                spans.append(Span(a, b, match.group(), "entity"))
    for link in links:
        if free(link.start, link.end) and link.end <= len(text):
            surface = text[link.start : link.end]
            taken.append((link.start, link.end))
            if LETTER.search(surface) and (
                not askable or askable_span(text, link.start, link.end, "entity")
            ):
                spans.append(Span(link.start, link.end, surface, "entity", link.target))
    for match in PROPER_NAME.finditer(text):
        a, b = match.start(), match.end()
        name = match.group()
        title = TITLE_WORDS.match(name)
        if title:
            a += title.end()
            name = name[title.end() :]
        ordinal = (  # ($ at a: the end; it needs an ordinal's letters and a space before a)
            ORDINAL_BEFORE.search(text, max(0, a - NEAR), a)
            if text.endswith(ORDINAL_ENDS, 0, a)
            else None
        )
        if ordinal and free(ordinal.start(), a):
            a, name = ordinal.start(), text[ordinal.start() : b]  # "20th Century Fox" (R39)
        if not free(a, b) or name.split()[0] in NOT_NAMES or len(name) < 4:
            continue
        if len(name.split()) < 2 and (a == 0 or not SINGLE_NAME_NEXT.match(text[b:])):
            continue  # a lone capitalised word is often an adjective ("a German engine")
        words = text[:a].split()
        previous = words[-1] if words else ""
        bound = previous.islower() and previous not in PREPOSITIONS_THE
        if len(name.split()) < 2 and (bound or previous[:1].isdigit()):
            continue  # part of a phrase: "2,970 degrees Celsius"
        taken.append((a, b))
        if not askable or askable_span(text, a, b, "entity"):
            spans.append(Span(a, b, name, "entity"))
    return sorted(spans, key=lambda s: s.start)


ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th) $")  # "20th Century Fox" is one name
ORDINAL_ENDS = ("st ", "nd ", "rd ", "th ", "\n")  # (how an ORDINAL_BEFORE match ends)
SINGLE_NAME_NEXT = re.compile(r"[,.;:]|\s(is|was|has|had|were|are|and|in|on|to|from)\b")
WORDS_AFTER = re.compile(r" [a-z]+")
DATING_AFTER = re.compile(r" (?:by|in|on|at|when|and|or|to|from|until)\b")
# A year before 1000 in a life's or a reign's dating: "was born around 735 and", "died in 804."
EARLY_BEFORE = re.compile(
    r"\b(?:born|died|reigned|ruled|founded|built|succeeded|crowned)(?: \w+)?"
    r" (?:in|around|about|c\.|circa|ca\.)(?: AD)? $"
)
EARLY_AFTER = re.compile(r"(?: (?:AD|CE))?(?:[,.;:)]|$| (?:and|when|at|to|until|in|on|as|after)\b)")


def early_year(number: str, before: str, after: str) -> bool:
    """A three-digit number that dates a life or a reign, with no "BC" after it."""
    return len(number) == 3 and bool(EARLY_BEFORE.search(before) and EARLY_AFTER.match(after))


LETTER = re.compile(r"[A-Za-z]")
TITLE_WORDS = re.compile(
    r"((First|Vice|Deputy|Prime|General|Chief) )?(Secretary|President|"
    r"Minister|General|Colonel|Admiral|Governor|Mayor|King|Queen) "
)
# Unlinked proper names: capitalised words, allowing "of"/"the"/"and" between them.
PROPER_NAME = first_char(
    r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?: (?:(?:of|the|de|du|la|von|van) ){0,2}"
    r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)*(?![\w'’-])"
)
NOT_NAMES = {
    *"""The In On At A An It He She They This That These Those During After Before However
    According Since From By As With For Under Today Its His Her Their Some Many Most Other
    Several Both Each All When While Although Despite There Following Between Over Later Until
    Among Also But And Or If Once Such About Around Near Within Without Through Another""".split()
} | {*MONTHS, *"Unlike Like Upon Besides Against Across Beyond Whereas Because Though".split()}


def open_subject(sentence_text: str, span: Span, entity_cls: str) -> bool:
    """A non-person name as the sentence's subject: "_____ is a structure under ..." has many
    fitting answers as a gap (a wh-question with choices works). ``entity_cls`` is the name's
    kind (see quiz.generator.distractors.entity_class): "Operation Edelweiss" is an event, not a
    person."""
    if span.type != "entity" or sentence_text[: span.start] not in ("", "The "):
        return False
    person = entity_cls == "person" or (entity_cls == "name" and _person_like(span.text))
    return not person


def _person_like(span: str) -> bool:
    words = span.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


# _inside_larger_name's patterns: "before" ends at the gap ($), "after" starts there.
JOINED_BEFORE = re.compile(r"\b([A-Z][\w-]*) and $")
NAME_WORD_BEFORE = re.compile(r"(?<!^)(?<!\. )\b[A-Z][\w-]*( of)? $")
OPENER_BEFORE = re.compile(r"(^|\. )(The|A|An|In|On|At|By|For|From|To|With) $")
NAME_AFTER = re.compile(r' (?:"[^"]+" )?[A-Z]')
LIST_AFTER = re.compile(r", [A-Z][a-z]+ and [A-Z]")
NUMBER_LIST = re.compile(r", \d")
ORDINAL_LIST = re.compile(r"\d(st|nd|rd|th), $")
PLACE_LIST = re.compile(r"\b[A-Z][a-z]+, $")
OF_BEFORE = re.compile(r"\bof $")
AND_NAME_AFTER = re.compile(r" and [A-Z]")
WORD_AFTER = re.compile(r" [a-z]+\b")
VERB_OBJECT_AFTER = re.compile(r" \S+ (the|a|an|its|their|his|her|\d)")
DEMONYM_END = re.compile(r"(an|ian|ese|ish|ic)$")
PLURAL_SUBJECT_AFTER = re.compile(r" [a-z]+s (have|has|had|were|are|was|is)\b")
OPEN_COMPLEMENT = re.compile(
    r"\b(is|was|are|were|remains|remained|became|becomes) "
    r"((a|an)( [\w-]+){0,3}|part of the|one of the|among the) $"
)
LIST_BEFORE = re.compile(r", (and |or )?(the )?$")
LIST_AFTER_GAP = re.compile(r"(,| and| or)\b")
AND_OR_BEFORE = re.compile(r"(and|or) (the )?$")
AND_OR_NAME_AFTER = re.compile(r" (and|or) (the )?[A-Z]")
LONGER_NAME_AFTER = re.compile(r" (for|of|de|du|la) [A-Z]")
YEAR_AFTER = re.compile(r" \(\d{4}\)")
ACCORDING_TO = re.compile(r"(?i)\baccording to $")


def _inside_larger_name(before: str, after: str, span: str) -> bool:
    """Gaps that cut a longer name, pick an arbitrary list member or an adjective:
    "Air and _____", "_____, Patriotism and Sport", "the _____, 227th, 396th", "Welland, _____",
    "run by _____ nuns", "According to _____"."""
    joined = JOINED_BEFORE.search(before)
    if joined and (span.split()[0] == joined.group(1) or not _person_like(span)):
        return True  # "Air and _____" cut from a name; "Canada and _____": any partner fits
    if not joined and NAME_WORD_BEFORE.search(before) and not OPENER_BEFORE.search(before):
        return True
    if NAME_AFTER.match(after) or LIST_AFTER.match(after):
        return True
    if NUMBER_LIST.match(after) or ORDINAL_LIST.search(before):
        return True
    if PLACE_LIST.search(before) or after.startswith(":"):
        return True  # "Cornwall, England, _____"; "_____: Georgia, Ukraine, ..." (initials)
    if OF_BEFORE.search(before) and AND_NAME_AFTER.match(after):
        return True  # "districts of _____ and Devon"
    if WORD_AFTER.match(after):
        word = after.split()[0].strip(".,;:")
        verb_like = word.endswith("ed") or (word.endswith("s") and VERB_OBJECT_AFTER.match(after))
        if word not in SINGLE_NAME_VERBS and not verb_like and not word.endswith("ly"):
            return True  # used as a modifier: "an ethnic _____ soldier", "the _____ protests"
        if DEMONYM_END.search(span) and word.endswith("s"):
            return True  # a demonym before a plural: "unique among _____ newspapers"
    if PLURAL_SUBJECT_AFTER.match(after):
        return True  # "_____ troops have been sent": the gap only qualifies the subject
    if OPEN_COMPLEMENT.search(before):
        return True  # "remains a _____", "is a Canadian broadsheet _____": open complements
    in_list = LIST_BEFORE.search(before) and not before.endswith("In ")
    if in_list and (LIST_AFTER_GAP.match(after) or AND_OR_BEFORE.search(before)):
        if not _person_like(span):
            return True  # "critical analysis, _____ and feminism": any member of the list fits
    if AND_OR_NAME_AFTER.match(after) and not _person_like(span):
        return True  # "newspapers in _____ and the United States"
    if LONGER_NAME_AFTER.match(after):
        return True  # "the _____ for Military Industry": cut from a longer name
    if YEAR_AFTER.match(after):
        return True  # a title with its year: "In _____ (1997)" reads as a hint
    return bool(ACCORDING_TO.search(before))


SINGLE_NAME_VERBS = set(
    """is was has had were are and in on to from at for with by as or became began won led took
    made gave which who where when that after before during until since near under into
    through across against alongside within between among over via upon toward towards
    throughout outside inside beside behind beyond below above along despite""".split()
)  # (a preposition after a name: "the girl group Blackpink under YG", not a modifier)
PREPOSITIONS = set(
    """in on by since from until till to of between and before after during around about early
    late mid as for at than or over nearly almost some approximately roughly least only""".split()
)


# A distance that names the race: "the _____ metres steeplechase" is 3000 (R227), "platform" 10.
EVENT_DISTANCE = re.compile(r"[ -]?(?:met(?:re|er)s?|m) (?:hurdles|\w+(?:chase|stroke|style|form))")


# askable_span's patterns
WORD_CHAR = re.compile(r"[\w]")
WORD_CHAR_END = re.compile(r"[\w]$")
ABBREVIATION_AFTER = re.compile(r"\.\s+[A-Z]")
RANGE_AFTER = re.compile(r"\s?[–—-]\s?\d")
RANGE_BEFORE = re.compile(r"\d\s?[–—-]\s?$")
CIRCA_BEFORE = re.compile(r"(?i)\b(ca|c|circa)\.?\s*$")
ACRONYM_AFTER = re.compile(r" \([A-Z][A-Za-z]{1,7}\)")
POSSESSIVE_NAME_AFTER = re.compile(r"'s? [A-Z]")
IDENTIFIER_BEFORE = re.compile(r"\b(?:[A-Z]|[a-z]+[A-Z])[\w-]* $")
DIGIT_BEFORE = re.compile(r"\d ?(?:[x×] ?)?$")
THOUSANDS_AFTER = re.compile(r" \d{3}\b")
CAPITAL_AFTER = re.compile(r" [A-Z]")
LOWER_AFTER = re.compile(r" [a-z]")
COUNTED_AFTER = re.compile(r" (of the|[a-z-]+s)\b")
ACRONYM_LIST_BEFORE = re.compile(r"\b[A-Z]{3,}\b[^.]{0,40}:\s*([^,]+,\s*)*$")
PREPOSITIONS_THE = PREPOSITIONS | {"the"}


PERIOD_NAME = re.compile(r"\b(?:era|age|period|epoch|years)$")


def askable_span(text: str, a: int, b: int, kind: str) -> bool:
    """False for spans whose gap would give the answer away or read badly.

    One end of a range (``1992–1994``), approximate dates (``ca. 1240``), a name followed by
    its acronym (``Partnership for Peace (PfP)``), part of a longer name (``St. Mary's School``),
    years used as adjectives (``the 2014 election``).
    """
    before, after = tail(text[:a]), text[b:]  # (patterns below end at the gap)
    if WORD_CHAR.match(after) or WORD_CHAR_END.search(before):
        return False  # the gap would split a word ("_____PMU2")
    if kind == "entity" and ABBREVIATION_AFTER.match(after):
        return False  # an abbreviation such as "Lt-Gen." before a name
    if kind == "entity" and _inside_larger_name(before, after, text[a:b]):
        return False
    if RANGE_AFTER.match(after) or RANGE_BEFORE.search(before):
        return False
    if CIRCA_BEFORE.search(before):
        return False
    if kind == "entity" and ACRONYM_AFTER.match(after):
        return False
    if kind == "entity" and POSSESSIVE_NAME_AFTER.match(after):
        return False
    if kind == "entity" and PERIOD_NAME.search(text, a, b) and text[a:b].islower():
        return False  # "a film studio of the _____" -> "silent era": "1920s" fits too (R416)
    words = before.split()
    previous = words[-1].lower().strip("(") if words else ""
    if kind in ("year", "date"):
        at_start = not before.strip() and after.startswith(",")
        return at_start or previous in PREPOSITIONS_THE or before.endswith("(")
    if kind == "number" and IDENTIFIER_BEFORE.search(before):
        return False  # an identifier such as "Unit 641", "Section 907", "eMate 300"
    if kind == "number" and (
        THOUSANDS_AFTER.match(after) or DIGIT_BEFORE.search(before) or EVENT_DISTANCE.match(after)
    ):
        return False  # part of "401 056 km" (thousands set apart), "4 x 400 m", "7.62×51" (R222)
    if kind == "number" and CAPITAL_AFTER.match(after):
        return False  # part of a name or an address: "40 Wall Street", "1913 Scottish Cup"
    if ":" in before and ACRONYM_LIST_BEFORE.search(before):
        return False  # "countries of GUAM: _____, Ukraine": the acronym spells the answer
    if kind == "number" and LOWER_AFTER.match(after) and previous not in PREPOSITIONS:
        return bool(previous) or bool(COUNTED_AFTER.match(after))
    return True


def run_on(text: str, span: Span) -> bool:
    """Whether the span runs straight into a letter, a digit or a parenthesis ("Krushi(1987)"):
    a gap there reads as broken."""
    after = text[span.end : span.end + 1]
    return after.isalnum() or after == "("
