"""What the LMS exports share: category paths, general feedback, question names, picking."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from quiz.errors import QuizError
from quiz.export.text import attribution, one_line
from quiz.kinds import kind_names, kind_of
from quiz.learning.picker import SECTION_SEPARATOR, pick_questions
from quiz.model import Bank, Question

Progress = Callable[[int], None]
NAME_WIDTH = 60
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (control characters, lone
    surrogates): an XML file with them would not import at all."""
    return _NOT_XML.sub("", text)


@dataclass
class ExportResult:
    """What an export wrote: counts per kind, and what it skipped with why (Kahoot)."""

    path: str
    written: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.written.values())

    def count(self, question: Question) -> None:
        self.written[question.kind] = self.written.get(question.kind, 0) + 1

    def kinds_line(self) -> str:
        """``mcq 20, cloze 12, ...`` in the usual order of kinds."""
        order = {kind: i for i, kind in enumerate(kind_names())}
        kinds = sorted(self.written, key=lambda k: order.get(k, len(order)))
        return ", ".join(f"{kind} {self.written[kind]}" for kind in kinds)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def category_parts(bank: Bank, question: Question) -> list[str]:
    """The category a question goes in: the article, then its section path
    (``Azerbaijani Armed Forces`` / ``History`` / ``World War II``); the lead stays at the top."""
    title = one_line(bank.source.title or bank.title) or "quiz"
    sections = [one_line(p) for p in question.section.split(SECTION_SEPARATOR.strip())]
    return [title, *(p for p in sections if p)]


def ordered_by_category(bank: Bank, questions: Sequence[Question]) -> list[Question]:
    """Questions grouped by category (each category once, in order of first appearance),
    in bank order within each: a category line is written once per group."""
    first: dict[tuple[str, ...], int] = {}
    for question in questions:
        first.setdefault(tuple(category_parts(bank, question)), len(first))
    order = {id(q): i for i, q in enumerate(questions)}
    return sorted(questions, key=lambda q: (first[tuple(category_parts(bank, q))], order[id(q)]))


def general_feedback(bank: Bank, question: Question) -> str:
    """Shown after answering: the source sentence, the section, and the CC BY-SA attribution."""
    parts = []
    if question.context.strip():
        parts.append(f"Source: {one_line(question.context)}")
    if question.section.strip():
        parts.append(f"Section: {one_line(question.section)}")
    parts.append(attribution(bank))
    return " — ".join(parts)


def question_name(question: Question) -> str:
    """A readable name for an LMS question bank: the prompt, shortened to a line."""
    text = one_line(question.prompt)
    return text if len(text) <= NAME_WIDTH else text[: NAME_WIDTH - 1].rstrip() + "…"


def lms_type(question: Question) -> str:
    """How an LMS asks it: ``truefalse``, ``choice`` (pick one of the options) or ``typed``
    (short answer; a gapped prompt keeps its blank), from the kind's traits, so a kind added
    later exports without changes here."""
    kind = kind_of(question)
    if kind.typed:
        return "typed"
    return "truefalse" if kind.options(question) == ["True", "False"] else "choice"


def options_of(question: Question) -> list[str]:
    """The options to pick from (empty for typed kinds)."""
    return kind_of(question).options(question)


def accepted_answers(question: Question) -> list[str]:
    """The answer and its accepted alternatives, each once (case-insensitively)."""
    seen: set[str] = set()
    answers = []
    for text in [question.answer, *question.accept]:
        text = one_line(text)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            answers.append(text)
    return answers


def pick(questions: Sequence[Question], count: int | None, seed: int) -> list[Question]:
    """All questions, or ``count`` of them from the one picker (spread over sections and kinds,
    no two siblings, same seed same pick), kept in bank order."""
    if count is None:
        return list(questions)
    if count < 1:
        raise QuizError(f"--count must be at least 1, got {count}")
    return pick_questions(questions, count, random.Random(seed))


def tick(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done)
