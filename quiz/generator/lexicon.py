"""English word knowledge the generator asks of its libraries, all loaded on first use: parts of
speech and verb forms (lemminflect), indefinite articles (inflect), given names
(gender-guesser), and the other names and adjectives of places ("Russian", "America"); the
ISO lists of countries and their regions are the gazetteer's."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quiz.generator.gazetteer import gazetteer_type as gazetteer_type  # (re-exported)
from quiz.generator.gazetteer import places
from quiz.text import normalize

AUXILIARIES = {"be", "have", "do"}
# An age the sentence gives ("aged 21", "13-year-old", "at 18 years of age", "life expectancy").
AGE = re.compile(
    r"\b(?:life expectancy|lifespan|aged|age (?:of )?\d*|years? old|years? of age|year-old|"
    r"lived to)\b"
)
# Words that are no name and no unit ("In _____", "2,000 of the 74,000").
FUNCTION_WORDS = frozenset(
    "of and or but to in on at by for from with as than the a an were was is are had has have "
    "who which that more less per each during among against upon".split()
)


@lru_cache(maxsize=16384)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's lemmas of ``word`` by part of speech ({} for words it does not know)."""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped]  # ~0.2 s of data

    return dict(getAllLemmas(word))


def is_noun(word: str) -> bool:
    """A word the lexicon knows as a noun, or a word it does not know (a name, a term)."""
    found = lemmas(word)
    return "NOUN" in found or (not found and not word.endswith("ly"))


def known_noun(word: str) -> bool:
    """A word the lexicon knows as a noun ("star", not "taylor")."""
    return "NOUN" in lemmas(word)


def known_word(word: str) -> bool:
    """A word of the English lexicon at all ("floor", "count"; not "prev", "km")."""
    return len(word) >= 3 and bool(lemmas(word))


def is_verb_only(word: str) -> bool:
    found = lemmas(word)
    return ("VERB" in found or "AUX" in found) and "NOUN" not in found


def is_adverb_only(word: str) -> bool:
    found = lemmas(word)
    return word.endswith("ly") and "NOUN" not in found and "ADJ" not in found


def has_verb(words: list[str]) -> bool:
    return any("VERB" in lemmas(w) for w in words)


@lru_cache(maxsize=8192)
def base_form(word: str, tag: str) -> str | None:
    """The base form of ``word`` when it is that verb's ``tag`` form ("VBD": founded ->
    found, found -> find; "VBZ": includes -> include); None for be/have/do."""
    from lemminflect import getInflection

    if not re.fullmatch(r"[a-z]{2,}", word):
        return None
    for lemma in lemmas(word).get("VERB", ()):
        if lemma not in AUXILIARIES and word in getInflection(lemma, tag=tag):
            return str(lemma)
    return None


def verb_form(lemma: str, tag: str) -> str | None:
    """The ``tag`` form of the verb ``lemma`` ("VBD": write -> wrote; "VBZ": own -> owns)."""
    from lemminflect import getInflection

    forms = getInflection(lemma, tag=tag)
    return str(forms[0]) if forms else None


@lru_cache(maxsize=1)
def _inflect_engine() -> Any:
    """inflect's engine, without typeguard's run-time checks: inflect decorates its engine with
    ``typeguard.typechecked``, which re-parses and recompiles inflect's source on import (1.3 s
    of every ``quiz generate``, again in each worker) and checks every call's argument types.
    Python's ``-O`` turns the decorator off; here it is off for inflect's import alone."""
    import sys

    if "inflect" not in sys.modules:
        import typeguard

        checked = typeguard.typechecked
        typeguard.typechecked = _unchecked  # type: ignore[assignment]
        try:
            import inflect
        finally:
            typeguard.typechecked = checked
    import inflect

    return inflect.engine()


def _unchecked(target: Any = None, **_options: Any) -> Any:
    """``typeguard.typechecked`` as under ``python -O``: the target as it is."""
    return target if target is not None else _unchecked


@lru_cache(maxsize=4096)
def singular(text: str) -> str:
    """Each word of lower-case ``text`` in the singular (inflect's rules: "hospital corpsmen"
    -> "hospital corpsman"; a word already singular stays)."""
    engine = _inflect_engine()
    return " ".join(engine.singular_noun(w) or w for w in text.split())


