"""Question generation: overgenerate candidates from facts, score them, emit the best."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

from quiz import __version__
from quiz.generator.distractors import (
    date_distractors,
    entity_class,
    entity_distractors,
    normalise,
    number_distractors,
    year_distractors,
)
from quiz.generator.facts import Facts, InfoboxFact, Sentence, extract_facts
from quiz.generator.infobox import infobox_question
from quiz.generator.lists import DAY_MONTH, name_one_prompt, pair_prompt, pairs, reverse_pair_prompt
from quiz.generator.questions import (
    by_question,
    cloze_prompt,
    did_question,
    how_many_question,
    how_many_subject_question,
    statement,
    when_question,
    which_object_question,
    who_question,
)
from quiz.generator.spans import Span, open_subject
from quiz.generator.wikitext import parse_article
from quiz.model import TRUE_FALSE_CHOICES, Bank, Question, Source

TYPE_WEIGHT = {
    "date": 1.0,
    "year": 0.9,
    "money": 0.9,
    "entity": 0.85,
    "percent": 0.8,
    "number": 0.75,
}
MIN_SCORE = 0.55
PER_SENTENCE = 3
PER_SENTENCE_QUESTIONS = 5


@dataclass
class Candidate:
    """A scored question before selection."""

    question: Question
    score: float
    sentence: int


YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")


def _other_years(sentence: Sentence, span: Span) -> list[int]:
    """The years a sentence mentions besides the answer span (order constraints for wrong
    years: "in 1979 ... last in _____" must not be offered 1990)."""
    others = sentence.text[: span.start] + " " + sentence.text[span.end :]
    return [int(y) for y in YEAR_IN_TEXT.findall(others)]


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _shuffled(choices: list[str], seed: int, qid: str) -> list[str]:
    out = list(choices)
    random.Random(f"{seed}:{qid}").shuffle(out)
    return out


class Generator:
    """Holds an article's facts and the shared lookups distractors need."""

    def __init__(self, facts: Facts, seed: int) -> None:
        self.facts = facts
        self.seed = seed
        self.title_norm = normalise(facts.title)
        self.title_words = set(self.title_norm.split())
        self.years = sorted(
            {int(s.text) for sent in facts.sentences for s in sent.spans if s.type == "year"}
        )
        self.classes: dict[str, str] = {}
        for sent in facts.sentences:
            for span in sent.spans:
                if span.type == "entity" and span.text not in self.classes:
                    before = sent.text[max(0, span.start - 12) : span.start]
                    self.classes[span.text] = entity_class(span.text, before)

    # -- helpers -----------------------------------------------------------------------
    def bad_answer(self, text: str) -> bool:
        if not re.search(r"[A-Za-z0-9]", text):
            return True  # nothing a learner could type (e.g. only Cyrillic)
        norm = normalise(text)
        if not norm or len(norm) < 2 or len(text.split()) > 6:
            return True
        if norm == self.title_norm or norm in self.title_norm or self.title_norm in norm:
            return True
        return norm in self.title_words

    def distractors(self, sentence: Sentence, span: Span) -> list[str]:
        # Seeded per fact so that edits elsewhere in the article leave these choices alone.
        rng = random.Random(f"{self.seed}:{sentence.text}:{span.text}")
        avoid = {s.text for s in sentence.spans}
        anchors = _other_years(sentence, span)
        if span.type == "year":
            return year_distractors(span.text, self.years, rng, avoid=avoid, anchors=anchors)
        if span.type == "date":
            return date_distractors(span.text, rng, anchors=anchors)
        if span.type in ("number", "money", "percent"):
            return [d for d in number_distractors(span.text, rng) if d not in avoid]
        return entity_distractors(span, sentence, self.facts, rng, self.classes)

    def span_score(self, sentence: Sentence, span: Span) -> float:
        if span.type == "number" and re.search(r"\b(a )?total of\b", sentence.text):
            return 0.0  # "14 officers, _____ sergeants ... a total of 150": simple arithmetic
        words = len(sentence.text.split())
        score = TYPE_WEIGHT[span.type]
        if 10 <= words <= 32:
            score += 0.1
        elif words > 38:
            score -= 0.15
        if sentence.section == "":
            score += 0.1
        if span.type == "number" and (int(re.sub(r"\D", "", span.text) or 0) < 10):
            score -= 0.3
        if span.type == "entity":
            cls = self.classes.get(span.text, "proper")
            if cls == "common":
                score -= 0.25
            if len(span.text) < 4:
                score -= 0.2
        if span.start == 0 and not sentence.lead_in:
            score -= 0.05
        return score

    def make(
        self, kind: str, sentence: Sentence | None, span_text: str, prompt: str, **extra: object
    ) -> Question:
        context = sentence.text if sentence else str(extra.pop("context"))
        if sentence and sentence.lead_in:
            context = f"{sentence.lead_in} {sentence.text}"
        fact = _digest(context, span_text)
        qid = f"{kind[:2]}-{_digest(kind, fact, prompt if kind == 'true_false' else '')}"
        section = sentence.section if sentence else ""
        question = Question(
            id=qid,
            kind=kind,
            prompt=prompt,
            answer=str(extra.pop("answer", span_text)),
            section=section,
            context=context,
            fact=fact,
        )
        for key, value in extra.items():
            setattr(question, key, value)
        if question.choices and kind == "mcq":
            question.choices = _shuffled(question.choices, self.seed, qid)
        return question

    # -- sentence facts ----------------------------------------------------------------
    def sentence_candidates(self, sentence: Sentence) -> list[Candidate]:
        spans = [s for s in sentence.spans if not self.bad_answer(s.text)]
        if len(sentence.text.split()) < 8:
            spans = [s for s in spans if s.type != "entity"]  # short: a name gap is too open
        if sentence.lead_in:
            return []  # list items make "Name one of them" and pair questions only
        scored = sorted(spans, key=lambda s: -self.span_score(sentence, s))
        out: list[Candidate] = []
        for rank, span in enumerate(scored):
            score = self.span_score(sentence, span)
            if score < MIN_SCORE - 0.15:
                continue
            if rank < PER_SENTENCE and score >= MIN_SCORE:
                out.extend(self.span_candidates(sentence, span, score))
            elif not self.visible_elsewhere(sentence, span):
                out.extend(self.short_candidate(sentence, span, score))
        return out

    def short_candidate(self, sentence: Sentence, span: Span, score: float) -> list[Candidate]:
        wh = self.wh_question(sentence, span)
        if not wh:
            return []
        difficulty = 0.7 if span.type == "entity" else 0.6
        answer, accept = span.text, self.accepted(span)
        year = re.fullmatch(r"[A-Z][a-z]+ (\d{4})", span.text)
        if wh.startswith("In what year") and year:
            answer, accept = year.group(1), [span.text]  # "May 1997" asked as a year
        short = self.make(
            "short_answer",
            sentence,
            span.text,
            wh,
            answer=answer,
            tags=[span.type],
            difficulty=difficulty,
            accept=accept,
        )
        return [Candidate(short, score + 0.05, sentence.index)]

    def visible_elsewhere(self, sentence: Sentence, span: Span) -> bool:
        """The answer (or a telling part of it) shows elsewhere in the prompt."""
        rest = normalise(sentence.text[: span.start] + " " + sentence.text[span.end :]).split()
        words = normalise(span.text).split()
        if span.type == "entity" and len(words[-1]) >= 4 and words[-1] in rest:
            return True  # "the U.S. Navy has helped train the _____" (Azeri Navy)
        significant = [w for w in words if len(w) >= 3 and w not in ("the", "and", "for")]
        shown = [w for w in significant if w in rest or f"{w}s" in rest]
        if len(significant) >= 2 and len(shown) * 2 >= len(significant):
            return True  # "Sing Tao's newspaper ... jointly owned with _____" (Sing Tao News ...)
        for word in words:
            if len(word) < 5:
                continue
            for other in rest:
                if len(other) >= 5 and (other[:4] == word[:4] or other in word or word in other):
                    return True  # "Cornish" gives away "Cornwall"
        initials = "".join(w[0] for w in span.text.split() if w[:1].isupper())
        if len(initials) >= 2 and re.search(rf"\b{initials}\b", sentence.text):
            return True  # "Finn VC Estate ... in honour of _____ winner" (Victoria Cross)
        before = sentence.text[: span.start]
        if re.search(r"\b(a|an|An|A)\s$", before) and not span.text[:1].isupper():
            return True  # "an _____ fascination": the article hints at the word
        if before.count("(") > before.count(")"):
            return True  # answers inside brackets are asides, rarely worth asking
        prompt = normalise(cloze_prompt(sentence, span).replace("_____", " "))
        return bool(re.search(rf"(^|\s){re.escape(normalise(span.text))}(\s|$)", prompt))

    def span_candidates(self, sentence: Sentence, span: Span, score: float) -> list[Candidate]:
        """Cloze, plus a short answer when a wh-question can be formed, plus an mcq or a
        true/false (both when there is no short answer): at most three per fact."""
        if self.visible_elsewhere(sentence, span):
            return []
        index = sentence.index
        tags = [span.type]
        difficulty = 0.6 if span.type == "entity" else 0.5
        if open_subject(sentence.text, span, self.classes.get(span.text, "proper")):
            return self.open_subject_candidates(sentence, span, score)
        if span.type == "entity" and len(span.text.split()) > 4:
            return self.open_subject_candidates(sentence, span, score)  # too long to type
        cloze = self.make(
            "cloze",
            sentence,
            span.text,
            cloze_prompt(sentence, span),
            tags=tags,
            difficulty=difficulty,
            accept=self.accepted(span),
        )
        out = [Candidate(cloze, score, index)]
        shorts = self.short_candidate(sentence, span, score)
        out.extend(shorts)
        wrong = self.distractors(sentence, span)
        if len(wrong) < 3:
            if int(_digest(sentence.text, span.text, "tf"), 16) % 2 == 0:
                out.extend(self.true_false_candidate(sentence, span, score, wrong))  # true
            return out
        wh = shorts[0].question.prompt if shorts else None
        if wh and wh.startswith("In what year") and not re.fullmatch(r"\d{4}", span.text):
            wh = None  # choices are full dates: ask with the gap instead
        mcq = self.make(
            "mcq",
            sentence,
            span.text,
            wh or cloze_prompt(sentence, span),
            choices=[span.text, *wrong[:3]],
            tags=tags,
            difficulty=max(0.1, difficulty - 0.25),
        )
        out.append(Candidate(mcq, score, index))
        out.extend(self.true_false_candidate(sentence, span, score, wrong))
        return out

    def open_subject_candidates(
        self, sentence: Sentence, span: Span, score: float
    ) -> list[Candidate]:
        """Subject names: asked as "Which army invaded ...?", typed and with choices; without
        such a question, the sentence as a true statement."""
        out = self.short_candidate(sentence, span, score)
        if not out:
            return self.true_false_candidate(sentence, span, score, [])
        wrong = self.distractors(sentence, span)
        if out and len(wrong) >= 3:
            mcq = self.make(
                "mcq",
                sentence,
                span.text,
                out[0].question.prompt,
                choices=[span.text, *wrong[:3]],
                tags=[span.type],
                difficulty=0.35,
            )
            out.append(Candidate(mcq, score, sentence.index))
        return out

    def true_false_candidate(
        self, sentence: Sentence, span: Span, score: float, wrong: list[str]
    ) -> list[Candidate]:
        # Values can be made false, names cannot (so those are always true): state values
        # truly one time in three, to keep the bank's true/false answers balanced.
        truth = span.type == "entity" or int(_digest(sentence.text, span.text, "tf"), 16) % 3 == 0
        shown = span.text
        if not truth:
            false = self.false_value(sentence, span, wrong)
            if false is None:
                truth = True  # no clearly wrong value: state the fact as it is
            else:
                shown = false
        tf = self.make(
            "true_false",
            sentence,
            span.text,
            statement(sentence, span, shown),
            answer="True" if truth else "False",
            choices=list(TRUE_FALSE_CHOICES),
            tags=[span.type],
            difficulty=0.3,
        )
        return [Candidate(tf, score - 0.05, sentence.index)]

    def false_year(self, sentence: Sentence, span: Span) -> str | None:
        """A year 3-8 away that the article never mentions (a mentioned year may be true of a
        related event; 1253 -> 1252 is a trick) and that keeps the order of the sentence's
        other years."""
        year = int(span.text)
        anchors = _other_years(sentence, span)
        rng = random.Random(f"{self.seed}:{sentence.text}:{span.text}:false")
        offsets = [d * sign for d in range(3, 9) for sign in (1, -1)]
        rng.shuffle(offsets)
        latest = max(self.years + [year])
        for offset in offsets:
            cand = year + offset
            if cand in self.years or cand > latest:
                continue
            if all((cand - a) * (year - a) > 0 for a in anchors if a != year):
                return str(cand)
        return None

    def false_value(self, sentence: Sentence, span: Span, wrong: list[str]) -> str | None:
        """A clearly wrong value for a false statement: not a year found elsewhere in the
        article (it could be true of a related event), not a one-digit change of a day."""
        if span.type == "entity":
            return None  # "After the Russian Civil War" may still be true: swap only values
        if span.type == "year":
            return self.false_year(sentence, span)
        if re.match(r"As of\b", sentence.text):
            return None  # a snapshot ("As of March 2011, 94 were deployed") may hold later too
        for value in wrong:  # the mcq's distractors, already of the right type
            if span.type == "date" and _looks_like_typo(span.text, value):
                continue
            return value
        return None

    def accepted(self, span: Span) -> list[str]:
        """Other spellings a learner may type: a fuller link target, a person's surname."""
        out: list[str] = []
        target = re.sub(r"\s*\(.*\)$", "", span.target or "")
        surface_words = set(normalise(span.text).split())
        target_words = set(normalise(target).split())
        if target and target_words != surface_words and len(target.split()) <= 6:
            if surface_words <= target_words or (
                len(target_words) > 1 and target_words <= surface_words
            ):
                out.append(target)
        if self.classes.get(span.text) == "person" and len(span.text.split()) >= 2:
            surname = span.text.split()[-1]
            if len(surname) > 3 and surname[0].isupper():
                out.append(surname)
        return out

    def wh_question(self, sentence: Sentence, span: Span) -> str | None:
        return (
            when_question(sentence, span)
            or did_question(sentence, span)
            or how_many_question(sentence, span)
            or how_many_subject_question(sentence, span)
            or who_question(sentence, span, self.classes.get(span.text, "proper"))
            or which_object_question(sentence, span)
            or by_question(sentence, span, self.classes.get(span.text, "proper"))
        )

    # -- infobox and lists -------------------------------------------------------------
    def infobox_candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for fact in self.facts.infobox:
            out.extend(self.infobox_fact_candidates(fact))
        return out

    def infobox_fact_candidates(self, fact: InfoboxFact) -> list[Candidate]:
        value = fact.value
        if ";" in value:
            return []  # a list value: "name one" of an infobox list proved too open
        if fact.type == "text" and len(value.split()) > 4:
            return []
        if self.bad_answer(value) or value.lower() in ("vacant", "none", "n/a", "unknown"):
            return []
        if "/" in value or " and " in value:
            return []  # "French/Bulgarian": either half alone would be marked wrong
        prompt = infobox_question(fact.name, fact.label, self.subject)
        if not prompt:
            return []
        context = f"{fact.label}: {value}"
        accept = [value] if value.endswith(")") else []
        value = re.sub(r"\s*\([^)]*\)$", "", value).strip()  # "$2.267 billion (2020)"
        accept += [t for t in fact.links if normalise(t) != normalise(value)]
        short = self.make(
            "short_answer",
            None,
            value,
            prompt,
            context=context,
            tags=["infobox", fact.type],
            difficulty=0.5,
            accept=accept,
        )
        out = [Candidate(short, 0.8, -1)]
        if fact.type in ("year", "date", "number", "money", "percent"):
            fake = Sentence(value, "", [Span(0, len(value), value, fact.type)])
            wrong = self.distractors(fake, fake.spans[0])
            if len(wrong) >= 3:
                mcq = self.make(
                    "mcq",
                    None,
                    value,
                    prompt,
                    context=context,
                    choices=[value, *wrong[:3]],
                    tags=["infobox", fact.type],
                    difficulty=0.3,
                )
                out.append(Candidate(mcq, 0.75, -1))
        return out

    def list_lead(self, item: Sentence) -> str:
        """The list's lead-in as a clause; "These are ..." leads give way to the section name."""
        lead = item.lead_in.rstrip(":").strip()
        if re.match(r"(?i)^(these|this|those|they|it|here)\b", lead) and item.section:
            leaf = item.section.split(" > ")[-1]
            return f"The following are the {leaf[:1].lower() + leaf[1:]} in the article"
        return lead

    def pair_candidates(self, items: list[Sentence]) -> list[Candidate]:
        found = pairs(items)
        lead = self.list_lead(items[0]) if items else ""
        if len(found) < 4 or len(found) * 2 < len(items) or not lead or len(lead.split()) > 25:
            return []
        out: list[Candidate] = []
        rights = [right for _, _, right in found]
        for item, left, right in found:
            if self.bad_answer(right):
                continue
            prompt = pair_prompt(lead, left)
            short = self.make("short_answer", item, right, prompt, tags=["pair"], difficulty=0.6)
            out.append(Candidate(short, 0.75, item.index))
            others = [r for r in rights if normalise(r) != normalise(right)]
            rng = random.Random(f"{self.seed}:{item.text}")
            wrong = rng.sample(others, 3) if len(others) >= 3 else []
            if wrong:
                mcq = self.make(
                    "mcq",
                    item,
                    right,
                    prompt,
                    choices=[right, *wrong],
                    tags=["pair"],
                    difficulty=0.35,
                )
                out.append(Candidate(mcq, 0.75, item.index))
            if DAY_MONTH.match(left):
                reverse = reverse_pair_prompt(lead, right)
                back = self.make(
                    "short_answer", item, left, reverse, tags=["pair", "date"], difficulty=0.7
                )
                out.append(Candidate(back, 0.7, item.index))
        return out

    @property
    def subject(self) -> str:
        """The title as used mid-sentence: "the Toronto Star" when the article says so."""
        return self.facts.subject_phrase or self.facts.title

    def list_candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        by_group: dict[int, list[Sentence]] = {}
        for sentence in self.facts.sentences:
            if sentence.group >= 0:
                by_group.setdefault(sentence.group, []).append(sentence)
        for group, items in by_group.items():
            out.extend(self.pair_candidates(items))
            members = [m for m in self.facts.groups[group] if not self.bad_answer(m)]
            lead = items[0].lead_in.rstrip(":").strip()
            if len(members) < 3 or len(members) > 12 or not lead or len(lead.split()) > 30:
                continue
            shapes = {re.sub(r"\b\d+(st|nd|rd|th)?\b", "#", m.lower()) for m in members}
            if len(shapes) < len(members) / 2:
                continue  # "1st Army Corps", "2nd Army Corps": guessable without reading
            if re.search(r"(?i)\b(include|includes|included|are|were|is|was|such as)$", lead):
                continue
            lead = self.list_lead(items[0])
            listed = re.match(
                r"(?i)^(?:the following|below|here) (?:is|are|was|were) (?:a list of )?(.+)$", lead
            )
            if listed:
                what = listed.group(1)
                own = re.match(r"(?i)(the|her|his|its|their|our) ", what)
                prompt = f"Name one of {what}." if own else f"Name one of the {what}."
            else:
                prompt = name_one_prompt(lead)
            first = items[0]
            question = self.make(
                "short_answer",
                first,
                members[0],
                prompt,
                answer=members[0],
                accept=members[1:],
                tags=["list"],
                difficulty=0.5,
                context=f"{first.lead_in} " + "; ".join(members),
            )
            question.context = f"{first.lead_in} " + "; ".join(members)
            out.append(Candidate(question, 0.7, first.index))
        return out


