"""Classes: rosters, assignments (their definitions) and class-wide question flags.

A class is ``data_dir/classes/<slug>.json`` (format ``quiz-class/1``), changed under the lock
``.<slug>.lock`` and written with the progress store's durable mechanism: atomic replace, the
previous copy kept as ``<slug>.json.bak``, no symlink followed, a corrupt file never
overwritten (the error names the last good copy).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson

from quiz.errors import QuizError
from quiz.files import read_capped
from quiz.learning import store
from quiz.learning.store import MAX_NAME, Folder, store_log, validate_name
from quiz.text import name_key, slugify

CLASS_FORMAT = "quiz-class/1"
MAX_ROSTER_BYTES = 10 * 1024 * 1024
MAX_ROSTER_LINE = 4096
LOCK_TIMEOUT_S = 10.0
__all__ = ["MAX_NAME"]


@dataclass
class Assignment:
    """Questions fixed at assignment time, the same for every student of the class."""

    id: str
    class_name: str
    bank_path: str
    bank_key: str
    bank_title: str
    question_ids: list[str]
    mode: str = "practice"
    attempts: str = "one"
    time_limit_min: float | None = None
    due: str | None = None
    created: str = ""
    questions: list[dict[str, Any]] = field(default_factory=list)
    source: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "class": self.class_name,
            "bank_path": self.bank_path,
            "bank_key": self.bank_key,
            "bank_title": self.bank_title,
            "question_ids": list(self.question_ids),
            "mode": self.mode,
            "attempts": self.attempts,
            "time_limit_min": self.time_limit_min,
            "due": self.due,
            "created": self.created,
            "questions": list(self.questions),
            "source": dict(self.source),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Assignment:
        limit = data.get("time_limit_min")
        return cls(
            id=str(data["id"]),
            class_name=str(data.get("class") or ""),
            bank_path=str(data.get("bank_path") or ""),
            bank_key=str(data.get("bank_key") or ""),
            bank_title=str(data.get("bank_title") or ""),
            question_ids=[str(q) for q in data.get("question_ids") or []],
            mode=str(data.get("mode") or "practice"),
            attempts=str(data.get("attempts") or "one"),
            time_limit_min=float(limit) if limit is not None else None,
            due=str(data["due"]) if data.get("due") else None,
            created=str(data.get("created") or ""),
            questions=[dict(q) for q in data.get("questions") or []],
            source=dict(data.get("source") or {}),
        )

    def due_date(self) -> date | None:
        return date.fromisoformat(self.due) if self.due else None

    def is_overdue(self, now: datetime) -> bool:
        """True once the due day has fully passed (due dates are inclusive)."""
        due = self.due_date()
        return due is not None and now.date() > due


@dataclass
class ClassRoom:
    """A named class: its students (learner profile names), assignments and flagged questions."""

    name: str
    students: list[str] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    flags: dict[str, str] = field(default_factory=dict)
    next_number: int = 1

    @property
    def key(self) -> str:
        return slugify(self.name)

    def assignment(self, assignment_id: str) -> Assignment | None:
        for assignment in self.assignments:
            if assignment.id == assignment_id:
                return assignment
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": CLASS_FORMAT,
            "name": self.name,
            "students": list(self.students),
            "assignments": [a.to_dict() for a in self.assignments],
            "flags": dict(self.flags),
            "next_number": self.next_number,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClassRoom:
        return cls(
            name=str(data["name"]),
            students=[str(s) for s in data.get("students") or []],
            assignments=[Assignment.from_dict(a) for a in data.get("assignments") or []],
            flags={str(k): str(v) for k, v in (data.get("flags") or {}).items()},
            next_number=int(data.get("next_number") or 1),
        )


# -- storage -----------------------------------------------------------------------------------


def classes_dir(data_dir: Path) -> Path:
    """Folder holding one JSON file per class."""
    return Path(data_dir) / "classes"


def _file(name: str) -> str:
    return f"{slugify(name)}.json"


@contextmanager
def _locked(data_dir: Path, name: str) -> Iterator[Folder]:
    """Hold the class's lock while it is read, changed and written back."""
    folder = Folder.open(Path(data_dir), "classes", create=True)
    assert folder is not None
    with folder:
        lock = folder.lock(f".{slugify(name)}.lock", LOCK_TIMEOUT_S)
        if lock is None:
            raise QuizError(f"class {name!r} is busy (locked by another quiz process)")
        try:
            folder.clean_temp(prefix=f".{_file(name)}.")  # left by a killed writer
            yield folder
        finally:
            os.close(lock)


def _read(folder: Folder, name: str, file: str | None = None) -> ClassRoom:
    file = file or _file(name)
    data = folder.read(file)
    if data is None:
        raise QuizError(f"no class named {name!r} (see `quiz class list`)")
    try:
        raw = orjson.loads(data)
        if raw.get("format") != CLASS_FORMAT:
            raise ValueError(f"unknown format {raw.get('format')!r}")
        return ClassRoom.from_dict(raw)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        backup = f"{file}.bak"
        where = (
            f"the last good copy is at {folder.path / backup}"
            if folder.exists(backup)
            else "no backup copy exists yet"
        )
        raise QuizError(
            f"{folder.path / file} is corrupt ({exc}); it was left untouched; {where}"
        ) from None


def _write(folder: Folder, room: ClassRoom) -> None:
    data = orjson.dumps(room.to_dict(), option=orjson.OPT_INDENT_2) + b"\n"
    folder.replace(_file(room.name), data, backup=True)


