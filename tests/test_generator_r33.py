"""Rejects of blind review R33 (unseen articles, now tuning articles) that stay out."""

from __future__ import annotations

import random

from quiz.generator.answers import reject_answer
from quiz.generator.choices import readable
from quiz.generator.entities import EntityTypes, TypeCollector
from quiz.generator.facts import Facts, Sentence, extract_facts
from quiz.generator.falsify import false_statement_value
from quiz.generator.generate import entity_types
from quiz.generator.items import SentenceItems
from quiz.generator.references import Context
from quiz.generator.salience import guessed, salience
from quiz.generator.sentences import usable_sentence
from quiz.generator.spans import Span
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject
from quiz.generator.wikitext import parse_article


def _one_sentence(title: str, wikitext: str, value: str) -> tuple[SentenceItems, Sentence, Span]:
    facts = extract_facts(parse_article(title, wikitext))
    sentence = facts.sentences[0]
    span = next(s for s in sentence.spans if s.text == value)
    return SentenceItems(facts, entity_types(facts), 0), sentence, span


def _span(text: str, part: str, kind: str) -> Span:
    return Span(text.index(part), text.index(part) + len(part), part, kind)


def test_the_end_of_a_range_that_starts_with_a_full_date_is_not_asked() -> None:
    # "ran year-round from July 1, 1999 to _____ (date)": June 30, 2000 is given away
    text = "The Exa season ran year-round from July 1, 1999 to June 30, 2000, peaking in March."
    end = _span(text, "June 30, 2000", "date")
    assert reject_answer(Sentence(text, "", [end]), end, Facts("Exa"), EntityTypes())


def false_year_past_the_lead(title: str, lead: str, career: str, year: str) -> str | None:
    """The false value ``year`` gets in a ``career`` sentence, the one sentence under
    "Career" in an article of ``lead`` (shared with later rounds' tests)."""
    facts = extract_facts(parse_article(title, f"{lead}\n\n== Career ==\n{career}\n"))
    sentence = next(s for s in facts.sentences if s.section)
    value = next(s for s in sentence.swappable if s.text == year)
    items = SentenceItems(facts, entity_types(facts), 0)
    return false_statement_value(sentence, value, items, [], random.Random(0))


def test_a_state_s_year_makes_no_false_statement() -> None:
    # "In 2000, McKenzie had a scholarship" (2012 in the article) may be true as well
    lead = "'''Ann Roe''' is a player."
    had = "In 2012, Roe had a scholarship with the Exa Institute of Sport."
    assert false_year_past_the_lead("Ann Roe", lead, had, "2012") is None
    won = "In 2012, Roe won a place at the Exa Institute of Sport."  # (a scholarship's year is
    # no fact to learn since R303)
    assert false_year_past_the_lead("Ann Roe", lead, won, "2012")


def test_sentences_that_lean_on_an_earlier_time_or_place_are_dropped() -> None:
    subject = Subject("Exaland", "Exaland")
    for text in (
        "In a little over a century, in 1249, Exaland would establish its modern borders.",
        "Roe dropped out in 1961, and returned to Exaland in 1962.",
    ):
        assert prepare(text, [], subject, Context()) is None, text
    opened = prepare(
        "In addition the Soviets built a base at Vlora in 1952.", [], subject, Context()
    )
    assert opened is not None and opened.text == "The Soviets built a base at Vlora in 1952."


def test_a_formula_cut_by_its_template_is_no_sentence() -> None:
    assert not usable_sentence(
        "Exa forms a trigonal₃Bk metallocene complex with three rings at about 70 °C."
    )
    assert usable_sentence("Exa forms the compound BkCl₃ with three rings at about 70 °C.")


def test_a_critic_s_name_is_not_worth_asking() -> None:
    facts = Facts("Exa")
    for text, section in (
        ("Ann Roe, a writer for Allmusic, commented that the song was lovely.", "Release"),
        ("Ann Roe from Rolling Stone observed that the hall was small.", "Release"),
        ("Ann Roe commented on the song in 1970.", "Critical assessments"),
    ):
        name = _span(text, "Ann Roe", "entity")
        sentence = Sentence(text, section, [name])
        assert salience(sentence, name, "person", facts, EntityTypes(), text) == 0.0, text
    text = "Ann Roe recorded the song in London in 1970."
    name = _span(text, "Ann Roe", "entity")
    assert salience(Sentence(text, "Release", [name]), name, "person", facts, EntityTypes(), text)


