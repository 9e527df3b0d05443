"""The checks a strict teacher makes of an item: answer given away by the wording, the title,
arithmetic or another name; trivia not worth asking; and how central a fact is to the article."""

from __future__ import annotations

import re

from quiz.generator.entities import GENERIC_WORDS, EntityTypes
from quiz.generator.facts import Facts, Sentence
from quiz.generator.lexicon import given_name, indefinite, known_noun
from quiz.generator.spans import Span
from quiz.generator.subject import KIND_NOUNS
from quiz.text import normalize

YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a decade": 10,
    "a century": 100,
    "decade": 10,
    "century": 100,
}
TRIVIA_BEFORE = re.compile(
    r"(?i)(?:\bno\.|\bnumber|#|\bcatalogue|\bcatalog|\basteroid|\bisbn|\bissn|\bcode|\broute|"
    r"\bhighway|\bpage|\bp\.|\bpp\.|\bflight|\bserial|\bmodel|\bversion|\bvolume|\bvol\.|"
    r"\bchapter|\bsection|\barticle|\bresolution|\bdecree|\bact|\bpostcode|\bzip)\s*$"
)
AS_OF = re.compile(r"(?i)\b(?:as of|as at|by the end of|at the end of|since)\s+$")
# Words that make a statement a claim or an opinion rather than a fact to mark true or false.
HEDGE = re.compile(
    r"(?i)\b(?:reportedly|allegedly|apparently|possibly|probably|perhaps|maybe|might|may|"
    r"is said|are said|was said|were said|is thought|was thought|is believed|was believed|"
    r"considered|regarded|claimed|claims|insist|insists|insisted|argue|argued|argues|allege|"
    r"alleged|suggest|suggested|described as|seen as|known as|best|greatest|worst|"
    r"most important|most famous|famous|notable|widely|arguably|supposedly|rumou?red)\b"
)
# Words before a number that make a nearby wrong number still true ("over 150" -> "over 100").
APPROX = re.compile(
    r"(?i)\b(?:about|around|approximately|roughly|nearly|almost|some|circa|c\.|over|more than|"
    r"less than|fewer than|under|up to|at least|at most|estimated|an estimated)\s*$"
)
# A sentence about a report, survey or estimate: its year and scope are source details.
SOURCE_CLAUSE = re.compile(
    r"(?i)\b(?:according to|reported|report|survey|poll|study|studies|census|estimated?|"
    r"estimates|figures|statistics|ranked|ranking|index|assessment|assessed)\b|"
    r"\b(?:press|media|newspapers?) (?:published|reported)"
)
# "published" dates a figure ("a study published in 2009 put the total at 300") but is itself
# the fact when the sentence gives no figure ("In 1843 she published a translation").
PUBLISHED = re.compile(r"(?i)\bpublished\b")
NAMED_EVENT = re.compile(
    r"\b(?:during|after|before|in|following|since) the (?:[A-Z][\w-]* )+(?:War|Revolution|"
    r"Crisis|Olympics|Games|Depression|Blitz|Uprising|Rebellion|Reformation|Crash)\b|"
    r"\b(?:World War|Gulf War|Cold War|Domesday)\b"
)
BOUND = re.compile(
    r"(?i)\b(?:over|more than|at least|less than|fewer than|under|up to|at most|almost|nearly|"
    r"comfortably over|well over|just over|just under|in excess of)\s*$"
)
DANGLING_PROMPT = re.compile(
    r"^(?:he|she|it|they|his|her|its|their|this|these|those|such|however|also|thus|therefore|"
    r"furthermore|moreover|meanwhile|later|afterwards|then|in addition|as a result|in turn|"
    r"instead|nevertheless)\b[ ,]",
    re.I,
)


def other_years(sentence: Sentence, span: Span) -> list[int]:
    """Years the sentence mentions besides the answer (wrong years must keep their order)."""
    others = sentence.text[: span.start] + " " + sentence.text[span.end :]
    return [int(y) for y in YEAR_IN_TEXT.findall(others)]


