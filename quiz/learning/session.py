"""Learning sessions without a screen: study (spaced repetition), practice, exam, cram."""

from __future__ import annotations

import heapq
import random
from collections import deque
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta, tzinfo
from typing import Any

from quiz.errors import QuizError
from quiz.learning.check import CheckResult, check_answer, rating_for
from quiz.learning.schedule import CardState, Rating, Scheduler, day_start, next_day_start
from quiz.learning.store import ReviewRecord, Store
from quiz.model import Bank, Question

__all__ = [
    "AnswerOutcome",
    "AnswerRecord",
    "SessionSummary",
    "StudySession",
    "PracticeSession",
    "ExamSession",
    "CramSession",
    "scheduler_for",
    "stats",
    "pick_balanced",
]


def scheduler_for(store: Store) -> Scheduler:
    """A scheduler using the learner's desired retention."""
    return Scheduler(float(store.settings()["desired_retention"]))


@dataclass
class AnswerOutcome:
    """What answering one card did: its new state, and a leech warning if it became one."""

    question_id: str
    rating: Rating
    card: CardState
    review_id: int | None = None
    leech: bool = False
    warning: str = ""


@dataclass
class AnswerRecord:
    """One answer kept in a session summary."""

    id: str
    prompt: str
    expected: str
    given: str | None
    verdict: str
    section: str = ""
    kind: str = ""
    rating: int | None = None
    seconds: float | None = None
    note: str = ""


@dataclass
class SessionSummary:
    """A finished session; ``score`` counts right and close answers out of ``total``."""

    mode: str
    bank: str
    started: str
    finished: str
    total: int = 0
    right: int = 0
    close: int = 0
    wrong: int = 0
    unanswered: int = 0
    duration: float = 0.0
    sections: dict[str, dict[str, int]] = field(default_factory=dict)
    missed: list[dict[str, Any]] = field(default_factory=list)
    answers: list[AnswerRecord] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def score(self) -> int:
        return self.right + self.close

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["score"] = self.score
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionSummary:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["answers"] = [AnswerRecord(**a) for a in data.get("answers") or []]
        return cls(**known)

    @classmethod
    def build(
        cls,
        mode: str,
        bank: str,
        started: datetime,
        finished: datetime,
        answers: list[AnswerRecord],
        *,
        total: int | None = None,
        meta: dict[str, Any] | None = None,
    ) -> SessionSummary:
        """Tally ``answers`` (``total`` may exceed them: the rest count as unanswered)."""
        summary = cls(mode=mode, bank=bank, started=started.isoformat(), finished="")
        summary.finished = finished.isoformat()
        summary.duration = max(0.0, (finished - started).total_seconds())
        summary.answers = list(answers)
        summary.total = len(answers) if total is None else total
        summary.meta = dict(meta or {})
        for answer in answers:
            setattr(summary, answer.verdict, getattr(summary, answer.verdict) + 1)
            section = summary.sections.setdefault(
                answer.section, {"right": 0, "close": 0, "wrong": 0, "total": 0}
            )
            section[answer.verdict] += 1
            section["total"] += 1
            if answer.verdict == "wrong":
                summary.missed.append(
                    {
                        "id": answer.id,
                        "prompt": answer.prompt,
                        "expected": answer.expected,
                        "given": answer.given,
                    }
                )
        summary.unanswered = summary.total - len(answers)
        return summary


def _record(
    question: Question, given: str | None, result: CheckResult, **extra: Any
) -> AnswerRecord:
    return AnswerRecord(
        id=question.id,
        prompt=question.prompt,
        expected=result.expected,
        given=given,
        verdict=result.verdict,
        section=question.section,
        kind=question.kind,
        note=result.note,
        **extra,
    )


