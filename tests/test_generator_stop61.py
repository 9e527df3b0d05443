"""Stop 61: a game's release dates by region are read from the infobox, and a sentence's
release date that names no region is not asked where the infobox gives several (R407: "released
on October 18, 2006" beside the European, American and Japanese dates); "an Xbox" stays "an"
(inflect made it "a Xbox"); a flatlist's items lose their bullets."""

from __future__ import annotations

from test_generator_r73 import Q

from quiz.generator.facts import extract_facts
from quiz.generator.generate import build_bank
from quiz.generator.lexicon import indefinite
from quiz.generator.releases import released_by_region
from quiz.generator.spans import Span
from quiz.generator.tidy import tidy_sentence
from quiz.generator.twoyears import dated_doubt
from quiz.generator.wikitext import parse_article

ONE = "{{vgrelease|WW|[[October 18]], [[2006]]}}"
BY_REGION = (
    "{{vgrelease|Europe|EU|[[October 18]], [[2006]]}}<br/>"
    "{{vgrelease|Japan|JP|[[March 7]], [[2007]]}}"
)
RELEASED = "It was released on [[October 18]], [[2006]] as an [[Xbox Live Arcade]] title."


def _game(released: str, told: str = RELEASED) -> str:
    return (
        "{{Infobox video game\n| title = Lumen Drop\n| developer = [[Q Works]]\n"
        f"| released = {released}\n}}}}\n"
        f"{Q}''Lumen Drop''{Q} is a [[puzzle game]] by [[Q Works]] for the [[Xbox 360]]. {told}\n"
    )


def _infobox(text: str) -> dict[str, str]:
    return {f.name: f.value for f in parse_article("Lumen Drop", text).infobox}


def test_release_dates_by_region_are_read_one_line_a_region() -> None:
    assert _infobox(_game(BY_REGION))["released"] == "EU: October 18, 2006; JP: March 7, 2007"
    pairs = "{{Video game release|NA|March 5, 2002|EU|April 12, 2002}}"
    assert _infobox(_game(pairs))["released"] == "NA: March 5, 2002; EU: April 12, 2002"
    assert _infobox(_game(ONE))["released"] == "October 18, 2006"  # (one date: no region)
    side_by_side = "{{vgrelease|NA|March 5, 2002}}{{vgrelease|EU|April 12, 2002}}"
    assert _infobox(_game(side_by_side))["released"] == "NA: March 5, 2002; EU: April 12, 2002"


def test_a_flatlist_gives_its_items_without_their_bullets() -> None:
    text = _game(ONE).replace(
        "| released", "| genre = {{flatlist|\n* Puzzle\n* [[Rhythm game|Rhythm]]\n}}\n| released"
    )
    assert _infobox(text)["genre"] == "Puzzle; Rhythm"


def _release_doubt(text: str) -> str:
    facts = extract_facts(parse_article("Lumen Drop", text))
    sentence = next(s for s in facts.sentences if "released" in s.text)
    at = sentence.text.index("October 18, 2006")
    return dated_doubt(sentence, Span(at, at + 16, "October 18, 2006", "date"), facts)


def test_a_release_date_naming_no_region_is_not_asked_where_the_infobox_has_several() -> None:
    assert _release_doubt(_game(BY_REGION)) == "a release the infobox dates by region"
    assert _release_doubt(_game(ONE)) == ""  # (one date: the one release)
    in_europe = RELEASED.replace(" on ", " in Europe on ")
    assert _release_doubt(_game(BY_REGION, in_europe)) == ""  # (the region is named)
    facts = extract_facts(parse_article("Lumen Drop", _game(BY_REGION)))
    assert released_by_region("It was released in October 2006.", facts)  # (a month, no region)
    assert not released_by_region("Its North American release came in 2006.", facts)


def test_the_game_with_three_regional_releases_gives_no_release_question() -> None:
    bank = build_bank("Lumen Drop", _game(BY_REGION))
    assert not [q for q in bank.questions if "released" in q.prompt]
    single = build_bank("Lumen Drop", _game(ONE))  # (the same game with one date is asked)
    assert [q.prompt for q in single.questions if "released" in q.prompt] == [
        "Lumen Drop was released in _____ (year) as an Xbox Live Arcade title."
    ]  # (its day asked by its year since stop 72: R445, R449)


