"""Who did a deed, asked from a sentence past the lead that gives nothing else: the wording."""

from __future__ import annotations

import re

# Past the lead, a sentence close to the lead (``SentenceItems.central``) that gives no item
# (undated, or a true statement with no false partner) asks who did its deed, by a short
# question that names one thing: "In 2005, who was elected the first female Chancellor of
# Germany?", "Who launched the Global Health Initiative at the Annual Meeting in 2002?".
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


# Only who is asked so: in R442's blind review, such questions on people passed 8 of 8, on
# other names ("which academy?", "which union?", "which stadium?") 10 of 18 (given away by
# the kind the question names, one of many, a side detail).
WHO = re.compile(r"(?:^|, )[Ww]ho\b")


def loose_ask(question: str) -> bool:
    """Whether a name's wh-question is too loose to ask outside the subject's key deeds: too
    long, two facts in one, an answer that is one of many, or a pronoun that points outside
    the question (a possessive after "who" or "which" points to the answer itself)."""
    if not WHO.search(question) or len(question.split()) > NAME_ASK_WORDS:
        return True
    return bool(LOOSE.search(question))


def done_to_subject(question: str, subject: str) -> bool:
    """The question asks who did a deed to the article's subject or to a part of it ("Who
    visited Wyton?", "Who inaugurated the market hall of Exampleton?"): only a key deed to it
    is asked (``substance.done_to``), a visit or an opening is a side matter."""
    deed = (
        rf"(?:^|, )[Ww]ho (?:[a-z]+ ){{1,2}}(?:the [a-z]+(?: [a-z]+)? of )?{re.escape(subject)}\b"
    )
    return bool(subject) and re.search(deed, question) is not None
