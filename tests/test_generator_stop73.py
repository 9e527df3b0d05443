"""Stop 73: mends of what reviewers failed: a renamed city typed by its other name (R446's
"Kyiv", R447's "Saint Petersburg"), a maker the text credits beside others (R450); and what
rich articles (p138-p139) gave no question of: a war's years, a former state's end and
successor, a country's independence."""

from __future__ import annotations

from test_generator_r73 import Q, other_names

from quiz.generator.article import InfoboxField
from quiz.generator.facts import Facts, InfoboxFact, Sentence, extract_facts
from quiz.generator.gaps import released_year
from quiz.generator.gazetteer import city_forms
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.items import CENTRAL_SHARE, SentenceItems
from quiz.generator.lifelines import founding_names, life_parts
from quiz.generator.placeforms import place_accepts
from quiz.generator.questions import did_question
from quiz.generator.spans import Span
from quiz.generator.spellings import typed_forms
from quiz.generator.structured import StructuredItems
from quiz.generator.unaskable import unaskable_fields
from quiz.generator.wikitext import parse_article
from quiz.generator.works import shared_credit


def test_a_renamed_city_is_accepted_typed_by_its_other_names() -> None:
    # R446: "What is the capital of Ukraine?" -> Kiev ("Kyiv" marked wrong); R447: "Where did
    # Andrey Markov die?" -> "Petrograd, Russian SFSR" ("Saint Petersburg" marked wrong)
    none = Facts("A")
    assert "Kyiv" in typed_forms("Kiev", none, False)
    assert {"Saint Petersburg", "Leningrad"} <= set(city_forms("Petrograd, Russian SFSR"))
    assert "Mumbai" in city_forms("Bombay")
    assert city_forms("Tokyo") == []  # (its capital is not "Edo": only later names, R451)
    assert city_forms("St. Petersburg, Russia") == ["Saint Petersburg"]  # (born in 1905)
    assert city_forms("Canton, Ohio") == []  # (a name that is other places too)
    assert city_forms("Exton, Pennsylvania") == []


def test_a_maker_the_text_credits_beside_others_is_not_asked() -> None:
    # R450: "Who composed the music for the 2007 film Welcome?" -> Sajid-Wajid, beside "The
    # soundtrack was composed by Anand Raj Anand, Himesh Reshammiya and Sajid-Wajid"
    facts = Facts("A", prose="The score was composed by Ann Roe, Ned Oss and Ben Cole.")
    facts.infobox = [
        InfoboxFact("music", "Music", "Ben Cole", "entity"),
        InfoboxFact("director", "Director", "Ben Cole", "entity"),
    ]
    assert shared_credit("Ben Cole", facts, "music")
    assert not shared_credit("Ben Cole", facts, "director")  # (another part)
    alone = Facts("A", prose="It was directed by Ben Cole and produced by Ann Roe.")
    alone.infobox = [InfoboxFact("director", "Director", "Ben Cole", "entity")]
    assert not shared_credit("Ben Cole", alone, "director")
    pair = Facts("A", prose="It was directed by Ben Cole and Ann Roe.")
    pair.infobox = alone.infobox
    assert shared_credit("Ben Cole", pair, "director")
    cast = Facts("A", prose="It was directed by Ben Cole, written by Ann Roe, and starring Ned.")
    cast.infobox = alone.infobox
    assert not shared_credit("Ben Cole", cast, "director")  # (the list ends at "written by")
    noted = Facts("A")
    noted.infobox = [InfoboxFact("director", "Director", 'Ben Cole; (as "Ned Oss")', "text")]
    assert not shared_credit("Ben Cole", noted, "director")  # (one name, credited as another)


