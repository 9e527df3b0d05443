"""Clean sentences: spacing, splitting (syntok), and whether a sentence makes sense alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

import syntok.segmenter as segmenter

from quiz.generator.expiring import WHEN_WRITTEN
from quiz.generator.firstchar import AnyOf, Quick, first_char
from quiz.generator.lexicon import has_verb as lexicon_has_verb
from quiz.generator.nocase import NoCase
from quiz.generator.spans import FULL_MONTH, NOT_NAMES, YEAR_IN_TEXT
from quiz.generator.templates import DAMAGE
from quiz.generator.tidy import SPACE_RUN
from quiz.generator.tokens import paragraph_tokens

PRONOUN_START = re.compile(
    r"^(it|he|she|they|this|these|that|those|its|his|her|their|such|both|here|"
    r"also|and|but|or|so|then|thus|hence|therefore|however|meanwhile|"
    r"instead|nevertheless|nonetheless|moreover|furthermore|besides|later|other|another|"
    r"each|the latter|the former|the same|one of them|some|many|most|all|none)\b(?! \d)",
    re.I,
)
RELATIVE_START = re.compile(
    r"^(In contrast|By contrast|In comparison|By comparison|Consequently|As a result|Similarly|"
    r"Likewise|Subsequently|Instead|Afterwards|Afterward|Later|Then|In response|In return|"
    r"In turn|In the end|At first|At the same time|In the meantime|Accordingly|Otherwise|"
    r"For example|For instance|In particular|Specifically|In this way|In other words|"
    r"Altogether|All told|In addition to|Thereupon|Thereafter|Therefore|Thus|Hence|Also|"
    r"Second|Secondly|Third|Thirdly|Fourth|Lastly|"  # a list's next item ("Second, it is", R71)
    r"Despite (?:his|her|its|their|this|that|these|those) (?:\w+ )?\w+(?=,))\b"  # a sum
    # of what came before (R46); "Thereupon" (R55: after the mother's arrest); "In addition
    # to learning law from Tuttle, Hobart fell in love with his daughter" (the bank audit's);
    # "Despite his illness, Ross never missed a day" (the malaria of the sentence before, R58;
    # not "Despite his support for conscription, Gould ...")
)
CITATION = Quick(r"\([A-Z][\w.&' -]+,? (c\. )?\d{4}[a-z]?(, p+\. ?\d+)?\)|'[^']+ eff\.'")
CLAUSE_START = re.compile(
    r"^(In|At|On|During|After|Before|As|When|While|Although|Despite|Following|Since|Under|With|"
    r"By|Unlike|Like|Because|Though|For)\b"
)
THING_PRONOUN = re.compile(r"\b(it|they|its|their|them|theirs)\b")
PERSON_PRONOUNS = re.compile(r"\b(he|she|his|her|him|hers)\b")
DEPENDENT = NoCase(
    r"(?i)\b(thus|hence|therefore|the latter|the former|aforementioned|the above|the same|"
    r"ago|(?<!most )recently|currently|nowadays|presently|at present|to date|so far|this year|"
    r"last year|the current|its current|their current|the present (?!day|time|century|era)|"
    r"plays (?:as an? [\w-]+ )?for|last played (?:for|with)|"  # a player's club when written
    # ("plays for ... Hereford United", R64: the club has since folded; "last played for", R243)
    r"according to (?:that|this|it|them)|"  # ("According to that, Khan removes ...", R66)
    r"(?:is|are) an? (?:[\w-]+ ){0,4}(?:player|footballer|goalkeeper|defen[cs]eman|pitcher|"
    r"quarterback|midfielder|cricketer|winger) (?:for|with)|"  # (R69: "is ... player for
    r"now (?:operates|owns|serves|plays|runs|lives|works|resides|houses|holds)|"  # the Golden
    # State Warriors", "and now operates as a subsidiary of Advance": true when written)
    r"it has been|yet to|has yet|have yet|"
    r"(?:is|are) (?:now |currently |still )?expected\b|the near future|(?<!most )recent(?! past)|"
    r"ha(?:s|ve) (?:held|served|led|chaired|headed|directed|managed|coached|represented|"
    r"presided|been)\b[^.]* since\b|(?:is|are) (?:currently )?on the (?:\d+-day )?(?:disabled|"
    r"injured) list|"  # true when written: "Arrow 3 is expected in the near future", "has held
    # the office of Mayor since 2000", "the recent end of her relationship", "is on the ... list"
    r"see below|see above|see also|the following|as follows|this article|do so|did so|does so|"
    r"(?:^|[,;:] )see(?= \w)|note(?=:)|(?:both|the two) (?:men|women)|even (?:more|fewer)|"
    r"further(?= [a-z]+\b)|"  # "resulting in further delay": of what?
    r"relations (?:have |has |had )?(?:improved|worsened|deteriorated)(?! with| between)|"
    r"this|these|those|its previous|aforesaid)\b"
)
# A day and month with no year before it or after it in the sentence ("On 19 November, ...").
YEARLESS_DAY = re.compile(
    rf"(?:(?!\b(?:1\d|20)\d\d\b).)*?\b(?:[Oo]n|by|until|from) (?:\d{{1,2}} (?:{FULL_MONTH})\b|"
    rf"(?:{FULL_MONTH}) \d{{1,2}}\b(?![\d,]))(?!,? (?:\d{{4}}|\w+ \d{{4}}))"
)
# A verb answering what came before, with no object: "accepted immediately", "refused,".
REPLY = Quick(
    r"\b(?:accepted|agreed|refused|declined|replied|responded|complied|consented|obliged)"
    r"(?= (?:immediately|at once|promptly|readily|reluctantly|gladly|willingly)\b|[,.;])|"
    r"\b(?:responded|reacted|retaliated) by\b"  # "Bey Mustafa responded by bringing" (to what?)
)
# two finite verbs with nothing joining them: "were trained by X Unit 641 has several ..."
RUN_ON = Quick(
    r"\b(was|were|is|are)\b(?:(?![,;:()]|\b(?:and|but|or|which|that|who|whom|whose|while|when|"
    r"where|after|before|because|since|until|as|if|than)\b).)*?\b(has|have)\s+(several|many|a|"
    r"an|the|\d)"
)
UNGRAMMATICAL = AnyOf(
    r"\bthat [A-Z][\w-]* to [a-z]+\b"
    r"|\b(?:the|an?|of) ?[,.;:]"  # a link or template taken out: "inhibit the , which is"
    r"|\b(?:other|the|an?) (?:the|an?|both)\b"  # "along with other the leagues", "is a both"
    r"|\b(?!(?:Corp|Bros|Dept|Univ|Prof|Capt)\.)[A-Z][A-Za-z]*[a-z]{3}\. (?:was|is|were|are)\b"
    rf"|\bon (?:{FULL_MONTH}) \d{{4}}\b"  # "DeGolyer. was", "on January 1879" (R206)
    r"|\b(?:in|at|of|from|by|with) (?:in|of|from|by|with)\b"  # "a mansion in from" ("in at": no)
    r"|\b\d+,\d{1,2} (?:million|billion|trillion|thousand)\b"  # a decimal comma: "1,73 million"
    r"|\b(?:in|of|for|since) \d{4} year\b"  # "devices released for sale in 2013 year" (R39)
    r"|\bto [a-z]{3,}ed (?:his|her|its|their|the|a)\b"  # "expectations to succeeded his" (R43)
    r"|\b[Oo]n \d{4}(?:[–-]\d{2,4})?(?=[,.;]| [a-z])"  # "On 1957, Marcos was ..." (R73)
    r"|\b(?:thee|teh|hte|adn|thier)\b"  # "In 1861 thee Estates were succeeded" (R73)
    r"|\b(?:was|were|is|are) been\b"  # "the Bridge was been described by officials" (R74)
    r"|\b(?:have|has|had) (?:became|began|came|went|did|saw|ran|wrote|took|gave|grew|knew|rose)\b"
    r"|\ba (?:8\d*|11|18)(?:th|st)?\b|\ba [FHLMNRSX][A-Z]{1,2}\b"  # "have became" (R201), "a 18th",
    # "a NBC" (R200), "an indigenous peoples", "an Italian grape varieties" (below, R216, R221)
    r"|; (?:starring|featuring|directed by|produced by|written by)\b"  # a credit list's stop:
    # "produced by Sujit Kumar; starring Govinda and Sonam" (R409)
    r"|, (?:After|Before|When|While|Although|Because|Though|However) "  # "In 2000, After LFO"
    r"|\b[a-z\d]+ (?:Upon|After|Before|However|Although|During|He|She|They|It) [a-z]"  # a
    # sentence's end lost with a comment: "born in 1950 Upon college graduation, he" (R89)
    r"|\b(?:Sr|Jr|Mr|Mrs|Dr)\. (?:He|She|It|They|His|Her|Their|In|On|At)\b"  # glued at "Sr." (R75)
    r"|^Since (?:\d{4}|the \d{4}s),? (?:[\w-]+ ){1,5}(?:is|are)\b"  # "Since 1976 the disease is"
    r"|^(?:In|On|By|During|After|Around) [^,]{2,30}, (?:came|went|followed|arose|appeared|"
    r"began|emerged|arrived|happened|occurred)\b"  # "In 2000, came a call from ..." (R73)
    r"|\ban? (?!(?:few|great|couple|dozen|handful|lot|hundred|thousand|number)\b)"
    r"(?:(?!of |in |and )[\w-]+ ){0,3}(?:peoples|varieties|countries|cities|families|languages)\b"
)
REVIEWED_BY = re.compile(  # who wrote about it: "have been reviewed by Cozzutto and Carbone"
    r"\b(?:reviewed|reported|described|documented|discussed|studied) by [A-Z]\w+"
    r"(?: (?:and|&) [A-Z]\w+| et al\b)"
)  # (R74)
# A source's claim, not a fact: "Theosophical Society states that Bailey ..." (R73)
ATTRIBUTION = re.compile(
    r"^(?:The )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* (?:states|says|claims|argues|writes|notes|"
    r"reports|asserts|maintains|contends|suggests|believes) that\b"
)
# A caption-like fragment: "A short sketch made in 1989 with Hugh Laurie as Shakespeare." (R39)
PARTICIPLE_FRAGMENT = re.compile(
    r"^(?:An?|The) (?:(?!(?:is|are|was|were|has|have|had|been)\b)[\w-]+ ){0,3}"
    r"(?:made|written|recorded|filmed|released|produced|directed|"
    r"published|created|performed|shot|taken|painted|built|designed) (?:in|by|for|with|on|at)\b"
)
FINITE_VERB = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|"
    r"do|did|[a-z]{2,}ed|became|began|won|led|took|made|gave|saw|wrote|held|left|lost|built|"
    r"sent|set|sold|told|went|came|grew|fell|rose|ran|met|paid|put|kept|found|fought|bought|"
    r"brought|stood|spent|struck|drew|[a-z]{3,}s)\b"
)
# Titles before a name that the splitter takes for a sentence end ("convened by the Rev. | John").
TITLE_ABBREVIATION = Quick(
    r"\b(Rev|Revd|Lt|Gen|Col|Capt|Sgt|Maj|Adm|Cmdr|Cdr|Gov|Sen|Rep|Hon|Msgr|Fr|Mt|Ft|Pres"
    r"|Supt|Cpl|Pvt|Pfc|Spc|Sgts?|Cpt|Lcpl|Brig|Bvt|Rt|Prof|Dr|St|Sto|Sta|Ste|Brgy|Mr|Mrs|Ms)\.$"
)
# A firm's abbreviation in its name ("Warner Bros. Studios"): ends a sentence before an OPENER.
FIRM_ABBREVIATION = re.compile(r"\b(?:Bros|Inc|Corp|Co|Ltd)\.$")
DOTTED_TAIL = re.compile(r"(?:\b[A-Za-z]{1,2}\.){2,}$")  # "S.p." of "S.p.A.", "U.S." of "U.S.A."
DOTTED_HEAD = re.compile(r"[A-Z]\. [a-z]")  # its last letter and the sentence going on
OPENER = re.compile(
    r"(?:The|A|An|He|She|It|They|We|I|In|On|At|By|To|This|That|These|Those|His|Her|Its|Their|"
    r"After|Before|During|When|While|However|Although|As|From|With|For|But|And|Since|There|"
    r"Following|Some|Many|Most|One|Both|Each|If|Despite|Under|Later|Then|Today|Also)\b"
)
SOURCE_LINE = re.compile(r"(?:Sources?|Notes?|Data)\s*:")  # (a caption's source line)
# A lead-in to a quotation or a list joined to what follows.
QUOTE_LEAD = re.compile(
    r"\b(?:describes?|described|says?|said|writes?|wrote|notes?|noted|states?|stated|"
    r"explains?|explained|argues?|argued|follows?|following)\b[^:]*: [A-Z]"
)
SPLICE_VERB = re.compile(r"\b(was|were|is|are)\b")
JOINING = re.compile(
    r"^(and|but|or|which|that|who|whom|whose|while|when|where|after|before|because|since|"
    r"until|as|if|though|although|with|without|including|such|especially|mostly|mainly|"
    r"according|in|on|at|by|for|from|to|of|during|under|between|among|not|being|then)\b"
)


def clean_space(text: str) -> str:
    """Collapse whitespace, tidy spaces before punctuation and around brackets."""
    if PLAIN.fullmatch(text):
        return text  # (plain words, one space apart: no rule below would change them)
    text = re.sub(f"[{UNSEEN}]", "", text.replace("\xa0", " "))  # (an unseen mark, R205)
    if "''" in text:  # (each rule below needs the character it tests for: skipped without)
        text = re.sub(r"'{2,}(?=s\b)", "'", text)
        text = re.sub(r"'{2,}", "", text)
    text = SPACE_RUN.sub(" ", text)  # (from here on, the only space character is " ")
    if "(" in text or ")" in text:
        text = re.sub(r"\(\s*(?:[,;:]|or|and)?\s*\)", "", text)  # ("(or)": R454's dropped IPA)
        text = re.sub(r"\(\s*[,;:]\s*", "(", text)
        text = re.sub(r"\s*[,;:]\s*\)", ")", text)
        text = re.sub(r"\(\s+", "(", text)
        text = re.sub(r"\s+\)", ")", text)
    if SPACE_MARK.search(text):
        text = re.sub(r"\s+([,;:!?]|\.(?!\d))", r"\1", text)
    if ",," in text or ";;" in text:
        text = re.sub(r"([,;])\1+", r"\1", text)
    if "  " in text:
        text = re.sub(r"\s{2,}", " ", text)
    return text.strip()


UNSEEN = "\u200b\u200e\u200f\u2060\ufeff"  # zero-width space, direction marks, joiners
PLAIN = re.compile(rf"[^\s'(),.;:!?{UNSEEN}]+(?: [^\s'(),.;:!?{UNSEEN}]+)*")
SPACE_MARK = re.compile(r" [,.;:!?]")


def split_sentences(text: str, names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Character spans of the sentences in ``text`` (syntok); none ends inside one of
    ``names`` (the spans of links: "[[Cecil B. DeMille]]'s film" is one sentence)."""
    spans: list[tuple[int, int]] = []
    for base, paragraph in segmenter.preprocess_with_offsets(text):  # (segmenter.analyze)
        for sentence in segmenter.segment(paragraph_tokens(paragraph, base, join_runs=True)):
            tokens = list(sentence)
            if not tokens:
                continue
            start, end = tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)
            previous = spans[-1] if spans else (0, 0)
            ending = text[max(previous[0], previous[1] - 8) : previous[1]]  # (what \.$ can see)
            if TITLE_ABBREVIATION.search(ending) and ("\n" not in text[previous[1] : start]):
                start = spans.pop()[0]  # "the Rev." + "John Witherspoon, ..." are one sentence
            elif FIRM_ABBREVIATION.search(ending) and not (
                OPENER.match(text, start) or "\n" in text[previous[1] : start]
            ):
                start = spans.pop()[0]  # "Warner Bros." + "Studios in Burbank"
            elif spans and DOTTED_TAIL.search(ending) and DOTTED_HEAD.match(text, start):
                start = spans.pop()[0]  # "... Nord Est S.p." + "A. is a central institute" (R456)
            elif spans and any(a < start < b for a, b in names):
                start = spans.pop()[0]
            elif spans and text[previous[0] : previous[1]].endswith(";"):
                start = spans.pop()[0]  # "By this time, ... Incorporated; Paramount ceased ...":
                # the clause after a semicolon keeps the time before it (R41)
            spans.append((start, end))
    return spans


