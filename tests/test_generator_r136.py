"""Review R124-R135's failures, made general: true statements of side matters past the lead,
words that point back, stray commas, a town's name read as a lake or an island, an honour's
year made false, years worked out from an age or named by an event, a release dated twice."""

from __future__ import annotations

from test_generator_r33 import false_year_past_the_lead
from test_generator_r73 import Q
from test_generator_r122 import prompt_answers

from quiz.generator.answers import reject_answer
from quiz.generator.article import short_for
from quiz.generator.careers import position_otherwise, released_otherwise, studied_elsewhere
from quiz.generator.checks import statement_ok
from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Facts, Sentence, extract_facts
from quiz.generator.general import NAMED_EVENT
from quiz.generator.infobox import POINTER_VALUE, infobox_question
from quiz.generator.lexicon import named_by_adjective
from quiz.generator.otherwise import born_otherwise
from quiz.generator.references import Context
from quiz.generator.salience import guessed, salience, side_matter, statement_salience
from quiz.generator.sentences import first_person, usable_sentence
from quiz.generator.spans import Span
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject, plural_name
from quiz.generator.taxa import said_by_its_name
from quiz.generator.typeclues import head_type
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import broken_copy, leans_back

PLAYER = (
    f"{Q}Ann Exa{Q} (born 1950) is an Exland footballer who played for Vark United and "
    "captained the Exland national team.\n\n== Career ==\n"
    "In 1975, Exa captained the Exland national team at the Vark Cup.\n"
    "In 1982, Exa moved to a cottage on Mill Lane near Sandby with two dogs.\n"
)


def test_a_side_matter_past_the_lead_gives_no_true_statement() -> None:
    facts = extract_facts(parse_article("Ann Exa", PLAYER))
    body = {s.text: s for s in facts.sentences if s.section}
    team = next(s for t, s in body.items() if "national team" in t)
    cottage = next(s for t, s in body.items() if "cottage" in t)
    assert not side_matter(team, facts)  # (its words are the lead's)
    assert side_matter(cottage, facts)
    assert not side_matter(facts.sentences[0], facts)  # (the lead is no side matter)
    prompts = prompt_answers("Ann Exa", PLAYER)
    assert not any("cottage" in p and a == "True" for p, a in prompts.items()), prompts


def test_words_that_point_back_lean_on_the_sentence_before() -> None:
    assert leans_back("Clark served two terms in that body, resigning in 1816.")
    assert leans_back("Exa is also known for his bizarre filings to the Vark Bar.")
    assert leans_back("Exa was detached on 8 June 1909 and ordered to return home.")
    assert not leans_back("In 1986 Exa joined the Vark League and has remained in that league.")
    assert not leans_back("Exa, also known as John Lackland, was King of Exland.")
    assert not leans_back("Exa was discharged from the Exland Army in 1919.")
    assert not leans_back("Exa saw phases of Venus similar to that of the Moon.")


def test_a_stray_comma_is_a_broken_copy() -> None:
    assert broken_copy("William A. Exa, has been the president of the Vark League since 1993.")
    assert broken_copy("The belief of Exans, originated from the worship of nature.")
    assert broken_copy("In 1991, Exa Apparel Inc., was sold to Vark Corporation.")
    assert broken_copy("Exa was born near Lahore, Pakistan,, the oldest of six children.")
    assert broken_copy("From 2000 Exa was president of the Vark-based Crisis Group,.")
    assert not broken_copy("In 1991, Exa Apparel was sold to Vark Corporation, a maker of goods.")
    assert not broken_copy("William Exa, a lawyer, has been the president of the Vark League.")


def test_a_place_and_its_region_take_the_places_own_head() -> None:
    assert head_type("Newport, Rhode Island") == ""  # (a town, not an island)
    assert head_type("Lake Charles, LA") == ""  # (a town, not a lake)
    assert head_type("Lake Charles") == "lake"
    assert head_type("College Station, Texas") == ""  # (a town, not a station)


