"""The people an article names in full, found by the one word it may later call them by."""

from __future__ import annotations

import re
from collections import Counter

from quiz.generator.article import Article, Link
from quiz.generator.firstchar import Quick, first_char
from quiz.generator.gazetteer import gazetteer_type
from quiz.generator.lexicon import demonym, given_name, known_word
from quiz.generator.spans import NOT_NAMES, PROPER_NAME
from quiz.generator.templates import MONTHS
from quiz.generator.typeclues import TITLE_BEFORE, head_type

INITIALLED = first_char(
    r"(?<![\w.])[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+\b(?![ -][A-Z])"
)  # "John H. Towers" (whom "Captain Alfred Read relieved Towers" means)


def people_by_name(article: Article) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The people the article names in full, by surname and by given name ("Omar" for "Omar
    Butti"; not a word linked alone to something else: "moved to [[Illinois]]" is no "Douglas
    of Illinois"); and apart, those named with a rank or title, by surname ("Holburne" ->
    "Vice-Admiral Holburne")."""
    found: dict[str, set[str]] = {}
    titled: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    alone: set[str] = set()
    unsure: dict[str, set[str]] = {}  # names whose first word the lexicon does not know
    for section in article.sections:
        for block in section.blocks:
            named = [*PROPER_NAME.finditer(block.text), *INITIALLED.finditer(block.text)]
            for match in named:
                words = match.group().split()
                if words[-1] in MONTHS:  # "married Leah Atwood April 8, 1787": no "April"
                    continue
                initialled = match.re is INITIALLED  # ("John H. Towers": no "towers")
                typed = not initialled and head_type(match.group())
                if demonym(words[-1]) or typed or not words[-1].istitle():
                    continue  # "Even English", "Royal Canadian Navy" (not "by Navy pilots")
                if gazetteer_type(words[-1]):
                    continue  # "Christian Russia": "Russia and Georgia" had become "Christian
                    # Russia and Georgia" (R34)
                if " of " in match.group():
                    continue  # "Douglas of Illinois": no one's surname
                if any(TITLE_BEFORE.search(f"{w} ") for w in words):
                    while words[0] in NOT_NAMES:  # ("As King William" opening a sentence)
                        words = words[1:]
                    if not TITLE_BEFORE.search(f"{words[-1]} ") and not (
                        len(words) == 2 and given_name(words[-1])
                    ):  # "Vice-Admiral Holburne", "Sir Edgar Whitehead"; not "King Harold"
                        titled.setdefault(words[-1], set()).add(" ".join(words))
                    continue
                if 2 <= len(words) <= 3 and words[0] not in NOT_NAMES and given_name(words[0]):
                    found.setdefault(words[-1], set()).add(match.group())
                    if not gazetteer_type(words[0]) and not known_word(words[-1].lower()):
                        firsts.setdefault(words[0], set()).add(match.group())
                elif 2 <= len(words) <= 3 and words[0] not in NOT_NAMES:
                    unsure.setdefault(words[-1], set()).add(match.group())  # "Mohandas Gandhi"
            for link in block.links:
                surface = block.text[link.start : link.end]
                if " " not in surface and " " not in link.target.strip():
                    alone.add(surface)  # "[[Illinois]]", not "[[Roger Federer|Federer]]"
    for word in found.keys() & unsure.keys():  # "Gandhi": Indira, and Mohandas (R88)
        found[word] |= unsure[word]
    text = " ".join(b.text for section in article.sections for b in section.blocks)
    alone_uses = Counter(ALONE.findall(text))
    for word, fulls in firsts.items():  # not "Anne" (Queen Anne, everywhere) for "Anne Sophia"
        if alone_uses[word] <= sum(text.count(full) for full in fulls):
            found.setdefault(word, set()).update(fulls)
    institutions = set(INSTITUTION_NAMED.findall(text))  # "Rutgers College": "Rutgers was
    # named as the residuary legatee" is no "Richard P. Rutgers" (R42)
    people = {w: fulls for w, fulls in found.items() if w not in alone and w not in institutions}
    titled = {w: f for w, f in titled.items() if w not in alone and w not in institutions}
    return people, titled


ALONE = Quick(r"(?<![\w'’-])([A-Z][a-z]+)\b(?![ -][A-Z])")  # a capitalised word alone
INSTITUTION_NAMED = Quick(
    r"\b([A-Z][a-z]+) (?:University|College|School|Institute|Company|Corporation|Hospital|"
    r"Foundation|Motors|Records|Studios|Hall|Library|Museum)\b"
)


def lone_given_name(text: str, own: str, prose: str) -> bool:
    """A person called by a given name alone beside the subject, never introduced in the
    sentence: "In 1948 Hemingway and Mary travelled to Europe" (which Mary? R80); not a surname
    the ``prose`` so far wrote after a given name ("Susannah Constantine")."""
    name = re.escape(own)
    pattern = rf"\b{name} and ([A-Z][a-z]+)\b(?! [A-Z])|\b([A-Z][a-z]+) and {name}\b"
    for match in re.finditer(pattern, text):
        given = match.group(1) or match.group(2)
        before = text[: match.start()].split()
        if match.group(2) and before and before[-1][:1].isupper() and before[-1] != "In":
            continue  # "Queen Mary and Hemingway": a name of two words
        surname = re.search(rf"\b[A-Z][a-z]+ {given}\b", prose)  # written after a given name
        if given_name(given) and given not in NOT_NAMES and not surname:  # ("Woodall and
            # Constantine": Susannah Constantine's surname)
            return True
    return False


# A capitalised word alone, not part of a longer name: "Smith, Field and others", "by Holburne".
LONE_WORD = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})\b(?![ -][A-Z]|[\w-])")

NAME_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|von|van|de|du|der|den|da|di|del|la|le) $")
PLACE_OF = re.compile(r"\b[A-Z][\w'’-]* of $")  # "Gulf of", "School of Law" (not "Tor Ekeland
# Law", a firm the article names, R265)


KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|son|daughter|brother|sister|father|mother|partner|fianc[ée]e?),? $"
)


NICKNAME_AFTER = re.compile(r" [\"'“‘][^\"'”’]{1,25}[\"'”’] [A-Z]")


def bare_names(
    text: str, links: list[Link], people: dict[str, set[str]], titled: dict[str, set[str]], own: str
) -> tuple[str, list[Link]] | None:
    """ "... co-wrote with Solon" -> "... with Laura Solon", "as instructed by Holburne" -> "by
    Vice-Admiral Holburne" when the article names one person of that surname (``people``, else
    ``titled``); None when it names several; words that are no one's surname stay (R87)."""
    found: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for match in LONE_WORD.finditer(text):
        word, at = match.group(1), match.start(1)
        before = text[:at]
        fulls = people.get(word) or titled.get(word, set())
        if at == 0 or not fulls or word in own or any(f in text for f in fulls):
            continue
        after = re.finditer(rf"([A-Z][\w'’.-]*)[\"”’]? {word}\b", text)  # ("By Holburne's": no)
        if word in seen or any(m.group(1) not in NOT_NAMES for m in after):
            continue  # named in full in the sentence ("Justin Timberlake ... Timberlake's")
        seen.add(word)
        if NAME_BEFORE.search(before) or before.count('"') % 2 or PLACE_OF.search(before):
            continue  # "von Braun", "the Field government"; a quotation keeps its words
        if NICKNAME_AFTER.match(text, match.end(1)):
            continue  # "Konstantin 'Kostya' Borovsky": the name goes on (R294)
        if KIN_BEFORE.search(before):
            continue  # "married his wife Terry": his family, not the article's Terry Nichols
        if any(lk.start <= at < lk.end for lk in links):
            continue  # a linked name says what it is
        pair = re.search(r"\b([A-Z][a-z]+) and $", before)
        if pair and pair.group(1) not in own:
            continue  # "In Matthew and Mark": two single names (not "John Mark")
        if len(fulls) != 1:
            return None
        found.append((at, match.end(1), next(iter(fulls))))
    for start, end, full in reversed(found):
        shift = len(full) - (end - start)
        text = text[:start] + full + text[end:]
        links = [
            Link(lk.start + shift, lk.end + shift, lk.target) if lk.start > start else lk
            for lk in links
        ]
    return text, links


