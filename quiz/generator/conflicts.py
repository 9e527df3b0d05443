"""Items of a military conflict's infobox: which side won ("Which side won the Battle of
Fredericia?" -> Denmark, and as a true or a false statement), who commanded each side and
which war it was part of."""

from __future__ import annotations

import re

from quiz.generator.facts import InfoboxFact
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.lexicon import demonym, named_by_adjective, person_shaped
from quiz.generator.spans import Span
from quiz.generator.spellings import other_spellings
from quiz.generator.typeclues import person_like, without_title
from quiz.model import TRUE_FALSE_CHOICES
from quiz.text import normalize

CONFLICT = re.compile(r"(?i)military conflict|\bbattle\b|\bwar\b")
# "Danish victory", "Decisive Allied victory", "[[Byzantine Empire|Byzantine]] victory": the
# winner by name or adjective alone (not "Victory of Botaneiates' forces", "Inconclusive",
# "Croatian tactical defeat", "Iranian victory: Hama Rashid driven into Iraq").
VICTORY = re.compile(
    r"(?:(?:Decisive|Major|Minor|Pyrrhic|Overwhelming|Complete|Crushing) )?"
    r"(?P<side>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) victory"
)
UNKNOWN = re.compile(r"(?i)^(?:unknown|none|n/?a|various)$")
# Names read with "the": "the United Kingdom", "the Kingdom of France", "the Byzantine Empire".
WITH_THE = re.compile(
    r"^(?:United|Kingdom|Empire|Republic|Emirate|Duchy|Grand Duchy|Principality|Sultanate|"
    r"Caliphate|Electorate|County) |\b(?:Empire|Kingdom|Republic|Caliphate|Union|Confederacy|"
    r"Confederation|States|Netherlands|Emirate|Sultanate|Khanate|Shogunate|Army|Navy|forces|"
    r"Company)$|\bStates of\b"  # ("the Honourable East India Company", "the Confederate
    # States of America", R427)
)
WAR = re.compile(r"\b(?:Wars?|Revolt|Rebellion|Campaign|Uprising|Insurgency|Conflict)\b")


def _the(name: str) -> str:
    """ "the Kingdom of France", "the Byzantine Empire"; not before a possessive ("Tecumseh's
    Confederacy won ...", not "The Tecumseh's Confederacy", R427)."""
    possessive = re.match(r"[A-Z][\w.-]*['’]s? ", name)
    return f"the {name}" if WITH_THE.search(name) and not possessive else name


def conflict_items(si: SentenceItems, subject: str, told: str) -> list[FactItems]:
    """Which side won a battle or a war its infobox gives two sides of, where the result names
    one of them and the text tells it; who commanded each side, where the infobox names one
    commander of each, whose names the text gives too."""
    facts = si.facts
    if not CONFLICT.search(facts.infobox_type):
        return []
    lines = {line.name.strip().lower(): line for line in facts.infobox}
    told = f" {normalize(told)} "  # (``told``: ``mentions.told_text``, normalised here)
    part = lines.get("partof") or lines.get("part_of")
    out = [fact] if part and (fact := _part_of(si, subject, part, told)) else []
    sides = [lines.get(f"combatant{n}") for n in (1, 2)]
    if any(side is None or not _one_name(side.value) for side in sides) or "combatant3" in lines:
        return out  # (a side of several, or a third side: who won, and whose forces?)
    one, two = (side.value for side in sides if side is not None)
    result = lines.get("result")
    won = VICTORY.fullmatch(result.value) if result else None
    if result and won:
        winners = [side for side in (one, two) if _names(won["side"], side)]
        if len(winners) == 1:
            loser = two if winners[0] == one else one
            fact = _winner(si, subject, result, (winners[0], loser, won["side"]), told)
            out += [fact] if fact else []
    leaders = [lines.get(f"commander{n}") for n in (1, 2)]
    if WAR.search(subject):
        return out  # (a war's leaders: its infobox names one a side, its text many, R428)
    made = [
        _commander(si, subject, line, side, told)
        for line, side in zip(leaders, (one, two), strict=True)
        if line is not None
    ]
    if len(made) == 2 and all(made):  # (one leader a side, each named in the text: where the
        out += [fact for fact in made if fact]  # infobox leaves a side's out or lists several,
    return out  # the text may name another in command, "MacArthur" beside Stratemeyer, R419)


