"""Stop 64: a club's home ground from its infobox."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.generate import build_bank


def _club(told: str) -> list[str]:
    box = (
        "{{Infobox football club\n| clubname = Exton Rovers\n| founded = 1905\n"
        "| ground = [[Vark Park]]\n| capacity = 26,309\n}}\n"
    )
    text = (
        f"{Q}Exton Rovers{Q} is a football club based in Exton, Exland, founded in 1905. {told}\n"
    )
    return [q.prompt for q in build_bank("Exton Rovers", box + text).questions]


def test_a_clubs_home_ground_the_text_names_is_asked() -> None:
    # p117's Crystal Palace gave no question; its ground, Selhurst Park, is what a fan learns
    asked = _club("The club has played its home matches at Vark Park since 1924.")
    assert "What is the home ground of Exton Rovers?" in asked, asked
    assert "What is the home ground of Exton Rovers?" not in _club("The club wears red.")
