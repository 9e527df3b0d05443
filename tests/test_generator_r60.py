"""Blind review R60: what its rejects had in common, kept out of the banks."""

from __future__ import annotations

import pytest
from test_generator_r59 import falsified_statements

from quiz.generator import statements
from quiz.generator.checks import false_ok
from quiz.generator.generate import build_bank
from quiz.generator.items import SentenceItems
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject

Q = "'" * 3


def test_a_year_in_a_side_clause_is_not_changed() -> None:
    # R60: "... the emblem of the Beirut Bar Association which was founded in 1913" (1919);
    # "... featured on the Tribute to Sarcófago album, released by Cogumelo Records in 1991"
    # (2001): the main claim stays true.
    for text in (
        "The motto is part of the emblem of the Exa Bar Association which was founded in 1919.",
        "Roe covered the song on their EP, featured on the Exa album, released by Doe Records "
        "in 2001.",
    ):
        assert not false_ok(text, text.index("19" if "1919" in text else "2001")), text
    plain = "The Exa Bar Association was founded in 1919 in Beirut by twelve lawyers."
    assert false_ok(plain, plain.index("1919"))


def test_the_end_of_the_decade_leans_on_the_sentence_before() -> None:
    # R60: "By the end of the decade the number of Scottish Universities had doubled."
    exa = Subject("Exa University", "Exa University")
    assert prepare("By the end of the decade Exa University had doubled in size.", [], exa) is None
    assert prepare("By the end of 1970 Exa University had doubled in size.", [], exa) is not None


def test_a_designation_is_a_founding_the_text_gives_otherwise() -> None:
    # R60: "Horton Plains was established in _____" -> 1969 (the infobox: a sanctuary then),
    # where the lead says "This region was designated a national park in 1988."
    def asked(lead: str) -> bool:
        text = (
            "{{Infobox protected area\n| name = Exa Plains\n| established = 1969\n}}\n"
            f"{Q}Exa Plains{Q} is a protected area in the highlands of [[Roeland]]. {lead}\n\n"
            "== History ==\nThe first survey of the plains was made in 1831 by [[John Roe]]. "
            "A road across the plains was opened in 1969.\n"
        )  # (the text tells 1969 too: since stop 56 an infobox line it never tells is not
        # asked, mentions.returned_to)
        return any("1969" in q.answer + q.prompt for q in build_bank("Exa Plains", text).questions)

    assert asked("It is covered by grassland and montane forest.")
    assert not asked("This region was designated a national park in 1988.")


def test_a_genus_the_species_is_also_placed_in_is_not_asked() -> None:
    # R60: "To which genus does the Western Jackdaw belong?" -> Corvus, where the text says the
    # IOC adopted "Coloeus monedula"; a synonym alone is a former name.
    def prompts(taxonomy: str) -> list[str]:
        text = (
            "{{Taxobox\n| name = Exa bird\n| regnum = Animalia\n| familia = Roeidae\n"
            "| genus = Exus\n| binomial = Exus roei\n| synonyms = Doeus roei\n}}\n"
            f"The {Q}Exa bird{Q} (''Exus roei'') is a passerine bird of [[Roeland]]. It was "
            f"described by [[John Roe]] in 1758.\n\n== Taxonomy ==\n{taxonomy}\n"
        )
        return [q.prompt for q in build_bank("Exa bird", text).questions]

    assert any("genus" in p for p in prompts("Its closest relative is the Roe bird."))
    assert any("genus" in p for p in prompts("It was first described as Doeus roei in 1758."))
    adopted = "The genus Doeus was revived in 2005. The name Doeus roei is used by the Doeus list."
    assert not any("genus" in p for p in prompts(adopted))


def test_a_year_of_what_others_did_in_a_second_clause_is_not_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # R60: "Hašek helped to inspire an opera about the Czech team's gold medal victory, and in
    # 1997 (2003), Petr Pravec and Lenka Šarounová named an asteroid in his honour." (Since
    # stop 51 a biography moves no year past the lead, and since stop 56 a year makes a
    # statement only of a major event, statements.minor_dated: the rule is tried without them.)
    monkeypatch.setattr(SentenceItems, "career_year", lambda self, sentence, span: False)
    monkeypatch.setattr(statements, "minor_dated", lambda text: False)
    body = (
        "Roe helped to inspire an opera about the Exaville team, and in 2003, Petr Doe and Ann "
        "Moe named an asteroid in his honour. "
        "In 2001, Roe joined Exaville as a goaltender in the Czech ice hockey league."
    )
    text = (
        f"{Q}Ben Roe{Q} (born 1965) is a Czech ice hockey goaltender who played for "
        "[[Exaville]]; an opera and an asteroid were named in his honour. He was born in "
        f"[[Roeburg]].\n\n== Career ==\n{body}\n"
    )
    falsified = falsified_statements("Ben Roe", text)
    assert not any(v for t, v in falsified.items() if "asteroid" in t), falsified
    assert any(v for t, v in falsified.items() if "league" in t), falsified
    assert any("asteroid" in t for t in falsified), falsified
