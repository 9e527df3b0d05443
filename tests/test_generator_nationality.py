"""A false statement may give a person another nationality of the same region, one the
article never names, where the lead's first sentence says only what the person is."""

from __future__ import annotations

import random

from test_generator_r73 import Q

from quiz.generator.generate import build_bank
from quiz.generator.nationality import NATIONALITIES, other_nationality


def _other(sentence: str, prose: str = "", title: str = "Ann Exa") -> tuple[str, str] | None:
    return other_nationality(sentence, prose or sentence, title, random.Random(0))


def test_another_nationality_of_the_region_the_article_never_names() -> None:
    swap = _other("Ann Exa is an English actress and singer.")
    assert swap is not None and swap[0] == "English"
    assert NATIONALITIES[swap[1]][1] == "English names"
    assert swap[1] not in ("English", "British")  # (an English actress is British)
    prose = "Ann Exa is a Danish poet. Exa lived in Sweden, Norway and Finland."
    assert _other("Ann Exa is a Danish poet.", prose) is None  # (every neighbour named)


def test_no_swap_where_the_sentence_or_the_title_gives_it_away() -> None:
    assert _other("Ann Exa is an American politician from Louisiana.") is None  # (a place)
    assert _other("Ann Exa is a Canadian football linebacker.") is None  # (a sport)
    assert _other("Ann Exa is a Thai singer.", title="Ann Exa (Thai singer)") is None
    assert _other("Ann Exa is an English actress.", prose="x" * 13_000) is None  # (famous)


def test_a_biography_s_lead_gives_a_false_nationality() -> None:
    text = (
        f"{Q}Ann Exa{Q} (born 1950) is an English actress and singer.\n\n"
        "==Career==\nIn 1985 Exa established the Exton Players.\n"
    )  # (a founding: since stop 56 a detail's year makes no statement, statements.minor_dated,
    # and a bank with no true statement keeps no false one either)
    told = {q.prompt: q.answer for q in build_bank("Ann Exa", text).questions}
    assert any(a == "False" and "English" not in p and " actress" in p for p, a in told.items())
