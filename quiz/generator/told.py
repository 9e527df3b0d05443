"""What a fact tells, to find one fact told twice: its words, its value (a date's year, the
year a false statement changes), the full dates it names, and its answer as a name or a year
that another item must not print or repeat (``kindred``, ``names_in``)."""

from __future__ import annotations

import re

from quiz.generator.facts import content_words
from quiz.generator.gazetteer import names_a_region_of
from quiz.generator.items import FactItems
from quiz.generator.lexicon import gazetteer_type, given_name, known_word
from quiz.generator.nationality import NATIONALITIES
from quiz.generator.spans import YEAR_IN_TEXT
from quiz.generator.templates import MONTHS
from quiz.generator.twoyears import START_VERBS
from quiz.text import normalize


def what_it_tells(fact: FactItems) -> tuple[frozenset[str], str]:
    """What a fact says, to compare: its words (sentence and prompts) and its value (a date's
    year: "10 December 1815" and "in 1815" tell one birth; a statement's, the year it changes)."""
    prompts = " ".join(q.prompt for q in fact.options.values() if q.kind != "true_false")
    year = re.search(r"\b\d{4}\b", fact.value) or changed_year(fact)
    words = content_words(f"{fact.context} {prompts}", STOPWORDS)
    return words, year.group() if year else normalize(fact.value)


def changed_year(fact: FactItems) -> re.Match[str] | None:
    """The year a statement's false version changes: "The Chrysler Building's height
    officially surpassed the Woolworth's on October 16, 1935" (False) tells 1929, which "On
    October 23, 1929, one week after surpassing the Woolworth Building's height ..." gives."""
    false = fact.options.get("tf_false")
    if fact.value or false is None:
        return None
    kept = set(YEAR_IN_TEXT.findall(false.prompt))
    return next((m for m in YEAR_IN_TEXT.finditer(fact.context) if m.group() not in kept), None)


STOPWORDS = frozenset(
    """that this with from were have been which when their there they into also than then
    over after before during about where while would could should such these those""".split()
)


# A date to the day in normalised text ("september 7 1783", "7 september 1783").
FULL_DATE = re.compile(
    r"\b(?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) (?:\d{1,2} )?\d{4}\b"
)


def full_days(fact: FactItems) -> set[str]:
    """The full dates a fact tells (in its source text or as its value), day first."""
    found = set()
    for match in FULL_DATE.finditer(normalize(f"{fact.context} {fact.value}")):
        day = re.search(r"\b\d{1,2}\b", match.group())
        if day:
            month = re.search(r"[a-z]+", match.group())
            found.add(f"{day.group()} {month.group() if month else ''} {match.group()[-4:]}")
    return found


def outlived(falses: list[str], texts: list[str]) -> bool:
    """A false statement of a death ("died on May 18, 1909.") that another item's text shows
    wrong: it names a later year ("Secretary of the Interior from 1913 to 1920", R188); or of
    a birth that another item's age shows wrong ("born on March 27, 1990" beside "In 2010,
    13-year-old Lisa auditioned", ``texts`` normalised)."""
    for false in falses:
        died = re.fullmatch(r"[^,]+ died (?:on|in) .{0,20}?(\d{4})\.", false)
        if died and any(int(y) > int(died[1]) for t in texts for y in YEAR_IN_TEXT.findall(t)):
            return True
        born = re.fullmatch(r"[^,]+ was born (?:on|in) .{0,20}?(\d{4})\.", false)
        ages = [m.groups() for t in texts for m in AGED.finditer(t)] if born else []
        if born and any(abs(int(y) - int(age) - int(born[1])) > 1 for y, age in ages):
            return True
    return False


AGED = re.compile(r"\b(1\d{3}|20\d\d) (\d{1,2}) year old\b")  # ("in 2010 13 year old")


NATION_WORDS = {nation: re.compile(rf"\b{nation}\b") for nation in NATIONALITIES}


def shown_country(false: str, context: str, others: list[str]) -> bool:
    """A false nationality ("an American composer" made "Canadian") that another item shows
    with a place of the true one's country: "born in Eagle Rock, Los Angeles, California",
    "born and educated in Western Australia" (R231)."""
    for nation, (country, _) in NATIONALITIES.items():
        word = NATION_WORDS[nation]  # (each needs its name in the text: looked for first)
        if nation in context and word.search(context) and not word.search(false):
            return any(country in o or names_a_region_of(o, country) for o in others)
    return False


