"""Whether a period's bound is the one answer: the article may bound the same period otherwise."""

from __future__ import annotations

import re

from quiz.generator.facts import Facts, Sentence
from quiz.generator.spans import Span

WORDED_RANGE = re.compile(r"\b(?:from|between) (\d{4}) (?:to|and|until|till) (\d{4})\b")


def bounded_otherwise(sentence: Sentence, span: Span, facts: Facts) -> bool:
    """A year that opens or closes a period ("between _____ and 1975") where the text gives
    that period with the same other bound and another year on this side ("from 1939 to 1975"
    beside "between 1936 and 1975", R403): both years fit the gap. Only worded ranges count
    (a heading's "(1973–1975)" is most often a part of the period)."""
    if span.type != "year":
        return False
    for match in WORDED_RANGE.finditer(sentence.text):
        side = next((i for i in (1, 2) if match.start(i) == span.start), 0)
        if not side:
            continue
        other = 3 - side
        return any(
            told[other] == match[other] and told[side] != match[side]
            for told in WORDED_RANGE.finditer(facts.prose)
        )
    return False
