"""The sections a bank leaves out: references and notes, lists of works, trivia."""

from __future__ import annotations

import re

SKIP_SECTIONS = frozenset(
    (
        "references|notes|see also|external links|further reading|bibliography|sources|"
        "citations|footnotes|notes and references|references and notes|works cited|gallery|"
        "selected works|selected writings|writings|novels|books|list of works|works|"
        "publications|selected publications|filmography|discography|awards|honours"
    ).split("|")
)
# The sections of works set aside whose lists and tables still date the works (listyears.py).
WORK_LISTS = re.compile(
    r"(?i)\b(?:filmography|discography|works|writings|publications|novels|books)\b"
)
# Sections of appearances in films, games and songs: Wikipedia's own guideline calls them trivia,
# and reviewers rejected seven of the nine questions drawn from them.
TRIVIA_SECTION = re.compile(
    r"(?i)(^|\bin )popular culture$|^in (fiction|film|films|media|the media)$"
    r"|^(cultural|media|fictional) (depictions|references|portrayals)$|^trivia$"
)


def set_aside(headings: list[str]) -> bool:
    """Whether a section under ``headings`` (its path) is left out of the prose."""
    return any(t.casefold() in SKIP_SECTIONS or TRIVIA_SECTION.search(t) for t in headings)
