"""Rejects of blind review R43 (unseen articles, now tuning articles) that stay out."""

from __future__ import annotations

from quiz.generator.acronyms import defined_acronyms
from quiz.generator.generate import build_bank
from quiz.generator.sentences import usable_sentence
from quiz.generator.subject import find_subject
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import garbled_question

QQQ = "'" * 3


def test_a_post_nominal_honour_is_not_written_out() -> None:
    # "Alain Marie Pascal Prost Order of the British Empire (OBE) is a retired driver".
    text = (
        "QQQAlain ProstQQQ, [[Order of the British Empire|OBE]] (born 1955) is a French driver. "
        "He was made an Officer of the Order of the British Empire (OBE) in 1994."
    ).replace("QQQ", QQQ)
    assert "OBE" not in defined_acronyms(parse_article("Alain Prost", text))


def test_broken_grammar_from_a_rewrite_or_the_source() -> None:
    assert garbled_question("Which university did Ralph attend and is a dental therapist?")
    assert not garbled_question("In what year did Ralph attend the university and leave?")
    assert not usable_sentence(
        "The barrenness of the duchess encouraged his expectations to succeeded his father."
    )


def test_a_peerage_after_the_name_is_no_part_of_it() -> None:
    # "Countess and her sister Millicent enjoyed music": the title's last word as her name.
    text = (
        "QQQWilhelmina FitzClarence, Countess of MunsterQQQ (1830 – 1906) was a novelist. "
        "FitzClarence married her cousin. FitzClarence wrote novels. FitzClarence died.\n"
    ).replace("QQQ", QQQ)
    subject = find_subject(parse_article("Wilhelmina FitzClarence, Countess of Munster", text))
    assert subject.person and subject.name == "FitzClarence"


def test_an_infobox_person_the_text_never_names_is_not_asked() -> None:
    # "Who wrote Back Off Boogaloo? Richard Starkey": the article calls him Ringo Starr.
    box = (
        "{{Infobox single\n| name = Exa Boogaloo\n| writer = Richard Starkey\n"
        "| producer = [[George Harrison]]\n}}\nQQQExa BoogalooQQQ is a song by Ringo Starr, "
        "produced by George Harrison and released in 1972. Harrison played guitar on it.\n"
    ).replace("QQQ", QQQ)
    answers = {q.answer for q in build_bank("Exa Boogaloo", box).questions}
    assert "Richard Starkey" not in answers
    assert "George Harrison" in answers
