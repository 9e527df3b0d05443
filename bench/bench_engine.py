"""The learning engine side by side with Anki's Rust backend; prints figures and ratios only.

Both sides get the same deck in the same run: 20,000 cards in review state with FSRS memory
states (stability, difficulty; some due now) and 200,000 past answers in their review log
(quiz: ``import_history``; Anki: the ``anki`` package's collection, memory states in the
cards' data as Anki keeps them, a real ``revlog``). Each round copies both (and syncs the
copies to disk, so their write-back does not land in a measurement), then:

* open: open the profile / collection and get the first card to study (queue built), in a
  fresh process each on fresh copies, quiz and Anki alternating, three times a round (the
  round keeps each side's median);
* answer: next card + schedule + durable write (quiz: one journal line + ``fdatasync``) /
  ``getCard`` + ``answerCard`` (Anki: one committed SQLite transaction in WAL mode with
  ``synchronous=FULL``: one ``fsync``); both sides are opened in one process and answer in
  turns (who goes first alternates), so a load spike on this shared machine hits both;
* close: ``store.close()`` / ``col.close()``, after the answers;
* statistics over the whole log (quiz ``stats``), and reading the settings of a profile with
  10,000 saved sessions.

Targets (issue 10): answer <= 0.8x Anki, open <= 1.0x, close <= 3x, statistics <= 0.5 s,
settings <= 5 ms.

    .venv/bin/python bench/bench_engine.py [--cards 20000] [--reviews 200000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
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
OPENS = 3
"""Opens of each side per round (fresh processes, alternating); the round keeps the median."""
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


class QuizSide:
    """quiz's study session over the bench profile: ``answer`` answers the next card."""

    def __init__(self, base: Path, bank: Bank) -> None:
        from quiz.learning.study import StudySession

        self.bank = bank
        self.store = open_store(base, "bench")
        self.session = StudySession(self.store, self.bank, now=NOW, rng=random.Random(1), tz=UTC)
        assert self.session.next_card(NOW) is not None
        self.now = NOW

    def answer(self) -> None:
        question = self.session.next_card(self.now)
        assert question is not None
        self.session.answer(question, 3, now=self.now, given="x", verdict="right", duration=4.0)
        self.now += timedelta(seconds=5)


class AnkiSide:
    """Anki's collection with the bench deck selected: ``answer`` answers the next card."""

    def __init__(self, path: Path) -> None:
        from anki.collection import Collection

        self.col = Collection(str(path))
        assert self.col.sched.getCard() is not None

    def answer(self) -> None:
        card = self.col.sched.getCard()
        assert card is not None
        self.col.sched.answerCard(card, 3)


def measure_open(kind: str, path: Path, cards: int) -> dict[str, float]:
    if kind == "anki":
        from anki.collection import Collection  # noqa: F401 (imported outside the timing)

        started = time.perf_counter()
        anki = AnkiSide(path)
        open_s = time.perf_counter() - started
        anki.col.close()
        return {"open": open_s}
    from quiz.learning.study import StudySession  # noqa: F401 (imported outside the timing)

    bank = make_bank(cards)  # the bank is read before the profile, as the app does
    started = time.perf_counter()
    quiz = QuizSide(path, bank)
    open_s = time.perf_counter() - started
    quiz.store.close()
    return {"open": open_s}


