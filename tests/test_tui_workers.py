"""The app stays responsive: store work runs in thread workers, never on the event loop, and
keys pressed while it runs are replayed in order (issue 10, item 5)."""

from __future__ import annotations

import errno
import threading
import time
from functools import partial
from pathlib import Path

import pytest
from tui_fixtures import press, sample_app, sample_bank, settle

from quiz.learning.store import Store, open_store
from quiz.tui.screens.results import ResultsScreen

SIZE = (100, 30)
BANK_KEY = sample_bank().key


make_app = partial(sample_app, seed=5)


@pytest.fixture
def store_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Every call of a public Store method from now on: (name, made on the main thread)."""
    calls: list[tuple[str, bool]] = []
    for name in dir(Store):
        method = getattr(Store, name)
        if name.startswith("_") or not callable(method) or isinstance(method, type):
            continue

        def wrapper(self, *args, __method=method, __name=name, **kwargs):
            calls.append((__name, threading.current_thread() is threading.main_thread()))
            return __method(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, wrapper)
    return calls


async def answer_questions(pilot, screen) -> None:
    while pilot.app.screen is screen:
        question = screen.current
        keys = ["1"] if question.kind == "mcq" else ["t"] if question.kind == "true_false" else []
        if not keys:
            screen.query_one("#typed").value = "x"
            keys = ["enter"]
        await press(pilot, *keys, "enter")


async def test_no_store_call_runs_on_the_event_loop(data_dir: Path, store_calls) -> None:
    app = make_app(data_dir)
    store_calls.clear()  # opening the store before the app runs is not on the event loop
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s", "space", "3", "space", "1", "u", "b", "t")  # study
        await press(pilot, *"abc", "enter", "3", "ctrl+t", "escape")
        await press(pilot, "p")  # practice to the end
        await answer_questions(pilot, app.screen)
        assert isinstance(app.screen, ResultsScreen)
        await press(pilot, "escape", "x")  # an exam, submitted
        await press(pilot, "1", "enter", "ctrl+s", "y", "escape")
        await press(pilot, "b", "s", "escape", "i", "escape")  # browse (suspend), stats
        await press(pilot, "o", "ctrl+s")  # settings, saved
        await press(pilot, "n", *"Ann", "enter")  # another learner
        assert app.profile == "Ann"
        await press(pilot, "q")
    names = {name for name, _ in store_calls}
    assert {"record_answer", "save_session", "settings", "update_settings", "close"} <= names
    on_loop = sorted({name for name, main in store_calls if main})
    assert on_loop == []


async def test_keys_pressed_during_a_slow_save_are_kept_in_order(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = Store.record_answer

    def slow_record(self, *args, **kwargs):
        time.sleep(0.4)  # a slow disk: the keys below are all pressed during the first save
        return record(self, *args, **kwargs)

    monkeypatch.setattr(Store, "record_answer", slow_record)
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.screen.current
        await pilot.press("space", "3", "space", "1", "space", "4", "u")
        assert app.screen.waiting  # the first answer is still being saved
        await settle(pilot)
        logged = list(app.store.iter_reviews(BANK_KEY))
        assert [r.rating for r in logged] == [3, 1]  # the 4 was undone, in order
        assert logged[0].qid == first.id
        assert not app.screen.revealed


async def test_a_failed_save_says_so_and_the_answer_can_be_given_again(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = Store.record_answer
    full = [True]

    def record_or_fail(self, *args, **kwargs):
        if full[0]:
            raise OSError(errno.ENOSPC, "No space left on device", "reviews.jsonl")
        return record(self, *args, **kwargs)

    monkeypatch.setattr(Store, "record_answer", record_or_fail)
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        question = app.screen.current
        await press(pilot, "space", "3", "space")
        assert any("No space left" in n.message for n in app._notifications)
        assert app.screen.current is question and app.screen.revealed
        full[0] = False
        await press(pilot, "3")
        assert [r.qid for r in app.store.iter_reviews(BANK_KEY)] == [question.id]


async def test_quit_waits_for_the_answer_being_saved(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = Store.record_answer

    def slow_record(self, *args, **kwargs):
        time.sleep(0.2)
        return record(self, *args, **kwargs)

    monkeypatch.setattr(Store, "record_answer", slow_record)
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("space", "2", "q")
        await settle(pilot)
    with open_store(data_dir) as store:
        assert [r.rating for r in store.iter_reviews(BANK_KEY)] == [2]
        assert [s["mode"] for s in store.sessions()] == ["study"]


async def test_ctrl_c_quits_after_saving(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space", "3", "ctrl+c")
        await settle(pilot)
        assert not app.is_running
    assert app.store is None
    with open_store(data_dir, lock_timeout=0) as store:  # saved and released
        assert len(list(store.iter_reviews(BANK_KEY))) == 1
        assert len(store.sessions()) == 1


async def test_leaving_while_an_answer_is_saved_keeps_it_in_the_summary(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = Store.record_answer

    def slow_record(self, *args, **kwargs):
        time.sleep(0.3)
        return record(self, *args, **kwargs)

    monkeypatch.setattr(Store, "record_answer", slow_record)
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("space", "3", "space", "4", "escape")  # escape waits its turn
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        summaries = app.store.sessions()
        assert [s["total"] for s in summaries] == [2]
