"""Infobox values the article's text gives otherwise: a birth or death date or place, an alma
mater, a rank or a branch (which is right? the field is then not asked)."""

from __future__ import annotations

import re

from quiz.generator import careers
from quiz.generator.datedays import clashes, days_in, months_in
from quiz.generator.facts import prose_sentences
from quiz.generator.gazetteer import gazetteer_type
from quiz.generator.infobox import FOUNDING_FIELD, LIFE_FIELD
from quiz.generator.kindwording import begun_otherwise, credit_untold
from quiz.generator.lifetime import lead_life_dates
from quiz.generator.nationality import NATIONALITIES
from quiz.generator.spans import FULL_MONTH, YEAR_IN_TEXT
from quiz.generator.standing import unaskable_holding
from quiz.generator.subject import Subject
from quiz.text import normalize

UNSURE = r"(?:is|are|was|remains?|has been) (?:unclear|uncertain|unknown|disputed|debated)"
SOURCES = r"\b(?:[Oo]ther|[Ss]ome) sources (?:give|cite)"  # ("Other sources cite 1892 as ...")
UNSURE_YEAR = re.compile(  # (R164; "born in an unknown date" beside "Birth date: ...", R253)
    rf"\b(?:year|date|birthdate|birthday)s? {UNSURE}|{SOURCES}|\ban unknown date\b"
)
APPROXIMATE = re.compile(r"(?i)\([^()]*\b(?:approximately|circa|c\.|ca\.|about)[^()]*\)")
KIN = re.compile(r"\b(?:son|daughter|father|mother|brother|sister|wife|husband|child|children)\b")
# Where a birth or death sentence puts it: "born on March 3, 1907 in Monterrey", and further
# on by the spot: "born in the village of Slavianka", "born ..., in a one-room log cabin on
# the Sinking Spring Farm" beside "Birth place: Hodgenville, Kentucky" (R238-R239).
PLACE_TOLD = (
    r"(?:[^.;]{0,30}? (?:in|at)|[^.;]{0,150}? (?:in|at|on) (?:the |an? )?(?:[\w-]+ ){0,3}"
    r"(?:village|town|hamlet|settlement|farm|estate|cabin|house) (?:of|on|near)(?: the)?) "
)
CODED_PLACE = re.compile(r", (?!US\b|UK\b|DC\b)[A-Z]{2}(?:,|$)")  # ("Regina, SK, CA")
NAME_TAIL = r"(?: (?:di|de|del|da|la|le|von|van|[A-Z][\w'’-]+))*"  # "Sella di Valsugana"
# A whole state, not a place one is born in: "Where was Hugo Bergmann born?" -> Austria-Hungary
# (R246: the text puts him in Prague; "Where" asks for a town).
STATE_ONLY = re.compile(
    r"(?:[A-Z][\w'’]+[ -])+(?:Empire|Hungary|Union|Confederation|Sultanate|Caliphate)|"
    r"(?:Kingdom|Empire|Republic|Duchy|Grand Duchy|Principality) of (?:the )?[A-Z][\w'’ -]+"
)
# Fields of a first release and the words the text tells its stages by: "Launch date:
# August 2008" beside a private beta on 31 July 2008 and a public one on 15 September (R246).
DATE_VALUE = re.compile(
    rf"\d{{1,2}} (?:{FULL_MONTH}) \d{{3,4}}|(?:{FULL_MONTH}) \d{{1,2}}, \d{{3,4}}"
)
PLANNED = re.compile(  # a launch or a release still to come: "due for launch in 2014"
    r"\b(?:due|scheduled|planned|expected|set) (?:for|to) (?:be )?(?:launch|releas|open|premiere)"
)
COLLECTED = re.compile(r"(?i)\bantholog(?:y|ies)\b")  # (many writers': its editor's name)
RELEASE_FIELD = re.compile(r"(?i)launch|release|premiere|first.?aired|introduced")
RELEASED = re.compile(
    r"(?i)\b(?:beta|alpha|preview|version 1(?:\.0)?|1\.0|(?:first )?stable (?:release|version)|"
    r"open[- ]sourced|launched publicly|public(?:ly)? (?:launch|release)|general availability|"
    r"(?:first|originally|initially) released|public exhibition|theatrical(?:ly)? released?|"
    r"officially (?:introduced|launched|released|unveiled))\b"  # ("officially introduced in
    # 1992" beside "Released: 1991", R353)
)  # (a stage of a launch, not "Reign in Blood was released in 1986" beside Still Reigning)


