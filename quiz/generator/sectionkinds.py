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


# The sections that tell a thing's story (its history, founding, a band's career, a taxon's
# naming): past the lead of an article on a thing, not a person, only these date its events.
STORY_SECTION = re.compile(
    r"(?i)histor|found|formation|formed|origin|establish|background|timeline|chronolog|beginning|"
    r"taxonom|naming|career|aftermath|prelude|campaign|battle|war\b"
)


def thing_aside(section: str, person: bool) -> bool:
    """A section past the lead of an article on a thing that is not its story: the year of
    what it tells is a side event's (R436: IKEA's store in Sentul City, Chile's re-election
    to the UN Human Rights Council, Berkshire Hathaway's first IBM shares; 3 of 8 such
    questions failed, those under a history section passed)."""
    return bool(section) and not person and not STORY_SECTION.search(section)
