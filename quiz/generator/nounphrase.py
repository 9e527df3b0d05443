"""The noun phrase after "the": its lowercase words up to the head noun."""

from __future__ import annotations

import re

from quiz.generator.lexicon import is_adverb_only, is_noun, is_verb_only

NP_STOP = frozenset(
    """a an of in at on for from to with by as and or but than that which who whom whose where when
    is are was were be been being has have had do does did will would can could may might must
    shall should not also only then there here into onto over under after before during since
    until about between among against through across per via""".split()
)


LOWER_WORD = re.compile(r"[a-z][a-z-]*")


def noun_phrase(text: str, start: int) -> list[str]:
    """The lowercase words of "the ..." up to its head noun: "the air force has" -> [air,
    force]; "the paper usually endorses" -> [paper]; [] when no noun follows."""
    words: list[str] = []
    tokens = text[start:].split()[:6]
    for token, following in zip(tokens, [*tokens[1:], ""], strict=True):
        bare = token.rstrip(',.;:)!?"').replace("’", "'")
        if words and bare.endswith("s") and following in ("a", "an", "the", "its", "their"):
            break  # "the region covers a distance": a verb, not "region covers"
        possessive = bare.endswith(("'s", "s'"))
        bare = bare.removesuffix("'s").removesuffix("'")
        if not LOWER_WORD.fullmatch(bare):
            break
        modifier = not words and bare.endswith(("ing", "ed"))  # "the printing plant"
        if bare in NP_STOP or len(words) == 4 or is_adverb_only(bare):
            break
        if is_verb_only(bare) and not modifier:
            break
        if words and "-" in bare and bare.endswith("ed"):
            break  # "played the guitar left-handed": an adjective after the noun
        words.append(bare)
        if possessive or token != token.rstrip(',.;:)!?"'):
            break
    while words and not is_noun(words[-1]):
        words.pop()
    return words
