"""What kind of thing each name in an article is, read from the wikitext itself: the link
target's disambiguator ("Queen (band)"), the role before the name ("guitarist Brian May",
"the goddess Athena"), the name's own head noun ("River Thames", "Bodmin College"), an
appositive ("St. Peter's School, a boarding school"), and the list it sits in."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from quiz.generator.gazetteer import gazetteer_type
from quiz.generator.lexicon import concept_type, demonym, given_name, known_noun
from quiz.generator.typeclues import (
    GENERIC_WORDS,
    PERSON_AFTER,
    PERSON_ROLES,
    PLACE_BEFORE,
    TOWN_HEADS,
    appositive_type,
    calling,
    coarse_of,
    disambiguator_type,
    head_type,
    person_like,
    role_before,
)
from quiz.text import fold

# re.search(r"[A-Z][\w'.-]* $", text) read backwards (text[::-1]): only the end is looked at.
CAPITALISED_BEFORE = re.compile(r"\n? [\w'.-]*[A-Z]")
LONE_CAPITALISED = re.compile(r"\b([A-Z][a-z]+)\b(?! [A-Z])")
THE_BEFORE = re.compile(r"\b[Tt]he $")
DISAMBIGUATOR = re.compile(r"\s*\([^)]*\)$")
FIRM_SUFFIX = re.compile(r"(?:[A-Z]\.)+|[A-Z]{2,3}|Inc\.|Ltd\.?|plc")


def the_before(text: str, at: int) -> re.Match[str] | None:
    """THE_BEFORE's match in ``text[:at]``, looked for only where the text ends as it must."""
    return THE_BEFORE.search(text, 0, at) if text.endswith(("he ", "he \n"), 0, at) else None


@dataclass
class EntityTypes:
    """Types of the names of one article: a fine type ("guitarist", "river") and a coarse one
    ("person", "place", "building", "org", "event", "award", "work")."""

    fine: dict[str, str] = field(default_factory=dict)
    coarse: dict[str, str] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)  # surface -> link target
    mentions: Counter[str] = field(default_factory=Counter)  # how often each name appears
    sure: set[str] = field(default_factory=set)  # names whose kind the wikitext states
    callings: dict[str, set[str]] = field(default_factory=dict)  # "(actor)": typeclues.calling

    def same_thing(self, a: str, b: str) -> bool:
        """Two names that may refer to the same thing ("Red Army" / "Soviet Red Army")."""
        fa, fb = fold(a), fold(b)
        if not fa or not fb or fa == fb or fa in fb or fb in fa:
            return True
        ta, tb = self.targets.get(a), self.targets.get(b)
        if ta and tb and fold(ta) == fold(tb):
            return True
        if ta and fold(ta) == fb or tb and fold(tb) == fa:
            return True
        wa, wb = set(fa.split()), set(fb.split())
        shared = {w for w in wa & wb if len(w) >= 4 and w not in GENERIC_WORDS}
        return bool(shared)

    def kind_of(self, name: str) -> tuple[str, str]:
        return self.fine.get(name, ""), self.coarse.get(name, "")


NOT_SURNAME = re.compile(r"(?:ity|ism|ology|ics|tion|ment|ness|ship)$")


