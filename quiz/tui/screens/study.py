"""StudyScreen: Anki-style spaced repetition: reveal, rate 1-4, typed answers, undo, bury."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from quiz.errors import QuizError
from quiz.learning.catalog import BankEntry
from quiz.learning.check import CheckResult, check_answer, rating_for
from quiz.learning.study import StudySession
from quiz.model import Question
from quiz.tui.text import markup
from quiz.tui.widgets.bars import KeyBar, TitleBar
from quiz.tui.widgets.card import QuestionCard
from quiz.tui.widgets.counts import CountsBar
from quiz.tui.widgets.rating_bar import RatingBar

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp

VERDICT_TEXT = {"right": "Right", "close": "Close", "wrong": "Wrong"}
VERDICT_COLOURS = {"right": "$text-success", "close": "$text-warning", "wrong": "$text-error"}


def verdict_content(result: CheckResult) -> Content:
    """``Right`` / ``Close — ...`` / ``Wrong — ...`` coloured for the verdict."""
    colour = VERDICT_COLOURS[result.verdict]
    verdict = markup(f"[b {colour}]$verdict[/]", verdict=VERDICT_TEXT[result.verdict])
    return verdict + markup(" — $note", note=result.note) if result.note else verdict


def next_due_text(session: StudySession, now: datetime) -> str:
    """When the next card of the bank falls due, as a short local time phrase."""
    store, key = session.store, session.bank.key
    ids = {q.id for q in session.bank.questions} - session.exclude
    dues = [
        c.due
        for c in store.cards(key)
        if c.qid in ids and c.due is not None and not c.is_new and c.is_available(now)
    ]
    if not dues:
        return "No reviews are scheduled yet."
    due = min(dues)
    wait = due - now
    local = due.astimezone()
    if wait.total_seconds() < 3600:
        return f"The next card is due in {max(1, round(wait.total_seconds() / 60))} min."
    if wait.days < 1:
        return f"The next card is due at {local:%H:%M}."
    return f"The next card is due on {local:%a %d %b at %H:%M}."


class StudyScreen(Screen):
    """Show a card, reveal it, rate it; counts and progress stay visible."""

    AUTO_FOCUS = None

    BINDINGS = [
        Binding("space,enter", "space", "Show answer"),
        Binding("space,enter", "accept", "Accept"),
        Binding("1", "rate(1)", "Again"),
        Binding("2", "rate(2)", "Hard"),
        Binding("3", "rate(3)", "Good"),
        Binding("4", "rate(4)", "Easy"),
        Binding("t", "toggle_typed", "Type"),
        Binding("u", "undo", "Undo"),
        Binding("s", "suspend", "Suspend", show=False),
        Binding("b", "bury", "Bury", show=False),
        Binding("e,f", "flag", "Flag", show=False),
        Binding("escape", "app.back", "Home"),
    ]

    DEFAULT_CSS = """
    StudyScreen #typed { margin: 1 0 0 0; }
    StudyScreen #hint { height: 1; }
    StudyScreen RatingBar { margin: 0 1 1 1; }
    """

    def __init__(self, entry: BankEntry) -> None:
        super().__init__()
        self.entry = entry
        self.session: StudySession | None = None
        self.current: Question | None = None
        self.typed_mode = False
        self.check_result: CheckResult | None = None
        self.suggested = 3
        self.shown_at: datetime | None = None
        self.first_card_reported = False

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield CountsBar()
        with VerticalScroll(id="body"):
            yield QuestionCard(id="card")
            yield Static(id="done")
        yield Static(id="hint", classes="hint")
        yield KeyBar()

    async def on_mount(self) -> None:
        self.title = self.entry.title
        self.sub_title = f"Study · {self.quiz.profile}"
        now = self.quiz.now()
        self.typed_mode = bool(self.quiz.settings().get("typed_answers", False))
        self.session = StudySession(
            self.quiz.require_store(),
            self.entry.bank,
            now=now,
            rng=self.quiz.rng,
            exclude=self.quiz.class_exclude(),
        )
        await self._ensure_typed_input()
        self.show_next()

    def finish_session(self) -> None:
        """Save the study session's summary once (on leaving the screen or quitting)."""
        if self.session is None or self.session.done == 0 or self.quiz.store is None:
            return
        session, self.session = self.session, None
        session.finish(self.quiz.now())

    def on_unmount(self) -> None:
        self.finish_session()

    # -- display
    def _update_counts(self, now: datetime) -> None:
        assert self.session is not None
        new, learning, review = self.session.counts(now)
        self.query_one(CountsBar).update_counts(new, learning, review, self.session.done)

    def show_next(self) -> None:
        assert self.session is not None
        now = self.quiz.now()
        self.show_card(self.session.next_card(now), now)

    def show_card(self, question: Question | None, now: datetime) -> None:
        """Front of ``question`` (or the congratulations panel when there is none)."""
        self.current = question
        self.check_result = None
        self.suggested = 3
        self.shown_at = now
        self._update_counts(now)
        card = self.query_one(QuestionCard)
        typed = self.typed_input()
        done = self.query_one("#done", Static)
        for rating in self.query(RatingBar):  # made at the first reveal (faster first card)
            rating.suggest(None)
            rating.display = False
        card.display = question is not None
        done.display = question is None
        if typed is not None:
            typed.display = question is not None and self.typed_mode
        if question is None:
            assert self.session is not None
            done.update(
                markup(
                    "[b $text-success]Congratulations! You have finished this bank for now.[/]"
                    "\n\n$next\n\n"
                    "[dim]escape: home   ·   p on the home screen: a practice quiz[/dim]",
                    next=next_due_text(self.session, now),
                )
            )
            self._hint("")
            self._unfocus()
            return
        card.show(question)
        self.refresh_bindings()
        self.query_one("#body", VerticalScroll).scroll_home(animate=False)
        if self.typed_mode and typed is not None:
            typed.value = ""
            typed.disabled = False
            typed.focus()
            self._hint("Type the answer and press enter   ·   t: stop typing answers")
        else:
            self._unfocus()
            self._hint("space: show the answer   ·   t: type the answer")
        if not self.first_card_reported:
            self.first_card_reported = True
            if self.quiz.on_first_card is not None:
                self.call_after_refresh(self.quiz.on_first_card)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Rating keys exist (and show in the key bar) only once the answer is shown."""
        if action == "rate":
            return self.revealed
        if action == "space":
            return self.current is not None and not self.revealed
        if action == "accept":
            return self.revealed
        return True

    async def _ensure_typed_input(self) -> None:
        if self.typed_mode and self.typed_input() is None:
            box = Input(placeholder="Type your answer, then enter", id="typed")
            await self.query_one(QuestionCard).mount(box, after="#choices")

    def _unfocus(self) -> None:
        if self.focused is not None:
            self.set_focus(None)

    def typed_input(self) -> Input | None:
        """The answer box (made the first time typed-answer mode is switched on)."""
        found = self.query("#typed").results(Input)
        return next(iter(found), None)

    def _hint(self, text: str) -> None:
        self.query_one("#hint", Static).update(text)

    def reveal(self, result: CheckResult | None = None) -> None:
        """Show the back of the card and the rating buttons with their intervals."""
        if self.current is None or self.session is None:
            return
        extra = verdict_content(result) if result is not None else None
        card = self.query_one(QuestionCard)
        card.reveal(extra)
        answer = card.query_one("#answer")
        self.call_after_refresh(answer.scroll_visible, animate=False)
        intervals = self.session.intervals(self.current, self.quiz.now())
        labels = {int(r): text for r, text in intervals.items()}
        bars = list(self.query(RatingBar))
        rating = bars[0] if bars else RatingBar(labels)
        if not bars:
            self.mount(rating, after="#hint")
        rating.set_intervals(labels)
        rating.suggest(self.suggested if result is not None else None)
        rating.display = True
        self.refresh_bindings()
        typed = self.typed_input()
        if typed is not None:
            typed.disabled = True
        self._unfocus()
        names = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
        self._hint(f"1-4: rate   ·   space/enter: {names[self.suggested]}   ·   u: undo")

    @property
    def revealed(self) -> bool:
        return self.current is not None and self.query_one(QuestionCard).revealed

    # -- actions
    def action_accept(self) -> None:
        """``space`` / ``enter`` on the answer side: record the suggested rating (Good)."""
        self.action_rate(self.suggested)

    def action_space(self) -> None:
        if self.current is None:
            return
        if self.revealed:
            self.action_rate(self.suggested)
        elif self.typed_mode and self.typed_input() is not None:
            self.submit_typed(self.typed_input().value)
        else:
            self.reveal()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "typed" and not self.revealed:
            self.submit_typed(event.value)

    def submit_typed(self, given: str) -> None:
        if self.current is None:
            return
        result = check_answer(self.current, given)
        self.check_result = result
        self.suggested = int(rating_for(result, self._seconds(), self.current))
        self.reveal(result)

    def _seconds(self) -> float | None:
        if self.shown_at is None:
            return None
        return max(0.0, (self.quiz.now() - self.shown_at).total_seconds())

    def on_rating_bar_rated(self, event: RatingBar.Rated) -> None:
        self.action_rate(event.rating)

    def action_rate(self, rating: int) -> None:
        """Record one answer for the current card (only once it is revealed)."""
        if self.current is None or self.session is None or not self.revealed:
            return
        result = self.check_result
        try:
            outcome = self.session.answer(
                self.current,
                rating,
                now=self.quiz.now(),
                given=self.typed_input().value if result is not None else None,
                verdict=result.verdict if result is not None else None,
                duration=self._seconds(),
            )
        except QuizError as exc:  # e.g. a full disk: this answer was not saved, try again
            self.notify(str(exc), title="Not saved", severity="error", timeout=10)
            return
        if outcome.warning:
            self.notify(outcome.warning, title="Leech", severity="warning", timeout=8)
        self.show_next()

    async def action_toggle_typed(self) -> None:
        self.typed_mode = not self.typed_mode
        self.quiz.require_store().update_settings(typed_answers=self.typed_mode)  # remembered
        await self._ensure_typed_input()
        self.notify("Typed answers on" if self.typed_mode else "Typed answers off", timeout=2)
        if self.current is not None and not self.revealed:
            self.show_card(self.current, self.quiz.now())

    def action_undo(self) -> None:
        if self.session is None:
            return
        now = self.quiz.now()
        question = self.session.undo(now)
        if question is None:
            self.notify("Nothing to undo", timeout=2)
            return
        self.notify("Answer undone", timeout=2)
        self.show_card(question, now)

    def _card_action(self, verb: str) -> None:
        if self.current is None or self.session is None:
            return
        qid = self.current.id
        if verb == "suspend":
            self.session.suspend(qid)
            self.notify("Card suspended (unsuspend it in Browse)", timeout=3)
        elif verb == "bury":
            self.session.bury(qid, self.quiz.now())
            self.notify("Card buried until tomorrow", timeout=3)
        else:
            self.session.flag(qid, "flagged while studying")
            self.notify("Question flagged: it leaves the rotation (see Browse)", timeout=3)
        self.show_next()

    def action_suspend(self) -> None:
        self._card_action("suspend")

    def action_bury(self) -> None:
        self._card_action("bury")

    def action_flag(self) -> None:
        self._card_action("flag")
