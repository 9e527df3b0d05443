"""Blind review R88 and the rounds before it: what their rejects had in common, kept out."""

from __future__ import annotations

from test_generator_r65 import sentence_texts
from test_generator_r73 import Q, prompts


def test_a_surname_alone_anywhere_in_a_sentence_is_written_out() -> None:
    # R87: "Smith, Field and others met in Salisbury ... against Whitehead" (Winston Field and
    # Sir Edgar Whitehead, named paragraphs before); "as instructed by Holburne" (named once,
    # as "Vice-Admiral Holburne"). Names that are part of a longer name stay as they are.
    text = (
        f"{Q}Ian Exley{Q} (1919–2007) was a politician in [[Exland]].\n\n"
        "== Career ==\nIn 1958 [[Edgar Whitehead|Sir Edgar Whitehead]] became premier. "
        "In 1960 [[Winston Field]] founded a party. The fleet of Vice-Admiral Holburne "
        "sailed in 1757.\n\n"
        "== Front ==\nExley, Field and others met in Salisbury on 13 March 1962 and agreed to "
        "unite against Whitehead. On 14 November 1757, Exley assumed command at Halifax as "
        'instructed by Holburne. Exley married Margaret "Peggy" Field in 1964. '
        "Exley worked with von Holburne in 1970. Exley and Winston Field met in 1971, and "
        "Exley wrote about Field's rise in 1990.\n"
    )
    texts = sentence_texts("Ian Exley", text)
    assert (
        "Exley, Winston Field and others met in Salisbury on 13 March 1962 and agreed to unite "
        "against Sir Edgar Whitehead." in texts
    ), texts
    assert any(t.endswith("as instructed by Vice-Admiral Holburne.") for t in texts), texts
    assert 'Exley married Margaret "Peggy" Field in 1964.' in texts
    assert "Exley worked with von Holburne in 1970." in texts
    assert any("and Exley wrote about Field's rise in 1990." in t for t in texts), texts


def test_a_surname_several_people_of_the_article_share_is_not_written_out() -> None:
    # R88: "Jinnah attended a reception for Gandhi" (Mohandas, linked) had become "for Indira
    # Gandhi": the lexicon knows "Indira" as a given name, not "Mohandas".
    text = (
        f"{Q}Ali Exnah{Q} (1876–1948) was a lawyer in [[Exland]].\n\n"
        "== Career ==\nIn 1915 he met [[Mohandas Gandhi]], a lawyer. Exnah attended a "
        "reception for Gandhi in 1915. A film of 1982 was praised by [[Indira Gandhi]].\n"
    )
    texts = sentence_texts("Ali Exnah", text)
    assert not any("Indira Gandhi in 1915" in t for t in texts), texts


def test_the_village_is_the_subject_beside_a_name_that_only_begins_with_its_name() -> None:
    # R86: "The village is set on a rocky ledge overlooking Ballycotton Bay" in the article on
    # Ballycotton: "Ballycotton Bay" does not name the village.
    text = (
        f"{Q}Exacotton{Q} is a fishing village in [[County Cork]], Ireland.\n\n"
        "The village is set on a rocky ledge overlooking Exacotton Bay and a beach of 25 km.\n"
    )
    texts = sentence_texts("Exacotton", text)
    assert (
        "Exacotton is set on a rocky ledge overlooking Exacotton Bay and a beach of 25 km." in texts
    ), texts


def test_an_events_name_keeps_its_common_noun() -> None:
    # R88: "commemorating the victims of the bombing" had become "... of the Oklahoma City."
    from quiz.generator.subject import find_subject
    from quiz.generator.wikitext import parse_article

    text = (
        f"The {Q}Exville City bombing{Q} was a bomb attack in Exville City on April 19, 1995. "
        "Exville City lies in a plain. Exville City grew. Exville City has a memorial.\n\n"
        "On April 19, 2000, a memorial was dedicated, commemorating the victims of the bombing.\n"
    )
    subject = find_subject(parse_article("Exville City bombing", text))
    assert subject.name == "the Exville City bombing", subject
    texts = sentence_texts("Exville City bombing", text)
    assert not any(t.endswith("of the Exville City.") for t in texts), texts


