"""Generator stages, wording: sentence ends, names kept whole, places named another way."""

from __future__ import annotations

from quiz.generator.checks import named_by_adjective, prompt_problem
from quiz.generator.facts import Facts
from quiz.generator.references import Edits
from quiz.generator.sentences import split_sentences
from quiz.generator.spans import Span
from quiz.generator.standalone import drop_parentheticals


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_title_before_a_name_does_not_end_the_sentence() -> None:
    # Split after "Rev." the second half was "John Roe, the only minister to sign it."
    text = "The assembly was convened by the Rev. John Roe, the only minister to sign it. It met."
    assert sentences(text) == [
        "The assembly was convened by the Rev. John Roe, the only minister to sign it.",
        "It met.",
    ]
    assert sentences("Lt. Col. Ann Roe came. She left.") == ["Lt. Col. Ann Roe came.", "She left."]
    # "Jr." often does end a sentence.
    assert sentences("He spoke beside Ann Roe Jr. Smith was the only other speaker.") == [
        "He spoke beside Ann Roe Jr.",
        "Smith was the only other speaker.",
    ]


def test_brackets_glued_to_a_name_are_part_of_it() -> None:
    def without_asides(text: str) -> str:
        edits = Edits(text)
        drop_parentheticals(text, edits)
        return edits.apply([])[0]

    glued = "The largest congregation in the EC(USA) is in Exampleton."
    assert without_asides(glued) == glued  # not "in the EC is in Exampleton"
    aside = "The church (founded in 1706) is in Exampleton."
    assert without_asides(aside) == "The church is in Exampleton."


def test_a_place_named_by_its_adjective_is_given_away() -> None:
    assert named_by_adjective("Soviet Union", "The Russian abacus lost ground after 1974")
    assert named_by_adjective("United States", "America the Beautiful")
    assert named_by_adjective("China", "The Chinese abacus came to Korea")
    assert named_by_adjective("Germany", "the German army")
    assert not named_by_adjective("Korea", "The Chinese abacus came to")
    assert not named_by_adjective("Kentucky", "Kent")
    assert not named_by_adjective("Kent", "The Kentucky Derby")
    assert not named_by_adjective("Austria", "The Australian team")


def test_a_country_in_the_title_gives_the_answer_away() -> None:
    span = Span(0, 13, "United States", "entity")
    prompt = "The song is sung in churches in which country?"
    assert prompt_problem(prompt, span, Facts("America the Great"))
    assert not prompt_problem(prompt, span, Facts("Exampleton Hymn"))