def born_otherwise(name: str, value: str, prose: str, own: str = "", pronoun: str = "") -> bool:
    """A birth or death date or place the text gives otherwise: "2 May 1942" in the infobox,
    "born May 5, 1942" in the lead; "Birthplace: Cadereyta Jiménez" where the text says he
    was born in Monterrey (R102: which is right?). Places only from sentences naming ``own``
    (the subject's name) or opening with its ``pronoun``; a county's town is no other place."""
    field = LIFE_FIELD.fullmatch(name.strip())
    if not field:
        return False
    birth = (field[1] or field[3]).lower() == "birth"
    verb = r"\b[Bb]orn\b|\bbirth\b" if birth else r"\bdied\b|\bdeath\b|\bkilled\b"
    told = [  # (not "His son was born in Saint Petersburg"; but "born in ... to an English father")
        s
        for s in prose_sentences(prose)
        if (at := re.search(verb, s))
        and not KIN.search(re.split(r",? and |; ", s[: at.start()])[-1])
    ]
    if (field[2] or "").lower() == "date" or "date" in name.lower():
        if careers.about_the_year(value, prose) or any(UNSURE_YEAR.search(s) for s in told):
            return True  # "born in Jerusalem around 1130" beside "Birth date: 1130" (R125);
            # "His birth took place ...: the exact year is unclear" (R141)
        years = set(YEAR_IN_TEXT.findall(value))
        who = (
            rf"(?:{re.escape(own)}|{re.escape(pronoun.capitalize() or own)}) (?:was )?(?:born|died)"
        )
        years_told = {
            y for s in told if own for y in re.findall(rf"^{who} (?:\w+ ){{0,3}}?in (\d{{4}})", s)
        }
        if years and years_told and not years & years_told:
            return True  # "Birth date: 1929" beside "Leela Omchery was born in 1928" (R259)
        if any(re.search(rf"\b{y}/\d\d\b|\b{int(y) - 1}/{y[2:]}\b", prose) for y in years):
            return True  # "Died: 1730" beside "February 1729/30", a date of two calendars (R259)
        days = days_in(value)
        first = prose_sentences(prose)[0]  # (the subject's own, not
        if any(
            y in m for y in re.findall(r"\b\d{3,4}\b", value) for m in APPROXIMATE.findall(first)
        ):
            return True  # "(Approximately: march 17, 599 AD - January 28, 661 AD)" (R158)
        after = re.search(rf"^[^(]{{0,80}}\((?:{verb})\W[^.;)]{{0,40}}", first)  # "Evelyn
        return bool(days) and any(  # Jensen (born October 31, 1923)" later); or any day
            clashes(d, days) or d not in days and after and d in days_in(after[0])  # right after
            for s in told + re.findall(r"^[^(]{0,80}\(([^)]*)\)", prose)  # the lead's "(born":
            for d in days_in(s)  # "born in Santiago, December 18, 1984" beside "Birth date: 26
            # February 1983" (R116); "(... – August 8, 1999 in St. Charles)" (R201)
        )
    if not own or re.search(r"\b(?:County|Province|State|District)\b", value):
        return False
    who = "|".join(re.escape(w) for w in (own, own.split()[-1], pronoun.capitalize()) if w)
    origin = (
        rf"(?:^|\n|\. )Originally from |\b(?:{who}) (?:is|was) (?:originally from|a native of) "
    )
    if birth and any(  # "Originally from Los Angeles, Sanborn graduated ..." beside "Birthplace:
        not re.search(rf"(?<!\w){re.escape(m[1])}(?!\w)", value)  # Berkeley, California" (R421)
        for m in re.finditer(rf"(?:{origin})([A-Z][\w'’-]+{NAME_TAIL})", prose)
    ):
        return True
    said = r"\b[Bb]orn\b" if birth else r"\bdied\b"  # ("Born in London, Ontario, ...", R145)
    by_pronoun = rf"(?:^|, ){pronoun.capitalize()} |, {pronoun} " if pronoun else "^$"
    surname = own.split()[-1]  # ("Van Vogt was born on a farm in Edenburg", R446)
    places = [  # ("..., on August 19, 1954, he died in Sella di Valsugana", R113)
        m[1]
        for s in told
        if own in s or re.search(by_pronoun, s) or re.search(rf"\b{re.escape(surname)}\b", s)
        for m in re.finditer(rf"{said}{PLACE_TOLD}(?!{FULL_MONTH}\b)([A-Z][\w'’-]+{NAME_TAIL})", s)
    ]  # ("He was born on March 3, 1907 in Monterrey"; not "died in November 1899"; "died two
    # days later at Yale-New Haven Hospital" beside "Death place: Hamden", R112; "born in
    # York" beside "Dunnington, Yorkshire", R405)
    return any(not re.search(rf"(?<!\w){re.escape(place)}(?!\w)", value) for place in places)


