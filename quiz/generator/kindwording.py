"""Infobox questions that fit one kind of infobox: a person's career (their post, position,
party), a work's or an event's credits and dates, a building's style, a team season's coach;
and whether the text tells such a field as asked (a credit's role, a place's beginnings)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.generator.gazetteer import gazetteer_type
from quiz.generator.general import CROWNS
from quiz.generator.lexicon import demonym
from quiz.generator.pennames import pen_name
from quiz.generator.spans import YEAR_IN_TEXT
from quiz.generator.typeclues import COARSE, head_type
from quiz.text import normalize

# An infobox's first post: "Bishop of Durham", not "Head Coach" nor "Governor-elect of Chubut".
OFFICE = re.compile(  # (not a role glued to its body: "Deputy Legislative Assembly of", R299)
    r"(?!.*\b(?:elect|acting|interim|designate)\b)"
    r"(?!(?:Deputy|Member|Senator|Representative|Councillor|Delegate) (?:[A-Z][a-z]+ )*"
    r"(?:Assembly|Parliament|Congress|Chamber|Council|Senate|Legislature)\b)"
    r"[A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,5}"
    r" of (?:the )?[A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,5}"
)
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th) ")  # a post's number in its line: "49th Prime ..."
SPORT = r"(?i)player|football|baseball|basketball|hockey|cricket|rugby|athlete|coach"
MILITARY = r"(?i)military|officer|soldier"
# A person's career, asked of a person's article only ({o}: that post), by the box's kinds.
CAREER_WORDING = {
    "predecessor": (r"", "Who preceded {t} as {o}?"),
    "successor": (r"", "Who succeeded {t} as {o}?"),
    "term_start": (r"", "In what year did {t} become {o}?"),
    "position": (SPORT, "What position did {t} play?"),
    "branch": (MILITARY, "In which branch of the armed forces did {t} serve?"),
    "rank": (MILITARY, "What rank did {t} reach?"),
    "party": (r"", "Which political party did {t} belong to?"),  # (one: list_value; R352-R388)
}
# A place's regions: a settlement's numbered pairs ("subdivision_state") or a field ("state").
PLACE_LEVELS = """state province region county district department governorate prefecture
    oblast voivodeship""".split()  # (no French canton, redrawn in 2015; no "region" field, R311)
PLACE_FIELDS = ("state", "province", "department", "prefecture", "governorate", "oblast")
PLACED = (  # (not a church's: its "district" is the church's own)
    r"(?i)settlement|place|village|town|city|municipality|commune|school|college|university|"
    r"hospital|building|museum|park|reserve|station|airport"
)
TEAM_FIELDS = ("conference", "coach", "head_coach")  # a team season's (not a club's, now)
STYLE_FIELDS = ("architecture", "architectural_style", "architecture_style")
BUILDING = r"(?i)NRHP|historic|building|church|house|religious|skyscraper|castle|temple|hall"
EVENT = r"(?i)conflict|battle|match|race|accident|incident|disaster|earthquake|storm|election"
# A work's or an event's fields, likewise (not an episode's series, which its title names).
WORK_WORDING = {
    "airdate": (r"(?i)episode", "When was {t} first broadcast?"),
    "first_aired": (r"(?i)episode", "When was {t} first broadcast?"),
    "composer": (r"(?i)film|television|game|\bvg\b", "Who composed the music for {t}?"),
    "music": (r"(?i)film|television", "Who composed the music for {t}?"),
    "discoverer": (r"", "Who discovered {t}?"),
    "dates": (r"(?i)military unit", "When was {t} formed?"),  # (its first date: kind_value)
    "first_flight": (r"(?i)aircraft|airliner|helicopter|glider", "When did {t} first fly?"),
    "album": (r"(?i)single|song", "On which album was {t} released?"),
    **{key: (BUILDING, "In which architectural style was {t} built?") for key in STYLE_FIELDS},
    "cinematography": (r"(?i)film", "Who was the cinematographer of {t}?"),
    # (No studio: "Which studio made ...?" passed 34 of 44 in R272-R329, a name the infobox
    # alone gives, or one the distributor's or a production company's fits too.)
    **{f"subdivision_{level}": (r"", f"In which {level} is {{t}}?") for level in PLACE_LEVELS},
    **{level: (PLACED, f"In which {level} is {{t}}?") for level in PLACE_FIELDS},
    "canton": (r"(?i)swiss", "In which canton is {t}?"),  # (a Swiss town's: "Valais")
    "conference": (r"(?i)team season", "In which conference did {t} play?"),
    **{key: (r"(?i)team season", "Who coached {t}?") for key in ("coach", "head_coach")},
    "discovered_by": (r"", "Who discovered {t}?"),
    **{  # (one language: "Java, XML" is a list, see list_value)
        key: (r"(?i)software", "In which programming language is {t} written?")
        for key in ("programming_language", "written_in")
    },
    **{  # (an event's start and end: see ``lifelines.life_parts``)
        key: (EVENT, f"When did {{t}} {verb}?")
        for key, verb in (("date", "take place"), ("began", "begin"), ("ended", "end"))
    },
}
DATED_FIELDS = ("term_start", "airdate", "first_aired", "date", "began", "ended")
UNBUILT = re.compile(  # an area, not one building: "Fort Ross State Historic Park was built in
    r"\b(?:Park|District|Boulevard|Street|Avenue|Road|Square|Site|Cemetery|Gardens?|Reserve|"
    r"Area|Trail|Arboretum)$"  # 1812", "Hollywood Boulevard was built in 1939"
)


# A post named by a relation to its holder: "become the wife of the President of ...".
KIN_POST = re.compile(r"(?:Wife|Husband|Spouse|Consort|Partner|Widow) of ")


def field_given_otherwise(name: str, office: str) -> bool:
    """A spouse's post's term or party, which the partner's gives away ("In what year did Cherie
    Blair become the spouse of the Prime Minister?": Tony Blair's, 1997; R446)."""
    key = name.strip().lower().replace(" ", "_")
    return bool(KIN_POST.match(office)) and key in ("term_start", "term_end", "party")


