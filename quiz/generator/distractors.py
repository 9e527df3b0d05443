"""Plausible wrong answers of the same type as the answer: numbers, years, dates, entities."""

from __future__ import annotations

import random
import re

from quiz.generator.facts import Facts, Sentence
from quiz.generator.spans import Span
from quiz.generator.templates import MONTHS
from quiz.text import normalize

ORG_HEADS = {
    "army",
    "forces",
    "force",
    "navy",
    "corps",
    "division",
    "brigade",
    "regiment",
    "ministry",
    "service",
    "party",
    "council",
    "committee",
    "organization",
    "organisation",
    "agency",
    "institute",
    "university",
    "college",
    "school",
    "academy",
    "company",
    "group",
    "association",
    "union",
    "guard",
    "troops",
    "command",
    "bank",
    "church",
    "society",
    "club",
    "museum",
    "department",
    "office",
    "parliament",
    "assembly",
    "government",
    "court",
    "board",
    "station",
    "railway",
    "hospital",
    "prison",
    "newspaper",
    "magazine",
    "network",
    "corporation",
    "fleet",
}
EVENT_HEADS = {
    "war",
    "battle",
    "operation",
    "revolution",
    "treaty",
    "agreement",
    "crisis",
    "conflict",
    "campaign",
    "parade",
    "games",
    "olympics",
    "rebellion",
    "uprising",
    "siege",
    "election",
    "prize",
    "award",
    "medal",
    "order",
}
PLACE_HEADS = {
    "base",
    "flotilla",
    "sea",
    "river",
    "lake",
    "mountain",
    "mountains",
    "island",
    "islands",
    "bay",
    "airport",
    "port",
    "square",
    "street",
    "road",
    "bridge",
    "park",
    "castle",
    "hall",
    "tower",
    "moor",
    "valley",
    "peninsula",
    "region",
    "province",
    "county",
    "district",
    "city",
    "town",
    "village",
    "coast",
    "ocean",
    "gulf",
    "strait",
    "canal",
    "forest",
    "desert",
}
TITLES = re.compile(
    r"(President|General|Gen\.|Lt-Gen\.|Maj-Gen\.|Colonel|Col\.|Dr\.|Sir|Lord|Lady|Mr\.?|"
    r"Mrs\.?|King|Queen|Prince|Princess|Minister|Admiral|Captain|Major|Professor|Prof\.)\s+$"
)
DEMONYM = re.compile(r"(i|an|ian|ese|ish|ic|ch|soviet|us|uk|national|royal|state)$")
FUNCTION_WORDS = {"of", "the", "and", "in", "for", "on", "at", "de", "la", "von", "van", "du"}


def normalise(text: str) -> str:
    """Comparison form: no diacritics, case, punctuation (but % and $) or leading article; the
    answer checker's rules (:func:`quiz.text.normalize`), so no distractor is accepted as the
    answer."""
    return normalize(text, "%$")


def entity_class(text: str, before: str = "") -> str:
    """Coarse type of an entity: person, org, event, place-or-thing, or common (lowercase)."""
    words = text.split()
    if not words or not text[0].isupper():
        return "common"
    head = words[-1].lower().strip(".,")
    if head in ORG_HEADS or any(w.lower() in ORG_HEADS for w in words[:-1]) and "of" in words:
        return "org"
    if head in EVENT_HEADS or words[0].lower() in EVENT_HEADS:
        return "event"
    if head in PLACE_HEADS:
        return "place"
    if TITLES.search(before):
        return "person"
    caps = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in caps)
        and not any(ch.isdigit() for ch in text)
        and not any(w.lower() in FUNCTION_WORDS for w in words)
    ):
        return "name"
    return "proper"


def _number_value(text: str) -> float | None:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not match:
        return None
    try:
        return float(match.group().replace(",", ""))
    except ValueError:
        return None


def _format_like(value: float, template: str) -> str:
    """Format ``value`` like the number in ``template`` (commas, decimals, prefix, suffix)."""
    match = re.search(r"\d[\d,]*(?:\.(\d+))?", template)
    assert match is not None
    decimals = len(match.group(1) or "")
    body = f"{value:,.{decimals}f}" if "," in match.group() else f"{value:.{decimals}f}"
    return template[: match.start()] + body + template[match.end() :]


def _round_like(value: float, original: float, decimals: int) -> float:
    """Round ``value`` to the precision of ``original`` (decimals, or its trailing zeros)."""
    if decimals:
        return round(value, decimals)
    digits = str(int(original))
    step = 10 ** (len(digits) - len(digits.rstrip("0")))
    return float(max(step, round(value / step) * step))


def number_distractors(answer: str, rng: random.Random, count: int = 3) -> list[str]:
    """Numbers of the same format at a similar magnitude (never equal to the answer)."""
    value = _number_value(answer)
    if value is None or value == 0:
        return []
    match = re.search(r"\d[\d,]*(?:\.(\d+))?", answer)
    decimals = len(match.group(1) or "") if match else 0
    # Uneven factors: with 0.5x and 2x among the choices the answer shows as their common base.
    factors = [0.55, 0.65, 0.75, 0.85, 1.2, 1.35, 1.55, 1.7, 1.9, 0.45]
    rng.shuffle(factors)
    out: list[str] = []
    seen = {normalise(answer)}
    for factor in factors:
        candidate = _round_like(value * factor, value, decimals)
        if "%" in answer and candidate >= 100:
            continue
        text = _format_like(candidate, answer)
        if normalise(text) not in seen and candidate != value:
            seen.add(normalise(text))
            out.append(text)
        if len(out) == count:
            break
    return out


