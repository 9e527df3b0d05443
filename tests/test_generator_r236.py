"""Stop 45's mends (R236-R237, the first rounds on long articles), made general: vague or
trending statements, words that lean on the sentence before, another species led by the genus,
a sponsor's deal, list trivia, several occupations, an award's month, a name with brackets."""

from __future__ import annotations

import pytest
from test_generator_r73 import Q

from quiz.generator.checks import statement_ok
from quiz.generator.copied import debris, points_back
from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.substance import subject_led, tells_key_event
from quiz.generator.wikitext import parse_article


@pytest.mark.parametrize(
    "text",
    [
        "Privacy partially intersects security, including for instance the concepts of use.",
        "The influence of Exlandic in the region is increasing day by day due to films.",
        "Exlandic is steadily growing as a second language in the region of Exshire.",
        "There are different forms of prayer such as petition, thanksgiving and praise.",
        "The term phonation has slightly different meanings depending on the subfield.",
        "Exa has long been among the most popular bands of Exlandic pop-rock music.",
    ],
)
def test_vague_and_trending_statements_are_not_stated(text: str) -> None:
    assert not statement_ok(text)


def test_a_plain_fact_is_still_stated() -> None:
    assert statement_ok("Exton was founded in 1855 by Ned Vark, a leader of the settlers.")
    assert statement_ok("The population of Exton grew to 20,000 by 1900 after the railway.")


def test_words_that_lean_on_the_sentence_before() -> None:
    assert points_back("Exton itself was founded in 1855 by Ned Vark, a settler.")
    assert points_back("The third king of the dynasty was even named for the last king.")
    assert not points_back("Exton was founded in 1855 by Ned Vark, a settler.")
    assert not points_back("The city itself has twenty parks and a zoo.")  # (no name first)
    assert not points_back("Exa was even more famous abroad than at home.")


def test_an_appositive_left_open_is_debris() -> None:
    assert debris("Okean Exa, featuring Ned Vark has long been a band of Exland.")
    assert not debris("Okean Exa, featuring Ned Vark, has long been a band of Exland.")


def test_a_species_of_the_genus_does_not_lead_as_the_genus() -> None:
    # R237: "Apatosaurus yahnahpin was named by Filla and Redman in 1994" is another species.
    assert not subject_led(
        "Exosaurus yahnahpin was named by Filla and Redman in 1994.", ("Exosaurus",)
    )
    assert subject_led("Exosaurus fossils were found in 1877 by Ned Vark.", ("Exosaurus",))
    assert subject_led("Exosaurus was named by Ned Vark in 1877.", ("Exosaurus",))


def test_a_sponsor_s_deal_is_no_key_event() -> None:
    assert not tells_key_event("In 2011, Exa signed a sponsorship deal with a supplier, Puma.")
    assert not tells_key_event("In 2009, Exa signed a boot deal with Nike.")
    assert tells_key_event("In 2011, Exa signed for Exton United.")


def _holders(lead: str) -> set[str]:
    wikitext = f"{Q}Exrail{Q} is the state railway of [[Exland]]. {lead}\n\n== Directors ==\n"
    years = ["1991–1995", "1995–1999", "1999–2004", "2004–2008", "2008–2012"]
    names = ["Ann Vark", "Bob Wyck", "Cy Zed", "Di Quay", "Ed Ryle"]
    wikitext += "".join(f"* {year} [[{name}]]\n" for year, name in zip(years, names, strict=True))
    bank = build_bank("Exrail", wikitext)
    return {q.answer for q in bank.questions if q.prompt.startswith("Who was the director")}


def test_a_list_of_holders_asks_only_of_those_the_article_tells_more_of() -> None:
    # R237: "Who was the director of Ukrainian Railways from 1997 to 2000?" of a bare list.
    assert _holders("It carries freight and passengers.") == set()
    assert _holders("Ann Vark and Cy Zed modernised its lines.") == {"Ann Vark", "Cy Zed"}


def _occupation(lead: str) -> list[str] | None:
    text = f"{Q}Ned Exa{Q} (4 January 1843 – 31 March 1927) was an Exlandic {lead}\n"
    for question in build_bank("Ned Exa", text).questions:
        if question.prompt.endswith("occupation?"):
            return question.choices
    return None


def test_several_occupations_are_not_asked_as_one() -> None:
    assert _occupation("physicist, mathematician and astronomer of the Exton school.") is None
    assert _occupation("physicist and geologist who taught at Exton.") is None


def test_a_scientist_s_occupation_is_not_asked() -> None:
    # R236-R239: 4 of 4 failed (the field told by the article's own words; "mathematician |
    # geologist | zoologist | biologist" the odd one out)
    assert _occupation("theoretical physicist who taught at Exton for forty years.") is None
    assert _occupation("cricketer who played for Exshire for forty years.") is not None


