"""A settlement's regions from its infobox's numbered pairs: "subdivision_type1 = State" and
"subdivision_name1 = Iowa" become one line "State: Iowa", asked "In which state is Gaza?"."""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.generator.facts import InfoboxFact
from quiz.generator.kindwording import PLACE_LEVELS
from quiz.text import normalize

NUMBERED = re.compile(r"subdivision_(type|name)([12])")


def subdivisions(infobox: list[InfoboxFact], prose: str) -> list[InfoboxFact]:
    """``infobox`` with each named region below the country as a field named by its level
    ("subdivision_state"), its type line left out; a flag's size before a name dropped ("25px
    Limburg"). Levels of other names, and the country (level 0), are left as they were; a
    region the text (``prose``, normalised and spaced) never names is left out: "Noord-Holland"
    where the article says "North Holland" (R290-R291: typed in English, marked wrong)."""
    fields = {f.name.strip().lower(): f for f in infobox}
    out: list[InfoboxFact] = []
    for field in infobox:
        numbered = NUMBERED.fullmatch(field.name.strip().lower())
        if not numbered:
            out.append(field)
            continue
        kind = fields.get(f"subdivision_type{numbered[2]}")
        level = kind.value.strip().lower() if kind else ""
        if level not in PLACE_LEVELS:  # (not "Rayon", "Barony", "Sub-provincial city")
            out.append(field)
        elif numbered[1] == "name":
            value = re.sub(r"^\d+px ", "", field.value)
            if f" {normalize(value)} " not in prose:
                continue
            named = f"subdivision_{level}"
            out.append(replace(field, name=named, label=level.title(), value=value))
    return out
