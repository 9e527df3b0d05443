"""A birth or a death an infobox tells in one line with its place ("Born: April 13, 1962; Haifa,
Israel", "birth = 5 May, 1813 (Copenhagen, Denmark)"), read as a date line and a place line;
an event's dates from one year to another ("25 June 1950 – 27 July 1953") as its start and end."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quiz.generator.article import Link
from quiz.generator.spans import FULL_MONTH

# A country's founding event that is its independence: "from Portugal", "Independence from;
# the Soviet Union" (lower case; not "Declared" or "Recognized": of which two?).
FREED = re.compile(r"^(?:independence;? )?from\b.*")
# The fields that tell a birth or a death whole: a musical artist's "Born", an older
# philosopher's box's "birth".
LIFE_LINES = {"born": "birth", "birth": "birth", "died": "death", "death": "death"}
DAY_MONTH = re.compile(rf"(\d{{1,2}}) ({FULL_MONTH}),? (\d{{3,4}})")  # "5 May, 1813"
MONTH_DAY = re.compile(rf"({FULL_MONTH}) (\d{{1,2}}),? (\d{{3,4}})")  # "April 13, 1962"
YEAR_FIRST = re.compile(rf"(\d{{3,4}}),? ({FULL_MONTH}) (\d{{1,2}})")  # "1889, April 26"
# An event's dates from its first day to its last, or its years: "23 May 1618 – 15 May 1648".
DAY = (
    rf"(?:\d{{1,2}} (?:{FULL_MONTH}),? \d{{3,4}}|(?:{FULL_MONTH}) \d{{1,2}},? \d{{3,4}}|\d{{3,4}})"
)
SPAN = re.compile(rf"({DAY}) ?[–—-] ?({DAY})(?:;? \(\d+ years?\b[^()]*\))?")  # (its length)
# The date, its age ("(aged 85)"), then the place after "; " (a line break) or in brackets.
TOLD = re.compile(
    rf"(?P<date>(?:\d{{1,2}} |\d{{3,4}},? )?(?:{FULL_MONTH})(?: \d{{1,2}})?,? ?\d{{0,4}})"
    r"(?: \(aged \d{1,3}\))?(?:; (?P<place>[A-Z][^;()]*)|"
    r" \((?P<within>[A-Z][^;()]*)\))$"
)


def life_parts(
    key: str, name: str, label: str, value: str, kind: str, links: Sequence[Link] = ()
) -> list[tuple[str, str, str, str]]:
    """The lines (name, label, value, kind) an infobox field ``key`` stands for: itself, as
    ``name`` and ``label``, but for a life field: "Born: 23 December 1889" is the birth date;
    "Born: April 13, 1962; Haifa, Israel" the birth date and the place of birth (labelled
    apart: two lines of one label are not asked, "which one?"); "Born: 1889, Exville" itself;
    and "Date: 25 June 1950 – 27 July 1953" the day it began and the day it ended; a former
    state's last year "220 AD" the year 220."""
    life = LIFE_LINES.get(key)
    era = re.fullmatch(r"(?:AD|CE) (\d{3,4})|(\d{3,4}) (?:AD|CE)", value)
    if key in ("year_start", "year_end") and era:  # a former state's "220 AD" is 220 (not its
        return [(name, label, era[1] or era[2], "year")]  # "202 BC": "202" typed is wrong)
    span = SPAN.fullmatch(value) if key == "date" else None
    ends = [_full_date(span[1]) or span[1], _full_date(span[2]) or span[2]] if span else []
    years = {end[-4:] for end in ends if end[-4:].isdigit()}
    if len(years) == 2:  # ("When did the Korean War begin?", "... end?")
        typed = "year" if ends[0].isdigit() else "date"
        return [("began", "Began", ends[0], typed), ("ended", "Ended", ends[1], typed)]
    days = key == "date" and re.fullmatch(
        rf"(?:[\d ,]|{FULL_MONTH})+[–—-](?:[\d ,]|{FULL_MONTH})+", value
    )
    if days and len(one := set(re.findall(r"\b\d{4}\b", value))) == 1:
        month = set(re.findall(FULL_MONTH, value))  # ("1–3 July 1863": its year, typed also
        if len(month) == 1:  # as "July 1863", R455)
            return [(name, label, f"{month.pop()} {one.pop()}", "date")]
        return [(name, label, one.pop(), "year")]
    if life is not None and kind in ("date", "year"):
        return [(f"{life}_date", label, value, kind)]
    found = TOLD.fullmatch(value) if life is not None else None
    date = _full_date(found["date"]) if found else ""
    if not found or not date:
        return [(name, label, value, kind)]
    place = found["place"] or found["within"]
    if any(_within_a_city(place, link.target) for link in links):
        return [(f"{life}_date", label, date, "date")]  # ("North Hills, California" of Los
        # Angeles: "Los Angeles" is as right, R423)
    return [
        (f"{life}_date", label, date, "date"),
        (f"{life}_place", f"Place of {life}", place, "text"),
    ]


def _within_a_city(place: str, target: str) -> bool:
    """``place`` ("North Hills, California") is a part of a city its link's ``target`` names
    between its own parts ("North Hills, Los Angeles, California")."""
    parts, named = place.split(", "), target.split(", ")
    return len(named) > len(parts) >= 2 and named[0] == parts[0] and named[-1] == parts[-1]


def _full_date(text: str) -> str:
    """A day, a month and a year as the article writes dates ("5 May 1813", "April 26, 1889"),
    or "" where ``text`` is not one."""
    if found := DAY_MONTH.fullmatch(text):
        return f"{found[1]} {found[2]} {found[3]}"
    if found := MONTH_DAY.fullmatch(text):
        return f"{found[1]} {found[2]}, {found[3]}"
    if found := YEAR_FIRST.fullmatch(text):
        return f"{found[2]} {found[3]}, {found[1]}"
    return ""


def founding_names(fields: list[tuple[str, str]]) -> dict[str, str]:
    """What a place's founding dates name, by their fields: "established_title = Settled"
    names "established_date = 1774" (then asked "When was it first settled?"), a country's
    "established_event2 = from the United Kingdom" its date's independence."""
    return {
        re.sub(r"_(?:title|event)", "_date", name.strip().lower()): FREED.sub(
            "independence", value.strip().lower()
        )
        for name, value in fields
        if re.fullmatch(r"(?i)established_(?:title|event)\d*", name.strip())
    }
