"""A strict teacher's checks of an item's wording: stand-alone prompts, one answer, fair choices."""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generator.answers import YEAR_IN_TEXT, reject_answer, stems
from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Facts, Sentence
from quiz.generator.firstchar import Quick
from quiz.generator.gazetteer import names_a_region_of
from quiz.generator.general import (
    FAMOUS_EVENT,
    FAMOUS_GAP,
    NAMED_EVENT_GAP,
    famous_war_dated,
    office_given,
)
from quiz.generator.hedges import HEDGE
from quiz.generator.lexicon import (
    FUNCTION_WORDS,
    given_name,
    indefinite,
    known_noun,
    known_word,
    named_by_adjective,
)
from quiz.generator.spans import DAY_MONTH, FULL_MONTH, MONTH_YEAR, Span, tail
from quiz.generator.wording import (
    AIM,
    CAST_OR_KIN,
    SIDE_CLAUSE,
    SIDE_EVENT,
    TITLES,
    broken_copy,
    fronted_other,
    names_nothing,
)
from quiz.text import normalize

# Words before a number that make a nearby wrong number still true ("over 150" -> "over 100").
APPROX = re.compile(
    r"(?i)\b(?:about|around|approximately|roughly|nearly|almost|some|circa|c\.|over|more than|"
    r"less than|fewer than|under|up to|at least|at most|estimated|an estimated)\s*$"
)

DANGLING_PROMPT = re.compile(
    r"^(?:he|she|it|they|his|her|its|their|this|these|those|such|however|also|thus|therefore|"
    r"furthermore|moreover|meanwhile|later|afterwards|then|in addition|as a result|in turn|"
    r"instead|nevertheless)\b[ ,]|^_____ (?:(?:is|was) (?:a|an)|(?:was|were) born)\b",  # any fits
    re.I,
)


def trivia(sentence: Sentence, span: Span, facts: Facts) -> bool:
    """A value not worth a false statement either ("as of" dates, bounds, catalogue numbers)."""
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


# A year right after a count ("1000 contributors in _____"): a statistic's date (R9).
COUNT_BEFORE_YEAR = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?: [a-z]+){0,2} (?:in|by) $")
# A gap naming who estimated or reported it: a source ("By the estimations of _____, ...")
SOURCE_BEFORE_GAP = re.compile(
    r"(?i)\b(?:according to(?: [\w ]{0,40}(?: and)?)?|estimat\w* (?:of|by)|(?:reported|cited|"
    r"quoted|recommended|rated|ranked|described|praised|criticised|criticized|emphasi[sz]ed|"
    r"noted|argued|stated|observed|pointed out|provided|compiled)(?: [\w ]{0,40})? by|"
    r"in the (?:words|view|opinion) of|"
    r"(?:journalist|critic|reviewer|columnist|reporter|biographer|commentator|historian|"
    r"scholar|researcher|analyst)s?) $"
)
SOURCE_AFTER_GAP = re.compile(  # (or "_____ has argued that Alhazen ...": R20, a scholar's view)
    r"^,? (?:writing|reviewing|reporting) (?:for|in)\b|"
    r"^ (?:has )?(?:argued|claimed|contended|(?:proposed|suggested) that)\b"
)


def source_name(sentence: Sentence, span: Span) -> bool:
    """A name that is only the source of a claim about the subject: not worth asking."""
    return span.type == "entity" and bool(
        SOURCE_BEFORE_GAP.search(tail(sentence.text[: span.start]))
        or SOURCE_AFTER_GAP.search(sentence.text[span.end :])  # "_____, writing for Kompas"
    )


def count_year(sentence: Sentence, span: Span) -> bool:
    """A year that only dates a count or a figure ("1000 contributors in _____"): not worth it."""
    return span.type == "year" and bool(COUNT_BEFORE_YEAR.search(sentence.text[: span.start]))


