"""Stop 43's mends, made general: a false year of a minor event, debris of a lead's labels,
a title's name in its own credit, a design or an opening told two ways, map coordinates, an
everyday order, the first of two occupations, a plural after "a", a plausible nationality."""

from __future__ import annotations

import random

from test_generator_r73 import Q
from test_generator_r198 import _asked

from quiz.generator.careers import career_otherwise, given_otherwise, released_otherwise
from quiz.generator.copied import debris, points_back
from quiz.generator.generate import build_bank
from quiz.generator.nationality import NATIONALITIES, other_nationality
from quiz.generator.occupations import OCCUPATION
from quiz.generator.salience import minor_false_year
from quiz.generator.sentences import usable_sentence as usable
from quiz.generator.spans import askable_span
from quiz.generator.substance import _names_the_title, says_the_title
from quiz.generator.taxa import said_by_its_name
from quiz.generator.told import outlived, shown_country
from quiz.generator.unaskable import unaskable_fields
from quiz.generator.wording import NOT_WORTH


def test_a_false_year_of_no_key_event_is_not_stated() -> None:
    minor = "Exa contributed a guest comic strip for Dork Tower in 1998."
    assert minor_false_year(minor, "tf_false")
    assert minor_false_year("Exa was made a Knight of the Order of Leopold in 1925.", "tf_false")
    assert not minor_false_year(minor, "tf_true")  # (a true one stays)
    assert not minor_false_year("Exa was elected mayor of Exton in 1930.", "tf_false")
    assert not minor_false_year("Exa was born in 1930.", "tf_false")
    assert not minor_false_year("Ann Exa is a Greek footballer.", "tf_false")  # (no year)
    text = (
        f"{Q}Ann Exa{Q} (born 1950) is an English writer. In 1998 Exa contributed a guest "
        "comic strip for Dork Tower. Exa joined the Exton Gazette in 1975.\n"
    )
    falses = [q.prompt for q in build_bank("Ann Exa", text).questions if q.answer == "False"]
    assert not any("comic strip" in p for p in falses), falses


def test_a_lead_s_labels_left_by_cut_templates_are_debris() -> None:
    assert debris("Ann Exa, GCC, GCIH, GOL, pron., was a Portuguese lawyer and politician.")
    assert debris("Exton (pronounced //) is a village in Exshire.")
    assert not debris("Ann Exa, OBE, is an English singer.")
    assert not debris("Exton is a village in Exshire, pronounced as it is spelt.")


def test_a_title_named_in_its_own_credit_gives_the_statement_away() -> None:
    core = "Naukabout Music Festival"
    assert _names_the_title("The Naukabout Music Festival is produced by Naukabout LLC.", core)
    assert not _names_the_title("The Naukabout Music Festival is produced by Ann Exa.", core)


def test_a_designer_or_an_opening_the_text_tells_otherwise_is_not_asked() -> None:
    prose = "The bridge opened in 1919. The chief design engineer of the bridge was Ned Vark."
    assert career_otherwise("designer", "Ann Exa", prose)
    assert not career_otherwise("designer", "Ned Vark", prose)
    rebuilt = (
        "The original theatre was created in a Scout Hall in 1959. In 2003 the new, "
        "purpose-built Exton Theatre opened in Wyton."
    )
    assert career_otherwise("opened", "2003", rebuilt)
    assert not career_otherwise("opened", "2003", "It opened in 2003 in Wyton.")


def test_coordinates_and_a_plural_after_a_are_not_copied() -> None:
    assert debris("Exton is located at 31°27'50N 71°3'45E with an altitude of 164 m.")
    assert not debris("The Exa ship reached 74°01′S on 9 March 1904.")  # (a record)
    assert not usable("The Exa people, an indigenous peoples of Exland, lived in Exton.")
    assert not usable("Exa is an Italian dark-skinned grape varieties.")
    assert usable("Exland is a country of many peoples and languages.")
    assert usable("Exa visited a few countries in 1950 and a dozen cities in 1951.")


def test_an_order_an_everyday_compound_name_tells_is_not_asked() -> None:
    assert said_by_its_name("Squamata", "Exton Kingsnake", set())
    assert said_by_its_name("Rodentia", "Exland dormouse", set())
    assert not said_by_its_name("Squamata", "Lampropeltis exa", set())
    assert not said_by_its_name("Hymenoptera", "Exton elephant", set())  # ("ant": too short)


def test_the_occupation_asked_is_the_first_of_two() -> None:
    assert OCCUPATION.match("Ann Exa was a Florentine merchant and politician.") is None
    found = OCCUPATION.match("Ann Exa was an Indian lawyer and philanthropist.")
    assert found is not None and found["job"] == "lawyer"


