"""Which spans can be answers: none given away, none trivia, none another name fits as well."""

from __future__ import annotations

import re

from quiz.generator.acronyms import codes, initialled
from quiz.generator.article import disambiguation, plain_title, year_in_title
from quiz.generator.derive import NUMBER_WORDS, derivable
from quiz.generator.entities import EntityTypes
from quiz.generator.expiring import AS_OF, RANK_HELD, RUNNING_COUNT, STATE_HELD
from quiz.generator.facts import Facts, Sentence
from quiz.generator.general import NAMED_EVENT, title_gives
from quiz.generator.kinds import KIND_NOUNS
from quiz.generator.lexicon import singular
from quiz.generator.listyears import dated_otherwise
from quiz.generator.nocase import NoCase
from quiz.generator.pennames import pen_name
from quiz.generator.rivals import other_close_value
from quiz.generator.spans import FULL_MONTH, YEAR_IN_TEXT, Span, tail
from quiz.generator.typeclues import GENERIC_WORDS
from quiz.generator.wording import SIDE_EVENT, fronted_other
from quiz.text import normalize

TRIVIA_BEFORE = NoCase(
    r"(?i)(?:\bno\.|\bnumber|#|\bcatalogue|\bcatalog|\basteroid|\bisbn|\bissn|\bcode|\broute|"
    r"\bhighway|\bpage|\bp\.|\bpp\.|\bflight|\bserial|\bmodel|\bversion|\bvolume|\bvol\.|\bplate|"
    r"\bchapter|\bsection|\barticle|\bresolution|\bdecree|\bact|\bpostcode|\bzip|"
    r"\bciting|\bquoting|\bcited by|\bquoted by|\bis used|\bjunction with|\bintersection "
    r"(?:of|with)|\b(?:mixed|mastered|engineered) by)\s*$"  # (a road's junction, R301; a mix, R302)
)

# A sentence about a report, survey or estimate: its year and scope are source details.
SOURCE_CLAUSE = NoCase(
    r"(?i)\b(?:according to|reported|report|survey|poll|study|studies|census|estimated?|"
    r"estimates|figures|statistics|ranked|ranking|index|assessment|assessed)\b|"
    r"\b(?:press|media|newspapers?) (?:published|reported)"
)
PUBLISHED = re.compile(r"(?i)\bpublished\b")  # dates a figure ("a study published in 2009 ...")
CROWD = re.compile(r"\b(?:crowd|attendance|audience|gate|spectators|watched by)\b")
BOUND = NoCase(  # a bound is no value: "well over 1,500" fits any smaller figure too, "some
    # 1,500 years" any near it (R353: 8 of 15 passed), "7 out of _____ stars" gives the scale
    r"(?i)\b(?:over|more than|at least|less than|fewer than|under|up to|at most|almost|nearly|"
    r"comfortably over|well over|just over|just under|in excess of|top|break|surpass|exceed|"
    r"as (?:much|many) as|out of|some|about|around|approximately|roughly|an estimated)\s*$"
)
REVIEW_SCORE = re.compile(r"\b(?:Metacritic|Rotten Tomatoes|IMDb|approval rating)\b")
UNSURE = re.compile(
    r"\b(?:reportedly|allegedly|apparently|possibly|potentially|probably|perhaps|supposedly|"
    r"rumou?red)\b"
)
SET_MEMBER = re.compile(  # "Among his companies was _____", "_____ and other Balkan countries"
    r"^Among\b[^,]* (?:was|were|is|are) (?:the )?_____|_____,? and other\b|such as _____|"
    r"\b[a-z]+s like _____"  # "Pop artists like _____": others fit
)


def other_years(sentence: Sentence, span: Span) -> list[int]:
    """Years the sentence mentions besides the answer (wrong years must keep their order)."""
    others = sentence.text[: span.start] + " " + sentence.text[span.end :]
    return [int(y) for y in YEAR_IN_TEXT.findall(others)]


