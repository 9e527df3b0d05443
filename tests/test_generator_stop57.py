"""Stop 57: a gap never runs into what follows it ("_____(1987)"), a false nationality is none
the infobox gives, and a title's apposition is closed by a comma in a prompt ("Where was
Arthur Balfour, 1st Earl of Balfour, born?").
(Stop 57 also tried gaps of the subject's deeds past the lead: strict rounds R377-R384
accepted 71 of 89, and they were taken out again; see README, "Items".)"""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.facts import extract_facts
from quiz.generator.generate import entity_types
from quiz.generator.items import SentenceItems
from quiz.generator.spans import Span, run_on
from quiz.generator.tidy import closed
from quiz.generator.wikitext import parse_article

TEXT = f"{Q}Kit Vark{Q} (1901–1980) was a Norwegian painter who joined the [[Ash Group]] in 1931.\n"


def test_a_gap_run_into_what_follows_is_not_made() -> None:
    facts = extract_facts(parse_article("Kit Vark", TEXT))
    items = SentenceItems(facts, entity_types(facts), 0)
    sentence = facts.sentences[0]
    glued = sentence.text.replace("Ash Group in", "Ash Group(1930) in")
    start = glued.index("Ash Group")
    span = Span(start, start + 9, "Ash Group", "entity")
    assert run_on(glued, span)
    probe = type(sentence)(glued, sentence.section, [span], "", -1, sentence.index)
    assert items.gapped(probe, span) is None
    year = Span(sentence.text.index("1931"), sentence.text.index("1931") + 4, "1931", "year")
    assert not run_on(sentence.text, year)
    assert items.gapped(sentence, year) is not None


def test_a_titles_apposition_is_closed_before_the_words_after_it() -> None:
    title = "Arthur James Balfour, 1st Earl of Balfour"
    asked = closed(f"Where was {title} born?", title)
    assert asked == "Where was Arthur James Balfour, 1st Earl of Balfour, born?"
    party = closed(f"Which political party did {title} represent?", title)
    assert party.endswith("Balfour, represent?")
    assert closed(f"{title} died in _____ (year).", title).startswith(f"{title}, died")
    place = "Dollar Point, California"
    assert closed(f"{place} is a census-designated place.", place).startswith(f"{place}, is")


def test_a_suffix_or_a_title_at_the_end_gets_no_comma() -> None:
    junior = "Anthony Erwin Randolph, Jr."
    assert closed(f"Where was {junior} born?", junior) == f"Where was {junior} born?"
    firm = "Acme Films, Inc."
    assert closed(f"{firm} was founded in _____ (year).", firm).startswith(f"{firm} was")
    book = "Aradia, or the Gospel of the Witches"
    assert closed(f"Who wrote {book}?", book) == f"Who wrote {book}?"
    assert closed("X, Y's book is old.", "X, Y") == "X, Y's book is old."


def test_a_false_nationality_is_none_the_infobox_gives() -> None:
    import random

    from quiz.generator.nationality import other_nationality

    first = "Kit Vark was a Canadian news anchor and news director."
    picked = {other_nationality(first, first, "Kit Vark", random.Random(s))[1] for s in range(40)}
    assert "Scottish" in picked  # (without the infobox line it may be chosen)
    ethnic = {
        other_nationality(first, first, "Kit Vark", random.Random(s), "Scottish ; Toronto")[1]
        for s in range(40)
    }
    assert "Scottish" not in ethnic and ethnic, ethnic  # ("Ethnicity: Scottish", R386)


def test_an_office_given_twice_in_other_words_has_no_one_term() -> None:
    from quiz.generator.careers import same_post
    from quiz.generator.facts import InfoboxFact
    from quiz.generator.offices import first_post_lines, office_blocks

    def box(*fields: tuple[str, str]) -> list[InfoboxFact]:
        return [InfoboxFact(n, n, v, "text") for n, v in fields]

    first = "Minister of Religious Affairs of the Republic of Exland"
    twice = box(
        ("office", first),
        ("term_start", "21 January 1950"),
        ("predecessor", "Ann Roe"),
        ("office2", "Minister of Religious Affairs of Exland"),
        ("term_start2", "3 April 1952"),
        ("predecessor2", "Bea Wyton"),
    )
    assert same_post(first, "Minister of Religious Affairs of Exland")
    kept = {f.name for f in first_post_lines(twice, twice, first)}  # (numbered lines are the
    assert not {"term_start", "predecessor"} & kept  # blocks', never the first post's)
    assert office_blocks(twice, first) == []  # (neither term has its one answer)
    lieutenant = box(
        ("office", "Lieutenant Governor of Exland"),
        ("term_start", "1971"),
        ("office2", "Governor of Exland"),
        ("term_start2", "1974"),
    )
    assert not same_post("Lieutenant Governor of Exland", "Governor of Exland")
    assert first_post_lines(lieutenant, lieutenant, "Lieutenant Governor of Exland") == lieutenant
    (block,) = office_blocks(lieutenant, "Lieutenant Governor of Exland")  # (another office:
    assert block.office == "Governor of Exland"  # each term has its one answer)
    other = box(
        *(
            (n, "Minister of Finance" if n == "office2" else f.value)
            for n, f in ((f.name, f) for f in twice)
        )
    )
    assert first_post_lines(other, other, first) == other  # (two offices: one answer each)
    assert [b.office for b in office_blocks(other, first)] == ["Minister of Finance"]


def test_a_birth_or_death_the_text_hedges_is_not_asked() -> None:
    from quiz.generator.facts import InfoboxFact
    from quiz.generator.lifetime import hedged_life

    died = InfoboxFact("death_date", "Death date", "1929", "year")
    place = InfoboxFact("death_place", "Death place", "Yeadon", "text")
    born = InfoboxFact("birth_date", "Birth date", "1909", "year")
    flood = "His death has been reportedly as early as 1889, in a flood. He played ball."
    assert hedged_life(died, flood) and hedged_life(place, flood)
    assert not hedged_life(born, flood)  # (the birth is not the one in doubt)
    assert hedged_life(born, "Officially, he was born on June 23, 1909.")
    assert hedged_life(born, "Reportedly born in Weston, he became a monk.")
    plain = "He was rumored to be ill at the time, but he died in London in 1695."
    assert not hedged_life(died, plain)  # (the hedge is about the illness)
    assert not hedged_life(InfoboxFact("party", "Party", "Whig", "text"), flood)


def test_a_hedge_on_something_else_being_born_is_no_hedge_of_the_life() -> None:
    from quiz.generator.facts import InfoboxFact
    from quiz.generator.lifetime import hedged_life

    born = InfoboxFact("birth_date", "Birth date", "1863", "year")
    movement = "The congress agreed, and the modern Olympic movement was officially born."
    assert not hedged_life(born, movement)
    assert hedged_life(born, "The congress agreed. His birth was never officially recorded.")
