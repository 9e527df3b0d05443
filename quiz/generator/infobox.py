"""Question wording for infobox fields ("When was X founded?"), their statements ("X was founded
in 1950."), and the fields not worth asking."""

from __future__ import annotations

import re

from quiz.generator.kindwording import CAREER_WORDING, WORK_WORDING, fitted_question
from quiz.generator.lexicon import known_word
from quiz.generator.nocase import NoCase
from quiz.generator.subject import agreed
from quiz.text import normalize

INFOBOX_SKIP = re.compile(
    r"(?i)^(name|native.?name|official.?name|image|logo|caption|alt|map|pushpin|coordinates|"
    r"website|url|footnotes|module|embed|signature|seal|flag|motto|anthem|blank|short.?name|"
    r"static.?image|image.?size|mapsize|label|other.?name|nickname|ranks|history|"
    r"commander.?title|minister.?title|.*_title|.*_ref|.*size|.*image.*|.*caption.*|.*alt\d*|"
    r"pop(?:ulation)?.?(?:date|as.?of)|grid.?ref|post.?town|postcode.?district|postcode.?area|"
    r"dial.?code|os.?grid.?reference|"
    r"issn|oclc|website|sister.?newspapers|ceased.?publication|price|circulation.?ref|"
    r"school.?tradition|main.?interests|current.?form|suppress\w*|notable.?ideas|influences|influenced|"
    r"spouse|children|partner|relatives|domestic.?suppliers|foreign.?suppliers|type|format|"
    r"map.*|.*type|.*_(england|scotland|wales|ireland|uk|us|usa|canada|australia)|"
    r"circulation.*|.*date.*ref|(?:.*_)?(lat|long|latitude|longitude)\w*|.*code|"
    # (once "lat" or "long" in any word: skip "as of" statistics, relations, plates, figures)
    r".*population.*|.*relat\w*|.*plates?|platforms?|translat\w*|flattening|inflat\w*|"
    r"alongside\d*|series.?long|"
    # fields that list several things, one of which any answer names: "Occupation: Writer"
    # while the lead calls him an author, scriptwriter and dramatist too
    r"occupations?|professions?|awards?|honou?rs|known.?for|genres?|instruments?|"
    r"notable.?works?|works|labels?|years.?active|religion|other.?political.?affiliations|"
    # fields the title or the article's language gives away: "What is the nationality of Savas
    # Dimopoulos?" (Greek), "In which language is The Crime at Black Dudley?" (English)
    r"country|nationality|citizenship|language|languages|"
    # a region of a country, which the learner names otherwise: "Region: Aegean" (of western
    # Turkey, R352; passed 1 of 5)
    r"region|"
    # a series' neighbours: "Next date: 1931" (the next album's year, not the subject's)
    r"(?:next|previous|prev|preceding|following|last)(?:.?(?:date|year|album|title|issue))?)$"
)
FOUNDING_FIELD = re.compile(r"(?:founded|foundation|established|formed|formation|inception)")
# "It was founded as the AAWU in 1959", "Established as a Double-A team in 1978, the Sounds".
FOUNDING = re.compile(
    r"^(?:(?P<who>[^,;]{1,60}?) (?:was|were) (?:originally |first |officially )?|"
    r"(?:Originally |First )?)(?:founded|established|formed|organi[sz]ed|incorporated|"
    r"designated|declared|proclaimed|elevated|upgraded|created|set up)\b"  # ("designated a
)  # national park", R60; "The Board was created in 1965" beside "Formed: July 1966", R250
# Values that answer nothing: a pointer ("Full list", "See below"), no party ("Independent"), a
# job where a position or rank belongs ("Sportscaster"), a guess or a baptism for a birth, an
# event for a place.
RANKS = "Colonel|General|Admiral|Captain|Major|Lieutenant|Commander|Marshal|Commodore|Sergeant"
POINTER_VALUE = re.compile(
    r"(?i)^(?:full list|list|see (?:below|above|list|text)|various|several|(?:the )?capital|"
    r"independent|none|nonpartisan|non-partisan|sportscaster|commentator|broadcaster|announcer|"
    r"first|inaugural|new (?:office|post)|(?:office|post) (?:created|established)|not found|"
    r"not (?:a |an )?(?:registered|affiliated|member)[\w ]*|"  # ("Party: Not a registered voter")
    r"(?:party|office|post|position|seat|title) (?:founded|established|created|dissolved|"
    r"abolished|disestablished)|"  # "Predecessor: Party founded" (R260)
    r"referee|umpire|analyst|manager|(?:head |assistant )?coach|pre-congregation)$|"  # ("Position:
    # Sportscaster" of a referee: no position, R131; "Position: Manager" of a football manager,
    # R184; a saint's "Canonized: Pre-congregation", no date, R186)
    r"^(?:probably|possibly|perhaps|likely|presumably|unknown|uncertain|bap|baptised|baptized|"
    r"fl)\b|"  # "Probably England", "bap. 1705" (baptised: born when? R125)
    r"^(?:Battle|Siege) of\b|"  # "Death place: Battle of Mărăşeşti, Romania": an event (R124)
    r"^\(|"  # "Ordo: (unplaced)", a taxobox's note, not an order (R134)
    r"^\d[\d,.]* \([a-z]|"  # "Floor count: 7 (west wing)": a part's figure, not the whole (R142)
    rf"^[\w -]*(?:{RANKS})[\w -]* (?:1[5-9]|20)\d\d$"  # "Lieutenant-Colonel 1910" (R161)
)
INFOBOX_VAGUE = frozenset(
    """available deployed fit reaching age manpower_age conscription status other notes misc
    data info extra caption label""".split()
)
# Where the text says the subject studied (an alma mater it gives otherwise, R97), and the
# place fields whose value is one place with its region and country ("Basel, Switzerland").
PLACE_FIELD = re.compile(r"(?i)(?:birth|death)_?place|place_of_(?:birth|death)|headquarters")
PLACE_NAME = re.compile(r"[A-Z][\w.'’ -]+(?:, [A-Z][\w.'’ -]+){1,2}")
# Infobox fields stated as a sentence, so that the field can be a gap or a true/false item.
STATEMENTS = {
    "founded": "{t} was founded {p} {v}.",
    "foundation": "{t} was founded {p} {v}.",
    "established": "{t} was established {p} {v}.",
    "formed": "{t} was formed {p} {v}.",
    "opened": "{t} opened {p} {v}.",
    "completed": "{t} was completed {p} {v}.",
    "birth_date": "{t} was born {p} {v}.",
    "death_date": "{t} died {p} {v}.",
    "birth_place": "{t} was born in {v}.",
    "death_place": "{t} died in {v}.",
    "architect": "{t} was designed by {v}.",
    "founder": "{t} was founded by {v}.",
    "headquarters": "{t} is headquartered in {v}.",
}
# A place nature made, which a protected area's "established" does not date (not a park's
# name: "Lake Tahoe State Park"; nor a town's, of a settlement's box).
NATURAL = r"^(?:Mount|Lake) [A-Z]\S*$|\b(?:Island|Isle|Mountains?|Lake|River|Peak|Hills?)$"
TOWN_BOX = r"(?i)settlement|city|town|village|municipality"
INFOBOX_WORDING = {
    "founded": "When was {t} founded?",
    "foundation": "When was {t} founded?",
    "established": "When was {t} established?",
    "settled": "When was {t} first settled?",
    "incorporated": "When was {t} incorporated?",
    "formed": "When was {t} formed?",
    "year_start": "When was {t} founded?",  # a former state's (the Han dynasty's: 202 BC)
    "year_end": "When did {t} end?",
    "p1": "Which state preceded {t}?",  # (the one before it, not of several: ``unaskable``)
    "s1": "Which state succeeded {t}?",
    "independence": "When did {t} become independent?",  # ("Event: from Portugal")
    "headquarters": "Where is the headquarters of {t}?",
    "birth_date": "When was {t} born?",
    "birth_place": "Where was {t} born?",
    "birth_name": "What was the birth name of {t}?",
    "birthname": "What was the birth name of {t}?",
    "death_date": "When did {t} die?",
    "death_place": "Where did {t} die?",
    "alma_mater": "At which institution did {t} study?",
    "population": "What is the population of {t}, according to the article?",
    "commander-in-chief": "Who is the commander-in-chief of {t}?",
    "active": "How many active personnel does {t} have?",
    "reserve": "How many reserve personnel does {t} have?",
    "percent_gdp": "What share of GDP goes to {t}, according to the article?",
    "amount": "What is the budget of {t}, according to the article?",
    "nationality": "What is the nationality of {t}?",
    "occupation": "What is the occupation of {t}?",
    "creator": "Who created {t}?",  # (a series', a character's: one name, not a list)
    "created_by": "Who created {t}?",
    "founder": "Who founded {t}?",
    "founders": "Who founded {t}?",
    "location": "Where is {t} located?",
    "capital": "What is the capital of {t}?",
    "largest_city": "What is the largest city of {t}?",
    "genre": "What genre is {t}?",
    "instrument": "Which instrument does {t} play?",
    "architect": "Who was the architect of {t}?",
    "opened": "When did {t} open?",
    "launched": "When was {t} launched?",
    "launch": "When was {t} launched?",
    "language": "In which language is {t} published?",
    "county": "In which county is {t}?",
    "country": "In which country is {t}?",
    "circulation": "What is the circulation of {t}, according to the article?",
    "currency": "What is the currency of {t}?",
    "legislature": "What is the name of the legislature of {t}?",  # (a proper name: unaskable)
    "largestcity": "What is the largest city of {t}?",
    "admittancedate": "When was {t} admitted to the Union?",
    "director": "Who directed {t}?",
    "producer": "Who produced {t}?",
    "author": "Who wrote {t}?",
    "writer": "Who wrote {t}?",
    "artist": "Which artist recorded {t}?",
    "builder": "Who built {t}?",
    "released": "When was {t} released?",
    "release_date": "When was {t} released?",
    "completed": "When was {t} completed?",
    "completion_date": "When was {t} completed?",
    "ordo": "To which order does {t} belong?",
    "familia": "To which family does {t} belong?",
    "genus": "To which genus does {t} belong?",
    "ground": "What is the home ground of {t}?",  # (a club's: "Selhurst Park")
    "champions": "Which team won {t}?",  # (a tournament's winner, its key fact: stop 48)
    "champion": "Who won {t}?",
    "winner": "Who won {t}?",
}

