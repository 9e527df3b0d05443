"""The teacher's commands: class, assign and report, with one-line errors."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.bank import write_bank
from quiz.classroom import classes as classroom
from quiz.cli import main
from quiz.model import Bank, Question, Source

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def make_bank() -> Bank:
    questions = [
        Question(
            id=f"q{i:02d}",
            kind="short_answer",
            prompt=f"Who led corps {i}?",
            answer=f"general{i}",
            section="Command" if i % 3 else "Reforms",
        )
        for i in range(15)
    ]
    return Bank(title="Generals", source=Source(title="Generals"), questions=questions)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "generals.json"
    write_bank(make_bank(), path)
    return path


def test_class_commands(data_dir: Path, tmp_path: Path, capsys) -> None:
    assert run(capsys, "class", "create", "Period 3")[0] == 0
    roster = tmp_path / "roster.csv"
    roster.write_text("name,email\nAnn,a@x\nBob,b@x\n", encoding="utf-8")
    code, out, _ = run(capsys, "class", "add", "period-3", "Cy", "--from", str(roster))
    assert code == 0 and "Added 3 student(s)" in out
    code, out, _ = run(capsys, "class", "list")
    assert "Period 3: 3 students, 0 assignments" in out
    code, out, _ = run(capsys, "class", "remove-student", "Period 3", "Bob")
    assert code == 0 and "Removed Bob" in out
    code, out, _ = run(capsys, "class", "flag", "Period 3", "q01", "--reason", "two answers")
    assert code == 0
    code, out, _ = run(capsys, "class", "show", "Period 3")
    assert "Cy" in out and "Bob" not in out and "q01: two answers" in out


def test_errors_are_one_line_with_status_2(data_dir: Path, bank_file: Path, capsys) -> None:
    code, _, err = run(capsys, "class", "add", "Nope", "Ann")
    assert (
        code == 2 and err.startswith("quiz: error: no class named 'Nope'") and err.count("\n") == 1
    )
    run(capsys, "class", "create", "A")
    code, _, err = run(capsys, "class", "create", "a")
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "assign", "A", str(bank_file), "--kinds", "essay")
    assert code == 2 and "unknown kind" in err
    code, _, err = run(capsys, "assign", "A", str(bank_file), "--due", "tomorrow")
    assert code == 2 and "bad due date" in err
    code, _, err = run(capsys, "assign", "A", "missing.json")
    assert code == 2 and "no such bank" in err
    code, _, err = run(capsys, "report", "A", "-o", "report.pdf")
    assert code == 2 and ".csv or .html" in err
    code, _, err = run(capsys, "class", "unflag", "A", "q09")
    assert code == 2 and "was not flagged" in err


def take(data_dir: Path, profile: str, assignment_id: str, wrong: set[int]) -> None:
    """A student answers an assignment: the questions at positions ``wrong`` get 'Napoleon'."""
    session = classroom.start_assignment(data_dir, profile, assignment_id, now=NOW)
    for index in range(len(session.questions)):
        question = session.current()
        given = "Napoleon" if index in wrong else question.answer
        session.answer(question, given, now=NOW + timedelta(minutes=index))
    classroom.record_result(session, now=NOW + timedelta(minutes=20))
    session.store.close()


def test_assign_and_report(data_dir: Path, bank_file: Path, tmp_path: Path, capsys) -> None:
    run(capsys, "class", "create", "7A")
    run(capsys, "class", "add", "7A", "Ann", "Bob", "Cy")
    code, out, _ = run(
        capsys, "assign", "7A", str(bank_file), "--count", "10", "--due", "2099-11-09"
    )
    assert code == 0 and "Assigned 10 questions" in out and "7a-1" in out
    assignment = classroom.find_assignment(data_dir, "7a-1")
    assert len(assignment.question_ids) == 10 and assignment.due == "2099-11-09"
    hard = assignment.question_ids[0]
    # everyone misses the same question (whatever position it has in their order)
    for profile, extra_wrong in (("Ann", 0), ("Bob", 2)):
        position = _order(data_dir, profile, assignment.id).index(hard)
        others = [i for i in range(10) if i != position][:extra_wrong]
        take(data_dir, profile, assignment.id, {position, *others})
    code, out, _ = run(capsys, "report", "7A", "--assignment", "7a-1", "--flag", hard)
    assert code == 0 and hard in classroom.load_class(data_dir, "7A").flags
    assert "yes" in next(line for line in out.splitlines() if line.startswith(hard))
    code, out, _ = run(capsys, "report", "7A", "--assignment", "7a-1", "--unflag", hard)
    assert code == 0 and not classroom.load_class(data_dir, "7A").flags
    assert f"Hardest question: {hard}" in out
    assert "Napoleon (x2)" in out
    lines = {
        line.split()[0]: line for line in out.splitlines() if line[:3] in ("Ann", "Bob", "Cy ")
    }
    assert "done" in lines["Ann"] and "90%" in lines["Ann"]
    assert "70%" in lines["Bob"] and "not started" in lines["Cy"]

    target = tmp_path / "report.csv"
    assert run(capsys, "report", "7A", "-o", str(target))[0] == 0
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    header = rows.index(["Questions (hardest first)"]) + 2
    assert rows[header][0] == hard and rows[header][4] == "0%"
    code, _, err = run(capsys, "report", "7A", "-o", str(target))
    assert code == 2 and "already exists" in err
    page = tmp_path / "report.html"
    assert run(capsys, "report", "7A", "--bank", str(bank_file), "-o", str(page))[0] == 0
    assert "<table>" in page.read_text(encoding="utf-8")
    bank_file.unlink()  # the bank file is gone: the assignment's copy still describes them
    code, out, _ = run(capsys, "report", "7A")
    prompt = make_bank().question(hard).prompt
    assert code == 0 and f"Hardest question: {hard} in section" in out and prompt in out


def _order(data_dir: Path, profile: str, assignment_id: str) -> list[str]:
    session = classroom.start_assignment(data_dir, profile, assignment_id, now=NOW)
    session.store.close()
    return [q.id for q in session.questions]
