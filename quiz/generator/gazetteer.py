"""The ISO lists of countries and their regions (pycountry) and the continents of countries
(pycountry-convert-ng): what kind of place a name is, which country a region is in, and the
country names the ISO list spells otherwise."""

from __future__ import annotations

import re
from functools import lru_cache

# Common short names the ISO list spells otherwise or no longer lists.
COUNTRY_ALIASES = frozenset(
    {
        "Russia", "Turkey", "Kosovo", "UK", "USA", "US", "Britain", "Great Britain",
        "Soviet Union", "USSR", "Ivory Coast", "Macedonia", "Brunei", "Palestine", "Vatican",
        "Burma", "Czechoslovakia", "Yugoslavia", "East Germany", "West Germany", "Holland",
        "Persia", "Ceylon", "Siam", "Zaire",
    }
)  # fmt: skip
REGION_KINDS = {"province", "state", "county", "district", "region", "territory", "department"}
# What a learner types for a country an answer names in full ("Britain" for the United
# Kingdom, R432): accepted as typed answers.
COUNTRY_FORMS = {
    "United Kingdom": ("UK", "Britain", "Great Britain"),
    "United States": ("US", "USA", "America", "United States of America"),
    "United States of America": ("US", "USA", "America", "United States"),
    "Soviet Union": ("USSR",),
    "Union of Soviet Socialist Republics": ("USSR", "Soviet Union"),
    "People's Republic of China": ("China",),
    "Republic of Ireland": ("Ireland",),
    "Czech Republic": ("Czechia",),
}


def country_forms(name: str) -> list[str]:
    """The other names a learner may type for the country ``name`` ([] for any other name)."""
    name = re.sub(r"^the ", "", name)
    styled = STYLED_STATE.fullmatch(name)  # "Kingdom of the Netherlands": "the Netherlands" (R446)
    return list(dict.fromkeys([*COUNTRY_FORMS.get(name, ()), *([styled[1]] if styled else [])]))


# Cities known by another name, now or once: each group names one city, its name now first
# (R446 "Kiev" for Kyiv; R447 "Petrograd" for Saint Petersburg). Names that are also other
# places stay out ("Canton", "Salisbury", "Batavia").
RENAMED_CITIES = (
    ("Kyiv", "Kiev"), ("Saint Petersburg", "St. Petersburg", "Leningrad", "Petrograd"),
    ("Mumbai", "Bombay"), ("Kolkata", "Calcutta"), ("Chennai", "Madras"),
    ("Bengaluru", "Bangalore"), ("Pune", "Poona"), ("Varanasi", "Benares"),
    ("Beijing", "Peking", "Peiping"), ("Istanbul", "Constantinople"),
    ("Ho Chi Minh City", "Saigon"), ("Yangon", "Rangoon"), ("Dhaka", "Dacca"),
    ("Volgograd", "Stalingrad"), ("Kaliningrad", "Königsberg"), ("Kinshasa", "Léopoldville"),
    ("Oslo", "Christiania", "Kristiania"), ("Tokyo", "Edo"), ("Gdańsk", "Danzig"),
    ("Wrocław", "Breslau"), ("Szczecin", "Stettin"), ("Poznań", "Posen"),
    ("Lviv", "Lvov", "Lwów", "Lemberg"), ("Kharkiv", "Kharkov"), ("Odesa", "Odessa"),
    ("Tbilisi", "Tiflis"), ("Almaty", "Alma-Ata"), ("Bratislava", "Pressburg"),
    ("Yekaterinburg", "Sverdlovsk"), ("Nizhny Novgorod", "Gorky"), ("Chemnitz", "Karl-Marx-Stadt"),
    ("Vilnius", "Vilna", "Wilno"), ("Chișinău", "Kishinev"), ("Bishkek", "Frunze"),
    ("Ulaanbaatar", "Ulan Bator"), ("İzmir", "Smyrna"), ("Edirne", "Adrianople"),
    ("Thessaloniki", "Salonika"), ("Kraków", "Cracow"), ("Ljubljana", "Laibach"),
    ("Tallinn", "Reval"), ("Tartu", "Dorpat"), ("Zagreb", "Agram"),
    ("New York", "New York City"),  # (its usual name: "headquartered in New York City", R454)
)  # fmt: skip
_CITY_NAMES = {name: group for group in RENAMED_CITIES for name in group}


def city_forms(place: str) -> list[str]:
    """The city's later names for a place whose first part names a renamed city ("Saint
    Petersburg" and "Leningrad" for "Petrograd, Russian SFSR"); not its earlier ones (the
    capital of Japan is Tokyo, not "Edo", R451); [] for any other place."""
    head = place.split(",")[0].strip()
    names = _CITY_NAMES.get(head, ())
    return list(names[: names.index(head)]) if names else []


