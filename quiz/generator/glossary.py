"""Items of a list that names things and says what each is ("ADO consists of several top-level
objects:" then "Connection Object - represents the connection to the database."): which of
them the description fits, with the list's other names as the wrong choices."""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from quiz.generator.facts import Sentence
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.lexicon import (
    FUNCTION_WORDS,
    base_form,
    is_verb_only,
    known_word,
    lemmas,
    plural_noun,
)
from quiz.generator.spans import FULL_MONTH, Span
from quiz.text import normalize

# "Term: what it is", "Term – what it is" (a spaced dash: not "WS-Security").
# "Term, a what it is" (an appositive: "BootJVM, a simple bootstrapping virtual machine").
ENTRY = re.compile(
    r"(?P<term>[^:–—,]{1,60}?)\s*(?P<sep>:| – | — | - |,(?= (?:an?|the) [a-z]))\s*(?P<text>.+)"
)
MIN_ENTRIES = 4  # the answer and three wrong choices, all from the one list
MOST_ASKED = 2  # of one list: its other answers are each item's wrong choices (elimination)
LONGEST_PROMPT = 25  # words (``select.LONG_PROMPT``)
# Descriptions that lean on another entry or on the reader's context.
LEANS = re.compile(
    r"(?i)^(?:similar|same|see|also|as (?:above|below)|via|this|these|it|its|they|their|"
    r"he|she|his|her|in this|like|with|without|because|for|in|on|at|from|and|but|or|while|"
    r"although|though|if|unless)\b"
)
# Lead-ins that do not stand alone ("These include:", "Some examples include:") or that a
# list item ends ("The most notable among these were:", "... can be:").
VAGUE_LEAD = re.compile(r"(?i)^(?:these|those|they|it|this|some examples?|examples?|others?)\b")
OPEN_LEAD = re.compile(
    r"(?i)\b(?:are|were|is|was|be|include[sd]?|including|follows|following|below|these|"
    r"such as|namely|like)$|\bamong these\b"
)
# A description that is a clause or a phrase, not a bare name ("American bison (Bison bison)").
PHRASE = re.compile(r"\b(?:of|for|to|with|by|that|which|who|from|on|in|into|used|is|are|was)\b")
FINITE = re.compile(r"(?i)is|are|was|were|has|have|had")
OPENERS = frozenset("the a an this these those its their his her our some many most".split())
NOT_ENTRIES = frozenset("others other miscellaneous misc notes note see also various".split())
STOP = FUNCTION_WORDS | {"this", "into", "over", "its", "his", "her", "their"}


@dataclass
class Entry:
    sentence: Sentence
    sep: str  # what parts the name from what it is (":", "–", ",")
    term: str  # the name as a choice: "HSMF" for "HSMF (Horrible Stupid Mail Format)"
    full: str  # the name as the list gives it
    text: str  # what the list says it is, one sentence, no final stop


def glossary_items(si: SentenceItems) -> list[FactItems]:
    """One multiple-choice item per entry of each such list whose description stands alone,
    does not give its name away and names no other entry."""
    groups: dict[int, list[Sentence]] = defaultdict(list)
    for sentence in si.facts.sentences:
        if sentence.lead_in and sentence.group >= 0:
            groups[sentence.group].append(sentence)
    out: list[FactItems] = []
    for members in groups.values():
        out.extend(_list_items(si, members) or _dated_items(si, members))
    return out


# "26 June – Day of the Armed Forces": a list of days a year and what each marks.
DATED = re.compile(
    rf"(?P<day>\d{{1,2}} (?:{FULL_MONTH})|(?:{FULL_MONTH}) \d{{1,2}})\s*(?:–|—|-|:)\s*"
    r"(?P<name>[A-Z][^.;:()]{2,60}?)\.?"
)
# What such a list's lead-in calls its entries ("These are the military holidays ...").
OBSERVANCES = re.compile(
    r"\b((?:(?!the |these |those |its |their |our |all )[a-z]+ ){0,2}(?:holidays|observances|"
    r"festivals|feasts|celebrations|commemorations|memorial days|public days))\b"
)
# Days a learner knows without the article ("Christmas" on 25 December): never asked.
KNOWN_DAYS = re.compile(
    rf"(?i)\b(?:christmas|new year|easter|halloween|valentine|may day|\d|{FULL_MONTH})"
)


