"""Stop 56's rules, each measured on every strict review since R290: an answer the article
tells once is not asked, nor an infobox line its text never tells (a birth, a position, a
party, a taxon's rank apart), nor a true/false statement dated by a detail's year."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.facts import InfoboxFact, extract_facts
from quiz.generator.generate import entity_types
from quiz.generator.items import FactItems, SentenceItems
from quiz.generator.mentions import asked_told, mentions, returned_to, told_text
from quiz.generator.statements import minor_dated
from quiz.generator.structured import StructuredItems
from quiz.generator.wikitext import parse_article
from quiz.model import Question


def _fact(value: str, sentence: int = 3, context: str = "", accept: tuple = ()) -> FactItems:
    fact = FactItems("k", sentence, context or f"In {value} it happened.", "", "year", 1.0)
    fact.value = value
    fact.options["cloze"] = Question("c", "cloze", "In _____ it happened.", value)
    fact.options["cloze"].accept = list(accept)
    fact.options["tf_true"] = Question("t", "true_false", f"In {value} it happened.", "True")
    return fact


def test_a_sentences_answer_told_once_is_not_asked_but_its_statement_stays() -> None:
    told = "In 1973 he joined the senate. He left in 1979."
    once = _fact("1973")
    assert mentions(once, told) == 1
    assert not returned_to(once, told, [])
    kept = asked_told([once], told, [])
    assert [list(f.options) for f in kept] == [["tf_true"]]  # (statements were not measured)
    twice = told + " The senate of 1973 was new."
    assert returned_to(_fact("1973"), twice, [])
    born = [InfoboxFact("term_start", "Term start", "3 June 1973", "date")]
    assert returned_to(_fact("1973"), told, born)  # (an infobox line gives it too)


def test_a_name_counts_whole_words_and_its_longer_accepted_forms() -> None:
    told = "He served President Ilham Aliyev. Aliyevsky Street. Ilham Aliyev spoke."
    fact = _fact("President Ilham Aliyev", accept=("Ilham Aliyev", "Aliyev"))
    assert mentions(fact, told) == 2  # ("Aliyev" alone would count the street: one word, no)
    assert mentions(_fact("Aliyev"), "Aliyevsky Street") == 0  # (whole words only)


def test_a_short_dates_year_is_what_is_counted() -> None:
    assert mentions(_fact("March 1991"), "It was released in 1991; by 1991 it sold well.") == 2


def test_an_infobox_line_the_text_never_tells_is_not_asked() -> None:
    line = InfoboxFact("designer", "Designer", "Ada Vole", "text")
    fact = _fact("Ada Vole", sentence=-1, context="Designer: Ada Vole")
    assert not returned_to(fact, "The game was first sold in 1970.", [line])
    assert returned_to(fact, "It was designed by Ada Vole.", [line])
    for name in ("position", "ordo", "party", "birth_place", "Place of death"):
        classing = InfoboxFact(name, name.title(), "Ada Vole", "text")
        fact = _fact("Ada Vole", sentence=-1, context=f"{classing.label}: Ada Vole")
        assert returned_to(fact, "Nothing here.", [classing]), name


def test_told_text_holds_lists_and_tables_but_not_the_infobox() -> None:
    text = (
        "{{Infobox company\n| name = Exco\n| founder = Kit Vark\n}}\n"
        f"{Q}Exco{Q} is a firm in Exton. It makes bells.\n\n== Products ==\n"
        "Its products include:\n* Brass bells\n* Iron bells\n\n"
        '{| class="wikitable"\n! Year !! Bell\n|-\n| 1901 || Big Tom\n|}\n'
    )
    told = told_text(extract_facts(parse_article("Exco", text)))
    assert "Brass bells" in told and "Big Tom" in told
    assert "Kit Vark" not in told


def test_an_infobox_school_the_text_never_names_is_not_asked() -> None:
    box = (
        "{{Infobox person\n| name = Kit Vark\n| birth_date = 1950\n"
        "| alma_mater = [[Exton University]]\n}}\n"
    )
    body = f"{Q}Kit Vark{Q} (born 1950) is an Exlandic writer of crime novels.\n"

    def asked(text: str) -> set[str]:
        facts = extract_facts(parse_article("Kit Vark", text))
        made = StructuredItems(SentenceItems(facts, entity_types(facts), 0)).infobox()
        assert any(f.value == "Exton University" for f in made)  # (the infobox stage makes it)
        kept = asked_told(made, told_text(facts), facts.infobox)
        return {q.answer for f in kept for q in f.options.values()}

    assert "Exton University" not in asked(box + body)
    assert "1950" in asked(box + body)  # (a birth is asked all the same)
    named = body + "\n== Life ==\nVark read law at Exton University from 1968.\n"
    assert "Exton University" in asked(box + named)


def test_a_statement_dated_by_a_details_year_is_not_made() -> None:
    assert minor_dated("In 2004, OfficeMax unveiled a new mascot called Rubberband Man.")
    assert minor_dated('Jørgensen was elected "Dane Of The Year" in 1984.')
    assert not minor_dated("The Port Adelaide Cricket Club was founded in 1881.")
    assert not minor_dated("The Red Army invaded Azerbaijan on 28 April 1920.")
    assert not minor_dated("The club plays in red and white.")


def test_whole_words_counts_as_the_word_bounded_pattern_does() -> None:
    # (mentions scans the article's text with str.find: the same counts as the pattern)
    import random
    import re

    from quiz.generator.mentions import _whole_words

    rng = random.Random(56)
    pieces = ["a", "b", "1", "_", " ", "é", ".", "ab", "²", "\u0301"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        form = "".join(rng.choice(["a", "b", "1", "é", " ", "."]) for _ in range(rng.randint(1, 3)))
        expected = len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", text))
        assert _whole_words(form, text) == expected, (form, text)
    assert _whole_words("Ada", "Ada, Adam and Ada_ or Ada.") == 2
