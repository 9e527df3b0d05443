"""BrowseScreen: search and filter questions (kind, section, state, flagged); history; unflag."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import DataTable, Input, Select, Static
from textual.widgets.data_table import ColumnKey

from quiz.kinds import all_kinds
from quiz.learning.catalog import BankEntry
from quiz.learning.schedule import CardState
from quiz.model import Question
from quiz.text import search_key
from quiz.tui.screens.base import QuizScreen, StoreResult
from quiz.tui.text import cell, markup, plain, shorten, shorten_middle
from quiz.tui.widgets.bars import KeyBar, TitleBar

FIXED_COLUMNS = (("Kind", 5), ("State", 10), ("Due", 11))
KIND_SHORT = {"mcq": "MCQ", "cloze": "Cloze", "true_false": "T/F", "short_answer": "Typed"}
MAX_ROWS = 1000
"""Questions listed at most (a table of 20,000 rows takes seconds to draw); the count says
how many matched."""
SEARCH_PAUSE = 0.2
"""Seconds of no typing before a big bank is searched."""
STATES = ("new", "learning", "review", "relearning", "suspended", "flagged", "leech")
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def card_state(card: CardState) -> str:
    """The one word shown in the State column."""
    if card.flagged:
        return "flagged"
    if card.leech:
        return "leech"
    if card.suspended:
        return "suspended"
    if card.retired:
        return "retired"
    return card.status


def haystack_of(question: Question) -> str:
    """What the search box looks in: prompt, answer and section, folded (quiz.text)."""
    return search_key(f"{question.prompt} {question.answer} {question.section}")


def matches(
    question: Question,
    card: CardState,
    text: str,
    kind: object,
    section: object,
    state: object,
    *,
    haystack: str | None = None,
    words: list[str] | None = None,
) -> bool:
    """Whether a question passes the search text and the three filters (blank = any);
    ``haystack`` (:func:`haystack_of`) and ``words`` (the folded text) save folding again."""
    if isinstance(kind, str) and question.kind != kind:
        return False
    if isinstance(section, str) and question.section != section:
        return False
    if isinstance(state, str):
        if state in ("suspended", "flagged", "leech"):
            if not {
                "suspended": card.suspended,
                "flagged": bool(card.flagged),
                "leech": card.leech,
            }[state]:
                return False
        elif card.status != state:
            return False
    if text:
        haystack = haystack if haystack is not None else haystack_of(question)
        words = words if words is not None else search_key(text).split()
        return all(word in haystack for word in words)
    return True


def format_when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "-"


class BrowseScreen(QuizScreen):
    """A table of the bank's questions; the highlighted one's details and review history.

    The card states are read once (in a worker), the review log after them; searching and
    filtering work on that copy; a change (unflag, suspend) is saved in a worker."""

    BINDINGS = [
        Binding("slash", "search", "Search"),
        Binding("u", "unflag", "Unflag"),
        Binding("s", "toggle_suspend", "(Un)suspend"),
        Binding("r", "review", "Review"),
        Binding("escape", "leave", "Home"),
    ]

    DEFAULT_CSS = """
    BrowseScreen #filters { height: auto; }
    BrowseScreen #filters > Input { width: 2fr; }
    BrowseScreen #filters > Select { width: 1fr; min-width: 12; }
    BrowseScreen #questions { height: 1fr; }
    BrowseScreen #details { height: 10; }
    BrowseScreen #count { height: 1; padding: 0 1; }
    """

    class CardsRead(StoreResult):
        """``(cards, haystacks)``: the card states copied from the store, the search texts."""

    class HistoryRead(StoreResult):
        """The bank's review log by question: ``{qid: [ReviewRecord...]}``."""

    class Reloaded(StoreResult):
        """The bank read again after a review (None: it is gone)."""

    class CardChanged(StoreResult):
        """A card after unflag / (un)suspend, as saved."""

    def __init__(self, entry: BankEntry) -> None:
        super().__init__()
        self.entry = entry
        self.shown: list[str] = []
        self.cards: dict[str, CardState] = {}
        self._history: dict[str, list[Any]] | None = None
        self.reviewing = False
        self.haystacks: dict[str, str] = {}
        self._search_timer: Timer | None = None
        self.widths = (48, 30)
        """Prompt and Section column widths: what the fixed columns leave (see on_resize)."""

    def compose(self) -> ComposeResult:
        sections = sorted({q.section for q in self.entry.bank.questions if q.section})
        yield TitleBar()
        with Vertical(id="body"):
            with Horizontal(id="filters"):
                yield Input(placeholder="/ search", id="search")
                yield Select([(k.label, k.name) for k in all_kinds()], prompt="Kind", id="kind")
                yield Select(
                    [(plain(shorten(s, 40)), s) for s in sections], prompt="Section", id="section"
                )
                yield Select([(s, s) for s in STATES], prompt="State", id="state")
            yield DataTable(id="questions", cursor_type="row", zebra_stripes=True)
            yield Static("Reading the cards…", id="count", classes="hint")
            with VerticalScroll(id="details", classes="panel"):
                yield Static(id="detail-text")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = self.entry.title
        self.sub_title = f"Browse · {self.quiz.profile}"
        table = self.query_one("#questions", DataTable)
        table.add_column("Prompt", key="prompt", width=self.widths[0])
        for name, width in FIXED_COLUMNS:
            table.add_column(name, width=width)
        table.add_column("Section", key="section", width=self.widths[1])
        table.focus()
        quiz, key, bank = self.quiz, self.entry.key, self.entry.bank

        def read_cards() -> tuple[dict[str, CardState], dict[str, str]]:
            store = quiz.require_store()
            cards = {q.id: store.card(key, q.id) for q in bank.questions}
            return cards, {q.id: haystack_of(q) for q in bank.questions}

        def read_history() -> dict[str, list[Any]]:
            history: dict[str, list[Any]] = {}
            for review in quiz.require_store().iter_reviews(key):
                history.setdefault(review.qid, []).append(review)
            return history

        self.store_work(read_cards, self.CardsRead)
        self.store_work(read_history, self.HistoryRead, busy=False)

    async def on_browse_screen_cards_read(self, message: CardsRead) -> None:
        self.cards, self.haystacks = message.result
        self.refill()
        await self.work_done()

    def on_browse_screen_history_read(self, message: HistoryRead) -> None:
        self._history = message.result
        qid = self._highlighted()
        if qid is not None:
            self.show_details(qid)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        """Prompt (three quarters) and Section share what Kind, State and Due leave."""
        table = self.query_one("#questions", DataTable)
        width = table.scrollable_content_region.width or table.size.width
        fixed = sum(w for _name, w in FIXED_COLUMNS) + 5 * 2 * table.cell_padding + 1
        room = max(30, width - fixed)
        widths = (room * 3 // 4, room - room * 3 // 4)
        if widths == self.widths:
            return
        self.widths = widths
        for key, column_width in zip(("prompt", "section"), widths, strict=True):
            table.columns[ColumnKey(key)].width = column_width
        if self.cards:
            self.refill()

    def card(self, qid: str) -> CardState:
        return self.cards.get(qid) or CardState(bank=self.entry.key, qid=qid)

    def refill(self) -> None:
        """Redraw the table from the search text and filters."""
        text = self.query_one("#search", Input).value.strip()
        kind = self.query_one("#kind", Select).value
        section = self.query_one("#section", Select).value
        state = self.query_one("#state", Select).value
        table = self.query_one("#questions", DataTable)
        table.clear()
        words = search_key(text).split()
        self.shown = [
            question.id
            for question in self.entry.bank.questions
            if matches(
                question,
                self.card(question.id),
                text,
                kind,
                section,
                state,
                haystack=self.haystacks.get(question.id),
                words=words,
            )
        ]
        for qid in self.shown[:MAX_ROWS]:
            question, card = self.entry.bank.question(qid), self.card(qid)
            assert question is not None
            due = card.due.astimezone().strftime("%m-%d %H:%M") if card.due else "-"
            table.add_row(
                cell(shorten_middle(question.prompt, self.widths[0])),
                KIND_SHORT.get(question.kind, question.kind[:5]),
                card_state(card),
                due if not card.is_new else "-",
                cell(shorten(question.section, self.widths[1])),
                key=question.id,
            )
        total = len(self.entry.bank.questions)
        count = f"{len(self.shown):,} of {total:,} questions"
        if len(self.shown) > MAX_ROWS:
            count += f" (the first {MAX_ROWS:,} listed: search or filter to narrow them)"
        self.query_one("#count", Static).update(count)
        if not self.shown:
            self.query_one("#detail-text", Static).update("")

    def on_input_changed(self, event: Input.Changed) -> None:
        if not self.cards and self.busy:
            return
        if len(self.entry.bank.questions) <= MAX_ROWS:
            self.refill()
        else:  # a big bank: search once the typing pauses
            if self._search_timer is not None:
                self._search_timer.stop()
            self._search_timer = self.set_timer(SEARCH_PAUSE, self.refill)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """``enter`` in the search box: on to the results."""
        self.query_one("#questions", DataTable).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if self.cards or not self.busy:
            self.refill()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value:
            self.show_details(str(event.row_key.value))

    def show_details(self, qid: str) -> None:
        """The question, its answer, card state and review history."""
        question = self.entry.bank.question(qid)
        if question is None:
            return
        card = self.card(qid)
        lines = [
            markup("[b]$prompt[/b]", prompt=question.prompt),
            markup(
                "Answer: [$text-success]$answer[/]   ·   $state"
                "   ·   reviews $reps · lapses $lapses",
                answer=question.answer,
                state=card_state(card),
                reps=card.reps,
                lapses=card.lapses,
            ),
        ]
        if card.flagged:
            lines.append(markup("[$text-warning]Flagged: $why[/] (u: unflag)", why=card.flagged))
        history = self._history.get(qid, []) if self._history is not None else None
        if history is None:
            lines.append(markup("[dim]Reading the review history…[/dim]"))
        elif history:
            lines.append(markup("[b]History[/b]"))
            for review in history[-10:]:
                given = f" · answered {review.given}" if review.given else ""
                verdict = f" · {review.verdict}" if review.verdict else ""
                lines.append(
                    plain(
                        f"  {format_when(review.time)}  {review.mode:<8} "
                        f"{RATING_NAMES.get(review.rating, review.rating)}{verdict}{given}"
                    )
                )
        else:
            lines.append(markup("[dim]Never answered.[/dim]"))
        self.query_one("#detail-text", Static).update(Content("\n").join(lines))

    def _highlighted(self) -> str | None:
        table = self.query_one("#questions", DataTable)
        if not self.shown or table.cursor_row < 0 or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def action_review(self) -> None:
        """The teacher's review of this bank; back here, rejected questions are gone."""
        self.reviewing = True
        self.quiz.open_review(self.entry)

    def on_screen_resume(self) -> None:
        if not self.reviewing:
            return
        self.reviewing = False
        quiz, key = self.quiz, self.entry.key

        def reload() -> BankEntry | None:
            quiz.reload_banks()
            return quiz.catalog.by_key(key)

        self.store_work(reload, self.Reloaded)

    async def on_browse_screen_reloaded(self, message: Reloaded) -> None:
        self.entry = message.result or self.entry
        self.refill()
        await self.work_done()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_leave(self) -> None:
        """``escape``: out of the search box first (to the results), else home."""
        if self.query_one("#search", Input).has_focus:
            self.query_one("#questions", DataTable).focus()
        else:
            self.quiz.action_back()

    async def _change(self, qid: str, **changes: object) -> None:
        """Save changes to a card (in a worker); the table follows."""
        quiz, key = self.quiz, self.entry.key

        def change() -> CardState:
            store = quiz.require_store()
            card = store.card(key, qid)
            for name, value in changes.items():
                setattr(card, name, value)
            store.put_card(card)
            return store.card(key, qid)

        self.store_work(change, self.CardChanged)

    async def on_browse_screen_card_changed(self, message: CardChanged) -> None:
        card = message.result
        self.cards[card.qid] = card
        row = self.query_one("#questions", DataTable).cursor_row
        self.refill()
        table = self.query_one("#questions", DataTable)
        if self.shown:
            table.move_cursor(row=min(row, len(self.shown) - 1))
            self.show_details(self.shown[table.cursor_row])
        await self.work_done()

    async def action_unflag(self) -> None:
        await self.when_idle(self._unflag)

    async def _unflag(self) -> None:
        qid = self._highlighted()
        if qid is None:
            return
        if not self.card(qid).flagged:
            self.notify("This question is not flagged", timeout=2)
            return
        await self._change(qid, flagged="")
        self.notify("Unflagged: the question is back in the rotation", timeout=3)

    async def action_toggle_suspend(self) -> None:
        await self.when_idle(self._toggle_suspend)

    async def _toggle_suspend(self) -> None:
        qid = self._highlighted()
        if qid is None:
            return
        suspended = self.card(qid).suspended
        await self._change(qid, suspended=not suspended)
        self.notify("Unsuspended" if suspended else "Suspended", timeout=2)