def test_taking_part_in_the_event_of_the_title_where_it_was_says_the_title() -> None:
    # R88: "Vanuatu competed at the 2008 Summer Olympics in Beijing, China." (its bank's title:
    # "Vanuatu at the 2008 Summer Olympics")
    from quiz.generator.substance import says_the_title

    title = "Exland at the 2008 Summer Olympics"
    assert says_the_title("Exland competed at the 2008 Summer Olympics in Beijing, China.", title)
    assert says_the_title("Exland competed at the 2008 Summer Olympics.", title, 3)
    told = "Exland competed at the 2008 Summer Olympics with three athletes."
    assert not says_the_title(told, title)
    assert not says_the_title("Exland won a medal at the 2008 Summer Olympics.", title)


def test_its_needs_a_thing_before_it_not_only_people() -> None:
    # R88: "At Crowley's bidding, Parsons replaced Wilfred Talbot Smith as its leader in 1942"
    # (its: the lodge of the sentence before).
    text = (
        f"{Q}Jack Exons{Q} (1914–1952) was an American engineer.\n\n"
        "In 1939 Exons converted to Thelema, the occultist [[Aleister Crowley]]'s movement. "
        "In 1941 he joined the Agape Lodge, a branch of the Ordo Templi Orientis. At Crowley's "
        "bidding, he replaced [[Wilfred Talbot Smith]] as its leader in 1942 and ran the Lodge "
        "from his mansion. In 1942 Exons moved the Exa Lodge to its new home in Pasadena.\n"
    )
    texts = sentence_texts("Jack Exons", text)
    assert not any("as its leader" in t for t in texts), texts
    assert "In 1942 Exons moved the Exa Lodge to its new home in Pasadena." in texts


def test_a_year_the_filmography_gives_otherwise_is_not_asked() -> None:
    # R87: "Neill hosted and narrated a series of 2002 documentaries for BBC entitled Space."
    # (True), while the filmography, a section the parser sets aside, lists "Space (2001)".
    from quiz.generator.answers import reject_answer
    from quiz.generator.facts import extract_facts
    from quiz.generator.generate import entity_types
    from quiz.generator.listyears import listed_years
    from quiz.generator.wikitext import parse_article

    text = (
        f"{Q}Sam Exill{Q} (born 1947) is an actor from [[Exland]].\n\n"
        "== Career ==\nExill hosted and narrated a series of 2002 documentaries for the BBC "
        "entitled ''[[Space (documentary)|Space]]''. In 1993 Exill starred in the film "
        "''[[Exa Park]]''.\n\n"
        "== Filmography ==\n=== Television ===\n*''[[Space (documentary)|Space]]'' (2001)\n"
        "*''[[Exa Park]]'' (1993)\n*''[[Sam Exill]]'' (1999)\n"
    )
    article = parse_article("Sam Exill", text)
    assert listed_years(article) == {"Space": {"2001"}, "Exa Park": {"1993"}}
    facts = extract_facts(article)
    types = entity_types(facts)
    reasons = {
        s.text[:20]: reject_answer(s, span, facts, types)
        for s in facts.sentences
        for span in s.spans
        if span.type == "year"
    }
    assert reasons == {
        "Exill hosted and nar": "a year a list gives otherwise",
        "In 1993 Exill starre": "",
    }, reasons


def test_a_sentence_end_a_comment_took_away_is_no_sentence() -> None:
    # R89: "Val Mayerik was born in 1950 Upon college graduation, he met ..." (a hidden comment
    # held the end of the first sentence and the whole of the next)
    from quiz.generator.sentences import usable_sentence

    assert not usable_sentence(
        "Val Exrik was born in 1950 Upon college graduation, he met the artist Dan Adkins."
    )
    assert usable_sentence(
        "Val Exrik was born in 1950 and upon graduation met the artist Dan Adkins."
    )


def test_the_street_in_a_streets_article_is_the_street() -> None:
    # R89: "During 2009 parts of the street were closed to all traffic" (Princes Street)
    text = (
        f"{Q}Exes Street{Q} is one of the major thoroughfares in central [[Edinburgh]].\n\n"
        "During 2009 parts of the street were closed to all traffic for tram works.\n"
    )
    texts = sentence_texts("Exes Street", text)
    assert "During 2009 parts of Exes Street were closed to all traffic for tram works." in texts


