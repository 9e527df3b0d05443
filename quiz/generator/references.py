"""What a sentence points to outside itself, resolved from its paragraph: "He" in a biography
is the person, "the town" in a town's article is the town, "the ministry" is the one ministry
the paragraph named, "It" opening a sentence is the name that opened the one before, and "the
Air Force" in an article on the Azerbaijani Armed Forces is the Azerbaijani Air Force."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.generator.entities import disambiguator_type, head_type, person_like
from quiz.generator.lexicon import is_adverb_only, is_noun, is_verb_only
from quiz.generator.spans import NOT_NAMES
from quiz.generator.subject import KIND_NOUNS, Subject
from quiz.generator.wikitext import Link

PERSON_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers|He|She|His|Her)\b")
# Nouns that, after a bare "the", point to something named earlier in the text.
BACKREF = (
    KIND_NOUNS
    - frozenset(
        """disease drug compound element species genus family language religion movement theory
    discipline science field game series show event""".split()
    )
) | frozenset(
    """executive government administration president king queen emperor ruler leader
    agreement treaty contract deal plan project programme decision law bill report study
    list player manager coach couple pair duo trio unit division brigade regiment corps
    man woman boy girl child son daughter wife husband brother sister father mother author
    writer singer artist site incident attack operation move meeting visit ceremony parade
    exercise order vote case trial scheme proposal offer system crisis police committee
    council ministry temenos sanctuary shrine statue work piece painting collection
    exhibition episode season tour concert record single track merger acquisition purchase
    sale route road tunnel venue ground plant factory facility headquarters office
    conflict revolution rebellion uprising invasion occupation regime dynasty reign
    organisation owner founder director chairman editor publisher firm""".split()
)
NP_STOP = frozenset(
    """of in at on for from to with by as and or but than that which who whom whose where when
    is are was were be been being has have had do does did will would can could may might must
    shall should not also only then there here into onto over under after before during since
    until about between among against through across per via""".split()
)
# Capitalised words that name no particular thing on their own: "The Air Force", "The Land
# Forces", "The 4th Army" say whose only through the text around them.
GENERIC_CAPS = frozenset(
    """air force forces land navy naval army armed ministry government national guard border
    service services police court council committee supreme state federal central general
    staff special internal troops defence defense security intelligence corps brigade
    regiment battalion fleet command headquarters department office agency commission board
    authority parliament assembly senate executive legislature cabinet president prime
    minister secretary chief director motor rifle infantry cavalry artillery tank marine
    marines reserve reserves guards army division""".split()
)
CAPS_NP = re.compile(r"\b([Tt]he) ((?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))(?:'s)? ?(?:and )?){1,6})")
NAME_AT_START = re.compile(
    r"^(?:The )?[A-Z][\w'’.-]*(?: (?:of|and|the|de|for|on|in) )?(?:[ -]?[A-Z0-9][\w'’.-]*)*"
)


@dataclass
class Context:
    """What came before a sentence: its section heading, the paragraph's previous sentence and
    the names the paragraph has met (latest last)."""

    heading: str = ""
    previous: str = ""
    names: list[tuple[str, str]] = field(default_factory=list)  # (surface, link target)
    heading_the: bool = False  # the text writes "the <heading>"
    topic: str = ""  # the name the previous sentence was about


class Edits:
    """Replacements on a text, applied together (they must not overlap), keeping link offsets
    right."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.edits: list[tuple[int, int, str]] = []

    def replace(self, start: int, end: int, new: str) -> None:
        if all(end <= s or start >= e for s, e, _ in self.edits):
            self.edits.append((start, end, new))

    def apply(self, links: list[Link]) -> tuple[str, list[Link]]:
        out: list[str] = []
        cursor = 0
        shifts: list[tuple[int, int, int]] = []  # (old start, old end, total delta after it)
        delta = 0
        for start, end, new in sorted(self.edits):
            out.append(self.text[cursor:start])
            out.append(new)
            delta += len(new) - (end - start)
            shifts.append((start, end, delta))
            cursor = end
        out.append(self.text[cursor:])
        moved: list[Link] = []
        for link in links:
            if any(link.start < e and link.end > s for s, e, _ in shifts):
                continue  # the link's text was edited away
            before = [d for s, e, d in shifts if e <= link.start]
            shift = before[-1] if before else 0
            moved.append(Link(link.start + shift, link.end + shift, link.target))
        return "".join(out), moved


# Branches of a national military, named without their country inside its article.
BRANCHES = frozenset("force forces navy army guard troops marines corps fleet".split())


