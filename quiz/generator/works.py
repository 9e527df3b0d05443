"""A work as a question names it: its kind and year ("the 1927 film The Cat and the Canary")."""

from __future__ import annotations

import re

from quiz.generator.article import disambiguation, plain_title
from quiz.generator.facts import Facts
from quiz.generator.kindwording import RELEASE_FIELD
from quiz.generator.spans import YEAR_IN_TEXT
from quiz.text import normalize

SHORT_WORKS = "essay|pamphlet|poem|short story|novella|treatise|speech|sermon"  # (not a "book")
WORK_KIND = re.compile(
    rf"(?i)\b(film|movie|album|single|song|novel|book|miniseries|{SHORT_WORKS})\b"
)
WORK_NOUN = {"single": "song", "movie": "film"}
# Another work or thing the text names like this one: "a documentary film of the same name"
# beside the album Buena Vista Social Club, the film of the novel Fight Club (R364-R376).
SAME_NAME = re.compile(r"(?i)\b(?:of the same (?:name|title)|same-(?:named|titled)|eponymous)\b")
MAKERS = ("artist", "author", "director", "writer", "starring")
MINOR_WORDS = frozenset("the of and a an in on at for to".split())  # (no word of a title)


# Works whose "Who wrote ...?" has more than one answer: a song's writers (a band, a lyricist,
# a duo: "Kish Mauve", R49), software's firm or developer (R258).
WRITTEN_BY_MANY = re.compile(r"(?i)single|song|album|software|\bapp\b|website")
# A body as a writer: its paper was drafted by its committee's chair too ("Continental
# Congress" of the Articles of Confederation, Dickinson's draft, R437).
WRITING_BODY = re.compile(r"\b(?:Congress|Committee|Council|Assembly)$")


def many_hands(kind: str, writer: str) -> bool:
    """Whether "Who wrote ...?" of a work of infobox ``kind`` by ``writer`` has several answers."""
    return bool(WRITTEN_BY_MANY.search(kind) or WRITING_BODY.search(writer))


def titled_work(facts: Facts) -> bool:
    """The article is a work's (a film, a book, a song: its infobox or its title says so)."""
    kind = facts.infobox_type.replace("_", " ") + " " + " ".join(disambiguation(facts.title))
    return WORK_KIND.search(kind) is not None


# Infobox lines of a building's makers.
BUILDERS = re.compile(r"(?i)engineer|designer|builder|architect")
# Infobox lines of a work's makers whose names a "Who ...?" asks.
CREDIT_FIELD = re.compile(r"(?:producers?|directors?|writers?|screenplay|music|composers?)")


def shared_credit(name: str, facts: Facts, field: str = "") -> bool:
    """The infobox credits ``name`` only beside others ("Producer: Tom Hern; Edward Sampson"),
    or a sentence credits the part its infobox ``field`` names to others too ("composed by A, B
    and Sajid-Wajid"): "Who produced ...?" has two answers (R450); not where a line credits it
    alone ("Director: Milan Luthria", the co-producer among others)."""
    fields = [f for f in facts.infobox if CREDIT_FIELD.fullmatch(f.name.strip().lower())]
    credited = [_names(f.value) for f in fields if name in f.value]
    if bool(credited) and all(len(names) > 1 for names in credited):
        return True
    builders = [f for f in facts.infobox if BUILDERS.search(f.name) and name in f.value]
    if field.startswith("architect") and any(len(_names(f.value)) > 2 for f in builders):
        return True  # "Architect: Eduard Riedel" beside "Civil engineer: Eduard Riedel, Georg
        # von Dollmann, Julius Hofmann", who took the work over (R452)
    # R450: "Music: Sajid-Wajid" beside "The soundtrack was composed by Anand Raj Anand,
    # Himesh Reshammiya and Sajid-Wajid"; the list ends at its first part that is no name
    # ("directed by A, written by B, and starring C and D": A alone)
    verb = CREDIT_VERB.get(field.strip().lower()[:5], "")
    for told in re.finditer(rf"\b(?:{verb}) by ([^.;:()]+)", facts.prose) if verb else ():
        listed = _names(told[1])
        names = listed[: next((i for i, n in enumerate(listed) if not n[:1].isupper()), None)]
        if name in names and len(names) > 1:
            return True
    return False


# The words a sentence credits a maker's part with, by the infobox field's first letters.
CREDIT_VERB = {
    "music": "composed|scored|music|soundtrack",
    "compo": "composed|scored|music",
    "direc": "directed|co-directed",
    "produ": "produced|co-produced",
    "write": "written|co-written",
    "scree": "written|co-written|screenplay",
}


def _names(text: str) -> list[str]:
    """The names a credit lists: "A; B", "A, B and C" (not its notes: "A; (as "B")")."""
    text = re.sub(r"\([^()]*\)", "", text)
    return [p.strip() for p in re.split(r";|,| and | & ", text) if p.strip()]


