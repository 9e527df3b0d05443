"""The {{convert}} template as text: a value or a range with its unit."""

from __future__ import annotations

import re


def render_convert(args: list[str], adj: bool = False, mid: bool = False) -> str | None:
    """``{{convert|60|and(-)|80|kg}}`` as "60 and 80 kg"; None for a unit code no reader knows;
    with ``adj=on`` an adjective: "a 40-acre ranchito" (not "a 40 acres ranchito"); with
    ``adj=mid`` the words after the units go after it: "a 36-mile-long river navigation"."""
    if not args:
        return None
    after = next((a for a in args[2:] if mid and re.match(r"-[a-z]", a)), "")
    args = [a for a in args if a != after] if after else args
    adj = adj or bool(after)
    value, rest = args[0], args[1:]
    if rest and rest[0] in ("-", "–", "to", "and", "or", "by", "x", "×", "+/-", "to(-)", "and(-)"):
        if len(rest) < 3:
            return None
        word = rest[0].removesuffix("(-)")
        joiner = {"-": "–", "–": "–"}.get(word, f" {word} ")
        value = f"{value}{joiner}{rest[1]}"
        rest = rest[2:]
    if not rest or not re.search(r"\d", value):
        return None
    unit = CONVERT_UNITS.get(rest[0])
    if unit is None and not re.fullmatch(r"[a-z]{3,}", rest[0]):
        return None  # a unit code ("Moilbbl", "koilbbl/d") is debris in a sentence
    value = re.sub(r"(?<![\d.,])\d{4,}", lambda m: f"{int(m.group()):,}", value)  # "796,095"
    unit = unit or rest[0]
    if adj and re.fullmatch(r"[\d.,]+", value):
        return f"{value}-{SINGULAR.get(unit, unit)}{after}"
    return f"{value} {unit}"


SINGULAR = {"acres": "acre", "miles": "mile", "feet": "foot", "inches": "inch", "tonnes": "tonne"}
SINGULAR |= {"knots": "knot", "litres": "litre"}


CONVERT_UNITS = {
    "C": "°C",
    "F": "°F",
    "K": "K",
    "sqmi": "sq mi",
    "sqkm": "km²",
    "km2": "km²",
    "m2": "m²",
    "ha": "ha",
    "acre": "acres",
    "mi": "miles",
    "ft": "feet",
    "m": "m",
    "km": "km",
    "kg": "kg",
    "lb": "lb",
    "t": "tonnes",
    "kn": "knots",
    "mph": "mph",
    "km/h": "km/h",
    "nmi": "nmi",
    "cm": "cm",
    "mm": "mm",
    "in": "inches",
    "sqft": "sq ft",
    "L": "litres",
    "l": "litres",
    "ml": "ml",
    "g": "g",
    "mi2": "sq mi",
    "ft2": "sq ft",
    "m3": "m³",
    "kW": "kW",
    "MW": "MW",
    "hp": "hp",
}
