"""syntok's tokens for a paragraph, made quickly: plain words here, the rest by syntok's
tokenizer; for its segmenter, the inside of each run of plain words as one token."""

from __future__ import annotations

import re
from collections.abc import Iterator

from syntok._segmentation_states import State  # (its bracket sets: no public name)
from syntok.tokenizer import Token, Tokenizer

TOKENIZER = Tokenizer(replace_not_contraction=False)  # the one segmenter.analyze uses
# A run of non-space characters with the space before it: a plain word with ASCII punctuation
# around it (groups 2-4) or any other run (group 5).
RUN = re.compile(r"(\s*)(?:([!-/:-@\[-`{-~]*)([0-9A-Za-z]+)([!-/:-@\[-`{-~]*)(?!\S)|(\S+))")
NOT_RE_SPACE = re.compile("[\x1c-\x1f\u200b]")  # re and syntok disagree on these
CASE_STEP = re.compile(r"[a-z][A-Z]")  # syntok splits "iPhone" there
OPENING, CLOSING = State.opening_brackets, State.closing_brackets


def paragraph_tokens(paragraph: str, base: int, *, join_runs: bool = False) -> Iterator[Token]:
    """The tokens of ``TOKENIZER.tokenize(paragraph, base)``: syntok tokenizes each run of
    non-space characters on its own; a plain word, the most common run, is made here.

    With ``join_runs``, the words inside a run of plain words outside brackets are one token.
    syntok's segmenter walks a sentence a token at a time but only looks closely at the
    tokens around punctuation: the word before a terminal (an abbreviation?), the words after
    it (a capital? a sentence starter?) and every token inside brackets (an inner sentence? at
    most 50 tokens). The first and last word of each run stay tokens of their own and nothing
    is joined from an opening bracket until it closes, so the segmenter splits where it split
    before, in about half the steps (tests/test_generator_speed.py)."""
    if NOT_RE_SPACE.search(paragraph):
        yield from TOKENIZER.tokenize(paragraph, base)
        return
    at = base
    depth = 0  # brackets open (syntok's sets)
    in_run = False  # the token before was a plain word outside brackets
    held: list[tuple[str, str, int]] = []  # words after a run's first: spacing, word, offset
    for spacing, lead, word, tail, other in RUN.findall(paragraph):
        if other or (
            not (word.islower() or word.isupper() or word[1:].islower()) and CASE_STEP.search(word)
        ):
            if held:
                yield from _release(held, paragraph, base)
            held, in_run = [], False
            run = other or lead + word + tail
            start = at + len(spacing)
            for index, token in enumerate(TOKENIZER.tokenize(run)):
                yield Token(token.spacing if index else spacing, token.value, start + token.offset)
                depth = _depth(depth, token.value)
            at = start + len(run)
            continue
        at += len(spacing)
        if join_runs and in_run and not lead and not tail:
            held.append((spacing, word, at))
            at += len(word)
            continue
        if held:
            yield from _release(held, paragraph, base)
            held = []
        for char in lead:
            yield Token(spacing, char, at)
            depth = _depth(depth, char)
            spacing, at = "", at + 1
        yield Token(spacing, word, at)
        at += len(word)
        in_run = join_runs and depth == 0 and not tail
        if tail.startswith("..."):
            yield Token("", "...", at)
            tail, at = tail[3:], at + 3
        for char in tail:
            yield Token("", char, at)
            depth = _depth(depth, char)
            at += 1
    if held:
        yield from _release(held, paragraph, base)
    if at < base + len(paragraph):
        yield Token(paragraph[at - base :], "", base + len(paragraph))


def _depth(depth: int, value: str) -> int:
    if value in OPENING:
        return depth + 1
    return max(0, depth - 1) if value in CLOSING else depth


def _release(held: list[tuple[str, str, int]], paragraph: str, base: int) -> Iterator[Token]:
    """The held words: all but the last as one token (with the spaces between them), then
    the last (the word before whatever ends the run) on its own."""
    if len(held) > 2:
        (spacing, _, start), (_, word, end) = held[0], held[-2]
        yield Token(spacing, paragraph[start - base : end + len(word) - base], start)
        held = held[-1:]
    for spacing, word, start in held:
        yield Token(spacing, word, start)
