"""Definite noun phrases that must say which one: "the town" in a town's article is the town,
"the ministry" the one ministry the paragraph named, "the Air Force" in an article on a
country's armed forces that country's; any other unqualified "the show" makes a sentence
depend on its neighbours."""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generator.article import Link, plain_title
from quiz.generator.firstchar import Quick
from quiz.generator.kinds import KIND_NOUNS
from quiz.generator.lexicon import known_word
from quiz.generator.nounphrase import noun_phrase
from quiz.generator.references import Context, Edits, generic, heading_is_a_name
from quiz.generator.subject import Subject
from quiz.generator.thenames import BUILT, THE_HEADS, built_before, title_head, title_word
from quiz.generator.typeclues import disambiguator_type, family, head_type

CAPS_NP = Quick(r"\b([Tt]he) ((?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))(?:'s)? ?(?:and )?){1,6})")


# A heading on what stood or came before the subject: its "the church" is another (R90).
FORMER = re.compile(r"(?i)\b(?:preceding|previous|former|earlier|predecessors?|forerunners?)\b")
# A topic's title: "Birmingham City F.C. in European football", "X in popular culture" (not
# "Alice in Chains", "Poet in the City").
TOPIC = re.compile(r" in (?!the [A-Z])(?:[A-Z][a-z]+ )?[a-z]")
# Branches of a national military, named without their country inside its article.
BRANCHES = frozenset("force forces navy army guard troops marines corps fleet".split())
DEMONYM_WORD = re.compile(r"[A-Z][a-z]+(?:i|an|ian|ese|ish|ic)")  # "Azerbaijani", "Israeli"
# A named formation: "the Separate Combined Arms Army", "the 5th Army Corps", "the Black Sea Fleet".
FORMATION = re.compile(r"\b[A-Z][\w-]* (?:Army|Corps|Fleet|Division|Brigade|Regiment|Guard)\b")


def qualifier(subject: Subject) -> str:
    """The demonym the name of a national military opens with ("Azerbaijani" in "Azerbaijani
    Armed Forces"): its branches named without it ("the Air Force") take it."""
    words = subject.bare.split()
    if not subject.kinds & {"force", "forces", "military", "army", "navy"}:
        return ""
    if len(words) >= 2 and DEMONYM_WORD.fullmatch(words[0]):
        return words[0]
    return ""


def _paragraph_name(noun: str, names: list[tuple[str, str]]) -> str:
    """The one name met so far whose head noun or link target says it is a ``noun`` ("the
    ministry" -> "Ministry of Defence Industry of Azerbaijan"; "the band" -> "Queen", linked
    to "Queen (band)"), or ""."""
    found: list[str] = []
    for surface, target in reversed(names):
        if not surface[:1].isupper():
            continue  # a lowercase link ("peacekeeping unit") names no particular one
        words = [w.lower() if w[:1].isupper() else "" for w in surface.split()]
        if words[-1:] == [f"{noun}s"]:
            continue  # "Hot Country Songs" is a chart, not "the song" (R31)
        kinds = _name_kinds(surface, target)
        first = words[:1] == [noun] and surface.split()[1:2] in (["of"], ["for"])
        if noun in kinds or (words and words[-1] == noun) or first:  # ("Ministry of ...",
            # not "Video Music Awards" for "the video")
            if surface not in found and not any(surface in f or f in surface for f in found):
                found.append(surface)
    return found[0] if len(found) == 1 else ""


@lru_cache(maxsize=4096)  # (a paragraph's names are asked again at each "the" after them)
def _name_kinds(surface: str, target: str) -> frozenset[str]:
    """What a name met in the text is, by its head noun and its link's ("Queen (band)")."""
    kinds = {head_type(surface), disambiguator_type(target)}
    return frozenset(kinds | {head_type(re.sub(r"\s*\(.*", "", target))}) - {""}


def _rival(noun: str, names: list[tuple[str, str]], subject: Subject) -> bool:
    """The paragraph has named another thing of the subject's kind before "the <noun>" ("the
    Six Nations Championship ... the competition" in the Rugby World Cup's article, R28)."""
    kind = family(noun)
    own = subject.bare.lower()
    for surface, target in names:
        kinds = {family(k) for k in _name_kinds(surface, target)}
        name = surface.lower()
        if kind in kinds and own not in name and name not in subject.title.lower():
            return True
    return False


