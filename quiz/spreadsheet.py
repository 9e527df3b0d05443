"""Spreadsheet-safe CSV cells: text a spreadsheet would run as a formula is neutralised."""

# Excel, LibreOffice and Google Sheets treat a cell starting with =, +, - or @ (also after a
# tab, a carriage return or spaces) as a formula, so =HYPERLINK(...) or =cmd|' /C calc'!A0 in
# a question would run when a teacher opens the file. Real numbers (-5, +0.25, -1.5e3, -12%)
# are left alone so they stay numbers.

from __future__ import annotations

import re

FORMULA_STARTS = frozenset("=+-@\t\r\n")
_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def _risky_at(cell: str) -> int | None:
    """Index of the character that would make ``cell`` a formula, else None."""
    body = cell.lstrip(" ")
    if not body or body[0] not in FORMULA_STARTS:
        return None
    if body in ("-", "+") or _NUMBER.fullmatch(body):
        return None
    return len(cell) - len(body)


def is_formula(cell: str) -> bool:
    """Whether a spreadsheet opening ``cell`` from a CSV file would evaluate it."""
    return _risky_at(cell) is not None


def safe_text_cell(cell: str) -> str:
    """A plain-text cell, prefixed with ``'`` if a spreadsheet would take it for a formula
    (the usual guard: spreadsheets show the text, nothing runs)."""
    return "'" + cell if _risky_at(cell) is not None else cell


def safe_html_cell(cell: str) -> str:
    """An HTML cell whose formula-starting character is written as a character reference
    (``=`` -> ``&#61;``): the card shows the same text, a spreadsheet sees no formula."""
    at = _risky_at(cell)
    if at is None:
        return cell
    return f"{cell[:at]}&#{ord(cell[at])};{cell[at + 1 :]}"