def test_a_wars_dates_give_the_years_it_began_and_ended() -> None:
    # p138's Korean War: "Date: 25 June 1950 – 27 July 1953 ({{Age in years, months ...}})"
    # gave no line at all (the template is not rendered), and a range is no one date
    assert life_parts("date", "date", "Date", "25 June 1950 – 27 July 1953", "text") == [
        ("began", "Began", "25 June 1950", "date"),
        ("ended", "Ended", "27 July 1953", "date"),
    ]
    told = "23 May 1618 – 15 May 1648; (29 years, 11 months, 3 weeks, and 1 day)"
    assert [p[0] for p in life_parts("date", "date", "Date", told, "text")] == ["began", "ended"]
    assert life_parts("date", "date", "Date", "1–3 July 1863", "text") == [
        ("date", "Date", "July 1863", "date")  # (asked by its year, typed as the month too:
    ]  # stop 74, R455)
    kept = "April 12, 1861 – May 9, 1865 (by declaration)"  # (which end?)
    assert life_parts("date", "date", "Date", kept, "text")[0][0] == "date"
    box = (
        "{{Infobox military conflict\n| conflict = Vorn War\n"
        "| date = 2 May 1820 – 4 June 1823<br />({{Age in years|1820|1823}})\n}}\n"
        f"The {Q}Vorn War{Q} was a war fought between Exland and Vornia over the Tessel "
        "valley. It was led by [[Ann Roe]] on the side of Exland.\n"
        "== History ==\nThe Vornian army crossed the Tessel on 2 May 1820. The war ended in "
        "1823 with the Treaty of Orlen, signed on 4 June 1823.\n"
    )
    box_fields = parse_article("Vorn War", box).infobox
    assert [f.value for f in box_fields if f.name == "date"] == ["2 May 1820 – 4 June 1823"]
    asked = {q.prompt: q.answer for q in build_bank("Vorn War", box).questions}
    years = {
        "In what year did the Vorn War begin?": "1820",
        "In what year did the Vorn War end?": "1823",
    }
    assert asked.keys() & years.keys()
    assert all(asked[prompt] == years[prompt] for prompt in asked.keys() & years.keys())


def test_a_former_states_end_and_the_state_after_it_are_asked() -> None:
    # p138-p139: Joseon, Goguryeo, the Han dynasty gave no question from their boxes
    box = (
        "{{Infobox former country\n| conventional_long_name = Vornia\n| year_start = 1392\n"
        "| year_end = 1897\n| p1 = Exland\n| p2 = Tessia\n| s1 = Orlen Empire\n}}\n"
        f"{Q}Vornia{Q} was a kingdom that ruled the Vorn islands.\n"
        "== History ==\nVornia was founded in 1392 after the fall of [[Exland]] and [[Tessia]]. "
        "In 1897, the kingdom was replaced by the [[Orlen Empire]].\n"
    )
    facts = extract_facts(parse_article("Vornia", box))
    made = StructuredItems(SentenceItems(facts, entity_types(facts), 0, CENTRAL_SHARE))
    asked = {
        item.options["short_answer"].prompt: item.options["short_answer"].answer
        for item in made.infobox()
        if "short_answer" in item.options
    }
    assert asked.get("Which state succeeded Vornia?") == "Orlen Empire"
    assert asked.get("In what year did Vornia end?") == "1897"
    assert not any("preceded" in prompt for prompt in asked)  # (two states did)
    fields = [("p1", "Exland"), ("p2", "Tessia"), ("s1", "Orlen Empire")]
    assert unaskable_fields(fields, "Vornia") == {"p1"}
    assert life_parts("year_end", "year_end", "Year end", "220 AD", "text") == [
        ("year_end", "Year end", "220", "year")
    ]
    assert life_parts("year_start", "year_start", "Year start", "202 BC", "text")[0][2] == "202 BC"


def test_a_countrys_independence_is_asked_from_its_founding_events() -> None:
    # Angola's "established_event1 = from Portugal", "established_date1 = 11 November 1975"
    fields = [
        ("established_event1", "Associated State"),
        ("established_event2", "from the United Kingdom"),
        ("established_title3", "Settled"),
    ]
    assert founding_names(fields) == {
        "established_date1": "associated state",
        "established_date2": "independence",
        "established_date3": "settled",
    }
    twice = [("independence", "1919"), ("independence", "1991")]
    assert unaskable_fields(twice, "Exland") == {"independence"}  # (which of them?)
    box = (
        "{{Infobox country\n| conventional_long_name = Republic of Vornia\n"
        "| established_event1 = from Exland\n| established_date1 = 11 November 1975\n}}\n"
        f"{Q}Vornia{Q} is a country on the Vorn islands.\n"
        "== History ==\nVornia became independent from Exland on 11 November 1975.\n"
    )
    facts = extract_facts(parse_article("Vornia", box))
    made = StructuredItems(SentenceItems(facts, entity_types(facts), 0, CENTRAL_SHARE))
    asked = {item.options["short_answer"].prompt for item in made.infobox()}
    assert "In what year did Vornia become independent?" in asked


