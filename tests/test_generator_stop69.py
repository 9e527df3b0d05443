"""Stop 69, after R437's last failures and R438: wrong years never run three in a row beside the
answer; a document's infobox "writer" that is a body, a pen name, a year a dropped bracket would
misdate, a "Settled" year the text dates otherwise and a re-release's date are not asked; after
R439, a named event led by a place word is no place, and a timeline line dates a founding."""

from __future__ import annotations

import random

from test_generator_r73 import Q

from quiz.generator.careers import given_otherwise
from quiz.generator.choices import year_choices
from quiz.generator.facts import Facts, Sentence
from quiz.generator.generate import build_bank
from quiz.generator.infobox import infobox_question
from quiz.generator.kindwording import begun_otherwise
from quiz.generator.pennames import pen_name
from quiz.generator.placeforms import place_accepts
from quiz.generator.salience import home_media
from quiz.generator.standalone import misdated_by_aside
from quiz.generator.subdivisions import place_subject
from quiz.generator.subject import Subject
from quiz.generator.trim import separable_tail
from quiz.generator.twoyears import whens
from quiz.generator.typeclues import head_type
from quiz.kinds import check_answer
from quiz.model import Question


def _sorted_run(years: list[int]) -> bool:
    values = sorted(years)
    return any(c - a == 2 for a, c in zip(values, values[2:], strict=False))


def test_wrong_years_never_make_a_run_with_the_answer() -> None:
    article = list(range(2005, 2020))  # every year of a long career: 2014, 2015, 2016 are real
    for seed in range(40):
        for rank in range(4):
            wrong = year_choices("2013", article, [], random.Random(seed), rank, 2019)
            assert len(wrong) == 3  # (spread choices exist: fewer MCQs would be no mend)
            assert not _sorted_run([2013, *map(int, wrong)]), wrong  # not 2013 2014 2015 (R437)
            assert sum(int(w) < 2013 for w in wrong) == rank  # the answer keeps its rank


def test_without_room_for_spread_years_there_are_no_year_choices() -> None:
    # the only real years are the answer's neighbours, and the prompt bounds them
    wrong = year_choices("2013", [2012, 2014], [2011, 2015], random.Random(0), 1, 2015)
    assert wrong == []


def _document(writer: str) -> str:
    return (
        f"{{{{Infobox document\n| document_name = Articles of Vorn\n| writer = {writer}\n}}}}\n"
        f"The {Q}Articles of Vorn{Q} was an agreement among the thirteen states of Vorn. It "
        "was adopted in 1777 and served as its first constitution.\n\n== Drafting ==\n"
        "John Dickinson presented the draft to the Continental Congress in 1776.\n"
    )


def _who_wrote(text: str) -> list[str]:
    bank = build_bank("Articles of Vorn", text)
    return [q.answer for q in bank.questions if q.prompt.startswith("Who wrote")]


def test_a_document_written_by_a_body_is_not_asked_who_wrote_it() -> None:
    assert _who_wrote(_document("[[John Dickinson]]")) == ["John Dickinson"]
    assert _who_wrote(_document("[[Continental Congress]]")) == []  # Dickinson drafted it (R437)


TOWN = (
    "{{Infobox settlement\n| official_name = Exville, Vornesota\n| settlement_type = City\n"
    "| subdivision_type = Country\n| subdivision_name = [[United States]]\n"
    "| subdivision_type1 = State\n| subdivision_name1 = [[Vornesota]]\n"
    "| subdivision_type2 = County\n| subdivision_name2 = [[Lyle County, Vornesota|Lyle]]\n}}\n"
    f"{Q}Exville{Q} is a city in [[Lyle County, Vornesota|Lyle County]], [[Vornesota]], "
    "[[United States]]. The population was 315 at the 2000 census.\n"
)


def test_a_county_linked_by_its_full_title_is_asked_by_its_own_name() -> None:
    # "[[Lyon County, Minnesota|Lyon]]": the county's name, not its article's title with the
    # state (which no typed answer matches), so the town's county is asked again
    asked = {q.prompt: q.answer for q in build_bank("Exville, Vornesota", TOWN).questions}
    assert asked.get("In which county is Exville, Vornesota?") == "Lyle County", asked


