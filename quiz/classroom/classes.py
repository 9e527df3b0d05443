"""Class rosters, assignments and class-wide question flags, stored under ``data_dir/classes/``."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quiz.atomic import write_text_atomic
from quiz.errors import QuizError
from quiz.kinds import parse_kinds
from quiz.learning.picker import pick_questions
from quiz.learning.store import read_cards as read_cards  # re-exported for reports
from quiz.learning.store import read_reviews, read_sessions
from quiz.model import Bank, Question, Source
from quiz.text import search_key, slugify

if TYPE_CHECKING:
    from quiz.learning.practice import PracticeSession
    from quiz.learning.store import Store
    from quiz.learning.summary import SessionSummary

CLASS_FORMAT = "quiz-class/1"
MODES = ("practice", "exam")
ATTEMPT_RULES = ("one", "best")
MAX_NAME = 80
MAX_ROSTER_BYTES = 10 * 1024 * 1024
MAX_ROSTER_LINE = 4096
LOCK_TIMEOUT_S = 10.0


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


def _class_path(data_dir: Path, name: str) -> Path:
    return classes_dir(data_dir) / f"{slugify(name)}.json"


@contextmanager
def _locked(data_dir: Path, name: str) -> Iterator[None]:
    """Hold the class file's lock while it is read, changed and written back."""
    from filelock import FileLock, Timeout

    folder = classes_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(folder / f".{slugify(name)}.lock"), timeout=LOCK_TIMEOUT_S)
    try:
        with lock:
            yield
    except Timeout:
        raise QuizError(f"class {name!r} is busy (locked by another quiz process)") from None