BRIEF = re.compile(r"\b(?:briefly|short-lived|for a (?:short|brief) (?:time|period|while))\b")


def reject_answer(sentence: Sentence, span: Span, facts: Facts, types: EntityTypes) -> str:
    """Why this span cannot be the answer of any item ("" when it can)."""
    text = span.text
    norm = normalize(text)
    title = normalize(facts.title)
    before, after = sentence.text[: span.start], sentence.text[span.end :]
    if not re.search(r"[A-Za-z0-9]", text) or len(norm) < 2 or len(text.split()) > 6:
        return "not typable"
    if norm in title or len(norm) > 3 and title in norm or singular(norm) == singular(title):
        return "in the title"  # ("Hospital Corpsmen" in the bank "Hospital corpsman", R101)
    if span.type in ("year", "date") and year_in_title(text, facts.title):
        return "in the title"  # "AK-47 ... adopted in _____": 1947 (R125); "(... in 2006)"
    if re.match(r"['’](?!s\b)", after) or re.search(r"\b(?:St|Mt|Ft)\. $", before):
        return "a name cut from its possessive or title"  # "_____' seven", "St. _____"
    if span.type == "entity" and re.search(r", (?:the|a|an) ", text):
        return "a name with its apposition"  # "Luigi, the Count of Áquila" (R62): or "Luigi"?
    if not sentence.section and not about_subject(sentence.text, facts):
        return "not about the subject"  # "The Ring Line opened in _____" (R58; 16 of 47 passed)
    section_words = set(normalize(sentence.section).split())
    heading = sentence.section.split(" > ")[-1]  # ("India" under "History > Indian")
    if span.type == "entity" and (
        set(norm.split()) <= section_words or shares_title(text, heading)
    ):
        return "in the section name"
    if norm in set(title.split()) or norm == normalize(facts.subject.bare):
        return "the subject"
    if facts.subject.country and norm == normalize(facts.subject.country):
        return "the article's own country"  # "the highest literacy rate in which country?"
    if facts.subject.person and normalize(facts.subject.bare) in norm.split():
        return "the subject"  # "Allen Robert Morris" in the article on Allen R. Morris
    person = types.coarse.get(text) == "person"
    named = not person or text.split()[-1] in re.findall(r"[\w'’-]+", facts.title)  # (R59, R84)
    given = person and text.split()[-1] in disambiguation(facts.title)  # ("The Son (Nesbø novel)")
    if span.type == "entity" and (
        named and (given or shares_title(text, facts.title)) or title_gives(text, facts.title)
    ):
        return "shares a name with the title"  # "Which navy ...?" -> "Azerbaijan Navy"
    if span.type in ("date", "number", "percent") and REVIEW_SCORE.search(sentence.text):
        return "a review score"  # "On Metacritic, Cinderella has a score of _____" (R28)
    if re.search(r"\b\d{1,2}(?:st|nd|rd|th) of $", before):
        return "part of a date"  # "On the 3rd of _____ (month and year)"
    if span.type == "date" and not re.search(r"\d{4}", text):
        return "a day with no year"  # "On June 27": of which year?
    if span.type == "percent" and (re.match(r"0\.", text) or sentence.text.count("%") > 1):
        return "a share among others"  # "other minorities 0.03%", "3.3% ... Baptists _____"
    if re.search(r"(?i)\bfrom (?:late |early |mid-?)?\d{4} to (?:late |early |mid-?)?$", before):
        return "the end of a range"  # "from late 1928 to early _____"
    if span.type == "year" and BRIEF.search(sentence.text) and re.search(r"\d{4}", before + after):
        return "a brief span's other end"  # "briefly coached from _____ to 1906" (R154)
    if span.type == "year" and dated_otherwise(sentence.text, text, facts.listed_years):
        return "a year a list gives otherwise"  # "2002 documentaries ... Space" (2001, R87)
    if span.type == "year" and STATE_HELD.search(before):
        return "a year of a lasting state"  # "was a member of the Royal Commission in _____"
    if span.type in ("year", "date") and NAMED_EVENT.search(sentence.text):
        return "a year the named event gives away"  # "in 1991, during the Gulf War"
    if span.type in ("year", "date") and AS_OF.search(tail(before)):
        return "an 'as of' date"
    if span.type == "year" and (
        YEAR_NAME.search(before)
        or NAME_AFTER.match(after)
        and (not TIME_BEFORE.search(before) or EVENT_AFTER.match(after))
    ):
        return "part of a name"  # "the 2002 film", "Award for 2010", "2014 FIFA World Cup"
    if span.type in ("year", "date") and (_has_figure(sentence) or RANK_HELD.search(sentence.text)):
        return "the date of a figure"  # "In 2016, the port handled 214 million tons"
    if span.type in ("number", "percent", "money") and (
        re.search(r"\d[\d,.]* (?:and|or|to|by|through) $", before)  # ("places 7 through _____")
        or re.match(r" (?:and|or|to|by|through) \d", after)
    ):
        return "one of a pair of figures"  # "wavelengths of 687 and 760 nm"
    if span.type == "money" and len(re.findall(r"[$£€¥]\s?\d", sentence.text)) > 1:
        return "one of a pair of figures"  # "$900 million ... ($1.6 billion in 2005 USD)"
    if span.type in ("year", "date") and re.search(
        r"\b(?:[Ff]rom|[Bb]etween) (?:[^,;]|,(?= \d{4}\b)){1,40} "
        r"(?:and|to|until|till|through|[–-]) $",  # (a date's comma: "from July 1, 1999 to")
        before,
    ):
        return "the end of a range"  # "from September 1944 to _____": the start gives it away
    if span.type == "date" and re.search(
        rf"\b(?:{FULL_MONTH}|\d{{1,2}}) (?:and|or|to|until|through) $", before
    ):
        return "the end of a range"  # "in March and _____ 1978"
    if span.type == "entity" and _in_list(sentence, span):
        return "one of a list"  # "11 in the United States, 3 in Mexico, and 2 in _____"
    if span.type == "year" and any(
        m.start() <= span.start and span.end <= m.end() for m in YEAR_LIST.finditer(sentence.text)
    ):
        return "one of a list of years"  # "the _____, 2014, and 2018 tournaments"
    if span.type in ("year", "date") and _heading_bounds(sentence.section, span.text):
        return "in the section name"  # under "1994–1998: Minister for the Environment"
    if span.type in ("year", "date") and (
        re.search(r"\b\d+(?:st|nd|rd|th) (?:birthday|anniversary)\b|\baged? \d+\b", sentence.text)
        or re.search(r"\b(?:late|early) \d{4} or (?:early|late) $", before)
    ):
        return "derivable"  # "Adams's 61st birthday", "died ... aged 38" and his date of birth
        # give the year; "late 1970 or early _____" is 1971 (R128)
    if span.type == "entity" and types.coarse.get(text) == "person":
        if _named_with_another(text, sentence, facts):
            return "named with another elsewhere"  # "founded by Will Shu" (and Greg Orlowski)
        if pen_name(text, facts.prose):
            return "a pen name"  # "written by _____": the writer's own name is right too (R438)
    if shared_frame(sentence, span, facts, types):
        return "another name fits the frame"  # "_____ faced Iraq" (so did France)
    if span.type in ("number", "percent") and other_close_value(sentence.text, span, facts.prose):
        return "the article gives another value"  # 20.8% here, 20.95% in the lead
    if span.type in ("year", "date", "number", "percent") and (
        SOURCE_CLAUSE.search(sentence.text)
        or (PUBLISHED.search(sentence.text) and _has_figure(sentence))
    ):
        if span.type != "number" or re.search(
            r"\b(?:survey|poll|countries|respondents)\b", sentence.text
        ):
            return "the date or scope of a report, survey or estimate"
    if span.type == "number" and (
        re.match(r"['’]?s\b|\+|(?: years)? (?:and|or) (?:over|older)| reviews\b|\s?[×x]\d", after)
        or re.search(r"\b(?:at (?:the )?age(?: of)?|aged) $", before)  # "died at age _____" (R233)
        or re.match(r" (?:games|matches|appearances|starts)\b", after)
        and re.search(r"\d \w+ in $", before)  # "conceding 118 goals in _____ games"
    ):
        return "a decade or a bound"  # "the mid 90's", "40+-year", "aged 18 and over", "N reviews"
    if span.type == "number" and RUNNING_COUNT.search(before) and not YEAR_IN_TEXT.search(before):
        return "a running count"  # "have gone to playoffs in all their _____ seasons": when?
    if span.type in ("number", "money", "percent") and not about_subject(sentence.text, facts):
        return "a figure about something else"  # "Some 440 pupils" at one primary school
    if span.type in ("number", "money", "percent", "year") and BOUND.search(before):
        return "a bound, not a value"  # "comfortably over 1,500": any smaller figure fits
    if TRIVIA_BEFORE.search(tail(before)):
        return "a catalogue number or a source"
    if span.type in ("number", "percent", "money"):
        digits = re.sub(r"\D", "", text)
        if len(digits) >= 5 and "," not in text:
            return "a code, not a quantity"
        exact, crowd = len(digits.rstrip("0")), CROWD.search(before[-40:])  # ("a crowd of 84,640")
        if exact >= 5 or len(digits) >= 7 or exact >= 4 and (span.type == "number" or crowd):
            return "a figure to the last digit"  # "23,436 aircraft", "1,541 communes" (R294)
        if re.search(r"\.\d{2,}", text) and span.type != "money":  # ($7.25 is exact)
            return "too precise"  # "38.64 million viewers", "a rating of 22.91%"
    if span.type in ("year", "number") and derivable(text, before + " " + after, facts.title):
        return "derivable"
    if span.type == "number" and re.search(r"\b(?:list of|top|one of) (?:the )?$", before):
        return "the size of a list"  # "27th on a list of the _____ books" (R103)
    if span.type in ("year", "date") and fronted_other(before, facts.subject.bare):
        return "the date of another event"  # "After apartheid was dismantled in _____, ..."
    if span.type in ("year", "date") and BY_YEAR.search(before):
        return "a bound, not a value"  # "completed by _____": 1773 is as right as 1774
    if span.type == "number" and "population" in sentence.text:
        if not YEAR_IN_TEXT.search(sentence.text):
            return "a figure without its year"  # "population was about _____": when?
    if span.type == "entity" and (
        re.search(r"(?<!^)\b[A-Z][\w.'-]+ and (?:the )?$", before) or re.match(r" and [A-Z]", after)
    ):
        return "one of a pair"  # "Fox Mulder and _____", "_____ and Harald", "French and _____"
    if span.type == "number" and facts.subject.person and YEAR_IN_TEXT.search(sentence.text):
        if re.match(r" years? old\b", after) or re.search(r"\bage of $", before):
            return "derivable"  # "in 1982, when Obama was _____ years old": his birth year
    if span.type in ("number", "money") and re.search(r"\d[\d,.]*(?: [a-z]+)?,? or $", before):
        return "derivable"  # "£2,343 million, or £208 per hectare": the same figure again
    if before.count("(") > before.count(")") or SIDE_EVENT.search(before):
        return "an aside"  # (or "Admiral Scheer, with a design speed of _____ knots, was")
    if UNSURE.search(sentence.text) or re.search(r"\b(?:is|are|was|were) not\b", sentence.text):
        return "a hedged claim"  # "potentially directed by _____"; a denial: "In _____, the
        # school was not in the top rankings" (R249)
    if visible_elsewhere(sentence, span):
        return "given away by the sentence"
    return ""


