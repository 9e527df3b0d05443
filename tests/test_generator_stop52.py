"""Stop 52's cuts, each from the verdicts of R272-R311 (1,401 judged items): statements over
16 words, "In which city" of a town with its region, a life's place told as a country alone,
a place's own "region" field; and a song's title in quotes."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.items import FactItems, SentenceItems
from quiz.generator.select import STATEMENT_WORDS, Bank
from quiz.generator.structured import StructuredItems
from quiz.generator.wikitext import parse_article
from quiz.model import Question


def _statement(words: int, option: str) -> FactItems:
    fact = FactItems("k", 0, "x", "", "entity", 2.0)
    prompt = " ".join(["Exa"] + ["word"] * (words - 2) + ["end."])
    answer = "True" if option == "tf_true" else "False"
    fact.options[option] = Question(id="k", kind="true_false", prompt=prompt, answer=answer)
    return fact


def test_a_statement_over_sixteen_words_is_not_asked() -> None:
    # R296-R311: "Pakenham joined the British Army, becoming an officer in the Grenadier Guards
    # in 1828, and later rising to the rank of Lieutenant-Colonel." (a trick in one clause);
    # true ones copied whole were garbled or held a side detail. Over 16 words 30 of 52
    # passed, shorter ones 112 of 139.
    assert STATEMENT_WORDS == 16
    for option in ("tf_true", "tf_false"):
        assert len(_statement(16, option).options[option].prompt.split()) == 16
        assert Bank().room(_statement(16, option), option)
        assert not Bank().room(_statement(17, option), option)
    # other kinds keep the longer limit
    fact = FactItems("k", 0, "x", "", "entity", 2.0)
    prompt = "Exa " + "word " * 18 + "in _____ (year)."
    fact.options["cloze"] = Question(id="k", kind="cloze", prompt=prompt, answer="1901")
    assert Bank().room(fact, "cloze")


def _infobox_prompts(box: str, title: str, typed: dict[str, str]) -> dict[str, str]:
    text = f"{box}\n{Q}{title}{Q} (1881 – 1950) was an Exlandic metallurgist.\n"
    facts = extract_facts(parse_article(title, text))
    types = entity_types(facts)
    types.fine.update(typed)  # (what the article's other mentions say the place is)
    items = StructuredItems(SentenceItems(facts, types, 0)).infobox()
    return {q.prompt: q.answer for item in items for q in item.options.values()}


def test_a_town_with_its_region_is_asked_where() -> None:
    # R309, R311: "In which city was George Watt born?" -> "Hawthorn, Melbourne" (a suburb:
    # Melbourne is the city); "Where was ... born?" passed 142 of 145.
    box = "{{Infobox person\n| name = Stan Exa\n| birth_place = [[Exton, Wyland]]\n}}"
    asked = _infobox_prompts(box, "Stan Exa", {"Exton, Wyland": "city"})
    assert asked.get("Where was Stan Exa born?") == "Exton, Wyland", asked
    assert not any(p.startswith("In which city") for p in asked)
    # a city alone too, since stop 58: "In which city" of a life passed 46 of 53 (a suburb, a
    # town: "In which city did Zacharey Grey die?" -> Ampthill, R395)
    box = "{{Infobox person\n| name = Stan Exa\n| birth_place = [[Exton]]\n}}"
    asked = _infobox_prompts(box, "Stan Exa", {"Exton": "city"})
    assert asked == {"Where was Stan Exa born?": "Exton"}, asked


def test_a_life_told_in_a_country_alone_is_not_asked() -> None:
    # R308, R310: "In which country did Dušan Dimitrijević die?" -> Yugoslavia (or Serbia?);
    # "In which country was Percelle Ascott born?" -> Puerto Rico (no country)
    box = "{{Infobox person\n| name = Stan Exa\n| death_place = [[Germany]]\n}}"
    asked = _infobox_prompts(box, "Stan Exa", {})
    assert not any(p.endswith("Stan Exa die?") for p in asked), asked
    box = "{{Infobox person\n| name = Stan Exa\n| death_place = [[Exton, Germany]]\n}}"
    assert "Where did Stan Exa die?" in _infobox_prompts(box, "Stan Exa", {})


def test_a_places_own_region_field_is_not_asked() -> None:
    # R311: "In which region is Pound Green?" -> West Midlands, where the text names its county;
    # "In which region is Callala Beach?" -> South Coast, beside Jervis Bay and the city
    box = (
        "{{Infobox UK place\n| name = Exa Green\n| region = West Exland\n"
        "| county = Wyshire\n| country = England\n}}"
    )
    text = f"{box}\n{Q}Exa Green{Q} is a hamlet in [[Wyshire]], England.\n"
    prompts = [q.prompt for q in build_bank("Exa Green", text).questions]
    assert not any("region" in p for p in prompts), prompts


def test_a_songs_title_is_in_quotes() -> None:
    # R310: "Which artist recorded Play Me Like You Play Your Guitar?" reads as an order;
    # "In what year was If I Didn't Love You released?" as a condition
    box = (
        "{{Infobox song\n| name = If I Didn't Exa You\n| artist = [[The Varks]]\n"
        "| album = [[Argyvark]]\n| released = 12 March 1980\n}}"
    )
    text = (
        f"{box}\n{Q}If I Didn't Exa You{Q} is a song by [[The Varks]], released in 1980 as "
        "a single from their album ''[[Argyvark]]''.\n"
    )
    asked = _infobox_prompts(box, "If I Didn't Exa You", {})
    assert asked.get('Which artist recorded "If I Didn\'t Exa You"?') == "The Varks", asked
    assert not any("recorded If" in p or "was If" in p for p in asked)
    prompts = [q.prompt for q in build_bank("If I Didn't Exa You", text).questions]
    assert prompts and all("If I Didn't Exa You" not in p or '"If' in p for p in prompts)


def test_a_place_of_something_gone_is_asked_in_the_past() -> None:
    # R314: "In which state is Highfield College?" of a school that "was an independent ...
    # school" (closed in 1915): "is" says it still stands
    from quiz.generator.tenses import in_its_tense

    gone = "Exa College was an independent day school for boys in Exton."
    assert in_its_tense("In which state is Exa College?", gone) == "In which state was Exa College?"
    assert in_its_tense("Where is the headquarters of Exa College?", gone).startswith("Where was")
    here = "Exa College is an independent day school for boys in Exton."
    assert in_its_tense("In which state is Exa College?", here) == "In which state is Exa College?"


def test_no_producer_is_asked() -> None:
    # R314: "Who produced the 1941 film The Betrothed?" (the text: "the film's producers"),
    # "Who produced The Queen Is in the Factory?" -> a film academy the infobox alone names
    box = (
        "{{Infobox film\n| name = Exa Night\n| director = [[Ann Roe]]\n"
        "| producer = [[Tom Ploy]]\n| released = 1941\n}}"
    )
    text = (
        f"{box}\n{Q}Exa Night{Q} is a 1941 Exlandic drama film directed by Ann Roe and "
        "produced by Tom Ploy.\n"
    )
    facts = extract_facts(parse_article("Exa Night", text))
    items = StructuredItems(SentenceItems(facts, entity_types(facts), 0)).infobox()
    asked = {q.prompt: q.answer for item in items for q in item.options.values()}
    assert "Ann Roe" in asked.values(), asked  # (the director is asked)
    assert "Tom Ploy" not in asked.values(), asked


def test_two_answers_that_share_a_rare_name_are_one_item() -> None:
    # R303 (and four pool banks since stop 52): "Which studio made Zatoichi's Cane Sword?" ->
    # Daiei Studios beside "... was originally released by which company?" -> Daiei Motion
    # Picture Company: one fact asked twice; "Fred Avery" beside "Tex Avery", one man.
    from quiz.generator.told import kindred

    assert kindred(" daiei studios ", " daiei motion picture company ", frozenset())
    assert kindred(" fred avery ", " tex avery ", frozenset())
    assert kindred(" johnny burnette sings ", " johnny burnette ", frozenset())
    assert kindred(" ann roe ", " ann roe ", frozenset())
    # not a given name, a place, a month or a common word; not the subject's own words
    assert not kindred(" john smith ", " john brown ", frozenset())
    assert not kindred(" ghent ", " ghent university ", frozenset({"ghent"}))
    assert not kindred(" 1 january 1955 ", " 10 january 2016 ", frozenset())
    assert not kindred(" paris ", " university of paris ", frozenset())
    assert not kindred(" exa pictures ", " vark pictures ", frozenset())


def test_a_studio_is_not_asked_beside_the_company_the_lead_names() -> None:
    box = (
        "{{Infobox film\n| name = Exa Night\n| director = [[Ann Roe]]\n"
        "| studio = [[Varkei Studios]]\n| released = 1965\n}}"
    )
    text = (
        f"{box}\n{Q}Exa Night{Q} is a 1965 Japanese film directed by [[Ann Roe]]. Exa Night "
        "was originally released by the [[Varkei Motion Picture Company]].\n"
        "\n== Release ==\nThe film was shot at Varkei Studios. The Varkei Motion Picture Company "
        "reissued it in 1971.\n"
    )  # (the text tells the company and the studio again: since stop 56 a name told once is
    # not asked, nor an infobox line the text never tells, mentions.returned_to)
    answers = [q.answer for q in build_bank("Exa Night", text).questions]
    assert sum(a.startswith("Varkei") for a in answers) == 1, answers  # (two without kindred)


def test_the_day_or_month_of_anything_but_a_dated_event_is_not_asked() -> None:
    # R272-R321: a sentence gap of a day or a month passed 9 of 21 reviews where the sentence
    # told no dated event ("In _____ (month and year) Heinonen signed ...", "Soutak was
    # recorded in Barcelona during _____", "was listed for preservation in _____"), 36 of 40
    # where it did (a birth, a release, a founding, an election, an event held).
    from quiz.generator.facts import Sentence
    from quiz.generator.salience import minor_day

    for text in (
        "In March 2011 Kane Exa recorded 16.97 metres in Perth.",
        "Exa Vark was recorded in Barcelona during June 2013.",
        "Ann Exa moved to Roseville, Minnesota in November 2007.",
        "The Exa House was listed for preservation on November 26, 1996.",
    ):
        assert minor_day(Sentence(text, ""), True), text  # (its day)
        assert minor_day(Sentence(text, ""), False), text  # (its month)
    for text in (
        "Exa Vark was released on 9 April 2014.",
        "The 1929 Exa Derby was run on May 18, 1929.",
        "The Exa Party was founded in June 2002 by Ann Roe.",
        "Ann Exa was born on 3 June 1993 in Exton.",
        "Exa Night premiered on Broadway in April 2014.",
    ):
        assert not minor_day(Sentence(text, ""), True), text
        assert not minor_day(Sentence(text, ""), False), text


def test_no_wrong_year_after_every_year_the_article_gives() -> None:
    # R323: "In what year did Sanjay Haribhau Jadhav become a member of Parliament?" with the
    # choice 2046: no sentence the bank uses held a year, so the latest year was unbounded
    # (2100); the article's text and infobox bound it now.
    from quiz.generator.wrong import WrongValues

    text = (
        "{{Infobox officeholder\n| name = Ann Exa\n| term_start = May 2014\n"
        "| birth_date = 1967\n}}\n"
        f"{Q}Ann Exa{Q} (born 1967) is an Exlandic politician of the Vark Party.\n\n"
        "== Career ==\nHe worked for the party for years.\n"
    )
    facts = extract_facts(parse_article("Ann Exa", text))
    wrong = WrongValues(facts, entity_types(facts))
    assert wrong.years == [] and wrong.latest == 2014, (wrong.years, wrong.latest)


def test_a_footballers_position_the_text_gives_otherwise_is_in_doubt() -> None:
    # R304: "joined Tormenta FC playing as a forward" beside "Position: Defender" (one check,
    # careers.position_otherwise, with the lead's; a footballer's positions only: a baseball
    # player's high-school football or an uncle's pitching is no other answer)
    from quiz.generator.careers import position_otherwise

    prose = "Ann Exa is a Togolese footballer. In 2016 he joined Exa FC playing as a forward."
    assert position_otherwise("Defender", prose)
    assert not position_otherwise("Forward", prose)
    prose = "Kyle Exa is an American baseball outfielder. He played football as a linebacker."
    assert not position_otherwise("Outfielder", prose)
