"""Pilot-driven tests of the terminal app: study, undo, typed answers, practice, exam, quit."""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path

import pytest
from tui_fixtures import FakeClock, press, sample_app, sample_bank, settle, write_sample_bank

from quiz.learning.store import open_store
from quiz.tui.app import QuizApp
from quiz.tui.screens.exam import ExamScreen
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.modals import ConfirmModal, HelpModal
from quiz.tui.screens.practice import PracticeScreen
from quiz.tui.screens.results import ResultsScreen
from quiz.tui.screens.study import StudyScreen

SIZE = (100, 30)
BANK_KEY = sample_bank().key


make_app = partial(sample_app, seed=7)


def reviews(data_dir: Path) -> list:
    with open_store(data_dir) as store:
        return list(store.iter_reviews(BANK_KEY))


async def test_space_then_3_records_one_good_review_for_every_kind(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    kinds: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StudyScreen)
        while len(set(kinds)) < 4:
            assert screen.current is not None
            kinds.append(screen.current.kind)
            await press(pilot, "space", "3")
        logged = list(app.store.iter_reviews(BANK_KEY))
    assert len(logged) == len(kinds)
    assert {r.rating for r in logged} == {3}
    assert [r.mode for r in logged] == ["study"] * len(kinds)


async def test_mouse_shows_nothing_extra_and_a_click_on_good_records_it(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space")
        await pilot.click("#rate-3")
        await settle(pilot)  # (the next card is shown after the review is stored)
        logged = list(app.store.iter_reviews())
        assert [r.rating for r in logged] == [3]
        assert not app.screen.revealed


async def test_rating_keys_do_nothing_before_the_answer_is_shown(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.screen.current
        await press(pilot, "3", "1")
        assert app.screen.current is first
        assert list(app.store.iter_reviews()) == []


async def test_quit_mid_session_keeps_answers_and_releases_the_profile(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space", "3", "space", "1", "space")
        await press(pilot, "q")
        await settle(pilot)
    assert app.store is None
    logged = reviews(data_dir)  # reopening works: the lock was released
    assert [r.rating for r in logged] == [3, 1]
    with open_store(data_dir) as store:
        (summary,) = store.sessions()
    assert (summary["mode"], summary["total"]) == ("study", 2)


async def test_undo_takes_back_the_last_answer_and_shows_the_card_again(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.screen.current
        await press(pilot, "space", "3")
        assert app.screen.current is not first
        await press(pilot, "u")
        assert app.screen.current is first
        assert not app.screen.revealed
        assert list(app.store.iter_reviews()) == []
        assert app.store.card(BANK_KEY, first.id).is_new


async def test_typed_answer_is_checked_and_enter_accepts_the_suggestion(data_dir: Path) -> None:
    clock = FakeClock()
    app = make_app(data_dir, "study", clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await press(pilot, "t")
        question = screen.current
        clock.advance(5)
        await press(pilot, *list("nonsense"), "enter")
        assert screen.revealed
        assert screen.check_result.verdict == "wrong"
        assert screen.suggested == 1
        await press(pilot, "enter")
        logged = list(app.store.iter_reviews())
        assert [(r.qid, r.rating, r.verdict, r.given) for r in logged] == [
            (question.id, 1, "wrong", "nonsense")
        ]
        # the next card: type the right answer, override the suggestion with 4 (Easy)
        nxt = screen.current
        screen.query_one("#typed").value = nxt.answer
        await press(pilot, "enter")
        assert screen.check_result.verdict == "right"
        await press(pilot, "4")
        assert list(app.store.iter_reviews())[-1].rating == 4


async def test_suspend_bury_and_flag_take_cards_out_of_rotation(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        ids = []
        for key in ("s", "b", "f"):
            ids.append(screen.current.id)
            await press(pilot, key)
        store = app.store
        suspended, buried, flagged = (store.card(BANK_KEY, qid) for qid in ids)
        assert suspended.suspended
        assert buried.is_buried(app.now())
        assert flagged.flagged
        assert screen.current.id not in ids
        assert list(store.iter_reviews()) == []


async def test_leech_warning_is_shown(data_dir: Path) -> None:
    clock = FakeClock()
    app = make_app(data_dir, "home", clock=clock)
    question = sample_bank().questions[0]
    card = app.store.card(BANK_KEY, question.id)
    card.status, card.stability, card.difficulty = "review", 2.0, 8.0
    card.due, card.last_review, card.lapses, card.reps = clock.now, clock.now, 7, 20
    app.store.put_card(card)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_mode("study")
        await settle(pilot)
        assert app.screen.current.id == question.id
        await press(pilot, "space", "1")
        assert any("leech" in n.message for n in app._notifications)
        assert app.store.card(BANK_KEY, question.id).suspended


async def test_done_screen_says_when_the_next_card_is_due(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    app.store.update_settings(new_per_day=2)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space", "4", "space", "4")
        screen = app.screen
        assert screen.current is None
        text = str(screen.query_one("#done").render())
        assert "Congratulations" in text
        assert "next card is due" in text


async def answer_practice(pilot, screen: PracticeScreen, right: bool, digits: bool = False) -> None:
    """Answer the current question (a true/false one by ``1``/``2`` with ``digits``)."""
    question = screen.current
    if question.kind == "mcq":
        index = question.choices.index(question.answer)
        if not right:
            index = (index + 1) % 4
        await press(pilot, str(index + 1))
    elif question.kind == "true_false":
        truth = question.answer == "True"
        await press(pilot, ("1" if digits else "t") if truth == right else ("2" if digits else "f"))
    else:
        screen.query_one("#typed").value = question.answer if right else "zzz"
        await press(pilot, "enter")
    await press(pilot, "enter")


async def test_practice_quiz_is_scored_and_ends_on_results(data_dir: Path) -> None:
    app = make_app(data_dir, "practice", count=6)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        kinds = [q.kind for q in screen.session.questions]
        facts = [q.fact for q in screen.session.questions]
        assert len(facts) == len(set(facts)) == 4  # four facts: no two siblings in one quiz
        for number in range(4):
            await answer_practice(pilot, screen, right=number != 2)
        await settle(pilot)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        assert (results.summary.score, results.summary.total) == (3, 4)
        assert len(results.summary.missed) == 1
        assert len(set(kinds)) >= 3
        # retry missed: a one-question practice of the missed one
        await press(pilot, "r")
        await settle(pilot)
        retry = app.screen
        assert isinstance(retry, PracticeScreen)
        assert [q.id for q in retry.session.questions] == [results.summary.missed[0]["id"]]


async def test_exam_timer_running_out_submits(data_dir: Path) -> None:
    clock = FakeClock()
    app = make_app(data_dir, "exam", clock=clock, count=4, time_limit=60)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ExamScreen)
        first = screen.question
        await press(pilot, "t" if first.kind == "true_false" else "1")
        if first.kind in ("cloze", "short_answer"):
            await press(pilot, "enter")
        clock.advance(61)
        screen.tick()
        await settle(pilot)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        assert results.summary.total == 4
        assert results.summary.unanswered == 0
        assert results.summary.wrong >= 3
    assert any(r.mode == "exam" for r in reviews(data_dir))


async def test_exam_answers_can_be_changed_before_submitting(data_dir: Path) -> None:
    app = make_app(data_dir, "exam", count=3, time_limit=600)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        questions = screen.session.questions
        for _ in questions:  # answer, enter: on to the next (the last one asks to submit)
            q = screen.question
            if q.kind in ("cloze", "short_answer"):
                screen.query_one("#typed").value = "wrong"
            else:
                await press(pilot, "f" if q.kind == "true_false" else "1")
            await press(pilot, "enter")
        assert len(screen.session.given) == 3
        assert isinstance(app.screen, ConfirmModal)
        await press(pilot, "n")  # keep working
        # go back to the start and give every right answer
        for _ in questions:
            await press(pilot, "up")
        for q in questions:
            assert screen.question is q
            if q.kind in ("cloze", "short_answer"):
                screen.query_one("#typed").value = q.answer
                await press(pilot, "enter")
            elif q.kind == "true_false":
                await press(pilot, "t", "down")
            else:
                await press(pilot, str(q.choices.index(q.answer) + 1), "down")
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, ConfirmModal)
        await press(pilot, "y")
        await settle(pilot)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        assert results.summary.score == 3


async def test_new_profile_from_home_switches_store(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await press(pilot, "n")
        await press(pilot, *list("Ann"), "enter")
        await settle(pilot)
        assert app.profile == "Ann"
        await press(pilot, "s", "space", "3", "q")
    with open_store(data_dir, "Ann") as store:
        assert len(list(store.iter_reviews())) == 1
    with open_store(data_dir, "default") as store:
        assert list(store.iter_reviews()) == []


async def test_settings_are_saved_in_the_profile(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "o")
        await settle(pilot)
        app.screen.query_one("#desired_retention").value = "0.85"
        app.screen.query_one("#new_per_day").value = "7"
        app.screen.query_one("#theme").value = "light"
        await press(pilot, "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.theme == "textual-light"
    with open_store(data_dir) as store:
        settings = store.settings()
    assert (settings["desired_retention"], settings["new_per_day"]) == (0.85, 7)
    assert settings["theme"] == "light"


async def test_bad_settings_are_refused_with_a_message(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "o")
        await settle(pilot)
        app.screen.query_one("#desired_retention").value = "2"
        await press(pilot, "ctrl+s")
        assert "out of range" in str(app.screen.query_one("#problems").render())
    with open_store(data_dir) as store:
        assert store.settings()["desired_retention"] == 0.9


async def test_help_browse_and_stats_open_from_home(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpModal)
        await press(pilot, "escape", "i")
        await settle(pilot)
        mastery = str(app.screen.query_one("#mastery").render())
        assert "Early years" in mastery
        await press(pilot, "escape", "b")
        await settle(pilot)
        assert len(app.screen.shown) == 16
        app.screen.query_one("#search").value = "mayor"
        await settle(pilot)
        assert len(app.screen.shown) == 4


async def test_flagged_question_is_listed_in_browse_and_can_be_unflagged(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        flagged = app.screen.current.id
        await press(pilot, "f", "escape")  # (back home before "b": on Study "b" buries)
        await press(pilot, "b")
        browse = app.screen
        assert type(browse).__name__ == "BrowseScreen", browse
        browse.query_one("#state").value = "flagged"
        await settle(pilot)
        assert browse.shown == [flagged]
        browse.query_one("#questions").focus()
        await press(pilot, "u")
        assert not app.store.card(BANK_KEY, flagged).flagged


async def test_browse_at_80_columns_keeps_each_prompts_end(data_dir: Path) -> None:
    # Prompts that open alike ("At the 2008 Spanish Grand Prix, which driver finished ...")
    # had shown only their openings at 80x24, cut after 25 characters, and looked the same.
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "b")
        browse = app.screen
        assert type(browse).__name__ == "BrowseScreen", browse
        table = browse.query_one("#questions")
        rows = [table.get_row_at(i) for i in range(table.row_count)]
        prompts = {q.id: q.prompt for q in sample_bank().questions}
        assert len(rows) == len(prompts) == 16
        for qid, row in zip(browse.shown, rows, strict=True):
            shown, prompt = row[0].plain, " ".join(prompts[qid].split())
            assert shown == prompt or ("…" in shown and prompt.endswith(shown.split("…")[-1]))
            assert prompt.startswith(shown.split("…")[0].rstrip())
        assert any("…" in row[0].plain for row in rows)  # (the long ones are cut in the middle)
        assert {row[1] for row in rows} == {"MCQ", "Cloze", "T/F", "Typed"}


def test_a_prompt_shortened_in_the_middle_keeps_its_end_in_whole_words() -> None:
    from quiz.tui.text import shorten_middle

    prompt = "At the 2008 Spanish Grand Prix, which driver finished second?"
    assert shorten_middle(prompt, 80) == prompt
    for width in (16, 20, 28, 34, 40):
        short = shorten_middle(prompt, width)
        assert len(short) <= width and short.endswith("second?"), short
        assert prompt.startswith(short.split("…")[0].rstrip())
        assert f" {short.split('…')[-1].strip()}" in prompt  # (its end in whole words)
    assert shorten_middle(prompt, 34).endswith("finished second?")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_study_fits_small_terminals_and_survives_resize(data_dir: Path, size) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await press(pilot, "space")
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        await pilot.resize_terminal(*size)
        await settle(pilot)  # the layout for the new size (a loaded machine may lag a frame)
        bar = app.screen.query_one("RatingBar")
        assert bar.region.bottom <= size[1]
        assert app.screen.query_one("#bar").region.height == 1  # the progress bar is drawn
        await press(pilot, "3")
        assert len(list(app.store.iter_reviews())) == 1


async def test_several_learners_are_asked_who_is_learning(data_dir: Path) -> None:
    from quiz.tui.screens.modals import ProfileModal

    for name in ("Ann", "Bob"):
        open_store(data_dir, name).close()
    app = make_app(data_dir)
    assert app.store is None
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ProfileModal)
        await press(pilot, "down", "enter")
        await settle(pilot)
        assert app.profile == "Bob"
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.query_one("#banks").row_count == 1


async def test_a_busy_only_profile_does_not_stop_the_app(data_dir: Path) -> None:
    from quiz.tui.screens.modals import ProfileModal

    with open_store(data_dir, "Ann"):  # e.g. another browser tab of `quiz serve`
        app = make_app(data_dir)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, ProfileModal)
            await press(pilot, "tab", *list("Cy"), "enter")
            await settle(pilot)
            assert app.profile == "Cy"


async def test_typed_answer_mode_is_remembered_in_the_profile(data_dir: Path) -> None:
    app = make_app(data_dir, "study")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "t")
        await press(pilot, "q")  # typed into the answer box, not quit
        assert app.screen.typed_input().value == "q"
        await press(pilot, "ctrl+q")
    again = make_app(data_dir, "study")
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.screen.typed_mode
        assert again.screen.typed_input().has_focus


async def test_practice_with_every_question_flagged_explains_and_goes_home(data_dir: Path) -> None:
    app = make_app(data_dir, "home")
    for question in sample_bank().questions:
        app.store.flag(BANK_KEY, question.id, "bad")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert any("no questions" in n.message for n in app._notifications)


async def test_long_prompts_wrap_inside_the_card(data_dir: Path) -> None:
    from quiz.bank import write_bank

    bank = sample_bank()
    bank.questions[0].prompt = "In which year " + "and after a very long preamble " * 12 + "?"
    path = data_dir.parent / "long.json"
    write_bank(bank, path, force=True)
    app = QuizApp(data_dir, banks=[path], start="study", clock=FakeClock(), bundled=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await settle(pilot)
        prompt = app.screen.query_one("#prompt")
        assert app.screen.current.id == bank.questions[0].id
        assert prompt.region.right <= 80 and prompt.region.height >= 5


async def test_switching_learner_frees_the_old_profile_for_another_window(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "n", *"Ann", "enter")
        assert app.profile == "Ann"
        with open_store(data_dir, "default", lock_timeout=0):  # opened and closed in workers
            pass


async def test_study_without_a_bank_opens_the_bundled_bank_not_the_first_saved(
    data_dir: Path,
) -> None:
    """Issue 11 item 14 in the app: `quiz study` with no bank studies the bundled bank even
    when a saved bank sorts before it."""
    from quiz.bank import bundled_banks, load_bank
    from quiz.paths import banks_dir

    saved = banks_dir(data_dir)
    saved.mkdir()
    write_sample_bank(saved, "Aardvark Bay")
    app = QuizApp(data_dir, start="study", clock=FakeClock(), rng=random.Random(1))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StudyScreen)
        bundled = load_bank(bundled_banks()[0])
        assert screen.entry.origin == "bundled" and screen.entry.key == bundled.key
        assert screen.current is not None and bundled.question(screen.current.id)


async def test_a_true_false_card_takes_1_and_2_as_its_choices_too(data_dir: Path) -> None:
    """ "1" picks True and "2" False, as a digit picks a choice on every other card (it
    had done nothing)."""
    app = make_app(data_dir, "practice", count=6)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        asked = [q.kind for q in screen.session.questions]
        assert "true_false" in asked
        for _ in asked:
            await answer_practice(pilot, screen, right=True, digits=True)
        await settle(pilot)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        assert (results.summary.score, results.summary.total) == (len(asked), len(asked))
