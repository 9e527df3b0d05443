"""Stop 71: a name is asked from a sentence past the lead that gives nothing else (an
undated one, or one whose only item was a true statement with no false partner), by a short
wh-question that names one thing (``nameasks``)."""

from __future__ import annotations

import pytest

from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.items import CENTRAL_SHARE, SentenceItems
from quiz.generator.nameasks import loose_ask
from quiz.generator.wikitext import parse_article

LEAD = (
    "'''Dorvan''' is the capital and largest city of the state of [[Velmora]]. The river "
    "[[Spree]] flows through Dorvan from the east. Dorvan was first documented in 1237.\n\n"
)


def _prompts(body: str) -> dict[str, str]:
    bank = build_bank("Dorvan", LEAD + "== Geography ==\n" + body)
    return {q.prompt: q.answer for q in bank.questions}


def test_an_undated_sentence_past_the_lead_asks_its_name() -> None:
    prompts = _prompts(
        "In the west of Dorvan, the river Spree empties into the river [[Havel]].\n"
        "The river Spree flows through the centre of Dorvan and its old town.\n"
        "The Havel is a slow river with many lakes.\n"
    )
    asked = "In the west of Dorvan, the river Spree empties into which river?"
    assert prompts[asked] == "Havel"


def test_a_name_the_article_gives_once_is_not_asked() -> None:
    prompts = _prompts(
        "In the west of Dorvan, the river Spree empties into the river [[Havel]].\n"
        "The river Spree flows through the centre of Dorvan and its old town.\n"
    )
    assert "Havel" not in prompts.values()  # (mentions.returned_to: told once)


def test_a_loose_item_never_takes_the_place_of_another_naming_the_same_answer() -> None:
    body = (
        "The state of [[Velmora]] is linked with Dorvan through the river Spree.\n"
        "Velmora is a green state with many rivers.\n"
    )
    facts = extract_facts(parse_article("Dorvan", LEAD + "== Geography ==\n" + body))
    items = SentenceItems(facts, entity_types(facts), 0, CENTRAL_SHARE)
    (sentence,) = [s for s in facts.sentences if s.text.startswith("The state of Velmora")]
    made = [items.fact(sentence, span, loose=True) for span in sentence.spans]
    assert [f.options["short_answer"].prompt for f in made if f] == [
        "Which state is linked with Dorvan through the river Spree?"
    ]  # (made, but it ranks below the lead's item, which names the same state)
    asked = [p for p, a in _prompts(body).items() if a == "Velmora"]
    assert asked == ["Dorvan is the capital and largest city of which state?"]


@pytest.mark.parametrize(
    "question",
    [
        "In 1783, who defused the Newburgh conspiracy, but riots forced Congress to leave?",
        "Which airport is an important transfer hub for Air Berlin as well as a focus city?",
        "Which building is an example of modern architecture in Islamabad?",
        "Which park is one of the city's earliest planned communities?",
        "Which cup did the team win in 1954 and the UEFA European Championship in 1972?",
        "Which album 2014 re-release features remixes from 2003?",
        "On 7 December 2012, who nominated Yulia Tymoshenko as its presidential candidate?",
        "In 1992, who needed money because he was poor?",
        "Which station was forced to close down one of its reactors after an accident?",
        "Oxygen was liquefied in a stable state for the first time on March 29, 1883, by "
        "Polish scientists from which university?",
    ],
)
def test_a_loose_question_is_not_asked(question: str) -> None:
    assert loose_ask(question)


@pytest.mark.parametrize(
    "question",
    [
        "Which state is linked with Azerbaijan through the U.S. National Guard State "
        "Partnership Program?",
        "Bailey earned her Ph.D. in psychology at which university in 1978?",
        "The aardvark is a burrowing mammal native to which continent?",
        "Who had produced oxygen gas by heating mercuric oxide and various nitrates?",
    ],
)
def test_a_short_question_naming_one_thing_is_asked(question: str) -> None:
    assert not loose_ask(question)
