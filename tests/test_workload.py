"""The workload: the due forecast of the stored cards, and simulated reviews per retention."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import QUESTIONS
from learners import SLOW_LEARNER

from quiz.learning.optimize import OptimisationResult, apply
from quiz.learning.parameters import DEFAULT_PARAMETERS, Evaluation
from quiz.learning.schedule import CardState
from quiz.learning.stats import stats
from quiz.learning.store import open_store
from quiz.learning.workload import (
    RETENTIONS,
    RetentionOption,
    Workload,
    simulate_retentions,
    workload,
)

BUNDLED_BANK = QUESTIONS / "azerbaijani-armed-forces.json"
NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)  # the study day started at 04:00 UTC


def card(qid: str, due: datetime | None, **changes: object) -> CardState:
    state = CardState("b", qid, "review", stability=5.0, difficulty=5.0, due=due, reps=3)
    return replace(state, last_review=NOW - timedelta(days=3), **changes)  # type: ignore[arg-type]


def test_due_forecast_counts_each_study_day_from_today(tmp_path: Path) -> None:
    hour = timedelta(hours=1)
    cards = [
        card("overdue", NOW - timedelta(days=4)),
        card("later-today", NOW + 5 * hour),
        card("before-4am", NOW + 15 * hour),  # 03:00 tomorrow: still today's study day
        card("tomorrow", NOW + 17 * hour),  # 05:00 tomorrow
        card("day-29", NOW + timedelta(days=29)),
        card("day-30", NOW + timedelta(days=30)),  # past the 30 days
        card("learning", NOW + 2 * hour, status="learning"),
        card("suspended", NOW, suspended=True),
        card("buried", NOW, buried_until=NOW + 10 * hour),
        card("flagged", NOW, flagged="typo"),
        card("retired", NOW, retired=True),
        CardState("b", "new"),
    ]
    with open_store(tmp_path, "ann") as store:
        store.update_settings(day_start_hour=4)
        store.put_cards(cards)
        forecast = stats(store, None, now=NOW, tz=UTC)["forecast"]
    days = list(forecast)
    assert len(days) == 30
    assert (days[0], forecast[days[0]]) == ("2026-03-10", 4)
    assert (days[1], forecast[days[1]]) == ("2026-03-11", 1)
    assert (days[29], forecast[days[29]]) == ("2026-04-08", 1)
    assert sum(forecast.values()) == 6


def test_a_higher_desired_retention_costs_more_reviews_and_keeps_more() -> None:
    def simulate() -> list[RetentionOption]:
        return simulate_retentions(
            None,
            deck_size=1000,
            new_per_day=20,
            reviews_per_day_limit=9999,
            rng=random.Random(4),
            days=180,
        )

    options = simulate()
    assert [o.desired_retention for o in options] == list(RETENTIONS)
    reviews = [o.reviews_per_day for o in options]
    kept = [o.retention for o in options]
    assert reviews == sorted(reviews) and reviews[-1] > 1.5 * reviews[0]
    assert kept == sorted(kept) and 0.7 < kept[0] < kept[-1] < 1
    assert all(o.new_per_day == pytest.approx(1000 / 180) for o in options)
    assert all(o.minutes_per_day > 0 for o in options)
    assert simulate() == options  # seeded
    assert [RetentionOption.from_dict(o.to_dict()) for o in options] == options


def test_the_simulation_follows_the_parameters_and_the_daily_limits() -> None:
    common = dict(deck_size=600, new_per_day=20, days=120, retentions=(0.9,))
    default = simulate_retentions(None, reviews_per_day_limit=9999, rng=random.Random(1), **common)[
        0
    ]
    forgetful = simulate_retentions(
        SLOW_LEARNER, reviews_per_day_limit=9999, rng=random.Random(1), **common
    )[0]
    capped = simulate_retentions(None, reviews_per_day_limit=10, rng=random.Random(1), **common)[0]
    assert forgetful.reviews_per_day > 1.5 * default.reviews_per_day
    assert capped.reviews_per_day <= 10 < default.reviews_per_day


def test_workload_of_a_learner_uses_their_cards_settings_and_parameters(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with open_store(tmp_path, "ann") as store:
        store.update_settings(new_per_day=5, reviews_per_day=100, day_start_hour=0)
        store.put_cards([card(f"q{i}", NOW + timedelta(days=i)) for i in range(40)])
        result = workload(store, rng=random.Random(2), days=60, progress=lambda *p: seen.append(p))
        assert not result.fitted and result.deck_size == 40 and result.days == 60
        assert list(stats(store, None, now=NOW, tz=UTC)["forecast"].values()) == [1] * 30
        assert seen[0] == (0, 4) and seen[-1] == (4, 4)
        assert all(o.new_per_day == pytest.approx(40 / 60) for o in result.options)
        assert Workload.from_dict(json.loads(json.dumps(result.to_dict()))) == result
        fitted = OptimisationResult(
            "ann", 500, 400, 100, NOW, list(DEFAULT_PARAMETERS), list(SLOW_LEARNER),
            Evaluation(0.4, 0.1, 100), Evaluation(0.3, 0.05, 100), True, 0.1,
        )  # fmt: skip
        apply(store, fitted, now=NOW)
        slower = workload(store, rng=random.Random(2), days=60, deck_size=400)
    assert slower.fitted and slower.deck_size == 400
    assert slower.options[2].reviews_per_day > result.options[2].reviews_per_day


def _learner(data_dir: Path, *, retention: float, cards: int) -> None:
    """Ann, with her desired retention and ``cards`` cards due one a day from NOW."""
    with open_store(data_dir, "ann") as store:
        store.update_settings(desired_retention=retention)
        store.put_cards([card(f"q{i}", NOW + timedelta(days=i)) for i in range(cards)])


def test_stats_workload_prints_each_retention_and_marks_the_learners(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quiz.cli import main

    _learner(tmp_path, retention=0.85, cards=50)
    # Like the app's Stats screen, the workload is that of the bank shown (the bundled one).
    shown = len(json.loads(BUNDLED_BANK.read_text(encoding="utf-8"))["questions"])
    assert main(["stats", "--data-dir", str(tmp_path), "--workload"]) == 0
    out = capsys.readouterr().out
    assert f"Workload: {shown} cards simulated over 365 days with FSRS's default parameters" in out
    rows = [line for line in out.splitlines() if line.strip().endswith(("cards)", "(yours)"))]
    assert [row.split()[0] for row in rows] == ["80%", "85%", "90%", "95%"]
    assert [row.endswith("(yours)") for row in rows] == [False, True, False, False]
    assert main(["stats", "--data-dir", str(tmp_path), "--workload", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["fsrs"]["workload"]
    assert figures["desired_retention"] == 0.85 and figures["deck_size"] == shown
    assert len(figures["forecast"]) == 30 and len(figures["options"]) == 4
    assert main(["stats", "--data-dir", str(tmp_path), "--json"]) == 0
    assert "workload" not in json.loads(capsys.readouterr().out)["fsrs"]  # only when asked


def test_stats_workload_simulates_the_learners_own_retention_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The app and the CLI simulate the same retentions: the usual four and the learner's own.
    from quiz.cli import main

    _learner(tmp_path, retention=0.87, cards=20)
    assert main(["stats", "--data-dir", str(tmp_path), "--workload"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if "cards)" in line]
    assert [row.split()[0] for row in rows] == ["80%", "85%", "87%", "90%", "95%"]
    assert [row.endswith("(yours)") for row in rows] == [False, False, True, False, False]
