"""Blind review R61: what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from quiz.generator.answers import about_subject
from quiz.generator.facts import extract_facts
from quiz.generator.sentences import usable_sentence
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject, find_subject
from quiz.generator.wikitext import parse_article

Q = "'" * 3


def test_a_king_of_two_numbers_is_called_by_his_name() -> None:
    # R61: "James VI and I" was called "and": "the Commons refused on legal grounds and's
    # request", "After James was freed in June 1583, and assumed increasing control".
    text = (
        "{{Infobox royalty\n| name = Exa VI and I\n| birth_date = 1566\n}}\n"
        f"{Q}Exa VI and I{Q} (1566 – 1625) was King of Roeland. He was the son of [[Ann Roe]]. "
        "Exa ruled Roeland and Doeland for fifty years. Exa wrote poems and plays and songs "
        "and letters. Exa died in 1625 and was buried in Roeburg and mourned in Doeburg.\n"
    )
    assert find_subject(parse_article("Exa VI and I", text)).name == "Exa"


def test_it_after_a_fronted_participle_is_never_named() -> None:
    # R61: "Renamed Fort Meagher, it remained an Irish military installation until 1989 ..."
    assert not usable_sentence(
        "Renamed Fort Exa, it remained an army base until 1989 when the army left it."
    )
    assert usable_sentence("Renamed Fort Exa in 1938, the fort remained an army base until 1989.")


def test_the_party_and_similar_things_lean_on_the_sentences_before() -> None:
    # R61: "After the Party lost its power in 1989, the legend of Fučík became a target";
    # "In similar 2004 polls both Germany and Australia found The Lord of the Rings to be their
    # favourite book"; "On his latest productions, Tiësto has dropped the "DJ" label".
    roe = Subject("Ben Roe", "Roe", person=True, pronoun="he")
    party = "After the Party lost its power in 1989, the legend of Roe became a target."
    assert prepare(party, [], roe) is None
    assert prepare(party.replace("the Party", "the Exa Party"), [], roe) is not None
    polls = "In similar 2004 polls both Germany and Australia found Roe to be their favourite."
    assert prepare(polls, [], roe) is None
    assert prepare(polls.replace("similar ", ""), [], roe) is not None
    assert prepare("On his latest productions, Roe has dropped the DJ label.", [], roe) is None
    republican = "In 1860, Roe secured the Republican Party presidential nomination in Exaville."
    assert prepare(republican, [], roe) is not None


def test_a_namesake_of_another_given_name_is_someone_else() -> None:
    # R61: "In the late 1850s, Ellis Anderson fled to Iowa after killing an Indian." in the
    # article on William T. Anderson ("Bloody Bill"): his brother, never said to be.
    text = (
        f'{Q}Ben T. Roe{Q} (1839 – 1864), known as "Bloody Bill" Roe, was a guerrilla leader. '
        "He was born in [[Exaville]]. He led a band of raiders in [[Roeland]].\n"
    )
    facts = extract_facts(parse_article("Ben T. Roe", text))
    assert not about_subject("In the late 1850s, Ellis Roe fled to Iowa after a fight.", facts)
    assert about_subject("In 1864, Bill Roe led a raid on the town of Exaville.", facts)
    assert about_subject("In 1864, Ben Roe led a raid on the town of Exaville.", facts)
