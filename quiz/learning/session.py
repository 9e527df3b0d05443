"""What every session shares: the store, bank, scheduler, rng, answers, and scheduling one."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quiz.errors import QuizError
from quiz.kinds import CheckResult, check_answer
from quiz.learning.parameters import learner_scheduler
from quiz.learning.schedule import CardState, Rating, Scheduler
from quiz.learning.store import ReviewRecord, Store
from quiz.learning.summary import AnswerRecord, SessionSummary
from quiz.model import Bank, Question

__all__ = ["AnswerOutcome", "Session", "scheduler_for"]


def scheduler_for(store: Store) -> Scheduler:
    """A scheduler using the learner's desired retention and FSRS parameters (the fitted
    ones once ``quiz optimize`` applied them)."""
    return learner_scheduler(store)


@dataclass
class AnswerOutcome:
    """What answering one card did: its new state, and a leech warning if it became one."""

    question_id: str
    rating: Rating
    card: CardState
    review_id: int | None = None
    leech: bool = False
    warning: str = ""


class Session:
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
        before = self.store.peek_card(self.key, question.id)  # read only: review() copies
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
