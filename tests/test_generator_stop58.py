"""Stop 58: a party is asked as the one the subject belonged to, and not where the text gives
another ("as a Whig"); a place written in codes ("Regina, SK, CA") is no answer; a work the
text names another work after ("a documentary film of the same name") is asked by its kind."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.facts import extract_facts
from quiz.generator.infobox import infobox_question
from quiz.generator.kindwording import kind_value
from quiz.generator.otherwise import party_otherwise, told_elsewhere
from quiz.generator.subject import Subject
from quiz.generator.wikitext import parse_article
from quiz.generator.works import named_in
from quiz.text import normalize


def spaced(text: str) -> str:
    return f" {normalize(text)} "


def test_a_party_is_asked_as_the_one_the_subject_belonged_to() -> None:
    asked = infobox_question("party", "Party", "Ann Vole", office="Governor of Kentucky")
    assert asked == "Which political party did Ann Vole belong to?"


def test_a_party_the_text_gives_otherwise_is_not_asked() -> None:
    vole = Subject("Ann Vole", "Vole", person=True, pronoun="she")

    def other(value: str, prose: str) -> bool:
        return party_otherwise(value, prose, vole)

    assert other("Democrat", "Vole was elected to the state senate in 1851 as a Whig.")
    assert other("Liberal", "In 1910 he won Sunderland as an Independent Tariff Reform candidate.")
    assert not other("Democratic", "Vole was elected to the state senate in 1851 as a Democrat.")
    assert not other("Republican", "He was known as an independent Republican.")
    assert not other("Liberal Party of Canada", "Manley is known as a republican.")  # (no party)
    assert not other("Republican", "Vole defeated Ed Wall, a member of the Democratic Party.")
    assert not other("Democratic Party", "Vole won.")
    assert other("Democratic Party", "She was a member of the Whig Party.")  # ("Party" alone)


def test_a_party_is_not_asked_where_the_subject_changed_parties() -> None:
    moved = spaced("Vole was among those who defected. He won the seat in 2011.")
    assert kind_value("party", "Labour", "Ann Vole", [], moved) == ""
    assert kind_value("party", "Labour", "Ann Vole", [], spaced("Vole won.")) == "Labour"


def test_a_place_written_in_codes_is_no_answer() -> None:
    facts = extract_facts(parse_article("Ann Vole", f"{Q}Ann Vole{Q} was a curler.\n"))
    subject = facts.subject
    assert told_elsewhere("death_place", "Regina, SK, CA", facts.prose, subject)
    assert told_elsewhere("birth_place", "Biggar, SK", facts.prose, subject)
    assert not told_elsewhere("death_place", "Regina, Saskatchewan", facts.prose, subject)
    assert not told_elsewhere("death_place", "Seattle, Washington, US", facts.prose, subject)


ALBUM = (
    "{{Infobox album\n| Name = Dry Lake Club\n| Artist = [[Dry Lake Club (band)|Dry Lake Club]]"
    "\n| Released = 1997\n}}\n"
    f"{Q}''Dry Lake Club''{Q} is an album by the band Dry Lake Club. It was recorded in "
    "[[Havana]].\n\n== Legacy ==\nThe sessions were filmed for a documentary film of the "
    "same name, released in 1999.\n"
)


def test_a_work_named_like_another_is_asked_by_its_kind() -> None:
    facts = extract_facts(parse_article("Dry Lake Club", ALBUM))
    asked = named_in("When was Dry Lake Club released?", "Dry Lake Club", "", facts)
    assert asked == "When was the album Dry Lake Club released?"
    dated = "the 1997 album Dry Lake Club"
    assert named_in("Who produced Dry Lake Club?", "Dry Lake Club", dated, facts).endswith(
        f"{dated}?"
    )
    band = ALBUM.replace("[[Dry Lake Club (band)|Dry Lake Club]]", "[[Havana Five]]")
    alone = extract_facts(parse_article("Dry Lake Club", band.split("\n\n==")[0] + "\n"))
    plain = "When was Dry Lake Club released?"
    assert named_in(plain, "Dry Lake Club", "", alone) == plain


def test_a_work_named_after_its_maker_is_asked_by_its_kind() -> None:
    text = ALBUM.replace("[[Dry Lake Club (band)|Dry Lake Club]]", "Dry Lake Club")
    facts = extract_facts(parse_article("Dry Lake Club", text.split("\n\n==")[0] + "\n"))
    asked = named_in("When was Dry Lake Club released?", "Dry Lake Club", "", facts)
    assert asked == "When was the album Dry Lake Club released?"
