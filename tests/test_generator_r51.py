"""Blind review R51 and the verdicts before it: past the lead a true statement tells when."""

from __future__ import annotations

from test_generate import seed_text, shared_articles

from quiz.generator.acronyms import defined_acronyms
from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.falsify import within_heading
from quiz.generator.general import NAMED_EVENT
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.infobox import POINTER_VALUE, infobox_question
from quiz.generator.items import FactItems, SentenceItems
from quiz.generator.salience import dated
from quiz.generator.select import select
from quiz.generator.sentences import usable_sentence
from quiz.generator.spans import YEAR_IN_TEXT
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject, find_subject
from quiz.generator.wikitext import parse_article
from quiz.model import Question

Q = "'" * 3


def item(
    key: str, index: int, context: str, option: str, prompt: str, answer: str, **fields: object
) -> FactItems:
    """A fact with one item (``option``: "tf_true", "tf_false", "cloze", ...) for select()."""
    fact = FactItems(key, index, context, str(fields.get("section", "History")), "statement", 1.0)
    fact.answer_type = str(fields.get("kind", "statement"))
    fact.value = str(fields.get("value", ""))
    kind = "true_false" if option.startswith("tf_") else option
    fact.options[option] = Question(
        id=key, kind=kind, prompt=prompt, answer=answer, context=context
    )
    return fact


def test_a_statement_past_the_lead_has_a_year() -> None:
    # R24-R50: true statements past the lead without a year passed 125 of 194 reviews ("The
    # Blue Coat School prides itself upon its Prefect model"), with one 275 of 327.
    assert dated(Sentence("Smith studied law at Harvard University in 1920.", "Life"))
    assert not dated(Sentence("Smith studied law at Harvard University.", "Life"))
    assert dated(Sentence("Smith is an American lawyer and a writer of novels.", ""))
    # R52: "Chesbro began his professional career ... in 1895" under "Minor leagues
    # (1895–1899)": the heading gives the year away
    minor = "Professional career > Minor leagues (1895–1899)"
    assert not dated(Sentence("Smith began his professional career in 1895.", minor))
    assert dated(Sentence("Smith won twenty games for the club in 1897.", minor))
    checked = 0
    for title, text in [seed_text(), *shared_articles()]:
        prose = {s.text for s in extract_facts(parse_article(title, text)).sentences}
        for q in build_bank(title, text).questions:
            if q.kind == "true_false" and q.section and q.context in prose:  # (not a table's)
                assert YEAR_IN_TEXT.search(q.context), (title, q.prompt)
                checked += 1
    assert checked >= 2  # (11 at R108; 7 since stop 40, a lead that tells a nationality; 5
    # since stop 42, no true one dated to the month or day: salience.dated_detail; 3 since
    # stop 47, whose life dates are asked: the true statements they balanced went with them;
    # 2 since stop 52: no statement over 16 words, the Arts Club's went)


def test_an_undated_sentence_of_the_body_is_no_statement() -> None:
    body = (
        "In 1881, Exaville opened a railway station on the line to [[Columbus, Ohio|Columbus]]. "
        "Exaville elected its first mayor, [[Jane Doe]], in 1902. "
        "The Exaville fire of 1921 destroyed most of the wooden houses of the old town. "
        "In 1958, Exaville was declared a twin town of [[Lyon]] in [[France]]. "
    )  # (declared: since stop 56 a detail's year makes no statement, statements.minor_dated)
    text = (
        f"{Q}Exaville{Q} is a town in [[Ohio]] founded in 1850 by [[John Roe]].\n\n"
        f"== History ==\n{body}\nExaville has a large covered market designed by "
        "[[John Smith (architect)|John Smith]].\n"
    )
    facts = extract_facts(parse_article("Exaville", text))
    items = SentenceItems(facts, entity_types(facts), 0)
    told = {
        s.text: any("tf_true" in fact.options for fact in items.items(s)) for s in facts.sentences
    }
    market = [t for t in told if "covered market" in t]
    assert market and not told[market[0]], told
    assert told["In 1958, Exaville was declared a twin town of Lyon in France."], told


