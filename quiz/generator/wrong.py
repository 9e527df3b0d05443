"""Wrong values for an answer: three choices of the answer's kind for a multiple-choice item,
and the names and years a false statement may put in its place."""

from __future__ import annotations

import random
import re
from functools import lru_cache

from quiz.generator import answers, checks, firstchar, nocase
from quiz.generator.choices import (
    date_choices,
    number_choices,
    pick_unreadable,
    readable,
    target_rank,
    year_choices,
)
from quiz.generator.derive import numbers_in
from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Facts, Sentence, prose_sentences
from quiz.generator.gazetteer import continent_of, outside_continent, same_country
from quiz.generator.lexicon import AGE, FUNCTION_WORDS, former_state_years, known_word
from quiz.generator.lifetime import infobox_year, lead_life
from quiz.generator.salience import MINOR_STEP
from quiz.generator.spans import Span
from quiz.generator.templates import MONTHS
from quiz.generator.typeclues import family, other_calling
from quiz.text import normalize


def heading_years(section: str) -> tuple[int, int] | None:
    """The years a section's heading spans ("Band history > 1990s": 1990-1999, "Tour
    (1981–1982)"), or None."""
    bounds: list[int] = []
    for match in re.finditer(r"\b(1\d{3}|20\d{2})(s)?\b", section):
        start = int(match.group(1))
        bounds += [start, start + 9] if match.group(2) else [start]
    for match in re.finditer(r"(?i)\b(1\d|2[01])(?:st|nd|rd|th) century\b", section):
        start = (int(match.group(1)) - 1) * 100  # "History > 21st century": 2000-2099
        bounds += [start, start + 99]
    return (min(bounds), max(bounds)) if bounds else None


# A holder of a high office named by it: the years of the office pin any date beside it
# ("Following French President Nicolas Sarkozy's visit in 1993": false at a glance, R10).
OFFICE_HOLDER = re.compile(
    r"\b(?:President|Prime Minister|Pope|King|Queen|Emperor|Empress|Chancellor|Premier|"
    r"Tsar|Shah|Sultan|Secretary-General) (?:[A-Z][\w.'-]+ ){0,3}[A-Z][\w'-]+"
)
# Events a subject may go through more than once: "returned to England" (which return?).
AGAIN_EVENT = firstchar.Quick(
    r"\b(?:return(?:ed|s|ing)?|(?:came|went|moved|got) back|rejoin(?:ed|s)?)\b"
)
# A deal done once: the same one dated otherwise elsewhere leaves two years (see dated_elsewhere).
ONE_TIME = firstchar.Quick(r"\b(?:acquired|bought|purchased|merged with|took over)\b")
# A sentence about a presidential election, a debate or a campaign.
PRESIDENTIAL = re.compile(
    r"(?i)\b(?:vice[- ])?presidential (?:election|debate|campaign|race|primar|nomination|bid)"
    r"|\bran for (?:the )?(?:vice[- ])?president"
    r"|\b(?:nominee|candidate|running mate) for (?:the )?(?:vice[- ])?president"  # (R115)
)
# Games every four years: "the Summer Olympics in 1918", "its Olympic team in 1963" (R13, R109).
OLYMPIAD = re.compile(r"\b(?:Olympics?|Olympiad|Olympic Games|World Cup|Commonwealth Games)\b")
# Infobox fields that date an organisation's start (a band's "years active": R10 found "a video
# on YouTube in 2004" for a band formed in 2010).
FOUNDING_FIELDS = frozenset(
    "founded foundation established formed launched opened years_active yearsactive released "
    "release_date first_release introduced premiered first_aired launch launch_date debut "
    "first_flight ship_laid_down".split()
)
REFORMED = frozenset("current_form reformed re-established reestablished refounded".split())
# (a pure function, asked for every name of the article for every name answer)
shares_title = lru_cache(maxsize=4096)(answers.shares_title)


def election_years(text: str) -> set[int]:
    """The years beside the words of a presidential election: "the 1988 presidential election",
    "ran for President in 2000" (not every year of the sentence: "born in 1947")."""
    return {
        int(y)
        for match in PRESIDENTIAL.finditer(text if nocase.may_contain(text, "president") else "")
        for y in answers.YEAR_IN_TEXT.findall(text[max(0, match.start() - 12) : match.end() + 20])
    }


