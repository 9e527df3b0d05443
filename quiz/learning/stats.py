"""Progress statistics of a learner: due counts, card states, reviews per day, retention."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
from typing import Any

from quiz.learning.schedule import (
    FLAGGED,
    HELD,
    LEECH,
    RETIRED,
    SUSPENDED,
    Rating,
    day_start,
    to_micros,
)
from quiz.learning.store import Store
from quiz.learning.study import due_today
from quiz.model import Bank

__all__ = ["DUE_HEADINGS", "DUE_LABELS", "MASTERY_STABILITY", "due_line", "stats"]

DUE_LABELS = {"new": "new", "learning": "learning", "review": "review"}
"""The words for the three counts of what is left to study today, in every screen and command."""
DUE_HEADINGS = {"new": "New", "learning": "Learn", "review": "Review"}
"""The same words as narrow column headings (Anki's deck list also says "Learn")."""


MASTERY_STABILITY = 21.0
_NEW: tuple[str, None, int, None, None] = ("new", None, 0, None, None)
_DAY_US = 86_400_000_000
"""A card counts as mastered when in review state with stability >= this many days."""


def _day_buckets(start: datetime, days: int) -> tuple[list[str], dict[str, int]]:
    labels = [(start + timedelta(days=i)).date().isoformat() for i in range(days)]
    return labels, dict.fromkeys(labels, 0)


def due_line(due: dict[str, int]) -> str:
    """``new 9 · learning 0 · review 3``: the due counts as every screen and command says them."""
    return " · ".join(f"{label} {due.get(name, 0)}" for name, label in DUE_LABELS.items())


def stats(
    store: Store,
    bank: Bank | None = None,
    *,
    now: datetime,
    tz: tzinfo | None = None,
    exclude: Iterable[str] = (),
) -> dict[str, Any]:
    """Progress figures for one bank (or every bank with progress).

    Keys: ``due`` {new, learning, review}: with a bank, what is left to study today, the same
    count as Home and the study screen (:func:`~quiz.learning.study.due_today`: daily limits,
    siblings, ``exclude``d class flags); without one, the learning and review cards due now,
    ``cards`` {new, learning, review, relearning, suspended, buried, flagged, leech, retired},
    ``reviews_total``, ``reviews_per_day`` {date: n} (last 30 days), ``forecast``
    {date: n} (cards falling due in the next 30 days), ``retention`` (share of answers to
    review-state cards in the last 30 days that were not Again; None without any),
    ``mastery`` {section: share of its questions in review state with stability >= 21 days}.
    """
    hour = int(store.settings()["day_start_hour"])
    today = day_start(now, tz=tz, hour=hour)
    bank_key = bank.key if bank is not None else None
    # each card's status, due, flags, buried-until and stability, from the store's index
    # (no card is read whole); a question never answered is a new card
    if bank is not None:
        view = store.schedule_view(bank.key)
        rows = [view.get(q.id) or _NEW for q in bank.questions]
    else:
        rows = store.schedule_entries()
    now_us, today_us = to_micros(now), to_micros(today)
    counts = dict.fromkeys(
        (
            "new",
            "learning",
            "review",
            "relearning",
            "suspended",
            "buried",
            "flagged",
            "leech",
            "retired",
        ),
        0,
    )
    due = {"new": 0, "learning": 0, "review": 0}
    if bank is not None:
        due = dict(
            zip(DUE_LABELS, due_today(store, bank, now, exclude=exclude, tz=tz), strict=True)
        )
    future_days, forecast = _day_buckets(today, 30)
    for status, due_us, flags, buried_us, _ in rows:
        counts[status] += 1
        for name, bit in (("suspended", SUSPENDED), ("leech", LEECH), ("retired", RETIRED)):
            counts[name] += bool(flags & bit)
        buried = buried_us is not None and now_us < buried_us
        counts["buried"] += buried
        counts["flagged"] += bool(flags & FLAGGED)
        if flags & HELD or buried or status == "new" or due_us is None:
            continue
        if bank is None and due_us <= now_us:
            due["review" if status == "review" else "learning"] += 1
        offset = max(0, (due_us - today_us) // _DAY_US)
        if offset < 30:
            forecast[future_days[offset]] += 1
    past_start = today - timedelta(days=29)
    past_days, per_day = _day_buckets(past_start, 30)
    kept = graded = 0
    total = store.review_count(bank_key)  # the whole log, counted without reading it
    for raw in store.review_dicts_since(past_start, bank_key):  # its last 30 days
        moment = datetime.fromisoformat(raw["t"])
        per_day[past_days[min(29, (moment - past_start).days)]] += 1
        if raw.get("st") == "review" and raw.get("m") != "cram":
            graded += 1
            kept += raw["r"] != int(Rating.Again)
    mastery: dict[str, float] = {}
    if bank is not None:
        by_section: dict[str, list[int]] = {}
        for question, (status, *_, stability) in zip(bank.questions, rows, strict=True):
            tally = by_section.setdefault(question.section, [0, 0])
            tally[1] += 1
            mastered = status == "review" and (stability or 0) >= MASTERY_STABILITY
            tally[0] += mastered
        mastery = {s: round(m / n, 3) for s, (m, n) in by_section.items() if n}
    return {
        "profile": store.name,
        "bank": bank_key,
        "due": due,
        "cards": counts,
        "reviews_total": total,
        "reviews_per_day": per_day,
        "forecast": forecast,
        "retention": round(kept / graded, 3) if graded else None,
        "mastery": mastery,
    }
