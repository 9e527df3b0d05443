"""Optimise a learner's FSRS parameters: fit on their earlier answers, score on the later ones."""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from quiz.errors import QuizError
from quiz.learning import fsrs_fit
from quiz.learning.parameters import (
    DEFAULT_PARAMETERS,
    Evaluation,
    FittedParameters,
    learner_parameters,
    revert_parameters,
    save_parameters,
)
from quiz.learning.schedule import check_parameters
from quiz.learning.store import ReviewRecord, Store, open_store, read_reviews

__all__ = [
    "HOLDOUT",
    "MIN_REVIEWS",
    "NotEnoughReviews",
    "OptimisationResult",
    "Progress",
    "apply",
    "optimise",
    "revert",
    "run_optimise",
    "usable_reviews",
]

MIN_REVIEWS = 400
"""Usable answers needed to optimise: answers a day or more after the card's previous one."""
HOLDOUT = 0.2
"""The latest share of the usable answers that the fit never sees and is scored on."""
STAGES = 4  # histories read, parameters fitted, current scored, fitted scored

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called from the thread that runs the optimisation."""


class NotEnoughReviews(QuizError):
    """Too few usable answers to fit and score parameters."""

    def __init__(self, have: int, needed: int = MIN_REVIEWS) -> None:
        self.have, self.needed = have, needed
        super().__init__(
            f"not enough reviews to optimise yet: {have} of the {needed} needed "
            f"(answers given a day or more after the card's previous answer); "
            f"{needed - have} more"
        )


@dataclass
class _Log:
    """A review log as the optimiser reads it: each card's history (ratings and day gaps) and
    each usable answer, in time order: when, its history, that history's length up to it."""

    histories: list[fsrs_fit.History] = field(default_factory=list)
    moments: list[datetime] = field(default_factory=list)
    picks: list[fsrs_fit.Pick] = field(default_factory=list)

    def reviews(self, index: int) -> list[tuple[int, int]]:
        """The usable answer ``index`` with the answers before it, as (rating, days)."""
        history, length = self.picks[index]
        ratings, gaps = self.histories[history]
        return list(zip(ratings[:length], gaps[:length], strict=True))


def _read_log(reviews: Iterable[ReviewRecord]) -> _Log:
    """The usable answers: given a day or more after the card's previous answer, each with the
    card's answers up to it. Cram answers (no scheduling) are left out; an answer to a card
    that was reset to new starts its history again. (Few objects per answer: a log of 100,000
    answers is read without the garbage collector rescanning it over and over.)"""
    log = _Log()
    current: dict[tuple[str, str], int] = {}
    last: dict[tuple[str, str], datetime] = {}
    scheduled: set[tuple[str, str]] = set()
    for record in sorted(reviews, key=lambda r: (r.time, r.id)):
        if record.mode == "cram" or not 1 <= record.rating <= 4:
            continue
        key = (record.bank, record.qid)
        if record.status == "new" and key in scheduled:  # forgotten: a fresh card
            current.pop(key, None)
            scheduled.discard(key)
        if record.status != "new":
            scheduled.add(key)
        index = current.get(key)
        if index is None:
            index = current[key] = len(log.histories)
            log.histories.append(([], []))
            days = 0
        else:
            days = max(0, (record.time - last[key]).days)
        ratings, gaps = log.histories[index]
        ratings.append(record.rating)
        gaps.append(days)
        last[key] = record.time
        if days >= 1:
            log.moments.append(record.time)
            log.picks.append((index, len(ratings)))
    return log


def usable_reviews(reviews: Iterable[ReviewRecord]) -> int:
    """How many answers count toward :data:`MIN_REVIEWS`."""
    return len(_read_log(reviews).picks)


