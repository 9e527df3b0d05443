"""ReportScreen: a class's students and its questions hardest first; flag bad questions."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Label, Static

from quiz.classroom.report import ClassReport, class_report
from quiz.classroom.report_render import STUDENT_HEADERS, fit, question_cells, student_cells
from quiz.errors import QuizError
from quiz.model import section_label
from quiz.tui.screens.base import QuizScreen, StoreResult
from quiz.tui.text import cell, markup, plain
from quiz.tui.widgets.bars import KeyBar, TitleBar

SECTION_WIDTH = 32
QUESTION_CELLS = (0, 1, 2, 4, 5, 6, 7, 8)  # of report.question_cells, matching the columns
QUESTION_COLUMNS = ["question", "section", "tries", "% right", "common wrong", "D", "r_pb", "flag"]


class ReportScreen(QuizScreen):
    """The teacher's view of one class (optionally one assignment); ``f`` flags a question.
    The report is read, and a flag saved, in workers."""

    BINDINGS = [
        Binding("f", "toggle_flag", "Flag/unflag question"),
        Binding("r", "refresh_report", "Refresh"),
        Binding("v", "review_items", "Review flagged items"),
        Binding("escape", "back", "Back"),
    ]

    DEFAULT_CSS = """
    ReportScreen #report { height: 1fr; padding: 0 1; }
    ReportScreen DataTable { height: auto; max-height: 45%; margin-bottom: 1; }
    ReportScreen .title { text-style: bold; margin-top: 1; }
    ReportScreen #hardest { color: $warning; }
    """

    def __init__(self, data_dir: Path, class_name: str, assignment_id: str | None = None) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.class_name = class_name
        self.assignment_id = assignment_id
        self.report: ClassReport | None = None

    class Read(StoreResult):
        """The class report, or why it could not be made (a str)."""

    class Flagged(StoreResult):
        """A question was flagged or unflagged: ``result`` says which."""

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Vertical(id="report"):
            yield Static("", id="report-title")
            yield Label("Students", classes="title")
            yield DataTable(id="students", cursor_type="row", zebra_stripes=True)
            yield Label(
                "Questions, hardest first (f: flag a bad question for the class)", classes="title"
            )
            yield DataTable(id="questions", cursor_type="row", zebra_stripes=True)
            yield Static("", id="hardest")
            yield Static("", id="detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = f"Class {self.class_name}"
        self.sub_title = "report"
        self.query_one("#students", DataTable).add_columns(*STUDENT_HEADERS)
        self.query_one("#questions", DataTable).add_columns(*QUESTION_COLUMNS)
        self.action_refresh_report()
        self.query_one("#questions", DataTable).focus()

    def _now(self) -> datetime:
        clock = getattr(self.app, "now", None)
        return clock() if callable(clock) else datetime.now(UTC)

    def action_refresh_report(self) -> None:
        data_dir, name, assignment_id, now = (
            self.data_dir,
            self.class_name,
            self.assignment_id,
            self._now(),
        )

        def read() -> ClassReport | str:
            try:
                return class_report(data_dir, name, assignment_id=assignment_id, now=now)
            except QuizError as exc:
                return str(exc)

        self.store_work(read, self.Read)

    async def on_report_screen_read(self, message: Read) -> None:
        self._show(message.result)
        await self.work_done()

    def _show(self, report: ClassReport | str) -> None:
        title = self.query_one("#report-title", Static)
        if isinstance(report, str):
            title.update(markup("[b $text-error]$problem[/]", problem=report))
            return
        self.report = report
        title.update(markup("[b]$title[/b]", title=self.report.title))
        students = self.query_one("#students", DataTable)
        students.clear()
        for row in self.report.students:
            students.add_row(*map(cell, student_cells(row)), key=row.student)
        questions = self.query_one("#questions", DataTable)
        cursor = questions.cursor_row
        questions.clear()
        for row in self.report.questions:
            cells = question_cells(row)
            cells[1] = fit(cells[1], SECTION_WIDTH)
            questions.add_row(*(cell(cells[i]) for i in QUESTION_CELLS), key=row.question_id)
        if self.report.questions:
            questions.move_cursor(row=min(cursor, len(self.report.questions) - 1))
        hardest = self.report.hardest
        text = "No answers yet."
        if hardest:
            where = section_label(hardest.section)
            text = f"Hardest: {hardest.question_id} [{where}] {hardest.prompt}"
        self.query_one("#hardest", Static).update(plain(text))

    def selected_question(self) -> str | None:
        table = self.query_one("#questions", DataTable)
        if not self.report or not self.report.questions or table.row_count == 0:
            return None
        return self.report.questions[table.cursor_row].question_id

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id != "questions" or not self.report:
            return
        row = next((q for q in self.report.questions if q.question_id == event.row_key.value), None)
        if row is not None:
            text = row.prompt or row.question_id  # never the answer: reports may be shown
            self.query_one("#detail", Static).update(plain(text))

    async def action_toggle_flag(self) -> None:
        await self.when_idle(self._toggle_flag)

    def _toggle_flag(self) -> None:
        from quiz.classroom import classes as classroom

        qid, data_dir, name = self.selected_question(), self.data_dir, self.class_name
        if qid is None:
            return

        def toggle() -> str:
            if classroom.unflag_question(data_dir, name, qid):
                return f"{qid} is back in rotation"
            classroom.flag_question(data_dir, name, qid, "flagged in report")
            return f"{qid} is out of rotation for the class"

        self.store_work(toggle, self.Flagged)

    async def on_report_screen_flagged(self, message: Flagged) -> None:
        self.notify(message.result, markup=False)
        await self.work_done()
        self.action_refresh_report()

    def action_review_items(self) -> None:
        """Open the review desk on exactly the items this report flags (negative
        discrimination, a wrong choice strong students pick)."""
        from quiz.classroom.review_items import report_items
        from quiz.tui.screens.review import ReviewScreen

        try:
            items = report_items(self.data_dir, self.class_name)
            if not items:
                self.notify("The report flags no question to review", timeout=3)
                return
            bank = items[0].bank_path
            only = [item.question_id for item in items if item.bank_path == bank]
            reasons = {item.question_id: item.reason for item in items}
            self.app.push_screen(ReviewScreen(bank, only=only, reasons=reasons))
        except QuizError as exc:
            self.notify(str(exc), severity="error")

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit()


class ReportApp(App):
    """The Report screen on its own, for ``quiz report CLASS --app``."""

    TITLE = "quiz report"

    def __init__(self, data_dir: Path, class_name: str, assignment_id: str | None = None) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.class_name = class_name
        self.assignment_id = assignment_id

    def get_default_screen(self) -> Screen:
        return ReportScreen(self.data_dir, self.class_name, self.assignment_id)
