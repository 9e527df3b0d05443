"""Review R100's groundwork: false statements and questions past the lead, by who the
sentence is about."""

from __future__ import annotations

import pytest
from test_generator_r51 import item
from test_generator_r65 import sentence_texts
from test_generator_r73 import Q, options, sentence_items

from quiz.generator.careers import studied_elsewhere
from quiz.generator.otherwise import born_otherwise
from quiz.generator.people import bare_names
from quiz.generator.references import _someone_else_before as someone_else_before
from quiz.generator.select import Bank, select
from quiz.generator.subject import Subject
from quiz.generator.substance import subject_led
from quiz.generator.tidy import tidy_sentence
from quiz.generator.wording import garbled_question, leans_back

NAMES = ("Offer", "Daniel Offer")


@pytest.mark.parametrize(
    "text",
    [
        "Offer graduated from the University of Chicago in 1957.",
        "In 1963 Offer realized that little was known about adolescents.",
        "On June 5, 1996, Offer was elected president of the society.",
        "Frustrated, Offer applied to join the Royal Flying Corps.",
        "Offer, then a student, joined the Palmach in 1948.",
        "Daniel Offer died in Chicago in 2014.",
    ],
)
def test_a_sentence_the_subject_leads(text: str) -> None:
    assert subject_led(text, NAMES, person=True)


@pytest.mark.parametrize(
    "text",
    [
        "The Atomic Energy Commission accepted Offer's proposal in 1952.",
        "In 1892, lacrosse became a permanent part of the college's program.",
        "Offer's study began in 1962.",  # what it is about is the study
        "The Offer Society was established in 1872.",
        "In 1959 the Motown impresario Berry Gordy visited Offer at his laboratory.",
    ],
)
def test_a_sentence_another_subject_leads(text: str) -> None:
    assert not subject_led(text, NAMES, person=True)


def test_a_given_name_before_the_surname_is_the_subject_only_for_a_person() -> None:
    assert subject_led("Arthur Rudolph died in Hamburg in 1996.", ("Rudolph",), person=True)
    assert not subject_led("Arthur Bank was founded in 1996.", ("Bank",))


BIOGRAPHY = (
    f"{Q}Jan Exa{Q} (1929-2014) was an American [[psychiatrist]] who graduated from the "
    "[[Pritzker School of Medicine]] and studied adolescents at the [[University of Chicago]]."
    "\n\n== Career ==\nExa joined the staff of the [[Pritzker School of Medicine]] in 1957. He "
    "founded a journal of adolescent psychiatry in 1972. The Exa Alumni Association of the "
    "[[University of Chicago]] was established in 1872 for psychiatrists who studied "
    "adolescents.\n"
)


def test_a_false_statement_past_the_lead_changes_only_what_the_subject_did() -> None:
    # R94-R99: false statements past the lead passed 26 of 41 where the article's subject
    # led the sentence, 20 of 42 where another did ("The Baltimore City College Alumni
    # Association was established in 1872": a trick on a minor date). Since stop 51 a
    # biography moves no year past the lead at all (R294-R297: 2 of 7), so the gate is
    # asked directly, and what it would change is asked as a short answer instead.
    for text, led in (("Exa joined", True), ("The Exa Alumni", False)):
        told, items = sentence_items("Jan Exa", BIOGRAPHY, text)
        assert items.falsifiable(told) is led, text
        assert "tf_false" not in options("Jan Exa", BIOGRAPHY, text)
    assert "short_answer" in options("Jan Exa", BIOGRAPHY, "Exa joined")


