"""Test helpers: write small MediaWiki XML exports and spaced-out seed text."""

from __future__ import annotations

import bz2
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

SPECIALS = '<>"&\n'

HEADER = """<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>enwiki</dbname>
    <base>https://en.wikipedia.org/wiki/Main_Page</base>
    <generator>MediaWiki 1.41</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="1" case="first-letter">Talk</namespace>
    </namespaces>
  </siteinfo>
"""


@dataclass(frozen=True)
class DumpPage:
    """One <page> of a test dump."""

    title: str
    text: str
    ns: int = 0
    redirect: str = ""


def spaced(text: str) -> str:
    """The tokenizer's spacing: one space each side of every special, shared between two."""
    out: list[str] = []
    previous_special = False
    for char in text:
        if char in SPECIALS:
            out.append(char + " " if previous_special else " " + char + " ")
            previous_special = True
        else:
            out.append(char)
            previous_special = False
    return "".join(out)


def article_text(title: str, words: int = 300) -> str:
    """A plausible English article of about ``words`` words with an infobox and sections."""
    sentence = f"The town of {title} is known for its castle and was founded in the year 1210. "
    body = sentence * max(1, words // 15)
    return (
        f"{{{{Infobox settlement\n| name = {title}\n| population = 12,345\n}}}}\n"
        f"'''{title}''' is a town.<ref name=\"a\">Source.</ref>\n\n== History ==\n{body}\n"
    )


def page_xml(page: DumpPage, page_id: int) -> str:
    redirect = f'    <redirect title="{escape(page.redirect)}" />\n' if page.redirect else ""
    return (
        f"  <page>\n    <title>{escape(page.title)}</title>\n    <ns>{page.ns}</ns>\n"
        f"    <id>{page_id}</id>\n{redirect}    <revision>\n      <id>{page_id + 1000}</id>\n"
        f"      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
        f"      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
        f'      <text bytes="{len(page.text)}" xml:space="preserve">{escape(page.text)}</text>\n'
        f"    </revision>\n  </page>\n"
    )


def write_dump(path: Path, pages: list[DumpPage]) -> Path:
    """Write ``pages`` as a MediaWiki export (bz2-compressed when ``path`` ends in .bz2)."""
    if path.name.endswith(".bz2"):
        handle = bz2.open(path, "wt", encoding="utf-8", compresslevel=1)  # 100 kB blocks
    else:
        handle = open(path, "w", encoding="utf-8")
    with handle:
        handle.write(HEADER)
        for index, page in enumerate(pages, start=1):
            handle.write(page_xml(page, index))
        handle.write("</mediawiki>\n")
    return path


def sample_pages(count: int, words: int = 300) -> list[DumpPage]:
    """``count`` articles plus a redirect and a Talk page mixed in."""
    pages = [DumpPage(f"Town {i}", article_text(f"Town {i}", words)) for i in range(count)]
    pages.insert(1, DumpPage("Old Town", "#REDIRECT [[Town 0]]", redirect="Town 0"))
    pages.insert(2, DumpPage("Talk:Town 0", "Let us discuss this article.", ns=1))
    return pages


def real_article_pages() -> list[DumpPage]:
    """The bundled and shared articles (repaired) as dump pages, plus a redirect and a talk page."""
    import json

    from conftest import SEED, shared_with_banks

    from quiz.generator.ingest import repair_spacing

    paths = [SEED, *shared_with_banks()]
    pages = [DumpPage(*json.loads(p.read_text(encoding="utf-8"))) for p in paths]
    pages = [DumpPage(p.title, repair_spacing(p.text)) for p in pages]
    pages.insert(1, DumpPage("Old Town", "#REDIRECT [[Town 0]]", redirect="Town 0"))
    pages.insert(2, DumpPage("Talk:Bodmin", "Let us discuss this article.", ns=1))
    return pages


def fake_build_bank(title: str, wikitext: str, *, seed: int = 0, sha256: str = "") -> Any:
    """A stand-in generator with two questions, for tests that must not depend on the real one."""
    from quiz.model import Bank, Question, Source

    questions = [
        Question("q1", "mcq", f"Where is {title}?", "A", ["A", "B", "C", "D"]),
        Question("q2", "true_false", f"{title} exists.", "True", ["True", "False"]),
    ]
    return Bank(title, Source(title, sha256=sha256), questions, {"seed": seed})