def _looks_like_typo(answer: str, wrong: str) -> bool:
    """``26 June`` vs ``6 June``: a changed day that reads like a slip, not a different date."""
    a_day = re.search(r"\b\d{1,2}\b", answer)
    w_day = re.search(r"\b\d{1,2}\b", wrong)
    if (
        not a_day
        or not w_day
        or answer.replace(a_day.group(), "") != wrong.replace(w_day.group(), "")
    ):
        return False
    x, y = a_day.group(), w_day.group()
    return x in y or y in x or abs(int(x) - int(y)) == 1


def _select(candidates: list[Candidate]) -> list[Question]:
    """Keep the best-scored candidates, unique prompts, at most a few per sentence."""
    chosen: list[Question] = []
    seen_ids: set[str] = set()
    seen_prompts: set[tuple[str, str]] = set()
    per_sentence: dict[int, int] = {}
    for cand in sorted(candidates, key=lambda c: -c.score):
        q = cand.question
        key = (q.kind, normalise(q.prompt))
        if q.id in seen_ids or key in seen_prompts:
            continue
        if cand.sentence >= 0 and per_sentence.get(cand.sentence, 0) >= PER_SENTENCE_QUESTIONS:
            continue  # questions on one sentence give each other away
        per_sentence[cand.sentence] = per_sentence.get(cand.sentence, 0) + 1
        seen_ids.add(q.id)
        seen_prompts.add(key)
        chosen.append(q)
    order = {c.question.id: (c.sentence, i) for i, c in enumerate(candidates)}
    return sorted(chosen, key=lambda q: order[q.id])


