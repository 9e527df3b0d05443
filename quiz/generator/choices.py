"""Choice sets a test-wise student cannot read: the answer's rank among sorted numbers and
dates is spread evenly, it is never the one choice that shares parts with all the others, the
only round number or the only long choice, and wrong years keep the order the prompt implies."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from itertools import combinations
from typing import TypeVar

from quiz.generator.templates import MONTHS

T = TypeVar("T")

YEAR = re.compile(r"\d{4}")


def target_rank(key: str) -> int:
    """Where the answer should sit among the four sorted choices (0-3), spread evenly over a
    bank by the fact's own digest."""
    return int(key[-4:], 16) % 4 if re.fullmatch(r"[0-9a-f]{4,}", key[-4:]) else 0


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def _number(text: str) -> float | None:
    match = re.fullmatch(r"[^\d-]*(-?[\d,]*\.?\d+)\D*", text.strip())
    if not match:
        return None
    try:
        return float(match.group(1).replace(",", ""))
    except ValueError:
        return None


def _roundness(value: float) -> float:
    if value != int(value):
        return -1.0
    n, score = int(abs(value)), 0.0
    while n and n % 10 == 0:
        n //= 10
        score += 1
    return score + (0.5 if n % 5 == 0 and n else 0.0)


def _unique_best(scores: list[float], index: int) -> bool:
    best = max(scores)
    return scores[index] == best and scores.count(best) == 1


def readable(choices: list[str], answer: str) -> bool:
    """True when a student who never read the article could pick ``answer`` from the pattern
    of the choices alone: the one sharing most parts with the others (the centre of one-part
    variations), the only round number, the only odd-one-out in length, the median of
    numbers spread evenly around it."""
    index = choices.index(answer)
    overlap = []
    for i, choice in enumerate(choices):
        mine = _tokens(choice)
        overlap.append(
            sum(sum((mine & _tokens(o)).values()) for j, o in enumerate(choices) if j != i)
        )
    best = max(overlap)
    if best > 0 and overlap[index] == best and overlap.count(best) < len(choices):
        return True  # alone or tied with one or two others: better than chance (2,200 beside
        # 2,700, 1,800, 3,300: "the one sharing most parts" is right half the time)
    lengths = [float(len(c)) for c in choices]
    if _unique_best(lengths, index) and lengths[index] > 1.3 * sorted(lengths)[-2]:
        return True
    numbers = [_number(c) for c in choices]
    if all(n is not None for n in numbers):
        values = [float(n) for n in numbers if n is not None]
        rounds = [_roundness(v) for v in values]
        if _unique_best(rounds, index) or _unique_best([-r for r in rounds], index):
            return True
        powers = [float(v >= 16 and v.is_integer() and int(v) & (int(v) - 1) == 0) for v in values]
        if _unique_best(powers, index):
            return True  # the only power of two (d36: 128 among 155, 181, 217)
        ordered = sorted(values)
        gaps = [b - a for a, b in zip(ordered, ordered[1:], strict=False)]
        rank = ordered.index(values[index])
        rest = sorted(v for i, v in enumerate(values) if i != index)
        step = rest[1] - rest[0]
        if step > 0 and abs(rest[2] - rest[1] - step) <= 0.05 * step < max(gaps) - min(gaps):
            return True  # the others an even run, the answer off it (R35: 90% by 50, 60, 70%)
        if rank in (1, 2) and max(gaps) - min(gaps) <= 0.05 * (ordered[-1] - ordered[0] or 1):
            return True  # evenly spaced, answer in the middle
        if rank in (1, 2) and abs(gaps[rank - 1] - gaps[rank]) <= 0.1 * max(
            gaps[rank - 1 : rank + 1]
        ):
            return True  # the centre of three evenly spaced (R19: 31, 36, 41 and 47 for 36)
        if rank in (1, 2) and abs(2 * values[index] - ordered[0] - ordered[-1]) <= 0.02 * (
            ordered[-1] - ordered[0]
        ):
            return True  # halfway between the extremes (R123: 1238 among 1210, 1250, 1266)
        if rank in (1, 2) and 0 < ordered[2] - ordered[1] <= 0.15 * (ordered[-1] - ordered[0]):
            return True  # one of a close middle pair (R355: 1864 among 1856, 1863, 1871)
        digits = [re.sub(r"\D", "", c) for c in choices]
        one_off = [[o for o in digits if len(o) == len(d) and _differ(o, d) == 1] for d in digits]
        near = [float(len(others)) for others in one_off]  # choices one digit away from each
        if near[index] >= 2 and _unique_best(near, index):
            return True  # one digit from each other choice (R20: 1985 among 1981, 1984, 1995)
    return False


