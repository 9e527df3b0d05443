"""Read articles from seed JSON, plain wikitext and MediaWiki XML dumps, page by page."""

from __future__ import annotations

import bz2
import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from quiz.errors import QuizError
from quiz.files import open_regular, parse_json
from quiz.generator.xmlcap import TRUNCATED, CappedRuns

MAX_PAGE_BYTES = 5_000_000
MAX_TITLE = 255  # Wikipedia's limit (in bytes there)
MAX_TEXT_FILE_BYTES = 2 * MAX_PAGE_BYTES
HEAD_BYTES = 4096
XML_SUFFIXES = (".xml", ".xml.bz2")
TITLE_EXTENSIONS = frozenset("wiki wikitext mediawiki mw txt text raw src json xml bz2".split())

_SPACED_SPECIAL = re.compile(r' ?([<>"&\n]) ?')
_PADDED_NEWLINE = re.compile(r"(?<= )\n(?= )")
_SPACED_TAG = re.compile(r"< /?[A-Za-z!]|& #?\w+;")
_PLAIN_TAG = re.compile(r"<[/!]?[A-Za-z]|&#?\w+;")
_JSON_START = re.compile(r'\s*(\[\s*["\]\d\-tfn]|\{\s*["}])')
_WORD = re.compile(r"[^\W\d_]{2,}")
_ENGLISH_WORDS = frozenset(
    "the of and in to is was for on as by with from at that which an are were his her it "
    "its has had this be or also their first after have not but who".split()
)


@dataclass(frozen=True)
class Page:
    """One article ready for the generator: repaired wikitext and the hash of its raw bytes."""

    title: str
    wikitext: str
    sha256: str
    origin: str
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class PageFailure:
    """A page or a whole source that could not be read; ``message`` is one line naming it."""

    origin: str
    message: str


# --- the spaced-out seed form -------------------------------------------------------------


def _first_group(match: re.Match[str]) -> str:
    return match[1]


def repair_spacing(text: str) -> str:
    """Undo the tokenizer spacing: drop the one space each side of ``< > " &`` and newline."""
    return _SPACED_SPECIAL.sub(_first_group, text)


def looks_spaced(text: str) -> bool:
    """True when ``text`` is in the spaced-out form (newlines and tags padded with spaces)."""
    newlines = text.count("\n")
    padded_newlines = len(_PADDED_NEWLINE.findall(text))
    spaced_votes = padded_newlines + len(_SPACED_TAG.findall(text))
    plain_votes = (newlines - padded_newlines) + len(_PLAIN_TAG.findall(text))
    return spaced_votes >= 2 and plain_votes * 20 <= spaced_votes


def prepare_wikitext(text: str) -> str:
    """Repair the spaced form when detected, markup left escaped as in an XML file, characters
    left as code points ("<U+00E9>"), and line breaks when they were lost; plain wikitext is
    returned unchanged."""
    text = repair_spacing(text) if looks_spaced(text) else text
    text = unescape_markup(text) if looks_escaped(text) else text
    text = _CODE_POINT.sub(_code_point, text) if "<U+" in text else text
    return restore_lines(text) if _lost_lines(text) else text


# A character a non-Unicode writer left as its code point: "Bezi<U+00E9>res" (R's text files
# do; R411 failed "Béziers" so written).
_CODE_POINT = re.compile(r"<U\+([0-9A-Fa-f]{4,6})>")


def _code_point(found: re.Match[str]) -> str:
    number = int(found.group(1), 16)
    return chr(number) if number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF else ""


# Tags written as an XML file holds them: "phenomenon&lt;ref&gt;Skirda ...&lt;/ref&gt;"
_ESCAPED_TAG = re.compile(r"&lt;/?(?:ref|!--|br|small|sup|sub|span|div|references|nowiki)\b", re.I)


def looks_escaped(text: str) -> bool:
    """Wikitext copied out of an XML dump unread: its tags are entities, not markup."""
    escaped = len(_ESCAPED_TAG.findall(text))
    return escaped >= 2 and text.count("<") < escaped


def unescape_markup(text: str) -> str:
    """The XML file's five entities read back into the characters they stand for."""
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")


_HEADING_INLINE = re.compile(r"[ \t]*(?<![=\n])(={2,6})[ \t]*([^=\n]{1,150}?)[ \t]*\1(?!=)[ \t]*")
_LIST_INLINE = re.compile(r"(?<=[.!?\]}\"'):])[ \t]+([*#]+)(?=[ \t]*\S)")
_TABLE_INLINE = re.compile(r"[ \t]+(\{\||\|-|\|\})")
_ROW_START = re.compile(r"(\n\|-[^\n!|]*)[ \t]*([!|])")


def _lost_lines(text: str) -> bool:
    """Wikitext whose line breaks were stripped: headings run on inside paragraphs."""
    return len(text) > 2000 and text.count("\n") * 3000 < len(text) and "==" in text


