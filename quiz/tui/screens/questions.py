"""QuestionsScreen: the base shared by practice and exam: a fixed list of questions, each
answered by picking an option (keys or a click) or by typing, with store work in workers."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Static

from quiz.kinds import kind_of
from quiz.learning.catalog import BankEntry
from quiz.model import Question
from quiz.tui.screens.base import QuizScreen, StoreResult
from quiz.tui.widgets.bars import KeyBar, TitleBar
from quiz.tui.widgets.card import QuestionCard
from quiz.tui.widgets.choices import ChoiceButtons


def choice_keys(question: Question) -> list[str]:
    """Keys that pick each option (the kind says: ``t``/``f`` for true/false, else digits)."""
    return kind_of(question).keys(question)


def key_index(question: Question | None, key: str) -> int | None:
    """Which option ``key`` picks for ``question`` (None: a typed question or not its key):
    its own key, or its place as a digit ("2" is False on a true/false card, as on Moodle's)."""
    if question is None or kind_of(question).typed:
        return None
    keys = choice_keys(question)
    if key in keys:
        return keys.index(key)
    return int(key) - 1 if key.isdigit() and 0 < int(key) <= len(keys) else None


class QuestionsScreen(QuizScreen):
    """Practice and exam: make (or take) a session in a worker, show its questions, take
    answers; subclasses say what an answer does and what ends the session."""

    BINDINGS = [
        Binding("1", "pick('1')", "Choice 1", show=False),
        Binding("2", "pick('2')", "Choice 2", show=False),
        Binding("3", "pick('3')", "Choice 3", show=False),
        Binding("4", "pick('4')", "Choice 4", show=False),
        Binding("t", "pick('t')", "True", show=False),
        Binding("f", "pick('f')", "False", show=False),
    ]

    DEFAULT_CSS = """
    QuestionsScreen #status { height: 1; padding: 0 2; }
    QuestionsScreen #answer-area { height: auto; }
    """

    mode_name = "Practice"

    class Ready(StoreResult):
        """The session was made: ``result``."""

    class Finished(StoreResult):
        """The session was ended and saved: ``result`` is its summary."""

    def __init__(self, entry: BankEntry, *, count: int = 20, session: Any = None) -> None:
        super().__init__()
        self.entry = entry
        self.count = count
        self.session = session
        self.shown: Question | None = None
        """The question on screen."""
        self.finishing = False

    # -- layout: subclasses fill the status line, what sits under the answer, and a footer
    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="status"):
            yield from self.compose_status()
        with VerticalScroll(id="body"):
            yield QuestionCard(id="card")
            yield Vertical(id="answer-area")
            yield from self.compose_below()
        yield from self.compose_footer()
        yield Static(id="hint", classes="hint")
        yield KeyBar()

    def compose_status(self) -> ComposeResult:
        yield Static(id="position")

    def compose_below(self) -> ComposeResult:
        return iter(())

    def compose_footer(self) -> ComposeResult:
        return iter(())

    # -- the session
    def on_mount(self) -> None:
        self.title = self.entry.title
        self.sub_title = f"{self.mode_name} · {self.quiz.profile}"
        if self.session is not None:
            self.post_message(self.Ready(self.session))
            self.busy = True
            return
        self._hint("Choosing questions…")
        quiz, now = self.quiz, self.quiz.now()
        self.store_work(lambda: self.make_session(quiz.require_store(), now), self.Ready)

    def make_session(self, store: Any, now: Any) -> Any:
        """Store work: the session (a PracticeSession or an ExamSession)."""
        raise NotImplementedError

    async def on_questions_screen_ready(self, message: Ready) -> None:
        self.session = message.result
        await self.started()
        await self.work_done()

    async def started(self) -> None:
        """The session is there: show its first question."""

    def store_failed(self, problem: str) -> None:
        if self.session is None:  # e.g. no question left to ask: back where we came from
            self.quiz.action_back()
        self.finishing = False

    def finish(self) -> None:
        """End the session in a worker (grade, save the summary), then show the results."""
        session, now = self.session, self.quiz.now()
        if session is None or self.finishing:
            return
        self.finishing = True
        self.store_work(lambda: self.close_session(session, now), self.Finished)

    def close_session(self, session: Any, now: Any) -> Any:
        """Store work: end ``session`` and return its summary."""
        return session.finish(now)

    def on_questions_screen_finished(self, message: Finished) -> None:
        from quiz.tui.screens.modals import ConfirmModal
        from quiz.tui.screens.results import ResultsScreen

        self.busy = False
        while isinstance(self.app.screen, ConfirmModal):
            self.app.pop_screen()
        self.app.switch_screen(ResultsScreen(self.entry, message.result))

    # -- showing a question and taking its answer
    async def show_question(self, question: Question, given: str | None = None) -> None:
        """The question on the card and, under it, its options or an answer box."""
        self.shown = question
        self.query_one(QuestionCard).show(question, list_choices=False)
        area = self.query_one("#answer-area", Vertical)
        await area.remove_children()
        kind = kind_of(question)
        if not kind.typed:
            choices = ChoiceButtons(kind.options(question), keys=choice_keys(question))
            await area.mount(choices)
            if given:
                choices.mark(picked=given)
            self.set_focus(None)
        else:
            box = Input(value=given or "", placeholder="Type your answer, then enter", id="typed")
            await area.mount(box)
            box.focus()
        self.query_one("#body", VerticalScroll).scroll_home(animate=False)

    def typed_box(self) -> Input | None:
        return next(iter(self.query("#typed").results(Input)), None)

    def can_answer(self) -> bool:
        return self.shown is not None and not self.finishing

    async def action_pick(self, key: str) -> None:
        await self.when_idle(self._pick, key)

    def _pick(self, key: str) -> Any:
        index = key_index(self.shown, key)
        choices = next(iter(self.query(ChoiceButtons)), None)
        if index is None or choices is None or choices.disabled or not self.can_answer():
            return None
        text = choices.choices[index]
        choices.mark(picked=text)
        return self.answer(text)

    async def on_choice_buttons_chosen(self, event: ChoiceButtons.Chosen) -> None:
        await self.when_idle(self.answer, event.text)

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        await self.when_idle(self.typed_answer, event.value)

    def answer(self, given: str) -> Any:
        """An option was picked (or a typed answer given)."""
        raise NotImplementedError

    def typed_answer(self, given: str) -> Any:
        """``enter`` in the answer box."""
        return self.answer(given)

    def _hint(self, text: str) -> None:
        self.query_one("#hint", Static).update(text)