def test_a_city_state_template_reads_as_the_place() -> None:
    text = f"{Q}Ben Exa{Q} (born 1985 in {{{{city-state|Los Angeles|California}}}}) is a player."
    facts = extract_facts(parse_article("Ben Exa", text))
    assert "born 1985 in Los Angeles, California)" in facts.prose


def test_an_honours_year_makes_no_false_statement() -> None:
    lead = f"{Q}Ann Exa{Q} is a player of Vark United."
    inducted = "In 1996, Exa was inducted into the Vark United Hall of Fame."
    assert false_year_past_the_lead("Ann Exa", lead, inducted, "1996") is None
    appointed = "In 1996, Exa was appointed the captain of Vark United."
    assert false_year_past_the_lead("Ann Exa", lead, appointed, "1996")


def _reject(text: str, part: str) -> str:
    span = Span(text.index(part), text.index(part) + len(part), part, "year")
    return reject_answer(Sentence(text, "", [span]), span, Facts("Exa"), EntityTypes())


def test_a_year_an_age_or_a_named_event_works_out_is_not_asked() -> None:
    assert _reject("Exa died in Vark in 1990, aged 38, after a heart attack.", "1990")
    assert _reject("The album was due in late 1970 or early 1971 as a double-LP.", "1971")
    assert not _reject("Exa died in Vark in 1990 after a heart attack.", "1990")
    assert NAMED_EVENT.search("Exa came to England after the Norman Conquest of England in 1066.")
    assert not statement_ok("Exa was born in 1873, presumably in Ireland, to a farming family.")


def test_a_note_in_brackets_is_no_value() -> None:
    assert POINTER_VALUE.match("(unplaced)")
    assert not POINTER_VALUE.match("Boraginales")


def test_a_release_the_text_dates_again_is_contested() -> None:
    prose = "The band re-recorded the song for its 1983 debut album. It was first out in 1981."
    assert released_otherwise("July 8, 1981", prose)
    assert not released_otherwise("July 8, 1981", "It was reissued on CD in 1994.")
    assert not released_otherwise("1983", prose)


def test_a_hand_written_hatnote_is_no_sentence() -> None:
    assert not usable_sentence("For the AQA Anthology at A-level see AQA Anthology.")
    assert usable_sentence("For his services in the war, Exa was knighted in 1919 by King George.")


def test_an_established_date_is_asked_as_what_its_title_says() -> None:
    text = (
        "{{Infobox settlement\n| name = Exa Township\n| established_title = Settled\n"
        "| established_date = 1774\n}}\n"
        f"{Q}Exa Township{Q} is a township in Vark County. It was first settled in 1774 by "
        "Ann Roe.\n"
    )
    prompts = prompt_answers("Exa Township", text)
    assert not any("established" in p for p in prompts), prompts
    names = [f.name for f in extract_facts(parse_article("Exa Township", text)).infobox]
    assert "settled" in names


def test_a_plural_common_noun_is_no_name_to_ask_which_of() -> None:
    text = (
        f"{Q}Ann Exa{Q} (born 1975) is an Indian actress and model. Exa has predominantly acted "
        "in Hindi and Malayalam language films, besides appearing in a number of "
        "[[Tamil cinema|Tamil productions]].\n"
    )
    prompts = prompt_answers("Ann Exa", text)
    assert prompts and not any("which company" in p for p in prompts), prompts


def test_an_irish_surname_keeps_its_particle() -> None:
    text = (
        f"{Q}Doireann Ní Exa{Q} (born 1952) is an Irish broadcaster. She works in English and "
        "Irish. Ní Exa presented the Vark Song Contest in 1981.\n"
    )
    facts = extract_facts(parse_article("Doireann Ní Exa", text))
    assert facts.subject.bare == "Ní Exa"


