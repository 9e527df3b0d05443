"""Clues to what kind of thing a name is, in its own words and around it: the link target's
disambiguator ("Queen (band)"), the role before it ("guitarist Brian May"), its head noun
("River Thames"), an appositive; and the kinds these clues name, grouped into families."""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generator.lexicon import lemmas

# Roles that say a name is a person's; the role itself is the finer type.
PERSON_ROLES = frozenset(
    """guitarist drummer bassist singer vocalist pianist keyboardist musician composer
    songwriter producer rapper dancer actor actress director writer author novelist poet
    playwright journalist editor publisher photographer painter sculptor artist architect
    engineer scientist physicist chemist biologist mathematician philosopher historian
    economist theologian psychoanalyst psychologist linguist critic scholar professor teacher
    student president vice-president chairman chairwoman chair founder owner ceo manager
    coach striker midfielder defender goalkeeper forward winger captain player footballer
    cricketer boxer wrestler athlete swimmer runner cyclist racer rider driver pilot
    astronaut general admiral colonel commander officer soldier marshal lieutenant major
    minister senator congressman governor mayor king queen prince princess emperor empress
    sultan pharaoh pope bishop archbishop cardinal priest saint monk nun god goddess deity
    hero heroine prophet lawyer judge attorney counsel speechwriter diplomat ambassador
    secretary spokesman businessman businesswoman entrepreneur investor banker humorist
    comedian presenter host broadcaster chancellor premier husband wife son daughter father
    mother brother sister girlfriend boyfriend partner friend""".split()
)


# Head nouns of features and stations that many towns' names end in ("Funny River, Alaska").
TOWN_HEADS = frozenset(
    "river lake bay valley hill mountain station creek spring beach harbor delta cape".split()
)

# Head nouns at the end (or start: "Battle of X") of a name that say what it names.
HEAD_TYPES = {
    **{
        w: w
        for w in """river lake sea ocean bay gulf strait canal island islands mountain
    mountains hill valley moor forest desert peninsula coast park square street road avenue
    basin plain plateau delta glacier volcano cape
    bridge tunnel airport port harbour station railway line castle palace hall tower
    building church cathedral chapel abbey priory temple mosque monastery museum gallery
    library theatre stadium arena ground school college university academy institute lyceum
    hospital prison jail court council committee ministry department agency office
    government parliament assembly party union league association society club company
    corporation group network newspaper magazine journal army navy force forces corps
    division brigade regiment battalion fleet war battle revolution treaty agreement
    campaign siege crisis operation election award prize medal cup trophy championship
    festival album single song film novel book opera symphony series show programme
    district county province region city town village parish county borough day
    initiative plan programme program empire kingdom caliphate sultanate""".split()
    },
    "f.c.": "club",
    "fc": "club",
    "a.f.c.": "club",
    "inc.": "company",
    "ltd": "company",
    "plc": "company",
    "co.": "company",
    "games": "games",
    "olympics": "games",
    "gardens": "park",  # "Victoria Tower Gardens" is no person (R25: "Who is open as a park?")
    "reservoir": "lake",
    **dict.fromkeys("films pictures records studios productions".split(), "company"),  # labels
    "dam": "dam",
}


FIRST_HEAD = {
    "battle",
    "treaty",
    "day",
    "siege",
    "war",
    "university",
    "bank",
    "order",
    "operation",
    "church",
    "cathedral",
    "council",
    "kingdom",
    "republic",
    "ministry",
    "house",
    "museum",
    "bishop",
    "lake",
    "mount",
    "fort",
    "port",
    "cape",
    "isle",
    "river",
}


