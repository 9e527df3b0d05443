"""Sentences trimmed around what they tell: side clauses around an answer, a tail true only when
written."""

from __future__ import annotations

import re

from quiz.generator.spans import FULL_MONTH

SIDE_CLAUSE = re.compile(
    r", (?:which|who|whom|whose|where|when|while|whereas|including|such as|with|making|"
    r"as well as|although|though|thereby|resulting in|leading to|followed by)\b"
    r"(?![^,;]*\b(?:uncertain|unclear|unknown|disputed))[^,;]*?(?=[,;]|\.?$)"  # (a doubt stays:
)  # "..., whose real identity is uncertain", R262)


ANCESTRY = re.compile(
    r"\bin [A-Z][\w'’-]+( of (?:[A-Z][\w'’-]+ )+(?:ancestry|descent|origin|parentage))\.?$"
)  # ("born in July 1935 in Shanghai of Ningbo ancestry": "born ... of Ningbo ancestry?", R413)
# A closing "after the end of ..." that only times the main event by another, told before:
# "joined Ukraina Montreal following the completion of Rochester's season" (R418: whose?)
AFTER_THE_END = re.compile(
    r"\w( (?:following|after|upon|at) the (?:completion|end|close|conclusion) of [^,;\d]*?)\.?$"
)
# After the answer's clause, to the sentence's end: a second deed (" and (originally)
# produced by ...", not " and B", a second name) or a clause on the thing the sentence is
# about (" that was serialized by ..."); not after "the first", "the only": it defines them.
SECOND_DEED = re.compile(
    r" (?:and|that) (?:(?:was|were|is|are) )?(?:[a-z]+ly )?[a-z]{3,}(?:ed|en|wn)\b [^;]*?(?=\.?$)"
)
# A later date told by its count after the answer: ", and its sixth season ended on June 26,
# 2016" lets a learner count back to the premiere's year (R442); cut.
COUNTED = re.compile(
    r", and (?:its|the|their|his|her) [^,;]*?\b(?:third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|\d+(?:rd|th)) (?:season|series|edition|year|term|anniversary)\b[^;]*?(?=\.?$)"
)
ONLY_ONE = re.compile(r"\b(?:first|only|last|sole|earliest|latest|[a-z]+est)\b")
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
    second = (
        SECOND_DEED.search(text, end) if " and " in text[end:] or " that " in text[end:] else None
    )
    if second and not pieces and not ONLY_ONE.search(text, 0, start):
        if not (keep and keep in second.group() and keep not in text[:end]):
            pieces.append((second.start(), second.end()))  # "created by _____ and originally
            # produced by Spümcø ...", "a manga series by _____ that was serialized by ..."
    counted = COUNTED.search(text, end)
    if counted and not pieces and re.search(r"\d{4}", text[start:end]):
        pieces.append((counted.start(), counted.end()))
    for tail in (ANCESTRY.search(text), AFTER_THE_END.search(text)):
        if tail and not pieces and not tail.start(1) <= start < tail.end(1):
            pieces.append((tail.start(1), tail.end(1)))
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


# A first sentence's tail that was true when written: "is an Albanian footballer who plays as a
# defender for Empoli", "is an American philosopher, currently University Professor at NYU".
TIME_BOUND_TAIL = re.compile(
    r",? (?:who (?:currently |now )?plays (?:as an? [\w-]+ )?(?:for|with)|"
    r"(?:and |who )?(?:is )?currently|with a population of [\d,]+)\b[^.\d]*\.$"
)  # ("a town in eastern Poland, with a population of 10,281": of which year? R206)


def time_bound_cut(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence ``text[start:end]`` without a time-bound tail where what is left is a whole
    sentence ("Kastriot Dermaku (born 1992) is an Albanian professional footballer."), and
    where the kept part ends in ``text``."""
    raw = text[start:end]
    if "currently" not in raw and " plays " not in raw and "population" not in raw:
        return raw, end  # (the pattern alone tries every space of every sentence)
    tail = TIME_BOUND_TAIL.search(raw)
    if tail is None or not re.search(r"\b(?:is|are|was|were)\b", raw[: tail.start()]):
        return raw, end
    if len(raw[: tail.start()].split()) < 5 or raw[tail.start() - 1] in ",;:(":
        return raw, end
    return raw[: tail.start()] + ".", start + tail.start()


# What may follow the year of a clause and be cut from a question of that year: a second
# verb ("in 1924 and rose through its ranks"), a purpose ("in 1903 to spread his ideas"), a
# companion ("in 1970 with guitarist Brian May and drummer Roger Taylor"), a later time, an
# agent ("founded in 1965 by students Syd Barrett on guitar, ..."; stop 69's new-user pass).
# Not a second year or month ("in 1850 and 1851"): the question would have two answers.
SEPARABLE_TAIL = re.compile(
    rf"(?: and (?!\d|(?:{FULL_MONTH})\b)| but | with | by | to (?!the |an? |his |her |its |their )"
    r"[a-z]+ |, (?:[a-z]+ing|where|when|while|after|before)\b| (?:after|before|when|while|"
    r"following|until) )"
)


def separable_tail(after: str) -> bool:
    """Whether ``after``, the words after a clause's year, may be cut from a question of the
    year ("In what year did Mercury form Queen?")."""
    return bool(SEPARABLE_TAIL.match(after)) and not re.search(r"\bthe same\b", after)
