"""Stop 64: infobox fields read whole (a box on a table's first line, a name after a comment) and
asked (a club's home ground, an aircraft's first flight)."""

from __future__ import annotations

from test_generator_r73 import Q, prompts

from quiz.generator.generate import build_bank
from quiz.generator.kindwording import kind_value
from quiz.generator.wikitext import parse_article


def _club(told: str) -> list[str]:
    box = (
        "{{Infobox football club\n| clubname = Exton Rovers\n| founded = 1905\n"
        "| ground = [[Vark Park]]\n| capacity = 26,309\n}}\n"
    )
    text = (
        f"{Q}Exton Rovers{Q} is a football club based in Exton, Exland, founded in 1905. {told}\n"
    )
    return prompts("Exton Rovers", box + text)


def test_a_clubs_home_ground_the_text_names_is_asked() -> None:
    # p117's Crystal Palace gave no question; its ground, Selhurst Park, is what a fan learns
    asked = _club("The club has played its home matches at Vark Park since 1924.")
    assert "What is the home ground of Exton Rovers?" in asked, asked
    assert "What is the home ground of Exton Rovers?" not in _club("The club wears red.")


AIRCRAFT = (
    "{|{{Infobox Aircraft Begin\n | name=Exton E.2\n | image=\n}}{{Infobox Aircraft Type\n"
    " | type=[[Reconnaissance aircraft]]\n | manufacturer=Exton Works\n"
    " | first flight=7 April 1939\n | number built=2\n}}\n|}\n"
    f"The {Q}Exton E.2{Q} was a prototype reconnaissance aircraft. It first flew on 7 April "
    "1939, and two were built.\n"
)


def test_an_aircraft_box_in_parts_on_a_tables_first_line_is_read() -> None:
    # p116's Potez 220 gave no question: "{|{{Infobox Aircraft Begin ...}}{{Infobox Aircraft
    # Type ...}}" is read by the parser as the table's attribute, and "Type" was no part's name
    article = parse_article("Exton E.2", AIRCRAFT)
    assert article.infobox_type == "Aircraft"
    assert {"name", "manufacturer", "first flight"} <= {f.name for f in article.infobox}
    asked = {q.prompt: q.answer for q in build_bank("Exton E.2", AIRCRAFT).questions}
    assert asked.get("In what year did the Exton E.2 first fly?") == "1939", asked


def test_a_fields_name_after_a_comment_is_its_own() -> None:
    # p116's Kierkegaard: "<!-- Information -->\n  name = ..." was a field named with its comment
    box = (
        "{{Infobox Philosopher |\n  <!-- Philosopher Category -->\n  region = Western |\n"
        "  <!-- Information -->\n  name = Ned Vark |\n  era = 19th-century philosophy |\n}}\n"
    )
    article = parse_article("Ned Vark", f"{box}{Q}Ned Vark{Q} was a philosopher.\n")
    assert [f.name for f in article.infobox] == ["region", "name", "era"]


def test_a_military_units_formation_is_the_first_date_of_its_one_period() -> None:
    # p116's No. 79 Wing gave no question: "Dates: 1943–1945" read as a five-digit figure
    assert kind_value("dates", "1943–1945", "X", []) == "1943"
    assert kind_value("dates", "25 April 1941–current", "X", []) == "25 April 1941"
    assert kind_value("dates", "1921-Present", "X", []) == "1921"
    assert kind_value("dates", "1915–1918; 1921–1930", "X", []) == ""  # (raised twice)
    box = "{{Infobox military unit\n| unit_name = No. 9 Wing\n| dates = 1943–1945\n}}\n"
    text = (
        f"{Q}No. 9 Wing{Q} was a wing of the Exland air force.\n\n== History ==\n"
        "Its squadrons flew from Exton between 1943 and 1945.\n"
    )
    asked = {q.prompt: q.answer for q in build_bank("No. 9 Wing", box + text).questions}
    assert asked.get("In what year was No. 9 Wing formed?") == "1943", asked


def test_a_unit_raised_anew_or_named_later_is_not_asked_when_it_was_formed() -> None:
    # R425: "When was 102nd Intelligence Wing formed?" -> 1946, where the text tells it re-formed
    # in 1950 and "redesignated the 102nd Intelligence Wing" in 2008
    told = " formed in 1943 and later renamed the exton group "
    assert kind_value("dates", "1943–1945", "No. 9 Wing", [], told) == "1943"
    anew = " formed in 1943 reformed in 1950 "
    assert kind_value("dates", "1943–1945", "No. 9 Wing", [], anew) == ""
    named = " formed in 1943 it was redesignated no 9 wing in 2008 "
    assert kind_value("dates", "1943–1945", "No. 9 Wing", [], named) == ""
