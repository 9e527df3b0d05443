"""Infobox items a strict review failed at stop 65 (R428): a war's commanders, a credit the
text ties to another role, a place's "established" year beside its other beginnings."""

from __future__ import annotations

from test_generator_r73 import Q, prompts

from quiz.generator.facts import prose_sentences
from quiz.generator.kindwording import begun_otherwise, credit_untold


def test_a_wars_commanders_are_not_asked_a_battles_are() -> None:
    def bank(title: str) -> list[str]:
        box = (
            f"{{{{Infobox military conflict\n| conflict = {title}\n| date = 1781\n"
            "| combatant1 = Exland\n| combatant2 = Wyton\n| result = Exland victory\n"
            "| commander1 = Ann Vole\n| commander2 = Ben Okoro\n}}\n"
        )
        lead = (
            f"The {Q}{title}{Q} was fought in 1781. Ann Vole led Exland against Ben Okoro, "
            "and Exland won.\n"
        )
        return [p for p in prompts(title, box + lead) if p.startswith("Who commanded")]

    assert bank("Battle of Exmoor Ford")  # (one commander a side, both in the text)
    assert not bank("Vorn Succession War")  # (a war's text names many: R428, eight a side)


def test_a_credit_the_text_ties_to_another_role_is_not_asked() -> None:
    writer = "The film was written by the directors along with Joacim Starander."
    assert credit_untold("music", "Joacim Starander", writer)
    scored = "Joacim Starander wrote the film's score."
    assert not credit_untold("music", "Joacim Starander", scored)
    actor = "The director Idelfonso Elizalde (Julián Elizalde) investigates the case."
    assert credit_untold("cinematography", "Julián Elizalde", actor)
    lensing = "The film is abetted by whiz lensing by Adam Kane."  # (a review's word for it)
    assert not credit_untold("cinematography", "Adam Kane", lensing)
    assert not credit_untold("director", "Julián Elizalde", actor)  # (only credits' roles)


def test_an_established_year_beside_the_places_other_beginnings_is_not_asked() -> None:
    both = "The Creeks first settled the town in 1836. It was incorporated on January 18, 1898."
    assert begun_otherwise("established_date", "January 18, 1898", prose_sentences(both), "Exton")
    one = "Exton was incorporated on January 18, 1898, as a city."
    assert not begun_otherwise(
        "established_date", "January 18, 1898", prose_sentences(one), "Exton"
    )
    other = "The Exton Bank was founded in 1903 by a merchant."  # (not the place's beginning)
    assert not begun_otherwise("established_date", "1898", prose_sentences(other), "Exton")
    box = "{{Infobox settlement\n| name = Exton\n| established_date = 1898\n| state = Ohio\n}}\n"
    text = f"{Q}Exton{Q} is a city in Ohio. {both} Exton has a library.\n"
    assert not [p for p in prompts("Exton", box + text) if "established" in p]


def test_a_towns_possessive_takes_its_own_name_not_its_state() -> None:
    from quiz.generator.subject import Subject

    town = Subject("Yauco, Puerto Rico", "Yauco, Puerto Rico", kinds=frozenset({"municipality"}))
    assert town.mention(start=True, possessive=True) == "Yauco's"  # (not "..., Puerto Rico's")
    assert town.mention(start=True) == "Yauco, Puerto Rico"
    firm = Subject("Harland and Wolff", "Harland and Wolff")
    assert firm.mention(start=False, possessive=True) == "Harland and Wolff's"


def test_a_birth_year_the_text_doubts_is_not_asked_its_place_is() -> None:
    # R429: "Birth date: 1492" beside "he could also have been born in 1493"
    box = (
        "{{Infobox scientist\n| name = Ada Exley\n| birth_date = 1492\n"
        "| birth_place = [[Exton]]\n| death_date = 30 March 1559\n| death_place = [[Wyton]]\n}}\n"
    )
    text = (
        f"{Q}Ada Exley{Q} (1492 – 30 March 1559) was a German mathematician.\n\n== Life ==\n"
        "Ada Exley was born in [[Exton]]. She died in [[Wyton]] in 1559.{doubt}\n"
    )
    doubt = " From her portrait she was born in 1492, but she could also have been born in 1493."
    asked = prompts("Ada Exley", box + text.format(doubt=doubt))
    assert not [p for p in asked if "born in _____" in p or "year was Ada Exley born" in p]
    plain = prompts("Ada Exley", box + text.format(doubt=""))
    assert [p for p in plain if "born in _____" in p or "year was Ada Exley born" in p], plain
