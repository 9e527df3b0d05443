"""Items of a race report's infobox: who took pole position in its main class ("In the MotoGP
race of the 2008 British motorcycle Grand Prix, which rider took pole position?"), with wrong
choices from that class's results table. A support class's pole and any fastest lap are not
asked: R422 failed all five of them as minor statistics, and passed the main class's four poles."""

from __future__ import annotations

import random
import re

from quiz.generator.choices import pick_unreadable
from quiz.generator.facts import InfoboxFact
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.spans import Span
from quiz.generator.tables import PLACING_FIELD, main_class, ranked
from quiz.text import normalize

REPORT = re.compile(r"(?i)grand prix|race report|\brace\b")


def race_items(si: SentenceItems, subject: str, told: str) -> list[FactItems]:
    """The pole sitter of the main class a race report's infobox names, where the article's
    text or tables name the rider too (the winners and the main class's podium come from the
    results tables: ``tables.TableItems``)."""
    facts = si.facts
    if not REPORT.search(f"{facts.infobox_type} {facts.title}"):
        return []
    told = f" {normalize(told)} "  # (``told``: ``mentions.told_text``, normalised here)
    out = []
    main = main_class(facts.infobox)
    for line in facts.infobox:
        found = PLACING_FIELD.fullmatch(line.name.strip())
        if not found or f" {normalize(line.value)} " not in told:
            continue
        feat, who, grade = found.group(1).lower(), found.group(2).lower(), found.group(3) or ""
        if feat != "pole" or grade.lower() != main:
            continue
        fact = _pole(si, line, subject, who, grade)
        if fact is not None:
            out.append(fact)
    return out


def _pole(
    si: SentenceItems, line: InfoboxFact, subject: str, who: str, grade: str
) -> FactItems | None:
    if not re.fullmatch(r"[A-ZÀ-Þ][\w'’. -]{2,40}", line.value) or re.search(r"\d", line.value):
        return None  # a rider's name, not "1:38.232" or a list
    table = _class_table(si, grade)
    if grade and table is None:
        return None  # a class the article's tables never name: "In the 80 race of ..."?
    race = f"In the {table[0]} race of {subject}" if grade and table else f"At {subject}"
    prompt = f"{race}, which {who} took pole position?"
    key = digest("race", line.name, line.value)
    said = f"Pole position, {table[0]}" if grade and table else "Pole position"  # (its "why": not
    context = f"{said}: {line.value}"  # "Pole Rider: ...", the label without its class)
    fact = FactItems(key, -1, context, line.section, "person", 0.9)
    fact.value = line.value
    span = Span(0, len(line.value), line.value, "entity")
    fact.options["short_answer"] = si.make("short_answer", fact, prompt, span)
    others = [n for n in (table[1] if table else []) if normalize(n) != normalize(line.value)]
    wrong = pick_unreadable(line.value, others)  # (riders near the top; nor the longest name)
    if wrong:
        choices = [line.value, *wrong]
        random.Random(f"{si.seed}:{key}").shuffle(choices)
        fact.options["mcq"] = si.make("mcq", fact, prompt, span, choices=choices)
    return fact


def _class_table(si: SentenceItems, grade: str) -> tuple[str, list[str]] | None:
    """The class's name as its results table's heading gives it ("250 cc" for "250", from "250
    cc classification") and the names down that table, or None."""
    for section, rows in si.facts.tables:
        leaf = section.split(" > ")[-1]
        named = re.match(r"(.+?)\s+(?:classification|results?)$", leaf, re.I)
        if not named or (grade and not re.match(rf"{re.escape(grade)}\b", named.group(1), re.I)):
            continue
        if found := ranked(rows):
            return named.group(1), found.names
    return None
