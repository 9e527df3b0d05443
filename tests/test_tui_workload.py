"""The app's Stats workload (issue 13): the due forecast and the simulated retention table."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

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
