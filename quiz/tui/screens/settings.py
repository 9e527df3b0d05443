"""SettingsScreen: desired retention, daily limits and theme, saved in the profile."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Select, Static

from quiz.learning.parameters import learner_parameters
from quiz.tui.screens.base import QuizScreen, StoreResult
from quiz.tui.screens.optimise import parameters_status
from quiz.tui.text import markup, plain
from quiz.tui.widgets.bars import KeyBar, TitleBar

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


class SettingsScreen(QuizScreen):
    """A small form; ``ctrl+s`` or Save stores it in the learner's profile (read and saved in
    workers)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+o", "app.optimise", "Optimise"),
        Binding("escape", "app.back", "Back"),
    ]

    DEFAULT_CSS = """
    SettingsScreen #form { width: 70; max-width: 100%; height: auto; }
    SettingsScreen .row { height: auto; }
    SettingsScreen .row > Label { width: 32; height: 3; content-align: left middle; }
    SettingsScreen .row > Input, SettingsScreen .row > Select { width: 18; }
    SettingsScreen #buttons { height: auto; }
    SettingsScreen #buttons Button { margin-right: 2; }
    SettingsScreen #problems { height: auto; color: $error; }
    SettingsScreen #parameters { width: 70; max-width: 100%; height: auto; }
    """

    class Loaded(StoreResult):
        """The learner's settings."""

    class Saved(StoreResult):
        """The settings were saved: ``result`` is the theme chosen."""

    class ParametersRead(StoreResult):
        """The learner's FSRS parameters in use (``result``; None: the defaults)."""

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with VerticalScroll(id="body"):
            with Vertical(id="form", classes="panel"):
                for key, label, _kind, _low, _high in FIELDS:
                    with Horizontal(classes="row"):
                        yield Label(label)
                        yield Input(id=key, disabled=True)  # framed: plain to see
                with Horizontal(classes="row"):
                    yield Label("Theme")
                    yield Select(
                        [("Dark", "dark"), ("Light", "light")],
                        allow_blank=False,
                        id="theme",
                    )
                yield Static(id="problems")
                with Horizontal(id="buttons"):
                    yield Button("Save (ctrl+s)", id="save", variant="primary")
                    yield Button("Cancel", id="cancel")
                    yield Button("Optimise… (ctrl+o)", id="optimise")
            yield Static(id="parameters", classes="panel")
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = f"Settings · {self.quiz.profile}"
        self.store_work(self.quiz.settings, self.Loaded)

    async def on_settings_screen_loaded(self, message: Loaded) -> None:
        for key, *_ in FIELDS:
            box = self.query_one(f"#{key}", Input)
            box.value = str(message.result.get(key, ""))
            box.disabled = False
        theme = str(message.result.get("theme") or "dark")
        self.query_one("#theme", Select).value = theme if theme in ("dark", "light") else "dark"
        self.query_one(f"#{FIELDS[0][0]}", Input).focus()
        await self.work_done()

    def on_screen_resume(self) -> None:
        """Say which parameters the schedule uses (again on coming back from Optimise)."""
        quiz = self.quiz
        self.store_work(
            lambda: learner_parameters(quiz.require_store()), self.ParametersRead, busy=False
        )

    def on_settings_screen_parameters_read(self, message: ParametersRead) -> None:
        self.query_one("#parameters", Static).update(
            markup(
                "[b]Scheduling[/b]  $status Optimise fits FSRS to your own answers and shows "
                "how well each set predicts your recall before you apply it.",
                status=parameters_status(message.result),
            )
        )

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            await self.action_save()
        elif event.button.id == "optimise":
            self.quiz.action_optimise()
        else:
            self.quiz.action_back()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        await self.action_save()

    async def action_save(self) -> None:
        await self.when_idle(self._save)

    def _save(self) -> None:
        raw = {key: self.query_one(f"#{key}", Input).value for key, *_ in FIELDS}
        values, problems = parse_settings(raw)
        if problems:
            self.query_one("#problems", Static).update(plain("\n".join(problems)))
            return
        chosen = self.query_one("#theme", Select).value
        theme = chosen if isinstance(chosen, str) else "dark"
        quiz = self.quiz

        def save() -> str:
            quiz.require_store().update_settings(**values, theme=theme)
            return theme

        self.store_work(save, self.Saved)

    def store_failed(self, problem: str) -> None:
        self.query_one("#problems", Static).update(plain(problem))

    async def on_settings_screen_saved(self, message: Saved) -> None:
        self.quiz.use_theme(message.result)
        self.notify("Settings saved")
        await self.work_done()
        self.quiz.action_back()
