"""Review R100's groundwork: false statements and questions past the lead, by who the
sentence is about."""

from __future__ import annotations

import pytest
from test_generator_r73 import Q, options, sentence_items

from quiz.generator.substance import subject_led

NAMES = ("Offer", "Daniel Offer")


@pytest.mark.parametrize(
    "text",
    [
        "Offer graduated from the University of Chicago in 1957.",
        "In 1963 Offer realized that little was known about adolescents.",
        "On June 5, 1996, Offer was elected president of the society.",
        "Frustrated, Offer applied to join the Royal Flying Corps.",
        "Offer, then a student, joined the Palmach in 1948.",
        "Daniel Offer died in Chicago in 2014.",
    ],
)
def test_a_sentence_the_subject_leads(text: str) -> None:
    assert subject_led(text, NAMES, person=True)


@pytest.mark.parametrize(
    "text",
    [
        "The Atomic Energy Commission accepted Offer's proposal in 1952.",
        "In 1892, lacrosse became a permanent part of the college's program.",
        "Offer's study began in 1962.",  # what it is about is the study
        "The Offer Society was established in 1872.",
        "In 1959 the Motown impresario Berry Gordy visited Offer at his laboratory.",
    ],
)
def test_a_sentence_another_subject_leads(text: str) -> None:
    assert not subject_led(text, NAMES, person=True)


def test_a_given_name_before_the_surname_is_the_subject_only_for_a_person() -> None:
    assert subject_led("Arthur Rudolph died in Hamburg in 1996.", ("Rudolph",), person=True)
    assert not subject_led("Arthur Bank was founded in 1996.", ("Bank",))


BIOGRAPHY = (
    f"{Q}Jan Exa{Q} (1929-2014) was an American [[psychiatrist]] who graduated from the "
    "[[Pritzker School of Medicine]] and studied adolescents at the [[University of Chicago]]."
    "\n\n== Career ==\nExa graduated from the [[Pritzker School of Medicine]] in 1957. He "
    "founded a journal of adolescent psychiatry in 1972. The Exa Alumni Association of the "
    "[[University of Chicago]] was established in 1872 for psychiatrists who studied "
    "adolescents.\n"
)


def test_a_false_statement_past_the_lead_changes_only_what_the_subject_did() -> None:
    # R94-R99: false statements past the lead passed 26 of 41 where the article's subject
    # led the sentence, 20 of 42 where another did ("The Baltimore City College Alumni
    # Association was established in 1872": a trick on a minor date)
    assert "tf_false" in options("Jan Exa", BIOGRAPHY, "Exa graduated")
    assert "tf_false" not in options("Jan Exa", BIOGRAPHY, "The Exa Alumni")


def test_what_the_subject_did_past_the_lead_is_asked_as_a_question() -> None:
    # short answers passed 48 of 56 in R94-R99, false statements past the lead 46 of 83: a
    # sentence the subject leads may be asked ("In what year did Exa graduate ...?")
    told, items = sentence_items("Jan Exa", BIOGRAPHY, "Exa graduated")
    facts = items.items(told)
    asked = [f.options["short_answer"].prompt for f in facts if "short_answer" in f.options]
    assert asked and all("Exa" in prompt for prompt in asked), asked
    told, items = sentence_items("Jan Exa", BIOGRAPHY, "The Exa Alumni")
    assert not any("short_answer" in f.options for f in items.items(told))
