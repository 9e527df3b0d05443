"""Review R94 and the tuning reads around it: what their rejects had in common, kept out."""

from __future__ import annotations

import pytest
from test_generator_r73 import Q, prompts

from quiz.generator.answers import reject_answer
from quiz.generator.careers import studied_elsewhere
from quiz.generator.facts import Facts, Sentence, extract_facts
from quiz.generator.falsify import SIDE_CLAUSE, TWO_DATED_CLAUSES
from quiz.generator.generate import entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.insitu import insitu_question
from quiz.generator.items import FactItems, SentenceItems
from quiz.generator.listyears import dated_otherwise
from quiz.generator.sentences import split_sentences
from quiz.generator.spans import Span
from quiz.generator.standalone import prepare
from quiz.generator.structured import StructuredItems
from quiz.generator.subject import Subject, find_subject
from quiz.generator.substance import says_the_title
from quiz.generator.tidy import tidy_sentence
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import emphatic_do, leans_back, verbless


def infobox_items(facts: Facts) -> list[FactItems]:
    """The items an article's infobox gives."""
    return StructuredItems(SentenceItems(facts, entity_types(facts), 0)).infobox()


def test_a_name_opening_with_a_possessive_takes_no_article() -> None:
    # "It is an active Anglican parish church" had become "The St Mary's Church, Dodleston is
    # an active ...": a name that opens with a saint's or a founder's possessive takes no "the"
    # (the rule that gives churches and institutions one), unless the text itself writes it.
    church = (
        f"{Q}St Anne's Church, Exley{Q} is in the village of [[Exley]]. It is an active "
        "Anglican parish church. St Anne's Church was rebuilt in 1870.\n"
    )
    assert find_subject(parse_article("St Anne's Church, Exley", church)).name == (
        "St Anne's Church"  # (the place after the comma goes since R160)
    )
    party = (
        f"The {Q}People's Party of Exland{Q} is a party in [[Exland]]. The People's Party of "
        "Exland was founded in 1901. In 1910 the People's Party of Exland won an election.\n"
    )
    assert find_subject(parse_article("People's Party of Exland", party)).name == (
        "the People's Party of Exland"
    )


def test_a_firms_abbreviation_inside_its_name_ends_no_sentence() -> None:
    # "the film was shot entirely at [[Warner Bros.]] Studios in Burbank" had been cut after
    # "Bros.": "...; Casablanca was shot entirely at Warner Bros." (a garbled question).

    def split(text: str) -> list[str]:
        return [text[a:b] for a, b in split_sentences(text)]

    assert split("It was shot at Warner Bros. Studios in Burbank. It opened in 1942.") == [
        "It was shot at Warner Bros. Studios in Burbank.",
        "It opened in 1942.",
    ]
    assert split("It was released by Warner Bros. The film was a hit.") == [
        "It was released by Warner Bros.",
        "The film was a hit.",
    ]


def test_an_infobox_field_said_of_a_plural_name_takes_a_plural_verb() -> None:
    # "The Kinston Indians was founded in _____ (year)."

    text = (
        "{{Infobox baseball team\n| name = Exley Indians\n| founded = 1987\n}}\n"
        f"The {Q}Exley Indians{Q} are a minor league baseball team in [[Exley, Ohio]]. The "
        "Exley Indians play in the [[Carolina League]]. In 2002 the Exley Indians moved to a "
        "new park.\n"
    )
    facts = extract_facts(parse_article("Exley Indians", text))
    items = infobox_items(facts)
    said = [q.prompt for item in items for q in item.options.values() if q.kind == "cloze"]
    assert said == ["The Exley Indians were founded in _____ (year)."]


def test_a_stressed_does_or_did_answers_a_sentence_before_and_is_not_asked() -> None:
    # "Winter does appear on the accompanying film Linear." (True): the stress contradicts a
    # sentence the learner never sees; "as did Jones", "did not", "did well" are no stress.

    assert emphatic_do("Winter does appear on the accompanying film Linear.")
    assert emphatic_do("Thrasybulus did return to action at the Battle of Arginusae.")
    for plain in (
        "Smith won in 1990, as did Jones.",
        "He did not return.",
        "He did well in 1990.",
        "He did serious damage.",
        "Nor did he return.",
        "They did so in 1990.",
    ):
        assert not emphatic_do(plain), plain