@dataclass
class OptimisationResult:
    """Current and fitted parameters, scored on the same held-out (latest) answers."""

    profile: str
    reviews: int
    """Usable answers in the log (given a day or more after the card's previous answer)."""
    train_reviews: int
    test_reviews: int
    split_at: datetime
    """Fitted on the answers before this moment, scored on those from it on."""
    current: list[float]
    fitted: list[float]
    current_score: Evaluation
    fitted_score: Evaluation
    current_is_default: bool
    seconds: float
    applied: bool = False

    @property
    def better(self) -> bool:
        """The fitted parameters predict the held-out answers better (lower log loss)."""
        return self.fitted_score.log_loss < self.current_score.log_loss

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "reviews": self.reviews,
            "train_reviews": self.train_reviews,
            "test_reviews": self.test_reviews,
            "split_at": self.split_at.isoformat(),
            "current": list(self.current),
            "fitted": list(self.fitted),
            "current_score": self.current_score.to_dict(),
            "fitted_score": self.fitted_score.to_dict(),
            "current_is_default": self.current_is_default,
            "seconds": self.seconds,
            "better": self.better,
            "applied": self.applied,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OptimisationResult:
        return cls(
            profile=str(data["profile"]),
            reviews=int(data["reviews"]),
            train_reviews=int(data["train_reviews"]),
            test_reviews=int(data["test_reviews"]),
            split_at=datetime.fromisoformat(data["split_at"]),
            current=[float(w) for w in data["current"]],
            fitted=[float(w) for w in data["fitted"]],
            current_score=Evaluation.from_dict(data["current_score"]),
            fitted_score=Evaluation.from_dict(data["fitted_score"]),
            current_is_default=bool(data["current_is_default"]),
            seconds=float(data["seconds"]),
            applied=bool(data.get("applied", False)),
        )

    def verdict(self) -> str:
        """One line: what the figures mean and what was (or would be) done."""
        if not self.better:
            return "the fitted parameters are no better: the current ones are kept"
        if self.applied:
            return "the fitted parameters are better and are now in use"
        return "the fitted parameters are better (not applied)"

    def table(self) -> list[str]:
        """The figures side by side, as the CLI prints them and the app may show them."""
        current = "current (default)" if self.current_is_default else "current (fitted)"
        width = max(len(current), 8)
        cur, fit = self.current_score, self.fitted_score
        return [
            f"Scored on the latest {self.test_reviews} answers "
            f"(from {self.split_at:%Y-%m-%d %H:%M} UTC); fitted on the "
            f"{self.train_reviews} before",
            f"{'':10}{current:>{width}}  {'fitted':>8}",
            f"{'log loss':10}{cur.log_loss:>{width}.4f}  {fit.log_loss:>8.4f}",
            f"{'RMSE':10}{cur.rmse:>{width}.4f}  {fit.rmse:>8.4f}",
            "(lower is better)",
        ]


def optimise(
    reviews: Sequence[ReviewRecord],
    current: Sequence[float] | None = None,
    *,
    profile: str = "",
    holdout: float = HOLDOUT,
    min_reviews: int = MIN_REVIEWS,
    progress: Progress | None = None,
    separate_process: bool = True,
) -> OptimisationResult:
    """Fit FSRS-6 parameters on the earlier answers of ``reviews`` and score them and
    ``current`` (None: the defaults) on the latest ``holdout`` share. NotEnoughReviews below
    ``min_reviews`` usable answers. Pure: reads no store and no clock but a timer.

    ``separate_process`` (the default) runs fsrs-rs in a spawned child process: it keeps
    Python's lock while it computes (1 s and more for 100,000 answers), which would freeze the
    app's screen; False saves the child's start (about half a second) where nothing else runs."""
    started = time.perf_counter()
    report = progress or (lambda done, total: None)
    report(0, STAGES)
    log = _read_log(reviews)
    count = len(log.picks)
    if count < min_reviews:
        raise NotEnoughReviews(count, min_reviews)
    cut = min(count - 1, max(1, round(count * (1 - holdout))))
    split_at = log.moments[cut]
    first_test = bisect.bisect_left(log.moments, split_at)  # moments are in time order
    train, test = log.picks[:first_test], log.picks[first_test:]
    used = list(check_parameters(current if current is not None else DEFAULT_PARAMETERS))
    run = (log.histories, train, test, used)
    if separate_process:
        report(1, STAGES)
        fitted, current_figures, fitted_figures = _in_child(*run)
    else:
        fitted, current_figures, fitted_figures = fsrs_fit.fit_and_score(
            *run, lambda stage: report(stage, STAGES) if stage < STAGES else None
        )
    try:
        fitted = list(check_parameters(fitted))
    except ValueError as exc:
        raise QuizError(f"the fitted parameters cannot be used: {exc}") from None
    report(STAGES, STAGES)
    return OptimisationResult(
        profile=profile,
        reviews=count,
        train_reviews=len(train),
        test_reviews=len(test),
        split_at=split_at,
        current=used,
        fitted=fitted,
        current_score=Evaluation(*current_figures, len(test)),
        fitted_score=Evaluation(*fitted_figures, len(test)),
        current_is_default=current is None,
        seconds=time.perf_counter() - started,
    )