WINNER_FIELD = re.compile(r"(?i)champions?|winner")


def no_winner(name: str, value: str, title: str) -> bool:
    """A winner field that is no one event's winner: a league's or a cup's title with no year
    (its holder now: "Which team won the Telekom S-League?"), a team season's honour
    ("Champion: Helms Foundation National Champions"), a country's code ("IRI")."""
    if not WINNER_FIELD.fullmatch(name.strip()):
        return False
    dated = re.search(r"\b(?:1[89]|20)\d\d\b", title)
    code = re.fullmatch(r"[A-Z]{2,3}(?: \(.*\))?", value.strip())  # ("IRI", "KR (14th title)")
    part = " – " in title  # ("Which team won Football at the 2014 Tuvalu Games – Men's ...?")
    return not dated or "champion" in value.lower() or bool(code) or part


# A role field's wording ("who was the founder of X"), left out of a person's own article.
ROLE_WORDING = re.compile(r"According to the article, who was the \w+ of ")
# Roles a field names once and for all (an incumbent "leader" or "mayor" changes: which year?).
ROLES = frozenset("""architect builder founder designer engineer developer""".split())


# A song others recorded too: "Which artist recorded it?" has more than one answer (R66, R124).
COVERED = NoCase(
    r"(?i)\bcover(?:ed|s| versions?)\b|\bre-?recorded\b|\b(?:other|later) versions?\b|"
    r"\b(?:first|originally|also) (?:recorded|released|performed|sung) by\b|"
    r"\b(?:recorded|released|performed) (?:a|an|his|her|their)(?: own| live| cover)? version\b"
)  # ("Other versions: Al Caiola released a version ...", R330-R331)
AS_WHAT = frozenset("designated listed declared classified named rated ranked registered".split())
ARTWORK = re.compile(r"(?i)\b(?:artwork|painting|sculpture|statue|monument|public art)\b")


