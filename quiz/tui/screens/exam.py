"""ExamScreen: a timed exam; move back and forth, change answers, submit (or time runs out)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Static

from quiz.errors import QuizError
from quiz.kinds import kind_of
from quiz.learning.catalog import BankEntry
from quiz.learning.exam import ExamSession
from quiz.model import Question
from quiz.tui.screens.practice import choice_keys, key_index
from quiz.tui.text import plain
from quiz.tui.widgets.bars import KeyBar, TitleBar
from quiz.tui.widgets.card import QuestionCard
from quiz.tui.widgets.choices import ChoiceButtons

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp


def format_clock(seconds: float) -> str:
    """``"09:59"`` (minutes:seconds, rounded up so 0.2 s shows as 00:01)."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60:02d}:{whole % 60:02d}"


class ExamScreen(Screen):
    """No feedback until the end; the countdown submits the exam when it reaches zero."""

    BINDINGS = [
        Binding("1", "pick(0)", "Choice 1", show=False),
        Binding("2", "pick(1)", "Choice 2", show=False),
        Binding("3", "pick(2)", "Choice 3", show=False),
        Binding("4", "pick(3)", "Choice 4", show=False),
        Binding("t", "pick_letter('t')", "True", show=False),
        Binding("f", "pick_letter('f')", "False", show=False),
        Binding("up", "move(-1)", "Previous", priority=True),
        Binding("down", "move(1)", "Next", priority=True),
        Binding("left", "move(-1)", "Previous", show=False),
        Binding("right", "move(1)", "Next", show=False),
        Binding("ctrl+s", "submit", "Submit"),
        Binding("escape", "submit", "Submit", show=False),
    ]

    DEFAULT_CSS = """
    ExamScreen #exam-bar { height: 1; padding: 0 2; }
    ExamScreen #countdown { width: auto; text-style: bold; color: $warning; margin-right: 3; }
    ExamScreen #position { width: 1fr; }
    ExamScreen #answer-area { height: auto; }
    ExamScreen #nav { height: auto; padding: 0 2; }
    ExamScreen #nav Button { margin-right: 2; }
    ExamScreen #saved { height: auto; padding: 0 2; color: $text-muted; }
    """

    def __init__(
        self,
        entry: BankEntry,
        *,
        count: int = 20,
        time_limit: float = 600.0,
        session: ExamSession | None = None,
    ) -> None:
        super().__init__()
        self.entry = entry
        self.count = count
        self.time_limit = time_limit
        self.session = session
        self.position = 0
        self.submitting = False

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="exam-bar"):
            yield Static(id="countdown")
            yield Static(id="position")
        with VerticalScroll(id="body"):
            yield QuestionCard(id="card")
            yield Vertical(id="answer-area")
            yield Static(id="saved")
        with Horizontal(id="nav"):
            yield Button("← Previous", id="prev", compact=True)
            yield Button("Next →", id="next", compact=True)
            yield Button("Submit (ctrl+s)", id="submit", variant="warning", compact=True)
        yield KeyBar()

    async def on_mount(self) -> None:
        self.title = self.entry.title
        self.sub_title = f"Exam · {self.quiz.profile}"
        if self.session is None:
            try:
                self.session = ExamSession(
                    self.quiz.require_store(),
                    self.entry.bank,
                    now=self.quiz.now(),
                    rng=self.quiz.rng,
                    count=self.count,
                    time_limit=self.time_limit,
                    exclude=self.quiz.class_exclude(),
                )
            except QuizError as exc:  # e.g. no question left to ask
                self.notify(str(exc), severity="error")
                self.quiz.action_back()
                return
        await self.show_question()
        self.tick()
        self.set_interval(0.5, self.tick)

    @property
    def question(self) -> Question:
        assert self.session is not None
        return self.session.questions[self.position]

    def tick(self) -> None:
        """Update the countdown; submit automatically when time is up."""
        if self.session is None or self.session.submitted is not None:
            return
        remaining = self.session.remaining(self.quiz.now())
        self.query_one("#countdown", Static).update(f"⏱ {format_clock(remaining)}")
        if remaining <= 0 and not self.submitting:
            self.notify("Time is up: the exam was submitted", severity="warning")
            self.do_submit()

    async def show_question(self) -> None:
        assert self.session is not None
        question = self.question
        self._show_position()
        self.query_one(QuestionCard).show(question, list_choices=False)
        area = self.query_one("#answer-area", Vertical)
        await area.remove_children()
        given = self.session.given.get(question.id)
        kind = kind_of(question)
        if not kind.typed:
            choices = ChoiceButtons(kind.options(question), keys=choice_keys(question))
            await area.mount(choices)
            if given:
                self.call_after_refresh(choices.mark, picked=given)
            self.set_focus(None)
        else:
            box = Input(value=given or "", placeholder="Type your answer, then enter", id="typed")
            await area.mount(box)
            box.focus()
        saved = plain(f"Your answer: {given}") if given else "Not answered yet"
        self.query_one("#saved", Static).update(saved)

    def _show_position(self) -> None:
        """``Question 3 of 20 · answered 5`` and a strip: ● answered, ○ not, current reversed."""
        assert self.session is not None
        total = len(self.session.questions)
        strip = ""
        if total <= 40:
            marks = []
            for index, question in enumerate(self.session.questions):
                mark = "●" if question.id in self.session.given else "○"
                marks.append(f"[reverse]{mark}[/]" if index == self.position else mark)
            strip = "   " + "".join(marks)
        self.query_one("#position", Static).update(
            f"Question {self.position + 1} of {total} · answered {len(self.session.given)}{strip}"
        )

    def record(self, given: str) -> None:
        """Keep (or change) the answer to the current question."""
        if self.session is None or self.session.submitted is not None:
            return
        try:
            self.session.set_answer(self.question.id, given, now=self.quiz.now())
        except QuizError as exc:
            self.notify(str(exc), severity="warning")
            self.tick()
            return
        self.query_one("#saved", Static).update(plain(f"Your answer: {given}"))
        self._show_position()

    def on_choice_buttons_chosen(self, event: ChoiceButtons.Chosen) -> None:
        self.record(event.text)

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.record(event.value)
        await self.action_move(1)

    def action_pick(self, index: int) -> None:
        self.action_pick_letter(str(index + 1))

    def action_pick_letter(self, letter: str) -> None:
        index = key_index(self.question, letter)
        if index is not None:
            for choices in self.query(ChoiceButtons):
                choices.pick(index)

    def _save_typed(self) -> None:
        for box in self.query("#typed").results(Input):
            if box.value.strip() != (self.session.given.get(self.question.id) or "").strip():
                self.record(box.value)

    async def action_move(self, step: int) -> None:
        assert self.session is not None
        self._save_typed()
        self.position = max(0, min(len(self.session.questions) - 1, self.position + step))
        await self.show_question()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "prev":
            await self.action_move(-1)
        elif event.button.id == "next":
            await self.action_move(1)
        elif event.button.id == "submit":
            self.action_submit()

    def action_submit(self) -> None:
        from quiz.tui.screens.modals import ConfirmModal

        assert self.session is not None
        self._save_typed()
        missing = len(self.session.questions) - len(self.session.given)
        note = f" {missing} question(s) are unanswered." if missing else ""

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.do_submit()

        self.app.push_screen(
            ConfirmModal(f"Submit the exam?{note}", yes="Submit", no="Keep working"), confirmed
        )

    def do_submit(self) -> None:
        """Grade the exam and show the results (also called when the timer runs out)."""
        from quiz.tui.screens.modals import ConfirmModal
        from quiz.tui.screens.results import ResultsScreen

        if self.session is None or self.submitting:
            return
        self.submitting = True
        summary = self.session.submit(self.quiz.now())
        while isinstance(self.app.screen, ConfirmModal):
            self.app.pop_screen()
        self.app.switch_screen(ResultsScreen(self.entry, summary))
