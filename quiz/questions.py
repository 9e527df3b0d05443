"""Question wording: cloze gaps, wh-questions from simple sentences, infobox questions."""

from __future__ import annotations

import re

from quiz.facts import Sentence, Span
from quiz.model import GAP

AUX = {"is", "are", "was", "were", "has", "have", "had", "can", "will", "would", "could"}
CLAUSE_WORDS = re.compile(
    r"\b(when|which|who|whom|whose|that|where|while|if|until|because|although|after|before|"
    r"since|whereas|and|or|but)\b"
)
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their"}
SUBORDINATE = re.compile(
    r"^(Even|Only|Just|When|After|Before|In|During|Since|Although|Though|If|As|On|By|Despite|Following|With|"
    r"Under|According|From|At|For|Through|Until|While|Because|Once|Due|Between|Of|To|Upon|"
    r"Within|Without|Among|Unlike|Like|Along|Apart|Besides|Beyond|Over)\b"
)
STOP_NOUN = {
    "of",
    "in",
    "at",
    "for",
    "and",
    "or",
    "to",
    "from",
    "with",
    "on",
    "by",
    "were",
    "was",
    "are",
    "is",
    "who",
    "which",
    "that",
    "as",
    "than",
    "had",
    "have",
    "has",
    "per",
    "a",
    "an",
    "the",
    "into",
    "during",
    "since",
    "each",
    "being",
    "between",
    "under",
    "over",
    "about",
}
VERBISH = re.compile(
    r"^(is|are|was|were|has|have|had|became|becomes|become|served|serves|founded|led|leads|won|"
    r"wrote|writes|took|takes|invaded|replaced|joined|created|established|formed|designed|"
    r"built|published|announced|signed|made|received|ruled|commanded|defeated|captured|"
    r"married|moved|returned|died|owns|owned|bought|sold|launched|opened|described|argued|"
    r"developed|introduced|named|called|supplied|supplies|provides|provided|operates|"
    r"operated|consists|includes|included|include|remains|remained|began|begins|ended|held|"
    r"holds)$"
)
TITLE_WORDS = (
    r"(?:President|General|Lieutenant-General|Major-General|Lt-Gen|Maj-Gen|Colonel|"
    r"Colonel-General|Admiral|Rear-Admiral|Vice-Admiral|Captain|Major|Dr|Professor|Sir|King|"
    r"Queen|Prince|Princess|Bishop|Archbishop|Saint|St)"
)
PERSON_VERBS = re.compile(
    r"^(became|served|founded|wrote|married|led|won|commanded|succeeded|argued|claimed|stated|"
    r"said|described|published|studied|taught|received|joined|was born|resigned|retired)$"
)
INFOBOX_SKIP = re.compile(
    r"(?i)^(name|native.?name|official.?name|image|logo|caption|alt|map|pushpin|coordinates|"
    r"website|url|footnotes|module|embed|signature|seal|flag|motto|anthem|blank|short.?name|"
    r"static.?image|image.?size|mapsize|label|other.?name|nickname|ranks|history|"
    r"commander.?title|minister.?title|.*_title|.*_ref|.*size|.*image.*|.*caption.*|.*alt\d*|"
    r"grid.?ref|post.?town|postcode.?district|postcode.?area|dial.?code|os.?grid.?reference|"
    r"issn|oclc|website|sister.?newspapers|ceased.?publication|price|circulation.?ref|"
    r"school.?tradition|main.?interests|notable.?ideas|influences|influenced|"
    r"spouse|children|partner|relatives|domestic.?suppliers|foreign.?suppliers|type|format|"
    r"map.*|.*type|.*_(england|scotland|wales|ireland|uk|us|usa|canada|australia)|birth.?name|"
    r"circulation.*|.*date.*ref|.*_?(lat|long|latitude|longitude)\w*|.*code)$"
)
INFOBOX_VAGUE = {
    "available",
    "deployed",
    "fit",
    "reaching",
    "age",
    "manpower_age",
    "conscription",
    "status",
    "other",
    "notes",
    "misc",
    "data",
    "info",
    "extra",
    "caption",
    "label",
}
INFOBOX_WORDING = {
    "founded": "When was {t} founded?",
    "foundation": "When was {t} founded?",
    "established": "When was {t} established?",
    "formed": "When was {t} formed?",
    "current_form": "Since when has {t} existed in its current form?",
    "headquarters": "Where is the headquarters of {t}?",
    "birth_date": "When was {t} born?",
    "birth_place": "Where was {t} born?",
    "death_date": "When did {t} die?",
    "death_place": "Where did {t} die?",
    "alma_mater": "Which institution is given as the alma mater of {t}?",
    "editor": "Who is the editor of {t}?",
    "population": "What is the population of {t}, according to the article?",
    "commander-in-chief": "Who is the commander-in-chief of {t}?",
    "minister": "Who is the minister responsible for {t}?",
    "active": "How many active personnel does {t} have?",
    "reserve": "How many reserve personnel does {t} have?",
    "percent_gdp": "What share of GDP goes to {t}, according to the article?",
    "amount": "What is the budget of {t}, according to the article?",
    "nationality": "What is the nationality of {t}?",
    "residence": "Where does {t} live, according to the article?",
    "occupation": "What is the occupation of {t}?",
    "founder": "Who founded {t}?",
    "founders": "Who founded {t}?",
    "location": "Where is {t} located?",
    "capital": "What is the capital of {t}?",
    "largest_city": "What is the largest city of {t}?",
    "genre": "What genre is {t}?",
    "instrument": "Which instrument does {t} play?",
    "sport": "Which sport does {t} play?",
    "architect": "Who was the architect of {t}?",
    "opened": "When did {t} open?",
    "launched": "When was {t} launched?",
    "industry": "In which industry is {t}?",
    "language": "In which language is {t} published?",
    "county": "In which county is {t}?",
    "country": "In which country is {t}?",
    "cornish_name": "What is the Cornish name of {t}?",
    "circulation": "What is the circulation of {t}, according to the article?",
    "editor-in-chief": "Who is the editor-in-chief of {t}?",
    "managing editor": "Who is the managing editor of {t}?",
    "awards": "Which award has {t} received, according to its infobox?",
}


