"""Review R172-R173's failures, made general: "table tennis player" is no tennis player, "a
popular band" is an opinion, and a false statement's true year printed in another item
("the 2006 song") gives it away."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.answers import reject_answer
from quiz.generator.checks import statement_ok
from quiz.generator.copied import debris, points_back
from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.items import FactItems
from quiz.generator.salience import AS_OF
from quiz.generator.select import Bank
from quiz.generator.subject import Subject, _short_name
from quiz.generator.substance import says_the_title
from quiz.generator.wikitext import parse_article
from quiz.model import Question


def _occupation(text: str) -> str | None:
    for question in build_bank("Ann Exa", text).questions:
        if question.prompt.endswith("occupation?"):
            return question.answer
    return None


def test_a_noun_before_a_sport_makes_another_sport() -> None:
    lead = f"{Q}Ann Exa{Q} (born 9 August 1981) is an Exlandic {{}} who played in Exton.\n"
    assert _occupation(lead.format("tennis player")) == "tennis player"
    assert _occupation(lead.format("professional tennis player")) == "tennis player"
    assert _occupation(lead.format("table tennis player")) is None
    assert _occupation(lead.format("wheelchair basketball player")) is None
    assert _occupation(lead.format("television screenwriter")) == "screenwriter"  # (a kind of)


def test_a_popular_band_is_an_opinion() -> None:
    assert not statement_ok("Exa Alias are a popular band in the Exland punk scene.")
    assert statement_ok("Exa Alias are a band in the Exland punk scene.")


def _fact(key: str, kind: str, prompt: str, context: str, answer: str) -> FactItems:
    fact = FactItems(key, len(key), context, "", "year", 1.0)
    option = "tf_false" if kind == "true_false" else kind
    fact.options[option] = Question(id=key, kind=kind, prompt=prompt, answer=answer)
    return fact


def test_a_false_statement_s_true_year_printed_elsewhere_gives_it_away() -> None:
    false = _fact(
        "a",
        "true_false",
        "Exa High was released in 2012.",
        "Exa High was released in 2006.",
        "False",
    )
    dated = _fact("b", "short_answer", "Who produced the 2006 song Exa High?", "x", "Tom Ploy")
    other = _fact("c", "short_answer", "Who won the Exa Prize in 2006?", "y", "Ned Vark")
    bank = Bank()
    bank.add(false, "tf_false")
    assert bank.gives_away(dated, "short_answer")  # ("the 2006 song": released in 2006)
    assert not bank.gives_away(other, "short_answer")  # (another event of that year)
    bank = Bank()
    bank.add(dated, "short_answer")
    assert bank.gives_away(false, "tf_false")


def test_r174_r175_a_field_named_twice_a_premier_claim_a_dated_count_a_writer() -> None:
    assert debris("In physical fitness, physical fitness is a general state of health.")
    assert not debris("In physics, fitness is a measure of something else entirely.")
    assert not statement_ok("Exton Park is one of the premier cricket stadiums of Exland.")
    assert AS_OF.search("As at 17 October 2006, twenty coins have been minted in Exland.")
    lead = f"{Q}Ann Exa{Q} (born 9 August 1941) was an Exlandic journalist{{}}.\n"
    assert _occupation(lead.format("")) == "journalist"
    assert _occupation(lead.format(", economist and writer")) is None  # (an essayist too?)


def test_a_false_nationality_printed_elsewhere_gives_it_away() -> None:
    false = _fact(
        "a", "true_false", "Ann Exa is a French runner.", "Ann Exa is a British runner.", "False"
    )
    told = _fact(
        "b", "short_answer", "Exa was the first British woman to win which race?", "x", "Y"
    )
    other = _fact("c", "short_answer", "Exa won which race in Exton in 2012?", "y", "Z")
    bank = Bank()
    bank.add(false, "tf_false")
    assert bank.gives_away(told, "short_answer")  # ("British": the statement is False)
    assert not bank.gives_away(other, "short_answer")
    bank = Bank()
    bank.add(told, "short_answer")
    assert bank.gives_away(false, "tf_false")


def test_r176_r177_a_saint_s_name_a_decade_s_words_and_a_title_with_a_comma() -> None:
    text = f"{Q}Ann Exa{Q} (born 1987) is a quarterback. Exa led St. [[Rita Cascia]] to titles.\n"
    facts = extract_facts(parse_article("Ann Exa", text))
    reasons = {
        s.text: reject_answer(sentence, s, facts, entity_types(facts))
        for sentence in facts.sentences
        for s in sentence.spans
    }
    assert reasons["Rita Cascia"] == "a name cut from its possessive or title"  # "St. _____"
    assert debris("Exa led the defence of Exton in the early 1918, but was forced back.")
    assert not debris("Exa led the defence of Exton in the early 1920s, but was forced back.")
    album = Subject("Whoa, Exa!", "Whoa, Exa!")
    assert _short_name("Whoa, Exa!", "Whoa, Exa! peaked at number ten. Whoa sold well.") == (
        "Whoa, Exa!"
    )  # (not "Whoa": no place after its comma)
    assert _short_name("Exton Township, Wy County", "Exton Township was formed in 1850.") == (
        "Exton Township"
    )
    assert _short_name("Deep, Deep Exa", "Deep, Deep Exa is a song. Deep was a hit.") == (
        "Deep, Deep Exa"
    )  # (R179: "Which artist recorded Deep?")
    assert album.mention(start=True) == "Whoa, Exa!"


def test_r176_r177_replaced_as_nothing_a_cut_abbreviation_a_bare_verb() -> None:
    assert points_back("Exa was replaced by Tom Ploy.")  # (as what?)
    assert not points_back("Exa was replaced as director by Tom Ploy.")
    assert not points_back("In 1940 the old bridge was replaced by a steel one.")
    assert debris("Exa joined Exton College in 1927, and received a Lit.")  # ("Lit. Hum.")
    assert not debris("Exa joined Exton College in 1927, and received a B.A. in 1930.")
    assert debris("Ann Exa is an Exlandic artist, lives and works in Exton.")
    assert not debris("Ann Exa is an Exlandic artist who lives and works in Exton.")


def test_named_after_a_word_of_the_title_is_given_away() -> None:
    assert says_the_title("The Exa Sea is named after the explorer Sir Tom Exland.", "Exland Sea")
    assert not says_the_title("The Exa Sea is named after the explorer Tom Ploy.", "Exland Sea")


def test_a_birthplace_clause_run_into_the_next_verb_is_debris() -> None:
    assert debris("Exa was an Exland guitarist, born in Exton, Exshire, grew up in Wyton.")
    assert not debris("Exa was an Exland guitarist, born in Exton, who grew up in Wyton.")
