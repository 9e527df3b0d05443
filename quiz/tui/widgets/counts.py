"""CountsBar: new / learning / review counts (Anki colours) and a session progress bar."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static


class CountsBar(Horizontal):
    """``New 12  Learning 3  Review 40`` on the left, a progress bar on the right."""

    DEFAULT_CSS = """
    CountsBar { height: 1; padding: 0 2; }
    CountsBar > #counts { width: auto; margin-right: 2; }
    CountsBar > ProgressBar { width: 1fr; }
    CountsBar > ProgressBar > Bar { width: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="counts")
        yield ProgressBar(show_eta=False, id="progress")

    def update_counts(self, new: int, learning: int, review: int, done: int) -> None:
        """Show the remaining counts and ``done`` out of ``done + remaining``."""
        self.query_one("#counts", Static).update(
            f"[b $primary]New {new}[/]  [b $error]Learning {learning}[/]  "
            f"[b $success]Review {review}[/]  [dim]done {done}[/dim]"
        )
        bar = self.query_one(ProgressBar)
        bar.update(total=max(done + new + learning + review, 1), progress=done)
