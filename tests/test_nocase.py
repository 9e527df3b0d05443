"""NoCase: the generator's case-insensitive patterns find exactly what plain re finds."""

from __future__ import annotations

import random
import re
import string
import sys

import pytest

from quiz.generator import answers, checks, sentences, standalone
from quiz.generator.nocase import UNSAFE, NoCase, lowered, may_contain

USED = {
    f"{module.__name__}.{name}": value
    for module in (answers, checks, sentences, standalone)
    for name, value in vars(module).items()
    if isinstance(value, NoCase)
}


def _texts(pattern: str, rng: random.Random) -> list[str]:
    """Texts made of the pattern's own words in mixed case, with digits, punctuation and a
    few non-ASCII letters between them: the cases where a match turns on case or on a
    boundary."""
    words = re.findall(r"[A-Za-z]+", re.sub(r"\\.", " ", pattern)) + [
        "Had",
        "the",
        "of",
        "Paris",
        "X",
        "İt",
        "ſo",
    ]
    glue = [" ", " ", " ", ", ", ".", "-", " 1990 ", "'", "(", ")", "", " A", " 7"]
    texts = []
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 7)):
            word = rng.choice(words)
            if rng.random() < 0.3:
                word = "".join(c.upper() if rng.random() < 0.5 else c for c in word)
            parts.append(word + rng.choice(glue))
        if rng.random() < 0.5:
            parts[-1] = word  # some end on a word ("... catalogue " asks for the end)
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("name", sorted(USED))
def test_same_matches_as_re(name: str) -> None:
    fast = USED[name]
    plain = re.compile(fast.pattern.pattern)
    rng = random.Random(name)
    found = 0
    for text in _texts(plain.pattern, rng):
        expected = plain.search(text)
        got = fast.search(text)
        assert (got and (got.span(), got.groups())) == (
            expected and (expected.span(), expected.groups())
        ), text
        found += expected is not None
    assert 0 < found < 2900  # both outcomes exercised


def test_lowered_pattern() -> None:
    assert (
        lowered(r"(?i)\bThe [A-Z\d]\w+(?<!Had )(?! of)\b") == r"\bthe [a-z\d]\w+(?<!had )(?! of)\b"
    )
    assert lowered(r"(?i)[^A-Z][\w-]+\.") == r"[^a-z][\w-]+\."


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bthe\b",  # not case-insensitive
        r"(?i)(?P<word>the)",  # a group name would be lowercased
        r"(?i)(?x)the",  # another flag
        r"(?i)\x41",  # an escape naming a letter
        r"(?i)(a)\1",  # a back reference
        r"(?i)[A-z]",  # a range over both cases
        r"(?i)[!-Z]",  # a range ending in a letter
        r"(?i)É",  # a cased non-ASCII letter
    ],
)
def test_lowered_refuses(pattern: str) -> None:
    with pytest.raises(ValueError):
        lowered(pattern)


def test_non_ascii_text_uses_re() -> None:
    # "İ".lower() is two characters, "ſ" matches (?i) "s": such text goes to re at once.
    fast, plain = NoCase(r"(?i)\bin turn\b|\bso\b"), re.compile(r"(?i)\bin turn\b|\bso\b")
    for text in ("İn turn", "ſo", "ıN TURN", "Paris, IN TURN", "in turnip", "É in turn", "so–"):
        got, expected = fast.search(text), plain.search(text)
        assert (got and got.span()) == (expected and expected.span()), text
    assert fast.search("İn turn") is not None


def test_lowercasing_keeps_what_each_character_matches() -> None:
    """Every code point outside UNSAFE lowercases to one character that (?i) letters, \\w,
    \\s and \\d see as they see the original: so the lowered pattern on the lowered text
    matches where the (?i) pattern matches on the text."""
    letters = re.compile("(?i)[a-z]")
    unsafe = set()
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        if 0xD800 <= point <= 0xDFFF:
            continue
        low = char.lower()
        if len(low) != 1:
            unsafe.add(char)
            continue
        if bool(letters.fullmatch(char)) != (low in string.ascii_lowercase):
            unsafe.add(char)
        elif low in string.ascii_lowercase and not re.fullmatch(f"(?i){low}", char):
            unsafe.add(char)
        for test in (str.isalnum, str.isspace, str.isdecimal):
            if test(char) != test(low):
                unsafe.add(char)
    assert unsafe <= set(UNSAFE.pattern.strip("[]"))
    assert "\u0130" in unsafe and "\u017f" in unsafe  # the check finds what it should


def test_may_contain_is_false_only_where_the_word_cannot_match() -> None:
    rng = random.Random("may_contain")
    alphabet = "presidntPRESIDNT \u0130\u0131\u017fé"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if re.search("(?i)president", text):
            assert may_contain(text, "president"), repr(text)
    assert not may_contain("The Prime Minister", "president")
    assert may_contain("PRESIDENTIAL", "president") and may_contain("pre\u017fident", "president")
