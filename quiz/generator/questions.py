"""Wh-questions from simple sentences: "When was X created?", "Who founded X?", "How many ..."."""

from __future__ import annotations

import re

from quiz.generator.facts import Sentence
from quiz.generator.lexicon import lemmas
from quiz.generator.spans import FULL_MONTH, Span
from quiz.generator.tidy import tidy_question
from quiz.generator.trim import separable_tail
from quiz.generator.typeclues import COARSE, HEAD_TYPES, club_target
from quiz.generator.verbs import (
    COLLECTIVE_PLURALS,
    COUNT_VERBS,
    SAME_PARTICIPLE,
    past_to_base,
    present_to_base,
)

AUX = {"is", "are", "was", "were", "has", "have", "had", "can", "will", "would", "could"}
CLAUSE_WORDS = re.compile(
    r"\b(when|which|who|whom|whose|that|where|while|if|until|because|although|after|before|"
    r"since|whereas|and|or|but)\b"
)
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their"}
SUBORDINATE = re.compile(
    r"^(Even|Only|Just|When|After|Before|In|During|Since|Although|Though|If|As|On|By|Despite|Following|With|"
    r"Under|According|From|At|For|Through|Until|While|Because|Once|Due|Between|Of|To|Upon|"
    r"Within|Without|Among|Unlike|Like|Along|Apart|Besides|Beyond|Over)\b"
)
STOP_NOUN = frozenset(
    """of in at for and or to from with on by were was are is who which that as than had have
    has per a an the into during since each being between under over about""".split()
)
VERBISH = re.compile(
    r"^(is|are|was|were|has|have|had|became|becomes|become|served|serves|founded|led|leads|won|"
    r"wrote|writes|took|takes|invaded|replaced|joined|created|established|formed|designed|"
    r"built|published|announced|signed|made|received|ruled|commanded|defeated|captured|"
    r"married|moved|returned|died|owns|owned|bought|sold|launched|opened|described|argued|"
    r"developed|introduced|named|called|supplied|supplies|provides|provided|operates|"
    r"operated|consists|includes|included|include|remains|remained|began|begins|ended|held|"
    r"holds)$"
)
TITLE_WORDS = (
    r"(?:President|General|Lieutenant-General|Major-General|Lt-Gen|Maj-Gen|Colonel|"
    r"Colonel-General|Admiral|Rear-Admiral|Vice-Admiral|Captain|Major|Dr|Professor|Sir|King|"
    r"Queen|Prince|Princess|Bishop|Archbishop|Saint|St)"
)
PREDICATE_NOUN = re.compile(  # "is (considered to be) one of the ...": what the name is
    r"(?:is|was|are|were) (?:considered |regarded as |thought )?(?:to be )?(?:one of )?"
    r"(?:the|a|an) (.*)"
)
PERSON_VERBS = re.compile(
    r"^(became|served|founded|wrote|married|led|won|commanded|succeeded|argued|claimed|stated|"
    r"said|described|published|studied|taught|received|joined|was born|resigned|retired)$"
)


TITLE_JOINS = frozenset("of the and in a an to for on at was is were are has had".split())


def _lower_first(subject: str) -> str:
    first = subject.split()[0]
    rest = subject.split()[1:]
    low = next((w for w in rest if not w[:1].isupper()), "was")  # "A Momentary Lapse of Reason"
    title = first in ("A", "An") and rest[:1] != [low] and low in TITLE_JOINS  # (not "A
    # Ehattesaht iPhone app", R42)
    if (
        first in ("The", "A", "An", "This", "Its", "Some", "Many", "Several", "Most", "All")
        and not title
    ):
        return first.lower() + subject[len(first) :]
    return subject


def _good_subject(subject: str) -> bool:
    """A plain noun phrase: no commas, clauses, brackets, numbers; not a lone determiner."""
    words = subject.split()
    if not words or len(words) > 10 or all(w.lower() in DETERMINERS for w in words):
        return False
    if "," in subject or "(" in subject or SUBORDINATE.match(subject):
        return False
    return not CLAUSE_WORDS.search(subject) and not re.search(r"\d", subject)


DAY_AND_MONTH = re.compile(rf"\b\d{{1,2}} (?:{FULL_MONTH})\b|\b(?:{FULL_MONTH}) \d{{1,2}}\b(?!\d)")


def _simple_rest(rest: str, name: bool = False) -> bool:
    """The predicate left after removing the answer: short, no nested clause or coordination
    (nor, unless the answer is a ``name``, a day and month)."""
    words = rest.split()
    if len(words) > 20 or "(" in rest or ", and" in rest or '"' in rest:
        return False
    if not name and DAY_AND_MONTH.search(rest):
        return False  # "In what year was X born on 10 August in ...?" (the source's "born on 10
        # August in 1994"): the year asked beside its own day
    return not re.search(
        r"\b(and|or|but) (?:[a-z]+ly )?[a-z]+ed\b|\b(which|who|that|until|when|where)\b", rest
    )  # ("on 18 November 2007 and officially founded in ...": a second deed)