class _Base:
    """Shared plumbing: the store, bank, scheduler, rng and the answers given so far."""

    mode = "study"

    def __init__(
        self, store: Store, bank: Bank, *, now: datetime, rng: random.Random | None = None
    ) -> None:
        self.store = store
        self.bank = bank
        self.key = bank.key
        self.started = now
        self.rng = rng if rng is not None else random.Random(0)
        self.scheduler = scheduler_for(store)
        self.records: list[AnswerRecord] = []
        self.meta: dict[str, Any] = {}
        self._by_id = {q.id: q for q in bank.questions}

    def question(self, qid: str) -> Question:
        found = self._by_id.get(qid)
        if found is None:
            raise QuizError(f"no question {qid!r} in bank {self.key!r}")
        return found

    def check(self, question: Question, given: str | None) -> CheckResult:
        return check_answer(question, given)

    def _schedule(
        self,
        question: Question,
        rating: Rating,
        now: datetime,
        *,
        given: str | None,
        verdict: str | None,
        duration: float | None,
    ) -> AnswerOutcome:
        before = self.store.card(self.key, question.id)
        after, leech = self.scheduler.review(before, rating, now, rng=self.rng)
        review = ReviewRecord(
            bank=self.key,
            qid=question.id,
            rating=int(rating),
            time=now,
            status=before.status,
            duration=duration,
            given=given,
            verdict=verdict,
            mode=self.mode,
            assignment=self.meta.get("assignment"),
        )
        review = self.store.record_answer(after, review)
        warning = ""
        if leech:
            warning = (
                f"leech: this card was forgotten {after.lapses} times; it is suspended and "
                "tagged 'leech' (rewrite or unsuspend it)"
            )
        return AnswerOutcome(question.id, Rating(rating), after, review.id, leech, warning)

    def finish(self, now: datetime, *, total: int | None = None) -> SessionSummary:
        """Tally the session, save it in the store and return it."""
        summary = SessionSummary.build(
            self.mode, self.key, self.started, now, self.records, total=total, meta=self.meta
        )
        self.store.save_session(summary.to_dict())
        return summary


SIBLING_GAP = 5
"""A card's siblings wait until this many other cards were shown, when others are available."""
LEARN_AHEAD = timedelta(minutes=20)
"""Like Anki: when nothing else is left, learning cards due within this long are shown early."""


class StudySession(_Base):
    """Spaced repetition: learning/relearning due first, then reviews, then new cards.

    Respects the daily limits (settings ``new_per_day`` / ``reviews_per_day``, counted per
    study day starting at ``day_start_hour`` local time, tz given or the system's), skips
    suspended, buried, flagged and retired cards and ids in ``exclude``, and never shows two
    siblings (same ``sibling_key``) back to back when something else is available.

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
        self._last_sibling: str | None = None
        self._recent_siblings: deque[str] = deque(maxlen=SIBLING_GAP)
        self._undo: list[tuple[int, CardState, Question]] = []
        self._last_now = now
        self.done = 0
        self._day = ""
        self._day_end = now
        self._new_today = 0
        self._reviews_today = 0
        self._learning: list[tuple[datetime, int, str]] = []
        self._review: deque[str] = deque()
        self._new: deque[str] = deque()
        self._refresh_day(now)

    # -- queues
    def _refresh_day(self, now: datetime) -> None:
        """On a new study day: recount today's answers and rebuild the queues."""
        start = day_start(now, tz=self.tz, hour=self.day_hour)
        if start.isoformat() == self._day:
            return
        self._day = start.isoformat()
        self._day_end = next_day_start(now, tz=self.tz, hour=self.day_hour)
        self._new_today = self._reviews_today = 0
        for review in self.store.reviews_since(start, self.key):
            if review.mode != "study":
                continue
            if review.status == "new":
                self._new_today += 1
            elif review.status == "review":
                self._reviews_today += 1
        self._build(now)

    def _build(self, now: datetime) -> None:
        learning: list[tuple[datetime, int, str]] = []
        review: list[tuple[datetime, int, str]] = []
        new: list[str] = []
        for index, question in enumerate(self.bank.questions):
            if question.id in self.exclude:
                continue
            card = self.store.peek_card(self.key, question.id)
            if not card.is_available(now):
                continue
            if card.is_new:
                new.append(question.id)
            elif card.due is not None and card.due < self._day_end:
                target = review if card.status == "review" else learning
                target.append((card.due, index, question.id))
        heapq.heapify(learning)
        self._learning = learning
        self._review = deque(qid for _, _, qid in sorted(review))
        self._new = deque(new)

    def _usable(self, card: CardState, now: datetime) -> bool:
        return card.qid not in self.exclude and card.is_available(now)

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
        candidates += self._peek(self._review, self._valid_review, now, min(8, review_left))
        candidates += self._peek(self._new, self._valid_new, now, min(8, new_left))
        if not candidates:
            candidates = self._learning_due(now + LEARN_AHEAD, now)
        if not candidates:
            return None
        return self.question(self._spaced(candidates))

    def _spaced(self, candidates: list[str]) -> str:
        """The first candidate whose fact was not among the last few shown, else the first
        that is not the sibling of the card just shown, else the first."""
        keys = [self.question(qid).sibling_key for qid in candidates]
        for qid, key in zip(candidates, keys, strict=True):
            if key not in self._recent_siblings:
                return qid
        for qid, key in zip(candidates, keys, strict=True):
            if key != self._last_sibling:
                return qid
        return candidates[0]

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
        before = self.store.card(self.key, question.id)
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
        self._last_sibling = question.sibling_key
        self._recent_siblings.append(question.sibling_key)
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
        self._enqueue(before, front=True)
        self.done -= 1
        if self.records:
            self.records.pop()
        self._last_sibling = None
        if self._recent_siblings:
            self._recent_siblings.pop()
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


