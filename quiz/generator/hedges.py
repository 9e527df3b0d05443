"""Words that make a statement a claim, an opinion or a passing state rather than a fact to
mark true or false."""

from __future__ import annotations

from quiz.generator.nocase import NoCase

HEDGE = NoCase(
    r"(?i)\b(?:reportedly|allegedly|apparently|possibly|probably|perhaps|maybe|might|may|must|"
    r"is said|are said|was said|were said|is thought|was thought|is believed|was believed|"
    r"considered|regarded|claimed|claims|insist|insists|insisted|argue|argued|argues|allege|"
    r"alleged|suggest|suggested|described as|seen as|known as|best|greatest|worst|cites|"
    r"(?:most|an) important|impressive|profound|a (?:significant|key|vital|crucial) (?!\d)|"
    r"most famous|famous|notable|widely|(?:arguab|irrefutab|undeniab)ly|presumably|unique|"
    r"super-?stars?|iconic|renowned|acclaimed|eminent|prestigious|feels|pretty much|"  # (R154)
    r"supposedly|rumou?red|rais(?:e|ed|es) (?:questions|concerns|doubts)|"
    r"(?:is|are|was|were|remains?) (?:uncertain|unclear|disputed)|"  # ("whose ... is uncertain")
    r"one of the (?:most|least|premier|leading) \w+|one of the \w+est|a number of|a variety of|"
    r"various|numerous|several|(?:is|are|was|were) an? popular|"  # vague (R84, R173, R174)
    r"(?:is|are|was|were|has|have|had|did|does|do) not|never|reigning|incumbent|"  # (R127)
    r"(?:stated|said|told|announced|revealed|recalled) (?:that|in an?)|"  # reported speech;
    r"(?:is|are) (?:currently |now )?(?:holding talks|negotiating|planning|considering|"
    r"expected|scheduled|due|set) to|(?:is|are) (?:currently |now )?(?:holding talks|"
    r"negotiating|in talks)|"  # under way when written: "is holding talks", "is expected to"
    r"among the (?:most|least) \w+|for (?:instance|example)|slightly|somewhat|depending on|"
    r"(?:is|are) (?:steadily |rapidly |gradually )?(?:increasing|growing|rising|declining|"
    r"decreasing|expanding|shrinking|improving|worsening)|day by day|"  # a trend (R236-R237)
    r"there (?:are|were|is|exist) (?:many |several |different |various |numerous )*(?:forms|"
    r"types|kinds|ways|varieties) of|"  # "There are different forms of prayer such as ..."
    r"prominent|(?:short|brief|small|minor|bit|cameo) (?:appearance|role|part)|"  # (R238-R239)
    r"ha(?:d|s|ve) an? (?:major|great|huge|profound|significant|strong|lasting|deep) "
    r"(?:impact|influence|effect)s?|most recently|the most (?:historic|historical|successful|"
    r"popular|influential|celebrated|beautiful|respected|decorated))\b"  # (R297; "had a major
    # impact", R249)
)
