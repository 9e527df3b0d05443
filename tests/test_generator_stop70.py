"""Stop 70: a capital's article asks what it is the capital of (Islamabad's article, whose
lead names its country, had given no question at all)."""

from __future__ import annotations

import pytest

from quiz.generator.generate import build_bank
from quiz.kinds import check_answer

TAIL = (
    " It was built in the twentieth century.\n\n== Geography ==\n"
    "The area is hilly and green, with many small rivers.\n"
)


def _capital_bank(title: str, lead: str):
    return build_bank(title, f"'''{lead}" + TAIL)


def _capital_questions(title: str, lead: str) -> list:
    return [q for q in _capital_bank(title, lead).questions if " capital of which " in q.prompt]


@pytest.mark.parametrize(
    ("title", "lead", "prompt", "answer"),
    [
        (
            "Nadir",
            "Nadir''' is the capital city of [[Velmora]] located within the [[Nadir District]].",
            "Nadir is the capital of which country?",
            "Velmora",
        ),
        (
            "Orla",
            "Orla''' is the administrative capital of [[Velmora]].",
            "Orla is the administrative capital of which country?",
            "Velmora",
        ),
        (
            "Kestrel",
            "Kestrel''' is the capital and largest city of the Velmoran province of [[Arden]].",
            "Kestrel is the capital of which province?",
            "Arden",
        ),
    ],
)
def test_a_capital_is_asked_what_it_is_the_capital_of(
    title: str, lead: str, prompt: str, answer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quiz.generator import gazetteer

    known = gazetteer.gazetteer_type
    monkeypatch.setattr(  # (an invented country, typed as pycountry types a real one)
        "quiz.generator.capitals.gazetteer_type",
        lambda name: "country" if name == "Velmora" else known(name),
    )
    (question,) = _capital_questions(title, lead)
    assert (question.prompt, question.answer, question.kind) == (prompt, answer, "short_answer")
    assert question.section == ""


def test_a_real_country_is_typed_by_the_gazetteer_and_its_other_names_accepted() -> None:
    (question,) = _capital_questions(
        "Westham", "Westham''' is the capital of the [[United Kingdom]]."
    )
    assert question.prompt == "Westham is the capital of which country?"
    assert check_answer(question, "UK").correct


@pytest.mark.parametrize(
    ("title", "lead"),
    [  # the title names the realm; a shared or former capital; half a name; another's capital
        ("Springfield, Illinois", "Springfield''' is the capital of the state of [[Illinois]]."),
        ("Tarn", "Tarn''' is the capital of [[Pakistan]] jointly with [[Lahore]]."),
        ("Tarn", "Tarn''' is the capital of [[Pakistan]] from 1947 to 1960."),
        ("Tarn", "Tarn''' is the capital of [[Bosnia]] and [[Herzegovina]]."),
        ("Tarn Castle", "Tarn''' is the capital of [[Pakistan]]."),
        ("Tarn", "Tarn''' is the capital of [[Exxon]]."),
    ],
)
def test_no_capital_question_where_the_answer_is_given_or_not_the_one(
    title: str, lead: str
) -> None:
    assert _capital_questions(title, lead) == []


def test_a_grounds_line_with_its_town_asks_the_ground_and_accepts_no_town() -> None:
    """ "Ground: Stark's Park<br>Kirkcaldy, Scotland" had read as a list of two (no question);
    the town after the break is where the ground is, not another right answer."""
    text = (
        "{{Infobox football club\n| clubname = Kestrel Rovers\n"
        "| ground = [[Stark's Park]]<br/>[[Kirkcaldy]], [[Scotland]]\n}}\n"
        "'''Kestrel Rovers Football Club''' is a Scottish professional football club based "
        "in the town of [[Kirkcaldy]], Fife. The home ground of Kestrel Rovers is "
        "[[Stark's Park]], an all-seater stadium.\n"
    )
    bank = build_bank("Kestrel Rovers F.C.", text)
    (ground,) = [q for q in bank.questions if "home ground" in q.prompt]
    assert ground.answer == "Stark's Park"
    assert not check_answer(ground, "Kirkcaldy").correct
    assert not check_answer(ground, "Scotland").correct


def test_it_in_the_lead_is_the_subject_where_only_a_longer_name_holds_it() -> None:
    """ "It is situated south-west of Bodmin Moor": Bodmin Moor is no reason to doubt that
    "it" is Bodmin (the sentence had been dropped); "It took images of Oberon" still is."""
    from quiz.generator.facts import extract_facts
    from quiz.generator.wikitext import parse_article

    def lead(title: str, second: str) -> list[str]:
        text = f"'''{title}''' is a historic town in [[Cornwall]], England. {second}\n"
        return [s.text for s in extract_facts(parse_article(title, text)).sentences]

    assert "Bodmin is situated south-west of Bodmin Moor." in lead(
        "Bodmin", "It is situated south-west of [[Bodmin Moor]]."
    )
    assert not any("took images" in s for s in lead("Oberon", "It took images of Oberon in 1986."))


def test_a_name_before_a_preposition_is_askable_a_name_before_a_noun_is_not() -> None:
    """ "the girl group Blackpink under YG Entertainment": "under" is no noun the name would
    modify ("the _____ protests"), so Blackpink may be an answer (it had been no span)."""
    from quiz.generator.spans import askable_span

    def askable(text: str, name: str) -> bool:
        start = text.index(name)
        return askable_span(text, start, start + len(name), "entity")

    assert askable(
        "Lisa is a member of the girl group Blackpink under YG Entertainment.", "Blackpink"
    )
    assert askable("The Red Army marched through Baku towards the coast.", "Baku")
    assert not askable("The Blackpink protests began in 2020.", "Blackpink")


def _player(lead: str, died: str = "") -> list[str]:
    text = (
        "{{Infobox football biography\n| name = Tomas Vell\n| birth_date = 1987\n"
        f"{died}| position = [[Forward (association football)|Forward]]\n}}}}\n"
        f"'''Tomas Vell''' (born 1987) {lead}\n\n== Career ==\n"
        "Vell joined the club in 2004. He plays as a forward for the first team.\n"
    )
    return [q.prompt for q in build_bank("Tomas Vell", text).questions if "position" in q.prompt]


def test_an_active_players_position_is_asked_in_the_present() -> None:
    """R437: "What position did Messi play?" of a player who still plays."""
    assert _player("is an Exland professional footballer who plays as a forward.") == [
        "What position does Tomas Vell play?"
    ]
    for past in (
        "is a retired Exland footballer who played as a forward.",
        "was an Exland footballer who played as a forward.",
    ):
        assert _player(past) == ["What position did Tomas Vell play?"]
    died = "| death_date = 2020\n"
    assert _player("is an Exland footballer.", died) in ([], ["What position did Tomas Vell play?"])


@pytest.mark.parametrize(
    ("text", "name", "fine", "asked"),
    [
        (
            "Mercury was the lead vocalist of the British rock band Queen.",
            "Queen",
            "band",
            "Mercury was the lead vocalist of which British rock band?",
        ),
        (
            "Lisa is a member of the South Korean girl group Blackpink.",
            "Blackpink",
            "group",
            "Lisa is a member of which South Korean girl group?",
        ),
        (
            "She studied at the private liberal arts college Vassar College.",
            "Vassar College",
            "college",
            "She studied at which private liberal arts college?",
        ),
        (
            "He starred in the 2002 film About Schmidt.",
            "About Schmidt",
            "film",
            "He starred in which 2002 film?",
        ),
        ("Lisa is a member of the South Korean girl group Blackpink.", "Blackpink", "band", None),
    ],
)
def test_a_name_after_its_description_is_asked_by_the_whole_description(
    text: str, name: str, fine: str, asked: str | None
) -> None:
    """ "the British rock band Queen" had been asked "of the British rock which band?"; a
    description that is not the name's kind is no place for "which" at all."""
    from quiz.generator.facts import Sentence
    from quiz.generator.insitu import insitu_question
    from quiz.generator.spans import Span

    start = text.index(name)
    span = Span(start, start + len(name), name, "entity", name)
    sentence = Sentence(text, "Career", [span], "", -1, 1)
    assert insitu_question(sentence, span, fine, "org") == asked


def test_an_acronym_a_link_names_is_written_out() -> None:
    """R440: "a version of HHGG" ([[The Hitchhiker's Guide to the Galaxy (computer game)|HHGG]])
    was asked as it stood; the link's target is what the letters stand for."""
    from quiz.generator.acronyms import _spells

    assert _spells("HHGG", "The Hitchhiker's Guide to the Galaxy".split())
    assert _spells("NJPW", "New Japan Pro Wrestling".split())  # (initials, as before)
    assert not _spells("NY", "New York City".split())  # (every word gives a letter)
    assert not _spells("XYZ", "New York".split())
    text = (
        "'''Dora Vell''' was an English writer.\n\n== Games ==\n"
        "Vell created a version of ''[[The Hitchhiker's Guide to the Galaxy (computer game)"
        "|HHGG]]'' with [[Steve Meretzky]] in 1984.\n"
    )
    from quiz.generator.facts import extract_facts
    from quiz.generator.wikitext import parse_article

    sentences = [s.text for s in extract_facts(parse_article("Dora Vell", text)).sentences]
    assert any("The Hitchhiker's Guide to the Galaxy" in s for s in sentences), sentences


def test_no_opening_year_the_subject_spent_under_a_former_name() -> None:
    """R440: "Ukrainian House opened in _____" (1982), when it opened as the Lenin Museum,
    the infobox's former name until 1993."""
    from quiz.generator.kindwording import under_a_former_name

    fields = [("opened", "1982"), ("former_names", "All-Union Lenin Museum (1982–1993)")]
    assert under_a_former_name("1982", fields)
    assert not under_a_former_name("1995", fields)
    assert not under_a_former_name("1982", [("opened", "1982")])
    text = (
        "{{Infobox venue\n| name = Vell House\n| opened = 1982\n"
        "| former_names = Lenin Museum (1982–1993)\n}}\n"
        "'''Vell House''' is a convention centre in Exton. Vell House opened in 1982.\n"
    )
    assert not [q for q in build_bank("Vell House", text).questions if "open" in q.prompt]


def test_a_post_in_a_firm_and_a_careers_award_are_no_key_events() -> None:
    """R440: the year Morris "joined The Renard Group Advertising agency as Executive Vice
    President" and the year Hanks received an award "for Excellence in Film" were asked."""
    from quiz.generator.salience import HONOUR
    from quiz.generator.substance import tells_key_event

    assert not tells_key_event(
        "In 1984, Morris joined The Renard Group agency as Executive Vice President."
    )
    assert tells_key_event("In 1970, Mercury joined the band as its lead singer.")
    assert tells_key_event("In 1940, Vell joined the Royal Navy.")
    assert HONOUR.search("Hanks received the Britannia Award for Excellence in Film.")
    assert HONOUR.search("She was given a Lifetime Achievement Award in 2008.")
    assert not HONOUR.search("Mercury won the Brit Award in 1992.")


SERIES = (
    "'''The Vell Show''' (also known simply as '''Vell''') is an American animated television "
    "series created by Canadian animator [[Tom Darnell]] and originally produced by [[Exco]] "
    "for [[Nickelodeon]].\n\n== Production ==\nDarnell pitched the series in 1989.\n"
)


def test_also_known_as_leaves_a_sentences_names_askable() -> None:
    """ "(also known simply as Vell)" had read as the "also" of "Zoe also dated Joe" (R40),
    so no name of The Ren & Stimpy Show's first sentence could be an answer."""
    from quiz.generator.facts import extract_facts
    from quiz.generator.wikitext import parse_article

    facts = extract_facts(parse_article("The Vell Show", SERIES))
    assert "Tom Darnell" in [s.text for s in facts.sentences[0].spans]
    zoe = "'''Zoe Vell''' is an English actress. Vell also dated [[Joe Darnell]] in 2001.\n"
    facts = extract_facts(parse_article("Zoe Vell", zoe))
    assert all(s.type != "entity" for s in facts.sentences[-1].spans)


def test_a_series_creator_is_asked_from_the_infobox_or_a_described_agent() -> None:
    """The Ren & Stimpy Show gave no question: its infobox's "creator" had no wording, and
    "created by Canadian animator John Kricfalusi" no agent (the role had to be lower case)."""
    from quiz.generator.infobox import infobox_question

    assert (
        infobox_question("creator", "Created by", "The Vell Show") == "Who created The Vell Show?"
    )
    from quiz.generator.agents import agent_question
    from quiz.generator.facts import extract_facts
    from quiz.generator.wikitext import parse_article

    facts = extract_facts(parse_article("The Vell Show", SERIES))
    sentence = facts.sentences[0]
    (span,) = [s for s in sentence.spans if s.text == "Tom Darnell"]
    assert agent_question(sentence, span, "person", "person", facts) == "Who created The Vell Show?"


CHURCH = (
    "{{Infobox christian denomination\n| name = Vell Church\n| founded_date = 988\n}}\n"
    "'''Vell Church''' is an Eastern Catholic church. It appeared in 1596 with the signing "
    "of the [[Union of Brest]] between the [[Ruthenian Church]] and the [[Holy See]].\n\n"
    "== History ==\nThe Vell Church was created with the Union of Brest in 1595/1596.\n"
)


def test_a_year_the_article_gives_as_one_of_two_and_a_founding_it_dates_otherwise() -> None:
    """R441: "appeared in _____ (1596)" beside "in 1595/1596", and "Founded: 988" beside
    "It appeared in 1596": two years fit each."""
    prompts = [q.prompt for q in build_bank("Vell Church", CHURCH).questions]
    assert not any("appeared" in p or "founded" in p for p in prompts), prompts
    plain = CHURCH.replace("1595/1596", "1596")
    assert any("appeared in _____" in q.prompt for q in build_bank("Vell Church", plain).questions)


def test_a_forces_strength_with_no_year_is_not_asked() -> None:
    """R441: "How many reserve personnel do the Angolan Armed Forces have?" (30,000, of when?)."""
    from quiz.generator.kindwording import kind_value

    assert kind_value("reserve", "30,000", "Exland Armed Forces", []) == ""
    assert kind_value("reserve", "330,000 (2020)", "Exland Armed Forces", []) == "330,000 (2020)"
    assert kind_value("percent_gdp", "5%", "Exland Armed Forces", []) == ""


@pytest.mark.parametrize(
    ("text", "name", "trimmed"),
    [
        (
            "Cross Game is a baseball manga series by Mitsuru Adachi that was serialized by "
            "Shogakukan between 2005 and 2010.",
            "Mitsuru Adachi",
            "Cross Game is a baseball manga series by Mitsuru Adachi.",
        ),
        (
            "The Vell Show is an animated series created by Tom Darnell and originally produced "
            "by Exco for Nickelodeon.",
            "Tom Darnell",
            "The Vell Show is an animated series created by Tom Darnell.",
        ),
        (  # (a clause that defines "the first" stays)
            "It was the first film by John Ford that was shot in color.",
            "John Ford",
            "It was the first film by John Ford that was shot in color.",
        ),
        (  # (a second name is no second deed)
            "Mercury formed Queen in 1970 with guitarist Brian May and drummer Roger Taylor.",
            "1970",
            "Mercury formed Queen in 1970 with guitarist Brian May and drummer Roger Taylor.",
        ),
    ],
)
def test_a_second_deed_after_the_answer_is_cut(text: str, name: str, trimmed: str) -> None:
    """Cross Game's one sentence had been a cloze of 28 words (too long to keep), and its page
    gave no question; "... by _____ that was serialized by Shogakukan ..." loses its tail."""
    from quiz.generator.trim import trim_around

    start = text.index(name)
    assert trim_around(text, start, start + len(name), "Vell")[0] == trimmed


def test_a_run_together_field_name_reads_as_words_in_the_why() -> None:
    """A new user's study card showed "Why: AdmittanceDate: December 14, 1819"."""
    from quiz.generator.article import InfoboxField

    assert InfoboxField.named("AdmittanceDate", "", []).label == "Admittance date"
    assert InfoboxField.named("ISSN", "", []).label == "ISSN"
    assert InfoboxField.named("McDonald", "", []).label == "McDonald"  # (a name's capital)


def test_a_place_in_its_official_style_accepts_its_plain_name() -> None:
    """A new user's pass: "What is the capital of Belgium?" marked "Brussels" wrong (the
    infobox gives "City of Brussels")."""
    from quiz.generator.placeforms import plain_place

    assert plain_place("City of Brussels") == ["Brussels"]
    assert plain_place("Mexico City") == []
    text = (
        "{{Infobox country\n| conventional_long_name = Kingdom of Vellonia\n"
        "| capital = [[City of Vellbrook]]\n}}\n"
        "'''Vellonia''' is a country in Europe. Its capital is the City of Vellbrook.\n"
    )
    (capital,) = [q for q in build_bank("Vellonia", text).questions if "capital" in q.prompt]
    assert check_answer(capital, "Vellbrook").correct
