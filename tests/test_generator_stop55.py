"""Stop 55's mends, each from a blind round (R347-R352): no figure without its year, no
officeholder the text never names, no national body's seat, a life year the categories
contradict, the office as a gap, names the title gives, an early year typed as a year, an Aztec
year's name, a firm's name printed elsewhere, a rank's abbreviation, and the infobox lines with
a note or beside another ("Education", "Region", "first released", a former state's tense)."""

from __future__ import annotations

from test_generator_r73 import Q
from test_generator_stop53 import _infobox_items

from quiz.generator.article import short_for
from quiz.generator.facts import extract_facts
from quiz.generator.general import office_given, title_gives
from quiz.generator.generate import build_bank, generate_questions
from quiz.generator.infobox import infobox_question
from quiz.generator.sentences import split_sentences
from quiz.generator.spans import find_spans
from quiz.generator.standing import names_a_country, unaskable_holding
from quiz.generator.tenses import in_its_tense
from quiz.generator.told import names_in
from quiz.generator.wikitext import parse_article

FORCE = (
    "{{Infobox national military\n| name = Exlandic Armed Forces\n"
    "| headquarters = [[Exton]]\n| commander-in-chief = {commander}\n"
    "| percent_GDP = {share}\n| active = 12,000\n}}\n"
    f"The {Q}Exlandic Armed Forces{Q} are the military of Exland. They were formed in 1991 "
    "and are based in [[Exton]]. President Kit Vark visited them in 2010.\n"
)


def _force(commander: str = "President Kit Vark", share: str = "1.4% (FY2010 est.)") -> dict:
    text = FORCE.replace("{commander}", commander).replace("{share}", share)
    return {q.answer: q for q in _infobox_items(text, "Exlandic Armed Forces").values()}


def test_a_share_of_gdp_is_asked_only_with_its_year() -> None:
    # "What share of GDP goes to the Armed Forces of Belarus?" 1.4% (FY2010 est.): an undated
    # statistic (R349, R350 failed 4 of 4; "in 2009" had passed)
    assert "1.4%" not in _force()
    assert "1.4%" in _force(share="1.4 (2009)")
    assert unaskable_holding("percent_gdp", "1.1", "Exa", "")
    assert not unaskable_holding("percent_gdp", "1.1 (2009)", "Exa", "")


def test_a_commander_in_chief_is_asked_only_with_the_office_the_text_names() -> None:
    # bare names passed 0 of 4 (an infobox-only "Michel Djotodia" where the text calls
    # Bozizé the current president, R349); "President Alexander Lukashenko" 2 of 3
    assert "President Kit Vark" in _force()
    assert "Kit Vark" not in _force(commander="Kit Vark")
    assert "President Ned Oss" not in _force(commander="President Ned Oss")  # (never in the text)


def test_a_national_bodys_headquarters_is_not_asked() -> None:
    # "Where is the headquarters of the Armed Forces of Belarus?" -> Minsk, the capital
    # (R349: "guessable by anyone"); a firm's headquarters is asked as before
    assert "Exton" in _force()  # (Exland is no country the ISO list knows)
    chad = FORCE.replace("{commander}", "President Kit Vark").replace("{share}", "1.4 (2009)")
    chad = chad.replace("Exlandic Armed Forces", "Chadian Armed Forces")
    asked = _infobox_items(chad, "Chadian Armed Forces")
    assert "Exton" not in {q.answer for q in asked.values()}, list(asked)
    assert "1.4%" in {q.answer for q in asked.values()}  # (the rest asked as before)
    assert names_a_country("Armed Forces of Belarus")
    assert names_a_country("Azerbaijani Armed Forces")
    assert names_a_country("Danish Defence")
    assert not names_a_country("Exa Airlines")
    prose = "Belarus Exa is a firm based in Minsk."
    assert unaskable_holding("headquarters", "Minsk", "Armed Forces of Belarus", prose)
    assert not unaskable_holding("headquarters", "Minsk", "Exa Airlines", prose)


