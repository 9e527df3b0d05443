"""Blind review R65 (and R63's acronyms): what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from quiz.generator.checks import prompt_problem
from quiz.generator.derive import derivable
from quiz.generator.facts import extract_facts
from quiz.generator.falsify import within_heading
from quiz.generator.general import NAMED_EVENT, famous_war_dated
from quiz.generator.generate import build_bank
from quiz.generator.sentences import clean_space, usable_sentence
from quiz.generator.spans import Span
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject
from quiz.generator.told import names_in
from quiz.generator.wikitext import parse_article

Q = "'" * 3
ROE = Subject("Ben Roe", "Roe", person=True, pronoun="he")


def sentence_texts(title: str, text: str) -> list[str]:
    """The article's usable sentences as the generator writes them."""
    return [s.text for s in extract_facts(parse_article(title, text)).sentences]


def test_an_acronym_with_a_foreign_and_is_written_out() -> None:
    # R63: "the biathlon branch of the UIPMB created ..." ("Union Internationale de
    # Pentathlon Moderne et Biathlon (UIPMB)" in the paragraph before: "et" broke the letters)
    text = (
        f"{Q}Exathlon{Q} is a winter sport that combines skiing and shooting.\n\n"
        "== Governing body ==\nIn 1948, the ''Union Internationale de Pentathlon Moderne et "
        "Exathlon (UIPME)'' was founded, to standardise the rules. In 1993, the exathlon "
        "branch of the UIPME created the International Exathlon Union in [[Salzburg]].\n"
    )
    later = [t for t in sentence_texts("Exathlon", text) if t.startswith("In 1993")]
    assert later and "Moderne et Exathlon (UIPME)" in later[0], later


def test_a_plural_acronym_is_written_out() -> None:
    # R63: "... the first among African-American sororities and among BGLOs founded at a black
    # college" ("Black Greek Letter Organizations (BGLO)" sections before; "BGLOs" was missed)
    text = (
        f"{Q}Exa Phi Exa{Q} is a fraternity founded at [[Cornell University]] in 1906. "
        "Exa Phi Exa became the prototype for other Black Greek Letter Organizations "
        "(BGLO).\n\n== Movement ==\nIn 1912 Exa Phi Exa opened a chapter at [[Howard "
        "University|Howard]], the first among BGLOs at a black college.\n"
    )
    later = [t for t in sentence_texts("Exa Phi Exa", text) if t.startswith("In 1912")]
    assert later and "Black Greek Letter Organizations (BGLOs) at" in later[0], later


def test_a_players_present_club_is_not_asked() -> None:
    # R64: "Colbeck plays as a winger for League Two side Hereford United" was True only when
    # the article was written (the club has since folded)
    text = (
        f"{Q}Joe Roe{Q} (born 29 February 1986) is an English footballer who plays as a "
        "winger for [[Exaford United]].\n\n== Career ==\nIn 2008 Roe joined [[Exaham Town]] "
        "for a fee of £30,000.\n"
    )
    texts = sentence_texts("Joe Roe", text)
    assert any("joined" in t for t in texts), texts
    assert not any("plays" in t for t in texts), texts


def test_a_pronoun_beside_the_surname_is_not_given_the_first_name() -> None:
    # R65: Ruth Norman is "Ruth" beside her husband Ernest Norman, but "an MTV executive viewed
    # a picture of Norman and decided to use her image" became "... to use Ruth's image": two
    # people, to a reader
    text = (
        f"{Q}Ada Roe{Q} (1900 – 1993) was an American religious leader who founded the "
        "[[Exa Academy]]. In 1954 Ada was introduced to [[Ben Roe]], who told her that she "
        "had lived many lives. Ada married Ben in 1955. Ada taught in [[Exaville]]. Ada wrote "
        "[[Exa Book|a book]] in 1958. Ada lectured in [[Exatown]]. Ada channeled [[Plato]] in "
        "1960. Ada moved to [[El Cajon]] in 1975.\n\n== Legacy ==\nIn 1996, an MTV executive "
        "viewed a picture of Roe and decided to use her image in an advertising campaign for "
        "the [[MTV Video Music Awards]]. Before her death, Roe met with each of her followers "
        "in [[El Cajon]].\n"
    )
    texts = sentence_texts("Ada Roe", text)
    assert any("MTV" in t for t in texts) or any("followers" in t for t in texts), texts
    assert not any("Ada's" in t and "Roe" in t.replace("Ada Roe", "") for t in texts), texts