# Kind nouns with an everyday sense besides the subject ("the paper" it is printed on).
LOOSE_KINDS = frozenset({"paper", "side", "group", "house", "line", "field", "state", "force"})


# Definite nouns that need no earlier mention: "the world", "the public", "the north of".
SELF_EVIDENT = frozenset(
    """world public press media internet sun moon earth sky environment past future present
    rest end beginning start middle top bottom centre center north south east west northwest
    northeast southwest southeast way fact countryside night morning evening afternoon
    guitar piano violin cello drums bass flute trumpet saxophone organ harp keyboards universe
    atmosphere body brain heart eye eyes ear ears nose mouth skin blood bloodstream lungs liver
    kidneys stomach spine retina""".split()  # (the body's parts: "worn in front of the eyes")
)


FIXED = re.compile(r"(?i)the (?:first|last|only|second|third) time\b|the same (?:name|way)\b")
THE = Quick(r"\b([Tt]he) ")
HEAD = re.compile(r"[A-Z][\w'-]*(?![\w'-]| of\b| [A-Z])")  # a capitalised word after "the"
OWNER = re.compile(r"([A-Z]\w+)['’]s ")
MOST = re.compile(r"(?:most|least) [a-z]+\b")
YEAR_WORD = re.compile(r"\d{4} [a-z]")


# What after "the ..." says which one: "of ...", a name ("the band Queen"), a relative clause
# ("the buildings that each architect designed"). A phrase such as "from Iraq" after "withdrew
# the unit" belongs to the verb, so it says nothing about which unit. ("the summer of 2000"
# and "the northern and central highland region of Borneo" are qualified too, R150-R151.)
QUALIFIED = re.compile(
    r"(?:['’]s|s['’])?(?:(?: (?:and|or)(?: [a-z]+){1,3})? of (?!\d)| of \d{4}\b|"
    r" (?:called|named|entitled|titled|known as|that|which|who|"
    r"whom|whose|where)\b| in the (?:world|country)\b| (?:and [a-z]+ )?[A-ZÀ-ÖØ-Þ]|\s*\(|"
    r" for (?:the )?[A-Z])"  # "the script editor for Doctor Who", "the biologist and atheist X"
)


# "the first algorithm for the Engine", "the tallest building in Chicago": a superlative or an
# ordinal with the range it is taken over says which one.
APPOSITION = re.compile(r" (?:[\"“‘]|''|'(?!s\b)|[A-ZÀ-ÖØ-Þ])")  # a name after "the song"
SUPERLATIVE = re.compile(r"(?:[a-z]+est|most|least|first|last|only|second|third|fourth|fifth)$")


ORDINAL = re.compile(r"second|third|fourth|fifth")  # ("the first X in 1934": the first)
DIGITS = tuple("0123456789")
RANGE_PHRASE = re.compile(r" (?:in|at|on|for|from|to|with|between|among|of|by) (?:the |a )?[A-Z\d]")


# Parts and attributes of a kind of subject: "the spire" in a building's article is its spire.
PARTS = {
    "building": """spire dome crown roof facade façade lobby floor floors basement entrance
        entrances elevators elevator windows exterior interior base site top observatory
        tower ornamentation gargoyles cladding frame structure design construction""",
    "city": """population economy climate council mayor airport centre center residents
        inhabitants skyline municipality administration""",
    "town": """population economy council mayor centre center residents inhabitants parish""",
    "club": """manager chairman stadium ground supporters fans players squad kit badge
        colours colors board directors crest""",
    "newspaper": """editor publisher owner owners circulation website headquarters newsroom
        readership editorial""",
    "force": """budget branches personnel troops""",
}


FIRMS = frozenset("company firm studio label corporation".split())  # "Paramount Pictures"
EVENTS = frozenset("race match game event tournament contest competition championship".split())


BODIES = frozenset(
    """trust university college company society board council corporation foundation committee
    commission association institute academy museum department ministry league""".split()
)


