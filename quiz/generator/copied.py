"""Faults a sentence copied from the article may carry: debris left where markup was cut (a
stray comma, words run together, a word twice), or words that point back to a sentence the
learner is not shown."""

from __future__ import annotations

import re
from functools import cache

from quiz.generator.firstchar import AnyOf, Quick, first_char
from quiz.generator.spans import DATE_DMY, DATE_MDY

# A comma between a sentence's subject and its verb, left where a parenthesis was cut out
# ("William A. Donohue, has been the president", "The belief of Koreans, originated", R133;
# "MKEK, has announced"). standalone.prepare checks the sentence it made, brackets cut.
STRAY_COMMA = re.compile(
    r"(?!(?:In|On|At|After|When|Although|While|As|By|During|Since|Before|For|With|Following|"
    r"Despite|Though|If|Because|Unlike|Like|From|Under|Upon|Until|Between|Through|Of|To|Over|"
    r"Once|Throughout|Along|Among|Later|Born|Originally|Initially|Today|Currently|Now|However|"
    r"Also|Still|Then|Thus|Here|There|Together)\b)[^,]{3,80}, "
    r"(?:was|is|are|were|has|have|had|will|would|originated|became|served|won)\b"
)

# "in that body", "during this period": a thing the sentence before named (unless this one
# names it too: "joined the Wessex League and has remained in that league")
DEMONSTRATIVE = Quick(
    r"\b(?:in|of|at|for|from|to|with|by|on|during|after|before|into|within|throughout) "
    r"(?:that|this|these|those) (?!of\b|is\b|was\b|it\b|he\b|she\b|they\b)([a-z]+)"
)
# "Thompson is also known for ...": besides what? (not "also known as" a name)
ALSO = Quick(
    r"(?<!\bbut )\balso\b(?! (?:known|referred to) as\b| (?:called|spelled|spelt|named|titled|"
    r"styled)\b)"  # (not "but also with colleagues": the sentence's own contrast, R274)
)
# Words that need the sentence before: "was honorably discharged after three months", "was
# detached on 8 June 1909" (from what?), "on his return" (from where?, R157)
POINTING_BACK = AnyOf(
    r"\b(?:discharged|detached)\b(?![^.]{0,40}\bfrom\b)|"
    r"\blater (?:premiered|screened|aired|shown)\b|"  # a second showing (R278, R280)
    r"\b(?:on|upon|after) (?:his|her|their) return\b(?! (?:from|to|home)\b)|"
    r"\bused(?<!\bis used)(?<!\bare used)(?<!\bwas used)(?<!\bwere used)(?<!\bbe used)"
    r"(?<!\bbeen used)(?<!\bgot used)(?<!\bget used)(?<!\bbecame used)(?<!\bbecome used)"
    r"(?<!\bgrew used) to [a-z]|"  # before
    # what? ("Routing services and remote access services used to work separately", R232)
    r"\bactually\b|\bnearby\b|^With the addition of\b|\b(?:is|are|lies|lie) to the (?:north|"
    r"south|east|west)\b(?! of\b)|"  # "were actually relocated": contrary to what? (R161); "in
    # nearby Aylesbury": near what? (R217); the addition to what? (R241); "Rose Walk is to the
    # north": of what? (R252)
    r"^(?:[A-Z][\w'’.-]* ){1,4}(?:itself|themselves)\b|"  # "Pretoria itself was founded" (R236)
    r"\bthe [\"“][A-Z][\w-]*[\"”] [a-z]+\b|"  # a name defined before: 'the "Macro" family' (R240)
    r"\b(?:was|were|is|are|had|has) even (?!though|if|so|as|when|before|after)[a-z]+ed\b|"  # "was
    # even named for the last king": even, after what? (R237)
    r"\b(?:was|were) (?:un)?successful(?= in \d{4}\b|[,.])|"  # in what? (R206)
    r"\bfrom (?:his|her|their) (?:position|post|job)\b(?! (?:as|of|at)\b)|"  # which? (R227)
    r"\b(?:his|her|their) (?:disease|illness|condition|ailment|affliction)\b|"  # which? (R180)
    r"\b(?:his|her|their) tenure\b(?! as\b)|"  # "During his tenure" as what? (R183)
    r"^(?:After|Before|Following|Besides|Despite|Since) (?:that|this),|"  # (R185)
    r"^(?:Before|After|On|Upon) (?:leaving|arriving|returning|departing),|"  # where? (R186)
    r"\b(?:play|won|win|held|hold|made|make|scored|recorded|took|take) a second\b|"  # (R188)
    r"\b(?:[Ww]hen|[Aa]fter|[Oo]nce|[Uu]ntil|[Bb]ecause) (?:that|this) (?:was|went|had|became|"
    r"failed|ended|closed)\b|"  # "When that went bankrupt in 1979" (his airline, R184)
    r"\bcontinued to (?:serve|be)\b|"  # "Lolland continued to serve with the Norwegian Navy"
    r"\bboth (?:[A-Z]\w+ )?(?:clubs|teams|sides|parties|schools|companies|bands)\b|"  # (R194)
    r"^[^,]*\bwent on to\b|\blists (?:all|every)\b|"  # after what? (R165); a list's own words
    r"^(?!.* as ).* (?:was|were) replaced by [A-Z][\w .'’-]*\.$"  # as what? (R176)
)
# A sentence that says only another name (true by the look of its words, nothing to learn).
ANOTHER_NAME = re.compile(
    r"[^,;]+ (?:is|are|was|were) (?:also |sometimes |often |commonly )?(?:called|known as|"
    r"referred to as|nicknamed) (?:the )?[A-Z\"'‘“][^,;]*\.$"
)
# "In more general probability theory, ...": more general than what? (R142)
COMPARED = Quick(
    r"\b(?:more|less) (?:general|specific|formal|abstract|precise|recent|modern)\b(?![^.]*\bthan\b)"
)
# A comma after a name's "Inc." or "Jr." before its verb: "Playtex Apparel Inc., was sold"
COMMA_AFTER_SUFFIX = Quick(r"\b(?:Inc|Ltd|Corp|Jr|Sr)\., (?:was|is|were|are|has|had)\b")
# A pronunciation's label or an order's letters left where the lead's templates were cut:
# "Adelino da Palma Carlos, GCC, GCIH, GOL, pron., was a Portuguese lawyer" (R220); a map's
# coordinates written out: "located at 31°27'50N 71°3'45E with an altitude of 164 m" (R221)
LABEL_LEFT = AnyOf(
    r"\bpron\.(?= ?[,;)])|\bpronounced:? ?(?:[,;)]|//)|^[A-Z][^,]{2,60}, (?:[A-Z]{2,6}, ){2}|"
    r"\d°\s?\d+['′][\d'′\x22″. ]*[NS],? \d|(?:\b[A-Z]{2,6} ){3}|"  # ("RNT FRCN FWACN FRSH
    r"(?<=\w)/ [A-Z]|(?<=[A-Za-z])\.\. [A-Z]|\([^()]*\("  # was a nurse", R222)
)  # ("SC Dynamo Potsdam/ Sportvereinigung", "Apple Inc.. He succeeded", "(Florumpraten(sis))",
# R224-R225)
# Words run together where a link's markup was cut: "part of theFairfield group", "15 June2004"
GLUED = AnyOf(
    r"\b(?:the|of|and|in|to|an|for|with|at|by|from|on)[A-Z][a-z]|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\d|(?<=[a-z]),\d{4}\b|(?<=[a-z]{3}),[a-z]{2}"  # ("5 October,2005", R187;
)  # "Cornwall,was")