DISAMBIG = {
    "band": "band",
    "musician": "person",
    "singer": "person",
    "rapper": "person",
    "footballer": "person",
    "politician": "person",
    "actor": "person",
    "actress": "person",
    "writer": "person",
    "author": "person",
    "novelist": "person",
    "poet": "person",
    "philosopher": "person",
    "painter": "person",
    "artist": "person",
    "composer": "person",
    "album": "album",
    "song": "song",
    "single": "song",
    "film": "film",
    "novel": "novel",
    "book": "book",
    "play": "play",
    "opera": "opera",
    "magazine": "magazine",
    "newspaper": "newspaper",
    "river": "river",
    "mountain": "mountain",
    "city": "city",
    "town": "town",
    "village": "village",
    "county": "county",
    "state": "state",
    "country": "country",
    "island": "island",
    "company": "company",
    "club": "club",
    "football club": "club",
    "ship": "ship",
    "mythology": "deity",
    "god": "deity",
    "goddess": "deity",
    "deity": "deity",
    "building": "building",
    "horse": "animal",
}


COARSE = {
    "person": "person",
    "deity": "person",
    "country": "place",
    "region": "place",
    "place": "place",
    "province": "place",
    "territory": "place",
    "department": "place",
    **{
        w: "place"
        for w in """river lake sea ocean bay gulf strait canal island islands
       mountain mountains hill valley moor forest desert peninsula coast city town village
       county borough parish district province region state country park square street
       road avenue bridge tunnel airport port harbour empire kingdom caliphate sultanate
       dam""".split()
    },
    **{
        w: "building"
        for w in """building church cathedral chapel abbey priory temple mosque
       monastery museum gallery library theatre stadium arena castle palace hall tower
       station prison jail hospital ground""".split()
    },
    **{
        w: "org"
        for w in """school college university academy institute lyceum court council
       committee ministry department agency office government parliament assembly party
       union league association society club company corporation group network newspaper
       magazine journal band army navy force forces corps division brigade regiment
       battalion fleet""".split()
    },
    **{
        w: "event"
        for w in """war battle revolution treaty agreement campaign siege crisis
       operation election festival games""".split()
    },
    **{w: "award" for w in "award prize medal cup trophy championship".split()},
    **{
        w: "work"
        for w in """album single song film novel book opera symphony series show
       programme play""".split()
    },
}


# Fine kinds close enough to be wrong choices for each other ("other streets for a street").
FAMILIES = {
    **dict.fromkeys("street avenue road boulevard lane square".split(), "street"),
    **dict.fromkeys("city town village settlement suburb borough".split(), "settlement"),
    **dict.fromkeys("club team".split(), "club"),
    **dict.fromkeys("school college academy lyceum university institute".split(), "school"),
    **dict.fromkeys(
        "church cathedral chapel abbey priory temple mosque monastery".split(), "church"
    ),
    **dict.fromkeys("war battle siege campaign operation conflict revolution".split(), "conflict"),
    **dict.fromkeys("award prize medal trophy".split(), "award"),
    **dict.fromkeys("cup championship league".split(), "competition"),
    **dict.fromkeys("film show series programme".split(), "screen"),
    **dict.fromkeys("novel book play poem".split(), "book"),
    **dict.fromkeys("single song".split(), "recording"),  # (an album is no song: R19)
    **dict.fromkeys("newspaper magazine journal".split(), "publication"),
    **dict.fromkeys("company corporation firm".split(), "company"),
    **dict.fromkeys("river lake sea bay ocean gulf strait canal".split(), "water"),
    **dict.fromkeys("mountain mountains hill".split(), "mountain"),
    **dict.fromkeys(
        "army navy force forces corps division brigade regiment battalion fleet".split(), "military"
    ),
    **dict.fromkeys("building tower skyscraper".split(), "building"),
    **dict.fromkeys("museum gallery library".split(), "museum"),
    **dict.fromkeys("stadium arena ground".split(), "stadium"),
    **dict.fromkeys("castle palace".split(), "castle"),
    **dict.fromkeys("treaty agreement".split(), "treaty"),
    **dict.fromkeys(
        "ministry department agency office council committee court commission".split(), "body"
    ),
}


def family(fine: str) -> str:
    """The family of a fine kind: "avenue" and "street" are both streets."""
    return FAMILIES.get(fine, fine)


