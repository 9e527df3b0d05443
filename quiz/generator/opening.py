"""The article's first sentence asked by its plain name: "Lisa is a Thai rapper ... based in
which country?" where the lead opens with a longer name, a bracket or a "better known as"."""

from __future__ import annotations

import re
from collections.abc import Callable

from quiz.generator.article import plain_title
from quiz.generator.checks import question_names_something
from quiz.generator.facts import Facts, Sentence
from quiz.generator.salience import BROAD_CLASS
from quiz.generator.spans import Span

# The opening sentence's name before its verb: "Raith Rovers Football Club is", "Farrokh
# "Freddie" Mercury was", "Lalisa Manoban (...), better known by the mononym Lisa, is".
OPENING_NAME = re.compile(
    r"(?P<name>(?:The )?[A-Z][^\s,()]*(?: (?:[A-Z\"“(][^\s,()]*|of|de|von|van|the|and|&))*)"
    r"(?P<bracket> \([^()]*\))?"
    r"(?P<aside>, (?:better|also|commonly|popularly|professionally) known (?:by|as) "
    r"(?:the (?:mononym|name|nickname|stage name) )?(?P<known>[A-Z][^,()]{0,40}),)?"
    r" (?P<verb>is|was|are|were) (?:an?|the) "
)
# Places after a place that end the sentence: ", Fife.", ", Texas, United States."
REGION_CHAIN = re.compile(r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}){1,3}\.$")


def plain_opening(sentence: Sentence, facts: Facts) -> tuple[Sentence, int, int] | None:
    """The first sentence of the article with its name as the title says it and no bracket
    or "better known as" before the verb, the shift of every offset after the verb and where
    the words after the verb begin in ``sentence``; None where the sentence is not the
    article's first or its name is not the subject's."""
    text = sentence.text
    if sentence.section or not facts.prose.startswith(text.split(" ", 2)[0]):
        return None
    match = OPENING_NAME.match(text)
    if not match:
        return None
    title = plain_title(facts.title)
    own = {w for w in re.findall(r"[\w'’-]+", f"{facts.subject.bare} {title}") if w[:1].isupper()}
    words = set(re.findall(r"[\w'’-]+", f"{match['name']} {match['aside'] or ''}"))
    if not own & words:
        return None
    name = match["known"] or match["name"]
    if set(re.findall(r"[\w'’-]+", title)) <= words:
        name = title  # "Freddie Mercury" for 'Farrokh "Freddie" Mercury'
    if '"' in name or "“" in name or name.startswith("The "):
        return None
    head, rest = f"{name} {match['verb']} ", match.end("verb") + 1
    return Sentence(head + text[rest:], "", [], index=sentence.index), len(head) - rest, rest


def opening_question(
    sentence: Sentence, span: Span, facts: Facts, ask: Callable[[Sentence, Span], str | None]
) -> str | None:
    """``ask`` (a wh-question maker) on the plain opening, for a name after the verb, with a
    region chain after the answer dropped ("based in the town of Kirkcaldy, Fife." -> "based in
    which town?")."""
    plain = plain_opening(sentence, facts)
    if plain is None:
        return None
    rewritten, shift, rest = plain
    if span.start < rest:
        return None  # (a name before the verb: the subject's own)
    text, start, end = rewritten.text, span.start + shift, span.end + shift
    chain = REGION_CHAIN.match(text, end)
    if chain:
        text = text[:end] + "."
    moved = Span(start, end, span.text, span.type, span.target)
    question = ask(Sentence(text, "", [moved], index=sentence.index), moved)
    if question is None or BROAD_CLASS.search(question):
        return None  # ("based in which country?": a reader of the topic guesses it)
    return question if question_names_something(question, facts.title) else None
