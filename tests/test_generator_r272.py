"""Stop 48's mends from R272-R275, made general: a person called by a word the article never
uses alone, "but also" kept whole, openers that lean on the paragraph, copied slips, years the
infobox gives otherwise, and sizes or rough lengths as answers."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator import careers, salience
from quiz.generator.checks import substitute
from quiz.generator.copied import debris, points_back
from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.infobox import infobox_question, no_winner
from quiz.generator.items import SentenceItems
from quiz.generator.lexicon import indefinite
from quiz.generator.notworth import NOT_WORTH
from quiz.generator.otherwise import released_otherwise, told_elsewhere
from quiz.generator.standalone import prepare
from quiz.generator.structured import StructuredItems
from quiz.generator.subject import Subject, find_subject
from quiz.generator.thenames import INSTITUTION
from quiz.generator.unaskable import unaskable_fields
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import garbled_question, wh_after_modifier


def _name(title: str, body: str) -> str:
    return find_subject(parse_article(title, body)).name


def test_a_person_is_called_by_a_word_the_article_uses_alone_or_in_full() -> None:
    # R275: "Dachang went to Hunan" (Lu Dachang: his given name; the article says "He");
    # R274: "Tae is the winner" (Na Tae-joo: half of a hyphenated name)
    lead = "was a Chinese general. He went to Hunan in 1927. He was in Shaanxi in 1931.\n"
    assert _name("Lu Dachang", f"{Q}Lu Dachang{Q} {lead}") == "Lu Dachang"
    korean = f"{Q}Na Tae-joo{Q} (born 1980) is a Korean actor. Tae-joo won a contest in 2007.\n"
    assert _name("Na Tae-joo", korean) == "Tae-joo"
    # a surname the article does use alone is still the name
    used = f"{Q}Ann Vark{Q} (born 1950) is an Exlandic singer. Vark was born in Exton. Vark sang.\n"
    assert _name("Ann Vark", used) == "Vark"


def test_but_also_keeps_its_also() -> None:
    # R274: "Feder has cooperated closely with physicist Torstein Jøssang, but with colleagues
    # worldwide" (the source: "but also with"); a lone "also" still goes
    ned = Subject("Ned Exa", "Exa", person=True, pronoun="he")
    text = "Exa has worked closely with Ann Vark, but also with colleagues worldwide."
    prepared = prepare(text, [], ned)
    assert prepared is not None and "but also with" in prepared.text
    alone = prepare("Exa also worked with Ann Vark in Exton in 1960.", [], ned)
    assert alone is not None and alone.text == "Exa worked with Ann Vark in Exton in 1960."


def test_among_others_leans_on_the_paragraph() -> None:
    # R275: "Among others, Anseth operated Olav V of Norway for a cataract in _____"
    ned = Subject("Ned Exa", "Exa", person=True, pronoun="he")
    assert prepare("Among others, Exa operated on King Olav of Exland in 1970.", [], ned) is None
    assert prepare("Exa operated on King Olav of Exland in 1970.", [], ned) is not None


def test_a_year_before_its_month_or_a_foreign_and_is_debris() -> None:
    # R274: "in the USA in 2012 October"; "built between 1911 und 1913"
    assert debris("Ann Exa won second prize in a contest in the USA in 2012 October.")
    assert debris("The villa was built between 1911 und 1913 as a residence.")
    assert not debris("Ann Exa won second prize in a contest in October 2012.")
    assert not debris("The villa was built between 1911 and 1913 as a residence.")
    assert not debris("He took part in the 1917 October Revolution in Petrograd.")


def test_a_year_built_or_listed_that_the_infobox_gives_otherwise() -> None:
    # R275: "was built in 1925" beside "Built: 1952"; R274: "listed on the National Register of
    # Historic Places in 1983" beside "Added: June 28, 1982"
    built = "Exa School was built in 1925 and is a frame building."
    assert careers.given_otherwise(built, [("built", "1952")])
    assert not careers.given_otherwise(built, [("built", "1925")])
    listed = "Exa House was listed on the National Register of Historic Places in 1983."
    assert careers.given_otherwise(listed, [("added", "June 28, 1982")])
    assert not careers.given_otherwise(listed, [("added", "June 28, 1983")])
    # the infobox's side: "Added: 1982" beside "It was listed ... in 1983"
    prose = "It was listed on the National Register of Historic Places in 1983."
    assert careers.dated_otherwise("added", "June 28, 1982", prose)
    assert not careers.dated_otherwise("added", "June 28, 1983", prose)


def test_a_release_the_text_dates_originally_otherwise() -> None:
    # R275: "Released: August 1958" beside "originally released on the tiny Ford label in 1957"
    prose = "Ramex is a song. It was originally released on the tiny Exa label in 1957."
    assert released_otherwise("August 1958", prose)
    assert not released_otherwise("1957", prose)


def _number_salience(text: str, figure: str) -> float:
    body = f"{Q}Exa Hall{Q} is a town hall in [[Exton]], built in 1780.\n\n{text}\n"
    facts = extract_facts(parse_article("Exa Hall", body))
    types = entity_types(facts)
    (sentence,) = [s for s in facts.sentences if figure in s.text]
    (span,) = [s for s in sentence.spans if s.text == figure]
    return salience.salience(sentence, span, span.type, facts, types, sentence.text)


def test_a_size_or_a_rough_length_is_not_worth_asking() -> None:
    # R274: "measuring 30 feet wide and _____ (number) feet long"; "situated at a height of
    # about _____ (number) m"
    assert (
        _number_salience(
            "Exa Hall is a plain structure measuring 30 feet wide and 45 feet long.", "45"
        )
        == 0
    )
    assert (
        _number_salience("Exa Hall is situated at a height of about 3,434 m near Wyton.", "3,434")
        == 0
    )
    assert (
        _number_salience("Exa Hall held 3,434 people at its opening concert in 1781.", "3,434") > 0
    )


def test_a_things_years_before_its_verb_make_no_person() -> None:
    # R277: "Mildura Cultivator was born in _____" of "The Mildura Cultivator (1888–1920) was a
    # weekly newspaper"; a person with two trades, one a kind noun ("film"), is still a person
    paper = f"The {Q}Exa Cultivator{Q} (1888–1920) was a weekly newspaper in [[Exton]].\n"
    assert not find_subject(parse_article("Exa Cultivator", paper)).person
    editor = (
        f"{Q}Ann Vark{Q} (5 November 1929 – 17 July 2017) was a French film editor and actress.\n"
    )
    assert find_subject(parse_article("Ann Vark", editor)).person


def test_a_building_named_by_what_it_is_and_where_takes_the() -> None:
    # R277: "How many floors does Courthouse in Września have?", "When was School building on
    # Castle Street in Miłosław completed?", "United States Post Office was listed ..."
    assert INSTITUTION.search("Courthouse in Exton")
    assert INSTITUTION.search("School building on Castle Street in Exton")
    assert INSTITUTION.search("United States Post Office")
    assert not INSTITUTION.search("Love in Exland")  # (a film's name: no building)
    assert not INSTITUTION.search("Ann Vark")


def _table_prompts(heading: str, first: str) -> list[str]:
    rows = "\n".join(
        f"|-\n| {n} || {name} || Exa Club || {30 - n}"
        for n, name in enumerate(["Ann Vark", "Bob Roe", "Cid Exa", "Dan Wy", "Eve Ox"], 1)
    )
    levels = enumerate(heading.split(" > "), 2)
    headings = "".join(f"{'=' * n} {h} {'=' * n}\n" for n, h in levels)
    body = (
        f"The {Q}2014 Exa League{Q} was the 10th season of the Exa League.\n\n"
        f'{headings}{{| class="wikitable"\n! Pos !! {first} !! Club !! Total\n{rows}\n|}}\n'
    )
    return [
        q.prompt for q in build_bank("2014 Exa League", body).questions if "finished" in q.prompt
    ]


def test_a_scorers_list_a_numbered_race_or_a_name_column_is_no_result() -> None:
    # R278-R279 passed 2 of 7 table items: "In the top Assists of ..., which player finished
    # first?", "In the race 2 of ..., which name finished first?"
    assert _table_prompts("Results", "Player") == [
        "In the results of the 2014 Exa League, which player finished first?"
    ]
    assert _table_prompts("Top scorers", "Player") == []
    assert _table_prompts("Scoring statistics", "Player") == []
    assert _table_prompts("Race 2", "Player") == []
    assert _table_prompts("Results", "Name") == []
    # R280-R283: only a results table (not a semifinal, a practice, a club's tally), and the
    # class it belongs to named ("In the race classification of ...": Superbike or Supersport?)
    assert _table_prompts("Semifinals", "Player") == []
    assert _table_prompts("Free practice", "Player") == []
    assert _table_prompts("Wins by club", "Player") == []
    assert _table_prompts("Supersport > Race classification", "Rider") == [
        "In the Supersport race classification of the 2014 Exa League, which rider finished first?"
    ]
    assert _table_prompts("Superbike > Race 1 classification", "Rider") == []
    assert _table_prompts("Exa 600 Series results > Race", "Rider") == [
        "In the Exa 600 Series race of the 2014 Exa League, which rider finished first?"
    ]  # (the series its heading names, not "In the race of ...", which two series share)


def test_a_birthplace_that_is_only_the_leads_nationalitys_country_is_not_asked() -> None:
    # R278: "In which country was Delores S. Williams born?" -> United States (an American
    # theologian): no place to learn
    ann = Subject("Ann Vark", "Vark", person=True, pronoun="she")
    prose = "Ann Vark (born 1950) is an American theologian. She was born in Exton."
    assert told_elsewhere("birth_place", "United States", prose, ann)
    assert not told_elsewhere("birth_place", "Exton, Ohio", prose, ann)
    lead = "Ann Vark (born 1950) is an American theologian. She taught in Exton."
    assert told_elsewhere("birth_place", "United States", lead, ann)
    assert not told_elsewhere("birth_place", "Germany", lead, ann)  # (not the lead's: asked)
    ned = Subject("Ned Vark", "Vark", person=True, pronoun="he")
    convict = "Ned Vark (1764 – 1834) was an English convict sent to Exland. He was a sweep."
    assert told_elsewhere("birth_place", "England", convict, ned)  # (a region the nation names)


def test_a_miniseries_is_asked_with_its_kind_and_year() -> None:
    # R278: "Who directed Rosemary's Baby?" of the 2014 miniseries (Polanski directed the film)
    body = (
        "{{Infobox television\n| director = [[Ann Vark]]\n| first_aired = May 11, 2014\n}}\n"
        f"{Q}Exa's Baby{Q} is an American horror miniseries.\n"
    )
    for title, named in (
        ("Exa's Baby (miniseries)", "the 2014 miniseries Exa's Baby"),
        ("Exa's Baby", ""),
    ):
        facts = extract_facts(parse_article(title, body))
        items = StructuredItems(SentenceItems(facts, entity_types(facts), 0))
        assert items.dated_work == named


def test_a_graduation_year_is_not_worth_asking() -> None:
    # R281: "In what year did Webb graduate high school from Baltimore School for the Arts?"
    # (and two more: 3 of 3 failed as a minor detail); where one studied is still asked
    text = "Exa Hall graduated from the Wyton School of Music in 1961 with a degree in piano."
    assert _number_salience(text, "1961") == 0


def test_r278_r281_copies_and_trivia() -> None:
    # "White Shadow later premiered ..." (a second showing), "premiere at 2014 Sundance Film
    # Festival" (no "the"), "celebrated her tenth anniversary", "24 miles from which bridge?",
    # "In _____ (month and year), X was renewed", one festival screening of many
    assert points_back("The film later premiered in the World Cinema Competition in 2014.")
    assert debris("Exa had its world premiere at 2014 Exton Film Festival on January 17, 2014.")
    assert not debris("Exa had its world premiere at the 2014 Exton Film Festival in January.")
    assert debris("Exa is a 2014 a Bengali drama film directed by Ann Vark.")  # (R284)
    assert not debris("Exa is a 2014 Bengali drama film directed by Ann Vark.")
    assert debris("Exa is a fellow of the Royal Society of Exland since 1992.")  # (R286)
    assert NOT_WORTH.search("In 2015, Ann Vark celebrated her tenth anniversary on the radio.")
    bridge = "Exa Hall lies about 37 miles north of Wyton, and 24 miles from the [[Tara Bridge]]."
    body = f"{Q}Exa Hall{Q} is a town hall in [[Exton]], built in 1780.\n\n{bridge}\n"
    facts = extract_facts(parse_article("Exa Hall", body))
    (sentence,) = [s for s in facts.sentences if "Tara" in s.text]
    (span,) = [s for s in sentence.spans if s.text == "Tara Bridge"]
    assert (
        salience.salience(sentence, span, "entity", facts, entity_types(facts), sentence.text) == 0
    )
    assert (
        _number_salience(
            "Exa Hall was renewed as a venue on 13 February 2014 by Wyton.", "13 February 2014"
        )
        == 0
    )
    screened = "Exa Hall screened its film at the Wyton International Film Festival on 2 May 2014."
    assert _number_salience(screened, "2 May 2014") == 0


def test_r282_r283_wording_and_a_low_buildings_floors() -> None:
    # "by American hip hop recording which artist?", "In what year was X last used and has
    # since been demolished?", "How many floors does Mar Hall have?" (3: trivia)
    assert wh_after_modifier("Exa is the second EP by American hip hop recording which artist?")
    assert not wh_after_modifier("After visiting which country did Exa return to Wyton?")
    assert garbled_question("In what year was Exa Hall last used and has since been demolished?")
    assert unaskable_fields([("floor_count", "3")], "Exa Hall") == {"floor_count"}
    assert unaskable_fields([("floor_count", "77")], "Exa Tower") == set()


def test_a_false_figure_takes_its_own_a_or_an() -> None:
    # R285: "Cefn Ila is an 117 acres woodland" (the true one: "an 83 acres"): the "an" left
    # gave the change away
    text = "Exa Wood is an 83 acres woodland near Wyton."
    start = text.index("83")
    assert (
        substitute(text, start, start + 2, "117") == "Exa Wood is a 117 acres woodland near Wyton."
    )
    assert substitute(text, start, start + 2, "18") == text.replace("83", "18")
    assert [indefinite(n) for n in ("8", "11", "117", "1800s", "1980s", "11,000")] == [
        "an",
        "an",
        "a",
        "an",
        "a",
        "an",
    ]


def test_an_infobox_value_the_title_spells_is_given_away() -> None:
    # R284: "What was the capital of the Bukhar Khudahs?" -> Bukhara: answers.shares_title, asked
    # before only of "Where ...?" and "In which ...?"; a birthplace that only begins like the
    # surname is still asked ("Karlstad" of Jonas Karlsson)
    def asked(title: str, field: str, value: str, lead: str) -> list[str]:
        body = f"{{{{Infobox country\n| {field} = [[{value}]]\n}}}}\n{Q}{title}{Q} {lead}\n"
        return [q.answer for q in build_bank(title, body).questions]

    assert "Wytonia" not in asked("Wytoni Khudahs", "capital", "Wytonia", "ruled from Wytonia.")
    assert "Exton" in asked("Vark Khudahs", "capital", "Exton", "ruled Exland from Exton.")


def test_the_year_of_a_marriage_is_not_worth_asking() -> None:
    # R283: "the year of a second marriage"; R275: "the year she married an otherwise
    # unidentified man" (whom is the fact, as for a marriage's day since R198)
    assert (
        _number_salience("Exa Hall married Ann Vark, a teacher from Wyton, in 1946.", "1946") == 0
    )


def test_a_dated_tournaments_winner_is_asked() -> None:
    # A tournament's winner is its key fact ("Which team won the 2014 Christy Ring Cup?");
    # not a league's with no year (its holder now), a team season's honour, a country's code
    assert infobox_question("champions", "Champions", "the 2014 Exa Cup") == (
        "Which team won the 2014 Exa Cup?"
    )
    assert not no_winner("champions", "Wyton Rovers", "2014 Exa Cup")
    assert no_winner("champions", "Wyton Rovers", "Exa League")
    assert no_winner("champion", "Helms Foundation National Champions", "1905–06 Exa team")
    assert no_winner("champions", "IRI", "2014 Exa Championship")
    assert unaskable_fields([("champions", "Wyton Rovers")], "Exa League") == {"champions"}
    assert infobox_question("champions", "Champions", "1960–61 Exa Cup") is None


def test_a_firm_named_by_a_plural_noun_is_one_firm() -> None:
    # R282: "Who founded the Sidus Pictures?", "The Sidus Pictures were founded in ..."
    body = f"{Q}Exa Pictures{Q} is an Exlandic film production company founded by [[Ann Vark]].\n"
    subject = find_subject(parse_article("Exa Pictures", body))
    assert subject.name == "Exa Pictures" and not subject.plural
    team = f"The {Q}Wyton Indians{Q} were a minor league baseball team based in [[Wyton]].\n"
    assert find_subject(parse_article("Wyton Indians", team)).plural  # (a team's name is plural)
