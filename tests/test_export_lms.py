"""GIFT, Moodle XML, QTI and Kahoot exports read back by independent readers, plus goldens.

Readers: pygiftparser (GIFT), lxml (Moodle XML, against Moodle's documented structure),
pyslet's IMS content packaging and QTI 1.2 model (the zip Canvas imports), openpyxl (Kahoot).
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path

import pytest
from lms_fixtures import ATTRIBUTION, lms_bank

from quiz.export.gift import escape, render_gift
from quiz.export.kahoot import HEADER_ROW, SKIP_ANSWER, SKIP_QUESTION, SKIP_TYPED, render_kahoot
from quiz.export.lms import accepted_answers, question_name
from quiz.export.moodle import render_moodle
from quiz.export.qti import render_qti
from quiz.model import GAP

GOLDEN = Path(__file__).parent / "golden"
_GIFT_ESCAPE = re.compile(r"\\(.)")


def gift_plain(text: str) -> str:
    """What Moodle shows for GIFT ``[html]`` text: escapes removed, HTML entities decoded."""
    return html.unescape(_GIFT_ESCAPE.sub(r"\1", text)).strip()


# -- GIFT --------------------------------------------------------------------------------------


def read_gift(text: str) -> list:
    """Questions as pygiftparser (pygiftparserrgmf on PyPI, a lex/yacc GIFT grammar) reads them."""
    from pygiftparser import parser

    return [q for q in parser.parse(text).questions if not isinstance(q, str)]


def gift_feedback(read) -> str:  # type: ignore[no-untyped-def]
    """The general feedback: this reader does not know GIFT's ``####`` and hands it over as the
    last answer's feedback, ``###...``."""
    feedback = read.answer.options[-1].feedback
    assert feedback.startswith("###")
    return gift_plain(feedback[3:])


def test_gift_escapes_every_special_character() -> None:
    assert escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h"
    assert escape("two\nlines") == "two lines"


def test_gift_read_back_by_pygiftparser() -> None:
    bank = lms_bank()
    text, result = render_gift(bank, bank.questions)
    questions = read_gift(text)
    assert len(questions) == len(bank.questions) == result.total
    by_prompt = {}
    for read in questions:
        assert read.text.startswith("[html]")
        shown = gift_plain(read.text[len("[html]") :])
        if read.text_continue:  # the missing-word form: the gap between text and continuation
            shown += " " + GAP + " " + gift_plain(read.text_continue)
        by_prompt[shown] = read
    kinds = {"mcq": "MultipleChoiceRadio", "true_false": "TrueFalse"}
    for question in bank.questions:
        read = by_prompt[question.prompt.replace(GAP, " " + GAP + " ").replace("  ", " ").strip()]
        assert type(read.answer).__name__ == kinds.get(question.kind, "Short")
        assert gift_plain(read.name) == question_name(question)
        feedback = gift_feedback(read)
        assert feedback.startswith("Source: " + question.context) and ATTRIBUTION in feedback
        answers = [(gift_plain(o.text), o.percentage) for o in read.answer.options]
        if question.kind == "true_false":
            assert answers == [(question.answer, 1.0)]
        elif question.kind == "mcq":
            assert answers == [(c, float(c == question.answer)) for c in question.choices]
        else:
            assert answers == [(a, 1.0) for a in accepted_answers(question)]


def test_gift_categories_follow_article_and_sections() -> None:
    bank = lms_bank()
    text, _ = render_gift(bank, bank.questions)
    categories = [line for line in text.splitlines() if line.startswith("$CATEGORY:")]
    assert categories == [
        "$CATEGORY: $course$/top/Tiny Town/Geography",
        "$CATEGORY: $course$/top/Tiny Town/History",
        "$CATEGORY: $course$/top/Tiny Town/History/Buildings // Halls",
        "$CATEGORY: $course$/top/Tiny Town",
    ]
    read = {q.name: q.category for q in read_gift(text)}
    assert read["Who founded Tiny Town's abbey?"] == "$course$/top/Tiny Town"
    assert read["The market hall is built of _____"].endswith("/History/Buildings // Halls")


def test_gift_golden_and_deterministic() -> None:
    bank = lms_bank()
    text, _ = render_gift(bank, bank.questions)
    assert text == render_gift(bank, bank.questions)[0]
    assert text == (GOLDEN / "export-lms.gift").read_text(encoding="utf-8")


