"""Stop 57: past the lead, the subject's own deeds are asked with a gap, not only stated: a
key deed's year ("Vark joined the Ash Group in _____ (year)") and a name in a sentence the
subject leads; never a birth or a death there (the infobox and the lead ask those), and no
statement of an undated sentence (R51)."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.facts import extract_facts
from quiz.generator.generate import entity_types
from quiz.generator.items import SentenceItems
from quiz.generator.spans import Span
from quiz.generator.substance import deed_gap, led_by_subject
from quiz.generator.wikitext import parse_article

BODY = (
    "Vark joined the [[Ash Group]] in 1931 and painted murals for it. "
    "In 1935, a storm destroyed the harbour of [[Exaville]]. "
    "Vark was born in [[Oslo]] in 1901 to a family of sailors. "
    "Vark studied under the painter [[Lena Moor]] in [[Bergen]].\n"
)
TEXT = (
    f"{Q}Kit Vark{Q} (1901–1980) was a Norwegian painter who joined the [[Ash Group]] "
    f"in 1931.\n\n== Career ==\n{BODY}"
)


def _options() -> dict[str, dict[str, list[str]]]:
    """Each body sentence's gap values and the kinds of item each may give."""
    facts = extract_facts(parse_article("Kit Vark", TEXT))
    items = SentenceItems(facts, entity_types(facts), 0)
    return {
        s.text: {f.value: sorted(f.options) for f in items.items(s)}
        for s in facts.sentences
        if s.section
    }


def test_a_key_deeds_year_past_the_lead_is_a_gap() -> None:
    options = _options()
    joined = next(v for t, v in options.items() if t.startswith("Vark joined"))
    assert "cloze" in joined.get("1931", []), options


def test_a_year_of_what_the_subject_did_not_do_is_no_gap() -> None:
    options = _options()
    storm = next(v for t, v in options.items() if "storm" in t)
    assert not any({"cloze", "short_answer"} & set(kinds) for kinds in storm.values()), options


def test_a_birth_past_the_lead_is_no_gap() -> None:
    options = _options()
    born = next(v for t, v in options.items() if "was born" in t)
    assert not any({"cloze", "short_answer"} & set(kinds) for kinds in born.values()), options


def test_an_undated_sentence_of_the_body_gives_no_statement() -> None:
    options = _options()
    studied = next(v for t, v in options.items() if "studied" in t)
    assert not any("tf_true" in kinds for kinds in studied.values()), options


def test_deed_gap_takes_a_name_only_where_the_subject_leads() -> None:
    facts = extract_facts(parse_article("Kit Vark", TEXT))
    led = next(s for s in facts.sentences if s.text.startswith("Vark studied"))
    name = Span(led.text.index("Lena"), led.text.index("Lena") + 9, "Lena Moor", "entity")
    led_by = lambda text: led_by_subject(text, facts)  # noqa: E731
    assert deed_gap(led, name, False, led_by)
    storm = next(s for s in facts.sentences if "storm" in s.text)
    harbour = Span(storm.text.index("Exaville"), len(storm.text) - 1, "Exaville", "entity")
    assert not deed_gap(storm, harbour, False, led_by)
    lead = next(s for s in facts.sentences if not s.section)
    year = Span(lead.text.index("1931"), lead.text.index("1931") + 4, "1931", "year")
    assert not deed_gap(lead, year, True, led_by)  # (the lead has its own rules)


def test_a_gap_run_into_what_follows_is_not_made() -> None:
    facts = extract_facts(parse_article("Kit Vark", TEXT))
    items = SentenceItems(facts, entity_types(facts), 0)
    sentence = next(s for s in facts.sentences if s.text.startswith("Vark joined"))
    glued = sentence.text.replace("Ash Group in", "Ash Group(1930) in")
    start = glued.index("Ash Group")
    span = Span(start, start + 9, "Ash Group", "entity")
    probe = type(sentence)(glued, sentence.section, [span], "", -1, sentence.index)
    assert items.gapped(probe, span) is None
    fine = Span(sentence.text.index("1931"), sentence.text.index("1931") + 4, "1931", "year")
    assert items.gapped(sentence, fine) is not None
