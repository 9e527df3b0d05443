"""PracticeScreen: a scored quiz with immediate feedback; ends on the results screen."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, ProgressBar, Static

from quiz.errors import QuizError
from quiz.kinds import CheckResult, kind_of
from quiz.learning.catalog import BankEntry
from quiz.learning.practice import PracticeSession
from quiz.model import Question
from quiz.tui.screens.study import verdict_content
from quiz.tui.text import markup
from quiz.tui.widgets.bars import KeyBar, TitleBar
from quiz.tui.widgets.card import QuestionCard
from quiz.tui.widgets.choices import ChoiceButtons

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp


def choice_keys(question: Question) -> list[str]:
    """Keys that pick each option (the kind says: ``t``/``f`` for true/false, else digits)."""
    return kind_of(question).keys(question)


def key_index(question: Question | None, key: str) -> int | None:
    """Which option ``key`` picks for ``question`` (None: a typed question or not its key)."""
    if question is None or kind_of(question).typed:
        return None
    keys = choice_keys(question)
    return keys.index(key) if key in keys else None


def feedback_content(question: Question, result: CheckResult) -> Content:
    """The verdict, the expected answer and the source sentence."""
    lines = [verdict_content(result)]
    expected = result.expected or question.answer
    if result.verdict != "right" and expected not in result.note:
        lines.append(markup("[b]Answer:[/b] $answer", answer=expected))
    if question.context:
        lines.append(markup("[b]Why:[/b] $why", why=question.context))
    if question.section:
        lines.append(markup("[dim]Section: $section[/dim]", section=question.section))
    return Content("\n").join(lines)


class PracticeScreen(Screen):
    """Answer each question directly; feedback at once; ``enter`` moves on."""

    BINDINGS = [
        Binding("1", "pick(0)", "Choice 1", show=False),
        Binding("2", "pick(1)", "Choice 2", show=False),
        Binding("3", "pick(2)", "Choice 3", show=False),
        Binding("4", "pick(3)", "Choice 4", show=False),
        Binding("t", "pick_letter('t')", "True", show=False),
        Binding("f", "pick_letter('f')", "False", show=False),
        Binding("enter,space", "next", "Next"),
        Binding("escape", "leave", "Home"),
    ]

    DEFAULT_CSS = """
    PracticeScreen #status { height: 1; padding: 0 2; }
    PracticeScreen #status > Static { width: auto; margin-right: 2; }
    PracticeScreen #status > ProgressBar { width: 1fr; }
    PracticeScreen #status Bar { width: 1fr; }
    PracticeScreen #answer-area { height: auto; }
    PracticeScreen #feedback { display: none; }
    PracticeScreen.-answered #feedback { display: block; }
    """

    def __init__(
        self,
        entry: BankEntry,
        *,
        count: int = 20,
        question_ids: list[str] | None = None,
        session: PracticeSession | None = None,
    ) -> None:
        super().__init__()
        self.entry = entry
        self.count = count
        self.question_ids = question_ids
        self.session = session
        self.current: Question | None = None
        self.shown_at: datetime | None = None
        self.answered = False

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="status"):
            yield Static(id="position")
            yield ProgressBar(show_eta=False, id="progress")
        with VerticalScroll(id="body"):
            yield QuestionCard(id="card")
            yield Vertical(id="answer-area")
            yield Static(id="feedback")
        yield Static(id="hint", classes="hint")
        yield KeyBar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``enter`` / ``space`` move on only once the question is answered."""
        if action == "next":
            return self.answered
        return True

    async def on_mount(self) -> None:
        self.title = self.entry.title
        self.sub_title = f"Practice · {self.quiz.profile}"
        if self.session is None:
            try:
                self.session = PracticeSession(
                    self.quiz.require_store(),
                    self.entry.bank,
                    now=self.quiz.now(),
                    rng=self.quiz.rng,
                    count=self.count,
                    question_ids=self.question_ids,
                    exclude=self.quiz.class_exclude(),
                )
            except QuizError as exc:  # e.g. no question left to ask
                self.notify(str(exc), severity="error")
                self.quiz.action_back()
                return
        await self.show_current()

    async def show_current(self) -> None:
        assert self.session is not None
        question = self.session.current()
        if question is None:
            self.finish()
            return
        self.current = question
        self.answered = False
        self.refresh_bindings()
        self.remove_class("-answered")
        self.shown_at = self.quiz.now()
        done, left = self.session.progress
        self.query_one("#position", Static).update(
            f"Question {done + 1} of {done + left}   ·   score {self._score()}"
        )
        self.query_one("#progress", ProgressBar).update(total=done + left, progress=done)
        self.query_one(QuestionCard).show(question, list_choices=False)
        area = self.query_one("#answer-area", Vertical)
        await area.remove_children()
        kind = kind_of(question)
        if not kind.typed:
            keys = choice_keys(question)
            await area.mount(ChoiceButtons(kind.options(question), keys=keys))
            self.set_focus(None)
            keys = " / ".join(keys) if not keys[0].isdigit() else f"{keys[0]}-{keys[-1]}"
            self._hint(f"{keys} or click: answer")
        else:
            box = Input(placeholder="Type your answer, then enter", id="typed")
            await area.mount(box)
            box.focus()
            self._hint("Type the answer and press enter")
        self.query_one("#body", VerticalScroll).scroll_home(animate=False)

    def _score(self) -> str:
        assert self.session is not None
        right = sum(1 for r in self.session.records if r.verdict in ("right", "close"))
        return f"{right}/{len(self.session.records)}"

    def _hint(self, text: str) -> None:
        self.query_one("#hint", Static).update(text)

    def submit(self, given: str) -> None:
        """Check ``given`` for the current question and show the feedback."""
        if self.session is None or self.current is None or self.answered:
            return
        now = self.quiz.now()
        seconds = (now - self.shown_at).total_seconds() if self.shown_at else None
        result = self.session.answer(self.current, given, now=now, duration=seconds)
        self.answered = True
        self.refresh_bindings()
        self.add_class("-answered")
        for choices in self.query(ChoiceButtons):
            choices.mark(picked=given, right=self.current.answer)
            choices.disabled = True
        for box in self.query("#typed").results(Input):
            box.disabled = True
        self.set_focus(None)
        self.query_one("#feedback", Static).update(feedback_content(self.current, result))
        self.query_one("#feedback", Static).set_classes(f"feedback-{result.verdict}")
        self.query_one("#body", VerticalScroll).scroll_end(animate=False)
        self._hint("enter: next question")
        done, left = self.session.progress
        self.query_one("#position", Static).update(
            f"Answered {done} of {done + left}   ·   score {self._score()}"
        )
        self.query_one("#progress", ProgressBar).update(total=done + left, progress=done)

    def on_choice_buttons_chosen(self, event: ChoiceButtons.Chosen) -> None:
        self.submit(event.text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.submit(event.value)

    def action_pick(self, index: int) -> None:
        self.action_pick_letter(str(index + 1))

    def action_pick_letter(self, letter: str) -> None:
        index = key_index(self.current, letter)
        if self.answered or index is None:
            return
        for choices in self.query(ChoiceButtons):
            choices.pick(index)

    async def action_next(self) -> None:
        if self.answered:
            await self.show_current()

    def finish(self) -> None:
        from quiz.tui.screens.results import ResultsScreen

        assert self.session is not None
        summary = self.session.finish(self.quiz.now())
        self.app.switch_screen(ResultsScreen(self.entry, summary))

    def action_leave(self) -> None:
        from quiz.tui.screens.modals import ConfirmModal

        if self.session is None or not self.session.records:
            self.quiz.action_back()
            return

        def leave(yes: bool | None) -> None:
            if yes:
                self.quiz.action_back()

        self.app.push_screen(
            ConfirmModal("Leave this quiz? Answers so far are kept.", yes="Leave", no="Stay"),
            leave,
        )
