"""Moodle XML export: a category per article section, question text as HTML, feedback credited."""

from __future__ import annotations

import html
import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from quiz.atomic import write_bytes_atomic
from quiz.export.lms import (
    ExportResult,
    Progress,
    accepted_answers,
    category_parts,
    general_feedback,
    lms_type,
    options_of,
    ordered_by_category,
    question_name,
    tick,
    xml_safe,
)
from quiz.export.text import one_line
from quiz.model import Bank, Question

MOODLE_TYPES = {"choice": "multichoice", "truefalse": "truefalse", "typed": "shortanswer"}
PENALTY = {"choice": "0.3333333", "truefalse": "1.0000000", "typed": "0.3333333"}


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = None) -> ET.Element:
    """``<tag format="fmt"><text>value</text></tag>`` (the XML writer escapes the value)."""
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = xml_safe(value)
    return element


def _html(text: str) -> str:
    return html.escape(one_line(text), quote=False)


def category_element(parts: Sequence[str]) -> ET.Element:
    """The pseudo-question that switches Moodle's import into a category (created if missing)."""
    question = ET.Element("question", {"type": "category"})
    path = "/".join(one_line(p).replace("/", "//") for p in parts)
    _text(question, "category", f"$course$/top/{path}")
    _text(question, "info", "", "html")
    return question


def _answer(parent: ET.Element, text: str, fraction: int, fmt: str) -> None:
    answer = ET.SubElement(parent, "answer", {"fraction": str(fraction), "format": fmt})
    ET.SubElement(answer, "text").text = xml_safe(text)
    _text(answer, "feedback", "", "html")


def question_element(bank: Bank, question: Question) -> ET.Element:
    """One ``<question>`` of the kind Moodle has for it (cloze: short answer with the gap)."""
    shape = lms_type(question)
    element = ET.Element("question", {"type": MOODLE_TYPES[shape]})
    _text(element, "name", question_name(question))
    _text(element, "questiontext", _html(question.prompt), "html")
    _text(element, "generalfeedback", _html(general_feedback(bank, question)), "html")
    ET.SubElement(element, "defaultgrade").text = "1.0000000"
    ET.SubElement(element, "penalty").text = PENALTY[shape]
    ET.SubElement(element, "hidden").text = "0"
    ET.SubElement(element, "idnumber").text = xml_safe(question.id)
    if shape == "choice":
        ET.SubElement(element, "single").text = "true"
        ET.SubElement(element, "shuffleanswers").text = "true"
        ET.SubElement(element, "answernumbering").text = "abc"
        ET.SubElement(element, "showstandardinstruction").text = "0"
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
            _text(element, tag, "", "html")
        for choice in options_of(question):
            _answer(element, _html(choice), 100 if choice == question.answer else 0, "html")
    elif shape == "truefalse":
        truth = question.answer == "True"
        _answer(element, "true", 100 if truth else 0, "moodle_auto_format")
        _answer(element, "false", 0 if truth else 100, "moodle_auto_format")
    else:  # typed answers are compared as plain text: not HTML-escaped
        ET.SubElement(element, "usecase").text = "0"
        for text in accepted_answers(question):
            _answer(element, text, 100, "moodle_auto_format")
    tags = ET.SubElement(element, "tags")
    for tag in ("quiz", question.kind):
        _text(tags, "tag", tag)
    return element


def render_moodle(
    bank: Bank, questions: Sequence[Question], progress: Progress | None = None
) -> tuple[bytes, ExportResult]:
    """The Moodle XML document of ``questions`` (UTF-8 bytes) and what it holds."""
    result = ExportResult(path="")
    quiz = ET.Element("quiz")
    quiz.append(ET.Comment(f" {_comment(bank.title)}: questions made by quiz "))
    category: list[str] | None = None
    for done, question in enumerate(ordered_by_category(bank, questions), start=1):
        parts = category_parts(bank, question)
        if parts != category:
            quiz.append(category_element(parts))
            category = parts
        quiz.append(question_element(bank, question))
        result.count(question)
        tick(progress, done)
    ET.indent(quiz, space="  ")
    body = ET.tostring(quiz, encoding="unicode", short_empty_elements=True)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8"), result


def _comment(text: str) -> str:
    """Text safe inside an XML comment (no ``--``)."""
    return xml_safe(one_line(text)).replace("--", "- -")


def export_moodle(
    bank: Bank,
    questions: Sequence[Question],
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write ``questions`` as a Moodle XML file for the question bank's import."""
    data, result = render_moodle(bank, questions, progress)
    write_bytes_atomic(path, data, overwrite=force)
    result.path = str(path)
    return result
