"""Tests for ``quiz generate`` and ``quiz validate`` through quiz.cli.main and subprocesses."""

from __future__ import annotations

import bz2
import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from conftest import ROOT, SEED, SHARED_ARTICLES, shared_with_banks
from wikidump import (
    DumpPage,
    article_text,
    fake_build_bank,
    real_article_pages,
    sample_pages,
    write_dump,
)

import quiz.generator.batch
import quiz.generator.generate
from quiz.bank import bank_to_json
from quiz.cli import main
from quiz.model import Bank, Source

DATA = Path(__file__).parent / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_one_error(status: int, err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert status == 2
    assert len(lines) == 1, err
    assert lines[0].startswith("quiz: error: ")
    for needle in needles:
        assert needle in lines[0]


fake_bank = fake_build_bank


@pytest.fixture
def fake_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace the real generator by one that always makes two questions."""
    monkeypatch.setattr(quiz.generator.generate, "build_bank", fake_build_bank)


# --- good input ---------------------------------------------------------------------------


def test_seed_to_named_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bank.json"
    status, stdout, err = run(capsys, "generate", SEED, "-o", out)
    assert status == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["title"] == "Azerbaijani Armed Forces"
    assert "Azerbaijani Armed Forces:" in stdout and str(out) in stdout
    assert run(capsys, "validate", out)[0] == 0


def test_summary_counts_kinds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quiz.generator.generate, "build_bank", fake_bank)
    status, stdout, _ = run(capsys, "generate", DATA / "tiny_article.wiki", "--out-dir", tmp_path)
    assert status == 0
    assert stdout.strip() == (
        f"tiny article: 2 questions (1 mcq, 1 true_false) -> {tmp_path / 'tiny-article.json'}"
    )


def test_summary_of_one_question_says_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def one_question(title: str, wikitext: str, *, seed: int = 0, sha256: str = "") -> Bank:
        bank = fake_bank(title, wikitext, seed=seed, sha256=sha256)
        bank.questions = bank.questions[1:]
        return bank

    monkeypatch.setattr(quiz.generator.generate, "build_bank", one_question)
    status, stdout, _ = run(capsys, "generate", DATA / "tiny_article.wiki", "--out-dir", tmp_path)
    assert status == 0
    assert stdout.startswith("tiny article: 1 question (1 true_false) -> "), stdout


def test_summary_of_one_bank_of_several_pages_says_bank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quiz.generator.generate, "build_bank", fake_bank)
    empty = tmp_path / "empty.wiki"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    status, stdout, _ = run(capsys, "generate", DATA / "tiny_article.wiki", empty, "--out-dir", out)
    assert status == 2  # (one page failed)
    assert stdout.splitlines()[-1] == f"1 bank written to {out}, 1 failed"  # (not "1 banks")


def test_output_is_byte_identical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run(capsys, "generate", SEED, "-o", first, "--seed", 3)[0] == 0
    assert run(capsys, "generate", SEED, "-o", second, "--seed", 3)[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_default_location_is_the_data_dir(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, stdout, _ = run(capsys, "generate", SEED)
    target = data_dir / "banks" / "azerbaijani-armed-forces.json"
    assert status == 0 and target.exists()
    assert str(target) in stdout


def test_data_dir_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(capsys, "generate", SEED, "--data-dir", tmp_path / "d")
    assert status == 0
    assert (tmp_path / "d" / "banks" / "azerbaijani-armed-forces.json").exists()


def test_parallel_output_equals_serial(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = write_dump(tmp_path / "dump.xml", real_article_pages())
    sources = [dump, DATA / "tiny_article.wiki"]
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    status1, out1, err1 = run(capsys, "generate", *sources, "--out-dir", serial, "--jobs", 1)
    status2, out2, _ = run(capsys, "generate", *sources, "--out-dir", parallel, "--jobs", 2)
    assert status1 == status2 == 0, err1
    names = sorted(p.name for p in serial.iterdir())
    assert names == sorted(p.name for p in parallel.iterdir())
    assert len(names) == 2 + len(shared_with_banks())
    assert "bodmin.json" in names and "old-town.json" not in names
    for name in names:
        assert (serial / name).read_bytes() == (parallel / name).read_bytes()
    assert out1.replace(str(serial), "") == out2.replace(str(parallel), "")
    assert out1.splitlines()[-1] == f"{len(names)} banks written to {serial}, 0 failed"


def test_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bank.json"
    out.write_text("precious", encoding="utf-8")
    status, _, err = run(capsys, "generate", SEED, "-o", out)
    assert_one_error(status, err, "already exists", "--force")
    assert out.read_text(encoding="utf-8") == "precious"
    assert run(capsys, "generate", SEED, "-o", out, "--force")[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "Azerbaijani Armed Forces"


def test_refuses_to_overwrite_in_out_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_generator: None
) -> None:
    existing = tmp_path / "azerbaijani-armed-forces.json"
    existing.write_text("precious", encoding="utf-8")
    dump = write_dump(tmp_path / "d.xml", [DumpPage("Zenda", article_text("Zenda"))])
    status, _, err = run(capsys, "generate", SEED, dump, "--out-dir", tmp_path, "--jobs", 1)
    assert_one_error(status, err, "already exists")
    assert existing.read_text(encoding="utf-8") == "precious"
    assert (tmp_path / "zenda.json").exists()


def test_out_file_needs_exactly_one_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = write_dump(tmp_path / "d.xml", sample_pages(2))
    out = tmp_path / "one.json"
    status, _, err = run(capsys, "generate", dump, "-o", out)
    assert_one_error(status, err, "-o needs exactly one", "--out-dir")
    assert not out.exists()


def test_duplicate_titles_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_generator: None
) -> None:
    pages = [DumpPage("Zenda", article_text("Zenda")), DumpPage("ZENDA", article_text("Z"))]
    dump = write_dump(tmp_path / "d.xml", pages)
    status, _, err = run(capsys, "generate", dump, "--out-dir", tmp_path / "o", "--jobs", 1)
    assert_one_error(status, err, "already used by another page")
    assert json.loads((tmp_path / "o" / "zenda.json").read_text())["title"] == "Zenda"


def test_title_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_generator: None
) -> None:
    out = tmp_path / "b.json"
    status, _, _ = run(
        capsys, "generate", DATA / "tiny_article.wiki", "--title", "Strelsau", "-o", out
    )
    assert status == 0
    assert json.loads(out.read_text())["title"] == "Strelsau"


# --- bad input ----------------------------------------------------------------------------

BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.wiki": (b"  \n\n ", "empty"),
    "broken.json": (b'["Title", "text', "not valid JSON"),
    "object.json": (b"{}", "[title, wikitext]"),
    "numbers.json": (b"[1, 2]", "[title, wikitext]"),
    "short.json": (b'["t"]', "[title, wikitext]"),
    "empty_article.json": (b'["t", "   "]', "empty"),
    "nul.wiki": (b"abc\x00\x01\x02" * 100, "binary"),
    "latin1.wiki": ("Café crème".encode("latin-1"), "not UTF-8"),
    "page.xml": (b"<html><body>hello</body></html>", "not a MediaWiki XML export"),
    "bad.xml": (b"<mediawiki><siteinfo></siteinfo><page><title>x", "malformed"),
    "notbz2.xml.bz2": (b"this is not compressed", "bz2"),
    "bad_ns.xml": (
        b"<mediawiki><siteinfo></siteinfo><page><title>X</title><ns>abc</ns><id>1</id>"
        b"<revision><id>2</id><text>hello</text></revision></page></mediawiki>",
        "malformed",
    ),
    "no_title.xml": (
        b"<mediawiki><siteinfo></siteinfo><page><ns>0</ns><id>1</id>"
        b"<revision><id>2</id><text>hello</text></revision></page></mediawiki>",
        "malformed",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content, needle = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(content)
    out_dir = tmp_path / "out"
    status, _, err = run(capsys, "generate", path, "--out-dir", out_dir)
    assert_one_error(status, err, needle)
    assert list(out_dir.iterdir()) == []


def test_missing_path_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "generate", tmp_path / "nope.wiki", "--out-dir", tmp_path)
    assert_one_error(status, err, "no such file")
    status, _, err = run(capsys, "generate", tmp_path, "--out-dir", tmp_path)
    assert_one_error(status, err, "is a directory")


def test_huge_inputs_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sparse = tmp_path / "huge.wiki"
    with sparse.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    status, _, err = run(capsys, "generate", sparse, "--out-dir", tmp_path / "o")
    assert_one_error(status, err, "too large")
    big = tmp_path / "big.wiki"
    big.write_text("Strelsau is a town. " * 300_000, encoding="utf-8")
    status, _, err = run(capsys, "generate", big, "--out-dir", tmp_path / "o")
    assert_one_error(status, err, "too large")
    assert list((tmp_path / "o").iterdir()) == []


def test_deeply_nested_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "deep.wiki"
    path.write_text("Intro.\n" + "{{a|" * 500 + "x" + "}}" * 500 + "\nEnd.", encoding="utf-8")
    started = time.monotonic()
    status, _, err = run(capsys, "generate", path, "--out-dir", tmp_path, "--time-limit", 20)
    assert time.monotonic() - started < 25
    if status == 0:
        assert (tmp_path / "deep.json").exists()
    else:
        assert_one_error(status, err)


def test_article_without_infobox_or_sections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, stdout, err = run(capsys, "generate", DATA / "prose_only.txt", "--out-dir", tmp_path)
    if status == 0:
        assert json.loads((tmp_path / "prose-only.json").read_text())["questions"]
    else:
        assert_one_error(status, err, "no questions could be made")
        assert list(tmp_path.iterdir()) == []


def test_non_english_article_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_generator: None
) -> None:
    status, _, err = run(capsys, "generate", DATA / "german_article.wiki", "--out-dir", tmp_path)
    assert status == 0
    assert err.startswith("quiz: warning: german article: the article does not look English")
    assert (tmp_path / "german-article.json").exists()


def test_truncated_bz2_keeps_earlier_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_generator: None
) -> None:
    whole = write_dump(tmp_path / "w.xml.bz2", sample_pages(80, words=600)).read_bytes()
    cut = tmp_path / "cut.xml.bz2"
    cut.write_bytes(whole[: len(whole) // 2])
    out_dir = tmp_path / "out"
    status, _, err = run(capsys, "generate", cut, "--out-dir", out_dir, "--jobs", 2)
    assert_one_error(status, err, "truncated")
    written = list(out_dir.iterdir())
    assert written and all(json.loads(p.read_text())["title"].startswith("Town") for p in written)
    assert not [p for p in written if p.name.startswith(".")]


def slow_for_zenda(title: str, wikitext: str, *, seed: int = 0, sha256: str = "") -> Bank:
    if title == "Zenda":
        time.sleep(30)
    if title == "Broken":
        raise ValueError("no facts\nat all")
    return fake_bank(title, wikitext, seed=seed, sha256=sha256)


@pytest.mark.parametrize("jobs", [1, 2])
def test_slow_and_failing_pages_are_skipped(
    jobs: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quiz.generator.generate, "build_bank", slow_for_zenda)
    pages = [DumpPage(t, article_text(t)) for t in ("Zenda", "Strelsau", "Broken", "Tarlenheim")]
    dump = write_dump(tmp_path / "d.xml", pages)
    args = ["generate", dump, "--out-dir", tmp_path / "o", "--jobs", jobs, "--time-limit", 0.5]
    started = time.monotonic()
    status, stdout, err = run(capsys, *args)
    assert time.monotonic() - started < 10
    assert status == 2
    errors = err.strip().splitlines()
    assert len(errors) == 2
    assert "Zenda: skipped: took too long" in errors[0]
    assert "Broken: skipped: the generator failed (ValueError: no facts at all)" in errors[1]
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == [
        "strelsau.json",
        "tarlenheim.json",
    ]


def test_single_slow_page_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quiz.generator.generate, "build_bank", slow_for_zenda)
    path = tmp_path / "Zenda.wiki"
    path.write_text(article_text("Zenda"), encoding="utf-8")
    status, _, err = run(capsys, "generate", path, "--out-dir", tmp_path, "--time-limit", 0.3)
    assert_one_error(status, err, "took too long")
    assert not (tmp_path / "zenda.json").exists()


def test_one_bad_source_among_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_generator: None
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    status, stdout, err = run(
        capsys, "generate", SEED, bad, DATA / "tiny_article.wiki", "--out-dir", tmp_path / "o"
    )
    assert_one_error(status, err, "bad.json")
    assert len(list((tmp_path / "o").iterdir())) == 2


# --- quiz validate --------------------------------------------------------------------------


def _bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "bank.json"
    path.write_text(bank_to_json(fake_bank("Zenda", "")), encoding="utf-8")
    return path


def test_validate_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _bank_file(tmp_path)
    status, stdout, _ = run(capsys, "validate", path)
    assert status == 0
    assert stdout.strip() == f"{path}: ok (2 questions)"


def test_validate_counts_one_question_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _bank_file(tmp_path)
    data = json.loads(path.read_text())
    data["questions"] = data["questions"][:1]
    path.write_text(json.dumps(data), encoding="utf-8")
    status, stdout, _ = run(capsys, "validate", path)
    assert status == 0
    assert stdout.strip() == f"{path}: ok (1 question)"


def test_validate_reports_each_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _bank_file(tmp_path)
    data = json.loads(path.read_text())
    data["questions"][0]["choices"] = ["A", "B", "C"]
    data["questions"][1]["answer"] = "Maybe"
    path.write_text(json.dumps(data), encoding="utf-8")
    status, stdout, _ = run(capsys, "validate", path)
    lines = stdout.strip().splitlines()
    assert status == 1
    assert len(lines) == 2
    assert "'q1'" in lines[0] and "4 choices" in lines[0]
    assert "'q2'" in lines[1] and "True" in lines[1]


def test_validate_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    status, stdout, err = run(capsys, "validate", broken, _bank_file(tmp_path))
    assert status == 2
    assert_one_error(status, err, "not valid JSON")
    assert stdout.strip().endswith("ok (2 questions)")


# --- as a real process --------------------------------------------------------------------


def quiz_process(*argv: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "quiz", *map(str, argv)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=60)


def test_process_reports_bad_input_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('["only a title"', encoding="utf-8")
    truncated = tmp_path / "t.xml.bz2"
    truncated.write_bytes(bz2.compress(b"<mediawiki>" + b"x" * 5000)[:40])
    for source in (bad, tmp_path / "missing.txt", truncated):
        result = quiz_process("generate", source, "--out-dir", tmp_path, cwd=tmp_path)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("quiz: error: ")


def test_process_with_several_pages_and_no_tty(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "d.xml", real_article_pages())
    result = quiz_process("generate", dump, "--out-dir", tmp_path / "o", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(list((tmp_path / "o").iterdir())) == 1 + len(shared_with_banks())


def test_output_is_identical_across_processes(tmp_path: Path) -> None:
    """Same input and options give the same bytes, whatever the process's hash seed."""
    sources = [SEED, *sorted(SHARED_ARTICLES.glob("bodmin.json"))]
    outputs = []
    for hash_seed in ("1", "2"):
        out_dir = tmp_path / hash_seed
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        command = [sys.executable, "-m", "quiz", "generate", *map(str, sources)]
        command += ["--out-dir", str(out_dir), "--jobs", "1"]
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        outputs.append({p.name: p.read_bytes() for p in out_dir.iterdir()})
    assert outputs[0].keys() == outputs[1].keys()
    for name in outputs[0]:
        assert outputs[0][name] == outputs[1][name], name


def test_out_file_in_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "generate", SEED, "-o", tmp_path / "nowhere" / "b.json")
    assert_one_error(status, err, "does not exist")


