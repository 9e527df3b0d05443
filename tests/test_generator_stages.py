"""Unit tests of the generator's stages: subject, stand-alone sentences, references, entity
kinds, choice sets, answer checks, false statements, tables, infobox wording, selection."""

from __future__ import annotations

import random
import re
from collections import Counter

from quiz.generator.answers import reject_answer
from quiz.generator.article import Link
from quiz.generator.checks import (
    prompt_problem,
    question_names_something,
    source_name,
    statement_ok,
    substitute,
    unit_in_prompt,
)
from quiz.generator.choices import (
    date_choices,
    number_choices,
    readable,
    target_rank,
    year_choices,
)
from quiz.generator.derive import derivable
from quiz.generator.entities import EntityTypes, TypeCollector
from quiz.generator.facts import Facts, Sentence, extract_facts
from quiz.generator.falsify import false_year
from quiz.generator.generate import _questions, _with_lead_life, build_bank, entity_types
from quiz.generator.infobox import infobox_question
from quiz.generator.ingest import restore_lines
from quiz.generator.items import SentenceItems
from quiz.generator.lexicon import concept_type
from quiz.generator.mentions import told_text
from quiz.generator.questions import who_question
from quiz.generator.references import Context
from quiz.generator.sentences import usable_sentence
from quiz.generator.spans import Span, askable_span, find_spans
from quiz.generator.standalone import prepare
from quiz.generator.structured import StructuredItems
from quiz.generator.subject import Subject, find_subject
from quiz.generator.trim import trim_around
from quiz.generator.typeclues import head_type
from quiz.generator.wikitext import parse_article

TOWN = Subject("Exampleton", "Exampleton", kinds=frozenset({"town", "parish"}))
PERSON = Subject("Ada Quill", "Quill", person=True, pronoun="she")
ARMY = Subject(
    "Ruritanian Armed Forces",
    "the Ruritanian Armed Forces",
    kinds=frozenset({"forces", "force", "military"}),
    plural=True,
)


def text_of(text: str, subject: Subject, context: Context | None = None) -> str | None:
    prepared = prepare(text, [], subject, context)
    return prepared.text if prepared else None


# -- subject ------------------------------------------------------------------------------


def test_subject_of_a_town_and_of_a_person() -> None:
    town = parse_article(
        "Exampleton",
        "'''Exampleton''' is a civil parish and historic town in [[Wessex]].\n\n"
        "== History ==\nExampleton grew around a mill. Exampleton had a market.",
    )
    subject = find_subject(town)
    assert subject.name == "Exampleton" and {"town", "parish"} <= subject.kinds
    person = parse_article(
        "Ada Quill",
        "{{Infobox scientist\n| birth_date = 1815\n}}\n'''Ada Quill''' (born 1815) was a "
        "writer. She wrote notes. She met Babbage. Her father was a poet. Quill died in 1852.",
    )
    subject = find_subject(person)
    assert subject.person and subject.name == "Quill" and subject.pronoun == "she"


def test_a_dated_event_is_mentioned_with_the() -> None:
    # R9: "Broom received too few, and lost 1852 United States presidential election."
    event = parse_article(
        "1852 Exampleton mayoral election",
        "'''1852 Exampleton mayoral election''' took place in 1852. Roe won the election.",
    )
    assert find_subject(event).name == "the 1852 Exampleton mayoral election"


def test_the_subjects_name_is_its_own_and_reads_well() -> None:
    # R10: "2 days after Ukrainian presidential election, 2014"; "the Ukrainian Orthodox
    # Church" (another church, linked) for the one "of the Kyivan Patriarchate".
    dated = parse_article(
        "Exampletic presidential election, 2014",
        "The '''Exampletic presidential election, 2014''' was held in May. Roe won the vote.",
    )
    assert find_subject(dated).name == "the 2014 Exampletic presidential election"
    church = parse_article(
        "Exampletic Orthodox Church of the Kyivan Patriarchate",
        "The '''Exampletic Orthodox Church of the Kyivan Patriarchate''' is a church. The "
        "Exampletic Orthodox Church split in 1992. The Exampletic Orthodox Church grew. The "
        "[[Exampletic Orthodox Church (Moscow)|Exampletic Orthodox Church]] did not.",
    )
    assert find_subject(church).name == "the Exampletic Orthodox Church of the Kyivan Patriarchate"


# -- stand-alone sentences -------------------------------------------------------------------


def test_the_town_becomes_the_subject_and_he_becomes_the_person() -> None:
    assert text_of("The town has a market on Fridays near the river Exe.", TOWN) == (
        "Exampleton has a market on Fridays near the river Exe."
    )
    assert text_of("She wrote the first algorithm for the Engine in 1843.", PERSON) == (
        "Quill wrote the first algorithm for the Engine in 1843."
    )
    assert text_of("In 1843 she published a translation of Menabrea's paper.", PERSON) == (
        "In 1843 Quill published a translation of Menabrea's paper."
    )


def test_sentences_that_point_outside_themselves_are_dropped() -> None:
    context = Context(heading="History", previous="Exampleton grew around a rainfall record.")
    for text in (
        "It was established in 2005 with forty officers.",  # "it": what?
        "The show received high ratings in its first season.",  # "the show": which?
        "The highest monthly rainfall of 743 mm was recorded in July 1995.",  # where?
        "Three years later, Exampleton built a new bridge.",  # later than what?
        "However, the agreement was never signed by Ruritania.",  # "the agreement"
        "Craig Levein was a supporter as a boy.",  # a supporter of what?
        "There are 300,000 former service personnel who served recently.",  # where?
        "Cars of that era were luxurious.",  # which era? (R13)
        "General Howe had instead sailed away from New York.",  # instead of what? (R13)
    ):
        assert text_of(text, TOWN, context) is None, text
    # "instead" that says itself instead of what stays.
    kept = "Quill did not sail to Ruritania but went instead to Exampleton."
    assert text_of(kept, PERSON, context) == kept


def test_a_branch_of_a_national_military_takes_its_demonym() -> None:
    assert text_of("The air force has about 106 aircraft and 35 helicopters.", ARMY) == (
        "The Ruritanian air force has about 106 aircraft and 35 helicopters."
    )
    assert text_of("The Land Forces include 23 motor rifle brigades.", ARMY) == (
        "The Ruritanian Land Forces include 23 motor rifle brigades."
    )


def test_the_ministry_is_the_one_the_paragraph_named() -> None:
    context = Context(names=[("Ministry of Defence Industry of Ruritania", "")])
    assert text_of("The ministry was established in 2005 in Strelsau.", ARMY, context) == (
        "The Ministry of Defence Industry of Ruritania was established in 2005 in Strelsau."
    )
    two = Context(names=[("Ministry of Defence", ""), ("Ministry of Finance", "")])
    assert text_of("The ministry was established in 2005 in Strelsau.", ARMY, two) is None
    # One named by the paragraph, another by the section's paragraph before: which one?
    earlier = Context(
        names=[("Ministry of Defence Industry of Ruritania", "")],
        earlier=[("Ministry of Finance", "")],
    )
    assert text_of("The ministry was established in 2005 in Strelsau.", ARMY, earlier) is None


def test_trivia_sections_give_no_sentences() -> None:
    article = parse_article(
        "Ada Quill",
        "'''Ada Quill''' (1801–1870) was an English engineer.\n\n"
        "== Career ==\nQuill built the Exampleton bridge in 1840.\n\n"
        "== In popular culture ==\nQuill is portrayed by an actor in a 1952 western film.\n\n"
        "== Cultural depictions ==\nA 1986 film shows Quill.\n\n"
        "== Mythology and popular culture ==\nQuill appears in a folk tale.\n",
    )
    paths = [section.path for section in article.sections]
    assert "Career" in paths and "Mythology and popular culture" in paths
    assert "In popular culture" not in paths and "Cultural depictions" not in paths


