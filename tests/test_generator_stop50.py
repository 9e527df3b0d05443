"""Stop 50: dated answers in doubt are not asked: an event the article dates twice (R291's
actinium "discovered in 1899" and "independently discovered ... in 1902"; R293's party
"created on November 5, 1990" and "founded ... in April 1990"), a deed it tells of several
years, a name beside another of its kind of the same year; and the other mends of R294-R295
(a monarch's post, qualified infobox values, series, nicknames, false years)."""

from __future__ import annotations

from quiz.generator.generate import build_bank
from quiz.generator.twoyears import dated_event, event_before, field_event, whens

LEAD = (
    "'''Exa Vark''' is a Dutch [[symphonic metal]] band from [[Utrecht]], founded in 2004 by "
    "[[Ann Vark]] and [[Bea Wyton]]. The band has released three albums on [[Napalm Records]]."
    "\n\n== History ==\nThe band recorded its first demo in 2004.\n"
)  # (2004 told twice: since stop 56 a year told once is not asked, mentions.returned_to; the
# demo is another event, so the founding is still dated once)
FOUNDING = "Exa Vark is a Dutch symphonic metal band from Utrecht, founded in _____ (year)"


def _answers(body: str, title: str = "Exa Vark") -> dict[str, str]:
    """The bank's prompts -> answers."""
    return {q.prompt: q.answer for q in build_bank(title, body).questions}


def _to(asked: dict[str, str], start: str) -> str | None:
    """The answer of the prompt that opens with ``start``, if the bank asks one."""
    return next((a for p, a in asked.items() if p.startswith(start)), None)


def test_a_founding_the_article_dates_once_is_asked() -> None:
    asked = _answers(LEAD + "Exa Vark toured Europe with [[Epica]] in 2009.\n")
    assert _to(asked, FOUNDING) == "2004"


def test_a_founding_dated_twice_is_not_asked_either_way() -> None:
    for other in (
        "Exa Vark formed in 2003 in the Netherlands.",  # another verb of the same event
        "In 2003, Exa Vark was formed in Utrecht.",  # its year before the subject
        "It was established in 2003 by the two singers.",  # "It": the band's
    ):
        asked = _answers(LEAD + other + "\n")
        assert _to(asked, FOUNDING) is None, other
        assert not any(a in ("2003", "2004", "False") for a in asked.values()), (other, asked)


def test_another_event_or_anothers_is_no_second_date() -> None:
    for other in (
        "Exa Vark formed a charity in 2011.",  # a thing the band formed, not the band
        "In Germany, Exa Vark was formed in 2003 as a tribute act.",  # qualified by a place
        "Ann Vark married Cor Wyton, who founded a label in 2001.",  # another's founding
        "Exa Vark was founded on the ruins of a band founded in 1999.",  # no year it governs
    ):
        assert _to(_answers(LEAD + other + "\n"), FOUNDING) == "2004", other


def test_a_month_tells_two_dates_of_one_year_apart() -> None:
    assert whens("created on November 5, 1990") == {"1990-11"}
    assert whens("in April 1990 and 1992") == {"1990-04", "1992"}
    lead = (
        "The '''Exa Party''' was the first registered political party in [[Exland]], created "
        "on November 5, 1990 by the [[Ministry of Justice]].\n\n== History ==\n"
    )
    created = "The Exa Party was the first registered political party in Exland, created on"
    led = "In 1990 it was led by [[Ann Vark]].\n"  # (1990 told twice: since stop 56 a year
    # told once is not asked, mentions.returned_to)
    assert _to(_answers(lead + led, "Exa Party"), created + " _____")
    asked = _answers(lead + "The Exa Party was founded in April 1990.\n", "Exa Party")
    assert _to(asked, created + " _____") is None  # (the ministry may still be asked)
    asked = _answers(lead + "The Exa Party was founded in 1990.\n", "Exa Party")
    assert _to(asked, created + " _____") == "November 5, 1990"  # (the year alone does not clash)


def test_an_event_done_to_the_subject_dates_it_too() -> None:
    lead = (
        "'''Exium''' is a [[chemical element]] with symbol Ex, which was discovered in 1899."
        "\n\n== History ==\n"
    )
    named = "Exium was named after the river Ex in 1899."  # (1899 told twice: since stop 56 a
    # year told once is not asked, mentions.returned_to)
    asked = _answers(lead + named + "\n", "Exium")
    assert "1899" in asked.values()
    other = "Bea Wyton independently discovered exium in 1902 in a mineral."
    asked = _answers(lead + named + " " + other.replace("exium", "Exium") + "\n", "Exium")
    assert "1899" not in asked.values()


