"""Class reports: per-student progress and per-question item analysis, as text, CSV or HTML."""

from __future__ import annotations

import csv
import html
import io
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from quiz.model import Bank

CORRECT_RESULTS = frozenset({"right", "close"})  # close = right with a spelling note
UPPER_LOWER_FRACTION = 0.27
MIN_GROUP_STUDENTS = 2


@dataclass(frozen=True)
class Review:
    """One answer a student gave: the raw material of every report."""

    student: str
    question_id: str
    result: str
    answer: str = ""
    at: datetime | None = None
    assignment_id: str | None = None

    @property
    def correct(self) -> bool:
        return self.result in CORRECT_RESULTS


@dataclass
class StudentRow:
    """One line of the per-student table."""

    student: str
    answered: int = 0
    reviews: int = 0
    accuracy: float | None = None
    mastery: float | None = None
    last_active: datetime | None = None
    assignment_status: str = ""
    assignment_score: float | None = None


@dataclass
class QuestionRow:
    """One line of the per-question table (item analysis)."""

    question_id: str
    section: str = ""
    prompt: str = ""
    answer: str = ""
    attempts: int = 0
    students: int = 0
    pct_right: float | None = None
    common_wrong: str = ""
    common_wrong_count: int = 0
    discrimination: float | None = None
    point_biserial: float | None = None
    flagged: bool = False


@dataclass
class ClassReport:
    """Everything a teacher sees about a class: title, students, questions hardest first."""

    title: str
    students: list[StudentRow] = field(default_factory=list)
    questions: list[QuestionRow] = field(default_factory=list)

    @property
    def hardest(self) -> QuestionRow | None:
        rated = [q for q in self.questions if q.pct_right is not None]
        return rated[0] if rated else None


# -- item analysis maths -----------------------------------------------------------------------


def first_attempt_scores(reviews: Iterable[Review]) -> dict[str, dict[str, int]]:
    """``{student: {question_id: 1 or 0}}`` from each student's first answer to each question.

    Classic test theory scores an item once per student; later repeats of spaced practice
    would reward persistence rather than knowledge, so only the first answer counts.
    """
    ordered = sorted(reviews, key=lambda r: (r.at or datetime.min,))
    scores: dict[str, dict[str, int]] = defaultdict(dict)
    for review in ordered:
        scores[review.student].setdefault(review.question_id, int(review.correct))
    return dict(scores)


def total_scores(scores: dict[str, dict[str, int]]) -> dict[str, float]:
    """Each student's proportion correct over the items they answered."""
    return {s: sum(items.values()) / len(items) for s, items in scores.items() if items}


def upper_lower_index(
    item: dict[str, int], totals: dict[str, float], fraction: float = UPPER_LOWER_FRACTION
) -> float | None:
    """Upper-lower discrimination index D = p(upper) - p(lower).

    Students who answered the item are ranked by total score; the upper and lower groups are
    the top and bottom ``fraction`` (27 %, Kelley 1939) of them, at least one student each.
    D ranges from -1 to 1; 0.3 and above is good, below 0.2 (or negative) flags a poor item.
    """
    ranked = sorted(item, key=lambda s: (-totals[s], s))
    if len(ranked) < MIN_GROUP_STUDENTS:
        return None
    size = max(1, round(fraction * len(ranked)))
    upper, lower = ranked[:size], ranked[-size:]
    p_upper = sum(item[s] for s in upper) / size
    p_lower = sum(item[s] for s in lower) / size
    return p_upper - p_lower


def point_biserial(item: dict[str, int], rest: dict[str, float]) -> float | None:
    """Point-biserial correlation between an item (0/1) and a continuous score.

    r = (M1 - M0) / s * sqrt(p * q), with s the population standard deviation of the score.
    None when everyone got the item right (or wrong) or all scores are equal.
    """
    students = [s for s in item if s in rest]
    if len(students) < MIN_GROUP_STUDENTS:
        return None
    right = [rest[s] for s in students if item[s]]
    wrong = [rest[s] for s in students if not item[s]]
    if not right or not wrong:
        return None
    values = [rest[s] for s in students]
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    if sd == 0:
        return None
    p = len(right) / len(students)
    m1, m0 = sum(right) / len(right), sum(wrong) / len(wrong)
    return (m1 - m0) / sd * math.sqrt(p * (1 - p))


def rest_scores(scores: dict[str, dict[str, int]], question_id: str) -> dict[str, float]:
    """Each student's proportion correct on the *other* items (corrected item-total score)."""
    rest = {}
    for student, items in scores.items():
        if question_id in items and len(items) > 1:
            rest[student] = (sum(items.values()) - items[question_id]) / (len(items) - 1)
    return rest


