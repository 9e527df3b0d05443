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
    start = text.index("Wyton")
    span = Span(start, start + 5, "Wyton", "entity")
    sentence = Sentence(text, "", [span], "", -1, 0)
    assert insitu_question(sentence, span, "city", "place") is None
    text = "Exa University is about sixty miles east of Wyton."
    start = text.index("Wyton")
    span = Span(start, start + 5, "Wyton", "entity")
    asked = insitu_question(Sentence(text, "", [span], "", -1, 0), span, "city", "place")
    assert asked == "Exa University is about sixty miles east of which city?"


def test_a_place_the_title_s_name_begins_is_given_away() -> None:
    # R246: "In which county is Lancaster Girls' Grammar School?" -> Lancashire
    title = "lancaster girls grammar school"
    assert in_title("lancashire", title, place=True)
    assert not in_title("lancashire", title, place=False)  # (only asked "Where"/"In which")
    assert not in_title("yorkshire", title, place=True)
    assert in_title("faryl", "faryl smith", place=False)
