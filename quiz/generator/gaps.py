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
    before = sentence.text[: span.start]
    if not hint and re.search(r"\b(?:born|died|buried) (?:in|at) $", before):
        hint = "place"  # ("Căn was born in _____": a year fits too, R462)
    gap = f"{GAP} ({hint})" if hint else GAP
    prompt = before + gap + sentence.text[span.end :]
    if checks.prompt_problem(prompt, span, facts) or re.search(r"\b[Aa]n? $", before):
        return None  # (R22, R26: "is a(n) _____ acres site" read as broken)
    if span.type in ("year", "date") and (
        wording.names_nothing(prompt) or OPEN_BOUND.search(before)
    ):
        return None  # "Before _____ (year), annual film production was low": where? (and
        # "Before _____, Pinatubo was inconspicuous": any year before it fits too, R395)
    return prompt


# A work's release, premiere or run told to the day: "was released on _____ (date)".
RELEASED_ON = re.compile(
    r"\b(?:released|premiered|aired|broadcast|debuted|published|ended|concluded)\b"
    r"[^.;]{0,60}? on _____ \(date\)"
)


def released_year(cloze: str, answer: str, title: str = "") -> str | None:
    """The cloze of a release's day asked for its year ("released in _____ (year)"), None for
    any other cloze, "" for a release's day that its year cannot ask (beside another year,
    or the ``title`` holding it): the day of a film's release is trivia, its year what a
    teacher asks (R445, R449, R451)."""
    found = RELEASED_ON.search(cloze)
    if found is None or not re.search(r"\b\d{1,2}\b.*\b\d{4}\b", answer):
        return None
    if re.search(r"\b\d{4}\b", cloze) or re.findall(r"\b\d{4}\b", answer)[-1] in title:
        return ""  # ("premiered ... on October 9, 1992, and was released ...": 1993 guessed;
        # the year in the bank's title: "Indivisible (2018 film)", R451)
    start = found.end() - len(" on _____ (date)")
    return f"{cloze[:start]} in _____ (year){cloze[found.end() :]}"