GENERIC_WORDS = frozenset(
    """the of and national royal state federal united international university college
    school church river lake mount club company party army force forces award prize cup
    league football city county district north south east west new saint battle battles siege
    war campaign treaty operation western eastern northern southern central upper lower greater
    minor europe asia africa america two three four five six seven eight nine ten twelve
    several many some few sports news records pictures films studios media radio television
    network airlines airways entertainment productions""".split()
)  # ("Five Sabres were shot down": no person, R35; "shown on Sky Sports": whom?, R338)


PERSON_AFTER = re.compile(
    r"\s*(?:\((?:born|b\.|c\.|\d{3,4})|,? (?:who|whose)\b|,? (?:said|says|stated|wrote|"
    r"argued|claimed|recalled|died|was born|married)\b)"
)


PLACE_BEFORE = re.compile(
    r"\b(?:born|died|based|located|situated|headquartered|moved|relocated|raised|lived|"
    r"settled|grew up|emigrated|returned|resides|residing) (?:in|to|at|near) $"
)


TITLE_BEFORE = re.compile(
    r"\b(?:President|General|Gen\.|Lt-Gen\.|Maj-Gen\.|Minister|Admiral|Colonel|Col\.|Captain|"
    r"Major|Maj\.|Lieutenant|Lt\.|Capt\.|Brigadier|Brig\.|Commodore|Commander|Marshal|Sir|Dame|"
    r"Lord|Lady|Dr\.?|Professor|Prof\.|King|Queen|"
    r"Prince|Princess|Saint|Pope|Bishop|Senator|Governor|Mayor|Chancellor|Secretary|Chairman|"
    r"Judge|Justice|Duke|Duchess|Earl|Baron|Emperor|Empress|Mr\.?|Mrs\.?|Ms\.?) $"
)


SETTLEMENT_OF = re.compile(
    r"\b(city|town|village|capital|port|district|province|region|county|state|island)s? of $"
)
ROLE_WORD = re.compile(r"(?:^|[\s(])(?:the |a |an )?(?:[a-z-]+ )?([a-z-]+) $")  # ("the city ")
APPOSITIVE_NOUN = re.compile(r", (?:a|an|the) (?:[\w-]+ ){0,3}?([a-z]+)\b")  # (", a school")
DISAMBIGUATOR = re.compile(r"\(([^)]+)\)$")  # "Queen (band)"


def role_before(text: str, start: int) -> str:
    """The role noun written just before a name: "guitarist Brian May" -> "guitarist";
    "the city of Jebrayil" -> "city"."""
    settlement = SETTLEMENT_OF.search(text[:start])
    if settlement:
        return "city" if settlement.group(1) == "capital" else settlement.group(1)
    if TITLE_BEFORE.search(text[:start]):
        return "person"
    match = ROLE_WORD.search(text[:start])
    if not match:
        return ""
    word = match.group(1)
    singular = word[:-1] if word.endswith("s") and word[:-1] in PERSON_ROLES else word
    if singular in PERSON_ROLES or singular in HEAD_TYPES:
        return singular
    return ""