def test_the_section_before_the_paragraph_counts_for_which_one() -> None:
    text = (
        "'''Ada Quill''' (1801–1870) was an English governor.\n\n== Governor ==\n"
        "Quill moved to Vincennes, the capital of the new [[Indiana Territory]], in 1801.\n\n"
        "Quill opposed the spread of slavery into the [[Northwest Territory]] in 1803. "
        "Quill ended slavery in the territory in 1807.\n"
    )
    sentences = [s.text for s in extract_facts(parse_article("Ada Quill", text)).sentences]
    assert any("Northwest Territory in 1803" in s for s in sentences)
    assert not any("in 1807" in s for s in sentences)
    alone = text.replace("the new [[Indiana Territory]]", "the new state")
    sentences = [s.text for s in extract_facts(parse_article("Ada Quill", alone)).sentences]
    assert any(s.endswith("slavery in Northwest Territory in 1807.") for s in sentences)


def test_it_is_the_subject_the_previous_sentence_opened_with() -> None:
    about_town = Context(topic="Exampleton", previous="Exampleton grew around a mill.")
    assert text_of("It displays five tanks from Ruritania.", TOWN, about_town) == (
        "Exampleton displays five tanks from Ruritania."
    )
    # Another name there may not be what "it" means: the sentence is dropped.
    other = Context(topic="The Strelsau Museum", previous="The Strelsau Museum opened.")
    assert text_of("It displays five tanks from Ruritania.", TOWN, other) is None


def test_in_the_lead_it_is_not_the_subject_after_another_thing_opened_the_sentence_before() -> None:
    # R14: "It" for the country's constitution became the country.
    lead = Context(previous="The new constitution was adopted in 1920.")
    assert text_of("It was amended in 1929.", TOWN, lead) is None
    after_phrase = Context(previous="In 1920, the Austrian constitution was adopted.")
    assert text_of("It was amended in 1929.", TOWN, after_phrase) is None
    # The sentence before opening with one of the subject's own nouns still means the subject.
    about_town = Context(previous="The town grew around a mill.")
    assert text_of("It was chartered in 1929.", TOWN, about_town) == (
        "Exampleton was chartered in 1929."
    )


def test_asides_go_and_links_follow() -> None:
    text = "Ada Quill (born 1815) met Charles Babbage in London."
    start = text.index("Charles Babbage")
    prepared = prepare(text, [Link(start, start + 15, "Charles Babbage")], PERSON)
    assert prepared is not None
    assert prepared.text == "Ada Quill met Charles Babbage in London."
    link = prepared.links[0]
    assert prepared.text[link.start : link.end] == "Charles Babbage"


def test_side_clauses_without_the_answer_are_trimmed() -> None:
    text = "Raith won the Scottish Cup in 1922, which was celebrated in the town for days."
    start = text.index("1922")
    trimmed, a, b = trim_around(text, start, start + 4)
    assert trimmed == "Raith won the Scottish Cup in 1922."
    assert trimmed[a:b] == "1922"
    # A clause in the middle stays: what follows it may lean on it.
    middle = "The war, which cost the region, comprising 20% of the land, ended in 1994."
    assert trim_around(middle, middle.index("1994"), middle.index("1994") + 4)[0] == middle
    # A clause with a value of the answer's kind stays: without it that value fits too.
    rounds = "Elections were held on 31 October 1999, with a second round on 14 November 1999."
    first = rounds.index("31 October 1999")
    assert trim_around(rounds, first, first + 15)[0] == rounds


# -- entity kinds -------------------------------------------------------------------------


def _see(collector: TypeCollector, text: str, targets: dict[str, str]) -> None:
    """Each name of ``targets`` seen where it stands in ``text``, linked to its target."""
    for name, target in targets.items():
        start = text.index(name)
        collector.see(text, start, start + len(name), target)


def test_kinds_come_from_the_wikitext() -> None:
    collector = TypeCollector()
    text = "Queen was formed by guitarist Brian May in London, and Bodmin College opened."
    _see(collector, text, {"Queen": "Queen (band)", "Brian May": "Brian May", "Bodmin College": ""})
    types = collector.finish()
    assert types.kind_of("Queen") == ("band", "org")
    assert types.kind_of("Brian May") == ("guitarist", "person")
    assert types.kind_of("Bodmin College") == ("college", "org")
    assert head_type("Al Kazim Towers") == "tower"
    assert head_type("Hibernian F.C.") == "club" and head_type("Examples Inc.") == "company"
    assert concept_type("proteome") == "c:-ome" and concept_type("green fluorescent protein")


def test_names_that_may_be_the_same_thing() -> None:
    types = EntityTypes(targets={"Red Army": "Red Army", "Soviet Red Army": "Red Army"})
    assert types.same_thing("Red Army", "Soviet Red Army")
    assert not types.same_thing("Brian May", "Roger Taylor")


# -- choice sets ------------------------------------------------------------------------------


def test_the_answer_ranks_evenly_among_sorted_choices() -> None:
    ranks = Counter()
    for i in range(400):
        key = f"{i:012x}"
        wrong = year_choices("1950", [], [], random.Random(i), target_rank(key), 2020)
        ranks[sorted([1950, *map(int, wrong)]).index(1950)] += 1
    assert all(70 <= ranks[r] <= 130 for r in range(4)), ranks


def test_wrong_years_keep_the_order_the_prompt_implies() -> None:
    for rank in range(4):
        wrong = year_choices("1979", [1970, 1985], [1972], random.Random(rank), rank, 2000)
        assert all(int(y) > 1972 for y in wrong), wrong


def test_numbers_keep_format_and_roundness() -> None:
    for rank in range(4):
        wrong = number_choices("330,000", random.Random(rank), rank)
        assert len(wrong) == 3 and all(re.fullmatch(r"\d{3},000", w) for w in wrong), wrong


def test_patterns_a_test_wise_student_reads_are_refused() -> None:
    dates = ["9 July 1991", "9 October 1991", "9 October 1992", "9 October 1990"]
    assert readable(dates, "9 October 1991")  # the centre of one-part variations
    assert readable(["15", "11", "13", "26"], "15")  # the only round number
    assert not readable(["1964", "1971", "1954", "1991"], "1971")
    # The centre of three evenly spaced values, the fourth apart (R19: 31, 36, 41, 47).
    assert readable(["31", "36", "41", "47"], "36")
    assert readable(["1888", "1892", "1896", "1902"], "1892")
    assert not readable(["31", "37", "41", "47"], "37")
    # Tied with one other for most shared parts: the overlap guesser is right half the time
    # (bundled bank: 2,200 beside 2,700, 1,800, 3,300 put it at 31% over four MCQs).
    assert readable(["1,800", "3,300", "2,200", "2,700"], "2,200")
    assert not readable(["126,000", "172,000", "195,000", "155,000"], "126,000")  # all tie


def test_date_choices_are_real_dates_of_the_article() -> None:
    article = ["3 May 1990", "14 June 1992", "2 March 1995", "30 August 1997"]
    wrong = date_choices("9 October 1993", article, [], random.Random(1), 2, 2000)
    assert sorted(wrong) == sorted(set(wrong)) and set(wrong) <= set(article)
    assert date_choices("9 October 1993", article[:2], [], random.Random(1), 2, 2000) == []


# -- answer checks ------------------------------------------------------------------------


