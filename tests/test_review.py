"""The review kept beside a bank: decisions, edits, second looks, and the approved bank."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from quiz.bank import load_bank, write_bank
from quiz.cli import main
from quiz.errors import QuizError
from quiz.model import Bank, Question, Source
from quiz.review import (
    Decision,
    Review,
    apply_review,
    edit_problems,
    load_approved_bank,
    load_review,
    review_path,
    save_review,
    second_look,
    summarize,
)


def small_bank() -> Bank:
    return Bank(
        title="Tiny Town",
        source=Source(title="Tiny Town", attribution="From Wikipedia (CC BY-SA)."),
        questions=[
            Question(
                id="mc-1",
                kind="mcq",
                prompt="Which river runs through Tiny Town?",
                answer="Avon",
                choices=["Thames", "Avon", "Severn", "Trent"],
                section="Geography",
                context="The Avon runs through Tiny Town.",
                fact="f1",
            ),
            Question(
                id="cl-1",
                kind="cloze",
                prompt="Tiny Town was founded in _____ (year).",
                answer="1204",
                section="History",
                context="Tiny Town was founded in 1204.",
                fact="f2",
            ),
            Question(
                id="tf-1",
                kind="true_false",
                prompt="Tiny Town has a castle.",
                answer="True",
                choices=["True", "False"],
                section="History",
                context="Tiny Town has a castle.",
                fact="f3",
            ),
            Question(
                id="sa-1",
                kind="short_answer",
                prompt="Who founded Tiny Town?",
                answer="John Smith",
                accept=["Smith"],
                section="History",
                context="John Smith founded Tiny Town.",
                fact="f4",
            ),
        ],
    )


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.json"
    write_bank(small_bank(), path)
    return path


def test_review_sits_beside_the_bank_and_round_trips(bank_file: Path) -> None:
    assert review_path(bank_file) == bank_file.with_name("tiny.review")
    assert load_review(bank_file).decisions == {}
    review = Review(bank_title="Tiny Town")
    review.decisions["cl-1"] = Decision(status="rejected", context="Tiny Town was founded in 1204.")
    review.decisions["sa-1"] = Decision(
        status="accepted",
        flag="check the spelling",
        edits={"prompt": "Who founded the town of Tiny Town?"},
        original={"prompt": "Who founded Tiny Town?"},
        context="John Smith founded Tiny Town.",
        at="2025-01-02T10:00:00+00:00",
    )
    review.decisions["tf-1"] = Decision()  # blank decisions are not written
    save_review(bank_file, review)
    data = json.loads(review_path(bank_file).read_text())
    assert data["format"] == "quiz-review/1"
    assert list(data["decisions"]) == ["cl-1", "sa-1"]
    again = load_review(bank_file)
    assert again.decisions["sa-1"] == review.decisions["sa-1"]
    assert again.rejected() == {"cl-1"}
    first = review_path(bank_file).read_bytes()
    save_review(bank_file, again)
    assert review_path(bank_file).read_bytes() == first


def test_approved_bank_leaves_out_rejected_and_applies_edits(bank_file: Path) -> None:
    review = Review()
    review.decisions["cl-1"] = Decision(status="rejected")
    review.decisions["mc-1"] = Decision(
        status="accepted",
        edits={"prompt": "Which river flows through Tiny Town?"},
        original={"prompt": "Which river runs through Tiny Town?"},
        context="The Avon runs through Tiny Town.",
    )
    save_review(bank_file, review)
    approved = load_approved_bank(bank_file)
    assert [q.id for q in approved.questions] == ["mc-1", "tf-1", "sa-1"]
    assert approved.question("mc-1").prompt == "Which river flows through Tiny Town?"
    only = load_approved_bank(bank_file, only_accepted=True)
    assert [q.id for q in only.questions] == ["mc-1"]
    assert [q.id for q in load_bank(bank_file).questions] == ["mc-1", "cl-1", "tf-1", "sa-1"]


def test_edits_that_break_a_question_are_refused_and_ignored() -> None:
    bank = small_bank()
    mcq, cloze = bank.questions[0], bank.questions[1]
    assert edit_problems(mcq, {"answer": "Nile"})  # not among the choices
    assert edit_problems(mcq, {"choices": ["Avon", "Avon", "Severn", "Trent"]})
    assert edit_problems(cloze, {"prompt": "Tiny Town was founded in 1204."})  # no gap
    assert edit_problems(cloze, {"kind": "mcq"})
    assert not edit_problems(mcq, {"answer": "Nile", "choices": ["Thames", "Nile", "Po", "Rhine"]})
    review = Review({})
    review.decisions["cl-1"] = Decision(edits={"prompt": "no gap here"})
    assert apply_review(bank, review).question("cl-1").prompt == cloze.prompt


def test_second_look_when_the_source_sentence_or_generated_text_changed() -> None:
    question = small_bank().questions[3]
    decision = Decision(
        status="accepted",
        edits={"prompt": "Who founded the town?"},
        original={"prompt": question.prompt},
        context=question.context,
    )
    assert second_look(question, decision) == ""
    moved = replace(question, context="John Smith, a miller, founded Tiny Town.")
    assert second_look(moved, decision) == "its source sentence changed"
    reworded = replace(question, prompt="Which man founded Tiny Town?")
    assert second_look(reworded, decision) == "the generated prompt changed"


def test_summary_counts_and_line() -> None:
    bank = small_bank()
    review = Review()
    review.decisions["mc-1"] = Decision(status="accepted", context=bank.questions[0].context)
    review.decisions["cl-1"] = Decision(status="rejected", flag="ambiguous", context="old text")
    review.decisions["gone"] = Decision(status="accepted")
    summary = summarize(bank.questions, review)
    assert (summary.total, summary.reviewed, summary.accepted, summary.rejected) == (4, 2, 1, 1)
    assert (summary.flagged, summary.second_look, summary.orphans) == (1, 1, 1)
    assert summary.line().startswith("2 of 4 reviewed (1 accepted, 1 rejected, 1 flagged")


def test_corrupt_review_file_is_a_one_line_error(bank_file: Path) -> None:
    review_path(bank_file).write_text("{not json")
    with pytest.raises(QuizError, match="not a valid review file"):
        load_review(bank_file)
    review_path(bank_file).write_text(json.dumps({"format": "quiz-review/1", "decisions": []}))
    with pytest.raises(QuizError, match="'decisions' must be an object"):
        load_review(bank_file)
    review_path(bank_file).write_text(
        json.dumps({"format": "quiz-review/1", "decisions": {"x": {"status": "maybe"}}})
    )
    with pytest.raises(QuizError, match="unknown status 'maybe'"):
        load_approved_bank(bank_file)


def test_validate_reads_the_review(bank_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(bank_file)]) == 0
    assert capsys.readouterr().out.strip().endswith("ok (4 questions)")
    review = Review()
    review.decisions["mc-1"] = Decision(status="accepted", context="The Avon runs through it.")
    review.decisions["cl-1"] = Decision(status="rejected", context="Tiny Town was founded in 1204.")
    save_review(bank_file, review)
    assert main(["validate", str(bank_file)]) == 0
    out = capsys.readouterr().out
    assert "question 'mc-1' needs a second look: its source sentence changed" in out
    assert "ok (4 questions; 2 of 4 reviewed (1 accepted, 1 rejected, 1 need" in out
    review.decisions["tf-1"] = Decision(edits={"answer": "Maybe"})
    save_review(bank_file, review)
    assert main(["validate", str(bank_file)]) == 1
    assert "review of 'tf-1': edit ignored" in capsys.readouterr().out
    review_path(bank_file).write_text("[")
    assert main(["validate", str(bank_file)]) == 2
    assert "not a valid review file" in capsys.readouterr().err


def test_stats_shows_review_counters(
    bank_file: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    review = Review()
    review.decisions["cl-1"] = Decision(status="rejected")
    review.decisions["mc-1"] = Decision(status="accepted")
    save_review(bank_file, review)
    assert main(["stats", "--bank", str(bank_file)]) == 0
    out = capsys.readouterr().out
    assert "Review       2 of 4 reviewed (1 accepted, 1 rejected)" in out
    assert "new     3" in out  # the rejected question is not a card to learn
    assert main(["stats", "--bank", str(bank_file), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["banks"][0]
    assert figures["review"]["reviewed"] == 2 and figures["review"]["total"] == 4


def test_rejected_questions_leave_the_app_catalog_and_assignments(
    bank_file: Path, data_dir: Path
) -> None:
    import random
    from datetime import UTC, datetime

    from quiz.classroom import classes as classroom
    from quiz.learning.catalog import find_banks

    now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    classroom.create_class(data_dir, "7A")
    classroom.add_students(data_dir, "7A", ["Ann"])
    bank, path = classroom.resolve_bank(data_dir, str(bank_file))
    ids = classroom.choose_questions(bank, count=None, rng=random.Random(1))
    assignment = classroom.create_assignment(data_dir, "7A", bank, path, question_ids=ids, now=now)
    review = Review()
    review.decisions["sa-1"] = Decision(status="rejected")
    review.decisions["tf-1"] = Decision(
        status="accepted", edits={"prompt": "Tiny Town has a castle on a hill."}
    )
    save_review(bank_file, review)

    entry = find_banks(None, [bank_file], include_bundled=False).entries[0]
    assert [q.id for q in entry.bank.questions] == ["mc-1", "cl-1", "tf-1"]
    summary = entry.review_state
    assert summary is not None and summary.line().startswith("2 of 4 reviewed")

    session = classroom.start_assignment(data_dir, "Ann", assignment.id, now=now)
    session.store.close()
    asked = {q.id: q for q in session.questions}
    assert set(asked) == {"mc-1", "cl-1", "tf-1"}
    assert asked["tf-1"].prompt == "Tiny Town has a castle on a hill."
    assert "sa-1" not in classroom.choose_questions(
        classroom.resolve_bank(data_dir, str(bank_file))[0], count=None, rng=random.Random(1)
    )
