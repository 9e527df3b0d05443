"""Item analysis (classical test theory): first-attempt scores, discrimination, point-biserial."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from quiz.text import search_key

CORRECT_RESULTS = frozenset({"right", "close"})  # close = right with a spelling note
UPPER_LOWER_FRACTION = 0.27
MIN_GROUP_STUDENTS = 2


@dataclass(frozen=True)
class Review:
    """One answer a student gave: the raw material of every report."""

    student: str
    question_id: str
    result: str
    answer: str = ""
    at: datetime | None = None
    assignment_id: str | None = None

    @property
    def correct(self) -> bool:
        return self.result in CORRECT_RESULTS


def first_attempt_scores(reviews: Iterable[Review]) -> dict[str, dict[str, int]]:
    """``{student: {question_id: 1 or 0}}`` from each student's first answer to each question.

    Classic test theory scores an item once per student; later repeats of spaced practice
    would reward persistence rather than knowledge, so only the first answer counts.
    """
    ordered = sorted(reviews, key=lambda r: (r.at or datetime.min,))
    scores: dict[str, dict[str, int]] = defaultdict(dict)
    for review in ordered:
        scores[review.student].setdefault(review.question_id, int(review.correct))
    return dict(scores)


def total_scores(scores: dict[str, dict[str, int]]) -> dict[str, float]:
    """Each student's proportion correct over the items they answered."""
    return {s: sum(items.values()) / len(items) for s, items in scores.items() if items}


def upper_lower_index(
    item: dict[str, int], totals: dict[str, float], fraction: float = UPPER_LOWER_FRACTION
) -> float | None:
    """Upper-lower discrimination index D = p(upper) - p(lower).

    Students who answered the item are ranked by total score; the upper and lower groups are
    the top and bottom ``fraction`` (27 %, Kelley 1939) of them, at least one student each.
    D ranges from -1 to 1; 0.3 and above is good, below 0.2 (or negative) flags a poor item.
    """
    ranked = sorted(item, key=lambda s: (-totals[s], s))
    if len(ranked) < MIN_GROUP_STUDENTS:
        return None
    size = max(1, round(fraction * len(ranked)))
    upper, lower = ranked[:size], ranked[-size:]
    p_upper = sum(item[s] for s in upper) / size
    p_lower = sum(item[s] for s in lower) / size
    return p_upper - p_lower


def point_biserial(item: dict[str, int], rest: dict[str, float]) -> float | None:
    """Point-biserial correlation between an item (0/1) and a continuous score.

    r = (M1 - M0) / s * sqrt(p * q), with s the population standard deviation of the score.
    None when everyone got the item right (or wrong) or all scores are equal.
    """
    students = [s for s in item if s in rest]
    if len(students) < MIN_GROUP_STUDENTS:
        return None
    right = [rest[s] for s in students if item[s]]
    wrong = [rest[s] for s in students if not item[s]]
    if not right or not wrong:
        return None
    values = [rest[s] for s in students]
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    if sd == 0:
        return None
    p = len(right) / len(students)
    m1, m0 = sum(right) / len(right), sum(wrong) / len(wrong)
    return (m1 - m0) / sd * math.sqrt(p * (1 - p))


def rest_scores(scores: dict[str, dict[str, int]], question_id: str) -> dict[str, float]:
    """Each student's proportion correct on the *other* items (corrected item-total score)."""
    rest = {}
    for student, items in scores.items():
        if question_id in items and len(items) > 1:
            rest[student] = (sum(items.values()) - items[question_id]) / (len(items) - 1)
    return rest


def most_common_wrong(reviews: Sequence[Review]) -> tuple[str, int]:
    """The wrong answer given most often (case, accents and spacing ignored: one
    :func:`~quiz.text.search_key`) and how many times."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for review in reviews:
        text = " ".join(review.answer.split())
        if review.correct or not text:
            continue
        key = search_key(text)
        counts[key] += 1
        shown.setdefault(key, text)
    if not counts:
        return "", 0
    key, count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return shown[key], count