def test_what_the_subject_did_past_the_lead_is_asked_as_a_question() -> None:
    # short answers passed 48 of 56 in R94-R99, false statements past the lead 46 of 83: a
    # sentence the subject leads may be asked ("In what year did Exa join ...?"; since stop 48
    # not a graduation's year: R280-R281 failed 3 of 3 as minor)
    told, items = sentence_items("Jan Exa", BIOGRAPHY, "Exa joined")
    facts = items.items(told)
    asked = [f.options["short_answer"].prompt for f in facts if "short_answer" in f.options]
    assert asked and all("Exa" in prompt for prompt in asked), asked
    told, items = sentence_items("Jan Exa", BIOGRAPHY, "The Exa Alumni")
    assert not any("short_answer" in f.options for f in items.items(told))


@pytest.mark.parametrize(
    "text",
    [
        "Gates took office on December 18, 2006.",  # which office?
        "Byrd resigned as university president in 1954.",  # of which university?
        "Lee was appointed Economics Editor in 2003.",  # of what?
        "Remek graduated in 1966.",  # from what? (he graduated three times)
        "Henry Charles Bevan-Petman, a British painter born in Gloucestershire on 28 October "
        "1894 to Bertram Bevan-Petman.",  # no verb: a name and what it is
        "Edwards helped United to win two league championships in 1956.",  # which United? (R106)
    ],
)
def test_a_post_or_degree_without_its_institution_leans_back(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gates took office as Secretary of Defense in 2006.",
        "Lee was appointed Economics Editor of RTÉ in 2003.",
        "Remek graduated from the Czech Technical University in 1966.",
        "Biden graduated with a Bachelor of Arts from the University of Delaware in 1970.",
        "Smith was elected Yale University president in 1950.",
        "Bevan-Petman, a British painter, moved to Lahore in 1930.",
        "In 1953 Edwards signed for Manchester United.",
        "Smith moved to the United States in 1950.",
    ],
)
def test_a_post_or_degree_with_its_institution_stands_alone(text: str) -> None:
    assert not leans_back(text)


def test_the_titles_plural_is_no_answer() -> None:
    # R101: "Who are frequently the only medical care-giver ...?" -> "Hospital Corpsmen", the
    # bank being "Hospital corpsman"
    text = (
        f"A {Q}hospital corpsman{Q} is an enlisted medical specialist of the [[United States "
        "Navy]]. [[Hospital Corpsmen]] are frequently the only medical care-giver available in "
        "many [[United States Marine Corps|Marine]] units on extended deployment.\n"
    )
    told, items = sentence_items("Hospital corpsman", text, "Hospital Corpsmen")
    assert [items.reason(told, s) for s in told.spans if s.text == "Hospital Corpsmen"] == [
        "in the title"
    ]


def test_a_title_cut_at_its_dots_gives_no_sentence() -> None:
    # R100: "The Journey Continues, Love a Woman peaked at number 89" (the splitter had cut
    # "My Life II... The Journey Continues" at its dots)
    text = (
        f'"{Q}Love a Woman{Q}" is a song by [[Mary J. Blige]] from her album My Life II... The '
        "Journey Continues, Love a Woman peaked at number 89 on the Hot R&B Songs chart in "
        "2011. It was written by Blige in 2010.\n"
    )
    texts = sentence_texts("Love a Woman", text)
    assert texts and not any("Journey Continues" in t or t.endswith("...") for t in texts), texts


def test_the_commercial_is_the_advertisement_the_article_is_about() -> None:
    # "The commercial was handled by ..." was dropped as pointing back: "advertisement" (read
    # before "launched by") was no kind of subject, nor "commercial" one of its names
    text = (
        f"{Q}Surfer{Q} is a British television advertisement launched by [[Diageo]] in 1999 to "
        "promote [[Guinness]] stout. The commercial was directed by Jonathan Glazer.\n"
    )
    texts = sentence_texts("Surfer", text)
    assert "Surfer was directed by Jonathan Glazer." in texts, texts


