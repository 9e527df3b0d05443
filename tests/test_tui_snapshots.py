"""Snapshot tests (pytest-textual-snapshot) of the main screens with a fixed clock and data."""

from __future__ import annotations

import random
import time
from datetime import timedelta
from functools import partial
from pathlib import Path

import pytest
from tui_fixtures import FIXED_NOW, press, sample_app, sample_bank, settle

from quiz.learning.store import open_store
from quiz.learning.study import StudySession

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch):
    """Day boundaries and shown times use the local zone: pin it to UTC for stable pictures."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


make_app = partial(sample_app, seed=3)


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
    assert snap_compare(make_app(data_dir), run_before=settle, terminal_size=SIZE)


def test_study_front(data_dir: Path, snap_compare) -> None:
    assert snap_compare(make_app(data_dir, "study"), run_before=settle, terminal_size=SIZE)


def test_study_back(data_dir: Path, snap_compare) -> None:
    async def reveal(pilot) -> None:
        await press(pilot, "space")

    assert snap_compare(make_app(data_dir, "study"), run_before=reveal, terminal_size=SIZE)


def test_practice_feedback(data_dir: Path, snap_compare) -> None:
    async def answer_wrong(pilot) -> None:
        await settle(pilot)
        screen = pilot.app.screen
        question = screen.current
        if question.kind == "mcq":
            wrong = (question.choices.index(question.answer) + 1) % 4
            await press(pilot, str(wrong + 1))
        elif question.kind == "true_false":
            await press(pilot, "f" if question.answer == "True" else "t")
        else:
            screen.query_one("#typed").value = "Nowhere"
            await press(pilot, "enter")
        await settle(pilot)

    app = make_app(data_dir, "practice", count=4)
    assert snap_compare(app, run_before=answer_wrong, terminal_size=SIZE)


def test_results(data_dir: Path, snap_compare) -> None:
    async def take_quiz(pilot) -> None:
        await settle(pilot)
        screen = pilot.app.screen
        for number in range(3):
            question = screen.current
            if question.kind in ("cloze", "short_answer"):
                screen.query_one("#typed").value = question.answer if number else "wrong"
                await press(pilot, "enter")
            elif question.kind == "true_false":
                await press(pilot, "t" if (question.answer == "True") == bool(number) else "f")
            else:
                right = question.choices.index(question.answer)
                await press(pilot, str((right if number else right + 1) % 4 + 1))
            await press(pilot, "enter")
        await settle(pilot)

    app = make_app(data_dir, "practice", count=3)
    assert snap_compare(app, run_before=take_quiz, terminal_size=SIZE)


def test_stats(data_dir: Path, snap_compare) -> None:
    add_history(data_dir)
    app = make_app(data_dir)

    async def open_stats(pilot) -> None:
        await settle(pilot)
        await press(pilot, "i")

    assert snap_compare(app, run_before=open_stats, terminal_size=(100, 40))


def test_study_back_light_theme(data_dir: Path, snap_compare) -> None:
    with open_store(data_dir) as store:
        store.update_settings(theme="light")
    app = make_app(data_dir, "study")

    async def reveal(pilot) -> None:
        await press(pilot, "space")

    assert snap_compare(app, run_before=reveal, terminal_size=SIZE)