# An article on what befell a person: its infobox's life lines are the person's.
EVENT_OF_PERSON = re.compile(
    r"(?:Killing|Murder|Death|Assassination|Disappearance|Execution|Shooting|Kidnapping|"
    r"Abduction|Trial) of "
)
# A value not so yet: "Opened: 2032 (scheduled)" of a tunnel being built (R248).
NOT_YET = re.compile(
    r"(?i)\b(?:scheduled|planned|expected|proposed|projected|estimated|est\.|tentative|"
    r"targeted|under construction|TBA|TBD)\b"
)


def unfinished(raw: str) -> bool:
    """An infobox line, as written, that is no answer yet: a value not so yet ("2032
    (scheduled)", R248) or left with markup ("{New Zealand dollar}", R247; a list's "*
    Sledgehammer Games", one of several developers, R250)."""
    return bool(NOT_YET.search(raw) or re.search(r"[{}\[\]<>|]|^\s*[*#•]", raw))


PARTY_WORD = (
    r"(?:Whig|Democrat|Republican|Federalist|Liberal|Conservative|Labou?r|Independent|Unionist|"
    r"Socialist|Communist|Progressive|Populist|Nationalist)"
)
AS_MEMBER = (
    r"\b(?:as an?|joined the|member of the|candidate of the|nominee of the|belonged to the) "
)


def party_otherwise(value: str, prose: str, subject: Subject) -> bool:
    """Another party the text gives the subject: "He was elected to the state senate in 1851
    as a Whig" beside "Party: Democrat", "he won Sunderland ... as an Independent Tariff Reform
    candidate" beside "Liberal" (R367-R369); not "known as an independent Republican", nor an
    opponent's ("Baker defeated Norm Wallman, a member of the Democratic Party")."""
    who = "|".join(re.escape(n) for n in (subject.bare, "He", "he", "She", "she") if n)
    told = re.compile(  # (a capital's full stop is no sentence's end: "to the U.S. House as")
        rf"\b(?:{who})\b(?:[^,;.]|\b[A-Z]\.){{0,120}}?{AS_MEMBER}((?:[A-Z][\w-]* |centre-\w+ |"
        rf"center-\w+ ){{0,3}}?{PARTY_WORD}[\w -]*)"
    )  # (eight letters: "Democratic" is a "Democrat", not "Christian Democracy", R406)
    own = {w[:8] for w in normalize(value).split()} - {"party"}
    kinds = _party_words(value)  # ("Democratic-Republican": two; "Jackson Democrat" names one)
    for m in told.finditer(prose):
        named = {w[:8].lower() for w in re.findall(r"[A-Z]\w+", m[1])} - {"party"}
        if not named & own or len(kinds) > 1 and _party_words(m[1]) < kinds:
            return True  # (R408: a "Jackson Democrat" beside "Democratic-Republican")
    return False


def _party_words(name: str) -> set[str]:
    """The party words a name is made of, by their first eight letters."""
    return {w[:8].lower() for w in re.findall(PARTY_WORD, name)}


RIVAL = re.compile(r"\b(?:beat|beating|defeated|defeating|won against|ran against|lost to)\b")


def rival_only(name: str, value: str, prose: str) -> bool:
    """A predecessor or successor the text names only as a rival the subject beat or lost
    to: "Blair beat John Prescott and Margaret Beckett in the leadership election" beside
    "Predecessor: Margaret Beckett", the acting leader the box gives and the text does not;
    the text's own predecessor (John Smith) fits as well (R405)."""
    if not re.fullmatch(r"(?:predecessor|successor)\d*", name.strip().lower()):
        return False
    said = [s for s in prose_sentences(prose) if value in s]
    return bool(said) and all(RIVAL.search(s) for s in said)