WORD = re.compile(r"\w+")


def bare_given_name(text: str, prose: str, own: str) -> bool:
    """A person met before, called by a given name alone: "the priory founded by Miles in 1136"
    (Miles de Gloucester, named paragraphs before; R200): the ``prose`` so far writes the name
    before a surname, never as a surname itself, or it names rulers so ("Nicholas II")."""
    for match in LONE_WORD.finditer(text):
        word, at = match.group(1), match.start(1)
        before = text[:at]
        if at == 0 or word in WORD.findall(own) or word in NOT_NAMES or demonym(word):
            continue
        if not given_name(word) or NAME_BEFORE.search(before) or PLACE_OF.search(before):
            continue
        if KIN_BEFORE.search(before):
            continue
        if re.search(r"[A-Z][\w'’.-]*,? $|\d $", before) or before.count('"') % 2:
            continue  # part of a longer name or a list of names, a date, a quotation
        if re.match(r" (?:de|of|von|van|le|la|du) [A-Z]", text[match.end(1) :]):
            continue  # named in full: "Eleanor of Aquitaine"
        if re.search(rf"\b{word} [IVX]+\b", prose):
            return True  # "with Nicholas's sudden death", where Nicholas I and II reign (R351)
        full = rf"\b{word} (?:(?:de|of|von|van|le|la|du) )?([A-Z][a-z]+)\b"
        first = next((m for m in re.finditer(full, prose) if not known_word(m[1].lower())), None)
        alone = re.search(rf"\b{word}\b(?! (?:(?:de|of|von|van|le|la|du) )?[A-Z])", prose)
        if first and (not alone or alone.start() > first.start()) and not _surname(word, prose):
            return True  # (not Anne, named alone before her daughter Anne Sophia)
    return False


