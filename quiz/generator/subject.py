"""What an article is about: its name as the text uses it, the nouns that refer back to it
("the city", "the paper") and, for a person, the pronouns that do."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from quiz.generator.article import Article, life_field
from quiz.generator.kinds import KIND_NOUNS, KIND_SYNONYMS, PLURAL_KINDS
from quiz.generator.lexicon import gazetteer_type, given_name, plural_noun
from quiz.generator.sentences import clean_space
from quiz.generator.thenames import ASPECT, INSTITUTION, NOT_MODIFIER, THE_OF, own_named
from quiz.generator.typeclues import TITLE_BEFORE
from quiz.generator.usednames import PATRONYMIC, used_name

PERSON_INFOBOX = re.compile(  # (not "baseball team", "ice hockey league")
    r"(?i)^(?!.*\b(?:team|club|league|season|stadium|tournament)s?\b).*?(?:person|philosopher|"
    r"officeholder|scientist|writer|artist|musician|actor|"
    r"military person|sportsperson|football biography|royalty|saint|president|politician|"
    r"academic|athlete|cricketer|boxer|tennis|golfer|basketball|baseball|ice hockey|"
    r"model|comedian|journalist|architect|engineer|economist|theologian|clergy|monarch|"
    r"chess player|emperor|pharaoh|pope|noble|criminal|astronaut|spy|player|coach|cyclist|"
    r"swimmer|wrestler|jockey|rower)"  # ("GAA player", R140)
)
DEMONYM_END = re.compile(r"(?:i|an|ese|ish|ic)$")


@dataclass(frozen=True)
class Subject:
    """The article's subject as sentences refer to it."""

    title: str
    name: str  # mid-sentence mention: "the Toronto Star", "Bodmin", "Mercury" (a surname)
    person: bool = False
    pronoun: str = ""  # "he" or "she" for a person whose article uses it, else ""
    kinds: frozenset[str] = frozenset()  # nouns that refer back to it: {"town", "parish"}
    plural: bool = False
    country: str = ""  # the country the article keeps naming: what "the country" means

    @cached_property
    def bare(self) -> str:
        """The name without a leading "the"."""
        return re.sub(r"^[Tt]he ", "", self.name)

    def unlike(self, text: str, lead: str = "") -> str:
        """The text without the subject's surname under a title of the other sex ("In 1893,
        Mrs. Davis decided to have his remains reinterred" is not about Jefferson Davis, R58)
        or after a given name that neither the title nor ``lead`` gives him ("Ellis Anderson
        fled to Iowa" is William T. Anderson's brother, R61; "Bloody Bill" is in his lead)."""
        if not self.person:
            return text
        bare = re.escape(self.bare)
        text = re.sub(
            rf"\b([A-Z][a-z]+) {bare}\b",
            lambda m: "" if given_name(m[1]) and m[1] not in f"{self.title} {lead}" else m[0],
            text,
        )
        titles = {"he": "Mrs|Miss|Ms|Madame|Mme|Lady", "she": "Mr|Sir|Lord|Monsieur"}
        if self.pronoun not in titles:
            return text
        return re.sub(rf"\b(?:{titles[self.pronoun]})\.? {bare}\b", "", text)

    def mention(self, *, start: bool, possessive: bool = False) -> str:
        """The name to write where the text says "the town" (capitalised at a sentence start)."""
        name = self.name
        if re.search(r"\b\d{4}\b(?= \S)", name) and not re.match(r"(?i)the ", name):
            name = f"the {name}"  # "during the Pre-Christmas 2004 Snowstorm" (an event, R170)
        if start and not re.match(r"[a-z]\w*[A-Z]", name):
            name = name[:1].upper() + name[1:]  # (not a name styled so: "noitulovE", "iPod")
        if possessive:  # (a town's own name: "Yauco's", not "Yauco, Puerto Rico's", R429)
            name = name.split(", ")[0] if re.fullmatch(r"[\w .'’-]+, [\w .'’-]+", name) else name
            name += "'" if name.endswith("s") else "'s"
        return name


