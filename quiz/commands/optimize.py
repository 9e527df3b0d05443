"""The ``quiz optimize`` command: fit a learner's FSRS parameters to their reviews, or go back."""

from __future__ import annotations

import argparse
import json

from quiz.errors import QuizError


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``optimize`` (also spelt ``optimise``) to the ``quiz`` parser."""
    parser = sub.add_parser(
        "optimize",
        aliases=["optimise"],
        help="fit the scheduler (FSRS) to a learner's own reviews",
        description=(
            "Fit FSRS's parameters on the learner's earlier answers, score the current and the "
            "fitted parameters on the latest ones (log loss, RMSE), and use the fitted ones "
            "from now on if they predict better. The previous parameters are kept: "
            "--revert goes back to them."
        ),
    )
    parser.add_argument("--profile", metavar="NAME", help="learner (default: the only one)")
    parser.add_argument("--data-dir", metavar="DIR", help="where progress is kept")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--dry-run", action="store_true", help="show the figures, change nothing")
    what.add_argument("--revert", action="store_true", help="go back to the parameters used before")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(func=run_optimize)


def _profile(args: argparse.Namespace) -> str | None:
    from quiz.commands.learn import require_profile
    from quiz.learning.store import list_profiles
    from quiz.paths import data_dir

    base = data_dir(args.data_dir)
    if args.profile is not None:
        require_profile(base, args.profile)
    elif not list_profiles(base):
        raise QuizError("no learner has studied yet: there are no reviews to optimise on")
    return args.profile


def run_optimize(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from quiz.paths import data_dir

    profile = _profile(args)
    base = data_dir(args.data_dir)
    if args.revert:
        return _revert(base, profile, args.json)
    from quiz.learning.optimize import run_optimise

    result = run_optimise(base, profile, now=datetime.now(UTC), dry_run=args.dry_run)
    if args.json:
        print(json.dumps(result.to_dict(), indent=1))
        return 0
    print(f"Profile: {result.profile} ({result.reviews} answers usable for fitting)")
    print("\n".join(result.table()))
    verdict = result.verdict()
    if result.applied:
        verdict += "; `quiz optimize --revert` goes back"
    elif result.better and args.dry_run:
        verdict = "the fitted parameters are better; nothing changed (--dry-run)"
    print(verdict[0].upper() + verdict[1:] + ".")
    return 0


def _revert(base: object, profile: str | None, as_json: bool) -> int:
    from pathlib import Path

    from quiz.learning.optimize import revert
    from quiz.learning.store import open_store

    with open_store(Path(str(base)), profile, create=False) as store:
        now_used = revert(store)
        name = store.name
    if as_json:
        print(json.dumps({"profile": name, "parameters": now_used and now_used.to_dict()}))
    elif now_used is None:
        print(f"Profile {name}: back on FSRS's default parameters.")
    else:
        print(
            f"Profile {name}: back on the parameters fitted on "
            f"{now_used.fitted_at:%Y-%m-%d %H:%M} UTC ({now_used.reviews} answers)."
        )
    return 0