JOINED = Quick(r"(?<=[a-z]{3})[.?] [A-Z0-9]")  # two sentences the splitter left joined
LEFT_OVER = Quick(r"[;:,][–—]|(?<=[a-z]{3})[₀-₉]")  # a typo; a formula's lost first part
FUTURE_TENSE = Quick(
    r"(?<!the )(?<!his )(?<!her )\bwill (?!of\b)|\b(?:is|are) (?:set|scheduled|due) to\b"
)
# (and a name's initial, not a numeral: "... referred to as C. H. O'D." is cut, R367)
BROKEN_END = re.compile(
    r"\b(?:and|or|of|the|with)\.$|\b\d{4}, \d{4}\.$|\s[A-HJ-UWYZ](?:'[A-Z])?\.$"
)
PAGE_REFERENCE = Quick(r"\b(p|pp)\.\s*\d|\b(ibid|op\. cit)\b")
# A note to the reader written out by hand, not in a hatnote template
HATNOTE = re.compile(
    r"For (?:the |a |an |other )?[^.]{0,80}?,? see\b|This (?:article|page) (?:is about|refers to)\b"
)


def usable_sentence(
    text: str, subject_nouns: frozenset[str] = frozenset(), person: bool = False
) -> bool:
    """A sentence that makes sense alone: no markup debris, quotes, dangling pronoun start.

    ``subject_nouns`` are the nouns that name the article's subject ("paper" for a newspaper):
    a sentence starting "The paper ..." then refers to the subject and stays usable.
    """
    if DAMAGE in text or "“" in text or "”" in text or "\\" in text:  # (\" : escaped quotes)
        return False
    if HATNOTE.match(text):
        return False  # "For the AQA Anthology at A-level see AQA Anthology." (R137)
    if JOINED.search(text) or "!" in text and re.search(r"\b[a-z]{3,}! [A-Z0-9]", text):
        return False  # two sentences the splitter left joined ("... of Islamabad. 220 acres";
        # not a name's "!": "at the TNA Impact! Zone", R58)
    if re.match(r'^[^"\s]+" ', text):
        return False  # the tail of a quotation the splitter cut: 'Auto" and Aldrin continued'
    quoted = re.findall(r'"([^"]*)"', text)
    if text.count('"') % 2 or any(len(q.split()) > 4 for q in quoted):
        return False
    words = text.split()
    if not 6 <= len(words) <= 45:
        return False
    numbered = re.match(r"\d+ (?:is|was|are|were|has|had)\b", text)  # ("21 is the second
    if not (text[0].isupper() or numbered) or text[-1] not in ".!?":  # studio album by Adele")
        return False
    if text.count("(") != text.count(")") or text.count("[") or text.count("{"):
        return False
    if "*" in text and re.search(r"\w\*|(?<!\S)\*\w", text):  # ("an *honorary degree", R76)
        return False  # "has won 11** Grammy Awards": a footnote's mark (R47)
    if PRONOUN_START.match(text) or DEPENDENT.search(text) or RELATIVE_START.match(text):
        return False
    if YEARLESS_DAY.match(text):
        return False  # "departed Port Arthur on 19 November": of which year? (R199)
    if re.match(r"The (?:(?:most|least) \w+|first|second|third|last|\w+est) (?:was|were)\b", text):
        return False  # "The most successful was the CNT, founded in 1910": of what?
    if LEFT_OVER.search(text) or BROKEN_END.search(text[-12:]):  # (either ends the sentence)
        return False  # "about 10,000 km²;– is forested": a typo of the source; "a trigonal₃Bk
        # complex": a formula's template lost its first part (R33); "... the southwest, and.";
        # "published in 1942 (U.S.), 1943 (UK)." without its brackets
    if UNGRAMMATICAL.search(text) or not has_verb(text) or "ha" in text and RUN_ON.search(text):
        return False
    fragment = PARTICIPLE_FRAGMENT.match(text)
    if fragment and not FINITE_VERB.search(text[fragment.end() :]):
        return False
    if REPLY.search(text):
        return False  # "Huxley accepted immediately": accepted what? (the sentence before)
    if FUTURE_TENSE.search(text) and YEAR_IN_TEXT.search(text):  # ("is set to first broadcast
        return False  # ... in 2014", R189; "In 2006, Cambridge University Press will publish")
    if _comma_splice(text) or _orphan_possessive(text):
        return False
    fronted = re.match(r"^([^,]{10,}), (it|they|he|she) ", text)
    if fronted and not FINITE_VERB.search(fronted.group(1).partition(" ")[2]) and not person:
        return False  # "A new-build college near X, it will ...": never named
    if CITATION.search(text) or SOURCE_LINE.match(text) or QUOTE_LEAD.search(text):
        return False
    if ATTRIBUTION.match(text) or REVIEWED_BY.search(text) or WHEN_WRITTEN.search(text):
        return False  # "Source: Data from ...", "Wilentz describes the tactics: Beyond his ..."
    if text.count(",") >= 6:
        return False
    if CLAUSE_START.match(text) and "," in text:
        for main in (part.strip() for part in text.split(",")[1:]):
            if THING_PRONOUN.match(main) or (PERSON_PRONOUNS.match(main) and not person):
                return False  # "In the 2014 election, ..., it endorsed X": who is "it"?
    if (
        "also" in words[:4]
        and not re.search(r"also (known|called|referred)", text)
        and not re.match(r"There (are|were) also \d", text)
    ):
        return about_subject(text, subject_nouns)
    return not PAGE_REFERENCE.search(text)


