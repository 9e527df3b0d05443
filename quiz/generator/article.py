"""The parsed article's shapes: sections of paragraphs and lists with their links, tables of
cells, and infobox fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Link:
    """A linked entity inside a rendered text: character span and the article it points to."""

    start: int
    end: int
    target: str


@dataclass
class Block:
    """A paragraph (``items`` empty) or a list with its lead-in sentence (``text``)."""

    text: str
    links: list[Link] = field(default_factory=list)
    items: list[Block] = field(default_factory=list)

    @property
    def is_list(self) -> bool:
        return bool(self.items)


@dataclass
class Cell:
    """One table cell: its clean text and the article it links to (if any)."""

    text: str
    target: str = ""
    header: bool = False


@dataclass
class Section:
    """A prose section: its heading path (``""`` for the lead), its blocks and its tables
    (each a list of rows of cells, the header row first when the table has one)."""

    path: str
    level: int
    blocks: list[Block] = field(default_factory=list)
    tables: list[list[list[Cell]]] = field(default_factory=list)


@dataclass
class InfoboxField:
    """One rendered infobox line: field name, human label, clean value and its links."""

    name: str
    label: str
    value: str
    links: list[Link] = field(default_factory=list)

    @classmethod
    def named(cls, name: str, value: str, links: list[Link]) -> InfoboxField:
        """The line of field ``name``, labelled from it: "birth_place" -> "Birth place",
        "Pole_Rider_125" -> "Pole Rider" (a number after a space goes), a taxobox's "ordo" ->
        "Order" (a learner's "why": "Order: Passeriformes", not "Ordo: ..."), a run-together
        "AdmittanceDate" -> "Admittance date"."""
        label = re.sub(r"\s+\d+$", "", re.sub(r"[_\-]+", " ", name).strip())
        label = re.sub(r"(?<=[a-z]{3})([A-Z])(?=[a-z])", lambda m: f" {m[1].lower()}", label)
        label = FIELD_LABELS.get(label.lower()) or label[:1].upper() + label[1:]
        return cls(name, label, value, links)


# Fields labelled as a reader says them: a taxobox's Latin ranks, a conflict's run-together
# "partof" ("Part of: the Corinthian War", not "Partof: ..."), a former state's years and
# neighbours in time ("Succeeded by: Korean Empire", not "S1: ...").
FIELD_LABELS = dict(
    regnum="Kingdom", divisio="Division", classis="Class", ordo="Order", subordo="Suborder"
) | dict(familia="Family", subfamilia="Subfamily", tribus="Tribe", partof="Part of") | {
    "p1": "Preceded by", "s1": "Succeeded by", "year start": "Founded", "year end": "Ended"
}  # fmt: skip


@dataclass
class Article:
    """A parsed article: title, infobox fields, prose sections and the date style it uses."""

    title: str
    infobox_type: str = ""
    infobox_count: int = 0  # infoboxes of the same type as the first (a song's cover versions)
    infobox: list[InfoboxField] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    mdy: bool = False
    works: list[Section] = field(default_factory=list)  # set aside: "Filmography", "Works"
    life_aside: dict[str, frozenset[str]] = field(default_factory=dict)  # (``life_aside``)


def plain_title(title: str) -> str:
    """A page title (or link target) without its disambiguation in brackets: "Chaperon
    (headgear)" -> "Chaperon", "SMS Moltke (1910)" -> "SMS Moltke"."""
    return DISAMBIGUATED.sub("", title) if "(" in title else title


DISAMBIGUATED = re.compile(r"\s*\(.*\)$")


def disambiguation(title: str) -> list[str]:
    """The words of a title's disambiguation in brackets, which the learner reads above every
    card: "The Son (Nesbø novel)" -> ["Nesbø", "novel"] (its author is given away)."""
    bracket = re.search(r"\(([^()]*)\)$", title)
    return bracket[1].split() if bracket else []


def year_in_title(year: str, title: str) -> bool:
    """The title gives the year away by its last two digits ("AK-47" for 1947, R125), or a
    date's year by itself ("... (registered in 2006)" for December 2006: the month is left)."""
    if len(year) > 4:  # (a day's date is asked for its day: "2008 Slovak Cup Final ... on _____")
        found = re.fullmatch(r"[A-Z][a-z]+ (\d{4})", year)
        return found is not None and bool(re.search(rf"(?<!\d){found.group(1)}(?!\d)", title))
    return len(year) == 4 and bool(re.search(rf"(?<![\d.]){year[2:]}(?![\d.])", title))


# The spellings of an infobox's life fields by their canonical names: older infoboxes'
# "date_of_birth" ({{Infobox Biography}}, R108), "dateofbirth" (a rugby league biography, R184).
LIFE_ALIASES = {
    alias: canonical
    for canonical, names in {
        "birth_date": "date_of_birth dateofbirth birthdate date_birth datebirth",
        "birth_place": "place_of_birth placeofbirth birthplace place_birth placebirth",
        "death_date": "date_of_death dateofdeath deathdate date_death datedeath",
        "death_place": "place_of_death placeofdeath deathplace place_death placedeath",
    }.items()
    for alias in names.split()
}


def life_field(name: str) -> str:
    """The canonical name ("birth_date", "death_place", ...) of an infobox field that gives a
    birth or a death under any of its spellings ("Date of birth", "dateofbirth"), or ""."""
    key = name.strip().lower().replace(" ", "_")
    return LIFE_ALIASES.get(key) or (key if key in LIFE_ALIASES.values() else "")


LIFE_CATEGORY = re.compile(r"\[\[\s*Category\s*:\s*(\d{3,4}) (births|deaths)\s*[|\]]", re.I)


def life_aside(wikitext: str) -> dict[str, frozenset[str]]:
    """A birth's and a death's years as the article's categories give them ("[[Category:1929
    births]]" -> {"birth_date": {"1929"}}), and places as its Persondata template gives them
    ("PLACE OF BIRTH = Little Hereford, Herefordshire" -> {"birth_place": {...}}). A lead or
    an infobox that gives another leaves the article with two (R351: "born 3 April 1928" under
    "1929 births"; R416: "Birth place: Little Hereford, Hertfordshire")."""
    told: dict[str, set[str]] = {}
    for year, kind in LIFE_CATEGORY.findall(wikitext):
        told.setdefault("birth_date" if kind.lower() == "births" else "death_date", set()).add(year)
    for kind, place in PERSONDATA_PLACE.findall(wikitext) if "PLACE OF" in wikitext else ():
        place = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", place).strip()
        if place:
            told.setdefault(f"{kind.lower()}_place", set()).add(place)
    return {name: frozenset(found) for name, found in told.items()}


PERSONDATA_PLACE = re.compile(
    r"(?im)^\s*\|\s*PLACE OF (BIRTH|DEATH)\s*=([^|\n]*(?:\[\[[^\]]*\]\][^|\n]*)*)"
)


def plain_link(value: str, links: list[Link]) -> tuple[str, list[Link]]:
    """An infobox value that is one link shown with its target's disambiguation, without it:
    "[[Java (programming language)]]" is asked and typed as "Java" (R454)."""
    plain = re.fullmatch(r"([^()]+) \((?:[a-z]|\d{4} )[^()]*\)", value)
    if plain is None or value not in (link.target for link in links):
        return value, links
    return plain[1], [Link(0, len(plain[1]), value)]


# A team's article by its school's name and the sport: "... Spartans men's ice hockey".
SPORT = re.compile(
    r" (?:(?:men|women)'s )?(?:ice hockey|basketball|football|soccer|baseball|lacrosse|volleyball|"
    r"softball|rugby(?: union| league)?|water polo|rowing|wrestling|field hockey)$"
)
TEAM = re.compile(rf"(?: [A-Z][\w'-]*)*{SPORT.pattern}")


def short_for(value: str, target: str) -> bool:
    """A link's text that stands for its longer target: an acronym ("NHH"), or the target's
    words cut short ("California–Berkeley" for the University of California, Berkeley, R138)."""
    if re.search(r"\((?:[^()]* )?(?:musician|singer|rapper|band|producer|DJ|actor)\)$", target):
        return False  # a stage name: "[[Chris Taylor (Grizzly Bear musician)|CANT]]" (R180)
    target = re.sub(r" ?\(.*\)$", "", target)  # (a disambiguator is no longer name)
    if " " not in target or re.search(r" [IVX]+$", value) or TEAM.match(target[len(value) :]):
        return False  # (a ruler's name whole: "[[Muhammad I of Umayyad|Muhammad I]]", R352; a
        # team by its school's name: "[[Michigan State Spartans men's ice hockey|Michigan State]]")
    cut = value.endswith(" Party") and target.endswith(f" {value}")  # (the country's cut off:
    if re.fullmatch(r"[A-Z]{2,6}", value) or cut:  # "Socialist Workers' Party", R403)
        return True
    if target.endswith(f" {value} Party"):  # a party as its members are called: "Republican",
        return False  # not "United States Republican Party" (R366, R400); not "Exlandic"
    words, whole = set(re.findall(r"\w+", value)), set(re.findall(r"\w+", target))
    return words < whole and len(whole - words) >= 2  # (not "Republican" for "... Party")
