"""The CLI dispatcher: command routing and the fast path that opens the app."""

from __future__ import annotations

from quiz.cli import APP_COMMANDS, APP_MODULE, OTHER_COMMANDS, build_parser


def commands(parser) -> set[str]:
    return set(parser._subparsers._group_actions[0].choices)


def test_routing_sets_name_every_registered_command() -> None:
    assert commands(build_parser()) == APP_COMMANDS | OTHER_COMMANDS


def test_app_fast_path_registers_the_app_commands() -> None:
    assert commands(build_parser((APP_MODULE,))) == APP_COMMANDS
