"""ExamScreen: a timed exam; move back and forth, change answers, submit (or time runs out)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Static

from quiz.errors import QuizError
from quiz.learning.catalog import BankEntry
from quiz.learning.exam import ExamSession
from quiz.model import Question
from quiz.tui.screens.base import StoreResult
from quiz.tui.screens.questions import QuestionsScreen
from quiz.tui.text import plain


def format_clock(seconds: float) -> str:
    """``"09:59"`` (minutes:seconds, rounded up so 0.2 s shows as 00:01)."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60:02d}:{whole % 60:02d}"


class ExamScreen(QuestionsScreen):
    """No feedback until the end; the countdown submits the exam when it reaches zero.

    ``enter`` keeps the answer and moves on, after a picked option as after a typed one (on the
    last question it asks to submit); up/down move without answering."""

    BINDINGS = [
        Binding("enter", "next", "Next"),
        Binding("up", "move(-1)", "Previous", priority=True),
        Binding("down", "move(1)", "Next", show=False, priority=True),
        Binding("left", "move(-1)", "Previous", show=False),
        Binding("right", "move(1)", "Next", show=False),
        Binding("ctrl+s", "submit", "Submit"),
        Binding("escape", "submit", "Submit", show=False),
    ]

    DEFAULT_CSS = """
    ExamScreen #countdown { width: auto; text-style: bold; color: $warning; margin-right: 3; }
    ExamScreen #position { width: 1fr; }
    ExamScreen #nav { height: auto; padding: 0 2; }
    ExamScreen #nav Button { margin-right: 2; }
    ExamScreen #saved { height: auto; padding: 0 1; color: $text-muted; }
    """

    mode_name = "Exam"

    class Recorded(StoreResult):
        """An answer was kept: ``result`` is "" or why not (e.g. time is up)."""

    def __init__(
        self,
        entry: BankEntry,
        *,
        count: int = 20,
        time_limit: float = 600.0,
        session: ExamSession | None = None,
    ) -> None:
        super().__init__(entry, count=count, session=session)
        self.time_limit = time_limit
        self.position = 0

    def compose_status(self) -> ComposeResult:
        yield Static(id="countdown")
        yield Static(id="position")

    def compose_below(self) -> ComposeResult:
        yield Static(id="saved")

    def compose_footer(self) -> ComposeResult:
        with Horizontal(id="nav"):
            yield Button("← Previous", id="prev", compact=True)
            yield Button("Next →", id="next", compact=True)
            yield Button("Submit (ctrl+s)", id="submit", variant="warning", compact=True)

    def make_session(self, store: Any, now: datetime) -> ExamSession:
        quiz = self.quiz
        return ExamSession(
            store,
            self.entry.bank,
            now=now,
            rng=quiz.rng,
            count=self.count,
            time_limit=self.time_limit,
            exclude=quiz.class_exclude(),
        )

    async def started(self) -> None:
        await self.show_position()
        self.tick()
        self.set_interval(0.5, self.tick)

    @property
    def question(self) -> Question:
        assert self.session is not None
        return self.session.questions[self.position]

    def tick(self) -> None:
        """Update the countdown; submit automatically when time is up."""
        if self.session is None or self.finishing:
            return
        remaining = self.session.remaining(self.quiz.now())
        self.query_one("#countdown", Static).update(f"⏱ {format_clock(remaining)}")
        if remaining <= 0:
            self.notify("Time is up: the exam was submitted", severity="warning")
            self.do_submit()

    async def show_position(self) -> None:
        """The question at ``position`` with the answer kept for it."""
        assert self.session is not None
        given = self.session.given.get(self.question.id)
        await self.show_question(self.question, given)
        self._show_saved(given)
        self._show_strip()
        last = self.position == len(self.session.questions) - 1
        then = "submit" if last else "next question"
        if self.typed_box() is None:
            self._hint(f"keys or click: answer   ·   enter: {then}   ·   ↑ ↓: move")
        else:
            self._hint(f"type, then enter: keep it and go to the {then}   ·   ↑ ↓: move")

    def _show_saved(self, given: str | None) -> None:
        saved = plain(f"Your answer: {given}") if given else "Not answered yet"
        self.query_one("#saved", Static).update(saved)

    def _show_strip(self) -> None:
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

    # -- answers
    def answer(self, given: str) -> None:
        """Keep (or change) the answer to the shown question (in a worker)."""
        session, question, now = self.session, self.shown, self.quiz.now()
        if session is None or question is None or not self.can_answer():
            return

        def keep() -> str:
            try:
                session.set_answer(question.id, given, now=now)
            except QuizError as exc:  # submitted, or time is up: say so, keep the keys
                return str(exc)
            return ""

        self.store_work(keep, self.Recorded)

    async def typed_answer(self, given: str) -> None:
        self._save_typed()
        await self.when_idle(self._next)

    async def on_exam_screen_recorded(self, message: Recorded) -> None:
        if message.result:
            self.notify(message.result, severity="warning")
            self.tick()
        elif self.session is not None and self.shown is not None:
            self._show_saved(self.session.given.get(self.shown.id))
            self._show_strip()
        await self.work_done()

    def _save_typed(self) -> None:
        """Keep what the answer box holds, if it changed."""
        box, session = self.typed_box(), self.session
        if box is None or session is None or self.shown is None:
            return
        if box.value.strip() != (session.given.get(self.shown.id) or "").strip():
            self.answer(box.value)

    # -- moving
    async def action_move(self, step: int) -> None:
        await self.when_idle(self._save_typed)
        await self.when_idle(self._move, step)

    async def _move(self, step: int) -> None:
        if self.session is None or self.finishing:
            return
        self.position = max(0, min(len(self.session.questions) - 1, self.position + step))
        await self.show_position()

    async def action_next(self) -> None:
        await self.when_idle(self._next)

    async def _next(self) -> None:
        """``enter``: the next question; on the last one, ask to submit."""
        if self.session is None or self.finishing:
            return
        if self.position == len(self.session.questions) - 1:
            self._submit()
        else:
            await self._move(1)

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "prev":
            await self.action_move(-1)
        elif event.button.id == "next":
            await self.action_move(1)
        elif event.button.id == "submit":
            await self.action_submit()

    # -- submitting
    async def action_submit(self) -> None:
        await self.when_idle(self._save_typed)
        await self.when_idle(self._submit)

    def _submit(self) -> None:
        from quiz.tui.screens.modals import ConfirmModal

        if self.session is None or self.finishing:
            return
        missing = len(self.session.questions) - len(self.session.given)
        note = f" {missing} question(s) are unanswered." if missing else ""

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.do_submit()

        self.app.push_screen(
            ConfirmModal(f"Submit the exam?{note}", yes="Submit", no="Keep working"), confirmed
        )

    def do_submit(self) -> None:
        """Grade the exam and show the results (also when the timer runs out)."""
        self.finish()

    def close_session(self, session: Any, now: Any) -> Any:
        return session.submit(now)
