"""Stop 67, after R432: a first release the text dates otherwise is not asked; a place's
middle part is accepted where the text says the subject is based there; a country's short
name is accepted for its full one."""

from __future__ import annotations

from test_generator_r73 import Q, options, other_names

from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Facts, extract_facts
from quiz.generator.gazetteer import country_forms
from quiz.generator.generate import build_bank
from quiz.generator.placeforms import place_accepts
from quiz.generator.releases import released_earlier
from quiz.generator.spans import Span
from quiz.generator.spellings import other_spellings
from quiz.generator.subject import Subject
from quiz.generator.wikitext import parse_article
from quiz.generator.works import boxes_another
from quiz.kinds import check_answer
from quiz.model import Question


def _facts(prose: str, items: list[str] | None = None) -> Facts:
    facts = Facts("Vorn", subject=Subject("Vorn", "Vorn"), prose=prose)
    facts.lists = [("History", "", items or [])]
    return facts


def test_a_version_released_before_the_infoboxs_date_puts_the_first_release_in_doubt() -> None:
    earlier = _facts("Vorn is a server.\n", ["On April 26, 2012 Vorn 3.0.0 is released."])
    assert released_earlier("3 October 2013", earlier)
    first = _facts("On April 2014, the project released its first actual release: 3.2.0.\n")
    assert released_earlier("3 October 2013", first)  # (a "first" release in another year)


def test_later_or_unnumbered_releases_do_not() -> None:
    later = _facts("", ["On 5 December 2014 Vorn 3.3.0 is released."])
    assert not released_earlier("3 October 2013", later)
    sequel = _facts("Its predecessor was released in 2010 to good reviews.\n")  # (no version)
    assert not released_earlier("3 October 2013", sequel)
    assert not released_earlier("unknown", later)


SOFTWARE = (
    "{{Infobox software\n| name = Vorn Server\n| released = {{Start date and age|2013|10|03}}\n"
    "| programming language = [[Java (programming language)|Java]]\n}}\n"
    f"{Q}Vorn Server{Q} is a data server written in [[Java (programming language)|Java]]. It "
    "was first released in 2013 by the Vorn Foundation. Java runs it.\n\n== History ==\n"
    "* On December 3, 2012 Vorn Server enters incubation.\n"
)


def test_the_first_release_is_asked_unless_a_version_came_out_earlier() -> None:
    asked = {q.prompt for q in build_bank("Vorn Server", SOFTWARE).questions}
    assert any("first released" in prompt for prompt in asked)
    doubt = SOFTWARE + "* On April 26, 2012 Vorn Server 3.0.0 is released.\n"
    asked = {q.prompt for q in build_bank("Vorn Server", doubt).questions}
    assert not any("first released" in prompt for prompt in asked)


def test_the_city_the_subject_is_based_in_is_accepted_for_its_headquarters() -> None:
    based = _facts("The Vorn Forum is a foundation based in Geneva.\n")
    accepted = place_accepts("Cologny, Geneva, Switzerland", ["Cologny"], based)
    assert accepted == ["Cologny", "Cologny, Geneva", "Cologny, Switzerland", "Geneva"]  # (not
    # the country alone)
    born = _facts("Vorn was born in Rumson and grew up in New Jersey.\n")
    assert place_accepts("Rumson, New Jersey, United States", [], born) == [
        "Rumson, New Jersey",  # (since stop 69: the town with its region too)
        "Rumson, United States",  # (since stop 75: or with its country, R463)
        "Rumson",
    ]


def test_a_countrys_short_name_is_accepted_for_its_full_one() -> None:
    assert "Britain" in country_forms("United Kingdom") and country_forms("Wales") == []
    span = Span(0, 14, "United Kingdom", "entity")
    accept = other_spellings(span, EntityTypes())
    assert {"UK", "Britain", "Great Britain"} <= set(accept)
    won = Question("sa-1", "short_answer", "Which side won?", "United Kingdom", accept=accept)
    assert check_answer(won, "Britain").verdict == "right"


def test_a_winning_country_is_accepted_by_its_short_name() -> None:
    title = "Battle of Exmouth"
    box = (
        f"{{{{Infobox military conflict\n| conflict = {title}\n| date = 6 July 1849\n"
        "| result = British victory\n| combatant1 = [[United Kingdom]]\n"
        "| combatant2 = [[Denmark]]\n}}\n"
    )
    text = (
        f"The {Q}{title}{Q} was a battle of the First Exland War.\n\n== Battle ==\nThe British "
        "garrison broke out of the town, and the United Kingdom won the battle against Denmark.\n"
    )
    (won,) = [q for q in build_bank(title, box + text).questions if q.answer == "United Kingdom"]
    assert check_answer(won, "Britain").verdict == "right"
    assert check_answer(won, "Denmark").verdict == "wrong"


def test_other_names_of_the_first_sentence_are_accepted_for_its_alias() -> None:
    # R433, R434: "DevRob" and "matching matrix" are other names too (class 2)
    robots = (
        f"{Q}Vorn robotics{Q} ({Q}VorRob{Q}), sometimes called {Q}epigenetic robotics{Q}, is a "
        "scientific field that studies how machines learn new skills. Work in vorn robotics "
        "draws on child psychology.\n"
    )
    (alias,) = other_names("Vorn robotics", robots)
    assert alias.answer == "epigenetic robotics" and "VorRob" in alias.accept
    grid = (
        f"A {Q}vorn matrix{Q}, also known as an error matrix, is a table layout that shows an "
        "algorithm's performance (in unsupervised learning it is usually called a "
        f"{Q}matching matrix{Q}).\n"
    )
    (alias,) = other_names("Vorn matrix", grid)
    assert alias.answer == "error matrix" and "matching matrix" in alias.accept
    assert check_answer(alias, "matching matrix").verdict == "right"


def test_the_infoboxes_of_a_series_parts_are_not_asked_of_the_series() -> None:
    book = "{{{{Infobox book\n| name = {}\n| author = [[Ann Vole]]\n| release_date = {}\n}}}}\n"
    lead = f"The {Q}Saga of Vorn{Q} is a series of two novels by [[Ann Vole]].\n"
    both = book.format("Farthest Vale", "1975") + book.format("Wall Around Vale", "1983") + lead
    asked = {q.prompt for q in build_bank("Saga of Vorn", both).questions}
    assert not any("released" in prompt or "1975" in prompt for prompt in asked)
    own = book.format("Saga of Vorn", "1975") + book.format("Saga of Vorn (reissue)", "1983")
    facts = extract_facts(parse_article("Saga of Vorn", own + lead))
    assert facts.infobox_count == 2 and not boxes_another(facts)
    one = extract_facts(parse_article("Saga of Vorn", book.format("Farthest Vale", "1975") + lead))
    assert not boxes_another(one)  # (one infobox: an official name, not a part's)


def test_the_year_of_a_seat_on_a_local_council_is_not_asked() -> None:
    # R434: "Gaymard was elected as a local councillor in Savoie's canton de Moûtiers in
    # _____" of a former finance minister (class 6)
    lead = (
        f"{Q}Jan Vorn{Q} (born 1960) is a French politician who was Minister of Finance in "
        "2004. Vorn was elected as a local councillor in the canton of Exa in 1994.\n"
    )
    assert not options("Jan Vorn", lead, "Vorn was elected as a local councillor")
    deputy = lead.replace("a local councillor in the canton", "a deputy for the constituency")
    assert options("Jan Vorn", deputy, "Vorn was elected as a deputy")
