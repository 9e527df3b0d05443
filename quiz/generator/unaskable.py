"""Infobox fields that have no one answer or give themselves away beside the box's other fields
(a party beside others, a taxon's order beside its family, a low building's floor count)."""

from __future__ import annotations

import re

from quiz.generator.infobox import no_winner
from quiz.generator.lexicon import known_word

OTHER_PARTY = re.compile(r"(?i)(?:other|former)_?party|party_\w+")  # ("party_election")


NOTED = re.compile(r"\((?![A-Z]{2,6}\))")  # a note, not an acronym: "Aam Aadmi Party (AAP)"


LEVELS = re.compile(r"\b(County|Province|District|Parish|Region)(?=,|$)")


def unaskable_fields(fields: list[tuple[str, str]], title: str) -> set[str]:
    """Infobox fields whose question has no one answer or gives itself away (the terms of a
    post held more than once: ``offices``): a taxon's order beside its family's stem
    ("Asterales" beside "Asteraceae", R203) and a family the title names ("Hippopotamidae" of
    the pygmy hippopotamus, R215), a party beside others ("party_election = INC", R261), a
    low building's floor count ("How many floors does Mar Hall have?": 3, R277, R282), a
    winner who is no one event's (``infobox.no_winner``), an alma mater beside an "Education"
    line (a school, R351), a party with a note ("Socialist Revolutionary (Trudovik group)",
    where the text names the Trudoviks, R352), a former state's predecessor or successor
    beside a second one ("p1 = Goryeo", "p2 = Tamna": which state preceded Joseon?), a
    country's independence beside a second one, a legislature named in plain words or by the
    title ("National Assembly", "Nebraska Legislature": guessed), a line of two places of one
    level ("County: Union County, Northumberland County", R460); a settlement's first part
    ("parts_type = Settlements", "p1 = Coachford"), which is no predecessor."""
    stems = {v[:4] for n, v in fields if n.strip().lower() in ("familia", "family")}
    schooled = any(n.strip().lower() == "education" for n, _ in fields)
    parties = {v for n, v in fields if OTHER_PARTY.fullmatch(n.strip())}
    named = {n.strip() for n, _ in fields}
    return (
        {
            n
            for n, v in fields
            if n.strip().lower() == "party" and (parties - {v} or NOTED.search(v))
        }
        | {n for n, _ in fields if schooled and n.strip().lower() in ("alma_mater", "alma mater")}
        | {n for n, v in fields if "floor" in n.lower() and re.fullmatch(r"\s*\d\s*", v)}
        | {n for n, v in fields if no_winner(n, v, title)}
        | {n for n, v in fields if len(set(LEVELS.findall(v))) == 1 < len(LEVELS.findall(v))}
        | {n for n, _ in fields if n.strip() in ("p1", "s1") and f"{n.strip()[0]}2" in named}
        | {n for n, _ in fields if n.strip() == "p1" and "parts_type" in named}
        | ({"independence"} if [n for n, _ in fields].count("independence") > 1 else set())
        | {n for n, v in fields if n.strip().lower() == "legislature" and _common_name(v, title)}
        | {  # (four letters: "Pinales" beside "Pinaceae", R222)
            n
            for n, v in fields
            if n.strip() == "ordo"
            and v[:4] in stems
            or n.strip() == "familia"
            and v[:5].lower() in title.lower()
        }
    )


def _common_name(value: str, title: str) -> bool:
    """A name of plain English words or one with the title's word ("Verkhovna Rada" is none)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", value)]
    own = set(re.findall(r"[a-z]{3,}", title.lower()))
    return all(known_word(w) for w in words) or bool(own & set(words))
