"""The progress journal written in place into zero-filled space: an answer changes no file
size, torn lines in that space are skipped, a failed write leaves nothing behind."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quiz.errors import QuizError
from quiz.learning import store_files, store_journal
from quiz.learning.schedule import Rating, Scheduler
from quiz.learning.store import ReviewRecord, open_store, read_cards, read_reviews

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def answer(store, qid: str) -> ReviewRecord:
    before = store.card("bank", qid)
    after, _ = Scheduler().review(before, Rating.Good, NOW)
    return store.record_answer(after, ReviewRecord("bank", qid, 3, NOW, status=before.status))


def _journal(store) -> Path:
    return store.path / "progress-journal.jsonl"


def test_an_answer_is_written_into_space_made_ahead_and_changes_no_file_size(
    data_dir: Path,
) -> None:
    with open_store(data_dir, "ann") as store:
        journal = _journal(store)
        size = journal.stat().st_size
        lines = journal.read_bytes().rstrip(b"\0")
        answer(store, "q1")
        assert journal.stat().st_size == size  # no metadata for the sync to commit
        data = journal.read_bytes()
        grown = data.rstrip(b"\0")
        assert grown.startswith(lines) and grown.endswith(b"\n") and len(grown) > len(lines)
        assert data[len(grown) :] == b"\0" * (size - len(grown))
    assert [r.qid for r in read_reviews(data_dir, "ann")] == ["q1"]


def test_the_space_ahead_is_made_again_when_it_is_used_up(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_journal, "MAX_AHEAD", 4096)
    monkeypatch.setattr(store_journal, "MIN_AHEAD", 4096)
    with open_store(data_dir, "ann") as store:
        journal = _journal(store)
        first = journal.stat().st_size
        for number in range(30):  # about 300 bytes each: more than 4 KiB
            answer(store, f"q{number}")
        assert journal.stat().st_size > first
        assert journal.read_bytes().endswith(b"\0")
    with open_store(data_dir, "ann") as store:
        assert len(list(store.iter_reviews())) == 30
        assert all(store.card("bank", f"q{n}").reps == 1 for n in range(30))


@pytest.mark.parametrize("torn", ["cut", "hole"])
def test_a_line_torn_by_a_crash_in_the_space_ahead_is_skipped(
    data_dir: Path, capsys: pytest.CaptureFixture[str], torn: str
) -> None:
    with open_store(data_dir, "ann") as store:
        answer(store, "q1")
        answer(store, "q2")
        journal = _journal(store)
    data = journal.read_bytes()
    lines = data.rstrip(b"\0")
    last = lines[:-1].rsplit(b"\n", 1)[1] + b"\n"
    start = len(lines) - len(last)
    if torn == "cut":  # the crash came before the line's end reached the disk
        half = len(last) // 2
        damaged = data[:start] + last[:half] + b"\0" * (len(last) - half) + data[len(lines) :]
        message = "line 3 is incomplete"
    else:  # a middle page of the line never reached the disk
        hole = b"\0" * 20
        damaged = data[:start] + last[:30] + hole + last[50:] + data[len(lines) :]
        message = "line 3 is not a valid change; skipped"
    journal.write_bytes(damaged)
    assert {c.qid for c in read_cards(data_dir, "ann").values()} == {"q1"}
    assert journal.read_bytes() == damaged  # a reader writes nothing
    assert f"{journal} {message}" in capsys.readouterr().err
    with open_store(data_dir, "ann") as store:  # the writer starts a clean journal
        answer(store, "q3")
    with open_store(data_dir, "ann") as store:
        assert [r.qid for r in store.iter_reviews()] == ["q1", "q3"]
    assert "skipped" not in capsys.readouterr().err


def test_a_write_that_fails_halfway_leaves_no_half_line_before_the_next_answer(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(data_dir, "ann")
    answer(store, "q1")
    real = os.write

    def half_then_full(fd: int, data: bytes) -> int:
        real(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_files.os, "write", half_then_full)
    with pytest.raises(QuizError, match="the disk is full"):
        answer(store, "q2")
    monkeypatch.undo()
    assert not store.has_card("bank", "q2")
    answer(store, "q3")
    store.close()
    with open_store(data_dir, "ann", readonly=True) as reader:
        assert [r.qid for r in reader.iter_reviews()] == ["q1", "q3"]
        assert not reader.has_card("bank", "q2")
    assert "skipped" not in capsys.readouterr().err


def test_a_full_disk_while_making_space_ahead_is_one_line_and_loses_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_journal, "MAX_AHEAD", 4096)
    monkeypatch.setattr(store_journal, "MIN_AHEAD", 4096)
    store = open_store(data_dir, "ann")
    answered = []
    real = os.pwrite

    def full(fd: int, data: bytes, offset: int) -> int:
        if data and not any(data):  # making zero-filled space
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data, offset)

    monkeypatch.setattr(store_journal.os, "pwrite", full)
    with pytest.raises(QuizError, match="the disk is full"):
        for number in range(30):
            answer(store, f"q{number}")
            answered.append(f"q{number}")
    monkeypatch.undo()
    assert answered
    store.close()
    with open_store(data_dir, "ann") as store:
        assert [r.qid for r in store.iter_reviews()] == answered
