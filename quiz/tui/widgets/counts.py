"""CountsBar: new / learning / review counts (Anki colours) and a session progress bar."""

from __future__ import annotations

from rich.progress_bar import ProgressBar as RichProgressBar
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from quiz.learning.stats import DUE_LABELS


class CountsBar(Horizontal):
    """``New 12  Learning 3  Review 40  done 5`` on the left, a progress bar on the right.

    The bar is a plain rich renderable (not Textual's ProgressBar widget): fewer widgets
    make the first card appear sooner.
    """

    DEFAULT_CSS = """
    CountsBar { height: 1; padding: 0 2; }
    CountsBar > #counts { width: auto; margin-right: 2; }
    CountsBar > #bar { width: 1fr; height: 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="counts")
        yield Static(id="bar")

    def update_counts(self, new: int, learning: int, review: int, done: int) -> None:
        """Show the remaining counts and ``done`` out of ``done + remaining``."""
        words = {name: label.capitalize() for name, label in DUE_LABELS.items()}
        self.query_one("#counts", Static).update(
            f"[b $text-primary]{words['new']} {new}[/]  "
            f"[b $text-error]{words['learning']} {learning}[/]  "
            f"[b $text-success]{words['review']} {review}[/]  [dim]done {done}[/dim]"
        )
        total = max(done + new + learning + review, 1)
        self.query_one("#bar", Static).update(
            RichProgressBar(total=total, completed=done, complete_style="green")
        )
