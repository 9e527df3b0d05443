"""HomeScreen: banks with new / learning / due counts, the active profile, and the actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, DataTable, Label, OptionList, Select, Static
from textual.widgets.data_table import ColumnKey
from textual.widgets.option_list import Option

from quiz.errors import QuizError
from quiz.learning.catalog import BankEntry, Catalog
from quiz.learning.stats import DUE_HEADINGS
from quiz.tui.screens.base import QuizScreen, StoreResult
from quiz.tui.text import cell, plain, shorten
from quiz.tui.widgets.bars import KeyBar, TitleBar

ACTIONS = [
    ("study", "Study", "s"),
    ("practice", "Practice", "p"),
    ("exam", "Exam", "x"),
    ("browse", "Browse", "b"),
    ("stats", "Stats", "i"),
    ("settings", "Settings", "o"),
]
COUNT_COLUMNS = [  # the engine's headings (as Stats and `quiz stats` say them), Anki's colours
    (DUE_HEADINGS["new"], "$text-primary"),
    (DUE_HEADINGS["learning"], "$text-error"),
    (DUE_HEADINGS["review"], "$text-success"),
]
NUMBER_WIDTH = 5  # each count column: up to 99999
SIDE_WIDTH = 24


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


def class_assignments(data_dir: Path, profile: str, now: Any) -> list[Any]:
    """Store work: the learner's class assignments (none without the classroom module)."""
    if not profile or not (data_dir / "classes").is_dir():
        return []
    try:
        from quiz.classroom.classes import assignments_for
    except ImportError:
        return []
    return list(assignments_for(data_dir, profile, now=now))


def class_names(data_dir: Path, student_only: bool) -> list[str]:
    """Store work: the classes whose reports the command palette offers (none in a student's
    served app, or without the classroom module)."""
    if student_only or not (data_dir / "classes").is_dir():
        return []
    try:
        from quiz.classroom.classes import list_classes
    except ImportError:
        return []
    try:
        return [room.name for room in list_classes(data_dir)]
    except (QuizError, OSError):
        return []


