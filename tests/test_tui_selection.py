"""Which bank the home screen selects at start: the learner's last, else their newest."""

from __future__ import annotations

import os
import random
from pathlib import Path

from textual.widgets import DataTable
from tui_fixtures import FakeClock, press, settle, write_sample_bank

from quiz.bank import load_bank
from quiz.paths import banks_dir
from quiz.tui.app import QuizApp
from quiz.tui.screens.home import HomeScreen

SIZE = (80, 24)


def home_app(data_dir: Path) -> QuizApp:
    return QuizApp(data_dir, clock=FakeClock(), rng=random.Random(1))


def cursor_key(app: QuizApp) -> str:
    table = app.screen.query_one(DataTable)
    return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)


def saved_banks(data_dir: Path, *titles: str) -> list[Path]:
    """Banks saved as `quiz generate` saves them, the last title written last."""
    folder = banks_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [write_sample_bank(folder, title) for title in titles]
    for age, path in enumerate(reversed(paths)):  # (older files further back in time)
        os.utime(path, (1_700_000_000 - age * 60, 1_700_000_000 - age * 60))
    return paths


async def test_home_opens_on_the_bank_just_generated_not_the_bundled_one(data_dir: Path) -> None:
    """A new learner who has generated banks finds the newest selected (it had been the
    bundled bank, which they never asked for)."""
    _older, newest = saved_banks(data_dir, "Aardvark Bay", "Zebra Point")
    app = home_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.selected_key == load_bank(newest).key
        assert cursor_key(app) == app.selected_key


async def test_home_opens_on_the_bank_the_learner_last_studied(data_dir: Path) -> None:
    older, _newest = saved_banks(data_dir, "Aardvark Bay", "Zebra Point")
    wanted = load_bank(older).key
    app = home_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.selected_key = wanted  # (as a click on its row does)
        await press(pilot, "s")
        assert app.screen.entry.key == wanted
        await press(pilot, "escape")
    again = home_app(data_dir)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.selected_key == wanted and cursor_key(again) == wanted


async def test_home_with_no_saved_bank_selects_the_bundled_one(data_dir: Path) -> None:
    app = home_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        entry = app.selected_entry()
        assert entry is not None and entry.origin == "bundled"


async def test_a_bank_generated_after_the_last_session_is_selected(data_dir: Path) -> None:
    """The learner studied one bank, then ran `quiz generate`: the new bank is selected (the
    last studied one is, only while nothing was generated since)."""
    older, _newest = saved_banks(data_dir, "Aardvark Bay", "Zebra Point")
    app = home_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.selected_key = load_bank(older).key
        await press(pilot, "s")
        await press(pilot, "escape")
    later = FakeClock().now.timestamp() + 3600  # (written an hour after that session)
    (fresh,) = saved_banks(data_dir, "Heron Reach")
    os.utime(fresh, (later, later))
    again = home_app(data_dir)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.selected_key == load_bank(fresh).key
        assert cursor_key(again) == again.selected_key
