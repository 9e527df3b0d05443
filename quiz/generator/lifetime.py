"""A person's deed dated after their death: a typo of the source's year ("In 1876, McDowell
presided over the first county court" of a man who died in 1817, R74)."""

from __future__ import annotations

import re

from quiz.generator.spans import YEAR_IN_TEXT
from quiz.generator.subject import Subject

POSTHUMOUS = re.compile(r"(?i)\bposthum|\bafter (?:his|her|their) death\b|\bmemor|\bhonou?r")


def acts_after_death(text: str, subject: Subject, died: int | None) -> bool:
    """``text`` has the subject do something ("presided", not "was inducted") in a year later
    than the year after their death."""
    if not subject.person or not died or POSTHUMOUS.search(text):
        return False
    name = re.escape(subject.bare)
    deed = re.match(
        rf"(?:(?:In|By|During) (?:[A-Z][a-z]+ )?\d{{4}},? )?(?:{name}|He|She) [a-z]+ed\b", text
    )
    first = YEAR_IN_TEXT.search(text)
    return bool(deed and first and int(first.group()) > died + 1)
