"""Infobox career and life fields the text tells otherwise: a later rank, another branch of
the armed forces, another alma mater, a release in another year, a year of birth or death the
text gives only as about that year (``about_the_year``, asked by ``otherwise.born_otherwise``)."""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generator.datedays import clashes, days_in, one_of_steps, year_slipped
from quiz.generator.spans import YEAR_IN_TEXT
from quiz.text import normalize

# "promoted to vice admiral", "attained the rank of admiral" (in normalised text).
PROMOTED = re.compile(r"\b(?:promoted to|rank of|raised to|advanced to) (?:the rank of |full )?")
RANKS = re.compile(
    r"\b(?:marshal|general|admiral|colonel|major|captain|lieutenant|brigadier|commander|"
    r"commodore|sergeant|corporal|private)\b"
)
SERVICES = re.compile(r"\b(?:royal|navy|army|air force|united states|us|british|marine corps)\b ?")
# A service named in full: "the Royal Flying Corps", "the Australian Imperial Force".
SERVICE = re.compile(
    r"\b(?:[A-Z][\w.'’-]* )+(?:Army|Navy|Air Force|Flying Corps|Naval Air Service|Marine Corps|"
    r"Marines|Imperial Force|Coast Guard|Air Corps)\b"
)
# A numbered formation, no service: "the Fifth Army", "the 2nd Army".
FORMATION = re.compile(
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+\w*) "
)
ABOUT = r"(?:c\.|ca\.|circa|around|about|approximately|probably|possibly|perhaps)"


def later_rank(value: str, prose: str) -> bool:
    """The text promotes the subject past the infobox's rank ("Rank: Royal Navy Rear-Admiral"
    of a man "making Rear Admiral in 1819" who "attained the rank of Admiral in 1841", R124)."""
    rank = SERVICES.sub("", normalize(value)).strip()
    text = normalize(prose)
    last = text.rfind(rank) if rank else -1
    if last < 0:  # the text never names it; its first sentence names another ("Général
        named = RANKS.findall(normalize(prose.split(". ")[0]))  # d'Armée" of "a Marshal", R199)
        return bool(named) and not any(r in rank for r in named)
    return any(
        not text.startswith(rank, m.end()) for m in PROMOTED.finditer(text, last + len(rank))
    )


def other_service(value: str, prose: str) -> bool:
    """The text names a service besides the infobox's branch: "In which branch did Bostock
    serve?" Royal Australian Air Force, after the Australian Imperial Force and the Royal
    Flying Corps (R124). (Not a formation: "the Fifth Army", "the 2nd Army".)"""
    own = _service(value)
    return any(
        _service(m[0]) not in own and own not in _service(m[0])
        for m in SERVICE.finditer(prose)
        if not FORMATION.match(m[0])
    )


def _service(name: str) -> str:
    return re.sub(r"\bu s\b|\bus\b", "united states", normalize(name))


def about_the_year(value: str, prose: str) -> bool:
    """A year of birth or death the text gives as approximate: "born in Jerusalem around
    1130", "(c. 1130 - 1186)" beside "Birth date: 1130" (R125)."""
    year = re.search(r"\b\d{3,4}\b", value)
    if year is None:
        return False
    return bool(re.search(rf"\b{ABOUT}\s*(?:[A-Z][a-z]+ )?{year[0]}\b", prose))


def released_otherwise(value: str, prose: str) -> bool:
    """A release the text dates again in another year: "Released: July 8, 1981" where the band
    "re-recorded the song for its 1983 debut", a short film "re-released with ... in 1996"
    (R129, R134: released when?). Not a reissue on CD or DVD: the first release is meant."""
    own = set(re.findall(r"\b\d{4}\b", value))
    album = re.findall(r"\b(?:from|on|off) (?:the|their|his|her|its) (\d{4}) album\b", prose)
    if own and set(album) - own:
        return True  # a single of 1990 "from the 1989 album Disintegration": which year? (R222)
    lead = re.match(r"[^.]{0,120}? (?:is|was) (?:an? |the )?(\d{4}) ", prose)
    if own and lead and lead[1] not in own:
        return True  # "Released: 1979" where the lead calls it "1987 Malayalam film" (R235)
    told = re.finditer(r"\b(?:re-?released|re-?issued|re-recorded)\b[^.;]{0,60}?\b(\d{4})\b", prose)
    return bool(own) and any(
        m[1] not in own and not REISSUE.search(prose[max(0, m.start() - 80) : m.end()])
        for m in told
    )  # (not "released by MGM on DVD on April 1, 2003")


