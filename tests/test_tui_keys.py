"""Keys do what the screen says (issue 11, item 16): typed-answer mode can be left while
typing, enter moves on in an exam after an option as after a typed answer, escape in Browse's
search box leaves the box, ctrl+c quits (after saving)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual.widgets import Input, Static
from tui_fixtures import press, sample_app, settle

from quiz.learning.store import open_store
from quiz.tui.app import QuizApp
from quiz.tui.screens.browse import BrowseScreen
from quiz.tui.screens.exam import ExamScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.modals import ConfirmModal
from quiz.tui.screens.study import StudyScreen

SIZE = (100, 30)
TYPED = ("short_answer", "cloze")


make_app = partial(sample_app, seed=11)


def hint(app: QuizApp) -> str:
    return str(app.screen.query_one("#hint", Static).render())


async def test_typed_answers_can_be_switched_off_with_the_key_the_hint_names(
    data_dir: Path,
) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StudyScreen)
        await press(pilot, "t")
        assert screen.typed_mode and screen.typed_input().has_focus
        assert "ctrl+t: stop typing answers" in hint(app)
        await press(pilot, "t")  # a letter of the answer, as the box has the keys
        assert screen.typed_input().value == "t" and screen.typed_mode
        await press(pilot, "ctrl+t")  # what the hint says
        assert not screen.typed_mode
        assert "t: type the answer" in hint(app)
        await press(pilot, "ctrl+t")  # and back on
        assert screen.typed_mode and screen.typed_input().has_focus
        await press(pilot, "escape")  # out of the box, still studying
        assert isinstance(app.screen, StudyScreen) and not screen.typed_input().has_focus
        await press(pilot, "t")  # now t is the key again
        assert not screen.typed_mode
        await press(pilot, "escape")  # and escape goes home
        assert isinstance(app.screen, HomeScreen)
    with open_store(data_dir) as store:
        assert store.settings()["typed_answers"] is False  # remembered as left


async def test_exam_enter_moves_on_after_an_option_as_after_a_typed_answer(
    data_dir: Path,
) -> None:
    app = make_app(data_dir, "exam", count=6)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ExamScreen)
        kinds = set()
        for number, question in enumerate(screen.session.questions[:-1]):
            assert screen.position == number and screen.question is question
            if screen.query("#typed"):
                kinds.add("typed")
                await press(pilot, *"abc")
            else:
                kinds.add("option")
                await press(pilot, "t" if question.kind == "true_false" else "2")
            await press(pilot, "enter")
            assert question.id in screen.session.given
            assert screen.position == number + 1  # one step, whatever the kind
        assert kinds == {"typed", "option"}
        await press(pilot, "down")  # down after enter: the next one, nothing skipped
        assert screen.position == len(screen.session.questions) - 1
        await press(pilot, "up", "down")
        assert screen.position == len(screen.session.questions) - 1
        await press(pilot, "enter")  # enter on the last question: submit?
        assert isinstance(app.screen, ConfirmModal)
        await press(pilot, "escape")  # keep working
        assert app.screen is screen


async def test_escape_in_the_search_box_leaves_the_box_then_the_screen(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "b")
        browse = app.screen
        assert isinstance(browse, BrowseScreen)
        await press(pilot, "slash", *"mayor")
        assert len(browse.shown) == 4
        await press(pilot, "escape")
        assert app.screen is browse  # still browsing, the search kept
        assert not browse.query_one("#search", Input).has_focus
        assert browse.query_one("#questions").has_focus and len(browse.shown) == 4
        await press(pilot, "escape")
        assert isinstance(app.screen, HomeScreen)


async def test_ctrl_c_in_a_text_box_quits_too(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "t", *"abc", "ctrl+c")  # nothing selected: quit, not copy
        await settle(pilot)
        assert not app.is_running


async def test_a_letter_typed_on_a_card_s_front_starts_a_typed_answer(data_dir: Path) -> None:
    # A newcomer's pass (stop 59): "Conservative" typed on a short answer's front had been
    # taken as keys, its "s" suspending a card. A letter no key takes now starts the answer.
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StudyScreen) and not screen.typed_mode

        async def to_a_typed_card() -> None:  # (the next card whose answer is typed)
            for _ in range(12):
                if screen.current is not None and screen.current.kind in TYPED:
                    return
                await press(pilot, "space", "3")

        await to_a_typed_card()
        question = screen.current
        assert question is not None and question.kind in TYPED
        await press(pilot, "C")
        assert screen.typed_mode and screen.typed_input().has_focus
        await press(pilot, *"ons")  # ("s" is the box's now, not Suspend)
        assert screen.typed_input().value == "Cons" and screen.current is question  # (kept)
        await press(pilot, "ctrl+t", "s")  # typed answers off: "s" is Suspend again
        assert not screen.typed_mode and screen.current is not question
        await to_a_typed_card()
        await press(pilot, "1", "9")  # a year's first digit is no rating before the answer
        assert screen.typed_mode and screen.typed_input().value == "19"
