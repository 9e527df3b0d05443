"""QuestionKind, the behaviour every question kind provides, and CheckResult, a verdict."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.model import Question

LETTERS = "ABCDEFGHIJ"


@dataclass(frozen=True)
class CheckResult:
    """The verdict on one answer (right, close or wrong), a note saying what differed, and the
    expected answer."""

    verdict: str
    note: str
    expected: str

    @property
    def correct(self) -> bool:
        """Right or close (close counts as correct, with a spelling note)."""
        return self.verdict != "wrong"


class QuestionKind:
    """What one kind of question is and does; subclass it (or :class:`~quiz.kinds.typed.TypedKind`
    / :class:`~quiz.kinds.choice.ChoiceKind`) in one module per kind and register it in
    :mod:`quiz.kinds`.

    Attributes (class attributes of a subclass):

    - ``name``: the value of ``kind`` in a bank (``"mcq"``).
    - ``label``: what people call it (``"Multiple choice"``): card headers, worksheet parts.
    - ``instructions``: the worksheet's instruction for a part of this kind.
    - ``typed``: the learner types the answer (True) or picks one of :meth:`options` (False).
    - ``lettered``: the options are labelled A, B, C... (multiple choice) rather than read as
      words (True / False).
    - ``gapped``: the prompt holds a gap (``_____``) that the answer fills (cloze).
    - ``cue``: a short question shown after the prompt where the options are not listed
      (``"True or false?"``), else "".
    """

    name: str = ""
    label: str = ""
    instructions: str = ""
    typed: bool = True
    lettered: bool = False
    gapped: bool = False
    cue: str = ""

    def options(self, question: Question) -> list[str]:
        """The options offered, in the bank's order (empty for a typed kind)."""
        return []

    def keys(self, question: Question) -> list[str]:
        """The keys that pick each option in the app (``1``-``4`` unless a kind says else)."""
        return [str(i + 1) for i in range(len(self.options(question)))]

    def validate(self, question: Question) -> list[str]:
        """Problems with a question of this kind (its fields' types are already checked)."""
        return []

    def check(self, question: Question, given: str) -> CheckResult:
        """The verdict on ``given`` (not empty, stripped) for ``question``."""
        raise NotImplementedError

    def answer_label(self, question: Question, options: list[str] | None = None) -> str:
        """The answer as an answer key writes it: ``C. Baku`` when the options are lettered
        (in the order ``options``, default the bank's), else the answer's text."""
        shown = self.options(question) if options is None else options
        if self.lettered and question.answer in shown:
            return f"{LETTERS[shown.index(question.answer)]}. {question.answer}"
        return question.answer

    def fast_seconds(self, question: Question) -> float:
        """At or under this many seconds a right answer is rated Easy."""
        if not self.typed:
            return 4.0
        return 5.0 + len(question.answer) / 6

    def slow_seconds(self, question: Question) -> float:
        """Above this many seconds a right answer is rated Hard."""
        words = len(question.prompt.split())
        typing = len(question.answer) / 2 if self.typed else 0.0
        return 15.0 + words / 4 + typing

    def __repr__(self) -> str:
        return f"<kind {self.name}>"
