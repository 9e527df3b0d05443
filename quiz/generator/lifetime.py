"""A person's deed dated outside their life: a typo of the source's year ("In 1876, McDowell
presided over the first county court" of a man who died in 1817, R74), or another person's
deed ("In 1815, Marx began working as an attorney": his father's; Karl was born in 1818, R77)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher
from typing import Protocol

from quiz.generator.derive import NUMBER_WORDS
from quiz.generator.spans import FULL_MONTH, YEAR_IN_TEXT
from quiz.generator.subject import Subject
from quiz.generator.tidy import without_stray_stop
from quiz.text import normalize

POSTHUMOUS = re.compile(r"(?i)\bposthum|\bafter (?:his|her|their) death\b|\bmemor|\bhonou?r")


def acts_outside_life(text: str, subject: Subject, born: int | None, died: int | None) -> bool:
    """``text`` has the subject do something ("presided", not "was inducted") in a year before
    their birth or later than the year after their death."""
    if not subject.person or not (born or died) or POSTHUMOUS.search(text):
        return False
    name = re.escape(subject.bare)
    deed = re.match(
        rf"(?:(?:In|By|During) (?:[A-Z][a-z]+ )?\d{{4}},? )?(?:{name}|He|She) "
        rf"(?!(?:was|were|is|has|had|would|will)\b)[a-z]+(?:ed|an|ame|ote|on|ew|ent|ought)\b",
        text,
    )
    first = YEAR_IN_TEXT.search(text)
    if not deed or not first:
        return False
    year = int(first.group())
    return bool(born and year < born or died and year > died + 1)


# The lead's opening parenthesis: "John, Dauphin of France (31 August 1398 - 5 April 1417) was".
OPENING = re.compile(r"^[^(.]{0,150}?\(([^()]*)\)")


def lead_life(prose: str, person: bool) -> tuple[int | None, int | None]:
    """A person's years of birth and death from the lead's opening parenthesis, for an
    article without an infobox to give them: "(31 August 1398 - 5 April 1417)", "(born 1946)";
    also a guess ("c. 1398 – 1417"): bounds for wrong years, not a fact to ask."""
    years = {name: _year(value) for name, _, value in _opening_dates(prose, person)[1]}
    return years.get("birth_date"), years.get("death_date")


def opening_years(prose: str, person: bool) -> list[int]:
    """Every year the lead's opening parenthesis names, guesses and spans too ("circa
    1435-1440 - 1507"): bounds for wrong choices, never a fact to ask."""
    found = OPENING.match(prose) if person else None
    return [int(y) for y in re.findall(r"(?<!\d)\d{3,4}(?!\d)", found[1])] if found else []


DATE = rf"(?:\d{{1,2}} (?:{FULL_MONTH}) \d{{3,4}}|(?:{FULL_MONTH}) \d{{1,2}},? \d{{3,4}}|\d{{3,4}})"
BORN = re.compile(rf"\b(?:born|b\.) (?:on )?({DATE})")
DIED = re.compile(rf"\b(?:died|d\.) (?:on )?({DATE})")
LIFESPAN = re.compile(rf"(?:(?:c|ca)\. )?({DATE}) ?[–—-] ?(?:(?:c|ca)\. )?({DATE})")
UNSURE = re.compile(r"(?i)\b(?:c|ca|fl)\.|\b(?:circa|about|or|BC|BCE|AD|CE)\b|\?")


def lead_life_dates(prose: str, person: bool) -> list[tuple[str, str, str]]:
    """A person's birth and death from the lead's opening parenthesis, as infobox lines
    (name, label, value): "(February 5, 1848 – May 12, 1907)", "(1868–1948)", "(born 3 July
    1954)", "(born 18 September 1913 in Albernau; died 8 June 1973 in Offenbach)". Nothing
    for a guess ("c. 1200", "902 or 903") or an era's years ("495–429 BC")."""
    inside, dates = _opening_dates(prose, person)
    return [] if UNSURE.search(inside) else dates


def _opening_dates(prose: str, person: bool) -> tuple[str, list[tuple[str, str, str]]]:
    """The lead's opening parenthesis and the birth and death dates it gives (none for a life
    that runs backwards or past 110 years)."""
    found = OPENING.match(prose) if person else None
    if not found:
        return "", []
    inside = found.group(1).strip(" ;,")
    born, died = BORN.search(inside), DIED.search(inside)
    span = None if born or died else LIFESPAN.fullmatch(inside)
    birth = born[1] if born else span[1] if span else ""
    death = died[1] if died else span[2] if span else ""
    dates = [
        (name, label, _comma_year(v))
        for name, label, v in (("birth_date", "Born", birth), ("death_date", "Died", death))
        if v
    ]
    years = [_year(value) for *_, value in dates]
    if len(years) == 2 and not 0 < years[1] - years[0] <= 110:
        return inside, []
    return inside, dates


