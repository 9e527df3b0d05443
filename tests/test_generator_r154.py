"""Review R154-R155's failures, made general: a pronoun after a fronted name, a definition
that says what a comma title says, a birth date the text calls debated, one end of a brief
span, puffery in a statement."""

from __future__ import annotations

from test_generator_r73 import Q
from test_generator_r122 import prompt_answers

from quiz.generator.careers import career_otherwise
from quiz.generator.checks import statement_ok
from quiz.generator.infobox import POINTER_VALUE
from quiz.generator.otherwise import born_otherwise
from quiz.generator.references import Context
from quiz.generator.salience import HONOUR
from quiz.generator.sentences import usable_sentence
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject, find_subject
from quiz.generator.substance import says_the_title
from quiz.generator.wikitext import parse_article
from quiz.generator.wording import broken_copy, leans_back


def test_a_name_fronted_before_he_keeps_a_comma_before_the_subject() -> None:
    player = Subject("Ann Exa", "Ann Exa", person=True, pronoun="he")
    name = player.mention(start=False)
    made = prepare("With Maccabi he won five national championships.", [], player, Context())
    assert (
        made is not None and made.text == f"With Maccabi, {name} won five national championships."
    )
    made = prepare("In 1999 he won five national championships.", [], player, Context())
    assert made is not None and made.text == f"In 1999 {name} won five national championships."


def test_a_definition_saying_only_what_a_comma_title_says() -> None:
    township = "Otter Creek Township, Mercer County, Pennsylvania"
    said = "Otter Creek Township is a township in Mercer County, Pennsylvania, United States."
    assert says_the_title(said, township)
    assert says_the_title(
        "Price County is a county in the U.S. state of Wisconsin.", "Price County, Wisconsin"
    )
    assert not says_the_title(
        "Brunswick is the major urban and economic center in southeastern Georgia.",
        "Brunswick, Georgia",
    )  # (it says more than its kind)
    assert not says_the_title(
        "Otter Creek Township received its name from the creek's otters.", township
    )
    assert not says_the_title("Price County is a county in Wisconsin.", "Price County")  # (R70)


def test_a_birth_date_the_text_calls_debated_is_not_asked() -> None:
    prose = (
        "Exa was born in Humble, Texas, on December 24, 1905, although his exact birthdate is "
        "debated by some biographers."
    )
    assert born_otherwise("birth_date", "December 24, 1905", prose)
    assert not born_otherwise("birth_date", "December 24, 1905", prose.split(", although")[0] + ".")


def test_one_end_of_a_brief_span_is_no_gap() -> None:
    lead = (
        f"{Q}Jan Exa{Q} (January 7, 1881 - April 24, 1959) was an Exland baseball player and "
        "coach. Exa {} coached and played minor league baseball from 1905 to 1908.\n"
        "\n== Career ==\nExa first played for the Exton Reds in 1905.\n"
    )  # (not "1905 to 1906": an end a year off the other gives it away, R257; the second
    # sentence tells 1905 again: since stop 56 a year told once is not asked, mentions.returned_to)
    gaps = [p for p in prompt_answers("Jan Exa", lead.format("also")) if "_____" in p]
    assert any("1908" in p or "1905" in p for p in gaps), gaps  # (one end of a span is asked)
    gaps = [p for p in prompt_answers("Jan Exa", lead.format("briefly")) if "_____" in p]
    assert not any("1908" in p or "1905" in p for p in gaps), gaps  # (not of a brief one)


def test_puffery_makes_no_statement() -> None:
    assert not statement_ok("Exa is the manager of future dancehall super-star Ann Vark.")
    assert not statement_ok("The status of Exland title is unique among titles in Vark.")
    assert statement_ok("Exa is the manager of the dancehall singer Ann Vark since 2004.")


def test_the_day_of_a_register_listing_is_not_asked() -> None:
    lead = (
        f"{Q}Exa Bank{Q} is a heritage-listed bank at 1 Vark Street, Exton, Exland. It was built "
        "in 1885 by the architect Ann Ploy. Exa Bank was {} on 26 May 2000.\n"
        "\n== History ==\nThe Exton Society restored the bank's hall in 2000.\n"
    )  # (2000 told twice: since stop 56 a year told once is not asked, mentions.returned_to)
    listed = prompt_answers("Exa Bank", lead.format("added to the Exland Heritage Register"))
    opened = prompt_answers("Exa Bank", lead.format("opened by the Exland Governor"))
    assert "26 May 2000" in opened.values(), opened  # (a day in the lead is asked)
    assert "26 May 2000" not in listed.values(), listed  # (not a register's listing day)


def test_a_definition_naming_only_the_title_says_the_title() -> None:
    assert says_the_title("The rupee is the currency of Pakistan.", "Pakistani rupee")
    academy = "Academia Mexicana de Derechos Humanos"
    assert says_the_title(f"{academy} is a human rights group based in Mexico.", academy)
    assert not says_the_title(
        "The Pakistani rupee is the currency of Pakistan, issued by the State Bank.",
        "Pakistani rupee",
    )


def test_an_infobox_date_or_credit_the_text_gives_otherwise() -> None:
    assert career_otherwise("opened", "1744", "The chapel opened in March 1745 with a sermon.")
    assert not career_otherwise("opened", "1744", "The chapel opened in 1744.")
    assert not career_otherwise("opened", "1744", "The chapel was rebuilt in 1850.")
    bakshi = "The film was produced and directed by Ralph Bakshi."
    assert career_otherwise("producer", "Saul Zaentz", bakshi)
    assert not career_otherwise("director", "Ralph Bakshi", bakshi)
    assert not career_otherwise("producer", "Saul Zaentz", "It was produced by Saul Zaentz.")
    lead = "Exa is an animated film produced and directed by Ralph Bakshi, released in 1978.\n"
    assert career_otherwise(
        "producer", "Saul Zaentz", lead + "The film was produced by Saul Zaentz."
    )
    lead = "Exa is a 1996 film directed by Roland Emmerich.\n"  # (another work's credit)
    assert not career_otherwise(
        "director", "Roland Emmerich", lead + "The play was directed by Ann Vark."
    )


