"""Clean text from wikitext: sections, paragraphs, list blocks, links and the infobox.

The only module that imports mwparserfromhell. The parse tree is rendered in one pass
(no ``replace()``/``remove()``), producing plain text plus the spans of linked entities."""

from __future__ import annotations

import html
import re
from typing import Any

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Tag,
    Template,
    Text,
    Wikilink,
)

from quiz.generator.article import Article, Block, Cell, InfoboxField, Link, Section, life_aside
from quiz.generator.citations import empty_references
from quiz.generator.sectionkinds import WORK_LISTS, set_aside
from quiz.generator.spelling import english_word
from quiz.generator.templates import DAMAGE, render_template, script_text, template_kind

DROP_TAGS = {"ref", "gallery", "timeline", "imagemap", "score", "math", "chem", "hiero", "graph"}
DAMAGE_TAGS = {"math", "chem", "score", "hiero", "blockquote", "poem", "syntaxhighlight"}
GLUED_WORD = re.compile(r"(?:a|an|the|and|in|of|on|is|was) ")  # a word a name's link ran into

NAMESPACE_LINKS = re.compile(
    r"^\s*:?\s*(file|image|media|category|wikt|wiktionary|[a-z]{2,3}(-[a-z]+)?)\s*:", re.I
)

OTHER_WIKI = re.compile(r"^\s*:?\s*(?!file|image|media|category)[a-z-]+\s*:", re.I)
MAGIC_WORD = re.compile(r"__[A-Z]+__")


