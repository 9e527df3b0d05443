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

__all__ = [
    "SECTION_SEPARATOR",
    "answer_names",
    "sibling_keys",
    "siblings_apart",
    "pick_questions",
    "top_section",
]

SECTION_SEPARATOR = " > "


def sibling_keys(question: Question, answers: frozenset[str] = frozenset()) -> frozenset[str]:
    """Keys two siblings share: ``fact:<fact>``, ``context:<folded sentence>`` and
    ``answer:<folded name>`` for a named answer, and for each part of it that is another
    question's whole answer (``answers``, from :func:`answer_names`): two questions whose
    answers hold one another give each other away ("Where was he born? Shelbyville, Kentucky"
    beside "... a politician from which state? Kentucky"; "Led Zeppelin II" beside "Led
    Zeppelin", R407), two that only share a part do not ("Dallas, Texas", "Austin, Texas"); a
    question with choices is also a sibling of each question whose answer is one of its
    choices (two holidays of one list, each the other's wrong choice). A question with no key
    has its own ``id:`` key, so it has no siblings."""
    keys = set()
    if question.fact.strip():
        keys.add("fact:" + question.fact.strip())
    if question.context.strip():
        keys.add("context:" + search_key(question.context))
    if whole := _named(question):
        keys |= {"answer:" + name for name in _parts(question) & answers | {whole}}
    # a choice that is another question's answer: each rules out a choice of the other (R431;
    # true/false's choices are never a named answer)
    keys |= {"answer:" + c for c in map(search_key, question.choices) if c in answers}
    return frozenset(keys or {"id:" + question.id})


def answer_names(questions: Iterable[Question]) -> frozenset[str]:
    """The folded named answers of ``questions`` (for :func:`sibling_keys`)."""
    return frozenset(whole for question in questions if (whole := _named(question)))


def _named(question: Question) -> str:
    """The answer folded, if it is a name: not True or False, a figure or a short word."""
    if question.answer in TRUE_FALSE_CHOICES or not re.search(r"[^\W\d_]{2}", question.answer):
        return ""
    whole = search_key(question.answer)
    return whole if len(whole) >= 4 else ""


def _parts(question: Question) -> set[str]:
    """The answer's comma-separated parts and the names it begins with ("Led Zeppelin" of
    "Led Zeppelin II": a begun name ends on a name's word, not "University of")."""
    words = question.answer.split()
    begun = (" ".join(words[:n]) for n in range(1, len(words)) if words[n - 1][:1].isupper())
    return {search_key(part) for part in [*question.answer.split(","), *begun]}


def siblings_apart(questions: Iterable[Question]) -> list[Question]:
    """``questions`` in their order, leaving out each one that is a sibling of an earlier one."""
    questions = list(questions)
    answers = answer_names(questions)
    used: set[str] = set()
    kept = []
    for question in questions:
        keys = sibling_keys(question, answers)
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
    avoid = list(avoid)
    answers = answer_names([*pool, *avoid])
    used: set[str] = set()
    for question in avoid:
        used |= sibling_keys(question, answers)
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
        keys = sibling_keys(question, answers)
        if keys & used:
            continue
        picked.append(question)
        used |= keys
        per_section[section] += 1
        per_kind[kind] += 1
        per_pair[section, kind] += 1
    position = {id(q): i for i, q in enumerate(questions)}
    return sorted(picked, key=lambda q: position[id(q)])
