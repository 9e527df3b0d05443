"""Rejects of blind review R42 (unseen articles, now tuning articles) that stay out."""

from __future__ import annotations

from quiz.generator.checks import prompt_problem
from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.items import SentenceItems
from quiz.generator.questions import _lower_first
from quiz.generator.spans import Span
from quiz.generator.subject import find_subject
from quiz.generator.wikitext import parse_article

QQQ = "'" * 3


def test_a_college_named_after_a_person_is_no_person() -> None:
    # "Richard P. Rutgers was named as the residuary legatee": it was Rutgers College.
    text = (
        "QQQExa ChapelQQQ is the chapel of Rutgers College. Richard P. Rutgers gave land in "
        "1800.\n\n== History ==\nWhen Sophia Exa died in 1871, Rutgers was named as the "
        "residuary legatee of her estate.\n"
    ).replace("QQQ", QQQ)
    texts = [s.text for s in extract_facts(parse_article("Exa Chapel", text)).sentences]
    assert not any("Richard P. Rutgers was named" in t for t in texts)
    assert any(t.startswith("When Sophia Exa died in 1871, Rutgers was named") for t in texts)


def test_one_word_of_a_person_named_in_full_is_no_answer() -> None:
    # "Ankie Spitzer, widow of fencing coach _____" -> "Andre"; "Mayor _____" -> "Brown".
    text = (
        "QQQExa MassacreQQQ was an attack in 1972. It killed [[Andre Spitzer]], a coach.\n\n"
        "== Aftermath ==\nAnkie Spitzer, widow of fencing coach [[Andre Spitzer|Andre]], "
        "refused to meet Abu Daoud in 1999.\n"
    ).replace("QQQ", QQQ)
    facts = extract_facts(parse_article("Exa Massacre", text))
    items = SentenceItems(facts, entity_types(facts), 0)
    values = {f.value for s in facts.sentences for f in items.items(s)}
    assert "Andre" not in values


def test_a_years_neighbours_and_a_month_whose_year_is_shown_give_it_away() -> None:
    facts = extract_facts(parse_article("Exa", "QQQExaQQQ is a politician.".replace("QQQ", QQQ)))
    year = Span(0, 4, "1995", "year")
    prompt = "Exa became minister in 1993, head of security in _____ and minister in 1996."
    assert prompt_problem(prompt, year, facts)
    assert not prompt_problem(prompt.replace("1996", "2005"), year, facts)
    month = Span(0, 11, "August 1949", "date")
    assert prompt_problem("In 1949 he was injured before the _____ All-Star game.", month, facts)


def test_a_works_title_is_not_lowered_and_a_leading_a_is() -> None:
    box = (
        "{{Infobox television episode\n| title = Sardines\n| director = David Kerr\n}}\n"
        "QQQSardinesQQQ is the first episode of a comedy series. Guests play sardines at a "
        "party; the sardines hide in a wardrobe. In sardines one player hides.\n"
    ).replace("QQQ", QQQ)
    assert find_subject(parse_article("Sardines", box)).name == "Sardines"
    assert _lower_first("A Ehattesaht iPhone app") == "a Ehattesaht iPhone app"
    assert _lower_first("A Momentary Lapse of Reason") == "A Momentary Lapse of Reason"


def test_a_taxonomic_rank_the_lead_names_is_given_away() -> None:
    box = (
        "{{Taxobox\n| name = Exa marmot\n| regnum = [[Animal]]ia\n| ordo = [[Rodent]]ia\n}}\n"
        "The QQQExa marmotQQQ is a rodent in the squirrel family found in Exaland.\n"
    ).replace("QQQ", QQQ)
    assert not any(q.answer == "Rodentia" for q in build_bank("Exa marmot", box).questions)
