"""Per-learner secret links for ``quiz serve``: unguessable tokens kept in DATA/serve/links.json."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from pathlib import Path

from quiz.atomic import write_text_atomic
from quiz.classroom.classes import load_class
from quiz.errors import QuizError
from quiz.files import parse_json, read_capped
from quiz.learning import store
from quiz.text import name_key

LINKS_FORMAT = "quiz-serve-links/1"
TOKEN_BYTES = 16  # 128 bits: not guessable, not enumerable
MAX_LINKS_BYTES = 5 * 1024 * 1024


def serve_dir(data_dir: Path) -> Path:
    """Where ``quiz serve`` keeps its links (private to the teacher: mode 0700/0600)."""
    return Path(data_dir) / "serve"


class LearnerLinks:
    """Each learner's token; ``/s/TOKEN`` opens that learner's app and nobody else's."""

    def __init__(self, data_dir: Path) -> None:
        self.path = serve_dir(data_dir) / "links.json"
        self.tokens: dict[str, str] = {}  # display name -> token
        self._by_token: dict[str, str] = {}
        self.load()

    def load(self) -> None:
        """(Re)read the links file; a missing file is no links yet."""
        try:
            raw = read_capped(self.path, MAX_LINKS_BYTES, "links file")
        except QuizError:
            if not self.path.exists() and not self.path.is_symlink():
                self.tokens, self._by_token = {}, {}
                return
            raise
        data = parse_json(raw, str(self.path))
        learners = data.get("learners") if isinstance(data, dict) else None
        if not isinstance(learners, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and len(v) >= 16 for k, v in learners.items()
        ):
            raise QuizError(f"{self.path}: corrupt links file (start with --new-links)")
        self.tokens = dict(learners)
        self._by_token = {token: name for name, token in self.tokens.items()}

    def _save(self) -> None:
        folder = self.path.parent
        folder.mkdir(mode=0o700, exist_ok=True)
        data = {"format": LINKS_FORMAT, "learners": dict(sorted(self.tokens.items()))}
        write_text_atomic(self.path, json.dumps(data, indent=1) + "\n", mode=0o600)

    def ensure(self, names: Iterable[str], *, renew: bool = False) -> dict[str, str]:
        """Tokens for ``names`` (new ones made and saved; all remade with ``renew``)."""
        if renew:
            self.tokens = {}
        known = {name_key(name): name for name in self.tokens}
        changed = renew
        result = {}
        for name in names:
            existing = known.get(name_key(name))
            if existing is None:
                self.tokens[name] = secrets.token_urlsafe(TOKEN_BYTES)
                existing = name
                changed = True
            result[name] = self.tokens[existing]
        if changed:
            self._save()
            self._by_token = {token: name for name, token in self.tokens.items()}
        return result

    def learner_for(self, token: str) -> str | None:
        """The learner whose link carries ``token`` (the file is re-read for a token made
        after the server started, e.g. by ``quiz serve --links``), else None."""
        if token not in self._by_token and 16 <= len(token) <= 64:
            try:
                self.load()
            except QuizError:
                return None
        return self._by_token.get(token)


def profile_in_use(data_dir: Path, name: str) -> bool:
    """Whether another app holds ``name``'s profile lock right now (asked of the store)."""

    return store.profile_in_use(Path(data_dir), name)


def learner_names(data_dir: Path, class_name: str | None = None) -> list[str]:
    """The learners offered: a class's students who have a profile, else every profile."""

    names = store.list_profiles(Path(data_dir))
    if class_name is None:
        return names

    roster = {name_key(s) for s in load_class(Path(data_dir), class_name).students}
    return [name for name in names if name_key(name) in roster]
