"""Whether an article gives its player more than one position (then no position is asked)."""

from __future__ import annotations

import re

# The positions of the team sports a player's infobox names, as the text writes them after
# "as a" ("plays as a forward", "employed ... as a false nine").
POSITION = re.compile(
    r"\bas an? ((?:(?:false|classic|central|attacking|defensive|right|left|second|deep-lying|"
    r"inside|outside|small|power|shooting|point|relief|starting) )?(?:winger|wing|forward|"
    r"striker|midfielder|playmaker|nine|number 10|centre-forward|center-forward|defender|"
    r"full-back|fullback|centre-back|center-back|wing-back|sweeper|goalkeeper|guard|center|"
    r"centre|pitcher|catcher|shortstop|outfielder|infielder|quarterback|receiver|"
    r"linebacker|fly-half|scrum-half|hooker|prop|lock|flanker|winger|defenceman|"
    r"defenseman))\b"
)


def several_positions(prose: str, position: str) -> bool:
    """The text says the subject plays or played as some position other than the infobox's
    ``position`` ("Forward" beside "as a false nine", "as a false winger": R442, where a
    learner typing either is right too)."""
    named = {m.group(1).lower() for m in POSITION.finditer(prose)}
    own = position.lower()
    return any(own not in name and name not in own for name in named)
