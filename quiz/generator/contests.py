"""Items of a sports competition's infobox that no field wording asks: a club's season (who
managed the club, its league, where it finished, its top scorer, a cup it won, the round it
went out of a cup), a tournament's most valuable player and the arena of its final games, a
match's winner and city, the winner of a race, a tennis event, a swimming final or a league
season, and a college team's coach, captain and record."""

from __future__ import annotations

import re

from quiz.generator.facts import InfoboxFact
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.lexicon import ordinal_forms
from quiz.generator.mentions import mentions
from quiz.generator.spans import Span
from quiz.generator.spellings import typed_forms
from quiz.text import normalize

# A person's name, or any proper name: capitalised words, with the particles names hold ("Anna
# van der Breggen", "Adam le Fondre"); a proper name may be one word (the club "Torino").
NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|d[aeiu]|de[lrn']?|dos|das|van|von|der|den|la|le)){%s}"
PERSON_NAME, PROPER_NAME = re.compile(NAME % "1,4"), re.compile(NAME % "0,4")
ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)\b")
WON = re.compile(r"(?i)winners?|champions?|won")
ROUND = re.compile(r"(?i)(first|second|third|fourth|fifth|sixth|(\d)(?:st|nd|rd|th)) round")
ROUND_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth"]


def contest_items(si: SentenceItems, subject: str, told: str) -> list[FactItems]:
    """The items of a club season's or a tournament's infobox (``subject``: the article's name
    as a question words it, ``TableItems.subject``: "the 1982 CCHA Men's Ice Hockey
    Tournament")."""
    lines = {_key(f.name): f for f in si.facts.infobox}
    if "club" in lines and "season" in lines:
        return _season(si, lines, told)
    out = _tournament(si, lines, subject) + _match(si, lines, subject)
    out += _winner(si, lines, subject) + _team_season(si, lines, subject)
    return [fact for fact in out if fact.options]


def _key(name: str) -> str:
    return name.strip().lower().replace(" ", "_")


def _person(value: str) -> str:
    """The one person a line names ("Mame Biram Diouf; (11)" -> Mame Biram Diouf), or ""."""
    name = re.sub(r"\s*[;(].*$", "", value).strip()
    if re.search(r"[A-Z][a-z]", re.sub(r"\([^()]*\)", "", value)[len(name) :]):
        return ""  # (joint top scorers: "Arjen Robben (17); Robert Lewandowski (17)")
    if "/" in name:
        return ""  # (a doubles pair: "Alex Bolt / Andrew Whittington")
    if re.search(r"(?i)\band\b|,|&", name) or not PERSON_NAME.fullmatch(name):
        return ""
    return name


def _season(si: SentenceItems, lines: dict[str, InfoboxFact], told: str) -> list[FactItems]:
    club, season = lines["club"].value.strip(), lines["season"].value.strip()
    if not re.fullmatch(r"\d{4}(?:[–-]\d{2,4})?", season) or not PROPER_NAME.fullmatch(club):
        return []  # (a club's plain name and a season's years: "Stoke City", "2014–15")
    if re.match(r"\d{4}", si.facts.title) and not si.facts.title.startswith(season):
        return []  # "2014–15 ... season" whose box says "Season: 2013–14": which is right?
    during = f"in the {season} season"
    league = lines.get("league")
    league_name = league.value.strip() if league else ""
    if ";" in league_name or "(" in league_name:
        league_name = ""  # (two leagues, or one with a note)
    out = []
    if (manager := lines.get("manager")) and (name := _person(manager.value)):
        out.append(
            line_item(si, manager, f"Who was the manager of {club} {during}?", name, "person")
        )
    if league and league_name:
        prompt = f"In which league did {club} play {during}?"
        out.append(line_item(si, league, prompt, league_name, "entity"))
    result = lines.get("league_result")
    place = ORDINAL.match(result.value.strip()) if result else None
    if result and place and league_name:
        prompt = f"In which place in the league did {club} finish {during}?"
        accept = [place.group(1), ordinal_forms(int(place.group(1)))[1]]
        out.append(line_item(si, result, prompt, place.group(), "number", accept))
    scorer = lines.get("league_topscorer") or lines.get("season_topscorer")
    if scorer and (name := _person(scorer.value)):
        goals = "league goals" if _key(scorer.name) == "league_topscorer" else "goals"
        prompt = f"Who scored the most {goals} for {club} {during}?"
        out.append(line_item(si, scorer, prompt, name, "person"))
    cups = [
        (lines[f"cup{n}"], lines[f"cup{n}_result"])
        for n in range(1, 8)
        if f"cup{n}" in lines and f"cup{n}_result" in lines
    ]
    won = [cup for cup, result in cups if WON.fullmatch(result.value.strip())]
    if len(won) == 1 and not re.search(r"[;(]", won[0].value):
        prompt = f"Which cup did {club} win {during}?"  # (one: else which of them?)
        out.append(line_item(si, won[0], prompt, won[0].value.strip(), "entity"))
    for cup, result in cups:
        stage = ROUND.fullmatch(result.value.strip())
        if stage and not re.search(r"[;(]", cup.value):
            prompt = f"In which round did {club} go out of the {cup.value.strip()} {during}?"
            fact = line_item(si, result, prompt, result.value.strip(), "entity", _rounds(stage))
            if mentions(fact, told) >= 1:  # (told as its infobox line would be: ``asked_told``;
                fact.context = f"{cup.value.strip()}: {result.value.strip()}"  # the "why" a
                fact.options["short_answer"].context = fact.context  # learner reads, not
                out.append(fact)  # "Cup2 result: 3rd Round")
    return [fact for fact in out if fact.options]


