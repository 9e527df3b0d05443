"""A sports competition's infobox (``contests``): a club's season, a tournament's awards, a
match's winner and city, a race's, a tennis event's, a swimming final's and a league season's
winner, a college team's coach and record."""

from __future__ import annotations

from quiz.generator.facts import Facts
from quiz.generator.generate import build_bank
from quiz.generator.spellings import family_first, typed_forms
from quiz.generator.subject import Subject

Q = "'''"


def asked(title: str, box: str, text: str) -> dict[str, tuple[str, list[str]]]:
    """prompt -> (answer, accepted forms) of the bank an article with ``box`` and ``text``."""
    bank = build_bank(title, f"{{{{{box}}}}}\n{text}\n")
    return {q.prompt: (q.answer, [str(a) for a in q.accept]) for q in bank.questions}


SEASON_BOX = """Infobox football club season
| club = [[Vorn Town F.C.|Vorn Town]]
| season = 2014–15
| manager = [[Ann Roe]]
| chairman = Bob Fenn
| league = [[Exland League One]]
| league result = 9th (54 points)
| cup1 = [[Exland Cup]]
| cup1 result = Fifth Round
| cup2 = [[Exland Shield]]
| cup2 result = Winners
| league topscorer = [[Carl Dane]]; (11)
"""
SEASON_TEXT = (
    f"The {Q}2014–15 season{Q} was Vorn Town's 100th season. Vorn Town played in the Exland "
    "League One and finished 9th under manager Ann Roe. They went out of the Exland Cup in the "
    "Fifth Round and won the Exland Shield. Carl Dane scored 11 league goals. Ann Roe was "
    "praised. The 9th place was their best. Bob Fenn stayed. Carl Dane left the club."
)


def test_a_club_season_asks_its_manager_league_place_scorer_and_cups() -> None:
    got = asked("2014–15 Vorn Town F.C. season", SEASON_BOX, SEASON_TEXT)
    during = "Vorn Town in the 2014–15 season"
    assert got[f"Who was the manager of {during}?"] == ("Ann Roe", ["Roe"])
    assert got["In which league did Vorn Town play in the 2014–15 season?"][0] == (
        "Exland League One"
    )
    place = got["In which place in the league did Vorn Town finish in the 2014–15 season?"]
    assert place == ("9th", ["9", "ninth"])
    assert got[f"Who scored the most league goals for {during}?"][0] == "Carl Dane"
    assert got["Which cup did Vorn Town win in the 2014–15 season?"][0] == "Exland Shield"
    out = got["In which round did Vorn Town go out of the Exland Cup in the 2014–15 season?"]
    assert out == ("Fifth Round", ["5th round", "round 5"])
    assert not any("chairman" in prompt for prompt in got)  # (the club's, not the season's)
    bank = build_bank("2014–15 Vorn Town F.C. season", f"{{{{{SEASON_BOX}}}}}\n{SEASON_TEXT}\n")
    why = [q.context for q in bank.questions if q.prompt.startswith("In which round")]
    assert why == ["Exland Cup: Fifth Round"]  # (what a learner reads: not "Cup1 result")


def test_a_season_whose_box_names_another_season_is_not_asked() -> None:
    # a "2015–16 ... season" page whose box still says "2014–15" (copied): which is right?
    got = asked("2015–16 Vorn Town F.C. season", SEASON_BOX, SEASON_TEXT)
    assert not any("Vorn Town" in prompt for prompt in got)


TOURNAMENT_BOX = """Infobox NCAA Ice Hockey Conference Tournament
| Year = 1982
| Teams = 8
| FinalArena = [[Kell Arena]]
| FinalCity = [[Dunmore|Dunmore, Exland]]
| Champions = [[Exford State Spartans men's ice hockey|Exford State]]
| Coach = [[Ann Roe]]
| MVP = [[Bob Fenn]]
"""
TOURNAMENT_TEXT = (
    f"The {Q}1982 XCHA Men's Ice Hockey Tournament{Q} was the 11th XCHA tournament. The final "
    "games were played at Kell Arena in Dunmore. By winning the tournament, Exford State received "
    "a bid.\n\n==Final==\nBob Fenn of Exford State was named the best player.\n"
)


