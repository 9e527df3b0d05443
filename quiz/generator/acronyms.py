"""Acronyms an article defines in brackets, and writing one out where a sentence uses it alone."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from quiz.generator.article import Article, Link, plain_title
from quiz.generator.firstchar import Quick, first_char
from quiz.generator.lexicon import FUNCTION_WORDS, given_name, known_word


class Acronym(NamedTuple):
    """What an acronym stands for, and whether a bare use may take "the" before it written out
    ("the Sudan Defence Force (SDF)"; a link's name, never: "New Japan Pro Wrestling (NJPW)")."""

    phrase: str
    article: bool = True


DEFINED_ACRONYM = first_char(
    r"((?:[A-Z][\w'-]*,? (?:(?:of|and|for|the|de|du|des|et|la|le|di|del|und|y) )*){2,8})"
    r"\(([A-Z]{2,6})s?[);]"  # a French or Spanish name's "et"/"y": "... Moderne et Biathlon
)  # (UIPMB)" (R63); a plural's "s": "Black Greek Letter Organizations (BGLOs)"
BRACKETED = re.compile(r"\([A-Z]{2,6}s?[);]")  # the bracket every DEFINED_ACRONYM match ends with


def defined_acronyms(article: Article) -> dict[str, Acronym]:
    """Acronym -> what it stands for, as the article defines it in brackets ("the Sudan Defence
    Force (SDF)"; "the People's Armed Forces of Liberation of Angola (FAPLA)", whose letters
    follow the Portuguese order; a link right before the bracket: "[[Armed Forces for the
    Liberation of Angola]] (FAPLA)"), unless the title is the acronym."""
    title_words = {w.lower() for w in re.findall(r"[A-Za-z]+", article.title)}
    found: dict[str, Acronym] = {}
    for section in article.sections:
        for block in section.blocks:
            for link in block.links:
                after = LINK_ACRONYM.match(block.text, link.end)  # (as at a slice's start)
                opened = block.text.endswith(("(", "(the ", "\n"), 0, link.start)  # (or no match)
                if opened and OPEN_BEFORE.search(block.text, 0, link.start):
                    after = after or INNER_ACRONYM.match(block.text, link.end)
                name = block.text[link.start : link.end]
                if after and len(name.split()) >= 2 and name[:1].isupper():
                    _add(found, after.group(1), name, title_words)
                target = plain_title(link.target)
                if CAPITALS.fullmatch(name) and _spells(name, target.split()):
                    # "for [[New Japan Pro Wrestling|NJPW]]": a name, with the article's own
                    # "the" or none (never one added)
                    _add(found, name, target, title_words, article=False)
            bracket = BRACKETED.search(block.text)  # (where none, the pattern tries in vain)
            for match in DEFINED_ACRONYM.finditer(block.text) if bracket else ():
                acronym, words = match.group(2), match.group(1).split()
                for i, word in enumerate(words):  # the longest run of words that spells it
                    phrase = " ".join(words[i:]).rstrip(",")
                    initials = "".join(w[0] for w in words[i:] if w[:1].isupper()).upper()
                    if word[:1].isupper() and sorted(initials) == sorted(acronym):
                        _add(found, acronym, phrase, title_words)
                        break
    lead = article.sections[0].blocks[:1] if article.sections else []
    alias = ALIAS_ACRONYM.search(lead[0].text) if lead else None
    if alias:  # "often referred to simply by the abbreviation NDH" (R110)
        _add(found, alias.group(1), plain_title(article.title), title_words)
    _written_out(article, found, title_words)
    return found


def _written_out(article: Article, found: dict[str, Acronym], title_words: set[str]) -> None:
    """Acronyms of three letters or more the article uses without defining, where it writes one
    name whose words' initials spell it ("GRC's successor" after "the Geophysical Research
    Corporation", R84)."""
    text = " ".join(b.text for section in article.sections for b in section.blocks)
    uses = Counter(UPPER_WORD.findall(text))
    wanted = {a for a, n in uses.items() if n <= 2} - set(found)  # (not "NHL" in every
    if not wanted:  # paragraph of a hockey player's article: the article's own word)
        return
    spelt: dict[str, set[str]] = {}  # initials -> the names that spell them (wanted ones)
    for run in NAME_RUN.finditer(text):
        found_run = run.group()
        words = [(w.start(), w.end()) for w in CAPITALISED.finditer(found_run)]
        initials = "".join(found_run[start] for start, _ in words)
        for i in range(len(words)):
            for j in range(i + 2, min(i + 6, len(words)) + 1):
                if initials[i:j] in wanted:
                    name = found_run[words[i][0] : words[j - 1][1]]
                    spelt.setdefault(initials[i:j], set()).add(name)
    for acronym in wanted:
        if len(spelt.get(acronym, ())) == 1:
            _add(found, acronym, spelt[acronym].pop(), title_words)


NAME_RUN = Quick(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|de)\s+)*[A-Z][a-z]+)+")
CAPITALISED = re.compile(r"[A-Z][a-z]+")
CAPITALS = re.compile(r"[A-Z]{2,6}")
UPPER_WORD = Quick(r"\b[A-Z]{3,6}\b")  # "GRC"
OPEN_BEFORE = re.compile(r"\((?:the )?$")  # a link right after an opening bracket


