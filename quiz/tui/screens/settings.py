"""SettingsScreen: desired retention, daily limits and theme, saved in the profile."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Select, Static

from quiz.errors import QuizError
from quiz.tui.widgets.bars import KeyBar, TitleBar

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp

FIELDS = (
    ("desired_retention", "Desired retention (0.70-0.97)", float, 0.70, 0.97),
    ("new_per_day", "New cards per day (0-9999)", int, 0, 9999),
    ("reviews_per_day", "Reviews per day (0-99999)", int, 0, 99999),
)


def parse_settings(raw: dict[str, str]) -> tuple[dict[str, float | int], list[str]]:
    """Validated settings from the form's text, and a message per bad field."""
    values: dict[str, float | int] = {}
    problems: list[str] = []
    for key, label, kind, low, high in FIELDS:
        text = raw.get(key, "").strip()
        try:
            value = kind(text)
        except ValueError:
            problems.append(f"{label}: {text!r} is not a number")
            continue
        if not low <= value <= high:
            problems.append(f"{label}: {text} is out of range")
            continue
        values[key] = value
    return values, problems


class SettingsScreen(Screen):
    """A small form; ``ctrl+s`` or Save stores it in the learner's profile."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "app.back", "Back"),
    ]

    DEFAULT_CSS = """
    SettingsScreen #form { width: 70; max-width: 100%; height: auto; }
    SettingsScreen .row { height: auto; margin: 0 0 1 0; }
    SettingsScreen .row > Label { width: 32; }
    SettingsScreen .row > Input, SettingsScreen .row > Select { width: 16; }
    SettingsScreen #buttons { height: auto; }
    SettingsScreen #buttons Button { margin-right: 2; }
    SettingsScreen #problems { height: auto; color: $error; }
    """

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def compose(self) -> ComposeResult:
        settings = self.quiz.settings()
        yield TitleBar()
        with VerticalScroll(id="body"):
            with Vertical(id="form", classes="panel"):
                for key, label, _kind, _low, _high in FIELDS:
                    with Horizontal(classes="row"):
                        yield Label(label)
                        yield Input(str(settings.get(key, "")), id=key, compact=True)
                with Horizontal(classes="row"):
                    yield Label("Theme")
                    theme = str(settings.get("theme") or "dark")
                    yield Select(
                        [("Dark", "dark"), ("Light", "light")],
                        value=theme,
                        allow_blank=False,
                        id="theme",
                        compact=True,
                    )
                yield Static(id="problems")
                with Horizontal(id="buttons"):
                    yield Button("Save (ctrl+s)", id="save", variant="primary")
                    yield Button("Cancel", id="cancel")
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = f"Settings · {self.quiz.profile}"

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.quiz.action_back()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def action_save(self) -> None:
        raw = {key: self.query_one(f"#{key}", Input).value for key, *_ in FIELDS}
        values, problems = parse_settings(raw)
        if problems:
            self.query_one("#problems", Static).update("\n".join(problems))
            return
        theme = self.query_one("#theme", Select).value
        store = self.quiz.require_store()
        try:
            store.update_settings(**values, theme=theme if isinstance(theme, str) else "dark")
        except QuizError as exc:
            self.query_one("#problems", Static).update(str(exc))
            return
        self.quiz.apply_theme_setting()
        self.notify("Settings saved")
        self.quiz.action_back()