def generic_question(label: str, title: str, person_value: bool) -> str | None:
    """ "What is the floor count of the Chrysler Building?" for a field whose label is plain
    English words (abbreviated labels such as "Course km" or "highest prev" are left out)."""
    words = label.lower().split()
    if not 1 <= len(words) <= 3 or not all(known_word(w) for w in words):
        return None
    if person_value and len(words) == 1 and words[0] in ROLES:
        return f"According to the article, who was the {words[0]} of {title}?"
    if not person_value and len(words) == 2 and words[1] == "date" and words[0].endswith("ed"):
        if words[0] in AS_WHAT:
            return None  # "When was St Deiniol's Church designated?" As what? (R124)
        return f"When was {title} {words[0]}?"  # "Founded date" (not "what is the founded date")
    event = {"discovery", "publication", "launch", "opening", "closing", "completion", "dedication"}
    if not person_value and words == ["floor", "count"]:
        return f"How many floors does {title} have?"  # (not "what is the floor count", R222)
    if not person_value and len(words) == 2 and words[-1] == "date" and words[0] in event:
        return f"According to the article, what is the {' '.join(words)} of {title}?"
    # (other counts, areas and lengths were trivia: "the elevator count of Central Park", 1
    # of 4 passed; "the next meeting date" is no fact of the subject's past; "the invent
    # date", "the acquisition date", "the bill date" are no English, R128, R143)
    return None


