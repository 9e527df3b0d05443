"""Learner profiles: the one name validator, their folders, listing, add/remove/rename, the lock.

A profile is ``data_dir/profiles/<slug>/``; its display name lives in the folder's
``profile.json`` (read and written by :mod:`quiz.learning.store_meta`); every file is opened
through :mod:`quiz.learning.store_files` (no symlink followed).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from quiz.errors import QuizError
from quiz.learning.store_files import Folder
from quiz.learning.store_meta import SCHEMA_VERSION, profile_name, write_meta
from quiz.text import name_key, slugify

DEFAULT_PROFILE = "default"
MAX_NAME = 40
LOCK_TIMEOUT = 0.5
LOCK_FILE = "lock"
OWNER_FILE = "owner"
_FORBIDDEN = re.compile(r"[/\\]|\.\.")


def validate_name(name: object, what: str = "profile") -> str:
    """A learner's, student's or class's name, spaces tidied; QuizError if it is empty, longer
    than ``MAX_NAME`` characters, or holds '/', '\\', '..' or control characters."""
    if not isinstance(name, str):
        raise QuizError(f"{what} name must be text")
    stripped = name.strip()
    cleaned = " ".join(part for part in stripped.split(" ") if part)
    if not cleaned:
        raise QuizError(f"{what} name must not be empty")
    if len(cleaned) > MAX_NAME:
        raise QuizError(f"{what} name is too long ({len(cleaned)} characters, at most {MAX_NAME})")
    if _FORBIDDEN.search(cleaned) or not cleaned.isprintable():  # also bidi overrides
        raise QuizError(
            f"{what} name {cleaned!r} may not contain '/', '\\', '..' or control characters"
        )
    return cleaned


def validate_profile_name(name: object) -> str:
    """:func:`validate_name` for a learner."""
    return validate_name(name, "profile")


def profiles_dir(data_dir: Path) -> Path:
    """The folder holding one sub-folder per learner."""
    return Path(data_dir) / "profiles"


def open_profiles(data_dir: Path, *, create: bool = False) -> Folder | None:
    return Folder.open(Path(data_dir), "profiles", create=create)


def _profile_folders(data_dir: Path) -> dict[str, str]:
    """Display name -> folder name of every profile."""
    found: dict[str, str] = {}
    root = open_profiles(data_dir)
    if root is None:
        return found
    with root:
        for entry in root.names():
            if entry.startswith(".") or not root.is_dir(entry):
                continue
            folder = root.sub(entry)
            if folder is None:
                continue
            with folder:
                name = profile_name(folder)
                if name is None and any(
                    folder.exists(f) for f in ("profile.json", "progress.json", "cards.json")
                ):
                    name = entry  # unreadable meta: still listed, opening reports the problem
            if name is not None:
                found[name] = entry
    return found


def list_profiles(data_dir: Path) -> list[str]:
    """Display names of the learners in ``data_dir``, sorted case-insensitively."""
    return sorted(_profile_folders(data_dir), key=name_key)


def find_profile(data_dir: Path, name: str) -> Path | None:
    """Folder of the profile called ``name`` (case-insensitive), or None."""
    wanted = name_key(str(name))
    guess = slugify(name) if wanted else ""
    root = open_profiles(data_dir)
    if root is None or not wanted:
        return None
    with root:  # the name's own slug folder first: one small read instead of all of them
        if guess and root.exists(guess) and not root.is_dir(guess):
            raise QuizError(
                f"{root.path / guess} is a symbolic link or a file; quiz never follows links "
                "in its data folder"
            )
        folder = root.sub(guess) if guess and root.is_dir(guess) else None
        if folder is not None:
            with folder:
                found = profile_name(folder)
            if found is not None and name_key(found) == wanted:
                return root.path / guess
    for existing, entry in _profile_folders(data_dir).items():
        if name_key(existing) == wanted:
            return profiles_dir(data_dir) / entry
    return None


def read_profile_name(folder: Path) -> str | None:
    """The display name kept in a profile folder, or None."""
    opened = Folder.open(folder.parent.parent, folder.parent.name, folder.name)
    if opened is None:
        return None
    with opened:
        return profile_name(opened)


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
    root = open_profiles(data_dir, create=True)
    assert root is not None
    with root:
        entry, counter = base, 2
        while True:
            try:
                os.mkdir(entry, 0o777, dir_fd=root.fd)
                break
            except FileExistsError:
                entry, counter = f"{base}-{counter}", counter + 1
            except OSError as exc:
                raise QuizError(f"cannot create profile {name!r}: {exc.strerror}") from None
        folder = root.sub(entry)
        assert folder is not None
        with folder:
            write_meta(folder, name=name, schema=SCHEMA_VERSION)
    return profiles_dir(data_dir) / entry


def require_profile(data_dir: Path, name: str) -> Path:
    """Folder of the profile ``name``; QuizError listing the known ones if there is none."""
    folder = find_profile(data_dir, name)
    if folder is None:
        known = ", ".join(list_profiles(data_dir)) or "none"
        raise QuizError(f"no profile named {name!r} (profiles: {known})")
    return folder


def remove_profile(data_dir: Path, name: str) -> None:
    """Delete a learner and all their progress (refused while the profile is open)."""
    path = require_profile(data_dir, name)
    root = open_profiles(data_dir)
    assert root is not None
    with root, open_folder(path) as folder:
        lock = acquire_lock(folder, name, LOCK_TIMEOUT)
        trash = f".removing-{path.name}-{os.getpid()}"
        try:
            os.rename(path.name, trash, src_dir_fd=root.fd, dst_dir_fd=root.fd)
        except OSError as exc:
            raise QuizError(f"cannot remove profile {name!r}: {exc.strerror}") from None
        finally:
            os.close(lock)
    shutil.rmtree(root.path / trash, ignore_errors=True)  # rmtree never follows links


def rename_profile(data_dir: Path, old: str, new: str) -> None:
    """Change a learner's display name (the folder keeps its name, progress stays)."""
    path = require_profile(data_dir, old)
    new = validate_profile_name(new)
    other = find_profile(data_dir, new)
    if other is not None and other != path:
        raise QuizError(f"profile {new!r} already exists")
    with open_folder(path) as folder:
        lock = acquire_lock(folder, old, LOCK_TIMEOUT)
        try:
            write_meta(folder, name=new)
        finally:
            os.close(lock)


def open_folder(path: Path) -> Folder:
    """The profile folder ``data_dir/profiles/<slug>`` opened without following links."""
    folder = Folder.open(path.parent.parent, path.parent.name, path.name)
    if folder is None:
        raise QuizError(f"profile folder {path} is missing")
    return folder


def acquire_lock(folder: Folder, name: str, timeout: float) -> int:
    """Lock a profile folder for this process (close the returned descriptor to release);
    QuizError naming the holder's pid if it is taken."""
    fd = folder.lock(LOCK_FILE, timeout)
    if fd is None:
        data = folder.read(OWNER_FILE) or b""
        pid = data.decode("ascii", "replace").strip() or "?"
        raise QuizError(f"profile {name!r} is open in another window (pid {pid})")
    try:
        folder.write_note(OWNER_FILE, str(os.getpid()).encode())
    except QuizError:
        pass
    return fd


def profile_in_use(data_dir: Path, name: str) -> bool:
    """Whether an app holds ``name``'s profile lock right now."""
    path = find_profile(data_dir, name)
    if path is None:
        return False
    with open_folder(path) as folder:
        return folder.is_locked(LOCK_FILE)
