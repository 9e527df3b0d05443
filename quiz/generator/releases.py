"""Release dates in doubt: a release the infobox dates region by region, or a first release
the text dates earlier."""

from __future__ import annotations

import re

from quiz.generator.facts import Facts
from quiz.generator.spans import FULL_MONTH, YEAR_IN_TEXT

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


# A version's number: "Marmotta 3.0.0-incubating is released".
VERSION = re.compile(r"\b\d+\.\d+(?:\.\d+)*\b")
RELEASE = re.compile(r"\breleas(?:e|ed|es|ing)\b")
FIRST = re.compile(r"\b(?:first|initial|original)\b")


def released_earlier(value: str, facts: Facts) -> bool:
    """The text or a list tells a numbered version released before the year of ``value``,
    the infobox's release date, or a "first" release in another year ("On April 2014, the
    project released its first actual release ...: 3.2.0 version" beside "Released: 3 October
    2013", R432: which release was the first?)."""
    first = YEAR_IN_TEXT.search(value)
    if first is None:
        return False
    year = int(first[0])
    lines = [*facts.prose.split("\n"), *(item for _, _, items in facts.lists for item in items)]
    return any(
        RELEASE.search(line)
        and VERSION.search(line)
        and (int(y) < year or int(y) != year and FIRST.search(line))
        for line in lines
        for y in YEAR_IN_TEXT.findall(line)
    )


def release_doubt(sentence: str, value: str, facts: Facts) -> str:
    """Why the release date ``value`` a sentence gives may not be the one answer ("" if it
    may)."""
    if released_by_region(sentence, facts):
        return "a release the infobox dates by region"
    if released_earlier(value, facts):
        return "a first release the article dates otherwise"
    return ""
