"""Blind review R62: what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from quiz.generator.answers import reject_answer
from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.spans import Span
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject
from quiz.generator.substance import names_something
from quiz.generator.wikitext import parse_article

Q = "'" * 3
ROE = Subject("Ben Roe", "Roe", person=True, pronoun="he")


def test_an_example_or_more_of_something_leans_on_the_sentence_before() -> None:
    # R62: "In the 2009 Yukon Quest, for example, Jamaican Newton Marshall borrowed a dog
    # team"; "Sebastian showcased two more songs, "Amnesia" and "Armageddon", at ..."
    example = "In the 2009 Exa Quest, for example, Roe borrowed a dog team from Ann Doe."
    assert prepare(example, [], ROE) is None
    assert prepare(example.replace(", for example,", ""), [], ROE) is not None
    assert prepare("In December 2011 Roe showcased two more songs in Exaville.", [], ROE) is None
    assert prepare("In December 2011 Roe showcased two songs in Exaville.", [], ROE) is not None


def test_another_name_alone_is_not_worth_a_statement() -> None:
    # R62: "Rujm el-Hiri is also called Rogem Hiri." (a respelling a learner guesses)
    assert not names_something("Rujm el-Exa is also called Rogem Exa.", "Rujm el-Exa")
    assert names_something(
        "Rujm el-Exa is an ancient megalithic monument in Roeland.", "Rujm el-Exa"
    )


def test_a_name_with_its_apposition_is_no_answer() -> None:
    # R62: "Pedro II fell out with Teresa Cristina's brother _____, as a result of ..." ->
    # "Luigi, the Count of Áquila": "Luigi" or "the Count of Áquila" fit as well.
    facts = extract_facts(parse_article("Ann Roe", f"{Q}Ann Roe{Q} was an empress.\n"))

    def reason(name: str) -> str:
        text = f"Ann Roe's husband fell out with her brother {name}, as a result of a quarrel."
        span = Span(text.index(name), text.index(name) + len(name), name, "entity")
        return reject_answer(Sentence(text, "", [span]), span, facts, EntityTypes())

    assert reason("Luigi, the Count of Exa") == "a name with its apposition"
    assert reason("Luigi Doe") == ""


def test_named_or_called_to_something_is_a_fact() -> None:
    # (not another name: "Shirley was called to the bar in 1713", "Lemon was named the starter")
    assert names_something("Roe was named Exaville's starter for the first game.", "Ben Roe")
    assert names_something("Roe was called to the bar of Exaville.", "Ben Roe")
