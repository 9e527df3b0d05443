"""The bank audit in strict mode over the banks of the bundled article and every shared
article: no leaks, duplicates or siblings over the limit, true/false balanced, no test-wise
guesser above 30%, at most half the answers numeric, few long prompts."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BANKAUDIT, NO_BANK, ROOT, SEED, SHARED_ARTICLES


@pytest.fixture(scope="module")
def banks(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The banks of the bundled article and the 15 shared articles, generated once."""
    articles = [SEED, *sorted(SHARED_ARTICLES.glob("*.json"))]
    assert len(articles) == 16
    out = tmp_path_factory.mktemp("banks")
    generate = subprocess.run(
        [sys.executable, "-m", "quiz", "generate", *map(str, articles), "--out-dir", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    # An article whose every candidate a strict reviewer would fail gives no bank (since stop
    # 45, Chemical biology: its one item was a definition true from its own words); anything
    # else going wrong fails here.
    failed = [line for line in generate.stderr.splitlines() if line.strip()]
    assert all(line.endswith("no questions could be made from this article") for line in failed)
    assert {line.split(": ")[2].rsplit("/", 1)[-1] for line in failed} == NO_BANK, failed
    found = sorted(out.glob("*.json"))
    assert len(found) == 16 - len(NO_BANK), generate.stderr
    assert any(b.name == "azerbaijani-armed-forces.json" for b in found)  # (the bundled one)
    return found


MIN_MCQS_FOR_GUESSERS = 12


def _audit(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BANKAUDIT), "--strict", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_bankaudit_strict_passes_on_the_bundled_and_shared_articles(banks: list[Path]) -> None:
    audit = _audit(*banks)
    assert audit.returncode == 0, audit.stdout + audit.stderr
    assert f"OK: 0 limits short over {len(banks)} banks" in audit.stdout


def test_bankaudit_strict_passes_on_each_bank_alone(banks: list[Path]) -> None:
    """The set-level limits (numeric answers, guessers, true/false balance, long prompts) hold
    for every bank of 5 questions or more on its own, not only on average: a teacher hands
    out one bank. (In a smaller bank one question moves a share by 25-50 points.)"""
    big = [b for b in banks if len(json.loads(b.read_text())["questions"]) >= 5]
    assert len(big) >= 1  # (since R108 none has 10; four had 6 until stop 43 took out false
    # years of minor events, R220; three until stop 47 asked only a results table's winner,
    # R262, and life dates instead of stating them; the bundled bank until stop 55 took out a
    # national body's seat, its capital, R349: Harry McPherson's 5 now)
    for bank in big:
        audit = _audit(bank)
        mcqs = sum(q["kind"] == "mcq" for q in json.loads(bank.read_text())["questions"])
        short = [line for line in audit.stdout.splitlines() if line.startswith("SHORT")]
        if mcqs < MIN_MCQS_FOR_GUESSERS:
            # A guesser's share of 6 MCQs is noise: chance alone (25%) reaches 33% on half
            # of such banks. Over all banks together the guessers are held to the limit above.
            short = [line for line in short if "guesser" not in line]
        assert not short, bank.name + "\n" + audit.stdout + audit.stderr


def test_a_figure_in_a_statement_does_not_say_false(banks: list[Path]) -> None:
    """False statements are mostly a changed year or number: true ones must carry figures
    as often, or "a number means False" guesses the answers."""
    right = total = 0
    for bank in banks:
        statements = [
            q for q in json.loads(bank.read_text())["questions"] if q["kind"] == "true_false"
        ]
        if len(statements) < 2:
            continue  # a pattern is learnt within a bank: a bank's one statement (the lead's
            # definition, true and undated in 10 of the 16) is right for "always True" too
            # (banks of two or more since stop 42: no bank of the shared articles has four)
        for question in statements:
            guess = "False" if re.search(r"\d", question["prompt"]) else "True"
            right += guess == question["answer"]
            total += 1
    assert total >= 2  # (one bank of four statements since stop 40; two since R136: no true
    # statement of a side matter past the lead; three since R108; one bank of two since stop
    # 52: no statement over 16 words, the Arts Club's pair was 17 and 21)
    assert right / total <= 0.6, f"{right}/{total}"
