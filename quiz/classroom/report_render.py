"""A class report as terminal text (100 columns), CSV (numbers as numbers) and an HTML page."""

from __future__ import annotations

import csv
import html
import io
import textwrap
from datetime import datetime

from quiz.classroom.report import ClassReport, QuestionRow, StudentRow
from quiz.model import section_label
from quiz.spreadsheet import safe_text_cell

TEXT_WIDTH = 100
"""The terminal report never prints a line longer than this."""

STUDENT_HEADERS = [
    "student",
    "answered",
    "reviews",
    "accuracy",
    "mastery",
    "last active",
    "assignment",
    "score",
]
QUESTION_HEADERS = [
    "question",
    "section",
    "attempts",
    "students",
    "% right",
    "most common wrong answer",
    "discrimination (D)",
    "point-biserial",
    "flagged",
    "prompt",
]
TEXT_QUESTION_HEADERS = [
    "question",
    "section",
    "tries",
    "studs",
    "right",
    "common wrong",
    "D",
    "r_pb",
    "flag",
]
STUDENT_WIDTHS = [20, 8, 7, 8, 7, 16, 12, 5]
QUESTION_WIDTHS = [15, 16, 5, 5, 5, 16, 5, 5, 4]
INDENT = "  "


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{round(value * 100)}%"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:+.2f}"


def _when(value: datetime | None) -> str:
    return "-" if value is None else value.strftime("%Y-%m-%d %H:%M")


def student_cells(row: StudentRow) -> list[str]:
    """The per-student table's cells for one row, formatted for people."""
    return [
        row.student,
        str(row.answered),
        str(row.reviews),
        _pct(row.accuracy),
        _pct(row.mastery),
        _when(row.last_active),
        row.assignment_status or "-",
        _pct(row.assignment_score),
    ]


def question_cells(row: QuestionRow) -> list[str]:
    """The per-question table's cells for one row, formatted for people."""
    wrong = f"{row.common_wrong} (x{row.common_wrong_count})" if row.common_wrong else "-"
    return [
        row.question_id,
        section_label(row.section),
        str(row.attempts),
        str(row.students),
        _pct(row.pct_right),
        wrong,
        _num(row.discrimination),
        _num(row.point_biserial),
        "yes" if row.flagged else "",
        row.prompt,
    ]


def fit(cell: str, width: int) -> str:
    """``cell`` on one line in at most ``width`` characters; a section path (``A > B``) keeps
    its end, the deepest heading, which says most."""
    cell = " ".join(cell.split())
    if len(cell) <= width:
        return cell
    if " > " in cell:
        return "…" + cell[-(width - 1) :]
    return cell[: width - 1] + "…"


def _line(cells: list[str], widths: list[int]) -> str:
    return "  ".join(fit(c, w).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()


def _table(headers: list[str], rows: list[list[str]], widths: list[int]) -> list[str]:
    lines = [_line(headers, widths), "  ".join("-" * w for w in widths)]
    lines += [_line(row, widths) for row in rows]
    return lines


def render_text(report: ClassReport) -> str:
    """A plain-text report for the terminal (at most 100 columns): students, then questions
    hardest first, each question's prompt on the line under its figures."""
    lines = [fit(report.title, TEXT_WIDTH), "", "Students"]
    lines += _table(STUDENT_HEADERS, [student_cells(r) for r in report.students], STUDENT_WIDTHS)
    lines += ["", "Questions (hardest first; D and r_pb: see the README, Classroom)"]
    if not report.questions:
        lines.append("No answers yet.")
        return "\n".join(lines) + "\n"
    lines += _table(TEXT_QUESTION_HEADERS, [], QUESTION_WIDTHS)
    for row in report.questions:
        cells = question_cells(row)
        lines.append(_line(cells[:-1], QUESTION_WIDTHS))
        if row.prompt:
            lines.append(INDENT + fit(row.prompt, TEXT_WIDTH - len(INDENT)))
    hardest = report.hardest
    if hardest is not None:
        where = f" in section {section_label(hardest.section)!r}"
        text = f"Hardest question: {hardest.question_id}{where}: {' '.join(hardest.prompt.split())}"
        lines += ["", *textwrap.wrap(text, TEXT_WIDTH, subsequent_indent=INDENT)]
    return "\n".join(lines) + "\n"


def _csv_number(value: float | None, percent: bool = False) -> str:
    """A figure as a spreadsheet reads it: ``75%`` or ``-0.12``; an empty cell when unknown."""
    if value is None:
        return ""
    return f"{round(value * 100)}%" if percent else f"{value:.2f}"


def render_csv(report: ClassReport) -> str:
    """CSV with two blocks (students, then questions), each under a title row. Figures are
    numbers a spreadsheet can sort and sum (empty when unknown); text that a spreadsheet would
    run as a formula is neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    text = safe_text_cell
    writer.writerow([text(report.title)])
    writer.writerow(["Students"])
    writer.writerow(STUDENT_HEADERS)
    for s in report.students:
        writer.writerow(
            [
                text(s.student),
                s.answered,
                s.reviews,
                _csv_number(s.accuracy, percent=True),
                _csv_number(s.mastery, percent=True),
                s.last_active.strftime("%Y-%m-%d %H:%M") if s.last_active else "",
                text(s.assignment_status),
                _csv_number(s.assignment_score, percent=True),
            ]
        )
    writer.writerow([])
    writer.writerow(["Questions (hardest first)"])
    writer.writerow(QUESTION_HEADERS)
    for q in report.questions:
        wrong = f"{q.common_wrong} (x{q.common_wrong_count})" if q.common_wrong else ""
        writer.writerow(
            [
                text(q.question_id),
                text(section_label(q.section)),
                q.attempts,
                q.students,
                _csv_number(q.pct_right, percent=True),
                text(wrong),
                _csv_number(q.discrimination),
                _csv_number(q.point_biserial),
                "yes" if q.flagged else "",
                text(q.prompt),
            ]
        )
    return buffer.getvalue()


_CSS = (
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
    "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#eee}"
    "tr.hardest{background:#fde2e2}td.id{white-space:nowrap;font-family:monospace}"
)


def _html_table(
    headers: list[str], rows: list[list[str]], classes: list[str], id_column: bool = False
) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = []
    for cells, css in zip(rows, classes, strict=True):
        tds = [f"<td>{html.escape(c)}</td>" for c in cells]
        if id_column and tds:  # question ids never break across lines
            tds[0] = f'<td class="id">{html.escape(cells[0])}</td>'
        attr = f' class="{css}"' if css else ""
        body.append(f"<tr{attr}>{''.join(tds)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def render_html(report: ClassReport) -> str:
    """A standalone HTML page; every value from students or banks is escaped."""
    title = html.escape(report.title)
    students = _html_table(
        STUDENT_HEADERS, [student_cells(r) for r in report.students], [""] * len(report.students)
    )
    hardest = report.hardest
    questions = _html_table(
        QUESTION_HEADERS,
        [question_cells(r) for r in report.questions],
        ["hardest" if r is hardest else "" for r in report.questions],
        id_column=True,
    )
    note = (
        "<p>Discrimination D = share right in the top 27% of students minus the bottom 27%; "
        "point-biserial = correlation of the item with the score on the other items. "
        "Values below 0.2 suggest a question that does not separate strong from weak students "
        "(or has a wrong key).</p>"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{_CSS}</style></head><body><h1>{title}</h1><h2>Students</h2>{students}"
        f"<h2>Questions (hardest first)</h2>{questions}{note}</body></html>\n"
    )
