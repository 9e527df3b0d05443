"""The one question picker: balanced over sections and kinds, never two siblings together.

Two questions are *siblings* when they share a ``fact`` (one item asked two ways, e.g. typed
and multiple choice) or a ``context`` (the same source sentence): either gives the other away.
Practice quizzes, exams, worksheet versions and assignments are picked here, so none of them
ever holds two siblings; the study queue uses :func:`sibling_keys` to bury a question's
siblings for the rest of the study day once it was shown.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from quiz.kinds import kind_names
from quiz.model import TRUE_FALSE_CHOICES, Question
from quiz.text import search_key

__all__ = ["SECTION_SEPARATOR", "sibling_keys", "siblings_apart", "pick_questions", "top_section"]

SECTION_SEPARATOR = " > "


def sibling_keys(question: Question) -> frozenset[str]:
    """Keys two siblings share: ``fact:<fact>``, ``context:<folded sentence>`` and
    ``answer:<folded name>`` for a named answer and the names it begins with or lists (a
    question with none has its own ``id:`` key, so it has no siblings). Two questions whose
    answers hold one another give each other away: "Where was he born? Shelbyville,
    Kentucky" beside "... a politician from which state? Kentucky", "Led Zeppelin" beside "Led
    Zeppelin II" (R407)."""
    keys = set()
    if question.fact.strip():
        keys.add("fact:" + question.fact.strip())
    if question.context.strip():
        keys.add("context:" + search_key(question.context))
    keys |= {"answer:" + name for name in _answer_names(question)}
    return frozenset(keys or {"id:" + question.id})


def _answer_names(question: Question) -> set[str]:
    """A named answer folded, its comma-separated parts and its first two words or more
    ("led zeppelin" of "Led Zeppelin II"); none for True or False, a figure or a short word."""
    if question.answer in TRUE_FALSE_CHOICES or not re.search(r"[^\W\d_]{2}", question.answer):
        return set()
    parts = [question.answer, *question.answer.split(",")]
    names = {search_key(part) for part in parts}
    words = question.answer.split()  # (a begun name ends on a name's word: not "University of")
    names |= {
        search_key(" ".join(words[:n])) for n in range(2, len(words)) if words[n - 1][:1].isupper()
    }
    return {name for name in names if len(name) >= 4}


def siblings_apart(questions: Iterable[Question]) -> list[Question]:
    """``questions`` in their order, leaving out each one that is a sibling of an earlier one."""
    used: set[str] = set()
    kept = []
    for question in questions:
        keys = sibling_keys(question)
        if keys & used:
            continue
        kept.append(question)
        used |= keys
    return kept


def top_section(question: Question) -> str:
    """The first part of a question's section path (``Structure > Navy`` -> ``Structure``)."""
    return question.section.split(SECTION_SEPARATOR.strip())[0].strip()


def pick_questions(
    questions: Sequence[Question],
    count: int | None = None,
    rng: random.Random | None = None,
    *,
    avoid: Iterable[Question] = (),
) -> list[Question]:
    """Up to ``count`` questions (all that can be, if None) spread evenly over top-level
    sections and kinds, no two of them siblings, none a sibling of a question in ``avoid``.

    Each step takes the section with the fewest picks so far and, in it, the kind it has
    picked least, then the kind picked least overall (registry order breaks ties). With
    ``rng`` the pool is shuffled first (the same seed gives the same pick); without it the
    pick favours bank order.
    The result keeps the order of ``questions``: shuffle it where order should vary.
    """
    pool = list(questions)
    if rng is not None:
        rng.shuffle(pool)
    queues: dict[str, dict[str, list[Question]]] = {}
    for question in pool:
        queues.setdefault(top_section(question), {}).setdefault(question.kind, []).append(question)
    section_rank = {name: rank for rank, name in enumerate(queues)}
    kind_rank = {kind: rank for rank, kind in enumerate(kind_names())}
    per_section: Counter[str] = Counter()
    per_kind: Counter[str] = Counter()
    per_pair: Counter[tuple[str, str]] = Counter()
    used: set[str] = set()
    for question in avoid:
        used |= sibling_keys(question)
    limit = len(pool) if count is None else count
    picked: list[Question] = []
    while len(picked) < limit:
        live = [name for name, kinds in queues.items() if any(kinds.values())]
        if not live:
            break
        section = min(live, key=lambda name: (per_section[name], section_rank[name]))
        kinds = [kind for kind, queue in queues[section].items() if queue]
        kind = min(
            kinds,
            key=lambda k: (per_pair[section, k], per_kind[k], kind_rank.get(k, len(kind_rank)), k),
        )
        question = queues[section][kind].pop(0)
        keys = sibling_keys(question)
        if keys & used:
            continue
        picked.append(question)
        used |= keys
        per_section[section] += 1
        per_kind[kind] += 1
        per_pair[section, kind] += 1
    position = {id(q): i for i, q in enumerate(questions)}
    return sorted(picked, key=lambda q: position[id(q)])
