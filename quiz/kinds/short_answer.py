"""Short answer: a question answered by typing a word, name, number or date."""

from __future__ import annotations

from quiz.kinds.typed import TypedKind


class ShortAnswer(TypedKind):
    """A wh-question ("In what year ...?") with a typed answer."""

    name = "short_answer"
    label = "Short answer"
    instructions = "Write your answer on the line."


KIND = ShortAnswer()
