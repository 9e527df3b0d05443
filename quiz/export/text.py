"""Text helpers shared by the exporters: escaping, choice letters, tags, attribution lines."""

from __future__ import annotations

import hashlib
import html
import re
from functools import lru_cache

from quiz.kinds import LETTERS, kind_of
from quiz.model import GAP, Bank, Question

_TAG_BAD = re.compile(r"[\s\"]+")


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (newlines included) turned into one space."""
    return " ".join(text.split())


def esc(text: str) -> str:
    """HTML-escape ``text`` (quotes too), after folding whitespace to single spaces."""
    return html.escape(one_line(text), quote=True)


def attribution(bank: Bank) -> str:
    """The bank's CC BY-SA attribution line, or one built from the title when it is missing."""
    if bank.source.attribution.strip():
        return one_line(bank.source.attribution)
    title = bank.source.title or bank.title
    return f'From the Wikipedia article "{title}", licensed under {bank.source.licence}.'


def basic_front(question: Question) -> str:
    """The prompt as escaped HTML, then the lettered options or the kind's cue, if any."""
    kind = kind_of(question)
    front = esc(question.prompt)
    if kind.lettered:
        options = kind.options(question)
        front += "<br><br>" + "<br>".join(f"{LETTERS[i]}. {esc(c)}" for i, c in enumerate(options))
    elif kind.cue:
        front += f"<br><br><i>{esc(kind.cue)}</i>"
    return front


def cloze_sentence(question: Question) -> str:
    """The cloze prompt with its gap filled by the answer, as plain text."""
    return question.prompt.replace(GAP, question.answer, 1)


def tag_part(text: str) -> str:
    """One component of a hierarchical tag: no spaces, quotes or ``::`` inside."""
    part = _TAG_BAD.sub("_", one_line(text).replace("::", "_").strip(":"))
    return part.strip("_") or "untitled"


@lru_cache(maxsize=4096)
def section_tag(section: str) -> str:
    """``Structure > Land Forces`` -> ``quiz::section::Structure::Land_Forces`` ("" if none)."""
    parts = [tag_part(p) for p in section.split(">") if p.strip()]
    return "quiz::section::" + "::".join(parts) if parts else ""


def question_tags(bank_key: str, question: Question) -> list[str]:
    """Tags for a question: ``quiz::kind::mcq``, ``quiz::section::A::B``, the bank and its tags."""
    tags = [f"quiz::bank::{bank_key}", f"quiz::kind::{question.kind}"]
    if section := section_tag(question.section):
        tags.append(section)
    tags.extend(f"quiz::tag::{tag_part(t)}" for t in question.tags if t.strip())
    return tags


_BASE91 = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"
)


def stable_guid(*values: str) -> str:
    """Same result as ``genanki.guid_for(*values)`` (Anki's base91 GUID), computed faster."""
    digest = hashlib.sha256("__".join(values).encode("utf-8")).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    while number:
        number, digit = divmod(number, 91)
        chars.append(_BASE91[digit])
    return "".join(reversed(chars))
