"""tidy: each pattern written to open with a character matches just what the plain one does."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from quiz.generator import tidy

ROOT = Path(__file__).resolve().parent.parent
WORDS = """in on at of for with from by to as An an a A Apple Ewe Bob Smith GCLM ID was is were are
Minnesota 's ’s .. . ... , ? : ; ! 5 .5 the de Honorary Irish University Zealand""".split()
GLUE = ["", " ", " ", ", ", "  ", " ,", "\n", "\t", "\u00a0", "\u2009", " \n "]


def _texts() -> list[str]:
    """Sentences of the bundled article, and random text made of the patterns' own words."""
    article = (ROOT / "questions" / "000_e4fee655deeefa93.txt").read_text(encoding="utf-8")
    texts = re.split(r"(?<=[.\n])\s*", article)[:3000]
    rng = random.Random(7)
    for _ in range(20000):
        words = rng.choices(WORDS, k=rng.randint(1, 12))
        texts.append("".join(w + rng.choice(GLUE) for w in words))
    return texts


TEXTS = _texts()
# pattern in tidy.py -> the plain pattern and replacement it stands for, with its own
PLAIN = [
    (tidy.SPACES, r"\s{2,}", " ", " "),
    (tidy.SPACE_BEFORE_MARK, r"\s+([,;:!?]|\.(?!\d))", r"\1", r"\1"),
    (tidy.TWO_POINTS, r"(?<!\.)\.\.$", ".", "."),
    (tidy.COMMA_AFTER_PREPOSITION, r"\b(in|on|at|of|for|with|by|to|from|as), ", r"\1 ", " "),
    (tidy.SPACE_RUN, r"\s+", " ", " "),
    (tidy.QUESTION_SPACE, r"\s+([,;:?]|\.(?!\d))", r"\1", r"\1"),
]


@pytest.mark.parametrize(("fast", "plain", "was", "now"), PLAIN, ids=lambda p: str(p)[:30])
def test_same_result(fast: re.Pattern[str], plain: str, was: str, now: str) -> None:
    changed = 0
    for text in TEXTS:
        expected = re.sub(plain, was, text)
        assert fast.sub(now, text) == expected, text
        changed += expected != text
    assert changed > 0


def test_article_where_one_may_be() -> None:
    """ARTICLE finds a match wherever AN_OR_A has one (else the text is left as it is)."""
    found = 0
    for text in [*TEXTS, "It is an New Zealand firm.", "He was a Irish poet."]:
        if tidy.AN_OR_A.search(text):
            assert tidy.ARTICLE.search(text), text
            found += 1
    assert found > 0


def test_possessive_only_after_a_space() -> None:
    found = 0
    for text in TEXTS:
        if tidy.SPACED_POSSESSIVE.search(text):
            assert " 's" in text or " ’s" in text
            found += 1
    assert found > 0
