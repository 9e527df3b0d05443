"""One bank schema: whatever `quiz validate` accepts loads in every loader, and whatever it
refuses is refused by every loader with the same first problem."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest
from conftest import QUESTIONS

from quiz.bank import load_bank, validate_bank_data
from quiz.errors import QuizError

BANK = json.loads((QUESTIONS / "azerbaijani-armed-forces.json").read_text(encoding="utf-8"))
VALUES = [None, 5, -1, 2.5, float("inf"), True, "", "x", [], [1], ["a"], {}, {"a": 1}]


def mutations(seed: int, count: int) -> list[dict]:
    """Banks with one field (top level, source or a question) set to an odd value."""
    rng = random.Random(seed)
    banks = []
    for _ in range(count):
        data = copy.deepcopy(BANK)
        where = rng.choice(["top", "source", "question"])
        target = {"top": data, "source": data["source"], "question": data["questions"][0]}[where]
        key = rng.choice([*target.keys(), "extra"])
        target[key] = rng.choice(VALUES)
        banks.append(data)
    return banks


@pytest.mark.parametrize("seed", range(4))
def test_validate_and_every_loader_agree(tmp_path: Path, seed: int) -> None:
    from quiz.export.csv_export import csv_text
    from quiz.learning.catalog import find_banks

    for index, data in enumerate(mutations(seed, 60)):
        path = tmp_path / f"b{seed}-{index}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        problems = validate_bank_data(json.loads(path.read_text(encoding="utf-8")))
        if problems:
            with pytest.raises(QuizError, match="invalid bank"):
                load_bank(path)
        else:
            bank = load_bank(path)  # and what loads is usable by the exporters and the app
            csv_text(bank, bank.questions, "anki")
            assert find_banks(None, [path]).entries[0].bank.title == bank.title


def test_the_banks_that_crashed_loaders_are_now_invalid() -> None:
    for key, value in (("generator", 5), ("sections", 5), ("sections", [1])):
        data = copy.deepcopy(BANK)
        data[key] = value
        assert validate_bank_data(data), key