def _numbers_in(text: str) -> list[float]:
    out: list[float] = []
    for match in re.finditer(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", text):
        try:
            out.append(float(match.group().replace(",", "")))
        except ValueError:
            continue
    low = text.lower()
    for word, value in NUMBER_WORDS.items():
        if re.search(rf"\b{word}\b", low):
            out.append(float(value))
    return out


def derivable(answer: str, prompt_rest: str, title: str) -> bool:
    """The answer follows from other numbers in the prompt or the title: "began in 1618 and
    lasted thirty years, ending in _____"; "born in 1946 ... died in 1991 aged _____"."""
    try:
        value = float(re.sub(r"[^\d.]", "", answer) or "nan")
    except ValueError:
        return False
    if value != value:  # NaN
        return False
    others = _numbers_in(prompt_rest) + _numbers_in(title)
    for i, a in enumerate(others):
        for b in others[i + 1 :] + [0.0]:
            if value in (a + b, abs(a - b), abs(a - b) - 1, abs(a - b) + 1) and b != 0:
                return True
        if value == a and a >= 10:
            return True
    return False


def reject_answer(sentence: Sentence, span: Span, facts: Facts, types: EntityTypes) -> str:
    """Why this span cannot be the answer of any item ("" when it can)."""
    text = span.text
    norm = normalize(text)
    title = normalize(facts.title)
    before, after = sentence.text[: span.start], sentence.text[span.end :]
    if not re.search(r"[A-Za-z0-9]", text) or len(norm) < 2 or len(text.split()) > 6:
        return "not typable"
    if norm == title or norm in title or (len(norm) > 3 and title in norm):
        return "in the title"
    section_words = set(normalize(sentence.section).split())
    if span.type == "entity" and set(norm.split()) <= section_words:
        return "in the section name"
    if norm in set(title.split()) or norm == normalize(facts.subject.bare):
        return "the subject"
    if facts.subject.country and norm == normalize(facts.subject.country):
        return "the article's own country"  # "the highest literacy rate in which country?"
    if facts.subject.person and normalize(facts.subject.bare) in norm.split():
        return "the subject"  # "Allen Robert Morris" in the article on Allen R. Morris
    person = types.coarse.get(text) == "person"
    if span.type == "entity" and not person and _stems(text) & _stems(facts.title):
        return "shares a name with the title"  # "Which navy ...?" -> "Azerbaijan Navy"
    if span.type == "date" and not re.search(r"\d{4}", text):
        return "a day with no year"  # "On June 27": of which year?
    if span.type == "percent" and re.match(r"0\.", text):
        return "a residual share"  # "other minorities 0.03%"
    if re.search(r"(?i)\bfrom (?:late |early |mid-?)?\d{4} to (?:late |early |mid-?)?$", before):
        return "the end of a range"  # "from late 1928 to early _____"
    if span.type in ("year", "date") and NAMED_EVENT.search(sentence.text):
        return "a year the named event gives away"  # "in 1991, during the Gulf War"
    if span.type in ("year", "date") and AS_OF.search(before):
        return "an 'as of' date"
    if span.type == "year" and re.match(r" ?[A-Z][a-z]", after):
        return "part of a name"  # "the 2028 Summer Olympics": the year names the event
    if span.type == "year" and re.search(r"\b[A-Z][\w'’]+ (?:for|of) $", before):
        return "part of a name"  # "the Excellence in Environment Award for 2010"
    if span.type in ("year", "date") and _has_figure(sentence):
        return "the date of a figure"  # "In 2016, the port handled 214 million tons"
    if span.type in ("number", "percent", "money") and (
        re.search(r"\d[\d,.]* (?:and|or|to) $", before) or re.match(r" (?:and|or|to) \d", after)
    ):
        return "one of a pair of figures"  # "wavelengths of 687 and 760 nm"
    if span.type in ("year", "date") and re.search(
        r"\b(?:[Ff]rom|[Bb]etween) [^,;]{1,40} (?:and|to|until|till|through|[–-]) $", before
    ):
        return "the end of a range"  # "from September 1944 to _____": the start gives it away
    if span.type == "date" and re.search(
        r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|\d{1,2}) (?:and|or|to|until|through) $",
        before,
    ):
        return "the end of a range"  # "in March and _____ 1978"
    if span.type == "entity" and _in_list(sentence, span):
        return "one of a list"  # "11 in the United States, 3 in Mexico, and 2 in _____"
    if span.type == "year" and (
        re.match(r",? (?:and |or )?\d{4}\b", after)
        or re.search(r"\b\d{4},? (?:and |or )?$", before)
    ):
        return "one of a list of years"  # "the _____, 2014, and 2018 tournaments"
    if span.type in ("year", "date") and _heading_bounds(sentence.section, span.text):
        return "in the section name"  # under "1994–1998: Minister for the Environment"
    if span.type in ("year", "date") and re.search(
        r"\b\d+(?:st|nd|rd|th) (?:birthday|anniversary)\b", sentence.text
    ):
        return "derivable"  # "Adams's 61st birthday" and his date of birth give the year
    if (
        span.type == "entity"
        and types.coarse.get(text) == "person"
        and _named_with_another(text, sentence, facts)
    ):
        return "named with another elsewhere"  # "founded by Will Shu" (and Greg Orlowski)
    if shared_frame(sentence, span, facts, types):
        return "another name fits the frame"  # "_____ faced Iraq" (so did France)
    if span.type in ("number", "percent") and _other_close_value(sentence, span, facts):
        return "the article gives another value"  # 20.8% here, 20.95% in the lead
    if span.type in ("year", "date", "number", "percent") and (
        SOURCE_CLAUSE.search(sentence.text)
        or (PUBLISHED.search(sentence.text) and _has_figure(sentence))
    ):
        if span.type != "number" or re.search(
            r"\b(?:survey|poll|countries|respondents)\b", sentence.text
        ):
            return "the date or scope of a report, survey or estimate"
    if span.type == "number" and re.match(r"['’]?s\b|\+", after):
        return "a decade or a bound"  # "the mid 90's", "a 40+-year career"
    if span.type in ("number", "money", "percent") and not _about_subject(sentence.text, facts):
        return "a figure about something else"  # "Some 440 pupils" at one primary school
    if span.type in ("number", "money", "percent") and BOUND.search(before):
        return "a bound, not a value"  # "comfortably over 1,500": any smaller figure fits
    if TRIVIA_BEFORE.search(before):
        return "a catalogue number"
    if span.type == "number":
        digits = re.sub(r"\D", "", text)
        if len(digits) >= 5 and "," not in text:
            return "a code, not a quantity"
        if len(digits.rstrip("0")) >= 5:
            return "a figure to the last digit"  # "23,436 aircraft movements": trivia
        if re.search(r"\.\d{3,}", text):
            return "too precise"
    if span.type in ("year", "number") and derivable(text, before + " " + after, facts.title):
        return "derivable"
    if before.count("(") > before.count(")"):
        return "an aside"
    if visible_elsewhere(sentence, span):
        return "given away by the sentence"
    return ""


