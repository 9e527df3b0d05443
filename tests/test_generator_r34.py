"""Rejects of blind reviews R34 and R35 (unseen articles, now tuning articles) that stay out."""

from __future__ import annotations

import random

import pytest

from quiz.generator.acronyms import Acronym, spell_out
from quiz.generator.checks import prompt_problem
from quiz.generator.choices import readable
from quiz.generator.entities import EntityTypes, TypeCollector
from quiz.generator.facts import Facts, Sentence, extract_facts
from quiz.generator.falsify import false_statement_value
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.insitu import insitu_question
from quiz.generator.items import FactItems, SentenceItems
from quiz.generator.references import Context
from quiz.generator.salience import salience, statement_salience
from quiz.generator.select import Bank
from quiz.generator.sentences import usable_sentence
from quiz.generator.spans import Span
from quiz.generator.standalone import _in_place, prepare
from quiz.generator.subject import Subject, find_subject
from quiz.generator.typeclues import head_type, person_like
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import garbled_question
from quiz.model import Question


def _facts(title: str, wikitext: str) -> Facts:
    """The facts of an article whose wikitext writes its bold marks as QQQ."""
    return extract_facts(parse_article(title, wikitext.replace("QQQ", "'" * 3)))


def _figure(
    title: str, wikitext: str, marker: str, value: str
) -> tuple[SentenceItems, Sentence, Span]:
    """The items of an article, the sentence holding ``marker``, and its span ``value``."""
    facts = _facts(title, wikitext)
    sentence = next(s for s in facts.sentences if marker in s.text)
    span = next(s for s in sentence.spans if s.text == value)
    return SentenceItems(facts, entity_types(facts), 0), sentence, span


def test_r34_rejects_stay_out() -> None:
    # "Album of the Year" is an award ("nominated for which album?"); post-nominal letters are
    # not written out ("Richard PC Order of Canada (OC) OQ"); a three-digit year is a date's
    # ("died on _____ (day and month)" for 10 October 644); "In what year was ... beginning?"
    assert head_type("Album of the Year") == "award"
    acronyms = {"OC": Acronym("Order of Canada")}
    text = "Maurice Richard PC OC OQ was a hockey player."
    assert spell_out(text, [], acronyms)[0] == text
    assert garbled_question("In what year was Roe a Colonel in office as Governor beginning?")
    facts = extract_facts(
        parse_article("Exinus", "'''Exinus''' was a bishop of Rochester in Kent.\n")
    )
    items = SentenceItems(facts, entity_types(facts), 0)
    text = "Exinus died on 10 October 644 at Rochester in Kent."
    day = Span(text.index("10"), text.index(" at"), "10 October 644", "date")
    sentence = Sentence(text, "Death", [day])
    assert items.gapped(sentence, day) == "Exinus died on _____ (date) at Rochester in Kent."


def test_r34_sentences_that_lean_back_are_dropped() -> None:
    subject = Subject("Ann Roe", "Roe", person=True, pronoun="she")
    for text in (
        "After her return, Roe tried to keep on good terms with her father in Exaland.",
        "Roe had previously published an article on Exaland in Forbes magazine.",
    ):
        assert prepare(text, [], subject, Context()) is None, text
    assert not usable_sentence("Bey Mustafa responded by bringing more than 10,000 soldiers.")


def test_r34_trivia_is_not_asked() -> None:
    facts = Facts("Exa")
    for text, part, kind in (
        ("While at Exa College, Roe wore number 48 on his shirt.", "48", "number"),
        (
            "By July 1966, Roe was at the peak of both creative and commercial success.",
            "July 1966",
            "date",
        ),
        (
            "Rolling Stone ranked Exa number 291 on its list of the 500 greatest albums.",
            "500",
            "number",
        ),
    ):
        span = Span(text.index(part), text.index(part) + len(part), part, kind)
        sentence = Sentence(text, "Career", [span])
        assert salience(sentence, span, kind, facts, EntityTypes(), text) == 0.0, text


def test_a_false_year_stays_in_the_heading_s_century() -> None:
    # "re-opened on November 30, 1997" under "History > 21st century": False at a glance
    wikitext = (
        "The '''Exa Mansion''' is a historic house in Maryland.\n\n== History ==\n"
        "=== 21st century ===\nThe Exa Mansion re-opened to the public in 2007.\n"
    )
    facts = extract_facts(parse_article("Exa Mansion", wikitext))
    sentence = next(s for s in facts.sentences if s.section)
    year = next(s for s in sentence.swappable if s.text == "2007")
    items = SentenceItems(facts, entity_types(facts), 0)
    for seed in range(5):
        false = false_statement_value(sentence, year, items, [], random.Random(seed))
        assert false is None or int(false) >= 2000