REISSUE = re.compile(  # a reissue on another medium, not a new release
    r"\b(?:CD|DVD|Blu-ray|VHS|LaserDisc|video|box set|compilation|edition)\b", re.I
)


FOOTBALL = (
    r"goalkeeper|defender|midfielder|forward|striker|winger|(?:full|centre|center|wing)-?back"
)
POSITIONS = re.compile(
    rf"(?i)\b(?:{FOOTBALL}|sweeper|pitcher|catcher|infielder|outfielder|shortstop|quarterback|"
    r"running back|wide receiver|linebacker|tight end|cornerback|guard|centre|center|flanker|"
    r"fly-half|scrum-half|hooker)\b"
)
# A footballer's position the text tells in passing: "playing as a forward", "as a false
# winger", "as a false nine" (not "played football as a linebacker in high school" of a
# baseball player, nor an uncle's "as a pitcher", nor "as a nine-year-old").
PLAYS_AS = re.compile(
    rf"(?i)\b(?:as|at) an? (?:(?:false|classic|attacking|defensive|central|right|left|second|"
    rf"deep-lying|inside) )?({FOOTBALL}|false nine|playmaker)\b(?!-)"
)


# A second position named beside the field's: "wide receiver and return specialist".
ANOTHER_AFTER = re.compile(r" ?(?:and|or|/) ?(?:an? )?(?!was|is|has|had|who|then|later)[a-z]")
AND_BEFORE = (" and ", " or ")


def position_otherwise(value: str, prose: str) -> bool:
    """A playing position the lead names otherwise: "Position: Winger" of "a retired Soviet and
    Russian football midfielder" (R138: which is right?); or the text anywhere ("joined Tormenta
    FC playing as a forward" beside "Position: Defender", R304), once beside the field's own
    ("Forward" of one who also played "as a false nine", R442: either typed is right)."""
    first = prose.split(". ")[0]
    told = {m.lower() for m in POSITIONS.findall(first)}
    at = re.search(rf"(?i)\b{re.escape(value)}\b", first) if value else None
    if at and (ANOTHER_AFTER.match(first, at.end()) or first[: at.start()].endswith(AND_BEFORE)):
        return True  # a second one beside it: "a wide receiver and return specialist" (R233)
    if told and not told & {m.lower() for m in POSITIONS.findall(value)}:
        return True
    played = {m.lower() for m in PLAYS_AS.findall(prose)}  # (any other: "Forward" beside "as
    return any(position not in value.lower() for position in played)  # a false nine", R442)


QUALIFIED_RANK = re.compile(r"\b(?:lower|upper) half\b")  # (not "Chief petty officer")


