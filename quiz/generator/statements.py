"""Whether a sentence, or one trimmed round a span, may be asked as a true statement."""

from __future__ import annotations

import os
import re

from quiz.generator import answers, checks, substance
from quiz.generator.facts import Facts
from quiz.generator.rivals import FRAME, other_close_value
from quiz.generator.salience import MAJOR_EVENT
from quiz.generator.spans import FULL_MONTH, YEAR_IN_TEXT, Span

# A product's model code ("its low-cost smartphone, Changhong H5018"): as true or false it asks
# a catalogue detail (R435), as a catalogue number is (``answers``).
MODEL_CODE = re.compile(r"\b[A-Z]{1,3}\d{3,}[A-Za-z]*\b")


def statable(text: str, facts: Facts) -> bool:
    """A clear statement of fact (``checks.statement_ok``) about the subject, not an aside
    ("Los Angeles is due to host the 2028 Olympics"), that says more than the title (R78) and
    names something ("Punjabi music is very popular": vague), also where every sentence is
    wanted (an article with few questions): there, definitions that name nothing
    ("Accessibility is the degree to which a product ... is available to as many people as
    possible") failed 8 of 14 in R236-R239 as true from their own words."""
    title = facts.title
    return (
        checks.statement_ok(text)
        and answers.about_subject(text, facts)
        and substance.names_something(text, title)
        and not substance.says_the_title(text, title, 3, facts.subject.name)
        and not home_in_name(text)
        and not dated_otherwise(text, facts)
        and not spelt_otherwise(text, title)
        and not told_another_value(text, facts.prose)
        and not minor_dated(text)
        and not MODEL_CODE.search(text)
    )


def minor_dated(text: str) -> bool:
    """A statement dated by a year that is no major event's (``salience.MAJOR_EVENT``): as
    true or false it asks the year of a detail ("In 2004, OfficeMax unveiled a new mascot";
    "elected Dane Of The Year in 1984" for 1990). Reviews passed 67% of such statements,
    94% of a founding's, a war's or a birth's, and 91% of those with no year (R296-R362)."""
    return bool(YEAR_IN_TEXT.search(text)) and not MAJOR_EVENT.search(text)


def told_another_value(text: str, prose: str) -> bool:
    """A figure of the statement that the article gives otherwise too ("a strength of around
    1100" beside "... of around 2000 students"): true under one reading only (R299)."""
    for found in re.finditer(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?!\w|,\d)", text):
        if FRAME.search(text, 0, found.start()) or not YEAR_IN_TEXT.fullmatch(found.group()):
            span = Span(found.start(), found.end(), found.group(), "number")
            if other_close_value(text, span, prose):
                return True
    return False


def spelt_otherwise(text: str, title: str) -> bool:
    """A word of the title spelt one letter otherwise: "Philip M. Merikle" in the bank "Phillip
    M. Merikle" reads as the change that makes the statement false (R262)."""
    for word in re.findall(r"\b[A-Z][a-z]{3,}\b", title):
        for other in re.findall(rf"\b{word[:2]}[a-z]{{2,}}\b", text):
            if other != word and other.rstrip("s") != word.rstrip("s") and _one_edit(other, word):
                return True
    return False


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter added, dropped or changed inside the word (not an
    ending: "Azerbaijan" of "Azerbaijani" is no misspelling)."""
    start = len(os.path.commonprefix([a, b]))
    rest_a, rest_b = a[start:], b[start:]
    end = len(os.path.commonprefix([rest_a[::-1], rest_b[::-1]]))
    return end > 0 and max(len(rest_a), len(rest_b)) - end <= 1


# A name and the one place it is said to be in: "Birmingham City is an English professional
# football club based in Birmingham" (R257: the name tells where).
HOME = re.compile(
    r"(?:The )?((?:[A-Z][\w'’.-]* ){0,4}[A-Z][\w'’.-]*) (?:is|was|are|were) [^.;]*\b"
    r"(?:based|located|headquartered|situated) in (?:the city of )?([A-Z][\w'’-]+)\.$"
)


def home_in_name(text: str) -> bool:
    """The statement's one place is a word of its subject's name."""
    home = HOME.match(text)
    return bool(home and re.search(rf"\b{re.escape(home.group(2))}\b", home.group(1)))


# A day of a month, or a run of days ("March 3–10", "3–10 March").
DAYS = re.compile(
    rf"\b({FULL_MONTH}) (\d{{1,2}})(?:\s*[–-]\s*(\d{{1,2}}))?\b|"
    rf"\b(\d{{1,2}})(?:\s*[–-]\s*(\d{{1,2}}))? ({FULL_MONTH})\b"
)


def _days(text: str) -> dict[str, tuple[int, int]]:
    """The first and last day ``text`` gives of each month it names."""
    spans: dict[str, tuple[int, int]] = {}
    for m in DAYS.finditer(text):
        month = m[1] or m[6]
        days = [int(d) for d in (m[2], m[3]) if d] if m[1] else [int(d) for d in (m[4], m[5]) if d]
        low, high = spans.get(month, (min(days), max(days)))
        spans[month] = (min(low, *days), max(high, *days))
    return spans


def dated_otherwise(text: str, facts: Facts) -> bool:
    """Days of a month the infobox's dates give otherwise: "It was played between March 2 and
    March 10, 1984" beside "Dates: March 3–10, 1984" (R258: which is right?)."""
    told = _days(text) if re.search(FULL_MONTH, text) else {}
    for field in facts.infobox if told else ():
        if "date" in field.name.lower() and set(re.findall(r"\d{4}", field.value)) & set(
            re.findall(r"\d{4}", text)
        ):
            given = _days(field.value)
            if any(month in given and _clash(days, given[month]) for month, days in told.items()):
                return True
    return False


def _clash(told: tuple[int, int], given: tuple[int, int]) -> bool:
    """A day outside the days given, or a run of days with other ends."""
    return told[0] < given[0] or told[1] > given[1] or told[0] != told[1] and told != given
