"""TinyDB over a snapshot and an append-only change journal, with append-only log tables.

* ``progress.json``: the snapshot of the small tables (settings, cards, attempts) in TinyDB's
  JSON layout, plus a ``_store`` header (journal sequence, how much of each log it covers).
* ``progress-journal.jsonl``: a header line ``{"base": seq}`` then one line per change
  ``{"n": seq, "t": {table: {doc_id: document or null}}}``, appended and synced: one answer
  (card state + log entry) is one line and one sync, durable before the next card.
* ``review-log.jsonl`` / ``session-log.jsonl``: the log tables, one ``{"id": doc_id, ...}``
  line per document, appended at compaction; never rewritten.

Compaction (atomic): append the journal's log documents to the logs, write the snapshot (the
old one kept as ``.bak``), start a new journal. A reader loads the snapshot, then the journal
whose base is the snapshot's sequence (retrying if a compaction replaced both meanwhile), and
reads each log only up to the size the snapshot records: it sees the state before or after a
change, never half of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import orjson
from tinydb.storages import Storage

from quiz.errors import QuizError
from quiz.learning.store_cards import (
    CardDocs,
    as_card_docs,
    collector_paused,
    read_lazily,
    snapshot_bytes,
)
from quiz.learning.store_files import Folder, lines, log
from quiz.learning.store_journal import PAD, JournalWriter, ahead_for, content
from quiz.learning.store_lines import parse_lines

SNAPSHOT = "progress.json"
JOURNAL = "progress-journal.jsonl"
LOGS = {"reviews": "review-log.jsonl", "sessions": "session-log.jsonl"}
FORMAT = "quiz-progress/2"
HEADER = "_store"
COMPACT_BYTES = 1 << 20
"""The journal is folded into the snapshot once it is this big and bigger than a tenth of it."""
KEEP_PENDING = 50
"""Newest log documents a compaction during a session keeps in the journal (still undoable)."""


@dataclass
class ProgressState:
    """What a snapshot and its journal hold."""

    tables: dict[str, Any] = field(default_factory=dict)
    """name -> {doc_id: document}; ``cards`` a :class:`CardDocs`."""
    pending: dict[str, dict[str, Any]] = field(default_factory=dict)
    seq: int = 0
    log_size: dict[str, int] = field(default_factory=dict)
    log_last: dict[str, int] = field(default_factory=dict)
    log_counts: dict[str, int] | None = None
    """Entries of the ``reviews`` log file per bank (None: not known, count by reading)."""
    journal_size: int = 0
    """Bytes of the journal's lines (the zero-filled space after them not counted)."""
    journal_clean: bool = True
    snapshot_size: int = 0

    def apply(self, changes: Mapping[str, Mapping[str, Any]]) -> None:
        for name, docs in changes.items():
            target = self.pending if name in LOGS else self.tables
            table = target.setdefault(name, {})
            for doc_id, doc in docs.items():
                if doc is None:
                    table.pop(doc_id, None)
                else:
                    table[doc_id] = doc

    def header(self) -> dict[str, Any]:
        pending = {name: docs for name, docs in self.pending.items() if docs}
        return {
            "format": FORMAT,
            "seq": self.seq,
            "size": self.log_size,
            "last": self.log_last,
            "counts": self.log_counts,
            "pending": pending,
        }


def load_state(folder: Folder, attempts: int = 20) -> ProgressState:
    """The snapshot plus the journal written after it (retried while a compaction runs).

    The cyclic garbage collector is paused meanwhile: the snapshot's many small objects make
    no cycles, and walking them over and over while they are created doubled the time."""
    with collector_paused():
        return _load_state(folder, attempts)


def _load_state(folder: Folder, attempts: int) -> ProgressState:
    for _ in range(attempts):
        state = _read_snapshot(folder)
        data = content(folder.read(JOURNAL) or b"")
        first, _, rest = data.partition(b"\n")
        try:
            base = int(orjson.loads(first)["base"]) if first.strip() else state.seq
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            log.warning("%s line 1 is not a journal header; skipped", folder.path / JOURNAL)
            base, state.journal_clean = state.seq, False
        if base > state.seq:
            continue  # a compaction replaced snapshot and journal between the two reads
        state.journal_size = len(data)
        if data and not data.endswith(b"\n"):
            state.journal_clean = False
        for number, line in lines(rest, folder.path / JOURNAL, start_line=2):
            try:
                op = orjson.loads(line)
                if int(op["n"]) <= state.seq:
                    continue
                state.apply(op["t"])
                state.seq = int(op["n"])
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
                path = folder.path / JOURNAL
                log.warning("%s line %d is not a valid change; skipped", path, number)
                state.journal_clean = False
        return state
    raise QuizError(f"{folder.path} kept changing while it was read; try again")


