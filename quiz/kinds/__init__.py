"""Question kinds, one module each, registered here: ``kind_of(question)`` gives a kind's behaviour.

Every part of quiz that depends on a question's kind asks its :class:`QuestionKind` instead of
comparing ``question.kind`` with names:

- bank validation: ``kind.validate(question)`` -> problems;
- answer checking and rating: ``kind.check(question, given)`` -> :class:`CheckResult`,
  ``kind.fast_seconds`` / ``kind.slow_seconds``;
- the app and exporters: ``kind.typed`` (type the answer) or ``kind.options(question)`` (pick
  one; ``kind.keys`` are the app's keys, ``kind.lettered`` says the options are labelled A-D),
  ``kind.gapped`` (the prompt has a ``_____`` gap), ``kind.cue`` ("True or false?"),
  ``kind.label`` ("Multiple choice"), ``kind.instructions`` (worksheets),
  ``kind.answer_label(question, options)`` ("C. Baku");
- the question picker balances over :func:`kind_names`, in registry order.

Adding a kind: write ``quiz/kinds/<name>.py`` with a subclass of
:class:`~quiz.kinds.typed.TypedKind` or :class:`~quiz.kinds.choice.ChoiceKind` (or
:class:`QuestionKind`) and ``KIND = YourKind()``, then add its module to ``_MODULES`` below
(:func:`register` does the same at run time).
Exporters with a format of their own (Anki note types, GIFT, QTI...) map a kind to that format
from these traits, so a new kind works everywhere without touching them.
"""

from __future__ import annotations

from collections.abc import Iterable

from quiz.errors import QuizError
from quiz.kinds import cloze, mcq, short_answer, true_false
from quiz.kinds.base import LETTERS, CheckResult, QuestionKind
from quiz.model import Question

__all__ = [
    "LETTERS",
    "CheckResult",
    "QuestionKind",
    "all_kinds",
    "check_answer",
    "get_kind",
    "kind_names",
    "kind_of",
    "register",
    "parse_kinds",
]

_MODULES = (mcq, cloze, true_false, short_answer)
_REGISTRY: dict[str, QuestionKind] = {}


def register(kind: QuestionKind) -> QuestionKind:
    """Make ``kind`` known to quiz (after the kinds already registered); returns it."""
    if not kind.name or kind.name in _REGISTRY:
        raise ValueError(f"a question kind needs a new name, got {kind.name!r}")
    _REGISTRY[kind.name] = kind
    return kind


for _module in _MODULES:
    register(_module.KIND)


def kind_names() -> tuple[str, ...]:
    """The kind names a bank may use, in registry order (``mcq``, ``cloze``, ``true_false``,
    ``short_answer``, then any registered later)."""
    return tuple(_REGISTRY)


def all_kinds() -> list[QuestionKind]:
    """Every registered kind, in registry order."""
    return list(_REGISTRY.values())


def get_kind(name: str) -> QuestionKind | None:
    """The kind called ``name``, or None if no kind has that name."""
    return _REGISTRY.get(name)


def kind_of(question: Question) -> QuestionKind:
    """The kind of ``question``; a question of an unknown kind is treated as a typed short
    answer (banks are validated on load, so this only happens with hand-made questions)."""
    return _REGISTRY.get(question.kind) or _REGISTRY["short_answer"]


def parse_kinds(values: Iterable[str] | None) -> tuple[str, ...]:
    """Kind names from a user (``mcq cloze``, ``mcq,cloze``, ``true-false``, any case), without
    repeats; an unknown kind is a QuizError naming the known ones."""
    kinds: list[str] = []
    for value in values or ():
        for name in value.replace(",", " ").split():
            name = name.strip().lower().replace("-", "_")
            if name not in _REGISTRY:
                raise QuizError(f"unknown kind {name!r} (expected one of {', '.join(_REGISTRY)})")
            if name not in kinds:
                kinds.append(name)
    return tuple(kinds)


def check_answer(question: Question, given: str | None) -> CheckResult:
    """Judge ``given`` for ``question`` by its kind's rules (nothing typed is wrong)."""
    given = (given or "").strip()
    if not given:
        return CheckResult("wrong", "no answer given", question.answer)
    return kind_of(question).check(question, given)
