"""QuizApp: the Textual application object: store, banks, clock, theme, screens, commands."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from quiz.errors import QuizError
from quiz.learning.catalog import BankEntry, Catalog, fill_counts, find_banks
from quiz.learning.store import list_profiles, open_store
from quiz.tui.learner import THEMES, LearnerStore
from quiz.tui.navigation import make_screen, palette_commands
from quiz.tui.text import clean

START_MODES = ("home", "study", "practice", "exam")


def _modified(entry: BankEntry) -> float:
    """When ``entry``'s file was last written (0 if it cannot be read now)."""
    try:
        return entry.path.stat().st_mtime
    except OSError:
        return 0.0


def system_clock() -> datetime:
    """The real time (aware UTC); the only clock read of the whole program besides the CLI."""
    return datetime.now(UTC)


class QuizApp(LearnerStore, App[None]):
    """The terminal app. ``clock`` and ``rng`` are injectable (tests use a fixed clock)."""

    CSS_PATH = "app.tcss"
    TITLE = "quiz"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        # Like any terminal program: ctrl+c quits (after saving), unless text is selected,
        # which it copies (Textual's screen binding runs first and passes when nothing is).
        Binding("ctrl+c", "quit", "Quit", show=False),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(
        self,
        data_dir: Path,
        *,
        profile: str | None = None,
        banks: Iterable[str | Path] = (),
        start: str = "home",
        clock: Callable[[], datetime] = system_clock,
        rng: random.Random | None = None,
        count: int = 20,
        time_limit: float = 600.0,
        on_first_card: Callable[[], None] | None = None,
        bundled: bool = True,
        lock_profile: bool = False,
    ) -> None:
        super().__init__()
        if start not in START_MODES:
            raise QuizError(f"unknown start screen {start!r}")
        if lock_profile and not profile:
            raise QuizError("--lock-profile needs --profile")
        # Served to a browser (`quiz serve`): this app is one learner's; no switching learner
        # and no teacher's screens.
        self.lock_profile = lock_profile
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.rng = rng if rng is not None else random.Random()
        self.start_mode = start
        self.count = count
        self.time_limit = time_limit
        self.on_first_card = on_first_card
        self.given_banks = list(banks)
        self.include_bundled = bundled
        # Straight into a session on a given bank: read only that bank now, the others
        # when the home screen first needs them (a faster first card).
        self.catalog_complete = not (start != "home" and self.given_banks)
        self.catalog: Catalog = find_banks(
            self.data_dir if self.catalog_complete else None,
            self.given_banks,
            include_bundled=bundled and self.catalog_complete,
        )
        if start != "home" and not self.catalog.entries:
            raise QuizError("no question bank found: give a bank file, e.g. `quiz study BANK.json`")
        self.init_store()
        self.class_names: list[str] = []
        """Classes in the data folder, for the palette's reports (read by Home's worker)."""
        self.startup_problem = ""
        if profile or start != "home":
            self.store = open_store(self.data_dir, profile)
        elif len(list_profiles(self.data_dir)) <= 1:
            try:
                self.store = open_store(self.data_dir)
            except QuizError as exc:  # e.g. open in another window: ask who is learning
                self.startup_problem = str(exc)
        self.start_theme, last_bank, last_at = self._remembered(self.store)
        self.selected_key = self._first_selection(last_bank, last_at)

    def _first_selection(self, last_bank: str, last_at: float) -> str:
        """The bank selected at start: a bank given on the command line; on the home screen,
        the newest bank generated since the learner last opened one (``last_at``), else that
        one (``last_bank``); else, and for `quiz study` with no bank, as its help says, the
        bundled bank."""
        entries = self.catalog.entries
        given = [e for e in entries if e.origin == "given"]
        if given:
            return given[0].key
        if self.start_mode == "home":
            saved = [(_modified(e), e.key) for e in entries if e.origin == "saved"]
            written, newest = max(saved, default=(0.0, ""))  # (one stat per bank)
            if newest and written > last_at:
                return newest
            if last_bank and self.catalog.by_key(last_bank) is not None:
                return last_bank
        first = next((e for e in entries if e.origin == "bundled"), None)
        first = first or (entries[0] if entries else None)
        return first.key if first is not None else ""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: Any = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A notice, always as plain text: notices quote names, titles and error messages.
        Unless told, information goes after 3 s (it sits over the top of the screen), warnings
        and errors after 8 s."""
        if timeout is None:
            timeout = 3.0 if severity == "information" else 8.0
        super().notify(
            clean(message), title=clean(title), severity=severity, timeout=timeout, markup=False
        )

    # -- time
    def now(self) -> datetime:
        """The current time from the injected clock."""
        return self.clock()

    # -- banks
    def refresh_counts(self, now: datetime) -> Catalog:
        """The full catalog with counts for the active learner at ``now`` (read on first use;
        store work: call it from a worker)."""
        if not self.catalog_complete:
            self.catalog = find_banks(
                self.data_dir, self.given_banks, include_bundled=self.include_bundled
            )
            self.catalog_complete = True
        return fill_counts(self.catalog, self.require_store(), now, exclude=self.class_exclude())

    def reload_banks(self) -> None:
        """Read the banks again (after a review changed what the approved banks hold)."""
        self.catalog = find_banks(
            self.data_dir if self.catalog_complete else None,
            self.given_banks,
            include_bundled=self.include_bundled and self.catalog_complete,
        )

    def open_review(self, entry: BankEntry | None = None) -> None:
        """Push the review screen for a bank (a teacher's desk: accept, reject, edit, flag)."""
        from quiz.bank import bundled_dir
        from quiz.tui.screens.review import ReviewScreen

        entry = entry or self.selected_entry()
        if entry is None:
            return
        if entry.path.resolve().parent == bundled_dir().resolve():
            self.notify("The bundled bank is read-only: review a bank you generated", timeout=4)
            return
        try:
            self.push_screen(ReviewScreen(entry.path))
        except QuizError as exc:
            self.notify(str(exc), severity="error")

    def selected_entry(self) -> BankEntry | None:
        return self.catalog.by_key(self.selected_key) or (
            self.catalog.entries[0] if self.catalog.entries else None
        )

    def class_exclude(self) -> set[str]:
        """Question ids the learner's classes flagged as bad (empty without classroom)."""
        try:
            from quiz.classroom.classes import class_flags
        except ImportError:
            return set()
        try:
            return set(class_flags(self.data_dir, self.profile))
        except QuizError:
            return set()

    # -- theme
    def use_theme(self, name: str) -> None:
        """Show the app in the ``dark`` or ``light`` theme."""
        self.theme = THEMES.get(name, THEMES["dark"])

    def action_toggle_dark(self) -> None:
        name = "dark" if self.theme == THEMES["light"] else "light"
        self.theme = THEMES[name]
        self.save_setting(theme=name)

    # -- screens
    def on_mount(self) -> None:
        from quiz.tui.screens.home import HomeScreen

        self.use_theme(self.start_theme)
        if self.start_mode == "home":
            self.push_screen(HomeScreen())
            if self.store is None:  # several learners (or the only one is busy): ask who
                self.choose_profile(self.startup_problem)
        else:  # straight into a session; the home screen is made when leaving it
            self.open_mode(self.start_mode)

    def open_mode(self, mode: str, entry: BankEntry | None = None) -> None:
        """Push the study / practice / exam / browse / stats screen for a bank."""
        if self.store is None:
            self.choose_profile()
            return
        entry = entry or self.selected_entry()
        if entry is None:
            self.notify("No question bank: generate one with `quiz generate`", severity="error")
            return
        self.selected_key = entry.key
        self.remember_bank(entry.key, self.now().timestamp())  # (selected next time)
        self.push_screen(make_screen(self, mode, entry))

    def retry_practice(self, entry: BankEntry, question_ids: list[str]) -> None:
        """Replace the current screen with a practice of ``question_ids`` (results' retry)."""
        from quiz.tui.screens.practice import PracticeScreen

        self.switch_screen(PracticeScreen(entry, question_ids=question_ids))

    def action_help(self) -> None:
        from quiz.tui.screens.modals import HelpModal

        if not isinstance(self.screen, HelpModal):
            self.push_screen(HelpModal())

    def action_settings(self) -> None:
        from quiz.tui.screens.settings import SettingsScreen

        if self.store is None:
            self.choose_profile()
            return
        self.push_screen(SettingsScreen())

    def action_optimise(self) -> None:
        """Fit the learner's FSRS parameters to their answers (Settings' Optimise)."""
        from quiz.tui.screens.optimise import OptimiseScreen

        if self.store is None:
            self.choose_profile()
            return
        if not isinstance(self.screen, OptimiseScreen):
            self.push_screen(OptimiseScreen())

    def action_back(self) -> None:
        """Leave the current screen; the last one leads to the home screen."""
        from quiz.tui.screens.home import HomeScreen

        if len(self.screen_stack) > 2:
            self.pop_screen()
        elif not isinstance(self.screen, HomeScreen):
            self.switch_screen(HomeScreen())

    def action_home(self) -> None:
        from quiz.tui.screens.home import HomeScreen

        while len(self.screen_stack) > 2:
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.switch_screen(HomeScreen())

    async def action_quit(self) -> None:
        """Quit once the keys pressed before are done, after saving (in a worker)."""
        from quiz.tui.screens.base import QuizScreen

        if isinstance(self.screen, QuizScreen):
            await self.screen.when_idle(self._close_and_exit)
        else:
            self._close_and_exit()

    @work(thread=True, group="quit")
    def _close_and_exit(self) -> None:
        try:
            self.close_store()
        except (QuizError, OSError) as exc:  # answers are already saved: say so and go
            self.call_from_thread(self.notify, str(exc), severity="error")
        self.call_from_thread(self.exit)

    def on_unmount(self) -> None:
        self.close_store()

    def get_system_commands(self, screen: Screen) -> Iterator[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from palette_commands(self)

    def open_report(self, class_name: str) -> None:
        """Push the classroom Report screen for ``class_name``."""
        if self.lock_profile:
            return
        from quiz.tui.screens.report import ReportScreen

        self.push_screen(ReportScreen(self.data_dir, class_name))
