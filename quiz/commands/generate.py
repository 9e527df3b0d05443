"""The ``quiz generate`` and ``quiz validate`` commands: articles in, bank files out."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quiz.errors import QuizError

if TYPE_CHECKING:
    from quiz.generator.batch import Outcome

DEFAULT_TIME_LIMIT = 60.0


# --- planning outputs -----------------------------------------------------------------------


class Outputs:
    """Decides where each bank goes and refuses clashes and overwrites (unless forced).

    Memory stays flat on huge dumps: only the targets of pages in flight are remembered; a
    file written earlier in this run is recognised by its modification time.
    """

    def __init__(self, out: Path | None, folder: Path | None, force: bool, now_ns: int) -> None:
        self.out, self.folder, self.force = out, folder, force
        self.started_ns = now_ns
        self.pending: set[Path] = set()

    def target_for(self, key: str) -> Path:
        if self.out is not None:
            return self.out
        assert self.folder is not None
        return self.folder / f"{key}.json"

    def _written_in_this_run(self, target: Path) -> bool:
        try:
            return target.stat().st_mtime_ns >= self.started_ns
        except OSError:
            return False

    def claim(self, key: str, origin: str) -> Path:
        """The target for a bank with slug ``key``; QuizError if taken or already on disk."""
        target = self.target_for(key)
        if target in self.pending or self._written_in_this_run(target):
            raise QuizError(f"{origin}: skipped: {target} is already used by another page")
        if target.exists() and not self.force:
            raise QuizError(f"{target} already exists (use --force to overwrite)")
        self.pending.add(target)
        return target

    def release(self, target: Path | None) -> None:
        """The page aimed at ``target`` is written or failed: forget it."""
        if target is not None:
            self.pending.discard(target)


def _planner(outputs: Outputs, seed: int, limit: float) -> Any:
    """A function turning a page (or a read failure) into a Job or a finished Outcome."""
    from quiz.generator.batch import Job, Outcome
    from quiz.generator.ingest import PageFailure
    from quiz.text import slugify

    def plan(item: Any) -> Job | Outcome:
        if isinstance(item, PageFailure):
            return Outcome(origin=item.origin, error=item.message)
        try:
            target = outputs.claim(slugify(item.title), item.origin)
        except QuizError as exc:
            return Outcome(origin=item.origin, title=item.title, error=str(exc))
        return Job(item.title, item.wikitext, item.sha256, item.origin, seed, limit, str(target))

    return plan


# --- the commands -----------------------------------------------------------------------------


def _progress(enabled: bool) -> Any:
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    return Progress(
        SpinnerColumn(),
        TextColumn("generating: {task.completed} pages"),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
        disable=not (enabled and sys.stderr.isatty()),
    )


def _questions(total: int) -> str:
    return f"{total} question" if total == 1 else f"{total} questions"


def _summary(outcome: Outcome) -> str:
    kinds = ", ".join(f"{n} {kind}" for kind, n in outcome.counts.items()) or "none"
    return (
        f"{outcome.title}: {_questions(sum(outcome.counts.values()))} ({kinds}) -> {outcome.target}"
    )


@contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C until the block is done, so a bank file is never left half-written (where
    Ctrl-C is ignored, as in a shell's background job, it stays ignored)."""
    main = threading.current_thread() is threading.main_thread()
    if not main or signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def _write(outcome: Outcome, outputs: Outputs) -> None:
    from quiz.atomic import write_text_atomic
    from quiz.files import os_problem, shown

    assert outcome.text is not None and outcome.target is not None
    target = outcome.target
    try:
        with _interrupts_deferred():
            write_text_atomic(target, outcome.text, overwrite=outputs.force)
    except OSError as exc:
        raise QuizError(f"cannot write {shown(target)}: {os_problem(exc)}") from None


def _resolve_outputs(args: argparse.Namespace) -> Outputs:
    from quiz.files import os_problem, shown
    from quiz.paths import banks_dir, data_dir

    if args.out:
        out = Path(args.out)
        if out.is_dir():
            raise QuizError(f"{out}: is a directory (use --out-dir for a folder)")
        if out.exists() and not args.force:
            raise QuizError(f"{out} already exists (use --force to overwrite)")
        if not out.parent.is_dir():
            raise QuizError(f"directory {out.parent} does not exist")
        return Outputs(out, None, args.force, time.time_ns())
    folder = Path(args.out_dir) if args.out_dir else banks_dir(data_dir(args.data_dir))
    if folder.exists() and not folder.is_dir():
        raise QuizError(f"{folder}: not a directory")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise QuizError(f"cannot create {shown(folder)}: {os_problem(exc)}") from None
    return Outputs(None, folder, args.force, time.time_ns())


def run_generate(args: argparse.Namespace) -> int:
    """``quiz generate``: one bank per article page; exit 2 if any page failed."""
    from itertools import chain, islice

    from quiz.generator.batch import run_in_process, run_in_workers
    from quiz.generator.ingest import Page, iter_pages

    jobs = args.jobs or os.cpu_count() or 1
    if jobs < 1:
        raise QuizError("--jobs must be at least 1")
    if args.title is not None and len(args.sources) > 1:
        raise QuizError("--title can only be used with a single SOURCE")
    outputs = _resolve_outputs(args)
    items = iter_pages([Path(s) for s in args.sources], args.title)
    first = list(islice(items, 2))
    several = len(first) > 1
    if args.out and several:
        raise QuizError("-o needs exactly one article but the sources hold several; use --out-dir")
    stream = chain(first, items)
    plan = _planner(outputs, args.seed, args.time_limit)
    has_page = any(isinstance(item, Page) for item in first)
    pool = _start_pool(jobs if several else 1) if has_page else None
    try:
        outcomes = run_in_workers(stream, plan, pool) if pool else run_in_process(stream, plan)
        written, failed = _write_all(outcomes, outputs, several)
    finally:
        if pool is not None:
            pool.close()
    if several and written:
        where = f" to {outputs.folder}" if outputs.folder is not None else ""
        print(f"{written} bank{'s' * (written != 1)} written{where}, {failed} failed")
    return 2 if failed or not written else 0


