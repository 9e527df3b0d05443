"""A results table's second and third places are asked where the infobox names the podium."""

from __future__ import annotations

from test_generator_r73 import prompts
from test_generator_stop61 import RIDERS, _classification, _race

from quiz.generator.generate import build_bank

GRAND_PRIX = "the 2008 Exland motorcycle Grand Prix"


def _asked(
    fields: str, tables: str = _classification("MotoGP classification", RIDERS)
) -> dict[str, str]:
    bank = build_bank("2008 Exland motorcycle Grand Prix", _race(fields, tables))
    return {q.prompt: q.answer for q in bank.questions}


def test_the_placings_the_infobox_names_are_asked() -> None:
    # The race report's infobox lists the podium ("Second_Rider_MotoGP"): the article's own
    # summary holds second and third place key facts of the race.
    fields = (
        "| First_Rider_MotoGP = Ann Vole\n| Second_Rider_MotoGP = Ben Okoro\n"
        "| Third_Rider_MotoGP = Carl Durand\n"
    )
    asked = _asked(fields)
    where = f"In the MotoGP classification of {GRAND_PRIX}"
    assert asked[f"{where}, which rider finished first?"] == "Ann Vole"
    assert asked[f"{where}, which rider finished second?"] == "Ben Okoro"
    assert asked[f"{where}, which rider finished third?"] == "Carl Durand"
    assert not [p for p in asked if "fourth" in p]


def test_a_placing_the_infobox_does_not_name_is_not_asked() -> None:
    # R262: "which jockey finished third?" where only the winner is named beyond the table;
    # a podium line naming another rider than the table's does not bring the row in either.
    asked = _asked("| First_Rider_MotoGP = Ann Vole\n| Third_Rider_MotoGP = Fay Huber\n")
    assert any(p.endswith("finished first?") for p in asked), asked
    assert not [p for p in asked if "second" in p or "third" in p], asked


def test_a_lone_race_table_is_asked_at_the_race() -> None:
    # "In the race of the 1994 San Marino Grand Prix, which driver finished first?" read oddly
    # (a "Classification > Race" table); the race report's own items say "At ...".
    tables = "== Classification ==\n" + _classification("Race", RIDERS).replace("==", "===")
    text = _race("| First_Driver = Ann Vole\n| Second_Driver = Ben Okoro\n", tables)
    asked = prompts("2008 Exland Grand Prix", text)
    assert "At the 2008 Exland Grand Prix, which rider finished first?" in asked, asked
    assert "At the 2008 Exland Grand Prix, which rider finished second?" in asked, asked
    assert not [p for p in asked if "In the race of" in p], asked


def test_a_support_class_podium_is_not_asked() -> None:
    # R422: "third in the 125 cc race" and "second in the 125 cc race" failed as minor results;
    # the main class is the one the infobox lists first
    fields = (
        "| First_Rider_MotoGP = Fay Huber\n| Second_Rider_MotoGP = Eve Garnier\n"
        "| First_Rider_125 = Ann Vole\n| Second_Rider_125 = Ben Okoro\n"
        "| Third_Rider_125 = Carl Durand\n"
    )
    tables = _classification("MotoGP classification", RIDERS[::-1]) + _classification(
        "125 cc classification", RIDERS
    )
    asked = _asked(fields, tables)
    assert asked[f"In the MotoGP classification of {GRAND_PRIX}, which rider finished second?"] == (
        "Eve Garnier"
    )
    assert asked[f"In the 125 cc classification of {GRAND_PRIX}, which rider finished first?"] == (
        "Ann Vole"
    )
    assert not [p for p in asked if "125" in p and ("second" in p or "third" in p)], asked