def qualifier(subject: Subject) -> str:
    """The demonym the name of a national military opens with ("Azerbaijani" in "Azerbaijani
    Armed Forces"): its branches named without it ("the Air Force") take it."""
    words = subject.bare.split()
    if not subject.kinds & {"force", "forces", "military", "army", "navy"}:
        return ""
    if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+(?:i|an|ian|ese|ish|ic)", words[0]):
        return words[0]
    return ""


def generic(words: list[str]) -> bool:
    return all(w.lower() in GENERIC_CAPS or re.fullmatch(r"\d+(st|nd|rd|th)", w) for w in words)


FRONTED = re.compile(
    r"^(?:(?:In|On|At|By|During|After|Before|From|Following|Until|Since|As|Aged|With|Upon)"
    r" [^,;]{1,50}?,?|[A-Z][^,;]{1,50}?,) (he|she)\b(?= [a-z])"
)


def resolve_person(text: str, subject: Subject, edits: Edits) -> bool:
    """He/She/His/Her at the start (or after an opening phrase: "In 1969 he joined", "As a
    member of Queen, he was") become the subject's name; later ones must follow a mention of
    the subject, and a possessive with no other person before it is the subject's."""
    start = re.match(r"(He|She|His|Her)\b(?= [a-z])", text)
    fronted = None if start else FRONTED.match(text)
    if fronted and not person_antecedent(text[: fronted.start(1)]):
        if fronted.group(1) != subject.pronoun:
            return False
        edits.replace(fronted.start(1), fronted.end(1), subject.mention(start=False))
        start = fronted
        named = True
    else:
        named = False
    if start and not named:
        word = start.group(1).lower()
        gender = "he" if word in ("he", "his") else "she"
        if subject.pronoun != gender:
            return False
        possessive = word in ("his", "her")
        edits.replace(0, start.end(), subject.mention(start=True, possessive=possessive))
        named = True
    for match in PERSON_PRONOUN.finditer(text, start.end() if start else 0):
        word = match.group(1).lower()
        gender = "he" if word in ("he", "him", "his") else "she"
        if gender != subject.pronoun:
            return False
        before = text[: match.start()]
        if named or re.search(rf"\b{re.escape(subject.bare)}\b", before):
            continue
        if word in ("his", "her") and not person_antecedent(before):
            edits.replace(match.start(), match.end(), subject.mention(start=False, possessive=True))
            named = True  # "so that his father could ...": the subject's father
            continue
        return False
    return True


def previous_subject(previous: str) -> str:
    """The name a sentence opens with, when it is its subject: "The Azerbaijani Navy has ..."."""
    match = NAME_AT_START.match(previous)
    if not match:
        return ""
    name = match.group().strip()
    rest = previous[match.end() :]
    words = re.sub(r"^The ", "", name).split()
    if not words or words[0] in NOT_NAMES or not re.match(r" [a-z]", rest):
        return ""
    if generic(words) or person_like(re.sub(r"^The ", "", name)):
        return ""
    return name


def topic_of(text: str, subject: Subject | None = None) -> str:
    """The name a (resolved) sentence opens with as its subject ("The Toronto Star is ...")."""
    if subject is not None and not subject.person:
        for name in (subject.mention(start=True), subject.bare):
            if text.startswith(name + " ") and re.match(r" [a-z]", text[len(name) :]):
                return subject.name
    return previous_subject(text)


