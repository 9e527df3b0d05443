"""Review R108's mends and those after: long prompts, key events past the lead, names a
number or a preposition closes, older infobox fields, and the rounds' other findings."""

from __future__ import annotations

import pytest
from test_generator_r51 import item
from test_generator_r65 import sentence_texts
from test_generator_r73 import Q, options, prompts
from test_generator_wording import _year_in

from quiz.generator import statements, substance
from quiz.generator.acronyms import Acronym, spell_out
from quiz.generator.checks import statement_ok
from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.falsify import within_heading
from quiz.generator.generate import _questions, _with_lead_life, build_bank, entity_types
from quiz.generator.infobox import address_only
from quiz.generator.items import SentenceItems
from quiz.generator.mentions import told_text
from quiz.generator.otherwise import born_otherwise
from quiz.generator.references import person_antecedent
from quiz.generator.select import LONG_PROMPT, select
from quiz.generator.substance import subject_led
from quiz.generator.taxa import said_by_its_name
from quiz.generator.thenames import title_word
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import garbled_question, leans_back
from quiz.generator.wrong import PRESIDENTIAL, election_years


def test_a_prompt_over_the_word_limit_is_not_asked() -> None:
    # R94-R107: prompts over 25 words passed 61 of 102 blind reviews, shorter ones 731 of 941
    long = " ".join(["Exa"] + ["word"] * LONG_PROMPT) + "."
    short = "Exa joined the club in 1901."  # (not "won": salience.weak_past_lead)
    for prompt in (long, short):
        fact = item("f1", 1, prompt, "tf_false", prompt, "False")
        partner = item("t1", 2, "Exa is a poet.", "tf_true", "Exa is a poet.", "True")
        partner.options["tf_true"].prompt = "Exa lost the race in 1905."
        chosen = [q.prompt for q in select([fact, partner])]
        assert (prompt in chosen) == (prompt == short), chosen


def test_the_noun_of_a_numbered_title_takes_the_whole_name() -> None:
    # R107: "The division fought briefly ..." had become "The Waffen Mountain Division fought
    # ..." (there were several; the title's "13th" says which)
    text = (
        f"{Q}13th Exa Mountain Division of the SS{Q} was a German mountain infantry division. "
        "The division fought briefly in the Syrmia region in 1944.\n"
    )
    texts = sentence_texts("13th Exa Mountain Division of the SS", text)
    assert (
        "The 13th Exa Mountain Division of the SS fought briefly in the Syrmia region in 1944."
        in texts
    )
    assert not any(t.startswith("The Exa Mountain Division") for t in texts), texts


def test_a_capitalised_head_of_the_title_is_the_subject() -> None:
    # R106: "The Rights have their origins in many sources ..." (Fundamental Rights in India)
    assert title_word("Fundamental Rights in India", "Rights")
    assert not title_word("Fundamental Rights in India", "India")
    assert not title_word("United States Senate election in Ohio", "Senate")
    assert not title_word("The Rights of Man", "Rights")
    text = (
        f"{Q}Fundamental Rights in Exland{Q} are the charter of rights in the constitution of "
        "Exland. The Rights have their origins in England's Bill of Rights.\n"
    )
    assert (
        "The Fundamental Rights in Exland have their origins in England's Bill of Rights."
        in sentence_texts("Fundamental Rights in Exland", text)
    )


def test_a_convert_with_sing_on_is_an_adjective() -> None:
    text = f"{Q}Exa Forest{Q} has the {{{{convert|59|mi|km|sing=on}}}} [[Knobstone Trail]].\n"
    assert sentence_texts("Exa Forest", text) == ["Exa Forest has the 59-mile Knobstone Trail."]


def test_an_episode_of_a_series_named_with_the_takes_one_the() -> None:
    # R102: "Who directed the The Sopranos episode ...?"
    text = (
        "{{Infobox Television episode\n| Title = Exa Movies\n| Series = The Exas\n"
        "| Season = 6\n| Airdate = {{Start date|2007|4|8}}\n| Director = [[Tim Roe]]\n}}\n"
        f'"{Q}Exa Movies{Q}" is the 78th episode of the [[HBO]] [[television series]] '
        "''[[The Exas]]''. It was written by [[Ann Doe]] and directed by [[Tim Roe]].\n"
    )
    prompts = [q.prompt for q in build_bank("Exa Movies", text).questions]
    assert any("the Exas episode" in p for p in prompts), prompts
    assert not any("the The" in p for p in prompts), prompts


