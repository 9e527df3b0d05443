"""A read-only stream capping every run of XML character data, so no page text fills memory."""

# A MediaWiki dump keeps each revision's text escaped between <text> and </text>, with no "<"
# inside. Bytes after the limit in one run (between two "<") are dropped while reading, and the
# run is ended with TRUNCATED so the reader can tell that page was cut and skip it; the rest of
# the dump parses as before.

from __future__ import annotations

import io
from typing import IO

TRUNCATED = "\u2063quiz-truncated-page\u2063"
_MARK = TRUNCATED.encode("utf-8")
_SLACK = 64  # bytes past the limit allowed while looking for a clean place to cut


def _ends_in_entity(data: bytes, before: bool) -> bool:
    """Whether an entity ("&amp;") is left open at the end of ``data`` (``before``: at its
    start)."""
    amp, semi = data.rfind(b"&"), data.rfind(b";")
    if amp == semi:  # neither found
        return before
    return amp > semi


def clean_cut(data: bytes, start: int, in_entity: bool) -> int | None:
    """The first position from ``start`` where ``data`` can be cut with no entity and no UTF-8
    character split (``in_entity``: an entity is open at ``start``), else None."""
    pos = start
    while pos < len(data):
        if in_entity:
            semi = data.find(b";", pos)
            if semi < 0:
                return None
            pos, in_entity = semi + 1, False
        elif data[pos] & 0xC0 == 0x80:  # a continuation byte: the character goes on
            pos += 1
        else:
            return pos
    return None


class CappedRuns(io.RawIOBase):
    """Wrap ``source``; at most ``limit`` bytes of any run between two ``<`` get through."""

    def __init__(self, source: IO[bytes], limit: int) -> None:
        super().__init__()
        self.source = source
        self.limit = limit
        self.run = 0  # bytes of the current run let through so far
        self.dropping = False  # the current run went over the limit: discard until "<"
        self.in_entity = False  # an entity ("&amp;") is open at the end of what got through
        self.truncated = 0  # runs cut so far
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        wanted = len(buffer)
        while not self._pending:
            chunk = self.source.read(max(wanted, 16384))
            if not chunk:
                return 0
            self._pending = self._filter(chunk)
        out, self._pending = self._pending[:wanted], self._pending[wanted:]
        buffer[: len(out)] = out
        return len(out)

    def _filter(self, chunk: bytes) -> bytes:
        parts: list[bytes] = []
        pos = 0
        size = len(chunk)
        while pos < size:
            lt = chunk.find(b"<", pos)
            end = size if lt < 0 else lt
            if not self.dropping:
                parts.append(self._let_through(chunk[pos:end]))
            if lt < 0:
                break
            parts.append(b"<")
            self.run, self.dropping, self.in_entity = 1, False, False
            pos = lt + 1
        return b"".join(parts)

    def _let_through(self, piece: bytes) -> bytes:
        """The part of ``piece`` (inside one run) that is kept, ending with the mark if cut."""
        room = self.limit - self.run
        if len(piece) > room:
            start = max(room, 0)
            in_entity = _ends_in_entity(piece[:start], self.in_entity)
            cut = clean_cut(piece, start, in_entity)
            if cut is None and self.run + len(piece) > self.limit + _SLACK:
                cut = start  # no clean place: the XML was not well-formed there anyway
            if cut is not None:
                self.dropping = True
                self.truncated += 1
                return piece[:cut] + _MARK
        self.run += len(piece)
        self.in_entity = _ends_in_entity(piece, self.in_entity)
        return piece
