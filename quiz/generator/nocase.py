"""Case-insensitive patterns that first look for a match case-sensitively in lowercased text."""

from __future__ import annotations

import re

CLASS_ESCAPES = frozenset("bBwWsSdD")  # escapes that mean the same whatever the case
# The characters that (?i) takes for an ASCII letter but that do not lowercase to it (long s,
# dotless i, dotted capital I, which lowercases to two characters): text with one of these
# goes to the (?i) pattern straight away. (tests/test_nocase.py checks every code point.)
UNSAFE = re.compile("[\u0130\u0131\u017f]")


class NoCase:
    """A ``(?i)`` pattern with the same ``search`` results, found faster.

    re tries every branch of a case-insensitive alternation at every position; a
    case-sensitive one skips a branch on its first letter, several times faster. The pattern
    lowercased finds a match in the text lowercased whenever the ``(?i)`` pattern finds one in
    the text (unless the text holds an UNSAFE character); the match itself, if any, always
    comes from the ``(?i)`` pattern.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.lowered = re.compile(lowered(pattern))

    def search(self, text: str) -> re.Match[str] | None:
        if (text.isascii() or not UNSAFE.search(text)) and not self.lowered.search(text.lower()):
            return None
        return self.pattern.search(text)


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
