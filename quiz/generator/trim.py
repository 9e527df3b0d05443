"""Side clauses trimmed from a sentence around its answer (a question keeps what it asks)."""

from __future__ import annotations

import re

from quiz.generator.spans import FULL_MONTH

SIDE_CLAUSE = re.compile(
    r", (?:which|who|whom|whose|where|when|while|whereas|including|such as|with|making|"
    r"as well as|although|though|thereby|resulting in|leading to|followed by)\b"
    r"(?![^,;]*\b(?:uncertain|unclear|unknown|disputed))[^,;]*?(?=[,;]|\.?$)"  # (a doubt stays:
)  # "..., whose real identity is uncertain", R262)


PARTNER = re.compile(r"\b(?:jointly|together|co-\w+|collaborat\w+|partner\w*|merged|allied)\b")
MDY_COMMA = re.compile(rf"\b((?:{FULL_MONTH}) \d{{1,2}}), (\d{{4}})")


def _same_kind_of_time(answer: str, clause: str) -> bool:
    """A clause that names a date when the answer is a date, or a year when it is a year."""
    if re.search(FULL_MONTH, answer):
        return bool(re.search(FULL_MONTH, clause))
    return bool(re.fullmatch(r"\d{4}", answer) and re.search(r"\b\d{4}\b", clause))


def trim_around(text: str, start: int, end: int, keep: str = "") -> tuple[str, int, int]:
    """Side clauses without the answer or the only mention of ``keep`` dropped; new offsets."""
    pieces: list[tuple[int, int]] = []
    masked = MDY_COMMA.sub(lambda m: f"{m.group(1)}\x00 {m.group(2)}", text)  # "May 1, 2009"
    for match in SIDE_CLAUSE.finditer(masked):
        a, b = match.start(), match.end()
        if a <= start < b or a < end <= b:
            continue
        rest = text[:a] + text[b:]
        if keep and keep in text[a:b] and keep not in rest:
            continue  # ", including Deliveroo": the sentence's only tie to the subject
        if _same_kind_of_time(text[start:end], text[a:b]):
            continue  # "held on 31 October, with a second round on 14 November": both fit
        if text[a:].startswith(", with ") and PARTNER.search(text[:a]):
            continue  # "jointly invested in ..., with Lee Byung-chull": the partner stays
        if b >= len(text) - 1:
            pieces.append((a, b))  # only a clause that ends the sentence: one in the middle may
            # be what the rest leans on ("..., which resulted in the loss of X, comprising 20%")
    if not pieces:
        return text, start, end
    out = text
    for a, b in sorted(pieces, reverse=True):
        cut = b - a
        out = out[:a] + out[b:]
        if a < start:
            start -= cut
            end -= cut
    if len(out.split()) < 6:
        return text, start, end
    return out, start, end