def test_the_eye_is_no_reference_back() -> None:
    # "Glasses ... are frames bearing lenses worn in front of the eyes": the body's parts need
    # no "which" (Glasses and the lateral geniculate nucleus gave no question)
    text = (
        f"{Q}Glasses{Q} are frames bearing [[lens]]es worn in front of the eyes, normally for "
        "vision correction. They were invented in Italy in 1286.\n"
    )
    assert (
        "Glasses are frames bearing lenses worn in front of the eyes, normally for vision "
        "correction." in sentence_texts("Glasses", text)
    )


def test_a_name_styled_in_lower_case_is_not_capitalised() -> None:
    assert Subject("iPod", "iPod").mention(start=True) == "iPod"
    assert Subject("2009 Final", "the 2009 Final").mention(start=True) == "The 2009 Final"


def test_a_true_statement_without_a_figure_waits_for_a_false_one_without() -> None:
    # R100: all 27 false statements changed a year and all 18 statements without one were
    # True, so "True unless it has a year" scored 66%
    bank = Bank()
    dated_false = item("f1", 1, "Exa won in 1901.", "tf_false", "Exa won in 1911.", "False")
    dated_true = item("t1", 2, "Exa lost in 1905.", "tf_true", "Exa lost in 1905.", "True")
    plain = item("t2", 3, "Exa is a writer.", "tf_true", "Exa is a writer.", "True")
    plain_too = item("t3", 4, "Exa is a poet.", "tf_true", "Exa is a poet.", "True")
    bank.add(dated_false, "tf_false")
    assert bank.plain_true_fits(plain)  # the bank's first true statement
    bank.add(plain, "tf_true")
    assert bank.plain_true_fits(dated_true)
    assert not bank.plain_true_fits(plain_too)  # a second without a figure: no false beside it


def test_the_date_of_another_event_or_a_lists_size_is_not_asked() -> None:
    # R103: "After apartheid was finally dismantled in _____, Ames testified ..." (general
    # knowledge, and not Ames's date) and "27th on a list of the _____ books" (the list's size)
    text = (
        f"{Q}Jan Exa{Q} (1920-2002) was a South African [[neurologist]] and human rights "
        "activist. After apartheid was finally dismantled in 1994, Exa testified at the "
        "[[Truth and Reconciliation Commission]]. A magazine ranked Exa 27th on a list of the "
        "50 people who had most shaped South Africa in 1999.\n"
    )
    for start, value in (("After apartheid", "1994"), ("A magazine", "50")):
        told, items = sentence_items("Jan Exa", text, start)
        (span,) = [s for s in told.spans if s.text == value]
        assert items.reason(told, span), (start, value)


def test_a_given_name_after_his_wife_is_not_another_persons() -> None:
    # R104: "In 1975, Ventura married his wife Terry" had become "... his wife Terry Nichols"
    # (the Oklahoma City bomber the article names in another section)
    people = {"Terry": {"Terry Nichols"}, "Nichols": {"Terry Nichols"}}
    text = "In 1975, Exa married his wife Terry."
    assert bare_names(text, [], people, {}, "Jan Exa") == (text, [])
    told = "In 1996, Exa visited Terry in prison."
    assert bare_names(told, [], people, {}, "Jan Exa") == (
        "In 1996, Exa visited Terry Nichols in prison.",
        [],
    )


def test_a_birth_or_death_the_text_gives_otherwise_is_not_asked() -> None:
    # R102: "Yanni was born on _____" (2 May 1942) where the lead says "born May 5, 1942", and
    # "Where was Cantú born?" (Cadereyta Jiménez) where the text says he was born in Monterrey
    # and later changed his stated birthplace
    lead = "Yanni Mardas (born May 5, 1942, Athens) was a Greek engineer."
    assert born_otherwise("birth_date", "2 May 1942", lead)
    assert not born_otherwise("birth_date", "5 May 1942", lead)
    text = "He was born on March 3, 1907 in Monterrey, but later gave Cadereyta as his birthplace."
    assert born_otherwise("birth_place", "Cadereyta Jiménez", text, "Cantú", "he")
    assert not born_otherwise("birth_place", "Monterrey, Nuevo León", text, "Cantú", "he")
    # not a relative's death, a month, nor a county's town
    told = "His mother died in Edmore in 1927. Cantú died in November 1989 in Harrodsburg."
    assert not born_otherwise("death_place", "Mexico City", told.split(". ")[0], "Cantú", "he")
    assert not born_otherwise("death_place", "Mercer County, Kentucky", told, "Cantú", "he")
    # an alma mater the text names with its state dropped is the same
    assert not studied_elsewhere(
        "alma_mater", "Miami University (Ohio)", "He attended Miami University."
    )


