"""Learner profiles: safe display names, their folders, listing, add/remove/rename, the lock.

A profile is ``data_dir/profiles/<slug>/``; its display name lives in the folder's
``profile.json`` (written by :mod:`quiz.learning.store`, the only module using TinyDB).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from filelock import FileLock, Timeout

from quiz.errors import QuizError
from quiz.model import slugify

DEFAULT_PROFILE = "default"
MAX_NAME = 40
LOCK_TIMEOUT = 0.5
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def validate_profile_name(name: str) -> str:
    """The display name, stripped; QuizError if empty, too long, or unsafe as a folder name."""
    if not isinstance(name, str) or not name.strip():
        raise QuizError("profile name must not be empty")
    name = name.strip()
    if len(name) > MAX_NAME:
        raise QuizError(f"profile name is too long ({len(name)} characters, at most {MAX_NAME})")
    invisible = any(not ch.isprintable() and ch != " " for ch in name)  # also bidi overrides
    if "/" in name or "\\" in name or ".." in name or _CONTROL.search(name) or invisible:
        raise QuizError(
            f"profile name {name!r} may not contain '/', '\\', '..' or control characters"
        )
    return name


def profiles_dir(data_dir: Path) -> Path:
    """The folder holding one sub-folder per learner."""
    return Path(data_dir) / "profiles"


def read_profile_name(folder: Path) -> str | None:
    """The display name kept in ``folder/profile.json`` (TinyDB's meta table), or None."""
    try:
        data = json.loads((folder / "profile.json").read_text(encoding="utf-8"))
        return str(data["meta"]["1"]["name"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _profile_folders(data_dir: Path) -> dict[str, Path]:
    root = profiles_dir(data_dir)
    found: dict[str, Path] = {}
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            if not folder.is_dir() or folder.name.startswith("."):
                continue
            name = read_profile_name(folder)
            if name is None and any((folder / f).exists() for f in ("profile.json", "cards.json")):
                name = folder.name  # unreadable meta: still listed, opening reports the problem
            if name is not None:
                found[name] = folder
    return found


def list_profiles(data_dir: Path) -> list[str]:
    """Display names of the learners in ``data_dir``, sorted case-insensitively."""
    return sorted(_profile_folders(data_dir), key=str.casefold)


def find_profile(data_dir: Path, name: str) -> Path | None:
    """Folder of the profile called ``name`` (case-insensitive), or None."""
    wanted = name.strip().casefold()
    for existing, folder in _profile_folders(data_dir).items():
        if existing.casefold() == wanted:
            return folder
    return None


def default_profile(data_dir: Path) -> str:
    """The only existing profile, else "default"."""
    names = list_profiles(data_dir)
    return names[0] if len(names) == 1 else DEFAULT_PROFILE


def add_profile(data_dir: Path, name: str) -> Path:
    """Create a learner; QuizError if one with that name exists. Returns its folder."""
    name = validate_profile_name(name)
    if find_profile(data_dir, name) is not None:
        raise QuizError(f"profile {name!r} already exists")
    base = slugify(name)
    folder = profiles_dir(data_dir) / base
    counter = 2
    while folder.exists():
        folder = profiles_dir(data_dir) / f"{base}-{counter}"
        counter += 1
    from quiz.learning.store import write_profile_meta

    folder.mkdir(parents=True)
    write_profile_meta(folder, name)
    return folder


def require_profile(data_dir: Path, name: str) -> Path:
    """Folder of the profile ``name``; QuizError listing the known ones if there is none."""
    folder = find_profile(data_dir, name)
    if folder is None:
        known = ", ".join(list_profiles(data_dir)) or "none"
        raise QuizError(f"no profile named {name!r} (profiles: {known})")
    return folder


def remove_profile(data_dir: Path, name: str) -> None:
    """Delete a learner and all their progress (refused while the profile is open)."""
    folder = require_profile(data_dir, name)
    lock = acquire_lock(folder, name, LOCK_TIMEOUT)
    trash = folder.with_name(f".removing-{folder.name}-{os.getpid()}")
    try:
        os.replace(folder, trash)
    except OSError as exc:
        raise QuizError(f"cannot remove profile {name!r}: {exc.strerror}") from None
    finally:
        lock.release()
    shutil.rmtree(trash, ignore_errors=True)


def rename_profile(data_dir: Path, old: str, new: str) -> None:
    """Change a learner's display name (the folder keeps its name, progress stays)."""
    folder = require_profile(data_dir, old)
    new = validate_profile_name(new)
    other = find_profile(data_dir, new)
    if other is not None and other != folder:
        raise QuizError(f"profile {new!r} already exists")
    from quiz.learning.store import set_profile_name

    lock = acquire_lock(folder, old, LOCK_TIMEOUT)
    try:
        set_profile_name(folder, new)
    finally:
        lock.release()


def acquire_lock(folder: Path, name: str, timeout: float) -> FileLock:
    """Lock a profile folder for this process; QuizError naming the holder's pid if taken."""
    lock = FileLock(str(folder / "lock"), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        try:
            pid = (folder / "owner").read_text().strip() or "?"
        except OSError:
            pid = "?"
        raise QuizError(f"profile {name!r} is open in another window (pid {pid})") from None
    try:
        (folder / "owner").write_text(str(os.getpid()))
    except OSError:
        pass
    return lock
