"""How much a teacher would want a fact learned, and which names a reader would guess."""

from __future__ import annotations

import re

from quiz.generator.article import life_field
from quiz.generator.checks import role_before
from quiz.generator.copied import FULL_DAY
from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Facts, Sentence, lead_overlap
from quiz.generator.firstchar import first_char
from quiz.generator.honours import HONOUR, award_among_many
from quiz.generator.kinds import SHIP_PREFIX
from quiz.generator.sectionkinds import thing_aside
from quiz.generator.spans import MONTH_YEAR, YEAR_IN_TEXT, Span
from quiz.text import normalize

# A register's listing: "was added to the National Register of Historic Places on ..." (its
# day is an administrative date, not worth learning even in the lead, R151, R155)
LISTING = re.compile(
    r"\b(?:added|listed|inscribed|entered|designated)\b[^.]{0,40}\b(?:[Rr]egister|[Hh]eritage)\b"
)
# Events whose day is worth learning, wherever the article tells them.
MAJOR_EVENT = re.compile(
    r"(?i)\b(?:war|battle|invad\w*|invasion|independence|revolution|coup|treaty|constitution|"
    r"armistice|ceasefire|founded|established|born|died|assassinat\w*|earthquake|landed|"
    r"inaugurat\w*|proclaimed|declared|abolished|dissolved|ratified)\b"
)


# An award received: its year is worth learning, not its month ("In _____ (month and year)
# Okean Elzy received FUZZ Magazine music awards": a trivial detail, R236).
AWARD = re.compile(
    r"\b(?:received|won|awarded|given|earned|presented with|collected)\b[^.]{0,60}"
    r"\b(?:awards?|prizes?|honou?rs?|medals?|trophy|trophies)\b"
)


def minor_day(sentence: Sentence, day: bool) -> bool:
    """Whether the day (``day``), or the month, of a date the sentence gives is a detail: a
    day past the lead or of a listing, unless of a major event; the month of an award; and
    either, of anything but a dated event (``DAY_EVENT``, ``MAJOR_EVENT``)."""
    text = sentence.text
    if not (DAY_EVENT.search(text) or MAJOR_EVENT.search(text)):
        return True  # "In _____ (month and year) Heinonen signed ...", "recorded in Barcelona
        # during _____", "was listed for preservation in _____": 9 of 21 passed R272-R321
    if not day:  # (nor the month of a diagnosis: "In May 2013, he was diagnosed with", R252;
        told = re.search(r"\b(?:diagnosed|contract)\b", text)  # of a contract, R298)
        return bool(AWARD.search(text) or told)
    if MAJOR_EVENT.search(text):
        return False  # (the day of a war's start, a treaty, a birth)
    if sentence.section or LISTING.search(text):
        return True  # "On _____, FIFA signed a deal with TikTok"; "added to the Heritage
    return bool(PASSING_DEED.search(text))  # Register on _____" (R155); in the lead, not the
    # day of a passing deed: "selected as a 'Pick of the Day' by ...", "dedicated all
    # proceeds ... on _____" (R239)


# The events whose day or month is worth learning (with MAJOR_EVENT's): a life's ends, a
# work's or a place's first showing, a body's start, an office taken, an event held. Other
# sentence gaps of a day or month passed 9 of 21 reviews (R272-R321), these 36 of 40.
DAY_EVENT = re.compile(
    r"\b(?:born|died|killed|released|published|premiered|aired|broadcast|opened|launched|"
    r"founded|established|formed|created|incorporated|charter(?:ed)?|elected|re-elected|"
    r"inaugurated|took office|succeeded|ordained|consecrated|took place|"
    r"(?:held|run|played|staged) on)\b"
)


PASSING_DEED = re.compile(
    r"\b(?:selected|picked|chosen|named) as (?:a |an |the )?['\"‘“]?(?:[Pp]ick|[Cc]hoice)\b|"
    r"\b(?:dedicated|donated)\b[^.]*\bproceeds\b|\bpress release\b|\bverified by\b|"
    r"\breleased (?:her|his|their|its) (?:[\w-]+ ){0,2}single\b|"  # (the day of a single, R247)
    r"\b(?:was|were) (?:assigned|waived|traded|loaned) (?:to|by)\b|"  # a roster move (R297)
    r"\breleased\b[^.]*\b(?:prison|jail|custody|parole|bail|sentence)\b|"  # (from prison, or
    r"\breleased(?: (?:with)?in [A-Z][a-z]+| internationally| through [A-Z][\w ]+?)+ on\b"  # (in
    # one country, abroad, by a distributor: "within Israel on _____", R413)
)


