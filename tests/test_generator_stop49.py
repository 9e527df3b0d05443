"""Stop 49: infobox fields that fit one kind of infobox and were never asked: a building's
style and year built, a song's album, a team season's conference and coach."""

from __future__ import annotations

from test_generator_r73 import Q, prompts

from quiz.generator.answers import shares_title
from quiz.generator.facts import InfoboxFact
from quiz.generator.generate import build_bank
from quiz.generator.infobox import infobox_question
from quiz.generator.kindwording import kind_value
from quiz.generator.lifetime import told_life
from quiz.generator.spans import find_spans
from quiz.generator.subdivisions import subdivisions
from quiz.generator.subject import Subject
from quiz.generator.told import said_words
from quiz.generator.wording import leans_back


def _asked(title: str, body: str) -> dict[str, str]:
    """The article's bank as prompt -> answer."""
    return {q.prompt: q.answer for q in build_bank(title, body).questions}


def _subdivision(level: str, kind: str, name: str) -> list[InfoboxFact]:
    """A settlement infobox's numbered pair: "subdivision_type1 = Province" and its name."""
    return [
        InfoboxFact(f"subdivision_type{level}", "Subdivision type", kind, "text"),
        InfoboxFact(f"subdivision_name{level}", "Subdivision name", name, "entity"),
    ]


def test_a_buildings_style_is_asked_and_not_its_year_built() -> None:
    house = "the Exa House"
    assert infobox_question("architecture", "Architecture", house, kind="NRHP") == (
        "In which architectural style was the Exa House built?"
    )
    # (since stop 56 no year "built": beside a completion and an opening, 9 of 17 passed)
    assert infobox_question("built", "Built", house, kind="NRHP", value_type="year") is None
    # not of a person, a film or a song (no building kind), nor a built "date" that is no date
    assert infobox_question("architecture", "Architecture", "Exa", kind="person") is None
    assert infobox_question("built", "Built", house, kind="NRHP", value_type="text") is None
    assert infobox_question("built", "Built", "the 1902 Exa Hall", kind="building") is None


def test_a_style_is_a_styles_name() -> None:
    fields: list[tuple[str, str]] = []
    assert kind_value("architecture", "Greek Revival", "Exa", fields) == "Greek Revival"
    assert kind_value("architectural_style", "Romanesque Revival architecture", "Exa", fields) == (
        "Romanesque Revival"
    )
    assert kind_value("architecture", "Schooner rigged beam trawler", "Exa", fields) == ""
    assert kind_value("architecture", "renaissance public building", "Exa", fields) == ""
    assert kind_value("location", "renaissance public building", "Exa", fields) == (
        "renaissance public building"
    )  # (another field's value is left as it is)


def test_a_songs_album_unless_named_like_its_artist() -> None:
    song = "Exa Song"
    assert infobox_question("album", "Album", song, kind="single") == (
        "On which album was Exa Song released?"
    )
    assert infobox_question("album", "Album", song, kind="person") is None
    artist = [("artist", "Ann Vark")]
    assert kind_value("album", "Wyton Nights", "Exa", artist) == "Wyton Nights"
    assert kind_value("album", "Ann Vark", "Exa", artist) == ""  # (a self-titled album)


def test_a_team_seasons_conference_and_coach() -> None:
    team = "2014–15 Exa Wildcats men's basketball team"
    assert infobox_question("conference", "Conference", team, kind="NCAA team season") == (
        f"In which conference did the {team} play?"
    )
    assert infobox_question("head_coach", "Head coach", team, kind="NCAA team season") == (
        f"Who coached the {team}?"
    )
    season = "2014–15 Exa Blues season"  # a club's season is no team: "coached the ... season?"
    assert infobox_question("coach", "Coach", season, kind="NHL team season") is None
    assert infobox_question("conference", "Conference", "Exa FC", kind="football club") is None


def test_a_historic_house_is_asked_its_style_not_its_year_built() -> None:
    body = (
        "{{Infobox NRHP\n| name = Exa House\n| built = 1798\n| architecture = Greek Revival\n"
        "| added = December 18, 1983\n}}\n"
        f"The {Q}Exa House{Q} is a historic house on Wyton Road in [[Exton, Exland]]. "
        "It is a two-story wood-frame house with a gabled roof.\n"
        "\n== History ==\nThe house was built in 1798 for a local merchant. Its Greek Revival "
        "porch faces the road.\n"
    )  # (the text tells the year and the style too: since stop 56 an infobox line it never
    # tells is not asked, mentions.returned_to)
    answers = _asked("Exa House", body)
    style = "In which architectural style was the Exa House built?"
    assert answers.get(style) == "Greek Revival"
    assert "1798" not in answers.values()  # (since stop 56 no year "built", 9 of 17 passed)


