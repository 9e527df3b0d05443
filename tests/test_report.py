"""Report maths on synthetic classes with known answers, and escaped CSV/HTML rendering."""

from __future__ import annotations

import csv
import io
import math
from datetime import UTC, datetime, timedelta

import pytest

from quiz.classroom.item_analysis import (
    Review,
    first_attempt_scores,
    most_common_wrong,
    point_biserial,
    rest_scores,
    upper_lower_index,
)
from quiz.classroom.report import build_report
from quiz.classroom.report_render import render_csv, render_html, render_text
from quiz.model import Bank, Question, Source

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def pearson(xs: list[float], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    vx = sum((x - mx) ** 2 for x in xs)
    vy = sum((y - my) ** 2 for y in ys)
    return cov / math.sqrt(vx * vy)


def test_upper_lower_index_top_three_of_ten_right_is_one() -> None:
    totals = {f"s{i}": i / 10 for i in range(1, 11)}
    item = {s: int(totals[s] >= 0.8) for s in totals}  # s8, s9, s10 right
    assert upper_lower_index(item, totals) == pytest.approx(1.0)


def test_upper_lower_index_uses_27_percent_groups() -> None:
    totals = {f"s{i}": i / 10 for i in range(1, 11)}
    # groups of round(2.7) = 3: upper s8-s10, lower s1-s3; s9 and s2 right -> 1/3 - 1/3 = 0
    item = {s: int(s in ("s9", "s2")) for s in totals}
    assert upper_lower_index(item, totals) == pytest.approx(0.0)
    # only the weakest right: a reversed (bad) item
    item = {s: int(s == "s1") for s in totals}
    assert upper_lower_index(item, totals) == pytest.approx(-1 / 3)


def test_upper_lower_index_needs_two_students() -> None:
    assert upper_lower_index({"a": 1}, {"a": 1.0}) is None


def test_point_biserial_known_value_and_equals_pearson() -> None:
    item = {"a": 1, "b": 1, "c": 0, "d": 0}
    rest = {"a": 1.0, "b": 0.5, "c": 0.5, "d": 0.0}
    assert point_biserial(item, rest) == pytest.approx(1 / math.sqrt(2))
    item = {"a": 1, "b": 0, "c": 1, "d": 1, "e": 0}
    rest = {"a": 0.9, "b": 0.2, "c": 0.4, "d": 0.7, "e": 0.6}
    students = sorted(item)
    expected = pearson([item[s] for s in students], [rest[s] for s in students])
    assert point_biserial(item, rest) == pytest.approx(expected)


def test_point_biserial_undefined_when_no_variance() -> None:
    assert point_biserial({"a": 1, "b": 1}, {"a": 0.2, "b": 0.9}) is None
    assert point_biserial({"a": 1, "b": 0}, {"a": 0.5, "b": 0.5}) is None


def test_first_attempt_counts_only_the_first_answer() -> None:
    reviews = [
        Review("ann", "q1", "right", at=T0 + timedelta(minutes=5)),
        Review("ann", "q1", "wrong", at=T0),
        Review("bob", "q1", "right", at=T0),
    ]
    assert first_attempt_scores(reviews) == {"ann": {"q1": 0}, "bob": {"q1": 1}}


def test_rest_scores_leave_the_item_out() -> None:
    scores = {"ann": {"q1": 1, "q2": 0, "q3": 0}, "bob": {"q1": 1}}
    assert rest_scores(scores, "q1") == {"ann": 0.0}
    assert rest_scores(scores, "q2") == {"ann": 0.5}


def test_most_common_wrong_ignores_case_and_right_answers() -> None:
    reviews = [
        Review("a", "q", "wrong", "Paris"),
        Review("b", "q", "wrong", "paris "),
        Review("c", "q", "wrong", "Rome"),
        Review("d", "q", "right", "Baku"),
        Review("e", "q", "right", "Baku"),
        Review("f", "q", "right", "Baku"),
    ]
    assert most_common_wrong(reviews) == ("Paris", 2)
    assert most_common_wrong([Review("a", "q", "right", "x")]) == ("", 0)


def synthetic_class() -> tuple[list[str], list[Review], Bank]:
    """Ten students of known ability; q_easy everyone gets, q_hard only the top three,
    q_bad only the bottom three (a miskeyed question), q_mid the top half."""
    students = [f"s{i:02d}" for i in range(1, 11)]
    ability = {s: i for i, s in enumerate(students, 1)}  # s10 strongest
    rules = {
        "q_easy": lambda a: True,
        "q_hard": lambda a: a >= 8,
        "q_bad": lambda a: a <= 3,
        "q_mid": lambda a: a >= 6,
        "q_fill": lambda a: a >= 5,
    }
    reviews = []
    for minute, (qid, rule) in enumerate(rules.items()):
        for s in students:
            right = rule(ability[s])
            given = "Baku" if right else ("Ganja" if ability[s] % 2 else "ganja")
            reviews.append(
                Review(s, qid, "right" if right else "wrong", given, T0 + timedelta(minutes=minute))
            )
    questions = [
        Question(
            id=qid,
            kind="short_answer",
            prompt=f"Prompt of {qid}?",
            answer="Baku",
            section="History" if qid == "q_hard" else "Army",
        )
        for qid in rules
    ]
    return students, reviews, Bank(title="Test", source=Source(title="Test"), questions=questions)


def test_build_report_ranks_hardest_first_and_spots_the_bad_item() -> None:
    students, reviews, bank = synthetic_class()
    report = build_report("Class 7A", students, reviews, [bank], flagged={"q_bad"})
    order = [q.question_id for q in report.questions]
    assert order == ["q_bad", "q_hard", "q_mid", "q_fill", "q_easy"]
    by_id = {q.question_id: q for q in report.questions}
    assert by_id["q_hard"].pct_right == pytest.approx(0.3)
    assert by_id["q_hard"].section == "History"
    assert by_id["q_hard"].common_wrong.casefold() == "ganja"
    assert by_id["q_hard"].common_wrong_count == 7
    assert by_id["q_hard"].discrimination == pytest.approx(1.0)
    assert by_id["q_bad"].discrimination < 0
    assert by_id["q_bad"].point_biserial < 0
    assert by_id["q_hard"].point_biserial > 0.5
    assert by_id["q_easy"].discrimination == pytest.approx(0.0)
    assert by_id["q_easy"].point_biserial is None
    assert by_id["q_bad"].flagged and not by_id["q_hard"].flagged
    assert report.hardest is by_id["q_bad"]


def test_student_rows_count_accuracy_mastery_and_last_active() -> None:
    reviews = [
        Review("ann", "q1", "wrong", "x", T0),
        Review("ann", "q1", "right", "y", T0 + timedelta(hours=1)),
        Review("ann", "q2", "close", "z", T0 + timedelta(hours=2)),
        Review("zed", "q1", "right", "y", T0),  # not in the class: ignored
    ]
    report = build_report("C", ["ann", "bob"], reviews)
    ann, bob = report.students
    assert (ann.answered, ann.reviews) == (2, 3)
    assert ann.accuracy == pytest.approx(2 / 3)  # close counts as right
    assert ann.last_active == T0 + timedelta(hours=2)
    assert (bob.answered, bob.accuracy, bob.last_active) == (0, None, None)
    by_id = {q.question_id: q for q in report.questions}
    assert by_id["q1"].attempts == 2 and by_id["q1"].students == 1


def test_render_text_names_the_hardest_question() -> None:
    students, reviews, bank = synthetic_class()
    text = render_text(build_report("Class 7A", students, reviews, [bank]))
    assert "Hardest question: q_bad in section 'Army': Prompt of q_bad?" in text
    assert text.index("q_bad") < text.index("q_easy")
    assert "s01" in text


def test_render_csv_has_both_tables_and_defuses_formulas() -> None:
    reviews = [Review("=HYPERLINK(1)", "q1", "wrong", "@SUM(A1)", T0)]
    text = render_csv(build_report("C", ["=HYPERLINK(1)"], reviews))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["Students"] and rows[2][0] == "student"
    assert rows[3][0] == "'=HYPERLINK(1)"
    question_header = rows.index(["Questions (hardest first)"]) + 1
    assert rows[question_header][0] == "question"
    assert rows[question_header + 1][5].startswith("'@SUM(A1)")


def test_render_html_escapes_everything() -> None:
    reviews = [Review("<script>alert(1)</script>", "q1", "wrong", "<b>&", T0)]
    page = render_html(build_report("A & B <c>", ["<script>alert(1)</script>"], reviews))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "A &amp; B &lt;c&gt;" in page
    assert "&lt;b&gt;&amp;" in page
    assert 'class="hardest"' in page


def long_class() -> tuple[list[str], list[Review], Bank]:
    """A class with long names, sections, prompts and wrong answers, and ids with hyphens."""
    students = ["Alexandra Konstantinopoulou-Smythe", "Bo"]
    section = "History > Early modern period > Wars of the Three Kingdoms and their aftermath"
    questions = [
        Question(
            id=f"sh-e226d03e8d{i:02d}",
            kind="short_answer",
            prompt="In which year did the parliament of the kingdom pass the act " * 3 + "?",
            answer=f"SECRET-ANSWER-{i}",
            section=section,
        )
        for i in range(3)
    ]
    reviews = [
        Review(s, q.id, "wrong" if s == "Bo" else "right", "a very long wrong answer " * 4, T0)
        for s in students
        for q in questions
    ]
    return students, reviews, Bank(title="T" * 150, source=Source(title="T"), questions=questions)


def test_reports_never_show_the_correct_answers() -> None:
    students, reviews, bank = long_class()
    report = build_report("Class 7A", students, reviews, [bank])
    for page in (render_text(report), render_csv(report), render_html(report)):
        assert "SECRET-ANSWER" not in page
        assert "In which year did the parliament" in page


def test_text_report_fits_100_columns() -> None:
    students, reviews, bank = long_class()
    text = render_text(build_report("Class 7A " * 20, students, reviews, [bank]))
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "sh-e226d03e8d00" in text and "Alexandra Konstanti" in text
    assert "Wars of the Three Kingdoms and their aftermath"[-10:] in text  # the deepest heading


def test_csv_figures_are_numbers_and_unknowns_empty() -> None:
    reviews = [Review("ann", "q1", "right", "", T0), Review("bob", "q1", "wrong", "-5", T0)]
    report = build_report("C", ["ann", "bob", "cy"], reviews)
    rows = list(csv.reader(io.StringIO(render_csv(report))))
    header = rows.index(["Questions (hardest first)"]) + 1
    question = dict(zip(rows[header], rows[header + 1], strict=True))
    assert question["% right"] == "50%"
    assert question["discrimination (D)"] == "1.00"
    assert question["point-biserial"] == ""  # undefined: no other item
    assert question["most common wrong answer"] == "'-5 (x1)"  # text a sheet would run
    students = {row[0]: dict(zip(rows[2], row, strict=True)) for row in rows[3:6]}
    assert students["ann"]["accuracy"] == "100%" and students["bob"]["accuracy"] == "0%"
    assert students["cy"]["accuracy"] == "" and students["cy"]["last active"] == ""
    assert students["cy"]["answered"] == "0"
    quoted = [cell for row in rows for cell in row if cell.startswith("'")]
    assert quoted == ["'-5 (x1)"]  # figures are never quoted, only risky text


def test_html_question_ids_do_not_break() -> None:
    students, reviews, bank = long_class()
    page = render_html(build_report("C", students, reviews, [bank]))
    assert '<td class="id">sh-e226d03e8d00</td>' in page
    assert "td.id{white-space:nowrap" in page


def test_lead_questions_are_in_the_introduction_everywhere() -> None:
    reviews = [Review("ann", "q1", "wrong", "x", T0), Review("bob", "q1", "right", "", T0)]
    question = Question(id="q1", kind="short_answer", prompt="Lead?", answer="A", section="")
    bank = Bank(title="B", source=Source(title="B"), questions=[question])
    report = build_report("C", ["ann", "bob"], reviews, [bank])
    assert "q1               (introduction)" in render_text(report)
    assert "in section '(introduction)'" in render_text(report)
    assert ",(introduction)," in render_csv(report)
    assert "<td>(introduction)</td>" in render_html(report)