def test_a_false_nationality_keeps_to_names_of_its_language() -> None:
    for seed in range(8):
        swap = other_nationality(
            "Ann Exa is a Spanish footballer.", "x", "Ann Exa", random.Random(seed)
        )
        assert swap is not None and NATIONALITIES[swap[1]][1] == "Spanish names", swap
        italian = "Ann Exa is an Italian painter."  # (no other nation names its people so, R298)
        assert other_nationality(italian, "x", "Ann Exa", random.Random(seed)) is None
        french = other_nationality(
            "Ann Exa is a French tennis player.", "x", "Ann Exa", random.Random(seed)
        )
        assert french == ("French", "Belgian"), french
        belgian = other_nationality(
            "Ann Exa was a Belgian writer.", "x", "Ann Exa", random.Random(0)
        )
        assert belgian is None  # (not "Dutch" nor "French": the languages a Belgian writes)
        for japanese in ("Masaya Tomida is a Japanese golfer.", "Ann Exa is a Hungarian poet."):
            assert other_nationality(japanese, "x", "Ann Exa", random.Random(seed)) is None


def test_a_release_s_country_a_run_of_letters_and_a_calibre_are_not_asked() -> None:
    text = (
        "{{Infobox film\n| name = Exa\n| released = 2003: Exland\n}}\n"
        f"{Q}Exa{Q} is an Exlandish documentary. Exa was filmed in Exton over a single day.\n"
        "\n== Release ==\nThe film was shown in Exton's cinemas in 2003.\n"
    )  # (the text tells the year too: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    asked = _asked("Exa", text)
    assert asked.get("In what year was Exa released?") == "2003", asked
    assert debris("Ann Exa BSc PhD RN BTA RNT FRCN FWACN was a nurse and educator.")
    assert not debris("Ann Exa joined NATO in 1990 and the UN in 1995.")
    gun = "The Exa MG is chambered in the 7.62×51 mm calibre and has 40 rounds."
    assert not askable_span(gun, gun.index("51"), gun.index("51") + 2, "number")
    assert askable_span(gun, gun.index("40"), gun.index("40") + 2, "number")


def test_a_year_asked_is_not_printed_in_a_work_s_other_prompt() -> None:
    text = (
        "{{Infobox film\n| name = Exa\n| director = [[Ann Vark]]\n| released = 2003: Exland\n"
        "}}\n"
        f"{Q}Exa{Q} is a 2003 Exlandish documentary. Exa was filmed in Exton over a day.\n"
    )
    asked = _asked("Exa", text)
    years = [p for p, a in asked.items() if a == "2003"]
    assert not any(" 2003 " in p for p in asked if years), asked


def test_r222_r223_mends() -> None:
    assert said_by_its_name("Pinaceae", "Exland red pine", set())  # (its own common name)
    assert "ordo" in unaskable_fields([("ordo", "Pinales"), ("familia", "Pinaceae")], "Exland fir")
    assert not unaskable_fields([("ordo", "Passeriformes"), ("familia", "Cracidae")], "Exa guan")
    assert not said_by_its_name("Hirundinidae", "Exland swallow", set())
    assert minor_false_year("Exa was born in Exton in 1935, during German occupation.", "tf_false")
    assert released_otherwise("1990", "It is a song by Exa from the 1989 album Wyton.")
    assert not released_otherwise("1989", "It is a song by Exa from the 1989 album Wyton.")
    assert debris("In early eighties, Exa was short-time member of Exton.")
    assert points_back("In his other appearance that summer, Exa made 64.")
    assert not points_back("Exa made 64 in his first appearance that summer.")


