"""Question generation: facts of an article -> the items that could ask each -> the bank."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from quiz import __version__
from quiz.generator.aliases import alias_fact
from quiz.generator.capitals import capital_fact
from quiz.generator.conflicts import conflict_items
from quiz.generator.conservation import status_items
from quiz.generator.contests import contest_items
from quiz.generator.copied import debris
from quiz.generator.definites import TOPIC
from quiz.generator.elections import election_items
from quiz.generator.entities import EntityTypes, TypeCollector
from quiz.generator.facts import Facts, InfoboxFact, extract_facts
from quiz.generator.glossary import glossary_items
from quiz.generator.infobox import INFOBOX_SKIP
from quiz.generator.items import CENTRAL_SHARE, FactItems, SentenceItems
from quiz.generator.lifetime import (
    disputed_place,
    disputed_year,
    hedged_life,
    lead_life_dates,
    life_line,
    other_year,
    told_life,
)
from quiz.generator.mentions import asked_told, told_text
from quiz.generator.occupations import occupation_fact
from quiz.generator.racereport import race_items
from quiz.generator.relations import relation_items
from quiz.generator.routine import routine_sentences
from quiz.generator.salience import side_matter
from quiz.generator.select import select
from quiz.generator.structured import StructuredItems
from quiz.generator.tables import TableItems
from quiz.generator.wikitext import parse_article
from quiz.generator.works import boxes_another, two_of_a_name
from quiz.model import Bank, Question, Source


def entity_types(facts: Facts) -> EntityTypes:
    """The kinds of the article's names, from every sentence, list and infobox line."""
    collector = TypeCollector()
    for sentence in facts.sentences:
        collector.text(sentence.text)
    for sentence in facts.sentences:
        names = [(s.start, s.end) for s in sentence.spans if s.type == "entity"]
        for span in sentence.spans:
            if span.type == "entity":
                collector.see(sentence.text, span.start, span.end, span.target)
        collector.coordinated(sentence.text, names)
    for field in facts.infobox:
        if INFOBOX_SKIP.match(field.name) or re.search(
            r"\.(?:jpe?g|png|svg|gif)\b", field.value, re.I
        ):
            continue  # an image file's name is not a name of the article
        for name in field.links:
            collector.see(name, 0, len(name), "")
    for group in facts.groups:
        collector.group(group)
    for name, target in facts.links:
        if target and name[:1].isupper():
            collector.link(name, target)
    types = collector.finish()
    parties = {f.target for f in facts.infobox if f.name.strip().lower() == "party" and f.target}
    for sentence in facts.sentences:  # the infobox's party is a party, whatever its name's
        for span in sentence.spans:  # last word: "of which union?" (R406, a "... Union")
            if span.target in parties and span.text in types.fine:
                types.fine[span.text] = "party"
    return types


FEW = 5  # fewer questions than this: the article's side matters are asked too


def generate_questions(facts: Facts, *, seed: int = 0) -> list[Question]:
    """The bank's questions for an article's facts, in article order.

    Randomness (distractor picks, choice order, which statements are false) comes from
    ``seed`` mixed with each fact's own text rather than from one shared stream, so an edit
    elsewhere in the article leaves every other question's choices as they were. (A false
    statement's year is also none an earlier false statement took, so a year added above it
    may move it to another false year; its id stays.)
    """
    if boxes_another(facts) or two_of_a_name(facts) or TOPIC.search(facts.title):
        facts = replace(facts, infobox=[])  # (its infoboxes are its parts': a series' novels;
        # the later of two buildings; a topic's: "Alouette III in Portuguese service", R472)
    facts = _with_lead_life(_with_occurrence(facts))
    types = entity_types(facts)
    made = SentenceItems(facts, types, seed, CENTRAL_SHARE)
    told = told_text(facts)
    infobox = StructuredItems(made).infobox()  # (no share changes them: made once)
    after_infobox = set(made.told_false)
    questions = _questions(facts, told, made, _copies(infobox))
    if len(questions) < FEW:
        # An article whose sentences are all side matters to its lead: its side matters too,
        # as statements (false ones only from sentences close to the lead), rather than none.
        again = made.with_share(-1.0)
        again.told_false = after_infobox  # (the false years the infobox's items took)
        questions = max(questions, _questions(facts, told, again, _copies(infobox)), key=len)
    # (a word reversed for a false statement, "increased" -> "decreased", was the last resort;
    # reviews accepted 3 of 11, and a true statement now comes first)
    if not any(q.kind == "true_false" and q.answer == "True" for q in questions):
        return [q for q in questions if q.kind != "true_false"]  # no lone False either: across
    return questions  # a sample, "a nationality means False" answered every one (R326-R333)


