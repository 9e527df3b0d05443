"""The rating an answer suggests (Again / Hard / Good / Easy) from its verdict and speed."""

from __future__ import annotations

from quiz.kinds import CheckResult, check_answer, kind_of
from quiz.learning.schedule import Rating
from quiz.model import Question

__all__ = ["CheckResult", "check_answer", "rating_for", "fast_seconds", "slow_seconds"]

VERDICTS = ("right", "close", "wrong")


def fast_seconds(question: Question) -> float:
    """At or under this many seconds a right answer is rated Easy (set by the kind)."""
    return kind_of(question).fast_seconds(question)


def slow_seconds(question: Question) -> float:
    """Above this many seconds a right answer is rated Hard (set by the kind)."""
    return kind_of(question).slow_seconds(question)


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
