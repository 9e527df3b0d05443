"""Blind review R73: what its rejects had in common, kept out of the banks."""

from __future__ import annotations

from random import Random

import pytest
from test_generator_r65 import sentence_texts

from quiz.generator.facts import Sentence, extract_facts
from quiz.generator.falsify import false_statement_value
from quiz.generator.generate import build_bank, entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.items import CENTRAL_SHARE, SentenceItems
from quiz.generator.references import Context
from quiz.generator.sentences import usable_sentence
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject
from quiz.generator.substance import says_the_title
from quiz.generator.typeclues import head_type
from quiz.generator.wikitext import parse_article
from quiz.model import Question

Q = "'" * 3
EXA = Subject("Jan Exa", "Exa", person=True, pronoun="he")
ROE = Subject("Ben Roe", "Roe", person=True, pronoun="he")


def sentence_items(title: str, text: str, start: str) -> tuple[Sentence, SentenceItems]:
    """The article's sentence that begins with ``start``, and the items the generator has."""
    facts = extract_facts(parse_article(title, text))
    (told,) = [s for s in facts.sentences if s.text.startswith(start)]
    return told, SentenceItems(facts, entity_types(facts), 0, CENTRAL_SHARE)


def options(title: str, text: str, start: str) -> set[str]:
    """The kinds of item (tf_true, tf_false, ...) the sentence beginning ``start`` may give."""
    told, items = sentence_items(title, text, start)
    return {option for fact in items.items(told) for option in fact.options}


def prompts(title: str, text: str) -> list[str]:
    """The prompts of the article's bank."""
    return [q.prompt for q in build_bank(title, text).questions]


def other_names(title: str, text: str) -> list[Question]:
    """The article's bank's questions that ask its subject's other name (``aliases``)."""
    return [q for q in build_bank(title, text).questions if "other name" in q.prompt]


def other_name_answers(title: str, text: str) -> list[str]:
    """The answers of ``other_names``: [] where no other name is asked."""
    return [q.answer for q in other_names(title, text)]


def test_a_name_ending_in_its_noun_keeps_the() -> None:
    # R73: "The project's four-month search ..." after "... operates a Kafka Project" had
    # become "Kafka Project's four-month search ..." (its "the" lost)
    text = (
        f"{Q}Jan Exa{Q} (1883-1924) was a Czech writer.\n\n== Legacy ==\n[[San Diego State "
        "University]] operates a ''Exa Project'' which began in 1998 as the search for Exa's "
        "last writings. The project's search of archives in Berlin in 1998 uncovered an order "
        "from 1933.\n"
    )
    texts = sentence_texts("Jan Exa", text)
    assert any(t.startswith("The Exa Project's search") for t in texts), texts


UNUSABLE = (
    # R73: "On 1957, Ferdinand Marcos was ...", "declared independence on 1762-1764",
    # "In 1861 thee Estates were ...", "In 2000, came a Clarion call from ..."
    "On 1957, Juan Exa was the second Ilocano to be elected president of the country.",
    "Exa and his wife declared independence of Free Ilocos on 1762-1764 during the war.",
    "In 1861 thee Estates were succeeded by the Country Sejm of the kingdom.",
    "In 2000, came a call from Juan Exa, offering Roe to coach the Exa Club.",
    # R74: "the Bridge was been described by officials", "Since 1976 the disease is most
    # often referred to as ...", "... have been reviewed by Cozzutto and Carbone"
    "In 2013, the Exa Bridge was been described by officials as rarely opening.",
    "Since 1976 the disease is most often referred to as Exa disease or borreliosis.",
    "The findings of the process have been reviewed by Exa and Roe in a later paper.",
    # R75: "In October 2000, After LFO was announced that ...", "Mouton was born in Lafayette
    # to Mr. and Mrs. Edgar G. Mouton, Sr. He attended Cathedral High School ..."
    "In October 2000, After Exa was announced that Roe would join a new series.",
    "Exa was born in Lafayette to Edgar G. Exa, Sr. He attended Cathedral High School.",
    # R81: true only when written ("is the senior Senator ... and the presumptive nominee in
    # the 2008 election", "has operated for fourteen years")
    "Exa is the senior Senator from Arizona and the presumptive nominee in the 2008 election.",
    "Exa has operated in London for fourteen years, according to the police in 2005.",
)


@pytest.mark.parametrize("text", UNUSABLE)
def test_a_garbled_cited_or_dated_sentence_is_not_used(text: str) -> None:
    assert not usable_sentence(text)