# An occurrence that was no accident: "Type: Passengers and crew taken hostage" (R420: "When did
# the British Airways Flight 149 accident take place?"), a hijacking, a bombing.
NO_ACCIDENT = re.compile(
    r"(?i)hijack|hostage|\bseiz|\bcaptur|bomb|(?<!heart )attack|terror|shot down|shootdown"
)


def _with_occurrence(facts: Facts) -> Facts:
    """``facts`` whose infobox kind says "incident" where its type or summary line tells an
    occurrence that was no accident (``kindwording.fitted_question`` names it so)."""
    told = " ".join(
        f.value
        for f in facts.infobox
        if f.name.strip().lower().replace(" ", "_") in ("type", "summary", "occurrence_type")
    )
    if not NO_ACCIDENT.search(told) or "incident" in facts.infobox_type.lower():
        return facts
    return replace(facts, infobox_type=f"{facts.infobox_type} incident")


def _with_lead_life(facts: Facts) -> Facts:
    """``facts`` with a person's birth and death that the lead's opening parenthesis gives, as
    infobox lines where the infobox gives none: "Kippax (25 May 1897 – 5 September 1972)" in
    an article with no infobox is asked as one with "Born: 25 May 1897" would be; with no
    infobox at all, also what a sentence tells of them (``told_life``); and none whose year
    the categories contradict ("1929 births" beside "born 1928", R351)."""
    given = {f.name.strip().lower() for f in facts.infobox}
    opening = lead_life_dates(facts.prose, facts.subject.person)
    added = [
        InfoboxFact(name, label, value, "year" if value.isdigit() else "date")
        for name, label, value in opening
        if life_line(facts.infobox, name) is None and name.replace("date", "place") not in given
    ]  # (an infobox that gives the place only is trusted to have left the date out)
    clashing = [  # "Born: 1893" beside the opening's "(1894-1960)": which is right? (R347)
        line
        for name, _, value in opening
        if (line := life_line(facts.infobox, name)) and other_year(line.value, value)
    ]
    infobox = [f for f in facts.infobox if all(f is not line for line in clashing)]
    lead = {f.name for f in added}
    added = added[:1]  # one: with the opening sentence's own item, two of one sentence (R309)
    if not given:  # no infobox: the sentences that tell them ("Pine was born on October 19,
        # 1885 in Cincinnati, Ohio.", "He died in 1953.")
        for name, label, value in told_life((s.text for s in facts.sentences), facts.subject):
            kind = "text" if name.endswith("place") else "year" if value.isdigit() else "date"
            told = (s.section for s in facts.sentences if value in s.text)  # (its section, R338)
            if name not in lead:
                added.append(InfoboxFact(name, label, value, kind, section=next(told, "")))
    lines = [
        f
        for f in [*infobox, *added]
        if not disputed_year(f, facts.life_aside, facts.prose)
        and not hedged_life(f, facts.prose)
        and not disputed_place(f, facts.life_aside)
    ]
    return replace(facts, infobox=lines) if lines != facts.infobox else facts


def _copies(facts: list[FactItems]) -> list[FactItems]:
    """Copies a pass may change the options of (``asked_told`` does)."""
    return [replace(fact, options=dict(fact.options)) for fact in facts]


