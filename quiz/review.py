"""A teacher's review of a bank: decisions and edits kept beside it, and the approved bank."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from quiz.atomic import write_text_atomic
from quiz.bank import load_bank, question_problems
from quiz.errors import QuizError
from quiz.model import Bank, Question

REVIEW_FORMAT = "quiz-review/1"
REVIEW_SUFFIX = ".review"
STATUSES = ("unreviewed", "accepted", "rejected")
TEXT_FIELDS = ("prompt", "answer")
LIST_FIELDS = ("accept", "choices")
EDITABLE = TEXT_FIELDS + LIST_FIELDS
MAX_REVIEW_BYTES = 50 * 1024 * 1024


@dataclass
class Decision:
    """What the teacher decided about one question (by id), and the edits made to it.

    ``context`` is the source sentence the decision was made on, ``original`` the generated
    value of each edited field: when either differs in a regenerated bank, the question
    needs a second look.
    """

    status: str = "unreviewed"
    flag: str = ""
    edits: dict[str, Any] = field(default_factory=dict)
    original: dict[str, Any] = field(default_factory=dict)
    context: str = ""
    at: str = ""

    @property
    def is_blank(self) -> bool:
        return self.status == "unreviewed" and not self.flag and not self.edits

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"status": self.status}
        if self.flag:
            data["flag"] = self.flag
        if self.edits:
            data["edits"] = {k: self.edits[k] for k in EDITABLE if k in self.edits}
            data["original"] = {k: self.original[k] for k in EDITABLE if k in self.original}
        data["context"] = self.context
        if self.at:
            data["at"] = self.at
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        return cls(
            status=str(data.get("status") or "unreviewed"),
            flag=str(data.get("flag") or ""),
            edits=dict(data.get("edits") or {}),
            original=dict(data.get("original") or {}),
            context=str(data.get("context") or ""),
            at=str(data.get("at") or ""),
        )


@dataclass
class Review:
    """Every decision about a bank's questions, keyed by the stable question id."""

    bank_title: str = ""
    decisions: dict[str, Decision] = field(default_factory=dict)

    def get(self, question_id: str) -> Decision:
        return self.decisions.get(question_id) or Decision()

    def status(self, question_id: str) -> str:
        return self.get(question_id).status

    def rejected(self) -> set[str]:
        return {qid for qid, d in self.decisions.items() if d.status == "rejected"}

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": REVIEW_FORMAT,
            "bank": self.bank_title,
            "decisions": {
                qid: self.decisions[qid].to_dict()
                for qid in sorted(self.decisions)
                if not self.decisions[qid].is_blank
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Review:
        decisions = data.get("decisions") or {}
        return cls(
            bank_title=str(data.get("bank") or ""),
            decisions={str(k): Decision.from_dict(v) for k, v in decisions.items()},
        )


# -- the file beside the bank -------------------------------------------------------------------


def review_path(bank_path: str | os.PathLike[str]) -> Path:
    """Where a bank's review is kept: ``army.json`` -> ``army.review`` in the same folder."""
    path = Path(bank_path)
    return path.with_name(path.stem + REVIEW_SUFFIX)


def review_problems(data: Any) -> list[str]:
    """What is wrong with a review file's JSON (one line each, naming the question id)."""
    if not isinstance(data, dict):
        return ["a review must be a JSON object"]
    problems = []
    if data.get("format") != REVIEW_FORMAT:
        problems.append(f"'format' must be {REVIEW_FORMAT!r}, found {data.get('format')!r}")
    decisions = data.get("decisions", {})
    if not isinstance(decisions, dict):
        return [*problems, "'decisions' must be an object keyed by question id"]
    for qid, item in decisions.items():
        if not isinstance(item, dict):
            problems.append(f"review of {qid!r}: must be an object")
            continue
        if item.get("status", "unreviewed") not in STATUSES:
            problems.append(f"review of {qid!r}: unknown status {item.get('status')!r}")
        for key in ("flag", "context", "at"):
            if key in item and not isinstance(item[key], str):
                problems.append(f"review of {qid!r}: '{key}' must be a string")
        for key in ("edits", "original"):
            value = item.get(key, {})
            if not isinstance(value, dict):
                problems.append(f"review of {qid!r}: '{key}' must be an object")
                continue
            for name, edit in value.items():
                if name in TEXT_FIELDS and isinstance(edit, str):
                    continue
                if name in LIST_FIELDS and isinstance(edit, list):
                    if all(isinstance(x, str) for x in edit):
                        continue
                problems.append(f"review of {qid!r}: cannot edit {name!r} that way")
    return problems


def read_review_data(path: Path) -> dict[str, Any] | None:
    """The raw JSON of a review file, None when there is none; QuizError when unreadable."""
    if not path.exists() and not path.is_symlink():
        return None
    if not path.is_file():
        raise QuizError(f"{path}: not a regular file")
    if path.stat().st_size > MAX_REVIEW_BYTES:
        raise QuizError(f"{path}: too large for a review file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise QuizError(f"{path}: not a text file (binary data)") from None
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise QuizError(f"{path}: not a valid review file ({str(exc).splitlines()[0]})") from None
    except OSError as exc:
        raise QuizError(f"{path}: cannot read ({exc.strerror})") from None
    return data


def load_review(bank_path: str | os.PathLike[str]) -> Review:
    """The review kept beside ``bank_path`` (empty when there is none yet)."""
    path = review_path(bank_path)
    data = read_review_data(path)
    if data is None:
        return Review()
    problems = review_problems(data)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise QuizError(f"{path}: invalid review: {problems[0]}{more}")
    return Review.from_dict(data)


def save_review(bank_path: str | os.PathLike[str], review: Review) -> Path:
    """Write the review beside the bank atomically (stable order: same decisions, same bytes)."""
    path = review_path(bank_path)
    text = json.dumps(review.to_dict(), ensure_ascii=False, indent=1) + "\n"
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise QuizError(f"cannot save the review to {path}: {exc.strerror}") from None
    return path


# -- decisions applied ---------------------------------------------------------------------------


def edited_question(question: Question, decision: Decision) -> Question:
    """``question`` with the teacher's edits applied (an edit that would break it is ignored)."""
    if not decision.edits:
        return question

    changes = {k: decision.edits[k] for k in EDITABLE if k in decision.edits}
    candidate = replace(question, **changes)
    if question_problems(candidate.to_dict()):
        return question
    return candidate


def edit_problems(question: Question, edits: dict[str, Any]) -> list[str]:
    """Why these edits cannot be saved (an mcq answer missing from its choices, a cloze prompt
    without a gap, ...); empty when they are fine."""

    bad = [k for k in edits if k not in EDITABLE]
    if bad:
        return [f"{bad[0]!r} cannot be edited"]
    return question_problems(replace(question, **edits).to_dict())


def second_look(question: Question, decision: Decision) -> str:
    """Why a decision needs a second look after the bank was regenerated ("" when it does not)."""
    if decision.is_blank:
        return ""
    if decision.context and decision.context != question.context:
        return "its source sentence changed"
    for name, value in decision.original.items():
        if name in EDITABLE and getattr(question, name) != value:
            return f"the generated {name} changed"
    return ""


def apply_review(bank: Bank, review: Review, *, only_accepted: bool = False) -> Bank:
    """The bank as the teacher approved it: rejected questions left out, edits applied;
    with ``only_accepted`` unreviewed questions are left out too."""
    kept = []
    for question in bank.questions:
        decision = review.decisions.get(question.id)
        status = decision.status if decision else "unreviewed"
        if status == "rejected" or (only_accepted and status != "accepted"):
            continue
        kept.append(edited_question(question, decision) if decision else question)
    return replace(bank, questions=kept)


def load_reviewed(path: str | os.PathLike[str]) -> tuple[Bank, Review]:
    """The bank as generated and its review (empty when there is none)."""

    return load_bank(path), load_review(path)


def load_approved_bank(path: str | os.PathLike[str], *, only_accepted: bool = False) -> Bank:
    """Load a bank and apply its review: what study, practice, exams, assignments and every
    export use."""
    bank, review = load_reviewed(path)
    return apply_review(bank, review, only_accepted=only_accepted)


# -- counts ---------------------------------------------------------------------------------------


@dataclass
class ReviewSummary:
    """Counters of a bank's review: what the review screen, stats, Home and validate show."""

    total: int = 0
    accepted: int = 0
    rejected: int = 0
    flagged: int = 0
    edited: int = 0
    second_look: int = 0
    orphans: int = 0

    @property
    def reviewed(self) -> int:
        return self.accepted + self.rejected

    @property
    def started(self) -> bool:
        return bool(self.reviewed or self.flagged or self.edited)

    def line(self) -> str:
        """``142 of 180 reviewed (130 accepted, 12 rejected, 3 flagged)``."""
        parts = [f"{self.accepted} accepted", f"{self.rejected} rejected"]
        if self.flagged:
            parts.append(f"{self.flagged} flagged")
        if self.edited:
            parts.append(f"{self.edited} edited")
        if self.second_look:
            parts.append(f"{self.second_look} need a second look")
        return f"{self.reviewed} of {self.total} reviewed ({', '.join(parts)})"

    def to_dict(self) -> dict[str, int]:
        return {
            "total": self.total,
            "reviewed": self.reviewed,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "flagged": self.flagged,
            "edited": self.edited,
            "second_look": self.second_look,
            "orphans": self.orphans,
        }


def summarize(questions: Iterable[Question], review: Review) -> ReviewSummary:
    """Counters over ``questions`` (the raw bank); ``orphans`` are decisions about questions
    no longer in it (kept, in case a later regeneration brings them back)."""
    summary = ReviewSummary()
    seen = set()
    for question in questions:
        seen.add(question.id)
        summary.total += 1
        decision = review.decisions.get(question.id)
        if decision is None:
            continue
        summary.accepted += decision.status == "accepted"
        summary.rejected += decision.status == "rejected"
        summary.flagged += bool(decision.flag)
        summary.edited += bool(decision.edits)
        summary.second_look += bool(second_look(question, decision))
    summary.orphans = sum(
        1 for qid, d in review.decisions.items() if qid not in seen and not d.is_blank
    )
    return summary


def summary_or_none(bank: Bank, review: Review) -> ReviewSummary | None:
    """The counters of a started review of ``bank`` (as generated), None before any decision."""
    summary = summarize(bank.questions, review)
    return summary if summary.started or summary.orphans else None


def review_findings(bank: Bank, review: Review) -> tuple[list[str], list[str]]:
    """``(problems, notes)`` of a valid review file against its bank: edits that no longer fit
    their question (they are ignored), and questions that need a second look."""
    problems, notes = [], []
    for question in bank.questions:
        decision = review.decisions.get(question.id)
        if decision is None:
            continue
        if decision.edits:
            broken = edit_problems(question, decision.edits)
            if broken:
                problems.append(f"review of {question.id!r}: edit ignored: {broken[0]}")
        why = second_look(question, decision)
        if why:
            notes.append(f"question {question.id!r} needs a second look: {why}")
    return problems, notes
