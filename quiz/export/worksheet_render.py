"""HTML and Markdown text of worksheets and answer keys (every piece of article text escaped)."""

from __future__ import annotations

import html
import re

from quiz.export.sheets import Item, Worksheet
from quiz.export.text import LETTERS, attribution, esc, one_line
from quiz.kinds import get_kind, kind_of
from quiz.model import GAP, section_label

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~&])")

CSS = """\
@page { margin: 14mm 15mm 16mm; }
* { box-sizing: border-box; }
html { background: #e9ecef; }
body {
  font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif;
  font-size: 11pt; line-height: 1.4; color: #111;
  max-width: 186mm; margin: 8mm auto; padding: 12mm 13mm; background: #fff;
}
.fields { display: flex; gap: 6mm; font-size: 10.5pt; margin-bottom: 5mm; }
.field { display: flex; align-items: flex-end; gap: 2mm; }
.field.name { flex: 3; } .field.class { flex: 1.4; } .field.date { flex: 1.4; }
.field .line { flex: 1; border-bottom: 1px solid #111; height: 1.2em; }
h1 { font-size: 18pt; margin: 0 0 1mm; }
.subtitle { margin: 0 0 4mm; color: #444; font-size: 10pt; }
.rule { border: 0; border-top: 2px solid #111; margin: 0 0 4mm; }
h2 {
  font-size: 12pt; margin: 5mm 0 1mm; padding-bottom: 1mm;
  border-bottom: 1px solid #999; break-after: avoid;
}
.instructions { margin: 0 0 2mm; font-style: italic; color: #333; font-size: 10pt; }
ol.questions { margin: 0; padding-left: 8mm; }
li.q { margin: 0 0 4mm; padding-left: 1mm; break-inside: avoid; }
.prompt { margin: 0 0 1.5mm; }
.gap { display: inline-block; min-width: 42mm; border-bottom: 1px solid #111; }
.part-cloze .prompt { line-height: 2.2; }
ul.options {
  list-style: none; margin: 0; padding: 0;
  display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm;
}
ul.options li { margin: 0.8mm 0; padding-left: 9mm; text-indent: -9mm; }
.bubble {
  display: inline-block; width: 6mm; height: 6mm; line-height: 5.4mm; text-indent: 0;
  border: 1px solid #111; border-radius: 50%; text-align: center; font-size: 9pt;
  font-weight: 700; margin-right: 2.5mm;
}
.tf { display: flex; gap: 8mm; }
.tf span { border: 1px solid #111; border-radius: 4mm; padding: 0 4mm; font-size: 10pt; }
.line-answer { border-bottom: 1px solid #111; height: 8mm; margin-right: 10mm; }
.line-answer + .line-answer { height: 7mm; }
table.key { width: 100%; border-collapse: collapse; font-size: 10pt; }
table.key th, table.key td {
  border: 1px solid #999; padding: 1.5mm 2mm; text-align: left; vertical-align: top;
}
table.key th { background: #eee; }
table.key tr { break-inside: avoid; }
table.key td.num { width: 8mm; text-align: right; }
table.key td.answer { font-weight: 700; width: 22%; }
table.key td.section { width: 16%; color: #333; }
table.key .also { display: block; font-weight: 400; font-size: 9pt; color: #444; }
.source { font-style: italic; }
footer { margin-top: 6mm; padding-top: 2mm; border-top: 1px solid #999; font-size: 8.5pt; }
footer p { margin: 0.5mm 0; color: #444; }
@media print {
  html { background: none; }
  body { margin: 0; padding: 0; max-width: none; }
  thead { display: table-header-group; }
}
"""


def _part_title(name: str) -> tuple[str, str]:
    """A worksheet part's title and instructions, from its kind."""
    kind = get_kind(name)
    return (kind.label, kind.instructions) if kind is not None else (name, "")


def _prompt_html(question_prompt: str) -> str:
    before, gap, after = one_line(question_prompt).partition(GAP)
    blank = '<span class="gap"></span>' if gap else ""
    return html.escape(before) + blank + html.escape(after)


def _item_html(item: Item) -> str:
    question = item.question
    lines = [f'<li class="q" value="{item.number}">']
    lines.append(f'<p class="prompt">{_prompt_html(question.prompt)}</p>')
    kind = kind_of(question)
    if kind.lettered:
        options = "".join(
            f'<li><span class="bubble">{LETTERS[i]}</span>{esc(text)}</li>'
            for i, text in enumerate(item.options)
        )
        lines.append(f'<ul class="options">{options}</ul>')
    elif not kind.typed:
        words = "".join(f"<span>{esc(text)}</span>" for text in item.options)
        lines.append(f'<div class="tf">{words}</div>')
    elif not kind.gapped:
        lines.append('<div class="line-answer"></div><div class="line-answer"></div>')
    lines.append("</li>")
    return "\n".join(lines)


def _header_html(sheet: Worksheet, answers: bool) -> list[str]:
    title = esc(sheet.bank.title)
    count = len(sheet.items)
    if answers:
        return [
            f"<h1>{title}: answer key</h1>",
            f'<p class="subtitle">Version {sheet.label} · {count} questions'
            f" · seed {sheet.seed}</p>",
            '<hr class="rule">',
        ]
    fields = "".join(
        f'<div class="field {name.lower()}"><span>{name}:</span><span class="line"></span></div>'
        for name in ("Name", "Class", "Date")
    )
    return [
        f'<div class="fields">{fields}</div>',
        f"<h1>{title}</h1>",
        f'<p class="subtitle">Practice worksheet · Version {sheet.label} · {count} questions</p>',
        '<hr class="rule">',
    ]


