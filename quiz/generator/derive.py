"""Numbers a prompt gives away: sums and differences of its other numbers, a range's end,
a year counted from another event."""

from __future__ import annotations

import re

from quiz.generator.nocase import NoCase

# A time counted from another event: "In 1962, a year before Huxley's death" (he died in 1963).
YEARS_FROM = NoCase(  # also "shortly after", "in 1750 ... soon died in _____"
    r"(?i)\b(?:(?:a|one|two|three|four|five|\d+) years?|shortly|just) (?:before|after)\b|\bsoon\b"
)
# An edition of a yearly or regular event: its year follows from another edition's.
EDITION = re.compile(r"\b\d+(?:st|nd|rd|th) (?:annual )?[A-Z]")

NUMBER_WORDS = {
    **{w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)},
    **dict(eleven=11, twelve=12, thirteen=13, fourteen=14, fifteen=15, twenty=20, thirty=30),
    **dict(forty=40, fifty=50, sixty=60, seventy=70, eighty=80, ninety=90, hundred=100),
    **{"a decade": 10, "a century": 100, "decade": 10, "century": 100},
}


NUMERAL = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def numbers_in(text: str) -> list[float]:
    out = [float(m.group().replace(",", "")) for m in NUMERAL.finditer(text)]
    low = text.lower()
    return out + [
        float(v) for w, v in NUMBER_WORDS.items() if w in low and re.search(rf"\b{w}\b", low)
    ]


def derivable(answer: str, prompt_rest: str, title: str) -> bool:
    """The answer follows from other numbers of the prompt or title ("1618 ... thirty years")."""
    digits = re.sub(r"[^\d.]", "", answer)
    if not re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return False
    value, year = float(digits), digits.split(".")[0]
    short = rf"\b{year[:2]}\d\d[–-]{year[2:]}\b|\blate +to early {int(value) + 1}\b"  # "late 1928"
    ranged = value >= 1000 and re.search(short, prompt_rest)
    if ranged or YEARS_FROM.search(prompt_rest) or (value >= 1000 and EDITION.search(prompt_rest)):
        return True  # a range's end ("1894–96"), another event's or an edition's year ("74th")
    if 1000 <= value <= 2100 and any(
        abs(value - int(y)) <= 2 for y in re.findall(r"\((\d{4})\b", title)
    ):
        return True  # "built around _____" for "HMS Bacchante (1901)": its year of launch (R66);
        # "filmed late in _____" for "Quartet (2012 film)" (R91)
    others = numbers_in(prompt_rest) + numbers_in(title)
    parts = numbers_in(prompt_rest)
    if not 1000 <= value <= 2100:  # (the year of "The 2026 FIFA World Cup" is no part of a count)
        parts = [p for p in parts if not (1000 <= p <= 2100 and p.is_integer())]
    if len(parts) >= 3 and value == sum(parts):
        return True  # "16 cities: 11 in the United States, 3 in Mexico and 2 in Canada"
    if len(parts) >= 3 and value == 2 * max(parts) - sum(parts):
        return True  # "_____ officers, 16 sergeants and 120 privates, a total of 150 troops"
    for i, a in enumerate(others):
        for b in others[i + 1 :] + [0.0]:
            if value in (a + b, abs(a - b), abs(a - b) - 1, abs(a - b) + 1) and b != 0:
                return True
            if b and a + b >= 1000 and abs(value - (a + b)) <= 0.05 * value:
                return True  # "_____ people; around 10,000 German and 60,000 Belgian" (73,000)
        if value == a and a >= 10:
            return True
    return False
