"""Layering: the CLI, ingestion, generator and commands must not import textual."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED

PROBE = """
import importlib, json, pkgutil, sys
import quiz.commands
names = ["quiz.cli", "quiz.generator.ingest", "quiz.generator.generate", "quiz.bank"]
names += [m.name for m in pkgutil.iter_modules(quiz.commands.__path__, "quiz.commands.")]
for name in names:
    importlib.import_module(name)
from quiz.cli import build_parser
build_parser()
print(json.dumps({"names": names, "textual": "textual" in sys.modules}))
"""

RUN_CLI = """
import json, sys
from quiz.cli import main
args = json.loads(sys.argv[1])
try:
    status = main(args)
except SystemExit as exit:
    status = exit.code
print(json.dumps({"status": status, "textual": "textual" in sys.modules}))
"""


def _probe(code: str, *args: str) -> dict:
    command = [sys.executable, "-c", code, *args]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_cli_and_commands_does_not_import_textual() -> None:
    report = _probe(PROBE)
    assert "quiz.commands.generate" in report["names"]
    assert report["textual"] is False


def test_help_does_not_import_textual() -> None:
    report = _probe(RUN_CLI, json.dumps(["--help"]))
    assert report["status"] == 0
    assert report["textual"] is False


def test_generate_does_not_import_textual(tmp_path: Path) -> None:
    out = tmp_path / "bank.json"
    report = _probe(RUN_CLI, json.dumps(["generate", str(SEED), "-o", str(out)]))
    assert report["status"] == 0 and out.exists()
    assert report["textual"] is False
