"""QTI 1.2 package (zip with an IMS manifest) that Canvas and other LMSs import as a quiz."""

from __future__ import annotations

import hashlib
import html
import io
import os
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence

from quiz.atomic import write_bytes_atomic
from quiz.export.lms import (
    ExportResult,
    Progress,
    accepted_answers,
    general_feedback,
    lms_type,
    options_of,
    question_name,
    tick,
    xml_safe,
)
from quiz.export.text import attribution, one_line
from quiz.model import Bank, Question

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
MD_NS = "http://www.imsglobal.org/xsd/imsmd_v1p2"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
CANVAS_TYPES = {
    "choice": "multiple_choice_question",
    "truefalse": "true_false_question",
    "typed": "short_answer_question",
}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = xml_safe(text)
    return element


def _mattext(parent: ET.Element, text: str, texttype: str = "text/html") -> None:
    material = _sub(parent, "material")
    body = f"<p>{html.escape(one_line(text), quote=False)}</p>" if texttype == "text/html" else text
    _sub(material, "mattext", body, texttype=texttype)


def _metadata(item: ET.Element, fields: list[tuple[str, str]]) -> None:
    meta = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    for label, entry in fields:
        field = _sub(meta, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _score(resprocessing: ET.Element, conditions: list[tuple[str, str]]) -> None:
    """Full marks when the response equals any of ``(respident, value)``."""
    condition = _sub(resprocessing, "respcondition", **{"continue": "No"})
    test = _sub(condition, "conditionvar")
    if len(conditions) > 1:  # several tests in one conditionvar would all be required
        test = _sub(test, "or")
    for respident, value in conditions:
        _sub(test, "varequal", value, respident=respident)
    _sub(condition, "setvar", "100", action="Set", varname="SCORE")


def item_element(bank: Bank, question: Question) -> ET.Element:
    """One ``<item>``: Canvas's question type, the prompt, the choices or a blank, scoring and
    the general feedback with the source and the attribution."""
    item = ET.Element("item", {"ident": question.id, "title": question_name(question)})
    shape = lms_type(question)
    choices = options_of(question)
    choice_ids = [f"{question.id}-{n}" for n in range(1, len(choices) + 1)]
    typed = shape == "typed"
    fields = [("question_type", CANVAS_TYPES[shape]), ("points_possible", "1.0")]
    if not typed:
        fields.append(("original_answer_ids", ",".join(choice_ids)))
    _metadata(item, fields)
    presentation = _sub(item, "presentation")
    _mattext(presentation, question.prompt)
    if typed:
        response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
        fib = _sub(response, "render_fib")
        _sub(fib, "response_label", ident="answer1", rshuffle="No")
    else:
        response = _sub(presentation, "response_lid", ident="response1", rcardinality="Single")
        render = _sub(response, "render_choice")
        for ident, choice in zip(choice_ids, choices, strict=True):
            label = _sub(render, "response_label", ident=ident)
            _mattext(label, one_line(choice), "text/plain")
    processing = _sub(item, "resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    feedback = _sub(processing, "respcondition", **{"continue": "Yes"})
    _sub(_sub(feedback, "conditionvar"), "other")
    _sub(feedback, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    if typed:
        _score(processing, [("response1", a) for a in accepted_answers(question)])
    else:
        right = choice_ids[choices.index(question.answer)]
        _score(processing, [("response1", right)])
    general = _sub(_sub(item, "itemfeedback", ident="general_fb"), "flow_mat")
    _mattext(general, general_feedback(bank, question))
    return item


def _xml(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def package_ident(bank: Bank, questions: Sequence[Question]) -> str:
    """A stable identifier of this selection of the bank (same questions, same package)."""
    digest = hashlib.sha256("\0".join([bank.key, *(q.id for q in questions)]).encode()).hexdigest()
    return "g" + digest[:32]


def assessment_xml(
    bank: Bank, questions: Sequence[Question], ident: str, progress: Progress | None
) -> tuple[bytes, ExportResult]:
    root = ET.Element("questestinterop")
    root.set("xmlns", QTI_NS)
    root.set("xmlns:xsi", XSI)
    root.set("xsi:schemaLocation", f"{QTI_NS} {QTI_NS}p1.xsd")
    assessment = _sub(root, "assessment", ident=ident, title=xml_safe(one_line(bank.title)))
    meta = _sub(assessment, "qtimetadata")
    field = _sub(meta, "qtimetadatafield")
    _sub(field, "fieldlabel", "cc_maxattempts")
    _sub(field, "fieldentry", "1")
    section = _sub(assessment, "section", ident="root_section")
    result = ExportResult(path="")
    for done, question in enumerate(questions, start=1):
        section.append(item_element(bank, question))
        result.count(question)
        tick(progress, done)
    return _xml(root), result


def assessment_meta_xml(bank: Bank, ident: str) -> bytes:
    """Canvas's own quiz settings file: title and description (with the attribution)."""
    quiz = ET.Element("quiz", {"identifier": ident})
    quiz.set("xmlns", CANVAS_NS)
    _sub(quiz, "title", one_line(bank.title))
    _sub(quiz, "description", f"<p>{html.escape(attribution(bank), quote=False)}</p>")
    _sub(quiz, "shuffle_answers", "true")
    _sub(quiz, "quiz_type", "practice_quiz")
    _sub(quiz, "allowed_attempts", "-1")
    return _xml(quiz)


def manifest_xml(bank: Bank, ident: str) -> bytes:
    """``imsmanifest.xml``: the assessment as an ``imsqti_xmlv1p2`` resource, with the title
    and the attribution in the package metadata."""
    manifest = ET.Element("manifest", {"identifier": f"{ident}_manifest"})
    manifest.set("xmlns", CP_NS)
    manifest.set("xmlns:imsmd", MD_NS)
    metadata = _sub(manifest, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    lom = _sub(metadata, "imsmd:lom")
    title = _sub(_sub(lom, "imsmd:general"), "imsmd:title")
    _sub(title, "imsmd:langstring", one_line(bank.title))
    rights = _sub(lom, "imsmd:rights")
    _sub(_sub(rights, "imsmd:description"), "imsmd:langstring", attribution(bank))
    _sub(manifest, "organizations")
    resources = _sub(manifest, "resources")
    qti = _sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
    _sub(qti, "file", href=f"{ident}/{ident}.xml")
    _sub(qti, "dependency", identifierref=f"{ident}_meta")
    meta = _sub(
        resources,
        "resource",
        identifier=f"{ident}_meta",
        type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
        href=f"{ident}/assessment_meta.xml",
    )
    _sub(meta, "file", href=f"{ident}/assessment_meta.xml")
    return _xml(manifest)


def render_qti(
    bank: Bank, questions: Sequence[Question], progress: Progress | None = None
) -> tuple[bytes, ExportResult]:
    """The zip's bytes (fixed dates and order, so the same questions give the same bytes)."""
    ident = package_ident(bank, questions)
    items, result = assessment_xml(bank, questions, ident, progress)
    files = [
        ("imsmanifest.xml", manifest_xml(bank, ident)),
        (f"{ident}/{ident}.xml", items),
        (f"{ident}/assessment_meta.xml", assessment_meta_xml(bank, ident)),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue(), result


def export_qti(
    bank: Bank,
    questions: Sequence[Question],
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write ``questions`` as a QTI 1.2 zip (Canvas: Settings > Import course content)."""
    data, result = render_qti(bank, questions, progress)
    write_bytes_atomic(path, data, overwrite=force)
    result.path = str(path)
    return result