def test_sentences_like_the_garbled_ones_are_used() -> None:
    assert usable_sentence("On 4 July 1957, Juan Exa was elected president of the country.")
    assert usable_sentence("Since 1976 the disease has been called Exa disease by doctors.")


def test_what_a_source_states_is_not_asked() -> None:
    # R73: "Theosophical Society states that Bailey became involved in 1917" (three years in
    # the article; a source's claim, not a fact)
    assert not usable_sentence("Theosophical Society states that Exa became involved in 1917.")
    assert usable_sentence("The Theosophical Society was founded in New York in 1875.")


def test_the_second_of_something_is_not_left_unsaid() -> None:
    # R73: "Kafka broke the second engagement in 1917 when he began to suffer ..."
    prepared = prepare("Exa broke the second engagement in 1917 when he fell ill.", [], EXA)
    assert prepared is None
    assert prepare("Exa was the second woman in Prague to earn a degree.", [], EXA) is not None


def test_a_thing_built_in_a_year_is_not_left_unnamed() -> None:
    # R73: "In 2009, the 1836 arch dam was bypassed to meet water quality standards" (which
    # dam? the paragraphs before named it; "the 2003 blackout" is the one)
    assert prepare("In 2009, the 1836 arch dam was bypassed by Exa.", [], EXA) is None
    assert prepare("In 2009, the 2003 blackout was studied by Exa.", [], EXA) is not None


HEAD_NOUNS = (
    # R73: "The revolt had spread into East Anglia" (Peasants' Revolt), "In the 1840s the
    # Sejm saw much debate" (Sejm of the Estates): which revolt, which Sejm?
    (
        "Exans' Revolt",
        f"The {Q}Exans' Revolt{Q} was a major uprising across England in 1381.\n\n== Spread "
        "==\nThe revolt had spread into [[East Anglia]], where the University of Exbridge was "
        "attacked.\n",
        "The Exans' Revolt had spread into East Anglia",
    ),
    (
        "Sejm of the Exates",
        f"The {Q}Sejm of the Exates{Q} was the legislature of Exa from 1775 to 1845.\n\n== "
        "History ==\nIn the 1840s the Sejm saw much debate on the abolition of serfdom.\n",
        "In the 1840s the Sejm of the Exates saw much debate",
    ),
    # R74: "In 1643 the colony had an estimated 600 males fit for military service" (Plymouth
    # Colony: which colony?)
    (
        "Exa Colony",
        f"{Q}Exa Colony{Q} was an English colonial venture in [[North America]] from 1620 "
        "until 1691.\n\n== Demographics ==\nIn 1643 the colony had an estimated 600 males "
        "fit for military service.\n",
        "In 1643 Exa Colony had",
    ),
)


@pytest.mark.parametrize(("title", "text", "start"), HEAD_NOUNS)
def test_the_subjects_head_noun_is_the_subject(title: str, text: str, start: str) -> None:
    texts = sentence_texts(title, text)
    assert any(t.startswith(start) for t in texts), texts


def test_r74_a_sentence_leaning_back_is_not_used() -> None:
    # R74: "As promised by Massasoit, numerous Native Americans arrived ...", "Diocletian was
    # wary, and asked the oracle of Apollo for guidance" (of what?)
    assert prepare("As promised by Exa, many traders arrived at Roe in 1621.", [], EXA) is None
    assert prepare("Exa was wary, and asked the oracle of Apollo for guidance.", [], EXA) is None
    assert prepare("Exa asked the oracle of Apollo for guidance in 302.", [], EXA) is not None


def test_r74_an_open_period_is_not_made_false() -> None:
    # R74: "From 1775 Playfair worked as a writer" -> "From 1786 ...": still true in 1786;
    # "A meta-analysis published in 2005 found ..." -> 2000: a citation's detail
    def statements(sentence: str) -> list[tuple[str, str]]:
        text = (
            f"{Q}Jan Exa{Q} (1759 – 1823) was a Scottish engineer and economist.\n\n"
            f"== Career ==\nExa studied in [[Dundee]] in 1766. {sentence} Exa published "
            "the Atlas in 1786. Exa moved to [[London]] in 1787. Exa went to [[Paris]] in "
            "1789.\n"
        )
        bank = build_bank("Jan Exa", text)
        return [(q.prompt, q.answer) for q in bank.questions if q.kind == "true_false"]

    for sentence, words in (
        ("From 1775 Exa worked as a writer and did some engineering work.", ["worked"]),
    ):
        told = statements(sentence)
        false = [p for p, a in told if a == "False" and all(w in p for w in words)]
        assert not false, told


