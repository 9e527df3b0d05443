"""Worksheets: golden pages, balance, versions, reproducibility, escaping, headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from test_export_csv import check_golden
from test_export_fixtures import ATTRIBUTION, nasty_bank, synthetic_bank

from quiz.errors import QuizError
from quiz.export.sheets import make_worksheets
from quiz.export.worksheet import export_worksheets
from quiz.export.worksheet_render import page_html, page_markdown
from quiz.learning.picker import top_section


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_pages_match_golden_files(fmt: str) -> None:
    bank = nasty_bank()
    [sheet] = make_worksheets(bank, bank.questions, count=20, seed=7)
    render = page_html if fmt == "html" else page_markdown
    check_golden(f"worksheet-A.{fmt}", render(sheet, answers=False))
    check_golden(f"worksheet-A-answers.{fmt}", render(sheet, answers=True))


def test_html_escapes_article_text_and_carries_header_and_attribution() -> None:
    bank = nasty_bank()
    [sheet] = make_worksheets(bank, bank.questions, count=20, seed=1)
    page = page_html(sheet)
    assert "<script" not in page and "<b>air" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;air&lt;/b&gt;" in page
    for field in ("Name:", "Class:", "Date:"):
        assert field in page
    assert ATTRIBUTION.replace("&", "&amp;").replace('"', "&quot;") in page
    assert page.count('class="q"') == 6
    assert page.count('class="gap"') == 2 and page.count('class="tf"') == 2
    assert "_____" not in page
    key = page_html(sheet, answers=True)
    assert "Name:" not in key and "answer key" in key
    for question in bank.questions:
        assert question.section.replace(">", "&gt;") in key
    assert "The navy, founded in 1992, followed independence." in key
    assert "also: President" in key


def test_key_names_the_introduction_for_questions_without_a_section() -> None:
    bank = nasty_bank()
    bank.questions[5].section = ""
    [sheet] = make_worksheets(bank, bank.questions, count=20, seed=1)
    assert page_html(sheet, answers=True).count("(introduction)") == 1
    assert page_markdown(sheet, answers=True).count("(introduction)") == 1


def test_markdown_escapes_specials() -> None:
    bank = nasty_bank()
    [sheet] = make_worksheets(bank, bank.questions, count=20, seed=1)
    text = page_markdown(sheet)
    assert "<script>" not in text and "\\<script\\>" in text
    assert "\\#1 parade starts at \\_\\_\\_" in text
    assert "\\&" in page_markdown(sheet, answers=True)


def test_selection_is_balanced_across_sections_and_kinds() -> None:
    bank = synthetic_bank(60)
    [sheet] = make_worksheets(bank, bank.questions, count=12, seed=3)
    questions = [item.question for item in sheet.items]
    assert len(questions) == 12 and len({q.id for q in questions}) == 12
    per_section = Counter(top_section(q) for q in questions)
    assert set(per_section) == {"History", "Structure", "Equipment"}
    assert max(per_section.values()) - min(per_section.values()) <= 1
    per_kind = Counter(q.kind for q in questions)
    assert len(per_kind) == 4 and max(per_kind.values()) - min(per_kind.values()) <= 2


def test_questions_that_give_each_other_away_are_not_picked_together() -> None:
    bank = nasty_bank()
    twin = bank.questions[4]
    bank.questions.append(
        type(twin)(**{**twin.to_dict(), "id": "tf-twin", "prompt": "The forces date from 1991."})
    )
    [sheet] = make_worksheets(bank, bank.questions, count=6, seed=5)
    contexts = [item.question.context for item in sheet.items]
    assert len(contexts) == len(set(contexts)) == 6


def test_versions_share_questions_but_not_order_and_are_reproducible() -> None:
    bank = synthetic_bank(80)
    sheets = make_worksheets(bank, bank.questions, count=20, versions=3, seed=11)
    assert [s.label for s in sheets] == ["A", "B", "C"]
    id_sets = [{item.question.id for item in s.items} for s in sheets]
    assert id_sets[0] == id_sets[1] == id_sets[2] and len(id_sets[0]) == 20
    orders = [[item.question.id for item in s.items] for s in sheets]
    assert len({tuple(order) for order in orders}) == 3
    choice_orders = [
        [item.options for item in s.items if item.question.kind == "mcq"] for s in sheets
    ]
    assert choice_orders[0] != choice_orders[1]
    for sheet in sheets:
        assert [item.number for item in sheet.items] == list(range(1, 21))
        for item in sheet.items:
            if item.question.kind == "mcq":
                assert sorted(item.options) == sorted(item.question.choices)
    again = make_worksheets(bank, bank.questions, count=20, versions=3, seed=11)
    assert [page_html(s) for s in again] == [page_html(s) for s in sheets]
    other = make_worksheets(bank, bank.questions, count=20, versions=1, seed=12)
    assert page_html(other[0]) != page_html(sheets[0])


def test_export_writes_pages_and_keeps_existing_files(tmp_path: Path) -> None:
    bank = nasty_bank()
    out = tmp_path / "sheets"
    paths = export_worksheets(bank, bank.questions, out, versions=2, seed=4, fmt="md")
    names = sorted(p.name for p in paths)
    assert names == [
        "azerbaijani-armed-forces-A-answers.md",
        "azerbaijani-armed-forces-A.md",
        "azerbaijani-armed-forces-B-answers.md",
        "azerbaijani-armed-forces-B.md",
    ]
    paths[0].write_text("teacher's notes", encoding="utf-8")
    with pytest.raises(QuizError, match="already exists"):
        export_worksheets(bank, bank.questions, out, versions=2, seed=9, fmt="md")
    assert paths[0].read_text(encoding="utf-8") == "teacher's notes"
    export_worksheets(bank, bank.questions, out, versions=2, seed=9, fmt="md", force=True)
    assert paths[0].read_text(encoding="utf-8").startswith("# Azerbaijani Armed Forces")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(QuizError, match="not a directory"):
        export_worksheets(bank, bank.questions, blocker, seed=1)
    with pytest.raises(QuizError, match="cannot create"):
        export_worksheets(bank, bank.questions, blocker / "sub", seed=1)
    with pytest.raises(QuizError, match="--versions"):
        export_worksheets(bank, bank.questions, out, versions=0, seed=1)
    with pytest.raises(QuizError, match="format"):
        export_worksheets(bank, bank.questions, out, fmt="pdf", seed=1)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_worksheet_renders_in_headless_chromium(tmp_path: Path) -> None:
    bank = synthetic_bank(20)
    bank.questions[:6] = nasty_bank().questions
    paths = export_worksheets(bank, bank.questions, tmp_path / "out", count=20, seed=2)
    sheet_url = paths[0].as_uri()
    pdf = tmp_path / "sheet.pdf"
    run_chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", sheet_url)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    assert 1 <= pages <= 4
    png = tmp_path / "key.png"
    run_chromium(tmp_path, f"--screenshot={png}", "--window-size=900,1200", paths[1].as_uri())
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = run_chromium(tmp_path, "--dump-dom", sheet_url).stdout
    assert dom.count('class="q"') == 20
    assert "<script" not in dom and "&lt;script&gt;" in dom
