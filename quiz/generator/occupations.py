"""A person's occupation, as the lead's first sentence gives it, asked with choices from the
same field ("What was Alan Kippax's occupation?" cricketer, jockey, golfer, rugby player)."""

from __future__ import annotations

import random
import re
from itertools import combinations

from quiz.generator.facts import Sentence
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.lexicon import lemmas
from quiz.generator.lifetime import opening_years
from quiz.generator.spans import Span
from quiz.text import normalize

# Occupations by field: a wrong choice comes from the answer's own field, so that it is one a
# learner who has not read the article could believe.
FIELDS = {  # (no word another field's word covers: not "musician" beside "singer", "judge"
    # beside "lawyer", "bishop" beside "priest"; no soldiers, clergy nor businesspeople: their
    # words overlap: an army officer is a soldier, an industrialist a businessman)
    "sport": """footballer cricketer golfer boxer jockey cyclist swimmer wrestler sprinter
        rower fencer skier figure_skater tennis_player rugby_player basketball_player
        baseball_player ice_hockey_player racing_driver""",
    "writing": """novelist poet playwright journalist essayist screenwriter biographer
        columnist translator""",
    "acting": "actress actor comedian dancer",
    "music": "singer composer conductor pianist violinist guitarist rapper",
    "art": "painter sculptor photographer architect cartoonist",
    # (no scientists nor scholars: R236-R239 failed 4 of 4, "mathematician | geologist |
    # zoologist | biologist" the odd one out, "botanist" absurd for Einstein, the field told
    # by the article's own words; no engineer: R187)
    "public life": "politician diplomat lawyer activist trade_unionist",
}
FIELD_OF = {
    name.replace("_", " "): field for field, names in FIELDS.items() for name in names.split()
}
# Words that cover a field's every occupation: where the article uses one, a wrong choice of
# that field may be true of the person too (a "writer" of books of essays is an essayist).
COVERING = {"writing": r"\b(?:writer|author)s?\b"}
PAIRED = {"actor": "actress", "actress": "actor"}
# What shows an occupation the article never names: a lawyer "elected to the Oklahoma House of
# Representatives" is a politician too (R181).
SHOWN = {
    "politician": r"\b(?:elected|candidate|Representatives|Senate|Parliament|Congress|legislat)",
    "diplomat": r"\b(?:[Aa]mbassador|[Cc]onsul|[Ee]nvoy)\b",
    "lawyer": r"\b(?:[Aa]ttorney|law firm|admitted to the bar|practi[cs]ed law)\b",
    "singer": r"\b(?:[Vv]ocals?|sang|sings|singing)\b",  # ("Instruments: Guitar, vocal", R304)
}
# Answers that are no wrong choice for another: a singer may well compose, a journalist write
# columns.
ANSWER_ONLY = frozenset({"composer", "columnist"})
# Occupations younger than some lives: no "screenwriter" among a 19th-century novelist's
# choices (the year of the first people born into them, roughly).
SINCE = {
    "screenwriter": 1870, "rapper": 1950, "racing driver": 1860, "basketball player": 1870,
    "ice hockey player": 1860, "cartoonist": 1800, "photographer": 1800, "columnist": 1850,
    "trade unionist": 1800,
}  # fmt: skip
NAMES = "|".join(sorted((re.escape(n) for n in FIELD_OF), key=len, reverse=True))
# "was an English cricketer", "is a retired American professional basketball player": the
# first noun after "is a"/"was a" and at most three words before it (not the "singer" of
# "singer-songwriter", R195)
OCCUPATION = re.compile(
    rf"^(?P<name>[^,;()]{{3,80}}?) (?P<tense>is|was) an? "
    rf"(?P<how>(?:(?!and |or )[A-Za-z-]+ ){{0,3}}?)(?P<job>{NAMES})\b(?!-)"
    r"(?![ -](?:[a-z]+ )?(?:club|team|league|association|coach|manager|scout))"
)  # (the first of two: not "politician" of "a Florentine merchant and politician", R221)


# Another occupation after the first: "was an English physicist, mathematician, ...".
SEVERAL = re.compile(
    r"(?:, (?:and )?| and )(?:an? )?(?:[a-z-]+ )?[a-z]+(?:ist|er|or|ian|ant|ent|ess)\b(?! of\b)"
)


def _stem(occupation: str) -> str:
    """The start an occupation shares with its craft: "pian" of "pianist", "histo" of
    "historian" ("history"), "guita" of "guitarist"."""
    word = occupation.split()[0]
    return word[: max(4, len(word) - 4)]