# A name's appositive with no comma to close it: "Richard Cavazos, a Mexican-American was born".
OPEN_APPOSITIVE = re.compile(
    r"(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+, an? (?:[A-Za-z-]+ ){1,3}(?:was|is|were|has|had) |"
    r"(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+, (?:featuring|including|led by|fronted by) "
    r"(?:[A-Z][\w.'’-]+ ){1,3}(?:was|is|were|are|has|have|had) |"  # ("Okean Elzy, featuring
    # Svyatoslav Vakarchuk has long been", R236)
    r"(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+, (?:[A-Z][a-z]+ )?(?:Professor|Emerit(?:us|a))"
    r"(?: [A-Z][a-z]+)? (?:was|is) "  # "Dr. Harriet Spiller Daggett, Professor Emeritus was" (R262)
)
FULL_DAY = re.compile(f"{DATE_MDY}|{DATE_DMY}")  # ("January 25, 2013", "25 January 2013")
SEASON_CUT = Quick(r"\bthe \d{4}(?= (?:with|at|in|for|to|from|by|and)\b|[,.])")
TWICE = first_char(r",\s*[.;:]|\b([A-Z][a-z]{2,}) \1\b")  # ",." or a capitalised word twice
# Words a cut left in the wrong order or with one missing: "was a named a National Historic
# Landmark", "made his in the then-NASCAR Busch Series debut" (R157)
MISSING_WORD = AnyOf(
    r"\b(?:was|were|is|are) a (?:named|listed|designated|declared)\b|"
    r"\b(?:his|its|their) (?:in|on|at|to|from|with|by) the\b|"
    r"\bthe (?:of|in|at|to|for|by|from|with) the\b|\bon of the\b|"  # "part of the of the" (R161)
    r"\b(?:is|are) (?:founded|signed|established|opened|born) (?:in|on) (?:[A-Z][a-z]+ )?\d|"
    r"\b(?:was|were) [a-z]+ed in \d{1,2} [A-Z][a-z]+ \d{4}\b|"  # "established in 18 May 2014"
    r"\bthe (?:early|late|mid-) ?\d{4}\b(?!s)|"  # "in the early 1918" (a decade's words, R177)
    r"\b[Ii]n (?:early|late|mid) [a-z]+ties\b|"  # "In early eighties, Pospíšil was" (R223)
    r"\bthe World War (?:I|II|One|Two)\b|\bin (?:located|situated)\b|"  # (R224: "during the
    r"^(?:[A-Z][\w'’.-]* ){1,5}released on \d|"  # World War II", "Historic District in located",
    r"\b(?:english|french|german|british|american|italian|spanish|swedish|dutch) [a-z]+ [a-z]|"
    r"\bolympic (?:champion|gold|medal)|"  # ("a swimmer and olympic champion", R230)
    # "Kalyanram Kathi released on 12 November 2010", "by english progressive rock band", R226)
    r"\b(?:a|an|the) (?:Lit|Hum|Sci?|Eng|Med|Phil|Jur|Mus|Ed|Dip|Cert|Hon|Rev|Dr|St|Mt|Ft|Gen|"
    r"Col|Lt|Capt|Sgt|Prof|No|Vol|Op|Pt)\.$|\bNo\.$|"  # "received a Lit." (cut at "Lit.
    # Hum.", R176; not "orbit around the Moon."); "its successor, the Remington No." (R190)
    r"[a-z], (?:lives|works|resides) (?:and (?:lives|works) )?in\b|"  # "artist, lives and works"
    r", born in [A-Z][^.;]{0,60}?, (?:grew|moved|lived|became|studied|worked)\b|"  # (R178)
    r"\b(?:has|have) (?:about |around )?[\d,.]+ (?:inhabitants|residents)\b[^.]* in \d{4}\b"
)  # (and "The school is founded in 2008": a tense the source got wrong, R162)