# Who builds: a yard, a works, a firm ("Harland and Wolff", "Kure Naval Arsenal", "Vickers Ltd").
FIRM = re.compile(
    r"(?i)\b(?:(?:dock|ship)?yards?|works|arsenal|compan(?:y|ies)|co|ltd|limited|inc|corp\w*|"
    r"sons|brothers|bros|shipbuilding|shipbuilders|engineering|industries|gmbh|ag|werft|"
    r"chantiers?|cantier[ei]|naval|navy|department|ministry|authority|board|commission|"
    r"council|government|engineers?|and)\b| & "  # (outside the word bounds: "Blohm & Voss")
)


def told_elsewhere(name: str, value: str, prose: str, subject: Subject) -> bool:
    """An alma mater, a rank, a branch, or a birth or death date or place, that the text gives
    otherwise; or one that changes or that the body's name gives away (``unaskable_holding``)."""
    if BODY_FIELD.fullmatch(name.strip().lower()) and _told_of_body_otherwise(name, value, prose):
        return True
    if unaskable_holding(name, value, subject.title, prose) or credit_untold(name, value, prose):
        return True  # (or a credit the text never ties to its role)
    if begun_otherwise(name, value, prose_sentences(prose), subject.bare or subject.title):
        return True
    if name.strip().lower() == "party" and party_otherwise(value, prose, subject):
        return True
    if in_two(re.sub(r"^subdivision_", "", name.strip().lower()), prose.split("\n")[0]):
        return True  # "a public school district in Armstrong County ... and Clarion County"
    if rival_only(name, value, prose):
        return True
    if name.strip().lower() == "builder" and not FIRM.search(value):
        return True  # a yard's town, no builder: "Who built Caio Duilio?" -> "Castellammare di
        # Stabia" (a ship's box, read since its fields lost their "Ship " prefix)
    if name.strip().lower() == "branch" and re.search(
        r"\b(?:Police|Gendarmerie)\b|^(?:Infantry|Cavalry|Artillery|Engineers|Signals)$", value
    ):
        return True  # no branch of the armed forces: "South African Police" (R249), an army's
        # arm: "Infantry" (the army is the branch, R268)
    if LIFE_FIELD.fullmatch(name.strip()) and (
        "?" in value or EVENT_OF_PERSON.match(subject.title)
    ):
        return True  # the victim's life, not the event's: "Killing of Heidi Hazell was born"
        # (R251); a guess: "Death place: Atholl?" (the text names four places, R356)
    if re.search(r"(?i)(?<![a-z])(?:location|place|city)\b", name) and (
        not re.search(r"[^\W\d_]", value) or DATE_VALUE.fullmatch(value)
    ):  # (not "capacity")
        return True  # a place that is a number: "Location: 21" (R252), or a date: "Birth
        # place: 12 April 1937" ("was born in 12 April 1926" False, stop 55)
    if careers.studied_elsewhere(name, value, prose) or careers.career_otherwise(
        name, value, prose
    ):
        return True
    life = re.search(r"(?i)birth|death", name)  # (a year the lead's brackets give otherwise:
    if life and YEAR_IN_TEXT.search(value) and (lead := lead_life_dates(prose, True)):  # "Birth
        kind = life.group().lower()  # date: 1975" beside "(born 1973)", R223)
        theirs = {y for n, _, v in lead if n.startswith(kind) for y in YEAR_IN_TEXT.findall(v)}
        if theirs and not theirs & set(YEAR_IN_TEXT.findall(value)):
            return True
    if re.search(r"(?i)place", name) and life:  # ("England" of "an English convict" too)
        if any(v == value.strip() and n in prose[:400] for n, (v, _) in NATIONALITIES.items()):
            return True  # "In which country was Delores S. Williams born?" -> United States,
            # of "an American theologian": the lead's nationality's country (R278)
    if re.search(r"(?i)place", name) and life and NOW_NAMED.search(value):
        return True  # "New Netherland (later The Bronx, New York)": then's name or now's? (R415)
    if re.search(r"(?i)place", name) and life and STATE_ONLY.fullmatch(value.strip()):
        return True  # a former state is no birthplace to type for "Where was he born?" (a
        # country the ISO list knows is asked "In which country ...?" instead)
    opening = prose.split("\n")[0]  # (not "Scholastic planned to release" in the body)
    if RELEASE_FIELD.search(name) and (released_otherwise(value, prose) or PLANNED.search(opening)):
        return True  # (or one still to come: "ADM-Aeolus is due for launch in 2014", R398)
    if name.strip().lower() == "author" and COLLECTED.search(prose.partition(". ")[0]):
        return True  # "Who wrote The Grantville Gazettes?": an anthology's editor (R398)
    if name.strip().lower() in ("music", "composer", "score") and RESCORED.search(prose):
        return True  # "changed the Roberto Nicolosi's soundtrack ... with a soundtrack from
        # Les Baxter": the film has two scores (R412)
    if FOUNDING_FIELD.search(name.lower()) and founded_twice(value, prose):
        return True
    if FOUNDING_FIELD.search(name.lower()) and MERGER.search(prose):
        return True  # "Foundation: 1997" of a merger of firms founded in 1838 (R260: which?)
    if re.search(r"(?i)place|location", name) and (
        run_together(value) or VAGUE_PLACE.search(value) or CODED_PLACE.search(value)
    ):
        return True  # "Boston Massachusetts, U.S." is no answer to type (R258), nor "Gnjilane
        # region, Ottoman Empire (now Kosovo)" where the text names a village (R262), nor
        # "Regina, SK, CA" (a code of a province and a country: "CA" reads as California, R392)
    return born_otherwise(name, value, prose, subject.bare, subject.pronoun)