def test_no_year_asked_of_a_deed_that_a_clause_after_a_comma_dates() -> None:
    # p139: "In what year did North Korea promise to halt its development of nuclear weapons
    # under the Agreed Framework, signed?" (1994 is the framework's year)
    text = "Vornia promised to halt its weapons programme under the Orlen Accord, signed in 1994."
    at = text.index("1994")
    assert did_question(Sentence(text, ""), Span(at, at + 4, "1994", "year")) is None
    plain = "Vornia joined the Orlen Accord in 1994."
    at = plain.index("1994")
    assert did_question(Sentence(plain, ""), Span(at, at + 4, "1994", "year")) == (
        "In what year did Vornia join the Orlen Accord?"
    )


def test_r451_typed_forms_a_double_surname_and_a_bracketed_modern_name() -> None:
    # R451: "Who preceded Mariano Rajoy as Minister of the Interior?" -> Jaime Mayor Oreja
    # ("Mayor Oreja" marked wrong); "Where did Sejong the Great die?" -> "Hanyang, Joseon",
    # beside "born in [[Names of Seoul|Hanyang]] ([[Seoul]])" ("Seoul" marked wrong)
    none = Facts("A")
    assert "Mayor Oreja" in typed_forms("Jaime Mayor Oreja", none, True)
    assert "Sooraj R. Barjatya" not in typed_forms("Sooraj R. Barjatya", none, True)
    told = Facts("A", prose="He was born in Hanyang (Seoul), Vornia, in 1397.")
    told.links = [("Hanyang", "Names of Seoul"), ("Seoul", "Seoul")]
    assert "Seoul" in place_accepts("Hanyang, Vornia", [], told)
    unlinked = Facts("A", prose="He was born in Hanyang (Seoul), Vornia, in 1397.")
    assert "Seoul" not in place_accepts("Hanyang, Vornia", [], unlinked)


def test_r451_no_release_day_asked_where_its_year_cannot_be() -> None:
    # R451: "Army of Darkness premiered ... on October 9, 1992, and was released in the United
    # States on _____ (date)" (a day, trivia); "Indivisible was released ... in _____ (year)"
    # under the title "Indivisible (2018 film)"
    cloze = "Vornia was released in the United States on _____ (date) by Roe Films."
    assert released_year(cloze, "October 26, 2018", "Vornia (2018 film)") == ""
    assert released_year(cloze, "October 26, 2018", "Vornia (film)") == (
        "Vornia was released in the United States in _____ (year) by Roe Films."
    )


def test_r452_other_names_a_text_spelling_an_architect_and_an_islands_year() -> None:
    # "By what other name is titration known?" accepted "titrant or titrator" (a reagent
    # "called the titrant or titrator" in the third sentence)
    lead = (
        f"{Q}Vorning{Q}, also known as {Q}vornimetry{Q}, is a method of analysis. Since volumes "
        "matter, it is also known as volumetric vorning. A reagent, called the vornant, is "
        "prepared first.\n"
    )
    asked = other_names("Vorning", lead)
    assert [q.answer for q in asked] == ["vornimetry"]
    assert asked[0].accept == ["volumetric vorning"]
    # "George Bähr" (infobox) is "Georg Bähr" in the text
    spelt = Facts("A", prose="The church was built by Georg Bähr from 1726.")
    assert "Georg Bähr" in typed_forms("George Bähr", spelt, True)
    assert "Georg Bähr" not in typed_forms("George Bähr", Facts("A"), True)
    # "Architect: Eduard Riedel" beside "Civil engineer: Eduard Riedel, Georg von Dollmann,
    # Julius Hofmann"
    built = Facts("A")
    built.infobox = [
        InfoboxFact("architect", "Architect", "Ann Roe", "entity"),
        InfoboxFact("civil_engineer", "Civil engineer", "Ann Roe, Ned Oss, Ben Cole", "text"),
    ]
    assert shared_credit("Ann Roe", built, "architect")
    assert not shared_credit("Ann Roe", Facts("A"), "architect")
    # "Alcatraz Island was established in 1926" (False): an island is not established
    assert infobox_question("established", "Established", "Vorn Island") is None
    assert infobox_question("established", "Established", "Vorn Park") is not None
    assert infobox_question("established", "Established", "Vorn Lake State Park") is not None
    assert infobox_question("established", "Est.", "Vorn Hills", kind="settlement") is not None


def test_a_former_states_lines_are_labelled_as_a_reader_says_them() -> None:
    # the new user's pass: the "why" of "Which state succeeded Joseon?" read "S1: Korean Empire"
    labels = {name: InfoboxField.named(name, "x", []).label for name in ("p1", "s1", "year_end")}
    assert labels == {"p1": "Preceded by", "s1": "Succeeded by", "year_end": "Ended"}
