"""The source's misspellings ("eiligible", "gianed"): a sentence that copies one is not asked.

pyspellchecker's English list knows the American spellings; lemminflect's lexicon (through
``lexicon.known_word``) knows British ones and many more, so a word counts as misspelt only
when neither knows it and one edit turns it into a word the list knows. Inflections, British
endings, accents, compounds and a term the article repeats are no misspellings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from quiz.generator.lexicon import known_word

WORD = re.compile(r"(?<![\w'’.])[a-z]{7,}(?![\w'’])")  # (and a compound's: "self-impossed")
# The endings of a science's terms ("phosphonate", "injective", "baronal", "japonicus").
TERM = re.compile(r"(?:ases?|ates?|ines?|ives?|oids?|isms?|ists?|ics?|al|us|is|um|ae)$")
PREFIXES = (
    "anti",
    "bio",
    "co",
    "de",
    "in",
    "inter",
    "micro",
    "mis",
    "multi",
    "non",
    "on",
    "out",
    "over",
    "post",
    "pre",
    "re",
    "semi",
    "sub",
    "un",
    "under",
)


@lru_cache(maxsize=1)
def _checker() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _variant(word: str, fix: str) -> bool:
    """``fix`` is ``word`` inflected, accented, or spelt the American way."""
    if fix.startswith(word) or word.startswith(fix) or _plain(fix) == word:
        return True  # "hoplites" / "hoplite", "matinee" / "matinée"
    american = re.sub(r"is(e|ed|es|ing|ation)$", r"iz\1", word).replace("our", "or")
    return american == fix or word.replace("ll", "l") == fix  # "crystallised", "travelled"


def _compound(word: str) -> bool:
    """Two known words run together ("ridgeline", "floodwaters") or a prefixed word."""
    checker = _checker()
    if any(word.startswith(p) and word[len(p) :] in checker for p in PREFIXES):
        return True
    return any(word[:i] in checker and word[i:] in checker for i in range(3, len(word) - 2))


def misspelt(text: str, prose: str = "") -> str:
    """The first lower-case word of ``text`` (seven letters or more) that is a misspelling of
    a known word, else "". A word ``prose`` (the article so far) uses twice is its own term."""
    checker = _checker()
    for word in WORD.findall(text):
        if word in checker or known_word(word) or prose.count(word) >= 2 or TERM.search(word):
            continue
        fix = checker.correction(word)
        if fix and fix != word and not _variant(word, fix) and not _compound(word):
            return word
    return ""