def test_honours_certificates_and_dated_statistics_are_not_worth_asking() -> None:
    text = (
        f"{Q}Ann Exa{Q} (born 1950) is an Exland lawyer and politician who became Vark's "
        "foreign minister.\n\n== Career ==\nIn 2004, Exa became an Honorary Fellow of Vark "
        "College, the politician's college at Exford.\n"
    )
    assert not any("2004" in a for a in prompt_answers("Ann Exa", text).values())
    facts = extract_facts(parse_article("Ann Exa", text))
    sentence = next(s for s in facts.sentences if s.section)
    year = next(s for s in sentence.spans if s.text == "2004")
    assert salience(sentence, year, "year", facts, EntityTypes(), "") == 0.0
    album = f"{Q}Exa{Q} is an album by Vark. Exa went Platinum on 26 April 1983 in Exland.\n"
    facts = extract_facts(parse_article("Exa", album))
    assert statement_salience(facts.sentences[-1], facts) == 0.0
    fund = f"{Q}Exa{Q} is a university. The Exa endowment stands at $5.6 billion, as of 2006.\n"
    facts = extract_facts(parse_article("Exa", fund))
    assert statement_salience(facts.sentences[-1], facts) == 0.0


def test_an_alma_mater_the_text_gives_as_another_is_contested() -> None:
    prose = "In 2004, Exa became an Honorary Fellow of Vark College, his alma mater at Exford."
    assert studied_elsewhere("alma_mater", "University of Exland", prose)
    assert not studied_elsewhere("alma_mater", "Vark College", prose)


def test_a_first_holder_has_no_predecessor_and_a_distance_is_not_asked() -> None:
    assert POINTER_VALUE.match("First")  # ("Who preceded X as Commissioner?": First, R138)
    assert not POINTER_VALUE.match("First Light")
    text = (
        f"{Q}Exa{Q} is a village in Vark, England. It is located 6 km north of Exford, 20 km "
        "west of Varkton and 40 km east of Exbury.\n"
    )
    facts = extract_facts(parse_article("Exa", text))
    sentence = facts.sentences[-1]
    twenty = next(s for s in sentence.spans if s.text == "20")
    assert salience(sentence, twenty, "number", facts, EntityTypes(), "") == 0.0


def test_a_position_the_lead_names_otherwise_and_a_shortened_link_text() -> None:
    lead = "Andrei Exa is a retired Russian football midfielder. He played for Vark."
    assert position_otherwise("Winger", lead)
    assert not position_otherwise("Midfielder", lead)
    assert not position_otherwise("Winger", "Andrei Exa is a retired Russian footballer.")
    assert short_for("California–Berkeley", "University of California, Berkeley")
    assert short_for("NHH", "Norwegian School of Economics")
    assert not short_for("Exa University", "Exa University (Vark)")


def test_r140_r141_values_measures_and_unsure_birth_years() -> None:
    assert POINTER_VALUE.match("Not found")  # ("Birth date: Not found", R141)
    assert broken_copy("Exa began his professional career in the 1999 with Vark.")
    assert not broken_copy("Exa began his professional career in the 1999–2000 season.")
    text = f"{Q}Exa Vark{Q} (born 1980) is a player. Vark is 2.00 m tall and weighs 100 kg.\n"
    facts = extract_facts(parse_article("Exa Vark", text))
    sentence = facts.sentences[-1]
    weight = next(s for s in sentence.spans if s.text.startswith("100"))
    assert salience(sentence, weight, "number", facts, EntityTypes(), "") == 0.0
    prose = "His birth took place a few years before 490 BC: the exact year is unclear."
    assert born_otherwise("date_of_birth", "495 BC", prose)
    assert not born_otherwise("date_of_birth", "495 BC", "His birth took place in 495 BC.")


def test_a_builder_given_as_a_people_and_a_players_county_are_not_asked() -> None:
    fort = (
        "{{Infobox military structure\n| name = Fort Exa\n| builder = Danish\n}}\n"
        f"{Q}Fort Exa{Q} is a Danish fort on the coast of Vark, built by Ove Exa in 1620.\n"
    )
    assert not any(p.startswith("Who built") for p in prompt_answers("Fort Exa", fort))
    player = (
        "{{Infobox GAA player\n| name = Enda Exa\n| county = Vark\n| position = Midfield\n}}\n"
        f"{Q}Enda Exa{Q} (born 11 September 1977) is an Irish Gaelic footballer who plays for "
        "Vark.\n"
    )
    assert not any("county" in p for p in prompt_answers("Enda Exa", player))


