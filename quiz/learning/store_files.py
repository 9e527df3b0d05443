"""Files inside the data directory: no symlink followed, atomic replace, append + sync, locks.

Every file quiz keeps in its data directory (profiles, classes) is opened here, through a
:class:`Folder`: a directory opened component by component with ``O_NOFOLLOW`` from the data
directory down, whose files are opened relative to it with ``O_NOFOLLOW``. A symlink or a
special file (FIFO, device) anywhere below the data directory is refused with a one-line
error, so nothing outside the data directory is ever read or written through a link.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import secrets
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from quiz.errors import QuizError

log = logging.getLogger("quiz.store")


class WarningLog(logging.Handler):
    """Keeps the store's warnings (bad lines skipped...) for the app, and prints each new
    one once on stderr as ``warning: ...``."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message in self.messages:
            return
        self.messages = [*self.messages[-99:], message]
        print(f"warning: {message}", file=sys.stderr)


WARNINGS = WarningLog()
log.addHandler(WARNINGS)
log.propagate = False

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_FILE_FLAGS = os.O_NOFOLLOW | os.O_CLOEXEC | getattr(os, "O_NONBLOCK", 0)
TEMP_SUFFIX = ".tmp"


def os_problem(path: Path | str, exc: OSError, doing: str = "write") -> QuizError:
    """A one-line error for an operating-system failure on ``path``."""
    if exc.errno == errno.ENOSPC:
        return QuizError(
            f"cannot {doing} {path}: {exc.strerror or 'no space left'} (the disk is full; "
            "nothing saved before was lost)"
        )
    if exc.errno == errno.ELOOP:
        return QuizError(f"{path} is a symbolic link; quiz never follows links in its data folder")
    reason = exc.strerror or str(exc)
    return QuizError(f"cannot {doing} {path}: {reason}")


class Folder:
    """A directory inside the data directory, held open; files are opened relative to it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd

    # -- opening
    @classmethod
    def open(cls, data_dir: Path, *parts: str, create: bool = False) -> Folder | None:
        """``data_dir/parts...``, each part opened without following links; None if missing
        (unless ``create``). The data directory itself may be a link the user made."""
        path = Path(data_dir)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except FileNotFoundError:
            if not create:
                return None
            path.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError as exc:
            raise os_problem(path, exc, "open") from None
        for part in parts:
            if part in ("", ".", "..") or "/" in part:
                os.close(fd)
                raise QuizError(f"bad folder name {part!r}")
            path = path / part
            try:
                child = _open_dir(fd, part, path, create)
            finally:
                os.close(fd)
            if child is None:
                return None
            fd = child
        return cls(path, fd)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> Folder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sub(self, name: str, *, create: bool = False) -> Folder | None:
        """A sub-folder (not followed if it is a link)."""
        fd = _open_dir(self.fd, name, self.path / name, create)
        return None if fd is None else Folder(self.path / name, fd)

    # -- reading
    def open_file(self, name: str) -> int | None:
        """A read-only descriptor of the regular file ``name``, or None if it is missing."""
        try:
            fd = os.open(name, os.O_RDONLY | _FILE_FLAGS, dir_fd=self.fd)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise os_problem(self.path / name, exc, "read") from None
        _require_regular(fd, self.path / name)
        return fd

    def read(self, name: str) -> bytes | None:
        """The whole content of ``name``, or None if it does not exist."""
        fd = self.open_file(name)
        if fd is None:
            return None
        with os.fdopen(fd, "rb") as handle:
            return handle.read()

    def read_range(self, name: str, start: int = 0, end: int | None = None) -> bytes:
        """Bytes ``start``..``end`` of ``name`` (b"" if missing)."""
        fd = self.open_file(name)
        if fd is None:
            return b""
        with os.fdopen(fd, "rb") as handle:
            handle.seek(start)
            return handle.read() if end is None else handle.read(max(0, end - start))

    def size(self, name: str) -> int | None:
        try:
            info = os.stat(name, dir_fd=self.fd, follow_symlinks=False)
        except FileNotFoundError:
            return None
        return info.st_size

    def exists(self, name: str) -> bool:
        return self.size(name) is not None

    def names(self) -> list[str]:
        """Entry names of this folder (sorted)."""
        with os.scandir(self.fd) as entries:
            return sorted(entry.name for entry in entries)

    def is_dir(self, name: str) -> bool:
        try:
            info = os.stat(name, dir_fd=self.fd, follow_symlinks=False)
        except FileNotFoundError:
            return False
        return stat.S_ISDIR(info.st_mode)

    # -- writing
    def replace(self, name: str, data: bytes, *, backup: bool = False) -> None:
        """Write ``name`` atomically (temp file, sync, rename); with ``backup`` the previous
        file is kept as ``name.bak`` first. Honours the umask; a link at ``name`` is replaced,
        never followed."""
        tmp = f".{name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            fd = create_temp(tmp, self.fd)
            try:
                _write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            if backup and self.exists(name):
                self.link_backup(name)
            os.replace(tmp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)
            os.fsync(self.fd)
        except OSError as exc:
            self.remove(tmp)
            raise os_problem(self.path / name, exc) from None

    def link_backup(self, name: str) -> None:
        """Point ``name.bak`` at the current ``name`` (a hard link, else a copy)."""
        tmp = f".{name}.bak.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            os.link(name, tmp, src_dir_fd=self.fd, dst_dir_fd=self.fd, follow_symlinks=False)
        except OSError:
            data = self.read(name) or b""
            fd = create_temp(tmp, self.fd)
            try:
                _write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        os.replace(tmp, f"{name}.bak", src_dir_fd=self.fd, dst_dir_fd=self.fd)

    def write_note(self, name: str, data: bytes) -> None:
        """Overwrite the small informational file ``name`` in place (no sync: losing it in a
        crash loses nothing; a link at ``name`` is refused, never followed)."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _FILE_FLAGS
        try:
            fd = os.open(name, flags, 0o666, dir_fd=self.fd)
        except OSError as exc:
            raise os_problem(self.path / name, exc) from None
        _require_regular(fd, self.path / name)
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)

    def remove(self, name: str) -> None:
        try:
            os.unlink(name, dir_fd=self.fd)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("cannot remove %s: %s", self.path / name, exc.strerror)

    def append(self, name: str) -> Appender:
        """An appender to ``name`` (created if missing)."""
        return Appender(self.path / name, self.open_rw(name, os.O_WRONLY | os.O_APPEND))

    def open_rw(self, name: str, mode: int = os.O_RDWR) -> int:
        """A descriptor of the regular file ``name`` for writing (created if missing)."""
        try:
            fd = os.open(name, mode | os.O_CREAT | _FILE_FLAGS, 0o666, dir_fd=self.fd)
        except OSError as exc:
            raise os_problem(self.path / name, exc) from None
        _require_regular(fd, self.path / name)
        return fd

    def clean_temp(self, prefix: str = ".") -> int:
        """Remove temporary files (``prefix...tmp``) left by a killed writer; call it with the
        lock that every writer of such files holds."""
        removed = 0
        for name in self.names():
            if name.startswith(prefix) and name.startswith(".") and name.endswith(TEMP_SUFFIX):
                try:
                    info = os.stat(name, dir_fd=self.fd, follow_symlinks=False)
                except FileNotFoundError:
                    continue
                if stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode):
                    self.remove(name)
                    removed += 1
        return removed

    # -- locks
    def lock(self, name: str, timeout: float) -> int | None:
        """An exclusive lock on ``name`` (a descriptor to close to release), or None when
        another process holds it after ``timeout`` seconds."""
        flags = os.O_RDWR | os.O_CREAT | _FILE_FLAGS
        try:
            fd = os.open(name, flags, 0o666, dir_fd=self.fd)
        except OSError as exc:
            raise os_problem(self.path / name, exc, "lock") from None
        _require_regular(fd, self.path / name)
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return None
                time.sleep(0.01)

    def is_locked(self, name: str) -> bool:
        """Whether another process holds the lock ``name`` right now (takes no lock)."""
        fd = self.open_file(name)
        if fd is None:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False