def dated(sentence: Sentence) -> bool:
    """A lead sentence, or one that tells when (a year its heading does not give: "Chesbro
    began ... in 1895" under "Minor leagues (1895–1899)", R52). Past the lead, true statements
    without a year passed 125 of 194 blind reviews (vague, trivia or leaning on the
    paragraph), with one 275 of 327 (R24-R50); false ones change a year, true ones look alike."""
    if not sentence.section:
        return True
    heading = set(YEAR_IN_TEXT.findall(sentence.section))
    years = {int(y) for y in set(YEAR_IN_TEXT.findall(sentence.text)) - heading}
    if len(heading) == 2 and years:  # ("On September 1, 1945, ..." under "... 1913–1940":
        low, high = sorted(int(y) for y in heading)  # the heading says otherwise, R169)
        return any(low <= y <= high for y in years)
    return bool(years)


# The events a life or a body's history is told by. Past the lead, false statements changing
# the year of one passed 70 of 91 blind reviews (born 21 of 21), of any other 35 of 80 ("In
# 1818, Grimaldi bought a second home": a trick on a minor detail); short answers 11 of 13
# and 25 of 39 (R94-R107).
KEY_EVENT = re.compile(
    r"\b(?:born|died|married|elected|appointed|founded|established|graduat(?:ed|ing)|"
    r"inaugurated|ordained|inducted|became|retired|won|created|formed|opened|joined|"
    r"designated|began|replaced|acquired|named|launched|commissioned|entered|closed|"
    r"merged|signed)\b"
)


# A street address ("a star on the Hollywood Walk of Fame at 6263 Hollywood Boulevard"): trivia.
ADDRESS = first_char(
    r"\b\d{2,5} (?:[A-Z][a-z]+ ){1,3}(?:Boulevard|Street|Avenue|Road|Drive|Lane|Place|Way)\b"
    r"|\bwore (?:the )?(?:number|No\.|#)|\b(?:jersey|shirt|uniform) (?:number|No\.)|"
    r"(?:'s|\bhis|\bher) number \d|"  # a player's number (R34: "Graham wore number 48")
    r"\b(?:zip|postal|post) code\b"  # "its own zip code, 90090" (R38)
)

