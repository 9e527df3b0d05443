"""Review R168-R169's failures, made general: "other" things the sentence before named, a
sentence that gives only another name, a year the section's heading contradicts, a year of a
lasting membership, a non-person's "birthplace", a covered song's release; and the article's
first sentence, which has nothing before it to point back to."""

from __future__ import annotations

from test_generator_r73 import Q
from test_generator_r122 import prompt_answers

from quiz.generator.answers import reject_answer
from quiz.generator.copied import others, points_back
from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.insitu import insitu_question
from quiz.generator.lifetime import birth_worked_out, lead_life, lead_life_dates
from quiz.generator.references import Context
from quiz.generator.salience import dated
from quiz.generator.spans import Span
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject
from quiz.generator.wikitext import parse_article


def test_other_things_lean_on_the_sentence_before() -> None:
    assert others("The Empire of Exland invaded other parts of Wyland in 1937.")
    assert others("Exa verse can be found in many other languages as well.")
    assert others("As well as other figures from legend, Mount Exa is linked to a lake monster.")
    assert not others("Exland and other countries signed the treaty in 1990.")  # named here
    assert not others("Exa toured Wyland, Zedland, and other countries in 1990.")
    assert not others("Among other things, Exa wrote poems.")
    assert not others("Unlike most other lemurs, the exa lives on the ground.")
    assert not others("The two players respected each other.")
    assert not others("Exa is vital to primates, and a small number of other species.")
    assert not others("Exa has more members than other clubs in the league.")


def test_a_sentence_giving_only_another_name_is_not_worth_asking() -> None:
    assert points_back("The Exa West is also called the Exa Region.")
    assert points_back('Exton is nicknamed "The City of Bridges".')
    assert not points_back("Exton is known as the home of the exa cake.")  # (a fact)
    assert not points_back("The Exa West lies between the Exa Mountains and the coast.")


def test_a_year_the_heading_contradicts_is_not_asked() -> None:
    heading = "History > Expansion and first programs: 1913–1940"
    assert not dated(Sentence("On September 1, 1945, Exa opened an office in Exton.", heading))
    assert dated(Sentence("In 1920, Exa opened an office in Exton.", heading))
    assert dated(Sentence("In 1945, Exa opened an office in Exton.", "History > Later years"))


def test_the_year_of_a_lasting_membership_is_no_gap() -> None:
    text = (
        f"{Q}Ann Exa{Q} (1838 - 1912) was an English social reformer. "
        "Exa was a member of the Royal Commission on the Exland Laws in 1905. "
        "Exa founded the Exland Trust in 1895.\n"
    )
    facts = extract_facts(parse_article("Ann Exa", text))
    reasons = {}
    for sentence in facts.sentences:
        for span in sentence.spans:
            if span.type == "year":
                reasons[span.text] = reject_answer(sentence, span, facts, entity_types(facts))
    assert reasons["1905"] == "a year of a lasting state"  # (a member in 1906 and 1907 too)
    assert reasons["1895"] == ""  # (founded: one year)


def test_only_a_person_s_infobox_asks_where_it_was_born() -> None:
    asked = infobox_question("birth_place", "Birthplace", "Ann Exa", office="")
    assert asked is not None and "born" in asked
    assert infobox_question("birthplace", "Birthplace", "Exa Kappa", kind="fraternity") is None


def test_a_covered_song_s_release_year_is_not_asked() -> None:
    box = (
        "{{Infobox single\n| name = Exa High\n| artist = [[Ann Exa]]\n"
        "| released = September 1966\n}}\n"
    )
    lead = f'"{Q}Exa High{Q}" is a 1966 single by Ann Exa, produced by Tom Ploy.\n'
    covered = "The song was covered by the Wyland Band in 1969 and by Zed Ploy in 1970.\n"
    asked = prompt_answers("Exa High", box + lead)
    assert any("released" in prompt for prompt in asked)
    asked = prompt_answers("Exa High", box + lead + "\n==Covers==\n" + covered)
    assert not any("released" in prompt for prompt in asked)


