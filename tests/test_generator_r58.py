"""Blind review R58: what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from quiz.generator.answers import about_subject, reject_answer
from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.general import NAMED_EVENT
from quiz.generator.generate import build_bank
from quiz.generator.sentences import usable_sentence
from quiz.generator.spans import Span
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject, find_subject
from quiz.generator.wikitext import parse_article

Q = "'" * 3


def answers(title: str, lead: str) -> set[str]:
    """The answers of the bank of an article of ``lead`` and one short section."""
    text = f"{lead}\n\n== History ==\nIt was rebuilt in [[Exaville]] in 1901.\n"
    return {q.answer for q in build_bank(title, text).questions}


def test_a_year_the_named_war_gives_is_not_asked() -> None:
    # R58: "The end of the Napoleonic Wars in _____ (year) had resulted in periods of famine":
    # 1815, general knowledge, and not a fact of the Peterloo Massacre.
    assert NAMED_EVENT.search("The end of the Exa Wars in 1815 had resulted in famine.")
    assert NAMED_EVENT.search("After the outbreak of the Exa War in 1914, Roe left.")
    assert not NAMED_EVENT.search("The end of the Exa mills in 1815 had resulted in famine.")


def test_a_year_of_a_title_before_a_name_is_not_asked() -> None:
    # R58: "The London–Surrey Cycle Classic was won by _____ (year) Tour de France Green Jersey
    # winner Mark Cavendish": the year says which title he held, not when he won this race.
    facts = extract_facts(parse_article("Exa Classic", f"The {Q}Exa Classic{Q} is a race.\n"))

    def reason(won: str) -> str:
        text = f"The Exa Classic was {won}."
        span = Span(text.index("2011"), text.index("2011") + 4, "2011", "year")
        return reject_answer(Sentence(text, "", [span]), span, facts, EntityTypes())

    assert reason("first held in 2011") == ""
    assert reason("won by 2011 Tour de France Green Jersey winner Mark Roe") == "part of a name"
    assert reason("won by 2011 world champion Mark Roe") == ""  # ("world": no title's name)


def test_despite_his_leans_on_the_sentence_before() -> None:
    # R58: "Despite his illness, Ross never missed a day of duty" (the malaria told before).
    assert not usable_sentence("Despite his illness, Roe never missed a day of duty in 1864.")
    assert usable_sentence("Despite heavy rain, Roe never missed a day of duty in 1864.")


def test_a_title_of_the_other_sex_names_someone_else() -> None:
    # R58: "In 1893, Mrs. Davis decided to have his remains reinterred at Hollywood Cemetery"
    # in Jefferson Davis's article: his widow; "his remains" leans on the paragraph.
    text = (
        f"{Q}Ben Roe{Q} (1808 – 1889) was an American politician. He was born in [[Exaville]]."
        " His father was a farmer.\n\n== Later years ==\nRoe died in 1889 in [[New Orleans]]."
        " He was buried there.\n"
    )
    facts = extract_facts(parse_article("Ben Roe", text))
    assert facts.subject.pronoun == "he"
    assert not about_subject("In 1893, Mrs. Roe decided to move his remains to Exaville.", facts)
    assert about_subject("In 1893, Roe decided to move his office to Exaville.", facts)
    assert about_subject("In 1893, Mr. Roe decided to move his office to Exaville.", facts)


def test_the_school_renamed_is_not_yet_the_subject() -> None:
    # R58: "... and the school was renamed Chaplin" became "Chaplin High School was renamed
    # Chaplin": the school had another name then.
    school = Subject("Exa High School", "Exa High School", kinds=frozenset({"school"}))
    assert prepare("In 1923, the school was renamed Exa.", [], school) is None
    opened = prepare("In 1923, the school opened a hostel.", [], school)
    assert opened is not None and opened.text.startswith("In 1923, Exa High School opened")


def test_a_buildings_site_is_its_ground() -> None:
    # R58: "a ... building is located in the north-west corner of the site" became "of the
    # Alexandra Building" ("historic site" in its infobox); an archaeological site stays one.
    def kinds(lead: str) -> frozenset[str]:
        text = f"{{{{Infobox historic site\n| name = Exa\n}}}}\n{lead}\n\n== History ==\nx\n"
        return find_subject(parse_article("Exa Building", text)).kinds

    assert "site" not in kinds(f"The {Q}Exa Building{Q} is a heritage-listed building.")
    assert "building" in kinds(f"The {Q}Exa Building{Q} is a heritage-listed building.")
    mound = f"{{{{Infobox historic site\n| name = Exa\n}}}}\n{Q}Exa Mound{Q} is an ancient site.\n"
    assert "site" in find_subject(parse_article("Exa Mound", mound)).kinds


def test_a_lead_gap_names_the_subject() -> None:
    # R58: "The Ring Line opened in _____ (year)." in the Sognsvann Line's lead: of what
    # network, and which section? Lead gaps that did not name the subject passed 16 of 47
    # reviews (R30-R57), those that did 165 of 207.
    lead = f"The {Q}Exa Line{Q} is a rapid transit line of the [[Roe Metro]] in [[Exaville]].\n"
    facts = extract_facts(parse_article("Exa Line", lead))

    def reason(text: str, section: str = "") -> str:
        span = Span(text.index("2003"), text.index("2003") + 4, "2003", "year")
        return reject_answer(Sentence(text, section, [span]), span, facts, EntityTypes())

    assert reason("The Ring Line opened in 2003.") == "not about the subject"
    assert reason("The Exa Line opened in 2003.") == ""
    assert reason("The Ring Line opened in 2003.", "History") != "not about the subject"


def test_despite_his_with_its_own_matter_stands_alone() -> None:
    assert not usable_sentence("Despite his declining health, Roe tried to sail in 1874.")
    assert usable_sentence("Despite his support for conscription, Roe was not endorsed in 1917.")
    assert usable_sentence("Lateral thinking made Roe famous in 1917.")  # ("Later" a word)
    assert not usable_sentence("Also 1911 saw Roe playing rugby for the first time.")  # (audit)


def test_a_names_exclamation_mark_ends_no_sentence() -> None:
    # R58 (Hard Justice, no questions): "... took place on May 15, 2005 at the TNA Impact!
    # Zone in Orlando, Florida" was read as two sentences left joined.
    assert usable_sentence(
        "Exa Night was held on May 15, 2005 at the Roe Impact! Zone in Exaville."
    )
    assert not usable_sentence("Exa Night was held in 2005 at the zone of fun! Then it moved on.")
