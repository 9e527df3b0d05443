"""What a sentence points to outside itself, resolved from its paragraph: "He" in a biography
is the person, "the town" in a town's article is the town, "the ministry" is the one ministry
the paragraph named, "It" opening a sentence is the name that opened the one before, and "the
Air Force" in an article on the Azerbaijani Armed Forces is the Azerbaijani Air Force."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.generator.entities import head_type, person_like
from quiz.generator.spans import NOT_NAMES
from quiz.generator.subject import KIND_NOUNS, Subject
from quiz.generator.wikitext import Link

PERSON_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers|He|She|His|Her)\b")
# Nouns that, after a bare "the", point to something named earlier in the text.
BACKREF = KIND_NOUNS | frozenset(
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
    staff special internal troops defence defense security intelligence union league
    division corps brigade regiment battalion fleet command headquarters department office
    agency commission board authority parliament assembly senate house party church college
    school museum library club team band company group republic kingdom empire city county
    district province region capital station university institute academy society
    association foundation trust cup championship premier first second third fourth fifth
    sixth seventh eighth ninth tenth motor rifle infantry cavalry artillery tank marine
    marines reserve reserves home executive legislature cabinet president prime minister
    secretary chief director""".split()
)
CAPS_NP = re.compile(r"\b([Tt]he) ((?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))(?:'s)? ?){1,5})")
NAME_AT_START = re.compile(
    r"^(?:The )?[A-Z][\w'’.-]*(?: (?:of|and|the|de|for|on|in) )?(?:[ -]?[A-Z0-9][\w'’.-]*)*"
)


@dataclass
class Context:
    """What came before a sentence: its section heading, the paragraph's previous sentence and
    the names the paragraph has met (latest last)."""

    heading: str = ""
    previous: str = ""
    names: list[str] = field(default_factory=list)
    heading_the: bool = False  # the text writes "the <heading>"


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


def qualifier(subject: Subject) -> str:
    """The demonym the subject's name opens with ("Azerbaijani" in "Azerbaijani Armed
    Forces"): parts of the subject named without it ("the Air Force") take it."""
    words = subject.bare.split()
    if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+(?:i|an|ian|ese|ish|ic)", words[0]):
        return words[0]
    return ""


def generic(words: list[str]) -> bool:
    return all(w.lower() in GENERIC_CAPS or re.fullmatch(r"\d+(st|nd|rd|th)", w) for w in words)


def resolve_person(text: str, subject: Subject, edits: Edits) -> bool:
    """He/She/His/Her at the start become the subject's name; later ones must follow it."""
    start = re.match(r"(He|She|His|Her)\b(?= [a-z])", text)
    named = False
    if start:
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
        before = text[: match.start()]
        if named or re.search(rf"\b{re.escape(subject.bare)}\b", before):
            if gender != subject.pronoun:
                return False
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


def resolve_start_pronoun(text: str, context: Context, edits: Edits) -> bool:
    """ "It ..." / "Its ..." opening a sentence: the name that opened the previous sentence,
    or the section's own name for the first sentence under a named heading."""
    match = re.match(r"(It|Its|They|Their)\b(?= [a-z])", text)
    if not match:
        return True
    name = previous_subject(context.previous) if context.previous else ""
    if not name and not context.previous and context.heading:
        words = context.heading.split()
        if len(words) >= 2 and not generic(words) and all(w[:1].isupper() or w in (
            "of", "and", "the", "for") for w in words):
            name = f"The {context.heading}" if context.heading_the else context.heading
    if not name:
        return False
    plural = name.split()[-1].endswith("s") and not name.split()[-1].endswith("ss")
    if match.group(1) in ("They", "Their") and not plural:
        return False
    if match.group(1) in ("It", "Its") and plural:
        return False
    if match.group(1) in ("Its", "Their"):
        name += "'" if name.endswith("s") else "'s"
    edits.replace(0, match.end(), name)
    return True


