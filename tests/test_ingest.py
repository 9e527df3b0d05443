"""Tests for quiz.generator.ingest: spacing repair, input detection, reading, streaming."""

from __future__ import annotations

import bz2
import hashlib
import json
import random
import tracemalloc
from pathlib import Path

import pytest
from conftest import SEED, SHARED_ARTICLES
from wikidump import DumpPage, article_text, sample_pages, spaced, write_dump

from quiz.errors import QuizError
from quiz.generator.ingest import (
    Page,
    PageFailure,
    detect_kind,
    english_warning,
    iter_pages,
    looks_spaced,
    prepare_wikitext,
    read_seed,
    repair_spacing,
    title_from_path,
)

DATA = Path(__file__).parent / "data"
TRICKY = [
    "",
    " ",
    "\n",
    " \n",
    "\n ",
    "  \n  ",
    "<>",
    "< >",
    "<  >",
    '""',
    '" "',
    "&nbsp;",
    "& nbsp;",
    "a<b",
    "a <b",
    "a< b",
    " a ",
    '<ref name="x"/>',
    "<!-- c -->",
    "line one\nline two\n\n== Head ==\n",
    "\n\n\n",
    " < ",
    '<ref name="a b">x</ref>\n{{cite|url=http://x?a=1&b=2}}',
    "trailing space \n leading space",
]


def _articles() -> list[tuple[str, str]]:
    paths = [SEED, *sorted(SHARED_ARTICLES.glob("*.json"))]
    return [tuple(json.loads(p.read_text(encoding="utf-8"))) for p in paths if p.exists()]


# --- spacing repair -------------------------------------------------------------------------


def test_spaced_helper_matches_the_documented_examples() -> None:
    assert spaced('<ref name="x"/>') == ' < ref name= " x " / > '
    assert spaced("&nbsp;") == " & nbsp;"
    assert spaced("<!-- c -->") == " < !-- c -- > "
    assert spaced("a\nb") == "a \n b"


@pytest.mark.parametrize("text", TRICKY)
def test_repair_undoes_spacing_of_tricky_strings(text: str) -> None:
    assert repair_spacing(spaced(text)) == text


def test_repair_round_trips_random_strings() -> None:
    rng = random.Random(1234)
    alphabet = ["<", ">", '"', "&", "\n", " ", " ", "a", "b", ";", "/"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert repair_spacing(spaced(text)) == text, repr(text)


def test_repair_of_the_bundled_seed_restores_markup() -> None:
    title, raw = json.loads(SEED.read_text(encoding="utf-8"))
    repaired = repair_spacing(raw)
    assert "<ref" in repaired and "< ref" not in repaired
    assert "\n| name" in repaired
    assert spaced(repaired) == raw


def test_seed_and_shared_articles_are_detected_as_spaced() -> None:
    articles = _articles()
    assert articles
    for title, raw in articles:
        assert looks_spaced(raw), title
        assert not looks_spaced(repair_spacing(raw)), title


def test_plain_wikitext_is_not_detected_as_spaced() -> None:
    for path in (p for p in DATA.glob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        assert not looks_spaced(text), path.name
        assert prepare_wikitext(text) == text
        assert looks_spaced(spaced(text)) or "\n" not in text.strip()
    assert not looks_spaced("a < b and c > d")
    assert not looks_spaced("no specials at all")


def test_one_line_spaced_text_is_detected_by_its_tags() -> None:
    text = 'Born 1901.<ref name="a">Book</ref> Died&nbsp;1980.<br/>'
    assert looks_spaced(spaced(text))
    assert prepare_wikitext(spaced(text)) == text


# --- detection and titles -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b'["T", "x"]', "a.txt", "seed"),
        (b'  [\n "T", "x"]', "a.json", "seed"),
        (b"{}", "a.json", "seed"),
        (b"[1, 2]", "a.wiki", "seed"),
        (b"[[File:x.jpg]] text", "a.wiki", "plain"),
        (b"{{Infobox}}", "a.json", "plain"),
        (b"{| class=wikitable", "a.txt", "plain"),
        (b'<?xml version="1.0"?>\n<mediawiki xmlns="x">', "dump.dat", "xml"),
    ],
)
def test_detect_kind_by_content(head: bytes, name: str, kind: str) -> None:
    assert detect_kind(Path(name), head) == kind


