"""Case-insensitive patterns that first look for a match case-sensitively in lowercased text."""

from __future__ import annotations

import re

from quiz.generator.firstchar import Quick

CLASS_ESCAPES = frozenset("bBwWsSdD")  # escapes that mean the same whatever the case
# The characters that (?i) takes for an ASCII letter but that do not lowercase to it (long s,
# dotless i, dotted capital I, which lowercases to two characters): text with one of these
# goes to the (?i) pattern straight away. (tests/test_nocase.py checks every code point.)
UNSAFE = re.compile("[\u0130\u0131\u017f]")


class NoCase:
    """A ``(?i)`` pattern with the same ``search`` results, found faster.

    re tries every branch of a case-insensitive alternation at every position; a
    case-sensitive one skips a branch on its first letter, several times faster. The pattern
    lowercased matches the text lowercased just where the ``(?i)`` pattern matches the text
    (unless the text holds an UNSAFE character), so the ``(?i)`` pattern is run only from
    there; the match returned always comes from it (same span and groups).
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.lowered = Quick(lowered(pattern))  # (see firstchar.py)

    def search(self, text: str) -> re.Match[str] | None:
        if text.isascii() or not UNSAFE.search(text):
            found = self.lowered.search(text.lower())
            if found is None:
                return None
            return self.pattern.search(text, found.start()) or self.pattern.search(text)
        return self.pattern.search(text)


def may_contain(text: str, word: str) -> bool:
    """False only where ``(?i)`` ``word`` (lowercase ASCII letters) cannot match in ``text``: its
    letters are not in the text lowercased (and no UNSAFE character could stand for one)."""
    return word in text.lower() or not text.isascii() and bool(UNSAFE.search(text))


def lowered(pattern: str) -> str:
    """``pattern`` (which opens with ``(?i)``) as a case-sensitive pattern for lowercase text;
    ValueError for syntax this does not handle (other flags, named groups, escapes such as
    ``\\x41`` or ``\\1``, cased non-ASCII letters, ranges mixing cases)."""
    if not pattern.startswith("(?i)"):
        raise ValueError("not a (?i) pattern")
    body, out, index, in_class = pattern[4:], [], 0, False
    while index < len(body):
        char = body[index]
        if char == "\\":
            escaped = body[index + 1 : index + 2]
            if escaped.isalnum() and escaped not in CLASS_ESCAPES:
                raise ValueError(f"escape \\{escaped}")
            out.append(char + escaped)
            index += 2
            continue
        if not in_class and body.startswith("(?", index):
            if not body.startswith(("(?:", "(?=", "(?!", "(?<=", "(?<!"), index):
                raise ValueError("group syntax")
        elif not in_class and char == "[":
            in_class = True
            if body.startswith("[^]", index) or body.startswith("[]", index):
                raise ValueError("class opening with ]")
            if body.startswith("[^", index):
                out.append("[^")
                index += 2
                continue
        elif in_class and char == "]":
            in_class = False
        elif in_class and char == "-" and out[-1] not in ("[", "[^"):
            first, last = body[index - 1], body[index + 1 : index + 2]
            if (
                last != "]"
                and (first.isalpha() or last.isalpha())
                and not (first.isalpha() and last.isalpha() and first.isupper() == last.isupper())
            ):
                raise ValueError(f"range {first}-{last}")
        if not char.isascii() and (char.lower() != char or char.upper() != char):
            raise ValueError(f"cased letter {char}")
        out.append(char.lower())
        index += 1
    return "".join(out)
