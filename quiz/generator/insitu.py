"""Questions asked where the answer stands: "The Red Army invaded which country on 28 April
1920?", "Mercury formed Queen in 1970 with which guitarist?", "Who founded the club?"."""

from __future__ import annotations

import re

from quiz.generator.facts import Sentence
from quiz.generator.lexicon import lemmas
from quiz.generator.spans import Span
from quiz.generator.tidy import tidy_question
from quiz.generator.typeclues import club_target, without_title

# Kinds of thing a "which ...?" question can name (the fine types entities.py finds).
WHICH_WORDS = frozenset(
    """country region city town village county state province river lake sea ocean mountain
    island bay club band party company newspaper magazine university school college academy
    museum church cathedral temple war battle treaty agreement award prize medal cup album
    song film novel book ship station airport stadium bridge tower building prison hospital
    army navy force ministry council committee court agency union league festival election
    revolution operation campaign park street square castle palace team hill plateau strait
    gulf coast avenue road theatre theater empire kingdom sultanate peninsula desert forest
    valley canal society corporation trophy championship tournament opera symphony group""".split()
)

REALMS = frozenset("kingdom empire country state republic province".split())


# Words a "which ...?" may follow: prepositions, verbs' objects ("defeated which army").
LINKS_BEFORE = frozenset(
    """in on at of for from to with by as into onto over under after before during since
    until about between among against through across per via and or than the""".split()
)


# Relations, not kinds: "his father Andries Pretorius" is no "father" to ask "which" of.
KIN = frozenset(
    """father mother son daughter brother sister wife husband uncle aunt cousin nephew niece
    grandfather grandmother grandson granddaughter parent child spouse widow widower""".split()
)


# A time or a role after the name: "taught at which university in the early 1970s?", "... on
# 1 July 1879?", "... during World War I?", "to replace which city as Pakistan's capital?".
TIME_AFTER = re.compile(
    r"\W*|\s+on \S+ \d+, \d{4}\W*|\s+(?:in|from|until|during) (?:the )?(?:early |mid-?|late )?"
    r"(?:[A-Z][a-z]+ )?\d{4}s?(?: to \d{4})?\W*|\s+on \d{1,2} [A-Z][a-z]+ \d{4}\W*|"
    r"\s+during (?:the )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|and|I{1,3}))*\.|"
    r"\s+as (?!well\b)(?:the |an? )?[\w'’-]+(?: [\w'’-]+){0,3}\.",
)
# A clause of the name's own after it, with or without a comma (trim.SIDE_CLAUSE needs one):
# cut, the sentence's fact stands without it.
NAME_CLAUSE = re.compile(r",? (?:where|which|whose) [^.;]*\.$")


