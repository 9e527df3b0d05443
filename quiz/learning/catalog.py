"""Bank discovery for the app (no textual): given, bundled and saved banks, with due counts."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from quiz.atomic import clean_stale_temps
from quiz.bank import bundled_banks
from quiz.errors import QuizError
from quiz.model import Bank
from quiz.paths import banks_dir
from quiz.review import ReviewSummary, apply_review, load_reviewed, summary_or_none

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


def fill_counts(catalog: Catalog, store: Any, now: datetime) -> Catalog:
    """Set new / learning / review counts of every entry for the learner's ``store``."""
    from quiz.learning.study import StudySession

    for entry in catalog.entries:
        session = StudySession(store, entry.bank, now=now)
        entry.new, entry.learning, entry.review = session.counts(now)
        entry.counts_known = True
    return catalog
