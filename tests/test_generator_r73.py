"""Blind review R73: what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from quiz.generator.facts import extract_facts
from quiz.generator.sentences import usable_sentence
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject
from quiz.generator.wikitext import parse_article

Q = "'" * 3
EXA = Subject("Jan Exa", "Exa", person=True, pronoun="he")


def sentence_texts(title: str, text: str) -> list[str]:
    """The article's usable sentences as the generator writes them."""
    return [s.text for s in extract_facts(parse_article(title, text)).sentences]


def test_a_name_ending_in_its_noun_keeps_the() -> None:
    # R73: "The project's four-month search ..." after "... operates a Kafka Project" had
    # become "Kafka Project's four-month search ..." (its "the" lost)
    text = (
        f"{Q}Jan Exa{Q} (1883-1924) was a Czech writer.\n\n== Legacy ==\n[[San Diego State "
        "University]] operates a ''Exa Project'' which began in 1998 as the search for Exa's "
        "last writings. The project's search of archives in Berlin in 1998 uncovered an order "
        "from 1933.\n"
    )
    texts = sentence_texts("Jan Exa", text)
    assert any(t.startswith("The Exa Project's search") for t in texts), texts


def test_a_garbled_source_sentence_is_not_used() -> None:
    # R73: "On 1957, Ferdinand Marcos was ...", "declared independence on 1762-1764",
    # "In 1861 thee Estates were ...", "In 2000, came a Clarion call from ..."
    for text in (
        "On 1957, Juan Exa was the second Ilocano to be elected president of the country.",
        "Exa and his wife declared independence of Free Ilocos on 1762-1764 during the war.",
        "In 1861 thee Estates were succeeded by the Country Sejm of the kingdom.",
        "In 2000, came a call from Juan Exa, offering Roe to coach the Exa Club.",
    ):
        assert not usable_sentence(text), text
    assert usable_sentence("On 4 July 1957, Juan Exa was elected president of the country.")


def test_what_a_source_states_is_not_asked() -> None:
    # R73: "Theosophical Society states that Bailey became involved in 1917" (three years in
    # the article; a source's claim, not a fact)
    assert not usable_sentence("Theosophical Society states that Exa became involved in 1917.")
    assert usable_sentence("The Theosophical Society was founded in New York in 1875.")


def test_the_second_of_something_is_not_left_unsaid() -> None:
    # R73: "Kafka broke the second engagement in 1917 when he began to suffer ..."
    prepared = prepare("Exa broke the second engagement in 1917 when he fell ill.", [], EXA)
    assert prepared is None
    assert prepare("Exa was the second woman in Prague to earn a degree.", [], EXA) is not None


def test_a_thing_built_in_a_year_is_not_left_unnamed() -> None:
    # R73: "In 2009, the 1836 arch dam was bypassed to meet water quality standards" (which
    # dam? the paragraphs before named it; "the 2003 blackout" is the one)
    assert prepare("In 2009, the 1836 arch dam was bypassed by Exa.", [], EXA) is None
    assert prepare("In 2009, the 2003 blackout was studied by Exa.", [], EXA) is not None


def test_the_title_names_the_subject_its_head_noun_points_to() -> None:
    # R73: "The revolt had spread into East Anglia" (Peasants' Revolt), "In the 1840s the
    # Sejm saw much debate" (Sejm of the Estates): which revolt, which Sejm?
    text = (
        f"The {Q}Exans' Revolt{Q} was a major uprising across England in 1381.\n\n"
        "== Spread ==\nThe revolt had spread into [[East Anglia]], where the University of "
        "Exbridge was attacked.\n"
    )
    texts = sentence_texts("Exans' Revolt", text)
    assert any(t.startswith("The Exans' Revolt had spread into East Anglia") for t in texts), texts
    text = (
        f"The {Q}Sejm of the Exates{Q} was the legislature of Exa from 1775 to 1845.\n\n"
        "== History ==\nIn the 1840s the Sejm saw much debate on the abolition of serfdom.\n"
    )
    texts = sentence_texts("Sejm of the Exates", text)
    assert any("the Sejm of the Exates saw much debate" in t for t in texts), texts
