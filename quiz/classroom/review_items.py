"""From class results back to the desk: the items a class report says need a teacher's look."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quiz.classroom import classes as classroom
from quiz.classroom.item_analysis import (
    UPPER_LOWER_FRACTION,
    Review,
    first_attempt_scores,
    total_scores,
)
from quiz.classroom.report import question_rows, review_from_record
from quiz.errors import QuizError
from quiz.kinds import kind_of
from quiz.model import Bank

MIN_UPPER_SHARE = 0.2  # a wrong choice picked by at least a fifth of the strongest students


@dataclass(frozen=True)
class ReviewItem:
    """A question the report flags, the bank file it is in, and why."""

    bank_path: Path
    question_id: str
    reason: str


def _groups(totals: dict[str, float]) -> tuple[set[str], set[str]]:
    """The strongest and the weakest 27 % of students by total score (at least one each)."""
    ranked = sorted(totals, key=lambda s: (-totals[s], s))
    size = max(1, round(UPPER_LOWER_FRACTION * len(ranked)))
    return set(ranked[:size]), set(ranked[-size:])


def strong_distractors(reviews: Sequence[Review], banks: Sequence[Bank]) -> dict[str, str]:
    """Multiple-choice questions where one wrong choice is picked by the strongest students
    (at least a fifth of them, and more of them than of the weakest): ``{qid: choice}``."""
    scores = first_attempt_scores(reviews)
    totals = total_scores(scores)
    if len(totals) < 2:
        return {}
    upper, lower = _groups(totals)
    first: dict[tuple[str, str], Review] = {}
    for review in sorted(reviews, key=lambda r: (r.at is None, r.at)):
        first.setdefault((review.student, review.question_id), review)
    answers: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for (student, qid), review in first.items():
        if not review.correct and review.answer.strip() and (student in upper or student in lower):
            answers[qid].append((review.answer, student in upper))
    found = {}
    for bank in banks:
        for question in bank.questions:
            kind = kind_of(question)
            if question.id not in answers or kind.typed or question.id in found:
                continue
            picks: Counter[tuple[str, bool]] = Counter()
            for given, strong in answers[question.id]:
                choice = kind.chosen(question, given)  # type: ignore[attr-defined]
                if choice is not None and choice != question.answer:
                    picks[(choice, strong)] += 1
            for choice in kind.options(question):
                high, low = picks[(choice, True)], picks[(choice, False)]
                if high >= max(1, MIN_UPPER_SHARE * len(upper)) and high > low:
                    found[question.id] = choice
                    break
    return found


def report_items(data_dir: Path, class_name: str, *, bank: str | None = None) -> list[ReviewItem]:
    """Exactly the questions the class report flags for review: negative discrimination
    (the strongest students get it wrong more often than the weakest) or a wrong choice
    strong students pick. ``bank`` limits them to one bank."""

    room = classroom.load_class(data_dir, class_name)
    records = {s: classroom.read_reviews(data_dir, s) for s in room.students}
    wanted = classroom.resolve_bank(data_dir, bank)[1] if bank else None
    reviews = [review_from_record(s, r) for s, rs in records.items() for r in rs]
    bank_of = {(r.qid): r.bank for rs in records.values() for r in rs}
    paths: dict[str, Path] = {}
    banks: list[Bank] = []
    assigned = {a.bank_key: a.bank_path for a in room.assignments}
    for key in sorted(set(bank_of.values())):
        try:  # the file the class's assignments came from, else a saved or bundled bank
            found, path = classroom.resolve_bank(data_dir, assigned.get(key) or key)
        except QuizError:
            continue
        if wanted is None or path == wanted:
            paths[key] = path
            banks.append(found)
    reasons: dict[str, str] = {}
    for row in question_rows(reviews, banks):
        if row.discrimination is not None and row.discrimination < 0:
            reasons[row.question_id] = f"negative discrimination (D = {row.discrimination:+.2f})"
    for qid, choice in strong_distractors(reviews, banks).items():
        note = f"strong students pick the wrong choice {choice!r}"
        reasons[qid] = f"{reasons[qid]}; {note}" if qid in reasons else note
    items = [
        ReviewItem(paths[bank_of[qid]], qid, why)
        for qid, why in reasons.items()
        if bank_of.get(qid) in paths
    ]
    return sorted(items, key=lambda i: (str(i.bank_path), i.question_id))
