"""The wording of a rewritten question: broken rewrites ("did Auster write and co-directed"),
a question word where a modifier stood ("met fellow which student?"), a lonely "both"."""

from __future__ import annotations

import re

from quiz.generator.copied import debris, points_back
from quiz.generator.firstchar import AnyOf, Quick, first_char
from quiz.generator.lexicon import base_form, indefinite, lemmas
from quiz.generator.notworth import NOT_WORTH

# A full stop left inside a sentence where a citation was cut or two were glued ("for James
# Monroe. and an Ohio presidential elector in 1824", "a first confirmed case. and a case").
STRAY_POINT = first_char(  # (or two spellings of a name: "Gaius Julius Cæsar/Caesar", R83)
    r"[a-z]\. (?:and|or|but|which|who|while|whereas) [a-z]|\b([A-Z])[^\W\d_A-Z]+/\1[^\W\d_A-Z]+\b|"
    r"\b(?!had\b|that\b)([a-z]{3,}) \2\b|"  # a word twice: "the newest subway line line" (R86)
    r"^[A-Z][a-z]+(?: [a-z]+)?: |"  # a label, no statement: "Synonyms: Familial ..." (R108)
    r"\b(?:the|The) (?:the|The)\b|\b(?:a|an) (?:a|an|one of)\b|"  # "the The Heroes of ...",
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u3040-\u30ff\u4e00-\u9fff]"
)  # "is a one of the", another script ("Braginsky (Эмиль Вениаминович Брагинский)", R122-3)
GARBLED_QUESTION = re.compile(
    r"^Who\b[^?]*\band (?:he|she|they)\b|"  # "Who investigated fever and he discovered ...?"
    r", and (?:\w+ly )?(?:in|at|on|to) (?:which|what)\b|"  # "..., and primarily in which?"
    r"\bdid\b[^?]*\b(?:had|has) [a-z]+\b|"  # "did the Commission had register", "has fund"
    r"^Who (?:is|was) the name\b|"  # "Who was the name of a fictional character in ...?"
    r"\b(\w+) of (?:which|what) \1\b|"  # "the Eastern Slavic state of which state?"
    r"\b(?:at|in|on|of|to|from|near) (?:and|or)\b|"  # "impact at and the S-II stage at?"
    r"\b(?:beginning|starting|onwards|since)\?$|, [a-z]+ing\?$|"  # "... in office beginning?"
    r"^[A-Z][^,?]*, (?:an?|the) [^,?]* by (?:which|what|whom)\b|"  # a fragment: "A Clinical
    # Lesson at the Salpêtrière, a group tableau portrait painted by which genre artist?" (R261)
    # (R34); "... at University College London, graduating?" (R262)
    r"^In what year (?:was|were) [^?]* and (?:is|are|has|have) |"  # "... completed and is
    # located in?" (R35); "... last used and has since been demolished?" (R282)
    r"\bdid\b[^?]* and (?:is|was|are|were|has|had)\b|"  # "did Ralph attend and is a ...?" (R43)
    r"\b(?:the|a|an) (?:[a-z]+ly )?[a-z]+ed (?:which|what)\b|"  # "the newly created which
    # force?" (R124)
    r"^(?:Which|What|Who|Where|When|In what)\b[^?]*, but "  # "Which university did Graham
)  # enter ..., but football soon became his main sport?" (R119)


CAST_OR_KIN = re.compile(  # before a person's gap: one of a cast; a child's or a spouse's name
    r"\b(?:(?:co-?)?star(?:s|red|ring)|featur(?:ed|ing)|sons?|daughters?|wife|husband|children)"
    r"(?:,? [a-z]+)?,? _"  # ("stars actor _", R336; "Ray has a son, _", R340: personal trivia)
)


