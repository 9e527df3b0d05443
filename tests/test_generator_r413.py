"""R413-R414 (fresh pool p113, code 4061c1f: 55/62 and 56/63), mended in general: an order the
everyday name gives (a crab's Decapoda) or the text disputes (the moa's "separate order
Dinornithiformes"); a hyphenated common name asked with "the"; a campus named in full, not as
the system it belongs to; "of Ningbo ancestry" trimmed from a question; the day of a release
from prison or in one country; a ship's completion the infobox dates otherwise; a founding the
text dates twice; a headquarters the text places elsewhere."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.careers import given_otherwise
from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.otherwise import founded_twice, told_elsewhere
from quiz.generator.salience import minor_day
from quiz.generator.subject import Subject
from quiz.generator.taxa import common_name, rank_disputed, said_by_its_name
from quiz.generator.trim import trim_around


def test_an_order_the_everyday_name_gives_or_the_text_disputes_is_not_asked() -> None:
    assert said_by_its_name("Decapoda", "Gulf ghost crab", set())  # (R413)
    assert not said_by_its_name("Decapoda", "Gulf ghost snail", set())
    prose = (
        "Moa belong to the order Struthioniformes although some sources also recognise "
        "these as the separate order Dinornithiformes."
    )
    assert rank_disputed("ordo", "Struthioniformes", prose)  # (R414: the moa)
    assert not rank_disputed("ordo", "Struthioniformes", prose.split(" although")[0] + ".")
    assert not rank_disputed("ordo", "Passeriformes", "It is in the order Passeriformes.")
    assert not rank_disputed("ordo", "Anura", "the order Anura. In order To reach it, ...")


def test_a_hyphenated_common_name_is_asked_with_the() -> None:
    assert common_name("White-tip spider", "Speciesbox") == "the white-tip spider"  # (R413)
    assert common_name("Exly-tip spider", "Speciesbox") == ""  # (a word that is no word)


def test_a_campus_is_named_in_full_where_the_text_links_its_system() -> None:
    box = (
        "{{Infobox university\n| name = Exton State University, Los Angeles\n"
        "| established = 1947\n}}\n"
    )
    text = (
        f"{Q}Exton State University, Los Angeles{Q} is a public university, part of the "
        "[[Exton State University]] system, in [[Los Angeles]]. Exton State University, Los "
        "Angeles was established in 1947.\n\n== History ==\nExton State University, Los Angeles "
        "began classes in 1947. Exton State University runs 23 campuses. Exton State "
        "University was founded in 1857.\n"
    )
    bank = build_bank("Exton State University, Los Angeles", box + text)
    prompts = [q.prompt for q in bank.questions]
    assert prompts and all("Exton State University, Los Angeles" in p for p in prompts)
    assert not [p for p in prompts if " were " in p]  # (one university, not "Angeles were")


def test_an_ancestry_is_trimmed_from_a_question() -> None:
    text = "Ann Exa was born in July 1935 in Shanghai of Ningbo ancestry."
    at = text.find("1935")
    assert trim_around(text, at, at + 4)[0] == "Ann Exa was born in July 1935 in Shanghai."
    inside = "Ann Exa was born in 1935 in Exton, to a family of Ningbo descent."
    assert trim_around(inside, 20, 24)[0] == inside  # (not where it tells of someone else)


def test_the_day_of_a_release_from_prison_or_in_one_country_is_a_detail() -> None:
    def day(text: str) -> bool:
        return minor_day(Sentence(text, ""), True)

    assert day("Ann Exa was released on November 4, 2009 after serving out his sentence.")
    assert day("Exmoor Nights was released within Exland on 27 March 2008.")  # (R413)
    assert day("Exmoor Nights was released internationally through Exfilms on 7 April 2009.")
    assert not day("Exmoor Nights was released on 27 March 2008.")


def test_a_ships_completion_the_infobox_dates_otherwise_is_not_asked() -> None:
    fields = [("laid down", "24 February 1912"), ("completed", "10 May 1915")]
    told = "Exa was laid down in February 1912, launched in April 1913, and completed in May 1916."
    assert given_otherwise(told, fields)  # (R413: Caio Duilio, which year?)
    assert not given_otherwise(told.replace("1916", "1915"), fields)


def test_a_founding_the_text_dates_twice_is_not_asked() -> None:
    subject = Subject("Exa High School", "Exa High School")
    cited = (
        "Founded in 1891. In 1899 the district split, so 1899 is cited as the establishment date."
    )
    assert founded_twice("1891", cited)  # (R414: Plano Senior High School)
    assert founded_twice("1906", "Hotel Exa was built in 1906 and open on January 16, 1908.")
    assert not founded_twice("1906", "Hotel Exa was built in 1906 and opened the same year.")
    assert told_elsewhere("established", "1891", cited, subject)
    assert not told_elsewhere("established", "1891", "It was founded in 1891.", subject)


def test_a_headquarters_the_text_places_elsewhere_is_not_asked() -> None:
    subject = Subject("Exair", "Exair")
    prose = (
        "Exair is an airline based in Exton, Japan, with its headquarters and hub at Vole Airfield."
    )
    assert told_elsewhere("headquarters", "Exton, Japan", prose, subject)  # (R414: J-Air)
    plain = "Exair is an airline headquartered in Exton, Japan."
    assert not told_elsewhere("headquarters", "Exton, Japan", plain, subject)


def test_an_infobox_in_parts_inside_a_table_is_read_whole() -> None:
    from quiz.generator.wikitext import parse_article

    text = (
        "{|{{Infobox ship begin}}\n{{Infobox ship image\n|Ship image=[[File:Exa.jpg]]\n}}\n"
        "{{Infobox ship career\n|Ship name=Exa\n|Ship completed=10 May 1915\n}}\n"
        "{{Infobox ship characteristics\n|Ship length=176 m\n}}\n|}\n"
        f"{Q}Exa{Q} was a battleship of the Exlandic navy. Exa was completed in May 1916.\n"
    )
    article = parse_article("Exlandic battleship Exa", text)
    assert article.infobox_type == "ship"  # (R413: Caio Duilio's box was never read)
    fields = {f.name: f.value for f in article.infobox}
    assert fields["completed"] == "10 May 1915" and fields["length"] == "176 m"  # (its kind's
    # "Ship " is no part of a field's name: "Ship launched" is asked as "launched" is)
    assert "Infobox" not in article.sections[0].blocks[0].text

    def kept(wikitext: str) -> list[str]:
        facts = extract_facts(parse_article("Exlandic battleship Exa", wikitext))
        return [s.text for s in facts.sentences if "completed" in s.text]

    assert kept(text) == []  # (its year clashes with the box's: which is right?)
    assert kept(text.replace("1916", "1915")) == ["Exa was completed in May 1915."]


def test_two_whole_infoboxes_stay_apart() -> None:
    from quiz.generator.wikitext import parse_article

    text = (
        "{{Infobox book\n| name = Exa One\n| release_date = 1975\n}}\n"
        "{{Infobox book\n| name = Exa Two\n| release_date = 1983\n}}\n"
        f"{Q}Exa{Q} is a series of two novels.\n"
    )
    article = parse_article("Exa", text)  # (a series' two books: the first box is the page's)
    assert [f.value for f in article.infobox if f.name == "release_date"] == ["1975"]
    assert article.infobox_count == 2