def test_a_person_called_by_two_words_of_the_name() -> None:
    # "soon after San's return": José de San Martín is "San Martín", not "San"
    wikitext = (
        "'''José Francisco de San Martín Gómez y Matorras''' (1778–1850) was a general.\n\n"
        "== Life ==\nSan Martín was born in Yapeyú. San Martín fought in Spain. "
        "San Martin sailed to Buenos Aires. San Martín crossed the Andes. San Martin died in "
        "France. The battle of San Lorenzo was won.\n"
    )
    subject = find_subject(parse_article("José Francisco de San Martín Gómez y Matorras", wikitext))
    assert subject.name == "San Martín"


@pytest.mark.parametrize(
    ("lone", "sentence", "name", "target"),
    [
        # "Who had become fully Christianized?" -> "Roman Britain" ("Roman" is a given name)
        ("", "Roman Britain had become fully Christianized by then.", "Roman Britain", ""),
        # "the leadership of _____" -> "Arabic Christianity", asked as a person's name
        (
            "Exa adopted Christianity early.",
            "Exa led Arabic Christianity for a century.",
            "Arabic Christianity",
            "Arab Christians",
        ),
        # "In _____, asphalt is the refined residue ..." -> "American English", asked as a name
        (
            "The word is English in origin and in use.",
            "In American English, asphalt is a residue.",
            "American English",
            "American English",
        ),
    ],
)
def test_names_that_are_no_people(lone: str, sentence: str, name: str, target: str) -> None:
    collector = TypeCollector()
    collector.text(lone)  # (the name's last word used alone elsewhere: a surname's sign)
    start = sentence.index(name)
    collector.see(sentence, start, start + len(name), target)
    assert collector.finish().coarse.get(name) != "person"


def test_a_country_after_a_given_name_is_no_surname() -> None:
    # "Christian Russia" (a power to the north) made "Russia and Georgia" "Christian Russia and
    # Georgia" in a later sentence
    wikitext = (
        "QQQExaQQQ is a country in the Caucasus region of Eurasia.\n\n== History ==\n"
        "The emergence of a third power to the north, Christian Russia, changed the politics "
        "of Exa.\n"
        "In August 2008 Russia and Exa fought a short war over South Ossetia.\n"
    )
    facts = _facts("Exa", wikitext)
    assert any(s.text.startswith("In August 2008 Russia and Exa fought") for s in facts.sentences)


def test_the_kind_of_the_subject_names_its_which() -> None:
    # "The U.S. state of Oklahoma is linked with Azerbaijan through ...": which state?
    text = "The U.S. state of Exaland is linked with Roe through the Guard Partnership Program."
    span = Span(text.index("Exaland"), text.index("Exaland") + 7, "Exaland", "entity")
    assert insitu_question(Sentence(text, "", [span]), span, "state", "place") == (
        "Which state is linked with Roe through the Guard Partnership Program?"
    )


def test_r35_rejects_stay_out() -> None:
    subject = Subject("Exa Quest", "Exa Quest", kinds=frozenset({"serial"}))
    for text in (
        "A sequel, Exa Quest II, was accordingly commissioned in 1955 by the BBC.",
        "Initially, Roe tried to promote railway extensions to his hometown, Fremont.",
        "Exa Management chose a slightly different path, by completing a placement in 2007.",
    ):
        assert prepare(text, [], subject, Context()) is None, text
    assert not usable_sentence(
        "About 30,000 people work in the Exa industry, most of them in the Périgord, and."
    )
    assert readable(["90%", "50%", "60%", "70%"], "90%")  # the one off an even run
    assert not readable(["80%", "50%", "60%", "70%"], "80%")
    assert garbled_question(
        "In what year was the main part of the memorial completed and is located in Exa Gardens?"
    )


def test_an_italic_name_keeps_its_possessive() -> None:
    # "The ''Zong'''s first mate" had become "The Zongs first mate"
    wikitext = (
        "The '''''Exa'' massacre''' was the killing of 142 slaves on a ship in 1781.\n\n"
        "== Events ==\nThe ''Exa'''s first mate, James Kelsall, later gave evidence in court.\n"
    )
    facts = extract_facts(parse_article("Exa massacre", wikitext))
    assert any(s.text.startswith("The Exa’s first mate") for s in facts.sentences)


def test_it_of_a_work_is_the_work() -> None:
    # "Columbia Records first digitally released it ...", "Lyrically, it speaks of longing"
    wikitext = (
        "{{Infobox single\n| Name = Exa\n| Artist = Roe\n}}\n"
        "\"'''Exa'''\" is a song by the Swedish band Roe, released as a single in 2010.\n\n"
        "== Release ==\nExa was recorded by the band in Stockholm in 2009. "
        "Lyrically, it speaks of longing and loss over a slow electronic beat. "
        "Exa was then mixed by Ann Roe in London in late 2009. "
        "Columbia Records first digitally released it as a remix EP in 2010.\n"
    )
    facts = extract_facts(parse_article("Exa (song)", wikitext))
    said = " ".join(s.text for s in facts.sentences)
    assert "first digitally released Exa as a remix EP" in said
    assert "Lyrically, Exa speaks of longing" in said


