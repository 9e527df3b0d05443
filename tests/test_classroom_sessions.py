"""Assignments end to end with the engine: sessions, attempts, status, flags, locked stores."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from quiz.bank import write_bank
from quiz.classroom import classes as classroom
from quiz.errors import QuizError
from quiz.learning.exam import ExamSession
from quiz.learning.practice import PracticeSession
from quiz.learning.store import open_store
from quiz.model import Bank, Question, Source

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def make_bank() -> Bank:
    questions = [
        Question(
            id=f"q{i:02d}",
            kind="short_answer",
            prompt=f"Capital number {i}?",
            answer=f"city{i}",
            section="Early" if i < 6 else "Late",
        )
        for i in range(12)
    ]
    return Bank(title="Cities", source=Source(title="Cities"), questions=questions)


@pytest.fixture
def setup(data_dir: Path, tmp_path: Path) -> classroom.Assignment:
    path = tmp_path / "cities.json"
    write_bank(make_bank(), path)
    classroom.create_class(data_dir, "7A")
    classroom.add_students(data_dir, "7A", ["Ann", "Bob", "Cy"])
    bank, bank_path = classroom.resolve_bank(data_dir, str(path))
    ids = classroom.choose_questions(bank, count=10, rng=random.Random(5))
    return classroom.create_assignment(
        data_dir, "7A", bank, bank_path, question_ids=ids, due=date(2026, 11, 4), now=NOW
    )


def answer_all(session: PracticeSession, right: int, now: datetime) -> None:
    """Answer the first ``right`` questions correctly and the rest with 'Paris'."""
    for index in range(len(session.questions)):
        question = session.current()
        given = question.answer if index < right else "Paris"
        session.answer(question, given, now=now + timedelta(seconds=10 * index))


def test_practice_assignment_saves_result_and_status(data_dir: Path, setup) -> None:
    session = classroom.start_assignment(data_dir, "Ann", setup.id, now=NOW)
    assert isinstance(session, PracticeSession) and not isinstance(session, ExamSession)
    assert sorted(q.id for q in session.questions) == sorted(setup.question_ids)
    answer_all(session, 7, NOW)
    summary = classroom.record_result(session, now=NOW + timedelta(minutes=5))
    session.store.close()
    assert (summary.score, summary.total, summary.meta["assignment"]) == (7, 10, setup.id)
    [status] = classroom.assignments_for(data_dir, "Ann", now=NOW)
    assert (status.state, status.score, status.total) == ("done", 7, 10)
    assert status.status == "done 7/10 (70%)"
    assert not status.can_attempt and not classroom.can_attempt(data_dir, "Ann", setup.id)
    with pytest.raises(QuizError, match="one attempt"):
        classroom.start_assignment(data_dir, "Ann", setup.id, now=NOW)
    reviews = classroom.read_reviews(data_dir, "Ann")
    assert len(reviews) == 10 and {r.assignment for r in reviews} == {setup.id}
    assert {r.given for r in reviews if r.verdict == "wrong"} == {"Paris"}


def test_status_not_started_in_progress_and_overdue(data_dir: Path, setup) -> None:
    [cy] = classroom.assignments_for(data_dir, "Cy", now=NOW)
    assert cy.state == "not started" and cy.can_attempt
    late = datetime(2026, 11, 5, 0, 30, tzinfo=UTC)
    assert classroom.assignments_for(data_dir, "Cy", now=late)[0].state == "overdue"
    assert classroom.assignments_for(data_dir, "Cy")[0].state == "not started"  # no clock
    with open_store(data_dir, "Bob") as store:
        session = classroom.start_assignment(data_dir, "Bob", setup.id, now=NOW, store=store)
        for _ in range(3):
            session.answer(session.current(), "x", now=NOW)
        # Bob's app still has his store open (locked): the home screen can read it anyway
        [bob] = classroom.assignments_for(data_dir, "Bob", now=NOW)
        assert bob.state == "in progress" and bob.status == "in progress 3/10"
    assert classroom.assignments_for(data_dir, "Nobody", now=NOW) == []


def test_order_is_fixed_per_student_and_differs_between_students(data_dir: Path, setup) -> None:
    def order(profile: str) -> list[str]:
        session = classroom.start_assignment(data_dir, profile, setup.id, now=NOW)
        session.store.close()
        return [q.id for q in session.questions]

    assert order("Ann") == order("Ann")
    assert order("Ann") != order("Bob")
    assert sorted(order("Cy")) == sorted(setup.question_ids)


def test_best_of_attempts_keeps_the_best_score(data_dir: Path, tmp_path: Path, setup) -> None:
    bank, path = classroom.resolve_bank(data_dir, str(tmp_path / "cities.json"))
    best = classroom.create_assignment(
        data_dir, "7A", bank, path, question_ids=setup.question_ids[:4], attempts="best", now=NOW
    )
    for right in (3, 1):
        session = classroom.start_assignment(data_dir, "Ann", best.id, now=NOW)
        answer_all(session, right, NOW)
        classroom.record_result(session, now=NOW)
        session.store.close()
    status = {s.assignment.id: s for s in classroom.assignments_for(data_dir, "Ann", now=NOW)}
    assert (status[best.id].score, status[best.id].attempts) == (3, 2)
    assert status[best.id].can_attempt


def test_exam_assignment_with_time_limit(data_dir: Path, tmp_path: Path, setup) -> None:
    bank, path = classroom.resolve_bank(data_dir, str(tmp_path / "cities.json"))
    exam = classroom.create_assignment(
        data_dir,
        "7A",
        bank,
        path,
        question_ids=setup.question_ids[:5],
        mode="exam",
        time_limit_min=2,
        now=NOW,
    )
    session = classroom.start_assignment(data_dir, "Bob", exam.id, now=NOW)
    assert isinstance(session, ExamSession) and session.time_limit == 120
    first = session.current()
    session.answer(first, first.answer, now=NOW)
    summary = classroom.record_result(session, now=NOW + timedelta(minutes=1))
    session.store.close()
    assert (summary.score, summary.total, summary.wrong) == (1, 5, 4)  # blanks count as wrong
    [status] = [
        s for s in classroom.assignments_for(data_dir, "Bob", now=NOW) if s.assignment.id == exam.id
    ]
    assert status.status == "done 1/5 (20%)"


def test_flagged_questions_leave_the_assignment(data_dir: Path, setup) -> None:
    flagged = setup.question_ids[0]
    classroom.flag_question(data_dir, "7A", flagged, "two right answers")
    session = classroom.start_assignment(data_dir, "Cy", setup.id, now=NOW)
    session.store.close()
    assert flagged not in {q.id for q in session.questions} and len(session.questions) == 9
    assert flagged in classroom.class_flags(data_dir, "Cy")


def test_only_students_of_the_class_can_start(data_dir: Path, setup) -> None:
    with pytest.raises(QuizError, match="not in class"):
        classroom.start_assignment(data_dir, "Stranger", setup.id, now=NOW)
    with pytest.raises(QuizError, match="no assignment"):
        classroom.start_assignment(data_dir, "Ann", "7a-99", now=NOW)


def test_read_cards_sees_answers_still_in_the_journal(data_dir: Path, setup) -> None:
    with open_store(data_dir, "Ann") as store:
        session = classroom.start_assignment(data_dir, "Ann", setup.id, now=NOW, store=store)
        question = session.current()
        session.answer(question, question.answer, now=NOW)
        cards = classroom.read_cards(data_dir, "Ann")
        assert cards[("cities", question.id)].reps == 1
    assert classroom.read_cards(data_dir, "Ann")[("cities", question.id)].reps == 1


def test_assignment_survives_the_bank_being_regenerated(
    data_dir: Path, tmp_path: Path, setup
) -> None:
    path = tmp_path / "cities.json"
    smaller = make_bank()
    smaller.questions = smaller.questions[:2]
    write_bank(smaller, path, force=True)  # the teacher regenerates the bank file
    session = classroom.start_assignment(data_dir, "Ann", setup.id, now=NOW)
    session.store.close()
    assert sorted(q.id for q in session.questions) == sorted(setup.question_ids)
    assert session.bank.key == "cities"
    path.unlink()  # or deletes it
    session = classroom.start_assignment(data_dir, "Bob", setup.id, now=NOW)
    session.store.close()
    assert len(session.questions) == 10


def test_assignment_reviews_are_told_apart_from_free_practice(data_dir: Path, setup) -> None:
    with open_store(data_dir, "Ann") as store:
        free = PracticeSession(store, make_bank(), now=NOW, count=3, rng=random.Random(1))
        for _ in range(3):
            free.answer(free.current(), "x", now=NOW)
        session = classroom.start_assignment(data_dir, "Ann", setup.id, now=NOW, store=store)
        session.answer(session.current(), "y", now=NOW)
    every = classroom.read_reviews(data_dir, "Ann")
    assigned = classroom.read_reviews(data_dir, "Ann", assignments_only=True)
    assert len(every) == 4 and [r.assignment for r in assigned] == [setup.id]
    [status] = classroom.assignments_for(data_dir, "Ann", now=NOW)
    assert status.status == "in progress 1/10"


def test_a_one_attempt_practice_left_half_way_resumes(data_dir: Path, setup) -> None:
    first = classroom.start_assignment(data_dir, "Ann", setup.id, now=NOW)
    done = []
    for _ in range(4):  # 4 answers (all right), then Ann closes the app without finishing
        question = first.current()
        first.answer(question, question.answer, now=NOW)
        done.append(question.id)
    first.store.close()
    [status] = classroom.assignments_for(data_dir, "Ann", now=NOW)
    assert status.status == "in progress 4/10" and status.can_attempt
    second = classroom.start_assignment(data_dir, "Ann", setup.id, now=NOW + timedelta(hours=1))
    assert len(second.questions) == 6 and not {q.id for q in second.questions} & set(done)
    for _ in range(6):  # the rest wrong
        second.answer(second.current(), "Paris", now=NOW + timedelta(hours=1))
    classroom.record_result(second, now=NOW + timedelta(hours=1))
    second.store.close()
    [status] = classroom.assignments_for(data_dir, "Ann", now=NOW)
    assert status.status == "done 4/10 (40%)" and not status.can_attempt
