"""Generation benchmarks: speed vs a bare parse, CLI start-up, parallel speed-up, memory.

Run with ``/work/venv/bin/python bench/bench_generate.py`` (``--quick`` for fewer repeats).
Prints figures and targets; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "questions" / "000_e4fee655deeefa93.txt"
SHARED = ROOT.parent / "shared" / "articles"
PYTHON = sys.executable


def median_time(func: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls of ``func`` in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run_quiz(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "quiz", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def bench_in_process(runs: int) -> None:
    import mwparserfromhell

    from quiz.generator.generate import build_bank
    from quiz.generator.ingest import iter_pages

    (page,) = list(iter_pages([SEED]))
    build_bank(page.title, page.wikitext, sha256=page.sha256)  # warm caches and imports
    # Interleaved and best-of: on a shared machine the load changes between runs, and the
    # fastest run of each is the one least disturbed by it (as timeit advises).
    generates, parses = [], []
    for _ in range(max(runs, 5)):
        generates.append(median_time(lambda: build_bank(page.title, page.wikitext), 1))
        parses.append(median_time(lambda: mwparserfromhell.parse(page.wikitext), 1))
    generate, parse = min(generates), min(parses)
    bank = build_bank(page.title, page.wikitext, sha256=page.sha256)
    print(
        f"seed bank in-process: {generate:.3f} s ({len(bank.questions)} questions), target <= 0.3 s"
    )
    print(f"bare mwparserfromhell.parse: {parse:.3f} s")
    print(f"ratio generate/parse: {generate / parse:.1f}x (best of {len(generates)}), target <= 5x")
    medians = statistics.median(generates) / statistics.median(parses)
    print(f"  (ratio of the medians: {medians:.1f}x)")


def bench_startup(runs: int) -> None:
    bare = median_time(lambda: subprocess.run([PYTHON, "-c", "pass"], check=True), runs)
    helps = median_time(lambda: run_quiz("--help"), runs)
    print(f"python -c pass: {bare:.3f} s; quiz --help: {helps:.3f} s")
    print(f"quiz --help overhead: {helps - bare:.3f} s, target <= 0.25 s")
    probe = (
        "import json, sys\nfrom quiz.cli import main\n"
        "try:\n    main(json.loads(sys.argv[1]))\nexcept SystemExit:\n    pass\n"
        "print('TEXTUAL', 'textual' in sys.modules)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for argv in (["--help"], ["generate", str(SEED), "-o", str(Path(tmp) / "b.json")]):
            result = subprocess.run(
                [PYTHON, "-c", probe, json.dumps(argv)], capture_output=True, text=True
            )
            imported = "TEXTUAL True" in result.stdout
            print(f"quiz {argv[0]}: textual imported = {imported} (expected False)")


def make_articles(folder: Path, count: int) -> list[Path]:
    """``count`` seed files made from the bundled and shared articles under new titles."""
    bases = [
        json.loads(p.read_text(encoding="utf-8")) for p in [SEED, *sorted(SHARED.glob("*.json"))]
    ]
    paths = []
    for index in range(count):
        title, text = bases[index % len(bases)]
        path = folder / f"article_{index:03d}.json"
        path.write_text(json.dumps([f"{title} {index}", text]), encoding="utf-8")
        paths.append(path)
    return paths


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_parallel(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sources = [str(p) for p in make_articles(folder, count)]
        timings = {}
        for jobs in (1, 2):
            out = folder / f"out{jobs}"
            cpu_before = _children_cpu()
            started = time.perf_counter()
            result = run_quiz("generate", *sources, "--out-dir", str(out), "--jobs", str(jobs))
            timings[jobs] = time.perf_counter() - started
            cpu = _children_cpu() - cpu_before
            written = len(list(out.glob("*.json")))
            print(
                f"{count} articles, --jobs {jobs}: {timings[jobs]:.2f} s wall, {cpu:.2f} s CPU, "
                f"{written} banks"
                + ("" if result.returncode == 0 else f" (exit {result.returncode})")
            )
        same = all(
            (folder / "out1" / p.name).read_bytes() == p.read_bytes()
            for p in (folder / "out2").glob("*.json")
        )
        print(
            f"speed-up --jobs 2 vs 1: {timings[1] / timings[2]:.2f}x, target >= 1.7x "
            f"(on {os.cpu_count()} CPUs); identical output: {same}"
        )


def bench_memory() -> None:
    code = (
        "import resource, sys\nfrom quiz.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "usage = [resource.getrusage(w).ru_maxrss for w in "
        "(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]\n"
        "print('MAXRSS', *usage)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "b.json")
        result = subprocess.run(
            [PYTHON, "-c", code, "generate", str(SEED), "-o", out], capture_output=True, text=True
        )
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("MAXRSS")), "MAXRSS 0")
    parent, worker = (int(kb) / 1024 for kb in [*line.split()[1:], "0", "0"][:2])
    print(
        f"peak memory generating the seed bank: {max(parent, worker):.0f} MB "
        f"(main process {parent:.0f} MB, worker {worker:.0f} MB), target < 150 MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and articles")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average before the run: {load} on {os.cpu_count()} CPUs (figures are noisy)")
    bench_in_process(runs)
    bench_startup(runs)
    bench_parallel(16 if args.quick else 50)
    bench_memory()


if __name__ == "__main__":
    main()
