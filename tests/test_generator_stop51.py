"""Stop 51: the mends of R294-R303. An answer spelt nearly as the title ("Algiers" of Algeria),
a count to its last digit ("1,541 communes"), an appointment with no institution, a year
moved in a step of a career past the lead, puffery and "most recently" as true statements, a
comma splice, two names as one answer, a position that its link calls by a broader name, and
the day of a roster move."""

from __future__ import annotations

import random

from test_generator_r73 import sentence_items
from test_generator_stop50 import _answers

from quiz.generator.careers import studied_elsewhere
from quiz.generator.checks import statement_ok
from quiz.generator.copied import debris
from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.falsify import false_statement_value
from quiz.generator.general import echoes_title
from quiz.generator.generate import _with_lead_life, build_bank
from quiz.generator.infobox import list_value
from quiz.generator.kindwording import OFFICE
from quiz.generator.lifetime import opening_years
from quiz.generator.rivals import other_close_value
from quiz.generator.salience import minor_day
from quiz.generator.spans import Span
from quiz.generator.statements import told_another_value
from quiz.generator.structured import DUO
from quiz.generator.taxa import said_by_its_name
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import leans_back


def test_an_answer_spelt_nearly_as_the_title_echoes_it() -> None:
    assert echoes_title("Algiers", "Algeria")
    assert echoes_title("Canadian dollar", "Canada")
    assert not echoes_title("Ottawa", "Canada")
    assert not echoes_title("Oran", "Algeria")  # (too short a word to echo anything)
    assert not echoes_title("Alabama", "Algeria")  # (a shared start alone is not enough)


COUNTRY = (
    "{{Infobox country\n| common_name = Exlandia\n| capital = [[Tlemcen]]\n"
    "| largest_city = [[CITY]]\n| currency = [[Exlandian dinar|Dinar]]\n}}\n"
    "'''Exlandia''' is a country in the [[Maghreb]] region of [[North Africa]]. It is "
    "bordered by [[Tunisia]] to the east and [[Morocco]] to the west. Exlandia is a republic "
    "made up of 48 provinces.\n\n== Cities ==\nMost Exlandians live in [[CITY]] and along the "
    "coast.\n"
)  # (the text names the city too: since stop 56 an infobox line it never tells is not asked,
# mentions.returned_to)


def test_a_city_named_like_the_country_is_not_asked() -> None:
    asked = _answers(COUNTRY.replace("CITY", "Oran"), "Exlandia")
    assert asked.get("What is the largest city of Exlandia?") == "Oran"
    asked = _answers(COUNTRY.replace("CITY", "Exlandis"), "Exlandia")
    assert "What is the largest city of Exlandia?" not in asked


def test_a_count_to_its_last_digit_is_trivia() -> None:
    lead = (
        "'''Exlandia''' is a republic in [[North Africa]] made up of 48 provinces and {0} "
        "communes, with a coast on the [[Mediterranean Sea]].\n"
        "\n== Government ==\nEach of its {0} communes elects a council.\n"
    )  # (the count told twice: since stop 56 a figure told once is not asked,
    # mentions.returned_to)
    assert "1,541" not in _answers(lead.format("1,541"), "Exlandia").values()
    # (since stop 56 no figure of a sentence is asked at all, round or not: 33 of 54 passed)
    assert "1,500" not in _answers(lead.format("1,500"), "Exlandia").values()
    assert "48" not in _answers(lead.format("1,500"), "Exlandia").values()


def test_an_appointment_needs_its_institution() -> None:
    assert leans_back("Exa was appointed associate professor in 1909.")
    assert leans_back("Exa was promoted to professor in 1950.")
    assert not leans_back("Exa was appointed associate professor at the University of Exton.")
    assert not leans_back("Exa was named professor of physics in Berlin in 1912.")


def _swappable(sentence: Sentence, text: str) -> Span:
    """The sentence's span (one a false statement may change) that reads ``text``."""
    return next(s for s in sentence.swappable if s.text == text)


