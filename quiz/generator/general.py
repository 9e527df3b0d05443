"""Gaps that general knowledge fills: a famous name, a high office, a well-known event's date."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from quiz.generator.spans import Span

# A gap the sentence calls famous: general knowledge fills it (R11).
FAMOUS_GAP = re.compile(r"(?i)_____.{0,60}\b(?:famous|well-known|best-known|renowned)\b")

# A gap after a high office or a company's founder: general knowledge ("President _____", "In
# 1716, he met Russian emperor _____", R242).
HIGH_OFFICE_GAP = re.compile(
    r"\b(?:President|[A-Z][a-z]+ president|Prime Minister|King|Queen|Pope|[Ee]mperor|[Ee]mpress|"
    r"[Tt]sar|[Cc]zar|[Ss]ultan|[Ss]hah|[Kk]aiser|[Pp]haraoh|Chancellor|[Ff]ounder|CEO)"
    r" _____|_____, (?:the |a )?(?:co-?founder|founder|CEO|chairman)\b|_____ as his vice|"
    r"^(?:Guitarist|Drummer|Singer) _____"  # (whose?)
)

# A gap that completes the name of a well-known event or a set phrase: general knowledge.
NAMED_EVENT_GAP = re.compile(
    r"\bthe \d{4} [A-Za-z][\w -]{0,30}? (?:of|in|against) (?:which \w+|_____)|"
    r"\b(?:fall|collapse|dissolution|break-?up) of (?:the )?(?:which \w+|_____)|"
    r"\bindependence from (?:which \w+|_____)|"
    r"\bre-?election in _____"  # the next election after the year the prompt gives (R260)
)

# A year or date beside a well-known event other than the subject: "In early _____, Saratoga
# fought in the Battle of Iwo Jima" (R39), "When the Italians capitulated in _____" (R41).
FAMOUS_EVENT = re.compile(
    r"\b(?:Battle|Siege|Sack|[Ii]nvasion|[Cc]apitulation|[Ss]urrender|[Aa]nnexation|[Pp]artition) "
    r"of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*|"
    r"\b[Ww]hen the [A-Z][a-z]+s (?:capitulated|surrendered)"
)

# A year that a named event gives: "in 1991, during the Gulf War", "the end of the Napoleonic
# Wars in 1815" (R58), "After the Japanese surrender in 1945" (R65).
NAMED_EVENT = re.compile(
    r"\b(?:during|after|before|in|following|since|end of|outbreak of|height of|eve of|midst of|"
    r"aftermath of) the (?:[A-Z][\w-]* )+"  # "at the height of the French Revolution" (R66)
    r"(?:Wars?|Revolution|Conquest|Restoration|"
    r"Crisis|Olympics|Games|Depression|Blitz|Uprising|Rebellion|Reformation|Crash)\b|"
    r"\b[A-Z][\w-]+(?: [A-Z][\w-]+)* (?:earthquake|hurricane|typhoon|cyclone|tsunami|flood|"
    r"fire|eruption|disaster|attacks?|bombings?|massacre|riots?|crisis|pandemic)\b|"
    r"\bthe (?:[A-Z][a-z]+ )+(?:surrender|capitulation|invasion|annexation|armistice)\b|"
    r"\b(?:World War|Gulf War|Cold War|Domesday|(?:Western|Eastern) Front|Gallipoli)\b|"  # (a
    # war's front: "served on the Western Front between _____ and 1916", R416)
    r"\b(?:Centenary|Centennial|Bicentenary|Bicentennial|Tercentenary|Millennium|Jubilee|"
    r"Coronation) [A-Z]|"  # a name that dates itself: "awarded the Centenary Medal in _____"
    # (R417: Australia's federation in 1901 gives 2001), "the Silver Jubilee Medal"
    r"\b(?:War|Revolution|Uprising) (?:in|of) [A-Z\d]|"
    r"\b\d{4}(?: [A-Z][\w-]*)+ (?:War|Revolution|Uprising|Rebellion)\b|"  # "October 1917 Bolshevik"
    r"\b\d{4} (?:[a-z]+ ){0,2}(?:earthquake|hurricane|tsunami|flood|attacks?|bombings?|massacre|"
    r"riots?|crash|pandemic)\b"  # "the September 11, 2001 terrorist attacks" (R53)
)

# Wars whose years everyone knows: "in 1809 ... during which wars?" answers itself (R69).
FAMOUS_WARS = {
    "Thirty Years' War": (1618, 1648),
    "Seven Years' War": (1756, 1763),
    "American Revolutionary War": (1775, 1783),
    "Napoleonic Wars": (1803, 1815),
    "War of 1812": (1812, 1815),
    "American Civil War": (1861, 1865),
    "World War I": (1914, 1918),
    "First World War": (1914, 1918),
    "World War II": (1939, 1945),
    "Second World War": (1939, 1945),
    "Korean War": (1950, 1953),
    "Vietnam War": (1955, 1975),
}


def famous_war_dated(answer: str, text: str) -> bool:
    """The answer is a war everyone dates, and ``text`` gives a year inside it."""
    span = FAMOUS_WARS.get(re.sub(r"^the ", "", answer))
    years = (int(y) for y in re.findall(r"\b1[5-9]\d\d\b", text))
    return span is not None and any(span[0] <= y <= span[1] for y in years)


def echoes_title(value: str, title: str) -> bool:
    """A word of the answer spelt nearly as a word of the title: the capital "Algiers" of
    Algeria, the "Canadian dollar" of Canada; a class guesses it from the name (R294)."""
    words = [w.lower() for w in re.findall(r"[A-Z][a-z]{4,}", title)]
    return any(
        word[:3] == other[:3] and SequenceMatcher(None, word, other).ratio() >= 0.7
        for word in (w.lower() for w in re.findall(r"[A-Z][a-z]{4,}", value))
        for other in words
    )


def title_gives(answer: str, title: str) -> bool:
    """A word of the answer that begins a longer word of the title, or that the title's bracket
    names: "named in honor of Danish physicist _____" -> Niels Bohr in "Bohrium"; "Constantine
    II was _____ from 337 to 340" -> Roman Emperor in "Constantine II (emperor)" (R349)."""
    bracket = re.search(r"\(([^()]*)\)$", title)
    qualifier = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", bracket[1])} if bracket else set()
    words = [
        w.lower()
        for w in re.findall(r"[A-Za-z]{5,}", title[: bracket.start()] if bracket else title)
    ]
    for word in (w.lower() for w in re.findall(r"\b[A-Z][a-z]{3,}", answer)):
        if word in qualifier or any(len(t) > len(word) and t.startswith(word) for t in words):
            return True
    return False


