"""Blind review R65 (and R63's acronyms): what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from quiz.generator.facts import extract_facts
from quiz.generator.wikitext import parse_article

Q = "'" * 3


def sentence_texts(title: str, text: str) -> list[str]:
    """The article's usable sentences as the generator writes them."""
    return [s.text for s in extract_facts(parse_article(title, text)).sentences]


def test_an_acronym_with_a_foreign_and_is_written_out() -> None:
    # R63: "the biathlon branch of the UIPMB created ..." ("Union Internationale de
    # Pentathlon Moderne et Biathlon (UIPMB)" in the paragraph before: "et" broke the letters)
    text = (
        f"{Q}Exathlon{Q} is a winter sport that combines skiing and shooting.\n\n"
        "== Governing body ==\nIn 1948, the ''Union Internationale de Pentathlon Moderne et "
        "Exathlon (UIPME)'' was founded, to standardise the rules. In 1993, the exathlon "
        "branch of the UIPME created the International Exathlon Union in [[Salzburg]].\n"
    )
    later = [t for t in sentence_texts("Exathlon", text) if t.startswith("In 1993")]
    assert later and "Moderne et Exathlon (UIPME)" in later[0], later


def test_a_plural_acronym_is_written_out() -> None:
    # R63: "... the first among African-American sororities and among BGLOs founded at a black
    # college" ("Black Greek Letter Organizations (BGLO)" sections before; "BGLOs" was missed)
    text = (
        f"{Q}Exa Phi Exa{Q} is a fraternity founded at [[Cornell University]] in 1906. "
        "Exa Phi Exa became the prototype for other Black Greek Letter Organizations "
        "(BGLO).\n\n== Movement ==\nIn 1912 Exa Phi Exa opened a chapter at [[Howard "
        "University|Howard]], the first among BGLOs at a black college.\n"
    )
    later = [t for t in sentence_texts("Exa Phi Exa", text) if t.startswith("In 1912")]
    assert later and "Black Greek Letter Organizations (BGLOs) at" in later[0], later


def test_a_players_present_club_is_not_asked() -> None:
    # R64: "Colbeck plays as a winger for League Two side Hereford United" was True only when
    # the article was written (the club has since folded)
    text = (
        f"{Q}Joe Roe{Q} (born 29 February 1986) is an English footballer who plays as a "
        "winger for [[Exaford United]].\n\n== Career ==\nIn 2008 Roe joined [[Exaham Town]] "
        "for a fee of £30,000.\n"
    )
    texts = sentence_texts("Joe Roe", text)
    assert any("joined" in t for t in texts), texts
    assert not any("plays" in t for t in texts), texts
