"""FSRS scheduling: state transitions, intervals, leeches, fuzz by rng, day boundaries."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from quiz.learning.schedule import (
    LEECH_THRESHOLD,
    CardState,
    Rating,
    Scheduler,
    day_start,
    format_interval,
    next_day_start,
    study_day,
)

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def fresh() -> CardState:
    return CardState(bank="bank", qid="q1")


def test_new_card_good_goes_to_learning_then_review() -> None:
    scheduler = Scheduler()
    card, leech = scheduler.review(fresh(), Rating.Good, NOW)
    assert (card.status, card.step, card.reps, leech) == ("learning", 1, 1, False)
    assert card.due == NOW + timedelta(minutes=10)
    card, _ = scheduler.review(card, Rating.Good, card.due)
    assert card.status == "review"
    assert card.due - card.last_review >= timedelta(days=1)


def test_easy_on_new_card_graduates_at_once() -> None:
    card, _ = Scheduler().review(fresh(), Rating.Easy, NOW)
    assert card.status == "review"
    assert card.due > NOW + timedelta(days=2)


def test_again_on_review_card_relearns_and_counts_a_lapse() -> None:
    scheduler = Scheduler()
    card, _ = scheduler.review(fresh(), Rating.Easy, NOW)
    later = card.due
    card, _ = scheduler.review(card, Rating.Again, later)
    assert (card.status, card.lapses) == ("relearning", 1)
    assert card.due == later + timedelta(minutes=10)
    card, _ = scheduler.review(card, Rating.Good, card.due)
    assert card.status == "review"


def test_again_in_learning_is_not_a_lapse() -> None:
    card, _ = Scheduler().review(fresh(), Rating.Again, NOW)
    assert (card.status, card.lapses, card.due) == ("learning", 0, NOW + timedelta(minutes=1))


def test_intervals_for_buttons() -> None:
    scheduler = Scheduler()
    labels = scheduler.intervals(fresh(), NOW)
    assert labels[Rating.Again] == "1m"
    assert labels[Rating.Good] == "10m"
    assert labels[Rating.Easy].endswith("d")
    card, _ = scheduler.review(fresh(), Rating.Easy, NOW)
    spans = scheduler.next_intervals(card, card.due)
    assert spans[Rating.Again] < spans[Rating.Hard] < spans[Rating.Good] < spans[Rating.Easy]


def test_higher_desired_retention_gives_shorter_intervals() -> None:
    card, _ = Scheduler().review(fresh(), Rating.Easy, NOW)
    loose = Scheduler(0.8).next_intervals(card, card.due)[Rating.Good]
    strict = Scheduler(0.95).next_intervals(card, card.due)[Rating.Good]
    assert strict < loose
    with pytest.raises(ValueError):
        Scheduler(1.5)


@pytest.mark.parametrize(
    ("span", "label"),
    [
        (timedelta(seconds=30), "<1m"),
        (timedelta(minutes=1), "1m"),
        (timedelta(minutes=5, seconds=30), "6m"),
        (timedelta(hours=3), "3h"),
        (timedelta(days=1), "1d"),
        (timedelta(days=29), "29d"),
        (timedelta(days=97), "3.2mo"),
        (timedelta(days=365), "1y"),
        (timedelta(days=550), "1.5y"),
    ],
)
def test_format_interval(span: timedelta, label: str) -> None:
    assert format_interval(span) == label


def test_leech_after_eight_lapses() -> None:
    scheduler = Scheduler()
    card, _ = scheduler.review(fresh(), Rating.Easy, NOW)
    when = NOW
    warnings = []
    for _ in range(LEECH_THRESHOLD):
        when = card.due
        card, leech = scheduler.review(card, Rating.Again, when)
        warnings.append(leech)
        card, _ = scheduler.review(card, Rating.Good, card.due)
    assert card.lapses == LEECH_THRESHOLD
    assert warnings == [False] * (LEECH_THRESHOLD - 1) + [True]
    assert card.leech and card.suspended and "leech" in card.tags
    assert not card.is_available(when)


def test_fuzz_uses_rng_deterministically() -> None:
    scheduler = Scheduler()
    card, _ = scheduler.review(fresh(), Rating.Easy, NOW)
    card = CardState.from_dict({**card.to_dict(), "stab": 40.0})
    dues = {scheduler.review(card, Rating.Good, card.due, rng=random.Random(5))[0].due}
    dues.add(scheduler.review(card, Rating.Good, card.due, rng=random.Random(5))[0].due)
    assert len(dues) == 1
    spread = {
        scheduler.review(card, Rating.Good, card.due, rng=random.Random(seed))[0].due
        for seed in range(20)
    }
    assert len(spread) > 1


def test_review_requires_aware_utc() -> None:
    with pytest.raises(ValueError):
        Scheduler().review(fresh(), Rating.Good, datetime(2026, 1, 1))


def test_card_state_round_trip_and_reset() -> None:
    card, _ = Scheduler().review(fresh(), Rating.Good, NOW)
    card.flagged = "typo"
    card.tags = ["leech"]
    card.leech = True
    assert CardState.from_dict(card.to_dict()) == card
    reset = card.reset()
    assert reset.is_new and reset.due is None and reset.reps == 0
    assert reset.flagged == "typo" and not reset.leech and "leech" not in reset.tags


def test_retrievability() -> None:
    scheduler = Scheduler()
    assert scheduler.retrievability(fresh(), NOW) == 0.0
    card, _ = scheduler.review(fresh(), Rating.Easy, NOW)
    soon = scheduler.retrievability(card, NOW + timedelta(days=1))
    late = scheduler.retrievability(card, NOW + timedelta(days=60))
    assert 0 < late < soon <= 1


def test_day_boundaries_at_4am_local() -> None:
    plus2 = timezone(timedelta(hours=2))
    early = datetime(2026, 3, 1, 1, 30, tzinfo=UTC)  # 03:30 local: still the previous day
    assert study_day(early, tz=plus2) == "2026-02-28"
    assert day_start(early, tz=plus2) == datetime(2026, 2, 28, 2, 0, tzinfo=UTC)
    assert next_day_start(early, tz=plus2) == datetime(2026, 3, 1, 2, 0, tzinfo=UTC)
    late = datetime(2026, 3, 1, 2, 30, tzinfo=UTC)  # 04:30 local
    assert study_day(late, tz=plus2) == "2026-03-01"
    assert next_day_start(late, tz=plus2) == datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
    assert next_day_start(late, tz=UTC, hour=0) == datetime(2026, 3, 2, 0, 0, tzinfo=UTC)


def test_day_boundary_follows_daylight_saving() -> None:
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")  # clocks go forward on 29 March 2026
    before = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    assert day_start(before, tz=berlin) == datetime(2026, 3, 28, 3, 0, tzinfo=UTC)  # 4am CET
    assert next_day_start(before, tz=berlin) == datetime(2026, 3, 29, 2, 0, tzinfo=UTC)  # CEST
    assert study_day(datetime(2026, 3, 29, 1, 59, tzinfo=UTC), tz=berlin) == "2026-03-28"
    assert study_day(datetime(2026, 3, 29, 2, 0, tzinfo=UTC), tz=berlin) == "2026-03-29"


class _Fixed:
    """A stand-in for random(): always the same value."""

    def __init__(self, value: float) -> None:
        self.value = value

    def random(self) -> float:
        return self.value

    def __call__(self) -> float:
        return self.value


@pytest.mark.parametrize("value", [0.0, 0.31, 0.5, 0.77, 0.999])
def test_fuzz_matches_the_installed_fsrs(value: float, monkeypatch: pytest.MonkeyPatch) -> None:
    """Our fuzz draws from the session's rng but must give what fsrs itself would give for the
    same random number: it reuses fsrs's FUZZ_RANGES, so a new fsrs that changes its fuzz fails
    here instead of drifting silently."""
    import fsrs.scheduler

    from quiz.learning.schedule import _fuzz

    monkeypatch.setattr(fsrs.scheduler, "random", _Fixed(value))
    theirs = fsrs.scheduler.Scheduler(enable_fuzzing=True)
    for days in [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 365, 1000, 40000]:
        interval = timedelta(days=days)
        expected = theirs._get_fuzzed_interval(interval=interval)
        assert _fuzz(interval, theirs.maximum_interval, _Fixed(value)) == expected, days


def test_card_copy_keeps_every_field_and_owns_its_tags() -> None:
    from dataclasses import fields

    moment = datetime(2026, 1, 2, tzinfo=UTC)
    values = {"str": "x", "int": 7, "float": 2.5, "bool": True, "datetime": moment}
    card = CardState(bank="b", qid="q")
    for number, field_ in enumerate(fields(CardState)):
        kind = str(field_.type)
        if "list" in kind:
            setattr(card, field_.name, ["leech"])
        else:
            base = next(v for k, v in values.items() if kind.startswith(k))
            if isinstance(base, int | float) and not isinstance(base, bool):
                base = base + number  # every field a value of its own
            setattr(card, field_.name, base)
    copy = card.copy()
    assert copy == card and copy is not card
    assert all(getattr(copy, f.name) == getattr(card, f.name) for f in fields(CardState))
    copy.tags.append("more")
    assert card.tags == ["leech"]
