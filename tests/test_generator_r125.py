"""Review R124-R125's failures, made general: infobox fields the text tells otherwise (a later
rank, another service, an approximate or baptismal year, a battle as a place, a birthplace in a
sentence that names a parent), "designated" with no "as", a covered song's artist, a singular
subject ending in s, a county's village asked as a city, a place taken for a surname, negated
and leaning statements, and a year the title holds."""

from __future__ import annotations

from test_generator_r73 import Q
from test_generator_r122 import prompt_answers

from quiz.generator.careers import about_the_year, career_otherwise, later_rank, other_service
from quiz.generator.checks import statement_ok
from quiz.generator.facts import extract_facts
from quiz.generator.infobox import POINTER_VALUE, generic_question
from quiz.generator.otherwise import born_otherwise
from quiz.generator.substance import says_the_title
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import LEANS_BACK, garbled_question


def test_a_rank_the_text_promotes_past_is_not_asked() -> None:
    told = "He was making Rear Admiral in 1819 and attained the rank of Admiral in 1841."
    assert later_rank("Royal Navy Rear-Admiral", told)
    assert not later_rank("Lieutenant General", "He was promoted to First Lieutenant in 1917.")
    assert not later_rank("Admiral", "He was promoted to Rear Admiral in 1830, then Admiral.")
    assert career_otherwise("rank", "Royal Navy Rear-Admiral", told)


def test_a_branch_beside_another_service_is_not_asked() -> None:
    prose = "He joined the Australian Imperial Force, then the Royal Flying Corps."
    assert other_service("Royal Australian Air Force", prose)
    assert not other_service("United States Army", "He led the Fifth Army of the US Army.")
    assert career_otherwise("branch", "Royal Australian Air Force", prose)


def test_an_approximate_or_baptismal_year_is_no_birth_year_to_ask() -> None:
    assert about_the_year("1130", "William was born in Jerusalem around 1130.")
    assert not about_the_year("1130", "William was born in Jerusalem in 1130.")
    assert born_otherwise("birth_date", "1130", "He was born c. 1130 in Jerusalem.")
    assert POINTER_VALUE.match("bap. 1705")
    assert POINTER_VALUE.match("Battle of Exham, Exland")


def test_a_birthplace_the_text_gives_otherwise_beside_a_parent() -> None:
    prose = "Vark was born in Exham Hills, a suburb of Exville, to an English father."
    assert born_otherwise("birth_place", "Exville, New South Wales", prose, "Vark", "he")
    son = "His son was born in Exham Hills. Vark was born in Exville."
    assert not born_otherwise("birth_place", "Exville, New South Wales", son, "Vark", "he")


def test_designated_needs_an_as() -> None:
    asked = generic_question("Designated date", "St Exa's Church", False)
    assert asked is None
    founded = generic_question("Founded date", "St Exa's Church", False)
    assert founded == "When was St Exa's Church founded?"


def test_a_covered_songs_artist_is_not_asked() -> None:
    text = (
        "{{Infobox single\n| name = Exa Blues\n| artist = [[Tom Vark]]\n"
        "| released = 1949\n}}\n"
        f'{Q}"Exa Blues"{Q} is a song written by Cliff Ploy in 1922 and recorded by Tom Vark. '
        "It was first recorded by Ann Plov in 1922.\n"
    )
    assert not any("Which artist" in p for p in prompt_answers("Exa Blues", text))


def test_a_wh_word_after_a_participle_is_garbled() -> None:
    asked = "After 1918 he transferred to the newly created which force?"
    assert garbled_question(asked)
    assert not garbled_question("The Red Army invaded which country on 28 April 1920?")


def test_a_singular_subject_ending_in_s_takes_no_they() -> None:
    text = (
        f"{Q}Exa bias{Q} is a tendency of people to favor what confirms their beliefs. "
        "For example, people usually prefer sources that affirm their attitudes. "
        "They also tend to interpret ambiguous evidence as supporting their position.\n"
    )
    facts = extract_facts(parse_article("Exa bias", text))
    assert not facts.subject.plural
    assert not any(s.text.startswith("Exa bias tend") for s in facts.sentences)


def test_a_county_village_is_not_asked_as_a_city() -> None:
    text = (
        "{{Infobox person\n| name = Dick Vark\n| birth_place = [[Hempstead, Essex]]\n}}\n"
        f"{Q}Dick Vark{Q} (1705 - 1739) was an English highwayman.\n\n"
        "==Early life==\nVark was born at the Bell Inn in [[Hempstead, Essex]].\n"
    )
    assert not any(p.startswith("In which city") for p in prompt_answers("Dick Vark", text))


def test_a_place_is_not_taken_for_a_surname() -> None:
    text = (
        "{{Infobox scientist\n| name = Ziad Exa\n| birth_date = 1925\n}}\n"
        f"{Q}Ziad Exa{Q} (1925 - 1998) was a geologist. He was born in Beirut and his "
        "father was a governor.\n\n==Career==\n"
        "In 1953, Exa began his association with Petroleum Concessions (Aden Protectorates) "
        "Ltd. In 1987, he became a director of a project on hydrocarbons in the Red Sea and "
        "the Gulf of Aden.\n"
    )
    texts = [s.text for s in extract_facts(parse_article("Ziad Exa", text)).sentences]
    assert any(t.endswith("the Gulf of Aden.") for t in texts), texts


def test_negated_and_leaning_statements_are_not_statements() -> None:
    assert not statement_ok("In 1944 the Exa battalion was not commissioned for active duty.")
    assert not statement_ok("Exa has never lost a match at the Vark Stadium since 1990.")
    assert statement_ok("In 1944 the Exa battalion was commissioned for active duty.")
    assert LEANS_BACK.search("Goddard left in 1938 to receive his Masters in Forestry.")
    assert not LEANS_BACK.search("Goddard left the school in 1938 to study forestry.")


def test_a_year_the_title_holds_is_given_away() -> None:
    assert says_the_title("The AK-47 was adopted and standardized in 1947.", "AK-47")
    assert not says_the_title("The AK-47 was adopted and standardized in 1949.", "AK-47")
    text = f"{Q}Exa-47{Q} is a rifle designed by Tom Vark. It was adopted in 1947.\n"
    assert not any("1947" in f"{p} {a}" for p, a in prompt_answers("Exa-47", text).items())
