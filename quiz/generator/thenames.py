"""Names that take "the" from their head noun, and things a year before them does not name."""

from __future__ import annotations

import re

from quiz.generator.lexicon import SCHOOL_ADJECTIVES, given_name, is_noun

# Heads of names that keep "the": "the Kafka Project", "the Peasants' Revolt" (not "the
# Dollar Point", "the Davidson Township", "the Australia Day").
THE_HEADS = frozenset(
    """project programme program society commission committee council association foundation
    institute league union party movement campaign revolt rebellion uprising expedition
    agreement treaty convention railway railroad canal building museum gallery festival
    war affair incident massacre""".split()
)
# Things built or founded: "the 1836 arch dam" is one the text met before (a year's event,
# "the 2003 blackout", is the only one).
BUILT = frozenset(
    """building tower bridge station airport stadium arena castle palace house hall theatre
    theater hotel prison structure monument dam canal reservoir tunnel lighthouse fort fortress
    ship vessel aircraft site observatory memorial railway railroad zoo cemetery harbour harbor
    port mine factory brewery highway road church cathedral school college university museum
    library hospital mill plant""".split()
)


def built_before(text: str, start: int, qualified: re.Pattern[str]) -> bool:
    """The words at ``start`` end in a kind of thing built that ``qualified`` (what says which
    one: "of", "called", a capital) does not follow: "the 1836 arch dam was" (not "the 1940
    college season", nor "the 1836 dam in Kent")."""
    for word in re.finditer(r"[a-z-]+\b", text[start : start + 40]):
        if word.start() and text[start + word.start() - 1] != " ":
            return False
        if word.group() in BUILT:
            after = text[start + word.end() :]
            following = re.match(r" ([a-z]+)\b", after)
            if following and is_noun(following.group(1)):
                continue  # "the 1940 college season": a season
            return not qualified.match(after) and not re.match(r" in [A-Z]", after)
        if word.start() > 25:
            return False
    return False


def title_head(title: str, noun: str) -> bool:
    """``noun`` heads the title, so "the revolt", "the Sejm" is the subject: "Peasants'
    Revolt", "Sejm of the Estates" (not "Dollar Point", "Australia Day", "Kent")."""
    core = re.sub(r"\s*\([^)]*\)$", "", title)
    if len(core.split()) < 2 or core.startswith("The ") or "," in core:
        return False
    before_of, of, _ = core.partition(" of ")
    head = before_of.split()
    if of:
        return len(head) == 1 and head[0].lower() == noun
    return head[-1].lower() == noun and noun in THE_HEADS


def title_word(title: str, word: str) -> bool:
    """``word``, capitalised, is the title's head before "in", "of", "at" or "for": "The
    Rights have their origins ..." in "Fundamental Rights in India" is the subject (R106)."""
    core = re.sub(r"\s*\([^)]*\)$", "", title)
    match = re.fullmatch(r"(?!The )(?:[A-Z][\w'-]* )*([A-Z][\w'-]*) (?:in|of|at|for) [A-Z].*", core)
    return match is not None and match.group(1) == word


# "St Mary's Church", "Reinhardt University", "Southern Nazarene University": named for a saint,
# a founder or a place, they take no "the" (but one named by an adjective does: "the Exlandic
# National University").
OWN_NAMED = re.compile(
    rf"^(?:St\.? )?[A-Z][\w.-]*['’]s\b|^(?!.*\b(?:{'|'.join(SCHOOL_ADJECTIVES)}|"
    r"[A-Z][a-z]+(?:ic|ian|ese|ish|an))\b)[A-Z][\w.-]+(?: [A-Z][\w.-]+)* (?:University|College)$"
)
# What follows a name that is no modifier of the noun after it: not a capital ("The Chisso
# Corporation" of "Chisso"), nor a noun before the verb ("The Cyclone programming language is").
NOT_MODIFIER = r"(?! [A-Z]| (?![a-z]+ly )(?:[a-z]+ ){1,2}(?:is|was|are|were|has|had)\b)"
# A name that is "the" kind of something: "the Battle of Hastings", "the Kingdom of Sardinia".
THE_OF = re.compile(
    r"(?:\w+ )?(?:Battle|Siege|Treaty|Invasion|Sinking|Sack|Fall|Commonwealth|Kingdom|Republic|"
    r"Empire|Duchy|Principality) of "
)
INSTITUTION = re.compile(  # an institution's kind takes "the": "the Arts Club of Chicago", "the
    # Council of Lithuania" (R200)
    r"^(?:[A-Z][\w'’.-]* )*(?:Church|League|Party|Club|University|Council|Society|Association|"
    r"Institute|Union|Federation|Group|Museum|Academy|Committee|Commission|Foundation|Army|"
    r"Navy|Forces?|Conference|Assembly|Parliament|Senate|Congress|Agency|Ministry|Court|"
    r"Movement|Front|Alliance|Orchestra)\b(?! [A-Z][a-z])|"
    # and an event named by its common noun: "the Ursus rail crash" (R257)
    r"^[A-Z][^()]* (?i:crash|disaster|massacre|bombing|shooting|revolt|uprising|riot|outbreak|"
    r"derailment|explosion|collision|accident|earthquake|hijacking|shipwreck|fire)$|"  # (R259)
    # and a building named by what it is and where: "the Courthouse in Września", "the School
    # building on Castle Street in Miłosław", "the United States Post Office" (R277)
    r"^(?:Courthouse|Court|School|Church|Synagogue|Mosque|Chapel|Hospital|Station|Bridge|Castle|"
    r"Palace|House|Hall|Manor|Mill|Tower|Cemetery|Prison|Library|Market|Barracks|Factory|"
    r"Brewery|Theatre|Hotel|Building|Villa|Fort)(?: [a-z]+)? (?:in|on|at|near) [A-Z]|"
    r"^(?:United States|U\.S\.) (?:[A-Z][a-z]+ )*(?:Office|Courthouse|Building|Custom ?[Hh]ouse)$"
)


def own_named(name: str) -> bool:
    """A name that takes no "the" of itself: a saint's, a founder's or a place's (``OWN_NAMED``:
    "St Mary's Church", "La Salle University", R183), a person's in full whose given name
    ``OWN_NAMED`` takes for an adjective ("Brian Exley University")."""
    if OWN_NAMED.search(name):
        return True
    person = re.fullmatch(r"([A-Z][a-z]+)(?: [A-Z]\.)? [A-Z][\w'-]+ (?:University|College)", name)
    return bool(person and given_name(person[1]))


# An aspect of a place ("Economy of Chad", "Military of Cape Verde"): written "the economy of
# Chad" mid-sentence, and its text's "It" may be the place (R345-R346).
ASPECT = re.compile(
    r"(?:Economy|Geography|History|Culture|Demographics|Politics|Military|Transport|"
    r"Transportation|Telecommunications|Education|Religion|Climate|Cuisine|Music|Sports?|"
    r"Tourism|Energy|Health|Media|Architecture|Government|Foreign relations|Languages|"
    r"Wildlife|Agriculture|Flag|Coat of arms|Law|Economic history|Outline) (?:of|in) [A-Z]"
)
