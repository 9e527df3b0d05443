"""ResultsScreen: score, time, per-section table, missed questions, and "retry missed"."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich import box
from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Label, Static

from quiz.learning.catalog import BankEntry
from quiz.learning.summary import SessionSummary
from quiz.model import section_label
from quiz.tui.text import cell, markup, shorten
from quiz.tui.widgets.bars import KeyBar, TitleBar

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp


def format_duration(seconds: float) -> str:
    """``"4 min 05 s"`` / ``"42 s"``."""
    seconds = round(seconds)
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


def score_line(summary: SessionSummary) -> str:
    """Headline: score out of total and percentage; below it, the time and the tally."""
    if summary.percent >= 80:
        colour = "$text-success"
    elif summary.percent >= 50:
        colour = "$text-warning"
    else:
        colour = "$text-error"
    parts = [
        f"[b {colour}]{summary.score} / {summary.total}  ({summary.percent:.0f}%)[/]",
        f"time {format_duration(summary.duration)}",
        f"right {summary.right}",
        f"close {summary.close}",
        f"wrong {summary.wrong}",
    ]
    if summary.unanswered:
        parts.append(f"unanswered {summary.unanswered}")
    return f"{parts[0]}\n{'  ·  '.join(parts[1:])}"  # (the tally on a line of its own, which
    # fits 80 columns whole: on one line with the score, 80x24 showed "wrong" and its "1" below)


SECTION_WIDTH = 40
"""The longest section name shown whole in the results (the four counts fit beside it at 80
columns); a longer path keeps its deepest headings (``… > Navy``)."""


class ResultsScreen(Screen):
    """The end of a practice quiz or an exam."""

    BINDINGS = [
        Binding("r", "retry", "Retry missed"),
        Binding("escape,enter", "app.back", "Home"),
    ]

    DEFAULT_CSS = """
    ResultsScreen #score { height: auto; padding: 1 2; }
    ResultsScreen #sections { height: auto; padding: 0 1; }
    ResultsScreen #missed { height: auto; }
    ResultsScreen #buttons { height: auto; padding: 0 2; }
    ResultsScreen #buttons Button { margin-right: 2; }
    """

    def __init__(self, entry: BankEntry, summary: SessionSummary) -> None:
        super().__init__()
        self.entry = entry
        self.summary = summary

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with VerticalScroll(id="body"):
            yield Static(score_line(self.summary), id="score")
            yield Label("By section", classes="title")
            yield Static(self._sections_table(), id="sections")
            yield Label(f"Missed ({len(self.summary.missed)})", classes="title")
            yield Static(self._missed_text(), id="missed", classes="panel")
            with Horizontal(id="buttons"):
                yield Button(
                    "Retry missed (r)",
                    id="retry",
                    variant="primary",
                    disabled=not self.summary.missed,
                )
                yield Button("Home (escape)", id="home")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = self.entry.title
        self.sub_title = f"{self.summary.mode.capitalize()} results · {self.quiz.profile}"

    def _sections_table(self) -> Table:
        """Right / close / wrong and the score of each section, in article order."""
        table = Table(box=box.SIMPLE_HEAD, expand=False, padding=(0, 1))
        table.add_column("Section", no_wrap=True)  # one line each: long ones are shortened
        for name in ("Right", "Close", "Wrong", "Score"):
            table.add_column(name, justify="right", min_width=len(name))
        order = {name: index for index, name in enumerate(self.entry.bank.sections)}
        sections = sorted(self.summary.sections.items(), key=lambda kv: order.get(kv[0], 1 << 30))
        for section, tally in sections:
            total = tally.get("total", 0)
            good = tally.get("right", 0) + tally.get("close", 0)
            table.add_row(
                cell(shorten(section_label(section), SECTION_WIDTH)),
                str(tally.get("right", 0)),
                str(tally.get("close", 0)),
                str(tally.get("wrong", 0)),
                f"{100 * good / total:.0f}%" if total else "-",
            )
        return table

    def _missed_text(self) -> Content:
        if not self.summary.missed:
            return markup("[b $text-success]Nothing missed. Well done![/]")
        blocks = []
        for number, missed in enumerate(self.summary.missed, 1):
            given = missed.get("given")
            blocks.append(
                markup(
                    "[b]$number. $prompt[/b]\n   your answer: "
                    + ("[$text-error]$given[/]" if given else "[i](no answer)[/i]")
                    + "   ·   answer: [$text-success]$expected[/]",
                    number=number,
                    prompt=missed.get("prompt", ""),
                    given=given or "",
                    expected=missed.get("expected", ""),
                )
            )
        return Content("\n").join(blocks)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "retry":
            self.action_retry()
        else:
            self.quiz.action_back()

    def action_retry(self) -> None:
        ids = [m["id"] for m in self.summary.missed if self.entry.bank.question(m["id"])]
        if not ids:
            self.notify("Nothing to retry", timeout=2)
            return
        self.quiz.retry_practice(self.entry, ids)
