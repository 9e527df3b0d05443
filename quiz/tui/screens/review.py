"""ReviewScreen: a teacher goes through a bank's questions: accept, reject, edit, flag, filter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, Static

from quiz.desk import Desk, parse_list
from quiz.errors import QuizError
from quiz.kinds import LETTERS, kind_of
from quiz.model import section_label
from quiz.tui.text import markup, plain
from quiz.tui.widgets.bars import KeyBar, TitleBar

STATUS_STYLE = {"accepted": "$text-success", "rejected": "$text-error", "unreviewed": "$text-muted"}


class EditModal(ModalScreen[dict[str, Any] | None]):
    """Edit a question's prompt, answer, accepted alternatives or choices. ``check`` returns
    the problems of the edits (shown, and the dialog stays open) or [] to close with them."""

    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "save", "Save")]
    DEFAULT_CSS = """
    EditModal > Vertical { width: 90%; max-width: 100; height: auto; max-height: 90%; }
    EditModal Input { margin-bottom: 0; }
    EditModal #problem { color: $text-error; }
    """

    def __init__(
        self, fields: list[tuple[str, str, str]], check: Callable[[dict[str, str]], list[str]]
    ) -> None:
        super().__init__()
        self.fields = fields  # (id, label, value)
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Edit the question (enter or ctrl+s saves, escape cancels)")
            with VerticalScroll():
                for ident, label, value in self.fields:
                    yield Label(plain(label))
                    yield Input(value=value, id=ident)
            yield Static("", id="problem")
            yield Button("Save", variant="primary", id="save")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def values(self) -> dict[str, str]:
        return {ident: self.query_one(f"#{ident}", Input).value for ident, _l, _v in self.fields}

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_save()

    def action_save(self) -> None:
        problems = self.check(self.values())
        if problems:
            self.query_one("#problem", Static).update(plain(problems[0]))
            return
        self.dismiss(self.values())

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReviewScreen(Screen):
    """One question at a time with its source; every decision is saved beside the bank."""

    BINDINGS = [
        Binding("a", "decide('accepted')", "Accept"),
        Binding("x", "decide('rejected')", "Reject"),
        Binding("e", "edit", "Edit"),
        Binding("f", "flag", "Flag"),
        Binding("z", "decide('unreviewed')", "Undecide", show=False),
        Binding("right,n", "move(1)", "Next"),
        Binding("left,p", "move(-1)", "Prev", show=False),
        Binding("u", "jump('unreviewed')", "Unreviewed"),
        Binding("j", "jump('rejected')", "Rejected", show=False),
        Binding("g", "jump('flagged')", "Flagged", show=False),
        Binding("l", "jump('second_look')", "Second look", show=False),
        Binding("k", "cycle('kind')", "Kind"),
        Binding("c", "cycle('section')", "Section", show=False),
        Binding("escape", "leave", "Back"),
    ]
    DEFAULT_CSS = """
    ReviewScreen #counters { height: 1; padding: 0 1; }
    ReviewScreen #filters { height: 1; padding: 0 1; color: $text-muted; }
    ReviewScreen #card { height: 1fr; padding: 0 2; }
    ReviewScreen #source { height: auto; max-height: 9; padding: 0 2; }
    """

    def __init__(
        self,
        bank_path: str | Path,
        *,
        only: Sequence[str] = (),
        reasons: dict[str, str] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.desk = Desk(bank_path, only=only, reasons=reasons)
        self.clock = clock

    def now(self) -> datetime:
        if self.clock is not None:
            return self.clock()
        app_clock = getattr(self.app, "now", None)
        return app_clock() if callable(app_clock) else datetime.now(UTC)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Static(id="counters")
        yield Static(id="filters")
        with VerticalScroll(id="card", classes="panel"):
            yield Static(id="question")
        yield Static(id="source", classes="panel")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = self.desk.bank.title
        self.sub_title = "Review" + (" · from the class report" if self.desk.only else "")
        self.show()

    # -- drawing
    def show(self) -> None:
        desk = self.desk
        summary = desk.summary()
        self.query_one("#counters", Static).update(
            markup(
                "[b]$line[/b]",
                line=f"{summary.reviewed} of {summary.total} reviewed · "
                f"{summary.accepted} accepted · {summary.rejected} rejected · "
                f"{summary.flagged} flagged · {summary.second_look} second look",
            )
        )
        where = f"{desk.index + 1} of {len(desk.shown)} shown" if desk.shown else "none shown"
        self.query_one("#filters", Static).update(
            plain(
                f"{where} · kind: {desk.kind or 'all'} (k) · section: "
                f"{desk.section or 'all'} (c)"
                + (" · the class report's items" if desk.only else "")
            )
        )
        if not desk.shown:
            self.query_one("#question", Static).update(plain("No question matches the filters."))
            self.query_one("#source", Static).update("")
            return
        self.query_one("#question", Static).update(self._card())
        self.query_one("#source", Static).update(self._source())

    def _card(self) -> Any:
        desk = self.desk
        question, decision = desk.edited(), desk.decision
        kind = kind_of(question)
        lines = [
            markup(
                f"[{STATUS_STYLE.get(decision.status, '')}][b]$status[/b][/] · $kind · $section",
                status=decision.status.upper(),
                kind=kind.label,
                section=section_label(question.section),
            )
        ]
        notes = []
        if decision.edits:
            notes.append("edited: " + ", ".join(sorted(decision.edits)))
        if decision.flag:
            notes.append(f"flagged: {decision.flag}")
        if why := desk.reasons.get(question.id):
            notes.append(f"class report: {why}")
        from quiz.review import second_look

        if why := second_look(desk.current, decision):
            notes.append(f"needs a second look: {why}")
        lines += [markup("[$text-warning]$note[/]", note=note) for note in notes]
        lines += [plain(""), markup("[b]$prompt[/b]", prompt=question.prompt), plain("")]
        options = kind.options(question)
        for i, option in enumerate(options):
            mark = "✓" if option == question.answer else " "
            label = f"{LETTERS[i]}. " if kind.lettered else ""
            lines.append(plain(f" {mark} {label}{option}"))
        if not options:
            lines.append(markup("Answer: [$text-success]$answer[/]", answer=question.answer))
            if question.accept:
                lines.append(plain("Also accepted: " + "; ".join(question.accept)))
        from textual.content import Content

        return Content("\n").join(lines)

    def _source(self) -> Any:
        from textual.content import Content

        before, after = self.desk.neighbours()
        parts = [markup("[b]Source[/b] (with the sentences around it in its section)")]
        parts += [markup("[dim]$s[/dim]", s=s) for s in before]
        parts.append(markup("[b]$s[/b]", s=self.desk.current.context or "(no source sentence)"))
        parts += [markup("[dim]$s[/dim]", s=s) for s in after]
        return Content("\n").join(parts)

    # -- actions
    def action_decide(self, status: str) -> None:
        if not self.desk.shown:
            return
        try:
            self.desk.decide(status, self.now())
        except QuizError as exc:
            self.notify(str(exc), severity="error")
            return
        if status != "unreviewed":
            self.desk.move(1)
        self.show()

    def action_move(self, step: int) -> None:
        self.desk.move(step)
        self.show()

    def action_jump(self, what: str) -> None:
        if not self.desk.jump(what):
            self.notify(f"No {what.replace('_', ' ')} question here", timeout=2)
        self.show()

    def action_cycle(self, name: str) -> None:
        value = self.desk.cycle(name)
        self.notify(f"{name}: {value or 'all'}", timeout=1.5)
        self.show()

    def action_flag(self) -> None:
        if not self.desk.shown:
            return
        if self.desk.decision.flag:
            self._save_flag("")
            return
        from quiz.tui.screens.modals import TextModal

        self.app.push_screen(
            TextModal("Why flag this question?", placeholder="e.g. two answers fit"),
            lambda reason: self._save_flag(reason or "") if reason is not None else None,
        )

    def _save_flag(self, reason: str) -> None:
        if reason == "" and not self.desk.decision.flag:
            reason = "flagged"
        try:
            self.desk.flag(reason, self.now())
        except QuizError as exc:
            self.notify(str(exc), severity="error")
        self.show()

    def edit_fields(self) -> list[tuple[str, str, str]]:
        question = self.desk.edited()
        kind = kind_of(question)
        fields = [("prompt", "Prompt", question.prompt), ("answer", "Answer", question.answer)]
        if kind.typed:
            fields.append(("accept", "Also accepted (separate with ;)", "; ".join(question.accept)))
        elif question.choices and kind.lettered:
            for i, choice in enumerate(question.choices):
                fields.append((f"choice{i}", f"Choice {LETTERS[i]}", choice))
        return fields

    def changes_from(self, values: dict[str, str]) -> dict[str, Any]:
        """The edits as the bank stores them (an mcq's answer also replaces it in the choices)."""
        question = self.desk.edited()
        changes: dict[str, Any] = {"prompt": values["prompt"].strip()}
        changes["answer"] = values["answer"].strip()
        if "accept" in values:
            changes["accept"] = parse_list(values["accept"])
        choices = [values[k].strip() for k in sorted(values) if k.startswith("choice")]
        if choices:
            if changes["answer"] not in choices and question.answer in choices:
                choices[choices.index(question.answer)] = changes["answer"]
            changes["choices"] = choices
        return changes

    def action_edit(self) -> None:
        if not self.desk.shown:
            return
        from quiz.review import edit_problems

        def check(values: dict[str, str]) -> list[str]:
            return edit_problems(self.desk.current, self.changes_from(values))

        def done(values: dict[str, Any] | None) -> None:
            if values is None:
                return
            problems = self.desk.edit(self.changes_from(values), self.now())
            if problems:
                self.notify(problems[0], severity="error")
            else:
                self.notify("Edit saved", timeout=1.5)
            self.show()

        self.app.push_screen(EditModal(self.edit_fields(), check), done)

    def action_leave(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit()


class ReviewApp(App[None]):
    """The review screen on its own, for ``quiz review BANK``."""

    TITLE = "quiz review"
    CSS_PATH = "../app.tcss"
    BINDINGS = [Binding("q", "quit", "Quit")]

    def __init__(
        self,
        bank_path: str | Path,
        *,
        only: Sequence[str] = (),
        reasons: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.screen_args = (bank_path, tuple(only), reasons)

    def now(self) -> datetime:
        return datetime.now(UTC)

    def get_default_screen(self) -> Screen:
        path, only, reasons = self.screen_args
        return ReviewScreen(path, only=only, reasons=reasons)