def _title_core(title: str) -> str:
    core = re.sub(r"\s*\([^)]*\)$", "", title).strip()  # (", Countess of Munster": a title)
    return re.sub(rf",\s+(?:\d+(?:st|nd|rd|th) )?(?:{PEERAGE}|Baronet)\b.*$", "", core)  # (R250)


PEERAGE = "Countess|Earl|Duke|Duchess|Baron|Baroness|Viscount|Viscountess|Marquess|Count"


def _prose(article: Article, sections: int = 3) -> str:
    return " ".join(b.text for s in article.sections[:sections] for b in s.blocks)


PLACE_WORD = re.compile(r"\b(?:County|Parish|District|Province|Township|Region|State|Shire)\b")


def _a_place(tail: str, text: str) -> bool:
    """A title's part after its comma names a place (not "Whoa, Nelly!", "Deep, Deep Trouble",
    R177-R179): one the gazetteer knows, one named so, or one the text puts something in."""
    last = tail.split(", ")[-1]
    named = gazetteer_type(last) or PLACE_WORD.search(tail)
    return bool(named or re.search(rf"\b(?:in|of|at|near) (?:the )?{re.escape(last)}\b", text))


def _short_name(core: str, text: str, others: frozenset[str] = frozenset()) -> str:
    """The longest leading part of the title that the article itself keeps using
    ("Raith Rovers" for "Raith Rovers F.C."; "Dollar Point" for "Dollar Point, California"),
    and not the name of another page the article links to (``others``, lower case)."""
    head, comma, tail = core.partition(", ")
    if comma and re.search(rf"\b{re.escape(head)}\b", text) and _a_place(tail, text):
        if head.lower() not in others:  # (not "California State University, Los Angeles",
            return head  # a campus of the system the text links, R413) "Martin Township" (R160)
    words, best = core.replace(",", " ,").split(), core
    ends_in_kind = words[-1].lower() in KIND_NOUNS - {"club", "team", "side", "company", "party"}
    best_count = len(re.findall(rf"(?<!\w){re.escape(core)}(?!\w)", text))  # ("Gham...", R48)
    for cut in range(len(words) - 1, 1, -1):
        prefix = " ".join(words[:cut]).replace(" ,", ",").rstrip(",")
        last = prefix.split()[-1]
        if not re.fullmatch(r"[A-Z][a-z]+", last) or DEMONYM_END.search(last):
            continue  # "the 2008", "the Azerbaijani": not a name on its own
        if re.fullmatch(r"\d+[A-Z]?|[IVXLC]+", words[cut]) or words[-1].islower() or ends_in_kind:
            break  # a number names it: "New York State Route 96", "Super Bowl XLI" (R39); a
            # common noun or kind is what it is: "Oklahoma City bombing", "Armed Forces Memorial"
        if prefix.lower() in others:
            break  # another page's name: "Ukrainian Premier League", "Ukrainian Orthodox Church"
        rest = re.escape(words[cut].lstrip(","))  # alone, not inside the whole name ("Transport
        # Workers", R48) nor another ("Maple Leaf Gardens" for "Maple Leaf Sports & ...", R165)
        longer = rf"(?!,? {rest}| [A-Z]| (?:of|for) (?:the )?[A-Z])"  # (nor "... for Family"
        count = len(re.findall(rf"\b{re.escape(prefix)}\b{longer}", text))  # Affairs", R403)
        if count >= 3 and count > 2 * best_count:
            best, best_count = prefix, count
    return best