def test_a_films_cinematographer_but_not_its_studio() -> None:
    film = "the 1936 film Exa"
    # (no studio since R326-R329: 34 of 44 passed, a name the infobox alone gives)
    assert infobox_question("studio", "Studio", film, kind="film") is None
    assert infobox_question("cinematography", "Cinematography", film, kind="film") == (
        "Who was the cinematographer of the 1936 film Exa?"
    )
    assert infobox_question("studio", "Studio", "Exa Records", kind="company") is None


def test_a_directors_film_asks_the_director_before_the_camera() -> None:
    # one item per name: a director who also shot the film is asked as its director
    body = (
        "{{Infobox film\n| name = Exa\n| director = [[Ann Vark]]\n"
        "| cinematography = [[Ann Vark]]\n| studio = Wyton Pictures\n}}\n"
        f"{Q}Exa{Q} is an Exlandic drama film directed by [[Ann Vark]] and starring Ned Oss.\n"
    )
    asked = prompts("Exa (film)", body)
    assert "Who directed Exa?" in asked
    assert not any("cinematographer" in p for p in asked)
    assert not any("studio" in p for p in asked)


def test_a_stage_names_birth_name_is_asked() -> None:
    assert infobox_question("birth_name", "Birth name", "Lu Exa") == (
        "What was the birth name of Lu Exa?"
    )
    assert kind_value("birth_name", "Ann Marie Vark", "Lu Exa", []) == "Ann Marie Vark"
    # not the same name written out ("Lu Ming Exa"), nor one in other letters
    assert kind_value("birth_name", "Lu Ming Exa", "Lu Exa", []) == ""
    assert kind_value("birth_name", "Юлия Кръстева", "Lu Exa", []) == ""
    body = (
        "{{Infobox person\n| name = Lu Exa\n| birth_name = Ann Marie Vark\n"
        "| birth_date = 5 May 1970\n}}\n"
        f"{Q}Lu Exa{Q} (born Ann Marie Vark; 5 May 1970) is an Exlandic singer and songwriter.\n"
    )
    answers = _asked("Lu Exa", body)
    assert answers.get("What was the birth name of Lu Exa?") == "Ann Marie Vark"


def test_a_settlements_regions_are_asked_by_their_level() -> None:
    fields = [
        *_subdivision("", "Country", "Exland"),
        *_subdivision("1", "Province", "25px Wyton Province"),
        *_subdivision("2", "Rayon", "Oss"),
    ]
    named = {f.name: f.value for f in subdivisions(fields, " wyton province oss exland ")}
    assert named["subdivision_province"] == "Wyton Province"  # (its flag's size dropped)
    assert "subdivision_type1" not in named and named["subdivision_name2"] == "Oss"  # (a level
    assert named["subdivision_name"] == "Exland"  # no learner knows by name; the country)
    assert infobox_question("subdivision_province", "Province", "Exa") == (
        "In which province is Exa?"
    )
    # a school's state is asked, a church's "district" (its own) and a race's "region" are not
    assert infobox_question("state", "State", "Exa High School", kind="school") == (
        "In which state is Exa High School?"
    )
    assert infobox_question("district", "District", "Exa Church", kind="church") is None
    assert infobox_question("region", "Region", "Tour of Exa", kind="cycling race") is None
    assert kind_value("state", "KY", "Exa Route 46", []) == ""  # (an abbreviation)


def test_a_village_is_asked_its_province() -> None:
    body = (
        "{{Infobox settlement\n| name = Exa\n| settlement_type = Village\n"
        "| subdivision_type = Country\n| subdivision_name = [[Exland]]\n"
        "| subdivision_type1 = [[Provinces of Exland|Province]]\n"
        "| subdivision_name1 = [[Wyton Province]]\n}}\n"
        f"{Q}Exa{Q} is a village in the Oss District of Wyton Province, Exland.\n"
    )
    answers = _asked("Exa", body)
    assert answers.get("In which province is Exa?") == "Wyton Province"


def test_a_region_the_text_never_names_is_not_asked() -> None:
    # R290-R291: "Noord-Holland" (the infobox's Dutch) where the article says "North Holland"
    fields = _subdivision("1", "Province", "Noord-Holland")
    assert subdivisions(fields, " exa is a village in north holland ") == []
    assert [f.value for f in subdivisions(fields, " exa is in noord holland ")] == ["Noord-Holland"]


