"""The app at 80x24 (issue 11, item 12): Home's columns whole, long names cut with an ellipsis,
notices clear of the rating buttons, settings fields plain to see, every key bar whole."""

from __future__ import annotations

import random
from pathlib import Path

from textual.widgets import Input
from tui_fixtures import press, sample_app, settle, write_sample_bank

from quiz.bank import write_bank
from quiz.model import Bank, Question, Source
from quiz.tui.app import QuizApp
from quiz.tui.widgets.rating_bar import RatingBar

SMALL = (80, 24)
LONG_TITLE = "The Exceedingly Long History of the Azerbaijani Armed Forces"
LONG_SECTION = (
    "Traditions and military institutions of the Azerbaijani armed forces since 1918 and after"
)


def big_bank(directory: Path) -> Path:
    """253 questions (as the bundled bank has) under a long title and a long section."""
    questions = [
        Question(
            f"q{i}",
            "short_answer",
            f"Question {i}?",
            f"answer {i}",
            [],
            LONG_SECTION if i % 2 else "History",
            f"Sentence {i}.",
            fact=f"f{i}",
        )
        for i in range(253)
    ]
    bank = Bank(LONG_TITLE, Source(title=LONG_TITLE), questions, {}, ["History", LONG_SECTION])
    path = directory / "big.json"
    write_bank(bank, path, force=True)
    return path


def make_app(data_dir: Path, bank: Path, start: str = "home", **kw) -> QuizApp:
    return sample_app(data_dir, start, seed=2, bank=bank, **kw)


def lines(app: QuizApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def test_home_at_80x24_shows_every_column_whole(data_dir: Path) -> None:
    app = make_app(data_dir, big_bank(data_dir.parent))
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        text = lines(app)
        header = next(line for line in text if "Bank" in line and "New" in line)
        assert "Total" in header.split("│")[1]
        row = next(line for line in text if "The Exceedingly" in line)
        cells = row.split("│")[1].split()
        assert cells[-1] == "253" and cells[-4:-1] == ["20", "0", "0"]
        assert "…" in row  # the long title is cut, with an ellipsis


async def test_stats_and_results_cut_long_section_names_with_an_ellipsis(data_dir: Path) -> None:
    app = make_app(data_dir, big_bank(data_dir.parent))
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await press(pilot, "i", "end")
        mastery = [line for line in lines(app) if "Traditions" in line]
        assert mastery and all(line.rstrip().endswith("…  │") or "… │" in line for line in mastery)
        assert all(len(line) == 80 for line in lines(app))
    results_app = make_app(data_dir, big_bank(data_dir.parent), "practice", count=2)
    async with results_app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        for _ in range(2):
            for key in ("x", "enter", "enter"):  # (one at a time: under load a key typed
                await press(pilot, key)  # before the answer box mounts was lost)
        table = [line for line in lines(results_app) if "Traditions" in line]
        assert table and "…" in table[0]  # one line, cut, not wrapped
        assert not any(line.strip().startswith("1918") for line in lines(results_app))


async def test_notices_do_not_cover_the_rating_buttons(data_dir: Path) -> None:
    app = make_app(data_dir, write_sample_bank(data_dir.parent), "study")
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "space", "u")  # "Nothing to undo", with the buttons showing
        toasts = list(app.screen.query("Toast"))
        assert toasts
        buttons = app.screen.query_one(RatingBar).region
        hint = app.screen.query_one("#hint").region
        for toast in toasts:
            assert not toast.region.overlaps(buttons) and not toast.region.overlaps(hint)


def test_settings_fields_are_framed_in_the_dark_theme(data_dir: Path, snap_compare) -> None:
    app = make_app(data_dir, write_sample_bank(data_dir.parent))

    async def open_settings(pilot) -> None:
        await settle(pilot)
        await press(pilot, "o")
        fields = list(app.screen.query(Input))
        assert len(fields) == 3
        assert all(field.region.height == 3 and not field.disabled for field in fields)

    assert snap_compare(app, run_before=open_settings, terminal_size=SMALL)


async def test_every_key_bar_ends_whole_at_80_columns(data_dir: Path) -> None:
    app = make_app(data_dir, write_sample_bank(data_dir.parent))
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        for keys in (["b"], ["escape", "s"], ["space"], ["escape", "x"], ["escape", "o"]):
            await press(pilot, *keys)
            bar = lines(app)[-1].rstrip()
            assert not bar.endswith("…"), bar
            assert bar.endswith("? Help") or bar.endswith("^p palette"), bar


