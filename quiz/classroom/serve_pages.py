"""The small HTML pages of ``quiz serve``: the learner list, the links sheet, one message."""

from __future__ import annotations

import html
from urllib.parse import quote

from quiz.text import name_key


def already_open_text(name: str) -> str:
    return (
        f"{name} is already open in another tab or window.\n"
        "Use that tab, or close it there (q) and reload this page."
    )


def message_page(title: str, text: str) -> str:
    """A small HTML page with one message (escaped)."""
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>body{{font-family:sans-serif;margin:2em;"
        f"font-size:1.3em}}</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>\n"
    )


def learners_page(links: dict[str, str], class_name: str | None = None) -> str:
    """The start page on this machine: every learner's name links to their app (escaped)."""
    items = "".join(
        f'<li><a href="/s/{quote(token, safe="")}">{html.escape(name)}</a></li>'
        for name, token in links.items()
    )
    heading = f"<p>Class {html.escape(class_name)}</p>" if class_name else ""
    body = (
        f"<ul>{items}</ul>"
        if links
        else "<p>No learners yet: the teacher adds them with <code>quiz class add</code>.</p>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>quiz</title>'
        "<style>body{font-family:sans-serif;margin:2em}li{margin:.4em 0;font-size:1.3em}</style>"
        f"</head><body><h1>Who are you?</h1>{heading}{body}"
        '<p><a href="/app">Open the app without choosing</a></p></body></html>\n'
    )


def links_page(links: dict[str, str], base_url: str, class_name: str | None) -> str:
    """A printable HTML page: one slip per learner with their link (every value escaped)."""
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td><code>{html.escape(base_url)}/s/"
        f"{html.escape(token)}</code></td></tr>"
        for name, token in sorted(links.items(), key=lambda item: name_key(item[0]))
    )
    title = f"quiz links: {class_name}" if class_name else "quiz links"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="referrer" content="no-referrer"><title>{html.escape(title)}</title>'
        "<style>body{font-family:sans-serif;margin:2em}td{border-bottom:1px dashed #999;"
        "padding:.8em 1em}code{font-size:1.1em}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p>Cut along the lines and give each student their own "
        "link: whoever has a link can answer as that student.</p>"
        f"<table>{rows}</table></body></html>\n"
    )
