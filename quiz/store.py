"""Per-learner progress store: card states, review log, settings, sessions, profiles, locking.

Layout of ``data_dir/profiles/<slug>/`` (see docs/engine.md for why):

* ``profile.json``  TinyDB (atomic temp+fsync+rename storage): meta, settings, sessions.
* ``cards.json``    snapshot of every card state, rewritten atomically at open/close.
* ``journal.jsonl`` append-only journal of changes since the snapshot, one fsync per answer.
* ``reviews.jsonl`` append-only review log (journal answers are moved here at compaction).
* ``*.bak``         last good copies; ``lock`` / ``owner`` the inter-process lock and its pid.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage

from quiz.atomic import write_bytes_atomic, write_text_atomic
from quiz.errors import QuizError
from quiz.model import slugify
from quiz.schedule import CardState

SCHEMA_VERSION = 1
CARDS_FORMAT = "quiz-cards/1"
DEFAULT_PROFILE = "default"
MAX_NAME = 40
LOCK_TIMEOUT = 0.5
DEFAULT_SETTINGS: dict[str, Any] = {
    "desired_retention": 0.9,
    "new_per_day": 20,
    "reviews_per_day": 200,
    "day_start_hour": 4,
    "theme": "",
}
MODES = ("study", "practice", "exam", "cram")
VERDICTS = ("right", "close", "wrong")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


# ---------------------------------------------------------------- profiles


def validate_profile_name(name: str) -> str:
    """The display name, stripped; QuizError if empty, too long, or unsafe as a folder name."""
    if not isinstance(name, str) or not name.strip():
        raise QuizError("profile name must not be empty")
    name = name.strip()
    if len(name) > MAX_NAME:
        raise QuizError(f"profile name is too long ({len(name)} characters, at most {MAX_NAME})")
    if "/" in name or "\\" in name or ".." in name or _CONTROL.search(name):
        raise QuizError(
            f"profile name {name!r} may not contain '/', '\\', '..' or control characters"
        )
    return name


def profiles_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "profiles"


def _read_name(folder: Path) -> str | None:
    try:
        data = json.loads((folder / "profile.json").read_text(encoding="utf-8"))
        return str(data["meta"]["1"]["name"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _profile_folders(data_dir: Path) -> dict[str, Path]:
    root = profiles_dir(data_dir)
    found: dict[str, Path] = {}
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            if not folder.is_dir() or folder.name.startswith("."):
                continue
            name = _read_name(folder)
            if name is None and any((folder / f).exists() for f in ("profile.json", "cards.json")):
                name = folder.name  # unreadable meta: still listed, opening reports the problem
            if name is not None:
                found[name] = folder
    return found


def list_profiles(data_dir: Path) -> list[str]:
    """Display names of the learners in ``data_dir``, sorted case-insensitively."""
    return sorted(_profile_folders(data_dir), key=str.casefold)


def find_profile(data_dir: Path, name: str) -> Path | None:
    """Folder of the profile called ``name`` (case-insensitive), or None."""
    wanted = name.strip().casefold()
    for existing, folder in _profile_folders(data_dir).items():
        if existing.casefold() == wanted:
            return folder
    return None


def default_profile(data_dir: Path) -> str:
    """The only existing profile, else "default"."""
    names = list_profiles(data_dir)
    return names[0] if len(names) == 1 else DEFAULT_PROFILE


def add_profile(data_dir: Path, name: str) -> Path:
    """Create a learner; QuizError if one with that name exists. Returns its folder."""
    name = validate_profile_name(name)
    if find_profile(data_dir, name) is not None:
        raise QuizError(f"profile {name!r} already exists")
    base = slugify(name)
    folder = profiles_dir(data_dir) / base
    counter = 2
    while folder.exists():
        folder = profiles_dir(data_dir) / f"{base}-{counter}"
        counter += 1
    folder.mkdir(parents=True)
    db = TinyDB(folder / "profile.json", storage=AtomicJSONStorage)
    db.table("meta").insert({"name": name, "schema": SCHEMA_VERSION})
    db.close()
    return folder


def _require_profile(data_dir: Path, name: str) -> Path:
    folder = find_profile(data_dir, name)
    if folder is None:
        known = ", ".join(list_profiles(data_dir)) or "none"
        raise QuizError(f"no profile named {name!r} (profiles: {known})")
    return folder


def remove_profile(data_dir: Path, name: str) -> None:
    """Delete a learner and all their progress (refused while the profile is open)."""
    folder = _require_profile(data_dir, name)
    lock = _acquire_lock(folder, name, LOCK_TIMEOUT)
    try:
        trash = folder.with_name(f".removing-{folder.name}")
        os.replace(folder, trash)
    finally:
        lock.release()
    shutil.rmtree(trash, ignore_errors=True)


def rename_profile(data_dir: Path, old: str, new: str) -> None:
    """Change a learner's display name (the folder keeps its name, progress stays)."""
    folder = _require_profile(data_dir, old)
    new = validate_profile_name(new)
    other = find_profile(data_dir, new)
    if other is not None and other != folder:
        raise QuizError(f"profile {new!r} already exists")
    lock = _acquire_lock(folder, old, LOCK_TIMEOUT)
    try:
        db = TinyDB(folder / "profile.json", storage=AtomicJSONStorage)
        db.table("meta").update({"name": new}, doc_ids=[1])
        db.close()
    finally:
        lock.release()


def _acquire_lock(folder: Path, name: str, timeout: float) -> FileLock:
    lock = FileLock(str(folder / "lock"), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        try:
            pid = (folder / "owner").read_text().strip() or "?"
        except OSError:
            pid = "?"
        raise QuizError(f"profile {name!r} is open in another window (pid {pid})") from None
    try:
        (folder / "owner").write_text(str(os.getpid()))
    except OSError:
        pass
    return lock


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
        """The stored state of a question, or a fresh new card (not stored until changed).

        Treat it as read-only: change a copy (``dataclasses.replace``) and ``put_card`` it."""
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
        self.put_card(replace(self.card(bank, qid), flagged=reason.strip() or "flagged"))

    def unflag(self, bank: str, qid: str) -> None:
        self.put_card(replace(self.card(bank, qid), flagged=""))

    def flagged(self, bank: str) -> dict[str, str]:
        """Question id -> flag reason for one bank."""
        return {c.qid: c.flagged for c in self.cards(bank) if c.flagged}

    # -- review log
    def iter_reviews(self, bank: str | None = None) -> Iterator[ReviewRecord]:
        """Every answer in time order (streamed from disk, then the uncompacted ones)."""
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
                    if bank is None or raw.get("b") == bank:
                        yield ReviewRecord.from_dict(raw)
        for raw in sorted(self._pending.reviews.values(), key=lambda r: r["id"]):
            if bank is None or raw.get("b") == bank:
                yield ReviewRecord.from_dict(raw)

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
        return {**DEFAULT_SETTINGS, **stored}

    def update_settings(self, **changes: Any) -> dict[str, Any]:
        """Merge ``changes`` into the settings (atomic write); returns the new settings."""
        self._writable()
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
    name = _read_name(folder) or name
    if readonly:
        return Store(folder, name, None, readonly=True)
    lock = _acquire_lock(folder, name, lock_timeout)
    try:
        return Store(folder, name, lock)
    except BaseException:
        lock.release()
        raise