def restore_lines(text: str) -> str:
    """Put back the line breaks that wikitext's headings, lists and tables need, for a page
    whose newlines were lost ("... since 1891. ==History== ===Beginnings=== The ...")."""
    text = _HEADING_INLINE.sub(lambda m: f"\n\n{m.group(1)}{m.group(2)}{m.group(1)}\n", text)
    text = _LIST_INLINE.sub(lambda m: f"\n{m.group(1)}", text)
    text = _TABLE_INLINE.sub(lambda m: f"\n{m.group(1)}", text)
    return _ROW_START.sub(lambda m: f"{m.group(1)}\n{m.group(2)}", text)


_TABLE_OR_TEMPLATE_LINE = re.compile(r"^[ \t]*[|!{}].*$", re.M)


def english_warning(title: str, wikitext: str) -> str | None:
    """A warning when the article does not look English (other script, few English words).

    Only prose lines count: table rows and template fields are mostly names and numbers, so a
    table-heavy English article (a race report, a discography) would otherwise look foreign."""
    sample = _TABLE_OR_TEMPLATE_LINE.sub("", wikitext[:30_000])
    # Counted with map() over built-ins: a Python loop per character cost ~40 ms a page, in the
    # main process that feeds the workers.
    letters = sum(map(str.isalpha, sample))
    latin = sum(map(str.isalpha, sample.encode("ascii", "ignore").decode("ascii")))
    words = _WORD.findall(sample)
    if letters >= 200 and latin < 0.5 * letters:
        looks_english = False
    elif len(words) < 50:
        return None
    else:
        common = sum(map(_ENGLISH_WORDS.__contains__, map(str.lower, words)))
        looks_english = common / len(words) >= 0.04
    if looks_english:
        return None
    return f"{title}: the article does not look English; questions may be poor"


# --- reading sources ----------------------------------------------------------------------


def _is_bz2(path: Path) -> bool:
    return path.name.lower().endswith(".bz2")


def _open_source(path: Path) -> IO[bytes]:
    """The source's bytes (decompressed for .bz2), seekable; regular files only."""
    raw = open_regular(path, "article file")
    return bz2.open(raw, "rb") if _is_bz2(path) else raw


def _read_head(path: Path, handle: IO[bytes]) -> bytes:
    try:
        head = handle.read(HEAD_BYTES)
        handle.seek(0)
    except (OSError, EOFError) as exc:
        raise QuizError(f"{path}: {_bz2_problem(exc)}") from None
    return head