def test_the_verb_that_dates_a_gap() -> None:
    text = "The unit was formed on April 30, 1944, and was discontinued on November 1, 1945."
    assert event_before(text, text.index("April")) == field_event("formed")
    assert event_before(text, text.index("November")) == ()  # ("discontinued": none)
    assert field_event("Founded") == field_event("established") != field_event("released")
    assert field_event("Genre") == ()


def test_which_sentence_dates_the_subjects_event() -> None:
    from quiz.generator.facts import Facts
    from quiz.generator.subject import Subject

    facts = Facts("Exa Vark", subject=Subject("Exa Vark", "Exa Vark"))
    assert dated_event("Exa Vark formed in 2003 in the Netherlands.", facts) == (
        field_event("founded"),
        {"2003"},
    )
    assert dated_event("Exa Vark formed a charity in 2011.", facts) is None
    assert dated_event("In Australia, Exa Vark premiered on 14 June 2015.", facts) is None
    assert dated_event("Exa Vark, built in 1832, is a house.", facts) == (
        field_event("built"),
        {"1832"},
    )


def test_an_infobox_year_the_text_dates_otherwise_is_not_asked() -> None:
    box = (
        "{{Infobox musical artist\n| name = Exa Vark\n| founded = 2004\n"
        "| origin = [[Utrecht]]\n}}\n"
    )
    body = (
        "'''Exa Vark''' is a Dutch [[symphonic metal]] band.\n\n== History ==\n"
        "The band recorded its first demo in 2004.\n"
    )  # (the text tells 2004 too: since stop 56 an infobox line it never tells is not asked,
    # mentions.returned_to)
    asked = _answers(box + body + "Exa Vark toured [[Germany]] in 2009.\n")
    assert "2004" in asked.values()
    asked = _answers(box + body + "Exa Vark formed in 2003 in Utrecht.\n")
    assert "2004" not in asked.values() and "2003" not in asked.values()


def test_a_monarchs_post_is_the_succession_line_not_the_style() -> None:
    from quiz.generator.kindwording import first_office

    royal = [("title", "Duke of Exland"), ("succession", "King of Exland")]
    assert first_office(royal) == "King of Exland"  # (Edward VIII: kings before and after)
    styled = [("title", "Duke of Exland"), ("succession", "King of Exland; Emperor of Wyton")]
    assert first_office(styled) == ""  # a line that reads as no one post: none asked
    assert first_office([("title", "Duke of Exland")]) == "Duke of Exland"
    assert first_office([("office", "Mayor of Wyton"), ("succession", "King of Exland")]) == (
        "Mayor of Wyton"
    )


def test_a_month_whose_year_the_title_gives_is_not_asked() -> None:
    from quiz.generator.article import year_in_title

    title = "Exa Party (registered in 2006)"
    assert year_in_title("December 2006", title)  # only the month is left to guess (R295)
    assert not year_in_title("December 2007", title)
    assert not year_in_title("1 May 2008", "2008 Exland Cup Final")  # the day is the fact
    assert year_in_title("1947", "AK-47") and not year_in_title("1948", "AK-47")


def test_a_given_name_before_a_nickname_and_surname_is_not_written_out() -> None:
    from quiz.generator.people import bare_names

    text = "The band had Konstantin 'Kostya' Borovsky on keyboards."
    people = {"Konstantin": {"Konstantin Borovsky"}}  # (as a list of members may make it)
    assert bare_names(text, [], people, {}, "Exa") == (text, [])
    alone = "The band had Konstantin on keyboards."
    assert bare_names(alone, [], people, {}, "Exa") == (
        "The band had Konstantin Borovsky on keyboards.",
        [],
    )


def test_an_infobox_value_a_note_qualifies_is_not_asked() -> None:
    box = (
        "{{Infobox building\n| name = Exa Chapel\n| architect = Ann Vark (attributed)\n"
        "| location = [[Wyton]]\n}}\n"
    )
    body = (
        "The '''Exa Chapel''' is a Baroque chapel in [[Wyton]], [[Exland]]. Ann Vark also "
        "designed the nearby [[Wyton Hall]].\n"
    )
    architect = "Who was the architect of the Exa Chapel?"
    assert architect not in _answers(box + body, "Exa Chapel")
    plain = box.replace(" (attributed)", "")
    assert _answers(plain + body, "Exa Chapel").get(architect) == "Ann Vark"


