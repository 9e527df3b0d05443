"""Other spellings a learner may type for an answer: a fuller link target, a surname, a
country's short name, a firm's name without its kind."""

from __future__ import annotations

import re

from quiz.generator.article import plain_title
from quiz.generator.entities import EntityTypes
from quiz.generator.gazetteer import country_forms
from quiz.generator.lexicon import known_word
from quiz.generator.spans import Span
from quiz.text import normalize

# A firm's name and the kind of firm it is: "Columbia" is typed for "Columbia Records" (not a
# press's: "Oxford University" is another body than Oxford University Press).
FIRM = re.compile(
    r"(?:The )?(?P<name>[A-Z][\w.&'’ -]{2,}?),? (?:Records|Recordings|Pictures|Studios|Films|"
    r"Entertainment|Publishing|Company|Corporation|Corp\.|Inc\.|Ltd\.?|Limited|Group|Magazine)"
)


def other_spellings(span: Span, types: EntityTypes) -> list[str]:
    """Other spellings a learner may type: a fuller link target, a person's surname, a
    country's short name ("UK"), a firm's name without its kind ("Columbia")."""
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
    firm = FIRM.fullmatch(span.text)
    if firm and types.coarse.get(span.text) != "person" and not known_word(firm["name"].lower()):
        out.append(firm["name"])  # "Columbia" (stop 68), not "News" of News Corporation
    return out