def test_two_people_called_by_given_names_alone_lean_back() -> None:
    # R89: "When Charles and Francis made peace in January 1539, Henry became increasingly
    # apprehensive." (Charles V and Francis I, named paragraphs before)
    text = (
        f"{Q}Henry Exe{Q} (1491–1547) was a king of [[Exland]].\n\n"
        "== Reign ==\nIn 1520 Emperor Charles and King Francis met at Calais. When Charles and "
        "Francis made peace in January 1539, Henry Exe became apprehensive. Henry Exe in 1540 "
        "married Anne Exley; their daughters Mary and Elizabeth were born in Greenwich.\n"
    )
    texts = sentence_texts("Henry Exe", text)
    assert not any("When Charles and Francis" in t for t in texts), texts
    assert any("daughters Mary and Elizabeth" in t for t in texts), texts


def test_a_definition_by_the_titles_own_last_part_says_the_title() -> None:
    # R89: "The miniskirt is a skirt with a hemline well above the knees." (True from the word)
    from quiz.generator.substance import says_the_title

    assert says_the_title(
        "The exaskirt is a skirt with a hemline well above the knees.", "Exaskirt"
    )
    told = "The exaskirt is a skirt that Mary Quant made popular in London."
    assert not says_the_title(told, "Exaskirt")  # (who and where: facts)
    assert not says_the_title("A seaplane is a powered aircraft that lands on water.", "Seaplane")


def test_r90_a_forerunners_founding_and_a_clubs_name_without_the() -> None:
    # R90: "When was the Mil-Muğan FK founded?" -> "2004 as MKT-Araz" (Reformed in 2013)
    from quiz.generator.subject import find_subject
    from quiz.generator.wikitext import parse_article

    text = (
        infobox_club("2004 as ''MKT-Araz'' (Reformed in 2013)")
        + f"{Q}Exa-Muğan FK{Q} was an [[Azerbaijan]]i football club based in [[Imishli]].\n"
    )
    assert find_subject(parse_article("Exa-Muğan FK", text)).name == "Exa-Muğan FK"
    questions = prompts("Exa-Muğan FK", text)
    assert not any("founded" in p for p in questions), questions
    assert any("founded" in p for p in prompts("Exa-Muğan FK", infobox_club("2004") + text))


def infobox_club(founded: str) -> str:
    return "{{Infobox football club\n| clubname = Exa\n| founded = " + founded + "\n}}\n"


def test_r90_a_negative_question_and_another_mans_year() -> None:
    # R90: "Who was not intending to make Aqualung a concept album?"; "unlike Harold in 1066,
    # Æthelstan did not allow himself to be provoked" made false with Harold's year (1055)
    import random

    from quiz.generator.facts import Sentence, extract_facts
    from quiz.generator.falsify import false_statement_value
    from quiz.generator.generate import entity_types
    from quiz.generator.items import SentenceItems
    from quiz.generator.spans import find_spans
    from quiz.generator.wikitext import parse_article
    from quiz.generator.wording import garbled_question

    assert garbled_question("Who was not intending to make Exalung a concept album?")
    assert not garbled_question("Who was intending to make Exalung a concept album?")
    text = f"{Q}Exelstan{Q} (1894–1939) was King of [[Exland]] from 1924 to 1939.\n"
    facts = extract_facts(parse_article("Exelstan", text))
    items = SentenceItems(facts, entity_types(facts), 0)
    said = (
        "Michael Exwood praises his caution, arguing that unlike Harold in 1066, Exelstan did "
        "not allow himself to be provoked into precipitate action."
    )
    sentence = Sentence(said, "Reign", find_spans(said, []))
    (year,) = [s for s in sentence.spans if s.type == "year"]
    assert false_statement_value(sentence, year, items, [], random.Random(0)) is None
    own = "In 1937 Exelstan won at Exanburh, where he did not allow himself to be provoked."
    sentence = Sentence(own, "Reign", find_spans(own, []))
    (year,) = [s for s in sentence.spans if s.type == "year"]
    assert false_statement_value(sentence, year, items, [], random.Random(0)) is not None


