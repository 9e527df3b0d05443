"""Stop 74: mends of what R453 (a strict blind review of 51 articles no stop had seen) failed:
a photograph's taker asked in the present, a company's name with a stray "the", a plural
title's verb, a native name taken from a longer name's brackets, other names beside the asked
one, a district's city, an island group's "largest city", a region the text never names."""

from __future__ import annotations

from test_generator_r33 import _span
from test_generator_r73 import Q, other_name_answers, sentence_items

from quiz.generator.agents import agent_question
from quiz.generator.facts import Facts, InfoboxFact, Sentence, extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.infobox import infobox_question
from quiz.generator.kindwording import releveled
from quiz.generator.lifelines import life_parts
from quiz.generator.placeforms import place_accepts
from quiz.generator.sentences import clean_space, split_sentences
from quiz.generator.spellings import typed_forms
from quiz.generator.subject import Subject, agreed
from quiz.generator.unaskable import unaskable_fields
from quiz.generator.wikitext import parse_article


def test_a_dated_deed_is_asked_in_the_past() -> None:
    # R453: "Who takes Tomoko Uemura in Her Bath in 1971?" ("is a photograph taken by ... in 1971")
    work = Subject("Vorn at Dusk", "Vorn at Dusk")
    facts = Facts(work.title, subject=work)
    text = "Vorn at Dusk is a photograph taken by American photojournalist W. Ann Roe in 1971."
    span = _span(text, "W. Ann Roe", "entity")
    asked = agent_question(Sentence(text, "", []), span, "", "person", facts)
    assert asked == "Who took Vorn at Dusk in 1971?"
    owned = "Vorn Hall is a house owned by Ann Roe."  # (an undated state stays in its tense)
    hall = Subject("Vorn Hall", "Vorn Hall")
    span = _span(owned, "Ann Roe", "entity")
    facts = Facts(hall.title, subject=hall)
    assert agent_question(Sentence(owned, "", []), span, "", "person", facts) == (
        "Who owns Vorn Hall?"
    )


def test_a_category_link_shown_in_the_text_keeps_its_words() -> None:
    # R453's Chisso: "is a [[:Category:Chemical companies of Japan|Japanese chemical company]]"
    # read "is a." (and "[[Category:X]]", without the colon, is still no text)
    text = f"{Q}Vornco{Q} is a [[:Category:Chemical companies|chemical company]] of Exland."
    text += "\n[[Category:Companies]]\n"
    prose = parse_article("Vornco", text).sections[0].blocks[0].text
    assert prose.startswith("Vornco is a chemical company of Exland.")
    assert "Companies" not in prose


def test_a_name_in_a_longer_name_takes_no_the() -> None:
    # R453: "Who founded the Chisso?" ("The Chisso Corporation ... is a company")
    box = "{{Infobox company\n| name = Vornco Corporation\n| founder = [[Ann Roe]]\n}}\n"
    text = f"{box}The {Q}Vornco Corporation{Q} is an Exlandic chemical company.\n"
    assert extract_facts(parse_article("Vornco", text)).subject.name == "Vornco"
    engine = f"The {Q}Vorn Engine{Q} is an engine made by Exco.\n"  # (R244's "The 4A Engine")
    assert extract_facts(parse_article("Vorn Engine", engine)).subject.name == "the Vorn Engine"


def test_an_acronyms_title_keeps_its_capitals() -> None:
    # R453: "Where was the headquarters of Ganefo?" (the text writes "GANEFO" 40 times and
    # "Ganefo" 5 times)
    box = "{{Infobox organization\n| name = Vorn Games\n| headquarters = [[Exton]], Exland\n}}\n"
    text = f"{box}The {Q}Vorn Games{Q} ({Q}VORGA{Q}) were games held in Exton. VORGA grew. "
    text += "VORGA was closed in 1967. VORGA had 51 members. Vorga was a word then.\n"
    asked = [q.prompt for q in build_bank("VORGA", text).questions]
    assert "Where is the headquarters of VORGA?" in asked
    assert not [p for p in asked if "Vorga" in p]