async def test_home_study_and_stats_show_one_count_in_one_vocabulary(data_dir: Path) -> None:
    """Issue 11 item 13 in the app: the same three numbers, under the same words, on Home, in
    the study screen's counts and on the Stats screen (the engine's due_today)."""
    import re
    from datetime import timedelta

    from tui_fixtures import FIXED_NOW, sample_bank

    from quiz.learning.stats import DUE_LABELS
    from quiz.learning.store import open_store
    from quiz.learning.study import StudySession

    bank_path = write_sample_bank(data_dir.parent)
    with open_store(data_dir) as store:  # yesterday: some learnt, some forgotten
        store.update_settings(new_per_day=5)
        yesterday = FIXED_NOW - timedelta(days=1)
        session = StudySession(store, sample_bank(), now=yesterday, rng=random.Random(1))
        for number in range(6):
            question = session.next_card(yesterday)
            if question is None:
                break
            session.answer(question, 1 if number % 2 else 3, now=yesterday)
    app = make_app(data_dir, bank_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        text = lines(app)
        header = next(line for line in text if "Bank" in line and "Total" in line)
        row = next(line for line in text if "Kestrel Bay" in line)
        home = [int(n) for n in row.split("│")[1].split()[-4:-1]]
        words = [w.lower() for w in header.split("│")[1].split()[1:4]]
        await press(pilot, "i")
        summary = next(line for line in lines(app) if "Due today" in line)
        found = re.search(r"new (\d+) · learning (\d+) · review (\d+)", summary)
        assert found is not None, summary
        stats = [int(n) for n in found.groups()]
        await press(pilot, "escape", "s")
        counts = next(line for line in lines(app) if "done 0" in line)
        study = [int(n) for n in re.findall(r"(?:New|Learning|Review) (\d+)", counts)]
    assert home == stats == study and home[:2] == [5, 4]  # new: the daily limit, not 10
    assert words[0] == DUE_LABELS["new"] and DUE_LABELS["review"] == words[2]
    assert all(DUE_LABELS[name].capitalize() in counts for name in DUE_LABELS)


async def test_browse_lists_a_big_bank_quickly_and_says_how_many_matched(data_dir: Path) -> None:
    """A 3,000-question bank: the table lists the first 1,000 (20,000 rows took seconds to draw
    and froze the screen on every key typed) and the count says how many matched."""
    questions = [
        Question(f"q{i}", "short_answer", f"Question {i}?", f"answer {i}", [], "", f"S {i}.")
        for i in range(3000)
    ]
    path = data_dir.parent / "big3000.json"
    write_bank(Bank("Big", Source(title="Big"), questions, {}, []), path, force=True)
    app = make_app(data_dir, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "b")
        browse = app.screen
        table = browse.query_one("#questions")
        assert len(browse.shown) == 3000 and table.row_count == 1000
        count = "".join(line for line in lines(app) if "questions" in line)
        assert "3,000 of 3,000 questions (the first 1,000 listed" in count
        await press(pilot, "slash", *"question 12")
        await pilot.pause(0.3)  # a big bank is searched once the typing pauses
        await settle(pilot)
        expected = sum(1 for i in range(3000) if "12" in str(i))
        assert len(browse.shown) == table.row_count == expected


def test_the_results_tally_stays_whole_at_80_columns() -> None:
    from rich.console import Console
    from rich.text import Text

    from quiz.learning.summary import SessionSummary
    from quiz.tui.screens.results import score_line

    summary = SessionSummary(
        "practice",
        "b",
        "s",
        "f",
        total=99,
        right=30,
        close=30,
        wrong=30,
        unanswered=9,
        duration=12 * 60 + 8,
    )  # (the widest tally a quiz of under 100 questions has)
    console = Console(width=76, record=True, color_system=None)  # (the results pane at 80x24)
    console.print(Text.from_markup(score_line(summary)))
    lines = console.export_text().splitlines()
    assert len(lines) == 2, lines  # (at 80x24 "wrong" had ended a line, its "30" on the next)
    for part in ("time 12 min 08 s", "right 30", "close 30", "wrong 30", "unanswered 9"):
        assert part in lines[1], lines
