"""Review R122-R123's failures, made general: a "the company" the paragraph leaves open, a
title of commas that the definition repeats, side appearances, a place told in another item,
a birth year an age works out, choices halfway between the extremes, garbled copies, a
namesake building, the subject's key deeds first, and a person's party."""

from __future__ import annotations

from test_generator_r73 import Q
from test_generator_r122 import prompt_answers

from quiz.generator.answers import about_subject
from quiz.generator.choices import readable
from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.infobox import infobox_question
from quiz.generator.lifetime import birth_worked_out
from quiz.generator.salience import SIDE_SECTION
from quiz.generator.substance import says_the_title
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import garbled_question

DANCER = (
    f"{Q}Eda Vronk{Q} (1902 - 1959) was a dancer who founded the Vronk Ballet.\n\n"
    "==Early years==\n"
    "In 1921, Vronk joined the chorus of the Exham Opera Company as a baritone. "
    "In 1928 Vronk gained a place in Tara Plov's touring company. "
    "Vronk first toured Australia with the company in 1929. "
    "In 1932 Vronk left the Exham Opera Company.\n"
)


def test_the_company_after_another_unnamed_one_is_not_the_named_one() -> None:
    # Borovansky (R122): "the company" was Pavlova's, not the Olomouc Opera Company named
    # before it; the sentence must not come out as "toured with the Olomouc Opera Company".
    facts = extract_facts(parse_article("Eda Vronk", DANCER))
    texts = [s.text for s in facts.sentences]
    assert not any("toured Australia with the Exham Opera Company" in t for t in texts), texts
    assert "In 1932 Vronk left the Exham Opera Company." in texts  # (no other since)


def test_a_title_with_commas_that_the_definition_repeats_says_nothing() -> None:
    title = "Monroe Township, Exa County, Michigan"
    text = "Monroe Township is a civil township of Exa County in the U.S. state of Michigan."
    assert says_the_title(text, title, 3)
    assert not says_the_title("Grand Forks is a city in Grand Forks County, North Dakota.", title)


def test_side_appearances_are_not_asked() -> None:
    for heading in ("Other media", "In popular culture", "Concert tours", "Cameos"):
        assert SIDE_SECTION.search(heading), heading
    for heading in ("Tour de France", "Career in film", "Early life", "International career"):
        assert not SIDE_SECTION.search(heading), heading
    text = (
        f"{Q}Rod Exa{Q} (born 1960) is a wrestler who won the Exa Cup in 1990.\n\n"
        "==Other media==\nIn 2010, Exa appeared on an episode of Build Things.\n"
    )
    assert not any("Build Things" in p for p in prompt_answers("Rod Exa", text))


def test_a_place_told_in_one_item_is_not_asked_in_another() -> None:
    text = (
        "{{Infobox person\n| name = Sir John Exa\n| death_place = Exham, Surrey, England\n"
        "| birth_place = Vark, Lancashire, England\n}}\n"
        f"{Q}Sir John Exa{Q} (1842 - 1919) was a British industrialist and politician.\n\n"
        "==Personal life==\nIn 1890, Exa married Ann Plov. "
        "Exa died in 1919 at his home in Exham, Surrey.\n"
    )
    asked = prompt_answers("Sir John Exa", text)
    stated = any("Exham, Surrey" in p for p in asked)
    assert not (stated and "Where did Sir John Exa die?" in asked), asked


def test_an_age_in_a_dated_year_works_out_the_birth_year() -> None:
    prose = "Exa joined the army in 1960, at age 17. Later he moved to Exham."
    assert birth_worked_out(prose, 1943)
    assert birth_worked_out(prose, 1942)
    assert not birth_worked_out(prose, 1935)
    assert not birth_worked_out("Exa joined the army in 1960. He was 17 then.", 1943)


def test_no_false_birth_year_where_an_age_rules_it_out() -> None:
    text = (
        "{{Infobox person\n| name = Rod Vark\n| birth_date = 23 August 1943\n}}\n"
        f"{Q}Rod Vark{Q} is an American criminal.\n\n"
        "==Early life==\nVark joined the United States Army in 1960, at age 17.\n"
    )
    bank = build_bank("Rod Vark", text)
    false = [q for q in bank.questions if q.kind == "true_false" and q.answer == "False"]
    assert not any("born" in q.prompt for q in false), [q.prompt for q in false]


def test_the_answer_halfway_between_the_extremes_is_read_from_the_choices() -> None:
    assert readable(["1266", "1210", "1250", "1238"], "1238")
    assert not readable(["1266", "1213", "1251", "1229"], "1251")


def test_garbled_copies_and_other_scripts_are_garbled() -> None:
    assert garbled_question("It is the second book of the The Heroes of Olympus series.")
    assert garbled_question("The Exa language is a one of the Plains languages.")
    assert garbled_question("Emil Exa (Эмиль Экса) was a Soviet writer.")
    assert not garbled_question("The Who played at Exham in 1969.")


def test_a_namesake_building_is_not_the_person() -> None:
    text = (
        "{{Infobox person\n| name = Robert Vark\n| birth_date = 8 March 1800\n}}\n"
        f"{Q}Robert Vark{Q} (1800 - 1871) was a minister and teacher. Vark taught in Exton.\n\n"
        "==Legacy==\nIn 1892, Vark Hall was built as a dormitory for students.\n"
    )
    facts = extract_facts(parse_article("Robert Vark", text))
    assert not about_subject("In 1892, Vark Hall was built as a dormitory.", facts)
    assert about_subject("In 1892, Vark was elected moderator of the assembly.", facts)
    assert about_subject("Vark Jr. was his son.", facts)


def test_a_persons_one_party_is_asked_and_typed_with_or_without_party() -> None:
    text = (
        "{{Infobox officeholder\n| name = Tom Exa\n| office = Governor of Exland\n"
        "| party = [[Republican Party (United States)|Republican]]\n}}\n"
        f"{Q}Tom Exa{Q} (born 1950) is a politician who served as Governor of Exland.\n"
    )
    bank = build_bank("Tom Exa", text)
    party = [q for q in bank.questions if "political party" in q.prompt]
    assert [q.answer for q in party] == ["Republican"], [q.prompt for q in bank.questions]
    assert "Republican Party" in party[0].accept
    for none in ("Independent", "Democratic; Whig"):
        other = text.replace("[[Republican Party (United States)|Republican]]", none)
        assert not any("party" in q.prompt for q in build_bank("Tom Exa", other).questions)
    film = infobox_question("party", "Party", "Exa Night", False, "film", None)
    assert film is None  # (a party field asked of a person's article only)