def test_numbers_the_prompt_lets_a_learner_work_out() -> None:
    assert derivable("1648", "began in 1618 and lasted thirty years, ending in", "")
    assert derivable("45", "born in 1946, died in 1991 aged", "")
    assert not derivable("1970", "formed Queen with Brian May in", "")
    # The rest of a total: 150 - 16 - 120.
    assert derivable(
        "14", "consisted of officers, 16 sergeants and 120 privates, a total of 150", ""
    )


def test_trivia_and_bounds_are_not_answers() -> None:
    article = parse_article(
        "Exampleton",
        "'''Exampleton''' is a town in [[Wessex]].\n\n== Economy ==\n"
        "Exampleton had 4,000 residents in the parish of Wessex as of 2011.\n"
        "Exampleton Fair draws comfortably over 1,500 visitors to the town each July.\n"
        "In 2009 a survey by Wessex University covered 40 countries of the world.\n",
    )
    facts = extract_facts(article)
    types = entity_types(facts)
    reasons = [reject_answer(s, span, facts, types) for s in facts.sentences for span in s.spans]
    assert "an 'as of' date" in reasons
    assert "a bound, not a value" in reasons
    assert "the date or scope of a report, survey or estimate" in reasons


def test_an_article_before_a_changed_value_agrees_with_it() -> None:
    text = "It was a European project."
    start = text.index("European")
    assert substitute(text, start, start + 8, "American") == "It was an American project."
    assert substitute(text, start, start + 8, "18th-century") == "It was an 18th-century project."


# -- structured parts ---------------------------------------------------------------------


RACE = """{{Infobox race
| name = Exampleton Grand Prix
}}
'''Exampleton Grand Prix''' was a motorcycle race held in [[Exampleton]] in 2008.

== Results ==
{| class="wikitable"
! Pos.
! Rider
! Manufacturer
|-
! 1
| [[Ann Rider]] || [[Ducati]]
|-
! 2
| [[Bo Rider]] || [[Honda]]
|-
! 3
| [[Cy Rider]] || [[Yamaha]]
|-
! 4
| [[Di Rider]] || [[Suzuki]]
|-
! 5
| [[Ed Rider]] || [[Honda]]
|-
! 6
| [[Fi Rider]] || [[Ducati]]
|}
"""


def test_results_tables_give_questions_with_choices_from_the_column() -> None:
    bank = build_bank("Exampleton Grand Prix", RACE)
    ranked = [q for q in bank.questions if "finished" in q.prompt]
    assert len(ranked) == 1  # the winner only: "which rider finished third?" is trivia (R262)
    for q in ranked:
        assert q.prompt.startswith("In the results of Exampleton Grand Prix")
        if q.kind in ("mcq", "short_answer") and "finished first" in q.prompt:
            assert q.answer == "Ann Rider"
    for q in bank.questions:
        if q.kind == "mcq" and "manufacturer" in q.prompt:
            assert set(q.choices) <= {"Ducati", "Honda", "Yamaha", "Suzuki"}


def test_generic_infobox_wording_only_for_plain_labels() -> None:
    assert infobox_question("floor_count", "Floor count", "the Tower") == (
        "How many floors does the Tower have?"
    )
    assert infobox_question("opening_date", "Opening date", "the Tower") == (
        "According to the article, what is the opening date of the Tower?"
    )
    assert infobox_question("highest_prev", "Highest prev", "the Tower") is None
    assert infobox_question("Course_km", "Course km", "the race") is None


def test_line_breaks_lost_by_a_tokenizer_are_restored() -> None:
    text = "Intro text. " * 200 + "==History== ===Early years=== It began. * [[A]] * [[B]]"
    restored = restore_lines(text)
    sections = [s.path for s in parse_article("X", restored).sections]
    assert "History > Early years" in sections


# -- the bank -----------------------------------------------------------------------------


def test_one_item_per_fact_and_the_set_rules() -> None:
    bank = build_bank("Exampleton Grand Prix", RACE)
    facts = Counter(q.fact for q in bank.questions)
    assert max(facts.values()) == 1
    prompts = Counter(q.prompt.casefold() for q in bank.questions)
    assert max(prompts.values()) == 1
    contexts = Counter(q.context for q in bank.questions)
    assert max(contexts.values()) <= 2


# -- review fixes: answers a strict reviewer rejects ----------------------------------------

LISTS = """'''Exampleton''' is a town in [[Wessex]].

== History ==
Exampleton has 16 parks: 11 in [[Aville]], 3 in [[Beeburg]], and 2 in [[Ceeton]].
From September 1944 to February 1945 the [[Allies]] held Exampleton.
Exampleton Fair was held in 2010, 2014 and 2018 in the [[Market Square]].
Exampleton hosted the 2012 Summer Games, a festival of rowing.
Exampleton was founded by [[Ann Smith]] in 1201.
Exampleton Abbey was founded in 1250 by [[Ann Smith]] and [[Bob Jones]].

== 1990–1999: Growth ==
Exampleton opened its railway station in 1994.
"""
MILLS = """'''Exampleton''' is a town in [[Wessex]].

== History ==
In 1843 Exampleton built a stone bridge over the [[Wessex River]].
Exampleton doubled in size between 1840 and 1850 under mayor [[Carl Dunn]].
"""


def _reasons(title: str, text: str) -> dict[str, str]:
    facts = extract_facts(parse_article(title, text))
    types = entity_types(facts)
    reasons: dict[str, str] = {}
    for sentence in facts.sentences:
        for span in sentence.spans:
            reasons.setdefault(span.text, reject_answer(sentence, span, facts, types))
    return reasons  # for a name in two sentences, the reason in the first


def test_list_members_range_ends_year_lists_and_named_years_are_not_asked() -> None:
    reasons = _reasons("Exampleton", LISTS)
    assert reasons["Ceeton"] == "one of a list"
    assert reasons["February 1945"] == "the end of a range"
    assert reasons["2010"] == reasons["2018"] == "one of a list of years"
    assert "2012" not in reasons or reasons["2012"] == "part of a name"
    # The section "1990–1999: Growth" shows the decade of the station's opening.
    assert reasons["1994"] == "in the section name"
    # The article names Ann Smith with Bob Jones as founders: "founded by _____" fits both.
    assert reasons["Ann Smith"] == "named with another elsewhere"
    assert reasons["September 1944"] == ""
    reasons = _reasons("Exampleton", MILLS)
    # "In 1843 Exampleton built": a year before a name is not part of it after "in".
    assert reasons["1843"] == ""
    # "between 1840 and 1850" is a span of time, not a list of years.
    assert reasons["1840"] != "one of a list of years"


def test_a_country_article_says_where_a_general_statement_holds() -> None:
    country = Subject("Ruritania", "Ruritania", kinds=frozenset({"country"}))
    assert text_of("Healthcare is financed through taxation and insurance.", country) == (
        "In Ruritania, healthcare is financed through taxation and insurance."
    )
    assert text_of("The Court of Cassation is the court of last resort.", country) == (
        "In Ruritania, the Court of Cassation is the court of last resort."
    )
    # Another country, a person or a year: the sentence need not be about Ruritania itself.
    for text in (
        "The Netherlands declared war on the empire.",
        "Healthcare was reformed by the government in 2004.",
        "Gauteng is growing rapidly due to mass urbanisation.",  # a province (R39 tuning)
    ):
        assert not (text_of(text, country) or "").startswith("In Ruritania")


def test_that_event_and_not_yet_point_outside_the_sentence() -> None:
    for text in (
        "About 100 pounds was raised through that event for schools.",
        "Exampleton has not yet opened its new library to readers.",
        "An influential description was published by William Harvey in 1628.",
    ):
        assert text_of(text, TOWN) is None, text


