"""A profile's ``profile.json``: TinyDB's ``meta`` table (display name, schema version)."""

from __future__ import annotations

from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage

from quiz.errors import QuizError
from quiz.learning.store_files import Folder

META = "profile.json"
SCHEMA_VERSION = 2
"""1: snapshot + journal + review log beside TinyDB; 2: every table in TinyDB (store_db)."""


class FolderJSONStorage(Storage):
    """TinyDB storage for one small JSON file in a :class:`Folder`: atomic replace, the previous
    copy kept as ``.bak``; a file that cannot be parsed is never overwritten."""

    def __init__(self, folder: Folder, name: str) -> None:
        self.folder = folder
        self.name = name

    def read(self) -> dict[str, dict[str, Any]] | None:
        data = self.folder.read(self.name)
        if data is None:
            return None
        try:
            tables = orjson.loads(data)
            if not isinstance(tables, dict):
                raise ValueError("not an object")
        except ValueError as exc:
            backup = self.folder.path / f"{self.name}.bak"
            where = (
                f"the last good copy is at {backup}"
                if self.folder.exists(f"{self.name}.bak")
                else "no backup copy exists yet"
            )
            raise QuizError(
                f"{self.folder.path / self.name} is corrupt ({exc}); it was left untouched; {where}"
            ) from None
        return tables

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.read()  # refuses to overwrite a file it cannot read
        self.folder.replace(self.name, orjson.dumps(data), backup=True)

    def close(self) -> None:
        pass


def meta_db(folder: Folder) -> TinyDB:
    return TinyDB(storage=lambda: FolderJSONStorage(folder, META))


def read_meta(folder: Folder) -> dict[str, Any]:
    """``{"name": ..., "schema": ...}`` (empty if there is no profile.json); QuizError if it is
    corrupt."""
    doc = meta_db(folder).table("meta").get(doc_id=1)
    return dict(doc) if doc else {}


def profile_name(folder: Folder) -> str | None:
    """The display name, or None when profile.json is missing or unreadable."""
    try:
        name = read_meta(folder).get("name")
    except QuizError:
        return None
    return str(name) if name else None


def write_meta(folder: Folder, **fields: Any) -> None:
    """Set fields of the meta document (created if missing)."""
    table = meta_db(folder).table("meta")
    if table.get(doc_id=1) is None:
        table.insert(fields)
    else:
        table.update(fields, doc_ids=[1])
