"""The review desk without a screen: walk a bank's questions, decide, edit, flag, filter, save."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from quiz.errors import QuizError
from quiz.model import Bank, Question
from quiz.review import (
    EDITABLE,
    Decision,
    Review,
    ReviewSummary,
    apply_review,
    edit_problems,
    edited_question,
    load_reviewed,
    save_review,
    second_look,
    summarize,
)

JUMPS = {
    "unreviewed": lambda d, q: d.status == "unreviewed",
    "rejected": lambda d, q: d.status == "rejected",
    "flagged": lambda d, q: bool(d.flag),
    "second_look": lambda d, q: bool(second_look(q, d)),
}


class Desk:
    """One bank under review: its questions as generated, the teacher's decisions, the current
    question and the filters (kind, section, or a fixed list of ids such as a report's)."""

    def __init__(
        self,
        bank_path: str | os.PathLike[str],
        *,
        only: Sequence[str] = (),
        reasons: dict[str, str] | None = None,
    ) -> None:
        self.path = Path(bank_path)
        self.bank, self.review = load_reviewed(self.path)
        if not self.review.bank_title:
            self.review.bank_title = self.bank.title
        self.only = [qid for qid in only if self.bank.question(qid) is not None]
        if only and not self.only:
            raise QuizError(f"{self.path}: none of the questions to review are in this bank")
        self.reasons = dict(reasons or {})
        self.kind = ""
        self.section = ""
        self.shown: list[str] = []
        self.index = 0
        self.refilter()

    # -- what is shown
    def refilter(self, keep: str | None = None) -> None:
        """Recompute the questions shown (staying on ``keep`` if it is still shown)."""
        keep = keep or (self.current.id if self.shown else None)
        pool = [self.bank.question(q) for q in self.only] if self.only else self.bank.questions
        self.shown = [
            q.id
            for q in pool
            if q is not None
            and (not self.kind or q.kind == self.kind)
            and (not self.section or q.section == self.section)
        ]
        self.index = self.shown.index(keep) if keep in self.shown else 0

    @property
    def current(self) -> Question:
        question = self.bank.question(self.shown[self.index]) if self.shown else None
        if question is None:
            raise QuizError("no question is shown")
        return question

    @property
    def decision(self) -> Decision:
        return self.review.get(self.current.id)

    def edited(self) -> Question:
        """The current question with the teacher's edits."""
        return edited_question(self.current, self.decision)

    def summary(self) -> ReviewSummary:
        return summarize(self.bank.questions, self.review)

    def kinds(self) -> list[str]:
        return sorted({q.kind for q in self.bank.questions})

    def sections(self) -> list[str]:
        return list(dict.fromkeys(q.section for q in self.bank.questions))

    def cycle(self, name: str) -> str:
        """Next value of the ``kind`` or ``section`` filter ("" = all); returns it."""
        values = ["", *(self.kinds() if name == "kind" else self.sections())]
        current = getattr(self, name)
        value = values[(values.index(current) + 1) % len(values)] if current in values else ""
        setattr(self, name, value)
        self.refilter()
        return value

    def neighbours(self) -> tuple[list[str], list[str]]:
        """The source sentences before and after the current one in its section (the bank keeps
        each question's sentence, in article order), at most two each side."""
        contexts = list(
            dict.fromkeys(
                q.context
                for q in self.bank.questions
                if q.section == self.current.section and q.context.strip()
            )
        )
        if self.current.context not in contexts:
            return [], []
        at = contexts.index(self.current.context)
        return contexts[max(0, at - 2) : at], contexts[at + 1 : at + 3]

    # -- moving
    def move(self, step: int) -> None:
        if self.shown:
            self.index = (self.index + step) % len(self.shown)

    def jump(self, what: str) -> bool:
        """Go to the next shown question that is unreviewed / rejected / flagged / needs a
        second look (wrapping round); False when there is none."""
        test = JUMPS[what]
        for step in range(1, len(self.shown) + 1):
            at = (self.index + step) % len(self.shown)
            question = self.bank.question(self.shown[at])
            if question is not None and test(self.review.get(question.id), question):
                self.index = at
                return True
        return False

    # -- deciding
    def _update(self, now: datetime, **changes: Any) -> Decision:
        question = self.current
        decision = replace(self.review.get(question.id), **changes)
        decision.context = question.context
        decision.at = now.isoformat(timespec="seconds")
        self.review.decisions[question.id] = decision
        save_review(self.path, self.review)
        return decision

    def decide(self, status: str, now: datetime) -> Decision:
        """Accept or reject (or undo with ``unreviewed``) the current question, and save."""
        return self._update(now, status=status)

    def flag(self, reason: str, now: datetime) -> Decision:
        """Flag the current question with a reason ("" unflags), and save."""
        return self._update(now, flag=" ".join(reason.split()))

    def edit(self, changes: dict[str, Any], now: datetime) -> list[str]:
        """Save edits to the current question; returns the problems instead when they would
        break it. A value equal to the generated one removes that edit."""
        question = self.current
        edits = dict(self.decision.edits)
        original = dict(self.decision.original)
        for name, value in changes.items():
            if name not in EDITABLE:
                return [f"{name!r} cannot be edited"]
            if value == getattr(question, name):
                edits.pop(name, None)
                original.pop(name, None)
            else:
                edits[name] = value
                original[name] = getattr(question, name)
        problems = edit_problems(question, edits)
        if problems:
            return problems
        self._update(now, edits=edits, original=original)
        return []

    def approved(self) -> Bank:

        return apply_review(self.bank, self.review)


def parse_list(text: str) -> list[str]:
    """Alternatives typed as ``a; b; c`` (semicolons, since answers may hold commas)."""
    return [part.strip() for part in text.split(";") if part.strip()]


__all__ = ["Desk", "Review", "parse_list"]
