"""``quiz export`` on the command line: outputs, filters, and one-line errors for bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_export_fixtures import nasty_bank, synthetic_bank, write

from quiz.cli import main


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    return write(nasty_bank(), tmp_path / "army.json")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["export", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_anki_csv_and_worksheet_commands_write_files(tmp_path: Path, bank_file: Path, capsys):
    other = write(synthetic_bank(30), tmp_path / "synthetic.json")
    status, out, _ = run(capsys, "anki", str(bank_file), str(other), "-o", str(tmp_path / "d.apkg"))
    assert status == 0 and "wrote 36 notes" in out
    assert (tmp_path / "d.apkg").read_bytes()[:2] == b"PK"
    status, out, _ = run(
        capsys, "csv", str(bank_file), "-o", str(tmp_path / "c.csv"), "--kinds", "mcq,cloze"
    )
    assert status == 0 and "wrote 3 rows" in out and "CC BY-SA" in out
    assert len((tmp_path / "c.csv").read_text(encoding="utf-8").splitlines()) == 3
    status, out, _ = run(
        capsys, "worksheet", str(other), "-o", str(tmp_path / "ws"), "--count", "8",
        "--versions", "2", "--seed", "5", "--format", "md", "--sections", "Structure",
    )  # fmt: skip
    assert status == 0 and "seed 5" in out
    assert sorted(p.name for p in (tmp_path / "ws").iterdir()) == [
        "synthetic-army-A-answers.md",
        "synthetic-army-A.md",
        "synthetic-army-B-answers.md",
        "synthetic-army-B.md",
    ]
    sheet = (tmp_path / "ws" / "synthetic-army-A.md").read_text(encoding="utf-8")
    assert sheet.count("Fact number") == 8


def test_difficulty_and_limit_filters(tmp_path: Path, capsys) -> None:
    bank = write(synthetic_bank(40), tmp_path / "s.json")
    out_csv = tmp_path / "hard.csv"
    status, out, _ = run(capsys, "csv", str(bank), "-o", str(out_csv), "--difficulty", "hard")
    assert status == 0 and "wrote 12 rows" in out  # difficulties 0.7, 0.8, 0.9 of every ten
    status, out, _ = run(
        capsys, "csv", str(bank), "-o", str(tmp_path / "l.csv"), "--limit", "5",
        "--difficulty", "0-0.25",
    )  # fmt: skip
    assert status == 0 and "wrote 5 rows" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["csv", "{missing}", "-o", "{out}"], "no such file"),
        (["csv", "{bad}", "-o", "{out}"], "not valid JSON"),
        (["csv", "{invalid}", "-o", "{out}"], "invalid bank"),
        (["csv", "{bank}", "-o", "{out}", "--kinds", "essay"], "unknown kind 'essay'"),
        (["csv", "{bank}", "-o", "{out}", "--sections", "Nowhere"], "no questions match"),
        (["csv", "{bank}", "-o", "{out}", "--difficulty", "0.95-1"], "no questions match"),
        (["csv", "{bank}", "-o", "{out}", "--difficulty", "tricky"], "bad difficulty"),
        (["csv", "{bank}", "-o", "{out}", "--limit", "0"], "--limit"),
        (["csv", "{bank}", "-o", "{existing}"], "already exists"),
        (["anki", "{bank}", "-o", "{existing}"], "already exists"),
        (["anki", "{bank}", "-o", "{nodir}/d.apkg"], "does not exist"),
        (["anki", "{bank}", "{bank}", "-o", "{out}"], "same bank"),
        (["worksheet", "{bank}", "-o", "{existing}"], "not a directory"),
        (["worksheet", "{bank}", "-o", "{existing}/sub"], "cannot create"),
        (["worksheet", "{bank}", "-o", "{dir}", "--count", "0"], "--count"),
    ],
)
def test_bad_input_gives_one_line_error_and_keeps_files(
    tmp_path: Path, bank_file: Path, capsys, args: list[str], message: str
) -> None:
    existing = tmp_path / "existing.txt"
    existing.write_text("precious", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    (tmp_path / "invalid.json").write_text('{"format": "quiz-bank/1"}', encoding="utf-8")
    names = {
        "missing": tmp_path / "missing.json",
        "bad": tmp_path / "bad.json",
        "invalid": tmp_path / "invalid.json",
        "bank": bank_file,
        "out": tmp_path / "out.csv",
        "existing": existing,
        "nodir": tmp_path / "nodir",
        "dir": tmp_path / "sheets",
    }
    argv = [arg.format(**names) for arg in args]
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert err.startswith("quiz: error: ") and err.count("\n") == 1, err
    assert message in err
    assert existing.read_text(encoding="utf-8") == "precious"
    assert not (tmp_path / "out.csv").exists()


def test_export_command_module_imports_no_heavy_libraries() -> None:
    code = (
        "import argparse, sys, quiz.commands.export as e;"
        "e.register(argparse.ArgumentParser().add_subparsers());"
        "heavy = {'genanki', 'textual', 'anki', 'quiz.export.anki'} & set(sys.modules);"
        "print(sorted(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_worksheet_message_counts_the_questions_a_version_holds(tmp_path: Path, capsys) -> None:
    bank = synthetic_bank(6)
    for question in bank.questions[1:]:  # (one fact asked six ways: siblings, one a sheet)
        question.fact = bank.questions[0].fact or "one fact"
    bank.questions[0].fact = bank.questions[1].fact
    path = write(bank, tmp_path / "siblings.json")
    status, out, _ = run(capsys, "worksheet", str(path), "-o", str(tmp_path / "ws"), "--seed", "3")
    assert status == 0 and "1 version of 1 question;" in out