@contextmanager
def changing(data_dir: Path, name: str) -> Iterator[ClassRoom]:
    """The class ``name`` under its lock, written back durably if the block ends normally."""
    with _locked(data_dir, name) as folder:
        room = _read(folder, name)
        yield room
        _write(folder, room)


def check_name(name: str, what: str = "class") -> str:
    """A cleaned-up class or student name (the learners' validator), or QuizError."""
    return validate_name(name, what)


def has_classes(data_dir: Path) -> bool:
    """Whether any class was created in ``data_dir`` (cheap: no class is read)."""
    return Path(data_dir, "classes").is_dir()


def load_class(data_dir: Path, name: str) -> ClassRoom:
    """The class called ``name`` (matched by its slug, so case and spacing do not matter)."""
    folder = Folder.open(Path(data_dir), "classes")
    if folder is None:
        raise QuizError(f"no class named {name!r} (see `quiz class list`)")
    with folder:
        return _read(folder, name)


def list_classes(data_dir: Path) -> list[ClassRoom]:
    """Every class in the data directory, sorted by name; a corrupt file is skipped with a
    warning naming it."""
    rooms = []
    folder = Folder.open(Path(data_dir), "classes")
    if folder is None:
        return []
    with folder:
        for file in folder.names():
            if file.startswith(".") or not file.endswith(".json"):
                continue
            try:
                rooms.append(_read(folder, file.removesuffix(".json"), file))
            except QuizError as exc:
                store_log.warning("%s; skipped", exc)
    return sorted(rooms, key=lambda room: name_key(room.name))


def create_class(data_dir: Path, name: str) -> ClassRoom:
    """Create an empty class; refuses if one with the same name (slug) exists."""
    name = check_name(name)
    with _locked(data_dir, name) as folder:
        if folder.exists(_file(name)):
            raise QuizError(f"class {name!r} already exists")
        room = ClassRoom(name=name)
        _write(folder, room)
    return room


def add_students(data_dir: Path, name: str, students: Sequence[str]) -> list[str]:
    """Add students (creating their learner profiles if missing); returns the names added.

    Every name is checked before anything is created, so one bad roster line changes nothing.
    """
    cleaned = [validate_name(s, "student") for s in students]
    if not cleaned:
        raise QuizError("no student names given")
    added: list[str] = []
    with _locked(data_dir, name) as folder:
        room = _read(folder, name)
        known = {name_key(s) for s in room.students}
        for student in cleaned:
            if name_key(student) in known:
                continue
            student = ensure_profile(data_dir, student)
            room.students.append(student)
            known.add(name_key(student))
            added.append(student)
        _write(folder, room)
    return added


def ensure_profile(data_dir: Path, name: str) -> str:
    """Create the learner profile ``name`` unless it exists; returns its stored display name."""

    name = store.validate_profile_name(name)
    for existing in store.list_profiles(data_dir):
        if name_key(existing) == name_key(name):
            return existing
    store.add_profile(data_dir, name)
    return name


def remove_students(data_dir: Path, name: str, students: Sequence[str]) -> list[str]:
    """Take students off the roster (their profiles and progress are kept); returns removed."""
    wanted = {name_key(validate_name(s, "student")) for s in students}
    with _locked(data_dir, name) as folder:
        room = _read(folder, name)
        removed = [s for s in room.students if name_key(s) in wanted]
        missing = wanted - {name_key(s) for s in removed}
        if missing:
            raise QuizError(f"not in class {room.name!r}: {', '.join(sorted(missing))}")
        room.students = [s for s in room.students if name_key(s) not in wanted]
        _write(folder, room)
    return removed


def read_roster(path: Path) -> list[str]:
    """Student names from a roster file: a CSV with a ``name`` column, or one name per line."""

    try:
        text = read_capped(path, MAX_ROSTER_BYTES, "roster file").decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QuizError(f"{path}: not a text file") from None
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) > MAX_ROSTER_LINE:
            raise QuizError(f"{path}: line {number} is too long ({len(line):,} characters)")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise QuizError(f"{path}: roster is empty")
    try:
        header = next(csv.reader([lines[0]]))
        folded = [name_key(cell) for cell in header]
        if "name" not in folded:
            return [line.strip() for line in lines]
        column = folded.index("name")
        rows = list(csv.reader(io.StringIO("\n".join(lines[1:]))))
    except csv.Error as exc:
        raise QuizError(f"{path}: not a roster CSV ({exc})") from None
    names = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    if not names:
        raise QuizError(f"{path}: the name column is empty")
    return names


def classes_of(data_dir: Path, profile: str) -> list[ClassRoom]:
    """The classes whose roster includes ``profile``."""
    wanted = name_key(profile)
    return [r for r in list_classes(data_dir) if wanted in {name_key(s) for s in r.students}]


# -- flags -------------------------------------------------------------------------------------


def flag_question(data_dir: Path, name: str, question_id: str, reason: str = "") -> None:
    """Take a question out of rotation for the whole class (e.g. it is wrong or unclear)."""
    with _locked(data_dir, name) as folder:
        room = _read(folder, name)
        room.flags[question_id] = reason or "flagged by teacher"
        _write(folder, room)


def unflag_question(data_dir: Path, name: str, question_id: str) -> bool:
    """Put a flagged question back into rotation; returns whether it was flagged."""
    with _locked(data_dir, name) as folder:
        room = _read(folder, name)
        was_flagged = room.flags.pop(question_id, None) is not None
        _write(folder, room)
    return was_flagged


def class_flags(data_dir: Path, profile: str) -> set[str]:
    """Question ids flagged in any class of ``profile``: pass as ``exclude`` to sessions."""
    flagged: set[str] = set()
    for room in classes_of(data_dir, profile):
        flagged.update(room.flags)
    return flagged
