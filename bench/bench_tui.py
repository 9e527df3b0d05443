"""Benchmark of the terminal app: time to the first card and time to the next card.

Prints figures (no assertions):
* first card visible after launch (``quiz study BANK`` in a pseudo-terminal) against a bare
  Textual app that shows one Static, measured in the same run (median of N launches);
* next card after an answer with a 20,000-card profile (headless, median over answers): how
  long the answer key holds the event loop (the answer is saved in a worker thread), and how
  long until the next card is painted.

Run: ``/work/venv/bin/python bench/bench_tui.py [--launches 5] [--answers 30]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pty
import random
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

BARE_APP = """
import os, time
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("hello")
    def on_mount(self):
        self.call_after_refresh(self.done)
    def done(self):
        self.elapsed = time.time() - float(os.environ["START"])
        self.cpu = time.process_time()
        self.exit()

app = Bare()
app.run()
print(f"first-card {app.elapsed:.4f} cpu {app.cpu:.4f}", flush=True)
"""


def run_in_pty(argv: list[str], env: dict[str, str], timeout: float = 30.0) -> tuple[float, float]:
    """Run ``argv`` in a pseudo-terminal; return the (wall, CPU) seconds to its first screen."""
    master, slave = pty.openpty()
    os.set_blocking(master, False)
    env = {**os.environ, **env, "COLUMNS": "100", "LINES": "30", "TERM": "xterm-256color"}
    start = time.time()
    env["START"] = env["QUIZ_EXIT_AFTER_FIRST_CARD"] = repr(start)
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    output = b""
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                chunk = b""
            output += chunk
            if not chunk and proc.poll() is not None:
                break
        elif proc.poll() is not None:
            break
        if time.time() - start > timeout:
            proc.kill()
            raise RuntimeError(f"{argv[:3]} did not show its first screen in {timeout} s")
    os.close(master)
    proc.wait()
    found = re.search(rb"first-card ([0-9.]+) cpu ([0-9.]+)", output)
    if not found:
        raise RuntimeError(f"no timing printed by {argv[:3]}: {output[-300:]!r}")
    return float(found.group(1)), float(found.group(2))


def make_bank(directory: Path, size: int) -> Path:
    from quiz.bank import write_bank
    from quiz.model import Bank, Question, Source

    questions = []
    for i in range(size):
        answer = f"answer {i}"
        choices = [answer, f"wrong {i} a", f"wrong {i} b", f"wrong {i} c"]
        random.Random(i).shuffle(choices)
        questions.append(
            Question(
                f"q{i}",
                "mcq",
                f"Question number {i} asks what?",
                answer,
                choices,
                f"Section {i % 40}",
                f"Sentence {i} holds the answer {answer}.",
                fact=f"f{i}",
            )
        )
    bank = Bank(f"Bench {size}", Source(title=f"Bench {size}"), questions, {}, [])
    path = directory / f"bench-{size}.json"
    write_bank(bank, path, force=True)
    return path


def fill_profile(data_dir: Path, bank_path: Path, now: datetime) -> None:
    """20,000 card states (most in review, a few hundred due now) for the default profile."""
    from quiz.bank import load_bank
    from quiz.learning.schedule import CardState
    from quiz.learning.store import open_store

    bank = load_bank(bank_path)
    rng = random.Random(1)
    cards = []
    for question in bank.questions:
        due = now + timedelta(days=rng.uniform(-0.5, 60))
        cards.append(
            CardState(
                bank.key,
                question.id,
                status="review",
                step=None,
                stability=20.0,
                difficulty=5.0,
                due=due,
                last_review=due - timedelta(days=20),
                reps=3,
            )
        )
    with open_store(data_dir) as store:
        store.put_cards(cards)
        store.update_settings(reviews_per_day=99999)


async def next_card_times(data_dir: Path, bank_path: Path, now: datetime, answers: int):
    from quiz.tui.app import QuizApp

    clock_now = [now]
    app = QuizApp(
        data_dir,
        banks=[bank_path],
        start="study",
        clock=lambda: clock_now[0],
        rng=random.Random(2),
        bundled=False,
    )
    handler, painted = [], []
    async with app.run_test(size=(100, 30)) as pilot:
        await idle(app, pilot)
        screen = app.screen
        for _ in range(answers):
            await pilot.press("space")
            await idle(app, pilot)
            shown = screen.current
            painted_event = asyncio.Event()
            t0 = time.perf_counter()
            await screen.action_rate(3)  # hands the answer to a worker thread
            t1 = time.perf_counter()
            while screen.waiting or screen.current is shown:  # the worker's card arrives
                await asyncio.sleep(0.0002)
            screen.call_after_refresh(painted_event.set)  # runs once the new card is drawn
            await painted_event.wait()
            t2 = time.perf_counter()
            handler.append((t1 - t0) * 1000)
            painted.append((t2 - t0) * 1000)
            clock_now[0] += timedelta(seconds=5)
    return handler, painted


async def idle(app, pilot) -> None:
    """Wait until the app's store work is done and no key waits."""
    while True:
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not app.screen.waiting and not any(w.is_running for w in app.workers):
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=5)
    parser.add_argument("--answers", type=int, default=30)
    parser.add_argument("--cards", type=int, default=20000)
    parser.add_argument("--launch-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        small = make_bank(base, 200)
        bare, quiz = [], []
        for _ in range(args.launches):
            bare.append(run_in_pty([sys.executable, "-c", BARE_APP], {}))
            quiz.append(
                run_in_pty(
                    [
                        sys.executable,
                        "-m",
                        "quiz",
                        "study",
                        str(small),
                        "--data-dir",
                        str(base / "launch"),
                    ],
                    {},
                )
            )
        for index, name in ((0, "wall"), (1, "CPU ")):
            for stat_name, stat in (("median", statistics.median), ("min", min)):
                bare_s = stat(t[index] for t in bare)
                quiz_s = stat(t[index] for t in quiz)
                print(
                    f"launch {name} {stat_name:6}: bare Textual app {bare_s * 1000:6.1f} ms, "
                    f"quiz first card {quiz_s * 1000:6.1f} ms, ratio {quiz_s / bare_s:.2f}x"
                    " (target <= 1.5x, <= 1000 ms)"
                )

        if args.launch_only:
            return
        now = datetime.now(UTC)  # the launched app reads the real clock: dues relative to it
        t0 = time.perf_counter()
        big = make_bank(base, args.cards)
        fill_profile(base / "big", big, now)
        print(
            f"setup: {args.cards}-card bank and profile built in {time.perf_counter() - t0:.1f} s"
        )
        big_launch = [
            run_in_pty(
                [sys.executable, "-m", "quiz", "study", str(big), "--data-dir", str(base / "big")],
                {},
            )
            for _ in range(3)
        ]
        print(
            f"launch with the {args.cards}-card bank and profile: first card median "
            f"{statistics.median(t[0] for t in big_launch) * 1000:7.1f} ms (informative)"
        )
        handler, painted = asyncio.run(next_card_times(base / "big", big, now, args.answers))
        print(
            f"next card ({args.cards} cards): event loop held by the answer key median "
            f"{statistics.median(handler):6.1f} ms, max {max(handler):6.1f} ms"
            " (the answer is saved in a worker thread)"
        )
        print(
            f"next card ({args.cards} cards): including repaint  median "
            f"{statistics.median(painted):6.1f} ms, max {max(painted):6.1f} ms (target <= 50 ms)"
        )


if __name__ == "__main__":
    main()