def _comma_year(date: str) -> str:
    """A month-first date with its comma before the year ("May 12, 1907"; "May 12 1907" too)."""
    return re.sub(r",? (\d{3,4})$", r", \1", date) if re.match(r"[A-Z]", date) else date


def _year(date: str) -> int:
    """A life date's year ("5 September 1972" -> 1972, "763" -> 763)."""
    return int(re.findall(r"\d{3,4}", date)[-1])


# A year with an age: "joined the army in 1960, at age 17", "Aged 20, in 1885 he ...", "in
# 1716, at just under the age of thirteen" (R178's Jonathan Edwards: born 1703, not 1691).
AGES = "|".join(w for w, n in NUMBER_WORDS.items() if n < 100 and " " not in w)
AGE = r"(?:at (?:just |about |nearly |almost )?(?:under |over )?(?:the )?age (?:of )?|[Aa]ged )"
AGE_IN_YEAR = re.compile(
    rf"\b[Ii]n (\d{{4}})\b[^.;]{{0,60}}?\b{AGE}(\d{{1,2}}|{AGES})\b|"
    rf"\b{AGE}(\d{{1,2}}|{AGES}),? [^.;]{{0,40}}?\b[Ii]n (\d{{4}})\b"
)


def birth_worked_out(prose: str, born: int) -> bool:
    """The prose lets a reader work out the birth year ``born`` from an age in a dated year,
    which rules out any false year of birth (R123: "born on 23 August 1935" (False) beside
    "Which army did Alcala join in 1960, at age 17?")."""
    for match in AGE_IN_YEAR.finditer(prose):
        year, said = (match[1], match[2]) if match[1] else (match[4], match[3])
        age = int(said) if said.isdigit() else int(NUMBER_WORDS[said])
        if int(year) - age - 1 <= born <= int(year) - age:
            return True
    return False


class Named(Protocol):
    """An infobox line: its field's name and its value."""

    name: str
    value: str


def life_line(infobox: Iterable[Named], field: str = "birth_date") -> Named | None:
    """The infobox line of the subject's birth (or death): the field under its canonical name
    (facts gives "dateofbirth" as "birth_date"), or a musical artist's "Born: 22 July 1907 <br>
    Bukittinggi" (a date and a place: no date field)."""
    names = {field, "born" if field == "birth_date" else "died"}
    return next((line for line in infobox if line.name.strip().lower() in names), None)


def infobox_year(infobox: Iterable[Named], field: str = "birth_date") -> int | None:
    """The subject's year of birth (or of death), from its infobox (see ``life_line``)."""
    line = life_line(infobox, field)
    found = re.search(r"\b(1\d{3}|20\d{2})\b", line.value) if line else None
    return int(found.group()) if found else None


EITHER_YEAR = re.compile(r"\b(\d{3,4})\b[^.;()\d]{0,25}? or [^.;()\d]{0,15}?\b(\d{3,4})\b")


def disputed_place(line: Named, aside: Mapping[str, frozenset[str]]) -> bool:
    """A birth or death place that the Persondata template gives as another town, or as the
    same town in a county spelt nearly alike ("Little Hereford, Hertfordshire" beside
    "Little Hereford, Herefordshire", R416): one of the two is wrong, and which is unknown."""
    if not line.name.endswith("_place") or not (told := aside.get(line.name)):
        return False
    town = normalize(line.value.split(",")[0])
    words = set(re.findall(r"[A-Z][a-z]{7,}", line.value))  # (a county's: not "Spain" beside
    # "Spanish State", two names of one place)
    for other in told:
        theirs = normalize(other.split(",")[0])
        if town and theirs and town not in theirs and theirs not in town:
            return True  # ("Oak Park, Illinois" beside "Chicago")
        others = set(re.findall(r"[A-Z][a-z]{7,}", other))
        if any(
            SequenceMatcher(None, a, b).ratio() >= 0.8
            for a in words - others
            for b in others - words
        ):
            return True
    return False


def disputed_year(line: Named, categories: Mapping[str, frozenset[str]], prose: str) -> bool:
    """A date line whose year the article gives otherwise: a birth or death year none of its
    categories gives ("[[Category:1929 births]]" beside "born 3 April 1928", R351), or a year
    the text gives as one of two ("born in Oviedo in 759 or 760", "in either 1475 or 1476",
    R354: the other is as right)."""
    if not line.name.endswith("_date") or not (year := re.search(r"\b\d{3,4}\b", line.value)):
        return False
    listed = categories.get(line.name, frozenset())
    if listed and year.group() not in listed:
        return True
    return any(
        year.group() in pair and abs(int(pair[0]) - int(pair[1])) <= 2
        for pair in EITHER_YEAR.findall(prose)
    )