def _moved_year(title: str, text: str, start: str, year: str) -> tuple[bool, str | None]:
    """For ``year`` in the sentence that begins with ``start``: whether it is a step of a life
    kept from false statements, and the false value it would take."""
    sentence, items = sentence_items(title, text, start)
    span = _swappable(sentence, year)
    false = false_statement_value(sentence, span, items, [], random.Random(0))
    return items.career_year(sentence, span), false


PERSON = (
    "'''Ann Vark''' (4 May 1890 – 2 June 1960) was a Dutch [[conchology|conchologist]] who "
    "worked at the [[Exton Museum]].\n\n== Career ==\n"
    "Vark retired from the Exton Museum in 1955 because of ill health.\n"
)
MUSEUM = (
    "The '''Exton Museum''' is a natural history museum in [[Exton]], [[Exland]], "
    "founded in 1890.\n\n== History ==\n"
    "The Exton Museum moved to its present building in 1955 after a fire.\n"
)


def test_no_year_moved_in_a_career_step_past_the_lead() -> None:
    kept, false = _moved_year("Ann Vark", PERSON, "Vark retired", "1955")
    assert kept and false not in (None, "1955")  # (a year it could take, kept from it)
    kept, false = _moved_year("Exton Museum", MUSEUM, "The Exton Museum moved", "1955")
    assert not kept and false not in (None, "1955")
    for question in build_bank("Ann Vark", PERSON).questions:
        assert not (question.section and question.answer == "False"), question


def test_puffery_and_most_recently_are_no_statements_of_fact() -> None:
    assert not statement_ok("In 2013 Exa signed with the most historical club in Exland, Wyton.")
    assert not statement_ok("Exa is a basketball player who most recently played for Wyton.")
    assert statement_ok("In 2013 Exa signed a contract with Wyton, a club in Exland.")
    assert statement_ok("Exton is the most populous city in the province of Exland.")


def test_a_comma_splice_is_debris() -> None:
    assert debris("Exa is a comedy show, which premiered on 26 April 2014, It airs on Ex TV.")
    assert not debris("Exa is a comedy show, which premiered on 26 April 2014 on Ex TV.")


def test_two_names_as_one_credit_are_a_list() -> None:
    assert list_value("Angellore & Florent Krist", "entity", "producer")
    assert list_value("Ann Vark & Bea Wyton", "entity", "writer")
    assert not list_value("Procter & Gamble", "entity", "owner")
    assert not list_value("Florent Krist", "entity", "producer")


FOOTBALLER = (
    "{{Infobox football biography\n| name = Cor Wyton\n| birth_date = 11 October 1956\n"
    "| position = [[POSITION]]\n}}\n'''Cor Wyton''' (born 11 October 1956) is a Scottish "
    "former [[association football|footballer]] who played for [[Exton F.C.]] and "
    "[[Wyton Rovers F.C.]].\n"
)


def test_a_position_its_link_calls_broader_is_not_asked() -> None:
    asked = _answers(
        FOOTBALLER.replace("POSITION", "Defender (association football)|Centre-back"), "Cor Wyton"
    )
    assert "What position did Cor Wyton play?" not in asked
    asked = _answers(
        FOOTBALLER.replace("POSITION", "Goalkeeper (association football)|Goalkeeper"), "Cor Wyton"
    )
    assert asked.get("What position did Cor Wyton play?") == "Goalkeeper"


def test_the_day_of_a_roster_move_is_a_detail() -> None:
    moved = Sentence("Exa was assigned to the Exton Soul on January 13, 2017.", "", [])
    signed = Sentence("Exa signed with the Exton Soul on January 13, 2017.", "", [])
    assert minor_day(moved, True)
    assert minor_day(signed, True)  # (since stop 52: a signing is no dated event either)
    opened = Sentence("The Exton Soul arena opened on January 13, 2017.", "", [])
    assert not minor_day(opened, True)


# -- the mends of R298-R299 ------------------------------------------------------------------


