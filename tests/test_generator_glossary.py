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
ENTRIES = (  # (names that say nothing of what they are: "Ledger Object" would, R426)
    "* Zorvane Object – represents a set of table rows read from one file.\n"
    "* Kestrix Object – stores where a reader stands in an open table.\n"
    "* Mordune Object – a record of every change made to a table.\n"
    "* Travik Object – sends a message to each reader when a table changes.\n"
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
    assert question.kind == "mcq" and question.answer == "Zorvane Object"
    assert sorted(question.choices) == sorted(
        ["Zorvane Object", "Kestrix Object", "Mordune Object", "Travik Object"]
    )
    assert question.context.startswith("Zorvane Object – represents")  # (traced to its item)
    stored = (
        f"{lead} Which of them is described as “stores where a reader stands in an open table”?"
    )
    assert asked[stored].answer == "Kestrix Object"
    assert len(asked) == 2  # (two of a list: each one's answer is a wrong choice of the other)


def test_a_lead_in_that_does_not_stand_alone_gives_no_item() -> None:
    assert not _listed(_bank("The project is divided into several parts:"))  # which project?
    assert not _listed(_bank("Former objects referenced in Exo Data Library manuals:"))  # (R426)
    assert not _listed(_bank("The most notable among these were:"))
    assert not _listed(_bank("These include:"))


def test_a_description_that_names_its_answer_or_another_entry_is_not_asked() -> None:
    entries = ENTRIES.replace(
        "represents a set of table rows", "represents the zorvane set of table rows"
    ).replace("stores where a reader stands", "works with the Mordune Object to warn readers")
    asked = _listed(_bank("The Exo Data Library consists of several top-level objects:", entries))
    answers = {q.answer for q in asked.values()}
    assert "Zorvane Object" not in answers  # (its name gives it away)
    assert "Kestrix Object" not in answers  # (leans on another entry)
    assert answers == {"Mordune Object", "Travik Object"}


def test_a_name_that_says_what_it_is_is_not_asked() -> None:
    # R426: "Recordset Object" for "a set of database records", "CrateDB" for "a database",
    # "Web" for "HTML pages" (a word of the lexicon), "Babelnet" for "a semantic network"
    entries = (
        "* Recordset Object – represents a set of database records.\n"
        "* Crate Object – a distributed database built on the library.\n"
        "* Web Object – HTML pages for the library's readers.\n"
        "* Zorvane Object – represents a set of table rows read from one file.\n"
        "* Travik Object – sends a message to each reader when a table changes.\n"
    )
    asked = _listed(_bank("The Exo Data Library consists of several top-level objects:", entries))
    assert {q.answer for q in asked.values()} == {"Zorvane Object", "Travik Object"}


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
    named = "It was the last battle of the [[Exmoorian War]]."  # (the title gives it away, R426)
    assert "The Battle of Exmoor Ford was part of which war?" not in _battle("Exmoorian War", named)
    sides = "It was the last battle of the [[Wytonian War]]."  # (a side's name gives it, R427)
    assert "The Battle of Exmoor Ford was part of which war?" not in _battle("Wytonian War", sides)


def test_a_series_of_wars_is_asked_as_one_and_a_world_war_by_its_other_names() -> None:
    series = "The Battle of Exmoor Ford was part of which series of wars?"
    told = "It was a minor battle of the [[Vorn Wars]], fought in a river campaign."
    assert series in _battle("the [[Vorn Wars]]", told)  # (not "which conflict?": the campaign)
    bank = build_bank(
        BATTLE,
        "{{Infobox military conflict\n| conflict = Battle of Exmoor Ford\n| partof = World War I\n"
        "| date = 4 May 1918\n}}\n"
        f"The {Q}Battle of Exmoor Ford{Q} was fought on 4 May 1918 in World War I.\n",
    )
    war = next(q for q in bank.questions if q.prompt.endswith("part of which war?"))
    assert war.answer == "World War I" and "First World War" in war.accept
    assert war.context == "Part of: World War I"  # (its "why": not the field's "Partof")


def test_a_side_named_by_a_possessive_takes_no_the() -> None:
    # R427: "The Tecumseh's Confederacy won the Battle of Tippecanoe." (False)
    box = (
        "{{Infobox military conflict\n| conflict = Battle of Exmoor Ford\n| date = 4 May 1781\n"
        "| combatant1 = Exland\n| combatant2 = Vorn's Confederacy\n| result = Exland victory\n}}\n"
    )
    lead = (
        f"The {Q}Battle of Exmoor Ford{Q} was fought on 4 May 1781 between Exland and Vorn's "
        "Confederacy. Exland won the battle.\n"
    )
    prompts = [q.prompt for q in build_bank(BATTLE, box + lead).questions]
    assert not [p for p in prompts if "The Vorn's" in p or "the Vorn's" in p], prompts
    from quiz.generator.conflicts import _the

    assert _the("Vorn's Confederacy") == "Vorn's Confederacy"
    assert _the("Kingdom of France") == "the Kingdom of France"
    assert _the("Honourable East India Company") == "the Honourable East India Company"
    assert _the("Confederate States of America") == "the Confederate States of America"


HOLIDAYS = (
    f"{Q}Exland Armed Forces{Q} are the military of [[Exland]].\n\n== Traditions ==\n"
    "These are the military holidays observed by all service personnel of the Armed Forces:\n"
    "* 14 February – Air Force Day\n* 26 June – Day of the Armed Forces\n"
    "* 5 August – Day of the Exland Navy\n* 27 September – Memorial Day\n"
    "* 8 November – Victory Day\n* 25 December – Christmas Day\n"
)


def test_a_list_of_holidays_asks_which_falls_on_a_day() -> None:
    bank = build_bank("Exland Armed Forces", HOLIDAYS)
    asked = [q for q in bank.questions if "falls on" in q.prompt]
    assert asked and len(asked) <= 2  # (each one's answer is a wrong choice of the other)
    for question in asked:
        assert question.prompt.startswith("Which of the Exland Armed Forces' military holidays")
        assert question.kind == "mcq" and question.answer in question.choices
        assert len(set(question.choices)) == 4
    first = next(q for q in asked if q.prompt.endswith("14 February?"))
    assert first.answer == "Air Force Day"


def test_a_holiday_everyone_knows_and_a_day_told_twice_are_not_asked() -> None:
    known = HOLIDAYS.replace("14 February – Air Force Day", "1 January – New Year's Day")
    prompts = [q.prompt for q in build_bank("Exland Armed Forces", known).questions]
    assert not [p for p in prompts if p.endswith(("1 January?", "25 December?"))]
    twice = HOLIDAYS.replace("26 June", "14 February")  # (two holidays on one day)
    assert not [
        q for q in build_bank("Exland Armed Forces", twice).questions if "falls" in q.prompt
    ]
    bare = HOLIDAYS.replace("military holidays", "dates")  # (no word for what they are)
    assert not [q for q in build_bank("Exland Armed Forces", bare).questions if "falls" in q.prompt]
