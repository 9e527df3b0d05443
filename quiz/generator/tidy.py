"""Spaces and punctuation put right: in a sentence whose asides and templates were cut, in a
question."""

from __future__ import annotations

import re

from quiz.generator.gazetteer import gazetteer_type
from quiz.generator.lexicon import indefinite

# Where a pattern can open with a character (a class, a literal), it does: re then looks for
# that character in C and tries the rest only there, not at every position (firstchar.py).
# Each matches just what the plain pattern in its comment matches.
SPACES = re.compile(r"\s\s+")  # r"\s{2,}"
SPACE_BEFORE_MARK = re.compile(r"\s\s*([,;:!?]|\.(?!\d))")  # r"\s+([,;:!?]|\.(?!\d))"
DOUBLE_COMMA = re.compile(r",\s*,")
SPACED_POSSESSIVE = re.compile(r"\b([A-Z][\w.-]*) (['’]s)\b")  # (only where " 's" is)
TWO_POINTS = re.compile(r"\.(?<!\.\.)\.$")  # r"(?<!\.)\.\.$": not the end of an ellipsis
# A comma after a preposition ("in, motocross"): r"\b(in|on|at|...), " put back as r"\1 ".
COMMA_AFTER_PREPOSITION = re.compile(
    r", (?:(?<=\b(?:in|on|at|of|by|to|as), )|(?<=\bfor, )|(?<=\b(?:with|from), ))"
)
# "Mufti Sarfraz Ahmed Naeemi, was a leading cleric": the comma of a name's dropped aside
# ("Naeemi, (Urdu ...), (dates) was", R47; "The Papal Basilica of Saint Mary Major, is", R97)
NAME_COMMA = re.compile(
    r"^((?:(?:[A-Z][\w.'’-]*|of|the|de) ){0,8}[A-Z][\w.'’-]*)(?:(?:, [A-Z]{2,6})+,?|,) "
    r"(?=(?:is|was|are|were)[ ,])"  # (and post-nominal letters: "Ian Douglas Smith, GCLM, ID was")
)
# "is an New Zealand based manufacturer" (R86): inflect decides where the letter disagrees
# ("an Honorary", "a University" stay; not loaded for "an Irish poet"). ARTICLE finds where
# one may be: AN_OR_A matches nowhere else.
AN_OR_A = re.compile(
    r"\b([Aa])n (?=([B-DF-HJ-NP-Z][a-z]+)\b)|"
    r"\b([Aa]) (?=([AEIOU][a-z]+|X(?:[b-df-gj-np-tv-xz][a-z]*|-[a-z]+))\b)"
)  # (and "a Xbox": an ex-box, R407)
ARTICLE = re.compile(r"[Aa](?:n [B-DF-HJ-NP-Z]| [AEIOUX])")
SPACE_RUN = re.compile(r"\s(?:\s+|(?<! ))")  # r"\s+" (a lone " " is left as it is)
QUESTION_SPACE = re.compile(r"\s\s*([,;:?]|\.(?!\d))")  # r"\s+([,;:?]|\.(?!\d))"
COMMA_BEFORE_MARK = re.compile(r",\s*\?")
# A full stop left on a value: after a word or a figure, or three capitals ("Maine USA."),
# not an abbreviation's ("D.C.", "Inc.", "Jr.")
STRAY_STOP = re.compile(r"(?:(?<=[a-z0-9])|(?<=[A-Z]{3}))(?<!Inc|Ltd|Bro)(?<!Co|Jr|Sr|St)\.$")


def tidy_sentence(text: str) -> str:
    """Spaces and punctuation left by removed asides and templates, put right."""
    text = SPACES.sub(" ", text)
    text = SPACE_BEFORE_MARK.sub(r"\1", text)
    text = DOUBLE_COMMA.sub(",", text)
    if " 's" in text or " ’s" in text:
        text = SPACED_POSSESSIVE.sub(r"\1\2", text)  # "of Minnesota 's" (a link)
    text = TWO_POINTS.sub(".", text)  # "... Bird Sanctuary.." (not an ellipsis)
    text = COMMA_AFTER_PREPOSITION.sub(" ", text)
    text = NAME_COMMA.sub(r"\1 ", text)
    if ARTICLE.search(text):
        text = AN_OR_A.sub(lambda m: f"{(m[1] or m[3]) + indefinite(m[2] or m[4])[1:]} ", text)
    return text.strip()


def tidy_question(text: str) -> str:
    """A question's spaces put right: one between words, none before a mark (but before a
    decimal point: "batted .376"), no comma before its question mark."""
    text = SPACE_RUN.sub(" ", text)
    text = QUESTION_SPACE.sub(r"\1", text)
    return COMMA_BEFORE_MARK.sub("?", text).strip(" ,")


# What follows a name's comma and opens an apposition: a peer's or a ruler's title ("Arthur
# Balfour, 1st Earl of Balfour", "John Neville, Baron Latimer"), not "Jr." or "Inc.".
TITLED = re.compile(
    r"(?:\d|(?:[A-Z][\w'’-]+ )*(?:Baron|Baroness|Earl|Count|Countess|Duke|Duchess|Viscount|"
    r"Viscountess|Marquess|Marquis|Lord|Lady|Prince|Princess|King|Queen|Bishop|Archbishop|"
    r"Sultan|Emperor|Empress)\b|(?:the )?(?:[A-Z][\w'’.-]+ )+(?:of|de|du|di|von|van|zu) [A-Z]|"
    r"(?!(?:LLC|PLC|INC|LTD|[IVX]+)\b)(?:[A-Z]{2,5}|(?:[A-Z]\.){2,})(?:, [A-Z]{2,5})*$)"
)  # ("Dauphin of France", "the Rani of Jhansi", "Duc de La Rochefoucauld"; a post-nominal:
# "Douglas MacArthur, GCB", "Edgar Jadwin, C.E.", not "Bruce Davis, II")


def apposition(after: str) -> bool:
    """Whether the words after a title's first comma name it again: a title (``TITLED``) or the
    region or country of a place ("Dollar Point, California"); not the rest of a work's
    name ("Dance, Voldo, Dance", "Hello, Dolly!": R393) nor "Jr." or "Inc."."""
    return bool(TITLED.match(after)) or bool(gazetteer_type(after))


def closed(prompt: str, title: str) -> str:
    """A question whose last word is a title ending in "?" or "!", with that title in quotes
    ("Who directed the 2003 film "Hands Up!"?"), not "Hands Up!?" or "... at Home??"; and a
    title's apposition closed by a comma before the words that follow it ("Where was Arthur
    Balfour, 1st Earl of Balfour, born?": R382, R383), not a "Jr." or an "Inc."."""
    name = re.sub(r" \([^()]*\)$", "", title)  # ("Hands Up! (film)")
    if ", " in name and apposition(name.split(", ", 1)[1]):
        prompt = re.sub(rf"{re.escape(name)}(?= \w)", r"\g<0>,", prompt)
    if not re.search(r"[?!]\?$", prompt):
        return prompt
    if prompt.endswith(f"{name}?") and not re.search(r"[\"“”]", name):
        return f'{prompt[: -len(name) - 1]}"{name}"?'
    return prompt[:-1] if prompt.endswith("??") else prompt


def without_stray_stop(value: str) -> str:
    """``value`` without a full stop left on its end ("Eastport, Maine USA." -> "Eastport,
    Maine USA", R368; "Washington, D.C." as it is)."""
    return STRAY_STOP.sub("", value)
