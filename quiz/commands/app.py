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
        if name in ("practice", "exam"):
            parser.add_argument(
                "--count", type=int, default=20, metavar="N", help="questions (default 20)"
            )
        if name == "exam":
            parser.add_argument(
                "--minutes", type=float, default=10.0, metavar="M", help="time limit (default 10)"
            )
        parser.set_defaults(func=run_app, mode="home" if name == "open" else name)


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
    from quiz.tui.app import QuizApp

    banks = [args.bank] if args.bank else []
    app = QuizApp(
        base,
        profile=args.profile,
        banks=banks,
        start=args.mode,
        count=count,
        time_limit=minutes * 60,
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
