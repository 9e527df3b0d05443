"""Rejects of blind review R40 (unseen articles, now tuning articles) that stay out."""

from __future__ import annotations

from quiz.generator.answers import YEAR_LIST
from quiz.generator.checks import definition
from quiz.generator.falsify import _kindred_years
from quiz.generator.generate import build_bank
from quiz.generator.references import OBJECT_IT, Context
from quiz.generator.standalone import ABSTRACT_SUBJECT, prepare
from quiz.generator.subject import Subject, find_subject
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import LEANS_BACK

TABLE = """{{Infobox race
| name = Exampleton 500
}}
'''Exampleton 500''' was a stock car race held in [[Exampleton]] in 2011.

== Results ==
{| class="wikitable"
! Pos.
! Driver
! Points
|-
! 1
| [[Ann Driver]] || 80
|-
! 2
| [[Bo Driver]] || 75
|-
! 3
| [[Cy Driver]] || 69
|-
! 4
| [[Di Driver]] || 69
|-
! 5
| [[Ed Driver]] || 60
|}
"""
MAKERS = """
{| class="wikitable"
! Pos.
! Maker
! Points
|-
! 1
| Ford || 12
|-
! 2
| Dodge || 10
|-
! 3
| Toyota || 9
|-
! 4
| Honda || 5
|}
"""


def test_a_false_year_is_none_the_article_gives_the_same_deed() -> None:
    # "Bakunin went to Berlin in 1848" (false for 1840): the article has him go there then.
    prose = (
        "After long wrangles with his father, Bakunin went to Berlin in 1840. In 1848 Bakunin "
        "returned to Berlin with Herwegh. In 1851 he was handed over to Russia."
    )
    years = _kindred_years(prose.split(". ")[0] + ".", prose, "Mikhail Bakunin")
    assert 1848 in years and 1851 not in years


def test_a_reflexive_possessive_is_the_clauses_own() -> None:
    # "a young woman attempted to take her own life" had become "take Anderson's own life".
    anna = Subject("Anna Anderson", "Anderson", person=True, pronoun="she")
    text = "On 27 February 1920, a young woman attempted to take her own life in Berlin."
    assert prepare(text, [], anna, Context()) is None
    kept = prepare("On 27 February 1920, she left her home in Berlin.", [], anna, Context())
    assert kept is not None and kept.text.startswith("On 27 February 1920, Anderson left")


def test_names_with_accents_and_titles_with_of_are_read_right() -> None:
    # "Caballero has written" (his mother's surname) for Almodóvar; "the horrors of The
    # Disasters of War fought against the French" for "of the war".
    text = (
        "QQQPedro Almodóvar CaballeroQQQ (born 25 September 1949) is a Spanish filmmaker. "
        "Almodóvar was born in Calzada. Almodóvar moved to Madrid. Almodóvar made films.\n"
    ).replace("QQQ", "'" * 3)
    assert find_subject(parse_article("Pedro Almodóvar Caballero", text)).name == "Almodóvar"
    prints = parse_article("The Disasters of War", "The Disasters of War is a series of prints.")
    assert "war" not in find_subject(prints).kinds


def test_openings_that_lean_on_the_sentence_before() -> None:
    for text in (
        "After the coronation Richard put the affairs of the empire in order in 1190.",
        "The Russian was arrested in 1997 on American soil.",
    ):
        assert LEANS_BACK.search(text), text
    assert ABSTRACT_SUBJECT.match("A German translation was published by Kiepenheuer in 2008.")
    for text in (
        "After the coronation of Richard the affairs were put in order in 1190.",
        "The Norwegian government fell in 1997.",
    ):
        assert not LEANS_BACK.search(text), text
    place = "The Dinosaur Museum in Blanding, Utah, purchased it in February 1999."
    assert OBJECT_IT.match(place)  # "it": the article's subject, or the sentence is dropped


def test_years_of_a_list_of_works_and_a_lead_with_initials() -> None:
    films = (
        "Dare appeared in films, starring in The Argentine Tango in 1913, Dr. Wake's Patient in "
        "1916, Crime on the Hill in 1933 and Debt of Honour in 1936."
    )
    assert any("1913" in m.group() for m in YEAR_LIST.finditer(films))
    lead = "E.T. the Extra-Terrestrial is a 1982 American science fiction film. It tells a story."
    assert definition(lead) == "E.T. the Extra-Terrestrial is a 1982 American science fiction film."


def test_a_place_tied_on_points_is_not_asked() -> None:
    bank = build_bank("Exampleton 500", TABLE)
    ranked = {q.prompt for q in bank.questions if "finished" in q.prompt}
    assert any("finished first" in p for p in ranked)
    assert not any("finished third" in p for p in ranked)
    twice = TABLE + MAKERS  # two ranked tables under one heading: "the standings" of which?
    assert not any("finished" in q.prompt for q in build_bank("Exampleton 500", twice).questions)
