"""Items from simple tables: a results table gives "Which rider finished first in the MotoGP
classification?" (second and third too where the infobox names them), with wrong choices from
the same column (since stop 48 no "Which motorcycle is listed for ...?": R282 failed it, as
R62-R63 had failed 2 of 3 such)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from quiz.generator.article import Cell
from quiz.generator.choices import pick_unreadable, readable
from quiz.generator.facts import InfoboxFact
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.lexicon import singular
from quiz.generator.spans import Span
from quiz.model import TRUE_FALSE_CHOICES
from quiz.text import normalize

ORDINALS = ["first", "second", "third", "fourth", "fifth"]
# A results table's position column ("#" only numbers rows: a ratification order is no result).
SCORE = re.compile(r"(?i)^(?:pts\.?|points|score|total)$")
POSITION = re.compile(r"(?i)^(pos\.?|position|place|pl\.?|rank)$")
TOP_ROWS = 3
# The winner's row only ("which jockey finished third?" is trivia, R262, R254), unless the
# infobox names the placing in the main class ("Second_Rider_MotoGP = Valentino Rossi", the
# class listed first): R422 passed 11 of 11 such, and failed a support class's 2 of 2.
ASKED_ROWS = 1
# A race report's infobox line: the placing or feat, who, and the class if any ("Pole_Rider_250").
SEXED = re.compile(r"(?:Men|Women|Mixed|Boys|Girls)'s\b")
PLACING_FIELD = re.compile(r"(?i)(first|second|third|pole|fast)_(rider|driver)(?:_([a-z0-9]+))?")


def main_class(infobox: list[InfoboxFact]) -> str:
    """The class of a race report's first placing line, lowercased ("motogp" for
    "Pole_Rider_MotoGP"; "" where its lines name no class, as a Formula One report's)."""
    for line in infobox:
        if found := PLACING_FIELD.fullmatch(line.name.strip()):
            return (found.group(3) or "").lower()
    return ""


def _name_like(cell: Cell) -> bool:
    return bool(re.fullmatch(r"[A-Z][\w .'’&-]{1,40}", cell.text)) and not re.search(
        r"\d", cell.text
    )


# Where rows are placings: a race, a league, an election, a contest.
CONTEST = re.compile(
    r"(?i)result|classification|standing|race|grand prix|championship|tournament|league|"
    r"season|cup|final|qualif|election|contest|competition|match|game|olympic|medal|award"
)


# A list of the season's best by a count, not a placing: "Top goalscorers", "Scoring statistics".
STATISTICS = re.compile(r"(?i)scorer|assist|statistic|scoring|top \w+")
RESULTS = re.compile(r"(?i)\bresults?\b|\bclassification\b")
RESULTS_END = re.compile(r"(?i)\s*\b(?:results?|classification)$")
NOT_FINAL = re.compile(r"(?i)\b(?:heats?|semi|practice|qualif|prelim|group|wins)")
NUMBERED = re.compile(r"(?i)\b(?:race|round|heat|stage|game|leg|match|day|week|part)\s*\d+\b")


def _name_column(header: list[str], columns: list[tuple[Cell, ...]]) -> int | None:
    """The column of names (mostly name-like and distinct, under a word heading), or None."""
    return next(
        (
            i
            for i, col in enumerate(columns)
            if sum(_name_like(c) for c in col) >= 0.8 * len(col)
            and len({c.text for c in col}) >= 0.8 * len(col)
            and re.fullmatch(r"[A-Za-z ]{3,20}", header[i])
        ),
        None,
    )


@dataclass(frozen=True)
class Ranked:
    """A ranked results table ("Pos." 1, 2, 3 ...): its headings, columns and name column."""

    header: list[str]
    columns: list[tuple[Cell, ...]]
    key: int

    @property
    def names(self) -> list[str]:
        return [c.text for c in self.columns[self.key]]


def ranked(rows: list[list[Cell]]) -> Ranked | None:
    """``rows`` read as a ranked results table with a column of names, or None."""
    if len(rows) < 5 or not all(c.header for c in rows[0]):
        return None
    header = [c.text for c in rows[0]]
    data = [r for r in rows[1:] if len(r) == len(header)]
    columns = list(zip(*data, strict=False))
    key = _name_column(header, columns) if len(data) >= 4 else None
    first = [c.text for c in columns[0][:3]] if columns else []
    if key is None or not POSITION.match(header[0]) or first != ["1", "2", "3"]:
        return None  # only ranked results: the top rows are what a teacher would ask
    return Ranked(header, columns, key)


def _noun(header: str) -> str:
    word = re.sub(r"[^A-Za-z ]", "", header).strip().lower()
    return word if re.search(r"(?:us|is|ss)$", word) else singular(word)  # ("status", R257)


