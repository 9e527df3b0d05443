"""The orders and classes of living things whose everyday English name says them: "To which
order does the rove beetle belong?" is Coleoptera to anyone who knows a beetle (R92)."""

from __future__ import annotations

import re

from quiz.generator.facts import Facts, InfoboxFact
from quiz.generator.lexicon import demonym, known_word

INCERTAE = re.compile(r"(?i)incertae sedis")
RANKS = ("ordo", "familia", "genus", "classis", "phylum")  # the infobox fields asked
EVERYDAY = {
    "coleoptera": "beetle|weevil|ladybird|ladybug",
    "lepidoptera": "butterfl|moth",
    "diptera": "fly|flies|mosquito|gnat|midge",
    "hymenoptera": "bee|wasp|ant|hornet|sawfl",
    "odonata": "dragonfl|damselfl",
    "orthoptera": "grasshopper|cricket|locust|katydid",
    "araneae": "spider",
    "chiroptera": "bat",
    "rodentia": "rodent|rat|mouse|mice|squirrel|vole",
    "testudines": "turtle|tortoise|terrapin",
    "anura": "frog|toad",
    "strigiformes": "owl",
    "anseriformes": "duck|goose|geese|swan",
    "columbiformes": "pigeon|dove",
    "cetacea": "whale|dolphin|porpoise",
    "squamata": "lizard|snake|gecko|skink",
    "crocodilia": "crocodile|alligator|caiman",
    "primates": "monkey|ape|lemur",
    "insecta": "insect|beetle|butterfl|moth|bee|wasp|ant|fly",
    "aves": "bird",
    "mammalia": "mammal",
    "reptilia": "reptile",
    "amphibia": "amphibian",
    # families and orders everyone knows by their members (R110: "To which family does the
    # black-footed cat belong?" Felidae; "... order ...?" Carnivora)
    "felidae": "cat|lion|tiger|leopard|lynx|jaguar|cougar|puma|ocelot|cheetah",
    "canidae": "dog|wolf|wolves|fox|jackal|coyote",
    "ursidae": "bear",
    "carnivora": "cat|lion|tiger|leopard|lynx|jaguar|dog|wolf|wolves|fox|bear|weasel|otter|"
    "badger|hyena|mongoose|seal",
    "cervidae": "deer|elk|moose|reindeer",
    "equidae": "horse|zebra|donkey",
    "podicipedidae": "grebe",
    "podicipediformes": "grebe",
    "psittaciformes": "parrot|macaw|cockatoo|parakeet",
    "sphenisciformes": "penguin",
    "salmonidae": "salmon|trout",
    # bird and other families named by their members' everyday name (R357: the Choiseul pigeon
    # -> Columbidae; R360: the mourning dove, the black-necked stork -> Ciconiidae)
    "columbidae": "pigeon|dove",
    "ciconiidae": "stork",
    "ardeidae": "heron|egret|bittern",
    "strigidae": "owl",
    "falconidae": "falcon|kestrel",
    "anatidae": "duck|goose|geese|swan|teal",
    "psittacidae": "parrot|macaw",
    "picidae": "woodpecker",
    "corvidae": "crow|raven|magpie",
    "laridae": "gull|tern",
    "trochilidae": "hummingbird",
    "spheniscidae": "penguin",
    "cuculidae": "cuckoo",
    "orchidaceae": "orchid",
    # genera of everyday plants (R227: "To which genus does the Prima apple belong?" Malus)
    "malus": "apple",
    "pyrus": "pear",
    "prunus": "cherry|cherries|plum|peach|apricot|almond",
    "citrus": "orange|lemon|lime|grapefruit|mandarin",
    "vitis": "grape",
    "rosa": "rose",
    "quercus": "oak",
    "acer": "maple",
    "solanum": "potato|tomato|eggplant|aubergine",
    "musa": "banana",
    "coffea": "coffee",
    "allium": "onion|garlic|leek",
    "corvus": "crow|raven|rook",  # ("To which genus does the Hooded Crow belong?", R411)
    "decapoda": "crab|lobster|shrimp|prawn|crayfish",  # (the gulf ghost crab, R413)
}
RANK_WORDS = {"ordo": "order", "familia": "family", "classis": "class", "phylum": "phylum"}


