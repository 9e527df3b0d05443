"""Review R44 (unseen articles, now tuning articles): past the lead, facts are statements."""

from __future__ import annotations

from quiz.generator.facts import extract_facts
from quiz.generator.generate import entity_types
from quiz.generator.items import SentenceItems
from quiz.generator.wikitext import parse_article

ARTICLE = (
    "QQQExampletonQQQ is a market town in [[Ruritania]], founded by [[Ann Roe]] in 1850.\n\n"
    "== History ==\nThe market hall of Exampleton was built by [[Bob Smith]] in 1901.\n"
    "Exampleton was granted a charter by [[Carl Jones]] in March 1907.\n"
).replace("QQQ", "'" * 3)


def options(items: SentenceItems, value: str) -> set[str]:
    facts = items.facts
    return {
        o for s in facts.sentences for f in items.items(s) if f.value == value for o in f.options
    }


def test_past_the_lead_a_date_or_a_name_is_asked_as_a_statement() -> None:
    # Blind reviews R24-R43: gaps (cloze, typed answer, choices) on sentences past the lead
    # passed 390 of 670 (58%), every other item 833 of 1053 (79%); in R44, 21 of 32 against
    # 44 of 47. Past the lead a fact is asked as a true or false statement.
    facts = extract_facts(parse_article("Exampleton", ARTICLE))
    strict = SentenceItems(facts, entity_types(facts), 0)
    for value in ("1901", "Bob Smith", "Carl Jones"):
        found = options(strict, value)
        assert found, value
        assert found <= {"tf_true", "tf_false"}, (value, found)
    assert {"cloze", "short_answer"} & options(strict, "1850")  # the lead keeps its gaps


def test_an_article_of_side_matters_still_keeps_its_gaps() -> None:
    # A bank of fewer than five questions falls back to every item of every sentence.
    facts = extract_facts(parse_article("Exampleton", ARTICLE))
    loose = SentenceItems(facts, entity_types(facts), 0, min_share=-1.0)
    assert "cloze" in options(loose, "1901")
