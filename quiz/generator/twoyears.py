"""Dated answers in doubt: an event the article dates twice, a deed it tells of several years,
a name beside another of its kind of the same year."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar, cast

from quiz.generator.datedays import slashed_years
from quiz.generator.facts import Facts, Sentence, prose_sentences
from quiz.generator.infobox import FOUNDING, FOUNDING_FIELD
from quiz.generator.lexicon import base_form, singular
from quiz.generator.periods import bounded_otherwise
from quiz.generator.releases import release_doubt
from quiz.generator.spans import YEAR_IN_TEXT, Span
from quiz.generator.standing import ACCESSION, TERM_FIELD
from quiz.generator.substance import FRONTED, led_by_subject

# Verbs that date one event; the words of a group tell the same event ("founded in 2004"
# beside "formed in 2003": R293's party "established" in April and "created" in November).
GROUPS = (
    ("founded", "formed", "established", "created"),  # (not registered, incorporated: later)
    ("born",),
    ("died",),
    ("released",),
    ("built", "constructed"),
    ("completed",),
    ("opened",),
    ("discovered",),
    ("premiered",),
    ("published",),
)
T = TypeVar("T")
# The words that tell a start at all, for one fact told two ways ("was founded in 2016",
# False, beside "was formed in June 2011", R290; "began their career in 1991", R294): the
# dating verbs and two more that need not date the same moment (told.said_words).
START_VERBS = frozenset(GROUPS[0]) | {"incorporated", "began"}
GROUP_OF = {word: group for group in GROUPS for word in group}
EVENT = re.compile(rf"(?<![\w-])({'|'.join(GROUP_OF)})\b")
PRONOUN = re.compile(r"(?:It|They) ")
GOVERNS = re.compile(
    r"(?: [a-z]+){0,3} (?:in|on|during|around|about|circa)(?: (?:the|early|late|mid))?(?:-| )?"
)
GOVERNED = re.compile(
    GOVERNS.pattern + r"((?:[A-Z][a-z]+ )?(?:\d{1,2}(?:[–-]\d{1,2})?,? )?(?:[A-Z][a-z]+ )?\d{4})"
)
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be)\b(?: [a-z]+ly)? $")
DATED_NEXT = re.compile(r" (?:in|on|at|during|around|about|by|as)\b")
TIMELINE = re.compile(r"(?:[A-Z][a-z]+ )?(?:\d{1,2}(?:[–-]\d{1,2})?,? )?\d{4} [-–—] ")
DATE_PHRASE = re.compile(  # a date alone before the subject: "In early May 2003, "
    r"(?:[A-Z][a-z]+ )?(?:(?:the )?(?:early|late|mid)[ -])?(?:[A-Z][a-z]+ )?(?:\d{1,2},? )?"
    r"(?:[A-Z][a-z]+ )?\d{4}s?(?:,? ?| [-–—] )"
)
ACTIVE = re.compile(r"(?i)\s*years[ _]?active\s*")  # a band's "Years active" field
MAIN_VERB = 50  # characters: the subject's own verb comes this early ("Ex Libris formed in")
LONG_VERB = 140  # or this, after its definition ("Exa is a Dutch band from Utrecht, founded in")
DEFINITION = re.compile(r"[^,;]{0,60}? (?:is|was|are|were) (?:a|an|the|one)\b")
OTHER_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|and|with)\b|[;:]")
NEAR = 80  # characters: a verb this close before a year dates it ("formed in June 2011")
MONTHS = "_ January February March April May June July August September October November December"
MONTH = re.compile(rf"\b(?:{'|'.join(MONTHS.split()[1:])})\b")
DAYS = re.compile(r"(?: \d{1,2}(?:[–-]\d{1,2})?)?,? ")  # between a month and its year


FIELD_EVENT = (  # an infobox field's name -> the verb that tells its event
    (FOUNDING_FIELD, "founded"),
    (re.compile(r"release"), "released"),
    (re.compile(r"built|construct"), "built"),
    (re.compile(r"complet"), "completed"),
    (re.compile(r"open"), "opened"),
    (re.compile(r"premiere"), "premiered"),
    (re.compile(r"publi"), "published"),
    (re.compile(r"discover"), "discovered"),
    (re.compile(r"birth|born"), "born"),
    (re.compile(r"death|died"), "died"),
)


RESTORED = re.compile(r"(?i)\b(?:restor|rebuil|renovat|reconstruct)")
FINISHED = re.compile(r"(?i)\b(?:finished|completed|completion)\b(?!.*\b(?:his|her|their) own\b)")
YEARS = re.compile(r"(?<!\d)(1[0-9]|20)([0-9]{2})(?:[–-]([0-9]{2}))?(?!\d)")  # "1854–55"


def years_in(text: str) -> set[int]:
    return {int(m[1] + y) for m in YEARS.finditer(text) for y in (m[2], m[3]) if y}


def field_dated_otherwise(name: str, value: str, facts: Facts) -> bool:
    """An infobox year the text gives otherwise: a completion it has restored ("Completed:
    1855" beside a restoration in "1854–55", R83: built when?), a founding ("It was founded
    as the AAWU in 1959", R51), any event its subject's sentences date otherwise ("Founded:
    2004" beside "Ex Libris formed in 2003")."""
    own = YEAR_IN_TEXT.findall(value)
    if not own:
        return False
    if re.search(r"(?i)complet|built|construct", name):
        completed = bool(re.search(r"(?i)complet", name))
        return (
            built_over_years(own[0], completed, facts.prose)
            or any(
                (RESTORED.search(s) and any(abs(y - int(own[0])) <= 2 for y in years_in(s)))
                or (not completed and FINISHED.search(s) and finished_after(own[0], s))
                for s in prose_sentences(facts.prose)
            )
            or dated_otherwise(field_event(name), value, facts)
        )
    if dated_otherwise(field_event(name), value, facts):
        return True
    if not FOUNDING_FIELD.fullmatch(name.strip().lower()):
        return False
    opened = (years_in(s) for s in prose_sentences(facts.prose) if OPENED.search(s))
    if any(0 < abs(year - int(own[0])) <= 3 for years in opened for year in years):
        return True  # "Established: 1883" beside "the school opened in 1884" (R360)
    names = {facts.subject.bare, facts.title, "It", "it"} - {""}
    for sentence in prose_sentences(facts.prose):
        founding = FOUNDING.match(sentence)
        if not founding or not set(YEAR_IN_TEXT.findall(sentence)) - set(own):
            continue
        who = founding.group("who")
        if who is None or who.startswith(("The ", "This ")) or any(n in who for n in names):
            return True
    return False


OPENED = re.compile(
    r"\b(?:opened|began (?:operation|operating|classes|teaching)|held its first|first classes)\b"
)


def finished_after(year: str, sentence: str) -> bool:
    """A sentence finishing a work one to five years after ``year``, the infobox's "built"
    ("Built: 1884" beside "the entire court house was finished in 1886", R340)."""
    return any(0 < y - int(year) <= 5 for y in years_in(sentence))


def built_over_years(year: str, completed: bool, prose: str) -> bool:
    """The text builds it over years that start with ``year`` ("Built of brick in 1911-12":
    1911 or 1912?, R302) or end with it ("built in 1922-23", R300; not where ``year`` is a
    completion, the span's end), or before ``year`` ("built before 1831", R302)."""
    spans = [rf"{year}\s?[–-]\s?\d{{2,4}}", f"before {year}"]
    if not completed:
        spans.append(rf"\d{{4}}\s?[–-]\s?(?:{year}|{year[2:]})")
    built = r"(?i:\b(?:built|constructed|erected)\b)"
    return bool(re.search(rf"{built}[^.]{{0,20}}\b(?:{'|'.join(spans)})\b", prose))


def field_event(name: str) -> tuple[str, ...]:
    """The verb group of the event an infobox field dates ("Founded" -> founded, formed, ...)."""
    key = name.strip().lower()
    return next((GROUP_OF[verb] for pattern, verb in FIELD_EVENT if pattern.search(key)), ())


NAMED_YEAR = re.compile(r"\b[A-Z][a-z]+ of (1\d{3}|20\d\d)\b")  # "the War of 1812"


def dated_doubt(sentence: Sentence, span: Span, facts: Facts) -> str:
    """Why a year or date may not be the one answer ("" if it may): another sentence dates the
    subject's event otherwise ("founded in 2004" beside "Ex Libris formed in 2003"); or why a
    name of a dated sentence may not be: another of its kind has the same year."""
    if span.type == "entity" and namesake_that_year(sentence.text, span.text, facts):
        return "another name of its kind that year"
    if span.type not in ("year", "date"):
        return ""
    event = event_before(sentence.text, span.start)
    if not event and (fronted := FRONTED.match(sentence.text)) and span.end <= fronted.end():
        told = dated_event(sentence.text, facts)  # "In 2003, Exa was formed in Utrecht."
        event = told[0] if told else ()
    if dated_otherwise(event, span.text, facts, sentence.text):
        return "an event the article dates otherwise"
    if event is GROUP_OF["released"] and (doubt := release_doubt(sentence.text, span.text, facts)):
        return doubt
    if recurring(sentence.text, span.text, facts):
        return "a deed the article tells of another year too"
    if infobox_neighbour(span.text, sentence.text, facts):
        return "the infobox gives the year next to it"
    if bounded_otherwise(sentence, span, facts):
        return "a period the article bounds otherwise"
    year = int(span.text) if span.type == "year" and span.text.isdigit() else 0
    if year and any(abs(int(y) - year) <= 1 for y in NAMED_YEAR.findall(sentence.text)):
        return "a year a named event's year gives away"  # "the Panic of 1819": 1820 (R408)
    if year and span.text in slashed_years(facts.prose):
        return "a year the article gives as one of two"  # "in 1595/1596" (R441)
    others = YEAR_IN_TEXT.findall(sentence.text[: span.start] + sentence.text[span.end :])
    if year and any(abs(int(y) - year) == 1 for y in others):
        return "a year next to another of its sentence"  # ("started ... in _____", 1992, R409)
    return ""


TAKING_OFFICE = re.compile(ACCESSION)


def infobox_neighbour(when: str, sentence: str, facts: Facts) -> bool:
    """A sentence on taking an office whose year is next to, and not, the one the infobox's
    reign or term gives: "Afonso succeeded his father in 1212" beside "Reign: 26 March 1211 -
    1223" (R351). One of the two is the article's slip, or they date two steps of one event
    (a death and a coronation): either way, two years fit the question."""
    year = YEAR_IN_TEXT.search(when)
    if not year or not TAKING_OFFICE.search(sentence):
        return False
    boxed = {
        int(y)
        for f in facts.infobox
        if TERM_FIELD.search(f.name)
        for y in YEAR_IN_TEXT.findall(f.value)
    }
    told = int(year.group())
    return told not in boxed and bool({told - 1, told + 1} & boxed)


def recurring(text: str, when: str, facts: Facts) -> bool:
    """A deed told in common words alone (the clause that dates it, two words at least but the
    subject's, no name: "Algeria held elections in 1999" -> hold, election) that another
    sentence tells with another year and not this one ("presidential elections held in
    2004"): "In what year did Algeria hold elections?" has several answers (R294)."""
    at = text.find(when)
    fronted = FRONTED.match(text)
    if at < 0 or fronted and at < fronted.end():
        at = fronted.end() if fronted else 0  # (the year before the subject: its main clause)
    start = max(text.rfind(m, 0, at) for m in CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(m, at + len(when)) for m in CLAUSE_MARKS) if i >= 0]
    clause = text[start : min(ends, default=len(text))]
    own = set(re.findall(r"[A-Z][\w'’.-]*", f"{facts.subject.bare} {facts.title}"))
    if any(w not in own for w in re.findall(r"(?<!^)(?<!\. )\b[A-Z][\w'’.-]*", clause.strip())):
        return False  # a name tells which ("joined Shanghai Shenxin in July 2014")
    deed = {_lemma(w) for w in DEED_WORD.findall(clause)} - DEED_STOP
    years = set(YEAR_IN_TEXT.findall(when))
    if len(deed) < 2 or not years:
        return False
    for other, words in _once(_sentence_words, facts):
        told = set(YEAR_IN_TEXT.findall(other))
        if told and not told & years and deed <= words:
            return True
    return False