def test_the_end_of_a_numeric_range_is_not_asked() -> None:
    # "... the petite finals for places 7 through _____ (number)": 12, from the start and the
    # size of a final; like "687 and _____ nm", one of a pair of figures.

    text = (
        f"{Q}Xan Exley{Q} (born 1972) is a rower from [[Exland]].\n\n== Career ==\nAt the 1992 "
        "Olympics, he just missed making the finals. Exley chose not to start the petite "
        "(consolation) finals for places 7 through 12 because of a back injury.\n"
    )
    facts = extract_facts(parse_article("Xan Exley", text))
    types = entity_types(facts)
    reasons = {
        span.text: reject_answer(s, span, facts, types)
        for s in facts.sentences
        for span in s.spans
        if span.type == "number"
    }
    assert reasons["12"] == "one of a pair of figures", reasons


def test_a_value_in_a_side_clause_is_not_changed_for_a_false_statement() -> None:
    # R94: "After leaving the NBA in 2004 (1992), Johnson formed ..." and "The Medal of Honor has
    # evolved in appearance since its creation in 1847 (1862)": the main claim stays true.

    assert SIDE_CLAUSE.search("After leaving the NBA in ")
    assert SIDE_CLAUSE.search("The Medal has evolved in appearance since its creation in ")
    assert SIDE_CLAUSE.search("Despite press promptings during ")
    for main in ("In ", "Johnson retired after ", "Since its founding in 1990, the firm moved in "):
        assert not SIDE_CLAUSE.search(main), main


def test_a_list_of_holders_asks_for_the_post_its_lead_in_names() -> None:
    # R94: under "Officers" (the Order has six), "Who was the officer of the Order from 1943 to
    # 1959?" had three right answers; the lead-in names the post: "the post of Chancellor".

    lords = ["Duke of Exa", "Earl of Exb", "Marquess of Exc", "Viscount Exd", "Baron Exe"]
    holders = "".join(
        f"* [[The {lord}]] ({1900 + 10 * i}&ndash;{1908 + 10 * i})\n"
        for i, lord in enumerate(lords)
    )
    head = (
        f"The {Q}Order of Exley{Q} is an order of chivalry in [[Exland]]. The Order was "
        "founded in 1348 by [[Edward Exley]]. The Duke of Exa rewrote its statutes in 1905."
        "\n\n== Officers ==\nThe Order has six officers: "
        "the Prelate, the Chancellor, the Registrar, the Usher, the Herald and the Secretary. "
    )
    named = prompts(
        "Order of Exley", head + "These members have held the post of Chancellor:\n" + holders
    )
    assert any(p.startswith("Who was the chancellor of") for p in named), named
    umbrella = prompts("Order of Exley", head + "The following have served:\n" + holders)
    assert not any(p.startswith("Who was the officer") for p in umbrella), umbrella


def test_a_date_field_of_three_digits_is_a_year() -> None:
    # R94: "Death date: 977" was a number: its choices were 779, 1147 and 1263.

    text = (
        "{{Infobox royalty\n| name = Exa of Exland\n| death_date = 977\n| reign = 965–977\n}}\n"
        f"{Q}Exa of Exland{Q} was a duchess of [[Exland]].\n"
    )
    fields = {f.name: f.type for f in extract_facts(parse_article("Exa of Exland", text)).infobox}
    assert fields["death_date"] == "year"


def test_a_year_a_list_of_awards_gives_otherwise_is_not_asked_with_or_without_the() -> None:
    # R94: "In 1958, she was honoured with the title of the People's Artist of the USSR" (True);
    # the list of awards says "People's Artist of USSR (1959)": true under one reading only.

    listed = {"People's Artist of USSR": frozenset({"1959"})}
    said = "In 1958, Exa was honoured with the title of the People's Artist of the USSR."
    assert dated_otherwise(said, "1958", listed)
    assert not dated_otherwise(said.replace("1958", "1959"), "1959", listed)