@pytest.mark.parametrize(
    ("head", "name", "message"),
    [
        (b"", "a.txt", "empty"),
        (b"  \n ", "a.txt", "empty"),
        (b"abc\x00def", "a.txt", "binary"),
        (b"<html><body/></html>", "a.xml", "not a MediaWiki XML export"),
        (b'<?xml version="1.0"?>\n<rss><channel/></rss>', "feed.txt", "not a MediaWiki"),
    ],
)
def test_detect_kind_rejects(head: bytes, name: str, message: str) -> None:
    with pytest.raises(QuizError, match=message):
        detect_kind(Path(name), head)


def test_title_from_path() -> None:
    assert title_from_path(Path("/x/Ada_Lovelace.wiki")) == "Ada Lovelace"
    assert title_from_path(Path("Ada_Lovelace.txt.bz2")) == "Ada Lovelace"
    assert title_from_path(Path("README")) == "README"
    assert title_from_path(Path("Athena.raw.wiki")) == "Athena"
    assert title_from_path(Path("Athena.raw.wiki.bz2")) == "Athena"
    assert title_from_path(Path("St._Louis.wiki")) == "St. Louis"
    assert title_from_path(Path("Version_2.0.wiki")) == "Version 2.0"
    assert title_from_path(Path("Dr. Who")) == "Dr. Who"
    assert title_from_path(Path(".wiki")) == ".wiki"


def test_source_link_of_a_file_named_after_the_article(tmp_path: Path) -> None:
    from quiz.generator.generate import build_bank

    text = (DATA / "tiny_article.wiki").read_text(encoding="utf-8")
    path = tmp_path / "Athena.raw.wiki"
    path.write_text(text, encoding="utf-8")
    [page] = _pages([path])
    bank = build_bank(page.title, page.wikitext, sha256=page.sha256)
    assert bank.title == "Athena"
    assert bank.source.url == "https://en.wikipedia.org/wiki/Athena"


def test_article_urls_are_escaped() -> None:
    from quiz.generator.generate import article_url

    assert article_url("C# (language)") == "https://en.wikipedia.org/wiki/C%23_(language)"
    assert article_url("What? & Why") == "https://en.wikipedia.org/wiki/What%3F_%26_Why"
    assert article_url("AC/DC") == "https://en.wikipedia.org/wiki/AC/DC"
    assert article_url("Zoë") == "https://en.wikipedia.org/wiki/Zo%C3%AB"


@pytest.mark.parametrize("name", ["article.wiki", "dump.xml", "dump.xml.bz2", "seed.json"])
def test_a_fifo_article_is_refused_without_blocking(tmp_path: Path, name: str) -> None:
    import os
    import signal
    import time

    fifo = tmp_path / name
    os.mkfifo(fifo)
    started = time.monotonic()
    signal.alarm(10)  # a regression would block on the open: the alarm ends the test instead
    try:
        [failure] = _pages([fifo])
    finally:
        signal.alarm(0)
    assert isinstance(failure, PageFailure) and "named pipe" in failure.message
    assert time.monotonic() - started < 2


# --- reading sources ---------------------------------------------------------------------


def _pages(paths: list[Path], title: str | None = None) -> list[Page | PageFailure]:
    return list(iter_pages(paths, title))


def test_seed_page_is_repaired_and_hashed_over_raw_bytes() -> None:
    (page,) = _pages([SEED])
    assert isinstance(page, Page)
    assert page.title == "Azerbaijani Armed Forces"
    assert page.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert "<ref" in page.wikitext and " \n " not in page.wikitext[:2000]
    assert page.warnings == ()


def test_plain_file_title_and_override(tmp_path: Path) -> None:
    path = tmp_path / "Strelsau_town.wiki"
    path.write_text((DATA / "tiny_article.wiki").read_text(encoding="utf-8"), encoding="utf-8")
    (page,) = _pages([path])
    assert page.title == "Strelsau town"
    assert page.wikitext == path.read_text(encoding="utf-8")
    (named,) = _pages([path], "Strelsau")
    assert named.title == "Strelsau"


def test_spaced_plain_file_is_repaired(tmp_path: Path) -> None:
    original = (DATA / "tiny_article.wiki").read_text(encoding="utf-8")
    path = tmp_path / "spaced.wiki"
    path.write_text(spaced(original), encoding="utf-8")
    (page,) = _pages([path])
    assert page.wikitext == original


def test_xml_dump_yields_articles_only(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "d.xml", sample_pages(3))
    pages = _pages([dump])
    assert [p.title for p in pages] == ["Town 0", "Town 1", "Town 2"]
    assert all(isinstance(p, Page) for p in pages)
    text = article_text("Town 1")
    assert pages[1].wikitext == text
    assert pages[1].sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_xml_dump_pages_in_spaced_form_are_repaired(tmp_path: Path) -> None:
    text = article_text("Zenda")
    dump = write_dump(tmp_path / "d.xml.bz2", [DumpPage("Zenda", spaced(text))])
    (page,) = _pages([dump])
    assert page.wikitext == text


