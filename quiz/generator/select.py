"""The bank: one item per fact, central facts first, one item a sentence, a mix of kinds."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from quiz.generator.items import SUITS, FactItems
from quiz.generator.salience import life_statement, minor_false_year, weak_past_lead
from quiz.generator.spans import YEAR_IN_TEXT
from quiz.generator.told import (
    answer_year,
    country_shown,
    full_days,
    kindred,
    name_answer,
    names_in,
    outlived,
    said_words,
    what_it_tells,
)
from quiz.model import Question
from quiz.text import normalize

# The mix a bank aims for; true/false split evenly between true and false statements.
TARGET = {"mcq": 0.30, "cloze": 0.22, "short_answer": 0.20, "tf_true": 0.14, "tf_false": 0.14}
MIN_SALIENCE = 0.45
TRUE_PAST_LEAD = 1.0  # true ones past the lead below it passed 44 of 68, above 269 of 343
PER_ROW = 2  # a table row, list item or infobox line: two items at most
PER_SENTENCE = 1  # two items of one sentence print each other's answers (reviews failed them)
SMALL_BANK = 10
LONG_PROMPT = 25  # words; longer prompts passed 61 of 102 blind reviews, shorter 731 of 941
STATEMENT_WORDS = 16  # a statement's: longer ones passed 30 of 52 (R272-R311), others 112/139
TRUE_SHARE = 0.5  # true statements at most half of a bank's (always answering True must fail)


def _suit(fact: FactItems, option: str) -> float:
    table = SUITS.get(fact.answer_type, SUITS["entity"])
    return table.get("tf" if option.startswith("tf_") else option, 0.7)


@dataclass
class Bank:
    """The choice so far, with the counts every rule looks at."""

    chosen: list[tuple[FactItems, str]] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    per_sentence: Counter[int] = field(default_factory=Counter)
    per_row: Counter[str] = field(default_factory=Counter)  # a table row's or list item's items
    tf_sentences: set[int] = field(default_factory=set)
    kinds_of_sentence: dict[int, set[str]] = field(default_factory=dict)
    prompts: set[str] = field(default_factory=set)
    taken: set[str] = field(default_factory=set)
    told: list[tuple[int, str, frozenset[str], str]] = field(default_factory=list)
    days: dict[str, int] = field(default_factory=dict)  # a full date told -> its sentence
    said: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)  # (cached)
    by_word: dict[str, list[int]] = field(default_factory=dict)  # word -> entries of told

    everywhere: frozenset[str] = frozenset()  # words of a fifth of the facts (the subject's)
    false_figures: set[str] = field(default_factory=set)  # what false statements put in
    hidden: set[str] = field(default_factory=set)  # the true years and names they took out
    numeric: int = 0  # how many chosen facts have a numeric answer
    answers: list[tuple[str, str]] = field(default_factory=list)  # (source, " name ")
    texts: list[tuple[str, str]] = field(default_factory=list)  # (source, " prompt ")

    def room(self, fact: FactItems, option: str, numbers: bool = True) -> bool:
        """Whether ``fact`` may go in as ``option`` (sentence limits, one prompt each)."""
        prompt = fact.options[option].prompt
        if fact.key in self.taken or normalize(prompt) in self.prompts:
            return False
        if len(prompt.split()) > (STATEMENT_WORDS if option.startswith("tf_") else LONG_PROMPT):
            return False  # (R94-R107: vague, trivia or a trick in one of its clauses)
        past = option == "tf_true" and fact.section and fact.salience < TRUE_PAST_LEAD
        weak = minor_false_year(prompt, option) or fact.section and weak_past_lead(prompt, option)
        if past or weak or life_statement(fact.context, fact.sentence, option):
            return False
        if fact.sentence < 0 and self.per_row[_source(fact)] >= PER_ROW:
            return False  # ("which team ...", "which driver ...", ... of one race result)
        if fact.sentence >= 0:
            if self.per_sentence[fact.sentence] >= PER_SENTENCE:
                return False
            if fact.sentence in self.tf_sentences or (
                option.startswith("tf_") and self.per_sentence[fact.sentence]
            ):
                return False  # a statement of the sentence answers any other item from it
        if numbers and not self.numbers_fit(fact):
            return False
        if _false_figures(fact, option) & self.false_figures:
            return False  # "2001" in three false statements: a learner marks 2001 False (R50)
        return not self.gives_away(fact, option) and not self.told_before(fact, option)

    def gives_away(self, fact: FactItems, option: str) -> bool:
        """Another chosen item's prompt names this item's answer, or this prompt names another
        item's ("... released on June 19, 1992, earning" beside "When was it released?").
        Two items of one sentence are siblings, kept apart in every quiz (see room())."""
        text = f" {normalize(fact.options[option].prompt)} "
        printed = set(re.findall(r" the (\d{4}) [a-z]", text))  # (a year as a name's: "the
        printed |= {word for word in text.split() if not word.isdigit()}  # 2006 song"), words
        said = said_words(fact.options[option].prompt)  # ("founded" is "formed", R290)
        if printed & self.hidden or any(
            (f" the {truth} " if truth.isdigit() else f" {truth} ") in other
            or truth.isdigit()
            and f" {truth} " in other
            and any(f" {w} " in other for w in said)
            for truth in _hidden_truth(fact, option)
            for _, other in self.texts
        ):  # "the 2006 song" beside "... released in 2012", "the first British woman"
            return True  # "Kate Avery is a French runner" (R173, R177), "born in 1957" (R185)
        own = _source(fact)
        falses = [f.options[o].prompt for f, o in self.chosen if o == "tf_false"]
        mine = [fact.options[option].prompt] if option == "tf_false" else []
        death = outlived(falses, [text]) or outlived(mine, [t for _, t in self.texts])
        if death or country_shown(fact, option, self.chosen):  # (a false death before a year
            return True  # another item names, R188; "Canadian" beside "California", R231)
        if any(names_in(answer, text) for where, answer in self.answers if where != own):
            return True
        answer = name_answer(fact, option)
        if answer and any(kindred(answer, other, self.everywhere) for _, other in self.answers):
            return True  # one item per name: "Who made himself rich ...?" beside "_____ was
            # hanged" (both William Chaloner), the second adds nothing to learn
        answer = answer or answer_year(fact, option)  # ("the 1994 film", R109)
        return bool(answer) and any(
            names_in(answer, other) for where, other in self.texts if where != own
        )

    def numbers_fit(self, *facts: FactItems) -> bool:
        """Numbers never outnumber names once ``facts`` are in, but for a bank's first item
        (a bank under ten had held one more: the bundled bank 4 of 7, over the audit's 50%)."""
        numeric = self.numeric + sum(f.numeric for f in facts)
        total = len(self.chosen) + len(facts)
        return numeric <= total - numeric + (total == 1)

    def told_before(self, fact: FactItems, option: str) -> bool:
        """The same fact from another sentence: the same value with much the same words
        ("founded by Will Shu in 2013" and "was founded in 2013 by Will Shu and Greg
        Orlowski"), the same statement ("As of 2020, Deliveroo has not yet made a profit"), or
        a statement that states what another item asks ("When was Ada Quill born?" and "Quill
        was born in London in 1815.")."""
        words, value = self.said.get(fact.key) or self.said.setdefault(
            fact.key, what_it_tells(fact)
        )
        if any(self.days.get(day, fact.sentence) != fact.sentence for day in full_days(fact)):
            return True  # one date, one event: "Euler died on September 7, 1778" (False)
        statement = normalize(fact.context) if option.startswith("tf_") else ""
        common = Counter(i for w in words for i in self.by_word.get(w, ()))  # words in common
        for i in sorted(common):
            sentence, other_value, other, other_statement = self.told[i]
            if sentence >= 0 and sentence == fact.sentence:
                continue  # two facts of one sentence (see room())
            shared = common[i] / max(1, min(len(words), len(other)))
            if shared >= 0.8 and fact.sentence >= 0 and sentence >= 0:
                return True
            same_year = bool(YEAR_IN_TEXT.fullmatch(value)) and value == other_value
            same_year = same_year and bool(fact.value)  # (not a statement's changed year)
            if shared < 0.35 and not (
                (YEAR_IN_TEXT.fullmatch(value) or YEAR_IN_TEXT.fullmatch(other_value))
                and len((words & other) - (frozenset() if same_year else self.everywhere)) >= 2
            ):
                continue  # (one year and two rarer words in common: "signed a new Convention
                # in 1971" beside "a conference for early 1971 to finalize the Convention", R51)
            if value and (value == other_value or f" {value} " in f" {other_statement} "):
                return True
            if statement and other_value and f" {other_value} " in f" {statement} ":
                return True
        return False

    def add(self, fact: FactItems, option: str) -> None:
        words, value = self.said.get(fact.key) or self.said.setdefault(
            fact.key, what_it_tells(fact)
        )
        statement = normalize(fact.context)  # (a gap's prompt shows the rest of it too, R53)
        for word in words:
            self.by_word.setdefault(word, []).append(len(self.told))
        self.told.append((fact.sentence, value, words, statement))
        for day in full_days(fact):
            self.days.setdefault(day, fact.sentence)
        self.counts[option] += 1
        if option.startswith("tf_") and not re.search(r"\d", fact.options[option].prompt):
            self.counts[f"{option}_plain"] += 1  # a statement without a figure
        self.false_figures |= _false_figures(fact, option)
        self.hidden |= _hidden_truth(fact, option)
        self.prompts.add(normalize(fact.options[option].prompt))
        self.taken.add(fact.key)
        if fact.sentence < 0:
            self.per_row[_source(fact)] += 1
        if fact.sentence >= 0:
            self.per_sentence[fact.sentence] += 1
            self.kinds_of_sentence.setdefault(fact.sentence, set()).add(option)
            if option.startswith("tf_"):
                self.tf_sentences.add(fact.sentence)
        self.chosen.append((fact, option))
        self.numeric += fact.numeric
        where = _source(fact)
        self.texts.append((where, f" {normalize(fact.options[option].prompt)} "))
        for answer in dict.fromkeys([name_answer(fact, option), answer_year(fact, option)]):
            if answer:  # (a day's year too: "released on 11 May 1995" beside "Who directed the
                self.answers.append((where, answer))  # 1995 film ...?", R417)

    def room_for_true(self, spare: int = 0) -> bool:
        """One more true statement (and ``spare`` more) keeps True within TRUE_SHARE (R95-R96)."""
        true, false = self.counts["tf_true"] + 1 + spare, self.counts["tf_false"]
        return true <= TRUE_SHARE * (true + false)

    def plain_true_fits(self, fact: FactItems) -> bool:
        """A true statement without a figure goes in only beside as many false ones without
        (after the bank's first): "True unless it has a year" guessed 66% of R100's."""
        if re.search(r"\d", fact.options["tf_true"].prompt) or not self.counts["tf_true"]:
            return True
        return self.counts["tf_true_plain"] < self.counts["tf_false_plain"]

    def best_option(self, fact: FactItems) -> str | None:
        """The kind that suits the fact and the bank's mix best (never an unbalancing "True")."""
        total = len(self.chosen) + 1
        used = self.kinds_of_sentence.get(fact.sentence, set())
        best: tuple[float, str] | None = None
        for option in fact.options:
            if not self.room(fact, option):
                continue
            if option == "tf_true" and not (self.room_for_true() and self.plain_true_fits(fact)):
                continue
            deficit = TARGET[option] * total - self.counts[option]
            score = _suit(fact, option) + 0.6 * deficit - (0.5 if option in used else 0.0)
            if best is None or score > best[0]:
                best = (score, option)
        return best[1] if best else None


def _source(fact: FactItems) -> str:
    """Where a fact comes from: its sentence, table row, list item or infobox line."""
    return str(fact.sentence) if fact.sentence >= 0 else normalize(fact.context)


FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")


def _false_figures(fact: FactItems, option: str) -> set[str]:
    """The figures a false statement puts in place of the article's ("In 2001, ..." for 2006)."""
    if option != "tf_false":
        return set()
    return set(FIGURE.findall(fact.options[option].prompt)) - set(FIGURE.findall(fact.context))


def _hidden_truth(fact: FactItems, option: str) -> set[str]:
    """What a false statement took out of the article's sentence, normalised: its year
    ("2006"), or where no figure changed, its name ("british" for "a French runner")."""
    if option != "tf_false":
        return set()
    told, true = set(FIGURE.findall(fact.options[option].prompt)), set(FIGURE.findall(fact.context))
    if told != true:
        return {year for year in true - told if YEAR_IN_TEXT.fullmatch(year)}
    if fact.sentence < 0:
        return set()  # (an infobox line's words are no sentence's: "Birth date: ...")
    names = set(re.findall(r"\b[A-Z][a-z]+\b", fact.context))
    return {
        normalize(n)
        for n in names - set(re.findall(r"\b[A-Z][a-z]+\b", fact.options[option].prompt))
    }


def select(facts: list[FactItems]) -> list[Question]:
    """Questions for the bank, in article order."""
    ranked = sorted(
        (f for f in facts if f.salience >= MIN_SALIENCE and f.options),
        key=lambda f: (-f.salience, f.sentence, f.key),
    )
    bank = Bank()
    bank.everywhere = _everywhere(ranked, bank.said)
    # Facts by salience, each with its best kind; one that had to wait gets another turn.
    for _ in range(3):
        for fact in ranked:
            if fact.key in bank.taken:
                continue
            if fact.numeric and "tf_false" in fact.options:
                if _false_beside_a_statement(fact, ranked, bank):
                    continue  # a number asked this way brings a name with it
            option = bank.best_option(fact)
            if option is not None:
                bank.add(fact, option)
    _pair_statements(ranked, bank)
    _lead_statement(ranked, bank)
    chosen = sorted(bank.chosen, key=lambda pair: (pair[0].sentence, pair[0].key))
    return [fact.options[option] for fact, option in chosen]


def _everywhere(
    facts: list[FactItems], said: dict[str, tuple[frozenset[str], str]]
) -> frozenset[str]:
    """The words a fifth of the facts (three at least) share: the subject's ("Glasgow");
    what each fact tells goes into ``said``, the bank's cache of it."""
    counts = Counter(w for f in facts for w in said.setdefault(f.key, what_it_tells(f))[0])
    return frozenset(w for w, n in counts.items() if n >= max(3, len(facts) / 5))


def alike(true: FactItems, false: FactItems) -> bool:
    """A true and a false statement alike to a test-wise reader: both with a figure or both
    without (else "a number means False" guesses the answers)."""

    def figure(fact: FactItems, option: str) -> bool:
        return bool(re.search(r"\d", fact.options[option].prompt))

    return figure(true, "tf_true") == figure(false, "tf_false")


def _false_beside_a_statement(fact: FactItems, ranked: list[FactItems], bank: Bank) -> bool:
    """A number goes in as a false statement with a waiting true statement of another
    sentence (a name for its number, one True for one False). True when the pair went in."""
    if not bank.room(fact, "tf_false", numbers=False):
        return False
    for partner in ranked:
        if (
            partner.key not in bank.taken
            and not partner.numeric
            and "tf_true" in partner.options
            and partner.sentence != fact.sentence
            and bank.room(partner, "tf_true", numbers=False)
            and bank.numbers_fit(fact, partner)
            and alike(partner, fact)
            and _apart(partner, "tf_true", fact, "tf_false")
        ):
            bank.add(partner, "tf_true")
            bank.add(fact, "tf_false")
            return True
    return False


def _apart(first: FactItems, option: str, second: FactItems, other: str) -> bool:
    """Whether two items going in as a pair (each checked against the bank, not against each
    other) tell different facts: "In 1976, Volk was inducted into the Hall of Honor" (False)
    beside "Volk and Ron Johnson, both inducted in 1989, ..." gives the answer away (R51)."""
    probe = Bank()
    probe.add(first, option)
    return probe.room(second, other, numbers=False)


def _pair_statements(ranked: list[FactItems], bank: Bank) -> None:
    """True statements still waiting go in with a false statement each, made from a fact not
    yet asked: the pair keeps true/false balanced (and numbers no more than names)."""
    donors = [f for f in ranked if f.key not in bank.taken and "tf_false" in f.options]
    for fact in ranked:
        if bank.room_for_true(spare=1):
            if (
                fact.key not in bank.taken
                and "tf_true" in fact.options
                and bank.room(fact, "tf_true")
                and bank.plain_true_fits(fact)
            ):
                bank.add(fact, "tf_true")
                continue
        if fact.key in bank.taken or "tf_true" not in fact.options:
            continue
        if not bank.room(fact, "tf_true", numbers=False):
            continue
        for donor in donors:
            if donor.key in bank.taken or donor.sentence == fact.sentence:
                continue
            if not alike(fact, donor):
                continue
            if not bank.room(donor, "tf_false", numbers=False):
                continue
            if not bank.numbers_fit(fact, donor) or not _apart(fact, "tf_true", donor, "tf_false"):
                continue
            bank.add(fact, "tf_true")
            bank.add(donor, "tf_false")
            break


def _lead_statement(ranked: list[FactItems], bank: Bank) -> None:
    """A bank with false statements but no true one takes the lead's first true one: R46
    accepted 14 of 18 such statements of the lead, 6 of 17 past it."""
    if bank.counts["tf_true"] or bank.counts["tf_false"] >= SMALL_BANK:
        return
    if not bank.counts["tf_false"]:
        return  # no lone "True": a bank of one true statement is always True (R272-R273: such
        # statements, 30 and 35 of each round's, passed 42 of 60; the bank's other items 134/140)
    lead = [f for f in ranked if not f.section and f.sentence >= 0 and "tf_true" in f.options]
    for fact in sorted(lead, key=lambda f: (f.sentence, f.key)):
        if bank.room(fact, "tf_true"):
            bank.add(fact, "tf_true")
            return
