"""Stop 72: mends of what reviewers failed (a year a battle named in the sentence gives away,
a place of death where the text tells a death in battle) and R446's (a district's city typed,
a country's plain name typed, a birthplace a sentence of its surname tells otherwise, a
spouse's post's year and party), R447's (a surname, an acronym, a short name typed) and
R448's (more surname forms, an alias beside other terms, a work's "The") and R449's (a
release's day asked as its year, a name in the language the text gives)."""

from __future__ import annotations

from test_generator_r73 import Q, other_name_answers

from quiz.generator.acronyms import Acronym
from quiz.generator.facts import Facts, InfoboxFact, extract_facts
from quiz.generator.gaps import released_year
from quiz.generator.gazetteer import country_forms
from quiz.generator.general import event_year_named
from quiz.generator.generate import entity_types
from quiz.generator.items import CENTRAL_SHARE, SentenceItems
from quiz.generator.kindwording import field_given_otherwise, kind_value
from quiz.generator.otherwise import born_otherwise
from quiz.generator.placeforms import place_accepts
from quiz.generator.spans import Span
from quiz.generator.spellings import acronym_forms, typed_forms
from quiz.generator.wikitext import parse_article
from quiz.generator.works import shared_credit, titled_work
from quiz.text import normalize

PROSE = (
    "The Field of Ardenne is a poem by Anna Berg, written and published in 1815.\n"
    "After the allied victory at the battle of Ardenne on 18 June 1815, Berg travelled north.\n"
)


def _year(text: str, year: str) -> Span:
    start = text.index(year)
    return Span(start, start + len(year), year, "year")


def test_a_year_is_given_away_by_a_battle_the_sentence_names() -> None:
    text = "The Field of Ardenne is a poem by Anna Berg, written and published in 1815."
    assert event_year_named(text, _year(text, "1815"), PROSE)


def test_a_year_stays_where_the_battle_is_another_year_or_not_named() -> None:
    other = "The Field of Ardenne was reprinted in 1820."
    assert not event_year_named(other, _year(other, "1820"), PROSE + other)
    unnamed = "Berg wrote a second poem in 1815."
    assert not event_year_named(unnamed, _year(unnamed, "1815"), PROSE + unnamed)


def test_no_place_of_death_where_the_text_says_he_was_killed_in_battle() -> None:
    killed = normalize("He was killed early in the war at the Battle of Tarvos in 1862.")
    assert kind_value("death_place", "Harlan County, Tennessee", "Anna Berg", [], killed) == ""
    action = normalize("Berg was killed in action near Tarvos.")
    assert kind_value("death_place", "Tarvos", "Anna Berg", [], action) == ""
    home = normalize("Berg died at her home in Tarvos after a long illness.")
    assert kind_value("death_place", "Tarvos", "Anna Berg", [], home) == "Tarvos"
    assert kind_value("birth_place", "Tarvos", "Anna Berg", [], killed) == "Tarvos"


def test_the_city_of_a_district_is_accepted_typed() -> None:
    plain = Facts("A", prose="She was born at her grandfather's house.")
    assert "Kelborough" in place_accepts("Felden, Kelborough, England", [], plain)
    assert "Felden" in place_accepts("Felden, Kelborough, England", [], plain)
    assert "Lancashire" not in place_accepts("Felden, Lancashire, England", [], plain)
    assert "Saint Ann Parish" not in place_accepts(
        "Nine Mile, Saint Ann Parish, Jamaica", [], plain
    )
    told = Facts("A", prose="Berg was born in Felden, Kelborough to a family of weavers.")
    told.links = [("Felden", "Felden"), ("Kelborough", "Kelborough")]
    assert "Kelborough" in place_accepts("Felden, Lancashire, England", [], told)
    named = Facts("A", prose="Born in Felden, Anna Berg was the fourth child.")
    named.links = [("Anna Berg", "Anna Berg")]
    assert "Anna Berg" not in place_accepts("Felden, Sweden", [], named)
    linked = Facts("A", prose="She died at her home.", links=[("Bel Wood", "Bel Wood, Kelborough")])
    assert "Kelborough" in place_accepts("Bel Wood, Lancashire, U.K.", [], linked)
    then = Facts("A", prose="Berg was born in Felden (then known as Veldtown) in Lancashire.")
    assert "Veldtown" in place_accepts("Felden, Lancashire, England", [], then)
    now = Facts("A", prose="Born in Felden, (then part of Essex, now part of Kelborough), Berg ...")
    assert "Kelborough" in place_accepts("Felden, Essex, England", [], now)


def test_a_styled_country_is_accepted_by_its_plain_name() -> None:
    assert country_forms("Kingdom of the Netherlands") == ["Netherlands"]
    assert country_forms("Federal Republic of Germany") == ["Germany"]
    assert "UK" in country_forms("United Kingdom")
    assert country_forms("France") == []


def test_a_birthplace_told_otherwise_in_a_sentence_of_the_surname() -> None:
    prose = "Van Berg was born on a farm in Edenholm, a community east of Gretna, Manitoba."
    assert born_otherwise("birth_place", "Gretna, Manitoba, Canada", prose, "A. E. van Berg", "he")
    same = "Van Berg was born in Gretna, Manitoba, in 1912."
    assert not born_otherwise("birth_place", "Gretna, Manitoba, Canada", same, "A. E. van Berg")


def test_a_spouses_term_and_party_are_not_asked() -> None:
    spouse = "Spouse of the Prime Minister of Exland"
    assert field_given_otherwise("term_start", spouse)
    assert field_given_otherwise("party", spouse)
    assert not field_given_otherwise("birth_place", spouse)
    assert not field_given_otherwise("term_start", "Prime Minister of Exland")


