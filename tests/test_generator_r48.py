"""Rejects of blind review R48 (unseen articles, now tuning articles) that stay out."""

from __future__ import annotations

from quiz.generator.sentences import usable_sentence
from quiz.generator.subject import find_subject
from quiz.generator.wikitext import parse_article

Q = "'" * 3


def test_a_title_ending_in_dots_is_the_name_and_a_shorter_one_must_stand_alone() -> None:
    # "Shamaila Khan gave Kabhi Khushi Kabhie 9 out of 10 stars": the title's "Gham..." was
    # cut (no word boundary after "..."); "The Transport Workers was founded": the first
    # words of "Transport Workers Union of Australia" were counted inside the whole name.
    film = (
        f"{Q}Exa Khushi Kabhie Gham...{Q} is a 2001 Indian film.\n\n== Reception ==\n"
        + "Exa Khushi Kabhie Gham... was praised by critics. " * 3
        + "\n"
    )
    assert find_subject(parse_article("Exa Khushi Kabhie Gham...", film)).name == (
        "Exa Khushi Kabhie Gham..."
    )
    union = (
        f"The {Q}Exa Workers Union of Australia{Q} is a trade union.\n\n== History ==\n"
        + "The Exa Workers Union of Australia grew in 1950. " * 4
        + "\n"
    )
    name = find_subject(parse_article("Exa Workers Union of Australia", union)).name
    assert name.endswith("Exa Workers Union of Australia"), name
    alone = (
        f"{Q}Raith Rovers F.C.{Q} is a football club.\n\n== History ==\n"
        + "Raith Rovers won the cup in 1994. " * 4
        + "\n"
    )
    assert find_subject(parse_article("Raith Rovers F.C.", alone)).name == "Raith Rovers"


def test_in_addition_to_opens_no_sentence() -> None:
    # The bank audit counts "In addition ..." as a prompt that points outside itself (R48's
    # "In addition to learning law from Tuttle, Hobart fell in love with his daughter").
    assert not usable_sentence(
        "In addition to learning law from Roe, Smith fell in love with his daughter."
    )
    assert usable_sentence("Smith learned law from Roe and fell in love with his daughter Jane.")


def test_an_act_or_an_amendment_is_the_subject_its_article_calls_by_its_kind() -> None:
    # R49: "The Act" in the Kaufman Electrification Act's article; "Section 3 of the
    # amendment" in the Twenty-fifth Amendment's.
    text = (
        f"The {Q}Exa Electrification Act of 1923{Q} was a law of [[New York]].\n\n"
        "== Effect ==\nThe Act required the railroads to electrify by 1926.\n"
    )
    subject = find_subject(parse_article("Exa Electrification Act of 1923", text))
    assert "act" in subject.kinds
