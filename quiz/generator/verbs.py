"""English verb forms the wh-questions need: past and present tense to base form (lemminflect)."""

from __future__ import annotations

import re
from functools import lru_cache

AUXILIARIES = {"be", "have", "do"}


@lru_cache(maxsize=8192)
def _base(word: str, tag: str) -> str | None:
    """The base form of ``word`` when it is that verb's ``tag`` form (lemminflect's data)."""
    from lemminflect import getAllLemmas, getInflection  # ~0.2 s of data: load on first use

    if not re.fullmatch(r"[a-z]{2,}", word):
        return None
    for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()):
        if lemma not in AUXILIARIES and word in getInflection(lemma, tag=tag):
            return str(lemma)
    return None


def past_to_base(word: str) -> str | None:
    """``founded`` -> ``found``, ``found`` -> ``find``, ``travelled`` -> ``travel``."""
    return _base(word, "VBD")


def present_to_base(word: str) -> str | None:
    """``includes`` -> ``include``, ``carries`` -> ``carry`` (None for has/is/does)."""
    return _base(word, "VBZ")


SAME_PARTICIPLE = {"built", "led", "won", "held", "made", "bought", "sold", "sent", "paid", "kept"}
COUNT_VERBS = {
    "include",
    "operate",
    "maintain",
    "possess",
    "employ",
    "own",
    "field",
    "comprise",
    "contain",
    "number",
    "list",
    "host",
    "feature",
    "publish",
    "run",
    "use",
    "hold",
}
COLLECTIVE_PLURALS = {
    "personnel",
    "people",
    "men",
    "women",
    "children",
    "staff",
    "troops",
    "aircraft",
    "police",
    "cattle",
    "sheep",
    "fish",
    "deer",
    "crew",
    "infantry",
    "cavalry",
    "artillery",
    "residents",
}