# -- Moodle XML --------------------------------------------------------------------------------

MOODLE_TYPES = {"mcq": "multichoice", "true_false": "truefalse"}


def test_moodle_xml_read_back_with_lxml() -> None:
    from lxml import etree

    bank = lms_bank()
    data, result = render_moodle(bank, bank.questions)
    root = etree.fromstring(data)
    assert root.tag == "quiz" and result.total == len(bank.questions)
    categories = [q.findtext("category/text") for q in root.iterfind("question[@type='category']")]
    assert categories[2] == "$course$/top/Tiny Town/History/Buildings // Halls"
    read = {
        q.findtext("idnumber"): q for q in root.iterfind("question") if q.get("type") != "category"
    }
    assert set(read) == {q.id for q in bank.questions}
    for question in bank.questions:
        element = read[question.id]
        assert element.get("type") == MOODLE_TYPES.get(question.kind, "shortanswer")
        assert html.unescape(element.findtext("questiontext/text")) == question.prompt
        assert element.find("questiontext").get("format") == "html"
        feedback = html.unescape(element.findtext("generalfeedback/text"))
        assert feedback.startswith("Source: " + question.context) and ATTRIBUTION in feedback
        for tag in ("name/text", "defaultgrade", "penalty", "hidden"):
            assert element.findtext(tag)
        answers = [(a.findtext("text"), a.get("fraction")) for a in element.iterfind("answer")]
        if question.kind == "mcq":
            assert element.findtext("single") == "true"
            assert answers == [
                (html.escape(c, quote=False), "100" if c == question.answer else "0")
                for c in question.choices
            ]
        elif question.kind == "true_false":
            truth = question.answer == "True"
            assert answers == [
                ("true", "100" if truth else "0"),
                ("false", "0" if truth else "100"),
            ]
        else:
            assert element.findtext("usecase") == "0"
            assert answers == [(a, "100") for a in accepted_answers(question)]


def test_moodle_golden_and_deterministic() -> None:
    bank = lms_bank()
    data, _ = render_moodle(bank, bank.questions)
    assert data == render_moodle(bank, bank.questions)[0]
    assert data == (GOLDEN / "export-lms-moodle.xml").read_bytes()


def test_moodle_drops_characters_xml_cannot_hold() -> None:
    from lxml import etree

    bank = lms_bank()
    bank.questions[0].prompt = "Bell\x07 and \x1b escape?"
    data, _ = render_moodle(bank, bank.questions[:1])
    assert etree.fromstring(data).findtext(".//questiontext/text") == "Bell and  escape?"


# -- QTI 1.2 (Canvas) --------------------------------------------------------------------------


def read_qti(data: bytes, tmp_path: Path) -> tuple[object, list]:
    """The package's manifest and the items of its QTI assessment, as pyslet reads them."""
    import pyslet.imscpv1p2 as cp
    import pyslet.qtiv1.xml as qti1

    package_file = tmp_path / "package.zip"
    package_file.write_bytes(data)
    package = cp.ContentPackage(str(package_file))
    resources = package.manifest.root.Resources.Resource
    qti = [r for r in resources if r.type == "imsqti_xmlv1p2"]
    assert len(qti) == 1
    path = Path(str(package.dPath)) / str(qti[0].File[0].package_path(package))
    document = qti1.QTIDocument(baseURI=str(path))
    document.read()
    assessment = document.root.Assessment
    assessment = assessment[0] if isinstance(assessment, list) else assessment
    items = list(assessment.SectionMixin[0].SectionItemMixin)
    return package, items


def _mattexts(element) -> list[str]:  # type: ignore[no-untyped-def]
    from pyslet.qtiv1.common import MatText

    return [m.get_value() for m in element.find_children_depth_first(MatText)]


