"""The CLI dispatcher: command routing and the fast path that opens the app."""

from __future__ import annotations

import pytest

from quiz.cli import APP_COMMANDS, APP_MODULE, OTHER_COMMANDS, build_parser


def commands(parser) -> set[str]:
    return set(parser._subparsers._group_actions[0].choices)


def test_routing_sets_name_every_registered_command() -> None:
    assert commands(build_parser()) == APP_COMMANDS | OTHER_COMMANDS


def test_app_fast_path_registers_the_app_commands() -> None:
    assert commands(build_parser((APP_MODULE,))) == APP_COMMANDS


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """``quiz ARGV`` in this process; an app started by mistake fails the test in 10 s."""
    import signal

    from quiz.cli import main

    def hang(signum, frame):
        raise AssertionError(f"quiz {' '.join(argv)} was still running after 10 s")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(10)
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv, meant",
    [
        (["genrate", "x.wiki"], "did you mean `quiz generate`?"),
        (["stduy"], "did you mean `quiz study`?"),
        (["exprot", "csv"], "did you mean `quiz export`?"),
        (["valdate", "bank.json"], "did you mean `quiz validate`?"),
        (["export", "ankii", "b.json"], "did you mean 'anki'?"),
        (["profile", "ad", "Ann"], "did you mean 'add'?"),
        (["export", "csv", "b.json", "-o", "x.csv", "--forse"], "did you mean --force"),
    ],
)
def test_typos_suggest_the_command_meant(capsys, argv: list[str], meant: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and meant in err and "Traceback" not in err


def test_an_unknown_word_that_is_no_file_lists_the_commands(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "zzzz")
    assert code == 2 and "no such command or bank file" in err and "generate" in err
    code, _, err = run(capsys, str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err  # a bank path is still opened as a bank


@pytest.mark.parametrize("command", ["study", "practice", "exam", "open", "stats"])
def test_an_unknown_profile_is_refused_the_same_way_everywhere(
    capsys, data_dir, command: str
) -> None:
    from quiz.learning.store import add_profile, list_profiles

    add_profile(data_dir, "Ann")
    code, _, err = run(capsys, command, "--profile", "nobody")
    assert code == 2
    assert err == (
        "quiz: error: no profile named 'nobody' (profiles: Ann); "
        "create it with `quiz profile add nobody`\n"
    )
    assert list_profiles(data_dir) == ["Ann"]  # nothing created behind the learner's back


def test_study_without_a_bank_starts_on_the_bundled_bank(data_dir) -> None:
    from tui_fixtures import write_sample_bank

    from quiz.paths import banks_dir
    from quiz.tui.app import QuizApp

    saved = banks_dir(data_dir)
    saved.mkdir()
    write_sample_bank(saved, "Aardvark Bay")  # sorts before the bundled bank
    app = QuizApp(data_dir, start="study")
    try:
        entry = app.selected_entry()
        assert entry is not None and entry.origin == "bundled"
    finally:
        app.close_store()
