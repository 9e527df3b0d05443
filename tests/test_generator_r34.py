"""Rejects of blind review R34 (unseen articles, now tuning articles) that stay out, and
false statements that move a rank."""

from __future__ import annotations

import random

from quiz.generator.acronyms import Acronym, spell_out
from quiz.generator.entities import EntityTypes, TypeCollector
from quiz.generator.facts import Facts, Sentence, extract_facts
from quiz.generator.falsify import false_statement_value, ranked_statement
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.items import SentenceItems
from quiz.generator.references import Context
from quiz.generator.salience import salience
from quiz.generator.sentences import usable_sentence
from quiz.generator.spans import Span
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject, find_subject
from quiz.generator.typeclues import head_type
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import garbled_question


def test_a_rank_moved_down_makes_a_false_statement() -> None:
    assert ranked_statement("Asia is the largest continent on Earth.") == (
        "Asia is the second-largest continent on Earth."
    )
    assert ranked_statement("Exa has the second largest army in Africa.") == (
        "Exa has the third largest army in Africa."
    )
    assert ranked_statement("Exa 11 was the first spaceflight that landed on the Moon.") == (
        "Exa 11 was the second spaceflight that landed on the Moon."
    )
    assert ranked_statement("Asia is the most populous continent.") == (
        "Asia is the second most populous continent."
    )
    for kept in (
        "Exa is Roe's third largest exchange after Ann and Bea.",  # those before it named
        "Exa is one of the largest cities in Europe.",  # no rank
        "Exa lost in the first round of the Open.",  # a time
        "Exa wrote his first book while at university.",  # a detail
        "The largest ancestry groups in Exa are: English, Irish, German.",  # several
        "Exa won an Emmy Award, the highest honor given by the Academy.",  # an aside
        "Exa is the largest state, twice the size of Roe, the next largest state.",  # two
        "The largest use of Exa is for roads and accounts for about 85% of it.",  # a share
        "The most recent country to recognize Exa was Roe.",  # moving
    ):
        assert ranked_statement(kept) is None, kept


def test_a_rank_gives_a_waiting_true_statement_its_false_partner() -> None:
    wikitext = (
        "'''Exaland''' is the largest country in Westmark, with long coasts.\n"
        "Exaland is the most populous country of the Western Sea region.\n"
        "Exaland has many rivers and lakes in its mountains.\n"
    )
    bank = build_bank("Exaland", wikitext)
    prompts = {qu.prompt: qu.answer for qu in bank.questions if qu.kind == "true_false"}
    assert "False" in prompts.values(), prompts
    assert any("second" in p for p, a in prompts.items() if a == "False"), prompts


def test_r34_rejects_stay_out() -> None:
    # "Album of the Year" is an award ("nominated for which album?"); post-nominal letters are
    # not written out ("Richard PC Order of Canada (OC) OQ"); a three-digit year is a date's
    # ("died on _____ (day and month)" for 10 October 644); "In what year was ... beginning?"
    assert head_type("Album of the Year") == "award"
    acronyms = {"OC": Acronym("Order of Canada")}
    text = "Maurice Richard PC OC OQ was a hockey player."
    assert spell_out(text, [], acronyms)[0] == text
    assert garbled_question("In what year was Roe a Colonel in office as Governor beginning?")
    facts = extract_facts(
        parse_article("Exinus", "'''Exinus''' was a bishop of Rochester in Kent.\n")
    )
    items = SentenceItems(facts, entity_types(facts), 0)
    text = "Exinus died on 10 October 644 at Rochester in Kent."
    day = Span(text.index("10"), text.index(" at"), "10 October 644", "date")
    sentence = Sentence(text, "Death", [day])
    assert items.gapped(sentence, day) == "Exinus died on _____ (date) at Rochester in Kent."


