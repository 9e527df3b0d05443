"""Other spellings a learner may type for an answer: a fuller link target, a surname, a
country's short name, a firm's name without its kind."""

from __future__ import annotations

import re

from quiz.generator.article import SPORT, plain_title
from quiz.generator.entities import EntityTypes
from quiz.generator.facts import Facts
from quiz.generator.gazetteer import city_forms, country_forms
from quiz.generator.lexicon import SCHOOL_ADJECTIVES, demonym, known_word
from quiz.generator.placeforms import plain_place
from quiz.generator.spans import Span
from quiz.generator.typeclues import without_title
from quiz.text import normalize

# A firm's name and the kind of firm it is: "Columbia" is typed for "Columbia Records" (not a
# press's: "Oxford University" is another body than Oxford University Press).
FIRM = re.compile(
    r"(?:The )?(?P<name>[A-Z][\w.&'’ -]{2,}?),? (?:Records|Recordings|Pictures|Studios|Films|"
    r"Entertainment|Publishing|Company|Corporation|Corp\.|Inc\.|Ltd\.?|Limited|Group|Magazine)"
)


def other_spellings(span: Span, types: EntityTypes) -> list[str]:
    """Other spellings a learner may type: a fuller link target, a person's surname, a
    country's short name ("UK"), a firm's name without its kind ("Columbia")."""
    out: list[str] = []
    target = plain_title(span.target or "")
    if target and normalize(target) != normalize(span.text) and len(target.split()) <= 6:
        words, target_words = set(normalize(span.text).split()), set(normalize(target).split())
        if words <= target_words or (len(target_words) > 1 and target_words <= words):
            out.append(target)
    out += [*country_forms(span.text), *city_forms(span.text)]  # ("Britain"; "Kyiv")
    if types.coarse.get(span.text) == "person" and not VENUE.search(span.text):  # (four
        out += _person_forms(span.text, least=4)  # letters at least: a name typed "person"
        # may be "Copas del Rey"; nor "Dome" of the Georgia Dome, R458)
    firm = FIRM.fullmatch(span.text)
    if firm and types.coarse.get(span.text) != "person" and not known_word(firm["name"].lower()):
        out.append(firm["name"])  # "Columbia" (stop 68), not "News" of News Corporation
    return out


# A maker that is no person: "Who built it?" -> "Zalyv Shipbuilding Yard" (no surname "Yard").
BODY_WORD = re.compile(
    r"(?i)\b(?:yard|shipyard|works|company|studios?|records|corporation|inc|ltd|group|society|"
    r"association|institute|university|college|party|council|ministry|department|office|band|"
    r"orchestra|choir|club|team|agency|foundation|bank|press|brothers|bros|engineering|"
    r"industries|motors|manufacturing|aviation|aircraft)\b"
)
# A venue named like a person ("Georgia Dome"): its last word is no surname. (Not "Park",
# "Field" or "Church": surnames too.)
VENUE = re.compile(
    r" (?:Dome|Arena|Stadium|Centre|Center|Gardens|Building|Cathedral|Hospital|Airport)$"
)
# The name a maker is credited under: "Director: Radley Metzger; (as "Henry Paris")" (R450).
CREDITED_AS = re.compile(r"\((?:credited )?as [\"“]?([A-Z][^\"”()]{1,40}?)[\"”]?\)")
# A place by its level's word ("Bungoma County", "County Cork"): typed without it (R460);
LEVELED = re.compile(
    r"County ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)|([A-Z][\w'’. -]+?) (?:County|Province|"
    r"Prefecture|(?:Municipal )?District|Municipality|Airport)"
)  # (and "Keta" of "Keta Municipal District", "Bulltofta" of "Bulltofta Airport", R466)
# A university named with its city: "Humboldt University of Berlin" is "Humboldt University".
NAMED_UNIVERSITY = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* University) (?:of|in|at) [A-Z].*")


