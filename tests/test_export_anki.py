"""Anki export: import the .apkg into a real Anki collection and check notes, cards and updates."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_export_fixtures import ATTRIBUTION, nasty_bank, synthetic_bank

from quiz.errors import QuizError
from quiz.export.anki import export_anki, note_guid
from quiz.export.select import Filters, select_questions
from quiz.export.text import stable_guid

anki_collection = pytest.importorskip("anki.collection", reason="the anki package is not installed")


@pytest.fixture
def col(tmp_path: Path) -> Iterator:
    collection = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def import_apkg(col, path: Path):
    request = anki_collection.ImportAnkiPackageRequest(
        package_path=str(path),
        options=anki_collection.ImportAnkiPackageOptions(with_scheduling=False),
    )
    return col.import_anki_package(request).log


def shown(rendered: str) -> str:
    """A rendered card without the note type's style sheet."""
    return rendered.split("</style>", 1)[-1]


def visible(rendered: str) -> str:
    """The text a learner sees on a rendered card (tags removed, entities kept)."""
    return re.sub(r"<[^>]+>", "", shown(rendered))


def notes_by_guid(col) -> dict:
    return {note.guid: note for note in (col.get_note(nid) for nid in col.find_notes(""))}


def test_import_gives_one_note_per_question_with_cards_and_tags(tmp_path: Path, col) -> None:
    bank = nasty_bank()
    path = tmp_path / "deck.apkg"
    assert export_anki([(bank, bank.questions)], path, now=1_700_000_000) == 6
    log = import_apkg(col, path)
    assert len(log.new) == 6
    notes = notes_by_guid(col)
    assert len(notes) == 6
    for question in bank.questions:
        note = notes[note_guid(bank, question)]
        cards = note.cards()
        assert len(cards) == 1, question.kind
        assert f"quiz::kind::{question.kind}" in note.tags
        assert col.decks.name(cards[0].did) == "Quiz::Azerbaijani Armed Forces"
        for name, value in note.items():
            assert "<" not in value and ">" not in value, (name, value)
        assert note["Attribution"] == ATTRIBUTION.replace("&", "&amp;").replace('"', "&quot;")
    mcq = notes[note_guid(bank, bank.questions[0])]
    assert "quiz::section::Structure::Land_Forces" in mcq.tags
    assert "quiz::tag::capital_city" in mcq.tags
    assert all(" " not in tag for tag in mcq.tags)


def test_cards_render_escaped_text_and_answers(tmp_path: Path, col) -> None:
    bank = nasty_bank()
    path = tmp_path / "deck.apkg"
    export_anki([(bank, bank.questions)], path, now=1_700_000_000)
    import_apkg(col, path)
    notes = notes_by_guid(col)
    mcq_card = notes[note_guid(bank, bank.questions[0])].cards()[0]
    front = shown(mcq_card.question())
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in front
    assert "<script>" not in front
    assert "Azərbaycan" in front and "reveal-" not in front
    back = shown(mcq_card.answer())
    assert "B. Baku, Azərbaycan" in back and "reveal-B" in back
    assert "The headquarters &amp; staff are in Baku, Azərbaycan." in back
    assert "CC BY-SA 4.0 &amp; its authors" in back

    cloze_card = notes[note_guid(bank, bank.questions[1])].cards()[0]
    assert "[...]" in visible(cloze_card.question())
    assert "1992" not in visible(cloze_card.question())
    assert "founded in <span" in cloze_card.question()
    assert "1992</span>, after &quot;independence&quot;." in cloze_card.answer()
    colon_card = notes[note_guid(bank, bank.questions[2])].cards()[0]
    assert "10:30" in colon_card.answer().replace("&#58;", ":")
    assert "[...]" in colon_card.question()

    tf_card = notes[note_guid(bank, bank.questions[3])].cards()[0]
    assert "&lt;b&gt;air&lt;/b&gt;" in tf_card.question()
    assert "True or false?" in tf_card.question()
    assert '<div class="answer">False</div>' in tf_card.answer()
    short_card = notes[note_guid(bank, bank.questions[5])].cards()[0]
    assert "Who commands the forces?" in short_card.question()
    assert "The President" in short_card.answer()


def test_reimport_of_regenerated_bank_updates_instead_of_duplicating(tmp_path: Path, col) -> None:
    bank = nasty_bank()
    first = tmp_path / "first.apkg"
    export_anki([(bank, bank.questions)], first, now=1_700_000_000)
    import_apkg(col, first)
    changed = dataclasses.replace(bank.questions[5], prompt="Who is in command of the forces?")
    regenerated = dataclasses.replace(bank, questions=[*bank.questions[:5], changed])
    second = tmp_path / "second.apkg"
    export_anki([(regenerated, regenerated.questions)], second, now=1_700_086_400)
    log = import_apkg(col, second)
    assert len(log.new) == 0
    notes = notes_by_guid(col)
    assert len(notes) == 6
    assert notes[note_guid(bank, changed)]["Question"] == "Who is in command of the forces?"


def test_stable_guid_is_genankis_guid_for() -> None:
    import genanki

    for values in [("a",), ("azerbaijani-armed-forces", "mcq-hq"), ("k", "Azərbaycan", "csv")]:
        assert stable_guid(*values) == genanki.guid_for(*values)


def test_guid_depends_on_bank_and_id_not_text() -> None:
    bank = nasty_bank()
    question = bank.questions[0]
    reworded = dataclasses.replace(question, prompt="Another wording?", answer="Ganja")
    assert note_guid(bank, question) == note_guid(bank, reworded)
    assert note_guid(nasty_bank("Other Title"), question) != note_guid(bank, question)


def test_several_banks_become_subdecks_and_filters_apply(tmp_path: Path, col) -> None:
    first, second = nasty_bank(), synthetic_bank(40)
    selections = [
        (first, select_questions(first, Filters(kinds=("cloze",)))),
        (second, select_questions(second, Filters(limit=10))),
    ]
    path = tmp_path / "two.apkg"
    assert export_anki(selections, path, now=1_700_000_000) == 12
    import_apkg(col, path)
    names = {name for name, _ in ((d.name, d.id) for d in col.decks.all_names_and_ids())}
    assert {"Quiz", "Quiz::Azerbaijani Armed Forces", "Quiz::Synthetic Army"} <= names
    assert len(col.find_notes('"deck:Quiz::Azerbaijani Armed Forces"')) == 2
    assert len(col.find_notes('"deck:Quiz::Synthetic Army"')) == 10
    assert len(col.find_notes("tag:quiz::kind::cloze")) == 2 + 3


def test_existing_output_is_kept_without_force(tmp_path: Path) -> None:
    bank = nasty_bank()
    path = tmp_path / "deck.apkg"
    path.write_bytes(b"precious")
    with pytest.raises(QuizError, match="already exists"):
        export_anki([(bank, bank.questions)], path, now=1_700_000_000)
    assert path.read_bytes() == b"precious"
    export_anki([(bank, bank.questions)], path, force=True, now=1_700_000_000)
    assert path.read_bytes()[:2] == b"PK"
    with pytest.raises(QuizError, match="is a directory"):
        export_anki([(bank, bank.questions)], tmp_path, force=True, now=1_700_000_000)
