"""The occupation a person's lead gives, asked with wrong choices of the same field that the
article never names (occupations.occupation_fact)."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.generate import build_bank


def _occupation(title: str, text: str) -> tuple[str, list[str]] | None:
    for question in build_bank(title, text).questions:
        if question.prompt.endswith("occupation?"):
            return question.prompt, question.choices
    return None


def test_a_person_s_occupation_is_asked_with_choices_of_its_field() -> None:
    text = (
        f"{Q}Ann Exa{Q} (25 May 1897 – 5 September 1972) was an Exlandic cricketer for "
        "Exshire. Exa played in 22 matches for Exland from 1924 to 1934.\n"
    )
    asked = _occupation("Ann Exa", text)
    assert asked is not None
    prompt, choices = asked
    assert prompt == "What was Ann Exa's occupation?"
    assert "cricketer" in choices and len(set(choices)) == 4
    sport = {"footballer", "golfer", "boxer", "jockey", "cyclist", "swimmer", "wrestler",
             "sprinter", "rower", "fencer", "skier", "figure skater", "tennis player",
             "rugby player", "baseball player", "ice hockey player", "racing driver"}  # fmt: skip
    assert set(choices) - {"cricketer"} <= sport
    assert "basketball player" not in choices  # (born 1897: the game was younger)


def test_no_wrong_choice_the_article_names_and_none_for_a_fictional_person() -> None:
    text = (
        f"{Q}Ann Exa{Q} (born 1950) is an Exlandic singer. She learned the piano and the "
        "guitar, and sang with a conductor and a violinist of the Exton Rap Choir.\n"
    )
    assert _occupation("Ann Exa", text) is None  # (pianist, guitarist, ...: all named)
    text = f"{Q}Ann Exa{Q} is a fictional journalist in the Exton series of novels.\n"
    assert _occupation("Ann Exa", text) is None
    text = f"{Q}Ann Exa{Q} (born 1950) is an Exlandic journalist.\n"
    assert _occupation("Ann Exa (journalist)", text) is None  # (the title says it)


def test_a_retired_player_s_occupation_is_in_the_past() -> None:
    text = f"{Q}Ann Exa{Q} (born 1961) is a retired Exlandic professional golfer.\n"
    asked = _occupation("Ann Exa", text)
    assert asked is not None and asked[0] == "What was Ann Exa's occupation?"


def test_the_answer_is_not_the_one_longest_choice_where_its_field_has_one_as_long() -> None:
    for name, job in [("Ann Exb", "wrestler"), ("Ann Exi", "wrestler"), ("Ann Exd", "cricketer")]:
        text = (
            f"{Q}{name}{Q} (born 12 May 1961) is an Exlandic {job}. Exa won a title in 1990 "
            "and retired in 1999.\n"
        )
        asked = _occupation(name, text)
        assert asked is not None
        _, choices = asked
        longest = max(len(c) for c in choices)  # (stop 62: "wrestler" beside "jockey",
        assert [c for c in choices if len(c) == longest] != [job]  # "skier" and "fencer")
