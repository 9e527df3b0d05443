"""Progress store: profiles, persistence, crash safety, corrupt files, locking, regeneration."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.errors import QuizError
from quiz.learning.schedule import CardState, Rating, Scheduler
from quiz.learning.store import (
    DEFAULT_SETTINGS,
    ReviewRecord,
    add_profile,
    default_profile,
    list_profiles,
    open_store,
    remove_profile,
    rename_profile,
    validate_profile_name,
)

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def answer(store, qid: str, rating: Rating = Rating.Good, when: datetime = NOW, **extra):
    before = store.card("bank", qid)
    after, _ = Scheduler().review(before, rating, when)
    record = ReviewRecord("bank", qid, int(rating), when, status=before.status, **extra)
    return store.record_answer(after, record)


# ---------------------------------------------------------------- profiles


@pytest.mark.parametrize(
    "name", ["", "   ", "a/b", "a\\b", "..", "x..y", "tab\there", "bell\x07", "n" * 41]
)
def test_bad_profile_names_are_refused(name: str) -> None:
    with pytest.raises(QuizError):
        validate_profile_name(name)


def test_profile_lifecycle(data_dir: Path) -> None:
    assert list_profiles(data_dir) == []
    assert default_profile(data_dir) == "default"
    add_profile(data_dir, "Ann")
    assert default_profile(data_dir) == "Ann"
    add_profile(data_dir, "Zoë Ω")
    assert list_profiles(data_dir) == ["Ann", "Zoë Ω"]
    assert default_profile(data_dir) == "default"
    with pytest.raises(QuizError, match="already exists"):
        add_profile(data_dir, "ann")
    with open_store(data_dir, "Ann") as store:
        answer(store, "q1")
    rename_profile(data_dir, "Ann", "Anne")
    assert list_profiles(data_dir) == ["Anne", "Zoë Ω"]
    with open_store(data_dir, "Anne", create=False) as store:
        assert store.card("bank", "q1").reps == 1
    with pytest.raises(QuizError, match="already exists"):
        rename_profile(data_dir, "Anne", "zoë ω")
    remove_profile(data_dir, "Anne")
    assert list_profiles(data_dir) == ["Zoë Ω"]
    with pytest.raises(QuizError, match="no profile named"):
        remove_profile(data_dir, "Anne")


def test_same_slug_names_get_separate_folders(data_dir: Path) -> None:
    first = add_profile(data_dir, "Ann!")
    second = add_profile(data_dir, "Ann?")
    assert first != second
    assert list_profiles(data_dir) == ["Ann!", "Ann?"]


# ---------------------------------------------------------------- persistence


def test_round_trip_cards_reviews_settings_sessions_flags(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as store:
        answer(store, "q1", given="Baku", verdict="right", duration=3.5, mode="practice")
        answer(store, "q2", Rating.Again, assignment="hw1")
        store.flag("bank", "q3", "answer is wrong")
        store.update_settings(new_per_day=5, theme="dark", custom={"a": 1})
        session_id = store.save_session({"bank": "bank", "score": 3, "meta": {"assignment": "a"}})
    with open_store(data_dir, "ann") as store:
        assert store.card("bank", "q1").status == "learning"
        assert store.card("bank", "q2").reps == 1
        assert store.card("bank", "new-one").is_new
        assert store.flagged("bank") == {"q3": "answer is wrong"}
        reviews = list(store.iter_reviews())
        assert [(r.qid, r.rating, r.given, r.mode) for r in reviews] == [
            ("q1", 3, "Baku", "practice"),
            ("q2", 1, None, "study"),
        ]
        assert reviews[0].duration == 3.5 and reviews[1].assignment == "hw1"
        settings = store.settings()
        assert settings["new_per_day"] == 5 and settings["reviews_per_day"] == 200
        assert settings["custom"] == {"a": 1}
        assert store.sessions() == [
            {"bank": "bank", "score": 3, "meta": {"assignment": "a"}, "id": session_id}
        ]
        store.unflag("bank", "q3")
        assert store.flagged("bank") == {}


def test_card_returns_a_copy(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as store:
        answer(store, "q1")
        card = store.card("bank", "q1")
        card.suspended = True
        card.tags.append("mine")
        assert not store.card("bank", "q1").suspended
        assert store.card("bank", "q1").tags == []
        assert store.peek_card("bank", "q1") == store.card("bank", "q1")


def test_undo_removes_log_entry_and_restores_card(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as store:
        answer(store, "q1")
        before = store.card("bank", "q1")
        record = answer(store, "q1", when=NOW + timedelta(minutes=10))
        store.undo_answer(record.id, before)
        assert store.card("bank", "q1") == before
    with open_store(data_dir, "ann") as store:
        assert store.card("bank", "q1") == before
        assert len(list(store.iter_reviews())) == 1
        with pytest.raises(QuizError, match="can no longer be undone"):
            store.undo_answer(1, CardState("bank", "q1"))


def test_reviews_since_reads_only_recent(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as store:
        for day in range(5):
            answer(store, f"q{day}", when=NOW + timedelta(days=day))
    with open_store(data_dir, "ann") as store:
        answer(store, "q9", when=NOW + timedelta(days=6))
        recent = store.reviews_since(NOW + timedelta(days=3))
        assert [r.qid for r in recent] == ["q3", "q4", "q9"]
        assert [r.id for r in recent] == [4, 5, 6]


def test_regeneration_retires_vanished_questions_and_keeps_progress(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as store:
        answer(store, "q1")
        answer(store, "q2")
        assert store.sync_bank("bank", ["q1", "q3"]) == (1, 0)
        assert store.card("bank", "q2").retired
        assert store.card("bank", "q1").reps == 1 and not store.card("bank", "q1").retired
    with open_store(data_dir, "ann") as store:
        assert store.card("bank", "q2").retired and store.card("bank", "q2").reps == 1
        assert store.sync_bank("bank", ["q1", "q2"]) == (0, 1)
        assert not store.card("bank", "q2").retired


def test_readonly_open_sees_answers_and_refuses_writes(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as writer:
        answer(writer, "q1")
        with open_store(data_dir, "ann", readonly=True) as reader:
            assert reader.card("bank", "q1").reps == 1
            assert len(list(reader.iter_reviews())) == 1
            with pytest.raises(QuizError, match="read-only"):
                reader.flag("bank", "q1", "x")
            with pytest.raises(QuizError, match="read-only"):
                reader.update_settings(theme="x")


def test_newer_schema_is_refused(data_dir: Path) -> None:
    folder = add_profile(data_dir, "ann")
    data = json.loads((folder / "profile.json").read_text())
    data["meta"]["1"]["schema"] = 99
    (folder / "profile.json").write_text(json.dumps(data))
    with pytest.raises(QuizError, match="newer quiz"):
        open_store(data_dir, "ann")


# ---------------------------------------------------------------- processes

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from quiz.learning.schedule import Rating, Scheduler
    from quiz.learning.store import ReviewRecord, open_store

    store = open_store(sys.argv[1], "ann")
    print("ready", flush=True)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    i = 0
    while True:
        qid = f"q{i}"
        before = store.card("bank", qid)
        after, _ = Scheduler().review(before, Rating.Good, now)
        store.record_answer(after, ReviewRecord("bank", qid, 3, now, status="new"))
        print(qid, flush=True)
        i += 1
        now += timedelta(seconds=1)
    """
)


