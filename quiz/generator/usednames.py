"""The word of a person's name their article keeps using ("Jaramillo", "San Martín")."""

from __future__ import annotations

import re

from quiz.generator.typeclues import TITLE_BEFORE

PATRONYMIC = ("ibn", "bin", "bint", "ben", "ap")  # a father's name follows: "Muhammad ibn Saud"


def used_name(core: str, name: str, text: str, linked: frozenset[str] = frozenset()) -> str:
    """The word of a person's name the article keeps using, when it is not the last: "Jaramillo"
    for "Julio Alfredo Jaramillo Laurido" (a mother's surname last), "William" for "William de
    Corbeil" (not "Corbeil", which the article never uses alone)."""

    parts = re.split(r"[\s-]+", core)  # ("Affleck" of "Benjamin Géza Affleck-Boldt", R39)
    fathers = {b for a, b in zip(parts, parts[1:], strict=False) if a in PATRONYMIC}
    words = [  # ("Almodóvar"; not "Pope" of Pope Benedict XVI, "the Pope" of others, R83)
        w
        for w in parts
        if len(w) > 2
        and w.isalpha()
        and w.istitle()
        and not TITLE_BEFORE.search(f"{w} ")
        and w not in fathers  # (not "Saud" of Muhammad ibn Saud: his father, R400)
    ]
    others = set(core.split()) | set(parts)

    def uses(word: str) -> int:  # used alone, not beside another word of the name
        found = 0
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):  # ("Tae-joo")
            before = text[: match.start()].split()[-1:]
            after = text[match.end() :].split()[:1]
            longer = bool(re.match(r" [A-Z][a-z]", text[match.end() :]))  # "San Lorenzo"
            found += not (set(before) | set(after)) & others and not longer
        return found

    best = max(words, key=uses, default=name)
    pairs = [f"{a} {b}" for a, b in zip(core.split(), core.split()[1:], strict=False)]
    capitalised = [p for p in pairs if p[:1].isupper() and p.split()[1][:1].isupper()]
    pair = max(capitalised, key=text.count, default="")
    pair = "" if pair.lower() in linked else pair  # "Olaf Hambro": his father's page (R115)
    if pair and text.count(pair) >= 3 and text.count(pair) > max(uses(best), uses(name)):
        return pair  # "San Martín" for José Francisco de San Martín Gómez y Matorras (R34)
    alone = uses(best) and not uses(name)  # ("Lee also plays", never "Ming", R200)
    titled = any(TITLE_BEFORE.search(f"{w} ") for w in core.split())  # ("Shunzhi Emperor")
    if not (titled or uses(best) or uses(name)) and re.fullmatch(r"[A-Z]\S+ [A-Z][\w-]+", core):
        return core  # no word used alone: "Lu Dachang" (never "Dachang", his given name; R275)
    return best if uses(best) >= 3 and uses(best) > 2 * uses(name) or alone else name