# The titles of a crown, and with them a ruler's or a churchman's office, which a learner
# writes in several forms.
CROWNS = "Emperor|Empress|King|Queen|Tsar|Tsarina|Tsaritsa|Czar|Sultan|Emir|Caliph|Shah|Pharaoh"
OFFICE_WORD = re.compile(
    rf"\b(?:{CROWNS}|Pope|Bishop|Archbishop|Patriarch|Duke|Duchess|Prince|Princess|Count|"
    r"Countess|Margrave|Elector|Doge)\b"
)


def office_given(prompt: str, name: str) -> bool:
    """A gap after a high office (``HIGH_OFFICE_GAP``), or a name (``name``, "" for none) that
    is an office, as the gap after "was": "Arcadius was _____ from 395 until his death in 408"
    -> Roman Emperor, where "emperor", "Eastern Roman Emperor" and "Emperor of the East" are as
    right, and the title names an emperor (R350, R352)."""
    if HIGH_OFFICE_GAP.search(prompt):
        return True
    return bool(name and OFFICE_WORD.search(name)) and bool(
        re.search(r"\b(?:was|is|were|are|became|first|last|only|sole) (?:the )?_____", prompt)
    )


# An event the article names after a place ("the battle of Waterloo on 18 June 1815").
PLACE_EVENT = re.compile(
    r"\b(?:[Bb]attle|[Ss]iege|[Tt]reaty|[Cc]ongress|[Ss]ack|[Ff]all|[Rr]elief|[Mm]assacre) of "
    r"(?:the )?(?P<place>[A-Z][\w'-]{3,}(?: [A-Z][\w'-]+)?)"
)


def event_year_named(text: str, span: Span, prose: str) -> bool:
    """A year or date at ``span`` of ``text`` whose sentence names, outside it, a place whose
    battle, siege or treaty the article dates to that year: "The Field of Waterloo is a poem
    ... published in _____" beside "the battle of Waterloo on 18 June 1815" (R444)."""
    year = re.search(r"\b\d{4}\b", span.text) if span.type in ("year", "date") else None
    if year is None:
        return False
    outside = text[: span.start] + " " + text[span.end :]
    return any(
        re.search(rf"\b{re.escape(place)}\b", outside)
        for dated, place in _dated_places(prose)
        if dated == year[0]
    )


@lru_cache(maxsize=4)
def _dated_places(prose: str) -> frozenset[tuple[str, str]]:
    """The (year, place) pairs of the article's battles, sieges and treaties named after a
    place and dated within 80 characters after the name ("battle of Waterloo on ... 1815")."""
    return frozenset(
        (year, match["place"])
        for match in PLACE_EVENT.finditer(prose)
        for year in re.findall(
            r"\b\d{4}\b", re.split(r"(?<=[.!?])\s", prose[match.end() : match.end() + 80])[0]
        )
    )