def test_a_series_is_no_dated_book() -> None:
    box = (
        "{{Infobox book\n| name = The Exa Tales\n| author = [[Ann Vark]]\n"
        "| publisher = [[Bea Press]]\n| pub_date = 16 October 1950\n}}\n"
    )
    body = "'''The Exa Tales''' is a fantasy novel by [[Ann Vark]].\n"
    assert "Who wrote the 1950 book The Exa Tales?" in _answers(box + body, "The Exa Tales")
    series = box.replace("Infobox book", "Infobox novel series")
    body = body.replace("a fantasy novel", "a series of seven fantasy novels")
    asked = _answers(series + body, "The Exa Tales")
    assert asked and not any("1950 book" in p for p in asked), asked


def test_a_deed_told_in_common_words_of_several_years_is_not_dated() -> None:
    from quiz.generator.facts import Facts
    from quiz.generator.subject import Subject
    from quiz.generator.twoyears import recurring

    prose = (
        "Exland held elections in 1999, considered unfair by observers.\n"
        "In 2004, presidential elections were held again.\n"
        "Exland joined the Wyton League in 2001.\nExland joined the Vark Union in 2005.\n"
    )
    facts = Facts("Exland", subject=Subject("Exland", "Exland"), prose=prose)
    held = "Exland held elections in 1999, considered unfair by observers."
    assert recurring(held, "1999", facts)
    assert not recurring("Exland joined the Wyton League in 2001.", "2001", facts)  # a name
    assert not recurring("Exland held talks in 2003.", "2003", facts)  # told of one year alone


def test_a_bands_first_active_year_is_its_start() -> None:
    box = "{{Infobox musical artist\n| name = Exa Vark\n| years_active = 2005–2012\n}}\n"
    asked = _answers(box + LEAD + "Exa Vark toured Europe with [[Epica]] in 2009.\n")
    assert _to(asked, FOUNDING) is None  # "founded in 2004" beside "Years active: 2005–2012"
    box = box.replace("2005–2012", "2004–2012")
    asked = _answers(box + LEAD + "Exa Vark toured Europe with [[Epica]] in 2009.\n")
    assert _to(asked, FOUNDING) == "2004"


def test_a_start_told_as_a_beginning_is_the_same_fact() -> None:
    from quiz.generator.told import said_words

    assert "formed" in said_words("The Exa began their career in 1991.")
    assert "began" in said_words("Exa is a Ukrainian folk rock band formed in 1986.")
    assert "formed" not in said_words("Exa toured Europe in 1991.")


def test_no_false_year_after_a_dated_works_own_year() -> None:
    from quiz.generator.falsify import within_heading

    film = "The Exa Man (2012 film)"
    assert not within_heading(2018, "", 2011, film)  # post-production in 2018 of a 2012 film
    assert within_heading(2009, "", 2011, film)
    assert within_heading(2018, "", 2014, film)  # (a later deed: a sequel, a re-release)
    assert within_heading(2018, "", 2011, "The Exa Man")


def test_no_false_year_inside_a_fronted_participle() -> None:
    from quiz.generator.falsify import SIDE_CLAUSE

    assert SIDE_CLAUSE.search("Admitted to the bar in ")  # the claim is the move (R295)
    assert SIDE_CLAUSE.search("Elected to the senate in ")
    assert not SIDE_CLAUSE.search("Gottfried Jens Feder was born in ")  # a name, not a clause
    assert not SIDE_CLAUSE.search("Jared Wade moved to Nashville in ")


def test_a_name_beside_another_of_its_kind_that_year_is_not_asked() -> None:
    from quiz.generator.facts import Facts
    from quiz.generator.subject import Subject
    from quiz.generator.twoyears import namesake_that_year

    prose = (
        "Vark signed the Homestead Act in 1862.\n"
        "The Morrill Land-Grant Colleges Act, signed in 1862, funded colleges.\n"
        "Exton hosted the first Pan American Games (1951).\n"
    )
    facts = Facts("Ann Vark", subject=Subject("Ann Vark", "Vark", person=True), prose=prose)
    signed = "Vark signed the Homestead Act in 1862."
    assert namesake_that_year(signed, "Homestead Act", facts)  # "Which act ... in 1862?"
    assert not namesake_that_year(signed.replace("1862", "1864"), "Homestead Act", facts)
    held = "Exton held the 1st Pan American Games in 1951."
    assert not namesake_that_year(held, "1st Pan American Games", facts)  # the same games
    assert not namesake_that_year(signed, "Ann Vark", facts)  # no kind to compare
