"""Stop 47's mends from R257-R260, made general: a surname's particle written capitalised in
the title, a table column's name in the singular, a phrase written twice, a reduced passive
that is no verb, a place's abbreviation the splitter took for a sentence end, values that are
no answer, years the text gives otherwise, copies and trivia, and leads the title gives away."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.checks import _next_year_beside
from quiz.generator.copied import debris
from quiz.generator.facts import extract_facts
from quiz.generator.general import NAMED_EVENT_GAP
from quiz.generator.generate import build_bank
from quiz.generator.hedges import HEDGE
from quiz.generator.infobox import POINTER_VALUE, infobox_question, other_forms
from quiz.generator.notworth import NOT_WORTH
from quiz.generator.otherwise import born_otherwise, run_together, told_elsewhere
from quiz.generator.people import bare_names
from quiz.generator.references import Context, generic
from quiz.generator.salience import life_statement
from quiz.generator.sentences import has_verb, split_sentences
from quiz.generator.spans import find_spans
from quiz.generator.standalone import prepare
from quiz.generator.statements import dated_otherwise, home_in_name, spelt_otherwise
from quiz.generator.subject import Subject, find_subject
from quiz.generator.substance import says_the_title
from quiz.generator.tables import ASKED_ROWS, _noun
from quiz.generator.trim import trim_around
from quiz.generator.unaskable import unaskable_fields
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import garbled_question


def _name(title: str, body: str) -> str:
    return find_subject(parse_article(title, body)).name


def test_a_capitalised_particle_stays_with_the_surname_the_text_uses() -> None:
    # R258: "Riemsdijk merited a Guardian newspaper obituary" for John Van Riemsdijk
    body = (
        f"{Q}John Van Exdijk{Q} (1924 – 2008) was an Exlandic engineer.\n\n"
        "He merited an obituary in 2008.\n\n"
        "Van Exdijk was born in Exton. His mechanism was sold as the Wyton Exdijk gear.\n"
    )
    assert _name("John Van Exdijk", body) == "Van Exdijk"
    # the surname alone when the text mostly writes it alone; a first name is no particle
    life = "(1901 – 1970) was an Exlandic engineer"
    alone = f"{Q}Ned de Vark{Q} {life}. Vark was born in Exton. Vark built a bridge.\n"
    assert _name("Ned de Vark", alone) == "Vark"
    del_exa = f"{Q}Del Exa{Q} {life}. Exa was born in Exton. Exa built a bridge.\n"
    assert _name("Del Exa", del_exa) == "Exa"


def test_a_column_name_is_asked_in_the_singular_by_inflect() -> None:
    # R257: "which statu is listed for Buck Baker?"
    assert _noun("Status") == "status"
    assert _noun("Laps") == "lap"
    assert _noun("Entrants") == "entrant"
    assert _noun("Class") == "class"


def test_a_phrase_written_twice_is_debris() -> None:
    # R257: "Phurpa Tsering is an Indian politician an Indian politician of the BJP"
    assert debris("Ned Vark is an Exlandic politician an Exlandic politician of the Exa Party.")
    assert not debris("Ned Vark is an Exlandic politician of the Exa Party.")


def test_a_reduced_passive_is_no_finite_verb() -> None:
    # R257: "The False Tagging Theory as developed by Neuroscientist Erik Asp."
    assert not has_verb("The Exa Theory as developed by Neuroscientist Ned Vark.")
    assert has_verb("The Exa Theory, as developed by Ned Vark, explains doubt.")
    assert has_verb("The theory as developed by Vark was tested in 2010.")


def test_a_place_abbreviation_does_not_end_a_sentence() -> None:
    # R258: "... along FT Reyes Street in Barangay Sto." (the rest, "Nino, in the city of ...")
    text = "The Exa House is a structure along Vark Street in Barangay Sto. Nino, in Exton."
    assert split_sentences(text) == [(0, len(text))]


def _prompts(title: str, text: str) -> list[str]:
    return [q.prompt for q in build_bank(title, text).questions]


def test_an_obituary_is_not_worth_asking() -> None:
    # R258: "Riemsdijk merited a Guardian newspaper obituary in _____ (year)."
    assert NOT_WORTH.search("Van Exdijk merited a Wyton Times obituary in 2008.")


def test_software_is_not_asked_who_wrote_it() -> None:
    # R258: "Who wrote Database Workbench?" -> Upscene Productions (its developer named too)
    text = (
        "{{Infobox software\n| name = Exa Bench\n| author = Vark Productions\n}}\n"
        f"{Q}Exa Bench{Q} is a database tool made by Vark Productions in Exland.\n"
        "Exa Bench was first released in 2001 and was rewritten by Ned Vark in 2009.\n"
    )
    assert not any(p.startswith("Who wrote") for p in _prompts("Exa Bench", text))


def test_a_place_that_lost_the_comma_before_its_state_is_not_asked() -> None:
    # R258: "Where was Nina Vale born?" -> "Boston Massachusetts, U.S."
    assert run_together("Exton Massachusetts, U.S.")
    assert run_together("Port Exa South Africa")
    for place in ("Exton, Massachusetts", "New York", "West Virginia", "Fort Washington"):
        assert not run_together(place), place


def test_a_range_whose_other_end_is_a_year_off_gives_the_gap_away() -> None:
    # R257: "produced between _____ (year) and 1932" -> 1931
    assert _next_year_beside("Exa was produced between _____ (year) and 1932.", "1931")
    assert _next_year_beside("Exa taught from 1975 to _____ (year).", "1976")
    assert not _next_year_beside("Exa was a deputy from _____ (year) to 1848.", "1827")


def test_an_event_named_by_a_common_noun_takes_the() -> None:
    # R257: "In what year did Ursus rail crash take place?"
    body = f"{Q}Exton rail crash{Q} was a railway accident in Exton, Exland, in 1990.\n"
    assert _name("Exton rail crash", body) == "the Exton rail crash"
    assert _name("Exton Railway", f"{Q}Exton Railway{Q} is a line in Exland.\n") != "the Exton"


def test_glued_or_ungrammatical_copies_are_debris() -> None:
    # R258: "released after Cut on", "in his The Art of ...", "relations was", "proteomic as
    # well metabolomic", "proposed in 2009, after ... has been isolated"
    for text in (
        "Exa was released after Wyton on 23 November 1992.",
        "Exa was invented by Ned Vark in his The Art of Wyton.",
        "Exland–Wyton relations was established on June 23, 1992.",
        "The database gives genomic, proteomic as well metabolomic data on Exa.",
        "Exa was proposed in 2009 as a species, after the strain has been isolated from Wyton.",
    ):
        assert debris(text), text
    assert not debris("Exa sang as well as danced in 1992, after Wyton had been founded.")


def test_a_name_that_tells_its_one_place_is_not_stated() -> None:
    # R257: "Birmingham City is an English professional football club based in Birmingham."
    assert home_in_name("Exton City is an Exlandic football club based in Exton.")
    assert not home_in_name("Exton City is an Exlandic football club based in Wyton.")
    assert not home_in_name("The Exa Citadel is a citadel located in Exa, Wyton County, Exland.")


def test_days_the_infobox_gives_otherwise_are_not_stated() -> None:
    # R258: "It was played between March 2 and March 10, 1984" beside "Dates: March 3–10, 1984"
    text = (
        "{{Infobox tournament\n| Dates = March 3–10, 1984\n| Teams = 8\n}}\n"
        f"The {Q}1984 Exa Tournament{Q} was the 23rd tournament in the league's history.\n"
        "The 1984 Exa Tournament was played between March 2 and March 10, 1984, in Exton.\n"
    )
    facts = extract_facts(parse_article("1984 Exa Tournament", text))
    assert dated_otherwise("It was played between March 2 and March 10, 1984, in Exton.", facts)
    assert not dated_otherwise("It was played between March 3 and March 10, 1984.", facts)
    assert not dated_otherwise("The final was played on March 10, 1984.", facts)


def test_the_kind_of_a_topics_entity_is_not_the_topic() -> None:
    # R257 draw: "Birmingham City F.C. in European football's involvement in European
    # competition dates back to the 1950s" (the source: "The club's involvement ...")
    text = "The club's involvement in European competition dates back to the 1950s."
    topic = Subject("Exton City F.C. in European football", "Exton City F.C. in European football")
    topic = Subject(topic.title, topic.name, kinds=frozenset({"club"}))
    assert prepare(text, [], topic, Context()) is None
    band = Subject("Exa in Chains", "Exa in Chains", kinds=frozenset({"band"}))
    made = prepare("The band's first album came out in 1990.", [], band, Context())
    assert made is not None and made.text.startswith("Exa in Chains' first album")


def test_a_predecessor_that_is_no_one_is_not_asked() -> None:
    # R260: "Who preceded Paul Weston as Leader of Liberty GB?" -> "Party founded"
    for value in ("Party founded", "Office established", "Position abolished", "Post created"):
        assert POINTER_VALUE.match(value), value
    assert not POINTER_VALUE.match("Ned Vark")


def test_a_date_accepts_no_place_typed_for_it() -> None:
    # R259: "When was Nordzucker founded?" accepted "Braunschweig" and "Germany"
    raw = "1997 (Braunschweig, Germany)"
    assert other_forms(["Braunschweig", "Germany"], raw, "1997", ("1997",)) == []
    assert other_forms(["Yale"], "Yale University", "Yale University", ("yale university",)) == [
        "Yale"
    ]


def test_a_bodys_director_is_not_asked_who_directed_it() -> None:
    # R259: "Who directed Witte de With?" (six directors in turn)
    assert infobox_question("director", "Director", "Exa House", False, "museum") is None
    asked = infobox_question("director", "Director", "Exa", False, "film")
    assert asked == "Who directed Exa?"
    assert infobox_question("director", "Director", "Exa", False, "Hollywood cartoon")


def test_a_year_or_a_calendar_the_text_gives_otherwise() -> None:
    # R259: "Birth date: 1929" beside "Leela Omchery was born in 1928"; "Died: 1730" beside
    # "February 1729/30"
    prose = "Ann Exa was an Exlandic singer. Ann Exa was born in 1928 in Exton."
    assert born_otherwise("birth_date", "1929", prose, "Ann Exa", "she")
    assert not born_otherwise("birth_date", "1928", prose, "Ann Exa", "she")
    other = "Ann Exa was an Exlandic singer. Her brother was born in 1931."
    assert not born_otherwise("birth_date", "1929", other, "Ann Exa", "she")
    dual = "Ned Vark was a politician. He died on 5 February 1729/30 at Exton."
    assert born_otherwise("death_date", "1730", dual, "Vark", "he")


def test_more_copies_and_trivia_the_reviews_found() -> None:
    # R259-R260: a present tense "until January 2015", a word missing after "expertise", a
    # book's imprint, a five-digit figure, puffery, an octavo
    for text in (
        "Ned Vark is a Democratic member of the Exland House representing District 9 until "
        "January 2015.",
        "Ned Vark is an Exlandic scientist with expertise microphysics of clouds.",
        "In 1856 Vark began to publish Exa for Working Men, London: only one part appeared.",
    ):
        assert debris(text), text
    assert not debris("Ned Vark was a member of the Exland House until January 2015.")
    for text in (
        "The Exa was divided into six holds of approximately 39,905 cubic meters.",
        "Vark has spoken at innumerable press events.",
        "In 1856 Vark published Exa for Working Men, London, 8vo, in one part.",
    ):
        assert NOT_WORTH.search(text), text
    assert not NOT_WORTH.search("Exa retired in 1986 after riding 2,593 winners in Exland.")


def test_the_next_election_is_no_gap() -> None:
    # R260: "In December 2015, Denham announced that he would not seek re-election in _____"
    assert NAMED_EVENT_GAP.search("In 2015, Vark said he would not seek re-election in _____.")


def test_a_lead_that_puts_the_subject_in_its_titles_place_is_given_away() -> None:
    # R260: "Knollwood Village is a subdivision in Houston, Texas" of "Knollwood Village, Houston"
    text = "Exa Village is a subdivision in Wyton, Texas."
    assert says_the_title(text, "Exa Village, Wyton", 3)
    assert says_the_title("Exa Bus is a bus rapid transit system in Wyton.", "Exa Bus (Wyton)", 3)
    county = "Exa Springs is a ghost town in Vark County, Wyton, United States."
    assert not says_the_title(county, "Exa Springs, Wyton", 3)


def test_a_founding_of_a_merger_is_not_asked() -> None:
    # R260: "When was Nordzucker founded?" (1997, the merger of firms of 1838)
    prose = "Exa AG was formed by the merger of Vark AG and Ploy AG, founded in 1838."
    subject = Subject("Exa AG", "Exa AG")
    assert told_elsewhere("foundation", "1997", prose, subject)
    assert not told_elsewhere("foundation", "1997", "Exa AG was founded in 1997.", subject)


def test_a_topic_is_no_place_to_put_a_sentence_in() -> None:
    # R261: "In Ethnic groups in Houston, many Asians moved into neighborhoods with other Asians"
    topic = Subject("Ethnic groups in Exton", "Ethnic groups in Exton", kinds=frozenset({"city"}))
    text = "Healthcare is financed by taxes and insurance."
    made = prepare(text, [], topic, Context())
    assert made is None or not made.text.startswith("In Ethnic groups")
    city = Subject("Exton", "Exton", kinds=frozenset({"city"}))
    made = prepare(text, [], city, Context())
    assert made is not None and made.text.startswith("In Exton, healthcare")


def test_an_amount_of_people_is_no_year() -> None:
    # R261: "a co-educational day school with a strength of around _____ (year)" -> 1100
    text = "Exa School is a day school with a strength of around 1100."
    assert [s.type for s in find_spans(text, []) if s.text == "1100"] == ["number"]
    built = "Exa House was built around 1820."
    assert [s.type for s in find_spans(built, []) if s.text == "1820"] == ["year"]


def test_a_doubt_in_a_side_clause_is_not_trimmed_away() -> None:
    # R262: "John Prophet, of Hereford, was a medieval merchant and mayor" (the source goes on:
    # ", whose real identity is uncertain")
    text = "Ned Exa, of Wyton, was a medieval merchant and mayor, whose real identity is uncertain."
    assert trim_around(text, 0, 7)[0] == text
    assert HEDGE.search(text)
    plain = "Ned Exa was a medieval merchant and mayor, whose shop stood in Wyton."
    assert trim_around(plain, 0, 7)[0] == "Ned Exa was a medieval merchant and mayor."


def test_more_copies_and_forecasts_the_reviews_found() -> None:
    # R261-R262: a question cut before its year ("..., graduating?"), "is member of ... since",
    # a possessive after a quoted name, a season's lost noun, a forecast
    assert garbled_question("In what year did Exa earn a B.A. at Exton College, graduating?")
    for text in (
        "Exa is member of the Exland women's national team since 2006.",
        "Rosa 'Exa Vark''s parents were a multiflora and a tea rose.",
        "In the second half of the 2012–13, Exa moved to Wyton.",
    ):
        assert debris(text), text
    assert not debris("In the 2012–13 season, Exa moved to Wyton.")
    forecast = "In 2018 Exa estimated that their lander would be launched in 2020."
    assert NOT_WORTH.search(forecast)


def test_only_the_winners_row_of_a_ranked_table_is_asked() -> None:
    # R262: "which jockey finished third?" (trivia: the prose names the winner); R261: a points
    # table's first is no race's winner
    assert ASKED_ROWS == 1
    rows = "\n".join(
        f"|-\n| {n} || {rider} || Exa Team || {pts}"
        for n, rider, pts in [
            (1, "Ned Vark", 25),
            (2, "Ann Ploy", 20),
            (3, "Tom Exa", 16),
            (4, "Bo Wyton", 13),
            (5, "Cy Exton", 11),
        ]
    )
    table = f'{{| class="wikitable"\n! Pos !! Rider !! Team !! Points\n{rows}\n|}}\n'
    lead = f"The {Q}2008 Exa Grand Prix{Q} was a motorcycle race held at Exton in 2008.\n"
    results = _prompts("2008 Exa Grand Prix", f"{lead}\n==Race results==\n{table}")
    assert any("finished first" in p for p in results), results
    assert not any("finished second" in p or "finished third" in p for p in results), results
    standings = _prompts("2008 Exa Grand Prix", f"{lead}\n==Championship standings==\n{table}")
    assert not any("finished" in p for p in standings), standings


def test_a_party_beside_another_is_not_asked() -> None:
    # R261: "Which political party did Bhupathiraju Vijayakumar Raju represent?" (INC before)
    fields = [("party", "Exa Party"), ("party_election", "Wyton Congress")]
    assert "party" in unaskable_fields(fields, "Ned Vark")
    assert "party" not in unaskable_fields([("party", "Exa Party")], "Ned Vark")


def test_a_name_and_what_it_is_is_no_sentence() -> None:
    # R261: "A Clinical Lesson at the Salpêtrière, a group tableau portrait painted by which
    # genre artist?"
    assert not has_verb("Exa at the Wyton, a group portrait painted by the genre artist Ned Vark.")
    assert has_verb("The house, a villa designed by Ned Vark, was built in 1900.")
    assert garbled_question("Exa at the Wyton, a group portrait painted by which genre artist?")


def test_adverts_auditions_and_vague_bounds_are_not_worth_asking() -> None:
    # R261: a PayPal advert, an audition, "established at some time prior to 1894"
    for text in (
        "Exa appeared in an advertisement for the payment service Vark in 2014.",
        "Exa auditioned for Wyton Canvas in 2005 and 2008.",
        "Exa Station was established at some time prior to 1894.",
    ):
        assert NOT_WORTH.search(text), text


def test_a_vague_place_or_a_name_spelt_otherwise_is_not_asked() -> None:
    # R262: "Where did Rade Radivojević die?" -> "Gnjilane region, Ottoman Empire (now Kosovo)";
    # "Philip M. Merikle is a Distinguished Professor" in the bank "Phillip M. Merikle"
    subject = Subject("Ned Vark", "Vark", person=True, pronoun="he")
    assert told_elsewhere("death_place", "Wyton region, Exland", "Vark was a monk.", subject)
    assert not told_elsewhere("death_place", "Wyton, Exland", "Vark was a monk.", subject)
    assert spelt_otherwise("Philip M. Exkle is a professor of psychology.", "Phillip M. Exkle")
    assert not spelt_otherwise("Phillip M. Exkle is a professor.", "Phillip M. Exkle")
    assert debris("Dr. Ann Spiller Exa, Professor Emeritus was an academic and lawyer.")
    assert not spelt_otherwise("Exland ratified the treaty in 1999.", "Exlandi Armed Forces")


def test_anniversaries_claims_as_of_a_year_and_not_yet_are_not_worth_asking() -> None:
    # R263: "celebrated its 85th anniversary in _____" (arithmetic from the founding), "one of
    # the most well-known ... in 2014"; R264: "This list chronicles", "an upcoming channel",
    # "a series of _____ (number)(c)3"
    for text in (
        "In 2013 Exa celebrated its 85th anniversary with a concert in Wyton.",
        "In 2013 Exa celebrated 25 years of existence and its 270th production.",
        "Exa is one of the most well-known folk bands in Wyton in 2014.",
        "This list chronicles the history of the Exa company.",
        "Exa TV is an upcoming Exlandic television channel.",
        "Exa is a 501(c)(3) organization based in Wyton.",
    ):
        assert NOT_WORTH.search(text), text
    assert not NOT_WORTH.search("Exa was founded in 1928 by Ned Vark in Wyton.")


def test_more_copied_slips_of_r263_r264() -> None:
    for text in (
        "In 2005, Exa has opened a regional sales office in Wyton.",
        "Vark served in German Army and German Air Force as a non-commissioned officer.",
        "The Exa–Wyton railway' was opened in 1880.",
        "Exa Dance was a reality show which was telecasted on Exa TV.",
    ):
        assert debris(text), text
    assert not debris("The wolves' den was found in 1880.")
    assert not debris("Vark served in the German Army from 1939 to 1945.")


def test_r265_r266_mends() -> None:
    # a title's place said with "of" ("People's Park (Ürümqi) ... in the center of Ürümqi"), a
    # bill's Congress ("H.R. 3584 (113th Congress) ... during the 113th United States Congress")
    park = "Exa Park is an urban public park in the center of Wyton, the capital of Exland."
    assert says_the_title(park, "Exa Park (Wyton)", 3)
    bill = "H.R. 9999 was introduced into the House during the 113th United States Congress."
    assert says_the_title(bill, "H.R. 9999 (113th Congress)", 3)
    assert not says_the_title(bill.replace("113th", "112th"), "H.R. 9999 (113th Congress)", 3)
    # primes for quotation marks; a tour is not recorded; plural events are no "they"
    assert debris("In 2019, Exa was seen in the series ′'Made In Wyton′' as a photographer.")
    assert infobox_question("artist", "Artist", "The Exa Tour", False, "concert tour") is None
    finals = Subject("2014 Exa Cup Finals", "the 2014 Exa Cup Finals", plural=True)
    made = prepare("They won their fourth straight title in 2014.", [], finals, Context())
    assert made is None or "Finals won" not in made.text


def test_a_firms_last_word_is_no_ones_surname() -> None:
    # R265: "graduated cum laude from Fordham University School of Tor Ekeland Law" (the lead
    # names his firm, Tor Ekeland Law, PLLC, which reads like a person's name)
    text = "In 2006, Exland graduated cum laude from Wyton University School of Law."
    people = {"Law": {"Ned Exland Law"}}
    made = bare_names(text, [], people, {}, "Exland")
    assert made is not None and made[0] == text
    lone = "In 2006, the report was written by Law and his staff."
    made = bare_names(lone, [], people, {}, "Exland")
    assert made is not None and "by Ned Exland Law and" in made[0]


def test_r267_r268_mends() -> None:
    # "left the Quartet" (named only earlier), a present perfect beside a year, "Part of"
    # mid-sentence, an army's arm as a branch, a name and when it was founded (no verb)
    assert generic(["Quartet"]) and generic(["Trio"])
    assert debris("Sharma has written his first work Exa in 1966.")
    assert not debris("Sharma has lived in Wyton since 1966.")
    assert debris("Exa is a village in Wyton Municipality, Part of Exland's Vark Province.")
    subject = Subject("Ned Vark", "Vark", person=True, pronoun="he")
    assert told_elsewhere("branch", "Infantry", "Vark was an officer.", subject)
    assert not told_elsewhere("branch", "British Army", "Vark was an officer.", subject)
    assert not has_verb("Exa College, Wyton, established on 1 May 1993 in Wyton as a school.")
    assert has_verb("The Exa School, established in 1901, is a school in Wyton.")


def test_a_lifes_date_is_asked_not_stated() -> None:
    # R257-R264's banks: "X was born on <date>." was False 153 times in 171; R270's reviewer:
    # "every 'born on' statement is False and every lead-sentence statement is True"
    assert life_statement("Birth date: 19 August 1961", -1, "tf_false")
    assert life_statement("Dateofbirth: 1 October 1936", -1, "tf_false")
    assert life_statement("Died: 1906", -1, "tf_true")
    assert not life_statement("Birth date: 19 August 1961", -1, "cloze")
    assert life_statement("Bas was born in Paris in 1987, to Sudanese parents.", 3, "tf_false")
    assert not life_statement("Bas moved to Paris in 1987.", 3, "tf_false")
    text = (
        "{{Infobox person\n| name = Ned Vark\n| birth_date = {{Birth date|1961|8|19}}\n"
        "| birth_place = [[Exton]], Exland\n| occupation = Politician\n}}\n"
        f"{Q}Ned Vark{Q} (born August 19, 1961) is an Exlandic politician of the Exa Party.\n"
        "Vark was elected to the Exland House of Representatives in 2004.\n"
    )
    questions = build_bank("Ned Vark", text).questions
    assert not any(q.kind == "true_false" and "born" in q.prompt for q in questions)
    assert any("born" in q.prompt and q.kind != "true_false" for q in questions)
