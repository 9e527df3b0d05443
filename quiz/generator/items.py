"""Items: every way one fact can be asked, each checked as a strict teacher would (one kept)."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field

from quiz.generator import answers, checks, questions, salience, substance, twoyears, wording
from quiz.generator.agents import agent_question
from quiz.generator.choices import has_day
from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Facts, Sentence, lead_overlap
from quiz.generator.falsify import false_statement_value
from quiz.generator.gaps import gapped_sentence, released_year
from quiz.generator.general import event_year_named
from quiz.generator.insitu import insitu_question
from quiz.generator.lifetime import acts_outside_life
from quiz.generator.opening import opening_question
from quiz.generator.spans import YEAR_IN_TEXT, Span
from quiz.generator.spellings import other_spellings, typed_forms, unclassed
from quiz.generator.statements import statable
from quiz.generator.tidy import closed
from quiz.generator.trim import trim_around
from quiz.generator.works import shared_credit, titled_work
from quiz.generator.wrong import WrongValues
from quiz.model import TRUE_FALSE_CHOICES, Question

# A clause the main verb depends on: a year inside it is not the year of the main verb.
SUBORDINATE = re.compile(r"\b(?:after|before|until|once|because|while|since)\b")
NUMERIC = ("year", "date", "number", "money", "percent")
GAPS = ("short_answer", "mcq", "cloze")
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
LEGACY_CLASS = dict(person="person", org="org", event="event", place="place", building="place")


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


CENTRAL_SHARE = 0.3  # see SentenceItems.central


class SentenceItems(WrongValues):
    """Builds the items of sentence facts; the wrong values come from ``WrongValues``."""

    def __init__(
        self,
        facts: Facts,
        types: EntityTypes,
        seed: int,
        min_share: float = CENTRAL_SHARE,
    ) -> None:
        super().__init__(facts, types)
        self.seed = seed
        self.min_share = min_share
        self.reasons: dict[tuple[int, int, int], str] = {}
        self.centrality: dict[str, float] = {}  # sentence text -> lead_overlap
        self.falsifiable_seen: dict[tuple[str, str], bool] = {}  # (section, text) -> falsifiable
        self.stated_seen: dict[str, bool] = {}  # text -> statable (spans share trimmed texts)
        self.led_seen: dict[str, bool] = {}  # text -> substance.led_by_subject
        self.told_false: set[int] = set()  # the years false statements have taken so far

    def with_share(self, min_share: float) -> SentenceItems:
        """A maker for another share that takes over what this one found, none of which
        depends on the share (a bank under FEW made twice had taken twice as long, stop 55)."""
        again = SentenceItems(self.facts, self.types, self.seed, min_share)
        again.reasons, again.centrality = self.reasons, self.centrality
        again.led_seen = self.led_seen
        again.falsifiable_seen, again.stated_seen = self.falsifiable_seen, self.stated_seen
        return again

    # -- the answer's kind ---------------------------------------------------------------
    def answer_type(self, span: Span) -> str:
        if span.type != "entity":
            return "entity" if span.type == "demonym" else span.type
        return "person" if self.types.coarse.get(span.text, "") == "person" else "entity"

    def legacy_class(self, span: Span) -> str:
        coarse = self.types.coarse.get(span.text, "")
        if coarse in LEGACY_CLASS:
            return LEGACY_CLASS[coarse]
        return "proper" if span.text[:1].isupper() else "common"

    # -- one sentence ---------------------------------------------------------------------
    def items(self, sentence: Sentence) -> list[FactItems]:
        if sentence.lead_in or self.dated_elsewhere(sentence) or not salience.dated(sentence):
            return []  # list items go through their list; past the lead no gaps, nor undated
        if acts_outside_life(sentence.text, self.facts.subject, self.born, self.died):
            return []
        out = [f for s in sentence.spans if (f := self.fact(sentence, s)) and f.options]
        if not out and (statement := self.statement(sentence)) is not None:
            out.append(statement)
        return out  # (a deed outside the subject's life: R74, R77)

    def statement(self, sentence: Sentence) -> FactItems | None:
        """A sentence with nothing to blank, as a true statement (and a false one, rarer)."""
        text = sentence.text
        if not sentence.anchored or not self.stated(text):
            return None
        key = digest(text, "statement")
        fact = FactItems(key, sentence.index, text, sentence.section, "statement", 0.0)
        fact.salience = salience.statement_salience(sentence, self.facts) + self.deed(sentence)
        span = Span(0, 0, "", "statement")
        fact.options["tf_true"] = self.make(
            "true_false", fact, text, span, answer="True", truth="true"
        )
        rng = random.Random(f"{self.seed}:{key}")
        central = self.central(sentence, falsify=True) and self.falsifiable(sentence)
        for swap in sentence.swappable if central else []:
            if swap.type == "entity" and not self.types.coarse.get(swap.text):
                continue
            if swap.type == "entity" and answers.shares_title(swap.text, self.facts.title):
                continue  # the article's own subject swapped out reads as a riddle
            if not checks.false_ok(text, swap.start, self.facts.subject.bare):
                continue
            if checks.trivia(sentence, swap, self.facts) or self.repeated_event(sentence, swap):
                continue  # another of the subject's returns may fall in the false year
            if self.career_year(sentence, swap):
                continue
            reason = self.reason(sentence, swap)
            if reason not in ("", "given away by the sentence"):
                continue  # "the 2014 FIFA World Cup", a year the section heading bounds
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
        return fact  # ("the largest" -> "the second-largest" for a false one: 24 of 45, d37)

    def stated(self, text: str) -> bool:
        if text not in self.stated_seen:
            self.stated_seen[text] = statable(text, self.facts)
        return self.stated_seen[text]

    def central(self, sentence: Sentence, falsify: bool = False) -> bool:
        """A lead sentence, or one that shares more than ``min_share`` of its words with the
        lead and the infobox. In blind reviews, on sentences that share 30% or less, false
        statements were accepted 33% of the time (mostly "a trick on a minor detail") and
        figures 58%; above 30%, 73% and 75%. Values change for false statements only above
        ``CENTRAL_SHARE``, even in an article of side matters ("dotted with 371 rivers")."""
        if sentence.text not in self.centrality:  # (asked once per span and per statement)
            self.centrality[sentence.text] = lead_overlap(sentence.text, self.facts)
        share = max(self.min_share, CENTRAL_SHARE) if falsify else self.min_share
        return not sentence.section or self.centrality[sentence.text] > share

    def led(self, text: str) -> bool:
        """``substance.led_by_subject``, once per sentence (asked per span and statement)."""
        if text not in self.led_seen:
            self.led_seen[text] = substance.led_by_subject(text, self.facts)
        return self.led_seen[text]

    def falsifiable(self, sentence: Sentence) -> bool:
        """Whether a value may change for a false statement or a gap: where the article's
        subject leads the sentence (R94-R115, the lead's: clozes 85 of 107 where it did, 21 of
        39 elsewhere, "The Jupiter Icy Moons Orbiter ... was cancelled in 1999"; false ones
        42 of 63 and 12 of 21), and past the lead telling one of its key events (R94-R99 26
        of 41 and 20 of 42; ``salience.KEY_EVENT``)."""
        text, seen = sentence.text, (sentence.section, sentence.text)
        if seen not in self.falsifiable_seen:  # (asked up to four times per sentence)
            led = self.led(text)
            key = not sentence.section or substance.tells_key_event(text)
            self.falsifiable_seen[seen] = led and key
        return self.falsifiable_seen[seen]

    def deed(self, sentence: Sentence) -> float:
        """A bonus past the lead for the subject's key deeds ("became", not "received")."""
        return 0.15 if sentence.section and self.falsifiable(sentence) else 0.0

    def reason(self, sentence: Sentence, span: Span) -> str:
        """Why the span cannot be an answer ("" if it can), worked out once per span."""
        key = (sentence.index, span.start, span.end)
        if key not in self.reasons:  # (also a dated answer in doubt: twoyears.dated_doubt)
            why = answers.reject_answer(sentence, span, self.facts, self.types)
            why = why or twoyears.dated_doubt(sentence, span, self.facts)
            if not why and event_year_named(sentence.text, span, self.facts.prose):
                why = "a year the battle it names gives away"  # (R444)
            self.reasons[key] = why
        return self.reasons[key]

    def fact(self, sentence: Sentence, span: Span) -> FactItems | None:
        reason = self.reason(sentence, span)
        if reason:
            return None
        if self.repeated_event(sentence, span):
            return None  # "In _____ Surinam returned to Britain" (she returned twice)
        if span.type == "entity" and shared_credit(span.text, self.facts):
            return None  # "Who produced ...?" beside "Producer: Tom Hern; Edward Sampson"
        if checks.source_name(sentence, span):
            return None  # "By the estimations of _____, the Group involved 41 persons"
        if span.type in NUMERIC and checks.CENSUS_FIGURE.search(sentence.text):
            return None  # "The per capita income for Wabash was $_____"
        if checks.count_year(sentence, span):
            return None  # "had in excess of 1000 contributors in _____": a statistic's date
        figure = span.type in ("number", "money", "percent")  # (33 of 54 passed, R296-R362:
        if figure or span.type == "date" and not self.central(sentence):  # "the _____ minor
            return None  # prophets"; a side matter's date: "2,644 theaters on opening weekend")
        if span.type == "date" and salience.minor_day(sentence, has_day(span.text)):
            return None  # the day of a detail, the month of an award
        keep, title = self.facts.subject.bare, self.facts.title
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
        fact.salience = salience.salience(sentence, span, kind, self.facts, self.types, text)
        if fact.salience <= 0:
            return None
        fact.salience += self.deed(sentence)
        rng = random.Random(f"{self.seed}:{key}")
        aside = not self.central(sentence) or checks.date_of_ranking(sentence, span)
        led = self.led(sentence.text)
        also = substance.also_asked(sentence.text, span, self.types.fine, self.facts, led)
        asked = not aside and (self.falsifiable(sentence) or also)
        wh = self.wh_question(trimmed, tspan) if asked else None
        if wh and not checks.question_names_something(wh, title):
            wh = None  # "Which party is in opposition?": where?
        if wh and kind == "entity" and salience.guessed(wh, span.text, self.facts):
            wh = None  # "... distributed throughout which country?" of a US dam: guessed
        if not (wh or aside or sentence.section) and span.type == "entity":  # ("the lead
            wh = opening_question(sentence, span, self.facts, self.wh_question)  # singer of ...")
        lead = not (aside or sentence.section) and self.falsifiable(sentence)
        cloze = self.cloze(trimmed, tspan, kind) if lead else None
        stated = self.stated(text)
        side = not self.central(sentence, True) or not self.falsifiable(sentence)
        falsified = stated and not side and checks.false_ok(text, start, keep)
        falsified = falsified and not self.career_year(sentence, span)
        wrong = self.choices(trimmed, tspan, key, rng) if lead or falsified else []  # (if used)
        yearly = released_year(cloze, span.text, title) if cloze else None  # (a release's day
        cloze = None if yearly == "" else cloze  # asked by its year, R445, R449, or not, R451)
        spelt = self.spellings(span, bool(wh and wh[:4] == "Who ")) if cloze or wh else []  # R453
        if cloze:
            typed: dict[str, object] = {"accept": spelt}
            if yearly:
                typed = {"answer": YEAR_IN_TEXT.findall(span.text)[-1], "accept": [span.text]}
            fact.options["cloze"] = self.make("cloze", fact, yearly or cloze, span, **typed)
        if wh and self.typable(span):
            answer, accept = span.text, list(dict.fromkeys([*spelt, *unclassed(wh, span.text)]))
            year = re.fullmatch(r"[A-Z][a-z]+ (\d{4})", span.text)
            if wh.startswith("In what year") and year:
                answer, accept = year.group(1), [span.text]
            fact.options["short_answer"] = self.make(
                "short_answer", fact, wh, span, answer=answer, accept=accept
            )
        mcq_prompt = None if not wh or wh.startswith("In what year") and span.type == "date" else wh
        if wrong:  # (the gapped sentence only where choices may go with it)
            mcq_prompt = mcq_prompt or cloze or self.gapped(trimmed, tspan)
        if wrong and mcq_prompt and checks.unit_in_prompt(mcq_prompt, span):
            wrong = []  # "only _____ of the population ... contributes 1%": choices ruled out
        if wrong and (
            kind == "entity" or span.type == "entity" and checks.role_before(trimmed.text, tspan)
        ):
            wrong = []  # places, clubs, wars as choices: 0 of 9 passed (d29-R25); "co-host _____"
        if wrong and mcq_prompt:
            wrong = checks.same_head_choices(mcq_prompt, span.text, wrong)
        if len(wrong) == 3 and mcq_prompt and lead:
            choices = [span.text, *wrong]
            random.Random(f"{self.seed}:{key}:order").shuffle(choices)
            fact.options["mcq"] = self.make("mcq", fact, mcq_prompt, span, choices=choices)
        if stated:
            fact.options["tf_true"] = self.make(
                "true_false", fact, text, span, answer="True", truth="true"
            )
            false = false_statement_value(trimmed, tspan, self, wrong, rng) if falsified else None
            if false is not None:
                statement = checks.substitute(text, start, end, false)
                fact.options["tf_false"] = self.make(
                    "true_false", fact, statement, span, answer="False", truth="false"
                )
        for option in GAPS if aside or sentence.section else ():
            if option == "short_answer" and asked:
                continue  # short answers passed 48 of 56 in R94-R99
            fact.options.pop(option, None)  # side matters and all past the lead: statements
            # (gaps there passed 390/670 in R24-R43, other items 833/1053; R44 21/32, 44/47)
        return fact  # (a prompt over LONG_PROMPT words never goes in: see select.Bank.room)

    def spellings(self, span: Span, person: bool = False) -> list[str]:
        """What is accepted typed beside the answer (``other_spellings``; and ``typed_forms``:
        the acronym the article defines for it, "CDU", a short name, R447; a surname)."""
        short = typed_forms(span.text, self.facts, person)
        return list(dict.fromkeys([*other_spellings(span, self.types), *short]))

    # -- wording ----------------------------------------------------------------------------
    def wh_question(self, sentence: Sentence, span: Span) -> str | None:
        cls, kinds = self.legacy_class(span), self.types.kind_of(span.text)
        question = (
            questions.when_question(sentence, span)
            or questions.did_question(sentence, span)
            or questions.how_many_question(sentence, span)
            or questions.how_many_subject_question(sentence, span)
            or questions.who_question(sentence, span, cls)
            or questions.which_object_question(sentence, span)
            or questions.by_question(sentence, span, cls)
            or agent_question(sentence, span, *kinds, self.facts)
            or (insitu_question(sentence, span, *kinds) if span.text in self.types.sure else None)
        )
        if (
            question
            and (
                checks.prompt_problem(question, span, self.facts)
                or re.match(r"(?:Who|Which \w+|What),", question)
                or wording.wh_after_modifier(question)  # "met fellow which student?"
                or wording.garbled_question(question)
                or re.search(r"['’]s? (?:which|what|who|whom)\b", question)  # "Nestor's which son?"
                or re.search(
                    r" [A-Z][a-z]+ (?:which|what)\b", question
                )  # "of Russian which composer?"
                or (
                    question.startswith(("In what year", "When"))
                    and SUBORDINATE.search(sentence.text[: span.start])
                )  # the year of the clause after "only after ...", not of the main verb
            )
        ):
            return None
        name = self.facts.subject.name  # (a work's title keeps its "The": "Who directed The
        if question and name.startswith("The ") and titled_work(self.facts):  # Good Earth?")
            question = re.sub(rf"\bthe {re.escape(name[4:])}\b", name, question)
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
        return gapped_sentence(sentence, span, self.legacy_class(span), self.facts)

    def typable(self, span: Span) -> bool:
        """A short name, or a value a learner types as it is written (not a full date:
        "May 7, 2026" is asked with choices or as a gap, never typed)."""
        if span.type == "date" and has_day(span.text):
            return False
        return span.type != "entity" or len(span.text.split()) <= 4

    # -- output -----------------------------------------------------------------------------
    def make(
        self, kind: str, fact: FactItems, prompt: str, span: Span, **extra: object
    ) -> Question:
        truth = str(extra.pop("truth", ""))
        qid = f"{kind[:2]}-{digest(kind, fact.key, truth)}"
        question = Question(
            id=qid,
            kind=kind,
            prompt=closed(prompt, self.facts.title),
            answer=str(extra.pop("answer", span.text)),
            section=fact.section,
            context=fact.context,
            fact=fact.key,
            tags=[fact.answer_type],
            choices=list(TRUE_FALSE_CHOICES) if kind == "true_false" else [],
        )
        for name, value in extra.items():
            setattr(question, name, value)
        question.difficulty = {"mcq": 0.35, "true_false": 0.3, "cloze": 0.55}.get(kind, 0.6)
        return question