STYLED_STATE = re.compile(
    r"(?:(?:Federal |Democratic |Islamic |United )?(?:Kingdom|Republic|Principality|Grand Duchy|"
    r"Commonwealth|State)) of (?:the )?([A-Z][\w'’ -]+)"
)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Country and region names: name -> "country", or the region's kind ("state", ...)."""
    import pycountry

    out: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        kind = sub.type.lower()  # (a constituent country is one: Scotland, R443)
        out.setdefault(sub.name, kind if kind in REGION_KINDS | {"country"} else "region")
    for name in (*_country_codes(), *COUNTRY_ALIASES):
        out[name] = "country"
    out["Antarctica"] = "continent"  # an ISO "country" code, but a continent beside countries
    return out


def gazetteer_type(name: str) -> str:
    return _gazetteer().get(name, "")


@lru_cache(maxsize=1)
def _city_regions() -> frozenset[str]:
    import pycountry

    return frozenset(
        sub.name
        for sub in pycountry.subdivisions
        if re.search(r"(?i)city|capital|special status|municipality", sub.type)
        or sub.code == "JP-13"  # (the Tokyo Metropolis, which pycountry types a prefecture)
    )


def city_region(name: str) -> bool:
    """A region that is a city's own: "Budapest" (a capital city), "Paris" (a collectivity with
    special status), "Roma" (a metropolitan city), "Tokyo" ("Shinjuku, Tokyo, Japan"); not a
    county ("Lancashire"), a department ("Vienne"), a prefecture ("Hyōgo") nor a state."""
    return name in _city_regions()


def sovereign(name: str) -> bool:
    """A country of its own ("China", "Germany", "U.S."), not a constituent one ("England")."""
    return name in _country_codes() or name in COUNTRY_ALIASES


def places() -> dict[str, str]:
    """Every country and region name with its kind (see ``gazetteer_type``)."""
    return _gazetteer()


@lru_cache(maxsize=1)
def _region_countries() -> dict[str, set[str]]:
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(sub.name, set()).add(sub.country_code)
    return out


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    import pycountry

    out: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                out[value] = country.alpha_2
                out[value.split(",")[0]] = country.alpha_2
    return out


def names_a_region_of(text: str, country: str) -> bool:
    """``text`` names a region of ``country`` ("Norfolk, Virginia" for the United States)."""
    code = _country_codes().get(country.removeprefix("the "))
    if not code:
        return False
    regions = _region_countries()
    for match in re.finditer(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}", text):
        words = match.group().split()
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                if code in regions.get(" ".join(words[start : start + size]), set()):
                    return True
    return False


CONTINENTS = {
    "Africa": "AF",
    "Asia": "AS",
    "Europe": "EU",
    "North America": "NA",
    "South America": "SA",
    "Oceania": "OC",
}


@lru_cache(maxsize=256)
def _continents_named(text: str) -> frozenset[str]:
    return frozenset(code for name, code in CONTINENTS.items() if re.search(rf"\b{name}\b", text))


def outside_continent(country: str, text: str) -> bool:
    """``text`` names continents and ``country`` lies in none of them: Germany among the
    places where a religion of Asia originated."""
    home = continent_of(country)
    named = _continents_named(text) if home else frozenset()
    return bool(named) and home not in named


@lru_cache(maxsize=1024)
def continent_of(country: str) -> str:
    """The continent code of a country ("EU" for Liechtenstein; pycountry-convert-ng knows
    each), or "" for other names and for a country with none (Antarctica, Kosovo's code)."""
    from pycountry_convert import country_alpha2_to_continent_code

    alpha2 = _country_codes().get(country.removeprefix("the "))
    try:
        return str(country_alpha2_to_continent_code(alpha2)) if alpha2 else ""
    except KeyError:
        return ""


def same_country(a: str, b: str) -> bool:
    """Two regions of one country (Cornwall and Devon, not Cornwall and California); names
    that are not ISO regions pass."""
    ca, cb = _region_countries().get(a), _region_countries().get(b)
    return not ca or not cb or bool(ca & cb)


def written_out(place: str) -> str:
    """A place's trailing ISO codes written out or dropped: "Provost, AB, CAN" -> "Provost,
    Alberta" (the region's code read in its country's list), "Exton, USA" -> "Exton"; a region
    code with no country ("London, ON") stays, as several countries have one (R202, R218)."""
    import pycountry

    coded = re.fullmatch(r"(.*[a-z]), ([A-Z]{2}), ([A-Z]{3})", place)
    country = pycountry.countries.get(alpha_3=coded[3]) if coded else None
    if coded and country is not None:
        region = pycountry.subdivisions.get(code=f"{country.alpha_2}-{coded[2]}")
        return f"{coded[1]}, {region.name}" if region is not None else coded[1]
    alone = re.fullmatch(r"(.*[a-z]), ([A-Z]{3})", place)
    return alone[1] if alone and pycountry.countries.get(alpha_3=alone[2]) else place
