"""Rejects of blind review R39 (unseen articles, now tuning articles) that stay out, and the
articles it found that gave no questions."""

from __future__ import annotations

import pytest

from quiz.generator import statements
from quiz.generator.checks import prompt_problem
from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.items import CENTRAL_SHARE, SentenceItems
from quiz.generator.sentences import usable_sentence
from quiz.generator.spans import Span, find_spans
from quiz.generator.subject import find_subject
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import LEANS_BACK

NAVBOXES = "{{Infobox animanga/Header}}\n{{Infobox animanga/Footer}}\n\n"


def test_a_television_series_is_the_series_its_article_talks_about() -> None:
    # Psycho-Pass gave no questions: its lead began with navigation boxes only, so its
    # definition ("is a Japanese anime television series") was never read, and "The series
    # was aired on ..." could not say which series.
    text = NAVBOXES + (
        "QQQPsycho-PassQQQ is a Japanese anime television series directed by Naoyoshi Shiotani."
        "\n\n== Broadcast ==\nThe series was aired on Fuji TV between October 2012 and "
        "March 2013.\n"
    )
    facts = extract_facts(parse_article("Psycho-Pass", text.replace("QQQ", "'" * 3)))
    texts = [s.text for s in facts.sentences]
    assert "Psycho-Pass was aired on Fuji TV between October 2012 and March 2013." in texts


def _texts(title: str, wikitext: str) -> list[str]:
    return [s.text for s in extract_facts(parse_article(title, wikitext)).sentences]


def test_a_person_called_by_one_word_is_named_in_full() -> None:
    # "Who relieved Towers in July 1938?" and "both Butti and Omar joined": who are they?
    ship = (
        "USS Exampler was an aircraft carrier of the United States Navy.\n\n"
        "== Service ==\nIn 1937 the ship, under the command of John H. Towers, sailed to Hawaii."
        " Captain Alfred Read relieved Towers in July 1938 at Long Beach.\n"
    )
    assert "Captain Alfred Read relieved John H. Towers in July 1938 at Long Beach." in _texts(
        "USS Exampler", ship
    )
    person = (
        "Dina Butti is a Canadian television presenter. She married Omar Butti in 2010.\n\n"
        "== Recognition ==\nIn 2013, both Butti and Omar joined the Celebrity Club in Dubai.\n"
    )
    assert "In 2013, both Butti and Omar Butti joined the Celebrity Club in Dubai." in _texts(
        "Dina Butti", person
    )


def test_a_given_name_the_article_uses_alone_is_not_another_persons() -> None:
    # Anne (Queen Anne, named alone throughout) is not the daughter Anne Sophia; a quotation
    # keeps its words.
    text = (
        "George Oldenburg was the husband of Anne. Anne and George lived at court. Anne "
        "was queen. Their daughter Anne Sophia died young.\n\n== Court ==\n"
        "In 1702 George and Anne retired to Windsor. In 2008 a novel was dedicated to "
        '"Bernard and Paula" by Kate Orman. Paula Smith was its editor in 2008.\n'
    )
    texts = _texts("George Oldenburg", text)
    assert "In 1702 George and Anne retired to Windsor." in texts
    assert not any("Anne Sophia retired" in t or '"Bernard and Paula Smith"' in t for t in texts)


def test_a_link_trail_and_a_wiktionary_link_show_as_the_page_shows_them() -> None:
    # "[[Primate]]s" is the order Primates (the answer had been "Primate"); a word linked to
    # Wiktionary stays in its sentence ("the first arrangement of Persoonia" had lost its
    # "infrageneric" and become false).
    block = (
        parse_article(
            "Colobus",
            "The colobus is of the order [[Primate]]s. Bentham published the first "
            "[[wikt:infrageneric|infrageneric]] arrangement in 1870.[[fr:Colobe]]",
        )
        .sections[0]
        .blocks[0]
    )
    assert block.text == (
        "The colobus is of the order Primates. Bentham published the first infrageneric "
        "arrangement in 1870."
    )
    assert [block.text[lk.start : lk.end] for lk in block.links] == ["Primates"]


def test_a_demonstrative_or_a_narrative_now_leans_on_the_sentence_before() -> None:
    text = (
        "Z. Exemplar is a short story by Honore de Balzac.\n\n== Characters ==\n"
        "The title character of LINK is married to Xavier Rabourdin. NY 96, NOW turns north "
        "onto Court Street in Owego. Alcohol is metabolized at that rate of one ounce every 90 "
        "minutes.\n"
    )
    alone = _texts("Z. Exemplar", text.replace("LINK", "La Femme").replace(", NOW", ""))
    assert "The title character of La Femme is married to Xavier Rabourdin." in alone
    assert "NY 96 turns north onto Court Street in Owego." in alone
    leaning = _texts(
        "Z. Exemplar", text.replace("LINK", "that story").replace("NOW", "now fully signed,")
    )
    assert leaning == ["Z. Exemplar is a short story by Honore de Balzac."]


def test_an_infobox_acronym_is_asked_by_the_name_it_stands_for() -> None:
    # "Which institution is given as the alma mater of ...? NHH": a link label, not a name.
    box = (
        "{{Infobox officeholder\n| name = Kari Exampleson\n| alma_mater = "
        "[[Norwegian School of Economics|NHH]]\n}}\nQQQKari ExamplesonQQQ (born 4 March 1970) is"
        " a Norwegian politician. She was Minister of Finance from 2001 to 2004.\n"
        "\n== Education ==\nExampleson studied economics at the Norwegian School of Economics "
        "in Bergen.\n"
    )  # (the text names the school too: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    bank = build_bank("Kari Exampleson", box.replace("QQQ", "'" * 3))
    answers = {q.prompt: q.answer for q in bank.questions}
    assert answers["At which institution did Kari Exampleson study?"] == (
        "Norwegian School of Economics"
    )


