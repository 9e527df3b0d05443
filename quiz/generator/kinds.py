"""Nouns that name a kind of thing ("the town", "the club") and those that name the same kind."""

from __future__ import annotations

import re

# The prefix of a ship's name, which names its navy too ("HMS": the Royal Navy).
SHIP_PREFIX = re.compile(r"(?:HMS|HMAS|HMCS|HMNZS|HMIS|USS|USNS|USCGC|SMS|HNLMS|HSwMS|INS|ARA) ")

# Nouns that name a kind of thing and so may refer back to the article's subject ("the town",
# "the club", "the building"): the head noun of the lead's "X is a ..." must be one of these
# or end with one ("skyscraper" is a kind of "building" only through this list).
KIND_NOUNS = frozenset(
    """side daily city town village parish borough county district region province state country
    nation republic kingdom empire island capital municipality suburb neighbourhood neighborhood
    community settlement place area territory river lake mountain valley park forest street club
    team band group company firm corporation business newspaper paper magazine journal party
    organisation organization institution agency society association union league school
    university college academy museum gallery library hospital church cathedral temple mosque
    monastery abbey priory convent chapel building skyscraper tower bridge station airport
    stadium arena castle palace house hall theatre theater hotel prison structure monument ship
    vessel aircraft army navy force forces military war battle campaign siege election incident
    affair massacre riot strike protest scandal disaster accident earthquake flood fire attack
    bombing raid coup mutiny crisis pandemic epidemic outbreak festival race tournament
    competition championship cup event series film novel book album song single opera play show
    programme program game discipline field science theory language religion movement species
    genus family disease drug compound element colony dam canal reservoir tunnel lighthouse fort
    fortress hurricane typhoon cyclone storm site observatory memorial speech denomination
    railway railroad zoo cemetery harbour harbor port mine factory brewery highway motorway
    freeway expressway character instrument convention conference congress council summit treaty
    center centre institute laboratory bureau commission committee act bill amendment avenue
    boulevard square studio studios planet match advertisement commercial""".split()
)
PLURAL_KINDS = {"forces": "force"}
# Nouns that refer back to the same kind of subject ("the team" is the club).
KIND_SYNONYMS = (
    frozenset({"club", "team", "side"}),
    frozenset({"building", "tower", "skyscraper", "structure"}),
    frozenset({"newspaper", "paper", "daily"}),
    frozenset({"company", "firm", "corporation", "business"}),
    frozenset({"band", "group"}),
    frozenset({"hurricane", "typhoon", "cyclone", "storm"}),
    frozenset({"highway", "freeway", "motorway", "expressway"}),
    frozenset({"university", "college", "institution"}),
    frozenset({"museum", "gallery"}),
    frozenset({"organisation", "organization", "society", "association"}),
    frozenset({"city", "capital"}),
    frozenset({"town", "parish"}),
    frozenset({"tournament", "competition", "championship"}),
    frozenset({"song", "single"}),
    frozenset({"advertisement", "commercial"}),
    frozenset({"ship", "vessel"}),
)
