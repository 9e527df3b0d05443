"""Small modal dialogs returning typed values: confirm (bool), ask for text (str | None), help."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static


class ConfirmModal(ModalScreen[bool]):
    """Ask a yes/no question; dismisses with True (yes) or False (no / escape)."""

    BINDINGS = [
        Binding("escape,n", "answer(False)", "No"),
        Binding("y", "answer(True)", "Yes"),
    ]

    def __init__(self, question: str, *, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-title")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes_label, variant="primary", id="yes")
                yield Button(self.no_label, id="no")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class TextModal(ModalScreen[str | None]):
    """Ask for one line of text; dismisses with the text, or None if cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, *, placeholder: str = "") -> None:
        super().__init__()
        self.question = question
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-title")
            yield Input(placeholder=self.placeholder, id="text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self.dismiss(self.query_one("#text", Input).value.strip() or None)
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


HELP_TEXT = """\
[b]Everywhere[/b]
  ?            this help            ctrl+p       command palette
  q / ctrl+q   quit (progress is saved after every answer)
  escape       back to the previous screen

[b]Home[/b]
  enter / s    study the selected bank     p   practice quiz     x   exam
  b            browse questions            i   statistics        o   settings
  n            new profile                 ctrl+t  dark/light theme

[b]Study[/b] (spaced repetition, like Anki)
  space/enter  show the answer
  1 2 3 4      rate Again / Hard / Good / Easy (each button shows the next interval)
  t            typed-answer mode: type, enter, then enter accepts the suggested rating
  u            undo the last answer      s  suspend     b  bury until tomorrow
  e / f        flag a bad question (it leaves the rotation; see Browse)

[b]Practice[/b]
  1-4 or click choose (multiple choice)    t / f   true or false
  type + enter short answer / gap          enter   next question

[b]Exam[/b]
  1-4, t/f, typing  answer      up/down (or left/right)  previous / next question
  ctrl+s       submit (asks to confirm); the timer submits when it runs out

[b]Browse[/b]
  /            search      enter  show a question's history      u  unflag
"""


class HelpModal(ModalScreen[None]):
    """Every key of the app; any of escape, ? or q closes it."""

    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog help-dialog"):
            yield Label("Keys", classes="dialog-title")
            with VerticalScroll():
                yield Static(HELP_TEXT, id="help-text")
            yield Button("Close", id="close")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