def test_the_subject_inside_another_name_does_not_name_it() -> None:
    # R65: "Since a corporate restructuring by CN in 1971 the railroad has been placed under
    # ... the Grand Trunk Corporation": "Grand Trunk" there is the holding company's name, so
    # "the railroad" was left unnamed
    text = (
        f"{Q}Exa Valley Western Railroad{Q} is an American [[railroad]] in [[Michigan]]. The "
        "Exa Valley has lines from [[Detroit]] to [[Durand, Michigan|Durand]].\n\n== History "
        "==\nIn 1971 the railroad was placed under a holding company known as the Exa Valley "
        "Corporation. In 1975 the Exa Valley adopted its slogan, The Good Track Road.\n"
    )
    texts = sentence_texts("Exa Valley Western Railroad", text)
    assert any("slogan" in t for t in texts), texts
    assert not any("the railroad was placed" in t for t in texts), texts


def test_an_unknown_infobox_value_is_not_an_answer() -> None:
    # R65: "Where did Hughie Lehman die?" -> "place unknown"
    def prompts(place: str) -> list[str]:
        text = (
            f"{{{{Infobox person\n| name = Joe Roe\n| birth_place = [[Exatown]]\n"
            f"| death_place = {place}\n}}}}\n{Q}Joe Roe{Q} (1885 – 1961) was a Canadian ice "
            "hockey goaltender.\n\n== Career ==\nIn 1908 Roe joined the [[Exaville Blues]], "
            "and he won the [[Exa Cup]] in 1915 with them.\n"
        )
        return [q.prompt for q in build_bank("Joe Roe", text).questions]

    assert any("die" in p for p in prompts("[[Exaville]]")), prompts("[[Exaville]]")
    assert not any("die" in p for p in prompts("place unknown")), prompts("place unknown")


def test_the_year_of_a_nations_surrender_is_named_by_the_event() -> None:
    # R65: "After the Japanese surrender in 1951, virtually all Japanese were repatriated":
    # 1945 is general knowledge, so the false year gives itself away
    assert NAMED_EVENT.search("After the Japanese surrender in 1945, all were repatriated.")
    assert NAMED_EVENT.search("Until the German invasion in 1940, the plant made radios.")
    assert not NAMED_EVENT.search("After the club's surrender of the lease in 1945, it moved.")


def test_a_town_the_sentence_names_is_what_the_city_means() -> None:
    # R66: "... development in New Brunswick was closely connected with that of Rutgers
    # University before establishing its own campus in the city in 1856" became "... in New
    # York City in 1856" (the city of the sentence before), marked True
    text = (
        f"{Q}Exa Seminary{Q}, which has its main campus in [[Exaville, New Jersey]], was "
        "founded in 1784. First established in New York City, the seminary moved to Exaville "
        "in 1810. The seminary's early development in Exaville was closely connected with "
        "that of [[Rutgers University]] before establishing its own campus in the city in "
        "1856.\n"
    )
    texts = sentence_texts("Exa Seminary", text)
    assert any("1784" in t for t in texts), texts
    assert not any("New York City in 1856" in t for t in texts), texts


def test_a_year_the_text_rules_out_or_the_title_gives() -> None:
    # R66: "In 1785, at the height of the French Revolution" (False) gives itself away; "HMS
    # Bacchante was ... built for the Royal Navy around _____ (year)" under "HMS Bacchante
    # (1901)"; "According to that, Khan removes ..." (the settlement before)
    assert NAMED_EVENT.search("In 1795, at the height of the French Revolution, it opened.")
    assert derivable("1900", "built for the Royal Navy around", "HMS Exa (1901)")
    assert not derivable("1890", "built for the Royal Navy around", "HMS Exa (1901)")
    assert not usable_sentence("According to that, Roe removes the layout from the software.")
    assert usable_sentence("According to Roe, the layout was removed from the software in 2010.")


def test_a_song_others_recorded_too_is_not_asked_by_its_artist() -> None:
    # R66: "Which artist recorded The Long and Winding Road?" (McCartney alone, Aretha Franklin
    # and a dozen others recorded it too; R54's The Climb had a cover section). R124: "Which
    # artist first released Lovesick Blues?" was wrong too: the infobox names its own version.
    single = "{{Infobox single\n| Name = Exa Song\n| Artist = [[Ann Roe]]\n| Released = 1966\n}}\n"
    lead = f"{Q}Exa Song{Q} is a pop song released in 1966.\n"

    def asked(body: str) -> list[str]:
        bank = build_bank("Exa Song", single + lead + body)
        return [q.prompt for q in bank.questions if "artist" in q.prompt]

    # (the text names the artist in full: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    history = "\n== History ==\nAnn Roe sang it at the [[Exa Hall]] in 1966.\n"
    assert asked(history) == ['Which artist recorded "Exa Song"?']
    covers = "\n== Covers ==\nThe song was covered by [[Bob Smith]] in 1969.\n"
    assert asked(history + covers) == []


