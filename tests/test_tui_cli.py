"""Bank discovery (quiz.learning.catalog), the app commands, class assignments on Home."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import OptionList
from tui_fixtures import FIXED_NOW, FakeClock, press, sample_bank, settle, write_sample_bank

from quiz.cli import main
from quiz.errors import QuizError
from quiz.learning.catalog import fill_counts, find_banks
from quiz.learning.store import open_store
from quiz.paths import banks_dir


def test_catalog_lists_given_then_saved_banks_once_and_skips_bad_files(tmp_path: Path) -> None:
    given = write_sample_bank(tmp_path, "Kestrel Bay")
    saved = banks_dir(tmp_path / "data")
    saved.mkdir(parents=True)
    write_sample_bank(saved, "Kestrel Bay")  # same key as the given one: listed once
    write_sample_bank(saved, "Otter Cove")
    (saved / "broken.json").write_text("{not json", encoding="utf-8")
    catalog = find_banks(tmp_path / "data", [given], include_bundled=False)
    assert [(e.title, e.origin) for e in catalog.entries] == [
        ("Kestrel Bay", "given"),
        ("Otter Cove", "saved"),
    ]
    assert len(catalog.problems) == 1 and "broken.json" in catalog.problems[0]


def test_catalog_refuses_a_bad_bank_given_on_the_command_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "nope"}), encoding="utf-8")
    with pytest.raises(QuizError, match="invalid bank"):
        find_banks(tmp_path, [bad], include_bundled=False)


def test_counts_follow_the_learners_progress(data_dir: Path) -> None:
    bank_path = write_sample_bank(data_dir.parent)
    catalog = find_banks(data_dir, [bank_path], include_bundled=False)
    with open_store(data_dir, "Ann") as store:
        store.update_settings(new_per_day=10)
        entry = fill_counts(catalog, store, FIXED_NOW).entries[0]
        assert (entry.new, entry.learning, entry.review) == (10, 0, 0)
        from quiz.learning.study import StudySession

        session = StudySession(store, entry.bank, now=FIXED_NOW)
        session.answer(session.next_card(FIXED_NOW), 1, now=FIXED_NOW)
        entry = fill_counts(catalog, store, FIXED_NOW).entries[0]
    assert (entry.new, entry.learning, entry.due) == (9, 1, 1)


def test_missing_bank_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    code = main(["study", str(tmp_path / "nope.json"), "--data-dir", str(tmp_path)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("quiz: error:") and "no such file" in err and err.count("\n") == 1


def test_bad_profile_name_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    bank = write_sample_bank(tmp_path)
    code = main(["practice", str(bank), "--profile", "../x", "--data-dir", str(tmp_path)])
    assert code == 2
    assert "profile name" in capsys.readouterr().err


def test_bare_bank_argument_routes_to_open() -> None:
    from quiz.cli import _route_bare_bank, build_parser

    parser = build_parser()
    assert _route_bare_bank(["bank.json"], parser) == ["open", "bank.json"]
    args = parser.parse_args(["exam", "b.json", "--minutes", "2", "--count", "5"])
    assert (args.mode, args.bank, args.minutes, args.count) == ("exam", "b.json", 2.0, 5)


def test_help_does_not_import_textual() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from quiz.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: main(['--help'])\n"
        "    except SystemExit: pass\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


async def test_assignment_on_home_screen_starts_and_records_a_practice(data_dir: Path) -> None:
    classroom = pytest.importorskip("quiz.classroom.classes", reason="classroom module not present")
    from quiz.tui.app import QuizApp
    from quiz.tui.screens.practice import PracticeScreen

    bank_path = write_sample_bank(data_dir.parent)
    bank = sample_bank()
    classroom.create_class(data_dir, "5B")
    classroom.add_students(data_dir, "5B", ["Ann"])
    ids = [q.id for q in bank.questions if q.kind == "mcq"][:2]
    assignment = classroom.create_assignment(
        data_dir, "5B", bank, bank_path, question_ids=ids, now=FIXED_NOW
    )
    app = QuizApp(data_dir, profile="Ann", clock=FakeClock(), rng=random.Random(1), bundled=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        listing = app.screen.query_one("#assignments", OptionList)
        assert listing.option_count == 1
        assert assignment.id in str(listing.get_option_at_index(0).prompt)
        await press(pilot, "tab")  # one Tab from the banks, not ten
        assert app.focused is listing
        await press(pilot, "shift+tab", "a", "enter")  # a: to the assignments, enter: start
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        for _ in ids:
            q = screen.current
            await press(pilot, str(q.choices.index(q.answer) + 1), "enter")
        assert app.screen.summary.score == 2
    with open_store(data_dir, "Ann") as store:
        saved = store.sessions()
    assert saved[-1]["meta"]["assignment"] == assignment.id


async def test_command_palette_offers_screens_and_class_reports(data_dir: Path) -> None:
    classroom = pytest.importorskip("quiz.classroom.classes", reason="classroom module not present")
    from quiz.tui.app import QuizApp

    classroom.create_class(data_dir, "5B")
    write_sample_bank(data_dir.parent)
    app = QuizApp(data_dir, clock=FakeClock(), rng=random.Random(1), bundled=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Study", "Practice", "Exam", "Browse", "Stats", "Settings"} <= set(titles)
        assert "Class report: 5B" in titles
        app.open_report("5B")
        await settle(pilot)
        assert type(app.screen).__name__ == "ReportScreen"


def test_profile_open_in_another_window_is_a_one_line_error(data_dir: Path, capsys) -> None:
    bank = write_sample_bank(data_dir.parent)
    with open_store(data_dir, "Ann"):
        code = main(["study", str(bank), "--profile", "Ann", "--data-dir", str(data_dir)])
    assert code == 2
    err = capsys.readouterr().err
    assert "another window" in err and err.count("\n") == 1


def test_starting_a_session_without_any_bank_is_an_error(tmp_path: Path) -> None:
    from quiz.tui.app import QuizApp

    with pytest.raises(QuizError, match="no question bank"):
        QuizApp(tmp_path, start="study", bundled=False)


async def test_home_warns_about_unreadable_saved_banks(data_dir: Path) -> None:
    from quiz.tui.app import QuizApp

    saved = banks_dir(data_dir)
    saved.mkdir()
    (saved / "broken.json").write_text("[]", encoding="utf-8")
    app = QuizApp(data_dir, clock=FakeClock(), bundled=False)
    async with app.run_test(size=(100, 30)):
        assert any("broken.json" in n.message for n in app._notifications)
        assert "No bank yet" in str(app.screen.query_one("#bank-info").render())