# Sections of side appearances: a TV guest slot, a film's portrayal of the subject, one
# concert of a tour (R122, R123: "Hennigan appeared on an episode of ...", "In the 2011 film
# ..., Fort is portrayed by ...", "On December 12, 2007, Morricone conducted ... in Vienna").
SIDE_SECTION = re.compile(
    r"(?i)\b(?:other (?:media|appearances|ventures|projects|activities)|(?:business )?ventures|"
    r"endorsements?|fragrances?|(?:popular|pop) culture|in fiction|portrayals?|"
    r"(?:artistic|fictional|dramatic) depictions?|"  # ("Artistic depictions of V.P.Menon", R239)
    r"(?:cultural|media) (?:references|depictions|portrayals)|depictions? in|"
    r"(?:guest|television|tv|media|film|other|cameo) appearances|cameos|tours|touring|"
    r"concerts|filmography|discography|trivia|(?:literary|cultural) influence)\b"
)
HOME_MEDIA = re.compile(  # (and a work's re-release: "re-released as two separate books", R438)
    r"(?i)\bblu-?ray\b|\bDVD\b|home (?:media|video)|\b(?:second|third) weekend\b|\bre-?released\b|"
    r"\b(?:went|certified|earned|received|reached|achieved) (?:an? )?"
    r"(?:(?:double|triple|multi-?) ?)?(?:gold|platinum|silver|diamond)\b"  # a sales certificate
)
BODY_MEASURE = re.compile(
    r"\b(?:weighs|weighed|weighing)\b|\b(?:m|cm|ft|feet|metres|meters) tall\b"
)
# Units of length, for sizes and distances.
UNIT = r"(?:km|kilometres|kilometers|mi|miles|metres|meters|m|ft|feet|foot|yards|inches|cm|mm)"
# A building's or an object's size ("30 feet wide and _____ feet long", R274), or a length the
# article gives only roughly ("at a height of about _____ m", R274): no figure to learn exactly.
LENGTH_UNIT = re.compile(rf" ?{UNIT}\b")
DIMENSION = re.compile(
    rf" ?{UNIT}\)? (?:\([^)]*\) )?(?:wide|long|deep|thick|in (?:length|width|depth|diameter))\b"
)
ROUGHLY = re.compile(r"\b(?:about|approximately|around|some|roughly|nearly|c\.) $")
# Steps of a life whose date is no fact to learn, nor one to change for a false statement: a
# degree ("In what year did Webb graduate high school ...?": R280-R281 failed 3 of 3; a
# habilitation, "a secondary career step", R291; "graduated ... in 2006", False, R299) and a
# marriage ("Fish married Marion Anthon on _____": whom is the fact, R198; the year of a second
# marriage, R283; "married ... in 1896", False, R306), a separation or a divorce ("until they
# separated in _____", R404), a candidacy declared ("On _____ Meacher declared that he would be
# standing", R404), a seat on a local council ("elected as a local councillor in Savoie's
# canton de Moûtiers in _____" of a finance minister, R434).
MINOR_STEP = re.compile(
    r"\bgraduat(?:ed|es|ing)\b|\bhabilitat|\bmarri(?:ed|age)\b|\bdivorc(?:ed|e)\b|"
    r"\b(?:they|couple) (?:later )?separated\b|\bdeclared (?:that )?(?:he|she) would (?:be )?"
    r"(?:standing|running|stand|run)\b|\b(?:local|municipal|cantonal|parish|town|borough|"
    r"district) council(?:l)?or\b|\b(?:vice|deputy)[- ](?:president|chair(?:man|woman)?) of "
    r"(?:the )?(?:[\w'’]+ ){0,4}(?:[Ss]ociety|[Aa]ssociation|[Cc]lub|[Gg]uild|[Ll]eague)\b|"
    r"\bjoined (?:his|her|their) (?:[a-z]+ )?(?:sister|brother|father|mother|parents|family|"
    r"husband|wife|son|daughter|uncle|aunt|cousin)s?\b|\b(?:live|compilation|remix) album\b"
)  # (R435: "vice-president of Auckland's first Law Society", "joined her sister Kate")
SHOWN_AT = re.compile(r"\b(?:was|were) (?:shown|screened) at (?:the )?$")  # one screening
RERUN = re.compile(r"\brenewed\b|\bscreened\b[^.]*\bFestival\b")  # (R280)
FROM_AFAR = re.compile(rf"\b{UNIT} (?:\w+ )?(?:of|from) (?:the )?$")  # "24 miles from the"
DISTANCE = re.compile(
    rf" ?{UNIT}\)? (?:\([^)]*\) )?(?:(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?"
    r"(?:east|west)? (?:of|from)|from|away from|outside)\b"
)
AS_OF = re.compile(r"\b[Aa]s (?:of|at) (?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}\b")  # a statistic's date
FIGURE = re.compile(r"(?<![\w.,])\d[\d,.]*")
# Where the people named are mostly critics quoting their reviews, and a critic's byline.
REVIEWS = re.compile(r"(?i)\b(?:reception|reviews?|critic\w*|response|assessments?)\b")
CRITIC = re.compile(
    r",? (?:(?:a|the|an) )?(?:[a-z]+ )?(?:writer|critic|reviewer|columnist|journalist|editor)s? "
    r"(?:for|of|at|from)\b|,? (?:of|from|for|at) (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*,? "
    r"(?:wrote|said|called|described|praised|observed|noted|commented|felt|stated|opined)\b"
)


TO_THE_MONTH = re.compile(MONTH_YEAR)  # "in May 1942"


STATE_EVENT = re.compile(r"\b(?:invaded|declared|captured|ratified|annexed|abolished)\b")
WEAK_FALSE = re.compile(r"\b(?:became|graduat(?:ed|ing)|named|married|won)\b")
LIFE = re.compile(r"\b(?:born|died)\b")


