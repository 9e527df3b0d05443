"""Read, write and validate question banks; find the bundled bank."""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quiz.atomic import write_text_atomic
from quiz.errors import QuizError
from quiz.files import parse_json, read_capped
from quiz.kinds import get_kind, kind_names
from quiz.model import BANK_FORMAT, Bank, Question

MAX_BANK_BYTES = 100 * 1024 * 1024
MAX_TITLE = 255
_MARKUP = re.compile(
    r"\{\{|\}\}|\[\[|\]\]|<\s*/?\s*(ref|br|small|sup|span|div)\b|&\s*(nbsp|ndash|mdash|amp|quot);"
    r"|(?i:\b(thumb|upright)\s*\|)|(?i:https?://)|''"
)


def bundled_dir() -> Path:
    """The folder holding the bundled article and bank (installed copy, else the checkout)."""
    installed = Path(__file__).resolve().parent / "_bundled"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "questions"


def bundled_banks() -> list[Path]:
    """Paths of the bank files shipped with quiz, sorted by name."""
    return sorted(p for p in bundled_dir().glob("*.json") if not p.name.startswith("."))


def bank_to_json(bank: Bank) -> str:
    """Canonical JSON text of a bank: stable key order, UTF-8, trailing newline."""
    return json.dumps(bank.to_dict(), ensure_ascii=False, indent=1) + "\n"


def write_bank(bank: Bank, path: str | os.PathLike[str], *, force: bool = False) -> None:
    """Write ``bank`` atomically; refuses to replace an existing file unless ``force``."""
    write_text_atomic(path, bank_to_json(bank), overwrite=force)


def load_bank_data(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a bank file as raw JSON, with one-line errors for every kind of bad file."""
    p = Path(path)
    data = read_capped(p, MAX_BANK_BYTES, "bank file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QuizError(f"{p}: not a text file (binary data)") from None
    if not text.strip():
        raise QuizError(f"{p}: empty file")
    value = parse_json(text, str(p))
    if not isinstance(value, dict):
        raise QuizError(f"{p}: not a question bank (expected a JSON object)")
    return value


def load_bank(path: str | os.PathLike[str]) -> Bank:
    """Load and validate a bank; raises QuizError naming the first problems if it is invalid.

    Every loader goes through here, so whatever ``quiz validate`` accepts loads everywhere."""
    data = load_bank_data(path)
    problems = validate_bank_data(data)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise QuizError(f"{path}: invalid bank: {problems[0]}{more}; run `quiz validate {path}`")
    return Bank.from_dict(data)


# --- the schema of quiz-bank/1: one table per object, used by validate and every loader --------


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_title(value: Any) -> bool:
    return _is_text(value) and len(value) <= MAX_TITLE


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict)


def _is_list(value: Any) -> bool:
    return isinstance(value, list)


def _is_unit(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 <= value <= 1
    )


# (field, test, what a good value is, required)
Field = tuple[str, Callable[[Any], bool], str, bool]
BANK_FIELDS: tuple[Field, ...] = (
    ("title", _is_title, f"a non-empty string of at most {MAX_TITLE} characters", True),
    ("source", _is_object, "an object with title, licence, attribution, sha256", True),
    ("generator", _is_object, "an object (name, version, seed)", False),
    ("sections", _is_str_list, "a list of strings", False),
    ("questions", _is_list, "a list", True),
)
SOURCE_KEYS = ("title", "licence", "attribution", "sha256", "url")
SOURCE_FIELDS: tuple[Field, ...] = tuple((key, _is_str, "a string", False) for key in SOURCE_KEYS)
QUESTION_FIELDS: tuple[Field, ...] = (
    ("id", _is_text, "a non-empty string", True),
    ("kind", _is_text, "a non-empty string", True),
    ("prompt", _is_text, "a non-empty string", True),
    ("answer", _is_text, "a non-empty string", True),
    ("choices", _is_str_list, "a list of strings", False),
    ("section", _is_str, "a string", False),
    ("context", _is_str, "a string", False),
    ("accept", _is_str_list, "a list of strings", False),
    ("difficulty", _is_unit, "a number from 0 to 1", False),
    ("tags", _is_str_list, "a list of strings", False),
    ("fact", _is_str, "a string", False),
)


def _check_fields(obj: dict[str, Any], fields: tuple[Field, ...], where: str) -> list[str]:
    problems = []
    for key, test, good, required in fields:
        if key in obj:
            if not test(obj[key]):
                problems.append(f"{where}'{key}' must be {good}")
        elif required:
            problems.append(f"{where}'{key}' must be {good}")
    return problems


def _check_question(q: dict[str, Any], index: int) -> list[str]:
    qid = q.get("id")
    name = f"question {qid!r}" if isinstance(qid, str) and qid else f"question #{index + 1}"
    problems = _check_fields(q, QUESTION_FIELDS, f"{name}: ")
    if problems:
        return problems
    kind = get_kind(q["kind"])
    if kind is None:
        problems.append(
            f"{name}: unknown kind {q['kind']!r} (expected one of {', '.join(kind_names())})"
        )
    else:
        problems.extend(f"{name}: {problem}" for problem in kind.validate(Question.from_dict(q)))
    for key in ("prompt", "answer", "context"):
        text = q.get(key) or ""
        if _MARKUP.search(text):
            problems.append(f"{name}: wiki markup left in '{key}'")
    return problems


def question_problems(question: dict[str, Any]) -> list[str]:
    """Every problem of one question's JSON (used to check a teacher's edits before saving)."""
    return _check_question(question, 0)


def validate_bank_data(data: Any) -> list[str]:
    """Every problem found in a bank's JSON, each naming the question id it concerns."""
    if not isinstance(data, dict):
        return ["a bank must be a JSON object"]
    problems: list[str] = []
    if data.get("format") != BANK_FORMAT:
        found = data.get("format")
        shown = repr(found) if isinstance(found, str | None) else type(found).__name__
        problems.append(f"'format' must be {BANK_FORMAT!r}, found {shown[:60]}")
    problems += _check_fields(data, BANK_FIELDS, "")
    if isinstance(data.get("source"), dict):
        problems += _check_fields(data["source"], SOURCE_FIELDS, "source: ")
    questions = data.get("questions")
    if not isinstance(questions, list):
        return problems
    seen: set[str] = set()
    for index, q in enumerate(questions):
        if not isinstance(q, dict):
            problems.append(f"question #{index + 1}: must be an object")
            continue
        qid = q.get("id")
        if isinstance(qid, str) and qid:
            if qid in seen:
                problems.append(f"question {qid!r}: duplicate id")
            seen.add(qid)
        problems.extend(_check_question(q, index))
    return problems