# A list, poll, ranking ("voted ... the second best in _____") or announcement: its date is trivia
RANKED = re.compile(
    r"(?i)\b(?:list of|top (?:\d+|ten|twenty|fifty|hundred)|voted (?!for|to|against|in)|"
    r"ranked|rated|poll|survey|charts?)\b"
)


def date_of_ranking(sentence: Sentence, span: Span) -> bool:
    """A year or date that dates a list, a poll or an announcement, not an event."""
    if span.type not in ("year", "date"):
        return False
    announced = span.type == "date" and re.search(r"\bannounced\b", sentence.text)
    return bool(announced or RANKED.search(sentence.text))


NATIONAL_BODY = re.compile(  # "South African Navy": the nation's own
    r"(?:The )?((?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:ian|an|ese|ish|i|ic|ch)) (?:Navy|Army|Air Force|"
    r"Police|Government|Parliament|Armed Forces|Coast Guard|Marine Corps|Railways?)\b"
)


def _short_year_named(prompt: str, answer: str) -> bool:
    """The prompt names the answer's year ("Idex-95", "MKb42"; a day's: "the 1980 ...", R343)."""
    year = re.search(r"\b(1\d|20)(\d{2})\b", answer)
    if year is None or year.group() != answer and re.search(rf"\b{year.group()}\b", prompt):
        return year is not None  # (no year; or a day whose year the prompt gives in full)
    return bool(re.search(rf"(?:[A-Za-z]-|['’]|[A-Za-z]{{2}}){year.group(2)}\b", prompt))


@lru_cache(maxsize=8)
def definition(prose: str) -> str:
    """The article's first sentence ("X is a Ukrainian band ..."), found once per article."""
    lead = re.search(r"[A-Za-z][^\n]*?(?:[.!?](?=\s+[A-Z])|\n|$)", prose[:1500])  # ("E.T. the")
    return lead.group() if lead else ""


