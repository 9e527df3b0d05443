"""The other name the article's first sentence gives its subject: "By what other name is
catastrophic interference known?" -> catastrophic forgetting."""

from __future__ import annotations

import re

from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.lexicon import singular
from quiz.generator.sentences import split_sentences
from quiz.generator.spans import Span
from quiz.kinds.typed import CLOSE_SIMILARITY, similarity
from quiz.text import normalize

# "In machine learning, feature hashing, also known as the hashing trick (by analogy to ...),
# is ...", "Instance-based learning (sometimes called memory-based learning) is ...".
OPENING_ALIAS = re.compile(
    r"(?:In [^,]{3,120}, )?(?P<name>(?:[Tt]he |[Aa]n? )?[^,()]{2,80}?)(?: \((?P<paren>[^()]*)\))?"
    r"(?:, | \()(?:also |sometimes |often |commonly |frequently )+(?:also )?"
    r"(?:known as|called|referred to as|termed) (?P<alias>[^,();]{2,60}?)"
    r"(?: \([^()]*\))?(?:\)|,) (?P<verb>is|are|was|were)\b"
)
ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?) ")
# Another name the first sentence gives beside the asked one: "(in unsupervised learning it is
# usually called a matching matrix)" (R434), and a short name in brackets: "(DevRob)" (R433).
OTHER_NAME = re.compile(
    r"\b(?:known as|called|referred to as|termed) (?:an? |the )?(?P<other>[^,();.]{2,40}?)"
    r"(?=[,();.]| is\b| are\b)"
)
SEVERAL = re.compile(r"\b(?:or|and)\b|/|\d")
# The text names it otherwise too: "Other terms that have been used include neosyllabary ..."
# beside "An abugida, also called an alphasyllabary, is ..." (R448: which other name?).
OTHER_TERMS = re.compile(r"(?i)\b(?:other|alternative|alternate) (?:terms|names)\b")
# Infobox lines that give a thing's other names (a drug's synonyms, a chemical's IUPAC name).
NAMES_FIELD = re.compile(
    r"(?i)other.?names?|synonyms?|also.?known|alt(?:ernat(?:iv)?e)?.?names?|iupac"
)  # ("alternate_names: Custom House" beside "also known as the Intendencia", R460)


def alias_fact(items: SentenceItems) -> FactItems | None:
    """The alias of a thing's article (not a person's: a nickname is trivia) where its first
    sentence gives exactly one, asked typed; none the title already holds."""
    facts = items.facts
    if facts.subject.person:
        return None
    first = facts.prose.split("\n", 1)[0]
    found = OPENING_ALIAS.match(first)
    if found is None:
        return None
    name, alias, verb = found["name"], found["alias"].strip().strip("\"'“”"), found["verb"]
    title = re.sub(r"\s*\([^)]*\)$", "", facts.title)
    if _singular(ARTICLE.sub("", name)) != _singular(title):
        return None  # (the sentence's subject is another's: "the son of ..."; "Discriminative
        # models" of "Discriminative model" is its own)
    answer = ARTICLE.sub("", alias)
    if SEVERAL.search(alias) or not answer or answer.isupper() or len(answer.split()) > 5:
        return None  # "the K- or N-armed bandit problem": two names; "DevRob": an acronym
    if re.search(r" [IVXL]+$", answer):
        return None  # a catalogue's designation: "Jupiter XV" of Adrastea (R470)
    if normalize(answer) in normalize(title) or normalize(title) in normalize(answer):
        return None  # (the title holds it, or it holds the title)
    if similarity(title, answer) >= CLOSE_SIMILARITY:
        return None  # a spelling of the title: "Karabane" of Carabane (R410), which the app's
        # typed check would count a near miss of the title anyway
    if set(normalize(answer).split()) <= set(normalize(title).split()):
        return None  # the title shortened: "the Black Hawk Incident" of the "1994 Black Hawk
        # shootdown incident" (R409: guessed, and nothing to learn)
    heads = [w for w in normalize(title).split() if len(w) >= 4]
    if all(any(w.startswith(h) for h in heads) for w in normalize(answer).split()):
        return None  # the title's word made a name: "the Mendips" of the Mendip Hills (R435)
    if len(heads) == 1 and any(
        heads[0].startswith(w) for w in normalize(answer).split() if len(w) >= 4
    ):
        return None  # the name the title's word is made from: "Amazon stone" of amazonite (R469)
    if OTHER_TERMS.search(facts.prose) or any(
        NAMES_FIELD.search(f.name) and normalize(f.value) != normalize(answer)
        for f in facts.infobox
    ):
        return None  # the infobox gives it other names too: "Other names: 3,7-dimethylxanthine"
        # beside theobromine's "also known as xantheose" (R409: which one?)
    bare = ARTICLE.sub("", name)
    common = f" {bare[:1].lower()}{bare[1:]}" in facts.prose or bare[:1].islower()
    if not common and set(normalize(answer).split()) & set(normalize(title).split()):
        return None  # a name's variant ("Apache Tomcat" -> "Tomcat Server"); a term's other
        # term may share its head ("catastrophic interference" -> "catastrophic forgetting")
    if common and name[:1].isupper() or name.startswith(("The ", "A ", "An ")):
        name = name[:1].lower() + name[1:]  # ("Catastrophic interference" opens the sentence;
        # "The Onerahi Branch" asked "By what other name was the Onerahi Branch known?", R409)
    prompt = f"By what other name {verb} {name} known?"
    key = digest(first, "alias")
    start, end = next(iter(split_sentences(first)), (0, len(first)))
    told = first[start:end]  # (its why: the whole sentence, brackets and all)
    index = facts.opening.index if facts.opening else -1  # (its sentence's other items)
    fact = FactItems(key, index, told, "", "entity", 1.0, value=answer)
    span = Span(found.start("alias"), found.end("alias"), answer, "entity")
    accept = [alias] if alias != answer else []
    others = [  # (in its first sentence, or where "it" is named: not "A reagent, called the
        m["other"]  # titrant or titrator", R452)
        for m in OTHER_NAME.finditer(first)
        if m.start() > found.end("alias")
        and (
            m.start() < end or re.search(r"\b[Ii]t (?:is|was) (?:\w+ )?$", first[: m.start()][-30:])
        )
    ]
    paren = found["paren"] or ""  # (a name, not "Latin: ..." nor "1950-2001")
    short = paren if re.fullmatch(r"[^:;\d]{2,30}", paren) and len(paren.split()) <= 3 else ""
    if not short and re.match(r"[A-Z\"“]", paren) and not re.search(r":|\b\d{4}\b", paren):
        return None  # "(STS or Semipalatinsk-21)": more names beside the asked one (R453)
    accept += [name for name in [short, *others] if name and name not in accept]  # (R433, R434:
    # "DevRob", "matching matrix" are other names too)
    fact.options["short_answer"] = items.make("short_answer", fact, prompt, span, accept=accept)
    return fact


def _singular(phrase: str) -> str:
    """``phrase`` normalised, its last word singular ("discriminative models")."""
    words = normalize(phrase).split()
    return " ".join([*words[:-1], singular(words[-1])]) if words else ""
