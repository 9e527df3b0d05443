"""FSRS scheduling for quiz cards: card state, ratings, intervals, leeches, day boundaries."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from fsrs import Card, Rating, State
from fsrs import Scheduler as FsrsScheduler
from fsrs.scheduler import (
    DEFAULT_PARAMETERS,
    FUZZ_RANGES,
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)

__all__ = [
    "Rating",
    "CardState",
    "Scheduler",
    "LEECH_THRESHOLD",
    "DAY_START_HOUR",
    "STATUSES",
    "format_interval",
    "next_day_start",
    "study_day",
    "day_start",
    "DEFAULT_PARAMETERS",
    "check_parameters",
    "to_micros",
    "from_micros",
]

LEECH_THRESHOLD = 8
DAY_START_HOUR = 4
STATUSES = ("new", "learning", "review", "relearning")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def to_micros(moment: datetime) -> int:
    """Microseconds since 1970 (UTC) of an aware datetime: exact, for ordering and comparing."""
    return (moment - _EPOCH) // _MICROSECOND


SUSPENDED, FLAGGED, RETIRED, LEECH = 1, 2, 4, 8
"""Bits of a card's flags in the store's schedule view; ``HELD`` cards stay out of study."""
HELD = SUSPENDED | FLAGGED | RETIRED


def from_micros(micros: int) -> datetime:
    """The UTC datetime of :func:`to_micros`."""
    return _EPOCH + timedelta(microseconds=micros)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _require_utc(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() != timedelta(0):
        raise ValueError("now must be an aware UTC datetime")


@dataclass(slots=True)
class CardState:
    """Everything remembered about one question for one learner.

    ``status`` is one of new / learning / review / relearning.  A card that was never
    answered is "new" and has ``due`` None.  ``flagged`` holds the flag reason ("" = none).
    """

    bank: str
    qid: str
    status: str = "new"
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    buried_until: datetime | None = None
    flagged: str = ""
    leech: bool = False
    retired: bool = False
    tags: list[str] = field(default_factory=list)

    def copy(self) -> CardState:
        """A copy (its own tags list); cheaper than ``dataclasses.replace``."""
        return CardState(
            self.bank, self.qid, self.status, self.step, self.stability, self.difficulty,
            self.due, self.last_review, self.reps, self.lapses, self.suspended,
            self.buried_until, self.flagged, self.leech, self.retired, list(self.tags),
        )  # fmt: skip

    @property
    def key(self) -> tuple[str, str]:
        return (self.bank, self.qid)

    @property
    def is_new(self) -> bool:
        return self.status == "new"

    def is_buried(self, now: datetime) -> bool:
        return self.buried_until is not None and now < self.buried_until

    def is_available(self, now: datetime) -> bool:
        """True unless suspended, buried, flagged or retired."""
        return not (self.suspended or self.flagged or self.retired or self.is_buried(now))

    def is_due(self, now: datetime) -> bool:
        """Answered before and due by ``now`` (new cards are never "due")."""
        return self.due is not None and self.status != "new" and self.due <= now

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"b": self.bank, "q": self.qid, "s": self.status}
        if self.status != "new":
            data.update(
                step=self.step,
                stab=self.stability,
                diff=self.difficulty,
                due=_iso(self.due),
                last=_iso(self.last_review),
                reps=self.reps,
                lapses=self.lapses,
            )
        for name in ("suspended", "leech", "retired"):
            if getattr(self, name):
                data[name] = True
        if self.buried_until is not None:
            data["buried"] = _iso(self.buried_until)
        if self.flagged:
            data["flag"] = self.flagged
        if self.tags:
            data["tags"] = list(self.tags)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CardState:
        get = data.get
        status = get("s", "new")
        card = cls(str(data["b"]), str(data["q"]), str(status))
        if status != "new":
            card.step = get("step")
            card.stability = get("stab")
            card.difficulty = get("diff")
            card.due = _parse(get("due"))
            card.last_review = _parse(get("last"))
            card.reps = int(get("reps", 0))
            card.lapses = int(get("lapses", 0))
        if len(data) > 10 or status == "new":
            card.suspended = bool(get("suspended", False))
            card.buried_until = _parse(get("buried"))
            card.flagged = str(get("flag", ""))
            card.leech = bool(get("leech", False))
            card.retired = bool(get("retired", False))
            card.tags = [str(t) for t in get("tags") or []]
        return card

    def reset(self) -> CardState:
        """A copy forgotten back to new (flags, suspension and tags kept, leech cleared)."""
        return replace(
            self,
            status="new",
            step=None,
            stability=None,
            difficulty=None,
            due=None,
            last_review=None,
            reps=0,
            lapses=0,
            leech=False,
            tags=[t for t in self.tags if t != "leech"],
        )


_STATE_OF = {"learning": State.Learning, "review": State.Review, "relearning": State.Relearning}
_STATUS_OF = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}


def _to_fsrs(card: CardState, now: datetime) -> Card:
    if card.is_new:
        return Card(card_id=0, state=State.Learning, step=0, due=now)
    return Card(
        card_id=0,
        state=_STATE_OF[card.status],
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due or now,
        last_review=card.last_review,
    )


def format_interval(interval: timedelta) -> str:
    """Anki-style button label: "<1m", "6m", "3h", "1d", "3.2mo", "1.5y"."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return "<1m"
    minutes = seconds / 60
    if minutes < 60:
        return f"{round(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    months = days / 30.4375
    if days < 365:
        return f"{months:.1f}mo".replace(".0mo", "mo")
    years = days / 365.25
    return f"{years:.1f}y".replace(".0y", "y")


