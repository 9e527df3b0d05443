"""The source's misspellings ("eiligible", "gianed"): a sentence that copies one is not asked.

pyspellchecker's English word list knows the American spellings; lemminflect's lexicon
(through ``lexicon.known_word``) knows British ones and many more, so a word counts as misspelt
only when neither knows it and one edit turns it into a word the list knows. Inflections, British
endings, accents, compounds and a term the article repeats are no misspellings.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache

from quiz.generator.lexicon import known_word

WORD = re.compile(r"(?<![\w'’.])[a-z]{7,}(?![\w'’])")  # (and a compound's: "self-impossed")
# The endings of a science's terms ("phosphonate", "injective", "baronal", "japonicus").
TERM = re.compile(r"(?:ases?|ates?|ines?|ives?|oids?|isms?|ists?|ics?|al|us|is|um|ae)$")
PREFIXES = tuple(
    "anti bio co de in inter micro mis multi non on out over post pre re semi sub un under".split()
)


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """pyspellchecker's English word list, read without its counts: its ``SpellChecker`` keeps
    a count per word, 40 MB; the words alone take 11 (generation's peak memory is a target)."""
    from importlib.resources import files

    data = gzip.decompress(files("spellchecker").joinpath("resources/en.json.gz").read_bytes())
    return frozenset(m.group(1).decode() for m in re.finditer(rb'"([a-z]+)":', data))


def english_word(word: str) -> bool:
    """Whether pyspellchecker's list has ``word`` ("Shakespearean"; not "Westa")."""
    return word.lower() in _words()


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, swap, replacement or insertion away from ``word`` (the
    candidates pyspellchecker's ``correction`` weighs, after Norvig)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in LETTERS}
        | {a + c + b for a, b in splits for c in LETTERS}
    )


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
    words = _words()
    if any(word.startswith(p) and word[len(p) :] in words for p in PREFIXES):
        return True
    return any(word[:i] in words and word[i:] in words for i in range(3, len(word) - 2))


def misspelt(text: str, prose: str = "") -> str:
    """The first lower-case word of ``text`` (seven letters or more) that is a misspelling of
    a known word, else "". A word ``prose`` (the article so far) uses twice is its own term."""
    for word in WORD.findall(text):
        if known_word(word) or prose.count(word) >= 2 or TERM.search(word):
            continue  # (lemminflect's lexicon first: the word list loads only when needed)
        words = _words()
        if word in words or _compound(word):
            continue
        if any(not _variant(word, fix) for fix in _one_edit(word) & words):
            return word
    return ""