def test_a_life_told_in_a_sentence_where_no_infobox_gives_it() -> None:
    pine = Subject("James Pine", "Pine", person=True, pronoun="he")
    told = told_life(
        [
            "Pine was born on October 19, 1885 in Cincinnati, Ohio.",
            "Pine died on June 26, 1954, in St. Peter's Hospital in Albany.",
        ],
        pine,
    )
    assert told == [
        ("birth_date", "Born", "October 19, 1885"),
        ("birth_place", "Birthplace", "Cincinnati, Ohio"),
        ("death_date", "Died", "June 26, 1954"),  # (no place "St.": not a place's name)
    ]
    assert told_life(["Pine was born in Bærum and grew up in Oslo."], pine) == [
        ("birth_place", "Birthplace", "Bærum")
    ]
    # a guess, a month, parents, someone else: nothing
    unsure = [
        "Pine was born in about 1885.",
        "Pine was born in October 1885.",
        "Pine was born to a",
    ]
    assert told_life([*unsure, "Ann Vark was born in Exton."], pine) == []
    body = (  # (a person by the lead's years; the birthplace only in the body)
        f"{Q}James Pine{Q} (1885–1953) was an American vice admiral in the Exland Navy.\n\n"
        "== Biography ==\nPine was born on October 19, 1885 in [[Exton, Ohio]].\n"
    )
    answers = _asked("James Pine", body)
    assert "Exton, Ohio" in answers.values()


def test_r290_r291_mends() -> None:
    assert shares_title("4A Games", "4A Engine")  # a code repeated: "Which company developed"
    assert not shares_title("Boeing", "B-52 Stratofortress")
    assert leans_back("Despite her lack of a title, Exa reached No. 8 in the world in 2000.")
    assert not leans_back("Despite heavy rain, the Exa Cup final was played in Exton in 1990.")
    assert {"formed", "founded"} <= said_words("Exa Systems was founded in 2016.")
    assert "formed" not in said_words("Exa Systems was sold in 2016.")


def test_a_developer_and_a_release_the_text_tells_otherwise() -> None:
    prose = " exa cactus is a framework from the jakarta project its 1 0 release came in 2014 "
    fields: list[tuple[str, str]] = []
    asf = "Apache Software Foundation"
    assert kind_value("developer", asf, "Exa Cactus", fields, prose) == ""
    assert kind_value("developer", "Jakarta Project", "Exa Cactus", fields, prose)
    assert kind_value("released", "2001", "Exa Cactus", fields, prose) == ""  # (2014 told)
    assert kind_value("released", "2014", "Exa Cactus", fields, prose) == "2014"
    quiet = " exa nights is an album by ann vark "  # (the text dates no release: asked)
    assert kind_value("released", "1976", "Exa Nights", fields, quiet) == "1976"


def test_an_occupations_choices_leave_no_odd_one_out_by_its_ending() -> None:
    # R290: "guitarist | pianist | singer | violinist": the one without "-ist" is the answer
    body = f"{Q}Alan Exa{Q} (1910 – 1980) was an English singer.\n"
    for seed in range(12):
        bank = build_bank("Alan Exa", body, seed=seed)
        mcq = [q for q in bank.questions if q.kind == "mcq" and "occupation" in q.prompt]
        for question in mcq:
            wrong = [c for c in question.choices if c != question.answer]
            assert len({w[-3:] for w in wrong}) > 1 or wrong[0][-3:] == question.answer[-3:]


def test_a_road_cars_designer_is_not_asked() -> None:
    # R292: "Who designed the Exa Verano?" where one man styled it and another led its
    # engineering; a racing car's designer is one engineer (passed)
    assert infobox_question("designer", "Designer", "the Exa Verano", kind="automobile") is None
    # (since stop 56 no designer at all: a work's or a product's makers passed 29 of 40)
    assert infobox_question("designer", "Designer", "the Exa PC-20", kind="racing car") is None


def test_a_fronted_preposition_is_no_part_of_a_name() -> None:
    # R291: "_____ who grew up in the Egyptian royal court, Aaron ..." -> "Unlike Moses"
    text = "Unlike Moses who grew up at court, Aaron and Miriam remained with their kinsmen."
    names = [s.text for s in find_spans(text, [], askable=False)]
    assert not any(n.startswith("Unlike") for n in names)


def test_an_alma_mater_the_text_says_was_left_unfinished() -> None:
    # R292: "Which institution is given as the alma mater of Ellen DeGeneres?" -> University of
    # New Orleans, where "After one semester, she left school"
    left = " she moved to attend exa university where she majored in art after one semester "
    assert kind_value("alma_mater", "Exa University", "Ann Vark", [], left + "she left ") == ""
    kept = " he earned a ba from exa university where he sang in the choir "
    assert kind_value("alma_mater", "Exa University", "Ned Oss", [], kept) == "Exa University"
