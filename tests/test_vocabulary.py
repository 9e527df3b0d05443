"""One vocabulary and one count: Home, the study screen, the app's Stats and `quiz stats` agree."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.bank import write_bank
from quiz.learning.catalog import fill_counts, find_banks
from quiz.learning.schedule import Rating
from quiz.learning.stats import due_line, stats
from quiz.learning.store import open_store
from quiz.learning.study import StudySession
from quiz.model import Bank, Question, Source

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def lead_bank() -> Bank:
    """30 facts (two questions each), the first ten from the article's lead (no section)."""
    questions = []
    for f in range(30):
        for kind in ("short_answer", "cloze"):
            questions.append(
                Question(
                    id=f"q{f:02d}-{kind}",
                    kind=kind,
                    prompt=f"Fact {f} is _____." if kind == "cloze" else f"What is fact {f}?",
                    answer=f"Answer {f}",
                    section="" if f < 10 else "History",
                    context=f"Fact {f} is Answer {f}.",
                    fact=f"f{f}",
                )
            )
    return Bank(title="Vocabulary", source=Source(title="Vocabulary"), questions=questions)


def test_home_study_stats_and_cli_show_one_count_and_one_word(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = lead_bank()
    path = tmp_path / "vocabulary.json"
    write_bank(bank, path)
    with open_store(data_dir, "ann") as store:
        yesterday = NOW - timedelta(days=1)
        session = StudySession(store, bank, now=yesterday, rng=random.Random(1))
        for number in range(12):
            question = session.next_card(yesterday)
            session.answer(question, Rating.Again if number % 3 else Rating.Good, now=yesterday)
    with open_store(data_dir, "ann") as store:
        study = StudySession(store, bank, now=NOW).counts(NOW)
        catalog = fill_counts(find_banks(None, [path], include_bundled=False), store, NOW)
        entry = catalog.entries[0]
        figures = stats(store, bank, now=NOW)
    home = (entry.new, entry.learning, entry.review)
    assert home == study == tuple(figures["due"].values())
    assert study[0] == 20 and sum(study) > 20  # today's new limit, not the 48 unseen cards
    assert figures["cards"]["new"] == 48
    from quiz.cli import main

    assert main(["stats", "--profile", "ann", "--bank", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Due today    {due_line(figures['due'])}" in out
    assert "(introduction)" in out and "(lead)" not in out


def test_the_apps_stats_summary_uses_the_same_words() -> None:
    from quiz.tui.screens.stats import summary_text

    text = summary_text({"due": {"new": 9, "learning": 1, "review": 0}, "cards": {}})
    assert "Due today[/b]   new 9 · learning 1 · review 0" in text
