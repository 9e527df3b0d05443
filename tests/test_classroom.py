"""Class rosters, roster files, flags and assignment storage (no sessions yet)."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from quiz.bank import write_bank
from quiz.classroom import classes as classroom
from quiz.errors import QuizError
from quiz.learning import store
from quiz.model import Bank, Question, Source

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def make_bank(n: int = 20) -> Bank:
    questions = [
        Question(
            id=f"q{i:02d}",
            kind="mcq" if i % 2 else "short_answer",
            prompt=f"What is item {i}?",
            answer=f"a{i}",
            choices=[f"a{i}", "b", "c", "d"] if i % 2 else [],
            section="History" if i < n // 2 else "Equipment",
        )
        for i in range(n)
    ]
    return Bank(title="Test Army", source=Source(title="Test Army"), questions=questions)


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "army.json"
    write_bank(make_bank(), path)
    return path


def test_create_add_remove_and_list(data_dir: Path) -> None:
    classroom.create_class(data_dir, "Period 3")
    added = classroom.add_students(data_dir, "period 3", ["Ann", "Bob", "ann", "Cy"])
    assert added == ["Ann", "Bob", "Cy"]
    assert {"Ann", "Bob", "Cy"} <= set(store.list_profiles(data_dir))
    assert classroom.add_students(data_dir, "Period 3", ["Bob"]) == []
    assert classroom.remove_students(data_dir, "Period 3", ["bob"]) == ["Bob"]
    room = classroom.load_class(data_dir, "PERIOD 3")
    assert room.name == "Period 3" and room.students == ["Ann", "Cy"]
    assert "Bob" in store.list_profiles(data_dir)  # progress kept
    assert [r.name for r in classroom.list_classes(data_dir)] == ["Period 3"]
    assert [r.name for r in classroom.classes_of(data_dir, "cy")] == ["Period 3"]


def test_existing_profile_keeps_its_spelling(data_dir: Path) -> None:
    store.add_profile(data_dir, "Émile")
    classroom.create_class(data_dir, "C")
    assert classroom.add_students(data_dir, "C", ["émile"]) == ["Émile"]


def test_class_errors_are_one_line(data_dir: Path) -> None:
    classroom.create_class(data_dir, "A")
    with pytest.raises(QuizError, match="already exists"):
        classroom.create_class(data_dir, "a")
    with pytest.raises(QuizError, match="no class named"):
        classroom.load_class(data_dir, "nope")
    with pytest.raises(QuizError, match="must not be empty"):
        classroom.create_class(data_dir, "   ")
    with pytest.raises(QuizError, match="not in class"):
        classroom.remove_students(data_dir, "A", ["ghost"])
    with pytest.raises(QuizError, match="may not contain"):
        classroom.add_students(data_dir, "A", ["Zed", "../etc"])
    assert "Zed" not in store.list_profiles(data_dir)  # nothing created by a bad roster


def test_corrupt_class_file_is_reported_not_overwritten(data_dir: Path) -> None:
    classroom.create_class(data_dir, "A")
    classroom.add_students(data_dir, "A", ["Bo"])
    path = classroom.classes_dir(data_dir) / "a.json"
    path.write_text("{broken", encoding="utf-8")
    with pytest.raises(QuizError, match="a.json is corrupt") as caught:
        classroom.add_students(data_dir, "A", ["Ann"])
    assert f"the last good copy is at {path}.bak" in str(caught.value)
    assert path.read_text(encoding="utf-8") == "{broken"
    assert classroom.list_classes(data_dir) == []
    last_good = json.loads(Path(f"{path}.bak").read_text(encoding="utf-8"))
    assert last_good["name"] == "A" and last_good["students"] == []


def test_a_symlinked_class_file_is_never_followed(data_dir: Path, tmp_path: Path) -> None:
    classroom.create_class(data_dir, "A")
    path = classroom.classes_dir(data_dir) / "a.json"
    outside = tmp_path / "outside.json"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(outside)
    before = outside.read_bytes()
    with pytest.raises(QuizError, match="symbolic link"):
        classroom.add_students(data_dir, "A", ["Ann"])
    assert outside.read_bytes() == before


def test_class_temp_files_left_by_a_kill_are_removed(data_dir: Path) -> None:
    classroom.create_class(data_dir, "A")
    leftover = classroom.classes_dir(data_dir) / ".a.json.1a2b3c4d.tmp"
    leftover.write_text("half")
    classroom.add_students(data_dir, "A", ["Ann"])
    assert not leftover.exists()


def test_read_roster_csv_with_name_column(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text('id,Name,email\n1,"Smith, Ann",a@x\n2,Bob,b@x\n3,,c@x\n', encoding="utf-8")
    assert classroom.read_roster(path) == ["Smith, Ann", "Bob"]


def test_read_roster_one_name_per_line(tmp_path: Path) -> None:
    path = tmp_path / "roster.txt"
    path.write_text("\ufeffAnn Lee\n\n  Bob  \n", encoding="utf-8")
    assert classroom.read_roster(path) == ["Ann Lee", "Bob"]
    with pytest.raises(QuizError, match="no such file"):
        classroom.read_roster(tmp_path / "missing.csv")
    (tmp_path / "empty.csv").write_text("\n", encoding="utf-8")
    with pytest.raises(QuizError, match="empty"):
        classroom.read_roster(tmp_path / "empty.csv")


def test_choose_questions_filters_and_counts() -> None:
    bank = make_bank()
    rng = random.Random(1)
    ids = classroom.choose_questions(bank, count=5, sections=["history"], kinds=["mcq"], rng=rng)
    assert len(ids) == 5
    assert all(
        bank.question(q).section == "History" and bank.question(q).kind == "mcq" for q in ids
    )
    assert ids == sorted(ids)  # bank order
    every = classroom.choose_questions(bank, count=None, exclude={"q00"}, rng=rng)
    assert len(every) == 19 and "q00" not in every
    with pytest.raises(QuizError, match="unknown kind"):
        classroom.choose_questions(bank, count=3, kinds=["essay"], rng=rng)
    with pytest.raises(QuizError, match="no section"):
        classroom.choose_questions(bank, count=3, sections=["Navy"], rng=rng)
    with pytest.raises(QuizError, match="at least 1"):
        classroom.choose_questions(bank, count=0, rng=rng)


def test_create_assignment_is_stored_and_found(data_dir: Path, bank_file: Path) -> None:
    classroom.create_class(data_dir, "7A")
    bank, path = classroom.resolve_bank(data_dir, str(bank_file))
    ids = classroom.choose_questions(bank, count=10, rng=random.Random(3))
    first = classroom.create_assignment(
        data_dir, "7A", bank, path, question_ids=ids, due=date(2026, 11, 5), now=NOW
    )
    second = classroom.create_assignment(
        data_dir, "7a", bank, path, question_ids=ids[:3], mode="exam", time_limit_min=5, now=NOW
    )
    assert (first.id, second.id) == ("7a-1", "7a-2")
    found = classroom.find_assignment(data_dir, "7a-1")
    assert found.question_ids == ids and found.due == "2026-11-05"
    assert found.bank_key == bank.key and Path(found.bank_path) == bank_file.resolve()
    raw = json.loads((classroom.classes_dir(data_dir) / "7a.json").read_text(encoding="utf-8"))
    assert raw["format"] == classroom.CLASS_FORMAT and len(raw["assignments"]) == 2
    assert not first.is_overdue(datetime(2026, 11, 5, 23, 0, tzinfo=UTC))
    assert first.is_overdue(datetime(2026, 11, 6, 0, 1, tzinfo=UTC))
    with pytest.raises(QuizError, match="no assignment"):
        classroom.find_assignment(data_dir, "7a-9")
    with pytest.raises(QuizError, match="not in the bank"):
        classroom.create_assignment(data_dir, "7A", bank, path, question_ids=["zz"], now=NOW)
    with pytest.raises(QuizError, match="time-limit"):
        classroom.create_assignment(
            data_dir, "7A", bank, path, question_ids=ids, time_limit_min=0, now=NOW
        )


def test_student_order_is_a_fixed_per_student_shuffle(data_dir: Path, bank_file: Path) -> None:
    classroom.create_class(data_dir, "7A")
    bank, path = classroom.resolve_bank(data_dir, str(bank_file))
    ids = [q.id for q in bank.questions]
    assignment = classroom.create_assignment(data_dir, "7A", bank, path, question_ids=ids, now=NOW)
    ann = classroom.student_order(assignment, "Ann")
    assert sorted(ann) == sorted(ids)
    assert classroom.student_order(assignment, "ann") == ann
    assert classroom.student_order(assignment, "Bob") != ann
    assert ann != ids


def test_flags_apply_to_every_class_of_a_student(data_dir: Path) -> None:
    classroom.create_class(data_dir, "A")
    classroom.create_class(data_dir, "B")
    classroom.add_students(data_dir, "A", ["Ann", "Bob"])
    classroom.add_students(data_dir, "B", ["Ann"])
    classroom.flag_question(data_dir, "A", "q01", "answer is wrong")
    classroom.flag_question(data_dir, "B", "q02")
    assert classroom.class_flags(data_dir, "ann") == {"q01", "q02"}
    assert classroom.class_flags(data_dir, "Bob") == {"q01"}
    assert classroom.class_flags(data_dir, "Nobody") == set()
    assert classroom.unflag_question(data_dir, "A", "q01")
    assert not classroom.unflag_question(data_dir, "A", "q01")
    assert classroom.class_flags(data_dir, "Bob") == set()


def test_resolve_bank_by_saved_name(data_dir: Path) -> None:
    saved = data_dir / "banks"
    saved.mkdir()
    write_bank(make_bank(), saved / "test-army.json")
    bank, path = classroom.resolve_bank(data_dir, "Test Army")
    assert bank.title == "Test Army" and path == (saved / "test-army.json").resolve()
    with pytest.raises(QuizError, match="no such bank"):
        classroom.resolve_bank(data_dir, "nothing-here")
