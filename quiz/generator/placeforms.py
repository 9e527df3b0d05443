"""The parts of a place's name a learner may type for it: its town, the text's own name for
it, and the city the text says the subject is based in."""

from __future__ import annotations

import re

from quiz.generator.facts import Facts
from quiz.generator.gazetteer import city_region, gazetteer_type, sovereign
from quiz.generator.lexicon import demonym

# The questions whose answer is a place, typed by its town ("Bogotá" of "Bogotá, D.C.", R476).
PLACE_ASKED = ("Where ", "In which", "What is the capital")
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
    # "Brookline, Massachusetts" of "Brookline, Massachusetts, U.S." was only "close"; and the
    # town with a later part alone, "Guangzhou, China", "Chico, California", R463)
    towns += [f"{head}, {part}" for part in parts[2:]]
    first = head.split("-")[0] if "-" in head else ""
    alone = rf"\b(?:in|at|near) {re.escape(first)}\b(?![-\w]| [A-Z])"  # (not "in Saint Paul")
    told = bool(first) and re.search(alone, facts.prose) is not None
    forms = [*(a for a in accept if a.startswith(head)), *towns, head, *[first] * told]
    return list(dict.fromkeys([*forms, *sorted(aliases), *seats, *_cities(head, parts, facts)]))


# What the text calls a place otherwise, after its name: "Leytonstone, (then part of Essex, now
# part of London)", "Dréan (then known as Mondovi)".
OTHERWISE = (
    r",? \((?:then [^()]*?, )?(?:now part of|then known as|formerly|now called|now known as|"
    r"modern|present-day|now) ([A-Z][\w'’-]+{tail})\b"
)
AREA = re.compile(
    r"\b(?:Kingdom|Republic|Empire|R?S[FS]SR|S?F?R|Parish|County|Province|State|Region|Oblast|District|"
    r"Department|Country|Land)\b|^(?:Northern|Southern|Eastern|Western|Central|Upper|Lower) "
    r"|\w(?:shire|sex)$"  # ("Northern Lombardy" is no city, R449; nor "Vistula Country",
)  # "Sussex" or "Berkshire", whichever the gazetteer lacks)
TAIL = r"(?: [A-Z][\w'’-]+)*"


def _cities(head: str, parts: list[str], facts: Facts) -> list[str]:
    """The city a learner names for a district or suburb: a middle part of the value that is
    no region ("London" of "Mayfair, London, England"; ``_city_like``), the city the text or
    its link puts the place in ("Hampstead, London"; "[[Bel Air, Los Angeles|Bel Air]]"), and
    the name the text gives it now or then ("now part of London"; "then known as Mondovi")
    (R446), or links in brackets after it ("Hanyang ([[Seoul]])", R451)."""
    if AREA.search(head):
        return []  # ("In which county ...?": no city, nor the county's state)
    # (a middle part under a country of its own is its region, "Guangdong" of "Guangzhou,
    # Guangdong, China", R458: not the city, but a city's own region, "Tokyo"; under a
    # constituent country it may be the city, "London" of "Mayfair, London, England")
    country = sovereign(parts[-1]) or sovereign(parts[-1].split()[-1])  # ("Qing China")
    found = [p for p in parts[1:-1] if not country or city_region(p)]
    regions = set(parts[1:-1]) - set(found)  # (nor where the text says "in Wuhan, Hubei")
    targets = [to for text, to in facts.links if text == head or to.startswith(f"{head},")]
    found += [to.split(", ", 1)[1] for to in targets if ", " in to]
    name = re.escape(head)
    linked = {text for text, _ in facts.links}
    told = re.findall(  # (not "Born in Stockholm, Alfred Nobel was ...")
        rf"\b(?:in|at|near) {name}, ([A-Z][\w'’-]+{TAIL})\b(?! (?:was|is|were|had|has)\b)",
        facts.prose,
    )
    found += [place for place in told if place in linked]
    found += re.findall(rf"\b{name}{OTHERWISE.format(tail=TAIL)}", facts.prose)
    bracketed = re.findall(rf"\b{name} \(([A-Z][\w'’-]+{TAIL})\)", facts.prose)
    found += [place for place in bracketed if place in linked]  # "Hanyang ([[Seoul]])" (R451)
    return [f for f in found if f not in parts[-1:] and f not in regions and _city_like(f)]


def _city_like(part: str) -> bool:
    """A part of a place that may be its city: no region of the gazetteer's (but a city's own,
    "Tokyo" of "Shinjuku, Tokyo, Japan", R453) and no named area ("Kumamoto Prefecture")."""
    return (not gazetteer_type(part) or city_region(part)) and not AREA.search(part)


# A place's official style around its plain name: "City of Brussels" (Belgium's capital).
STYLED = re.compile(r"(?:City|Town|Municipality|Borough|Village|Commune) of ([A-Z][^,()]+)")


def plain_place(value: str) -> list[str]:
    """The plain name of a place written in its official style, to accept typed: "Brussels"
    for "City of Brussels" ([] for any other value)."""
    styled = STYLED.fullmatch(value)
    return [styled[1]] if styled else []
