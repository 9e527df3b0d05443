"""Class assignments: choosing the questions, storing them, each student's order, their bank."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from quiz.classroom.rooms import Assignment, changing, list_classes
from quiz.errors import QuizError
from quiz.kinds import parse_kinds
from quiz.learning import catalog
from quiz.learning.picker import pick_questions
from quiz.model import Bank, Question, Source
from quiz.review import apply_review, load_approved_bank, load_review
from quiz.text import name_key, search_key

MODES = ("practice", "exam")
ATTEMPT_RULES = ("one", "best")


def choose_questions(
    bank: Bank,
    *,
    count: int | None,
    sections: Sequence[str] = (),
    kinds: Sequence[str] = (),
    exclude: set[str] | frozenset[str] = frozenset(),
    rng: random.Random,
) -> list[str]:
    """Pick ``count`` question ids matching the filters (as many as can be if None), kept in
    bank order: balanced over sections and kinds, never two siblings (the one picker)."""
    kinds = parse_kinds(kinds)
    wanted_sections = {search_key(s) for s in sections}
    known_sections = {search_key(q.section) for q in bank.questions}
    unknown = sorted(s for s in wanted_sections if s not in known_sections)
    if unknown:
        raise QuizError(f"bank {bank.title!r} has no section {unknown[0]!r}")
    pool = [
        q
        for q in bank.questions
        if q.id not in exclude
        and (not wanted_sections or search_key(q.section) in wanted_sections)
        and (not kinds or q.kind in kinds)
    ]
    if not pool:
        raise QuizError("no questions match the chosen sections and kinds")
    if count is not None and count < 1:
        raise QuizError("--count must be at least 1")
    return [q.id for q in pick_questions(pool, count, rng)]


def create_assignment(
    data_dir: Path,
    class_name: str,
    bank: Bank,
    bank_path: Path,
    *,
    question_ids: Sequence[str],
    mode: str = "practice",
    attempts: str = "one",
    time_limit_min: float | None = None,
    due: date | None = None,
    now: datetime,
) -> Assignment:
    """Store a new assignment of ``question_ids`` from ``bank`` for every student of the class."""
    if mode not in MODES:
        raise QuizError(f"unknown mode {mode!r} (expected practice or exam)")
    if attempts not in ATTEMPT_RULES:
        raise QuizError(f"unknown attempts rule {attempts!r} (expected one or best)")
    if time_limit_min is not None and time_limit_min <= 0:
        raise QuizError("--time-limit must be a positive number of minutes")
    by_id = {q.id: q for q in bank.questions}
    missing = [qid for qid in question_ids if qid not in by_id]
    if missing or not question_ids:
        raise QuizError(
            f"question {missing[0]!r} is not in the bank" if missing else "no questions"
        )
    with changing(data_dir, class_name) as room:
        assignment = Assignment(
            id=f"{room.key}-{room.next_number}",
            class_name=room.name,
            bank_path=str(Path(bank_path).resolve()),
            bank_key=bank.key,
            bank_title=bank.title,
            question_ids=list(question_ids),
            mode=mode,
            attempts=attempts,
            time_limit_min=time_limit_min,
            due=due.isoformat() if due else None,
            created=now.isoformat(timespec="seconds"),
            questions=[by_id[qid].to_dict() for qid in question_ids],
            source=bank.source.to_dict(),
        )
        room.assignments.append(assignment)
        room.next_number += 1
    return assignment


def find_assignment(data_dir: Path, assignment_id: str) -> Assignment:
    """The assignment with this id, from whichever class holds it."""
    for room in list_classes(data_dir):
        found = room.assignment(assignment_id)
        if found is not None:
            return found
    raise QuizError(f"no assignment with id {assignment_id!r}")


def student_order(assignment: Assignment, profile: str) -> list[str]:
    """The assignment's questions shuffled for one student, the same order every time."""
    digest = hashlib.sha256(f"{name_key(profile)}\0{assignment.id}".encode()).digest()
    order = list(assignment.question_ids)
    random.Random(int.from_bytes(digest[:8], "big")).shuffle(order)
    return order


def parse_due(text: str) -> date:
    """A due date from ``YYYY-MM-DD`` (the assignment is due by the end of that day)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise QuizError(f"bad due date {text!r} (expected YYYY-MM-DD)") from None


def resolve_bank(data_dir: Path, name: str) -> tuple[Bank, Path]:
    """A bank from a file path, or by name among saved and bundled banks, with its path: the
    one resolver every command uses (:func:`quiz.learning.catalog.resolve_bank`)."""
    return catalog.resolve_bank(Path(data_dir), name)


def assignment_bank(data_dir: Path, assignment: Assignment) -> Bank:
    """The assigned questions as a bank: the copy kept in the assignment (so regenerating or
    moving the bank file later changes nothing), else the bank file itself; either way with
    the teacher's review of the bank applied (rejected questions leave, edits show)."""

    path = Path(assignment.bank_path)
    if assignment.questions:
        copy = Bank(
            title=assignment.bank_title,
            source=Source.from_dict(assignment.source or {"title": assignment.bank_title}),
            questions=[Question.from_dict(q) for q in assignment.questions],
        )
        try:
            return apply_review(copy, load_review(path))
        except QuizError:
            return copy
    if path.exists():
        return load_approved_bank(path)
    bank, _ = resolve_bank(data_dir, assignment.bank_key)
    return bank