# A birth or death the text hedges: "officially, he was born", "his death has been reportedly
# as early as 1889", "it has been alledged that he died" (a hedge within three words of it).
HEDGE = r"(?:allegedly|alle?dged|reportedly|supposedly|officially|rumou?red)"
# A date in doubt: "he could also have been born in 1493" (R429; its place stays asked).
DOUBTED_YEAR = re.compile(
    r"(?i)\b(?:could|might|may|possibly|probably|perhaps)\b(?: \w+){0,3} (?:born|died)"
    r"(?: \w+){0,3} \d{4}\b"
)
HEDGED_LIFE = re.compile(
    rf"(?i)\b{HEDGE},? (?:\w+ ){{0,3}}(?:born|died|birth|death)\b"
    rf"|\b(?:born|died|birth|death) (?:\w+ ){{0,3}}{HEDGE}\b"
)
PRESUMED_DEAD = re.compile(r"(?i)[\[(](?:assumed|presumed|believed|declared) (?:to be )?dead\b")
OWN_LIFE = re.compile(r"(?i)\b(?:he|she|his|her)\b")  # (the hedged life is a person's)


def hedged_life(line: Named, prose: str) -> bool:
    """A birth's or death's date or place where the text hedges that birth or death ("he
    allegedly died in the 1889 flood; 1929 is the official date", R388): which one to learn?"""
    if not re.match(r"(?:birth|death)_(?:date|place)$", line.name):
        return False
    kind = "(?:born|birth)" if line.name.startswith("birth") else "(?:died|death)"
    if kind.startswith("(?:died") and PRESUMED_DEAD.search(prose):
        return True  # "12 May 1863 [assumed dead]": where did Radama II die? (R412)
    for m in DOUBTED_YEAR.finditer(prose) if line.name.endswith("date") else ():
        if re.search(kind, m[0]) and OWN_LIFE.search(prose[max(0, m.start() - 25) : m.end()]):
            return True
    for m in HEDGED_LIFE.finditer(prose):
        before = prose[max(0, m.start() - 25) : m.start()]  # ("His actual date of birth was")
        opens = not before or before.endswith((". ", "\n"))  # (the sentence's first words)
        if re.search(kind, m[0]) and (OWN_LIFE.search(before + m[0]) or opens):
            return True  # (a person's: not "the modern Olympic movement was officially born")
    return False


def other_year(given: str, told: str) -> bool:
    """An infobox's birth (or death) whose year is not the one the lead's opening gives."""
    years, opening = YEAR_IN_TEXT.findall(given), YEAR_IN_TEXT.findall(told)
    return bool(years and opening and years[0] != opening[0])


# A sentence that tells the subject's birth or death where no infobox or lead bracket does:
# "Pine was born on October 19, 1885 in Cincinnati, Ohio.", "He died on February 21, 1953."
WORDS = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|del|da|upon|on))*"  # ("Stratford upon Avon")
PLACE = rf"{WORDS}(?:, {WORDS}){{0,2}}"
TOLD_END = r"(?=[.;,]|$| and | to | where | after | at the age)"


def told_life(sentences: Iterable[str], subject: Subject) -> list[tuple[str, str, str]]:
    """The subject's birth and death as infobox lines (name, label, value), from the first
    sentence that tells each: date and place of "X was born on DATE in PLACE" ("born in
    Moscow and started playing the piano"), of "X died on DATE". Nothing from a guess ("about
    1885") nor from a sentence on someone else; no full stop after it (``without_stray_stop``)."""
    if not subject.person:
        return []
    names = "|".join(re.escape(n) for n in {subject.bare, subject.title.split(" (")[0]} if n)
    dated = rf"(?:on |in )?(?P<d>{DATE})(?:,? (?:in|at) (?P<p>{PLACE}))?"
    placed = rf"(?:in|at) (?P<q>{PLACE})(?:,? (?:on (?P<e>{DATE})|in (?P<y>\d{{4}})))?"
    tellings = [
        (prefix, re.compile(rf"(?:{names}) {verb} (?:{dated}|{placed}){TOLD_END}"))
        for verb, prefix in (("was born", "birth"), ("died", "death"))
    ]  # (made once per article, tried on every sentence)
    lines: dict[str, str] = {}
    for text in sentences:
        if UNSURE.search(text):
            continue
        for prefix, telling in tellings:
            told = telling.match(text)
            if not told or f"{prefix}_date" in lines or f"{prefix}_place" in lines:
                continue
            date, place = told["d"] or told["e"] or told["y"], told["p"] or told["q"]
            if date and (not date.isdigit() or len(date) == 4):  # (a day, or a 4-digit year)
                lines[f"{prefix}_date"] = _comma_year(date)
            month = re.match(rf"(?:{FULL_MONTH})\b", place or "")  # (not "St" of "St. Louis")
            if place and re.search(r"[A-Z][^\W\d_]{2}", place) and not month:
                lines[f"{prefix}_place"] = without_stray_stop(place)
    labels = {"birth_date": "Born", "birth_place": "Birthplace", "death_date": "Died"}
    return [(name, labels.get(name, "Place of death"), value) for name, value in lines.items()]