def minor_false_year(prompt: str, option: str) -> bool:
    """A false statement, anywhere in the article, whose year is wrong and whose event is
    minor ("Hite contributed a guest comic strip for Dork Tower in 1998"): "a trick on a minor
    detail". In the lead 126 of 163 passed blind reviews, those of a key event 686 of 708 (R220)."""
    if option != "tf_false" or not YEAR_IN_TEXT.search(prompt):
        return False
    if BOUNDED.search(prompt):
        return True  # "born in 1935, during German occupation of Poland" (it began in 1939, R222)
    return not (KEY_EVENT.search(prompt) or STATE_EVENT.search(prompt) or LIFE.search(prompt))


def life_statement(context: str, sentence: int, option: str) -> bool:
    """A life's date as a true or false statement: an infobox line's ("Tim Couch was born on 19
    August 1952", under any of the field's spellings) or a sentence's that dates a birth or a
    death. It is the statement most banks can make false, so in R257-R264's banks 153 of 171
    were False, and in a bank of a lead statement and a birth date the birth date was the false
    one (R270's reviewer: "every 'born on' statement is False and every lead-sentence statement
    is True, so that rule alone gets all 39 right"). It is asked instead."""
    if not option.startswith("tf_"):
        return False
    if sentence < 0:  # (an infobox line's context is "Label: value")
        label = context.partition(": ")[0]
        return life_field(label).endswith("_date") or label.lower() in ("born", "died")
    return bool(LIFE.search(context) and YEAR_IN_TEXT.search(context))


# A period the sentence names, which bounds its year: a false year outside it is plain.
BOUNDED = re.compile(
    r"\b(?:during|throughout|in the course of) (?:the )?(?:[A-Z][\w-]* )*(?:[Oo]ccupation|"
    r"[Ww]ar|[Rr]eign|[Rr]ule|[Ee]ra|[Pp]residency|[Rr]evolution|[Dd]ynasty|[Ss]iege|[Bb]attle)\b"
)


def weak_past_lead(prompt: str, option: str) -> bool:
    """A statement past the lead of a kind reviews failed most. Dated to the month or the day,
    of no key event: true ones passed 69 of 117 blind reviews (a game's date, a staff
    posting's month, a wedding's day, R202), of a key event 77 of 95, undated ones 365 of 488;
    false ones to the month, of no key event, 2 of 4 (to the day 104 of 118). A false year of
    what someone became, graduated in, was named, married or won: 47 of 90 ("a trick on a
    minor detail", R212-R213), where born, died, joined, appointed passed 155 of 172."""
    if option == "tf_false" and WEAK_FALSE.search(prompt) and not LIFE.search(prompt):
        return True
    key = KEY_EVENT.search(prompt) and not re.search(r"\bmarri", prompt)
    if key or STATE_EVENT.search(prompt):
        return False
    if option == "tf_true":
        return bool(FULL_DAY.search(prompt) or TO_THE_MONTH.search(prompt))
    return (
        option == "tf_false" and bool(TO_THE_MONTH.search(prompt)) and not FULL_DAY.search(prompt)
    )