YEAR_LIST = re.compile(  # three years or more: "2010, 2014, and 2018", "GamePro in 2010, and"
    r"\b\d{4}(?:, \d{4})+,? (?:and|or) \d{4}\b|\b\d{4}(?:, \d{4}){2,}\b"  # ..., "X in 1913,
    r"|(?:\bin \d{4},? (?:and )?[A-Z][\w ]{0,30}? ){2}in \d{4}"  # Y in 1916, Z in 1933" (R40)
    r"|(?:\b[A-Z][^,]{0,45}? in \d{4}, ){2,}(?:and )?[A-Z][^,]{0,45}? in \d{4}"
)
# A year in a name: "the 2002 film", "its 2010 season", "the 2028 Olympics" (not "In 1843 Quill")
YEAR_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?|its|his|her|their|[A-Z][\w'’]+ (?:for|of)) $")
NAME_AFTER = re.compile(r" ?[A-Z](?:[a-z]|[A-Z]+[ ,;])")  # a capitalised word after the year
BY_YEAR = re.compile(r"(?:^|\b(?:completed|finished|built|done|ready|over|established)) by $")
EVENT_AFTER = re.compile(  # "won by 2011 Tour de France Green Jersey winner Mark Cavendish" (R58)
    r" (?:Summer |Winter )?(?:Olympics|Olympic Games|World Cup)\b|"
    r" [A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|de|du|des|la|le|of|the))* (?:winner|champion)"
)
TIME_BEFORE = NoCase(r"(?i)\b(?:in|on|by|since|from|until|after|before|during|of|c\.) $")


def _in_list(sentence: Sentence, span: Span) -> bool:
    """A member of a list of three or more names ("A, B and _____", "A, _____, and C")."""
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
    member = SET_MEMBER.search(f"{text[: span.start]}_____{text[span.end :]}")
    pairs = zip(chain, chain[1:], strict=False)
    return bool(member) or len(chain) >= 3 and any("," in text[a.end : b.start] for a, b in pairs)


def _heading_bounds(section: str, answer: str) -> bool:
    """The section path shows the answer's year or a range of years (around it or not)."""
    year = re.search(r"\d{4}", answer)
    if not year:
        return False
    value = int(year.group())
    for match in re.finditer(r"(\d{4})(?:\s*[–-]\s*(\d{4}|present))?", section):
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) and match.group(2).isdigit() else low
        if match.group(2) == "present":
            high = 9999
        if low <= value <= high or high > low:
            return True
    return False


