"""TinyDB's side of the progress store: table classes over :class:`ProgressStorage`.

:class:`JournalTable` keeps a table in memory and turns each change into one journal line;
:class:`LogTable` (reviews, sessions) is append-only and read by streaming its log file;
:class:`ProgressDB` is TinyDB with one of them per table and ``transaction()`` to make several
changes one durable line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.table import Table

from quiz.learning.store_cards import CardDocs
from quiz.learning.store_db import LOGS, ProgressStorage

_MISSING: Any = object()


class _Tracked(dict):  # type: ignore[type-arg]
    """The updater's view of a table: int ids over the live str-keyed dict, noting changes."""

    def __init__(self, live: dict[str, Any]) -> None:
        super().__init__()
        self.live = live
        self.before: dict[str, Any] = {}

    def _note(self, key: str) -> None:
        if type(self.live) is CardDocs:
            self.live.touch(key)  # changed in place: its index entry is stale
        if key not in self.before:
            old = self.live.get(key, _MISSING)
            self.before[key] = old if old is _MISSING else orjson.loads(orjson.dumps(old))

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self.live

    def __getitem__(self, doc_id: Any) -> Any:
        key = str(doc_id)
        self._note(key)
        return self.live[key]

    def __setitem__(self, doc_id: Any, doc: Any) -> None:
        key = str(doc_id)
        self._note(key)
        self.live[key] = doc

    def __delitem__(self, doc_id: Any) -> None:
        key = str(doc_id)
        self._note(key)
        del self.live[key]

    def pop(self, doc_id: Any, *default: Any) -> Any:
        key = str(doc_id)
        if key not in self.live and default:
            return default[0]
        self._note(key)
        return self.live.pop(key)

    def keys(self) -> Any:
        return [int(k) for k in self.live]

    def __iter__(self) -> Iterator[int]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.live)

    def changes(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, old in self.before.items():
            new = self.live.get(key, _MISSING)
            if new is _MISSING:
                if old is not _MISSING:
                    out[key] = None
            elif old is _MISSING or old != new:
                out[key] = new
        return out

    def rollback(self) -> None:
        for key, old in self.before.items():
            if old is _MISSING:
                self.live.pop(key, None)
            else:
                self.live[key] = old


class JournalTable(Table):
    """A table kept in memory; every change is one journal line (see :class:`ProgressStorage`)."""

    _storage: ProgressStorage

    def _read_table(self) -> dict[str, Mapping[str, Any]]:
        return self._storage.table_data(self.name)

    def _update_table(self, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        self._storage._writable()
        tracked = _Tracked(self._storage.table_data(self.name))
        try:
            updater(tracked)
        except BaseException:
            tracked.rollback()
            raise
        self._storage.record(self.name, tracked.changes(), tracked.rollback)
        self.clear_cache()

    def _get_next_id(self) -> int:
        return self._storage.next_id(self.name)

    def insert(self, document: Mapping[str, Any]) -> int:
        """TinyDB's ``insert``; a plain mapping takes the direct path (no updater, no copy of
        the table's documents to roll back): the answer path inserts one per card."""
        if isinstance(document, self.document_class) or not isinstance(document, dict):
            return super().insert(document)
        self._storage._writable()
        doc_id = self._get_next_id()
        key, live = str(doc_id), self._storage.table_data(self.name)
        if key in live:
            raise ValueError(f"Document with ID {doc_id} already exists")
        live[key] = doc = dict(document)
        self._storage.record(self.name, {key: doc}, lambda: live.pop(key, None))
        self.clear_cache()
        return doc_id

    def replace(self, doc_id: int, document: Mapping[str, Any]) -> None:
        """Replace the document ``doc_id`` whole (KeyError if there is none): one change, and
        the old document object is kept as it was for a rollback, not copied."""
        self._storage._writable()
        key, live = str(doc_id), self._storage.table_data(self.name)
        old = live[key]
        live[key] = new = dict(document)
        restore: Callable[[], None] = lambda: live.__setitem__(key, old)  # noqa: E731
        self._storage.record(self.name, {key: new} if new != old else {}, restore)
        self.clear_cache()


class LogTable(JournalTable):
    """An append-only table (reviews, sessions): read by streaming its log file; a document
    can be changed or removed only while it is still in the journal."""

    def _read_table(self) -> dict[str, Mapping[str, Any]]:
        return dict(self._storage.iter_log(self.name))

    def __iter__(self) -> Iterator[Any]:
        for doc_id, doc in self._storage.iter_log(self.name):
            yield self.document_class(doc, self.document_id_class(doc_id))

    def __len__(self) -> int:
        return sum(1 for _ in self._storage.iter_log(self.name))

    def get(self, cond: Any = None, doc_id: Any = None, doc_ids: Any = None) -> Any:
        pending = self._storage.table_data(self.name)
        if doc_id is not None and str(doc_id) in pending:
            return self.document_class(pending[str(doc_id)], self.document_id_class(doc_id))
        return super().get(cond, doc_id, doc_ids)


class ProgressDB(TinyDB):
    """TinyDB whose tables are :class:`JournalTable` (``reviews`` and ``sessions``:
    :class:`LogTable`) over one :class:`ProgressStorage`."""

    storage: ProgressStorage  # type: ignore[assignment]

    def __init__(self, storage: ProgressStorage) -> None:
        super().__init__(storage=lambda: storage)

    def table(self, name: str, **kwargs: Any) -> Table:
        if name not in self._tables:
            kind = LogTable if name in LOGS else JournalTable
            self._tables[name] = kind(self.storage, name, cache_size=0, **kwargs)
        return self._tables[name]

    def transaction(self) -> Any:
        """``with db.transaction():`` groups changes into one durable journal line."""
        return self.storage.transaction()
