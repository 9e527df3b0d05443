"""Items from the article's structured parts: infobox fields ("When was X founded?") and lists
(a date and its holiday, "Name one of the military courts ...")."""

from __future__ import annotations

import random
import re
from functools import cached_property

from quiz.generator import kindwording
from quiz.generator.answers import shares_title
from quiz.generator.article import life_field, plain_title, short_for
from quiz.generator.checks import definition
from quiz.generator.choices import has_day, pick_unreadable
from quiz.generator.facts import InfoboxFact, Sentence
from quiz.generator.general import echoes_title
from quiz.generator.infobox import (
    COVERED,
    PLACE_NAME,
    POINTER_VALUE,
    ROLE_WORDING,
    STATEMENTS,
    address_only,
    counted_otherwise,
    in_title,
    infobox_question,
    list_value,
    other_forms,
    styled_otherwise,
    town_first,
)
from quiz.generator.items import FactItems, SentenceItems, digest
from quiz.generator.kindwording import REGION_KINDS as REGIONS
from quiz.generator.kindwording import field_salience, first_office, kind_value, releveled
from quiz.generator.lexicon import demonym, gazetteer_type, known_noun, person_shaped
from quiz.generator.lists import tenures
from quiz.generator.offices import block_items, first_post_lines
from quiz.generator.otherwise import formed_across_years, told_elsewhere, unfinished
from quiz.generator.placeforms import PLACE_ASKED, place_accepts
from quiz.generator.releases import released_earlier
from quiz.generator.spans import DATED, YEAR_IN_TEXT, Span, find_spans
from quiz.generator.spellings import own_link_forms, typed_forms
from quiz.generator.subdivisions import place_subject, subdivisions
from quiz.generator.subject import plural_name
from quiz.generator.taxa import RANKS, common_name, said_by_its_name, taxon_disputed
from quiz.generator.tenses import career_tense, in_its_tense
from quiz.generator.twoyears import field_dated_otherwise
from quiz.generator.typeclues import PERSON_ROLES
from quiz.generator.works import dated_work, many_hands, named_in, shared_credit
from quiz.text import normalize

TOWNS = ("city", "town", "village")
PER_POST = 3  # holders of one post asked: the longest terms (a bank is not a list of names)
CIRCA = re.compile(r"(?:c\.|ca\.|circa)\s*(?:[A-Z][a-z]+ )?\d")
DATED_YEAR = re.compile(r"(?:(?:\d{1,2} )?[A-Z][a-z]+(?: \d{1,2},)? )?(\d{3,4})")  # (alone, R460)
WHEN_VALUE = re.compile(r"(?:\d\d? )?(?:[A-Z][a-z]+\.? )?(?:\d\d?,? )?\d{3,4}( \(.*)?|.+\(\d{4}\)")
DUO = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* (?:and|&) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+")
VAGUE_VALUE = re.compile(r"(?i)\b(?:unknown|not known|uncertain|unclear|century|missing)\b|^after ")
SKIP_VALUES = set("vacant none n/a unknown yes no various classified secret undisclosed".split())
SKIP_VALUES |= {"various artists", "not disclosed", "tba", "tbd", "tbc", "other"}  # ("Other", R338)
SONG = re.compile(r"(?i)\bsingle\b|\bsong\b")  # quoted: "recorded If I Didn't Love You?" (R310)


