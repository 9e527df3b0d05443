"""Synthetic learners: review logs of someone whose memory follows known FSRS parameters.

The app schedules the learner (quiz's Scheduler, with the parameters it would use); whether
each answer is recalled is drawn from the learner's *true* memory, an FSRS model with other
parameters (the library's, through quiz's Scheduler: no hand-written memory model).
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from quiz.learning.schedule import CardState, Rating, Scheduler
from quiz.learning.store import ReviewRecord

START = datetime(2025, 1, 6, 9, tzinfo=UTC)

# A learner far from FSRS-6's defaults who remembers well: first stabilities 10-15x the
# defaults' (weeks, not days), stability growing faster after each success, a flatter curve.
FAST_LEARNER = (
    3.0, 8.0, 20.0, 50.0, 6.4133, 0.8334, 3.0194, 0.001, 3.0, 0.1666, 0.796, 1.4835, 0.0614,
    0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1,
)  # fmt: skip
# ... and one who forgets fast: first stabilities an hour to two days, hard cards, low growth.
SLOW_LEARNER = (
    0.05, 0.2, 0.5, 2.0, 8.0, 0.8334, 3.0194, 0.001, 1.0, 0.1666, 0.796, 1.4835, 0.0614,
    0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
)  # fmt: skip


def review_log(
    true_parameters: Sequence[float],
    *,
    cards: int,
    days: int,
    seed: int,
    scheduled_with: Sequence[float] | None = None,
    new_per_day: int | None = None,
) -> list[ReviewRecord]:
    """Every answer of a learner studying ``cards`` cards for ``days`` days, as the store keeps
    them: new cards introduced evenly over the first half, each reviewed when the app (FSRS
    with ``scheduled_with``, default parameters) says it is due; recall drawn from an FSRS
    model with ``true_parameters``; ratings Again on a lapse, else mostly Good."""
    rng = random.Random(seed)
    app = Scheduler(parameters=scheduled_with, leech_threshold=10**9)
    truth = Scheduler(parameters=true_parameters, leech_threshold=10**9)
    per_day = new_per_day or max(1, cards * 2 // max(1, days))
    end = START + timedelta(days=days)
    queue: list[tuple[datetime, int]] = []
    for index in range(cards):
        day = index // per_day
        minute = rng.randrange(0, 8 * 60)
        queue.append((START + timedelta(days=day, minutes=minute), index))
    scheduled = [CardState("bank", f"q{i}") for i in range(cards)]
    remembered = [CardState("bank", f"q{i}") for i in range(cards)]
    records: list[ReviewRecord] = []
    heapq.heapify(queue)
    while queue:
        moment, index = heapq.heappop(queue)
        if moment >= end:
            continue
        card, memory = scheduled[index], remembered[index]
        recall = 1.0 if memory.is_new else truth.retrievability(memory, moment)
        if rng.random() < recall:
            rating = rng.choices((Rating.Hard, Rating.Good, Rating.Easy), (0.1, 0.75, 0.15))[0]
        else:
            rating = Rating.Again
        if card.is_new and rating != Rating.Again:
            rating = rng.choices((Rating.Again, Rating.Good, Rating.Easy), (0.2, 0.6, 0.2))[0]
        records.append(
            ReviewRecord("bank", card.qid, int(rating), moment, card.status, id=len(records) + 1)
        )
        scheduled[index], _ = app.review(card, rating, moment, rng=rng)
        remembered[index], _ = truth.review(memory, rating, moment)
        due = scheduled[index].due
        assert due is not None
        # learners come back a while after a card falls due, not at the very second
        late = 12 * 60 if due - moment >= timedelta(days=1) else 5
        heapq.heappush(queue, (due + timedelta(minutes=rng.randrange(0, late)), index))
    return records