def test_a_figure_the_article_gives_otherwise_in_the_same_words_is_in_doubt() -> None:
    text = "Exa School is a day school with a strength of around 1100."
    span = Span(text.index("1100"), text.index("1100") + 4, "1100", "number")
    other = " The school has a strength of around 2000 students."
    assert other_close_value(text, span, text + other)
    assert not other_close_value(text, span, text + " The school has 60 teachers.")
    dated = "In 2001 Exa School had a strength of around 1100."  # (a year qualifies it)
    span = Span(dated.index("1100"), dated.index("1100") + 4, "1100", "number")
    assert not other_close_value(dated, span, dated + other)
    assert told_another_value(text, text + other)
    assert not told_another_value(text, text)
    ratified = "In July 1992, Exland ratified the Treaty of Exton."  # (a year and its comma)
    assert not told_another_value(ratified, ratified + " In May 1997, Exland approved it.")


def test_a_unit_before_a_full_stop_is_still_its_unit() -> None:
    text = "Exa Downs occupied an area of approximately 770,000 acres."
    span = Span(text.index("770"), text.index("770") + 7, "770,000", "number")
    assert other_close_value(text, span, text + " In 1918 it occupied 755,520 acres.")


def test_no_modern_occupation_among_an_old_painters_choices() -> None:
    text = "'''Ann Exa''' (LIFE) was an Exlandian painter of the [[Renaissance]] in [[Exton]].\n"
    asked = build_bank("Ann Exa", text.replace("LIFE", "born 1970")).questions
    assert any(q.kind == "mcq" and "occupation" in q.prompt for q in asked)
    for question in build_bank("Ann Exa", text.replace("LIFE", "c. 1435 – 1507")).questions:
        assert not {"photographer", "cartoonist"} & set(question.choices or []), question


def test_a_graduation_year_is_not_moved_even_in_the_lead() -> None:
    text = (
        "'''Ann Vark''' (born 1989) is a Canadian actress. Ann Vark graduated from the Drama "
        "program at the [[University of Exton]] and [[Wyton College]] in 2011.\n"
    )
    graduated, items = sentence_items("Ann Vark", text, "Ann Vark graduated")
    assert items.career_year(graduated, _swappable(graduated, "2011"))
    born, items = sentence_items("Ann Vark", text, "Ann Vark is")
    assert not any(items.career_year(born, s) for s in born.swappable)


def test_the_month_of_a_contract_is_a_detail() -> None:
    signed = Sentence("In June 2016 Exa signed a one-year contract with Wyton.", "", [])
    joined = Sentence("In June 2016 Exa joined the Exton Symphony Orchestra.", "", [])
    assert minor_day(signed, False)
    assert minor_day(joined, False)  # (since stop 52: nor the month of any undated event)
    founded = Sentence("In June 2016 Exa founded the Exton Symphony Orchestra.", "", [])
    assert not minor_day(founded, False)


def test_a_post_with_no_institution_leans_back() -> None:
    assert leans_back("From 2012 until 2014 Walter was Associate Dean.")
    assert not leans_back("In 2012 Walter was named Dean of the Exton School of Law.")


def test_an_alias_is_not_asked_as_the_artist() -> None:
    text = (
        "{{Infobox single\n| name = Exa Song\n| artist = [[ARTIST]]\n| released = 2011\n}}\n"
        "\"'''Exa Song'''\" is a song recorded by the Dutch DJ [[Cor Wyton]] under his alias "
        "Allure, released in 2011 on [[Exton Records]].\n"
    )
    asked = _answers(text.replace("ARTIST", "Cor Wyton|Allure"), "Exa Song")
    assert "Allure" not in asked.values()
    assert "Which artist recorded Exa Song?" not in asked


def test_a_role_glued_to_its_body_is_no_office() -> None:
    assert not OFFICE.fullmatch("Deputy Legislative Assembly of Costa Rica")
    assert OFFICE.fullmatch("Deputy Minister of Finance")
    assert OFFICE.fullmatch("Member of the Exland Senate")


# -- the mends of R300-R301 ------------------------------------------------------------------


