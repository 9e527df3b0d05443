"""Items of a person's infobox lines that name one other party: whom they married, and the
teams an athlete's career began with (the college, the drafting team). Each is asked only
where the line names one party alone and the text names it too. (Not a footballer's first
senior club: R460 passed 1 of 3, a club an infobox abbreviates, "FH", or names with its
"FC" while a learner types it without.)"""

from __future__ import annotations

import re

from quiz.generator.contests import PROPER_NAME, line_item
from quiz.generator.items import FactItems, SentenceItems
from quiz.generator.spellings import surname_forms

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
            wed = _married_name(si, name, person)  # ("Alma Powell", R474)
            prompt = f"Whom did {person} marry?"
            out.append(line_item(si, spouse, prompt, name, "person", wed, salience=0.85))
    college = lines.get("college")
    if college and (name := _one(college.value)):
        prompt = f"Which college did {person} attend?"
        out.append(line_item(si, college, prompt, name, "entity", salience=0.85))
    draft = lines.get("draft_team") or lines.get("draftteam")
    if draft and (name := _one(draft.value)):
        prompt = f"Which team drafted {person}?"
        out.append(line_item(si, draft, prompt, name, "entity", salience=0.85))
    return out


def _married_name(si: SentenceItems, wife: str, husband: str) -> list[str]:
    """A wife's name as she may have taken her husband's surname ("Alma Powell" of Colin
    Powell's "Alma Johnson"); none of a ruler's consort ("Cleopatra Balas") or where the
    article's person is a woman."""
    royal = re.search(r"(?i)royal|monarch|noble|emperor|pharaoh|peer", si.facts.infobox_type)
    surname = surname_forms(husband)
    if si.facts.subject.pronoun != "he" or royal or not surname or len(wife.split()) < 2:
        return []
    return [f"{wife.split()[0]} {surname[0]}"]


def _one(value: str, person_name: bool = False) -> str:
    """The one name a line gives, or "": not a list, a loan ("→"), a note or a number."""
    value = value.strip()
    if re.search(r"[;,/→(\d]|\band\b|&", value) or not PROPER_NAME.fullmatch(value):
        return ""
    return value if not person_name or " " in value else ""