def test_a_life_year_the_categories_contradict_is_not_asked() -> None:
    # "Colin Kapp was born in _____ (year)." 1928, under "[[Category:1929 births]]" (R351)
    text = (
        f"{Q}Kit Vark{Q} (3 April 1928 – 3 August 2007) was an Exlandic novelist. "
        "Vark wrote twelve novels.\n[[Category:{year} births]]\n[[Category:2007 deaths]]\n"
    )
    agreed = generate_questions(
        extract_facts(parse_article("Kit Vark", text.replace("{year}", "1928")))
    )
    assert any(q.answer == "1928" for q in agreed), [q.prompt for q in agreed]
    facts = extract_facts(parse_article("Kit Vark", text.replace("{year}", "1929")))
    assert facts.life_aside == {
        "birth_date": frozenset({"1929"}),
        "death_date": frozenset({"2007"}),
    }
    questions = generate_questions(facts)
    assert not any(q.answer == "1928" or "1928" in q.prompt for q in questions)
    assert questions, "the rest of the article is asked as before"


def test_the_subjects_office_is_no_gap() -> None:
    # "Arcadius was _____ from 395 until his death in 408." -> Roman Emperor: "emperor",
    # "Eastern Roman Emperor" fit as well (R352); "Constantine II was _____ from 337 to 340"
    assert office_given("Arcadius was _____ from 395 until his death in 408.", "Roman Emperor")
    assert office_given("He was the first _____ to be born outside Italy.", "Roman Emperor")
    assert not office_given("Arcadius was _____ from 395 until 408.", "")
    assert not office_given("In 395 _____ was born.", "Roman Emperor")
    assert office_given("Amazon founder _____ said so.", "")  # (the high offices as before)


def test_a_name_the_title_begins_or_its_bracket_names_is_given_away() -> None:
    # "named in honor of Danish physicist _____" -> Niels Bohr in "Bohrium" (R349); "Roman
    # Emperor" in "Constantine II (emperor)" (R350)
    assert title_gives("Niels Bohr", "Bohrium")
    assert title_gives("Roman Emperor", "Constantine II (emperor)")
    assert not title_gives("Niels Bohr", "Hafnium")
    assert not title_gives("Roman Emperor", "Constantine II")
    text = (
        f"{Q}Exonium{Q} is a chemical element, named in honor of Wylandic physicist "
        "[[Kit Exon]]. It was first made in 1981 in [[Wyton]].\n"
    )
    answers = {q.answer for q in build_bank("Exonium", text).questions}
    assert "Kit Exon" not in answers


def test_an_early_year_in_a_life_is_a_year() -> None:
    # "Alcuin was born around _____ (number)" with 499, 580 and 819 as choices (R347)
    def kinds(text: str) -> list[tuple[str, str]]:
        return [(s.text, s.type) for s in find_spans(text, [], askable=False)]

    assert ("735", "year") in kinds("Exa was born around 735 and became a monk at York.")
    assert ("804", "year") in kinds("He died in 804 at Tours.")
    assert ("735", "number") in kinds("The town had around 735 people.")
    assert ("480", "number") in kinds("He was born in 480 BC.")


def test_a_date_in_another_calendar_is_asked_as_its_year() -> None:
    # "When did Ahuitzotl die in 1502?" -> "10 Rabbit", the Aztec year's name (R347)
    box = "{{Infobox royalty\n| name = Kit Exa\n"
    box += "| death_date = [[Aztec calendar|10 Rabbit]] (1502)\n}}"
    text = f"{box}\n{Q}Kit Exa{Q} was the eighth ruler of Wyland.\n"
    asked = _infobox_items(text, "Kit Exa")
    assert not any("10 Rabbit" in (q.answer, q.prompt) for q in asked.values()), list(asked)
    assert any(q.answer == "1502" for q in asked.values()), list(asked)


def test_a_firms_name_printed_in_another_prompt_is_named() -> None:
    # "Who published A Wizard of Earthsea?" -> Parnassus Press, beside "first published by the
    # small press Parnassus in 1968" (R351: one gives the other away)
    assert names_in(" parnassus press ", " first published by the small press parnassus in 1968 ")
    assert not names_in(" parnassus press ", " first published by wyton books in 1968 ")
    assert not names_in(" exa records ", " the record was a hit ")


def test_a_ranks_abbreviation_ends_no_sentence() -> None:
    # "In 2010, Lamo reported U.S. soldier Pfc." (R351: a statement cut at the abbreviation)
    text = "In 2010, Exa reported U.S. soldier Pfc. Kit Vark to the police. He was born in 1981."
    assert len(split_sentences(text)) == 2


