"""Stop 44's mends (R232-R235), made general: copied slips, markup left XML-escaped, a link run
into the next word, values the article gives two ways, answers the title or a cast gives away."""

from __future__ import annotations

import pytest
from test_generator_r73 import Q
from test_generator_r198 import _asked

from quiz.generator.careers import clashes, given_otherwise, position_otherwise, released_otherwise
from quiz.generator.copied import debris, points_back
from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.ingest import looks_escaped, prepare_wikitext
from quiz.generator.otherwise import born_otherwise
from quiz.generator.substance import says_the_title
from quiz.generator.wikitext import parse_article

SLIPS = [  # copied from the source or left by a cut link
    "Exa was elected as member of the in March 1997 for a six-year term.",
    "Exa became a of Exton in 1990.",
    "Damphu, or Damfoo, Damphu is a percussion instrument like a tambourine.",
    "Exa is well known pilgrimage place and temple in Exton.",
    "Exa is a temple in Karnataka in southern, India.",
    "Exa is 16 km of Old Exton.",
    "Ken Exa was born on in Wyton, Exshire.",
    "Potassium exide is the chemical compound with the formula (₃Si)₂NK.",
    "Exton was a municipal borough in Exshire from 1968, to 1974.",
    "Admiral Ned Vark is former chief of Exland Navy.",
]
CLEAN = [  # the same facts written right
    "Exa was elected as member of the Senate in March 1997.",
    "Exa lived in the in-laws' house in Exton.",
    "Damphu, or Damfoo, is a percussion instrument like a tambourine.",
    "Exa is well known for its temple, 16 km south of Old Exton.",
    "Exa has 16 km of Exton's coastline in southern India.",
    "Ken Exa was born on 2 May 1913 in Wyton, Exshire.",
    "Exton was a municipal borough in Exshire from 1968 to 1974.",
    "Admiral Ned Vark is a former chief of the Exland Navy.",
]


@pytest.mark.parametrize("text", SLIPS)
def test_a_copied_slip_is_debris(text: str) -> None:
    assert debris(text)


@pytest.mark.parametrize("text", CLEAN)
def test_the_same_fact_written_right_is_no_debris(text: str) -> None:
    assert not debris(text)


def test_markup_left_escaped_as_in_an_xml_file_is_read_as_markup() -> None:
    text = (
        "'''Exism''' is a movement that began in Exland in 1890 as a literary phenomenon"
        "&lt;ref&gt;Vark, Ann. ''Exism''. 2002.&lt;/ref&gt; which had an impact on Exton."
        "&lt;ref name=&quot;v&quot;&gt;Vark 1962&lt;/ref&gt;\n\nTom &amp; Ann led it."
    )
    assert looks_escaped(text)
    plain = prepare_wikitext(text)
    assert '<ref name="v">Vark 1962</ref>' in plain and "Tom & Ann" in plain
    article = parse_article("Exism", plain)
    said = " ".join(block.text for section in article.sections for block in section.blocks)
    assert "literary phenomenon which had an impact on Exton" in said and "Vark" not in said
    assert not looks_escaped("Tom &amp; Ann wrote it.<ref>Vark</ref> It &lt;ref&gt; once.")


def test_a_link_run_into_the_next_word_is_read_with_a_space() -> None:
    text = "'''Exa''' is a township in [[Ex West]]a town near [[Exton]]. [[Primate]]s live there."
    blocks = [b.text for s in parse_article("Exa", text).sections for b in s.blocks]
    assert blocks == ["Exa is a township in Ex West a town near Exton. Primates live there."]


def test_what_used_to_be_needs_a_time_to_stand_alone() -> None:
    assert points_back("Routing services and remote access services used to work separately.")
    assert not points_back("Exol is used to treat malaria.")
    assert not points_back("Exa became used to the cold of Exton in 1990.")


def test_an_age_and_an_event_s_distance_are_not_asked() -> None:
    text = (
        f"{Q}Ned Vark{Q} (October 3, 1875 – February 23, 1961) was an Exlandish baseball player "
        "for the Exton Tigers. Vark died in 1961 at age 85 in Wyton, Exshire."
    )
    asked = _asked("Ned Vark", text)
    assert asked and "85" not in asked.values()  # (his dates tell it)
    text = (
        f"{Q}Ann Exa{Q} (born December 14, 1912) is an Exlandish diver who competed in the 1932 "
        "Summer Olympics. In 1932 Exa finished sixth in the 10 metre platform event."
    )
    assert "10" not in _asked("Ann Exa", text).values()  # (a platform is 10 m)


def test_a_birth_date_the_lead_gives_in_another_year_is_not_asked() -> None:
    assert clashes((20, 12, 1984), {(20, 12, 1983)}) and clashes((2, 5, 1983), {(20, 12, 1983)})
    assert not clashes((20, 12, 1983), {(20, 12, 1983)}) and not clashes(
        (2, 5, 1984), {(1, 1, 1983)}
    )
    assert given_otherwise(
        "Exa was born on December 20, 1984.", [("birth_date", "20 December 1983")]
    )
    prose = "Ann Exa, born on December 20, 1984 in Exton is an Exlandish footballer."
    assert born_otherwise("birth_date", "December 20, 1983", prose)
    assert not born_otherwise("birth_date", "December 20, 1984", prose)


def test_a_statement_true_from_the_title_s_own_words_is_not_made() -> None:
    title = "Theological exegesis"
    assert says_the_title("Theological exegesis is a field of theology.", title, 3, title)
    title = "Fatiha Exa"
    assert says_the_title("Fatiha Exa was married to Exlandish president Ned Exa.", title, 3, title)
    assert not says_the_title("Fatiha Exa was married to Exlandish president Ned Vark.", title)


def test_occupation_choices_are_as_long_as_the_answer() -> None:
    for job in ("baseball player", "wrestler"):
        text = f"{Q}Ned Vark{Q} (born 23 September 1975) is an Exlandish {job}."
        bank = build_bank("Ned Vark", text)
        choices = [q.choices for q in bank.questions if q.kind == "mcq"][0]
        assert {len(c.split()) for c in choices} == {len(job.split())}, choices


def test_a_position_the_lead_pairs_with_another_is_not_asked() -> None:
    lead = "Ned Vark is a former American football wide receiver and return specialist. He won."
    assert position_otherwise("Wide receiver", lead)
    assert position_otherwise("Outfielder", "Ned Vark is a former center fielder and outfielder.")
    assert not position_otherwise("Wide receiver", lead.replace(" and return specialist", ""))
    assert not position_otherwise("Goalkeeper", "Ann Exa is a goalkeeper and was born in 1979.")


def test_one_of_a_cast_is_no_gap() -> None:
    text = (
        f"{Q}The Exton Hour{Q} was an Exlandish drama series, first shown in 2005. "
        "The Exton Hour starred [[Ned Vark]]."
    )
    assert "Ned Vark" not in _asked("The Exton Hour", text).values()


def test_the_award_is_the_whole_award_not_any_of_its_kind() -> None:
    title = "Exton Award for Outstanding Achievement in Short Film"
    text = (
        f"The {Q}{title}{Q} is a special award, presented by the Exton Academy (EA). "
        "The award was presented by the Exlandish Film Institute from 2006 to 2010."
    )
    said = [s.text for s in extract_facts(parse_article(title, text)).sentences]
    assert not any(s.startswith("The Exton Award was") for s in said), said


def test_a_release_year_the_lead_gives_otherwise_is_not_asked() -> None:
    assert released_otherwise("1979", "Sarppam is 1987 Malayalam film.")
    assert not released_otherwise("1987", "Sarppam is a 1987 Malayalam film.")
