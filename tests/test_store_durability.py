"""Progress store under damage: kill -9, crashes inside a compaction, readers racing a
compaction, bad lines, corrupt files, a full disk."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.errors import QuizError
from quiz.learning import store_db, store_files
from quiz.learning.schedule import Rating, Scheduler
from quiz.learning.store import ReviewRecord, open_store, read_cards, read_reviews

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

# A writer answering new cards as fast as it can, folding its journal into the snapshot every
# few answers (so kills and readers meet compactions); prints each answer once it is durable.
WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from quiz.learning import store_db
    from quiz.learning.schedule import Rating, Scheduler
    from quiz.learning.store import ReviewRecord, open_store

    store_db.COMPACT_BYTES = int(sys.argv[2])
    store = open_store(sys.argv[1], "ann", lock_timeout=5)
    start = int(sys.argv[3])
    print("ready", flush=True)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    for i in range(start, start + 100000):
        qid = f"q{i}"
        before = store.card("bank", qid)
        after, _ = Scheduler().review(before, Rating.Good, now)
        store.record_answer(after, ReviewRecord("bank", qid, 3, now, status="new"))
        if i % 7 == 0:
            store.save_session({"bank": "bank", "mode": "study", "total": i})
        print(qid, flush=True)
        now += timedelta(seconds=1)
    """
)


def answer(store, qid: str, when: datetime = NOW) -> ReviewRecord:
    before = store.card("bank", qid)
    after, _ = Scheduler().review(before, Rating.Good, when)
    record = ReviewRecord("bank", qid, int(Rating.Good), when, status=before.status)
    return store.record_answer(after, record)


def start_writer(data_dir: Path, compact_bytes: int, start: int = 0) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), str(compact_bytes), str(start)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def test_thirty_kill_9_at_random_moments_lose_no_acknowledged_answer(data_dir: Path) -> None:
    rng = random.Random(9)
    with open_store(data_dir, "ann") as store:
        store.update_settings(theme="dark")
        answer(store, "before")
    acknowledged: list[str] = []
    start = 0
    for _ in range(30):
        child = start_writer(data_dir, compact_bytes=rng.choice((600, 3000, 1 << 20)), start=start)
        assert child.stdout is not None
        for _ in range(rng.randrange(0, 40)):
            acknowledged.append(child.stdout.readline().strip())
        time.sleep(rng.random() * 0.02)  # sometimes mid-answer, sometimes mid-compaction
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        acknowledged += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]
        start += 100000
    with open_store(data_dir, "ann") as store:
        logged = [r.qid for r in store.iter_reviews()]
        assert logged[0] == "before"
        assert set(acknowledged) <= set(logged)
        assert len(logged) == len(set(logged))  # nothing twice
        assert all(store.card("bank", qid).reps == 1 for qid in acknowledged)
        assert {r.qid for r in store.iter_reviews()} == {c.qid for c in store.cards()}
        assert store.review_count() == len(logged) == store.review_count("bank")
        assert store.settings()["theme"] == "dark"
        ids = [r.id for r in store.iter_reviews()]
        assert ids == sorted(set(ids))
        leftovers = [n for n in os.listdir(store.path) if n.endswith(".tmp")]
        assert leftovers == []  # temporary files of killed writers are gone
    with open_store(data_dir, "ann") as store:  # and it reopens cleanly
        assert [r.qid for r in store.iter_reviews()] == logged


def test_reader_during_compaction_never_sees_half_an_answer(data_dir: Path) -> None:
    """A review in the log always comes with the card state it produced (reps 1), however a
    read-only reader's reads interleave with the writer's compactions."""
    with open_store(data_dir, "ann"):
        pass
    child = start_writer(data_dir, compact_bytes=400)  # a compaction every couple of answers
    checked = 0
    try:
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            with open_store(data_dir, "ann", readonly=True) as reader:
                reviewed = {r.qid for r in reader.iter_reviews()}
                answered = {c.qid for c in reader.cards() if c.reps == 1}
            assert reviewed == answered
            checked += bool(reviewed)
    finally:
        child.kill()
        child.wait()
    assert checked > 10