def career_otherwise(name: str, value: str, prose: str) -> bool:
    """The rank, branch, position or release that the text tells otherwise."""
    key = name.strip().lower()
    if key == "rank":  # (or a rank with a qualifier out of its name: "[[Rear Admiral]] lower
        return later_rank(value, prose) or bool(QUALIFIED_RANK.search(value))  # half", R410)
    if key in ("released", "release date", "release_date"):  # (and "It was released in 1997"
        return released_otherwise(value, prose) or dated_otherwise("released", value, prose)
    if key == "position":  # ("HB", "QB": a learner types "halfback", R198; "Co-founder of
        job = r"(?i)\b(?:of|founder|president|owner|director|chairman|executive)\b"  # NFL Films"
        short = re.fullmatch(r"[A-Z]{1,3}(?:[/,] ?[A-Z]{1,3})*", value)  # is no position, R209)
        two = re.search(r"[a-z]-[A-Z]", value)  # ("Shooting guard-Small forward", R214)
        opening = ONE_CODE.sub(r"\1", prose.split("\n")[0].lower())  # ("rugby union footballer")
        sports = set(SPORT_NAME.findall(opening)) - {"soccer"}  # (football too)
        if len(sports) > 1:  # ("an English footballer and cricketer": in which? R395)
            return True
        return bool(short or two or re.search(job, value)) or position_otherwise(value, prose)
    if key in CREDITS:
        return credited_otherwise(CREDITS[key], value, prose)
    if FOUNDED.fullmatch(key):  # (and the text's "established in 1995" beside "Foundation: 1998")
        lead = prose.split("\n")[0]  # (the lead's first paragraph: not "the league was formed")
        return any(given_otherwise(s, [(key, value)]) for s in re.split(r"(?<=\.) ", lead))
    bare = re.fullmatch(r"(?i)(?:the )?(?:army|navy|air force|marines|militia)", value)  # (whose?
    branch = key == "branch" and (bool(bare) or other_service(value, prose))  # R198)
    return branch or dated_otherwise(key, value, prose)


# An infobox date field and the verb the text tells it with ("Opened: 1744" beside "the
# chapel opened in March 1745", R156).
DATED = {
    "opened": "opened",
    "opening": "opened",
    "built": "built",
    "completed": "completed",
    "dedicated": "dedicated",
    "inaugurated": "inaugurated",
    "launched": "launched",
    "closed": "closed",
    "released": "released",  # beside "Released: July 20, 1998", R223)
    "added": "(?:listed|added)",  # ("Added: 1982" of the National Register, R274)
}
# The subject as a clause's subject ("It", "the chapel"; after a fronted phrase): not "the North
# Terminal opened in 1966" in an airport's article
ITSELF = (
    r"(?:^|[.!?]\s+)(?:[A-Z][^.;]{0,60}, )?(?:[Ii]t|[Tt]he [a-z]+(?: [a-z]+)?) "
    r"(?:was |were |had been |is )?(?:first |originally |officially |later )?"
)


def dated_otherwise(key: str, value: str, prose: str) -> bool:
    """A date field whose year the text never gives with its verb but gives another year."""
    verb = DATED.get(key.replace("_date", "").replace(" date", ""))
    own = YEAR_IN_TEXT.findall(value)
    if not verb or not own:
        return False
    told = re.findall(rf"{ITSELF}{verb}\b[^.;]{{0,60}}?{YEAR_IN_TEXT.pattern}", prose)
    if bool(told) and not set(told) & set(own):
        return True
    anew = rf"\b(?:new|rebuilt|replacement|present|current)\b[^.;]{{0,60}}\b{verb}\b"
    return any(re.search(anew, s) and own[0] in s for s in re.split(r"(?<=\.) ", prose))
    # ("Opened: 2003", where "In 2003 the new, purpose-built Hampstead Theatre opened" and the
    # theatre began in 1959: which opening? R220)


# A credit field and the words the text gives it with: "Producer: Saul Zaentz" beside "produced
# and directed by Ralph Bakshi" (R156): which is the producer?
CREDITS = {
    "producer": "produced",
    "director": "directed",
    "developer": "developed",
    "architect": "designed",
    "designer": "designed",
    "composer": "composed",
}


CAPITALISED = re.compile(r"[A-Z][\w'’-]+")


def credited_otherwise(verb: str, value: str, prose: str) -> bool:
    """The text credits the field's work to someone the field does not name."""
    surnames = set(CAPITALISED.findall(value))
    names = r"(?:[A-Z][\w.'’-]* ?)+"
    lead = prose.split("\n", 1)[0]  # (the lead's own credits, whatever the clause: "an animated
    any_clause = rf"(?<!executive ){verb}(?: and [a-z]+)? by ({names})"  # film produced and
    in_lead = [set(CAPITALISED.findall(c)) for c in re.findall(any_clause, lead)]  # directed by")
    if in_lead:
        return not all(surnames & c for c in in_lead)
    own_clause = (
        rf"{ITSELF}(?:[a-z]+ and )?{verb}(?: and [a-z]+)? by ({names}(?:(?:,| and) {names})*)"
    )
    design = rf"\bdesign(?:er|ers| engineer| engineers)\b[^.;]{{0,40}}? (?:was|were) ({names})"
    said = re.findall(own_clause, prose) + re.findall(design, prose) * (verb == "designed")
    credited = [set(CAPITALISED.findall(c)) for c in said]  # ("The chief design engineer of
    # the original bridge was Leonard O. Hopkins" beside "Designer: Joseph Strauss", R220)
    return bool(credited) and not any(surnames & c for c in credited)