def test_r142_r143_time_bound_homes_parts_comparisons_and_labels() -> None:
    home = f"{Q}Ann Exa{Q} (born 1935) is an American author. Exa lives in New York City.\n"
    assert not any(a == "New York City" for a in prompt_answers("Ann Exa", home).values())
    assert infobox_question("residence", "Residence", "Ann Exa") is None
    assert POINTER_VALUE.match("7 (west wing)") and not POINTER_VALUE.match("7")
    assert leans_back("In more general probability theory, an Exa theorem is any of a set.")
    assert not leans_back("Exa is more general than the Vark theorem in probability theory.")
    assert guessed(
        "It was one of the largest wooden structures in which country?", "US", Facts("Exa")
    )
    assert infobox_question("invent_date", "Invent date", "the Exa") is None
    assert infobox_question("discovery_date", "Discovery date", "Exa") is not None
    battle = f"{Q}Battle of the Exa{Q} was fought on 21 October 1639 near Vark.\n"
    assert extract_facts(parse_article("Battle of the Exa", battle)).subject.name.startswith("the ")


def test_r145_a_navy_its_demonym_names_and_a_birthplace_a_sentence_opens_with() -> None:
    rocket = "Exa was an American three-stage rocket launched by which navy?"
    assert named_by_adjective("United States Navy", rocket)
    assert not named_by_adjective("United States Navy", "Exa was a rocket launched by which navy?")
    prose = "Joe Exa is a Canadian player. Born in London, Ontario, Exa grew up in St. Thomas."
    assert born_otherwise("birth_place", "Lyndale, Ontario, Canada", prose, "Exa", "he")
    assert not born_otherwise("birth_place", "London, Ontario, Canada", prose, "Exa", "he")


def test_r144_a_word_twice_a_family_inside_its_genus_and_an_announcement() -> None:
    assert broken_copy("Exa died in September September 5, 2008 in Vark, Texas.")
    assert not broken_copy("Exa died on September 5, 2008 in Vark, Texas.")
    assert said_by_its_name("Fissurellidae", "Dendrofissurella", set())
    assert not said_by_its_name("Fissurellidae", "Emarginula", set())
    assert not statement_ok("Exa has been announced as writer-director of Vark, a 2009 remake.")


def test_r146_r147_words_run_together_and_a_singular_name_ending_in_s() -> None:
    assert broken_copy("Exa Crag is part of theFairfield group of fells.")
    assert broken_copy("The Exa line opened on 15 June2004 in Vark.")
    assert not broken_copy("Neil deGrasse Exa bought an iPhone in June 2004.")
    assert not plural_name("the Réunion Ibis") and plural_name("the Kinston Indians")


def test_a_battles_infobox_is_asked_though_its_name_has_of() -> None:
    text = (
        "{{Infobox military conflict\n| conflict = Battle of Exa Point\n"
        "| date = October 18, 1776\n| place = Vark\n}}\n"
        f"{Q}The Battle of Exa Point{Q} was a skirmish fought near Vark. The Battle of Exa "
        "Point ended the campaign.\n\n== Aftermath ==\nThe British held Vark until the end of "
        "1776.\n"
    )  # (the text tells the year too: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    prompts = prompt_answers("Battle of Exa Point", text)
    assert any("take place" in p for p in prompts), prompts


def test_a_regnal_or_war_numeral_is_no_first_person() -> None:
    assert not first_person("Exa served in the army during World War I and then in law.")
    assert not first_person("The treaty was made between Bohemund I of Antioch and Exa.")
    assert first_person("I was born in Vark, Exa said.")
    assert first_person('"Then I left," Exa said.')


def test_a_pronoun_another_and_a_qualified_the_stand_alone() -> None:
    subject = Subject("Network address translation", "network address translation")
    nat = (
        "Network address translation is a method of remapping one address space into another "
        "by modifying address information in packet headers."
    )
    assert prepare(nat, [], subject, Context()) is not None
    assert prepare("Exa then moved to another club in 2005.", [], subject, Context()) is None
    band = Subject("Indecision", "Indecision")
    text = "Indecision is a band formed in Brooklyn in 1993 that split in the summer of 2000."
    assert prepare(text, [], band, Context()) is not None
