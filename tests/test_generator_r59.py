"""Blind review R59: what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from quiz.generator.answers import reject_answer
from quiz.generator.checks import statement_ok
from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.generate import entity_types
from quiz.generator.items import SentenceItems
from quiz.generator.spans import Span
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject
from quiz.generator.substance import names_something
from quiz.generator.wikitext import parse_article

Q = "'" * 3
ROE = Subject("Ben Roe", "Roe", person=True, pronoun="he")


def falsified_statements(title: str, text: str) -> dict[str, bool]:
    """Each usable sentence of the article, and whether a false statement was made of it."""
    facts = extract_facts(parse_article(title, text))
    items = SentenceItems(facts, entity_types(facts), 0)
    return {s.text: any("tf_false" in f.options for f in items.items(s)) for s in facts.sentences}


def test_a_season_or_a_decade_keeps_its_year() -> None:
    # R59: "In 1972/3 Close led a two-match tour" became "In 1965/3 ..." (False); "In 1990's
    # self identifying Veddas knew few words" became "In 1985's ...": garbled and no fact.
    body = (
        "In 1972/3 Roe led the Exa Wanderers, a club he founded, on a two-match tour of "
        "[[Rhodesia]]. In 1990's Roe led the Exa Wanderers, a club he founded, on a tour of "
        "[[Kenya]]. In 1975 Roe led the Exa Wanderers, a club he founded, on a tour of [[India]]."
    )  # (a founding: since stop 56 a detail's year makes no statement, statements.minor_dated)
    text = (
        f"{Q}Ben Roe{Q} (1931 – 2015) was an English cricketer. He played for [[Exashire]]. "
        f"He was born in [[Exaville]]. {body}\n"  # (the lead: a side matter's year stays)
    )
    falsified = falsified_statements("Ben Roe", text)
    assert falsified.get(
        "In 1975 Roe led the Exa Wanderers, a club he founded, on a tour of India."
    ), falsified
    assert not any(v for t, v in falsified.items() if "/3" in t or "'s" in t), falsified


def test_what_someone_must_have_thought_is_no_fact() -> None:
    # R59: "When July 1970 came and went, Close must have thought he was safe."
    assert not statement_ok("When July 1970 came and went, Roe must have thought he was safe.")
    assert statement_ok("When July 1970 came and went, Roe signed a new contract with Exashire.")


def test_even_leans_on_the_sentence_before() -> None:
    # R59: "Close even became the first Leeds player to play international football at youth
    # level": besides what? (and which Leeds?)
    first = "Roe even became the first Exa player to play for England, in October 1948."
    assert prepare(first, [], ROE) is None
    assert prepare(first.replace(" even", ""), [], ROE) is not None
    named = "Roe was even named the Offensive MVP for Exa State in a losing cause in 2001."
    assert prepare(named, [], ROE) is None  # (R64)
    assert prepare(named.replace(" even", ""), [], ROE) is not None


def test_a_person_the_title_names_is_given_away() -> None:
    # R59: "The engine was invented by German engineer _____." -> Felix Wankel, in the
    # article "Wankel engine".
    facts = extract_facts(parse_article("Roper engine", f"The {Q}Roper engine{Q} is an engine.\n"))
    types = EntityTypes()

    def reason(name: str) -> str:
        text = f"The engine was invented by German engineer {name}."
        span = Span(text.index(name), text.index(name) + len(name), name, "entity")
        types.coarse[name] = "person"
        return reject_answer(Sentence(text, "History", [span]), span, facts, types)

    assert reason("Felix Roper") == "shares a name with the title"
    assert reason("Felix Doe") == ""


def test_his_before_he_names_the_subject_at_he() -> None:
    # R59: "After passing his Abitur, ..., he began" became "After passing Wolters' Abitur, or
    # secondary school examination, he began ...": whose Abitur, and who began?
    text = (
        "After passing his Abitur, or secondary school examination, he began his studies at "
        "the Technical University of Exaville in 1923."
    )
    prepared = prepare(text, [], ROE)
    assert prepared is not None
    assert prepared.text.startswith(
        "After passing his Abitur, or secondary school examination, Roe began"
    )


def test_a_running_count_is_not_asked() -> None:
    # R59: "The Avalanche have won 8 division titles and have gone to playoffs in all their
    # _____ (number) seasons": true only when the article was written.
    facts = extract_facts(parse_article("Exa Storm", f"The {Q}Exa Storm{Q} is a team.\n"))

    def reason(text: str) -> str:
        span = Span(text.index("10"), text.index("10") + 2, "10", "number")
        return reject_answer(Sentence(text, "", [span]), span, facts, EntityTypes())

    assert reason("The Exa Storm have gone to the playoffs in all their 10 seasons.") == (
        "a running count"
    )
    assert reason("The Exa Storm went to the playoffs in all their 10 seasons.") != (
        "a running count"
    )


def test_a_statement_that_says_what_its_title_says_is_given_away() -> None:
    # R59: "Radioactive waste is a waste product containing radioactive material." (True)
    title = "Radioactive waste"
    assert not names_something(
        "Radioactive waste is a waste product containing radioactive material.", title
    )
    assert names_something("Radioactive waste is a product of the reactors of Exaland.", title)
    assert names_something("Platinum is a chemical element with the symbol Pt.", "Platinum")
    grand = "Exa Forks is a city in Exa Forks County, North Dakota in the United States."
    assert names_something(grand, "Exa Forks")  # (it names a state and a country too)
