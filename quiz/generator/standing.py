"""Infobox values a strict teacher would not ask: a figure that holds for one year the infobox
does not give, an officeholder the text never names, a national body's seat (its capital)."""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generator.gazetteer import places
from quiz.generator.general import CROWNS
from quiz.generator.nationality import NATIONALITIES

# A share of a country's output, a year's estimate: "Percent GDP: 1.4% (FY2010 est.)" asked
# "What share of GDP goes to ...?" with no year (R349, R350 failed 4 of 4).
YEARLY_FIGURE = re.compile(r"(?i)percent|gdp|per.?cent|share|amount|budget")  # ("$29.05 million
# (2005 est.)", R353)
# The office before a holder's name: "President Alexander Lukashenko", "Queen Margrethe II".
OFFICE = re.compile(rf"(?:{CROWNS}|President|Monarch|Governor[- ]General|Prime Minister|Prince)\b")
# Taking an office, and the infobox lines that date a term: the text and the infobox may date
# one step a year apart (``taken_otherwise``, ``twoyears.infobox_neighbour``). "Elected" and
# "appointed" go before the term itself: a sentence of them is asked as it is.
ACCESSION = (
    r"\b(?:succeeded|became|crowned|ascended|acceded|took office|assumed|reigned|inaugurated|"
    r"sworn in)\b"
)
TERM_FIELD = re.compile(r"(?i)reign|term|succession|coronation|office|tenure|predecessor|successor")
TERM_START = re.compile(r"(?i)term.?start|took.?office|assumed.?office|reign.?start")
TAKING = re.compile(
    rf"(?:{ACCESSION}|\b(?:appointed|elected|named)\b)[^.]{{0,80}}?\b(1\d{{3}}|20\d\d)\b"
)
COMMANDER = re.compile(r"(?i)commander.?in.?chief|supreme.?commander")


def unaskable_holding(name: str, value: str, title: str, prose: str) -> bool:
    """A value that changes or that the body's name gives away:
    - a share, a percentage or a budget with no "(year)" after it ("Percent GDP: 1.1",
      "Amount: $29.05 million (2005 est.)");
    - a commander-in-chief named without the office that makes him one, or whom the text
      never names: "Michel Djotodia", where the text calls General Bozizé the current
      president (R349; bare names passed 0 of 4, "President Alexander Lukashenko" 2 of 3);
    - the headquarters of a body named for its country: "Where is the headquarters of the
      Armed Forces of Belarus?" -> Minsk, its capital (R349 failed 2 of 3);
    - a term's start whose neighbouring year the text gives for the taking of the office
      (``taken_otherwise``)."""
    field = name.strip().lower().replace("_", " ")
    if YEARLY_FIGURE.search(field) and not re.search(r"\(\d{4}\)$", value):
        return True
    if TERM_START.search(field) and taken_otherwise(value, prose):
        return True
    if COMMANDER.fullmatch(field):
        surname = value.split()[-1] if value.split() else ""
        return not OFFICE.match(value) or surname not in prose
    return field == "headquarters" and names_a_country(title)


def names_a_country(title: str) -> bool:
    """The title names a country or its people: "Armed Forces of Belarus", "Azerbaijani Armed
    Forces", "Danish Defence"."""
    words = re.findall(r"[A-Z][\w'’-]+", title)
    if any(word in NATIONALITIES for word in words):
        return True
    return bool(_country_names().search(title))


@lru_cache(maxsize=1)
def _country_names() -> re.Pattern[str]:
    """One pattern for every country name of two words or of four letters or more, which may
    open a longer word ("Azerbaijan" in "Azerbaijani")."""
    names = (name for name, kind in places().items() if kind == "country")
    chosen = sorted((n for n in names if " " in n or len(n) > 3), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, chosen)) + ")")


def taken_otherwise(value: str, prose: str) -> bool:
    """The text dates the taking of the office a year before or after the term's start: "was
    appointed governor" under the ordinance of 1787 beside "Term start: 1788" (R355: 1787 is
    as right for "In what year did he become governor?")."""
    year = re.search(r"\b(1\d{3}|20\d\d)\b", value)
    if not year:
        return False
    near = {str(int(year[1]) - 1), str(int(year[1]) + 1)}
    return any(found[1] in near for found in TAKING.finditer(prose))