def _named_with_another(name: str, sentence: Sentence, facts: Facts) -> bool:
    """Elsewhere the article names this person with another ("founded by Will Shu and Greg")."""
    pair = rf"(?:\b{re.escape(name)},? and [A-Z][a-z]+|[A-Z][a-z]+,? and {re.escape(name)}\b)"
    lines = [fld.value for fld in facts.infobox if name in fld.value]
    if any(re.search(r",|\band\b", line.replace(name, "")) for line in lines):
        return True
    return any(
        other.index != sentence.index and re.search(pair, other.text) for other in facts.sentences
    )


def about_subject(text: str, facts: Facts) -> bool:
    """The sentence names the article's subject (a figure there is a figure about it), or a
    thing's subject by a word of its title ("Azerbaijani" of "Azerbaijan Navy"), but not by
    the head word of another name ("The Ring Line" in the Sognsvann Line's article, R58)."""
    subject = facts.subject
    core = plain_title(facts.title)
    names, text = {subject.bare, core}, subject.unlike(text, facts.prose[:1500])
    after = r"(?! (?!Jr\b|Sr\b)[A-Z][a-z])" if subject.person else ""  # (not "Breckinridge
    if any(n and re.search(rf"\b{re.escape(n)}\b{after}", text) for n in names):  # Hall")
        return True
    last = re.escape(core.rsplit(" ", 1)[-1])
    another = rf"\b(?!The |This )([A-Z][\w'-]*) {last}\b"
    other = re.sub(another, lambda m: m[0] if m[1] in core else "", text)
    return not subject.person and shares_title(other, core)


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
    if shown and len(words) >= 2 and len(shown) * 2 >= len(significant) and span.type == "entity":
        return True  # ("God's Kingdom" for "the Son of God ... which kingdom?")
    for word in words:
        if len(word) < 5 or word.isdigit() or word in KIND_NOUNS or word in GENERIC_WORDS:
            continue
        for other in rest:
            if len(other) >= 5 and (other[:4] == word[:4] or other in word or word in other):
                return True  # "Cornish" gives away "Cornwall"
    initials = "".join(w[0] for w in span.text.split() if w[:1].isupper())
    if len(initials) >= 2 and re.search(rf"\b{initials}\b", sentence.text):
        return True  # "Finn VC Estate ... in honour of _____ winner" (Victoria Cross)
    return f" {' '.join(words)} " in f" {' '.join(rest)} "  # the whole answer, word for word


