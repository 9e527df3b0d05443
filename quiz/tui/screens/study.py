"""StudyScreen: Anki-style spaced repetition: reveal, rate 1-4, typed answers, undo, bury."""

from __future__ import annotations

from datetime import datetime

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from quiz.kinds import kind_of
from quiz.learning.catalog import BankEntry
from quiz.learning.check import CheckResult, check_answer, rating_for
from quiz.model import Question
from quiz.tui.screens.base import QuizScreen, StoreResult
from quiz.tui.screens.study_work import CardView, StudyWork
from quiz.tui.text import markup
from quiz.tui.widgets.bars import KeyBar, TitleBar
from quiz.tui.widgets.card import QuestionCard, verdict_content
from quiz.tui.widgets.counts import CountsBar
from quiz.tui.widgets.rating_bar import RatingBar

RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


class StudyScreen(QuizScreen):
    """Show a card, reveal it, rate it; counts and progress stay visible.

    Every step that touches the store (opening the session, an answer, undo, bury...) is
    :class:`StudyWork` run in a worker; its :class:`CardView` comes back as :class:`Shown`.
    """

    AUTO_FOCUS = None

    BINDINGS = [
        Binding("space,enter", "space", "Show answer"),
        Binding("space,enter", "accept", "Accept"),
        # The rating buttons show 1-4 with their intervals: not again in the key bar.
        Binding("1", "rate(1)", "Again", show=False),
        Binding("2", "rate(2)", "Hard", show=False),
        Binding("3", "rate(3)", "Good", show=False),
        Binding("4", "rate(4)", "Easy", show=False),
        Binding("t", "toggle_typed", "Type"),
        Binding("ctrl+t", "toggle_typed", "Type", show=False),
        Binding("u", "undo", "Undo"),
        Binding("s", "set_aside('suspend')", "Suspend", show=False),
        Binding("b", "set_aside('bury')", "Bury", show=False),
        Binding("e,f", "set_aside('flag')", "Flag", show=False),
        Binding("escape", "leave", "Home"),
    ]

    DEFAULT_CSS = """
    StudyScreen #typed { margin: 1 0 0 0; }
    StudyScreen #hint { height: 1; }
    StudyScreen RatingBar { margin: 0 1 1 1; }
    """

    class Opened(StoreResult):
        """``(work, typed_mode, first view)``: the session was opened."""

    class Shown(StoreResult):
        """The next card to show (None: nothing to undo)."""

    def __init__(self, entry: BankEntry) -> None:
        super().__init__()
        self.entry = entry
        self.work: StudyWork | None = None
        self.view: CardView | None = None
        self.typed_mode = False
        self.check_result: CheckResult | None = None
        self.suggested = 3
        self.shown_at: datetime | None = None
        self.first_card_reported = False
        self.starting = False  # a typed answer begun on the card's front (on_key)

    @property
    def current(self) -> Question | None:
        """The question on screen (None before the first one and when none is left)."""
        return self.view.question if self.view is not None else None

    @property
    def reviews_done(self) -> int:
        return self.view.done if self.view is not None else 0

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield CountsBar()
        with VerticalScroll(id="body"):
            yield QuestionCard(id="card")
            yield Static(id="done")
        yield Static(id="hint", classes="hint")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = self.entry.title
        self.sub_title = f"Study · {self.quiz.profile}"
        self.query_one(QuestionCard).display = False
        self.query_one("#done", Static).display = False
        self._hint("Opening…")
        quiz, bank, now = self.quiz, self.entry.bank, self.quiz.now()

        def open_session() -> tuple[StudyWork, bool, CardView]:
            store = quiz.require_store()
            return StudyWork.open(store, bank, now=now, rng=quiz.rng, exclude=quiz.class_exclude())

        self.store_work(open_session, self.Opened)

    async def on_study_screen_opened(self, message: Opened) -> None:
        self.work, self.typed_mode, view = message.result
        await self._ensure_typed_input()
        await self.on_study_screen_shown(self.Shown(view))

    def store_failed(self, problem: str) -> None:
        if self.work is None:  # the session could not even start
            self.quiz.action_back()

    async def on_study_screen_shown(self, message: Shown) -> None:
        view = message.result
        if view is None:
            self.notify("Nothing to undo", timeout=2)
        else:
            if view.warning:
                self.notify(view.warning, title="Leech", severity="warning", timeout=8)
            if view.notice:
                self.notify(view.notice, timeout=3)
            self.show_view(view)
        await self.work_done()

    def finish_session(self) -> None:
        """Save the study session's summary once (store work: the app calls it under the
        store lock, on leaving the screen or quitting)."""
        if self.work is not None and self.quiz.store is not None:
            self.work.finish(self.quiz.now())

    def on_unmount(self) -> None:
        work = self.work
        if work is not None and self.reviews_done:
            now = self.quiz.now()
            self.quiz.save_later(lambda: work.finish(now))

    # -- display
    def show_view(self, view: CardView) -> None:
        """Front of the view's card (or the congratulations panel when there is none)."""
        self.view = view
        question = view.question
        self.check_result = None
        self.suggested = 3
        self.shown_at = self.quiz.now()
        self.query_one(CountsBar).update_counts(*view.counts, view.done)
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
            done.update(
                markup(
                    "[b $text-success]Congratulations! You have finished this bank for now.[/]"
                    "\n\n$next\n\n"
                    "[dim]escape: home   ·   p on the home screen: a practice quiz[/dim]",
                    next=view.next_due,
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
            self._hint(self._typing_hint())
        else:
            self._unfocus()
            self._hint("space: show the answer   ·   t: type the answer")
        if not self.first_card_reported:
            self.first_card_reported = True
            if self.quiz.on_first_card is not None:
                self.call_after_refresh(self.quiz.on_first_card)

    def _typing_hint(self) -> str:
        # A browser keeps ctrl+t (new tab) for itself: there, leave the box first.
        switch = "escape, t" if self.app.is_web else "ctrl+t"
        return f"Type the answer, enter: check   ·   {switch}: stop typing answers"

    def action_enabled(self, action: str, parameters: tuple[object, ...]) -> bool | None:
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
            box.select_on_focus = False  # (a first letter typed on the front stays, on_key)
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
        if self.view is None or self.view.question is None:
            return
        card = self.query_one(QuestionCard)
        card.reveal(verdict_content(result) if result is not None else None)
        answer = card.query_one("#answer")
        self.call_after_refresh(answer.scroll_visible, animate=False)
        bars = list(self.query(RatingBar))
        rating = bars[0] if bars else RatingBar(self.view.intervals)
        if not bars:
            self.mount(rating, after="#hint")
        rating.set_intervals(self.view.intervals)
        rating.suggest(self.suggested if result is not None else None)
        rating.display = True
        self.refresh_bindings()
        typed = self.typed_input()
        if typed is not None:
            typed.disabled = True
        self._unfocus()
        suggested = RATING_NAMES[self.suggested]
        self._hint(f"1-4: rate   ·   space/enter: {suggested}   ·   u: undo")

    @property
    def revealed(self) -> bool:
        return self.current is not None and self.query_one(QuestionCard).revealed

    # -- actions (each waits for the store work before it: keys are honoured in order)
    async def action_space(self) -> None:
        await self.when_idle(self._space)

    async def action_accept(self) -> None:
        await self.when_idle(self._space)

    def _space(self) -> None:
        """``space`` / ``enter``: show the answer (checking a typed one), else rate it."""
        if self.current is None:
            return
        typed = self.typed_input()
        if self.revealed:
            self._rate(self.suggested)
        elif self.typed_mode and typed is not None:
            self.submit_typed(typed.value)
        else:
            self.reveal()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "typed":
            await self.when_idle(self._submit_if_front, event.value)

    def _submit_if_front(self, given: str) -> None:
        if not self.revealed:
            self.submit_typed(given)

    def submit_typed(self, given: str) -> None:
        """Check a typed answer and show the verdict with the suggested rating."""
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

    async def on_rating_bar_rated(self, event: RatingBar.Rated) -> None:
        await self.when_idle(self._rate, event.rating)

    async def action_rate(self, rating: int) -> None:
        await self.when_idle(self._rate, rating)

    def _rate(self, rating: int) -> None:
        """Record one answer for the current card (only once it is revealed)."""
        question, work = self.current, self.work
        if question is None or work is None or not self.revealed:
            return
        result = self.check_result
        typed = self.typed_input()
        given = typed.value if result is not None and typed is not None else None
        verdict = result.verdict if result is not None else None
        now, duration = self.quiz.now(), self._seconds()

        def rate() -> CardView:
            return work.rate(
                question, rating, now=now, given=given, verdict=verdict, duration=duration
            )

        self.store_work(rate, self.Shown)

    async def action_toggle_typed(self) -> None:
        await self.when_idle(self._toggle_typed)

    async def on_key(self, event: events.Key) -> None:
        """A letter no key of the app takes, typed on the front of a card one can type the
        answer of: the learner is typing the answer, so typed answers go on and the letter
        starts it (a newcomer typing "Conservative" had suspended a card with its "s")."""
        char, question = event.character, self.current
        if self.starting and char and char.isprintable():
            event.stop()  # (a letter typed before the box had the keys: the answer's too)
            event.prevent_default()
            await self.when_idle(self._start_typing, char)
            return
        if self.typed_mode or question is None or not kind_of(question).typed or self.revealed:
            return  # (choices and true/false are answered by their keys)
        if not char or not char.isprintable() or char.isspace() or event.key in self._taken():
            return
        event.stop()
        event.prevent_default()
        self.starting = True  # (until the box has the keys: on_descendant_focus)
        await self.when_idle(self._start_typing, char)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget is self.typed_input():
            self.starting = False

    def _taken(self) -> set[str]:
        """Every key a binding of this screen or of the app takes now (not 1-4 before the
        answer shows: "1997" typed on a year's front starts with its 1)."""
        bindings = [b for b in [*self.BINDINGS, *self.app.BINDINGS] if isinstance(b, Binding)]
        live = [b for b in bindings if self.action_enabled(b.action.split("(")[0], ()) is not False]
        return {key for b in live for key in b.key.split(",")}

    async def _start_typing(self, char: str) -> None:
        if not self.typed_mode:
            await self._toggle_typed()
        typed = self.typed_input()
        if typed is not None and not self.revealed:
            typed.value += char
            typed.cursor_position = len(typed.value)

    async def _toggle_typed(self) -> None:
        self.typed_mode = not self.typed_mode
        self.quiz.save_setting(typed_answers=self.typed_mode)  # remembered, in a worker
        await self._ensure_typed_input()
        self.notify("Typed answers on" if self.typed_mode else "Typed answers off", timeout=2)
        if self.view is not None and self.current is not None and not self.revealed:
            self.show_view(self.view)

    async def action_undo(self) -> None:
        await self.when_idle(self._undo)

    def _undo(self) -> None:
        work, now = self.work, self.quiz.now()
        if work is not None:
            self.store_work(lambda: work.undo(now), self.Shown)

    async def action_set_aside(self, verb: str) -> None:
        await self.when_idle(self._set_aside, verb)

    def _set_aside(self, verb: str) -> None:
        work, question, now = self.work, self.current, self.quiz.now()
        if work is not None and question is not None:
            self.store_work(lambda: work.set_aside(verb, question.id, now), self.Shown)

    async def action_leave(self) -> None:
        await self.when_idle(self._leave)

    def _leave(self) -> None:
        """``escape``: out of the answer box first (then t and space work), else home (after
        the answer being saved, so the session's summary counts it)."""
        typed = self.typed_input()
        if typed is not None and typed.has_focus:
            self._unfocus()
            self._hint("enter: check the typed answer   ·   t: stop typing answers")
        else:
            self.quiz.action_back()
