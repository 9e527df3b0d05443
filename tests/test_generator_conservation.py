"""A species' conservation status from its taxobox, where its text tells it (conservation.py)."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.conservation import CATEGORIES
from quiz.generator.generate import build_bank
from quiz.generator.subject import find_subject
from quiz.generator.wikitext import parse_article
from quiz.model import Question

ASKED = "What is the conservation status of the exland vole on the IUCN Red List?"


def _species(status: str, said: str, system: str = "iucn3.1") -> list[Question]:
    box = (
        "{{Taxobox\n| name = Exland vole\n"
        f"| status = {status}\n| status_system = {system}\n"
        "| regnum = Animalia\n| genus = Exomys\n| species = E. vark\n"
        "| binomial = ''Exomys vark''\n}}\n"
    )
    text = (
        f"The {Q}exland vole{Q} (''Exomys vark'') is a small rodent of the Exland hills. "
        f"The species is {said} by the IUCN.\n"
    )
    return build_bank("Exland vole", box + text).questions


def test_the_status_the_box_gives_and_the_text_tells_is_asked() -> None:
    asked = {q.prompt: q for q in _species("NT", "listed as Near Threatened")}
    status = asked[ASKED]
    assert status.answer == "Near Threatened"
    if status.kind == "mcq":
        assert set(status.choices) <= set(CATEGORIES) and len(set(status.choices)) == 4
        assert {"Least Concern", "Vulnerable"} <= set(status.choices)  # (its neighbours)


def test_no_status_the_text_tells_otherwise_or_not_at_all() -> None:
    # the box's "LC" beside the text's "Vulnerable" (an assessment changed): which is right?
    assert not [q for q in _species("LC", "listed as Vulnerable") if "IUCN" in q.prompt]
    assert not [q for q in _species("LC", "common in its range") if "IUCN" in q.prompt]
    assert not [q for q in _species("DOM", "kept as a pet") if "IUCN" in q.prompt]
    assert not [q for q in _species("G4", "listed as Least Concern", "TNC") if "IUCN" in q.prompt]


def test_the_species_is_the_subject_of_a_species_box() -> None:
    # "The species is negatively affected by ..." of Pallas's cat was dropped: "the species"
    # pointed to nothing, its box no kind of subject
    box = "{{Taxobox\n| name = Exland vole\n| binomial = ''Exomys vark''\n}}\n"
    article = parse_article("Exland vole", f"{box}The {Q}exland vole{Q} is a rodent.\n")
    assert "species" in find_subject(article).kinds


def test_the_choices_are_in_another_order_for_another_species() -> None:
    # R423: every "Least Concern" species had its four choices in one order, the answer last
    orders = set()
    for name in ("Exland vole", "Wyton vole", "Exton shrew", "Vark mole", "Ploy bat"):
        box = (
            f"{{{{Taxobox\n| name = {name}\n| status = LC\n| status_system = iucn3.1\n"
            "| binomial = ''Exomys vark''\n}}\n"
        )
        text = f"The {Q}{name.lower()}{Q} is a rodent. It is listed as Least Concern.\n"
        for q in build_bank(name, box + text).questions:
            if q.kind == "mcq" and "IUCN" in q.prompt:
                orders.add(q.choices.index("Least Concern"))
    assert len(orders) >= 2, orders
