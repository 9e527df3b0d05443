"""Rendering of the wiki templates that carry visible text (convert, lang, dates, flags, ...).

Templates arrive as parse-tree nodes from :mod:`quiz.generator.wikitext` (duck-typed: ``params``,
``has``, ``get``); templates that carry no prose are dropped, unknown inline ones leave a
``DAMAGE`` marker so the sentence around them is never used for a question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from quiz.generator.units import render_convert

DAMAGE = "\x00"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Template names (or their starts) that carry no prose, "|" between them ("use ", "pp ", "r "
# keep their spaces).
DROP_PREFIXES = tuple(
    "cite|citation|sfn|harv|efn|refn|reflist|refbegin|refend|notelist|webarchive|"
    "wayback|archive|use |pp-|pp |short description|see also|further|about|"
    "other uses|redirect|distinguish|hatnote|portal|commons|wikiquote|wikivoyage|"
    "wiktionary|wikisource|sister|authority control|defaultsort|coord|"
    "citation needed|clarify|dead link|failed verification|verify|better source|"
    "by whom|according to whom|original research|unreferenced|more citations|"
    "refimprove|multiple issues|cleanup|update|expand|advert|peacock|weasel|pov|npov|"
    "dubious|disputed|vague|flagicon|navbox|campaignbox|sidebar|div col|col-|"
    "columns-list|stub|clear|anchor|official website|imdb|isbnt|ipa|pronunciation|"
    "audio|listen|respell|good article|featured article|italic title|lowercase title|"
    "engvar|multiple image|gallery|quote box|cquote|blockquote|military of|notetag|"
    "r |rp|page needed|self-published|primary source|unreliable|nbsp;|efn-|#tag|"
    "#invoke".split("|")
)
DROP_EXACT = frozenset(
    "r|rp|by whom|!!|clear|reflist|for|cn|when|who|which|url|image|official|quote|"
    "dmy|mdy|toc|main|main article".split("|")
)
DROP_WORD_PREFIXES = ("main ", "for ", "template ")
JOINERS = {"ublist", "ubl", "unbulleted list", "plainlist", "flatlist", "hlist", "bulleted list"}
CONTENT_FIRST = {
    "nowrap",
    "nobr",
    "small",
    "smaller",
    "big",
    "larger",
    "lang",
    "transl",
    "transliteration",
    "native name",
    "nativename",
    "abbr",
    "sic",
    "longitem",
    "nowrap begin",
    "keypress",
    "em",
    "strong",
    "font",
    "resize",
    "center",
    "centre",
    "vanchor",
    "linktext",
    "ill",
    "interlanguage link",
    "interlanguage link multi",
    "lang-rtl",
    "script",
    "noitalic",
    "not a typo",
    "proper name",
    "visible anchor",
    "tooltip",
    "tl",
    "title case",
    "section link",
}
LITERALS = {
    "nbsp": " ",
    "ndash": "–",
    "mdash": "—",
    "snd": " – ",
    "spaced ndash": " – ",
    "spaced en dash": " – ",
    "emdash": "—",
    "endash": "–",
    "!": "|",
    "\\": "/",
    "'": "'",
    "'s": "'s",
    "-": "",
    "•": " • ",
    "middot": " · ",
    "dot": " · ",
    "pipe": "|",
    "=": "=",
    "thinsp": " ",
    "zwsp": "",
    "shy": "",
    "clarify span": "",
}
FLAG_TEMPLATES = {"flag", "flagcountry", "flagdeco", "flag country", "flagu", "fb", "flagathlete"}
DATE_TEMPLATES = {
    "start date",
    "end date",
    "birth date",
    "death date",
    "birth date and age",
    "death date and age",
    "start date and age",
    "end date and age",
    "birth year and age",
    "death year and age",
    "dob",
    "date",
    "film date",
    "release date",
    "start and end dates",
    "bda",
    "dda",
}


def _normalise(name: str) -> str:
    return re.sub(r"[\s_]+", " ", name.replace("\u200e", "")).strip().lower()


def template_kind(name: str) -> str:
    """Classify a template name: ``infobox``, ``drop`` or ``render``."""
    norm = _normalise(name)
    if norm.startswith("infobox") or norm.endswith((" infobox", "taxobox", "speciesbox")):
        return "infobox"  # (a taxobox too: "To which order does the aardwolf belong?")
    if norm in ("drugbox", "chembox"):
        return "infobox"  # (a drug's other names: "Synonyms: xantheose; diurobromine", R409)
    if norm in LITERALS or norm in CONTENT_FIRST or norm in JOINERS:
        return "render"
    if norm in DROP_EXACT or norm.startswith(DROP_PREFIXES):
        return "drop"
    if norm.startswith(DROP_WORD_PREFIXES):
        return "drop"
    if norm.endswith(("navigation box", "navbox", "sidebar", "portal", "topics")):
        return "drop"
    return "render"


def _positional(node: Any, render: Callable[[Any], str]) -> list[str]:
    return [render(p.value).strip() for p in node.params if not p.showkey]


def _named(node: Any, key: str, render: Callable[[Any], str]) -> str | None:
    if node.has(key):
        return render(node.get(key).value).strip()
    return None


def format_date(year: str, month: str = "", day: str = "", mdy: bool = False) -> str | None:
    """``("1918", "6", "26")`` -> ``"26 June 1918"`` (or ``"June 26, 1918"`` when ``mdy``)."""
    if not re.fullmatch(r"\d{1,4}", year or ""):
        return None
    if not month:
        return year
    try:
        month_name = MONTHS[int(month) - 1]
    except (ValueError, IndexError):
        return None
    if not day:
        return f"{month_name} {year}"
    if not re.fullmatch(r"\d{1,2}", day):
        return None
    return f"{month_name} {int(day)}, {year}" if mdy else f"{int(day)} {month_name} {year}"


def _render_date(norm: str, args: list[str], node: Any, mdy: bool, render: Any) -> str | None:
    if norm in ("start and end dates",) and len(args) >= 6:
        first = format_date(args[0], args[1], args[2], mdy)
        second = format_date(args[3], args[4], args[5], mdy)
        return f"{first} – {second}" if first and second else None
    if norm in ("death date and age", "dda") and len(args) >= 3:
        args = args[:3]
    numeric = [a for a in args if re.fullmatch(r"\d{1,4}", a)]
    if not numeric:
        return args[0] if args and not re.search(r"[{}|]", args[0]) else None
    df = (_named(node, "df", render) or "").lower() in ("y", "yes", "1")
    local_mdy = mdy and not df
    if (_named(node, "mf", render) or "").lower() in ("y", "yes", "1"):
        local_mdy = True
    parts = (numeric + ["", ""])[:3]
    return format_date(parts[0], parts[1], parts[2], local_mdy)


def render_template(node: Any, name: str, mdy: bool, render: Callable[[Any], str]) -> str | None:
    """Visible text of a template, or None when it cannot be rendered faithfully."""
    norm = _normalise(name)
    if norm in LITERALS:
        return LITERALS[norm]
    args = _positional(node, render)
    if norm in JOINERS:  # (a flatlist's one argument holds its items as bullets: "* Vocals")
        lines = (re.sub(r"^[*#:]+\s*", "", ln).strip() for a in args for ln in a.split("\n"))
        return "\n".join(ln for ln in lines if ln)
    if norm in RELEASE_BY_REGION:
        return _releases(args)
    if norm.startswith("lang-") or norm.startswith("lang ") and norm != "lang":
        text = args[0] if args else ""
        return text or None
    if norm in ("lang", "transl", "transliteration", "lang-rtl"):
        return args[1] if len(args) >= 2 else None
    if norm in ("nihongo", "nihongo foot"):  # {{nihongo|English|漢字|rōmaji}}: the English name
        return (args[0] or (args[2] if len(args) > 2 else "")) if args else None
    if norm in ("ill", "interlanguage link", "interlanguage link multi"):
        return _named(node, "lt", render) or (args[0] if args else None)
    if norm in CONTENT_FIRST:
        return args[0] if args else ""
    if norm in FLAG_TEMPLATES:
        return (_named(node, "name", render) or (args[0] if args else "")) or None
    if norm in ("city-state", "city-region", "city-country", "city state"):
        return ", ".join(a for a in args[:2] if a) or None  # {{city-state|Los Angeles|California}}
    if norm in ("convert", "cvt"):
        adj = _named(node, "adj", render) or _named(node, "sing", render)  # (an old synonym)
        return render_convert(args, adj=adj in ("on", "yes"), mid=adj == "mid")
    if norm == "film date" and len(args) > 4:
        return None  # a premiere and other releases (Tokyo, then the United States): which?
    if norm.startswith("oldstyledate") and len(args) >= 2:
        return f"{args[0]} {args[1]}"  # {{OldStyleDate|21 March|1839|9 March}}: the new style
    if norm in DATE_TEMPLATES or norm.endswith(" date") or norm.endswith(" date and age"):
        return _render_date(norm, args, node, mdy, render)
    if norm == "isbn":
        return f"ISBN {args[0]}" if args else None
    if norm in ("as of",):
        year, month, day = (args + ["", ""])[:3]
        date = format_date(year, month, day, mdy=mdy) if args else None
        return f"As of {date}" if date else None
    if norm in ("circa", "c."):
        return f"c. {args[0]}" if args else "c."
    if norm in ("us$", "usd", "us dollar"):
        return f"US${args[0]}" if args else "US$"
    if norm in ("£", "gbp"):
        return f"£{args[0]}" if args else "£"
    if norm in ("€", "eur", "euro"):
        return f"€{args[0]}" if args else "€"
    if norm in ("val", "nts", "formatnum", "format price"):
        return args[0] if args else None
    if norm in ("marriage", "married"):
        return args[0] if args else None
    if norm in ("reg", "registered"):
        return "®"
    if norm in ("tm", "trademark"):
        return "™"
    if norm in ("frac", "fraction"):
        if len(args) == 3:
            return f"{args[0]} {args[1]}/{args[2]}"
        if len(args) == 2:
            return f"{args[0]}/{args[1]}"
        return None
    if norm in ("ordinal",) and args:
        return args[0]
    if norm in ("sup", "sub"):
        return script_text(args[0] if args else "", norm == "sup")
    return None


# A game's release dates by region: {{vgrelease|NA|March 5, 2002|EU|April 12, 2002}}, or the
# older {{vgrelease|Europe|EU|October 18, 2006}} (a region's name, then its code).
RELEASE_BY_REGION = {"vgrelease", "video game release", "vgrelease new", "vgr"}


def _releases(args: list[str]) -> str | None:
    """One line a region, "EU: October 18, 2006", a worldwide date alone (an Xbox game's
    European, American and Japanese dates; without them "released on October 18, 2006" read
    as the one date, R407). Each ends its line, as templates side by side give one each."""
    lines, region = [], ""
    for arg in args:
        if re.search(r"\d{4}", arg):
            worldwide = region in ("", "WW", "Worldwide", "World", "INT")
            lines.append(f"{arg}\n" if worldwide else f"{region}: {arg}\n")
            region = ""
        elif arg:
            region = arg
    return "".join(lines) or None


SUPERSCRIPT = str.maketrans("0123456789+-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻")
SUBSCRIPT = str.maketrans("0123456789+-−", "₀₁₂₃₄₅₆₇₈₉₊₋₋")


def script_text(text: str, sup: bool) -> str:
    """A superscript or subscript as plain text: "in<sup>2</sup>" -> "in²", "CH<sub>2</sub>" ->
    "CH₂", "19<sup>th</sup>" -> "19th"; anything else marks the sentence unusable ("ΔcH<sup>o</sup>"
    had read as "ΔcHo", "lbf/in2" as a misprint)."""
    text = text.strip()
    if re.fullmatch(r"[0-9+\-−]+", text):
        return text.translate(SUPERSCRIPT if sup else SUBSCRIPT)
    if sup and re.fullmatch(r"st|nd|rd|th|e|er|re|ème", text):
        return text
    return DAMAGE if text else ""
