"""Benchmark: export a synthesised 10,000-question bank to .apkg and CSV; prints timings."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_export_fixtures import synthetic_bank  # noqa: E402

from quiz.bank import bank_to_json  # noqa: E402
from quiz.export.anki import export_anki  # noqa: E402
from quiz.export.csv_export import export_csv  # noqa: E402

QUESTIONS = 10_000
TARGETS = {"apkg": 5.0, "csv quizlet": 0.5, "csv anki": 0.5}


def timed(action) -> float:
    """Best of three wall-clock times of ``action()`` in seconds."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    bank = synthetic_bank(QUESTIONS)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        baseline = timed(lambda: bank_to_json(bank))
        results = {
            "apkg": timed(
                lambda: export_anki([(bank, bank.questions)], out / "d.apkg", force=True, now=1e9)
            ),
            "csv quizlet": timed(
                lambda: export_csv(bank, bank.questions, out / "q.csv", force=True)
            ),
            "csv anki": timed(
                lambda: export_csv(bank, bank.questions, out / "a.csv", dialect="anki", force=True)
            ),
        }
        size = (out / "d.apkg").stat().st_size
    print(f"{QUESTIONS} questions; baseline (bank JSON serialisation): {baseline:.3f} s")
    for name, seconds in results.items():
        target = TARGETS[name]
        print(
            f"{name:12s} {seconds:7.3f} s  target {target:.1f} s  "
            f"time/target {seconds / target:5.2f}  time/baseline {seconds / baseline:6.1f}"
        )
    print(f"apkg size {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