def occupation_fact(items: SentenceItems, sentence: Sentence) -> FactItems | None:
    """The lead's first sentence of a person's article as a question on their occupation,
    with three wrong choices of the same field that the article never names."""
    facts = items.facts
    found = OCCUPATION.match(sentence.text) if facts.subject.person else None
    if found is None or sentence.section or sentence.lead_in or "(" in facts.title:
        return None  # ("Jack Brennan (American football)": the title tells it)
    if any(line.name.strip().lower() == "position" for line in facts.infobox):
        return None  # "What position did he play? Midfielder" tells the sport (R185)
    if re.search(r"(?i)fictional|character|legendary|mytholog", sentence.text):
        return None  # a fictional person's "occupation" is the story's
    job = found["job"]
    if job == "politician":
        return None  # what every line of a politician's article shows (R244: 2 of 2 failed)
    if SEVERAL.match(sentence.text, found.end("job")):
        return None  # "physicist, mathematician, astronomer, ...": which one? (R236)
    if FIELD_OF[job] in COVERING and re.search(COVERING[FIELD_OF[job]], facts.prose):
        return None  # "journalist, economist and writer": an essayist is a writer too (R174)
    before = found["how"].split()[-1:]  # ("a table tennis player" is no tennis player)
    kinds = lemmas(before[0]) if before and before[0].islower() else {}
    if job.endswith(" player") and "NOUN" in kinds and "ADJ" not in kinds:
        return None  # (not "a professional basketball player": an adjective)
    if job == "footballer" and re.search(r"(?i)\b(?:union|league|rules|gaelic)\W*$", found["how"]):
        return None  # "a rugby union footballer", "Australian rules football]]er" (R398)
    told = " ".join([facts.prose, *(line.value for line in facts.infobox)])  # ("Instruments:
    prose = f" {normalize(told)} "  # Guitar" rules out "guitarist", R195)
    born = items.born or (0 if re.search(r"\d BCE?\b", facts.prose) else 2000)  # (an ancient)
    born = min([born, *opening_years(facts.prose, True)])  # ("circa 1435-1440 - 1507": no
    # "photographer" for a painter of the 1400s, R299)
    others = [
        other
        for other, field in sorted(FIELD_OF.items())
        if field == FIELD_OF[job]
        and other != job
        and other != PAIRED.get(job)
        and f" {_stem(other)}" not in prose  # (nor its stem: "piano" for "pianist")
        and other not in {*PAIRED, *ANSWER_ONLY}  # ("actor" beside "actress": wrong at a glance)
        and born >= SINCE.get(other, 0)
        and not (other in SHOWN and re.search(SHOWN[other], told))
    ]
    if len(others) < 3:
        return None
    name = facts.subject_phrase or facts.title
    owner = f"{name}'" if name.endswith("s") else f"{name}'s"
    key = digest(sentence.text, "occupation")
    told = sentence.text[: found.end("job")] + "."  # (the clause it asks, not the rest)
    fact = FactItems(key, sentence.index, told, "", "entity", 1.2, value=job)
    rng = random.Random(f"{items.seed}:{key}")
    alike = [other for other in others if len(other.split()) == len(job.split())]
    pool = alike if len(alike) >= 3 else others  # (not the one longest)
    pool = rng.sample(pool, len(pool))  # (in a random order: the first fair three are taken)
    fair = [
        list(three)
        for three in combinations(pool, 3)
        if len({w[-3:] for w in three}) > 1 or three[0][-3:] == job[-3:]  # no odd one out by
        # its ending: "singer" among three "-ist"s (R290)
    ]
    longer = [three for three in fair if any(len(w) >= len(job) for w in three)]
    wrong = (longer or fair or [pool[:3]])[0]  # nor by its length: "wrestler" beside "jockey",
    # "skier", "fencer" (stop 62: the longest choice was the answer in 3 of p110's 5)
    choices = [job, *wrong]
    rng.shuffle(choices)
    span = Span(found.start("job"), found.end("job"), job, "entity")
    tense = "was" if re.search(r"\b(?:former|retired)\b", found["how"]) else found["tense"]
    prompt = f"What {tense} {owner} occupation?"  # ("is a retired basketball player": was)
    fact.options["mcq"] = items.make("mcq", fact, prompt, span, choices=choices)
    return fact