def _in_list(sentence: Sentence, span: Span) -> bool:
    """A member of a list of three or more names: "A, B and _____" (the last is given away),
    "Cape Verde, Curaçao, _____, and Uzbekistan" (any other member fits as well)."""
    text = sentence.text
    gap = r",? (?:and |or )?(?:\S+ ){0,3}"
    spans = sentence.swappable or sentence.spans
    chain = [span]
    for sp in sorted((s for s in spans if s.type == "entity"), key=lambda s: -s.start):
        if sp.end <= chain[0].start and re.fullmatch(gap, text[sp.end : chain[0].start]):
            chain.insert(0, sp)
    for sp in sorted((s for s in spans if s.type == "entity"), key=lambda s: s.start):
        if sp.start >= chain[-1].end and re.fullmatch(gap, text[chain[-1].end : sp.start]):
            chain.append(sp)
    return len(chain) >= 3 and any("," in text[a.end : b.start] for a, b in zip(chain, chain[1:]))


def _heading_bounds(section: str, answer: str) -> bool:
    """The section path shows the answer's year or a range of years around it."""
    year = re.search(r"\d{4}", answer)
    if not year:
        return False
    value = int(year.group())
    for match in re.finditer(r"(\d{4})(?:\s*[–-]\s*(\d{4}|present))?", section):
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) and match.group(2).isdigit() else low
        if match.group(2) == "present":
            high = 9999
        if low <= value <= high:
            return True
    return False