def _read(path: Path, name: str) -> ClassRoom:
    if not path.exists():
        raise QuizError(f"no class named {name!r} (see `quiz class list`)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != CLASS_FORMAT:
            raise ValueError("unknown format")
        return ClassRoom.from_dict(data)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise QuizError(f"{path}: corrupt class file") from None


def _write(data_dir: Path, room: ClassRoom) -> None:
    text = json.dumps(room.to_dict(), ensure_ascii=False, indent=1) + "\n"
    write_text_atomic(_class_path(data_dir, room.name), text)


def check_name(name: str, what: str = "class") -> str:
    """A cleaned-up class or student name, or QuizError if it cannot be one."""
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise QuizError(f"{what} name must not be empty")
    if len(cleaned) > MAX_NAME:
        raise QuizError(f"{what} name is too long ({len(cleaned)} characters, at most {MAX_NAME})")
    if any(not ch.isprintable() for ch in cleaned):
        raise QuizError(f"{what} name {cleaned!r} contains control characters")
    return cleaned


def load_class(data_dir: Path, name: str) -> ClassRoom:
    """The class called ``name`` (matched by its slug, so case and spacing do not matter)."""
    return _read(_class_path(data_dir, name), name)


def list_classes(data_dir: Path) -> list[ClassRoom]:
    """Every class in the data directory, sorted by name; corrupt files are skipped."""
    rooms = []
    folder = classes_dir(data_dir)
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            rooms.append(_read(path, path.stem))
        except QuizError:
            continue
    return sorted(rooms, key=lambda room: room.name.casefold())


def create_class(data_dir: Path, name: str) -> ClassRoom:
    """Create an empty class; refuses if one with the same name (slug) exists."""
    name = check_name(name)
    with _locked(data_dir, name):
        if _class_path(data_dir, name).exists():
            raise QuizError(f"class {name!r} already exists")
        room = ClassRoom(name=name)
        _write(data_dir, room)
    return room


def add_students(data_dir: Path, name: str, students: Sequence[str]) -> list[str]:
    """Add students (creating their learner profiles if missing); returns the names added.

    Every name is checked before anything is created, so one bad roster line changes nothing.
    """
    from quiz.learning.store import validate_profile_name

    cleaned = [validate_profile_name(check_name(s, "student")) for s in students]
    if not cleaned:
        raise QuizError("no student names given")
    added: list[str] = []
    with _locked(data_dir, name):
        room = load_class(data_dir, name)
        known = {s.casefold() for s in room.students}
        for student in cleaned:
            if student.casefold() in known:
                continue
            student = ensure_profile(data_dir, student)
            room.students.append(student)
            known.add(student.casefold())
            added.append(student)
        _write(data_dir, room)
    return added


def ensure_profile(data_dir: Path, name: str) -> str:
    """Create the learner profile ``name`` unless it exists; returns its stored display name."""
    from quiz.learning import store

    name = store.validate_profile_name(name)
    for existing in store.list_profiles(data_dir):
        if existing.casefold() == name.casefold():
            return existing
    store.add_profile(data_dir, name)
    return name


def remove_students(data_dir: Path, name: str, students: Sequence[str]) -> list[str]:
    """Take students off the roster (their profiles and progress are kept); returns removed."""
    wanted = {check_name(s, "student").casefold() for s in students}
    with _locked(data_dir, name):
        room = load_class(data_dir, name)
        removed = [s for s in room.students if s.casefold() in wanted]
        missing = wanted - {s.casefold() for s in removed}
        if missing:
            raise QuizError(f"not in class {room.name!r}: {', '.join(sorted(missing))}")
        room.students = [s for s in room.students if s.casefold() not in wanted]
        _write(data_dir, room)
    return removed


def read_roster(path: Path) -> list[str]:
    """Student names from a roster file: a CSV with a ``name`` column, or one name per line."""
    from quiz.files import read_capped

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
        folded = [cell.strip().casefold() for cell in header]
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
    wanted = profile.casefold()
    return [r for r in list_classes(data_dir) if wanted in {s.casefold() for s in r.students}]


# -- flags -------------------------------------------------------------------------------------


def flag_question(data_dir: Path, name: str, question_id: str, reason: str = "") -> None:
    """Take a question out of rotation for the whole class (e.g. it is wrong or unclear)."""
    with _locked(data_dir, name):
        room = load_class(data_dir, name)
        room.flags[question_id] = reason or "flagged by teacher"
        _write(data_dir, room)


def unflag_question(data_dir: Path, name: str, question_id: str) -> bool:
    """Put a flagged question back into rotation; returns whether it was flagged."""
    with _locked(data_dir, name):
        room = load_class(data_dir, name)
        was_flagged = room.flags.pop(question_id, None) is not None
        _write(data_dir, room)
    return was_flagged


def class_flags(data_dir: Path, profile: str) -> set[str]:
    """Question ids flagged in any class of ``profile``: pass as ``exclude`` to sessions."""
    flagged: set[str] = set()
    for room in classes_of(data_dir, profile):
        flagged.update(room.flags)
    return flagged


# -- assignments -------------------------------------------------------------------------------


def choose_questions(
    bank: Bank,
    *,
    count: int | None,
    sections: Sequence[str] = (),
    kinds: Sequence[str] = (),
    exclude: set[str] | frozenset[str] = frozenset(),
    rng: random.Random,
) -> list[str]:
    """Pick ``count`` question ids matching the filters (as many as can be if None), kept in
    bank order: balanced over sections and kinds, never two siblings (the one picker)."""
    kinds = parse_kinds(kinds)
    wanted_sections = {search_key(s) for s in sections}
    known_sections = {search_key(q.section) for q in bank.questions}
    unknown = sorted(s for s in wanted_sections if s not in known_sections)
    if unknown:
        raise QuizError(f"bank {bank.title!r} has no section {unknown[0]!r}")
    pool = [
        q
        for q in bank.questions
        if q.id not in exclude
        and (not wanted_sections or search_key(q.section) in wanted_sections)
        and (not kinds or q.kind in kinds)
    ]
    if not pool:
        raise QuizError("no questions match the chosen sections and kinds")
    if count is not None and count < 1:
        raise QuizError("--count must be at least 1")
    return [q.id for q in pick_questions(pool, count, rng)]


def create_assignment(
    data_dir: Path,
    class_name: str,
    bank: Bank,
    bank_path: Path,
    *,
    question_ids: Sequence[str],
    mode: str = "practice",
    attempts: str = "one",
    time_limit_min: float | None = None,
    due: date | None = None,
    now: datetime,
) -> Assignment:
    """Store a new assignment of ``question_ids`` from ``bank`` for every student of the class."""
    if mode not in MODES:
        raise QuizError(f"unknown mode {mode!r} (expected practice or exam)")
    if attempts not in ATTEMPT_RULES:
        raise QuizError(f"unknown attempts rule {attempts!r} (expected one or best)")
    if time_limit_min is not None and time_limit_min <= 0:
        raise QuizError("--time-limit must be a positive number of minutes")
    by_id = {q.id: q for q in bank.questions}
    missing = [qid for qid in question_ids if qid not in by_id]
    if missing or not question_ids:
        raise QuizError(
            f"question {missing[0]!r} is not in the bank" if missing else "no questions"
        )
    with _locked(data_dir, class_name):
        room = load_class(data_dir, class_name)
        assignment = Assignment(
            id=f"{room.key}-{room.next_number}",
            class_name=room.name,
            bank_path=str(Path(bank_path).resolve()),
            bank_key=bank.key,
            bank_title=bank.title,
            question_ids=list(question_ids),
            mode=mode,
            attempts=attempts,
            time_limit_min=time_limit_min,
            due=due.isoformat() if due else None,
            created=now.isoformat(timespec="seconds"),
            questions=[by_id[qid].to_dict() for qid in question_ids],
            source=bank.source.to_dict(),
        )
        room.assignments.append(assignment)
        room.next_number += 1
        _write(data_dir, room)
    return assignment


def find_assignment(data_dir: Path, assignment_id: str) -> Assignment:
    """The assignment with this id, from whichever class holds it."""
    for room in list_classes(data_dir):
        found = room.assignment(assignment_id)
        if found is not None:
            return found
    raise QuizError(f"no assignment with id {assignment_id!r}")


def student_order(assignment: Assignment, profile: str) -> list[str]:
    """The assignment's questions shuffled for one student, the same order every time."""
    digest = hashlib.sha256(f"{profile.casefold()}\0{assignment.id}".encode()).digest()
    order = list(assignment.question_ids)
    random.Random(int.from_bytes(digest[:8], "big")).shuffle(order)
    return order


def parse_due(text: str) -> date:
    """A due date from ``YYYY-MM-DD`` (the assignment is due by the end of that day)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise QuizError(f"bad due date {text!r} (expected YYYY-MM-DD)") from None


def resolve_bank(data_dir: Path, name: str) -> tuple[Bank, Path]:
    """A bank from a file path, or by name among saved and bundled banks; with its path."""
    from quiz.bank import bundled_banks
    from quiz.paths import banks_dir
    from quiz.review import load_approved_bank as load_bank

    candidate = Path(name).expanduser()
    try:
        given = candidate.exists()
    except OSError:  # a name too long for the file system is no file
        given = False
    if given:
        return load_bank(candidate), candidate.resolve()
    saved = banks_dir(Path(data_dir))
    known = sorted(saved.glob("*.json")) if saved.is_dir() else []
    wanted = slugify(Path(name).stem)
    for path in [*known, *bundled_banks()]:
        if slugify(path.stem) == wanted:
            return load_bank(path), path.resolve()
    for path in [*known, *bundled_banks()]:
        try:
            bank = load_bank(path)
        except QuizError:
            continue
        if bank.key == wanted:
            return bank, path.resolve()
    raise QuizError(f"{name}: no such bank file or saved bank")


# -- assignment status, attempts and sessions ----------------------------------------------------

EXAM_SECONDS_PER_QUESTION = 60.0
MIN_EXAM_SECONDS = 300.0


@dataclass
class AssignmentStatus:
    """Where one student stands on one assignment; ``status`` is a line for people."""

    assignment: Assignment
    state: str
    attempts: int = 0
    score: int | None = None
    total: int = 0
    answered: int = 0
    can_attempt: bool = True

    @property
    def percent(self) -> float | None:
        return 100.0 * self.score / self.total if self.score is not None and self.total else None

    @property
    def status(self) -> str:
        if self.state == "done":
            return f"done {self.score}/{self.total} ({self.percent or 0:.0f}%)"
        if self.state == "in progress":
            return f"in progress {self.answered}/{len(self.assignment.question_ids)}"
        return self.state

    def __str__(self) -> str:
        return f"{self.assignment.id}: {self.assignment.bank_title} · {self.status}"


def assignment_results(
    sessions: Sequence[dict[str, Any]], assignment_id: str
) -> list[dict[str, Any]]:
    """The saved sessions that were attempts at ``assignment_id``."""
    return [s for s in sessions if (s.get("meta") or {}).get("assignment") == assignment_id]


def status_of(
    assignment: Assignment,
    sessions: Sequence[dict[str, Any]],
    reviews: Sequence[Any],
    now: datetime | None,
    flagged: Iterable[str] = (),
) -> AssignmentStatus:
    """One student's status from their saved sessions and review log (pure).

    With one attempt the score counts each question's first answer, so an attempt left and
    resumed later adds up; with "best" it is the best finished session.
    """
    attempts = assignment_results(sessions, assignment.id)
    mine = [r for r in reviews if r.assignment == assignment.id]
    first: dict[str, Any] = {}
    for review in sorted(mine, key=lambda r: (r.time, r.id)):
        first.setdefault(review.qid, review)
    asked = [q for q in assignment.question_ids if q not in set(flagged)]
    result = AssignmentStatus(
        assignment, "not started", attempts=len(attempts), answered=len(first)
    )
    if assignment.attempts == "one" and (attempts or (asked and set(asked) <= set(first))):
        result.state, result.can_attempt = "done", False
        result.score = sum(r.verdict in ("right", "close") for r in first.values())
        result.total = max(len(asked), len(first))
        if not first:  # answers not logged (e.g. a session without scheduling)
            result.score, result.total = _score(attempts[0]), int(attempts[0].get("total") or 0)
    elif attempts:
        best = max(attempts, key=_score)
        result.state, result.score, result.total = "done", _score(best), int(best.get("total") or 0)
    elif now is not None and assignment.is_overdue(now):
        result.state = "overdue"
    elif first:
        result.state = "in progress"
    return result


def _score(summary: dict[str, Any]) -> int:
    return int(summary.get("right") or 0) + int(summary.get("close") or 0)


def assignments_for(
    data_dir: Path, profile: str, *, now: datetime | None = None
) -> list[AssignmentStatus]:
    """The assignments of every class of ``profile`` with their status, open ones first.

    Without ``now`` nothing is reported overdue (only the app reads the clock).
    """
    assignments = [a for room in classes_of(data_dir, profile) for a in room.assignments]
    if not assignments:
        return []
    sessions = read_sessions(data_dir, profile)
    reviews = [r for r in read_reviews(data_dir, profile, assignments_only=True) if r.assignment]
    flags = class_flags(data_dir, profile)
    statuses = [status_of(a, sessions, reviews, now, flags) for a in assignments]
    return sorted(
        statuses,
        key=lambda s: (s.state == "done", s.assignment.due or "9999", s.assignment.created),
    )


def can_attempt(data_dir: Path, profile: str, assignment_id: str) -> bool:
    """Whether ``profile`` may (still) take the assignment: always with "best", else until
    a finished attempt (or every question answered)."""
    assignment = find_assignment(data_dir, assignment_id)
    reviews = read_reviews(data_dir, profile, assignments_only=True)
    sessions = read_sessions(data_dir, profile)
    flags = class_flags(data_dir, profile)
    return status_of(assignment, sessions, reviews, None, flags).can_attempt


def answered_questions(data_dir: Path, profile: str, assignment_id: str) -> set[str]:
    """Ids of the assignment's questions ``profile`` has already answered."""
    reviews = read_reviews(data_dir, profile, assignments_only=True)
    return {r.qid for r in reviews if r.assignment == assignment_id}


def assignment_bank(data_dir: Path, assignment: Assignment) -> Bank:
    """The assigned questions as a bank: the copy kept in the assignment (so regenerating or
    moving the bank file later changes nothing), else the bank file itself; either way with
    the teacher's review of the bank applied (rejected questions leave, edits show)."""
    from quiz.review import apply_review, load_approved_bank, load_review

    path = Path(assignment.bank_path)
    if assignment.questions:
        copy = Bank(
            title=assignment.bank_title,
            source=Source.from_dict(assignment.source or {"title": assignment.bank_title}),
            questions=[Question.from_dict(q) for q in assignment.questions],
        )
        try:
            return apply_review(copy, load_review(path))
        except QuizError:
            return copy
    if path.exists():
        return load_approved_bank(path)
    bank, _ = resolve_bank(data_dir, assignment.bank_key)
    return bank


def start_assignment(
    data_dir: Path,
    profile: str,
    assignment_id: str,
    *,
    now: datetime,
    rng: random.Random | None = None,
    store: Store | None = None,
) -> PracticeSession:
    """A PracticeSession or ExamSession on the assignment's questions for ``profile``.

    ``store`` is the student's open store (the app's); without it one is opened and the caller
    closes ``session.store``. The question order is fixed per student (``student_order``), so
    ``rng`` only drives the scheduler's interval fuzz. Class-flagged questions are left out,
    and a one-attempt practice left half-way resumes with the questions not yet answered.
    """
    from quiz.learning.exam import ExamSession
    from quiz.learning.practice import PracticeSession
    from quiz.learning.store import open_store

    assignment = find_assignment(data_dir, assignment_id)
    room = load_class(data_dir, assignment.class_name)
    if profile.casefold() not in {s.casefold() for s in room.students}:
        raise QuizError(f"{profile!r} is not in class {room.name!r}")
    if not can_attempt(data_dir, profile, assignment_id):
        raise QuizError(f"assignment {assignment_id} allows one attempt and it was already taken")
    bank = assignment_bank(data_dir, assignment)
    skip = set(room.flags)
    if assignment.attempts == "one" and assignment.mode == "practice":
        skip |= answered_questions(data_dir, profile, assignment_id)  # resume where they left
    ids = [q for q in student_order(assignment, profile) if q not in skip and bank.question(q)]
    if not ids:
        raise QuizError(f"no questions of assignment {assignment_id} are left in its bank")
    seeded = random.Random(f"{profile.casefold()}\0{assignment.id}")
    store = store if store is not None else open_store(Path(data_dir), profile)
    meta = {"assignment": assignment.id, "class": room.name}
    if assignment.mode == "exam":
        limit = assignment.time_limit_min * 60 if assignment.time_limit_min else None
        limit = limit or max(MIN_EXAM_SECONDS, EXAM_SECONDS_PER_QUESTION * len(ids))
        session: PracticeSession = ExamSession(
            store, bank, now=now, rng=seeded, question_ids=ids, time_limit=limit, meta=meta
        )
    else:
        session = PracticeSession(store, bank, now=now, rng=seeded, question_ids=ids, meta=meta)
    if rng is not None:
        session.rng = rng
    return session


def record_result(session: PracticeSession, *, now: datetime) -> SessionSummary:
    """End an assignment session: grade (exam) or tally (practice) and save the summary with
    the assignment id in the student's store; returns the ``SessionSummary``."""
    from quiz.learning.exam import ExamSession

    if isinstance(session, ExamSession):
        return session.submit(now)
    return session.finish(now)