@pytest.mark.parametrize(
    "text",
    [
        "As of January 2008, Exa was studying applied psychology at Exa College.",  # R95
        "The British newspaper The Guardian reported in 2001 that no money had come.",
        "In 2006, Exa expressed interest in beginning the tour in March 2007.",
        "On August 24, 2010, the episode was released as part of a DVD and Blu-ray set.",
        "In January 2006, Exa Co. had filed for a trademark for the name Exa.",
        "After two years, Exa joined the Royal Air Force.",
        "In 1937 Exa began to suffer pain from his condition.",
        "The Atomic Energy Commission accepted Exa's proposal in 1958.",
        "On 27 August 2003 – Exa Inc. announced the sale of its unit.",
    ],
)
def test_a_sentence_with_nothing_to_learn_or_leaning_back_is_not_used(text: str) -> None:

    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "For two years, Exa lived alone in the mountains of Kurdistan.",
        "After several months of training, Exa received cosmonaut certification.",
        "Exa made his proposal to the council in 1958.",
        "Colonel Exa reported that he was stripped of much of his clothing.",
    ],
)
def test_a_sentence_that_stands_alone_is_kept(text: str) -> None:

    assert not leans_back(text)


def test_a_name_with_its_spellings_or_a_verbless_phrase_is_no_sentence() -> None:
    # R96: "Rabbi Zadok HaKohen Rabinowitz of Lublin, also spelled Tzadok Hacohen, and Tzadok
    # Hakohen." and "Indian cable television network based in Chennai, Tamil Nadu, India."

    assert verbless("Rabbi Exa of Lublin, also spelled Exah Hacohen, and Exa Hakohen.")
    assert verbless("Indian cable television network based in Chennai, Tamil Nadu, India.")
    assert leans_back("Indian cable television network based in Chennai, Tamil Nadu, India.")
    for sentence in (
        "The traditional Niño, also called Eastern Pacific El Niño, involves warm water.",
        "American forces landed in Normandy in 1944.",
        "Exa first met Ann Roe in 1957.",
    ):
        assert not verbless(sentence), sentence


def test_the_subjects_name_inside_another_name_does_not_name_it() -> None:
    # R96: "The firm was founded in 1946, as Ove N. Arup, Consulting Engineers by Sir Ove
    # Nyquist Arup." kept "The firm" (whose?): the founder's name is not the firm's.

    exa = Subject("Exup", "Exup", kinds=frozenset({"firm", "company"}))
    told = prepare("The firm was founded in 1946 by Sir Ove Nyquist Exup.", [], exa)
    assert told is not None and told.text == "Exup was founded in 1946 by Sir Ove Nyquist Exup."
    named = prepare("In 1990 Exup opened an office, and the firm grew.", [], exa)
    assert named is not None and named.text.startswith("In 1990 Exup opened")


def test_a_year_beside_another_dated_clause_is_not_changed() -> None:
    # R96: "In 1981 (1988) the Eastman moved to Gray's Inn Road and in 1992 the Eastman's name
    # was changed": one part false, one true.

    assert TWO_DATED_CLAUSES.search("In 1988 it moved to London and in 1992 its name changed.")
    assert TWO_DATED_CLAUSES.search("It was founded in 1903; in 1920 it moved to Leeds.")
    assert not TWO_DATED_CLAUSES.search("It was founded in 1903 by John Smith of Leeds.")


def test_a_producer_field_is_not_asked() -> None:
    # Infobox items passed 29 of 30 strict reviews in R94-R96 (short answers 23 of 23), and
    # the producer of a film or a record was asked too ("Who produced Casablanca?"); over
    # R272-R314 such questions passed 14 of 22 (one of the producers the text names, the
    # studio, a credit the text never gives), so since stop 52 none is asked.
    assert infobox_question("producer", "Producer", "Exablanca") is None
    film = infobox_question("director", "Director", "Exablanca", kind="film")
    assert film == "Who directed Exablanca?"


def test_a_birthplace_with_its_country_is_asked_and_the_town_alone_passes() -> None:
    # "Birth place: Basel, Switzerland" was taken for a list of two and never asked; infobox
    # items passed 29 of 30 reviews in R94-R96. The town typed alone is accepted too.

    text = (
        "{{Infobox scientist\n| name = Len Exler\n| birth_place = Basel, Switzerland\n"
        "| spouse = Ann Roe, Eva Doe\n}}\n"
        f"{Q}Len Exler{Q} (1707–1783) was a mathematician from [[Exland]].\n"
    )
    facts = extract_facts(parse_article("Len Exler", text))
    items = infobox_items(facts)
    asked = [q for item in items for q in item.options.values() if q.kind == "short_answer"]
    assert [(q.prompt, q.answer) for q in asked] == [
        ("Where was Len Exler born?", "Basel, Switzerland")
    ]
    assert "Basel" in asked[0].accept