LATITUDES = (
    "The QQQExa expeditionQQQ was a voyage to the Antarctic in 1902 and 1903.\n\n"
    "== Voyage ==\nThe Exa ship reached 64°18′S in February 1903 on its first voyage.\n"
    "The Exa ship reached 70°25′S in March 1903 before it turned back north.\n"
    "The Exa ship reached 72°18′S in February 1904 on its second voyage.\n"
    "On 9 March 1904 the Exa ship reached its most southerly latitude of 74°01′S.\n"
)
PRESSURES = (
    "The QQQExa seasonQQQ had many storms.\n\n== Storms ==\n"
    "Cyclone Ann reached a central pressure of 965 hPa in March.\n"
    "Cyclone Bea reached a central pressure of 935 hPa in April.\n"
    "Cyclone Cy reached a central pressure of 990 hPa in May.\n"
    "Cyclone Di intensified to category 2 status with a central pressure of 980 hPa.\n"
)


@pytest.mark.parametrize(
    ("wikitext", "marker", "value", "others", "highest"),
    [
        # R35: "its most southerly latitude of _____°01’S" had 114 and 102 among the choices
        (LATITUDES, "most southerly", "74", ["64", "70", "72"], 90),
        # R33: "a central pressure of _____ hPa": 980 beside made-up 600 and 690 hPa
        (PRESSURES, "Di intensified", "980", ["935", "965", "990"], 1960),
    ],
)
def test_figures_in_the_answer_s_unit_are_the_first_choices(
    wikitext: str, marker: str, value: str, others: list[str], highest: int
) -> None:
    items, sentence, span = _figure("Exa", wikitext, marker, value)
    assert sorted(items.frame_numbers(sentence, span, random.Random(0))) == others
    assert all(int(c) <= highest for c in items.choices(sentence, span, "k", random.Random(0)))


def test_r35_places_and_counts() -> None:
    # "In the Colony of Virginia, the London Company hired Captain Christopher Newport ...": a
    # person behind a rank is a person's deed, not a general statement about the place; "Five
    # Sabres were shot down" asked as a person's name
    place = Subject("Exaland", "Exaland", kinds=frozenset({"country"}))
    deed = "The London Company hired Captain Christopher Newport to head its expedition."
    assert _in_place(deed, [], place) is None
    assert _in_place("Healthcare is financed by taxes and insurance.", [], place)
    assert not person_like("Five Sabres")


def test_r36_rejects_stay_out() -> None:
    facts = Facts("Exa")
    for prompt, answer in (
        ("Roe's Exa Memorial in _____ (year) depicted a consumerist scene of the 1960s.", "1968"),
        ("From 1973-1976 many festivals were held, the first in Exa in _____ (year).", "1974"),
        (
            "It was recorded during _____ (month and year) and January 2009 in London.",
            "December 2008",
        ),
    ):
        span = Span(0, len(answer), answer, "date" if " " in answer else "year")
        assert prompt_problem(prompt, span, facts), prompt
    span = Span(0, 5, "Hagen", "entity")
    assert prompt_problem(
        "Pål _____ was early in declaring an interest in a new party.", span, facts
    )
    assert head_type("Best Film") == "award"  # "nominated for which film?"
    subject = Subject("Exa", "Exa", kinds=frozenset({"season"}))
    text = "When both clubs and the league folded, Roe retired from football in 1950."
    assert prepare(text, [], subject, Context()) is None


def test_a_season_is_no_storm() -> None:
    # R36: "The storm reached hurricane strength" under "Hurricane Danny" had become "The 2003
    # Atlantic hurricane season reached hurricane strength"
    wikitext = (
        "{{Infobox hurricane season\n| Year = 2003\n}}\n"
        "The QQQ2003 Exa hurricane seasonQQQ was an active season with many storms.\n\n"
        "== Storms ==\n=== Hurricane Danny ===\nHurricane Danny was named on July 17 in the "
        "open ocean east of Bermuda. The storm reached hurricane strength on July 18, but "
        "weakened 24 hours later over the cool waters of the north Atlantic.\n"
    )
    said = " ".join(s.text for s in _facts("2003 Exa hurricane season", wikitext).sentences)
    assert "season reached hurricane strength" not in said