def _named_with_another(name: str, sentence: Sentence, facts: Facts) -> bool:
    """Elsewhere the article names this person together with another ("founded by Will Shu
    and Greg Orlowski"), so a gap for one of them has two right answers."""
    pair = rf"(?:\b{re.escape(name)},? and [A-Z][a-z]+|[A-Z][a-z]+,? and {re.escape(name)}\b)"
    lines = [fld.value for fld in facts.infobox if name in fld.value]
    if any(re.search(r",|\band\b", line.replace(name, "")) for line in lines):
        return True
    return any(
        other.index != sentence.index and re.search(pair, other.text) for other in facts.sentences
    )


def _other_close_value(sentence: Sentence, span: Span, facts: Facts) -> bool:
    """The article gives a different value within 5% of this one with the same unit
    elsewhere ("20.8% of its volume" here, "20.95% of the atmosphere" in the lead)."""
    value = _figure(span.text)
    if not value:
        return False
    if span.type == "percent":
        pattern = r"(\d[\d,]*(?:\.\d+)?)(?:%| per ?cent)"
    else:
        unit = sentence.text[span.end :].split()[:1]
        if not unit or not unit[0].isalpha():
            return False
        pattern = rf"(\d[\d,]*(?:\.\d+)?) {re.escape(unit[0])}\b"
    for match in re.finditer(pattern, facts.prose):
        found = _figure(match.group(1))
        if found and found != value and abs(found - value) <= 0.05 * value:
            return True
    return False


def _figure(text: str) -> float:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(match.group().replace(",", "")) if match else 0.0


def _about_subject(text: str, facts: Facts) -> bool:
    """The sentence names the article's subject (a figure there is a figure about it)."""
    subject = facts.subject
    names = {subject.bare, re.sub(r"\s*\(.*\)$", "", facts.title)}
    if any(n and re.search(rf"\b{re.escape(n)}\b", text) for n in names):
        return True
    return not subject.person and shares_title(text, facts.title)  # "Azerbaijan Navy ..."


def trivia(sentence: Sentence, span: Span, facts: Facts) -> bool:
    """A value not worth a false statement either: an "as of" date, a report's year or scope,
    a bound, a catalogue number, a figure to the last digit, one the prompt lets you work out."""
    reason = reject_answer(sentence, span, facts, EntityTypes())
    return reason in (
        "an 'as of' date",
        "the date or scope of a report, survey or estimate",
        "a bound, not a value",
        "a catalogue number",
        "a code, not a quantity",
        "a figure to the last digit",
        "too precise",
        "derivable",
        "an aside",
        "a decade or a bound",
        "a figure about something else",
    )