def _split_subject(words: list[str]) -> tuple[int, str] | None:
    for i, word in enumerate(words[:13]):
        if word in AUX and i >= 1:
            subject = " ".join(words[:i])
            if not _good_subject(subject):
                return None
            return i, word
        if word.endswith(","):
            return None
    return None


def when_question(sentence: Sentence, span: Span) -> str | None:
    """``X was created on 26 June 1918.`` -> ``When was X created?`` (years: In what year)."""
    if sentence.lead_in or span.type not in ("date", "year"):
        return None
    text = sentence.text.rstrip(".")
    before = text[: span.start]
    after = text[span.end :]
    if re.fullmatch(r"(In|On) ", before) and after.startswith(", "):
        # "In December 2009, an agreement was signed by X" -> "... was an agreement signed by X"
        words = after[2:].split()
        tail = ""
    else:
        prep = re.search(r"\b(in|on)\s+$", before)
        if not prep or re.search(r"\b(and|or) [a-z]+$", before[: prep.start()].strip()):
            return None
        words = before[: prep.start()].split()
        cut = re.match(r", (?:the|an?) ", after) or separable_tail(after)  # ("born in 1394,
        tail = "" if cut else after  # the third son of King John I": not after "born", R202)
        if not cut and _modifies_next(after):
            return None  # "elected ... in 1983 general election": the year names the election
    split = _split_subject(words)
    if split is None:
        return None
    index, aux = split
    if aux not in ("was", "were"):
        return None
    subject = _lower_first(" ".join(words[:index]))
    rest = " ".join(words[index + 1 :]) + " " + tail
    if not rest.strip() or re.search(r"\d{4}", rest) or not _simple_rest(rest):
        return None
    if re.search(r", [a-z]+\s*$", rest):
        return None  # "the son of a tanner in Largo, Fife, born in 1676": the year is his birth's,
        # after a predicate of its own ("In what year was X the son of ..., born?", R471)
    word = (
        "In what year"
        if span.type == "year" or re.fullmatch(r"\w+ \d{4}", span.text)
        else "On what date"
    )
    return tidy_question(f"{word} {aux} {subject} {rest}") + "?"


def _modifies_next(after: str) -> bool:
    """The year is an adjective of the noun after it ("in 1983 general election"): without
    it the rest reads "for Dunfermline East general election?" (the lexicon knows the next
    word as a noun or an adjective only, not "aged" or "alongside")."""
    found = re.match(r" ([a-z]+)\b", after)
    kinds = set(lemmas(found[1])) if found else set()
    return bool(kinds & {"NOUN", "ADJ"}) and not kinds & {"VERB", "ADV", "AUX"}


def did_question(sentence: Sentence, span: Span) -> str | None:
    """``Azerbaijan joined the force in 2003.`` -> ``In what year did Azerbaijan join the
    force?``"""
    if sentence.lead_in or span.type not in ("date", "year"):
        return None
    text = sentence.text.rstrip(".")
    before = text[: span.start]
    after = text[span.end :]
    fronted = re.fullmatch(r"(In|On|By) ", before) and re.match(r",? [A-Z]", after)
    if fronted:
        clause = after.lstrip(",").strip()
        if (second := re.search(r",? (?:and|but) ([a-z]+)\b", clause)) and past_to_base(second[1]):
            clause = clause[: second.start()]  # ("retired ... and became a teacher": one deed)
    else:
        prep = re.search(r"\b(in|on)\s+$", before)
        after = "" if separable_tail(after) else after  # ("in 1970 with guitarist ...")
        if not prep or (after.strip() and not after.startswith((",", " and", " as", " for"))):
            return None
        clause = before[: prep.start()] + (after if not after.startswith(",") else "")
        told = re.search(r", ([a-z]+)\s*$", before[: prep.start()])  # ("under the Agreed
        if told and past_to_base(told[1]):  # Framework, signed in 1994": the year is the
            return None  # framework's, not the promise's)
    words = clause.split()
    for i, word in enumerate(words[:10]):
        base = past_to_base(word)
        if base and i >= 1:
            subject = " ".join(words[:i])
            if not _good_subject(subject) or any(w in AUX for w in words[:i]):
                return None
            rest = " ".join(words[i + 1 :])
            if re.search(r"\b(1[0-9]{3}|20[0-9]{2})\b", rest) or not _simple_rest(rest):
                return None
            if rest.split() and (rest.split()[0] in AUX or VERBISH.match(rest.split()[0])):
                return None
            if re.search(r"\b(and|or) [a-z]+$", clause.split(word)[0].strip()):
                return None
            wh = (
                "In what year"
                if span.type == "year" or re.fullmatch(r"\w+ \d{4}", span.text)
                else "On what date"
            )
            return tidy_question(f"{wh} did {_lower_first(subject)} {base} {rest}") + "?"
        if word in AUX or word.endswith(","):
            return None
    return None