# Slips R232-R235 found, each at a word's start (a pattern of its own keeps the fast \b test):
# "member of the in March", "born on in Exton", "from 1968, to 1974", "is former chief of
# Indian Navy", "is well known pilgrimage place", "in southern, India", "Cotorro is 16 km of
# Old Havana" (which way?).
SLIPS = AnyOf(  # (asked only whether it matches; some alternatives start mid-word)
    r"\b(?:the|an?) (?:in|on|at|of|for|from|with|by) (?:[A-Z]|\d)|"
    r"\b(?:born|died) (?:on|in) (?:on|in|at)\b|\bfrom \d{4}, to\b|"
    r"\b(?:is|was) former [a-z]+ of [A-Z]|"
    r"\b(?:is|was|are|were) well[- ]known (?!for|as|to|in|by|among|that|throughout)[a-z]+ [a-z]|"
    r"\b(?:northern|southern|eastern|western|central), [A-Z]|"
    r"\b(?:is|lies|located|situated) (?:about |some )?[\d.,]+ ?(?:km|kilometres|kilometers|miles|"
    r"mi) of [A-Z]|"
    r"\bjoined to [A-Z]|\bat \d{1,2} (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|"  # "joined to Anorthosis at 15 June, 2009"
    r"\b(?:against|to|with|for|by|from|of|beat|defeated) [A-Z][a-z]+ national (?:[a-z]+ )?"
    r"(?:team|side)\b|"  # "against Romania national football team" (no "the"; stop 45)
    r"\b(?:of|in|from|since|until) \d{1,2}(?:st|nd|rd|th) century\b|"  # "in writs of 13th
    r"\bthe (?:North|South|Central|Latin) America\b(?!n)|"  # century", "toured the North
    r"\b(?:was|were|is|are|been|be) [A-Z][a-z]{3,}ed\b(?! [A-Z])|"  # America" (R239); "was
    # Launched in" (R242; not a name: "was Mohammed Ali")
    r"\b(?:a|an) [\d.,]+ (?:miles|feet|metres|meters|kilometres|kilometers|km|mi|ft|m) (?:long|"
    r"wide|high|deep|tall)\b|"  # "an 80 miles long river": a measure left a noun (R246)
    r"(?<!, )\bformerly (?:called|known as) [^,.]+ (?:is|was) (?:an?|the)\b|"  # an appositive
    # left open: "X formerly called Paris X Nanterre is a French university" (R244)
    r"\b(?:and|or) [a-z]+, of (?:the )?[A-Z]|"  # "trustee, treasurer, and president, of the"
    r"\b(?:is|was) [A-Z][\w-]+ [a-z]+ (?:made|built|produced|manufactured) (?:in|by)\b|"  # "is
    # Triumph motorcycle made in Hinckley" (R248)
    r"\b(?:S\.A|N\.V|A\.G|B\.V|S\.p\.A|Inc|Ltd|Corp|L\.L\.C)\. [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* "
    r"(?:is|was|are|were)\b|"  # two sentences glued: "Panama Springs S.A. Panama Blue is" (R249)
    r"\b\d+ ?x \d+ ?(?:cm|mm|in)\b|"  # "on 34x 45 cm paper" (R249)
    r"\b(?:his|its|their) (?:the|an?)\b|\b(?:an?|the) (?:his|its|their)\b|\ban? the\b|"  # two
    # determiners, one of them the source's slip: "won his the first of his three" (R407)
    r"\b\d{4}s? circa\b|"  # "built from 1864 to 1930s circa" (R408)
    r", (?:It|He|She|They) [a-z]+s?\b|"  # a comma splice: "premiered on 26 April 2014, It airs"
    r"\bon (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) (?:and|or) [A-Z]|\b(?:admitted|called) to Bar\b|"  # (R250)
    r"\b\d{4} century\b|"  # "about 1901 century" (R252)
    r"\b[A-Z]{2,}\. (?:in|on|at|and|from|to|of|for)\b|"  # "led the YMCA. in the 1920s" (R253)
    r"\b(?:is|are) (?:an? )?(?:[\w-]+ ){0,2}(?:member|fellow) of [^.]{0,60}\bsince \d{4}\b|"
    # "is a permanent member of the First League since 2007" (R252), "is a fellow ..." (R286)
    r"\breleased after [A-Z][\w'’-]* on\b|\b(?:his|her|its|their) The [A-Z]|"  # "released after
    r"\brelations (?:was|is|has)\b|"  # Cut on"; "in his The Art of ..."; "relations was" (R258)
    r"\bas well [a-z]+(?:ic|al|ed|ive) [a-z]|"  # "proteomic as well metabolomic data" (R258)
    r", after [^.,]{3,60} has been [a-z]+ed\b|"  # "proposed in 2009, after ... has been isolated"
    r"\b(?:is|are) (?:an? |the )[^.;]{0,80}\buntil (?:[A-Z][a-z]+ )?\d{4}\b|"  # "is a member
    # ... representing District 93 until January 2015": is he still? (R259)
    r"\bwith expertise (?!in|on|of|and|as|to|from|at|with)[a-z]+\b|"  # ("expertise microphysics")
    r", [A-Z][a-z]+: [a-z]|"  # a book's imprint: "Mathematics for Working Men, London: only one"
    r"['’]['’]s\b|"  # a possessive after a quoted name: "Rosa 'Cécile Brünner''s parents" (R261)
    r"\bthe \d{4}[–-]\d{2}, |"  # a season's noun lost: "In the second half of the 2012–13, Öztürk"
    r"\bin (?:German|British|French|Indian|Russian|Soviet|Italian|Japanese|American) (?:Army|Navy|"
    r"Air Force)\b|"  # "served in German Army and German Air Force" (no "the", R263)
    r"\b[a-z]*[a-rt-z]' (?:is|was|are|were|has|had)\b|\btelecasted\b|"  # a stray mark: "railway'
    # was" (R263); "which was telecasted" (R264)
    r"(?<!\d)[′″]|"  # primes for quotation marks: "′'Made In Heaven′'" (R266; not 74°01′S)
    r"\b(?:has|have) [a-z]+(?:ed|en) [^.,;]{0,60}\bin \d{4}\b|, Part of\b|"  # "has written his
    # first work ... in 1966"; "Mezdra Municipality, Part of Vratsa Province" (R267)
    r"\bin \d{4} (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|\b\d{4} und \d{4}\b|"  # "in 2012 October", "1911 und 1913" (R274)
    r"\b(?:at|in|to|from|during) \d{4} (?:[A-Z][\w'’-]* ){1,4}(?:Festival|Games|Olympics|"
    r"Championships?|Awards)\b|"  # no "the": "premiere at 2014 Sundance Film Festival" (R280)
    r"\b(?:a|an|the) \d{4} (?:a|an|the)\b"  # "is a 2014 a Bengali film" (R284)
)


