"""Atomic writes honour the umask and clean up after killed writers; input files must be
regular files (a FIFO is refused without blocking)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quiz.atomic import clean_stale_temps, current_umask, write_bytes_atomic, write_text_atomic
from quiz.errors import QuizError
from quiz.files import open_regular, parse_json, read_capped


@pytest.fixture
def umask():
    def set_mask(mask: int) -> None:
        os.umask(mask)

    previous = os.umask(0o022)
    os.umask(previous)
    yield set_mask
    os.umask(previous)


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_new_files_get_the_mode_open_would_give(tmp_path: Path, umask, mask: int, mode: int):
    umask(mask)
    assert current_umask() == mask
    target = tmp_path / "bank.json"
    write_text_atomic(target, "{}")
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_a_replaced_file_keeps_its_mode(tmp_path: Path, umask) -> None:
    umask(0o022)
    target = tmp_path / "cards.csv"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o640


def test_every_export_honours_the_umask(tmp_path: Path, umask, capsys) -> None:
    from quiz.cli import main

    umask(0o002)
    bank = Path(__file__).parent.parent / "questions" / "azerbaijani-armed-forces.json"
    for argv in (
        ["export", "csv", str(bank), "-o", str(tmp_path / "c.csv")],
        ["export", "anki", str(bank), "-o", str(tmp_path / "d.apkg")],
        ["export", "worksheet", str(bank), "-o", str(tmp_path / "sheets"), "--seed", "1"],
        ["generate", str(bank.parent / "000_e4fee655deeefa93.txt"), "-o", str(tmp_path / "b.json")],
    ):
        assert main(argv) == 0, capsys.readouterr().err
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(written) >= 5
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o664, path


def test_a_killed_writer_leaves_a_temp_file_the_next_write_removes(tmp_path: Path) -> None:
    target = tmp_path / "deck.apkg"
    script = (
        "import os, sys, tempfile\n"
        "from quiz import atomic\n"
        "def stop(fd):\n"
        "    os.kill(os.getpid(), 9)\n"
        "atomic.os.fsync = stop\n"
        f"atomic.write_bytes_atomic({str(target)!r}, b'x' * 100000)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == -9
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(".deck.apkg.") and left[0].endswith(".tmp")
    write_bytes_atomic(target, b"deck")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg"]


def test_a_live_writers_temp_file_is_kept(tmp_path: Path) -> None:
    live = tmp_path / f".bank.json.{os.getpid()}.abc123.tmp"
    live.write_text("in progress")
    dead = tmp_path / ".bank.json.999999999.zzz.tmp"
    dead.write_text("left by a kill")
    other = tmp_path / ".notes.txt.swp"
    other.write_text("not ours")
    assert clean_stale_temps(tmp_path, "bank.json") == 1
    assert live.exists() and not dead.exists() and other.exists()
    old = time.time() + 2 * 86400
    assert clean_stale_temps(tmp_path, now=old) == 1  # a day-old one goes whoever wrote it
    assert not live.exists() and other.exists()


def test_open_regular_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "bank.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    signal.alarm(10)  # a regression would block on the open: the alarm ends the test instead
    try:
        with pytest.raises(QuizError, match="named pipe"):
            open_regular(fifo, "bank file")
    finally:
        signal.alarm(0)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null", "/"])
def test_open_regular_refuses_devices_and_folders(path: str) -> None:
    with pytest.raises(QuizError, match="is a (device|directory)"):
        open_regular(path)


def test_read_capped_refuses_before_reading_a_huge_file(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(10**12)  # sparse: a terabyte that was never written
    with pytest.raises(QuizError, match="too large"):
        read_capped(huge, 1000)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a": ' + "1" * 5000 + "}", "number too long"),
        ("{nope", "not valid JSON"),
    ],
)
def test_parse_json_errors_are_one_line(text: str, problem: str) -> None:
    with pytest.raises(QuizError, match=problem):
        parse_json(text, "x.json")


def test_write_refuses_to_replace_a_device_or_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    with pytest.raises(QuizError, match="named pipe"):
        write_text_atomic(fifo, "x")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_opening_the_app_removes_temp_files_a_killed_generate_left(data_dir: Path) -> None:
    from quiz.learning.catalog import find_banks

    folder = data_dir / "banks"
    folder.mkdir()
    left = folder / ".town.json.999999999.k2j3.tmp"
    left.write_text("{half a bank")
    find_banks(data_dir)
    assert not left.exists()
