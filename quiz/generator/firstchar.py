"""Patterns that look first at the characters a match can start with (same matches, faster)."""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]  # (re's parser: no stubs)
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Callable, Iterator
from typing import Any

Firsts = tuple[frozenset[str], bool]  # characters (a character, "a-z" or "\\d"), may be empty
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
WORD_START = re.compile(r"\\d|[0-9A-Za-z]|[0-9]-[0-9]|[A-Z]-[A-Z]|[a-z]-[a-z]")  # word characters


def first_char(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with a lookahead for the characters its matches start with.

    re tries a pattern at every position; when the pattern opens with a lookbehind or a
    ``\\b`` and an alternation, that is slow even where the character there could never
    start a match. The lookahead fails fast there and changes no match (every match starts
    with one of those characters). Patterns this cannot read are compiled unchanged. When
    every match starts at a word boundary (each alternative opens with ``\\b``), a ``\\b``
    goes first: it rules out the inside of words before any alternative is tried."""
    chars = _firsts(pattern)
    if chars is None:
        return re.compile(pattern)
    boundary = "\\b" if _at_boundary(list(sre_parse.parse(pattern))) else ""
    body = pattern
    if boundary:  # (then an alternative's own leading \b is said: without it, re skips the
        alternatives = _alternatives(pattern)  # alternatives whose first letter differs)
        body = "|".join(a.removeprefix("\\b") for a in alternatives)
    quick = re.compile(f"{boundary}(?=[{''.join(sorted(chars))}])(?:{body})")
    ORIGINAL[quick.pattern] = pattern
    return quick


ORIGINAL: dict[str, str] = {}  # pattern with the lookahead -> as written (for the tests)
SPLIT: list[AnyOf] = []  # every AnyOf (for the tests)
QUICK: list[Quick] = []  # every Quick with a finder (for the tests)
FEW = 16  # at most this many lowercase letters or spaces can start a match: worth a finder


class Quick:
    """``first_char(pattern)`` for ``search`` and ``finditer`` alone: the same matches (span
    and groups), found faster where few characters can start one.

    re runs a pattern that opens with ``\\b`` or a lookahead at every position of the text;
    one that opens with a character class it scans for in C, running the rest only where one
    of those characters stands. The finder is such a class, then a lookbehind over that one
    character holding a lookahead with the whole pattern: it matches just where the pattern
    does, and the pattern itself then gives the match from there."""

    def __init__(self, pattern: str) -> None:
        self.compiled = first_char(pattern)
        self.pattern = self.compiled.pattern
        self.search: Callable[..., re.Match[str] | None] = self.compiled.search  # (text, pos=0)
        self.finditer: Callable[..., Iterator[re.Match[str]]] = self.compiled.finditer
        self.findall: Callable[[str], list[Any]] = self.compiled.findall
        chars = _firsts(pattern)
        if chars is not None and sum(map(_common, chars)) <= FEW:
            try:
                self.finder = re.compile(f"[{''.join(sorted(chars))}](?<=(?=(?:{pattern})).)")
            except re.error:
                return  # (a back reference: not allowed in a lookbehind)
            self.search, self.finditer, self.findall = self._found, self._every, self._all
            QUICK.append(self)

    def _found(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = self.finder.search(text, pos)
        return None if found is None else self.compiled.search(text, found.start())

    def _every(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """The matches ``finditer`` gives: each the first at or after the last one's end (none
        is empty: each takes its first character)."""
        at = pos
        while (found := self.finder.search(text, at)) is not None:
            match = self.compiled.search(text, found.start())
            assert match is not None  # (the finder matched just there)
            yield match
            at = match.end()

    def _all(self, text: str) -> list[Any]:
        """What ``findall`` gives: each match's text, its one group's, or its groups' ("" for
        a group that took no part)."""
        matches = list(self._every(text))
        if self.compiled.groups == 0:
            return [m[0] for m in matches]
        if self.compiled.groups == 1:
            return [m.groups("")[0] for m in matches]
        return [m.groups("") for m in matches]


def _common(entry: str) -> int:
    """How many of the characters an entry of ``_firsts`` stands for ("a", "\\.", "a-z",
    "\\d") are lowercase letters or spaces, the most common in text (capitals, digits and
    marks are few: a finder skips most of the text for them)."""
    if entry == "\\d":
        return 0
    first = entry[:2] if entry.startswith("\\") else entry[:1]
    last = entry[len(first) + 1 :] or first  # (the same unless a range)
    chars = map(chr, range(ord(first[-1]), ord(last[-1]) + 1))
    return sum(c.islower() or c.isspace() for c in chars)


class AnyOf:
    """A pattern asked only whether it matches, made fast by parts: its alternatives that
    open with ``^`` tried at the start alone, those that open with ``\\b`` as one ``first_char``
    pattern (the inside of words ruled out at once), the rest as another. One alternative
    that could start anywhere otherwise slows every other to its pace."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        alternatives = _alternatives(pattern)
        start = [a for a in alternatives if a.startswith("^")]
        word = [a for a in alternatives if a.startswith("\\b")]
        rest = [a for a in alternatives if not a.startswith(("^", "\\b"))]
        self.parts: list[Callable[[str], re.Match[str] | None]] = []
        self.parts += [re.compile("|".join(start)).match] if start else []
        self.parts += [Quick("|".join(part)).search for part in (word, rest) if part]
        SPLIT.append(self)

    def search(self, text: str) -> re.Match[str] | None:
        """A match if the pattern has one anywhere in ``text`` (not always the leftmost)."""
        for part in self.parts:
            if found := part(text):
                return found
        return None


