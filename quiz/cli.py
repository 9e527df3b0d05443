"""Command-line entry point: parse arguments, call one core function, print the result."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from quiz import __version__
from quiz.errors import QuizError

# Each module registers its subcommands with ``register(subparsers)`` and must import only
# argparse and quiz.errors at module level: heavy imports happen inside the command functions
# so that ``quiz --help`` stays fast and never imports textual.
COMMAND_MODULES = (
    "quiz.commands.generate",
    "quiz.commands.learn",
    "quiz.commands.export",
    "quiz.commands.classroom",
    "quiz.commands.app",
)


APP_MODULE = "quiz.commands.app"
APP_COMMANDS = {"open", "study", "practice", "exam"}
OTHER_COMMANDS = {
    "generate",
    "validate",
    "stats",
    "profile",
    "export",
    "class",
    "assign",
    "report",
    "serve",
}


def build_parser(modules: tuple[str, ...] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The ``quiz`` argument parser with the subcommands of ``modules`` (all by default)."""
    import importlib

    parser = argparse.ArgumentParser(
        prog="quiz",
        description="Turn an encyclopedia article into questions and learn them.",
        epilog="Run `quiz` with no command to open the app on the bundled bank.",
    )
    parser.add_argument("--version", action="version", version=f"quiz {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def _route_bare_bank(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """``quiz`` and ``quiz BANK.json`` open the app: rewrite them to the ``open`` command."""
    commands = set()
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        commands.update(getattr(action, "choices", {}) or {})
    if "open" not in commands:
        return argv
    if not argv:
        return ["open"]
    if argv[0] not in commands and not argv[0].startswith("-"):
        return ["open", *argv]
    if argv[0] in ("--profile", "--data-dir") and len(argv) >= 2:
        return ["open", *argv]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``quiz`` command; returns the process exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = args_list[0] if args_list else ""
    opens_app = first in APP_COMMANDS or not (first in OTHER_COMMANDS or first.startswith("-"))
    # Opening the app needs only the app's subcommands: building every parser costs ~50 ms.
    parser = build_parser((APP_MODULE,) if opens_app else COMMAND_MODULES)
    args_list = _route_bare_bank(args_list, parser)
    args = parser.parse_args(args_list)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 0
    try:
        result = func(args)
    except QuizError as exc:
        print(f"quiz: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("quiz: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`quiz stats --json | head`): stop quietly, as cat does.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
