"""No lone false statement: a bank's true/false items are never all False."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.generate import build_bank


def test_a_bank_has_no_false_statement_without_a_true_one() -> None:
    # R326-R333: across each sample the false statements were one swapped nationality per
    # bank ("Theodore A. Silva is a British baseball coach"), the true ones rare: a learner
    # who answered "a nationality means False" scored every one
    text = (
        "{{Infobox person\n| name = Ned Oss\n| birth_date = 5 May 1950\n"
        "| birth_place = [[Exton]]\n}}\n"
        f"{Q}Ned Oss{Q} (born 5 May 1950) is an [[United States|American]] baseball coach "
        "and former pitcher.\n"
    )
    questions = build_bank("Ned Oss", text).questions
    assert questions, "the bank keeps its other items"
    statements = [q.answer for q in questions if q.kind == "true_false"]
    assert "False" not in statements or "True" in statements, statements
