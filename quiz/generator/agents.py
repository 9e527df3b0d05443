"""Who did what a passive sentence tells: "Policeman Bluejay is a children's novel written by
L. Frank Baum" -> "Who wrote Policeman Bluejay?"."""

from __future__ import annotations

import re

from quiz.generator.facts import Facts, Sentence
from quiz.generator.lexicon import base_form, demonym, person_shaped, verb_form
from quiz.generator.spans import Span
from quiz.generator.subject import Subject
from quiz.generator.substance import infobox_gives
from quiz.generator.tidy import tidy_question
from quiz.generator.typeclues import without_title

# The passive's verb: a participle ("written", "described", "built").
PARTICIPLE = r"(?P<verb>[a-z]{3,}(?:ed|en|wn|lt|de|ht|id|ng))"
# An adverb the active question keeps ("first recognized", "originally built").
ADVERB = r"(?P<adverb>(?:first|originally|formally|officially|initially) )?"
# "X was (first) described (as new to science) (in 1774) by": the name is the agent.
PLAIN = re.compile(
    rf"(?P<subject>[A-Z][^,;()\"]{{1,60}}?) (?P<be>is|are|was|were) {ADVERB}{PARTICIPLE}"
    r"(?P<rest>(?: (?!by\b)[\w'’-]+){0,8}) by (?:the )?"
)
# "X is a children's novel written by": the noun phrase says what X is.
DESCRIBED = re.compile(
    r"(?P<subject>[A-Z][^,;()\"]{1,60}?) (?P<be>is|are|was|were) (?:an?|the) "
    rf"(?P<what>[^,;()\"]{{2,50}}?) {ADVERB}{PARTICIPLE} by (?:the )?"
)
# What may follow the agent: a year or a date, then the sentence's end or a second verb
# phrase, which is cut ("... and illustrated by B", "... and was officially promoted ...").
TAIL = re.compile(
    r"(?P<when>(?: (?:in|on) (?:[A-Z][a-z]+ )?(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}))?"
    r"(?: and (?:was |were |is |are )?(?:[a-z]+ly )?[a-z]+(?:ed|en|wn)\b[^;]*)?\.$"
)
# The agent's role before its name ("magician and skeptic James Randi"): dropped with it.
ROLE = re.compile(r"(?:[a-z]+ (?:and [a-z]+ )?)$")
NATION_ROLE = re.compile(r"([A-Z][a-z]+) (?:[a-z]+ (?:and [a-z]+ )?)$")  # "Canadian animator"
# Verbs whose passive names no one who did a deed ("surrounded by a moat", "served by").
NOT_DEEDS = frozenset(
    """surround border bound serve inhabit govern occupy cover locate situate flank dominate
    follow precede accompany replace succeed know call name term refer influence inspire
    base cause affect characterize mark outnumber""".split()
)
INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}")


# Deeds done once: asked in the past even of "is ... written by" ("Who wrote Zorn Vale?");
# others go in the sentence's tense ("is owned by" -> "Who owns ...?").
DONE_ONCE = frozenset(
    """write direct illustrate design build found establish create compose paint draw produce
    develop invent discover describe recognize recognise name publish form launch orchestrate
    record edit translate sculpt engineer construct originate devise coin take shoot photograph
    carve""".split()
)


def active_verb(participle: str, present: bool = False) -> str | None:
    """``written`` -> ``wrote``, ``owned`` -> ``owned`` (or ``owns`` where ``present`` and
    the deed is not done once); lemminflect's forms."""
    lemma = base_form(participle, "VBN")
    if lemma is None or lemma in NOT_DEEDS:
        return None
    return verb_form(lemma, "VBZ" if present and lemma not in DONE_ONCE else "VBD")


def personal(name: str) -> bool:
    """Whether ``name`` reads as a person's: a given name and a surname, after any initials
    ("L. Frank Baum", "S.J. Suryah")."""
    initials = INITIALS.match(name)
    rest = name[initials.end() :] if initials else name
    if initials and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", rest):
        return True
    return person_shaped(rest)


def _subject(phrase: str, subject: Subject) -> str | None:
    """The passive's subject as it reads inside a question: the article's subject as the
    text mentions it ("poliomyelitis", "The Boondock Saints", "the Toronto Star"), another
    thing with its article in lower case ("the Pioneer Zephyr"); None for a clause."""
    if re.search(r"\b(?:which|who|that|whose|it|they|this|these)\b|\d", phrase):
        return None
    if phrase.lower() in (subject.name.lower(), subject.bare.lower()):
        return subject.mention(start=False)
    first, _, rest = phrase.partition(" ")
    return f"{first.lower()} {rest}" if first in ("The", "A", "An") and rest else phrase


def agent_question(
    sentence: Sentence, span: Span, fine: str, coarse: str, facts: Facts
) -> str | None:
    """The sentence's passive asked in the active voice, the agent ``span`` as its answer:
    "Who first recognized poliomyelitis as a distinct condition in 1840?" (a person), "Which
    company built the Pioneer Zephyr in 1934?" (a kind the wikitext states)."""
    if sentence.lead_in or span.type != "entity":
        return None
    if infobox_gives(span.text, facts):
        return None  # ("Who directed the 1959 film The Angry Red Planet?" stays)
    before, after = sentence.text[: span.start], sentence.text[span.end :]
    tail = TAIL.fullmatch(after)
    if tail is None:
        return None
    role = ROLE.search(before)
    nation = NATION_ROLE.search(before)  # ("by Canadian animator John Kricfalusi")
    role = nation if nation and demonym(nation.group(1)) else role
    core = before[: role.start()] if role and before.endswith(" by " + role.group()) else before
    plain, described = PLAIN.fullmatch(core), DESCRIBED.fullmatch(core)
    found = plain or described
    if found is None or " by " in found.group(0)[: found.start("verb")]:
        return None  # the second of two agents ("written by A and illustrated by B"): one a
        # sentence is asked, and the first is the deed the sentence is about
    dated = bool(tail["when"])  # ("is a photograph taken by Smith in 1971": done then)
    verb = active_verb(found["verb"], present=found["be"] in ("is", "are") and not dated)
    named = _subject(found["subject"], facts.subject)
    if verb is None or named is None:
        return None
    if coarse == "person" or personal(without_title(span.text)):
        wh = "Who"
    elif fine and fine in span.text.lower().split():
        wh = f"Which {fine}"  # ("the Budd Company": which company)
    else:
        return None
    adverb = found["adverb"] or ""
    rest = plain["rest"] if plain else ""
    when = tail["when"] or ""
    return tidy_question(f"{wh} {adverb}{verb} {named}{rest}{when}") + "?"
