"""Moodle GIFT export: categories per article section, escaped text, attribution as feedback."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Sequence

from quiz.atomic import write_text_atomic
from quiz.export.lms import (
    ExportResult,
    Progress,
    accepted_answers,
    category_parts,
    general_feedback,
    lms_type,
    options_of,
    ordered_by_category,
    question_name,
    tick,
)
from quiz.export.text import attribution, one_line
from quiz.kinds import kind_of
from quiz.model import GAP, Bank, Question

SPECIAL = "~=#{}:"


def escape(text: str, *, strip: bool = True) -> str:
    """GIFT-escape plain text on one line: a backslash before each of ``~ = # { } :`` and
    before a backslash (``strip=False`` keeps a space at either end)."""
    out = one_line(text) if strip else re.sub(r"\s+", " ", text)
    out = out.replace("\\", "\\\\")
    for char in SPECIAL:
        out = out.replace(char, "\\" + char)
    return out


def html_text(text: str, *, strip: bool = True) -> str:
    """Text for an ``[html]`` field: HTML-escaped, then GIFT-escaped."""
    return escape(html.escape(text, quote=False), strip=strip)


def category_line(parts: Sequence[str]) -> str:
    """``$CATEGORY: $course$/top/Article/Section``; a ``/`` inside a name is doubled, as
    Moodle reads it."""
    path = "/".join(one_line(p).replace("/", "//") for p in parts)
    return f"$CATEGORY: $course$/top/{path}"


def _feedback(bank: Bank, question: Question) -> str:
    return "####" + html_text(general_feedback(bank, question))


def question_text(bank: Bank, question: Question) -> str:
    """One question in GIFT (no blank line inside)."""
    head = f"::{escape(question_name(question))}::[html]"
    feedback = _feedback(bank, question)
    shape = lms_type(question)
    if shape == "choice":
        lines = [head + html_text(question.prompt) + "{"]
        for choice in options_of(question):
            mark = "=" if choice == question.answer else "~"
            lines.append(f"\t{mark}{html_text(choice)}")
        lines += [f"\t{feedback}", "}"]
        return "\n".join(lines)
    if shape == "truefalse":
        truth = "TRUE" if question.answer == "True" else "FALSE"
        return f"{head}{html_text(question.prompt)}{{{truth}{feedback}}}"
    # Typed answers are compared as plain text by Moodle: GIFT-escaped, not HTML-escaped.
    answers = " ".join("=" + escape(a) for a in accepted_answers(question))
    if kind_of(question).gapped and GAP in question.prompt:
        before, after = question.prompt.split(GAP, 1)
        if after.strip():  # Moodle's "missing word" form: the blank sits in the sentence
            text, rest = html_text(before, strip=False), html_text(after, strip=False)
            return f"{head}{text.lstrip()}{{{answers}{feedback}}}{rest.rstrip()}"
    return f"{head}{html_text(question.prompt)}{{{answers}{feedback}}}"


def render_gift(
    bank: Bank, questions: Sequence[Question], progress: Progress | None = None
) -> tuple[str, ExportResult]:
    """The GIFT text of ``questions`` and what it holds."""
    result = ExportResult(path="")
    blocks = [f"// {escape(bank.title)}: questions made by quiz", f"// {escape(attribution(bank))}"]
    category: list[str] | None = None
    for done, question in enumerate(ordered_by_category(bank, questions), start=1):
        parts = category_parts(bank, question)
        if parts != category:
            blocks.append(category_line(parts))
            category = parts
        blocks.append(question_text(bank, question))
        result.count(question)
        tick(progress, done)
    return "\n\n".join(blocks) + "\n", result


def export_gift(
    bank: Bank,
    questions: Sequence[Question],
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write ``questions`` as a GIFT file (UTF-8) that Moodle's question import reads."""
    text, result = render_gift(bank, questions, progress)
    write_text_atomic(path, text, overwrite=force)
    result.path = str(path)
    return result
