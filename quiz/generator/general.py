"""Gaps that general knowledge fills: a famous name, a high office, a well-known event's date."""

from __future__ import annotations

import re

# A gap the sentence calls famous: general knowledge fills it (R11).
FAMOUS_GAP = re.compile(r"(?i)_____.{0,60}\b(?:famous|well-known|best-known|renowned)\b")

# A gap after a high office or a company's founder: general knowledge ("President _____").
HIGH_OFFICE_GAP = re.compile(
    r"\b(?:President|[A-Z][a-z]+ president|Prime Minister|King|Queen|Pope|Emperor|Empress|"
    r"Chancellor|[Ff]ounder|CEO)"
    r" _____|_____, (?:the |a )?(?:co-?founder|founder|CEO|chairman)\b|_____ as his vice"
)

# A gap that completes the name of a well-known event or a set phrase: general knowledge.
NAMED_EVENT_GAP = re.compile(
    r"\bthe \d{4} [A-Za-z][\w -]{0,30}? (?:of|in|against) (?:which \w+|_____)|"
    r"\b(?:fall|collapse|dissolution|break-?up) of (?:the )?(?:which \w+|_____)|"
    r"\bindependence from (?:which \w+|_____)"
)

# A year or date beside a well-known event other than the subject: "In early _____, Saratoga
# fought in the Battle of Iwo Jima" (R39), "When the Italians capitulated in _____" (R41).
FAMOUS_EVENT = re.compile(
    r"\b(?:Battle|Siege|Sack|[Ii]nvasion|[Cc]apitulation|[Ss]urrender|[Aa]nnexation|[Pp]artition) "
    r"of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*|"
    r"\b[Ww]hen the [A-Z][a-z]+s (?:capitulated|surrendered)"
)