def typed_forms(value: str, facts: Facts, person: bool) -> list[str]:
    """Other forms of a name a learner types: a country's short name ("Britain"), a city's other
    name ("Kyiv" for "Kiev"), a place's plain name ("Brussels" for "City of Brussels"); and
    (R447) a person's surname ("Wulff" for "Christian Wulff"), the acronym the article defines
    for it ("CDU"), a university's name without its city ("Humboldt University"), the name in
    the language the text gives it ("Lega Nord"), "Corp" for "Corporation" ("News Corp"), the
    name an infobox credits it under (R450), a person's name as the text spells it ("Georg
    Bähr" of "George Bähr", R452)."""
    out: list[str] = [*country_forms(value), *city_forms(value), *plain_place(value)]
    level = LEVELED.fullmatch(value.split(",")[0])  # ("Fayette" of "Fayette County, Ohio")
    out += [level[1] or level[2]] if level else []
    out += _person_forms(value) if person and not BODY_WORD.search(value) else []
    out += _spelt_otherwise(value, facts.prose) if person else []
    out += acronym_forms(value, facts) + short_names(value, facts.prose)  # ("CIA", R474)
    named = not re.search(r"\b\d{3,4}\b", value)  # (not "Founded: 1994 (as Banca ...)", R456)
    for line in (f.value for f in facts.infobox if named and f.value.startswith(value)):
        out += CREDITED_AS.findall(line[len(value) :])  # ("Radley Metzger; (as "Henry Paris")")
    if person:
        return out
    out += linked_forms(value, facts)
    if university := NAMED_UNIVERSITY.fullmatch(value):
        out.append(university[1])
    out += _native_name(value, facts.prose)  # "Northern League (Italian: Lega Nord)" (R449)
    if value.endswith(" Corporation"):
        out.append(value.removesuffix("oration"))
    return out


# A party's name as its members are called ("Democrat" of "Democratic Party"); a university's
# as it is called in speech ("Duke" of "Duke University", "Michigan" of "University of Michigan").
PARTY = re.compile(r"(?:The )?(?P<base>[A-Z][\w'’ -]+?) Party(?: \([^()]+\))?")
UNIVERSITY = re.compile(
    r"(?P<base>[A-Z][\w'’. -]+?) University|University of (?P<place>[A-Z][\w'’ -]+)"
)
INDUSTRY = frozenset(
    "Motor Motors Steel Oil Petroleum Chemical Chemicals Electric Electronics Aircraft Airlines "
    "Airways Railway Railroad Shipping Mining Pharmaceutical Pharmaceuticals Foods Brewing "
    "Tobacco Textile Textiles Insurance Trading Automobile Automotive Industries".split()
)
NOT_INITIALLED = frozenset("of the and for de del la le du in at on".split())


def short_names(value: str, prose: str) -> list[str]:
    """The names a learner says for a party, a university or a firm (R466-R467: "Democrat",
    "BJP", "Duke" and "LSU" were refused): a party's name without "Party", a Democratic
    party's member's word, a party "of" a country by its people's adjective where the text
    says so ("Chinese Communist Party"); a university's name without "University"; a firm's
    first word where the text uses it alone ("Nissan"); and the initials of a name of three
    to six words where the text writes them ("BJP", "NWSL", "LSU")."""
    out = []
    if party := PARTY.fullmatch(value):
        out.append(party["base"])
    if land := re.fullmatch(r"(.+ Party) of (?:the )?([A-Z]\w+)", value):  # (the text's
        said = re.findall(rf"\b([A-Z][a-z]+) {re.escape(land[1])}\b", prose)  # "Chinese
        out += sorted({f"{w} {land[1]}" for w in said if demonym(w) and w[:4] == land[2][:4]})
        # Communist Party" for the "Communist Party of China", R475)
    if value.endswith("Democratic") or (party and party["base"].endswith("Democratic")):
        out.append((party["base"] if party else value).removesuffix("ic"))
    university = UNIVERSITY.fullmatch(value)
    if university and (base := university["base"] or university["place"]):
        if base not in SCHOOL_ADJECTIVES:  # (and "University of Königsberg" for
            out.append(base)  # "Königsberg University" where the text says so, R471)
            other = f"University of {base}" if university["base"] else f"{base} University"
            out += [other] * bool(re.search(rf"\b{re.escape(other)}\b", prose))
    firm = FIRM.fullmatch(value)  # ("Nissan" of "Nissan Motor Company", where the text says
    named = firm["name"].split() if firm else []  # "Nissan", R474; not "Suez" of the Canal)
    first = named[0] if len(named) == 2 and named[1] in INDUSTRY else ""
    if len(first) >= 3 and len(re.findall(rf"\b{re.escape(first)}\b(?! [A-Z])", prose)) >= 2:
        out.append(first)
    words = [w for w in re.split(r"[\s-]+", value) if w.lower() not in NOT_INITIALLED]
    initials = "".join(w[0] for w in words).upper()
    if 3 <= len(words) <= 6 and initials.isalpha() and re.search(rf"\b{initials}\b", prose):
        out.append(initials)
    return out


