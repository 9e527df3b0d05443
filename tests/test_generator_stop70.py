"""Stop 70: a capital's article asks what it is the capital of (Islamabad's article, whose
lead names its country, had given no question at all)."""

from __future__ import annotations

import pytest

from quiz.generator.generate import build_bank
from quiz.kinds import check_answer

TAIL = (
    " It was built in the twentieth century.\n\n== Geography ==\n"
    "The area is hilly and green, with many small rivers.\n"
)


def _capital_bank(title: str, lead: str):
    return build_bank(title, f"'''{lead}" + TAIL)


def _capital_questions(title: str, lead: str) -> list:
    return [q for q in _capital_bank(title, lead).questions if " capital of which " in q.prompt]


@pytest.mark.parametrize(
    ("title", "lead", "prompt", "answer"),
    [
        (
            "Nadir",
            "Nadir''' is the capital city of [[Velmora]] located within the [[Nadir District]].",
            "Nadir is the capital of which country?",
            "Velmora",
        ),
        (
            "Orla",
            "Orla''' is the administrative capital of [[Velmora]].",
            "Orla is the administrative capital of which country?",
            "Velmora",
        ),
        (
            "Kestrel",
            "Kestrel''' is the capital and largest city of the Velmoran province of [[Arden]].",
            "Kestrel is the capital of which province?",
            "Arden",
        ),
    ],
)
def test_a_capital_is_asked_what_it_is_the_capital_of(
    title: str, lead: str, prompt: str, answer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quiz.generator import gazetteer

    known = gazetteer.gazetteer_type
    monkeypatch.setattr(  # (an invented country, typed as pycountry types a real one)
        "quiz.generator.capitals.gazetteer_type",
        lambda name: "country" if name == "Velmora" else known(name),
    )
    (question,) = _capital_questions(title, lead)
    assert (question.prompt, question.answer, question.kind) == (prompt, answer, "short_answer")
    assert question.section == ""


def test_a_real_country_is_typed_by_the_gazetteer_and_its_other_names_accepted() -> None:
    (question,) = _capital_questions(
        "Westham", "Westham''' is the capital of the [[United Kingdom]]."
    )
    assert question.prompt == "Westham is the capital of which country?"
    assert check_answer(question, "UK").correct


@pytest.mark.parametrize(
    ("title", "lead"),
    [  # the title names the realm; a shared or former capital; half a name; another's capital
        ("Springfield, Illinois", "Springfield''' is the capital of the state of [[Illinois]]."),
        ("Tarn", "Tarn''' is the capital of [[Pakistan]] jointly with [[Lahore]]."),
        ("Tarn", "Tarn''' is the capital of [[Pakistan]] from 1947 to 1960."),
        ("Tarn", "Tarn''' is the capital of [[Bosnia]] and [[Herzegovina]]."),
        ("Tarn Castle", "Tarn''' is the capital of [[Pakistan]]."),
        ("Tarn", "Tarn''' is the capital of [[Exxon]]."),
    ],
)
def test_no_capital_question_where_the_answer_is_given_or_not_the_one(
    title: str, lead: str
) -> None:
    assert _capital_questions(title, lead) == []
