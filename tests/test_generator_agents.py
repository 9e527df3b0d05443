"""Stop 66: a passive's agent asked in the active voice ("Who wrote Zorn Vale?"), a school
where the subject studied asked past the lead, a name's own side clause cut from an in-place
question."""

from __future__ import annotations

from test_generator_r33 import _span
from test_generator_r73 import Q, prompts

from quiz.generator.agents import active_verb, agent_question, personal
from quiz.generator.facts import Facts, InfoboxFact, Sentence
from quiz.generator.insitu import insitu_question
from quiz.generator.questions import by_question, did_question, when_question
from quiz.generator.salience import guessed
from quiz.generator.subject import Subject
from quiz.generator.substance import tells_schooling

NOVEL = Subject("Zorn Vale", "Zorn Vale")


def ask(
    text: str, answer: str, fine: str = "", coarse: str = "", subject: Subject = NOVEL
) -> str | None:
    span = _span(text, answer, "entity")
    facts = Facts(subject.title, subject=subject)
    return agent_question(Sentence(text, "", []), span, fine, coarse, facts)


def test_the_agent_of_a_work_is_asked_with_its_verb_in_the_past() -> None:
    text = "Zorn Vale is a children's novel written by L. Frank Baum and illustrated by Ann Vole."
    assert ask(text, "L. Frank Baum") == "Who wrote Zorn Vale?"
    # the second agent is not: one item a sentence, and the first is what it is about
    assert ask(text, "Ann Vole") is None
    hoax = "Zorn Vale was a hoax orchestrated by magician and skeptic James Randi."
    assert ask(hoax, "James Randi") == "Who orchestrated Zorn Vale?"  # (the role goes too)


def test_a_passive_keeps_its_adverb_complement_and_year() -> None:
    fever = Subject("Vorn fever", "vorn fever")
    text = "Vorn fever was first recognized as a distinct condition by Jakob Heine in 1840."
    asked = ask(text, "Jakob Heine", subject=fever)
    assert asked == "Who first recognized vorn fever as a distinct condition in 1840?"
    taxon = "Russula virescens was described as new to science in 1774 by Jacob Schaeffer."
    assert ask(taxon, "Jacob Schaeffer") == (
        "Who described Russula virescens as new to science in 1774?"
    )


def test_a_firm_is_asked_by_its_kind_and_other_names_not_at_all() -> None:
    train = "The Pioneer Zephyr is a trainset built by the Budd Company in 1934."
    assert ask(train, "Budd Company", fine="company") == (
        "Which company built the Pioneer Zephyr in 1934?"
    )
    assert ask(train, "Budd Company") is None  # (no kind the wikitext states, no person)
    moat = "Tabley Hall is located on an island surrounded by a moat."
    assert ask(moat, "moat") is None  # (not a deed: "Who surrounded ...?")
    assert active_verb("surrounded") is None
    assert active_verb("written", present=True) == "wrote" and active_verb("built") == "built"
    assert active_verb("owned", present=True) == "owns" and active_verb("owned") == "owned"
    assert personal("S.J. Suryah") and personal("Daniel P. Mannix")
    assert not personal("Hasbro") and not personal("Harry Neal Ltd")


def test_an_agent_the_infobox_gives_is_left_to_the_infobox() -> None:
    text = "Zorn Vale is a 1998 children's novel written by Ann Vole."
    span = _span(text, "Ann Vole", "entity")
    author = InfoboxFact("author", "Author", "Ann Vole", "text")
    facts = Facts("Zorn Vale", subject=NOVEL, infobox=[author])
    assert agent_question(Sentence(text, "", []), span, "", "person", facts) is None
    assert ask(text, "Ann Vole") == "Who wrote Zorn Vale?"  # (no infobox)


def test_a_work_or_a_band_keeps_its_own_article() -> None:
    film = Subject("The Boondock Saints", "The Boondock Saints")
    text = "The Boondock Saints is a 1999 crime film directed by Troy Duffy."
    assert ask(text, "Troy Duffy", subject=film) == "Who directed The Boondock Saints?"


def test_the_agent_is_asked_in_a_bank_where_the_text_returns_to_it() -> None:
    text = (
        f"{Q}Zorn Vale{Q} is a 1998 children's novel written by [[Ann Vole]] and illustrated "
        "by [[Ben Okoro]].\n\n== Background ==\nAnn Vole wrote the novel in 1997 in [[Leeds]].\n"
    )
    assert "Who wrote Zorn Vale?" in prompts("Zorn Vale", text)
    assert not [p for p in prompts("Zorn Vale", text) if "illustrated" in p]