def test_an_x_said_ex_takes_an() -> None:
    assert tidy_sentence("It was released as an Xbox Live Arcade title.").endswith(
        "as an Xbox Live Arcade title."
    )  # (inflect gives "a Xbox": the sentence the app asked read "as a Xbox", R407)
    assert tidy_sentence("It came out as a Xbox title.") == "It came out as an Xbox title."
    assert tidy_sentence("She took a X-ray.") == "She took an X-ray."
    assert tidy_sentence("a Xhosa song and a Xylophone") == "a Xhosa song and a Xylophone"
    assert indefinite("XML") == "an"
    assert indefinite("Xiaomi") == "a"


RIDERS = ["Ann Vole", "Ben Okoro", "Carl Durand", "Dan Ferris", "Eve Garnier", "Fay Huber"]


def _classification(heading: str, riders: list[str]) -> str:
    rows = "".join(f"|-\n| {i} || [[{r}]] || Exmoto || 30\n" for i, r in enumerate(riders, 1))
    head = '{| class="wikitable"\n! Pos. !! Rider !! Manufacturer !! Laps\n'
    return f"== {heading} ==\n{head}{rows}|}}\n"


def _race(fields: str, tables: str) -> str:
    return (
        "{{Infobox Grand Prix race report\n| Type = MotoGP\n| Location = [[Exmoor Park]]\n"
        f"{fields}}}}}\n{Q}The 2008 Exland motorcycle Grand Prix{Q} was the eighth round of the "
        f"2008 MotoGP championship.\n\n{tables}"
    )


def test_a_race_report_asks_its_main_class_pole_from_its_infobox() -> None:
    # R422 passed the main class's pole 4 of 4, and failed a support class's pole and every
    # fastest lap (5 of 5: minor statistics)
    fields = (
        "| Pole_Rider_MotoGP = Ben Okoro\n| Fast_Rider_MotoGP = Carl Durand\n"
        "| First_Rider_MotoGP = Ann Vole\n| Pole_Rider_250 = Eve Garnier\n"
        "| Pole_Rider_80 = Fay Huber\n| Fast_Time_250 = 1:32.474\n"
    )
    tables = _classification("MotoGP classification", RIDERS) + _classification(
        "250 cc classification", RIDERS[::-1]
    )
    bank = build_bank("2008 Exland motorcycle Grand Prix", _race(fields, tables))
    asked = {q.prompt: q for q in bank.questions}
    grand_prix = "the 2008 Exland motorcycle Grand Prix"
    pole = asked[f"In the MotoGP race of {grand_prix}, which rider took pole position?"]
    assert pole.answer == "Ben Okoro"
    assert pole.context == "Pole position, MotoGP: Ben Okoro"  # (its "why", with its class)
    assert not [p for p in asked if "fastest lap" in p]
    assert not [p for p in asked if "250 cc race" in p or "80" in p]  # (support classes)
    choices = [q.choices for q in bank.questions if q.kind == "mcq" and "pole" in q.prompt]
    assert all(set(c) <= set(RIDERS) for c in choices)  # (riders of the race)
    # the main class named as its table's heading names it ("250 cc" for "Pole_Rider_250")
    first_250 = fields.replace("| Pole_Rider_MotoGP = Ben Okoro\n", "").replace(
        "| Pole_Rider_250 = Eve Garnier\n", ""
    )
    first_250 = "| Pole_Rider_250 = Eve Garnier\n" + first_250
    bank = build_bank("2008 Exland motorcycle Grand Prix", _race(first_250, tables))
    asked = {q.prompt: q for q in bank.questions}
    pole = asked[f"In the 250 cc race of {grand_prix}, which rider took pole position?"]
    assert pole.answer == "Eve Garnier"


def test_a_single_race_is_asked_at_the_race_and_only_of_a_rider_the_article_names() -> None:
    fields = "| Pole_Driver = Ben Okoro\n| Fast_Driver = Zed Quill\n"
    text = _race(fields, _classification("Race classification", RIDERS)).replace("motorcycle ", "")
    prompts = [q.prompt for q in build_bank("2008 Exland Grand Prix", text).questions]
    assert "At the 2008 Exland Grand Prix, which driver took pole position?" in prompts
    assert not [p for p in prompts if "fastest lap" in p]  # (Zed Quill: named nowhere else)
    plain = text.replace("Infobox Grand Prix race report", "Infobox sportsperson")
    plain = plain.replace("Grand Prix", "Cup")
    assert not [q for q in build_bank("2008 Exland Cup", plain).questions if "pole" in q.prompt]


def test_a_platform_is_no_region() -> None:
    facts = extract_facts(parse_article("Lumen Drop", _game(BY_REGION)))
    assert released_by_region("It was released for the Xbox 360 on October 18, 2006.", facts)
