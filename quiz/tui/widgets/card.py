"""QuestionCard: a question's prompt and choices, and (once revealed) its answer and why."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from quiz.kinds import LETTERS, kind_of
from quiz.model import Question


def choice_lines(question: Question) -> list[str]:
    """A question's lettered options as ``A. text`` lines (empty for other kinds)."""
    kind = kind_of(question)
    if not kind.lettered:
        return []
    return [f"{LETTERS[i]}. {option}" for i, option in enumerate(kind.options(question))]


class QuestionCard(Vertical):
    """Shows one question; ``reveal()`` adds the answer, the source sentence and the section."""

    DEFAULT_CSS = """
    QuestionCard { height: auto; padding: 1 2; border: round $primary; }
    QuestionCard > #kind { color: $text-muted; height: auto; }
    QuestionCard > #prompt { text-style: bold; height: auto; margin: 1 0 0 0; }
    QuestionCard > #choices { height: auto; margin: 1 0 0 2; }
    QuestionCard > #answer { height: auto; margin: 1 0 0 0; display: none; }
    QuestionCard.-revealed > #answer { display: block; }
    """

    def __init__(self, question: Question | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.question = question

    def compose(self) -> ComposeResult:
        yield Static(id="kind")
        yield Static(id="prompt")
        yield Static(id="choices")
        yield Static(id="answer")

    def on_mount(self) -> None:
        if self.question is not None:
            self.show(self.question)

    def show(self, question: Question, *, list_choices: bool = True) -> None:
        """Display the front of ``question`` (answer hidden); choices listed unless told not."""
        self.question = question
        self.remove_class("-revealed")
        section = f"  ·  {question.section}" if question.section else ""
        self.query_one("#kind", Static).update(escape(f"{kind_of(question).label}{section}"))
        self.query_one("#prompt", Static).update(escape(question.prompt))
        choices = self.query_one("#choices", Static)
        lines = choice_lines(question) if list_choices else []
        choices.update(escape("\n".join(lines)))
        choices.display = bool(lines)
        self.query_one("#answer", Static).update("")

    def reveal(self, extra: str = "") -> None:
        """Show the answer with its source sentence (the "why") and section; ``extra`` is markup."""
        if self.question is None:
            return
        q = self.question
        parts = [f"[b]Answer:[/b] [$text-success]{escape(q.answer)}[/]"]
        if extra:
            parts.insert(0, extra)
        if q.context:
            parts.append(f"[b]Why:[/b] {escape(q.context)}")
        if q.section:
            parts.append(f"[dim]Section: {escape(q.section)}[/dim]")
        self.query_one("#answer", Static).update("\n".join(parts))
        self.add_class("-revealed")

    @property
    def revealed(self) -> bool:
        return self.has_class("-revealed")
