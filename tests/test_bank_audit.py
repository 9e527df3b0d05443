"""The bank audit in strict mode over the banks of the bundled article and every shared
article: no leaks, duplicates or siblings over the limit, true/false balanced, no test-wise
guesser above 30%, at most half the answers numeric, few long prompts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import BANKAUDIT, ROOT, SEED, SHARED_ARTICLES


def test_bankaudit_strict_passes_on_the_bundled_and_shared_articles(tmp_path: Path) -> None:
    articles = [SEED, *sorted(SHARED_ARTICLES.glob("*.json"))]
    assert len(articles) == 16
    out = tmp_path / "banks"
    generate = subprocess.run(
        [sys.executable, "-m", "quiz", "generate", *map(str, articles), "--out-dir", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert generate.returncode == 0, generate.stderr
    banks = sorted(out.glob("*.json"))
    assert len(banks) == 16
    audit = subprocess.run(
        [sys.executable, str(BANKAUDIT), "--strict", *map(str, banks)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert audit.returncode == 0, audit.stdout + audit.stderr
    assert "OK: 0 limits short over 16 banks" in audit.stdout


def test_bankaudit_strict_passes_on_each_bank_alone(tmp_path: Path) -> None:
    """The set-level limits (numeric answers, guessers, true/false balance, long prompts) hold
    for every bank of 20 questions or more on its own, not only on average: a teacher hands
    out one bank. (In a smaller bank one question moves a share by 5-50 points.)"""
    articles = [SEED, *sorted(SHARED_ARTICLES.glob("*.json"))]
    out = tmp_path / "banks"
    subprocess.run(
        [sys.executable, "-m", "quiz", "generate", *map(str, articles), "--out-dir", str(out)],
        capture_output=True,
        cwd=ROOT,
        check=True,
    )
    banks = [
        b for b in sorted(out.glob("*.json")) if len(json.loads(b.read_text())["questions"]) >= 20
    ]
    assert any(b.name.startswith("azerbaijani") for b in banks)  # the bundled article
    for bank in banks:
        audit = subprocess.run(
            [sys.executable, str(BANKAUDIT), "--strict", str(bank)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert audit.returncode == 0, bank.name + "\n" + audit.stdout + audit.stderr