# After a link: "(FAPLA)", or another name first: "(Universitas Indonesia, or UI)".
LINK_ACRONYM = re.compile(r" \((?:[^()]{0,60}?,? or )?([A-Z]{2,6})[);]")  # ("(LCDR; the ...)")
INNER_ACRONYM = re.compile(r",? or ([A-Z]{2,6})\)")  # "(the [[Canadian Pacific Railway]] or CPR)"
ALIAS_ACRONYM = re.compile(  # the subject's own letters, as its lead gives them
    r"\b(?:known|referred to)(?: simply)?(?: by the (?:abbreviation|acronym|initials)| as(?: the)?)"
    r" ([A-Z]{2,6})\b(?! [A-Z])"
)


HONOUR = re.compile(r"(?:Order|Member|Officer|Commander|Knight|Dame|Companion|Fellow)\b")  # "OBE"
# after a name is a post-nominal, never written out ("Prost Order of the British Empire (OBE)")


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the capitalised words' initials are the acronym's letters, in order; or each
    such word (but a leading "The") gives its initial and, where the acronym has more letters
    than words, the next ones from inside it ("HHGG": The HitcHhiker's Guide to the Galaxy)."""
    named = [w.lower() for w in words if w[:1].isupper()]
    if len(words) < 2:
        return False
    if "".join(w[0] for w in named).upper() == acronym:
        return True
    named = named[1:] if named[:1] == ["the"] else named
    letters = list(acronym.lower())
    for index, word in enumerate(named):
        if not letters or word[0] != letters.pop(0):
            return False
        inside = word[1:]
        while letters and len(letters) > len(named) - index - 1 and letters[0] in inside:
            inside = inside[inside.index(letters.pop(0)) + 1 :]
    return len(named) >= 2 and not letters


def _add(
    found: dict[str, Acronym],
    acronym: str,
    phrase: str,
    title_words: set[str],
    article: bool = True,
) -> None:
    if acronym.lower() in title_words or HONOUR.match(phrase):
        return  # the title's own word ("ASCII"); the subject's letters are written out (R39:
        # "The VHEMT platform", in the Voluntary Human Extinction Movement's article)
    phrase = re.sub(r"['’]s$", "", phrase)  # "the Palestine Liberation Organization's (PLO)
    found.setdefault(acronym, Acronym(phrase, article))  # National Council": no "'s" (R85)


def spell_out(text: str, links: list[Link], acronyms: dict[str, Acronym]) -> tuple[str, list[Link]]:
    """``text`` with each defined acronym it uses alone written out once: "the SDF prevented"
    -> "the Sudan Defence Force (SDF) prevented" (a reader meets it once, paragraphs before)."""
    for acronym, (phrase, article) in acronyms.items():
        if acronym not in text:
            continue
        match = re.search(rf"\b{acronym}s?\b(?! \()", text)  # "among BGLOs" (R63)
        if match is None or phrase in text:
            continue
        if re.search(r"\b[A-Z]{2,5},? $", text[: match.start()]) or re.match(
            r",? [A-Z]{2,5}\b| [A-Z][a-z]", text[match.end() :]
        ):
            continue  # post-nominal letters: "Maurice Richard PC OC OQ" (R34); part of a
            # name: "IIT Kanpur" (not "Indian Institutes of Technology (IIT) Kanpur", R119)
        bare = not re.search(  # (nor after a name: "the Chicago Combined Statistical Area")
            r"\b(?:[Tt]he|[Aa]n?|its|their|his|her|[A-Z][\w'-]*)\s$", text[: match.start()]
        )
        before = text[: match.start()].split()[-1:]
        after = text[match.end() :].split()[:1]
        noun = (  # not a noun's modifier: "longtime UCC member", "the July 2005 UCC resolutions"
            not before
            or before[0].lower() in FUNCTION_WORDS
            or re.search(r"ed$|[^s]s$|,$", before[0])
            or (after and after[0] in FUNCTION_WORDS)
            or re.match(r"['’]s\b", text[match.end() :])  # "won RIBA's medal"
        )
        first = phrase.split()[0]
        the = (
            "the "
            if bare and noun and article and known_word(first.lower()) and not given_name(first)
            else ""
        )
        the = the.capitalize() if match.start() == 0 else the  # ("The Internationalizing ...")
        at, end = match.start(), match.end()
        if re.match(r"['’]s\b", text[end:]):  # "the Geophysical Research Corporation's
            written = f"{the}{phrase}'" + ("" if phrase.endswith("s") else "s")  # successor"
            end += 2  # (not "Corporation (GRC)'s"; "Architects'")
        else:  # "By 1976 the Armed Forces for the ... (FAPLA) had"
            written = f"{the}{phrase} ({match.group()})"
        text, shift = f"{text[:at]}{written}{text[end:]}", len(written) - (end - at)
        links = [
            Link(lk.start + shift, lk.end + shift, lk.target)
            if lk.start >= end
            else Link(lk.start, lk.end + shift, lk.target)
            if lk.end > at
            else lk
            for lk in links
        ]
    return text, links


CODE = re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])\w[\w-]*\w\b")


def codes(text: str) -> set[str]:
    """The codes of letters and digits in ``text`` ("4A", "B-52", "PS3"): a name that shares
    one with the title repeats it ("4A Games" developed the 4A Engine, R290)."""
    return set(CODE.findall(text))


def initialled(name: str, title: str) -> bool:
    """A name of two words or more whose initials the title's acronym holds: "British
    Columbia" of "UBC Okanagan" (the University of British Columbia), "New York" of "NYU
    Tandon": the title gives it away (R458)."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2 or len(words) != len(name.split()):
        return False
    letters = "".join(w[0] for w in words)
    return any(letters in token for token in re.findall(r"\b[A-Z]{2,6}\b", title))