def _firsts(pattern: str) -> frozenset[str] | None:
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & ~re.UNICODE:
        return None  # an inline flag must open the pattern, before any lookahead
    found = _sequence(list(parsed))
    if found is None or found[1]:
        return None  # can match the empty string, or starts with anything
    return found[0]


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (outside brackets and classes)."""
    out, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += (
                1 + pattern.startswith(("^]", "]"), index + 1) + pattern.startswith("^]", index + 1)
            )
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and not depth:
            out.append(pattern[start:index])
            start = index + 1
        index += 1
    return [*out, pattern[start:]]


def _at_boundary(items: list[Any]) -> bool:
    """Whether every match of ``items`` starts at a word boundary (a ``\\b`` before anything
    that takes a character)."""
    for index, (op, value) in enumerate(items):
        if op is sre.AT and value is sre.AT_BOUNDARY:
            return True
        if op is sre.AT and value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
            found = _sequence(items[index + 1 :])  # "^There": a word character at the start
            return found is not None and not found[1] and all(map(WORD_START.fullmatch, found[0]))
        if op in ZERO_WIDTH:
            continue
        if op is sre.SUBPATTERN:
            return _at_boundary(list(value[3]))
        if op is sre.BRANCH:
            return all(_at_boundary(list(alternative)) for alternative in value[1])
        return False
    return False


def _sequence(items: list[Any]) -> Firsts | None:
    chars: set[str] = set()
    for op, value in items:
        if op in ZERO_WIDTH:
            continue
        found = _item(op, value)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return frozenset(chars), False
    return frozenset(chars), True


def _item(op: Any, value: Any) -> Firsts | None:
    if op is sre.LITERAL:
        return frozenset({re.escape(chr(value))}), False
    if op is sre.IN:
        return _charset(value)
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = value
        return None if add_flags or del_flags else _sequence(list(inner))
    if op is sre.BRANCH:
        chars: set[str] = set()
        empty = False
        for alternative in value[1]:
            found = _sequence(list(alternative))
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return frozenset(chars), empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, inner = value
        repeated = _sequence(list(inner))
        return None if repeated is None else (repeated[0], repeated[1] or low == 0)
    return None  # any character, a negated class, a back reference...


def _charset(items: list[Any]) -> Firsts | None:
    chars: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            chars.add(re.escape(chr(value)))
        elif op is sre.RANGE:
            chars.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            chars.add("\\d")
        else:
            return None  # a negated class, \w, \s: nearly anything
    return frozenset(chars), False
