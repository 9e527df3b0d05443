"""Benchmark the learning engine against the real Anki backend; prints figures, asserts nothing.

Builds a profile of 20,000 cards with 200,000 review-log entries, then in a fresh process:
open the profile and build the study queue, answer cards one by one (next card + schedule +
durable write), and peak memory.  Then the same answer loop with the ``anki`` package
(``col.sched.getCard()`` + ``col.sched.answerCard(card, 3)``) on a 20,000-note collection.

    /work/venv/bin/python bench/bench_engine.py [--cards 20000] [--reviews 200000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quiz.learning.schedule import CardState
from quiz.learning.store import ReviewRecord, open_store
from quiz.model import Bank, Question, Source

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
ANSWERS = 300


def make_bank(count: int) -> Bank:
    questions = [
        Question(
            id=f"q{i:05d}",
            kind="short_answer",
            prompt=f"What is fact number {i}?",
            answer=f"Answer {i}",
            section=f"Section {i % 40}",
            fact=f"fact{i // 3}",
        )
        for i in range(count)
    ]
    return Bank(title="Bench Bank", source=Source(title="Bench"), questions=questions)


def build_profile(base: Path, cards: int, reviews: int) -> None:
    """Store ``cards`` review-state cards (some due now) and ``reviews`` past answers."""
    rng = random.Random(7)
    bank = make_bank(cards)
    states = []
    for question in bank.questions:
        due = NOW + timedelta(days=rng.uniform(-20, 200))
        states.append(
            CardState(
                bank=bank.key,
                qid=question.id,
                status="review",
                stability=rng.uniform(1, 200),
                difficulty=rng.uniform(1, 10),
                due=due,
                last_review=due - timedelta(days=rng.uniform(1, 60)),
                reps=10,
                lapses=rng.randrange(3),
            )
        )
    log = [
        ReviewRecord(
            bank=bank.key,
            qid=bank.questions[i % cards].id,
            rating=rng.choice((1, 3, 3, 3, 4)),
            time=NOW - timedelta(days=rng.uniform(0.5, 365)),
            status="review",
            duration=rng.uniform(2, 20),
            given="some answer",
            verdict="right",
        )
        for i in range(reviews)
    ]
    with open_store(base, "bench") as store:
        store.update_settings(new_per_day=9999, reviews_per_day=99999)
        store.import_history(states, log)


def peak_memory_mb() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss survives exec on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_quiz(base: Path, cards: int) -> dict[str, float]:
    """Runs in a fresh process: open + queue, answer loop, peak memory."""
    from quiz.learning.study import StudySession

    bank = make_bank(cards)
    started = time.perf_counter()
    store = open_store(base, "bench")
    session = StudySession(store, bank, now=NOW, rng=random.Random(1), tz=UTC)
    first = session.next_card(NOW)
    open_seconds = time.perf_counter() - started
    assert first is not None
    times = []
    now = NOW
    for _ in range(ANSWERS):
        t0 = time.perf_counter()
        question = session.next_card(now)
        assert question is not None
        session.answer(question, 3, now=now, given="x", verdict="right", duration=4.0)
        times.append(time.perf_counter() - t0)
        now += timedelta(seconds=5)
    from quiz.learning.stats import stats

    t0 = time.perf_counter()
    stats(store, bank, now=now, tz=UTC)
    stats_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    store.close()
    close_seconds = time.perf_counter() - t0
    peak_mb = peak_memory_mb()
    return {
        "answer_ms": statistics.median(times) * 1000,
        "answer_p95_ms": sorted(times)[int(0.95 * len(times))] * 1000,
        "open_queue_s": open_seconds,
        "close_s": close_seconds,
        "stats_s": stats_seconds,
        "peak_mb": peak_mb,
    }


def measure_anki(folder: Path, cards: int) -> float | None:
    """Median ms of getCard + answerCard(card, 3) on a collection of ``cards`` notes."""
    try:
        from anki.collection import AddNoteRequest, Collection
    except ImportError:
        return None
    col = Collection(str(folder / "bench.anki2"))
    try:
        model = col.models.by_name("Basic")
        deck_id = col.decks.id("Bench")
        requests = []
        for i in range(cards):
            note = col.new_note(model)
            note["Front"] = f"What is fact number {i}?"
            note["Back"] = f"Answer {i}"
            requests.append(AddNoteRequest(note=note, deck_id=deck_id))
        col.add_notes(requests)
        conf = col.decks.config_dict_for_deck_id(deck_id)
        conf["new"]["perDay"] = 9999
        conf["rev"]["perDay"] = 9999
        col.decks.update_config(conf)
        col.decks.select(deck_id)
        col.set_config("fsrs", True)
        times = []
        for _ in range(ANSWERS):
            t0 = time.perf_counter()
            card = col.sched.getCard()
            col.sched.answerCard(card, 3)
            times.append(time.perf_counter() - t0)
        return statistics.median(times) * 1000
    finally:
        col.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=20000)
    parser.add_argument("--reviews", type=int, default=200000)
    parser.add_argument("--measure", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_quiz(Path(args.measure), args.cards)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        t0 = time.perf_counter()
        build_profile(base / "data", args.cards, args.reviews)
        print(
            f"built profile: {args.cards} cards, {args.reviews} reviews "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        child = subprocess.run(
            [sys.executable, __file__, "--cards", str(args.cards), "--measure", str(base / "data")],
            check=True,
            capture_output=True,
            text=True,
        )
        quiz = json.loads(child.stdout)
        anki_ms = measure_anki(base, args.cards)
    print(
        f"quiz  answer one card (next + schedule + fsync), median: {quiz['answer_ms']:.3f} ms"
        f"  (p95 {quiz['answer_p95_ms']:.3f} ms)"
    )
    print(
        f"quiz  open profile + build study queue: {quiz['open_queue_s']:.3f} s"
        f"  (close with compaction {quiz['close_s']:.3f} s)"
    )
    print(f"quiz  stats over the whole log: {quiz['stats_s']:.3f} s")
    print(f"quiz  peak memory (open, queue, {ANSWERS} answers): {quiz['peak_mb']:.0f} MB")
    if anki_ms is None:
        print("anki  not installed: no baseline")
        return
    print(f"anki  getCard + answerCard, median: {anki_ms:.3f} ms")
    print(f"ratio quiz / anki: {quiz['answer_ms'] / anki_ms:.1f}x  (target <= 10x)")


if __name__ == "__main__":
    main()
