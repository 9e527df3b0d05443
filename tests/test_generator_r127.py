"""Review R126-R128's failures, made general: a list of the subject's results (two asked),
"a"/"an" copied wrong, a fictional character's birthday, statements of several figures, of a
title held when written or of reported speech, and a family named after a short genus."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.checks import statement_ok
from quiz.generator.facts import extract_facts
from quiz.generator.infobox import POINTER_VALUE, infobox_question
from quiz.generator.routine import routine_sentences
from quiz.generator.substance import says_the_title
from quiz.generator.taxa import said_by_its_name
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import broken_copy

PLAYER = (
    f"{Q}Miguel Exa{Q} (1910 - 1997) was a chess grandmaster.\n\n==Career==\n"
    "In 1933, Exa won in Warsaw. In 1936, Exa won at Exham. In 1944, Exa won at La Vark. "
    "In 1945, Exa won at Buenos Aires. In 1948, Exa won at Venice. "
    "In 1947, Exa became the champion of Argentina. In 1950, Exa became a grandmaster. "
    "In 1952, Exa became a coach. In 1953, Exa became a writer.\n"
)


def test_a_list_of_results_gives_two_and_career_steps_stay() -> None:
    facts = extract_facts(parse_article("Miguel Exa", PLAYER))
    skipped = routine_sentences(facts)
    texts = {s.index: s.text for s in facts.sentences}
    won = [i for i, t in texts.items() if " won " in t]
    became = [i for i, t in texts.items() if " became " in t]
    assert len(won) == 5 and len(became) == 4, texts
    assert skipped == set(won[2:])  # (the first two results stay; "became" is no result)


def test_an_article_that_does_not_fit_its_word_is_a_broken_copy() -> None:
    assert broken_copy("Rara Exa is an ghost town in Exa County.")
    assert broken_copy("The Exa Gustav is a 84 mm recoilless rifle.")
    assert not broken_copy("The Exa Gustav is an 84 mm recoilless rifle used for an hour.")
    assert not broken_copy("It is an 18th-century house, a one-off and a European design.")


def test_a_fictional_characters_birthday_is_not_asked() -> None:
    asked = infobox_question("birth_date", "Born", "Sam Exa", False, "soap character")
    assert asked is None
    assert infobox_question("birth_date", "Born", "Sam Exa", False, "person") is not None


def test_statements_of_figures_time_bound_titles_and_reported_speech_are_not_statements() -> None:
    assert not statement_ok("Tusk occupies a 9,000-sq ft facility and a 7,000-sq ft yard.")
    assert not statement_ok("Exa used 23 different players during the season and had 12 scorers.")
    assert statement_ok("On August 1 2002, Exa became the 22nd President of Vark University.")
    assert statement_ok("On 21 October 1940 Exa took command of U-43, a long range boat.")
    assert not statement_ok("Exa is the reigning Ligue 1 Player of the Year for the club.")
    assert not statement_ok("In a 2007 interview, Exa stated that he married a girlfriend in 1999.")


def test_a_family_named_after_a_short_genus_is_given_away() -> None:
    assert said_by_its_name("Iridaceae", "Iris sibirica", set())  # (R128)
    assert said_by_its_name("Canidae", "Canis lupus", set())
    assert not said_by_its_name("Laniidae", "Brown Shrike", set())


def test_a_name_after_its_own_stem_and_a_non_position_are_not_asked() -> None:
    # R131: "Lanthanoids are named after lanthanum" is true from the word; "Position:
    # Sportscaster" of a referee is no position he played.
    assert says_the_title(
        "The lanthanoid series is named after lanthanum, its first.", "lanthanoid"
    )
    assert not says_the_title("The town is named after the river Exa, which runs by it.", "Vark")
    assert POINTER_VALUE.match("Sportscaster")
    assert not POINTER_VALUE.match("Shortstop")


def test_an_albums_definition_and_a_title_that_is_a_number_stand_alone() -> None:
    # R130: Adele's "21" gave no question: "21 is ..." opens with no capital letter, and "the
    # second studio album by ..." was taken for an album named before ("by" qualifies it).
    for title in ("Exa Days", "21"):
        text = (
            f"{Q}{title}{Q} is the second studio album by British singer-songwriter [[Tom Vark]]. "
            "The album was released on 21 January 2011 in the UK."
        )
        texts = [s.text for s in extract_facts(parse_article(title, text)).sentences]
        assert f"{title} is the second studio album by British singer-songwriter Tom Vark." in texts
        assert f"{title} was released on 21 January 2011 in the UK." in texts


def test_a_programmes_producer_is_not_asked() -> None:
    # (since stop 52 no record's or film's either: tests/test_generator_stop52.py)
    assert infobox_question("producer", "Producer", "Exa Days", False, "album") is None
    assert infobox_question("producer", "Producer", "Exa Night", False, "film") is None
    assert infobox_question("producer", "Producer", "Exa Show", False, "television") is None
    assert infobox_question("producer", "Producer", "Exa Bye", False, "Television episode") is None


def test_a_coachs_sport_is_not_asked() -> None:
    # R126, R133: "Which sport does X play?" of a coach who played three (and has died).
    assert infobox_question("sport", "Sport", "Dave Exa", False, "football biography") is None