def test_r90_the_church_under_a_heading_on_the_building_before_is_another() -> None:
    # R90: "The church burned down in a great fire of Sarajevo in 1879" (the church before the
    # present one) had become "The Church of Saint Anthony of Padua burned down ..."
    text = (
        f"The {Q}Church of Saint Exony{Q} is a Roman Catholic church in [[Sarajevo]].\n\n"
        "== Preceding buildings ==\nThe church burned down in a great fire of Sarajevo in 1879.\n"
        "== Today ==\nIn 1881 the church was given a new organ.\n"
    )
    texts = sentence_texts("Church of Saint Exony", text)
    assert not any("burned down" in t for t in texts), texts
    assert "In 1881 the Church of Saint Exony was given a new organ." in texts


def test_r90_their_in_an_albums_article_is_not_the_album() -> None:
    # R90: "It was their first album with John Evan" -> "Aqualung was their first album ..."
    text = (
        f"{Q}''Exalung''{Q} is the fourth studio album by the rock band [[Jethro Tull]], "
        "released in 1971.\n\n"
        "It was their first album with John Evan as a full-time member. It was recorded at "
        "Island Studios in London in 1970.\n"
    )
    texts = sentence_texts("Exalung", text)
    assert not any("their first album" in t for t in texts), texts
    assert any(t.startswith("Exalung was recorded at Island Studios") for t in texts), texts


def test_r91_titles_that_say_the_definition() -> None:
    # R91: "M-88 is a state trunkline highway in the U.S. state of Michigan." in the bank
    # "M-88 (Michigan highway)"; "The War in Darfur is a major armed-conflict in the Darfur
    # region of Sudan."
    from quiz.generator.substance import says_the_title

    told = "M-88 is a state trunkline highway in the U.S. state of Michigan."
    assert says_the_title(told, "M-88 (Michigan highway)", 3)
    told = "M-88 is a state trunkline highway that runs from Bellaire to Mancelona."
    assert not says_the_title(told, "M-88 (Michigan highway)", 3)
    told = "The War in Exfur is a major armed-conflict in the Exfur region of Sudan."
    assert says_the_title(told, "War in Exfur", 3)
    told = "The War in Exfur is a major armed-conflict between Sudan and Chad."
    assert not says_the_title(told, "War in Exfur", 3)


def test_r91_a_count_without_a_unit_the_lead_gives_otherwise() -> None:
    # R91: "As of 2009, their total population is around _____" (500,000), where the lead says
    # "about 510,000 people"
    from quiz.generator.rivals import other_close_value
    from quiz.generator.spans import Span

    text = "In 2009 the total population of the Exans was around 500,000."
    span = Span(text.index("500"), text.index("500") + 7, "500,000", "number")
    lead = "The Exans are about 2% of the island's population, about 510,000 people. "
    assert other_close_value(text, span, lead + text)
    assert not other_close_value(text, span, "The Exans speak Exan. " + text)


def test_r91_a_goal_by_a_year_and_a_films_year_in_its_title() -> None:
    # R91: "The political perspective of the European Union is to make the ESA an agency of the
    # EU by 2014." (True when written); "Quartet was filmed late in 2004" (False) in the bank
    # "Quartet (2012 film)"
    from quiz.generator.checks import statement_ok
    from quiz.generator.derive import derivable

    aim = "The political perspective of the Exan Union is to make the Exa Agency its own by 2014."
    assert not statement_ok(aim)
    assert statement_ok("The Exan Union made the Exa Agency its own agency in 2014.")
    assert derivable("2011", "Quartet was filmed late in  at Hedsor House.", "Quartet (2012 film)")
    assert not derivable("2004", "Quartet was filmed in  at Hedsor House.", "Quartet (2012 film)")


