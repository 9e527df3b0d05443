"""Sessions: study queue order, limits, siblings, bury/suspend/flag, undo, leeches; practice,
exam and cram; summaries and stats."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quiz.errors import QuizError
from quiz.learning.exam import ExamSession
from quiz.learning.practice import CramSession, PracticeSession
from quiz.learning.schedule import CardState, Rating
from quiz.learning.stats import stats
from quiz.learning.store import Store, open_store
from quiz.learning.study import StudySession
from quiz.learning.summary import SessionSummary
from quiz.model import Bank, Question, Source

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # the study day started at 04:00 UTC
SECTIONS = ["History", "Army", "Politics", "Culture"]


def make_bank(count: int = 24) -> Bank:
    """``count`` questions over 4 sections and 2 kinds; questions 2k and 2k+1 are siblings."""
    questions = []
    for i in range(count):
        kind = "short_answer" if i % 2 == 0 else "mcq"
        answer = f"Answer{i}"
        choices = [answer, f"Other{i}a", f"Other{i}b", f"Other{i}c"] if kind == "mcq" else []
        questions.append(
            Question(
                id=f"q{i:02d}",
                kind=kind,
                prompt=f"Question {i}?",
                answer=answer,
                choices=choices,
                section=SECTIONS[(i // 2) % 4],
                fact=f"fact{i // 2}",
            )
        )
    return Bank(title="Test Bank", source=Source(title="Test"), questions=questions)


@pytest.fixture
def store(data_dir: Path):
    with open_store(data_dir, "ann") as opened:
        yield opened


def study(store: Store, bank: Bank, when: datetime = NOW, **kwargs) -> StudySession:
    return StudySession(store, bank, now=when, rng=random.Random(3), tz=UTC, **kwargs)


def put(store: Store, bank: Bank, qid: str, status: str, due: datetime, **extra) -> None:
    store.put_card(
        CardState(
            bank=bank.key,
            qid=qid,
            status=status,
            step=0 if status != "review" else None,
            stability=10.0,
            difficulty=5.0,
            due=due,
            last_review=due - timedelta(days=10),
            reps=3,
            **extra,
        )
    )


# ---------------------------------------------------------------- study


def test_learning_first_then_reviews_then_new(store: Store) -> None:
    bank = make_bank()
    put(store, bank, "q10", "review", NOW - timedelta(days=1))
    put(store, bank, "q20", "relearning", NOW - timedelta(minutes=5))
    put(store, bank, "q22", "review", NOW + timedelta(days=3))  # not due
    session = study(store, bank)
    assert session.counts(NOW) == (20, 1, 1)
    shown = []
    for _ in range(3):
        question = session.next_card(NOW)
        shown.append(question.id)
        session.answer(question, Rating.Easy, now=NOW)
    assert shown == ["q20", "q10", "q00"]
    assert "q22" not in [session.next_card(NOW).id]


def test_new_card_limit_holds_across_sessions_and_resets_next_day(
    store: Store, data_dir: Path
) -> None:
    bank = make_bank()
    store.update_settings(new_per_day=3)
    session = study(store, bank)
    for _ in range(3):
        session.answer(session.next_card(NOW), Rating.Easy, now=NOW)
    assert session.next_card(NOW) is None
    assert session.counts(NOW) == (0, 0, 0)
    again = study(store, bank, NOW + timedelta(hours=2))
    assert again.next_card(NOW + timedelta(hours=2)) is None
    tomorrow = NOW + timedelta(days=1)
    assert again.counts(tomorrow)[0] == 3
    # q00, q02, q04 went first; their siblings q01, q03, q05 waited for the next study day
    assert [r.qid for r in store.reviews_since(NOW - timedelta(days=1))] == ["q00", "q02", "q04"]
    assert again.next_card(tomorrow).id == "q01"


def test_review_limit(store: Store) -> None:
    bank = make_bank()
    store.update_settings(reviews_per_day=2, new_per_day=0)
    for qid in ("q00", "q02", "q04", "q06"):
        put(store, bank, qid, "review", NOW - timedelta(days=1))
    session = study(store, bank)
    assert session.counts(NOW) == (0, 0, 2)
    for _ in range(2):
        session.answer(session.next_card(NOW), Rating.Good, now=NOW)
    assert session.next_card(NOW) is None


def drain(session: StudySession, when: datetime) -> list[Question]:
    """Answer Easy to every card the session shows at ``when``."""
    shown = []
    while (question := session.next_card(when)) is not None:
        shown.append(question)
        session.answer(question, Rating.Easy, now=when)
    return shown


def test_a_shown_question_buries_its_siblings_until_the_next_study_day(store: Store) -> None:
    bank = make_bank()  # 12 facts, two questions each
    store.update_settings(new_per_day=100)
    session = study(store, bank)
    shown = drain(session, NOW)
    assert len(shown) == 12 and len({q.fact for q in shown}) == 12
    assert session.counts(NOW) == (0, 0, 0)
    later = NOW + timedelta(hours=6)  # the same study day, the bank opened again
    assert study(store, bank, later).next_card(later) is None
    tomorrow = NOW + timedelta(days=1)
    rest = drain(study(store, bank, tomorrow), tomorrow)
    assert {q.id for q in rest} == {q.id for q in bank.questions} - {q.id for q in shown}


def test_questions_from_one_sentence_are_siblings_too(store: Store) -> None:
    bank = make_bank(6)
    for question in bank.questions[2:4]:  # q02, q03: other facts, the sentence of q00
        question.context = "The army was founded in 1918."
    bank.questions[0].context = " the army was FOUNDED in 1918. "
    shown = drain(study(store, bank), NOW)
    assert [q.id for q in shown] == ["q00", "q04"]


def test_an_answer_that_is_part_of_a_shown_answer_waits_for_the_next_day(store: Store) -> None:
    bank = make_bank(6)  # (q00, q02, q04: three facts, each asked typed and with choices)
    bank.questions[0].answer = "Exton, Wyland"  # (born in a town of a state)
    for question in bank.questions[2:4]:  # (a politician of which state? R407)
        question.choices = ["Wyland", *question.choices[1:]] if question.choices else []
        question.answer = "Wyland"
    shown = drain(study(store, bank), NOW)
    assert [q.id for q in shown] == ["q00", "q04"]


def test_undo_gives_back_the_siblings_an_answer_buried(store: Store) -> None:
    bank = make_bank(2)
    session = study(store, bank)
    first = session.next_card(NOW)
    session.answer(first, Rating.Easy, now=NOW)
    assert session.next_card(NOW) is None and session.sibling_buried("q01")
    assert session.undo(NOW).id == first.id
    assert not session.sibling_buried("q01") and session.counts(NOW) == (2, 0, 0)


def test_excluded_suspended_flagged_buried_retired_are_skipped(store: Store) -> None:
    bank = make_bank(6)
    put(store, bank, "q05", "review", NOW - timedelta(days=1), retired=True)
    session = study(store, bank, exclude={"q00"})
    session.suspend("q01")
    session.flag("q02", "typo in answer")
    session.bury("q03", NOW)
    assert store.flagged(bank.key) == {"q02": "typo in answer"}
    assert session.next_card(NOW).id == "q04"
    assert session.counts(NOW) == (1, 0, 0)
    tomorrow = NOW + timedelta(days=1)
    later = study(store, bank, tomorrow, exclude={"q00"})
    assert later.next_card(tomorrow).id == "q03"  # the bury ended at the next 4am
    later.unsuspend("q01")
    later.unflag("q02")
    assert later.counts(tomorrow) == (4, 0, 0)


def test_undo_restores_card_log_and_queue(store: Store) -> None:
    bank = make_bank()
    session = study(store, bank)
    first = session.next_card(NOW)
    before = store.card(bank.key, first.id)
    session.answer(first, Rating.Easy, now=NOW, given="x", verdict="right", duration=2)
    assert session.counts(NOW) == (19, 0, 0)
    assert session.undo(NOW) == first
    assert store.card(bank.key, first.id) == before
    assert list(store.iter_reviews()) == []
    assert session.counts(NOW) == (20, 0, 0)
    assert session.next_card(NOW) == first
    assert session.progress == (0, 20)
    assert session.undo(NOW) is None


def test_leech_warning_suspends_card(store: Store) -> None:
    bank = make_bank(4)
    put(store, bank, "q00", "review", NOW - timedelta(days=1))
    store.put_card(replace(store.card(bank.key, "q00"), lapses=7))
    session = study(store, bank)
    question = session.next_card(NOW)
    assert question.id == "q00"
    outcome = session.answer(question, Rating.Again, now=NOW)
    assert outcome.leech and "leech" in outcome.warning
    card = store.card(bank.key, "q00")
    assert card.suspended and card.leech and "leech" in card.tags
    assert session.next_card(NOW + timedelta(hours=1)).id != "q00"


def test_learning_cards_return_after_their_step(store: Store) -> None:
    bank = make_bank(4)
    bank.questions = bank.questions[::2]  # q00 and q02: not siblings
    session = study(store, bank)
    first = session.next_card(NOW)
    labels = session.intervals(first, NOW)
    assert labels[Rating.Again] == "1m" and labels[Rating.Good] == "10m"
    session.answer(first, Rating.Again, now=NOW)
    second = session.next_card(NOW)
    session.answer(second, Rating.Good, now=NOW)
    assert session.next_card(NOW).id == first.id  # learn-ahead: nothing else left
    assert session.counts(NOW) == (0, 2, 0)
    summary = session.finish(NOW + timedelta(minutes=1))
    assert (summary.total, summary.right, summary.wrong) == (2, 1, 1)
    assert store.sessions()[0]["mode"] == "study"


# ---------------------------------------------------------------- practice / exam / cram


def test_practice_is_balanced_and_deterministic(store: Store) -> None:
    bank = make_bank()
    picks = [
        [
            q.id
            for q in PracticeSession(store, bank, now=NOW, rng=random.Random(9), count=8).questions
        ]
        for _ in range(2)
    ]
    assert picks[0] == picks[1]
    chosen = [bank.question(qid) for qid in picks[0]]
    groups = {(q.section, q.kind) for q in chosen}
    assert len(groups) == 8  # 4 sections x 2 kinds, one each
    other = PracticeSession(store, bank, now=NOW, rng=random.Random(10), count=8).questions
    assert [q.id for q in other] != picks[0]


def test_practice_scores_and_schedules(store: Store) -> None:
    bank = make_bank()
    ids = ["q00", "q01", "q02", "q04"]
    practice = PracticeSession(
        store, bank, now=NOW, rng=random.Random(1), question_ids=ids, meta={"assignment": "hw1"}
    )
    assert sorted(q.id for q in practice.questions) == sorted(ids)
    replies = {"q00": "answer0", "q01": "A", "q02": "Answr2", "q04": "nonsense"}
    verdicts = {}
    while (question := practice.current()) is not None:
        verdicts[question.id] = practice.answer(
            question, replies[question.id], now=NOW, duration=3.0
        ).verdict
    assert verdicts == {"q00": "right", "q01": "right", "q02": "close", "q04": "wrong"}
    summary = practice.finish(NOW + timedelta(minutes=2))
    assert (summary.score, summary.total, summary.close, summary.wrong) == (3, 4, 1, 1)
    assert summary.missed == [
        {"id": "q04", "prompt": "Question 4?", "expected": "Answer4", "given": "nonsense"}
    ]
    assert summary.sections["History"] == {"right": 2, "close": 0, "wrong": 0, "total": 2}
    assert summary.duration == 120.0 and summary.meta == {"assignment": "hw1"}
    assert store.card(bank.key, "q04").reps == 1
    reviews = {r.qid: r for r in store.iter_reviews()}
    assert reviews["q04"].rating == Rating.Again and reviews["q02"].rating == Rating.Hard
    assert {r.assignment for r in reviews.values()} == {"hw1"}
    assert {r.mode for r in reviews.values()} == {"practice"}
    assert store.sessions()[0]["meta"] == {"assignment": "hw1"}


def test_fixed_question_list_keeps_order_without_shuffle(store: Store) -> None:
    bank = make_bank()
    ids = ["q05", "q01", "q09", "q03"]
    kept = PracticeSession(store, bank, now=NOW, question_ids=ids, shuffle=False)
    assert [q.id for q in kept.questions] == ids
    exam = ExamSession(store, bank, now=NOW, question_ids=ids, shuffle=False, time_limit=5)
    assert [q.id for q in exam.questions] == ids


def test_practice_without_schedule_update_and_cram_leave_cards_alone(store: Store) -> None:
    bank = make_bank(8)
    practice = PracticeSession(
        store, bank, now=NOW, rng=random.Random(1), count=3, update_schedule=False
    )
    for question in list(practice.questions):
        practice.answer(question, question.answer, now=NOW)
    cram = CramSession(store, bank, now=NOW, rng=random.Random(1))
    assert len(cram.questions) == 8
    for question in list(cram.questions):
        cram.answer(question, "wrong", now=NOW)
    assert store.cards(bank.key) == []
    assert cram.finish(NOW).wrong == 8


def test_practice_errors(store: Store) -> None:
    bank = make_bank(4)
    with pytest.raises(QuizError, match="no question 'zz'"):
        PracticeSession(store, bank, now=NOW, question_ids=["zz"])
    with pytest.raises(QuizError, match="at least one"):
        PracticeSession(store, bank, now=NOW, count=0)


def test_exam_timing_changes_and_submit(store: Store) -> None:
    bank = make_bank(8)
    exam = ExamSession(store, bank, now=NOW, rng=random.Random(2), count=4, time_limit=60)
    first, second, third, _fourth = exam.questions
    assert exam.answer(first, "wrong guess", now=NOW + timedelta(seconds=5)) is None
    exam.set_answer(first.id, first.answer, now=NOW + timedelta(seconds=10))  # changed mind
    exam.set_answer(second.id, "nope", now=NOW + timedelta(seconds=20))
    exam.set_answer(third.id, third.answer, now=NOW + timedelta(seconds=30))
    assert store.cards(bank.key) == []  # nothing graded or scheduled before the end
    assert exam.remaining(NOW + timedelta(seconds=45)) == 15
    assert exam.expired(NOW + timedelta(seconds=60))
    with pytest.raises(QuizError, match="time is up"):
        exam.set_answer(second.id, second.answer, now=NOW + timedelta(seconds=61))
    summary = exam.submit(NOW + timedelta(seconds=90))
    assert (summary.right, summary.wrong, summary.total) == (2, 2, 4)
    assert summary.duration == 60
    assert [a.given for a in summary.answers] == [first.answer, "nope", third.answer, None]
    assert exam.submit(NOW + timedelta(seconds=95)) is summary
    with pytest.raises(QuizError, match="already submitted"):
        exam.set_answer(first.id, "x", now=NOW)
    assert len(store.cards(bank.key)) == 4


def test_summary_round_trip() -> None:
    answers = []
    summary = SessionSummary.build("practice", "bank", NOW, NOW + timedelta(seconds=30), answers)
    summary.answers = []
    data = SessionSummary.from_dict(summary.to_dict())
    assert data == summary


def test_summary_round_trip_with_answers(store: Store) -> None:
    bank = make_bank(4)
    practice = PracticeSession(store, bank, now=NOW, rng=random.Random(1), count=4)
    for question in list(practice.questions):
        practice.answer(question, "x", now=NOW, duration=1.0)
    summary = practice.finish(NOW)
    assert SessionSummary.from_dict(summary.to_dict()) == summary
    # the store keeps the summary; the answers themselves are in the review log
    assert SessionSummary.from_dict(store.sessions()[0]) == replace(summary, answers=[])
    assert len(list(store.iter_reviews())) == len(practice.questions) == 2  # siblings apart


# ---------------------------------------------------------------- stats


def test_stats_on_fresh_and_used_profile(store: Store) -> None:
    bank = make_bank(8)
    fresh = stats(store, bank, now=NOW, tz=UTC)
    assert fresh["due"] == {"new": 8, "learning": 0, "review": 0}
    assert fresh["retention"] is None and fresh["reviews_total"] == 0
    assert set(fresh["mastery"]) == set(SECTIONS)
    assert len(fresh["reviews_per_day"]) == 30 and len(fresh["forecast"]) == 30

    put(store, bank, "q00", "review", NOW - timedelta(days=1))
    put(store, bank, "q04", "review", NOW - timedelta(days=1))
    store.put_card(replace(store.card(bank.key, "q02"), flagged="bad"))
    session = study(store, bank)
    shown = []
    for rating in (Rating.Good, Rating.Again, Rating.Easy):  # q00 kept, q04 lapsed, new one
        shown.append(session.next_card(NOW).id)
        session.answer(bank.question(shown[-1]), rating, now=NOW)
    assert shown[:2] == ["q00", "q04"] and shown[2] not in ("q00", "q02", "q04")
    figures = stats(store, bank, now=NOW, tz=UTC)
    assert figures["retention"] == 0.5
    assert figures["reviews_total"] == 3
    assert figures["reviews_per_day"][NOW.date().isoformat()] == 3
    assert figures["cards"]["review"] == 2 and figures["cards"]["relearning"] == 1
    assert figures["cards"]["flagged"] == 1
    # left today, as Home and the study screen count it: not q02 (flagged), not the new one
    # shown (q03), not q01 and q05 (siblings of q00 and q04, shown today): q06 and q07
    assert shown[2] == "q03" and figures["due"]["new"] == 2
    assert figures["due"] == dict(
        zip(("new", "learning", "review"), session.counts(NOW), strict=True)
    )
    assert figures["forecast"][NOW.date().isoformat()] == 1  # the relearning card
    assert 2 <= sum(figures["forecast"].values()) <= 3
    assert 0 <= figures["mastery"]["History"] <= 1
    overall = stats(store, None, now=NOW, tz=UTC)
    assert overall["reviews_total"] == 3 and overall["mastery"] == {}


def test_regenerated_bank_keeps_progress(store: Store) -> None:
    bank = make_bank(6)
    session = study(store, bank)
    for _ in range(3):
        session.answer(session.next_card(NOW), Rating.Easy, now=NOW)
    answered = {c.qid for c in store.cards(bank.key)}
    regenerated = make_bank(6)
    gone = sorted(answered)[0]
    regenerated.questions = [q for q in regenerated.questions if q.id != gone]
    regenerated.questions.append(replace(regenerated.questions[0], id="q99", fact="fact99"))
    assert store.sync_bank(regenerated.key, [q.id for q in regenerated.questions]) == (1, 0)
    later = NOW + timedelta(hours=1)
    again = study(store, regenerated, later)
    # untouched: q01 (its sibling q00 is gone), q03 and q05 (siblings shown today), new q99
    assert again.counts(later)[0] == 2
    shown = [q.id for q in drain(again, later)]
    tomorrow = NOW + timedelta(days=1)
    shown += [q.id for q in drain(study(store, regenerated, tomorrow), tomorrow)]
    assert sorted(shown) == ["q01", "q03", "q05", "q99"] and gone not in shown
    assert all(store.card(bank.key, qid).reps == 1 for qid in answered)
    assert stats(store, None, now=later, tz=UTC)["cards"]["retired"] == 1


def test_exam_leaves_out_excluded_questions(store: Store) -> None:
    bank = make_bank()
    excluded = {q.id for q in bank.questions[:20]}
    exam = ExamSession(store, bank, now=NOW, count=10, exclude=excluded, time_limit=60)
    assert exam.questions and not {q.id for q in exam.questions} & excluded


def test_review_queue_with_many_overdue_cards_and_a_high_limit(store: Store) -> None:
    bank = make_bank(count=3000)
    for q in bank.questions:
        put(store, bank, q.id, "review", NOW - timedelta(days=2))
    store.update_settings(reviews_per_day=99999)
    session = study(store, bank)
    assert session.counts(NOW) == (0, 0, 3000)
    first = session.next_card(NOW)
    assert first is not None
