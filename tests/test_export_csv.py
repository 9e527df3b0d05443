"""CSV export: golden files, quoting round trips, and a real Anki import of the anki dialect."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from test_export_fixtures import nasty_bank

from quiz.errors import QuizError
from quiz.export.csv_export import csv_text, export_csv

GOLDEN = Path(__file__).parent / "golden"


def check_golden(name: str, text: str) -> None:
    """Compare with tests/golden/<name>; QUIZ_UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / name
    if os.environ.get("QUIZ_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.read_bytes().decode("utf-8") == text, f"{name} differs from the golden file"


@pytest.mark.parametrize("dialect", ["quizlet", "anki"])
def test_csv_matches_golden_file(dialect: str) -> None:
    bank = nasty_bank()
    check_golden(f"export-{dialect}.csv", csv_text(bank, bank.questions, dialect))


def test_quizlet_rows_round_trip_through_a_csv_reader() -> None:
    bank = nasty_bank()
    rows = list(csv.reader(io.StringIO(csv_text(bank, bank.questions, "quizlet"), newline="")))
    assert len(rows) == len(bank.questions)
    assert all(len(row) == 2 for row in rows)
    assert rows[0] == [
        'Which city hosts the <script>alert("x")</script> "HQ" & staff?',
        "Baku, Azərbaycan",
    ]
    assert rows[3] == [
        'The army has "three" branches, including <b>air</b>. (true or false?)',
        "False. The army has four branches.",
    ]
    assert rows[4][1] == "True"
    assert rows[1] == ['The navy was founded in _____, after "independence".', "1992"]


def test_anki_dialect_has_headers_and_escaped_quoted_fields() -> None:
    bank = nasty_bank()
    text = csv_text(bank, bank.questions, "anki")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert header == [
        "#separator:Comma",
        "#html:true",
        "#notetype:Basic",
        "#deck:Quiz::Azerbaijani Armed Forces",
        "#columns:GUID,Front,Back,Tags",
        "#guid column:1",
        "#tags column:4",
    ]
    body = text.split("#tags column:4\n", 1)[1]
    rows = list(csv.reader(io.StringIO(body, newline="")))
    assert len(rows) == 6 and all(len(row) == 4 for row in rows)
    assert all(line.startswith('"') for line in body.splitlines())
    assert "&lt;script&gt;" in rows[0][1] and "<script>" not in rows[0][1]
    assert "<br>B. Baku, Azərbaycan<br>" in rows[0][1]
    assert rows[0][2].startswith("<b>B. Baku, Azərbaycan</b>")
    assert "quiz::section::Structure::Land_Forces" in rows[0][3].split()


def test_anki_dialect_imports_into_a_real_collection(tmp_path: Path) -> None:
    collection = pytest.importorskip("anki.collection", reason="the anki package is not installed")
    bank = nasty_bank()
    path = tmp_path / "cards.csv"
    assert export_csv(bank, bank.questions, path, dialect="anki") == 6
    col = collection.Collection(str(tmp_path / "c.anki2"))
    try:
        metadata = col.get_csv_metadata(str(path), None)
        log = col.import_csv(collection.ImportCsvRequest(path=str(path), metadata=metadata)).log
        assert len(log.new) == 6
        notes = [col.get_note(nid) for nid in col.find_notes("")]
        fronts = sorted(note["Front"] for note in notes)
        assert fronts[0].startswith("#1 parade starts at _____")
        assert any("&lt;script&gt;" in front for front in fronts)
        decks = {col.decks.name(note.cards()[0].did) for note in notes}
        assert decks == {"Quiz::Azerbaijani Armed Forces"}
        assert all("quiz::bank::azerbaijani-armed-forces" in note.tags for note in notes)
        log = col.import_csv(collection.ImportCsvRequest(path=str(path), metadata=metadata)).log
        assert len(log.new) == 0 and len(col.find_notes("")) == 6
    finally:
        col.close()


def test_csv_file_is_utf8_and_not_overwritten_without_force(tmp_path: Path) -> None:
    bank = nasty_bank()
    path = tmp_path / "cards.csv"
    export_csv(bank, bank.questions, path)
    assert "Azərbaycan" in path.read_bytes().decode("utf-8")
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(QuizError, match="already exists"):
        export_csv(bank, bank.questions, path)
    assert path.read_text(encoding="utf-8") == "keep me"
    with pytest.raises(QuizError, match="unknown CSV dialect"):
        export_csv(bank, bank.questions, tmp_path / "x.csv", dialect="excel")
    assert not (tmp_path / "x.csv").exists()