def salience(
    sentence: Sentence, span: Span, kind: str, facts: Facts, types: EntityTypes, prompt: str
) -> float:
    """How much a teacher would want this fact learned (0 = not worth asking)."""
    if ADDRESS.search(sentence.text) or re.search(r"\bwhich (?:navy|army|air force)\b", prompt):
        return 0.0  # ("Boyle was in which navy?": his country's, 4 of 8 passed, R226)
    if span.type in ("year", "date") and re.match(
        r"In [^,]{4,30}, there (?:was|were) ", sentence.text
    ):
        return 0.0  # "In 2005, there was some concern that ...": the date of a mood (d36)
    if home_media(sentence, facts) or side_section(sentence, facts):
        return 0.0  # "released on Blu-ray on _____", "its second weekend": release trivia (R38)
    if span.type == "number" and re.match(
        r" (?:greatest|best|top|most)\b", sentence.text[span.end :]
    ):
        return 0.0  # "its list of the _____ greatest albums": the list's size (R34)
    if span.type == "entity" and re.search(r"\b(?:lives|resides|is living)\b", sentence.text):
        return 0.0  # "Wolf lives in which city?": where someone lives now is time-bound (R142)
    if span.type == "number" and BODY_MEASURE.search(sentence.text):
        return 0.0  # "he weighs _____ kg": a player's weight or height is trivia (R140)
    if span.type == "number" and (
        DIMENSION.match(sentence.text[span.end :])
        or ROUGHLY.search(sentence.text, 0, span.start)
        and LENGTH_UNIT.match(sentence.text, span.end)
    ):
        return 0.0  # a size, a rough height or length (R274)
    if span.type == "entity" and SHOWN_AT.search(sentence.text, 0, span.start):
        return 0.0  # "Catch Me Daddy was shown at which festival in November 2014?" (R303)
    if span.type == "entity" and FROM_AFAR.search(sentence.text, 0, span.start):
        return 0.0  # "24 miles from which bridge?" (R280): a landmark by its distance
    if span.type == "date" and RERUN.search(sentence.text):
        return 0.0  # "In _____ (month and year), X was renewed for a second season" (R280); one
        # festival screening's day of many ("screened at 13th!f Istanbul ... Festival on _____")
    if span.type == "number" and DISTANCE.match(sentence.text[span.end :]):
        return 0.0  # "_____ km west of Derby": how far from a town is no fact to learn (R138)
    if span.type in ("year", "date") and (
        HONOUR.search(sentence.text) or award_among_many(sentence.text, facts)
    ):
        return 0.0  # "In what year did Evans become an Honorary Fellow ...?" (R136): minor
    if span.type in ("year", "date") and (
        MINOR_STEP.search(sentence.text) or thing_aside(sentence.section, facts.subject.person)
    ):  # (see MINOR_STEP, sectionkinds.thing_aside)
        return 0.0
    if span.type in ("year", "date") and sentence.text[: span.start] in ("By ", "Until "):
        return 0.0  # "By _____, Dylan was at the peak of ...": a bound, others fit (R34)
    if span.type == "date" and len(FULL_DAY.findall(sentence.text)) >= 3:
        return 0.0  # "released in Europe on _____, in North America on June 23, 2003, and in
        # Japan on May 27, 2004": one of a list of regional dates (R181)
    score = 1.0 if sentence.section == "" else 0.6
    if not sentence.anchored:
        score -= 0.35
    if re.search(rf"\b{re.escape(facts.subject.bare)}\b", sentence.text) or normalize(
        facts.title
    ) in normalize(sentence.text):
        score += 0.25
    if kind == "person" and (
        REVIEWS.search(sentence.section) or CRITIC.match(sentence.text[span.end :])
    ):
        return 0.0  # "_____, a writer for Allmusic, commented ...": a review's byline (R33)
    once = bool(span.text) and facts.prose.count(span.text.split()[-1]) < 2
    if kind == "person" and sentence.section and once and role_before(sentence.text, span):
        return 0.0  # "the poet _____", "Trivium guitarist _____": a side figure named once
    score += {"date": 0.3, "year": 0.25, "person": 0.35, "entity": 0.3, "money": 0.15}.get(
        kind, 0.1
    )
    if span.type == "entity":  # a name the article keeps returning to, used sentences or not
        score += 0.15 * min(2, facts.prose.count(span.text) // 4)
    if span.type == "number" and re.fullmatch(r"0*\d", re.sub(r"\D", "", span.text)):
        score -= 0.3  # a count under ten
    rest = sentence.text[: span.start] + sentence.text[span.end :]
    if span.type in ("number", "percent", "money") and len(FIGURE.findall(rest)) >= 2:
        score -= 0.2  # one figure among several ("2,000 of the 74,000 ..., and 600 of them")
    words = len(prompt.split())  # long prompts lose, prompts of 8 to 22 words gain
    score += -0.5 if words > 30 else -0.2 if words > 25 else 0.1 if 8 <= words <= 22 else 0.0
    return max(score, 0.0)


def home_media(sentence: Sentence, facts: Facts) -> bool:
    """A release on DVD, in a film's second weekend or again, or anything under "Home media"
    (R107: "in Digital HD via which bay?"), in an article not about home media itself."""
    said = HOME_MEDIA.search(f"{sentence.text} {sentence.section}")
    return bool(said) and not HOME_MEDIA.search(facts.title)


def side_section(sentence: Sentence, facts: Facts) -> bool:
    """The sentence sits under a heading of side appearances, in an article not about them."""
    return bool(SIDE_SECTION.search(sentence.section)) and not SIDE_SECTION.search(facts.title)


# Past the lead, a statement shares this much of its words with the lead and the infobox or
# is a side matter: R124-R135 accepted 37 of 40 true statements past the lead above half,
# 62 of 94 below (false ones: 42 of 48 above, 14 of 20 below).
SIDE_MATTER = 0.5


def side_matter(sentence: Sentence, facts: Facts) -> bool:
    """A sentence past the lead about a side matter: no true statement of it is asked."""
    return bool(sentence.section) and lead_overlap(sentence.text, facts) < SIDE_MATTER


def statement_salience(sentence: Sentence, facts: Facts) -> float:
    """How central a plain statement is: lead sentences and ones about the subject first."""
    if (
        ADDRESS.search(sentence.text)
        or AS_OF.search(sentence.text)
        or home_media(sentence, facts)
        or side_section(sentence, facts)
    ):
        return 0.0
    score = 0.9 if sentence.section == "" else 0.55
    if re.search(rf"\b{re.escape(facts.subject.bare)}\b", sentence.text):
        score += 0.2
    words = len(sentence.text.split())
    return score - (0.2 if words > 25 else 0.0)


def often_named(name: str, facts: Facts) -> bool:
    """A place or body the article names five times or more: asked "which country?" or "which
    empire?", a reader of the topic guesses it and it fits many frames (the United States in a
    US dam's article, Kabul in Afghanistan's; 10 of 12 such short answers failed, d29-R28)."""
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", facts.prose)) >= 5


# Classes with a few famous members: "which war?", "which sea?" after a sentence that sets the
# scene is answered from general knowledge ("the South's defeat in which war?", "the flagship of
# the Swedish navy in which sea?"). Such short answers passed 4 of 20 in d29-R29; "which
# country?" and "which city?" 12 of 20, narrower classes (university, park, battle) 22 of 30.
BROAD_CLASS = re.compile(
    r"\b[Ww]hich (?:empire|war|revolution|campaign|sea|ocean|gulf|mountain|league|army|temple|"
    r"region|county|street|road|peninsula|continent)\b|"
    r"\b(?:aired|broadcast|premiered|shown) on [^?]* in which country\b|"  # "on NBC" (R30)
    r"\b[Ww]hich country\b|"  # (since: 12 of 26 passed, "Apulia ... of which country?", R192)
    r"\b(?:listed|recorded|mentioned|named) (?:in|as) [^?]*which book\b|"  # a town's old name
    # "listed in which book as Cainesham?": any learner says the Domesday Book (R431)
    r"\b[A-Z][\w'-]* (?:in|of) which (?:country|state|province|island|city)\b|"  # "east of
    # North Island in which country?": the place named gives it away (R33), or a place's area:
    r"(?<=[a-z,] )[A-Z][\w'-]*(?: [a-z]+){1,2} (?:in|of) which (?:country|state|province)\b|"
    # ("in the Portland metropolitan area of which state?", R415)
    r"\b(?:largest|biggest|oldest|tallest|longest|first|only)\b[^?]{0,60} in which country\?"
)  # ("one of the largest wooden structures in which country?" of a New York lodge, R142)


def guessed(question: str, name: str, facts: Facts) -> bool:
    """A short answer a reader of the topic guesses: a name the article keeps naming, one of
    a broad class with a few famous members, the navy a ship's prefix names ("HMS Lowestoffe
    was a frigate of which navy?", R112), a party a place leans to (Labour, R434)."""
    navy = SHIP_PREFIX.match(facts.title) and re.search(r"\b(?:Navy|Coast Guard)\b", name)
    party = not facts.subject.person and re.search(r"\bwhich (?:political )?party\b", question)
    return often_named(name, facts) or bool(BROAD_CLASS.search(question) or navy or party)