def test_r91_a_year_beside_another_of_the_sentence_is_not_changed() -> None:
    # R91: "On October 19, 1999, ... traded ... for a pick in the 2010 NFL Draft" (2009)
    import random

    from quiz.generator.facts import Sentence, extract_facts
    from quiz.generator.falsify import false_statement_value
    from quiz.generator.generate import entity_types
    from quiz.generator.items import SentenceItems
    from quiz.generator.spans import find_spans
    from quiz.generator.wikitext import parse_article

    text = f"{Q}Ed Exams{Q} (born 1983) is an American football player.\n"
    text += "\n== Legacy ==\nExams entered the Exa Hall of Fame in 2020.\n"  # (the article's
    facts = extract_facts(parse_article("Ed Exams", text))  # years bound the false ones: R323)
    items = SentenceItems(facts, entity_types(facts), 0)
    for said, changed in (
        ("In 2009, Exams was traded to the Exa Lions for a pick in the 2010 NFL Draft.", False),
        ("In 2009, Exams was traded to the Exa Lions for a pick in the 2016 NFL Draft.", True),
    ):
        sentence = Sentence(said, "Career", find_spans(said, []))
        year = next(s for s in sentence.spans if s.text == "2009")
        value = false_statement_value(sentence, year, items, [], random.Random(0))
        assert (value is not None) == changed, (said, value)


def test_a_surname_after_a_capitalised_opener_is_still_alone() -> None:
    # The last read: "By Holburne's order" had been taken for a name of two words, and "As King
    # William" (a sentence's opening) for William's title.
    from quiz.generator.people import bare_names

    titled = {"Holburne": {"Vice-Admiral Holburne"}}
    said = "By Holburne's order, Exley sailed to Halifax in 1757."
    assert bare_names(said, [], {}, titled, "Ian Exley") == (
        "By Vice-Admiral Holburne's order, Exley sailed to Halifax in 1757.",
        [],
    )
    text = (
        f"{Q}Anne Exe{Q} (1665–1714) was Queen of [[Exland]].\n\n"
        "== Reign ==\nAs King William had no heir, Anne Exe was next in line in 1700. With "
        "William childless, Anne Exe was the only heir in 1701.\n"
    )
    texts = sentence_texts("Anne Exe", text)
    assert not any("As King William childless" in t for t in texts), texts


def test_r92_a_route_said_to_be_a_highway_and_an_order_said_by_the_name() -> None:
    # R92: "Maryland Route 704 is a state highway in the U.S. state of Maryland." (the title);
    # "To which order does the rove beetle belong?" -> Coleoptera (beetles)
    from quiz.generator.substance import says_the_title
    from quiz.generator.taxa import said_by_its_name

    told = "Exland Route 704 is a state highway in the U.S. state of Exland."
    assert says_the_title(told, "Exland Route 704", 3)
    told = "Exland Route 704 is a state highway that runs from Exton to Bowie."
    assert not says_the_title(told, "Exland Route 704", 3)
    assert said_by_its_name("Coleoptera", "Rove beetle", set())
    assert said_by_its_name("Lepidoptera", "Exa butterfly", set())
    assert not said_by_its_name("Insecta", "Giant weta", set())


def test_r93_a_fuller_name_and_the_titles_bracket_say_the_title() -> None:
    # R93: 'John Carter "Jack" Brennan was an American football player.' in the bank "Jack
    # Brennan (American football)"
    from quiz.generator.substance import says_the_title

    title = "Jack Exnan (American football)"
    told = 'John Carter "Jack" Exnan was an American football player.'
    assert says_the_title(told, title, 3)
    told = 'John Carter "Jack" Exnan was an American football player for the Exa Packers.'
    assert not says_the_title(told, title, 3)


def test_a_set_aside_list_of_works_is_parsed_and_dates_its_linked_works() -> None:
    # The parser renders "Works" and "Filmography" into article.works (no questions come from
    # them); a list item with one year dates the works it links, in whatever order it says them.
    from quiz.generator.listyears import listed_years
    from quiz.generator.wikitext import parse_article

    text = (
        f"{Q}Sam Exill{Q} (born 1947) is an actor from [[Exland]].\n\n"
        "== Works ==\n* 2001: [[Space (documentary)|Space]], a documentary\n"
        "* 1990–1995: [[Exa Park]] and [[Exa Lodge]]\n"
    )
    article = parse_article("Sam Exill", text)
    assert [s.path for s in article.sections] == [""]
    assert [s.path for s in article.works] == ["Works"]
    assert listed_years(article) == {"Space": {"2001"}}
