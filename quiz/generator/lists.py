"""Questions about lists: "date – holiday" pairs and "Name one of ..." lead-ins."""

from __future__ import annotations

import re

from quiz.generator.facts import Sentence

PAIR = re.compile(r"^(?P<left>[^–—]{2,40}?) [–—] (?P<right>[^–—;,()]{2,60})$")
DAY_MONTH = re.compile(r"^(\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})$")


def pairs(items: list[Sentence]) -> list[tuple[Sentence, str, str]]:
    """``14 February – Air Force Day`` items of a list, as (item, left, right)."""
    out = []
    for item in items:
        match = PAIR.match(item.text.rstrip("."))
        if match and len(match["right"].split()) <= 7:
            out.append((item, match["left"].strip(), match["right"].strip()))
    return out


def pair_prompt(lead: str, left: str) -> str:
    listed = re.match(r"^The following are the (.+) in the article$", lead)
    if listed and DAY_MONTH.match(left):
        return f"Which of the {listed.group(1)} listed in the article falls on {left}?"
    if listed:
        return f"Which of the {listed.group(1)} listed in the article goes with {left}?"
    if DAY_MONTH.match(left):
        return f"{lead}. Which one falls on {left}?"
    return f"{lead}. Which one goes with {left}?"


DESCRIBED = re.compile(
    r"^(?P<name>[A-Z0-9][^,–—:;()]{2,50}?)(?:,| [–—]|:) (?P<desc>[a-z][^.;]{3,80})\.?$"
)


def described(items: list[Sentence]) -> list[tuple[Sentence, str, str]]:
    """``RPE Iglim, aviation and shipbuilding`` items of a list, as (item, name, description)."""
    out = []
    for item in items:
        match = DESCRIBED.match(item.text)
        if match and len(match["desc"].split()) <= 12 and match["name"][:1].isupper():
            out.append((item, match["name"].strip(), match["desc"].strip()))
    return out


def lead_phrase(lead: str) -> str:
    """ "The major military companies of X are" -> "the major military companies of X"."""
    phrase = re.sub(
        r"(?i)\s+(?:are|is|were|was|include|includes|included|consist of|"
        r"comprise|comprises)\s*:?$",
        "",
        lead.rstrip(":").strip(),
    )
    if re.match(r"(?i)^the following\b", phrase):
        return ""
    return phrase[:1].lower() + phrase[1:] if phrase.startswith("The ") else phrase


# "Joseph E. Atkinson (1899–1948)" or "1945–1961: Bert Herdman – Oversaw ...": who held a post
# when, in a list under a heading such as "Publishers" or "Managers".
TENURE = re.compile(
    r"^(?:(?P<name>[A-Z][\w.'’ -]{2,40}?) \((?P<a>\d{4})(?:\s?[–-]\s?(?P<b>\d{4}|present))?\)"
    r"|(?P<a2>\d{4})(?:\s?[–-]\s?(?P<b2>\d{4}|present))?:? (?P<name2>[A-Z][\w.'’ -]{2,40}?))"
    r"(?:\s?[–—:,].*)?$"
)


def tenures(items: list[str]) -> list[tuple[str, str, str]]:
    """(name, start, end) of list items that give a name and its years ("" end: one year)."""
    out = []
    for item in items:
        match = TENURE.match(item)
        if not match:
            continue
        name = (match["name"] or match["name2"] or "").strip()
        start = match["a"] or match["a2"]
        end = match["b"] or match["b2"] or ""
        if name and not re.search(r"\d", name) and len(name.split()) <= 5:
            out.append((name, start, end))
    return out