def test_the_subjects_own_acronym_is_written_out_where_a_sentence_uses_it() -> None:
    # "The VHEMT platform is more moderate than which church?": the title does not say VHEMT.
    text = (
        "The QQQVoluntary Exa MovementQQQ (QQQVEMQQQ) is an environmental movement.\n\n"
        "== Ideology ==\nThe VEM platform is more moderate than the Church of Euthanasia.\n"
        "In 2007 longtime VEM member Ann Roe spoke at a meeting in Portland.\n"
    )
    texts = _texts("Voluntary Exa Movement", text.replace("QQQ", "'" * 3))
    assert (
        "The Voluntary Exa Movement (VEM) platform is more moderate than the Church of Euthanasia."
        in texts
    )
    assert (  # (no "the" before a noun's modifier)
        "In 2007 longtime Voluntary Exa Movement (VEM) member Ann Roe spoke at a meeting in "
        "Portland." in texts
    )


def test_a_numbered_name_keeps_its_number_and_an_ordinal_its_place() -> None:
    # "When was New York State Route established?" (the article also names Route 31 and 96A);
    # "Century Fox asked that Mutant X production be stopped" (20th Century Fox).
    route = parse_article(
        "New York State Route 96",
        "QQQNew York State Route&nbsp;96QQQ is a state highway in New York. It meets New York "
        "State Route&nbsp;31 in Rochester. New York State Route 31 and New York State Route "
        "96A and New York State Route 14 are near.\n".replace("QQQ", "'" * 3),
    )
    assert find_subject(route).name == "New York State Route 96"
    spans = find_spans("In 2001, 20th Century Fox sued Marvel Studios in New York.", [])
    assert "20th Century Fox" in [s.text for s in spans]
    fox = (
        "Mutant X is a television series.\n\n== Lawsuits ==\nIn 2001, 20th Century Fox sued "
        "Marvel Studios for breach of their licensing agreement. Fox asked that Mutant X "
        "production be stopped in 2001.\n"
    )
    assert not any("Century Fox asked" in t for t in _texts("Mutant X", fox))


def test_fragments_and_a_year_year_are_no_sentences() -> None:
    assert not usable_sentence(
        "A short sketch made in 1989 with Hugh Laurie as William Shakespeare and Rowan Atkinson."
    )
    assert usable_sentence("The Memorial Wall was designed by US architect Maya Lin in 1981.")
    assert not usable_sentence(
        "In all Sailfish OS devices released for sale in 2013 year the compatibility is working."
    )


def test_a_hyphenated_name_is_called_by_the_part_the_article_uses() -> None:
    # "On December 21, 2010, _____ appeared on NPR": Ben Affleck, in his own article.
    text = (
        "QQQBenjamin Geza Affleck-BoldtQQQ (born August 15, 1972) is an American actor. Affleck "
        "grew up in Cambridge. Affleck studied in Vermont. Affleck acted in films.\n"
    )
    subject = find_subject(
        parse_article("Benjamin Geza Affleck-Boldt", text.replace("QQQ", "'" * 3))
    )
    assert subject.person and subject.name == "Affleck"


def test_a_service_without_its_post_and_a_famous_battles_year_stay_out() -> None:
    assert LEANS_BACK.search("Stanley served until 1954 when he resigned under pressure.")
    assert not LEANS_BACK.search("Stanley served as governor from 1915 to 1919.")
    facts = extract_facts(parse_article("USS Exampler", "USS Exampler was a carrier.\n"))
    year = Span(9, 13, "1945", "year")
    prompt = "In early _____ (year), Exampler fought in the Battle of Iwo Jima at night."
    assert prompt_problem(prompt, year, facts)
    assert not prompt_problem(prompt.replace("Battle of Iwo Jima", "Pacific Ocean"), year, facts)


def test_past_the_lead_a_figure_is_a_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    # Over R24-R39, typed answers and choices for names and figures outside the lead passed
    # 95 of 193 (gaps for figures there 15 of 31), every other item 857 of 1160. (Since R44
    # a date past the lead is a statement too: see test_generator_r44.py.)
    text = (
        "QQQExampletonQQQ is a market town in [[Ruritania]], founded by [[Ann Roe]] in 1850.\n\n"
        "== History ==\nThe market hall of Exampleton was built by the company of [[Bob Smith]] "
        "in 1901.\nIn 1901 Exampleton had a population of 2,500 people.\n"
    ).replace("QQQ", "'" * 3)
    facts = extract_facts(parse_article("Exampleton", text))

    def options(min_share: float, value: str) -> set[str]:
        items = SentenceItems(facts, entity_types(facts), 0, min_share=min_share)
        return {
            o
            for s in facts.sentences
            for f in items.items(s)
            if f.value == value
            for o in f.options
        }

    # (stop 56: a census's year is a detail's, and makes no statement: statements.minor_dated;
    # the gap's rule is tried alone below)
    assert options(CENTRAL_SHARE, "2,500") == set()
    monkeypatch.setattr(statements, "minor_dated", lambda text: False)
    # (and since stop 56 a figure is no gap at all: the sentence is a statement whole)
    for share in (CENTRAL_SHARE, -1.0):  # (side matters too, since R45)
        items = SentenceItems(facts, entity_types(facts), 0, min_share=share)
        (census,) = [s for s in facts.sentences if "2,500" in s.text]
        assert [set(f.options) for f in items.items(census)] == [{"tf_true"}]
        assert options(share, "2,500") == set()