def test_a_pair_of_statements_never_tells_the_same_fact() -> None:
    # R51: "In 1976, Volk was inducted into the University of Michigan Athletic Hall of
    # Honor." (False) went in as a pair with "Volk and Ron Johnson, both inducted in 1989,
    # ..." (True): a pair was checked against the bank but not against itself.
    told = "In 1989, Exa was inducted into the University of Roe Athletic Hall of Honor."
    false = item(
        "a",
        2,
        told,
        "tf_false",
        told.replace("1989", "1976"),
        "False",
        kind="year",
        value="1989",
    )
    both = "Exa and Ann, both inducted in 1989, were the first of the 1960s in the Hall of Honor."
    true = item("b", 5, both, "tf_true", both, "True")
    chosen = select([false, true])
    assert len(chosen) == 1, [q.prompt for q in chosen]


def test_the_university_alone_names_no_university() -> None:
    # R51: "While at the University, Woodruff passed the primary exam ... in 1934": which one
    # was named only in the sentence before.
    roe = Subject("Ben Roe", "Roe", person=True)
    assert prepare("While at the University, Roe passed the first exam in 1934.", [], roe) is None
    assert prepare("Roe entered the Staff College in 1922.", [], roe) is None
    named = prepare("While at the University of Exa, Roe passed the first exam in 1934.", [], roe)
    assert named is not None


def test_a_founding_year_the_text_gives_otherwise_is_not_asked() -> None:
    # R51: "The Pacific-10 Conference was established in _____" -> 1915 (the infobox), where
    # the lead says "It was founded as the AAWU in 1959": which one is right?
    def asked(lead: str) -> bool:
        text = (
            "{{Infobox organization\n| name = Exa League\n| established = 1915\n}}\n"
            f"The {Q}Exa League{Q} is a college athletic conference in [[Oregon]].\n\n"
            f"== History ==\n{lead} The league's first football season was played in 1915.\n"
        )  # (the text tells 1915 too: since stop 56 an infobox line it never tells is not
        # asked, mentions.returned_to)
        return any(
            "1915" in (q.answer + q.prompt) for q in build_bank("Exa League", text).questions
        )

    assert asked("It has ten members, among them [[Roe University]].")
    assert not asked("It was founded as the Exa Association in 1959.")


def test_a_false_year_told_true_by_another_statement_of_the_bank_stays_out() -> None:
    # R51: "On February 21, 1964, a conference ... in Vienna signed a new Convention ..."
    # (False) beside "The UN Secretary-General scheduled a conference for early 1971 to
    # finalize the Convention ..." (True): one year and two words in common.
    signed = "On February 21, 1971, a conference in Vienna signed a new Convention on drugs."
    false = item(
        "a",
        2,
        signed,
        "tf_false",
        signed.replace("1971", "1964"),
        "False",
        kind="year",
        value="1971",
    )
    early = (
        "The Secretary-General scheduled a conference for early 1971 to finalize the Convention."
    )
    true = item("b", 7, early, "tf_true", early, "True")
    chosen = select([false, true])
    assert len(chosen) == 1, [q.prompt for q in chosen]


def test_who_made_a_work_names_the_work_with_its_year() -> None:
    # R52: "Who directed The Cat and the Canary?": the film was remade five times (and is a
    # play too); "the 1927 film The Cat and the Canary" is the one the article is about.
    def prompts(crew: str) -> list[str]:
        text = (
            "{{Infobox film\n| name = Exa Canary\n| director = " + crew + "\n"
            "| released = {{Film date|1927|9|9}}\n}}\n"
            f"{Q}Exa Canary{Q} is an American silent horror film based on a play.\n\n"
            "== Production ==\nJohn Roe and Ann Doe shot the film in Hollywood in 1926.\n"
        )  # (the text names the director in full: since stop 56 an infobox line it never
        # tells is not asked, mentions.returned_to)
        return [q.prompt for q in build_bank("Exa Canary", text).questions]

    assert "Who directed the 1927 film Exa Canary?" in prompts("[[John Roe]]")
    # two names in one field: a learner who types one of them is marked wrong (R49)
    assert not any(p.startswith("Who ") for p in prompts("[[John Roe]], [[Ann Doe]]"))