def test_qti_package_read_back_by_pyslet(tmp_path: Path) -> None:
    from pyslet.qtiv1.common import Other, VarEqual
    from pyslet.qtiv1.item import ResponseLabel

    bank = lms_bank()
    data, result = render_qti(bank, bank.questions)
    assert result.total == len(bank.questions)
    package, items = read_qti(data, tmp_path)
    assert "imsmanifest.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert [item.ident for item in items] == [q.id for q in bank.questions]
    types = {"mcq": "multiple_choice_question", "true_false": "true_false_question"}
    for question, item in zip(bank.questions, items, strict=True):
        fields = {
            f.FieldLabel.get_value(): f.FieldEntry.get_value()
            for f in item.ItemMetadata.QTIMetadata[0].QTIMetadataField
        }
        assert fields["question_type"] == types.get(question.kind, "short_answer_question")
        texts = _mattexts(item.Presentation)
        assert html.unescape(re.sub(r"</?p>", "", texts[0])) == question.prompt
        labels = {
            label.ident: (_mattexts(label) or [""])[0]
            for label in item.Presentation.find_children_depth_first(ResponseLabel)
        }
        scoring = item.ResProcessing[0].ConditionMixin
        assert any(c.ConditionVar.find_children_depth_first(Other) for c in scoring)
        right = [
            v.get_value() for v in scoring[-1].ConditionVar.find_children_depth_first(VarEqual)
        ]
        if question.kind in ("mcq", "true_false"):
            choices = question.choices if question.kind == "mcq" else ["True", "False"]
            assert list(labels.values()) == choices
            assert [labels[r] for r in right] == [question.answer]
        else:
            assert list(labels) == ["answer1"]  # one blank to type in
            assert right == accepted_answers(question)
        feedback = html.unescape(" ".join(_mattexts(item.ItemFeedback[0])))
        assert ATTRIBUTION in feedback and question.context in feedback


def test_qti_several_accepted_answers_are_alternatives(tmp_path: Path) -> None:
    from pyslet.qtiv1.common import Or

    bank = lms_bank()
    _, items = read_qti(render_qti(bank, bank.questions)[0], tmp_path)
    founder = next(item for item in items if item.ident == "sa-founder")
    scoring = founder.ResProcessing[0].ConditionMixin[-1]
    assert list(scoring.ConditionVar.find_children_depth_first(Or))  # any one of them scores


def test_qti_golden_and_deterministic() -> None:
    bank = lms_bank()
    data, _ = render_qti(bank, bank.questions)
    assert data == render_qti(bank, bank.questions)[0]
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = archive.namelist()
    assert names[0] == "imsmanifest.xml" and len(names) == 3
    assessment = next(n for n in names if not n.endswith(("manifest.xml", "meta.xml")))
    assert archive.read("imsmanifest.xml") == (GOLDEN / "export-lms-qti-manifest.xml").read_bytes()
    assert archive.read(assessment) == (GOLDEN / "export-lms-qti.xml").read_bytes()


# -- Kahoot ------------------------------------------------------------------------------------


def read_kahoot(data: bytes) -> list[tuple]:
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[HEADER_ROW][1].startswith("Question - max 120 characters")
    assert rows[HEADER_ROW][6].startswith("Time limit (sec)")
    return [row for row in rows[HEADER_ROW + 1 :] if any(row)]


def test_kahoot_sheet_read_back_by_openpyxl() -> None:
    bank = lms_bank()
    data, result = render_kahoot(bank, bank.questions)
    rows = read_kahoot(data)
    assert result.skipped == {SKIP_TYPED: 3, SKIP_QUESTION: 1, SKIP_ANSWER: 1}
    assert result.written == {"mcq": 1, "true_false": 2} and len(rows) == 3
    river, castle, bridge = rows
    assert river[:6] == (1, bank.questions[0].prompt, *bank.questions[0].choices)
    assert river[7] == 2 and river[6] in (5, 10, 20, 30, 60, 90, 120, 240)
    assert castle[1:8] == (bank.questions[3].prompt, "True", "False", None, None, 20, 2)
    assert bridge[7] == 1
    for row in rows:
        assert len(row[1]) <= 120 and all(len(a or "") <= 75 for a in row[2:6])


def test_kahoot_time_limit_and_formula_text() -> None:
    bank = lms_bank()
    bank.questions[0].prompt = '=HYPERLINK("http://x") is it?'
    data, _ = render_kahoot(bank, bank.questions, seconds=90)
    rows = read_kahoot(data)
    assert rows[0][1] == bank.questions[0].prompt  # stored as text, not a formula
    assert {row[6] for row in rows} == {90}


def test_kahoot_golden_rows_and_deterministic() -> None:
    bank = lms_bank()
    data, _ = render_kahoot(bank, bank.questions)
    assert data == render_kahoot(bank, bank.questions)[0]
    lines = ["\t".join("" if c is None else str(c) for c in row) for row in read_kahoot(data)]
    assert "\n".join(lines) + "\n" == (GOLDEN / "export-lms-kahoot.tsv").read_text("utf-8")


