"""Stop 54's mends, each from a blind round (R336-R348): a full date asked as its year, a
title ending in "!" or "?" quoted, no film's star, no switched party, the subject's name
("the Griggstown", "the economy of Chad", "brainfuck"), no region the title places, no value
the text gives otherwise or hedges, no gap for kin, a life filed under its section."""

from __future__ import annotations

from test_generator_r73 import Q
from test_generator_stop53 import _infobox_items

from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.tidy import closed
from quiz.generator.wikitext import parse_article


def test_a_full_date_is_asked_as_its_year() -> None:
    # R336 failed all 13 clozes of an exact birth or death day as "rote precision; the year
    # would do"; years of birth passed 69 of 69 in R272-R335
    box = (
        "{{Infobox person\n| name = Stan Exa\n| birth_date = {{birth date|1931|5|7}}\n"
        "| death_date = 9 October 1999\n}}"
    )
    text = f"{box}\n{Q}Stan Exa{Q} was an Exlandic chess player.\n"
    asked = _infobox_items(text, "Stan Exa")
    born = asked["Stan Exa was born in _____ (year)."]
    assert (born.kind, born.answer, born.accept) == ("cloze", "1931", ["7 May 1931"])
    died = asked["Stan Exa died in _____ (year)."]
    assert (died.answer, died.accept) == ("1999", ["9 October 1999"])
    assert not any("(date)" in prompt for prompt in asked), list(asked)
    # the statements keep the day: "born on 7 May" is no trick when the year is what changes
    assert "Stan Exa was born on 7 May 1931." in asked
    # a year alone is asked as it was
    alone = _infobox_items(text.replace("{{birth date|1931|5|7}}", "1931"), "Stan Exa")
    assert alone["Stan Exa was born in _____ (year)."].accept == []
    # and so is a founding's full date
    club = "{{Infobox organization\n| name = Exa Club\n| founded = 2 May 2001\n}}"
    asked = _infobox_items(f"{club}\nThe {Q}Exa Club{Q} is an Exlandic club.\n", "Exa Club")
    founded = next(q for p, q in asked.items() if "_____" in p)
    assert founded.prompt.endswith("founded in _____ (year).")
    assert (founded.answer, founded.accept) == ("2001", ["2 May 2001"])


def test_a_title_ending_in_a_mark_is_quoted_at_the_end_of_a_question() -> None:
    # "Which artist recorded If an Angel Came ... at Home??" (R336-R337: not clean language)
    assert closed("Who directed Amuck!?", "Amuck!") == 'Who directed "Amuck!"?'
    assert closed("Who directed Amuck!?", "Amuck! (film)") == 'Who directed "Amuck!"?'
    assert closed("Which artist recorded Why??", "Why?") == 'Which artist recorded "Why?"?'
    quoted = 'Which artist recorded "Why?"?'  # (a song's title is quoted already)
    assert closed(quoted, "Why?") == quoted
    assert closed("Who directed Exa?", "Exa") == "Who directed Exa?"  # (nothing to do)
    box = "{{Infobox film\n| name = Hands Up!\n| director = [[Ann Roe]]\n}}"
    text = f"{box}\n{Q}Hands Up!{Q} is a 1941 Exlandic comedy film directed by [[Ann Roe]].\n"
    prompts = list(_infobox_items(text, "Hands Up! (film)"))
    assert any(p.endswith('"Hands Up!"?') for p in prompts), prompts
    assert not any(p.endswith("!?") or p.endswith("??") for p in prompts), prompts


def test_a_films_star_is_not_asked_where_a_cast_names_several() -> None:
    # "Better a Widow stars which actor?" (Gabriele Ferzetti): its cast list names eight (R336,
    # R337: 3 of 3 failed); the gap "stars actor _____" has as many answers
    cast = "\n".join(f"* [[{name}]]" for name in ("Ned Oss", "Ann Roe", "Kit Vark"))
    text = (
        f"{Q}Exa Nights{Q} is a 1968 Exlandic crime film directed by [[Jo Wyn]]. "
        f"Exa Nights stars actor [[Ned Oss]].\n\n== Cast ==\n{cast}\n"
    )
    questions = build_bank("Exa Nights", text).questions
    assert not any("Ned Oss" == q.answer for q in questions), [q.prompt for q in questions]
    assert not any("star" in q.prompt for q in questions if q.kind != "true_false")


def test_a_party_is_not_asked_where_the_text_tells_of_a_switch() -> None:
    box = "{{Infobox officeholder\n| name = Kit Vark\n| party = [[Exa Party]]\n}}"
    lead = f"{Q}Kit Vark{Q} (born 1950) is an Exlandic politician.\n"
    asked = _infobox_items(f"{box}\n{lead}", "Kit Vark")
    assert any(q.answer == "Exa Party" for q in asked.values()), list(asked)
    switched = f"{box}\n{lead}\nIn 2004 Vark switched parties, leaving the Wyn Party.\n"
    assert not any(q.answer == "Exa Party" for q in _infobox_items(switched, "Kit Vark").values())


