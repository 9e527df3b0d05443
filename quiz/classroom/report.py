"""Class reports: per-student progress and per-question statistics, gathered from every
student's progress (no correct answers in them: a report may be shown to a class)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from quiz.classroom import classes as classroom
from quiz.classroom.item_analysis import (
    Review,
    first_attempt_scores,
    most_common_wrong,
    point_biserial,
    rest_scores,
    total_scores,
    upper_lower_index,
)
from quiz.errors import QuizError
from quiz.learning.stats import MASTERY_STABILITY
from quiz.model import Bank


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
            row.section, row.prompt = question.section, question.prompt
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
    banks = chosen + snapshots
    for key in sorted(set(keys) - {b.key for b in chosen}):
        try:
            banks.append(classroom.resolve_bank(data_dir, key)[0])
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
    attempts = classroom.read_attempts(data_dir, row.student)  # exams under way
    if assignment is not None:
        status = classroom.status_of(assignment, sessions, records, now, room.flags, attempts)
        row.assignment_status = status.state
        row.assignment_score = (status.percent / 100) if status.percent is not None else None
        return
    done = [
        classroom.status_of(a, sessions, records, now, room.flags, attempts)
        for a in room.assignments
    ]
    finished = [s for s in done if s.state == "done"]
    row.assignment_status = f"{len(finished)}/{len(done)} done"
    scores = [s.percent / 100 for s in finished if s.percent is not None]
    row.assignment_score = sum(scores) / len(scores) if scores else None
