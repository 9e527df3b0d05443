"""Thirty students at once: every answer lands exactly once, in the right student's store."""

from __future__ import annotations

import multiprocessing
import random
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.bank import write_bank
from quiz.classroom import classes as classroom
from quiz.classroom import report
from quiz.learning.store import open_store
from quiz.model import Bank, Question, Source

STUDENTS = 30
QUESTIONS = 10
NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
FORK = multiprocessing.get_context("fork") if hasattr(__import__("os"), "fork") else None


def make_bank() -> Bank:
    questions = [
        Question(id=f"q{i:02d}", kind="short_answer", prompt=f"Year {i}?", answer=f"{1900 + i}")
        for i in range(20)
    ]
    return Bank(title="Years", source=Source(title="Years"), questions=questions)


def student_work(data_dir: str, profile: str, assignment_id: str) -> str:
    """One student answering the whole assignment in their own process."""
    session = classroom.start_assignment(Path(data_dir), profile, assignment_id, now=NOW)
    try:
        for index in range(len(session.questions)):
            question = session.current()
            # odd students get even positions wrong, with an answer naming them
            wrong = int(profile[1:]) % 2 == 1 and index % 2 == 0
            given = f"wrong by {profile}" if wrong else question.answer
            session.answer(question, given, now=NOW + timedelta(seconds=index))
        classroom.record_result(session, now=NOW + timedelta(minutes=5))
    finally:
        session.store.close()
    return profile


def join_class(data_dir: str, profile: str) -> str:
    classroom.add_students(Path(data_dir), "Lab", [profile])
    return profile


@pytest.mark.skipif(FORK is None, reason="needs fork() to start 30 processes quickly")
def test_thirty_students_answer_at_once(data_dir: Path, tmp_path: Path) -> None:
    bank_path = tmp_path / "years.json"
    write_bank(make_bank(), bank_path)
    classroom.create_class(data_dir, "Lab")
    names = [f"s{i:02d}" for i in range(STUDENTS)]
    with FORK.Pool(STUDENTS) as pool:  # everyone joins the class at the same moment
        joined = pool.starmap(join_class, [(str(data_dir), n) for n in names])
    assert sorted(classroom.load_class(data_dir, "Lab").students) == sorted(joined)
    bank, path = classroom.resolve_bank(data_dir, str(bank_path))
    ids = classroom.choose_questions(bank, count=QUESTIONS, rng=random.Random(2))
    assignment = classroom.create_assignment(data_dir, "Lab", bank, path, question_ids=ids, now=NOW)

    stop = threading.Event()
    teacher_errors: list[BaseException] = []
    reports_read = []

    def teacher_watches() -> None:  # the teacher refreshes the report during the lesson
        while not stop.is_set():
            try:
                report.class_report(data_dir, "Lab", assignment_id=assignment.id, now=NOW)
                reports_read.append(1)
            except BaseException as exc:  # noqa: BLE001 - reported below
                teacher_errors.append(exc)
                return

    watcher = threading.Thread(target=teacher_watches)
    with FORK.Pool(STUDENTS) as pool:  # fork the students before the teacher's thread starts
        watcher.start()
        try:
            done = pool.starmap(student_work, [(str(data_dir), n, assignment.id) for n in names])
        finally:
            stop.set()
            watcher.join()
    assert sorted(done) == names and not teacher_errors and reports_read

    for name in names:
        with open_store(data_dir, name) as store:
            reviews = list(store.iter_reviews())
            sessions = store.sessions()
        assert sorted(r.qid for r in reviews) == sorted(ids), name  # each exactly once
        assert {r.assignment for r in reviews} == {assignment.id}
        foreign = {r.given for r in reviews if r.given and r.given.startswith("wrong by")}
        assert foreign <= {f"wrong by {name}"}, name  # nobody else's answers
        assert len(sessions) == 1 and sessions[0]["meta"]["assignment"] == assignment.id
        expected = QUESTIONS // 2 if int(name[1:]) % 2 else QUESTIONS
        assert sessions[0]["score"] == expected, name

    final = report.class_report(data_dir, "Lab", assignment_id=assignment.id, now=NOW)
    assert sum(row.reviews for row in final.students) == STUDENTS * QUESTIONS
    assert all(row.assignment_status == "done" for row in final.students)