def test_a_region_is_asked_of_a_settlement_by_its_whole_title() -> None:
    # "In which county is Peru?" of Peru, Wisconsin reads as the country; "Island" as no place
    assert place_subject("subdivision_county", "Peru", "Peru, Wisconsin") == "Peru, Wisconsin"
    assert place_subject("subdivision_county", "Exville", "Exville") == "Exville"
    assert place_subject("founded", "Peru", "Peru, Wisconsin") == "Peru"  # (other fields as before)


# After R438 (pages of two new sources, none met before):


def test_a_bracket_of_years_that_dates_a_second_deed_keeps_the_sentence_out() -> None:
    # without its bracket, "In 1926, he founded ..., and became prime minister" dates both
    dated = "In 1926, he founded Fianna Fáil, and became prime minister (1932–48, 1951–54)."
    assert misdated_by_aside(dated)
    assert not misdated_by_aside("John Exley (1900–1980) moved to Paris in 1930.")  # life dates
    assert not misdated_by_aside("He became prime minister (1932–48).")  # no other year


PEN = (
    "{{Infobox book\n| name = Five Against Vorn\n| author = [[Philip Exham]]\n"
    "| published = 1952\n}}\n"
    f"{Q}Five Against Vorn{Q}, written by [[Philip Exham]], is a science-fiction novel first "
    "published in the United States in 1952 by the John C. Winston Company. Philip Exham was "
    "the nom de plume of [[Robert S. Vornson]], a professional astronomer.\n"
)


def test_a_pen_name_is_no_one_answer_for_its_writer() -> None:
    assert pen_name("Philip Exham", PEN)
    assert pen_name("Mark Twain", "Samuel Clemens, better known by his pen name Mark Twain, was")
    assert not pen_name("Bob Exley", "Bob Exley wrote it. Jim Vorn used a pseudonym.")
    asked = {q.prompt: q.answer for q in build_bank("Five Against Vorn", PEN).questions}
    assert "Philip Exham" not in asked.values(), asked  # (Robert S. Vornson is as right)
    named = PEN.replace("Philip Exham was the nom de plume of", "Philip Exham was a friend of")
    asked = {q.prompt: q.answer for q in build_bank("Five Against Vorn", named).questions}
    assert "Philip Exham" in asked.values(), asked  # (the same bank, no pen name: asked)


def test_a_settled_year_the_text_dates_otherwise_is_not_asked() -> None:
    first = [
        "European settlement began with the founding of a Dutch fur trading settlement, later "
        "called New Vornsterdam, on the southern tip of the island in 1614."
    ]
    assert begun_otherwise("settled", "1624", first, "Vorn City")  # settled 1614 or 1624? (R438)
    assert not begun_otherwise("settled", "1614", first, "Vorn City")
    assert not begun_otherwise("settled", "1624", ["The city grew fast in 1700."], "Vorn City")


def test_a_works_re_release_is_a_side_matter() -> None:
    facts = Facts(
        "The Eye of the Vorn", subject=Subject("The Eye of the Vorn", "The Eye of the Vorn")
    )
    again = "On January 2, 2002, The Eye of the Vorn was re-released as two separate books."
    assert home_media(Sentence(again, ""), facts)  # (R438: "a minor publishing detail")
    first = "The Eye of the Vorn was first published on January 15, 1990."
    assert not home_media(Sentence(first, ""), facts)


# After R439:


def test_a_named_event_led_by_a_place_word_is_no_place() -> None:
    assert head_type("Bay of Pigs Invasion") == ""  # "in which bay?" answered by an invasion
    assert head_type("Gulf of Vorn incident") == ""
    assert head_type("Bay of Biscay") == "bay"  # (the place itself keeps its type)
    assert head_type("Province of Massachusetts Bay") == "province"  # (R76 as before)