def resolve_start_pronoun(text: str, subject: Subject, context: Context, edits: Edits) -> bool:
    """ "It"/"Its"/"They" as the subject (at the start or after an opening phrase: "In 2011,
    it was"): the name the paragraph's previous sentence was about, or the section's own
    name for the first sentence under a named heading, or in the lead the article's subject."""
    match = re.match(
        r"(?:(?:In|On|At|By|During|After|Before|From|Until|Since|Though|Although|As) "
        r"[^,;]{1,60}, )?(It|Its|They|Their|it|its|they|their)\b(?= [a-z])",
        text,
    )
    if not match:
        return True
    # "It" is the name the previous sentence opened with (its subject); a sentence that opened
    # with a phrase ("On 23 July 2001, Islamabad received a record rainfall. It was ...") gives
    # no such name: "it" may be the rainfall.
    # Only the article's own subject: another name the previous sentence opened with may not
    # be what "its" means ("Insight Guides' 2016 edition ... Its distinctive profile ...").
    name = context.topic if context.topic in (subject.name, subject.mention(start=True)) else ""
    if not name and not context.previous and context.heading:
        words = context.heading.split()
        if (
            len(words) >= 2
            and not generic(words)
            and all(w[:1].isupper() or w in ("of", "and", "the", "for") for w in words)
        ):
            name = f"The {context.heading}" if context.heading_the else context.heading
    if not name and not context.heading and not subject.person and not context.topic:
        name = subject.name  # the lead is about the subject (unless another name just opened)
    if not name:
        return False
    word = match.group(1).lower()
    plural = name.split()[-1].endswith("s") and not name.split()[-1].endswith("ss")
    if name in (subject.name, subject.bare):
        plural = subject.plural
    if (word in ("they", "their")) != plural:
        return False
    at_start = match.start(1) == 0
    if not at_start and name.startswith("The "):
        name = "the " + name[4:]
    elif at_start and name.startswith("the "):
        name = "The " + name[4:]
    if word in ("its", "their"):
        name += "'" if name.endswith("s") else "'s"
    edits.replace(match.start(1), match.end(1), name)
    return True


def _paragraph_name(noun: str, names: list[tuple[str, str]]) -> str:
    """The one name met so far whose head noun or link target says it is a ``noun`` ("the
    ministry" -> "Ministry of Defence Industry of Azerbaijan"; "the band" -> "Queen", linked
    to "Queen (band)"), or ""."""
    found: list[str] = []
    for surface, target in reversed(names):
        if not surface[:1].isupper():
            continue  # a lowercase link ("peacekeeping unit") names no particular one
        words = [w.lower() if w[:1].isupper() else "" for w in surface.split()]
        kinds = {
            head_type(surface),
            disambiguator_type(target),
            head_type(re.sub(r"\s*\(.*", "", target)),
        }
        if noun in kinds or (words and (words[-1] == noun or words[0] == noun)):
            if surface not in found and not any(surface in f or f in surface for f in found):
                found.append(surface)
    return found[0] if len(found) == 1 else ""


# Kind nouns with an everyday sense besides the subject ("the paper" it is printed on).
LOOSE_KINDS = frozenset({"paper", "side", "group", "house", "line", "field", "state", "force"})
# Definite nouns that need no earlier mention: "the world", "the public", "the north of".
SELF_EVIDENT = frozenset(
    """world public press media internet sun moon earth sky environment past future present
    rest end beginning start middle top bottom centre center north south east west northwest
    northeast southwest southeast way fact countryside night morning evening afternoon""".split()
)
FIXED = re.compile(r"(?i)^the (?:first|last|only|second|third) time\b|^the same (?:name|way)\b")
# What after "the ..." says which one: "of ...", a name ("the band Queen"), a relative clause
# ("the buildings that each architect designed"). A phrase such as "from Iraq" after "withdrew
# the unit" belongs to the verb, so it says nothing about which unit.
QUALIFIED = re.compile(
    r"(?:['’]s|s['’])?(?: of (?!\d)| (?:called|named|entitled|titled|known as|that|which|who|"
    r"whom|whose|where)\b| in the (?:world|country)\b| [A-Z]|\s*\()"
)
# "the first algorithm for the Engine", "the tallest building in Chicago": a superlative or an
# ordinal with the range it is taken over says which one.
SUPERLATIVE = re.compile(r"(?:[a-z]+est|most|least|first|last|only|second|third|fourth|fifth)$")
RANGE_PHRASE = re.compile(r" (?:in|at|on|for|from|to|with|between|among|of) (?:the |a )?[A-Z0-9]")
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


