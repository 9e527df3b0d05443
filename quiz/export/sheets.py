"""Worksheet versions: the balanced questions, each version's order and options, its answer key."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.errors import QuizError
from quiz.kinds import all_kinds, kind_of
from quiz.learning.picker import pick_questions
from quiz.model import Bank, Question

MAX_VERSIONS = 26


@dataclass(frozen=True)
class Item:
    """One numbered question of a worksheet, with its options in this version's order."""

    number: int
    question: Question
    options: tuple[str, ...] = ()

    @property
    def answer_label(self) -> str:
        """The answer as written in the key: ``C. Baku`` for multiple choice, else the text."""
        return kind_of(self.question).answer_label(self.question, list(self.options))


@dataclass(frozen=True)
class Worksheet:
    """One version of a worksheet: its label (A, B, ...), items in order, and the seed used."""

    bank: Bank
    label: str
    items: tuple[Item, ...]
    seed: int

    def parts(self) -> list[tuple[str, list[Item]]]:
        """Items grouped by kind, in the printed order (multiple choice first)."""
        groups: dict[str, list[Item]] = {}
        for item in self.items:
            groups.setdefault(item.question.kind, []).append(item)
        return [(kind, groups[kind]) for kind in part_order() if kind in groups]


def part_order() -> list[str]:
    """Kinds in the order a worksheet prints them: the picked ones first, then the typed ones."""
    return [kind.name for kind in sorted(all_kinds(), key=lambda kind: kind.typed)]


def _version_items(questions: Sequence[Question], rng: random.Random) -> tuple[Item, ...]:
    """Questions grouped by kind, shuffled within each group, lettered options shuffled,
    numbered."""
    items: list[Item] = []
    for name in part_order():
        group = [q for q in questions if q.kind == name]
        rng.shuffle(group)
        for question in group:
            kind = kind_of(question)
            options = kind.options(question)
            if kind.lettered:
                rng.shuffle(options)
            items.append(Item(len(items) + 1, question, tuple(options)))
    return tuple(items)


def make_worksheets(
    bank: Bank, questions: Sequence[Question], *, count: int = 20, versions: int = 1, seed: int = 0
) -> list[Worksheet]:
    """``versions`` worksheets on the same ``count`` balanced questions, each in its own order.

    The same bank, filters and ``seed`` always give the same worksheets.
    """
    if count <= 0:
        raise QuizError(f"--count must be a positive number, got {count}")
    if not 1 <= versions <= MAX_VERSIONS:
        raise QuizError(f"--versions must be from 1 to {MAX_VERSIONS}, got {versions}")
    chosen = pick_questions(questions, count, random.Random(f"quiz-worksheet:{seed}"))
    sheets = []
    for index in range(versions):
        rng = random.Random(f"quiz-worksheet:{seed}:{index}")
        label = chr(ord("A") + index)
        sheets.append(Worksheet(bank, label, _version_items(chosen, rng), seed))
    return sheets
