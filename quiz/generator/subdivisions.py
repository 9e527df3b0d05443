"""A settlement's regions from its infobox's numbered pairs: "subdivision_type1 = State" and
"subdivision_name1 = Iowa" become one line "State: Iowa", asked "In which state is Gaza?"."""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.generator.article import plain_title
from quiz.generator.facts import InfoboxFact
from quiz.generator.kindwording import PLACE_LEVELS
from quiz.generator.lexicon import gazetteer_type, known_noun
from quiz.text import normalize

NUMBERED = re.compile(r"subdivision_(type|name)([12])")
RANK = dict(county=1, district=1, region=2, state=2, province=2, department=2, prefecture=2)
COMPASS = re.compile(r"(?i)(?:north|south|east|west|central|mid)(?:[ -]?(?:east|west))?(?:ern)?")
RANK |= dict(governorate=2, oblast=2, country=3)  # (a region's level: the wider, the higher)


def placed_by_title(level: str, title: str) -> bool:
    """Whether the title's region ("Oldtown, Dublin": a county) already places the subject at
    ``level`` or wider: "In which province is Oldtown?" (Leinster) is general knowledge, "In
    which county?" has two answers, Fingal and Dublin (R340); "Harford, New York" still asks
    its county. A town's name places it in its state and country ("Concordia College, Selma":
    Alabama, R342; not "City Montessori School, Aliganj Branch": no town ends in a noun)."""
    place = title.rpartition(", ")[2] if ", " in title else ""
    if (region := gazetteer_type(place)) in RANK:
        return RANK.get(level, 0) >= RANK[region]
    named = re.fullmatch(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}", place)
    town = bool(named) and not known_noun(place.split()[-1].lower())
    return town and RANK.get(level, 0) >= RANK["state"]


def subdivisions(infobox: list[InfoboxFact], prose: str, title: str = "") -> list[InfoboxFact]:
    """``infobox`` with each named region below the country as a field named by its level
    ("subdivision_state"), its type line left out; a flag's size before a name dropped ("25px
    Limburg"). Levels of other names, and the country (level 0), are left as they were; a
    region the text (``prose``, normalised and spaced) never names is left out: "Noord-Holland"
    where the article says "North Holland" (R290-R291: typed in English, marked wrong); no level
    the title's region already gives (``placed_by_title``)."""
    fields = {f.name.strip().lower(): f for f in infobox}
    out: list[InfoboxFact] = []
    for field in infobox:
        numbered = NUMBERED.fullmatch(field.name.strip().lower())
        if not numbered:
            if not placed_by_title(field.name.strip().lower(), title):
                out.append(field)
            continue
        kind = fields.get(f"subdivision_type{numbered[2]}")
        level = kind.value.strip().lower() if kind else ""
        if level not in PLACE_LEVELS:  # (not "Rayon", "Barony", "Sub-provincial city")
            out.append(field)
        elif numbered[1] == "name":
            value = re.sub(r"^\d+px ", "", field.value)
            if f" {normalize(value)} " not in prose or COMPASS.fullmatch(value):
                continue  # (nor a region named by its bearing: "Region: South", of what? R410)
            named = f"subdivision_{level}"
            if not placed_by_title(level, title):
                out.append(replace(field, name=named, label=level.title(), value=value))
    return out


def place_subject(name: str, subject: str, title: str) -> str:
    """The name a question on a region asks by: a settlement's whole title where it holds its
    region ("In which county is Ghent, Minnesota?"; "Ghent", "Peru" or "Island" alone are
    other places or no place at all), else ``subject``."""
    own = plain_title(title)
    if name.startswith("subdivision_") and re.fullmatch(r"[^,()]+, [A-Z][^,()]+", own):
        return own
    return subject
