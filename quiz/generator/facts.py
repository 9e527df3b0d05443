"""Facts from a parsed article: usable sentences with answer spans, infobox lines, list items."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from quiz.generator.acronyms import Acronym, defined_acronyms, spell_out
from quiz.generator.article import Article, Block, Cell, Link, life_field, plain_link, plain_title
from quiz.generator.careers import given_otherwise
from quiz.generator.gazetteer import written_out
from quiz.generator.lifelines import founding_names, life_parts
from quiz.generator.listyears import listed_years
from quiz.generator.people import (
    bare_given_name,
    bare_names,
    full_name,
    given_names_pair,
    lone_given_name,
    people_by_name,
)
from quiz.generator.references import Context, heading_is_a_name, namesake, topic_of
from quiz.generator.sentences import clean_space, split_sentences, usable_item, usable_sentence
from quiz.generator.spans import (
    NOT_NAMES,
    ORDINAL_BEFORE,
    PROPER_NAME,
    Span,
    askable_span,
    find_spans,
)
from quiz.generator.spelling import misspelt
from quiz.generator.standalone import prepare
from quiz.generator.subject import Subject, find_subject
from quiz.generator.templates import DAMAGE
from quiz.generator.tidy import without_stray_stop
from quiz.generator.trim import time_bound_cut
from quiz.generator.unaskable import unaskable_fields


@dataclass
class Sentence:
    """A clean sentence with its section, answer spans and the list it belongs to (if any)."""

    text: str
    section: str
    spans: list[Span] = field(default_factory=list)
    lead_in: str = ""
    group: int = -1
    index: int = 0
    anchored: bool = True
    swappable: list[Span] = field(default_factory=list)  # every typed span, for false statements


@dataclass
class InfoboxFact:
    """One infobox line (label and rendered value), typed like a sentence span."""

    name: str
    label: str
    value: str
    type: str
    target: str = ""
    links: list[str] = field(default_factory=list)
    section: str = ""  # where a line the text tells stands ("Early life": ``told_life``)


@dataclass
class Facts:
    """Everything the generator draws on for one article."""

    title: str
    sentences: list[Sentence] = field(default_factory=list)
    infobox: list[InfoboxFact] = field(default_factory=list)
    infobox_type: str = ""
    infobox_count: int = 0
    groups: list[list[str]] = field(default_factory=list)
    entities: dict[str, str] = field(default_factory=dict)
    person: bool = False
    mdy: bool = False
    subject_nouns: frozenset[str] = frozenset()
    subject_phrase: str = ""
    subject: Subject = field(default_factory=lambda: Subject("", ""))
    tables: list[tuple[str, list[list[Cell]]]] = field(default_factory=list)  # (section, rows)
    lists: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (section, lead, items)
    surnames: dict[str, set[str]] = field(default_factory=dict)  # "Solon" -> {"Laura Solon"}
    titled: dict[str, set[str]] = field(default_factory=dict)  # "Holburne": {"Admiral Holburne"}
    listed_years: dict[str, frozenset[str]] = field(default_factory=dict)  # "Space": {"2001"}
    acronyms: dict[str, Acronym] = field(default_factory=dict)  # "SDF": Sudan Defence Force
    lead_words: frozenset[str] = frozenset()  # the lead's and the infobox's words
    prose: str = ""  # all the article's running text, used sentences or not
    naming: dict[str, set[int]] | None = None  # name -> sentences naming it (answers.py)
    links: list[tuple[str, str]] = field(default_factory=list)  # every prose link: (text, target)
    life_aside: dict[str, frozenset[str]] = field(default_factory=dict)  # categories, Persondata

    @property
    def opening(self) -> Sentence | None:
        """The lead's first usable sentence (the article's own first may have been dropped)."""
        return next((s for s in self.sentences if not s.section), None)


YEAR_LINK = re.compile(r"\d{4}s?|\d{4}[–-]\d{2,4}")
# Where a sentence ends: not after an initial or "Jr." ("Charles Duane Baker, Jr. was born", R370)
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\b[JS]r\.)(?<!\bSt\.)(?<!\bDr\.)\s+")


def _clean_with_links(text: str, links: list[Link]) -> tuple[str, list[Link]]:
    """Clean spacing in ``text`` while keeping link spans aligned (found again after)."""
    cleaned = clean_space(text)
    relinked: list[Link] = []
    cursor = 0
    for link in sorted(links, key=lambda lk: lk.start):
        surface = clean_space(text[link.start : link.end])
        if not surface:
            continue
        pos = cleaned.find(surface, cursor)
        pos = pos if pos >= 0 else cleaned.find(surface)
        if pos < 0:
            continue
        end = pos + len(surface)
        while (
            end < len(cleaned) and cleaned[end].isalpha() and cleaned[end].islower()
        ) and surface[:1].islower():
            end += 1  # link trail: [[rayon]]s (names keep their own form: "Divisions" is not one)
        relinked.append(Link(pos, end, link.target))
        cursor = pos
    return cleaned, relinked


def _block_sentences(
    block: Block, section: str, facts: Facts, earlier: list[tuple[str, str]]
) -> None:  # (earlier: the names the section's earlier paragraphs met; mutated here)
    text, links = _clean_with_links(block.text, block.links)
    facts.prose += text + "\n"
    heading = section.split(" > ")[-1]
    the = f"the {heading}".lower() in text.lower()
    context = Context(heading, heading_the=the, earlier=earlier, opening=facts.prose == text + "\n")
    if heading_is_a_name(heading):
        context.names.append((heading, ""))  # "the museum" under "Azerbaijan Military ... Museum"
    for a, b in split_sentences(text, [(lk.start, lk.end) for lk in links]):
        raw, b = time_bound_cut(text, a, b)  # ("a footballer who plays for Empoli": when?)
        if text[:a].rstrip().endswith(("...", "…")) or raw.endswith(("...", "…")):
            continue  # a title cut at its dots: "My Life II... The Journey Continues" (R100)
        raw_links = [
            Link(lk.start - a, lk.end - a, lk.target)
            for lk in links
            if lk.start >= a and lk.end <= b
        ]
        if any(
            YEAR_LINK.fullmatch(raw[lk.start : lk.end]) and re.search(r"[A-Za-z]", lk.target)
            for lk in raw_links
        ):
            continue  # "runners-up in [[1948–49 Scottish League Cup|1949]]": the link says what
        other = namesake(raw, facts.subject, context)  # "Greenwell" the son, or the father?
        prepared = None if other else prepare(raw, raw_links, facts.subject, context)
        context.previous = raw
        context.said += f" {raw}"
        context.topic = topic_of(prepared.text if prepared else raw, facts.subject)
        context.names.extend((raw[lk.start : lk.end], lk.target) for lk in raw_links)
        context.names.extend(
            (m.group(), "")
            for m in PROPER_NAME.finditer(raw)
            if " " in m.group()
            and not ORDINAL_BEFORE.search(raw, max(0, m.start() - 40), m.start())
            and not NUMBERED.match(raw, m.end())  # (nor "World War" of II)
        )  # (not "Century Fox" of "20th Century Fox": "Fox asked" is not "Century Fox asked")
        if prepared is None:
            continue
        resolved, sentence_links = prepared.text, prepared.links
        resolved = MID_AS_OF.sub("as of", resolved)  # "Quayle As of 2016 is ..." ({{As of}})
        if not usable_sentence(resolved, facts.subject_nouns, facts.person):
            continue
        if given_otherwise(resolved, [(f.name, f.value) for f in facts.infobox]):
            continue  # "established in 1995" beside "Foundation: 1998" (R201)
        if misspelt(resolved, facts.prose):
            continue  # the source's slip copied: "was eiligible" (R204)
        if _starts_with_bare_name(resolved, sentence_links, facts):
            expanded = full_name(resolved, sentence_links, context.names)
            if expanded is None:
                continue
            resolved, sentence_links = expanded
        resolved, sentence_links = spell_out(resolved, sentence_links, facts.acronyms)  # ("SDF")
        named = bare_surname(resolved, sentence_links, facts)
        own = facts.subject.bare
        if named is None or facts.person and lone_given_name(named[0], own, facts.prose):
            continue
        if given_names_pair(named[0], facts.prose, facts.subject.title):
            continue
        if bare_given_name(named[0], facts.prose, facts.subject.title):
            continue  # "founded by Miles in 1136": Miles who? (R200)
        resolved, sentence_links = named
        every = find_spans(resolved, sentence_links, askable=False)
        askable = [
            s
            for s in every
            if s.type == "demonym" or askable_span(resolved, s.start, s.end, s.type)
        ]  # (one pass for both lists: the spans a gap may take are a subset)
        if ALSO.search(raw):  # "Zoe also had a relationship with Joe": and with her teacher
            askable = [s for s in askable if s.type != "entity"]  # (R40; its "also" dropped)
        askable = [s for s in askable if s.text not in facts.surnames]  # ("Andre", R42)
        sentence = Sentence(resolved, section, askable)
        sentence.anchored = prepared.anchored
        sentence.swappable = every
        sentence.index = len(facts.sentences)
        facts.sentences.append(sentence)
        for span in sentence.spans:
            if span.type == "entity":
                facts.entities.setdefault(span.text, span.target)
    earlier.extend(context.names)


def bare_surname(text: str, links: list[Link], facts: Facts) -> tuple[str, list[Link]] | None:
    """The sentence with the people it calls by surname alone named in full (``bare_names``)."""
    return bare_names(text, links, facts.surnames, facts.titled, facts.subject.title)


@lru_cache(maxsize=4)
def prose_sentences(prose: str) -> tuple[str, ...]:
    """Every sentence of the running text, used or not (split at end marks, once per article)."""
    return tuple(SENTENCE_END.split(prose))


ALSO = re.compile(  # (not "too small", "as well as", "also known as"); "named one of 40 ..."
    r"\balso\b(?! (?:known|called|referred|spelled|spelt|written|styled)\b)|"
    r"\b(?:too|as well)(?=[.,;])|\bone of (?:the )?\d"
)
NUMBERED = re.compile(r" (?:[IVX]+|\d+)\b")  # "World War II", "Apollo 11"
MID_AS_OF = re.compile(r"(?<=\S )As of(?= \d| [A-Z][a-z]+ \d)")  # same length: links stay


def content_words(text: str, common: frozenset[str] | None = None) -> frozenset[str]:
    """The words of four letters or more that carry meaning, in lower case (without the
    ``common`` ones, COMMON_WORDS by default)."""
    words = frozenset(w.lower() for w in LONG_WORD.findall(text))
    return words - (COMMON_WORDS if common is None else common)


LONG_WORD = re.compile(r"[A-Za-z]{4,}")
COMMON_WORDS = frozenset(
    """that this with from were have been which when their there they into also than then
    over after before during about where while would could should such these those other
    first later until since between under several many most some more being made became
    including known called years year""".split()
)


def _lead_words(article: Article, infobox: list[InfoboxFact]) -> frozenset[str]:
    """What the article says first and sums up: its lead's and its infobox's words."""
    lead = " ".join(b.text for s in article.sections if not s.path for b in s.blocks)
    boxed = " ".join(f"{f.label} {f.value} {' '.join(f.links)}" for f in infobox)
    return content_words(f"{lead} {boxed}")


def lead_overlap(text: str, facts: Facts) -> float:
    """The share of a sentence's words that the lead or the infobox uses too: a sentence about
    what the lead sums up is central; one about a side matter shares few of its words."""
    words = content_words(text)
    return len(words & facts.lead_words) / len(words) if words else 0.0


def _section_nouns(section: str) -> frozenset[str]:
    """Words of the section's heading path: "the navy" is clear inside "Structure > Navy"."""
    words = set(re.findall(r"[a-z]+", section.lower()))
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")})


