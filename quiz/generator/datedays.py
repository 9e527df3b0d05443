"""The days and months a text's dates give, and whether a day is told another way."""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generator.choices import date_parts
from quiz.generator.copied import FULL_DAY
from quiz.generator.spans import MONTH_YEAR


def days_in(text: str) -> set[tuple[int, int, int]]:
    """The dates to the day in ``text`` as (day, month, year)."""
    return {p[:3] for m in FULL_DAY.finditer(text) if (p := date_parts(m[0])) and p[0]}


def months_in(text: str) -> set[tuple[int, int]]:
    """The months of the dates in ``text``, whole or to the month, as (month, year)."""
    found = re.finditer(rf"{FULL_DAY.pattern}|{MONTH_YEAR}", text)
    return {p[1:3] for m in found if (p := date_parts(m[0]))}


def clashes(day: tuple[int, int, int], days: set[tuple[int, int, int]]) -> bool:
    """``day`` is one of ``days`` told another way: the same year and another day ("April 27,
    1904" beside "27 August 1904", R209), or the same day in another year ("December 20,
    1984" beside "December 20, 1983", R233)."""
    return day not in days and any(day[2] == y or day[:2] == (d, m) for d, m, y in days)


def year_slipped(text: str, values: tuple[str, ...]) -> bool:
    """A day of ``text`` that one of ``values`` (an infobox's) gives with the same day and
    month in another year: "On February 18, 2008, Rösler was appointed" beside "Term start:
    18 February 2009" (R406). One of the two is a slip; the sentence is not asked."""
    told = days_in(text)
    if not told:
        return False
    boxed = {day for value in values for day in days_in(value)}
    return any(day not in boxed and any(day[:2] == b[:2] for b in boxed) for day in told)


# An infobox value of two dated steps, each labelled: "30 August 1991 (declared) 18 October
# 1991 (independence)".
STEPS = re.compile(r"\d{4} \([a-z][^()]*\).*\d{4} \([a-z][^()]*\)")


def one_of_steps(text: str, values: tuple[str, ...]) -> bool:
    """A day of ``text`` that one of ``values`` (an infobox's) gives as one of two labelled
    steps: "Azerbaijan proclaimed its independence on _____" fits both (R437). The sentence
    is not asked; a year both steps share is no day and stays ("1934 (organized); ...")."""
    told = days_in(text)
    stepped = [days_in(value) for value in values if STEPS.search(value)]
    return bool(told) and any(len(days) > 1 and told & days for days in stepped)


SLASHED = re.compile(r"\b(\d{4})/(\d{4})\b")  # "the Union of Brest in 1595/1596"


@lru_cache(maxsize=4)
def slashed_years(prose: str) -> frozenset[str]:
    """The years ``prose`` gives as one of two ("1595/1596"), found once per article (asked
    of each year a sentence gives: ``twoyears.dated_doubt``)."""
    return frozenset(year for pair in SLASHED.findall(prose) for year in pair)