def test_the_month_of_an_award_is_not_asked() -> None:
    text = (
        f"{Q}Okean Exa{Q} is an Exlandic rock band formed in 1994 in Exton. In April 2007 "
        "Okean Exa received the Exmag music award for best rock act. The band released its "
        "first album in 1998.\n"
    )
    answers = {q.answer for q in build_bank("Okean Exa", text).questions}
    assert "April 2007" not in answers


def test_brackets_the_text_writes_are_part_of_the_name() -> None:
    text = (
        f"{Q}Exlandic Church (U.S.A.){Q} is a denomination in the [[United States]]. The "
        "Exlandic Church (U.S.A.) was formed in 1983 by the merger of two older churches.\n"
    )
    facts = extract_facts(parse_article("Exlandic Church (U.S.A.)", text))
    assert facts.subject.bare == "Exlandic Church (U.S.A.)"
    plain = extract_facts(parse_article("Exa (film)", f"{Q}Exa{Q} is a 1995 Exlandic film.\n"))
    assert plain.subject.bare == "Exa"


def test_slips_of_the_source_are_debris() -> None:
    # seen in the equivalence corpus: "Sielis joined to Anorthosis at 15 June, 2009"
    assert debris("Exa joined to Exton United at 15 June, 2009 from Wyton as a free agent.")
    assert debris("Exa joined to Exton United in 2009 from Wyton as a free agent.")
    assert not debris("Exa joined Exton United on 15 June 2009 from Wyton as a free agent.")
    assert debris("Exa made his debut against Romania national football team in 2011.")
    assert not debris("Exa made his debut against the Romania national football team in 2011.")


def test_r238_r239_statements_and_slips() -> None:
    assert not statement_ok("Exa was a member of a prominent political family in Exshire.")
    assert not statement_ok("In 2007 Exa had a short appearance in Exton Nights, as a teacher.")
    assert debris("The manors of Exa and Wyton are mentioned in writs of 13th century.")
    assert debris("Exa toured the North America and the UK with The Who in 1989.")
    assert not debris("Exa toured North America and the UK with The Who in 1989.")
    assert not tells_key_event("In April 2009, Exa was elected a foreign associate of the Academy.")
    assert tells_key_event("In 2009, Exa was elected to the Exland Senate.")


def test_a_birth_place_the_text_gives_by_its_spot_is_not_asked() -> None:
    from quiz.generator.otherwise import born_otherwise

    village = "Exa was born in the village of Wyton, Exshire on 21 February 1876."
    assert born_otherwise("birth_place", "Exton, Exland", village, "Exa", "he")
    assert not born_otherwise("birth_place", "Wyton, Exshire", village, "Exa", "he")
    cabin = (
        "Exa was born February 12, 1809, the second child of Ned and Ann Exa, in a one-room "
        "log cabin on the Sinking Spring Farm in Exshire."
    )
    assert born_otherwise("birth_place", "Exton, Exshire", cabin, "Exa", "he")


def test_a_defunct_body_s_infobox_is_asked_in_the_past() -> None:
    text = (
        f"{Q}Exair{Q} was a cargo airline based in [[Exton]], [[Exland]]. It ceased operations "
        "in 2009.\n{{Infobox airline\n| headquarters = Exton, Exland\n}}\n"
    )
    prompts = [q.prompt for q in build_bank("Exair", text).questions]
    assert "Where was the headquarters of Exair?" in prompts, prompts
    present = build_bank("Exair", text.replace("was a cargo", "is a cargo"))
    assert "Where is the headquarters of Exair?" in [q.prompt for q in present.questions]


def test_r240_r241_honours_numbers_titles_and_names_defined_before() -> None:
    from quiz.generator.facts import Sentence
    from quiz.generator.insitu import insitu_question
    from quiz.generator.spans import Span

    assert not tells_key_event(
        "In 1940, Exa joined Psi Chi, the national honor society in psychology."
    )
    assert not statement_ok("In 1939, Exa enrolled at the Exton School No. 554 in Wyton.")
    assert statement_ok("In 1939, Exa enrolled at the Exton School of Arts in Wyton.")
    assert points_back(
        'A common ancestral language for the "Macro" family was reconstructed by Ned.'
    )
    text = "In 2012, Exa voiced Ned Vark for a web series he created titled Electric City."
    span = Span(text.index("Electric"), len(text) - 1, "Electric City", "entity")
    assert insitu_question(Sentence(text, "Career", [span]), span, "city", "place") is None


def test_a_false_year_stays_on_its_side_of_an_era_the_heading_names() -> None:
    # R241: "... at the Battle of Shiloh on April 6, 1855" under "Civil War": the war began in
    # 1861, which the article says; the false year may not cross it
    import random

    from quiz.generator.facts import Sentence
    from quiz.generator.falsify import _era_bounds, false_year

    prose = (
        "At the outbreak of the Civil War in 1861, Exa joined the army. Exa was born in 1803. "
        "Exa attacked Exton at the Battle of Wyton on April 6, 1862.\n"
    )
    text = "Exa attacked Exton at the Battle of Wyton on April 6, 1862."
    starts = _era_bounds(Sentence(text, "Civil War > Battle of Wyton"), prose, "Ned Exa")
    assert 1861 in starts
    years = {false_year(1862, starts, [], 2020, random.Random(seed)) for seed in range(40)}
    assert years and all(year and year > 1861 for year in years), years
    assert any(
        y and y < 1861
        for y in (false_year(1862, [], [], 2020, random.Random(s)) for s in range(40))
    )


