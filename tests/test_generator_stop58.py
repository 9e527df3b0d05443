"""Stop 58: a party is asked as the one the subject belonged to, and not where the text gives
another ("as a Whig"); a place written in codes ("Regina, SK, CA") is no answer; a work the
text names another work after ("a documentary film of the same name") is asked by its kind."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.article import short_for
from quiz.generator.careers import career_otherwise
from quiz.generator.facts import extract_facts
from quiz.generator.generate import entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.items import SentenceItems
from quiz.generator.kindwording import kind_value, releveled
from quiz.generator.occupations import occupation_fact
from quiz.generator.otherwise import party_otherwise, told_elsewhere
from quiz.generator.spans import Span
from quiz.generator.subject import Subject
from quiz.generator.tidy import closed
from quiz.generator.usednames import used_name
from quiz.generator.wikitext import parse_article
from quiz.generator.works import dated_work, named_in
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


def test_a_works_name_with_commas_gets_no_closing_comma() -> None:
    for work in ("Dance, Voldo, Dance", "One Fish, Two Fish, Blowfish, Blue Fish", "Hello, Dolly!"):
        asked = closed(f"{work} is a music video made in _____ (year).", work)
        assert asked.startswith(f"{work} is"), asked
    peer = "John Neville, Baron Latimer"
    assert closed(f"{peer} died in _____ (year).", peer).startswith(f"{peer}, died")
    town = "Tyler, Texas"
    assert closed(f"{town} was founded in _____ (year).", town).startswith(f"{town}, was")


PLAY_FILM = (
    "{{Infobox_Film\n| name = Harry Vane\n| director = [[Ken Bray]]\n| released = 1989\n}}\n"
    f"{Q}''Harry Vane''{Q} is a 1989 British film of the play by [[Ben Lorn]]. Whereas "
    "[[Ed Oaks]]'s [[Harry Vane (1944 film)|1944 film]] used a stage, this one did not.\n"
)


def test_a_film_beside_a_linked_film_of_its_name_is_asked_by_its_year_or_not_at_all() -> None:
    facts = extract_facts(parse_article("Harry Vane", PLAY_FILM))
    dated = dated_work(facts, "Harry Vane")
    assert dated == "the 1989 film Harry Vane"  # ("Infobox_Film": a film all the same)
    assert named_in("Who directed Harry Vane?", "Harry Vane", dated, facts).endswith(dated + "?")
    assert named_in("When was Harry Vane released?", "Harry Vane", dated, facts) == ""
    play = PLAY_FILM.replace("(1944 film)|1944 film", "(play)|play")
    facts = extract_facts(parse_article("Harry Vane", play))
    asked = named_in("When was Harry Vane released?", "Harry Vane", dated, facts)
    assert asked == "When was the film Harry Vane released?"


def test_a_roads_establishment_is_not_asked() -> None:
    assert infobox_question("established", "Established", "Route 9", kind="Infobox road") is None
    school = infobox_question("established", "Established", "Ash School", kind="Infobox school")
    assert school is not None and "Ash School" in school


def test_a_regions_level_is_the_one_the_text_gives() -> None:
    asked = "In which province is Lapa?"
    assert releveled(asked, "Punjab", "state", "Lapa is in the Punjab province.") == asked
    assert releveled(asked, "Naples", "city", "Lapa is a town.") == asked  # (a city's name)
    fixed = releveled("In which state is Lapa?", "British Columbia", "province", "Lapa is.")
    assert fixed == "In which province is Lapa?"


def test_a_work_is_named_by_the_kind_its_lead_gives() -> None:
    series = PLAY_FILM.replace("is a 1989 British film", "is a 1989 British miniseries")
    series = series.replace("(1944 film)|1944 film", "(play)|play")
    facts = extract_facts(parse_article("Harry Vane", series))
    asked = named_in("When was Harry Vane released?", "Harry Vane", "", facts)
    assert asked == "When was the miniseries Harry Vane released?"  # (not its infobox's "Film")
    bare = series.replace(
        "is a 1989 British miniseries of the play", "was made in 1989 from a play"
    )
    facts = extract_facts(parse_article("Harry Vane", bare))
    plain = "When was Harry Vane released?"
    assert named_in(plain, "Harry Vane", "", facts) == plain


def test_a_year_after_before_or_by_is_no_gap() -> None:
    text = f"{Q}Mount Vark{Q} is a volcano. Before 1991, Mount Vark was inconspicuous.\n"
    facts = extract_facts(parse_article("Mount Vark", text))
    items = SentenceItems(facts, entity_types(facts), 0)
    sentence = next(s for s in facts.sentences if "1991" in s.text)
    at = sentence.text.index("1991")
    year = Span(at, at + 4, "1991", "year")
    assert items.gapped(sentence, year) is None  # (any year before 1991 fits too)
    plain = sentence.text.replace("Before 1991", "In 1991")
    moved = type(sentence)(plain, sentence.section, [], "", -1, sentence.index)
    assert items.gapped(moved, Span(3, 7, "1991", "year")) is not None


def test_no_position_of_a_player_of_two_sports() -> None:
    two = "Ann Vole (born 1950) is an English former footballer and cricketer."
    assert career_otherwise("position", "Goalkeeper", two)
    one = "Ann Vole (born 1950) is an English former association football (soccer) player."
    assert not career_otherwise("position", "Goalkeeper", one)


def test_a_launch_still_to_come_or_an_anthologys_author_is_not_asked() -> None:
    probe = Subject("ADM-Vark", "ADM-Vark")
    due = "ADM-Vark is a satellite. It is due for launch in 2014.\n\n== Design ==\nIt is big."
    assert told_elsewhere("launch_date", "2014", due, probe)
    later = "ADM-Vark is a satellite.\n\n== Rivals ==\nAcme planned to release a rival in 2014."
    assert not told_elsewhere("launch_date", "2014", later, probe)
    gazette = "The Vark Gazettes are a series of anthologies edited by Ed Oaks."
    assert told_elsewhere("author", "Ed Oaks", gazette, probe)
    assert not told_elsewhere("author", "Ed Oaks", "The Vark Gazette is a novel.", probe)


def test_a_rugby_union_footballer_is_asked_no_occupation() -> None:
    lead = f"{Q}Ken Vark{Q} (born 1970) is a former rugby union footballer. He played for Kobe.\n"
    facts = extract_facts(parse_article("Ken Vark", lead))
    items = SentenceItems(facts, entity_types(facts), 0)
    assert occupation_fact(items, facts.sentences[0]) is None
    plain = lead.replace("rugby union footballer", "professional footballer")
    facts = extract_facts(parse_article("Ken Vark", plain))
    items = SentenceItems(facts, entity_types(facts), 0)
    fact = occupation_fact(items, facts.sentences[0])
    assert fact is not None and fact.value == "footballer"


def test_a_party_is_asked_as_its_members_are_called() -> None:
    assert not short_for("Republican", "United States Republican Party")
    assert not short_for("Conservative", "Colombian Conservative Party")
    assert short_for("PDP", "Peoples Democratic Party")  # (an acronym is still spelt out)
    assert short_for("California–Berkeley", "University of California, Berkeley")


def test_a_patronymic_name_is_not_the_fathers() -> None:
    lead = (
        f"{Q}Muhammad ibn Saud{Q} (died 1765) was the emir of Diriyah. He was the son of Saud "
        "ibn Muhammad. Saud had ruled Diriyah before him. Muhammad ibn Saud ruled from 1744.\n"
    )
    subject = extract_facts(parse_article("Muhammad ibn Saud", lead)).subject
    assert subject.name != "Saud", subject
    ben = f"{Q}Ben Roe{Q} (born 1965) is a goaltender. Roe played for Exaville. Roe won.\n"
    assert extract_facts(parse_article("Ben Roe", ben)).subject.name == "Roe"  # (a given name)
    text = "Musa came. Musa went. Musa ran. Ali sat."
    assert used_name("Ali bin Musa", "Ali bin Musa", text) == "Ali"  # (never "Musa")


def test_one_code_of_football_is_one_sport() -> None:
    league = "Joe Vark (born 1979) is an Australian former rugby league footballer."
    assert not career_otherwise("position", "Halfback", league)
    both = "Charles Vark (1874-1934) was an American football and baseball player."
    assert career_otherwise("position", "End", both)
    assert not career_otherwise("position", "End", "Ed Vark was an American football player.")
