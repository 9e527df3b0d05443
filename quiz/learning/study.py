"""StudySession: spaced repetition over a bank, within daily limits, siblings a day apart."""

from __future__ import annotations

import heapq
import random
from collections import deque
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
from typing import Any

from quiz.learning.picker import answer_names, sibling_keys
from quiz.learning.schedule import (
    HELD,
    CardState,
    Rating,
    day_start,
    from_micros,
    next_day_start,
    to_micros,
)
from quiz.learning.session import AnswerOutcome, Session
from quiz.learning.store import Store
from quiz.learning.summary import AnswerRecord
from quiz.model import Bank, Question

__all__ = ["StudySession", "LEARN_AHEAD", "due_today"]


LEARN_AHEAD = timedelta(minutes=20)
"""Like Anki: when nothing else is left, learning cards due within this long are shown early."""


class StudySession(Session):
    """Spaced repetition: learning/relearning due first, then reviews, then new cards.

    Respects the daily limits (settings ``new_per_day`` / ``reviews_per_day``, counted per
    study day starting at ``day_start_hour`` local time, tz given or the system's), skips
    suspended, buried, flagged and retired cards and ids in ``exclude``. Once a question was
    shown on a study day, its siblings (same ``fact`` or source sentence, see
    :func:`~quiz.learning.picker.sibling_keys`) are buried until the next study day, as Anki
    buries siblings; reopening the bank the same day keeps them buried (today's log says
    what was shown). The card just answered is not shown again next while another is ready.

    The queues are built once (and again when the study day changes); answering a card costs
    no scan of the bank.  Entries made stale by bury/suspend/flag are dropped lazily.
    """

    mode = "study"

    def __init__(
        self,
        store: Store,
        bank: Bank,
        *,
        now: datetime,
        rng: random.Random | None = None,
        exclude: Iterable[str] = (),
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(store, bank, now=now, rng=rng)
        self.exclude = set(exclude)
        self.tz = tz
        settings = store.settings()
        self.new_per_day = int(settings["new_per_day"])
        self.reviews_per_day = int(settings["reviews_per_day"])
        self.day_hour = int(settings["day_start_hour"])
        self._order = {q.id: i for i, q in enumerate(bank.questions)}
        self._last_shown: str | None = None
        self._keys: dict[str, frozenset[str]] = {}
        self._answers: frozenset[str] | None = None
        self._shown: dict[str, list[str]] = {}
        """Sibling key -> ids of the questions shown today that have it."""
        self._undo: list[tuple[int, CardState, Question]] = []
        self._last_now = now
        self.done = 0
        self._day = ""
        self._day_start = self._day_end = now
        self._new_today = 0
        self._reviews_today = 0
        self._learning: list[tuple[datetime, int, str]] = []
        self._review: deque[str] = deque()
        self._new: deque[str] = deque()
        self._refresh_day(now)

    # -- queues
    def _refresh_day(self, now: datetime) -> None:
        """On a new study day: recount today's answers and rebuild the queues."""
        if self._day and self._day_start <= now < self._day_end:
            return  # the same study day (what day_start would say, without working it out)
        start = day_start(now, tz=self.tz, hour=self.day_hour)
        if start.isoformat() == self._day:
            return
        self._day, self._day_start = start.isoformat(), start
        self._day_end = next_day_start(now, tz=self.tz, hour=self.day_hour)
        self._new_today = self._reviews_today = 0
        self._shown = {}
        for review in self.store.reviews_since(start, self.key):
            if review.mode != "study":
                continue
            if review.qid in self._by_id:
                self._mark_shown(review.qid)
            if review.status == "new":
                self._new_today += 1
            elif review.status == "review":
                self._reviews_today += 1
        self._build(now)

    def _build(self, now: datetime) -> None:
        """The queues from the store's schedule view (no card is read whole): available cards
        that are new, or due before the study day ends (as ``CardState.is_available`` and
        ``due`` say; times compared as µs since 1970)."""
        learning: list[tuple[int, int, str]] = []
        review: list[tuple[int, int, str]] = []
        new: list[str] = []
        view = self.store.schedule_view(self.key)
        now_us, end_us = to_micros(now), to_micros(self._day_end)
        exclude = self.exclude
        for index, question in enumerate(self.bank.questions):
            qid = question.id
            entry = view.get(qid)
            if entry is None:  # never answered: a new card
                if qid not in exclude:
                    new.append(qid)
                continue
            status, due, flags, buried, _ = entry
            if flags & HELD or qid in exclude or (buried is not None and now_us < buried):
                continue
            if status == "new":
                new.append(qid)
            elif due is not None and due < end_us:
                (review if status == "review" else learning).append((due, index, qid))
        self._learning = [(from_micros(due), index, qid) for due, index, qid in learning]
        heapq.heapify(self._learning)
        self._review = deque(qid for _, _, qid in sorted(review))
        self._new = deque(new)

    # -- siblings
    def _sibling_keys(self, qid: str) -> frozenset[str]:
        keys = self._keys.get(qid)
        if keys is None:
            if self._answers is None:  # (the bank's named answers: a part of one may be another)
                self._answers = answer_names(self.bank.questions)
            keys = self._keys[qid] = sibling_keys(self.question(qid), self._answers)
        return keys

    def _mark_shown(self, qid: str) -> None:
        for key in self._sibling_keys(qid):
            self._shown.setdefault(key, []).append(qid)

    def _unmark_shown(self, qid: str) -> None:
        for key in self._sibling_keys(qid):
            shown = self._shown.get(key, [])
            if qid in shown:
                shown.remove(qid)

    def sibling_buried(self, qid: str) -> bool:
        """True when a sibling of ``qid`` was shown this study day (so ``qid`` waits)."""
        for key in self._sibling_keys(qid):
            if any(other != qid for other in self._shown.get(key, ())):
                return True
        return False

    def _usable(self, card: CardState, now: datetime) -> bool:
        return (
            card.qid not in self.exclude
            and card.is_available(now)
            and not self.sibling_buried(card.qid)
        )

    def _valid_review(self, qid: str, now: datetime) -> bool:
        card = self.store.peek_card(self.key, qid)
        return card.status == "review" and card.is_due(now) and self._usable(card, now)

    def _valid_new(self, qid: str, now: datetime) -> bool:
        card = self.store.peek_card(self.key, qid)
        return card.is_new and self._usable(card, now)

    def _valid_learning(self, entry: tuple[datetime, int, str], now: datetime) -> bool:
        card = self.store.peek_card(self.key, entry[2])
        return (
            card.status in ("learning", "relearning")
            and card.due == entry[0]
            and self._usable(card, now)
        )

    def _peek(self, queue: deque[str], valid: Any, now: datetime, limit: int) -> list[str]:
        """Up to ``limit`` valid ids from the front of ``queue``, dropping stale ones.

        Linear in the part of the queue it looks at: stale and repeated ids are dropped by
        rebuilding the front of the queue once, not by deleting from the middle of a deque.
        """
        found: list[str] = []
        seen: set[str] = set()
        looked = 0
        for qid in queue:
            if len(found) >= limit:
                break
            looked += 1
            if qid not in seen and valid(qid, now):
                found.append(qid)
                seen.add(qid)
        if looked > len(found):
            for _ in range(looked):
                queue.popleft()
            queue.extendleft(reversed(found))
        return found

    def _learning_due(self, horizon: datetime, now: datetime) -> list[str]:
        while self._learning and not self._valid_learning(self._learning[0], now):
            heapq.heappop(self._learning)
        due = [qid for due, _, qid in sorted(self._learning)[:8] if due <= horizon]
        return list(dict.fromkeys(due))

    def _learning_count(self, now: datetime) -> int:
        kept = {e[2]: e for e in self._learning if self._valid_learning(e, now)}
        self._learning = list(kept.values())
        heapq.heapify(self._learning)
        return len(self._learning)

    def counts(self, now: datetime) -> tuple[int, int, int]:
        """(new, learning, review) still to do today within the daily limits (learning counts
        every learning card due today, as Anki does)."""
        self._refresh_day(now)
        new_left = max(0, self.new_per_day - self._new_today)
        review_left = max(0, self.reviews_per_day - self._reviews_today)
        new = len(self._peek(self._new, self._valid_new, now, new_left))
        review = len(self._peek(self._review, self._valid_review, now, review_left))
        return new, self._learning_count(now), review

    @property
    def progress(self) -> tuple[int, int]:
        """(answered this session, still to do today)."""
        return self.done, sum(self.counts(self._last_now))

    def next_card(self, now: datetime) -> Question | None:
        """The next question to show (it stays next until answered), or None when nothing
        is due now (learning cards due within 20 minutes are shown early when idle)."""
        self._last_now = now
        self._refresh_day(now)
        review_left = self.reviews_per_day - self._reviews_today
        new_left = self.new_per_day - self._new_today
        candidates = self._learning_due(now, now)
        # two distinct ids from a queue are enough: at most one of them was just shown
        candidates += self._peek(self._review, self._valid_review, now, min(2, review_left))
        candidates += self._peek(self._new, self._valid_new, now, min(2, new_left))
        if not candidates:
            candidates = self._learning_due(now + LEARN_AHEAD, now)
        if not candidates:
            return None
        fresh = [qid for qid in candidates if qid != self._last_shown]
        return self.question((fresh or candidates)[0])

    def _enqueue(self, card: CardState, *, front: bool) -> None:
        if card.is_new:
            (self._new.appendleft if front else self._new.append)(card.qid)
        elif card.due is not None and card.due < self._day_end:
            if card.status == "review":
                (self._review.appendleft if front else self._review.append)(card.qid)
            else:
                heapq.heappush(self._learning, (card.due, self._order[card.qid], card.qid))

    def intervals(self, question: Question, now: datetime) -> dict[Rating, str]:
        """Each rating's next interval for the answer buttons ("<1m", "10m", "3d", "2.1mo")."""
        return self.scheduler.intervals(self.store.card(self.key, question.id), now)

    def answer(
        self,
        question: Question,
        rating: Rating | int,
        *,
        now: datetime,
        given: str | None = None,
        verdict: str | None = None,
        duration: float | None = None,
    ) -> AnswerOutcome:
        """Schedule ``question`` with ``rating``; durable when this returns."""
        self._last_now = now
        self._refresh_day(now)
        before = self.store.peek_card(self.key, question.id)  # never changed: states are replaced
        outcome = self._schedule(
            question, Rating(rating), now, given=given, verdict=verdict, duration=duration
        )
        if before.status == "new":
            self._new_today += 1
        elif before.status == "review":
            self._reviews_today += 1
        if outcome.card.status in ("learning", "relearning"):
            self._enqueue(outcome.card, front=False)
        self._undo.append((outcome.review_id or 0, before, question))
        self._last_shown = question.id
        self._mark_shown(question.id)
        self.done += 1
        self.records.append(
            AnswerRecord(
                id=question.id,
                prompt=question.prompt,
                expected=question.answer,
                given=given,
                verdict=verdict or ("wrong" if Rating(rating) == Rating.Again else "right"),
                section=question.section,
                kind=question.kind,
                rating=int(rating),
                seconds=duration,
            )
        )
        return outcome

    def undo(self, now: datetime) -> Question | None:
        """Take back the last answer (card state restored, log entry removed); returns its
        question to show again, or None if there is nothing to undo."""
        if not self._undo:
            return None
        review_id, before, question = self._undo.pop()
        self.store.undo_answer(review_id, before)
        if before.status == "new":
            self._new_today -= 1
        elif before.status == "review":
            self._reviews_today -= 1
        self._unmark_shown(question.id)
        self._build(now)  # siblings it buried are back in the queues
        self._enqueue(before, front=True)
        self.done -= 1
        if self.records:
            self.records.pop()
        self._last_shown = None
        return question

    # -- card actions
    def _update(self, qid: str, **changes: Any) -> CardState:
        card = self.store.card(self.key, self.question(qid).id)
        card = replace(card, **changes)
        self.store.put_card(card)
        return card

    def bury(self, qid: str, now: datetime) -> CardState:
        """Hide a card until the next study day starts (``day_start_hour``, default 4am)."""
        return self._update(qid, buried_until=next_day_start(now, tz=self.tz, hour=self.day_hour))

    def suspend(self, qid: str) -> CardState:
        return self._update(qid, suspended=True)

    def unsuspend(self, qid: str) -> CardState:
        card = self._update(qid, suspended=False)
        self._enqueue(card, front=False)
        return card

    def flag(self, qid: str, reason: str = "flagged") -> CardState:
        return self._update(qid, flagged=reason.strip() or "flagged")

    def unflag(self, qid: str) -> CardState:
        card = self._update(qid, flagged="")
        self._enqueue(card, front=False)
        return card

    def reset(self, qid: str) -> CardState:
        """Forget a card's progress (it becomes new again, at the end of the new queue)."""
        card = self.store.card(self.key, self.question(qid).id).reset()
        self.store.put_card(card)
        self._enqueue(card, front=False)
        return card


def due_today(
    store: Store,
    bank: Bank,
    now: datetime,
    *,
    exclude: Iterable[str] = (),
    tz: tzinfo | None = None,
) -> tuple[int, int, int]:
    """(new, learning, review) left to study today: the one count that Home, the study
    screen, the app's Stats and ``quiz stats`` all show (daily limits, today's answers,
    buried siblings and set-aside cards taken into account, as the study queue does)."""
    return StudySession(store, bank, now=now, exclude=exclude, tz=tz).counts(now)
