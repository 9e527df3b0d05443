"""False statements that teach: the fact with a clearly wrong value of the same type (another
year at least five years off, a number half or twice as large, another name of the same
kind), never a trick on a minor detail."""

from __future__ import annotations

import random
import re
from calendar import isleap
from functools import lru_cache
from itertools import permutations
from typing import TYPE_CHECKING

from quiz.generator.derive import EDITION, YEARS_FROM
from quiz.generator.expiring import RANK_HELD
from quiz.generator.facts import Sentence, prose_sentences
from quiz.generator.general import NAMED_EVENT
from quiz.generator.honours import HONOUR
from quiz.generator.lexicon import AGE, lemmas
from quiz.generator.lifetime import birth_worked_out
from quiz.generator.nationality import other_nationality
from quiz.generator.spans import YEAR_IN_TEXT, Span, tail
from quiz.generator.wrong import OFFICE_HOLDER, heading_years

if TYPE_CHECKING:
    from quiz.generator.items import SentenceItems

DATE_YEAR = re.compile(r"\d{4}$")
TWO_DATED_CLAUSES = re.compile(
    r"\b\d{4}\b.*(?:,|;| and| but) (?:in|on|by) (?:[A-Z][a-z]+ )?\d{4}\b"
)
# A clause that sets the scene for the main claim, open where the value stands.
SIDE_CLAUSE = re.compile(
    r"\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Ff]ollowing|[Uu]ntil|[Uu]pon|[Dd]espite|[Ww]hile|[Hh]aving)"
    r"(?! $)\b[^,;()]*$"  # (not "after 1990": the value is the time of the claim itself)
    r"|^[A-Z][a-z]+ed [a-z][^,;()]*$"  # "Admitted to the bar in 1836, Lincoln moved ..." (R295)
)

RANGE_END = re.compile(r"(?:\b[Ff]rom|\b[Bb]etween|\d{4}\s?(?:to|and|[–-]))\s*$")
RANGE_START = re.compile(r"\s?(?:to|and|until|[–-])\s?\d{4}\b")
ROLE_OF = re.compile(
    r"(?i)\b(?:president|prime minister|king|queen|emperor|capital|mayor|governor|leader|"
    r"ruler|head|founder|chancellor|premier|monarch|sultan|pope) of (?:the )?$"
)


# An aside between commas: ", elected in ...,", ", who ...,", ", of much larger mass ...,".
ASIDE_OPEN = re.compile(
    r", (?:who|which|whose|where|when|[a-z]+ed|born|aged|formerly|once|then|now|later|of)\b[^,]*$"
)
BOUND_BEFORE = re.compile(
    r"(?i)\b(?:by|before|after|until|till|since|around|circa|c\.|early|late)"
    r"(?: the (?:beginning|start|end|middle|close|turn) of| mid-?)?\s*$"  # ("By the beginning of")
)


# A state, not an event: true in other years too, as far as the article says.
STATE = re.compile(r"\b(?:(had)|owned|remained|lived) (\w+)")


def _states(text: str) -> bool:
    """Whether a clause tells a state ("had a scholarship", "had inadequate numbers", "lived
    in"), not an event ("had won", "had already left")."""
    for match in STATE.finditer(text):
        after = lemmas(match.group(2))
        if not match.group(1) or not ("VERB" in after or "AUX" in after or "ADV" in after):
            return True
    return False


# The time of the main clause, opening the sentence: "In 2006, ", "On 28 April 1920 ".
OPENING_TIME = re.compile(r"(?:In|On|During) (?:(?:early|mid-?|late) )?")
# "A meta-analysis published in 2005 found ...": its year is a citation's detail (R74)
STUDY = re.compile(
    r"(?:(?:In|By) [^,]{4,20}, )?(?:[Aa]n?|[Tt]he) (?:[\w,-]+ ){0,4}(?:study|studies|"
    r"meta-analysis|review|survey|report|paper|trial|analysis)\b"
)
# "In 1648 there was a Royalist plan, never enacted, ...": no date of a deed not done (R75)
NEVER_DONE = re.compile(
    r"\bnever (?:enacted|carried out|implemented|built|realised|realized|completed|happened|"
    r"materiali[sz]ed|used|held|made)\b"
)
LOOKS_BACK = re.compile(r"(?i)\bcommemorat|\banniversary|\bin (?:honou?r|memory) of|\btribute")


def _fictional(opening: Sentence | None) -> bool:
    """The lead calls the subject fictional: its years are the story's ("In 1990, Void met
    Jacob Marlowe" moved to 1980 is a trick on the plot, R75)."""
    return opening is not None and bool(re.search(r"\bfictional\b", opening.text[:200]))