def _linked_names(article: Article) -> frozenset[str]:
    """What the article links to other pages by: link texts and targets, in lower case."""
    names: set[str] = set()
    for section in article.sections:
        for block in [b for top in section.blocks for b in (top, *top.items)]:
            for link in block.links:
                target = re.sub(r"\s*\([^)]*\)$", "", link.target)
                if target.lower() != article.title.lower():
                    names.add(target.lower())
                    names.add(target.split(",")[0].lower())  # "Orange County, California"
                    names.add(block.text[link.start : link.end].lower())
    return frozenset(names)


def _lead_kinds(lead: str) -> set[str]:
    """Head nouns of the lead's definition: "is a civil parish and historic town in ..." ->
    {"parish", "town"}; "is an Art Deco-style skyscraper located ..." -> {"skyscraper"}."""
    first = re.split(r"(?<=[a-z)])\. ", lead)[0]  # (not "... are believed to broadcast
    match = re.search(  # throughout the country" in the lead's third sentence, R69)
        r"\b(?:is|are|was|were)\s+(?:(?:a|an|the|one of the)\s+)?([^.;:()]{0,120})", first
    )
    if not match:
        return set()
    phrase = re.split(
        r"\s(?:in|of|on|at|for|from|by|with|located|based|situated|that|which|who|known|"
        r"founded|spanning|near|along|between|serving|named|built|designed|consisting|"
        r"comprising|formed|made|featuring|including)\b|,|\s(?!building)[a-z]+ing (?:an?|the)\b|"
        r"\s[a-z]{3,}ed (?:by|in|on|at|as|to|from|for|with)\b",  # "advertisement launched by"
        match.group(1),
    )[0]
    out: set[str] = set()
    for part in re.split(r"\s(?:and|or)\s(?:an?\s)?", phrase):
        words = [w for w in re.findall(r"[A-Za-z–-]+", part)]
        if not words:
            continue
        head = words[-1].lower()
        if head == "state" and re.match(r"state of (?!the\b)[a-z]", match[1]):
            continue  # "is the state of being which occurs when ...": no place (R186)
        out.add(head[:-1] if head.endswith("s") and head[:-1] in KIND_NOUNS else head)
    return out  # (a plural head: "one of three ... battleships")


def _kinds(article: Article, core: str) -> frozenset[str]:
    kinds: set[str] = set()
    shown = False  # a television series: "the series" is it (not a film's or a playoff series)
    infobox = re.sub(r"<!--.*?-->", "", article.infobox_type).lower()
    for word in re.findall(r"[a-z]+(?! season)\b", infobox):  # ("hurricane season": no storm)
        if word in KIND_NOUNS:
            kinds.add(word)
    if article.sections and article.sections[0].path == "" and article.sections[0].blocks:
        lead = clean_space(article.sections[0].blocks[0].text)
        shown = bool(re.search(SHOWN, lead[:300]))
        for head in _lead_kinds(lead):
            if head in KIND_NOUNS:
                kinds.add(head)
            elif kind := next(
                (k for k in ("scraper", "paper", "group", "ship") if head.endswith(k)), ""
            ):  # ("supergroup", R37; "battleship")
                kinds |= {head, "building" if kind == "scraper" else kind}
    if re.search(r"taxobox|speciesbox", infobox) and any(
        f.name.strip().lower() == "binomial" for f in article.infobox
    ):
        kinds.add("species")  # a species' box: "The species is negatively affected by ..."
    last = core.split()[-1].lower() if core.split() else ""
    if last in KIND_NOUNS and not WORK.search(infobox) and " of " not in core:
        kinds.add(last)  # (not the film "Monsters University", R38; not "The Disasters of
        # War" for "the war fought against the French", R40: its head is "Disasters")
    head = core.split(" of ")[0].split()[-1].lower() if " of " in core else ""
    if head in KIND_NOUNS:
        kinds.add(head)  # "Battle of Exampleford", "University of Chicago"
    kinds |= {PLURAL_KINDS[k] for k in kinds if k in PLURAL_KINDS}
    for group in KIND_SYNONYMS:
        if kinds & group:
            kinds |= group
    if re.search(r"\b(?:crash|accident|disaster|incident|collision|sinking|bombing)$", core):
        kinds -= {"aircraft", "plane", "airliner", "ship", "vessel", "train"}  # (R184: "The
        # aircraft, which was piloted by See, crashed" is no "NASA T-38 crash ... crashed")
    if kinds & {"city", "town", "village", "parish", "settlement", "place"}:
        kinds.discard("place")  # "the place" is too loose a back-reference
        kinds.discard("settlement")
    if kinds - {"site"}:
        kinds.discard("site")  # a building's site is its ground ("the north-west corner of the
        # site" is not "of the Alexandra Building", R58); only a site itself is "the site"
    loose = {"place", "field", "area", "group", "family", "series", "game"}
    return frozenset(kinds - loose | ({"series", "show"} if shown else set()))