def test_r74_a_deed_after_the_subjects_death_is_not_asked() -> None:
    # R74: "In 1876, McDowell presided over the first county court in Kentucky District" of a
    # man who died in 1817 (a typo of 1786)
    text = (
        "{{Infobox officeholder\n| name = Sam Exa\n| birth_date = {{birth date|1735|10|29}}\n"
        "| death_date = {{death date|1817|9|25}}\n}}\n"
        f"{Q}Sam Exa{Q} (October 29, 1735 – September 25, 1817) was a soldier in "
        "[[Kentucky]].\n\n== Career ==\nIn 1876, Exa presided over the first county court in "
        "[[Kentucky District]]. In 1784 Exa moved to [[Danville, Kentucky|Danville]].\n"
    )
    bank = build_bank("Sam Exa", text)
    assert bank.questions
    assert not [q for q in bank.questions if "county court" in q.prompt + q.context]


def test_r74_a_study_year_is_not_made_false() -> None:
    # R74: "A meta-analysis published in 2005 found some patients ... have fatigue" -> 2000:
    # the year of a citation, not of a fact about the disease
    text = (
        f"{Q}Exa disease{Q} is an infectious disease caused by bacteria of the genus "
        "[[Borrelia]].\n\n== Prognosis ==\nA meta-analysis published in 2005 established that "
        "some patients with Exa disease have fatigue for years despite antibiotic treatment.\n"
    )  # (established: since stop 56 a detail's year makes no statement, statements.minor_dated)
    told = options("Exa disease", text, "A meta-analysis")
    assert "tf_true" in told and "tf_false" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "In 1979, Exa returned to that school to earn her Ph.D.",  # R75: which school?
        "Exa spent the rest of the 1998 season with East Perth in the league.",
        "Roe & Associates was founded in 1984 by Exa, who served as President.",  # of what?
        "Exa made two important career moves in August 1967.",  # which?
    ],
)
def test_r75_a_sentence_leaning_back_is_not_used(text: str) -> None:
    assert prepare(text, [], EXA) is None


def test_r75_sessions_it_names_are_not_left_unsaid() -> None:
    told = "Exa would record two major sessions at Commodore, one in 1939 and one in 1944."
    assert prepare(told, [], EXA) is not None


def test_r75_a_plan_never_enacted_or_a_fictional_year_is_not_made_false() -> None:
    # R75: "In 1648 there was a Royalist plan, never enacted, to seize Windsor Castle" ->
    # 1638; "In 1990, Void met Jacob Marlowe" (a comics character) -> 1980
    def kinds(title: str, lead: str, sentence: str) -> set[str]:
        text = f"{Q}{title}{Q} {lead} {sentence}\n"  # (the lead: a side matter's year stays)
        return options(title, text, sentence[:12])

    castle = "is a royal palace in [[Windsor, Berkshire|Windsor]] in [[Berkshire]]."
    plan = (
        "In 1648, Exa Castle was the target of a Royalist plan, never enacted, to take the castle."
    )
    assert "tf_false" not in kinds("Exa Castle", castle, plan)  # (since R116 the subject leads)
    deed = (  # (a battle: since stop 56 a detail's year makes no statement, minor_dated)
        "In 1648, Exa Castle was the target of a Royalist plan to take the castle from Parliament "
        "after the Battle of Exton."
    )
    assert "tf_false" in kinds("Exa Castle", castle, deed)
    hero = "is a fictional character in the [[Wildstorm]] universe."
    met = "In 1990, Exa met [[Jacob Roe]], a war veteran who suffered amnesia."  # (a war: a
    # statement all the same since stop 56, statements.minor_dated)
    assert "tf_true" in kinds("Exa", hero, met)
    assert "tf_false" not in kinds("Exa", hero, met)


def test_r75_a_songs_director_is_the_videos() -> None:
    # R75: "Who directed the 2010 song Love the Way You Lie?" (Joseph Kahn directed its video)
    assert infobox_question("director", "Director", "the 2010 song Exa") == (
        "Who directed the music video for the 2010 song Exa?"
    )
    assert infobox_question("director", "Director", "the 2010 film Exa") == (
        "Who directed the 2010 film Exa?"
    )