def test_rejects_of_r53_stay_out() -> None:
    # "In the wake of the September 11, 2009 terrorist attacks" (False): the year names the
    # attacks, a learner marks it without the article.
    attacks = "In the wake of the September 11, 2001 terrorist attacks, the Exa bypass was built."
    assert NAMED_EVENT.search(attacks)
    assert not NAMED_EVENT.search("In September 2001, the Exa bypass was built by Roe.")
    # "In 1975, Kerry began preparing for the Olympics": which Olympics?
    roe = Subject("Ben Roe", "Roe", person=True)
    assert prepare("In 1983, Roe began preparing for the Olympics.", [], roe) is None
    assert prepare("In 1983, Roe began preparing for the 1984 Olympics.", [], roe) is not None


def test_a_gap_shows_its_sentence_to_the_statements_of_the_bank() -> None:
    # R53: "Drowned God is based on a forged manuscript written by _____ in 1983." beside
    # "... originally a phony manuscript Horse wrote in 1978 ..." (False): the gap's prompt
    # says 1983.
    based = "Exa is based on a forged manuscript written by Ann Roe in 1983."
    gap = item("a", 0, based, "cloze", based.replace("Ann Roe", "_____"), "Ann Roe", section="")
    wrote = "The story of Exa was originally a forged manuscript Roe wrote in 1983 about Atlantis."
    false = item(
        "b",
        6,
        wrote,
        "tf_false",
        wrote.replace("1983", "1978"),
        "False",
        kind="year",
        value="1983",
    )
    chosen = select([gap, false])
    assert len(chosen) == 1, [q.prompt for q in chosen]


def test_infobox_fields_reviews_failed_are_not_asked() -> None:
    # "Which company built Falcon's Fury?" (Intamin made it, Adena built it), "the Mini",
    # "No. 9 Plant" or "Plant No. 9": 1 of 4 passed; counts other than floors were trivia;
    # "the next meeting date" of a defunct rivalry is no fact.
    assert infobox_question("manufacturer", "Manufacturer", "Exa") is None
    assert infobox_question("elevator_count", "Elevator count", "Exa") is None
    assert infobox_question("next_meeting_date", "Next meeting date", "Exa") is None
    assert infobox_question("floor_count", "Floor count", "Exa") is not None
    assert infobox_question("launch_date", "Launch date", "Exa") is not None
    # A song's writers (the band, the lyricist, a duo's name): 4 of 9 passed.
    song = (
        "{{Infobox Single\n| Name = Exa Song\n| Artist = [[Ann Roe]]\n| Writer = [[John Doe]]\n"
        "| Released = 2007\n}}\n"
        f'"{Q}Exa Song{Q}" is a song by British singer [[Ann Roe]].\n\n'
        "== Background ==\nRoe recorded the song with Doe in London in 2006.\n"
    )
    prompts = [q.prompt for q in build_bank("Exa Song", song).questions]
    assert not any(p.startswith("Who wrote") for p in prompts), prompts


def test_rejects_of_r54_stay_out() -> None:
    # "Orange County was founded in _____" for the Orange County Transportation Authority:
    # "Orange County" alone is the county the article links to ("Orange County, California").
    octa = (
        f"The {Q}Exa County Transit Authority{Q} is the transit body for "
        "[[Exa County, California]].\n\n== History ==\n"
        + "Exa County grew fast in the 1960s and 1970s. " * 4
        + "\n"
    )
    subject = find_subject(parse_article("Exa County Transit Authority", octa))
    assert subject.name.endswith("Exa County Transit Authority"), subject
    # "the LCDR": written out where the article defines it "(LCDR; the successor to ...)"
    railway = parse_article(
        "Exa station",
        "In 1860 the [[London, Exa and Dover Railway]] (LCDR; the successor company) came.\n",
    )
    assert defined_acronyms(railway)["LCDR"].phrase == "London, Exa and Dover Railway"
    # "Where did Terri Schiavo case die?": the article is the case, not the person
    case = (
        "{{Infobox person\n| name = Ann Roe\n| death_place = [[Exaville, Florida]]\n}}\n"
        f"The {Q}Ann Roe case{Q} was a legal struggle in [[Florida]].\n\n"
        "== History ==\nRoe died in Exaville in 2005. Roe was born in Exatown in 1963.\n"
    )
    prompts = [q.prompt for q in build_bank("Ann Roe case", case).questions]
    assert not any("case die" in p or "case born" in p for p in prompts), prompts