def _comma_splice(text: str) -> bool:
    """Two clauses joined by a bare comma: "X consists of 220 tanks, 162 more were bought"."""
    parts = text.split(", ")
    if len(parts) < 2 or not FINITE_VERB.search(parts[0][1:]) or CLAUSE_START.match(parts[0]):
        return False
    if re.match(r"(According|Around|Despite|Following|Until|Once|If|Though)\b", parts[0]):
        return False
    for part in parts[1:]:
        verb = SPLICE_VERB.search(part)
        if not verb or JOINING.match(part) or re.match(r"[a-z]+ing\b", part):
            continue
        if len(part[: verb.start()].split()) <= 6:
            return True
    return False


def _orphan_possessive(text: str) -> bool:
    """ "its"/"their" with no name before it: "1650 places will be available in its first year"."""
    match = re.search(r"\b(its|their)\b", text)
    if not match:
        return False
    names = re.findall(r"\b[A-Z][a-z]+", text[: match.start()])
    return not [n for n in names if n not in NOT_NAMES]


def about_subject(text: str, subject_nouns: frozenset[str]) -> bool:
    """Whether a sentence opens with the article's own subject (so "also" refers to it)."""
    first = text.split()[:3]
    return bool(first) and any(w.strip(",").lower() in subject_nouns for w in first)


