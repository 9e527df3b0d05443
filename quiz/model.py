"""Plain dataclasses for question banks (format ``quiz-bank/1``) with to_dict/from_dict."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quiz.text import slugify

BANK_FORMAT = "quiz-bank/1"
GAP = "_____"
LICENCE = "CC BY-SA"
TRUE_FALSE_CHOICES = ["True", "False"]
INTRODUCTION = "(introduction)"
"""The section name shown for questions from the article's lead, which has no heading."""


def section_label(section: str) -> str:
    """A question's section as every screen, report and command shows it."""
    return section.strip() or INTRODUCTION


@dataclass
class Question:
    """One question of a bank; ``id`` is stable across regenerations of the same fact."""

    id: str
    kind: str
    prompt: str
    answer: str
    choices: list[str] = field(default_factory=list)
    section: str = ""
    context: str = ""
    accept: list[str] = field(default_factory=list)
    difficulty: float = 0.5
    tags: list[str] = field(default_factory=list)
    fact: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "prompt": self.prompt,
            "answer": self.answer,
            "choices": list(self.choices),
            "section": self.section,
            "context": self.context,
        }
        if self.accept:
            data["accept"] = list(self.accept)
        data["difficulty"] = self.difficulty
        if self.tags:
            data["tags"] = list(self.tags)
        if self.fact:
            data["fact"] = self.fact
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            prompt=str(data["prompt"]),
            answer=str(data["answer"]),
            choices=[str(c) for c in data.get("choices") or []],
            section=str(data.get("section") or ""),
            context=str(data.get("context") or ""),
            accept=[str(a) for a in data.get("accept") or []],
            difficulty=float(data.get("difficulty", 0.5)),
            tags=[str(t) for t in data.get("tags") or []],
            fact=str(data.get("fact") or ""),
        )

    @property
    def sibling_key(self) -> str:
        """Questions made from the same fact share this key (used to space siblings apart)."""
        return self.fact or self.id


@dataclass
class Source:
    """Where a bank's text came from, with its licence and attribution line."""

    title: str
    licence: str = LICENCE
    attribution: str = ""
    sha256: str = ""
    url: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = {
            "title": self.title,
            "licence": self.licence,
            "attribution": self.attribution,
            "sha256": self.sha256,
        }
        if self.url:
            data["url"] = self.url
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(
            title=str(data.get("title") or ""),
            licence=str(data.get("licence") or LICENCE),
            attribution=str(data.get("attribution") or ""),
            sha256=str(data.get("sha256") or ""),
            url=str(data.get("url") or ""),
        )


@dataclass
class Bank:
    """A question bank: the article it came from, the generator, and its questions."""

    title: str
    source: Source
    questions: list[Question] = field(default_factory=list)
    generator: dict[str, Any] = field(default_factory=dict)
    sections: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Stable identifier of the bank (for progress and file names): a slug of its title."""
        return slugify(self.title)

    def question(self, question_id: str) -> Question | None:
        for question in self.questions:
            if question.id == question_id:
                return question
        return None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": BANK_FORMAT,
            "title": self.title,
            "source": self.source.to_dict(),
            "generator": dict(self.generator),
        }
        if self.sections:
            data["sections"] = list(self.sections)
        data["questions"] = [q.to_dict() for q in self.questions]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Bank:
        return cls(
            title=str(data["title"]),
            source=Source.from_dict(data.get("source") or {}),
            questions=[Question.from_dict(q) for q in data.get("questions") or []],
            generator=dict(data.get("generator") or {}),
            sections=[str(s) for s in data.get("sections") or []],
        )
