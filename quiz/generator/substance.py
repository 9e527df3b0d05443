"""Whether a statement tells a learner something: a name or a figure besides the article's
own, and more than its title says."""

from __future__ import annotations

import re

from quiz.generator.article import plain_title, year_in_title
from quiz.generator.facts import Facts
from quiz.generator.gazetteer import gazetteer_type
from quiz.generator.honours import HONOUR
from quiz.generator.kinds import SHIP_PREFIX
from quiz.generator.lexicon import base_form, demonym, known_word
from quiz.generator.salience import KEY_EVENT, MAJOR_EVENT
from quiz.generator.spans import YEAR_IN_TEXT, Span
from quiz.generator.standalone import FRONTED_PHRASE

# Only another name: "Rujm el-Hiri is also called Rogem Hiri." (R62: a respelling guessed).
ALSO_CALLED = re.compile(
    r"^[^,;\d]{1,60} (?:is|are|was|were) (?:also|sometimes|often|otherwise) (?:called|known as|"
    r"named|spelled|spelt|referred to as) [^,;\d]{1,60}\.$"
)


def names_something(text: str, title: str) -> bool:
    """A statement with a figure or a name besides the article's own: in blind reviews, true
    statements with neither ("Pretoria is served internally by metropolitan routes", "The
    snorkelling at Fitzroy is greatly underrated") were accepted 54% of the time, others 80%.
    Nor one that says what the title says ("Radioactive waste is a waste product containing
    radioactive material", R59)."""
    if says_the_title(text, title) or ALSO_CALLED.match(text):
        return False
    if re.search(r"\d", text):
        return True
    own = set(re.findall(r"\w+", title.lower()))
    names = re.findall(r"\b[A-Z][\w'’-]*", text)[1:]
    return any(re.sub(r"['’]s?$", "", name).lower() not in own for name in names)


def _spelt_out(text: str, title: str) -> bool:
    """The text writes out an acronym of the title: "The AJPW Triple Crown Championship is the
    top title in Japanese promotion All Japan Pro Wrestling" (R170: a learner reads it off)."""
    for acronym in re.findall(r"\b[A-Z]{3,6}\b", title):
        words = r"\W+".join(rf"{letter}[\w'-]*" for letter in acronym)
        if re.search(rf"\b{words}\b", text):
            return True
    return False


def _serves_its_namesake(text: str, core: str) -> bool:
    """A station that serves the place it is named after: "Tunbridge Wells railway station
    serves Tunbridge Wells" (R170: true from the title alone)."""
    place = re.sub(r" (?:railway |train |tube |metro |bus )?(?:station|halt|stop)$", "", core)
    return place != core and bool(
        re.search(rf"\bserv\w* (?:the \w+ of )?{re.escape(place)}\b", text)
    )


