"""Command-line entry point: parse arguments, call one core function, print the result."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import NoReturn

from quiz import __version__
from quiz.errors import QuizError

# Each module registers its subcommands with ``register(subparsers)`` and must import only
# argparse and quiz.errors at module level: heavy imports happen inside the command functions
# so that ``quiz --help`` stays fast and never imports textual.
COMMAND_MODULES = (
    "quiz.commands.generate",
    "quiz.commands.learn",
    "quiz.commands.optimize",
    "quiz.commands.export",
    "quiz.commands.classroom",
    "quiz.commands.app",
)


APP_MODULE = "quiz.commands.app"
APP_COMMANDS = {"open", "study", "practice", "exam", "review"}
OTHER_COMMANDS = {
    "generate",
    "validate",
    "stats",
    "optimize",
    "optimise",
    "profile",
    "export",
    "class",
    "assign",
    "report",
    "serve",
}


def _close(word: str, options: Iterable[str]) -> str | None:
    """The option ``word`` was probably meant to be (a typo of), else None."""
    import difflib

    matches = difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.6)
    return matches[0] if matches else None


class QuizParser(argparse.ArgumentParser):
    """argparse with suggestions: ``invalid choice: 'ankii'`` says "did you mean 'anki'?",
    an unknown ``--forse`` says "did you mean --force?"."""

    def error(self, message: str) -> NoReturn:
        import re

        choice = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if choice:
            options = re.findall(r"'([^']*)'", choice[2]) or choice[2].replace(",", " ").split()
            meant = _close(choice[1], options)
            if meant:
                message += f"; did you mean {meant!r}?"
        elif message.startswith("unrecognized arguments:"):
            known = set(self._all_option_strings())
            hints = []
            for word in message.split(":", 1)[1].split():
                meant = _close(word, known) if word.startswith("--") else None
                if meant:
                    hints.append(f"{meant} for {word}")
            if hints:
                message += f" (did you mean {', '.join(hints)}?)"
        super().error(message)

    def _all_option_strings(self) -> Iterator[str]:
        for action in self._actions:
            yield from action.option_strings
            if not isinstance(action, argparse._SubParsersAction):
                continue
            for sub in action.choices.values():
                if isinstance(sub, QuizParser):
                    yield from sub._all_option_strings()


def unknown_command_error(word: str) -> str | None:
    """The error for ``quiz WORD`` when WORD is no command and no bank file, else None."""
    if word.startswith("-") or word in APP_COMMANDS | OTHER_COMMANDS:
        return None
    from pathlib import Path

    if Path(word).suffix or "/" in word or Path(word).exists():
        return None  # a bank file (or meant as one): `open` names the problem with it
    meant = _close(word, APP_COMMANDS | OTHER_COMMANDS)
    if meant:
        return f"unknown command {word!r}; did you mean `quiz {meant}`?"
    commands = ", ".join(sorted(APP_COMMANDS | OTHER_COMMANDS))
    return f"{word}: no such command or bank file (commands: {commands}; see `quiz --help`)"


def build_parser(modules: tuple[str, ...] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The ``quiz`` argument parser with the subcommands of ``modules`` (all by default)."""
    import importlib

    parser = QuizParser(
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
    commands: set[str] = set()
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
    typo = unknown_command_error(first) if first else None
    if typo:
        print(f"quiz: error: {typo}", file=sys.stderr)
        return 2
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
        _flush_stdout()
    except QuizError as exc:
        print(f"quiz: error: {one_line_message(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("quiz: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`quiz stats --json | head`): stop quietly, as cat does.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as exc:  # the system refused (full disk, read-only folder, name too long)
        from quiz.atomic import WriteError
        from quiz.files import os_problem, shown

        _drop_stdout()
        verb = "cannot write " if isinstance(exc, WriteError) else ""
        where = f"{verb}{shown(exc.filename)}: " if exc.filename else ""
        print(f"quiz: error: {where}{os_problem(exc)}", file=sys.stderr)
        return 2
    return int(result or 0)


def one_line_message(message: str) -> str:
    """``message`` on one line, any very long word (a 5,000-character name) shortened."""
    import re

    from quiz.files import shown

    return re.sub(r"\S{121,}", lambda match: shown(match[0]), " ".join(message.split()))


def _flush_stdout() -> None:
    """Flush stdout now, so a full disk there is one line of error here, not a traceback at
    exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        from quiz.atomic import WriteError

        raise WriteError(exc.errno, exc.strerror, "standard output") from None


def _drop_stdout() -> None:
    """Flush stdout; if it cannot be written, send the rest to /dev/null (so that exiting does
    not try again and print a traceback)."""
    import os

    try:
        sys.stdout.flush()
    except OSError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