def _rounds(stage: re.Match[str]) -> list[str]:
    """A round's other spellings: "Fifth Round" -> "5th round", "round 5", "fifth round"."""
    word = stage.group(1).lower()
    number = int(stage.group(2)) if stage.group(2) else ROUND_WORDS.index(word) + 1
    figure, words = ordinal_forms(number)
    return [f"{figure} round", f"round {number}", f"{words} round"]


def _tournament(si: SentenceItems, lines: dict[str, InfoboxFact], subject: str) -> list[FactItems]:
    out = []
    if (mvp := lines.get("mvp")) and (name := _person(mvp.value)):
        prompt = f"Who was named the most valuable player of {subject}?"
        out.append(line_item(si, mvp, prompt, name, "person"))
    arena = lines.get("finalarena")
    if arena and re.fullmatch(r"[A-Z][\w'’. -]+", arena.value.strip()):
        prompt = f"At which arena were the final games of {subject} played?"
        out.append(line_item(si, arena, prompt, arena.value.strip(), "entity"))
    return out


MATCH = re.compile(r"(?i)match|final|game|test|bout|fight|event")
SIDES = (
    ("team1", "team1score", "team2", "team2score"),
    ("home", "home_total", "away", "away_total"),
)


def _match(si: SentenceItems, lines: dict[str, InfoboxFact], subject: str) -> list[FactItems]:
    """Which team won a match whose box gives both scores as plain numbers (no "a.e.t.", no
    shoot-out), and the city it was held in."""
    out = []
    for one, one_score, other, other_score in SIDES:
        if not all(name in lines for name in (one, one_score, other, other_score)):
            continue
        scores = [lines[one_score].value.strip(), lines[other_score].value.strip()]
        teams = [lines[one], lines[other]]
        if all(re.fullmatch(r"\d{1,3}", score) for score in scores) and scores[0] != scores[1]:
            winner = teams[0] if int(scores[0]) > int(scores[1]) else teams[1]
            if re.fullmatch(r"[A-Z][\w'’. -]+", winner.value.strip()):
                name = winner.value.strip()
                prompt = f"Which team won {subject}?"
                out.append(line_item(si, winner, prompt, name, "entity", _unprefixed(name)))
    city = lines.get("city")
    if (
        city
        and MATCH.search(si.facts.infobox_type)
        and re.fullmatch(r"[A-Z][\w'’. ,-]+", city.value)
    ):
        town = city.value.split(",")[0].strip()
        accept = [city.value.strip()] if town != city.value.strip() else []
        out.append(
            line_item(si, city, f"In which city was {subject} held?", town, "entity", accept)
        )
    return out


