"""PracticeSession (a scored quiz of balanced questions) and CramSession (no scheduling)."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from quiz.errors import QuizError
from quiz.kinds import CheckResult, check_answer
from quiz.learning.check import rating_for
from quiz.learning.picker import pick_questions
from quiz.learning.schedule import Rating
from quiz.learning.session import AnswerOutcome, Session
from quiz.learning.store import Store
from quiz.learning.summary import SessionSummary, answer_record
from quiz.model import Bank, Question

__all__ = ["PracticeSession", "CramSession"]


class PracticeSession(Session):
    """A scored quiz of ``count`` questions from :func:`~quiz.learning.picker.pick_questions`
    (balanced over sections and kinds, no two siblings) or the fixed ``question_ids``.

    ``count=None`` takes every question that passes the filters (cramming a whole bank,
    siblings included). With ``update_schedule`` each graded answer also schedules the card
    via rating_for.
    """

    mode = "practice"

    def __init__(
        self,
        store: Store,
        bank: Bank,
        *,
        now: datetime,
        rng: random.Random | None = None,
        count: int | None = 20,
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
            if count is not None and count < 1:
                raise QuizError("a practice needs at least one question")
            skip = set(exclude) | set(store.flagged(bank.key))
            pool = [
                q
                for q in bank.questions
                if q.id not in skip
                and (sections is None or q.section in set(sections))
                and (kinds is None or q.kind in set(kinds))
            ]
            if count is not None:
                pool = pick_questions(pool, count, self.rng)
            chosen = list(pool)
            self.rng.shuffle(chosen)
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
        self.records.append(
            answer_record(question, given, result, rating=int(chosen), seconds=duration)
        )
        current = self.current()
        if current is not None and current.id == question.id:
            self.index += 1
        return result

    def finish(self, now: datetime, *, total: int | None = None) -> SessionSummary:
        return super().finish(now, total=len(self.questions) if total is None else total)


class CramSession(PracticeSession):
    """Practise without touching the schedule: every question (default) or ``count`` picked
    ones."""

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
            count=count,
            question_ids=question_ids,
            update_schedule=False,
            sections=sections,
            kinds=kinds,
        )
