"""English verb forms the wh-questions need: past and present tense to base form."""

from __future__ import annotations

import re

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


def present_to_base(word: str) -> str | None:
    """``maintains`` -> ``maintain``, ``supplies`` -> ``supply`` (3rd person singular only)."""
    if not re.fullmatch(r"[a-z]{3,}s", word) or word.endswith(("ss", "us", "is")):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


SAME_PARTICIPLE = {"built", "led", "won", "held", "made", "bought", "sold", "sent", "paid", "kept"}
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
