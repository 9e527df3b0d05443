"""Names the article calls a pen name: "written by _____" then has two right answers."""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.text import normalize

PEN = r"pen ?names?|pseudonyms?|noms? de plume|noms? de guerre|writing names?"
PEN_NAME = re.compile(rf"(?i)\b(?:{PEN})\b")


def pen_name(name: str, prose: str) -> bool:
    """Whether the article (``prose``, raw or normalised) says ``name`` is a pen name, or that
    someone wrote under it: "Five Against Venus, written by _____" is as right with Robert S.
    Richardson, whose "nom de plume" Philip Latham was (R438)."""
    if not PEN_NAME.search(prose):
        return False  # (the quick answer: most articles name none)
    own = re.escape(normalize(name))
    if not own:
        return False  # (a name of marks alone would match any words near the phrase)
    near = rf"\b{own}(?: \w+){{0,3}} (?:{PEN})\b|\b(?:{PEN})(?: \w+){{0,2}} {own}\b"
    return bool(re.search(near, _normalized(prose)))


@lru_cache(maxsize=4)
def _normalized(prose: str) -> str:
    """``normalize(prose)`` once per article (asked of each person a sentence names)."""
    return normalize(prose)
