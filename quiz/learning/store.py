"""Per-learner progress store: card states, review log, settings, sessions, profiles, locking.

Layout of ``data_dir/profiles/<slug>/`` (see the README, "Storage", for why):

* ``profile.json``  TinyDB (atomic temp+fsync+rename storage): meta, settings, sessions.
* ``cards.json``    snapshot of every card state, rewritten atomically at open/close.
* ``journal.jsonl`` append-only journal of changes since the snapshot, one fsync per answer.
* ``reviews.jsonl`` append-only review log (journal answers are moved here at compaction).
* ``*.bak``         last good copies; ``lock`` / ``owner`` the inter-process lock and its pid.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock
from tinydb import TinyDB
from tinydb.storages import Storage

from quiz.atomic import write_bytes_atomic, write_text_atomic
from quiz.errors import QuizError
from quiz.learning.profiles import (
    DEFAULT_PROFILE,
    LOCK_TIMEOUT,
    MAX_NAME,
    acquire_lock,
    add_profile,
    default_profile,
    find_profile,
    list_profiles,
    profiles_dir,
    read_profile_name,
    remove_profile,
    rename_profile,
    validate_profile_name,
)
from quiz.learning.schedule import CardState

__all__ = [  # profile functions are re-exported: ``from quiz.learning.store import list_profiles``
    "DEFAULT_PROFILE",
    "DEFAULT_SETTINGS",
    "LOCK_TIMEOUT",
    "MAX_NAME",
    "AtomicJSONStorage",
    "ReviewRecord",
    "Store",
    "add_profile",
    "check_setting",
    "default_profile",
    "find_profile",
    "list_profiles",
    "open_store",
    "profiles_dir",
    "remove_profile",
    "rename_profile",
    "validate_profile_name",
]

SCHEMA_VERSION = 1
CARDS_FORMAT = "quiz-cards/1"
DEFAULT_SETTINGS: dict[str, Any] = {
    "desired_retention": 0.9,
    "new_per_day": 20,
    "reviews_per_day": 200,
    "day_start_hour": 4,
    "theme": "",
}
SETTING_RANGES: dict[str, tuple[type, float, float]] = {
    "desired_retention": (float, 0.7, 0.97),
    "new_per_day": (int, 0, 9999),
    "reviews_per_day": (int, 0, 99999),
    "day_start_hour": (int, 0, 23),
}
MODES = ("study", "practice", "exam", "cram")
VERDICTS = ("right", "close", "wrong")


def check_setting(key: str, value: Any) -> None:
    """QuizError unless ``value`` suits the known setting ``key`` (unknown keys pass)."""
    if key not in SETTING_RANGES:
        return
    kind, low, high = SETTING_RANGES[key]
    number_ok = isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        number_ok = number_ok and float(value).is_integer()
    if not number_ok or not low <= value <= high:
        raise QuizError(f"setting {key} must be a number from {low:g} to {high:g}, not {value!r}")


def write_profile_meta(folder: Path, name: str) -> None:
    """Create ``profile.json`` for a new learner called ``name`` in ``folder``."""
    db = TinyDB(folder / "profile.json", storage=AtomicJSONStorage)
    db.table("meta").insert({"name": name, "schema": SCHEMA_VERSION})
    db.close()


def set_profile_name(folder: Path, name: str) -> None:
    """Change the display name kept in ``folder/profile.json`` (atomic write)."""
    db = TinyDB(folder / "profile.json", storage=AtomicJSONStorage)
    db.table("meta").update({"name": name}, doc_ids=[1])
    db.close()


# ---------------------------------------------------------------- TinyDB storage


class AtomicJSONStorage(Storage):
    """TinyDB storage writing via temp file + fsync + rename, keeping ``<file>.bak``.

    A file that cannot be parsed is never overwritten: QuizError names the backup.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._good = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if not self.path.exists():
            self._good = True
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except (OSError, ValueError) as exc:
            raise QuizError(_corrupt_message(self.path, exc)) from None
        self._good = True
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if not self._good:
            self.read()
        _backup(self.path)
        write_text_atomic(self.path, json.dumps(data, ensure_ascii=False))

    def close(self) -> None:
        pass


def _backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _backup(path: Path) -> None:
    """Point ``<path>.bak`` at the current (known good) file, atomically."""
    if not path.exists():
        return
    tmp = path.with_name(f".{path.name}.bak.tmp")
    try:
        tmp.unlink(missing_ok=True)
        os.link(path, tmp)
    except OSError:
        shutil.copy2(path, tmp)
    os.replace(tmp, _backup_path(path))