def test_wrong_years_follow_a_four_year_cycle_the_sentence_shows() -> None:
    rng = random.Random(1)
    wrong = year_choices("1994", list(range(1950, 2020)), [1978], rng, 1, 2020)
    assert len(wrong) == 3 and all((int(y) - 1994) % 4 == 0 for y in wrong)


def test_one_fact_told_twice_is_asked_once() -> None:
    text = (
        "'''Exampleton Ltd''' is a company founded by [[Ann Smith]] in 2013 in [[London]].\n\n"
        "== History ==\nExampleton Ltd was founded in 2013 by Ann Smith in a garage in "
        "[[London]].\n"
    )
    bank = build_bank("Exampleton Ltd", text)
    about_2013 = [q for q in bank.questions if "2013" in (q.answer + q.prompt)]
    assert len({q.context for q in about_2013}) <= 1


def test_which_noun_choices_share_the_answers_head() -> None:
    from quiz.generator.checks import same_head_choices

    wrong = ["Armenian Army", "Red Army", "Turkish Navy"]
    # "which navy?": an army is ruled out by the prompt itself.
    assert same_head_choices("The U.S. Navy trained which navy?", "Azeri Navy", wrong) == [
        "Turkish Navy"
    ]
    # The noun is not the answer's head: the choices stand.
    assert same_head_choices("Which country invaded?", "Soviet Union", wrong) == wrong


def test_a_short_form_of_a_title_word_gives_the_answer_away() -> None:
    from quiz.generator.answers import shares_title

    assert shares_title("Azeri Navy", "Azerbaijani Armed Forces")
    assert shares_title("Raith Rovers Football Club", "Raith Rovers F.C.")
    # "Armenian" is no short form of "Armed"; "Army" shares no word.
    assert not shares_title("Armenian Army", "Azerbaijani Armed Forces")


def test_tables_of_figures_and_opinions_make_no_statements() -> None:
    from quiz.generator.checks import statement_ok

    assert statement_ok("The Exampleton unit in Iraq consisted of 150 troops under one colonel.")
    assert not statement_ok(
        "The unit consisted of 14 officers, 16 sergeants and 120 privates, a total of 150 troops."
    )
    assert not statement_ok("The string of deaths raises questions about the progress of reform.")
    # Statistics to two decimals are no fact to learn; a budget in money may be exact.
    assert not statement_ok("The 78th ceremony drew 38.64 million viewers, a rating of 22.91%.")
    assert statement_ok("In 2020 the budget of the Exampleland army was $2.267 billion.")
    # A vague ranking and two claims in one are no clear true/false statement.
    assert not statement_ok("Exampleton is one of the safest towns in Wessex by far.")
    assert not statement_ok("Exampleton has a bus station in the west; another opened in 2010.")


def test_numbers_never_outnumber_names_in_a_bank() -> None:
    lines = [
        f"Exampleton established its {w} school in {1900 + 7 * i}."
        for i, w in enumerate(
            "first second third fourth fifth sixth seventh eighth ninth tenth".split()
        )
    ]  # (established: since stop 56 a detail's year makes no statement, statements.minor_dated)
    lines += [f"In {1850 + i} Exampleton had {1000 * (i + 2):,} residents." for i in range(8)]
    lines.append("Exampleton was founded by [[Ann Smith]] beside the [[Wessex River]].")
    text = "'''Exampleton''' is a town in [[Wessex]].\n\n== History ==\n" + "\n".join(lines)
    # (the selection's own mix: since stop 53 the bank then drops a lone false statement, here
    # "Exampleton established its first school in 1908.", leaving none)
    facts = _with_lead_life(extract_facts(parse_article("Exampleton", text)))
    chosen = _questions(facts, told_text(facts), SentenceItems(facts, entity_types(facts), 0))
    numeric = [q for q in chosen if re.fullmatch(r"[\d,.$%]+|\d.*\d{4}", q.answer)]
    names = [q for q in chosen if q not in numeric]
    assert chosen
    assert len(numeric) <= len(names) + (len(chosen) < 10)


def test_the_subject_named_by_a_common_noun_stands_alone() -> None:
    article = parse_article(
        "Aardwolf", "The '''aardwolf''' is a small mammal of [[Southern Africa]].\n"
    )
    species = find_subject(article)
    # "lives" is a noun too ("nine lives"): "the aardwolf lives" is still the subject.
    text = "The aardwolf lives in the scrublands of eastern Africa."
    assert text_of(text, species) == text


def test_clock_times_and_statements_of_the_present_are_not_asked() -> None:
    from quiz.generator.sentences import usable_sentence
    from quiz.generator.spans import find_spans

    spans = find_spans("Apollo 11 launched at 13:32:00 UTC after 102 hours of checks.", [])
    assert [s.text for s in spans] == ["102"]  # not "32" out of the clock time
    # True when it was written, false later: which year's head of government?
    assert not usable_sentence("The current Head of Government of Exampleland is Ann Smith.")
    assert usable_sentence("The first Head of Government of Exampleland was Ann Smith.")


def test_no_false_statement_from_a_detail_or_from_a_time_counted_from_another() -> None:
    # "a year before his death" tells the year to anyone who knows when he died.
    assert derivable("1962", "In, a year before Huxley's death, he was elected", "")


def test_infobox_values_are_asked_only_in_the_form_the_question_wants() -> None:
    text = (
        "{{Infobox national military\n| active = 1995 – present\n| amount = est. 4.7 billion USD"
        "\n| percent_GDP = 3.63 (2012)\n}}\nThe '''Ruritanian Armed Forces''' are the military "
        "of [[Ruritania]].\n\n== Budget ==\nThe forces have been active since 1995. In 2012 they "
        "spent 4.7 billion USD, 3.63% of the country's GDP.\n"
    )  # (the text tells each value too: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    bank = build_bank("Ruritanian Armed Forces", text)
    asked = {q.prompt: q.answer for q in bank.questions}
    assert not any(p.startswith("How many active") for p in asked)  # years, not personnel
    # a budget with no year is not asked (R353: "$29.05 million (2005 est.)" asked as today's)
    assert not any("budget" in p for p in asked)
    assert "3.63%" in asked.values()  # a share of GDP is a percentage
    # "Largest city: capital" means the capital, named elsewhere: not an answer.
    country = build_bank(
        "Exampleland",
        "{{Infobox country\n| largest_city = capital\n}}\n'''Exampleland''' is a country.\n"
        "\n== Geography ==\nMost people live in the capital.\n",  # (told: see above)
    )
    assert "capital" not in [q.answer for q in country.questions]


def test_wh_questions_keep_to_the_main_clause_and_to_english_word_order() -> None:
    from quiz.generator.items import SentenceItems

    text = (
        "'''Exampleton''' is a town in [[Wessex]].\n\n== History ==\n"
        "Exampleton began to lose its trade only after [[Great Western Railway]] reached "
        "[[Wessex]] in 1874.\n"
        "The first mayor of Exampleton was Ann Smith's son [[Carl Smith]].\n"
        "Exampleton was a long-time home of Ruritanian composer [[Otto Brandt]].\n"
    )
    facts = _with_lead_life(extract_facts(parse_article("Exampleton", text)))
    items = SentenceItems(facts, entity_types(facts), 0)
    asked = {sp.text: items.wh_question(s, sp) for s in facts.sentences for sp in s.spans}
    # 1874 is when the railway came, not when the trade began to go.
    assert asked["1874"] is None
    # Not "... was Ann Smith's which son?"
    assert asked["Carl Smith"] is None
    # Not "... a long-time home of Ruritanian which composer?"
    assert "Ruritanian which" not in (asked.get("Otto Brandt") or "")