def test_a_place_named_in_the_question_gives_its_country_away() -> None:
    facts = Facts("Exa")
    assert guessed("Jo was located 1000 nm east of North Island in which country?", "Oz", facts)
    assert guessed("The Moors eventually occupied most of which peninsula?", "Iberia", facts)
    assert not guessed("Roe was born in which city?", "Exampleton", facts)


def test_a_name_after_the_is_no_person_for_its_first_word() -> None:
    # "Who was held at the Nürburgring?" -> "German Grand Prix" ("Germán" is a given name)
    collector = TypeCollector()
    text = "The German Grand Prix was held at the Exaring in August."
    collector.see(text, 4, 21)
    assert collector.finish().coarse.get("German Grand Prix") != "person"
    collector = TypeCollector()
    text = "German Smith won the race at the Exaring in August."
    collector.see(text, 0, 12)
    assert collector.finish().coarse.get("German Smith") == "person"


def test_no_choice_from_before_the_subject_existed() -> None:
    # "The BT19 was not raced after _____": 1961 and 1963 came before the car (built for 1965)
    facts = extract_facts(
        parse_article(
            "Exa BT9",
            "The '''Exa BT9''' is a racing car built by Roe for the 1965 season.\n\n"
            "== Later years ==\nThe Exa BT9 was not raced in serious competition after 1967.\n",
        )
    )
    sentence = next(s for s in facts.sentences if s.section)
    year = next(s for s in sentence.swappable if s.text == "1967")
    items = SentenceItems(facts, entity_types(facts), 0)
    assert 1965 in items.year_anchors(sentence, year)
    launched = extract_facts(
        parse_article(
            "Exa-C",
            "{{Infobox spacecraft\n| Launch = 9 May 2003\n}}\n"
            "'''Exa-C''' is a space probe that returned samples of an asteroid in 2010.\n",
        )
    )
    assert SentenceItems(launched, entity_types(launched), 0).founded == 2003


def test_a_product_s_year_is_part_of_its_name() -> None:
    # "Microsoft Analysis Services 1991 RTM": the product's version swapped, a trick
    text = "When attempting to use Exa Services 2000 RTM, an error would sometimes appear."
    year = _span(text, "2000", "year")
    assert reject_answer(Sentence(text, "", [year]), year, Facts("Exa"), EntityTypes())


def test_a_figure_among_several_figures_ranks_lower() -> None:
    # "_____ of the 74,000 soldiers were women, and 600 of them ...": a figure among figures
    facts = Facts("Exa")
    crowded = "During the war, 2,000 of the 74,000 Exa soldiers were women, and 600 fought."
    plain = "During the war, the Exa navy had about 2,000 sailors in its ranks."
    scores = []
    for text in (crowded, plain):
        value = _span(text, "2,000", "number")
        scores.append(
            salience(Sentence(text, "", [value]), value, "number", facts, EntityTypes(), text)
        )
    assert scores[0] < scores[1]


def test_d36_rejects_stay_out() -> None:
    # The only power of two among the choices (128 among 155, 181, 217); "suffrage at 12 years
    # of age" (an age halved); "In _____, there was some concern that ..." (a mood's date).
    assert readable(["128", "155", "181", "217"], "128")
    assert not readable(["128", "64", "181", "217"], "128")
    items, sentence, span = _one_sentence(
        "Exaland", "'''Exaland''' has universal suffrage at 18 years of age.\n", "18"
    )
    assert false_statement_value(sentence, span, items, ["12", "9", "30"], random.Random(0)) is None
    text = "In 2005, there was some concern that warm Exa currents were slowing down."
    year = _span(text, "2005", "year")
    assert (
        salience(Sentence(text, "Issues", [year]), year, "year", Facts("Exa"), EntityTypes(), text)
        == 0
    )