CLAUSE_MARKS = (",", ";", " which ", " who ", " and ", " but ")
DEED_WORD = re.compile(r"\b[a-z]{4,}\b")
DEED_STOP = frozenset(
    "that this with from were have been into also than then their there when born died".split()
)


def _lemma(word: str) -> str:
    """A verb's base form ("held" -> hold), a plural's singular ("elections" -> election)."""
    return base_form(word, "VBD") or base_form(word, "VBN") or singular(word)


def _sentence_words(facts: Facts) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each dated sentence of the running text with its words' base forms."""
    return tuple(
        (t, frozenset(map(_lemma, DEED_WORD.findall(t))))
        for t in prose_sentences(facts.prose)
        if YEAR_IN_TEXT.search(t)
    )


def namesake_that_year(text: str, name: str, facts: Facts) -> bool:
    """Another name of the name's kind (an act, a treaty, an award, a battle) that a sentence
    of one of this sentence's years gives: "Which act did Lincoln sign in 1862?" (the
    Homestead Act) beside "The Morrill Land-Grant Colleges Act, signed in 1862" (R295)."""
    words = name.split()
    years = set(YEAR_IN_TEXT.findall(text))
    if not years or len(words) < 2:
        return False
    if words[-1] in DOCUMENT_KINDS:
        pattern = re.compile(rf"\b(?:[A-Z][\w'’.-]*[ -])+{words[-1]}s?\b")
    elif words[0] in DOCUMENT_KINDS and words[1] == "of":
        pattern = re.compile(rf"\b{words[0]} of (?:the )?[A-Z][\w'’.-]*")
    else:
        return False
    for other in prose_sentences(facts.prose):
        if name not in other and set(YEAR_IN_TEXT.findall(other)) & years:
            if any(not set(m.group().split()) <= set(words) for m in pattern.finditer(other)):
                return True  # (not "Pan American Games" beside "1st Pan American Games")
    return False