STUDIED = re.compile(
    r"\b(?:graduated from|degree (?:from|at)|[BM]\.[AS]\. (?:from|at)|studied at|attended|(?:PhD|"
    r"Ph\.D\.|doctorate|[Dd]iploma|BA|MA|BSc|MSc|programme|program)\b[^.]{0,60}?\b(?:from|at|in)) "
    r"(?:the )?(?:[A-Z][\w.'’-]* )*(?:University|College|Institute)(?: of(?: [A-Z][\w.'’-]*)+)?"
)


def studied_elsewhere(name: str, value: str, prose: str) -> bool:
    """An alma mater field where the text says the subject studied somewhere else too."""
    if name.strip().lower().replace(" ", "_") != "alma_mater":
        return False  # (also "alma mater")
    value = re.sub(r"\s*\(.*\)$", "", value)  # "Miami University (Ohio)"
    own = re.escape(value)
    if re.search(r"\balma mater\b", prose) and not re.search(
        rf"{own}[^.]{{0,60}}\balma mater\b|\balma mater\b[^.]{{0,60}}{own}", prose
    ):
        return True  # "Magdalen College, his alma mater at Oxford" beside Melbourne (R136)
    if any(value not in m[0] for m in STUDIED.finditer(prose)):
        return True
    own_words = set(DISTINCT.findall(value))
    return any(  # another school the text names: it may be an alma mater too (R272-R325:
        (words := set(DISTINCT.findall(m[0]))) and not words & own_words  # 19 of 26 passed;
        for m in INSTITUTION.finditer(prose)  # King Edward's School beside Trinity College)
    )


SCHOOL = (  # (and in other languages: "Real Colegio Seminario de San Carlos", R327's N2)
    r"University|College|Institute|Seminary|Academy|Polytechnic|Conservatory|School|"
    r"Universidad|Universidade|Universit[éàä]t?|Colegio|Coll[èe]ge|Gymnasium|Lyc[eé]e|Lyceum"
)
INSTITUTION = re.compile(
    rf"\b(?:[A-Z][\w.'’&-]* )*(?:{SCHOOL})\b(?: (?:of|for)(?: the)?(?: [A-Z][\w.'’&-]*)+)?"
)
DISTINCT = re.compile(rf"\b(?!(?:{SCHOOL}|The|State|National|Royal|Saint|St)\b)[A-Z][\w'’&]+")


SPORT_NAME = re.compile(  # a sport by name (kindwording.SPORT: an infobox of a player)
    r"\b(football|soccer|cricket|baseball|basketball|rugby|hockey|lacrosse|handball|volleyball)"
)
ONE_CODE = re.compile(r"\b(rugby|gaelic|australian rules) (?:union |league )?football")
FOUNDED = re.compile(r"(?i)\b(?:founded|foundation|established|formed|formation)\b")