SHOWN = re.compile(  # ("an American television drama which premiered on CBS": Numb3rs, R41)
    r"\b(?:is|was) an? (?:[\w-]+ ){0,4}(?:(?:television|TV|anime|animated|web|drama|comedy|"
    r"sitcom) (?:[\w-]+ )?series|(?:television|TV) (?:drama|sitcom|show|programme|program))\b"
)


def _pronoun(text: str) -> str:
    he = len(re.findall(r"\b(he|his|him)\b", text, re.I))
    she = len(re.findall(r"\b(she|her|hers)\b", text, re.I))
    if he >= 3 and he > 3 * she:
        return "he"
    if she >= 3 and she > 3 * he:
        return "she"
    return ""


def _is_group(article: Article) -> bool:
    """A band, duo or choir (whose infobox is a "musical artist" one too): not one person."""
    for f in article.infobox:
        name = f.name.lower().replace(" ", "_")
        if name in ("current_members", "members", "past_members", "former_members"):
            return True
        if name == "background" and re.search(r"(?i)group|band", f.value):
            return True
    lead = _prose(article, 1)[:400]
    return bool(
        re.search(
            r"(?:is|are|was|were) (?:an?|the) (?:[\w-]+ ){0,4}"
            r"(?:band|group|duo|trio|quartet|orchestra|choir|ensemble)\b",
            lead,
        )
    )


def _is_person(article: Article) -> bool:
    if _is_group(article):
        return False
    infobox = re.sub(r"<!--.*?-->", "", article.infobox_type)
    if PERSON_INFOBOX.search(infobox):
        return True
    if any(life_field(f.name) for f in article.infobox):
        return True  # ("dateofbirth" of a "rugby league biography", which names a league)
    head = _title_core(article.title).split()[-1:] or [""]
    if head[0].lower() in KIND_NOUNS or infobox or head[0][:1].islower():
        return False  # "The American Revolutionary War (1775–1783)", "Maas's law", a car's infobox
    # Life years before the lead's verb (not "al-Khwārizmī (c. 780–850)"'s, nor a newspaper's, R277)
    before_verb, *rest = re.split(r"\b(?:is|was|are|were)\b", _prose(article, 1)[:600], maxsplit=1)
    noun = re.split(r"[,;(.]| (?:of|in|to|who|which|for|with|by) ", "".join(rest))[0].split()[-1:]
    life = r"\((?:born\b|[^()]*\d{3,4}\s*[–-]\s*[^()]*\d{3,4}\)|[^()]*\bd\. \d{3,4})"  # "d. 476"
    return bool(re.search(life, before_verb)) and not {w.lower() for w in noun} & KIND_NOUNS


WORK = re.compile(r"film|album|song|single|book|novel|television|episode|video ?game(?! engin)|cvg")


# Words before a surname that are part of it: "Van der Donck", "Ní Bhriain" (R136)
PARTICLES = "van|von|der|den|de|du|da|di|del|della|ter|ten|Ní|Nic|Ó|Uí|Mac|Mag"


