"""Small hand-made banks for the export tests (all four kinds, nasty text), plus sanity checks."""

from __future__ import annotations

from pathlib import Path

from quiz.bank import validate_bank_data, write_bank
from quiz.kinds import kind_names
from quiz.model import Bank, Question, Source

ATTRIBUTION = (
    'Text from the Wikipedia article "Azerbaijani Armed Forces", CC BY-SA 4.0 & its authors'
)


def nasty_questions() -> list[Question]:
    """Six questions covering every kind, with HTML, quotes, commas, newlines and unicode."""
    return [
        Question(
            id="mcq-hq",
            kind="mcq",
            prompt='Which city hosts the <script>alert("x")</script> "HQ" & staff?',
            answer="Baku, Azərbaycan",
            choices=["Ganja", "Baku, Azərbaycan", "Sumqayit", "Shaki"],
            section="Structure > Land Forces",
            context="The headquarters & staff are in Baku, Azərbaycan.",
            difficulty=0.2,
            tags=["capital city"],
            fact="hq",
        ),
        Question(
            id="cloze-navy",
            kind="cloze",
            prompt='The navy was founded in _____, after "independence".',
            answer="1992",
            section="History",
            context="The navy, founded in 1992,\nfollowed independence.",
            difficulty=0.5,
            fact="navy",
        ),
        Question(
            id="cloze-time",
            kind="cloze",
            prompt="#1 parade starts at _____ on 26 June.",
            answer="10:30",
            section="History > Parades",
            context="#1 parade starts at 10:30 on 26 June.",
            difficulty=0.9,
            fact="parade",
        ),
        Question(
            id="tf-branches",
            kind="true_false",
            prompt='The army has "three" branches,\nincluding <b>air</b>.',
            answer="False",
            choices=["True", "False"],
            section="Structure",
            context="The army has four branches.",
            difficulty=0.7,
            fact="branches",
        ),
        Question(
            id="tf-founded",
            kind="true_false",
            prompt="The armed forces were re-established in 1991.",
            answer="True",
            choices=["True", "False"],
            section="History",
            context="The armed forces were re-established in 1991.",
            difficulty=0.4,
            fact="founded",
        ),
        Question(
            id="short-command",
            kind="short_answer",
            prompt="Who commands the forces?",
            answer="The President",
            section="Structure > Command",
            context="The President is the Supreme Commander-in-Chief.",
            accept=["President"],
            difficulty=0.6,
            fact="command",
        ),
    ]


def nasty_bank(title: str = "Azerbaijani Armed Forces") -> Bank:
    """The six nasty questions in a bank with an attribution line."""
    source = Source(title=title, attribution=ATTRIBUTION, sha256="0" * 64)
    return Bank(title=title, source=source, questions=nasty_questions(), generator={"name": "t"})


def synthetic_bank(count: int, title: str = "Synthetic Army") -> Bank:
    """``count`` plain questions cycling through kinds and four sections."""
    sections = ["History", "Structure > Navy", "Structure > Air Force", "Equipment"]
    questions = []
    for i in range(count):
        kind = kind_names()[i % len(kind_names())]
        section = sections[(i // 3) % len(sections)]
        prompt = f"Fact number {i}, about the army?"
        answer = f"Answer {i}"
        choices: list[str] = []
        if kind == "mcq":
            choices = [answer, f"Other {i}a", f"Other {i}b", f"Other {i}c"]
        elif kind == "cloze":
            prompt = f"Fact number {i} is _____ in the army."
        elif kind == "true_false":
            answer = "True" if i % 2 else "False"
            choices = ["True", "False"]
        questions.append(
            Question(
                id=f"q{i:05d}",
                kind=kind,
                prompt=prompt,
                answer=answer,
                choices=choices,
                section=section,
                context=f"Fact number {i} is {answer} in the army.",
                difficulty=(i % 10) / 10,
                fact=f"fact{i}",
            )
        )
    return Bank(
        title=title, source=Source(title=title, attribution=ATTRIBUTION), questions=questions
    )


def write(bank: Bank, path: Path) -> Path:
    """Save ``bank`` at ``path`` and return the path."""
    write_bank(bank, path, force=True)
    return path


def test_fixture_banks_are_valid() -> None:
    assert validate_bank_data(nasty_bank().to_dict()) == []
    assert validate_bank_data(synthetic_bank(40).to_dict()) == []
    assert {q.kind for q in nasty_questions()} == set(kind_names())