def infobox_question(
    name: str,
    label: str,
    title: str,
    person_value: bool = False,
    kind: str = "",
    office: str | None = None,
    value_type: str = "",
) -> str | None:
    """Question wording for an infobox field, or None for fields not worth asking (``kind``:
    the infobox's type, "artwork" for a sculpture's artist, who made it; ``office``: the post
    of a person's article, None for an article on anything else)."""
    if INFOBOX_SKIP.match(name.strip()) or name.strip().lower() in INFOBOX_VAGUE:
        return None
    if LIFE_FIELD.fullmatch(name.strip()) and NO_LIFE.search(kind):
        return None  # a soap-opera character's birthday is nothing to learn (R126); a
        # sorority's "birthplace" (R169: "Where was Alpha Kappa Alpha born?")
    key = name.strip().lower().replace(" ", "_")
    if office is not None and key in ("county", "location"):
        return None  # "In which county is Enda Muldoon?": a player's county is his team (R140)
    if office is not None and key in CAREER_WORDING:
        return fitted_question(CAREER_WORDING, key, title, kind, value_type, office)
    if key in ("publisher", "developer", "designer", "built"):
        return None  # a work's or a product's maker (29 of 40 passed, R272-R362: its first and
        # later publishers, "started by SourceGear" beside "Developer: AbiSource", a game's
        # inventor or its board's maker, a road car's styling or engineering); a building's
        # year "built" beside its completion and opening (9 of 17)
    if office is None and key in WORK_WORDING:
        fitted = fitted_question(WORK_WORDING, key, title, kind, value_type)
        return fitted and agreed(fitted, title)
    template = INFOBOX_WORDING.get(key) or INFOBOX_WORDING.get(name.strip().lower())
    if key == "established" and re.search(r"(?i)\broad\b|highway|route", kind):
        return None  # a road's: its route, its number or the state's road (10 of 14, R363-R394)
    if key == "established" and re.search(NATURAL, title) and not re.search(TOWN_BOX, kind):
        return None  # an island's park or prison was established, not the island (R452)
    if key.startswith("largest") and re.search(r"(?i)island", kind):
        return None  # an island group's "largest city" is its main island or a village (R453)
    if key == "producer":
        return None  # a programme's: the series producer, the executive or the company? (R126,
        # R130-R131: 0 of 3); a film's or a record's: one of the producers the text names, or
        # its studio, and a credit (R272-R314: 14 of 22 passed, "Which studio" 16 of 21)
    if key == "director" and re.search(r"\b(?:song|single)\b", title):
        template = "Who directed the music video for {t}?"  # (a song is not directed, R75)
    if key == "currency" and ("country" not in kind.lower() or "former" in kind.lower()):
        return None  # a country's only: not the Bank of England's (R344), a former state's
        # coin the text never tells of ("rixdollar", R352), a union's (Benelux: "Euro", R353)
    if key == "director" and not re.search(DIRECTED, f"{kind} {title}"):
        return None  # a body's director holds a post (when?): "Who directed Witte de With?" (R259)
    if WINNER_FIELD.fullmatch(key) and (title[:1].isdigit() or title.endswith(" season")):
        return None  # "Which team won 1960–61 Welsh Cup?", "... the 2013–14 PLK season?" (contests)
    if key == "artist" and re.search(r"(?i)\btour\b", kind):
        return None  # a tour is performed, not recorded ("Which artist recorded ... Tour?", R265)
    if key == "artist" and ARTWORK.search(kind):
        template = "Which artist made {t}?"  # (a sculpture is not recorded, R78)
    if key.startswith("release") and re.search(r"(?i)software|video ?game|\b(?:c?vg|os)\b", kind):
        template = "When was {t} first released?"  # (it has later releases: "released" when? R352)
    if key.startswith("release") and re.search(r"(?i)\b(?:book|novel|novella|poem)\b", kind):
        template = "When was {t} first published?"  # (a book is published, not "released")
    if key.startswith("release") and re.search(r"(?i)programming language", kind):
        template = "When did {t} first appear?"  # (a language is not "released")
    if not template:
        return generic_question(label, title, person_value)
    question = agreed(template.format(t=title), title)
    if question.startswith(("Who is", "Who owns", "Who publishes")):
        question = "According to the article, " + question[0].lower() + question[1:]
    return question