def resolve_backrefs(
    text: str,
    subject: Subject,
    context: Context,
    edits: Edits,
    links: list[Link] | None = None,
) -> bool:
    """Every "the ..." must say which one: "the town" -> the subject's name when the subject
    is a town; "the ministry" -> the one ministry the paragraph named; "the air force" -> "the
    Azerbaijani air force" in an article on that military. Any other unqualified "the show",
    "the survey", "the highest rainfall" (of what? where?) makes the sentence depend on its
    neighbours (False)."""
    subject_tail = subject.bare.lower()
    demonym = qualifier(subject)
    own = re.compile(rf"{re.escape(subject_tail)}s?\b") if subject_tail else None
    lowered = text.lower() if text.isascii() else None  # (where lower() keeps each place)
    for match in THE.finditer(text):
        if FIXED.match(text, match.start()) or _in_own_name(text, subject, match.start()):
            continue
        if MOST.match(text, match.end()):
            continue  # "of which Ex-280 is the most stable": a superlative with its range
        if own and (
            own.match(lowered, match.end()) if lowered else own.match(text[match.end() :].lower())
        ):
            continue  # "The aardwolf lives ...": the subject itself ("lives" is no noun here)
        if YEAR_WORD.match(text, match.end()) and built_before(text, match.end() + 5, QUALIFIED):
            if not subject.kinds & BUILT:
                return False  # "the 1836 arch dam was bypassed": the one named before (R73)
        head = HEAD.match(text[match.end() :])
        if head and re.search(r"\S [A-Z][\w'-]* (?:in|of|at|on|under) $", text[: match.start()]):
            continue  # another's name: "the Princes in the Tower" (R199)
        if head and (
            title_head(subject.title, head.group().lower())
            or title_word(subject.title, head.group())
        ):
            if plain_title(subject.title) not in text:  # "the Sejm" -> "the Sejm of the Estates"
                edits.replace(match.end(), match.end() + head.end(), plain_title(subject.title))
            continue
        whose = OWNER.match(text[match.end() :])  # ("the University's School")
        body = (whose[1] if whose else head.group() if head else "").lower().removesuffix("'s")
        if body in BODIES and not FIXED.match(text, match.start()):
            return False  # "since the inception of the Trust", "the University's School of
            # Law": one named before (R208)
        words = noun_phrase(text, match.end())
        if not words:
            continue
        noun, phrase = words[-1], " ".join(words)
        end = match.end() + len(phrase)
        after = text[end:]
        possessive = after.startswith(("'s", "s'", "’s", "s’"))
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        at_start = match.start() == 0
        if noun in subject.kinds and (QUALIFIED.match(after) or APPOSITION.match(after)):
            continue  # "the parish of Wessex", 'the song "Holiday"' (R57): another one, named
        if noun in subject.kinds and (len(words) == 1 or subject_tail.endswith(phrase)):
            if FORMER.search(context.heading) or TOPIC.search(subject.bare):
                return False  # "The church burned down in 1879" under "Preceding buildings";
                # "the club" of "Birmingham City F.C. in European football" is not the topic
            if _names_subject(text, subject):
                if noun in LOOSE_KINDS:
                    return False  # "the Star printed the paper": the paper is not the Star again
                continue  # "Deliveroo asked the Government to let the company ...": the same
            if noun in EVENTS and (
                re.search(r"\b(?:staged|hosted|held|ran) the [A-Z]", context.previous)
                or f"{noun}s" in context.heading.lower()  # under "Trial races": one of those
            ):
                return False  # "Goodwood staged the Cocked Hat Stakes. The race was won by ..."
            if _rival(singular, context.names, subject):
                return False  # "Italy joined the competition in 2000" after the Six Nations
            if re.search(r"\brenamed\b|\bchanged (?:its|their) name", after):
                return False  # "the school was renamed Chaplin": not yet the subject's name (R58)
            if possessive:
                end += 2
            edits.replace(
                match.start(), end, subject.mention(start=at_start, possessive=possessive)
            )
            continue  # (a plural "the buildings" is not the building the article is about)
        part_of = next((k for k in subject.kinds if k in PARTS and noun in PARTS[k].split()), "")
        idiom = (
            noun in ("ground", "field", "road", "pitch")
            and re.search(  # "on the ground"
                r"\b(?:on|to|off|from) $", text[: match.start()]
            )
        )
        if (
            part_of
            and len(words) == 1
            and not possessive
            and not QUALIFIED.match(after)
            and not idiom
        ):
            owner = subject.mention(start=at_start, possessive=True)
            edits.replace(match.start(), end, f"{owner} {noun}")
            continue  # "The spire was ..." -> "The Chrysler Building's spire was ..."
        named = re.search(r"\b[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*, $", text[: match.start()])
        opener = named and named.start() == 0 and known_word(named.group()[:-2].lower())
        if named and not opener:  # (not an opener: "Together, the couple had two children")
            continue  # "Gary Brooker, the lead singer of Procol Harum": says who he is
        if QUALIFIED.match(after) or re.fullmatch(r"\d{4}s?", words[0]):
            continue  # "the 2003 blackout" (not "the 500-year-old village")
        range_phrase = RANGE_PHRASE.match(after)
        if range_phrase and ORDINAL.fullmatch(words[0]) and range_phrase.group().endswith(DIGITS):
            range_phrase = None  # "broke the second engagement in 1917": which one? (R73)
        if SUPERLATIVE.match(words[0]) and (range_phrase or re.match(r" to [a-z]+\b", after)):
            continue  # "the club of the town", "the band Queen", "the 2003 blackout"
        if noun in SELF_EVIDENT or singular in SELF_EVIDENT:
            continue
        if singular in subject.title.lower().split() and len(words) == 1:
            titled = re.search(  # (a name the title ends with, not "The Concert" nor "Camden
                rf"\b(?!The )(?:[A-Z][\w'-]* (?:of )?)+{singular.title()}(?=$| [a-z])",
                subject.title,  # Fort" of "Camden Fort Meagher"; "Bay of Pigs Invasion", not
            )  # "the Pigs Invasion", R189)
            if titled and (
                re.search(r"\d\w* $", subject.title[: titled.start()])
                or re.match(r" (?:for|of|in|at|on|to) [A-Z]", subject.title[titled.end() :])
            ):  # ("the award": the AACTA Award for Outstanding ..., not any AACTA Award, R233)
                edits.replace(match.end(), end, plain_title(subject.title))  # "the division":
                # "13th Waffen Mountain Division of ...", never the Division without its number
            elif titled and titled.group() != subject.title:  # "some areas of the project" ->
                edits.replace(match.end(), end, titled.group())  # "of the Manhattan Project"
            elif titled and " of " in titled.group():  # "The invasion is named after the Bay
                edits.replace(match.end(), end, plain_title(subject.title))  # of Pigs" (R189)
            elif title_head(subject.title, singular) and not _names_subject(text, subject):
                edits.replace(match.end(), end, plain_title(subject.title))  # "The revolt had
            continue  # spread" (R73); "the gunpowder" in the article on the Gunpowder Incident
        if demonym and generic(words) and noun in BRANCHES:
            if noun in ("army", "corps", "fleet", "guard") and FORMATION.search(context.previous):
                return False  # "... created the Separate Combined Arms Army. Karam Mustafayev
                # became commander of the corps": that formation, not the nation's
            edits.replace(match.start(), match.end(), f"{match.group(1)} {demonym} ")
            continue  # "the air force" -> "the Azerbaijani air force"
        inside = [
            (text[lk.start : lk.end], lk.target) for lk in links or [] if lk.end <= match.start()
        ]
        heading = context.heading if heading_is_a_name(context.heading) else ""
        name = _paragraph_name(singular, [(heading, "")]) if heading else ""
        name = name or _paragraph_name(singular, context.names + inside)
        if name and not _paragraph_name(singular, context.earlier + context.names + inside):
            return False  # "the territory": the paragraph named one, the section another before
        if not name and noun == "country" and len(words) == 1 and subject.country:
            edits.replace(match.start(), end, subject.country)
            continue  # "the country" in an article about its army or a city
        if name and _another_since(singular, name, context.said):
            return False  # "the Olomouc Opera Company ... Anna Pavlova's touring company ...
            # He first toured Australia with the company": Pavlova's, not the named one (R122)
        if name and name in text:
            return False  # "After acquiring Desilu Productions, the company ...": the buyer
        towns = {
            surface.split(",")[0] for surface, target in context.names + inside if "," in target
        }
        if name and any(town in text and town not in name for town in towns):
            return False  # "... development in New Brunswick ... its own campus in the city":
            # that town, not the New York City of the sentence before (R66)
        if name and singular == noun and len(words) == 1:
            bare = noun in FIRMS and name.split()[-1] not in ("Company", "Corporation", "Group")
            own_noun = singular in THE_HEADS and name.split()[-1].lower() == singular
            the = (  # ("the project" -> "the Kafka Project": a name ending in its noun, R73)
                ""
                if name.startswith("The ") or (no_article(name) and not own_noun) or bare
                else match.group(1) + " "
            )
            edits.replace(match.start(), end, f"{the}{name}")
            continue
        if not (context.opening and not context.said):  # (the article's first sentence has
            return False  # nothing before it to point to: "a model of objects in the sky")
    return _generic_names(text, subject, edits)


