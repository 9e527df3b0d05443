"""The app when the store cannot write: a full disk during study is one notice, the card
stays, and nothing acknowledged is lost."""

from __future__ import annotations

import errno
import random
from pathlib import Path

import pytest
from textual.widgets import OptionList
from tui_fixtures import FakeClock, press, settle, write_sample_bank

from quiz.learning import store_files
from quiz.learning.store import open_store
from quiz.tui.app import QuizApp


async def test_full_disk_during_study_keeps_the_card_and_every_saved_answer(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank = write_sample_bank(data_dir.parent)
    app = QuizApp(
        data_dir,
        banks=[bank],
        start="study",
        clock=FakeClock(),
        rng=random.Random(7),
        bundled=False,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "space", "3")
        card = app.screen.current

        def full(fd: int, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(store_files.os, "write", full)
        await press(pilot, "space", "3")
        assert app.screen.current is card  # not saved, so not moved on
        notices = [n.message for n in app._notifications]
        assert any("the disk is full" in m and "\n" not in m for m in notices)
        monkeypatch.undo()
        await press(pilot, "3")  # space already showed the answer: rate it again
        assert app.screen.current is not card
        await press(pilot, "q")
    with open_store(data_dir) as store:
        assert [r.rating for r in store.iter_reviews()] == [3, 3]


async def test_ctrl_q_in_an_assignment_exam_resumes_it_with_the_clock_running(
    data_dir: Path,
) -> None:
    """Issue 11 item 3 in the app: leave a one-attempt exam after two answers; opening it
    again shows the same attempt, both answers, and the time already spent gone."""
    from tui_fixtures import FIXED_NOW, sample_bank

    from quiz.classroom import classes as classroom
    from quiz.tui.screens.exam import ExamScreen

    bank_path = write_sample_bank(data_dir.parent)
    bank = sample_bank()
    classroom.create_class(data_dir, "5B")
    classroom.add_students(data_dir, "5B", ["Ann"])
    ids = [q.id for q in bank.questions if q.kind == "mcq"][:3]
    classroom.create_assignment(
        data_dir,
        "5B",
        bank,
        bank_path,
        question_ids=ids,
        mode="exam",
        time_limit_min=5,
        now=FIXED_NOW,
    )
    clock = FakeClock()
    app = QuizApp(data_dir, profile="Ann", clock=clock, rng=random.Random(1), bundled=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "a", "enter")  # the assignment, started
        screen = app.screen
        assert isinstance(screen, ExamScreen)
        order = [q.id for q in screen.session.questions]
        for _ in range(2):
            await press(pilot, "1")
            await press(pilot, "down")
        clock.advance(90)
        await press(pilot, "ctrl+q")
    assert app.return_code is not None or app.store is None
    clock.advance(30)
    again = QuizApp(data_dir, profile="Ann", clock=clock, rng=random.Random(2), bundled=False)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        listing = again.screen.query_one("#assignments", OptionList)
        assert "in progress 2/3" in str(listing.get_option_at_index(0).prompt)
        await press(pilot, "a", "enter")
        screen = again.screen
        assert isinstance(screen, ExamScreen)
        assert [q.id for q in screen.session.questions] == order
        assert len(screen.session.given) == 2
        assert screen.session.remaining(clock()) == pytest.approx(300 - 120)
        await press(pilot, "ctrl+q")