def line_item(
    si: SentenceItems,
    line: InfoboxFact,
    prompt: str,
    answer: str,
    kind: str,
    accept: list[str] | None = None,
    salience: float = 0.9,
) -> FactItems:
    """A typed question of one infobox line (its context, "Manager: Mark Hughes", as the why);
    a person's answer accepted by surname, a name of no person never ("Ethniki")."""
    key = digest("contest", line.name, answer)
    fact = FactItems(key, -1, f"{line.label}: {line.value}", line.section, kind, salience)
    fact.value = answer
    span = Span(0, len(answer), answer, "entity" if kind != "number" else "number")
    typed = si.spellings(span, True) if kind == "person" else typed_forms(answer, si.facts, False)
    forms = [*(accept or []), *typed]  # (no surname of "Alpha Ethniki" taken for a person)
    forms = [f for f in dict.fromkeys(forms) if f and f.lower() != answer.lower()]
    fact.options["short_answer"] = si.make("short_answer", fact, prompt, span, accept=forms)
    return fact


# A tennis event's singles champions: "champs", or the men's and women's ("champms", "champws").
SINGLES = {"champs": "the singles title", "champms": "the men's singles title"}
SINGLES["champws"] = "the women's singles title"


def _winner(si: SentenceItems, lines: dict[str, InfoboxFact], subject: str) -> list[FactItems]:
    """Who won a dated race, a tennis event's singles, a swimming final, a league's or a cup's
    season: its key fact."""
    if not re.search(r"\b(?:1[89]|20)\d\d\b", si.facts.title):
        return []  # (a league's or a cup's winner with no year: its holder now)
    out = []
    first = lines.get("first")
    if first and ("first_nat" in lines or "second" in lines) and (name := _person(first.value)):
        out.append(line_item(si, first, f"Who won {subject}?", name, "person"))  # (a race)
    for key, title in SINGLES.items():
        if (champion := lines.get(key)) and (name := _person(champion.value)):
            out.append(line_item(si, champion, f"Who won {title} at {subject}?", name, "person"))
    gold, event, games = lines.get("gold"), lines.get("event"), lines.get("competition")
    told = normalize(si.facts.title)  # (the event the title names: not a box copied from
    held = event and normalize(event.value) in told  # another race's page, "100 m freestyle")
    tie = "gold2" in lines  # (a dead heat: two golds)
    if gold and event and held and games and not tie and (name := _person(gold.value)):
        what = event.value.strip()
        what = what[0].lower() + what[1:] if re.match(r"(?:Men|Women|Mixed)\b", what) else what
        prompt = f"Who won the gold medal in the {what} at the {games.value.strip()}?"
        out.append(line_item(si, gold, prompt, name, "person"))
    for key in ("winners", "champions", "champion_other") if " – " not in si.facts.title else ():
        if line := lines.get(key):
            team = re.sub(r"\s*(?:\(.*|;.*)$", "", line.value).strip()
            if re.fullmatch(r"[A-Z][\w'’. -]+", team):
                won = re.sub(r" season$", "", subject)  # (not "won the 2013–14 PLK season")
                prompt = f"Which team won {won}?"
                out.append(line_item(si, line, prompt, team, "entity", _unprefixed(team)))
    return out


def _unprefixed(team: str) -> list[str]:
    """A team's name without the letters before it, a sponsor's or a club's kind ("Turów
    Zgorzelec" of "PGE Turów Zgorzelec", "Illichivets" of "FC Illichivets"), as typed."""
    found = re.fullmatch(r"[A-Z]{2,4} ([A-Z].+)", team)
    return [found[1]] if found else []


# A coach who left during the season: "was replaced by interim head coach Donny White" (not
# one fired after it).
INTERIM = re.compile(r"(?i)\binterim (?:head )?coach|\b(?:was|were) replaced by\b")


def _team_season(si: SentenceItems, lines: dict[str, InfoboxFact], subject: str) -> list[FactItems]:
    """A college team's season: its head coach, captain and win-loss record."""
    if "team" not in lines or "headcoach" not in lines:
        return []
    out = []
    replaced = INTERIM.search(si.facts.prose)  # (a second coach that season, R472)
    for key, role in (("headcoach", "head coach"), ("captain", "captain")):
        if key == "headcoach" and replaced:
            continue
        if (line := lines.get(key)) and (name := _person(line.value)):
            out.append(line_item(si, line, f"Who was the {role} of {subject}?", name, "person"))
    record = lines.get("record")
    if record and re.fullmatch(r"\d{1,3}(?:[–-]\d{1,3}){1,2}", record.value.strip()):
        prompt = f"What was the win–loss record of {subject}?"
        out.append(line_item(si, record, prompt, record.value.strip(), "number"))
    return out