def _one_name(value: str) -> bool:
    """One side named alone: "Denmark", "Kingdom of France" (not "Thebes; Argos; Athens")."""
    return bool(re.fullmatch(r"[A-Z][\w'’.-]*(?: (?:of |the |de )?[A-Z][\w'’.-]*){0,4}", value))


def _names(adjective: str, side: str) -> bool:
    """The result's "Danish" (or "United States") names the side "Denmark" ("United States",
    "First French Empire"; "British" the "Kingdom of Great Britain": ``named_by_adjective``
    of the side, its place after "of", or one of its words)."""
    if f" {adjective} " in f" {side} ":
        return True
    named = {side, side.rpartition(" of ")[2], *side.split()}
    return any(named_by_adjective(name, adjective) for name in named)


def _winner(
    si: SentenceItems,
    subject: str,
    result: InfoboxFact,
    named: tuple[str, str, str],
    told: str,
) -> FactItems | None:
    """ "Which side won the Battle of Fredericia?" -> Denmark; "Denmark won ..." (True) and
    "Schleswig-Holstein won ..." (False), of the ``named`` winner, loser and the result's word
    for the winner ("Danish"): not where the title names either side (the "Danish siege of X"
    gives it away) or the text names neither."""
    winner, loser, said = named
    title = f" {normalize(si.facts.title)} "
    if any(f" {normalize(name)} " in title for name in named):
        return None
    if f" {normalize(winner)} " not in told and f" {normalize(said)} " not in told:
        return None  # (the text never says who won: an infobox line alone)
    key = digest("conflict", "won", result.value)
    fact = FactItems(key, -1, f"{result.label}: {result.value}", result.section, "entity", 0.9)
    fact.value = winner
    span = Span(0, len(winner), winner, "entity")
    prompt = f"Which side won {subject}?"
    accept = [*([said] if said != winner else []), *other_spellings(span, si.types)]  # ("UK")
    fact.options["short_answer"] = si.make("short_answer", fact, prompt, span, accept=accept)
    for option, name, truth in (("tf_true", winner, "True"), ("tf_false", loser, "False")):
        side = _the(name)
        statement = f"{side[:1].upper()}{side[1:]} won {subject}."
        made = si.make("true_false", fact, statement, span, answer=truth, truth=truth.lower())
        made.choices = list(TRUE_FALSE_CHOICES)
        fact.options[option] = made
    return fact


def _commander(
    si: SentenceItems, subject: str, line: InfoboxFact, side: str, told: str
) -> FactItems | None:
    """ "Who commanded the forces of Denmark at the Battle of Fredericia?" where the infobox
    names one commander of that side, a person whose surname the text uses too."""
    name = without_title(line.value)
    if UNKNOWN.match(name) or not re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){1,4}", name):
        return None  # (one name of two words or more: not a list, not "Hartsink" alone)
    if not (person_like(name) or person_shaped(name) or si.types.coarse.get(name) == "person"):
        return None
    if f" {normalize(name.split()[-1])} " not in told:
        return None  # a name the text never uses
    if normalize(side) in normalize(si.facts.title):
        return None
    key = digest("conflict", line.name, line.value)
    fact = FactItems(key, -1, f"{line.label}: {line.value}", line.section, "person", 0.85)
    fact.value = name
    linked = next((link for link in line.links if link in name), "")  # ("Don [[Felix O'Neil]]":
    span = Span(0, len(name), name, "entity", linked)  # "Felix O'Neil" is right too)
    prompt = f"Who commanded the forces of {_the(side)} at {subject}?"  # (a battle's: see above)
    accept = [line.value] if line.value != name else []
    accept += other_spellings(span, si.types)
    accept += [part for part in _told_alone(name, si.facts.prose) if part not in accept]
    fact.options["short_answer"] = si.make("short_answer", fact, prompt, span, accept=accept)
    return fact


