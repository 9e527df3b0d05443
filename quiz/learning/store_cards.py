"""The ``cards`` table read lazily: snapshot lines parsed when used, and the index a queue needs.

The snapshot (still one JSON object in TinyDB's layout) ends with the ``cards`` table, one
document per line, and its header holds an index of those lines: for each card its bank,
question, status, due time, whether it is held back (suspended, flagged, retired) and until
when it is buried, with a checksum of the lines. Opening a profile parses the header only and
keeps each card's line as bytes until that card is used: a study queue is built from the index
(:meth:`CardDocs.entries`), and only the cards shown are parsed. A snapshot whose lines do not
match the checksum (edited by hand, or written by another version) is parsed whole instead.
"""

from __future__ import annotations

import gc
import zlib
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import orjson

from quiz.errors import QuizError
from quiz.learning.schedule import FLAGGED, LEECH, RETIRED, SUSPENDED, to_micros

HEADER = "_store"
MARK = b',\n"cards":{\n'
END = b"\n}}\n"

Entry = tuple[str, str, str, int | None, int, int | None, float | None]
"""bank, question id, status, due (µs since 1970, UTC), flags (``schedule.SUSPENDED`` ...),
buried until (µs), stability."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused: tens of thousands of small objects that make no
    cycles (card documents, states, index entries) are made at once, and the collector would
    walk all of them again and again meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _micros(text: Any) -> int | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return to_micros(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def entry_of(doc: dict[str, Any]) -> Entry:
    """The index entry of a card document, read as ``CardState.from_dict`` reads it."""
    status = str(doc.get("s", "new"))
    flags, buried = 0, None
    if len(doc) > 10 or status == "new":
        get = doc.get
        flags = (
            SUSPENDED * bool(get("suspended"))
            | FLAGGED * bool(str(get("flag", "")))
            | RETIRED * bool(get("retired"))
            | LEECH * bool(get("leech"))
        )
        buried = _micros(doc.get("buried"))
    new = status == "new"
    due = None if new else _micros(doc.get("due"))
    stability = None if new else doc.get("stab")
    return (str(doc["b"]), str(doc["q"]), status, due, flags, buried, stability)


class CardDocs(MutableMapping[str, Any]):
    """doc_id -> card document; a document still in the snapshot is held as the number of its
    line (``ends`` says where each line ends in ``body``) and parsed on first use."""

    def __init__(
        self,
        data: dict[str, Any] | None = None,
        index: dict[str, Entry] | None = None,
        body: bytes = b"",
        ends: list[int] | None = None,
    ) -> None:
        self._data: dict[str, Any] = data if data is not None else {}
        self._index: dict[str, Entry] = index if index is not None else {}
        self._body, self._ends = body, ends or []
        self.indexed = index is not None or not self._data
        """Read from a snapshot's index (or empty): False means read whole, so the writer
        folds the journal in at once to write the index."""

    def _line(self, key: str, number: int) -> bytes:
        start = self._ends[number - 1] + 2 if number else 0
        line = self._body[start : self._ends[number]]
        if not line.startswith(b'"' + key.encode() + b'":'):  # the index edited by hand
            raise QuizError(
                f"the card index in the snapshot's header does not match card {key}; the "
                "snapshot was left untouched (restore its .bak copy, or remove the index)"
            )
        return line

    def __getitem__(self, key: str) -> Any:
        value = self._data[key]
        if type(value) is int:
            line = self._line(key, value)
            value = self._data[key] = orjson.loads(line[line.index(b":") + 1 :])
        return value

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key in self._data else default

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = value
        self._index.pop(key, None)

    def __delitem__(self, key: str) -> None:
        del self._data[key]
        self._index.pop(key, None)

    def touch(self, key: str) -> None:
        """``key``'s document is about to be changed in place: its index entry is stale."""
        self._index.pop(key, None)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def entries(self) -> list[tuple[str, Entry]]:
        """(doc_id, entry) of every card in table order, from the index where it is current
        (entries made from documents are kept there until the document changes)."""
        index = self._index
        for key in self._data.keys() - index.keys() if len(index) < len(self._data) else ():
            index[key] = entry_of(self[key])
        return [(key, index[key]) for key in self._data]

    def line(self, key: str) -> bytes:
        value = self._data[key]
        if type(value) is int:
            return self._line(key, value)
        return b'"' + key.encode() + b'":' + orjson.dumps(value)


def as_card_docs(table: MutableMapping[str, Any] | None) -> CardDocs:
    if isinstance(table, CardDocs):
        return table
    return CardDocs(dict(table or {}))


def snapshot_bytes(header: dict[str, Any], tables: dict[str, Any]) -> bytes:
    """The snapshot: the other tables, then the cards one per line, indexed in the header."""
    cards = as_card_docs(tables.get("cards"))
    entries = cards.entries()
    lines = [cards.line(key) for key, _ in entries]
    body = b",\n".join(lines)
    ends, end = [], -2
    for line in lines:
        end += 2 + len(line)
        ends.append(end)
    banks: dict[str, int] = {}
    index = {
        "crc": zlib.crc32(body),
        "ids": [key for key, _ in entries],
        "ends": ends,
        "bank": [banks.setdefault(e[0], len(banks)) for _, e in entries],
        "q": [e[1] for _, e in entries],
        "s": [e[2] for _, e in entries],
        "due": [e[3] for _, e in entries],
        "flags": [e[4] for _, e in entries],
        "buried": [e[5] for _, e in entries],
        "stab": [e[6] for _, e in entries],
    }
    index["banks"] = list(banks)
    others = {name: table for name, table in tables.items() if name != "cards"}
    head = orjson.dumps({HEADER: {"1": {**header, "cards": index}}, **others})
    return head[:-1] + MARK + body + END


def read_lazily(data: bytes) -> tuple[dict[str, Any], CardDocs] | None:
    """(the other tables with the header, the cards unparsed) of a snapshot whose card lines
    match their index; None when it must be parsed whole."""
    split = data.find(MARK)
    if split < 0 or not data.endswith(END):
        return None
    try:
        tables = orjson.loads(data[:split] + b"}")
        index = tables[HEADER]["1"].pop("cards")
        body = data[split + len(MARK) : -len(END)]
        if zlib.crc32(body) != index["crc"]:
            return None
        ids, ends = index["ids"], index["ends"]
        if len(ends) != len(ids) or (ends and ends[-1] != len(body)):
            return None
        banks = index["banks"]
        columns = (
            index["q"], index["s"], index["due"], index["flags"], index["buried"], index["stab"]
        )  # fmt: skip
        if not all(len(column) == len(ids) for column in (index["bank"], *columns)):
            return None
        entries = zip(map(banks.__getitem__, index["bank"]), *columns, strict=True)
        docs = dict(zip(ids, range(len(ids)), strict=True))
        return tables, CardDocs(docs, dict(zip(ids, entries, strict=True)), body, ends)
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, IndexError, AttributeError):
        return None
