"""Review R44 (unseen articles, now tuning articles): past the lead, facts are statements."""

from __future__ import annotations

from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.items import SentenceItems
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject
from quiz.generator.wikitext import parse_article

ARTICLE = (
    "QQQExampletonQQQ is a market town in [[Ruritania]], founded by [[Ann Roe]] in 1850.\n\n"
    "== History ==\nThe market hall of Exampleton was inaugurated by [[Bob Smith]] in 1901.\n"
    "Exampleton was proclaimed a borough by [[Carl Jones]] in March 1907.\n"
).replace("QQQ", "'" * 3)  # (major events: since stop 56 a detail's year makes no statement,
# statements.minor_dated)


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


def test_an_article_of_side_matters_gets_statements_but_no_changed_side_figure() -> None:
    # R45: banks that fell back to side matters (fewer than five questions otherwise) passed
    # 29 of 47, their gaps 24 of 42; the other banks 42 of 46. A false statement changes a
    # figure only in a sentence close to the lead, even there ("dotted with 371 rivers").
    text = ARTICLE + "Exampleton has 371 ponds and lakes in its parish.\n"
    facts = extract_facts(parse_article("Exampleton", text))
    loose = SentenceItems(facts, entity_types(facts), 0, min_share=-1.0)
    assert options(loose, "1901") <= {"tf_true", "tf_false"}
    assert options(loose, "1901")
    assert options(loose, "371") <= {"tf_true"}


def test_a_bank_with_no_false_statement_holds_no_true_one() -> None:
    # 3c69960 let a bank of under ten statements hold two more true than false ones; R46
    # judged those extra true statements 20 of 35 (of the lead 14 of 18, past it 6 of 17),
    # the other items 52 of 63. Then one, the lead's first; since R273 none: a bank's lone
    # true statement (R272-R273: 42 of 60) makes answering True always right.
    text = (
        "QQQExampletonQQQ is a market town in [[Ruritania]], on the [[River Exe]].\n\n"
        "== History ==\nExampleton was founded by [[Ann Roe]], a merchant from [[Oldport]].\n"
        "The market hall of Exampleton was built by [[Bob Smith]], the architect of [[Newtown]].\n"
        "== Economy ==\nExampleton is known for its wool market and its cheese fair.\n"
    ).replace("QQQ", "'" * 3)
    bank = build_bank("Exampleton", text)
    statements = [q for q in bank.questions if q.kind == "true_false"]
    assert statements == []
    assert bank.questions == []  # (its lead, always True, was its only candidate)


def test_a_founding_place_with_its_year_is_asked_for_the_year() -> None:
    # R44: "Foundation: London (1930)" gave "When was Boosey & Hawkes founded in 1930?" -> London.
    text = (
        "{{Infobox company\n| name = Exampleton Works\n| foundation = [[London]] (1930)\n}}\n"
        "QQQExampleton WorksQQQ is a British [[music publishing]] company.\n"
    ).replace("QQQ", "'" * 3)
    bank = build_bank("Exampleton Works", text)
    founded = [q for q in bank.questions if "founded" in q.prompt]
    assert founded, [q.prompt for q in bank.questions]
    for q in founded:
        assert "in 1930?" not in q.prompt
        assert q.answer == "1930" or q.kind == "true_false", (q.prompt, q.answer)


def test_an_event_named_by_its_generic_word_alone_leans_on_the_text_before() -> None:
    # R45: "In 28 at-bats during the Series, Smith scored three runs": which series?
    roe = Subject("Ben Roe", "Roe", person=True)
    assert prepare("In 28 at-bats during the Series, Roe scored three runs.", [], roe) is None
    assert prepare("Roe scored three runs in the Final of the Cup.", [], roe) is None
    named = prepare("In 28 at-bats during the 1982 World Series, Roe scored three runs.", [], roe)
    assert named is not None
    # The subject's own kind is the subject: "the Series" in a series' article.
    series = Subject("1982 World Series", "the 1982 World Series", kinds=frozenset({"series"}))
    own = prepare("The Series was the first to be played at night.", [], series)
    assert own is not None and "1982 World Series" in own.text
