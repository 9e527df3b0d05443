"""R411-R412's last three failures, mended in general: a film's score the text says was
replaced (two composers); a storm that formed in one year and ended in the next ("formed in
_____": 1997 or 1998?); a firm in a person's field ("Who was the engineer?" -> "Harry Neal
Ltd"). Each test also shows the plain case still asked."""

from __future__ import annotations

from test_generator_r73 import Q, prompts

from quiz.generator.generate import build_bank
from quiz.generator.lexicon import person_shaped
from quiz.generator.otherwise import formed_across_years


def _film(replaced: bool) -> list[str]:
    box = (
        "{{Infobox film\n| name = Exmoor Nights\n| director = [[Mario Exa]]\n"
        "| music = [[Roberto Vole]]\n| released = 1963\n}}\n"
    )
    text = (
        f"{Q}Exmoor Nights{Q} is a 1963 Exlandic horror film directed by [[Mario Exa]]. "
        "The music of the film was written by [[Roberto Vole]].\n\n== Release ==\n"
        "Vole recorded the score in Rome in 1962."
    )
    if replaced:
        text += " The distributor replaced Roberto Vole's score with a new one by [[Les Baxo]]."
    return prompts("Exmoor Nights", box + text)


def test_a_films_composer_is_not_asked_where_its_score_was_replaced() -> None:
    music = "Who composed the music for the 1963 film Exmoor Nights?"
    assert music in _film(replaced=False)
    assert music not in _film(replaced=True)  # (R412: Black Sabbath's Nicolosi, then Baxter)
    assert "Who directed the 1963 film Exmoor Nights?" in _film(replaced=True)


def _storm(dissipated: str) -> list[str]:
    box = (
        "{{Infobox hurricane\n| Name = Cyclone Exa\n| Formed = December 20, 1997\n"
        f"| Dissipated = {dissipated}\n| Fatalities = 1\n}}}}\n"
    )
    text = (
        f"{Q}Severe Tropical Cyclone Exa{Q} was a powerful tropical cyclone. Exa formed on "
        "December 20, 1997, near [[Exland]] and struck [[Voleland]].\n\n== History ==\n"
        "On December 20, 1997, Exa formed north of Exland."
    )
    return prompts("Severe Tropical Cyclone Exa", box + text)


def test_a_storm_that_lasted_into_the_next_year_is_not_asked_when_it_formed() -> None:
    formed = "Severe Tropical Cyclone Exa was formed in _____ (year)."
    assert formed in _storm("December 30, 1997")
    assert formed not in _storm("January 10, 1998")  # (R411: Cyclone Susan, 1997 or 1998?)
    lines = [("Formed", "December 20, 1997"), ("Dissipated", "January 10, 1998")]
    assert formed_across_years("Formed", "December 20, 1997", lines)
    assert not formed_across_years("Founded", "December 20, 1997", lines)
    assert not formed_across_years("Formed", "December 20, 1997", lines[:1])


def _house(engineer: str) -> list[str]:
    box = (
        "{{Infobox building\n| name = Exa House\n| architect = [[Ralph Vole]]\n"
        f"| engineer = [[{engineer}]]\n| completion_date = 1961\n}}}}\n"
    )
    text = (
        f"{Q}Exa House{Q} is a building in [[Exton]], designed by the architect [[Ralph Vole]]. "
        f"Its engineer was {engineer}.\n\n== History ==\n"
        f"The house was built by {engineer} in 1961 to plans by Ralph Vole."
    )
    return prompts("Exa House", box + text)


def test_a_firm_is_not_asked_as_a_person() -> None:
    engineer = "According to the article, who was the engineer of Exa House?"
    assert engineer in _house("Harry Exly")
    assert engineer not in _house("Harry Exly Ltd")  # (R412: "Harry Neal Ltd", a firm)
    assert person_shaped("Ann B. Exa") and person_shaped("Harry Neal")
    assert not person_shaped("Harry Neal Ltd") and not person_shaped("John Brown Company")
    assert not person_shaped("Exmoor Nights")  # (no given name first)


def test_a_title_of_brackets_or_pattern_characters_never_breaks_the_generator() -> None:
    box = "{{Infobox person\n| name = Exa\n| birth_date = 1950\n| death_date = 2001\n}}\n"
    text = (
        f"{Q}Exa{Q} (1950 – 2001) was an Exlandic painter. Exa was born in 1950 in "
        "[[Voleham]] and died in 2001.\n\n== Work ==\nExa painted [[The Mill]] in 1980.\n"
    )
    for title in ["(a)", ", ex-", "#\\1990", "&(x?*", ",[[-?+", "The):]]", "[[' ", "  "]:
        build_bank(title, box + text)  # (stop 62: a name built into a pattern unescaped, a
        # title with no words but its bracket or comma: IndexError, re.error)
