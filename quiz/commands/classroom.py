"""The ``class``, ``assign``, ``report`` and ``serve`` subcommands for teachers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quiz.errors import QuizError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the classroom subcommands to the ``quiz`` parser."""
    _register_class(sub)
    _register_assign(sub)
    _register_report(sub)
    _register_serve(sub)


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="where progress and classes are kept")


def _register_class(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("class", help="create classes and manage their students")
    actions = parser.add_subparsers(dest="class_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create an empty class")
    create.add_argument("name", metavar="NAME")
    add = actions.add_parser("add", help="add students (creating their profiles)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("students", metavar="STUDENT", nargs="*")
    add.add_argument(
        "--from",
        dest="roster",
        metavar="CSV",
        help="roster: a CSV with a name column or one per line",
    )
    listing = actions.add_parser("list", help="list classes")
    show = actions.add_parser("show", help="students, assignments and flagged questions")
    show.add_argument("name", metavar="NAME")
    remove = actions.add_parser("remove-student", help="take students off the roster")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("students", metavar="STUDENT", nargs="+")
    flag = actions.add_parser("flag", help="take a bad question out of rotation for the class")
    flag.add_argument("name", metavar="NAME")
    flag.add_argument("question", metavar="QUESTION_ID")
    flag.add_argument("--reason", default="", help="why (shown in `quiz class show`)")
    unflag = actions.add_parser("unflag", help="put a flagged question back into rotation")
    unflag.add_argument("name", metavar="NAME")
    unflag.add_argument("question", metavar="QUESTION_ID")
    for action in (create, add, listing, show, remove, flag, unflag):
        _data_dir_option(action)
    parser.set_defaults(func=run_class)


def _register_assign(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("assign", help="give a class a fixed set of questions")
    parser.add_argument("class_name", metavar="CLASS")
    parser.add_argument("bank", metavar="BANK", help="bank file (or the name of a saved bank)")
    parser.add_argument("--count", type=int, default=10, help="how many questions (default 10)")
    parser.add_argument("--all", action="store_true", help="every matching question")
    parser.add_argument("--sections", nargs="+", default=[], metavar="SECTION")
    parser.add_argument("--kinds", nargs="+", default=[], metavar="KIND")
    parser.add_argument("--due", metavar="YYYY-MM-DD", help="due by the end of this day")
    parser.add_argument("--mode", choices=("practice", "exam"), default="practice")
    parser.add_argument("--time-limit", type=float, metavar="MIN", help="exam time limit, minutes")
    parser.add_argument("--attempts", choices=("one", "best"), default="one")
    _data_dir_option(parser)
    parser.set_defaults(func=run_assign)


def _register_report(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("report", help="who knows what, and which questions the class misses")
    parser.add_argument("class_name", metavar="CLASS")
    parser.add_argument("--bank", help="only questions of this bank")
    parser.add_argument("--assignment", metavar="ID", help="only answers to this assignment")
    parser.add_argument("-o", "--output", metavar="FILE", help="write report.csv or report.html")
    parser.add_argument("--force", action="store_true", help="overwrite an existing output file")
    parser.add_argument(
        "--app", action="store_true", help="browse it in the terminal app (f flags a question)"
    )
    parser.add_argument(
        "--flag", metavar="QID", help="first take this bad question out of rotation for the class"
    )
    parser.add_argument("--unflag", metavar="QID", help="first put a flagged question back")
    _data_dir_option(parser)
    parser.set_defaults(func=run_report)


def _register_serve(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("serve", help="serve the app to web browsers (one app per tab)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: localhost)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--public-url", metavar="URL", help="address browsers use, if different")
    parser.add_argument(
        "--class", dest="class_name", metavar="CLASS", help="offer only its students"
    )
    parser.add_argument(
        "--links", action="store_true", help="print each learner's link and stop (no server)"
    )
    parser.add_argument(
        "--new-links",
        action="store_true",
        help="replace every learner's link (old ones stop working)",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request")
    _data_dir_option(parser)
    parser.set_defaults(func=run_serve)


# -- command functions -------------------------------------------------------------------------


def _data(args: argparse.Namespace) -> Path:
    from quiz.paths import data_dir

    return data_dir(args.data_dir)


def run_class(args: argparse.Namespace) -> int:
    from quiz.classroom import classes as classroom

    data = _data(args)
    action = args.class_command
    if action == "create":
        room = classroom.create_class(data, args.name)
        print(f"Created class {room.name!r}. Add students: quiz class add {room.key} NAME...")
    elif action == "add":
        names = list(args.students)
        if args.roster:
            names += classroom.read_roster(Path(args.roster))
        added = classroom.add_students(data, args.name, names)
        skipped = len(names) - len(added)
        note = f" ({skipped} already in the class)" if skipped else ""
        print(f"Added {len(added)} student(s){note}: {', '.join(added) or '-'}")
    elif action == "list":
        rooms = classroom.list_classes(data)
        if not rooms:
            print("No classes yet. Create one: quiz class create NAME")
        for room in rooms:
            print(
                f"{room.name}: {len(room.students)} students, {len(room.assignments)} assignments"
            )
    elif action == "show":
        print(_show(classroom.load_class(data, args.name)), end="")
    elif action == "remove-student":
        removed = classroom.remove_students(data, args.name, args.students)
        print(f"Removed {', '.join(removed)} (their progress is kept)")
    elif action == "flag":
        classroom.flag_question(data, args.name, args.question, args.reason)
        print(f"Question {args.question} is out of rotation for class {args.name!r}")
    elif action == "unflag":
        if not classroom.unflag_question(data, args.name, args.question):
            raise QuizError(f"question {args.question!r} was not flagged in {args.name!r}")
        print(f"Question {args.question} is back in rotation")
    return 0


def _show(room: object) -> str:
    from quiz.classroom.classes import ClassRoom

    assert isinstance(room, ClassRoom)
    lines = [f"Class {room.name} ({len(room.students)} students)"]
    lines += [f"  {student}" for student in room.students] or ["  (no students)"]
    lines.append(f"Assignments ({len(room.assignments)})")
    for a in room.assignments:
        due = f", due {a.due}" if a.due else ""
        limit = f", {a.time_limit_min:g} min" if a.time_limit_min else ""
        lines.append(
            f"  {a.id}: {len(a.question_ids)} questions from {a.bank_title!r}, "
            f"{a.mode}{limit}, attempts: {a.attempts}{due}"
        )
    if room.flags:
        lines.append(f"Flagged questions ({len(room.flags)})")
        lines += [f"  {qid}: {reason}" for qid, reason in sorted(room.flags.items())]
    return "\n".join(lines) + "\n"


def run_assign(args: argparse.Namespace) -> int:
    import random
    from datetime import UTC, datetime

    from quiz.classroom import classes as classroom

    data = _data(args)
    room = classroom.load_class(data, args.class_name)
    bank, bank_path = classroom.resolve_bank(data, args.bank)
    ids = classroom.choose_questions(
        bank,
        count=None if args.all else args.count,
        sections=args.sections,
        kinds=args.kinds,
        exclude=set(room.flags),
        rng=random.Random(),
    )
    assignment = classroom.create_assignment(
        data,
        room.name,
        bank,
        bank_path,
        question_ids=ids,
        mode=args.mode,
        attempts=args.attempts,
        time_limit_min=args.time_limit,
        due=classroom.parse_due(args.due) if args.due else None,
        now=datetime.now(UTC),
    )
    print(
        f"Assigned {len(ids)} questions from {bank.title!r} to {room.name} "
        f"({len(room.students)} students) as {assignment.id}"
    )
    return 0


def run_report(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from quiz.atomic import write_text_atomic
    from quiz.classroom import report, report_render

    data = _data(args)
    if args.flag or args.unflag:
        from quiz.classroom import classes as classroom

        if args.flag:
            classroom.flag_question(data, args.class_name, args.flag, "flagged in report")
        if args.unflag and not classroom.unflag_question(data, args.class_name, args.unflag):
            raise QuizError(f"question {args.unflag!r} was not flagged in {args.class_name!r}")
    if args.app:
        from quiz.classroom.classes import load_class
        from quiz.tui.screens.report import ReportApp

        load_class(data, args.class_name)  # a one-line error before the screen opens
        ReportApp(data, args.class_name, args.assignment).run()
        return 0
    result = report.class_report(
        data,
        args.class_name,
        bank=args.bank,
        assignment_id=args.assignment,
        now=datetime.now(UTC),
    )
    if not args.output:
        sys.stdout.write(report_render.render_text(result))
        return 0
    output = Path(args.output)
    suffix = output.suffix.casefold()
    if suffix not in (".csv", ".html", ".htm"):
        raise QuizError(f"{output}: report must end in .csv or .html")
    render = report_render.render_csv if suffix == ".csv" else report_render.render_html
    text = render(result)
    write_text_atomic(output, text, overwrite=args.force)
    print(f"Wrote {output} ({len(result.students)} students, {len(result.questions)} questions)")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from quiz.classroom.serve import serve

    serve(
        _data(args),
        host=args.host,
        port=args.port,
        url=args.public_url,
        class_name=args.class_name,
        new_links=args.new_links,
        links_only=args.links,
        verbose=args.verbose,
    )
    return 0