def insitu_question(sentence: Sentence, span: Span, fine: str, coarse: str) -> str | None:
    """The sentence asked where the answer stands: "The Red Army invaded which country on 28
    April 1920?", "Mercury formed Queen with which guitarist?", "Who founded ...?"."""
    if sentence.lead_in or span.type != "entity":
        return None
    before, after = sentence.text[: span.start], sentence.text[span.end :]
    if not after.rstrip().endswith(".") or re.match(r",? (?:and|or|as well as) |, [A-Z]", after):
        return None  # "with which guitarist and drummer Roger Taylor?" reads badly
    opening = re.fullmatch(r"The (?:[\w.-]+ )?([a-z]+) of ", before)  # "The U.S. state of"
    if opening and opening.group(1) in WHICH_WORDS and coarse != "person":
        before = ""  # the subject: "Which state is linked with Azerbaijan through ...?"
    if before not in ("", "The "):
        if NAME_CLAUSE.match(after):
            after = "."  # what the name's own clause adds: "attended which school?" (of
            # "Vista High School where he played wide receiver")
        if not TIME_AFTER.fullmatch(after):
            return None  # only the subject or the sentence's last words: elsewhere it garbles
    if not span.text[:1].isupper() or re.search(r" [a-z]+s$", span.text):
        return None  # (not "a number of which company?" for "Tamil productions", R137)
    if span.text.startswith("Best "):
        return None  # an award's category: "the Hugo Award for which novel?" (Best Novel, R343)
    if coarse == "person" and re.search(r"\b(?:co-?)?star(?:s|red|ring)?\b", before):
        return None  # a film's cast names several: "Better a Widow stars which actor?" (R336)
    if re.search(r"\b(?:never|not|no longer)\b", before):
        return None  # "she was never a member of which party?" (a denial, R242)
    if re.search(r"\b(?:titled|entitled|called|named|dubbed) $", before):
        return None  # a title is no kind: "a web series titled which city?" (Electric City, R240)
    if re.search(
        r"\b(?:non-permanent|permanent) member of (?:the )?$|\b(?:two-year|rotating) (?:term|seat) "
        r"(?:on|in) (?:the )?$",
        before,
    ):
        return None  # a body a set phrase names: "a non-permanent member of which council?"
        # (R241), "elected to a two-year term on which council?" (R248)
    if (
        fine in ("city", "town", "village")
        and re.search(
            r"\b(?:capital|city|town|village|borough|port|seat|municipality) of $", before
        )
        and not re.search(rf"\b[Tt]he {fine} of $", before)
    ):  # ("in the town of Kirkcaldy")
        return None  # "the state capital of which city?": Columbus is the capital (R246)
    if re.fullmatch(r"(?:School|Faculty|Department|College|Institute) of [A-Z][a-z]+", span.text):
        return None  # "graduated from which school? School of Medicine": of which university?
    if coarse != "person" and without_title(span.text) != span.text:
        return None  # "Captain Maximilian Forest" is no forest (R38: "as which forest?")
    named = re.search(r"\b[Tt]he (?:[A-Z][\w.-]* )?([a-z]+) of $", sentence.text[: span.start])
    if named and named.group(1) in WHICH_WORDS and coarse != "person":
        before, fine = before[: named.start()], named.group(1)
        # "the state of Brandenburg" -> "which state" whatever else the name may be (not "the
        # east coast of Australia": Australia is no coast, R97)
    if coarse == "person":
        if fine in KIN:
            return None  # "Which father negotiated ...?": a father is someone's father
        if fine and fine != "person":
            wh = f"which {fine}"
        elif before in ("", "The "):
            wh = "who"
        else:
            return None
    elif fine == "force":
        return None  # "served in which force?": of a country's services, the Air Force (R300)
    elif fine in WHICH_WORDS:
        wh = "which club" if club_target(span.target or "") else f"which {fine}"  # (R208)
        kind_of = re.search(r"\(([a-z ]+)\)$", span.target or "")
        if kind_of and wh[6:] not in kind_of[1].split():
            return None  # "[[Stamford Bridge (stadium)]]": "at which bridge?" (R341)
    else:
        return None
    if re.search(r", (?:who|which|whose) ", before):
        return None  # a side clause's fact: "directed by Emmerich, who co-wrote it with which
        # producer?" asks of Emmerich, not of the film
    if fine in REALMS and re.search(
        r"\bin [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*, (?:in )?(?:the )?$", before
    ):
        return None  # a town's realm: "born ... in Rabrovo, in which kingdom?" (R306)
    if re.search(r"(?:,|\band|\bor) (?:the )?$", before):
        return None  # "X, Y and which park?": the article may name other parks too
    modifier = re.search(r"\b([a-z]+) $", before)
    if (
        modifier
        and modifier.group(1) not in LINKS_BEFORE
        and modifier.group(1) != fine
        and "VERB" not in lemmas(modifier.group(1))
    ):
        return None  # "met fellow which student?" (not "invaded which country?")
    if re.search(r"\b(?:[Tt]he|[Aa]n?) \d{4} $|\d $", before):
        return None  # "the 2002 which film?", "at 666 which avenue?"
    if re.search(r"['’]s $", before):
        return None  # "magazine's which award"
    if before.count('"') % 2 or before.rstrip().endswith(('"', "“")):
        return None  # inside a quoted title
    if re.search(r"(?:\b[A-Z]\.|\b[A-Z][\w'’-]*) $", before) and before.strip():
        return None  # inside a longer name: "Lucy G. which award"
    inside = re.search(r"\b(?:[Tt]he|[Aa]n?) ([\w-]+) $|\b[Tt]he [A-Z][\w-]* [a-z]+ed $", before)
    if inside and inside.group(1) != fine:  # ("preparing the film The Sacrifice": which film)
        return None  # inside a noun phrase: "The original which building", "the French allied"
    before = re.sub(r"\b[Tt]he $", "", before)
    role = re.search(r"\b(?:the |a |an )?([a-z-]+) $", before)
    if role and role.group(1) == fine:
        before = before[: role.start()] + (
            " " if role.start() and before[role.start() - 1] != " " else ""
        )
    if role and role.group(1) == fine:
        moved = re.search(r"\b[Tt]he ((?:(?:\d{4}|[A-Z]?[a-z]+(?:-[a-z]+)?) ){1,4})$", before)
        if moved and not set(moved.group(1).split()) & NOT_DESCRIBING:
            # "in the 2002 film About Schmidt" -> "in which 2002 film"; "the rock band Queen",
            # "the South Korean girl group Blackpink" -> "which South Korean girl group"
            before, wh = before[: moved.start()], f"which {moved.group(1)}{fine}"
    if re.search(
        r"\b(?:[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he) (?:\S+ )?$", before
    ) or _open_phrase(before):
        return None  # "the 2002 which film?", "the British rock which band?"
    if wh.startswith("which ") and span.text.lower().endswith(f" {wh[6:]}s"):
        if wh == "which book":
            return None  # "Del Rey Books" is a publisher, not books (R79)
        wh += "s"  # "in which hills?" for the Margalla Hills
    if re.search(
        r"\b[A-Z][a-z]+ (?!during|including|following|featuring|regarding|concerning|"
        r"using|involving|being)[a-z]+ing $",
        before,
    ):
        return None  # inside a noun phrase: "by American recording which artist?" (R252)
    if not before.strip():
        wh = wh[:1].upper() + wh[1:]
    question = tidy_question(f"{before}{wh}{after.rstrip()[:-1]}") + "?"
    if len(question.split()) > 28:
        return None
    return question


# Words that end a describing phrase before a name: "the same", a preposition, a verb.
NOT_DESCRIBING = frozenset(
    """same other of in on at by for with to from and or as into than that which who whom
    is was were are be been has had have""".split()
)


def _open_phrase(before: str) -> bool:
    """Whether ``before`` ends inside a noun phrase ("the British rock ", "the private liberal
    arts "), where "which ...?" would cut it ("the British rock which band?")."""
    phrase = re.search(
        r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) ((?:[\w'’-]+ ){1,5})$", before
    )
    if phrase is None:
        return False
    words = phrase.group(1).split()
    if set(words) & NOT_DESCRIBING:
        return False
    return not any(w.endswith("ed") and "VERB" in lemmas(w) for w in words)  # ("the firm acquired")