# The war a battle was part of ("the Corinthian War", "the Napoleonic Wars", "World War I"),
# and every war's name the text gives, to find a second war the battle was also part of.
WAR_NAME = re.compile(r"\b(?:[A-Z][\w'’–-]*\s)+Wars?(?: I{1,2}\b)?(?: of [A-Z][\w'’-]*)?")


WORLD_WARS = {
    "World War I": ("First World War", "WWI", "WW1", "Great War"),
    "World War II": ("Second World War", "WWII", "WW2"),
}


def _part_of(si: SentenceItems, subject: str, line: InfoboxFact, told: str) -> FactItems | None:
    """ "The Battle of Nemea was part of which war?" -> the Corinthian War, where the infobox
    names one war the text tells and the text names no other war (the French and Indian War
    beside the Seven Years' War it was part of: both would be right)."""
    value = re.sub(r"^[Tt]he ", "", line.value.strip())
    if not WAR_NAME.fullmatch(value) or normalize(value) in normalize(si.facts.title):
        return None
    if f" {normalize(value)} " not in told:
        return None  # (an infobox line the text never tells)
    named = {normalize(m.group()) for m in WAR_NAME.finditer(si.facts.prose)}
    title = normalize(si.facts.title)
    if any(name not in normalize(value) and name not in title for name in named):
        return None
    sides = " ".join(
        row.value for row in si.facts.infobox if row.name.strip().lower().startswith("combatant")
    )
    stems = {word[:5] for word in f"{title} {normalize(sides)}".split() if len(word) >= 4}
    if any(word[:5] in stems for word in normalize(value).split() if len(word) >= 4):
        return None  # "Air Battle of South Korea" -> the Korean War (R426); a side the bank's
        # other items name: "Confederate States of America" -> the American Civil War (R427)
    key = digest("conflict", "partof", line.value)
    fact = FactItems(key, -1, f"{line.label}: {line.value}", line.section, "entity", 0.8)
    fact.value = value
    span = Span(0, len(value), value, "entity", next(iter(line.links), ""))
    kind = "series of wars" if value.endswith("Wars") else "war"  # (not "which conflict?":
    prompt = f"{subject[:1].upper()}{subject[1:]} was part of which {kind}?"  # its campaign, R426)
    accept = [*WORLD_WARS.get(value, ()), *other_spellings(span, si.types)]  # (the checker
    # takes "the Corinthian War" as it is)
    plain = re.fullmatch(r"([A-Z][a-z]+) ([A-Z][a-z]+ Wars?)", value)  # the American Civil War
    if plain and demonym(plain[1]):  # typed "Civil War" (R455); never "War" alone ("Korean")
        accept.append(plain[2])
    fact.options["short_answer"] = si.make("short_answer", fact, prompt, span, accept=accept)
    return fact


def _told_alone(name: str, prose: str) -> list[str]:
    """The part of a person's name the text calls them by: the last ("Matsui" of Iwane
    Matsui), or the first where the text never uses the last alone ("Tang" of Tang Shengzhi,
    whose family name comes first; R455); never a given name beside a surname ("Thomas")."""
    parts = name.split()
    if len(parts) < 2:
        return []
    whole = len(re.findall(rf"\b{re.escape(name)}\b", prose))
    for part in (parts[-1], parts[0]):
        if len(re.findall(rf"\b{re.escape(part)}\b", prose)) - whole >= 2:
            return [part] if len(part) >= 3 and part[0].isupper() else []
    return []