def _bz2_problem(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "truncated compressed file"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read ({exc.strerror})"
    return f"not a valid bz2 file ({exc})"


def detect_kind(path: Path, head: bytes) -> str:
    """``"xml"``, ``"seed"`` or ``"plain"`` from the first bytes (and the name for XML)."""
    if b"\x00" in head:
        raise QuizError(f"{path}: not a text file (binary data)")
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff")
    if not text.strip():
        raise QuizError(f"{path}: empty file")
    stripped = text.lstrip()
    if stripped.startswith("<") and "<mediawiki" in text:
        return "xml"
    if path.name.lower().endswith(XML_SUFFIXES) or stripped.startswith("<?xml"):
        raise QuizError(f"{path}: not a MediaWiki XML export (no <mediawiki> element)")
    if _JSON_START.match(text):
        return "seed"
    return "plain"


def _check_text_size(path: Path, handle: IO[bytes]) -> None:
    size = os.fstat(handle.fileno()).st_size
    if not _is_bz2(path) and size > MAX_TEXT_FILE_BYTES:
        raise QuizError(
            f"{path}: too large ({size} bytes; articles over {MAX_PAGE_BYTES} bytes are refused)"
        )


def _read_text(path: Path, handle: IO[bytes]) -> bytes:
    try:
        data = handle.read(MAX_TEXT_FILE_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise QuizError(f"{path}: {_bz2_problem(exc)}") from None
    if len(data) > MAX_TEXT_FILE_BYTES:
        raise QuizError(f"{path}: too large (articles over {MAX_PAGE_BYTES} bytes are refused)")
    return data


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data:
        raise QuizError(f"{path}: not a text file (binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QuizError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None


def _make_page(title: str, raw_text: str, digest: str, origin: str) -> Page:
    title = _CODE_POINT.sub(_code_point, title)  # ("Gal<U+00E1>pagos", not a tag to strip)
    title = re.sub(r"(?is)<br\s*/?>.*$", "", title)  # ("Sōsuke Uno<br><small>宇野 宗佑</small>")
    title = " ".join(re.sub(r"<[^<>]*>|'{2,}|\[\[(?:[^|\]]*\|)?|\]\]", "", title).split())
    title = title.rstrip(",;: ")  # ("Joseph R. Biden,": a name cut from a mangled lead)
    if not title:
        raise QuizError(f"{origin}: the article has no title")
    if title[0] in ",;:":  # (a fragment of a mangled lead: ", ex-"; "& Juliet" is a title)
        raise QuizError(f"{origin}: the title {title!r} starts with {title[0]!r}, not a name")
    if len(title) > MAX_TITLE:
        raise QuizError(
            f"{origin}: title too long ({len(title):,} characters, at most {MAX_TITLE})"
        )
    size = len(raw_text.encode("utf-8"))
    if size > MAX_PAGE_BYTES:
        raise QuizError(
            f"{origin}: article too large ({size} bytes; the limit is {MAX_PAGE_BYTES})"
        )
    wikitext = prepare_wikitext(raw_text)
    if not wikitext.strip():
        raise QuizError(f"{origin}: the article is empty")
    warning = english_warning(title, wikitext)
    return Page(title, wikitext, digest, origin, (warning,) if warning else ())


def read_seed(path: Path, data: bytes, title: str | None = None) -> Page:
    """A page from a seed file: a JSON array ``[title, wikitext]``."""
    text = _decode(path, data)
    value = parse_json(text, str(path))
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
        raise QuizError(f"{path}: expected a JSON array [title, wikitext]")
    digest = hashlib.sha256(data).hexdigest()
    return _make_page(title or value[0], value[1], digest, str(path))


def title_from_path(path: Path) -> str:
    """Article title from a file name: the known extensions (``.wiki``, ``.txt``, ``.raw``,
    ``.json``, ``.xml``, ``.bz2``, ...) taken off, underscores to spaces."""
    name = path.name
    while True:
        stem, dot, ext = name.rpartition(".")
        if not (dot and stem.strip() and ext.lower() in TITLE_EXTENSIONS):
            break
        name = stem
    return name.replace("_", " ").strip()


def read_plain(path: Path, data: bytes, title: str | None = None) -> Page:
    """A page from a plain wikitext file; title from ``title`` or the file name."""
    text = _decode(path, data)
    digest = hashlib.sha256(data).hexdigest()
    return _make_page(title or title_from_path(path), text, digest, str(path))


def iter_xml_pages(path: Path, handle: IO[bytes] | None = None) -> Iterator[Page | PageFailure]:
    """Stream the article pages (namespace 0, not redirects) of a MediaWiki XML export.

    A page whose text is too large is skipped once ``MAX_PAGE_BYTES`` of it were read: the
    rest of its text is discarded while reading, never held in memory."""
    import mwxml

    try:
        with handle if handle is not None else _open_source(path) as stream:
            capped = CappedRuns(stream, 2 * MAX_PAGE_BYTES)
            dump = mwxml.Dump.from_file(capped)
            for page in dump.pages:
                if page.namespace != 0 or page.redirect:
                    for _ in page:  # drain revisions so nothing is held
                        pass
                    continue
                text = None
                for revision in page:
                    text = revision.text
                origin = f"{path}: {page.title}"
                if not text:
                    yield PageFailure(origin, f"{origin}: the page has no text")
                    continue
                if text.endswith(TRUNCATED):
                    message = f"{origin}: article too large (the limit is {MAX_PAGE_BYTES} bytes)"
                    yield PageFailure(origin, message)
                    continue
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                try:
                    yield _make_page(page.title, text, digest, origin)
                except QuizError as exc:
                    yield PageFailure(origin, str(exc))
    except QuizError as exc:
        yield PageFailure(str(path), str(exc))
    except (EOFError, OSError) as exc:
        yield PageFailure(str(path), f"{path}: {_bz2_problem(exc)}")
    except Exception as exc:  # noqa: BLE001 - any parser failure is bad input, not a crash
        problem = str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield PageFailure(str(path), f"{path}: malformed MediaWiki XML ({problem[:120]})")


def iter_source_pages(path: Path, title: str | None = None) -> Iterator[Page | PageFailure]:
    """Every page of one source file (any supported form); failures are yielded, not raised."""
    try:
        with _open_source(path) as handle:
            head = _read_head(path, handle)
            if b"<mediawiki" not in head:
                _check_text_size(path, handle)
            kind = detect_kind(path, head)
            if kind == "xml":
                if title:
                    raise QuizError(f"{path}: --title cannot be used with an XML dump")
                yield from iter_xml_pages(path, handle)
                return
            data = _read_text(path, handle)
        if kind == "seed":
            yield read_seed(path, data, title)
        else:
            yield read_plain(path, data, title)
    except QuizError as exc:
        yield PageFailure(str(path), str(exc))


def iter_pages(paths: list[Path], title: str | None = None) -> Iterator[Page | PageFailure]:
    """Pages of several sources in order, streamed (one page's text in memory at a time)."""
    for path in paths:
        yield from iter_source_pages(Path(path), title)
