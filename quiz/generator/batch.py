"""Generate banks for a stream of pages: time limits, worker processes, results in input order."""

from __future__ import annotations

import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

IN_FLIGHT_PER_JOB = 2
GRACE_SECONDS = 5.0


@dataclass(frozen=True)
class Job:
    """One page to generate, as sent to a worker process."""

    title: str
    wikitext: str
    sha256: str
    origin: str
    seed: int
    time_limit: float
    target: str = ""


@dataclass
class Outcome:
    """What became of one page: bank JSON text and counts, or a one-line error."""

    origin: str
    title: str = ""
    key: str = ""
    text: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    warnings: tuple[str, ...] = ()
    target: Path | None = None


class _TimeUp(BaseException):
    """Raised by the alarm handler; a BaseException so ``except Exception`` cannot swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``_TimeUp`` in the block after ``seconds`` (main thread with SIGALRM only)."""
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise _TimeUp()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _target(job: Job) -> Path | None:
    return Path(job.target) if job.target else None


def too_long(job: Job) -> str:
    return f"{job.origin}: skipped: took too long (over {job.time_limit:g} s)"


def generate_page(job: Job) -> Outcome:
    """Build one bank under the time limit; every failure becomes a one-line error."""
    from collections import Counter

    from quiz.bank import bank_to_json
    from quiz.generator import generate
    from quiz.kinds import kind_names

    outcome = Outcome(origin=job.origin, title=job.title, target=_target(job))
    try:
        with time_limit(job.time_limit):
            bank = generate.build_bank(job.title, job.wikitext, seed=job.seed, sha256=job.sha256)
            outcome.text = bank_to_json(bank)
    except _TimeUp:
        outcome.error = too_long(job)
        return outcome
    except RecursionError:
        outcome.error = f"{job.origin}: skipped: the article is nested too deeply"
        return outcome
    except Exception as exc:  # noqa: BLE001 - the user gets one line, never a traceback
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        outcome.error = f"{job.origin}: skipped: the generator failed ({detail})"
        return outcome
    if not bank.questions:
        outcome.error = f"{job.origin}: no questions could be made from this article"
        return outcome
    outcome.title, outcome.key = bank.title, bank.key
    order = {kind: index for index, kind in enumerate(kind_names())}
    counts = Counter(q.kind for q in bank.questions)
    outcome.counts = dict(sorted(counts.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])))
    return outcome


Plan = Callable[[Any], "Job | Outcome"]


def _with_warnings(outcome: Outcome, item: Any) -> Outcome:
    outcome.warnings = tuple(getattr(item, "warnings", ()))
    return outcome


def run_in_process(items: Iterable[Any], plan: Plan) -> Iterator[Outcome]:
    """Generate pages one after another in this process (soft time limit only)."""
    for item in items:
        planned = plan(item)
        outcome = generate_page(planned) if isinstance(planned, Job) else planned
        yield _with_warnings(outcome, item)


