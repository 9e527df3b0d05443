"""HomeScreen: banks with new / learning / due counts, the active profile, and the actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, DataTable, Label, Select, Static

from quiz.errors import QuizError
from quiz.learning.stats import DUE_HEADINGS
from quiz.tui.text import cell, plain, shorten
from quiz.tui.widgets.bars import KeyBar, TitleBar

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp

ACTIONS = [
    ("study", "Study", "s"),
    ("practice", "Practice", "p"),
    ("exam", "Exam", "x"),
    ("browse", "Browse", "b"),
    ("stats", "Stats", "i"),
    ("settings", "Settings", "o"),
]


def describe_assignment(item: Any) -> str:
    """One line for an assignment returned by the classroom module, whatever its shape."""
    assignment = getattr(item, "assignment", item)
    title = getattr(assignment, "bank_title", "") or str(item)
    mode = getattr(assignment, "mode", "")
    status = getattr(item, "status", "")
    due = getattr(assignment, "due", None)
    parts = [f"{getattr(assignment, 'id', '')} {title}".strip()]
    if mode:
        parts.append(str(mode))
    if status:
        parts.append(str(status))
    if due:
        parts.append(f"due {due}")
    return " · ".join(parts)


class HomeScreen(Screen):
    """The starting screen: pick a bank and what to do with it."""

    BINDINGS = [
        Binding("s", "open('study')", "Study"),
        Binding("p", "open('practice')", "Practice"),
        Binding("x", "open('exam')", "Exam"),
        Binding("b", "open('browse')", "Browse"),
        Binding("i", "open('stats')", "Stats"),
        Binding("o", "app.settings", "Settings"),
        Binding("n", "new_profile", "New profile", show=False),
    ]

    DEFAULT_CSS = """
    HomeScreen #home { height: 1fr; }
    HomeScreen #banks-panel { width: 1fr; height: 1fr; }
    HomeScreen #side { width: 30; height: 1fr; }
    HomeScreen #side Button { width: 100%; margin: 0 0 0 0; }
    HomeScreen #profile-row { height: auto; }
    HomeScreen #profile { width: 1fr; }
    HomeScreen #assignments { height: auto; }
    HomeScreen #assignments Button { height: auto; content-align: left middle; }
    HomeScreen #bank-info { height: auto; padding: 0 1; }
    """

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="home"):
            with Vertical(id="banks-panel", classes="panel"):
                yield Label("Question banks", classes="title")
                yield DataTable(id="banks", cursor_type="row", zebra_stripes=True)
                yield Static(id="bank-info", classes="muted")
            with VerticalScroll(id="side"):
                with Vertical(classes="panel", id="profile-panel"):
                    yield Label("Learner", classes="title")
                    yield Select(
                        self._profile_options(),
                        id="profile",
                        prompt="Choose a learner",
                        value=self.quiz.profile or Select.NULL,
                    )
                    yield Button("New profile (n)", id="new-profile", compact=True)
                with Vertical(classes="panel", id="actions"):
                    for action, label, key in ACTIONS:
                        yield Button(f"{label} ({key})", id=f"do-{action}", compact=True)
                yield Vertical(id="assignments", classes="panel")
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = f"profile: {self.quiz.profile}" if self.quiz.profile else ""
        table = self.query_one("#banks", DataTable)
        table.add_columns("Bank", *DUE_HEADINGS.values(), "Total")
        self._fill_profiles()
        if self.quiz.lock_profile:  # served to one learner's browser: no other learner
            self.query_one("#profile", Select).disabled = True
            self.query_one("#new-profile", Button).display = False
        table.focus()  # the banks are counted in on_screen_resume (also sent on first show)
        problems = self.quiz.catalog.problems
        if problems:  # one notice, the file names as plain text (never markup)
            heading = (
                "Unreadable bank skipped"
                if len(problems) == 1
                else (f"{len(problems)} unreadable banks skipped")
            )
            self.notify(
                "\n".join(problems), title=heading, severity="warning", timeout=10, markup=False
            )

    def on_screen_resume(self) -> None:
        self.refresh_banks()

    def _profile_options(self) -> list[tuple[str, str]]:
        names = self.quiz.profiles()
        if self.quiz.profile and self.quiz.profile not in names:
            names.append(self.quiz.profile)
        return [(plain(name), name) for name in names]

    def _fill_profiles(self) -> None:
        select = self.query_one("#profile", Select)
        options = self._profile_options()
        with self.prevent(Select.Changed):
            select.set_options(options)
            if self.quiz.profile:
                select.value = self.quiz.profile

    def profile_changed(self) -> None:
        """Redraw for the learner just chosen (profile picker or the learner list)."""
        self.sub_title = f"profile: {self.quiz.profile}" if self.quiz.profile else ""
        self._fill_profiles()
        self.refresh_banks()

    def refresh_banks(self) -> None:
        """Recount new / learning / due cards for the active profile and redraw the table."""
        if self.quiz.store is None:
            return
        catalog = self.quiz.refresh_counts()
        table = self.query_one("#banks", DataTable)
        table.clear()
        for entry in catalog.entries:
            table.add_row(
                cell(shorten(entry.title, 23)),
                f"[b $text-primary]{entry.new}[/]",
                f"[b $text-error]{entry.learning}[/]",
                f"[b $text-success]{entry.review}[/]",
                str(len(entry.bank.questions)),
                key=entry.key,
            )
        keys = [e.key for e in catalog.entries]
        if self.quiz.selected_key in keys:
            table.move_cursor(row=keys.index(self.quiz.selected_key))
        info = self.query_one("#bank-info", Static)
        if not catalog.entries:
            info.update("No bank yet. Make one with `quiz generate ARTICLE -o bank.json`.")
        else:
            info.update(self._entry_info())
        self._fill_assignments()

    def _entry_info(self) -> Content | str:
        entry = self.quiz.selected_entry()
        if entry is None:
            return ""
        source = entry.bank.source
        licence = f"{source.licence}. {source.attribution}".strip()
        review = f"{entry.review_state.line()} · " if entry.review_state else ""
        return plain(f"{review}{entry.origin} bank · {entry.path.name} · {licence}")

    def _fill_assignments(self) -> None:
        """The class assignments of the learner (classroom module), one button each."""
        box = self.query_one("#assignments", Vertical)
        box.remove_children()
        try:
            from quiz.classroom.classes import assignments_for
        except ImportError:
            box.display = False
            return
        try:
            items = list(
                assignments_for(self.quiz.data_dir, self.quiz.profile, now=self.quiz.now())
            )
        except (QuizError, OSError, TypeError):
            items = []
        box.display = bool(items)
        if not items:
            return
        box.mount(Label("Assignments", classes="title"))
        for item in items:
            assignment = getattr(item, "assignment", None)
            button = Button(
                plain(describe_assignment(item)),
                classes="assignment",
                compact=True,
                disabled=not getattr(item, "can_attempt", True),
            )
            button.assignment_id = getattr(assignment, "id", "")  # type: ignore[attr-defined]
            box.mount(button)

    def start_assignment(self, assignment_id: str) -> None:
        """Open the practice or exam screen of a class assignment."""
        from quiz.classroom.classes import find_assignment, start_assignment
        from quiz.learning.catalog import BankEntry
        from quiz.tui.screens.exam import ExamScreen
        from quiz.tui.screens.practice import PracticeScreen

        try:
            assignment = find_assignment(self.quiz.data_dir, assignment_id)
            session = start_assignment(
                self.quiz.data_dir,
                self.quiz.profile,
                assignment_id,
                now=self.quiz.now(),
                rng=self.quiz.rng,
                store=self.quiz.require_store(),
            )
        except QuizError as exc:
            self.notify(str(exc), severity="error")
            return
        entry = BankEntry(Path(assignment.bank_path), session.bank, "assignment")
        if hasattr(session, "submit"):
            self.app.push_screen(ExamScreen(entry, session=session))
        else:
            self.app.push_screen(PracticeScreen(entry, session=session))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value:
            self.quiz.selected_key = str(event.row_key.value)
            self.query_one("#bank-info", Static).update(self._entry_info())

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.quiz.selected_key = str(event.row_key.value)
            self.action_open("study")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        button_id = event.button.id or ""
        assignment_id = getattr(event.button, "assignment_id", "")
        if assignment_id:
            self.start_assignment(assignment_id)
        elif button_id == "new-profile":
            self.action_new_profile()
        elif button_id == "do-settings":
            self.quiz.action_settings()
        elif button_id.startswith("do-"):
            self.action_open(button_id.removeprefix("do-"))

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "profile" and isinstance(event.value, str):
            self._switch(event.value)

    def _switch(self, name: str) -> None:
        if name == self.quiz.profile:
            return
        if self.quiz.switch_profile(name):
            self.notify(f"Learner: {self.quiz.profile}")
        self.profile_changed()

    def action_open(self, mode: str) -> None:
        self.quiz.open_mode(mode)

    def action_new_profile(self) -> None:
        if self.quiz.lock_profile:
            return
        from quiz.tui.screens.modals import TextModal

        def created(name: str | None) -> None:
            if name:
                self._switch(name)

        self.app.push_screen(TextModal("Name of the new learner", placeholder="e.g. Ann"), created)
