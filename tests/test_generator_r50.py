"""The last read after R50: no figure is the false value of two statements in one bank."""

from __future__ import annotations

import re

from test_generate import seed_text, shared_articles

from quiz.generator.facts import extract_facts
from quiz.generator.generate import _questions, _with_lead_life, entity_types
from quiz.generator.items import SentenceItems
from quiz.generator.mentions import told_text
from quiz.generator.wikitext import parse_article


def test_no_two_false_statements_put_in_the_same_figure() -> None:
    # The bundled bank had "In 2001, the US donated 3 motorboats", "In 2001 an agreement ..."
    # and "... the Non-Aligned Movement in 2001", all False: a learner who has seen the
    # pattern marks 2001 False without the article.
    checked = 0
    for title, text in [seed_text(), *shared_articles()]:
        taken: list[str] = []
        facts = _with_lead_life(
            extract_facts(parse_article(title, text))
        )  # (the selection's statements:
        for q in _questions(
            facts, told_text(facts), SentenceItems(facts, entity_types(facts), 0)
        ):  # a lone false one
            # leaves the bank since stop 53)
            if q.kind == "true_false" and q.answer == "False":
                figure = r"\d(?:[\d,.]*\d)?"
                taken += set(re.findall(figure, q.prompt)) - set(re.findall(figure, q.context))
                checked += 1
        assert len(taken) == len(set(taken)), (title, taken)
    assert (
        checked >= 2
    )  # (of the selection; 11 at R108; 9 since stop 40, a lead that tells a nationality; 7
    # since stop 43: no false year of a minor event, R220; 3 since stop 47: a life's date is
    # asked, never stated false; 2 since stop 52: no statement over 16 words)
