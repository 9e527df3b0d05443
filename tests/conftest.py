"""Shared fixtures: paths to the bundled article, the shared articles, and a temp data dir."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "questions"
SEED = QUESTIONS / "000_e4fee655deeefa93.txt"
# The fifteen shared articles (a town, a philosopher, a newspaper, a race, a skyscraper, ...)
# live beside the checkout in ../shared/articles; a copy in tests/data/articles keeps a lone
# clone's tests complete (Wikipedia text, CC BY-SA).
_SHARED = ROOT.parent / "shared" / "articles"
SHARED_ARTICLES = _SHARED if _SHARED.is_dir() else ROOT / "tests" / "data" / "articles"
# The team's bank audit (../shared/tools/bankaudit.py), with a copy for a lone clone.
_AUDIT = ROOT.parent / "shared" / "tools" / "bankaudit.py"
BANKAUDIT = _AUDIT if _AUDIT.is_file() else ROOT / "tests" / "tools" / "bankaudit.py"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty quiz data directory, also exported as QUIZ_DATA_DIR."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("QUIZ_DATA_DIR", str(path))
    return path
