"""The cards table read lazily: the snapshot's index gives the study queue, a card is parsed
when used, an index that no longer matches its lines is not trusted."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.learning.schedule import CardState, Rating, Scheduler, day_start, to_micros
from quiz.learning.store import ReviewRecord, open_store
from quiz.learning.study import StudySession
from quiz.model import Bank, Question, Source

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _bank(count: int) -> Bank:
    questions = [
        Question(id=f"q{i}", kind="short_answer", prompt=f"P{i}?", answer=f"A{i}", fact=f"f{i}")
        for i in range(count)
    ]
    return Bank(title="Lazy", source=Source(title="Lazy"), questions=questions)


def _states(bank: Bank, rng: random.Random) -> list[CardState]:
    states = []
    for question in bank.questions[:-5]:  # the last five stay new, never stored
        due = NOW + timedelta(days=rng.uniform(-3, 6), microseconds=rng.randrange(10**6))
        status = rng.choice(("review", "review", "learning", "relearning", "new"))
        card = CardState(bank.key, question.id)
        if status != "new":
            card = replace(
                card, status=status, step=0, stability=3.0, difficulty=5.0, due=due,
                last_review=due - timedelta(days=2), reps=3,
            )  # fmt: skip
        flag = rng.random()
        if flag < 0.08:
            card.suspended = True
        elif flag < 0.16:
            card.flagged = "typo"
        elif flag < 0.24:
            card.buried_until = NOW + timedelta(hours=rng.choice((-2, 2)))
        elif flag < 0.3:
            card.retired = True
        elif flag < 0.35:
            card.leech = True
        states.append(card)
    return states


def _expected_view(store, bank: Bank) -> dict[str, tuple]:
    """The schedule view as the card states themselves say it."""
    view = {}
    for card in store.cards(bank.key):
        flags = card.suspended | 2 * bool(card.flagged) | 4 * card.retired | 8 * card.leech
        due = to_micros(card.due) if card.due is not None and not card.is_new else None
        buried = to_micros(card.buried_until) if card.buried_until else None
        stability = None if card.is_new else card.stability
        view[card.qid] = (card.status, due, flags, buried, stability)
    return view


def _queues(session: StudySession) -> tuple:
    return (sorted(session._learning), list(session._review), list(session._new))


def test_the_schedule_view_matches_the_cards_through_snapshot_journal_and_session(
    data_dir: Path,
) -> None:
    rng = random.Random(4)
    bank = _bank(60)
    with open_store(data_dir, "ann") as store:
        store.put_cards(_states(bank, rng))
        store.compact()  # these come from the snapshot's index
        for question in bank.questions[:10]:  # these from the journal
            card = store.card(bank.key, question.id)
            store.put_card(replace(card, suspended=not card.suspended))
    with open_store(data_dir, "ann") as store:
        assert store.schedule_view(bank.key) == _expected_view(store, bank)
        session = StudySession(store, bank, now=NOW, tz=UTC)
        session.flag("q20")  # and these from this session
        session.bury("q21", NOW)
        session.reset("q22")
        question = session.next_card(NOW)
        assert question is not None
        session.answer(question, Rating.Good, now=NOW)
        assert store.schedule_view(bank.key) == _expected_view(store, bank)
        rebuilt = StudySession(store, bank, now=NOW, tz=UTC)
        # the same queues as built card by card from the states
        store._all_states = False
        by_states = StudySession(store, bank, now=NOW, tz=UTC)
        by_states.store.schedule_view = lambda key: _expected_view(store, bank)  # type: ignore[method-assign]
        by_states._build(NOW)
        assert _queues(rebuilt) == _queues(by_states)
        assert rebuilt._review and rebuilt._new and rebuilt._learning


def test_opening_a_profile_parses_only_the_cards_it_shows(data_dir: Path) -> None:
    bank = _bank(400)
    with open_store(data_dir, "ann") as store:
        store.put_cards(_states(bank, random.Random(1)))
        store.compact()
    with open_store(data_dir, "ann") as store:
        session = StudySession(store, bank, now=NOW, tz=UTC)
        question = session.next_card(NOW)
        assert question is not None
        docs = store._table("cards")._data
        parsed = [key for key, value in docs.items() if isinstance(value, dict)]
        assert len(docs) == 395 and 0 < len(parsed) <= 8  # the heads of the queues
        session.answer(question, Rating.Good, now=NOW)
        assert store.card(bank.key, question.id).reps == 4  # parsed when used


def test_a_snapshot_edited_by_hand_is_read_whole_and_the_edit_counts(data_dir: Path) -> None:
    bank = _bank(20)
    with open_store(data_dir, "ann") as store:
        card = Scheduler().review(CardState(bank.key, "q3"), Rating.Good, NOW)[0]
        store.put_card(replace(card, status="review", due=NOW + timedelta(days=30)))
        store.compact()
        snapshot = store.path / "progress.json"
    text = snapshot.read_text()
    later = (NOW + timedelta(days=30)).isoformat()
    assert text.count(later) == 1  # the line layout kept, one card's due moved by hand
    snapshot.write_text(text.replace(later, (NOW - timedelta(days=1)).isoformat()))
    with open_store(data_dir, "ann") as store:
        session = StudySession(store, bank, now=NOW, tz=UTC)
        assert list(session._review) == ["q3"]
        assert store.card(bank.key, "q3").due == NOW - timedelta(days=1)
    data = json.loads(snapshot.read_text())  # still TinyDB's layout, one JSON object
    assert [doc["q"] for doc in data["cards"].values()] == ["q3"]


def test_an_empty_cards_table_round_trips(data_dir: Path) -> None:
    with open_store(data_dir, "ann") as store:
        store.update_settings(theme="dark")
        store.compact()
        assert json.loads((store.path / "progress.json").read_text())["cards"] == {}
    with open_store(data_dir, "ann") as store:
        assert store.cards() == [] and store.settings()["theme"] == "dark"
        before = store.card("bank", "q1")
        after, _ = Scheduler().review(before, Rating.Good, NOW)
        store.record_answer(after, ReviewRecord("bank", "q1", 3, NOW))
        store.compact()
    with open_store(data_dir, "ann", readonly=True) as store:
        assert [c.qid for c in store.cards()] == ["q1"]


def test_a_snapshot_without_a_card_index_is_read_whole_then_indexed_by_the_writer(
    data_dir: Path,
) -> None:
    bank = _bank(30)
    with open_store(data_dir, "ann") as store:
        store.put_cards(_states(bank, random.Random(2)))
        store.compact()
        snapshot = store.path / "progress.json"
    data = json.loads(snapshot.read_text())
    del data["_store"]["1"]["cards"]  # as the previous version wrote it: no index
    snapshot.write_text(json.dumps(data))
    with open_store(data_dir, "ann", readonly=True) as reader:
        assert not reader._table("cards").indexed
        expected = _expected_view(reader, bank)
        assert reader.schedule_view(bank.key) == expected
    assert json.loads(snapshot.read_text()) == data  # a reader writes nothing
    with open_store(data_dir, "ann"):
        pass  # the writer writes the index
    with open_store(data_dir, "ann") as store:
        assert store._table("cards").indexed
        assert store.schedule_view(bank.key) == expected


def test_statistics_from_the_index_match_the_card_states(data_dir: Path) -> None:
    from quiz.learning.stats import stats

    bank = _bank(300)
    now = NOW + timedelta(hours=1)
    with open_store(data_dir, "ann") as store:
        store.put_cards(_states(bank, random.Random(3)))
        store.compact()
        store.put_card(replace(store.card(bank.key, "q7"), leech=True, suspended=True))
    with open_store(data_dir, "ann", readonly=True) as store:
        for key in (bank, None):
            figures = stats(store, key, now=now, tz=UTC)
            counts = dict.fromkeys(figures["cards"], 0)
            forecast = dict.fromkeys(figures["forecast"], 0)
            days, today = list(forecast), day_start(now, tz=UTC)
            due = {"learning": 0, "review": 0}
            cards = store.cards()
            if key is not None:
                counts["new"] = len(bank.questions) - len(cards)
            for card in cards:
                counts[card.status] += 1
                for name in ("suspended", "leech", "retired"):
                    counts[name] += getattr(card, name)
                counts["buried"] += card.is_buried(now)
                counts["flagged"] += bool(card.flagged)
                if card.is_available(now) and not card.is_new and card.due is not None:
                    if card.is_due(now):
                        due["review" if card.status == "review" else "learning"] += 1
                    offset = max(0, (card.due - today).days)  # as stats did card by card
                    if offset < 30:
                        forecast[days[offset]] += 1
            assert figures["cards"] == counts
            assert figures["forecast"] == forecast and sum(forecast.values()) > 100
            if key is None:
                assert {k: figures["due"][k] for k in due} == due
            assert counts["leech"] > 1 and counts["buried"] > 0 and counts["flagged"] > 0


def test_a_card_index_edited_by_hand_to_point_elsewhere_is_one_line_not_a_wrong_card(
    data_dir: Path,
) -> None:
    from quiz.errors import QuizError

    bank = _bank(10)
    with open_store(data_dir, "ann") as store:
        store.put_cards(_states(bank, random.Random(5))[:3])
        store.compact()
        snapshot = store.path / "progress.json"
    data = snapshot.read_bytes()
    head, _, rest = data.partition(b'"ids":["1","2","3"]')
    assert rest  # the lines untouched, their ids swapped in the index
    snapshot.write_bytes(head + b'"ids":["2","1","3"]' + rest)
    with open_store(data_dir, "ann", readonly=True) as store:
        try:
            cards = store.cards()
        except QuizError as exc:
            assert "does not match card" in str(exc) and "\n" not in str(exc)
        else:
            pytest.fail(f"read {cards}")
    assert snapshot.read_bytes() == head + b'"ids":["2","1","3"]' + rest
