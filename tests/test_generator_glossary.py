"""A list that names things and says what each is (glossary.py), and the war a battle was part
of (conflicts.py)."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.generate import build_bank
from quiz.model import Question

TITLE = "Exo Data Library"
LEAD = (
    f"The {Q}Exo Data Library{Q} is a software library for reading tables. It was first "
    "released in 2004 by the Wyton Foundation, which still keeps it.\n\n== Parts ==\n"
)
ENTRIES = (
    "* Vessel Object – represents a set of table rows read from one file.\n"
    "* Pointer Object – stores where a reader stands in an open table.\n"
    "* Ledger Object – a record of every change made to a table.\n"
    "* Beacon Object – sends a message to each reader when a table changes.\n"
)


def _bank(lead_in: str, entries: str = ENTRIES) -> dict[str, Question]:
    bank = build_bank(TITLE, LEAD + lead_in + "\n" + entries)
    return {q.prompt: q for q in bank.questions}


def _listed(asked: dict[str, Question]) -> dict[str, Question]:
    return {p: q for p, q in asked.items() if "Which of them" in p}


def test_a_description_is_asked_with_the_other_names_as_choices() -> None:
    asked = _listed(_bank("The Exo Data Library consists of several top-level objects:"))
    lead = "The Exo Data Library consists of several top-level objects."
    rows = f"{lead} Which of them represents a set of table rows read from one file?"
    assert rows in asked, list(asked)
    question = asked[rows]
    assert question.kind == "mcq" and question.answer == "Vessel Object"
    assert sorted(question.choices) == sorted(
        ["Vessel Object", "Pointer Object", "Ledger Object", "Beacon Object"]
    )
    assert question.context.startswith("Vessel Object – represents")  # (traced to its item)
    ledger = f"{lead} Which of them is a record of every change made to a table?"
    assert asked[ledger].answer == "Ledger Object"
    # (each list's choices in an order of its own: the answer is not always first)
    assert len({q.choices.index(q.answer) for q in asked.values()}) > 1 or len(asked) < 3


def test_a_lead_in_that_does_not_stand_alone_gives_no_item() -> None:
    assert not _listed(_bank("The project is divided into several parts:"))  # which project?
    assert not _listed(_bank("The most notable among these were:"))
    assert not _listed(_bank("These include:"))


def test_a_description_that_names_its_answer_or_another_entry_is_not_asked() -> None:
    entries = ENTRIES.replace(
        "stores where a reader stands", "stores the pointer where a reader stands"
    ).replace("sends a message to each reader", "works with the Ledger Object to warn readers")
    asked = _listed(_bank("The Exo Data Library consists of several top-level objects:", entries))
    answers = {q.answer for q in asked.values()}
    assert "Pointer Object" not in answers  # ("pointer" gives it away)
    assert "Beacon Object" not in answers  # (leans on another entry)
    assert "Vessel Object" in answers


def test_names_and_short_lists_are_no_glossary() -> None:
    symbols = (
        "* State bird: western meadowlark (Sturnella neglecta)\n"
        "* State fish: cutthroat trout (Oncorhynchus clarki)\n"
        "* State mammal: American bison (Bison bison)\n"
        "* State tree: plains cottonwood (Populus deltoides)\n"
    )
    assert not _listed(_bank("The Exo Data Library lists these state symbols:", symbols))
    three = "".join(ENTRIES.splitlines(keepends=True)[:3])
    assert not _listed(_bank("The Exo Data Library has three top-level objects:", three))


BATTLE = "Battle of Exmoor Ford"


def _battle(partof: str, text: str) -> list[str]:
    box = (
        "{{Infobox military conflict\n| conflict = Battle of Exmoor Ford\n"
        f"| partof = {partof}\n| date = 4 May 1781\n| place = Exmoor Ford\n"
        "| combatant1 = Exland\n| combatant2 = Wyton\n| result = Exland victory\n}}\n"
    )
    lead = f"The {Q}Battle of Exmoor Ford{Q} was fought on 4 May 1781 at a crossing. {text}\n"
    return [q.prompt for q in build_bank(BATTLE, box + lead).questions]


def test_the_war_a_battle_was_part_of_is_asked_where_the_text_names_no_other() -> None:
    part = "The Battle of Exmoor Ford was part of which war?"
    told = "It was the last battle of the [[Vorn Succession War]], which Exland won."
    assert part in _battle("the [[Vorn Succession War]]", told)
    wars = "It was fought in the Vorn Succession War, itself a part of the Great Northern War."
    assert part not in _battle("the [[Vorn Succession War]]", wars)  # (both would be right)
    assert part not in _battle("the [[Vorn Succession War]]", "Exland won.")  # (never told)
    theater = "It was fought in the western theater of the Vorn Succession War."
    assert part not in _battle("the Western Theater of the Vorn Succession War", theater)