def test_title_needs_a_single_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["generate", SEED, DATA / "tiny_article.wiki", "--title", "X", "--out-dir", tmp_path]
    status, _, err = run(capsys, *args)
    assert_one_error(status, err, "--title")
    assert list(tmp_path.iterdir()) == []


def stuck_or_crashing(title: str, wikitext: str, *, seed: int = 0, sha256: str = "") -> Bank:
    """Stands in for a generator stuck in C code (no signal gets through) or killed by the OS."""
    if title == "Stuck":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if title == "Crash":
        os._exit(9)
    time.sleep(0.05)
    return fake_bank(title, wikitext, seed=seed, sha256=sha256)


@pytest.mark.parametrize("bad", ["Stuck", "Crash"])
def test_stuck_or_dead_workers_are_replaced(
    bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quiz.generator.generate, "build_bank", stuck_or_crashing)
    monkeypatch.setattr(quiz.generator.batch, "GRACE_SECONDS", 0.5)
    titles = ["Alpha", bad, "Beta", "Gamma", "Delta", "Epsilon"]
    dump = write_dump(tmp_path / "d.xml", [DumpPage(t, article_text(t)) for t in titles])
    args = ["generate", dump, "--out-dir", tmp_path / "o", "--jobs", 2, "--time-limit", 0.3]
    started = time.monotonic()
    status, _, err = run(capsys, *args)
    assert time.monotonic() - started < 15
    expected = "took too long" if bad == "Stuck" else "the worker process died"
    assert_one_error(status, err, f"{bad}: skipped: {expected}")
    written = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert written == sorted(f"{t.lower()}.json" for t in titles if t != bad)


