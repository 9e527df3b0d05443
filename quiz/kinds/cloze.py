"""Cloze: a sentence with a gap (``_____``) to fill by typing the missing words."""

from __future__ import annotations

from quiz.kinds.typed import TypedKind
from quiz.model import GAP, Question


class Cloze(TypedKind):
    """The source sentence with the answer blanked out."""

    name = "cloze"
    label = "Fill in the blank"
    instructions = "Write the missing word or words in the blank."
    gapped = True

    def validate(self, question: Question) -> list[str]:
        problems = super().validate(question)
        if GAP not in question.prompt:
            problems.append(f"cloze prompt has no gap '{GAP}'")
        return problems


KIND = Cloze()