# A year that rules out the tense beside it: "In 2005 The Arbroath Abbey campaign was launched"
# (R247); "In 2015, Two Feathers' work has been displayed" (R250); "and in 2014 is celebrating
# its 5th" (R253)
YEAR_TENSE_START = re.compile(
    r"In \d{4} The [A-Z]|In \d{4}, [^,]+ (?:has|have) (?:been|[a-z]+ed)\b"
)
YEAR_TENSE = Quick(r"\bin \d{4} (?:is|are) [a-z]+ing\b")
FIELD_TWICE = re.compile(r"In ([^,]{3,40}), \1\b", re.I)
NAME_TWICE = re.compile(r"([A-Z][\w'’-]+), or [^,]{2,40}, \1 (?:is|was|are|were)\b")
# A phrase of two to four words written twice (each word is a whole run of word characters, as
# the spaces after them require: possessive, it is never tried shorter in vain).
PHRASE_TWICE = re.compile(r"\b(\w++ \w++(?: \w++){0,2}) \1\b")


@cache  # (an article's sentences come back as statements: emptied for each article)
def debris(text: str) -> bool:
    """What a cut left: a doubled comma, ",.", a comma between subject and verb ("Pakistan,,
    the", "Donohue, has"), a year that named a season ("in the 1999 with MENT"), a word
    written twice ("in September September 5, 2008", R144)."""
    if SEASON_CUT.search(text):
        return True  # "began his career in the 1999 with MENT": a season's name cut (R140)
    if (
        ",," in text
        or '""' in text
        or TWICE.search(text)
        or GLUED.search(text)
        or MISSING_WORD.search(text)
    ):
        return True  # (",." left by a citation cut: "the International Crisis Group,.", R136)
    if SLIPS.search(text) or "(" in text and re.search(r"\([₀-₉]", text):  # "(₃Si)₂NK" (R235)
        return True
    if YEAR_TENSE_START.match(text) or YEAR_TENSE.search(text):
        return True  # "In 2005 The Arbroath Abbey campaign was launched" (R247); "In 2015,
        # Two Feathers' work has been displayed" (a tense the year rules out, R250)
    if PHRASE_TWICE.search(text):
        return True  # "is an Indian politician an Indian politician of" (R257)
    if FIELD_TWICE.match(text):
        return True  # "In physical fitness, physical fitness is ..." (a field's name, R174)
    if NAME_TWICE.match(text):
        return True  # "Damphu, or Damfoo, Damphu is a percussion instrument" (R232 draw)
    if len(days := FULL_DAY.findall(text)) > len(set(days)):  # a date told twice (R171:
        return True  # "On January 25, 2013, Minaj performed ... on January 25, 2013.")
    if LABEL_LEFT.search(text):
        return True
    if OPEN_APPOSITIVE.match(text):
        return True  # "Richard Cavazos, a Mexican-American was born ..." (no closing comma, R186)
    return bool(STRAY_COMMA.match(text) or COMMA_AFTER_SUFFIX.search(text))


