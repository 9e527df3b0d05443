"""Routine events: the subject doing one thing again and again past the lead ("In 1944,
Najdorf won at La Plata", "Najdorf won at Venice 1948", ...): a few are worth asking, a list
of them is trivia, and a year moved in one of them is a trick on a minor detail (R127)."""

from __future__ import annotations

import re
from collections import Counter

from quiz.generator.facts import Facts, Sentence
from quiz.generator.lexicon import base_form

KEPT = 2  # sentences of one routine verb asked, the first in the article
ROUTINE = 4  # a verb the subject leads this many sentences with past the lead is routine
# Results and appearances, not the steps of a career ("became", "was elected", "joined").
RESULTS = frozenset(
    """win tie take finish place share score beat defeat lose draw play compete appear perform
    record release publish tour star""".split()
)


def _verb(sentence: Sentence, name: str) -> str:
    """The base form of the verb the subject leads the sentence with, or ""."""
    found = re.match(
        rf"(?:(?:In|On|By|During|At|After) [^,]{{1,40}}, )?{re.escape(name)} ([a-z]+)\b",
        sentence.text,
    )
    if not found or not sentence.section:
        return ""
    return base_form(found[1], "VBD") or found[1]


def routine_sentences(facts: Facts) -> set[int]:
    """The indexes of the sentences past the first ``KEPT`` of each routine verb."""
    name = facts.subject.bare
    verbs = {s.index: _verb(s, name) for s in facts.sentences}
    counts = Counter(v for v in verbs.values() if v in RESULTS)
    seen: Counter[str] = Counter()
    skipped = set()
    for index, verb in sorted(verbs.items()):
        if counts[verb] >= ROUTINE:
            seen[verb] += 1
            if seen[verb] > KEPT:
                skipped.add(index)
    return skipped
