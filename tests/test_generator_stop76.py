"""Stop 76: a party, a university and a named body typed as people say them ("Democrat",
"Duke", "BJP"), no region accepted for a birthplace because the text writes "in Wuhan, Hubei",
and no settlement's first part asked as the state that preceded it."""

from __future__ import annotations

from test_generator_contests import asked

from quiz.generator.facts import Sentence
from quiz.generator.placeforms import AREA
from quiz.generator.questions import when_question
from quiz.generator.spans import Span
from quiz.generator.spellings import short_names, surname_forms

PERSON_BOX = """Infobox officeholder
| name = Ann Vorn
| birth_date = {{birth date|1950|3|2}}
| birth_place = [[Kelford]], [[Vornshire]], [[China]]
| party = [[Democratic Party (Exland)|Democratic]]
| alma_mater = [[Kelford University]]"""
PERSON_TEXT = (
    "'''Ann Vorn''' (born 2 March 1950) is a politician. Vorn was born in [[Kelford]], "
    "[[Vornshire]], and studied at [[Kelford University]]. She is a member of the "
    "[[Democratic Party (Exland)|Democratic Party]] and sat in the Exland Vorn Council (EVC)."
)


def test_a_party_and_a_university_as_people_name_them() -> None:
    assert short_names("Democratic Party", "") == ["Democratic", "Democrat"]
    assert short_names("Labour Party (Exland)", "") == ["Labour"]
    assert short_names("Bharatiya Vorn Party", "the BVP won") == ["Bharatiya Vorn", "BVP"]
    assert short_names("Duke University", "") == ["Duke"]
    assert short_names("University of Kelford", "") == ["Kelford"]
    assert short_names("State University", "") == []  # (no generic word alone)
    assert short_names("University of Vorn, Kelford", "") == []  # (one campus of several)
    assert short_names("Exland Vorn Council", "the EVC met") == ["EVC"]
    assert short_names("Exland Vorn Council", "the council met") == []  # (initials untold)


def test_the_bank_accepts_them_once_each() -> None:
    got = asked("Ann Vorn", PERSON_BOX, PERSON_TEXT)
    party = next(accept for prompt, (_, accept) in got.items() if "party" in prompt)
    assert "Democrat" in party and len(party) == len(set(party))
    school = next(accept for prompt, (_, accept) in got.items() if "university" in prompt)
    assert school == ["Kelford"]


def test_no_region_for_a_birthplace_the_text_writes_with_it() -> None:
    got = asked("Ann Vorn", PERSON_BOX, PERSON_TEXT)
    answer, accept = got["Where was Ann Vorn born?"]
    assert answer == "Kelford, Vornshire, China"
    assert "Kelford" in accept and "Vornshire" not in accept
    qing = PERSON_BOX.replace("[[China]]", "[[Qing dynasty|Qing China]]")
    _, accept = asked("Ann Vorn", qing, PERSON_TEXT)["Where was Ann Vorn born?"]
    assert "Vornshire" not in accept


PLACE_BOX = """Infobox settlement
| name = Kelbeg
| settlement_type = [[townland]]
| subdivision_type = Country
| subdivision_name = [[Republic of Ireland|Ireland]]
| subdivision_type1 = County
| subdivision_name1 = [[County Cork]]
| parts_type = Settlements
| p1 = [[Vornford]]"""


def test_a_settlements_part_is_no_predecessor() -> None:
    text = "'''Kelbeg''' is a townland in [[County Cork]]. Part of [[Vornford]] is in Kelbeg."
    got = asked("Kelbeg", PLACE_BOX, text)
    assert not any("preceded" in prompt for prompt in got)
    assert "In which county is Kelbeg?" in got  # (the box is read)


def test_no_surname_of_a_consorts_title_or_a_rulers_numeral() -> None:
    assert surname_forms("Rabia Sultan") == []
    assert surname_forms("Demetrius I Soter") == []  # (not "I Soter")
    assert surname_forms("Ann Vorn") == ["Vorn"]


def test_no_county_or_land_accepted_for_a_place() -> None:
    box = PERSON_BOX.replace("[[Vornshire]], [[China]]", "Vornsex, England")
    _, accept = asked("Ann Vorn", box, PERSON_TEXT)["Where was Ann Vorn born?"]
    assert "Kelford" in accept and "Vornsex" not in accept
    assert AREA.search("Vistula Country") and AREA.search("Vornshire")
    assert not AREA.search("London") and not AREA.search("Wessex Street")


def test_a_programming_language_first_appears() -> None:
    box = "Infobox programming language\n| name = Vornlang\n| released = 1961"
    got = asked("Vornlang", box, "'''Vornlang''' is a programming language. It appeared in 1961.")
    assert "In what year did Vornlang first appear?" in got