def test_a_degree_from_another_university_is_studying_elsewhere() -> None:
    prose = (
        "Exa got a PhD in Linguistics from the University of Exton in 1970. He did a Diploma "
        "in English at the University College of Wyton."
    )
    assert studied_elsewhere("alma_mater", "University of Exton", prose)
    assert not studied_elsewhere("alma_mater", "University of Exton", prose.split(" He ")[0])


def test_a_duos_birth_is_not_asked() -> None:
    text = (
        "{{Infobox person\n| name = NAMES\n| birth_place = [[Exton]], [[Exland]]\n}}\n"
        "'''NAMES''' are an Exlandian screenwriting duo known for the film [[Exa Night]].\n"
    )
    duo = "Ann Vark and Bea Wyton"
    asked = _answers(text.replace("NAMES", duo), duo)
    assert not any("born" in prompt for prompt in asked), asked


def test_which_force_gives_the_air_force_away() -> None:
    text = (
        "'''Cor Wyton''' (March 8, 1940 – May 2, 2013) was an American entomologist. Wyton "
        "served in the [[United States Air Force]].\n"
    )
    asked = _answers(text, "Cor Wyton")
    assert not any("which force" in prompt for prompt in asked), asked


def test_a_road_junction_and_a_favourite_are_trivia() -> None:
    assert not statement_ok(
        "Exton is located along County Road 1 near its junction with Ex Avenue."
    )
    assert not statement_ok(
        "In 2012, Exa described bees as his favorite group within the collection."
    )
    assert statement_ok("Exton is located along County Road 1 in the north of Wyton County.")


def test_a_year_the_text_gives_as_a_span_of_building_is_in_doubt() -> None:
    text = (
        "{{Infobox NRHP\n| name = Exa Library\n| built = 1922\n}}\n"
        "The '''Exa Library''' is a public library in [[Exton]], [[Exland]], built in YEARS "
        "in the [[Colonial Revival architecture|Colonial Revival]] style.\n"
        "\n== History ==\nThe Exton Library Society has run it since 1923.\n"
    )  # (the text tells 1923 too: since stop 56 an infobox line it never tells is not asked,
    # mentions.returned_to)
    assert "1922" not in _answers(text.replace("YEARS", "1922–23"), "Exa Library").values()
    assert "1922" in _answers(text.replace("YEARS", "1922"), "Exa Library").values()
    done = text.replace("| built = 1922", "| completed = 1923").replace("YEARS", "1922–23")
    assert "1923" in _answers(done, "Exa Library").values()  # (the span's end: when it was done)


# -- the mends of R302-R303 ------------------------------------------------------------------


def test_an_order_the_leads_everyday_word_names_is_given_away() -> None:
    common = {"butte", "famil"}  # ("is a butterfly of the family Lycaenidae")
    assert said_by_its_name("Lepidoptera", "Exa wytonensis", common)
    assert not said_by_its_name("Coleoptera", "Exa wytonensis", common)


def test_a_building_year_the_text_bounds_is_in_doubt() -> None:
    text = (
        "{{Infobox NRHP\n| name = Exa House\n| built = 1831\n}}\n"
        "The '''Exa House''' is a historic house in [[Exton]], [[Exland]]. WORDS\n"
        "\n== History ==\nAnn Vark lived in the house until her death.\n"
    )  # (Ann Vark told twice: since stop 56 a name told once is not asked, mentions.returned_to,
    # and the lead's own gap "built before _____ (year)" would be asked in her place)
    for words in ("It was built before 1831 by Ann Vark.", "Built of brick in 1830-31, it ..."):
        assert "1831" not in _answers(text.replace("WORDS", words), "Exa House").values(), words


def test_a_mix_and_a_screening_are_credits_not_facts() -> None:
    text = (
        "'''Exa Songs''' is the second album by the Exlandian band [[Wyton]], released in 2012 "
        "on [[Exton Records]]. Exa Songs was mixed by [[Ann Vark]] and mastered by Bea Roe.\n"
    )
    assert "Ann Vark" not in _answers(text, "Exa Songs").values()
    film = (
        "'''Exa Night''' is a 2014 Exlandian drama film directed by [[Ann Vark]]. It premiered "
        "at the [[Cannes Film Festival]]. Exa Night was shown at the [[Wyton Film Festival]] "
        "in November 2014.\n"
    )
    assert "Wyton Film Festival" not in _answers(film, "Exa Night").values()


