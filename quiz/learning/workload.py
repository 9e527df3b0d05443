"""The study workload: cards falling due in the coming days, and simulated daily reviews and
retention for each desired retention."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from quiz.learning import fsrs_fit
from quiz.learning.parameters import DEFAULT_PARAMETERS, learner_parameters
from quiz.learning.schedule import DAY_START_HOUR, CardState, day_start
from quiz.learning.store import Store

__all__ = [
    "RETENTIONS",
    "SIMULATED_DAYS",
    "DayDue",
    "RetentionOption",
    "Workload",
    "due_forecast",
    "simulate_retentions",
    "workload",
]

RETENTIONS = (0.80, 0.85, 0.90, 0.95)
SIMULATED_DAYS = 365


@dataclass(frozen=True, slots=True)
class DayDue:
    """How many cards fall due on one study day (ISO date)."""

    date: str
    due: int

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "due": self.due}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DayDue:
        return cls(str(data["date"]), int(data["due"]))


def due_forecast(
    cards: Iterable[CardState],
    now: datetime,
    *,
    days: int = 30,
    tz: tzinfo | None = None,
    day_start_hour: int = DAY_START_HOUR,
) -> list[DayDue]:
    """Cards falling due on each of the ``days`` study days from today's (overdue ones count
    today); new, suspended, buried, flagged and retired cards are not due."""
    today = day_start(now, tz=tz, hour=day_start_hour)
    dates = [(today + timedelta(days=i)).date().isoformat() for i in range(days)]
    counts = [0] * days
    for card in cards:
        if card.due is None or card.is_new or not card.is_available(now):
            continue
        offset = max(0, (card.due - today).days)
        if offset < days:
            counts[offset] += 1
    return [DayDue(date, count) for date, count in zip(dates, counts, strict=True)]


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
class Workload:
    """Stats' workload: the due forecast and the simulated cost of each desired retention."""

    forecast: list[DayDue]
    options: list[RetentionOption]
    fitted: bool
    """The simulation used the learner's fitted parameters (else FSRS's defaults)."""
    deck_size: int
    days: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "forecast": [day.to_dict() for day in self.forecast],
            "options": [option.to_dict() for option in self.options],
            "fitted": self.fitted,
            "deck_size": self.deck_size,
            "days": self.days,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Workload:
        return cls(
            forecast=[DayDue.from_dict(day) for day in data["forecast"]],
            options=[RetentionOption.from_dict(option) for option in data["options"]],
            fitted=bool(data["fitted"]),
            deck_size=int(data["deck_size"]),
            days=int(data["days"]),
        )


def workload(
    store: Store,
    now: datetime,
    *,
    rng: random.Random,
    deck_size: int | None = None,
    tz: tzinfo | None = None,
    days: int = SIMULATED_DAYS,
    retentions: Sequence[float] = RETENTIONS,
    progress: Callable[[int, int], None] | None = None,
) -> Workload:
    """The learner's workload: their due forecast for 30 days, and each desired retention
    simulated over ``days`` days for a deck of ``deck_size`` cards (default: the cards the
    store knows) at their daily limits and with their parameters."""
    settings = store.settings()
    cards = store.cards()
    size = deck_size if deck_size is not None else len(cards)
    fitted = learner_parameters(store)
    forecast = due_forecast(cards, now, tz=tz, day_start_hour=int(settings["day_start_hour"]))
    options = simulate_retentions(
        fitted.parameters if fitted else None,
        deck_size=size,
        new_per_day=int(settings["new_per_day"]),
        reviews_per_day_limit=int(settings["reviews_per_day"]),
        rng=rng,
        days=days,
        retentions=retentions,
        progress=progress,
    )
    return Workload(forecast, options, fitted is not None, size, days)
