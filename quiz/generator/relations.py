"""Items of a person's infobox lines that name one other party: whom they married, and the
teams an athlete's career began with (the college, the drafting team). Each is asked only
where the line names one party alone and the text names it too. (Not a footballer's first
senior club: R460 passed 1 of 3, a club an infobox abbreviates, "FH", or names with its
"FC" while a learner types it without.)"""

from __future__ import annotations

import re

from quiz.generator.facts import InfoboxFact
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.spans import Span

NAME = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|d[aeiu]|de[lrn']?|van|von|der|la|le)){0,5}")
MARRIED = re.compile(r"\s*;?\s*\((?:m\.|married)[^()]*\)\s*$")  # "(m. 1916–1963)"


def relation_items(si: SentenceItems) -> list[FactItems]:
    """The spouse, college and drafting team of the article's person."""
    subject = si.facts.subject
    if not subject.person:
        return []
    person = si.facts.subject_phrase
    lines = {f.name.strip().lower().replace(" ", "_"): f for f in si.facts.infobox}
    out = []
    spouse = lines.get("spouse") or lines.get("spouses")
    if spouse and (name := _one(MARRIED.sub("", spouse.value), person_name=True)):
        if name.split()[-1] != person.split()[-1]:  # (not "Joseph Mee" of Anne Mee: given away)
            out.append(_item(si, spouse, f"Whom did {person} marry?", name, "person"))
    college = lines.get("college")
    if college and (name := _one(college.value)):
        out.append(_item(si, college, f"Which college did {person} attend?", name, "entity"))
    draft = lines.get("draft_team") or lines.get("draftteam")
    if draft and (name := _one(draft.value)):
        out.append(_item(si, draft, f"Which team drafted {person}?", name, "entity"))
    return out


def _one(value: str, person_name: bool = False) -> str:
    """The one name a line gives, or "": not a list, a loan ("→"), a note or a number."""
    value = value.strip()
    if re.search(r"[;,/→(\d]|\band\b|&", value) or not NAME.fullmatch(value):
        return ""
    return value if not person_name or " " in value else ""


def _item(si: SentenceItems, line: InfoboxFact, prompt: str, answer: str, kind: str) -> FactItems:
    key = digest("relation", line.name, answer)
    fact = FactItems(key, -1, f"{line.label}: {line.value}", line.section, kind, 0.85)
    fact.value = answer
    span = Span(0, len(answer), answer, "entity")
    forms = [f for f in si.spellings(span, kind == "person") if f.lower() != answer.lower()]
    fact.options["short_answer"] = si.make("short_answer", fact, prompt, span, accept=forms)
    return fact
