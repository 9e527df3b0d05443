"""Whether an article gives its player more than one position (then no position is asked)."""

from __future__ import annotations

import re

# The positions of the team sports a player's infobox names, as the text writes them after
# "as a" ("plays as a forward", "employed ... as a false nine").
POSITION = re.compile(
    r"\bas an? ((?:(?:false|classic|central|attacking|defensive|right|left|second|deep-lying|"
    r"inside|outside|small|power|shooting|point|relief|starting) )?(?:winger|wing|forward|"
    r"striker|midfielder|playmaker|centre-forward|center-forward|defender|full-back|fullback|"
    r"centre-back|center-back|wing-back|sweeper|goalkeeper|guard|center|centre|pitcher|"
    r"catcher|shortstop|outfielder|infielder|quarterback|receiver|linebacker|fly-half|"
    r"scrum-half|hooker|prop|lock|flanker|defenceman|defenseman)|false nine|number 10)\b(?!-)"
)  # (not "as a center-left party", "as a nine-year-old")


def several_positions(prose: str, position: str) -> bool:
    """The text says the subject plays or played as some position other than the infobox's
    ``position`` ("Forward" beside "as a false nine", "as a false winger": R442, where a
    learner typing either is right too)."""
    named = {m.group(1).lower() for m in POSITION.finditer(prose)}
    own = position.lower()
    return any(own not in name and name not in own for name in named)
