"""Safe text for widgets: user text (names, titles, prompts, answers) is shown, never parsed.

Textual reads a plain ``str`` given to Static, Label, Button, notify or a DataTable cell as
markup, so a profile named ``[@click=app.quit`` or a bank titled ``[bold`` would crash the
app or restyle it. Every piece of user text goes through :func:`plain` (alone) or is a
``$variable`` of :func:`markup` (inside our own markup), never an f-string into markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

# C0 controls but tab and newline, DEL and C1 controls: an escape sequence in a bank title
# must not reach the terminal.
_CONTROLS = dict.fromkeys([*range(0, 9), *range(11, 32), 0x7F, *range(0x80, 0xA0)])


def clean(text: object) -> str:
    """``text`` as a string without control characters (tab and newline kept)."""
    return str(text).translate(_CONTROLS)


def plain(text: object) -> Content:
    """User text as content that is displayed literally."""
    return Content(clean(text))


def markup(template: str, **values: object) -> Content:
    """Our ``template`` markup with each ``$name`` replaced by the literal text of ``values``."""
    return Content.from_markup(template, **{key: clean(v) for key, v in values.items()})


def cell(text: object, style: str = "") -> Text:
    """A DataTable cell showing ``text`` literally (a ``str`` cell would be read as markup)."""
    return Text(clean(text), style=style, end="")


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis; a section path (``A > B``) keeps
    its end, the deepest headings, which say most (``… > Navy``)."""
    text = " ".join(text.split()) if "\n" in text else text
    if len(text) <= width:
        return text
    if " > " in text:  # whole headings from the end: "… > Navy"
        parts = text.split(" > ")
        kept = parts[-1]
        for part in reversed(parts[:-1]):
            if len(f"… > {part} > {kept}") > width:
                break
            kept = f"{part} > {kept}"
        if len(f"… > {kept}") <= width:
            return f"… > {kept}"
        return "…" + text[len(text) - max(0, width - 1) :]
    return text[: max(0, width - 1)] + "…"


def shorten_middle(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters in its middle, so its end stays: prompts that open
    alike ("At the 2008 Spanish Grand Prix, which driver finished second?") still differ where
    the question is ("At the 2008 Spanish … finished second?")."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    if width < 16:
        return shorten(text, width)
    tail_room = (width - 1) * 3 // 5  # (the end says what is asked: it gets more)
    start = len(text) - tail_room
    if text[start - 1] != " " and " " in text[start:-1]:
        start = text.index(" ", start) + 1  # (whole words)
    tail = text[start:]
    head = text[: width - 2 - len(tail)].rstrip()
    return f"{head} … {tail}" if len(head) + len(tail) + 3 <= width else f"{head}…{tail}"
