"""Stop 60: mends from R403-R406's failures that were still in the banks: a party the text
gives otherwise ("belonged to the centre-left Democratic party"), an alma mater asked as a
university, the infobox's party asked as a party whatever its name ends in, a period bounded
otherwise, and a day the infobox gives in another year."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.careers import given_otherwise
from quiz.generator.copied import debris
from quiz.generator.datedays import year_slipped
from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.kindwording import releveled
from quiz.generator.otherwise import party_otherwise, rival_only
from quiz.generator.periods import bounded_otherwise
from quiz.generator.spans import Span
from quiz.generator.subject import Subject
from quiz.generator.twoyears import dated_doubt
from quiz.generator.typeclues import other_calling
from quiz.generator.wikitext import parse_article


def subject(title: str) -> Subject:
    return extract_facts(parse_article(title, f"{Q}{title}{Q} is a politician.\n")).subject


def test_a_party_the_text_says_the_subject_belonged_to_is_another_party() -> None:
    ann = subject("Ann Vole")
    lead = (
        "Formerly a member of Christian Democracy, she belonged to the centre-left "
        "Democratic party."
    )
    assert party_otherwise("Christian Democracy", lead, ann)  # (R406: both fit "belong to")
    assert not party_otherwise("Democratic Party", lead, ann)  # ("Democratic" is "Democrat")
    same = "Vole belonged to the Liberal Party from 1990."
    assert not party_otherwise("Liberal Party", same, ann)
    opponent = "Vole defeated Ed Wall, a member of the Conservative Party."
    assert not party_otherwise("Liberal Party", opponent, ann)  # (his party, not hers)


def test_an_alma_mater_that_is_a_university_is_asked_as_one() -> None:
    asked = "At which institution did Ann Vole study?"
    assert releveled(asked, "University of Exton", "", "") == (
        "At which university did Ann Vole study?"
    )  # (R406: a night school and a college the text names first fit "institution")
    assert releveled(asked, "Exton Medical College", "", "") == asked


def test_the_infobox_party_is_asked_as_a_party_whatever_its_last_word() -> None:
    text = (
        "{{Infobox officeholder\n| name = Ann Vole\n"
        "| party = [[Christian Social Union (Exland)|CSU]]\n}}\n"
        f"{Q}Ann Vole{Q} (born 1950) is an Exlandic politician of the "
        "[[Christian Social Union (Exland)|Christian Social Union]].\n"
    )
    types = entity_types(extract_facts(parse_article("Ann Vole", text)))
    assert types.fine["Christian Social Union"] == "party"  # (not "union", R406)
    prompts = [q.prompt for q in build_bank("Ann Vole", text).questions]
    assert not any("which union" in p for p in prompts)


def test_a_period_the_text_bounds_otherwise_is_not_asked_by_its_bound() -> None:
    text = (
        f"{Q}Exland State{Q} was a period of history between 1936 and 1975.\n\n"
        "==Rule==\nCourts tried crimes committed under the regime from 1939 to 1975.\n"
    )
    facts = extract_facts(parse_article("Exland State", text))
    lead = facts.sentences[0]
    start = lead.text.index("1936")
    assert bounded_otherwise(lead, Span(start, start + 4, "1936", "year"), facts)
    end = lead.text.index("1975")  # (the end the two share: one answer)
    assert not bounded_otherwise(lead, Span(end, end + 4, "1975", "year"), facts)
    plain = Sentence("It lasted between 1936 and 1975.", "", [])
    heading = extract_facts(parse_article("Exland State", text.replace("from 1939", "in 1939")))
    assert not bounded_otherwise(plain, Span(17, 21, "1936", "year"), heading)


def test_a_day_the_infobox_gives_in_another_year_is_a_slip() -> None:
    box = ("18 February 2009", "Minister of the Economy")
    told = "On February 18, 2008, Vole was appointed minister of the economy."
    assert year_slipped(told, box)
    assert given_otherwise(told, [("term_start", box[0]), ("office", box[1])])
    assert not year_slipped("On February 18, 2009, Vole was appointed minister.", box)
    assert not year_slipped("On March 3, 2008, Vole was appointed minister.", box)


def _aliases(title: str, lead: str) -> dict[str, str]:
    bank = build_bank(title, f"{lead}\n\n==Uses==\nIt is used widely.\n")
    return {q.prompt: q.answer for q in bank.questions if q.prompt.startswith("By what other")}


def test_a_terms_other_name_in_its_first_sentence_is_asked() -> None:
    lead = (
        f"In machine learning, {Q}feature quashing{Q}, also known as the quashing trick (by "
        "analogy to the kernel trick), is a fast way of vectorizing features."
    )
    assert _aliases("Feature quashing", lead) == {
        "By what other name is feature quashing known?": "quashing trick"
    }
    plural = (
        f"{Q}Exlative models{Q}, also called conditional models, are a class of models. "
        "Training exlative models is fast."
    )  # (a term the text writes in lower case is asked in lower case)
    assert _aliases("Exlative model", plural) == {
        "By what other name are exlative models known?": "conditional models"
    }
    two = f"{Q}Feature quashing{Q} (sometimes called the K- or N-quash) is a fast technique."
    assert _aliases("Feature quashing", two) == {}  # (two names: which one?)


def test_no_other_name_of_a_person_nor_a_variant_of_a_proper_name() -> None:
    person = f"{Q}Ann Vole{Q}, also known as the Iron Vole, is an Exlandic politician."
    assert _aliases("Ann Vole", person) == {}  # (a nickname: trivia)
    variant = f"{Q}Apache Quux{Q}, often referred to as Quux Server, is a web server."
    assert _aliases("Apache Quux", variant) == {}  # (the title's own name again)
    other = f"{Q}Exland{Q}, also known as Wyland, is a country in Europe."
    assert _aliases("Exland", other) == {"By what other name is Exland known?": "Wyland"}


def test_a_neighbour_the_text_names_only_as_a_beaten_rival_is_not_asked() -> None:
    prose = (
        "Vole became Shadow Home Secretary under Ed Wall. Wall died suddenly in 1994. "
        "Vole beat Cy Marsh and Bo Lund in the leadership election and became leader."
    )
    assert rival_only("predecessor2", "Bo Lund", prose)  # (the box's acting leader, R405)
    assert not rival_only("predecessor2", "Ed Wall", prose)
    assert not rival_only("office2", "Bo Lund", prose)
    told = prose + " Bo Lund had led the party since May 1994."
    assert not rival_only("predecessor2", "Bo Lund", told)  # (the text tells her term too)


def test_no_person_of_another_calling_among_the_choices() -> None:
    text = (
        f"{Q}Ann Vole{Q} (born 1950) is an Exlandic politician. She followed "
        "[[Ed Wall (Exlandic politician)|Ed Wall]] and [[Bo Lund (Labour Party leader)|Bo "
        "Lund]]; [[Cy Marsh (actor)|Cy Marsh]] and [[Di Fox]] played her on screen.\n"
    )
    callings = entity_types(extract_facts(parse_article("Ann Vole", text))).callings
    assert callings["Ed Wall"] == callings["Bo Lund"] == {"politician"}  # (a leader is one)
    assert other_calling(callings, "Cy Marsh", "Ed Wall")  # (he played the subject, R404)
    assert not other_calling(callings, "Bo Lund", "Ed Wall")
    assert not other_calling(callings, "Di Fox", "Ed Wall")  # (no calling given: may be one)


def test_two_determiners_in_a_row_are_the_sources_slip() -> None:
    assert debris("Vole won his the first of his three championships in 1966.")  # (R407)
    assert debris("Vole won a the title in 1966.")
    assert not debris("The club gave her the award in 1966.")  # ("her" is also an object)
    assert not debris("Vole won its first title and their second cup in 1966.")


def test_a_year_next_to_a_named_events_year_is_given_away() -> None:
    text = (
        f"{Q}Ann Vole{Q} (1757–1840) was an Exlandic governor.\n\n==Career==\n"
        "In 1820, Vole was elected governor on a platform of relief for farmers hit hard by "
        "the Panic of 1819.\n"
    )
    facts = extract_facts(parse_article("Ann Vole", text))
    (told,) = [s for s in facts.sentences if "Panic" in s.text]
    at = told.text.index("1820")
    assert dated_doubt(told, Span(at, at + 4, "1820", "year"), facts)  # (R408: 1819 + 1)
    far = Sentence(told.text.replace("1820", "1826"), told.section, [])
    assert not dated_doubt(far, Span(at, at + 4, "1826", "year"), facts)
    assert debris("Hanworth was built from 1864 to 1930s circa.")  # (R408's garble)


def test_a_party_named_by_one_word_of_a_compound_party_is_another() -> None:
    adair = subject("Ann Vole")
    told = "In 1831, he was elected to the U.S. House as a Jackson Democrat."
    assert party_otherwise("Democratic-Republican", told, adair)  # (R408: past "U.S.")
    assert not party_otherwise("Democratic Party", told, adair)  # (the same party)
    whole = "In 1817, he was elected as a Democratic-Republican."
    assert not party_otherwise("Democratic-Republican", whole, adair)  # (both its words)
    youth = "He joined the Young Conservatives in Brixton."
    assert not party_otherwise("Conservative Party", youth, adair)  # (its youth wing)
    social = "He was elected as a Social Democrat in 1998."
    assert not party_otherwise("Social Democratic Party of Germany", social, adair)