def usable_item(text: str) -> bool:
    """A list item that can carry a question: clean, short, not a bare link list."""
    if DAMAGE in text or '"' in text:
        return False
    words = text.split()
    return 2 <= len(words) <= 40 and text.count("(") == text.count(")")


# A name and what it is, or when it was founded, with no verb: "A Clinical Lesson at the
# Salpêtrière, a group tableau portrait painted by ..." (R261), "President's College, ...,
# established on 1 May 1993 in Maharagama" (R268).
NAME_AND_WHAT = re.compile(r"([^,]+), (?:an?|the) [^,]*?\b[a-z]+ed by\b[^,]*$")
NAME_AND_WHEN = re.compile(
    r"([^,]+(?:, [^,]+)?), (?:established|founded|located|situated|built|opened) (?:on|in)\b"
)


def has_verb(text: str) -> bool:
    """The sentence has a finite verb (not a fragment such as a caption or a list item)."""
    if " as " in text:  # "The False Tagging Theory as developed by X." has none (R257)
        text = re.sub(r"\bas [a-z]+ed by\b", "as by", text)
    named = NAME_AND_WHAT.match(text) or NAME_AND_WHEN.match(text)
    if named and not FINITE_VERB.search(f"{named[1][1:]} {text[named.end() :]}"):
        return False
    if FINITE_VERB.search(text[1:]):
        return True
    words = [w for w in re.findall(r"\b[a-z]{3,}\b", text[1:]) if not w.endswith("ing")]
    return lexicon_has_verb(words)  # "men serve in ..." (not "X, including Y and Z.")


FIRST_PERSON_I = re.compile(  # (three patterns, each tried only where it can match: faster)
    r"(?:^|(?<=[^\w\s])|(?<![\w'’-])[a-z][\w'’-]* |\b(?:When|Then|If|So|And|But|As|Now) )I\b"
)
FIRST_PERSON_WORD = first_char(
    r"\b(?:we|We|us|our|Our|ours|you|You|your|Your|my|My|me)\b|"
    r"\b(?:[Tt]hat|[Ii]t|[Tt]here|[Hh]e|[Ss]he|[Ww]hat|[Hh]ere)['’]s\b"
)
CONTRACTION = re.compile(r"n['’]t\b|['’](?:re|ve|ll|d)\b")
I_WORD = re.compile(r"\bI\b")


def first_person(text: str) -> bool:
    """A sentence in the first or second person, or with a contraction: a quotation or a
    writer's aside ("I", "we", "you", "don't", "It's"; not "World War I", "Bohemund I")."""
    if I_WORD.search(text) and FIRST_PERSON_I.search(text) or FIRST_PERSON_WORD.search(text):
        return True
    return ("'" in text or "’" in text) and CONTRACTION.search(text) is not None