def test_a_tournament_asks_its_champion_mvp_and_final_arena() -> None:
    got = asked("1982 XCHA Men's Ice Hockey Tournament", TOURNAMENT_BOX, TOURNAMENT_TEXT)
    named = "the 1982 XCHA Men's Ice Hockey Tournament"
    # the team shown by its school's name, not by its link's "... men's ice hockey"
    assert got[f"Which team won {named}?"][0] == "Exford State"
    assert got[f"Who was named the most valuable player of {named}?"] == ("Bob Fenn", ["Fenn"])
    arena = got[f"At which arena were the final games of {named} played?"]
    assert arena == ("Kell Arena", [])  # (not the city: "which arena?")


MATCH_BOX = """Infobox football match
| title = 2014 Vorn Cup Final
| team1 = [[Vorn Town]]
| team1score = 1
| team2 = [[Exford United]]
| team2score = 3
| stadium = [[Vorn Park]]
| city = [[Vornton]]
"""
MATCH_TEXT = (
    f"The {Q}2014 Vorn Cup Final{Q} was played at Vorn Park in Vornton. Exford United beat "
    "Vorn Town 3–1. Exford United won its first cup. Vorn Town lost."
)


def test_a_match_asks_its_winner_by_the_score_and_its_city() -> None:
    got = asked("2014 Vorn Cup Final", MATCH_BOX, MATCH_TEXT)
    assert got["Which team won the 2014 Vorn Cup Final?"][0] == "Exford United"
    assert got["In which city was the 2014 Vorn Cup Final held?"][0] == "Vornton"
    shootout = MATCH_BOX.replace("team2score = 3", "team2score = 1 (4–3 p)")
    got = asked("2014 Vorn Cup Final", shootout, MATCH_TEXT)
    assert "Which team won the 2014 Vorn Cup Final?" not in got  # (a shoot-out's: not read)


def test_winners_of_a_race_a_tennis_event_a_swimming_final_and_a_league() -> None:
    race = "Infobox cycling race report\n| first = [[Ann Roe]]\n| first_nat = Exland\n"
    text = f"The {Q}2014 Tour de Vorn{Q} was a race in Exland.\n\n==Result==\nAnn Roe won."
    assert asked("2014 Tour de Vorn", race, text)["Who won the 2014 Tour de Vorn?"][0] == "Ann Roe"
    tennis = (
        "Infobox tennis event\n| champms = [[Bob Fenn]]\n| champwd = [[Ann Roe]] / [[Cy Dole]]\n"
    )
    text = f"The {Q}2014 Vorn Open{Q} was a tournament. Bob Fenn won the title. Bob Fenn won."
    got = asked("2014 Vorn Open", tennis, text)
    assert got["Who won the men's singles title at the 2014 Vorn Open?"][0] == "Bob Fenn"
    assert len(got) == 1  # (no doubles pair)
    league = "Infobox football league season\n| winners = [[Vorn Town]] (21st title)\n"
    text = f"The {Q}2014–15 Vorn League{Q} was a season. Vorn Town won the title. Vorn Town won."
    got = asked("2014–15 Vorn League", league, text)
    assert got["Which team won the 2014–15 Vorn League?"][0] == "Vorn Town"
    undated = asked("Vorn League", league, text.replace("2014–15 ", ""))
    assert not undated  # (a league's winner with no year: its holder now)