def stems(text: str) -> set[str]:
    """Distinctive word stems of a text (kind nouns such as "building" left out)."""
    return {w[:6] for w in re.findall(r"[a-z]{6,}", normalize(text)) if w not in KIND_NOUNS}


def shares_title(name: str, title: str) -> bool:
    """A name repeating a title's word ("Raith Rovers F.C."), short form, code ("4A"), initials."""
    words = [w for w in re.findall(r"\b[A-Z][a-z]{3,}", title) if w.lower() not in KIND_NOUNS]
    shorts = re.findall(r"\b[A-Z][a-z]{3,6}\b", name)
    given = stems(name) & stems(title) or codes(name) & codes(title) or initialled(name, title)
    return bool(given) or any(len(a) <= len(b) and a[:4] == b[:4] for a in shorts for b in words)


def _has_figure(sentence: Sentence) -> bool:
    """The sentence states a quantity besides its dates ("214 million tons")."""
    if any(sp.type in ("number", "money", "percent") for sp in sentence.swappable):
        return True
    words = r"|".join(w for w in NUMBER_WORDS if " " not in w)  # (or "... in 2011 was 279")
    figure = rf"\b(?:{words}) [a-z]+s\b|\b(?:was|were|numbered|totalled) (?!1\d{{3}}|20\d\d)\d"
    figure += r"|\b(?:half|[a-z]+-(?:thirds|quarters|fifths))\b|\d (?:million|billion)\b"
    return bool(re.search(figure, sentence.text))