def counted_otherwise(label: str, value: str, prose: str) -> bool:
    """A count the text gives as another number: "Floor count: 48" where the text says "it
    has 47 floors" (R85: which one is right?)."""
    noun = re.sub(r"(?i)\s*(?:count|number)$", "", label).split()[-1:]
    if not noun or not re.fullmatch(r"\d[\d,]*", value):
        return False
    stem = re.escape(noun[0].lower().rstrip("s"))
    # r"\b(\d[\d,]*) ..." opening with its digit: re looks for digits alone (firstchar.py)
    pattern = rf"(\d(?<!\w\d)[\d,]*) {stem}s?\b"  # (no word character before the digit)
    told = {m[1].replace(",", "") for m in re.finditer(pattern, prose, re.I)}
    return bool(told - {value.replace(",", "")})


def list_value(value: str, kind: str, name: str) -> bool:
    """A value that lists several things ("AD 30 or 33": which one to type?), not a place
    with its region and country ("Basel, Switzerland": the town typed alone passes too)."""
    if any(mark in value for mark in (";", "/", " and ", " or ", "-turned-")):
        return True
    if " & " in value and re.search(r"(?i)produc|writ|direct|compos|lyric|creat|author", name):
        return True  # "Producer: Angellore & Florent Krist": half of it is half right (R297)
    if re.search(r" (?:v|vs\.?|versus|x) [A-Z]", value):
        return True  # "Ultrabeat v Scott Brown": whose is it? (R199)
    place = PLACE_NAME.fullmatch(value) and PLACE_FIELD.fullmatch(name.strip())
    return "," in value and kind == "text" and not place


# A life's place whose first part is no town: a region, a realm, a building ("Novosibirsk Oblast",
# "Kingdom of Mysore", "Brookside Nursing Home", R327's N1-N2).
NOT_TOWN = re.compile(
    r"(?i)\b(?:oblast|province|region|state|county|district|kingdom|sultanate|empire|republic|"
    r"principality|duchy|suburbs?|home|hospital|clinic|infirmary|house|street|road|avenue|camp|"
    r"prison)\b"
)
CONNECTORS = frozenset(
    "de del la le les los las el di da do dos das y e en an der am im upon on sur".split()
)