def _differ(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b, strict=True))


def _place(
    below: list[T],
    above: list[T],
    rank: int,
    every_rank: bool = False,
    fits: Callable[[list[T]], bool] | None = None,
) -> list[T]:
    """Pick ``rank`` wrong values below the answer and ``3 - rank`` above, or none when a side
    has too few (``every_rank``: unless every rank fits, three on each side). Moving the rank
    to where it fits put a year at the article's latest on top every time ("the latest year"
    was right in all made-up year choices of review R7); keeping the rank but dropping the
    sets it did not fit still left the latest year right in 15 of 25 year choices (R405: 6 of
    6), a year near the article's last having no room above: years and dates need every rank.
    With ``fits``, the first set (in the sides' order, among their first six) that fits."""
    if rank < 0 or rank > len(below) or 3 - rank > len(above):
        return []
    if every_rank and (len(below) < 3 or len(above) < 3):
        return []
    if fits is None:
        return below[:rank] + above[: 3 - rank]
    for low in combinations(below[:6], rank):
        for high in combinations(above[:6], 3 - rank):
            if fits([*low, *high]):
                return [*low, *high]
    return []


def year_choices(
    answer: str,
    article_years: list[int],
    anchors: list[int],
    rng: random.Random,
    rank: int,
    latest: int,
) -> list[str]:
    """Three wrong years: real years of the article near the answer where there are some, else
    nearby years, never across a year the prompt puts before or after the answer."""
    year = int(answer)
    low = max([a for a in anchors if a < year], default=year - 60)
    high = min([a for a in anchors if a > year], default=max(latest, year))

    # "Deligne in 1978 and Bourgain in _____": years four apart suggest a cycle (Olympics,
    # medals, elections), and a choice off the cycle is ruled out.
    cycle = 4 if anchors and all((year - a) % 4 == 0 for a in anchors) else 1

    def allowed(y: int) -> bool:
        return low < y < high and y != year and y <= max(latest, year) and (y - year) % cycle == 0

    spread = 5 if year < 1500 else 1  # (a medieval year is often a guess: 952, 953, 954 and
    # 957 are a guessing game, R209)
    real = [y for y in set(article_years) if allowed(y) and spread <= abs(y - year) <= 12 * cycle]
    synthetic = [year + d * cycle * spread for d in (1, 2, 3, 4, 5, 6, 7, 8) for d in (d, -d)]
    synthetic = [y for y in synthetic if allowed(y) and y not in real]
    rng.shuffle(real)
    rng.shuffle(synthetic)
    pool = real + synthetic  # (every real year: a side may need them, see _place)
    below = sorted({y for y in pool if y < year}, key=lambda y: (y not in real, rng.random()))
    above = sorted({y for y in pool if y > year}, key=lambda y: (y not in real, rng.random()))
    picked = _place(below, above, rank, every_rank=True, fits=lambda p: not _year_run([year, *p]))
    return [str(y) for y in picked]


def _year_run(years: list[int]) -> bool:
    """Three of the choices are years in a row: "2013 | 2014 | 2015 | 2016" is a run a
    learner reads from its end, and in R437 a reviewer ruled such a set given away."""
    values = sorted(years)
    return any(c - a == 2 for a, c in zip(values, values[2:], strict=False))


DATE_PARTS = re.compile(
    rf"^(?:(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})|({'|'.join(MONTHS)}) (\d{{1,2}}), (\d{{4}})"
    rf"|({'|'.join(MONTHS)}) (\d{{4}}))$"
)


def date_parts(text: str) -> tuple[int, int, int, str] | None:
    """Day, month index, year and style of a date written whole ("5 May 1942", "May 5, 1942",
    "May 1942" with day 0); None for anything else."""
    match = DATE_PARTS.match(text)
    if not match:
        return None
    g = match.groups()
    if g[0]:
        return int(g[0]), MONTHS.index(g[1]), int(g[2]), "dmy"
    if g[3]:
        return int(g[4]), MONTHS.index(g[3]), int(g[5]), "mdy"
    return 0, MONTHS.index(g[6]), int(g[7]), "my"


def has_day(date: str) -> bool:
    """A date written with its day ("7 May 2026", "May 7, 2026"), not only a month."""
    parts = date_parts(date)
    return parts is not None and parts[0] > 0


