"""Rejects of blind review R47 (unseen articles, now tuning articles) that stay out."""

from __future__ import annotations

from quiz.generator.facts import extract_facts
from quiz.generator.references import Context, Edits, resolve_start_pronoun
from quiz.generator.sentences import usable_sentence
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject
from quiz.generator.wikitext import parse_article

ROE = Subject("Ben Roe", "Roe", person=True)
Q = "'" * 3


def test_an_it_must_be_noted_is_no_thing_and_there_is_a_place_named_before() -> None:
    # "D-1 howitzer M1943 must be noted that only several hundred D-1s were made"; "There
    # Kosciuszko took private lessons": where?
    gun = Subject("Exa howitzer", "the Exa howitzer")
    for text, kept in [
        ("It must be noted, however, that only several hundred were made by 1945.", False),
        ("It was not until 1950 that the gun was exported.", False),
        ("It was built in several hundred copies by 1945.", True),
    ]:
        edits = Edits(text)
        assert resolve_start_pronoun(text, gun, Context(), edits) is kept, text
    assert prepare("There Roe pursued his desire for drawing and painting.", [], ROE) is None
    kept = prepare("There are two portraits of Roe in the National Gallery of Exaland.", [], ROE)
    assert kept is not None


def test_a_names_comma_before_its_verb_goes_with_the_aside_it_was_for() -> None:
    # "Mufti Sarfraz Ahmed Naeemi, was a leading cleric": "Naeemi''', ({{lang-ur|...}}),".
    text = (
        f"[[Mufti]] {Q}Ben Roe{Q}, ({{{{lang-ur|بین}}}}), (February 16, 1948 - 12 June 2009) "
        "was a leading Sunni cleric from [[Exaland]].\n"
    )
    facts = extract_facts(parse_article("Ben Roe", text))
    assert facts.sentences
    assert facts.sentences[0].text.startswith("Mufti Ben Roe was a leading Sunni cleric")


def test_a_footnotes_star_is_no_sentence() -> None:
    # "Sesame Street has won 11** Grammy Awards"
    assert not usable_sentence("Exa Street has won 11** Grammy Awards, most recently in 2001.")
    assert usable_sentence("Exa Street has won 11 Grammy Awards, most recently in 2001.")
