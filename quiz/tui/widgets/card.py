"""QuestionCard: a question's prompt and choices, and (once revealed) its answer and why."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from quiz.kinds import LETTERS, CheckResult, kind_of
from quiz.model import Question
from quiz.tui.text import markup, plain


def choice_lines(question: Question) -> list[str]:
    """A question's lettered options as ``A. text`` lines (empty for other kinds)."""
    kind = kind_of(question)
    if not kind.lettered:
        return []
    return [f"{LETTERS[i]}. {option}" for i, option in enumerate(kind.options(question))]


VERDICT_TEXT = {"right": "Right", "close": "Close", "wrong": "Wrong"}
VERDICT_COLOURS = {"right": "$text-success", "close": "$text-warning", "wrong": "$text-error"}


def verdict_content(result: CheckResult) -> Content:
    """``Right`` / ``Close — ...`` / ``Wrong — ...`` coloured for the verdict."""
    colour = VERDICT_COLOURS[result.verdict]
    verdict = markup(f"[b {colour}]$verdict[/]", verdict=VERDICT_TEXT[result.verdict])
    return verdict + markup(" — $note", note=result.note) if result.note else verdict


def answer_content(question: Question, extra: Content | None = None) -> Content:
    """``extra``, then the answer, the source sentence ("why") and the section."""
    parts = [extra] if extra else []
    parts.append(markup("[b]Answer:[/b] [$text-success]$answer[/]", answer=question.answer))
    if question.context:
        parts.append(markup("[b]Why:[/b] $why", why=question.context))
    if question.section:
        parts.append(markup("[dim]Section: $section[/dim]", section=question.section))
    return Content("\n").join(parts)


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
        self.query_one("#kind", Static).update(plain(f"{kind_of(question).label}{section}"))
        self.query_one("#prompt", Static).update(plain(question.prompt))
        choices = self.query_one("#choices", Static)
        lines = choice_lines(question) if list_choices else []
        choices.update(plain("\n".join(lines)))
        choices.display = bool(lines)
        self.query_one("#answer", Static).update("")

    def reveal(self, extra: Content | None = None) -> None:
        """Show the answer with its source sentence (the "why") and section, after ``extra``
        (e.g. the verdict on a typed answer)."""
        if self.question is None:
            return
        self.query_one("#answer", Static).update(answer_content(self.question, extra))
        self.add_class("-revealed")

    @property
    def revealed(self) -> bool:
        return self.has_class("-revealed")
