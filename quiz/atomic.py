"""Atomic file writes: temp file in the same directory, fsync, rename; modes honour the umask."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
import time
from pathlib import Path

from quiz.errors import QuizError
from quiz.files import not_regular

TEMP_SUFFIX = ".tmp"
STALE_SECONDS = 24 * 3600
_umask_lock = threading.Lock()


class WriteError(OSError):
    """Writing a file failed; ``filename`` is the file asked for (never the temp file)."""


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _umask_lock:  # elsewhere: set and restore at once (the only portable way to read it)
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def new_file_mode(target: Path) -> int:
    """The mode a written file gets: the mode of the file it replaces, else 0666 minus the
    umask (what ``open()`` would give), so a shared folder's group can read exports."""
    try:
        existing = os.stat(target)
    except OSError:
        return 0o666 & ~current_umask()
    if stat.S_ISREG(existing.st_mode):
        return stat.S_IMODE(existing.st_mode)
    return 0o666 & ~current_umask()


def _temp_prefix(name: str) -> str:
    return f".{name}."


def _writer_alive(temp_name: str, prefix: str) -> bool:
    """Whether the process that made this temp file (pid in its name) still runs."""
    rest = temp_name[len(prefix) :]
    pid_text = rest.split(".", 1)[0]
    if not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def clean_stale_temps(directory: Path, name: str | None = None, *, now: float | None = None) -> int:
    """Delete temp files left in ``directory`` by writers that were killed (their process is
    gone, or the file is over a day old); only those of ``name`` if given. Returns how many."""
    prefix = _temp_prefix(name) if name is not None else "."
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX)):
            continue
        own_prefix = prefix if name is not None else _temp_owner_prefix(entry.name)
        if own_prefix is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        if _writer_alive(entry.name, own_prefix) and now - info.st_mtime < STALE_SECONDS:
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed += 1
    return removed


def _temp_owner_prefix(temp_name: str) -> str | None:
    """``.NAME.`` of a temp file ``.NAME.PID.RANDOM.tmp``, else None (not one of ours)."""
    parts = temp_name[1 : -len(TEMP_SUFFIX)].rsplit(".", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    return _temp_prefix(parts[0])


def _refuse_special(target: Path) -> None:
    """QuizError if ``target`` exists but is not a regular file (a device, a FIFO, a folder):
    replacing it would be wrong, and as root could replace /dev/null."""

    try:
        mode = os.stat(target).st_mode
    except OSError:
        return
    problem = not_regular(mode)
    if problem:
        raise QuizError(f"{target}: {problem}; give the name of a regular file to write")


def write_bytes_atomic(
    path: str | os.PathLike[str], data: bytes, *, overwrite: bool = True, mode: int | None = None
) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never a mix.

    The file gets the mode ``open()`` would give it (the umask is honoured) or keeps the mode of
    the file it replaces; ``mode`` forces one (0600 for a file of secrets). Temp files a
    killed writer left for the same name are removed first.
    """
    target = Path(path)
    try:
        exists = target.exists()
    except OSError as exc:  # e.g. a name too long for the file system
        raise WriteError(exc.errno, exc.strerror, str(target)) from None
    if not overwrite and exists:
        raise QuizError(f"{target} already exists (use --force to overwrite)")
    _refuse_special(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise QuizError(f"directory {directory} does not exist")
    clean_stale_temps(directory, target.name)
    mode = new_file_mode(target) if mode is None else mode
    prefix = f"{_temp_prefix(target.name)}{os.getpid()}."
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=directory)
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        if isinstance(exc, OSError):  # name the file asked for, not the temp file
            raise WriteError(exc.errno, exc.strerror, str(target)) from None
        raise
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def write_text_atomic(
    path: str | os.PathLike[str], text: str, *, overwrite: bool = True, mode: int | None = None
) -> None:
    """UTF-8 text version of :func:`write_bytes_atomic`."""
    write_bytes_atomic(path, text.encode("utf-8"), overwrite=overwrite, mode=mode)
