"""Honours: a late one for a career told elsewhere, and an award in an article that lists many."""

from __future__ import annotations

import re

from quiz.generator.facts import Facts

# A late honour for a career told elsewhere: its year is a minor detail, moved a trick
# ("inducted into the National Aviation Hall of Fame in 1988" for 1996; R124-R135 failed 3
# of 4 such false statements, while their true ones passed; asked, its year is as minor).
HONOUR = re.compile(
    r"\binducted\b|\bHall of Fame\b|\b[Hh]onorary\b|\b(?:Queen|King)'s Counsel\b|\btook silk\b|"
    r"\bAll-Stars?\b|\bMasonic\b|\bFreemason|"  # (R140: a minor-league All-Star year, a lodge)
    r"\b(?:[Bb]oard of (?:[Dd]irectors|[Tt]rustees|[Gg]overnors|[Rr]egents)|foundation board)\b|"
    r"\b(?:a |an )?(?:[Ff]ellow|Patron|[Ll]ife [Mm]ember|(?:[Ff]oreign|[Cc]orresponding) "
    r"(?:[Mm]ember|[Aa]ssociate)) of\b|\bhono(?:u)?r society\b|"  # (R164: a Fellow of an
    r"\b(?:grant|scholarship|bursary|stipend)s?\b|\bnamed (?:the |an? )?ambassador\b|"  # R303
    r"\b(?:brand|goodwill|global) ambassador\b|\b(?:Lifetime|Career) Achievement\b|"
    r"\bfor Excellence in\b"  # institute; R183, R185, R238: a fellow, a foreign member or
    # associate of an academy; R241: an honor society; R440: an award "for Excellence in Film")
)  # (R136: an honorary fellowship's year, the year he took silk)

# A section listing the subject's honours ("Honors", "Awards and honours", "Accolades").
HONOURS_SECTION = re.compile(r"(?i)\b(?:hono(?:u)?rs|awards|accolades|decorations)\b")
# A sentence that tells an award won: "won the prestigious Prince of Asturias Award", "were
# the joint recipients of the Karlspreis", "was awarded the Order of Merit".
AWARD_WON = re.compile(
    r"\b(?:won|received|was awarded|were awarded|was given|recipients? of|laureate of)\b"
    r"[^.;]*?\b(?:[Aa]ward|[Pp]rize|[Pp]reis|[Mm]edal|[Oo]rder|[Cc]ross|[Dd]ecoration)\b"
    r"|\b(?:recipients? of|laureate of) the [A-Z]"
)
LISTED = 3  # entries of the honours list from which one award's year is a detail


def award_among_many(text: str, facts: Facts) -> bool:
    """``text`` tells an award the subject won and the article lists at least ``LISTED``
    honours under a heading of their own: the year of one of them is a detail (R443: "In
    what year did Kohl win the prestigious Prince of Asturias Award ...?", "the joint
    recipients of the Karlspreis in _____", beside a list of twelve honours)."""
    if not AWARD_WON.search(text):
        return False
    listed = sum(len(items) for section, _, items in facts.lists if HONOURS_SECTION.search(section))
    return listed >= LISTED
