"""StudyWork: a study session's store work, run in thread workers, returning what to show.

The study screen never touches the session or the store itself: each step (open, answer,
undo, bury...) is a method here that runs under the app's store lock in a worker and returns
a :class:`CardView`, everything the screen needs to draw the next card (its counts and the
intervals of its rating buttons included, so revealing it needs no store work).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from random import Random
from typing import TYPE_CHECKING

from quiz.learning.study import StudySession
from quiz.model import Bank, Question

if TYPE_CHECKING:
    from quiz.learning.store import Store


@dataclass(frozen=True)
class CardView:
    """The study screen's next state: a card (or none left), counts, and a notice."""

    question: Question | None
    counts: tuple[int, int, int]
    """New, learning and review cards left today (the counts bar)."""
    done: int
    intervals: dict[int, str] = field(default_factory=dict)
    """Rating (1-4) -> next interval of ``question`` ("10m", "3d")."""
    next_due: str = ""
    """With no card left: when the next one falls due."""
    notice: str = ""
    warning: str = ""
    """A leech warning about the card just answered."""


def next_due_text(session: StudySession, now: datetime) -> str:
    """When the next card of the bank falls due, as a short local time phrase."""
    store, key = session.store, session.bank.key
    ids = {q.id for q in session.bank.questions} - session.exclude
    dues = [
        c.due
        for c in store.cards(key)
        if c.qid in ids and c.due is not None and not c.is_new and c.is_available(now)
    ]
    if not dues:
        return "No reviews are scheduled yet."
    due = min(dues)
    wait = due - now
    local = due.astimezone()
    if wait.total_seconds() < 3600:
        return f"The next card is due in {max(1, round(wait.total_seconds() / 60))} min."
    if wait.days < 1:
        return f"The next card is due at {local:%H:%M}."
    return f"The next card is due on {local:%a %d %b at %H:%M}."


class StudyWork:
    """One study session; every method is store work (call it in a worker, under the lock)."""

    def __init__(self, session: StudySession) -> None:
        self.session = session
        self._finished = False

    @classmethod
    def open(
        cls, store: Store, bank: Bank, *, now: datetime, rng: Random, exclude: set[str]
    ) -> tuple[StudyWork, bool, CardView]:
        """A new session, the learner's typed-answers setting and the first card."""
        typed = bool(store.settings().get("typed_answers", False))
        work = cls(StudySession(store, bank, now=now, rng=rng, exclude=exclude))
        return work, typed, work.view(now)

    def view(self, now: datetime, question: Question | None = None, **notes: str) -> CardView:
        """The card to show (``question``, else the session's next) with its counts."""
        session = self.session
        if question is None:
            question = session.next_card(now)
        counts = session.counts(now)
        if question is None:
            due = next_due_text(session, now)
            return CardView(None, counts, session.done, next_due=due, **notes)
        intervals = {int(r): text for r, text in session.intervals(question, now).items()}
        return CardView(question, counts, session.done, intervals, **notes)

    def rate(
        self,
        question: Question,
        rating: int,
        *,
        now: datetime,
        given: str | None,
        verdict: str | None,
        duration: float | None,
    ) -> CardView:
        """Record one answer (durable when this returns), then the next card."""
        outcome = self.session.answer(
            question, rating, now=now, given=given, verdict=verdict, duration=duration
        )
        return self.view(now, warning=outcome.warning)

    def undo(self, now: datetime) -> CardView | None:
        """Take back the last answer: its card again, or None if there is nothing to undo."""
        question = self.session.undo(now)
        if question is None:
            return None
        return self.view(now, question, notice="Answer undone")

    def set_aside(self, verb: str, qid: str, now: datetime) -> CardView:
        """Suspend, bury (until tomorrow) or flag a card, then the next card."""
        if verb == "suspend":
            self.session.suspend(qid)
            notice = "Card suspended (unsuspend it in Browse)"
        elif verb == "bury":
            self.session.bury(qid, now)
            notice = "Card buried until tomorrow"
        else:
            self.session.flag(qid, "flagged while studying")
            notice = "Question flagged: it leaves the rotation (see Browse)"
        return self.view(now, notice=notice)

    def finish(self, now: datetime) -> None:
        """Save the session's summary (once, and only if something was answered)."""
        if self.session.done and not self._finished:
            self._finished = True
            self.session.finish(now)