def test_r37_wrong_referents_are_dropped() -> None:
    # "In 1909 he published a book ..., assaulting Bogdanov's position": "he" is Lenin, not
    # Bogdanov; Velvet Revolver "is an American hard rock supergroup": "the band" is it, not
    # Wasted Youth named before
    roe = Subject("Ann Roe", "Roe", person=True, pronoun="he")
    text = "In 1909 he published a book of criticism, assaulting Roe's position on Marx."
    assert prepare(text, [], roe, Context()) is None
    wikitext = (
        "QQQExa RevolverQQQ is an American hard rock supergroup consisting of former members "
        "of Roe and of the punk band Wasted Ann.\n"
    )
    assert {"band", "supergroup"} <= find_subject(
        parse_article("Exa Revolver", wikitext.replace("QQQ", "'" * 3))
    ).kinds


def test_r38_rejects_stay_out() -> None:
    # A game's "artist" draws ("Which artist recorded Dissidia Final Fantasy?"); an alias in
    # the title gives the artist away ("RevoLucian's ... Remix" by Lucian Piane)
    game = (
        "{{Infobox video game\n| title = Exa Quest\n| artist = Ann Roe\n| designer = Bob Lee\n}}\n"
        "QQQExa QuestQQQ is a fighting game released for the PlayStation Portable in 2008.\n"
    )
    assert not any(
        "Ann Roe" in q.answer
        for q in build_bank("Exa Quest", game.replace("QQQ", "'" * 3)).questions
    )
    remix = (
        "{{Infobox single\n| Name = Exa Out\n| Artist = Lucian Roe\n}}\n"
        '"QQQExa Out: RevoLucian\'s RemixQQQ" is a satirical dance remix released in 2009.\n'
    )
    bank = build_bank("Exa Out: RevoLucian's Remix", remix.replace("QQQ", "'" * 3))
    assert not any(q.answer == "Lucian Roe" for q in bank.questions)
    # "The episode saw the return of Vaughn Armstrong as which forest?"
    text = "The episode saw the return of Ann Roe as Captain Maximilian Forest."
    span = Span(text.index("Captain"), len(text) - 1, "Captain Maximilian Forest", "entity")
    assert insitu_question(Sentence(text, "", [span]), span, "forest", "place") is None
    # A film named like a university is no university ("The Monsters University's largest")
    film = "{{Infobox film\n| name = Exa University\n}}\nQQQExa UniversityQQQ is a 2013 film.\n"
    subject = find_subject(parse_article("Exa University", film.replace("QQQ", "'" * 3)))
    assert "university" not in subject.kinds and subject.name == "Exa University"
    # Release trivia: a Blu-ray date, a second weekend's gross
    facts = Facts("Exa")
    for text, part in (
        (
            "Exa was re-released in 3D in 2012, and it was released on Blu-ray on May 4, 2013.",
            "May 4, 2013",
        ),
        (
            "Exa remained at first place on its second weekend, declining 45% to $45 million.",
            "$45 million",
        ),
    ):
        value = Span(text.index(part), text.index(part) + len(part), part, "date")
        assert (
            salience(Sentence(text, "Release", [value]), value, "date", facts, EntityTypes(), text)
            == 0
        )
    subject = Subject("Exa", "Exa", kinds=frozenset({"band"}))
    for text in (
        "In what year did the Soviets regain control after the offensive?",
        "A Pixar-made sequel was confirmed in 2010 by the studio in California.",
        "Hellcat Records is former band member Tim Roe's label in California.",
        "Hugo turned away from politics in his next novel, published in 1866.",
    ):
        assert prepare(text, [], subject, Context()) is None, text


def test_one_full_date_is_one_event() -> None:
    # "Leonhard Euler died on September 7, 1778." (False) beside "On September 7, 1783, Euler
    # passed away in St. Petersburg ..." (True): the second gives the first away
    def fact(key: str, index: int, context: str, prompt: str, answer: str) -> FactItems:
        value, kind = ("September 7, 1783", "date") if index < 0 else ("Ann Monastery", "entity")
        item = FactItems(key, index, context, "", kind, 1.0, value=value)  # (the sentence's own)
        item.options[f"tf_{answer.lower()}"] = Question(
            id=key, kind="true_false", prompt=prompt, answer=answer, context=context
        )
        return item

    died = fact("a", -1, "Death date: September 7, 1783", "Exa died on September 7, 1778.", "False")
    passed = "On September 7, 1783, Exa passed away in Roe and was buried in the Ann Monastery."
    later = fact("b", 3, passed, passed, "True")
    bank = Bank()  # (asked of the bank: a life's date is no statement since R270, and a true
    bank.add(died, "tf_false")  # statement goes in only beside a false one since R273)
    assert bank.told_before(later, "tf_true")
    assert not Bank().told_before(later, "tf_true")


def test_a_zip_code_is_trivia() -> None:
    # R38: "the council voted to give the stadium area ... its own zip code, 90090" (True)
    text = "In 2008, the Exa council voted to give the stadium area its own zip code, 90090."
    assert statement_salience(Sentence(text, "History", []), Facts("Exa")) == 0