class WrongValues:
    """Choices and swaps for one article, with the article-wide lookups they need."""

    def __init__(self, facts: Facts, types: EntityTypes) -> None:
        self.facts = facts
        self.types = types
        self.title = normalize(facts.title)
        self.years = sorted(
            {int(s.text) for sent in facts.sentences for s in sent.spans if s.type == "year"}
        )
        written = "" if self.years else " ".join([facts.prose, *(f.value for f in facts.infobox)])
        told_years = map(int, answers.YEAR_IN_TEXT.findall(written))  # (no year of a sentence the
        self.latest = self.years[-1] if self.years else max(told_years, default=2100)  # bank
        # uses: the text's and the infobox's, "Term start: May 2014", not 2100 and 2046, R323)
        # The years each section writes (a false year is none of its own section's).
        self.section_years: dict[str, frozenset[int]] = {}
        for sent in facts.sentences:
            found = {int(y) for y in answers.YEAR_IN_TEXT.findall(sent.text)}
            self.section_years[sent.section] = (
                self.section_years.get(sent.section, frozenset()) | found
            )
        # Presidential elections told: a fixed term shows one remainder by 4 (not Ukraine's 5).
        told = prose_sentences(facts.prose)
        self.election_years = frozenset(y for t in told for y in election_years(t))
        self.returns = len(AGAIN_EVENT.findall(facts.prose))  # (see repeated_event)
        self.deeds = [t for t in told if ONE_TIME.search(t) and answers.YEAR_IN_TEXT.search(t)]
        lead_born, lead_died = lead_life(facts.prose, facts.subject.person)  # (no infobox, R123)
        self.born = infobox_year(facts.infobox) or lead_born
        self.died = infobox_year(facts.infobox, "death_date") or lead_died
        self.founded = None if facts.subject.person else self.founding_year(facts)
        # An organisation formed anew ("Current form: 9 October 1991"): a deed after that is
        # never moved before it ("In July 1983, Azerbaijan ratified the CFE Treaty": 1992).
        self.refounded = None if facts.subject.person else self.founding_year(facts, REFORMED)
        # With no such field, the lead's first year ("built for the 1965 season"): no choice
        # from before the thing existed for a deed after it (R33: the BT19 "not raced after
        # 1961"). A person's lead years are their life's.
        lead = [
            int(y)
            for t in facts.sentences
            if not t.section
            for y in answers.YEAR_IN_TEXT.findall(t.text)
        ]
        self.lead_first = min(lead) if lead and not facts.subject.person else None
        self.dates = sorted(
            {s.text for sent in facts.sentences for s in sent.spans if s.type == "date"}
        )
        # A work's year, from its link or its bracket: "[[Angels & Demons (2009 film)|...]]",
        # "Starter for Ten (2006)": no choice released after the sentence's year (R19).
        self.released: dict[str, int] = {}
        for name, target in ((n, t) for n, t in facts.links if ")" in t):  # (as it ends)
            year = re.search(r"\((\d{4}) (?:film|album|song|novel|book|play|video game)\)$", target)
            if year:
                self.released.setdefault(name, int(year.group(1)))
        names = {name for name, _ in facts.links}
        for match in re.finditer(r" \((\d{4})\)", facts.prose):
            before = facts.prose[max(0, match.start() - 60) : match.start()]
            for name in (n for n in names if before.endswith(n)):
                self.released.setdefault(name, int(match.group(1)))
        # When each name appears (the years of its sentences) and whether it takes "the".
        self.name_years: dict[str, set[int]] = {}
        self.with_the: dict[str, bool] = {}
        for sent in facts.sentences:
            years = {int(y) for y in answers.YEAR_IN_TEXT.findall(sent.text)}
            for span in sent.swappable:
                if span.type == "entity":
                    self.name_years.setdefault(span.text, set()).update(years)
                    the = sent.text[max(0, span.start - 4) : span.start].lower() == "the "
                    self.with_the[span.text] = self.with_the.get(span.text, False) or the

    def year_anchors(self, sentence: Sentence, span: Span) -> list[int]:
        """Years a wrong year must not cross: the sentence's other years, the subject's
        childhood, birth or death, or the years before it was founded."""
        anchors = answers.other_years(sentence, span)
        year = re.search(r"\d{4}", span.text) if span.type in ("year", "date") else None
        if year and self.born and (grown := int(year.group()) - self.born) > 0:  # none from
            anchors = [*anchors, self.born + (15 if grown > 15 else max(0, grown - 2))]
            # (none from childhood: a band formed at 13 had choices at 8 and 9, R187), nor
            # before the birth for a child's deed ("In 1406 John married", born 1398: R123)
        born = self.born if year and int(year.group()) == self.born else None  # (the birth's)
        if born and re.search(r"\bborn\b", sentence.text):
            anchors = [*anchors, born + 1]  # earlier ("born in 1995", drafted 2007: R121)
        elif born and (later := [y for y in self.years if y > born + 10]):
            anchors = [*anchors, max(born + 1, min(later) - 18)]  # not born after the first
            # deed the article dates ("Birth date: 1786" beside a degree of 1807: not 1810, R303)
        if year and self.died:
            # a memorial after the death, a deed before it (or in the year of the death)
            after = int(year.group()) > self.died
            anchors = [*anchors, self.died - 1 if after else self.died + 1]
        if year and self.founded and int(year.group()) > self.founded:
            anchors = [*anchors, self.founded]  # nothing it did before it existed
        if year and self.refounded and int(year.group()) > self.refounded:
            anchors = [*anchors, self.refounded]  # nor, after it was formed anew, before that
        if year and not self.founded and self.lead_first and int(year.group()) > self.lead_first:
            anchors = [*anchors, self.lead_first]
        heading = heading_years(sentence.section)
        if year and heading and heading[0] <= int(year.group()) <= heading[1]:
            anchors = [*anchors, heading[0] - 1, heading[1] + 1]  # "History > 1980s" (R10)
        state = former_state_years(sentence.text)
        if year and state and state[0] <= int(year.group()) <= state[1]:
            anchors = [*anchors, state[0] - 1, state[1] + 1]  # "in the Ukrainian SSR": by 1991
        for titled in answers.YEAR_IN_TEXT.findall(self.facts.title):
            if year and int(year.group()) >= int(titled):
                # "HMS Surinam (1805)", "1852 ... election": nothing before the title's year
                anchors = [*anchors, int(titled) - 1]
        return anchors

    @staticmethod
    def founding_year(facts: Facts, fields: frozenset[str] = FOUNDING_FIELDS) -> int | None:
        """The year an organisation or a building began (or, with ``REFORMED``, began anew),
        from its infobox."""
        for line in facts.infobox:
            name = line.name.lower().replace(" ", "_")
            if name in fields:
                found = re.search(r"\b(1\d{3}|20\d{2})\b", line.value)
                return int(found.group()) if found else None
        return None

    def career_year(self, sentence: Sentence, span: Span) -> bool:
        """A year or date of a step in a life past the lead, or of a degree or a marriage
        anywhere (``MINOR_STEP``): moved for a false statement, it reads as a trick on a detail
        ("Cotton retired ... in 1952", "In 2007, Gomes signed ..."; R294-R297: 2 of 7 passed)."""
        person = self.facts.subject.person and span.type in ("year", "date")
        return person and bool(sentence.section or MINOR_STEP.search(sentence.text))

    def repeated_event(self, sentence: Sentence, span: Span) -> bool:
        """The date of a return (or a rejoining) in an article that tells of more than one: "In
        what year did Porter return to England?" fits several of his returns (R9)."""
        if span.type not in ("year", "date") or not AGAIN_EVENT.search(sentence.text):
            return False
        return self.returns >= 2

    def dated_elsewhere(self, sentence: Sentence) -> bool:
        """A one-time deal the article dates twice ("In 2014, Alsea acquired ... Vips" and "In
        September 2013, Alsea acquired ... Vips"): either year may be taken for wrong (R20)."""
        deed = ONE_TIME.search(sentence.text)
        years = set(answers.YEAR_IN_TEXT.findall(sentence.text))
        if not deed or not years:
            return False
        own = {  # the names no English word spells ("Vips"), but the subject's own
            w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", sentence.text) if not known_word(w.lower())
        } - set(self.facts.title.split())
        for other in self.deeds:
            if deed.group() in other and not years & set(answers.YEAR_IN_TEXT.findall(other)):
                if own & (set(re.findall(r"\b[A-Z][a-z]{2,}\b", other)) - set(MONTHS)):
                    return True
        return False

    def off_cycle(self, sentence: Sentence, year: int) -> frozenset[int]:
        """Years a false year must avoid about the Olympics, a World Cup or a presidential
        election of a four-year cycle ("in 2007", R12): all but those 4, 8 ... years away;
        every one for an election the article names alone (no cycle shown: "1875", R115)."""
        election = year in election_years(sentence.text)
        unknown = election and len(self.election_years) < 2
        cycle = election and {y % 4 for y in self.election_years} == {year % 4} and not unknown
        if not cycle and not unknown and not OLYMPIAD.search(sentence.text):
            return frozenset()  # (Ukraine's 1999, 2004, 2010: no cycle, any year)
        return frozenset(y for y in range(year - 40, year + 41) if (y - year) % 4 or unknown)

    def choices(self, sentence: Sentence, span: Span, key: str, rng: random.Random) -> list[str]:
        anchors = self.year_anchors(sentence, span)
        if span.type in ("year", "date") and OFFICE_HOLDER.search(sentence.text):
            return []  # "President Sarkozy's visit in _____": 1998-2000 ruled out by his term
        r = target_rank(key)
        # Only the fact's own rank: trying the others where it does not fit (a year at the
        # article's latest has no room above) made "the latest year" right every time.
        for _attempt in range(3):
            if span.type == "year":
                years = self.frame_years(sentence, span) or self.years
                wrong = year_choices(span.text, years, anchors, rng, r, self.latest)
            elif span.type == "date":
                wrong = date_choices(span.text, self.dates, anchors, rng, r, self.latest)
            elif span.type in ("number", "money", "percent"):
                age = AGE.search(sentence.text) and sentence.text[span.end :].startswith(" year")
                wrong = self.frame_numbers(sentence, span, rng) if not _attempt else []
                wrong = wrong or number_choices(span.text, rng, r, bool(age))
                if re.match(r" ?°(?:\s?\d+['’′])?\s?[NS]\b", sentence.text[span.end :]):
                    wrong = [w for w in wrong if (numbers_in(w) or [91])[0] <= 90]  # a latitude
                rest = sentence.text[: span.start] + " " + sentence.text[span.end :]
                if set(numbers_in(" ".join(wrong))) & set(numbers_in(rest)):
                    return []  # "of the _____ languages, five are moribund": no 5 beside it
            elif span.type == "demonym":
                return []  # other nationalities are rarely believable beside the rest
            else:
                return self.entity_choices(sentence, span, rng)
            if len(wrong) == 3 and not readable([span.text, *wrong], span.text):
                return wrong
        return []

    def frame_years(self, sentence: Sentence, span: Span) -> list[int]:
        """Years the article puts in the same frame as the answer ("the 2009 federal election"
        for "the _____ federal election"): the first choices to try."""
        after = re.match(r" ([a-z]{4,})\b", sentence.text[span.end :])
        if not after:
            return []
        found = {
            int(m.group(1))
            for m in re.finditer(rf"\b(\d{{4}}) {after.group(1)}\b", self.facts.prose)
        } - {int(span.text)}
        return sorted(found) if len(found) >= 2 else []

    def frame_numbers(self, sentence: Sentence, span: Span, rng: random.Random) -> list[str]:
        """Three other figures the article gives in the answer's unit, within half to twice it
        ("980 hPa" beside 965, 935 and 990 hPa; made-up 600 hPa was impossible, R33), or []."""
        unit = re.match(r" ([A-Za-z][\w°/²³]*)|(°)", sentence.text[span.end :])
        value = numbers_in(span.text)
        if span.type != "number" or not unit or len(value) != 1 or not value[0]:
            return []
        word, sign = unit.groups()
        if word and word.lower() in FUNCTION_WORDS:
            return []  # "2,000 of the 74,000 soldiers": "of" is no unit
        written = f" {re.escape(word)}\\b" if word else re.escape(sign)  # ("74°S": no space)
        found = {
            m.group(1) for m in re.finditer(rf"\b(\d[\d,]*(?:\.\d+)?){written}", self.facts.prose)
        }
        fits = sorted(
            f for f in found if f != span.text and 0.5 <= numbers_in(f)[0] / value[0] <= 2
        )
        return rng.sample(fits, 3) if len(fits) >= 3 else []

    def entity_choices(self, sentence: Sentence, span: Span, rng: random.Random) -> list[str]:
        """Three names the wikitext shows to be of the answer's kind, none the prompt rules out."""
        fine, coarse = self.types.kind_of(span.text)
        if not coarse or span.text not in self.types.sure:
            return []
        shown = normalize(sentence.text)
        same_fine: list[str] = []
        same_coarse: list[str] = []
        for name in self.types.coarse:
            if (
                self.types.coarse[name] != coarse
                or name == span.text
                or name not in self.types.sure
            ):
                continue
            seen = normalize(name) in shown or shares_title(name, self.facts.title)
            if seen or normalize(name) in self.title or self.types.same_thing(name, span.text):
                continue
            if other_calling(self.types.callings, name, span.text):
                continue  # an actor among politicians: "[[Robert Lindsay (actor)]]" (R404)
            if not checks.plausible_name(name, span.text) or not self.fits_time(name, sentence):
                continue
            if self.with_the.get(name, False) != self.with_the.get(span.text, False):
                continue  # "the _____": "the United States" alone would fit the grammar
            if not same_country(name, span.text):
                continue  # California among the counties of England
            if outside_continent(name, f"{sentence.text} {self.facts.title}"):
                continue  # Germany as the country in Asia where Islam originated
            same = family(self.types.fine.get(name, "")) == family(fine)
            (same_fine if same else same_coarse).append(name)
        rng.shuffle(same_fine)
        rng.shuffle(same_coarse)
        pool: list[str] = []
        for name in same_fine:
            if all(not self.types.same_thing(name, other) for other in pool):
                if not checks.ruled_out(name, sentence.text):
                    pool.append(name)
        if fine in ("place", "") and coarse != "person":
            return []  # "a place" mixes cities, countries and squares: no fair choices
        # Countries of the answer's continent first (R16: not the Philippines beside Denmark
        # and Sweden for Liechtenstein).
        # Names of the answer's own kind before the rest of its family (battles for a battle
        # before campaigns and wars; d20: "Seven Years' War" beside "Battle of Bennington").
        home = continent_of(span.text)
        pool.sort(
            key=lambda name: (
                bool(home) and continent_of(name) != home,
                self.types.fine.get(name) != fine,
            )
        )
        return pick_unreadable(span.text, pool)

    def fits_time(self, name: str, sentence: Sentence) -> bool:
        """A name the article only mentions with years far from the sentence's (the Soviet
        Union in a sentence about 2003) is no believable choice there."""
        here = {int(y) for y in answers.YEAR_IN_TEXT.findall(sentence.text)}
        if here and self.released.get(name, 0) > max(here):
            return False  # a film released after the year the prompt names
        there = self.name_years.get(name, set())
        if not here or not there:
            return True
        return any(abs(a - b) <= 15 for a in here for b in there)

    def swap_names(self, sentence: Sentence, span: Span, rng: random.Random) -> list[str]:
        """Names of the answer's coarse kind a false statement can put in its place (the
        same fine kind first): another country for a country, another person for a person."""
        fine, coarse = self.types.kind_of(span.text)
        if not coarse or span.text not in self.types.sure:
            return []
        shown = normalize(sentence.text)
        names = [
            name
            for name, kind in self.types.coarse.items()
            if kind == coarse
            and name != span.text
            and not self.types.same_thing(name, span.text)
            and normalize(name) not in shown
            and checks.plausible_name(name, span.text)
            and self.fits_time(name, sentence)
            and self.with_the.get(name, False) == self.with_the.get(span.text, False)
            and same_country(name, span.text)
            and not outside_continent(name, f"{sentence.text} {self.facts.title}")
            and normalize(name) not in self.title
            and not shares_title(name, self.facts.title)
            and name[:1].isupper() == span.text[:1].isupper()
        ]
        rng.shuffle(names)
        names = [
            n
            for n in names
            if n in self.types.sure
            and family(self.types.fine.get(n, "")) == family(fine) != "place"
        ]
        names.sort(key=lambda name: self.types.fine.get(name) != fine)
        return [n for n in names if not checks.ruled_out(n, sentence.text)]
