"""The bank: one item per fact, the most central facts first, at most two items from one
sentence, and a mix of kinds (each kind, true and false answers, numbers and names balanced)."""

from __future__ import annotations

from collections import Counter

from quiz.generator.items import SUITS, FactItems
from quiz.model import Question
from quiz.text import normalize

# The mix a bank aims for; true/false split evenly between true and false statements.
TARGET = {"mcq": 0.30, "cloze": 0.22, "short_answer": 0.20, "tf_true": 0.14, "tf_false": 0.14}
MIN_SALIENCE = 0.45
PER_SENTENCE = 2
SLACK = 2  # numeric items may run this far ahead of names while the bank fills


def _suit(fact: FactItems, option: str) -> float:
    table = SUITS.get(fact.answer_type, SUITS["entity"])
    return table.get("tf" if option.startswith("tf_") else option, 0.7)


def _pick(facts: list[FactItems]) -> list[tuple[FactItems, str]]:
    """One pass of the greedy choice: facts by salience, each with the kind that suits it and
    the bank's mix best."""
    counts: Counter[str] = Counter()
    per_sentence: Counter[int] = Counter()
    tf_sentences: set[int] = set()
    kinds_of_sentence: dict[int, set[str]] = {}
    prompts: set[str] = set()
    chosen: list[tuple[FactItems, str]] = []
    numeric = 0
    taken: set[str] = set()
    # Facts are taken in order of salience; one that had to wait (a true statement before any
    # false one, a number before enough names) gets another turn once others are in.
    for _ in range(3):
        for fact in facts:
            if fact.key in taken:
                continue
            if fact.sentence >= 0 and per_sentence[fact.sentence] >= PER_SENTENCE:
                continue
            wait_for_names = fact.numeric and numeric >= len(chosen) - numeric + SLACK
            total = len(chosen) + 1
            used = kinds_of_sentence.get(fact.sentence, set())
            best: tuple[float, str] | None = None
            for option, question in fact.options.items():
                if normalize(question.prompt) in prompts:
                    continue
                if (
                    option.startswith("tf_")
                    and fact.sentence >= 0
                    and fact.sentence in tf_sentences
                ):
                    continue  # a true and a false version of one sentence would answer each other
                if option == "tf_true" and counts["tf_true"] > counts["tf_false"]:
                    continue  # "always True" must not pass
                if wait_for_names and option != "tf_false":
                    continue  # (a false year lets a true statement about a name in)
                deficit = TARGET[option] * total - counts[option]
                score = _suit(fact, option) + 0.6 * deficit - (0.5 if option in used else 0.0)
                if best is None or score > best[0]:
                    best = (score, option)
            if best is None:
                continue
            option = best[1]
            counts[option] += 1
            prompts.add(normalize(fact.options[option].prompt))
            if fact.sentence >= 0:
                per_sentence[fact.sentence] += 1
                kinds_of_sentence.setdefault(fact.sentence, set()).add(option)
                if option.startswith("tf_"):
                    tf_sentences.add(fact.sentence)
            numeric += fact.numeric
            taken.add(fact.key)
            chosen.append((fact, option))
    return chosen


def select(facts: list[FactItems]) -> list[Question]:
    """Questions for the bank, in article order."""
    ranked = sorted(
        (f for f in facts if f.salience >= MIN_SALIENCE and f.options),
        key=lambda f: (-f.salience, f.sentence, f.key),
    )
    chosen = _pick(ranked)
    # At most half the answers numeric: the least central numeric items go (false years stay
    # while true statements lean on them).
    numeric = [pair for pair in chosen if pair[0].numeric]
    excess = len(numeric) - (len(chosen) - len(numeric))
    if excess > 0:
        droppable = [pair for pair in numeric if pair[1] != "tf_false"]
        droppable.sort(key=lambda pair: pair[0].salience)
        drop = {id(pair) for pair in droppable[:excess]}
        chosen = [pair for pair in chosen if id(pair) not in drop]
    chosen.sort(key=lambda pair: (pair[0].sentence, pair[0].key))
    return [fact.options[option] for fact, option in chosen]
