"""One learner's progress in TinyDB: cards, review log, sessions, settings, exam attempts.

Layout of ``data_dir/profiles/<slug>/`` (see the README, "Storage"):

* ``profile.json``  TinyDB ``meta`` table: display name and schema version.
* ``progress.json`` snapshot of the tables settings, cards, attempts (``.bak``: the last one).
* ``progress-journal.jsonl`` every change since the snapshot, one synced line each.
* ``review-log.jsonl`` / ``session-log.jsonl`` the append-only tables reviews and sessions.
* ``lock`` / ``owner`` the inter-process lock and its pid.

Only the ``store*`` modules and :mod:`quiz.learning.profiles` open these files; readers (stats,
reports, the app's home screen) use :func:`open_store` with ``readonly=True`` or the
``read_*`` functions, which take no lock and never write.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from quiz.errors import QuizError
from quiz.learning.profiles import (
    DEFAULT_PROFILE,
    LOCK_TIMEOUT,
    MAX_NAME,
    acquire_lock,
    add_profile,
    default_profile,
    find_profile,
    list_profiles,
    open_folder,
    profile_in_use,
    profiles_dir,
    remove_profile,
    rename_profile,
    validate_name,
    validate_profile_name,
)
from quiz.learning.schedule import CardState
from quiz.learning.store_core import Store
from quiz.learning.store_db import load_state
from quiz.learning.store_files import Folder
from quiz.learning.store_files import log as store_log
from quiz.learning.store_meta import SCHEMA_VERSION, read_meta, write_meta
from quiz.learning.store_migrate import OLD_LOG, migrate, read_old, remove_old_files
from quiz.learning.store_records import (
    DEFAULT_SETTINGS,
    ReviewRecord,
    check_setting,
)

__all__ = [  # profile functions are re-exported: ``from quiz.learning.store import list_profiles``
    "DEFAULT_PROFILE",
    "DEFAULT_SETTINGS",
    "LOCK_TIMEOUT",
    "MAX_NAME",
    "ReviewRecord",
    "Store",
    "add_profile",
    "check_setting",
    "default_profile",
    "find_profile",
    "list_profiles",
    "open_store",
    "profile_in_use",
    "profiles_dir",
    "read_cards",
    "read_reviews",
    "read_sessions",
    "remove_profile",
    "rename_profile",
    "validate_name",
    "validate_profile_name",
]


def open_store(
    data_dir: Path,
    profile: str | None = None,
    *,
    create: bool = True,
    lock_timeout: float = LOCK_TIMEOUT,
    readonly: bool = False,
) -> Store:
    """Open (and lock) a learner's store; creates the profile if missing unless ``create`` is
    false. The default profile is :func:`default_profile`.

    ``readonly`` takes no lock and never writes (for reports and stats while the learner may
    be studying in another window): it sees every answer acknowledged so far."""
    data_dir = Path(data_dir)
    name = validate_profile_name(profile) if profile else default_profile(data_dir)
    path = find_profile(data_dir, name)
    if path is None:
        if not create or readonly:
            raise QuizError(f"no profile named {name!r}")
        path = add_profile(data_dir, name)
    folder = open_folder(path)
    lock = None
    try:
        meta = read_meta(folder)
        name = str(meta.get("name") or name)
        if not readonly:
            lock = acquire_lock(folder, name, lock_timeout)
            folder.clean_temp()
        version = int(meta.get("schema", 1))
        if version > SCHEMA_VERSION:
            raise QuizError(
                f"profile {name!r} was written by a newer quiz (schema {version}); "
                "upgrade quiz to open it"
            )
        if version < SCHEMA_VERSION and readonly:
            state = read_old(folder)
            return Store(folder, name, None, state, readonly=True, log_files={"reviews": OLD_LOG})
        if version < SCHEMA_VERSION:
            migrate(folder, name)
        elif not readonly:
            remove_old_files(folder)  # left by a migration killed after its commit
        return Store(folder, name, lock, load_state(folder), readonly=readonly)
    except BaseException:
        if lock is not None:
            os.close(lock)
        folder.close()
        raise


def _read(data_dir: Path, profile: str) -> Store | None:
    try:
        return open_store(Path(data_dir), profile, readonly=True)
    except QuizError as exc:
        if str(exc).startswith("no profile named"):
            return None
        raise


def read_reviews(
    data_dir: Path, profile: str, *, assignments_only: bool = False
) -> list[ReviewRecord]:
    """Every answer ``profile`` gave, in time order (read-only; no lock); with
    ``assignments_only`` just those given for an assignment."""
    store = _read(data_dir, profile)
    if store is None:
        return []
    with store:
        records = [
            ReviewRecord.from_dict(raw)
            for raw in store.iter_review_dicts()
            if not assignments_only or raw.get("a")
        ]
    return sorted(records, key=lambda r: (r.time, r.id))


def read_cards(data_dir: Path, profile: str) -> dict[tuple[str, str], CardState]:
    """``{(bank, qid): CardState}`` of ``profile`` (read-only; no lock)."""
    store = _read(data_dir, profile)
    if store is None:
        return {}
    with store:
        return {card.key: card for card in store.cards()}


def read_sessions(data_dir: Path, profile: str) -> list[dict[str, Any]]:
    """Saved session summaries of ``profile``, oldest first (read-only; no lock)."""
    store = _read(data_dir, profile)
    if store is None:
        return []
    with store:
        return store.sessions()


def read_attempts(data_dir: Path, profile: str) -> list[dict[str, Any]]:
    """Exam attempts of ``profile`` (read-only; no lock)."""
    store = _read(data_dir, profile)
    if store is None:
        return []
    with store:
        return store.attempts()


__all__ += ["Folder", "read_attempts", "store_log", "write_meta"]
