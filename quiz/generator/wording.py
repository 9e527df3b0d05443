"""The wording of a rewritten question: broken rewrites ("did Auster write and co-directed"),
a question word where a modifier stood ("met fellow which student?"), a lonely "both"."""

from __future__ import annotations

import re

from quiz.generator.lexicon import base_form, lemmas

GARBLED_QUESTION = re.compile(
    r"\. (?:and|or|but) |"  # "a first confirmed case. and a case in which province?"
    r"^Who\b[^?]*\band (?:he|she|they)\b|"  # "Who investigated fever and he discovered ...?"
    r", and (?:\w+ly )?(?:in|at|on|to) (?:which|what)\b|"  # "..., and primarily in which?"
    r"\bdid\b[^?]*\bhad [a-z]+\b|"  # "did the Commission had register"
    r"\b(\w+) of (?:which|what) \1\b|"  # "the Eastern Slavic state of which state?"
    r"\b(?:at|in|on|of|to|from|near) (?:and|or)\b|"  # "impact at and the S-II stage at?"
    r"\bdid\b[^?]*\b(?:and|or) (?:[a-z]+-)?[a-z]+ed\b"  # "did Auster write and co-directed"
)


def garbled_question(question: str) -> bool:
    """A rewrite that came out broken: a "both" with no "and" left ("In what year was both a
    Super Audio CD version released?"), a glued fragment, a dangling preposition, a verb that
    kept its tense after "did" ("did Marakesh extend ... and came")."""
    if lonely_both(question) or GARBLED_QUESTION.search(question):
        return True
    after_did = re.search(r"\bdid\b[^?]*\b(?:and|or) ([a-z]+)\b", question)
    return bool(
        after_did and base_form(after_did.group(1), "VBD") not in (None, after_did.group(1))
    )


def lonely_both(text: str) -> bool:
    """A "both" whose partner a trim cut off ("both a Super Audio CD version was released")."""
    return bool(re.search(r"\bboth (?:a|an|the)\b", text)) and not re.search(
        r"\bboth\b.*\b(?:and|as well as)\b", text
    )


PREPOSITIONS = frozenset(
    """in of at to by during with before within from for into until on after under over
    against between among near across through behind beside beyond toward towards like than
    as via about around outside inside without upon since onto throughout""".split()
)
AFTER_BASE_VERB = frozenset("to will would could can did does do should may might must".split())


def wh_after_modifier(question: str) -> bool:
    """A question word where a noun's modifier stood ("where he met fellow which student?",
    "for the French fashion which award?", "at 57 which street?"): the word before an
    in-place "which"/"what" must be a preposition or a verb."""
    for match in re.finditer(r"(\S+) (\S+) (?:which|what) [a-z]", question):
        before, word = match.group(1).lower(), match.group(2)
        if word.endswith((",", ";", ":")) or word.lower() in PREPOSITIONS:
            continue
        found = lemmas(word.lower()) if re.fullmatch(r"[a-z]+", word) else {}
        verbs = set(found.get("VERB", ())) | set(found.get("AUX", ()))
        if verbs and (word not in verbs or before in AFTER_BASE_VERB):
            continue  # "absorbed which church?", "to visit which country?"
        return True
    return False
