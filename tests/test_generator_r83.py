"""Blind review R83: what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from test_generator_r65 import sentence_texts
from test_generator_r73 import Q, prompts

from quiz.generator.article import Article
from quiz.generator.checks import false_ok, statement_ok
from quiz.generator.structured import years_in
from quiz.generator.subject import find_subject
from quiz.generator.wikitext import parse_article


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
    assert question.prompt == "Which artist recorded Exa Roe, featuring Nicki Minaj?"
    assert question.answer == "Usher"
    assert "Nicki Minaj" not in question.accept


def test_a_completion_year_the_text_gives_to_a_restoration_is_not_asked() -> None:
    # R83: "When was St Michael and All Angels Church, Mottram completed?" -> 1855, from the
    # infobox, where the text dates the church to the 15th century and restores it in 1854-55
    assert years_in("A major restoration took place in 1854–55 by the architect.") == {
        1854,
        1855,
    }
    box = "{{Infobox church\n| name = St Exa\n| completed date = 1855\n| diocese = Chester\n}}\n"
    text = (
        f"{box}{Q}St Exa{Q} is a church in the village of Roe, England. It was built at the "
        "end of the 15th century. A major restoration took place in 1854–55 by Ben Dale.\n"
    )
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