def test_a_source_and_a_short_form_of_the_heading_are_not_answers() -> None:
    reasons = _reasons(
        "Exampleton",
        "'''Exampleton''' is a town in [[Wessex]].\n\n== History ==\n=== Ruritanian ===\n"
        "The Exampleton Gazette, citing [[Le Monde]], reported record floods in 1874.\n"
        "There is no clear evidence for use of Exampleton stone in [[Ruritania]].\n",
    )
    assert reasons["Le Monde"] == "a catalogue number or a source"
    assert reasons["Ruritania"] == "in the section name"


def test_a_reply_without_its_object_leans_on_the_sentence_before() -> None:
    from quiz.generator.sentences import usable_sentence

    # "accepted immediately": accepted what? The offer is in the sentence before.
    assert not usable_sentence("Smith accepted immediately, and married Carl Jones in 1919.")
    assert usable_sentence("Smith accepted the post of mayor of Exampleton in 1919.")


def test_a_possessive_named_right_after_is_left_alone() -> None:
    # Not "Following Quill's years at Oxford, Quill, ...".
    text = "Following her years at Oxford, Quill, being indebted to her father, found work."
    assert text_of(text, PERSON) == text


def test_a_gap_after_a_high_office_is_general_knowledge() -> None:
    from quiz.generator.facts import Facts
    from quiz.generator.spans import Span

    facts = Facts("Apollo 11")
    span = Span(0, 12, "Richard Roe", "entity")
    assert prompt_problem("The crew met U.S. President _____ at the White House.", span, facts)
    assert prompt_problem("In 2012 Amazon founder _____ found the engines.", span, facts)
    assert not prompt_problem("The crew met the engineer _____ at the White House.", span, facts)


def test_the_subjects_own_country_is_given_away() -> None:
    from quiz.generator.facts import Facts
    from quiz.generator.spans import Span

    facts = Facts("The Quill Sisters")
    facts.prose = "\x00 The Quill Sisters is a Ukrainian folk duo. They sing.\n"
    span = Span(0, 7, "Ukraine", "entity")
    prompt = "The duo's play toured the cities of which country?"
    assert prompt_problem(prompt, span, facts)
    facts.prose = "\x00 The Quill Sisters is a folk duo. They sing in Ukrainian.\n"
    assert not prompt_problem(prompt, span, facts)


def test_the_year_of_an_edition_follows_from_another_edition() -> None:
    # The 29th ceremony was in 1957: the 74th is 45 years on.
    assert derivable("2002", "The 74th Academy Awards were held in", "")
    assert not derivable("40", "The 74th Academy Awards were watched by million viewers", "")


def test_a_year_after_around_is_still_a_year() -> None:
    from quiz.generator.spans import find_spans

    def kinds(text: str) -> list[tuple[str, str]]:
        return [(s.text, s.type) for s in find_spans(text, []) if s.text.isdigit()]

    # Not a "number" with choices such as 1090 and 1310 for a 19th-century event.
    assert kinds("The abacus came to France around 1820 by way of a prisoner of war.") == [
        ("1820", "year")
    ]
    assert kinds("The brewery makes over 1100 varieties of beer.") == [("1100", "number")]


def test_an_object_pronoun_cannot_mean_its_own_clauses_subject() -> None:
    # "to it" would be "to itself" if it meant Exampleton: "it" is in the sentence before.
    assert text_of("Exampleton would bear some resemblance to it in later years.", TOWN) is None
    kept = "Exampleton was founded by Ann Smith, who gave a name to it in 1201."
    assert text_of(kept, TOWN) == kept


def test_a_numbered_list_table_is_no_results_table() -> None:
    # "#" numbers the rows (the order states ratified): nobody "finished second".
    numbered = RACE.replace("! Pos.", "! #").replace("Rider\n", "State\n", 1)
    bank = build_bank("Exampleton Grand Prix", numbered)
    assert not [q for q in bank.questions if "finished" in q.prompt]


def test_tuning15_openers_asides_and_nameless_questions_stay_out() -> None:
    # Read in the 2006 articles' banks: each of these leans on something the card does not show.
    for leaning in (
        "Alternatively, Hera kidnapped Ilithyia, the goddess of childbirth, in 1990.",
        "Thirdly, Warhol produced many portfolios of small paintings in 1970.",
        "As a note, astronaut Michael Collins was slated to fly aboard Apollo 8.",
        "Once he withdrew, Agassi requested a wildcard to enter the Delray Beach event.",
    ):
        assert text_of(leaning, TOWN) is None, leaning
    assert text_of("Once a market town, Exampleton grew around a mill in 1850.", TOWN)
    for aside in (
        "For background information on the film, see Coppola's documentary of 1991.",
        "In 1856, both men joined the fledgling Republican Party in Illinois.",
        "GDP (purchasing power parity): 18.05 billion Note: Exampleton has a gray economy.",
    ):
        assert not usable_sentence(aside), aside
    assert usable_sentence("The committee did see the plans in March 1990 in London.")
    # A question that names nothing leaves out where ("Which party is in opposition?").
    assert not question_names_something("Which party is in opposition?", "Andorra")
    assert question_names_something("Which party won the 1990 election in Andorra?", "X")
    assert question_names_something("Which gas do alkanes give off?", "Alkane")
    # The sign before a figure stays out of the gap; a model number is no quantity.
    facts, span = Facts("Alberta"), Span(0, 2, "10", "number")
    assert prompt_problem("Winters average about −_____ (number)°C in the south.", span, facts)
    text = "The eMate 300 was derived from the Newton."
    at = text.index("300")
    assert not askable_span(text, at, at + 3, "number")


def test_tuning15_damage_and_split_figures_stay_out() -> None:
    # A sentence never ends inside a link: "[[Cecil B. DeMille]]" gave "DeMille's King of
    # Kings, Rand intentionally bumped into ..." with its opening lost.
    text = (
        "'''Ada Quill''' (1905–1982) was a writer.\n\n== Life ==\nWhile working as an extra on "
        "[[Cecil B. DeMille]]'s ''King of Kings'', Quill met the actor Frank O'Connor in 1927.\n"
    )
    sentences = [s.text for s in extract_facts(parse_article("Ada Quill", text)).sentences]
    assert not any(s.startswith("DeMille") for s in sentences)
    for damaged in (
        "Arsenic and its compounds inhibit the , which is an important enzyme of metabolism.",
        "In 2006, Cambridge University Press will publish a volume on Quill's theory.",
    ):
        assert not usable_sentence(damaged), damaged
    text = "The furthest distance an astronaut has traveled was 401 056 km in 1970."
    at = text.index("401")
    assert not askable_span(text, at, at + 3, "number")
    assert not askable_span(text, at + 4, at + 7, "number")


def test_r16_names_of_monarchs_films_and_aspects_read_right() -> None:
    # "He" became "VIII" for Edward VIII; "the film" became "?" ("notes that? is"); "it"
    # became "foreign relations of Angola".
    king = parse_article(
        "Edward VIII of Exampleland",
        "{{Infobox royalty\n| birth_date = 1894\n}}\n'''Edward VIII''' (1894–1972) was king "
        "of Exampleland in 1936.\n\n== Life ==\nHe was created Prince of Wales in 1910.\n",
    )
    assert find_subject(king).name == "Edward"
    assert (
        find_subject(
            parse_article(
                "Catherine of Aragon",
                "{{Infobox royalty\n| birth_date "
                "= 1485\n}}\n'''Catherine''' (1485–1536) was a queen.\n",
            )
        ).name
        == "Catherine"
    )
    film = parse_article("? (film)", "'''''?''''' is a 2011 film by Ann Roe. It won two awards.\n")
    assert find_subject(film).name == '"?"'
    aspect = Subject("Foreign relations of Exampleland", "foreign relations of Exampleland")
    lead = Context(previous="Foreign relations of Exampleland are run by its ministry.")
    assert text_of("In 1993, it established relations with Ruritania.", aspect, lead) is None