def _start_pool(jobs: int) -> Any:
    """Worker processes for generation, or None to generate in this process instead."""
    from quiz.generator.batch import WorkerPool, can_use_workers

    if not can_use_workers():
        return None
    try:
        return WorkerPool(jobs)
    except OSError as exc:
        print(f"quiz: warning: no worker processes ({exc}); generating here", file=sys.stderr)
        return None


def _write_all(outcomes: Iterable[Outcome], outputs: Outputs, several: bool) -> tuple[int, int]:
    """Write each finished bank and print its summary or error; returns (written, failed)."""
    written = failed = 0
    with _progress(several) as progress:
        task = progress.add_task("", total=None)
        for outcome in outcomes:
            for warning in outcome.warnings:
                print(f"quiz: warning: {warning}", file=sys.stderr)
            if outcome.error is None:
                try:
                    _write(outcome, outputs)
                except QuizError as exc:
                    outcome.error = str(exc)
            outputs.release(outcome.target)
            if outcome.error is None:
                written += 1
                print(_summary(outcome), flush=True)
            else:
                failed += 1
                print(f"quiz: error: {outcome.error}", file=sys.stderr, flush=True)
            progress.update(task, advance=1, description=outcome.title)
    return written, failed


def run_validate(args: argparse.Namespace) -> int:
    """``quiz validate``: exit 0 if all banks are valid, 1 on problems, 2 if one is unreadable."""
    from quiz.bank import load_bank_data, validate_bank_data

    status = 0
    for name in args.banks:
        try:
            data = load_bank_data(name)
        except QuizError as exc:
            print(f"quiz: error: {exc}", file=sys.stderr)
            status = 2
            continue
        problems = validate_bank_data(data)
        for problem in problems:
            print(f"{name}: {problem}")
        if problems:
            status = max(status, 1)
            continue
        review = _review_state(name, data)
        if review is None:
            status = max(status, 2)
            continue
        problems, notes, summary = review
        for line in problems + notes:
            print(f"{name}: {line}")
        status = max(status, 1 if problems else 0)
        reviewed = f"; {summary}" if summary else ""
        if not problems:
            print(f"{name}: ok ({_questions(len(data['questions']))}{reviewed})")
    return status


def _review_state(name: str, data: dict[str, Any]) -> tuple[list[str], list[str], str] | None:
    """Problems, notes and the counters line of the review beside bank ``name`` (None when
    the review file cannot be read: reported as an error)."""
    from quiz.model import Bank
    from quiz.review import (
        Review,
        read_review_data,
        review_findings,
        review_path,
        review_problems,
        summary_or_none,
    )

    path = review_path(name)
    try:
        raw = read_review_data(path)
    except QuizError as exc:
        print(f"quiz: error: {exc}", file=sys.stderr)
        return None
    if raw is None:
        return [], [], ""
    problems = [f"{path.name}: {p}" for p in review_problems(raw)]
    if problems:
        return problems, [], ""
    bank, review = Bank.from_dict(data), Review.from_dict(raw)
    found, notes = review_findings(bank, review)
    summary = summary_or_none(bank, review)
    return found, notes, summary.line() if summary else "nothing reviewed yet"


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def register(sub: Any) -> None:
    """Add ``generate`` and ``validate`` to the ``quiz`` subcommands."""
    gen = sub.add_parser(
        "generate",
        help="make question banks from articles (seed JSON, wikitext, MediaWiki XML)",
        description="Make one question bank per article. SOURCE may be a seed JSON array "
        "[title, wikitext], a plain wikitext file, or a MediaWiki XML export (.xml, .xml.bz2).",
    )
    gen.add_argument("sources", nargs="+", metavar="SOURCE", help="article files or XML dumps")
    where = gen.add_mutually_exclusive_group()
    where.add_argument("-o", "--out", metavar="OUT.json", help="bank file (one article only)")
    where.add_argument("--out-dir", metavar="DIR", help="folder for <slug-of-title>.json banks")
    gen.add_argument(
        "--title", metavar="T", help="title for a plain wikitext file (default: file name)"
    )
    gen.add_argument("--seed", type=int, default=0, metavar="N", help="generator seed (default 0)")
    gen.add_argument("--force", action="store_true", help="overwrite existing bank files")
    gen.add_argument(
        "--jobs", type=int, default=0, metavar="N", help="worker processes (default: CPUs)"
    )
    gen.add_argument(
        "--time-limit",
        type=_positive_float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help=f"skip a page taking longer than this (default {DEFAULT_TIME_LIMIT:g})",
    )
    gen.add_argument(
        "--data-dir", metavar="DIR", help="quiz data directory (banks go to DIR/banks by default)"
    )
    gen.set_defaults(func=run_generate)

    val = sub.add_parser(
        "validate",
        help="check bank files and list every problem",
        description="Check bank files: exit 0 if all are valid, 1 if problems were found, "
        "2 if a file cannot be read.",
    )
    val.add_argument("banks", nargs="+", metavar="BANK", help="bank JSON files")
    val.set_defaults(func=run_validate)
