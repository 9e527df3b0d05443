"""Question generation: facts in, ranked questions out (placeholder until the generator lands)."""

from __future__ import annotations

import hashlib

from quiz import __version__
from quiz.model import Bank, Source


def build_bank(title: str, wikitext: str, *, seed: int = 0, sha256: str = "") -> Bank:
    """A bank of questions for one article (wikitext already repaired)."""
    digest = sha256 or hashlib.sha256(wikitext.encode("utf-8")).hexdigest()
    source = Source(title=title, sha256=digest)
    return Bank(title=title, source=source, generator={"name": "quiz", "version": __version__})