def test_a_bank_of_other_items_takes_no_lone_true_statement() -> None:
    # R100-R107: a bank's one statement was its lead's, always True (38 of 240 banks beside
    # other items); a learner who answers True gets it without reading. Since R273 a bank with
    # nothing else does not take it either (R272-R273 passed 42 of 60 such statements); one
    # whose false statements wait for a true one does.
    asked = item("s1", 1, "Exa was born in Basel.", "short_answer", "Where was Exa born?", "Basel")
    lead = item("t1", 0, "Exa is a writer.", "tf_true", "Exa is a writer.", "True", section="")
    assert [q.kind for q in select([asked, lead])] == ["short_answer"]
    assert select([lead]) == []
    false = item("f1", 2, "Exa joined in 1901.", "tf_false", "Exa joined in 1911.", "False")
    assert sorted(q.answer for q in select([lead, false])) == ["False", "True"]


def test_a_he_after_another_person_and_his_namesake_king_is_not_the_subject() -> None:
    # "... Edmund FitzAlan, who had remained loyal to Edward II in his struggle ... He had been
    # executed on 17 November 1326" had become "Edward had been ... executed" in the article on
    # Edward III: "Edward II" is his father, and that "his" is FitzAlan's
    king = Subject("Edward III", "Edward", person=True, pronoun="he")
    before = (
        "Many estates belonged to Edmund FitzAlan, who had remained loyal to Edward II in his "
        "struggle with Mortimer."
    )
    assert someone_else_before(before, king)
    assert not someone_else_before("Edward III was crowned in 1327 at Westminster.", king)
    assert not someone_else_before("In 1330 he seized power from Roger Mortimer.", king)


def test_a_did_question_that_kept_a_past_tense_is_garbled() -> None:
    # R107: "Which force did Haywood elected to transfer to the newly create on 10 December
    # 1947?" (the wrong verb had been put back to its base form)
    assert garbled_question("Which force did Haywood elected to transfer in 1947?")
    assert not garbled_question("What did Smith need in 1950?")
    assert not garbled_question("In what year did Barkley marry Maureen Blumhardt?")


def test_a_fact_under_a_home_media_heading_is_not_worth_asking() -> None:
    # R107: "Fruitvale Station was available in Digital HD via which bay on December 31, 2013?"
    text = (
        f"{Q}Exa Station{Q} is a 2013 American drama film written and directed by Ryan "
        "Coogler.\n\n== Release ==\n=== Home media ===\nIn 2013, Exa Station was available "
        "in Digital HD via [[Anchor Bay Entertainment|Anchor Bay]] in the United States.\n"
    )
    told, items = sentence_items("Exa Station", text, "In 2013, Exa Station")
    assert not any(f.salience > 0 for f in items.items(told)), items.items(told)


def test_a_possessive_split_from_its_name_is_joined() -> None:
    # "... campaigned with Independence Party of Minnesota 's gubernatorial candidate" (the
    # link's trail kept its space in Jesse Ventura's article)
    said = "Ventura campaigned with the Independence Party of Minnesota 's candidate in 2006."
    assert tidy_sentence(said) == said.replace(" 's", "'s")
    assert tidy_sentence("He said 's truth' once in 2006.") == "He said 's truth' once in 2006."
