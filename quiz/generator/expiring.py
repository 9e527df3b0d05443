"""Values that hold only for a while: an "as of" date, a rank of a year, a running count, a
present state ("is the presumptive nominee") or a duration up to the time of writing."""

from __future__ import annotations

import re

from quiz.generator.firstchar import AnyOf
from quiz.generator.nocase import NoCase

AS_OF = NoCase(r"(?i)\b(?:as of|as at|by the end of|at the end of|since)\s+(?:early |late )?$")

# A state held for years, asked by one year: "was a member of the Royal Commission in _____"
STATE_HELD = re.compile(
    r"\b(?:was|were) (?:a|an) (?:member|fellow|resident|student) of\b[^.;]* in $"
)
RANK_HELD = re.compile(  # a rank of a year: "In 2006 Alaska had the most pilots" (no fact)
    r"\b(?:had|has|have|was|were|is|are) the (?:highest|lowest|largest|smallest|most|fewest|"
    r"biggest|greatest)\b"
)

# A count that grows with time, told in the present perfect with no date: "The Avalanche
# have won 8 division titles and have gone to playoffs in all their _____ seasons" (R59): true
# only when the article was written.
RUNNING_COUNT = re.compile(
    r"\b(?:have|has) (?:also |now |since |so far |thus far )?(?:[a-z]+ed|won|gone|made|had|"
    r"taken|held|been|seen|sold|run|done|given|written|grown|become|spent|played)\b"
)

# True only when written: "is the ... presumptive nominee", "has operated for fourteen years"
WHEN_WRITTEN = AnyOf(
    r"\b(?:is|are) (?:currently |now )?(?:the )?(?:[\w-]+ )*?presumptive\b|"
    r"\b(?:has|have) (?:been )?(?:\w+ ){0,3}for (?:over |more than |nearly |about )?(?:\d+|"
    r"[a-z]+teen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty) years\b|"
    r"\b[Tt]he (?:latest|newest|most recent|current) (?:stable )?(?:version|release|edition)\b|"
    r"^(?!.*\b(?:1[89]|20)\d\d\b)(?=.*\bpopulation\b).*\b(?:is|are|has|have)\b.*\d"
)  # ("The latest stable version of Avro Keyboard is 4.5.3", R163; "The population of Tobatí
# proper is 9,688": of which year? R206)
