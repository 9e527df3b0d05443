"""Other values an article gives for a figure: "20.8%" here, "20.95%" in the lead; a
population of "around 500,000" here, "about 510,000" there."""

from __future__ import annotations

import re

from quiz.generator.facts import prose_sentences
from quiz.generator.spans import YEAR_IN_TEXT, Span

APPROXIMATE = r"(?:around|about|approximately|roughly|some|nearly|almost|over)"
FRAME = re.compile(  # "a strength of around _____" (not a word any figure takes: "a total of")
    rf"\b((?!(?:total|one|out|number|age|sum|series|set|group|list|part|couple|pair|lot|range|"
    rf"average|rate|score|record|margin|distance) )[a-z]+ of)(?: {APPROXIMATE})? $"
)
FIGURE_BEFORE = re.compile(r"\d[\d,]*(?:\.\d+)?$")  # a figure just before a unit
# What a figure without a unit counts, found by the word in its sentence (R91).
COUNTED = re.compile(
    r"\b(?:population|inhabitants|residents|speakers|members|students|employees|visitors|"
    r"troops|soldiers|casualties|deaths|copies)\b"
)


def other_close_value(text: str, span: Span, prose: str) -> bool:
    """Another value within 5% of the span's with the same unit (or, for a figure with none,
    in a sentence counting the same thing) elsewhere in ``prose``; or any other value in the
    same words before it, in an undated sentence ("a strength of around 1100" here, "a
    strength of around 2000 students" there, R299)."""
    value = _figure(span.text)
    if not value:
        return False
    frame = FRAME.search(text, 0, span.start)
    dated = YEAR_IN_TEXT.search(text[: span.start] + text[span.end :])
    if frame and span.type == "number" and not dated:
        words = rf"\b{re.escape(frame[1])}(?: {APPROXIMATE})? (\d[\d,]*(?:\.\d+)?)"
        if any(_figure(m[1]) != value for m in re.finditer(words, prose)):
            return True
    unit = [w.rstrip(".,;:!?)") for w in text[span.end :].split()[:1]]  # ("acres.", R296)
    if span.type != "percent" and (not unit or not unit[0].isalpha()):
        counted = COUNTED.search(text)
        return _close_in_sentences(value, counted.group(), prose) if counted else False
    pattern = r"%| per ?cent" if span.type == "percent" else rf" {re.escape(unit[0])}\b"
    for match in re.finditer(pattern, prose):  # each unit, then the figure before it
        number = FIGURE_BEFORE.search(prose, max(0, match.start() - 40), match.start())
        if number and _close(_figure(number.group()), value):
            return True
    return False


def _close_in_sentences(value: float, word: str, prose: str) -> bool:
    """A sentence of ``prose`` that names ``word`` and a figure within 5% of ``value``."""
    for sentence in prose_sentences(prose):
        if word in sentence:
            for number in re.findall(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b", sentence):
                if _close(_figure(number), value):
                    return True
    return False


def _close(found: float, value: float) -> bool:
    return bool(found) and found != value and abs(found - value) <= 0.05 * value


def _figure(text: str) -> float:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(match.group().replace(",", "")) if match else 0.0