class Appender:
    """An append-only file: each :meth:`write` is durable when it returns."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd

    def write(self, data: bytes) -> None:
        """Append ``data`` and sync it; on failure the file is cut back to its old size."""
        size = os.fstat(self.fd).st_size
        try:
            _write_all(self.fd, data)
            os.fdatasync(self.fd) if hasattr(os, "fdatasync") else os.fsync(self.fd)
        except OSError as exc:
            try:
                os.ftruncate(self.fd, size)  # a half-written record is never left behind
            except OSError:
                pass
            raise os_problem(self.path, exc) from None

    def size(self) -> int:
        return os.fstat(self.fd).st_size

    def truncate(self, size: int) -> None:
        os.ftruncate(self.fd, size)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def lines(data: bytes, path: Path, start_line: int = 1) -> Iterator[tuple[int, bytes]]:
    """(line number, line) of ``data``; a last line without its newline (a write cut short by
    a crash) is left out."""
    if not data:
        return
    parts = data.split(b"\n")
    tail = parts.pop()
    if tail.strip():
        number = start_line + len(parts)
        log.warning("%s line %d is incomplete (a write cut short); skipped", path, number)
    for number, line in enumerate(parts, start_line):
        if line.strip():
            yield number, line


def create_temp(name: str, dir_fd: int) -> int:
    """A new file ``name`` in the folder ``dir_fd``, for writing (never through a link;
    permissions from the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _FILE_FLAGS
    return os.open(name, flags, 0o666, dir_fd=dir_fd)


def _open_dir(parent: int, name: str, path: Path, create: bool) -> int | None:
    try:
        return os.open(name, _DIR_FLAGS, dir_fd=parent)
    except FileNotFoundError:
        if not create:
            return None
        try:
            os.mkdir(name, 0o777, dir_fd=parent)
        except FileExistsError:
            pass
        except OSError as exc:
            raise os_problem(path, exc, "create") from None
        return _open_dir(parent, name, path, False)
    except NotADirectoryError:
        raise QuizError(f"{path} is not a folder") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP or (exc.errno == errno.ENOTDIR):
            raise QuizError(
                f"{path} is a symbolic link; quiz never follows links in its data folder"
            ) from None
        raise os_problem(path, exc, "open") from None


def _require_regular(fd: int, path: Path) -> None:
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise QuizError(f"{path} is not a regular file")
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    if flags & os.O_NONBLOCK:
        fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
