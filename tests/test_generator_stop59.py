"""Stop 59: a politician's further posts (an infobox's numbered blocks) are asked as the first
post is; the article's first sentence is asked by its plain name where the lead opens with a
longer one ("Raith Rovers Football Club is ... based in which town?")."""

from __future__ import annotations

from random import Random

from test_generator_r73 import Q

from quiz.generator.article import short_for
from quiz.generator.choices import year_choices
from quiz.generator.facts import InfoboxFact, extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.kindwording import first_office, names_a_country
from quiz.generator.offices import held_again, office_blocks
from quiz.generator.opening import plain_opening
from quiz.generator.otherwise import born_otherwise
from quiz.generator.salience import MINOR_STEP
from quiz.generator.wikitext import parse_article


def line(name: str, value: str) -> InfoboxFact:
    return InfoboxFact(name, name.replace("_", " ").title(), value, "text")


def posts(**fields: str) -> list[InfoboxFact]:
    return [line(name, value) for name, value in fields.items()]


def test_a_numbered_post_is_a_block_of_its_own() -> None:
    box = posts(
        office="Prime Minister of Exland",
        predecessor="Ann Vole",
        office2="Minister of the Interior",
        term_start2="4 May 1994",
        term_end2="1 June 1996",
        predecessor2="Ed Wall",
        successor2="Office abolished",
    )
    (block,) = office_blocks(box, first_office([(f.name, f.value) for f in box]))
    assert block.office == "Minister of the Interior"
    assert {f.name: f.value for f in block.lines}["predecessor"] == "Ed Wall"
    assert block.context == (  # (no term dates: a sentence's item may ask them, stop 60)
        "Minister of the Interior; preceded by Ed Wall; succeeded by Office abolished"
    )


def test_a_post_held_twice_is_no_block_and_its_first_term_is_not_asked() -> None:
    box = posts(
        office="Prime Minister of Exland",
        office2="Prime Minister of Exland",
        predecessor2="Ed Wall",
        order3="49th Minister of Finance of Exland",
        predecessor3="Bo Lund",
        order4="Minister of Finance of Exland",
        successor4="Cy Marsh",
    )
    assert office_blocks(box, "Prime Minister of Exland") == []  # (finance twice too)
    assert held_again(box, "Prime Minister of Exland")
    assert not held_again(box, "Governor of the Bank of Exland")


def test_an_order_line_names_the_first_post_without_its_number() -> None:
    assert first_office([("order", "10th President of Exland")]) == "President of Exland"
    assert first_office([("order", "10th President")]) == ""  # (no "of": no post)


POLITICIAN = f"""{{{{Infobox officeholder
| name = Ann Vole
| office = Prime Minister of Exland
| term_start = 4 May 2001
| predecessor = [[Ed Wall]]
| office2 = Minister of the Interior
| term_start2 = 4 May 1994
| predecessor2 = [[Bo Lund]]
| successor2 = Position abolished
| office3 = Member of the Exland Parliament
| predecessor3 = [[Cy Marsh]]
}}}}
{Q}Ann Vole{Q} (born 1950) is an Exlandic politician who was Prime Minister of Exland from
2001 to 2005. Vole succeeded Ed Wall as prime minister in 2001. Before that, Vole was Minister
of the Interior, where she followed Bo Lund. Vole entered parliament in 1990 after Cy Marsh
retired.
"""


def test_a_further_post_is_asked_by_its_predecessor_not_by_a_member_s() -> None:
    prompts = {q.prompt: q.answer for q in build_bank("Ann Vole", POLITICIAN).questions}
    assert prompts.get("Who preceded Ann Vole as Minister of the Interior?") == "Bo Lund"
    assert not any("abolished" in answer for answer in prompts.values())
    assert not any("Parliament" in prompt for prompt in prompts)  # (any member preceded her)
    (asked,) = [q for q in build_bank("Ann Vole", POLITICIAN).questions if "Interior" in q.prompt]
    assert asked.context.startswith("Minister of the Interior; preceded by Bo Lund")


def test_the_first_sentence_is_asked_by_its_plain_name() -> None:
    def opening(title: str, lead: str) -> str | None:
        facts = extract_facts(parse_article(title, lead))
        if facts.opening is None:
            return None
        plain = plain_opening(facts.opening, facts)
        return plain[0].text if plain else None

    club = f"{Q}Exton Rovers Football Club{Q} is a football club based in Exton, Fife.\n"
    assert opening("Exton Rovers F.C.", club) == (
        "Exton Rovers Football Club is a football club based in Exton, Fife."
    )
    known = (
        f"{Q}Lalisa Vole{Q} (born 1997), better known by the mononym {Q}Lisa{Q}, is a rapper "
        "based in Seoul.\n"
    )
    assert opening("Lisa (rapper)", known) == "Lisa is a rapper based in Seoul."
    quoted = f'{Q}Farrokh "Freddie" Vole{Q} was a singer, the lead vocalist of the band Quux.\n'
    assert opening("Freddie Vole", quoted) == (
        "Freddie Vole was a singer, the lead vocalist of the band Quux."
    )
    other = f"{Q}Ann Vole{Q} is a singer based in Exton, a town of the Exland Republic.\n"
    assert opening("Exland Republic", other) is None  # (another's name)


