"""Review R170-R171's failures, made general: two infobox links side by side, markup left in
an infobox value, a gap before a bare possessive, a date told twice, a past count in the
present tense, a character's "publisher", a family the genus names, an acronym or a station
name the text spells out, an event's title without "the"."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.answers import reject_answer
from quiz.generator.copied import debris
from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.subject import Subject
from quiz.generator.substance import says_the_title
from quiz.generator.wikitext import parse_article

OFFICER = (
    "{{Infobox military person\n| name = Ann Exa\n| birth_date = 12 August 1895\n"
    "| birth_place = [[Exton]] [[Exland]]\n| rank = [[Exrank|Major ''(Exrank)]]''\n}}\n"
    f"{Q}Ann Exa{Q} (12 August 1895 - 19 November 1977) was an Exland officer.\n"
)


def test_two_linked_places_side_by_side_are_two_values() -> None:
    boxed = {f.name: f.value for f in extract_facts(parse_article("Ann Exa", OFFICER)).infobox}
    assert boxed["birth_place"] == "Exton, Exland"


def test_an_infobox_value_with_markup_left_in_it_is_not_asked() -> None:
    asked = build_bank("Ann Exa", OFFICER).questions
    assert not any("[[" in q.answer or "[[" in q.prompt for q in asked)


def test_a_gap_before_a_bare_possessive_is_no_gap() -> None:
    text = (
        f"{Q}Ann Exa{Q} (born 1963) is a pitcher. Exa has won the Exa Award five times, "
        "second only to [[Tom Ploys]]' seven.\n"
    )
    facts = extract_facts(parse_article("Ann Exa", text))
    reasons = {
        s.text: reject_answer(sentence, s, facts, entity_types(facts))
        for sentence in facts.sentences
        for s in sentence.spans
    }
    assert reasons.get("Tom Ploys") == "a name cut from its possessive or title"


def test_a_date_told_twice_and_a_past_count_in_the_present_are_debris() -> None:
    assert debris("On January 25, 2013, Exa sang Freedom on Exa Live! on January 25, 2013.")
    assert not debris("On January 25, 2013, Exa sang Freedom on Exa Live! on May 2, 2013.")
    assert debris("Exton has 1,175 inhabitants in 2005.")
    assert not debris("Exton had 1,175 inhabitants in 2005.")
    assert debris("Exton was established in 18 May 2014 by merging two villages.")
    assert not debris("Exton was established on 18 May 2014 by merging two villages.")


def test_a_character_has_no_publisher_to_ask() -> None:
    assert infobox_question("publisher", "Publisher", "Ann Exa", kind="comics character") is None
    # (since stop 56 a work's publisher is never asked: 29 of 40 makers passed, R272-R362)
    assert infobox_question("publisher", "Publisher", "Exa Tales", kind="comic") is None
    assert infobox_question("author", "Author", "Exa Tales", kind="comic") is not None


def test_what_the_title_spells_out_is_given_away() -> None:
    assert says_the_title(
        "Exandus uai is a species of frog in the Exandidae family.", "Exandus uai"
    )
    assert says_the_title("Exandus uai is a frog of the family Exandidae.", "Exandus uai")
    assert not says_the_title("Exandus uai is a frog of the family Wydidae.", "Exandus uai")
    title = "EPW Triple Crown"
    assert says_the_title("The EPW Triple Crown is the top title of Exland Pro Wrestling.", title)
    assert not says_the_title("The EPW Triple Crown was first won in 1989 by Tom Ploy.", title)
    station = "Exton Wells railway station"
    assert says_the_title("Exton Wells railway station serves Exton Wells in Exshire.", station)
    assert not says_the_title("Exton Wells railway station serves the village of Wyton.", station)


def test_an_event_s_title_with_a_year_takes_the() -> None:
    storm = Subject("Pre-Christmas 2004 Snowstorm", "Pre-Christmas 2004 Snowstorm")
    assert storm.mention(start=False) == "the Pre-Christmas 2004 Snowstorm"
    assert storm.mention(start=True) == "The Pre-Christmas 2004 Snowstorm"
    assert Subject("Exa 2000", "Exa 2000").mention(start=False) == "Exa 2000"  # (a product)