def test_a_swimming_final_is_asked_only_for_the_event_its_title_names() -> None:
    box = (
        "Infobox swimming event\n| event = Women's 100 metre butterfly\n"
        "| competition = [[2014 Vorn Games]]\n| gold = [[Ann Roe]]\n"
    )
    text = f"The {Q}women's 100 metre butterfly{Q} was held. Ann Roe won gold. Ann Roe won."
    title = "2014 Vorn Games – Women's 100 metre butterfly"
    got = asked(title, box, text)
    prompt = "Who won the gold medal in the women's 100 metre butterfly at the 2014 Vorn Games?"
    assert got[prompt][0] == "Ann Roe"
    other = asked(title.replace("butterfly", "freestyle"), box, text)  # (a box copied across)
    assert not any("gold medal" in prompt for prompt in other)


def test_a_college_team_season_asks_its_coach_captain_and_record() -> None:
    box = (
        "Infobox NCAA team season\n| Team = Vorn Bulldogs\n| HeadCoach = [[Ann Roe]] (3rd year)\n"
        "| Captain = [[Bob Fenn]]\n| Record = 21–9–1\n"
    )
    text = (
        f"The {Q}1948 Vorn Bulldogs baseball team{Q} represented Vorn. Ann Roe coached. Bob "
        "Fenn was captain. They went 21–9–1. Ann Roe left."
    )
    got = asked("1948 Vorn Bulldogs baseball team", box, text)
    named = "the 1948 Vorn Bulldogs baseball team"
    assert got[f"Who was the head coach of {named}?"][0] == "Ann Roe"
    assert got[f"Who was the captain of {named}?"][0] == "Bob Fenn"
    assert got[f"What was the win–loss record of {named}?"][0] == "21–9–1"


def test_a_year_led_name_takes_the() -> None:
    from quiz.generator.facts import extract_facts
    from quiz.generator.generate import entity_types
    from quiz.generator.items import SentenceItems
    from quiz.generator.tables import TableItems
    from quiz.generator.wikitext import parse_article

    def named(title: str) -> str:
        facts = extract_facts(parse_article(title, f"{Q}{title}{Q} was held in Exland."))
        return TableItems(SentenceItems(facts, entity_types(facts), 0)).subject()

    assert named("2014 Vorn Open") == "the 2014 Vorn Open"
    assert named("2014 The Vorn Tour") == "the 2014 Vorn Tour"
    assert named("Vorn Test") == "Vorn Test"


def test_a_chinese_given_name_is_no_surname() -> None:
    # "Zheng Saisai": the family name first; "Saisai" is her given name
    facts = Facts("X", subject=Subject("X", "X"))
    assert "Saisai" not in typed_forms("Zheng Saisai", facts, True)
    assert family_first("Zheng Saisai") and family_first("Li Na")
    assert not family_first("Ma Rainey") and not family_first("Tomoko Hagiwara")
    assert "Hagiwara" in typed_forms("Tomoko Hagiwara", facts, True)


def test_a_one_word_club_and_a_name_with_two_particles() -> None:
    box = SEASON_BOX.replace("[[Vorn Town F.C.|Vorn Town]]", "[[Vornia]]")
    text = SEASON_TEXT.replace("Vorn Town", "Vornia")
    got = asked("2014–15 Vornia season", box, text)
    assert got["Who was the manager of Vornia in the 2014–15 season?"][0] == "Ann Roe"
    facts = Facts("X", subject=Subject("X", "X"))
    forms = typed_forms("Anna van der Vorn", facts, True)
    assert "van der Vorn" in forms and "der Vorn" not in forms


def test_a_league_seasons_winner_without_season_and_a_sponsors_letters() -> None:
    box = "Infobox basketball league season\n| champions = [[Vorn Kell|PGE Vorn Kell]]\n"
    text = f"The {Q}2013–14 VBL season{Q} was a season. PGE Vorn Kell won the title. They won."
    got = asked("2013–14 VBL season", box, text)
    assert got["Which team won the 2013–14 VBL?"] == ("PGE Vorn Kell", ["Vorn Kell"])
