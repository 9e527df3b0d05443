"""ChoiceButtons: clickable answer choices for practice and exam (keys 1-4 / t,f too)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Button

from quiz.tui.text import plain

LETTERS = "ABCD"


class ChoiceButtons(Vertical):
    """One button per choice; posts :class:`ChoiceButtons.Chosen` with the choice text."""

    DEFAULT_CSS = """
    ChoiceButtons { height: auto; margin: 1 0 0 0; }
    ChoiceButtons > Button { width: 100%; height: auto; min-height: 1; margin: 0 0 0 0;
        content-align: left middle; text-align: left; }
    ChoiceButtons > Button.-picked { text-style: bold reverse; }
    ChoiceButtons > Button.-right { background: $success 40%; }
    ChoiceButtons > Button.-wrong { background: $error 40%; }
    """

    class Chosen(Message):
        """A choice was picked (by click or key)."""

        def __init__(self, index: int, text: str) -> None:
            super().__init__()
            self.index = index
            self.text = text

    def __init__(self, choices: list[str], *, keys: list[str] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.choices = list(choices)
        self.keys = keys or [str(i + 1) for i in range(len(choices))]

    def compose(self) -> ComposeResult:
        for index, (key, choice) in enumerate(zip(self.keys, self.choices, strict=False)):
            yield Button(plain(f"{key}  {choice}"), id=f"choice-{index}", compact=True)

    def pick(self, index: int) -> None:
        """Select choice ``index`` as if clicked (ignored when out of range or disabled)."""
        if 0 <= index < len(self.choices) and not self.disabled:
            self.mark(picked=self.choices[index])
            self.post_message(self.Chosen(index, self.choices[index]))

    def mark(self, *, picked: str | None = None, right: str | None = None) -> None:
        """Highlight the picked choice and (after feedback) the right one."""
        for index, button in enumerate(self.query(Button)):
            text = self.choices[index]
            button.set_class(text == picked, "-picked")
            button.set_class(right is not None and text == right, "-right")
            button.set_class(right is not None and text == picked and text != right, "-wrong")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id:
            self.pick(int(event.button.id.removeprefix("choice-")))
