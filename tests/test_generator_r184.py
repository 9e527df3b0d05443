"""Stop 41's mends, made general: a year is not asked beside its own day, a university named
for a person takes no "the", and a weak true statement past the lead is not asked."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.facts import Sentence
from quiz.generator.items import FactItems
from quiz.generator.questions import when_question
from quiz.generator.select import TRUE_PAST_LEAD, Bank
from quiz.generator.spans import Span
from quiz.generator.subject import find_subject
from quiz.generator.wikitext import parse_article
from quiz.model import Question


def _when(text: str, answer: str) -> str | None:
    start = text.index(answer)
    span = Span(start, start + len(answer), answer, "year")
    return when_question(Sentence(text, "", [span]), span)


def test_a_year_is_not_asked_beside_its_own_day() -> None:
    # "In what year was Joany Badenhorst born on 10 August in Harrismith, South Africa?"
    assert _when("Ann Exa was born on 10 August in 1994 in Exton.", "1994") is None
    assert _when("Ann Exa was born on August 10 in 1994 in Exton.", "1994") is None
    assert (
        _when("Ann Exa was born in 1994 in Exton.", "1994")
        == "In what year was Ann Exa born in Exton?"
    )


def test_a_university_named_for_a_person_takes_no_the() -> None:
    def name(title: str, body: str) -> str:
        text = f"{Q}{title}{Q} is a public university in [[Exland]]. {body}\n"
        return find_subject(parse_article(title, text)).name

    person = "Wilfrid Exley University"
    assert name(person, f"{person} was founded in 1911.") == person
    assert name(person, f"The {person} was founded in 1911.") == f"the {person}"  # as written
    place = "Exlandic National University"
    assert name(place, f"{place} was founded in 1911.") == f"the {place}"


def _statement(section: str, salience: float) -> FactItems:
    fact = FactItems("k", 3, "x", section, "entity", salience)
    prompt = "Ann Exa was to fight Ned Vark at Exa 10 in Exton."
    fact.options["tf_true"] = Question(id="k", kind="true_false", prompt=prompt, answer="True")
    return fact


def test_a_weak_true_statement_past_the_lead_is_not_asked() -> None:
    below, above = TRUE_PAST_LEAD - 0.1, TRUE_PAST_LEAD + 0.1
    assert not Bank().room(_statement("Career", below), "tf_true")
    assert Bank().room(_statement("Career", above), "tf_true")
    assert Bank().room(_statement("", below), "tf_true")  # the lead's: not by salience


def test_a_birth_field_written_as_one_word_makes_a_person() -> None:
    # "Infobox rugby league biography" names a league (no person's infobox by its name), and
    # its "dateofbirth" was no birth field: "The Andrew Johns were born on 19 May 1965."
    text = (
        "{{Infobox rugby league biography\n| name = Ann Exons\n| dateofbirth = 19 May 1974\n}}\n"
        f'{Q}Ann Gary "Joey" Exons{Q} (born 19 May 1974) is a former rugby league footballer.\n'
    )
    subject = find_subject(parse_article("Ann Exons", text))
    assert subject.person and not subject.plural and subject.name == "Exons"  # (his surname)
