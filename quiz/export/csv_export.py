"""CSV export in two dialects: Quizlet (term, definition) and Anki's text import with headers."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from pathlib import Path

from quiz.atomic import write_text_atomic
from quiz.errors import QuizError
from quiz.export.text import (
    attribution,
    basic_front,
    esc,
    one_line,
    question_tags,
    stable_guid,
)
from quiz.files import os_problem, shown
from quiz.kinds import kind_of
from quiz.model import Bank, Question
from quiz.spreadsheet import safe_html_cell, safe_text_cell

DIALECTS = ("quizlet", "anki")
ANKI_COLUMNS = ("GUID", "Front", "Back", "Tags")


def quizlet_row(question: Question) -> list[str]:
    """``[term, definition]`` as plain one-line text.

    The term is the prompt alone, also for multiple choice: Quizlet's Learn and Test modes
    make their own options from the other cards, so listing ours would give the answer away
    twice. True/false terms end with "(true or false?)"; a false statement's definition adds
    the source sentence, so the card teaches the correct fact.
    """
    term = one_line(question.prompt)
    definition = one_line(question.answer)
    cue = kind_of(question).cue
    if cue:
        term = f"{term} ({cue[0].lower()}{cue[1:]})"
        if question.answer == "False" and question.context.strip():
            definition = f"False. {one_line(question.context)}"
    return [safe_text_cell(term), safe_text_cell(definition)]


def _anki_back(question: Question, credit: str) -> str:
    answer = esc(kind_of(question).answer_label(question))
    parts = [f"<b>{answer}</b>"]
    if question.context.strip():
        parts.append(f"<i>{esc(question.context)}</i>")
    if question.section.strip():
        parts.append(esc(question.section))
    parts.append(f"<small>{credit}</small>")
    return "<br><br>".join(parts)


def anki_row(bank: Bank, question: Question, *, key: str = "", credit: str = "") -> list[str]:
    """``[guid, front, back, tags]`` with HTML-escaped text, for the Basic note type.

    ``key`` (the bank key) and ``credit`` (escaped attribution) may be passed in precomputed.
    Front and back are spreadsheet-safe; the GUID is a hash Anki matches notes by, kept as is.
    """
    key = key or bank.key
    credit = credit or esc(attribution(bank))
    guid = stable_guid(key, question.id, "csv")
    tags = " ".join(question_tags(key, question))
    front = safe_html_cell(basic_front(question))
    back = safe_html_cell(_anki_back(question, credit))
    return [guid, front, back, tags]


def anki_header(bank: Bank) -> list[str]:
    """Anki text-import header lines (separator, HTML, note type, deck, column roles)."""
    deck = f"Quiz::{one_line(bank.title).replace('::', ':')}"
    return [
        "#separator:Comma",
        "#html:true",
        "#notetype:Basic",
        f"#deck:{deck}",
        "#columns:" + ",".join(ANKI_COLUMNS),
        f"#guid column:{ANKI_COLUMNS.index('GUID') + 1}",
        f"#tags column:{ANKI_COLUMNS.index('Tags') + 1}",
    ]


def csv_text(bank: Bank, questions: Sequence[Question], dialect: str = "quizlet") -> str:
    """The CSV text (``\\r\\n`` rows) of ``questions`` in ``dialect``."""
    if dialect not in DIALECTS:
        raise QuizError(f"unknown CSV dialect {dialect!r} (expected one of {', '.join(DIALECTS)})")
    buffer = io.StringIO()
    if dialect == "anki":
        buffer.write("\n".join(anki_header(bank)) + "\n")
    # Anki skips unquoted rows starting with "#" as comments, so its dialect quotes every field.
    if dialect == "anki":
        writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    else:
        writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if dialect == "anki":
        key, credit = bank.key, esc(attribution(bank))
        writer.writerows(anki_row(bank, q, key=key, credit=credit) for q in questions)
    else:
        writer.writerows(quizlet_row(q) for q in questions)
    return buffer.getvalue()


def export_csv(
    bank: Bank,
    questions: Sequence[Question],
    path: str | os.PathLike[str],
    *,
    dialect: str = "quizlet",
    force: bool = False,
) -> int:
    """Write the CSV file atomically (UTF-8; refuses to overwrite unless ``force``)."""
    target = Path(path)
    if target.is_dir():
        raise QuizError(f"{target} is a directory; give a file name like cards.csv")
    text = csv_text(bank, questions, dialect)
    try:
        write_text_atomic(target, text, overwrite=force)
    except OSError as exc:
        raise QuizError(f"cannot write {shown(target)}: {os_problem(exc)}") from None
    return len(questions)