def test_a_plural_titles_own_verb_agrees() -> None:
    # R453: "In which region is the Andaman and Nicobar Islands?"
    islands = "the Vorn and Exa Islands"
    assert agreed(f"In which region is {islands}?", islands) == (f"In which region are {islands}?")
    assert agreed(f"Who was the architect of {islands}?", islands) == (
        f"Who was the architect of {islands}?"  # (not "Who were the architect")
    )
    assert agreed("In which region is Vornia?", "Vornia") == "In which region is Vornia?"


def test_a_native_name_is_a_whole_names_own() -> None:
    # R453: "In which state is Langkawi?" accepted "Langkawi Permata Langkawi" for Kedah, from
    # "Langkawi the Jewel of Kedah (Malay: Langkawi Permata Langkawi)"
    jewel = Facts("A", prose="Vornia, known as Vornia the Jewel of Exa (Exlandic: Vorn Permata).")
    assert typed_forms("Exa", jewel, False) == []
    own = Facts("A", prose="It joined the Exa League (Exlandic: Lega Exa) in 1990.")
    assert typed_forms("Exa League", own, False) == ["Lega Exa"]


def test_no_other_name_is_asked_beside_more_names_in_brackets() -> None:
    # R453: "By what other name was the Semipalatinsk Test Site known?" -> "Polygon", beside
    # "(STS or Semipalatinsk-21)" in the same sentence
    lead = (
        f"The {Q}Vorn Test Site{Q} (VTS or Vorn-21), also known as the Exa Field, was the main "
        "testing ground of Exland.\n"
    )
    assert other_name_answers("Vorn Test Site", lead) == []
    one = lead.replace(" (VTS or Vorn-21)", " (VTS)")
    assert other_name_answers("Vorn Test Site", one) == ["Exa Field"]


def test_a_districts_city_is_accepted_where_it_is_a_citys_region() -> None:
    # R453: "Where did Masao Yoshida die?" -> "Shinjuku, Tokyo, Japan" ("Tokyo" marked wrong)
    plain = Facts("A", prose="He died at home.")
    assert "Tokyo" in place_accepts("Shinjuku, Tokyo, Japan", [], plain)
    assert "Budapest" in place_accepts("Csepel, Budapest, Hungary", [], plain)
    assert "Lancashire" not in place_accepts("Felden, Lancashire, England", [], plain)
    assert "California" not in place_accepts("Exton, California, U.S.", [], plain)


def test_no_largest_city_is_asked_of_islands() -> None:
    # R453: "What is the largest city of the Southern Coral Group?" -> Coëtivy (an island; the
    # group has 263 people and no city)
    assert (
        infobox_question("largest city", "Largest city", "the Vorn Group", kind="Islands") is None
    )
    assert infobox_question("largest_city", "Largest city", "Vornia", kind="country") == (
        "What is the largest city of Vornia?"
    )


def test_no_region_is_asked_that_the_text_never_names() -> None:
    # R453: "In which region are the Andaman and Nicobar Islands?" -> East India (only the
    # infobox; the text names the "Danish East India Company")
    prompt = "In which region is Vornia?"
    company = "Traders of the Danish East Exa Company came in 1755."
    assert releveled(prompt, "East Exa", "region", company) == ""
    told = "Vornia lies in East Exa, by the sea."
    assert releveled(prompt, "East Exa", "region", told) == prompt


