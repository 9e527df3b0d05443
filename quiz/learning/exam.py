"""ExamSession: a timed practice whose answers are graded only when it is submitted."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from quiz.errors import QuizError
from quiz.kinds import check_answer
from quiz.learning.check import rating_for
from quiz.learning.practice import PracticeSession
from quiz.learning.schedule import Rating
from quiz.learning.session import Session
from quiz.learning.store import Store
from quiz.learning.summary import SessionSummary, answer_record
from quiz.model import Bank, Question

__all__ = ["ExamSession"]


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
        current = self.current()
        if current is not None and current.id == question.id:
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
            self.records.append(answer_record(question, given, result, rating=int(rating)))
        self.submitted = Session.finish(self, end, total=len(self.questions))
        return self.submitted

    def finish(self, now: datetime, *, total: int | None = None) -> SessionSummary:
        return self.submit(now)
