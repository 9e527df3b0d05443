"""R409-R410 mends (fresh pools p110-p111, code 7df62d0): an other name that is the title
shortened, spelt otherwise or one of several the infobox gives, "the" before a name's "The"; a
genus the lead or the synonyms dispute; a species' common name as a sentence writes it; a
region named by its bearing; a rank with a qualifier out of its name; a body set up by two; a
year next to another of its sentence; a credit list's "; starring"."""

from __future__ import annotations

from test_generator_r73 import Q
from test_generator_stop60 import _aliases

from quiz.generator.careers import career_otherwise
from quiz.generator.facts import InfoboxFact, extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.otherwise import told_elsewhere
from quiz.generator.sentences import UNGRAMMATICAL
from quiz.generator.spans import Span
from quiz.generator.subdivisions import subdivisions
from quiz.generator.taxa import common_name, genus_disputed
from quiz.generator.twoyears import dated_doubt
from quiz.generator.wikitext import parse_article


def test_an_other_name_that_the_title_gives_is_not_asked() -> None:
    short = (
        f"The {Q}1994 Exland shootdown incident{Q}, sometimes referred to as the Exland "
        "Incident, was an accident."
    )
    assert _aliases("1994 Exland shootdown incident", short) == {}  # (R409: the title cut)
    spelt = f"{Q}Carabex{Q}, also known as Karabex, is an island in Exland."
    assert _aliases("Carabex", spelt) == {}  # (R410: a spelling of the title)
    other = f"{Q}Carabex{Q}, also known as Wyland, is an island in Exland."
    assert _aliases("Carabex", other) == {"By what other name is Carabex known?": "Wyland"}


def test_an_other_name_beside_the_infoboxs_other_names_is_not_asked() -> None:
    lead = f"{Q}Exobromine{Q}, also known as {Q}xanthex{Q}, is a bitter alkaloid."
    box = "{{Drugbox\n| IUPAC_name = 3,7-dimethylexine\n| synonyms = xanthex<br>diurex\n}}\n"
    assert _aliases("Exobromine", box + lead) == {}  # (R409: three other names; which one?)
    assert _aliases("Exobromine", lead) == {"By what other name is Exobromine known?": "xanthex"}


def test_a_name_that_opens_with_the_is_asked_with_a_small_the() -> None:
    lead = f"The {Q}Exmoor Branch{Q}, sometimes known as the Wyland Railway, was a branch line."
    assert _aliases("Exmoor Branch", lead) == {
        "By what other name was the Exmoor Branch known?": "Wyland Railway"
    }  # (R410: "was The Onerahi Branch known?")


def _box(**fields: str) -> list[InfoboxFact]:
    return [InfoboxFact(name, name.title(), value, "text") for name, value in fields.items()]


def test_a_genus_the_lead_or_the_synonyms_dispute_is_not_asked() -> None:
    genera = "Right voles are three species of voles consisting of two genera.\nMore."
    assert genus_disputed("Exvola", _box(binomial="Exvola exlandica"), genera)  # (R409)
    box = _box(binomial="Cracticus exlandicus", synonyms="Gymnorhina exlandicus")
    own = "Some authorities keep it in its own genus Gymnorhina."
    assert genus_disputed("Cracticus", box, own)  # (R410)
    sister = "It is taller than the Pacific sandfish (Gymnorhina gymnorhina)."
    assert not genus_disputed("Cracticus", box, sister)  # (a sister genus's species named)


def test_a_species_common_name_is_asked_as_a_sentence_writes_it() -> None:
    assert common_name("Sea apple", "taxobox") == "the sea apple"
    assert common_name("King Vulture", "taxobox") == "the king vulture"
    assert common_name("Australian Magpie", "taxobox") == ("the Australian magpie")
    assert common_name("Eubalaena", "taxobox") == ""  # (a genus)
    assert common_name("Sea apple", "infobox film") == ""
    text = (
        "{{Taxobox\n| name = Sea apple\n| ordo = [[Dendrochirotida]]\n"
        "| familia = [[Cucumariidae]]\n}}\n"
        f"{Q}Sea apples{Q} are sea cucumbers of the order [[Dendrochirotida]]. The "
        "sea apple lives in the Pacific.\n\n==Habitat==\n"
        "Like all Dendrochirotida, it filters food.\n"
    )
    prompts = [q.prompt for q in build_bank("Sea apple", text).questions]
    assert "To which order does the sea apple belong?" in prompts


def test_a_region_named_by_its_bearing_is_not_asked() -> None:
    box = _box(subdivision_type1="Region", subdivision_name1="South")
    assert subdivisions(box, " it lies in the south of the country ", "Porto Exlegre") == []
    named = _box(subdivision_type1="State", subdivision_name1="Rio Exlande")
    assert [f.value for f in subdivisions(named, " in rio exlande ", "Porto Exlegre")] == [
        "Rio Exlande"
    ]


def test_a_rank_with_a_qualifier_out_of_its_name_is_not_asked() -> None:
    assert career_otherwise("rank", "Rear Admiral lower half", "She became a Rear Admiral.")
    assert not career_otherwise("rank", "Rear Admiral", "She became a Rear Admiral.")


def test_the_founder_of_a_body_set_up_by_two_is_not_asked() -> None:
    subject = extract_facts(parse_article("Exmoor Cable", f"{Q}Exmoor Cable{Q} is a firm.")).subject
    prose = "Exmoor Cable is a service, established by the Vole Group and the Quill Group."
    assert told_elsewhere("founder", "Vole Group", prose, subject)  # (R409: one of two)
    alone = "Exmoor Cable is a service, established by the Vole Group in 1990."
    assert not told_elsewhere("founder", "Vole Group", alone, subject)


def test_a_year_next_to_another_of_its_sentence_is_given_away() -> None:
    text = (
        f"{Q}Ed Vole{Q} (born 1968) is an American football player.\n\n==Career==\n"
        "Vole did not play in 1991, but started a few games in 1992 for the Exmoor Rams.\n"
    )
    facts = extract_facts(parse_article("Ed Vole", text))
    told = next(s for s in facts.sentences if "1992" in s.text)
    at = told.text.index("1992")
    assert dated_doubt(told, Span(at, at + 4, "1992", "year"), facts) == (
        "a year next to another of its sentence"
    )  # (R409: "did not play in 1991, but started a few games in _____")


def test_a_credit_list_stop_is_a_slip() -> None:
    assert UNGRAMMATICAL.search("It is a Hindi movie produced by Exo Vole; starring Ann Quill.")
    assert not UNGRAMMATICAL.search("It is a Hindi movie produced by Exo Vole, starring Ann Quill.")


def test_a_rank_of_three_words_is_still_asked() -> None:
    told = "He rose to chief petty officer."
    assert not career_otherwise("rank", "Chief petty officer", told)  # (the last read)
