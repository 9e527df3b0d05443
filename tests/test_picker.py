"""The one question picker: balanced, reproducible, and never two siblings in one selection."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quiz.classroom import classes as classroom
from quiz.export.select import Filters, select_questions
from quiz.export.sheets import make_worksheets
from quiz.learning.exam import ExamSession
from quiz.learning.picker import (
    answer_names,
    pick_questions,
    sibling_keys,
    siblings_apart,
    top_section,
)
from quiz.learning.practice import PracticeSession
from quiz.learning.store import open_store
from quiz.model import Bank, Question, Source

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
SECTIONS = ["History", "Structure > Navy", "Structure > Army", "Culture"]


def sibling_bank(facts: int = 12) -> Bank:
    """``facts`` facts, each asked as mcq and short answer from one sentence; every third fact
    also shares its sentence with the next fact's questions (siblings by context)."""
    questions = []
    for f in range(facts):
        sentence = f"Sentence {f - f % 3 if f % 3 == 1 else f} of the article."
        section = SECTIONS[f % len(SECTIONS)]
        for kind in ("mcq", "short_answer"):
            choices = [f"A{f}", "x", "y", "z"] if kind == "mcq" else []
            questions.append(
                Question(
                    id=f"f{f:02d}-{kind}",
                    kind=kind,
                    prompt=f"Question {f}?",
                    answer=f"A{f}",
                    choices=choices,
                    section=section,
                    context=sentence,
                    fact=f"fact{f}",
                )
            )
    return Bank(title="Siblings", source=Source(title="Siblings"), questions=questions)


def assert_no_siblings(questions: list[Question]) -> None:
    keys = Counter(key for q in questions for key in sibling_keys(q))
    assert max(keys.values(), default=0) <= 1, [k for k, n in keys.items() if n > 1]


def groups(bank: Bank) -> int:
    """How many questions at most can be chosen with no two siblings."""
    return len(siblings_apart(bank.questions))


def test_sibling_keys_are_fact_and_folded_sentence() -> None:
    a = Question(id="a", kind="cloze", prompt="_____", answer="x", context=" The Navy. ")
    b = Question(id="b", kind="mcq", prompt="?", answer="x", context="the NAVY.", fact="f")
    c = Question(id="c", kind="mcq", prompt="?", answer="x")
    assert sibling_keys(a) & sibling_keys(b) and sibling_keys(c) == {"id:c"}
    assert siblings_apart([a, b, c]) == [a, c]


def test_pick_is_balanced_reproducible_and_has_no_siblings() -> None:
    bank = sibling_bank(40)
    first = pick_questions(bank.questions, 12, random.Random(5))
    assert first == pick_questions(bank.questions, 12, random.Random(5))
    assert len(first) == 12
    assert_no_siblings(first)
    per_section = Counter(top_section(q) for q in first)
    assert max(per_section.values()) - min(per_section.values()) <= 1
    per_kind = Counter(q.kind for q in first)
    assert per_kind["mcq"] == per_kind["short_answer"] == 6
    positions = [bank.questions.index(q) for q in first]
    assert positions == sorted(positions)


def test_asking_for_more_than_can_be_apart_gives_fewer() -> None:
    bank = sibling_bank(12)
    everything = pick_questions(bank.questions, 100, random.Random(1))
    assert len(everything) == groups(bank) == 8  # 12 facts, 4 pairs of them share a sentence
    assert_no_siblings(everything)
    assert len(pick_questions(bank.questions, None)) == groups(bank)
    assert pick_questions(bank.questions, 0) == []
    avoided = pick_questions(bank.questions, None, avoid=everything[:3])
    assert not {k for q in avoided for k in sibling_keys(q)} & {
        k for q in everything[:3] for k in sibling_keys(q)
    }


def test_practice_and_exam_never_hold_two_siblings(data_dir: Path) -> None:
    bank = sibling_bank(12)
    with open_store(data_dir, "ann") as store:
        for seed in range(10):
            practice = PracticeSession(store, bank, now=NOW, rng=random.Random(seed), count=20)
            assert len(practice.questions) == groups(bank)
            assert_no_siblings(practice.questions)
            exam = ExamSession(store, bank, now=NOW, rng=random.Random(seed), count=5)
            assert len(exam.questions) == 5
            assert_no_siblings(exam.questions)