def test_r97_a_stray_comma_a_family_the_name_gives_and_a_second_alma_mater() -> None:
    # "The Papal Basilica of Saint Mary Major, is an ancient ... basilica" (a dropped aside's
    # comma); "The Arctic tern is a seabird of the tern family" (true from the name); "Alma
    # mater: Harvard" beside "a B.A. from the University of Washington" (two answers).

    assert tidy_sentence("The Papal Basilica of Saint Exa Major, is a basilica of Rome.") == (
        "The Papal Basilica of Saint Exa Major is a basilica of Rome."
    )
    assert says_the_title("The Exa tern is a seabird of the tern family.", "Exa tern", 3)
    assert not says_the_title("The Exa tern is a seabird that breeds in Exland.", "Exa tern")
    prose = "Exa earned a B.A. from the University of Washington. He taught at Harvard."
    assert studied_elsewhere("alma_mater", "Harvard University", prose)
    assert not studied_elsewhere("alma_mater", "University of Washington", prose)


def test_which_asks_for_the_name_not_for_the_coast_it_has() -> None:
    # R97: "... from Fern Bay on the east coast of Australia" had become "... from Fern Bay on
    # which coast?" (answer: Australia); Australia is no coast, but Brandenburg is a state.

    def asked(text: str, name: str, fine: str) -> str | None:
        start = text.index(name)
        span = Span(start, start + len(name), name, "entity")
        return insitu_question(Sentence(text, "", [span]), span, fine, "place")

    coast = "Ann Exa was a girl from Fern Bay on the east coast of Australia."
    assert asked(coast, "Australia", "country") == (
        "Ann Exa was a girl from Fern Bay on the east coast of which country?"
    )
    state = "Exa is a town in the state of Brandenburg."
    assert asked(state, "Brandenburg", "place") == "Exa is a town in which state?"


def test_r98_an_episode_its_series_a_founders_university_and_whose_team() -> None:
    # "Who directed Pilot?" (the Lost episode; a famous film shares the title of another);
    # "The Reinhardt University"; "He is the team's career leader in saves" (which team?).

    episode = (
        "{{Infobox television episode\n| Title = Exit\n| Series = Exland\n"
        "| Director = [[Ann Roe]]\n| Airdate = May 9, 2010\n}}\n"
        f"\"{Q}Exit{Q}\" is the first episode of the drama series ''[[Exland]]'', directed by "
        "Ann Roe.\n"
    )
    facts = extract_facts(parse_article("Exit", episode))
    items = infobox_items(facts)
    asked = {q.prompt for item in items for q in item.options.values()}
    assert 'Who directed the Exland episode "Exit"?' in asked, asked
    college = (
        f"{Q}Exley University{Q} is a private university in [[Exland]]. Exley University was "
        "founded in 1883 by [[Ann Roe]]. Exley University has 1,000 students.\n"
    )
    assert find_subject(parse_article("Exley University", college)).name == "Exley University"
    assert leans_back("Exa is the team's career leader in saves.")
    assert not leans_back("The law school of Exa was famous until the school's end in 551.")


def test_his_before_the_name_in_the_same_clause_stays() -> None:
    # R98: "In his early career Clifford played ..." had become "In Clifford's early career
    # Clifford played ...".

    exa = Subject("Grahame Exley", "Exley", person=True, pronoun="he")
    told = prepare("In his early career Exley played many small parts.", [], exa)
    assert told is not None and told.text == "In his early career Exley played many small parts."


def test_a_title_ending_in_its_kind_keeps_it() -> None:
    # R99: "The design of the Armed Forces was officially unveiled" in the Armed Forces
    # Memorial's article: the text's many "Armed Forces" name the forces, not the memorial.
    text = (
        f"The {Q}Exland Armed Forces Memorial{Q} is a memorial in [[Exland]]. The Exland Armed "
        "Forces fought in many wars. The Exland Armed Forces lost 16,000 men. The Exland Armed "
        "Forces are honoured here. The design of the memorial was unveiled in 2005.\n"
    )
    subject = find_subject(parse_article("Exland Armed Forces Memorial", text))
    assert subject.name == "the Exland Armed Forces Memorial"


def test_graduating_with_only_a_year_leans_back() -> None:
    # R99: "After graduating in 1942, Parseghian enrolled at the University of Akron" (from
    # what? the school is named paragraphs before).
    assert leans_back("After graduating in 1942, Exa enrolled at the University of Akron.")
    assert not leans_back("After graduating from Yale in 1950, Exa moved to Ohio.")