def garbled_question(question: str) -> bool:
    """A rewrite that came out broken: a "both" with no "and" left ("In what year was both a
    Super Audio CD version released?"), a glued fragment, a dangling preposition, a verb that
    kept its tense after "did" ("did Marakesh extend ... and came")."""
    if broken_copy(question) or GARBLED_QUESTION.search(question):
        return True
    if ";" in question and re.match(r"(?:In what|What|Which|Who|When|Where|How)\b", question):
        return True  # "In what year did Edward meet his mother; he attended George's funeral?"
    if re.match(
        r"(?:Who|What|Which [a-z]+) (?:was|were|is|are|did|does|do|had|has) not\b", question
    ):
        return True  # "Who was not intending to make Aqualung a concept album?" (R90)
    did = re.search(r"\bdid\b", question)
    rest = question[did.end() :] if did else ""
    verb = re.match(r" (?:[A-Z][\w'’.-]* ){1,4}([a-z]+ed)\b", rest)
    if verb and base_form(verb[1], "VBD") not in (None, verb[1]):
        return True  # "did Haywood elected to transfer to the newly create ..." (R107)
    for verb in re.finditer(r"\b(?:and|or) (?:[a-z]+-)?([a-z]+)\b", rest):
        if base_form(verb.group(1), "VBD") not in (None, verb.group(1)):
            return True  # "did Auster write and co-directed", "did Marakesh extend ... and came"
    main = re.split(
        r",| (?:that|which|who|whom|whose|when|where|after|before|while|because|as|until) ", rest
    )[0]
    for word in re.findall(r"\b[a-z]{3,}\b", main):
        lemma = base_form(word, "VBD")
        if lemma and lemma != word and word != base_form(word, "VBN") and not word.endswith("ed"):
            return True  # "did a missionary call Alexander Buchan came" (R41): a past form left
    return False


def broken_copy(text: str) -> bool:
    """Text copied broken: a lonely "both", a stray point or comma (",,", "Donohue, has
    been"), a doubled article, another script, or "a"/"an" that does not fit the next word
    ("is an ghost town", "is a 84 mm", R127)."""
    if lonely_both(text) or STRAY_POINT.search(text) or debris(text) or SELF_PREDICATE.search(text):
        return True
    return any(
        indefinite(m[2]) != m[1].lower()
        for m in re.finditer(r"\b([Aa]n?) ([a-z][a-z-]+|[A-Z][a-z]{2,}|\d[\d,.]*)\b", text)
    )


# A name put for "the country" where it was the predicate: "Chile became Chile with the highest
# nominal GDP per capita in Latin America" (R475).
SELF_PREDICATE = re.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) (?:became|become|becomes|is|was|remains) \1\b"
)


def lonely_both(text: str) -> bool:
    """A "both" whose partner a trim cut off ("both a Super Audio CD version was released")."""
    return bool(re.search(r"\bboth (?:a|an|the)\b", text)) and not re.search(
        r"\bboth\b.*\b(?:and|as well as)\b", text
    )


PREPOSITIONS = frozenset(
    """in of at to by during with before within from for into until on after under over
    against between among near across through behind beside beyond toward towards like than
    as via about around outside inside without upon since onto throughout""".split()
)
AFTER_BASE_VERB = frozenset("to will would could can did does do should may might must".split())


BEFORE_ING = frozenset("is was are were be been am and or while when then also not".split())


def wh_after_modifier(question: str) -> bool:
    """A question word where a noun's modifier stood ("where he met fellow which student?",
    "for the French fashion which award?", "at 57 which street?"): the word before an
    in-place "which"/"what" must be a preposition or a verb."""
    for match in re.finditer(r"(\S+) (\S+) (?:which|what) [a-z]", question):
        before, word = match.group(1).lower(), match.group(2)
        if word.endswith((",", ";", ":")) or word.lower() in PREPOSITIONS:
            continue
        if word.endswith("ed") and (before in PREPOSITIONS or before in ("the", "a", "an")):
            return True  # "during the arrest of alleged which owner?" (R32)
        if word.endswith("ing") and before.isalpha() and before not in PREPOSITIONS | BEFORE_ING:
            return True  # "by American hip hop recording which artist?" (R282)
        found = lemmas(word.lower()) if re.fullmatch(r"[a-z]+", word) else {}
        verbs = set(found.get("VERB", ())) | set(found.get("AUX", ()))
        if verbs and (word not in verbs or before in AFTER_BASE_VERB):
            continue  # "absorbed which church?", "to visit which country?"
        return True
    return False