def test_r16_critics_ranks_and_given_away_names_stay_out() -> None:
    facts, person = Facts("Exampleton"), Span(0, 9, "Ann Smith", "entity")
    for source in (
        "Ann Smith, writing for the Daily Example, notes that the film is a microcosm.",
        "In 2019, journalist Ann Smith reported that the shop would sell only vegetables.",
    ):
        start = source.index("Ann Smith")
        span = Span(start, start + 9, "Ann Smith", "entity")
        assert source_name(Sentence(source, "Reception", [span]), span), source
    gates = "In 1983, _____, co-founder and chairman of Exampleware, was given two prototypes."
    assert prompt_problem(gates, person, facts)
    country = Span(0, 12, "Soviet Union", "entity")
    assert prompt_problem(
        "Exports fell before the breakup of which country in 1991?", country, facts
    )
    year = Span(0, 4, "1942", "year")
    assert prompt_problem("The MKb42(W) rifle was first tested in _____ (year).", year, facts)
    rank = Span(0, 3, "160", "number")
    assert unit_in_prompt("Exampleland ranked _____ (number) out of 174 countries.", rank)
    assert text_of("Now, Exampleton has two labs on six continents since 1990.", TOWN) is None
    assert not usable_sentence("The airport handled 1,73 million passengers in 2019.")


def test_r16_time_bound_ranks_pinned_dates_and_partners() -> None:
    # "is the world's second-largest chipmaker after Intel": true when written, not now.
    assert not statement_ok("Exampleton Motors is the world's second-largest maker of cars.")
    assert statement_ok("Exampleton Motors became the largest maker of cars in 1992.")
    # "in _____, shortly after Angola gained its independence": the independence dates it.
    facts, year = Facts("Exampleland"), Span(0, 4, "1975", "year")
    pinned = "Ruritania signed an accord with Exampleland in _____ (year), shortly after its war."
    assert prompt_problem(pinned, year, facts)
    # A trim keeps the partner of "jointly" ("..., with Lee Byung-chull").
    text = "In 1947, Roe jointly invested in a new company, with the founder Ann Smith."
    assert trim_around(text, 3, 7)[0] == text
    # A figure alone does not say whose: "Only 3% of all commerce was with which country?"
    assert not question_names_something("Only 3% of all commerce was with which country?", "X")


def test_r16_whose_guitarist_and_which_relations() -> None:
    # "Guitarist _____ released his first solo album": of which band? "relations have
    # improved": between whom? "the arrival of even more settlers": more than what?
    facts, person = Facts("Exampleband"), Span(0, 7, "Ann Roe", "entity")
    assert prompt_problem("Guitarist _____ released his first solo album in 2011.", person, facts)
    assert not usable_sentence(
        "Following Ann Roe's visit to Exampleland in 2008, relations have improved."
    )
    assert usable_sentence("In 2008, relations with Exampleland improved after Ann Roe's visit.")
    assert not usable_sentence(
        "From 1920 to 1960, growth led to the arrival of even more settlers."
    )


def test_r17_wording_faults_stay_out() -> None:
    # "Who was built in Kharkiv in 1758–1764?" for "The St. Trinity Orthodox Cathedral".
    text = "The St. Trinity Cathedral was built in Exampleton in 1758."
    at = text.index("Trinity")
    span = Span(at, at + len("Trinity Cathedral"), "Trinity Cathedral", "entity")
    assert who_question(Sentence(text, "Churches", [span]), span, "name") is None
    text = "The St. Petroc founded a monastery in Exampleton in 540."
    at = text.index("Petroc")
    span = Span(at, at + 6, "Petroc", "entity")
    assert who_question(Sentence(text, "History", [span]), span, "name") == (
        "Who founded a monastery in Exampleton in 540?"
    )
    # "moved to Kharkiv shortly after to make it their stronghold", "during that first decade"
    assert (
        text_of("The Bolsheviks moved to Exampleton shortly after to rule it in 1917.", TOWN)
        is None
    )
    assert text_of("Exampleton United were relegated twice during that first decade.", TOWN) is None
    # A false year is not the true one's digits in another order (1654 -> 1645: a typo).
    for seed in range(30):
        year = false_year(1654, [], [1645, 1660], 2000, random.Random(seed))
        assert year is not None and sorted(str(year)) != sorted("1654")


def test_r17_open_definitions_officeholders_and_doubled_articles() -> None:
    facts, band = Facts("Rock music in Exampleland"), Span(0, 9, "Ann Smith", "entity")
    # "_____ is a folk metal band from Kiev": any such band fits.
    assert prompt_problem("_____ is a folk metal band from Exampleton.", band, facts)
    # "The Ukrainian president _____ gave Filaret his support": which president, when?
    assert prompt_problem("The Exampleland president _____ gave Roe his support.", band, facts)
    assert not prompt_problem("In 1990, the club's president _____ resigned.", band, facts)
    # A will that is no future tense stays ("In his will, written in 1890, ...").
    assert usable_sentence("In his will, written in 1890, Roe left the farm to his sons.")
    # "converted into the a place of worship", "along with other the leagues": garbled.
    assert not usable_sentence("The village was converted into the a place of worship in 1580.")
    assert not usable_sentence(
        "The league runs along with other the professional leagues since 1991."
    )


def test_r18_faults_stay_out() -> None:
    # "The video was later published ..." had become "The Video Music Awards was ...": a name
    # whose first word is the noun is its kind only before "of" ("Ministry of Defence").
    context = Context(names=[("MTV Video Music Awards", ""), ("Video Music Awards", "")])
    assert text_of("The video was later published on YouTube in October 2012.", TOWN, context) != (
        "The Video Music Awards was later published on YouTube in October 2012."
    )
    context = Context(names=[("Ministry of Defence", "")])
    assert text_of("The ministry was set up in Exampleton in 1991.", TOWN, context) == (
        "The Ministry of Defence was set up in Exampleton in 1991."
    )
    # Escaped quotes from a damaged source, "the next reign of", "irrefutably".
    assert not usable_sentence('In 1975, Roe had a hit outside Exampleland with \\"No Cry\\".')
    assert (
        text_of("By 1887, during the next reign of King Roe, a command was set up.", TOWN) is None
    )
    assert not statement_ok(
        "Roe's music irrefutably increased the visibility of Exampleland's music."
    )


def test_he_after_another_person_behind_an_opener_is_not_the_subject() -> None:
    # R18: "However, Scorsese dropped out. He was replaced by Jonathan Demme" had become
    # "Marley was replaced by Jonathan Demme".
    singer = Subject("Bob Roe", "Roe", person=True, pronoun="he")
    text = "He was replaced by Jonathan Demme, who dropped out after creative differences."
    after = Context(previous="However, Scorsese dropped out due to scheduling problems.")
    assert text_of(text, singer, after) is None
    own = Context(previous="However, Roe dropped out due to scheduling problems.")
    assert text_of(text, singer, own) == (
        "Roe was replaced by Jonathan Demme, who dropped out after creative differences."
    )


def test_a_place_field_asks_for_the_city_not_where() -> None:
    # "Where is the headquarters of X?" -> Baku, or Azerbaijan? "In which city ...?" says.
    wikitext = (
        "{{Infobox national military\n| name = Ruritanian Armed Forces\n"
        "| headquarters = [[Exampleton]]\n}}\n"
        "The '''Ruritanian Armed Forces''' are the military of [[Ruritania]], founded in 1918."
        "\n\n== History ==\nThe city of [[Exampleton]] hosted the first parade of the forces "
        "in 1920. Exampleton, a city of two million people, is the capital of Ruritania.\n"
    )
    facts = extract_facts(parse_article("Ruritanian Armed Forces", wikitext))
    items = StructuredItems(SentenceItems(facts, entity_types(facts), 0)).infobox()
    prompts = [q.prompt for item in items for q in item.options.values()]
    assert prompts == ["In which city is the headquarters of the Ruritanian Armed Forces?"]


