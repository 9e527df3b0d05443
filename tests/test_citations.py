"""References are emptied before parsing, and the article read from the page is the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quiz.generator.wikitext as wikitext
from quiz.generator.citations import empty_references
from quiz.generator.ingest import prepare_wikitext

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "articles"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a<ref name="x">b {{cite web|url=u|title=t}}</ref> c', "a<ref/> c"),
        ("2,450 ha<ref>x</ref>and", "2,450 ha<ref/>and"),
        ('a<ref name="x"/> keep this <ref>y</ref>.', 'a<ref name="x"/> keep this <ref/>.'),
        ("a<ref>never closed, then <ref>z</ref>", "a<ref>never closed, then <ref/>"),
        ("a<REF>x <b>y</b></REF >b", "a<ref/>b"),
        ("a<references>x</references> <refs>y</ref>", "a<references>x</references> <refs>y</ref>"),
        ("no references at all", "no references at all"),
    ],
)
def test_each_reference_left_as_an_empty_tag(text: str, expected: str) -> None:
    assert empty_references(text) == expected


def _pages() -> list[tuple[str, str]]:
    seed = ROOT / "questions" / "000_e4fee655deeefa93.txt"
    pages = [json.loads(seed.read_text(encoding="utf-8"))]
    pages += [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SHARED.glob("*.json"))]
    return [(title, prepare_wikitext(text)) for title, text in pages]


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared articles are not here")
def test_the_article_is_the_one_read_with_its_references(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _pages()
    emptied = [wikitext.parse_article(title, text) for title, text in pages]
    monkeypatch.setattr(wikitext, "empty_references", lambda text: text)
    whole = [wikitext.parse_article(title, text) for title, text in pages]
    assert sum(text.count("</ref>") for _, text in pages) > 500  # (the pages do cite)
    for cut, full in zip(emptied, whole, strict=True):
        assert cut == full, cut.title