def _dated_items(si: SentenceItems, members: list[Sentence]) -> list[FactItems]:
    """Which of a list's holidays falls on a day: "Which of the Azerbaijani Armed Forces'
    military holidays falls on 5 August?", the list's other holidays as the wrong choices."""
    kinds = OBSERVANCES.search(members[0].lead_in)
    found = [(m, s) for s in members if (m := DATED.fullmatch(s.text))]
    if kinds is None or len(found) < MIN_ENTRIES or len(found) < len(members):
        return []
    names = [m["name"].strip() for m, _ in found]
    days = {m["day"] for m, _ in found}
    if len({normalize(n) for n in names}) < len(names) or len(days) < len(found):
        return []  # (one day twice: "falls on 1 May" would have two answers)
    whose = si.facts.subject.mention(start=False, possessive=True)
    out: list[FactItems] = []
    for (match, sentence), name in zip(found, names, strict=True):
        if len(out) >= MOST_ASKED:
            break
        if KNOWN_DAYS.search(name):
            continue
        prompt = f"Which of {whose} {kinds[1]} falls on {match['day']}?"
        key = digest("dated list", sentence.text)
        rng = random.Random(f"{si.seed}:{key}")
        choices = [name, *rng.sample([n for n in names if n != name], 3)]
        rng.shuffle(choices)
        fact = FactItems(key, -1, sentence.text, sentence.section, "entity", 0.6)  # (a list's
        fact.value = name  # item: its prompts are alike, its facts not the same one told twice)
        span = Span(0, len(name), name, "entity")
        fact.options["mcq"] = si.make("mcq", fact, prompt, span, choices=choices)
        out.append(fact)
    return out


def _list_items(si: SentenceItems, members: list[Sentence]) -> list[FactItems]:
    lead = _lead(members[0].lead_in)
    entries = [entry for sentence in members if (entry := _entry(sentence))]
    seps = {entry.sep for entry in entries}
    if not lead or len(entries) < MIN_ENTRIES or len(entries) < 0.8 * len(members):
        return []  # (a list of a few such lines among others is no glossary)
    if len(seps) > 1 or len({normalize(e.term) for e in entries}) < len(entries):
        return []
    told = Counter(normalize(e.text) for e in entries)
    common = _shared_words(entries)  # (the list's, the same for each of its entries)
    out: list[FactItems] = []
    for entry in entries:
        if len(out) >= MOST_ASKED:
            break
        others = [e for e in entries if e is not entry]
        if told[normalize(entry.text)] > 1 or not _stands_alone(entry, others, common):
            continue
        prompt = f"{lead} Which of them {_predicate(entry.text)}?"
        if len(prompt.split()) > LONGEST_PROMPT:
            continue
        key = digest("glossary", entry.sentence.text)
        rng = random.Random(f"{si.seed}:{key}")
        wrong = rng.sample([e.term for e in others], 3)
        choices = [entry.term, *wrong]
        rng.shuffle(choices)
        fact = FactItems(
            key, entry.sentence.index, entry.sentence.text, entry.sentence.section, "entity", 0.6
        )
        fact.value = entry.term
        span = Span(0, len(entry.term), entry.term, "entity")
        fact.options["mcq"] = si.make("mcq", fact, prompt, span, choices=choices)
        out.append(fact)
    return out


def _lead(lead_in: str) -> str:
    """The list's lead-in as a sentence of its own ("ADO consists of several top-level
    objects."), or "" where it does not stand alone or says too little."""
    text = re.sub(r"\s*\([^()]*\)", "", lead_in).strip().rstrip(":").strip()
    text = re.sub(r"^(?:However|Also|In addition|Additionally|Furthermore),\s+", "", text)
    text = text[:1].upper() + text[1:]
    words = text.split()
    if len(words) < 4 or VAGUE_LEAD.match(text) or OPEN_LEAD.search(text):
        return ""
    if not any(_finite(w) for w in words[1:]):
        return ""  # ("The spacecraft in Pioneer missions 6, 7, 8, and 9:", "Former
        # Archchancellors referenced in Discworld canon:", a heading, R426)
    if not any(plural_noun(w.strip(".,;")) for w in words):
        return ""  # nothing for "them" to be: "In February 1950, a substantial reshuffle took
        # place following the General Election." (R474)
    named = [w for i, w in enumerate(words) if w[:1].isupper() and (i or w.lower() not in OPENERS)]
    if not named:
        return ""  # "The project is divided into several sub-projects": which project?
    return f"{text}."