def test_an_album_named_after_its_band_is_not_the_band() -> None:
    # R67: "The album was released April 23, 1976" became "The Ramones was released ...": the
    # text's "the Ramones" is the band; the album is "Ramones"
    text = (
        "{{Infobox album\n| Name = Exatones\n| Artist = [[Exatones (band)|Exatones]]\n}}\n"
        f"{Q}''Exatones''{Q} is the debut album by the American punk band the [[Exatones "
        "(band)|Exatones]]. The Exatones recorded it in 1976 in [[New York City]].\n\n"
        "== Recording ==\nThe Exatones played at [[CBGB]] in 1975. The album was released "
        "on April 23, 1976. The Exatones toured [[England]] in 1976.\n"
    )
    facts = extract_facts(parse_article("Exatones", text))
    assert facts.subject.name == "Exatones", facts.subject
    released = [s.text for s in facts.sentences if "released" in s.text]
    assert not any("The Exatones was" in t for t in released), released


def test_a_surname_keeps_its_particles() -> None:
    # R67: "In 1650, Donck printed his Remonstrance" (the article's "Van der Donck")
    text = (
        f"{Q}Adriaen van der Exa{Q} (c. 1618 – c. 1655) was a lawyer in [[New Netherland]]. "
        "In 1641 Van der Exa sailed to the [[New World]].\n\n== Return ==\nIn 1650, Van der "
        "Exa printed his Remonstrance as a pamphlet. Later that year Van der Exa met the "
        "[[States General]].\n"
    )
    facts = extract_facts(parse_article("Adriaen van der Exa", text))
    assert facts.subject.name == "Van der Exa", facts.subject


def test_inter_war_years_rule_out_a_war_year() -> None:
    # R67: "During 1942, Brownell was posted to England" (1934) under "Inter-war years"
    assert not within_heading(1942, "Inter-war years", 1934)
    assert within_heading(1929, "Inter-war years", 1934)
    assert within_heading(1942, "Later years", 1934)


def test_the_project_of_the_title_is_named() -> None:
    # R67: "By March 1943 James B. Conant decided that British help would benefit some areas
    # of the project" (the Manhattan Project of the title)
    text = (
        f"The {Q}British contribution to the Exa Project{Q} was vital in the war. Britain sent "
        "scientists to [[Los Alamos]] in 1943.\n\n== Cooperation ==\nBy March 1943 [[James "
        "B. Conant]] decided that British help would benefit some areas of the project.\n"
    )
    texts = sentence_texts("British contribution to the Exa Project", text)
    assert any("some areas of the Exa Project" in t for t in texts), texts


def test_an_also_before_a_comma_is_dropped() -> None:
    # R68: "During election year, 1922, Frank Tudor died also, and Charlton became Leader of
    # the Opposition": "also" points back to the death before
    prepared = prepare(
        "In 1922, Frank Exa died also, and Roe became Leader of the Opposition.", [], ROE
    )
    assert prepared is not None and "died, and Roe" in prepared.text, prepared


def test_the_subjects_name_inside_another_name_does_not_say_whose() -> None:
    # R68: "The Division of Charlton in the Hunter Valley region is named in his honour"
    named = "The Division of Roe in the Exa Valley region is named in his honour."
    prepared = prepare(named, [], ROE)
    assert prepared is None or "his honour" not in prepared.text, prepared
    assert prepare("Roe won the Division of Exa in 1910, his first seat.", [], ROE) is not None


def test_the_lead_defines_its_subject_in_its_first_sentence() -> None:
    # R69: "Media of Haiti" took the kind "country" from its third sentence ("... believed to
    # broadcast throughout the country"), and "There are 50 community-based stations
    # throughout the country" became "... throughout Media of Haiti"
    text = (
        "As in many developing countries, radio reaches the widest audience in [[Exaland]]. "
        "More than 300 radio stations are believed to broadcast throughout the country.\n\n"
        "== Radio ==\nThere are 50 community-based stations throughout the country.\n"
    )
    facts = extract_facts(parse_article("Media of Exaland", text))
    assert "country" not in facts.subject.kinds, facts.subject
    assert not any("throughout Media" in s.text for s in facts.sentences)
    # "Interstate 70 is an Interstate Highway traversing an east-west route across the
    # center of the state": a highway, not a "center"
    road = (
        f"{Q}Interstate 99{Q} is an [[Interstate Highway]] traversing an east-west route "
        "across the center of the state. The highway connects [[Exaville]] and [[Exatown]] "
        "via a route through the [[Exa Mountains]].\n"
    )
    facts = extract_facts(parse_article("Interstate 99 in Exaland", road))
    assert "highway" in facts.subject.kinds, facts.subject
    assert any(s.text.startswith("Interstate 99 in Exaland connects") for s in facts.sentences)