def measure_answers(quiz_path: Path, anki_path: Path, cards: int) -> dict[str, float]:
    """Both sides open in this process, answering in turns; then statistics and closing."""
    from quiz.learning.stats import stats

    quiz, anki = QuizSide(quiz_path, make_bank(cards)), AnkiSide(anki_path)
    times: dict[str, list[float]] = {"quiz": [], "anki": []}
    for number in range(ANSWERS):
        order = (("quiz", quiz), ("anki", anki))
        for name, side in order if number % 2 else order[::-1]:
            t0 = time.perf_counter()
            side.answer()
            times[name].append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    figures = stats(quiz.store, quiz.bank, now=quiz.now, tz=UTC)
    stats_s = time.perf_counter() - t0
    assert figures["reviews_total"] >= ANSWERS
    t0 = time.perf_counter()
    quiz.store.close()
    close_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    anki.col.close()
    anki_close_s = time.perf_counter() - t0
    opens, reads = [], []
    for _ in range(20):
        t0 = time.perf_counter()
        with open_store(quiz_path, "sessions", readonly=True) as other:
            t1 = time.perf_counter()
            other.settings()
            reads.append(time.perf_counter() - t1)
        opens.append(time.perf_counter() - t0)
    return {
        "answer": statistics.median(times["quiz"]),
        "anki_answer": statistics.median(times["anki"]),
        "close": close_s,
        "anki_close": anki_close_s,
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


# ---------------------------------------------------------------- driver


def child(*args: str) -> dict[str, float]:
    command = [sys.executable, __file__, "--measure", *args]
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{args[0]} measurement failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def fresh_copies(base: Path) -> tuple[Path, Path]:
    """Copies of both built profiles, synced to disk (their write-back would otherwise land
    in whichever measurement comes next)."""
    for old in ("run", "run.anki2", "run.anki2-wal", "run.anki2-shm"):
        target = base / old
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    shutil.copytree(base / "quiz", base / "run")
    shutil.copy(base / "anki.anki2", base / "run.anki2")
    os.sync()
    return base / "run", base / "run.anki2"


def spread(values: list[float], scale: float = 1.0, digits: int = 3) -> str:
    return f"{min(values) * scale:.{digits}f}-{max(values) * scale:.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cards", type=int, default=20_000)
    parser.add_argument("--reviews", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        kind, *paths = args.measure
        if kind == "answers":
            result = measure_answers(Path(paths[0]), Path(paths[1]), args.cards)
        else:
            result = measure_open(kind, Path(paths[0]), args.cards)
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
        rounds = []
        cards = str(args.cards)
        for number in range(args.rounds):
            opens: dict[str, list[float]] = {"open": [], "anki_open": []}
            for turn in range(OPENS):
                quiz_path, anki_path = fresh_copies(base)
                order = ("quiz", "anki") if (number + turn) % 2 == 0 else ("anki", "quiz")
                paths = {"quiz": str(quiz_path), "anki": str(anki_path)}
                for kind in order:
                    opened = child(kind, paths[kind], "--cards", cards)
                    opens["open" if kind == "quiz" else "anki_open"].append(opened["open"])
            result = {key: statistics.median(values) for key, values in opens.items()}
            quiz_path, anki_path = fresh_copies(base)
            result.update(child("answers", str(quiz_path), str(anki_path), "--cards", cards))
            rounds.append(result)
    table(rounds)


def table(rounds: list[dict[str, float]]) -> None:
    def column(key: str) -> list[float]:
        return [r[key] for r in rounds]

    print(
        f"{len(rounds)} rounds: median (range)".ljust(44)
        + f"{'quiz':>10}{'anki':>10}{'ratio':>8}  ratio range"
    )
    for key, label, unit, target in (
        ("answer", "answer one card (next, schedule, sync)", 1000, 0.8),
        ("open", "open profile + first card", 1, 1.0),
        ("close", "close", 1000, 3.0),
    ):
        quiz, anki = column(key), column(f"anki_{key}")
        ratios = [q / a for q, a in zip(quiz, anki, strict=True)]
        scale = "ms" if unit == 1000 else "s"
        print(
            f"{label:<44}{statistics.median(quiz) * unit:>8.3f}{scale:>2}"
            f"{statistics.median(anki) * unit:>8.3f}{scale:>2}"
            f"{statistics.median(ratios):>7.2f}x  {spread(ratios, digits=2)}x"
            f"  (target <= {target}x)"
        )
    print(
        f"{'statistics over the whole log':<44}{statistics.median(column('stats')):>8.3f} s"
        f"  ({spread(column('stats'))} s; target <= 0.5 s)"
    )
    print(
        f"{'settings of a 10,000-session profile':<44}"
        f"{statistics.median(column('settings')) * 1000:>8.3f} ms "
        f"(open read-only + read: {statistics.median(column('settings_open')) * 1000:.1f} ms;"
        " target <= 5 ms)"
    )


if __name__ == "__main__":
    main()
