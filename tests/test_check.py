"""Answer checking: a table of right / close / wrong cases, and the suggested ratings."""

from __future__ import annotations

import pytest

from quiz.kinds.typed import parse_date, parse_number
from quiz.learning.check import check_answer, rating_for
from quiz.learning.schedule import Rating
from quiz.model import Question


def typed(answer: str, *accept: str, kind: str = "short_answer") -> Question:
    prompt = "In _____ it happened." if kind == "cloze" else "What is it?"
    return Question(id="t", kind=kind, prompt=prompt, answer=answer, accept=list(accept))


MCQ = Question(
    id="m",
    kind="mcq",
    prompt="Capital?",
    answer="Baku",
    choices=["Ganja", "Baku", "Shusha", "Quba"],
)
TF = Question(id="tf", kind="true_false", prompt="Baku is the capital.", answer="True")

CASES = [
    # (question, given, verdict)
    (typed("Azərbaycan"), "Azərbaycan", "right"),
    (typed("Azərbaycan"), "Azerbaycan", "right"),
    (typed("Jammu & Kashmir"), "Jammu and Kashmir", "right"),  # ("&" is "and", R458)
    (typed("Simon and Garfunkel"), "simon & garfunkel", "right"),
    (typed("Centre back"), "center back", "right"),  # (British or American spelling, R463)
    (typed("Labour Party"), "Labor Party", "right"),
    (typed("Four"), "For", "close"),  # (no "our" word: a near miss, not the same answer)
    (typed("Azərbaycan"), "azerbaycan", "right"),
    (typed("Azərbaycan"), "  AZƏRBAYCAN. ", "right"),
    (typed("Azərbaycan"), "Azerbaican", "close"),
    (typed("Azərbaycan"), "Armenia", "wrong"),
    (typed("Mammad Amin Rasulzade"), "mammad amin rasulzade", "right"),
    (typed("Mammad Amin Rasulzade"), "Mammad Amin Rasulzadeh", "close"),
    (typed("Mammad Amin Rasulzade"), "Mammad-Amin Rasulzade", "right"),
    (typed("the Caspian Sea"), "Caspian Sea", "right"),
    (typed("Caspian Sea"), "The Caspian Sea", "right"),
    (typed("Caspian Sea"), "a Caspian Sea", "right"),
    (typed("Caspian Sea"), "Caspian Se", "close"),
    (typed("Caspian Sea"), "Black Sea", "wrong"),
    (typed("126000"), "126000", "right"),
    (typed("126000"), "126,000", "right"),
    (typed("126,000"), "126 000", "right"),
    (typed("126000"), "126001", "wrong"),
    (typed("126000"), "12600", "wrong"),
    (typed("1918", kind="cloze"), "1918", "right"),
    (typed("1918", kind="cloze"), "1919", "wrong"),
    (typed("26 June 1918"), "June 26, 1918", "right"),
    (typed("26 June 1918"), "26/06/1918", "right"),
    (typed("26 June 1918"), "1918-06-26", "right"),
    (typed("26 June 1918"), "27 June 1918", "wrong"),
    (typed("26 June 1918"), "26 July 1918", "wrong"),
    (typed("5 March 1920"), "05/03/1920", "wrong"),  # ambiguous day/month: not a date
    (typed("Musavat", "Müsavat Party"), "Musavat party", "right"),
    (typed("Musavat", "Müsavat Party"), "Musavat", "right"),
    (typed("Ganja"), "Gandja", "close"),
    (typed("Ganja"), "Gaza", "wrong"),
    (typed("Kur"), "Kura", "wrong"),  # answers under 4 letters are never "close"
    (typed("Ganja"), "", "wrong"),
    (typed("Ganja"), None, "wrong"),
    (typed("Army 2nd Corps"), "Armi 2nd Corps", "close"),
    (typed("Army 2nd Corps"), "Army 3rd Corps", "wrong"),
    (MCQ, "Baku", "right"),
    (MCQ, "baku", "right"),
    (MCQ, "B", "right"),
    (MCQ, "b", "right"),
    (MCQ, "2", "right"),
    (MCQ, "B.", "right"),
    (MCQ, "(b)", "right"),
    (MCQ, "2)", "right"),
    (MCQ, "A", "wrong"),
    (MCQ, "1", "wrong"),
    (MCQ, "Ganja", "wrong"),
    (MCQ, "Bakuu", "wrong"),  # choices are exact
    (MCQ, "E", "wrong"),
    (TF, "True", "right"),
    (TF, "t", "right"),
    (TF, "T", "right"),
    (TF, "yes", "right"),
    (TF, "F", "wrong"),
    (TF, "false", "wrong"),
    (TF, "maybe", "wrong"),
]


@pytest.mark.parametrize(("question", "given", "verdict"), CASES)
def test_check_answer_table(question: Question, given: str | None, verdict: str) -> None:
    result = check_answer(question, given)
    assert result.verdict == verdict, (question.answer, given, result)
    assert result.expected == question.answer


def test_close_note_names_expected_answer() -> None:
    result = check_answer(typed("Azərbaycan"), "Azerbaican")
    assert result.note == "close: check spelling, expected Azərbaycan"
    assert result.correct


def test_wrong_notes_explain() -> None:
    assert "expected Ganja" in check_answer(typed("Ganja"), "Baku").note
    assert "you chose Ganja" in check_answer(MCQ, "A").note
    assert "not one of the choices" in check_answer(MCQ, "Paris").note
    assert check_answer(typed("Ganja"), "").note == "no answer given"


def test_accepted_alternative_mentions_usual_answer() -> None:
    result = check_answer(typed("Musavat", "Müsavat Party"), "musavat party")
    assert result.verdict == "right"
    assert "Musavat" in result.note


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("126000", 126000),
        ("126,000", 126000),
        ("126 000", 126000),
        ("1,234,567", 1234567),
        ("3.5", 3.5),
        ("-12", -12),
        ("12a", None),
        ("1,23", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_parse_date_needs_unambiguous_numeric_form() -> None:
    assert parse_date("13/06/1918").isoformat() == "1918-06-13"
    assert parse_date("06/13/1918").isoformat() == "1918-06-13"
    assert parse_date("06/07/1918") is None
    assert parse_date("31 February 1918") is None
    assert parse_date("Sept 3, 1918").isoformat() == "1918-09-03"


def test_rating_for() -> None:
    short = typed("Ganja")
    right = check_answer(short, "Ganja")
    assert rating_for(check_answer(short, "Baku"), 2.0, short) == Rating.Again
    assert rating_for(check_answer(typed("Azərbaycan"), "Azerbaican"), 2.0, short) == Rating.Hard
    assert rating_for(right, 2.0, short) == Rating.Easy
    assert rating_for(right, 9.0, short) == Rating.Good
    assert rating_for(right, 60.0, short) == Rating.Hard
    assert rating_for(right) == Rating.Good
    assert rating_for(right, 60.0, short, override=Rating.Easy) == Rating.Easy


def test_rating_thresholds_depend_on_kind() -> None:
    right_mcq = check_answer(MCQ, "B")
    assert rating_for(right_mcq, 3.0, MCQ) == Rating.Easy
    assert rating_for(right_mcq, 6.0, MCQ) == Rating.Good
    long_answer = typed("The Democratic Republic of Azerbaijan")
    right_long = check_answer(long_answer, long_answer.answer)
    assert rating_for(right_long, 10.0, long_answer) == Rating.Easy
