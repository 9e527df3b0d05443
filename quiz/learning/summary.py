"""What a finished session keeps: each answer (AnswerRecord) and the tally (SessionSummary)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from quiz.kinds import CheckResult
from quiz.model import Question

__all__ = ["AnswerRecord", "SessionSummary", "answer_record"]


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


def answer_record(
    question: Question, given: str | None, result: CheckResult, **extra: Any
) -> AnswerRecord:
    """The record of answering ``question`` with ``given``, judged ``result``."""
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
