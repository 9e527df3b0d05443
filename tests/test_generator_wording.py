"""Generator stages, wording: sentence ends, names kept whole, places named another way."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from quiz.generator import statements
from quiz.generator.acronyms import Acronym, spell_out
from quiz.generator.answers import (
    BOUND,
    YEAR_LIST,
    reject_answer,
    shares_title,
    visible_elsewhere,
)
from quiz.generator.checks import (
    count_year,
    false_ok,
    plausible_name,
    prompt_problem,
    same_head_choices,
    source_name,
    statement_ok,
    unique_person_gap,
    unit_in_prompt,
)
from quiz.generator.choices import number_choices, readable, year_choices
from quiz.generator.definites import no_article, resolve_backrefs
from quiz.generator.derive import YEARS_FROM, derivable
from quiz.generator.entities import EntityTypes, TypeCollector
from quiz.generator.facts import Facts, Sentence, bare_surname, extract_facts
from quiz.generator.falsify import (
    false_statement_value,
    false_year,
    within_heading,
)
from quiz.generator.gaps import HINTS
from quiz.generator.gazetteer import continent_of, gazetteer_type, outside_continent
from quiz.generator.general import HIGH_OFFICE_GAP, NAMED_EVENT
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.ingest import prepare_wikitext
from quiz.generator.insitu import insitu_question
from quiz.generator.items import FactItems, SentenceItems
from quiz.generator.lexicon import former_state_years, named_by_adjective
from quiz.generator.questions import _lower_first, who_question
from quiz.generator.references import (
    Context,
    Edits,
    heading_is_a_name,
    resolve_person,
    resolve_start_pronoun,
)
from quiz.generator.select import select
from quiz.generator.sentences import split_sentences, usable_sentence
from quiz.generator.spans import Span, find_spans
from quiz.generator.standalone import RELATIVE_TIME, drop_parentheticals, prepare
from quiz.generator.structured import StructuredItems
from quiz.generator.subject import Subject
from quiz.generator.substance import names_something
from quiz.generator.typeclues import head_type, person_like
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import SIDE_CLAUSE, garbled_question, lonely_both, wh_after_modifier
from quiz.generator.wrong import election_years
from quiz.model import Question

TOWN = Subject("Exampleton", "Exampleton", kinds=frozenset({"town", "parish"}))


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_title_before_a_name_does_not_end_the_sentence() -> None:
    # Split after "Rev." the second half was "John Roe, the only minister to sign it."
    text = "The assembly was convened by the Rev. John Roe, the only minister to sign it. It met."
    assert sentences(text) == [
        "The assembly was convened by the Rev. John Roe, the only minister to sign it.",
        "It met.",
    ]
    assert sentences("Lt. Col. Ann Roe came. She left.") == ["Lt. Col. Ann Roe came.", "She left."]
    # "Jr." often does end a sentence.
    assert sentences("He spoke beside Ann Roe Jr. Smith was the only other speaker.") == [
        "He spoke beside Ann Roe Jr.",
        "Smith was the only other speaker.",
    ]


def test_brackets_glued_to_a_name_are_part_of_it() -> None:
    def without_asides(text: str) -> str:
        edits = Edits(text)
        drop_parentheticals(text, edits)
        return edits.apply([])[0]

    glued = "The largest congregation in the EC(USA) is in Exampleton."
    assert without_asides(glued) == glued  # not "in the EC is in Exampleton"
    aside = "The church (founded in 1706) is in Exampleton."
    assert without_asides(aside) == "The church is in Exampleton."
    chained = "The foundation is a 501(c)(3) charity in Exampleton."
    assert without_asides(chained) == chained  # not "a 501(c) charity"


def test_a_place_named_by_its_adjective_is_given_away() -> None:
    assert named_by_adjective("Soviet Union", "The Russian abacus lost ground after 1974")
    assert named_by_adjective("United States", "America the Beautiful")
    assert named_by_adjective("China", "The Chinese abacus came to Korea")
    assert named_by_adjective("Germany", "the German army")
    assert not named_by_adjective("Korea", "The Chinese abacus came to")
    assert not named_by_adjective("Kentucky", "Kent")
    assert not named_by_adjective("Kent", "The Kentucky Derby")
    assert not named_by_adjective("Austria", "The Australian team")


def test_a_country_in_the_title_gives_the_answer_away() -> None:
    span = Span(0, 13, "United States", "entity")
    prompt = "The song is sung in churches in which country?"
    assert prompt_problem(prompt, span, Facts("America the Great"))
    assert not prompt_problem(prompt, span, Facts("Exampleton Hymn"))


def test_a_false_year_is_clearly_off_and_not_a_year_of_the_same_section() -> None:
    # 1742 -> 1746 (the year of the next event in the paragraph) was "a trick year".
    for seed in range(20):
        year = false_year(1742, [], [1746, 1760], 1800, random.Random(seed), frozenset({1746}))
        assert year is not None and year != 1746 and abs(year - 1742) >= 5


def test_a_full_date_is_never_typed() -> None:
    facts = Facts("Exampleton")
    items = SentenceItems(facts, entity_types(facts), 0)
    assert not items.typable(Span(0, 11, "May 7, 2026", "date"))
    assert not items.typable(Span(0, 10, "7 May 2026", "date"))
    assert items.typable(Span(0, 8, "May 2026", "date"))
    assert items.typable(Span(0, 4, "2026", "year"))


def test_which_comes_before_the_year_of_a_film() -> None:
    text = "Exampleton was featured in the 2002 film About Schmidt."
    start = text.index("About")
    span = Span(start, start + 13, "About Schmidt", "entity")
    question = insitu_question(Sentence(text, "", [span]), span, "film", "work")
    assert question == "Exampleton was featured in which 2002 film?"  # not "the 2002 which film"


def test_only_a_heading_that_names_one_thing_stands_for_the_noun() -> None:
    assert heading_is_a_name("Exampleton Military History Museum")
    assert not heading_is_a_name("Film career outside the Soviet Union")  # "the film"
    assert not heading_is_a_name("Fort Henry, Fort Donelson, Nashville")  # "the fort"


def test_a_time_of_day_with_no_date_points_outside() -> None:
    assert prepare("In the evening, a new case was registered in Exampleton.", [], TOWN) is None


def test_a_subject_written_in_lower_case_anchors_its_sentences() -> None:
    text = "The aardwolf has two anal glands that secrete a musky fluid."
    prepared = prepare(text, [], Subject("Aardwolf", "aardwolf"))
    assert prepared is not None and prepared.text == text


def test_the_same_as_says_what_it_is_the_same_as() -> None:
    assert not RELATIVE_TIME.search("The aardwolf is in the same family as the hyenas.")
    assert RELATIVE_TIME.search("The teeth are the same.")


def test_a_staff_post_of_the_day_is_not_asked_from_the_infobox() -> None:
    # "Who is the managing editor of the Toronto Star?": a staff detail that changes.
    for field in ("editor", "managing editor", "editor-in-chief", "minister"):
        assert infobox_question(field, field.capitalize(), "the Exampleton Star") is None
    assert infobox_question("founder", "Founder", "the Exampleton Star") is not None


def test_only_the_leads_dates_are_asked_to_the_day() -> None:
    # "On _____ (date), FIFA signed a deal with TikTok": the day of a detail is not worth it.
    wikitext = "'''Exampleton''' is a town in [[Ruritania]]; the Red Army invaded it in 1920."
    facts = extract_facts(parse_article("Exampleton", wikitext))
    items = SentenceItems(facts, entity_types(facts), 0)
    text = "Exampleton received its charter on 12 March 1901 from King Rudolf."
    (day,) = [s for s in find_spans(text, []) if s.type == "date"]
    assert items.fact(Sentence(text, "", [day], "", -1, 0), day) is not None
    assert items.fact(Sentence(text, "Culture", [day], "", -1, 0), day) is None
    pick = "Exampleton was selected as a 'Pick of the Day' by the Exton Times on 12 March 1901."
    (day,) = [s for s in find_spans(pick, []) if s.type == "date"]
    assert items.fact(Sentence(pick, "", [day], "", -1, 0), day) is None  # (a detail, R239)
    war = "The Red Army invaded Exampleton on 28 April 1920."
    (start,) = [s for s in find_spans(war, []) if s.type == "date"]
    assert items.fact(Sentence(war, "History", [start], "", -1, 1), start) is not None


def test_a_bare_surname_is_given_its_full_name() -> None:
    facts = Facts("Ben Roe")
    facts.subject = Subject("Ben Roe", "Roe", person=True)
    facts.surnames = {"Solon": {"Laura Solon"}, "Smith": {"Ann Smith", "Bob Smith"}}
    text = "Roe co-wrote the film with Solon in 2010."
    assert bare_surname(text, [], facts) == ("Roe co-wrote the film with Laura Solon in 2010.", [])
    assert bare_surname("Roe co-wrote the film with Smith in 2010.", [], facts) is None  # which?
    assert bare_surname("Roe toured with Queen in 2010.", [], facts) == (
        "Roe toured with Queen in 2010.",
        [],
    )
    # R19: "In Matthew and Mark" is two single names, not "Matthew and John Mark"; after the
    # subject's own name the partner still gets a full name.
    facts.surnames["Mark"] = {"John Mark"}
    text = "In Matthew and Mark, the women found the tomb empty."
    assert bare_surname(text, [], facts) == (text, [])
    assert bare_surname("Roe and Solon met in 2010.", [], facts) == (
        "Roe and Laura Solon met in 2010.",
        [],
    )
    # A year that the prompt's range ends with: "Between 1894–96 ... replaced in _____".
    assert derivable("1896", "Between 1894–96 the club was renamed and replaced in ", "")


def test_the_tail_of_a_cut_quotation_is_no_sentence() -> None:
    assert not usable_sentence('Auto" and Aldrin continued "Mode control – both auto.')


def test_figures_and_false_statements_come_from_central_sentences() -> None:
    # Blind reviews: false statements on sentences sharing <= 30% of their words with the lead
    # and infobox were accepted 33% of the time ("a trick on a minor detail"), figures 58%.
    wikitext = (
        "'''Exampleton''' is a market town in [[Ruritania]], known for its cathedral and its "
        "annual cheese fair.\n\n== History ==\nThe cathedral of Exampleton was consecrated "
        "in 1120 by the bishop of Ruritania.\n\n== Sport ==\nThe [[Exampleton Darts Club]], "
        "founded in 1987, played 644 matches at the Red Lion pub.\n"
    )  # (a founding: since stop 56 a detail's year makes no statement, statements.minor_dated)
    facts = extract_facts(parse_article("Exampleton", wikitext))
    items = SentenceItems(facts, entity_types(facts), 0)
    central, side = [s for s in facts.sentences if s.section]
    assert items.central(central) and not items.central(side)
    assert not [f for f in items.items(side) if f.value in ("644", "1987")]
    assert not [f for f in items.items(side) if "tf_false" in f.options]
    loose = SentenceItems(facts, entity_types(facts), 0, min_share=-1.0)
    # (where side matters are wanted the sentence is asked; since stop 56 no figure of a
    # sentence is a gap, and it is stated whole)
    assert [set(f.options) for f in loose.items(side)] == [{"tf_true"}]


def test_a_side_matter_is_asked_only_as_a_statement() -> None:
    # Blind reviews: typed answers and choices from side sentences were accepted 42-54% of the
    # time ("Who performed at Adams's memorial service?"), gaps in them 46%, statements 82%;
    # an article of side matters only gets them as statements too (R45: 24 of its 42 gaps).
    wikitext = (
        "'''Exampleton''' is a market town in [[Ruritania]], known for its cathedral and its "
        "annual cheese fair.\n\n== Sport ==\nThe darts team of the Red Lion pub was coached by "
        "[[Ann Roe]] for many seasons.\n"
    )
    facts = extract_facts(parse_article("Exampleton", wikitext))
    side = [s for s in facts.sentences if s.section][0]
    strict = SentenceItems(facts, entity_types(facts), 0)
    loose = SentenceItems(facts, entity_types(facts), 0, min_share=-1.0)
    kinds = {o for f in strict.items(side) for o in f.options}
    assert not kinds & {"short_answer", "mcq", "cloze"}
    assert not {o for f in loose.items(side) for o in f.options} & {"short_answer", "mcq"}


def test_an_article_of_side_matters_gets_no_false_statement_of_them() -> None:
    # A year of a side matter is no longer changed (R94-R95: 3 of 12 such false statements
    # passed); alone, its true statement would let "always True" pass, so nothing is asked.
    wikitext = (
        "'''Exampleton''' is a place.\n\n== Sport ==\nThe [[Exampleton Darts Club]] played "
        "its first match at the [[Red Lion]] pub in 1987.\n"
    )
    bank = build_bank("Exampleton", wikitext)
    assert not bank.questions


def _article(title: str, wikitext: str) -> Facts:
    return extract_facts(parse_article(title, wikitext))


def _dropped(subject: Subject, *texts: str) -> None:
    """Each of ``texts`` leans on the sentences around it: no stand-alone form of it is made."""
    for text in texts:
        assert prepare(text, [], subject, Context()) is None, text


def _year_in(title: str, wikitext: str, year: str) -> tuple[SentenceItems, Sentence, Span]:
    """The items of a one-sentence article, its sentence, and the span of ``year`` in it."""
    facts = _article(title, wikitext)
    sentence = facts.sentences[0]
    return (
        SentenceItems(facts, entity_types(facts), 0),
        sentence,
        next(s for s in sentence.swappable if s.text == year),
    )


def test_a_band_is_no_person() -> None:
    # "He continued his project Recoil" had become "Mode continued ..." in a band's article.
    band = (
        "{{Infobox musical artist\n| name = Exampleton Mode\n| background = group_or_band\n}}\n"
        "'''Exampleton Mode''' are an English electronic band formed in Exampleton in 1980.\n"
    )
    assert not _article("Exampleton Mode", band).subject.person
    no_box = "'''Exampleton Mode''' are an English electronic band formed in 1980.\n"
    assert not _article("Exampleton Mode", no_box).subject.person
    solo = band.replace("group_or_band", "solo_singer").replace(
        "are an English electronic band", "is an English singer"
    )
    assert _article("Exampleton Mode", solo).subject.person


def test_it_under_a_heading_that_names_another_thing_is_ambiguous() -> None:
    # Under "George clothing": "Asda has a range known as George ... It replaced the older
    # labels": "It" is the range, not Asda.
    shop = Subject("Exampleton Stores", "Exampleton Stores", kinds=frozenset({"company"}))
    previous = "Exampleton Stores has its own range of clothing known as George."
    context = Context(heading="George clothing", previous=previous, topic="Exampleton Stores")
    text = "It replaced the older clothing labels of the 1970s."
    assert not resolve_start_pronoun(text, shop, context, Edits(text))
    plain = Context(heading="History", previous=previous, topic="Exampleton Stores")
    assert resolve_start_pronoun(text, shop, plain, Edits(text))


def test_no_prompt_names_another_items_answer() -> None:
    # "Mercury joined guitarist Brian May and drummer Roger Taylor ..." beside "... with which
    # drummer?" (Roger Taylor): the second is given away by the first.
    def fact(key: str, index: int, kind: str, prompt: str, answer: str) -> FactItems:
        item = FactItems(key, index, prompt, "", "entity", 1.0)
        question = Question(id=key, kind=kind, prompt=prompt, answer=answer, context=prompt)
        item.options[kind] = question
        return item

    first = fact("a", 0, "cloze", "In 1970 Ann Roe joined drummer Bob Smith in a band.", "1970")
    second = fact(
        "b", 1, "short_answer", "Ann Roe formed the band with which drummer?", "Bob Smith"
    )
    third = fact("c", 2, "short_answer", "Ann Roe was born in which town?", "Exampleton")
    prompts = [q.prompt for q in select([first, second, third])]
    assert (
        first.options["cloze"].prompt in prompts and third.options["short_answer"].prompt in prompts
    )
    assert second.options["short_answer"].prompt not in prompts


def test_half_a_year_pair_and_only_give_a_figure_away() -> None:
    facts = Facts("Aristotle")
    year = Span(0, 3, "348", "number")
    assert prompt_problem("Aristotle left Athens in _____ (number)/47 BC.", year, facts)
    assert prompt_problem("The club has only _____ (number) wins.", year, facts)
    assert not prompt_problem("The club has _____ (number) wins.", year, facts)


def test_a_possessive_name_takes_no_article() -> None:
    assert no_article("Plato's Academy")  # not "remained at the Plato's Academy"
    assert not no_article("Ministry of Defence")


def test_what_was_under_way_when_written_is_no_statement() -> None:
    assert not statement_ok("Exampleton is holding talks with Ruritania to buy ten aircraft.")
    assert not statement_ok("The new airport is expected to open in Exampleton by 2017.")
    assert statement_ok("Exampleton bought ten aircraft from Ruritania in 2017.")


def test_a_false_year_stays_within_the_years_of_its_heading() -> None:
    assert within_heading(1995, "Band history > 1990s")
    assert not within_heading(2010, "Band history > 1990s")  # visibly false
    assert not within_heading(1975, "Tour (1981–1982)")
    assert within_heading(1975, "Early life")


def test_no_false_statement_reverses_a_word() -> None:
    # "density decreases ... but remains less than that of water": the rest tells the truth.
    wikitext = "'''Exampleton''' is a market town in [[Ruritania]]. It is known for its cheese.\n"
    facts = extract_facts(parse_article("Exampleton", wikitext))
    items = SentenceItems(facts, entity_types(facts), 0)
    text = "Cheese sales in Exampleton increased sharply after the Ruritanian railway came."
    sentence = Sentence(text, "", [], "", -1, 5)
    sentence.anchored = True
    statement = items.statement(sentence)
    assert statement is not None and set(statement.options) == {"tf_true"}
    # Nor in an article of side matters (a reversed word was the last resort until R45).
    side = SentenceItems(facts, entity_types(facts), 0, min_share=-1.0).statement(sentence)
    assert side is not None and set(side.options) == {"tf_true"}


def test_a_relation_is_no_kind_to_ask_which_of() -> None:
    text = "Exampleton was founded by Andries Roe."
    start = text.index("Andries")
    span = Span(start, start + 11, "Andries Roe", "entity")
    assert insitu_question(Sentence(text, "", [span]), span, "father", "person") is None
    assert insitu_question(Sentence(text, "", [span]), span, "priest", "person") == (
        "Exampleton was founded by which priest?"
    )


def test_true_statements_are_at_most_three_in_five() -> None:
    from quiz.generator.select import Bank

    bank = Bank()
    assert not bank.room_for_true()  # a first statement is a false one
    bank.counts["tf_false"] = 1
    assert bank.room_for_true()
    bank.counts["tf_true"] = 1
    assert not bank.room_for_true()  # not 2 to 1 (67%)
    bank.counts["tf_false"] = 2
    assert bank.room_for_true()  # 3 to 2 (60%)


def test_a_tables_other_columns_are_not_asked() -> None:
    # "which rider finished first?" (Ann Rider) is asked; "which tyre is listed for Ann Rider?"
    # no longer (stop 48: R282 failed "which motorcycle is listed for ...?", R62-R63 had failed
    # 2 of 3 such items; a manufacturer or team column is the rider's all season)
    from test_generator_stages import RACE

    bank = build_bank("Exampleton Grand Prix", RACE.replace("! Manufacturer", "! Tyres"))
    first = [q for q in bank.questions if "finished first" in q.prompt and q.kind != "true_false"]
    assert first and not [q for q in bank.questions if "listed for" in q.prompt]


def test_a_year_with_no_room_above_gets_no_choices_at_another_rank() -> None:
    # Review R7: made-up years all below the answer made "the latest year" right every time.
    years = list(range(1990, 2021))
    for rank in (0, 1, 2):
        assert year_choices("2020", years, [], random.Random(rank), rank, 2020) == []
    # (nor at its own rank since stop 59: choices that fit only "latest" left the answer the
    # latest of four in 15 of 25 year choices, R405)
    assert year_choices("2020", years, [], random.Random(3), 3, 2020) == []
    top = year_choices("2010", years, [], random.Random(3), 3, 2020)
    assert len(top) == 3 and all(int(y) < 2010 for y in top)


def test_a_lists_pairs_are_not_asked() -> None:
    # "Which one goes with Donetsk Railway?": blind reviews accepted 7 of 16 such items.
    items = [("Founders", 1), ("River", 5), ("Harvest", 9), ("Bell", 14)]
    wikitext = "'''Exampleton''' is a town.\n\n== Holidays ==\nThe town keeps these holidays:\n"
    wikitext += "".join(f"* [[{name} Day]] – {day} May\n" for name, day in items)
    bank = build_bank("Exampleton", wikitext)
    assert not [q for q in bank.questions if "goes with" in q.prompt or "Day" in q.prompt]


def publishers_asked(terms: list[str]) -> set[str]:
    """The publishers a bank asks about, from a list "Ann Roe (1899–1948)", ... of ``terms``."""
    names = ["Ann Roe", "Bob Roe", "Cy Roe", "Di Roe", "Ed Roe"]
    wikitext = "'''The Exampleton Star''' is a newspaper the Roe family has run.\n\n"
    wikitext += "== Publishers ==\n"  # (holders the text names elsewhere too: no list trivia)
    wikitext += "".join(f"* {name} ({years})\n" for name, years in zip(names, terms, strict=True))
    bank = build_bank("The Exampleton Star", wikitext)
    return {q.answer for q in bank.questions if "publisher" in q.prompt}


def test_only_long_terms_of_a_post_are_asked() -> None:
    # "Who was the director from 2016 to 2017?" among twenty short terms was trivia.
    asked = publishers_asked(["1899–1948", "1948–1966", "2004–2006", "2008", "2009–present"])
    assert asked and asked <= {"Ann Roe", "Bob Roe"}


def test_convert_ranges_read_as_words_and_unit_codes_are_debris() -> None:
    from quiz.generator.units import render_convert

    assert render_convert(["60", "and(-)", "80", "kg"]) == "60 and 80 kg"  # not "60 and(-)"
    assert render_convert(["5", "to(-)", "7", "acre"]) == "5 to 7 acres"
    assert render_convert(["400", "koilbbl/d"]) is None  # "400 koilbbl/d" in a sentence
    assert render_convert(["3", "metres"]) == "3 metres"


def test_an_infobox_date_field_is_asked_as_a_when_question() -> None:
    assert infobox_question("opened_date", "Opened date", "the Exampleton Hotel") == (
        "When was the Exampleton Hotel opened?"  # not "what is the opened date of"
    )


def test_another_example_points_outside() -> None:
    assert RELATIVE_TIME.search("Ann Roe is another example of an early ethnographer.")


def test_a_gap_completing_a_well_known_event_is_given_away() -> None:
    span = Span(0, 10, "Yugoslavia", "entity")
    facts = Facts("Exampleton")
    for prompt in (
        "Exampleton was bombed during the 1999 NATO bombing of which country?",
        "Exampleton grew after the fall of the _____.",
        "Exampleton held its first election after independence from which country?",
    ):
        assert prompt_problem(prompt, span, facts), prompt
    assert not prompt_problem("In 1999 Exampleton sent troops to which country?", span, facts)


def test_at_most_three_holders_of_a_post_the_longest_terms() -> None:
    asked = publishers_asked(["1899–1948", "1948–1966", "1966–1988", "1988–1994", "1995–2004"])
    assert asked and asked <= {"Ann Roe", "Bob Roe", "Cy Roe"}


def test_even_steps_between_wrong_numbers_do_not_single_out_the_answer() -> None:
    # 11,528 | 12,415 | 13,302 (887 apart) left 8,868 the odd one out (review R8).
    for rank in range(4):
        values = sorted(
            float(v.replace(",", ""))
            for v in [*number_choices("8,868", random.Random(rank), rank), "8,868"]
        )
        gaps = [b - a for a, b in zip(values, values[1:], strict=False)]
        assert len(values) == 4 and max(gaps) < 3 * min(gaps)


def test_a_source_line_or_a_quotation_lead_in_is_no_sentence() -> None:
    assert not usable_sentence("Source: Data from Ann Roe, Presidential ballots, 1836-1892 pp 247.")
    assert not usable_sentence(
        "Historian Ann Roe describes the campaign tactics: Beyond his platform, Polk pledged "
        "to serve only one term."
    )
    assert usable_sentence("In 1844 Polk pledged to serve only one term as President.")


def test_a_year_named_by_its_last_two_digits_is_given_away() -> None:
    span = Span(0, 4, "1995", "year")
    facts = Facts("Exampleton")
    assert prompt_problem(
        "In _____ (year), the frigate visited the Idex-95 exhibitions.", span, facts
    )
    assert not prompt_problem("In _____ (year), the frigate sailed with 95 men.", span, facts)


def test_a_name_with_a_short_word_of_the_title_is_given_away() -> None:
    # "Which lake at the outskirts of the town?" - "Bela Crkva lakes" in "Bela Crkva, Banat".
    assert shares_title("Bela Crkva lakes", "Bela Crkva, Banat")
    assert not shares_title("Red Army", "Azerbaijani Armed Forces")


def test_an_open_infobox_field_is_not_asked() -> None:
    # "In which industry is Hortonworks?": the lead says "big data" and "data management" too.
    assert infobox_question("industry", "Industry", "Exampleton Software") is None


def test_a_region_of_the_country_asked_for_gives_it_away() -> None:
    # "the frigate visited Norfolk, Virginia in which country?" (review R8)
    span = Span(0, 13, "United States", "entity")
    facts = Facts("Exampleton (frigate)")
    assert prompt_problem("The frigate visited Norfolk, Virginia in which country?", span, facts)
    assert not prompt_problem("The frigate visited Norfolk in which country?", span, facts)
    # The subject itself may be a region: "Aruba ... within which kingdom?" is no give-away.
    aruba = Facts("Aruba")
    kingdom = Span(0, 25, "Kingdom of the Netherlands", "entity")
    assert not prompt_problem("Aruba is an autonomous state within which kingdom?", kingdom, aruba)


def test_one_item_per_sentence() -> None:
    # Reviews failed the second of two items from one sentence: each prints the other's answer
    # ("about 106 aircraft and _____ helicopters" beside "about _____ aircraft and 35 ...").
    from test_generate import seed_text

    bank = build_bank(*seed_text())
    contexts = Counter(q.context for q in bank.questions)
    assert max(contexts.values()) == 1


def test_a_war_named_by_its_place_pins_its_year() -> None:
    # "Since the start of the War in Donbass in April 2007": the war's name says 2014.
    assert NAMED_EVENT.search("Since the start of the War in Donbass in April 2014, it grew.")
    assert NAMED_EVENT.search("The fort was built during the War of 1812.")
    assert not NAMED_EVENT.search("The war ended in 1945 in Exampleton.")


def test_one_item_per_name() -> None:
    # "Who made himself rich ...?" and "_____ was hanged in 1699" both asked William Chaloner.
    def fact(key: str, index: int, prompt: str, answer: str) -> FactItems:
        item = FactItems(key, index, prompt, "", "entity", 1.0)
        item.options["cloze"] = Question(
            id=key, kind="cloze", prompt=prompt, answer=answer, context=prompt
        )
        return item

    first = fact("a", 0, "_____ was hanged at Tyburn in 1699.", "Ann Roe")
    second = fact("b", 1, "_____ made herself rich enough to pose as a lady.", "Ann Roe")
    third = fact("c", 2, "_____ founded the mint in 1690.", "Bob Smith")
    assert [q.answer for q in select([first, second, third])] == ["Ann Roe", "Bob Smith"]


def test_a_true_statement_names_something() -> None:
    # Blind reviews: true statements with no figure and no name but the subject's were
    # accepted 54% of the time ("Pretoria is served internally by metropolitan routes").
    assert not names_something(
        "Exampleton is served internally by metropolitan routes.", "Exampleton"
    )
    assert not names_something("The snorkelling at Exampleton's reef is underrated.", "Exampleton")
    assert names_something("Exampleton is served by the Ruritanian railways.", "Exampleton")
    assert names_something("Exampleton is served by two railways since 1901.", "Exampleton")
    wikitext = (
        "'''Exampleton''' is a market town in [[Ruritania]].\n\n== Transport ==\n"
        "Exampleton is served internally by [[metropolitan routes]].\n"
    )
    facts = extract_facts(parse_article("Exampleton", wikitext))
    side = [s for s in facts.sentences if s.section][0]
    items = SentenceItems(facts, entity_types(facts), 0)
    assert not [f for f in items.items(side) if "tf_true" in f.options]


def test_a_question_word_never_stands_for_a_modifier() -> None:
    assert wh_after_modifier("Ann Roe met fellow which student?")
    assert wh_after_modifier("Roe joined the jury for the French fashion which award?")
    assert wh_after_modifier("The museum was in Teacher House at 57 which street?")
    assert not wh_after_modifier("In 1920, the Exampleton Church absorbed which church?")
    assert not wh_after_modifier("In 1929, Ann Roe was the first star to visit which country?")
    assert not wh_after_modifier("Exampleton lies on the coast of which sea?")
    assert not wh_after_modifier("In the 2008 Exampleton Prix, which rider finished second?")


def test_no_gap_leaves_its_abbreviation_point_behind() -> None:
    facts = _article("Exampleton", "'''Exampleton''' is a film made by Example Bros. in 1990.\n")
    span = Span(0, 12, "Example Bros", "entity")
    assert prompt_problem("_____. made Exampleton in 1990.", span, facts)
    assert not prompt_problem("_____ made Exampleton in 1990.", span, facts)


def test_no_wrong_year_before_the_year_in_the_title() -> None:
    # "HMS Surinam (1805) ... in February 1800": the title rules the false year out.
    wikitext = "'''HMS Exampleton''' was a ship launched in 1805 and sold in 1825.\n"
    items, sentence, span = _year_in("HMS Exampleton (1805)", wikitext, "1805")
    assert 1804 in items.year_anchors(sentence, span)
    # (eight tries: choices that leave the answer off an even run of the others are refused)
    made = [items.choices(sentence, span, f"k{n}", random.Random(n)) for n in range(8)]
    assert all(int(y) >= 1805 for wrong in made for y in wrong)
    # (since stop 59 no choices at all: every set would have the answer the earliest, R405)
    assert not any(made)


def test_a_deed_in_the_year_of_the_death_gets_no_later_wrong_year() -> None:
    # R12 drafts: "the first sitting President to have his photograph taken, on Inauguration
    # Day in 1849" (he died in 1841): a false year after the death is told by the death.
    box = "{{Infobox person\n| birth_date = 1773\n| death_date = April 4, 1841\n}}\n"
    wikitext = box + "'''Ada Quill''' opened the Exampleton bridge on Inauguration Day in 1841.\n"
    items, sentence, span = _year_in("Ada Quill", wikitext, "1841")
    assert 1842 in items.year_anchors(sentence, span)
    made = [items.choices(sentence, span, f"{n:04x}", random.Random(n)) for n in range(8)]
    assert all(int(y) < 1841 for wrong in made for y in wrong)
    # (since stop 59 no choices at all: every set would have the answer the latest, R405)
    assert not any(made)


def test_a_year_beside_its_neighbour_is_given_away() -> None:
    facts = _article("Ann Roe", "'''Ann Roe''' is a rugby player.\n")
    span = Span(0, 4, "1986", "year")
    assert prompt_problem("Roe played for Exampleton in _____ (year) and 1987.", span, facts)
    assert prompt_problem("Roe played for Exampleton in 1985 and _____ (year).", span, facts)
    assert not prompt_problem("Roe played for Exampleton in _____ (year) and 1995.", span, facts)
    assert not prompt_problem("Roe studied at Exampleton from _____ (year) to 1995.", span, facts)
    # (a range's end a year off the other is given away too, R257)
    assert prompt_problem("Roe studied at Exampleton from _____ (year) to 1987.", span, facts)


def test_an_object_pronoun_needs_someone_else_to_mean() -> None:
    # R9: "Commander Charles Crole succeeded him from April 1823" (who?), "... and sailed her".
    subject = Subject("HMS Exampleton", "HMS Exampleton", False, "", frozenset({"ship"}))
    assert prepare("Commander Ann Roe succeeded him in 1823.", [], subject) is None
    assert (
        prepare("In 1812, Commander Ann Roe took command and sailed her to Spain.", [], subject)
        is None
    )
    kept = prepare("Ann Roe met Bob Smith, who hired him in 1823.", [], subject)
    assert kept is not None


def test_the_year_of_a_count_is_not_asked() -> None:
    # R9: "Spark had in excess of 1000 contributors in _____ (year)": a statistic's date.
    text = "Exampleton had in excess of 1000 contributors in 2015."
    spans = find_spans(text, [])
    assert [s.type for s in spans if s.text == "1000"] == ["number"]
    year = next(s for s in spans if s.text == "2015")
    assert count_year(Sentence(text, "History", spans), year)
    text = "Roe endorsed the Example S7 phone in 2014."
    year = next(s for s in find_spans(text, []) if s.text == "2014")
    assert not count_year(Sentence(text, "History", [year]), year)


def test_the_source_of_a_claim_is_not_asked() -> None:
    # R9: "By the estimations of _____, the Group involved 41 persons in total."
    text = "By the estimations of Ann Roe, the Exampleton Group involved 41 persons in total."
    name = Span(text.index("Ann"), text.index("Ann") + 7, "Ann Roe", "entity")
    assert source_name(Sentence(text, "Members", [name]), name)
    text = "Exampleton is the player recommended for Windows by Ann Roe Audio."
    name = Span(text.index("Ann"), text.index("Ann") + 13, "Ann Roe Audio", "entity")
    assert source_name(Sentence(text, "Features", [name]), name)
    text = "The Exampleton Group was founded by Ann Roe in 1976."
    name = Span(text.index("Ann"), text.index("Ann") + 7, "Ann Roe", "entity")
    assert not source_name(Sentence(text, "History", [name]), name)


def test_what_followed_needs_what_it_followed() -> None:
    # R9: "Fayno and Chudovy svit followed in _____ (year)." (followed what?)
    assert RELATIVE_TIME.search("Two more albums followed in 2016.")
    assert RELATIVE_TIME.search("Other nations followed suit in 1995.")
    assert not RELATIVE_TIME.search("The album was followed by a tour in 1990.")


def test_a_language_is_no_surname() -> None:
    # R9: "sounds from Persian and English" had become "... and Even English" ("Even" is a
    # given name, and the article wrote "Even English" elsewhere).
    article = parse_article(
        "Exampletic alphabet",
        "The '''Exampletic alphabet''' is old. Even English borrowed from it. It has letters "
        "for sounds from Persian and English. Ann Solon wrote about it.",
    )
    facts = extract_facts(article)
    assert "English" not in facts.surnames and "Solon" in facts.surnames
    assert any("Persian and English." in s.text for s in facts.sentences)


def test_sentences_that_lean_on_the_one_before() -> None:
    # Blind reviews: "In a similar vein, _____ ... showed", "A previous solo veteran flight had
    # been made on Soyuz 1", "The first zoo to have one was London Zoo".
    assert RELATIVE_TIME.search("In a similar vein, Ann Roe showed that it was wrong.")
    assert RELATIVE_TIME.search("A previous solo flight had been made in 1967 by Ann Roe.")
    assert RELATIVE_TIME.search("The first zoo to have one was the Exampleton Zoo in 1869.")
    assert not RELATIVE_TIME.search("The Exampleton Zoo has one of the largest collections.")


def test_a_forecast_is_no_true_or_false_statement() -> None:
    # R8: "Chewbacca will be a playable character ..., which will come out in September."
    assert not statement_ok("Ann Roe will be a playable character in the Exampleton game.")
    assert statement_ok("Exampleton was founded by Will Roe in London in 2013.")


def test_a_generic_capitalised_name_needs_its_owner() -> None:
    # Blind review: "In 2001, the Foundation opened the Andre Agassi College Preparatory
    # Academy" (which foundation?); in the Group's own article "the Group" is the subject.
    wikitext = (
        "The '''Exampleton Helsinki Group''' was a rights group founded in 1976 in [[Kyiv]].\n\n"
        "== Members ==\nIn 1980 the Group had 41 members in [[Kyiv]] and [[Lviv]].\n"
        "In 2001, the Foundation opened a school in [[Kyiv]] for 200 pupils.\n"
        "Ann Roe studied in 1957 at the Institute of the South in [[Sewanee]].\n"
    )
    texts = [s.text for s in _article("Exampleton Helsinki Group", wikitext).sentences]
    assert any("41 members" in t for t in texts)
    assert any("Institute of the South" in t for t in texts)
    assert not any("opened a school" in t for t in texts)


def test_a_return_among_several_is_not_dated() -> None:
    # R9: "In what year did Porter return to England?" (he returned in 1813, 1826 and 1841).
    wikitext = (
        "'''Ann Roe''' (1777–1842) was a painter who returned to England in 1806.\n\n"
        "== Later life ==\nRoe returned to England in 1841 and died in 1842.\n"
    )
    facts = _article("Ann Roe", wikitext)
    later = [s for s in facts.sentences if s.section][0]
    year = next(s for s in later.swappable if s.text == "1841")
    assert SentenceItems(facts, entity_types(facts), 0).repeated_event(later, year)
    once = _article(
        "Ann Roe",
        "'''Ann Roe''' (1777–1842) was a painter.\n\n== Life ==\nRoe returned to Wessex in 1841.\n",
    )
    only = [s for s in once.sentences if s.section][0]
    items = SentenceItems(once, entity_types(once), 0)
    assert not items.repeated_event(only, next(s for s in only.swappable if s.text == "1841"))


def test_a_wrong_year_stays_within_a_former_state_the_sentence_names() -> None:
    # R9: "created in 1994 in Kyiv, in the Ukrainian SSR of the Soviet Union" (gone by 1991).
    wikitext = "'''Exampleton Band''' is a band created in 1986 in the Ukrainian SSR.\n"
    items, sentence, span = _year_in("Exampleton Band", wikitext, "1986")
    assert {1916, 1992} <= set(items.year_anchors(sentence, span))
    assert former_state_years("born in West Germany") == (1949, 1990)
    assert former_state_years("born in Germany") is None


def test_a_broken_rewrite_is_no_question() -> None:
    assert garbled_question("In what year was both a Super Audio CD version released?")
    assert garbled_question(
        "In the Exampleton Province, a first case. and a case in which province?"
    )
    assert garbled_question("Which ocean did the first stage impact at and the second stage at?")
    assert garbled_question("In what year did Roe write and co-directed the film Smoke?")
    assert not garbled_question("In what year did Roe write and direct the film Smoke?")
    assert not garbled_question("Roe was second in both years; which club did he join in 1990?")
    assert lonely_both("In 2003, both a Super Audio CD version was released.")
    assert not lonely_both("In 2003, both a CD and a DVD version were released.")


def test_years_pinned_by_the_sentence_get_no_wrong_values() -> None:
    # R10: "Mertvyi Piven ... formed in _____" under "History > 1980s" offered 2001, 1991,
    # 1996; "President Nicolas Sarkozy's visit in 1998"; "in 1750 ... soon died in 1751".
    wikitext = "'''Exampleton''' is a town in [[Ruritania]], founded in 1850 by Ann Roe.\n"
    facts = _article("Exampleton", wikitext)
    items = SentenceItems(facts, entity_types(facts), 0)
    text = "The Exampleton Band formed in 1985 in the town."
    year = Span(text.index("1985"), text.index("1985") + 4, "1985", "year")
    sentence = Sentence(text, "History > 1980s", [year])
    assert {1979, 1990} <= set(items.year_anchors(sentence, year))
    text = "Following French President Ann Roe's visit in 2008, relations improved."
    year = Span(text.index("2008"), text.index("2008") + 4, "2008", "year")
    assert items.choices(Sentence(text, "History", [year]), year, "k", random.Random(1)) == []
    assert YEARS_FROM.search("In 1750 Roe took the Great Schema and soon died in 1751.")
    assert YEARS_FROM.search("Roe signed an accord in 1975, shortly after independence.")


def test_more_broken_rewrites_and_leaning_sentences() -> None:
    # R10: "Who investigated puerperal fever and he discovered how it was caused?", "..., and
    # primarily in which province?", "did the Commission had register", "the Eastern Slavic
    # state of which state?"; "agreed to another synod", "An equally notable contribution".
    assert garbled_question("Who investigated the fever and he discovered its cause?")
    assert garbled_question("There are 4 million speakers, and primarily in which province?")
    assert garbled_question("How many observers did the Commission had register in 2014?")
    assert garbled_question("Exampletic architecture has roots in the state of which state?")
    assert not garbled_question("Who investigated the fever and discovered its cause?")
    assert RELATIVE_TIME.search("The council agreed to another synod, which met in May 1992.")
    assert RELATIVE_TIME.search("An equally notable contribution of Roe was the palace.")
    assert not RELATIVE_TIME.search("Roe saw art as a means to talk from one person to another.")
    text = "India had the largest economy, according to economic historian Ann Roe."
    name = Span(text.index("Ann"), text.index("Ann") + 7, "Ann Roe", "entity")
    assert source_name(Sentence(text, "Economy", [name]), name)
    text = "Subjective models are needed, as emphasized by Ann Roe and his followers."
    name = Span(text.index("Ann"), text.index("Ann") + 7, "Ann Roe", "entity")
    assert source_name(Sentence(text, "Models", [name]), name)


def test_a_rare_acronym_defined_paragraphs_before_is_written_out() -> None:
    # R10: "While Port Sudan was raided in August 1940, the SDF prevented an Italian advance."
    # (dropped until d34; now "the Sudan Defence Force (SDF) prevented ...").
    wikitext = (
        "'''Exampleton''' was a colony from 1899 to 1956.\n\n== Army ==\nThe Exampleton Defence "
        "Force (EDF) was formed in 1925 in [[Ruritania]].\n\n== War ==\nWhile Port Example was "
        "raided in August 1940, the EDF stopped an advance on [[Ruritania]].\n"
        "In 1941 the Unicode and the UCS were not yet used in [[Ruritania]].\n"
    )
    texts = [s.text for s in _article("Exampleton", wikitext).sentences]
    assert any("the Exampleton Defence Force (EDF) stopped an advance" in t for t in texts)
    assert any("Exampleton Defence Force (EDF)" in t or "formed in 1925" in t for t in texts)


def test_antarctica_is_no_country_beside_countries() -> None:
    # R10: "either South America or _____" offered Antarctica beside Argentina, Brazil ...
    assert gazetteer_type("Antarctica") == "continent"
    assert gazetteer_type("Argentina") == "country"


def test_no_country_outside_the_continent_the_sentence_names() -> None:
    # R10: Germany among the choices for where Islam, "the largest religion in Asia", began.
    assert outside_continent("Germany", "Islam is the largest religion in Asia.")
    assert not outside_continent("Saudi Arabia", "Islam is the largest religion in Asia.")
    assert not outside_continent("Germany", "Islam is the second largest religion.")
    assert not outside_continent("Antarctica", "Asia")  # no continent code: nothing known


def test_no_wrong_year_before_a_band_was_active() -> None:
    # R10: "In September 2004, [the band] released a new music video on YouTube" (formed 2010).
    wikitext = (
        "{{Infobox musical artist\n| name = Exampleton Band\n| background = group_or_band\n"
        "| years_active = 2010–present\n}}\n"
        "'''Exampleton Band''' is a band from [[Kyiv]].\n"
    )
    facts = _article("Exampleton Band", wikitext)
    items = SentenceItems(facts, entity_types(facts), 0)
    assert items.founded == 2010


def test_r11_rejects_stay_out() -> None:
    # Census figures written out, a past tense kept after "did", a gap the sentence calls
    # famous (R11).
    assert not statement_ok("The per capita income for Exampleton was $18,210 in 2000.")
    assert not statement_ok("In Exampleton, for every 100 females there were 91.0 males.")
    assert garbled_question("In what year did the band extend to festivals and came to Europe?")
    assert not garbled_question("In what year did the band extend to festivals and come to Europe?")
    facts = _article("Exampleton", "'''Exampleton''' is a town in [[Ruritania]].\n")
    span = Span(17, 24, "Ann Roe", "entity")
    assert prompt_problem(
        "The astrophysicist _____ is a famous example of the disability.", span, facts
    )
    assert not prompt_problem(
        "The astrophysicist _____ was born in Exampleton in 1942.", span, facts
    )


def test_a_false_election_year_keeps_the_cycle_the_article_shows() -> None:
    # R12: "the presidential election in 2007" (a four-year cycle); not so where the article's
    # elections keep no such cycle (Ukraine's: 1999, 2004, 2010).
    def cycle_avoided(elections: str) -> frozenset[int]:
        wikitext = f"'''Ann Roe''' (born 1947) is a politician. {elections}\n"
        facts = _article("Ann Roe", wikitext)
        items = SentenceItems(facts, entity_types(facts), 0)
        text = "For the presidential election in 2016 Roe endorsed Ann Smith."
        return items.off_cycle(Sentence(text, "Politics", []), 2016)

    four = "Roe ran in the presidential election in 1988 and in the presidential election in 1992."
    assert {2007, 2014} <= cycle_avoided(four) and 2012 not in cycle_avoided(four)
    five = "Roe ran in the presidential election in 1999 and in the presidential election in 2004."
    assert cycle_avoided(five) == frozenset()
    # R13: "Exampleton hosted the Summer Olympics in 1918": the games come every four years.
    facts = _article("Exampleton", "'''Exampleton''' is a city. It has a port.\n")
    items = SentenceItems(facts, entity_types(facts), 0)
    games = items.off_cycle(
        Sentence("Exampleton hosted the Summer Olympics in 1928.", "", []), 1928
    )
    assert {1918, 1930} <= games and not {1924, 1932} & games


def test_the_election_cycle_is_read_from_the_years_beside_the_election_words() -> None:
    # "Ran for President" counts, but only the year beside it: a birth year in the same
    # sentence broke the cycle of a vice president's bank when every year of it counted.
    told = "Roe, born in 1947 in Exampleton, ran for President in 2000."
    assert election_years(told) == {2000}
    assert election_years("In the 1988 presidential election Roe won 40 states.") == {1988}
    assert election_years("Roe moved to Exampleton in 1971 and sold the farm.") == set()


def test_r13_arithmetic_and_fixed_phrases_stay_out() -> None:
    # "Speer died ... on September 1, 1981 — exactly _____ years after World War II began":
    # the date and the war's start give it; "as productive use of his time as impossible".
    facts, span = Facts("Ann Roe"), Span(0, 2, "42", "number")
    died = "Roe died on September 1, 1981, exactly _____ (number) years after the war began."
    assert prompt_problem(died, span, facts)
    assert not prompt_problem("Roe served _____ (number) years after the war began.", span, facts)


def test_r14_names_in_the_prompt_and_for_his_part() -> None:
    # "James Clark Ross sailed through the Ross Sea and discovered which island?" (Ross
    # Island); "For his part, Gore has stated that he knew Leo ...": a reply to what?
    facts, island = Facts("Antarctica"), Span(0, 11, "Ross Island", "entity")
    ross = "In 1841 James Clark Ross sailed through the Ross Sea and discovered which island?"
    assert prompt_problem(ross, island, facts)
    other = "In 1841 James Clark Ross sailed through the Weddell Sea and discovered _____."
    assert not prompt_problem(other.replace("Ross", "Roe"), island, facts)
    united = Span(0, 14, "United Kingdom", "entity")  # "United" is an English word
    assert not prompt_problem("The United Nations met in which country?", united, facts)
    reply = "For his part, Quill has stated that he knew Leo but rarely travelled with him."
    quill = Subject("Ann Quill", "Quill", person=True, pronoun="he")
    assert prepare(reply, [], quill, Context()) is None


def test_r12_rejects_stay_out() -> None:
    # Wars among the choices of "which battle?"; "The senior Harrison"; a full stop left by a
    # cut citation; "Quayle As of 2016 is".
    wrong = ["Siege of Detroit", "Northwest Indian War", "Battle of Fallen Timbers", "Battle of X"]
    prompt = "Roe was the hero of which battle?"
    assert same_head_choices(prompt, "Battle of Tippecanoe", wrong) == wrong[2:]
    assert RELATIVE_TIME.search("The senior Roe was a planter and a signer of the Declaration.")
    assert not statement_ok("Roe was an elector in 1820 for Ann Smith. and an elector in 1824.")
    wikitext = "'''Ann Roe''' (born 1947) is a politician.\n\nRoe {{As of|2016}} is in [[Ohio]].\n"
    assert any("Roe as of 2016 is" in s.text for s in _article("Ann Roe", wikitext).sentences)


def test_subsequent_and_parts_of_a_measurement() -> None:
    # R12: "As a general in the subsequent War of 1812, ..." (subsequent to what?); "30 days,
    # _____ hours, and 30 minutes" (a part of a measurement).
    assert RELATIVE_TIME.search("As a general in the subsequent War of 1812, Roe fought.")
    facts = _article("Ann Roe", "'''Ann Roe''' was a president.\n")
    span = Span(0, 2, "12", "number")
    prompt = "Roe served 30 days, _____ (number) hours, and 30 minutes as president."
    assert prompt_problem(prompt, span, facts)
    assert not prompt_problem("Roe served _____ (number) days as president.", span, facts)


def test_a_he_after_someone_else_is_not_the_subject() -> None:
    # R12: "... sent diplomat Edmond-Charles Genêt to America. Genêt issued letters of marque.
    # He attempted to turn popular sentiment ..." had become "Washington attempted ...".
    subject = Subject("George Roe", "Roe", person=True, pronoun="he")
    text = "He attempted to turn popular sentiment towards France in 1793."
    genet = "Genêt issued letters of marque to American ships in 1793."
    assert prepare(text, [], subject, Context(previous=genet)) is None
    own = "In 1793 Roe proclaimed the neutrality of the country."
    resolved = prepare(text, [], subject, Context(previous=own))
    assert resolved is not None and resolved.text.startswith("Roe attempted")
    # "George and his half-brother" is George Roe's own half-brother, named as it stands.
    kept = prepare("In 1751, George and his half-brother traveled to Barbados.", [], subject)
    assert kept is not None and "George and his half-brother" in kept.text


def test_country_choices_come_from_the_answers_continent_first() -> None:
    # R16: "Denmark | Liechtenstein | Sweden | Philippines" for where a foundation sits.
    others = ["Denmark", "Sweden", "Switzerland", "Philippines", "Kenya", "Brazil", "Japan"]
    others += ["Peru", "Chile"]
    lines = "".join(
        f"Exampleco opened a shop in [[{c}]] in 19{60 + i}. " for i, c in enumerate(others)
    )
    for owner in ("Austria", "Liechtenstein"):
        wikitext = (
            f"'''Exampleco''' is a company.\n\n== Shops ==\n{lines}\n\n== Owner ==\n"
            f"Exampleco is owned by a foundation in [[{owner}]], a small state.\n"
        )
        facts = _article("Exampleco", wikitext)
        items = SentenceItems(facts, entity_types(facts), 0)
        sentence = next(s for s in facts.sentences if "foundation" in s.text)
        span = next(s for s in sentence.spans if s.text == owner)
        for seed in range(5):
            picked = items.entity_choices(sentence, span, random.Random(seed))
            if owner == "Liechtenstein":  # (longer than every European name the article
                assert picked == [], picked  # has: the only longest gives itself away)
            else:
                assert picked and all(continent_of(c) == "EU" for c in picked), picked


def test_the_year_of_a_count_stated_at_the_end_is_not_asked() -> None:
    # "The number of South Koreans living in Angola in _____ was 279": a statistic's date.
    wikitext = (
        "'''Exampleland''' is a country. "
        "The number of Ruritanians living in Exampleland in 2011 was 279.\n"
    )
    items, sentence, span = _year_in("Exampleland", wikitext, "2011")
    assert items.reason(sentence, span) == "the date of a figure"


def test_garbled_joins_stay_out() -> None:
    # "In what year did Edward sometimes meet his mother ...; he attended George's funeral?",
    # "leasing a mansion in from late 1938" (a link taken out between two prepositions).
    assert garbled_question("In what year did Roe meet his mother; he attended her funeral?")
    assert not usable_sentence("The Duke settled in Paris, leasing a mansion in from late 1938.")
    assert usable_sentence("The Duke settled in Paris, leasing a mansion there from late 1938.")
    assert usable_sentence("The single came in at number three on the chart in March 1990.")


def test_a_kind_word_before_the_name_moves_into_the_question() -> None:
    text = "Ann Roe was known as the lead singer of the rock band Examples."
    start = text.index("Examples")
    span = Span(start, start + 8, "Examples", "entity")
    question = insitu_question(Sentence(text, "", [span]), span, "band", "org")
    assert question == "Ann Roe was known as the lead singer of which rock band?"


def test_an_appositive_after_the_gap_keeps_only_choices_of_its_kind() -> None:
    prompt = "Roe was sent to study at _____, a British-style boarding school for boys, in Exa."
    wrong = ["Ealing Art College", "Harrow School", "Exa Polytechnic College"]
    assert same_head_choices(prompt, "St. Peter's School", wrong) == ["Harrow School"]
    # A choice that is another name's possessive form is no name at all.
    assert not plausible_name("Stalker's", "The Killers")
    assert plausible_name("St. Peter's School", "Harrow School")


def test_a_year_asked_in_a_sentence_that_names_nothing_is_not_asked() -> None:
    from quiz.generator.wording import names_nothing

    assert names_nothing("Before _____ (year), annual film production was low.")  # where?
    assert not names_nothing("Cahaba, a ghost town, was the capital from _____ (year) to 1825.")
    assert not names_nothing("In _____ (year), limited voting was tested in Conecuh County.")
    # An elliptical subject points to the sentence before: "the most successful" what?
    assert not usable_sentence("The most successful was the Exa Federation, founded in 1910.")
    assert usable_sentence("The most successful union in Exampleton was founded in 1910.")


def test_a_year_of_a_side_matter_is_asked_only_as_a_true_statement() -> None:
    wikitext = (
        "'''Ann Roe''' (born 1929) is an American lawyer and author in [[Exampleton]].\n\n"
        "== Private practice ==\n"
        "In 1994, Roe received the Judge Learned Hand Human Relations Award.\n"
    )
    facts = _article("Ann Roe", wikitext)
    sentence = next(s for s in facts.sentences if "1994" in s.text)
    items = SentenceItems(facts, entity_types(facts), 0)
    assert not items.central(sentence)
    span = next(s for s in sentence.spans if s.text == "1994")
    fact = items.fact(sentence, span)
    assert fact is not None and set(fact.options) <= {"tf_true", "tf_false"}
    assert "tf_false" not in fact.options  # R94-R95: such changes passed 3 of 12 reviews


def test_which_names_a_kind_with_a_time_after_it() -> None:
    text = "Roe taught at Columbia University in the early 1970s."
    start = text.index("Columbia")
    span = Span(start, start + 19, "Columbia University", "entity")
    question = insitu_question(Sentence(text, "", [span]), span, "university", "org")
    assert question == "Roe taught at which university in the early 1970s?"
    assert head_type("United States Secretary of War") == ""  # no war
    assert head_type("Bank of America Stadium") == "stadium"
    # "Azi Aslanov was twice awarded which union?": the head comes before "of the"
    assert head_type("Hero of the Soviet Union") == ""
    assert head_type("Order of the British Empire") == "order"
    # "the film The Sacrifice": the kind before the name is what "which" asks
    text = "Roe spent most of 1984 preparing the film The Exa."
    span = Span(text.index("The Exa"), text.index("The Exa") + 7, "The Exa", "entity")
    question = insitu_question(Sentence(text, "", [span]), span, "film", "work")
    assert question == "Roe spent most of 1984 preparing which film?"
    assert not usable_sentence("Roe wrote a book, which was published in 1942, 1943.")


def test_d21_rejects_stay_out() -> None:
    # A year changed inside a side clause leaves the main claim true; "further delay" (of
    # what?); "In Exa, about 80% ..." (not "About" after the place put in front).
    assert not false_ok(
        "Roe was a descendant of Sam Roe, who migrated to Hingham, Massachusetts, in 1638.", 75
    )
    text = "FC Exa, a club based in Exa la Vella founded in 1942, plays in the Spanish league."
    assert not false_ok(text, text.index("1942"))
    assert false_ok("In 1942, FC Exa was founded in Exa la Vella.", 3)
    since = "Since his grandfather moved to La Mirada in 1887, Roe lived in California."
    assert not false_ok(since, since.index("1887"))  # R19: the main claim stays true
    assert false_ok("When Roe was ten, his family moved to La Mirada in 1887.", 48)
    assert not usable_sentence(
        "Roe suffered a heart attack in April 1978, resulting in further delay."
    )
    town = Subject("Exa", "Exa", kinds=frozenset({"country"}))
    placed = prepare("About 80% of all schools were built for farmers.", [], town, Context())
    assert placed is not None and placed.text.startswith("In Exa, about 80%")


def test_an_acronym_defined_paragraphs_before_is_unclear_anywhere_in_a_sentence() -> None:
    wikitext = (
        "'''Exaland''' is a country in Asia.\n\n== History ==\n"
        "The Indus Valley Civilisation (IVC) reached Exaland in 2500 BC.\n\n"
        "== Sites ==\nThere are several smaller IVC colonies to be found in Exaland.\n\n"
        "Exaland joined the United Nations in 1946.\n"
    )
    texts = [s.text for s in _article("Exaland", wikitext).sentences]
    assert not any("IVC colonies" in t for t in texts)
    assert any("United Nations in 1946" in t for t in texts)


def test_which_for_more_kinds_of_place_and_body() -> None:
    def ask(text: str, name: str, fine: str, coarse: str) -> str | None:
        start = text.index(name)
        span = Span(start, start + len(name), name, "entity")
        return insitu_question(Sentence(text, "", [span]), span, fine, coarse)

    text = "Exaland has a maritime border with Russia across the Bering Strait."
    assert ask(text, "Bering Strait", "strait", "place") == (
        "Exaland has a maritime border with Russia across which strait?"
    )
    text = "Exampleton has various rock climbing spots in the Margalla Hills."
    assert ask(text, "Margalla Hills", "hill", "place") == (
        "Exampleton has various rock climbing spots in which hills?"
    )
    text = "Fighting broke out between the Company and the French allied Kingdom of Mysore."
    assert ask(text, "Kingdom of Mysore", "kingdom", "place") is None
    assert (
        ask("The building stands at 666 Third Avenue.", "Third Avenue", "avenue", "place") is None
    )


def test_no_word_is_reversed_for_a_false_statement() -> None:
    # R19: a reversed word ("decrease public appreciation") beside two other questions failed;
    # reviews accepted 3 of 11 such statements. An article with nothing else to ask gets its
    # no reversed word (until R45 it was the last resort of an empty bank).
    sales = (  # (established: since stop 56 a detail's year makes no statement, minor_dated)
        "In 2005, Exampleton Motors established two dealerships in India after an increase in "
        "sales.\n"
    )
    alone = f"'''Exampleton Motors''' is a car maker in Ruritania.\n\n== Sales ==\n{sales}"
    questions = build_bank("Exampleton Motors", alone).questions
    assert not any("decrease" in q.prompt for q in questions)
    founded = "'''Exampleton Motors''' is a car maker founded in 1931 by Ann Roe in Ruritania.\n"
    people = "\n== People ==\nAnn Roe ran the firm until her death.\n"  # (Ann Roe told twice:
    # since stop 56 a name told once is not asked, mentions.returned_to)
    richer = founded + "\n== Sales ==\n" + sales + people
    bank = build_bank("Exampleton Motors", richer)
    assert bank.questions and not any("decrease" in q.prompt for q in bank.questions)


def test_no_film_released_after_the_prompts_year_is_a_choice() -> None:
    wikitext = (
        "'''Ann Roe''' is an actress from [[Exampleton]].\n\n== Films ==\n"
        "In 1993, Roe starred in ''[[Exa Days (film)|Exa Days]]'' in London.\n\n"
        "She later made ''[[Starter for Ten]]'' (2006) and ''[[Angels (2009 film)|Angels]]''.\n"
    )
    facts = _article("Ann Roe", wikitext)
    items = SentenceItems(facts, entity_types(facts), 0)
    sentence = next(s for s in facts.sentences if "1993" in s.text)
    assert not items.fits_time("Starter for Ten", sentence)
    assert not items.fits_time("Angels", sentence)
    assert items.fits_time("Exa Days", sentence)


def test_an_album_is_no_song() -> None:
    # R19: "_____ topped the Billboard 200" (an album chart) with three songs as choices.
    from quiz.generator.typeclues import family

    assert family("album") != family("song") and family("single") == family("song")


def test_r19_sentences_that_point_back_are_dropped() -> None:
    hanks = Subject("Tom Roe", "Roe", person=True, pronoun="he")
    couple = "Together, the couple had two children, son Colin Roe, born in 1977."
    assert prepare(couple, [], hanks, Context()) is None  # which couple?
    moyes = "Fellow Scot David Moyes was appointed as his replacement on 9 May 2013."
    assert prepare(moyes, [], hanks, Context()) is None  # whose replacement?
    kept = "Gary Brooker, the lead singer of Procol Harum, met Roe in 1970."
    assert prepare(kept, [], hanks, Context()) is not None
    # A surname followed by its clause is as bare as one followed by its verb.
    wikitext = (
        "'''Exa Band''' is a rock band from [[Exampleton]].\n\n== History ==\n"
        "The band met Michael Kamen in 1990 in Exampleton.\n\n"
        "Kamen, who had worked with producer Rock, approached the band in 1991 in Exampleton.\n"
    )
    texts = [s.text for s in _article("Exa Band", wikitext).sentences]
    assert not any(t.startswith("Kamen,") for t in texts)


def test_a_gap_before_a_nickname_and_an_either_or_value_are_not_asked() -> None:
    wikitext = (
        "{{Infobox person\n| death_date = AD 30 or 33\n}}\n"
        "'''Thomas Jeffrey \"Tom\" Roe''' is an actor from [[Exampleton]] born in 1956.\n"
    )
    bank = build_bank("Tom Roe", wikitext)
    assert not any(q.answer.startswith("Thomas") for q in bank.questions)  # "Tom" gives it
    assert not any("die" in q.prompt for q in bank.questions)  # AD 30 or AD 33?


def test_convert_writes_thousands_and_debris_stays_out() -> None:
    # R19: "Pakistan covers 796095 km²" (Wikipedia shows 796,095); "km²;– is forested".
    article = parse_article(
        "X", "'''X''' covers {{convert|796095|km2|sqmi}} and {{convert|2.5|km}}."
    )
    assert "796,095 km²" in article.sections[0].blocks[0].text
    assert "2.5 km" in article.sections[0].blocks[0].text
    assert not usable_sentence("Over a third of Exaland – about 10,000 km²;– is forested today.")
    # "both Trujillo and Jason Newsted": a bare surname after "both" is given its full name.
    facts = Facts("Exa Band")
    facts.subject = Subject("Exa Band", "Exa Band")
    facts.surnames = {"Trujillo": {"Robert Trujillo"}}
    text = "During the set, both Trujillo and Jason Newsted were on stage in 2009."
    named = bare_surname(text, [], facts)
    assert named is not None and "both Robert Trujillo and" in named[0]


def test_a_title_names_no_one() -> None:
    # d22: "Who has been President since 1999?" (president of what?).
    from quiz.generator.checks import question_names_something

    assert not question_names_something("Who has been President since 1999?", "Exaland")
    assert question_names_something("Who has been President of Exaland since 1999?", "X")
    assert question_names_something("Who joined Queen in 1970?", "Ann Roe")  # a band
    facts = Facts("Exaland")
    text = "Ann Roe has been President since 1999."
    span = Span(0, 7, "Ann Roe", "entity")
    assert not unique_person_gap(Sentence(text, "Politics", [span]), span, facts, EntityTypes())


def test_d22_rejects_stay_out() -> None:
    # "served ... as chief of staff to Bvt." (cut at the abbreviation of "brevet"); "An early
    # use in a non-fiction publication is ..." (a use of what?).
    text = "Roe served in 1832 as chief of staff to Bvt. Brig. Gen. Henry Atkinson in Missouri."
    assert split_sentences(text) == [(0, len(text))]
    roe = Subject("Ann Roe", "Roe", person=True, pronoun="she")
    use = "An early use in a non-fiction publication is Roe's poem in the 1934 Bulletin."
    assert prepare(use, [], roe, Context()) is None


def test_her_replacement_needs_the_one_replaced_too() -> None:
    from quiz.generator.standalone import RELATIONAL

    assert RELATIONAL.search("Ann Moyes was appointed as her replacement on 9 May 2013.")
    assert RELATIONAL.search("Ann Moyes was appointed as his replacement on 9 May 2013.")


def test_no_false_year_before_an_organisation_was_formed_anew() -> None:
    # The last read: "In July 1983, Azerbaijan ratified the CFE Treaty" (1992) in the article
    # on armed forces re-established in 1991 ("Current form: 9 October 1991").
    wikitext = (
        "{{Infobox national military\n| founded = 26 June 1918\n"
        "| current_form = 9 October 1991\n}}\n"
        "The '''Exaland Armed Forces''' are the military of [[Exaland]], formed anew in 1991.\n"
        "\n== Newly formed military ==\n"
        "In July 1992, the Exaland Armed Forces ratified the Treaty on Armed Forces in Europe.\n"
    )
    facts = _article("Exaland Armed Forces", wikitext)
    sentence = next(x for x in facts.sentences if "1992" in x.text)
    span = next(x for x in sentence.spans if x.text == "July 1992")
    years = []
    for seed in range(8):
        fact = SentenceItems(facts, entity_types(facts), seed).fact(sentence, span)
        assert fact is not None
        if "tf_false" in fact.options:  # (none when no year after 1991 fits: the article's last)
            years.append(int(fact.options["tf_false"].prompt.split("In July ")[1][:4]))
    assert all(year > 1991 for year in years), years  # (1981-1987 before)


def test_r20_rejects_stay_out() -> None:
    # Blind review R20 (unseen articles): "top _____ universities", "the first to break _____
    # yards", "4 x _____ metres relay", the year of "2.4 million engines", 1985 one digit from
    # each of 1981, 1984 and 1995, "the UK ...: a legacy of which empire?", "A longer list can
    # be found in ...", "Among Murchison's companies was which company?", "In The United
    # Kingdom, ... the Isle of Man TT", "relocated back to which station?" (a town), and an
    # infobox's "Settled: 1750 (as Fort Rouillé)".
    bold = "'" * 3
    cases = [
        ("Exaland", "Exaland is a major centre for engine making and in 2015 around 2.4 million"
         " engines were produced in Exaland.", "2015"),
        ("Exaland", "Exaland trails only Exia on lists of top 100 universities.", "100"),
        ("Tom Roe", "Roe was the first wide receiver to break 2,000 receiving yards.", "2,000"),
        ("Clint Roe", "Among Roe's firms was the [[Southern Union Company]].",
         "Southern Union Company"),
        ("United Kingdom", "The UK has a government based on the Westminster system: a legacy of"
         " the [[British Empire]].", "British Empire"),
    ]  # fmt: skip
    for title, text, answer in cases:
        kind = "an American businessman" if "Clint" in title else "a country in [[Europe]]"
        facts = _article(title, f"{bold}{title}{bold} is {kind}.\n{text}\n")
        items = SentenceItems(facts, entity_types(facts), 0)
        sentence = facts.sentences[-1]
        span = next(s for s in sentence.spans if s.text == answer)
        fact = items.fact(sentence, span)
        assert fact is None or not set(fact.options) - {"tf_true"}, (answer, fact.options)
    relay = _article("Ann Roe", "Ann Roe won a bronze in 4 x 400 metres relay in 2006.\n")
    assert "400" not in [s.text for s in relay.sentences[0].spans]
    assert readable(["1995", "1981", "1984", "1985"], "1985")
    # (1985 with 1984 beside it is one of a close middle pair since stop 55, R355)
    assert readable(["1990", "1981", "1984", "1985"], "1985")
    assert not readable(["1990", "1981", "1987", "1985"], "1985")
    code = Subject("Code refactoring", "code refactoring")
    assert prepare("A longer list can be found in Fowler's book.", [], code, Context()) is None
    uk = Subject("United Kingdom", "the United Kingdom", kinds=frozenset({"country"}))
    moved = prepare("Healthcare is financed by taxes.", [], uk, Context())
    assert moved is not None and moved.text.startswith("In the United Kingdom, ")
    isle = "Road racing has a long tradition with races such as the Isle of Man TT."
    assert prepare(isle, [], uk, Context()).text == isle  # type: ignore[union-attr]
    khaleefa = "Omar Roe has argued that Exa should be considered the founder of psychophysics."
    assert source_name(Sentence(khaleefa, "Optics", []), Span(0, 8, "Omar Roe", "entity"))
    collector = TypeCollector()
    text = "After retiring, Roe relocated back to College Station."
    collector.see(text, 38, 53, "College Station, Texas")
    assert collector.finish().kind_of("College Station") == ("city", "place")
    settled = "{{Infobox settlement\n| established_title = Settled\n"
    settled += "| established_date = 1750 (as Fort Exa)\n}}\n"
    bank = build_bank("Exaton", settled + f"{bold}Exaton{bold} is a city in [[Exaland]].\n")
    assert not any("1750" in q.answer for q in bank.questions)


def test_d23_rejects_stay_out() -> None:
    # Diagnostic review d23: songs as the choices for an album linked both ways ("[[St.
    # Anger]]" and "[[St. Anger (song)|St. Anger]]"); "The race was won by Algometer" after
    # "Goodwood staged the Cocked Hat Stakes" taken for the article's race; "the Son of God ...
    # which kingdom?" (God's Kingdom); "CrunchGear in 2008, GamePro in _____, and Arcade Sushi
    # in 2013"; a false year inside "Since ... had moved to Altadena, California in 1887";
    # "In 2011, one specimen was spotted ..." (of what?).
    collector = TypeCollector()
    collector.link("St. Anger", "St. Anger (song)")
    collector.link("St. Anger", "St. Anger")
    collector.link("Blackened", "Blackened (song)")
    collector.see("Blackened", 0, 9, "")
    collector.see("St. Anger", 0, 9, "")
    types = collector.finish()
    assert types.kind_of("Blackened") == ("song", "work")
    assert types.kind_of("St. Anger") == ("", "")
    derby = Subject("2016 Exa Derby", "the 2016 Exa Derby", kinds=frozenset({"race"}))
    staged = Context(previous="On 20 May Goodwood staged the Cocked Hat Stakes over 1 mile.")
    assert prepare("The race was won by Algometer.", [], derby, staged) is None
    won = prepare("The race was won by Harzand.", [], derby, Context(previous="Ten horses ran."))
    assert won is not None and won.text == "The 2016 Exa Derby was won by Harzand."
    text = "In Mark, Jesus is the Son of God whose works show the presence of God's Kingdom."
    span = Span(text.index("God's"), len(text) - 1, "God's Kingdom", "entity")
    assert visible_elsewhere(Sentence(text, "Gospels", [span]), span)
    lists = "Mai was on lists by CrunchGear in 2008, GamePro in 2010, and Arcade Sushi in 2013."
    assert YEAR_LIST.search(lists) and YEAR_LIST.search(lists).group().endswith("2013")  # type: ignore[union-attr]
    assert SIDE_CLAUSE.search("Since McNally had moved to Altadena, California in ")
    roe = Subject("Exabara", "the exabara", kinds=frozenset({"rodent"}))
    assert prepare("In 2011, one specimen was spotted in California.", [], roe, Context()) is None
    # A name written after "the" is no person ("Who is the oldest zoo in Germany?"), nor one
    # whose first word gender-guesser lists as a given name but is a numeral ("One Way Love").
    collector = TypeCollector()
    zoo = "The Zoologischer Garten Berlin is the oldest zoo in Germany."
    collector.see(zoo, 4, 30, "Berlin Zoological Garden")
    collector.text("Many parks are in Berlin.")
    collector.see("One Way Love includes the track.", 0, 12, "")
    types = collector.finish()
    assert types.kind_of("Zoologischer Garten Berlin") == ("", "")
    assert types.kind_of("One Way Love") == ("", "")


def test_d24_rejects_stay_out() -> None:
    # Diagnostic review d24: a picture's caption in a "thumbcaption" div taken for the
    # article's prose; "adults aged _____ years and over"; "Heinrich moved to Hamburg, although
    # his firm ..." (his: Heinrich's, not the subject's); "Who wrote America the Beautiful?"
    # (the words, or the music of the infobox's composer?).
    caption = '<div class="thumbcaption">\nThe Broncos in 2015 finished first.\n</div>\n'
    article = parse_article(
        "Exa", f"Exa is a game played since 1990.\n{caption}Exa has two halves.\n"
    )
    texts = [b.text for s in article.sections for b in s.blocks]
    assert texts == ["Exa is a game played since 1990.", "Exa has two halves."]
    text = "In 2012, autism among adults aged 18 years and over in Exaland was 1.1%."
    span = Span(text.index("18"), text.index("18") + 2, "18", "number")
    facts = _article("Autism", "Autism is a condition.\n")
    assert reject_answer(Sentence(text, "Epidemiology", [span]), span, facts, EntityTypes())
    arthur = Subject("Arthur Roe", "Roe", person=True, pronoun="he")
    moved = "In 1793, Heinrich moved to Hamburg, although his firm kept trading in Danzig."
    assert prepare(moved, [], arthur, Context()) is None
    song = "{{Infobox song\n| name = Exa Song\n| writer = Ann Roe\n| composer = Tom Lee\n}}\n"
    facts = _article("Exa Song", song + "Exa Song is a song of [[Exaland]] by Roe and Lee.\n")
    infobox = StructuredItems(SentenceItems(facts, entity_types(facts), 0)).infobox()
    prompts = [q.prompt for fact in infobox for q in fact.options.values()]
    assert prompts == ['Who wrote the words of "Exa Song"?']


def test_d25_rejects_stay_out() -> None:
    # Diagnostic review d25 (the shared articles): "From late _____ to early 1929"; true by
    # default ("an impressive number of well-known artists", "an important component of the
    # toolkit"); "elected with _____ as his vice president" (general knowledge); a Thai
    # rapper's "in which country?" (Thailand).
    assert derivable("1928", "From late  to early 1929, the design changed.", "Exa")
    assert not derivable("1925", "From late  to early 1929, the design changed.", "Exa")
    assert not statement_ok(
        "The Arts Club has exhibited an impressive number of well-known artists."
    )
    assert not statement_ok(
        "DNA microarrays have emerged as an important component of the toolkit."
    )
    assert statement_ok("DNA microarrays were first made at Stanford University in 1995.")
    assert HIGH_OFFICE_GAP.search("After Kennedy was elected with _____ as his vice president.")
    assert named_by_adjective("Thailand", "Lisa is a Thai rapper")


def test_a_side_gap_in_a_real_article_is_not_asked() -> None:
    # Over the reviews R19-R20 and d20-d25, gaps in sentences that share 30% or less of their
    # words with the lead were accepted 46% of the time (32 of 69), true/false items there 82%:
    # "... sharply criticized most policies of _____" (George W. Bush) in the Toronto Star's.
    path = Path(__file__).parent / "data" / "articles" / "toronto_star.json"
    title, wikitext = json.loads(path.read_text(encoding="utf-8"))
    facts = extract_facts(parse_article(title, prepare_wikitext(wikitext)))
    items = SentenceItems(facts, entity_types(facts), 0, 0.3)
    sentence = next(s for s in facts.sentences if "George W. Bush" in s.text)
    assert not items.central(sentence)
    span = next(s for s in sentence.spans if s.text == "George W. Bush")
    fact = items.fact(sentence, span)
    assert fact is not None and set(fact.options) <= {"tf_true", "tf_false"}, fact.options


def test_d26_rejects_stay_out() -> None:
    # Diagnostic review d26: "the term Allah is used _____ times" (a word count); "A BBC radio
    # version, produced by ..." (of what?); "In Azerbaijan, the Medes forged a vast empire
    # between 900-700 BC" (the prefix claims a place for ancient history); date choices
    # beside "issued its Declaration on July 4" (only that July fits).
    text = "In the Sikh scripture, the term Allah is used 37 times."
    span = Span(text.index("37"), text.index("37") + 2, "37", "number")
    facts = _article("Allah", "Allah is the Arabic word for God.\n")
    assert reject_answer(Sentence(text, "Sikhism", [span]), span, facts, EntityTypes())
    farm = Subject("Animal Farm", "Animal Farm", kinds=frozenset({"novella"}))
    radio = "A BBC radio version, produced by Rayner Heppenstall, was broadcast in January 1947."
    assert prepare(radio, [], farm, Context()) is None
    exaland = Subject("Exaland", "Exaland", kinds=frozenset({"country"}))
    medes = "The Medes forged a vast empire between 900-700 BC."
    assert prepare(medes, [], exaland, Context()).text == medes  # type: ignore[union-attr]
    vote = "On July 2, 1776, the Congress voted for independence, and issued it on July 4."
    date = Span(3, 15, "July 2, 1776", "date")
    assert unit_in_prompt(vote.replace("July 2, 1776", "_____"), date)
    assert not unit_in_prompt("On _____, the Congress voted for independence.", date)


def test_d27_rejects_stay_out() -> None:
    # Diagnostic review d27: a deal the article dates twice ("In 2014, Alsea acquired ...
    # Vips" in the lead, "In September 2013, Alsea acquired ... Vips" later): either year may
    # be taken for wrong; "The race was won by The Gurkha" under "Trial races" (one of those);
    # a year changed inside "York University, founded in 1959, ..." (an aside).
    wikitext = (
        "'''Exa Group''' is a Mexican restaurant company.\n"
        "In 2014, Exa Group acquired the restaurant chain Vips and the firm Zena.\n\n"
        "== News ==\nIn September 2013, Exa Group acquired 362 Walmex restaurants Vips.\n"
        "In 2016, Exa Group opened its first restaurant in Peru.\n"
    )
    facts = _article("Exa Group", wikitext)
    items = SentenceItems(facts, entity_types(facts), 0)
    dated = [s.text[:8] for s in facts.sentences if items.dated_elsewhere(s)]
    assert dated == ["In 2014,", "In Septe"]
    derby = Subject("2016 Exa Derby", "the 2016 Exa Derby", kinds=frozenset({"race"}))
    trials = Context(heading="Trial races", previous="At Longchamp the colts met in May.")
    assert prepare("The race was won by The Gurkha.", [], derby, trials) is None
    assert SIDE_CLAUSE.search("In Toronto, York University, founded in ")


def test_r22_rejects_stay_out() -> None:
    # Blind review R22 (unseen articles): "{{#property:p38}}" typed as a currency; "When was
    # Blood Meridian released?" (1985 or April 1985?); "_____ and other Balkan countries",
    # "thinkers such as _____" (any of a set); "as much as 13,000 years" changed to 9,000
    # (still true); "In the ensuing Greco-Turkish War", "additional colonies", "for the next
    # 20 years" (after what?); "In Chile, Approximately"; "a Momentary Lapse of Reason" in a
    # question; "which toro was cast" (Benicio del Toro is a person); "_____ vacant" (a share).
    infobox = "{{Infobox book\n| release_date = April 1985\n| currency = {{#property:p38}}\n}}\n"
    novel = (
        "Exa Meridian is a novel by [[Ann Roe]].\n\n== Writing ==\nRoe finished the novel in "
        "1985.\n"
    )
    # (the text tells the year too: since stop 56 an infobox line it never tells is not asked,
    # mentions.returned_to)
    bank = build_bank("Exa Meridian", infobox + novel)
    typed = [(q.prompt, q.answer, q.accept) for q in bank.questions if q.kind != "true_false"]
    # (a book's release is asked as its first publication since stop 69)
    assert typed == [("In what year was Exa Meridian first published?", "1985", ["April 1985"])]
    facts = _article("Greece", "Greece is a country in [[Europe]].\n")
    for text, answer in [
        (
            "OTE has become a strong investor in Yugoslavia and other Balkan countries.",
            "Yugoslavia",
        ),
        ("Aristotle is admired by Scholastic thinkers such as Thomas Aquinas.", "Thomas Aquinas"),
    ]:
        span = Span(text.index(answer), text.index(answer) + len(answer), answer, "entity")
        assert reject_answer(Sentence(text, "Economy", [span]), span, facts, EntityTypes())
    assert BOUND.search("Ursa Major has been associated with a bear for as much as ")
    for text in (
        "In the ensuing Greco-Turkish War of 1897 the Greek army was defeated.",
        "The English established additional colonies in Cupids, beginning in 1610.",
        "Albert Erskine continued to edit Roe's work for the next 20 years.",
    ):
        assert RELATIVE_TIME.search(text), text
    chile = Subject("Chile", "Chile", kinds=frozenset({"country"}))
    moved = prepare(
        "Approximately 90 percent of Protestants are Pentecostal.", [], chile, Context()
    )
    assert moved is not None and moved.text.startswith("In Chile, approximately 90")
    assert (
        _lower_first("A Momentary Lapse of Reason was released")
        == "A Momentary Lapse of Reason was released"
    )
    assert _lower_first("A new album was released") == "a new album was released"
    assert person_like("Benicio del Toro")
    assert HINTS["percent"]


def test_r23_rejects_stay_out() -> None:
    # Unseen review R23: "what is the pop date of Berlin?" (the date of the population figure);
    # "an approval rating of 82%, based on _____ reviews" (a count of reviews).
    assert infobox_question("pop_date", "Pop date", "Berlin") is None
    text = "On Rotten Tomatoes, Exa Film has an approval rating of 82%, based on 325 reviews."
    span = Span(text.index("325"), text.index("325") + 3, "325", "number")
    facts = _article("Exa Film", "Exa Film is a 2017 film.\n")
    assert reject_answer(Sentence(text, "Reception", [span]), span, facts, EntityTypes())
    # "In Taiwan, of the _____ extant languages, five are considered moribund" with 5 among
    # the choices: no wrong number the prompt itself states.
    text = "In Exaland, of the 14 extant languages, five are considered moribund."
    facts = _article("Exaland", "Exaland is a country in [[Europe]].\n" + text + "\n")
    items = SentenceItems(facts, entity_types(facts), 0)
    sentence = facts.sentences[-1]
    span = next(s for s in sentence.spans if s.text == "14")
    for key in ("aaaa", "3333", "k0002"):
        assert "5" not in items.choices(sentence, span, key, random.Random(key))


def test_d28_rejects_stay_out() -> None:
    # Diagnostic review d28: "When was Guardians of the Galaxy Vol. 2 released?" answered with
    # its Tokyo premiere ({{Film date}} with two releases); "Principal photography began in July
    # 2013 ..." (of which film?).
    infobox = "{{Infobox film\n| released = {{Film date|2017|04|10|Tokyo|2017|05|05|US}}\n}}\n"
    facts = _article("Exa Film", infobox + "Exa Film is a 2017 film by [[Ann Roe]].\n")
    assert not [f for f in facts.infobox if f.name.strip() == "released"]
    one = "{{Infobox film\n| released = {{Film date|2017|04|10|Tokyo}}\n}}\n"
    facts = _article("Exa Film", one + "Exa Film is a 2017 film by [[Ann Roe]].\n")
    assert [f.value for f in facts.infobox if f.name.strip() == "released"]
    film = Subject("Exa Film (film)", "Exa Film", kinds=frozenset({"film"}))
    shot = prepare("Principal photography began in July 2013 at Shepperton.", [], film, Context())
    assert shot is not None and shot.text.startswith("Principal photography of Exa Film began")


def test_d29_rejects_stay_out() -> None:
    # Diagnostic review d29: "watched by a crowd of _____" (84,640: a figure to the last digit),
    # "conceding 118 goals in _____ games" (the count of games is the frame, not the fact), and
    # a Cornish-name field whose spelling the lead gives another way ("Bodmin (Bosvena)").
    club = Facts("Exa Rovers F.C.")
    for text, value in (
        ("In 1951, Exa Rovers had their largest gate, watched by a crowd of 84,640.", "84,640"),
        ("In 1962, Exa Rovers finished bottom conceding 118 goals in 34 games.", "34"),
    ):
        span = Span(text.index(value), text.index(value) + len(value), value, "number")
        assert reject_answer(Sentence(text, "History", [span]), span, club, EntityTypes())
    goals = "In 1962, Exa Rovers finished bottom conceding 118 goals in 34 games."
    span = Span(goals.index("118"), goals.index("118") + 3, "118", "number")
    assert not reject_answer(Sentence(goals, "History", [span]), span, club, EntityTypes())
    box = "{{Infobox UK place\n| cornish_name = Exavenegh\n| population = 14,614\n}}\n"
    # (since stop 55 a Cornish name is not asked even where the lead agrees: "an obscure
    # label, not what a teacher wants learned", R356)
    for lead in ("Exa (Exavena) is a town", "Exa (Exavenegh) is a town"):
        facts = _article("Exa", box + lead + " in [[Cornwall]], England.\n")
        infobox = StructuredItems(SentenceItems(facts, entity_types(facts), 0)).infobox()
        prompts = [q.prompt for fact in infobox for q in fact.options.values()]
        assert not any("Cornish" in p or "Exavenegh" in p for p in prompts), (lead, prompts)


def test_d30_rejects_stay_out() -> None:
    # Diagnostic review d30 (gensim's tuning articles): "Pop artists like _____" (others fit),
    # "the _____ claimed," (a source), "peace was made in _____" under "1778–1781" (the heading
    # rules out the choices inside it), "potentially directed by _____" (a hedge), and "release
    # a revised version in 1974" / "traces the earliest use to ..." (of what?).
    facts = Facts("Exa")

    def why(text: str, value: str, kind: str, section: str = "History") -> str:
        span = Span(text.index(value), text.index(value) + len(value), value, kind)
        return reject_answer(Sentence(text, section, [span]), span, facts, EntityTypes())

    assert why("Pop artists like Ann Roe became influential in Exa.", "Ann Roe", "entity")
    assert why("The British held Exa until peace was made in 1783.", "1783", "year", "1778–1781")
    assert not why("The British held Exa until peace was made in 1783.", "1783", "year")
    assert why(
        "In 2012, a film of Exa potentially directed by Ann Roe was announced.", "Ann Roe", "entity"
    )
    assert not why("In 2012, a film of Exa directed by Ann Roe was announced.", "Ann Roe", "entity")
    claim = "Had Troilus lived, the First Exa Mythographer claimed, Troy would have stood."
    name = Span(claim.index("First"), claim.index(" claimed"), "First Exa Mythographer", "entity")
    assert source_name(Sentence(claim, "Troilus", [name]), name)
    rand = Subject("Ann Roe", "Roe", person=True)
    _dropped(
        rand,
        "Roe was able to release a revised version in 1974 that sold three million copies.",
        "The Oxford English Dictionary traces the earliest use to Chambers' Cyclopaedia.",
    )
    kept = "Roe released a revised version of Exa in 1974."
    assert prepare(kept, [], rand, Context()) is not None


def test_an_age_has_no_choice_of_100_years_or_more() -> None:
    # d30: "the highest life expectancy in the world at _____ years": 71 | 98 | 81 | 110, where
    # 110 (and 98) give 81 away. Ages and life expectancies keep their choices under 100.
    capped, free = [], []
    for seed in range(40):
        for rank in range(4):
            capped += number_choices("81", random.Random(seed), rank, age=True)
            free += number_choices("81", random.Random(seed), rank)
    assert capped and all(int(v) < 100 for v in capped)
    assert any(int(v) >= 100 for v in free)
    big = number_choices("75,000", random.Random(1), 1, age=True)  # "75,000 years old" shells
    assert len(big) == 3
    text = "In 2013, the people of [[Exaland]] had the highest life expectancy at 81 years.\n"
    facts = _article("Exaland", "'''Exaland''' is a country in Europe. " + text)
    items = SentenceItems(facts, entity_types(facts), 0)
    sentence = next(s for s in facts.sentences if "81" in s.text)
    span = next(s for s in sentence.swappable if s.text == "81")
    for seed in range(10):
        wrong = items.choices(sentence, span, f"k{seed}", random.Random(seed))
        assert all(int(v) < 100 for v in wrong), wrong


def test_d31_rejects_stay_out() -> None:
    # Diagnostic review d31: "lbf/in2" and "ΔcHo" (superscripts lost), "in 1936 Olympics of
    # Amsterdam" (a false year an event's name gives away), "£2,343 million, or _____ per
    # hectare" (the same figure again), "provided by _____ at Oxford Bibliographies Online" (a
    # source), "An 1838 edition of Mechanics Magazine cites ..." (a citation, not a fact).
    text = (
        "Exa codes call for a strength of 300 lbf/in<sup>2</sup>, ''Exa'' said.\n\n"
        "The enthalpy of Exa, ΔcH<sup>o</sup>, rises by 650 kJ/mol per CH<sub>2</sub> group.\n"
    )
    prose = _article("Exa", text).prose
    assert "lbf/in²" in prose and "CH₂" in prose and "ΔcHo" not in prose
    assert not any("ΔcH" in s.text for s in _article("Exa", text).sentences)
    facts = Facts("Exa")

    def why(text: str, value: str, kind: str) -> str:
        span = Span(text.index(value), text.index(value) + len(value), value, kind)
        return reject_answer(Sentence(text, "Sports", [span]), span, facts, EntityTypes())

    assert why(
        "The first Exan gold medalist was Ann Roe in 1928 Olympics of Amsterdam.", "1928", "year"
    )
    assert not why("The first Exan gold medalist was Ann Roe in 1928 in Amsterdam.", "1928", "year")
    costs = "A 2000 study of Exa found external costs of £2,343 million, or £208 per hectare."
    assert why(costs, "£208", "money")
    bibliography = "An important bibliography on Exa has been provided by Ann Roe at Oxford Online."
    name = Span(bibliography.index("Ann"), bibliography.index(" at"), "Ann Roe", "entity")
    assert source_name(Sentence(bibliography, "History", [name]), name)
    assert not statement_ok("An 1838 edition of Mechanics Magazine cites an early use of Exa.")


def test_r24_r25_rejects_stay_out() -> None:
    # R24 (earlier rounds' articles) and R25 (unseen; now tuning articles).
    cup = "The 2026 World Cup is hosted by 16 cities – 11 in the US, 3 in Mexico, and 2 in Canada."
    assert derivable("11", cup.replace("11 in", "_____ in"), "2026 FIFA World Cup")
    german = (
        "made up of 73,000 people; around 10,000 German and 60,000 Belgian nationals speak German"
    )
    assert derivable("73,000", german.replace("73,000", "_____"), "Belgium")
    assert not derivable(
        "73,000", german.replace("73,000", "_____").replace("60,000", "20,000"), "Belgium"
    )
    small = [int(v) for seed in range(20) for v in number_choices("16", random.Random(seed), 3)]
    assert small and min(small) >= 8  # not "a set of 1 posters"
    person = Subject("Ann Roe", "Roe", person=True, pronoun="she")
    game = Subject("Exa (video game)", "Exa", kinds=frozenset({"game"}))
    for subject, text in (
        (game, "The Xbox 360 version sold 2 million copies in 2011."),
        (
            person,
            "The rebuilding had been begun by Henry III in 1245, but lay dormant for a century.",
        ),
        (person, "In 1978 Roe now moved to Arkansas."),
        (
            person,
            "For her efforts, she received a knighthood in the New Year Honours on 1 January 1945.",
        ),
    ):
        assert prepare(text, [], subject, Context()) is None, text
    assert prepare("Roe founded Exa Farm, which is now called Exa Park.", [], person, Context())
    roe, exa = Facts("Ann Roe", person=True), Facts("Exa")
    roe.subject, exa.subject = person, Subject("Exa", "Exa")
    exa.links = [("French and Indian War", "French and Indian War")]

    def why(facts: Facts, text: str, value: str, kind: str) -> str:
        span = Span(text.index(value), text.index(value) + len(value), value, kind)
        return reject_answer(Sentence(text, "History", [span]), span, facts, EntityTypes())

    assert why(roe, "In 1982, when Roe was 21 years old, her father died.", "21", "number")
    assert why(exa, "Exa Bridge was completed by 1774.", "1774", "year")
    assert not why(exa, "Exa Bridge was completed in 1774.", "1774", "year")
    assert why(exa, "In Exa, population was about 300 people, who mostly farmed.", "300", "number")
    # a rounded figure is no answer either since stop 55 ("some 1,500 years", R353)
    assert why(exa, "In 1850, Exa had a population of about 300 people.", "300", "number")
    assert not why(exa, "In 1850, Exa had a population of 300 people.", "300", "number")
    land = "Roe was granted land in Exa for his service in the French and Indian War."
    assert why(exa, land, "Indian War", "entity")
    film = "{{Infobox film\n| writer = Ann Roe\n| director = Tom Lee\n}}\n"
    facts = _article("Exa Film", film + "Exa Film is a 2010 [[comedy film]] by Lee and Roe.\n")
    infobox = StructuredItems(SentenceItems(facts, entity_types(facts), 0)).infobox()
    prompts = [q.prompt for fact in infobox for q in fact.options.values()]
    assert "Who directed Exa Film?" in prompts and not any("wrote" in p for p in prompts)
    palace = Subject("Palace of Exa", "the Palace of Exa")
    for text, expected in (
        ("The Model Parliament met in the Palace in 1295.", "met in the Palace of Exa in 1295"),
        ("Fire destroyed most of the Palace.", "most of the Palace of Exa."),
    ):
        edits = Edits(text)
        assert resolve_backrefs(text, palace, Context(), edits, [])
        assert expected in edits.apply([])[0]
    lincoln = "In 1830, the Lincoln family moved west to Illinois."
    edits = Edits(lincoln)
    resolve_backrefs(
        lincoln, Subject("Abraham Lincoln", "Lincoln", person=True), Context(), edits, []
    )
    assert edits.apply([])[0] == lincoln
    assert "dam" in _article("Exa Dam", "'''Exa Dam''' is a dam in [[Exaland]].\n").subject.kinds
    assert head_type("Victoria Tower Gardens") == "park"  # no person: "Who is open as a park?"


def test_sentence_choices_only_for_people() -> None:
    # Over d29-R25, multiple choice on a place, club, war or work from a sentence passed 0 of
    # 9 times (Nepal and Iraq beside Hong Kong, AZ Alkmaar in Division Three, films for a
    # band's video), on a person 4 of 4: a non-person name is typed or left out instead.
    text = "'''Exa''' is a club. In 1949, Exa lost the Ruritanian Cup final to [[Oda Rovers]]."
    facts = _article("Exa", text + "\n")
    sentence = next(s for s in facts.sentences if "1949" in s.text)
    span = next(s for s in sentence.spans if s.text == "Oda Rovers")
    for coarse, asked in (("org", False), ("person", True)):
        types = EntityTypes(
            fine={"Oda Rovers": "club" if coarse == "org" else "person"},
            coarse={"Oda Rovers": coarse},
            sure={"Oda Rovers"},
        )
        items = SentenceItems(facts, types, 0)
        items.choices = lambda *_: ["Uma Rovers", "Ika Rovers", "Ena Rovers"]  # type: ignore[method-assign]
        fact = items.fact(sentence, span)
        assert fact is not None and ("mcq" in fact.options) is asked, (coarse, fact.options)


def test_a_forerunners_acronym_is_no_name_of_the_subject() -> None:
    # d32: "In 1916, the AESC became ..." in the article on the American National Standards
    # Institute: the forerunner's acronym shares two words with the title, but it is not the
    # subject's own ("ANSI"), so a sentence using it alone spells it out.
    text = (
        "'''Exa National Standards Institute''' ('''ENSI''') sets norms. In 1918 five "
        "societies founded the Exa Engineering Standards Committee (EESC).\n\n"
        "== History ==\nIn 1928, the EESC became the Exa Standards Association.\n"
    )
    facts = _article("Exa National Standards Institute", text)
    assert facts.acronyms["EESC"].phrase == "Exa Engineering Standards Committee"
    assert facts.acronyms["ENSI"].phrase == "Exa National Standards Institute"  # (R39: "VHEMT")
    assert any(  # written out where a later sentence uses it alone (d34: "FAPLA", "the ASA")
        "the Exa Engineering Standards Committee (EESC) became" in s.text for s in facts.sentences
    )
    angola = (
        "'''Exa Forces''' are the army of [[Exaland]]. They succeeded the [[Armed Forces for "
        "the Liberation of Exaland]] (FAPLE).\n\n== History ==\nBy 1976 FAPLE had been "
        "transformed into a national army.\nThe People's Armed Forces of Liberation of Oda "
        "(FAPLO) fought on.\n"
    )
    facts = _article("Exa Forces", angola)
    assert facts.acronyms["FAPLE"].phrase == "Armed Forces for the Liberation of Exaland"  # link
    assert facts.acronyms["FAPLO"].phrase == "People's Armed Forces of Liberation of Oda"  # pt
    assert any(
        s.text.startswith("By 1976 the Armed Forces for the Liberation of Exaland (FAPLE) had")
        for s in facts.sentences
    )


def test_r26_rejects_stay_out() -> None:
    # R26 (unseen; now tuning articles).
    text = (
        "'''Exa Aircraft''' was a maker of planes. In 1950 the [[Royal Canadian Navy]] "
        "bought two.\n\nThe F2H-1 was first delivered in August 1948 for service evaluation "
        "by Navy pilots.\n"
    )
    facts = _article("Exa Aircraft", text)
    assert "Navy" not in facts.surnames  # no person "Royal Canadian Navy" ...
    assert any("by Navy pilots" in s.text for s in facts.sentences)  # ... to write out here
    castle = Subject("Exa Castle", "Exa Castle", kinds=frozenset({"castle"}))
    manuel = Subject("Manuel I Exa", "Manuel", person=True, pronoun="he")
    for subject, text in (
        (castle, "The King stayed at Exa Castle in 1314."),
        (castle, "The only other earthquake of that size struck Chile in 1960."),
        (castle, "The remainder of the Imperial army was posted behind the Nahe River in 1796."),
        (castle, "The castle was out of the range of enemy fighters operating from China."),
        (castle, "In September a fire damaged Exa Castle."),
    ):
        assert prepare(text, [], subject, Context()) is None, text
    assert prepare("In September 1985 a fire damaged Exa Castle.", [], castle, Context())
    assert prepare("In 1909, in September, a fire damaged Exa Castle.", [], castle, Context())
    overall = prepare(
        "Overall Manuel achieved success in the Balkans in 1172.", [], manuel, Context()
    )
    assert overall is not None and overall.text.startswith("Manuel achieved")
    both = "Nevertheless, overall Manuel achieved success in the Balkans in 1172."
    twice = prepare(both, [], manuel, Context())  # (R26: "In what year did Overall Manuel ...")
    assert twice is not None and twice.text.startswith("Manuel achieved")
    his = prepare("Paradoxically his matches with Alekhine were fierce.", [], manuel, Context())
    assert his is not None and his.text.startswith(
        "Manuel's matches"
    )  # (R26: "Paradoxically Euwe's")
    mixed = "MediaCityUK is a 200 acres mixed-use site in Salford, England."
    items, sentence, span = _year_in("MediaCityUK", mixed + "\n", "200")
    assert items.gapped(sentence, span) is None  # not "is a(n) _____ (number) acres"
    census = "The population of Exa was 945 in 1801."
    year = Span(census.index("1801"), census.index("1801") + 4, "1801", "year")
    assert count_year(Sentence(census, "History", [year]), year)
    born = "Laurence Exa was born in the United States in 1947."
    name = Span(0, 12, "Laurence Exa", "entity")
    assert who_question(Sentence(born, "Background", [name]), name, "person") is None
    exa = Facts("Exa")
    for text, value in (
        ("The episode shows Fox Mulder and Dana Scully at work.", "Dana Scully"),
        (
            "Duke William and Harald set about assembling troops for separate invasions.",
            "Duke William",
        ),
    ):
        span = Span(text.index(value), text.index(value) + len(value), value, "entity")
        assert (
            reject_answer(Sentence(text, "Plot", [span]), span, exa, EntityTypes())
            == "one of a pair"
        )


def test_the_subject_is_named_as_the_text_writes_it() -> None:
    # R25: "To which genus does Common raven belong?" for the title "Common raven", while the
    # article writes "The Common Raven (Corvus corax) is ...".
    text = "The '''Common Exa''' (''Exa exa'') is a bird. The Common Exa nests on cliffs.\n"
    subject = _article("Common exa", text).subject
    assert subject.name == "the Common Exa"


def test_d33_rejects_stay_out() -> None:
    # Diagnostic review d33 (R24's and R25's articles) and the banks it led to read.
    exa = Facts("Exa")

    def why(text: str, value: str, kind: str) -> str:
        span = Span(text.index(value), text.index(value) + len(value), value, kind)
        return reject_answer(Sentence(text, "Impact", [span]), span, exa, EntityTypes())

    damage = "Exa caused damage amounting to $900 million ($1.6 billion in 2005 USD)."
    assert why(damage, "$900 million", "money")  # the 2005 dollars fit the gap too
    assert why("Exa Hall measures 21 by 73 m.", "21", "number")
    returned = "Exa Castle was returned to the Lewknors when Henry VII became king in 1485."
    assert not false_ok(returned, returned.index("1485"))  # (Henry VII's accession: a side date)
    joined = "Exa made its policy official when it became a member of the NAM in 2006."
    assert false_ok(joined, joined.index("2006"))
    person = Subject("Ann Roe", "Roe", person=True)
    chain = Subject("Burger Exa", "Burger Exa", kinds=frozenset({"company"}))
    for subject, text in (
        (person, "Roe and Tom Lee immediately set about assembling troops."),
        (
            chain,
            'Burger Exa\'s "Golden Age" of advertising was the 1970s when the introduced its '
            "mascot the Magical Burger Exa, a memorable jingle, and several slogans.",
        ),
    ):
        assert prepare(text, [], subject, Context()) is None, text
    assert prepare(
        "Roe built a house immediately north of Exa Lake in 1970.", [], person, Context()
    )
    born = "Laurence Exa was born in the United States in 1947."
    items, sentence, span = _year_in("Exa v. Oda", born + "\n", "1947")
    name = next(s for s in sentence.spans if s.text.startswith("Laurence"))
    assert items.gapped(sentence, name) is None  # "_____ was born in ...": anyone fits


def test_d34_rejects_stay_out() -> None:
    # Diagnostic review d34: "a 40 acres ranchito" ({{convert|40|acre|adj=on}}), "Einstein
    # next traveled" (after what?), "the October 1907 Bolshevik Revolution" (a false year the
    # event's name gives away), "In 1991 Alaska had the highest number of pilots" (the year of
    # a rank a statistic gave: it may hold in 1991 too).
    text = (
        "'''Exa''' moved to a {{convert|40|acre|ha|adj=on}} ranchito. It has {{convert|40|acre}}.\n"
    )
    prose = _article("Exa", text).prose
    assert "a 40-acre ranchito" in prose and "has 40 acres" in prose
    person = Subject("Ann Roe", "Roe", person=True)
    assert prepare("Roe next traveled to California in 1931.", [], person, Context()) is None
    exa = Facts("Exa")
    for text, value in (
        ("The revolt is Orwell's analogy with the October 1917 Bolshevik Revolution.", "1917"),
        ("In 2006 Exa had the highest number of pilots per capita of any state.", "2006"),
    ):
        span = Span(text.index(value), text.index(value) + 4, value, "year")
        assert reject_answer(Sentence(text, "History", [span]), span, exa, EntityTypes()), text
    items, sentence, span = _year_in(
        "Exa", "In 2006 [[Exa]] had the highest number of pilots per capita of any state.\n", "2006"
    )
    assert false_statement_value(sentence, span, items, [], random.Random(0)) is None
    revolt = "The revolt in Exa is Orwell's analogy with the October 1917 Bolshevik Revolution."
    year = Span(revolt.index("1917"), revolt.index("1917") + 4, "1917", "year")
    pinned = Sentence(revolt, "Analysis", [year])
    assert false_statement_value(pinned, year, items, [], random.Random(0)) is None
    plain = revolt.replace("October 1917 Bolshevik Revolution", "revolt of 1917")
    year = Span(plain.index("1917"), plain.index("1917") + 4, "1917", "year")
    assert false_statement_value(
        Sentence(plain, "Analysis", [year]), year, items, [], random.Random(0)
    )


def test_a_date_s_own_day_is_not_a_second_number() -> None:
    # "The Red Army invaded Azerbaijan on 28 April 1920" had no false statement: the day "28"
    # counted as a second number in the sentence, a side detail that might be what changed.
    items, sentence, span = _year_in(
        "Exa", "The [[Exa]] army invaded Roe on 28 April 1920.\n", "28 April 1920"
    )
    false = false_statement_value(sentence, span, items, [], random.Random(0))
    assert false is not None and false.startswith("28 April ") and false != span.text
    items, sentence, span = _year_in(
        "Exa", "The [[Exa]] army invaded Roe with 300 tanks on 28 April 1920.\n", "28 April 1920"
    )
    assert false_statement_value(sentence, span, items, [], random.Random(0)) is None
    # An opening time is the main clause's: "In 2006, the US donated 3 motorboats" in 2001 is
    # false whatever else the sentence counts, unless an age or a look back pins the year.
    items, sentence, span = _year_in(
        "Exa", "In 2006, the [[Exa]] government donated 3 motorboats to Roe.\n", "2006"
    )
    assert false_statement_value(sentence, span, items, [], random.Random(0)) not in (None, "2006")
    for pinned in (
        "In 2010, 13-year-old [[Exa]] signed with a label in Roe.\n",  # (an audition: R261)
        "In 1969, the [[Exa]] post office issued 2 stamps commemorating a moon flight.\n",
    ):
        items, sentence, span = _year_in("Exa", pinned, pinned[3:7])
        assert false_statement_value(sentence, span, items, [], random.Random(0)) is None


def test_r27_rejects_stay_out() -> None:
    # R27 (unseen; now tuning articles): "Which films was acquired by Republic Pictures?" (a
    # label is a company), "on plate _____ of Audubon's Birds of America" (a catalogue number),
    # "Beverley concurrently served", "A similar 50,000 gallon tank" (alongside what?), "Who is
    # considered one of the world's oldest international airports?" (no person).
    assert head_type("Blackhawk Films") == "company" == head_type("Republic Pictures")
    plate = "Exa appears on plate 286 of Audubon's Birds of America."
    span = Span(plate.index("286"), plate.index("286") + 3, "286", "number")
    assert reject_answer(Sentence(plate, "Arts", [span]), span, Facts("Exa"), EntityTypes())
    _dropped(
        Subject("Ann Roe", "Roe", person=True),
        "Roe concurrently served as a justice in Exa County from 1720 until 1740.",
        "A similar 50,000 gallon tank is in the basement of Exa Tower.",
    )
    airport = "Don Exa is considered to be one of the world's oldest international airports."
    name = Span(0, 7, "Don Exa", "entity")
    assert who_question(Sentence(airport, "Airports", [name]), name, "person") is None
    chair = "Ann Roe was the president of the club in 1990."
    name = Span(0, 7, "Ann Roe", "entity")
    assert who_question(Sentence(chair, "History", [name]), name, "person") == (
        "Who was the president of the club in 1990?"
    )


def test_the_kind_noun_is_not_the_subject_after_another_of_its_kind() -> None:
    # R28: "Italy joined the competition in 2000" followed the Six Nations Championship in its
    # paragraph; written out as "Italy joined the Rugby World Cup", it taught a false fact.
    cup = Subject("Exa World Cup", "the Exa World Cup", kinds=frozenset({"cup", "competition"}))
    text = "Italy joined the competition in 2000."
    after_rival = Context()
    after_rival.names = [("Six Nations Championship", "Six Nations Championship")]
    assert not resolve_backrefs(text, cup, after_rival, Edits(text), [])
    edits = Edits(text)
    assert resolve_backrefs(text, cup, Context(), edits, [])
    assert edits.apply([])[0] == "Italy joined the Exa World Cup in 2000."


def test_r28_rejects_stay_out() -> None:
    # R28 (the final formal round; now tuning articles).
    exa = Facts("Exa")

    def why(text: str, value: str, kind: str) -> str:
        span = Span(text.index(value), text.index(value) + len(value), value, kind)
        return reject_answer(Sentence(text, "Reception", [span]), span, exa, EntityTypes())

    assert why("On Metacritic, Exa has a score of 65 out of 100.", "65", "number")
    assert why("On the 3rd of May 2011, Exa announced the site.", "May 2011", "date")
    for text, name in (
        ("Historian Ann Roe has examined the undertones of Exa.", "Ann Roe"),
        ("Ann Roe has proposed that Exa expand its services.", "Ann Roe"),
    ):
        span = Span(text.index(name), text.index(name) + len(name), name, "entity")
        assert source_name(Sentence(text, "Reception", [span]), span), text
    _dropped(
        Subject("Codex Exa", "the Codex Exa"),
        "The Codex Exa resurfaced almost two centuries later, in 1823, in Utrecht.",
        "Ann Roe of the University of Exa proposed a different hypothesis in 1980.",
    )
    fletcher = "Until the election of Ernie Fletcher in 2003, Exa was the only physician governor."
    assert not false_ok(fletcher, fletcher.index("2003"))
    freed = "Since the independence of Exaland in 1991, the government has protected its forests."
    assert false_ok(
        freed, freed.index("1991"), "Exaland"
    )  # the subject's own independence: the main fact


def test_a_bank_read_as_a_new_user_after_the_last_read() -> None:
    # Reading two R28 banks question by question after the stop's last read: "The site has
    # been known by many names" in the Hanford Site's article (whose site?), and a false speed
    # in an aside about another ship ("Admiral Scheer, with a design speed of 37 knots, was too
    # slow to operate with Tirpitz": a side value, self-contradicting when changed).
    site = _article("Exa Site", "The '''Exa Site''' is a nuclear site in [[Washington]].\n").subject
    assert "site" in site.kinds
    edits = Edits("The site has been known by many names.")
    assert resolve_backrefs("The site has been known by many names.", site, Context(), edits, [])
    assert edits.apply([])[0].startswith("The Exa Site has been known")
    aside = "Admiral Scheer, with a design speed of 28 knots, was too slow to operate with Exa."
    assert not false_ok(aside, aside.index("28"))
    span = Span(aside.index("28"), aside.index("28") + 2, "28", "number")
    assert reject_answer(Sentence(aside, "Service", [span]), span, Facts("Exa"), EntityTypes())


def test_a_place_the_article_keeps_naming_is_not_asked_which() -> None:
    # "... distributed throughout which country?" of a US dam, "which city?" of Kabul in
    # Afghanistan's article: a reader of the topic guesses a place the article keeps naming.
    def asked(mentions: int) -> set[str]:
        facts = Facts("Exa Dam")
        facts.subject = Subject("Exa Dam", "Exa Dam")
        text = "The Exa Dam supplies water to farms in the Ore Valley."  # (its subject leads)
        facts.prose = text + " The Ore Valley is large." * mentions
        types = EntityTypes(fine={"Ore Valley": "valley"}, coarse={"Ore Valley": "place"})
        types.sure.add("Ore Valley")
        sentence = Sentence(text, "")
        span = Span(text.index("Ore"), len(text) - 1, "Ore Valley", "entity")
        sentence.spans = [span]
        fact = SentenceItems(facts, types, 0).fact(sentence, span)
        return {q.prompt for q in fact.options.values()} if fact else set()

    question = "The Exa Dam supplies water to farms in which valley?"
    assert question in asked(3)
    assert asked(4) == {"The Exa Dam supplies water to farms in the Ore Valley."}


def test_the_date_of_a_ranking_or_an_announcement_is_only_stated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    facts = Facts("Exa Quest")
    facts.subject = Subject("Exa Quest", "Exa Quest")
    items = SentenceItems(facts, entity_types(facts), 0)
    unruled = SentenceItems(facts, entity_types(facts), 0)  # (for the ranking without stop 56)

    def kinds(text: str, value: str, type_: str, maker: SentenceItems = items) -> set[str]:
        facts.prose = text
        sentence = Sentence(text, "")
        span = Span(text.index(value), text.index(value) + len(value), value, type_)
        sentence.spans = [span]
        fact = maker.fact(sentence, span)
        return set(fact.options) if fact else set()

    voted = "In 2006, Exa Quest was voted the second game of the decade by IGN."
    # (stop 56: a ranking's year is a detail's, and makes no statement either: statements.
    # minor_dated; without that rule it is stated, true or false, and never a gap)
    assert kinds(voted, "2006", "year") == set()
    with monkeypatch.context() as patched:
        patched.setattr(statements, "minor_dated", lambda text: False)
        assert kinds(voted, "2006", "year", unruled) == {"tf_true", "tf_false"}
    announced = "Exa Quest was announced in May 2004 by its makers in Exampleton."
    assert "cloze" not in kinds(announced, "May 2004", "date")
    assert "cloze" in kinds("Exa Quest was released in May 2004 in Exampleton.", "May 2004", "date")
    independence = "On July 2, 1776, Exa Quest voted for independence from Ruritania."
    assert "cloze" in kinds(independence, "July 2, 1776", "date")


def test_a_bare_surname_after_a_year_or_with_a_possessive_is_written_out() -> None:
    # R26-R28: "Craigiehall as built by Bruce is partially based on Smith's early design",
    # "In 2001 Gotthelf helped found ...": people named in full only sentences before.
    wikitext = (
        "'''Exa House''' is a house in [[Exampleton]], designed by [[James Smith (architect)|"
        "James Smith]] with help from Allan Gotthelf. King Harold visited it.\n\n"
        "== History ==\nIn 1701 Gotthelf helped to rebuild Exa House for the Duke of Exa. "
        "Exa House is partially based on Smith's early design. Stephen Douglas of Illinois "
        "praised Exa House. The owners of Exa House moved to [[Illinois]] in 1790. Laura Kent and "
        "Rudolf of Zenda lived in it. Exa House was sold to Zenda in 1820 and to [[Kent]] "
        "in 1850. "
        "Exa House was opened to visitors by Harold in 1801.\n"
    )
    texts = [s.text for s in extract_facts(parse_article("Exa House", wikitext)).sentences]
    assert "In 1701 Allan Gotthelf helped to rebuild Exa House for the Duke of Exa." in texts
    assert "Exa House is partially based on James Smith's early design." in texts
    assert "The owners of Exa House moved to Illinois in 1790." in texts  # (a place, linked)
    assert "Exa House was sold to Zenda in 1820 and to Kent in 1850." in texts
    assert "Exa House was opened to visitors by Harold in 1801." in texts  # ("King Harold")


def test_the_subjects_own_name_and_a_named_acronym_are_left_whole() -> None:
    # R29: "In 2014 Poet in Poet in the City held ..." ("the City" taken for the subject inside
    # its own name); "the Chicago the Combined Statistical Area (CSA)" (an acronym after a name).
    poet = Subject("Poet in the City", "Poet in the City", kinds=frozenset({"city"}))
    held = prepare("In 2014 Poet in the City held six workshops in London.", [], poet, Context())
    assert (
        held is not None and held.text == "In 2014 Poet in the City held six workshops in London."
    )
    city = prepare("The city held six workshops in London in 2014.", [], poet, Context())
    assert city is not None and city.text.startswith("Poet in the City held")
    csa = {"CSA": Acronym("Combined Statistical Area")}
    assert spell_out("The population of the Exa CSA is 9.8 million.", [], csa)[0] == (
        "The population of the Exa Combined Statistical Area (CSA) is 9.8 million."
    )
    assert spell_out("By 1976 CSA had grown.", [], csa)[0] == (
        "By 1976 the Combined Statistical Area (CSA) had grown."
    )
    # R33: "Rutten performed a few times for NJPW", "a lecturer at UI": linked as the acronym
    # ("[[New Japan Pro Wrestling|NJPW]]", no "the" added) or named before it in brackets
    text = (
        "'''Ann Roe''' (born 1965) is a wrestler. She studied at the [[University of Exaland]] "
        "(Universitas Exaland, or UE).\n\n== Career ==\nRoe was a lecturer at UE from 1990.\n"
        "Roe performed a few times for [[New Exa Pro Wrestling|NEPW]] from 2000 to 2002.\n"
    )
    facts = _article("Ann Roe", text)
    said = " ".join(s.text for s in facts.sentences)
    assert "a lecturer at the University of Exaland (UE) from 1990" in said
    assert "for New Exa Pro Wrestling (NEPW) from 2000" in said


def test_he_after_another_person_of_the_same_surname_is_not_the_subject() -> None:
    # R29: "Fourth son Wilfred Alan Greenwell was born ... He became a partner in the firm ..."
    # gave "Greenwell became a partner ..." in the father's article.
    father = Subject("Henry Nicholas Exwell", "Exwell", person=True, pronoun="he")
    text = "He became a partner in a firm in Honolulu."
    son = "Fourth son Wilfred Alan Exwell was born in 1878 and married Lulu Law in 1910."
    assert not resolve_person(text, father, Edits(text), son)
    for own in ("Henry Exwell was born in 1826 in Kent.", "In 1850 Exwell moved to Kona."):
        edits = Edits(text)
        assert resolve_person(text, father, edits, own)
        assert edits.apply([])[0].startswith("Exwell became a partner")


def test_r29_broken_rewrites() -> None:
    # "How many placements did Poet in the City has fund ...?", "Who was the name of a
    # fictional character in an advertisement ...?" (the subject of "X was the name of ...").
    assert garbled_question("How many placements did Exa in the City has fund in schools?")
    assert garbled_question("Who was the name of a fictional character in an advertisement?")
    assert not garbled_question("How many placements did Exa in the City fund in schools?")
    assert not garbled_question("Who was the founder of the Exa Railroad in 1901?")


def test_a_year_that_bounds_a_state_is_not_changed() -> None:
    # R29: "By the beginning of 1648, all of Crete ... was in Ottoman hands" moved to 1654 is
    # still true (the state held on); a year after "by", "until", "since" is only stated.
    from quiz.generator.falsify import BOUND_BEFORE
    from quiz.generator.spans import tail

    for before in ("By the beginning of ", "By the end of ", "by mid-", "Until the close of "):
        assert BOUND_BEFORE.search(tail(before)), before
    assert not BOUND_BEFORE.search(tail("At the beginning of "))


def test_a_release_year_bounds_false_years_like_a_founding() -> None:
    # A software's or a film's first release: nothing it did after is moved before it
    # (R29: "a release in November 2007" made false as November 1999, before Firefox).
    from quiz.generator.facts import InfoboxFact
    from quiz.generator.wrong import WrongValues

    facts = Facts("Exafox")
    for field in ("released", "first_release", "release_date"):
        facts.infobox = [InfoboxFact(field, "Released", "9 November 2004", "date")]
        assert WrongValues.founding_year(facts) == 2004


def test_a_broad_class_with_a_few_famous_members_is_not_asked_which() -> None:
    # R29: "... outraged by the South's defeat in which war?", "... the flagship of the Swedish
    # navy in which sea?": general knowledge answers; the statement stays.
    facts = Facts("Exa Ship")
    facts.subject = Subject("Exa Ship", "Exa Ship")
    text = "The Exa Ship served in the Ore Sea during the war of the 1670s."  # (a war: since
    # stop 56 a detail's year makes no statement, statements.minor_dated)
    facts.prose = text
    types = EntityTypes(fine={"Ore Sea": "sea"}, coarse={"Ore Sea": "place"})
    types.sure.add("Ore Sea")
    sentence = Sentence(text, "")
    span = Span(text.index("Ore"), text.index("Ore") + 7, "Ore Sea", "entity")
    sentence.spans = [span]
    fact = SentenceItems(facts, types, 0).fact(sentence, span)
    assert fact is not None and set(fact.options) == {"tf_true"}


def test_r29_sentences_that_lean_on_the_one_before() -> None:
    # "Within two years, ten of the museum's aircraft had been brought to Duxford" (of what?),
    # "Paul Goldberger, architecture critic for The New Yorker, was more cautious." (than
    # whom?), "In reality, Wood was ..." (than what the film shows).
    from quiz.generator.wording import LEANS_BACK

    assert LEANS_BACK.search("Within two years, ten aircraft had been brought to Exa Field.")
    assert LEANS_BACK.search("Ann Roe, architecture critic for The Exa Times, was more cautious.")
    assert LEANS_BACK.search("In reality, Roe was born in 1924.")
    assert not LEANS_BACK.search("Within two years of its founding, Exa Field had ten aircraft.")
    assert not LEANS_BACK.search("The new engine was more powerful than the old one.")


def test_a_bare_surname_after_another_of_that_name_is_dropped() -> None:
    # R29/d35: "Aurthur's son Sherwood Robert H. Exwell managed the ranch from 1951. He founded
    # a society. Exwell donated land for a park in 1963." (the son, in the father's article).
    wikitext = (
        "'''Henry Nicholas Exwell''' (1826–1891) was a rancher in [[Kona]].\n\n"
        "== Legacy ==\nHis son Sherwood Robert H. Exwell managed the ranch from 1951 to 1989. "
        "Exwell donated land for a county park in 1963. "
        "Henry Nicholas Exwell had built the first store in 1850. "
        "Exwell sold cattle to Kona in 1870.\n"
    )
    texts = [
        s.text for s in extract_facts(parse_article("Henry Nicholas Exwell", wikitext)).sentences
    ]
    assert not any("donated land" in t for t in texts)
    assert "Exwell sold cattle to Kona in 1870." in texts


def test_a_street_address_is_not_worth_asking() -> None:
    # d35: "Dwan has a star on the Hollywood Walk of Fame at 6263 Hollywood Boulevard."
    from quiz.generator.salience import salience, statement_salience

    facts = Facts("Ann Roe")
    facts.subject = Subject("Ann Roe", "Roe", person=True, pronoun="she")
    star = Sentence("Roe has a star on the Exa Walk of Fame at 6263 Exa Boulevard.", "Career")
    assert statement_salience(star, facts) == 0.0
    year = Sentence("Roe received a star on the Exa Walk of Fame in 1960.", "Career")
    assert statement_salience(year, facts) > 0.0
    span = Span(year.text.index("1960"), year.text.index("1960") + 4, "1960", "year")
    assert salience(year, span, "year", facts, EntityTypes(), year.text) > 0.0
    span = Span(star.text.index("6263"), star.text.index("6263") + 4, "6263", "number")
    assert salience(star, span, "number", facts, EntityTypes(), star.text) == 0.0


def test_r30_rejects_stay_out() -> None:
    # "a 36 miles river navigation" ({{convert|36|mi|km|adj=mid|-long}}); "To which family does
    # Allosaurus belong?" (Allosauridae: the genus gives it, and "†" is debris); "what is the
    # next date of ...?" (the next album's year); "first aired on NBC in which country?".
    from quiz.generator.infobox import INFOBOX_SKIP
    from quiz.generator.salience import BROAD_CLASS
    from quiz.generator.units import render_convert

    assert render_convert(["36", "mi", "km", "-long"], mid=True) == "36-mile-long"
    assert render_convert(["36", "mi", "km"]) == "36 miles"
    wikitext = "'''Exa Canal''' is a {{convert|36|mi|km|adj=mid|-long}} canal."
    canal = parse_article("Exa Canal", wikitext)
    assert "a 36-mile-long canal" in canal.sections[0].blocks[0].text
    assert INFOBOX_SKIP.match("next") and INFOBOX_SKIP.match("next_date")
    assert not INFOBOX_SKIP.match("director")
    assert BROAD_CLASS.search("Exa first aired on the Fox network in which country in 1992?")
    assert not BROAD_CLASS.search("Exa was published in which city in 1973?")  # (a country: R192)
    wikitext = (
        "{{Taxobox\n| name = Exasaurus\n| familia = †Exasauridae\n| ordo = [[Saurischia]]\n}}\n"
        "'''Exasaurus''' is a genus of large theropod dinosaur from [[Exampleton]].\n"
    )
    asked = {q.prompt: q.answer for q in build_bank("Exasaurus", wikitext).questions}
    assert not any("family" in p for p in asked)
    assert asked.get("To which order does Exasaurus belong?") == "Saurischia"


def test_a_unit_named_just_before_is_not_the_nations() -> None:
    # Bundled bank: "Reportedly in December 2014 Azerbaijan created the Separate Combined Arms
    # Army in Nakhchivan. Karam Mustafayev became commander of the corps." had become
    # "... commander of the Azerbaijani corps" (that army's corps, not the nation's).
    forces = Subject("Exan Armed Forces", "Exan Armed Forces", kinds=frozenset({"forces"}))
    text = "Ann Roe became commander of the corps in 2015."
    after = Context(previous="In 2014 Exa created the Separate Combined Arms Army in Ore.")
    assert not resolve_backrefs(text, forces, after, Edits(text), [])
    edits = Edits(text)
    assert resolve_backrefs(text, forces, Context(previous="Exa grew."), edits, [])
    assert edits.apply([])[0] == "Ann Roe became commander of the Exan corps in 2015."


def test_r31_rejects_stay_out() -> None:
    # "It took several images of Oberon" -> "Oberon took several images of Oberon"; "The song's
    # video" -> "The Hot Country Songs's video" (a chart); "7 out of _____ stars" (the scale);
    # "_____×50 binoculars" (a model's notation).
    moon = Subject("Exberon", "Exberon", kinds=frozenset({"moon"}))
    text = "It took several images of Exberon in 1986."
    assert not resolve_start_pronoun(text, moon, Context(), Edits(text))
    edits = Edits("It was found in 1787.")
    assert resolve_start_pronoun("It was found in 1787.", moon, Context(), edits)
    song = Subject("Don't Exa", "Don't Exa")
    text = "The song's video was directed by Ann Roe."
    chart = Context(previous="It reached number one on the Hot Country Songs chart.")
    chart.names = [("Hot Country Songs", "Hot Country Songs")]
    assert not resolve_backrefs(text, song, chart, Edits(text), [])
    facts = Facts("Exa Bout")
    for text, value in (
        ("Exa Bout was rated 7 out of 10 stars by Exa Online.", "10"),
        ("Exa Bout is faint, visible with 10×50 binoculars.", "10"),
    ):
        start = text.index(value)
        sentence = Sentence(text, "")
        span = Span(start, start + len(value), value, "number")
        assert reject_answer(sentence, span, facts, EntityTypes()), text


def test_a_measurement_of_seven_digits_is_trivia_even_when_round() -> None:
    # R31: "According to the article, what is the surface area of Oberon?" (7 285 000 km²).
    wikitext = (
        "{{Infobox planet\n| name = Exberon\n| surface_area = 7 285 000 km²\n}}\n"
        "'''Exberon''' is the outermost moon of the planet [[Exanus]]. It was discovered by "
        "[[William Herschel]] on 11 January 1787.\n\n== Discovery ==\nWilliam Herschel found it "
        "with his own telescope. Its surface area is 7 285 000 km².\n"
    )  # (the text tells the discoverer and the area again: since stop 56 a name told once is not
    # asked, nor an infobox line the text never tells, mentions.returned_to)
    asked = [q.prompt for q in build_bank("Exberon", wikitext).questions]
    assert asked and not any("surface area" in p for p in asked)


def test_r31_there_and_various_artists() -> None:
    # "There, Thrasybulus ..." (where? the battle of the sentence before); an album's artist
    # "Various Artists" (the infobox's placeholder, not an artist).
    leader = Subject("Exabulus", "Exabulus", person=True, pronoun="he")
    text = "There, Exabulus commanded a ship in 406 BC."
    assert prepare(text, [], leader, Context()) is None
    assert prepare("In 406 BC Exabulus commanded a ship.", [], leader, Context()) is not None
    wikitext = (
        "{{Infobox album\n| name = Exa Sounds\n| artist = Various Artists\n"
        "| producer = [[Ann Roe]]\n}}\n"
        "'''Exa Sounds''' is a soundtrack album released in 2004 by [[Exa Records]].\n"
        "\n== Production ==\nThe songs were recorded in 2004 and are credited to Various Artists.\n"
    )  # (2004 and the artist told again: since stop 56 a year told once is not asked, nor an
    # infobox line the text never tells, mentions.returned_to)
    asked = {q.prompt: q.answer for q in build_bank("Exa Sounds", wikitext).questions}
    assert asked and "Various Artists" not in asked.values()


def test_r32_rejects_stay_out() -> None:
    # "Ultimately, Hoya Blue raised $1500 ..." (after what?); "Forbes named Bartiromo's one of
    # the most powerful women" ("her" as an object); "during the arrest of alleged which owner?".
    dog = Subject("Exa the Bulldog", "Exa", kinds=frozenset({"mascot"}))
    text = "Ultimately, Exa was placed in the care of Father Roe in 1999."
    assert prepare(text, [], dog, Context()) is None
    anchor = Subject("Maria Exiromo", "Exiromo", person=True, pronoun="she")
    for text, expected in (
        ("In 2009 Forbes named her one of the most powerful women.", "named Exiromo one of"),
        ("In 2009 Forbes praised her work on the show.", "praised Exiromo's work"),
    ):
        edits = Edits(text)
        assert resolve_person(text, anchor, edits, "")
        assert expected in edits.apply([])[0]
    assert wh_after_modifier(
        "The FBI seized 26,000 coins during the arrest of alleged which owner?"
    )
    assert not wh_after_modifier("The FBI seized 26,000 coins during the arrest of which owner?")


def test_his_after_a_name_the_sentence_opens_with_is_theirs() -> None:
    # R32: "Nyabire was a Kakwa who converted to Islam in 1910 and changed his name to Amin Dada"
    # became "... changed Amin's name" (the father's own name) in Idi Amin's article.
    amin = Subject("Idi Amin Exa", "Amin", person=True, pronoun="he")
    text = "Nyabire was a farmer who converted to Islam in 1910 and changed his name to Exa."
    assert not resolve_person(text, amin, Edits(text), "")
    own = "In 1910 the farmer's son changed his name to Exa."
    edits = Edits(own)
    assert resolve_person(own, amin, edits, "")
    assert "changed Amin's name" in edits.apply([])[0]