def test_the_first_sentence_has_nothing_before_it_to_point_to() -> None:
    practice = Subject("Exa sadhana", "Exa sadhana")
    text = "Exa sadhana is a Tantric practice in which the practitioner sits on a corpse."
    assert prepare(text, [], practice, Context()) is None  # (mid-article: which one?)
    made = prepare(text, [], practice, Context(opening=True))
    assert made is not None and made.text == text


def test_a_side_clause_s_fact_is_not_asked_in_place() -> None:
    text = "Exa Day was directed by Tom Ploy, who co-wrote the script with Ned Vark."
    at = text.index("Ned Vark")
    span = Span(at, at + 8, "Ned Vark", "entity")
    assert insitu_question(Sentence(text, ""), span, "producer", "person") is None  # (Ploy's)
    text = "Exa Day was directed by Tom Ploy with Ned Vark."
    span = Span(text.index("Ned Vark"), len(text) - 1, "Ned Vark", "entity")
    asked = insitu_question(Sentence(text, ""), span, "producer", "person")
    assert asked == "Exa Day was directed by Tom Ploy with which producer?"


def test_a_work_named_with_an_accented_capital_is_named() -> None:
    novelist = Subject("Ann Exa", "Exa", person=True, pronoun="he")
    text = "Ann Exa was a French novelist; he is most famous for the novel À rebours."
    made = prepare(text, [], novelist, Context())
    assert made is not None and made.text == text  # ("the novel" says which: À rebours)


def test_life_dates_from_the_lead_s_opening_parenthesis() -> None:
    def dates(text: str) -> list[tuple[str, str, str]]:
        return lead_life_dates(text, True)

    assert dates("Ann Exa (February 5, 1848 – May 12, 1907) was a novelist.") == [
        ("birth_date", "Born", "February 5, 1848"),
        ("death_date", "Died", "May 12, 1907"),
    ]
    assert dates("Ann Exa (1868–1948) was a journalist.") == [
        ("birth_date", "Born", "1868"),
        ("death_date", "Died", "1948"),
    ]
    assert dates("Ann Exa (born 3 July 1954) is a politician.") == [
        ("birth_date", "Born", "3 July 1954")
    ]
    assert dates("Ann Exa (born 18 September 1913 in Exton; died 8 June 1973 in Wyton) was") == [
        ("birth_date", "Born", "18 September 1913"),
        ("death_date", "Died", "8 June 1973"),
    ]
    assert dates("Ann Exa (ca. 495–429 BC) was a statesman.") == []  # (a guess, an era)
    assert dates("Ann Exa (died 902 or 903) was a prince.") == []
    assert dates("Ann Exa (1999–1920) was a prince.") == []  # (no life runs backwards)
    assert lead_life_dates("Exa Hall (1868–1948) was a hotel.", False) == []  # (no person)


def test_a_biography_without_an_infobox_asks_its_life_dates() -> None:
    text = (
        f"{Q}Ann Exa{Q} (25 May 1897 – 5 September 1972) was a cricketer for Exland.\n\n"
        "==Career==\nExa played for the Exland Blues from 1918 to 1935.\n"
    )
    asked = build_bank("Ann Exa", text).questions
    told = {q.answer for q in asked} | {q.context for q in asked}
    assert told & {"5 September 1972", "1972", "25 May 1897", "1897", "Born: 25 May 1897"}


def test_a_life_date_before_the_year_1000_is_read_not_a_crash() -> None:
    assert lead_life_dates("Ann Exa (died 763) was a king of Exland.", True) == [
        ("death_date", "Died", "763")
    ]
    text = f"{Q}Ann Exa{Q} (died 763) was a king of Exland. Exa ruled from 743.\n"
    build_bank("Ann Exa", text)  # (an IndexError had skipped such a page, "Basiliscus")
    assert lead_life("Ann Exa (c. 1398 – 1417) was a prince.", True) == (1398, 1417)
    assert lead_life_dates("Ann Exa (c. 1398 – 1417) was a prince.", True) == []  # (a guess)


def test_an_age_in_words_tells_the_birth_year() -> None:
    entered = "In 1716, at just under the age of thirteen, Exa entered Exton College."
    assert birth_worked_out(entered, 1703)  # (no false birth year beside it: R178)
    assert not birth_worked_out(entered, 1691)
    assert birth_worked_out("Exa joined the army in 1960, at age 17.", 1943)
