"""Printable worksheets (HTML or Markdown): balanced questions, shuffled versions, answer keys."""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quiz.atomic import write_text_atomic
from quiz.errors import QuizError
from quiz.export import worksheet_render as render
from quiz.export.select import balanced_pick
from quiz.model import Bank, Question

FORMATS = ("html", "md")
PART_ORDER = ("mcq", "true_false", "cloze", "short_answer")
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
        if self.question.kind == "mcq":
            letter = "ABCDEFGHIJ"[self.options.index(self.question.answer)]
            return f"{letter}. {self.question.answer}"
        return self.question.answer


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
        return [(kind, groups[kind]) for kind in PART_ORDER if kind in groups]


def _version_items(questions: Sequence[Question], rng: random.Random) -> tuple[Item, ...]:
    """Questions grouped by kind, shuffled within each group, mcq choices shuffled, numbered."""
    items: list[Item] = []
    for kind in PART_ORDER:
        group = [q for q in questions if q.kind == kind]
        rng.shuffle(group)
        for question in group:
            options: tuple[str, ...] = ()
            if kind == "mcq":
                shuffled = list(question.choices)
                rng.shuffle(shuffled)
                options = tuple(shuffled)
            elif kind == "true_false":
                options = ("True", "False")
            items.append(Item(len(items) + 1, question, options))
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
    chosen = balanced_pick(questions, count, random.Random(f"quiz-worksheet:{seed}"))
    sheets = []
    for index in range(versions):
        rng = random.Random(f"quiz-worksheet:{seed}:{index}")
        label = chr(ord("A") + index)
        sheets.append(Worksheet(bank, label, _version_items(chosen, rng), seed))
    return sheets


def worksheet_files(bank: Bank, sheet: Worksheet, fmt: str) -> tuple[str, str]:
    """File names of a version's worksheet and its answer key."""
    return f"{bank.key}-{sheet.label}.{fmt}", f"{bank.key}-{sheet.label}-answers.{fmt}"


def _prepare_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise QuizError(f"{out_dir} is not a directory")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise QuizError(f"cannot create {out_dir}: {exc.strerror or exc}") from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise QuizError(f"{out_dir} is not writable")


def export_worksheets(
    bank: Bank,
    questions: Sequence[Question],
    out_dir: str | os.PathLike[str],
    *,
    count: int = 20,
    versions: int = 1,
    seed: int = 0,
    fmt: str = "html",
    force: bool = False,
) -> list[Path]:
    """Write each version's worksheet and answer key into ``out_dir``; returns the paths.

    Nothing is written if any target exists and ``force`` is false.
    """
    if fmt not in FORMATS:
        raise QuizError(f"unknown worksheet format {fmt!r} (expected one of {', '.join(FORMATS)})")
    sheets = make_worksheets(bank, questions, count=count, versions=versions, seed=seed)
    directory = Path(out_dir)
    _prepare_dir(directory)
    pages: list[tuple[Path, str]] = []
    for sheet in sheets:
        sheet_name, key_name = worksheet_files(bank, sheet, fmt)
        pages.append((directory / sheet_name, render.page(sheet, fmt, answers=False)))
        pages.append((directory / key_name, render.page(sheet, fmt, answers=True)))
    existing = [str(path) for path, _ in pages if path.exists()]
    if existing and not force:
        raise QuizError(f"{existing[0]} already exists (use --force to overwrite)")
    try:
        for path, text in pages:
            write_text_atomic(path, text, overwrite=True)
    except OSError as exc:
        raise QuizError(f"cannot write to {directory}: {exc.strerror or exc}") from None
    return [path for path, _ in pages]