def test_rejects_of_r55_and_the_row_limit() -> None:
    # "Thereupon Maya was adopted by her maternal aunt": after what? (R55)
    assert not usable_sentence("Thereupon Roe was adopted by her aunt, a dancer, in 1938.")
    assert usable_sentence("Roe was adopted by her aunt, a dancer, in 1938.")
    # "Where was Emery Molyneux born?" -> "Probably England" (R55): a guess is no answer
    assert POINTER_VALUE.match("Probably England") and not POINTER_VALUE.match("Probus, Cornwall")

    # A race result's row gave "which team", "which driver" and "which manufacturer" (the
    # bank audit allows two items of one source).
    row = "1 | 20 | Jeff Roe | Exa Motorsports | Chevrolet"
    asked = [
        item(k, -1, row, "short_answer", f"In the results, which {k} is listed?", k, value=k)
        for k in ("team", "driver", "maker")
    ]
    chosen = select(asked)
    assert len(chosen) == 2, [q.prompt for q in chosen]


def test_a_false_year_stays_inside_the_war_its_heading_or_title_names() -> None:
    # R56: "In 1924, Lejeune was promoted to major general" (False, 1918) under "World War
    # I"; R51: a false 1925 in "Indian Army during World War I": false at a glance.
    assert not within_heading(1924, "Career > World War I", 1918)
    assert within_heading(1916, "Career > World War I", 1918)
    assert not within_heading(1950, "Second World War", 1942)
    title = "Exa Army during World War I"
    assert not within_heading(1925, "Mesopotamia", 1917, title)
    assert within_heading(1931, "Aftermath", 1921, title)  # (a year after the war, moved)


def test_the_kind_with_a_quoted_name_is_another_one() -> None:
    # R57: "had written the song "Holiday"" became "had written Spotlight 'Holiday'" in the
    # article on the song "Spotlight": a wrong fact marked True.
    song = Subject("Exa Light (song)", "Exa Light", kinds=frozenset({"song"}))
    text = 'Bray and Roe had written the song "Holiday" for Madonna in 1983.'
    prepared = prepare(text, [], song)
    assert prepared is not None and prepared.text == text
    assert prepare("The song was released in Japan in 1988.", [], song).text.startswith("Exa")


def test_another_names_last_word_does_not_name_the_subject() -> None:
    # R57: "The company was formed from the firms of James Smith McDonnell and Donald Wills
    # Douglas in 1967" kept "The company" (which?): "Douglas" there is a man's surname.
    firm = Subject("Exavia Douglas", "Exavia Douglas", kinds=frozenset({"company"}))
    text = "The company was formed from the firms of Ann Exa and Donald Wills Douglas in 1967."
    prepared = prepare(text, [], firm)
    assert prepared is not None and prepared.text.startswith("Exavia Douglas was formed")


def test_two_statements_of_the_subject_in_one_year_are_one_fact() -> None:
    # The last read: "McDonnell Douglas was founded on 28 April 1958." (False, the infobox)
    # beside "McDonnell Douglas was formed from the firms of ... in 1977." (False, 1967):
    # the same founding twice; the subject's name was the only words they shared.
    founded = item(
        "a",
        -1,
        "Foundation: 28 April 1967",
        "tf_false",
        "Exavia Douglas was founded on 28 April 1958.",
        "False",
        kind="date",
        value="28 April 1967",
    )
    founded.options["short_answer"] = Question(
        id="a2",
        kind="short_answer",
        prompt="When was Exavia Douglas founded as an aircraft maker?",
        answer="1967",
    )  # (an infobox field's own question: its words name the subject)
    formed = "Exavia Douglas was formed from the firms of Ann Smith and Ben Jones in 1967."
    merged = item(
        "b",
        4,
        formed,
        "tf_false",
        formed.replace("1967", "1977"),
        "False",
        kind="year",
        value="1967",
    )
    based = item(  # (a name, so that two numeric items may go in)
        "c",
        -1,
        "Headquarters: Long Beach",
        "short_answer",
        "In which city is Exavia Douglas based?",
        "Long Beach",
        kind="entity",
        value="Long Beach",
        section="",
    )
    chosen = [q.prompt for q in select([founded, merged, based])]
    assert len(chosen) == 2 and "In which city is Exavia Douglas based?" in chosen, chosen