@pytest.mark.parametrize("render", [render_gift, render_moodle, render_qti, render_kahoot])
def test_progress_is_reported_per_question(render) -> None:  # type: ignore[no-untyped-def]
    bank = lms_bank()
    seen: list[int] = []
    render(bank, bank.questions, progress=seen.append)
    assert seen == list(range(1, len(bank.questions) + 1))


# -- the command line, with review decisions -----------------------------------------------------


@pytest.fixture
def reviewed_bank(tmp_path: Path) -> Path:
    from quiz.bank import write_bank
    from quiz.review import Decision, Review, save_review

    path = tmp_path / "tiny.json"
    write_bank(lms_bank(), path)
    review = Review()
    review.decisions["tf-castle"] = Decision(status="rejected")
    review.decisions["mc-river"] = Decision(
        status="accepted",
        edits={"prompt": "Which river runs through Tiny Town?"},
        original={"prompt": lms_bank().questions[0].prompt},
    )
    review.decisions["sa-founder"] = Decision(status="accepted")
    save_review(path, review)
    return path


@pytest.mark.parametrize("fmt", ["gift", "moodle", "qti", "kahoot"])
def test_cli_export_honours_the_review(
    fmt: str, reviewed_bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quiz.cli import main

    out = tmp_path / f"out.{fmt}"
    assert main(["export", fmt, str(reviewed_bank), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    data = out.read_bytes()
    if fmt == "qti":
        data = b"".join(zipfile.ZipFile(io.BytesIO(data)).read(n) for n in ("imsmanifest.xml",))
        data += zipfile.ZipFile(out).read(zipfile.ZipFile(out).namelist()[1])
    if fmt == "kahoot":
        text = "\n".join(str(row) for row in read_kahoot(data))
    else:
        text = html.unescape(data.decode("utf-8"))
    assert "Which river runs through Tiny Town?" in text  # the edited prompt
    assert "castle has 3 towers" not in text  # rejected
    assert "review: 3 of 8 reviewed (2 accepted, 1 rejected, 1 edited)" in said
    if fmt == "kahoot":
        assert "wrote 2 questions" in said and "skipped 5 that do not fit" in said
    else:
        assert "wrote 7 questions" in said
    assert main(["export", fmt, str(reviewed_bank), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (
        main(["export", fmt, str(reviewed_bank), "-o", str(out), "--only-accepted", "--force"]) == 0
    )
    said = capsys.readouterr().out
    assert "wrote 2 questions" in said if fmt != "kahoot" else "wrote 1 questions" in said


def test_cli_count_and_seed_repeat_the_same_pick(
    reviewed_bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quiz.cli import main

    args = ["export", "gift", str(reviewed_bank), "--count", "3", "--seed", "4", "--force"]
    assert main([*args, "-o", str(tmp_path / "a.gift")]) == 0
    assert main([*args, "-o", str(tmp_path / "b.gift")]) == 0
    assert "wrote 3 questions" in capsys.readouterr().out
    assert (tmp_path / "a.gift").read_bytes() == (tmp_path / "b.gift").read_bytes()
    assert len(read_gift((tmp_path / "a.gift").read_text())) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["gift", "missing.json"], "missing.json: no such file"),
        (["moodle", "BANK", "--count", "0"], "--count must be at least 1"),
        (["kahoot", "BANK", "--time-limit", "45"], "must be one of 5, 10, 20"),
        (["kahoot", "BANK", "--kinds", "cloze"], "no question fits Kahoot's sheet"),
        (["qti", "BANK", "--kinds", "cloze", "--sections", "Nowhere"], "no questions match"),
    ],
)
def test_cli_errors_are_one_line(
    args: list[str],
    message: str,
    reviewed_bank: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from quiz.cli import main

    args = [str(reviewed_bank) if a == "BANK" else a for a in args]
    assert main(["export", *args, "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_cli_nothing_left_that_fits_is_an_error(
    reviewed_bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quiz.cli import main

    assert (
        main(
            [
                "export",
                "kahoot",
                str(reviewed_bank),
                "-o",
                str(tmp_path / "k.xlsx"),
                "--only-accepted",
                "--kinds",
                "short_answer",
            ]
        )
        == 2
    )
    assert "no question fits" in capsys.readouterr().err