def test_a_block_without_a_post_is_a_further_term_of_the_post_before_it() -> None:
    box = posts(
        office="Prime Minister of Exland",
        term_start="8 May 2008",
        predecessor="Ed Wall",
        term_start2="11 June 2001",
        predecessor2="Bo Lund",
        office3="Leader of the Opposition",
        predecessor3="Cy Marsh",
        term_start4="22 June 1997",
        predecessor4="Di Holm",
        office5="Minister of Trade of Exland",
        predecessor5="Al Pine",
    )
    assert held_again(box, "Prime Minister of Exland")  # (three terms: which year, whom?)
    (block,) = office_blocks(box, "Prime Minister of Exland")  # (the opposition's twice too)
    assert block.office == "Minister of Trade of Exland"


def test_a_name_the_lead_opens_with_bare_takes_no_the() -> None:
    wink = (
        f"{Q}Apache Wink{Q} is an open source framework.\n\n== History ==\nThe project began "
        "in 2007 as the Apache Wink project. The Apache Wink is part of the Incubator. The "
        "Apache Wink has been retired.\n"
    )
    assert extract_facts(parse_article("Apache Wink", wink)).subject.name == "Apache Wink"
    star = f"The {Q}Toronto Star{Q} is a newspaper. The Toronto Star was founded in 1892.\n"
    assert extract_facts(parse_article("Toronto Star", star)).subject.name == "the Toronto Star"


def test_a_party_s_name_cut_from_its_country_s_is_answered_whole() -> None:
    assert short_for("Socialist Workers' Party", "Spanish Socialist Workers' Party")
    assert not short_for("Republican", "United States Republican Party")  # (as stop 58)
    assert not short_for("Labour Party", "Labour Party (UK)")


def test_a_separation_or_a_declared_candidacy_is_a_minor_step() -> None:
    assert MINOR_STEP.search("Vole was the partner of Ed Wall until they separated in 2008.")
    assert MINOR_STEP.search("On 22 February 2007 Vole declared that he would be standing.")
    assert not MINOR_STEP.search("In 1947 the province was separated from Exland.")


def test_a_capital_is_not_asked_of_a_time_or_state_named_after_its_country() -> None:
    assert names_a_country("French Fourth Republic")  # (Paris: given away, R403)
    assert names_a_country("Francoist Spain")
    assert not names_a_country("France")  # (the country's own capital is its key fact)
    assert not names_a_country("Republic of Venice")
    assert not names_a_country("Mughal Empire")


def test_an_order_line_s_post_is_no_second_term_of_the_first() -> None:
    box = posts(
        order="Prime Minister of Exland",
        predecessor="Ed Wall",
        order2="Minister of Justice of Exland",
        predecessor2="Bo Lund",
    )
    assert not held_again(box, "Prime Minister of Exland")  # (Dini's "order2": another post)
    assert [b.office for b in office_blocks(box, "Prime Minister of Exland")] == [
        "Minister of Justice of Exland"
    ]


def test_year_choices_are_made_only_where_every_rank_fits() -> None:
    near_last = year_choices("2007", [1990, 1994, 1997, 2001, 2003, 2008], [], Random(1), 0, 2009)
    assert near_last == []  # (two years above: only "latest" would fit, R405)
    for rank in range(4):
        years = list(range(1990, 2010))
        wrong = year_choices("2000", years, [], Random(rank), rank, 2012)
        assert sorted([*wrong, "2000"], key=int).index("2000") == rank


def test_a_birthplace_the_text_gives_as_another_town_is_not_asked() -> None:
    prose = "Dobson was born in York, England where he attended a school at Dunnington.\n"
    assert born_otherwise("birth_place", "Dunnington, Yorkshire, England", prose, "Dobson")
    assert not born_otherwise("birth_place", "York, England", prose, "Dobson")


def test_an_opposition_portfolio_s_neighbours_are_not_asked() -> None:
    box = posts(
        office="Prime Minister of Exland",
        office2="Shadow Chancellor of the Exchequer",
        predecessor2="Ed Wall",
    )
    bank = build_bank(
        "Ann Vole",
        "{{Infobox officeholder\n"
        + "".join(f"| {f.name} = {f.value}\n" for f in box)
        + f"}}}}\n{Q}Ann Vole{Q} is an Exlandic politician. Vole followed Ed Wall in 1990.\n",
    )
    assert not any("Shadow" in q.prompt for q in bank.questions)


def test_a_word_ending_like_a_people_s_is_no_country_unless_it_names_one() -> None:
    assert not names_a_country("Bishopric of Exa")  # ("Bishopric": no adjective of a people)


def test_a_title_s_first_words_are_no_short_name_where_they_begin_longer_names() -> None:
    lead = (
        f"The {Q}Federal Ministry of Family Affairs, Senior Citizens and Youth{Q} is a ministry."
        " It was founded as the Federal Ministry for Family Affairs. The Federal Ministry for"
        " Family Affairs was renamed. The Federal Ministry for Youth was merged into it.\n"
    )
    title = "Federal Ministry of Family Affairs, Senior Citizens and Youth"
    name = extract_facts(parse_article(title, lead)).subject.name  # (R403: "The Federal
    assert name != "the Federal Ministry"  # Ministry was formed in _____": which?)