def own_link_forms(value: str, target: str, facts: Facts, forms: list[str]) -> list[str]:
    """``forms`` of an infobox line's ``value`` with those its own link gives ("Marmara
    Region" of "[[Marmara Region|Marmara]]"), and without those the text's links of the same
    words give where they point elsewhere ("Aegean Sea" of the text's "[[Aegean Sea|Aegean]]"
    beside the box's "[[Aegean Region|Aegean]]", R470)."""
    own = plain_title(target or "")
    if not own:
        return forms
    mine = linked_forms(value, facts, [(value, target)])
    ruler = re.fullmatch(r"[A-Z][\w'’-]+ [IVX]+", value) and own != value
    if not mine and ruler and len(own.split()) <= 4:
        mine = [own]  # a ruler by the name his link gives ("Constantine the Great", R473)
    elsewhere = set(linked_forms(value, facts)) - set(mine)
    return list(dict.fromkeys([*(form for form in forms if form not in elsewhere), *mine]))


def unclassed(question: str, answer: str) -> list[str]:
    """The answer without the class word the question names: "Shkumbin" for "Shkumbin River"
    asked "... the mouth of which river?" (R458). One word only: a form of two words counts
    as the text naming the answer again (``mentions``), which this form must not change."""
    asked = re.search(r"\b[Ww]hich ([a-z]+)\b", question)
    word = f" {asked[1]}" if asked else ""  # ("Milesian" of "Milesian school", R469)
    bare = answer[: -len(word)] if word and answer.lower().endswith(word) else ""
    return [bare] if re.fullmatch(r"[A-Z][\w'’-]+", bare) else []


def linked_forms(value: str, facts: Facts, links: list[tuple[str, str]] | None = None) -> list[str]:
    """The fuller names the article's links give the name shown: "Racing Club de Avellaneda"
    for "[[Racing Club de Avellaneda|Racing]]" (a target holding the shown words, as
    ``other_spellings`` takes a sentence's); a team's for its school's name, "RPI Engineers"
    and "RPI" for "[[RPI Engineers men's ice hockey|Rensselaer]]"; a conference's short name,
    which its box may give too ("Southland" for "Southland Conference", "Short conference:
    MAC"). ``links``: these, not the article's."""
    out = []
    shown = normalize(value)
    for text, target in facts.links if links is None else links:
        plain = plain_title(target or "")
        if normalize(text) != shown or not plain or normalize(plain) == shown:
            continue
        sport = SPORT.search(plain)
        if sport:  # (a team: its name, and the school's before its nickname)
            team = plain[: sport.start()]
            first = team.split()[0]  # (and its school's acronym: "RPI" of the "RPI Engineers";
            out += [team, *([first] if re.fullmatch(r"[A-Z]{2,5}", first) else [])]  # a nickname
            # may be two words: not "California Golden" of the "California Golden Bears")
        elif set(shown.split()) <= set(normalize(plain).split()) and len(plain.split()) <= 6:
            out.append(plain)
        elif VENUE.search(value) and plain.split()[-1] == value.split()[-1]:
            out.append(plain)  # (a venue renamed: "Olympic Arena", now "Herb Brooks Arena")
    if conference := re.fullmatch(r"(.+) Conference", value):
        out.append(conference[1])
        names = {f.name.strip().lower(): f.value for f in facts.infobox}
        if names.get("conference") == value and names.get("shortconference"):
            out.append(names["shortconference"])
    return list(dict.fromkeys(out))


