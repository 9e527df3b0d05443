"""Other spellings a learner may type for an answer: a fuller link target, a surname, a
country's short name."""

from __future__ import annotations

from quiz.generator.article import plain_title
from quiz.generator.entities import EntityTypes
from quiz.generator.gazetteer import country_forms
from quiz.generator.spans import Span
from quiz.text import normalize


def other_spellings(span: Span, types: EntityTypes) -> list[str]:
    """Other spellings a learner may type: a fuller link target, a person's surname, a
    country's short name ("UK")."""
    out: list[str] = []
    target = plain_title(span.target or "")
    if target and normalize(target) != normalize(span.text) and len(target.split()) <= 6:
        words, target_words = set(normalize(span.text).split()), set(normalize(target).split())
        if words <= target_words or (len(target_words) > 1 and target_words <= words):
            out.append(target)
    out += country_forms(span.text)  # ("Britain" for the United Kingdom)
    if types.coarse.get(span.text) == "person" and len(span.text.split()) >= 2:
        surname = span.text.split()[-1]
        out += [surname] if len(surname) > 3 and surname[0].isupper() else []
    return out
