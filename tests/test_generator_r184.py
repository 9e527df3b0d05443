"""Stop 41's mends, made general: a year is not asked beside its own day, a university named
for a person takes no "the", and a weak true statement past the lead is not asked."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.copied import debris, points_back
from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.items import CENTRAL_SHARE, FactItems, SentenceItems
from quiz.generator.questions import when_question
from quiz.generator.salience import HONOUR
from quiz.generator.select import TRUE_PAST_LEAD, Bank
from quiz.generator.spans import Span
from quiz.generator.standalone import RELATIVE_TIME, prepare
from quiz.generator.subject import Subject, find_subject
from quiz.generator.substance import says_the_title
from quiz.generator.thenames import own_named
from quiz.generator.trim import time_bound_cut
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import leans_back
from quiz.model import Question


def _when(text: str, answer: str) -> str | None:
    start = text.index(answer)
    span = Span(start, start + len(answer), answer, "year")
    return when_question(Sentence(text, "", [span]), span)


def test_a_year_is_not_asked_beside_its_own_day() -> None:
    # "In what year was Joany Badenhorst born on 10 August in Harrismith, South Africa?"
    assert _when("Ann Exa was born on 10 August in 1994 in Exton.", "1994") is None
    assert _when("Ann Exa was born on August 10 in 1994 in Exton.", "1994") is None
    assert (
        _when("Ann Exa was born in 1994 in Exton.", "1994")
        == "In what year was Ann Exa born in Exton?"
    )


def test_a_university_named_for_a_person_takes_no_the() -> None:
    def name(title: str, body: str) -> str:
        text = f"{Q}{title}{Q} is a public university in [[Exland]]. {body}\n"
        return find_subject(parse_article(title, text)).name

    person = "Wilfrid Exley University"
    assert name(person, f"{person} was founded in 1911.") == person
    assert name(person, f"The {person} was founded in 1911.") == f"the {person}"  # as written
    place = "Exlandic National University"
    assert name(place, f"{place} was founded in 1911.") == f"the {place}"


def _statement(section: str, salience: float) -> FactItems:
    fact = FactItems("k", 3, "x", section, "entity", salience)
    prompt = "Ann Exa was to fight Ned Vark at Exa 10 in Exton."
    fact.options["tf_true"] = Question(id="k", kind="true_false", prompt=prompt, answer="True")
    return fact


def test_a_weak_true_statement_past_the_lead_is_not_asked() -> None:
    below, above = TRUE_PAST_LEAD - 0.1, TRUE_PAST_LEAD + 0.1
    assert not Bank().room(_statement("Career", below), "tf_true")
    assert Bank().room(_statement("Career", above), "tf_true")
    assert Bank().room(_statement("", below), "tf_true")  # the lead's: not by salience


def test_a_birth_field_written_as_one_word_makes_a_person() -> None:
    # "Infobox rugby league biography" names a league (no person's infobox by its name), and
    # its "dateofbirth" was no birth field: "The Andrew Johns were born on 19 May 1965."
    text = (
        "{{Infobox rugby league biography\n| name = Ann Exons\n| dateofbirth = 19 May 1974\n}}\n"
        f'{Q}Ann Gary "Joey" Exons{Q} (born 19 May 1974) is a former rugby league footballer.\n'
    )
    subject = find_subject(parse_article("Ann Exons", text))
    assert subject.person and not subject.plural and subject.name == "Exons"  # (his surname)


def _occupation_choices(text: str) -> list[str]:
    for question in build_bank("Ann Exa", text).questions:
        if question.prompt.endswith("occupation?"):
            return question.choices
    return []


def test_no_wrong_occupation_the_article_shows_nor_one_younger_than_the_person() -> None:
    # R181: "politician" for a lawyer elected to a state house; "rapper" for a composer whose
    # infobox gives his birth as "Born: 22 July 1907" (no "birth_date" field).
    lawyer = f"{Q}Ann Exa{Q} (1926 – 2011) was a longtime lawyer in Exton, Exshire.\n"
    assert "politician" in _occupation_choices(lawyer) or not _occupation_choices(lawyer)
    elected = lawyer + "Exa was elected to the Exshire House of Representatives in 1954.\n"
    assert "politician" not in _occupation_choices(elected)
    composer = (
        "{{Infobox musical artist\n| Name = Ann Exa\n| Born = 22 July 1907<br>Exton\n}}\n"
        f"{Q}Ann Exa{Q} was an Exlandic composer.\n"
    )
    assert "rapper" not in _occupation_choices(composer)


def test_infobox_values_kia_a_stage_name_and_a_manager_s_position() -> None:
    from quiz.generator.article import short_for
    from quiz.generator.infobox import POINTER_VALUE

    assert not short_for("CANT", "Chris Taylor (Grizzly Bear musician)")  # a stage name
    assert short_for("NHH", "Norwegian School of Economics")  # an acronym
    assert POINTER_VALUE.match("Manager") and POINTER_VALUE.match("Head coach")
    text = (
        "{{Infobox military person\n| name = Ann Exa\n| birth_date = 1949\n"
        "| death_place = [[Killed in action|KIA]] in [[Exland]]\n}}\n"
        f"{Q}Ann Exa{Q} (1949–1970) was an Exlandic soldier who died in Exland.\n"
    )
    asked = {q.prompt: (q.answer, q.accept) for q in build_bank("Ann Exa", text).questions}
    died = [v for p, v in asked.items() if "die?" in p]
    assert died == [("Exland", [])], asked


def test_sentences_that_lean_on_their_surroundings_are_not_asked() -> None:
    exa = Subject("Ann Exa", "Exa", person=True, pronoun="he")
    assert points_back("Exa died of complications from his disease on June 8, 2008.")
    assert not points_back("Exa died of pneumonia on June 8, 2008.")
    cut = "Exa is a property of light determined by its wavelength (or by its blend of waves)."
    assert prepare(cut, [], exa) is None  # the bracket's alternative is half the claim
    assert prepare("Exa is a property of light (or colour).", [], exa) is not None
    assert RELATIVE_TIME.search("The physiology of exa is discussed below.")


def test_one_of_a_list_of_regional_dates_is_not_worth_asking() -> None:
    text = (
        f"{Q}Exa World{Q} is a platform game published by Exsoft. Exa World was released in "
        "Europe on June 20, 2003, in North America on June 23, 2003, and in Japan on May 27, "
        "2004.\n"
    )
    asked = [q.prompt for q in build_bank("Exa World", text).questions]
    assert not any("_____" in p and "Europe" in p for p in asked), asked


def test_a_sentence_ending_in_a_short_name_is_no_cut_abbreviation() -> None:
    # "received a Lit." (cut at "Lit. Hum.") is debris; "... to orbit around the Moon." is not
    # (Apollo 8's lead was dropped, and with it every item of a 36,000-character article).
    assert debris("Exa joined Exton College in 1927, and received a Lit.")
    assert not debris("Exa 8 was the first crewed mission to orbit around the Moon.")
    assert not debris("The Exa River flows into the Nile.")


def test_a_launch_with_its_time_of_day_is_asked_as_a_date() -> None:
    text = (
        "{{Infobox space mission\n| mission_name = Exa 8\n"
        "| launch = December 21, 1968; 12:51:00 UTC\n}}\n"
        f"{Q}Exa 8{Q} was the second crewed mission of the Exa programme.\n"
        "\n== Flight ==\nThe crew of three trained for the flight throughout 1968.\n"
    )  # (the text tells the year too: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    asked = {q.prompt: q.answer for q in build_bank("Exa 8", text).questions}
    assert asked.get("In what year was Exa 8 launched?") == "1968", asked


def test_a_time_bound_tail_is_cut_from_a_first_sentence() -> None:
    # "... is an Albanian professional footballer who plays as a defender for Italian club
    # Empoli." was dropped whole (true only when written); its head is a fact.
    text = "Ann Exa (born 1992) is an Exlandic footballer who plays as a defender for Exton FC."
    assert time_bound_cut(text, 0, len(text)) == (
        "Ann Exa (born 1992) is an Exlandic footballer.",
        text.index(" who"),
    )
    text = "Ann Exa is an Exlandic philosopher, currently Professor of Law at Exton University."
    assert time_bound_cut(text, 0, len(text))[0] == "Ann Exa is an Exlandic philosopher."
    short = "Ann Exa is currently mayor of Exton."  # (nothing whole is left)
    assert time_bound_cut(short, 0, len(short)) == (short, len(short))
    lead = (
        f"{Q}Ann Exa{Q} (born 15 January 1992) is an Exlandic footballer who plays for Exton FC.\n"
    )
    asked = {q.prompt: q.answer for q in build_bank("Ann Exa", lead).questions}
    assert asked.get("What is Ann Exa's occupation?") == "footballer", asked


def test_r182_r183_leaning_back_and_definitions_the_title_gives() -> None:
    assert RELATIVE_TIME.search("In subsequent years, Exa made 230 compounds.")
    assert points_back("During his tenure, Exa cut taxes.")
    assert not points_back("During his tenure as mayor, Exa cut taxes.")
    title = "Short track exa skating"
    assert says_the_title(f"{title} is a form of competitive ice exa skating.", title, 3)
    assert not says_the_title(f"{title} is a form of competitive skiing.", title, 3)
    assert own_named("La Exa University") and not own_named("Exlandic National University")


def test_a_truism_of_change_is_not_worth_asking() -> None:
    assert leans_back(
        "The ancient Exlandic concept of the underworld evolved considerably over time."
    )
    assert not leans_back("The Exlandic concept of the underworld evolved into a moral doctrine.")


def test_r184_r185_pointing_back_and_names_cut_from_their_numbers() -> None:
    assert points_back("After that, Exa divided his playing time with two clubs in 1948.")
    assert points_back("When that went bankrupt in 1979, Exa went to Exland to earn money.")
    assert points_back("Exa continued to serve with the Exlandic Navy until sold in 1847.")
    assert not points_back("When the airline went bankrupt in 1979, Exa went to Exland.")
    # "the war" is not "the World War" when the text said "World War II"
    text = (
        f"{Q}Exa{Q} was an Exlandic cruiser that served in World War II in the Exlandic "
        "Navy. Exa took part in the occupation of Exton after the end of the war.\n"
    )
    asked = " ".join(q.prompt for q in build_bank("Exa", text).questions)
    assert "World War." not in asked and "World War a" not in asked, asked


def test_a_crash_is_not_its_aircraft() -> None:
    text = (
        "{{Infobox aircraft occurrence\n| name = Exa T-38 crash\n}}\n"
        f"On February 28, 1966, an {Q}Exa T-38 crash{Q} at Exton Field killed two pilots. "
        "The aircraft, which was piloted by Ann Exa, crashed into a building.\n"
    )
    subject = find_subject(parse_article("Exa T-38 crash", text))
    assert "aircraft" not in subject.kinds


def test_a_false_birth_year_beside_a_statement_of_the_birth_is_given_away() -> None:
    false = FactItems("a", -1, "Birth date: 1968", "", "year", 1.0)
    false.options["tf_false"] = Question(
        id="a", kind="true_false", prompt="Ann Exa was born in 1957.", answer="False"
    )
    told = FactItems("b", 3, "Exa was born in 1968 in Exton.", "", "year", 1.0)
    told.options["tf_true"] = Question(
        id="b", kind="true_false", prompt="Exa was born in 1968 in Exton.", answer="True"
    )
    bank = Bank()
    bank.add(told, "tf_true")
    assert bank.gives_away(false, "tf_false")
    other = FactItems("c", 4, "Exa won the Exa Prize in 1968.", "", "year", 1.0)
    other.options["tf_true"] = Question(
        id="c", kind="true_false", prompt="Exa won the Exa Prize in 1968.", answer="True"
    )
    bank = Bank()
    bank.add(other, "tf_true")
    assert not bank.gives_away(false, "tf_false")  # (another event of that year)


def test_no_occupation_beside_a_position_played() -> None:
    text = (
        "{{Infobox football biography\n| name = Ann Exa\n| birth_date = 22 January 1972\n"
        "| position = Midfielder\n}}\n"
        f"{Q}Ann Exa{Q} (born 22 January 1972) is a former Exlandic international footballer.\n"
    )
    asked = {q.prompt for q in build_bank("Ann Exa", text).questions}
    assert "What position did Ann Exa play?" in asked
    assert not any(p.endswith("occupation?") for p in asked), asked


def test_the_year_of_a_fellowship_is_a_minor_honour() -> None:
    assert HONOUR.search("In 1969 Exa became a fellow of the Exlandic Academy of Arts.")
    assert HONOUR.search("In 1977 Exa was elected a Foreign Member of the Exland Society.")
    assert not HONOUR.search("In 1977 Exa was elected a member of the Exlandic parliament.")


def test_the_definition_of_a_common_thing_is_general_knowledge() -> None:
    # "A mosque is a place of worship for followers of the Islamic faith." (R185), "Ham is a
    # processed pork foodstuff" (R182): the text names the thing in lower case.
    defined = "A exawidget is a device of the Exlandic faith."
    assert says_the_title(defined, "Exawidget", 3, "exawidget")
    assert not says_the_title(defined, "Exawidget", 3, "Exawidget")  # a name: not common
    assert not says_the_title("The Exans are a people of Exland.", "Exans", 3, "the Exans")
    text = f"A {Q}exawidget{Q} is a device of the Exlandic faith. An exawidget is often blue.\n"
    assert not [q for q in build_bank("Exawidget", text).questions if q.kind == "true_false"]


def test_r187_choices_from_childhood_an_engineer_and_a_glued_year() -> None:
    assert debris("It first premiered on 5 October,2005 in Exton.")
    assert not debris("It has 1,2005 seats in Exton.")
    lead = f"{Q}Ann Exa{Q} (born 1950) is an Exlandic computer engineer.\n"
    assert not [q for q in build_bank("Ann Exa", lead).questions if "occupation" in q.prompt]
    founded = (
        f"{Q}Ann Exa{Q} (28 June 1975 – 13 August 2006) was a lead guitarist and vocalist of the "
        "Exlandic black metal band Exsection, which he founded in 1989. He was born in Exton. "
        "His band toured Exland.\n"
    )
    facts = extract_facts(parse_article("Ann Exa", founded))
    items = SentenceItems(facts, entity_types(facts), 0, CENTRAL_SHARE)
    sentence = next(s for s in facts.sentences if "1989" in s.text)
    span = next(s for s in sentence.spans if s.text == "1989")
    assert 1989 - 2 in items.year_anchors(sentence, span)  # (no choice from age 8 or 9)


def test_r186_values_appositives_and_a_state_of_being() -> None:
    from quiz.generator.infobox import POINTER_VALUE, list_value
    from quiz.generator.subject import _lead_kinds

    assert list_value("Democrat-turned-Republican", "text", "party")
    assert POINTER_VALUE.match("Pre-congregation")
    assert debris("Ann Exa, a Mexican-American was born in Exton.")
    assert not debris("Ann Exa, a Mexican-American, was born in Exton.")
    assert points_back("Before leaving, Exa crowned Ann Vark king of Exland in 1357.")
    assert HONOUR.search("In 2002 Exa joined the board of trustees of the Exton Foundation.")
    assert not _lead_kinds("Exity is the state of being which occurs when a thing is old.")
    assert _lead_kinds("Exio is a state of the United States.") == {"state"}


def test_r188_a_false_death_before_a_later_year_and_a_party_in_another_prompt() -> None:
    from quiz.generator.told import names_in, outlived

    false = "Ann Exa died on May 18, 1909."
    assert outlived([false], [" ann exa was secretary from _____ year to 1920 "])
    assert not outlived([false], [" ann exa was secretary from _____ year to 1905 "])
    assert not outlived(["Ann Exa was born on May 18, 1909."], [" in 1920 ann exa left "])
    assert names_in(" democrat ", " ann exa was an american democratic politician ")
    assert not names_in(" democrat ", " ann exa was an american politician ")


def test_a_second_game_leans_on_the_first() -> None:
    assert points_back("On November 1, 2002 Exa returned to play a second exhibition game.")
    assert not points_back("Exa was a second round selection of the Exton Kings in 2001.")


def test_r189_a_title_with_of_and_statements_the_title_gives() -> None:
    exa = Subject("Bay of Exon Invasion", "the Bay of Exon Invasion")
    told = prepare("The invasion is famous in Exland for its failure in 1961.", [], exa)
    assert told is not None and told.text.startswith("The Bay of Exon Invasion is famous"), told
    named = "The Bay of Exon Invasion is named after the Bay of Exon, a bay in Exland."
    assert says_the_title(named, "Bay of Exon Invasion")  # ("Exa," with its comma)
    text = (
        f"The {Q}Exley Store{Q} is a historic store in Exton. It is named for Tom Exley, who "
        "was born in 1779.\n"
    )
    facts = extract_facts(parse_article("Exley Store", text))
    items = SentenceItems(facts, entity_types(facts), 0, CENTRAL_SHARE)
    sentence = next(s for s in facts.sentences if "named for" in s.text)
    year = next(s for s in sentence.spans if s.text == "1779")
    fact = items.fact(sentence, year)
    assert fact is not None and not {"tf_true", "tf_false"} & set(fact.options), fact


def test_a_plan_is_no_fact_yet() -> None:
    from quiz.generator.sentences import usable_sentence

    assert not usable_sentence("Exa is a television series that is set to first air in 2014.")
    assert usable_sentence("Exa is a television series that was first broadcast in 2014.")


def test_r190_a_cut_number_and_a_disambiguator_glued_to_its_name() -> None:
    from quiz.generator.article import short_for

    assert debris(
        "The Exa 1 printed only capitals, an issue remedied in its successor, the Exa No."
    )
    assert not short_for("Conservative", "Conservative Party(UK)")  # (one word short)
    text = (
        "{{Infobox officeholder\n| name = Ann Exa\n| birth_date = 1968\n"
        "| party = [[Exlandic Labour Party(UK)|Exlandic]]\n}}\n"
        f"{Q}Ann Exa{Q} (born 1968) is an Exlandic barrister and politician.\n"
    )
    asked = {q.prompt: q.answer for q in build_bank("Ann Exa", text).questions}
    party = [a for p, a in asked.items() if "party" in p]
    assert party == ["Exlandic Labour Party"], asked


def test_which_country_is_a_learner_s_guess() -> None:
    from quiz.generator.salience import BROAD_CLASS

    assert BROAD_CLASS.search(
        "Lecce is a city in the region of Apulia in the south of which country?"
    )
    assert not BROAD_CLASS.search("Lecce is the capital of which province?")


def test_r194_r195_a_compound_occupation_an_instrument_and_both_clubs() -> None:
    songwriter = f"{Q}Ann Exa{Q} (born 1943) is an Exlandic singer-songwriter.\n"
    assert not [q for q in build_bank("Ann Exa", songwriter).questions if "occupation" in q.prompt]
    singer = (
        "{{Infobox musical artist\n| name = Ann Exa\n| birth_date = 1943\n"
        "| instrument = Guitar\n}}\n"
        f"{Q}Ann Exa{Q} (born 1943) is an Exlandic singer.\n"
    )
    asked = [q for q in build_bank("Ann Exa", singer).questions if "occupation" in q.prompt]
    assert asked and set(asked[0].choices) == {"singer", "conductor", "pianist", "violinist"}
    assert points_back("Exa was named captain of both Irish clubs in 2005.")


def test_every_spelling_of_a_life_field_has_one_name() -> None:
    from quiz.generator.article import life_field

    assert life_field("dateofbirth") == life_field("Date of birth") == "birth_date"
    assert life_field("datebirth") == life_field("birth_date") == "birth_date"
    assert life_field("placedeath") == "death_place"
    assert life_field("born") == life_field("position") == ""  # ("Born" may hold a place too)
