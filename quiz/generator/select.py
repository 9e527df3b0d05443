"""The bank: one item per fact, the most central facts first, at most two items from one
sentence, and a mix of kinds (each kind and true/false answers balanced)."""

from __future__ import annotations

from collections import Counter

from quiz.generator.items import SUITS, FactItems
from quiz.model import Question
from quiz.text import normalize

# The mix a bank aims for; true/false split evenly between true and false statements.
TARGET = {"mcq": 0.30, "cloze": 0.22, "short_answer": 0.20, "tf_true": 0.14, "tf_false": 0.14}
MIN_SALIENCE = 0.45
PER_SENTENCE = 2
NUMERIC_SHARE = 0.46


def _suit(fact: FactItems, option: str) -> float:
    table = SUITS.get(fact.answer_type, SUITS["entity"])
    return table.get("tf" if option.startswith("tf_") else option, 0.7)


def select(facts: list[FactItems]) -> list[Question]:
    """Questions for the bank, in article order."""
    ranked = sorted(facts, key=lambda f: (-f.salience, f.sentence, f.key))
    counts: Counter[str] = Counter()
    per_sentence: Counter[int] = Counter()
    tf_sentences: set[int] = set()
    prompts: set[str] = set()
    chosen: list[tuple[FactItems, Question]] = []
    numeric = 0
    kinds_of_sentence: dict[int, set[str]] = {}
    for fact in ranked:
        if fact.salience < MIN_SALIENCE:
            continue
        if fact.sentence >= 0 and per_sentence[fact.sentence] >= PER_SENTENCE:
            continue
        total = len(chosen) + 1
        if fact.numeric and numeric + 1 > NUMERIC_SHARE * max(total, 20):
            continue
        best: tuple[float, str] | None = None
        used = kinds_of_sentence.get(fact.sentence, set())
        for option, question in fact.options.items():
            if normalize(question.prompt) in prompts:
                continue
            if option.startswith("tf_") and fact.sentence >= 0 and fact.sentence in tf_sentences:
                continue
            if option == "tf_true" and counts["tf_true"] > counts["tf_false"] + 1:
                continue  # "always True" must not pass
            deficit = TARGET[option] * total - counts[option]
            score = _suit(fact, option) + 0.6 * deficit - (0.5 if option in used else 0.0)
            if best is None or score > best[0]:
                best = (score, option)
        if best is None:
            continue
        option = best[1]
        question = fact.options[option]
        counts[option] += 1
        prompts.add(normalize(question.prompt))
        if fact.sentence >= 0:
            per_sentence[fact.sentence] += 1
            kinds_of_sentence.setdefault(fact.sentence, set()).add(option)
            if option.startswith("tf_"):
                tf_sentences.add(fact.sentence)
        numeric += fact.numeric
        chosen.append((fact, question))
    chosen.sort(key=lambda pair: (pair[0].sentence, pair[0].key))
    return [question for _, question in chosen]