def pick_balanced(questions: list[Question], count: int, rng: random.Random) -> list[Question]:
    """``count`` questions spread evenly over (section, kind) groups, deterministic for rng."""
    groups: dict[tuple[str, str], list[Question]] = {}
    for question in questions:
        groups.setdefault((question.section, question.kind), []).append(question)
    for members in groups.values():
        rng.shuffle(members)
    keys = sorted(groups)
    rng.shuffle(keys)
    chosen: list[Question] = []
    while len(chosen) < count and any(groups[k] for k in keys):
        for key in keys:
            if groups[key] and len(chosen) < count:
                chosen.append(groups[key].pop())
    rng.shuffle(chosen)
    return chosen


class PracticeSession(_Base):
    """A scored quiz of ``count`` balanced questions (or the fixed ``question_ids``).

    With ``update_schedule`` each graded answer also schedules the card via rating_for.
    """

    mode = "practice"

    def __init__(
        self,
        store: Store,
        bank: Bank,
        *,
        now: datetime,
        rng: random.Random | None = None,
        count: int = 20,
        question_ids: Iterable[str] | None = None,
        update_schedule: bool = True,
        exclude: Iterable[str] = (),
        sections: Iterable[str] | None = None,
        kinds: Iterable[str] | None = None,
        meta: dict[str, Any] | None = None,
        shuffle: bool = True,
    ) -> None:
        super().__init__(store, bank, now=now, rng=rng)
        self.update_schedule = update_schedule
        self.meta = dict(meta or {})
        if question_ids is not None:
            chosen = [self.question(qid) for qid in question_ids]
            if shuffle:
                self.rng.shuffle(chosen)
        else:
            if count < 1:
                raise QuizError("a practice needs at least one question")
            skip = set(exclude) | set(store.flagged(bank.key))
            pool = [
                q
                for q in bank.questions
                if q.id not in skip
                and (sections is None or q.section in set(sections))
                and (kinds is None or q.kind in set(kinds))
            ]
            chosen = pick_balanced(pool, count, self.rng)
        if not chosen:
            raise QuizError(f"no questions to practise in bank {bank.key!r}")
        self.questions: list[Question] = chosen
        self.index = 0
        self.last_outcome: AnswerOutcome | None = None
        """What the last answer did to the schedule (leech warning), None without updates."""

    def current(self) -> Question | None:
        """The question to answer now, or None when all are answered."""
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def progress(self) -> tuple[int, int]:
        return self.index, len(self.questions) - self.index

    def answer(
        self,
        question: Question,
        given: str | None,
        *,
        now: datetime,
        duration: float | None = None,
        rating: Rating | None = None,
    ) -> CheckResult:
        """Check ``given``, keep it, schedule the card (if updating), move to the next one.

        ``rating`` overrides the suggested rating (the learner disagreeing with the grader).
        """
        result = check_answer(question, given)
        chosen = rating_for(result, duration, question, override=rating)
        self.last_outcome = None
        if self.update_schedule:
            self.last_outcome = self._schedule(
                question, chosen, now, given=given, verdict=result.verdict, duration=duration
            )
        self.records.append(_record(question, given, result, rating=int(chosen), seconds=duration))
        if self.current() is not None and self.current().id == question.id:
            self.index += 1
        return result

    def finish(self, now: datetime, *, total: int | None = None) -> SessionSummary:
        return super().finish(now, total=len(self.questions) if total is None else total)


