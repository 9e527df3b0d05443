"""The study workload: simulated daily reviews and retention for each desired retention."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from quiz.learning import fsrs_fit
from quiz.learning.parameters import DEFAULT_PARAMETERS, learner_parameters
from quiz.learning.store import Store

__all__ = [
    "RETENTIONS",
    "SIMULATED_DAYS",
    "RetentionOption",
    "LearnerLimits",
    "Workload",
    "learner_limits",
    "retentions_to_simulate",
    "simulate_workload",
    "simulate_retentions",
    "workload",
]

RETENTIONS = (0.80, 0.85, 0.90, 0.95)
SIMULATED_DAYS = 365


@dataclass(frozen=True, slots=True)
class RetentionOption:
    """What studying at one desired retention would cost and give (simulated)."""

    desired_retention: float
    reviews_per_day: float
    """Mean answers per day to cards already learned."""
    new_per_day: float
    """Mean new cards learned per day."""
    minutes_per_day: float
    """Mean study time per day, at the simulator's usual answer times."""
    retention: float
    """Expected share of the learned cards recalled at the end."""
    memorized: float
    """Expected number of cards recalled at the end."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "desired_retention": self.desired_retention,
            "reviews_per_day": self.reviews_per_day,
            "new_per_day": self.new_per_day,
            "minutes_per_day": self.minutes_per_day,
            "retention": self.retention,
            "memorized": self.memorized,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RetentionOption:
        return cls(**{key: float(data[key]) for key in cls.__slots__})  # type: ignore[arg-type]


def simulate_retentions(
    parameters: Sequence[float] | None,
    *,
    deck_size: int,
    new_per_day: int,
    reviews_per_day_limit: int,
    rng: random.Random,
    days: int = SIMULATED_DAYS,
    retentions: Sequence[float] = RETENTIONS,
    progress: Callable[[int, int], None] | None = None,
) -> list[RetentionOption]:
    """For each desired retention, ``deck_size`` cards learned at most ``new_per_day`` a day
    and reviewed for ``days`` days, simulated by fsrs-rs with ``parameters`` (None: the
    defaults). Every retention is simulated with the same seed, drawn from ``rng``."""
    seed = rng.randrange(2**32)
    weights = list(parameters if parameters is not None else DEFAULT_PARAMETERS)
    options = []
    for done, retention in enumerate(retentions):
        if progress is not None:
            progress(done, len(retentions))
        run = fsrs_fit.simulate(
            weights,
            retention,
            deck_size=deck_size,
            days=days,
            new_per_day=new_per_day,
            reviews_per_day=reviews_per_day_limit,
            seed=seed,
        )
        learned = sum(run.learned)
        memorized = run.memorized[-1] if run.memorized else 0.0
        options.append(
            RetentionOption(
                desired_retention=retention,
                reviews_per_day=sum(run.reviews) / days,
                new_per_day=learned / days,
                minutes_per_day=sum(run.seconds) / days / 60,
                retention=memorized / learned if learned else 0.0,
                memorized=memorized,
            )
        )
    if progress is not None:
        progress(len(retentions), len(retentions))
    return options


@dataclass(frozen=True, slots=True)
class LearnerLimits:
    """What a learner's workload is simulated with: their daily limits, desired retention and
    fitted FSRS parameters (None: FSRS's defaults)."""

    new_per_day: int
    reviews_per_day: int
    desired_retention: float
    parameters: tuple[float, ...] | None


def learner_limits(store: Store) -> LearnerLimits:
    """The learner's limits as the store holds them (the only part of a workload that reads it)."""
    settings = store.settings()
    fitted = learner_parameters(store)
    return LearnerLimits(
        int(settings["new_per_day"]),
        int(settings["reviews_per_day"]),
        float(settings["desired_retention"]),
        tuple(fitted.parameters) if fitted else None,
    )


def retentions_to_simulate(desired: float) -> list[float]:
    """The usual choices (0.80-0.95), and the learner's own desired retention if another."""
    return sorted({*RETENTIONS, round(desired, 3)})


@dataclass(frozen=True, slots=True)
class Workload:
    """The simulated cost of each desired retention, and what it was simulated with (the due
    forecast is :func:`quiz.learning.stats.stats`'s)."""

    options: list[RetentionOption]
    fitted: bool
    """The simulation used the learner's fitted parameters (else FSRS's defaults)."""
    deck_size: int
    days: int
    desired_retention: float
    """The learner's own (its row is theirs)."""
    new_per_day: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "options": [option.to_dict() for option in self.options],
            "fitted": self.fitted,
            "deck_size": self.deck_size,
            "days": self.days,
            "desired_retention": self.desired_retention,
            "new_per_day": self.new_per_day,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Workload:
        return cls(
            options=[RetentionOption.from_dict(option) for option in data["options"]],
            fitted=bool(data["fitted"]),
            deck_size=int(data["deck_size"]),
            days=int(data["days"]),
            desired_retention=float(data["desired_retention"]),
            new_per_day=int(data["new_per_day"]),
        )


def simulate_workload(
    limits: LearnerLimits,
    *,
    deck_size: int,
    rng: random.Random,
    days: int = SIMULATED_DAYS,
    retentions: Sequence[float] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Workload:
    """Each desired retention (default: the usual ones and the learner's) simulated over
    ``days`` days for a deck of ``deck_size`` cards at the learner's ``limits``; reads no store,
    so an app can run it outside its store lock."""
    options = simulate_retentions(
        limits.parameters,
        deck_size=deck_size,
        new_per_day=limits.new_per_day,
        reviews_per_day_limit=limits.reviews_per_day,
        rng=rng,
        days=days,
        retentions=retentions or retentions_to_simulate(limits.desired_retention),
        progress=progress,
    )
    fitted = limits.parameters is not None
    return Workload(options, fitted, deck_size, days, limits.desired_retention, limits.new_per_day)


def workload(
    store: Store,
    *,
    rng: random.Random,
    deck_size: int | None = None,
    days: int = SIMULATED_DAYS,
    retentions: Sequence[float] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Workload:
    """The learner's workload (:func:`simulate_workload`) for a deck of ``deck_size`` cards
    (default: the cards the store knows, counted from its index)."""
    size = deck_size if deck_size is not None else len(store.schedule_entries())
    return simulate_workload(
        learner_limits(store),
        deck_size=size,
        rng=rng,
        days=days,
        retentions=retentions,
        progress=progress,
    )
