"""PracticeScreen: a scored quiz with immediate feedback; ends on the results screen."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, ProgressBar, Static

from quiz.kinds import CheckResult
from quiz.learning.catalog import BankEntry
from quiz.learning.practice import PracticeSession
from quiz.model import Question
from quiz.tui.screens.base import StoreResult
from quiz.tui.screens.questions import QuestionsScreen, choice_keys, key_index
from quiz.tui.text import markup
from quiz.tui.widgets.card import verdict_content
from quiz.tui.widgets.choices import ChoiceButtons

__all__ = ["PracticeScreen", "choice_keys", "feedback_content", "key_index"]


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


class PracticeScreen(QuestionsScreen):
    """Answer each question directly; feedback at once; ``enter`` moves on."""

    BINDINGS = [
        Binding("enter,space", "next", "Next"),
        Binding("escape", "leave", "Home"),
    ]

    DEFAULT_CSS = """
    PracticeScreen #status > Static { width: auto; margin-right: 2; }
    PracticeScreen #status > ProgressBar { width: 1fr; }
    PracticeScreen #status Bar { width: 1fr; }
    PracticeScreen #feedback { display: none; }
    PracticeScreen.-answered #feedback { display: block; }
    """

    mode_name = "Practice"

    class Checked(StoreResult):
        """The answer was checked and recorded: ``result`` is its CheckResult."""

    def __init__(
        self,
        entry: BankEntry,
        *,
        count: int = 20,
        question_ids: list[str] | None = None,
        session: PracticeSession | None = None,
    ) -> None:
        super().__init__(entry, count=count, session=session)
        self.question_ids = question_ids
        self.shown_at: datetime | None = None
        self.answered = False
        self.given = ""

    @property
    def current(self) -> Question | None:
        return self.shown

    def compose_status(self) -> ComposeResult:
        yield Static(id="position")
        yield ProgressBar(show_eta=False, id="progress")

    def compose_below(self) -> ComposeResult:
        yield Static(id="feedback")

    def action_enabled(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``enter`` / ``space`` move on only once the question is answered."""
        if action == "next":
            return self.answered
        return True

    def make_session(self, store: Any, now: datetime) -> PracticeSession:
        quiz = self.quiz
        return PracticeSession(
            store,
            self.entry.bank,
            now=now,
            rng=quiz.rng,
            count=self.count,
            question_ids=self.question_ids,
            exclude=quiz.class_exclude(),
        )

    async def started(self) -> None:
        await self.show_current()

    async def show_current(self) -> None:
        """The session's current question, or the results when all are answered."""
        assert self.session is not None
        question = self.session.current()
        if question is None:
            self.finish()
            return
        self.answered = False
        self.remove_class("-answered")
        self.shown_at = self.quiz.now()
        self._show_progress("Question", offset=1)
        await self.show_question(question)
        self.refresh_bindings()
        if self.typed_box() is None:
            self._hint(f"{self._keys_text(question)} or click: answer")
        else:
            self._hint("Type the answer and press enter")

    @staticmethod
    def _keys_text(question: Question) -> str:
        keys = choice_keys(question)
        return " / ".join(keys) if len(keys) <= 2 else f"{keys[0]}-{keys[-1]}"

    def _show_progress(self, word: str, offset: int) -> None:
        assert self.session is not None
        done, left = self.session.progress
        right = sum(1 for r in self.session.records if r.verdict in ("right", "close"))
        score = f"{right}/{len(self.session.records)}"
        self.query_one("#position", Static).update(
            f"{word} {done + offset} of {done + left}   ·   score {score}"
        )
        self.query_one("#progress", ProgressBar).update(total=done + left, progress=done)

    def can_answer(self) -> bool:
        return super().can_answer() and not self.answered

    def answer(self, given: str) -> None:
        """Check ``given`` for the shown question and record it (in a worker)."""
        session, question = self.session, self.shown
        if session is None or question is None or not self.can_answer():
            return
        now = self.quiz.now()
        seconds = (now - self.shown_at).total_seconds() if self.shown_at else None
        self.answered = True
        self.given = given

        def check() -> CheckResult:
            return session.answer(question, given, now=now, duration=seconds)

        self.store_work(check, self.Checked)

    def typed_answer(self, given: str) -> None:
        if given.strip():
            self.answer(given)

    async def on_practice_screen_checked(self, message: Checked) -> None:
        question, result = self.shown, message.result
        assert question is not None and self.session is not None
        self.add_class("-answered")
        for choices in self.query(ChoiceButtons):
            choices.mark(picked=self.given, right=question.answer)
            choices.disabled = True
        for box in self.query("#typed").results(Input):
            box.disabled = True
        self.set_focus(None)
        feedback = self.query_one("#feedback", Static)
        feedback.update(feedback_content(question, result))
        feedback.set_classes(f"feedback-{result.verdict}")
        self.query_one("#body", VerticalScroll).scroll_end(animate=False)
        self._hint("enter: next question")
        self._show_progress("Answered", offset=0)
        await self.work_done()

    def store_failed(self, problem: str) -> None:
        super().store_failed(problem)
        self.answered = False  # not recorded: the learner can answer again

    async def action_next(self) -> None:
        await self.when_idle(self._next)

    async def _next(self) -> None:
        if self.answered:
            await self.show_current()

    async def action_leave(self) -> None:
        await self.when_idle(self._leave)

    def _leave(self) -> None:
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