DOCUMENT_KINDS = frozenset(
    """Act Treaty Award Prize Medal Agreement Accord Convention Declaration Amendment Bill
    Battle Siege Games""".split()
)


def whens(text: str) -> set[str]:
    """The years ``text`` gives, each with its month where one goes before it ("1990-04")."""
    out = set()
    for year in YEAR_IN_TEXT.finditer(text):
        month = MONTH.search(text, max(0, year.start() - 15), year.start())  # "April 1990",
        if month and not DAYS.fullmatch(text[month.end() : year.start()]):  # "May 5, 1990",
            month = None  # "April 29–30, 1990"; not a month of another clause
        out.add(
            f"{year.group()}-{MONTHS.split().index(month.group()):02}" if month else year.group()
        )
    return out


def _fits(asked: str, told: str) -> bool:
    return asked[:4] == told[:4] and (len(asked) == 4 or len(told) == 4 or asked == told)


def event_before(text: str, at: int) -> tuple[str, ...]:
    """The verb group of the event a year at ``at`` dates ("was founded in _____"), or ()
    (not "formed on April 30, 1944, and was discontinued on _____")."""
    found = [m for m in EVENT.finditer(text, max(0, at - NEAR), at)]
    if not found or not GOVERNS.fullmatch(text, found[-1].end(), at):
        return ()
    return GROUP_OF[found[-1].group(1)]