def test_r224_r225_values_told_two_ways_and_copied_slips() -> None:
    assert given_otherwise("Exa was born in 1910.", [("birth_date", "1915")])
    assert not given_otherwise("Exa was born in 1915.", [("birth_date", "1915")])
    assert not given_otherwise("Exa was born in Exton and moved in 1950.", [("birth_date", "1915")])
    assert given_otherwise("The station opened on 31 October 1912.", [("Year", "1911")])
    battle = "The Battle of Exton took place near Exton on August 22, 1920."
    assert given_otherwise(battle, [("date", "September 22, 1920")])
    assert not given_otherwise(battle, [("date", "August 22, 1920")])
    assert career_otherwise(
        "released", "July 20, 1998", "Exa is an album. It was released in 1997."
    )
    assert not career_otherwise("released", "1997", "Exa is an album. It was released in 1997.")
    lead = "{{Infobox person\n| name = Ann Exa\n| birth_date = 1975\n}}\n"
    text = f"{lead}{Q}Ann Exa{Q} (born 1973) is a British historian and a writer of books.\n"
    assert not any(a in ("1973", "1975") for a in _asked("Ann Exa", text).values())
    placed = text.replace("| birth_date = 1975\n", "| birth_place = [[Exton]], Exshire\n")
    assert "Exton, Exshire" in _asked("Ann Exa", placed).values()  # (a place has no year)
    for slip in (
        "During the World War II Exa served in the army of Exland.",
        "The Exton Historic District in located in the west of Exton.",
        "Exa Film released on 12 November 2010 in Exland.",
        "Exa rowed for SC Dynamo Potsdam/ Sportvereinigung Dynamo from 1970.",
        "Exa is a vice president at Exa Inc.. He succeeded Ned Vark in 2003.",
        "The Diocese of Exton (Exaten(sis)) is a diocese in Exland.",
    ):
        assert debris(slip), slip
    assert NOT_WORTH.search("As for now, the band has made eight films.")


def test_r226_r227_mends() -> None:
    assert NOT_WORTH.search("In 1945 Exa tied for 12-16th in Exton.")
    assert NOT_WORTH.search("Exa tied for 3rd-6th with Ann Vark in the Exton Cup.")
    assert not NOT_WORTH.search("Exa tied for first place in the Exton Cup in 1945.")
    race = "Exa is an Exlandish runner, who specializes in the 3000 metres steeplechase."
    assert not askable_span(race, race.index("3000"), race.index("3000") + 4, "number")
    assert said_by_its_name("Malus", "Prima apple", set())
    assert debris("Exa is the only album by english progressive rock band Exa.")
    assert points_back("Exa retired from his position in 1979 to run a firm.")
    assert not points_back("Exa retired from his position as mayor in 1979.")
    text = (
        f"{Q}Ann Exa{Q} (born 1920) was an Exlandish judge. Exa served in the Exland Navy "
        "from 1945 to 1946. Exa was appointed a judge of the Exton court in 1970.\n"
    )
    assert not any("which navy" in p for p in _asked("Ann Exa", text)), _asked("Ann Exa", text)


def test_r228_a_when_question_needs_a_date_and_a_comma_needs_a_space() -> None:
    skater = (
        "{{Infobox Figure skater\n| title = Ann Exa\n| combined date = 2005 JGP Exton\n}}\n"
        f"{Q}Ann Exa{Q} (born January 2, 1991 in Exton) is an Exlandish figure skater.\n"
    )
    assert not any(p.startswith("When ") for p in _asked("Ann Exa", skater))
    assert debris("Exa was a sportsman from Exton in Exshire,was educated at Wyton School.")


def test_r228_r229_a_title_s_accented_qualifier_and_a_genus_s_family() -> None:
    assert says_the_title("The Doce River is a river of Goiás state.", "Doce River (Goiás)")
    assert said_by_its_name("Conidae", "Conus lignarius", set())
    assert not said_by_its_name("Muricidae", "Conus lignarius", set())


def test_r230_an_eponymous_law_is_no_person() -> None:
    text = (
        f"In papyrology, {Q}Exa's law{Q} - named after classical scholar [[Ann Exa]] (1880–1964) "
        "- refers to the observation that columns in bookrolls often tilt forward.\n"
    )
    asked = _asked("Exa's law", text)
    assert not any("born" in p or "died" in p for p in asked), asked


def test_r230_r231_a_shown_country_a_located_name_and_a_lower_case_olympic() -> None:
    false = "Ann Exa was a Canadian composer and performer."
    true = "Ann Exa was an American composer and performer."
    assert shown_country(false, true, ["Ann Exa was born in Eagle Rock, California, in 1940."])
    assert not shown_country(false, true, ["Ann Exa was born in 1940."])
    scot = ("Ann Exa was a Scottish zoologist.", "Ann Exa was an Australian zoologist.")
    assert shown_country(*scot, ["Exa was born and educated in Western Australia."])
    core = "Bank of Exton Building"
    assert _names_the_title("Bank of Exton Building is located in Exton, Exshire.", core)
    assert debris("Ann Exa is an American swimmer and olympic champion.")


def test_a_false_birth_year_another_item_s_age_rules_out_is_given_away() -> None:
    false = ["Lisa was born on March 27, 1990."]
    assert outlived(false, [" in 2010 13 year old lisa auditioned for yg "])
    assert not outlived(false, [" in 2003 13 year old lisa auditioned for yg "])
    assert not outlived(false, [" in 2010 lisa auditioned for yg "])
