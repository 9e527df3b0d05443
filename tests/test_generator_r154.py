"""Review R154-R155's failures, made general: a pronoun after a fronted name, a definition
that says what a comma title says, a birth date the text calls debated, one end of a brief
span, puffery in a statement."""

from __future__ import annotations

from test_generator_r73 import Q
from test_generator_r122 import prompt_answers

from quiz.generator.checks import statement_ok
from quiz.generator.infobox import born_otherwise
from quiz.generator.references import Context
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject
from quiz.generator.substance import says_the_title


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
        "coach. Exa {} coached and played minor league baseball from 1905 to 1906.\n"
    )
    gaps = [p for p in prompt_answers("Jan Exa", lead.format("also")) if "_____" in p]
    assert any("1906" in p for p in gaps), gaps  # (one end of a span is asked)
    gaps = [p for p in prompt_answers("Jan Exa", lead.format("briefly")) if "_____" in p]
    assert not any("1906" in p for p in gaps), gaps  # (not of a brief one: 1905)


def test_puffery_makes_no_statement() -> None:
    assert not statement_ok("Exa is the manager of future dancehall super-star Ann Vark.")
    assert not statement_ok("The status of Exland title is unique among titles in Vark.")
    assert statement_ok("Exa is the manager of the dancehall singer Ann Vark since 2004.")


def test_the_day_of_a_register_listing_is_not_asked() -> None:
    lead = (
        f"{Q}Exa Bank{Q} is a heritage-listed bank at 1 Vark Street, Exton, Exland. It was built "
        "in 1885 by the architect Ann Ploy. Exa Bank was {} on 26 May 2000.\n"
    )
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