# Titles that name no one alone: "Who has been President since 1999?" (of what?; not "King").
TITLES = frozenset("President Prime Minister Chancellor Governor Mayor Senator".split())
CONTINENTS = frozenset("Europe Asia Africa America Americas Oceania Antarctica".split())
OPENERS = frozenset(
    """In On At By For Of With About Some Many Most Several Before After During From Since
    Until The A An When While As Following""".split()
)


def names_nothing(prompt: str) -> bool:
    """A prompt whose only name is the gap's: "Before _____ (year), annual film production
    was low" (where?). A capitalised first word counts unless it only opens the sentence."""
    names = [n for n in re.findall(r"\b[A-Z][\w'’-]*", prompt) if n not in TITLES]
    return not [n for i, n in enumerate(names) if i or n not in OPENERS or prompt.find(n)]


# A value inside a side clause: a relative clause, an appositive after the subject, a
# participle or "during his trial". Changing it leaves the main claim true (d21: "a descendant
# of Samuel Lincoln, who migrated ... in 1629", "FC Andorra, a club ... founded in 1936").
SIDE_CLAUSE = first_char(
    r", (?:who|which|whose|whom|where)\b|\bhaving\b|, (?:founded|established|built) in $|"
    r"\b(?:which|that) (?:was|were) [a-z]+ in $|"  # "the Beirut Bar Association which was
    # founded in 1919", "the Tribute album, released by Cogumelo Records in 2001" (R60)
    r", (?:released|published|issued|launched|opened|founded) (?:by [^,]+ )?in $|"
    r"\bduring (?:his|her|its|their) [a-z]+ in $|"
    r"^(?!(?:In|Within|On|At|During|By|From|Under|Throughout|For) )[^,]+, (?:an?|the) [^,]*$|"
    # (an appositive, not a fronted place or time: "Within the District, a new capital city
    # was founded in 1791", R84) and a fronted clause with a verb (R19: "Since ... moved")
    r"^(?:Since|Although|Though|While|When|Because|As|Once|Until) (?:[^,]|, [A-Z][a-z]+)* "
    r"(?:was|were|had|has|[a-z]+ed) (?:[^,]|, [A-Z][a-z]+)*$"  # ("in Altadena, California in")
)


# A value in a clause about someone else's event: "... when Henry VII became king in 1485",
# "Until the election of Ernie Fletcher in 2003, ...", an aside "X, with a speed of N, ..." (a
# false value there is a side trick).
SIDE_EVENT = first_char(
    r"(?<=\w) when [A-Z][^,]*$|^(?:Until|Before|After|Since) the (?:election|death|accession|"
    r"appointment|resignation|arrival) of [A-Z][^,]*$|"
    r"^[A-Z][^,]*, with [^,]*$|"  # "Admiral Scheer, with a design speed of 28 knots, was ..."
    r"\bsince the (?:release|launch|introduction|founding|creation|opening|debut) of (?:the )?"
    r"[A-Z][^,]* in $"  # "its first new product since the release of the Apple Watch in" (R247)
)
# Another event's year, fronted: "Since Brazilian independence in 1822, Brazilian Portuguese
# has tended to borrow ..." (R83; not the subject's own: "Since the independence of Exaland").
FRONTED_EVENT = re.compile(
    r"^(?:Until|Before|After|Since|Following) (?:the |[A-Z]|[a-z]+ (?:was|were|had)\b)[^,]*$"
)  # (and "After apartheid was dismantled in 1994, Ames testified": R103)