def visible_elsewhere(sentence: Sentence, span: Span) -> bool:
    """The answer (or a telling part of it) shows in the rest of the sentence."""
    rest = normalize(sentence.text[: span.start] + " " + sentence.text[span.end :]).split()
    words = normalize(span.text).split()
    if not words:
        return True
    if span.type == "entity" and len(words[-1]) >= 4 and words[-1] in rest and len(words) == 1:
        return True  # "Navy ... the _____" for a one-word name
    significant = [
        w for w in words if len(w) >= 3 and w not in GENERIC_WORDS and w not in KIND_NOUNS
    ]
    shown = [w for w in significant if w in rest or f"{w}s" in rest]
    if len(significant) >= 2 and len(shown) * 2 >= len(significant):
        return True
    for word in words:
        if len(word) < 5 or word.isdigit() or word in KIND_NOUNS or word in GENERIC_WORDS:
            continue
        for other in rest:
            if len(other) >= 5 and (other[:4] == word[:4] or other in word or word in other):
                return True  # "Cornish" gives away "Cornwall"
    initials = "".join(w[0] for w in span.text.split() if w[:1].isupper())
    if len(initials) >= 2 and re.search(rf"\b{initials}\b", sentence.text):
        return True  # "Finn VC Estate ... in honour of _____ winner" (Victoria Cross)
    return bool(re.search(rf"(^|\s){re.escape(' '.join(words))}(\s|$)", " ".join(rest)))


def prompt_problem(prompt: str, span: Span, facts: Facts) -> bool:
    """A prompt that shows its answer, dangles or runs too long."""
    words = prompt.split()
    if len(words) > 34 or DANGLING_PROMPT.match(prompt):
        return True
    norm_prompt = f" {normalize(prompt.replace('_____', ' '))} "
    return f" {normalize(span.text)} " in norm_prompt


def statement_ok(text: str) -> bool:
    """A sentence that makes a clear statement of fact: no claim, opinion, long quotation or
    report about a survey or study (a source's detail)."""
    if HEDGE.search(text) or not 7 <= len(text.split()) <= 32:
        return False
    if re.search(r"(?i)\b(?:survey|poll|study|report|census)\b", text):
        return False
    quoted = re.findall(r'"([^"]*)"', text)
    return text.count('"') % 2 == 0 and all(len(q.split()) <= 4 for q in quoted)


def false_ok(text: str, start: int) -> bool:
    """A statement that a changed value at ``start`` makes clearly false: no approximation or
    bound just before it ("over 150 players" stays true for "over 100")."""
    return statement_ok(text) and not APPROX.search(text[:start])


def substitute(text: str, start: int, end: int, value: str) -> str:
    """``text`` with ``value`` in place of ``text[start:end]``, with "a"/"an" before it fixed."""
    before = text[:start]
    article = re.search(r"\b([Aa])n? $", before)
    if article:
        word = indefinite(value)
        word = word.capitalize() if article.group(1) == "A" else word
        before = before[: article.start()] + word + " "
    return before + value + text[end:]


def unique_person_gap(sentence: Sentence, span: Span, facts: Facts, types: EntityTypes) -> bool:
    """A person's name as a gap has one answer when no other person of the same role appears
    in the same section: "formed Queen with guitarist _____" (the only guitarist)."""
    fine = types.fine.get(span.text, "person")
    for other in facts.sentences:
        if other.section != sentence.section:
            continue
        for s in other.spans:
            if s.type != "entity" or s.text == span.text or types.same_thing(s.text, span.text):
                continue
            if types.fine.get(s.text) == fine and types.coarse.get(s.text) == "person":
                return False
    return True


def _stems(text: str) -> set[str]:
    """Distinctive word stems of a text (kind nouns such as "building" left out)."""
    return {w[:6] for w in re.findall(r"[a-z]{6,}", normalize(text)) if w not in KIND_NOUNS}


def shares_title(name: str, title: str) -> bool:
    """A name that repeats a distinctive word of the title ("Raith Rovers Football Club")."""
    return bool(_stems(name) & _stems(title))


def ruled_out(choice: str, prompt: str) -> bool:
    """A wrong choice the prompt itself rules out or gives away: "Azerbaijani Army" as the army
    that invaded Azerbaijan (shares a name with the prompt)."""
    return bool(_stems(choice) & _stems(prompt))


def plausible_name(name: str, answer: str = "A") -> bool:
    """A name fit to be a choice beside ``answer``: written like it (a name for a name, a term
    for a term), short, no digits or brackets, not a lone common word ("Hospital")."""
    if " " not in name and name[:1].isupper() and _common_word(name.lower()):
        return False
    return (
        name[:1].isupper() == answer[:1].isupper()
        and len(name.split()) <= 5
        and not re.search(r"[\d()\[\]]", name)
        and len(name) >= 3
    )