def _starts_with_bare_name(text: str, links: list[Link], facts: Facts) -> bool:
    """``Atkinson became ...``, ``David retired ...``: a lone name that is not the subject's and
    not a linked name, so the reader cannot tell who is meant."""
    match = re.match(
        r"(?:(?:In|On|By|During|After|Before|At|From) [^,]{2,40}, )?([A-Z][\w'’-]+),? [a-z]", text
    )
    if not match or match.group(1).lower() in facts.subject_nouns:
        return False
    if any(lk.start <= match.start(1) and lk.end >= match.end(1) for lk in links):
        return False  # "[[Bodmin Moor]] is ...": a linked name says what it is
    word = match.group(1)
    if word in facts.subject.title or word in NOT_NAMES:
        return False
    return text[match.end(1)] != "," or word in facts.surnames  # "Kamen, who had worked ..."


def _lead_in(block: Block) -> str:
    if not block.text.strip():
        return ""
    text, _ = _clean_with_links(block.text, block.links)
    spans = split_sentences(text)  # (the last sentence, if any, ending with a colon)
    last = text[spans[-1][0] : spans[-1][1]] if spans else ""
    return last if last.endswith(":") and DAMAGE not in last else ""


def _item_sentences(block: Block, section: str, facts: Facts, lead: str) -> None:
    group = len(facts.groups)
    members: list[str] = []
    items: list[str] = []
    for item in block.items:
        text, links = _clean_with_links(item.text, item.links)
        text = text.rstrip(";,")
        items.append(text)
        if not usable_item(text) or not lead:
            for link in links:
                members.append(text[link.start : link.end])
            continue
        spans = find_spans(text, links)
        sentence = Sentence(text, section, spans, lead, group)
        sentence.index = len(facts.sentences)
        facts.sentences.append(sentence)
        if PROPER_NAME.fullmatch(text) and len(text.split()) <= 6:
            members.append(text)
        elif links and links[0].start == 0:
            members.append(text[links[0].start : links[0].end])
    facts.groups.append(members)
    facts.lists.append((section, lead, items))