def test_a_longer_names_the_does_not_make_the_subject_the() -> None:
    # "The Griggstown was first settled around _____" (R339): "the Griggstown Bridge" and
    # "The Griggstown Historic District" had counted as the text writing "the Griggstown"
    from quiz.generator.subject import find_subject

    text = (
        f"{Q}Exton{Q} is an unincorporated area in Wyland. It was first settled around 1733.\n"
        "== Sites ==\nThe Exton Bridge crosses the river. The Exton Historic District was "
        "listed in 1984. The Exton Mill burned in 1901.\n"
    )
    assert find_subject(parse_article("Exton, Wyland", text)).name == "Exton"
    # a subject the text itself calls "the ..." keeps it
    text = f"The {Q}Exa Palace{Q} was a hall in Wyland. The Exa Palace burned in 1936.\n"
    assert find_subject(parse_article("Exa Palace", text)).name == "the Exa Palace"


def test_no_placeholder_value_nor_a_parks_built_year() -> None:
    # "In which architectural style was Fort Ross State Historic Park built? Other" and "Fort
    # Ross State Historic Park was built in 1812" (the fort's year: its buildings are
    # reproductions; R338; "Hollywood Boulevard was built in 1939", R337)
    box = (
        "{{Infobox NRHP\n| name = Exa State Historic Park\n| built = 1812\n"
        "| architecture = Other\n}}"
    )
    text = f"{box}\n{Q}Exa State Historic Park{Q} is a historic site in Wyland.\n"
    asked = _infobox_items(text, "Exa State Historic Park")
    assert not any(q.answer in ("Other", "1812") for q in asked.values()), list(asked)
    house = text.replace("State Historic Park", "House")
    built = _infobox_items(house, "Exa House")  # (since stop 56 no year "built" of any
    assert not any(q.answer in ("1812", "Other") for q in built.values())  # building: 9 of 17)


def test_a_channels_name_is_no_persons() -> None:
    # "... a poker tournament shown on _____." -> Sky Sports, asked as a person's name (R338)
    from quiz.generator.typeclues import person_like

    assert not person_like("Sky Sports")
    assert not person_like("Island Records")
    assert person_like("Sky Ferreira")


def test_a_singles_year_is_not_asked_where_its_album_came_out_before() -> None:
    # "In what year was "Temperature" released?" 2006, the single; the song is on The Trinity
    # (2005), "written for his third album The Trinity (2005)" (R339)
    box = (
        "{{Infobox single\n| name = Exa\n| artist = [[Ann Roe]]\n| album = [[Wyton]]\n"
        "| released = March 2006\n}}"
    )
    lead = f'"{Q}Exa{Q}" is a song written by [[Ann Roe]] for her third album Wyton (2005).\n'
    assert not any(q.answer == "2006" for q in _infobox_items(box + "\n" + lead, "Exa").values())
    same = lead.replace("(2005)", "(2006)")
    assert any(q.answer == "2006" for q in _infobox_items(box + "\n" + same, "Exa").values())
    recorded = lead.replace("for her third album Wyton (2005)", "in 2005, for her album Wyton")
    assert any(q.answer == "2006" for q in _infobox_items(box + "\n" + recorded, "Exa").values())


def test_a_life_the_text_tells_is_filed_under_its_section() -> None:
    # "Where was Vasyl Avramenko born?" was shown under the introduction; its sentence is in
    # "Early days" (R338: "each question's section is where its sentence really is")
    text = (
        f"{Q}Ned Oss{Q} (1895-1981) was an Exlandic dancer and choreographer.\n"
        "== Early days ==\nNed Oss was born on March 22, 1895 in [[Exton]], a townlet.\n"
        "== Career ==\nOss founded the Wyton Ballet in 1921.\n"
    )
    born = [q for q in build_bank("Ned Oss", text).questions if q.answer == "Exton"]
    assert born and all(q.section == "Early days" for q in born), born


def test_no_region_the_titles_own_region_gives() -> None:
    # "Oldtown, Dublin": "In which province is Oldtown?" (Leinster: Dublin tells it) and "In
    # which county?" (Fingal; Dublin is as right) both failed in R340
    from quiz.generator.subdivisions import placed_by_title

    assert placed_by_title("province", "Oldtown, Dublin")
    assert placed_by_title("county", "Oldtown, Dublin")
    assert placed_by_title("country", "Harford, New York")
    assert not placed_by_title("county", "Harford, New York")
    assert not placed_by_title("county", "Oldtown")
    box = "{{Infobox Irish place\n| name = Exton\n| province = Leinster\n| county = Fingal\n}}"
    text = f"{box}\n{Q}Exton{Q} is a village in Fingal, Leinster.\n"
    assert not any(
        q.answer in ("Leinster", "Fingal") for q in _infobox_items(text, "Exton, Dublin").values()
    )
    assert any(q.answer == "Fingal" for q in _infobox_items(text, "Exton").values())


