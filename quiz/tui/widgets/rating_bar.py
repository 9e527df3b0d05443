"""RatingBar: the four Anki buttons (Again/Hard/Good/Easy), each with its next interval."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button

RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
RATING_VARIANTS = {1: "error", 2: "warning", 3: "success", 4: "primary"}


class RatingBar(Horizontal):
    """Four buttons; clicking one posts :class:`RatingBar.Rated` with the rating 1-4."""

    DEFAULT_CSS = """
    RatingBar { height: auto; align-horizontal: center; }
    RatingBar > Button { width: 1fr; min-width: 10; margin: 0 1; }
    RatingBar > Button.-suggested { text-style: bold reverse; }
    """

    class Rated(Message):
        """The learner picked a rating (1 Again, 2 Hard, 3 Good, 4 Easy)."""

        def __init__(self, rating: int) -> None:
            super().__init__()
            self.rating = rating

    def __init__(self, intervals: dict[int, str] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.intervals = dict(intervals or {})
        self.suggested: int | None = None

    @staticmethod
    def label(rating: int, interval: str) -> str:
        return f"{rating} {RATING_NAMES[rating]}" + (f" · {interval}" if interval else "")

    def compose(self) -> ComposeResult:
        for rating in RATING_NAMES:
            button = Button(
                self.label(rating, self.intervals.get(rating, "")),
                id=f"rate-{rating}",
                variant=RATING_VARIANTS[rating],  # type: ignore[arg-type]
                compact=True,
            )
            button.can_focus = False  # keys 1-4 / space belong to the screen, never a button
            button.set_class(rating == self.suggested, "-suggested")
            yield button

    def set_intervals(self, intervals: dict[int, str]) -> None:
        """Label each button ``"3 Good · 1d"`` from a rating -> interval text mapping."""
        self.intervals = dict(intervals)
        for button in self.query(Button):
            rating = int(str(button.id).removeprefix("rate-"))
            button.label = self.label(rating, self.intervals.get(rating, ""))

    def suggest(self, rating: int | None) -> None:
        """Highlight the suggested rating (after a typed answer), or none."""
        self.suggested = rating
        for button in self.query(Button):
            button.set_class(button.id == f"rate-{rating}", "-suggested")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id and event.button.id.startswith("rate-"):
            self.post_message(self.Rated(int(event.button.id.removeprefix("rate-"))))