def country_shown(fact: FactItems, option: str, chosen: list[tuple[FactItems, str]]) -> bool:
    """``fact``'s ``option`` beside the ``chosen`` items: a false nationality one of them shows
    (or this one shows a chosen false one's)."""
    prompt = fact.options[option].prompt
    shown = [f.options[o].prompt for f, o in chosen]
    if option == "tf_false" and shown_country(prompt, fact.context, shown):
        return True
    falses = [(f.options[o].prompt, f.context) for f, o in chosen if o == "tf_false"]
    return any(shown_country(false, context, [prompt]) for false, context in falses)


def said_words(prompt: str) -> set[str]:
    """The prompt's lowercase words of four letters or more (no names), with every verb of a
    start where one is said."""
    words = set(re.findall(r"\b[a-z]{4,}\b", prompt))
    return words | START_VERBS if words & START_VERBS else words


def kindred(answer: str, other: str, common: frozenset[str]) -> bool:
    """Two answers (normalised, spaced) that are one, or share a rare name: "Daiei Studios" and
    "Daiei Motion Picture Company" (one fact asked twice, R303), "Fred Avery" and "Tex Avery",
    "Johnny Burnette Sings" and "Johnny Burnette" (the album gives the artist away). Not a
    common word, a place's name or a given name; not the subject's words (``common``)."""
    if answer == other:
        return True
    shared = set(answer.split()) & set(other.split()) - common
    return any(
        len(w) >= 4
        and not known_word(w)
        and not gazetteer_type(w.title())
        and not given_name(w.title())
        and w.title() not in MONTHS  # (two dates of one month: a birth and a death)
        for w in shared
    )


FIRM_WORD = re.compile(
    r" (?:press|books|publishing|publishers|records|studios|company|co|inc|ltd|group|pictures|"
    r"films|entertainment|productions) $"
)


def names_in(answer: str, text: str) -> bool:
    """``text`` (normalised, spaced) names ``answer``: as written, or first and last names
    with a nickname or initial between ("Joseph "Holy Joe" Atkinson" for Joseph E. Atkinson)."""
    if answer in text or re.fullmatch(r" (democrat|republican) ", answer) and answer[:-1] in text:
        return True  # ("Democrat" in "an American Democratic politician", R188)
    core = FIRM_WORD.sub(" ", answer)  # "the small press Parnassus" for Parnassus Press (R351)
    if core != answer and len(core) > 5 and core in text:
        return True
    words = answer.split()
    if len(words) < 3 or not re.fullmatch(r"\w\.?", words[1]):
        return False  # (only "first initial last": "Joseph E. Atkinson", not any two words)
    between = r"(?: (?!(?:and|or|with|to|of|by|the|a|met)\b)\S+){1,2}"  # a nickname, not a clause
    return bool(re.search(rf" {re.escape(words[0])}{between} {re.escape(words[-1])} ", text))


def answer_year(fact: FactItems, option: str) -> str:
    """A year or date answer's year (" 1994 "), which another prompt must not print ("Who
    directed the 1994 film ...?" beside "When was it released?", R107, R109, R222)."""
    year = re.search(r"\b\d{4}$", fact.options[option].answer)
    dated = fact.answer_type in ("year", "date") or re.fullmatch(r"\d{4}", fact.value or "-")
    return f" {year.group()} " if dated and year and not option.startswith("tf_") else ""


def name_answer(fact: FactItems, option: str) -> str:
    """The answer as " x " when a name or a dated day ("Othniel Marsh", "19 June 1992"), or ""."""
    if option.startswith("tf_"):
        return ""
    raw = fact.options[option].answer  # (a place by its own name: "Chertsey" of "Chertsey,
    head = normalize(raw.split(",")[0])  # Surrey, England" told in another item, R123)
    answer = head if len(head) >= 4 and not re.search(r"\d", raw) else normalize(raw)
    return f" {answer} " if len(answer) >= 4 and re.search(r"[a-z]", answer) else ""