def prompt_problem(prompt: str, span: Span, facts: Facts) -> bool:
    """A prompt that shows its answer, dangles or runs too long."""
    words = prompt.split()
    if len(words) > 34 or DANGLING_PROMPT.match(prompt):
        return True
    if re.search(r"(?:−|(?<![\w–-])-)_____", prompt):
        return True  # "a daytime average of about −_____°C": the sign stays outside the gap
    if span.type in ("year", "date") and re.search(
        r"\b(?:shortly|soon|just|immediately) (?:after|before)\b", prompt
    ):
        return True  # "in _____, shortly after Angola gained its independence": that date
    if office_given(prompt, span.text if span.type == "entity" else ""):
        return True  # "Amazon founder _____": general knowledge; "Guitarist _____": whose?
    if span.type == "entity" and (
        named_by_adjective(span.text, f"{prompt} {facts.title} {definition(facts.prose)}")
        or named_by_adjective(facts.title, span.text)  # "the UK ...: which empire?" (British)
    ):
        return True  # (the subject's own country: "released in which country?" -> Japan)
    nation = NATIONAL_BODY.match(span.text) if span.type == "entity" else None
    if nation and re.sub(r"(?:ian|an|ese|ish|i|ic)$", "", nation.group(1)) in (
        f"{prompt} {facts.title} {facts.subject.country or '-'} {definition(facts.prose)}"
    ):
        return True  # "which navy?" in Cape Town's article (R41), a "French astronomer's" (R343)
    others = prompt.replace(facts.title, "").replace(facts.subject.name or facts.title, "")
    if span.type == "entity" and names_a_region_of(others, span.text):
        return True  # "Norfolk, Virginia in which country?" (the subject itself may be one)
    if span.type in ("year", "date") and _short_year_named(prompt, span.text):
        return True  # "the Idex-95 exhibitions" gives 1995
    if span.type == "entity" and famous_war_dated(span.text, f"{prompt} {facts.title}"):
        return True  # "in 1809 ... during which wars?" (the Napoleonic Wars, R69)
    if NAMED_EVENT_GAP.search(prompt):
        return True  # "the 1999 NATO bombing of which country?", "after the fall of the _____"
    if re.search(r"_____(?: \([^)]*\))?/\d|\d/_____|_____ \(year\)['’]s [a-z]|#\d{5}", prompt):
        return True  # "_____ (number)/47 BC", "_____ (year)'s cinema" (R70), "#70000032" (R342)
    if span.type == "year" and _next_year_beside(prompt, span.text):
        return True  # "in _____ and 1987" (1986): a year beside its neighbour
    if re.search(
        r"\d+ (?:days?|hours?|minutes?),? _____ (?:\(number\) )?(?:hours|minutes|seconds)", prompt
    ):
        return True  # "30 days, _____ hours, and 30 minutes": a part of a measurement (R12)
    if re.search(r"_____ (?:\(number\) )?years (?:after|before|since)\b", prompt) and (
        YEAR_IN_TEXT.search(prompt)
    ):
        return True  # "on September 1, 1981 — exactly _____ years after World War II began"
    if span.type == "entity" and _named_in(span.text, prompt.replace("_____", " ")):
        return True  # "James Clark Ross sailed through the Ross Sea and discovered _____"
    if span.type == "entity" and FAMOUS_GAP.search(prompt):
        return True  # "The astrophysicist _____ is a famous example of ...": Stephen Hawking
    if re.search(r"_____\.(?= [a-z])", prompt) or broken_copy(prompt):
        return True  # "_____. devoted ..." (the answer's "Warner Bros." kept its point)
    if span.type in ("number", "money", "percent") and re.search(r"\bonly _____", prompt):
        return True  # "only _____ wins": the smallest choice
    if span.type in ("year", "date") and _bounded(prompt, span.text):
        return True  # "in the 1960s", "From 1973-1976 ... in _____", "_____ and January 2009"
    event = FAMOUS_EVENT.search(prompt)  # (its year or month; not its day: "September 17, 1176")
    dated = span.type == "year" or span.type == "date" and not re.search(r"\d{1,2}\D", span.text)
    if dated and event and event.group() not in facts.title:
        return True  # "the Battle of Iwo Jima in _____" (R39), "When the Italians capitulated"
    before = re.findall(r"\b([A-Z][^\W\d_]+) _____", prompt)  # "Pål _____ was early": the
    before = [w for w in before if w.lower() not in FUNCTION_WORDS]
    if span.type == "entity" and any(given_name(w) or not known_word(w.lower()) for w in before):
        return True  # the gap splits a name (R36; not "In _____", "During _____")
    norm_prompt = f" {normalize(prompt.replace('_____', ' '))} "
    return f" {normalize(span.text)} " in norm_prompt


def _bounded(prompt: str, answer: str) -> bool:
    """The prompt's decade, short range or next month gives the answer's year away (R36)."""
    value = int((re.findall(r"\d{4}", answer) or ["0"])[0])  # (0: no year)
    if re.search(rf"\b{value // 10}0s\b", prompt):
        return True
    for low, high in re.findall(r"\b(\d{4})\s?[–-]\s?(\d{2,4})\b", prompt):
        end = int(high) if len(high) == 4 else int(low[:2] + high)
        if int(low) <= value <= end and end - int(low) <= 5:
            return True
    if re.match(r"[A-Z][a-z]+ \d{4}$", answer) and answer[-4:] in prompt:
        return True  # "injured before the _____ (month and year) game ... in 1949": the month only
    gap = prompt.find("_____")
    low = [int(y) for y in re.findall(r"\b\d{4}\b", prompt[:gap])]
    high = [int(y) for y in re.findall(r"\b\d{4}\b", prompt[gap:])]
    if low and high and max(low) < value < min(high) <= max(low) + 4:
        return True  # "defense minister in 1993, head of security in _____ and minister in 1996"
    return bool(re.search(rf"_____(?: \([^)]*\))? and (?:{FULL_MONTH}) \d{{4}}", prompt))


def _named_in(answer: str, prompt: str) -> bool:
    """A name of the answer that is no English word ("Ross" of "Ross Island") is in the prompt."""
    words = re.findall(r"\b[A-Z][a-z]{2,}\b", answer)
    return any(not known_word(w.lower()) and re.search(rf"\b{w}\b", prompt) for w in words)


