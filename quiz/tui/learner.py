"""LearnerStore: the app's side of the learner's progress store: one lock, opened and closed
(switching learner, saving summaries and settings) in thread workers, never the event loop."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import work
from textual.message import Message

from quiz.errors import QuizError
from quiz.learning.store import Store, list_profiles, open_store

THEMES = {"dark": "textual-dark", "light": "textual-light"}


class LearnerStore:
    """Mixed into the app: ``store`` (the open learner's, or None) and ``store_lock``, held by
    whoever uses the store (one thread worker at a time)."""

    data_dir: Path
    lock_profile: bool

    class ProfileOpened(Message):
        """A learner's store was opened by :meth:`QuizApp.use_profile` (``theme`` and
        ``last_bank``, the key of the bank they last opened: theirs)."""

        def __init__(self, name: str, theme: str, announce: bool, last_bank: str = "") -> None:
            super().__init__()
            self.name, self.theme, self.announce = name, theme, announce
            self.last_bank = last_bank

    class ProfileFailed(Message):
        """A learner's store could not be opened (busy in another window, bad name)."""

        def __init__(self, problem: str) -> None:
            super().__init__()
            self.problem = problem

    def init_store(self) -> None:
        self.store: Store | None = None
        self.store_lock = threading.RLock()
        self._unsaved: list[Callable[[], None]] = []

    @property
    def profile(self) -> str:
        return self.store.name if self.store is not None else ""

    def require_store(self) -> Store:
        if self.store is None:
            raise QuizError("the progress store is closed")
        return self.store

    def profiles(self) -> list[str]:
        return list_profiles(self.data_dir)

    @staticmethod
    def _remembered(store: Store | None) -> tuple[str, str, float]:
        """The learner's theme, the key of the bank they last opened a session on ("" if
        none) and when (a POSIX time, 0 if unknown), from one read of their settings."""
        settings = store.settings() if store is not None else {}
        theme = str(settings.get("theme") or "dark")
        when = settings.get("last_bank_at")
        when = float(when) if isinstance(when, int | float) else 0.0
        return (theme if theme in THEMES else "dark"), str(settings.get("last_bank") or ""), when

    def use_profile(self, name: str, *, announce: bool = False) -> None:
        """Open ``name``'s store (creating the profile) in a worker, then close the current
        one; :class:`ProfileOpened` or :class:`ProfileFailed` follows."""
        if name == self.profile:
            return
        if self.lock_profile:
            self.notify(f"This app is {self.profile}'s only.", severity="warning")
            return
        self._open_profile(name, announce)

    @work(thread=True, group="store")
    def _open_profile(self, name: str, announce: bool) -> None:
        try:
            with self.store_lock:
                new_store = open_store(self.data_dir, name)
                theme, last_bank, _ = self._remembered(new_store)
                self.close_store()
                self.store = new_store
        except (QuizError, OSError) as exc:
            self.post_message(self.ProfileFailed(str(exc)))
            return
        self.post_message(self.ProfileOpened(new_store.name, theme, announce, last_bank))

    def on_learner_store_profile_opened(self, message: ProfileOpened) -> None:
        from quiz.tui.screens.home import HomeScreen

        self.use_theme(message.theme)
        if message.last_bank and self.catalog.by_key(message.last_bank) is not None:
            self.selected_key = message.last_bank  # (where this learner left off)
        if message.announce:
            self.notify(f"Learner: {message.name}")
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.profile_changed()

    def on_learner_store_profile_failed(self, message: ProfileFailed) -> None:
        self.notify(message.problem, severity="error")
        if self.store is None:
            self.choose_profile()

    def choose_profile(self, message: str = "") -> None:
        """Ask which learner is using the app (the store stays closed until one is chosen)."""
        from quiz.tui.screens.modals import ProfileModal

        def chosen(name: str | None) -> None:
            if name is None:
                if self.store is None:
                    self.exit()
                return
            self.use_profile(name)

        self.push_screen(ProfileModal(self.profiles(), message=message), chosen)

    def save_later(self, finish: Callable[[], None]) -> None:
        """Run ``finish`` (e.g. save a study session's summary) in a worker, and in any case
        before the store closes."""
        self._unsaved.append(finish)
        self._save_unsaved()

    @work(thread=True, group="store")
    def _save_unsaved(self) -> None:
        try:
            with self.store_lock:
                self._run_unsaved()
        except (QuizError, OSError) as exc:
            self.notify(f"The session summary was not saved: {exc}", severity="error")

    def _run_unsaved(self) -> None:
        while self._unsaved and self.store is not None:
            self._unsaved.pop(0)()

    def close_store(self) -> None:
        """Close the store (compacts it, releases the profile lock); safe to call twice.
        Open study sessions save their summary first. Blocks until store work in flight ends:
        call it from a worker, or when the app ends."""
        with self.store_lock:
            for screen in self.screen_stack if self.store is not None else []:
                finish = getattr(screen, "finish_session", None)
                if finish is not None:
                    self._unsaved.append(finish)
            self._run_unsaved()
            self._unsaved.clear()
            if self.store is not None:
                store, self.store = self.store, None
                store.close()

    def settings(self) -> dict[str, Any]:
        """The learner's settings (store work: call it from a worker)."""
        return self.require_store().settings()

    @work(thread=True, group="store")
    def remember_bank(self, key: str, when: float) -> None:
        """Remember the bank the learner opened a session on, and ``when`` (the home screen
        selects it next time, unless a bank was generated since); a failure only loses that,
        silently (the session reports its own saving)."""
        try:
            with self.store_lock:
                if self.store is not None:
                    self.store.update_settings(last_bank=key, last_bank_at=when)
        except (QuizError, OSError):
            pass

    @work(thread=True, group="store")
    def save_setting(self, **changes: Any) -> None:
        """Remember settings (e.g. the theme) in the learner's profile, in a worker."""
        try:
            with self.store_lock:
                if self.store is not None:
                    self.store.update_settings(**changes)
        except (QuizError, OSError) as exc:
            self.notify(f"The setting was not saved: {exc}", severity="error")