class StructuredItems:
    """Infobox and list items for one article, sharing the sentence items' lookups."""

    def __init__(self, sentence_items: SentenceItems) -> None:
        self.si = sentence_items
        self.facts = sentence_items.facts
        self.seed = sentence_items.seed
        self.prose = f" {normalize(self.facts.prose)} "
        first = definition(self.facts.prose)  # "is a rodent": its plain words' stems
        self.common = {w[:5] for w in re.findall(r"\b[a-z]{5,}", first)}

    @cached_property
    def subject(self) -> str:
        name = self.facts.subject_phrase or self.facts.title
        if common := common_name(name, self.facts.infobox_type):
            return common  # ("To which order does the sea apple belong?", R410)
        if name[:1].islower() and not name.startswith("the "):  # ("the aardwolf", "a torogan";
            said = re.search(rf" (?:a|an|the) {re.escape(normalize(name))} ", self.prose)
            noun = known_noun(name.split()[-1]) or said  # not "the brainfuck", a name written
            return f"the {name}" if noun else name  # small, R346)
        return f'"{name}"' if SONG.search(self.facts.infobox_type) else name  # (see SONG)

    @cached_property
    def fields(self) -> list[tuple[str, str]]:  # the infobox's lines, made once for every field
        return [(f.name, f.value) for f in self.facts.infobox]

    @cached_property
    def covered(self) -> bool:
        """Others recorded the song too, in the text or a list ("Other versions: ...")."""
        listed = " ".join(f"{section} {' '.join(items)}" for section, _, items in self.facts.lists)
        return bool(COVERED.search(self.prose) or COVERED.search(listed))

    @cached_property
    def office(self) -> str:
        return first_office(self.fields)

    @cached_property
    def dated_work(self) -> str:
        """A work with its kind and year ("the 1927 film The Cat and the Canary", R52) or ""."""
        return dated_work(self.facts, self.subject)

    def infobox(self) -> list[FactItems]:
        out = []
        labels = [f.label for f in self.facts.infobox]
        lines = subdivisions(self.facts.infobox, self.prose, self.facts.title)
        for field in first_post_lines(lines, self.facts.infobox, self.office):
            if labels.count(field.label) > 1:
                continue  # "Pole rider" of three classes: which one?
            if (fact := self.infobox_fact(field)) is not None and fact.options:
                out.append(fact)
        return out + block_items(self.facts.infobox, self.office, self.infobox_fact, self.prose)

    def infobox_fact(self, field: InfoboxFact, office: str = "") -> FactItems | None:
        if re.match(
            r"(?:the )?[a-z][\w-]*(?: [a-z][\w-]*)* of (?:the )?[A-Z]", self.facts.subject.name
        ):
            return None  # "the currency of the Economy of Angola": the field is Angola's
        if re.search(r"birth|death", field.name) and DUO.fullmatch(self.facts.title):
            return None  # "Adam Gierasch and Jace Anderson", "Auguste and Louis Lumière"
        given = kindwording.field_given_otherwise(field.name, office or self.office)
        if CIRCA.match(field.value) or given:
            return None  # "c. 6 to 4 BC", "c. September 1297": no one day or year to ask
        if re.search(r"[( ](?:as|then) [A-Z]|\{\{|\[\[|\]\]|\((?!aged\b)[a-z]+ed\b", field.value):
            return None  # "Settled: 1750 (as Fort Rouillé)" (R20, R90), "{{#property:p38}}" (R22),
            # "Founder: Gedeon (united with the Russian Orthodox Church)", "(attributed)" (R295)
        value = re.sub(
            r"^(?:est\.|approx\.|~|†|(?:KIA|[Kk]illed in action),? in\b)\s*", "", field.value
        )  # "est. 4.7 billion"; "Place of death: KIA in Vietnam" (R181)
        value = re.sub(r"\s*[¹²³⁰⁴-⁹*‡]+$|(?<=\d{4}): [A-Z][\w .]*$", "", value)  # "Euro (€)²",
        genus = next((f.value for f in self.facts.infobox if f.name == "genus"), "")  # "2003: Cuba"
        if field.name in RANKS and said_by_its_name(value, self.facts.title, self.common, genus):
            return None  # Allosauridae, the Olympic marmot's Rodentia (R42), Coleoptera (R92)
        if field.name in RANKS and taxon_disputed(field.name, value, self.facts):
            return None  # "Corvus", where the text keeps naming "Coloeus monedula" (R60)
        if field.type == "text":
            value = re.sub(r" \((?!\d{4}\)|later|now)[^()]*\)$", "", value)  # "Manat (₼)"
            link = next((n for n in field.links if value.startswith(n)), "")
            value = link if link and len(value) - len(link) == 1 else value  # "Euro" + note "d"
        kind_of = re.sub(r" ?\(.*\)$", "", field.target)
        if styled_otherwise(value, self.prose):
            return None  # "Late Gothic Revival" beside the text's "Gothic Revival" (R302)
        if field.name == "position" and kind_of and normalize(kind_of) != normalize(value):
            return None  # "[[Defender (...)|Centre-back]]": "defender" is right too (R297)
        if short_for(value, field.target):  # "[[Norwegian School ...|NHH]]"
            value = re.sub(r" ?\(.*\)$", "", field.target)  # ("Party(UK)")
        value = kind_value(field.name, value, self.facts.title, self.fields, self.prose)
        if not value or list_value(value, field.type, field.name):
            return None  # either half alone would be marked wrong
        placed = life_field(field.name).endswith("_place") and PLACE_NAME.fullmatch(value)
        long_place = bool(placed) and 4 < len(value.split()) <= 8 and town_first(value, field.value)
        if field.type == "text" and len(value.split()) > 4 and not long_place:
            return None  # a phrase (not a town with its region and country: "Perm, Russian SFSR,
        if value.lower() in SKIP_VALUES:  # Soviet Union", asked "Where" and typed as "Perm")
            return None  # ("vacant", "n/a")
        if POINTER_VALUE.match(value) or VAGUE_VALUE.search(value):
            return None  # "Death place: place unknown" (R65), "late 13th century" (R78): vague
        opening = re.match(r"[^.(]{0,80}\(([^()]+)\)", self.facts.prose)  # "Bodmin (Bosvena) is"
        if field.name.strip().lower().endswith("name") and opening:
            if normalize(value) not in normalize(opening.group(1)):
                return None  # the lead gives the name another way: which spelling is right?
        if not re.search(r"[A-Za-z0-9]", value) or re.fullmatch(r"\d{3,4}[a-z]", value):
            return None  # (or a year with a note's letter: "Founded: 1824f", R108)
        dayless = re.fullmatch(r"(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})", value)
        if dayless or address_only(field.name, value):
            return None  # "debut date: 23 December": of which year? (R34); "Lubyanka Square"
        digits = re.sub(r"\D", "", value.split("(")[0])
        if field.type in ("number", "text") and (len(digits.strip("0")) >= 5 or len(digits) >= 7):
            return None  # "1,196,958 sqft": a measurement to the last digit is trivia
        year = re.search(r"\s*\((\d{4})\)$", value)
        person = self.si.types.coarse.get(value) == "person" or person_shaped(value)
        post = (office or self.office) if self.facts.subject.person else None
        asked_as = place_subject(field.name, self.subject, self.facts.title)  # ("Ghent, Minnesota")
        prompt = infobox_question(
            field.name, field.label, asked_as, person, self.facts.infobox_type, post, field.type
        )
        if not prompt or self.facts.subject.person and ROLE_WORDING.match(prompt):
            return None  # "the president of Harry McPherson": the field means whom he served
        if not self.facts.subject.person and self.facts.opening:  # ("Where was ...?", R238)
            prompt = in_its_tense(prompt, self.facts.opening.text)
        elif self.facts.opening and not self.si.died:  # ("does he play?" of one who still does)
            prompt = career_tense(prompt, self.facts.opening.text)
        own = plain_title(self.facts.title)  # ("Terri Schiavo case", R54)
        if re.search(r"\b(?:born|die|died)\?$", prompt) and re.search(r" [a-z]{4,}\b", own):
            return None  # "Where did Terri Schiavo case die?": the article is not the person
        alias = field.target and not set(normalize(value).split()) & set(normalize(kind_of).split())
        if prompt.startswith(("Who ", "Which artist")) and alias:
            return None  # "[[Tiësto|Allure]]": his alias; "Tiësto" is right too (R299)
        shared = prompt.startswith("Who ") and shared_credit(value, self.facts, field.name)
        if shared or prompt.startswith("Who ") and ("," in value or demonym(value)):
            return None  # "Jim Eliot, Mima Stilwell" (R49); "Danish"; one of three composers (R450)
        if not (prompt := named_in(prompt, self.subject, self.dated_work, self.facts)):
            return None
        song = SONG.search(self.facts.infobox_type)
        if song and self.facts.infobox_count > 1 and prompt.startswith(("Who ", "Which artist")):
            return None  # a cover version's own infobox: "Which artist recorded" it? (R46)
        if song and prompt.startswith(("Which artist recorded", "When ")) and self.covered:
            return None  # others recorded it too: "first released" when? (R124, R169)
        if re.match(r"When .* released\?", prompt) and released_earlier(value, self.facts):
            return None  # a version released before it: which release came first? (R432)
        guest = re.fullmatch(r"(.+?),? (?:featuring|feat\.|ft\.) (.+)", value) or ["", "", ""]
        if guest[0] and prompt.startswith("Which artist "):  # "Usher featuring Nicki Minaj": two
            value, prompt = guest[1], f"{prompt[:-1]}, featuring {guest[2]}?"  # artists (R83)
        if prompt.startswith("Who ") and f" {normalize(value.split()[-1])} " not in self.prose:
            return None  # a name the text never uses: "Richard Starkey" for Ringo Starr (R43)
        scored = any(f.name.strip().lower() in ("composer", "music") for f in self.facts.infobox)
        if prompt.startswith("Who wrote ") and scored:
            prompt = prompt.replace("Who wrote ", "Who wrote the words of ")  # (not the music)
        elif prompt.startswith("Who wrote") and many_hands(self.facts.infobox_type, value):
            return None  # more than one hand wrote it (``works.many_hands``)
        film = re.search(r"(?i)film|television|episode", self.facts.infobox_type)
        if field.name.strip().lower() == "writer" and film:
            return None  # a film's "writer": of the story or of the screenplay? (R24)
        game = re.search(r"(?i)video ?game|\bvg\b", self.facts.infobox_type)
        if game and field.name.strip().lower() in ("artist", "writer", "designer", "composer"):
            return None  # a game's "artist" draws (R38: "Which artist recorded Dissidia?")
        state = re.sub(r"^(?:Republic|Kingdom|Commonwealth) of (?:the )?", "", value)  # (R199)
        place = self.si.types.fine.get(value, "") or gazetteer_type(state)  # ("Utah", R41)
        level = re.search(r"\b(County|Province|State)$", value.split(",")[0])  # (not "In which
        place = level[1].lower() if level else place  # city ... born? -> Louisa County")
        town = "," in value and place in TOWNS or long_place  # "Hawthorn, Melbourne": "Where"
        life = re.search(r"\b(?:born|die)\?$", prompt)  # (a city a region shares its name with:
        town = town or bool(life and place in ("province", "county", *TOWNS) and not level)
        # "Madrid", "Oslo": "In which province was he born?" asks what the text never says, R356;
        # a life's town: "In which city" passed 46 of 53, a suburb or a town, "Ampthill", R395)
        if prompt.startswith("Where ") and place in (*TOWNS, *REGIONS) and not town:
            prompt = f"In which {place} {prompt[6:]}"  # not "Where ...?" -> Baku or Azerbaijan?
        else:
            prompt = releveled(prompt, value, place, self.facts.prose)
        lead = re.findall(r"[A-Za-z]+", self.facts.prose[:300])  # (its opening: "German-born")
        # (a life's place that is a country alone
        if place == "country" and (life or any(w[:4] == value[:4] and demonym(w) for w in lead)):
            return None  # passed 1 of 4, R296-R311; "an Eritrean footballer" tells it, R243)
        count = prompt.startswith("How many") and not re.match(r"[\d,.]+(?: \w+)?$", value)
        if not prompt or count or prompt.startswith("When ") and not WHEN_VALUE.fullmatch(value):
            return None  # no count ("Active: 1995 – present"), no date ("2005 JGP Estonia")
        if self.told_otherwise(field.name, value) or unfinished(field.value):
            return None
        field_type = field.type
        if prompt.startswith("In what year") and (first := YEAR_IN_TEXT.search(value)):
            value, field_type = first.group(), "year"  # "Term start: 3 June 1989"
        if year and prompt.startswith("When ") and not re.search(DATED, value[: year.start()]):
            value, year, field_type = year.group(1), None, "year"  # "London (1930)", "10 Rabbit"
        if year and re.match(r"(?:pre|suc)", field.name.strip().lower()):
            return None  # "preceded ... as King of Spain in 1873" (a republic came between, R356)
        if year:
            value = value[: year.start()].strip()  # "$2.267 billion (2020)": asked for 2020
            prompt = re.sub(r", according to the article\?$|\?$", f" in {year.group(1)}?", prompt)
        if "share of" in prompt and re.fullmatch(r"[\d.]+", value):
            value += "%"  # "3.63 (2012)" under "percent GDP"
        norm, title = normalize(value), normalize(self.facts.title)
        named = not prompt.startswith("Who ") and shares_title(value, self.facts.title)
        named = named or not self.facts.subject.person and echoes_title(value, self.facts.title)
        if named or in_title(norm, title):  # (named like the title: Lancashire, R246, Bukhara)
            return None  # in the title ("Faryl" by Faryl Smith); (one item a fact: told_before)
        if year:
            whole = [s for s in find_spans(value, [], askable=False) if s.text == value]
            field_type = whole[0].type if whole else field_type  # "$2.267 billion": money
        kind = field_type if field_type != "text" else "entity"
        if kind == "entity" and self.si.types.coarse.get(value) == "person":
            kind = "person"
        key = digest("infobox", field.name, value)
        context = f"{field.label}: {field.value}"
        salience = field_salience(field.name, self.dated_work)
        fact = FactItems(key, -1, context, field.section, kind, salience)
        fact.value = value
        span = Span(0, len(value), value, field_type if field_type != "text" else "entity")
        accept = other_forms(field.links, field.value, value, (norm, normalize(guest[2])))
        if prompt.startswith(PLACE_ASKED) and PLACE_NAME.fullmatch(value):
            accept = place_accepts(value, accept, self.facts)  # ("Rumson", or with its region)
        who = prompt[:4] == "Who " or person and prompt.startswith("Which artist")  # (R457)
        short = own_link_forms(value, field.target, self.facts, typed_forms(value, self.facts, who))
        partisan = " party " in prompt and "Party" not in value.split()  # ("Democratic Party"
        party = [f"{value}{'ic' * value.endswith('Democrat')} Party"] * partisan  # of "Democrat")
        accept += [form for form in dict.fromkeys([*short, *party]) if form not in accept]
        year_only = prompt.startswith("When ") and DATED_YEAR.fullmatch(value)  # (typed as a year)
        where = field.name.strip().lower() in ("location", "residence", "place", "venue")  # (a
        if not where and (
            self.si.typable(span) or year_only or long_place
        ):  # venue, town or country: typed)
            typed: dict[str, object] = {"accept": accept}
            ask = prompt
            if year_only:
                ask = f"In what year {prompt[5:]}"
                only = year_only[1]
                typed = {"answer": only, "accept": [v for v in (value, *accept) if v != only]}
            fact.options["short_answer"] = self.si.make("short_answer", fact, ask, span, **typed)
        rng = random.Random(f"{self.seed}:{key}")
        fake = Sentence(value, "", [span], index=-1)
        wrong = self.si.choices(fake, span, key, rng) if field_type != "text" else []
        if wrong:
            choices = [value, *wrong]
            random.Random(f"{self.seed}:{key}:order").shuffle(choices)
            fact.options["mcq"] = self.si.make("mcq", fact, prompt, span, choices=choices)
        self.statement_options(fact, field, value, span, wrong, rng)
        return fact

    def told_otherwise(self, name: str, value: str) -> bool:
        """A value the text gives otherwise: a count ("47 floors", R85), a place, a school
        (``told_elsewhere``), a year or date (``field_dated_otherwise``). Which is right?"""
        if counted_otherwise(name.replace("_", " "), value, self.prose):
            return True
        if told_elsewhere(name, value, self.facts.prose, self.facts.subject):  # (raw text)
            return True  # (R97: "a B.A. from the University of Washington", Harvard the field)
        if formed_across_years(name, value, self.fields):
            return True
        return field_dated_otherwise(name, value, self.facts)

    def statement_options(
        self,
        fact: FactItems,
        field: InfoboxFact,
        value: str,
        span: Span,
        wrong: list[str],
        rng: random.Random,
    ) -> None:
        """The field as a sentence: a cloze and true/false statements."""
        template = STATEMENTS.get(field.name.strip().lower().replace(" ", "_"))
        if not template or field.type not in ("year", "date") and field.type != "text":
            return
        prep = (
            "on" if field.type == "date" and re.match(r"\d|[A-Z][a-z]+ \d{1,2},", value) else "in"
        )
        subject = self.subject[:1].upper() + self.subject[1:]
        if plural_name(self.subject):  # "The Kinston Indians were founded in 1987."
            template = template.replace(" was ", " were ").replace(" is ", " are ")
        text = template.format(t=subject, p=prep, v=value.rstrip("."))
        start = text.rindex(value)
        tspan = Span(start, start + len(value), value, span.type, span.target)
        sentence = Sentence(text, "", [tspan], index=-1)
        from quiz.generator.checks import substitute
        from quiz.generator.falsify import false_statement_value

        if field.type in ("year", "date"):
            year = YEAR_IN_TEXT.search(value) if has_day(value) else None
            gap, gapped = tspan, sentence  # a full date is asked as its year: R336 failed all
            if year:  # 13 exact days of a birth or a death as "rote precision"
                said = template.format(t=subject, p="in", v=year.group())
                gap = Span((at := said.rindex(year.group())), at + 4, year.group(), "year")
                gapped = Sentence(said, "", [gap], index=-1)
            cloze = self.si.cloze(gapped, gap, fact.answer_type)
            if cloze:
                extra = {"accept": [value]} if year else {}
                fact.options["cloze"] = self.si.make("cloze", fact, cloze, gap, **extra)
        fact.options["tf_true"] = self.si.make(
            "true_false", fact, text, tspan, answer="True", truth="true"
        )
        false = false_statement_value(sentence, tspan, self.si, wrong, rng)
        if false:
            fact.options["tf_false"] = self.si.make(
                "true_false",
                fact,
                substitute(text, tspan.start, tspan.end, false),
                tspan,
                answer="False",
                truth="false",
            )

    def lists(self) -> list[FactItems]:  # (no "Which one goes with X?": 7 of 16 accepted)
        """Lists of who held a post when, under a heading that names it ("Publishers"): "Who
        was the publisher of the Toronto Star from 1899 to 1948?" (terms of 3 years or more)."""
        out: list[FactItems] = []
        for section, lead, items in self.facts.lists:
            found, heading = tenures(items), section.split(" > ")[-1].strip().lower()
            named = re.search(r"\b(?:post|office|position|role) of (?:the )?([A-Z][a-z]+)\b", lead)
            post = named[1].lower() if named else heading[:-1] if heading.endswith("s") else heading
            umbrella = post in ("officer", "official", "member", "leader") and not named  # (R94:
            asked = post in PERSON_ROLES and not umbrella  # "the officer": which of its six?)
            if len(found) < 4 or len(found) * 2 < len(items) or not asked:
                continue
            names = [name for name, _, _ in found]
            held: list[tuple[int, FactItems]] = []
            for name, start, end in found:
                if not end or end == "present" or int(end) - int(start) < 3:
                    continue  # one of many short terms, or the holder of the day (changes)
                if not re.search(rf"\b{re.escape(name.split()[-1])}\b", self.facts.prose):
                    continue  # a name the article tells nothing more of: list trivia (R237)
                prompt = f"Who was the {post} of {self.subject} from {start} to {end}?"
                key = digest(section, name, start)
                context = next(i for i in items if i.startswith(name) or name in i)
                fact = FactItems(key, -1, context, section, "person", 0.85)
                span = Span(0, len(name), name, "entity")
                fact.options["short_answer"] = self.si.make("short_answer", fact, prompt, span)
                rng = random.Random(f"{self.seed}:{key}")
                others = sorted(  # names of like length, and not two Atkinsons of four (R351)
                    (n for n in names if n != name),
                    key=lambda n: (abs(len(n) - len(name)), rng.random()),
                )
                wrong = pick_unreadable(name, others)
                choices = [name, *wrong]
                rng.shuffle(choices)
                if wrong:
                    fact.options["mcq"] = self.si.make("mcq", fact, prompt, span, choices=choices)
                held.append((int(end) - int(start), fact))
            longest = {id(fact) for _, fact in sorted(held, key=lambda p: -p[0])[:PER_POST]}
            out.extend(fact for _, fact in held if id(fact) in longest)  # in list order
        return out