@lru_cache(maxsize=8192)
def head_type(name: str) -> str:
    """The type a name's own head noun gives: "Bodmin College" -> "college"."""
    if re.fullmatch(r"[^,]+, [A-Z][^,]*", name):
        return ""  # a place and its region: "Newport, Rhode Island" is no island, "Lake
        # Charles, LA" no lake, "College Station, Texas" no station ("born in which lake?")
    words = [w.lower().strip(",") for w in name.split()]
    if not words:
        return ""
    last = words[-1] if words[-1] in HEAD_TYPES else words[-1].strip(".")  # "F.C.", "Inc."
    if words[-3:] == ["of", "the", "year"] or words[0] == "best" and len(words) > 1:
        return HEAD_TYPES.get("award", "award")  # "Album of the Year", "Best Film" (R34, R36)
    of_the = [i for i in range(1, len(words) - 2) if words[i : i + 2] == ["of", "the"]]
    if of_the:
        last = words[of_the[0] - 1]  # "Hero of the Soviet Union" is no union
    elif len(words) > 2 and words[-2] == "of":
        last = words[-3]  # "Secretary of War" is no war
    if len(words) >= 3 and words[1] == "of" and words[0] in HEAD_TYPES:
        if len(words) > 3 and last not in HEAD_TYPES and "NOUN" in lemmas(last):
            return ""  # the "Bay of Pigs Invasion" is an invasion, no bay (R439: "in which bay?")
        return HEAD_TYPES[words[0]]  # "Province of Massachusetts Bay" is no bay (R76)
    if last in HEAD_TYPES:
        return HEAD_TYPES[last]
    if last.endswith("s") and last[:-1] in HEAD_TYPES and len(words) > 1:
        return HEAD_TYPES[last[:-1]]  # "Al Kazim Towers"
    if len(words) >= 3 and words[1] == "of" and words[0] in FIRST_HEAD:
        return HEAD_TYPES.get(words[0], words[0])
    plural = len(words) == 2 and words[1] not in lemmas(words[1]).get("NOUN", (words[1],))
    if len(words) >= 2 and words[0] in ("operation", "battle", "siege", "treaty", "mount", "lake"):
        return "" if plural else HEAD_TYPES.get(words[0], words[0])  # "Battle Honours" (R435)
    return ""


def appositive_type(text: str, end: int) -> str:
    """ "St. Peter's School, a boarding school for boys" -> "school"."""
    match = APPOSITIVE_NOUN.match(text[end:])
    if match and (match.group(1) in HEAD_TYPES or match.group(1) in PERSON_ROLES):
        return match.group(1)
    return ""


@lru_cache(maxsize=8192)
def club_target(target: str) -> bool:
    """A link to a football club's page ("Ilkeston Town F.C."): the name is a club's, not the
    town's (R208)."""
    return bool(re.search(r"\bF\.?C\.?$|football club", target, re.I))


def disambiguator_type(target: str) -> str:
    match = DISAMBIGUATOR.search(target)
    if not match:
        return ""
    words = match.group(1).lower()
    for key, value in DISAMBIG.items():
        if words == key or words.endswith(" " + key):
            return value
    return ""


@lru_cache(maxsize=8192)
def person_like(name: str) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(
            re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O'[A-Z][a-z]+", w)
            or re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", w)  # ("Louis-Joseph de Montcalm")
            or 0 < i < len(words) - 1
            and w in ("de", "del", "da", "di", "van", "von", "der", "bin")
            for i, w in enumerate(words)  # ("Benicio del Toro")
        )
        and not head_type(name)
        and not any(w.lower() in GENERIC_WORDS for w in words)
    )


def without_title(name: str) -> str:
    """The name without the titles before it: "Captain Christopher Newport" -> "Christopher
    Newport", "Rear-Admiral Sir Edward Pellew" -> "Edward Pellew"."""
    first, _, rest = name.partition(" ")
    while rest and TITLE_BEFORE.search(f"{first} "):
        name = rest
        first, _, rest = name.partition(" ")
    return name


def coarse_of(fine: str) -> str:
    if fine in PERSON_ROLES:
        return "person"
    if fine.startswith("c:"):
        return "concept"
    return COARSE.get(fine, fine)


CALLINGS = {"leader": "politician", "statesman": "politician", "actress": "actor"}


def calling(target: str) -> str:
    """The calling a link's disambiguator names, by its last word: "actor" of "Robert Lindsay
    (actor)", "politician" of "John Smith (UK politician)" and of "(Labour Party leader)"."""
    found = DISAMBIGUATOR.search(target)
    word = found[1].split()[-1].lower() if found else ""
    return CALLINGS.get(word, word)


def other_calling(callings: dict[str, set[str]], name: str, answer: str) -> bool:
    """Two people whose links name other callings (``calling``): an actor who played the
    subject is no choice for his predecessor, a politician (R404)."""
    own, theirs = callings.get(answer, set()), callings.get(name, set())
    return bool(own and theirs) and not own & theirs
