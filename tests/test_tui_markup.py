"""User text is shown literally everywhere in the app, never read as Textual or Rich markup.

A profile named ``[@click=app.quit`` crashed the app (MarkupError) and a bank titled ``[bold``
garbled the title bar: every screen is walked here with such names, titles, sections,
prompts, answers and choices, and must show them as typed.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

from tui_fixtures import FakeClock, settle

from quiz.bank import write_bank
from quiz.learning.store import open_store
from quiz.model import Bank, Question, Source
from quiz.tui.app import QuizApp

SIZE = (120, 40)
PROFILE = "[@click=app.quit"
TITLE = "[bold Title"
SECTION = "[@click=app.quit]Sec[/]"
PROMPT = "Which [b]tag[/b] closes [/] here?"
ANSWER = "[red]x"
TYPED_ANSWER = "[red]z"  # (another answer: two questions of one answer are siblings too)
WRONG = ["[/]", "[@click=app.bell]", "[link=http://evil.example]y"]
CONTEXT = "The [i]tag[/i] answer is [red]x."


def hostile_bank() -> Bank:
    questions = [
        Question("m1", "mcq", PROMPT, ANSWER, [ANSWER, *WRONG], SECTION, CONTEXT, fact="f1"),
        Question(
            # Its own sentence: two questions from one sentence are siblings, never in one quiz.
            "c1",
            "short_answer",
            PROMPT + " (typed)",
            TYPED_ANSWER,
            [],
            SECTION,
            CONTEXT + " (typed)",
            fact="f2",
        ),
    ]
    return Bank(TITLE, Source(title=TITLE, attribution="[b]attr"), questions, {}, [SECTION])


def make_app(data_dir: Path, start: str = "home", **kw) -> QuizApp:
    path = data_dir.parent / "hostile.json"
    write_bank(hostile_bank(), path, force=True)
    return QuizApp(
        data_dir,
        profile=PROFILE,
        banks=[path],
        start=start,
        clock=FakeClock(),
        rng=random.Random(1),
        bundled=False,
        **kw,
    )


def screen_text(app: QuizApp) -> str:
    """Everything the current screen shows, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_home_shows_a_markup_profile_name_and_bank_title_literally(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert f"profile: {PROFILE}" in text
        assert TITLE in text
        assert f"from “{TITLE}”" in text  # the source line under the table
        assert app.is_running


async def test_study_card_front_back_and_typed_verdict_are_literal(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert f"{TITLE} — Study · {PROFILE}" in screen_text(app)
        await pilot.press("space")
        await settle(pilot)
        text = screen_text(app)
        assert "[b]tag[/b]" in text and f"Answer: {ANSWER}" in text
        assert f"Why: {CONTEXT}" in text and f"Section: {SECTION}" in text
        await pilot.press("1", "t")
        await settle(pilot)
        await pilot.press(*"[/]", "enter")
        await settle(pilot)
        assert "Wrong" in screen_text(app)
        assert app.is_running


async def test_practice_choices_feedback_and_results_are_literal(data_dir: Path) -> None:
    app = make_app(data_dir, "practice", count=2)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _ in range(2):
            screen = app.screen
            question = screen.current
            if question.kind == "mcq":
                text = screen_text(app)
                assert all(choice in text for choice in question.choices)
                wrong = next(i for i, c in enumerate(question.choices) if c != ANSWER)
                await pilot.press(str(wrong + 1))
            else:
                screen.query_one("#typed").value = "[b]nope"
                await pilot.press("enter")
            await settle(pilot)
            text = screen_text(app)
            answer = question.answer  # (ANSWER or TYPED_ANSWER, both markup)
            assert f"the answer is {answer}" in text or f"expected {answer}" in text
            assert f"Why: {CONTEXT}" in text
            await pilot.press("enter")
            await settle(pilot)
        text = screen_text(app)
        assert "Practice results" in text and PROMPT in text and "[b]nope" in text
        assert SECTION in text
        assert app.is_running


async def test_exam_and_browse_and_stats_are_literal(data_dir: Path) -> None:
    app = make_app(data_dir, "exam", count=2)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert PROMPT in screen_text(app)
        await pilot.press("escape")  # submit?
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("escape")  # results -> home
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        text = screen_text(app)
        assert PROMPT[:20] in text and f"Answer: {ANSWER}" in text
        await pilot.press("escape", "i")
        await settle(pilot)
        assert "Sec[/]" in screen_text(app)  # the mastery line names the section literally
        assert app.is_running


async def test_profile_picker_new_profile_and_notices_are_literal(data_dir: Path) -> None:
    from quiz.tui.screens.modals import ProfileModal

    for name in (PROFILE, "[bold"):
        open_store(data_dir, name).close()
    app = QuizApp(data_dir, clock=FakeClock(), bundled=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ProfileModal)
        text = screen_text(app)
        assert PROFILE in text and "[bold" in text
        await pilot.press("enter")  # the first listed
        await settle(pilot)
        assert app.profile in (PROFILE, "[bold")
        await pilot.press("n")
        await pilot.press(*"[i]Cy", "enter")
        await settle(pilot)
        assert app.profile == "[i]Cy"
        assert any(n.message == "Learner: [i]Cy" for n in app._notifications)
        assert "profile: [i]Cy" in screen_text(app)
        assert app.is_running


async def test_class_report_and_assignment_names_are_literal(data_dir: Path) -> None:
    from rich.text import Text
    from textual.widgets import DataTable

    from quiz.classroom import classes as classroom
    from quiz.tui.screens.report import ReportScreen

    now = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    path = data_dir.parent / "hostile.json"
    write_bank(hostile_bank(), path, force=True)
    classroom.create_class(data_dir, "[bold 9B")
    classroom.add_students(data_dir, "[bold 9B", [PROFILE])
    bank, bank_path = classroom.resolve_bank(data_dir, str(path))
    classroom.create_assignment(
        data_dir, "[bold 9B", bank, bank_path, question_ids=["m1", "c1"], now=now
    )
    app = QuizApp(data_dir, profile=PROFILE, banks=[path], clock=lambda: now, bundled=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert TITLE in screen_text(app)  # the assignment button names the bank
        await pilot.press("ctrl+p", *"Class report")
        await settle(pilot)
        assert "Class report: [bold 9B" in screen_text(app)  # the command palette
        await pilot.press("escape")
        await settle(pilot)
        await app.push_screen(ReportScreen(data_dir, "[bold 9B"))  # (mounted: its read begun)
        await settle(pilot)
        report = app.screen
        assert isinstance(report, ReportScreen)
        for _ in range(500):  # (the read's reply is handled on a later frame)
            if report.report is not None:
                break
            await pilot.pause(0.02)
        title = str(report.query_one("#report-title").render())
        assert report.report is not None, title  # (not a problem shown in its place)
        students = report.query_one("#students", DataTable)
        names = [students.get_row_at(i)[0] for i in range(students.row_count)]
        assert [(type(n), n.plain) for n in names] == [(Text, PROFILE)]  # (no markup read in it)
        assert "[bold 9B" in screen_text(app)  # (the table's own frame may be painted later:
        # the compositor's strips lagged 10 s behind its rows once in 40 runs, stop 62)
        assert app.is_running


def test_control_characters_never_reach_the_terminal() -> None:
    from quiz.tui.text import cell, markup, plain

    hostile = "a\x1b[2Jb\x07c\x9bd"
    assert plain(hostile).plain == "a[2Jbcd"
    assert markup("[b]$x[/b]", x=hostile).plain == "a[2Jbcd"
    assert cell(hostile).plain == "a[2Jbcd"
