"""Nationality adjectives with their country and region, and the other nationality a false
statement may give a person ("was a French novelist" -> "was a Belgian novelist")."""

from __future__ import annotations

import random
import re

from quiz.text import normalize

# adjective -> (the country or nation it names, its group: a false one comes from the same
# group, whose people bear names of one language, so the name does not give it away: not
# "Masaya Tomida is a Korean golfer", "Klaus Riedel was a Hungarian rocket pioneer", "Sergio
# García is a Greek footballer", "Jean René Lacoste was an Irish tennis player" (R171-R222)
NATIONALITIES = {
    adjective: (country, group)
    for group, pairs in {
        "English names": """British:United_Kingdom English:England Scottish:Scotland
            Welsh:Wales Irish:Ireland American:United_States Canadian:Canada
            Australian:Australia""",
        "French names": "French:France Belgian:Belgium",
        "German names": "German:Germany Austrian:Austria Swiss:Switzerland",
        "Dutch names": "Dutch:Netherlands",
        "Nordic names": "Swedish:Sweden Norwegian:Norway Danish:Denmark",
        "Italian names": "Italian:Italy",  # (no other: "Luigi Basoli was a Portuguese
        # painter" gave itself away, R298)
        "Portuguese names": "Portuguese:Portugal Brazilian:Brazil",
        "Spanish names": """Spanish:Spain Argentine:Argentina Chilean:Chile Colombian:Colombia
            Peruvian:Peru""",
        "East Slavic names": "Russian:Russia Ukrainian:Ukraine",
        "West Slavic names": "Polish:Poland Czech:Czech_Republic",
        "South Slavic names": "Serbian:Serbia Croatian:Croatia",
        "Greek names": "Greek:Greece Cypriot:Cyprus",
        "South Asian names": "Indian:India Pakistani:Pakistan Bangladeshi:Bangladesh",
    }.items()
    for adjective, country in (pair.replace("_", " ").split(":") for pair in pairs.split())
}
# A nation's own languages, whose adjectives would be true of its writers ("Dutch" of a
# Flemish writer, R223): never its false nationality.
SPOKEN = {
    "Belgian": {"Dutch", "French", "German"},
    "Swiss": {"German", "French", "Italian"},
    "Austrian": {"German"},
    "Canadian": {"English", "French"},
    "Irish": {"English"},
    "American": {"English"},
    "Australian": {"English"},
    "Brazilian": {"Portuguese"},
    "Argentine": {"Spanish"},
    "Chilean": {"Spanish"},
    "Colombian": {"Spanish"},
    "Peruvian": {"Spanish"},
    "Cypriot": {"Greek"},
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
    sentence: str, prose: str, title: str, rng: random.Random, infobox: str = ""
) -> tuple[str, str] | None:
    """(The nationality, another of its region that the article never names, in its prose or
    in ``infobox``, its infobox's values) for the lead's first sentence of a person's article,
    or None: a famous person's (a long article), one whose sentence names a place, or whose
    name or title names the nation. ("a Scottish news anchor" was no false statement of one
    whose infobox gives "Ethnicity: Scottish", R386.)"""
    found = PREDICATE.match(sentence)
    if not found or len(prose) > FAMOUS or NOT_A_PERSON_S.match(found["rest"]):
        return None
    nation = found["nation"]
    if nation not in NATIONALITIES or nation[:4].lower() in normalize(title):
        return None
    told = f" {normalize(prose)} {normalize(infobox)} "
    region = NATIONALITIES[nation][1]
    related = WITHIN.get(nation, set()) | {n for n, parts in WITHIN.items() if nation in parts}
    related |= SPOKEN.get(nation, set())
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