def test_a_present_team_or_owner_holds_only_when_written() -> None:
    # R69: "... is an American professional basketball player for the Golden State Warriors";
    # "In September 2011, Reddit was split from Condé Nast, and now operates as a subsidiary"
    assert not usable_sentence(
        "Ben Roe is an American professional basketball player for the Exa Stars."
    )
    assert not usable_sentence(
        "In 2011, Exa was split from Roe, and now operates as a subsidiary of Exacorp."
    )
    assert usable_sentence("In 2011, Exa was split from Roe, and became a subsidiary of Exacorp.")
    assert usable_sentence("The fort stands in what is now Exaland.")


def test_a_famous_war_dated_by_the_prompt_is_given_away() -> None:
    # R69: "The Action of 18 November 1809 was ... in the Indian Ocean during which wars?"
    text = (
        f"The {Q}Action of 18 November 1809{Q} was the most significant engagement of a "
        "six-month cruise by a French frigate squadron in the [[Indian Ocean]] during the "
        "[[Napoleonic Wars]]. The squadron captured three [[East Indiaman|East Indiamen]] "
        "off [[Exa Island]].\n"
    )
    bank = build_bank("Action of 18 November 1809", text)
    assert not any(q.answer == "Napoleonic Wars" for q in bank.questions), bank.questions
    assert famous_war_dated("the Napoleonic Wars", "In 1809 a squadron sailed")
    assert not famous_war_dated("Napoleonic Wars", "In 1829 a squadron sailed")
    assert not famous_war_dated("Second Anglo-Exa War", "In 1809 a squadron sailed")


def test_a_football_clubs_name_takes_no_the_from_a_building() -> None:
    # R70: "The Crystal Palace was founded on 10 September 1915" (the club, named after the
    # building the text calls "the Crystal Palace")
    text = (
        f"{Q}Exa Palace Football Club{Q} is an English professional football club based in "
        "[[Exaville]]. The club was formed in 1905 at the Exa Palace, a building in the "
        "park. The Exa Palace burned down in 1936, and the Exa Palace site became a park. "
        "The Exa Palace had been moved there in 1854.\n\n== History ==\nThe club won the "
        "[[Exa Cup]] in 1990.\n"
    )
    facts = extract_facts(parse_article("Exa Palace F.C.", text))
    assert facts.subject.name == "Exa Palace", facts.subject


def test_a_decade_is_no_year_to_type() -> None:
    # R70: "Days of Heaven is widely recognized as a landmark of _____ (year)'s cinema" (1970)
    text = (
        f"{Q}''Exa Days''{Q} is a 1978 film directed by [[Ben Roe]]. Exa Days is widely "
        "recognized as a landmark of 1970's cinema. It was filmed in [[Alberta]] in 1976.\n"
    )
    prompts = [q.prompt for q in build_bank("Exa Days", text).questions]
    assert not any("(year)'s" in p for p in prompts), prompts


def test_a_batting_average_keeps_its_space_and_a_list_item_its_lead_in() -> None:
    # R71: "Radcliffe hit.376 in nine exhibition games" (the text's "hit .376"); "Second, it is
    # commonly used to describe people who trace their recent ancestry to ..." (a cut list)
    assert "hit .376 in" in clean_space("Roe hit .376 in nine exhibition games .")
    assert clean_space("Roe won in 1990 , and left .") == "Roe won in 1990, and left."
    assert not usable_sentence("Second, it is commonly used to describe people of Exaland.")


def test_a_films_year_before_its_title_is_still_asked() -> None:
    # (not the R70 decade: "her roles in 1998's The Horse Whisperer and 2001's Ghost World")
    facts = extract_facts(parse_article("Ann Roe", f"{Q}Ann Roe{Q} is an actress.\n"))
    year = Span(0, 4, "2001", "year")
    film = "Roe rose to fame in 1998's The Exa Whisperer and _____ (year)'s Exa World."
    assert not prompt_problem(film, year, facts)
    assert prompt_problem("It is a landmark of _____ (year)'s cinema.", year, facts)


def test_a_name_with_a_nickname_between_gives_the_answer_away() -> None:
    # Toronto Star (shared): "The Toronto Star prospered under Joseph "Holy Joe" Atkinson,
    # editor from 1899 until his death in 1948" stood beside "Who was the publisher of the
    # Toronto Star from 1899 to 1948?" (Joseph E. Atkinson)
    text = " toronto star prospered under joseph holy joe atkinson editor from 1899 "
    assert names_in(" joseph e atkinson ", text)
    assert not names_in(" joseph e atkinson ", " joseph smith met ann atkinson ")
    assert not names_in(" joseph atkinson ", " joseph holy joe atkinson ")