def find_subject(article: Article) -> Subject:
    """The subject of ``article``: its name mid-sentence, back-referring nouns, a pronoun."""
    core = _title_core(article.title) or article.title.strip() or "it"  # ("(a)": no core)
    text = _prose(article)
    if _is_person(article):
        words = core.split(" of ")[0].split()  # "Catherine of Aragon", "Henry VIII of England"
        named = [
            w.rstrip(",")
            for w in words
            if w[:1].isupper()
            and not re.fullmatch(r"(?:Jr|Sr|I|V|[IVXL]{2,})\.?,?", w)
            and not TITLE_BEFORE.search(f"{w} ")  # (not "Emperor" of the Shunzhi Emperor, R85)
        ]  # "Edward VIII" is "Edward" (never "VIII"); "James VI and I" is "James" (not "and")
        name = named[-1] if named else words[-1] if words else core
        if len(words) > 1 and words[-2] in PATRONYMIC:  # (lower case: not "Ben Roe")
            name = core  # "Muhammad ibn Saud", never "Saud" (his father, R400)
        name = used_name(core, name, text, _linked_names(article))
        own = re.escape(name)
        particles = re.search(rf"(?<=\S )((?:\b(?:{PARTICLES}) )+){own}$", core, re.I)
        if particles:  # "Donck" is "Van der Donck" (R67), as the text writes it mid-sentence
            spelt = re.findall(rf"(?<=[a-z,] )({particles.group(1)}{own})\b", text, re.I)
            every = re.findall(rf"\b{particles.group(1)}{own}\b", text, re.I)
            if len(every) > len(re.findall(rf"\b{own}\b", text)) - len(every):
                name = Counter(spelt or every).most_common(1)[0][0]  # (not "de Mirabeau":
                # "Mirabeau"; "Van Riemsdijk", only ever at a sentence's start, R258)
        return Subject(article.title, name, person=True, pronoun=_pronoun(_prose(article, 99)))
    vessel = (  # ("Japanese aircraft carrier Shinano" is "Shinano" too)
        r"battleship|(?:armou?red |light |heavy )?cruiser|battlecruiser|submarine|destroyer|"
        r"frigate|corvette|ironclad|gunboat|(?:aircraft|escort|seaplane) carrier|minesweeper|"
        r"minelayer|sloop|schooner|ship of the line|torpedo boat|icebreaker|ocean liner"
    )
    ship = re.fullmatch(rf"(?:[A-Z][a-z]+ )?(?:{vessel}) ([A-Z0-9].*)", core)  # "Retvizan" of
    core = ship.group(1) if ship and ship.group(1) in text else core  # Russian battleship ...
    bracketed = core != article.title and article.title in text  # "Presbyterian Church (U.S.A.)"
    short = article.title if bracketed else _short_name(core, text, _linked_names(article))
    short = short if re.search(r"\w", short) else f'"{short}"'  # the film "?" (not "notes that?")
    dated = re.fullmatch(r"([^,]+), (\d{4})", short)
    if dated:  # "Ukrainian presidential election, 2014" -> "the 2014 Ukrainian ..."
        short = f"{dated.group(2)} {dated.group(1)}"
    forms = Counter(m.group() for m in re.finditer(rf"\b{re.escape(short)}\b", text, re.I))
    forms = Counter({f: n for f, n in forms.items() if not f.isupper()})  # (not carved caps, R78)
    if forms and short not in forms and short.lower() not in forms and not short.isupper():
        short = forms.most_common(1)[0][0]  # "the Common Raven", as the text writes it (an
        # acronym's title stays: "GANEFO", not its odd "Ganefo")
    with_the = len(re.findall(rf"\b[Tt]he {re.escape(short)}\b(?! [A-Z])", text))  # (R339)
    total = len(re.findall(rf"\b{re.escape(short)}\b", text))
    noun, head = (short.split(",")[0].split() or short.split() or [short])[-1], _head(short)
    plural = plural_noun(noun) and (head == noun or plural_noun(head))  # (the head decides, R158)
    lower = short[:1].lower() + short[1:]
    work = WORK.search(article.infobox_type.lower())  # ("Who directed the sardines?", R42)
    used = text.count(f" {lower}") > text.count(f" {short}")  # "chemical biology" mid-sentence
    if lower != short and (used or ASPECT.match(short)) and not work:
        short = lower  # ("the economy of Chad": its "It" may be Chad, R345)
    name = short
    kinds = _kinds(article, core)
    plural = plural and not kinds & {"company", "firm", "corporation"}  # "Sidus Pictures was"
    club = re.search(r"\b(?:A\.F\.C\.|F\.C\.|[AS]?FC|FK|SC|CF|AC|SK|Football Club)$", core)
    the = (  # (not the building "the Crystal Palace", R70; nor "the Griggstown Bridge", R339)
        (
            total
            and with_the * 2 >= total
            and not club
            and not re.match(rf"\s*{re.escape(short)}\b", text)
        )
        or re.match(rf"\s*The (?:[a-z]+ )?{re.escape(short)}\b{NOT_MODIFIER}", text)  # "The 4A
        # Engine is" (R244), not "The Chisso Corporation" nor "The Cyclone programming ..." (R474)
        or (plural and len(short.split()) > 1 and not total)
        or re.match(r"\d{4} [A-Za-z]", short)  # "the 1852 United States presidential election"
        or INSTITUTION.search(short)  # "the Ukrainian Orthodox Church of the Kyivan Patriarchate"
        or THE_OF.match(short)  # ("the Battle of X"; "the Commonwealth of England", R474)
    ) and not (own_named(short) and with_the * 4 < total)  # (its own name takes "the" where
    # the text mostly writes it: not "the Brown University", 1 of 9, R473)
    if the and not work and not short.lower().startswith("the "):  # (never a work: the film
        name = f"the {short}"  # "Monsters University"; the album "Ramones" is not the band, R67)
    return Subject(article.title, name, kinds=kinds, plural=plural, country=_country(article))