@lru_cache(maxsize=4096)
def indefinite(word: str) -> str:
    """ "a" or "an" before ``word`` (inflect's rules; numerals read aloud)."""
    if digits := re.match(r"\d[\d,]*", word):  # read by its first group of three: "an 83",
        n = digits.group().replace(",", "")  # "a 117" (R285: "an 117 acres"), "an 11,000";
        lead = n[:2] if len(n) == 4 and n[:2] in ("11", "18") else n[: len(n) % 3 or 3]
        return "an" if lead.startswith("8") or lead in ("11", "18") else "a"  # "an 1800s"
    if re.match(r"X[b-df-gj-np-tv-xz-]", word):  # "an Xbox" (inflect: "a", R407), "an XML"
        return "an"
    return str(_inflect_engine().a(word)).split()[0]


@lru_cache(maxsize=1)
def _names_detector() -> Any:
    import gender_guesser.detector  # type: ignore[import-untyped]  # ~0.2 s to load

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def given_name(word: str) -> str:
    """ "male"/"female" for a known given name of any country ("mostly_" dropped), else ""."""
    if not re.fullmatch(r"[A-Z][a-z]+", word) or word in ("One", "Two", "Non"):
        return ""  # (gender-guesser lists "One" and "Non": "One Way Love" is a song)
    gender = str(_names_detector().get_gender(word))
    return gender.removeprefix("mostly_") if gender.endswith(("male", "female")) else ""


# A person's name as an infobox writes it ("Ann B. Exa"), not a firm's ("Harry Neal Ltd").
PERSON_SHAPED = re.compile(
    r"[A-Z][a-z]+(?: [A-Z]\.)?(?: (?!(?:Ltd|Limited|Inc|Co|Corp|Company|Sons|Brothers|Partners"
    r"|Associates|Group)\b)[A-Z][a-z]+){1,2}"
)


def person_shaped(value: str) -> bool:
    """Whether ``value`` reads as a person's name: two or three capitalised words (one may be
    an initial), the first a known given name, and no firm's word ("Harry Neal Ltd", R412)."""
    return bool(PERSON_SHAPED.fullmatch(value)) and bool(given_name(value.split()[0]))


# Other names and adjectives of places whose name does not start like them.
# States that no longer exist, with the years they began and ended: a sentence set in one
# is dated within them ("created in 1986 in the Ukrainian SSR of the Soviet Union").
FORMER_STATES = (
    (re.compile(r"\b(?:Soviet Union|USSR|[A-Z][a-z]+ SSR|Soviet)\b"), 1917, 1991),
    (re.compile(r"\b(?:East Germany|West Germany|German Democratic Republic)\b"), 1949, 1990),
    (re.compile(r"\bCzechoslovak(?:ia|ian)\b"), 1918, 1992),
    (re.compile(r"\bYugoslav(?:ia|ian)?\b"), 1918, 2003),
    (re.compile(r"\bOttoman Empire\b"), 1299, 1922),
    (re.compile(r"\b(?:Austria-Hungary|Austro-Hungarian)\b"), 1867, 1918),
    (re.compile(r"\bWeimar Republic\b"), 1918, 1933),
    (re.compile(r"\b(?:Nazi Germany|Third Reich)\b"), 1933, 1945),
)


def former_state_years(text: str) -> tuple[int, int] | None:
    """The years of a former state the text names, or None."""
    for pattern, began, ended in FORMER_STATES:
        if pattern.search(text):
            return began, ended
    return None


PLACE_ALIASES = {
    "united states": r"America|Americans?|U\.S\.(?:A\.)?|USA?",
    "united states of america": r"America|Americans?|U\.S\.(?:A\.)?|USA?",
    "united kingdom": r"Britain|British|UK|U\.K\.",
    "great britain": r"Britain|British|UK|U\.K\.",
    "soviet union": r"Soviet|USSR|Russia|Russian",
    "netherlands": r"Dutch|Holland",
    "france": r"French",
    "spain": r"Spanish",
    "wales": r"Welsh",
    "switzerland": r"Swiss",
    "sweden": r"Swedish|Swede",
    "denmark": r"Danish|Dane",
    "finland": r"Finnish|Finn",
    "poland": r"Polish|Pole",
    "greece": r"Greek",
    "turkey": r"Turkish|Turk",
    "ireland": r"Irish",
    "scotland": r"Scottish|Scots?",
    "england": r"English",
    "portugal": r"Portuguese",
    "norway": r"Norwegian",
    "peru": r"Peruvian",
    "thailand": r"Thai",
    "philippines": r"Filipino|Philippine",
}