def first_office(fields: list[tuple[str, str]]) -> str:
    """The post named by the first "office" (else "succession", else "title") field, if it
    reads as one: a monarch's "title" is a style ("Duke of Windsor" of Edward VIII, whose
    predecessor and successor were kings, R295), the post is the "succession" line; not two
    posts, of which a successor may hold one (R471)."""
    for wanted in ("office", "order", "succession", "title"):
        for name, value in fields:
            if name.strip().lower() == wanted:
                value = ORDINAL.sub("", value.strip())  # "10th President of Italy"
                two = re.match(r"[A-Z][\w ]+ and [A-Z]", value)  # ("King and High Priest")
                return value if OFFICE.fullmatch(value) and not two else ""
    return ""


def fitted_question(
    wording: dict[str, tuple[str, str]],
    key: str,
    title: str,
    kind: str,
    value_type: str,
    office: str = "",
) -> str | None:
    """The field's question from ``wording`` where the infobox's ``kind`` fits it: a person's
    post ("Who succeeded X as Bishop of Durham?"), position, branch or rank; a work's first
    broadcast, composer, developer, publisher or discoverer; an event's date."""
    kinds, template = wording.get(key, ("", ""))
    if not template or not re.search(kinds, kind) or "{o}" in template and not office:
        return None
    if key in STYLE_FIELDS and UNBUILT.search(title):
        return None  # a register's style of a park is its buildings' (R337-R340)
    if key in DATED_FIELDS and (value_type not in ("date", "year") or YEAR_IN_TEXT.search(title)):
        return None  # "When did 2009 ... take place?": the title holds the year, the day is left
    if key == "date" and re.search(r"\bFlight [\w-]+$", title):  # a route's flight, flown for
        noun = "incident" if re.search(r"(?i)incident|hijack|attack", kind) else "accident"
        template = f"When did the {{t}} {noun} take place?"  # years: its accident's (R411)
    if key in TEAM_FIELDS:
        if not title.endswith(" team"):
            return None  # "Who coached the 2014–15 St. Louis Blues season?"
        title = f"the {title}" if title[:1].isdigit() else title  # (the text's own may lack it)
    post = f"a {office[0].lower()}{office[1:]}" if office.startswith("Member ") else office
    if KIN_POST.match(post):  # "Wife of the President ...": a relation, not a title (R442)
        post = f"the {post[0].lower()}{post[1:]}"
    if key in ("predecessor", "successor") and (crown := THRONE.match(post)):
        template, post = template.replace(" as {o}", " on the throne of {o}"), crown[1]
    return template.format(t=title, o=post)  # "become a member of the Exland Senate"


