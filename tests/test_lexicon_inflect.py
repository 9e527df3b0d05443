"""inflect is loaded without typeguard's instrumentation, and its rules still answer."""

from __future__ import annotations

import subprocess
import sys

import typeguard

from quiz.generator import lexicon


def test_indefinite_and_singular_follow_inflect() -> None:
    assert lexicon.indefinite("hour") == "an"
    assert lexicon.indefinite("union") == "a"
    assert lexicon.singular("hospital corpsmen") == "hospital corpsman"


def test_typeguard_is_left_as_it_was() -> None:
    checked = typeguard.typechecked
    lexicon._inflect_engine()
    assert typeguard.typechecked is checked


def test_engine_calls_are_not_type_checked() -> None:
    # In a fresh interpreter (inflect not yet imported): typeguard would reject a number.
    code = (
        "from quiz.generator import lexicon\n"
        "try:\n"
        "    lexicon._inflect_engine().a(7)\n"
        "except Exception as error:\n"
        "    print(type(error).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "TypeError"  # (typeguard's would be TypeCheckError)