# Nouns that name a kind of thing, so "Which treaty ...?" reads well: the distractor heads
# plus a few kinds that never head a distractor list.
CLASS_WORDS = frozenset(HEAD_TYPES) | {"programme", "program", "act", "law", "movement"}


def class_word(entity: str) -> str | None:
    """``Treaty on Conventional Armed Forces`` -> ``treaty`` (the noun naming its kind)."""
    first = re.split(r" (?:of|on|for|in|at|to) ", entity)[0].split()
    owner = re.fullmatch(r"(?:City|Town|County|State|Republic|Kingdom|Borough) of .+ (\w+)", entity)
    for word in (owner[1], *first[-1::-1]) if owner else (first[-1], first[0]):  # ("City of
        # London Corporation" is a corporation, R203)
        if word.lower() in CLASS_WORDS and word[:1].isupper():
            return word.lower()
    return None


def which_object_question(sentence: Sentence, span: Span) -> str | None:
    """``Azerbaijan ratified the Treaty on X in 1992.`` -> ``Which treaty did Azerbaijan ratify
    in 1992?``"""
    if sentence.lead_in or span.type != "entity":
        return None
    kind = class_word(span.text)
    if club_target(span.target or ""):
        kind = "club"  # "Ilkeston Town" is a club (R208: "with which town?")
    if kind is None:
        return None
    before = sentence.text[: span.start]
    match = re.fullmatch(r"(.+?) ([a-z]+) (?:the )?", before)
    if not match:
        return None
    subject, verb = match.groups()
    past = past_to_base(verb)
    base = past or present_to_base(verb)
    if base is None or not _good_subject(subject) or subject.split()[-1] in AUX:
        return None
    rest = sentence.text[span.end :].rstrip(".")
    if not _simple_rest(rest) or rest.startswith(","):
        return None  # (an appositive would follow the verb: "join, an international ...", R201)
    do = "did" if past else "does"
    return tidy_question(f"Which {kind} {do} {_lower_first(subject)} {base} {rest}") + "?"


def how_many_subject_question(sentence: Sentence, span: Span) -> str | None:
    """``Some 800,000 Azerbaijanis fought in X.`` -> ``How many Azerbaijanis fought in X?``;
    ``15 of the 21 generals were executed.`` -> ``How many of the 21 generals were executed?``"""
    if sentence.lead_in or span.type != "number":
        return None
    before = sentence.text[: span.start]
    if not re.fullmatch(
        r"((Some|About|Around|Over|Nearly|Almost|More than|Approximately) )?", before
    ):
        return None
    rest = sentence.text[span.end :].rstrip(".").strip()
    words = rest.split()
    if len(words) < 3 or not (re.fullmatch(r"[a-zA-Z-]+s", words[0]) or words[:2] == ["of", "the"]):
        return None
    if not _simple_rest(rest) or re.search(r"\d", rest.split(" of the ", 1)[-1]):
        return None
    if not any(w in AUX or VERBISH.match(w) or re.fullmatch(r"[a-z]{3,}ed", w) for w in words[:6]):
        return None
    return tidy_question(f"How many {rest}") + "?"


def how_many_question(sentence: Sentence, span: Span) -> str | None:
    """``There are 19,500 personnel in X.`` -> ``How many personnel are there in X?``."""
    if sentence.lead_in or span.type != "number":
        return None
    text = sentence.text.rstrip(".")
    after = text[span.end :].split()
    noun: list[str] = []
    for word in after[:4]:
        clean = word.strip(",;:")
        if not re.fullmatch(r"[a-z][a-z-]*", clean) or clean in STOP_NOUN:
            break
        noun.append(clean)
        if clean != word:
            return None  # "23 brigades, an artillery brigade, ...": a list, not one count
    if not noun or not (noun[-1].endswith("s") or noun[-1] in COLLECTIVE_PLURALS):
        return None
    tail = " ".join(after[len(noun) :])
    if re.match(r"(and|or|but)\b", tail):
        return None  # "106 aircraft and 35 helicopters": the count is one of several
    if len(tail.split()) > 14 or "(" in tail or re.search(r"\b(which|who|whom|that|where)\b", tail):
        return None
    before = text[: span.start].rstrip()
    match = re.fullmatch(
        r"(There|there) (are|were|is|was)(?: also)?(?: about| around| some| over)?", before
    )
    if match:
        return tidy_question(f"How many {' '.join(noun)} {match.group(2)} there {tail}") + "?"
    before = re.sub(r" (about|around|some|over|nearly|approximately|roughly)$", "", before)
    words = before.split()
    if len(words) < 2 or not _good_subject(" ".join(words[:-1])):
        return None
    subject, verb = _lower_first(" ".join(words[:-1])), words[-1]
    if verb in ("has", "have", "had"):
        do = {"has": "does", "have": "do", "had": "did"}[verb]
        return tidy_question(f"How many {' '.join(noun)} {do} {subject} have {tail}") + "?"
    past = past_to_base(verb)
    if past:
        return tidy_question(f"How many {' '.join(noun)} did {subject} {past} {tail}") + "?"
    if verb in COUNT_VERBS:
        return tidy_question(f"How many {' '.join(noun)} do {subject} {verb} {tail}") + "?"
    base = present_to_base(verb)
    if base in COUNT_VERBS:
        return tidy_question(f"How many {' '.join(noun)} does {subject} {base} {tail}") + "?"
    return None


