"""Lists of who held a post when: "Smith (1899–1948)" items under a heading that names it."""

from __future__ import annotations

import re

TENURE = re.compile(
    r"^(?:(?P<name>[A-Z][\w.'’ -]{2,40}?) \((?P<a>\d{4})(?:\s?[–-]\s?(?P<b>\d{4}|present))?\)"
    r"|(?P<a2>\d{4})(?:\s?[–-]\s?(?P<b2>\d{4}|present))?:? (?P<name2>[A-Z][\w.'’ -]{2,40}?))"
    r"(?:\s?[–—:,].*)?$"
)


def tenures(items: list[str]) -> list[tuple[str, str, str]]:
    """(name, start, end) of list items that give a name and its years ("" end: one year)."""
    out = []
    for item in items:
        match = TENURE.match(item)
        if not match:
            continue
        name = (match["name"] or match["name2"] or "").strip()
        start = match["a"] or match["a2"]
        end = match["b"] or match["b2"] or ""
        if name and not re.search(r"\d", name) and len(name.split()) <= 5:
            out.append((name, start, end))
    return out