def test_no_founding_year_the_name_holds_nor_a_year_built() -> None:
    # "SV 08 Steinach was founded in _____" (1908) and "Built: 1884" beside "the entire court
    # house was finished in 1886" (R340); an arboretum has no architectural style (R340)
    club = "{{Infobox football club\n| clubname = SV 08 Exton\n| founded = 1908\n}}"
    lead = f"{Q}SV 08 Exton{Q} is an Exlandic football club.\n"
    assert not any(
        q.answer == "1908" for q in _infobox_items(f"{club}\n{lead}", "SV 08 Exton").values()
    )
    other = club.replace("SV 08", "SV Wyton")
    assert any(
        q.answer == "1908"
        for q in _infobox_items(
            f"{other}\n{lead.replace('SV 08', 'SV Wyton')}", "SV Wyton Exton"
        ).values()
    )
    box = "{{Infobox NRHP\n| name = Exa Courthouse\n| built = 1884\n| architecture = Romanesque\n}}"
    text = f"{box}\nThe {Q}Exa Courthouse{Q} is a courthouse in Wyland.\n"
    # (since stop 56 no year "built" at all, 9 of 17 passed: finished later or not)
    later = text + "\nThe entire court house was finished in 1886.\n"
    for told in (text, later):
        assert not any(q.answer == "1884" for q in _infobox_items(told, "Exa Courthouse").values())
    assert any(q.answer == "Romanesque" for q in _infobox_items(text, "Exa Courthouse").values())
    garden = text.replace("Exa Courthouse", "Exa Arboretum").replace("a courthouse", "a garden")
    assert not any(
        q.answer == "Romanesque" for q in _infobox_items(garden, "Exa Arboretum").values()
    )


def test_no_gap_for_a_childs_or_spouses_name_nor_an_enrolment() -> None:
    # "Ray has a son, _____." (R340) and "married his second wife _____" (R336): personal
    # trivia; "has an enrollment of _____ (number) undergraduates" (R341): an undated figure
    from quiz.generator.checks import CENSUS_FIGURE
    from quiz.generator.wording import CAST_OR_KIN

    for prompt in (
        "Ray has a son, _____.",
        "Exa married his second wife _____ in 2001.",
        "Exa Nights stars actor _____.",
        "It was directed by Jo Wyn, starring _____.",
    ):
        assert CAST_OR_KIN.search(prompt), prompt
    assert not CAST_OR_KIN.search("Exa was founded by _____ in 1901.")
    assert not CAST_OR_KIN.search("The Exa sonata was written by _____.")
    assert CENSUS_FIGURE.search("Exa University has an enrollment of 1010 undergraduates.")
    text = (
        f"{Q}Exa University{Q} is a university in Wyton, Wyland, and has an enrollment of "
        "1010 undergraduates.\n"
    )
    assert not any(q.answer == "1010" for q in build_bank("Exa University", text).questions)


def test_a_which_question_keeps_to_the_kind_its_link_names() -> None:
    # "Armstrong died in 1984 and his ashes were scattered at which bridge?" -> Stamford Bridge,
    # a stadium ([[Stamford Bridge (stadium)]], R341)
    from quiz.generator.facts import Sentence
    from quiz.generator.insitu import insitu_question
    from quiz.generator.spans import Span

    text = "Exa died in 1984 and his ashes were scattered at Stamford Bridge."
    start = text.index("Stamford")
    for target, asked in (
        ("Stamford Bridge (stadium)", None),
        ("Stamford Bridge", "Exa died in 1984 and his ashes were scattered at which bridge?"),
    ):
        span = Span(start, len(text) - 1, "Stamford Bridge", "entity", target)
        sentence = Sentence(text, "Death", [span])
        assert insitu_question(sentence, span, "bridge", "place") == asked


def test_a_towns_name_in_the_title_gives_its_state_and_a_catalogue_number_no_prompt() -> None:
    # "In which state is the Concordia College?" (Alabama; the title says Selma) and "... added
    # to the National Register of Historic Places in _____ (year) as reference #70000032" (R342)
    from quiz.generator.subdivisions import placed_by_title

    assert placed_by_title("state", "Concordia College, Selma")
    assert placed_by_title("country", "Concordia College, Selma")
    assert not placed_by_title("county", "Concordia College, Selma")
    assert not placed_by_title("state", "City Montessori School, Aliganj Branch")
    text = (
        f"The {Q}Exa Light{Q} is a lighthouse in Wyland. The Exa Light was added to the "
        "National Register of Historic Places in 1970 as reference #70000032.\n"
    )
    assert not any("70000032" in q.prompt for q in build_bank("Exa Light", text).questions)