def salience(
    sentence: Sentence, span: Span, kind: str, facts: Facts, types: EntityTypes, prompt: str
) -> float:
    """How much a teacher would want this fact learned (0 = not worth asking)."""
    score = 1.0 if sentence.section == "" else 0.6
    if not sentence.anchored:
        score -= 0.35
    subject = facts.subject
    if re.search(rf"\b{re.escape(subject.bare)}\b", sentence.text) or normalize(
        facts.title
    ) in normalize(sentence.text):
        score += 0.25
    score += {"date": 0.3, "year": 0.25, "person": 0.35, "entity": 0.3, "money": 0.15}.get(
        kind, 0.1
    )
    if span.type == "entity" and types.mentions.get(span.text, 0) >= 3:
        score += 0.15
    if span.type == "number":
        value = re.sub(r"\D", "", span.text)
        if value and int(value) < 10:
            score -= 0.3
    words = len(prompt.split())
    if words > 30:
        score -= 0.5
    elif words > 25:
        score -= 0.2
    elif 8 <= words <= 22:
        score += 0.1
    return max(score, 0.0)


def statement_salience(sentence: Sentence, facts: Facts) -> float:
    """How central a plain statement is: lead sentences and ones about the subject first."""
    score = 0.9 if sentence.section == "" else 0.55
    if re.search(rf"\b{re.escape(facts.subject.bare)}\b", sentence.text):
        score += 0.2
    words = len(sentence.text.split())
    return score - (0.2 if words > 25 else 0.0)


def unit_in_prompt(prompt: str, span: Span) -> bool:
    """Another amount in the same unit in the prompt ("1%" beside a percentage gap): it rules
    some wrong choices out."""
    if span.type not in ("percent", "money", "number"):
        return False
    rest = prompt.replace(span.text, " ")
    if span.type == "percent":
        return bool(re.search(r"\d\s?(?:%|per ?cent)", rest))
    if span.type == "money":
        return bool(re.search(r"[$£€¥]\s?\d", rest))
    unit = re.match(r"\s*([a-z]+)", prompt[prompt.find("_____") + 5 :] if "_____" in prompt else "")
    return bool(unit and re.search(rf"\d[\d,.]*\s{unit.group(1)}\b", rest))


def _common_word(word: str) -> bool:
    return known_noun(word) and not given_name(word.capitalize())


def _has_figure(sentence: Sentence) -> bool:
    """The sentence states a quantity besides its dates."""
    return any(sp.type in ("number", "money", "percent") for sp in sentence.spans)


def role_before(text: str, span: Span) -> bool:
    """A role noun just before the name ("co-host Canada", "guitarist Brian May"): choices
    must hold that role too, which the article rarely shows."""
    match = re.search(r"\b([a-z][a-z-]+) $", text[: span.start])
    return bool(match) and known_noun(match.group(1)) and match.group(1) not in NOT_ROLES


NOT_ROLES = frozenset(
    """the a an and or of in on at by for with from to into than as via per its his her their
    our your this that these those whose which who where when""".split()
)


def shared_frame(sentence: Sentence, span: Span, facts: Facts, types: EntityTypes) -> bool:
    """ "Which country faced Iraq?" has two answers when another sentence names Iraq with
    another country: a name that opens its sentence is asked only when the sentence's other
    names meet no rival of the answer's kind elsewhere."""
    if span.start > 4 or span.type != "entity":
        return False
    kind = types.coarse.get(span.text, "")
    others = [s.text for s in sentence.spans if s is not span and s.type == "entity"]
    if not kind or not others:
        return False
    for other in facts.sentences:
        if other.index == sentence.index or not any(o in other.text for o in others):
            continue
        rivals = [
            s for s in other.swappable if s.text != span.text and types.coarse.get(s.text) == kind
        ]
        if rivals:
            return True
    return False
