"""Read, write and validate question banks; find the bundled bank."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from quiz.atomic import write_text_atomic
from quiz.errors import QuizError
from quiz.kinds import get_kind, kind_names
from quiz.model import BANK_FORMAT, Bank, Question

MAX_BANK_BYTES = 100 * 1024 * 1024
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
    if not p.exists():
        raise QuizError(f"{p}: no such file")
    if p.is_dir():
        raise QuizError(f"{p}: is a directory, not a bank file")
    if p.stat().st_size > MAX_BANK_BYTES:
        raise QuizError(f"{p}: too large for a bank ({p.stat().st_size} bytes)")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise QuizError(f"{p}: not a text file (binary data)") from None
    except OSError as exc:
        raise QuizError(f"{p}: cannot read ({exc.strerror})") from None
    if not text.strip():
        raise QuizError(f"{p}: empty file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuizError(f"{p}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise QuizError(f"{p}: not a question bank (expected a JSON object)")
    return data


def load_bank(path: str | os.PathLike[str]) -> Bank:
    """Load and validate a bank; raises QuizError naming the first problems if it is invalid."""
    data = load_bank_data(path)
    problems = validate_bank_data(data)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise QuizError(f"{path}: invalid bank: {problems[0]}{more}; run `quiz validate {path}`")
    return Bank.from_dict(data)


def _check_question(q: dict[str, Any], index: int) -> list[str]:
    qid = q.get("id")
    name = f"question {qid!r}" if isinstance(qid, str) and qid else f"question #{index + 1}"
    problems: list[str] = []
    for key in ("id", "kind", "prompt", "answer"):
        value = q.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{name}: '{key}' must be a non-empty string")
    for key in ("section", "context"):
        if key in q and not isinstance(q[key], str):
            problems.append(f"{name}: '{key}' must be a string")
    for key in ("choices", "accept", "tags"):
        if key in q and not (isinstance(q[key], list) and all(isinstance(c, str) for c in q[key])):
            problems.append(f"{name}: '{key}' must be a list of strings")
    if "difficulty" in q and not (
        isinstance(q["difficulty"], int | float) and 0 <= q["difficulty"] <= 1
    ):
        problems.append(f"{name}: 'difficulty' must be a number from 0 to 1")
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
        problems.append(f"'format' must be {BANK_FORMAT!r}, found {data.get('format')!r}")
    if not isinstance(data.get("title"), str) or not data["title"].strip():
        problems.append("'title' must be a non-empty string")
    source = data.get("source")
    if not isinstance(source, dict):
        problems.append("'source' must be an object with title, licence, attribution, sha256")
    questions = data.get("questions")
    if not isinstance(questions, list):
        problems.append("'questions' must be a list")
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
