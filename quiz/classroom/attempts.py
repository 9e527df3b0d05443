"""Taking assignments: each student's status, starting (or resuming) an attempt, its result.

A timed exam's attempt is kept in the student's progress store (its ``attempts`` table) from
the moment it starts, with every answer as it is given: leaving the app and coming back
resumes the same attempt, same questions, with the clock still running, and one whose time
ran out meanwhile is submitted with the answers given. A one-attempt exam can never be
started afresh.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quiz.classroom.assignments import assignment_bank, find_assignment, student_order
from quiz.classroom.rooms import Assignment, class_flags, classes_of, load_class
from quiz.errors import QuizError
from quiz.learning.exam import ExamSession
from quiz.learning.practice import PracticeSession
from quiz.learning.schedule import Rating
from quiz.learning.store import open_store, read_attempts, read_reviews, read_sessions
from quiz.learning.summary import SessionSummary
from quiz.model import Bank, Question
from quiz.text import name_key

if TYPE_CHECKING:
    from quiz.learning.store import Store

EXAM_SECONDS_PER_QUESTION = 60.0
MIN_EXAM_SECONDS = 300.0
OPEN_STATES = ("open", "submitting")


class AssignmentExam(ExamSession):
    """An assignment's timed exam whose start and answers are durable in the student's store."""

    def __init__(
        self,
        store: Store,
        bank: Bank,
        *,
        now: datetime,
        started: datetime,
        given: dict[str, str],
        **options: Any,
    ) -> None:
        super().__init__(store, bank, now=now, shuffle=False, **options)
        self.attempt_key = str(self.meta["assignment"])
        self.started = started
        asked = {q.id for q in self.questions}
        self.given.update({qid: text for qid, text in given.items() if qid in asked})
        self._graded = {
            r.qid
            for r in store.reviews_since(started)
            if r.assignment == self.attempt_key and r.qid in asked
        }

    def set_answer(self, qid: str, given: str | None, *, now: datetime) -> None:
        super().set_answer(qid, given, now=now)
        self.store.put_attempt(self.attempt_key, given=dict(self.given))

    def _schedule(self, question: Question, rating: Rating, now: datetime, **kw: Any) -> Any:
        if question.id in self._graded:  # graded by a submission cut short: not twice
            return None
        return super()._schedule(question, rating, now, **kw)

    def submit(self, now: datetime) -> SessionSummary:
        if self.submitted is not None:
            return self.submitted
        self.store.put_attempt(self.attempt_key, state="submitting")
        summary = super().submit(now)
        self.store.put_attempt(self.attempt_key, state="submitted", finished=summary.finished)
        return summary


@dataclass
class AssignmentStatus:
    """Where one student stands on one assignment; ``status`` is a line for people."""

    assignment: Assignment
    state: str
    attempts: int = 0
    score: int | None = None
    total: int = 0
    answered: int = 0
    can_attempt: bool = True

    @property
    def percent(self) -> float | None:
        return 100.0 * self.score / self.total if self.score is not None and self.total else None

    @property
    def status(self) -> str:
        if self.state == "done":
            return f"done {self.score}/{self.total} ({self.percent or 0:.0f}%)"
        if self.state == "in progress":
            return f"in progress {self.answered}/{len(self.assignment.question_ids)}"
        return self.state

    def __str__(self) -> str:
        return f"{self.assignment.id}: {self.assignment.bank_title} · {self.status}"


def assignment_results(
    sessions: Sequence[dict[str, Any]], assignment_id: str
) -> list[dict[str, Any]]:
    """The saved sessions that were attempts at ``assignment_id``."""
    return [s for s in sessions if (s.get("meta") or {}).get("assignment") == assignment_id]


def status_of(
    assignment: Assignment,
    sessions: Sequence[dict[str, Any]],
    reviews: Sequence[Any],
    now: datetime | None,
    flagged: Iterable[str] = (),
    attempts: Sequence[dict[str, Any]] = (),
) -> AssignmentStatus:
    """One student's status from their saved sessions, review log and exam attempts (pure).

    With one attempt the score counts each question's first answer, so an attempt left and
    resumed later adds up; with "best" it is the best finished session. An exam attempt still
    open is "in progress" (or "time up" once its clock ran out: opening it submits it).
    """
    finished = assignment_results(sessions, assignment.id)
    mine = [r for r in reviews if r.assignment == assignment.id]
    first: dict[str, Any] = {}
    for review in sorted(mine, key=lambda r: (r.time, r.id)):
        first.setdefault(review.qid, review)
    asked = [q for q in assignment.question_ids if q not in set(flagged)]
    result = AssignmentStatus(
        assignment, "not started", attempts=len(finished), answered=len(first)
    )
    current = next((a for a in attempts if a.get("key") == assignment.id), None)
    if current is not None and current.get("state") in OPEN_STATES:
        result.answered = len(current.get("given") or {})
        started = datetime.fromisoformat(str(current["started"]))
        over = now is not None and (now - started).total_seconds() >= float(current["limit"])
        result.state = "time up" if over else "in progress"
    elif assignment.attempts == "one" and (finished or (asked and set(asked) <= set(first))):
        result.state, result.can_attempt = "done", False
        result.score = sum(r.verdict in ("right", "close") for r in first.values())
        result.total = max(len(asked), len(first))
        if not first:  # answers not logged (e.g. a session without scheduling)
            result.score, result.total = _score(finished[0]), int(finished[0].get("total") or 0)
    elif finished:
        best = max(finished, key=_score)
        result.state, result.score, result.total = "done", _score(best), int(best.get("total") or 0)
    elif now is not None and assignment.is_overdue(now):
        result.state = "overdue"
    elif first:
        result.state = "in progress"
    return result


def _score(summary: dict[str, Any]) -> int:
    return int(summary.get("right") or 0) + int(summary.get("close") or 0)


def _student_status(
    data_dir: Path, profile: str, assignments: list[Assignment], now: datetime | None
) -> list[AssignmentStatus]:
    sessions = read_sessions(data_dir, profile)
    reviews = [r for r in read_reviews(data_dir, profile, assignments_only=True) if r.assignment]
    attempts = read_attempts(data_dir, profile)
    flags = class_flags(data_dir, profile)
    return [status_of(a, sessions, reviews, now, flags, attempts) for a in assignments]


def assignments_for(
    data_dir: Path, profile: str, *, now: datetime | None = None
) -> list[AssignmentStatus]:
    """The assignments of every class of ``profile`` with their status, open ones first.

    Without ``now`` nothing is reported overdue (only the app reads the clock).
    """
    assignments = [a for room in classes_of(data_dir, profile) for a in room.assignments]
    if not assignments:
        return []
    statuses = _student_status(data_dir, profile, assignments, now)
    return sorted(
        statuses,
        key=lambda s: (s.state == "done", s.assignment.due or "9999", s.assignment.created),
    )


def can_attempt(data_dir: Path, profile: str, assignment_id: str) -> bool:
    """Whether ``profile`` may (still) take the assignment: always with "best", else until
    a finished attempt (or every question answered); an open exam attempt can be resumed."""
    assignment = find_assignment(data_dir, assignment_id)
    return _student_status(data_dir, profile, [assignment], None)[0].can_attempt


def answered_questions(data_dir: Path, profile: str, assignment_id: str) -> set[str]:
    """Ids of the assignment's questions ``profile`` has already answered."""
    reviews = read_reviews(data_dir, profile, assignments_only=True)
    return {r.qid for r in reviews if r.assignment == assignment_id}


