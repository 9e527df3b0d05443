"""Hostile-input corpus: every command that reads a bank, an article, a roster or a name is fed
bad files and names; each must end with one line of error and a non-zero status, never a
traceback and never a hang (a watchdog alarm fails a command that blocks)."""

from __future__ import annotations

import bz2
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import QUESTIONS

from quiz.cli import main
from quiz.learning.store import add_profile

BUNDLED_BANK = QUESTIONS / "azerbaijani-armed-forces.json"
HANG_SECONDS = 10
LONG = "x" * 5000


class Hang(Exception):
    """A command was still running when the watchdog fired."""


@contextmanager
def watchdog(seconds: int = HANG_SECONDS) -> Iterator[None]:
    def fire(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def good_bank() -> dict:
    return json.loads(BUNDLED_BANK.read_text(encoding="utf-8"))


def with_(change: dict) -> str:
    data = good_bank()
    data.update(change)
    return json.dumps(data)


def with_question(change: dict) -> str:
    data = good_bank()
    data["questions"][0].update(change)
    return json.dumps(data)


# name -> file content (bytes or str); FIFOs, links and devices are made in the fixture.
BAD_BANKS: dict[str, bytes | str] = {
    "empty.json": b"",
    "spaces.json": "  \n\t ",
    "binary.json": bytes(range(256)) * 4,
    "latin1.json": '{"title": "caf\xe9"}'.encode("latin-1"),
    "deep-array.json": "[" * 100_000 + "]" * 100_000,
    "deep-object.json": '{"a":' * 100_000 + "1" + "}" * 100_000,
    "bigint.json": with_question({"difficulty": 0.123456789}).replace("0.123456789", "9" * 5000),
    "bigint-raw.json": '{"format": "quiz-bank/1", "n": ' + "7" * 5000 + "}",
    "nan.json": with_question({"difficulty": float("nan")}),
    "array.json": "[1, 2, 3]",
    "string.json": '"quiz-bank/1"',
    "truncated.json": BUNDLED_BANK.read_text(encoding="utf-8")[:-40],  # cut inside its last item
    "generator-5.json": with_({"generator": 5}),
    "sections-5.json": with_({"sections": 5}),
    "sections-ints.json": with_({"sections": [1, 2]}),
    "source-types.json": with_({"source": {"title": 5, "url": ["x"]}}),
    "source-list.json": with_({"source": ["x"]}),
    "questions-object.json": with_({"questions": {"a": 1}}),
    "question-types.json": with_question({"choices": "abcd", "accept": 5, "tags": [1]}),
    "question-fact.json": with_question({"fact": {"x": 1}}),
    "question-null.json": with_({"questions": [None]}),
    "title-long.json": with_({"title": LONG}),
    "title-missing.json": with_({"title": None}),
    "format-other.json": with_({"format": {"v": 2}}),
}

BAD_ARTICLES: dict[str, bytes | str] = {
    "empty.wiki": b"",
    "binary.wiki": bytes(range(256)) * 4,
    "nul.txt": "Some text\x00 more",
    "latin1.wiki": "Caf\xe9 is a word.".encode("latin-1"),
    "deep-seed.json": "[" * 100_000 + "]" * 100_000,
    "bigint-seed.json": '["T", ' + "7" * 5000 + "]",
    "wrong-seed.json": '["only a title"]',
    "seed-types.json": "[1, 2]",
    "not-a-dump.xml": "<?xml version='1.0'?><root/>",
    "bad-dump.xml": "<mediawiki><page><title>A</title>",
    "bad.xml.bz2": b"BZh91AY&SY not really bz2",
    "text.wiki.bz2": bz2.compress(b"\x00\x01 binary inside"),
}


def make_specials(folder: Path, stem: str) -> dict[str, Path]:
    """A FIFO, a symlink to a FIFO, a dangling and a looping symlink, a folder, a 5,000
    character name, a name with markup."""
    fifo = folder / f"{stem}-fifo.json"
    os.mkfifo(fifo)
    link = folder / f"{stem}-link-to-fifo.json"
    link.symlink_to(fifo)
    dangling = folder / f"{stem}-dangling.json"
    dangling.symlink_to(folder / "nowhere.json")
    loop = folder / f"{stem}-loop.json"
    loop.symlink_to(loop)
    directory = folder / f"{stem}-dir.json"
    directory.mkdir()
    markup = folder / "[@click=app.quit]<b>&amp;.json"
    markup.write_bytes(b"\x00[bold]")
    return {
        "fifo": fifo,
        "link-to-fifo": link,
        "dangling": dangling,
        "loop": loop,
        "directory": directory,
        "device": Path("/dev/zero"),
        "null-device": Path("/dev/null"),
        "long-name": folder / (LONG + ".json"),
        "markup-name": markup,
        "huge": _sparse(folder / f"{stem}-huge.json", 200 * 1024 * 1024),
    }


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    root = tmp_path_factory.mktemp("hostile")
    banks, articles, rosters = root / "banks", root / "articles", root / "rosters"
    for folder in (banks, articles, rosters):
        folder.mkdir()
    found: dict[str, dict[str, Path]] = {"bank": {}, "article": {}, "roster": {}}
    for name, content in BAD_BANKS.items():
        found["bank"][name] = _write(banks / name, content)
    for name, content in BAD_ARTICLES.items():
        found["article"][name] = _write(articles / name, content)
    rosters_content = {
        "empty.csv": b"",
        "binary.csv": bytes(range(256)) * 4,
        "long-line.csv": "name\n" + "y" * 140_000 + "\n",
        "long-plain.txt": "z" * 140_000 + "\n",
        "control.txt": "Ann\nB\x1bob\n",
        "long-name.txt": LONG + "\n",
    }
    for name, content in rosters_content.items():
        found["roster"][name] = _write(rosters / name, content)
    for kind, folder in (("bank", banks), ("article", articles), ("roster", rosters)):
        found[kind].update(make_specials(folder, kind))
    return found


def _write(path: Path, content: bytes | str) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def run_cli(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    """``quiz ARGV`` in this process under the watchdog; an exception escaping is a failure."""
    try:
        with watchdog():
            code = main(argv)
    except SystemExit as exc:  # argparse: usage line + error line, status 2
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, argv: list[str]) -> None:
    assert code != 0, f"{argv}: exit status 0"
    assert "Traceback" not in err, f"{argv}: {err}"
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"{argv}: {len(lines)} lines of error: {err[:500]}"
    assert lines[0].startswith("quiz: error: "), f"{argv}: {lines[0][:300]}"
    assert len(lines[0]) < 400, f"{argv}: error line of {len(lines[0])} characters"


@pytest.fixture
def classroom(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    for argv in (["class", "create", "5B"], ["class", "add", "5B", "Ann", "Bob"]):
        assert main(argv) == 0
    capsys.readouterr()
    return data_dir


BANK_COMMANDS = [
    ["validate", "{}"],
    ["export", "anki", "{}", "-o", "{out}/deck.apkg"],
    ["export", "csv", "{}", "-o", "{out}/cards.csv"],
    ["export", "csv", "{}", "-o", "{out}/cards.csv", "--dialect", "anki"],
    ["export", "worksheet", "{}", "-o", "{out}/sheets"],
    ["export", "gift", "{}", "-o", "{out}/q.gift"],
    ["export", "moodle", "{}", "-o", "{out}/q.xml"],
    ["export", "qti", "{}", "-o", "{out}/q.zip"],
    ["export", "kahoot", "{}", "-o", "{out}/q.xlsx"],
    ["stats", "--bank", "{}"],
    ["study", "{}"],
    ["practice", "{}"],
    ["exam", "{}"],
    ["{}"],
    ["review", "{}"],
    ["assign", "5B", "{}"],
]


@pytest.mark.parametrize("command", BANK_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_bank_command_refuses_every_bad_bank(
    corpus: dict[str, dict[str, Path]],
    classroom: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name, path in corpus["bank"].items():
        argv = [part.format(path, out=out) for part in command]
        code, _, err = run_cli(capsys, argv)
        if command[0] == "validate" and code == 1:  # readable JSON, problems listed on stdout
            assert "Traceback" not in err, f"{name}: {err}"
            continue
        assert_one_line_error(code, err, argv)
        assert not list(out.iterdir()), f"{name}: output written for a bad bank"


def test_validate_lists_the_schema_problems(
    corpus: dict[str, dict[str, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    expected = {
        "generator-5.json": "'generator' must be an object",
        "sections-5.json": "'sections' must be a list of strings",
        "source-types.json": "source: 'title' must be a string",
        "question-fact.json": "'fact' must be a string",
        "nan.json": "'difficulty' must be a number from 0 to 1",
        "title-long.json": "'title' must be a non-empty string of at most 255",
    }
    for name, problem in expected.items():
        code, out, _ = run_cli(capsys, ["validate", str(corpus["bank"][name])])
        assert code == 1 and problem in out, (name, out)


ARTICLE_COMMANDS = [
    ["generate", "{}", "--out-dir", "{out}"],
    ["generate", "{}", "-o", "{out}/bank.json"],
    ["generate", "{}", "--out-dir", "{out}", "--title", "T"],
]


@pytest.mark.parametrize("command", ARTICLE_COMMANDS, ids=lambda c: " ".join(c[2:4]))
def test_generate_refuses_every_bad_article(
    corpus: dict[str, dict[str, Path]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    for name, path in corpus["article"].items():
        argv = [part.format(path, out=tmp_path) for part in command] + ["--jobs", "1"]
        code, _, err = run_cli(capsys, argv)
        assert_one_line_error(code, err, argv)
        assert not list(tmp_path.iterdir()), f"{name}: output written for a bad article"


def test_class_add_refuses_every_bad_roster(
    corpus: dict[str, dict[str, Path]], classroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in corpus["roster"].values():
        argv = ["class", "add", "5B", "--from", str(path)]
        code, _, err = run_cli(capsys, argv)
        assert_one_line_error(code, err, argv)
    assert main(["class", "show", "5B"]) == 0
    assert capsys.readouterr().out.count("\n  ") == 2  # still Ann and Bob only


BAD_NAMES = ["", "   ", LONG, "x\x00y", "\u202eevil", "bell\x07"]
ODD_NAMES = ["a/b", "..", "../../etc", "tab\there", "CON", ".hidden"]


@pytest.mark.parametrize("name", BAD_NAMES, ids=repr)
def test_bad_names_are_refused_everywhere(
    classroom: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    commands = [
        ["profile", "add", name],
        ["class", "create", name],
        ["class", "add", "5B", name],
        ["class", "show", name],
        ["assign", name, str(BUNDLED_BANK)],
        ["report", name],
        ["review", "--from-report", name],
        ["stats", "--profile", name],
        ["study", "--profile", name],
        ["profile", "rename", "Ann", name],
    ]
    for argv in commands:
        code, _, err = run_cli(capsys, argv)
        assert_one_line_error(code, err, argv)
    for path in classroom.rglob("*"):
        assert len(path.name) < 200 and path.resolve().is_relative_to(classroom.resolve())


@pytest.mark.parametrize("name", ODD_NAMES, ids=repr)
def test_odd_names_never_leave_the_data_folder(
    classroom: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    for argv in (
        ["profile", "add", name],
        ["class", "create", name],
        ["class", "add", "5B", name],
        ["assign", name, str(BUNDLED_BANK)],
        ["report", name],
        ["stats", "--profile", name],
    ):
        code, _, err = run_cli(capsys, argv)
        if code != 0:
            assert_one_line_error(code, err, argv)
    for path in classroom.rglob("*"):
        assert path.resolve().is_relative_to(classroom.resolve())
    assert not (classroom.parent / "etc").exists()


MARKUP_NAMES = ["[@click=app.quit", "[bold]x[red]", "<img src=x onerror=alert(1)>", "a &amp; b"]


@pytest.mark.parametrize("name", MARKUP_NAMES)
def test_markup_names_are_plain_text_in_cli_output(
    classroom: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, out, err = run_cli(capsys, ["profile", "add", name])
    assert (code, err) == (0, "") and name in out
    code, out, _ = run_cli(capsys, ["profile", "list"])
    assert code == 0 and name in out.splitlines()


def test_long_names_for_outputs_are_one_line_errors(
    classroom: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_file = tmp_path / (LONG + ".csv")
    commands = [
        ["report", "5B", "-o", str(long_file)],
        ["export", "csv", str(BUNDLED_BANK), "-o", str(long_file)],
        ["export", "anki", str(BUNDLED_BANK), "-o", str(tmp_path / (LONG + ".apkg"))],
        ["export", "worksheet", str(BUNDLED_BANK), "-o", str(tmp_path / LONG)],
        ["export", "moodle", str(BUNDLED_BANK), "-o", str(tmp_path / (LONG + ".xml"))],
        ["assign", "5B", LONG],
    ]
    for argv in commands:
        code, _, err = run_cli(capsys, argv)
        assert_one_line_error(code, err, argv)


def test_generate_with_a_5000_character_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["generate", str(QUESTIONS / "000_e4fee655deeefa93.txt"), "--out-dir", str(tmp_path)]
    code, _, err = run_cli(capsys, [*argv, "--title", LONG, "--jobs", "1"])
    assert_one_line_error(code, err, argv)
    assert "title too long" in err and not list(tmp_path.iterdir())


READ_ONLY_PLACES = [
    Path("/sys/quiz-output"),  # sysfs refuses new files, also to root
    Path("/proc/quiz-output"),
]


@pytest.mark.parametrize("target", READ_ONLY_PLACES, ids=str)
def test_read_only_places_are_one_line_errors(
    classroom: Path, capsys: pytest.CaptureFixture[str], target: Path
) -> None:
    if not target.parent.is_dir():
        pytest.skip(f"{target.parent} does not exist here")
    commands = [
        ["report", "5B", "-o", f"{target}.csv", "--force"],
        ["export", "csv", str(BUNDLED_BANK), "-o", f"{target}.csv", "--force"],
        ["export", "anki", str(BUNDLED_BANK), "-o", f"{target}.apkg", "--force"],
        ["export", "worksheet", str(BUNDLED_BANK), "-o", str(target / "sheets")],
        ["export", "gift", str(BUNDLED_BANK), "-o", f"{target}.gift", "--force"],
        ["export", "moodle", str(BUNDLED_BANK), "-o", f"{target}.xml", "--force"],
        ["export", "qti", str(BUNDLED_BANK), "-o", f"{target}.zip", "--force"],
        ["export", "kahoot", str(BUNDLED_BANK), "-o", f"{target}.xlsx", "--force"],
        ["generate", str(QUESTIONS / "000_e4fee655deeefa93.txt"), "-o", f"{target}.json"],
        ["generate", str(QUESTIONS / "000_e4fee655deeefa93.txt"), "--out-dir", str(target)],
        ["profile", "add", "Zed", "--data-dir", str(target / "data")],
        ["class", "create", "6C", "--data-dir", str(target / "data")],
    ]
    for argv in commands:
        code, _, err = run_cli(capsys, argv)
        assert_one_line_error(code, err, argv)


@pytest.mark.parametrize("kind", ["fifo", "link to /dev/null", "link to /dev/full"])
def test_a_device_or_fifo_as_the_output_file_is_refused_not_replaced(
    classroom: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """Through a FIFO or a symlink made here, never the devices themselves: code that
    wrongly replaced its target must not replace /dev/null of the machine running the tests."""
    target = tmp_path / "out"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to(kind.split()[-1])
    commands = [
        ["report", "5B", "-o", str(target), "--force"],
        ["export", "csv", str(BUNDLED_BANK), "-o", str(target), "--force"],
        ["export", "anki", str(BUNDLED_BANK), "-o", str(target), "--force"],
        ["export", "worksheet", str(BUNDLED_BANK), "-o", str(target)],
        ["export", "qti", str(BUNDLED_BANK), "-o", str(target), "--force"],
        ["export", "kahoot", str(BUNDLED_BANK), "-o", str(target), "--force"],
        ["generate", str(QUESTIONS / "000_e4fee655deeefa93.txt"), "-o", str(target), "--force"],
    ]
    for argv in commands:
        code, _, err = run_cli(capsys, argv)
        assert_one_line_error(code, err, argv)
        assert target.is_symlink() or target.is_fifo(), f"{argv} replaced the {kind}"


def test_read_only_and_full_folders_simulated(
    classroom: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """EROFS when creating the file, ENOSPC when flushing it (as on a full disk); chmod
    cannot stand in for these when the tests run as root."""
    import errno
    import tempfile

    from quiz.learning import store_files

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    commands = [
        ["report", "5B", "-o", str(tmp_path / "r.csv")],
        ["export", "csv", str(BUNDLED_BANK), "-o", str(tmp_path / "c.csv")],
        ["export", "anki", str(BUNDLED_BANK), "-o", str(tmp_path / "d.apkg")],
        ["export", "worksheet", str(BUNDLED_BANK), "-o", str(tmp_path / "sheets")],
        ["export", "gift", str(BUNDLED_BANK), "-o", str(tmp_path / "q.gift")],
        ["export", "kahoot", str(BUNDLED_BANK), "-o", str(tmp_path / "q.xlsx")],
        ["generate", str(QUESTIONS / "000_e4fee655deeefa93.txt"), "-o", str(tmp_path / "b.json")],
        ["class", "create", "6C"],
    ]
    for module, name, fake, expected in (
        (tempfile, "mkstemp", read_only, "Read-only file system"),
        (os, "fsync", full, "No space left on device"),
    ):
        with monkeypatch.context() as patched:
            patched.setattr(module, name, fake)
            if name == "mkstemp":  # the data folder's files are created by the store's layer
                patched.setattr(store_files, "create_temp", fake)
            for argv in commands:
                code, _, err = run_cli(capsys, argv)
                assert_one_line_error(code, err, argv)
                assert expected in err, err
    leftovers = [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_stdout_on_a_full_disk_is_a_one_line_error() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "quiz", "validate", str(BUNDLED_BANK)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "No space left" in result.stderr


def test_app_start_skips_a_fifo_and_bad_banks_in_the_banks_folder(
    corpus: dict[str, dict[str, Path]], data_dir: Path
) -> None:
    from quiz.learning.catalog import find_banks

    folder = data_dir / "banks"
    folder.mkdir()
    os.mkfifo(folder / "pipe.json")
    for name in ("generator-5.json", "deep-array.json", "bigint.json"):
        (folder / name).write_bytes(corpus["bank"][name].read_bytes())
    (folder / "zero.json").symlink_to("/dev/zero")
    with watchdog():
        catalog = find_banks(data_dir)
    assert [e.origin for e in catalog.entries] == ["bundled"]
    assert len(catalog.problems) == 5
    assert any("named pipe" in p for p in catalog.problems)


def test_profile_folder_names_with_hostile_display_names(data_dir: Path) -> None:
    from quiz.learning.store import list_profiles

    add_profile(data_dir, "[@click=app.quit")
    assert "[@click=app.quit" in list_profiles(data_dir)
