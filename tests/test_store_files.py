"""The data directory's files: no symlink followed, special files refused, temporary files
of killed writers removed, and only the store modules open profile files."""

from __future__ import annotations

import ast
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import ROOT

from quiz.errors import QuizError
from quiz.learning.schedule import Rating, Scheduler
from quiz.learning.store import ReviewRecord, list_profiles, open_store, profile_in_use

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def answer(store, qid: str) -> None:
    before = store.card("bank", qid)
    after, _ = Scheduler().review(before, Rating.Good, NOW)
    store.record_answer(after, ReviewRecord("bank", qid, 3, NOW, status=before.status))


def _profile(data_dir: Path) -> Path:
    with open_store(data_dir, "ann") as store:
        answer(store, "q1")
        store.compact()
        return store.path


@pytest.mark.parametrize(
    "name", ["review-log.jsonl", "progress-journal.jsonl", "progress.json", "lock", "owner"]
)
def test_a_symlink_in_a_profile_is_never_followed(data_dir: Path, tmp_path: Path, name) -> None:
    folder = _profile(data_dir)
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"precious\n")
    (folder / name).unlink()
    (folder / name).symlink_to(outside)
    if name == "owner":  # only informational: the link is left alone, never followed
        with open_store(data_dir, "ann") as store:
            answer(store, "q2")
    else:
        with pytest.raises(QuizError) as caught:
            with open_store(data_dir, "ann") as store:
                answer(store, "q2")
                store.compact()
        assert "symbolic link" in str(caught.value) or "not a regular file" in str(caught.value)
        assert "\n" not in str(caught.value)
    assert outside.read_bytes() == b"precious\n"


def test_a_symlinked_profile_folder_is_refused(data_dir: Path, tmp_path: Path) -> None:
    folder = _profile(data_dir)
    elsewhere = tmp_path / "elsewhere"
    folder.rename(elsewhere)
    folder.symlink_to(elsewhere, target_is_directory=True)
    before = sorted(p.name for p in elsewhere.iterdir())
    with pytest.raises(QuizError, match="symbolic link"):
        open_store(data_dir, "ann", create=False)
    assert sorted(p.name for p in elsewhere.iterdir()) == before
    assert "ann" not in list_profiles(data_dir)  # a link is not listed as a learner


def test_a_fifo_in_a_profile_is_refused_without_hanging(data_dir: Path) -> None:
    folder = _profile(data_dir)
    (folder / "progress.json").unlink()
    os.mkfifo(folder / "progress.json")
    with pytest.raises(QuizError, match="not a regular file"):
        open_store(data_dir, "ann", readonly=True)


def test_temporary_files_left_by_a_kill_are_removed_at_the_next_open(data_dir: Path) -> None:
    folder = _profile(data_dir)
    for name in (".progress.json.1a2b3c4d.tmp", ".progress.json.bak.5e6f7a8b.tmp"):
        (folder / name).write_bytes(b"half written")
    with open_store(data_dir, "ann", readonly=True):
        pass
    assert (folder / ".progress.json.1a2b3c4d.tmp").exists()  # a reader writes nothing
    with open_store(data_dir, "ann") as store:
        assert store.card("bank", "q1").reps == 1
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_files_honour_the_umask(data_dir: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = _profile(data_dir)
    finally:
        os.umask(old)
    assert (folder / "progress.json").stat().st_mode & 0o777 == 0o644
    assert (folder / "review-log.jsonl").stat().st_mode & 0o777 == 0o644


def test_profile_in_use_follows_the_store_lock(data_dir: Path) -> None:
    _profile(data_dir)
    assert not profile_in_use(data_dir, "ann")
    with open_store(data_dir, "ann"):
        assert profile_in_use(data_dir, "ann")
    assert not profile_in_use(data_dir, "ann")


# ---------------------------------------------------------------- only the store opens them

STORE_MODULES = ("quiz.learning.store", "quiz.learning.profiles")


def test_only_the_store_modules_open_profile_files(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every open of a file below ``profiles/`` while stats, the class report, the home
    screen's assignments, serve's learner list and the lock check run comes from a store
    module (a Python audit hook sees each open and the code that asked for it)."""
    from quiz.bank import bundled_banks, load_bank
    from quiz.classroom import classes, report, serve
    from quiz.learning.stats import stats

    bank = load_bank(bundled_banks()[0])
    classes.create_class(data_dir, "Lab")
    classes.add_students(data_dir, "Lab", ["ann", "bob"])
    with open_store(data_dir, "ann") as store:
        answer(store, bank.questions[0].id)
    offenders: list[str] = []
    active = [True]

    def hook(event: str, args: tuple) -> None:
        if event != "open" or not active[0] or not isinstance(args[0], str | bytes | int):
            return
        path = args[0]
        if isinstance(path, int):
            return
        path = os.fsdecode(path)
        frame = sys._getframe(1)
        while frame is not None and not frame.f_globals.get("__name__", "").startswith("quiz."):
            frame = frame.f_back
        if frame is None:
            return
        module = frame.f_globals["__name__"]
        inside = path.startswith(str(data_dir / "profiles")) or "/" not in path
        if inside and not module.startswith(STORE_MODULES):
            offenders.append(f"{module} opened {path}")

    sys.addaudithook(hook)
    try:
        with open_store(data_dir, "ann", readonly=True) as store:
            stats(store, bank, now=NOW)
        report.class_report(data_dir, "Lab", now=NOW)
        classes.assignments_for(data_dir, "ann", now=NOW)
        serve.learner_names(data_dir, "Lab")
        serve.profile_in_use(data_dir, "ann")
    finally:
        active[0] = False
    assert offenders == []


def test_no_other_module_names_the_store_files() -> None:
    """The file names of a profile appear in the store modules only (no second reader)."""
    names = {
        "progress.json",
        "progress-journal.jsonl",
        "review-log.jsonl",
        "session-log.jsonl",
        "cards.json",
        "journal.jsonl",
        "reviews.jsonl",
        "profile.json",
    }
    found = []
    for path in sorted((ROOT / "quiz").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if module.startswith(STORE_MODULES):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.value in names or node.value in ("lock", "owner"):
                    found.append(f"{module}: {node.value!r}")
    assert found == []
