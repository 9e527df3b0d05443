"""A birth or a death told in one infobox line with its place (lifelines.py)."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.article import Link
from quiz.generator.generate import build_bank
from quiz.generator.lifelines import life_parts


def test_a_life_line_with_its_place_is_a_date_line_and_a_place_line() -> None:
    assert life_parts("born", "Born", "Born", "April 13, 1962; Exton, Exland", "text") == [
        ("birth_date", "Born", "April 13, 1962", "date"),
        ("birth_place", "Place of birth", "Exton, Exland", "text"),
    ]
    assert life_parts("birth", "birth", "Birth", "5 May, 1813 (Exton, Exland)", "text") == [
        ("birth_date", "Birth", "5 May 1813", "date"),
        ("birth_place", "Place of birth", "Exton, Exland", "text"),
    ]
    assert life_parts("death", "death", "Death", "1951, April 29 (Wyton, Exland)", "text")[0] == (
        "death_date",
        "Death",
        "April 29, 1951",
        "date",
    )
    aged = life_parts("died", "Died", "Died", "8 February 1994 (aged 85); Wyton, Exland", "text")
    assert [part[2] for part in aged] == ["8 February 1994", "Wyton, Exland"]
    assert life_parts("born", "Born", "Born", "23 December 1889", "date") == [
        ("birth_date", "Born", "23 December 1889", "date")
    ]


def test_other_lines_stand_as_they_are() -> None:
    for key, value in (("born", "1889, Exton"), ("born", "Exton"), ("genre", "Rock; Pop")):
        assert life_parts(key, key, key.title(), value, "text") == [
            (key, key.title(), value, "text")
        ]


def test_a_musical_artists_born_and_died_lines_are_asked() -> None:
    # "Born: April 13, 1962 <br> Haifa, Israel" gave no question (p116's Hillel Slovak: none)
    box = (
        "{{Infobox musical artist\n| name = Ann Vole\n| background = solo_singer\n"
        "| Born = {{birth date|1962|4|13}}<br />[[Exton]], [[Exland]]\n"
        "| Died = {{death date and age|1988|6|25|1962|4|13}}<br />[[Wyton]], Exland\n}}\n"
    )
    text = (
        f"{Q}Ann Vole{Q} (April 13, 1962 – June 25, 1988) was an Exland guitarist. Vole was "
        "born in Exton, and she died in Wyton in 1988.\n"
    )
    asked = {q.prompt: q.answer for q in build_bank("Ann Vole", box + text).questions}
    assert asked.get("Where was Ann Vole born?") == "Exton, Exland", asked
    assert asked.get("Where did Ann Vole die?") == "Wyton, Exland", asked


def test_a_place_within_a_city_is_not_asked() -> None:
    # R423: "Where did Raymond Scott die?" -> "North Hills, California", linked to "North Hills,
    # Los Angeles, California": "Los Angeles" is as right
    value = "8 February 1994; North Hills, Exland"
    within = [Link(18, 36, "North Hills, Wyton, Exland")]
    assert life_parts("died", "Died", "Died", value, "text", within) == [
        ("death_date", "Died", "8 February 1994", "date")
    ]
    whole = [Link(18, 36, "North Hills, Exland")]
    assert len(life_parts("died", "Died", "Died", value, "text", whole)) == 2