DATE_FIELD = re.compile(r"(?i)date|year|birth|death|born|died|founded|established|opened|built")


def _infobox_facts(article: Article) -> list[InfoboxFact]:
    facts: list[InfoboxFact] = []
    titled = founding_names([(f.name, f.value) for f in article.infobox])
    for fld in (f for f in article.infobox if not re.search(r"\((?:or|also) ", f.value)):
        value = clean_space(fld.value)  # (no "Falconiformes (or Accipitriformes)", R202)
        value = re.sub(r"^(\d{4}) in [a-z][a-z ]*$|;? \d\d?:\d\d(?::[\d.]+)? UTC$", r"\1", value)
        # "Released: 1994 in film", a link's target (R109); "Launch: ...; 12:51:00 UTC", a time
        if re.search(r"(?i)place|city|residence|hometown", fld.name):  # "Provost, AB, CAN"
            value = written_out(value)  # (R202, R218)
        value, links = plain_link(without_stray_stop(value), fld.links)  # (R219, R368)
        spans = find_spans(value, links, askable=False)
        whole = [s for s in spans if s.start == 0 and s.end == len(value)]
        kind = whole[0].type if whole else "text"
        if kind == "number" and re.fullmatch(r"\d{3,4}", value) and DATE_FIELD.search(fld.name):
            kind = "year"  # "Death date: 977" (its choices were 779, 1147 and 1263, R94)
        target = whole[0].target if whole else ""
        linked = [value[s.start : s.end] for s in spans if s.type == "entity"]
        key = fld.name.strip().lower().replace(" ", "_")
        name = life_field(key) or fld.name
        if re.fullmatch(r"[a-z]+", titled.get(key, "")):
            name = titled[key]  # "settled", "incorporated": not "When was it established?"
        for line, said, told, typed in life_parts(key, name, fld.label, value, kind, links):
            facts.append(InfoboxFact(line, said, told, typed, target, linked))
    drop = unaskable_fields([(f.name, f.value) for f in facts], article.title)
    return [f for f in facts if f.name not in drop]