def _corrupt_message(path: Path, exc: object) -> str:
    backup = _backup_path(path)
    where = f"the last good copy is at {backup}" if backup.exists() else "no backup copy exists yet"
    return f"{path} is corrupt ({exc}); it was left untouched; {where}"


# ---------------------------------------------------------------- review records


@dataclass
class ReviewRecord:
    """One answer in the review log (``status`` is the card's status before the answer)."""

    bank: str
    qid: str
    rating: int
    time: datetime
    status: str = "new"
    duration: float | None = None
    given: str | None = None
    verdict: str | None = None
    mode: str = "study"
    assignment: str | None = None
    id: int = 0

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "b": self.bank,
            "q": self.qid,
            "r": self.rating,
            "t": self.time.isoformat(),
            "st": self.status,
            "m": self.mode,
        }
        for key, value in (
            ("d", self.duration),
            ("g", self.given),
            ("v", self.verdict),
            ("a", self.assignment),
        ):
            if value is not None:
                data[key] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewRecord:
        return cls(
            id=int(data["id"]),
            bank=str(data["b"]),
            qid=str(data["q"]),
            rating=int(data["r"]),
            time=datetime.fromisoformat(data["t"]),
            status=str(data.get("st", "new")),
            duration=data.get("d"),
            given=data.get("g"),
            verdict=data.get("v"),
            mode=str(data.get("m", "study")),
            assignment=data.get("a"),
        )


@dataclass
class _Pending:
    """Journal content not yet compacted: answers (by review id) and undone review ids."""

    reviews: dict[int, dict[str, Any]] = field(default_factory=dict)
    ops: int = 0


# ---------------------------------------------------------------- the store