def fronted_other(before: str, own: str) -> bool:
    """``before`` (a sentence up to a value) is a fronted phrase of an event not ``own``'s."""
    fronted = FRONTED_EVENT.search(before)
    return fronted is not None and (not own or own not in fronted[0])


# Phrases that lean on the sentences before: a version, edition or first use without its
# "of" ("Rand was able to release a revised version in 1974", "traces the earliest use to
# ...", "The PlayStation 3 version was the top selling ..."), an event named by its verb
# ("The rebuilding had been begun by Henry III": of what?), a narrative "now" ("Bailey now
# returned to graduate school": after what?), "The only other ...", "The remainder of the
# army", "enemy fighters" (whose?), "immediately set about" (after what?). (A month with no
# year, "In September", is standalone.DATE_NO_YEAR's.)
LEANS_BACK = AnyOf(
    r"\b(?:left|departed|returned)(?= (?:in|on) (?:[A-Z][a-z]+ )?\d{4}\b| to (?:receive|become|"
    r"join|study|take|pursue|work|teach)\b)|"  # "Goddard left in 1938 to receive": left what?
    r"\b(?:(?:a|the) (?:revised|new|updated|abridged|expanded) (?:version|edition)|"
    r"the (?:earliest|first) (?:use|mention|record)|^The (?:[A-Z0-9][\w.+-]* ){1,3}version|"
    r"^The (?:re[a-z]{3,}ing|fighting|bombing|meeting|opening|signing|landing|crossing|"
    r"sinking|shooting|killing|ruling|hearing))\b(?! of\b)|"
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bhas )\b(?:now|next) "
    r"(?=(?:[a-z]+ly )?[a-z]+ed\b)|"
    r"^The (?:only )?other\b|^The (?:remainder|rest) of\b|\b[Ee]nemy\b|"  # "the enemy": whose?
    r"^Despite (?:this|that|these|those|(?:his|her|its|their) lack)\b|"  # of what? (R291)
    r"^As (?:promised|agreed|planned|arranged|expected|requested|instructed)\b|"  # (R74)
    r"\b(?:to|at|in|from|for|with|of) that (?:school|university|college|city|town|club|team|"
    r"company|band|group|position|post|role|office|country)\b|"  # "returned to that school"
    r"\b(?:remainder|rest) of the \d{4}\b|"  # "spent the rest of the 1998 season" (R75)
    r"^On (?:recovery|recovering|arrival|arriving)\b|"  # from what? at where? (R86)
    r"^After (?:graduating|graduation|completing (?:his|her|their) (?:degree|studies))"
    r"(?! from\b)[^,]{0,20},|"  # from? ("After graduating in 1942, ...", R99)
    r"\bthe rest of (?!(?:the )?(?:world|year|century|decade|war|season|day|night|his|her|its|"
    r"their)\b)|\b(?:differ|differs|differed|vary|varies|varied) (?:much |far )?(?:more|less)\b"
    r"(?![^.]*\bthan\b)|"  # "dominate the rest of modern France", "differ more in" (R83)
    r"\b(?:was|were) (?:nominated|shortlisted)\.$|"  # "Jones and Hopkins were nominated." (R79)
    r"\bbecame (?:a |the )?(?:partner|member)\b(?! of\b| at\b| in (?:the )?[A-Z])|"  # (R76)
    r"\bserved as (?:the )?(?:President|Chairman|Chair|Director|Secretary|Treasurer)\b(?! of\b)|"
    r"\b(?:two|three|four|several) (?:important|major|key|significant|notable) "
    r"(?:[a-z]+ )?[a-z]+s\b"
    r"(?![^.]*(?:[:;]|, one\b|, the first\b|\bnamely\b|\bincluding\b|\bboth\b))|"
    r"\b(?:was|were) (?:wary|reluctant|hesitant|unwilling|eager|keen|unable)(?=[,.;])|"
    r"\bimmediately (?!after|before|following|north|south|east|west|adjacent)|"
    r"\b(?:concurrently|simultaneously)\b|"  # ("A similar tank", "a slightly different path")
    r"\b[Aa] (?:(?:slightly|somewhat|very|quite|completely) )?(?:similar|different)\b|"
    r"\b[Ss]imilar (?!to\b|in\b|with\b)\w+|\b(?:his|her|its|their) latest\b|\bthe Party\b|"
    # "In similar 2004 polls", "On his latest productions ... he is now known", "After the
    # Party lost its power" (which? R61; "the Republican Party" is one)
    r"(?<=, )\bfor (?:example|instance),|"
    r"\b(?:one|two|three|four|five|several|a few) more (?!than\b)[a-z]|"
    # ("In the 2009 Yukon Quest, for example, ...", "Sebastian showcased two more songs", R62)
    r"\bthe [a-z]+ed (?:its|his|her|their)\b|"  # ("when the introduced its mascot": garbled)
    r"\b(?:was|were|is|are) (?:more|less|even more) [a-z]+\.$|"  # "... was more cautious." (than?)
    r"\b[Aa]n? (?:less|more) [a-z]+ [a-z]+\b(?![^.]*\bthan\b)|"  # "a less successful chat show"
    r"\b(?:her|its|their) sisters?(?: ships?)?\b(?!,? (?:[A-Z]|ship [A-Z]))|"  # which? (R110, R111)
    r"^(?:In reality|Within (?:a|an|one|two|three|four|five|six|ten|a few) [a-z]+)\b(?! of\b)|"
    r"\bdropped out(?= in \d| and\b|[.,;])|"  # "Notosusanto dropped out in 1961": of what?
    r"^After (?:his|her|its|their) return\b(?! (?:to|from)\b)|"  # from where? (R34)
    r"^(?:After|Following|Upon) (?:his|her|their) (?:resignation|retirement|dismissal|departure)"
    r"\b(?! (?:as|from)\b)|"  # "Following his resignation, Graham returned ...": from what?
    r"\b[Bb]oth (?:clubs|teams|men|sides|companies|brothers)\b(?! of\b)|"  # which? (R36)
    r"\bserved (?=until|till|from|between|through)(?!.*\b(?:as|on|in|with|at)\b)|"  # as what?
    r"\bthe (?:[a-z]+ )?(?:adaptation|remake|prequel|spin-off|translation)\b(?! of\b)|"  # (R41)
    r"^(?:After|Before|Following|During|Since|Until|Upon|At) the (?:coronation|wedding|marriage|"
    r"election|war|battle|funeral|ceremony|match|game|race|merger|attack|invasion|siege|crash|"
    r"accident|fire|trial|incident|scandal|tour|campaign|meeting|conference|revolution|coup|"
    r"strike|split|sale|release|premiere|launch|victory|defeat|retirement|death|divorce|murder|"
    r"arrest|takeover|acquisition|break-up|breakup|dismissal|resignation)\b(?! of\b)|"  # (R40)
    r"^The [A-Z][a-z]+(?:an|ese|ish|i) (?=was|were|had|has|is|did|would|[a-z]+ed)\b|"  # "The
    # Russian was arrested in 1997": who? (R40)
    r"\bregain(?:ed|s)? control\b(?! of\b)|\b[Aa] (?:[\w-]+ )?sequel\b(?! to\b)|"  # (R38)
    r"\bformer (?:band )?members?\b(?! of\b)|\b(?:his|her|its|their) next [a-z]+\b|"
    r"^There (?=[A-Z][a-z]|(?:he|she|they|the) )|"  # "There Kosciuszko took lessons": where? (R47)
    r"^(?!The |An? )(?:[A-Z][\w'.-]* ){1,3}(?:was |were |had |has )?even "
    r"(?!though|if|so|as|when|before|after|[a-z]+er\b)|"  # "Close even became the first Leeds
    # player" (R59), "Rivers was even named the Offensive MVP" (R64): besides what came before?
    r"^In (?:(?:a little|just|only|slightly|well) )?(?:over|under|less than|more than|about) "
    r"(?:a|an|one|two|three|four|five|six|ten|a few) [a-z]+\b(?! of\b)"  # "In a little over a
)  # century, in 1249, Portugal would ...": since what?


