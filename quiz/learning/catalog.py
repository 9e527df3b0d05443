"""Bank discovery for the app (no textual): given, bundled and saved banks, with due counts."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from quiz.atomic import clean_stale_temps
from quiz.bank import bundled_banks, load_bank
from quiz.errors import QuizError
from quiz.learning.study import due_today
from quiz.model import Bank
from quiz.paths import banks_dir
from quiz.review import (
    ReviewSummary,
    apply_review,
    load_approved_bank,
    load_reviewed,
    summary_or_none,
)
from quiz.text import slugify

ORIGINS = ("given", "saved", "bundled")


@dataclass
class BankEntry:
    """One bank the learner can open (as the teacher approved it: rejected questions left out,
    edits applied), with its counts for the active profile and its review counters."""

    path: Path
    bank: Bank
    origin: str
    new: int = 0
    learning: int = 0
    review: int = 0
    counts_known: bool = False
    review_state: ReviewSummary | None = None

    @property
    def title(self) -> str:
        return self.bank.title

    @property
    def key(self) -> str:
        return self.bank.key

    @property
    def due(self) -> int:
        """Cards to study now: learning + review (new cards are counted separately)."""
        return self.learning + self.review


@dataclass
class Catalog:
    """The banks found, in display order, and the files that could not be read."""

    entries: list[BankEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def by_key(self, key: str) -> BankEntry | None:
        return next((e for e in self.entries if e.key == key), None)


def _json_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))


def find_banks(
    data_dir: Path | None,
    given: Iterable[str | os.PathLike[str]] = (),
    *,
    include_bundled: bool = True,
) -> Catalog:
    """Banks given on the command line (must load: QuizError otherwise), then the data dir's
    saved banks and the bundled ones (unreadable ones are skipped and listed in ``problems``).
    A bank whose key was already found is not listed twice."""
    catalog = Catalog()
    seen: set[str] = set()

    def add(path: Path, origin: str, strict: bool) -> None:
        try:
            generated, review = load_reviewed(path)
        except QuizError as exc:
            if strict:
                raise
            catalog.problems.append(str(exc))
            return
        if generated.key in seen:
            return
        seen.add(generated.key)
        bank = apply_review(generated, review)
        summary = summary_or_none(generated, review)
        catalog.entries.append(BankEntry(Path(path), bank, origin, review_state=summary))

    for path in given:
        add(Path(path), "given", True)
    if data_dir is not None:
        clean_stale_temps(banks_dir(Path(data_dir)))  # left by a generate that was killed
        for path in _json_files(banks_dir(Path(data_dir))):
            add(path, "saved", False)
    if include_bundled:
        for path in bundled_banks():
            add(path, "bundled", False)
    return catalog


def fill_counts(
    catalog: Catalog, store: Any, now: datetime, *, exclude: Iterable[str] = ()
) -> Catalog:
    """Set new / learning / review counts (:func:`~quiz.learning.study.due_today`) of every
    entry for the learner's ``store``; ``exclude``: ids the learner's classes flagged."""
    for entry in catalog.entries:
        entry.new, entry.learning, entry.review = due_today(store, entry.bank, now, exclude=exclude)
        entry.counts_known = True
    return catalog


def _unique(paths: list[Path]) -> list[Path]:
    return list(dict.fromkeys(path.resolve() for path in paths))


def bank_file(data_dir: Path | None, name: str) -> Path:
    """The bank file ``name`` means: the one rule of every command that takes a bank.

    A path (an existing file, or a name with a folder in it) is itself; otherwise a saved
    (``DATA_DIR/banks``) or bundled bank whose file name or title has that slug
    (``toronto-star``, ``"Toronto Star"``, ``toronto-star.json``), or, when exactly one bank
    does, whose slug starts with it (``toronto``). A QuizError names the saved banks when
    nothing matches, the candidates when several do.
    """
    candidate = Path(name).expanduser()
    try:
        if candidate.exists() or len(candidate.parts) > 1:
            return candidate  # a path: its loader says what is wrong with it
    except OSError:  # a name too long for the file system is no file
        pass
    stem = name[: -len(".json")] if name.casefold().endswith(".json") else name
    wanted = slugify(stem)
    saved = _json_files(banks_dir(Path(data_dir))) if data_dir is not None else []
    files = [*saved, *bundled_banks()]
    exact = [path for path in files if slugify(path.stem) == wanted]
    if exact:
        return exact[0]
    keys: dict[Path, str] = {}
    for path in files:
        try:
            keys[path] = load_bank(path).key
        except QuizError:
            continue
    exact = [path for path, key in keys.items() if key == wanted]
    if exact:
        return exact[0]
    prefix = wanted + "-"
    starts = _unique(
        [p for p in files if slugify(p.stem).startswith(prefix)]
        + [p for p, key in keys.items() if key.startswith(prefix)]
    )
    if len(starts) == 1:
        return starts[0]
    if starts:
        names = ", ".join(path.stem for path in starts[:6])
        raise QuizError(f"{name}: more than one bank matches ({names}): give more of the name")
    known = ", ".join(path.stem for path in saved[:8]) or "none"
    raise QuizError(
        f"{name}: no such file; no such bank among the saved and bundled ones (saved: {known})"
    )


def resolve_bank(
    data_dir: Path | None, name: str, *, only_accepted: bool = False
) -> tuple[Bank, Path]:
    """The bank ``name`` means (see :func:`bank_file`) as the teacher approved it (review
    applied), with its resolved path."""
    path = bank_file(data_dir, name)
    return load_approved_bank(path, only_accepted=only_accepted), path.resolve()
