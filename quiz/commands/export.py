"""The ``export`` subcommand: Anki decks, CSV, worksheets, and the LMS formats (GIFT, Moodle
XML, QTI for Canvas, Kahoot)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from quiz.errors import QuizError
from quiz.kinds import kind_names

if TYPE_CHECKING:
    from quiz.export.select import Filters
    from quiz.model import Bank, Question


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``export`` and its actions (one per format) to the parser."""
    parser = sub.add_parser(
        "export", help="export banks to Anki, CSV, worksheets, Moodle, Canvas or Kahoot"
    )
    actions = parser.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    anki = actions.add_parser("anki", help="Anki package (.apkg), one subdeck per bank")
    anki.add_argument("banks", metavar="BANK", nargs="+", help="bank files (.json)")
    anki.add_argument("-o", "--output", required=True, metavar="DECK.apkg")
    _filter_options(anki, limit=True)
    anki.add_argument("--force", action="store_true", help="overwrite an existing file")
    anki.set_defaults(func=run_anki)

    csv = actions.add_parser("csv", help="CSV for Quizlet or Anki's text import")
    csv.add_argument("bank", metavar="BANK", help="bank file (.json)")
    csv.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    csv.add_argument(
        "--dialect",
        choices=("quizlet", "anki"),
        default="quizlet",
        help="quizlet: term,definition rows; anki: text import with header lines",
    )
    _filter_options(csv, limit=True)
    csv.add_argument("--force", action="store_true", help="overwrite an existing file")
    csv.set_defaults(func=run_csv)

    sheet = actions.add_parser("worksheet", help="printable worksheets with answer keys")
    sheet.add_argument("bank", metavar="BANK", help="bank file (.json)")
    sheet.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the pages")
    sheet.add_argument("--count", type=int, default=20, help="questions per worksheet (20)")
    sheet.add_argument("--versions", type=int, default=1, help="shuffled versions (1)")
    sheet.add_argument("--seed", type=int, help="seed to reproduce the same worksheets")
    sheet.add_argument("--format", choices=("html", "md"), default="html", dest="fmt")
    _filter_options(sheet, limit=False)
    sheet.add_argument("--force", action="store_true", help="overwrite existing pages")
    sheet.set_defaults(func=run_worksheet)
    _register_lms(actions)


LMS_FORMATS = {
    "gift": ("Moodle GIFT text (Question bank > Import > GIFT)", "FILE.gift"),
    "moodle": ("Moodle XML (Question bank > Import > Moodle XML)", "FILE.xml"),
    "qti": ("QTI 1.2 package for Canvas and other LMSs (.zip)", "FILE.zip"),
    "kahoot": ("Kahoot! quiz spreadsheet (.xlsx); questions that do not fit are skipped", "X.xlsx"),
}


def _register_lms(actions: argparse._SubParsersAction) -> None:
    for name, (help_text, metavar) in LMS_FORMATS.items():
        action = actions.add_parser(name, help=help_text, description=help_text)
        action.add_argument("bank", metavar="BANK", help="bank file (.json)")
        action.add_argument("-o", "--output", required=True, metavar=metavar)
        action.add_argument("--count", type=int, metavar="N", help="N questions, balanced")
        action.add_argument("--seed", type=int, default=0, help="which N questions (default 0)")
        if name == "kahoot":
            action.add_argument(
                "--time-limit",
                type=int,
                metavar="S",
                help="seconds per question: 5, 10, 20, 30, 60, 90, 120 or 240 (default: by length)",
            )
        _filter_options(action, limit=False)
        action.add_argument("--force", action="store_true", help="overwrite an existing file")
        action.set_defaults(func=run_lms, lms_format=name)


def _filter_options(parser: argparse.ArgumentParser, *, limit: bool) -> None:
    parser.add_argument(
        "--kinds", nargs="+", metavar="KIND", help=f"only these kinds ({', '.join(kind_names())})"
    )
    parser.add_argument(
        "--sections",
        nargs="+",
        metavar="SECTION",
        help='only these sections and their subsections (e.g. "History" "Structure > Navy")',
    )
    parser.add_argument(
        "--difficulty", metavar="LEVEL", help="easy, medium, hard, or a range like 0.2-0.6"
    )
    if limit:
        parser.add_argument(
            "--limit", type=int, metavar="N", help="at most N questions per bank, balanced"
        )
    parser.add_argument(
        "--only-accepted",
        action="store_true",
        help="only questions accepted in `quiz review` (rejected ones are always left out)",
    )


def _filters(args: argparse.Namespace) -> Filters:
    from quiz.export.select import Filters, parse_difficulty
    from quiz.kinds import parse_kinds

    return Filters(
        kinds=parse_kinds(args.kinds),
        sections=tuple(s for s in (args.sections or ()) if s.strip()),
        difficulty=parse_difficulty(args.difficulty),
        limit=getattr(args, "limit", None),
    )