def test_r75_a_lead_that_repeats_the_title_is_not_asked() -> None:
    # R75: "New York State Route 49 is a state highway in the U.S. state of New York", "German
    # Diabetes Center Mergentheim is a ... treatment center for people with diabetes ... in
    # Germany": the name says it
    assert says_the_title(
        "Exton State Route 49 is a state highway in the U.S. state of Exton.",
        "Exton State Route 49",
    )
    assert says_the_title(
        "German Exa Center Roeheim is a treatment center for people with exa in Germany.",
        "German Exa Center Roeheim",
    )
    assert not says_the_title("Exa County is in the province of Ontario, Canada.", "Exa County")


def test_r76_an_expletive_it_is_not_the_subject() -> None:
    # R76: "After just three hours of tallying on the Friday, it became clear that Michael D.
    # Higgins would win" had become "... the 2011 Irish presidential election became clear"
    text = (
        f"The {Q}2011 Exan presidential election{Q} was held on 27 October 2011.\n\n"
        "After three hours of tallying, it became clear that [[Jan Exa]] would win.\n"
    )
    texts = sentence_texts("2011 Exan presidential election", text)
    assert not any("election became clear" in t for t in texts), texts


def test_r76_a_name_of_the_form_x_of_y_is_an_x() -> None:
    # R76: "William Tailer was a military officer and politician in which bay?" -> "Province
    # of Massachusetts Bay"
    assert head_type("Province of Massachusetts Bay") == head_type("Exa Province")
    assert head_type("County of Exa Bay") == head_type("Exa County")


@pytest.mark.parametrize(
    "text",
    [
        "In 1985 the University of Exa granted Roe an *honorary doctoral degree.",  # R76
        "Roe joined the Exa firm in 1978 and became partner in 1979.",  # partner of what?
    ],
)
def test_r76_debris_and_unnamed_firms_are_not_used(text: str) -> None:
    assert prepare(text, [], ROE) is None or not usable_sentence(text)


def test_r77_he_after_a_relative_is_not_the_subject() -> None:
    # R77: "Karl's father, Heinrich Marx, was ... In 1815, he began working as an attorney"
    # had become "In 1815, Marx began working as an attorney" (keyed True); "Gretzky's
    # 17-year-old son, Trevor, was offered a contract ... He signed with the Cubs"
    for previous in (
        "Jan's father, Heinrich Exa, was middle-class and relatively prosperous.",
        "In 2011 Exa's 17-year-old son, Trevor, was offered a contract with the Chicago Cubs.",
    ):
        context = Context()
        context.previous = previous
        assert prepare("In 2011, he signed a contract with the Cubs.", [], EXA, context) is None
    context = Context()
    context.previous = "Exa was born in Trier in 1818."
    assert prepare("In 1835, he began studying law.", [], EXA, context) is not None


def test_r77_a_deed_before_the_subjects_birth_is_not_asked() -> None:
    # R77: "In 1848 Elgar married Ann Greening" (his father did; Edward was born in 1857)
    text = (
        "{{Infobox person\n| name = Sam Exa\n| birth_date = {{birth date|1857|6|2}}\n"
        "| death_date = {{death date|1934|2|23}}\n}}\n"
        f"{Q}Sam Exa{Q} (2 June 1857 – 23 February 1934) was an English composer.\n\n"
        "== Early years ==\nIn 1848 Exa married Ann Greening, daughter of a farm worker. "
        "In 1850, Exa began working as a piano tuner in Greening's town. "
        "In 1889 Exa married [[Alice Roberts]], the daughter of a general.\n"
    )
    told = [q.prompt + q.context for q in build_bank("Sam Exa", text).questions]
    assert told and not [p for p in told if "Greening" in p], told


def test_r77_a_year_after_a_possessive_is_not_made_false() -> None:
    # R77: "Ringo Starr played drums ... on a song from McCartney's 1997 album, Flaming Pie"
    # -> 1982: the album is still the one named; the claim stays true
    text = (
        f"{Q}Sam Exa{Q} (born 1942) is an English singer and songwriter.\n\n== Career ==\n"
        "Ringo Roe played drums on a song from Exa's 1997 album, Flaming Pie.\n"
    )
    told, items = sentence_items("Sam Exa", text, "Ringo Roe")
    years = {s.text: s for s in told.swappable if s.type == "year"}
    assert false_statement_value(told, years["1997"], items, [], Random(0)) is None


