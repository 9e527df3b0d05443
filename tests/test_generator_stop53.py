"""Stop 53's mends: a life's place given with its region and country, an alma mater only
where the text names no other school; no film editor, no covered song's artist, no year the
lead gives otherwise, no name the title's brackets give, and no lone false statement."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.careers import studied_elsewhere
from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.items import SentenceItems
from quiz.generator.structured import StructuredItems
from quiz.generator.wikitext import parse_article
from quiz.model import Question


def _infobox_items(text: str, title: str) -> dict[str, Question]:
    facts = extract_facts(parse_article(title, text))
    items = StructuredItems(SentenceItems(facts, entity_types(facts), 0)).infobox()
    return {q.prompt: q for item in items for q in item.options.values()}


def test_a_films_editor_is_not_asked() -> None:
    # R326-R327's targeted rounds (N1, N2): "Who edited the 1984 film Windy City?" passed 1 of
    # 9, a crew credit the article never comes back to (directors passed 83 of 83)
    film = "the 1936 film Exa"
    assert infobox_question("editing", "Editing", film, kind="film") is None
    assert (
        infobox_question("director", "Director", film, kind="film")
        == "Who directed the 1936 film Exa?"
    )
    box = (
        "{{Infobox film\n| name = Exa Night\n| director = [[Ann Roe]]\n"
        "| editing = [[Ned Oss]]\n| released = 1941\n}}"
    )
    text = (
        f"{box}\n{Q}Exa Night{Q} is a 1941 Exlandic drama film directed by [[Ann Roe]]. "
        "It was edited by [[Ned Oss]].\n"
    )
    asked = _infobox_items(text, "Exa Night")
    assert "Ann Roe" in {q.answer for q in asked.values()}, list(asked)
    assert not any("edited" in p or q.answer == "Ned Oss" for p, q in asked.items())


def test_a_birthplace_with_its_region_and_country_is_asked_where() -> None:
    # "Perm, Russian SFSR, Soviet Union" (five words) had been dropped as a phrase; "Where was
    # ... born?" passed 289 of 292 in R272-R325. The town typed alone is right.
    box = (
        "{{Infobox person\n| name = Stan Exa\n"
        "| birth_place = [[Perm]], [[Russian SFSR]], [[Soviet Union]]\n}}"
    )
    text = f"{box}\n{Q}Stan Exa{Q} (born 1950) is an Exlandic chess player.\n"
    asked = _infobox_items(text, "Stan Exa")
    where = asked["Where was Stan Exa born?"]
    assert where.answer == "Perm, Russian SFSR, Soviet Union"
    assert where.accept == ["Perm", "Perm, Russian SFSR", "Perm, Soviet Union"]
    # a county of four words is asked "In which county", its state no longer accepted
    county = text.replace(
        "[[Perm]], [[Russian SFSR]], [[Soviet Union]]",
        "[[Exa County, Wyland|Exa County]], Wyland, U.S.",
    )
    asked = _infobox_items(county, "Stan Exa")
    accept = asked["In which county was Stan Exa born?"].accept
    assert accept == ["Exa County", "Exa County, Wyland", "Exa County, U.S.", "Exa"], accept
    # a longer phrase is none, nor a headquarters' street address
    longer = text.replace("[[Soviet Union]]", "a small town of the old Soviet Union")
    assert not any("born" in p for p in _infobox_items(longer, "Stan Exa"))
    # nor where its first part is no town, nor beside a later name of it
    for value in (
        "[[Exa Oblast]], [[Russian SFSR]], [[Soviet Union]]",
        "[[Kingdom of Exa]], British Exland",
        "Wyton Nursing Home, Exton, Wyland",
        "South eastern suburbs, Exton, Wyland",
        "Wyton, Exa Vilayet, Ottoman Empire (now Exton, Wyland)",
    ):
        changed = text.replace("[[Perm]], [[Russian SFSR]], [[Soviet Union]]", value)
        assert not any("born" in p for p in _infobox_items(changed, "Stan Exa")), value
    office = (
        "{{Infobox organization\n| name = Exa Archives\n"
        "| headquarters = Wyton Moore Avenue, Exton, Exa Islands\n}}\n"
        f"{Q}Exa Archives{Q} is the national archive of the Exa Islands.\n"
    )
    assert not any("headquarters" in p for p in _infobox_items(office, "Exa Archives"))


def test_an_alma_mater_only_where_the_text_names_no_other_school() -> None:
    # R272-R325: 19 of 26 passed; the rejects named one of several ("educated at King Edward's
    # School, Birmingham, then Trinity College, Cambridge"), and "is given as" read as meta
    one = " He graduated from Exa University in 1962 and taught in Wyton."
    assert not studied_elsewhere("alma_mater", "Exa University", one)
    two = " He was educated at Wyton Grammar School and Exa University."
    assert studied_elsewhere("alma_mater", "Exa University", two)
    taught = " He graduated from Exa University and later taught at the University of Wyland."
    assert studied_elsewhere("alma_mater", "Exa University", taught)
    # the same school named another way is no other ("the University of Exton at Exa")
    same = " She studied law at the University of Exton, Exa Campus."
    assert not studied_elsewhere("alma_mater", "University of Exton", same)
    box = "{{Infobox person\n| name = Ann Vark\n| alma_mater = [[Exa University]]\n}}\n"
    text = f"{box}{Q}Ann Vark{Q} (born 1950) is an Exlandic chemist.{one}\n"
    asked = _infobox_items(text, "Ann Vark")
    assert asked["At which university did Ann Vark study?"].answer == "Exa University"
    assert not any("alma mater" in p for p in asked)
    text = f"{box}{Q}Ann Vark{Q} (born 1950) is an Exlandic chemist.{two}\n"
    assert not any("did Ann Vark study" in p for p in _infobox_items(text, "Ann Vark"))
    # the field written with a space, and a school named in another language (R327's N2:
    # "alma mater = Universidad de La Habana" beside "the Real Colegio Seminario de ...")
    spaced = box.replace("alma_mater", "alma mater")
    text = f"{spaced}{Q}Ann Vark{Q} (born 1950) is an Exlandic chemist.{one}\n"
    assert "At which university did Ann Vark study?" in _infobox_items(text, "Ann Vark")
    text = f"{spaced}{Q}Ann Vark{Q} (born 1950) is an Exlandic chemist.{two}\n"
    assert not any("did Ann Vark study" in p for p in _infobox_items(text, "Ann Vark"))
    colegio = " She studied at the Real Colegio de San Exa, then at Exa University."
    assert studied_elsewhere("alma mater", "Exa University", colegio)


def test_a_song_others_released_a_version_of_is_not_asked_its_artist() -> None:
    # R330-R331: "Which artist recorded "Little Boy Sad"?" where "Other versions" lists "Paul
    # Petersen released a version of the song", "Johnny Western recorded a version"
    box = (
        "{{Infobox single\n| name = Little Exa Sad\n| artist = [[Ned Oss]]\n"
        "| album = [[Oss Sings]]\n| released = January 23, 1961\n}}"
    )
    lead = f'{box}\n"{Q}Little Exa Sad{Q}" is a song by Ann Vark, recorded by [[Ned Oss]].\n'
    asked = _infobox_items(lead, "Little Exa Sad")
    assert any(p.startswith("Which artist recorded") for p in asked), list(asked)
    for versions in (
        "Tom Ploy released a version of the song in 1965.",
        "Tom Ploy recorded a version.",
    ):
        text = f"{lead}\n== Other versions ==\n{versions}\n"
        asked = _infobox_items(text, "Little Exa Sad")
        covered = ("Which artist recorded", "In what year", "When ")
        assert not any(p.startswith(covered) for p in asked), (versions, list(asked))


def test_a_films_year_is_the_leads_where_they_differ() -> None:
    # R330: "Who directed the 1956 film Ek Do Teen?" of "a 1953 Indian film" (the infobox's
    # release year is its wide release): the film is named without a year
    box = "{{Infobox film\n| name = Exa Night\n| director = [[Ann Roe]]\n| released = 1956\n}}"
    text = f"{box}\n{Q}Exa Night{Q} is a 1953 Exlandic drama film directed by [[Ann Roe]].\n"
    asked = _infobox_items(text, "Exa Night")
    assert "Who directed Exa Night?" in asked, list(asked)
    same = text.replace("1953", "1956")
    assert "Who directed the 1956 film Exa Night?" in _infobox_items(same, "Exa Night")


def test_a_name_in_the_titles_brackets_is_no_answer() -> None:
    # R330: "The Son (Nesbø novel)": "... is a novel by _____" -> Jo Nesbø, the bank's title
    # above the card gives the author away
    text = (
        f"{Q}The Exa{Q} is a 2014 crime novel by Exlandic writer [[Jo Vark]]. It was first "
        "published in Exland in 2014.\n\n== Reception ==\nCritics called it Jo Vark's best novel.\n"
    )  # (Jo Vark told twice: since stop 56 a name told once is not asked, mentions.returned_to)
    answers = {q.answer for q in build_bank("The Exa (Vark novel)", text).questions}
    assert "Jo Vark" not in answers, answers
    assert "Jo Vark" in {q.answer for q in build_bank("The Exa (novel)", text).questions}


def test_a_bank_has_no_false_statement_without_a_true_one() -> None:
    # R326-R333: across each sample the false statements were one swapped nationality per
    # bank ("Theodore A. Silva is a British baseball coach"), the true ones rare: a learner
    # who answered "a nationality means False" scored every one
    text = (
        "{{Infobox person\n| name = Ned Oss\n| birth_date = 5 May 1950\n"
        "| birth_place = [[Exton]]\n}}\n"
        f"{Q}Ned Oss{Q} (born 5 May 1950) is an [[United States|American]] baseball coach "
        "and former pitcher.\n"
    )
    questions = build_bank("Ned Oss", text).questions
    assert questions, "the bank keeps its other items"
    statements = [q.answer for q in questions if q.kind == "true_false"]
    assert "False" not in statements or "True" in statements, statements