class CramSession(PracticeSession):
    """Practise (all or some questions) without touching the schedule."""

    mode = "cram"

    def __init__(
        self,
        store: Store,
        bank: Bank,
        *,
        now: datetime,
        rng: random.Random | None = None,
        count: int | None = None,
        question_ids: Iterable[str] | None = None,
        sections: Iterable[str] | None = None,
        kinds: Iterable[str] | None = None,
    ) -> None:
        super().__init__(
            store,
            bank,
            now=now,
            rng=rng,
            count=count or len(bank.questions) or 1,
            question_ids=question_ids,
            update_schedule=False,
            sections=sections,
            kinds=kinds,
        )


class ExamSession(PracticeSession):
    """A timed practice: answers can change until ``submit``; no feedback before the end."""

    mode = "exam"

    def __init__(
        self,
        store: Store,
        bank: Bank,
        *,
        now: datetime,
        rng: random.Random | None = None,
        count: int = 20,
        time_limit: float = 600.0,
        question_ids: Iterable[str] | None = None,
        update_schedule: bool = True,
        meta: dict[str, Any] | None = None,
        shuffle: bool = True,
        exclude: Iterable[str] = (),
    ) -> None:
        super().__init__(
            store,
            bank,
            now=now,
            rng=rng,
            count=count,
            question_ids=question_ids,
            update_schedule=update_schedule,
            meta=meta,
            shuffle=shuffle,
            exclude=exclude,
        )
        if time_limit <= 0:
            raise QuizError("the exam time limit must be positive")
        self.time_limit = float(time_limit)
        self.given: dict[str, str] = {}
        self.submitted: SessionSummary | None = None

    def remaining(self, now: datetime) -> float:
        """Seconds left (0 when time is up)."""
        return max(0.0, self.time_limit - (now - self.started).total_seconds())

    def expired(self, now: datetime) -> bool:
        return self.remaining(now) <= 0

    def set_answer(self, qid: str, given: str | None, *, now: datetime) -> None:
        """Record or change an answer (refused after submit or when time is up)."""
        if self.submitted is not None:
            raise QuizError("the exam was already submitted")
        if self.expired(now):
            raise QuizError("time is up: the exam can only be submitted")
        if qid not in {q.id for q in self.questions}:
            raise QuizError(f"question {qid!r} is not part of this exam")
        if given is None or not given.strip():
            self.given.pop(qid, None)
        else:
            self.given[qid] = given

    def answer(  # type: ignore[override]
        self,
        question: Question,
        given: str | None,
        *,
        now: datetime,
        duration: float | None = None,
        rating: Rating | None = None,
    ) -> None:
        """Same as :meth:`set_answer` (no verdict until the end); moves to the next question."""
        self.set_answer(question.id, given, now=now)
        if self.current() is not None and self.current().id == question.id:
            self.index += 1

    def submit(self, now: datetime) -> SessionSummary:
        """Grade every answer (unanswered count as wrong), schedule, save and return."""
        if self.submitted is not None:
            return self.submitted
        end = min(now, self.started + timedelta(seconds=self.time_limit))
        for question in self.questions:
            given = self.given.get(question.id)
            result = check_answer(question, given)
            rating = rating_for(result, None, question)
            if self.update_schedule:
                self._schedule(
                    question, rating, end, given=given, verdict=result.verdict, duration=None
                )
            self.records.append(_record(question, given, result, rating=int(rating)))
        self.submitted = _Base.finish(self, end, total=len(self.questions))
        return self.submitted

    def finish(self, now: datetime, *, total: int | None = None) -> SessionSummary:
        return self.submit(now)