NOW_NAMED = re.compile(r"(?i)\((?:later|now|present[- ]day|modern[- ]day|today)\b")
LEVELS = {"county": "counties", "state": "states", "province": "provinces", "region": "regions"}


def in_two(level: str, lead: str) -> bool:
    """The lead places the subject in two of the field's level: "in Armstrong County,
    Pennsylvania and Clarion County, Pennsylvania", "in Armstrong and Clarion counties" (R411:
    "In which county is Redbank Valley School District?" had two answers)."""
    if level not in LEVELS:
        return False
    one, many = level.title(), LEVELS[level]
    name = rf"\b[A-Z][\w.'’-]* {one}\b"
    two = rf"{name}[^.;]{{0,40}}?\b(?:and|or)\b[^.;]{{0,30}}?{name}"
    return bool(re.search(rf"{two}|\b[A-Z][\w'’-]* (?:and|or) [A-Z][\w'’-]* {many}\b", lead))


# Fields of a body the text often tells otherwise: "Headquarters: Saint-Paul-lès-Durance" where
# the lead puts it at Cadarache, "Publisher: Directorate of Intelligence" of a CIA book printed
# by the GPO, "Founder: Jeff Bezos" of a subsidiary Amazon established (R247).
BODY_FIELD = re.compile(r"headquarters|publisher|founders?|capital|owners?|parent")


FOUNDED_BY = r"\b(?:founded|established|set up|started|co-?founded) by [^.]*\band\b"


def _told_of_body_otherwise(name: str, value: str, prose: str) -> bool:
    """A body's headquarters, publisher or capital whose value the text never names, a capital
    the text gives as another ("Its capital was Jiangdu" beside "Capital: Guangling"), or the
    founder or owner of a subsidiary."""
    if re.match(r"founder|owner|parent", name.strip().lower()):  # (its parent founded it; one
        several = re.search(FOUNDED_BY, prose) and " and " not in value  # ("established by the
        return bool(re.search(r"\bsubsidiary of\b", prose) or several)  # Lopez Group ... and
        # Central CATV Group", R409; of several, R254)
    first = re.split(r",| \(| and ", value)[0].strip()
    if first and first not in prose:
        return True
    if "capital" in name.lower():
        said = re.findall(  # (the sentence's own subject's, not "venture capital in Calgary")
            r"(?:^|[.!?]\s+)(?:Its|The) capital (?:was|is) (?:the city of )?([A-Z][\w'’-]+)", prose
        )
        return any(other not in value for other in said)
    if "headquarter" in name.lower():  # "based in Nishikasugai, ... with its headquarters and
        said = HEADQUARTERS_AT.findall(prose)  # main hub at Nagoya Airfield" (R414)
        return any(other not in value for other in said) or bool(MOVED_OFFICES.search(prose))
    return False


