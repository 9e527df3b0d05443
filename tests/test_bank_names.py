"""One bank-name resolver: every command that takes a bank accepts the same names."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.bank import bundled_banks, write_bank
from quiz.errors import QuizError
from quiz.learning.catalog import bank_file, resolve_bank
from quiz.model import Bank, Question, Source
from quiz.paths import banks_dir


def small_bank(title: str) -> Bank:
    questions = [
        Question(
            id=f"q{i}",
            kind="short_answer",
            prompt=f"Question {i} about {title}?",
            answer=f"Answer {i}",
            section="History",
            context=f"Sentence {i}.",
            fact=f"f{i}",
        )
        for i in range(4)
    ]
    return Bank(title=title, source=Source(title=title), questions=questions)


@pytest.fixture
def saved(data_dir: Path) -> Path:
    folder = banks_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    write_bank(small_bank("Toronto Star"), folder / "toronto-star.json")
    write_bank(small_bank("Bodmin"), folder / "my-file.json")  # file name is not the title
    return folder


def test_names_paths_titles_and_unique_prefixes(data_dir: Path, saved: Path) -> None:
    star = saved / "toronto-star.json"
    for name in ("toronto", "Toronto Star", "toronto-star", "toronto-star.json", str(star)):
        assert bank_file(data_dir, name).resolve() == star.resolve(), name
    assert bank_file(data_dir, "bodmin") == saved / "my-file.json"  # by its title
    assert bank_file(data_dir, "my-file") == saved / "my-file.json"
    bundled = bundled_banks()[0]
    assert bank_file(data_dir, "azerbaijani") == bundled.resolve()
    bank, path = resolve_bank(data_dir, "toronto")
    assert bank.title == "Toronto Star" and path == star.resolve()


def test_unknown_and_ambiguous_names_are_one_line_errors(data_dir: Path, saved: Path) -> None:
    write_bank(small_bank("Toronto Maple Leafs"), saved / "toronto-maple-leafs.json")
    with pytest.raises(QuizError, match="more than one bank matches.*toronto-maple-leafs"):
        bank_file(data_dir, "toronto")
    assert bank_file(data_dir, "toronto star").name == "toronto-star.json"
    with pytest.raises(QuizError, match="nowhere: no such file; no such bank .*toronto-star"):
        bank_file(data_dir, "nowhere")
    assert bank_file(data_dir, "sub/missing.json") == Path("sub/missing.json")  # a path


def test_every_command_takes_the_same_bank_name(
    data_dir: Path, saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quiz.cli import main

    def run(*argv: str) -> int:
        try:
            return main(list(argv))
        except SystemExit as exit:
            return int(exit.code or 0)

    out = tmp_path / "out"
    out.mkdir()
    assert run("export", "anki", "toronto", "-o", str(out / "deck.apkg")) == 0
    assert run("export", "csv", "toronto", "-o", str(out / "cards.csv")) == 0
    assert run("export", "worksheet", "toronto", "-o", str(out / "sheets"), "--count", "2") == 0
    assert run("export", "gift", "toronto", "-o", str(out / "quiz.gift")) == 0
    assert run("stats", "--bank", "toronto", "--json") in (0, 2)
    assert run("class", "create", "7A") == 0
    assert run("class", "add", "7A", "Ann") == 0
    assert run("assign", "7A", "toronto", "--count", "2") == 0
    assert run("report", "7A", "--bank", "toronto") == 0
    captured = capsys.readouterr()
    assert "Toronto Star" in captured.out
    assert "Traceback" not in captured.err
