"""Rejects of blind review R41 (unseen articles, now tuning articles) that stay out."""

from __future__ import annotations

from quiz.generator.checks import prompt_problem
from quiz.generator.facts import extract_facts
from quiz.generator.falsify import _kindred_years
from quiz.generator.generate import entity_types
from quiz.generator.items import SentenceItems
from quiz.generator.references import Context
from quiz.generator.sentences import split_sentences
from quiz.generator.spans import Span
from quiz.generator.standalone import ABSTRACT_SUBJECT, RELATIVE_TIME, prepare
from quiz.generator.structured import StructuredItems
from quiz.generator.subject import Subject, find_subject
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import LEANS_BACK, garbled_question

QQQ = "'" * 3


def _facts(title: str, wikitext: str):  # type: ignore[no-untyped-def]
    return extract_facts(parse_article(title, wikitext.replace("QQQ", QQQ)))


def test_time_that_leans_back_and_a_clause_after_a_semicolon() -> None:
    assert RELATIVE_TIME.search("Freddie Meeks died several years later in June 2003.")
    assert not RELATIVE_TIME.search("He died two years after World War II ended.")
    text = (
        "By this time, the arm was called Paramount TV Productions; Paramount ceased using the "
        "PTN name. The company continued to distribute programs."
    )
    assert len(split_sentences(text)) == 2  # (the clause after ";" is no sentence alone)
    assert ABSTRACT_SUBJECT.match("An outbreak caused by contaminated water occurred in 1981.")
    assert LEANS_BACK.search("In 1998, PBS aired a taped version of the opera adaptation.")
    assert not LEANS_BACK.search("In 1998, PBS aired the opera adaptation of the play.")


def test_a_past_form_left_after_did_is_garbled() -> None:
    assert garbled_question("In what year did a missionary call Alexander Buchan came to Kilda?")
    for fine in (
        "In what year did Smith write the book that won the prize?",
        "In what year did the band begin a tour that took them to Japan?",
        "In what year did the club win the cup and the league?",
    ):
        assert not garbled_question(fine), fine


def test_a_well_known_events_year_or_month_is_general_knowledge() -> None:
    facts = _facts("Exa T3", "QQQExa T3QQQ was a torpedo boat of the Royal Yugoslav Navy.\n")
    month = Span(0, 14, "September 1943", "date")
    assert prompt_problem("When the Italians capitulated in _____, T3 was seized.", month, facts)
    assert prompt_problem(
        "A few T3s were used in the invasion of Manchuria in _____.", month, facts
    )
    day = Span(0, 18, "September 17, 1176", "date")
    assert not prompt_problem("On _____, Manuel lost the Battle of Myriokephalon.", day, facts)


def test_the_company_is_not_the_one_the_sentence_names() -> None:
    # "After acquiring Desilu Productions in 1967, the Desilu Productions continued ..."; and
    # "acquired the Paramount Pictures" (a firm's name takes no "the").
    firm = Subject("Exa Network", "the Exa Network", kinds=frozenset({"network"}))
    context = Context()
    context.names = [("Desilu Productions", "")]
    text = "After acquiring Desilu Productions in 1967, the company continued to produce series."
    assert prepare(text, [], firm, context) is None
    context.names = [("Paramount Pictures", "")]
    named = prepare("In 1916 Adolph Zukor acquired the company.", [], firm, context)
    assert named is not None and named.text == "In 1916 Adolph Zukor acquired Paramount Pictures."


def test_an_infobox_place_says_its_level_and_a_nations_body_is_given() -> None:
    box = (
        "{{Infobox person\n| name = Joe Exa\n| death_place = [[Utah]]\n}}\nQQQJoe ExaQQQ "
        "(1879 – 1915) was a labor activist.\n"
    )
    facts = _facts("Joe Exa", box)
    items = StructuredItems(SentenceItems(facts, entity_types(facts), 0)).infobox()
    prompts = {q.prompt for item in items for q in item.options.values() if q.answer == "Utah"}
    assert "In which state did Joe Exa die?" in prompts
    town = _facts("Exa Town", "QQQExa TownQQQ is a city in [[South Africa]]. It is old.\n")
    town.subject = Subject("Exa Town", "Exa Town", country="South Africa")  # (as found)
    navy = Span(0, 18, "South African Navy", "entity")
    assert prompt_problem("The harbour is the main base of which navy?", navy, town)


def test_one_of_many_and_kindred_stems() -> None:
    text = (
        "QQQExa Wolverines teamQQQ is a basketball team of the University of Exa.\n\n== Season ==\n"
        "On February 3, 2011, [[Zack Novak]] was named one of 40 Academic All-District players."
    )
    facts = _facts("Exa Wolverines team", text)
    items = SentenceItems(facts, entity_types(facts), 0)
    values = {f.value for s in facts.sentences for f in items.items(s)}
    assert "Zack Novak" not in values  # (any of the 40 fits the gap)
    prose = "In 1998, a rotavirus vaccine was licensed. In 2006 routine vaccination began."
    assert 2006 in _kindred_years("In 1998, a rotavirus vaccine was licensed.", prose, "Exa")


def test_a_television_drama_is_the_show_its_article_talks_about() -> None:
    text = "QQQExa3QQQ is an American television drama which premiered on CBS in 2005."
    assert {"series", "show"} <= find_subject(parse_article("Exa3", text.replace("QQQ", QQQ))).kinds