def test_infobox_lines_with_a_note_or_beside_another_are_not_asked() -> None:
    # R351: "At which institution did Dwight Schultz study?" beside an "Education" line; R352:
    # "Party: Socialist Revolutionary (Trudovik group)", "Region: Aegean", "Currency:
    # rixdollar" of a state the text never tells it of
    person = (
        "{{Infobox officeholder\n| name = Kit Vark\n| alma_mater = [[Exa University]]\n"
        "| education = Wyton High School\n| party = Exa Party (Wyn group)\n}}\n"
        f"{Q}Kit Vark{Q} (born 1950) is an Exlandic politician of the Exa Party.\n"
    )
    answers = {q.answer for q in _infobox_items(person, "Kit Vark").values()}
    assert not answers & {"Exa University", "Exa Party"}, answers
    plain = person.replace("| education = Wyton High School\n", "").replace(" (Wyn group)", "")
    answers = {q.answer for q in _infobox_items(plain, "Kit Vark").values()}
    assert {"Exa University", "Exa Party"} <= answers, answers
    acronym = plain.replace("= Exa Party", "= Exa Party (EP)")  # (an acronym is no note)
    assert "Exa Party" in {q.answer for q in _infobox_items(acronym, "Kit Vark").values()}
    assert infobox_question("region", "Region", "Exton") is None
    state = (
        "{{Infobox former country\n| conventional_long_name = Bishopric of Exa\n"
        "| currency = rixdollar\n| capital = [[Exton]]\n}}\n"
        f"The {Q}Bishopric of Exa{Q} was a state of Wyland from 1165. Its capital was Exton.\n"
    )
    asked = _infobox_items(state, "Bishopric of Exa")
    assert "rixdollar" not in {q.answer for q in asked.values()}
    assert "What was the capital of the Bishopric of Exa?" in asked, list(asked)


def test_a_former_states_question_is_in_the_past_after_a_bracket() -> None:
    # "What is the capital of Czechoslovakia?" of a state that "(or Czecho-Slovakia; ...) was"
    lead = "Exland (or Ex-Land; Wylandic: Eksland) was a sovereign state in Wyland."
    assert in_its_tense("What is the capital of Exland?", lead) == "What was the capital of Exland?"


def test_software_is_asked_when_it_was_first_released() -> None:
    # "In what year was ArgoUML released?" has later releases too (R352)
    assert infobox_question("released", "Released", "Exa", kind="software") == (
        "When was Exa first released?"
    )
    assert infobox_question("released", "Released", "the 1999 film Exa", kind="film") == (
        "When was the 1999 film Exa released?"
    )


def test_a_rulers_name_is_not_taken_for_short() -> None:
    # "[[Muhammad I of Umayyad|Muhammad I]]" was answered "Muhammad I of Umayyad" (R352)
    assert not short_for("Muhammad I", "Muhammad I of Umayyad")
    assert short_for("NHH", "Norwegian School of Economics")
    assert short_for("California–Berkeley", "University of California, Berkeley")


def test_a_year_next_to_the_infobox_reigns_is_not_asked() -> None:
    # "Afonso succeeded his father in _____ (year)." 1212, beside "Reign: 26 March 1211 – 1223"
    # (R351); "elected in 2015" to take office in 2016 is asked as before
    from quiz.generator.twoyears import infobox_neighbour

    box = "{{Infobox royalty\n| name = Kit Exa\n| reign = 26 March {start} – 1223\n}}"
    lead = f"{Q}Kit Exa{Q} was the third king of Wyland. Exa succeeded his father in 1212.\n"
    said = "Exa succeeded his father in 1212."

    def facts(start: str):  # type: ignore[no-untyped-def]
        return extract_facts(parse_article("Kit Exa", box.replace("{start}", start) + "\n" + lead))

    assert infobox_neighbour("1212", said, facts("1211"))
    assert not infobox_neighbour("1212", said, facts("1212"))  # (the same year)
    assert not infobox_neighbour("1212", said, facts("1208"))  # (years apart: another step)
    assert not infobox_neighbour("1212", "Exa was elected in 1212.", facts("1211"))
    near = build_bank("Kit Exa", box.replace("{start}", "1211") + "\n" + lead).questions
    assert not any(q.answer == "1212" for q in near), [q.prompt for q in near]


def test_a_given_name_that_rulers_share_does_not_stand_alone() -> None:
    # "In what year did Alexander become heir apparent with Nicholas's sudden death?" (R351:
    # which Nicholas? the article also has Nicholas I and Nicholas II)
    from quiz.generator.people import bare_given_name

    said = "Kit became heir apparent with Nicholas's sudden death in 1865."
    assert bare_given_name(said, f"Nicholas I ruled Exland. {said}", "Kit III of Exland")
    assert not bare_given_name(said, f"Tom I ruled Exland. {said}", "Kit III of Exland")


