"""A small deterministic question bank with all four kinds, for the terminal app tests."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from quiz.bank import write_bank
from quiz.model import Bank, Question, Source

FIXED_NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
SECTIONS = ["History", "History > Early years", "Geography", "Culture > Music"]

_FACTS = [
    (
        "History",
        "Kestrel Bay was founded in",
        "1791",
        "Kestrel Bay was founded in 1791 by whalers.",
    ),
    (
        "History > Early years",
        "The first mayor of Kestrel Bay was",
        "Ada Morrow",
        "The first mayor of Kestrel Bay was Ada Morrow, elected in 1802.",
    ),
    (
        "Geography",
        "Kestrel Bay lies at the mouth of the river",
        "Tamsin",
        "Kestrel Bay lies at the mouth of the river Tamsin on the north coast.",
    ),
    (
        "Culture > Music",
        "The town's brass band is called",
        "The Gulls",
        "The town's brass band is called The Gulls and plays every summer.",
    ),
]
_DISTRACTORS = {
    "1791": ["1788", "1802", "1815"],
    "Ada Morrow": ["Tom Keel", "Edith Vane", "Owen Pryce"],
    "Tamsin": ["Avon", "Dart", "Fowey"],
    "The Gulls": ["The Terns", "The Herons", "The Puffins"],
}


def _questions_for(
    index: int, section: str, stem: str, answer: str, context: str
) -> list[Question]:
    fact = f"f{index}"
    choices = sorted([answer, *_DISTRACTORS[answer]])
    return [
        Question(f"q{index}-mcq", "mcq", f"{stem}:", answer, choices, section, context, fact=fact),
        Question(
            f"q{index}-cloze", "cloze", f"{stem} _____.", answer, [], section, context, fact=fact
        ),
        Question(
            f"q{index}-tf",
            "true_false",
            f"True or false: {stem} {answer}.",
            "True",
            ["True", "False"],
            section,
            context,
            fact=fact,
        ),
        Question(
            f"q{index}-short",
            "short_answer",
            f"{stem} what?",
            answer,
            [],
            section,
            context,
            fact=fact,
        ),
    ]


def sample_bank(title: str = "Kestrel Bay") -> Bank:
    """Sixteen questions (four facts x four kinds) over four sections; each fact's first
    question is of another kind, so a study day (one question per fact: the others are its
    siblings) shows every kind."""
    questions: list[Question] = []
    for index, (section, stem, answer, context) in enumerate(_FACTS):
        four = _questions_for(index, section, stem, answer, context)
        questions.extend(four[index:] + four[:index])
    source = Source(title=title, attribution="Test fixture, CC BY-SA", sha256="0" * 64)
    return Bank(title, source, questions, {"name": "fixture"}, list(SECTIONS))


def write_sample_bank(directory: Path, title: str = "Kestrel Bay") -> Path:
    """Write :func:`sample_bank` to ``directory`` and return its path."""
    path = directory / f"{title.lower().replace(' ', '-')}.json"
    write_bank(sample_bank(title), path, force=True)
    return path


class FakeClock:
    """A settable clock for the app: call it for the time, ``advance`` to move it."""

    def __init__(self, start: datetime = FIXED_NOW) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


async def settle(pilot) -> None:
    """Wait until the app has no store work running and no key waiting to be replayed."""
    from textual.worker import WorkerCancelled

    app = pilot.app
    for _ in range(500):
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            pass  # a worker the app cancelled on its way out (ctrl+c) is done with too
        await pilot.pause()
        busy = any(worker.is_running for worker in app.workers)
        if not busy and not getattr(app.screen, "waiting", False):
            return
    raise AssertionError("the app kept working")


async def press(pilot, *keys: str) -> None:
    """Press ``keys`` (as fast as Pilot can) and wait for what they started to finish."""
    await pilot.press(*keys)
    await settle(pilot)


def sample_app(
    data_dir: Path,
    start: str = "home",
    *,
    seed: int,
    bank: Path | None = None,
    clock: FakeClock | None = None,
    **kw: object,
) -> Any:
    """The terminal app on ``bank`` (default: the sample bank, written beside ``data_dir``),
    with a fake clock and a seeded random order, starting on ``start``."""
    from quiz.tui.app import QuizApp  # (imported here: non-app tests use these fixtures too)

    return QuizApp(
        data_dir,
        banks=[bank or write_sample_bank(data_dir.parent)],
        start=start,
        clock=clock or FakeClock(),
        rng=random.Random(seed),
        bundled=False,
        **kw,
    )