def _in_child(*run: Any) -> tuple[list[float], fsrs_fit.Scores, fsrs_fit.Scores]:
    """:func:`fsrs_fit.fit_and_score` in a fresh Python process (``python -m
    quiz.learning.fsrs_fit``), the arguments and the result passed through its standard input
    and output. (Not multiprocessing: inside the app its helper process cannot be started,
    the app having taken over standard error.)"""
    import os
    import pickle
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parents[2])  # quiz importable even when not installed
    paths = [root, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    try:
        child = subprocess.run(
            [sys.executable, "-m", "quiz.learning.fsrs_fit"],
            input=pickle.dumps(run),
            capture_output=True,
            env=env,
            check=False,
        )
    except OSError as exc:
        raise QuizError(f"the optimiser's process could not start: {exc}") from None
    if child.returncode != 0 or not child.stdout:
        lines = child.stderr.decode("utf-8", "replace").strip().splitlines()
        why = lines[-1] if lines else f"exit status {child.returncode}"
        raise QuizError(f"the optimiser's process failed: {why}")
    outcome, value = pickle.loads(child.stdout)
    if outcome == "error":
        raise QuizError(str(value))
    return value  # type: ignore[no-any-return]


def apply(store: Store, result: OptimisationResult, *, now: datetime) -> FittedParameters:
    """Use ``result``'s fitted parameters for this learner from now on (the ones in use are
    kept to go back to). QuizError when they are no better than the current ones."""
    if not result.better:
        raise QuizError("the fitted parameters are no better than the current ones")
    fitted = FittedParameters(
        parameters=list(result.fitted),
        fitted_at=now,
        reviews=result.reviews,
        evaluation=result.fitted_score,
        baseline=result.current_score,
    )
    save_parameters(store, fitted)
    result.applied = True
    return fitted


def revert(store: Store) -> FittedParameters | None:
    """Go back to the parameters in use before the last change (None: FSRS's defaults)."""
    return revert_parameters(store)


def run_optimise(
    data_dir: Path,
    profile: str | None,
    *,
    now: datetime,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> OptimisationResult:
    """Optimise a learner's parameters from their review log (read without a lock) and, unless
    ``dry_run``, apply them when they score better (the store is locked only for that write)."""
    with open_store(data_dir, profile, create=False, readonly=True) as store:
        name = store.name
        fitted = learner_parameters(store)
    reviews = read_reviews(data_dir, name)
    current = fitted.parameters if fitted else None
    result = optimise(reviews, current, profile=name, progress=progress, separate_process=False)
    if result.better and not dry_run:
        with open_store(data_dir, name, create=False) as store:
            if learner_parameters(store) != fitted:
                raise QuizError(
                    f"profile {name!r}'s parameters changed while optimising; run it again"
                )
            apply(store, result, now=now)
    return result
