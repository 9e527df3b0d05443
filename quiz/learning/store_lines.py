"""Log lines to documents: a chunk parsed as one JSON array, bad lines skipped with a warning."""

from __future__ import annotations

from typing import Any

import orjson

from quiz.learning.store_files import log


def parse_lines(parts: list[bytes], path: Any, before: int) -> list[dict[str, Any]]:
    """The documents of whole log lines: one parse for the lot (a JSON array), line by line
    (bad lines skipped with a warning) only when that fails."""
    try:
        docs = orjson.loads(b"[" + b",".join(line for line in parts if line.strip()) + b"]")
        whole = len(docs) == sum(1 for line in parts if line.strip())
        if whole and all(type(doc) is dict and type(doc.get("id")) is int for doc in docs):
            return docs  # type: ignore[no-any-return]
    except orjson.JSONDecodeError:
        pass
    found = []
    for number, line in enumerate(parts, before + 1):
        doc = _parse_log_line(line, path, number)
        if doc is not None:
            found.append(doc)
    return found


def _parse_log_line(line: bytes, path: Any, number: int) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        doc = orjson.loads(line)
        int(doc["id"])
        return doc
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        where = f"line {number}" if number else "a line"
        log.warning("%s %s is not a valid entry; skipped", path, where)
        return None
