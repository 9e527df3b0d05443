"""Stop 71: R442's and R443's mends (a later date told by its count, a player the text gives
several positions, a post named by a relation, an award among many honours, a constituent
country, a building's opening dated otherwise) and R444's (a founding that was a renaming,
offices moved, a junior post)."""

from __future__ import annotations

from quiz.generator.careers import position_otherwise
from quiz.generator.facts import Facts
from quiz.generator.gazetteer import gazetteer_type
from quiz.generator.honours import award_among_many
from quiz.generator.kindwording import CAREER_WORDING, begun_otherwise, fitted_question
from quiz.generator.otherwise import told_elsewhere
from quiz.generator.placeforms import place_accepts
from quiz.generator.subject import Subject
from quiz.generator.substance import tells_key_event
from quiz.generator.trim import trim_around


def test_a_later_date_told_by_its_count_is_cut_after_a_dated_answer() -> None:
    text = (
        "Game of Thrones premiered on HBO in the United States on April 17, 2011, and its "
        "sixth season ended on June 26, 2016."
    )
    start = text.index("April 17, 2011")
    trimmed, a, b = trim_around(text, start, start + len("April 17, 2011"), "Game of Thrones")
    assert trimmed == "Game of Thrones premiered on HBO in the United States on April 17, 2011."
    assert trimmed[a:b] == "April 17, 2011"
    plain = "The show premiered on April 17, 2011, and its last season ended in 2019."
    start = plain.index("April")
    assert trim_around(plain, start, start + 14)[0] == plain  # (no count to go back by)


def test_no_position_is_asked_where_the_text_gives_the_player_another() -> None:
    assert position_otherwise("Forward", "He has played as a false nine and on the wing.")
    assert position_otherwise("Forward", "He plays as a forward, and at times as a false winger.")
    assert position_otherwise("Defender", "He began as a centre-back.")
    assert not position_otherwise("Forward", "He plays as a forward for the club.")
    assert not position_otherwise("Midfielder", "She plays as an attacking midfielder.")


def test_a_post_named_by_a_relation_reads_with_the() -> None:
    question = fitted_question(
        CAREER_WORDING,
        "term_start",
        "Carla Bruni",
        "person",
        "date",
        "Wife of the President of the French Republic",
    )
    assert question == (
        "In what year did Carla Bruni become the wife of the President of the French Republic?"
    )
    assert fitted_question(
        CAREER_WORDING, "term_start", "Anna Berg", "person", "date", "Mayor of Dorvan"
    ) == ("In what year did Anna Berg become Mayor of Dorvan?")


def test_the_year_of_an_award_is_not_asked_where_the_article_lists_many() -> None:
    won = "In 1996, Berg won the prestigious Golden Oak Award in International Cooperation."
    joint = "Berg and Roe were the joint recipients of the Karlspreis in 1988."

    def facts(honours: int) -> Facts:
        listed = [f"Order of Velmora {i}" for i in range(honours)]
        return Facts("Anna Berg", lists=[("Public perception > Honours", "", listed)])

    assert award_among_many(won, facts(4)) and award_among_many(joint, facts(12))
    assert not award_among_many(won, facts(0))  # (one award, no list: a fact to learn)
    assert not award_among_many("In 1982, Berg became Mayor of Dorvan.", facts(12))


def test_a_constituent_country_is_a_country() -> None:
    assert gazetteer_type("Scotland") == "country"  # (was "region", R443)
    assert gazetteer_type("Ontario") == "province"


def test_no_opening_year_where_the_text_dates_the_building_otherwise() -> None:
    sentences = ['The lodge had first been established in 1915 as a "Tent City".']
    assert begun_otherwise("opening_date", "1922", sentences, "Jasper Park Lodge")
    assert not begun_otherwise("opening_date", "1922", ["The lodge opened in 1922."], "X")


def test_no_founding_year_that_is_a_renaming_year() -> None:
    sentences = [
        "In 1953 the co-educational Notre Dame High School was erected.",
        "In 1962, Loretto Academy and Notre Dame were renamed Bishop Macdonell Catholic High "
        "School, after Bishop Alexander Macdonell.",
    ]
    assert begun_otherwise("founded", "1962", sentences, "Bishop Macdonell Catholic High School")
    assert not begun_otherwise("founded", "1962", sentences[:1], "Bishop Macdonell")


def test_no_headquarters_where_the_body_moved_its_offices() -> None:
    prose = (
        "Four Star Air Cargo was an airline based in Saint Thomas, but it later moved its "
        "offices to San Juan, Puerto Rico."
    )
    subject = Subject("Four Star Air Cargo", "Four Star Air Cargo")
    assert told_elsewhere("headquarters", "San Juan, PR USA", prose, subject)
    still = prose.replace(", but it later moved its offices to", " and in")
    assert not told_elsewhere("headquarters", "San Juan, PR USA", still, subject)


def test_joining_a_body_in_a_junior_post_is_no_key_event() -> None:
    assert not tells_key_event(
        "Beckett joined the University of Manchester in 1966 as an experiment officer in its "
        "metallurgy department."
    )
    assert tells_key_event("Beckett joined the Labour Party in 1970.")


def test_an_age_or_a_compound_is_no_position() -> None:
    lead = "Ann Berg is an Exlandic footballer. "  # (a lead naming a position is R138's rule)
    assert not position_otherwise("Forward", lead + "She joined the academy as a nine-year-old.")
    assert not position_otherwise("Forward", lead + "She left as a centre-back-turned-coach.")
    assert position_otherwise("Forward", lead + "She left as a centre-back.")


def test_a_joined_towns_first_part_the_text_uses_alone_is_accepted() -> None:
    value = "Mossenberg-Wöhren, North Rhine-Westphalia, Germany"
    told = Facts("G", prose="Schröder was born in Mossenberg, today an outlying centre of X.")
    assert "Mossenberg" in place_accepts(value, [], told)
    assert "Mossenberg" not in place_accepts(value, [], Facts("G", prose="He was born there."))
    saint = Facts("S", prose="He moved to Saint-Denis, and later lived in Saint Paul.")
    assert "Saint" not in place_accepts("Saint-Denis, France", [], saint)