def test_r34_sentences_that_lean_back_are_dropped() -> None:
    subject = Subject("Ann Roe", "Roe", person=True, pronoun="she")
    for text in (
        "After her return, Roe tried to keep on good terms with her father in Exaland.",
        "Roe had previously published an article on Exaland in Forbes magazine.",
    ):
        assert prepare(text, [], subject, Context()) is None, text
    assert not usable_sentence("Bey Mustafa responded by bringing more than 10,000 soldiers.")


def test_r34_trivia_is_not_asked() -> None:
    facts = Facts("Exa")
    for text, part, kind in (
        ("While at Exa College, Roe wore number 48 on his shirt.", "48", "number"),
        (
            "By July 1966, Roe was at the peak of both creative and commercial success.",
            "July 1966",
            "date",
        ),
        (
            "Rolling Stone ranked Exa number 291 on its list of the 500 greatest albums.",
            "500",
            "number",
        ),
    ):
        span = Span(text.index(part), text.index(part) + len(part), part, kind)
        sentence = Sentence(text, "Career", [span])
        assert salience(sentence, span, kind, facts, EntityTypes(), text) == 0.0, text


def test_a_false_year_stays_in_the_heading_s_century() -> None:
    # "re-opened on November 30, 1997" under "History > 21st century": False at a glance
    wikitext = (
        "The '''Exa Mansion''' is a historic house in Maryland.\n\n== History ==\n"
        "=== 21st century ===\nThe Exa Mansion re-opened to the public in 2007.\n"
    )
    facts = extract_facts(parse_article("Exa Mansion", wikitext))
    sentence = next(s for s in facts.sentences if s.section)
    year = next(s for s in sentence.swappable if s.text == "2007")
    items = SentenceItems(facts, entity_types(facts), 0)
    for seed in range(5):
        false = false_statement_value(sentence, year, items, [], random.Random(seed))
        assert false is None or int(false) >= 2000


def test_a_person_called_by_two_words_of_the_name() -> None:
    # "soon after San's return": José de San Martín is "San Martín", not "San"
    wikitext = (
        "'''José Francisco de San Martín Gómez y Matorras''' (1778–1850) was a general.\n\n"
        "== Life ==\nSan Martín was born in Yapeyú. San Martín fought in Spain. "
        "San Martin sailed to Buenos Aires. San Martín crossed the Andes. San Martin died in "
        "France. The battle of San Lorenzo was won.\n"
    )
    subject = find_subject(parse_article("José Francisco de San Martín Gómez y Matorras", wikitext))
    assert subject.name == "San Martín"


def test_a_place_after_a_given_name_is_no_person() -> None:
    # "Who had become fully Christianized?" -> "Roman Britain" ("Roman" is a given name)
    collector = TypeCollector()
    text = "Roman Britain had become fully Christianized by then."
    collector.see(text, 0, 13)
    assert collector.finish().coarse.get("Roman Britain") != "person"


def test_a_country_after_a_given_name_is_no_surname() -> None:
    # "Christian Russia" (a power to the north) made "Russia and Georgia" "Christian Russia and
    # Georgia" in a later sentence
    wikitext = (
        "QQQExaQQQ is a country in the Caucasus region of Eurasia.\n\n== History ==\n"
        "The emergence of a third power to the north, Christian Russia, changed the politics "
        "of Exa.\n"
        "In August 2008 Russia and Exa fought a short war over South Ossetia.\n"
    ).replace("QQQ", "'" * 3)
    facts = extract_facts(parse_article("Exa", wikitext))
    assert any(s.text.startswith("In August 2008 Russia and Exa fought") for s in facts.sentences)


def test_a_doctrine_is_no_person() -> None:
    # "the leadership of _____" -> "Arabic Christianity", asked as a person's name
    collector = TypeCollector()
    for text in ("Exa led Arabic Christianity for a century.", "Exa adopted Christianity early."):
        collector.text(text)
    collector.see("Exa led Arabic Christianity for a century.", 8, 27, "Arab Christians")
    assert collector.finish().coarse.get("Arabic Christianity") != "person"