MOVED_OFFICES = re.compile(
    r"\b(?:moved|relocated) (?:its|their) (?:offices|headquarters)\b"
)  # R444
HEADQUARTERS_AT = re.compile(
    r"\bheadquarter(?:s|ed)\b[^.;]{0,30}? (?:at|in) (?:the )?([A-Z][\w'’-]+)"
)


RESCORED = re.compile(
    r"(?i)\b(?:replac|chang|rescor|substitut)\w*\b[^.]{0,80}\b(?:score|soundtrack)\b|"
    r"\b(?:score|soundtrack)\b[^.]{0,60}\b(?:was|were) (?:replaced|changed|rescored)\b|"
    r"\bnew (?:score|soundtrack)\b"
)


FOUNDING_DATE = re.compile(r"\b(?:establishment|founding|foundation) (?:date|year)\b")
BUILT_THEN_OPENED = re.compile(r"\bbuilt\b[^.;]{0,40}\band (?:was |were )?open(?:ed)?\b")


def founded_twice(value: str, prose: str) -> bool:
    """A sentence that dates the beginning another way: "1899 is cited by the district as the
    establishment date" beside "Established: 1891", "built in 1906 and open on January 16,
    1908" beside "Foundation: 1906" (R414: which is the founding?)."""
    own = set(YEAR_IN_TEXT.findall(value))
    return bool(own) and any(
        set(YEAR_IN_TEXT.findall(sentence)) - own
        and (FOUNDING_DATE.search(sentence) or BUILT_THEN_OPENED.search(sentence))
        for sentence in prose_sentences(prose)
    )


def formed_across_years(name: str, value: str, lines: list[tuple[str, str]]) -> bool:
    """A storm's "Formed: December 20, 1997" beside "Dissipated: January 10, 1998": first a
    disturbance in one year, a cyclone in the next, and dated by either (R411)."""
    if name.strip().lower() != "formed" or not (start := YEAR_IN_TEXT.findall(value)):
        return False
    ends = [
        y for n, v in lines if n.strip().lower() == "dissipated" for y in YEAR_IN_TEXT.findall(v)
    ]
    return bool(ends) and ends[-1] != start[0]


def released_otherwise(value: str, prose: str) -> bool:
    """A first release the text dates otherwise: another year, or of a value with its month,
    another month ("August 2008" beside "the private beta ... 31 July 2008"; "Initial release:
    2000" beside "version 1.0 was released in 2004", R244-R246). Which is the launch?"""
    years, months = set(YEAR_IN_TEXT.findall(value)), months_in(value)
    return any(
        set(YEAR_IN_TEXT.findall(sentence)) - years or months and months_in(sentence) - months
        for sentence in prose_sentences(prose)
        if RELEASED.search(sentence)
    )


VAGUE_PLACE = re.compile(r"\b(?:region|area|near|vicinity|outskirts|environs)\b")
# A body formed of others (whose foundings the text also dates).
MERGER = re.compile(  # (or bodies "combined into the Federal Ministry ..." in 1994, R433)
    r"\b(?:formed|created|founded|established) (?:in \d{4} )?(?:by|through) (?:the|a) merger\b|"
    r"\bwere (?:combined|merged|amalgamated|consolidated|united) (?:in)?to (?:form )?(?:the|a)\b"
)
# Words that begin a place's own name ("South Wales", "Fort Worth"): no town before the state.
NAME_START = re.compile(
    r"(?:North|South|East|West|Northern|Southern|Eastern|Western|New|Upper|"
    r"Lower|Central|Greater|Great|Little|Old|Saint|St\.|Fort|Mount|Lake|Port|Cape|San|Santa)"
)


def run_together(value: str) -> bool:
    """A place whose town and state lost the comma between them: "Boston Massachusetts"."""
    words = value.split(",")[0].split()
    for n in (1, 2):
        if len(words) > n and gazetteer_type(" ".join(words[-n:])):
            whole = gazetteer_type(" ".join(words))
            return not whole and not NAME_START.fullmatch(words[-n - 1])
    return False
