"""Kahoot! quiz spreadsheet (.xlsx, Kahoot's import template); what does not fit is skipped."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from datetime import datetime

from quiz.atomic import write_bytes_atomic
from quiz.errors import QuizError
from quiz.export.lms import ExportResult, Progress, lms_type, options_of, tick
from quiz.export.text import attribution, one_line
from quiz.model import Bank, Question

MAX_QUESTION = 120
MAX_ANSWER = 75
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 7  # zero-based: Excel row 8, as in Kahoot's template; questions from row 9
HEADERS = [
    "",
    f"Question - max {MAX_QUESTION} characters",
    f"Answer 1 - max {MAX_ANSWER} characters",
    f"Answer 2 - max {MAX_ANSWER} characters",
    f"Answer 3 - max {MAX_ANSWER} characters",
    f"Answer 4 - max {MAX_ANSWER} characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
SKIP_TYPED = "typed answer (Kahoot's sheet takes choices only)"
SKIP_QUESTION = f"question over {MAX_QUESTION} characters"
SKIP_ANSWER = f"an answer over {MAX_ANSWER} characters"
SKIP_CHOICES = "more than 4 answers"
FIXED_TIME = datetime(2000, 1, 1)


def time_limit_for(question: Question) -> int:
    """Seconds to answer, from how much there is to read: 20 s for a short question, 30 s
    or 60 s for longer ones (the next allowed Kahoot limit)."""
    words = len(question.prompt.split()) + sum(len(c.split()) for c in options_of(question))
    if words <= 20:
        return 20
    return 30 if words <= 35 else 60


def check_time_limit(seconds: int | None) -> int | None:
    """A ``--time-limit`` Kahoot accepts, or a one-line error naming the allowed ones."""
    if seconds is not None and seconds not in TIME_LIMITS:
        allowed = ", ".join(str(s) for s in TIME_LIMITS)
        raise QuizError(f"Kahoot's time limit must be one of {allowed} seconds, not {seconds}")
    return seconds


def kahoot_row(question: Question, seconds: int | None = None) -> list[object] | str:
    """``[question, answer 1-4, time limit, correct]`` for the sheet, or why it cannot go in:
    texts are never cut, a question that does not fit is left out."""
    if lms_type(question) == "typed":
        return SKIP_TYPED
    prompt = one_line(question.prompt)
    answers = [one_line(c) for c in options_of(question)]
    if len(answers) > 4:
        return SKIP_CHOICES
    if len(prompt) > MAX_QUESTION:
        return SKIP_QUESTION
    if any(len(a) > MAX_ANSWER for a in answers):
        return SKIP_ANSWER
    correct = answers.index(one_line(question.answer)) + 1
    answers += [""] * (4 - len(answers))
    return [prompt, *answers, seconds or time_limit_for(question), correct]


def render_kahoot(
    bank: Bank,
    questions: Sequence[Question],
    *,
    seconds: int | None = None,
    progress: Progress | None = None,
) -> tuple[bytes, ExportResult]:
    """The .xlsx bytes (fixed dates: same questions, same bytes) and what went in or not."""
    import xlsxwriter

    check_time_limit(seconds)
    result = ExportResult(path="")
    rows = []
    for done, question in enumerate(questions, start=1):
        row = kahoot_row(question, seconds)
        if isinstance(row, str):
            result.skip(row)
        else:
            rows.append(row)
            result.count(question)
        tick(progress, done)
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    workbook.set_properties({"title": one_line(bank.title), "created": FIXED_TIME})
    sheet = workbook.add_worksheet("Sheet1")
    bold = workbook.add_format({"bold": True})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    sheet.write_string(0, 1, "Quiz template", bold)
    sheet.write_string(1, 1, f"{one_line(bank.title)}: questions made by quiz")
    sheet.write_string(2, 1, attribution(bank))
    sheet.write_string(3, 1, "Questions have at most 120 characters and answers at most 75.")
    for column, header in enumerate(HEADERS):
        if header:
            sheet.write_string(HEADER_ROW, column, header, bold)
    for number, row in enumerate(rows, start=1):
        line = HEADER_ROW + number
        sheet.write_number(line, 0, number)
        for column, value in enumerate(row, start=1):
            if isinstance(value, int):
                sheet.write_number(line, column, value)
            elif value:
                sheet.write_string(line, column, str(value), wrap)  # text, never a formula
    sheet.set_column(0, 0, 4)
    sheet.set_column(1, 1, 60)
    sheet.set_column(2, 5, 30)
    sheet.set_column(6, 7, 16)
    workbook.close()
    return buffer.getvalue(), result


def export_kahoot(
    bank: Bank,
    questions: Sequence[Question],
    path: str | os.PathLike[str],
    *,
    seconds: int | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the questions that fit Kahoot into its import spreadsheet."""
    data, result = render_kahoot(bank, questions, seconds=seconds, progress=progress)
    if not result.total:
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(result.skipped.items()))
        raise QuizError(f"no question fits Kahoot's sheet ({skipped})")
    write_bytes_atomic(path, data, overwrite=force)
    result.path = str(path)
    return result