def test_r469_mends() -> None:
    from quiz.generator.spellings import unclassed

    assert unclassed("Vorn belonged to which school?", "Milesian school") == ["Milesian"]
    ruler = "Infobox royalty\n| name = Abd Vorn I\n| birth_date = 731\n| death_date = October 788"
    text = "'''Abd Vorn I''' (731 – October 788) ruled Kelford. He died in October 788."
    got = asked("Abd Vorn I", ruler, text)
    assert got["In what year did Abd Vorn I die?"] == ("788", ["October 788"])
    force = "Infobox national military\n| name = Vorn Defence Force\n| current_form = 1995"
    text = "The '''Vorn Defence Force''' is the army of Vorn. It was reorganised in 1995."
    assert not any("current form" in prompt for prompt in asked("Vorn Defence Force", force, text))


def test_no_alias_the_title_is_made_from() -> None:
    text = "'''Vornite''', also known as '''Vorn stone''', is a mineral found in Kelford."
    assert not any("other name" in prompt for prompt in asked("Vornite", "Infobox mineral", text))
    text = "'''Vornite''', also known as '''kelfordite''', is a mineral found in Kelford."
    assert any("other name" in prompt for prompt in asked("Vornite", "Infobox mineral", text))


def test_a_place_as_the_text_names_it_now() -> None:
    from test_generator_stop75 import facts_of

    from quiz.generator.placeforms import place_accepts

    facts = facts_of("Vorn was exiled to [[Pandavorn]] (now called Vornetene), where she died.")
    assert "Vornetene" in place_accepts("Pandavorn", [], facts)
    facts = facts_of("Vorn was exiled to [[Pandavorn]] (called Vornetene by some), and died.")
    assert "Vornetene" not in place_accepts("Pandavorn", [], facts)


def test_r470_r471_typed_forms() -> None:
    assert surname_forms("Æthelred of Vornex") == []  # (not "Vornex", a kingdom)
    assert AREA.search("RSFSR")
    told = "Ann went to the University of Kelford, now Kelford University."
    assert short_names("Kelford University", told) == ["Kelford", "University of Kelford"]
    assert short_names("University of Kelford", told) == ["Kelford", "Kelford University"]
    assert short_names("Duke University", "") == ["Duke"]  # (not "University of Duke")
    from test_generator_stop75 import facts_of

    from quiz.generator.spellings import own_link_forms

    facts = facts_of("Vornby lies near the [[Vornic Sea|Vornic]], in the [[Vornic Region]].")
    forms = own_link_forms("Vornic", "Vornic Region", facts, ["Vornic Sea"])
    assert forms == ["Vornic Region"]  # (the box's own link; not the sea's)
    assert own_link_forms("Vornic", "", facts, ["Vornic Sea"]) == ["Vornic Sea"]


def test_r471_wording() -> None:
    party = PERSON_BOX.replace(
        "[[Democratic Party (Exland)|Democratic]]", "Liberal Party of Exland"
    )
    got = asked(
        "Ann Vorn", party, PERSON_TEXT.replace("Democratic Party", "Liberal Party of Exland")
    )
    _, accept = got["Which political party did Ann Vorn belong to?"]
    assert "Liberal Party of Exland Party" not in accept
    king = "Infobox royalty\n| name = Vorn I\n| succession = King and High Priest of Exland\n"
    king += "| predecessor = [[Kel II]]\n| successor = [[Ann Vorn]]"
    text = "'''Vorn I''' was King and High Priest of Exland after Kel II. Ann Vorn ruled after him."
    assert not any("succeeded" in p or "preceded" in p for p in asked("Vorn I", king, text))
    text = "Vorn Kel was the son of a tanner in Largo, Vornshire, born in 1676."
    year = Span(text.index("1676"), text.index("1676") + 4, "1676", "year")
    assert (
        when_question(Sentence(text, "", [year]), year) is None
    )  # (not "... the son of ..., born?")
    text = "Vorn Kel was born in Largo, Vornshire, in 1676."
    year = Span(text.index("1676"), text.index("1676") + 4, "1676", "year")
    assert (
        when_question(Sentence(text, "", [year]), year)
        == "In what year was Vorn Kel born in Largo, Vornshire?"
    )


def test_r472_no_coach_replaced_midseason_nor_a_topics_box() -> None:
    box = "Infobox NCAA team season\n| Team = Vorn Bulldogs\n| HeadCoach = [[Ann Roe]]\n"
    text = "The '''1998 Vorn Bulldogs football team''' represented Vorn. Ann Roe coached. "
    title = "1998 Vorn Bulldogs football team"
    assert any("head coach" in prompt for prompt in asked(title, box, text + "Ann Roe left."))
    late = text + "Ann Roe was replaced by interim head coach Bob Fenn after a 1–9 start."
    assert not any("head coach" in prompt for prompt in asked(title, box, late))
    box = "Infobox aircraft type\n| name = Vorn V\n| first flight = 18 June 1963"
    text = "The '''Vorn V''' first flew on 18 June 1963 in Exland. The Vorn V first flew in 1963."
    assert asked("Vorn V", box, text)  # (the type's own box is asked)
    assert not asked("Vorn V in Exlandic service", box, text)  # (not a topic's)


def test_no_catalogue_designation_as_an_other_name() -> None:
    text = "'''Vornea''', also known as '''Kelion XV''', is the smallest moon of Kelion."
    assert not any("other name" in prompt for prompt in asked("Vornea", "Infobox planet", text))