GAP_HINTS = {"year": "year", "date": "date", "number": "number", "money": "amount", "percent": "%"}


def cloze_prompt(sentence: Sentence, span: Span) -> str:
    """The sentence with the answer replaced by the gap, and a hint for what kind of answer
    goes there ("in _____ (year)"), so that "earned her degree in _____" has one answer."""
    hint = GAP_HINTS.get(span.type)
    if span.type == "date" and re.fullmatch(r"[A-Z][a-z]+ \d{4}", span.text):
        hint = "month and year"
    elif span.type == "date" and not re.search(r"\d{4}", span.text):
        hint = "day and month"
    gap = f"{GAP} ({hint})" if hint and hint != "%" else GAP
    text = sentence.text[: span.start] + gap + sentence.text[span.end :]
    if sentence.lead_in:
        return f"{sentence.lead_in} {text}"
    return text


def statement(sentence: Sentence, span: Span, replacement: str) -> str:
    """The sentence with ``replacement`` in place of the answer span (true/false statements)."""
    text = sentence.text[: span.start] + replacement + sentence.text[span.end :]
    if sentence.lead_in:
        return f"{sentence.lead_in} {text}"
    return text


def _lower_first(subject: str) -> str:
    first = subject.split()[0]
    if first in ("The", "A", "An", "This", "Its", "Some", "Many", "Several", "Most", "All"):
        return first.lower() + subject[len(first) :]
    return subject


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:?])", r"\1", text)
    text = re.sub(r",\s*\?", "?", text)
    return text.strip(" ,")


def _good_subject(subject: str) -> bool:
    """A plain noun phrase: no commas, clauses, brackets, numbers; not a lone determiner."""
    words = subject.split()
    if not words or len(words) > 10 or all(w.lower() in DETERMINERS for w in words):
        return False
    if "," in subject or "(" in subject or SUBORDINATE.match(subject):
        return False
    return not CLAUSE_WORDS.search(subject) and not re.search(r"\d", subject)


def _simple_rest(rest: str) -> bool:
    """The predicate left after removing the answer: short, no nested clause or coordination."""
    words = rest.split()
    if len(words) > 20 or "(" in rest or ", and" in rest or '"' in rest:
        return False
    return not re.search(r"\b(and|or) [a-z]+ed\b|\b(which|who|that|until|when|where)\b", rest)