def _another_since(noun: str, name: str, said: str) -> bool:
    """Since ``name`` the paragraph has met another, unnamed ``noun``: "a company", "Anna
    Pavlova's touring company"."""
    last = said.rfind(name)
    tail = said[last + len(name) :] if last >= 0 else ""
    return bool(re.search(rf"\b(?:an?|another|\w+['’]s)(?: [a-z-]+)? {re.escape(noun)}\b", tail))


def _names_subject(text: str, subject: Subject) -> bool:
    """The sentence already names the subject (or its last word: "the Star")."""
    head = re.split(r" (?:in|of|at|on) ", subject.bare)[0].split()  # ("Interstate 70 in
    last = head[-1] if head else ""  # Colorado": "the Colorado River" does not name it, R69)
    for name in (subject.bare, subject.title):
        for match in re.finditer(rf"\b{re.escape(name)}\b(?! [A-Z])", text):
            if not re.search(r"\S [A-Z][\w.]*,? $", text[: match.start()]):
                return True  # (not inside another name: "the Grand Trunk Corporation", R65;
                # "Ballycotton Bay" names no Ballycotton, R86; "Sir Ove Nyquist Arup", R96)
    if len(last) <= 3 or not last[:1].isupper():
        return False
    for match in re.finditer(rf"\b{re.escape(last)}\b(?! [A-Z])", text):
        before = text[: match.start()].split()[-1:]
        if not before or before[0] == "The" or not before[0][:1].isupper():
            return True  # (not another name's last word: "Donald Wills Douglas" names no
            # McDonnell Douglas, R57)
    return False


