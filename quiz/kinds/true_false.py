"""True or false: a statement to judge; the answer is ``True`` or ``False``."""

from __future__ import annotations

from quiz.kinds.choice import ChoiceKind
from quiz.model import TRUE_FALSE_CHOICES, Question
from quiz.text import normalize

TRUE_WORDS = {"t", "true", "yes", "y", "1"}
FALSE_WORDS = {"f", "false", "no", "n", "0"}


class TrueFalse(ChoiceKind):
    """Answered True/False, T/F, yes/no, y/n or 1/0 (keys ``t`` and ``f`` in the app)."""

    name = "true_false"
    label = "True or false"
    instructions = "Circle True or False."
    cue = "True or false?"

    def options(self, question: Question) -> list[str]:
        return list(TRUE_FALSE_CHOICES)

    def keys(self, question: Question) -> list[str]:
        return ["t", "f"]

    def validate(self, question: Question) -> list[str]:
        problems = []
        if question.answer not in TRUE_FALSE_CHOICES:
            problems.append("true_false answer must be 'True' or 'False'")
        if question.choices and question.choices != TRUE_FALSE_CHOICES:
            problems.append("true_false choices must be ['True', 'False']")
        return problems

    def chosen(self, question: Question, given: str) -> str | None:
        word = normalize(given)
        if word in TRUE_WORDS:
            return "True"
        if word in FALSE_WORDS:
            return "False"
        return None

    def not_an_option(self, question: Question, given: str) -> str:
        return f"answer True or False (T/F), got {given!r}"

    def slow_seconds(self, question: Question) -> float:
        return 10.0 + len(question.prompt.split()) / 4


KIND = TrueFalse()
