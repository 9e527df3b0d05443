"""StatsScreen: reviews per day, due forecast, retention, card counts, section mastery map."""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, Static
from textual_plotext import PlotextPlot

from quiz.errors import QuizError
from quiz.learning.catalog import BankEntry
from quiz.learning.stats import due_line, stats
from quiz.learning.workload import Workload, learner_limits, simulate_workload
from quiz.model import Bank, section_label
from quiz.tui.screens.base import QuizScreen, StoreResult, problem_text
from quiz.tui.text import markup, plain, shorten
from quiz.tui.widgets.bars import KeyBar, TitleBar
from quiz.tui.widgets.workload import WORKLOAD_WAIT, forecast_line, workload_text

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp

BAR_WIDTH = 20


def table_of_contents(bank: Bank) -> list[str]:
    """Sections in article order (the bank's list, then any others its questions name), with
    missing parent headings (``A`` for ``A > B``) put in front of their first subsection."""
    named: list[str] = list(bank.sections)
    for question in bank.questions:
        if question.section not in named:
            named.append(question.section)
    contents: list[str] = []
    for section in named:
        parts = [p.strip() for p in section.split(">")]
        for depth in range(1, len(parts)):
            parent = " > ".join(parts[:depth])
            if parent not in contents and parent not in named:
                contents.append(parent)
        if section not in contents:
            contents.append(section)
    return contents


def mastery_colour(share: float | None) -> str:
    if share is None:
        return "dim"
    if share >= 0.8:
        return "$text-success"
    if share >= 0.4:
        return "$text-warning"
    return "$text-error"


def mastery_lines(bank: Bank, mastery: dict[str, float], width: int = 38) -> list[Content]:
    """The article's table of contents, indented by heading path, coloured by mastery; each
    name cut with an ellipsis to fit ``width`` characters."""
    lines = []
    for section in table_of_contents(bank):
        parts = [p.strip() for p in section.split(">")]
        indent = "  " * (len(parts) - 1)
        share = mastery.get(section)
        filled = round((share or 0.0) * BAR_WIDTH)
        colour = mastery_colour(share)
        bar = f"[{colour}]{'█' * filled}[/][dim]{'░' * (BAR_WIDTH - filled)}[/dim]"
        percent = f"{share * 100:3.0f}%" if share is not None else "  - "
        title = shorten(f"{indent}{section_label(parts[-1])}", width)
        lines.append(markup(f"{bar} {percent}  [{colour}]$title[/]", title=title))
    return lines or [markup("[dim]This bank has no sections.[/dim]")]


def summary_text(figures: dict[str, Any]) -> str:
    """Due counts, retention and card counts by state as a few lines."""
    due, cards = figures.get("due", {}), figures.get("cards", {})
    retention = figures.get("retention")
    if retention is not None:
        retention_text = f"{retention * 100:.0f}%"
    else:
        retention_text = "not measured yet (needs reviews of learnt cards)"
    return "\n".join(
        [
            f"[b]Due today[/b]   {due_line(due)}",
            f"[b]Retention[/b] (last 30 days) {retention_text}"
            f"   ·   [b]reviews[/b] {figures.get('reviews_total', 0)}",
            "[b]Cards[/b]     "
            + " · ".join(
                f"{name} {cards.get(name, 0)}"
                for name in (
                    "new",
                    "learning",
                    "review",
                    "relearning",
                    "suspended",
                    "flagged",
                    "leech",
                )
            ),
        ]
    )


def day_labels(days: list[str]) -> list[str]:
    """``"2026-03-02"`` -> ``"03-02"`` for chart ticks."""
    return [date.fromisoformat(d).strftime("%m-%d") if len(d) == 10 else d for d in days]


def bank_workload(app: QuizApp, bank: Bank) -> Workload:
    """Simulate a year of studying ``bank`` at each desired retention with the learner's
    limits and FSRS parameters; the store is locked only to read them (call from a worker)."""
    with app.store_lock:
        limits = learner_limits(app.require_store())
    # rng: the same figures every time Stats opens
    return simulate_workload(limits, deck_size=len(bank.questions), rng=random.Random(0))


