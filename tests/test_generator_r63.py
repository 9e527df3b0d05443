"""Blind review R63: what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from test_generator_r51 import item
from test_generator_r59 import falsified_statements
from test_generator_stages import RACE

from quiz.generator.generate import build_bank
from quiz.generator.select import select

Q = "'" * 3


def test_a_team_a_results_table_lists_is_not_asked() -> None:
    # R62, R63: "In the qualifying of the 2011 Korean Grand Prix, which constructor is listed
    # for Lewis Hamilton?": his team all season, general knowledge (1 of 3 passed); since stop
    # 48 no column is asked "listed for" (R282 failed "which motorcycle is listed for ...?")
    def listed(header: str) -> list[str]:
        bank = build_bank("Exampleton Grand Prix", RACE.replace("! Manufacturer", header))
        return [q.prompt for q in bank.questions if "listed for" in q.prompt]

    for header in ("! Tyres", "! Manufacturer", "! Constructor", "! Team"):
        assert not listed(header), header
    bank = build_bank("Exampleton Grand Prix", RACE)
    assert [q for q in bank.questions if "finished first" in q.prompt]  # (the winner still is)


def test_a_year_from_which_something_holds_is_not_moved() -> None:
    # R63: "From 1880 onwards, Blackburn Olympic F.C.'s first-choice colours consisted of
    # light blue shirts" became "From 1888 onwards ..." (False): still true in 1888.
    text = (
        f"{Q}Exaville Olympic F.C.{Q} was an English football club based in [[Exaville]]. "
        "From 1880 onwards, Exaville Olympic F.C.'s first-choice colours consisted of light "
        "blue shirts and white shorts. In 1883, Exaville Olympic F.C. won the Roe Cup, beating "
        "the [[Old Etonians]] in the final.\n"
    )
    falsified = falsified_statements("Exaville Olympic F.C.", text)
    assert not any(v for t, v in falsified.items() if "onwards" in t), falsified
    assert any("onwards" in t for t in falsified), falsified


def test_a_statements_changed_year_is_what_it_tells() -> None:
    # Read in the shared Chrysler Building bank: "The Chrysler Building's height officially
    # surpassed the Woolworth's on October 16, 1935" (False) beside "On October 23, 1929, one
    # week after surpassing the Woolworth Building's height, ... the spire was assembled"
    # (True): statements keep no value, so the year the false one changes was never compared.
    surpassed = (  # (a key event's: a false year of a minor one is never stated, R220)
        "The Exa Building's observatory officially opened above the Roe Tower on October 16, 1929."
    )
    false = item(
        "a", 2, surpassed, "tf_false", surpassed.replace("1929", "1935"), "False", value=""
    )
    spire = (
        "On October 23, 1929, one week after surpassing the Roe Tower's height, the Exa "
        "Building's spire was assembled."
    )
    true = item("b", 5, spire, "tf_true", spire, "True", value="")
    assert len(select([false, true])) == 1
