"""Spreadsheet formulas in CSV exports are neutralised; numbers stay numbers."""

from __future__ import annotations

import csv
import io

import pytest

from quiz.export.csv_export import csv_text
from quiz.model import Bank, Question, Source
from quiz.spreadsheet import is_formula, safe_html_cell, safe_text_cell

ATTACKS = [
    '=HYPERLINK("http://evil.example","click")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=3+3",
    "\r=3+3",
    "  =1+1",
]
NUMBERS = ["-5", "+3", "-0.25", "-1,000", "-1.5e3", "-12%", "-", "+", "1990", "Paris", "a=b"]


@pytest.mark.parametrize("cell", ATTACKS)
def test_formulas_are_neutralised(cell: str) -> None:
    assert is_formula(cell)
    assert not is_formula(safe_text_cell(cell))
    assert safe_text_cell(cell) == "'" + cell
    html_cell = safe_html_cell(cell)
    assert not is_formula(html_cell) and "&#" in html_cell


@pytest.mark.parametrize("cell", NUMBERS)
def test_numbers_and_text_are_left_alone(cell: str) -> None:
    assert not is_formula(cell)
    assert safe_text_cell(cell) == cell and safe_html_cell(cell) == cell


def nasty_bank() -> Bank:
    questions = [
        Question("q1", "short_answer", '=HYPERLINK("http://x","y")', "\t=3+3"),
        Question("q2", "short_answer", "What was the lowest temperature?", "-40"),
        Question("q3", "short_answer", "@SUM(A1)", "-2+3", context="=cmd|' /C calc'!A0"),
        Question(
            "q4", "true_false", "+1 is bigger", "False", ["True", "False"], context="-1 is less"
        ),
    ]
    return Bank("Nasty", Source("Nasty"), questions)


def cells(text: str) -> list[str]:
    rows = [line for line in text.splitlines() if not line.startswith("#")]
    return [cell for row in csv.reader(io.StringIO("\n".join(rows))) for cell in row]


@pytest.mark.parametrize("dialect", ["quizlet", "anki"])
def test_no_cell_of_either_dialect_is_a_live_formula(dialect: str) -> None:
    bank = nasty_bank()
    values = cells(csv_text(bank, bank.questions, dialect))
    guid_column = values[0::4] if dialect == "anki" else []
    for value in values:
        if value in guid_column:
            continue  # a hash Anki matches notes by: never text from the bank
        assert not is_formula(value), value


def test_quizlet_keeps_real_numbers_and_never_strips_a_tab_into_a_formula() -> None:
    bank = nasty_bank()
    values = cells(csv_text(bank, bank.questions, "quizlet"))
    assert "-40" in values  # a number, still a number
    assert "'=3+3" in values  # "\t=3+3" made one line, then neutralised: never "=3+3"
    assert "=3+3" not in values


def test_anki_cards_show_the_same_text() -> None:
    import html

    bank = nasty_bank()
    values = cells(csv_text(bank, bank.questions, "anki"))
    fronts = values[1::4]
    assert html.unescape(fronts[0]).startswith('=HYPERLINK("http://x","y")')
    assert fronts[0].startswith("&#61;")