def _person_forms(name: str, least: int = 2) -> list[str]:
    """A person's name as a learner may type it: its surname forms (``surname_forms``), the name
    without the titles before it ("Arthur Conan Doyle" of "Sir Arthur Conan Doyle", R457) and
    without a nickname in quotes, or by it ("Norman Saurage", "Cap Saurage" of Norman "Cap"
    Saurage, R460)."""
    bare = without_title(name)
    nick = re.fullmatch(r"(.+?) [\"“]([^\"”]+)[\"”] (.+)", name)
    called = [f"{nick[1]} {nick[3]}", f"{nick[2]} {nick[3].split()[-1]}"] if nick else []
    return [*surname_forms(name, least), *([bare] if bare != name else []), *called]


def surname_forms(name: str, least: int = 2) -> list[str]:
    """A person's surname of ``least`` letters or more, alone ("Rau" of "Johannes Rau"), with
    the particle before it ("Van Alen" of "William Van Alen"; also "de Villepin"), and the name
    without a middle initial ("Sooraj Barjatya" of "Sooraj R. Barjatya"; R448), the last two
    names of three or more ("Mayor Oreja", "Rodríguez Zapatero"; R451); none of "Jr." or
    "Louis XIV"."""
    words = name.split()
    last = words[-1] if len(words) >= 2 else ""
    named = last[:1].isupper() and any(c.islower() for c in last) and len(last) >= least
    if not named or last.rstrip(".") in ("Jr", "Sr") or family_first(name) or words[0] == "The":
        return []  # (nor "Seong-hun" of Kim Seong-hun, a given name after the family's, R456;
        # nor "Shi" of the band The Mae Shi, R477)
    if last in HONORIFIC | OFFICE_WORDS or any(re.fullmatch(r"[IVX]+|of", w) for w in words[1:]):
        return []  # a ruler's or a consort's name: not "Sultan" of Rabia Sultan, "I Soter" of
        # Demetrius I Soter, nor "Wessex" of Æthelred of Wessex (R470)
    particle = len(words) >= 3 and words[-2].lower() in PARTICLES
    if particle and words[-2][:1].isupper():
        return [f"{words[-2]} {last}"]  # ("Alen" alone is no one's name)
    initials = [w for w in words if not re.fullmatch(r"[A-Z]\.", w)]
    plain = " ".join(initials) if len(initials) >= 2 and initials != words else ""
    # (the last two names of three: "Mayor Oreja" of Jaime Mayor Oreja, a double surname)
    double = len(initials) >= 3 and initials == words and words[-2][:1].isupper()
    pair = [f"{words[-2]} {last}"] if particle or double else []
    if particle and len(words) >= 4 and words[-3].lower() in PARTICLES:
        pair = [f"{words[-3]} {words[-2]} {last}"]  # ("van der Breggen", not "der Breggen")
    return [last, *pair, *([plain] if plain else [])]


