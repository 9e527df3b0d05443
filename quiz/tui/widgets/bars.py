"""TitleBar and KeyBar: one-line header and footer (lighter than Textual's Header/Footer).

Each is a single Static, so screens appear sooner; KeyBar lists the screen's shown
bindings like Textual's Footer (click a key to press it) and follows binding changes.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Static

from quiz.tui.text import markup


class TitleBar(Static):
    """``title — sub_title`` of the screen, centred, docked at the top."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top; width: 100%; height: 1; content-align: center middle;
        background: $panel; color: $foreground;
    }
    """

    def on_mount(self) -> None:
        self.watch(self.screen, "title", self._show, init=False)
        self.watch(self.screen, "sub_title", self._show, init=False)
        self._show()

    def _show(self, _value: object = None) -> None:
        title = self.screen.title or self.app.title
        sub = self.screen.sub_title or self.app.sub_title
        if sub:
            self.update(markup("[b]$title[/b] [dim]— $sub[/dim]", title=title, sub=sub))
        else:
            self.update(markup("[b]$title[/b]", title=title))


class KeyBar(Static):
    """The keys of the current screen that are marked ``show``, e.g. ``space Show answer``."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom; width: 100%; height: 1; padding: 0 1;
        background: $panel; color: $foreground; text-wrap: nowrap; text-overflow: ellipsis;
        link-color: $text-accent; link-style: bold; link-background: transparent;
        link-color-hover: $text-accent; link-style-hover: bold reverse;
        link-background-hover: transparent;
    }
    """

    def compose(self) -> ComposeResult:
        return iter(())

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self.show_keys)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self.show_keys()

    def on_resize(self) -> None:
        self.show_keys()

    def show_keys(self) -> None:
        """Redraw from the screen's active bindings (one entry per action). When they do not
        all fit, ``q Quit`` goes first, then ``^p palette``, then the screen's last keys; ``?
        Help`` (which lists every key) stays."""
        seen: set[str] = set()
        parts: list[tuple[str, str]] = []  # (markup, plain text)
        for key, (_node, binding, enabled, _tip) in self.screen.active_bindings.items():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            shown = self.app.get_key_display(binding)
            key_part = (
                f"[@click=app.simulate_key({key!r})]{escape(shown)}[/]"
                if enabled
                else escape(shown)
            )
            parts.append(
                (f"{key_part} {escape(binding.description)}", f"{shown} {binding.description}")
            )
        parts.append(("[@click=app.command_palette]^p[/] palette", "^p palette"))
        room = self.size.width - 2 if self.size.width else 0

        def too_long() -> bool:
            return bool(room) and len("  ".join(text for _markup, text in parts)) > room

        for droppable in ("q Quit", "^p palette"):
            if too_long():
                parts = [part for part in parts if part[1] != droppable]
        while too_long() and len(parts) > 2:  # keep "? Help" (it lists every key)
            parts.pop(-2)
        self.update("  ".join(markup for markup, _text in parts))
