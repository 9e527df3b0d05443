"""A person's infobox lines that name one other party (``relations``): a spouse, an athlete's
college and drafting team; none of a list or a shared surname; no first senior club (R460)."""

from __future__ import annotations

from quiz.generator.generate import build_bank

Q = "'''"


def asked(title: str, box: str, text: str) -> dict[str, tuple[str, list[str]]]:
    bank = build_bank(title, f"{{{{{box}}}}}\n{text}\n")
    return {q.prompt: (q.answer, [str(a) for a in q.accept]) for q in bank.questions}


LIFE = (
    f"{Q}Ann Roe{Q} (born 1950) is an Exlandic geologist.\n\n==Life==\nRoe studied rocks. In "
    "1980 Roe married Bob Fenn, a chemist. Bob Fenn and Roe lived in Vornton. Roe retired."
)


def test_a_spouse_named_alone_and_told_is_asked() -> None:
    box = "Infobox scientist\n| name = Ann Roe\n| spouse = [[Bob Fenn]] (m. 1980)\n"
    got = asked("Ann Roe", box, LIFE)
    assert got["Whom did Ann Roe marry?"] == ("Bob Fenn", ["Fenn"])


def test_no_spouse_of_a_list_a_shared_surname_or_untold() -> None:
    two = "Infobox scientist\n| name = Ann Roe\n| spouse = Bob Fenn; Cy Dole\n"
    assert "Whom did Ann Roe marry?" not in asked("Ann Roe", two, LIFE)
    same = "Infobox scientist\n| name = Ann Roe\n| spouse = Bob Roe\n"
    text = LIFE.replace("Bob Fenn", "Bob Roe")
    assert "Whom did Ann Roe marry?" not in asked("Ann Roe", same, text)  # (given away)
    untold = "Infobox scientist\n| name = Ann Roe\n| spouse = Cy Dole\n"
    assert "Whom did Ann Roe marry?" not in asked("Ann Roe", untold, LIFE)


def test_an_athletes_college_and_draft_but_no_first_club() -> None:
    box = (
        "Infobox football biography\n| name = Bob Fenn\n| clubs1 = [[Vorn Town]]\n"
        "| clubs2 = → [[Exford United]] (loan)\n| college = [[Dunmore College]]\n"
        "| draft_team = [[Kell Hawks]]\n"
    )
    text = (
        f"{Q}Bob Fenn{Q} (born 1990) is an Exlandic footballer.\n\n==Career==\nFenn played for "
        "Dunmore College. The Kell Hawks drafted Fenn in 2010. Fenn began at Vorn Town. Vorn "
        "Town loaned Fenn out. The Kell Hawks released him."
    )
    got = asked("Bob Fenn", box, text)
    assert "What was Bob Fenn's first senior club?" not in got
    assert got["Which college did Bob Fenn attend?"][0] == "Dunmore College"
    assert got["Which team drafted Bob Fenn?"][0] == "Kell Hawks"
