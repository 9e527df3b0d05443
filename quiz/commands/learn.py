"""The ``quiz stats`` and ``quiz profile`` commands (progress figures and learner management)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from quiz.errors import QuizError


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``stats`` and ``profile`` to the ``quiz`` parser."""
    stats = sub.add_parser("stats", help="due counts, reviews, retention and mastery")
    stats.add_argument("--profile", metavar="NAME", help="learner (default: the only one)")
    stats.add_argument(
        "--bank",
        metavar="BANK",
        action="append",
        help="bank file, repeatable (default: the bundled banks)",
    )
    stats.add_argument("--data-dir", metavar="DIR", help="where progress is kept")
    stats.add_argument("--json", action="store_true", help="print JSON for scripts")
    stats.add_argument(
        "--workload",
        action="store_true",
        help="also simulate a year's reviews per day for desired retention 80-95%%",
    )
    stats.set_defaults(func=run_stats)

    profile = sub.add_parser("profile", help="list, add, remove or rename learners")
    actions = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list learners")
    add = actions.add_parser("add", help="add a learner")
    add.add_argument("name", metavar="NAME")
    remove = actions.add_parser("remove", help="delete a learner and all their progress")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rename = actions.add_parser("rename", help="rename a learner (progress is kept)")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    for action in (listing, add, remove, rename):
        action.add_argument("--data-dir", metavar="DIR", help="where progress is kept")
    profile.set_defaults(func=run_profile)


def require_profile(base: Any, name: str) -> None:
    """QuizError naming the command that creates ``name`` unless that profile exists.

    Every command taking ``--profile`` (study, practice, exam, open, stats) refuses an unknown
    learner the same way, so a typo never makes a stray profile."""
    import shlex

    from quiz.learning.store import find_profile, list_profiles, validate_profile_name

    name = validate_profile_name(name)
    if find_profile(base, name) is None:
        known = ", ".join(list_profiles(base)) or "none yet"
        raise QuizError(
            f"no profile named {name!r} (profiles: {known}); "
            f"create it with `quiz profile add {shlex.quote(name)}`"
        )


def _bank_paths(args: argparse.Namespace, base: Path) -> list[Path]:
    from quiz.bank import bundled_banks
    from quiz.learning.catalog import bank_file

    if args.bank:
        return [bank_file(base, name) for name in args.bank]
    return bundled_banks()


def collect_stats(args: argparse.Namespace) -> dict[str, Any]:
    """Stats for each bank, read under the profile lock (the store is only read)."""
    from datetime import UTC, datetime

    from quiz.learning.parameters import parameters_summary
    from quiz.learning.stats import stats
    from quiz.learning.store import add_profile, default_profile, list_profiles, open_store
    from quiz.paths import data_dir
    from quiz.review import apply_review, load_reviewed, summary_or_none

    base = data_dir(args.data_dir)
    now = datetime.now(UTC)
    if args.profile is not None:
        require_profile(base, args.profile)
    if not list_profiles(base):
        add_profile(base, default_profile(base))
    loaded = [load_reviewed(path) for path in _bank_paths(args, base)]
    banks = [apply_review(generated, review) for generated, review in loaded]
    with open_store(base, args.profile, readonly=True) as store:
        fsrs = parameters_summary(store)
        if getattr(args, "workload", False):
            fsrs["workload"] = _workload(store, now, sum(len(b.questions) for b in banks))
        if not banks:  # no bank given or bundled: every bank with progress, together
            return {"profile": store.name, "banks": [stats(store, None, now=now)], "fsrs": fsrs}
        figures = [stats(store, bank, now=now) for bank in banks]
        name = store.name
    for result, (generated, review) in zip(figures, loaded, strict=True):
        summary = summary_or_none(generated, review)
        result["review"] = summary.to_dict() if summary else None
    return {"profile": name, "banks": figures, "fsrs": fsrs}


def _workload(store: Any, now: Any, questions: int) -> dict[str, Any]:
    """The workload of studying the banks shown (``questions`` in all; with none, the cards the
    learner has), as the app's Stats screen simulates it, and the due forecast."""
    import random

    from quiz.learning.stats import stats
    from quiz.learning.workload import workload

    figures = workload(store, rng=random.Random(0), deck_size=questions or None).to_dict()
    forecast = stats(store, None, now=now)["forecast"]  # the one due forecast, every bank's
    figures["forecast"] = [{"date": day, "due": due} for day, due in forecast.items()]
    return figures


