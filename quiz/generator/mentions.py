"""Whether the article returns to an answer: a fact it tells once, or an infobox line its text
never tells, is not asked."""

from __future__ import annotations

import re

from quiz.generator.article import life_field
from quiz.generator.facts import Facts, InfoboxFact
from quiz.generator.items import FactItems

# Infobox lines that sort the subject into a class the text need not name: a player's
# position, a member's party, a taxon's ranks (reviews passed 94% of positions the text never
# names, 92% of parties, 85% of orders; other lines 61%, R296-R362). Not an officer's rank:
# "Flight lieutenant" where the text promotes him to Flying Officer, "Private First Class"
# beside the text's "Pvt." (R367, R372: 9 of 11 passed)
CLASSIFYING = frozenset(
    "position positions party regnum phylum divisio classis ordo order familia family "
    "subfamilia tribus genus".split()
)
YEAR = re.compile(r"\b(1\d{3}|20\d\d)\b")


def told_text(facts: Facts) -> str:
    """All the article tells in its own words: its running text, its lists' items and its
    tables' cells (not its infobox)."""
    items = (item for _, _, listed in facts.lists for item in listed)
    cells = (cell.text for _, rows in facts.tables for row in rows for cell in row)
    return "\n".join([facts.prose, *items, *cells])


def _forms(fact: FactItems) -> list[str]:
    """What to look for: the answer's year when it is a short date ("March 1991"), else the
    answer without its bracket or after its first comma ("Rumson, New Jersey" -> Rumson), and
    its accepted forms of two words or more ("Ilham Aliyev" for "President Ilham Aliyev")."""
    value = fact.value
    if len(value) < 20 and (year := YEAR.search(value)):
        return [year.group()]
    core = re.sub(r"\s*\([^)]*\)", "", value).split(",")[0].strip()
    accepted = [
        str(form)
        for question in fact.options.values()
        for form in question.accept
        if len(str(form).split()) >= 2
    ]
    return [form for form in [core, *accepted] if form]


def mentions(fact: FactItems, told: str) -> int:
    """How many times ``told`` gives the fact's answer (the most of any of its forms; a shorter
    form not where a name outside the answer leads it: "Staples Lewis" of "Clive Staples
    Lewis" is not in "Charlotte Staples Lewis", R451)."""
    core, *accepted = _forms(fact) or [""]
    own = frozenset(fact.value.split())
    counts = [_whole_words(form, told, own) for form in accepted]
    return max([_whole_words(core, told) if core else 0, *counts])


def _whole_words(form: str, told: str, own: frozenset[str] | None = None) -> int:
    """How many times ``form`` stands in ``told`` as whole words, as ``(?<!\\w)form(?!\\w)``
    would find them (``str.find`` scans a long text many times faster than that pattern), and
    with ``own``, not after a capitalised word that is not one of them."""
    count, at = 0, told.find(form)
    while at >= 0:
        end = at + len(form)
        before, after = told[at - 1 : at], told[end : end + 1]
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            led = re.search(r"([A-Z][\w'’-]*) $", told[max(0, at - 30) : at]) if own else None
            count += led is None or own is None or led[1] in own
            at = told.find(form, end)
        else:
            at = told.find(form, at + 1)
    return count


def returned_to(fact: FactItems, told: str, infobox: list[InfoboxFact]) -> bool:
    """Whether the article tells ``fact`` more than once, or it is one it need not.

    - A sentence's answer that no other sentence and no infobox line gives (one year of a
      career, a name met once) passed 69% of reviews; twice or more, 88% (R296-R362).
    - An infobox line the text never tells (a budget, a designer, a successor) passed 61%,
      told at least once 88%; a birth or death and a line that classifies
      (``CLASSIFYING``) are asked all the same.
    """
    if not fact.value or fact.answer_type == "statement":
        return True
    if fact.sentence >= 0:
        if mentions(fact, told) >= 2:
            return True
        return any(form in line.value for line in infobox for form in _forms(fact))
    line = next((f for f in infobox if fact.context == f"{f.label}: {f.value}"), None)
    if line is None:
        return True  # a list's or a table's item
    name = line.name.strip().lower().replace(" ", "_")
    if life_field(name) or name in CLASSIFYING:
        return True
    return mentions(fact, told) >= 1


def asked_told(facts: list[FactItems], told: str, infobox: list[InfoboxFact]) -> list[FactItems]:
    """``facts`` with the questions of those the article does not return to taken out (its
    true/false statements stay: ``returned_to`` was measured on the other kinds)."""
    kept = []
    for fact in facts:
        if not returned_to(fact, told, infobox):
            fact.options = {k: q for k, q in fact.options.items() if k.startswith("tf_")}
        if fact.options:
            kept.append(fact)
    return kept
