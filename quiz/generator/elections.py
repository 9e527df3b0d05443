"""Items of an election's infobox: who won a single-seat election ("Who won the 2004 Washington
gubernatorial election?" -> Christine Gregoire), asked typed and as a true and a false statement
(the runner-up "won" it)."""

from __future__ import annotations

import re

from quiz.generator.facts import InfoboxFact
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.spans import Span
from quiz.generator.spellings import other_spellings
from quiz.model import TRUE_FALSE_CHOICES
from quiz.text import normalize

ELECTION = re.compile(r"(?i)\belection\b")
NOMINEE = re.compile(r"(?i)(?:nominee|candidate)(\d+)")
# A seat's holder named in one name (not "[[Gary Hart]] ([[incumbent]])", "Vacant", a list).
ONE_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,4}")


def election_items(si: SentenceItems, subject: str, told: str) -> list[FactItems]:
    """Who won an election whose infobox names its nominees (a seat's election, not a
    parliament's: those name party leaders), where the infobox's winner and the votes agree and
    the text names the winner and the runner-up."""
    facts = si.facts
    if not ELECTION.search(facts.infobox_type):
        return []
    lines = {line.name.strip().lower(): line for line in facts.infobox}
    if normalize(lines["ongoing"].value if "ongoing" in lines else "") == "yes":
        return []  # (no result yet, as the article was written)
    if any(name.startswith(("leader", "seats")) for name in lines):
        return []  # a parliament's election: won by a party, its leader not elected to a seat
    nominees = {
        found[1]: line.value
        for name, line in lines.items()
        if (found := NOMINEE.fullmatch(name)) and ONE_NAME.fullmatch(line.value)
    }
    if len(nominees) < 2 or len(nominees) < len([n for n in lines if NOMINEE.fullmatch(n)]):
        return []  # (one nominee, or one of them no single name: whom did they beat?)
    ranked = _by_votes(lines, nominees)
    if not ranked:
        return []
    winner, runner_up = ranked[0], ranked[1]
    after = lines.get("after_election")
    if after is not None and normalize(after.value) != normalize(winner):
        return []  # the box's winner is not the one with most votes: a runoff, an error
    told = f" {normalize(told)} "  # (``told``: ``mentions.told_text``, normalised here)
    title = f" {normalize(facts.title)} "
    if any(f" {normalize(name)} " in title for name in ranked):
        return []  # ("Ted Kennedy's 1962 campaign" gives it away)
    if any(f" {normalize(name.split()[-1])} " not in told for name in (winner, runner_up)):
        return []  # (the text never names them: an infobox line alone)
    line = after or next(ln for ln in facts.infobox if ln.value == winner)
    return [_winner(si, subject, line, winner, runner_up)]


def _by_votes(lines: dict[str, InfoboxFact], nominees: dict[str, str]) -> list[str]:
    """The nominees by their popular vote, most first; none where a vote is missing or the
    first two tie."""
    votes = {}
    for number, name in nominees.items():
        vote = lines.get(f"popular_vote{number}")
        digits = re.sub(r"[,\s]", "", vote.value) if vote else ""
        if not digits.isdigit():
            return []
        votes[name] = int(digits)
    ranked = sorted(votes, key=lambda name: -votes[name])
    return ranked if votes[ranked[0]] > votes[ranked[1]] else []


def _winner(
    si: SentenceItems, subject: str, line: InfoboxFact, winner: str, runner_up: str
) -> FactItems:
    key = digest("election", "won", winner)
    fact = FactItems(key, -1, f"Elected: {winner}", line.section, "person", 0.9)  # (its "why":
    # not the box's label, "After election: ...")
    fact.value = winner
    linked = next((link for link in line.links if link in winner), "")
    span = Span(0, len(winner), winner, "entity", linked)
    prompt = f"Who won {subject}?"
    surname = winner.split()[-1]  # ("Gregoire" for Christine Gregoire)
    accept = list(dict.fromkeys([*other_spellings(span, si.types), surname]))
    fact.options["short_answer"] = si.make("short_answer", fact, prompt, span, accept=accept)
    for option, name, truth in (("tf_true", winner, "True"), ("tf_false", runner_up, "False")):
        statement = f"{name} won {subject}."
        made = si.make("true_false", fact, statement, span, answer=truth, truth=truth.lower())
        made.choices = list(TRUE_FALSE_CHOICES)
        fact.options[option] = made
    return fact
