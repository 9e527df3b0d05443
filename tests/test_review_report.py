"""From the class report back to the desk: exactly the items the report flags."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.bank import write_bank
from quiz.classroom import classes as classroom
from quiz.classroom.review_items import report_items
from quiz.cli import main
from quiz.model import Bank, Question, Source

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def make_bank() -> Bank:
    questions = [
        Question(
            id=f"mc-{i}",
            kind="mcq",
            prompt=f"Which city is number {i}?",
            answer=f"City {i}",
            choices=[f"City {i}", f"Town {i}", f"Village {i}", f"Hamlet {i}"],
            section="Places",
            context=f"City {i} is number {i}.",
            fact=f"f{i}",
        )
        for i in range(6)
    ]
    return Bank(title="Cities", source=Source(title="Cities"), questions=questions)


@pytest.fixture
def classroom_data(data_dir: Path, tmp_path: Path) -> Path:
    """Four students; the two strongest miss mc-0 with 'Town 0', the weakest get it right."""
    path = tmp_path / "cities.json"
    write_bank(make_bank(), path)
    classroom.create_class(data_dir, "7A")
    students = ["Ann", "Bob", "Cy", "Di"]
    classroom.add_students(data_dir, "7A", students)
    bank, bank_path = classroom.resolve_bank(data_dir, str(path))
    ids = classroom.choose_questions(bank, count=None, rng=random.Random(1))
    assignment = classroom.create_assignment(
        data_dir, "7A", bank, bank_path, question_ids=ids, now=NOW
    )
    wrong = {
        "Ann": {"mc-0"},
        "Bob": {"mc-0"},
        "Cy": {"mc-1", "mc-2", "mc-3"},
        "Di": {"mc-1", "mc-2", "mc-4", "mc-5"},
    }
    for student in students:
        session = classroom.start_assignment(data_dir, student, assignment.id, now=NOW)
        for index in range(len(session.questions)):
            question = session.current()
            given = f"Town {question.id[-1]}" if question.id in wrong[student] else question.answer
            session.answer(question, given, now=NOW + timedelta(minutes=index))
        classroom.record_result(session, now=NOW + timedelta(minutes=20))
        session.store.close()
    return path


def test_report_items_are_the_flagged_questions(classroom_data: Path, data_dir: Path) -> None:
    items = report_items(data_dir, "7A")
    assert [item.question_id for item in items] == ["mc-0"]
    assert items[0].bank_path == classroom_data.resolve()
    assert "negative discrimination" in items[0].reason
    assert "strong students pick the wrong choice 'Town 0'" in items[0].reason


def test_review_from_report_opens_those_items(
    classroom_data: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quiz.tui.screens import review

    opened: dict = {}

    def fake_run(self) -> None:  # type: ignore[no-untyped-def]
        opened["args"] = self.screen_args

    monkeypatch.setattr(review.ReviewApp, "run", fake_run)
    assert main(["review", "--from-report", "7A", "--data-dir", str(data_dir)]) == 0
    path, only, reasons = opened["args"]
    assert Path(path) == classroom_data.resolve() and only == ("mc-0",)
    assert "negative discrimination" in reasons["mc-0"]


async def test_one_key_in_the_report_screen_opens_them(
    classroom_data: Path, data_dir: Path
) -> None:
    from quiz.tui.screens.report import ReportApp
    from quiz.tui.screens.review import ReviewScreen

    app = ReportApp(data_dir, "7A")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.desk.shown == ["mc-0"]
        await pilot.press("x")
        await pilot.press("escape")
        assert not isinstance(app.screen, ReviewScreen)
    from quiz.review import load_review

    assert load_review(classroom_data).status("mc-0") == "rejected"