def generate_questions(facts: Facts, *, seed: int = 0) -> list[Question]:
    """All selected questions for an article's facts, in article order.

    Randomness (distractor picks, choice order, which statements are false) comes from
    ``seed`` mixed with each fact's own text rather than from one shared stream, so an edit
    elsewhere in the article leaves every other question's choices as they were.
    """
    generator = Generator(facts, seed)
    candidates = generator.infobox_candidates()
    for sentence in facts.sentences:
        candidates.extend(generator.sentence_candidates(sentence))
    candidates.extend(generator.list_candidates())
    return _select(candidates)


def article_url(title: str) -> str:
    """The English Wikipedia address of ``title`` ("C# (language)" -> ".../C%23_(language)")."""
    from urllib.parse import quote

    return "https://en.wikipedia.org/wiki/" + quote(title.replace(" ", "_"), safe="()_,'!:;@$*-./")


def build_bank(title: str, wikitext: str, *, seed: int = 0, sha256: str = "") -> Bank:
    """A bank of questions for one article (wikitext already repaired)."""
    digest = sha256 or hashlib.sha256(wikitext.encode("utf-8")).hexdigest()
    article = parse_article(title, wikitext)
    facts = extract_facts(article)
    questions = generate_questions(facts, seed=seed)
    attribution = (
        f"Questions generated from the Wikipedia article \u201c{title}\u201d, "
        f"available under the Creative Commons Attribution-ShareAlike licence (CC BY-SA)."
    )
    source = Source(
        title=title,
        attribution=attribution,
        sha256=digest,
        url=article_url(title),
    )
    sections = [s.path for s in article.sections]
    return Bank(
        title=title,
        source=source,
        questions=questions,
        generator={"name": "quiz", "version": __version__, "seed": seed},
        sections=sections,
    )
