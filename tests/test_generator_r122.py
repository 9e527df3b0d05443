"""Review R122's work: more infobox fields asked (a post, a position, a rank, a work's maker, an
event's date), values the lead states too, and full dates asked as their year."""

from __future__ import annotations

from test_generator_r73 import Q
from test_generator_r94 import infobox_items

from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.items import SentenceItems
from quiz.generator.kindwording import first_office
from quiz.generator.lifetime import lead_life
from quiz.generator.spans import Span
from quiz.generator.wikitext import parse_article


def prompt_answers(title: str, text: str) -> dict[str, str]:
    """Each question's prompt -> its answer, over the whole bank."""
    return {q.prompt: q.answer for q in build_bank(title, text).questions}


OFFICEHOLDER = (
    "{{Infobox officeholder\n| name = Jan Exa\n| office = Governor of Exland\n"
    "| term_start = 3 June 1841\n| term_end = 10 August 1849\n"
    "| predecessor = [[Tom Ploy]]\n| successor = [[Ned Vark]]\n"
    "| birth_date = 1 May 1790\n}}\n"
    f"{Q}Jan Exa{Q} (1 May 1790 - 1860) was a politician who served as Governor of Exland. "
    "He was followed in office by Ned Vark, a lawyer, and had followed Tom Ploy.\n"
)


def test_an_officeholders_post_gives_its_predecessor_successor_and_first_year() -> None:
    asked = prompt_answers("Jan Exa", OFFICEHOLDER)
    assert asked.get("Who preceded Jan Exa as Governor of Exland?") == "Tom Ploy", asked
    assert asked.get("Who succeeded Jan Exa as Governor of Exland?") == "Ned Vark", asked
    facts = extract_facts(parse_article("Jan Exa", OFFICEHOLDER))
    start = next(f for f in facts.infobox if f.name == "term_start")
    question = infobox_question(
        start.name, start.label, "Jan Exa", False, "officeholder", "Governor of Exland", start.type
    )
    assert question == "In what year did Jan Exa become Governor of Exland?"


def test_a_post_without_a_place_is_no_post_to_ask() -> None:
    # "Head Coach": of which team? A post not yet held ("Governor-elect of Exland") neither.
    assert first_office([("title", "Head Coach")]) == ""
    assert first_office([("office", "Governor-elect of Exland")]) == ""
    assert first_office([("office", "Bishop of Exham"), ("title", "Lord")]) == "Bishop of Exham"
    asked = infobox_question("predecessor", "Predecessor", "Jan Exa", True, "officeholder", "")
    assert asked is None
    member = infobox_question(
        "term_start",
        "Term start",
        "Jan Exa",
        False,
        "officeholder",
        "Member of the Exa Senate",
        "year",
    )
    assert member == "In what year did Jan Exa become a member of the Exa Senate?"


def test_a_playing_position_is_asked_of_a_player_and_a_rank_of_a_soldier() -> None:
    player = infobox_question("position", "Position", "Jan Exa", False, "football biography", "")
    assert player == "What position did Jan Exa play?"
    assert infobox_question("position", "Position", "Jan Exa", False, "officeholder", "") is None
    soldier = infobox_question("rank", "Rank", "Jan Exa", False, "military person", "")
    assert soldier == "What rank did Jan Exa reach?"
    assert infobox_question("rank", "Rank", "Jan Exa", False, "football biography", "") is None
    # a club's "position" (in its league) is no person's: only a person's article has a post
    assert infobox_question("position", "Position", "Exa F.C.", False, "football club") is None


def test_a_works_maker_and_an_events_date_are_asked_where_the_infobox_kind_fits() -> None:
    film = infobox_question("composer", "Composer", "Exa", False, "film", None, "entity")
    assert film == "Who composed the music for Exa?"
    assert infobox_question("composer", "Composer", "Exa", False, "settlement", None) is None
    battle = infobox_question(
        "date", "Date", "the Battle of Exa", False, "military conflict", None, "year"
    )
    assert battle == "When did the Battle of Exa take place?"
    # the title holds the year: "When did the 2009 Exa Cup Final take place?" asks for a day
    final = infobox_question(
        "date", "Date", "2009 Exa Cup Final", False, "football match", None, "date"
    )
    assert final is None
    ranged = infobox_question(
        "date", "Date", "the Exa War", False, "military conflict", None, "text"
    )
    assert ranged is None  # "July 1778 - May 1779": no one date to give


def _infobox_prompts(title: str, text: str) -> dict[str, str]:
    """Each infobox item's typed question -> its answer."""
    items = infobox_items(extract_facts(parse_article(title, text)))
    return {q.prompt: q.answer for f in items for k, q in f.options.items() if k == "short_answer"}


def test_a_full_date_is_typed_as_its_year_and_a_value_the_lead_states_is_asked() -> None:
    text = (
        "{{Infobox building\n| name = Exa Tower\n| completion_date = May 27, 1930\n"
        "| architect = [[Jan Vark]]\n}}\n"
        f"{Q}Exa Tower{Q} is an Art Deco skyscraper in Exville designed by [[Jan Vark]]. "
        "It was the tallest building in Exville until 1931.\n"
    )
    asked = _infobox_prompts("Exa Tower", text)
    assert asked.get("In what year was Exa Tower completed?") == "1930", asked
    assert asked.get("Who was the architect of Exa Tower?") == "Jan Vark", asked


def test_an_infobox_born_field_is_a_birth_date() -> None:
    text = (
        "{{Infobox military person\n| name = Jan Exa\n| born = 23 December 1889\n"
        "| branch = [[Exland Army]]\n}}\n"
        f"{Q}Jan Exa{Q} was an Exland Army general who fought in the Exa War of 1917.\n"
    )
    facts = extract_facts(parse_article("Jan Exa", text))
    assert [f.name for f in facts.infobox if f.value == "23 December 1889"] == ["birth_date"]


def test_a_lead_without_an_infobox_gives_the_life_years_that_bound_wrong_years() -> None:
    # R123: "In _____ John married Jacqueline" with 1378 and 1390 among the choices, years
    # before the birth that only the lead's "(31 August 1398 - 5 April 1417)" gives
    prose = "John, Dauphin of Exland (31 August 1398 – 5 April 1417) was the fourth son."
    assert lead_life(prose, True) == (1398, 1417)
    assert lead_life("Jan Exa (born 12 May 1946) is a poet.", True) == (1946, None)
    assert lead_life(prose, False) == (None, None)  # a ship's or a war's years are no life
    assert lead_life("Exa (Greek: Exos) is a town founded in 1200.", True) == (None, None)
    text = (
        f"{Q}John, Dauphin of Exland{Q} (31 August 1398 – 5 April 1417) was the fourth son "
        "of [[Charles VI of Exland]]. In 1406 he married [[Jacqueline of Vark]]. He became "
        "Dauphin in 1415.\n"
    )
    facts = extract_facts(parse_article("John of Exland", text))
    items = SentenceItems(facts, entity_types(facts), 0)
    assert (items.born, items.died) == (1398, 1417)
    year = Span(3, 7, "1406", "year")
    married = Sentence("In 1406 John married Jacqueline of Vark.", "", [year], index=-1)
    anchors = items.year_anchors(married, year)
    assert 1406 - 2 in anchors, anchors  # no wrong year of the marriage before he was six (R187)
