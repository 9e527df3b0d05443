"""The change journal's writer: lines written in place into zero-filled space ahead of its end.

A change appended to a growing file costs its sync a second flush: the file's new size is
metadata, committed through the file system's own journal. So the progress journal is kept
longer than what it holds, the space ahead of its last line filled with zero bytes (written
and synced once, when the journal is started or has used that space up). A change is then one
``pwrite`` into that space and one ``fdatasync`` that changes no metadata, as SQLite reuses its
write-ahead log. Readers stop at the zero bytes (:func:`content`); a line cut short by a crash
ends before them, or has zeros inside it, and is skipped as a bad line.
"""

from __future__ import annotations

import os
from pathlib import Path

from quiz.learning.store_files import Folder, os_problem

PAD = b"\0"
MAX_AHEAD = 1 << 18
"""Most zero bytes kept ahead of the journal's end (256 KiB: several hundred answers)."""
MIN_AHEAD = 1 << 14
"""Fewest (16 KiB: about forty answers before the space is made again)."""


def content(data: bytes) -> bytes:
    """The journal's lines without the zero-filled space after them."""
    return data.rstrip(PAD)


def ahead_for(snapshot_size: int) -> int:
    """Zero bytes to keep ahead of the journal of a profile whose snapshot is this big (a
    sixteenth of it, within the bounds: a small profile keeps a small file)."""
    return max(MIN_AHEAD, min(MAX_AHEAD, snapshot_size // 16))


class JournalWriter:
    """Writes lines at the journal's end; each :meth:`write` is durable when it returns."""

    def __init__(self, path: Path, fd: int, end: int, ahead: int) -> None:
        self.path = path
        self.fd = fd
        self.end = end
        self.ahead = ahead
        self.allocated = os.fstat(fd).st_size

    @classmethod
    def open(cls, folder: Folder, name: str, end: int, ahead: int) -> JournalWriter:
        """The journal ``name`` whose lines end at byte ``end`` (space ahead made if short)."""
        writer = cls(folder.path / name, folder.open_rw(name), end, ahead)
        os.lseek(writer.fd, end, os.SEEK_SET)
        if writer.allocated < end + ahead // 2:
            writer._grow(0)
        return writer

    def _grow(self, need: int) -> None:
        """Fill ``ahead`` zero bytes (more if ``need`` is bigger) after the end, and sync them
        with the file's new size."""
        target = self.end + max(need, 0) + self.ahead
        start = max(self.end, min(self.allocated, target))
        try:
            os.pwrite(self.fd, PAD * (target - start), start)
            os.fsync(self.fd)
        except OSError as exc:
            raise os_problem(self.path, exc) from None
        self.allocated = max(self.allocated, target)

    def write(self, data: bytes) -> None:
        """Write ``data`` after the last line and sync it; on failure the space is zeroed
        again (best effort), so a half-written line is never followed by a later one."""
        if self.end + len(data) > self.allocated:
            self._grow(len(data))
        try:
            view = memoryview(data)  # the file's offset is kept at the end between writes
            while view:
                view = view[os.write(self.fd, view) :]
            os.fdatasync(self.fd)
        except OSError as exc:
            try:
                os.pwrite(self.fd, PAD * len(data), self.end)
                os.lseek(self.fd, self.end, os.SEEK_SET)
            except OSError:
                pass
            raise os_problem(self.path, exc) from None
        self.end += len(data)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