def _key_row_html(item: Item) -> str:
    question = item.question
    also = ""
    if question.accept:
        also = f'<span class="also">also: {esc(", ".join(question.accept))}</span>'
    return (
        f'<tr><td class="num">{item.number}</td>'
        f'<td class="answer">{esc(item.answer_label)}{also}</td>'
        f'<td class="section">{esc(section_label(question.section))}</td>'
        f'<td class="source">{esc(question.context)}</td></tr>'
    )


def _body_html(sheet: Worksheet, answers: bool) -> list[str]:
    if answers:
        rows = "\n".join(_key_row_html(item) for item in sheet.items)
        return [
            '<table class="key">',
            "<thead><tr><th>#</th><th>Answer</th><th>Section</th><th>Source sentence</th>"
            "</tr></thead>",
            f"<tbody>\n{rows}\n</tbody>",
            "</table>",
        ]
    body: list[str] = []
    for number, (kind, items) in enumerate(sheet.parts(), start=1):
        title, instructions = _part_title(kind)
        body.append(f'<section class="part part-{kind}">')
        body.append(f"<h2>Part {number}: {title}</h2>")
        body.append(f'<p class="instructions">{instructions}</p>')
        body.append(f'<ol class="questions" start="{items[0].number}">')
        body.extend(_item_html(item) for item in items)
        body.append("</ol>\n</section>")
    return body


def page_html(sheet: Worksheet, *, answers: bool = False) -> str:
    """A complete, self-contained printable HTML page for a worksheet or its answer key."""
    kind = "Answer key" if answers else "Worksheet"
    footer = [
        "<footer>",
        f"<p>{esc(attribution(sheet.bank))}</p>",
        f"<p>{kind} version {sheet.label}. Made with quiz.</p>",
        "</footer>",
    ]
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head>\n<meta charset="utf-8">',
        f"<title>{esc(sheet.bank.title)}: {kind.lower()} {sheet.label}</title>",
        f"<style>\n{CSS}</style>\n</head>",
        "<body>",
    ]
    parts = head + _header_html(sheet, answers) + _body_html(sheet, answers) + footer
    return "\n".join([*parts, "</body>", "</html>", ""])


def md(text: str) -> str:
    """``text`` on one line with Markdown and HTML specials backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))


def _prompt_md(question_prompt: str) -> str:
    before, gap, after = one_line(question_prompt).partition(GAP)
    blank = "\\_" * 12 if gap else ""
    return _MD_SPECIAL.sub(r"\\\1", before) + blank + _MD_SPECIAL.sub(r"\\\1", after)


def _item_md(item: Item) -> list[str]:
    question = item.question
    lines = [f"{item.number}. {_prompt_md(question.prompt)}"]
    kind = kind_of(question)
    if kind.lettered:
        lines += [""] + [f"    {LETTERS[i]}) {md(text)}  " for i, text in enumerate(item.options)]
    elif not kind.typed:
        lines += ["", "    " + " / ".join(md(text) for text in item.options)]
    elif not kind.gapped:
        lines += ["", "    Answer: " + "\\_" * 30]
    return lines + [""]


def page_markdown(sheet: Worksheet, *, answers: bool = False) -> str:
    """The worksheet or its answer key as Markdown."""
    title = md(sheet.bank.title)
    count = len(sheet.items)
    if answers:
        lines = [
            f"# {title}: answer key",
            "",
            f"Version {sheet.label} · {count} questions · seed {sheet.seed}",
            "",
            "| # | Answer | Section | Source sentence |",
            "|---:|---|---|---|",
        ]
        for item in sheet.items:
            answer = md(item.answer_label)
            if item.question.accept:
                answer += " (also: " + md(", ".join(item.question.accept)) + ")"
            lines.append(
                f"| {item.number} | **{answer}** | {md(section_label(item.question.section))} "
                f"| *{md(item.question.context)}* |"
            )
        lines.append("")
    else:
        blank = "\\_" * 20
        lines = [
            f"# {title}",
            "",
            f"Practice worksheet · Version {sheet.label} · {count} questions",
            "",
            f"Name: {blank}  Class: {blank}  Date: {blank}",
            "",
        ]
        for number, (kind, items) in enumerate(sheet.parts(), start=1):
            part_title, instructions = _part_title(kind)
            lines += [f"## Part {number}: {part_title}", "", f"*{instructions}*", ""]
            for item in items:
                lines += _item_md(item)
    kind = "Answer key" if answers else "Worksheet"
    lines += ["---", "", md(attribution(sheet.bank)), "", f"{kind} version {sheet.label}.", ""]
    return "\n".join(lines)


def page(sheet: Worksheet, fmt: str, *, answers: bool) -> str:
    """The page text in ``fmt`` (``html`` or ``md``)."""
    if fmt == "md":
        return page_markdown(sheet, answers=answers)
    return page_html(sheet, answers=answers)
