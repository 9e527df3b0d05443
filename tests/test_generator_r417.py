"""R417-R418 (fresh pool p116, code 6c1b12a), mended in general: a template the renderer cannot
read leaves a control character where it stood, and no question may carry one ("By what other
name is Naval Air Station Corpus Christi \\x00 known?")."""

from __future__ import annotations

import re

from test_generator_r73 import Q
from test_generator_stop60 import _aliases

from quiz.generator.generate import build_bank

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def test_an_other_name_beside_an_unread_template_is_not_asked() -> None:
    coded = (
        f"{Q}Naval Air Station Exville{Q} {{{{Airport codes|NGP|KNGP}}}}, also known as "
        f"{Q}Wyland Field{Q}, is a naval base in Texas."
    )
    assert _aliases("Naval Air Station Exville", coded) == {}  # (R417's pool: "\x00 known?")
    plain = coded.replace(" {{Airport codes|NGP|KNGP}}", "")
    assert _aliases("Naval Air Station Exville", plain) == {
        "By what other name is Naval Air Station Exville known?": "Wyland Field"
    }


def test_no_question_carries_a_control_character() -> None:
    text = (
        f"The {Q}1907 Exville bank robbery{Q}, also known as the Wyland Square "
        "expropriation, was an armed robbery on 26 June 1907{{Unread note|x}} in the city "
        "of Exville.\n"
    )
    bank = build_bank("1907 Exville bank robbery", text)
    asked = {q.prompt: q for q in bank.questions}
    other = asked["By what other name was the 1907 Exville bank robbery known?"]
    assert "26 June 1907 in the city" in other.context  # (its source, the mark taken out)
    for question in bank.questions:
        shown = [question.prompt, question.answer, question.context, *question.choices]
        assert not any(CONTROL.search(text) for text in shown), question
