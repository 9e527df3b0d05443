"""Release dates in doubt: a release the infobox dates region by region."""

from __future__ import annotations

import re

from quiz.generator.facts import Facts
from quiz.generator.spans import FULL_MONTH

# A region a release sentence names: "released in Japan on", "its North American release" (not
# a platform: "released for the Xbox 360").
REGION_NAMED = re.compile(
    r"\b(?:in|across) (?:the )?(?!(?:early|late|mid)\b)(?:[A-Z][a-z]+ )?[A-Z][a-z]+\b|"
    r"\b(?:North American|European|Japanese|Australian|American|British|PAL|worldwide)\b"
)
MONTH = re.compile(rf"\b(?:{FULL_MONTH})\b")


def released_by_region(sentence: str, facts: Facts) -> bool:
    """A release date that names no region where the infobox gives the release several dates
    ("released on October 18, 2006 as an Xbox Live Arcade title" beside "EU: October 18,
    2006; NA: October 18, 2006; JP: March 7, 2007", R407: which release is asked?)."""
    boxed = {
        re.sub(r"^[^:]*: ", "", part).strip()  # ("EU: October 18, 2006": its date)
        for field in facts.infobox
        if re.search(r"(?i)release", field.name)
        for part in field.value.split(";")
        if re.search(r"\d{4}", part)
    }
    named = (m.group() for m in REGION_NAMED.finditer(sentence))
    return len(boxed) >= 2 and all(MONTH.search(name) for name in named)
