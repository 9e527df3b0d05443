"""The ``open`` (default), ``study``, ``practice`` and ``exam`` commands: start the terminal app."""

from __future__ import annotations

import argparse
import os

from quiz.errors import QuizError

FIRST_CARD_ENV = "QUIZ_EXIT_AFTER_FIRST_CARD"
MODES = {
    "open": "open the terminal app (the default command)",
    "study": "study due cards with spaced repetition",
    "practice": "take a practice quiz with immediate feedback",
    "exam": "take a timed exam, graded at the end",
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``open``, ``study``, ``practice`` and ``exam`` to the ``quiz`` parser."""
    for name, help_text in MODES.items():
        parser = sub.add_parser(name, help=help_text, description=help_text)
        parser.add_argument(
            "bank", nargs="?", metavar="BANK", help="bank file (default: the bundled bank)"
        )
        parser.add_argument("--profile", metavar="NAME", help="learner (default: the only one)")
        parser.add_argument("--data-dir", metavar="DIR", help="where progress is kept")
        # `quiz serve` runs each learner's app with this: no switching to another learner.
        parser.add_argument("--lock-profile", action="store_true", help=argparse.SUPPRESS)
        if name in ("practice", "exam"):
            parser.add_argument(
                "--count", type=int, default=20, metavar="N", help="questions (default 20)"
            )
        if name == "exam":
            parser.add_argument(
                "--minutes", type=float, default=10.0, metavar="M", help="time limit (default 10)"
            )
        parser.set_defaults(func=run_app, mode="home" if name == "open" else name)
    review = sub.add_parser(
        "review",
        help="go through a bank's questions: accept, reject, edit, flag (for teachers)",
        description="Review a bank's questions before a class sees them. Decisions and edits "
        "are kept beside the bank (BANK.review) and survive regenerating it.",
    )
    review.add_argument("bank", nargs="?", metavar="BANK", help="bank file (.json)")
    review.add_argument(
        "--from-report",
        metavar="CLASS",
        help="only the questions the class report flags (negative discrimination, a wrong "
        "choice strong students pick)",
    )
    review.add_argument("--data-dir", metavar="DIR", help="where classes are kept")
    review.set_defaults(func=run_review)


def run_review(args: argparse.Namespace) -> int:
    """``quiz review BANK`` or ``quiz review --from-report CLASS [BANK]``."""
    from pathlib import Path

    from quiz.bank import bundled_dir

    only: list[str] = []
    reasons: dict[str, str] = {}
    bank = args.bank
    if args.from_report:
        from quiz.classroom.review_items import report_items
        from quiz.paths import data_dir

        items = report_items(data_dir(args.data_dir), args.from_report, bank=bank)
        if not items:
            print(f"the report of class {args.from_report!r} flags no question to review")
            return 0
        bank = str(items[0].bank_path)
        only = [item.question_id for item in items if str(item.bank_path) == bank]
        reasons = {item.question_id: item.reason for item in items}
    if not bank:
        raise QuizError("give a bank to review: quiz review BANK.json")
    from quiz.review import load_reviewed

    load_reviewed(bank)  # a bad bank or review file is a one-line error before the app starts
    if Path(bank).resolve().parent == bundled_dir().resolve():
        raise QuizError("the bundled bank is read-only here: generate a bank to review")
    from quiz.tui.screens.review import ReviewApp

    ReviewApp(bank, only=only, reasons=reasons).run()
    return 0


def _exit_after_first_card(app: object, seen: list[float]) -> None:
    """Benchmark hook: note seconds since launch once the first card is on screen, then exit."""
    import time

    seen.append(time.time() - float(os.environ[FIRST_CARD_ENV]))
    seen.append(time.process_time())
    app.exit()  # type: ignore[attr-defined]


def run_app(args: argparse.Namespace) -> int:
    """Start the Textual app on the given (or bundled) bank."""
    from quiz.paths import data_dir

    count = getattr(args, "count", 20)
    minutes = getattr(args, "minutes", 10.0)
    if count < 1:
        raise QuizError("--count must be at least 1")
    if minutes <= 0:
        raise QuizError("--minutes must be positive")
    base = data_dir(args.data_dir)
    if args.profile is not None:
        from quiz.commands.learn import require_profile

        require_profile(base, args.profile)
    from quiz.learning.catalog import bank_file
    from quiz.tui.app import QuizApp

    banks = [bank_file(base, args.bank)] if args.bank else []
    app = QuizApp(
        base,
        profile=args.profile,
        banks=banks,
        start=args.mode,
        count=count,
        time_limit=minutes * 60,
        lock_profile=args.lock_profile,
    )
    first_card: list[float] = []
    if os.environ.get(FIRST_CARD_ENV):
        app.on_first_card = lambda: _exit_after_first_card(app, first_card)
    try:
        app.run()
    finally:
        app.close_store()
    if first_card:
        print(f"first-card {first_card[0]:.4f} cpu {first_card[1]:.4f}", flush=True)
    return int(app.return_code or 0)
