"""A capital's article asked what it is the capital of, as its lead says ("Islamabad is the
capital city of Pakistan" -> "Islamabad is the capital of which country?")."""

from __future__ import annotations

import re

from quiz.generator.article import plain_title
from quiz.generator.gazetteer import country_forms, gazetteer_type
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.spans import Span
from quiz.text import normalize

# The kinds of place a capital is asked of ("of which country?"); a fine type outside these
# ("which city?", "which company?") is no realm with a capital.
CAPITAL_REALMS = frozenset(
    """country state province region county territory island empire kingdom republic
    prefecture department governorate oblast canton district municipality emirate sultanate
    principality duchy federation union""".split()
)
# "is the [administrative] capital [city] [and largest city] of [the U.S. state of] Place":
# the qualifier stays in the question (Pretoria is the administrative capital of a country
# with three); a kind spelled out names the realm ("of the Canadian province of Ontario").
CAPITAL = re.compile(
    r"(?P<name>[^,;()]{2,60}?) is the "
    r"(?P<qualifier>(?:(?:de jure|de facto|official|administrative|national|federal|legislative|"
    r"judicial|executive|political|constitutional|royal|provincial|state|regional|county) )?)"
    r"capital(?: city)?(?: and (?:the )?(?:largest|most populous|biggest|main|principal) "
    r"(?:city|town|settlement))? of "
    r"(?:the (?:[A-Z][\w.]*\.? )?(?P<kind>[a-z]+) of |the )?"
)
# Not the one capital: "one of the capitals", "the capital of X from 1947 to 1960" (a former
# one, said in the present: which years?), a seat it shares ("jointly", "along with").
SHARED = re.compile(
    r"(?i)\b(?:jointly|along with|together with|co-capital|one of)\b|\bfrom \d{3,4}\b"
)


def capital_fact(items: SentenceItems) -> FactItems | None:
    """The capital relation of the lead's first sentence, typed: the realm the subject is
    the capital of, where the sentence names it with a link and the title does not."""
    facts = items.facts
    sentence = facts.opening
    if facts.subject.person or sentence is None or sentence.lead_in:
        return None
    found = CAPITAL.match(sentence.text)
    if found is None or SHARED.search(sentence.text):
        return None
    title = plain_title(facts.title)
    name = found["name"]
    bare = normalize(name.removeprefix("The "))
    if bare not in (normalize(title.removeprefix("The ")), normalize(facts.subject.bare)):
        return None  # the sentence's subject is another's ("Its old town is the capital of")
    span = next((s for s in sentence.spans if s.start == found.end()), None)
    if span is None or span.type != "entity":
        return None  # (a named realm, linked: not "the capital of a small kingdom")
    rest = sentence.text[span.end :]
    if re.match(r" (?:and|or|&) [A-Z]", rest) or re.match(r"'s?\b|’", rest):
        return None  # "of Bosnia and Herzegovina" cut short; "of Pakistan's province": whose?
    place = span.text
    kind = found["kind"] or gazetteer_type(place) or items.types.kind_of(place)[0]
    if kind not in CAPITAL_REALMS:
        return None
    words = set(normalize(place).split())
    if words & set(normalize(facts.title).split()):
        return None  # "Springfield, Illinois": the title gives the state
    qualifier = found["qualifier"]
    prompt = f"{name} is the {qualifier}capital of which {kind}?"
    key = digest(sentence.text, "capital")
    told = sentence.text[: span.end] + "."  # (the clause it asks, not the rest)
    fact = FactItems(key, sentence.index, told, "", "entity", 1.3, value=place)
    answer = Span(span.start, span.end, place, "entity", span.target)
    accept = [form for form in country_forms(place) if form != place]
    fact.options["short_answer"] = items.make("short_answer", fact, prompt, answer, accept=accept)
    return fact
