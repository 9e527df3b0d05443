"""Stop 42's mends, made general: time-bound and yearless sentences, placeholder and shared
infobox values, impossible false dates, a ship by its own name, and trivia of a model's career."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.careers import career_otherwise
from quiz.generator.copied import points_back
from quiz.generator.definites import resolve_backrefs
from quiz.generator.falsify import _before_the_web
from quiz.generator.generate import build_bank
from quiz.generator.infobox import list_value
from quiz.generator.sentences import usable_sentence as usable
from quiz.generator.subject import find_subject
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import NOT_WORTH


def _asked(title: str, text: str) -> dict[str, str]:
    return {q.prompt: q.answer for q in build_bank(title, text).questions}


def test_sentences_true_only_when_written_are_not_used() -> None:
    assert not usable("Arrow 3 is expected to enter service in the near future.")
    assert not usable("Ann Exa has held the office of Mayor of Exton since 2000.")
    assert not usable("In 2008, Exa announced the recent end of her relationship with Ned Vark.")
    assert usable("Ann Exa held the office of Mayor of Exton from 2000 to 2008.")


def test_a_day_and_month_with_no_year_is_not_used() -> None:
    assert not usable("Exa departed Exton on 19 November and arrived at Wyton on 27 November.")
    assert not usable("On 3 June, the Exton club won the cup at Wyton Park.")
    assert usable("On 3 June 1990, the Exton club won the cup at Wyton Park.")
    assert usable("The Exton club won the cup at Wyton Park on June 3, 1990.")
    assert usable("In 1990, on 3 June, the Exton club won the cup at Wyton Park.")


def test_placeholder_and_shared_values_are_not_asked() -> None:
    text = (
        "{{Infobox intelligence agency\n| name = Exa\n| headquarters = Classified\n"
        "| formed = 1949\n}}\n"
        f"{Q}Exa{Q} is the national intelligence agency of Exland. Exa was formed in 1949.\n"
    )
    assert not any(a == "Classified" for a in _asked("Exa", text).values())
    assert list_value("Ultrabeat v Scott Brown", "text", "artist")
    assert list_value("Ann Exa vs. Ned Vark", "text", "artist")
    assert not list_value("Ann Exa", "text", "artist")


def test_a_position_abbreviated_a_bare_branch_and_a_rank_promoted_past() -> None:
    assert career_otherwise("position", "HB", "Exa was a halfback at Exton.")
    assert not career_otherwise("position", "Halfback", "Exa was a halfback at Exton.")
    assert career_otherwise("branch", "Army", "Exa served in the Exland Army.")
    assert not career_otherwise("branch", "Exland Army", "Exa served in the Exland Army.")
    promoted = "During his command, Exa was promoted to Marshal of Exland in 1952."
    assert career_otherwise("rank", "General of the Army", promoted)
    assert not career_otherwise("rank", "General of the Army", "Exa commanded the army.")


def test_a_false_leap_day_falls_in_a_leap_year() -> None:
    from quiz.generator.facts import extract_facts
    from quiz.generator.generate import entity_types
    from quiz.generator.items import CENTRAL_SHARE, SentenceItems

    text = (
        f"{Q}Exton{Q} is a town in Exland. Exton was founded on February 29, 1756 by Ann "
        "Exa. In 1790 Exton became a city.\n"
    )
    falses = []
    for seed in range(6):
        facts = extract_facts(parse_article("Exton", text))
        items = SentenceItems(facts, entity_types(facts), seed, CENTRAL_SHARE)
        for sentence in facts.sentences:
            for fact in items.items(sentence):
                if "tf_false" in fact.options and "February" in fact.options["tf_false"].prompt:
                    falses.append(int(fact.options["tf_false"].prompt.split(", ")[1][:4]))
    assert falses and all(y % 4 == 0 and (y % 100 or y % 400 == 0) for y in falses), falses


def test_a_false_year_before_the_web_for_a_thing_of_the_web() -> None:
    assert _before_the_web(1991, "Exa created an online animated series called Exo.")
    assert _before_the_web(1996 - 10, "The Exa Foundation was created from Wikipedia.")
    assert not _before_the_web(2005, "Exa created an online animated series called Exo.")
    assert not _before_the_web(1991, "Exa created an animated series called Exo.")


def test_a_ship_is_named_without_its_navy_and_kind() -> None:
    title = "Exlandic battleship Exa"
    text = (
        f"{Q}Exa{Q} was a battleship of the Exlandic Navy. Exa was sunk in 1917. Exa was "
        "built at Exton. She served in the war.\n"
    )
    assert find_subject(parse_article(title, text)).name == "Exa"


def test_another_name_ending_in_the_title_word_is_left_alone() -> None:
    from quiz.generator.references import Context, Edits
    from quiz.generator.subject import Subject

    tower = Subject("Tower of Exton", "the Tower of Exton")
    sentence = "In 1483 the castle was the prison of the Princes in the Tower."
    edits = Edits(sentence)
    resolve_backrefs(sentence, tower, Context(), edits, [])
    assert "Tower of Exton" not in edits.apply([])[0]
    sentence = "Fire destroyed most of the Tower in 1483."
    edits = Edits(sentence)
    resolve_backrefs(sentence, tower, Context(), edits, [])
    assert "most of the Tower of Exton" in edits.apply([])[0]


def test_trivia_of_a_career_and_platitudes_are_not_worth_asking() -> None:
    assert NOT_WORTH.search("In June 2006 Exa was in a photo shoot for Exa Bild.")
    assert NOT_WORTH.search("In September 2006, Exa was in a fashion shoot in Exton.")
    assert NOT_WORTH.search("The Tower of Exton has played a prominent role in Exland's history.")
    assert not NOT_WORTH.search("Exa shot the film in Exton in 2006.")


def test_r200_names_the_text_uses_and_an_institution_of_a_place() -> None:
    def name(title: str, text: str) -> str:
        return find_subject(parse_article(title, text)).name

    lee = (
        f"{Q}Lee Sze Ming{Q} (born 1979) is an Exlandic footballer. He scored for Exland "
        "against Wyton in 2005. Lee also plays for the Exton club.\n"
    )
    assert name("Lee Sze Ming", lee) == "Lee"  # the text never uses "Ming" alone
    ann = f"{Q}Ann Exa{Q} (born 1979) is an Exlandic footballer. Exa played for Exton.\n"
    assert name("Ann Exa", ann) == "Exa"
    council = f"{Q}Council of Exland{Q} was convened in 1917. Council of Exland met in 1918.\n"
    assert name("Council of Exland", council) == "the Council of Exland"
    game = (
        "{{Infobox CVG\n| title = Exlancer\n}}\n"
        f"{Q}Exlancer{Q} is a space game. The exlancer must escort a convoy; the exlancer "
        "wins; a exlancer is hired; the exlancer flies.\n"
    )
    assert name("Exlancer", game) == "Exlancer"  # a game's name stays capitalised


def test_r200_a_player_s_list_an_approximate_death_and_a_distance() -> None:
    from quiz.generator.salience import DISTANCE

    assert not usable("Exa is on the 60-day disabled list with a sprained right elbow.")
    assert DISTANCE.match(" miles north west of Taunton, the county town.")
    text = (
        "{{Infobox royalty\n| name = Ann Exa\n| death_date = after 1143\n"
        "| birth_place = [[Exton]]\n}}\n"
        f"{Q}Ann Exa{Q} (c. 1100 – after 1143) was an Exlandic noblewoman of Exton.\n"
    )
    assert "after 1143" not in _asked("Ann Exa", text).values()


def test_r201_a_person_met_before_by_a_given_name_alone() -> None:
    from quiz.generator.people import bare_given_name

    prose = "Ann Exa married Miles de Wyton in 1121. Miles de Wyton was made Earl of Exton."
    assert bare_given_name("Exa is buried at Exton Priory, founded by Miles in 1136.", prose, "")
    assert not bare_given_name("Exa is buried at Exton Priory, founded in 1136.", prose, "")
    named = "Exa was born to Henry of Exton and Eleanor of Aquitaine in 1166."
    assert not bare_given_name(named, prose + " Eleanor Vark was a queen.", "")
    own = "Exa became the favourite of John Exa in 1173."
    assert not bare_given_name("In 1173 John was crowned at Exton.", own, "John, King of Exland")


def test_r201_rankings_unnamed_helpers_and_a_death_the_lead_dates_otherwise() -> None:
    from quiz.generator.otherwise import born_otherwise

    assert NOT_WORTH.search("In 2008, FHM named Exa the 16th Sexiest Woman in the World.")
    assert NOT_WORTH.search("Exa and two other people organized the church in Exton in 1843.")
    lead = "Ann Exa (December 27, 1908 in St. Exton, Exshire – August 8, 1999 in Wyton) was a"
    assert born_otherwise("death_date", "21 August 1999", f"{lead} footballer.")
    assert not born_otherwise("death_date", "8 August 1999", f"{lead} footballer.")
    assert not born_otherwise("birth_date", "27 December 1908", f"{lead} footballer.")


def test_r201_a_definition_by_the_title_s_head_and_a_founding_dated_two_ways() -> None:
    from quiz.generator.careers import given_otherwise
    from quiz.generator.substance import says_the_title

    assert says_the_title(
        "The Problem of Exa is a logical problem related to religion.", "Problem of Exa"
    )
    assert not says_the_title(
        "The Problem of Exa is a puzzle related to religion.", "Problem of Exa"
    )
    founded = [("foundation", "1998")]
    assert given_otherwise("Exa Films is a studio established in 1995 by Exa TV.", founded)
    assert not given_otherwise("Exa Films is a studio established in 1998 by Exa TV.", founded)
    assert not given_otherwise("Exa Films made Exo in 1995.", founded)
    text = (
        "{{Infobox company\n| name = Exa Films\n| foundation = 1998\n}}\n"
        f"{Q}Exa Films{Q} is a film studio established in 1995 by Exa TV in Exland.\n"
    )
    assert not any("1998" in a or "1995" in a for a in _asked("Exa Films", text).values())


def test_r201_copied_slips_of_grammar() -> None:
    assert not usable("Exa Films's productions have became both critical and commercial hits.")
    assert not usable("Exa Hall is a 18th-century farmhouse in the village of Exton.")
    assert not usable("WEXA-TV is a NBC-affiliated television station located in Exton.")
    assert usable("WEXA-TV is an NBC-affiliated television station located in Exton.")
    assert usable("Exa Hall is a 180-acre farm in the village of Exton, built in 1790.")


def test_r201_no_wh_question_with_the_answer_s_appositive_after_its_verb() -> None:
    from quiz.generator.facts import Sentence
    from quiz.generator.questions import which_object_question
    from quiz.generator.spans import Span

    def ask(text: str, answer: str) -> str | None:
        start = text.index(answer)
        span = Span(start, start + len(answer), answer, "entity")
        return which_object_question(Sentence(text, "", [span]), span)

    appositive = "Exa joined the Berne Union, a community of insurers, in 1994."
    assert ask(appositive, "Berne Union") is None
    plain = ask("Exa joined the Berne Union in 1994.", "Berne Union")
    assert plain == "Which union did Exa join in 1994?"


def test_r202_a_reference_glued_to_the_next_word_and_codes_after_a_place() -> None:
    article = parse_article(
        "Exa Forest",
        f"{Q}Exa Forest{Q} covers {{{{convert|2450|ha}}}}<ref>x</ref>and contains woods.<ref>"
        "y</ref> It is old<ref>z</ref>.\n",
    )
    text = " ".join(b.text for s in article.sections for b in s.blocks)
    assert "2,450 ha and contains" in text and "old." in text
    infobox = (
        "{{Infobox ice hockey player\n| name = Ann Exa\n| birth_place = Exton, AB, CAN\n}}\n"
        f"{Q}Ann Exa{Q} (born 1990) is an Exlandic ice hockey centre.\n"
    )
    assert "Exton, AB, CAN" not in _asked("Ann Exa", infobox).values()


def test_r202_a_birth_year_asked_without_the_appositive_after_it() -> None:
    from quiz.generator.facts import Sentence
    from quiz.generator.questions import when_question
    from quiz.generator.spans import Span

    text = "Exa was born in 1394, the third son of King Ned of Exland."
    span = Span(text.index("1394"), text.index("1394") + 4, "1394", "year")
    assert when_question(Sentence(text, "", [span]), span) == "In what year was Exa born?"


def test_r203_a_statement_past_the_lead_dated_to_the_month_or_day() -> None:
    from quiz.generator.salience import weak_past_lead

    assert weak_past_lead("On June 20, 2000, Exa made his first title defense in Exton.", "tf_true")
    assert weak_past_lead("In August 1998, Exa returned to Camp Exton for duty.", "tf_true")
    assert not weak_past_lead("In 1998, Exa returned to Camp Exton for duty.", "tf_true")
    assert weak_past_lead("In July 1985, Exa attended the Exland War College.", "tf_false")
    assert not weak_past_lead("On 5 July 1985, Exa attended the Exland War College.", "tf_false")
    from quiz.generator.items import FactItems
    from quiz.generator.select import Bank
    from quiz.model import Question

    def statement(section: str, prompt: str) -> FactItems:
        fact = FactItems("k", 3, prompt, section, "date", 2.0)
        fact.options["tf_true"] = Question(id="k", kind="true_false", prompt=prompt, answer="True")
        return fact

    dated = "On June 20, 2000, Exa made her first title defense against Ned Vark in Wyton."
    assert not Bank().room(statement("Career", dated), "tf_true")
    assert Bank().room(statement("", dated), "tf_true")  # (the lead's)
    undated = "In 2000, Exa made her first title defense against Ned Vark in Wyton."
    assert Bank().room(statement("Career", undated), "tf_true")


def test_r203_a_definition_with_another_name_and_the_kind_of_a_city_s_body() -> None:
    from quiz.generator.questions import class_word
    from quiz.generator.substance import says_the_title

    said = "Exa testing or exa research is the use of animals in experimentation."
    assert says_the_title(said, "Exa testing", 3, "exa testing")
    assert class_word("City of Exton Corporation") == "corporation"
    assert class_word("City of Exton") == "city"
    assert class_word("Treaty on Conventional Armed Forces") == "treaty"


def test_r204_a_misspelling_the_source_made_is_not_copied() -> None:
    from quiz.generator.spelling import misspelt

    assert misspelt("The university concluded that Exa was eiligible for the team.") == "eiligible"
    assert misspelt("Exa gianed a place in the preceeding season's team.") == "preceeding"
    for fine in (
        "The colour of the organised neighbouring programme was recognised.",  # British
        "The radionuclides and hoplites crystallised near the floodwaters.",  # forms, compounds
        "Exa described the phosphonate and Exa japonicus in the clientele.",  # terms, accents
    ):
        assert misspelt(fine) == "", fine
    repeated = "The exaglossa is a plant. The exaglossa grows in Exton."
    assert misspelt("The exaglossa flowers in spring.", repeated) == ""
    text = f"{Q}Ann Exa{Q} (born 1970) is an Exlandic footballer who was eiligible in 1990.\n"
    assert not any("eiligible" in p for p in _asked("Ann Exa", text)), _asked("Ann Exa", text)


def test_r205_unseen_direction_marks_are_dropped() -> None:
    from quiz.generator.sentences import clean_space

    assert (
        clean_space("shared with the leader \u200eŽivko Vark")
        == "shared with the leader Živko Vark"
    )
    assert clean_space("shared with \u200fVark.") == "shared with Vark."


def test_r206_a_common_noun_is_no_place_and_copied_slips() -> None:
    from quiz.generator.standalone import _in_place
    from quiz.generator.subject import Subject

    organ = Subject("Exabellum", "exabellum", kinds=frozenset({"region"}))
    assert _in_place("Research into its function was done via lesion studies.", [], organ) is None
    town = Subject("Exton", "Exton", kinds=frozenset({"town"}))
    placed = _in_place("Healthcare is financed by a levy on wages.", [], town)
    assert placed is not None and placed[0].startswith("In Exton, healthcare")
    assert not usable("Exton is a both a city and a district in the Exa Department.")
    assert not usable("Ned Lee DeGolyer. was a prominent oilman and geophysicist in Exton.")
    assert not usable("Exa returned to Exland on January 1879 and died in Exton in March.")
    assert usable("Exa Corp. was founded in Exton by Ned Vark and Ann Exa in 1879.")


def test_r206_an_office_held_again_a_count_given_two_ways_and_a_success_in_what() -> None:
    from quiz.generator.careers import given_otherwise

    box = (
        "{{Infobox officeholder\n| name = Ann Vole\n| office = Governor of Exland\n"
        "| successor = Ned Vark\n| office2 = Governor of Exland\n| successor2 = Ann Roe\n"
        "| birth_date = 1592\n}}\n"
    )
    lead = (
        f"{Q}Ann Vole{Q} (born 1592) was an Exlandic colonist who governed Exland. Ned Vark "
        "and Ann Roe governed it after Vole.\n"
    )
    asked = [q.prompt for q in build_bank("Ann Vole", box + lead).questions]
    assert asked and not any("succeeded" in p for p in asked)  # (which of her two terms?)
    mayor = box.replace("office2 = Governor of Exland", "office2 = Mayor of Exton")
    asked = [q.prompt for q in build_bank("Ann Vole", mayor + lead).questions]
    assert "Who succeeded Ann Vole as Governor of Exland?" in asked  # (one term: one answer)
    capacity = [("capacity", "42,788")]
    assert given_otherwise("Exa Park is a stadium with a seating capacity of 42,786.", capacity)
    assert not given_otherwise("Exa Park is a stadium with a seating capacity of 42,788.", capacity)
    assert points_back("Hill was successful in 1950, becoming MP for Exton.")
    assert not points_back("Hill was successful in business before 1950.")


def test_r206_a_population_with_no_year_and_a_compound_s_misspelt_half() -> None:
    from quiz.generator.spelling import misspelt
    from quiz.generator.trim import time_bound_cut

    assert not usable("The population of Exton proper is 9,688 and growing each year.")
    assert usable("The population of Exton was 9,688 at the 2000 census, up from 1990.")
    town = "Exton is a town in eastern Exland, with a population of 10,281."
    assert time_bound_cut(town, 0, len(town))[0] == "Exton is a town in eastern Exland."
    dated = "Exton is a town in eastern Exland, with a population of 10,281 in 2010."
    assert time_bound_cut(dated, 0, len(dated))[0] == dated
    assert misspelt("In 1874, Exa went into a self-impossed exile in Exland.") == "impossed"


def test_r208_r209_a_body_named_before_a_job_for_a_position_and_a_club_for_a_town() -> None:
    import random

    from quiz.generator.careers import given_otherwise
    from quiz.generator.choices import year_choices
    from quiz.generator.references import Context, Edits
    from quiz.generator.subject import Subject

    exa = Subject("Exa Scholarship", "the Exa Scholarship")
    for text in (
        "There have been more than 7,000 Exa Scholars since the inception of the Trust.",
        "In 1938 Exa graduated from the University's School of Law in Exton.",
    ):
        assert not resolve_backrefs(text, exa, Context(), Edits(text), []), text
    assert NOT_WORTH.search("After four seasons, Exa moved to the Football League.")
    assert career_otherwise("position", "Co-founder of Exa Films", "Exa founded Exa Films.")
    assert not career_otherwise("position", "Goalkeeper", "Exa was a goalkeeper.")
    born = [("birth_date", "August 27, 1904")]
    assert given_otherwise("Ann Exa (April 27, 1904 – June 6, 1987) was an economist.", born)
    assert not given_otherwise("Ann Exa (August 27, 1904 – June 6, 1987) was an economist.", born)
    picked = year_choices("954", [], [], random.Random(1), 1, 2020)
    assert picked and all(abs(int(y) - 954) >= 5 for y in picked), picked
    modern = year_choices("1954", [], [], random.Random(1), 1, 2020)
    assert any(abs(int(y) - 1954) < 5 for y in modern), modern


def test_r208_a_football_club_named_for_its_town_is_asked_as_a_club() -> None:
    from quiz.generator.facts import Sentence
    from quiz.generator.insitu import insitu_question
    from quiz.generator.spans import Span

    text = "Exa was loaned out three times at Exton and finished his career with Wyton Town."
    start = text.index("Wyton Town")
    club = Span(start, start + 10, "Wyton Town", "entity", "Wyton Town F.C.")
    asked = insitu_question(Sentence(text, "", [club]), club, "town", "place")
    assert asked is not None and "with which club?" in asked, asked
    town = Span(start, start + 10, "Wyton Town", "entity", "Wyton Town")
    asked = insitu_question(Sentence(text, "", [town]), town, "town", "place")
    assert asked is not None and "with which town?" in asked, asked


def test_r210_a_definition_that_names_the_title_again_is_given_away() -> None:
    from quiz.generator.substance import says_the_title

    assert says_the_title("Air Exton is an airline based in Exton, Exland.", "Air Exton", 3)
    assert says_the_title("Exa Day is a convention sponsored by Exa Workshop.", "Exa Day", 3)
    assert says_the_title("The Vestals were priestesses of Vesta in Rome.", "Vestals", 3)
    assert not says_the_title("Air Exton is an airline based in Wyton, Exland.", "Air Exton", 3)
    born = "Ann Exa was born in 1858 in Exton to David and Margaret Exa, farmers."
    assert not says_the_title(born, "Ann Exa", 3)  # (a family's name is no definition)


def test_r212_no_false_year_of_what_someone_became_won_or_was_named_past_the_lead() -> None:
    from quiz.generator.salience import weak_past_lead

    for weak in (
        "In 1974, Exa became defensive coordinator for the Exton Hurricanes.",
        "Exa was named Lamont University Professor in 1976.",
        "In 1983, Exa won the inaugural Exa Sports Award for basketball.",
        "Exa graduated from Exton University with a law degree in 1948.",
    ):
        assert weak_past_lead(weak, "tf_false"), weak
    assert not weak_past_lead("Exa joined the Exton Navy in 1974.", "tf_false")
    assert not weak_past_lead("Exa was born in 1974 and became a lawyer.", "tf_false")
    assert not weak_past_lead("In 1974, Exa became defensive coordinator in Exton.", "tf_true")


def test_r214_r215_a_family_the_name_gives_and_two_positions_in_one() -> None:
    from quiz.generator.unaskable import unaskable_fields

    fields = [("ordo", "Artiodactyla"), ("familia", "Hippopotamidae"), ("genus", "Choeropsis")]
    assert unaskable_fields(fields, "Pygmy hippopotamus") == {"familia"}
    assert unaskable_fields(fields, "Liberian forest beast") == set()
    aster = [("ordo", "Asterales"), ("familia", "Asteraceae")]
    assert unaskable_fields(aster, "Tagetes lucida") == {"ordo"}
    assert career_otherwise("position", "Shooting guard-Small forward", "Exa was a guard.")


def test_r217_nearby_and_an_appointment_to_no_post_lean_back() -> None:
    from quiz.generator.wording import OBJECTLESS

    assert points_back("Exa died in 1990 at the hospital in nearby Wyton.")
    assert not points_back("Exa died in 1990 at the hospital in Wyton, near Exton.")
    assert OBJECTLESS.search("Exa was appointed by President Ned Vark and confirmed in 2004.")
    assert not OBJECTLESS.search("Exa was appointed ambassador to Exland by Ned Vark in 2004.")


def test_r218_r219_a_place_s_codes_written_out_and_a_value_s_stray_full_stop() -> None:
    from quiz.generator.gazetteer import written_out

    assert written_out("Provost, AB, CAN") == "Provost, Alberta"
    assert written_out("London, ON") == "London, ON"  # (Ontario, or a region of Nigeria?)
    assert written_out("Exton, USA") == "Exton"
    assert written_out("Paris, France") == "Paris, France"
    text = (
        "{{Infobox stadium\n| name = Exa Stadium\n| opened = June 1999.\n| owner = Exa Co.\n}}\n"
        f"{Q}Exa Stadium{Q} is a stadium in Exton, Exland.\n"
        "\n== History ==\nBuilding work on the stadium ended in 1999.\n"
    )  # (the text tells the year too: since stop 56 an infobox line it never tells is not
    # asked, mentions.returned_to)
    answers = _asked("Exa Stadium", text).values()
    assert "June 1999" in answers and "June 1999." not in answers, answers