# A crown's title, of one holder's sex: asked "on the throne of England and Ireland" (R357).
THRONE = re.compile(rf"(?:{CROWNS}) of (.+)$")


# Fields second to a work's makers and dates, asked after them (one item per name).
SECOND = frozenset(("cinematography", "album", *TEAM_FIELDS, *STYLE_FIELDS))


RELEASE_FIELD = re.compile(r"released|release_?date|published|pub_date|first_aired")  # (a work's)


def field_salience(name: str, dated_work: str = "") -> float:
    """How central an infobox field is: its subject's key facts 1.05, the rest a little less,
    and a work's release where its credits are asked of "the 1984 film Azhagu" (the year
    asked would take them all out: one item for three, R314)."""
    dated = dated_work and RELEASE_FIELD.fullmatch(name.strip().lower())
    return 1.0 if name.strip().lower().replace(" ", "_") in SECOND or dated else 1.05


UNFINISHED_STUDY = re.compile(
    r"\b(?:dropped out|withdrew|expelled|one semester|a semester|one year|did not graduate|"
    r"never graduated|without graduating|without a degree|left (?:school|college|university|"
    r"the university|after))\b"
)  # (an alma mater the text qualifies: R292, "After one semester, she left school")
OTHER_RELEASE = re.compile(r"\brelease[ds]?\b(?: \S+){0,8}? (?:1[5-9]|20)\d\d\b")
ALBUM_YEAR = re.compile(r"\balbum(?: [^ ]+){0,6}? ((?:1[89]|20)\d\d)\b")  # (normalised text)
FOUNDING_KEYS = ("founded", "foundation", "established", "formed")
REFORMED = re.compile(  # (in normalised text) a unit raised anew
    r"\b(?:re ?formed|re ?activated|re ?established|re ?constituted|re ?raised)\b"
)
RENAMED = r"\b(?:re ?named|re ?designated)(?: as| to)?(?: the)? "  # (its name given later)
KILLED_IN_BATTLE = re.compile(
    r"\b(?:killed|fell|mortally wounded)\b(?: \S+){0,8}? (?:battle|action)\b"
)
HEDGED = r"(?:some (?:sources |historians |accounts )?(?:say|state|claim|give)|others say)\b"
SWITCHED = re.compile(  # (in normalised text) a politician who changed parties
    r"\b(?:switched (?:his |her |their )?(?:party|parties|allegiance|affiliation)|defect(?:ed|"
    r"ing|ion)|changed (?:his|her|their) (?:party|affiliation)|crossed the floor)\b"
)