def _read_snapshot(folder: Folder) -> ProgressState:
    data = folder.read(SNAPSHOT)
    if data is None:
        return ProgressState(log_counts={})
    try:
        lazy = read_lazily(data)
        if lazy is None:
            tables = orjson.loads(data)
            tables[HEADER]["1"].pop("cards", None)  # an index that no longer matches
        else:
            tables, cards = lazy
            tables["cards"] = cards
        header = tables.pop(HEADER)["1"]
        if header.get("format") != FORMAT:
            raise ValueError(f"unknown format {header.get('format')!r}")
        if not all(isinstance(t, dict | CardDocs) for t in tables.values()):
            raise ValueError("a table is not an object")
        return ProgressState(
            tables=tables,
            seq=int(header["seq"]),
            log_size={k: int(v) for k, v in header.get("size", {}).items()},
            log_last={k: int(v) for k, v in header.get("last", {}).items()},
            log_counts=header.get("counts"),
            pending={k: dict(v) for k, v in header.get("pending", {}).items()},
            snapshot_size=len(data),
        )
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise QuizError(corrupt_message(folder, SNAPSHOT, exc)) from None


def corrupt_message(folder: Folder, name: str, exc: object) -> str:
    backup = f"{name}.bak"
    where = (
        f"the last good copy is at {folder.path / backup}"
        if folder.exists(backup)
        else "no backup copy exists yet"
    )
    return f"{folder.path / name} is corrupt ({exc}); it was left untouched; {where}"


