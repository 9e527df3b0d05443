"""Snapshot tests (pytest-textual-snapshot) of the main screens with a fixed clock and data."""

from __future__ import annotations

import random
import time
from datetime import timedelta
from pathlib import Path

import pytest
from tui_fixtures import FIXED_NOW, FakeClock, sample_bank, write_sample_bank

from quiz.learning.store import open_store
from quiz.learning.study import StudySession
from quiz.tui.app import QuizApp

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch):
    """Day boundaries and shown times use the local zone: pin it to UTC for stable pictures."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def make_app(data_dir: Path, start: str = "home", **kw) -> QuizApp:
    bank = write_sample_bank(data_dir.parent)
    return QuizApp(
        data_dir,
        banks=[bank],
        start=start,
        clock=FakeClock(),
        rng=random.Random(3),
        bundled=False,
        **kw,
    )


def add_history(data_dir: Path) -> None:
    """A week of answers before FIXED_NOW, so counts, charts and mastery are not empty."""
    bank = sample_bank()
    with open_store(data_dir) as store:
        for day in range(7, 0, -1):
            now = FIXED_NOW - timedelta(days=day)
            session = StudySession(store, bank, now=now, rng=random.Random(day))
            for _ in range(4):
                question = session.next_card(now)
                if question is None:
                    break
                session.answer(question, 3 if day % 3 else 1, now=now)
                now += timedelta(minutes=2)


def test_home(data_dir: Path, snap_compare) -> None:
    add_history(data_dir)
    assert snap_compare(make_app(data_dir), terminal_size=SIZE)


def test_study_front(data_dir: Path, snap_compare) -> None:
    assert snap_compare(make_app(data_dir, "study"), terminal_size=SIZE)


def test_study_back(data_dir: Path, snap_compare) -> None:
    assert snap_compare(make_app(data_dir, "study"), press=["space"], terminal_size=SIZE)


def test_practice_feedback(data_dir: Path, snap_compare) -> None:
    async def answer_wrong(pilot) -> None:
        screen = pilot.app.screen
        question = screen.current
        if question.kind == "mcq":
            wrong = (question.choices.index(question.answer) + 1) % 4
            await pilot.press(str(wrong + 1))
        elif question.kind == "true_false":
            await pilot.press("f" if question.answer == "True" else "t")
        else:
            screen.query_one("#typed").value = "Nowhere"
            await pilot.press("enter")
        await pilot.pause()

    app = make_app(data_dir, "practice", count=4)
    assert snap_compare(app, run_before=answer_wrong, terminal_size=SIZE)


def test_results(data_dir: Path, snap_compare) -> None:
    async def take_quiz(pilot) -> None:
        screen = pilot.app.screen
        for number in range(3):
            question = screen.current
            if question.kind in ("cloze", "short_answer"):
                screen.query_one("#typed").value = question.answer if number else "wrong"
                await pilot.press("enter")
            elif question.kind == "true_false":
                await pilot.press("t" if (question.answer == "True") == bool(number) else "f")
            else:
                right = question.choices.index(question.answer)
                await pilot.press(str((right if number else right + 1) % 4 + 1))
            await pilot.press("enter")
        await pilot.pause()

    app = make_app(data_dir, "practice", count=3)
    assert snap_compare(app, run_before=take_quiz, terminal_size=SIZE)


def test_stats(data_dir: Path, snap_compare) -> None:
    add_history(data_dir)
    app = make_app(data_dir)

    async def open_stats(pilot) -> None:
        await pilot.press("i")
        await pilot.pause()

    assert snap_compare(app, run_before=open_stats, terminal_size=(100, 40))


def test_study_back_light_theme(data_dir: Path, snap_compare) -> None:
    app = make_app(data_dir, "study")
    app.store.update_settings(theme="light")
    assert snap_compare(app, press=["space"], terminal_size=SIZE)