def kind_value(
    name: str, value: str, title: str, fields: list[tuple[str, str]], prose: str = ""
) -> str:
    """A building's style as a learner would write it ("Greek Revival"; "Romanesque Revival
    architecture" without its last word); "" where the field holds no style's name ("Schooner
    rigged beam trawler"), where a song's album is named like its artist ("Hozier"); a birth
    name only where it differs from the title's name in every word ("Farrokh Bulsara" of
    Freddie Mercury) and is in Latin letters; a developer only where the text (``prose``,
    normalised and spaced) names it too (R291); a release's year not where the text dates a
    release otherwise (R290, R291); an alma mater not where the text says its study ended
    unfinished (R292); a party not where the text tells of a change of party; no founding
    year the title holds ("SV 08"); no birth or death the text hedges ("some say"); a military
    unit's formation as the first date of its one period of service ("1943–1945": 1943; none
    where the text tells it re-formed or renamed to its name); any other as it is. (A post
    held twice: ``offices.first_post_lines``.)"""
    key = name.strip().lower().replace(" ", "_")
    first = normalize(value.split(",")[0])
    if first and f" {first} " in f" {normalize(title)} ":
        return ""  # the title gives it away: "Where was Hippocrates of Kos born?" Kos (R436)
    if key in ("largest_city", "largest_settlement") and head_type(value) in PLACE_LEVELS:
        return ""  # a region is no city: "Brussels-Capital Region" (Antwerp? Brussels? R436)
    if key == "headquarters" and "," not in value:
        if COARSE.get(head_type(value)) == "building":  # a building, not a place: "Where is
            return ""  # the headquarters ...? The Rock Church" (its city is right too, R435)
    if key in GROUNDS and ";" in value:  # "Stark's Park; Kirkcaldy, Scotland": the ground,
        ground, _, where = value.partition(";")  # then where it is (not a second ground)
        value = ground.strip() if gazetteer_type(where.split(",")[-1].strip()) else value
    if key == "alma_mater":  # (its year is no date of it: "the alma mater of X in 1881?", R306)
        value = re.sub(r"\s*\(\d{4}\)$", "", value)
    if prose and key == "alma_mater" and (at := prose.find(f" {normalize(value)} ")) >= 0:
        near = prose[at : at + len(value) + 120]  # (what the text says next of it)
        return "" if UNFINISHED_STUDY.search(near) else value
    if key in ("active", "reserve", "amount", "percent_gdp") and not YEAR_IN_TEXT.search(value):
        return ""  # a force's strength or budget with no year: "Reserve: 30,000", when? (R441)
    if key in OPENED_KEYS and under_a_former_name(value, fields):
        return ""  # "Opened: 1982" beside "Former names: All-Union Lenin Museum (1982–1993)":
        # it opened as the museum, and became Ukrainian House in 1993 (R440)
    if key in FOUNDING_KEYS and (year := YEAR_IN_TEXT.search(value)):
        if re.search(rf"(?<![\w'’]){year.group()[2:]}\b", title):
            return ""  # "SV 08 Steinach was founded in _____": its name holds the year (R340)
    if prose and (life := re.match(r"(birth|death)_?(?:date|place)$", key)):
        verb = "born" if life[1] == "birth" else "died"  # ("born in 1056; some sources say
        if re.search(rf"\b{verb}\b(?: \S+){{0,20}}? {HEDGED}", prose):  # 1048", R346)
            return ""
        if key == "death_place" and KILLED_IN_BATTLE.search(prose):
            return ""  # the battle is the fact, not "Hardin County, Tennessee" (R445, Shiloh)
    if key == "dates":  # a unit's "1943–1945": formed in 1943 (not of several periods)
        if prose and (
            REFORMED.search(prose) or re.search(RENAMED + re.escape(normalize(title)), prose)
        ):
            return ""  # formed in 1946, re-formed in 1950 and "redesignated 102nd Intelligence
            # Wing" in 2008: which one? (R425; not "later renamed the Desert Mounted Corps")
        period = re.fullmatch(
            r"(?i)([^;–—-]+?)(?: ?[–—-] ?(?:[^;–—-]*\d[^;–—-]*|present|current))?", value
        )
        return period[1] if period and YEAR_IN_TEXT.search(period[1]) else ""
    if key == "capital" and names_a_country(title):
        return ""  # "the French Fourth Republic", "Francoist Spain": the country's (R403)
    if prose and key == "party" and SWITCHED.search(prose):
        return ""  # which of the parties? (R336-R337: "switched parties")
    if prose and key == "developer":
        return value if f" {normalize(value)} " in prose else ""
    if prose and key in ("released", "release_date"):
        years = YEAR_IN_TEXT.findall(value)
        single = years and any("album" in n.lower() for n, _ in fields)  # (a song's album)
        if single and any(0 < int(years[0]) - int(y) <= 2 for y in ALBUM_YEAR.findall(prose)):
            return ""  # out on its album first: "Temperature" (2006) of The Trinity (2005), R339
        told = all(f" {year} " in prose for year in years)
        return value if told or not OTHER_RELEASE.search(prose) else ""
    if key in ("birth_name", "birthname"):
        shared = set(re.findall(r"\w+", value)) & set(re.findall(r"\w+", title))
        latin = re.fullmatch(
            r"[A-Z][A-Za-zÀ-ÖØ-öø-ÿ.'’-]*(?: [A-Z][A-Za-zÀ-ÖØ-öø-ÿ.'’-]*){1,3}", value
        )
        return value if latin and not shared else ""
    if key in ("author", "writer") and pen_name(value, prose):
        return ""  # "Author: Philip Latham", the "nom de plume" of Robert S. Richardson (R438)
    if key.removeprefix("subdivision_") in PLACE_LEVELS:
        value = value.split(",")[0]  # "[[Lyon County, Minnesota|Lyon]]": the county's own name
        return value if re.fullmatch(r"[A-Z][a-z][\w .'’&-]+", value) else ""  # (not "KY")
    if key == "album":
        artists = {v.strip().lower() for n, v in fields if n.strip().lower() == "artist"}
        return "" if value.strip().lower() in artists else value
    if key not in STYLE_FIELDS:
        return value
    value = re.sub(r"(?i) (?:architecture|style)$", "", value)
    words = [w for w in re.split(r"[ -]", value) if w not in ("and", "of", "de", "du")]
    return value if words and all(w[:1].isupper() for w in words) else ""