def test_a_grant_and_a_charitys_ambassador_are_no_years_to_learn() -> None:
    for deed in (
        "In 1997, Vark received a grant from the Exland Cultural Foundation.",
        "In 2017, Vark was named the ambassador of Fashion for Exland.",
    ):
        lead = f"'''Ann Vark''' (born 1960) is an Exlandian painter. {deed}\n"
        years = {a for a in _answers(lead, "Ann Vark").values() if a in ("1997", "2017")}
        assert not years, deed


def test_a_style_the_text_names_without_its_period_is_not_asked() -> None:
    text = (
        "{{Infobox NRHP\n| name = Exa Hall\n| architecture = STYLE\n}}\n"
        "'''Exa Hall''' is a historic town hall in [[Exton]], [[Exland]]. It is the only "
        "Gothic Revival town hall in the county.\n"
    )
    assert (
        "Late Gothic Revival"
        not in _answers(text.replace("STYLE", "Late Gothic Revival"), "Exa Hall").values()
    )


def test_a_province_is_asked_as_one() -> None:
    text = (
        "{{Infobox hospital\n| name = Exa Memorial Hospital\n| state = PLACE\n"
        "| country = COUNTRY\n}}\n'''Exa Memorial Hospital''' is a hospital in [[Exton]], with 200 "
        "beds, opened in 1948 by the health authority of the region.\n"
        "\n== History ==\nIt was the first hospital in PLACE to treat polio.\n"
    )  # (the text names the province too: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    asked = _answers(
        text.replace("PLACE", "British Columbia").replace("COUNTRY", "Canada"),
        "Exa Memorial Hospital",
    )
    assert asked.get("In which province is Exa Memorial Hospital?") == "British Columbia", asked
    asked = _answers(
        text.replace("PLACE", "Texas").replace("COUNTRY", "United States"), "Exa Memorial Hospital"
    )
    assert asked.get("In which state is Exa Memorial Hospital?") == "Texas", asked


# -- the mends of R304-R305 ------------------------------------------------------------------


def test_a_singer_is_no_wrong_occupation_where_the_infobox_says_vocals() -> None:
    text = (
        "{{Infobox musical artist\n| name = Cor Wyton\n| instrument = INSTRUMENTS\n}}\n"
        "'''Cor Wyton''' (born 1970) is an Exlandian guitarist.\n"
    )

    def choices(instruments: str) -> set[str]:
        banks = (
            build_bank("Cor Wyton", text.replace("INSTRUMENTS", instruments), seed=seed)
            for seed in range(6)
        )
        return {c for bank in banks for q in bank.questions for c in q.choices or []}

    assert "singer" in choices("Guitar")
    assert "singer" not in choices("Guitar, vocal") and "guitarist" in choices("Guitar, vocal")


def test_a_position_the_text_gives_as_another_is_not_asked() -> None:
    text = (
        "{{Infobox football biography\n| name = Cor Wyton\n| position = [[Defender (association "
        "football)|Defender]]\n}}\n'''Cor Wyton''' (born 11 October 1956) is an Exlandian "
        "former [[association football|footballer]] who played as a ROLE for [[Exton F.C.]].\n"
    )
    assert "What position did Cor Wyton play?" not in _answers(
        text.replace("ROLE", "forward"), "Cor Wyton"
    )
    asked = _answers(text.replace("ROLE", "defender"), "Cor Wyton")
    assert asked.get("What position did Cor Wyton play?") == "Defender"


def test_a_value_the_infobox_calls_missing_is_not_asked() -> None:
    text = (
        "{{Infobox person\n| name = Cor Wyton\n| birth_date = 4 May 1890\n"
        "| death_place = Place of death missing\n}}\n'''Cor Wyton''' (4 May 1890 – 1960) was "
        "an Exlandian painter of landscapes in [[Exton]].\n"
    )
    assert not any("missing" in a for a in _answers(text, "Cor Wyton").values())


