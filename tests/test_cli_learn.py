"""``quiz stats`` and ``quiz profile`` from the command line."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quiz.bank import write_bank
from quiz.cli import main
from quiz.learning.store import list_profiles, open_store
from quiz.learning.study import StudySession
from quiz.model import Bank, Question, Source


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    questions = [
        Question(
            id=f"q{i}",
            kind="short_answer",
            prompt=f"Question {i}?",
            answer=f"Answer {i}",
            section="Early years" if i < 3 else "Later",
        )
        for i in range(6)
    ]
    path = tmp_path / "bank.json"
    write_bank(Bank(title="Small Bank", source=Source(title="Small"), questions=questions), path)
    return path


def test_stats_json_on_fresh_data_dir(data_dir: Path, capsys, bank_file: Path) -> None:
    code, out, err = run(capsys, "stats", "--json", "--bank", str(bank_file))
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["profile"] == "default"
    (figures,) = result["banks"]
    assert figures["bank"] == "small-bank"
    assert figures["due"] == {"new": 6, "learning": 0, "review": 0}
    assert figures["retention"] is None
    assert figures["mastery"] == {"Early years": 0.0, "Later": 0.0}
    assert list_profiles(data_dir) == ["default"]


def test_stats_without_bank_option(data_dir: Path, capsys) -> None:
    code, out, _ = run(capsys, "stats", "--json", "--data-dir", str(data_dir))
    assert code == 0
    assert json.loads(out)["banks"]


def test_stats_table_after_studying(data_dir: Path, capsys, bank_file: Path) -> None:
    from quiz.bank import load_bank

    bank = load_bank(bank_file)
    now = datetime.now(UTC)
    with open_store(data_dir, "Ann") as store:
        session = StudySession(store, bank, now=now, rng=random.Random(1))
        session.answer(session.next_card(now), 4, now=now)
        # stats reads while the profile is open elsewhere
        code, out, err = run(capsys, "stats", "--bank", str(bank_file), "--profile", "ann")
    assert (code, err) == (0, "")
    assert "Profile: Ann" in out and "Bank: small-bank" in out
    assert "review     1" in out and "1 in all" in out
    assert "Mastery by section" in out and "Early years" in out


def test_stats_unknown_profile_is_one_line_error(data_dir: Path, capsys, bank_file) -> None:
    run(capsys, "profile", "add", "Ann")
    code, out, err = run(capsys, "stats", "--profile", "Bob", "--bank", str(bank_file))
    assert code == 2
    assert err == (
        "quiz: error: no profile named 'Bob' (profiles: Ann); "
        "create it with `quiz profile add Bob`\n"
    )


def test_stats_bad_bank_file(data_dir: Path, capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    code, _, err = run(capsys, "stats", "--bank", str(bad))
    assert code == 2 and "not valid JSON" in err and err.count("\n") == 1


def test_profile_commands(data_dir: Path, capsys) -> None:
    assert run(capsys, "profile", "list")[1].startswith("no profiles yet")
    assert run(capsys, "profile", "add", "Ann Lee")[0] == 0
    assert run(capsys, "profile", "add", "Bob")[0] == 0
    assert run(capsys, "profile", "list")[1] == "Ann Lee\nBob\n"
    code, _, err = run(capsys, "profile", "add", "bob")
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "profile", "add", "../evil")
    assert code == 2 and "may not contain" in err
    assert run(capsys, "profile", "rename", "Ann Lee", "Ann")[0] == 0
    assert run(capsys, "profile", "list")[1] == "Ann\nBob\n"
    code, _, err = run(capsys, "profile", "remove", "Bob")  # stdin is not a terminal
    assert code == 2 and "--yes" in err
    assert list_profiles(data_dir) == ["Ann", "Bob"]
    assert run(capsys, "profile", "remove", "Bob", "--yes")[0] == 0
    assert list_profiles(data_dir) == ["Ann"]
    code, _, err = run(capsys, "profile", "rename", "Nobody", "X")
    assert code == 2 and "no profile named 'Nobody'" in err


def test_profile_remove_refused_while_open(data_dir: Path, capsys) -> None:
    with open_store(data_dir, "Ann"):
        code, _, err = run(capsys, "profile", "remove", "Ann", "--yes")
    assert code == 2 and "open in another window" in err
    assert list_profiles(data_dir) == ["Ann"]


def test_command_module_imports_stay_light() -> None:
    probe = (
        "import argparse, sys, quiz.commands.learn as learn; "
        "learn.register(argparse.ArgumentParser().add_subparsers()); "
        "heavy = [m for m in ('textual', 'tinydb', 'fsrs', 'rapidfuzz') if m in sys.modules]; "
        "print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert "tinydb" not in out and "textual" not in out and "fsrs" not in out
