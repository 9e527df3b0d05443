"""The progress store's :class:`Store`: one learner's tables behind a small domain API."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import fields, replace
from datetime import UTC, datetime
from typing import Any, cast

from tinydb.table import Document

from quiz.errors import QuizError
from quiz.learning.schedule import CardState
from quiz.learning.store_cards import CardDocs, as_card_docs, collector_paused
from quiz.learning.store_db import LOGS, ProgressState, ProgressStorage
from quiz.learning.store_files import WARNINGS, Folder
from quiz.learning.store_records import (
    DEFAULT_SETTINGS,
    SETTING_RANGES,
    ReviewRecord,
    check_setting,
)
from quiz.learning.store_tables import JournalTable, ProgressDB

IMPORT_BATCH = 5000


_POSITIONAL = tuple(f.name for f in fields(CardState))[:10] == (
    "bank", "qid", "status", "step", "stability", "difficulty", "due", "last_review", "reps",
    "lapses",
)  # fmt: skip


def _card(raw: dict[str, Any], _parse: Any = datetime.fromisoformat) -> CardState:
    """``CardState.from_dict`` with a fast path for the commonest document: a card answered
    before with nothing set aside (20,000 of them are built when a profile opens)."""
    if _POSITIONAL and len(raw) == 10 and raw["s"] != "new":
        due, last = raw["due"], raw["last"]
        return CardState(
            raw["b"],
            raw["q"],
            raw["s"],
            raw["step"],
            raw["stab"],
            raw["diff"],
            _parse(due) if due else None,
            _parse(last) if last else None,
            raw["reps"],
            raw["lapses"],
        )
    return CardState.from_dict(raw)


class _Change:
    """``with``: one durable write for the changes inside; the card caches are rebuilt if it
    fails (the tables themselves are rolled back by the storage)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.txn: Any = None

    def __enter__(self) -> None:
        self.txn = self.store._db.transaction()
        self.txn.__enter__()

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        try:
            self.txn.__exit__(kind, exc, tb)
        except BaseException:
            self.store._reindex()
            raise
        if kind is not None:
            self.store._reindex()


