"""Printable worksheets (HTML or Markdown) written to a folder: each version and its answer key."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from quiz.atomic import write_text_atomic
from quiz.errors import QuizError
from quiz.export import worksheet_render as render
from quiz.export.sheets import Worksheet, make_worksheets
from quiz.files import os_problem, shown
from quiz.model import Bank, Question

FORMATS = ("html", "md")


def worksheet_files(bank: Bank, sheet: Worksheet, fmt: str) -> tuple[str, str]:
    """File names of a version's worksheet and its answer key."""
    return f"{bank.key}-{sheet.label}.{fmt}", f"{bank.key}-{sheet.label}-answers.{fmt}"


def _prepare_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise QuizError(f"{out_dir} is not a directory")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise QuizError(f"cannot create {shown(out_dir)}: {os_problem(exc)}") from None
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
    sheets = make_worksheets(bank, questions, count=count, versions=versions, seed=seed)
    return write_worksheets(bank, sheets, out_dir, fmt=fmt, force=force)


def write_worksheets(
    bank: Bank,
    sheets: Sequence[Worksheet],
    out_dir: str | os.PathLike[str],
    *,
    fmt: str = "html",
    force: bool = False,
) -> list[Path]:
    """Write ``sheets`` (from :func:`make_worksheets`) and their answer keys into ``out_dir``;
    returns the paths. Nothing is written if any target exists and ``force`` is false."""
    if fmt not in FORMATS:
        raise QuizError(f"unknown worksheet format {fmt!r} (expected one of {', '.join(FORMATS)})")
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
        raise QuizError(f"cannot write to {shown(directory)}: {os_problem(exc)}") from None
    return [path for path, _ in pages]
