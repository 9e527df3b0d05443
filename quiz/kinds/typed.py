"""TypedKind: questions answered by typing; numbers, dates and near misses are matched here."""

from __future__ import annotations

import re
from datetime import date

from quiz.kinds.base import CheckResult, QuestionKind
from quiz.model import Question
from quiz.text import fold, normalize

CLOSE_SIMILARITY = 80.0
_NUMBER = re.compile(r"^[+-]?\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$")
MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}


def parse_number(text: str) -> float | None:
    """``126000``, ``126,000``, ``126 000`` -> 126000.0; None if not a plain number."""
    cleaned = text.strip().replace("\u2212", "-")
    if not _NUMBER.match(cleaned):
        return None
    parts = re.split(r"[ ,.\u00a0\u202f]", cleaned)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        if "." in cleaned and cleaned.count(".") == 1 and "," not in cleaned and " " not in cleaned:
            return float(cleaned)  # 1.500 read as a decimal
        return float("".join(parts))
    try:
        return float(cleaned)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """``26 June 1918``, ``June 26, 1918``, ``1918-06-26``, ``26/06/1918`` (day > 12 only)."""
    words = re.sub(r"[,.]", " ", fold(text)).split()
    try:
        if len(words) == 3 and words[1] in MONTHS:
            return date(int(words[2]), MONTHS[words[1]], int(re.sub(r"\D", "", words[0])))
        if len(words) == 3 and words[0] in MONTHS:
            return date(int(words[2]), MONTHS[words[0]], int(re.sub(r"\D", "", words[1])))
        match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text.strip())
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        match = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text.strip())
        if match:
            first, second, year = int(match[1]), int(match[2]), int(match[3])
            if first > 12:
                return date(year, second, first)
            if second > 12:
                return date(year, first, second)
    except ValueError:
        return None
    return None


def same_answer(expected: str, given: str) -> bool | None:
    """True if ``given`` matches ``expected`` (after normalisation), False if both are
    numbers or dates that differ (no fuzzy matching then), None if they merely differ."""
    if expected.strip() == given.strip():
        return True
    exp_num, giv_num = parse_number(expected), parse_number(given)
    if exp_num is not None and giv_num is not None:
        return exp_num == giv_num
    exp_date, giv_date = parse_date(expected), parse_date(given)
    if exp_date is not None and giv_date is not None:
        return exp_date == giv_date
    if _plain(normalize(expected)) == _plain(normalize(given)):
        return True  # ("Jammu & Kashmir" = "Jammu and Kashmir", "centre back" = "center back")
    return None


# British spellings and their American forms ("centre" / "center", "colour" / "color").
SPELLINGS = re.compile(r"\b(cent|theat|met|lit|fib|calib)re(s?)\b|\b(\w+)our(s?)\b")
OUR_WORDS = frozenset("col fav hon lab harb neighb behavi hum rum vap arm flav sav".split())


def _plain(text: str) -> str:
    """A normalised answer with its "and"s dropped ("&" normalises to nothing, so "jammu
    kashmir" and "jammu and kashmir" compare equal) and British spellings made American."""
    return SPELLINGS.sub(_american, re.sub(r"\band ", "", text))


def _american(found: re.Match[str]) -> str:
    """A ``SPELLINGS`` match spelt the American way ("centre" -> "center", "labour" -> "labor")."""
    if found[1]:
        return f"{found[1]}er{found[2]}"
    return f"{found[3]}or{found[4]}" if found[3] in OUR_WORDS else found[0]


def similarity(target: str, given: str) -> float:
    """How close a typed answer is to a target, 0-100 (rapidfuzz ratio of the normalised
    forms); 0 when their numbers differ (1918 is not 1919) or the target is under 4 letters."""
    target_norm, given_norm = normalize(target), normalize(given)
    if re.findall(r"\d+", target_norm) != re.findall(r"\d+", given_norm):
        return 0.0
    if len(target_norm) < 4:
        return 0.0
    from rapidfuzz import fuzz  # imported on first use: ~60 ms off the app's start-up

    return float(fuzz.ratio(target_norm, given_norm))


class TypedKind(QuestionKind):
    """Typed answers: case, punctuation, spacing, diacritics, "and" ("&"), British or
    American spelling ("centre" = "center") and a leading "the/a/an" are ignored; numbers
    compare by value (126000 = 126,000 = 126 000); dates by day (26 June 1918 = June 26, 1918
    = 26/06/1918 when the day is > 12); ``accept`` lists alternatives; a near miss
    (similarity >= 80, never for numbers) is "close"."""

    typed = True

    def validate(self, question: Question) -> list[str]:
        if question.choices:
            return [f"{self.name} questions take no choices"]
        return []

    def check(self, question: Question, given: str) -> CheckResult:
        expected = question.answer
        fuzzy_targets = []
        for target in [expected, *question.accept]:
            same = same_answer(target, given)
            if same:
                note = "" if target == expected else f"accepted; the usual answer is {expected}"
                return CheckResult("right", note, expected)
            if same is None:
                fuzzy_targets.append(target)
        best = max((similarity(target, given) for target in fuzzy_targets), default=0.0)
        if best >= CLOSE_SIMILARITY:
            return CheckResult("close", f"close: check spelling, expected {expected}", expected)
        return CheckResult("wrong", f"expected {expected}", expected)