def _start_writer(data_dir: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def test_second_opener_gets_clear_error(data_dir: Path) -> None:
    with open_store(data_dir, "ann"):
        with pytest.raises(
            QuizError, match=rf"'ann' is open in another window \(pid {os.getpid()}\)"
        ):
            open_store(data_dir, "ann", lock_timeout=0.05)
        with pytest.raises(QuizError, match="open in another window"):
            remove_profile(data_dir, "ann")
    child = _start_writer(data_dir)
    try:
        with pytest.raises(QuizError, match=rf"open in another window \(pid {child.pid}\)"):
            open_store(data_dir, "ann", lock_timeout=0.05)
    finally:
        child.kill()
        child.wait()
    with open_store(data_dir, "ann", lock_timeout=1):
        pass


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("desired_retention", 1.5),
        ("new_per_day", -1),
        ("new_per_day", 2.5),
        ("reviews_per_day", "many"),
        ("day_start_hour", 24),
        ("new_per_day", True),
    ],
)
def test_bad_settings_are_refused(data_dir: Path, key: str, value: object) -> None:
    with open_store(data_dir, "ann") as store:
        with pytest.raises(QuizError, match=f"setting {key} must be"):
            store.update_settings(**{key: value})
        assert store.settings()[key] == DEFAULT_SETTINGS[key]


def test_hand_edited_bad_setting_falls_back_to_default(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as store:
        store.update_settings(theme="dark")
        store.compact()
        snapshot = store.path / "progress.json"
    data = json.loads(snapshot.read_text())
    data["settings"]["1"]["desired_retention"] = 7
    snapshot.write_text(json.dumps(data))
    with open_store(data_dir, "ann") as store:
        assert store.settings()["desired_retention"] == 0.9
        assert store.settings()["theme"] == "dark"