def _paragraph_name(noun: str, names: list[str]) -> str:
    """The one name the paragraph met whose head noun is ``noun`` ("the ministry" -> "Ministry
    of Defence Industry of Azerbaijan"), or ""."""
    found: list[str] = []
    for name in reversed(names):
        words = [w.lower() for w in name.split()]
        if head_type(name) == noun or (words and (words[-1] == noun or words[0] == noun)):
            if name not in found:
                found.append(name)
    return found[0] if len(found) == 1 else ""


def _noun_phrase(text: str, start: int) -> list[str]:
    words: list[str] = []
    run = re.match(r"(?:[a-z][\w-]*(?:'s|s')?(?: |(?=[,.;:]|$)))+", text[start:])
    for token in run.group().split() if run else []:
        bare = token.removesuffix("'s").removesuffix("'")
        if bare in NP_STOP or len(words) == 3:
            break
        words.append(bare)
        if bare != token:
            break
    return words


def resolve_backrefs(text: str, subject: Subject, context: Context, edits: Edits) -> bool:
    """ "the town" -> the subject's name when the subject is a town; "the ministry" -> the
    ministry the paragraph named; any other bare back-reference ("the agreement", "the
    band") makes the sentence depend on its neighbours (False)."""
    subject_tail = subject.bare.lower()
    demonym = qualifier(subject)
    for match in re.finditer(r"\b([Tt]he) ", text):
        words = _noun_phrase(text, match.end())
        if not words:
            continue
        noun, phrase = words[-1], " ".join(words)
        end = match.end() + len(phrase)
        after = text[end:]
        possessive = after.startswith(("'s", "s'"))
        if re.match(
            r"(?:'s|s')? (?:of|called|named|known|(?:in|at|on|for|from|to|with|between) "
            r"(?:the )?[A-Z])\b",
            after,
        ):
            continue  # "the club of the town", "the force in Kosovo": qualified
        if re.match(r"(?:'s|s')? [A-Z]", after) or re.match(r"\s*\(", after):
            continue  # "the band Queen"
        singular = noun[:-1] if noun.endswith("s") and noun[:-1] in BACKREF else noun
        if singular not in BACKREF:
            continue
        at_start = match.start() == 0
        if noun in subject.kinds and (len(words) == 1 or subject_tail.endswith(phrase)):
            if possessive:
                end += 2
            edits.replace(match.start(), end, subject.mention(start=at_start, possessive=possessive))
            continue
        if demonym and generic(words):
            edits.replace(match.start(), match.end(), f"{match.group(1)} {demonym} ")
            continue  # "the air force" -> "the Azerbaijani air force"
        name = _paragraph_name(singular, context.names)
        if name:
            the = "" if name.startswith("The ") else match.group(1) + " "
            edits.replace(match.start(), end, f"{the}{name}")
            continue
        return False
    return _generic_names(text, subject, edits)


def _generic_names(text: str, subject: Subject, edits: Edits) -> bool:
    """ "The Air Force has ...": a capitalised name made only of generic words names no
    particular force unless the subject's demonym can go before it (False: drop)."""
    subject_words = {w.lower() for w in re.findall(r"[A-Za-z]+", subject.title)}
    demonym = qualifier(subject)
    for match in CAPS_NP.finditer(text):
        words = [w.removesuffix("'s") for w in match.group(2).split()]
        if re.match(r" ?(?:of|for|in) [A-Z]", text[match.end() :]):
            continue  # "the Ministry of Defence of Azerbaijan"
        lowered = {w.lower() for w in words}
        if not generic(words) or (lowered <= subject_words and len(words) >= 2):
            continue
        if demonym and not re.fullmatch(r"\d+(st|nd|rd|th)", words[0]):
            edits.replace(match.start(), match.start(2), f"{match.group(1)} {demonym} ")
            continue
        return False
    return True


def person_antecedent(before: str) -> bool:
    """A personal name (two or three capitalised words) before a pronoun."""
    return bool(re.search(r"\b[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+){1,2}\b", before))