def test_crash_inside_compaction_duplicates_and_loses_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(data_dir, "ann") as store:
        answer(store, "q0")
    for failing in ("snapshot", "journal"):
        store = open_store(data_dir, "ann")
        answer(store, f"q-{failing}")
        real = store_files.Folder.replace

        def crash(self, name, data, *, backup=False, failing=failing, real=real):
            target = store_db.SNAPSHOT if failing == "snapshot" else store_db.JOURNAL
            if name == target:
                raise KeyboardInterrupt  # the process dies here
            real(self, name, data, backup=backup)

        monkeypatch.setattr(store_files.Folder, "replace", crash)
        with pytest.raises(KeyboardInterrupt):
            store.compact()  # the log was appended; then the crash
        monkeypatch.setattr(store_files.Folder, "replace", real)
        store.close()
    with open_store(data_dir, "ann") as store:
        assert [r.qid for r in store.iter_reviews()] == ["q0", "q-snapshot", "q-journal"]
        assert [r.id for r in store.iter_reviews()] == [1, 2, 3]
        answer(store, "q3")
    with open_store(data_dir, "ann") as store:
        assert [r.id for r in store.iter_reviews()] == [1, 2, 3, 4]
        assert all(c.reps == 1 for c in store.cards())


def test_closing_does_not_rewrite_the_snapshot(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as store:
        answer(store, "q0")
        store.compact()
        snapshot = (store.path / "progress.json").read_bytes()
        answer(store, "q1")
    assert (store.path / "progress.json").read_bytes() == snapshot
    with open_store(data_dir, "ann") as store:
        assert store.card("bank", "q1").reps == 1


# ---------------------------------------------------------------- damaged files


def _profile_with_log(data_dir: Path) -> Path:
    with open_store(data_dir, "ann") as store:
        for qid in ("q1", "q2", "q3"):
            answer(store, qid)
        store.compact()
        return store.path


def test_bad_line_in_the_review_log_is_skipped_with_its_line_named(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _profile_with_log(data_dir)
    log = folder / "review-log.jsonl"
    lines = log.read_bytes().split(b"\n")
    damaged = b"\n".join([lines[0], b"{not json", *lines[2:]])
    log.write_bytes(damaged)
    assert [r.qid for r in read_reviews(data_dir, "ann")] == ["q1", "q3"]
    assert f"{log} line 2 is not a valid entry; skipped" in capsys.readouterr().err
    assert log.read_bytes() == damaged  # a reader changes nothing
    from quiz.cli import main

    assert main(["stats", "--profile", "ann", "--json"]) == 0  # no traceback
    with open_store(data_dir, "ann") as store:
        answer(store, "q4")
        assert [r.qid for r in store.iter_reviews()] == ["q1", "q3", "q4"]


def test_bad_journal_lines_are_skipped_and_a_torn_tail_ignored(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(data_dir, "ann") as store:
        answer(store, "q1")
        answer(store, "q2")
        journal = store.path / "progress-journal.jsonl"
    header, first, second, _ = journal.read_bytes().split(b"\n")
    damaged = b"\n".join([header, b"garbage", second, b'{"n": 9, "t": {"ca'])
    journal.write_bytes(damaged)
    assert {c.qid for c in read_cards(data_dir, "ann").values()} == {"q2"}
    assert journal.read_bytes() == damaged
    err = capsys.readouterr().err
    assert f"{journal} line 2 is not a valid change; skipped" in err
    assert f"{journal} line 4 is incomplete" in err
    with open_store(data_dir, "ann") as store:  # the writer starts a clean journal
        assert [r.qid for r in store.iter_reviews()] == ["q2"]
        answer(store, "q3")
    with open_store(data_dir, "ann") as store:
        assert [r.qid for r in store.iter_reviews()] == ["q2", "q3"]


def test_corrupt_snapshot_is_kept_and_backup_named(data_dir: Path) -> None:
    folder = _profile_with_log(data_dir)
    with open_store(data_dir, "ann") as store:
        answer(store, "q4")
        store.compact()
    bad = b'{"_store": {"1": {"format": "quiz-progress/2"'
    (folder / "progress.json").write_bytes(bad)
    with pytest.raises(QuizError) as caught:
        open_store(data_dir, "ann")
    message = str(caught.value)
    assert "corrupt" in message and "left untouched" in message
    assert str(folder / "progress.json.bak") in message
    assert (folder / "progress.json").read_bytes() == bad
    backup = json.loads((folder / "progress.json.bak").read_text())
    assert sorted(c["q"] for c in backup["cards"].values()) == ["q1", "q2", "q3"]
    with pytest.raises(QuizError, match="corrupt"):  # not "open in another window"
        open_store(data_dir, "ann", lock_timeout=0)


def test_corrupt_profile_file_is_never_overwritten(data_dir: Path) -> None:
    folder = _profile_with_log(data_dir)
    (folder / "profile.json").write_text("not json")
    with pytest.raises(QuizError, match="corrupt"):
        open_store(data_dir, "ann")
    assert (folder / "profile.json").read_text() == "not json"


def test_full_disk_while_answering_is_one_line_and_loses_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(data_dir, "ann")
    kept = answer(store, "q1")
    before = store.card("bank", "q2")

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_files.os, "write", full)
    with pytest.raises(QuizError, match="the disk is full") as caught:
        answer(store, "q2")
    assert "\n" not in str(caught.value)
    assert store.card("bank", "q2") == before  # nothing half-applied in memory
    monkeypatch.undo()
    answer(store, "q3")
    store.close()
    with open_store(data_dir, "ann") as store:
        assert [r.qid for r in store.iter_reviews()] == ["q1", "q3"]
        assert [r.id for r in store.iter_reviews()][0] == kept.id
        assert not store.has_card("bank", "q2")


def _lines_size(journal: Path) -> int:
    """Bytes of the journal's lines (the zero-filled space written ahead of them left out)."""
    return len(journal.read_bytes().rstrip(b"\0"))


def test_a_session_summary_costs_one_line_not_a_rewrite(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as store:
        for number in range(200):
            store.save_session({"bank": "b", "total": number, "sections": {"A": {"right": 1}}})
        journal = store.path / "progress-journal.jsonl"
        size, inode = _lines_size(journal), journal.stat().st_ino
        store.save_session({"bank": "b", "total": 1, "sections": {"A": {"right": 1}}})
        assert 0 < _lines_size(journal) - size < 200
        assert journal.stat().st_ino == inode  # written in place, not replaced
        assert len(store.sessions()) == 201


def test_settings_are_read_without_touching_ten_thousand_sessions(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = {"bank": "b", "mode": "practice", "total": 20, "right": 15, "missed": [{"id": "q"}]}
    with open_store(data_dir, "ann") as store:
        store.update_settings(new_per_day=7)
        with store._db.transaction():  # one write for the lot (the test's speed only)
            for number in range(10000):
                store.save_session({**summary, "number": number})
        store.compact()
    opened: list[str] = []
    real = store_files.Folder.open_file

    def watch(self, name):
        opened.append(name)
        return real(self, name)

    monkeypatch.setattr(store_files.Folder, "open_file", watch)
    with open_store(data_dir, "ann", readonly=True) as store:
        assert store.settings()["new_per_day"] == 7
    assert "session-log.jsonl" not in opened  # the 10,000 summaries are not read
    with open_store(data_dir, "ann", readonly=True) as store:
        assert len(store.sessions()) == 10000
    assert "session-log.jsonl" in opened


def test_reviews_since_reads_the_end_of_a_long_log(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as store:
        records = [
            ReviewRecord("bank", f"q{i}", 3, NOW + timedelta(minutes=i), status="new")
            for i in range(3000)
        ]
        store.import_history([], records)
        answer(store, "late", NOW + timedelta(days=5))
        recent = store.reviews_since(NOW + timedelta(minutes=2995))
    assert [r.qid for r in recent] == ["q2995", "q2996", "q2997", "q2998", "q2999", "late"]


def test_review_counts_and_recent_reviews_match_the_whole_log(data_dir: Path) -> None:
    """Statistics count the log without reading it and read only its last days: both agree
    with reading everything, through compactions, undo, two banks and a reopen."""

    def check(store) -> None:
        for bank in (None, "bank", "other"):
            everything = list(store.iter_review_dicts(bank))
            assert store.review_count(bank) == len(everything)
            since = NOW + timedelta(days=3)
            recent = [r for r in everything if datetime.fromisoformat(r["t"]) >= since]
            assert store.review_dicts_since(since, bank) == recent

    with open_store(data_dir, "ann") as store:
        for day in range(6):
            answer(store, f"q{day}", NOW + timedelta(days=day))
            store.put_card(store.card("other", f"o{day}"))
            before = store.card("other", f"o{day}")
            after, _ = Scheduler().review(before, Rating.Again, NOW + timedelta(days=day))
            store.record_answer(
                after, ReviewRecord("other", f"o{day}", 1, NOW + timedelta(days=day))
            )
            if day == 2:
                store.compact()
        check(store)
        last = answer(store, "q9", NOW + timedelta(days=7))
        store.undo_answer(last.id, store.card("bank", "q9"))
        check(store)
    with open_store(data_dir, "ann", readonly=True) as store:
        check(store)