def test_single_stuck_page_is_killed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quiz.generator.generate, "build_bank", stuck_or_crashing)
    monkeypatch.setattr(quiz.generator.batch, "GRACE_SECONDS", 0.5)
    path = tmp_path / "Stuck.wiki"
    path.write_text(article_text("Stuck"), encoding="utf-8")
    started = time.monotonic()
    status, _, err = run(capsys, "generate", path, "--out-dir", tmp_path, "--time-limit", 0.3)
    assert time.monotonic() - started < 10
    assert_one_error(status, err, "took too long")


SLOW_MAIN = """
import signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal, even where the
# test runs in a shell's background job, which starts with Ctrl-C ignored (POSIX)
sys.path.insert(0, sys.argv.pop(1))
import quiz.generator.generate
from wikidump import fake_build_bank
def slow(title, wikitext, **options):
    time.sleep(0.2)
    return fake_build_bank(title, wikitext, **options)
quiz.generator.generate.build_bank = slow
from quiz.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_ctrl_c_stops_workers_without_traceback(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "d.xml", sample_pages(40, words=60))
    out_dir = tmp_path / "o"
    tests = str(Path(__file__).parent)
    command = [
        sys.executable,
        "-c",
        SLOW_MAIN,
        tests,
        "generate",
        str(dump),
        "--out-dir",
        str(out_dir),
    ]
    process = subprocess.Popen(
        command + ["--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    first_line = process.stdout.readline()
    assert "Town 0" in first_line
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert err.strip() == "quiz: interrupted"
    written = list(out_dir.iterdir())
    assert 0 < len(written) < 40
    assert all(json.loads(p.read_text())["title"].startswith("Town") for p in written)


def test_empty_bank_is_not_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_questions(title: str, wikitext: str, *, seed: int = 0, sha256: str = "") -> Bank:
        return Bank(title, Source(title, sha256=sha256))

    monkeypatch.setattr(quiz.generator.generate, "build_bank", no_questions)
    status, _, err = run(capsys, "generate", DATA / "tiny_article.wiki", "--out-dir", tmp_path)
    assert_one_error(status, err, "tiny_article.wiki: no questions could be made")
    assert list(tmp_path.iterdir()) == []


def test_write_failure_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import quiz.atomic

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(quiz.atomic, "write_text_atomic", disk_full)
    monkeypatch.setattr(quiz.generator.generate, "build_bank", fake_build_bank)
    status, _, err = run(capsys, "generate", SEED, "--out-dir", tmp_path)
    assert_one_error(status, err, "cannot write", "No space left on device")


def test_without_fork_pages_run_in_process_with_a_time_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quiz.generator.batch, "can_use_workers", lambda: False)
    monkeypatch.setattr(quiz.generator.generate, "build_bank", slow_for_zenda)
    pages = [DumpPage(t, article_text(t)) for t in ("Zenda", "Strelsau")]
    dump = write_dump(tmp_path / "d.xml", pages)
    started = time.monotonic()
    status, stdout, err = run(capsys, "generate", dump, "--out-dir", tmp_path, "--time-limit", 0.3)
    assert time.monotonic() - started < 5
    assert_one_error(status, err, "Zenda: skipped: took too long")
    assert "Strelsau: 2 questions" in stdout


def test_late_duplicate_title_is_caught_even_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_generator: None
) -> None:
    titles = ["Zenda", "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "ZENDA"]
    dump = write_dump(tmp_path / "d.xml", [DumpPage(t, article_text(t)) for t in titles])
    out_dir = tmp_path / "o"
    out_dir.mkdir()
    (out_dir / "alpha.json").write_text("old", encoding="utf-8")
    args = ["generate", dump, "--out-dir", out_dir, "--jobs", 1, "--force"]
    status, _, err = run(capsys, *args)
    assert_one_error(status, err, "ZENDA: skipped:", "already used by another page")
    assert json.loads((out_dir / "zenda.json").read_text())["title"] == "Zenda"
    assert json.loads((out_dir / "alpha.json").read_text())["title"] == "Alpha"
    assert len(list(out_dir.iterdir())) == 7


def _generate_peak(dump: Path, out_dir: Path) -> int:
    tracemalloc.start()
    try:
        status = main(["generate", str(dump), "--out-dir", str(out_dir), "--jobs", "2"])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert status == 0
    return peak


def test_generate_memory_does_not_grow_with_dump_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_generator: None
) -> None:
    warm_up = write_dump(tmp_path / "warm.xml", sample_pages(2, words=10))
    _generate_peak(warm_up, tmp_path / "o0")  # imports and caches are not what is measured
    small = write_dump(tmp_path / "small.xml", sample_pages(15, words=1000))
    large = write_dump(tmp_path / "large.xml", sample_pages(60, words=1000))
    peak_small = _generate_peak(small, tmp_path / "o1")
    peak_large = _generate_peak(large, tmp_path / "o2")
    assert len(list((tmp_path / "o2").iterdir())) == 60
    # 45 more pages of ~6 kB text each: keeping any of them would add well over 64 kB
    assert peak_large < 1.2 * peak_small + 64 * 1024, (peak_small, peak_large)


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """With stderr on a terminal the progress bar is drawn, and the run still succeeds."""
    import pty
    import threading

    dump = write_dump(tmp_path / "d.xml", real_article_pages())
    main_fd, terminal_fd = pty.openpty()
    command = [
        sys.executable,
        "-m",
        "quiz",
        "generate",
        str(dump),
        "--out-dir",
        str(tmp_path / "o"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=terminal_fd, text=True)
    os.close(terminal_fd)
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(main_fd, 4096)
            except OSError:
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    stdout, _ = process.communicate(timeout=120)
    reader.join(timeout=5)
    os.close(main_fd)
    drawn = b"".join(chunks).decode("utf-8", "replace")
    assert process.returncode == 0, drawn
    assert "generating:" in drawn and "Traceback" not in drawn
    assert stdout.splitlines()[-1].startswith(f"{len(real_article_pages()) - 2} banks written")


def test_a_bank_write_holds_ctrl_c_but_never_starts_catching_an_ignored_one() -> None:
    from quiz.commands.generate import _interrupts_deferred

    before = signal.getsignal(signal.SIGINT)
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        with pytest.raises(KeyboardInterrupt):
            with _interrupts_deferred():
                signal.raise_signal(signal.SIGINT)  # held until the write is done
                held = True
        assert held
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # (a shell's background job)
        with _interrupts_deferred():
            assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
            signal.raise_signal(signal.SIGINT)  # ignored, as everywhere else in the run
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)