def _split_subject(words: list[str]) -> tuple[int, str] | None:
    for i, word in enumerate(words[:13]):
        if word in AUX and i >= 1:
            subject = " ".join(words[:i])
            if not _good_subject(subject):
                return None
            return i, word
        if word.endswith(","):
            return None
    return None


def when_question(sentence: Sentence, span: Span) -> str | None:
    """``X was created on 26 June 1918.`` -> ``When was X created?`` (years: In what year)."""
    if sentence.lead_in or span.type not in ("date", "year"):
        return None
    text = sentence.text.rstrip(".")
    before = text[: span.start]
    after = text[span.end :]
    if re.fullmatch(r"(In|On) ", before) and after.startswith(", "):
        # "In December 2009, an agreement was signed by X" -> "... was an agreement signed by X"
        words = after[2:].split()
        tail = ""
    else:
        prep = re.search(r"\b(in|on)\s+$", before)
        if not prep or re.search(r"\b(and|or) [a-z]+$", before[: prep.start()].strip()):
            return None
        words = before[: prep.start()].split()
        tail = after
    split = _split_subject(words)
    if split is None:
        return None
    index, aux = split
    if aux not in ("was", "were"):
        return None
    subject = _lower_first(" ".join(words[:index]))
    rest = " ".join(words[index + 1 :]) + " " + tail
    if not rest.strip() or re.search(r"\d{4}", rest) or not _simple_rest(rest):
        return None
    word = (
        "In what year" if span.type == "year" or re.fullmatch(r"\w+ \d{4}", span.text) else "When"
    )
    return _tidy(f"{word} {aux} {subject} {rest}") + "?"


IRREGULAR = {
    "became": "become",
    "began": "begin",
    "bought": "buy",
    "brought": "bring",
    "built": "build",
    "chose": "choose",
    "came": "come",
    "fought": "fight",
    "found": "find",
    "gave": "give",
    "got": "get",
    "grew": "grow",
    "held": "hold",
    "kept": "keep",
    "knew": "know",
    "led": "lead",
    "left": "leave",
    "lost": "lose",
    "made": "make",
    "met": "meet",
    "paid": "pay",
    "put": "put",
    "ran": "run",
    "rose": "rise",
    "said": "say",
    "saw": "see",
    "sent": "send",
    "set": "set",
    "sold": "sell",
    "spent": "spend",
    "stood": "stand",
    "taught": "teach",
    "took": "take",
    "told": "tell",
    "thought": "think",
    "won": "win",
    "wrote": "write",
    "withdrew": "withdraw",
    "went": "go",
    "underwent": "undergo",
    "overtook": "overtake",
    "struck": "strike",
    "drew": "draw",
    "flew": "fly",
    "forbade": "forbid",
    "oversaw": "oversee",
    "sank": "sink",
}
E_VERBS = {
    "create",
    "invade",
    "capture",
    "approve",
    "receive",
    "announce",
    "replace",
    "produce",
    "declare",
    "include",
    "provide",
    "serve",
    "move",
    "use",
    "place",
    "force",
    "describe",
    "release",
    "rename",
    "relocate",
    "locate",
    "operate",
    "state",
    "complete",
    "introduce",
    "reduce",
    "retire",
    "raise",
    "purchase",
    "merge",
    "close",
    "change",
    "continue",
    "arrive",
    "issue",
    "name",
    "hire",
    "decide",
    "dissolve",
    "revive",
    "involve",
    "promote",
    "vote",
    "base",
    "celebrate",
    "dedicate",
    "graduate",
    "collaborate",
    "acquire",
    "abolish",
    "liberate",
    "participate",
    "organize",
    "organise",
    "recognize",
    "recognise",
    "require",
    "estimate",
    "negotiate",
    "designate",
    "relate",
    "unite",
    "combine",
    "emerge",
    "secure",
    "pursue",
    "argue",
    "propose",
    "oppose",
    "publish",
    "endorse",
    "share",
    "praise",
    "compete",
    "survive",
    "deliver",
    "advocate",
    "contribute",
    "escape",
    "donate",
    "rule",
    "inaugurate",
    "restore",
    "stage",
    "manage",
    "engage",
    "assume",
    "sponsor",
}
NOT_VERB_ED = {"red", "bed", "shed", "hundred", "need", "seed", "speed", "feed", "bred", "led"}


