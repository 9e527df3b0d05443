"""Items: every way one fact can be asked (cloze, choices, typed, true or false), each already
checked for what a strict teacher rejects; the bank then keeps one item per fact."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field

from quiz.generator import checks
from quiz.generator.choices import (
    date_choices,
    number_choices,
    pick_unreadable,
    readable,
    target_rank,
    year_choices,
)
from quiz.generator.entities import EntityTypes, family
from quiz.generator.facts import Facts, Sentence
from quiz.generator.falsify import false_statement_value, opposite_statement
from quiz.generator.insitu import insitu_question
from quiz.generator.lexicon import COMMON_DEMONYMS, same_country
from quiz.generator.questions import (
    by_question,
    did_question,
    how_many_question,
    how_many_subject_question,
    when_question,
    which_object_question,
    who_question,
)
from quiz.generator.spans import Span, open_subject
from quiz.generator.standalone import trim_around
from quiz.model import GAP, TRUE_FALSE_CHOICES, Question
from quiz.text import normalize

NUMERIC = ("year", "date", "number", "money", "percent")
HINTS = {"year": "year", "date": "date", "number": "number", "money": "amount"}
# How well each kind of question suits each kind of answer (the bank balances kinds with these).
SUITS = {
    "year": {"cloze": 1.0, "mcq": 0.9, "short_answer": 0.85, "tf": 0.9},
    "date": {"cloze": 1.0, "mcq": 0.9, "short_answer": 0.8, "tf": 0.9},
    "number": {"cloze": 0.9, "mcq": 0.85, "short_answer": 0.9, "tf": 0.85},
    "money": {"cloze": 0.9, "mcq": 0.85, "short_answer": 0.8, "tf": 0.85},
    "percent": {"cloze": 0.9, "mcq": 0.85, "short_answer": 0.8, "tf": 0.85},
    "person": {"cloze": 0.8, "mcq": 1.0, "short_answer": 0.95, "tf": 0.85},
    "entity": {"cloze": 0.6, "mcq": 1.0, "short_answer": 0.85, "tf": 0.8},
}
LEGACY_CLASS = {
    "person": "person",
    "org": "org",
    "event": "event",
    "place": "place",
    "building": "place",
}


# Nationalities that include one another: an English club is also a British one.
BRITISH = {"British", "English", "Scottish", "Welsh", "Cornish", "Northern Irish"}


def digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


@dataclass
class FactItems:
    """One fact and the questions that could ask it."""

    key: str
    sentence: int  # index of the source sentence; -1 for infobox, lists and tables
    context: str
    section: str
    answer_type: str
    salience: float
    options: dict[str, Question] = field(default_factory=dict)  # kind (tf_true/tf_false) -> q
    value: str = ""  # the true answer ("2013"), to find the same fact told twice

    @property
    def numeric(self) -> bool:
        return self.answer_type in NUMERIC


class SentenceItems:
    """Builds the items of sentence facts, with the article-wide lookups they need."""

    def __init__(self, facts: Facts, types: EntityTypes, seed: int) -> None:
        self.facts = facts
        self.types = types
        self.seed = seed
        self.title = normalize(facts.title)
        self.years = sorted(
            {int(s.text) for sent in facts.sentences for s in sent.spans if s.type == "year"}
        )
        self.latest = max(self.years, default=2100)
        self.born = self.birth_year(facts)
        self.died = self.birth_year(facts, "death_date")
        self.founded = None if facts.subject.person else self.founding_year(facts)
        self.dates = sorted(
            {s.text for sent in facts.sentences for s in sent.spans if s.type == "date"}
        )
        self.demonyms = {
            s.text for sent in facts.sentences for s in sent.swappable if s.type == "demonym"
        }
        # When each name appears (the years of its sentences) and whether it takes "the".
        self.name_years: dict[str, set[int]] = {}
        self.with_the: dict[str, bool] = {}
        for sent in facts.sentences:
            years = {int(y) for y in checks.YEAR_IN_TEXT.findall(sent.text)}
            for span in sent.swappable:
                if span.type == "entity":
                    self.name_years.setdefault(span.text, set()).update(years)
                    the = sent.text[max(0, span.start - 4) : span.start].lower() == "the "
                    self.with_the[span.text] = self.with_the.get(span.text, False) or the

    # -- the answer's kind ---------------------------------------------------------------
    def answer_type(self, span: Span) -> str:
        if span.type == "demonym":
            return "entity"
        if span.type != "entity":
            return span.type
        coarse = self.types.coarse.get(span.text, "")
        return "person" if coarse == "person" else "entity"

    def legacy_class(self, span: Span) -> str:
        coarse = self.types.coarse.get(span.text, "")
        if coarse in LEGACY_CLASS:
            return LEGACY_CLASS[coarse]
        return "proper" if span.text[:1].isupper() else "common"

    # -- one sentence ---------------------------------------------------------------------
    def items(self, sentence: Sentence) -> list[FactItems]:
        if sentence.lead_in:
            return []  # list items are asked through their list (see structured.py)
        out = []
        for span in sentence.spans:
            fact = self.fact(sentence, span)
            if fact is not None and fact.options:
                out.append(fact)
        if not out:
            statement = self.statement(sentence)
            if statement is not None:
                out.append(statement)
        return out

    def statement(self, sentence: Sentence) -> FactItems | None:
        """A sentence with nothing to blank, as a true statement (a false one needs a value to
        change, so these are few and balanced by the false statements of other facts)."""
        text = sentence.text
        if not checks.statement_ok(text) or not sentence.anchored:
            return None
        key = digest(text, "statement")
        fact = FactItems(key, sentence.index, text, sentence.section, "statement", 0.0)
        fact.salience = checks.statement_salience(sentence, self.facts)
        span = Span(0, 0, "", "statement")
        fact.options["tf_true"] = self.make(
            "true_false", fact, text, span, answer="True", truth="true"
        )
        rng = random.Random(f"{self.seed}:{key}")
        for swap in sentence.swappable:
            if swap.type == "entity" and not self.types.coarse.get(swap.text):
                continue
            if swap.type == "entity" and checks.shares_title(swap.text, self.facts.title):
                continue  # the article's own subject swapped out reads as a riddle
            if not checks.false_ok(text, swap.start) or checks.trivia(sentence, swap, self.facts):
                continue
            false = false_statement_value(sentence, swap, self, [], rng)
            if false is None:
                continue
            statement = checks.substitute(text, swap.start, swap.end, false)
            fact.answer_type = self.answer_type(swap)
            fact.options["tf_false"] = self.make(
                "true_false", fact, statement, span, answer="False", truth="false"
            )
            fact.options["tf_false"].tags = [fact.answer_type]
            fact.options["tf_true"].tags = [fact.answer_type]
            break
        if "tf_false" not in fact.options:
            reversed_claim = opposite_statement(text)
            if reversed_claim is not None:
                fact.options["tf_false"] = self.make(
                    "true_false", fact, reversed_claim, span, answer="False", truth="false"
                )
        return fact

    def fact(self, sentence: Sentence, span: Span) -> FactItems | None:
        reason = checks.reject_answer(sentence, span, self.facts, self.types)
        if reason:
            return None
        keep = self.facts.subject.bare
        text, start, end = trim_around(sentence.text, span.start, span.end, keep)
        trimmed = Sentence(text, sentence.section, [], "", -1, sentence.index)
        tspan = Span(start, end, span.text, span.type, span.target)
        trimmed.spans = [tspan] + [
            s for s in sentence.spans if s is not span and text.find(s.text) >= 0
        ]
        key = digest(sentence.text, span.text)
        kind = self.answer_type(span)
        fact = FactItems(key, sentence.index, sentence.text, sentence.section, kind, 0.0)
        fact.value = span.text
        fact.salience = checks.salience(sentence, span, kind, self.facts, self.types, text)
        if fact.salience <= 0:
            return None
        rng = random.Random(f"{self.seed}:{key}")
        wh = self.wh_question(trimmed, tspan)
        cloze = self.cloze(trimmed, tspan, kind)
        wrong = self.choices(trimmed, tspan, key, rng)
        if cloze:
            fact.options["cloze"] = self.make("cloze", fact, cloze, span, accept=self.accept(span))
        if wh and self.typable(span):
            answer, accept = span.text, self.accept(span)
            year = re.fullmatch(r"[A-Z][a-z]+ (\d{4})", span.text)
            if wh.startswith("In what year") and year:
                answer, accept = year.group(1), [span.text]
            fact.options["short_answer"] = self.make(
                "short_answer", fact, wh, span, answer=answer, accept=accept
            )
        mcq_prompt = (
            wh if wh and not (wh.startswith("In what year") and span.type == "date") else None
        )
        mcq_prompt = mcq_prompt or cloze or self.gapped(trimmed, tspan)
        if wrong and mcq_prompt and checks.unit_in_prompt(mcq_prompt, span):
            wrong = []  # "only _____ of the population ... contributes 1%": choices ruled out
        if wrong and span.type == "entity" and checks.role_before(trimmed.text, tspan):
            wrong = []  # "co-host _____": choices that are no co-host are ruled out
        if wrong and mcq_prompt:
            choices = [span.text, *wrong]
            random.Random(f"{self.seed}:{key}:order").shuffle(choices)
            fact.options["mcq"] = self.make("mcq", fact, mcq_prompt, span, choices=choices)
        if checks.statement_ok(text):
            fact.options["tf_true"] = self.make(
                "true_false", fact, text, span, answer="True", truth="true"
            )
            false = false_statement_value(trimmed, tspan, self, wrong, rng)
            if false is not None and checks.false_ok(text, start):
                statement = checks.substitute(text, start, end, false)
                fact.options["tf_false"] = self.make(
                    "true_false", fact, statement, span, answer="False", truth="false"
                )
        return fact

    # -- wording ----------------------------------------------------------------------------
    def wh_question(self, sentence: Sentence, span: Span) -> str | None:
        cls = self.legacy_class(span)
        question = (
            when_question(sentence, span)
            or did_question(sentence, span)
            or how_many_question(sentence, span)
            or how_many_subject_question(sentence, span)
            or who_question(sentence, span, cls)
            or which_object_question(sentence, span)
            or by_question(sentence, span, cls)
            or (
                insitu_question(sentence, span, *self.types.kind_of(span.text))
                if span.text in self.types.sure
                else None
            )
        )
        if question and (
            checks.prompt_problem(question, span, self.facts)
            or re.match(r"(?:Who|Which \w+|What),", question)
        ):
            return None
        return question

    def cloze(self, sentence: Sentence, span: Span, kind: str) -> str | None:
        """The sentence with a gap, when a typed answer has exactly one right fill."""
        if kind == "entity":
            return None  # "the _____" for a place, a body or a work: other names fit too
        if kind == "person" and not checks.unique_person_gap(
            sentence, span, self.facts, self.types
        ):
            return None
        return self.gapped(sentence, span)

    def gapped(self, sentence: Sentence, span: Span) -> str | None:
        """The sentence with a gap and a hint of the answer's kind (choices say which fits)."""
        if open_subject(sentence.text, span, self.legacy_class(span)):
            return None
        hint = HINTS.get(span.type)
        if span.type == "date" and re.fullmatch(r"[A-Z][a-z]+ \d{4}", span.text):
            hint = "month and year"
        elif span.type == "date" and not re.search(r"\d{4}", span.text):
            hint = "day and month"
        gap = f"{GAP} ({hint})" if hint else GAP
        before = re.sub(r"\b([Aa])n? $", lambda m: f"{m.group(1)}(n) ", sentence.text[: span.start])
        prompt = before + gap + sentence.text[span.end :]
        if checks.prompt_problem(prompt, span, self.facts):
            return None
        return prompt

    def typable(self, span: Span) -> bool:
        return span.type != "entity" or len(span.text.split()) <= 4

    def accept(self, span: Span) -> list[str]:
        """Other spellings a learner may type: a fuller link target, a person's surname."""
        out: list[str] = []
        target = re.sub(r"\s*\(.*\)$", "", span.target or "")
        if target and normalize(target) != normalize(span.text) and len(target.split()) <= 6:
            words, target_words = set(normalize(span.text).split()), set(normalize(target).split())
            if words <= target_words or (len(target_words) > 1 and target_words <= words):
                out.append(target)
        if self.types.coarse.get(span.text) == "person" and len(span.text.split()) >= 2:
            surname = span.text.split()[-1]
            if len(surname) > 3 and surname[0].isupper():
                out.append(surname)
        return out

    # -- choices ----------------------------------------------------------------------------
    @staticmethod
    def birth_year(facts: Facts, field: str = "birth_date") -> int | None:
        """The subject's year of birth (or of ``field``), from its infobox."""
        for line in facts.infobox:
            if line.name.lower().replace(" ", "_") == field:
                found = re.search(r"\b(1\d{3}|20\d{2})\b", line.value)
                return int(found.group()) if found else None
        return None

    def year_anchors(self, sentence: Sentence, span: Span) -> list[int]:
        """Years a wrong year must not cross: the sentence's other years, the subject's
        childhood or death, or the years before it was founded."""
        anchors = checks.other_years(sentence, span)
        year = re.search(r"\d{4}", span.text) if span.type in ("year", "date") else None
        if year and self.born and int(year.group()) >= self.born + 16:
            anchors = [*anchors, self.born + 15]  # no wrong year from their childhood
        if year and self.died:
            # a memorial after the death, a deed before it
            died = self.died - 1 if int(year.group()) >= self.died else self.died
            anchors = [*anchors, died]
        if year and self.founded and int(year.group()) > self.founded:
            anchors = [*anchors, self.founded]  # nothing it did before it existed
        return anchors

    @staticmethod
    def founding_year(facts: Facts) -> int | None:
        """The year an organisation or a building began, from its infobox."""
        for line in facts.infobox:
            name = line.name.lower().replace(" ", "_")
            if name in ("founded", "foundation", "established", "formed", "launched", "opened"):
                found = re.search(r"\b(1\d{3}|20\d{2})\b", line.value)
                return int(found.group()) if found else None
        return None

    def choices(self, sentence: Sentence, span: Span, key: str, rng: random.Random) -> list[str]:
        anchors = self.year_anchors(sentence, span)
        rank = target_rank(key)
        for attempt in range(6):
            r = (rank + attempt) % 4
            if span.type == "year":
                wrong = year_choices(span.text, self.years, anchors, rng, r, self.latest)
            elif span.type == "date":
                wrong = date_choices(span.text, self.dates, anchors, rng, r, self.latest)
            elif span.type in ("number", "money", "percent"):
                wrong = number_choices(span.text, rng, r)
            elif span.type == "demonym":
                return []  # other nationalities are rarely believable beside the rest
            else:
                return self.entity_choices(sentence, span, rng)
            if len(wrong) == 3 and not readable([span.text, *wrong], span.text):
                return wrong
        return []

    def demonym_choices(self, sentence: Sentence, span: Span, rng: random.Random) -> list[str]:
        """Other nationalities: the article's own first, then common ones."""
        shown = normalize(sentence.text)
        mine = sorted(self.demonyms - {span.text})
        rng.shuffle(mine)
        common = [d for d in COMMON_DEMONYMS if d not in mine and d != span.text]
        rng.shuffle(common)
        overlap = BRITISH if span.text in BRITISH else set()
        pool = [d for d in mine + common if normalize(d) not in shown and d not in overlap]
        return pick_unreadable(span.text, pool)

    def entity_choices(self, sentence: Sentence, span: Span, rng: random.Random) -> list[str]:
        """Three names the wikitext shows to be of the answer's kind (other guitarists for a
        guitarist, other countries for a country), none the prompt rules out."""
        fine, coarse = self.types.kind_of(span.text)
        if not coarse or span.text not in self.types.sure:
            return []
        shown = normalize(sentence.text)
        same_fine: list[str] = []
        same_coarse: list[str] = []
        for name in self.types.coarse:
            if (
                self.types.coarse[name] != coarse
                or name == span.text
                or name not in self.types.sure
            ):
                continue
            if self.types.same_thing(name, span.text) or normalize(name) in shown:
                continue
            if normalize(name) in self.title or checks.shares_title(name, self.facts.title):
                continue
            if not checks.plausible_name(name, span.text) or not self.fits_time(name, sentence):
                continue
            if self.with_the.get(name, False) != self.with_the.get(span.text, False):
                continue  # "the _____": "the United States" alone would fit the grammar
            if not same_country(name, span.text):
                continue  # California among the counties of England
            same = family(self.types.fine.get(name, "")) == family(fine)
            (same_fine if same else same_coarse).append(name)
        rng.shuffle(same_fine)
        rng.shuffle(same_coarse)
        pool: list[str] = []
        for name in same_fine:
            if all(not self.types.same_thing(name, other) for other in pool):
                if not checks.ruled_out(name, sentence.text):
                    pool.append(name)
        if fine in ("place", "") and coarse != "person":
            return []  # "a place" mixes cities, countries and squares: no fair choices
        return pick_unreadable(span.text, pool)

    def fits_time(self, name: str, sentence: Sentence) -> bool:
        """A name the article only mentions with years far from the sentence's (the Soviet
        Union in a sentence about 2003) is no believable choice there."""
        here = {int(y) for y in checks.YEAR_IN_TEXT.findall(sentence.text)}
        there = self.name_years.get(name, set())
        if not here or not there:
            return True
        return any(abs(a - b) <= 15 for a in here for b in there)

    def swap_names(self, sentence: Sentence, span: Span, rng: random.Random) -> list[str]:
        """Names of the answer's coarse kind a false statement can put in its place (the
        same fine kind first): another country for a country, another person for a person."""
        fine, coarse = self.types.kind_of(span.text)
        if not coarse or span.text not in self.types.sure:
            return []
        shown = normalize(sentence.text)
        names = [
            name
            for name, kind in self.types.coarse.items()
            if kind == coarse
            and name != span.text
            and not self.types.same_thing(name, span.text)
            and normalize(name) not in shown
            and checks.plausible_name(name, span.text)
            and self.fits_time(name, sentence)
            and self.with_the.get(name, False) == self.with_the.get(span.text, False)
            and same_country(name, span.text)
            and normalize(name) not in self.title
            and not checks.shares_title(name, self.facts.title)
            and name[:1].isupper() == span.text[:1].isupper()
        ]
        rng.shuffle(names)
        names = [
            n
            for n in names
            if n in self.types.sure
            and family(self.types.fine.get(n, "")) == family(fine) != "place"
        ]
        names.sort(key=lambda name: self.types.fine.get(name) != fine)
        return [n for n in names if not checks.ruled_out(n, sentence.text)]

    # -- output -----------------------------------------------------------------------------
    def make(
        self, kind: str, fact: FactItems, prompt: str, span: Span, **extra: object
    ) -> Question:
        truth = str(extra.pop("truth", ""))
        qid = f"{kind[:2]}-{digest(kind, fact.key, truth)}"
        question = Question(
            id=qid,
            kind=kind,
            prompt=prompt,
            answer=str(extra.pop("answer", span.text)),
            section=fact.section,
            context=fact.context,
            fact=fact.key,
            tags=[fact.answer_type],
        )
        if kind == "true_false":
            question.choices = list(TRUE_FALSE_CHOICES)
        for name, value in extra.items():
            setattr(question, name, value)
        question.difficulty = {"mcq": 0.35, "true_false": 0.3, "cloze": 0.55}.get(kind, 0.6)
        return question
