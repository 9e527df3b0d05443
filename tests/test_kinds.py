"""Question kinds: one module and a registration each; a new kind works everywhere unchanged."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import quiz.kinds
from quiz.bank import load_bank, validate_bank_data, write_bank
from quiz.export.anki import note_fields
from quiz.export.csv_export import csv_text
from quiz.export.sheets import make_worksheets
from quiz.export.worksheet_render import page_html, page_markdown
from quiz.kinds import (
    CheckResult,
    all_kinds,
    check_answer,
    get_kind,
    kind_names,
    kind_of,
    parse_kinds,
    register,
)
from quiz.kinds.choice import ChoiceKind
from quiz.kinds.typed import TypedKind
from quiz.learning.check import rating_for
from quiz.learning.schedule import Rating
from quiz.model import Bank, Question, Source


class EitherOr(ChoiceKind):
    """A made-up kind: two lettered options."""

    name = "either_or"
    label = "Either or"
    instructions = "Circle A or B."
    lettered = True

    def validate(self, question: Question) -> list[str]:
        return [] if len(question.choices) == 2 else ["either_or needs 2 choices"]


class Year(TypedKind):
    """A made-up typed kind: a year."""

    name = "year"
    label = "Year"
    instructions = "Write the year."

    def validate(self, question: Question) -> list[str]:
        return super().validate(question) + ([] if question.answer.isdigit() else ["not a year"])


@pytest.fixture
def new_kinds(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    registry = dict(quiz.kinds._REGISTRY)
    monkeypatch.setattr(quiz.kinds, "_REGISTRY", registry)
    register(EitherOr())
    register(Year())
    yield


def either_or() -> Question:
    return Question(
        id="eo",
        kind="either_or",
        prompt="Which came first?",
        answer="The navy",
        choices=["The air force", "The navy"],
        section="History",
        context="The navy was founded before the air force.",
        fact="eo",
    )


def year() -> Question:
    return Question(id="yr", kind="year", prompt="When was it founded?", answer="1918", fact="y")


def test_builtin_kinds_are_registered_in_order() -> None:
    assert kind_names() == ("mcq", "cloze", "true_false", "short_answer")
    for kind in all_kinds():
        assert kind.label and kind.instructions and get_kind(kind.name) is kind
    assert [k.name for k in all_kinds() if k.typed] == ["cloze", "short_answer"]
    assert get_kind("essay") is None
    with pytest.raises(ValueError):
        register(get_kind("mcq"))


def test_builtin_options_keys_and_labels() -> None:
    mcq = Question(id="m", kind="mcq", prompt="?", answer="b", choices=["a", "b", "c", "d"])
    tf = Question(id="t", kind="true_false", prompt="S.", answer="False")
    assert kind_of(mcq).options(mcq) == ["a", "b", "c", "d"]
    assert kind_of(mcq).keys(mcq) == ["1", "2", "3", "4"]
    assert kind_of(mcq).answer_label(mcq) == "B. b"
    assert kind_of(mcq).answer_label(mcq, ["d", "c", "b", "a"]) == "C. b"
    assert kind_of(tf).options(tf) == ["True", "False"] and kind_of(tf).keys(tf) == ["t", "f"]
    assert kind_of(tf).answer_label(tf) == "False"
    assert check_answer(tf, "no") == CheckResult("right", "", "False")
    assert check_answer(mcq, "(b)").verdict == "right"
    assert check_answer(mcq, "c").note == "you chose c; the answer is b"


def test_a_new_kind_is_validated_checked_and_rated(new_kinds: None, tmp_path: Path) -> None:
    assert parse_kinds(["either-or,year"]) == ("either_or", "year")
    bank = Bank(title="New kinds", source=Source(title="x"), questions=[either_or(), year()])
    write_bank(bank, tmp_path / "bank.json")
    assert load_bank(tmp_path / "bank.json").questions[0].kind == "either_or"
    data = json.loads((tmp_path / "bank.json").read_text())
    data["questions"][0]["choices"].append("The army")
    data["questions"][1]["answer"] = "soon"
    problems = validate_bank_data(data)
    assert "question 'eo': either_or needs 2 choices" in problems
    assert "question 'yr': not a year" in problems
    eo, yr = either_or(), year()
    assert check_answer(eo, "B").verdict == "right"
    assert check_answer(eo, "navy").verdict == "right"
    assert check_answer(eo, "A").verdict == "wrong"
    assert check_answer(yr, "1,918").verdict == "right"
    assert check_answer(yr, "1919").verdict == "wrong"
    assert rating_for(check_answer(eo, "B"), 2.0, eo) == Rating.Easy


def test_a_new_kind_reaches_every_exporter(new_kinds: None) -> None:
    bank = Bank(title="New kinds", source=Source(title="x"), questions=[either_or(), year()])
    model, fields = note_fields(bank, either_or())
    assert model.name == "Quiz Basic"
    assert "A. The air force<br>B. The navy" in fields[0] and fields[1] == "B. The navy"
    model, fields = note_fields(bank, year())
    assert model.name == "Quiz Basic" and fields[:2] == ["When was it founded?", "1918"]
    rows = list(csv.reader(io.StringIO(csv_text(bank, bank.questions, "quizlet"))))
    assert rows == [["Which came first?", "The navy"], ["When was it founded?", "1918"]]
    assert "B. The navy" in csv_text(bank, bank.questions, "anki")
    (sheet,) = make_worksheets(bank, bank.questions, count=2)
    assert [kind for kind, _ in sheet.parts()] == ["either_or", "year"]
    html_page = page_html(sheet)
    assert "Part 1: Either or" in html_page and "Circle A or B." in html_page
    assert html_page.count('class="bubble"') == 2 and "Part 2: Year" in html_page
    assert "line-answer" in html_page
    key = page_markdown(sheet, answers=True)
    label = sheet.items[0].answer_label
    assert label in {"A. The navy", "B. The navy"} and f"**{label}**" in key


def test_a_new_kind_is_shown_by_the_app_widgets(new_kinds: None) -> None:
    from quiz.tui.screens.practice import choice_keys, key_index
    from quiz.tui.widgets.card import choice_lines

    eo = either_or()
    assert choice_lines(eo) == ["A. The air force", "B. The navy"]
    assert choice_keys(eo) == ["1", "2"] and key_index(eo, "2") == 1
    assert key_index(eo, "3") is None and key_index(year(), "1") is None
    assert choice_lines(year()) == []


def test_no_module_outside_the_kinds_compares_kind_names() -> None:
    """The kind-specific rules live in quiz/kinds; other modules ask the kind."""
    root = Path(quiz.kinds.__file__).parent.parent
    offenders = []
    for path in sorted(root.rglob("*.py")):
        if "kinds" in path.relative_to(root).parts or "generator" in path.parts:
            continue  # the generator makes each kind; it names the kind it makes
        text = path.read_text(encoding="utf-8")
        for name in kind_names():
            if f'kind == "{name}"' in text or f'kind != "{name}"' in text:
                offenders.append(f"{path.relative_to(root)}: {name}")
            if f'kind in ("{name}"' in text:
                offenders.append(f"{path.relative_to(root)}: {name}")
            if re.search(rf'[(\[{{,]\s*"{name}"\s*[,)\]}}]', text):  # (a set of kinds by name:
                offenders.append(f"{path.relative_to(root)}: {name}")  # ask kind.typed instead)
    assert offenders == []
