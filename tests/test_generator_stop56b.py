"""Stop 56's second rules: no figure from a sentence, no maker of a work or a product and no
building's year "built" from the infobox (each passed 53-73% of strict reviews)."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.facts import extract_facts
from quiz.generator.generate import entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.items import SentenceItems
from quiz.generator.wikitext import parse_article


def _values(text: str, title: str) -> set[str]:
    facts = extract_facts(parse_article(title, text))
    items = SentenceItems(facts, entity_types(facts), 0)
    return {f.value for s in facts.sentences for f in items.items(s) if f.options}


def test_a_sentences_figure_is_no_gap_but_its_year_is() -> None:
    # "the eighth book of the _____ minor prophets" -> 12, a town's elevation, "sold _____
    # units": 33 of 54 figures from sentences passed (R296-R362)
    text = (
        f"{Q}Exaville{Q} is a town in [[Ohio]], founded in 1850 by [[John Roe]]. "
        "It has 12,400 inhabitants and covers 31 square miles.\n"
    )
    values = _values(text, "Exaville")
    assert "1850" in values
    assert not {"12,400", "31"} & values, values


def test_a_works_publisher_developer_and_designer_are_not_asked() -> None:
    # "Who published Asterix?" (Dargaud, then Albert René), "Which company developed AbiWord?"
    # (started by SourceGear), "Who designed Crokinole?": 29 of 40 passed (R272-R362)
    for name, kind in (
        ("publisher", "book"),
        ("developer", "software"),
        ("designer", "game"),
        ("designer", "automobile"),
    ):
        assert infobox_question(name, name.title(), "Exa", kind=kind) is None, name
    assert infobox_question("author", "Author", "Exa", kind="book") == "Who wrote Exa?"


def test_a_buildings_year_built_is_not_asked_but_its_opening_is() -> None:
    # "built" beside a completion and an opening: 9 of 17 passed; "opened" 29 of 30
    built = infobox_question("built", "Built", "Exa House", kind="church", value_type="year")
    assert built is None
    assert (
        infobox_question("opened", "Opened", "Exa Hall", kind="building")
        == "When did Exa Hall open?"
    )