def past_to_base(word: str) -> str | None:
    """``joined`` -> ``join``, ``created`` -> ``create``, ``took`` -> ``take`` (or None)."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if not re.fullmatch(r"[a-z]{4,}ed", word) or word in NOT_VERB_ED:
        return None
    stem = word[:-2]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if stem + "e" in E_VERBS:
        return stem + "e"
    if stem in E_VERBS or stem.endswith(("e",)):
        return stem
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]
    if stem.endswith(("v", "c", "z", "at", "ur", "iz", "is", "ag", "ad", "ud")):
        return None
    return stem


def did_question(sentence: Sentence, span: Span) -> str | None:
    """``Azerbaijan joined the force in 2003.`` -> ``In what year did Azerbaijan join the
    force?``"""
    if sentence.lead_in or span.type not in ("date", "year"):
        return None
    text = sentence.text.rstrip(".")
    before = text[: span.start]
    after = text[span.end :]
    fronted = re.fullmatch(r"(In|On|By) ", before) and re.match(r",? [A-Z]", after)
    if fronted:
        clause = after.lstrip(",").strip()
    else:
        prep = re.search(r"\b(in|on)\s+$", before)
        if not prep or (after.strip() and not after.startswith((",", " and", " as", " for"))):
            return None
        clause = before[: prep.start()] + (after if not after.startswith(",") else "")
    words = clause.split()
    for i, word in enumerate(words[:10]):
        base = past_to_base(word)
        if base and i >= 1:
            subject = " ".join(words[:i])
            if not _good_subject(subject) or any(w in AUX for w in words[:i]):
                return None
            rest = " ".join(words[i + 1 :])
            if re.search(r"\b(1[0-9]{3}|20[0-9]{2})\b", rest) or not _simple_rest(rest):
                return None
            if rest.split() and (rest.split()[0] in AUX or VERBISH.match(rest.split()[0])):
                return None
            if re.search(r"\b(and|or) [a-z]+$", clause.split(word)[0].strip()):
                return None
            wh = (
                "In what year"
                if span.type == "year" or re.fullmatch(r"\w+ \d{4}", span.text)
                else "When"
            )
            return _tidy(f"{wh} did {_lower_first(subject)} {base} {rest}") + "?"
        if word in AUX or word.endswith(","):
            return None
    return None


CLASS_WORDS = {
    "treaty",
    "agreement",
    "programme",
    "program",
    "station",
    "museum",
    "prize",
    "award",
    "party",
    "newspaper",
    "war",
    "battle",
    "operation",
    "army",
    "navy",
    "force",
    "forces",
    "corps",
    "division",
    "brigade",
    "regiment",
    "ministry",
    "service",
    "council",
    "committee",
    "organization",
    "organisation",
    "agency",
    "institute",
    "university",
    "college",
    "school",
    "academy",
    "company",
    "association",
    "union",
    "church",
    "movement",
    "act",
    "law",
    "festival",
    "cathedral",
    "castle",
    "bridge",
    "river",
    "railway",
    "airport",
    "hospital",
}


def class_word(entity: str) -> str | None:
    """``Treaty on Conventional Armed Forces`` -> ``treaty`` (the noun naming its kind)."""
    first = re.split(r" (?:of|on|for|in|at|to) ", entity)[0].split()
    for word in (first[-1], first[0]):
        if word.lower() in CLASS_WORDS and word[:1].isupper():
            return word.lower()
    return None


def present_to_base(word: str) -> str | None:
    """``maintains`` -> ``maintain``, ``supplies`` -> ``supply`` (3rd person singular only)."""
    if not re.fullmatch(r"[a-z]{3,}s", word) or word.endswith(("ss", "us", "is")):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


def which_object_question(sentence: Sentence, span: Span) -> str | None:
    """``Azerbaijan ratified the Treaty on X in 1992.`` -> ``Which treaty did Azerbaijan ratify
    in 1992?``"""
    if sentence.lead_in or span.type != "entity":
        return None
    kind = class_word(span.text)
    if kind is None:
        return None
    before = sentence.text[: span.start]
    match = re.fullmatch(r"(.+?) ([a-z]+) (?:the )?", before)
    if not match:
        return None
    subject, verb = match.groups()
    past = past_to_base(verb)
    base = past or present_to_base(verb)
    if base is None or not _good_subject(subject) or subject.split()[-1] in AUX:
        return None
    rest = sentence.text[span.end :].rstrip(".")
    if not _simple_rest(rest):
        return None
    do = "did" if past else "does"
    return _tidy(f"Which {kind} {do} {_lower_first(subject)} {base} {rest}") + "?"


def how_many_subject_question(sentence: Sentence, span: Span) -> str | None:
    """``Some 800,000 Azerbaijanis fought in X.`` -> ``How many Azerbaijanis fought in X?``;
    ``15 of the 21 generals were executed.`` -> ``How many of the 21 generals were executed?``"""
    if sentence.lead_in or span.type != "number":
        return None
    before = sentence.text[: span.start]
    if not re.fullmatch(
        r"((Some|About|Around|Over|Nearly|Almost|More than|Approximately) )?", before
    ):
        return None
    rest = sentence.text[span.end :].rstrip(".").strip()
    words = rest.split()
    if len(words) < 3 or not (re.fullmatch(r"[a-zA-Z-]+s", words[0]) or words[:2] == ["of", "the"]):
        return None
    if not _simple_rest(rest) or re.search(r"\d", rest.split(" of the ", 1)[-1]):
        return None
    if not any(w in AUX or VERBISH.match(w) or re.fullmatch(r"[a-z]{3,}ed", w) for w in words[:6]):
        return None
    return _tidy(f"How many {rest}") + "?"


def how_many_question(sentence: Sentence, span: Span) -> str | None:
    """``There are 19,500 personnel in X.`` -> ``How many personnel are there in X?``."""
    if sentence.lead_in or span.type != "number":
        return None
    text = sentence.text.rstrip(".")
    after = text[span.end :].split()
    noun: list[str] = []
    for word in after[:4]:
        clean = word.strip(",;:")
        if not re.fullmatch(r"[a-z][a-z-]*", clean) or clean in STOP_NOUN:
            break
        noun.append(clean)
        if clean != word:
            return None  # "23 brigades, an artillery brigade, ...": a list, not one count
    if not noun or not (noun[-1].endswith("s") or noun[-1] in COLLECTIVE_PLURALS):
        return None
    tail = " ".join(after[len(noun) :])
    if re.match(r"(and|or|but)\b", tail):
        return None  # "106 aircraft and 35 helicopters": the count is one of several
    if len(tail.split()) > 14 or "(" in tail or re.search(r"\b(which|who|whom|that|where)\b", tail):
        return None
    before = text[: span.start].rstrip()
    match = re.fullmatch(
        r"(There|there) (are|were|is|was)(?: also)?(?: about| around| some| over)?", before
    )
    if match:
        return _tidy(f"How many {' '.join(noun)} {match.group(2)} there {tail}") + "?"
    before = re.sub(r" (about|around|some|over|nearly|approximately|roughly)$", "", before)
    words = before.split()
    if len(words) < 2 or not _good_subject(" ".join(words[:-1])):
        return None
    subject, verb = _lower_first(" ".join(words[:-1])), words[-1]
    if verb in ("has", "have", "had"):
        do = {"has": "does", "have": "do", "had": "did"}[verb]
        return _tidy(f"How many {' '.join(noun)} {do} {subject} have {tail}") + "?"
    past = past_to_base(verb)
    if past:
        return _tidy(f"How many {' '.join(noun)} did {subject} {past} {tail}") + "?"
    if verb in COUNT_VERBS:
        return _tidy(f"How many {' '.join(noun)} do {subject} {verb} {tail}") + "?"
    base = present_to_base(verb)
    if base in COUNT_VERBS:
        return _tidy(f"How many {' '.join(noun)} does {subject} {base} {tail}") + "?"
    return None


COLLECTIVE_PLURALS = {
    "personnel",
    "people",
    "men",
    "women",
    "children",
    "staff",
    "troops",
    "aircraft",
    "police",
    "cattle",
    "sheep",
    "fish",
    "deer",
    "crew",
    "infantry",
    "cavalry",
    "artillery",
    "residents",
}
COUNT_VERBS = {
    "include",
    "operate",
    "maintain",
    "possess",
    "employ",
    "own",
    "field",
    "comprise",
    "contain",
    "number",
    "list",
    "host",
    "feature",
    "publish",
    "run",
    "use",
    "hold",
}


def who_question(sentence: Sentence, span: Span, entity_cls: str) -> str | None:
    """``Karam Mustafayev became commander.`` -> ``Who became commander?``."""
    if sentence.lead_in or span.type != "entity":
        return None
    prefix = sentence.text[: span.start]
    rest = sentence.text[span.end :].rstrip(".")
    appositive = re.fullmatch(r"(The [a-z][^,()]{4,60}), ", prefix)
    if appositive and rest.startswith(", ") and entity_cls in ("person", "name"):
        role = appositive.group(1)
        if not CLAUSE_WORDS.search(role) and not re.search(r"\d", role):
            return f"Who was {_lower_first(role)}?"
        return None
    fronted = re.match(r"((?:In|On|By|During) [^,]{3,30}, )", prefix)
    opening = ""
    if fronted and re.search(r"\d", fronted.group(1)):
        opening, prefix = fronted.group(1), prefix[fronted.end() :]  # "In 2007, who ...?"
    titled = re.fullmatch(r"(?:[A-Z][\w-]* )?" + TITLE_WORDS + r"\.? ", prefix)
    if titled:
        entity_cls = "person"
    elif prefix not in ("", "The ", "the "):
        return None
    words = rest.split()
    if not words or not (VERBISH.match(words[0]) or re.fullmatch(r"[a-z]{3,}(ed|es)", words[0])):
        return None
    if not _simple_rest(rest):
        return None
    if re.match(r"(is|are|was|were) (a|an|one|part|among|some|also)\b", rest.strip()):
        return None  # "Which force is a single unified service branch?" fits every branch
    if entity_cls == "person" or entity_cls == "name" and PERSON_VERBS.match(words[0]):
        wh = "Who"
    else:
        first, head = span.text.split()[0], span.text.split(" of ")[0].split()[-1]
        if first.lower() in ("operation", "battle", "treaty", "siege", "war"):
            head = first  # "Operation Edelweiss" is an operation
        if entity_cls in ("org", "event") and head[:1].isupper():
            wh = f"Which {head.lower()}"
        else:
            return None
    if opening:
        wh = opening + wh[0].lower() + wh[1:]
    return _tidy(f"{wh} {rest}") + "?"


SAME_PARTICIPLE = {"built", "led", "won", "held", "made", "bought", "sold", "sent", "paid", "kept"}


def by_question(sentence: Sentence, span: Span, entity_cls: str) -> str | None:
    """``X was founded by St. Petroc in 540.`` -> ``Who founded X in 540?``."""
    if sentence.lead_in or span.type != "entity" or entity_cls not in ("person", "name", "org"):
        return None
    text = sentence.text.rstrip(".")
    before, after = text[: span.start], text[span.end :]
    match = re.fullmatch(r"(.+?) (was|were) ([a-z]+) by (the )?", before)
    if not match or after.startswith((" and", ",", " or")):
        return None
    subject, _, verb, _ = match.groups()
    if not (re.fullmatch(r"[a-z]{3,}ed", verb) or verb in SAME_PARTICIPLE):
        return None
    if not _good_subject(subject) or not _simple_rest(after):
        return None
    return _tidy(f"Who {verb} {_lower_first(subject)} {after}") + "?"


def infobox_question(name: str, label: str, title: str) -> str | None:
    """Question wording for an infobox field, or None for fields not worth asking."""
    if INFOBOX_SKIP.match(name.strip()) or name.strip().lower() in INFOBOX_VAGUE:
        return None
    key = name.strip().lower().replace(" ", "_")
    template = INFOBOX_WORDING.get(key) or INFOBOX_WORDING.get(name.strip().lower())
    if template:
        question = template.format(t=title)
        if title.startswith("the ") and title.endswith("s"):
            question = question.replace(" does the ", " do the ").replace(" was the ", " were the ")
        if question.startswith(("Who is", "Who owns", "Who publishes")):
            question = "According to the article, " + question[0].lower() + question[1:]
        return question
    return None