def most_common_wrong(reviews: Sequence[Review]) -> tuple[str, int]:
    """The wrong answer given most often (case and spacing ignored) and how many times."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for review in reviews:
        text = " ".join(review.answer.split())
        if review.correct or not text:
            continue
        key = text.casefold()
        counts[key] += 1
        shown.setdefault(key, text)
    if not counts:
        return "", 0
    key, count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return shown[key], count


# -- building the report -----------------------------------------------------------------------


def question_rows(
    reviews: Sequence[Review],
    banks: Sequence[Bank] = (),
    flagged: set[str] | frozenset[str] = frozenset(),
) -> list[QuestionRow]:
    """Per-question statistics, hardest (lowest % right) first."""
    by_question: dict[str, list[Review]] = defaultdict(list)
    for review in reviews:
        by_question[review.question_id].append(review)
    scores = first_attempt_scores(reviews)
    totals = total_scores(scores)
    rows = []
    for qid, answers in by_question.items():
        item = {s: items[qid] for s, items in scores.items() if qid in items}
        wrong, wrong_count = most_common_wrong(answers)
        row = QuestionRow(
            question_id=qid,
            attempts=len(answers),
            students=len(item),
            pct_right=sum(r.correct for r in answers) / len(answers),
            common_wrong=wrong,
            common_wrong_count=wrong_count,
            discrimination=upper_lower_index(item, totals),
            point_biserial=point_biserial(item, rest_scores(scores, qid)),
            flagged=qid in flagged,
        )
        _describe(row, banks)
        rows.append(row)
    rows.sort(key=lambda r: (r.pct_right, -r.attempts, r.question_id))
    return rows


def _describe(row: QuestionRow, banks: Sequence[Bank]) -> None:
    for bank in banks:
        question = bank.question(row.question_id)
        if question is not None:
            row.section, row.prompt, row.answer = question.section, question.prompt, question.answer
            return


def student_row(student: str, reviews: Sequence[Review]) -> StudentRow:
    """Per-student totals from the answers (mastery and assignment status are filled later)."""
    mine = [r for r in reviews if r.student == student]
    row = StudentRow(student=student, reviews=len(mine))
    if not mine:
        return row
    row.answered = len({r.question_id for r in mine})
    row.accuracy = sum(r.correct for r in mine) / len(mine)
    times = [r.at for r in mine if r.at is not None]
    row.last_active = max(times) if times else None
    return row


def mastery_share(
    cards: dict[tuple[str, str], Any], scope: Iterable[tuple[str, str]]
) -> float | None:
    """Share of the ``(bank, qid)`` in scope held in long-term memory, as the engine's stats
    define it: review state with FSRS stability of at least 21 days."""
    from quiz.learning.stats import MASTERY_STABILITY

    keys = list(scope)
    if not keys:
        return None
    mastered = 0
    for key in keys:
        card = cards.get(key)
        if (
            card is not None
            and card.status == "review"
            and (card.stability or 0) >= MASTERY_STABILITY
        ):
            mastered += 1
    return mastered / len(keys)


def build_report(
    title: str,
    students: Sequence[str],
    reviews: Sequence[Review],
    banks: Sequence[Bank] = (),
    flagged: set[str] | frozenset[str] = frozenset(),
) -> ClassReport:
    """A report over ``reviews`` for the listed students (reviews by others are ignored)."""
    roster = set(students)
    mine = [r for r in reviews if r.student in roster]
    by_student: dict[str, list[Review]] = defaultdict(list)
    for review in mine:
        by_student[review.student].append(review)
    return ClassReport(
        title=title,
        students=[student_row(s, by_student.get(s, [])) for s in students],
        questions=question_rows(mine, banks, flagged),
    )


# -- gathering a class's data ---------------------------------------------------------------


def review_from_record(student: str, record: Any) -> Review:
    """A report ``Review`` from an engine ``ReviewRecord`` (self-rated study answers without a
    verdict count as wrong when rated Again, else right)."""
    verdict = record.verdict or ("wrong" if record.rating == 1 else "right")
    return Review(
        student=student,
        question_id=record.qid,
        result=verdict,
        answer=record.given or "",
        at=record.time,
        assignment_id=record.assignment,
    )


def _banks_for(
    data_dir: Path, keys: Iterable[str], chosen: list[Bank], snapshots: list[Bank]
) -> list[Bank]:
    """Banks to describe questions with: the chosen one, the assignments' copies, then the
    current bank file of every other bank answered."""
    from quiz.classroom.classes import resolve_bank
    from quiz.errors import QuizError

    banks = chosen + snapshots
    for key in sorted(set(keys) - {b.key for b in chosen}):
        try:
            banks.append(resolve_bank(data_dir, key)[0])
        except QuizError:
            continue
    return banks


def class_report(
    data_dir: Path,
    class_name: str,
    *,
    bank: str | None = None,
    assignment_id: str | None = None,
    now: datetime | None = None,
) -> ClassReport:
    """The report of a class read from every student's progress (no profile lock is taken).

    ``bank`` limits it to one bank's questions, ``assignment_id`` to the answers given for that
    assignment (and shows each student's status and score on it).
    """
    from quiz.classroom import classes as classroom
    from quiz.errors import QuizError

    room = classroom.load_class(data_dir, class_name)
    title = f"Class {room.name}"
    banks: list[Bank] = []
    assignment = None
    if assignment_id:
        assignment = room.assignment(assignment_id)
        if assignment is None:
            raise QuizError(f"class {room.name!r} has no assignment {assignment_id!r}")
        banks.append(classroom.assignment_bank(data_dir, assignment))
        title += f", assignment {assignment.id} ({assignment.bank_title})"
    elif bank:
        banks.append(classroom.resolve_bank(data_dir, bank)[0])
        title += f", bank {banks[0].title}"
    snapshots = [classroom.assignment_bank(data_dir, a) for a in room.assignments]
    records = {s: classroom.read_reviews(data_dir, s) for s in room.students}
    if assignment is not None:
        records = {s: [r for r in rs if r.assignment == assignment.id] for s, rs in records.items()}
    elif banks:
        records = {s: [r for r in rs if r.bank == banks[0].key] for s, rs in records.items()}
    reviews = [review_from_record(s, r) for s, rs in records.items() for r in rs]
    bank_keys = {r.bank for rs in records.values() for r in rs}
    described = _banks_for(data_dir, bank_keys, banks, snapshots)
    report = build_report(title, room.students, reviews, described, set(room.flags))
    for row in report.students:
        _fill_student(data_dir, row, records[row.student], assignment, banks, room, now)
    return report


def _fill_student(
    data_dir: Path,
    row: StudentRow,
    records: list[Any],
    assignment: Any,
    banks: list[Bank],
    room: Any,
    now: datetime | None,
) -> None:
    from quiz.classroom import classes as classroom

    if assignment is not None:
        scope = [(assignment.bank_key, q) for q in assignment.question_ids]
    elif banks:
        scope = [(banks[0].key, q.id) for q in banks[0].questions]
    else:
        scope = sorted({(r.bank, r.qid) for r in records})
    row.mastery = mastery_share(classroom.read_cards(data_dir, row.student), scope)
    if not room.assignments:
        return
    sessions = classroom.read_sessions(data_dir, row.student)
    if assignment is not None:
        status = classroom.status_of(assignment, sessions, records, now, room.flags)
        row.assignment_status = status.state
        row.assignment_score = (status.percent / 100) if status.percent is not None else None
        return
    done = [classroom.status_of(a, sessions, records, now, room.flags) for a in room.assignments]
    finished = [s for s in done if s.state == "done"]
    row.assignment_status = f"{len(finished)}/{len(done)} done"
    scores = [s.percent / 100 for s in finished if s.percent is not None]
    row.assignment_score = sum(scores) / len(scores) if scores else None


# -- rendering ---------------------------------------------------------------------------------

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
    "prompt",
]


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
        row.section or "-",
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


def _table(headers: list[str], rows: list[list[str]], widths: list[int]) -> list[str]:

    lines = ["  ".join(fit(h, w).ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(fit(c, w).ljust(w) for c, w in zip(row, widths, strict=True)))
    return [line.rstrip() for line in lines]


def render_text(report: ClassReport) -> str:
    """A plain-text report for the terminal: students, then questions hardest first."""
    lines = [report.title, ""]
    lines.append("Students")
    lines += _table(
        STUDENT_HEADERS,
        [student_cells(r) for r in report.students],
        [20, 8, 7, 8, 7, 16, 18, 5],
    )
    lines += ["", "Questions (hardest first; D and r_pb: see the README, Classroom)"]
    if report.questions:
        lines += _table(
            TEXT_QUESTION_HEADERS,
            [question_cells(r) for r in report.questions],
            [15, 24, 5, 5, 5, 20, 5, 5, 4, 36],
        )
        hardest = report.hardest
        if hardest is not None:
            where = f" in section {hardest.section!r}" if hardest.section else ""
            lines += ["", f"Hardest question: {hardest.question_id}{where}: {hardest.prompt}"]
    else:
        lines.append("No answers yet.")
    return "\n".join(lines) + "\n"


def _safe_cell(cell: str) -> str:
    """Stop spreadsheets from running a student's answer as a formula."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def render_csv(report: ClassReport) -> str:
    """CSV with two blocks (students, then questions), each under a title row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([report.title])
    writer.writerow(["Students"])
    writer.writerow(STUDENT_HEADERS)
    for row in report.students:
        writer.writerow([_safe_cell(c) for c in student_cells(row)])
    writer.writerow([])
    writer.writerow(["Questions (hardest first)"])
    writer.writerow(QUESTION_HEADERS)
    for question in report.questions:
        writer.writerow([_safe_cell(c) for c in question_cells(question)])
    return buffer.getvalue()


_CSS = (
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
    "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#eee}"
    "tr.hardest{background:#fde2e2}"
)


def _html_table(headers: list[str], rows: list[list[str]], classes: list[str]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = []
    for cells, css in zip(rows, classes, strict=True):
        tds = "".join(f"<td>{html.escape(c)}</td>" for c in cells)
        attr = f' class="{css}"' if css else ""
        body.append(f"<tr{attr}>{tds}</tr>")
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
