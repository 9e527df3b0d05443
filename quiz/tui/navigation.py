"""Where the app can go: the screen for each mode, and the command palette's commands."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

from quiz.errors import QuizError
from quiz.learning.catalog import BankEntry

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp

MODES = (
    ("study", "Spaced repetition of the selected bank (Anki-style)"),
    ("practice", "A scored quiz with immediate feedback"),
    ("exam", "A timed exam, graded at the end"),
    ("browse", "Search questions, see their history, unflag"),
    ("stats", "Reviews, forecast, retention and section mastery"),
)


def make_screen(app: QuizApp, mode: str, entry: BankEntry) -> Screen:
    """The screen for ``mode``; each screen module is imported only when first needed."""
    if mode == "study":
        from quiz.tui.screens.study import StudyScreen

        return StudyScreen(entry)
    if mode == "practice":
        from quiz.tui.screens.practice import PracticeScreen

        return PracticeScreen(entry, count=app.count)
    if mode == "exam":
        from quiz.tui.screens.exam import ExamScreen

        return ExamScreen(entry, count=app.count, time_limit=app.time_limit)
    if mode == "browse":
        from quiz.tui.screens.browse import BrowseScreen

        return BrowseScreen(entry)
    if mode == "stats":
        from quiz.tui.screens.stats import StatsScreen

        return StatsScreen(entry)
    raise QuizError(f"unknown screen {mode!r}")


def palette_commands(app: QuizApp) -> Iterator[SystemCommand]:
    """The app's commands for the command palette (ctrl+p)."""
    for mode, help_text in MODES:
        yield SystemCommand(mode.capitalize(), help_text, lambda m=mode: app.open_mode(m))
    yield SystemCommand("Settings", "Retention, daily limits, theme", app.action_settings)
    yield SystemCommand(
        "Optimise the schedule",
        "Fit FSRS to your own answers; compare, apply or go back",
        app.action_optimise,
    )
    yield SystemCommand("Home", "Back to the bank list", app.action_home)
    yield SystemCommand("Help", "Every key of the app", app.action_help)
    yield SystemCommand("Toggle dark/light", "Switch the theme", app.action_toggle_dark)
    yield from _report_commands(app)


def _report_commands(app: QuizApp) -> Iterator[SystemCommand]:
    """One "Class report" command per class the home screen found (read in its worker: the
    palette asks on the event loop)."""
    if app.lock_profile:  # a student's served app: no class reports
        return
    for name in app.class_names:
        yield SystemCommand(
            f"Class report: {name}",
            "Students, hardest questions, flag a bad question for the class",
            lambda name=name: app.open_report(name),
        )