def given_otherwise(text: str, fields: list[tuple[str, str]]) -> bool:
    """A sentence giving a founding year, a count or a life's date that the infobox
    (``fields``: name, value) gives otherwise: "established in 1995" beside "Foundation: 1998"
    (R201), "a seating capacity of 42,786" beside "Capacity: 42,788" (R206), "born April 27,
    1904" beside "Birth date: 27 August 1904" (R209): which is it?"""
    lives, counts, founded = _given(tuple(fields))
    if lives and (days := days_in(text)):
        if any(clashes(d, life) for life in lives for d in days):
            return True
    values = tuple(v for _, v in fields)
    if year_slipped(text, values) or one_of_steps(text, values):
        return True  # (any line's day: a term's start, R406; a labelled step's, R437)
    for verb, dated in _dated(tuple(fields)):  # ("born in 1910" beside "(1915 - 2010)",
        said = set(verb.findall(text)) if dated else set()  # "opened on 31 October 1912"
        if said and not said & dated:  # beside "Year: 1911", R223)
            return True
    years = set(YEAR_IN_TEXT.findall(text))
    for noun, own in counts:
        if noun.search(text):
            told = (int(n.replace(",", "")) for n in COUNT.findall(text))
            if any(n != own and abs(n - own) <= own / 10 for n in told):
                return True
    if not founded or not FOUNDED.search(text):
        return False
    return bool(years) and not years & founded


COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d{3,}")
# An infobox field's years and the verb a sentence tells them with.
DATED_FIELDS = tuple(
    (re.compile(rf"\b{verb}\b(?:(?! and )[^.;,]){{0,60}}?\b(1\d{{3}}|20\d\d)\b"), re.compile(name))
    for verb, name in (
        ("born", r"(?i)birth|born"),
        ("died", r"(?i)death|died"),
        ("opened", r"(?i)^(?:opened|opening|year)$"),
        ("built", r"(?i)^(?:built|year.?built|constructed|construction|completed)$"),  # (R275:
        ("(?:listed|added)", r"(?i)^(?:added|nrhp.?added|listed)$"),  # "built 1925" beside
        ("completed", r"(?i)^(?:completed|completion(?: date)?)$"),  # (a ship's, R413:
        ("launched", r"(?i)^launched$"),  # "completed in May 1916" beside its box's
        ("laid down", r"(?i)^laid.?down$"),  # "Ship completed: 10 May 1915", read as
        # "completed": wikitext._render_infobox drops a box in parts' "Ship ")
    )  # "Built: 1952"; "listed on the National Register ... in 1983" beside "Added: 1982", R274)
)


@lru_cache(maxsize=64)
def _dated(fields: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], set[str]]]:
    """Each verb of DATED_FIELDS with the years its infobox fields give (none: no field)."""
    return [
        (verb, {y for n, v in fields if name.search(n.strip()) for y in YEAR_IN_TEXT.findall(v)})
        for verb, name in DATED_FIELDS
    ]


@lru_cache(maxsize=64)
def _given(
    fields: tuple[tuple[str, str], ...],
) -> tuple[list[set[tuple[int, int, int]]], list[tuple[re.Pattern[str], int]], frozenset[str]]:
    """An infobox's life dates, counts (the noun that names each) and founding years."""
    lives = [days_in(v) for n, v in fields if re.search(r"(?i)birth|death|born|died|^date$", n)]
    counts = []
    for name, value in fields:
        count = COUNT.fullmatch(value.strip())
        noun = name.strip().lower().replace("_", " ").split(" ")[-1]
        if count and len(noun) > 3 and not YEAR_IN_TEXT.fullmatch(value.strip()):
            own = int(count.group().replace(",", ""))
            counts.append((re.compile(rf"\b{re.escape(noun[:-1])}", re.I), own))
    founded = {
        y for n, v in fields if FOUNDED.fullmatch(n.strip()) for y in YEAR_IN_TEXT.findall(v)
    }
    return [life for life in lives if life], counts, frozenset(founded)


DEPUTY = {"lieutenant", "deputy", "vice", "assistant", "associate", "acting", "shadow", "under"}


def same_post(a: str, b: str) -> bool:
    """Two infobox posts that are one, the words of one within the other's ("Minister of
    Religious Affairs of the Republic of Indonesia" and "... of Indonesia", R385), not a
    deputy's ("Lieutenant Governor" is another post than "Governor"). A post held twice has
    two answers for "Who succeeded him?" (``offices``)."""
    words = [
        frozenset(re.findall(r"\w{3,}", post.lower())) - {"the", "and", "for"} for post in (a, b)
    ]
    small, large = sorted(words, key=len)
    return bool(small) and small <= large and not (large - small) & DEPUTY