def _local(now: datetime, tz: tzinfo | None) -> datetime:
    return now.astimezone(tz) if tz is not None else now.astimezone()


def _local_at(day: date, hour: int, tz: tzinfo | None) -> datetime:
    """``hour`` o'clock on ``day`` in ``tz`` (or the system zone), DST-aware."""
    if tz is not None:
        return datetime.combine(day, time(hour), tzinfo=tz)
    return datetime.combine(day, time(hour)).astimezone()


def study_day(now: datetime, *, tz: tzinfo | None = None, hour: int = DAY_START_HOUR) -> str:
    """The learner's study day (ISO date) for ``now``: days start at ``hour`` local time."""
    return _local(day_start(now, tz=tz, hour=hour), tz).date().isoformat()


def day_start(now: datetime, *, tz: tzinfo | None = None, hour: int = DAY_START_HOUR) -> datetime:
    """UTC start of the study day containing ``now`` (``hour`` o'clock local, like Anki's 4am)."""
    local = _local(now, tz)
    start = _local_at(local.date(), hour, tz)
    if now < start:
        start = _local_at(local.date() - timedelta(days=1), hour, tz)
    return start.astimezone(UTC)


def next_day_start(
    now: datetime, *, tz: tzinfo | None = None, hour: int = DAY_START_HOUR
) -> datetime:
    """UTC time the next study day starts (used for "bury until tomorrow")."""
    start_day = _local(day_start(now, tz=tz, hour=hour), tz).date()
    return _local_at(start_day + timedelta(days=1), hour, tz).astimezone(UTC)


def _fuzz(interval: timedelta, maximum: int, rng: random.Random) -> timedelta:
    """fsrs's interval fuzz (its ``FUZZ_RANGES`` and rounding), drawing from ``rng`` instead of
    the global random; tests/test_schedule.py checks it against the installed fsrs."""
    days = interval.days
    if days < 2.5:
        return interval
    delta = 1.0
    for fuzz_range in FUZZ_RANGES:
        span = min(float(days), fuzz_range["end"]) - fuzz_range["start"]
        delta += fuzz_range["factor"] * max(span, 0.0)
    low = max(2, round(days - delta))
    high = min(round(days + delta), maximum)
    low = min(low, high)
    fuzzed = min(round(rng.random() * (high - low + 1) + low), maximum)
    return timedelta(days=fuzzed)