def test_words_a_cut_left_out_of_order() -> None:
    assert broken_copy("The Exa Building was a named a National Historic Landmark in 1976.")
    assert broken_copy("Exa made his in the then-Vark Series debut in 1997 at Exton.")
    assert not broken_copy("The Exa Building was named a National Historic Landmark in 1976.")
    assert not broken_copy("Exa took her to the Vark Series final in 1997 at Exton.")


def test_a_return_from_nowhere_points_back() -> None:
    assert leans_back("After recovering from an injury on his return, Exa moved to Vark.")
    assert not leans_back("On his return from Exland in 1920, Exa moved to Vark.")


def test_a_scare_quoted_hedge_is_a_hedge() -> None:
    assert not statement_ok('Exa is "thought" to be an early form of the Vark god of storms.')
    assert statement_ok("Exa is an early form of the Vark god of storms in the Rigveda.")


def test_a_bracket_defining_no_acronym_goes() -> None:
    poet = Subject("Ann Exa", "Ann Exa", person=True, pronoun="she")
    made = prepare("Ann Exa (French IPA) was an influential French poet.", [], poet, Context())
    assert made is not None and "IPA" not in made.text
    force = "The Exland Force (EXF) was formed in 1990, and the EXF fought in 1991."
    made = prepare(force, [], Subject("Vark", "Vark"), Context())
    assert made is None or "(EXF)" in made.text


def test_the_head_before_of_decides_a_name_s_number() -> None:
    for title, plural in [
        ("Portrait Diptych of Exa's Parents", False),
        ("House of Vark Lords", False),
        ("Exland Indians", True),
    ]:
        text = f"{Q}{title}{Q} is a thing in Exland. It was made in 1500 by Ann Vark.\n"
        assert find_subject(parse_article(title, text)).plural is plural, title


def test_a_life_date_the_lead_gives_as_approximate() -> None:
    lead = "Exa (Approximately: March 17, 599 AD - January 28, 661 AD) was a ruler of Vark."
    assert born_otherwise("death_date", "January 28, 661", lead)
    assert not born_otherwise("death_date", "January 28, 661", lead.replace("Approximately: ", ""))


def test_what_someone_feels_is_no_fact() -> None:
    assert not statement_ok("Exa is a critic of practices that she feels are too prevalent today.")


def test_a_comma_title_s_place_is_named_by_its_head() -> None:
    title = "Exa Township, Vark County, Exland"
    text = f"{Q}Exa Township{Q} is one of ten townships in Vark County, Exland.\n"
    subject = find_subject(parse_article(title, text))
    assert (subject.name, subject.plural) == ("Exa Township", False)
    dated = "Exland presidential election, 2014"
    text = f"The {Q}{dated}{Q} was held on 25 May 2014 in Exland.\n"
    assert "2014" in find_subject(parse_article(dated, text)).name  # (a year is no region)


def test_a_rank_with_its_year_is_no_rank() -> None:
    assert POINTER_VALUE.match("Lieutenant-Colonel 1910")
    assert not POINTER_VALUE.match("Lieutenant-Colonel")
    assert not POINTER_VALUE.match("Windows 2000")


def test_more_words_a_cut_or_a_contrast_left() -> None:
    assert broken_copy("The Exa are one of the lineages and part of the of the Vark people.")
    assert leans_back("The Exa Hornets were actually relocated to Vark from Exton in 1974.")
    assert not leans_back("The Exa Hornets were relocated to Vark from Exton in 1974.")


def test_a_present_tense_for_a_dated_past_is_the_source_s_error() -> None:
    assert broken_copy("The Exa school is founded in 2008 by the Vark Foundation in Exton.")
    assert not broken_copy("The Exa school was founded in 2008 by the Vark Foundation in Exton.")


def test_the_latest_version_holds_only_while_written() -> None:
    assert not usable_sentence(
        "The latest stable version of Exa is 4.5.3 which was released in 2010."
    )
    assert usable_sentence("The first version of Exa was 1.0, which was released in 2003 by Vark.")


def test_r164_r165_fragments_sequels_and_minor_honours() -> None:
    assert leans_back("Exa, best known as the quarterback for Vark Tech from 1996 to 1999.")
    assert leans_back("Exa went on to earn a master's degree from Vark University in 1980.")
    assert not leans_back("After Vark, Exa went on to earn a master's degree in 1980.")
    assert leans_back("The List of Exland medals lists all Exland-born recipients of the medal.")
    assert HONOUR.search("In 1949 Exa was elected a Fellow of the Vark Institute of Navigation.")
    text = "Exa was born in 1890. Other sources cite 1892 as her birth year."
    assert born_otherwise("birth_date", "28 September 1890", text)


def test_a_name_inside_a_longer_name_is_not_the_subject_s_short_name() -> None:
    title = "Exa Leaf Sports & Entertainment Ltd."
    text = (
        f"{Q}{title}{Q} owns the Exa Leafs. It built Exa Leaf Gardens. Exa Leaf Gardens "
        "opened in 1931. Exa Leaf Gardens was sold in 1996. Exa Leaf Square is nearby.\n"
    )
    assert find_subject(parse_article(title, text)).name != "Exa Leaf"
