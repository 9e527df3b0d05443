"""FSRS fitting, scoring and workload simulation: the one module that uses fsrs-rs-python."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import fsrs_rs_python as rs

from quiz.errors import QuizError

__all__ = ["ItemSet", "Simulated", "fit", "score", "simulate"]

Review = tuple[int, int]
"""One answer as the optimiser sees it: (rating 1-4, whole days since the card's previous
answer; 0 for the first answer and for answers on the same day)."""

TRAINING_SEED = 2023
"""fsrs-rs's own default seed: a fit of the same reviews gives the same parameters."""


class ItemSet:
    """Reviews to fit on or to score: each item is a card's answers up to one answer given a
    day or more after the previous one (the answer whose recall the model predicts)."""

    def __init__(self, items: Sequence[Sequence[Review]]) -> None:
        self._items = [
            rs.FSRSItem([rs.FSRSReview(int(rating), int(days)) for rating, days in item])
            for item in items
        ]

    def __len__(self) -> int:
        return len(self._items)


@contextmanager
def _library(doing: str) -> Iterator[None]:
    """One-line QuizError for anything fsrs-rs raises (a Rust panic is a BaseException)."""
    try:
        yield
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except BaseException as exc:
        raise QuizError(f"FSRS could not {doing}: {exc}") from None


def fit(items: ItemSet) -> list[float]:
    """The FSRS-6 parameters that best predict ``items`` (fsrs-rs's optimiser: pretraining of
    the first stabilities, then gradient descent from the defaults; seeded, so the same items
    give the same parameters)."""
    config = rs.TrainingConfig(seed=TRAINING_SEED)
    with _library("fit the parameters"):
        model = rs.FSRS(rs.DEFAULT_PARAMETERS)
        fitted = model.compute_parameters(items._items, training_config=config)
    return [float(w) for w in fitted]


def score(parameters: Sequence[float], items: ItemSet) -> tuple[float, float]:
    """(log loss, RMSE over bins) of ``parameters`` predicting the recall of ``items``."""
    with _library("score the parameters"):
        evaluation = rs.FSRS(list(parameters)).evaluate(items._items)
    return float(evaluation.log_loss), float(evaluation.rmse_bins)


@dataclass(frozen=True, slots=True)
class Simulated:
    """Daily figures of one simulated learner."""

    reviews: list[int]
    """Answers to cards already learned, per day."""
    learned: list[int]
    """New cards learned, per day."""
    correct: list[int]
    """Reviews answered right, per day."""
    memorized: list[float]
    """Expected number of cards recalled, per day (the sum of their recall probabilities)."""
    seconds: list[float]
    """Time spent, per day (the simulator's default answer times)."""


def simulate(
    parameters: Sequence[float],
    desired_retention: float,
    *,
    deck_size: int,
    days: int,
    new_per_day: int,
    reviews_per_day: int,
    seed: int,
) -> Simulated:
    """fsrs-rs's simulator: ``deck_size`` new cards learned at most ``new_per_day`` a day and
    reviewed (at most ``reviews_per_day`` a day) at ``desired_retention`` for ``days`` days,
    recall drawn from the FSRS model with ``parameters``."""
    config = rs.default_simulator_config()
    config.deck_size = max(1, deck_size)
    config.learn_span = max(1, days)
    config.learn_limit = max(0, new_per_day)
    config.review_limit = max(0, reviews_per_day)
    config.max_cost_perday = float("inf")  # the daily limits above are the learner's only caps
    with _library("simulate the workload"):
        result = rs.simulate(list(parameters), desired_retention, config, seed)
    return Simulated(
        reviews=[int(n) for n in result.review_cnt_per_day],
        learned=[int(n) for n in result.learn_cnt_per_day],
        correct=[int(n) for n in result.correct_cnt_per_day],
        memorized=[float(n) for n in result.memorized_cnt_per_day],
        seconds=[float(n) for n in result.cost_per_day],
    )