def test_r343_r344_mends() -> None:
    # "... created on _____ (date) by the 1980 Montevideo Treaty" (the year given, R343); "the
    # Hugo Award for which novel?" (Best Novel, R343); "the astronomer of which navy?" (French
    # Navy, in a French astronomer's article, R343); "What is the currency of the Bank of
    # England?" (R344)
    from quiz.generator.infobox import infobox_question

    text = (
        f"The {Q}Exa Association{Q} is a trade body. The Exa Association was created on "
        "12 August 1980 by the 1980 Wyton Treaty.\n"
    )
    assert not any(
        q.answer == "12 August 1980" for q in build_bank("Exa Association", text).questions
    )
    from quiz.generator.facts import Sentence
    from quiz.generator.insitu import insitu_question
    from quiz.generator.spans import Span

    said = "Exa Dunes was nominated for the Hugo Award for Best Novel in 1977."
    for name, fine in (("Best Novel", "novel"), ("Wyton Prize", "prize")):
        said = said.replace("Best Novel", name) if name != "Best Novel" else said
        at = said.index(name)
        span = Span(at, at + len(name), name, "entity", "")
        asked = insitu_question(Sentence(said, "", [span]), span, fine, "work")
        assert (asked is None) == (name == "Best Novel"), asked
    sailor = (
        f"{Q}Ned Oss{Q} (1730-1817) was a French astronomer. In 1751 Oss entered the employ of "
        "Jo Wyn, the astronomer of the [[French Navy]].\n"
    )
    assert not any(q.answer == "French Navy" for q in build_bank("Ned Oss", sailor).questions)
    bank = "the Bank of Exland"
    assert infobox_question("currency", "Currency", bank, kind="central bank") is None
    assert infobox_question("currency", "Currency", "Exland", kind="country") is not None


def test_r345_r346_mends() -> None:
    # "Geography of Cameroon is comparable in size to ..." and "What is the currency of Economy
    # of Chad?" (its "It" is Cameroon; R345); "Where was Auguste and Louis Lumière born?"
    # (R345); "Where was Diogo Cão born? Vila Real (some say in Évora)" (R346)
    from quiz.generator.kindwording import kind_value
    from quiz.generator.structured import DUO
    from quiz.generator.subject import find_subject
    from quiz.text import normalize

    text = f"{Q}Geography of Exland{Q} is the geography of a country. It is larger than Wyland.\n"
    assert find_subject(parse_article("Geography of Exland", text)).name == "geography of Exland"
    assert not any(
        q.prompt.startswith("Geography of Exland")
        for q in build_bank("Geography of Exland", text).questions
    )
    assert DUO.fullmatch("Auguste and Louis Lumière")
    assert not DUO.fullmatch("Prince Henry, Duke of Gloucester and Edinburgh")
    hedged = f" {normalize('Exa was born in Vila Real (some say in Evora) in 1450.')} "
    assert kind_value("birth_place", "Vila Real", "Exa", [], hedged) == ""
    assert kind_value("birth_place", "Vila Real", "Exa", [], " exa was born in vila real ") == (
        "Vila Real"
    )


def test_r347_r348_mends() -> None:
    # "Who succeeded Burhanuddin Rabbani as President of Afghanistan?" (two terms, two
    # successors, R348); an infobox birth year the opening parenthesis gives otherwise (R347)
    from quiz.generator.facts import InfoboxFact
    from quiz.generator.generate import _with_lead_life
    from quiz.generator.offices import held_again  # (since stop 59; kind_value's before)

    def box_of(*lines: tuple[str, str]) -> list[InfoboxFact]:
        return [InfoboxFact(name, name, value, "text") for name, value in lines]

    twice = [("office", "President"), ("successor", "Ann Roe"), ("term_start2", "1992")]
    twice.append(("successor2", "Kit Vark"))
    assert held_again(box_of(*twice), "President")
    other = [*twice, ("office2", "Minister of Defence")]
    assert not held_again(box_of(*other), "President")
    offset = [("office", "Chancellor"), ("office1", "Minister"), ("predecessor2", "Jo Wyn")]
    assert not held_again(box_of(*offset), "Chancellor")
    box = "{{Infobox person\n| name = Ned Oss\n| birth_date = 1893\n}}"
    text = f"{box}\n{Q}Ned Oss{Q} (1894 – 1929) was an Exlandic singer.\n"
    facts = _with_lead_life(extract_facts(parse_article("Ned Oss", text)))
    assert not any(f.name == "birth_date" for f in facts.infobox), facts.infobox
    same = _with_lead_life(extract_facts(parse_article("Ned Oss", text.replace("1894", "1893"))))
    assert any(f.name == "birth_date" for f in same.infobox)