# "It" that stands for no thing: "It was not until 1900 that", "It is believed that".
EXPLETIVE_IT = re.compile(
    r" (?:(?:must|should|can|could|may|might) be (?:noted|said|argued|seen|mentioned)"
    r"(?:, (?:however|though|also),)? that|"
    r"(?:is|was|has been|had been) (?:not until|only (?:in|after|when|with)|"
    r"(?:believed|thought|said|reported|claimed|estimated|known|suggested|alleged|likely|"
    r"unclear|possible|probable|clear|evident|unknown) (?:that|to|whether|how|why))|"
    r"(?:became|becomes|seemed|seems|appeared|appears) (?:increasingly )?(?:clear|evident|"
    r"apparent|obvious|likely|unlikely|certain) (?:that|to|whether)|"  # "it became clear" (R76)
    r"(?:was|is|had been) (?:decided|agreed|announced|revealed|confirmed|feared|hoped|expected|"
    r"rumou?red) (?:that|to))\b"
)


# A goal, true only when written: "The political perspective of the European Union is to make
# the European Space Agency an agency of the EU by 2014." (R91)
AIM = r"\b(?:aim|goal|plan|perspective|objective|intention)(?: of [^,.;]{1,60}?)? is to\b|"


# "does"/"did" before a verb in a statement, not after "as", "so", "nor", "than" ("as did
# Smith") nor before "not" or a pronoun ("nor did he"): the stress answers something said before.
EMPHATIC_DO = Quick(
    r"(?<!\bas )(?<!\bso )(?<!\bnor )(?<!\bthan )(?<!\bto )\b(?:does|did) ([a-z]+)\b(?!\?)"
)