def town_first(value: str, raw: str) -> bool:
    """A life's place given as its town, then its region and country ("Perm, Russian SFSR,
    Soviet Union"): the town a proper name, and no other name of it beside ("(now Kriva
    Palanka)", "(now in Uttarakhand)": which to type?)."""
    if re.search(r"(?i)\bnow\b|present[- ]day|modern[- ]day", raw):
        return False
    words = value.split(",")[0].split()
    proper = all(w[:1].isupper() or w in CONNECTORS for w in words) and words[0][:1].isupper()
    return proper and not NOT_TOWN.search(value.split(",")[0])


NO_LIFE = re.compile(  # infoboxes whose "born" is none to learn: a character's, a body's
    r"(?i)character|fictional|fraternity|sorority|organi[sz]ation|company|club|society|school"
)
LIFE_FIELD = re.compile(r"(?i)(birth|death)_?(date|place)|(?:date|place)_of_(birth|death)")


def address_only(name: str, value: str) -> bool:
    """A headquarters given as a square or a building, not its city: "Where is the
    headquarters of the FSB?" Lubyanka Square, where "Moscow" is as right (R119)."""
    street = r"Square|Street|Avenue|Road|Boulevard|Plaza|Building|Tower|House|Centre|Center"
    return name.strip().lower() == "headquarters" and bool(re.search(rf"\b(?:{street})$", value))


def in_title(value: str, title: str) -> bool:
    """A value the title gives away (both normalised): the title holds it whole ("Faryl" by
    Faryl Smith) or a word of it of four letters or more ("RevoLucian's Christian Bale Remix"
    by Lucian Piane)."""
    if not value or value in title or f" {title} " in f" {value} ":
        return True
    return any(len(w) >= 4 and w in title.replace(" ", "") for w in value.split())


# Kinds of things a director directs (not a museum's or an agency's director, R259).
DIRECTED = re.compile(
    r"(?i)film|movie|television|episode|video|series|show|programme|program|documentary|play|"
    r"opera|musical|theatre|theater|game|album|single|song|production|broadcast|short|cartoon|"
    r"anim"
)


def other_forms(links: list[str], raw: str, value: str, skip: tuple[str, ...]) -> list[str]:
    """Links of an infobox line after ``value`` to accept typed for it, but for ``skip``: "Yale"
    of "Yale University" (and for a date or a figure only links with figures: not the place of
    "Foundation: 1997 (Braunschweig, Germany)", R259)."""
    after = raw[max(0, raw.find(value)) :].split(";")[0]  # ("KIA in Vietnam"; not a ground's town)
    figure = bool(re.search(r"\d", value))
    return [
        t
        for t in links
        if normalize(t) not in skip and t in after and (not figure or re.search(r"\d", t))
    ]


def styled_otherwise(value: str, prose: str) -> bool:
    """A style with its period ("Late Gothic Revival") that the text (``prose``, normalised)
    names without it ("the only Gothic Revival town hall"): either answer is right (R302);
    or a style the text says it was built in is another ("Romanesque" in the box, "built in
    Late Gothic style" in the text, of the earlier church's: R457, R467)."""
    plain = normalize(value)
    styled = re.match(r"(late|early|high|mid)[- ](.+)", plain)
    if styled and re.search(rf"(?<!{styled[1]} ){re.escape(styled[2])}", prose):
        return True
    told = STYLE_TOLD.findall(prose) if STYLE.search(plain) else []  # (a style's line only)
    return bool(told) and not any(style in plain or plain in style for style in told)


# A style, and one the text builds in: "built in late gothic style" (normalised).
STYLE = re.compile(
    r"(?:(?:late|early|high|mid) )?(?:gothic|romanesque|baroque|renaissance|neo ?classical|"
    r"classical|art deco|art nouveau|modernist|brutalist|tudor|georgian|victorian|byzantine|"
    r"moorish|palladian|italianate|rococo|beaux arts)(?: revival)?"
)
STYLE_TOLD = re.compile(rf"\bin (?:the |a )?({STYLE.pattern}) style\b")
