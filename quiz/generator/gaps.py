"""A sentence with a gap where its answer stood, and a hint of the answer's kind."""

from __future__ import annotations

import re

from quiz.generator import checks, wording
from quiz.generator.facts import Facts, Sentence
from quiz.generator.spans import Span, open_subject, run_on
from quiz.model import GAP

HINTS = {"year": "year", "date": "date", "number": "number", "money": "amount", "percent": "share"}
# A year that only bounds a fact (not falsify.BOUND_BEFORE: "until", "late" leave one year)
OPEN_BOUND = re.compile(r"\b(?:[Bb]efore|[Aa]fter|[Bb]y) (?:(?:early|late|mid-?) )?$")


def gapped_sentence(sentence: Sentence, span: Span, cls: str, facts: Facts) -> str | None:
    """The sentence with a gap and a hint of the answer's kind (choices say which fits);
    ``cls`` is the answer's coarse class ("person", "place", ...)."""
    text = sentence.text
    if open_subject(text, span, cls) or run_on(text, span):
        return None  # (nor a name run into what follows: "_____(1987)")
    hint = HINTS.get(span.type)
    if span.type == "date" and re.fullmatch(r"[A-Z][a-z]+ \d{4}", span.text):
        hint = "month and year"
    elif span.type == "date" and not re.search(r"\d{3,4}$", span.text):
        hint = "day and month"
    gap = f"{GAP} ({hint})" if hint else GAP
    before = sentence.text[: span.start]
    prompt = before + gap + sentence.text[span.end :]
    if checks.prompt_problem(prompt, span, facts) or re.search(r"\b[Aa]n? $", before):
        return None  # (R22, R26: "is a(n) _____ acres site" read as broken)
    if span.type in ("year", "date") and (
        wording.names_nothing(prompt) or OPEN_BOUND.search(before)
    ):
        return None  # "Before _____ (year), annual film production was low": where? (and
        # "Before _____, Pinatubo was inconspicuous": any year before it fits too, R395)
    return prompt