def test_past_the_lead_only_a_key_event_of_the_subject_is_falsified(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # R94-R107: past the lead, false statements about the subject's births, elections,
    # foundings passed 70 of 91 reviews, those about anything else 35 of 80 ("In 1818,
    # Grimaldi bought a second home, a cottage in Finchley": a trick on a minor detail).
    # Since stop 51 a biography moves no year past the lead at all, and since stop 56 a year
    # makes a statement only of a major event (statements.minor_dated), every one of which is
    # a key event too: the gate is tried alone.
    monkeypatch.setattr(SentenceItems, "career_year", lambda self, sentence, span: False)
    monkeypatch.setattr(statements, "minor_dated", lambda text: False)
    text = (
        f"{Q}Jan Exa{Q} (1778-1837) was an English clown and a member of the Garrick Club "
        "who lived in a cottage in Finchley.\n\n== Life ==\n"
        "In 1818, Exa bought a second home, a cottage in Finchley. In 1806, Exa was elected "
        "a member of the Garrick Club.\n"
    )
    assert "tf_false" not in options("Jan Exa", text, "In 1818")
    assert "tf_false" in options("Jan Exa", text, "In 1806")
    monkeypatch.setattr(substance, "tells_key_event", lambda text: True)
    assert "tf_false" in options("Jan Exa", text, "In 1818")  # (nothing else stops it)


def test_an_older_infoboxs_date_of_birth_is_asked_like_birth_date() -> None:
    # R108: {{Infobox Biography}} names its fields "date_of_birth" and "place_of_birth";
    # Ken Kutaragi's article gave no question
    text = (
        "{{Infobox Biography\n| subject_name = Jan Exa\n| date_of_birth = [[August 8]], "
        "[[1950]]\n| place_of_death = [[Tokyo]]\n}}\n"
        f"{Q}Jan Exa{Q} (born August 8, 1950) is a Japanese engineer.\n"
    )
    names = [f.name for f in extract_facts(parse_article("Jan Exa", text)).infobox]
    assert names == ["subject_name", "birth_date", "death_place"]


def test_a_prompt_printing_another_items_year_answer_is_left_out() -> None:
    # R109: "Who directed the 1994 film An Unforgettable Summer?" beside "When was An
    # Unforgettable Summer released?" (1994); R107: "... announced on August 22, 1934" beside
    # "formed in _____"
    released = item("r1", -1, "Released: 1994", "short_answer", "When was Exa released?", "1994")
    released.answer_type = "year"
    director = item(
        "d1", -1, "Director: Tim Roe", "short_answer", "Who directed the 1994 film Exa?", "Tim Roe"
    )
    other = item("d2", -1, "Director: Tim Roe", "short_answer", "Who directed Exa?", "Tim Roe")
    assert len(select([released, director])) == 1
    assert len(select([director, released])) == 1
    assert len(select([released, other])) == 2


def test_a_label_is_no_statement_and_a_noted_year_no_answer() -> None:
    # R108: "Synonyms: Familial Polymorphic Ventricular Tachycardia, ..." as a true statement;
    # "When was Providence Chapel founded?" answered "1824f"
    assert not statement_ok("Synonyms: Familial Polymorphic Ventricular Tachycardia, Exa Disease.")
    assert statement_ok("Its synonyms are Familial Polymorphic Ventricular Tachycardia and Exa.")
    text = (
        "{{Infobox church\n| name = Exa Chapel\n| founded date = 1824f\n| founder = Henry Roe\n}}\n"
        f"{Q}Exa Chapel{Q} is a former Baptist place of worship in the village of [[Roe Down]].\n"
        "\n== History ==\nThe chapel was built for the preacher Henry Roe.\n"
    )  # (the text tells the founder too: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    answers = [q.answer for q in build_bank("Exa Chapel", text).questions]
    assert "1824f" not in answers and "Henry Roe" in answers, answers


def test_the_year_of_an_olympic_team_changes_only_by_whole_games(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # R109: "Pariani was a member of the U.S. Olympic team in London in 1963" (False): there
    # were no Games that year, so a learner marks it False without the article. (Born in 1918:
    # the lead's life years now bound a false year too, and a player born in 1928 had no Games
    # of the cycle before 1950 to be sent to but those of his childhood, 1936 and 1940.)
    # (Since stop 56 a team joined is a detail whose year makes no statement, statements.
    # minor_dated: the false year's choice is tried alone.)
    monkeypatch.setattr(SentenceItems, "career_year", lambda self, sentence, span: False)
    monkeypatch.setattr(statements, "minor_dated", lambda text: False)
    text = (
        f"{Q}Jan Exa{Q} (1918-2007) was an American soccer player, a member of the U.S. "
        "Olympic team and the national team.\n\n== Career ==\nExa joined the "
        "U.S. Olympic team in London in 1948. Exa joined the United States national team in "
        "1950.\n"
    )
    false = []
    facts = _with_lead_life(extract_facts(parse_article("Jan Exa", text)))
    for seed in range(8):  # (the false year is drawn per seed; the selection's own statements,
        # before a lone false one leaves the bank, stop 53)
        chosen = _questions(
            facts, told_text(facts), SentenceItems(facts, entity_types(facts), seed)
        )
        false += [q.prompt for q in chosen if q.answer == "False" and "Olympic" in q.prompt]
    assert false
    assert all((int(p.rstrip(".")[-4:]) - 1948) % 4 == 0 for p in false), false


def test_an_acronym_the_lead_or_a_bracket_defines_is_written_out() -> None:
    # R110: "The NDH consisted of ..." ("often referred to simply by the abbreviation NDH");
    # R111: "willing to undertake the CPR project" ("(the [[Canadian Pacific Railway]] or CPR)")
    text = (
        f"{Q}Exa State{Q} (Exa Drzava, ES), often referred to simply by the abbreviation EXS, was "
        "a puppet state. It had a railway (the [[Canadian Exa Railway]] or CER) built in 1901."
        "\n\n== History ==\nThe EXS consisted of most of modern Exland in 1941. In 1942, Exa State "
        "found a syndicate willing to undertake the CER project.\n"
    )
    texts = sentence_texts("Exa State", text)
    assert "The Exa State (EXS) consisted of most of modern Exland in 1941." in texts, texts
    assert any("the Canadian Exa Railway (CER) project" in t for t in texts), texts


def test_a_comparison_or_a_sister_without_its_other_leans_back() -> None:
    # R110: "Lawson hosted a less successful chat show on ITV in 1993" (than what?); R111:
    # "Almirante Latorre, which was much more advanced than her sister, was ..." (which?)
    assert leans_back("Exa hosted a less successful chat show on ITV in 1993.")
    assert not leans_back("Exa hosted a less successful chat show than Nigella Bites in 1993.")
    assert leans_back("Exa, which was much more advanced than her sister, was sold in 1920.")
    assert not leans_back("Exa, more advanced than her sister Roe, was sold in 1920.")


def test_a_family_the_everyday_name_or_the_genus_says_is_not_asked() -> None:
    # R110: "To which family does the black-footed cat belong?" (Felidae) and "... order ...?"
    # (Carnivora) by the word "cat"; the guinea pig's genus Cavia gives its family Caviidae
    assert said_by_its_name("Felidae", "Black-footed cat", frozenset())
    assert said_by_its_name("Carnivora", "Black-footed cat", frozenset())
    assert not said_by_its_name("Felis", "Black-footed cat", frozenset())
    assert said_by_its_name("Caviidae", "Guinea pig", frozenset(), genus="Cavia")
    assert not said_by_its_name("Cavia", "Guinea pig", frozenset(), genus="Cavia")
    assert not said_by_its_name("Muridae", "Guinea pig", frozenset(), genus="Cavia")


def test_a_death_place_the_text_gives_otherwise_mid_sentence_is_not_asked() -> None:
    # R113: "Death place: Passo Sella" where "..., on August 19, 1954, he died in Sella di
    # Valsugana"; R112: "Death place: Hamden" where she "died two days later at Yale-New
    # Haven Hospital"
    text = "Two months later, on August 19, 1954, he died in Sella di Valsugana, in Trentino."
    assert born_otherwise("death_place", "Passo Sella, Italy", text, "Exa", "he")
    assert not born_otherwise("death_place", "Sella di Valsugana, Italy", text, "Exa", "he")
    text = "Exa was struck by a car and died two days later at Yale-New Haven Hospital."
    assert born_otherwise("death_place", "Hamden, Connecticut", text, "Exa", "she")
    told = "Exa died in London in 1990."
    assert not born_otherwise("death_place", "London, England", told, "Exa", "he")


def test_the_navy_a_ships_prefix_names_is_guessed_and_no_rank_is_incertae_sedis() -> None:
    # R112: "HMS Lowestoffe was a 32-gun fifth rate frigate of which navy?" (HMS: the Royal
    # Navy); R113: "To which order does Vultur belong?" (Incertae sedis: none is known)
    text = f"{Q}HMS Exa{Q} was a 32-gun fifth rate frigate of the [[Royal Navy]].\n"
    assert not any("which navy" in p for p in prompts("HMS Exa", text))
    assert said_by_its_name("Incertae sedis", "Exa", frozenset())


def test_in_the_lead_a_gap_or_a_false_statement_needs_the_subject_to_lead() -> None:
    # R94-R115: the lead's clozes passed 85 of 107 where the subject led the sentence, 21 of
    # 39 elsewhere (R114: "The Jupiter Icy Moons Orbiter was meant to orbit Ganymede, but the
    # NASA project was cancelled in 1999", False); its false statements 42 of 63 and 12 of 21
    text = (
        f"{Q}Exa{Q} is the largest moon of [[Jupiter]], discovered by [[Galileo Galilei]] in "
        "1610. The Jupiter Icy Moons Orbiter was meant to orbit Exa, but the NASA project was "
        "cancelled in 2005.\n"
    )
    assert options("Exa", text, "The Jupiter") <= {"tf_true"}
    assert {"tf_false", "cloze"} & options("Exa", text, "Exa is the largest")


def test_a_son_with_the_subjects_surname_does_not_lead_as_the_subject() -> None:
    # R114: "In 1951 the Buffett's third child, Peter Andrew Buffett, was born." (False, a
    # year moved) was taken for a sentence Buffett leads
    names = ("Buffett", "Warren Buffett")
    text = "In 1951 the Buffett's third child, Peter Andrew Buffett, was born."
    assert subject_led(text, names, person=True)  # (any given names)
    assert not subject_led(text, names, person=True, given_names=("Warren", "Edward"))
    told = "Warren Edward Buffett was born in 1930."
    assert subject_led(told, names, person=True, given_names=("Warren", "Edward"))


def test_a_his_after_a_name_with_accents_is_not_the_subjects() -> None:
    # R114: "... Máel Coluim mac Eanric, king of the Scots, forced Fergus into retirement, and
    # brought Galloway under his overlordship" had become "under Donnchadh's overlordship"
    before = "In 1160, Máel Coluim mac Eanric, king of the Scots, forced Fergus into retirement"
    assert person_antecedent(before + ", and brought Galloway under ")
    assert person_antecedent("In 1160, Malcolm Canmore forced Fergus into retirement, under ")
    assert not person_antecedent("In 1160, the king forced Fergus into retirement, under ")


def test_a_presidential_ticket_year_is_not_changed_and_a_fathers_name_is_not_the_subject() -> None:
    # R115: "English returned to political life as the Democratic nominee for Vice President
    # in 1875" (False: no election that year); "Olaf Hambro" (his father's linked page) had
    # become the name of Jocelyn Olaf Hambro's article ("Olaf Hambro's mother drowned")
    told = "English returned as the Democratic nominee for Vice President in 1880."
    assert PRESIDENTIAL.search(told) and election_years(told) == {1880}
    assert not PRESIDENTIAL.search("He was elected president of the society in 1912.")
    facts = extract_facts(parse_article("Jan Exa", f"{Q}Jan Exa{Q} was a politician. {told}\n"))
    avoided = SentenceItems(facts, entity_types(facts), 0).off_cycle(Sentence(told, "Life"), 1880)
    assert {1875, 1876, 1884} <= avoided  # (one election named: no year is safe)
    told = " ".join(["[[Olaf Hambro]] was his father; Olaf Hambro ran the bank."] * 2)
    text = (
        f"{Q}Jan Olaf Hambro{Q} (1919-1994) was a British banker. He was born in London. "
        f"{told} Olaf Hambro died in 1961. Hambro joined the bank in 1945.\n"
    )
    subject = extract_facts(parse_article("Jan Olaf Hambro", text)).subject
    assert subject.name == "Hambro", subject


def test_a_war_or_post_war_heading_bounds_its_years_and_a_lead_birth_in_another_year() -> None:
    # R117: "In 1944 Herrmann married ..." (False) under "Post war activities", "In 1952 ...
    # Luftwaffe" under "Military career in WWII": the heading says False; R116: "Birth date:
    # 26 February 1983" where the lead says "(born in Santiago, Chile, December 18, 1984)"
    assert not within_heading(1944, "Life > Post war activities", 1959)
    assert within_heading(1965, "Life > Post war activities", 1959)
    assert not within_heading(1952, "Military career in WWII", 1942)
    assert within_heading(1944, "Military career in WWII", 1942)
    assert not within_heading(1922, "Service in the First World War", 1916)
    assert within_heading(1944, "Later life", 1959)
    lead = "Exa Roe (born in Santiago, Chile, December 18, 1984) is a Chilean dancer."
    assert born_otherwise("birth_date", "February 26, 1983", lead)
    assert not born_otherwise("birth_date", "December 18, 1984", lead)
    told = "Exa (born 2 May 1942) was an engineer who married on 5 June 1970."
    assert not born_otherwise("birth_date", "2 May 1942", told)
    other = "Exa (August 21, 1917 - 2008) was an economist. He hired Eve Roe (born May 1, 1923)."
    assert not born_otherwise("birth_date", "August 21, 1917", other)  # (hers)


def test_an_acronym_that_begins_a_name_is_left_as_written() -> None:
    # R119: "IIT Kanpur" had become "Indian Institutes of Technology (IIT) Kanpur"
    acronyms = {"IIT": Acronym("Indian Institutes of Technology")}
    text = "In 1959, IIT Kanpur was founded."
    assert spell_out(text, [], acronyms)[0] == text
    told = "In 1951, the first IIT was founded."
    assert spell_out(told, [], acronyms)[0] != told


def test_a_but_clause_question_a_resignation_from_nothing_and_a_square_as_headquarters() -> None:
    # R119: "Which university did Graham enter in 1940 on a basketball scholarship, but
    # football soon became his main sport?"; "Following his resignation, Graham returned to
    # which academy?" (from what?); "Where is the headquarters of the FSB?" Lubyanka Square
    # (Moscow is as right)
    assert garbled_question(
        "Which university did Exa enter in 1940 on a scholarship, but football became his sport?"
    )
    assert not garbled_question("Which university did Exa enter in 1940 on a scholarship?")
    assert leans_back("Following his resignation, Exa returned to the Coast Guard Academy.")
    assert not leans_back("Following his resignation from the Navy, Exa returned to Boston.")
    assert address_only("headquarters", "Lubyanka Square")
    assert not address_only("headquarters", "Baku")
    assert not address_only("location", "Lubyanka Square")


def test_a_false_birth_year_moves_earlier_only() -> None:
    # R121: "born in 1995" (False) of a player the bank says was drafted in 2007 is False to
    # anyone who reads the bank; an earlier year makes him older, which nothing rules out
    box = "{{Infobox person\n| birth_date = March 3, 1987\n}}\n"
    wikitext = box + "'''Jan Exa''' was born in 1987 in Exampleton, a hockey town.\n"
    items, sentence, span = _year_in("Jan Exa", wikitext, "1987")
    assert 1988 in items.year_anchors(sentence, span)
