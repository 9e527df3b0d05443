"""A species' conservation status, as its taxobox gives it and its text tells it ("What is the
conservation status of Pallas's cat on the IUCN Red List?" -> Near Threatened), with the
neighbouring categories as wrong choices."""

from __future__ import annotations

import random
import re

from quiz.generator.facts import InfoboxFact
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.spans import Span
from quiz.model import TRUE_FALSE_CHOICES

# The IUCN Red List's categories of assessed species, from the least to the most threatened.
CATEGORIES = (
    "Least Concern",
    "Near Threatened",
    "Vulnerable",
    "Endangered",
    "Critically Endangered",
    "Extinct in the Wild",
    "Extinct",
)
CODES = ("LC", "NT", "VU", "EN", "CR", "EW", "EX")
# A category as the text names it (capitalised, as the Red List's: not "an endangered bird"),
# the longer names first ("Critically Endangered" is no "Endangered").
TOLD = re.compile(
    "|".join(rf"\b{re.escape(name)}\b" for name in sorted(CATEGORIES, key=len, reverse=True))
)


def status_items(si: SentenceItems, subject: str) -> list[FactItems]:
    """The species' IUCN status where the taxobox gives it and the text names that category
    and no other (a status the text tells otherwise, or as changed, has two answers)."""
    facts = si.facts
    if not re.search(r"(?i)taxobox|speciesbox", facts.infobox_type):
        return []
    lines = {line.name.strip().lower(): line for line in facts.infobox}
    status, system = lines.get("status"), lines.get("status_system")
    if status is None or system is None or not system.value.lower().startswith("iucn"):
        return []
    code = status.value.strip().upper()
    if code not in CODES:
        return []  # ("DOM", "NE": no category of an assessed species)
    rank = CODES.index(code)
    if set(TOLD.findall(facts.prose)) != {CATEGORIES[rank]}:
        return []
    return [_status(si, subject, status, rank)]


def _status(si: SentenceItems, subject: str, line: InfoboxFact, rank: int) -> FactItems:
    answer = CATEGORIES[rank]
    key = digest("conservation", si.facts.title, line.value)  # (its choices' order: not one
    # order for every species of a status, R423: "Least Concern" last in 11 of 13)
    context = f"Conservation status: {answer} (IUCN Red List)"
    fact = FactItems(key, -1, context, line.section, "entity", 0.85)
    fact.value = answer
    span = Span(0, len(answer), answer, "entity")
    prompt = f"What is the conservation status of {subject} on the IUCN Red List?"
    fact.options["short_answer"] = si.make("short_answer", fact, prompt, span)
    rng = random.Random(f"{si.seed}:{key}")
    others = sorted(
        (name for name in CATEGORIES if name != answer),
        key=lambda name: (abs(CATEGORIES.index(name) - rank), rng.random()),
    )
    choices = [answer, *others[:3]]  # (the nearest categories: all four could be believed)
    rng.shuffle(choices)
    fact.options["mcq"] = si.make("mcq", fact, prompt, span, choices=choices)
    named = subject[:1].upper() + subject[1:]
    for option, said, truth in (("tf_true", answer, "True"), ("tf_false", others[0], "False")):
        statement = f"{named} is listed as {said} on the IUCN Red List."
        made = si.make("true_false", fact, statement, span, answer=truth, truth=truth.lower())
        made.choices = list(TRUE_FALSE_CHOICES)
        fact.options[option] = made
    return fact