class TypeCollector:
    """Collects type evidence for names as the article's sentences go by."""

    def __init__(self) -> None:
        self.types = EntityTypes()
        self.votes: dict[str, Counter[str]] = {}
        self.sure_votes: dict[str, set[str]] = {}
        self.lone_words: set[str] = set()
        # A name linked both to itself and to a disambiguated page ("[[St. Anger]]" the album,
        # "[[St. Anger (song)|St. Anger]]"): the disambiguator does not say which one is meant.
        self.disambiguated: dict[str, list[str]] = {}
        self.primary: set[str] = set()
        self.with_the: set[str] = set()

    def text(self, text: str) -> None:
        """A sentence of the article: capitalised words used alone (surnames) are noted."""
        for match in LONE_CAPITALISED.finditer(text):
            before = text[: match.start()]
            if match.start() > 0 and not CAPITALISED_BEFORE.match(before[::-1]):
                self.lone_words.add(match.group(1))

    def vote(self, name: str, fine: str, weight: int = 1, sure: bool = False) -> None:
        """Evidence that ``name`` is a ``fine``; ``sure`` evidence (a disambiguator, the name's
        own head noun, a role or title before it, an ISO country list) may pick choices."""
        if fine:
            self.votes.setdefault(name, Counter())[fine] += weight
            if sure:
                self.sure_votes.setdefault(name, set()).add(fine)

    def see(self, text: str, start: int, end: int, target: str = "") -> None:
        """One mention of the name at ``text[start:end]``."""
        name = text[start:end]
        self.types.mentions[name] += 1
        if the_before(text, start):
            self.with_the.add(name)  # "The Zoologischer Garten Berlin is ...": no person
        if target:
            self.types.targets.setdefault(name, target)
            self.disambiguate(name, target)
            located = re.fullmatch(r"[^,()]+, ([^,()]+)", target)
            region = gazetteer_type(located.group(1)) if located else ""
            head = head_type(name)  # (a town in a state may be named after a feature or station)
            if region in ("state", "province", "country") and (not head or head in TOWN_HEADS):
                self.vote(name, "city", 3)  # "Vaughan, Ontario", "College Station, Texas" (not
                # "Hempstead, Essex": a county's village, R125)
            kind = head_type(re.sub(r"\s*\([^)]*\)$", "", target))
            named = bool(kind) and kind in name.lower().split()  # "University Paris Diderot"
            self.vote(name, kind, 2 if named else 1, sure=named)
        if name[:1].isupper():  # ("ruling princes abdicated": no prince named "abdicated")
            self.vote(name, role_before(text, start), 2, sure=True)
        self.vote(name, head_type(name), 2, sure=True)
        self.vote(name, appositive_type(text, end), 2, sure=True)
        place = gazetteer_type(name)  # a region's name is often its city's too (Paris, Lima)
        self.vote(name, place, 4 if place == "country" else 1, sure=place == "country")
        self.vote(name, concept_type(name), 2, sure=True)
        if person_like(name) and PERSON_AFTER.match(text[end:]):
            self.vote(name, "person", 2)  # "Bomi (1908-2003)", "X said", "X, who ... his"
        if PLACE_BEFORE.search(text[:start]) and not head_type(name) and name[:1].isupper():
            self.vote(name, "city", 1)  # "born in Dallas", "headquartered in Toronto"
        thing = the_before(text, start) or gazetteer_type(name.split()[-1])
        # ("The German Grand Prix", "Roman Britain": no Germán, no Roman, R34)
        if person_like(name) and given_name(name.split()[0]) and not head_type(name) and not thing:
            self.vote(name, "person", 3)  # "Gordon Brown": a given name first

    def link(self, name: str, target: str) -> None:
        """A link anywhere in the article, in a sentence used or not: what its target says
        the name is (the clubs of a club's article besides the few its used sentences name)."""
        self.types.mentions[name] += 0  # (known to finish(), not counted as a mention)
        bare = DISAMBIGUATOR.sub("", target) if "(" in target else target
        self.disambiguate(name, target)
        suffix = bare.split()[-1] if " " in bare else ""
        if FIRM_SUFFIX.fullmatch(suffix) and set(name.lower().split()) <= set(bare.lower().split()):
            self.vote(name, head_type(bare), 2, sure=True)  # "[[Rangers F.C.|Rangers]]"

    def disambiguate(self, name: str, target: str) -> None:
        """A link's disambiguator ("Queen (band)") as sure evidence, kept apart (see finish)."""
        if target == name:
            self.primary.add(name)
        if work := calling(target):
            self.types.callings.setdefault(name, set()).add(work)
        kind = disambiguator_type(target)
        if kind:
            self.disambiguated.setdefault(name, []).append(kind)
            self.vote(name, kind, 3, sure=True)

    def person_score(self, name: str) -> int:
        """Evidence that a two- or three-word name with no other kind is a person's: linked,
        its last word used alone elsewhere (a surname), and not an English noun ("Star")."""
        last = name.split()[-1]
        score = int(name in self.types.targets) + int(last in self.lone_words)
        if known_noun(last.lower()) or demonym(last) or NOT_SURNAME.search(last):
            score -= 2  # "Star", "Arabic Christianity", "American English": no surnames (R34)
        return score

    def coordinated(self, text: str, names: list[tuple[int, int]]) -> None:
        """Names joined by commas and "and"/"or" in one sentence are of one kind."""
        run: list[str] = []
        last_end = -1
        for start, end in sorted(names):
            if last_end >= 0 and re.fullmatch(r",? (?:and |or )?|, ", text[last_end:start]):
                run.append(text[start:end])
            else:
                if len(run) >= 3:
                    self.group(run)
                run = [text[start:end]]
            last_end = end
        if len(run) >= 3:
            self.group(run)

    def group(self, members: list[str]) -> None:
        """Names listed together are of one kind: each gets the kind most of them have."""
        counts: Counter[str] = Counter()
        for member in members:
            counts.update(self.votes.get(member, Counter()))
        if counts:
            fine = counts.most_common(1)[0][0]
            for member in members:
                if not self.votes.get(member):
                    self.vote(member, fine, 1)

    def finish(self) -> EntityTypes:
        for name in self.primary & set(self.disambiguated):
            for kind in self.disambiguated[name]:  # (votes the disambiguators gave taken back)
                self.votes[name][kind] -= 3
                if self.votes[name][kind] <= 0:
                    del self.votes[name][kind]
                    self.sure_votes.get(name, set()).discard(kind)
        for name in self.types.mentions:
            votes = self.votes.get(name)
            if votes:
                fine = votes.most_common(1)[0][0]
                roles = [r for r, _ in votes.most_common() if r in PERSON_ROLES and r != "person"]
                if fine == "person" and roles:
                    fine = roles[0]  # "guitarist Brian May": the role says more than "person"
            elif person_like(name) and self.person_score(name) >= 2 and name not in self.with_the:
                fine = "person"
            else:
                continue
            self.types.fine[name] = fine
            self.types.coarse[name] = coarse_of(fine)
            places = {k for k in (votes or {}) if coarse_of(k) == "place"}
            if len(places) > 1 and coarse_of(fine) == "place":
                continue  # "New York": the state in one sentence, the city in another
            if fine in self.sure_votes.get(name, set()) or (
                fine in PERSON_ROLES and self.sure_votes.get(name, set()) & PERSON_ROLES
            ):
                self.types.sure.add(name)
        return self.types
