"""Text normalisation, one set of rules for the whole product: fold, normalize, slug, name key.

- :func:`fold` is the base of every comparison: Unicode compatibility forms unified (NFKC),
  diacritics stripped (``é`` -> ``e``), letters that carry no separable accent mapped to their
  usual Latin spelling (``ə``/``Ə`` -> ``e``, ``ı`` -> ``i``, ``ø`` -> ``o``, ``ß`` -> ``ss``,
  ``æ`` -> ``ae``, ...), case folded and typographic quotes made straight.
- :func:`normalize` is the comparable form of an answer or phrase: folded, punctuation dropped
  (except ``keep``), spacing collapsed, a leading "the/a/an" removed. Answer checking and the
  generator's distractor de-duplication both use it, so a distractor the generator thought
  different from the answer is never accepted as the answer.
- :func:`search_key` is what searches and section filters match on: folded, spacing collapsed.
- :func:`slugify` makes file names, bank keys and tags from titles (ASCII, from :func:`fold`).
- :func:`name_key` says when two people's or classes' names are the same name: case-insensitive
  (Unicode case folding on the NFC form) but accent-sensitive ("José" and "Jose" are two people).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "normalize", "search_key", "slugify", "name_key"]

MAX_SLUG = 100  # slugs name files: well under the 255 bytes file systems allow

# Letters NFKD does not split into base + accent, and quote marks, in their plain form.
_LETTERS = str.maketrans(
    {
        "ə": "e",
        "Ə": "e",
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ħ": "h",
        "Ħ": "h",
        "ŋ": "n",
        "Ŋ": "n",
        "‘": "'",
        "’": "'",
        "ʻ": "'",
        "ʼ": "'",
        "“": '"',
        "”": '"',
    }
)
_ARTICLE = re.compile(r"^(the|a|an)\s+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free, plain-letter form: ``"Azərbaycan Ordusu"`` -> ``"azerbaycan
    ordusu"``, ``"Øresund"`` -> ``"oresund"``, ``"İstanbul"`` -> ``"istanbul"``."""
    text = unicodedata.normalize("NFKC", text).translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_LETTERS)


@lru_cache(maxsize=65536)
def normalize(text: str, keep: str = "") -> str:
    """Comparable form of an answer: folded, punctuation (other than ``keep``) turned into
    spaces, spacing collapsed, a leading article dropped: ``"The Caspian Sea!"`` ->
    ``"caspian sea"``."""
    pattern = rf"[^\w\s{re.escape(keep)}]" if keep else r"[^\w\s]"
    text = re.sub(pattern, " ", fold(text))
    text = _SPACES.sub(" ", text).strip()
    return _ARTICLE.sub("", text)


def search_key(text: str) -> str:
    """What a search or filter matches on: folded, one space between words."""
    return _SPACES.sub(" ", fold(text)).strip()


def slugify(text: str) -> str:
    """A filesystem- and tag-safe ASCII slug: ``"Azərbaycan Army"`` -> ``"azerbaycan-army"``.

    A title with no Latin letters or digits (``"Юлия Кръстева"``) gets ``article-`` and a short
    stable digest, so different titles keep different slugs.
    """
    ascii_text = fold(text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > MAX_SLUG:  # a file name must stay short: keep the start and a digest
        digest = hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:10]
        return f"{slug[: MAX_SLUG - 11].rstrip('-')}-{digest}"
    if slug:
        return slug
    if not text.strip():
        return "untitled"
    return "article-" + hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:10]


def name_key(name: str) -> str:
    """The identity of a person's, profile's or class's name: spacing trimmed and collapsed,
    case folded, accents kept (``"Ana  Lee "`` and ``"ANA LEE"`` are one name; ``"Ána Lee"``
    is another)."""
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()