def _same_side(candidate: int, year: int, anchors: list[int]) -> bool:
    """Keep a distractor on the same side of every other year in the sentence as the answer,
    so that "in 1979 ... last endorsed in 1972" never offers 1990 (impossible, so a giveaway)."""
    for anchor in anchors:
        if (candidate - anchor) * (year - anchor) <= 0 and anchor != year:
            return False
    return True


def year_distractors(
    answer: str,
    years: list[int],
    rng: random.Random,
    count: int = 3,
    avoid: set[str] | frozenset[str] = frozenset(),
    anchors: list[int] | None = None,
) -> list[str]:
    """Real years from the article near the answer, else nearby years."""
    year = int(answer)
    anchors = anchors or []
    years = [y for y in years if _same_side(y, year, anchors)]
    near = sorted(
        {y for y in years if y != year and abs(y - year) <= 40 and str(y) not in avoid},
        key=lambda y: (abs(y - year), y),
    )
    picked = near[: count + 2]
    rng.shuffle(picked)
    picked = picked[:count]
    offsets = [1, -1, 2, -2, 3, -3, 5, -5, 10, -10]
    rng.shuffle(offsets)
    latest = max(years + [year])
    for off in offsets:
        if len(picked) == count:
            break
        cand = year + off
        if not _same_side(cand, year, anchors):
            continue
        if cand != year and cand not in picked and cand <= latest and str(cand) not in avoid:
            picked.append(cand)
    return [str(y) for y in picked[:count]]


DATE_PARTS = re.compile(
    rf"^(?:(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})|({'|'.join(MONTHS)}) (\d{{1,2}}), (\d{{4}})"
    rf"|({'|'.join(MONTHS)}) (\d{{4}}))$"
)


def date_distractors(
    answer: str, rng: random.Random, count: int = 3, anchors: list[int] | None = None
) -> list[str]:
    """Dates in the answer's format that differ in day, month or year (same side of anchors)."""
    match = DATE_PARTS.match(answer)
    if not match:
        return []
    g = match.groups()
    if g[0]:
        day, month, year, style = int(g[0]), g[1], int(g[2]), "dmy"
    elif g[3]:
        day, month, year, style = int(g[4]), g[3], int(g[5]), "mdy"
    else:
        day, month, year, style = 0, g[6], int(g[7]), "my"
    out: list[str] = []
    tries = 0
    while len(out) < count and tries < 50:
        tries += 1
        d, m, y = day, MONTHS.index(month), year
        change = rng.choice(["day", "month", "year"] if day else ["month", "year"])
        if change == "day":
            d = rng.choice([x for x in range(1, 29) if x != day])
        elif change == "month":
            m = rng.choice([x for x in range(12) if x != m])
        else:
            y = year + rng.choice([-3, -2, -1, 1, 2, 3])
            if not _same_side(y, year, anchors or []):
                continue
        name = MONTHS[m]
        text = {"dmy": f"{d} {name} {y}", "mdy": f"{name} {d}, {y}", "my": f"{name} {y}"}[style]
        if text != answer and text not in out:
            out.append(text)
    return out


def _entity_score(answer: Span, cand: str, answer_cls: str, cand_cls: str, shared: bool) -> float:
    if cand_cls != answer_cls:
        return -1.0
    score = 1.0
    a_words, c_words = answer.text.split(), cand.split()
    if a_words[-1].lower() == c_words[-1].lower():
        score += 2.0
    if shared:
        score += 3.0
    score -= 0.3 * abs(len(a_words) - len(c_words))
    if answer_cls == "name":
        score += 0.5
    return score


def entity_distractors(
    answer: Span,
    sentence: Sentence,
    facts: Facts,
    rng: random.Random,
    classes: dict[str, str],
    count: int = 3,
    minimum: float = 2.0,
) -> list[str]:
    """Other entities of the same kind: same list, same head word, or both personal names."""
    answer_cls = classes.get(answer.text, "proper")
    if answer_cls in ("common",):
        return []
    norm_answer = normalise(answer.text)
    visible = f" {normalise(sentence.text)} "
    groups = [set(g) for g in facts.groups if answer.text in g]
    title_norm = normalise(facts.title)
    scored: list[tuple[float, str]] = []
    answer_words = set(norm_answer.split())
    for cand, cls in classes.items():
        if cls != answer_cls:
            continue
        shared = any(cand in g for g in groups)
        score = _entity_score(answer, cand, answer_cls, cls, shared)
        if score < minimum:
            continue
        norm = normalise(cand)
        if not norm or norm == norm_answer or norm in norm_answer or norm_answer in norm:
            continue
        if f" {norm} " in visible or norm == title_norm:
            continue
        modifiers = set(norm.split()[:-1]) & set(norm_answer.split()[:-1])
        distinctive = {w for w in modifiers - FUNCTION_WORDS if not DEMONYM.search(w)}
        if any(len(w) >= 4 and not w[0].isdigit() for w in distinctive):
            continue  # "Second Karabakh War" / "Nagorno-Karabakh War": maybe the same thing
        extra = set(norm.split()) - answer_words - FUNCTION_WORDS
        if any(f" {word} " in visible for word in extra if len(word) > 2):
            continue  # "Oklahoma National Guard" when the sentence names Oklahoma
        scored.append((score + rng.random() * 0.5, cand))
    scored.sort(reverse=True)
    picked: list[str] = []
    for _, cand in scored:
        norm = normalise(cand)
        if all(norm not in normalise(p) and normalise(p) not in norm for p in picked):
            picked.append(cand)  # never "National Guard" beside "Azerbaijani National Guard"
        if len(picked) == count:
            break
    return picked if len(picked) == count else []
