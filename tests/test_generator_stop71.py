"""Stop 71: who did a deed is asked from a sentence past the lead that gives nothing else (an
undated one, or one whose only item was a true statement with no false partner), by a short
question that names one thing (``nameasks``); and R442's mends (at the end)."""

from __future__ import annotations

import pytest

from quiz.generator.generate import build_bank
from quiz.generator.kindwording import CAREER_WORDING, fitted_question
from quiz.generator.nameasks import done_to_subject, loose_ask
from quiz.generator.positions import several_positions
from quiz.generator.trim import trim_around

LEAD = (
    "'''Dorvan''' is a market town on the river [[Spree]], whose first female mayor was an "
    "engineer. Dorvan was first documented in 1237.\n\n== History ==\n"
)


def _prompts(body: str) -> dict[str, str]:
    return {q.prompt: q.answer for q in build_bank("Dorvan", LEAD + body).questions}


def test_who_did_a_deed_is_asked_where_the_sentence_gives_nothing_else() -> None:
    body = "In 1990, [[Anna Berg]] was elected the first female mayor of Dorvan.\n"
    again = "Anna Berg was an engineer from the town.\n"
    asked = "In 1990, who was elected the first female mayor of Dorvan?"
    assert _prompts(body + again)[asked] == "Anna Berg"
    assert asked not in _prompts(body)  # (a name the article gives once: mentions.returned_to)


def test_only_a_person_is_asked_so() -> None:
    text = (
        "QQQDorvanQQQ is a market town in the west of the state, where the river Spree flows."
        "\n\n== History ==\nIn the west of Dorvan, the river Spree empties into the river "
        "[[Havel]].\nThe Havel is a slow river with many lakes.\n"
    ).replace("QQQ", "'" * 3)  # (R442 passed 10 of 18 such "which river?" questions)
    assert not build_bank("Dorvan", text).questions


@pytest.mark.parametrize(
    "question",
    [
        "In 1783, who defused the Newburgh conspiracy, but riots forced Congress to leave?",
        "Who was an important transfer hub for Air Berlin as well as a focus city?",
        "Who is one of the city's earliest settlers?",
        "Who won the cup in 1954 and the UEFA European Championship in 1972?",
        "On 7 December 2012, who nominated Yulia Tymoshenko as its presidential candidate?",
        "In 1992, who needed money because he was poor?",
        "Who was liquefied in a stable state for the first time on March 29, 1883, by "
        "Polish scientists from the university?",  # (over 20 words)
        "Which state is linked with Azerbaijan through the U.S. National Guard State "
        "Partnership Program?",  # (not "who": R442 passed 10 of 18 such)
        "At about the age of eighteen, Aristotle moved to Athens to continue his education "
        "at which academy?",
    ],
)
def test_a_loose_question_is_not_asked(question: str) -> None:
    assert loose_ask(question)


@pytest.mark.parametrize(
    "question",
    [
        "In 2005, who was elected the first female Chancellor of Germany?",
        "Who had produced oxygen gas by heating mercuric oxide and various nitrates?",
        "Who launched the Global Health Initiative at the Annual Meeting in 2002?",
    ],
)
def test_a_short_who_question_naming_one_thing_is_asked(question: str) -> None:
    assert not loose_ask(question)


def test_a_deed_done_to_the_subject_or_a_part_of_it_is_no_loose_question() -> None:
    assert done_to_subject("Who visited Wyton in 1801?", "Wyton")
    assert done_to_subject("Who inaugurated the market hall of Exampleton in 1901?", "Exampleton")
    assert not done_to_subject(
        "In 2005, who was elected the first female Chancellor of Germany?", "Germany"
    )
    assert not done_to_subject("Who visited Wytonville in 1801?", "Wyton")


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
    assert several_positions("He has played as a false nine and on the wing.", "Forward")
    assert several_positions("He began as a centre-back.", "Defender")
    assert not several_positions("He plays as a forward for the club.", "Forward")
    assert not several_positions("She plays as an attacking midfielder.", "Midfielder")


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