def emphatic_do(text: str) -> bool:
    """ "Winter does appear on the film Linear", "Thrasybulus did return to action": the
    stress contradicts what the sentence before said, which the statement does not say (R94)."""
    for match in EMPHATIC_DO.finditer(text):
        found = lemmas(match[1])  # (not "did well", "did serious damage": adverbs, adjectives)
        if match[1] in found.get("VERB", ()) and not {"ADV", "ADJ"} & found.keys():
            return True
    return False


# Despite what? (R46; not "A supporter of Federation, Gould nevertheless opposed the bill"), and
# a list's dash: "In 1990 – The band toured" (these two could start anywhere; see first_char).
DESPITE = re.compile(r"^[^,]+\b(?:nevertheless|nonetheless)\b")
LIST_DASH = re.compile(r"^(?:On |In )?[\w ,]*\d{4} [–—] [A-Z]")


# "the team's" with no team named before it in the sentence: which team? (R98)
WHOSE = Quick(r"\bthe (team|club|franchise|band|company|firm|school|country|nation)['’]s\b")


# A post the sentence does not name: "Gates took office", "was appointed Economics Editor" (R100).
OBJECTLESS = Quick(
    r"\btook office\b(?! as\b)|\bwas appointed by (?:[A-Z][\w.]* ){1,4}(?:and|in|on)\b|"  # (R217)
    r"\b(?<![A-Z]\w\w )(?:assistant |vice[- ])?(?:university|college|"
    r"school|company|club) (?:president|chancellor|provost|director|dean|chairman)\b|"
    r"\b(?:appointed|named|became|as) (?:the )?(?:[A-Z][a-z]+ ){1,2}(?:Editor|Correspondent|"
    r"Presenter|Producer|Manager)\b(?! (?:of|at|for|to|with)\b| [A-Z])|\b(?:appointed|named|"
    r"became|elected) (?:the )?(?:[A-Z][a-z]+ )?(?:Secretary[- ]General|General Secretary|"
    r"Treasurer|Spokes(?:man|person))\b(?! (?:of|at|for|to|with)\b| [A-Z])|"  # (R244: "Aznar
    r"\b(?:appointed|named|promoted to) (?:an? )?(?:[a-z]+ )?(?:professor|lecturer|docent)\b"
    r"(?![^.]*\b(?:at|in|of) (?:the )?[A-Z])|"  # "appointed associate professor in 1909": where?
    r"\b(?:was|became|as|named|appointed) (?:the )?(?:[A-Z][a-z]+ )?(?:Dean|Provost|Rector|"
    r"Principal|Chair)(?=[.,;])"  # "From 2012 until 2014 Walter was Associate Dean." (R299)
)  # became Assistant Secretary General in 1982": of which party?)
# A club by the last word of its name alone: "helped United to win two league titles" (R106).
CLUB_WORD = Quick(
    r"\b(?:for|to|with|joined|helped|left|at|against|by|from) (?:United|City|Rovers|Wanderers|"
    r"Athletic|Albion|Rangers|Town|County)\b(?! [A-Z]| of\b)"
)
GRADUATED = Quick(r"\bgraduated\b(?!(?: [\w.,'’-]+){0,8} (?:from|at)\b)")