def _load(
    paths: list[str], filters: Filters, only_accepted: bool = False
) -> list[tuple[Bank, list[Question]]]:
    from quiz.export.select import select_questions
    from quiz.learning.catalog import resolve_bank
    from quiz.paths import data_dir

    selections = []
    for path in paths:
        bank, _ = resolve_bank(data_dir(None), path, only_accepted=only_accepted)
        if not bank.questions:
            left = "accepted " if only_accepted else ""
            raise QuizError(f"{path}: no {left}questions to export (see `quiz review {path}`)")
        selections.append((bank, select_questions(bank, filters)))
    keys = [bank.key for bank, _ in selections]
    if len(set(keys)) != len(keys):
        raise QuizError("the same bank is given twice (banks must have different titles)")
    return selections


def run_anki(args: argparse.Namespace) -> int:
    """``quiz export anki``: write one .apkg with a subdeck per bank."""
    import time

    from quiz.export.anki import deck_name, export_anki

    selections = _load(args.banks, _filters(args), args.only_accepted)
    count = export_anki(selections, args.output, force=args.force, now=time.time())
    decks = ", ".join(deck_name(bank) for bank, _ in selections)
    print(f"wrote {count} notes to {args.output} (deck {decks})")
    return 0


def run_csv(args: argparse.Namespace) -> int:
    """``quiz export csv``: write one CSV file in the chosen dialect."""
    from quiz.export.csv_export import export_csv
    from quiz.export.text import attribution

    [(bank, questions)] = _load([args.bank], _filters(args), args.only_accepted)
    count = export_csv(bank, questions, args.output, dialect=args.dialect, force=args.force)
    print(f"wrote {count} rows to {args.output} ({args.dialect})")
    if args.dialect == "quizlet":
        print(f"put this in the set's description: {attribution(bank)}")
    return 0


def run_worksheet(args: argparse.Namespace) -> int:
    """``quiz export worksheet``: write each version's page and answer key into a folder."""
    import random

    from quiz.export.sheets import make_worksheets
    from quiz.export.worksheet import write_worksheets

    [(bank, questions)] = _load([args.bank], _filters(args), args.only_accepted)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 100_000)
    sheets = make_worksheets(bank, questions, count=args.count, versions=args.versions, seed=seed)
    paths = write_worksheets(bank, sheets, args.output, fmt=args.fmt, force=args.force)
    for path in paths:
        print(path)
    asked = len(sheets[0].items)  # (what a version holds: siblings are left out)
    versions = f"{args.versions} version{'s' * (args.versions != 1)}"
    print(
        f"{versions} of {asked} question{'s' * (asked != 1)}; seed {seed} (--seed {seed} to repeat)"
    )
    return 0


def _progress_bar(total: int):  # type: ignore[no-untyped-def]
    """A progress bar on stderr for large banks (none when stderr is not a terminal)."""
    import sys

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn("exporting"),
        BarColumn(),
        MofNCompleteColumn(),
        transient=True,
        disable=total < 500 or not sys.stderr.isatty(),
    )


def run_lms(args: argparse.Namespace) -> int:
    """``quiz export gift|moodle|qti|kahoot``: one file from one bank, review decisions applied."""
    import importlib

    from quiz.export.lms import pick

    [(bank, questions)] = _load([args.bank], _filters(args), args.only_accepted)
    questions = pick(questions, args.count, args.seed)
    module = importlib.import_module(f"quiz.export.{args.lms_format}")
    export = getattr(module, f"export_{args.lms_format}")
    options = {"seconds": args.time_limit} if args.lms_format == "kahoot" else {}
    if options:
        from quiz.export.kahoot import check_time_limit

        check_time_limit(args.time_limit)
    with _progress_bar(len(questions)) as bar:
        task = bar.add_task("", total=len(questions))
        result = export(
            bank,
            questions,
            args.output,
            force=args.force,
            progress=lambda done: bar.update(task, completed=done),
            **options,
        )
    print(f"wrote {result.total} questions to {args.output} ({result.kinds_line()})")
    if result.skipped:
        reasons = "; ".join(f"{n} {why}" for why, n in sorted(result.skipped.items()))
        print(f"skipped {sum(result.skipped.values())} that do not fit: {reasons}")
    _print_review(args.bank)
    return 0


def _print_review(name: str) -> None:
    from quiz.learning.catalog import bank_file
    from quiz.paths import data_dir
    from quiz.review import load_reviewed, summary_or_none

    summary = summary_or_none(*load_reviewed(bank_file(data_dir(None), name)))
    if summary is not None:
        print(f"review: {summary.line()}; rejected questions are left out")