def no_article(name: str) -> bool:
    """A name used without "the": a person's or a place's ("Queen", "Baku", "New York City")."""
    if re.match(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s? ", name):
        return True  # "Plato's Academy" (not "the Plato's Academy")
    head = head_type(name)
    return head in ("city", "town", "village", "settlement") or (
        not re.search(r"\b(?:of|for)\b", name) and not head
    )


def _generic_names(text: str, subject: Subject, edits: Edits) -> bool:
    """ "The Air Force has ...": a capitalised name made only of generic words names no
    particular force unless the subject's demonym can go before it (False: drop)."""
    subject_words = {w.lower() for w in re.findall(r"[A-Za-z]+", subject.title)}
    demonym = qualifier(subject)
    for match in CAPS_NP.finditer(text):
        words = [w.removesuffix("'s") for w in match.group(2).split() if w != "and"]
        if re.match(r" ?(?:of|for|in) (?:the )?[A-Z]", text[match.end() :]):
            continue  # "the Ministry of Defence of Azerbaijan"
        if _in_own_name(text, subject, match.start(2)):
            continue
        lowered = {w.lower() for w in words}
        core = plain_title(subject.title)
        own = core.split(" of ")[0] if " of " in core else core
        head = own.split()[-1].lower() if own.split() else ""
        if len(core.split()) > 1 and len(words) == 1 and lowered == {head} and head in KIND_NOUNS:
            end = match.start(2) + len(words[0])
            edits.replace(match.start(), end, subject.mention(start=match.start() == 0))
            continue  # "met in the Palace" -> "met in the Palace of Westminster"; "the Group"
        if not generic(words) or (lowered <= subject_words and len(words) >= 2):
            continue
        if demonym and lowered & BRANCHES and not re.fullmatch(r"\d+(st|nd|rd|th)", words[0]):
            edits.replace(match.start(), match.start(2), f"{match.group(1)} {demonym} ")
            continue
        return False
    return True


def _in_own_name(text: str, subject: Subject, at: int) -> bool:
    """``at`` falls inside the subject's own name: "the City" in "Poet in the City"."""
    return any(start < at < end for start, end in _own_spans(text, subject.bare))


@lru_cache(maxsize=64)
def _own_spans(text: str, bare: str) -> tuple[tuple[int, int], ...]:
    """Where ``bare`` (the subject's name) stands in ``text``, asked once per sentence."""
    return tuple(m.span() for m in re.finditer(re.escape(bare), text)) if bare else ()
