"""A person's further posts from an infobox's numbered blocks ("office2", "order3" with their
"term_start2", "predecessor2", "successor2"), each asked as the first post is."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from quiz.generator.careers import same_post
from quiz.generator.facts import InfoboxFact
from quiz.generator.items import FactItems
from quiz.generator.kindwording import OFFICE, ORDINAL
from quiz.text import normalize

BLOCK_FIELD = re.compile(r"(office|order|term_start|predecessor|successor)(\d)")
TERM_END = re.compile(r"term_end\d")
ASKED = ("term_start", "predecessor", "successor")
PERSON_NAME = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|d[aei]|de[l']|van|von|la|le)){1,4}")
MOST_BLOCKS = 3  # the first posts a box lists (later ones are the lesser, earlier posts)


@dataclass
class OfficeBlock:
    """One numbered post of an infobox and its lines, named as the first post's are."""

    office: str
    lines: list[InfoboxFact]

    @property
    def context(self) -> str:
        """The block as one line (every item of the block has it, so they are siblings: two
        items a block at most), without its term's dates: a "why" shown after "Who succeeded
        him as Minister of Labour?" gave away "... Minister of Labour from _____ (year) to
        2007", a sentence's item, in the same quiz."""
        parts = {f.name: f.value for f in self.lines}
        said = [self.office]
        for name, verb in (("predecessor", "preceded"), ("successor", "succeeded")):
            if name in parts:
                said.append(f"{verb} by {parts[name]}")
        return "; ".join(said)


def _numbered(infobox: list[InfoboxFact]) -> tuple[dict[str, str], dict[str, list[InfoboxFact]]]:
    """Each numbered block's post and lines (named without their number): a block with lines
    and no post of its own is a further term of the post before it (Berlusconi's
    "term_start2" and "term_start3" under "office = Prime Minister of Italy", R403)."""
    offices: dict[str, str] = {}
    lines: dict[str, list[InfoboxFact]] = {}
    for field in infobox:
        numbered = BLOCK_FIELD.fullmatch(field.name.strip().lower())
        if numbered and numbered[1] in ("office", "order"):
            offices.setdefault(numbered[2], ORDINAL.sub("", field.value.strip()))
        elif numbered or TERM_END.fullmatch(field.name.strip().lower()):
            kind, number = numbered.groups() if numbered else ("term_end", field.name.strip()[-1])
            lines.setdefault(number, []).append(replace(field, name=kind))
    return offices, lines


def _posts(
    offices: dict[str, str], lines: dict[str, list[InfoboxFact]], first_office: str
) -> dict[str, str]:
    """Each numbered block's post (``_numbered``), a block without one taking the post before
    it (the first block, ``first_office``)."""
    posts, last = {}, first_office
    for number in sorted(set(offices) | set(lines)):
        last = offices.get(number, last)
        posts[number] = last
    return posts


def office_blocks(infobox: list[InfoboxFact], first_office: str) -> list[OfficeBlock]:
    """The numbered posts of ``infobox`` whose post reads as one (``OFFICE``) and is held once
    (``careers.same_post``): a post of two blocks (two terms as Prime Minister) has two
    predecessors, and the first post (``first_office``) is asked from its own lines."""
    offices, lines = _numbered(infobox)
    posts = _posts(offices, lines, first_office)
    held = [*posts.values(), first_office]
    blocks = []
    firsts = list(dict.fromkeys(normalize(posts[n]) for n in posts if n in lines))[:MOST_BLOCKS]
    for number in [n for n in posts if n in lines and normalize(posts[n]) in firsts]:
        office = posts[number]
        again = sum(same_post(office, post) for post in held) > 1  # (itself once)
        if not office or not OFFICE.fullmatch(office) or again:
            continue
        if any(f.name in ASKED for f in lines[number]):
            blocks.append(OfficeBlock(office, lines[number]))
    return blocks


def first_post_lines(
    lines: list[InfoboxFact], infobox: list[InfoboxFact], first_office: str
) -> list[InfoboxFact]:
    """``lines`` without the first post's start, predecessor and successor where a numbered
    block holds that post again: they are one term's of two."""
    if not held_again(infobox, first_office):
        return lines
    return [f for f in lines if f.name.strip().lower() not in ASKED]


def held_again(infobox: list[InfoboxFact], first_office: str) -> bool:
    """The first post is held again in a numbered block (a second term)."""
    again = _posts(*_numbered(infobox), first_office).values()
    return any(same_post(first_office, post) for post in again)


def block_items(
    infobox: list[InfoboxFact],
    first_office: str,
    ask: Callable[[InfoboxFact, str], FactItems | None],
    prose: str,
) -> list[FactItems]:
    """The predecessor and successor of each numbered post (``ask``: the infobox item of a
    line as of a post), each with its block as context; none of a membership's ("Who preceded
    X as a member of the Senate?": any of its members), nor one the text (``prose``,
    normalised and spaced) never names: a shadow post's neighbour only the box gives is
    trivia, an acting holder beside the one the text tells of is a second answer (R405)."""
    out = []
    for block in office_blocks(infobox, first_office):
        member = block.office.startswith("Member ") and " for " not in block.office
        if member or block.office.startswith("Shadow "):
            continue  # (an opposition's portfolio is no post held: its neighbours are trivia)
        for line in block.lines:
            if line.name not in ("predecessor", "successor") or not PERSON_NAME.fullmatch(
                line.value
            ):
                continue  # ("Office established", "Position abolished", "himself"; the year a
                # later post began would take the place of the first post's: numbers never
                # outnumber names, select.Bank.numbers_fit)
            if f" {normalize(line.value)} " not in prose:
                continue
            fact = ask(line, block.office)
            if fact is not None and fact.options:
                fact.context = block.context  # (a learner's "why": not "Predecessor2: ...")
                for question in fact.options.values():
                    question.context = block.context
                fact.salience -= 0.05  # (below the first post's)
                out.append(fact)
    return out