def test_links_in_sentences_not_used_still_say_what_names_are() -> None:
    # The other clubs of a club's article are choices for "lost to which club?" even when
    # the sentences that link them give no question; a short form of "X F.C." is a club, a
    # place linked to the campaign fought there is not a campaign.
    wikitext = (
        "'''Exa Rovers F.C.''' is a football club in [[Exampleton]].\n\n"
        "Exa reached the cup final in 1949 but lost 2–0 to [[Rangers F.C.|Rangers]].\n\n"
        "They played [[Celtic F.C.|Celtic]], and he then joined [[Hibernian F.C.|Hibernian]] "
        "and [[Kilmarnock F.C.|Kilmarnock]] and [[Philadelphia campaign|Philadelphia]].\n"
    )
    facts = extract_facts(parse_article("Exa Rovers F.C.", wikitext))
    assert not any("Hibernian" in s.text for s in facts.sentences)  # ("they": not used)
    types = entity_types(facts)
    for club in ("Rangers", "Celtic", "Hibernian", "Kilmarnock"):
        assert types.kind_of(club) == ("club", "org") and club in types.sure
    assert "Philadelphia" not in types.sure


def test_a_name_the_article_keeps_returning_to_is_more_worth_asking() -> None:
    from quiz.generator.salience import salience

    facts = Facts("Ann Roe")
    facts.prose = "Roe sang with Examples. " * 8 + "Roe met Sample Person once."
    sentence = Sentence("Roe sang with Examples and met Sample Person.", "Career")
    often = Span(14, 22, "Examples", "entity")
    once = Span(31, 44, "Sample Person", "entity")
    prompt = "Roe sang with which band and met Sample Person?"
    types = EntityTypes()
    assert salience(sentence, often, "entity", facts, types, prompt) > salience(
        sentence, once, "entity", facts, types, prompt
    )


def test_d20_rejects_stay_out() -> None:
    # A share among other shares; the year that opens the window of a figure; "the region"
    # before a verb is no noun phrase "region covers"; "Einstein soon became" (after what?).
    province = Subject("Exa", "Exa", kinds=frozenset({"province", "territory"}))
    breakdown = Sentence("In Exampleton, Lutherans made up 3.3% while Baptists comprised 1.9%.", "")
    span = Span(breakdown.text.index("1.9%"), len(breakdown.text) - 1, "1.9%", "percent")
    assert reject_answer(breakdown, span, Facts("Exampleton"), EntityTypes())
    facts = Facts("Exampleton")
    for text, year, why in (
        ("Exampleton made USD1.72 billion between 1994 and 1999 exporting tin.", "1994", True),
        ("Exampleton was the capital of Wessex from 1820 to 1825.", "1820", False),
    ):
        sentence = Sentence(text, "")
        sentence.swappable = find_spans(text, [], askable=False)
        start = text.index(year)
        reason = reject_answer(sentence, Span(start, start + 4, year, "year"), facts, EntityTypes())
        assert (reason == "the date of a figure") is why  # (USD1.72 billion is money)
    region = "The region covers a distance of roughly 400 kilometres north to south."
    assert prepare(region, [], province, Context()) is None
    roe = Subject("Ann Roe", "Roe", person=True, pronoun="she")
    soon = prepare("Roe soon became a member of the Exa Academy of Sciences.", [], roe, Context())
    assert soon is not None and soon.text == "Roe became a member of the Exa Academy of Sciences."


def test_regions_and_empires_are_no_people() -> None:
    # "Roman" and "Asia" are given names too; "Western Europe" has a word used alone.
    collector = TypeCollector()
    text = "Exports went to Western Europe, the Roman Empire and Asia Minor. Europe grew."
    _see(collector, text, {name: name for name in ("Western Europe", "Roman Empire", "Asia Minor")})
    collector.text(text)
    types = collector.finish()
    assert all(types.coarse.get(n) != "person" for n in ("Western Europe", "Asia Minor"))
    assert types.kind_of("Roman Empire") == ("empire", "place")


def test_a_link_target_whose_kind_word_the_name_shows_is_sure() -> None:
    collector = TypeCollector()
    text = "Roe is a professor emeritus at the University Paris Diderot and Exa."
    _see(
        collector,
        text,
        {"University Paris Diderot": "Paris Diderot University", "Exa": "Exa University"},
    )
    types = collector.finish()
    assert "University Paris Diderot" in types.sure and "Exa" not in types.sure
    # Money to the last digit is trivia too ("appropriated $3,775,163,578"); cents are not.
    sentence = Sentence("In 2006, Exampleton appropriated $3,775,163,578 for schools.", "")
    start = sentence.text.index("$")
    span = Span(start, start + 14, "$3,775,163,578", "money")
    facts = Facts("Exampleton")
    assert reject_answer(sentence, span, facts, EntityTypes()) == "a figure to the last digit"
    wage = Sentence("Exampleton uses the federal minimum wage of $7.25 an hour.", "")
    start = wage.text.index("$")
    assert reject_answer(wage, Span(start, start + 5, "$7.25", "money"), facts, EntityTypes()) == ""


def test_a_taxobox_gives_the_order_family_and_genus() -> None:
    wikitext = (
        "{{Taxobox\n| name = Exawolf\n| regnum = [[Animal]]ia\n| classis = [[Mammalia]]\n"
        "| ordo = [[Carnivora]]\n| familia = [[Hyaenidae]]\n| genus = ''[[Proteles]]''\n}}\n"
        "The '''exawolf''' is a small insectivorous mammal native to East Africa.\n"
    )
    bank = build_bank("Exawolf", wikitext)
    asked = {q.prompt: q.answer for q in bank.questions if q.kind == "short_answer"}
    assert asked.get("To which order does the exawolf belong?") == "Carnivora"
    assert asked.get("To which family does the exawolf belong?") == "Hyaenidae"
    assert not any("class" in p for p in asked)  # "a mammal" gives Mammalia away


def test_infobox_currency_and_other_plain_fields() -> None:
    wikitext = (
        "{{Infobox country\n| conventional_long_name = Republic of Exaland\n"
        "| currency = [[Exa lek]] (EXL)\n| largestcity = [[Exampleton]]\n}}\n"
        "'''Exaland''' is a country in Europe with a long coast on the Adriatic Sea.\n"
        "\n== Economy ==\nMost trade in the Exa lek is done in Exampleton, the chief port.\n"
    )  # (the text tells both values too: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    asked = {q.prompt: q.answer for q in build_bank("Exaland", wikitext).questions}
    assert asked.get("What is the currency of Exaland?") == "Exa lek"  # not "(EXL)"
    noted = build_bank("Exaland", wikitext.replace("(EXL)", "(EXL)²")).questions  # (R33: "€)²")
    assert {q.prompt: q.answer for q in noted}.get("What is the currency of Exaland?") == "Exa lek"
    assert asked.get("What is the largest city of Exaland?") == "Exampleton"
    economy = wikitext.replace(
        "'''Exaland''' is a country in Europe", "The '''economy of Exaland''' is the economy"
    )
    bank = build_bank("Economy of Exaland", economy)
    assert not any("currency" in q.prompt for q in bank.questions)


