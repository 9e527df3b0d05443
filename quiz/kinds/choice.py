"""ChoiceKind: questions answered by picking one of a fixed list of options."""

from __future__ import annotations

import re

from quiz.kinds.base import LETTERS, CheckResult, QuestionKind
from quiz.model import Question
from quiz.text import normalize


class ChoiceKind(QuestionKind):
    """Picked from :meth:`options`: by the option's text (any case or punctuation), its letter
    (``B``, ``(b)``, ``B.``) or its number (``2``, ``2)``)."""

    typed = False

    def options(self, question: Question) -> list[str]:
        return list(question.choices)

    def chosen(self, question: Question, given: str) -> str | None:
        """The option ``given`` picks, or None if it picks none."""
        options = self.options(question)
        text = given.strip()
        bare = re.sub(r"[\s().:)]", "", text)
        if len(bare) == 1:
            text = bare
        if len(text) == 1 and text.upper() in LETTERS[: len(options)]:
            return options[LETTERS.index(text.upper())]
        if text.isdigit() and 1 <= int(text) <= len(options):
            return options[int(text) - 1]
        wanted = normalize(text)
        return next((option for option in options if normalize(option) == wanted), None)

    def not_an_option(self, question: Question, given: str) -> str:
        """The note for an answer that picks no option."""
        return f"{given!r} is not one of the choices"

    def check(self, question: Question, given: str) -> CheckResult:
        expected = question.answer
        chosen = self.chosen(question, given)
        if chosen is None:
            return CheckResult("wrong", self.not_an_option(question, given), expected)
        if chosen == expected:
            return CheckResult("right", "", expected)
        return CheckResult("wrong", f"you chose {chosen}; the answer is {expected}", expected)