class Store:
    """One learner's progress; open with :func:`open_store`, use as a context manager."""

    def __init__(
        self, folder: Path, name: str, lock: FileLock | None, *, readonly: bool = False
    ) -> None:
        self.path = folder
        self.name = name
        self.readonly = readonly
        self._lock = lock
        self._cards: dict[tuple[str, str], CardState] = {}
        self._seq = 0
        self._next_review = 1
        self._pending = _Pending()
        self._journal: Any = None
        self._db = TinyDB(folder / "profile.json", storage=AtomicJSONStorage)
        self._migrate()
        self._load_cards()
        if not readonly:
            self.compact()
            self._journal = open(self._journal_path, "ab")  # noqa: SIM115 - kept open while in use

    # -- files
    @property
    def _snapshot_path(self) -> Path:
        return self.path / "cards.json"

    @property
    def _journal_path(self) -> Path:
        return self.path / "journal.jsonl"

    @property
    def reviews_path(self) -> Path:
        return self.path / "reviews.jsonl"

    # -- lifecycle
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Compact the journal into the snapshot and release the lock (safe to call twice)."""
        if self._journal is None:
            self._db.close()
            return
        self._journal.close()
        self._journal = None
        try:
            self.compact()
        finally:
            self._db.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def _migrate(self) -> None:
        meta = self._db.table("meta")
        doc = meta.get(doc_id=1)
        if self.readonly:
            if doc is not None and int(doc.get("schema", 1)) != SCHEMA_VERSION:
                raise QuizError(f"profile {self.name!r} needs upgrading: open it for study first")
            return
        if doc is None:
            meta.insert({"name": self.name, "schema": SCHEMA_VERSION})
            return
        version = int(doc.get("schema", 1))
        if version > SCHEMA_VERSION:
            raise QuizError(
                f"profile {self.name!r} was written by a newer quiz (schema {version}); "
                "upgrade quiz to open it"
            )
        for step in range(version, SCHEMA_VERSION):
            MIGRATIONS[step](self)
        if version != SCHEMA_VERSION:
            meta.update({"schema": SCHEMA_VERSION}, doc_ids=[1])

    def _load_cards(self) -> None:
        snapshot_seq = 0
        if self._snapshot_path.exists():
            try:
                data = json.loads(self._snapshot_path.read_text(encoding="utf-8"))
                if data.get("format") != CARDS_FORMAT:
                    raise ValueError(f"unknown format {data.get('format')!r}")
                for raw in data["cards"]:
                    card = CardState.from_dict(raw)
                    self._cards[card.key] = card
                snapshot_seq = int(data.get("seq", 0))
                self._next_review = int(data.get("next_review", 1))
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                raise QuizError(
                    f"profile {self.name!r}: " + _corrupt_message(self._snapshot_path, exc)
                ) from None
        self._seq = snapshot_seq
        self._replay_journal(snapshot_seq)
        logged = self._last_logged_review_id(repair=not self.readonly)
        self._next_review = max(self._next_review, logged + 1)

    def _replay_journal(self, after_seq: int) -> None:
        if not self._journal_path.exists():
            return
        lines = self._journal_path.read_bytes().split(b"\n")
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                op = json.loads(line)
                if int(op["n"]) > after_seq:
                    self._apply(op)
            except (ValueError, KeyError, TypeError) as exc:
                if number == len(lines):  # torn last line: the answer in flight, not acknowledged
                    break
                raise QuizError(
                    f"profile {self.name!r}: {self._journal_path} is corrupt at line {number} "
                    f"({exc}); it was left untouched; the last good copy is at "
                    f"{self._snapshot_path}"
                ) from None

    def _apply(self, op: dict[str, Any], cards: list[CardState] | None = None) -> None:
        self._seq = max(self._seq, int(op["n"]))
        if cards is None:
            cards = [CardState.from_dict(raw) for raw in op.get("cards", ())]
        for card in cards:
            self._cards[card.key] = card
        if "review" in op:
            review = op["review"]
            self._pending.reviews[int(review["id"])] = review
            self._next_review = max(self._next_review, int(review["id"]) + 1)
        if "undo" in op:
            self._pending.reviews.pop(int(op["undo"]), None)
        self._pending.ops += 1

    def _write(self, op: dict[str, Any], cards: list[CardState] | None = None) -> None:
        """Append one operation to the journal and fsync it: durable when this returns.

        ``cards`` are the objects behind ``op["cards"]`` (kept as they are, not re-parsed)."""
        if self._journal is None:
            state = "opened read-only" if self.readonly else "closed"
            raise QuizError(f"profile {self.name!r} is {state}")
        self._seq += 1
        op["n"] = self._seq
        self._journal.write(json.dumps(op, ensure_ascii=False).encode("utf-8") + b"\n")
        self._journal.flush()
        os.fsync(self._journal.fileno())
        self._apply(op, cards)

    def _writable(self) -> None:
        if self.readonly:
            raise QuizError(f"profile {self.name!r} is opened read-only")

    def compact(self) -> None:
        """Move journal answers to the review log, write the snapshot, empty the journal."""
        if self._pending.ops == 0 and self._snapshot_path.exists():
            return
        self._append_reviews(self._pending.reviews.values())
        data = {
            "format": CARDS_FORMAT,
            "schema": SCHEMA_VERSION,
            "seq": self._seq,
            "next_review": self._next_review,
            "cards": [card.to_dict() for card in self._cards.values()],
        }
        _backup(self._snapshot_path)
        write_text_atomic(self._snapshot_path, json.dumps(data, ensure_ascii=False))
        reopen = self._journal is not None
        if reopen:
            self._journal.close()
        write_bytes_atomic(self._journal_path, b"")
        if reopen:
            self._journal = open(self._journal_path, "ab")  # noqa: SIM115
        self._pending = _Pending()

    def _append_reviews(self, reviews: Iterable[dict[str, Any]]) -> None:
        last_id = self._last_logged_review_id()
        fresh = [r for r in sorted(reviews, key=lambda r: r["id"]) if r["id"] > last_id]
        if not fresh:
            return
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in fresh)
        with open(self.reviews_path, "ab") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())

    def _last_logged_review_id(self, *, repair: bool = True) -> int:
        """Id of the last complete line of reviews.jsonl (with ``repair`` a torn tail left by
        a crash is cut off first; it is also still in the journal)."""
        if not self.reviews_path.exists():
            return 0
        with open(self.reviews_path, "rb+" if repair else "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            tail = b""
            position = size
            while position > 0 and tail.count(b"\n") < 2:
                step = min(4096, position)
                position -= step
                handle.seek(position)
                tail = handle.read(step) + tail
            if tail and not tail.endswith(b"\n"):
                cut = tail.rfind(b"\n") + 1
                if repair:
                    handle.truncate(position + cut)  # drop a torn line left by a crash
                tail = tail[:cut]
            lines = [line for line in tail.split(b"\n") if line.strip()]
        if not lines:
            return 0
        try:
            return int(json.loads(lines[-1])["id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise QuizError(
                f"{self.reviews_path} is corrupt ({exc}); it was left untouched"
            ) from None

    # -- cards
    def card(self, bank: str, qid: str) -> CardState:
        """A copy of the stored state of a question, or a fresh new card (not stored until
        changed): change it freely and ``put_card`` it."""
        found = self._cards.get((bank, qid))
        if found is None:
            return CardState(bank=bank, qid=qid)
        return replace(found, tags=list(found.tags))

    def peek_card(self, bank: str, qid: str) -> CardState:
        """Like :meth:`card` without the copy (fast, for scanning): never modify the result."""
        found = self._cards.get((bank, qid))
        return found if found is not None else CardState(bank=bank, qid=qid)

    def has_card(self, bank: str, qid: str) -> bool:
        return (bank, qid) in self._cards

    def cards(self, bank: str | None = None) -> list[CardState]:
        """Stored card states (of one bank, or all)."""
        if bank is None:
            return list(self._cards.values())
        return [c for c in self._cards.values() if c.bank == bank]

    def banks(self) -> list[str]:
        """Keys of the banks this learner has progress in."""
        return sorted({bank for bank, _ in self._cards})

    def put_card(self, card: CardState) -> None:
        """Durably store one card state."""
        card = replace(card, tags=list(card.tags))
        self._write({"cards": [card.to_dict()]}, [card])

    def put_cards(self, cards: Iterable[CardState]) -> None:
        """Durably store many card states with one fsync."""
        copies = [replace(card, tags=list(card.tags)) for card in cards]
        if copies:
            self._write({"cards": [card.to_dict() for card in copies]}, copies)

    def record_answer(self, card: CardState, review: ReviewRecord) -> ReviewRecord:
        """Durably store an answer: the card's new state and its log entry, in one write."""
        review.id = self._next_review
        card = replace(card, tags=list(card.tags))
        self._write({"cards": [card.to_dict()], "review": review.to_dict()}, [card])
        return review

    def undo_answer(self, review_id: int, previous: CardState) -> None:
        """Durably restore ``previous`` and drop review ``review_id`` from the log.

        Only answers given since this store was opened can be undone.
        """
        if review_id not in self._pending.reviews:
            raise QuizError("that answer can no longer be undone")
        previous = replace(previous, tags=list(previous.tags))
        self._write({"cards": [previous.to_dict()], "undo": review_id}, [previous])

    def import_history(self, cards: Iterable[CardState], reviews: Iterable[ReviewRecord]) -> int:
        """Bulk-add card states and past answers (from another app, or a benchmark).

        Cards go through the journal; reviews are appended to the log in time order with
        fresh ids (one fsync each). Returns the number of reviews added."""
        self._writable()
        self.put_cards(cards)
        records = sorted(reviews, key=lambda r: r.time)
        for record in records:
            record.id = self._next_review
            self._next_review += 1
        self._append_reviews(r.to_dict() for r in records)
        return len(records)

    def sync_bank(self, bank: str, question_ids: Iterable[str]) -> tuple[int, int]:
        """After (re)generating a bank: retire cards whose question vanished, restore returning
        ones. New questions need nothing (they are new cards). Returns (retired, restored)."""
        present = set(question_ids)
        changed: list[CardState] = []
        retired = restored = 0
        for card in self.cards(bank):
            if card.qid not in present and not card.retired:
                card = CardState.from_dict({**card.to_dict(), "retired": True})
                retired += 1
                changed.append(card)
            elif card.qid in present and card.retired:
                raw = card.to_dict()
                raw.pop("retired")
                changed.append(CardState.from_dict(raw))
                restored += 1
        self.put_cards(changed)
        return retired, restored

    # -- flags
    def flag(self, bank: str, qid: str, reason: str = "flagged") -> None:
        """Flag a question (e.g. "wrong answer"); flagged cards leave the study queue."""
        self.put_card(replace(self.peek_card(bank, qid), flagged=reason.strip() or "flagged"))

    def unflag(self, bank: str, qid: str) -> None:
        self.put_card(replace(self.peek_card(bank, qid), flagged=""))

    def flagged(self, bank: str) -> dict[str, str]:
        """Question id -> flag reason for one bank."""
        return {c.qid: c.flagged for c in self.cards(bank) if c.flagged}

    # -- review log
    def iter_reviews(self, bank: str | None = None) -> Iterator[ReviewRecord]:
        """Every answer in time order (streamed from disk, then the uncompacted ones)."""
        for raw in self.iter_review_dicts(bank):
            yield ReviewRecord.from_dict(raw)

    def iter_review_dicts(self, bank: str | None = None) -> Iterator[dict[str, Any]]:
        """Like :meth:`iter_reviews` but the raw log entries (keys as in
        ``ReviewRecord.to_dict``: id, b, q, r, t, st, m, d, g, v, a): fast for statistics."""
        last_id = 0
        if self.reviews_path.exists():
            with open(self.reviews_path, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        raw = json.loads(line)
                    except ValueError as exc:
                        if not line.endswith("\n"):
                            break
                        raise QuizError(
                            f"{self.reviews_path} is corrupt at line {number} ({exc}); "
                            "it was left untouched"
                        ) from None
                    last_id = raw["id"]
                    if bank is None or raw.get("b") == bank:
                        yield raw
        for raw in sorted(self._pending.reviews.values(), key=lambda r: r["id"]):
            if raw["id"] > last_id and (bank is None or raw.get("b") == bank):
                yield raw

    def reviews_since(self, since: datetime, bank: str | None = None) -> list[ReviewRecord]:
        """Answers at or after ``since`` (reads the log backwards: cheap for "today")."""
        found = [
            ReviewRecord.from_dict(r)
            for r in self._pending.reviews.values()
            if bank is None or r.get("b") == bank
        ]
        for raw in self._tail_reviews(since):
            if bank is None or raw.get("b") == bank:
                found.append(ReviewRecord.from_dict(raw))
        found = [r for r in found if r.time >= since]
        return sorted(found, key=lambda r: r.id)

    def _tail_reviews(self, since: datetime) -> Iterator[dict[str, Any]]:
        if not self.reviews_path.exists():
            return
        with open(self.reviews_path, "rb") as handle:
            position = handle.seek(0, os.SEEK_END)
            carry = b""
            while position > 0:
                step = min(65536, position)
                position -= step
                handle.seek(position)
                chunk = handle.read(step) + carry
                lines = chunk.split(b"\n")
                carry = lines[0] if position > 0 else b""
                body = lines[1:] if position > 0 else lines
                for line in reversed(body):
                    if not line.strip():
                        continue
                    try:
                        raw = json.loads(line)
                    except ValueError:
                        continue
                    if datetime.fromisoformat(raw["t"]) < since:
                        return
                    yield raw

    # -- settings and sessions
    def settings(self) -> dict[str, Any]:
        """The learner's settings (defaults filled in); a free dict the app may extend."""
        stored = self._db.table("settings").get(doc_id=1) or {}
        merged = {**DEFAULT_SETTINGS, **stored}
        for key in SETTING_RANGES:  # a hand-edited bad value falls back to the default
            try:
                check_setting(key, merged[key])
            except QuizError:
                merged[key] = DEFAULT_SETTINGS[key]
        return merged

    def update_settings(self, **changes: Any) -> dict[str, Any]:
        """Merge ``changes`` into the settings (atomic write); returns the new settings.

        Known keys are checked (QuizError on a bad value); other keys are kept as given."""
        self._writable()
        for key, value in changes.items():
            check_setting(key, value)
        table = self._db.table("settings")
        if table.get(doc_id=1) is None:
            table.insert(changes)
        else:
            table.update(changes, doc_ids=[1])
        return self.settings()

    def save_session(self, summary: dict[str, Any]) -> int:
        """Keep a finished session's summary (a dict, may carry ``meta``); returns its id."""
        self._writable()
        return int(self._db.table("sessions").insert(summary))

    def sessions(self, bank: str | None = None) -> list[dict[str, Any]]:
        """Saved session summaries, oldest first (each with its ``id``)."""
        result = []
        for doc in self._db.table("sessions").all():
            if bank is None or doc.get("bank") == bank:
                result.append({**doc, "id": doc.doc_id})
        return result


MIGRATIONS: dict[int, Any] = {}
"""Schema step ``n`` -> function(store) upgrading from version n to n+1."""


def open_store(
    data_dir: Path,
    profile: str | None = None,
    *,
    create: bool = True,
    lock_timeout: float = LOCK_TIMEOUT,
    readonly: bool = False,
) -> Store:
    """Open (and lock) a learner's store; creates the profile if missing unless ``create`` is
    false. The default profile is :func:`default_profile`.

    ``readonly`` takes no lock and never writes (for reports and stats while the learner may
    be studying in another window): it sees every answer acknowledged so far."""
    data_dir = Path(data_dir)
    name = validate_profile_name(profile) if profile else default_profile(data_dir)
    folder = find_profile(data_dir, name)
    if folder is None:
        if not create:
            raise QuizError(f"no profile named {name!r}")
        folder = add_profile(data_dir, name)
    name = read_profile_name(folder) or name
    if readonly:
        return Store(folder, name, None, readonly=True)
    lock = acquire_lock(folder, name, lock_timeout)
    try:
        return Store(folder, name, lock)
    except BaseException:
        lock.release()
        raise