def test_short_forms_of_a_name_are_accepted_typed() -> None:
    facts = Facts("A", acronyms={"XDU": Acronym("Exland Democratic Union")})
    none = Facts("A")
    assert "Rau" in typed_forms("Johannes Rau", none, True)
    assert "Van Alen" in typed_forms("William Van Alen", none, True)
    assert "Alen" not in typed_forms("William Van Alen", none, True)
    assert {"Villepin", "de Villepin"} <= set(typed_forms("Dominique de Villepin", none, True))
    assert "Sooraj Barjatya" in typed_forms("Sooraj R. Barjatya", none, True)
    assert typed_forms("Louis XIV", none, True) == []
    assert typed_forms("Zalyv Shipbuilding Yard", none, True) == []
    assert "Deco" not in typed_forms("Art Deco", none, False)
    assert "XDU" in typed_forms("Exland Democratic Union", facts, False)
    assert acronym_forms("Exland Democratic Union", facts) == ["XDU"]
    assert acronym_forms("Exland Democratic", facts) == []
    linked = Facts("A", acronyms={"XWP": Acronym("Workers' Party")})
    linked.links = [("Workers' Party", "Exland Workers' Party")]
    assert acronym_forms("Exland Workers' Party", linked) == ["XWP"]
    assert acronym_forms("Free Workers' Party", linked) == []
    assert "Humboldt University" in typed_forms("Humboldt University of Berlin", none, False)
    native = Facts("A", prose="He joined the Exland League (Vornish: Lega Exa) in 1979.")
    assert "Lega Exa" in typed_forms("Exland League", native, False)
    assert "Mans, France" not in typed_forms("Le Mans, France", none, False)
    assert "News Corp" in typed_forms("News Corporation", none, False)
    assert "Netherlands" in typed_forms("Kingdom of the Netherlands", none, False)


def test_no_other_name_is_asked_where_the_text_gives_other_terms() -> None:
    # R448: "By what other name is an abugida known?" beside "Other terms that have been used
    # include neosyllabary, pseudo-alphabet ..."
    lead = (
        f"A {Q}vorngram{Q}, also called a {Q}tessigram{Q}, is a writing system of the Vorn "
        "islands in which each sign stands for a syllable.\n"
    )
    assert other_name_answers("Vorngram", lead) == ["tessigram"]
    more = lead + "\n== Names ==\nOther terms that have been used include ''quadrigram''.\n"
    assert other_name_answers("Vorngram", more) == []


def test_a_works_title_keeps_its_the_in_a_question() -> None:
    # R448: "Who directed the Good Earth?" (the film The Good Earth)
    box = "{{Infobox film\n| name = The Vorn Tide\n}}\n"
    text = f"{box}{Q}''The Vorn Tide''{Q} is a 1937 Exlandic [[drama film]]. "
    text += "The Vorn Tide was directed by [[Ann Roe]].\n"
    facts = extract_facts(parse_article("The Vorn Tide (film)", text))
    assert titled_work(facts)
    made = SentenceItems(facts, entity_types(facts), 0, CENTRAL_SHARE)
    sentence = next(s for s in facts.sentences if "directed" in s.text)
    span = next(s for s in sentence.spans if s.text == "Ann Roe")
    assert made.wh_question(sentence, span) == "Who directed The Vorn Tide?"
    band = extract_facts(parse_article("The Vorns", f"{Q}The Vorns{Q} are an Exlandic band.\n"))
    assert not titled_work(band)


def test_a_releases_day_is_asked_as_its_year() -> None:
    # R445, R449: "Kadvi Hawa was released on _____ (date)." -> 24 November 2017 (the year is
    # what a teacher asks)
    cloze = "The Vorn Tide was released in Exland on _____ (date) by Roe Films."
    assert released_year(cloze, "24 November 2017") == (
        "The Vorn Tide was released in Exland in _____ (year) by Roe Films."
    )
    assert released_year("It premiered on _____ (date).", "May 25, 2012") == (
        "It premiered in _____ (year)."
    )
    assert released_year("Berg was born on _____ (date).", "24 November 1950") is None
    assert released_year("It was released on _____ (date).", "November 2017") is None
    later = "It premiered on October 9, 1992, and was released on _____ (date)."
    assert released_year(later, "February 19, 1993") == ""  # (1992 beside it: none, R451)


def test_the_name_a_maker_is_credited_under_is_accepted_typed() -> None:
    # R450: "Who directed the 1981 film The World of Henry Paris?" -> Radley Metzger, credited
    # as "Henry Paris"
    facts = Facts("A")
    facts.infobox = [InfoboxFact("director", "Director", 'Ann Roe; (as "Ned Oss")', "text")]
    assert "Ned Oss" in typed_forms("Ann Roe", facts, True)
    assert "Ned Oss" not in typed_forms("Ben Cole", facts, True)


def test_a_maker_credited_only_beside_others_is_not_asked() -> None:
    # R450: "Who produced I'm Not Harry Jenson ...?" -> Tom Hern, beside "Producer: Tom Hern;
    # Edward Sampson"
    facts = Facts("A")
    facts.infobox = [
        InfoboxFact("producer", "Producer", "Ann Roe; Ned Oss", "text"),
        InfoboxFact("director", "Director", "Ben Cole", "text"),
        InfoboxFact("producer2", "Producer", "Ben Cole, Cy Dunn", "text"),
    ]
    assert shared_credit("Ann Roe", facts)
    assert not shared_credit("Ben Cole", facts)  # (the film's one director)
    assert not shared_credit("Eve Lark", facts)