def check_parameters(parameters: Sequence[float]) -> tuple[float, ...]:
    """``parameters`` as FSRS-6's 21 floats; ValueError if there are not 21 or one is out of
    the bounds fsrs accepts."""
    values = tuple(float(p) for p in parameters)
    if len(values) != len(DEFAULT_PARAMETERS):
        raise ValueError(f"FSRS needs {len(DEFAULT_PARAMETERS)} parameters, not {len(values)}")
    for index, (value, low, high) in enumerate(
        zip(values, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True)
    ):
        if not low <= value <= high:  # also refuses NaN
            raise ValueError(f"FSRS parameter {index} is {value}, outside {low}..{high}")
    return values


class Scheduler:
    """FSRS-6 with the given ``parameters`` (default: FSRS's own, or a learner's fitted ones,
    see :mod:`quiz.learning.parameters`); desired retention configurable (default 0.9).

    Intervals are fuzzed with ``rng`` when one is given, never with the global random.
    """

    def __init__(
        self,
        desired_retention: float = 0.9,
        *,
        parameters: Sequence[float] | None = None,
        leech_threshold: int = LEECH_THRESHOLD,
    ) -> None:
        if not 0.5 <= desired_retention <= 0.99:
            raise ValueError("desired retention must be between 0.5 and 0.99")
        self.desired_retention = desired_retention
        self.leech_threshold = leech_threshold
        self.parameters = check_parameters(DEFAULT_PARAMETERS if parameters is None else parameters)
        self._fsrs = FsrsScheduler(
            parameters=self.parameters,
            desired_retention=desired_retention,
            enable_fuzzing=False,
        )

    def review(
        self,
        card: CardState,
        rating: Rating,
        now: datetime,
        *,
        rng: random.Random | None = None,
    ) -> tuple[CardState, bool]:
        """The card after answering ``rating`` at ``now``, and whether it just became a leech.

        A lapse (Again on a review card) counts toward the leech threshold; at
        ``leech_threshold`` lapses the card is suspended and tagged "leech".
        """
        _require_utc(now)
        rating = Rating(rating)
        before = _to_fsrs(card, now)
        after, _log = self._fsrs.review_card(before, rating, review_datetime=now)
        due = after.due
        if rng is not None and after.state == State.Review:
            due = now + _fuzz(after.due - now, self._fsrs.maximum_interval, rng)
        lapsed = card.status == "review" and rating == Rating.Again
        new = replace(
            card,
            status=_STATUS_OF[after.state],
            step=after.step,
            stability=after.stability,
            difficulty=after.difficulty,
            due=due,
            last_review=now,
            reps=card.reps + 1,
            lapses=card.lapses + (1 if lapsed else 0),
            buried_until=None,
            tags=list(card.tags),
        )
        became_leech = lapsed and not card.leech and new.lapses >= self.leech_threshold
        if became_leech:
            new.leech = True
            new.suspended = True
            if "leech" not in new.tags:
                new.tags.append("leech")
        return new, became_leech

    def next_intervals(self, card: CardState, now: datetime) -> dict[Rating, timedelta]:
        """The interval each rating would give (unfuzzed)."""
        _require_utc(now)
        before = _to_fsrs(card, now)
        result = {}
        for rating in Rating:
            after, _ = self._fsrs.review_card(before, rating, review_datetime=now)
            result[rating] = after.due - now
        return result

    def intervals(self, card: CardState, now: datetime) -> dict[Rating, str]:
        """Button labels: each rating's next interval formatted like Anki ("<10m", "3d")."""
        return {r: format_interval(i) for r, i in self.next_intervals(card, now).items()}

    def retrievability(self, card: CardState, now: datetime) -> float:
        """Predicted probability of recall at ``now`` (0 for new cards)."""
        if card.is_new or card.stability is None:
            return 0.0
        return float(self._fsrs.get_card_retrievability(_to_fsrs(card, now), now))