def _entry(sentence: Sentence) -> Entry | None:
    match = ENTRY.fullmatch(sentence.text)
    if not match:
        return None
    full = match["term"].strip()
    term = re.sub(r"\s*\([^()]*\)$", "", full).strip()
    words = term.split()
    if not 1 <= len(words) <= 5 or not term[:1].isalpha() or re.search(r"\d{3}", term):
        return None  # (not "2003 Richard Dawkins", "15" of a time "15:12")
    if term.lower() in NOT_ENTRIES:
        return None  # ("Others: ...")
    text = re.split(r"(?<=[a-z)])\. (?=[A-Z])", match["text"].strip())[0].rstrip(". ")
    return Entry(sentence, match["sep"].strip(), term, full, text)


def _stands_alone(entry: Entry, others: list[Entry], common: set[str]) -> bool:
    """A description a learner can match to one name: a clause of a few words, none of the
    name's own words (nor of its expansion) but those most names share, no other entry named."""
    text = entry.text
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    if not 4 <= len(words) <= 20 or LEANS.match(text) or text[:1].isdigit():
        return False
    if sum(1 for w in words if w.islower() and len(w) >= 3) < 2 or text.endswith(":"):
        return False  # a name or an address, not a description; another list's lead-in
    if not (PHRASE.search(text) or re.match(r"(?:an?|the) ", text) or _verb(words[0])):
        return False  # "western meadowlark (Sturnella neglecta)": a name, not what it is
    if len(words) <= 6 and re.search(rf"\b(?:1\d|20)\d\d\b|\b(?:{FULL_MONTH})\b", text):
        return False  # "launched November 1968": a date to learn by rote
    said = {w.lower() for w in words}
    own = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", entry.full)} - STOP - common
    if own & said or any(w.lower().rstrip("s") in said for w in own):
        return False  # "Hadoop MapReduce: an implementation of the MapReduce model"
    if _telling(entry.term, own, said):
        return False
    for other in others:
        name = normalize(other.term)
        if name and f" {name} " in f" {normalize(text)} ":
            return False  # "similar feature set to HWPF": leans on another entry
    return True


def _telling(name: str, own: set[str], said: set[str]) -> bool:
    """A name that says what it is, so the description gives it away (R426): a word of the
    lexicon ("Web" for "HTML pages"), a part of one that starts a word of the description
    ("Recordset": "a set of database records", "Babelnet": "a semantic network"), or an
    abbreviation in a longer name ("CrateDB": a database). ``own``: its words, lowercase,
    but those most names of the list share ("Object", "Apache")."""
    for word in re.findall(r"[A-Za-z][\w'-]*", name):
        if word.lower() not in own:
            continue
        if re.search(r"[a-z][A-Z]{2,3}$", word):
            return True  # ("CrateDB", "MySQL")
        if word.isupper():
            continue  # an acronym ("HSLF") tells nothing
        for part in {p.lower() for p in re.findall(r"[A-Z]?[a-z]+", word)} | {word.lower()}:
            if len(part) >= 3 and known_word(part):
                return True
            if any(w[:4] in part for w in said if len(w) >= 4 and w not in STOP):
                return True  # ("records" in "Recordset")
            ends = {part[:k] for k in range(3, len(part))} | {
                part[-k:] for k in range(3, len(part))
            }
            if any(known_word(end) and any(w.startswith(end) for w in said) for end in ends):
                return True  # ("net" of "Babelnet" beside "network")
            if any(len(end) >= 5 and known_word(end) for end in ends):
                return True  # a word in the name: "Preflight" checks files (R426)
    return False


def _shared_words(entries: list[Entry]) -> set[str]:
    """Words half the names share ("Hadoop" of "Hadoop Common", "Hadoop YARN"): they tell
    none of them apart."""
    counts = Counter(
        word
        for e in entries
        for word in {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", e.full)}
    )
    return {word for word, n in counts.items() if n * 2 >= len(entries)}


def _predicate(text: str) -> str:
    """The description after "Which of them": a verb as it stands ("represents the
    connection to the database"), anything else quoted ("is described as “...”")."""
    first, _, rest = text.partition(" ")
    word = first.lower()
    if rest and _verb(word):
        return f"{word} {rest}"
    if rest and word in ("a", "an") and not re.search(r"[“”\"]", text):
        return f"is {word} {rest}"
    return f"is described as “{text}”"


def _verb(word: str) -> bool:
    """A verb's third person and nothing else ("represents", "provides"; not "reads")."""
    word = word.lower()
    return word.endswith("s") and bool(base_form(word, "VBZ")) and "NOUN" not in lemmas(word)


def _finite(word: str) -> bool:
    """A verb that makes the lead-in a sentence ("consists", "extend", "has"; not a participle
    that leaves it a heading: "Former Archchancellors referenced in ...")."""
    word = word.lower()
    if FINITE.fullmatch(word) or _verb(word):
        return True
    return not word.endswith("ed") and is_verb_only(word)
