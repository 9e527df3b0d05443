"""An election's infobox: who won a seat's election (elections.py)."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.generate import build_bank
from quiz.model import Question

TITLE = "Exland gubernatorial election, 2004"
WON = "Who won the 2004 Exland gubernatorial election?"


def _election(
    fields: str = "", text: str = "", votes: tuple[str, str] = ("512", "498")
) -> dict[str, Question]:
    box = (
        "{{Infobox election\n| election_name = Exland gubernatorial election, 2004\n"
        "| ongoing = no\n| election_date = November 2, 2004\n"
        f"| nominee1 = [[Ann Vole]]\n| party1 = Exland Party\n| popular_vote1 = {votes[0]}\n"
        f"| nominee2 = Ben Okoro\n| party2 = Wyton Party\n| popular_vote2 = {votes[1]}\n"
        f"{fields}}}}}\n"
    )
    lead = (
        f"The {Q}2004 Exland gubernatorial election{Q} was held on November 2, 2004. "
        f"{text or 'Ann Vole defeated Ben Okoro by fourteen votes.'}\n"
    )
    bank = build_bank(TITLE, box + lead)
    return {q.prompt: q for q in bank.questions}


def test_the_nominee_with_most_votes_is_asked_as_the_winner() -> None:
    asked = _election("| after_election = [[Ann Vole]]\n")
    won = {p: q.answer for p, q in asked.items() if " won " in p}
    assert won in (
        {WON: "Ann Vole"},
        {"Ann Vole won the 2004 Exland gubernatorial election.": "True"},
        {"Ben Okoro won the 2004 Exland gubernatorial election.": "False"},
    ), asked
    if WON in asked:
        assert "Vole" in asked[WON].accept
        assert asked[WON].context == "Elected: Ann Vole"  # (its "why", not "After election")
    assert [p for p in _election() if " won " in p]  # (no after_election line: votes decide)


def test_no_winner_where_the_box_and_the_votes_disagree_or_tie() -> None:
    # "after_election = Tim Wirth" in a 1980 election Gary Hart won: the box is wrong somewhere
    assert not [p for p in _election("| after_election = Cy Exton\n") if " won " in p]
    assert not [p for p in _election(votes=("500", "500")) if " won " in p]
    assert not [p for p in _election(votes=("500", "n/a")) if " won " in p]


def test_no_winner_of_an_open_election_a_parliaments_or_one_the_text_never_tells() -> None:
    assert not [p for p in _election("| ongoing = yes\n") if " won " in p]
    parliament = "| leader1 = Ann Vole\n| seats1 = 61\n"
    assert not [p for p in _election(parliament) if " won " in p]
    silent = _election(text="Turnout was high across the state.")
    assert not [p for p in silent if " won " in p]
