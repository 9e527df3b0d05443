"""The app's Stats workload (issue 13): the due forecast and the simulated retention table."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from test_tui import make_app
from tui_fixtures import FIXED_NOW, press, sample_bank, settle

from quiz.learning.schedule import CardState
from quiz.learning.store import open_store
from quiz.tui.widgets.workload import forecast_line

SIZE = (100, 30)


def learnt(qid: str, due_in_days: float, **kw) -> CardState:
    """A card of the sample bank in review, last seen two days ago, due ``due_in_days`` on."""
    return CardState(
        sample_bank().key,
        qid,
        "review",
        stability=3.0,
        difficulty=5.0,
        due=FIXED_NOW + timedelta(days=due_in_days),
        last_review=FIXED_NOW - timedelta(days=2),
        reps=2,
        **kw,
    )


def test_forecast_line_counts_tomorrow_the_week_and_the_busiest_day() -> None:
    days = [f"2026-03-{day:02d}" for day in range(2, 32)]
    counts = [7, 1, 0, 4, 0, 0, 0, 0, 2] + [0] * 21  # today 7 (overdue), 03-05 the busiest
    line = forecast_line(dict(zip(days, counts, strict=True)))
    assert "Due tomorrow[/b] 1 · next 7 days 5 · busiest day Thu 03-05 (4)" in line
    assert "busiest" not in forecast_line(dict.fromkeys(days, 0))


async def test_stats_forecast_shows_a_card_due_tomorrow(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.put_cards(
            [
                learnt("q0-mcq", 1),  # tomorrow
                learnt("q1-cloze", 3),
                learnt("q2-tf", -1),  # overdue: today, not tomorrow
                learnt("q3-short", 1, suspended=True),  # not due while suspended
            ]
        )
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "i")
        line = str(app.screen.query_one("#forecast-line").render())
        assert app.screen.figures["forecast"]["2026-03-03"] == 1
    assert "Due tomorrow 1 · next 7 days 2" in line


async def test_stats_workload_marks_the_learners_retention_and_parameters(data_dir: Path) -> None:
    from learners import FAST_LEARNER

    from quiz.learning.parameters import FittedParameters, save_parameters

    with open_store(data_dir) as store:
        store.update_settings(desired_retention=0.87)
        save_parameters(store, FittedParameters(list(FAST_LEARNER), FIXED_NOW, 900))
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "i")
        table = str(app.screen.query_one("#workload").render()).splitlines()
        workload = app.screen.workload
    assert workload is not None and workload.fitted and workload.deck_size == 16
    assert [o.desired_retention for o in workload.options] == [0.8, 0.85, 0.87, 0.9, 0.95]
    assert "your fitted FSRS parameters" in table[0]
    rows = [line for line in table if line.strip()[:3] in ("80%", "85%", "87%", "90%", "95%")]
    assert len(rows) == 5
    assert [row.strip()[:3] for row in rows if "◀ yours" in row] == ["87%"]
    # more retention costs more reviews (the same simulated days and seed)
    reviews = [o.reviews_per_day for o in workload.options]
    assert reviews[0] < reviews[-1]


async def test_stats_workload_is_computed_in_a_worker(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the simulation runs the panel says so, and the screen answers keys."""
    import quiz.tui.screens.stats as stats_screen
    from quiz.tui.widgets.workload import WORKLOAD_WAIT

    started, release = threading.Event(), threading.Event()
    real = stats_screen.simulate_workload

    def slow(*args, **kw):
        started.set()
        release.wait(10)
        return real(*args, **kw)

    monkeypatch.setattr(stats_screen, "simulate_workload", slow)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        for _ in range(200):
            if started.is_set():
                break
            await pilot.pause(0.01)
        assert started.is_set()
        screen = app.screen
        assert str(screen.query_one("#workload").render()) == WORKLOAD_WAIT
        assert "Due today" in str(screen.query_one("#summary").render())
        await pilot.press("escape")  # the screen answers while the simulation runs
        await pilot.pause()
        assert app.screen is not screen
        release.set()
        await settle(pilot)