def _noun_phrase(text: str, start: int) -> list[str]:
    """The lowercase words of "the ..." up to its head noun: "the air force has" -> [air,
    force]; "the paper usually endorses" -> [paper]; [] when no noun follows."""
    words: list[str] = []
    for token in text[start:].split()[:5]:
        bare = token.rstrip(',.;:)!?"').replace("’", "'")
        possessive = bare.endswith(("'s", "s'"))
        bare = bare.removesuffix("'s").removesuffix("'")
        if not re.fullmatch(r"[a-z][a-z-]*", bare):
            break
        modifier = not words and bare.endswith(("ing", "ed"))  # "the printing plant"
        if bare in NP_STOP or len(words) == 4 or is_adverb_only(bare):
            break
        if is_verb_only(bare) and not modifier:
            break
        words.append(bare)
        if possessive or token != token.rstrip(',.;:)!?"'):
            break
    while words and not is_noun(words[-1]):
        words.pop()
    return words


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
    for match in re.finditer(r"\b([Tt]he) ", text):
        if FIXED.match(text[match.start() :]):
            continue
        if re.match(r"(?:most|least) [a-z]+\b", text[match.end() :]):
            continue  # "of which Ex-280 is the most stable": a superlative with its range
        words = _noun_phrase(text, match.end())
        if not words:
            continue
        noun, phrase = words[-1], " ".join(words)
        end = match.end() + len(phrase)
        after = text[end:]
        possessive = after.startswith(("'s", "s'", "’s", "s’"))
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        at_start = match.start() == 0
        if noun in subject.kinds and QUALIFIED.match(after):
            continue  # "the parish of Wessex": another parish, named
        if noun in subject.kinds and (len(words) == 1 or subject_tail.endswith(phrase)):
            if _names_subject(text, subject):
                if noun in LOOSE_KINDS:
                    return False  # "the Star printed the paper": the paper is not the Star again
                continue  # "Deliveroo asked the Government to let the company ...": the same
            if possessive:
                end += 2
            edits.replace(
                match.start(), end, subject.mention(start=at_start, possessive=possessive)
            )
            continue  # (a plural "the buildings" is not the building the article is about)
        part_of = next((k for k in subject.kinds if k in PARTS and noun in PARTS[k].split()), "")
        if part_of and len(words) == 1 and not possessive and not QUALIFIED.match(after):
            owner = subject.mention(start=at_start, possessive=True)
            edits.replace(match.start(), end, f"{owner} {noun}")
            continue  # "The spire was ..." -> "The Chrysler Building's spire was ..."
        if QUALIFIED.match(after) or re.fullmatch(r"\d{4}s?", words[0]):
            continue  # "the 2003 blackout" (not "the 500-year-old village")
        if SUPERLATIVE.match(words[0]) and (
            RANGE_PHRASE.match(after) or re.match(r" to [a-z]+\b", after)
        ):
            continue  # "the club of the town", "the band Queen", "the 2003 blackout"
        if noun in SELF_EVIDENT or singular in SELF_EVIDENT:
            continue
        if singular in subject.title.lower().split() and len(words) == 1:
            continue  # "the gunpowder" in the article on the Gunpowder Incident
        if demonym and generic(words) and noun in BRANCHES:
            edits.replace(match.start(), match.end(), f"{match.group(1)} {demonym} ")
            continue  # "the air force" -> "the Azerbaijani air force"
        inside = [
            (text[lk.start : lk.end], lk.target) for lk in links or [] if lk.end <= match.start()
        ]
        name = _paragraph_name(singular, [(context.heading, "")]) if context.heading else ""
        name = name or _paragraph_name(singular, context.names + inside)
        if not name and singular == "country" and subject.country:
            edits.replace(match.start(), end, subject.country)
            continue  # "the country" in an article about its army or a city
        if name and singular == noun and len(words) == 1:
            the = "" if name.startswith("The ") or _no_article(name) else match.group(1) + " "
            edits.replace(match.start(), end, f"{the}{name}")
            continue
        return False
    return _generic_names(text, subject, edits)


def _names_subject(text: str, subject: Subject) -> bool:
    """The sentence already names the subject (or its last word: "the Star")."""
    last = subject.bare.split()[-1] if subject.bare.split() else ""
    return bool(re.search(rf"\b{re.escape(subject.bare)}\b", text)) or (
        len(last) > 3 and last[:1].isupper() and bool(re.search(rf"\b{re.escape(last)}\b", text))
    )


def _no_article(name: str) -> bool:
    """A name used without "the": a person's or a place's ("Queen", "Baku", "New York City")."""
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
        if re.match(r" ?(?:of|for|in) [A-Z]", text[match.end() :]):
            continue  # "the Ministry of Defence of Azerbaijan"
        lowered = {w.lower() for w in words}
        if not generic(words) or (lowered <= subject_words and len(words) >= 2):
            continue
        if demonym and lowered & BRANCHES and not re.fullmatch(r"\d+(st|nd|rd|th)", words[0]):
            edits.replace(match.start(), match.start(2), f"{match.group(1)} {demonym} ")
            continue
        return False
    return True


def person_antecedent(before: str) -> bool:
    """A personal name (two or three capitalised words) before a pronoun."""
    for match in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+){1,2}\b", before):
        words = match.group().split()
        if words[0] in NOT_NAMES:
            words = words[1:]
        if len(words) >= 2:
            return True
    return False
