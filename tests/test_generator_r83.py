"""Blind review R83: what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from test_generator_r65 import sentence_texts
from test_generator_r73 import Q, prompts, sentence_items

from quiz.generator.article import Article
from quiz.generator.checks import false_ok, statement_ok
from quiz.generator.subject import Subject, find_subject
from quiz.generator.twoyears import years_in
from quiz.generator.wikitext import parse_article


def infobox(kind: str, **fields: str) -> str:
    """An infobox template of ``kind`` with ``fields`` (underscores as written)."""
    return (
        "{{Infobox " + kind + "\n" + "".join(f"| {k} = {v}\n" for k, v in fields.items()) + "}}\n"
    )


def test_a_place_is_not_put_before_a_sentence_about_a_place_of_its_name() -> None:
    # R83: "Ancient Bengal was the site of several major Vedic kingdoms" in the article on
    # West Bengal had become "In West Bengal, Ancient Bengal was ..."
    text = (
        f"{Q}West Exland{Q} is a state in the east of [[India]].\n\n"
        "Ancient Exland was the site of several major Vedic kingdoms. "
        "Healthcare is financed by taxes paid by its workers.\n"
    )
    texts = sentence_texts("West Exland", text)
    assert not any("In West Exland, Ancient Exland" in t for t in texts), texts
    assert "In West Exland, healthcare is financed by taxes paid by its workers." in texts


def test_his_in_a_songs_article_needs_a_person_named_before_it() -> None:
    # R83: "Lil Freak was released as the second United States-only single from his sixth
    # studio album": "United States" is no one "his" can mean
    text = (
        f"{Q}Exa Roe{Q} is a song by American singer [[Usher]].\n\n"
        "Exa Roe was released as the second United States-only single from his sixth "
        "studio album on March 2, 2010. It was written by Ben Dale for his album in 2009.\n"
    )
    texts = sentence_texts("Exa Roe", text)
    assert not any("his sixth studio album" in t for t in texts), texts


def test_a_title_word_is_not_the_name_a_person_is_called() -> None:
    # R83: "In 1998, he was elected sub-dean" in the article on Pope Benedict XVI became "In
    # 1998, Pope was elected ...": the text says "the Pope" more often than "Benedict"
    prose = " ".join(
        ["The Pope met bishops in 2006.", "The Pope visited Spain in 2007."] * 3
        + ["Benedict wrote a letter in 2008."]
    )
    article = parse_article("Pope Exa II", f"{Q}Pope Exa II{Q} (born 1927) is a pope. {prose}\n")
    assert isinstance(article, Article)
    subject = find_subject(article)
    assert subject.person and subject.name != "Pope"


def test_two_spellings_of_a_name_and_a_post_office_make_no_statement() -> None:
    # R83: "Gaius Julius Cæsar/Caesar was a Roman military and political leader."; "The
    # Carbondale Post Office serves the El Jebel postal addresses." (trivia)
    assert not statement_ok("Gaius Julius Cæsar/Caesar was a Roman military and political leader.")
    assert not statement_ok("The Carbondale Post Office serves the El Jebel postal addresses.")
    # (and an intention, true only when written: "In the future, Azerbaijan hopes to start
    # building tanks ...")
    assert not statement_ok("In the future, the country hopes to start building its own tanks.")
    assert statement_ok("The band AC/DC was formed in Sydney by the brothers in 1973.")
    assert statement_ok(
        "The duo recorded an Electronic/Dance album in Sydney with the brothers in 1973."
    )


SONG = (
    "{{Infobox single\n| Name = Exa Roe\n| Artist = [[Usher (musician)|Usher]] featuring "
    "[[Nicki Minaj]]\n| Released = 2010\n}}\n"
    f"{Q}Exa Roe{Q} is a song by [[Usher (musician)|Usher]] from his album. "
    "Usher recorded the song in 2009 with Nicki Minaj in Atlanta.\n"
)


def test_a_featured_artist_is_named_in_the_question_not_taken_for_the_answer() -> None:
    # R83: "Which artist recorded Lil Freak?" -> "Usher featuring Nicki Minaj" (typing
    # "Usher" would be marked wrong)
    from quiz.generator.generate import build_bank

    bank = build_bank("Exa Roe", SONG)
    asked = [q for q in bank.questions if q.prompt.startswith("Which artist")]
    assert asked, [q.prompt for q in bank.questions]
    (question,) = asked
    assert question.prompt == 'Which artist recorded "Exa Roe", featuring Nicki Minaj?'
    assert question.answer == "Usher"
    assert "Nicki Minaj" not in question.accept


def test_a_completion_year_the_text_gives_to_a_restoration_is_not_asked() -> None:
    # R83: "When was St Michael and All Angels Church, Mottram completed?" -> 1855, from the
    # infobox, where the text dates the church to the 15th century and restores it in 1854-55
    assert years_in("A major restoration took place in 1854–55 by the architect.") == {
        1854,
        1855,
    }
    box = infobox("church", name="St Exa", completed_date="1855", diocese="Chester")
    text = (
        f"{box}{Q}St Exa{Q} is a church in the village of Roe, England. It was built at the "
        "end of the 15th century. A major restoration took place in 1854–55 by Ben Dale.\n"
        "\n== History ==\nThe churchyard was enlarged in 1855.\n"
    )  # (the text tells 1855 too: since stop 56 an infobox line it never tells is not asked,
    # mentions.returned_to)
    assert not any("completed" in p for p in prompts("St Exa", text))
    kept = text.replace("A major restoration took place in 1854–55", "A bell was cast in 1790")
    assert any("completed" in p for p in prompts("St Exa", kept))


def test_a_year_of_another_event_fronted_is_not_changed_for_a_false_statement() -> None:
    # R83: "Since Brazilian independence in 1811, Brazilian Portuguese (BP) has tended to borrow
    # words from English and French." (False): the year is the independence's, a side detail
    told = (
        "Since Brazilian independence in 1822, Brazilian Portuguese has borrowed words from French."
    )
    assert not false_ok(told, told.index("1822"))
    after = "After the end of communist rule in 1991, Tirana grew faster than any other city."
    assert not false_ok(after, after.index("1991"))
    own = "In 1822, Brazilian Portuguese began to borrow many words from English and French."
    assert false_ok(own, own.index("1822"))


def test_a_fronted_place_is_no_appositive_that_keeps_a_year_from_changing() -> None:
    # R84: "Within the District, a new capital city was founded in 1791 and named in honor of
    # George Washington." had no false statement (read as "X, a ..., was"), so its bank had
    # none to balance its true statements with, and two questions
    told = "Within the District, a new capital city was founded in 1791 and named for Washington."
    assert false_ok(told, told.index("1791"))
    aside = "Exa Roe, a painter born in Ohio in 1791, moved to the city of Paris with his wife."
    assert not false_ok(aside, aside.index("1791"))


def test_a_county_of_birth_is_asked_as_a_county() -> None:
    # "In which city was Charles Henry Langston born?" -> "Louisa County, Virginia"
    box = infobox(
        "person",
        name="Ben Exa",
        birth_place="[[Louisa County, Virginia]]",
        death_place="[[Lawrence, Kansas]]",
    )
    text = (
        f"{box}{Q}Ben Exa{Q} (1817-1892) was an American abolitionist and educator.\n\n"
        "== Life ==\nExa was born in Louisa County. He taught in Ohio from 1850 to 1862.\n"
    )
    asked = [p for p in prompts("Ben Exa", text) if "born" in p]
    assert asked == ["In which county was Ben Exa born?"], asked


def test_a_death_date_of_about_a_month_is_not_asked() -> None:
    # "When did Andrew Moray die?" -> "c. September 1297": about when, typed how?
    box = infobox("person", name="Ben Exa", death_date="''c.'' September 1297")
    text = (
        f"{box}{Q}Ben Exa{Q} was a Scottish knight who led the rising in the north of Scotland. "
        "He was wounded at the Battle of Stirling Bridge.\n"
    )
    assert not any("die" in p for p in prompts("Ben Exa", text))
    dated = text.replace("''c.'' September 1297", "11 September 1297")
    assert any("die" in p for p in prompts("Ben Exa", dated))


def test_a_vague_count_makes_no_statement() -> None:
    # R84: "The University of Michigan in Ann Arbor is home to a number of museums." (true
    # statements with "several", "numerous", "a number of": 7 of 14 passed in R73-R84)
    assert not statement_ok(
        "The University of Michigan in Ann Arbor is home to a number of museums."
    )
    assert not statement_ok("Fields earned numerous honors during his freshman season in 2003.")
    assert statement_ok("The University of Michigan in Ann Arbor is home to nine museums.")


def test_an_acronym_the_article_writes_out_without_brackets_is_spelt_out() -> None:
    # R84: "DeGolyer provided financial support for the 1930 establishment of GRC's successor"
    # after "... founded the Geophysical Research Corporation as a subsidiary of Amerada"
    text = (
        f"{Q}Ben Exa{Q} (1886-1956) was an American geophysicist.\n\n== Career ==\n"
        "In 1925 Exa founded the Geophysical Research Corporation as a subsidiary of Amerada. "
        "Exa provided financial support for the 1930 establishment of GRC's successor, "
        "Geophysical Service Incorporated.\n"
    )
    texts = sentence_texts("Ben Exa", text)
    assert (
        "Exa provided financial support for the 1930 establishment of the Geophysical Research "
        "Corporation's successor, Geophysical Service Incorporated." in texts
    ), texts


def test_a_role_before_a_bare_surname_gets_the_full_name() -> None:
    # R84: "Kathleen Hutchison was succeeded by former series producer Stokes, who remained ..."
    text = (
        f"{Q}Exa City{Q} is a British television series.\n\n== Production ==\n"
        "Its producers were Kathleen Hutchison from 2003 to 2004 and Richard Stokes from 2004. "
        "Hutchison was succeeded by former series producer Stokes, who remained until 2006.\n"
    )
    texts = sentence_texts("Exa City", text)
    assert any("former series producer Richard Stokes" in t for t in texts), texts


def test_a_persons_name_in_a_places_title_is_given_away() -> None:
    # R84: "Within the District, a new capital city was founded in 1791 and named in honor of
    # _____." -> George Washington, in the bank on Washington, D.C.
    text = (
        f"{Q}Exton, D.C.{Q} is the capital of the United States. Within the District, a new "
        "capital city was founded in 1791 and named in honor of [[George Exton]].\n"
    )
    told, items = sentence_items("Exton, D.C.", text, "Within")
    (span,) = [s for s in told.spans if s.text == "George Exton"]
    assert items.reason(told, span) == "shares a name with the title"


def test_a_possessive_acronym_is_written_out_as_a_possessive() -> None:
    # "the British Broadcasting Corporation (BBC)'s 2002 appeal" read badly; "the Society
    # of Petroleum Engineers's medal" too
    from quiz.generator.acronyms import Acronym, spell_out

    told = "During the BBC's 2002 appeal, Exa sang."
    text, _ = spell_out(told, [], {"BBC": Acronym("British Broadcasting Corporation")})
    assert text == "During the British Broadcasting Corporation's 2002 appeal, Exa sang."
    spe = {"SPE": Acronym("Society of Petroleum Engineers")}
    text, _ = spell_out("Exa won SPE's Anthony Lucas Medal in 1929.", [], spe)
    assert text == "Exa won the Society of Petroleum Engineers' Anthony Lucas Medal in 1929."
    text, _ = spell_out("SPE gave Exa its Anthony Lucas Medal in 1929.", [], spe)
    assert text.startswith("The Society of Petroleum Engineers (SPE) gave"), text


def test_a_definition_that_adds_only_the_country_of_the_titles_city_says_the_title() -> None:
    # R84: "The Rio de Janeiro cableway is a cableway in Rio de Janeiro, Brazil." (True from
    # the bank's title)
    from quiz.generator.substance import says_the_title

    told = "The Rio de Janeiro cableway is a cableway in Rio de Janeiro, Brazil."
    assert says_the_title(told, "Rio de Janeiro cableway", 3)
    told = "The Exa River cableway is a cableway in Rio de Janeiro, Brazil."
    assert not says_the_title(told, "Exa River cableway", 3)  # (where it is: a fact)


def test_the_rest_of_something_and_a_bare_comparison_lean_back() -> None:
    # R83: "Rome grew to dominate the rest of modern France" (the rest after what?);
    # "Brazilian and European Portuguese differ more from each other in phonology" (than in?)
    from quiz.generator.wording import LEANS_BACK

    assert LEANS_BACK.search("Rome grew to dominate the rest of modern France by 50 BC.")
    assert LEANS_BACK.search("The two dialects differ more from each other in phonology.")
    assert not LEANS_BACK.search("He spent the rest of his life in Paris after 1950.")
    assert not LEANS_BACK.search("They differ more in phonology than in grammar.")


def test_a_date_after_a_name_is_not_its_surname() -> None:
    # R85: "He married Leah Atwood April 8, 1787." made "April" Leah Atwood's surname, and
    # "born ... on April 13, 1767" became "born ... on Leah Atwood April 13, 1767"
    text = (
        f"{Q}Ben Exa{Q} (1767-1853) was an American politician.\n\n== Early life ==\n"
        "Ben Exa was born in Edgartown, Massachusetts on April 13, 1767. He married Leah "
        "Atwood April 8, 1787. He was a judge in Ohio from 1795 to 1803.\n"
    )
    texts = sentence_texts("Ben Exa", text)
    assert not any("Leah Atwood April 13" in t for t in texts), texts


def test_his_after_another_name_and_is_that_names() -> None:
    # R85: "... led to Menteith and his party losing to Alan Durward's party" had become
    # "Menteith and Alexander's party"; "Dorgon and his advisors": not the emperor's
    from quiz.generator.references import Edits, resolve_person

    king = Subject("Exa III", "Exa", person=True, pronoun="he")
    told = "In 1255 an interview at Kelso led to Menteith and his party losing to the Durwards."
    assert not resolve_person(told, king, Edits(told))
    told = "In 1255 an interview at Kelso led to his party losing to the Durwards."
    edits = Edits(told)
    assert resolve_person(told, king, edits) and edits.apply([])[0].startswith(
        "In 1255 an interview at Kelso led to Exa's party"
    )


def test_a_title_word_after_the_name_is_not_the_name_either() -> None:
    # R85: the Shunzhi Emperor was called "Emperor" ("Dorgon and Emperor's advisors")
    prose = " ".join(["The Emperor met Dorgon in 1650.", "The Emperor ruled from 1643."] * 3)
    article = parse_article("Shunzhi Emperor", f"{Q}Shunzhi Emperor{Q} (1638-1661). {prose}\n")
    assert find_subject(article).name == "Shunzhi"


def test_a_comma_left_between_a_name_and_was_goes() -> None:
    # R85: "Virginia Lillian Morris Johnson, was, in 1968, the first woman to seek ..."
    from quiz.generator.tidy import tidy_sentence
    from quiz.generator.wording import LEANS_BACK

    told = "Virginia Lillian Morris Johnson, was, in 1968, the first woman to seek the office."
    assert tidy_sentence(told).startswith("Virginia Lillian Morris Johnson was, in 1968,")
    # and "After graduating," (from what? R85)
    assert LEANS_BACK.search("After graduating, Lee was elected deacon of Trinity Church in 1838.")
    assert not LEANS_BACK.search("After graduating from Yale in 1838, Lee was elected deacon.")


def test_an_acronym_defined_after_a_possessive_is_the_name_alone() -> None:
    # R85: "the [[Palestine Liberation Organization]]'s (PLO) National Council" defined PLO as
    # "Palestine Liberation Organization's": "the Palestine Liberation Organization's (PLO) moved"
    from quiz.generator.acronyms import defined_acronyms

    text = (
        f"{Q}Exa{Q} is a state. In 1988 the [[Palestine Liberation Organization]]'s (PLO) "
        "council adopted a declaration. After the war in 1967, the PLO moved to Jordan.\n"
    )
    article = parse_article("Exa", text)
    assert defined_acronyms(article)["PLO"].phrase == "Palestine Liberation Organization"


def test_an_infobox_count_the_text_gives_otherwise_is_not_asked() -> None:
    # R85: "According to the article, what is the floor count of Beetham Tower?" -> 48, where
    # the text says "it has 47 floors"
    from quiz.generator.infobox import counted_otherwise

    assert counted_otherwise("floor count", "48", "The tower is 169 m tall; it has 47 floors.")
    assert not counted_otherwise("floor count", "47", "The tower is 169 m tall; it has 47 floors.")
    assert not counted_otherwise("floor count", "48", "The tower is 169 m tall.")


def test_a_thing_defined_with_a_and_its_own_words_says_the_title() -> None:
    # tuning review (banks large enough to choose): "A wine bottle is a bottle used for
    # holding wine, generally made of glass." (True from the title alone)
    from quiz.generator.substance import says_the_title

    told = "A wine bottle is a bottle used for holding wine, generally made of glass."
    assert says_the_title(told, "wine bottle", 2)
    told = "A wine bottle is a container that the Romans first made from clay in Gaul."
    assert not says_the_title(told, "wine bottle", 2)


def test_r86_typos_and_a_dangling_recovery() -> None:
    # R86: "is an New Zealand based manufacturer", "the newest subway line line in Toronto",
    # "On recovery Ó Conaill received an eight-year sentence" (recovery from what?)
    from quiz.generator.tidy import tidy_sentence
    from quiz.generator.wording import LEANS_BACK, STRAY_POINT

    told = "Trimax Mowing Systems is an New Zealand based manufacturer of mowers."
    assert (
        tidy_sentence(told)
        == "Trimax Mowing Systems is a New Zealand based manufacturer of mowers."
    )
    assert tidy_sentence("He was an Honorary member and a Irish poet.") == (
        "He was an Honorary member and an Irish poet."
    )
    assert STRAY_POINT.search("The Sheppard Line is the newest subway line line in Toronto.")
    assert not STRAY_POINT.search("By 1990 he had had enough of the city that that year was his.")
    assert LEANS_BACK.search("On recovery Exa received an eight-year sentence in 1956.")


def test_post_nominal_letters_after_a_name_go() -> None:
    # "Ian Douglas Smith, GCLM, ID was a politician, farmer and fighter pilot ..."
    from quiz.generator.tidy import tidy_sentence

    told = "Ian Douglas Smith, GCLM, ID was a politician, farmer and fighter pilot."
    assert tidy_sentence(told) == "Ian Douglas Smith was a politician, farmer and fighter pilot."
    assert tidy_sentence("Smith, Jones and Co. was a firm.") == "Smith, Jones and Co. was a firm."