OPENED_KEYS = (*FOUNDING_KEYS, "opened", "opening", "completed", "completion_date", "built")
FORMER_NAMES = re.compile(r"(?i)(?:former|previous|old)_?names?")


def under_a_former_name(value: str, fields: list[tuple[str, str]]) -> bool:
    """Whether the year of ``value`` falls in a former name's years the infobox gives ("All-
    Union Lenin Museum (1982–1993)"): on that date the subject bore another name."""
    year = YEAR_IN_TEXT.search(value)
    if year is None:
        return False
    for name, former in fields:
        if FORMER_NAMES.fullmatch(name.strip().replace(" ", "_")):
            for start, end in re.findall(r"\b(\d{4})\s*[–—-]\s*(\d{4})\b", former):
                if int(start) <= int(year.group()) < int(end):
                    return True
    return False


REGION_KINDS = ("state", "province", "county", "country")
GROUNDS = frozenset({"ground", "stadium", "venue", "arena"})


def releveled(prompt: str, value: str, place: str, prose: str) -> str:
    """The prompt's level named as the region's kind ``place`` gives ("State: British Columbia"
    -> "In which province ...?", R302); not a town's kind (a province named for its
    city: "Province: Naples"), nor where the text gives the field's own level ("the Punjab
    province of Pakistan" beside India's state of Punjab, R393). An alma mater that is a
    university is asked as one: "At which institution" let a night school or a college the
    text names first fit too (R406). "" for a region the text never names."""
    if prompt.startswith("At which institution ") and re.search(r"\bUniversity\b", value):
        return prompt.replace("institution", "university", 1)
    region = prompt.startswith("In which region ")  # (not "Danish East India Company", R453)
    if region and not re.search(rf"\b{re.escape(value)}\b(?! [A-Z])", prose):
        return ""
    asked = re.match(r"In which (state|province) ", prompt)
    if not asked or place not in REGION_KINDS:
        return prompt
    told = rf"(?i)\b{re.escape(value)} {asked[1]}\b|\b{asked[1]} of {re.escape(value)}\b"
    return prompt if re.search(told, prose) else prompt.replace(asked[1], place, 1)


