"""Read untrusted input files: regular files only, size caps, JSON parsed without tracebacks."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import IO, Any

from quiz.errors import QuizError

_KINDS = (
    (stat.S_ISDIR, "is a directory"),
    (stat.S_ISFIFO, "is a named pipe (FIFO)"),
    (stat.S_ISSOCK, "is a socket"),
    (stat.S_ISCHR, "is a device"),
    (stat.S_ISBLK, "is a device"),
)


def os_problem(exc: OSError) -> str:
    """The system's reason for an operating-system error ("No space left on device")."""
    return exc.strerror or str(exc) or type(exc).__name__


def shown(path: object, limit: int = 120) -> str:
    """``path`` for a one-line message: a very long name is shortened in the middle."""
    text = str(path)
    if len(text) <= limit:
        return text
    keep = limit // 2 - 2
    return f"{text[:keep]}…{text[-keep:]} ({len(text):,} characters)"


def not_regular(mode: int) -> str | None:
    """Why a file of ``mode`` is not a regular file ("is a named pipe (FIFO)"), else None."""
    if stat.S_ISREG(mode):
        return None
    for test, words in _KINDS:
        if test(mode):
            return words
    return "is not a regular file"


def open_regular(path: str | os.PathLike[str], what: str = "file") -> IO[bytes]:
    """Open ``path`` for reading in binary, refusing anything but a regular file.

    The file is opened non-blocking and checked with ``fstat`` on the open descriptor, so a
    named pipe can neither hang the open nor be swapped in between a check and the open.
    """
    p = Path(path)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise QuizError(f"{shown(p)}: no such file") from None
    except OSError as exc:
        raise QuizError(f"{shown(p)}: cannot read ({os_problem(exc)})") from None
    try:
        problem = not_regular(os.fstat(fd).st_mode)
        if problem:
            raise QuizError(f"{shown(p)}: {problem}, not {_article(what)}")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _article(what: str) -> str:
    return f"an {what}" if what[:1] in "aeiou" else f"a {what}"


def read_capped(path: str | os.PathLike[str], limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file, refusing it once more than ``limit`` bytes were read."""
    with open_regular(path, what) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise QuizError(f"{shown(path)}: too large for {_article(what)} ({size:,} bytes)")
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise QuizError(f"{shown(path)}: cannot read ({os_problem(exc)})") from None
    if len(data) > limit:
        raise QuizError(f"{shown(path)}: too large for {_article(what)} (over {limit:,} bytes)")
    return data


def parse_json(text: str | bytes, origin: str) -> Any:
    """``json.loads`` with one-line QuizErrors for bad syntax, deep nesting and huge numbers."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuizError(f"{origin}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except UnicodeDecodeError:
        raise QuizError(f"{origin}: not UTF-8 text") from None
    except RecursionError:
        raise QuizError(f"{origin}: JSON nested too deeply") from None
    except ValueError:  # an integer of more than 4,300 digits (sys.get_int_max_str_digits)
        raise QuizError(f"{origin}: JSON holds a number too long to read") from None