def test_truncated_bz2_yields_pages_then_a_failure(tmp_path: Path) -> None:
    whole = write_dump(tmp_path / "whole.xml.bz2", sample_pages(80, words=600)).read_bytes()
    cut = tmp_path / "cut.xml.bz2"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    items = _pages([cut])
    assert isinstance(items[-1], PageFailure)
    assert "truncated" in items[-1].message
    assert items[:-1] and all(isinstance(p, Page) for p in items[:-1])


def test_malformed_xml_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text("<mediawiki><siteinfo></siteinfo><page><title>x</title>", encoding="utf-8")
    (failure,) = _pages([path])
    assert isinstance(failure, PageFailure)
    assert "malformed" in failure.message


def test_a_bad_source_does_not_stop_the_others(tmp_path: Path) -> None:
    items = _pages([tmp_path / "missing.wiki", DATA / "tiny_article.wiki"])
    assert isinstance(items[0], PageFailure) and "no such file" in items[0].message
    assert isinstance(items[1], Page)


def test_oversized_page_in_a_dump_is_refused_alone(tmp_path: Path) -> None:
    huge = "word " * 1_100_000
    pages = [DumpPage("Huge", huge), DumpPage("Small", article_text("Small"))]
    items = _pages([write_dump(tmp_path / "d.xml", pages)])
    assert isinstance(items[0], PageFailure) and "too large" in items[0].message
    assert isinstance(items[1], Page) and items[1].title == "Small"


def test_an_oversized_page_is_cut_while_reading(tmp_path: Path) -> None:
    """The parser never receives more than the cap of one page's text (it used to hold all
    of it, 495 MB for a 495 MB page), and the pages after it are read as usual."""
    import bz2

    from quiz.generator import ingest
    from quiz.generator.xmlcap import CappedRuns

    huge = "é & <b> " * 1_500_000  # 12 MB of text, 25 MB escaped
    pages = [DumpPage("Alpha", article_text("Alpha")), DumpPage("Huge", huge)]
    pages.append(DumpPage("Omega", article_text("Omega")))
    dump = write_dump(tmp_path / "d.xml.bz2", pages)
    items = _pages([dump])
    assert [type(i).__name__ for i in items] == ["Page", "PageFailure", "Page"]
    assert "Huge" in items[1].message and "too large" in items[1].message
    with bz2.open(dump, "rb") as raw:
        capped = CappedRuns(raw, 2 * ingest.MAX_PAGE_BYTES)
        longest = max(len(run) for run in capped.read().split(b"<"))
    assert longest <= 2 * ingest.MAX_PAGE_BYTES + 64 and capped.truncated == 1


@pytest.mark.parametrize("limit", range(1000, 1012))
def test_cutting_a_page_never_splits_an_entity_or_a_character(tmp_path: Path, limit: int) -> None:
    import io
    import xml.etree.ElementTree as ET

    from quiz.generator.xmlcap import TRUNCATED, CappedRuns

    body = "é&amp;€&#233;x&lt;" * 200
    xml = f"<r><t>{body}</t><u>after</u></r>".encode()
    capped = CappedRuns(io.BytesIO(xml), limit)
    root = ET.fromstring(capped.read())
    assert root.find("t").text.endswith(TRUNCATED)
    assert root.find("u").text == "after"


def test_english_warning() -> None:
    german = (DATA / "german_article.wiki").read_text(encoding="utf-8")
    assert "does not look English" in (english_warning("Strelsau", german) or "")
    title, raw = json.loads(SEED.read_text(encoding="utf-8"))
    assert english_warning(title, repair_spacing(raw)) is None
    japanese = "ストレルサウはルリタニア王国の首都である。" * 20
    assert english_warning("Strelsau", japanese) is not None
    russian = "Стрельзау является столицей королевства Руритания. " * 10
    assert english_warning("Strelsau", russian) is not None
    for _, raw in _articles():
        assert english_warning("x", repair_spacing(raw)) is None


def _streaming_peak(path: Path) -> int:
    tracemalloc.start()
    try:
        count = sum(1 for item in iter_pages([path]) if isinstance(item, Page))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count > 0
    return peak