def says_the_title(text: str, title: str, least: int = 2, name: str = "") -> bool:
    """ "<Title> is a ..." whose definition repeats every word of a title of two words or
    more and names nothing else: true from the title alone (not "Grand Forks is a city in
    Grand Forks County, North Dakota"); titles of ``least`` words or more. With the subject's
    ``name``: the definition of a thing the text names in lower case ("A mosque is a place of
    worship ...", "Ham is a processed pork foodstuff ..."), true from general knowledge (R124-
    R185: 27 of 43 such true statements passed, 183 of 208 of other subjects)."""
    common = name[:1].islower() and not name.startswith("the ")  # ("the Azerbaijanis")
    if common and re.match(
        rf"(?i)(?:an? |the )?{re.escape(name)}s?(?: or [\w -]{{3,30}}?)? (?:is|are) (?:an?|the)\b",
        text,  # ("Animal testing or animal research is the use of ...", R203)
    ):
        return True
    core = plain_title(title)
    if _names_the_title(text, core):
        return True
    if any(
        said(text, core)
        for said in (_takes_part_where_it_was, _its_own_head, _of_its_own_kind, _named_by_title)
    ):
        return True
    if any(year_in_title(y, title) for y in YEAR_IN_TEXT.findall(text)):
        return True  # "The AK-47 was adopted and standardized in 1947." (R125)
    named = re.search(r"\bnamed (?:after|for) (?:the )?(?:[a-z]+ )?(\w{5})", text)
    if named and named[1].lower() == title[:5].lower():
        return True  # "Lanthanoids are named after lanthanum." (R131)
    after = re.search(r"\bnamed (?:after|for|in honou?r of) ([^.;]+)", text)
    core_names = re.findall(r"[A-Z][a-z]{3,}", core)  # (or a stem: "Lamarckism" after "Lamarck")
    if after and any(w.startswith(n) for w in core_names for n in re.findall(r"\w{4,}", after[1])):
        return True  # "The sea is named after hydrographer Sir Francis Beaufort." (R179)
    if _spelt_out(text, title) or _serves_its_namesake(text, core):
        return True
    taxon = re.search(
        r"\b([A-Z][a-z]{4,}(?:idae|inae|aceae|ales|oidea)) family\b|\bfamily ([A-Z]\w{4,})", text
    )
    genus = title.split()[0] if title.split() else ""
    if taxon and (taxon[1] or taxon[2]).startswith(genus[: max(4, len(genus) - 2)]):
        return True  # "Hylodes uai is a species of frog in the Hylodidae family" (R170)
    shown = title.replace("(", "").replace(")", "")  # "M-88 (Michigan highway)" says it (R91)
    bracket = re.search(r"\(([^)]*)\)$", title)  # ("Jack Brennan (American football)", R93)
    qualifier = bracket[1] if bracket else shown.partition(", ")[2]  # (the part that is no name:
    words = {w[:5] for w in re.findall(r"[^\W\d_]{4,}", (qualifier or shown).lower())}  # R155;
    # "Goiás", R229)
    bare = re.sub(r" \([^)]*\)$", "", title).partition(", ")[0]
    home = rf"\b(?:in|of|near|at) (?:the )?{re.escape(qualifier)}\b"  # ("... of Ürümqi", R265)
    if qualifier[:1].isupper() and re.match(
        rf"(?:The )?{re.escape(bare)} (?:is|are|was|were) [^.;]*{home}", text
    ):
        return True  # "Knollwood Village is a subdivision in Houston, Texas" of "Knollwood
        # Village, Houston"; "MetroBus is a bus rapid transit system in Bristol" (R260)
    ordinal = re.fullmatch(r"(\d+(?:st|nd|rd|th)) ([A-Z]\w+)", qualifier)
    if ordinal and re.search(rf"\b{ordinal[1]} (?:[A-Z]\w+ ){{0,3}}{ordinal[2]}\b", text):
        return True  # "H.R. 3584 (113th Congress) was introduced ... during the 113th United
        # States Congress" (R265-R266)
    match = re.match(rf"(?i)(?:the |an? )?{re.escape(core)} (?:is|are|was|were) (.+)", text)
    fuller = re.match(
        r"((?:[A-Z][\w.'’-]*|\"[A-Z][\w.'’-]*\") ){1,6}(?:is|are|was|were) (.+)", text
    )
    if (
        not match
        and fuller
        and set(re.findall(r"[\w'’-]+", core)) <= set(re.findall(r"[\w'’-]+", fuller.group()))
    ):  # ("Monroe Township, Newaygo County, Michigan": its words without commas, R123)
        match = re.match(r".*? (?:is|are|was|were) (.+)", text)  # John Carter "Jack" Brennan
    if not match or len(shown.split()) < least or re.search(r"\d", match.group(1)):
        return False  # (the title's own number is no other: "New York State Route 49", R75)
    said = {w[:5] for w in re.findall(r"[^\W\d_]{4,}", match.group(1).lower())}
    if said & ROADS:  # "Maryland Route 704 is a state highway in ... Maryland" (R92)
        said |= ROADS
    own = {w.lower()[:5] for w in re.findall(r"\w+", shown)} | {"u", "s"}  # ("the U.S. state")
    names = {w.lower()[:5] for w in re.findall(r"\b[A-Z][\w'’-]*", match.group(1))}
    missing = len(words - said)  # (one word of three or more may be said otherwise: "Route"
    runs = re.findall(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", match.group(1))  # ("United States")
    others = {n for n in runs if any(w.lower()[:5] not in own for w in n.split())}
    told = match.group(1)
    if qualifier and not bracket and len(set(re.findall(r"\b[a-z]{4,}\b", told)) - PLACES) > 1:
        return False  # more than its kind: "the major urban and economic center in Georgia"
    known = names <= own or bool(others) and all(_country_of(n, core, told) for n in others)
    return bool(words) and missing <= (len(words) >= 3) and known  # as "highway")


def _country_of(name: str, core: str, told: str) -> bool:
    """``name`` is a country and ``core`` (a title) names a city or state, which tells it ("The
    Rio de Janeiro cableway is a cableway in Rio de Janeiro, Brazil", R84), or a place the
    definition puts in that country ("a conflict in the Darfur region of Sudan", R91)."""
    if gazetteer_type(name) != "country":
        return False
    words = core.split()
    places = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    if any(gazetteer_type(p) in ("city", "state") for p in places):
        return True
    region = r"(?: (?:region|province|area|state|district))? (?:of|in|,) (?:the )?"
    return any(
        re.search(rf"\b{re.escape(w)}{region}{re.escape(name)}\b", told)
        for w in words
        if w[:1].isupper()
    )


ROADS = frozenset({"route", "highw", "road", "motor", "freew"})
PLACES = frozenset(
    """county state city town township village country province region district borough
    municipality parish community hamlet unincorporated census designated place located""".split()
)
TAKING_PART = frozenset("competed participated took part in at the and was were is".split())


def _takes_part_where_it_was(text: str, core: str) -> bool:
    """Every word of a title of three words or more, "competed" and where the event was (a
    thing known with the event): "Vanuatu competed at the 2008 Summer Olympics in Beijing,
    China." (R88)."""
    rest = text
    for word in core.split():
        found = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", rest)
        if not found:
            return False
        rest = rest[: found.start()] + rest[found.end() :]
    left = re.findall(r"[\w'’-]+", rest)
    lower = {w for w in left if w.islower()}
    return (
        len(core.split()) >= 3 and lower <= TAKING_PART and (lower >= {"in"} or lower == set(left))
    )


def _names_the_title(text: str, core: str) -> bool:
    """A definition that names the title's own proper name again ("Air Astana is an airline
    based in Astana", "Games Day is ... sponsored by Games Workshop", "The Vestals were
    priestesses of Vesta": true from the name alone, R210)."""
    kind = r"(?:is|was|are|were) (?:(?:an?|the) |[a-z]+ed (?:by|in|to) )|(?:are|were) "  # ("were
    # priestesses of ...", "The Naukabout Music Festival is produced by Naukabout LLC", R220;
    # "Bank of Echo Building is located in Echo", R230)
    named = re.escape(core) + (rf"|{re.escape(core.split(' ', 1)[1])}" if " " in core else "")
    match = re.match(  # (or the title's tail, "The Z-car" of "Nissan Z-car"; or a longer name,
        rf"(?i)(?:the )?(?:{named})(?: (?:of|and) [A-Z][\w' ]{{0,60}}?)? (?:{kind})(.+)", text
    )  # "The Prime Minister of the United Kingdom of Great Britain and ...", R245)
    own = {  # (a demonym is no name, but "Milan" after "of" is: "University of Milan", R245)
        w[:4]
        for w in re.findall(r"\b(?!The\b)[A-Z][a-z]{2,}", core)
        if not demonym(w) or re.search(rf"\bof (?:the )?{w}$", core)
    }
    county = r"(?:County|Parish|District|Province|Township|Borough)"
    rest = re.sub(rf"{re.escape(core)} {county}", "", match[1]) if match else ""
    if any(w[:4] in own for w in re.findall(r"\b[A-Z][a-z]{2,}", rest)):  # (not "Grand Forks
        return True  # is a city in Grand Forks County", nor the rupee's "currency of Pakistan")
    stems = {w[:5].lower() for w in re.findall(r"[A-Za-z]{6,}", core)}  # "Theological
    plain = len(rest.split()) <= 6 and not re.search(r"\d|\b[A-Z]", rest)  # hermeneutics is a
    return plain and any(w[:5] in stems for w in re.findall(r"\b[a-z]{6,}", rest))  # field of
    # theology", short and naming nothing else (R233); "Ann Boudiaf was married to ... Ned
    # Boudiaf" (R233)


def _its_own_head(text: str, core: str) -> bool:
    """A definition by the title's own last part and no name or figure: "The miniskirt is a
    skirt with a hemline well above the knees." (R89: true from the word alone)."""
    match = re.match(
        rf"(?i)(?:the |an? )?{re.escape(core)} (?:is|are) (?:a|an|the) ([a-z]{{4,}})\b(.*)", text
    )
    of = re.fullmatch(r"(?:The )?([A-Z][a-z]{3,}) of [A-Z][\w ]+", core)  # "The Problem of Hell
    kind = rf"(?:[Tt]he )?{re.escape(core)} (?:is|are) an? (?:[a-z-]+ ){{0,2}}"  # is a logical
    own = re.match(rf"{kind}{of[1].lower()}s?\b(.*)", text) if of else None  # problem related
    if own and not re.search(r"\d|\b[A-Z]", own[1]):  # to religion" (R201)
        return True
    if not match or " " in core or re.search(r"\d|\b[A-Z]", match.group(2)):
        return False
    head = match.group(1).lower()
    return core.lower().endswith(head) and core.lower() != head


def _of_its_own_kind(text: str, core: str) -> bool:
    """A definition that puts the title in the family or kind its own last word names: "The
    Arctic tern is a seabird of the tern family." (R97: true from the name alone)."""
    last = re.escape(core.split()[-1].lower()) if " " in core else ""
    return bool(last) and bool(
        re.fullmatch(
            rf"(?i)(?:the |an? )?{re.escape(core)} (?:is|are) (?:a|an) (?:[a-z-]+ ){{0,2}}"
            rf"(?:of|in) the {last}s? (?:family|genus|group)\.?|.* is a species of {last}s?\.?|"
            rf"(?:the |an? )?{re.escape(core)} (?:is|are) an? (?:form|type|kind|style|variety|"
            rf"branch) of (?:[\w-]+ ){{0,3}}{last}s?\.?",  # (R182: "... of ice speed skating")
            text,
        )
    )


DEFINING = re.compile(r"(?:The |An? )?.+? (?:is|are|was|were) (?:an? |the )?(.+)")
PLAIN_KINDS = frozenset("based located situated group company organisation organization".split())


def _named_by_title(text: str, core: str) -> bool:
    """A definition whose names all come from the title and that adds at most one word of its
    own: "The rupee is the currency of Pakistan." in "Pakistani rupee", "... is a human
    rights group based in Mexico." in "Academia Mexicana de Derechos Humanos" (R137, R147)."""
    told = DEFINING.fullmatch(text)
    if not told or re.search(r"\d", told[1]):
        return False
    own = {w.lower()[:4] for w in re.findall(r"[\w'’-]+", core)}
    names = re.findall(r"\b[A-Z][\w'’-]*", told[1])
    added = {w for w in re.findall(r"\b[a-z][a-z-]{3,}\b", told[1]) if w[:4] not in own}
    return (
        bool(names) and all(n.lower()[:4] in own for n in names) and len(added - PLAIN_KINDS) <= 1
    )


# A date or a short phrase before the subject: "In 1963 Offer ...", "Frustrated, Clarke ...".
FRONTED = re.compile(
    rf"(?:{FRONTED_PHRASE} (?:(?:the )?(?:early|late|mid)[ -])?(?:[A-Z][a-z]+ )?(?:\d{{1,2}},? )?"
    rf"(?:[A-Z][a-z]+ )?\d{{4}}s?(?:,| (?=[A-Z]))|[A-Z][^,;]{{0,60}}, (?=[A-Z]))\s*"
)  # (the openers standalone.FRONTED_PHRASE lists, before a date with no comma after it)


def subject_led(
    text: str, names: tuple[str, ...], person: bool = False, given_names: tuple[str, ...] = ()
) -> bool:
    """The sentence's subject is the article's ("In 1963 Offer realized ...", "Bombardier
    acquired ...", "Gabriel Fauré died ..."), after at most a date or a short phrase; not "The
    Atomic Energy Commission accepted Teller's proposal" nor "The Baltimore City College
    Alumni Association was established"; of a person, only ``given_names`` (when given)
    before the surname: "Peter Andrew Buffett ... was born" is his son (R114)."""
    first = "|".join(re.escape(n) for n in given_names) or r"[A-Z][\w.'’-]*"
    given = rf"(?:(?:{first}) ){{0,3}}" if person else ""
    pattern = "|".join(re.escape(n) for n in names if n)
    if not pattern:
        return False
    led = re.compile(rf"(?:[Tt]he )?{given}(?:{pattern})(?:,| [a-z]| and | \(|$)")
    epithet = re.match(rf"(?:{pattern}) ([a-z]+) (?:was|were|is|are|has|had)\b", text)
    if epithet and not person and not known_word(epithet[1]):
        return False  # "Apatosaurus yahnahpin was named ...": another species (R237)
    return bool(led.match(text) or led.match(FRONTED.sub("", text, count=1)))


def led_by_subject(text: str, facts: Facts) -> bool:
    """The article's subject leads the sentence: by its name, its title, or the country a
    subject is named after ("Azerbaijan ratified ..." of the Azerbaijani Armed Forces)."""
    subject, title = facts.subject, plain_title(facts.title)
    ship = SHIP_PREFIX.sub("", title, count=1) if SHIP_PREFIX.match(title) else ""
    names = (*_own_names(facts), ship)
    if not any(name and name in text for name in names):
        return False  # (none of its names anywhere in the sentence: the quick answer)
    named = f"{title} {facts.prose[: max(0, facts.prose.find(subject.bare))][:80]}"
    given = tuple(w for w in re.findall(r"[A-Z][\w.'’-]*", named) if w not in subject.bare)
    return subject_led(text, names, subject.person, given)


def _own_names(facts: Facts) -> tuple[str, str, str]:
    """The subject's names a sentence may open with: its name, its title, and the country it
    is named after ("Azerbaijan" of the Azerbaijani Armed Forces), or ""."""
    subject, title = facts.subject, plain_title(facts.title)
    country = subject.country if subject.country[:-1] in title else ""
    return subject.bare, title, country


def tells_key_event(text: str) -> bool:
    """The sentence tells one of the events its subject's history is told by, or one whose
    day is worth learning ("In July 1999, Azerbaijan ratified the Treaty ...")."""
    if HONOUR.search(text):
        return False  # an honour is no step of a life (its year is not asked either, R238)
    if "signed" in text:  # (a deal with a sponsor is none either: R237's Puma deal)
        text = SPONSOR_DEAL.sub("", text)
    if "joined" in text:  # (nor a post in a firm: "joined The Renard Group Advertising agency
        text = FIRM_POST.sub("", text)  # as Executive Vice President", R440)
    return bool(KEY_EVENT.search(text) or MAJOR_EVENT.search(text))


FIRM_POST = re.compile(  # (or a junior post: "joined the University of Manchester in 1966 as
    r"\bjoined\b[^,;]{0,80}? as (?:an? |the |its )?(?:[A-Za-z][a-z]+ ){0,3}(?:Vice President|"
    r"Director|Manager|Executive|Officer|Partner|Consultant|Analyst|Associate|officer|"
    r"assistant|clerk|technician|secretary|researcher|lecturer)\b"  # an experiment officer", R444)
)


SPONSOR_DEAL = re.compile(
    r"\bsigned (?:a |an )?(?:[\w-]+ ){0,2}(?:sponsorship|endorsement|advertising|boot|kit|"
    r"apparel|marketing|modelling|modeling) (?:deal|contract|agreement)"
)


# Schooling: the subject studied, trained or took a degree at a school ("Westerwelle studied
# law at the University of Bonn", "In 1968, Prescott obtained a BSc ... at the University of
# Hull"). Where the subject leads such a sentence, the school is asked past the lead too.
SCHOOLING = re.compile(
    r"\b(?:studied|attended|enrolled|trained|earned|obtained|received|completed|took|gained)"
    r"\b(?: [\w'’-]+){0,9} (?:at|from|in) (?:the )?$"
)
SCHOOLS = frozenset("university college school academy conservatory seminary".split())


def also_asked(text: str, span: Span, fine: dict[str, str], facts: Facts, led: bool) -> bool:
    """Past the lead, beside what its subject did (``SentenceItems.falsifiable``): where the
    subject studied, in a sentence it leads (``led``), and who did a key deed to it ("Ben
    Okoro founded Wyton in 1801" of Wyton: "Who founded Wyton in 1801?", ``done_to``); not
    what an infobox line asks."""
    if infobox_gives(span.text, facts):
        return False  # the infobox's line asks it ("At which institution did ... study?")
    return led and tells_schooling(text, span, fine) or done_to(text, span, facts)


def infobox_gives(name: str, facts: Facts) -> bool:
    """An infobox line gives ``name``: its item asks it, with the kind and year of a work."""
    return any(name in line.value for line in facts.infobox)


def done_to(text: str, span: Span, facts: Facts) -> bool:
    """The name at ``span`` opens the sentence and did one of the key deeds (``KEY_EVENT``,
    ``MAJOR_EVENT``) to the article's subject, or to the country it is named after."""
    if text[: span.start] not in ("", "The ") or not tells_key_event(text):
        return False
    names = "|".join(re.escape(n) for n in _own_names(facts) if n)
    deed = re.match(rf" ([a-z]+) (?:the )?(?:{names})\b", text[span.end :])
    return deed is not None and base_form(deed[1], "VBD") is not None


def tells_schooling(text: str, span: Span, fine: dict[str, str]) -> bool:
    """The sentence tells where its subject studied: at ``span``, a school by its kind in
    ``fine`` ("at which university?" asks a step of a life)."""
    return fine.get(span.text, "") in SCHOOLS and bool(SCHOOLING.search(text[: span.start]))