class ProgressStorage(Storage):
    """TinyDB storage: tables in memory, each change one synced journal line."""

    def __init__(
        self,
        folder: Folder,
        state: ProgressState,
        *,
        readonly: bool,
        files: Mapping[str, str] = LOGS,
    ) -> None:
        self.folder = folder
        self.files = dict(files)
        self.state = state
        state.tables["cards"] = as_card_docs(state.tables.get("cards"))
        self.readonly = readonly
        self._journal: JournalWriter | None = None
        self._op: dict[str, dict[str, Any]] | None = None
        self._rollback: list[Callable[[], None]] = []
        self._depth = 0
        self._next: dict[str, int] = {}

    # -- TinyDB's Storage interface
    def read(self) -> dict[str, Any]:
        return self.state.tables

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Whole-database writes (TinyDB's drop_tables): a new snapshot."""
        self._writable()
        self.state.tables = {k: v for k, v in data.items() if k not in LOGS}
        self.state.tables["cards"] = as_card_docs(self.state.tables.get("cards"))
        self.compact()

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    # -- changes
    def start(self) -> None:
        """Open the journal for appending (after a compaction if it needs one)."""
        self._writable()
        state = self.state
        indexed = state.tables["cards"].indexed  # else write the snapshot's card index now
        if not (indexed and state.journal_clean and self.folder.exists(JOURNAL)):
            self.compact()
        elif self._journal_big():
            self.compact()
        else:
            self._journal = JournalWriter.open(
                self.folder, JOURNAL, state.journal_size, ahead_for(self.state.snapshot_size)
            )

    def _journal_limit(self) -> int:
        return max(COMPACT_BYTES, self.state.snapshot_size // 10)

    def _journal_big(self) -> bool:
        return self.state.journal_size > self._journal_limit()

    def _writable(self) -> None:
        if self.readonly:
            raise QuizError(f"{self.folder.path.name} is opened read-only")

    def table_data(self, name: str) -> dict[str, Any]:
        target = self.state.pending if name in LOGS else self.state.tables
        return target.setdefault(name, {})

    def next_id(self, name: str) -> int:
        if name not in self._next:
            known = [self.state.log_last.get(name, 0), *map(int, self.table_data(name))]
            self._next[name] = max(known) + 1
        self._next[name] += 1
        return self._next[name] - 1

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Changes made inside are one journal line: all durable together, or none."""
        self._writable()
        if self._depth == 0:
            self._op, self._rollback = {}, []
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._undo()
            raise
        self._depth -= 1
        if self._depth == 0:
            op, self._op = self._op or {}, None
            if op:
                try:
                    self._append(op)
                except BaseException:
                    self._undo()
                    raise

    def record(self, name: str, changes: dict[str, Any], rollback: Callable[[], None]) -> None:
        """Called by the tables after a change in memory."""
        with self.transaction():
            self._rollback.append(rollback)
            if changes:
                assert self._op is not None
                self._op.setdefault(name, {}).update(changes)

    def _undo(self) -> None:
        for rollback in reversed(self._rollback):
            rollback()
        self._rollback, self._op = [], None

    def _append(self, op: dict[str, dict[str, Any]]) -> None:
        if self._journal is None:
            raise QuizError(f"profile folder {self.folder.path} is closed")
        line = orjson.dumps({"n": self.state.seq + 1, "t": op}) + b"\n"
        self._journal.write(line)
        self.state.seq += 1
        self.state.journal_size += len(line)
        if self._journal_big():
            self.compact(keep=KEEP_PENDING)

    # -- compaction
    def compact(self, keep: int = 0) -> None:
        """Move log documents to their logs, write the snapshot, start a new journal; the
        newest ``keep`` log documents stay pending in the snapshot (they can still be undone)."""
        self._writable()
        state = self.state
        for name, file in LOGS.items():
            pending = state.pending.get(name, {})
            ids = sorted(pending, key=int)
            moving, staying = (ids[:-keep], ids[-keep:]) if keep else (ids, [])
            if not moving:
                continue
            if name == "reviews" and state.log_counts is None:
                state.log_counts = self._count_log(name)
            writer = self.folder.append(file)
            try:
                known = state.log_size.get(name, 0)
                if writer.size() > known:
                    writer.truncate(known)  # the unfinished append of a killed compaction
                body = b"".join(orjson.dumps({"id": int(i), **pending[i]}) + b"\n" for i in moving)
                writer.write(body)
                state.log_size[name] = writer.size()
                state.log_last[name] = max(state.log_last.get(name, 0), int(moving[-1]))
                if name == "reviews" and state.log_counts is not None:
                    for doc_id in moving:
                        bank = str(pending[doc_id].get("b", ""))
                        state.log_counts[bank] = state.log_counts.get(bank, 0) + 1
            finally:
                writer.close()
            state.pending[name] = {i: pending[i] for i in staying}
        snapshot = snapshot_bytes(state.header(), state.tables)
        self.folder.replace(SNAPSHOT, snapshot, backup=True)
        state.snapshot_size = len(snapshot)
        journal = orjson.dumps({"base": state.seq}) + b"\n"
        ahead = ahead_for(self.state.snapshot_size)
        self.close()
        self.folder.replace(JOURNAL, journal + PAD * ahead)
        state.journal_size, state.journal_clean = len(journal), True
        self._journal = JournalWriter.open(self.folder, JOURNAL, len(journal), ahead)

    # -- logs
    def scan_log(self, name: str) -> Iterator[dict[str, Any]]:
        """The documents of a log table in id order, each with its ``id``: the file (up to the
        size the snapshot covers), then the journal's."""
        file = self.files.get(name, "")
        size = self.state.log_size.get(name, 0)
        fd = self.folder.open_file(file) if size and file else None
        last = 0
        if fd is not None:
            number = 0
            with open(fd, "rb") as handle:
                left, carry = size, b""
                while left > 0:
                    chunk = handle.read(min(left, 1 << 20))
                    if not chunk:
                        break
                    left -= len(chunk)
                    parts = (carry + chunk).split(b"\n")
                    carry = parts.pop()
                    for doc in parse_lines(parts, self.folder.path / file, number):
                        last = doc["id"]
                        yield doc
                    number += len(parts)
        pending = self.state.pending.get(name, {})
        for doc_id in sorted(pending, key=int):
            if int(doc_id) > last:
                yield {"id": int(doc_id), **pending[doc_id]}

    def scan_log_reverse(self, name: str) -> Iterator[dict[str, Any]]:
        """Like :meth:`scan_log` from the newest document back (reads the file's end first)."""
        pending = self.state.pending.get(name, {})
        for doc_id in sorted(pending, key=int, reverse=True):
            yield {"id": int(doc_id), **pending[doc_id]}
        file = self.files.get(name, "")
        end = self.state.log_size.get(name, 0)
        fd = self.folder.open_file(file) if end and file else None
        if fd is None:
            return
        path = self.folder.path / file
        with open(fd, "rb") as handle:
            carry = b""
            while end > 0:
                step = min(end, 1 << 18)
                end -= step
                handle.seek(end)
                parts = (handle.read(step) + carry).split(b"\n")
                carry = parts.pop(0) if end > 0 else b""
                for doc in reversed(parse_lines(parts, path, 0)):
                    if str(doc["id"]) not in pending:
                        yield doc

    def _count_log(self, name: str) -> dict[str, int]:
        """Entries per bank in the log file (read once, for a snapshot that lacks them)."""
        pending = self.state.pending.get(name, {})
        counts: dict[str, int] = {}
        for doc in self.scan_log(name):
            if str(doc["id"]) not in pending:
                bank = str(doc.get("b", ""))
                counts[bank] = counts.get(bank, 0) + 1
        return counts

    def iter_log(self, name: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """(doc_id, document) pairs of a log table, for TinyDB."""
        for doc in self.scan_log(name):
            doc_id = doc.pop("id")
            yield str(doc_id), doc