def dated_otherwise(group: tuple[str, ...], value: str, facts: Facts, own: str = "") -> bool:
    """Whether a sentence the subject leads (``own``, the asked one, aside) dates an event of
    ``group`` otherwise than ``value`` does: a learner could answer either ("discovered in
    1899" and "Giesel independently discovered actinium in 1902", R291; "Magnolia Plantation,
    built in 1832" beside "built in 1855"; "created on November 5, 1990" beside "founded ...
    in April 1990", R293)."""
    asked = whens(value)
    if not group or not asked:
        return False
    return any(
        not any(_fits(a, t) for a in asked for t in told)
        for _, told in event_years(group, facts, own)
    )


def event_years(group: tuple[str, ...], facts: Facts, own: str = "") -> list[tuple[str, set[str]]]:
    """The sentences the subject leads that date its event of ``group``, with their years."""
    out = []
    for text in _once(_led_sentences, facts):
        if text != own and any(word in text for word in group):
            told = dated_event(text, facts)
            if told and told[0] is group:
                out.append((text, told[1]))
    if group is GROUPS[0]:  # a band's first active year is its start ("formed in 2004" beside
        for field in facts.infobox:  # "Years active: 2005–2012", R294)
            first = YEAR_IN_TEXT.search(field.value) if ACTIVE.fullmatch(field.name) else None
            if first:
                out.append((f"{field.label}: {field.value}", {first.group()}))
    return out