def _next_year_beside(prompt: str, answer: str) -> bool:
    """A year gap joined to the year next to it ("in _____ and 1987", "1985 or _____", and a
    range's end a year off: "produced between _____ and 1932", R257): the neighbour gives it."""
    pair = re.search(r"_____(?: \(year\))?,? (?:and|or|to|until) (\d{4})\b", prompt)
    pair = pair or re.search(r"\b(\d{4}),? (?:and|or|to|until) _____", prompt)
    return bool(pair and answer.isdigit() and abs(int(pair.group(1)) - int(answer)) == 1)


def statement_ok(text: str) -> bool:
    """A clear statement of fact: no claim, opinion, long quotation, goal or survey's detail."""
    if TIME_BOUND.search(text) or broken_copy(text):
        return False  # "will come out in September", "is the world's second-largest": when?
    if HEDGE.search(text.replace('"', "")) or not 7 <= len(text.split()) <= 30 or ";" in text:
        return False  # (two claims joined by ";": which one is false?)
    trivia = r"survey|poll|study|report|census|postal|post office|zip code|No\. ?\d{3,}|junction|"
    trivia += r"intersection|favou?rite"  # (a road's junction, one's favourite: R300-R301)
    if re.search(rf"(?i)\b(?:{trivia})\b", text) or CENSUS_FIGURE.search(text):
        return False
    bare = re.sub(rf"\b(?:{FULL_MONTH}) \d{{1,2}}\b|\b\d{{1,2}} (?:{FULL_MONTH})\b", "", text)
    figures = re.findall(r"(?<![\w.,])\d[\d,.]*(?!\w)", YEAR_IN_TEXT.sub("", bare))  # (no days)
    if len(figures) > 1 or re.search(r"(?<![$£€¥\d.])\d+\.\d{2,}", text):
        return False  # "14 officers, 16 sergeants and 120 privates", "22.91%": statistics
    quoted = re.findall(r'"([^"]*)"', text)
    return text.count('"') % 2 == 0 and all(len(q.split()) <= 4 for q in quoted)


FUTURE = r"\bwill\b|\b[Ii]n the future\b|\b(?:hopes|plans|intends) to\b|has been announced|" + AIM
RANK_NOW = (  # a rank held when written (R16: "is the world's second-largest chipmaker")
    r"\b(?:is|are|remains|remain) (?:now |currently |still )?(?:the |one of the )?"
    r"(?:world's|country's|nation's|(?:second|third|fourth|fifth)[- ](?:largest|biggest))"
)
TIME_BOUND = Quick(FUTURE + RANK_NOW)


# A census table written out ("The per capita income for Wabash was $18,210"): not worth asking
CENSUS_FIGURE = re.compile(
    r"(?i)\b(?:per capita income|median (?:household |family )?(?:income|age)|for every 100 "
    r"(?:females|males)|average (?:household|family) size|population density|racial makeup|"
    r"below the poverty line|enrol+ment of|as of (?:\d{1,2} )?[A-Z][a-z]+ (?:\d{1,2}, )?\d{4})\b"
)  # (a figure as of a day: "as of 1 June 2017 92% of ... run on Linux", R244; enrolment, R341)


def question_names_something(question: str, title: str) -> bool:
    """A question with a name or a title word ("Which party is in opposition?" says where?)."""
    if set(re.findall(r"\b[A-Z][\w'’-]*", question)[1:]) - TITLES:
        return True  # (not a figure alone, "Only 3% ... with which country?", nor a title)
    own = {w.removesuffix("s") for w in re.findall(r"[a-z]{4,}", title.lower())}
    return any(w.removesuffix("s") in own for w in re.findall(r"[a-z]{4,}", question.lower()))


