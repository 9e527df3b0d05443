"""Every third-party package quiz imports is declared in pyproject.toml, textual pinned."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from conftest import ROOT


def imported_top_modules() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "quiz").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return {n for n in names if n != "quiz" and n not in sys.stdlib_module_names}


def declared() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = {}
    for spec in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", spec).group(0)
        specs[re.sub(r"[-_.]+", "-", name).lower()] = spec
    return specs


def test_every_imported_package_is_a_declared_dependency() -> None:
    distributions = packages_distributions()
    specs = declared()
    missing = []
    for module in sorted(imported_top_modules()):
        names = [re.sub(r"[-_.]+", "-", d).lower() for d in distributions.get(module, [module])]
        if not any(name in specs for name in names):
            missing.append(f"{module} ({', '.join(names)})")
    assert missing == []


def test_textual_and_fsrs_are_pinned_below_their_next_major() -> None:
    specs = declared()
    for name in ("textual", "textual-plotext", "textual-serve", "fsrs", "tinydb"):
        assert re.search(r"<\s*\d+", specs[name]), specs[name]


def test_the_architecture_and_type_checkers_are_in_the_test_extra() -> None:
    project = tomllib.loads(Path(ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = " ".join(project["optional-dependencies"]["test"])
    assert "import-linter" in extra and "mypy" in extra