class TableItems:
    """Items of one article's tables."""

    def __init__(self, sentence_items: SentenceItems) -> None:
        self.si = sentence_items
        self.facts = sentence_items.facts

    def items(self) -> list[FactItems]:
        out: list[FactItems] = []
        sections = [section for section, _ in self.facts.tables]
        for section, rows in self.facts.tables:
            if sections.count(section) == 1:  # ("the standings": of drivers or makers? R40)
                out.extend(self.table(section, rows))
        return out

    def table(self, section: str, rows: list[list[Cell]]) -> list[FactItems]:
        found, leaf = ranked(rows), section.split(" > ")[-1]
        if found is None or re.search(r"(?i)standings|points", section):
            return []  # a points table: its first is no race's winner (R261)
        header, columns, key = found.header, found.columns, found.key
        if not RESULTS.search(section) or NOT_FINAL.search(leaf) or STATISTICS.search(section):
            return []  # only a results table: not "In the top Assists of ...", a semifinal, a
            # free practice, a club's tally (R278-R283 passed 1 of 10)
        if NUMBERED.search(leaf):
            return []  # "In the race 2 of ...": one of several races
        if _noun(header[key]) == "name":
            return []  # "which name finished first?"
        leaf = leaf or "table"
        first = leaf.split()[0]
        if re.fullmatch(r"[A-Z][a-z]+", first):
            leaf = leaf[:1].lower() + leaf[1:]  # "Results" -> "results"; "MotoGP" stays
        generic = r"(?:race |full |final )?(?:results?|classification|race|final)"
        parents = [RESULTS_END.sub("", p) for p in section.split(" > ")[:-1]]  # (of which class?
        if any(parents) and re.fullmatch(generic, leaf):  # "the Supersport race ...", R282;
            leaf = f"{[p for p in parents if p][-1]} {leaf}"  # "European Stock 600 Series race")
        where = f"In the {leaf} of {self.subject()}" if leaf != "race" else f"At {self.subject()}"
        out: list[FactItems] = []
        keys = found.names
        if not CONTEST.search(f"{section} {self.facts.infobox_type}"):
            return []  # a ranking of speakers per country: nobody "finished third"
        score = next((i for i, h in enumerate(header) if SCORE.match(h)), None)
        scores = [c.text for c in columns[score]] if score is not None else []
        podium = self.podium()
        asked = [r for r in range(TOP_ROWS) if r < ASKED_ROWS or normalize(keys[r]) in podium]
        for rank in asked:
            if (
                scores
                and scores[rank] in scores[max(rank - 1, 0) : rank] + scores[rank + 1 : rank + 2]
            ):
                continue  # tied on points: "third" fits either (R40)
            prompt = f"{where}, which {_noun(header[key])} finished {ORDINALS[rank]}?"
            out.append(self.fact(section, prompt, keys[rank], keys[: TOP_ROWS + 3], rows, rank))
        return [f for f in out if f is not None and f.options]

    def podium(self) -> set[str]:
        """The names the infobox gives as the main class's second or third place (normalised)."""
        main = main_class(self.facts.infobox)
        return {
            normalize(line.value)
            for line in self.facts.infobox
            if (found := PLACING_FIELD.fullmatch(line.name.strip()))
            and found.group(1).lower() in ("second", "third")
            and (found.group(3) or "").lower() == main
        }

    def subject(self) -> str:
        """The article's name as a question words it; an event of a games by its event and
        the games ("the women's 50 metre backstroke at the 2003 World Aquatics Championships"
        for "Swimming at the 2003 World Aquatics Championships – Women's 50 metre
        backstroke", not pasted whole into "In the final of ...", R461)."""
        part = re.fullmatch(r"[A-Z][\w ]* at the (.+?) – (.+)", self.facts.title)
        if part:
            event = part[2][0].lower() + part[2][1:] if SEXED.match(part[2]) else part[2]
            return f"the {event} at the {part[1]}"
        named = self.facts.subject_phrase or self.facts.title
        named = f"the {named}" if named[:1].isdigit() else named  # ("At the 2014 ... 400", R465)
        return re.sub(r"^(the \d\S*) The ", r"\1 ", named)  # (of "2014 The Women's Tour")

    def fact(
        self,
        section: str,
        prompt: str,
        answer: str,
        pool: list[str],
        rows: list[list[Cell]],
        rank: int,
    ) -> FactItems:
        key = digest(section, prompt, answer)
        cells = zip((c.text for c in rows[0]), (c.text for c in rows[rank + 1]), strict=False)
        context = "; ".join(f"{head}: {cell}" for head, cell in cells)  # ("Rider: Ann Vole")
        fact = FactItems(key, -1, context, section, "entity", 0.95 - 0.05 * rank)
        span = Span(0, len(answer), answer, "entity")
        spelt = self.si.spellings(span, self.si.types.coarse.get(answer) == "person")
        fact.options["short_answer"] = self.si.make(
            "short_answer", fact, prompt, span, accept=spelt
        )
        others = [v for v in pool if normalize(v) != normalize(answer)]  # ("Harvick", R465)
        rng = random.Random(f"{self.si.seed}:{key}")
        wrong = rng.sample(others[:8], 3) if len(others) >= 3 else []
        if wrong and readable([answer, *wrong], answer):
            wrong = pick_unreadable(answer, others)  # not the only long name (R248)
        if wrong:
            choices = [answer, *wrong]
            rng.shuffle(choices)
            fact.options["mcq"] = self.si.make("mcq", fact, prompt, span, choices=choices)
            statement = prompt.removesuffix("?")
            if " finished " in statement:
                true = re.sub(r", which \w+ finished", f", {answer} finished", statement) + "."
                false = re.sub(r", which \w+ finished", f", {wrong[0]} finished", statement) + "."
                fact.options["tf_true"] = self.si.make(
                    "true_false", fact, true, span, answer="True", truth="true"
                )
                fact.options["tf_false"] = self.si.make(
                    "true_false", fact, false, span, answer="False", truth="false"
                )
                for option in ("tf_true", "tf_false"):
                    fact.options[option].choices = list(TRUE_FALSE_CHOICES)
        return fact
