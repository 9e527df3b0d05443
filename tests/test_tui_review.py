"""Pilot tests of the review screen: keys decide, edit and flag; filters; saved beside the bank."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_fixtures import FIXED_NOW, FakeClock, sample_bank, write_sample_bank

from quiz.bank import write_bank
from quiz.review import load_approved_bank, load_review
from quiz.tui.screens.review import EditModal, ReviewApp, ReviewScreen

SIZE = (80, 24)


def screen_of(app: ReviewApp) -> ReviewScreen:
    screen = app.screen_stack[0] if isinstance(app.screen, EditModal) else app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    return write_sample_bank(tmp_path)


async def test_accept_reject_and_undo_are_saved_beside_the_bank(bank_path: Path) -> None:
    app = ReviewApp(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = screen_of(app)
        screen.clock = FakeClock()
        first, second = screen.desk.shown[:2]
        await pilot.press("a")  # accept, and move on
        assert screen.desk.current.id == second
        await pilot.press("x")
        review = load_review(bank_path)
        assert review.status(first) == "accepted" and review.status(second) == "rejected"
        assert review.decisions[first].at == FIXED_NOW.isoformat(timespec="seconds")
        await pilot.press("left", "z")  # back to the rejected one, undecide it
        assert load_review(bank_path).status(second) == "unreviewed"
        counters = str(screen.query_one("#counters").render())
        assert "1 of " in counters and "1 accepted" in counters


async def test_rejected_questions_leave_the_approved_bank(bank_path: Path) -> None:
    app = ReviewApp(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        rejected = screen_of(app).desk.current.id
        await pilot.press("x")
    approved = load_approved_bank(bank_path)
    assert rejected not in {q.id for q in approved.questions}
    assert len(approved.questions) == len(sample_bank().questions) - 1


async def test_edit_a_prompt_with_the_keyboard(bank_path: Path) -> None:
    app = ReviewApp(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = screen_of(app)
        qid = screen.desk.current.id
        await pilot.press("e")
        assert isinstance(app.screen, EditModal)
        prompt = app.screen.query_one("#prompt")
        prompt.value = ""  # type: ignore[attr-defined]
        await pilot.press(*"Which year saw Kestrel Bay founded?")
        await pilot.press("enter")
        assert not isinstance(app.screen, EditModal)
        assert "Which year saw Kestrel Bay founded?" in str(screen.query_one("#question").render())
    decision = load_review(bank_path).decisions[qid]
    assert decision.edits == {"prompt": "Which year saw Kestrel Bay founded?"}
    assert load_approved_bank(bank_path).question(qid).prompt == decision.edits["prompt"]


async def test_an_edit_that_breaks_the_question_is_refused_in_the_dialog(tmp_path: Path) -> None:
    bank = sample_bank()
    mcq = next(q for q in bank.questions if q.kind == "mcq")
    bank.questions.remove(mcq)
    bank.questions.insert(0, mcq)
    path = tmp_path / "bank.json"
    write_bank(bank, path)
    app = ReviewApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        modal = app.screen
        assert isinstance(modal, EditModal)
        modal.query_one("#choice1").value = modal.query_one("#choice2").value  # type: ignore
        await pilot.press("enter")
        assert isinstance(app.screen, EditModal)  # still open, the problem is shown
        assert "choices" in str(modal.query_one("#problem").render())
        await pilot.press("escape")
        modal_gone = not isinstance(app.screen, EditModal)
        assert modal_gone
    assert mcq.id not in load_review(path).decisions
    # the answer of a multiple-choice question is replaced among its choices too
    app = ReviewApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        app.screen.query_one("#answer").value = "Seventeen ninety-one"  # type: ignore
        await pilot.press("enter")
    edits = load_review(path).decisions[mcq.id].edits
    assert edits["answer"] in edits["choices"] and mcq.answer not in edits["choices"]


async def test_flag_with_a_reason_and_jumps(bank_path: Path) -> None:
    app = ReviewApp(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = screen_of(app)
        flagged = screen.desk.current.id
        await pilot.press("f")
        await pilot.press(*"two answers fit", "enter")
        assert load_review(bank_path).decisions[flagged].flag == "two answers fit"
        await pilot.press("a", "x")  # accept the flagged one, reject the next
        rejected = load_review(bank_path).rejected()
        await pilot.press("u")
        assert screen.desk.decision.status == "unreviewed"
        await pilot.press("j")
        assert screen.desk.current.id in rejected
        await pilot.press("g")
        assert screen.desk.current.id == flagged
        await pilot.press("f")  # f on a flagged question unflags it
        assert not load_review(bank_path).decisions[flagged].flag


async def test_filters_by_kind_and_section_and_shows_the_source(bank_path: Path) -> None:
    app = ReviewApp(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = screen_of(app)
        await pilot.press("k")
        kind = screen.desk.kind
        assert kind and {screen.desk.bank.question(q).kind for q in screen.desk.shown} == {kind}
        await pilot.press("k", "k", "k", "k")  # back round to all kinds
        assert screen.desk.kind == "" and len(screen.desk.shown) == len(sample_bank().questions)
        await pilot.press("c")
        section = screen.desk.section
        assert {screen.desk.bank.question(q).section for q in screen.desk.shown} == {section}
        source = str(screen.query_one("#source").render())
        assert screen.desk.current.context in source


async def test_report_items_only(bank_path: Path) -> None:
    ids = [q.id for q in sample_bank().questions][2:4]
    app = ReviewApp(bank_path, only=ids, reasons={ids[0]: "negative discrimination"})
    async with app.run_test(size=SIZE) as pilot:
        screen = screen_of(app)
        assert screen.desk.shown == ids
        assert "negative discrimination" in str(screen.query_one("#question").render())
        await pilot.press("n")
        assert screen.desk.current.id == ids[1]