def who_question(sentence: Sentence, span: Span, entity_cls: str) -> str | None:
    """``Karam Mustafayev became commander.`` -> ``Who became commander?``."""
    if sentence.lead_in or span.type != "entity":
        return None
    prefix = sentence.text[: span.start]
    rest = sentence.text[span.end :].rstrip(".")
    appositive = re.fullmatch(r"(The [a-z][^,()]{4,60}), ", prefix)
    if appositive and rest.startswith(", ") and entity_cls in ("person", "name"):
        role = appositive.group(1)
        if not CLAUSE_WORDS.search(role) and not re.search(r"\d", role):
            return f"Who was {_lower_first(role)}?"
        return None
    fronted = re.match(r"((?:In|On|By|During) [^,]{3,30}, )", prefix)
    opening = ""
    if fronted and re.search(r"\d", fronted.group(1)):
        opening, prefix = fronted.group(1), prefix[fronted.end() :]  # "In 2007, who ...?"
    titled = re.fullmatch(r"(?:[A-Z][\w-]* )?" + TITLE_WORDS + r"\.? ", prefix)
    if titled and span.text.split()[-1].lower() in HEAD_TYPES:
        return None  # "The St. Trinity Orthodox Cathedral was built ...": no "Who was built?"
    if titled:
        entity_cls = "person"
    elif prefix not in ("", "The ", "the "):
        return None
    words = rest.split()
    if not words or not (VERBISH.match(words[0]) or re.fullmatch(r"[a-z]{3,}(ed|es)", words[0])):
        return None
    if not _simple_rest(rest, name=True):
        return None
    thing = PREDICATE_NOUN.match(rest.strip())
    for word in re.findall(r"[a-z]+", thing.group(1) if thing else "")[:6]:
        if word == "of":
            break  # "was the president of the club": the noun before "of" is the role
        if COARSE.get(word.removesuffix("s"), "person") != "person":
            return None  # "Who is one of the world's oldest airports?" (Don Muang)
    if re.match(r"(?:was|were) born\b", rest.strip()):
        return None  # "Who was born in the United States in 1947?" fits millions (R26)
    if re.match(r"(is|are|was|were) (a|an|one|part|among|some|also)\b", rest.strip()):
        return None  # "Which force is a single unified service branch?" fits every branch
    if entity_cls == "person" or entity_cls == "name" and PERSON_VERBS.match(words[0]):
        wh = "Who"
    else:
        first, head = span.text.split()[0], span.text.split(" of ")[0].split()[-1]
        if first.lower() in ("operation", "battle", "treaty", "siege", "war"):
            head = first  # "Operation Edelweiss" is an operation
        if entity_cls in ("org", "event") and head[:1].isupper() and not head.endswith("s"):
            wh = f"Which {head.lower()}"
        else:
            return None
    if opening:
        wh = opening + wh[0].lower() + wh[1:]
    return tidy_question(f"{wh} {rest}") + "?"


def by_question(sentence: Sentence, span: Span, entity_cls: str) -> str | None:
    """``X was founded by St. Petroc in 540.`` -> ``Who founded X in 540?``."""
    if sentence.lead_in or span.type != "entity" or entity_cls not in ("person", "name", "org"):
        return None
    text = sentence.text.rstrip(".")
    before, after = text[: span.start], text[span.end :]
    match = re.fullmatch(r"(.+?) (was|were) ([a-z]+) by (the )?", before)
    if not match or after.startswith((" and", ",", " or")):
        return None
    subject, _, verb, _ = match.groups()
    if not (re.fullmatch(r"[a-z]{3,}ed", verb) or verb in SAME_PARTICIPLE):
        return None
    if not _good_subject(subject) or not _simple_rest(after, name=True):
        return None
    return tidy_question(f"Who {verb} {_lower_first(subject)} {after}") + "?"