def format_workload(figures: dict[str, Any]) -> list[str]:
    """The simulated cost of each desired retention, the learner's own marked."""
    whose = "your fitted" if figures["fitted"] else "FSRS's default"
    lines = [
        "",
        f"Workload: {figures['deck_size']} cards simulated over {figures['days']} days "
        f"with {whose} parameters",
        "  desired retention  reviews/day  minutes/day  remembered at the end",
    ]
    for option in figures["options"]:
        mine = " (yours)" if option["desired_retention"] == figures["desired_retention"] else ""
        lines.append(
            f"  {option['desired_retention']:>16.0%}  {option['reviews_per_day']:>11.1f}"
            f"  {option['minutes_per_day']:>11.1f}  {option['retention']:>5.0%} "
            f"({option['memorized']:.0f} cards){mine}"
        )
    return lines


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` keeping its end (the most specific part of a section path)."""
    return text if len(text) <= width else "…" + text[-(width - 1) :]


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def _review_line(counts: dict[str, int]) -> str:
    from quiz.review import ReviewSummary

    fields = {k: v for k, v in counts.items() if k != "reviewed"}
    return ReviewSummary(**fields).line()


def _fsrs_line(fsrs: dict[str, Any]) -> str:
    """Which FSRS parameters the learner's schedule uses, and how they scored."""
    if not fsrs["fitted"]:
        return "FSRS, default parameters (`quiz optimize` fits them to your reviews)"
    line = f"FSRS, parameters fitted to your reviews on {fsrs['fitted_at'][:10]}"
    if fsrs["evaluation"] and fsrs["baseline"]:
        line += (
            f" (log loss {fsrs['evaluation']['log_loss']:.4f}, "
            f"was {fsrs['baseline']['log_loss']:.4f})"
        )
    return line


def format_stats(result: dict[str, Any]) -> str:
    """A readable plain-text table of :func:`collect_stats` output."""
    from quiz.learning.stats import due_line
    from quiz.model import section_label

    lines = [f"Profile: {result['profile']}"]
    if result.get("fsrs"):
        lines.append(f"Scheduler: {_fsrs_line(result['fsrs'])}")
        if result["fsrs"].get("workload"):
            lines += format_workload(result["fsrs"]["workload"])
    for figures in result["banks"]:
        due, cards = figures["due"], figures["cards"]
        recent = sum(figures["reviews_per_day"].values())
        lines += [
            "",
            f"Bank: {figures['bank'] or 'all banks'}",
            f"  {'Due today' if figures['bank'] else 'Due now'}    {due_line(due)}",
            f"  Cards        new {cards['new']:>5}   learning {cards['learning']:>5}"
            f"   review {cards['review']:>5}   relearning {cards['relearning']:>5}",
            f"  Set aside    suspended {cards['suspended']}, buried {cards['buried']}, "
            f"flagged {cards['flagged']}, leeches {cards['leech']}, retired {cards['retired']}",
            f"  Reviews      {figures['reviews_total']} in all, {recent} in the last 30 days",
            f"  Retention    {_percent(figures['retention'])} (last 30 days)",
            f"  Due next 7 days  {sum(list(figures['forecast'].values())[:7])}",
        ]
        if figures.get("review"):
            lines.append(f"  Review       {_review_line(figures['review'])}")
        if figures["mastery"]:
            width = min(40, max(len(section_label(s)) for s in figures["mastery"]))
            lines.append("  Mastery by section")
            for section, share in figures["mastery"].items():
                bar = "#" * round(20 * share)
                name = _fit(section_label(section), width)
                lines.append(f"    {name:<{width}}  {_percent(share):>4}  {bar}")
    return "\n".join(lines)


def run_stats(args: argparse.Namespace) -> int:
    result = collect_stats(args)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(format_stats(result))
    return 0


def run_profile(args: argparse.Namespace) -> int:
    from quiz.learning.store import add_profile, list_profiles, remove_profile, rename_profile
    from quiz.paths import data_dir

    base = data_dir(args.data_dir)
    command = args.profile_command
    if command == "list":
        names = list_profiles(base)
        if not names:
            print("no profiles yet (the first run creates 'default')")
        for name in names:
            print(name)
    elif command == "add":
        add_profile(base, args.name)
        print(f"added profile {args.name.strip()!r}")
    elif command == "remove":
        if not args.yes and not _confirm(f"delete profile {args.name!r} and all its progress?"):
            print("nothing removed")
            return 1
        remove_profile(base, args.name)
        print(f"removed profile {args.name!r}")
    elif command == "rename":
        rename_profile(base, args.old, args.new)
        print(f"renamed profile {args.old!r} to {args.new.strip()!r}")
    return 0


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise QuizError("refusing to delete without confirmation; pass --yes")
    try:
        reply = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return reply.strip().lower() in ("y", "yes")
