"""Stop 68, after R433-R435 (R435: 98 pages never met before): a body others were combined
into is not asked when it was formed; a party a place leans to is guessed; a link trail that
makes a word stays on the link; an alias made of the title's word, a society's vice-president,
joining a relative, a model code and the second building of a name are not asked."""

from __future__ import annotations

from test_generator_r73 import Q, other_name_answers

from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Facts, Sentence, extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.kindwording import kind_value
from quiz.generator.questions import when_question
from quiz.generator.salience import MINOR_STEP, guessed
from quiz.generator.sectionkinds import thing_aside
from quiz.generator.spans import Span
from quiz.generator.spellings import other_spellings
from quiz.generator.statements import MODEL_CODE
from quiz.generator.subject import Subject
from quiz.generator.typeclues import head_type
from quiz.generator.wikitext import parse_article
from quiz.generator.works import dated_work, two_of_a_name
from quiz.kinds import check_answer
from quiz.model import Question

MINISTRY = (
    "{{Infobox government agency\n| agency_name = Federal Ministry of Vorn and Youth\n"
    "| formed = 1953\n| jurisdiction = [[Government of Germany]]\n}}\n"
    f"The {Q}Federal Ministry of Vorn and Youth{Q} is a ministry of [[Germany]]. It is "
    "headquartered in [[Berlin]].\n\n== History ==\nThe original ministry was first founded in "
    "1953 as the Federal Ministry for Vorn Affairs. In 1957 it took on youth affairs.\n"
)
COMBINED = (
    "In 1994, these two ministries were combined into the Federal Ministry of Vorn and Youth.\n"
)


def _formed(text: str) -> list[str]:
    bank = build_bank("Federal Ministry of Vorn and Youth", text)
    return [q.prompt for q in bank.questions if "formed" in q.prompt]


def test_a_body_other_bodies_were_combined_into_is_not_asked_when_it_was_formed() -> None:
    assert _formed(MINISTRY)  # (formed 1953, the text agrees)
    assert not _formed(MINISTRY + COMBINED)  # 1953 or 1994? (R433)


def _facts(person: bool) -> Facts:
    return Facts("Vorn", subject=Subject("Vorn", "Vorn", person=person), prose="Vorn is ...\n")


def test_a_party_a_place_leans_to_is_guessed() -> None:
    question = "Vorn is in an area known for its very strong affiliation to which party?"
    assert guessed(question, "Labour Party", _facts(person=False))  # (R434)
    asked = "Which party did Vorn join in 1963?"  # a politician's own party is asked
    assert not guessed(asked, "Social Democratic Party", _facts(person=True))


def _prose(wikitext: str) -> str:
    return parse_article("Vorn", wikitext).sections[0].blocks[0].text


def test_a_link_trail_that_makes_a_word_stays_on_the_link() -> None:
    # R435: "Terry became the leading Shakespeare an actress in Britain." (True/False)
    assert "leading Shakespearean actress" in _prose(
        "Terry was the leading [[Shakespeare]]an actress."
    )
    assert "Texans" in _prose("He met [[Texan]]s.")  # (any trail without a space, as MediaWiki)
    # a space left out after a name is put back: "[[Somerset West]]a town" is no word
    assert "in Somerset West a town" in _prose("It lies in [[Somerset West]]a town of the Cape.")


def test_an_alias_made_of_the_titles_own_word_is_not_asked() -> None:
    # R435: "By what other name are the Mendip Hills known?" -> the Mendips (given away)
    hills = (
        f"The {Q}Vorn Hills{Q} (commonly called {Q}the Vorns{Q}) are a range of limestone hills "
        "south of [[Bristol]] in [[Somerset]].\n"
    )
    assert other_name_answers("Vorn Hills", hills) == []
    other = hills.replace("the Vorns", "the Exmoor Heights")
    assert other_name_answers("Vorn Hills", other) == ["Exmoor Heights"]


def test_a_societys_vice_presidency_joining_a_relative_and_a_live_album_are_minor_steps() -> None:
    # R435 (class 6), each asked as a year: "In what year was Merriman elected vice-president of
    # Auckland's first Law Society?", "In what year did Terry join her sister Kate in Bristol?",
    # "In _____ Rock released Live Trucker, a live album." (the local councillor of R434 goes the
    # same way through a whole bank: test_generator_stop67)
    assert MINOR_STEP.search("Merriman was elected vice-president of Auckland's first Law Society.")
    assert not MINOR_STEP.search("Merriman was elected Mayor of Auckland.")
    assert MINOR_STEP.search("In 1862, Terry joined her sister Kate in Bristol.")
    assert not MINOR_STEP.search("In 1862, Terry joined the Bristol stock company.")
    assert MINOR_STEP.search("In 2006 Rock released Live Trucker, a live album.")  # (R435)
    assert not MINOR_STEP.search("In 2006 Rock released Rock N Roll Jesus, his seventh album.")


def test_a_name_that_opens_with_battle_and_ends_in_a_plural_is_no_battle() -> None:
    # R435: "... the only school in the world to be awarded which battle?" -> Battle Honours
    assert head_type("Battle Honours") == ""
    assert head_type("Battle Creek") == "battle" and head_type("Lake Superior") == "lake"