def _format_date(day: int, month: int, year: int, style: str) -> str:
    name = MONTHS[month]
    return {"dmy": f"{day} {name} {year}", "mdy": f"{name} {day}, {year}", "my": f"{name} {year}"}[
        style
    ]


def date_choices(
    answer: str,
    article_dates: list[str],
    anchors: list[int],
    rng: random.Random,
    rank: int,
    latest: int,
) -> list[str]:
    """Three other dates of the article in the answer's format, near it in time and in the
    order the prompt implies. Made-up dates are easy to rule out (a league won in December, a
    contract signed before the singer's debut), so without three real ones there is no set."""
    parts = date_parts(answer)
    if parts is None:
        return []
    day, month, year, style = parts
    low = max([a for a in anchors if a < year], default=year - 60)
    high = min([a for a in anchors if a > year], default=max(latest, year))
    real = []
    for date in set(article_dates):
        other = date_parts(date)
        if other is None or date == answer or other[3] != style:
            continue
        if (
            low < other[2] < high
            and abs(other[2] - year) <= 15
            and (other[0], other[1]) != (day, month)
        ):
            real.append((other[2], other[1], other[0], date))
    if len(real) < 3:
        return []
    real.sort()
    below = [r[3] for r in real if (r[0], r[1], r[2]) < (year, month, day)][::-1]
    above = [r[3] for r in real if (r[0], r[1], r[2]) > (year, month, day)]
    picked = _place(below, above, rank, every_rank=True)
    return picked if len(picked) == 3 else []


def _format_like(value: float, template: str) -> str:
    match = re.search(r"\d[\d,]*(?:\.(\d+))?", template)
    if match is None:
        return template
    decimals = len(match.group(1) or "")
    body = f"{value:,.{decimals}f}" if "," in match.group() else f"{value:.{decimals}f}"
    return template[: match.start()] + body + template[match.end() :]


def number_choices(answer: str, rng: random.Random, rank: int, age: bool = False) -> list[str]:
    """Three wrong numbers in the answer's format and roundness, at uneven distances (a
    person's age or life expectancy below 100: "110 years" beside 81 gives the answer away)."""
    value = _number(answer)
    match = re.search(r"\d[\d,]*(?:\.(\d+))?", answer)
    if value is None or value <= 0 or match is None:
        return []
    decimals = len(match.group(1) or "")
    digits = str(int(value))
    if decimals:
        step = 10.0**-decimals
    else:
        zeros = len(digits) - len(digits.rstrip("0"))
        step = float(10**zeros) if zeros < len(digits) else 1.0
    if value < 20 and not decimals:
        step = 1.0
    cap = 100.0 if "%" in answer or "per cent" in answer or "percent" in answer else None
    cap = 100.0 if age and value < 100 else cap

    # Each wrong value a random step of 10-25% beyond the one before, so the gaps between the
    # choices are alike: three evenly spaced values (11,528, 12,415, 13,302) left the answer
    # (8,868) the odd one out in review R8.
    def walk(up: bool) -> list[float]:
        factors, current = [], 1.0
        for _ in range(5):
            current *= 1 + rng.uniform(0.1, 0.25) if up else 1 - rng.uniform(0.1, 0.22)
            factors.append(current)
        return factors

    below_f, above_f = walk(False), walk(True)

    def values(factors: list[float]) -> list[float]:
        out: list[float] = []
        for f in factors:
            v = round(value * f / step) * step
            if decimals:
                v = round(v, decimals)
            if v <= 0 or v == value or v in out or (cap and v >= cap):
                continue
            out.append(v)
        return out

    below, above = values(below_f), values(above_f)
    if value < 20 and not decimals:
        below = [float(v) for v in range(max(1, round(value / 2)), int(value))]  # not "a set of 1"
        above = [float(v) for v in range(int(value) + 1, int(value) + 9)]
        rng.shuffle(below)
        rng.shuffle(above)
    picked = _place(below, above, rank)
    if len(picked) != 3:
        return []
    return [_format_like(v, answer) for v in picked]


def pick_unreadable(answer: str, candidates: list[str]) -> list[str]:
    """Three of ``candidates`` (best first) whose set with the answer gives nothing away, to
    ``readable`` nor by the answer being the only longest (a tenure's holders, R351: "pick the
    longest" had found 31% of them): the best-ranked such set, or [] when every set does."""
    fair = (list(t) for t in combinations(candidates[:8], 3) if not readable([answer, *t], answer))
    return next((t for t in fair if any(len(w) >= len(answer) for w in t)), [])
