"""R415-R416 (fresh pools p114-p115, code 98ecb8b: 101/107 and 79/85), mended in general: a year a
war's front gives away ("served on the Western Front between _____ and 1916"); a period's name
is no gap ("a film studio of the _____" -> "silent era": "1920s" fits too); a rank the text
says is in dispute; a place's area naming the state it asks ("the Portland metropolitan area of
which state?"); a life's place with its later name ("New Netherland (later The Bronx)")."""

from __future__ import annotations

from quiz.generator.facts import Facts
from quiz.generator.general import NAMED_EVENT
from quiz.generator.otherwise import told_elsewhere
from quiz.generator.salience import BROAD_CLASS
from quiz.generator.spans import askable_span
from quiz.generator.subject import Subject
from quiz.generator.taxa import taxon_disputed


def test_a_year_a_wars_front_gives_away_is_not_asked() -> None:
    said = "It served on the Western Front between 1914 and 1916."
    assert NAMED_EVENT.search(said)  # (R416: the First World War began in 1914)
    assert not NAMED_EVENT.search("It served in a field hospital between 1914 and 1916.")


def test_a_periods_name_is_no_gap() -> None:
    text = "Exfilms was an American film studio of the silent era, a producer of films."
    at = text.find("silent era")
    assert not askable_span(text, at, at + len("silent era"), "entity")  # (R416)
    named = "Exfilms was an American film studio owned by Radio Exco, a producer of films."
    at = named.find("Radio Exco")
    assert askable_span(named, at, at + len("Radio Exco"), "entity")


def test_a_rank_the_text_says_is_in_dispute_is_not_asked() -> None:
    facts = Facts("Exodon")
    facts.prose = "It is a member of the Lamnidae family but its classification is in dispute."
    assert taxon_disputed("familia", "Lamnidae", facts)  # (R416: the megalodon)
    facts.prose = "It is a member of the Lamnidae family."
    assert not taxon_disputed("familia", "Lamnidae", facts)


def test_a_places_area_naming_its_state_gives_it_away() -> None:
    asked = "Ex Creek flows into the Vole River in the Portland metropolitan area of which state?"
    assert BROAD_CLASS.search(asked)  # (R415: Oregon)
    assert not BROAD_CLASS.search("The largest city of which state is Exton?")


def test_a_lifes_place_with_its_later_name_is_not_asked() -> None:
    subject = Subject("Ann Exa", "Exa", person=True)
    value = "New Exland (later The Vole, New York)"
    assert told_elsewhere("death_place", value, "Ann Exa died in 1643.", subject)  # (R415)
    assert not told_elsewhere("death_place", "Exton, New York", "Exa died in 1643.", subject)


def test_a_titles_code_point_is_read_back_not_stripped_as_a_tag() -> None:
    from pathlib import Path

    from quiz.generator.ingest import read_seed

    seed = "[\"Gal<U+00E1>pagos tortoise\", \"'''Gal<U+00E1>pagos tortoise''' is a tortoise.\"]"
    page = read_seed(Path("t.json"), seed.encode())
    assert page.title == "Galápagos tortoise"  # (R416's "Gal": the pool had cut it there)
    assert "Galápagos tortoise" in page.wikitext


def test_a_life_place_the_persondata_gives_otherwise_is_not_asked() -> None:
    from quiz.generator.article import life_aside
    from quiz.generator.facts import InfoboxFact
    from quiz.generator.lifetime import disputed_place

    wikitext = (
        "{{Persondata\n| NAME = Exa, Ann\n| PLACE OF BIRTH = [[Little Exford]], "
        "[[Voleboroughshire]], England\n| PLACE OF DEATH =\n}}\n[[Category:1900 births]]\n"
    )
    aside = life_aside(wikitext)
    assert aside == {
        "birth_date": frozenset({"1900"}),
        "birth_place": frozenset({"Little Exford, Voleboroughshire, England"}),
    }

    def disputed(value: str) -> bool:
        return disputed_place(InfoboxFact("birth_place", "Birth place", value, "text"), aside)

    assert disputed("Little Exford, Valeboroughshire, England")  # (R416: Hertfordshire)
    assert disputed("Exton, Voleboroughshire")  # (another town: "Oak Park" beside "Chicago")
    assert not disputed("Little Exford, Voleboroughshire")
    assert not disputed("Little Exford, United Kingdom")  # (the same place named otherwise)