PARTY = (
    f"The {Q}Vorn Republican Party{Q} (VRP) was the first registered political party in Vornland "
    "created on November 5, 1990 by the Ministry of Justice.\n\n== History ==\n"
    "April 29–30, 1990 - Vorn Republican Party (VRP) was established in the place of the "
    "Vorn Helsinki Union.\n"
)


def test_a_timeline_line_dates_a_founding_told_otherwise() -> None:
    # the party "established" on April 29–30, 1990 in a timeline, "created" (registered) on
    # November 5, 1990 in the lead: either date fits "created on _____" (R439)
    assert whens("April 29–30, 1990") == {"1990-04"}
    asked = [q.answer for q in build_bank("Vorn Republican Party", PARTY).questions]
    assert "November 5, 1990" not in asked, asked
    agreeing = PARTY.replace("April 29–30, 1990", "November 5, 1990")
    asked = [q.answer for q in build_bank("Vorn Republican Party", agreeing).questions]
    assert "November 5, 1990" in asked, asked  # (where the timeline agrees it is asked)


def test_a_town_typed_with_its_region_is_right() -> None:
    # the new user's pass: "Brookline, Massachusetts" for "Brookline, Massachusetts, U.S." was
    # marked "close: check spelling" while "Brookline" alone was right
    born = Facts("Vorn", subject=Subject("Vorn", "Vorn", person=True), prose="Vorn was born.\n")
    accepted = place_accepts("Brookline, Massachusetts, U.S.", ["Brookline"], born)
    assert accepted == ["Brookline", "Brookline, Massachusetts", "Brookline, U.S."]
    question = Question(
        "sa-1",
        "short_answer",
        "Where was Vorn born?",
        "Brookline, Massachusetts, U.S.",
        accept=accepted,
    )
    assert check_answer(question, "Brookline, Massachusetts").verdict == "right"
    assert check_answer(question, "Massachusetts").verdict == "wrong"  # (a region is no town)


def test_a_founding_years_agent_is_cut_from_its_question() -> None:
    # the new user's pass: Pink Floyd gave no question at all, its "founded in 1965 by students
    # Syd Barrett on guitar, Nick Mason on drums, ..." too long for a gap and for a question
    assert separable_tail(" by students Syd Vorn on guitar, Nick Exley on drums")
    text = (
        "{{Infobox musical artist\n| name = Vorn Floyd\n| background = group_or_band\n"
        "| origin = London, England\n| years_active = 1965–1995\n}}\n"
        f"{Q}Vorn Floyd{Q} were an English rock band formed in London. Vorn Floyd were founded "
        "in 1965 by students Syd Vorn on guitar, Nick Exley on drums, Roger Wexley on bass, "
        "and Richard Exwright on keyboards.\n"
    )
    asked = {q.prompt: q.answer for q in build_bank("Vorn Floyd", text).questions}
    assert asked.get("In what year were Vorn Floyd founded?") == "1965", asked


def test_a_date_the_infobox_gives_as_one_of_two_steps_is_not_asked() -> None:
    # "Azerbaijan proclaimed its independence on _____" beside the infobox's "30 August 1991
    # (declared) 18 October 1991 (independence)": either date fits (R437)
    text = "Vornland proclaimed its independence on 30 August 1991."
    assert given_otherwise(text, [("established_date3", STEPPED)])
    assert not given_otherwise(text, [("established_date3", "30 August 1991")])
    # a year both steps share is no day: "in operation from 1934" stays
    shared = "September 29, 1934 (organized); October 29, 1934 (incorporated)"
    assert not given_otherwise("It was in operation from 1934 to 1999.", [("foundation", shared)])


STEPPED = "30 August 1991 (declared) 18 October 1991 (independence)"


def test_a_books_release_is_asked_as_its_first_publication() -> None:
    # the read of a new bank: "In what year was The Great Gatsby released?" (a book is published)
    book = infobox_question("release_date", "Release date", "Exa Vorn", kind="book")
    assert book == "When was Exa Vorn first published?"
    album = infobox_question("release_date", "Release date", "Exa Vorn", kind="album")
    assert album == "When was Exa Vorn released?"