def test_headings_inside_nested_style_tags_still_open_sections() -> None:
    # An unbalanced "''Billboard'''s" made mwparserfromhell put the last sections of a band's
    # article inside two nested italic tags: they came under the section before them.
    from mwparserfromhell.nodes import Heading, Tag, Text
    from mwparserfromhell.wikicode import Wikicode

    from quiz.generator.wikitext import _flat

    heading = Heading(Wikicode([Text("Style")]), 2)
    inner = Tag("i", Wikicode([Text("Billboard"), heading, Text("text")]), wiki_markup="''")
    outer = Tag("i", Wikicode([Text("Album"), inner]), wiki_markup="''")
    assert heading in _flat([Text("x"), outer])


def test_r19_rejects_stay_out() -> None:
    # A verb linked to its noun is no person ("ruling princes abdicated"); a place put in
    # front of a sentence about a continent ("In Germany, ... 40 million dead in Europe");
    # an infobox date "c. 6 to 4 BC" (which year?).
    collector = TypeCollector()
    text = "Emperor Exa and all ruling princes abdicated."
    collector.see(text, text.index("abdicated"), len(text) - 1, "Abdication")
    assert collector.finish().coarse.get("abdicated") != "person"
    land = Subject("Exaland", "Exaland", kinds=frozenset({"country"}))
    plague = prepare("About 40 million people died in Europe from plague.", [], land, Context())
    assert plague is not None and not plague.text.startswith("In Exaland")
    wikitext = "{{Infobox person\n| birth_date = c. 6 to 4 BC\n}}\n'''Ann Roe''' was a preacher.\n"
    assert not any("born" in q.prompt for q in build_bank("Ann Roe", wikitext).questions)


def test_a_year_that_only_dates_a_fraction_is_not_asked() -> None:
    # R19: "two-thirds of its primary energy was imported in _____" (the date of a statistic).
    text = (
        "Exaland is a large consumer of energy, and two-thirds of its energy was imported in 2002."
    )
    sentence = Sentence(text, "Economy")
    start = text.index("2002")
    reason = reject_answer(
        sentence, Span(start, start + 4, "2002", "year"), Facts("Exaland"), EntityTypes()
    )
    assert reason == "the date of a figure"


def test_a_side_figure_named_once_after_a_role_is_not_asked() -> None:
    # R19: "Trivium guitarist _____", "his high school drama teacher _____"; d20: "the
    # libertarian writer _____". A person the article names once, introduced by a role.
    from quiz.generator.salience import salience

    facts = Facts("Ann Roe")
    facts.prose = (
        "Roe studied with the poet Exa Vozny in 1950. Roe met Bob Coach. Coach taught Roe."
    )
    sentence = Sentence("Roe studied with the poet Exa Vozny in 1950.", "Early life")
    once = Span(26, 35, "Exa Vozny", "entity")
    prompt = "Roe studied with the poet _____ in 1950."
    assert salience(sentence, once, "person", facts, EntityTypes(), prompt) == 0.0
    coach = Sentence("Roe met the coach Bob Coach in 1950.", "Early life")
    again = Span(18, 27, "Bob Coach", "entity")  # named twice: worth asking
    assert salience(coach, again, "person", facts, EntityTypes(), "Roe met the coach _____.") > 0


def test_an_unbalanced_bold_mark_closes_at_its_line_end() -> None:
    # d22: table cells whose bold mark never closed made the parser swallow every heading
    # after the table in Alaska's article (Economy came under "Religion"). MediaWiki closes
    # bold and italic at the end of the line; so does the parse now.
    from quiz.generator.wikitext import _close_quotes

    q2, q3 = "'" * 2, "'" * 3
    cell = f"|align=right| {q3}62\n|-\n| {q2}Exa{q2}{q3}s chart\n== Economy ==\n"
    assert _close_quotes(cell) == (
        f"|align=right| {q3}62{q3}\n|-\n| {q2}Exa{q2}{q3}s chart{q3}\n== Economy ==\n"
    )
    assert _close_quotes(f"{q3}Exa{q3} is {q2}big{q2}.") == f"{q3}Exa{q3} is {q2}big{q2}."


def test_an_old_style_date_is_rendered_and_dates_a_life() -> None:
    # {{OldStyleDate|21 March|1839|9 March}} was an unknown template: the lead lost its dates
    # and the article was not taken for a person's (R29 draw: 3 questions from a long life).
    wikitext = (
        "'''Ivan Petrovich Exov''' ({{OldStyleDate|21 March|1839|9 March}} – "
        "{{OldStyleDate|28 March|1881|16 March}}) was a Russian composer.\n\n"
        "== Life ==\nHe was born in [[Karevo]]. He moved to [[Saint Petersburg]] in 1849.\n"
    )
    article = parse_article("Ivan Petrovich Exov", wikitext)
    facts = extract_facts(article)
    assert facts.subject.person and facts.subject.name == "Exov"
    assert "(21 March 1839 – 28 March 1881)" in article.sections[0].blocks[0].text


def test_an_observatory_a_memorial_or_a_speech_is_a_kind_of_subject() -> None:
    # "the observatory" in an observatory's article is the subject (R29 draw: refused before).
    for title, kind in (
        ("Exa Bank Observatory", "observatory"),
        ("Exa Memorial", "memorial"),
        ("Exa speech", "speech"),
    ):
        wikitext = (
            f"The '''{title}''' is a famous {kind} near [[Exampleton]].\n\n== History ==\n"
            f"The {kind} was opened to visitors in 1957 by [[Ann Roe]].\n"
        )
        facts = extract_facts(parse_article(title, wikitext))
        assert kind in facts.subject.kinds
        assert any("opened to visitors in 1957" in s.text for s in facts.sentences), title


def test_a_person_is_called_by_the_name_the_article_uses() -> None:
    # d35/R29: "Laurido" (a mother's surname, last in the title) and "Corbeil" (never used
    # alone) for "Julio Alfredo Jaramillo Laurido" and "William de Corbeil".
    from quiz.generator.usednames import used_name as _used_name

    prose = "William was elected in 1123. William died in 1136. William was buried at Exa. "
    assert _used_name("William de Corbeil", "Corbeil", prose + "William de Corbeil.") == "William"
    sung = "Jaramillo sang boleros. Jaramillo toured Chile. Jaramillo died in 1978."
    assert _used_name("Julio Alfredo Jaramillo Laurido", "Laurido", sung) == "Jaramillo"
    named = "Roe sang. Roe toured. Ann Roe and Ann Smith met. Ann Roe died."
    assert _used_name("Ann Roe", "Roe", named) == "Roe"  # ("Ann" only beside "Roe")


def test_only_a_life_before_the_leads_verb_makes_a_person() -> None:
    # Wars, units and cars were taken for people from years in brackets (every "He" and
    # "the war" then resolved wrongly); a pharaoh known only by "d. 1525 BC" was not.
    def person(title: str, lead: str, infobox: str = "") -> bool:
        article = parse_article(title, f"{infobox}'''{title}''' {lead}\n")
        return extract_facts(article).subject.person

    assert not person("Exa War", "(1775–1783) was a war between Exaland and Ruritania.")
    assert not person(
        "Exagon",
        "is a unit of current. It is named after Ann Roe (1775–1836), a physicist.",
    )
    assert not person(
        "Exa Mini", "(1959–1967) was a small car.", "{{Infobox automobile\n| name = Exa\n}}\n"
    )
    assert person("Exhotep I", "(d. 1525 BC) was a pharaoh of Egypt.")
    assert person("Ann Roe", "(20 May 1901 – 26 November 1981) was a Dutch chess player.")
    assert person(
        "Bob Roe",
        "was a chess player.",
        "{{Infobox chess player\n| playername = Bob Roe\n| datebirth = 1901\n}}\n",
    )