def test_a_doctoral_programme_elsewhere_is_studying_elsewhere() -> None:
    prose = "Ota graduated from Exton University and did a doctoral programme at Wyton College."
    assert studied_elsewhere("alma_mater", "Exton University", prose)


def test_no_wrong_birth_year_after_the_first_deed_the_article_dates() -> None:
    text = (
        "{{Infobox person\n| name = Cor Wyton\n| birth_date = 1786\n}}\n'''Cor Wyton''' (1786 – "
        "1861) was an Exlandian civil servant. Wyton took his degree at [[Exton College]] in "
        "1807 and was made secretary of the [[Exland Colonial Office]] in 1812.\n"
    )
    for seed in range(6):
        for question in build_bank("Cor Wyton", text, seed=seed).questions:
            if question.answer == "1786" and question.choices:
                assert all(int(c) < 1790 for c in question.choices), question.choices


def test_the_narrowed_rules_keep_what_they_should() -> None:
    assert DUO.fullmatch("Adam Gierasch and Jace Anderson")
    assert not DUO.fullmatch("Prince Henry, Duke of Gloucester and Edinburgh")
    assert not DUO.fullmatch("Marks & Spencer")
    text = "Exa scored a total of 25 goals for Exton."
    span = Span(text.index("25"), text.index("25") + 2, "25", "number")
    assert not other_close_value(text, span, text + " Wyton scored a total of 40 goals.")


# -- the mends of R306-R307 ------------------------------------------------------------------


def test_a_marriage_year_is_not_moved_even_in_the_lead() -> None:
    text = (
        "'''Ann Vark''' (1878-1958) was an Exlandian politician. Ann Vark married Bea Roe in 1908."
    )
    married, items = sentence_items("Ann Vark", text, "Ann Vark married")
    assert items.career_year(married, _swappable(married, "1908"))


def test_a_towns_realm_is_not_asked() -> None:
    text = (
        "'''Ann Vark''' (December 9, 1882 - 1964) was an Exlandian politician and [[Chetnik]] "
        "commander.\n\n== Life ==\nVark was born on December 9, 1882, in Wyton, in the [[Kingdom "
        "of Exland]]. Vark was elected a state deputy in 1923.\n"
    )
    assert "Kingdom of Exland" not in _answers(text, "Ann Vark").values()


def test_an_alma_maters_year_is_not_asked_with_it() -> None:
    text = (
        "{{Infobox person\n| name = Ann Vark\n| alma_mater = [[Exton Medical College]] (1881)\n}}\n"
        "'''Ann Vark''' (1855-1919) was an Exlandian physician in [[Wyton]].\n"
        "\n== Life ==\nVark trained at Exton Medical College in 1881.\n"
    )  # (the text tells the college and its year too: since stop 56 an infobox line it never
    # tells is not asked, mentions.returned_to)
    asked = _answers(text, "Ann Vark")
    assert asked.get("At which institution did Ann Vark study?") == "Exton Medical College"
    assert not any(p.endswith("in 1881?") for p in asked)


def test_one_fact_of_the_opening_parenthesis_beside_its_sentence() -> None:
    text = (
        "'''Ann Vark''' (4 May 1890 – 2 June 1960) was an Exlandian painter of landscapes who "
        "worked in [[Exton]] and [[Wyton]].\n"
    )
    facts = _with_lead_life(extract_facts(parse_article("Ann Vark", text)))
    assert [line.name for line in facts.infobox] == ["birth_date"]


def test_an_old_lifes_bound_comes_from_the_opening_parenthesis() -> None:
    prose = "Ann Vark (1894–1973) was an architect. Her files formed the Exa Dictionary 1720–1940."
    assert opening_years(prose, True) == [1894, 1973]
    assert opening_years("Ann Vark (Exton, circa 1435-1440 - 1507) was a painter.", True) == [
        1435,
        1440,
        1507,
    ]
    assert opening_years(prose, False) == []