def test_an_aspect_of_a_place_with_the_asks_no_currency() -> None:
    # "What is the currency of the economy of the British Virgin Islands?" (the field is the
    # islands', not the economy's; "the Economy of Angola" had been caught, "of the" not)
    box = "{{Infobox economy\n| country = Exa Islands\n| currency = [[Wyn dollar]]\n}}"
    text = (
        f"{box}\nThe {Q}economy of the Exa Islands{Q} rests on tourism. The Wyn dollar is used.\n"
    )
    asked = _infobox_items(text, "Economy of the Exa Islands")
    assert not any("currency" in p for p in asked), list(asked)


def test_a_life_year_the_text_gives_as_one_of_two_is_not_asked() -> None:
    # "Alfonso II was born in _____ (year)." 759, where the text says "in 759 or 760" (R354)
    box = "{{Infobox royalty\n| name = Kit Exa\n| birth_date = 759\n| death_date = 842\n}}"
    lead = f"{Q}Kit Exa{Q} was the king of Wyland from 791 to 842."
    told = "\n== Early life ==\nExa was born in Wyton in 759 or 760.\n"

    def answers(text: str) -> set[str]:
        return {q.answer for q in generate_questions(extract_facts(parse_article("Kit Exa", text)))}

    assert "759" not in answers(f"{box}\n{lead}{told}")
    assert "842" in answers(f"{box}\n{lead}{told}")  # (the death is asked as before)
    from quiz.generator.facts import InfoboxFact
    from quiz.generator.lifetime import disputed_year

    born = InfoboxFact("birth_date", "Born", "759", "year")
    assert disputed_year(born, {}, "Exa was born in Wyton in 759 or 760.")
    assert disputed_year(born, {}, "born on 13 September 759 or April 760")
    assert not disputed_year(born, {}, "Exa was born in Wyton in 759.")
    assert not disputed_year(born, {}, "in 759 or 790 he left")  # (two years apart, not one of two)


def test_a_rounded_figure_is_no_answer() -> None:
    # "covers an area of some _____ square kilometres", "some 1,500 years" (R353: a rough
    # figure; approximations passed 8 of 15)
    from quiz.generator.answers import BOUND

    assert BOUND.search("an area of some ")
    assert BOUND.search("including about ")
    assert BOUND.search("approximately ")
    assert not BOUND.search("an area of ")


def test_a_unions_currency_and_an_undated_budget_are_not_asked() -> None:
    # "Currency: Euro" of Benelux, its members' (R353); "$29.05 million (2005 est.)" asked
    # with no year (R353)
    assert (
        infobox_question("currency", "Currency", "Benelux", kind="geopolitical organization")
        is None
    )
    assert infobox_question("currency", "Currency", "Exland", kind="country") is not None
    assert unaskable_holding("amount", "$29.05 million (2005 est.)", "Exa", "")
    assert not unaskable_holding("amount", "$29.05 million (2005)", "Exa", "")


def test_a_date_in_a_place_field_is_not_asked() -> None:
    # "Birth place: 12 April 1937" gave "Edward Hide was born in 12 April 1926." (False)
    box = "{{Infobox person\n| name = Kit Exa\n| birth_place = 12 April 1937\n}}"
    text = f"{box}\n{Q}Kit Exa{Q} (born 1937) is an Exlandic jockey.\n"
    asked = _infobox_items(text, "Kit Exa")
    assert not any("12 April" in p or "April" in q.answer for p, q in asked.items()), list(asked)


def test_an_official_introduction_dates_a_release_otherwise() -> None:
    # "Released: 1991" beside "officially introduced in 1992" (R353: two defensible years)
    from quiz.generator.otherwise import released_otherwise

    assert released_otherwise("1991", "The machine was officially introduced in 1992.")
    assert not released_otherwise("1991", "The machine was officially introduced in 1991.")


def test_a_city_a_region_shares_its_name_with_is_asked_where() -> None:
    # "In which province was Alfonso XII born?" Madrid, "In which county ...?" Oslo: the text
    # gives the city (R356; R350); a US state is asked as before ("In which state")
    from quiz.generator.gazetteer import gazetteer_type

    assert gazetteer_type("Madrid") == "province"
    box = "{{Infobox person\n| name = Kit Exa\n| birth_place = [[Madrid]]\n}}"
    text = f"{box}\n{Q}Kit Exa{Q} (born 1950) is an Exlandic painter who lives in [[Madrid]].\n"
    asked = _infobox_items(text, "Kit Exa")
    assert "Where was Kit Exa born?" in asked, list(asked)
    assert not any(p.startswith("In which province") for p in asked)