def test_streaming_memory_does_not_grow_with_dump_size(tmp_path: Path) -> None:
    small = write_dump(tmp_path / "small.xml", sample_pages(25, words=1500))
    large = write_dump(tmp_path / "large.xml", sample_pages(100, words=1500))
    assert large.stat().st_size > 3.5 * small.stat().st_size
    peak_small, peak_large = _streaming_peak(small), _streaming_peak(large)
    assert peak_large < 1.5 * peak_small + 256 * 1024, (peak_small, peak_large)
    assert peak_large < large.stat().st_size / 2


def test_bz2_seed_is_read(tmp_path: Path) -> None:
    path = tmp_path / "seed.json.bz2"
    path.write_bytes(bz2.compress(SEED.read_bytes()))
    (page,) = _pages([path])
    assert isinstance(page, Page) and page.title == "Azerbaijani Armed Forces"


def _mutations(data: bytes, rng: random.Random, count: int) -> list[bytes]:
    """Truncations, byte flips and spliced junk of ``data``."""
    out = []
    for _ in range(count):
        cut = rng.randrange(len(data))
        choice = rng.randrange(3)
        if choice == 0:
            out.append(data[:cut])
        elif choice == 1:
            out.append(data[:cut] + bytes([rng.randrange(256)]) + data[cut + 1 :])
        else:
            out.append(data[:cut] + rng.choice([b"<", b"&", b'"', b"\x00", b"\xff"]) + data[cut:])
    return out


@pytest.mark.parametrize("name", ["d.xml", "d.xml.bz2", "seed.json", "plain.wiki"])
def test_damaged_inputs_never_raise(name: str, tmp_path: Path) -> None:
    rng = random.Random(name)
    path = tmp_path / name
    if name.startswith("d."):
        write_dump(path, sample_pages(2, words=30))
    elif name == "seed.json":
        path.write_text(json.dumps(["Zenda", spaced(article_text("Zenda", 30))]), encoding="utf-8")
    else:
        path.write_text(article_text("Zenda", 30), encoding="utf-8")
    for damaged in _mutations(path.read_bytes(), rng, 150):
        path.write_bytes(damaged)
        for item in iter_pages([path]):
            assert isinstance(item, Page | PageFailure)
            if isinstance(item, PageFailure):
                assert "\n" not in item.message and item.message.startswith(str(path))


def test_a_title_with_markup_is_read_as_the_plain_name(tmp_path: Path) -> None:
    seed = tmp_path / "uno.json"
    text = "'''Sōsuke Uno''' was a Japanese politician who served as Prime Minister in 1989."
    seed.write_text(json.dumps(["Sōsuke Uno<br><small>宇野 宗佑</small>", text]), "utf-8")
    assert read_seed(seed, seed.read_bytes()).title == "Sōsuke Uno"
    seed.write_text(json.dumps(["'''[[Ann Exa|Ann]] Exa'''", text]), "utf-8")
    assert read_seed(seed, seed.read_bytes()).title == "Ann Exa"


def test_a_title_that_opens_with_a_comma_is_refused(tmp_path: Path) -> None:
    # a fragment of a mangled lead (", ex-" of "USS Odum (APD-71), ex-DE-670") would make
    # "In what year was , ex- launched?"; "& Juliet" is a real title
    path = tmp_path / "page.json"
    path.write_text(json.dumps([", ex-", "'''Odum''' was a ship."]), encoding="utf-8")
    with pytest.raises(QuizError, match="starts with ','"):
        read_seed(path, path.read_bytes())
    path.write_text(json.dumps(["& Juliet", "'''& Juliet''' is a musical."]), encoding="utf-8")
    assert read_seed(path, path.read_bytes()).title == "& Juliet"


def test_a_title_that_ends_in_a_comma_loses_it(tmp_path: Path) -> None:
    # a name cut from a mangled lead ("Joseph R. Biden,") had asked "Which political party did
    # Joseph R. Biden, belong to?"; a title's own full stop or exclamation mark stays
    path = tmp_path / "page.json"
    for title, kept in (("Joseph R. Biden,", "Joseph R. Biden"), ("Vorn Inc.;", "Vorn Inc.")):
        path.write_text(json.dumps([title, "'''Vorn''' is a firm."]), encoding="utf-8")
        assert read_seed(path, path.read_bytes()).title == kept
    path.write_text(json.dumps(["Oklahoma!", "'''Oklahoma!''' is a musical."]), encoding="utf-8")
    assert read_seed(path, path.read_bytes()).title == "Oklahoma!"
    path.write_text(json.dumps([",", "'''Vorn''' is a firm."]), encoding="utf-8")
    with pytest.raises(QuizError, match="no title"):
        read_seed(path, path.read_bytes())
