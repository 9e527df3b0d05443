"""Choose which questions to export: filters (kinds, sections, difficulty) and a balanced limit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.errors import QuizError
from quiz.learning.picker import SECTION_SEPARATOR, pick_questions
from quiz.model import Bank, Question
from quiz.text import search_key

DIFFICULTY_LEVELS: dict[str, tuple[float, float]] = {
    "easy": (0.0, 1 / 3),
    "medium": (1 / 3, 2 / 3),
    "hard": (2 / 3, 1.0),
}
_RANGE = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*-\s*([0-9]*\.?[0-9]+)\s*$")


@dataclass(frozen=True)
class Filters:
    """What to keep: kinds, section paths (prefix match), a difficulty range, a count limit."""

    kinds: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    difficulty: tuple[float, float] | None = None
    limit: int | None = None

    def describe(self) -> str:
        """A short human description of the active filters, for error messages."""
        parts = []
        if self.kinds:
            parts.append("kinds " + ", ".join(self.kinds))
        if self.sections:
            parts.append("sections " + ", ".join(repr(s) for s in self.sections))
        if self.difficulty:
            parts.append(f"difficulty {self.difficulty[0]:g}-{self.difficulty[1]:g}")
        return "; ".join(parts) or "no filters"


def parse_difficulty(text: str | None) -> tuple[float, float] | None:
    """``easy``/``medium``/``hard`` or ``MIN-MAX`` (0..1) as a range; None for no filter."""
    if text is None or not text.strip():
        return None
    name = text.strip().lower()
    if name in DIFFICULTY_LEVELS:
        return DIFFICULTY_LEVELS[name]
    match = _RANGE.match(name)
    if not match:
        raise QuizError(f"bad difficulty {text!r}: use easy, medium, hard or a range like 0.2-0.6")
    low, high = float(match.group(1)), float(match.group(2))
    if not 0 <= low <= high <= 1:
        raise QuizError(f"bad difficulty range {text!r}: need 0 <= MIN <= MAX <= 1")
    return (low, high)


def _section_matches(section: str, wanted: str) -> bool:
    """True if ``section`` is ``wanted`` or below it (``Structure`` matches its subsections)."""
    have = [search_key(part) for part in section.split(SECTION_SEPARATOR.strip())]
    want = [search_key(part) for part in wanted.split(SECTION_SEPARATOR.strip())]
    return have[: len(want)] == want


def _in_range(value: float, bounds: tuple[float, float]) -> bool:
    """Inclusive range test (the named levels meet at 1/3 and 2/3)."""
    return bounds[0] <= value <= bounds[1]


def filter_questions(questions: Sequence[Question], filters: Filters) -> list[Question]:
    """Questions passing the kind, section and difficulty filters, in their original order."""
    kept = []
    for question in questions:
        if filters.kinds and question.kind not in filters.kinds:
            continue
        if filters.sections and not any(
            _section_matches(question.section, s) for s in filters.sections
        ):
            continue
        if filters.difficulty and not _in_range(question.difficulty, filters.difficulty):
            continue
        kept.append(question)
    return kept


def select_questions(bank: Bank, filters: Filters) -> list[Question]:
    """The bank's questions after filtering and the optional balanced ``limit``.

    Raises QuizError when nothing is left, naming the filters that removed everything.
    """
    kept = filter_questions(bank.questions, filters)
    if not kept:
        raise QuizError(f"{bank.title}: no questions match ({filters.describe()})")
    if filters.limit is not None:
        if filters.limit <= 0:
            raise QuizError(f"--limit must be a positive number, got {filters.limit}")
        kept = pick_questions(kept, filters.limit)
    return kept