def test_uncertain_lives_approximate_years_and_dated_successions_are_not_asked() -> None:
    # "Death place: Atholl?" (R356), "from about _____ (year)" (R355), "Predecessor: Amadeo
    # (1873)" asked "as King of Spain in 1873" with a republic between (R356)
    from quiz.generator.answers import BOUND

    assert BOUND.search("was built about ")
    box = (
        "{{Infobox royalty\n| name = Kit Exa\n| death_place = Wyton?\n"
        "| predecessor = [[Ned Oss]] (1873)\n| title = King of Wyland\n}}"
    )
    text = f"{box}\n{Q}Kit Exa{Q} was King of Wyland. He followed [[Ned Oss]] and died at Wyton.\n"
    answers = {q.answer for q in _infobox_items(text, "Kit Exa").values()}
    assert not answers & {"Wyton", "Wyton?", "Ned Oss"}, answers


def test_a_terms_start_the_text_dates_a_year_off_is_not_asked() -> None:
    # "Term start: 1788" beside "was appointed governor" under the ordinance of 1787 (R355)
    from quiz.generator.standing import taken_otherwise

    assert taken_otherwise("1788", "He was appointed governor under the ordinance of 1787.")
    assert not taken_otherwise("1788", "He was appointed governor in 1788.")
    assert not taken_otherwise("1788", "The ordinance was passed in 1787.")
    assert unaskable_holding("term_start", "1788", "Exa", "He was appointed governor in 1787.")


def test_a_crowns_successor_is_asked_on_its_throne() -> None:
    # "Who succeeded Elizabeth I as Queen of England and Ireland?" -> James I, a king (R357)
    assert infobox_question(
        "successor", "Successor", "Elizabeth I", False, "royalty", "Queen of England and Ireland"
    ) == ("Who succeeded Elizabeth I on the throne of England and Ireland?")
    assert infobox_question(
        "predecessor", "Predecessor", "Kit Exa", False, "officeholder", "Bishop of Wyton"
    ) == ("Who preceded Kit Exa as Bishop of Wyton?")


def test_one_of_a_close_middle_pair_is_readable() -> None:
    # 1864 among 1856, 1863, 1871: a test-wise learner takes the middle pair (R355)
    from quiz.generator.choices import readable

    assert readable(["1856", "1863", "1864", "1871"], "1864")
    assert not readable(["1856", "1860", "1864", "1871"], "1864")


def test_a_family_its_members_everyday_name_gives_is_not_asked() -> None:
    # "To which family does the mourning dove belong?" Columbidae, "the black-necked stork"
    # Ciconiidae (R360: "the dove family" is as right, or the name gives it away)
    from quiz.generator.taxa import said_by_its_name

    assert said_by_its_name("Columbidae", "Mourning dove", set())
    assert said_by_its_name("Ciconiidae", "Black-necked stork", set())
    assert not said_by_its_name("Ciconiidae", "Mourning dove", set())


def test_a_founding_the_text_opens_a_year_or_two_later_is_not_asked() -> None:
    # "Established: 1883" beside "the school opened in 1884" (R360: 1884 is as fair)
    from quiz.generator.twoyears import field_dated_otherwise

    def facts(prose: str):  # type: ignore[no-untyped-def]
        return extract_facts(
            parse_article("Exa College", f"{Q}Exa College{Q} is a college. {prose}\n")
        )

    assert field_dated_otherwise("established", "1883", facts("The school opened in 1884."))
    assert not field_dated_otherwise("established", "1883", facts("The school opened in 1883."))
    assert not field_dated_otherwise("established", "1883", facts("A gym opened in 1990."))


def test_a_place_the_text_names_otherwise_is_accepted_typed_so() -> None:
    # "Where was he born?" Kolkata, where the text says "Calcutta" throughout (R361: a learner
    # typing the article's own name was marked wrong)
    box = "{{Infobox person\n| name = Kit Exa\n| birth_place = [[Kolkata]], India\n}}"
    text = (
        f"{box}\n{Q}Kit Exa{Q} (born 1950) is an Exlandic painter. He grew up in "
        "[[Kolkata|Calcutta]] and studied in [[Kolkata|Calcutta]].\n"
    )
    born = _infobox_items(text, "Kit Exa")["Where was Kit Exa born?"]
    assert born.answer == "Kolkata, India"
    assert "Calcutta" in born.accept and "Kolkata" in born.accept, born.accept
