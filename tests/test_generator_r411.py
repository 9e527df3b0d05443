"""R411-R412 (fresh pool p112, code a0a9c03: 71/77 and 96/98) and the last read: a character a
writer left as its code point is read back ("Bezi<U+00E9>res"); a results table's "why" pairs
each cell with its heading, not "1 | 45 | Scott Redding | ..."; a death the lead only presumes
("[assumed dead]") is not asked."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.generate import build_bank
from quiz.generator.ingest import prepare_wikitext


def test_a_character_left_as_its_code_point_is_read_back() -> None:
    assert prepare_wikitext("Bezi<U+00E9>res, <U+30C6><U+30AA>.") == "Beziéres, テオ."
    assert prepare_wikitext("a lone <U+D800> half") == "a lone  half"  # (no surrogate)
    assert prepare_wikitext("U+00E9 and <U+00E9") == "U+00E9 and <U+00E9"  # (not a code)


def test_a_results_tables_why_pairs_each_cell_with_its_heading() -> None:
    riders = ["Ann Vole", "Ben Okoro", "Carl Durand", "Dan Ferris", "Eve Garnier"]
    rows = "".join(f"|-\n| {i} || [[{r}]] || Exmoto\n" for i, r in enumerate(riders, 1))
    text = (
        "{{Infobox Grand Prix race report\n| Location = [[Exmoor Park]]\n}}\n"
        f"{Q}The 2008 Exland motorcycle Grand Prix{Q} was a motorcycle race.\n\n"
        '== MotoGP classification ==\n{| class="wikitable"\n! Pos. !! Rider !! Manufacturer\n'
        f"{rows}|}}\n"
    )
    bank = build_bank("2008 Exland motorcycle Grand Prix", text)
    first = next(q for q in bank.questions if "finished first" in q.prompt)
    assert first.context == "Pos.: 1; Rider: Ann Vole; Manufacturer: Exmoto"


def test_a_death_the_lead_only_presumes_is_not_asked() -> None:
    box = "{{Infobox royalty\n| name = Radamex II\n| death_place = [[Tranox Palace]]\n}}\n"
    lead = (
        f"{Q}Radamex II{Q} (23 September 1829 – 12 May 1863 [assumed dead]) was king of "
        "Exland. He was strangled at [[Tranox Palace]].\n\n==Reign==\nHe ruled from 1861.\n"
    )
    prompts = [q.prompt for q in build_bank("Radamex II", box + lead).questions]
    assert not [p for p in prompts if "die" in p]  # (R412: "Where did Radama II die?")
    sure = [
        q.prompt
        for q in build_bank("Radamex II", box + lead.replace(" [assumed dead]", "")).questions
    ]
    assert "Where did Radamex II die?" in sure


def test_a_flights_date_is_asked_as_its_accidents() -> None:
    from quiz.generator.kindwording import WORK_WORDING, fitted_question

    asked = fitted_question(WORK_WORDING, "date", "Exland Flight 901", "airliner accident", "date")
    assert asked == "When did the Exland Flight 901 accident take place?"  # (R411: the route
    # ran from 1977, "When did Air New Zealand Flight 901 take place?" had two answers)
    hijack = fitted_question(WORK_WORDING, "date", "Exland Flight 9", "airliner incident", "date")
    assert hijack == "When did the Exland Flight 9 incident take place?"
    battle = fitted_question(WORK_WORDING, "date", "Battle of Exmoor", "military conflict", "date")
    assert battle == "When did Battle of Exmoor take place?"  # (no flight: as before)


def test_a_county_is_not_asked_where_the_lead_places_the_subject_in_two() -> None:
    from quiz.generator.otherwise import in_two

    assert in_two(
        "county", "It is a school district in Arm County, Exland and Clar County, Exland."
    )
    assert in_two("subdivision_county".removeprefix("subdivision_"), "In Arm and Clar counties.")
    assert not in_two("county", "It is a town in Arm County, near Exton and Wyton.")
    assert not in_two("party", "In Arm County and Clar County.")  # (no place level)


def test_a_crows_genus_is_given_away_by_its_name() -> None:
    from quiz.generator.taxa import said_by_its_name

    assert said_by_its_name("Corvus", "Hooded Crow", frozenset())  # (R411)
    assert not said_by_its_name("Corvus", "Hooded Exbird", frozenset())


def test_a_taxoboxs_latin_ranks_are_labelled_in_english() -> None:
    from quiz.generator.article import InfoboxField

    assert InfoboxField.named("ordo", "Passeriformes", []).label == "Order"
    assert InfoboxField.named("birth_place", "Exton", []).label == "Birth place"
    assert InfoboxField.named("familia", "Corvidae", []).label == "Family"
