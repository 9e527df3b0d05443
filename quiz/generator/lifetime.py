"""A person's deed dated outside their life: a typo of the source's year ("In 1876, McDowell
presided over the first county court" of a man who died in 1817, R74), or another person's
deed ("In 1815, Marx began working as an attorney": his father's; Karl was born in 1818, R77)."""

from __future__ import annotations

import re

from quiz.generator.spans import YEAR_IN_TEXT
from quiz.generator.subject import Subject

POSTHUMOUS = re.compile(r"(?i)\bposthum|\bafter (?:his|her|their) death\b|\bmemor|\bhonou?r")


def acts_outside_life(text: str, subject: Subject, born: int | None, died: int | None) -> bool:
    """``text`` has the subject do something ("presided", not "was inducted") in a year before
    their birth or later than the year after their death."""
    if not subject.person or not (born or died) or POSTHUMOUS.search(text):
        return False
    name = re.escape(subject.bare)
    deed = re.match(
        rf"(?:(?:In|By|During) (?:[A-Z][a-z]+ )?\d{{4}},? )?(?:{name}|He|She) "
        rf"(?!(?:was|were|is|has|had|would|will)\b)[a-z]+(?:ed|an|ame|ote|on|ew|ent|ought)\b",
        text,
    )
    first = YEAR_IN_TEXT.search(text)
    if not deed or not first:
        return False
    year = int(first.group())
    return bool(born and year < born or died and year > died + 1)
