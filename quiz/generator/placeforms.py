"""The parts of a place's name a learner may type for it: its town, the text's own name for
it, and the city the text says the subject is based in."""

from __future__ import annotations

import re

from quiz.generator.facts import Facts
from quiz.generator.lexicon import demonym

# Where the text says the subject is: "a non-profit organization based in Geneva".
SEAT = r"\b(?:based|headquartered|located|situated) in (?:the )?{}\b"


def place_accepts(value: str, accept: list[str], facts: Facts) -> list[str]:
    """What is accepted typed for the place ``value`` ("Rumson, New Jersey"): its first part
    (with the parts after it but the last too: "Brookline, Massachusetts" of "Brookline,
    Massachusetts, U.S.") and the ``accept`` forms that start with it ("Rumson", not "New
    Jersey"); the first part of a joined town's name where the text uses it alone
    ("Mossenberg" of "Mossenberg-Wöhren": "born in Mossenberg, today ...", R445); the name the text
    links to it ("[[Kolkata|Calcutta]]" throughout, R361; not "[[Florence|Florentine]]");
    and a later part, but the last, where the text says the subject is based there
    ("Cologny, Geneva, Switzerland" of a forum "based in Geneva")."""
    parts = [part.strip() for part in value.split(",")]
    head = parts[0]
    aliases = {t for t, to in facts.links if to == head and not demonym(t)}
    seats = [p for p in parts[1:-1] if re.search(SEAT.format(re.escape(p)), facts.prose)]
    towns = [", ".join(parts[:k]) for k in range(len(parts) - 1, 1, -1)]  # (also its region:
    # "Brookline, Massachusetts" of "Brookline, Massachusetts, U.S." was only "close")
    first = head.split("-")[0] if "-" in head else ""
    alone = rf"\b(?:in|at|near) {re.escape(first)}\b(?![-\w]| [A-Z])"  # (not "in Saint Paul")
    told = bool(first) and re.search(alone, facts.prose) is not None
    forms = [*(a for a in accept if a.startswith(head)), *towns, head, *[first] * told]
    return list(dict.fromkeys([*forms, *sorted(aliases), *seats]))


# A place's official style around its plain name: "City of Brussels" (Belgium's capital).
STYLED = re.compile(r"(?:City|Town|Municipality|Borough|Village|Commune) of ([A-Z][^,()]+)")


def plain_place(value: str) -> list[str]:
    """The plain name of a place written in its official style, to accept typed: "Brussels"
    for "City of Brussels" ([] for any other value)."""
    styled = STYLED.fullmatch(value)
    return [styled[1]] if styled else []