PERSON = re.compile(r"\b([A-Z][a-z]+)(?: [A-Z][a-z]+){1,2}\b")


def without_people(text: str) -> str:
    """``text`` without possessive names and names that open with a given name ("At Crowley's
    bidding, Parsons replaced Wilfred Talbot Smith as"; "Reinhardt College" stays)."""
    text = re.sub(r"\b[A-Z][a-z]+['’]s\b", "", text)
    return PERSON.sub(lambda m: "" if _given(m.group(1), m.group()) else m.group(), text)


def _given(word: str, name: str) -> bool:
    plain = word not in NOT_NAMES and not known_word(word.lower())
    return plain and bool(given_name(word)) and not head_type(name)


def given_names_pair(text: str, prose: str, own: str) -> bool:
    """Two people called by given names alone: "When Charles and Francis made peace in 1539"
    (Charles V and Francis I, named paragraphs before; R89); not surnames the ``prose`` writes
    after a given name."""
    for match in re.finditer(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+)\b(?![ -][A-Z])", text):
        before = text[: match.start()].split()
        if before and before[-1][:1].isupper() and before[-1] not in NOT_NAMES:
            continue  # "Queen Mary and Elizabeth"
        if before and KIN.fullmatch(before[-1].rstrip(",:")):
            continue  # "her brothers Ben and Henry": introduced here
        if any(name in own.split() for name in match.groups()):
            continue  # "In 1702 George and Anne retired" in George Oldenburg's article
        if all(_given(name, name) and not _surname(name, prose) for name in match.groups()):
            return True
    return False


def _surname(name: str, prose: str) -> bool:
    """``prose`` writes ``name`` after a given name ("Susannah Constantine"; not "King Charles")."""
    return any(
        _given(m.group(1), m.group()) for m in re.finditer(rf"\b([A-Z][a-z]+) {name}\b", prose)
    )


KIN = re.compile(
    r"(?:brother|sister|son|daughter|child|twin|parent|sibling|cousin|friend)s|children|named|called"
)


def full_name(
    text: str, links: list[Link], names: list[tuple[str, str]]
) -> tuple[str, list[Link]] | None:
    """ "Waller lost ..." -> "William Waller lost ..." when the paragraph so far named exactly
    one person (two or three capitalised words) with that surname; else None."""
    word = text.split(" ", 1)[0]
    found = {
        surface
        for surface, _ in names
        if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", surface)
        and surface.split()[-1] == word
        and surface.split()[0] not in NOT_NAMES
    }
    if len(found) != 1:
        return None
    full = found.pop()
    shift = len(full) - len(word)
    moved = [Link(lk.start + shift, lk.end + shift, lk.target) for lk in links if lk.start > 0]
    return full + text[len(word) :], moved