class _Renderer:
    """Renders a list of nodes to text, collecting link spans; marks damage from dropped bits."""

    def __init__(self, mdy: bool, newline: str = "\n") -> None:
        self.parts: list[str] = []
        self.length = 0
        self.links: list[Link] = []
        self.mdy = mdy
        self.newline = newline
        self.dropped_at = -1  # where a reference was left out ("2,450 ha</ref>and": a space)

    def emit(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    def render(self, nodes: list) -> None:
        for node in nodes:
            self.render_node(node)

    def render_node(self, node: object) -> None:
        if isinstance(node, Text):
            text = MAGIC_WORD.sub("", str(node.value)).replace("\xa0", " ")
            if self.dropped_at == self.length and text[:1].isalnum() and self.length:
                text = " " + text
            last = self.links[-1] if self.links else None
            trail = re.match(r"[a-z]+", text) if last and last.end == self.length else None
            glued = last and trail and GLUED_WORD.match(text) and self.text()[last.start].isupper()
            named = self.text()[last.start : last.end].split()[-1] if glued and last else ""
            if glued and not english_word(named + text.split()[0]):  # "[[Somerset West]]a
                text, trail = " " + text, None  # town"; not "[[Shakespeare]]an actress", R435
            self.emit(text)
            if last and trail:  # "[[Primate]]s" links "Primates", as the page shows it
                self.links[-1] = Link(last.start, last.end + trail.end(), last.target)
        elif isinstance(node, Wikilink):
            self.render_link(node)
        elif isinstance(node, Template):
            self.render_template(node)
        elif isinstance(node, Tag):
            self.render_tag(node)
        elif isinstance(node, HTMLEntity):
            self.emit(node.normalize().replace("\xa0", " "))  # "Route&nbsp;96" is "Route 96"
        elif isinstance(node, ExternalLink):
            if node.title is not None and str(node.title).strip():
                self.render(node.title.nodes)
            else:
                self.emit(DAMAGE)
        elif isinstance(node, Comment | Argument | Heading):
            return

    def render_link(self, node: Wikilink) -> None:
        target = str(node.title).strip()
        if NAMESPACE_LINKS.match(target):
            if target.startswith(":") or OTHER_WIKI.match(target) and node.text is not None:
                self.render(node.text.nodes if node.text is not None else [Text(target[1:])])
            return  # (but "[[wikt:infrageneric|infrageneric]]", "[[:Category:X|text]]" show text)
        start = self.length
        if node.text is not None and str(node.text).strip():
            self.render(node.text.nodes)
        else:
            self.emit(html.unescape(target.lstrip(":")).replace("\xa0", " "))
        target = html.unescape(target).replace("\xa0", " ").split("#")[0].replace("_", " ").strip()
        if self.length > start and target:
            self.links.append(Link(start, self.length, target[:1].upper() + target[1:]))

    def render_template(self, node: Template) -> None:
        name = str(node.name).strip()
        kind = template_kind(name)
        if kind == "drop":
            return
        rendered = render_template(node, name, self.mdy, self.render_fragment)
        self.emit(DAMAGE if rendered is None else rendered)

    def render_fragment(self, wikicode: object) -> str:
        sub = _Renderer(self.mdy, self.newline)
        sub.render(wikicode.nodes)  # type: ignore[attr-defined]
        return sub.text()

    def render_tag(self, node: Tag) -> None:
        tag = str(node.tag).lower().strip()
        if tag in DAMAGE_TAGS:
            self.emit(DAMAGE)  # formulas, quotations: the sentence around them is not used
        elif tag in DROP_TAGS or "caption" in str(
            node.get("class").value if node.has("class") else ""
        ):
            self.dropped_at = self.length  # (a "thumbcaption" div describes a picture)
        elif tag == "br":
            self.emit(self.newline)
        elif tag in ("sup", "sub") and node.contents is not None:
            self.emit(script_text(node.contents.strip_code(), tag == "sup"))
        elif tag in ("table", "hr"):
            self.emit("\n")
        elif node.wiki_markup in ("*", "#", ";", ":"):
            self.emit(node.wiki_markup)  # list markers become line prefixes
        elif node.contents is not None:
            self.render(node.contents.nodes)


def _line_blocks(text: str, links: list[Link]) -> list[Block]:
    """Split rendered section text into paragraphs and lists (lists keep their lead-in)."""
    blocks: list[Block] = []
    offset = 0
    pending_items: list[Block] = []
    lead: Block | None = None
    joinable = False

    def flush() -> None:
        nonlocal pending_items, lead
        if pending_items:
            if lead is not None and blocks and blocks[-1] is lead:
                blocks.pop()
            lead_text = lead.text if lead is not None else ""
            lead_links = lead.links if lead is not None else []
            blocks.append(Block(lead_text, lead_links, pending_items))
        pending_items = []
        lead = None

    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped.replace(DAMAGE, "").strip():  # (a line of navigation boxes only)
            joinable = False
            if not pending_items and not (lead is not None and lead.text.rstrip().endswith(":")):
                lead = None
            continue
        span_links = [
            Link(lk.start - start, lk.end - start, lk.target)
            for lk in links
            if lk.start >= start and lk.end <= end
        ]
        marker = re.match(r"^[*#;:]+\s*", line)
        if marker:
            cut = marker.end()
            item = Block(
                line[cut:],
                [
                    Link(lk.start - cut, lk.end - cut, lk.target)
                    for lk in span_links
                    if lk.start >= cut
                ],
            )
            pending_items.append(item)
            continue
        if not pending_items and lead is not None and blocks and blocks[-1] is lead and joinable:
            # A single newline inside a paragraph is a soft break in wikitext.
            shift = len(lead.text) + 1
            lead.links.extend(
                Link(lk.start + shift, lk.end + shift, lk.target) for lk in span_links
            )
            lead.text = f"{lead.text} {line}"
            continue
        flush()
        block = Block(line, span_links)
        blocks.append(block)
        lead = block
        joinable = True
    flush()
    return blocks


def _is_table(node: object) -> bool:
    return isinstance(node, Tag) and str(node.tag).lower().strip() == "table"


def _cell(node: Tag, mdy: bool) -> Cell:
    renderer = _Renderer(mdy, " ")
    renderer.render(node.contents.nodes if node.contents is not None else [])
    text = re.sub(r"\s+", " ", renderer.text().replace(DAMAGE, "")).strip()
    text = re.sub(r"'{2,}", "", text)
    whole = [lk for lk in renderer.links if renderer.text()[lk.start : lk.end].strip() == text]
    return Cell(text, whole[0].target if whole else "", str(node.tag).lower() == "th")


def _table_rows(node: Tag, mdy: bool) -> list[list[Cell]]:
    """A wikitable's rows of cells; header cells written before the first row form row one."""
    rows: list[list[Cell]] = []
    loose: list[Cell] = []
    for child in node.contents.nodes if node.contents is not None else []:
        if not isinstance(child, Tag):
            continue
        tag = str(child.tag).lower()
        if tag in ("th", "td"):
            loose.append(_cell(child, mdy))
        elif tag == "tr":
            if loose:
                rows.append(loose)
                loose = []
            cells = [
                _cell(c, mdy)
                for c in (child.contents.nodes if child.contents is not None else [])
                if isinstance(c, Tag) and str(c.tag).lower() in ("th", "td")
            ]
            if cells:
                rows.append(cells)
    if loose:
        rows.append(loose)
    return rows


def _heading_title(node: Heading, mdy: bool) -> str:
    renderer = _Renderer(mdy, " ")
    renderer.render(node.title.nodes)
    return re.sub(r"\s+", " ", renderer.text().replace(DAMAGE, "")).strip()


PART = re.compile(r"(?i) (?:begin|image|career|characteristics|type|end)$")  # a box in parts


def _render_infobox(node: Template, mdy: bool, kind: str = "") -> list[InfoboxField]:
    """The box's fields, named without a box part's ``kind`` ("Ship launched" is "launched")."""
    fields: list[InfoboxField] = []
    base = PART.sub("", kind) if PART.search(kind) else ""
    prefix = re.compile(rf"(?i)^{re.escape(base)}[ _]+(?=\w)") if base else None
    for param in node.params:
        name = re.sub(r"(?s)<!--.*?-->", "", str(param.name)).strip()  # ("<!-- Info --> name")
        name = prefix.sub("", name) if prefix else name
        if not name or name.isdigit():
            continue
        renderer = _Renderer(mdy, "\n")
        renderer.render(param.value.nodes)
        raw, raw_links = _comma_between(renderer.text(), renderer.links)
        lines = [re.sub(r"\s+", " ", ln).strip(" ,;") for ln in raw.split("\n")]
        lines = [ln for ln in lines if ln]
        value = re.sub(rf";? ?\([^()]*{DAMAGE}[^()]*\)", "", "; ".join(lines))  # (an aside:
        if not value or DAMAGE in value:  # "25 June 1950 – 27 July 1953 ({{Age in years ...}})")
            continue
        links = [lk for lk in raw_links if raw[lk.start : lk.end] in value]
        relinked: list[Link] = []
        for lk in links:
            surface = raw[lk.start : lk.end]
            pos = value.find(surface)
            if pos >= 0:
                relinked.append(Link(pos, pos + len(surface), lk.target))
        fields.append(InfoboxField.named(name, value, relinked))
    return fields


def _comma_between(text: str, links: list[Link]) -> tuple[str, list[Link]]:
    """Two links side by side with only a space between are two values: "[[Amberg]]
    [[Germany]]" is "Amberg, Germany" (R171: the answer "Amberg Germany")."""
    out, shift, moved, last = [], 0, [], 0
    ordered = sorted(links, key=lambda lk: lk.start)
    for link, after in zip(ordered, [*ordered[1:], None], strict=False):
        moved.append(Link(link.start + shift, link.end + shift, link.target))
        if after is not None and text[link.end : after.start] == " ":
            out.append(text[last : link.end] + ",")
            last, shift = link.end, shift + 1
    return "".join(out) + text[last:], moved


def _flat(nodes: list[Any]) -> list[Any]:
    """Top-level nodes, with a style tag that swallowed headings opened up (one unbalanced
    italic quote mark must not hide every section after it) and the parts of an infobox that a
    table holds taken out ("{|{{Infobox ship begin}} ... {{Infobox ship career|...}} |}")."""
    out: list[Any] = []
    for node in nodes:
        if _style_with_heading(node):
            out.extend(_flat(node.contents.nodes))
        elif boxes := _boxed(node):
            out.extend(boxes)
        else:
            out.append(node)
    return out


def _boxed(node: Any) -> list[Template]:
    """The infobox templates a layout table holds at its top level (none: not such a table)."""
    if not _is_table(node):
        return []  # (a box on the table's first line is read as its attribute: "{|{{Infobox")
    templates = [t for a in node.attributes for t in a.name.filter_templates(recursive=False)]
    templates += node.contents.filter_templates(recursive=False) if node.contents else []
    return [t for t in templates if template_kind(str(t.name)) == "infobox"]


def _style_with_heading(node: Any) -> bool:
    """An italic or bold tag with a heading inside, also inside another such tag nested in it
    (an unbalanced "Billboard's" opened two: the last sections fell under the one before)."""
    contents = getattr(node, "contents", None)
    return (
        isinstance(node, Tag)
        and str(node.tag).lower() in ("i", "b")
        and contents is not None
        and any(isinstance(n, Heading) or _style_with_heading(n) for n in contents.nodes)
    )


# An italic name's closing mark run into its possessive: "''Zong'''s" is "Zong" + "’s" (R35:
# "The Zongs first mate").
ITALIC_POSSESSIVE = re.compile(r"(?<!')''(?!')([^'\n]+)'''(?=s\b)")


def _close_quotes(wikitext: str) -> str:
    """Bold and italic marks closed at the end of their line, as MediaWiki closes them (an
    unbalanced mark made mwparserfromhell swallow the headings after it: in d22, Alaska's
    Economy to Government sections fell under "Demographics > Religion")."""
    if "'''s" in wikitext:  # "''Zong'''s first mate": Zong’s
        wikitext = ITALIC_POSSESSIVE.sub(r"''\1''’", wikitext)
    lines = wikitext.split("\n")
    for i, line in enumerate(lines):
        if "''" not in line:
            continue
        runs = [len(r) for r in re.findall(r"'{2,}", line)]
        bold = sum(n in (3, 4, 5) for n in runs) % 2
        italic = sum(n in (2, 5) for n in runs) % 2
        lines[i] = line + "'" * 3 * bold + "'" * 2 * italic
    return "\n".join(lines)


def parse_article(title: str, wikitext: str) -> Article:
    """Parse wikitext into an :class:`Article` (infobox fields and prose sections)."""
    code = mwparserfromhell.parse(_close_quotes(empty_references(wikitext)), skip_style_tags=False)
    mdy = bool(re.search(r"\{\{\s*use mdy dates", wikitext[:5000], re.I))
    article = Article(title=title, mdy=mdy, life_aside=life_aside(wikitext))
    path: list[tuple[int, str]] = []
    current = Section("", 1)
    skip = False
    buffer: list = []

    def close_section() -> None:
        works = skip and bool(WORK_LISTS.search(current.path))
        if (skip and not works) or not buffer:
            return
        renderer = _Renderer(mdy)
        renderer.render(buffer)
        current.blocks = _line_blocks(renderer.text(), renderer.links)
        current.tables = [_table_rows(n, mdy) for n in buffer if _is_table(n)]
        if current.blocks or current.tables:
            (article.works if works else article.sections).append(current)

    for node in _flat(code.nodes):
        if isinstance(node, Heading):
            close_section()
            buffer = []
            heading = _heading_title(node, mdy)
            level = node.level
            path = [(lv, t) for lv, t in path if lv < level] + [(level, heading)]
            skip = set_aside([t for _, t in path])
            current = Section(" > ".join(t for _, t in path), level)
            continue
        if isinstance(node, Template) and template_kind(str(node.name)) == "infobox":
            kind = re.sub(r"(?i)^\s*infobox\s*", "", str(node.name).strip()).strip()
            first = not article.infobox
            if first:
                article.infobox = _render_infobox(node, mdy, kind)
                article.infobox_type = PART.sub("", kind)  # ("ship", not "ship image")
            elif PART.search(kind) and PART.sub("", kind) == article.infobox_type:  # "ship career"
                article.infobox += _render_infobox(node, mdy, kind)  # after "ship image" (R413)
                continue
            article.infobox_count += kind.casefold() == article.infobox_type.casefold()
            if first:
                continue
        buffer.append(node)
    close_section()
    return article
