"""The learning engine side by side with Anki's Rust backend; prints figures and ratios only.

Both sides get the same deck in the same run: 20,000 cards in review state with FSRS memory
states (stability, difficulty; some due now) and 200,000 past answers in their review log
(quiz: ``import_history``; Anki: the ``anki`` package's collection, memory states in the
cards' data as Anki keeps them, a real ``revlog``). Each measurement runs in a fresh process
on a fresh copy, alternating quiz and Anki, three rounds; medians are printed:

* open: open the profile / collection and get the first card to study (queue built);
* answer: next card + schedule + durable write (quiz) / ``getCard`` + ``answerCard``;
* close: ``store.close()`` / ``col.close()``;
* statistics over the whole log (quiz ``stats``), and reading the settings of a profile with
  10,000 saved sessions.

Targets (issue 10): answer <= 0.8x Anki, open <= 1.0x, close <= 3x, statistics <= 0.5 s,
settings <= 5 ms.

    .venv/bin/python bench/bench_engine.py [--cards 20000] [--reviews 200000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
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
SESSIONS = 10_000


def make_bank(count: int) -> Bank:
    questions = [
        Question(
            id=f"q{i:05d}",
            kind="short_answer",
            prompt=f"What is fact number {i}?",
            answer=f"Answer {i}",
            section=f"Section {i % 40}",
            fact=f"fact{i}",
        )
        for i in range(count)
    ]
    return Bank(title="Bench Bank", source=Source(title="Bench"), questions=questions)


def deck(cards: int, reviews: int) -> tuple[list[dict], list[dict]]:
    """The shared deck: card states and past answers, as plain numbers both sides use."""
    rng = random.Random(7)
    states = []
    for i in range(cards):
        due_days = rng.uniform(-20, 200)
        states.append(
            {
                "i": i,
                "stability": rng.uniform(1, 200),
                "difficulty": rng.uniform(1, 10),
                "due_days": due_days,
                "last_days": due_days - rng.uniform(1, 60),
                "lapses": rng.randrange(3),
            }
        )
    log = [
        {
            "i": i % cards,
            "rating": rng.choice((1, 3, 3, 3, 4)),
            "days_ago": rng.uniform(0.5, 365),
            "seconds": rng.uniform(2, 20),
        }
        for i in range(reviews)
    ]
    return states, log


# ---------------------------------------------------------------- quiz


def build_quiz(base: Path, cards: int, reviews: int) -> None:
    bank = make_bank(cards)
    states, log = deck(cards, reviews)
    card_states = [
        CardState(
            bank=bank.key,
            qid=bank.questions[s["i"]].id,
            status="review",
            stability=s["stability"],
            difficulty=s["difficulty"],
            due=NOW + timedelta(days=s["due_days"]),
            last_review=NOW + timedelta(days=s["last_days"]),
            reps=10,
            lapses=s["lapses"],
        )
        for s in states
    ]
    records = [
        ReviewRecord(
            bank=bank.key,
            qid=bank.questions[r["i"]].id,
            rating=r["rating"],
            time=NOW - timedelta(days=r["days_ago"]),
            status="review",
            duration=r["seconds"],
            given="some answer",
            verdict="right" if r["rating"] > 1 else "wrong",
        )
        for r in log
    ]
    with open_store(base, "bench") as store:
        store.update_settings(new_per_day=9999, reviews_per_day=99999)
        store.import_history(card_states, records)
    with open_store(base, "sessions") as store:
        with store.batch():
            for number in range(SESSIONS):
                store.save_session(
                    {"mode": "practice", "bank": bank.key, "total": 20, "right": number % 20}
                )
        store.compact()  # as the journal's growth does over 10,000 sessions


def measure_quiz(base: Path, cards: int) -> dict[str, float]:
    from quiz.learning.stats import stats
    from quiz.learning.study import StudySession

    bank = make_bank(cards)
    started = time.perf_counter()
    store = open_store(base, "bench")
    session = StudySession(store, bank, now=NOW, rng=random.Random(1), tz=UTC)
    assert session.next_card(NOW) is not None
    open_s = time.perf_counter() - started
    times = []
    now = NOW
    for _ in range(ANSWERS):
        t0 = time.perf_counter()
        question = session.next_card(now)
        assert question is not None
        session.answer(question, 3, now=now, given="x", verdict="right", duration=4.0)
        times.append(time.perf_counter() - t0)
        now += timedelta(seconds=5)
    t0 = time.perf_counter()
    figures = stats(store, bank, now=now, tz=UTC)
    stats_s = time.perf_counter() - t0
    assert figures["reviews_total"] >= ANSWERS
    t0 = time.perf_counter()
    store.close()
    close_s = time.perf_counter() - t0
    opens, reads = [], []
    for _ in range(20):
        t0 = time.perf_counter()
        with open_store(base, "sessions", readonly=True) as other:
            t1 = time.perf_counter()
            other.settings()
            reads.append(time.perf_counter() - t1)
        opens.append(time.perf_counter() - t0)
    return {
        "open": open_s,
        "answer": statistics.median(times),
        "close": close_s,
        "stats": stats_s,
        "settings": statistics.median(reads),
        "settings_open": statistics.median(opens),
    }


# ---------------------------------------------------------------- anki


def build_anki(path: Path, cards: int, reviews: int) -> None:
    from anki.collection import AddNoteRequest, Collection

    states, log = deck(cards, reviews)
    col = Collection(str(path))
    try:
        col.set_config("fsrs", True)
        model = col.models.by_name("Basic")
        assert model is not None
        deck_id = col.decks.id("Bench")
        assert deck_id is not None
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
        col.decks.save(conf)
        col.decks.select(deck_id)
        ids = list(col.find_cards(f"did:{deck_id}"))
        today = col.sched.today
        now_s = int(time.time())
        rows = []
        for card_id, s in zip(ids, states, strict=True):
            last = now_s + int(s["last_days"] * 86400)
            data = json.dumps({"s": s["stability"], "d": s["difficulty"], "lrt": last})
            ivl = max(1, round(s["due_days"] - s["last_days"]))
            rows.append((ivl, today + round(s["due_days"]), s["lapses"], data, card_id))
        for start in range(0, len(rows), 1000):  # one statement per 1,000 rows (fast)
            chunk = rows[start : start + 1000]
            col.db.execute(
                "update cards set type=2, queue=2, reps=10, ivl=v.column1, due=v.column2, "
                "lapses=v.column3, data=v.column4 from (values "
                + ",".join("(?,?,?,?,?)" for _ in chunk)
                + ") as v where cards.id=v.column5",
                *[value for row in chunk for value in row],
            )
        entries = []
        used: set[int] = set()
        for r in log:
            at = now_s * 1000 - int(r["days_ago"] * 86_400_000)
            while at in used:  # the id is the answer's time in ms: one per ms
                at -= 1
            used.add(at)
            ms = int(r["seconds"] * 1000)
            entries.append((at, ids[r["i"]], -1, r["rating"], 10, 8, 0, ms, 1))
        for start in range(0, len(entries), 1000):
            chunk = entries[start : start + 1000]
            col.db.execute(
                "insert into revlog (id,cid,usn,ease,ivl,lastIvl,factor,time,type) values "
                + ",".join("(?,?,?,?,?,?,?,?,?)" for _ in chunk),
                *[value for row in chunk for value in row],
            )
        assert col.db.scalar("select count() from revlog") == len(entries)
        assert col.db.scalar("select count() from cards where queue=2") == cards
        first = col.get_card(ids[0])
        assert first.memory_state is not None and first.memory_state.stability > 0
    finally:
        col.close()


def measure_anki(path: Path) -> dict[str, float]:
    from anki.collection import Collection

    started = time.perf_counter()
    col = Collection(str(path))
    assert col.sched.getCard() is not None
    open_s = time.perf_counter() - started
    times = []
    for _ in range(ANSWERS):
        t0 = time.perf_counter()
        card = col.sched.getCard()
        assert card is not None
        col.sched.answerCard(card, 3)
        times.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    col.close()
    close_s = time.perf_counter() - t0
    return {"open": open_s, "answer": statistics.median(times), "close": close_s}


# ---------------------------------------------------------------- driver


def child(kind: str, path: Path, cards: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--measure", kind, str(path), "--cards", str(cards)]
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{kind} measurement failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cards", type=int, default=20_000)
    parser.add_argument("--reviews", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        kind, path = args.measure
        result = (
            measure_quiz(Path(path), args.cards) if kind == "quiz" else measure_anki(Path(path))
        )
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        t0 = time.perf_counter()
        build_quiz(base / "quiz", args.cards, args.reviews)
        t1 = time.perf_counter()
        build_anki(base / "anki.anki2", args.cards, args.reviews)
        t2 = time.perf_counter()
        print(
            f"built: {args.cards:,} cards, {args.reviews:,} log entries "
            f"(quiz {t1 - t0:.1f} s, anki {t2 - t1:.1f} s)"
        )
        quiz_runs, anki_runs = [], []
        for _ in range(args.rounds):
            copy = base / "run"
            shutil.copytree(base / "quiz", copy)
            quiz_runs.append(child("quiz", copy, args.cards))
            shutil.rmtree(copy)
            shutil.copy(base / "anki.anki2", base / "run.anki2")
            anki_runs.append(child("anki", base / "run.anki2", args.cards))
    quiz = {k: statistics.median(r[k] for r in quiz_runs) for k in quiz_runs[0]}
    anki = {k: statistics.median(r[k] for r in anki_runs) for k in anki_runs[0]}
    print(f"{'median of ' + str(args.rounds) + ' rounds':<44}{'quiz':>10}{'anki':>10}{'ratio':>8}")
    for key, label, unit, target in (
        ("answer", "answer one card (next, schedule, write)", 1000, 0.8),
        ("open", "open profile + first card", 1, 1.0),
        ("close", "close", 1000, 3.0),
    ):
        ratio = quiz[key] / anki[key]
        scale = "ms" if unit == 1000 else "s"
        print(
            f"{label:<44}{quiz[key] * unit:>8.3f}{scale:>2}{anki[key] * unit:>8.3f}{scale:>2}"
            f"{ratio:>7.2f}x  (target <= {target}x)"
        )
    print(f"{'statistics over the whole log':<44}{quiz['stats']:>8.3f} s  (target <= 0.5 s)")
    print(
        f"{'settings of a 10,000-session profile':<44}{quiz['settings'] * 1000:>8.3f} ms "
        f"(open read-only + read: {quiz['settings_open'] * 1000:.1f} ms; target <= 5 ms)"
    )


if __name__ == "__main__":
    main()
