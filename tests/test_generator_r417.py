"""R417-R418 (fresh pool p116, code 6c1b12a: 59/62 and 65/66), mended in general: a template
the renderer cannot read leaves a control character where it stood, and no question may carry
one ("By what other name is Naval Air Station Corpus Christi \\x00 known?"); a work named with
its year beside an item asking its day ("Who directed the 1995 film ...?" beside "released on
_____" -> 11 May 1995); a genus its common name's short head gives ("small-leaved fig" ->
Ficus); a year a name dates itself by ("the Centenary Medal in _____"); a closing "following
the completion of Rochester's season" (whose?). And a ship's box in parts is read by its
fields' own names ("Ship launched" is "launched"), with no builder that is a yard's town.
R420-R421 (p117, 47/48 and 47/49) mended: a flight taken hostage is no "accident"; a birthplace
beside "Originally from Los Angeles, ..."; a video game's release is its first."""

from __future__ import annotations

import re

from test_generator_r73 import Q, prompts
from test_generator_stop60 import _aliases

from quiz.generator.general import NAMED_EVENT
from quiz.generator.generate import build_bank
from quiz.generator.infobox import infobox_question
from quiz.generator.otherwise import born_otherwise, told_elsewhere
from quiz.generator.subject import Subject
from quiz.generator.taxa import said_by_its_name
from quiz.generator.trim import trim_around

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def test_an_other_name_beside_an_unread_template_is_not_asked() -> None:
    coded = (
        f"{Q}Naval Air Station Exville{Q} {{{{Airport codes|NGP|KNGP}}}}, also known as "
        f"{Q}Wyland Field{Q}, is a naval base in Texas."
    )
    assert _aliases("Naval Air Station Exville", coded) == {}  # (R417's pool: "\x00 known?")
    plain = coded.replace(" {{Airport codes|NGP|KNGP}}", "")
    assert _aliases("Naval Air Station Exville", plain) == {
        "By what other name is Naval Air Station Exville known?": "Wyland Field"
    }


def test_no_question_carries_a_control_character() -> None:
    text = (
        f"The {Q}1907 Exville bank robbery{Q}, also known as the Wyland Square "
        "expropriation, was an armed robbery on 26 June 1907{{Unread note|x}} in the city "
        "of Exville.\n"
    )
    bank = build_bank("1907 Exville bank robbery", text)
    asked = {q.prompt: q for q in bank.questions}
    other = asked["By what other name was the 1907 Exville bank robbery known?"]
    assert "26 June 1907 in the city" in other.context  # (its source, the mark taken out)
    for question in bank.questions:
        shown = [question.prompt, question.answer, question.context, *question.choices]
        assert not any(CONTROL.search(text) for text in shown), question


def _film(day: str) -> list[str]:
    box = (
        "{{Infobox film\n| name = Exmoor Nights\n| director = [[Mario Exa]]\n"
        "| music = [[Roberto Vole]]\n| released = {{Film date|1995|5|11}}\n}}\n"
    )
    text = (
        f"{Q}Exmoor Nights{Q} is an Exlandic drama film directed by [[Mario Exa]], with music "
        f"by [[Roberto Vole]]. Exmoor Nights, produced by Ann Exa, was {day}.\n"
    )
    return prompts("Exmoor Nights", box + text)


def test_a_work_named_with_its_year_is_not_asked_beside_its_day() -> None:
    dated = _film("released on 11 May 1995")
    assert "Exmoor Nights, produced by Ann Exa, was released in _____ (year)." in dated  # (its
    # day asked by its year since stop 72: R445, R449)
    assert not [p for p in dated if "1995" in p]  # (R417: "the 1995 film" gave the year away)
    assert "Who directed the 1995 film Exmoor Nights?" in _film("shot in Exland")


def test_a_genus_its_common_names_short_head_gives_is_not_asked() -> None:
    assert said_by_its_name("Ficus", "Small-leaved fig", set())  # (R417)
    assert not said_by_its_name("Moraceae", "Small-leaved fig", set())
    assert not said_by_its_name("Ficus", "Small-leaved elm", set())


def test_a_year_a_name_dates_itself_by_is_not_asked() -> None:
    assert NAMED_EVENT.search("Evans was awarded the Centenary Medal in 2001.")  # (R417)
    assert NAMED_EVENT.search("It was renamed the Victoria Jubilee Bridge in 1897.")
    assert not NAMED_EVENT.search("Evans was awarded the Air Force Cross in 2001.")


def test_a_closing_after_the_end_of_another_thing_is_cut() -> None:
    said = "In 1955, Snylyk joined Exville Ukraina following the completion of Rochester's season."
    assert trim_around(said, 3, 7) == ("In 1955, Snylyk joined Exville Ukraina.", 3, 7)  # (R418)
    dated = "In 1955, Snylyk joined Exville Ukraina following the end of the 1954 season."
    assert trim_around(dated, 3, 7)[0] == dated  # (a year in it stays: it may be the answer's)


def _ship(builder: str) -> list[str]:
    text = (
        "{|{{Infobox ship begin}}\n{{Infobox ship career\n|Ship name=Exa\n"
        f"|Ship builder={builder}\n|Ship launched=12 April 1913\n}}}}\n|}}\n"
        f"{Q}Exa{Q} was a battleship of the Exlandic navy. {builder} had built three ships "
        "for the navy.\n"
    )
    return prompts("Exlandic aircraft carrier Exa", text)


def test_a_ships_box_in_parts_is_asked_by_its_fields_names() -> None:
    asked = _ship("Vole Naval Shipyard")
    assert "Who built Exa?" in asked  # ("Ship builder"; "Exa", the title's carrier's name)
    assert "Who built Exa?" not in _ship("Castellammare")  # a yard's town: who built it?
    subject = Subject("Exa", "Exa")
    assert told_elsewhere("builder", "Castellammare di Stabia", "", subject)
    assert not told_elsewhere("builder", "Harland and Wolff", "", subject)
    assert not told_elsewhere("builder", "Blohm & Voss", "", subject)  # (an ampersand, too)


def test_a_flight_taken_hostage_is_no_accident() -> None:
    def asked(kind: str) -> list[str]:
        box = (
            "{{Infobox airliner accident\n| name = Exair Flight 149\n| Date = 2 August 1990\n"
            f"| Type = {kind}\n| Site = Exton\n}}}}\n"
        )
        text = f"{Q}Exair Flight 149{Q} was a flight from Exton to Wyland in 1990.\n"
        return prompts("Exair Flight 149", box + text)

    hostage = "In what year did the Exair Flight 149 incident take place?"
    assert hostage in asked("Passengers and crew taken hostage")  # (R420)
    assert "In what year did the Exair Flight 149 accident take place?" in asked("Crash")


def test_a_birthplace_beside_where_the_text_says_the_subject_is_from_is_not_asked() -> None:
    prose = "Ann Exa is an American singer.\nOriginally from Wyland, Exa studied music."
    assert born_otherwise("birth_place", "Exton, California", prose, "Ann Exa", "she")  # (R421)
    assert not born_otherwise("birth_place", "Wyland, California", prose, "Ann Exa", "she")
    native = "Ann Exa is a singer. She is a native of Texas."
    assert not born_otherwise("birth_place", "Dallas, Texas", native, "Ann Exa", "she")


def test_a_video_games_release_is_asked_as_its_first() -> None:
    asked = infobox_question("released", "Released", "Exa Quest III", kind="CVG")  # (R421:
    assert asked == "When was Exa Quest III first released?"  # its remake came in 2006)