def _country(article: Article) -> str:
    """The country an article names far more than any other (Pakistan of Islamabad), or ""."""
    counts: dict[str, int] = {}
    for section in article.sections:
        for block in section.blocks:
            for link_text in re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b", block.text):
                if gazetteer_type(link_text) == "country":
                    counts[link_text] = counts.get(link_text, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 5 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return ""
    lead = (
        article.sections[0].blocks[0].text
        if article.sections and article.sections[0].blocks
        else ""
    )
    name = ranked[0][0]
    if name[:4] not in lead:
        return ""  # a company that left Taiwan is not Taiwan's: the lead says where it belongs
    return name


def plural_name(name: str) -> bool:
    """A plural name that verbs agree with: "the Kinston Indians were", not "the Congress" nor
    "the Institut d'études politiques de Paris" (its head is singular, R245)."""
    return name.startswith("the ") and plural_noun(name.split()[-1]) and plural_noun(_head(name))


def agreed(question: str, title: str) -> str:
    """``question`` with its verbs agreeing with a plural title ("In which region are the
    Andaman and Nicobar Islands?"); only the title's own verb ("Who was the architect of the
    Twin Towers?" stays)."""
    if not plural_name(title):
        return question
    for one, many in (("does", "do"), ("was", "were"), ("has", "have"), ("is", "are")):
        question = question.replace(f" {one} {title}", f" {many} {title}")
    return question.replace(" its ", " their ")


def _head(name: str) -> str:
    """The noun a name's verbs agree with: its last word before "of", "for", "de", "d'" or a
    comma ("California State University, Los Angeles" is one university)."""
    words = re.split(r" (?:of|for|de|du|des|di|del|della) | d'|,", name)[0].split()
    return (words or name.split() or [name])[-1]  # (", ex-": a title of debris, stop 62)