def test_where_the_subject_studied_is_asked_past_the_lead() -> None:
    text = (
        f"{Q}Ben Roe{Q} (born 1950) is a British politician.\n\n== Early life ==\nIn 1968, Roe "
        "obtained a degree in economics at the [[University of Hull]]. Roe was elected to "
        "[[Parliament]] in 1970. He later taught at the University of Hull.\n"
    )
    asked = "In 1968, Roe obtained a degree in economics at which university?"
    assert asked in prompts("Ben Roe", text)
    told = "Roe obtained a degree in economics at the University of Hull."
    hull = _span(told, "University of Hull", "entity")
    assert tells_schooling(told, hull, {"University of Hull": "university"})
    assert not tells_schooling(told, hull, {"University of Hull": "city"})
    visited = "Roe spoke at the University of Hull."
    spoke = _span(visited, "University of Hull", "entity")
    assert not tells_schooling(visited, spoke, {"University of Hull": "university"})


def test_a_names_own_side_clause_is_cut_from_an_in_place_question() -> None:
    text = "Hall attended Vista High School where he played wide receiver."
    span = _span(text, "Vista High School", "entity")
    assert insitu_question(Sentence(text, "", []), span, "school", "org") == (
        "Hall attended which school?"
    )
    other = "Hall attended Vista High School and later joined the Navy."
    assert insitu_question(Sentence(other, "", []), span, "school", "org") is None


def year_asked(text: str, year: str) -> str | None:
    span = _span(text, year, "year")
    return when_question(Sentence(text, "", []), span) or did_question(Sentence(text, "", []), span)


def test_a_years_question_leaves_out_what_follows_its_clause() -> None:
    formed = "Mercury formed Queen in 1970 with guitarist Brian May and drummer Roger Taylor."
    assert year_asked(formed, "1970") == "In what year did Mercury form Queen?"
    club = "Stickley established the Craftsman Club in 1903 to spread his ideas about homes."
    assert year_asked(club, "1903") == "In what year did Stickley establish the Craftsman Club?"
    joined = "Green joined the Young League in 1924 and rose through its ranks, becoming its head."
    assert year_asked(joined, "1924") == "In what year did Green join the Young League?"
    opened = "The bridge was completed in 1932 and opened to traffic in 1933."
    assert year_asked(opened, "1932") == "In what year was the bridge completed?"
    retired = "In 1937, Wasicek retired from playing football and became a teacher."
    assert year_asked(retired, "1937") == "In what year did Wasicek retire from playing football?"
    assert year_asked("Smith won the title in 1850 and 1851.", "1850") is None  # (two years)


def test_an_in_place_question_keeps_a_role_after_the_name() -> None:
    text = "Islamabad was built during the 1960s to replace Karachi as Pakistan's capital."
    span = _span(text, "Karachi", "entity")
    assert insitu_question(Sentence(text, "", []), span, "city", "place") == (
        "Islamabad was built during the 1960s to replace which city as Pakistan's capital?"
    )


def test_who_did_a_key_deed_to_the_subject_is_asked_past_the_lead() -> None:
    text = (
        f"{Q}Wyton{Q} is a town in [[Exland]]. Wyton was founded in 1801.\n\n== History ==\n"
        "[[Ben Okoro]] founded Wyton in 1801. Ben Okoro was its first mayor.\n"
    )
    assert "Who founded Wyton in 1801?" in prompts("Wyton", text)
    visited = text.replace("founded Wyton in 1801", "visited Wyton in 1801")
    assert not [p for p in prompts("Wyton", visited) if p.startswith("Who")]  # (no key deed)


def test_a_by_question_with_a_second_deed_after_its_day_is_not_asked() -> None:
    name = "Silvio Berlusconi"
    text = (
        "The party was launched by Silvio Berlusconi on 18 November 2007 and officially "
        "founded in a party congress on 27 March 2009."
    )  # (was "Who launched the party on 18 November 2007 and officially founded in ...?")
    span = _span(text, name, "entity")
    assert by_question(Sentence(text, "", []), span, "person") is None
    one = "The party was launched by Silvio Berlusconi on 18 November 2007."
    assert by_question(Sentence(one, "", []), span, "person") == (
        "Who launched the party on 18 November 2007?"
    )


def test_a_towns_old_name_in_a_book_is_not_asked() -> None:
    facts = Facts("Keynsham")
    asked = "Keynsham was listed in which book as Cainesham?"  # (R431: the Domesday Book)
    assert guessed(asked, "Domesday Book", facts)
    assert not guessed("Which book did Ann Vole write in 1990?", "Zorn Vale", facts)
