"""A question's tense as the lead tells its subject: "Where was the headquarters of X?" of a
thing the lead tells in the past, "What position does X play?" of a player who still plays."""

from __future__ import annotations

import re


def in_its_tense(prompt: str, lead: str) -> str:
    """The question in the past where the lead tells of its subject in the past: "Where was
    the headquarters of Four Star Air Cargo?" of an airline that "was a cargo airline" (R238)."""
    lead = re.sub(r"\s*\([^()]*\)", "", lead)  # ("Czechoslovakia (or Czecho-Slovakia; ...) was")
    copula = COPULA.match(lead)  # (the first: not "... is a newspaper that was the largest")
    if not copula or copula[1] not in ("was", "were"):
        return prompt
    return re.sub(r"^(\w+|In which \w+) (is|are) ", lambda m: f"{m[1]} {TENSE[m[2]]} ", prompt)


COPULA = re.compile(r"[^,;(]{1,80}? (is|are|was|were) (?:an?|the)\b")  # "X was an airline"
TENSE = {"is": "was", "are": "were"}


def career_tense(prompt: str, opening: str) -> str:
    """ "What position did X play?" of a player the lead's first sentence says still plays
    ("is an Argentine professional footballer who plays as a forward"): "does X play?"
    (R437); as it is for a former or retired player, or one the lead tells in the past."""
    if not prompt.startswith(PLAYED):
        return prompt
    if re.search(r"\b(?:former|retired|was|were)\b", opening) or not re.search(r"\bis\b", opening):
        return prompt
    return "What position does " + prompt.removeprefix(PLAYED)


PLAYED = "What position did "
