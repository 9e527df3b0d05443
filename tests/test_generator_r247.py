"""Stop 46's mends from R246 (long articles), made general: a birthplace that is a whole
state, a launch the text dates by its stages, "the capital of which city?", and a county the
title's own name begins."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.facts import Sentence
from quiz.generator.generate import build_bank
from quiz.generator.infobox import in_title
from quiz.generator.insitu import insitu_question
from quiz.generator.otherwise import released_otherwise
from quiz.generator.spans import Span


def _asked(text: str, answer: str, fine: str, coarse: str) -> str | None:
    """The in-situ question of ``answer`` in the sentence ``text``."""
    start = text.index(answer)
    span = Span(start, start + len(answer), answer, "entity")
    return insitu_question(Sentence(text, "", [span], "", -1, 0), span, fine, coarse)


def _bank_prompts(place: str) -> list[str]:
    text = (
        "{{Infobox philosopher\n| name = Hugo Exa\n| birth_date = {{Birth date|1883|12|25}}\n"
        f"| birth_place = {place}\n| occupation = Philosopher\n}}}}\n"
        f"{Q}Hugo Exa{Q} (December 25, 1883 – June 18, 1975) was an Exlandic philosopher.\n"
        "He taught at the University of Exton from 1920 and wrote a book on logic in 1931.\n"
    )
    return [q.prompt for q in build_bank("Hugo Exa", text).questions]


def test_a_birthplace_that_is_a_whole_state_is_not_asked_where() -> None:
    # R246: "Where was Hugo Bergmann born?" -> Austria-Hungary; the text puts him in Prague
    for state in ("[[Austria-Hungary]]", "[[Russian Empire]]", "[[Kingdom of Prussia]]"):
        assert "Where was Hugo Exa born?" not in _bank_prompts(state), state
    assert "Where was Hugo Exa born?" in _bank_prompts("[[Wyton]], [[Austria-Hungary]]")
    # nor a country alone, even one the ISO list knows: "In which country did Dušan
    # Dimitrijević die?" -> Yugoslavia, "... was Percelle Ascott born?" -> Puerto Rico (1 of 4
    # such items passed R296-R311)
    for country in ("[[Germany]]", "[[Puerto Rico]]"):
        prompts = _bank_prompts(country)
        assert not any(p.endswith(("Hugo Exa born?", "Hugo Exa die?")) for p in prompts), prompts


def test_a_launch_the_text_dates_by_its_stages_is_not_asked() -> None:
    # R246: "Launch date: August 2008" beside a private beta on 31 July 2008
    beta = "On 31 July 2008, Ned Vark invited readers to the private beta of the new website."
    assert released_otherwise("August 2008", beta)
    one = "Subversion was made by Exco in 2000. Version 1.0 was released on 23 February 2004."
    assert released_otherwise("2000", one)
    assert not released_otherwise("August 2008", "The site was praised in August 2008.")
    other = "Reign in Blood was released in 1986 and went gold. Exa was released in 2004."
    assert not released_otherwise("2004", other)  # (another work's release is no stage)


def test_the_capital_of_a_city_is_no_city_to_ask_which_of() -> None:
    text = "Exa University is about sixty miles east of the state capital of Wyton."
    assert _asked(text, "Wyton", "city", "place") is None
    text = "Exa University is about sixty miles east of Wyton."
    asked = _asked(text, "Wyton", "city", "place")
    assert asked == "Exa University is about sixty miles east of which city?"


def _county_prompts(title: str, county: str) -> list[str]:
    text = (
        f"{{{{Infobox school\n| name = {title}\n| county = [[{county}]]\n}}}}\n"
        f"{Q}{title}{Q} is a grammar school for girls in Exton, England, founded in 1907.\n"
        f"\n== History ==\nIt was the first school for girls in {county}.\n"
    )  # (the text names the county too: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    return [q.prompt for q in build_bank(title, text).questions]


def test_a_place_named_like_the_title_is_given_away() -> None:
    # R246: "In which county is Lancaster Girls' Grammar School?" -> Lancashire
    asked = "In which county is Exminster Girls School?"
    assert asked not in _county_prompts("Exminster Girls School", "Exminstershire")
    assert asked in _county_prompts("Exminster Girls School", "Wyshire")
    assert in_title("faryl", "faryl smith")


def test_a_name_the_lead_opens_with_the_keeps_it() -> None:
    # R236, R244: "In what year was 4A Engine released?", "the words of Argentine National Anthem"
    from quiz.generator.subject import find_subject
    from quiz.generator.wikitext import parse_article

    for infobox in ("", "{{Infobox video game engine\n| name = Exa Engine\n}}\n"):
        text = (
            f"{infobox}The {Q}Exa Engine{Q} is a graphics engine made by [[Exco]] in Exton.\n"
            "Exa Engine runs on several systems. Exa Engine was first shown in 2010.\n"
        )
        assert find_subject(parse_article("Exa Engine", text)).name == "the Exa Engine"
    text = f"{Q}Exa Engine{Q} is a graphics engine made by [[Exco]] in Exton.\n"
    assert find_subject(parse_article("Exa Engine", text)).name == "Exa Engine"


def test_words_that_need_what_came_before() -> None:
    from quiz.generator.wording import leans_back

    assert leans_back("With the addition of Ned Vark on drums, Exa's first gig was in Exton.")
    assert leans_back("He served as the country's Minister of Finance from 2004 to 2005.")
    assert not leans_back("He served as Exland's Minister of Finance from 2004 to 2005.")


def test_a_count_the_infobox_gives_otherwise_is_no_gap() -> None:
    # R240: "five seasons and _____ (number) episodes" (51) beside "No. of episodes: 52";
    # since stop 56 no figure of a sentence is a gap, whatever the infobox gives
    from quiz.generator.facts import extract_facts
    from quiz.generator.generate import entity_types
    from quiz.generator.items import SentenceItems
    from quiz.generator.spans import find_spans
    from quiz.generator.wikitext import parse_article

    text = "The show ended its run in 1995 with a total of five seasons and 51 episodes."
    for episodes in ("52", "51"):
        wikitext = (
            f"{{{{Infobox television\n| name = Exa\n| num_episodes = {episodes}\n}}}}\n"
            f"{Q}Exa{Q} is an Exlandic television show made in Exton from 1991.\n"
        )
        facts = extract_facts(parse_article("Exa", wikitext))
        (span,) = [s for s in find_spans(text, []) if s.text == "51"]
        items = SentenceItems(facts, entity_types(facts), 0)
        assert items.fact(Sentence(text, "", [span], "", -1, 0), span) is None


def test_a_name_s_verbs_agree_with_its_head() -> None:
    # R245: "The Institut d'études politiques de Paris were established"; R239: "does the cattle"
    from quiz.generator.lexicon import plural_noun
    from quiz.generator.subject import plural_name

    assert not plural_name("the Institut d'études politiques de Paris")
    assert not plural_name("the Banco de los Andes")
    assert not plural_name("the Inns of Court School of Law")
    assert plural_name("the Kinston Indians")
    assert plural_noun("cattle") and not plural_noun("bias")


def test_a_subject_that_owns_itself_points_back() -> None:
    from quiz.generator.copied import points_back

    assert points_back("Exton is recognized as one of Exton's landmarks for its 294 stations.")
    assert not points_back("Exton is the capital of Exland and Exland's largest city.")


def test_a_ruler_s_title_before_the_gap_gives_the_ruler_away() -> None:
    # R242: "In 1716, Messerschmidt came into contact with Russian emperor _____." (Peter)
    from quiz.generator.general import HIGH_OFFICE_GAP

    assert HIGH_OFFICE_GAP.search("In 1716, Exa came into contact with Russian emperor _____.")
    assert HIGH_OFFICE_GAP.search("In 1850, Exa was received by the sultan _____.")
    assert not HIGH_OFFICE_GAP.search("In 1716, Exa came into contact with the botanist _____.")


def test_a_definition_that_names_the_title_again_says_only_the_title() -> None:
    # R245: true from the title alone
    from quiz.generator.substance import says_the_title

    for title, text in (
        ("University of Exton", "The University of Exton is a higher education body in Exton."),
        ("University of Milan", "The University of Milan is a university in Milan, Italy."),
        ("Exco Z-car", "The Z-car is a series of sports cars manufactured by Exco Motors Ltd."),
        (
            "Prime Minister of Exland",
            "The Prime Minister of Exland and Wyland is the head of the Government of Exland.",
        ),
    ):
        assert says_the_title(text, title), text
    assert not says_the_title(
        "The Museum of Work is a museum located in Exton, Exland.", "Museum of Work"
    )
    assert not says_the_title("Wyton is a city in Wyton County, Exshire.", "Wyton, Exshire")


def test_r247_r248_infobox_values_not_so_yet_or_told_otherwise() -> None:
    from quiz.generator.otherwise import told_elsewhere, unfinished
    from quiz.generator.subject import Subject

    subject = Subject("Exa Tunnel", "the Exa Tunnel")
    prose = "The Exa Tunnel is a railway tunnel under construction at the Wyton research centre."
    assert unfinished("2032 (scheduled)") and unfinished("2027 (Planned)")  # R248, R247
    assert unfinished("{Exland dollar}") and unfinished("* Exa Games")  # markup left (R247, R250)
    assert not unfinished("2032") and not unfinished("Exland dollar")
    assert told_elsewhere("headquarters", "Saint-Exa, Exland", prose, subject)  # not in the text
    assert not told_elsewhere("headquarters", "Wyton", prose, subject)
    capital = "Exa was a kingdom. Its capital was Wyton, and later Exton."
    assert told_elsewhere("capital", "Guangxa", capital + " Guangxa was its first seat.", subject)


def test_r248_routine_and_set_phrases() -> None:
    from quiz.generator.copied import debris
    from quiz.generator.wording import NOT_WORTH, SIDE_EVENT

    assert NOT_WORTH.search("Since August 2013, the Exa steering committee has met quarterly.")
    assert NOT_WORTH.search(
        "In June 2015, Exa signed an exclusive contract with management agency Ex."
    )
    assert NOT_WORTH.search("Exa is a former Rotary Club President of Exton.")
    assert not NOT_WORTH.search("Exa met Ned Vark in Exton in 1950.")
    assert debris("Exa served as trustee, treasurer, and president, of the Exton Museum.")
    assert debris("The Exa Thunderbird is Exa motorcycle made in Wyton, Exland.")
    assert debris("In 2005 The Exton Abbey campaign was launched.")
    assert not debris("In 2005 the Exton Abbey campaign was launched.")
    assert SIDE_EVENT.search("Exa is the first new product since the release of the Exa Watch in ")


def test_r248_a_set_phrase_names_the_body() -> None:
    text = "Exland was elected to a two-year term on the Exa Council from 2006 to 2007."
    assert _asked(text, "Exa Council", "council", "org") is None
    text = "Exland was elected to the Exa Council from 2006 to 2007."
    asked = _asked(text, "Exa Council", "council", "org")
    assert asked == "Exland was elected to which council from 2006 to 2007?"


def test_r248_a_planned_opening_is_not_asked() -> None:
    text = (
        "{{Infobox tunnel\n| name = Exa Tunnel\n| opened = 2032 (scheduled)\n"
        "| length = 55 km\n}}\n"
        f"The {Q}Exa Tunnel{Q} is a railway tunnel being built under the Exa Pass in Exland.\n"
        "Work on the Exa Tunnel began in 2008 and is led by the Exland railway company Exrail.\n"
    )
    prompts = [q.prompt for q in build_bank("Exa Tunnel", text).questions]
    assert not any("open" in p for p in prompts), prompts


def test_r247_a_false_year_stays_inside_the_heading_s_era() -> None:
    # R247: "In January 1872, Cleveland was appointed ..." under "Early career and the Civil
    # War" (the article dates the war 1861-1865): false at a glance
    import random

    from quiz.generator.falsify import _era_bounds, false_year

    prose = (
        "The Civil War began in 1861. Exa paid a substitute when the Civil War draft came in "
        "1863. The Civil War ended in 1865. Exa was elected mayor in 1881.\n"
    )
    text = "In January 1863, Exa was appointed assistant district attorney of Exton County."
    bounds = _era_bounds(Sentence(text, "Early career and the Civil War"), prose, "Ned Exa")
    assert bounds == [1861, 1865]
    years = {false_year(1863, bounds, [], 2020, random.Random(seed)) for seed in range(40)}
    assert years == {None}  # (no year 5 or more away stays inside the war: no false statement)


def test_r249_r250_slips_denials_and_vague_impacts() -> None:
    from quiz.generator.checks import statement_ok
    from quiz.generator.copied import debris
    from quiz.generator.subject import plural_name

    assert debris("Exa Blue is spring water and a product of Exa Springs S.A. Exa Blue is a brand.")
    assert not debris("Exa Blue is spring water and a product of Exa Springs S.A. of Exton.")
    assert debris("Stormy Exa is a landscape painting done with watercolor on 34x 45 cm paper.")
    assert debris("Exa was released on June 19, 2013 in Exland, and on March and April 2014.")
    assert debris("On 12 July 1960, Exa was admitted to Bar as a Barrister of Exton Inn.")
    assert debris("In 2015, Exa's work has been displayed at the Exton Arts Center with Ned Vark.")
    assert not debris("Since 2015, Exa's work has been displayed at the Exton Arts Center.")
    assert not statement_ok("The Exland Revolution had a major impact on Europe and the New World.")
    assert not plural_name("the National Board for Prices and Incomes")


def test_r249_r250_names_and_answers_that_say_too_little() -> None:
    from quiz.generator.otherwise import released_otherwise, told_elsewhere
    from quiz.generator.subject import Subject, find_subject
    from quiz.generator.wikitext import parse_article

    text = f"{Q}Sir Ned Exa, 1st Baronet{Q} (1707–1785) was an Exlandic banker in Exton.\n"
    assert find_subject(parse_article("Sir Ned Exa, 1st Baronet", text)).name == "Exa"
    subject = Subject("Ann Exa", "Ann Exa", person=True)
    assert told_elsewhere("branch", "Exland Police", "Ann Exa was a spy.", subject)
    first = "The film was first released for public exhibition in Exland in 2009."
    assert released_otherwise("2005", first)
    text = "Exa graduated from the School of Medicine in 1951."
    assert _asked(text, "School of Medicine", "school", "org") is None


def test_r251_r252_events_of_a_person_numbers_as_places_and_slips() -> None:
    from quiz.generator.copied import debris, points_back
    from quiz.generator.otherwise import told_elsewhere
    from quiz.generator.subject import Subject

    event = Subject("Killing of Ann Exa", "the killing")
    assert told_elsewhere("birth_date", "24 September 1962", "Ann Exa was killed.", event)
    person = Subject("Ann Exa", "Ann Exa", person=True)
    assert not told_elsewhere("birth_date", "24 September 1962", "Ann Exa was a nurse.", person)
    body = Subject("Exa Society", "the Exa Society")
    assert told_elsewhere("location", "21", "The Exa Society is a mosque group.", body)
    assert debris("Exa and Vark, an Exlandic firm established about 1901 century in Exton.")
    assert debris("FK Exa is a permanent member of the Exland First League since 2007.")
    assert points_back("Rose Walk is to the north and Exa Open Space to the east.")
    assert not points_back("Rose Walk is to the north of Exa Open Space in Exton.")
    text = "Sweet Exa is the second EP by American recording artist Ann Exa."
    assert _asked(text, "Ann Exa", "artist", "person") is None
    text = "In 1940, Exa led many attacks on England during the Battle of Wyton."
    asked = _asked(text, "Battle of Wyton", "battle", "event")
    assert asked == "In 1940, Exa led many attacks on England during which battle?"


def test_r253_r254_slips_addresses_and_several_founders() -> None:
    from quiz.generator.copied import debris
    from quiz.generator.notworth import NOT_WORTH
    from quiz.generator.otherwise import UNSURE_YEAR, told_elsewhere
    from quiz.generator.subject import Subject

    assert debris("The Exa Festival started in 2009 and in 2014 is celebrating its 5th year.")
    assert debris("Ned Exa was a Christian leader who led the Exland YMCA. in the 1920s.")
    assert debris('Exa, (aka "", "Junjun") or exagisal is a short arrow shot from a guide.')
    assert NOT_WORTH.search("The Town Hall of Exton is located at 8 Maple Street in Wyton.")
    assert UNSURE_YEAR.search("Exa was born in an unknown date in the city of Exton.")
    body = Subject("Exa Ltd", "Exa Ltd")
    prose = "Exa Ltd was founded by the mother-daughter team Ann and Bea Vark in 2012."
    assert told_elsewhere("founder", "Bea Vark", prose, body)
    assert not told_elsewhere("founder", "Ann Vark", "Exa Ltd was founded by Ann Vark.", body)


def test_a_capacity_is_no_place() -> None:
    from quiz.generator.otherwise import told_elsewhere
    from quiz.generator.subject import Subject

    body = Subject("Exa Stadium", "Exa Stadium")
    assert not told_elsewhere("capacity", "50,000", "Exa Stadium holds 50,000 people.", body)
    assert told_elsewhere("location", "21", "Exa Stadium is a stadium in Exton.", body)