MASTERY_STABILITY = 21.0
"""A card counts as mastered when in review state with stability >= this many days."""


def _day_buckets(start: datetime, days: int) -> tuple[list[str], dict[str, int]]:
    labels = [(start + timedelta(days=i)).date().isoformat() for i in range(days)]
    return labels, dict.fromkeys(labels, 0)


def stats(
    store: Store, bank: Bank | None = None, *, now: datetime, tz: tzinfo | None = None
) -> dict[str, Any]:
    """Progress figures for one bank (or every bank with progress).

    Keys: ``due`` {new, learning, review} (before daily limits; new only with a bank),
    ``cards`` {new, learning, review, relearning, suspended, buried, flagged, leech, retired},
    ``reviews_total``, ``reviews_per_day`` {date: n} (last 30 days), ``forecast``
    {date: n} (cards falling due in the next 30 days), ``retention`` (share of answers to
    review-state cards in the last 30 days that were not Again; None without any),
    ``mastery`` {section: share of its questions in review state with stability >= 21 days}.
    """
    hour = int(store.settings()["day_start_hour"])
    today = day_start(now, tz=tz, hour=hour)
    bank_key = bank.key if bank is not None else None
    if bank is not None:
        cards = [store.peek_card(bank_key, q.id) for q in bank.questions]
    else:
        cards = store.cards()
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
    future_days, forecast = _day_buckets(today, 30)
    for card in cards:
        counts[card.status] += 1
        for name in ("suspended", "leech", "retired"):
            counts[name] += bool(getattr(card, name))
        counts["buried"] += card.is_buried(now)
        counts["flagged"] += bool(card.flagged)
        if not card.is_available(now):
            continue
        if card.is_new:
            due["new"] += 1
        elif card.is_due(now):
            due["review" if card.status == "review" else "learning"] += 1
        if card.due is not None and card.status != "new":
            offset = max(0, (card.due - today).days)
            if offset < 30:
                forecast[future_days[offset]] += 1
    past_start = today - timedelta(days=29)
    past_days, per_day = _day_buckets(past_start, 30)
    total = kept = graded = 0
    cutoff = (past_start - timedelta(days=1)).date().isoformat()  # cheap pre-filter on text
    for raw in store.iter_review_dicts(bank_key):
        total += 1
        if raw["t"][:10] < cutoff:
            continue
        moment = datetime.fromisoformat(raw["t"])
        if moment < past_start:
            continue
        per_day[past_days[min(29, (moment - past_start).days)]] += 1
        if raw.get("st") == "review" and raw.get("m") != "cram":
            graded += 1
            kept += raw["r"] != int(Rating.Again)
    mastery: dict[str, float] = {}
    if bank is not None:
        by_section: dict[str, list[int]] = {}
        for question, card in zip(bank.questions, cards, strict=True):
            tally = by_section.setdefault(question.section, [0, 0])
            tally[1] += 1
            mastered = card.status == "review" and (card.stability or 0) >= MASTERY_STABILITY
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