def leans_back(text: str) -> bool:
    """The sentence leans on what came before it, says nothing worth learning, or is no
    sentence at all."""
    if any(m[1] not in text[: m.start()].lower() for m in WHOSE.finditer(text)):
        return True  # "He is the team's career leader in saves"
    if OBJECTLESS.search(text) or GRADUATED.search(text) or CLUB_WORD.search(text):
        return True  # "Remek graduated in 1966": from what? (he graduated three times)
    if DESPITE.search(text) or LIST_DASH.search(text) or LEANS_BACK.search(text):
        return True
    return bool(NOT_WORTH.search(text)) or emphatic_do(text) or verbless(text) or points_back(text)


AUXILIARY = Quick(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|"
    r"does|do|did|became|becomes|become|remains|remained)\b"
)
ONLY_SPELT = re.compile(
    r", also (?:spelled|spelt|known as|called) [^,]+(?:,? (?:and |or )?[A-Z][^,]*)*\.$"
)
KNOWN_AS_ONLY = re.compile(r"[A-Z][^,]{2,60}, (?:best |better |also |widely )?known as [^,;]*\.$")
PARTICIPLES = frozenset("based located headquartered founded named situated owned".split())


def verbless(text: str) -> bool:
    """A name and its spellings, or a noun phrase with no verb: "Rabbi Zadok of Lublin, also
    spelled Tzadok Hacohen, and Tzadok Hakohen." and "Indian cable television network based
    in Chennai." (R96: a lead sentence whose subject a template had taken)."""
    if AUXILIARY.search(text):
        return False
    if ONLY_SPELT.search(text) or KNOWN_AS_ONLY.match(text):
        return True  # (and "Joe Hamilton, best known as the quarterback ...", R164)
    if re.match(r"[A-Z][^,]{2,60}, (?:a|an|the) [^,]* born\b", text):  # "Hal Bevan-Petman, a
        return not re.search(r"\b[a-z]+ed\b", text)  # painter born in ... to ..." (R100)
    if not re.match(r"[A-Z][a-z]+(?:an|ese|ish|ic|i) [a-z]+", text):
        return False
    return not [w for w in re.findall(r"\b[a-z]+ed\b", text) if w not in PARTICIPLES]


ABSTRACT_SUBJECT = re.compile(  # "A ... description was published", "A German translation"
    r"^An? (?:[A-Za-z-]+,? (?:and )?){0,4}(?:description|account|version|explanation|proposal|"
    r"method|theory|analysis|study|report|review|example|attempt|plan|solution|design|model|list|"
    r"contract|decision|agreement|deal|request|response|statement|change|sample|use|translation|"
    r"adaptation|remake|reissue|outbreak|epidemic|incident|accident)\b(?! of\b)"
)  # (of what?)
