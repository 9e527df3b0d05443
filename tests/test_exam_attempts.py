"""A one-attempt timed assignment exam cannot be restarted (issue 11 item 3): the attempt is
durable from its start; leaving resumes it with the clock running, or submits it."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.bank import write_bank
from quiz.classroom import classes as classroom
from quiz.errors import QuizError
from quiz.learning.store import open_store, read_reviews, read_sessions
from quiz.model import Bank, Question, Source

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def make_bank() -> Bank:
    questions = [
        Question(id=f"q{i:02d}", kind="short_answer", prompt=f"Capital {i}?", answer=f"city{i}")
        for i in range(8)
    ]
    return Bank(title="Cities", source=Source(title="Cities"), questions=questions)


@pytest.fixture
def exam(data_dir: Path, tmp_path: Path) -> classroom.Assignment:
    path = tmp_path / "cities.json"
    write_bank(make_bank(), path)
    classroom.create_class(data_dir, "7A")
    classroom.add_students(data_dir, "7A", ["Ann"])
    bank, bank_path = classroom.resolve_bank(data_dir, str(path))
    ids = classroom.choose_questions(bank, count=5, rng=random.Random(5))
    return classroom.create_assignment(
        data_dir, "7A", bank, bank_path, question_ids=ids, mode="exam", time_limit_min=10, now=NOW
    )


def status(data_dir: Path, assignment_id: str, now: datetime) -> classroom.AssignmentStatus:
    found = classroom.assignments_for(data_dir, "Ann", now=now)
    return next(s for s in found if s.assignment.id == assignment_id)


def leave(session) -> None:
    """What ctrl+q does: the app closes the store without submitting the exam."""
    session.store.close()


def test_leaving_an_exam_resumes_the_same_attempt_with_the_clock_running(
    data_dir: Path, exam
) -> None:
    first = classroom.start_assignment(data_dir, "Ann", exam.id, now=NOW)
    order = [q.id for q in first.questions]
    for seconds, question in ((20, first.current()), (40, first.questions[1])):
        first.answer(question, question.answer, now=NOW + timedelta(seconds=seconds))
    leave(first)
    later = NOW + timedelta(minutes=4)
    assert status(data_dir, exam.id, later).status == "in progress 2/5"
    from quiz.classroom.report import class_report

    [row] = class_report(data_dir, "7A", assignment_id=exam.id, now=later).students
    assert row.assignment_status == "in progress"  # the teacher sees it too
    again = classroom.start_assignment(data_dir, "Ann", exam.id, now=later)
    assert [q.id for q in again.questions] == order  # the same attempt, not a fresh one
    assert again.given == {order[0]: first.questions[0].answer, order[1]: first.questions[1].answer}
    assert again.remaining(later) == pytest.approx(600 - 240)  # the clock kept running
    third = again.questions[2]
    again.answer(third, "wrong", now=later + timedelta(seconds=5))
    summary = classroom.record_result(again, now=later + timedelta(minutes=1))
    leave(again)
    assert (summary.score, summary.total) == (2, 5)
    assert status(data_dir, exam.id, later).status == "done 2/5 (40%)"
    with pytest.raises(QuizError, match="one attempt"):
        classroom.start_assignment(data_dir, "Ann", exam.id, now=later + timedelta(hours=1))


def test_coming_back_after_the_time_ran_out_submits_the_attempt(data_dir: Path, exam) -> None:
    first = classroom.start_assignment(data_dir, "Ann", exam.id, now=NOW)
    question = first.current()
    first.answer(question, question.answer, now=NOW + timedelta(seconds=30))
    leave(first)
    late = NOW + timedelta(minutes=30)
    assert status(data_dir, exam.id, late).state == "time up"
    with pytest.raises(QuizError, match="time ran out.*submitted.*1/5"):
        classroom.start_assignment(data_dir, "Ann", exam.id, now=late)
    assert status(data_dir, exam.id, late).status == "done 1/5 (20%)"
    [saved] = read_sessions(data_dir, "Ann")
    assert saved["finished"] == (NOW + timedelta(minutes=10)).isoformat()  # at the deadline
    with pytest.raises(QuizError, match="one attempt"):
        classroom.start_assignment(data_dir, "Ann", exam.id, now=late)


def test_the_attempt_survives_a_kill_at_its_first_question(data_dir: Path, exam) -> None:
    session = classroom.start_assignment(data_dir, "Ann", exam.id, now=NOW)
    store = session.store
    store._storage.close()  # killed: nothing else happens (the lock dies with the process)
    import os

    os.close(store._lock)
    with open_store(data_dir, "Ann") as reopened:
        attempt = reopened.attempt(exam.id)
    assert attempt is not None and attempt["state"] == "open"
    assert attempt["started"] == NOW.isoformat()
    assert attempt["questions"] == [q.id for q in session.questions]


def test_a_submission_cut_short_is_completed_without_grading_twice(
    data_dir: Path, exam, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = classroom.start_assignment(data_dir, "Ann", exam.id, now=NOW)
    for question in session.questions:
        session.set_answer(question.id, question.answer, now=NOW + timedelta(seconds=10))
    store = session.store
    real = store.save_session

    def killed(summary):
        raise KeyboardInterrupt  # after every answer was graded, before the summary

    monkeypatch.setattr(store, "save_session", killed)
    with pytest.raises(KeyboardInterrupt):
        classroom.record_result(session, now=NOW + timedelta(minutes=2))
    monkeypatch.setattr(store, "save_session", real)
    leave(session)
    with pytest.raises(QuizError, match="submitted.*5/5"):
        classroom.start_assignment(data_dir, "Ann", exam.id, now=NOW + timedelta(minutes=3))
    assert len(read_reviews(data_dir, "Ann")) == 5  # each question graded once
    assert status(data_dir, exam.id, NOW).status == "done 5/5 (100%)"