def _questions(
    facts: Facts, told: str, sentence_items: SentenceItems, infobox: list[FactItems] | None = None
) -> list[Question]:
    """The selected questions, made by ``sentence_items`` (whose ``min_share`` says which
    sentences are side matters) from the sentences and ``infobox`` (its items, made here if
    not given); ``told`` is the article's own text (``told_text``)."""
    min_share = sentence_items.min_share
    structured = StructuredItems(sentence_items)
    if infobox is None:
        infobox = structured.infobox()
    # (what the article tells once is not asked, nor an infobox line it never tells)
    candidates = asked_told(infobox, told, facts.infobox)
    opening = facts.opening
    if opening is not None and (occupation := occupation_fact(sentence_items, opening)):
        candidates.append(occupation)  # ("What was Alan Kippax's occupation?")
    if alias := alias_fact(sentence_items):
        candidates.append(alias)  # ("By what other name is ... known?")
    if capital := capital_fact(sentence_items):
        candidates.append(capital)  # ("Islamabad is the capital of which country?")
    routine = routine_sentences(facts)  # (a list of tournament wins: two of them)
    for sentence in facts.sentences:
        if sentence.index in routine:
            continue
        found = sentence_items.items(sentence)
        if min_share >= 0 and side_matter(sentence, facts):
            for fact in found:  # (false ones keep to CENTRAL_SHARE, see items.central)
                fact.options.pop("tf_true", None)
        candidates.extend(asked_told([f for f in found if f.options], told, facts.infobox))
    candidates.extend(structured.lists())
    candidates.extend(glossary_items(sentence_items))  # (which entry a description fits)
    tables = TableItems(sentence_items)
    candidates.extend(tables.items())
    named = tables.subject()
    candidates.extend(race_items(sentence_items, named, told))  # (the main class's pole)
    contests = contest_items(sentence_items, named, told)  # (a season's manager, an MVP)
    candidates.extend(asked_told(contests, told, facts.infobox))
    candidates.extend(asked_told(relation_items(sentence_items), told, facts.infobox))  # (spouse)
    candidates.extend(conflict_items(sentence_items, named, told))  # (who won, who led)
    candidates.extend(election_items(sentence_items, named, told))  # (who won the seat)
    candidates.extend(status_items(sentence_items, structured.subject))  # (a species' status)
    return select([fact for fact in candidates if _undamaged(fact)])


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # (templates.DAMAGE among them)
MARK = re.compile(rf" ?{CONTROL.pattern}")  # (with the space before it)


def _undamaged(fact: FactItems) -> bool:
    """Whether ``fact`` keeps an option once those with a control character in what a learner
    reads (a template left unread marks its place with ``templates.DAMAGE``) are taken out;
    its context loses such characters (it is shown as the question's source)."""
    fact.options = {
        name: question
        for name, question in fact.options.items()
        if not CONTROL.search(" ".join([question.prompt, question.answer, *question.choices]))
    }
    for question in fact.options.values():
        if CONTROL.search(question.context):  # ("variables \x00." -> "variables.")
            question.context = " ".join(MARK.sub("", question.context).split())
    return bool(fact.options)


def warm_up() -> None:
    """Load the word lists generation reads on first use (lemminflect's, gender-guesser's,
    pycountry's, inflect's, pyspellchecker's): forked workers then share one copy instead of
    each loading its own."""
    from quiz.generator import gazetteer, lexicon, spelling

    lexicon.base_form("founded", "VBD")
    lexicon.given_name("Anna")
    lexicon.indefinite("apple")
    lexicon.singular("cities")
    gazetteer.continent_of("France")
    gazetteer.names_a_region_of("Norfolk, Virginia", "United States")
    gazetteer.same_country("Norfolk", "Suffolk")
    spelling.misspelt("The eiligible")


def article_url(title: str) -> str:
    """The English Wikipedia address of ``title`` ("C# (language)" -> ".../C%23_(language)")."""
    from urllib.parse import quote

    return "https://en.wikipedia.org/wiki/" + quote(title.replace(" ", "_"), safe="()_,'!:;@$*-./")


def build_bank(title: str, wikitext: str, *, seed: int = 0, sha256: str = "") -> Bank:
    """A bank of questions for one article (wikitext already repaired)."""
    digest = sha256 or hashlib.sha256(wikitext.encode("utf-8")).hexdigest()
    debris.cache_clear()  # (what it found for the article before)
    article = parse_article(title, wikitext)
    facts = extract_facts(article)
    questions = generate_questions(facts, seed=seed)
    attribution = (
        f"Questions generated from the Wikipedia article \u201c{title}\u201d, "
        f"available under the Creative Commons Attribution-ShareAlike licence (CC BY-SA)."
    )
    source = Source(
        title=title,
        attribution=attribution,
        sha256=digest,
        url=article_url(title),
    )
    sections = [s.path for s in article.sections]
    return Bank(
        title=title,
        source=source,
        questions=questions,
        generator={"name": "quiz", "version": __version__, "seed": seed},
        sections=sections,
    )