# A Korean name, its family name first: "Kim Seong-hun", "Koo In-Hwoi" (not "Anne Smith-Jones").
GIVEN_FIRST = re.compile(r"[A-Z][a-z]{1,4} (?:[A-Z][a-z]+-[a-z]+|[A-Z][a-z]-[A-Z][a-z]+)")
OFFICE_WORDS = frozenset("President Minister Chancellor Secretary Speaker Premier".split())  # (no
# surname: "President" of "Vice President", R476)
HONORIFIC = frozenset("Sultan Sultana Hatun Khatun Begum Pasha Bey Efendi Effendi Agha".split())
PARTICLES = frozenset({"van", "von", "de", "du", "da", "di", "del", "della", "le", "la", "der"})
# A Chinese name in pinyin, its family name first: "Zheng Saisai", "Zhang Kailin" (the family
# names most common, then a given name of one or two syllables).
PINYIN = (
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|"
    r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|o|e|i|u|v)"
)
CHINESE_FAMILY = frozenset(
    """Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
    Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
    Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Cui Tan Fan Qian Qiu Bai Kong Xiong Hou
    Shao Meng Long Wan Duan Lei Qin Yin Gu Mao Hao Shi Fang Wong Chan Cheung Leung Lau Lam Ng
    Chow Tsang Yeung Kwok Choi Fung Mak Tse Yip""".split()  # (and Cantonese: "Wong Jing", R477)
)
GIVEN_PINYIN = re.compile(rf"[A-Z](?:{PINYIN}){{1,2}}", re.I)


def family_first(name: str) -> bool:
    """A name whose family name comes first, so its last word is a given name: Korean ("Kim
    Seong-hun", ``GIVEN_FIRST``) or Chinese in pinyin ("Zheng Saisai", not "Ma Rainey")."""
    words = name.split()
    if GIVEN_FIRST.fullmatch(name):
        return True
    if len(words) != 2 or not GIVEN_PINYIN.fullmatch(words[1]):
        return False  # (a family name the list lacks, before a given name of two syllables:
    two = len(words[1]) >= 5 and re.fullmatch(rf"(?:{PINYIN}){{2}}", words[1].lower())  # "Hua
    # Guofeng"; not "Lee" of Ang Lee)
    return words[0] in CHINESE_FAMILY or bool(two and re.fullmatch(PINYIN, words[0].lower()))


def acronym_forms(value: str, facts: Facts) -> list[str]:
    """The acronyms the article defines for the name ``value`` ("CDU", R447): for the name, for
    the name with its country ("Christian Democratic Union of Germany (CDU)"), or for a link's
    words that name it ("[[Spanish Socialist Workers' Party|Socialist Workers' Party]] (PSOE)")."""
    plain = normalize(value)
    shown = {normalize(text) for text, to in facts.links if normalize(to) == plain}
    return [
        acronym
        for acronym, (phrase, _) in facts.acronyms.items()
        if normalize(phrase) == plain
        or normalize(phrase).startswith(f"{plain} of ")
        or normalize(phrase) in shown
    ]


def _native_name(value: str, prose: str) -> list[str]:
    """The name the text gives ``value`` in another language, in brackets after it, where
    ``value`` is the whole name (not "Kedah" of "Langkawi the Jewel of Kedah (Malay: ...)")."""
    for found in re.finditer(rf"\b{re.escape(value)} \([A-Z][a-z]+: ([^();:]{{2,40}})\)", prose):
        before = prose[: found.start()].split()[-1:]
        if not before or before[0] in ("The", "the") or not re.match(r"[A-Z]|of$", before[0]):
            return [found[1]]
    return []


def _spelt_otherwise(name: str, prose: str) -> list[str]:
    """The name as the text spells its first name otherwise: "Georg Bähr" of the infobox's
    "George Bähr" (R452)."""
    words = name.split()
    if len(words) != 2 or len(words[0]) < 4 or re.fullmatch(r"[IVX]+", words[1]):
        return []  # (not "Constantine II" of Constantius II, R473)
    told = re.findall(rf"\b([A-Z][\w'’-]+) {re.escape(words[1])}\b", prose)
    return sorted({f"{w} {words[1]}" for w in told if w != words[0] and w[:4] == words[0][:4]})
