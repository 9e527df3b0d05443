"""The Report screen (flagging from it) and assignments on the app's home screen."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, OptionList, Static
from tui_fixtures import settle

from quiz.bank import write_bank
from quiz.classroom import classes as classroom
from quiz.model import Bank, Question, Source
from quiz.tui.screens.report import ReportScreen

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
SIZE = (120, 40)


def make_bank() -> Bank:
    questions = [
        Question(
            id=f"q{i}",
            kind="short_answer",
            prompt=f"Fort {i} built in?",
            answer=f"{1700 + i}",
            section="Forts",
        )
        for i in range(6)
    ]
    return Bank(title="Forts", source=Source(title="Forts"), questions=questions)


def prepare(data_dir: Path, tmp_path: Path) -> classroom.Assignment:
    path = tmp_path / "forts.json"
    write_bank(make_bank(), path)
    classroom.create_class(data_dir, "9B")
    classroom.add_students(data_dir, "9B", ["Ann", "Bob"])
    bank, bank_path = classroom.resolve_bank(data_dir, str(path))
    assignment = classroom.create_assignment(
        data_dir, "9B", bank, bank_path, question_ids=[q.id for q in bank.questions], now=NOW
    )
    for profile in ("Ann", "Bob"):
        session = classroom.start_assignment(data_dir, profile, assignment.id, now=NOW)
        for index in range(len(session.questions)):
            question = session.current()
            given = (
                "1066"
                if question.id == "q3" or (profile == "Bob" and index == 0)
                else question.answer
            )
            session.answer(question, given, now=NOW + timedelta(seconds=index))
        classroom.record_result(session, now=NOW + timedelta(minutes=3))
        session.store.close()
    return assignment


class ReportApp(App):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir

    def now(self) -> datetime:
        return NOW

    def on_mount(self) -> None:
        self.push_screen(ReportScreen(self.data_dir, "9B"))


async def test_report_screen_shows_hardest_first_and_flags(data_dir: Path, tmp_path: Path) -> None:
    prepare(data_dir, tmp_path)
    app = ReportApp(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReportScreen)
        students = screen.query_one("#students", DataTable)
        questions = screen.query_one("#questions", DataTable)
        assert students.row_count == 2 and questions.row_count == 6
        assert str(questions.get_row_at(0)[0]) == "q3" and str(questions.get_row_at(0)[3]) == "0%"
        assert "Hardest: q3" in str(screen.query_one("#hardest", Static).content)
        await pilot.press("f")
        await settle(pilot)
        assert "q3" in classroom.load_class(data_dir, "9B").flags
        assert str(questions.get_row_at(0)[7]) == "yes"
        await pilot.press("f")
        await settle(pilot)
        assert classroom.load_class(data_dir, "9B").flags == {}


async def test_report_screen_shows_a_missing_class_as_an_error(data_dir: Path) -> None:
    app = ReportApp(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        title = str(app.screen.query_one("#report-title", Static).content)
        assert "no class named '9B'" in title


async def test_home_screen_lists_the_students_assignments(data_dir: Path, tmp_path: Path) -> None:
    from quiz.tui.app import QuizApp

    assignment = prepare(data_dir, tmp_path)
    classroom.add_students(data_dir, "9B", ["Cy"])
    app = QuizApp(
        data_dir,
        profile="Cy",
        banks=[tmp_path / "forts.json"],
        clock=lambda: NOW,
        rng=random.Random(1),
        bundled=False,
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = app.screen.query_one("#assignments", OptionList)
        text = " ".join(
            str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)
        )
        assert app.profile == "Cy"  # not switched to the first learner in the list
        assert app.screen.query_one("#assignments-box").display
        assert "Forts" in text and "not started" in text
    assert assignment.id == "9b-1"


async def test_report_app_opens_on_the_report_and_escape_quits(
    data_dir: Path, tmp_path: Path
) -> None:
    from quiz.tui.screens.report import ReportApp

    assignment = prepare(data_dir, tmp_path)
    app = ReportApp(data_dir, "9B", assignment.id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        title = str(app.screen.query_one("#report-title", Static).content)
        assert "assignment 9b-1" in title
        assert app.screen.query_one("#students", DataTable).get_row_at(0)[6].plain == "done"
        await pilot.press("escape")
        await settle(pilot)
    assert app.return_code == 0