def can_use_workers() -> bool:
    """Worker processes need ``fork`` (they inherit the loaded generator)."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops them (no worker tracebacks)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm_up_frozen(warm_up: Callable[[], None]) -> None:
    """Load the word lists once here (the forked workers share them), with the garbage
    collector off while they load and their objects frozen after, as Python's ``gc.freeze``
    advises before a fork: the collector's full passes over the growing tables cost 0.1 s of
    the load, no worker's collections walk (and copy) the shared pages, and the main process
    does not free them one by one at exit (0.1 s more)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        warm_up()
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class WorkerPool:
    """``jobs`` forked worker processes; a pool with a stuck worker is killed and replaced."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.generation = 0
        self.executor = self._start()

    def _start(self) -> Any:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        import quiz.bank  # noqa: F401 - loaded once here, inherited by forked workers
        from quiz.generator.generate import warm_up

        _warm_up_frozen(warm_up)

        context = multiprocessing.get_context("fork")
        executor = ProcessPoolExecutor(self.jobs, context, initializer=_ignore_interrupts)
        executor.submit(int).result()  # fork the workers now, before other threads start
        return executor

    def submit(self, job: Job) -> Future[Outcome]:
        return self.executor.submit(generate_page, job)

    def restart(self) -> None:
        """Kill every worker (one is stuck or dead) and start fresh ones."""
        self.close()
        self.executor = self._start()
        self.generation += 1

    def close(self) -> None:
        """Stop the workers at once (they hold no unsaved work: the main process writes)."""
        processes = getattr(self.executor, "_processes", None) or {}
        for process in list(processes.values()):
            process.kill()
        self.executor.shutdown(wait=True, cancel_futures=True)


@dataclass
class _Entry:
    item: Any
    job: Job | None
    pending: Future[Outcome] | Outcome
    generation: int = -1


def _succeeded(future: Future[Outcome]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class _Pipeline:
    """Pages in flight in a WorkerPool, resolved in input order; recovers from stuck workers."""

    def __init__(self, pool: WorkerPool, plan: Plan) -> None:
        self.pool, self.plan = pool, plan
        self.queue: deque[_Entry] = deque()

    def add(self, item: Any) -> None:
        planned = self.plan(item)
        if not isinstance(planned, Job):
            self.queue.append(_Entry(item, None, planned))
            return
        error = f"{planned.origin}: skipped: no worker process could take it"
        unsent = Outcome(planned.origin, planned.title, target=_target(planned), error=error)
        entry = _Entry(item, planned, unsent)
        self.queue.append(entry)
        self._submit(entry)

    def _submit(self, entry: _Entry) -> None:
        from concurrent.futures.process import BrokenProcessPool

        assert entry.job is not None
        try:
            entry.pending = self.pool.submit(entry.job)
            entry.generation = self.pool.generation
        except BrokenProcessPool:
            self._restart()

    def _restart(self) -> None:
        self.pool.restart()
        self._resubmit_unfinished()

    def _resubmit_unfinished(self) -> None:
        """Send again the pages that were in flight in a pool that has since been replaced."""
        for entry in self.queue:
            if entry.job is None or entry.generation == self.pool.generation:
                continue
            if isinstance(entry.pending, Future) and _succeeded(entry.pending):
                continue
            entry.pending = self.pool.submit(entry.job)
            entry.generation = self.pool.generation

    def full(self) -> bool:
        return len(self.queue) > self.pool.jobs * IN_FLIGHT_PER_JOB

    def _wait(self, job: Job, future: Future[Outcome]) -> Outcome | None:
        """The worker's outcome, or None when the pool broke; a stuck worker is killed."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return future.result(timeout=job.time_limit + GRACE_SECONDS)
        except TimeoutError:
            self._restart()
            return Outcome(job.origin, job.title, target=_target(job), error=too_long(job))
        except BrokenProcessPool:
            return None

    def _retry_alone(self, job: Job) -> Outcome:
        """After a worker died, run ``job`` by itself to learn whether it was the cause."""
        self.pool.restart()
        outcome = self._wait(job, self.pool.submit(job))
        if outcome is None:
            self.pool.restart()
            error = f"{job.origin}: skipped: the worker process died (out of memory?)"
            outcome = Outcome(job.origin, job.title, target=_target(job), error=error)
        self._resubmit_unfinished()
        return outcome

    def next_outcome(self) -> Outcome:
        """Wait for the oldest page; kill its worker if it is stuck past the time limit."""
        entry = self.queue.popleft()
        if not isinstance(entry.pending, Future):
            return _with_warnings(entry.pending, entry.item)
        assert entry.job is not None
        outcome = self._wait(entry.job, entry.pending)
        if outcome is None:
            outcome = self._retry_alone(entry.job)
        return _with_warnings(outcome, entry.item)


def run_in_workers(items: Iterable[Any], plan: Plan, pool: WorkerPool) -> Iterator[Outcome]:
    """Generate pages in ``pool``, yielding outcomes in input order, few pages in flight."""
    pipeline = _Pipeline(pool, plan)
    for item in items:
        pipeline.add(item)
        while pipeline.full():
            yield pipeline.next_outcome()
    while pipeline.queue:
        yield pipeline.next_outcome()
