"""Question selection for exports: kind, section and difficulty filters and balanced picks."""

from __future__ import annotations

import pytest
from test_export_fixtures import nasty_bank, synthetic_bank

from quiz.errors import QuizError
from quiz.export.select import (
    Filters,
    filter_questions,
    parse_difficulty,
    select_questions,
)
from quiz.kinds import parse_kinds


def ids(questions) -> list[str]:
    return [q.id for q in questions]


def test_parse_kinds_accepts_spaces_commas_and_dashes() -> None:
    assert parse_kinds(["mcq,cloze", "true-false", "mcq"]) == ("mcq", "cloze", "true_false")
    assert parse_kinds(None) == ()
    with pytest.raises(QuizError, match="unknown kind 'essay'"):
        parse_kinds(["mcq", "essay"])


def test_parse_difficulty_levels_and_ranges() -> None:
    assert parse_difficulty("easy") == (0.0, 1 / 3)
    assert parse_difficulty(" Hard ") == (2 / 3, 1.0)
    assert parse_difficulty("0.2-0.6") == (0.2, 0.6)
    assert parse_difficulty(None) is None
    for bad in ("0.6-0.2", "1-2", "very", "0.2"):
        with pytest.raises(QuizError, match="bad difficulty"):
            parse_difficulty(bad)


def test_section_filter_matches_whole_path_parts_case_insensitively() -> None:
    bank = nasty_bank()
    structure = filter_questions(bank.questions, Filters(sections=("structure",)))
    assert ids(structure) == ["mcq-hq", "tf-branches", "short-command"]
    land = filter_questions(bank.questions, Filters(sections=("Structure > Land Forces",)))
    assert ids(land) == ["mcq-hq"]
    assert filter_questions(bank.questions, Filters(sections=("Struct",))) == []
    both = filter_questions(bank.questions, Filters(sections=("History > Parades", "Structure")))
    assert ids(both) == ["mcq-hq", "cloze-time", "tf-branches", "short-command"]


def test_kind_and_difficulty_filters_combine() -> None:
    bank = nasty_bank()
    kept = filter_questions(
        bank.questions, Filters(kinds=("cloze", "true_false"), difficulty=(0.45, 1))
    )
    assert ids(kept) == ["cloze-navy", "cloze-time", "tf-branches"]


def test_select_reports_filters_when_nothing_is_left() -> None:
    bank = nasty_bank()
    with pytest.raises(QuizError, match="no questions match.*kinds mcq; difficulty 0.8-1"):
        select_questions(bank, Filters(kinds=("mcq",), difficulty=(0.8, 1.0)))


def test_limit_picks_balanced_questions_in_bank_order() -> None:
    bank = synthetic_bank(100)
    chosen = select_questions(bank, Filters(limit=8))
    assert len(chosen) == 8
    positions = [bank.questions.index(q) for q in chosen]
    assert positions == sorted(positions)
    assert len({q.kind for q in chosen}) == 4
    assert select_questions(bank, Filters(limit=8)) == chosen