def shared_frame(sentence: Sentence, span: Span, facts: Facts, types: EntityTypes) -> bool:
    """ "Which country faced Iraq?": another sentence names Iraq with another country."""
    if span.type != "entity":
        return False
    fine, coarse = types.kind_of(span.text)
    person = coarse == "person"
    if not coarse or (person and span.start > 4) or (not person and fine in ("", "place")):
        return False
    subject = normalize(facts.subject.bare)
    others = [
        s.text
        for s in sentence.swappable
        if s.type == "entity" and s.text != span.text and normalize(s.text) != subject
    ]
    if not others:
        return False

    def rival(name: str) -> bool:
        if name == span.text or types.same_thing(name, span.text):
            return False
        kind = types.coarse.get(name) if person else types.fine.get(name)
        return kind == (coarse if person else fine)

    for name in types.coarse:
        if any(o in name for o in others) and rival(name):
            return True  # "Brentwood School" beside "in Brentwood"
    named = _sentences_naming(facts)
    for index in sorted({i for o in others for i in named.get(o, ())} - {sentence.index}):
        if any(rival(s.text) for s in facts.sentences[index].swappable):
            return True
    return False


def _sentences_naming(facts: Facts) -> dict[str, set[int]]:
    """Each name -> the sentences that name it (worked out once per article)."""
    if facts.naming is None:
        facts.naming = {}
        for sentence in facts.sentences:
            for span in sentence.swappable:
                if span.type == "entity":
                    facts.naming.setdefault(span.text, set()).add(sentence.index)
    return facts.naming
