"""Small modal dialogs returning typed values: confirm (bool), ask for text (str | None), help."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from quiz.tui.text import plain


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
            yield Label(plain(self.question), classes="dialog-title")
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
            yield Label(plain(self.question), classes="dialog-title")
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
  ?             this help
  ctrl+p        command palette: every screen and action, the theme
  q, ctrl+q     quit (progress is saved after every answer)
  ctrl+c        quit too (it copies instead when text is selected)
  escape        back (from a text box: out of the box first)

[b]Home[/b]
  enter / s     study the selected bank
  p / x         practice quiz / timed exam
  b / i / o     browse questions / statistics / settings
  a             your class assignments (enter starts one)
  n             new learner

[b]Study[/b] (spaced repetition, like Anki)
  space, enter  show the answer; again: rate the suggestion (Good)
  1 2 3 4       Again / Hard / Good / Easy (buttons show the interval)
  t, ctrl+t     typed answers on/off: type, enter, then rate
                (while typing, t is a letter: ctrl+t, or escape then t)
  u             undo the last answer
  s / b         suspend / bury until tomorrow
  e / f         flag a bad question (leaves the rotation, see Browse)

[b]Practice[/b]
  1-4, click    choose (multiple choice)
  t / f         true or false
  type, enter   gap and short answer
  enter         next question

[b]Exam[/b]
  1-4, t/f      answer; typed ones: type
  enter         keep the answer, next question (on the last: submit?)
  up / down     previous / next question
  ctrl+s        submit (asks first); time up submits by itself

[b]Results[/b]      r  retry the missed questions

[b]Browse[/b]
  /             search (escape: back to the list)
  u  unflag     s  (un)suspend     r  review the bank

[b]Stats[/b]        w  the workload table     r  reload

[b]Settings[/b]
  ctrl+s        save
  ctrl+o        optimise: fit FSRS to your own answers
[b]Optimise[/b]
  a             apply the fitted parameters (offered when better)
  g             go back to the previous parameters
  r / escape    fit again / back (stops a fit under way)
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

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()  # arrows and page keys scroll the list

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class ProfileModal(ModalScreen[str | None]):
    """Who is learning? Pick a profile or type a new name; dismisses with the name."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, profiles: list[str], *, message: str = "") -> None:
        super().__init__()
        self.profiles = profiles
        self.message = message

    def compose(self) -> ComposeResult:
        from textual.widgets import OptionList
        from textual.widgets.option_list import Option

        with Vertical(classes="dialog"):
            yield Label("Who is learning?", classes="dialog-title")
            if self.message:
                yield Static(plain(self.message), classes="muted")
            if self.profiles:
                yield OptionList(*(Option(plain(p), id=p) for p in self.profiles), id="profiles")
            yield Input(placeholder="or type a new name, then enter", id="new-name")

    def on_mount(self) -> None:
        if self.profiles:
            self.query_one("#profiles").focus()
        else:
            self.query_one("#new-name", Input).focus()

    def on_option_list_option_selected(self, event) -> None:  # noqa: ANN001
        self.dismiss(event.option.id)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
