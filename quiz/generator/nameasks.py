"""Names asked from sentences telling no key deed of the subject: the stricter wording."""

from __future__ import annotations

import re

# Past the lead, a name is asked where the subject did no key deed only by a short question
# that names one thing: "Which state is linked with Azerbaijan through ...?", "Who had
# produced oxygen gas by heating mercuric oxide ... in 1771-1772?".
NAME_ASK_WORDS = 20
# Such an item ranks below every other: it never takes the place of one (one item per name).
NAME_ASK_SALIENCE = 0.46

LOOSE = re.compile(
    r"\bbut\b|\bas well as\b|[:;]"  # a second fact beside the one asked
    r"|(?:^|, )(?:[Ww]ho|[Ww]hich [a-z]+) (?:is|are|was|were) (?:an?|one|among|some|also)\b"
    r"|\bexample of\b"  # the answer is one of many ("Which building is an example of ...?")
    r"|\band (?:the|a)\b"  # ("win in 1954, 1974 and 1990 and the UEFA ...")
    r"|^Which [a-z]+ \d"  # ("Which album 2014 re-release ...": a garbled subject)
    r"|\b(?:he|she|they|it|this)\b"  # a pronoun that points outside the question
    r"|\b(?:[Ww]ho|[Ww]hich)\b.*\b(?:its|their|his|her)\b"  # ("who nominated X as its ...")
)


def loose_ask(question: str) -> bool:
    """Whether a name's wh-question is too loose to ask outside the subject's key deeds: too
    long, two facts in one, an answer that is one of many, or a pronoun that points outside
    the question (a possessive after "who" or "which" points to the answer itself)."""
    return len(question.split()) > NAME_ASK_WORDS or bool(LOOSE.search(question))
