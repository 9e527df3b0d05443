"""English verb forms the wh-questions need: past and present tense to base form (lemminflect)."""

from __future__ import annotations

from quiz.generator.lexicon import base_form


def past_to_base(word: str) -> str | None:
    """``founded`` -> ``found``, ``found`` -> ``find``, ``travelled`` -> ``travel``."""
    return base_form(word, "VBD")


def present_to_base(word: str) -> str | None:
    """``includes`` -> ``include``, ``carries`` -> ``carry`` (None for has/is/does)."""
    return base_form(word, "VBZ")


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