def false_ok(text: str, start: int, own: str = "") -> bool:
    """A changed value at ``start`` is clearly false: no bound before it, not in a side clause."""
    before = text[:start]  # ("over 150 players" stays true for "over 100"; "when Henry VII ...")
    side = SIDE_CLAUSE.search(before) or SIDE_EVENT.search(before) or fronted_other(before, own)
    return statement_ok(text) and not APPROX.search(tail(before)) and not side


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
    """A person's gap with one answer: no other person of the same role in the section."""
    prompt = sentence.text[: span.start] + "_____" + sentence.text[span.end :]
    if CAST_OR_KIN.search(prompt) or names_nothing(prompt) and TITLES & set(prompt.split()):
        return False  # a cast, a child, a spouse (R233, R336, R340); "_____ has been President"
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


def ruled_out(choice: str, prompt: str) -> bool:
    """A wrong choice the prompt rules out ("Azerbaijani Army" invading Azerbaijan)."""
    return bool(stems(choice) & stems(prompt))


def plausible_name(name: str, answer: str = "A") -> bool:
    """A name fit to be a choice beside ``answer``: written like it, short, no lone "Hospital"."""
    if " " not in name and name[:1].isupper() and _common_word(name.lower()):
        return False
    return (
        name[:1].isupper() == answer[:1].isupper()
        and len(name.split()) <= 5
        and not re.search(r"[\d()\[\]]|['’]s?$", name)  # (not "Stalker's")
        and len(name) >= 3
    )


def unit_in_prompt(prompt: str, span: Span) -> bool:
    """Another amount in the same unit in the prompt ("1%" by a percent) rules choices out."""
    rest = prompt.replace(span.text, " ")
    if span.type == "date":  # "On _____, ... issued its Declaration on July 4": that July
        return bool(re.search(DAY_MONTH, rest) or re.search(MONTH_YEAR, rest))
    if span.type not in ("percent", "money", "number"):
        return False
    if re.search(r"_____[^.]{0,30}\bout of \d", prompt):
        return True  # "ranked _____ out of 174": choices above 174 are ruled out
    if span.type == "percent":
        return bool(re.search(r"\d\s?(?:%|per ?cent)", rest))
    if span.type == "money":
        return bool(re.search(r"[$£€¥]\s?\d", rest))
    unit = re.match(r"\s*([a-z]+)", prompt[prompt.find("_____") + 5 :] if "_____" in prompt else "")
    return bool(unit and re.search(rf"\d[\d,.]*\s{unit.group(1)}\b", rest))


def same_head_choices(prompt: str, answer: str, wrong: list[str]) -> list[str]:
    """The wrong choices a "which <noun>" prompt or an appositive after the gap ("_____, a
    boarding school") leaves standing: when the noun is the answer's own head ("which navy?"
    -> "Azeri Navy"), only names with that head (another navy, not an army)."""
    asked = re.search(r"(?i)\bwhich ([a-z]+)\b", prompt) or re.search(
        r"_____, (?:an?|the) (?:[\w-]+ ){,3}?([a-z]+)(?=[,.;]| for | of | in | at )", prompt
    )  # "_____, a British-style boarding school for boys": another school, not a college

    def head(name: str) -> str:  # "Azeri Navy" -> "navy", "Battle of Tippecanoe" -> "battle"
        words = name.split(" of ")[0].split() if " of " in name else name.split()
        return words[-1].lower() if words else ""

    if not asked or asked.group(1).lower() != head(answer):
        return wrong
    return [name for name in wrong if head(name) == head(answer)]


def _common_word(word: str) -> bool:
    return known_noun(word) and not given_name(word.capitalize())


def role_before(text: str, span: Span) -> bool:
    """A role noun before the name ("co-host Canada"): choices must hold it too (rarely shown)."""
    match = re.search(r"\b([a-z][a-z-]+) $", text[: span.start])
    if match is None:
        return False
    return known_noun(match.group(1)) and match.group(1) not in NOT_ROLES


NOT_ROLES = frozenset(
    """the a an and or of in on at by for with from to into than as via per its his her their
    our your this that these those whose which who where when""".split()
)
