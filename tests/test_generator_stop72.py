"""Stop 72: mends of what reviewers failed (a year a battle named in the sentence gives away,
a place of death where the text tells a death in battle)."""

from __future__ import annotations

from quiz.generator.general import event_year_named
from quiz.generator.kindwording import kind_value
from quiz.generator.spans import Span
from quiz.text import normalize

PROSE = (
    "The Field of Ardenne is a poem by Anna Berg, written and published in 1815.\n"
    "After the allied victory at the battle of Ardenne on 18 June 1815, Berg travelled north.\n"
)


def _year(text: str, year: str) -> Span:
    start = text.index(year)
    return Span(start, start + len(year), year, "year")


def test_a_year_is_given_away_by_a_battle_the_sentence_names() -> None:
    text = "The Field of Ardenne is a poem by Anna Berg, written and published in 1815."
    assert event_year_named(text, _year(text, "1815"), PROSE)


def test_a_year_stays_where_the_battle_is_another_year_or_not_named() -> None:
    other = "The Field of Ardenne was reprinted in 1820."
    assert not event_year_named(other, _year(other, "1820"), PROSE + other)
    unnamed = "Berg wrote a second poem in 1815."
    assert not event_year_named(unnamed, _year(unnamed, "1815"), PROSE + unnamed)


def test_no_place_of_death_where_the_text_says_he_was_killed_in_battle() -> None:
    killed = normalize("He was killed early in the war at the Battle of Tarvos in 1862.")
    assert kind_value("death_place", "Harlan County, Tennessee", "Anna Berg", [], killed) == ""
    action = normalize("Berg was killed in action near Tarvos.")
    assert kind_value("death_place", "Tarvos", "Anna Berg", [], action) == ""
    home = normalize("Berg died at her home in Tarvos after a long illness.")
    assert kind_value("death_place", "Tarvos", "Anna Berg", [], home) == "Tarvos"
    assert kind_value("birth_place", "Tarvos", "Anna Berg", [], killed) == "Tarvos"