def subject_nouns(article: Article) -> frozenset[str]:
    """Nouns naming what the article is about: its infobox type and its lead definition."""
    words = set(re.findall(r"[a-z]+", article.infobox_type.lower()))
    if article.sections and article.sections[0].path == "" and article.sections[0].blocks:
        lead = clean_space(article.sections[0].blocks[0].text)
        match = re.search(r"\b(?:is|are|was|were) (?:a|an|the|one of the)\b([^.;:]{0,80})", lead)
        if match:
            words.update(re.findall(r"\b[a-z]{3,}\b", match.group(1)))
    title_words = plain_title(article.title).lower().split()
    words.update(w for w in title_words if len(w) > 3)
    words.update(w[:-1] for w in list(words) if w.endswith("s") and len(w) > 4)
    suffixes = ("paper", "town", "city", "force", "forces", "army", "school", "company")
    out = set(words) | {s for w in words for s in suffixes if w.endswith(s)}
    return frozenset(out - {"and", "the", "of", "in", "for", "with", "from", "that", "which"})


def extract_facts(article: Article) -> Facts:
    """All facts of an article: usable sentences with spans, list groups, infobox lines."""
    subject = find_subject(article)
    facts = Facts(article.title, infobox_type=article.infobox_type, person=subject.person)
    facts.subject = subject
    facts.mdy = article.mdy
    facts.infobox_count = article.infobox_count
    facts.life_aside = article.life_aside
    facts.infobox = _infobox_facts(article)
    facts.subject_nouns = subject_nouns(article)
    facts.surnames, facts.titled = people_by_name(article)
    facts.acronyms = defined_acronyms(article)
    facts.listed_years = listed_years(article)
    facts.lead_words = _lead_words(article, facts.infobox)
    facts.subject_phrase = (
        re.sub(r"\s*\([^)]*\)$", "", article.title) if subject.person else subject.name
    )
    for section in article.sections:
        facts.tables.extend((section.path, rows) for rows in section.tables)
        earlier: list[tuple[str, str]] = []  # the names the section's paragraphs have met
        for block in section.blocks:
            if block.is_list:
                lead = _lead_in(block)  # ("" where the block has no text)
                if block.text.strip() and not lead:
                    _block_sentences(Block(block.text, block.links), section.path, facts, earlier)
                _item_sentences(block, section.path, facts, lead)
            else:
                _block_sentences(block, section.path, facts, earlier)
        facts.links.extend(earlier)  # (the links of sentences not used too)
    for sentence in facts.sentences:
        for span in sentence.spans:
            if span.type == "entity":
                facts.entities.setdefault(span.text, span.target)
    return facts