def _subject(title: str, text: str) -> str:
    from quiz.generator.facts import extract_facts
    from quiz.generator.wikitext import parse_article

    return extract_facts(parse_article(title, text)).subject.name


def test_r473_r474_the_and_plurals() -> None:
    from quiz.generator.lexicon import plural_noun

    assert plural_noun("Sox")
    text = "Vorn University is a university. Vorn University grew. Vorn University is old. "
    text += "The Vorn University charter is old. Vorn University has a library."
    assert _subject("Vorn University", text) == "Vorn University"  # (not "the Vorn ...")
    lang = "The Vornic programming language is a language. Vornic is safe. Vornic is small."
    assert _subject("Vornic", lang) == "Vornic"
    assert _subject("Commonwealth of Vorn", "It was a state.") == "the Commonwealth of Vorn"
    assert _subject("Vorn Engine", "The Vorn Engine is an engine.") == "the Vorn Engine"


def test_r473_r474_typed_forms() -> None:
    from test_generator_stop75 import facts_of

    from quiz.generator.spellings import own_link_forms, typed_forms

    assert short_names("Vorn Motor Company", "Vorn built cars. Vorn sold them.") == ["Vorn"]
    assert short_names("Vorn Canal Company", "Vorn lies on it. Vorn is a town.") == []
    agency = facts_of("The Exland Vorn Agency (EVA) wrote it. The EVA published it.")
    assert "EVA" in typed_forms("Exland Vorn Agency", agency, True)  # (asked "Who wrote?")
    ruler = facts_of("Vorn II followed [[Kel the Great|Kel I]].")
    assert own_link_forms("Kel I", "Kel the Great", ruler, []) == ["Kel the Great"]
    assert surname_forms("Constantius II") == []
    party = PERSON_BOX.replace("[[Democratic Party (Exland)|Democratic]]", "Democrat")
    _, accept = asked("Ann Vorn", party, PERSON_TEXT)[
        "Which political party did Ann Vorn belong to?"
    ]
    assert "Democratic Party" in accept and "Democrat Party" not in accept


def test_a_wife_by_her_married_name() -> None:
    box = "Infobox person\n| name = Bob Vorn\n| spouse = [[Ann Kel]]"
    text = "'''Bob Vorn''' was a general. He married [[Ann Kel]] in 1962. He led his army in "
    text += "Exland, and his men followed him. He retired in 1990. He died in 2001."
    got = asked("Bob Vorn", box, text)
    assert got["Whom did Bob Vorn marry?"] == ("Ann Kel", ["Ann Vorn", "Kel"])
    text = "'''Bea Vorn''' was a general. She married [[Ann Kel]] in 1962. She led her army in "
    text += "Exland, and her men followed her. She retired in 1990. She died in 2001."
    got = asked("Bea Vorn", box.replace("Bob", "Bea"), text)
    assert "Ann Vorn" not in got["Whom did Bea Vorn marry?"][1]  # (a woman's husband)


def test_no_glossary_item_whose_lead_names_no_group() -> None:
    from quiz.generator.glossary import _lead

    assert _lead("In 1950, a reshuffle took place following the General Election:") == ""
    assert _lead("The Vorn Cabinet had these ministers:") != ""


def test_r475_r476_mends() -> None:
    from quiz.generator.kindwording import begun_otherwise
    from quiz.generator.wording import broken_copy

    assert broken_copy("In 2006, Vorn became Vorn with the highest GDP in Exland.")
    assert not broken_copy("In 2006, Vorn became the richest country in Exland.")
    told = "The Vorn Party of Chile rules. The Chilean Vorn Party (CVP) met in 1921."
    assert "Chilean Vorn Party" in short_names("Vorn Party of Chile", told)  # (a real people)
    assert surname_forms("Vice President") == []
    club = ["The major league incarnation of the club was founded in Kelford in 1901."]
    assert begun_otherwise("established", "1894", club, "Vorn Rustlers")
    won = ["The club won the cup in 1997 and established themselves as a top side."]
    assert not begun_otherwise("established", "1905", won, "Vorn F.C.")
    from test_generator_stop75 import facts_of

    from quiz.generator.placeforms import PLACE_ASKED, place_accepts

    assert "What is the capital of Vornia?".startswith(PLACE_ASKED)  # (typed by its town:)
    assert "Kelford" in place_accepts("Kelford, D.C.", [], facts_of("Vornia's capital is Kelford."))


def test_r477_no_surname_of_a_band_or_a_cantonese_given_name() -> None:
    assert surname_forms("The Vorn Kel") == []  # (a band)
    assert surname_forms("Wong Jing") == []  # (family name first)
    assert surname_forms("Robert Vornia") == ["Vornia"]


def test_a_pinyin_name_the_family_list_lacks() -> None:
    from quiz.generator.spellings import family_first

    assert family_first("Hua Guofeng")  # ("Guofeng" is his given name)
    assert surname_forms("Hua Guofeng") == []
    assert surname_forms("Ang Lee") == ["Lee"]  # (a Western order)