def dated_event(text: str, facts: Facts) -> tuple[tuple[str, ...], set[str]] | None:
    """The event of the subject's that ``text`` dates, and its years: the subject's own verb,
    early and not of a clause ("Tate married Ann, who died in 1847"), passive or with no object
    ("formed in 2003", not "formed a nonprofit in 2011"), not qualified by a place or a
    circumstance ("In Australia, it premiered in 2015"); or its event done to the subject."""
    fronted = (timeline := TIMELINE.match(text)) or FRONTED.match(text)
    if fronted and not timeline and not DATE_PHRASE.fullmatch(fronted.group()):
        return None  # "In Australia, ...", "In 2015 another live-action Ao Oni film, ..."
    main = text[fronted.end() :] if fronted else text
    match = _done_to(facts, main)  # "Giesel independently discovered actinium in 1902"
    if match is None:
        match = EVENT.search(main, 0, LONG_VERB if DEFINITION.match(main) else MAIN_VERB)
        if match is None or OTHER_CLAUSE.search(main, 0, match.start()):
            return None
        if not (PASSIVE.search(main, 0, match.start()) or DATED_NEXT.match(main, match.end())):
            return None
    told = GOVERNED.match(main, match.end())  # "formed in June 2011", not "built on the
    years = whens(told.group(1)) if told else set()  # foundations of a house built in 1835"
    if not years and fronted:
        years = whens(fronted.group())
    return (GROUP_OF[match.group(1)], years) if years else None


def _done_to(facts: Facts, text: str) -> re.Match[str] | None:
    """An event verb with the subject for its object ("discovered actinium")."""
    bare = facts.subject.bare
    pattern = rf"{EVENT.pattern} (?:the )?{re.escape(bare)}\b(?! [A-Z]|['’])"  # (not "the ...
    return re.search(pattern, text) if bare else None  # Mentor Program", "the Sun's single")


def _led_sentences(facts: Facts) -> tuple[str, ...]:
    """The article's sentences (used or not) that tell an event and that its subject leads
    (or, of a thing, "It" or "They")."""
    texts = [s.text for s in facts.sentences] + list(prose_sentences(facts.prose))
    short = [a for a, b in facts.acronyms.items() if b.phrase == facts.subject.bare]
    if short:  # "URP was founded ...": the subject by its acronym ("(URP)" after it dropped)
        bare = (re.sub(rf" \({re.escape(short[0])}\)", "", t) for t in texts)
        texts = [re.sub(rf"\b{re.escape(short[0])}\b", facts.subject.bare, t) for t in bare]
    person = facts.subject.person  # (a person's "He died in 1824" may be the father's)
    return tuple(dict.fromkeys(t for t in texts if EVENT.search(t) and _led(t, facts, person)))


def _led(text: str, facts: Facts, person: bool) -> bool:
    if timeline := TIMELINE.match(text):  # "April 29–30, 1990 - Ukrainian Republican Party"
        text = text[timeline.end() :]
    if not person and PRONOUN.match(FRONTED.sub("", text, count=1)):
        return True
    return led_by_subject(text, facts) or _done_to(facts, text) is not None


def _once(make: Callable[[Facts], T], facts: Facts) -> T:
    """``make(facts)`` worked out once per article (the last article's results are kept)."""
    cached = _CACHE.get(make)
    if cached is None or cached[0] is not facts:
        cached = _CACHE[make] = (facts, make(facts))
    return cast(T, cached[1])


_CACHE: dict[Callable[[Facts], object], tuple[Facts, object]] = {}