def names_a_country(title: str) -> bool:
    """A title that names a country, or its people, beside other words: a state or a time of
    that country ("French Fourth Republic", "Francoist Spain"), not the country alone."""
    words = re.findall(r"[A-Z][\w'’-]*|[a-z]+", title)
    spans = (" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words)))
    adjectives = (w for w, after in zip(words, words[1:], strict=False) if after[:1].isupper())
    country = any(gazetteer_type(span) == "country" for span in spans)
    country = country or any(demonym(word) for word in adjectives)  # ("Bishopric of": no)
    return country and gazetteer_type(title) != "country"


# A film's or a game's credit and the words the text ties it to ("the score by ...").
CREDIT_ROLE = {
    "composer": r"music|score|compos|soundtrack|song",
    "music": r"music|score|compos|soundtrack|song",
    "cinematography": r"cinematograph|photograph|camera|filmed|shot by|lens",
}


def credit_untold(name: str, value: str, prose: str) -> bool:
    """A credit the text never ties to its role: "Music: Joacim Starander" where the text
    names him only as a writer, "Cinematography: Julián Elizalde" only as an actor (R428)."""
    role = CREDIT_ROLE.get(name.strip().lower().replace(" ", "_"))
    surname = value.split()[-1] if value.split() else ""
    if not role or not surname:
        return False
    for found in re.finditer(re.escape(surname), prose):
        near = prose[max(0, found.start() - 120) : found.end() + 120]
        if re.search(rf"(?i){role}", near):
            return False
    return True


# A place's beginnings, each a year of its own: "settled in 1836", "incorporated in 1898".
BEGUN = re.compile(  # (or "It appeared in 1596" beside "Founded: 988", R441)
    r"(?i)\b(?:settled|founded|established|incorporated|chartered|platted|laid out|appeared|"
    r"came into (?:being|existence))\b"
)
# The fields of a beginning the text may date otherwise (a building's opening too, R443).
BEGUN_KEYS = frozenset(
    "established established_date founded founded_date settled opening_date opened".split()
)
PLACE_SELF = re.compile(
    r"(?i)\bthe (?:city|town|village|settlement|borough|community)\b|^It\b|"
    r"^The (?:lodge|hotel|building|museum|stadium|station|church|school|bridge|tower|theatre|"
    r"theater|castle|palace|house|park|airport|library|hospital|college|university)\b"
)  # ("The lodge had first been established in 1915" beside "Opening date: 1922", R443)
# A team's beginning that the text dates too: "the major league incarnation of the club was
TEAM_BEGUN = re.compile(  # founded in Cleveland in 1901" beside "Established: 1894" (R473, R476)
    r"(?i)\bthe (?:[A-Z]\w+ )?(?:club|team|franchise)\b[^.;]{0,60}?\b(?:was|were) (?:founded|"
    r"established|formed)\b"
)
# A place's first settlement told in a sentence of its own ("settlement began ... in 1614", R438).
FIRST_SETTLED = re.compile(
    r"(?i)\bsettlement (?:began|started)\b|\bfirst (?:settled|settlers?|settlement)\b|"
    r"\bsettlers (?:arrived|came)\b"
)


def begun_otherwise(name: str, value: str, sentences: Iterable[str], own: str) -> bool:
    """ "Established: 1898" where the text's ``sentences`` (``facts.prose_sentences``) tell
    the place's beginnings in other years too ("first settled in 1836", "incorporated in
    1898"): established when? (R428, R429); "Settled" where the text dates the first settlers
    otherwise (``FIRST_SETTLED``); a team's where the text founds the club in another year."""
    key = name.strip().lower()
    if key not in BEGUN_KEYS:
        return False
    year = re.search(r"\b\d{3,4}\b", value)  # (a year of three digits too: "Founded: 988")
    if year is None:
        return False
    for sentence in sentences:
        if TEAM_BEGUN.search(sentence) and set(YEAR_IN_TEXT.findall(sentence)) - {year.group()}:
            return True
        first = key == "settled" and FIRST_SETTLED.search(sentence)
        if re.search(RENAMED, sentence) and re.search(rf"\b{year.group()}\b", sentence):
            return True  # "In 1962, Loretto Academy and Notre Dame were renamed X" (R444)
        if (
            first
            or BEGUN.search(sentence)
            and (sentence.startswith(own) or PLACE_SELF.search(sentence))
        ):
            if set(YEAR_IN_TEXT.findall(sentence)) - {year.group()}:
                return True
    return False