def named_by_adjective(answer: str, text: str) -> bool:
    """``text`` names the place ``answer`` by another form: "the Russian abacus" for the Soviet
    Union, "America the Beautiful" for the United States, "the Chinese" for China."""
    key = normalize(answer).removeprefix("the ")
    country = next((c for c in PLACE_ALIASES if key.startswith(f"{c} ")), key)  # ("United
    alias = PLACE_ALIASES.get(country)  # States Navy" beside "an American rocket", R145)
    if alias and re.search(rf"\b(?:{alias})(?![\w])", text):
        return True
    if not re.fullmatch(r"[A-Z][a-z]{3,}", answer):
        return False
    stem = re.sub(r"[aeiouy]$", "", answer)
    return any(
        w != answer for w in re.findall(rf"\b{stem}(?:n|an|ian|ese|ish|i|er|ic|ean)?s?\b", text)
    )


# Nationality adjectives whose stem does not match the country's name.
IRREGULAR_DEMONYMS = frozenset(
    """French Dutch Swiss Welsh Irish Greek Thai Danish Polish Spanish Portuguese Turkish
    Czech Flemish Filipino Cypriot Maltese Icelandic Basque Catalan Cornish Soviet Arab""".split()
)
# Adjectives shaped like nationalities that name a faith, a party or an era.
NOT_DEMONYMS = frozenset(
    """Christian Republican Catholic Protestant Muslim Jewish Islamic Democratic Liberal
    Conservative Victorian Edwardian Georgian Roman Elizabethan Olympic Academic Atlantic
    Pacific Arctic Antarctic Gothic Baroque Byzantine Latin Celtic Nordic Socialist""".split()
)


@lru_cache(maxsize=4096)
def demonym(word: str) -> bool:
    """A nationality adjective: "Canadian", "Scottish", "Azerbaijani", "French"."""
    if word in IRREGULAR_DEMONYMS:
        return True
    if word in NOT_DEMONYMS or word.lower() in ("republic", "arabic", "persian", "latin"):
        return False
    if not re.fullmatch(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)", word):
        return False
    stem = word[:4].lower()
    return any(
        kind in ("country", "region") and name[:4].lower() == stem and name != word
        for name, kind in places().items()
    )


# Endings and head nouns that sort a science article's terms into kinds of the same sort
# ("proteome"/"genome", "kinase"/"protease", "proteomics"/"genomics", "X protein"/"Y protein").
CONCEPT_ENDINGS = (
    "omics",
    "ome",
    "ase",
    "ology",
    "ography",
    "ometry",
    "oscopy",
    "isation",
    "ization",
    "ation",
    "ition",
    "ism",
    "itis",
    "osis",
    "ide",
    "ine",
    "ose",
    "cyte",
    "phage",
    "ics",
)
CONCEPT_HEADS = frozenset(
    """protein acid cell molecule reaction enzyme receptor gene synthesis spectrometry
    chromatography microscopy therapy disease drug compound bond interaction tag probe
    technique method model theory effect law process particle hormone vaccine virus
    bacterium organism tissue organ membrane pathway mutation chain sequence""".split()
)


def concept_type(term: str) -> str:
    """The kind of a lowercase term of a science by its head noun or ending ("c:protein",
    "c:-ase"); words of everyday English ("examination", "discipline") are no terms."""
    if not term[:1].islower() or len(term) < 4:
        return ""
    if " " not in term and lemmas(term):
        return ""
    last = term.split()[-1].lower()
    singular = last[:-1] if last.endswith("s") and last[:-1] in CONCEPT_HEADS else last
    if singular in CONCEPT_HEADS:
        return "c:" + singular
    for ending in CONCEPT_ENDINGS:
        if last.endswith(ending) and len(last) > len(ending) + 2:
            return "c:-" + ending
    return ""


# The adjectives that name a university's kind, not its founder or place: "the National
# University", "the Open University" ("State" alone is no name a learner types for one either).
SCHOOL_ADJECTIVES = frozenset(
    "National State Catholic Open Technical Central Public International American Christian "
    "Metropolitan Federal Free Royal Imperial Pontifical Polytechnic City".split()
)
# Nouns that are plural with no -s: "To which genus do cattle belong?" (R239).
PLURAL_ONLY = frozenset({"cattle", "people", "police", "clergy", "poultry", "livestock", "sox"})


def plural_noun(word: str) -> bool:
    """A plural noun: "Indians", "cattle", not "Congress" nor "Ibis" or "bias" (nouns that are
    their own lemma: "Confirmation bias", "the Réunion Ibis", R147)."""
    word = word.lower()
    if word in PLURAL_ONLY:
        return True
    return bool(re.search(r"[^s]s$", word)) and lemmas(word).get("NOUN") != (word,)


def ordinal_forms(number: int) -> tuple[str, str]:
    """("9th", "ninth") for 9, ("21st", "twenty-first") for 21 (inflect's)."""
    engine = _inflect_engine()
    figure = str(engine.ordinal(number))
    return figure, str(engine.number_to_words(figure))