class HomeScreen(QuizScreen):
    """The starting screen: pick a bank and what to do with it."""

    # The buttons show s / p / x / b / i / o: the key bar keeps room for the others.
    BINDINGS = [
        Binding("s", "open('study')", "Study"),
        Binding("p", "open('practice')", "Practice", show=False),
        Binding("x", "open('exam')", "Exam", show=False),
        Binding("b", "open('browse')", "Browse", show=False),
        Binding("i", "open('stats')", "Stats", show=False),
        Binding("o", "app.settings", "Settings", show=False),
        Binding("a", "assignments", "Assignments"),
        Binding("n", "new_profile", "New learner"),
    ]

    DEFAULT_CSS = f"""
    HomeScreen #home {{ height: 1fr; }}
    HomeScreen #banks-panel {{ width: 1fr; height: 1fr; }}
    HomeScreen #banks {{ height: 1fr; }}
    HomeScreen #side {{ width: {SIDE_WIDTH}; height: 1fr; }}
    HomeScreen #side Button {{ width: 100%; margin: 0 0 0 0; }}
    HomeScreen #profile {{ width: 100%; }}
    HomeScreen #assignments-box {{ height: auto; display: none; }}
    HomeScreen #assignments-box.-shown {{ display: block; }}
    HomeScreen #assignments {{ height: auto; max-height: 6; border: none; padding: 0 1; }}
    HomeScreen #bank-info {{ height: auto; max-height: 2; padding: 0 1; }}
    """

    class Counted(StoreResult):
        """``(catalog, profiles, assignments)``: the banks counted for the learner."""

    class AssignmentReady(StoreResult):
        """``(entry, session)``: a class assignment, started."""

    def __init__(self) -> None:
        super().__init__()
        self.assignments: list[Any] = []
        self.title_width = 26

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="home"):
            with Vertical(id="banks-panel", classes="panel"):
                yield Label("Question banks", classes="title")
                yield DataTable(id="banks", cursor_type="row", zebra_stripes=True)
                yield Static(id="bank-info", classes="muted")
                with Vertical(id="assignments-box"):
                    yield Label("Assignments (a)", classes="title")
                    yield OptionList(id="assignments")
            with VerticalScroll(id="side"):
                with Vertical(classes="panel", id="profile-panel"):
                    yield Label("Learner", classes="title")
                    yield Select([], id="profile", prompt="Choose a learner", compact=True)
                    yield Button("New learner (n)", id="new-profile", compact=True)
                with Vertical(classes="panel", id="actions"):
                    for action, label, key in ACTIONS:
                        yield Button(f"{label} ({key})", id=f"do-{action}", compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = f"profile: {self.quiz.profile}" if self.quiz.profile else ""
        table = self.query_one("#banks", DataTable)
        table.add_column("Bank", key="bank")
        for name, _colour in COUNT_COLUMNS:
            table.add_column(name, width=max(NUMBER_WIDTH, len(name)))
        table.add_column("Total", width=NUMBER_WIDTH)
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

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self._fit_titles)

    def _fit_titles(self) -> None:
        """Give the Bank column what the counts leave, so no column is cut at 80 columns."""
        table = self.query_one("#banks", DataTable)
        width = table.scrollable_content_region.width or table.size.width
        widths = [max(NUMBER_WIDTH, len(name)) for name, _colour in COUNT_COLUMNS]
        others = sum(widths) + NUMBER_WIDTH + (len(widths) + 1) * 2 * table.cell_padding
        title_width = max(8, width - others - 2 * table.cell_padding - 1)
        if title_width != self.title_width or table.columns[ColumnKey("bank")].auto_width:
            self.title_width = title_width
            column = table.columns[ColumnKey("bank")]
            column.auto_width = False
            column.width = title_width
            self._fill_table()

    # -- counting (store work)
    def profile_changed(self) -> None:
        """Redraw for the learner just chosen (profile picker or the learner list)."""
        self.sub_title = f"profile: {self.quiz.profile}" if self.quiz.profile else ""
        self.refresh_banks()

    def refresh_banks(self) -> None:
        """Recount new / learning / due cards for the active profile (in a worker)."""
        quiz = self.quiz
        if quiz.store is None:
            return
        now = quiz.now()

        def count() -> tuple[Catalog, list[str], list[Any]]:
            catalog = quiz.refresh_counts(now)
            quiz.class_names = class_names(quiz.data_dir, quiz.lock_profile)  # the palette's
            return catalog, quiz.profiles(), class_assignments(quiz.data_dir, quiz.profile, now)

        self.store_work(count, self.Counted, busy=False)

    def on_home_screen_counted(self, message: Counted) -> None:
        _catalog, profiles, assignments = message.result
        self._fill_table()
        self._fill_profiles(profiles)
        self._fill_assignments(assignments)

    def _fill_table(self) -> None:
        catalog = self.quiz.catalog
        table = self.query_one("#banks", DataTable)
        title_width = self.title_width
        table.clear()
        for entry in catalog.entries:
            counts = (entry.new, entry.learning, entry.review)
            table.add_row(
                cell(shorten(entry.title, max(8, title_width))),
                *(
                    cell(n, f"bold {colour}") if entry.counts_known else cell("…")
                    for n, (_name, colour) in zip(counts, COUNT_COLUMNS, strict=True)
                ),
                cell(len(entry.bank.questions)),
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

    def _entry_info(self) -> Content | str:
        entry = self.quiz.selected_entry()
        if entry is None:
            return ""
        source = entry.bank.source
        article = f" · from “{source.title}”" if source.title else ""
        review = f"{entry.review_state.line()} · " if entry.review_state else ""
        return plain(f"{review}{entry.origin} bank · {entry.path.name} · {source.licence}{article}")

    def _fill_profiles(self, names: list[str]) -> None:
        select = self.query_one("#profile", Select)
        if self.quiz.profile and self.quiz.profile not in names:
            names = [*names, self.quiz.profile]
        with self.prevent(Select.Changed):
            select.set_options([(plain(name), name) for name in names])
            if self.quiz.profile:
                select.value = self.quiz.profile

    def _fill_assignments(self, items: list[Any]) -> None:
        """The learner's class assignments, one line each (``a`` goes there, enter starts)."""
        self.assignments = items
        self.refresh_bindings()
        box = self.query_one("#assignments-box")
        box.set_class(bool(items), "-shown")
        listing = self.query_one("#assignments", OptionList)
        listing.clear_options()
        for index, item in enumerate(items):
            listing.add_option(
                Option(
                    plain(describe_assignment(item)),
                    id=str(index),
                    disabled=not getattr(item, "can_attempt", True),
                )
            )

    def action_enabled(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``a`` is there only when the learner has assignments."""
        if action == "assignments":
            return bool(self.assignments)
        return True

    def action_assignments(self) -> None:
        if not self.assignments:
            self.notify("No assignments: your teacher has not given you any yet", timeout=3)
            return
        listing = self.query_one("#assignments", OptionList)
        listing.focus()
        if listing.highlighted is None:
            listing.action_first()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "assignments" and event.option.id is not None:
            item = self.assignments[int(event.option.id)]
            self.start_assignment(getattr(getattr(item, "assignment", item), "id", ""))

    def start_assignment(self, assignment_id: str) -> None:
        """Open the practice or exam screen of a class assignment (started in a worker)."""
        quiz, now = self.quiz, self.quiz.now()

        def start() -> tuple[BankEntry, Any]:
            from quiz.classroom.classes import find_assignment, start_assignment

            assignment = find_assignment(quiz.data_dir, assignment_id)
            session = start_assignment(
                quiz.data_dir,
                quiz.profile,
                assignment_id,
                now=now,
                rng=quiz.rng,
                store=quiz.require_store(),
            )
            return BankEntry(Path(assignment.bank_path), session.bank, "assignment"), session

        self.store_work(start, self.AssignmentReady)

    async def on_home_screen_assignment_ready(self, message: AssignmentReady) -> None:
        from quiz.tui.screens.exam import ExamScreen
        from quiz.tui.screens.practice import PracticeScreen

        entry, session = message.result
        await self.work_done()
        if hasattr(session, "submit"):
            self.app.push_screen(ExamScreen(entry, session=session))
        else:
            self.app.push_screen(PracticeScreen(entry, session=session))

    # -- choosing
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
        if button_id == "new-profile":
            self.action_new_profile()
        elif button_id == "do-settings":
            self.quiz.action_settings()
        elif button_id.startswith("do-"):
            self.action_open(button_id.removeprefix("do-"))

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "profile" and isinstance(event.value, str):
            self.quiz.use_profile(event.value, announce=True)

    def action_open(self, mode: str) -> None:
        self.quiz.open_mode(mode)

    def action_new_profile(self) -> None:
        if self.quiz.lock_profile:
            return
        from quiz.tui.screens.modals import TextModal

        def created(name: str | None) -> None:
            if name:
                self.quiz.use_profile(name, announce=True)

        self.app.push_screen(TextModal("Name of the new learner", placeholder="e.g. Ann"), created)