def test_r78_a_lead_that_says_the_title_is_not_asked_in_a_small_bank() -> None:
    # R78: "Virginia State Route 31 is a primary state highway in the U.S. state of Virginia"
    # (a bank of under five questions took it all the same)
    text = (
        f"{Q}Exton State Route 31{Q} (SR 31) is a primary state highway in the U.S. state of "
        "Exton.\n\n== History ==\nThe route was established in 1933 by the state.\n"
    )
    asked = prompts("Exton State Route 31", text)
    assert not [p for p in asked if "is a primary state highway" in p], asked


def test_r78_a_vague_infobox_date_is_no_answer() -> None:
    # R78: "When was Christina of Garmoran born?" -> "late 13th century" (the prose: unknown)
    text = (
        "{{Infobox royalty\n| name = Christina of Exa\n| birth_date = late 13th century\n"
        "| death_date = mid 14th century\n| spouse = [[Duncan Roe]]\n}}\n"
        f"{Q}Christina of Exa{Q} was a Scottish noblewoman and a member of [[Clan Exa]].\n"
    )
    answers = [q.answer for q in build_bank("Christina of Exa", text).questions]
    assert not [a for a in answers if "century" in a], answers


def test_r78_a_name_in_capitals_is_not_the_subjects_name() -> None:
    # R78: "WILLIAM R. BELKNAP SCHOOL was designated as a local landmark" (the name carved
    # above the doors, in capitals, stood in for "It")
    text = (
        "{{Infobox nrhp\n| name = EXA R. ROE SCHOOL\n| built = 1915\n}}\n"
        f"The {Q}Exam R. Roe School{Q} is a former school building in [[Louisville, "
        "Kentucky]]. It was added to the [[National Register of Historic Places]] in 1982.\n"
        "It was designated as a local landmark by the Louisville Landmarks Commission in 2001.\n\n"
        "== Design ==\nIn the stone surround, the school name, EXA R. ROE SCHOOL, is carved "
        "above the doors.\n"
    )
    texts = sentence_texts("Exa R. Roe School", text)
    assert texts and not [t for t in texts if "EXA R. ROE" in t], texts


def test_r78_his_before_the_subjects_name_is_someone_elses() -> None:
    # R78: "... the modernist aspects of Arghezi's prose ... show his debt to Urmuz's
    # absurdism" had become "show Urmuz's debt to Urmuz's absurdism"
    urmuz = Subject("Exmuz", "Exmuz", person=True, pronoun="he")
    told = "Critics have noted that the prose of Roe, from 1923, shows his debt to Exmuz's wit."
    assert prepare(told, [], urmuz) is None


def test_r78_an_artwork_is_made_not_recorded() -> None:
    # R78: "Which artist recorded Numbers 1-0?" (a sculpture)
    text = (
        "{{Infobox artwork\n| title = Exa 1-0\n| artist = [[Robert Roe]]\n| year = 1980\n"
        f"}}}}\n{Q}''Exa 1-0''{Q} is a public artwork by American artist [[Robert Roe]], located "
        "in [[Indianapolis]], [[Indiana]].\n"
    )
    asked = prompts("Exa 1-0", text)
    assert "Which artist made Exa 1-0?" in asked, asked


def test_r79_a_publisher_is_not_asked_as_books() -> None:
    # R79: "King Javan's Year was first published by which books in 1992?" -> Del Rey Books
    text = (
        f"{Q}''Exa's Year''{Q} is a fantasy novel by American-born author [[Katherine Roe]]. "
        "It was first published by [[Del Rey Books]] in 1992.\n"
    )
    asked = prompts("Exa's Year", text)
    assert not [p for p in asked if "which books" in p], asked


def test_r79_nominated_for_nothing_said_is_not_used() -> None:
    # R79: "Jones and J. H. Hopkins were nominated." (for which seat?)
    assert prepare("In 1890 Exa and J. H. Roe were nominated.", [], EXA) is None


def test_r80_a_given_name_alone_beside_the_subject_is_not_used() -> None:
    # R80: "In 1948 Hemingway and Mary travelled to Europe" (Mary was introduced earlier)
    text = (
        f"{Q}Ernest Exa{Q} (1899 – 1961) was an American novelist.\n\n== Later life ==\n"
        "In 1946 Exa married [[Mary Welsh Exa|Mary Welsh]] in [[Havana]]. In 1948 Exa and Mary "
        "travelled to Europe. In 1954 Exa was awarded the [[Nobel Prize in Literature]].\n"
    )
    texts = sentence_texts("Ernest Exa", text)
    assert texts and not [t for t in texts if "and Mary" in t], texts