def test_a_who_questions_answer_is_accepted_by_its_surname() -> None:
    # R453: "Who took Tomoko Uemura in Her Bath in 1971?" -> W. Eugene Smith ("Smith" marked
    # wrong, where the infobox's "Who ...?" items accept surnames)
    lead = f"{Q}''Vorn at Dusk''{Q} is a photograph taken by American photojournalist "
    lead += "[[W. Ann Roe]] in 1971. Many regard it as Roe's greatest work.\n"
    told, items = sentence_items("Vorn at Dusk", lead, "Vorn at Dusk is")
    asked = [
        fact.options["short_answer"] for fact in items.items(told) if "short_answer" in fact.options
    ]
    assert [(q.prompt, q.answer) for q in asked] == [
        ("Who took Vorn at Dusk in 1971?", "W. Ann Roe")
    ]
    assert "Roe" in asked[0].accept


def test_a_swiss_towns_canton_is_asked() -> None:
    # p141-p142: eight Swiss towns gave nothing; their box's "canton" is what a reader learns
    assert infobox_question("canton", "Canton", "Vornex", kind="Swiss town") == (
        "In which canton is Vornex?"
    )
    assert infobox_question("canton", "Canton", "Vornex", kind="French commune") is None


def test_a_legislatures_own_name_is_asked() -> None:
    # 22 countries and states in the pools have a "legislature" line: no question was asked of
    # it, as the skip list's "lat" (a latitude) matched inside "legislature"
    assert infobox_question("legislature", "Legislature", "Vornia", kind="country") == (
        "What is the name of the legislature of Vornia?"
    )
    assert infobox_question("latd", "Latd", "Vornia", kind="country") is None
    fields = [("legislature", "Verkhovna Rada")]
    assert unaskable_fields(fields, "Vornia") == set()
    for plain in ("National Assembly", "Parliament", "Vornia Legislature"):
        assert unaskable_fields([("legislature", plain)], "Vornia") == {"legislature"}


def test_an_infobox_link_is_asked_without_its_disambiguation() -> None:
    # R454: "In which programming language is WebWork written?" -> "Java (programming
    # language)", from "[[Java (programming language)]]"; "Java" was not accepted
    box = "{{Infobox software\n| name = Vornweb\n| programming language = "
    box += "[[Java (programming language)]]\n}}\n"
    facts = extract_facts(parse_article("Vornweb", f"{box}{Q}Vornweb{Q} is a web framework.\n"))
    (line,) = [f for f in facts.infobox if f.name == "programming language"]
    assert (line.value, line.target) == ("Java", "Java (programming language)")
    dated = "{{Infobox film\n| name = Vorn\n| music = [[Ann Roe (composer)]]\n}}\n"
    facts = extract_facts(parse_article("Vorn", f"{dated}{Q}Vorn{Q} is a film.\n"))
    assert [f.value for f in facts.infobox if f.name == "music"] == ["Ann Roe"]


def test_a_bracket_left_with_only_or_is_dropped() -> None:
    # R454: "The dromedary (or), also called the Arabian camel ..." (two pronunciations
    # dropped) accepted "or" typed as the dromedary's other name
    assert clean_space("The vorn ( or ), also called the exa, is a camel.") == (
        "The vorn, also called the exa, is a camel."
    )
    assert clean_space("The vorn (or exa) is a camel.") == "The vorn (or exa) is a camel."


def test_new_york_city_is_accepted_as_new_york() -> None:
    # R454: "Dataiku is a computer software company headquartered in which city?" -> New York
    # City ("New York", the answer most learners type, was marked wrong)
    assert typed_forms("New York City", Facts("A"), False) == ["New York"]
    assert typed_forms("New York", Facts("A"), False) == []


def test_a_span_of_days_in_one_month_is_typed_by_its_year_or_month() -> None:
    # R455: "When did the Battle of Krasnoi take place?" -> 1812 ("November 1812" marked wrong)
    assert life_parts("date", "date", "Date", "November 15–18, 1812", "text") == [
        ("date", "Date", "November 1812", "date")
    ]
    assert life_parts("date", "date", "Date", "30 June – 2 July 1863", "text") == [
        ("date", "Date", "1863", "year")
    ]


