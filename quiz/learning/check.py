"""Answer checking (right / close / wrong with a note) and the rating an answer suggests."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from quiz.learning.schedule import Rating
from quiz.model import Question

__all__ = ["CheckResult", "check_answer", "rating_for", "normalize", "fast_seconds", "slow_seconds"]

VERDICTS = ("right", "close", "wrong")
CLOSE_SIMILARITY = 80.0
LETTERS = "ABCD"
TRUE_WORDS = {"t", "true", "yes", "y", "1"}
FALSE_WORDS = {"f", "false", "no", "n", "0"}
# Letters NFKD does not split into base + accent.
_FOLD = str.maketrans(
    {
        "ə": "e",
        "Ə": "e",
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ħ": "h",
        "ŋ": "n",
        "‘": "'",
        "’": "'",
        "ʻ": "'",
        "ʼ": "'",
    }
)
_ARTICLE = re.compile(r"^(the|a|an)\s+")
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


@dataclass(frozen=True)
class CheckResult:
    """The verdict on one answer, a note saying what differed, and the expected answer."""

    verdict: str
    note: str
    expected: str

    @property
    def correct(self) -> bool:
        """Right or close (close counts as correct, with a spelling note)."""
        return self.verdict != "wrong"


def fold(text: str) -> str:
    """Lower-case, strip diacritics (incl. ə->e and friends), unify quotes."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_FOLD)


def normalize(text: str) -> str:
    """Comparable form of a typed answer: folded, punctuation and leading article dropped."""
    text = fold(text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return _ARTICLE.sub("", text)


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


def _choice_index(question: Question, given: str) -> int | None:
    text = given.strip()
    bare = re.sub(r"[\s().:)]", "", text)  # "B.", "(b)", "2)" mean the letter or number
    if len(bare) == 1:
        text = bare
    choices = question.choices or []
    if len(text) == 1 and text.upper() in LETTERS[: len(choices)]:
        return LETTERS.index(text.upper())
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return int(text) - 1
    for index, choice in enumerate(choices):
        if normalize(choice) == normalize(text):
            return index
    return None


def _check_choice(question: Question, given: str) -> CheckResult:
    expected = question.answer
    if question.kind == "true_false":
        word = normalize(given)
        truth = True if word in TRUE_WORDS else False if word in FALSE_WORDS else None
        if truth is None:
            return CheckResult("wrong", f"answer True or False (T/F), got {given!r}", expected)
        chosen = "True" if truth else "False"
    else:
        index = _choice_index(question, given)
        if index is None:
            return CheckResult("wrong", f"{given!r} is not one of the choices", expected)
        chosen = question.choices[index]
    if chosen == expected:
        return CheckResult("right", "", expected)
    return CheckResult("wrong", f"you chose {chosen}; the answer is {expected}", expected)


def _same(expected: str, given: str) -> bool | None:
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
    if normalize(expected) == normalize(given):
        return True
    return None


def _check_typed(question: Question, given: str) -> CheckResult:
    expected = question.answer
    targets = [expected, *question.accept]
    fuzzy_targets = []
    for target in targets:
        same = _same(target, given)
        if same:
            note = "" if target == expected else f"accepted; the usual answer is {expected}"
            return CheckResult("right", note, expected)
        if same is None:
            fuzzy_targets.append(target)
    best = 0.0
    given_norm = normalize(given)
    if fuzzy_targets:
        from rapidfuzz import fuzz  # imported on first use: ~60 ms off the app's start-up
    for target in fuzzy_targets:
        target_norm = normalize(target)
        if re.findall(r"\d+", target_norm) != re.findall(r"\d+", given_norm):
            continue  # numbers are never fuzzy-matched: 1918 is not 1919
        if len(target_norm) < 4:
            continue
        best = max(best, fuzz.ratio(target_norm, given_norm))
    if best >= CLOSE_SIMILARITY:
        return CheckResult("close", f"close: check spelling, expected {expected}", expected)
    return CheckResult("wrong", f"expected {expected}", expected)


def check_answer(question: Question, given: str | None) -> CheckResult:
    """Judge ``given`` for ``question``.

    mcq: the choice text (any case/punctuation), its letter A-D or its number 1-4.
    true_false: True/False, T/F, yes/no, y/n, 1/0.
    cloze/short_answer: case, punctuation, spacing, diacritics and leading "the/a/an" are
    ignored; numbers compare by value (126000 = 126,000 = 126 000); dates compare by day
    (26 June 1918 = June 26, 1918 = 26/06/1918 when the day is > 12); ``accept`` lists
    alternatives; a near miss (rapidfuzz ratio >= 80, never for numbers) is "close".
    """
    given = (given or "").strip()
    if not given:
        return CheckResult("wrong", "no answer given", question.answer)
    if question.kind in ("mcq", "true_false"):
        return _check_choice(question, given)
    return _check_typed(question, given)


def fast_seconds(question: Question) -> float:
    """At or under this many seconds a right answer is rated Easy."""
    if question.kind in ("mcq", "true_false"):
        return 4.0
    return 5.0 + len(question.answer) / 6


def slow_seconds(question: Question) -> float:
    """Above this many seconds a right answer is rated Hard."""
    base = 10.0 if question.kind == "true_false" else 15.0
    words = len(question.prompt.split())
    typing = 0.0 if question.kind in ("mcq", "true_false") else len(question.answer) / 2
    return base + words / 4 + typing


def rating_for(
    result: CheckResult,
    seconds: float | None = None,
    question: Question | None = None,
    *,
    override: Rating | None = None,
) -> Rating:
    """The suggested rating: wrong -> Again; close or slow -> Hard; fast -> Easy; else Good.

    Fast/slow thresholds: :func:`fast_seconds` / :func:`slow_seconds` (by kind, prompt and
    answer length); without ``seconds`` or ``question`` a right answer is Good.  A learner's
    ``override`` always wins.
    """
    if override is not None:
        return Rating(override)
    if result.verdict == "wrong":
        return Rating.Again
    if result.verdict == "close":
        return Rating.Hard
    if seconds is None or question is None:
        return Rating.Good
    if seconds > slow_seconds(question):
        return Rating.Hard
    if seconds <= fast_seconds(question):
        return Rating.Easy
    return Rating.Good