# A subject that owns itself: "Moscow is recognized as one of Moscow's landmarks" (the source's
# "It" was the Metro of the sentence before, R245).
SELF_OWNED = re.compile(
    r"^((?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+) (?:is|was|are|were)\b.*\b\1['’]s? "
)


def points_back(text: str) -> bool:
    """Words that need the sentence before: "served two terms in that body", "is also known
    for", "was detached on 8 June 1909" (R124-R135: 7 of 8 such items failed)."""
    if ALSO.search(text) or POINTING_BACK.search(text) or COMPARED.search(text):
        return True
    if "other " in text and others(text):
        return True
    if ANOTHER_NAME.match(text) or SELF_OWNED.match(text):
        return True  # "The Intermountain West is also called the Intermountain Region." (R169)
    return any(
        m[1] not in text[: m.start()].lower() and m[1].rstrip("s") not in text[: m.start()].lower()
        for m in DEMONSTRATIVE.finditer(text)
    )


OTHER = re.compile(r"\bother ([a-z]+)")
# Words before "other" that say other than what: "Japan and other countries", "among other
# things", "each other", "unlike most other lemurs", "differs from other species".
OTHER_OF = frozenset("and or nor each among the no any every like unlike than from".split())


def others(text: str) -> bool:
    """Others than the sentence before named: "invaded other parts of China", "found in many
    other languages as well", "As well as other figures from Arthurian legend" (R168)."""
    for match in OTHER.finditer(text):
        noun, before = match[1], text[: match.start()]
        if before.lower().endswith(("his ", "her ", "its ", "their ")) and noun != "hand":
            return True  # "In his other appearance that summer, ..." (which was the one? R223)
        if noun in ("than", "words", "hand") or not noun.endswith("s") or " than " in text:
            continue
        if before in ("As well as ", "As with "):
            return True
        words = before.lower().split()
        near = set(words[-2:]) | ({"and", "or"} & set(words[-5:]))  # ("primates, and a few other")
        if not (near & OTHER_OF or before.rstrip().endswith(",") or "as well as" in before):
            return True
    return False