def said_by_its_name(
    value: str, title: str, common: set[str] | frozenset[str], genus: str = ""
) -> bool:
    """The rank ``value`` follows from the title: "To which family does Allosaurus belong?" ->
    Allosauridae; "is a rodent" (a word of the lead, in ``common`` as its first five letters):
    "To which order does the Olympic marmot belong?" -> Rodentia (R42); an everyday word:
    "rove beetle" -> Coleoptera; or that the ``genus`` asked beside it says (Cavia: Caviidae)."""
    if genus[:4] and value != genus and value.startswith(genus[:4]) or INCERTAE.match(value):
        return True  # (or "Incertae sedis": no rank at all, R113's Vultur)
    word = title.split()[0] if title else "-"  # (a short genus by one letter fewer: Iris,
    stem = word[: max(3, min(5, len(word) - 1))].lower()  # Iridaceae, R128; Canis, Canidae)
    if value.lower().startswith(stem) or value[:5].lower() in common:
        return True
    own = re.findall(r"\b[a-z]{4,}\b", title.lower())
    if any(value.lower().startswith(w[: 3 if len(w) == 4 else 4]) for w in own):
        return True  # a common name's own last word: "Japanese red pine" -> Pinaceae (R222)
    head = re.findall(r"[a-z]+", title.lower())[-1:]  # (a head of three letters by two:
    if head and len(head[0]) == 3 and value.lower().startswith(head[0][:2]):  # "small-leaved
        return True  # fig" -> Ficus, R417)
    genus_root = re.sub(r"(?:us|um|a|is|es|on|ops|ia|ium)$", "", word.lower())  # Conus: Conidae
    if len(genus_root) >= 3 and re.fullmatch(rf"{genus_root}(?:idae|aceae|inae)", value.lower()):
        return True  # (R228)
    root = re.sub(r"(?:idae|aceae|inae|ales|iformes)$", "", value.lower())
    if len(root) >= 5 and root in word.lower():
        return True  # "Dendrofissurella" in the family Fissurellidae (R144)
    words = EVERYDAY.get(value.strip().lower())
    ends = "|".join(w for w in (words or "").split("|") if len(w) >= 5)  # ("Kingsnake", R221)
    if words and any(w[:5] in common for w in words.split("|") if len(w) >= 5):
        return True  # "is a butterfly of the family Lycaenidae": Lepidoptera (R302)
    return bool(words) and bool(re.search(rf"(?i)\b(?:{words})|\B(?:{ends or '-'})\b", title))


def genus_disputed(genus: str, infobox: list[InfoboxFact], prose: str) -> bool:
    """The text keeps placing the species in another genus ("Coloeus monedula" three times
    and more), not once as its former name ("first described as Squalus nasus")."""
    binomial = next((f.value for f in infobox if f.name == "binomial"), "")
    epithet = binomial.split()[1] if len(binomial.split()) == 2 else "-"
    other = rf"\b(?!{re.escape(genus)}\b)([A-Z][a-z]+) {re.escape(epithet)}\b"
    if re.search(r"\bgenera\b", prose.split("\n")[0]):
        return True  # "Right whales are three species ... consisting of two genera" (R409)
    synonyms = " ".join(f.value for f in infobox if f.name == "synonyms")
    if any(re.search(rf"\bgenus,? {g}\b", prose) for g in re.findall(other, synonyms)):
        return True  # "Synonyms: Gymnorhina tibicen" and "in its own genus Gymnorhina" (R410)
    return any(prose.count(g) >= 3 for g in set(re.findall(other, prose)))


def taxon_disputed(field: str, value: str, facts: Facts) -> bool:
    """The infobox's genus (``genus_disputed``) or other rank (``rank_disputed``) in doubt."""
    if IN_DISPUTE.search(facts.prose):
        return True  # "its classification is in dispute" (R416: the megalodon's family)
    if field == "genus":
        return genus_disputed(value, facts.infobox, facts.prose)
    return rank_disputed(field, value, facts.prose)


IN_DISPUTE = re.compile(
    r"\b(?:classification|taxonomy|placement) (?:is|remains) (?:still )?"  # (not "has been
    # controversial" of the Fossa's, settled since)
    r"(?:in dispute|disputed|debated|uncertain|unclear|unresolved|controversial)\b"
)


def rank_disputed(field: str, value: str, prose: str) -> bool:
    """A sentence of the text places the taxon in another of the field's rank, as an
    alternative held now: "order Struthioniformes ... although some sources also recognise
    these as the separate order Dinornithiformes" (R414, the moa); not a former placement
    ("originally placed in the family Viverridae") nor another taxon's ("mites of the family")."""
    word = RANK_WORDS.get(field) or field
    for sentence in re.findall(rf"[^.]*\b{word} \(?[A-Z][^.]*", prose):
        named = re.findall(rf"\b{word} \(?([A-Z][a-z]{{4,}})\b", sentence)
        other = any(n != value and not known_word(n.lower()) for n in named)
        if other and ALTERNATIVE.search(sentence) and not FORMER.search(sentence):
            return True
    return False


ALTERNATIVE = re.compile(
    r"\b(?:sometimes|some (?:sources|authors|authorities|taxonomists)|alternatively|although|"
    r"considered|recogni[sz]ed?|disputed|debated|others? (?:place|treat))\b"
)
FORMER = re.compile(r"\b(?:originally|formerly|previously|once|was placed|were placed|in \d{4})\b")


def common_name(title: str, box: str) -> str:
    """A species' common name (``box``: its infobox's type) as a sentence names it: "Sea apple"
    -> "the sea apple", "King Vulture" -> "the king vulture" (R410: "To which order does Sea
    apple belong?"); "" for a name with a word that is no common word (a genus: "Eubalaena"; a
    person's: "Steller"), one written small already, or no species'."""
    words = title.split()
    if not re.search(r"(?i)taxobox|speciesbox", box) or not title[:1].isupper():
        return ""
    known = (all(known_word(p) for p in w.lower().split("-")) or demonym(w) for w in words)
    if len(words) < 2 or not all(known):  # ("White-tip spider": each part a word, R413)
        return ""
    return "the " + " ".join(w if demonym(w) else w.lower() for w in words)