def test_worksheets_and_export_limits_never_hold_two_siblings() -> None:
    bank = sibling_bank(12)
    for seed in range(10):
        sheets = make_worksheets(bank, bank.questions, count=20, versions=2, seed=seed)
        for sheet in sheets:
            assert_no_siblings([item.question for item in sheet.items])
            assert len(sheet.items) == groups(bank)
    limited = select_questions(bank, Filters(limit=6))
    assert len(limited) == 6
    assert_no_siblings(limited)


def test_assignments_never_hold_two_siblings() -> None:
    bank = sibling_bank(12)
    for seed in range(10):
        ids = classroom.choose_questions(bank, count=6, rng=random.Random(seed))
        assert len(ids) == 6
        assert_no_siblings([bank.question(qid) for qid in ids])
    every = classroom.choose_questions(bank, count=None, rng=random.Random(0))
    assert len(every) == groups(bank)
    structure = classroom.choose_questions(
        bank, count=None, sections=["structure > navy"], rng=random.Random(0)
    )
    assert {bank.question(q).section for q in structure} == {"Structure > Navy"}


@pytest.mark.parametrize("count", [1, 3, 7])
def test_small_picks_take_distinct_sections_first(count: int) -> None:
    bank = sibling_bank(40)
    picked = pick_questions(bank.questions, count, random.Random(count))
    assert len({top_section(q) for q in picked}) == min(count, 3)


def test_questions_whose_answers_hold_one_another_are_siblings() -> None:
    def asked(qid: str, answer: str, kind: str = "short_answer") -> Question:
        return Question(id=qid, kind=kind, prompt=f"{qid}?", answer=answer, context=qid)

    town = asked("born", "Shelbyville, Kentucky")
    state = asked("state", "Kentucky")  # (R407: the town's answer gives the state away)
    album = asked("album", "Led Zeppelin II")
    band = asked("band", "Led Zeppelin")
    school = asked("school", "University of Exton")
    other = asked("other", "University of Wyton")  # ("University of" is no name begun)
    year = asked("year", "1997")
    again = asked("again", "1997")  # (a figure is no name: two years may share a quiz)
    true = asked("true", "True", "true_false")
    also = asked("also", "True", "true_false")
    died = asked("died", "Lexton, Kentucky")  # (two towns of one state: no giveaway)
    assert siblings_apart([town, died]) == [town, died]
    everything = [town, state, album, band, school, other, year, again, true, also]
    apart = [town, album, school, other, year, again, true, also]
    assert siblings_apart(everything) == apart
    answers = answer_names(everything)
    picked = pick_questions(everything, None, random.Random(3))
    keys = Counter(key for q in picked for key in sibling_keys(q, answers))
    assert len(picked) == len(apart) and max(keys.values()) == 1
    assert sibling_keys(state) == {"context:state", "answer:kentucky"}  # (alone: its own)


def test_a_choice_that_is_another_questions_answer_makes_them_siblings() -> None:
    def holiday(qid: str, answer: str, others: list[str]) -> Question:
        return Question(
            id=qid,
            kind="mcq",
            prompt=f"Which falls on {qid}?",
            answer=answer,
            choices=[answer, *others],
            context=f"{qid} – {answer}",
        )  # (R431: two items of one list of holidays, each the other's wrong choice)

    june = holiday(
        "26 June", "Day of the Armed Forces", ["Air Force Day", "Navy Day", "Memorial Day"]
    )
    feb = holiday(
        "14 February", "Air Force Day", ["Day of the Armed Forces", "Navy Day", "Victory Day"]
    )
    year = Question(
        id="y",
        kind="mcq",
        prompt="When?",
        answer="1918",
        context="y",
        choices=["1918", "1920", "1991", "1992"],
    )
    alone = Question(id="a", kind="short_answer", prompt="Who?", answer="Navy Day", context="a")
    assert siblings_apart([june, feb, year]) == [june, year]
    assert siblings_apart([feb, year, alone]) == [feb, year]  # (its answer is feb's choice)
    other = Question(id="o", kind="short_answer", prompt="Who?", answer="Ann Vole", context="o")
    assert siblings_apart([june, feb, year, other]) == [june, year, other]