def dated_work(facts: Facts, subject: str) -> str:
    """``subject`` (the work's name as the bank writes it) with its kind and year (R52), or ""
    where the article is no work, or its lead dates it otherwise ("Ek Do Teen is a 1953 Indian
    film" beside "Released: 1956": "the 1956 film" contradicts the lead, R330)."""
    bracket = " ".join(disambiguation(facts.title))  # "(miniseries)" (R278)
    kind = WORK_KIND.search(facts.infobox_type.replace("_", " ")) or WORK_KIND.search(bracket)
    series = [f.value for f in facts.infobox if f.name.strip().lower() == "series"]
    if "episode" in facts.infobox_type.lower() and series and subject[:1].isupper():
        show = re.sub(r"^[Tt]he ", "", series[0])  # ("the The Sopranos episode", R102)
        return f'the {show} episode "{subject}"'  # ("Who directed Pilot?", R98)
    dates = [f.value for f in facts.infobox if RELEASE_FIELD.fullmatch(f.name.strip().lower())]
    year = next((y for y in map(YEAR_IN_TEXT.search, dates) if y), None)
    if not kind or not year or subject.startswith("the "):
        return ""
    if re.search(r"(?i)\bseries\b", facts.infobox_type):
        return ""  # a "novel series" is no "1950 novel" (The Chronicles of Narnia, R294)
    first = facts.prose.partition(". ")[0]
    told = re.search(r"\b(?:is|was) an? (\d{4})\b", first)
    if told and told[1] != year.group():
        return ""
    noun = WORK_NOUN.get(kind.group(1).lower(), kind.group(1)).lower()
    said = [m.lower() for m in WORK_KIND.findall(first)]  # (the lead's word, as named_in reads it:
    if noun == "book" and said and said[0] in SHORT_WORKS.split("|"):  # "A Modest Proposal ...
        noun = said[0]  # is a satirical essay", no "1729 book", R437)
    return f"the {year.group()} {noun} {subject}"


def named_in(prompt: str, subject: str, dated: str, facts: Facts) -> str:
    """``prompt`` naming the work as ``dated`` (its kind and year) where it asks who made it;
    by its kind ("the album Buena Vista Social Club") where the text names another work like
    it or the work is named after its maker ("the album "Weird Al" Yankovic"); "" where the
    text links another work of its kind and name (only the year tells them apart)."""
    if dated and (prompt.startswith("Who ") or " episode " in dated):
        return prompt.replace(subject, dated, 1)  # (an episode's show: R369)
    kind = WORK_KIND.search(facts.infobox_type.replace("_", " ")) or WORK_KIND.search(
        " ".join(disambiguation(facts.title))
    )
    if not kind:
        return prompt
    own = plain_title(facts.title)  # (another page of its name: "[[Henry V (1944 film)|1944
    namesakes = [to for _, to in facts.links if to.startswith(own) and plain_title(to) == own]
    namesakes = [to for to in namesakes if to not in (own, facts.title)]
    if any(kind[1].lower() in to.lower() for to in namesakes):
        return ""  # film]]" beside Branagh's Henry V: which one's director or year? R394)
    if subject.startswith("the ") or "episode" in facts.infobox_type.lower():
        return prompt
    first = facts.prose.partition(". ")[0]  # (the lead's own word: "a ten-part miniseries",
    said = [m.lower() for m in WORK_KIND.findall(first)]  # not the infobox's "Film", R395)
    makers = {f.value.strip().lower() for f in facts.infobox if f.name.strip().lower() in MAKERS}
    named_like = SAME_NAME.search(facts.prose) or namesakes or subject.strip('"').lower() in makers
    if not said or not named_like:
        return prompt
    word = kind[1].lower() if kind[1].lower() in said else said[0]
    return prompt.replace(subject, f"the {WORK_NOUN.get(word, word)} {subject}", 1)


def boxes_another(facts: Facts) -> bool:
    """The article's infoboxes are its parts' ("Farthest Star" and "Wall Around a Star" atop
    "Saga of Cuckoo", R434: "When was Saga of Cuckoo released?" got the first novel's year):
    several of one type, the first named with no word of the title."""
    if facts.infobox_count < 2:
        return False
    name = next((f.value for f in facts.infobox if f.name.strip().lower() == "name"), "")
    words = {w for w in normalize(plain_title(facts.title)).split() if w not in MINOR_WORDS}
    return bool(name) and not words & set(normalize(name).split())


# A lead that tells of two buildings of one name ("It is the second building to bear that name
# ... The original structure was completed in 1987", R435): the infobox's is the current one's,
# and "When was 7 World Trade Center completed?" had two answers.
TWO_BUILDINGS = re.compile(
    r"\b(?:second|third|new) (?:building|structure|tower|church|stadium|bridge) to (?:bear|have|"
    r"carry|use) (?:that|the|this|its) name\b|\b[Bb]oth (?:buildings|structures|towers)\b"
)


def two_of_a_name(facts: Facts) -> bool:
    """The lead tells of an earlier building of the same name (``TWO_BUILDINGS``)."""
    return bool(TWO_BUILDINGS.search(facts.prose.split("\n", 1)[0]))