def test_a_statement_that_names_a_model_code_is_not_made() -> None:
    # R435: "Baidu released its low-cost smartphone, Changhong H5018." (True): product trivia
    assert MODEL_CODE.search("Baidu released its low-cost smartphone, Changhong H5018.")
    assert not MODEL_CODE.search("Baidu was founded in 2000 by Robin Li and Eric Xu.")


def test_an_article_on_the_second_building_of_a_name_asks_nothing_of_its_infobox() -> None:
    # R435: "When was 7 World Trade Center completed?": the original in 1987, the current in 2006
    box = "{{Infobox building\n| name = 7 Vorn Center\n| completion_date = 2006\n}}\n"
    lead = (
        f"{Q}7 Vorn Center{Q} is a building in [[New York City]]. It is the second building to "
        "bear that name and address in that location. The original structure was completed in "
        "1987. The current 7 Vorn Center opened in 2006.\n"
    )
    assert two_of_a_name(extract_facts(parse_article("7 Vorn Center", box + lead)))
    one = lead.replace(
        "It is the second building to bear that name and address in that location. ", ""
    )
    assert not two_of_a_name(extract_facts(parse_article("7 Vorn Center", box + one)))


def test_a_headquarters_that_is_a_building_is_not_asked_where() -> None:
    # R435: "Where is the headquarters of JC's Girls?" -> The Rock Church (San Diego too)
    assert kind_value("headquarters", "The Rock Church", "Vorn Girls", []) == ""
    assert kind_value("headquarters", "The Hague", "Vorn", []) == "The Hague"
    assert kind_value("location", "Wembley Stadium", "2012 Vorn Cup Final", []) == "Wembley Stadium"


def test_a_years_question_past_the_lead_of_a_thing_keeps_to_its_story() -> None:
    # R436: IKEA's store in Sentul City, Chile's re-election to the UN Human Rights Council
    assert thing_aside("Store design > Alternative designs", person=False)
    assert thing_aside("Government and politics > Foreign relations", person=False)
    assert not thing_aside("History > Founding", person=False)
    assert not thing_aside("Taxonomy", person=False)  # ("named by Osborn in 1923")
    assert not thing_aside("Newly formed military", person=False)
    assert not thing_aside("Political career", person=True)  # a person's every section
    assert not thing_aside("", person=False)  # (the lead)


def test_an_infobox_value_the_title_holds_or_a_region_as_a_city_is_not_asked() -> None:
    # R436: "Where was Hippocrates of Kos born?" -> Kos; "largest city" -> a region
    assert kind_value("birth_place", "Kos, Greece", "Hippocrates of Kos", []) == ""
    assert kind_value("birth_place", "Athens, Greece", "Hippocrates of Kos", []) == "Athens, Greece"
    assert kind_value("largest_city", "Brussels-Capital Region", "Vorn", []) == ""
    assert kind_value("largest_city", "Antwerp", "Vorn", []) == "Antwerp"


def test_a_book_infobox_of_an_essay_names_it_an_essay() -> None:
    # R437: "Who wrote the 1729 book A Modest Proposal?" of "a satirical essay" (class 1)
    box = "{{Infobox book\n| name = A Vorn Proposal\n| release_date = 1729\n}}\n"
    lead = f"{Q}A Vorn Proposal{Q} is a satirical essay published anonymously in 1729.\n"
    essay = extract_facts(parse_article("A Vorn Proposal", box + lead))
    assert dated_work(essay, "A Vorn Proposal") == "the 1729 essay A Vorn Proposal"
    novel = extract_facts(
        parse_article("A Vorn Proposal", box + lead.replace("satirical essay", "novel"))
    )
    assert dated_work(novel, "A Vorn Proposal") == "the 1729 book A Vorn Proposal"


def test_a_firms_name_without_its_kind_is_accepted() -> None:
    # "In 1975, Nelson switched to which company?": "Columbia" was marked wrong
    types = EntityTypes()
    label = Span(0, 16, "Columbia Records", "entity")
    assert other_spellings(label, types) == ["Columbia"]
    question = Question(
        id="sh-1",
        kind="short_answer",
        prompt="In 1975, Vorn switched to which company?",
        answer="Columbia Records",
        accept=other_spellings(label, types),
    )
    assert check_answer(question, "Columbia").verdict == "right"
    press = Span(0, 23, "Oxford University Press", "entity")  # another body than the university
    assert other_spellings(press, types) == []
    news = Span(0, 16, "News Corporation", "entity")  # ("News" alone is a word, not the firm)
    assert other_spellings(news, types) == []


def test_no_year_question_where_the_year_names_the_noun_after_it() -> None:
    # A read bank: "In what year was Gordon Brown elected to Parliament ... as a Labour MP for
    # Dunfermline East general election?" of "... for Dunfermline East in 1983 general election."
    def asked(text: str) -> str | None:
        at = text.index("1983")
        sentence = Sentence(text, "", [])
        span = Span(at, at + 4, "1983", "year")
        sentence.spans = [span]
        return when_question(sentence, span)

    assert asked("Vorn was elected as a Labour MP for Exa East in 1983 general election.") is None
    assert asked("Vorn was elected in 1983 as a Labour MP.") == (
        "In what year was Vorn elected as a Labour MP?"
    )
    assert asked("The bridge was opened in 1983 alongside a new road.") == (
        "In what year was the bridge opened alongside a new road?"
    )