def start_assignment(
    data_dir: Path,
    profile: str,
    assignment_id: str,
    *,
    now: datetime,
    rng: random.Random | None = None,
    store: Store | None = None,
) -> PracticeSession:
    """A PracticeSession or (timed) ExamSession on the assignment's questions for ``profile``.

    ``store`` is the student's open store (the app's); without it one is opened and the caller
    closes ``session.store``. The question order is fixed per student (``student_order``), so
    ``rng`` only drives the scheduler's interval fuzz. Class-flagged questions are left out; a
    one-attempt practice left half-way resumes with the questions not yet answered. An exam
    attempt starts now, durably (the app shows its first question at once); starting it again
    resumes it, or, when its time ran out, submits it and says so (QuizError)."""

    assignment = find_assignment(data_dir, assignment_id)
    room = load_class(data_dir, assignment.class_name)
    if name_key(profile) not in {name_key(s) for s in room.students}:
        raise QuizError(f"{profile!r} is not in class {room.name!r}")
    if not can_attempt(data_dir, profile, assignment_id):
        raise QuizError(f"assignment {assignment_id} allows one attempt and it was already taken")
    bank = assignment_bank(data_dir, assignment)
    skip = set(room.flags)
    if assignment.attempts == "one" and assignment.mode == "practice":
        skip |= answered_questions(data_dir, profile, assignment_id)  # resume where they left
    ids = [q for q in student_order(assignment, profile) if q not in skip and bank.question(q)]
    if not ids:
        raise QuizError(f"no questions of assignment {assignment_id} are left in its bank")
    seeded = random.Random(f"{name_key(profile)}\0{assignment.id}")
    opened = store is None
    store = store if store is not None else open_store(Path(data_dir), profile)
    meta = {"assignment": assignment.id, "class": room.name}
    try:
        if assignment.mode == "exam":
            session: PracticeSession = _exam(store, assignment, bank, ids, meta, now, seeded)
        else:
            session = PracticeSession(store, bank, now=now, rng=seeded, question_ids=ids, meta=meta)
    except BaseException:
        if opened:
            store.close()
        raise
    if rng is not None:
        session.rng = rng
    return session


def _exam(
    store: Store,
    assignment: Assignment,
    bank: Bank,
    ids: list[str],
    meta: dict[str, Any],
    now: datetime,
    rng: random.Random,
) -> AssignmentExam:
    attempt = store.attempt(assignment.id)
    if attempt is not None and attempt.get("state") in OPEN_STATES:
        asked = [q for q in attempt["questions"] if bank.question(q)]
        exam = AssignmentExam(
            store,
            bank,
            now=now,
            rng=rng,
            question_ids=asked,
            time_limit=float(attempt["limit"]),
            meta=meta,
            started=datetime.fromisoformat(attempt["started"]),
            given=dict(attempt.get("given") or {}),
        )
        if attempt["state"] == "submitting" or exam.expired(now):
            summary = exam.submit(now)
            raise QuizError(
                f"assignment {assignment.id}: the time ran out, so it was submitted with the "
                f"answers given ({summary.score}/{summary.total})"
            )
        return exam
    limit = assignment.time_limit_min * 60 if assignment.time_limit_min else None
    limit = limit or max(MIN_EXAM_SECONDS, EXAM_SECONDS_PER_QUESTION * len(ids))
    exam = AssignmentExam(
        store,
        bank,
        now=now,
        rng=rng,
        question_ids=ids,
        time_limit=limit,
        meta=meta,
        started=now,
        given={},
    )
    store.put_attempt(
        assignment.id, state="open", started=now.isoformat(), limit=limit, questions=ids, given={}
    )
    return exam


def record_result(session: PracticeSession, *, now: datetime) -> SessionSummary:
    """End an assignment session: grade (exam) or tally (practice) and save the summary with
    the assignment id in the student's store; returns the ``SessionSummary``."""
    if isinstance(session, ExamSession):
        return session.submit(now)
    return session.finish(now)
