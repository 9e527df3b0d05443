"""FSRS fitting, scoring and workload simulation: the one module that uses fsrs-rs-python."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import fsrs_rs_python as rs

from quiz.errors import QuizError

__all__ = ["History", "ItemSet", "Pick", "Simulated", "fit", "fit_and_score", "score", "simulate"]

History = tuple[list[int], list[int]]
"""One card's answers as the optimiser sees them: their ratings (1-4) and, for each, the whole
days since the card's previous answer (0 for the first answer and for answers on the same
day)."""
Pick = tuple[int, int]
"""An answer whose recall is to be predicted: (index of its history, answers of that history
up to and including it)."""

TRAINING_SEED = 2023
"""fsrs-rs's own default seed: a fit of the same reviews gives the same parameters."""


class ItemSet:
    """Answers to fit on or to score: each with its card's answers before it."""

    def __init__(self, histories: Sequence[History], picks: Iterable[Pick]) -> None:
        reviews: dict[int, list[Any]] = {}
        self._items = []
        for index, length in picks:
            if index not in reviews:
                ratings, gaps = histories[index]
                reviews[index] = [
                    rs.FSRSReview(int(r), int(d)) for r, d in zip(ratings, gaps, strict=True)
                ]
            self._items.append(rs.FSRSItem(reviews[index][:length]))

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


Scores = tuple[float, float]


def fit_and_score(
    histories: Sequence[History],
    train: Sequence[Pick],
    test: Sequence[Pick],
    current: Sequence[float],
    progress: Callable[[int], None] | None = None,
) -> tuple[list[float], Scores, Scores]:
    """Parameters fitted on ``train``, and the (log loss, RMSE) of ``current`` and of them on
    ``test``; ``progress(stage)`` after each of the 4 stages (items built, fitted, current
    scored, fitted scored). Plain arguments: it may run in another process."""
    report = progress or (lambda stage: None)
    train_set, test_set = ItemSet(histories, train), ItemSet(histories, test)
    report(1)
    fitted = fit(train_set)
    report(2)
    current_score = score(current, test_set)
    report(3)
    fitted_score = score(fitted, test_set)
    report(4)
    return fitted, current_score, fitted_score


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


def _child() -> None:
    """``python -m quiz.learning.fsrs_fit``: :func:`fit_and_score` of the pickled arguments on
    standard input; ("ok", result) or ("error", message) pickled on standard output."""
    import pickle
    import sys

    run = pickle.loads(sys.stdin.buffer.read())
    try:
        outcome: tuple[str, Any] = ("ok", fit_and_score(*run))
    except QuizError as exc:
        outcome = ("error", str(exc))
    sys.stdout.buffer.write(pickle.dumps(outcome))


if __name__ == "__main__":
    _child()