def _number(text: str) -> float | None:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(match.group().replace(",", "")) if match else None


def _keeps_order(year: int, answer: int, anchors: list[int]) -> bool:
    return all((year - a) * (answer - a) > 0 for a in anchors if a != answer)


def false_year(
    answer: int,
    anchors: list[int],
    real: list[int],
    latest: int,
    rng: random.Random,
    avoid: frozenset[int] = frozenset(),
) -> int | None:
    """A year 5-15 away from the answer (a real year of the article when one fits) that keeps
    the order of the sentence's other years and is none of the years in ``avoid`` (those of
    the same section: a learner would mistake one event for another, a trick), nor the answer's
    digits in another order (1654 -> 1645 reads as a typo, R17)."""
    avoid = avoid | {int("".join(p)) for p in permutations(str(answer))}
    fits = [
        y
        for y in real
        if 5 <= abs(y - answer) <= 15 and _keeps_order(y, answer, anchors) and y not in avoid
    ]
    fits = [y for y in fits if y <= latest]
    if fits:
        return rng.choice(sorted(fits))
    offsets = [d * s for d in range(5, 13) for s in (1, -1)]
    rng.shuffle(offsets)
    for offset in offsets:
        year = answer + offset
        if year <= latest and _keeps_order(year, answer, anchors) and year not in avoid:
            return year
    return None


def _kindred_years(text: str, prose: str, title: str) -> frozenset[int]:
    """The years of the article's other sentences that share a word with ``text`` ("went to
    Berlin in 1848" for "went to Berlin in 1840"): the event may have happened again then, and
    "Bakunin went to Berlin in 1848" would not be false (R40)."""
    own = _words(text) - _words(title)
    return frozenset(y for words, years in _dated(prose) if own & words for y in years)


def _era_bounds(sentence: Sentence, prose: str, title: str) -> list[int]:
    """The first and last years the article gives for each part of the sentence's heading
    that names a time ("Civil War", "Presidency"; not the subject's own name): a false year
    must stay on their side ("at the Battle of Shiloh on April 6, 1855" under "Civil War >
    ...", "In 1854, Lincoln signed ..." under "Presidency", R239-R241; "In January 1872,
    Cleveland was appointed" under "Early career and the Civil War", R247: false at a glance)."""
    own = _words(title)
    bounds = []
    for part in re.split(r" > | and |, ", sentence.section) if sentence.section else []:
        stems = _words(part) - own
        years = [y for words, found in _dated(prose) if stems and stems <= words for y in found]
        bounds += [min(years), max(years)] if years else []
    return bounds


def _words(text: str) -> frozenset[str]:  # (stems: "vaccine" is "vaccination", R41)
    words = (w.lower() for w in re.findall(r"[A-Za-z]{5,}", text))
    return frozenset(w[:6] for w in words if w not in COMMON)


@lru_cache(maxsize=4)
def _dated(prose: str) -> list[tuple[frozenset[str], frozenset[int]]]:
    """The words and years of each of the article's sentences that has a year."""
    dated = [(t, YEAR_IN_TEXT.findall(t)) for t in prose_sentences(prose)]
    return [(_words(t), frozenset(int(y) for y in found)) for t, found in dated if found]


COMMON = frozenset(
    """about after again against among around became become began before being between
    during early first following later other their there these those through under until
    where which while would years""".split()
)


def within_heading(year: int, section: str, answer: int = 0, title: str = "") -> bool:
    """A year the section's heading does not rule out: under "Band history > 1990s", "Tour
    (1981–1982)" or "World War I" a false year outside those years is false at a glance (R56:
    a promotion "in 1924" under "World War I"); so is one outside the years of a title's war
    when the true year is inside them ("Indian Army during World War I", 1925, R51)."""
    for text, always in ((section, True), (title, False)):
        bounds = _era(text, answer)
        if bounds and (always or bounds[0] <= answer <= bounds[1]):
            if not bounds[0] <= year <= bounds[1]:
                return False
    work = DATED_WORK.search(title)  # "The Amazing Spider-Man (2012 film)": what led to it
    return not (work and answer and answer <= int(work[1]) < year)  # came before 2012 (R294)


DATED_WORK = re.compile(r"\((\d{4}) [a-z][a-z ]*\)$")


ONLINE = re.compile(r"(?i)\b(?:online|internet|web ?(?:site|series|comic)|podcast|e-?mail|wiki)")


def _before_the_web(year: int, text: str) -> bool:
    """A false year before the web for a thing of the web: "founded SportsBlast in 1991 and
    created an online animated series" is false at a glance (R199)."""
    return year < 1995 and bool(ONLINE.search(text))