class Store:
    """One learner's progress; open with :func:`open_store`, use as a context manager."""

    def __init__(
        self,
        folder: Folder,
        name: str,
        lock: int | None,
        state: ProgressState,
        *,
        readonly: bool = False,
        log_files: dict[str, str] = LOGS,
    ) -> None:
        self.path = folder.path
        self.name = name
        self.readonly = readonly
        self._folder = folder
        self._lock = lock
        self._storage = ProgressStorage(folder, state, readonly=readonly, files=log_files)
        self._db = ProgressDB(self._storage)
        self._cards = cast(JournalTable, self._db.table("cards"))
        self._reviews = cast(JournalTable, self._db.table("reviews"))
        self._sessions = self._db.table("sessions")
        self._settings = self._db.table("settings")
        self._attempts = self._db.table("attempts")
        self._states: dict[tuple[str, str], CardState] = {}
        self._index: dict[tuple[str, str], str] = {}
        self._reindex()
        self._undoable: set[int] = set()
        if not readonly:
            self._storage.start()

    @property
    def warnings(self) -> list[str]:
        """Problems met while reading (bad lines skipped), newest last."""
        return list(WARNINGS.messages)

    def _reindex(self) -> None:
        self._states.clear()
        self._all_states = False
        with collector_paused():
            self._index = {(e[0], e[1]): key for key, e in self._card_docs().entries()}

    def _card_docs(self) -> CardDocs:
        return as_card_docs(self._table("cards"))

    def _build_states(self) -> None:
        """Every card's state at once (the first time one is asked for: a study queue looks
        at them all), with the collector paused as for the snapshot."""
        self._all_states = True
        table = self._table("cards")
        with collector_paused():
            for key, doc_id in self._index.items():
                if key not in self._states:
                    self._states[key] = _card(table[doc_id])

    def _table(self, name: str) -> dict[str, Any]:
        return self._storage.table_data(name)

    # -- lifecycle
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the lock (every change is already durable; safe to call twice)."""
        self._storage.close()
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None
        self._folder.close()

    def compact(self) -> None:
        """Fold the journal into the snapshot now (it also happens by itself as it grows)."""
        self._storage.compact()

    # -- cards
    def peek_card(self, bank: str, qid: str) -> CardState:
        """The stored state (or a fresh new card) without a copy: never modify the result."""
        key = (bank, qid)
        found = self._states.get(key)
        if found is None:
            doc_id = self._index.get(key)
            if doc_id is None:
                return CardState(bank=bank, qid=qid)
            found = self._states[key] = _card(self._table("cards")[doc_id])
        return found

    def card(self, bank: str, qid: str) -> CardState:
        """A copy of the stored state of a question, or a fresh new card (not stored until
        changed): change it freely and ``put_card`` it."""
        return self.peek_card(bank, qid).copy()

    def has_card(self, bank: str, qid: str) -> bool:
        return (bank, qid) in self._index

    def cards(self, bank: str | None = None) -> list[CardState]:
        """Stored card states (of one bank, or all)."""
        if not self._all_states:
            self._build_states()
        return [self.peek_card(*key) for key in self._index if bank is None or key[0] == bank]

    def schedule_view(
        self, bank: str
    ) -> dict[str, tuple[str, int | None, int, int | None, float | None]]:
        """qid -> (status, due, flags, buried until, stability) of every stored card of
        ``bank``, times in µs since 1970 (:func:`~quiz.learning.schedule.to_micros`), flags
        the bits ``schedule.SUSPENDED``, ``FLAGGED``, ``RETIRED``, ``LEECH``: what a study
        queue and statistics are built from, without reading each card (the snapshot's index
        has it)."""
        with collector_paused():
            return {e[1]: e[2:] for _, e in self._card_docs().entries() if e[0] == bank}

    def schedule_entries(self) -> list[tuple[str, int | None, int, int | None, float | None]]:
        """:meth:`schedule_view`'s values for every stored card of every bank."""
        with collector_paused():
            return [e[2:] for _, e in self._card_docs().entries()]

    def banks(self) -> list[str]:
        """Keys of the banks this learner has progress in."""
        return sorted({bank for bank, _ in self._index})

    def _put(self, card: CardState) -> None:
        card = card.copy()
        doc = card.to_dict()
        doc_id = self._index.get(card.key)
        if doc_id is None:
            self._index[card.key] = str(self._cards.insert(doc))
        else:
            self._cards.replace(int(doc_id), doc)
        self._states[card.key] = card

    def _change(self) -> _Change:
        """A transaction that resynchronises the card caches if it fails."""
        return _Change(self)

    def batch(self) -> Any:
        """``with store.batch():`` makes the changes inside one durable write (an import)."""
        return self._change()

    def put_card(self, card: CardState) -> None:
        """Durably store one card state."""
        self.put_cards([card])

    def put_cards(self, cards: Iterable[CardState]) -> None:
        """Durably store many card states with one sync."""
        with self._change():
            for card in cards:
                self._put(card)

    def record_answer(self, card: CardState, review: ReviewRecord) -> ReviewRecord:
        """Durably store an answer: the card's new state and its log entry, in one write."""
        with self._change():
            self._put(card)
            doc = review.to_dict()
            doc.pop("id")
            review.id = self._reviews.insert(doc)
        self._undoable.add(review.id)
        return review

    def undo_answer(self, review_id: int, previous: CardState) -> None:
        """Durably restore ``previous`` and drop review ``review_id`` from the log.

        Only answers given since this store was opened can be undone."""
        if review_id not in self._undoable or str(review_id) not in self._table("reviews"):
            raise QuizError("that answer can no longer be undone")
        with self._change():
            self._put(previous)
            self._reviews.remove(doc_ids=[review_id])
        self._undoable.discard(review_id)

    def import_history(self, cards: Iterable[CardState], reviews: Iterable[ReviewRecord]) -> int:
        """Bulk-add card states and past answers (from another app, or a benchmark), the
        answers in time order with fresh ids. Returns the number of reviews added."""
        self.put_cards(cards)
        records = sorted(reviews, key=lambda r: r.time)
        for start in range(0, len(records), IMPORT_BATCH):
            batch = records[start : start + IMPORT_BATCH]
            docs = [{k: v for k, v in r.to_dict().items() if k != "id"} for r in batch]
            with self._change():
                ids = self._reviews.insert_multiple(docs)
            for record, doc_id in zip(batch, ids, strict=True):
                record.id = doc_id
        return len(records)

    def sync_bank(self, bank: str, question_ids: Iterable[str]) -> tuple[int, int]:
        """After (re)generating a bank: retire cards whose question vanished, restore returning
        ones. New questions need nothing (they are new cards). Returns (retired, restored)."""
        present = set(question_ids)
        changed: list[CardState] = []
        for card in self.cards(bank):
            if (card.qid in present) == card.retired:
                changed.append(replace(card, retired=not card.retired, tags=list(card.tags)))
        self.put_cards(changed)
        restored = sum(not card.retired for card in changed)
        return len(changed) - restored, restored

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
        """Every answer in order (streamed from the log, then the journal's)."""
        for raw in self.iter_review_dicts(bank):
            yield ReviewRecord.from_dict(raw)

    def iter_review_dicts(self, bank: str | None = None) -> Iterator[dict[str, Any]]:
        """Like :meth:`iter_reviews` but the raw log entries (keys as in
        ``ReviewRecord.to_dict``: id, b, q, r, t, st, m, d, g, v, a): fast for statistics."""
        for raw in self._storage.scan_log("reviews"):
            if bank is None or raw.get("b") == bank:
                yield raw

    def review_count(self, bank: str | None = None) -> int:
        """How many answers the log holds (of one bank, or all), without reading it."""
        counts = self._storage.state.log_counts
        if counts is None:  # a profile read in place (schema 1): count by reading
            return sum(1 for _ in self.iter_review_dicts(bank))
        logged = sum(counts.values()) if bank is None else counts.get(bank, 0)
        pending = self._table("reviews").values()
        return logged + sum(1 for doc in pending if bank is None or doc.get("b") == bank)

    def review_dicts_since(self, since: datetime, bank: str | None = None) -> list[dict[str, Any]]:
        """Raw log entries (as :meth:`iter_review_dicts`) at or after ``since``, in order; the
        log is read backwards from its end, so this costs what "the last 30 days" holds."""
        found = []
        day = since.astimezone(UTC).isoformat()[:10]  # the log's times are UTC
        for raw in self._storage.scan_log_reverse("reviews"):
            stamp = str(raw.get("t", ""))
            if stamp[:10] > day:  # a later day: no need to parse the time
                if bank is None or raw.get("b") == bank:
                    found.append(raw)
            elif datetime.fromisoformat(stamp) >= since:
                if bank is None or raw.get("b") == bank:
                    found.append(raw)
            elif stamp[:10] < day:
                break
        found.reverse()
        return found

    def reviews_since(self, since: datetime, bank: str | None = None) -> list[ReviewRecord]:
        """Answers at or after ``since`` (reads the log backwards: cheap for "today")."""
        return [ReviewRecord.from_dict(raw) for raw in self.review_dicts_since(since, bank)]

    # -- settings and sessions
    def settings(self) -> dict[str, Any]:
        """The learner's settings (defaults filled in); a free dict the app may extend."""
        stored: dict[str, Any] = dict(self._settings.get(doc_id=1) or {})
        merged = {**DEFAULT_SETTINGS, **stored}
        for key in SETTING_RANGES:  # a hand-edited bad value falls back to the default
            try:
                check_setting(key, merged[key])
            except QuizError:
                merged[key] = DEFAULT_SETTINGS[key]
        return merged

    def update_settings(self, **changes: Any) -> dict[str, Any]:
        """Merge ``changes`` into the settings (one durable write); returns the new settings.

        Known keys are checked (QuizError on a bad value); other keys are kept as given."""
        for key, value in changes.items():
            check_setting(key, value)
        if self._settings.get(doc_id=1) is None:
            self._settings.insert(Document(changes, doc_id=1))
        else:
            self._settings.update(changes, doc_ids=[1])
        return self.settings()

    def save_session(self, summary: dict[str, Any]) -> int:
        """Keep a finished session's summary (a dict, may carry ``meta``; the answers
        themselves are in the review log, so an ``answers`` list is not kept); returns its id."""
        return int(self._sessions.insert({k: v for k, v in summary.items() if k != "answers"}))

    def sessions(self, bank: str | None = None) -> list[dict[str, Any]]:
        """Saved session summaries, oldest first (each with its ``id``)."""
        return [
            {**doc, "id": doc.doc_id}
            for doc in self._sessions
            if bank is None or doc.get("bank") == bank
        ]

    # -- exam attempts (a one-attempt timed exam survives leaving the app)
    def attempt(self, key: str) -> dict[str, Any] | None:
        """The attempt stored under ``key`` (e.g. an assignment id), or None."""
        for doc in self._table("attempts").values():
            if doc.get("key") == key:
                return dict(doc)
        return None

    def attempts(self) -> list[dict[str, Any]]:
        return [dict(doc) for doc in self._table("attempts").values()]

    def put_attempt(self, key: str, **fields: Any) -> dict[str, Any]:
        """Create or change the attempt ``key`` (one durable write); returns it."""
        for doc_id, doc in self._table("attempts").items():
            if doc.get("key") == key:
                self._attempts.update(fields, doc_ids=[int(doc_id)])
                return dict(self._table("attempts")[doc_id])
        self._attempts.insert({"key": key, **fields})
        return {"key": key, **fields}
