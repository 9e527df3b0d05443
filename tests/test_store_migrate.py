"""A profile written by quiz 0.1 (schema 1) opens with every card state, answer, setting and
session intact; the old files stay untouched until the migration succeeded.

``tests/data/profile-v1`` was written by the 0.1 release's own store (two study periods, an
undone answer, a flag, a suspended and tagged card, a buried card, a retired bank, session
summaries with their answers, the second period killed before compaction with a torn journal
line), and ``expected.json`` is what that release's store read back from it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from quiz.errors import QuizError
from quiz.learning import store_meta
from quiz.learning.schedule import CardState
from quiz.learning.store import list_profiles, open_store, read_reviews

FIXTURE = ROOT / "tests" / "data" / "profile-v1"
OLD_FILES = ["cards.json", "cards.json.bak", "journal.jsonl", "profile.json", "reviews.jsonl"]


@pytest.fixture
def old_profile(data_dir: Path) -> Path:
    shutil.copytree(FIXTURE / "profiles", data_dir / "profiles")
    return data_dir / "profiles" / "zoe"


def expected() -> dict:
    return json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))


def check_field_by_field(store, want: dict) -> None:
    assert store.name == want["name"]
    assert store.settings() == want["settings"]
    cards = sorted(store.cards(), key=lambda c: c.key)
    assert len(cards) == len(want["cards"]) == 8
    for card, raw in zip(cards, want["cards"], strict=True):
        old = CardState.from_dict(raw)
        for name in CardState.__slots__:
            assert getattr(card, name) == getattr(old, name), (card.key, name)
    reviews = list(store.iter_reviews())
    assert len(reviews) == len(want["reviews"]) == 27 == store.review_count()
    assert store.review_count("rome") == 1
    for review, raw in zip(reviews, want["reviews"], strict=True):
        assert review.to_dict() == raw  # id, bank, qid, rating, time, status, mode, d, g, v, a
    sessions = store.sessions()
    assert len(sessions) == len(want["sessions"]) == 2
    for session, old in zip(sessions, want["sessions"], strict=True):
        old = {k: v for k, v in old.items() if k != "answers"}  # answers live in the log
        assert session == old


def test_old_profile_is_migrated_field_by_field(old_profile: Path) -> None:
    before = {name: (old_profile / name).read_bytes() for name in OLD_FILES}
    assert list_profiles(old_profile.parent.parent) == ["Zoë Ω"]
    with open_store(old_profile.parent.parent, "Zoë Ω", readonly=True) as reader:
        check_field_by_field(reader, expected())  # read-only: read in place, nothing written
    assert {name: (old_profile / name).read_bytes() for name in OLD_FILES} == before
    with open_store(old_profile.parent.parent, "zoë ω") as store:
        check_field_by_field(store, expected())
    remaining = sorted(p.name for p in old_profile.iterdir())
    assert "cards.json" not in remaining and "reviews.jsonl" not in remaining
    assert "journal.jsonl" not in remaining
    meta = json.loads((old_profile / "profile.json").read_text())
    assert meta == {"meta": {"1": {"name": "Zoë Ω", "schema": 2}}}
    with open_store(old_profile.parent.parent, "Zoë Ω") as store:  # and again, as schema 2
        check_field_by_field(store, expected())
        assert store.card("athens", "q3").flagged == "answer is wrong"
        assert store.card("athens", "q9").tags == ["mine", "hard"]
    assert len(read_reviews(old_profile.parent.parent, "Zoë Ω", assignments_only=True)) == 1


def test_a_migration_cut_short_leaves_the_old_profile_intact(
    old_profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {name: (old_profile / name).read_bytes() for name in OLD_FILES}

    def killed(self, data):
        raise KeyboardInterrupt  # the process dies just before the commit point

    monkeypatch.setattr(store_meta.FolderJSONStorage, "write", killed)
    with pytest.raises(KeyboardInterrupt):
        open_store(old_profile.parent.parent, "Zoë Ω")
    monkeypatch.undo()
    assert {name: (old_profile / name).read_bytes() for name in OLD_FILES} == before
    with open_store(old_profile.parent.parent, "Zoë Ω") as store:
        check_field_by_field(store, expected())


def test_a_corrupt_old_snapshot_is_refused_and_kept(old_profile: Path) -> None:
    (old_profile / "cards.json").write_bytes(b"{broken")
    with pytest.raises(QuizError, match="cards.json is corrupt") as caught:
        open_store(old_profile.parent.parent, "Zoë Ω")
    assert str(old_profile / "cards.json.bak") in str(caught.value)
    assert (old_profile / "cards.json").read_bytes() == b"{broken"
    assert (old_profile / "reviews.jsonl").exists()