def test_r242_r243_denials_figures_slips_namesakes_and_demonyms() -> None:
    from quiz.generator.facts import Sentence
    from quiz.generator.insitu import insitu_question
    from quiz.generator.sentences import usable_sentence
    from quiz.generator.spans import Span
    from quiz.generator.substance import says_the_title

    text = "Exa was given a medal in 1941; she herself was never a member of the Exland Party."
    span = Span(text.index("Exland Party"), len(text) - 1, "Exland Party", "entity")
    assert insitu_question(Sentence(text, "Life", [span]), span, "party", "org") is None
    assert debris("The Exton Times was Launched in July 2005, for a young readership.")
    assert not debris("The Exton Times was launched in July 2005 by Ned Vark of Wyton.")
    assert not debris("The first winner of the Exton Cup was Mohammed Vark of Wyton in 1990.")
    assert not usable_sentence("Ned Exa is an Exlandic footballer who last played for Exton City.")
    assert says_the_title(
        "Varkism is named after the Exlandic biologist Ned Vark of Wyton.", "Varkism"
    )


def test_a_count_is_no_gap_one_figure_or_many() -> None:
    # R242: "described _____ (number) minerals, 1290 plants of which 359 ... and more than 260
    # vertebrates": one figure among four. Since stop 56 no figure of a sentence is a gap
    # (33 of 54 passed, R296-R362), one among many or alone.
    from quiz.generator.facts import Sentence
    from quiz.generator.generate import entity_types
    from quiz.generator.items import SentenceItems
    from quiz.generator.spans import find_spans

    wikitext = f"{Q}Exampleton{Q} is a town in [[Exland]]; its museum opened in 1920."
    facts = extract_facts(parse_article("Exampleton", wikitext))
    items = SentenceItems(facts, entity_types(facts), 0)
    many = "Exampleton's museum holds 149 minerals, 1290 plants of which 359 grow, and 260 birds."
    one = "Exampleton's museum holds 149 minerals from the mines of the Exland hills."
    for text in (many, one):
        (span,) = [s for s in find_spans(text, []) if s.text == "149"]
        assert items.fact(Sentence(text, "", [span], "", -1, 0), span) is None


def test_a_birth_country_the_lead_s_demonym_names_is_not_asked() -> None:
    text = (
        "{{Infobox football biography\n| name = Nevi Exa\n| birth_place = [[Eritrea]]\n}}\n"
        f"{Q}Nevi Exa{Q} (born 3 March 1990) is an Eritrean footballer for Exton City.\n"
    )
    prompts = [q.prompt for q in build_bank("Nevi Exa", text).questions]
    assert not any("country" in p and "born" in p for p in prompts), prompts


def test_r244_posts_of_what_statistics_of_a_day_politicians_and_open_appositives() -> None:
    from quiz.generator.wording import leans_back

    assert leans_back("Exa became Assistant Secretary General in February 1982 at Exton.")
    assert not leans_back("Exa became Secretary General of the Exland Party in February 1982.")
    assert not statement_ok("As of 1 June 2017, 92% of Exa copies run on Linux distributions.")
    assert debris("Exa University formerly called Paris X Exton is a French university in Wyton.")
    assert not debris("Exa University, formerly called Paris X Exton, is a French university.")
    assert _occupation("politician who served in the Exland Senate for forty years.") is None


def test_r245_states_true_when_written_are_not_asked() -> None:
    from quiz.generator.sentences import usable_sentence

    assert not usable_sentence(
        "Ned Exa is an Exlandic politician who has been President since 2006."
    )
    assert not usable_sentence("The present Shadow Home Secretary of Exland is Ann Vark of Exton.")
    assert usable_sentence("In the present day, Exton is a market town in the county of Exshire.")


def test_r246_a_measure_left_a_noun_is_a_slip() -> None:
    assert debris("The Exa River is an 80 miles long river that flows northeast in Exshire.")
    assert not debris("The Exa River is an 80-mile-long river that flows northeast in Exshire.")
    assert not debris("The Exa River is 80 miles long and flows northeast through Exshire.")


def test_the_lead_s_first_verb_sets_the_tense() -> None:
    from quiz.generator.tenses import in_its_tense

    asked = "Where is the headquarters of Exair?"
    assert in_its_tense(asked, "Exair was a cargo airline based in Exton.").startswith("Where was")
    present = "The Exton Star is a newspaper that was the largest in Exland by 1913."
    assert in_its_tense(asked, present) == asked
