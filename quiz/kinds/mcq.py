"""Multiple choice: four lettered options, one of them the answer."""

from __future__ import annotations

from quiz.kinds.choice import ChoiceKind
from quiz.model import Question
from quiz.text import search_key

CHOICES = 4


class MultipleChoice(ChoiceKind):
    """Four options A-D (the answer and three distractors); pick one."""

    name = "mcq"
    label = "Multiple choice"
    instructions = "Circle the letter of the best answer."
    lettered = True

    def validate(self, question: Question) -> list[str]:
        problems = []
        choices = question.choices
        if len(choices) != CHOICES:
            problems.append(f"mcq needs exactly {CHOICES} choices, has {len(choices)}")
        if question.answer not in choices:
            problems.append(f"the answer {question.answer!r} is not among the choices")
        if len({search_key(c) for c in choices}) != len(choices):
            problems.append("choices repeat each other")
        return problems


KIND = MultipleChoice()