WORLD_WAR = re.compile(r"\bWorld War (I|II)\b|\b(First|Second) World War\b|\bWW(I{1,2}|[12])\b")


def _era(text: str, answer: int = 0) -> tuple[int, int] | None:
    """The years a heading or title spans: its own years, a world war's, those between or
    after (those after the war of ``answer``'s time: "Post war activities", 1959, R117)."""
    war = WORLD_WAR.search(text)
    first = war is not None and (war[1] or war[2] or war[3]) in ("I", "First", "1")
    if re.search(r"(?i)\binter-?war\b|\bbetween the (?:world )?wars\b", text):
        return (1914 if first else 1919, 1938)  # "Inter-war years": a false 1942 is false at
        # a glance (R67); "First World War and inter-war period": both
    if war:
        return (1914, 1918) if first else (1939, 1945)  # (and "Military career in WWII")
    if re.search(r"(?i)\bpost-?\s?war\b", text):
        return (1946, 9999) if answer >= 1946 else (1919, 9999)
    return heading_years(text)


def false_statement_value(
    sentence: Sentence, span: Span, items: SentenceItems, wrong: list[str], rng: random.Random
) -> str | None:
    """A clearly wrong value for ``span`` in ``sentence``, or None."""
    anchors = items.year_anchors(sentence, span)
    anchors += _era_bounds(sentence, items.facts.prose, items.facts.title)
    before, after = sentence.text[: span.start], sentence.text[span.end :]
    if RANGE_END.search(tail(before)) or RANGE_START.match(after):
        return None  # one end of a range: "from 2007 to 2011" may still read as true
    if SIDE_CLAUSE.search(before):
        return None  # "After leaving the NBA in 1992, Johnson formed ...", "has evolved since
        # its creation in 1862": the main claim stays true, the change hides in an aside (R94)
    others = re.match(r",? ([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)*) (?:and [A-Z]|[a-z]+ed\b)", after)
    if (
        re.search(r", and (?:in|on|by) (?:[A-Z][a-z]+ )?$", before)
        and others
        and (items.facts.subject.bare not in others.group(1))
    ):
        return None  # "Hašek inspired an opera ..., and in 2003, Petr Pravec and Lenka
        # Šarounová named an asteroid in his honour": the year of others' act (R60)
    birth = YEAR_IN_TEXT.search(span.text) if re.search(r"\bborn\b", before) else None
    if birth and birth_worked_out(items.facts.prose, int(birth.group())):
        return None  # an age in a dated year tells the birth year (R123)
    if span.type in ("year", "date") and _beside_another_year(sentence.text, span):
        return None  # "On October 19, 2009, ... for a pick in the 2010 NFL Draft" (R91)
    if span.type in ("year", "date") and TWO_DATED_CLAUSES.search(sentence.text):
        return None  # "In 1988 the Eastman moved ... and in 1992 its name was changed": one
        # part false, one true (R96)
    if re.search(r"\b(?:[Uu]nlike|[Ll]ike|as did) (?:[A-Z][\w'’.-]* ){1,4}in $", before):
        return None  # "unlike Harold in 1066, Æthelstan did not ...": another's year (R90)
    if re.search(r"\w['’]s $", before) and span.type == "year":
        return None  # "a song from McCartney's 1997 album, Flaming Pie": the album's (R77)
    if re.match(r"(?:'|’)?s\b|/\d", after) and span.type == "year":
        return None  # a decade or a season: "In 1990's" -> "1985's", "1972/3" -> "1965/3" (R59)
    counted = YEARS_FROM.search(sentence.text) or EDITION.search(sentence.text)
    if counted and span.type in ("year", "date"):
        return None  # "In 1956, a year before Huxley's death": the death year says False
    pinned = NAMED_EVENT.search(sentence.text) or OFFICE_HOLDER.search(sentence.text)
    if pinned and span.type in ("year", "date"):
        return None  # "In 1998, during the Gulf War", "President Sarkozy's visit": pinned
    if span.type in ("year", "date") and RANK_HELD.search(sentence.text):
        return None  # "In 2006 Alaska had the highest number of pilots": so it may in 1991
    if ROLE_OF.search(tail(before)):
        return None  # "the first president of Pakistan": general knowledge decides it
    if ASIDE_OPEN.search(before) and "," in after and span.type in ("year", "date"):
        return None  # "The senate, elected in December 1947 after partition, ...": an aside
    if BOUND_BEFORE.search(tail(before)) or re.match(r" ?(?:onwards?|on)\b", after):
        return None  # "By 1746" moved to "By 1742" is false only by inference; "From 1880
        # onwards" moved to 1888 is still true (R63)
    if span.type in ("year", "date") and (
        _states(sentence.text)
        or STUDY.match(sentence.text)
        or NEVER_DONE.search(sentence.text)
        or HONOUR.search(sentence.text)
        or _fictional(items.facts.opening)
    ):
        return None  # "In 2012, McKenzie had a scholarship": she may have had one in 2000 too
    own_year = DATE_YEAR.search(span.text)
    if own_year and int(own_year.group()) in anchors:
        return None  # "one day before the Crash of 1929": the sentence pins the year
    if span.type in ("year", "date", "number", "money", "percent"):
        rest = sentence.text[: span.start] + " " + sentence.text[span.end :]
        opening = (
            span.type in ("year", "date")
            and OPENING_TIME.fullmatch(before)
            and not AGE.search(rest)  # "In 2010, 13-year-old Lisa auditioned": her birth year
            and not LOOKS_BACK.search(rest)  # "a stamp commemorating the Apollo 8 flight"
        )
        if re.search(r"(?<![\w.,])\d", rest) and not opening:  # (a date's own day is no other)
            return None  # a side detail may be what changed ("among 150 buildings", "until
            # his death in 1948"), leaving the main claim true
    if span.type == "year":
        avoid = items.section_years.get(sentence.section, frozenset()) | items.off_cycle(
            sentence, int(span.text)
        )
        avoid |= _kindred_years(sentence.text, items.facts.prose, items.facts.title)
        year = false_year(
            int(span.text), anchors, items.years, items.latest, rng, avoid | items.told_false
        )
        title = items.facts.title
        if not year or not within_heading(year, sentence.section, int(span.text), title):
            return None
        if _before_the_web(year, sentence.text):
            return None
        items.told_false.add(year)  # (no year in two false statements: a learner would see it)
        return str(year)
    if span.type == "date":
        match = DATE_YEAR.search(span.text)
        if not match:
            return None
        avoid = items.section_years.get(sentence.section, frozenset()) | items.off_cycle(
            sentence, int(match.group())
        )
        avoid |= _kindred_years(sentence.text, items.facts.prose, items.facts.title)
        if re.search(r"\b(?:29 February|February 29)\b", span.text):  # (no "February 29,
            near = range(int(match.group()) - 20, int(match.group()) + 21)
            avoid |= {y for y in near if not isleap(y)}
        year = false_year(  # 1762": false at a glance, R198)
            int(match.group()), anchors, [], items.latest, rng, avoid | items.told_false
        )
        title = items.facts.title
        if not year or not within_heading(year, sentence.section, int(match.group()), title):
            return None
        if _before_the_web(year, sentence.text):
            return None
        items.told_false.add(year)
        return span.text[: match.start()] + str(year)
    if span.type in ("number", "money", "percent"):
        if AGE.match(after.lstrip(" -")) or re.search(r"\b(?:age of|aged)\s*$", before):
            return None  # "suffrage at 12 years of age": an age halved is false at a glance
        value = _number(span.text)
        for choice in wrong:
            other = _number(choice)
            if value and other and (1.4 <= other / value <= 2.2 or 0.45 <= other / value <= 0.7):
                return choice
        return None
    if span.type == "demonym":  # "was a French novelist" -> "was a Belgian novelist"
        facts = items.facts
        first = facts.opening
        if not facts.subject.person or first is None or sentence.text != first.text:
            return None  # (only what the article's first sentence says the person is)
        values = " ; ".join(line.value for line in facts.infobox)
        swap = other_nationality(sentence.text, facts.prose, facts.title, rng, values)
        return swap[1] if swap and swap[0] == span.text else None
    # Names: only a person for a person of the same role. Other swaps read as absurd or are
    # settled by general knowledge or by the sentence itself ("the Russian Space Forces
    # invaded Azerbaijan in 1920", "a process called supplementation", "an email to German
    # customers about leaving the Taiwan market").
    fine, coarse = items.types.kind_of(span.text)
    if coarse != "person" or fine == "person":
        return None
    same_role = [
        w for w in wrong + items.swap_names(sentence, span, rng) if items.types.fine.get(w) == fine
    ]
    return same_role[0] if same_role else None


def _beside_another_year(text: str, span: Span) -> bool:
    """Another year of the sentence within two of the span's: any year five or more away then
    breaks their order or their plain closeness, which gives the change away."""
    own = DATE_YEAR.search(span.text) if span.type == "date" else None
    year = int(own.group() if own else span.text) if own or span.type == "year" else 0
    others = YEAR_IN_TEXT.findall(text[: span.start] + " " + text[span.end :])
    return bool(year) and any(0 < abs(int(y) - year) <= 2 for y in others)
