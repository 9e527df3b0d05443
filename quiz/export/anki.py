"""Anki package (.apkg) export with genanki: our own note types, stable GUIDs, tagged notes."""

from __future__ import annotations

import hashlib
import html
import io
import os
from collections.abc import Sequence
from pathlib import Path

import genanki

from quiz.atomic import write_bytes_atomic
from quiz.errors import QuizError
from quiz.export.text import (
    LETTERS,
    attribution,
    basic_front,
    esc,
    one_line,
    question_tags,
    stable_guid,
)
from quiz.files import os_problem, shown
from quiz.kinds import kind_of
from quiz.model import GAP, Bank, Question

PARENT_DECK = "Quiz"
# Fixed ids (generated once at random): Anki recognises our note types on every import.
BASIC_MODEL_ID = 1143500050
CLOZE_MODEL_ID = 1282928815
MCQ_MODEL_ID = 1772183807
TRUE_FALSE_MODEL_ID = 1859972897

CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: 20px; line-height: 1.45; text-align: left;
  color: #1f2328; background-color: #fbfbfa;
  max-width: 38em; margin: 0 auto; padding: 0.4em 0.8em;
}
.section { font-size: 0.7em; color: #6e7781; margin-bottom: 0.6em; letter-spacing: 0.02em; }
.prompt { font-weight: 500; }
.hint { font-size: 0.75em; color: #6e7781; margin-top: 0.4em; }
.choices { list-style: none; padding: 0; margin: 0.8em 0; }
.choice { border: 1px solid #d0d7de; border-radius: 8px; padding: 0.35em 0.7em; margin: 0.4em 0; }
.letter { display: inline-block; min-width: 1.5em; font-weight: 700; color: #0969da; }
.reveal-A .choice-A, .reveal-B .choice-B, .reveal-C .choice-C, .reveal-D .choice-D {
  border: 2px solid #1a7f37; background-color: #dafbe1; font-weight: 600;
}
.answer { font-size: 1.15em; font-weight: 700; color: #1a7f37; }
.cloze { font-weight: 700; color: #0969da; }
.source {
  margin-top: 0.9em; font-size: 0.8em; color: #57606a; font-style: italic;
  border-left: 3px solid #d0d7de; padding-left: 0.7em;
}
.attribution { margin-top: 1.2em; font-size: 0.6em; color: #8c959f; }
.card.nightMode, .nightMode .card, .card.night_mode, .night_mode .card {
  color: #e6edf3; background-color: #1f2428;
}
.nightMode .section, .night_mode .section, .nightMode .hint, .night_mode .hint { color: #9da7b3; }
.nightMode .choice, .night_mode .choice { border-color: #444c56; }
.nightMode .letter, .night_mode .letter, .nightMode .cloze, .night_mode .cloze { color: #58a6ff; }
.nightMode .reveal-A .choice-A, .nightMode .reveal-B .choice-B,
.nightMode .reveal-C .choice-C, .nightMode .reveal-D .choice-D,
.night_mode .reveal-A .choice-A, .night_mode .reveal-B .choice-B,
.night_mode .reveal-C .choice-C, .night_mode .reveal-D .choice-D {
  border-color: #3fb950; background-color: #12361f;
}
.nightMode .answer, .night_mode .answer { color: #3fb950; }
.nightMode .source, .night_mode .source { color: #adbac7; border-left-color: #444c56; }
.nightMode .attribution, .night_mode .attribution { color: #768390; }
"""

_SECTION = '{{#Section}}<div class="section">{{Section}}</div>{{/Section}}'
_FOOTER = (
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}\n'
    '<div class="attribution">{{Attribution}}</div>'
)
_COMMON_FIELDS = [{"name": "Source"}, {"name": "Section"}, {"name": "Attribution"}]


def _choice_list(reveal: bool) -> str:
    css = "choices reveal-{{Letter}}" if reveal else "choices"
    items = "".join(
        f'<li class="choice choice-{x}"><span class="letter">{x}</span> {{{{{x}}}}}</li>'
        for x in LETTERS[:4]
    )
    return f'<ol class="{css}">{items}</ol>'


BASIC_MODEL = genanki.Model(
    BASIC_MODEL_ID,
    "Quiz Basic",
    fields=[{"name": "Question"}, {"name": "Answer"}, *_COMMON_FIELDS],
    templates=[
        {
            "name": "Question",
            "qfmt": f'{_SECTION}\n<div class="prompt">{{{{Question}}}}</div>',
            "afmt": '{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Answer}}</div>\n'
            + _FOOTER,
        }
    ],
    css=CSS,
)

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "Quiz Cloze",
    fields=[{"name": "Text"}, *_COMMON_FIELDS],
    templates=[
        {
            "name": "Cloze",
            "qfmt": f'{_SECTION}\n<div class="prompt">{{{{cloze:Text}}}}</div>',
            "afmt": f'{_SECTION}\n<div class="prompt">{{{{cloze:Text}}}}</div>\n<hr id="answer">\n'
            + _FOOTER,
        }
    ],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)

MCQ_MODEL = genanki.Model(
    MCQ_MODEL_ID,
    "Quiz Multiple Choice",
    fields=[
        {"name": "Question"},
        *({"name": x} for x in LETTERS[:4]),
        {"name": "Answer"},
        {"name": "Letter"},
        *_COMMON_FIELDS,
    ],
    templates=[
        {
            "name": "Multiple choice",
            "qfmt": f'{_SECTION}\n<div class="prompt">{{{{Question}}}}</div>\n'
            + _choice_list(reveal=False),
            "afmt": f'{_SECTION}\n<div class="prompt">{{{{Question}}}}</div>\n'
            + _choice_list(reveal=True)
            + '\n<hr id="answer">\n<div class="answer">{{Letter}}. {{Answer}}</div>\n'
            + _FOOTER,
        }
    ],
    css=CSS,
)

TRUE_FALSE_MODEL = genanki.Model(
    TRUE_FALSE_MODEL_ID,
    "Quiz True or False",
    fields=[{"name": "Statement"}, {"name": "Answer"}, *_COMMON_FIELDS],
    templates=[
        {
            "name": "True or false",
            "qfmt": f'{_SECTION}\n<div class="prompt">{{{{Statement}}}}</div>\n'
            '<div class="hint">True or false?</div>',
            "afmt": '{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Answer}}</div>\n'
            + _FOOTER,
        }
    ],
    css=CSS,
)


def deck_name(bank: Bank) -> str:
    """``Quiz::<article title>`` (``::`` inside the title would make extra levels, so it goes)."""
    return f"{PARENT_DECK}::{bank.title.replace('::', ':').strip()}"


def deck_id(bank: Bank) -> int:
    """A deck id derived from the bank key, so re-imports land in the same deck."""
    digest = hashlib.sha256(f"quiz-deck:{bank.key}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def _cloze_text(question: Question) -> str:
    """Escaped prompt with its gap replaced by ``{{c1::answer}}`` (braces/colons neutralised)."""

    def guard(text: str) -> str:
        return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")

    before, _, after = one_line(question.prompt).partition(GAP)
    answer = guard(one_line(question.answer)).replace(":", "&#58;")
    return f"{guard(before)}{{{{c1::{answer}}}}}{guard(after)}"


def note_fields(
    bank: Bank, question: Question, credit: str | None = None
) -> tuple[genanki.Model, list[str]]:
    """The note type and escaped field values for one question (``credit``: escaped attribution)."""
    if credit is None:
        credit = esc(attribution(bank))
    common = [esc(question.context), esc(question.section), credit]
    kind = kind_of(question)
    options = kind.options(question)
    if kind.gapped and GAP in question.prompt:
        return CLOZE_MODEL, [_cloze_text(question), *common]
    if kind.lettered and len(options) == 4 and question.answer in options:
        letter = LETTERS[options.index(question.answer)]
        choices = [esc(c) for c in options]
        return MCQ_MODEL, [esc(question.prompt), *choices, esc(question.answer), letter, *common]
    if kind.name == "true_false":
        return TRUE_FALSE_MODEL, [esc(question.prompt), esc(question.answer), *common]
    # Any other kind: a Basic note, its options (or cue) under the prompt.
    return BASIC_MODEL, [basic_front(question), esc(kind.answer_label(question)), *common]


def note_guid(bank: Bank, question: Question) -> str:
    """GUID from the bank key and question id only: re-exports update notes, never duplicate."""
    return stable_guid(bank.key, question.id)


def build_note(
    bank: Bank, question: Question, *, key: str | None = None, credit: str | None = None
) -> genanki.Note:
    """One genanki note for a question, with its tags and stable GUID.

    ``key`` (the bank key) and ``credit`` (escaped attribution) may be passed in precomputed.
    """
    key = key or bank.key
    model, fields = note_fields(bank, question, credit)
    return genanki.Note(
        model=model,
        fields=fields,
        tags=question_tags(key, question),
        guid=stable_guid(key, question.id),
    )


def build_package(selections: Sequence[tuple[Bank, Sequence[Question]]]) -> genanki.Package:
    """A package with one ``Quiz::<title>`` deck per bank holding its selected questions."""
    decks = []
    for bank, questions in selections:
        key, credit = bank.key, esc(attribution(bank))
        deck = genanki.Deck(deck_id(bank), deck_name(bank), description=credit)
        for question in questions:
            deck.add_note(build_note(bank, question, key=key, credit=credit))
        decks.append(deck)
    return genanki.Package(decks)


def export_anki(
    selections: Sequence[tuple[Bank, Sequence[Question]]],
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    now: float,
) -> int:
    """Write the .apkg atomically (refusing to replace a file unless ``force``); returns notes.

    ``now`` (seconds since the epoch) stamps the notes: Anki updates an existing note on
    import only when the package's copy is newer.
    """
    target = Path(path)
    if target.is_dir():
        raise QuizError(f"{target} is a directory; give a file name like deck.apkg")
    if target.exists() and not force:
        raise QuizError(f"{target} already exists (use --force to overwrite)")
    package = build_package(selections)
    buffer = io.BytesIO()
    package.write_to_file(buffer, timestamp=now)
    try:
        write_bytes_atomic(target, buffer.getvalue(), overwrite=force)
    except OSError as exc:
        raise QuizError(f"cannot write {shown(target)}: {os_problem(exc)}") from None
    return sum(len(questions) for _, questions in selections)