class StatsScreen(QuizScreen):
    """Figures from the engine's ``stats()`` for one bank and the active learner (read in a
    worker: the whole review log is read)."""

    BINDINGS = [
        Binding("escape", "app.back", "Home"),
        Binding("r", "reload", "Reload"),
        Binding("w", "workload", "Workload"),
    ]

    DEFAULT_CSS = """
    StatsScreen #summary { height: auto; padding: 0 1; }
    StatsScreen #charts { height: 14; }
    StatsScreen #forecast-line { height: auto; padding: 0 1; }
    StatsScreen PlotextPlot { width: 1fr; height: 14; }
    StatsScreen #mastery { height: auto; padding: 0 1; }
    StatsScreen #workload { height: auto; padding: 0 1; }
    StatsScreen #workload-title { margin-top: 1; }
    """

    class Loaded(StoreResult):
        """The engine's statistics for the bank."""

    class Simulated(Message):
        """The workload of each desired retention (``options``), or why it is missing."""

        def __init__(self, workload: Workload | None, problem: str = "") -> None:
            super().__init__()
            self.workload, self.problem = workload, problem

    def __init__(self, entry: BankEntry) -> None:
        super().__init__()
        self.entry = entry
        self.figures: dict[str, Any] = {}
        self.workload: Workload | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with VerticalScroll(id="body"):
            yield Static(id="summary", classes="panel")
            with Horizontal(id="charts"):
                yield PlotextPlot(id="reviews-chart")
                yield PlotextPlot(id="forecast-chart")
            yield Static(id="forecast-line")
            yield Label(
                "Workload by desired retention (simulated)", id="workload-title", classes="title"
            )
            yield Static(WORKLOAD_WAIT, id="workload", classes="panel")
            yield Label("Mastery by section (table of contents)", classes="title")
            yield Static(id="mastery", classes="panel")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = self.entry.title
        self.sub_title = f"Stats · {self.quiz.profile}"
        self.action_reload()

    def action_reload(self) -> None:
        quiz, bank, now = self.quiz, self.entry.bank, self.quiz.now()
        self.query_one("#summary", Static).update("Reading the review log…")
        self.query_one("#workload", Static).update(WORKLOAD_WAIT)

        def read() -> dict[str, Any]:
            return stats(quiz.require_store(), bank, now=now, exclude=quiz.class_exclude())

        self.store_work(read, self.Loaded)

    async def on_stats_screen_loaded(self, message: Loaded) -> None:
        self.figures = message.result
        self.query_one("#summary", Static).update(summary_text(self.figures))
        self._bar_chart("#reviews-chart", "Reviews per day (30 days)", "reviews_per_day")
        self._bar_chart("#forecast-chart", "Due forecast (30 days)", "forecast")
        self.query_one("#forecast-line", Static).update(
            markup(forecast_line(self.figures.get("forecast", {})))
        )
        self._show_mastery()
        await self.work_done()
        self._simulate()

    @work(thread=True, exclusive=True, group="workload")
    def _simulate(self) -> None:
        """Simulate a year of study at each desired retention (the store is locked only to
        read the settings and parameters; the simulation runs without it)."""
        try:
            workload = bank_workload(self.quiz, self.entry.bank)
            self.post_message(self.Simulated(workload))
        except (QuizError, OSError) as exc:
            self.post_message(self.Simulated(None, problem_text(exc)))

    def on_stats_screen_simulated(self, message: Simulated) -> None:
        panel = self.query_one("#workload", Static)
        self.workload = message.workload
        if message.workload is None:
            panel.update(plain(f"The workload could not be simulated: {message.problem}"))
            return
        panel.update(Content("\n").join(workload_text(message.workload)))

    def action_workload(self) -> None:
        """Scroll the workload table into view (below the charts at 80x24)."""
        self.query_one("#body").scroll_to_widget(
            self.query_one("#workload-title"), top=True, animate=False
        )

    def on_resize(self) -> None:
        if self.figures:
            self.call_after_refresh(self._show_mastery)

    def _show_mastery(self) -> None:
        """The mastery lines, section names as wide as the panel allows (at least 12)."""
        panel = self.query_one("#mastery", Static)
        scrolls = self.query_one("#body", VerticalScroll).show_vertical_scrollbar
        spare = 0 if scrolls else 2  # room for a scrollbar that the panel may bring
        width = max(12, (panel.content_region.width or 66) - BAR_WIDTH - 7 - spare)
        mastery = self.figures.get("mastery", {})
        panel.update(Content("\n").join(mastery_lines(self.entry.bank, mastery, width)))

    def _bar_chart(self, selector: str, title: str, key: str) -> None:
        series: dict[str, int] = self.figures.get(key, {})
        days = sorted(series)
        plot = self.query_one(selector, PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        plt.title(title)
        labels = day_labels(days)
        values = [series[d] for d in days]
        plt.bar(list(range(len(days))), values, width=0.8)
        ticks = list(range(0, len(days), 7))
        plt.xticks(ticks, [labels[i] for i in ticks])
        top = max(values, default=0)
        step = max(1, -(-top // 4))
        plt.yticks(list(range(0, top + step, step)))
        plt.ylim(0, max(top, 1))
        plot.refresh()
