"""Rejects of blind review R46 (unseen articles, now tuning articles) that stay out."""

from __future__ import annotations

from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.sentences import usable_sentence
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject, find_subject
from quiz.generator.wikitext import parse_article

ROE = Subject("Ben Roe", "Roe", person=True)


def test_a_concession_or_a_sum_of_what_came_before_does_not_stand_alone() -> None:
    # "Shostakovich nevertheless won an honorable mention": despite what? "Altogether, Kippax
    # made four centuries": in which season?
    assert prepare("Roe nevertheless won an honourable mention in 1936.", [], ROE) is None
    assert not usable_sentence("Altogether, Roe made four centuries and averaged almost 72.")
    assert usable_sentence("Roe made four centuries and averaged almost 72 in 1933.")
    kept = prepare("A supporter of reform, Roe nevertheless opposed the 1898 bill.", [], ROE)
    assert kept is not None


def test_a_convention_or_a_center_is_the_subject_its_article_calls_by_its_kind() -> None:
    # "the Convention" in the Philadelphia Convention's article, "the Center" in the Storm
    # Prediction Center's: the statement names the subject.
    text = (
        "The QQQExampleton ConventionQQQ took place from May 25 to September 17, 1787, in "
        "[[Exampleton]].\n\n== Delegates ==\nThe Convention met in the State House in 1787.\n"
    ).replace("QQQ", "'" * 3)
    article = parse_article("Exampleton Convention", text)
    subject = find_subject(article)
    assert "convention" in subject.kinds
    met = prepare("The Convention met in the State House in 1787.", [], subject)
    assert met is not None and met.text.startswith("The Exampleton Convention met")
    facts = extract_facts(article)
    assert any(s.text.startswith("The Exampleton Convention met") for s in facts.sentences)


def test_a_song_with_a_cover_versions_infobox_is_not_asked_by_artist() -> None:
    # "Which artist recorded River Deep - Mountain High?": its article has the infoboxes of
    # three recordings, so three artists are right.
    single = "{{Infobox single\n| Name = Exa Song\n| Artist = [[Ann Roe]]\n| Released = 1966\n}}\n"
    cover = "{{Infobox single\n| Name = Exa Song\n| Artist = [[Bob Smith]]\n| Released = 1969\n}}\n"
    lead = "QQQExa SongQQQ is a pop song released in 1966.\n".replace("QQQ", "'" * 3)
    body = "\n== Versions ==\nAnn Roe sang it first; Bob Smith recorded it in 1969.\n"
    # (the text names the artist in full: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)

    def asked(text: str) -> list[str]:
        return [q.prompt for q in build_bank("Exa Song", text).questions if "artist" in q.prompt]

    assert asked(single + lead + body)
    assert not asked(single + lead + body + cover)


def test_an_it_that_stands_for_no_thing_is_not_the_subject() -> None:
    # "Ancient Egyptian literature was not until the early Middle Kingdom that ...": the "It"
    # of "It was not until" had been written as the subject.
    text = (
        "QQQExa literatureQQQ is literature written in the [[Exa language]] from 3000 BC.\n"
        "During the [[Old Kingdom]] (2600 BC to 2200 BC), literary works included [[hymn]]s "
        "and letters. It was not until the early [[Middle Kingdom]] that a narrative "
        "literature was created.\n"
    ).replace("QQQ", "'" * 3)
    facts = extract_facts(parse_article("Exa literature", text))
    assert not any("not until" in s.text for s in facts.sentences)
    assert facts.sentences  # (the lead's definition stays)
