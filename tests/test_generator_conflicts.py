"""A military conflict's infobox: which side won and who commanded a side (conflicts.py)."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.conflicts import _names, _one_name
from quiz.generator.generate import build_bank
from quiz.generator.typeclues import person_like, without_title


def _battle(
    result: str, commanders: str = "", title: str = "Battle of Exmouth", lead: str = ""
) -> dict[str, str]:
    box = (
        "{{Infobox military conflict\n"
        f"| conflict = {title}\n| date = 6 July 1849\n| place = Exmouth\n"
        f"| result = {result}\n"
        "| combatant1 = [[Schleswig-Holstein]]\n| combatant2 = [[Denmark]]\n"
        f"{commanders}}}}}\n"
    )
    text = (
        f"The {Q}{title}{Q} was a battle of the First Exland War.\n\n== Battle ==\n"
        "The Danish garrison broke out of the town, and Denmark won the battle against "
        f"Schleswig-Holstein. General Eduard von Bonin led the besiegers. {lead}\n"
    )
    bank = build_bank(title, box + text)
    return {q.prompt: q.answer for q in bank.questions} | {
        f"accept: {q.prompt}": "; ".join(q.accept) for q in bank.questions if q.accept
    }


def test_the_side_a_result_names_is_asked_as_the_winner() -> None:
    asked = _battle("Danish victory")
    won = {p: a for p, a in asked.items() if "won" in p and not p.startswith("accept: ")}
    assert won in (
        {"Which side won the Battle of Exmouth?": "Denmark"},
        {"Denmark won the Battle of Exmouth.": "True"},
        {"Schleswig-Holstein won the Battle of Exmouth.": "False"},
    ), asked
    assert not [p for p in _battle("Inconclusive") if "won" in p]
    assert not [p for p in _battle("Victory of Bonin's forces") if "won" in p]


def test_no_winner_where_the_title_names_a_side() -> None:
    asked = _battle("Danish victory", title="Danish siege of Exmouth")
    assert not [p for p in asked if "won" in p]


def test_each_sides_one_commander_named_in_the_text_is_asked() -> None:
    both = "| commander1 = Gen. [[Eduard von Bonin]]\n| commander2 = Col. Hans Lunding\n"
    asked = _battle("Inconclusive", both, lead="Colonel Hans Lunding held the town.")
    prompt = "Who commanded the forces of Schleswig-Holstein at the Battle of Exmouth?"
    assert asked.get(prompt) == "Eduard von Bonin"
    assert asked.get("Who commanded the forces of Denmark at the Battle of Exmouth?") == (
        "Hans Lunding"
    )
    honoured = both.replace("Col. Hans Lunding", "Commodore Don [[Hans Lunding]]")
    asked = _battle("Inconclusive", honoured, lead="Colonel Hans Lunding held the town.")
    denmark = "Who commanded the forces of Denmark at the Battle of Exmouth?"
    assert asked.get(denmark) == "Don Hans Lunding"  # (an honorific kept, as the box has it,
    assert "Hans Lunding" in asked[f"accept: {denmark}"].split("; ")  # and the link's name too)
    one = "| commander1 = Gen. [[Eduard von Bonin]]\n"  # (R419: the other side's may be
    assert prompt not in _battle("Inconclusive", one)  # someone the text names otherwise)
    several = "| commander1 = [[Eduard von Bonin]]<br>[[Olaf Rye]]\n| commander2 = Hans Lunding\n"
    assert prompt not in _battle("Inconclusive", several)


def test_a_victors_adjective_names_its_side() -> None:
    assert _names("Danish", "Denmark") and _names("Byzantine", "Byzantine Empire")
    assert (
        _names("British", "Kingdom of Great Britain")
        and _names("French", "First French Empire")
        and _names("United States", "United States")
    )
    assert not _names("Danish", "Schleswig-Holstein") and not _names("French", "Kingdom of Holland")
    assert _one_name("Kingdom of France") and not _one_name("Thebes; Argos; Athens")


def test_a_name_with_a_hyphened_given_name_or_a_particle_is_a_persons() -> None:
    assert person_like("Louis-Joseph de Montcalm") and person_like("Eduard von Bonin")  # (R419)
    assert not person_like("Kingdom of France") and not person_like("Schleswig-Holstein")
    assert without_title("Rear-Admiral Sir Edward Pellew") == "Edward Pellew"  # (two titles)
    assert without_title("Captain John Schenck") == "John Schenck"
