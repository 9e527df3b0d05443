"""Profiles written by quiz 0.1 (schema 1): read them, and migrate them to the TinyDB store.

Schema 1 kept ``profile.json`` (TinyDB: meta, settings, sessions with every answer),
``cards.json`` (snapshot ``quiz-cards/1``), ``journal.jsonl`` (changes since the snapshot)
and ``reviews.jsonl`` (the review log). Migration writes the new files beside them, then
switches ``profile.json`` to schema 2 in one atomic replace (the commit point), and only then
removes the old files: a migration cut short leaves the old profile intact and starts again.
"""

from __future__ import annotations

from typing import Any

import orjson

from quiz.errors import QuizError
from quiz.learning.store_cards import snapshot_bytes
from quiz.learning.store_db import JOURNAL, LOGS, SNAPSHOT, ProgressState
from quiz.learning.store_files import Folder, lines, log
from quiz.learning.store_meta import META, SCHEMA_VERSION, FolderJSONStorage

OLD_SNAPSHOT = "cards.json"
OLD_JOURNAL = "journal.jsonl"
OLD_LOG = "reviews.jsonl"
OLD_FILES = (OLD_SNAPSHOT, f"{OLD_SNAPSHOT}.bak", OLD_JOURNAL, OLD_LOG)
OLD_FORMAT = "quiz-cards/1"


def read_old(folder: Folder) -> ProgressState:
    """A schema-1 profile as a :class:`ProgressState` whose review log is the old
    ``reviews.jsonl`` (its size in the state) and whose sessions and journal answers are
    pending; nothing is written."""
    profile = orjson.loads(folder.read(META) or b"{}")
    state = ProgressState()
    settings = (profile.get("settings") or {}).get("1")
    if isinstance(settings, dict):
        state.tables["settings"] = {"1": settings}
    sessions = {}
    for key, doc in (profile.get("sessions") or {}).items():
        if isinstance(doc, dict):
            sessions[str(int(key))] = {k: v for k, v in doc.items() if k != "answers"}
    state.pending["sessions"] = sessions
    cards, seq = _old_cards(folder)
    reviews: dict[str, Any] = {}
    for number, line in lines(folder.read(OLD_JOURNAL) or b"", folder.path / OLD_JOURNAL):
        try:
            op = orjson.loads(line)
            if int(op["n"]) <= seq:
                continue
            for raw in op.get("cards", ()):
                cards[(str(raw["b"]), str(raw["q"]))] = raw
            if isinstance(op.get("review"), dict):
                reviews[str(int(op["review"]["id"]))] = op["review"]
            if "undo" in op:
                reviews.pop(str(int(op["undo"])), None)
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            path = folder.path / OLD_JOURNAL
            log.warning("%s line %d is not a valid change; skipped", path, number)
    state.tables["cards"] = {str(i): raw for i, raw in enumerate(cards.values(), 1)}
    size = folder.size(OLD_LOG) or 0
    last = _last_id(folder, size)
    state.log_size = {"reviews": size}
    state.log_last = {"reviews": last}
    state.pending["reviews"] = {
        i: {k: v for k, v in doc.items() if k != "id"}
        for i, doc in reviews.items()
        if int(i) > last
    }
    return state


def _old_cards(folder: Folder) -> tuple[dict[tuple[str, str], Any], int]:
    data = folder.read(OLD_SNAPSHOT)
    if data is None:
        return {}, 0
    try:
        snapshot = orjson.loads(data)
        if snapshot.get("format") != OLD_FORMAT:
            raise ValueError(f"unknown format {snapshot.get('format')!r}")
        cards = {(str(raw["b"]), str(raw["q"])): raw for raw in snapshot["cards"]}
        return cards, int(snapshot.get("seq", 0))
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        backup = folder.path / f"{OLD_SNAPSHOT}.bak"
        where = (
            f"the last good copy is at {backup}"
            if folder.exists(f"{OLD_SNAPSHOT}.bak")
            else "no backup copy exists yet"
        )
        raise QuizError(
            f"{folder.path / OLD_SNAPSHOT} is corrupt ({exc}); it was left untouched; {where}"
        ) from None


def _last_id(folder: Folder, size: int) -> int:
    """The id of the last valid entry of the old review log."""
    data = folder.read_range(OLD_LOG, max(0, size - 65536), size)
    for line in reversed(data.split(b"\n")):
        try:
            return int(orjson.loads(line)["id"])
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            continue
    return 0


def migrate(folder: Folder, name: str) -> None:
    """Rewrite a schema-1 profile as schema 2 (call with the profile's lock held)."""
    state = read_old(folder)
    body = bytearray()
    path = folder.path / OLD_LOG
    last = 0
    counts: dict[str, int] = {}
    for number, line in lines(folder.read_range(OLD_LOG, 0, state.log_size["reviews"]), path):
        try:
            doc = orjson.loads(line)
            last = int(doc["id"])
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            log.warning("%s line %d is not a valid entry; skipped", path, number)
            continue
        body += line + b"\n"
        counts[str(doc.get("b", ""))] = counts.get(str(doc.get("b", "")), 0) + 1
    for doc_id in sorted(state.pending["reviews"], key=int):
        doc = state.pending["reviews"][doc_id]
        body += orjson.dumps({"id": int(doc_id), **doc}) + b"\n"
        last = max(last, int(doc_id))
        counts[str(doc.get("b", ""))] = counts.get(str(doc.get("b", "")), 0) + 1
    sessions = bytearray()
    session_last = 0
    for doc_id in sorted(state.pending["sessions"], key=int):
        sessions += orjson.dumps({"id": int(doc_id), **state.pending["sessions"][doc_id]}) + b"\n"
        session_last = int(doc_id)
    folder.replace(LOGS["reviews"], bytes(body))
    folder.replace(LOGS["sessions"], bytes(sessions))
    new = ProgressState(
        tables=state.tables,
        log_size={"reviews": len(body), "sessions": len(sessions)},
        log_last={"reviews": last, "sessions": session_last},
        log_counts=counts,
    )
    folder.replace(SNAPSHOT, snapshot_bytes(new.header(), new.tables))
    folder.replace(JOURNAL, orjson.dumps({"base": 0}) + b"\n")
    FolderJSONStorage(folder, META).write({"meta": {"1": {"name": name, "schema": SCHEMA_VERSION}}})
    remove_old_files(folder)
    folder.remove(f"{META}.bak")  # the old profile.json: the migration succeeded
    log.info("profile %r moved to the TinyDB store (schema %d)", name, SCHEMA_VERSION)


def remove_old_files(folder: Folder) -> None:
    """Remove the schema-1 files once the migration is committed."""
    for old in OLD_FILES:
        folder.remove(old)
