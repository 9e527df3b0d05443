"""Settings' Optimise in the app (issue 13): fit in a worker, figures side by side, apply only
when better, go back, a polite refusal below the minimum, escape while fitting."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from learners import FAST_LEARNER, review_log
from test_tui import make_app
from textual.widgets import Button
from tui_fixtures import press, settle

import quiz.tui.screens.optimise as optimise_screen
from quiz.learning.optimize import MIN_REVIEWS, usable_reviews
from quiz.learning.parameters import SETTING, has_previous, learner_parameters
from quiz.learning.store import open_store
from quiz.tui import fitting
from quiz.tui.fitting import ChildFit
from quiz.tui.screens.optimise import OptimiseScreen
from quiz.tui.screens.settings import SettingsScreen

SIZE = (100, 30)


def learner_with_log(data_dir: Path, *, cards: int, days: int) -> int:
    """A learner whose memory follows FAST_LEARNER (far from FSRS's defaults), with the
    review log of ``cards`` cards studied for ``days`` days; returns the usable answers."""
    records = review_log(FAST_LEARNER, cards=cards, days=days, seed=3)
    with open_store(data_dir) as store:
        store.import_history([], records)
    return usable_reviews(records)


def text(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def open_optimise(pilot) -> None:
    await settle(pilot)
    await press(pilot, "o")
    assert isinstance(pilot.app.screen, SettingsScreen)
    await press(pilot, "ctrl+o")
    assert isinstance(pilot.app.screen, OptimiseScreen)


async def test_optimise_shows_both_figures_and_apply_then_go_back(data_dir: Path) -> None:
    assert learner_with_log(data_dir, cards=150, days=200) >= MIN_REVIEWS
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_optimise(pilot)
        screen = app.screen
        result = screen.result
        assert result is not None and result.better and result.current_is_default
        figures = text(app, "#figures")
        assert f"{result.current_score.log_loss:.4f}" in figures
        assert f"{result.fitted_score.log_loss:.4f}" in figures
        assert f"{result.fitted_score.rmse * 100:.2f}%" in figures
        assert "Current (defaults)" in figures and "Fitted" in figures
        assert screen.query_one("#apply", Button).display
        assert not screen.query_one("#go-back", Button).display  # nothing to go back to yet
        await press(pilot, "a")
        assert "Applied" in text(app, "#verdict")
        assert not screen.query_one("#apply", Button).display
        assert screen.query_one("#go-back", Button).display
        assert "Going back (g) would use FSRS's default parameters" in text(app, "#status")
        with open_store(data_dir, readonly=True) as store:
            stored = learner_parameters(store)
            assert stored is not None and stored.parameters == result.fitted
            assert stored.evaluation == result.fitted_score
        await press(pilot, "g")
        with open_store(data_dir, readonly=True) as store:
            assert learner_parameters(store) is None and has_previous(store)
        assert screen.query_one("#apply", Button).display  # the comparison holds again
        await press(pilot, "a", "r")  # applied again, then fitted anew: no better now
        again = screen.result
        assert again is not None and not again.current_is_default and not again.better
        assert "no better" in text(app, "#verdict")
        assert not screen.query_one("#apply", Button).display
        await press(pilot, "a")  # not offered: nothing happens
        await press(pilot, "escape")
        assert isinstance(app.screen, SettingsScreen)
        assert "parameters fitted on 2026-03-02" in text(app, "#parameters")
    with open_store(data_dir, readonly=True) as store:
        stored = learner_parameters(store)
        assert stored is not None and stored.parameters == result.fitted


async def test_too_few_reviews_are_refused_politely_and_nothing_is_stored(
    data_dir: Path,
) -> None:
    have = learner_with_log(data_dir, cards=20, days=30)
    assert 0 < have < MIN_REVIEWS
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_optimise(pilot)
        stage = text(app, "#stage")
        assert f"Not enough reviews to optimise yet: {have} of the {MIN_REVIEWS} needed" in stage
        assert f"{MIN_REVIEWS - have} more" in stage
        assert app.screen.result is None
        assert not app.screen.query_one("#apply", Button).display
        await press(pilot, "a")  # not available: nothing happens
    with open_store(data_dir, readonly=True) as store:
        assert SETTING not in store.settings()


class SlowChild(ChildFit):
    """A child that reports the first stage, then takes a minute (killed by escape)."""

    started: list[SlowChild] = []

    def __init__(self, data_dir: Path, profile: str) -> None:
        super().__init__(data_dir, profile)
        self.command = [sys.executable, "-c", SLOW]
        SlowChild.started.append(self)


SLOW = "import time; print('{\"progress\": [1, 4]}', flush=True); time.sleep(60)"


async def test_escape_while_fitting_kills_the_fit_and_applies_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    learner_with_log(data_dir, cards=150, days=200)
    monkeypatch.setattr(optimise_screen, "ChildFit", SlowChild)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "o")
        await pilot.press("ctrl+o")
        for _ in range(500):
            if "Fitting FSRS" in text(app, "#stage"):
                break
            await pilot.pause(0.01)
        assert app.screen.fitting and "Fitting FSRS" in text(app, "#stage")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)  # left at once
        await settle(pilot)  # the worker ends: its child was killed, not waited for
        child = SlowChild.started[-1]
        assert child.stopped and child._process is not None
        assert child._process.poll() is not None
        monkeypatch.setattr(optimise_screen, "ChildFit", ChildFit)
        await press(pilot, "ctrl+o")  # and the app goes on: a real fit runs to its end
        assert app.screen.result is not None and app.screen.result.better
    with open_store(data_dir, readonly=True) as store:
        assert learner_parameters(store) is None and not has_previous(store)


def test_the_child_prints_the_result_a_refusal_or_a_problem(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    have = learner_with_log(data_dir, cards=20, days=30)
    assert fitting.main([str(data_dir), "default"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == {"refused": [have, MIN_REVIEWS]}
    assert fitting.main([str(data_dir), "nobody"]) == 0
    assert "no profile named 'nobody'" in json.loads(capsys.readouterr().out)["problem"]


async def test_settings_save_button_saves(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "o")  # the button did nothing: its handler dropped the save
        app.screen.query_one("#reviews_per_day").value = "150"
        await pilot.click("#save")
        await settle(pilot)
        assert not isinstance(app.screen, SettingsScreen)
    with open_store(data_dir, readonly=True) as store:
        assert store.settings()["reviews_per_day"] == 150