def test_a_commander_and_a_war_are_accepted_as_the_text_calls_them() -> None:
    # R455: "Who commanded the forces of the Republic of China at the Battle of Nanking?" ->
    # Tang Shengzhi ("Tang", his family name, marked wrong); "... part of which war?" ->
    # American Civil War ("Civil War" marked wrong)
    box = (
        "{{Infobox military conflict\n| conflict = Battle of Exmouth\n| date = 1849\n"
        "| partof = [[American Civil War]]\n| combatant1 = [[Schleswig-Holstein]]\n"
        "| combatant2 = [[Denmark]]\n| commander1 = [[Tang Weizhi]]\n"
        "| commander2 = [[Ann Roe Lunding]]\n}}\n"
    )
    text = (
        f"The {Q}Battle of Exmouth{Q} was a battle of the American Civil War.\n\n== Battle ==\n"
        "Tang Weizhi led Schleswig-Holstein. Tang held the bridge. Tang fell back. "
        "Ann Roe Lunding led Denmark. Lunding won. Lunding stayed. Ann left.\n"
    )
    bank = build_bank("Battle of Exmouth", box + text)
    accepted = {q.answer: q.accept for q in bank.questions}
    assert accepted["Tang Weizhi"] == ["Tang"]
    assert "Lunding" in accepted["Ann Roe Lunding"]
    assert "Ann" not in accepted["Ann Roe Lunding"]  # (a given name beside the surname)
    assert accepted["American Civil War"] == ["Civil War"]


def test_a_year_is_never_accepted_as_a_name_credited_in_brackets() -> None:
    # R456: "Banca delle Marche was formed in _____ (year) ..." -> 1994 accepted "Banca delle
    # Marche" typed, from "Founded: 1994 (as Banca delle Marche)"
    facts = Facts("A")
    facts.infobox = [InfoboxFact("founded", "Founded", "1994 (as Vorn Bank)", "text")]
    assert typed_forms("1994", facts, False) == []
    facts.infobox = [InfoboxFact("director", "Director", 'Ann Roe (as "Ann Vole")', "text")]
    assert typed_forms("Ann Roe", facts, True) == ["Roe", "Ann Vole"]


def test_a_dotted_abbreviation_ends_no_sentence_before_its_last_letter() -> None:
    # R456: "A. is a central institute of the cooperative banks of Trentino" (from "... Nord Est
    # S.p.A. is a central institute ...")
    text = "Vorn Banca S.p.A. is a central bank of Exland. It was founded in 1974."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Vorn Banca S.p.A. is a central bank of Exland.",
        "It was founded in 1974.",
    ]


def test_a_korean_names_given_name_is_not_taken_for_a_surname() -> None:
    # R456: "Who directed A Hard Day?" -> Kim Seong-hun accepted "Seong-hun", his given name
    for name in ("Kim Vorn-hun", "Koo Ex-Wol"):
        assert typed_forms(name, Facts("A"), True) == []
    assert typed_forms("Ann Roe-Vole", Facts("A"), True) == ["Roe-Vole"]


def test_a_name_is_accepted_without_its_title_and_a_band_without_a_surname() -> None:
    # R457: "... written by _____." -> Sir Arthur Conan Doyle ("Arthur Conan Doyle" marked
    # wrong); "Which artist recorded Hebrews?" -> Say Anything ("Anything" accepted)
    assert "Ann Conan Roe" in typed_forms("Sir Ann Conan Roe", Facts("A"), True)
    box = "{{Infobox album\n| name = Vorn Songs\n| artist = [[Say Anything]]\n}}\n"
    lead = f"{Q}''Vorn Songs''{Q} is the third album by [[Say Anything]]. Say Anything made it.\n"
    asked = {q.prompt: q.accept for q in build_bank("Vorn Songs", box + lead).questions}
    assert "Which artist recorded Vorn Songs?" in asked
    assert "Anything" not in asked["Which artist recorded Vorn Songs?"]
