"""Nationality adjectives with their country and region, and the other nationality a false
statement may give a person ("was a French novelist" -> "was a Belgian novelist")."""

from __future__ import annotations

import random
import re

from quiz.text import normalize

# adjective -> (the country or nation it names, its region: a false one comes from nearby)
NATIONALITIES = {
    adjective: (country, region)
    for region, pairs in {
        "British Isles": """British:United_Kingdom English:England Scottish:Scotland Welsh:Wales
            Irish:Ireland""",  # (not "Jean René Lacoste was an Irish tennis player", R171)
        "west Europe": "French:France Dutch:Netherlands Belgian:Belgium",
        "central Europe": """German:Germany Austrian:Austria Swiss:Switzerland Polish:Poland
            Czech:Czech_Republic Hungarian:Hungary""",
        "north Europe": "Swedish:Sweden Norwegian:Norway Danish:Denmark Finnish:Finland",
        "south Europe": "Italian:Italy Spanish:Spain Portuguese:Portugal",
        "Greece": "Greek:Greece Cypriot:Cyprus",  # (a Spanish name made Greek: false at a glance,
        # R187, R220)
        "east Europe": """Russian:Russia Ukrainian:Ukraine Romanian:Romania Bulgarian:Bulgaria
            Serbian:Serbia Croatian:Croatia""",
        "north America": "American:United_States Canadian:Canada",
        "south America": """Brazilian:Brazil Argentine:Argentina Chilean:Chile
            Colombian:Colombia Peruvian:Peru""",
        "east Asia": "Japanese:Japan Chinese:China Korean:Korea",
        "south Asia": "Indian:India Pakistani:Pakistan Bangladeshi:Bangladesh",
        "Oceania": "Australian:Australia",
    }.items()
    for adjective, country in (pair.replace("_", " ").split(":") for pair in pairs.split())
}
# Nations within one state: "English" and "British" may both be true of one person.
WITHIN = {"British": {"English", "Scottish", "Welsh", "Irish"}}
# The person's nationality as the lead's first sentence gives it, and nothing after it that
# names a place, a party or a team (a learner would read the nationality off "formed in
# Seattle", "a politician from Louisiana", "the Conservative Party"): "Letitia Dean is an
# English actress and singer."
PREDICATE = re.compile(
    r"^[^,;()]{3,80}? (?:is|was) an? (?:(?:former|retired|professional|semi-retired) )?"
    r"(?P<nation>[A-Z][a-z]+) (?P<rest>[a-z][a-z ,-]*)\.$"
)
# Words after a nationality that make another thing of it: "Canadian football", "Australian
# rules", "an English-language", "the American Civil War".
NOT_A_PERSON_S = re.compile(r"^(?:football|rules|language|civil|sign|literature|cuisine)\b")
FAMOUS = 12_000  # characters of prose: a longer article's subject is general knowledge


def other_nationality(
    sentence: str, prose: str, title: str, rng: random.Random
) -> tuple[str, str] | None:
    """(The nationality, another of its region that the article never names) for the lead's
    first sentence of a person's article, or None: a famous person's (a long article), one
    whose sentence names a place, or whose name or title names the nation."""
    found = PREDICATE.match(sentence)
    if not found or len(prose) > FAMOUS or NOT_A_PERSON_S.match(found["rest"]):
        return None
    nation = found["nation"]
    if nation not in NATIONALITIES or nation[:4].lower() in normalize(title):
        return None
    told = f" {normalize(prose)} "
    region = NATIONALITIES[nation][1]
    related = WITHIN.get(nation, set()) | {n for n, parts in WITHIN.items() if nation in parts}
    others = [
        other
        for other, (country, where) in sorted(NATIONALITIES.items())
        if where == region
        and other != nation
        and other not in related
        and f" {normalize(other)} " not in told
        and f" {normalize(country)} " not in told
    ]
    return (nation, rng.choice(others)) if others else None
