"""What a sentence says that is not worth learning: a statistic "as of" a day, a paper's
report, a wish, a DVD, a trademark, a photo shoot, the routine of running a body."""

from __future__ import annotations

from quiz.generator.firstchar import first_char

# Nothing worth learning, or leaning on what came before (R95): "as of" a date, a paper's report, a
# wish, a DVD, a trademark, "after two years", "his condition", "tied for 12-16th" (1/4, R226).
NOT_WORTH = first_char(
    r"^As (?:of|for)\b|\b[Tt]he (?:[A-Z][\w.'’-]* ){1,4}reported (?:in \d{4} |on [^,]{3,20} )?that|"
    r"\bnewspaper (?:[A-Z][\w.'’-]* ){1,4}reported\b|\b(?:[Ss]exiest|[Hh]ottest)\b|"
    r"\bexpressed (?:an? )?(?:interest|desire|wish|hope)\b|\brole in [\w' ]{0,30}\bhistory\b|"
    r"\b(?:released|re-released|issued) (?:on|as part of) [^.]{0,60}\b(?:DVD|Blu-ray|VHS)\b|"
    r"\bon (?:DVD|Blu-ray|VHS)\b|\bfiled for (?:a )?trademark|\b(?:photo|fashion) ?shoot|"
    r"^After (?:two|three|four|five|six|seven|eight|nine|ten|several|a few|many) "
    r"(?:years|months|weeks|days|seasons)\b(?! of\b)|\b(?:two|three|four|several) other people\b|"
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+['’]s) "
    r"(?:condition|illness|proposal|suggestion|request)\b(?! (?:to|of|that|for)\b)|"
    r"\b(?:evolved|changed|varied) (?:considerably |greatly |much )?over (?:time|the years)\.|"
    r"\btied for \d+(?:st|nd|rd|th)?[-–]|"
    # The routine of running a body or a career: how often a committee meets, an agency
    # contract, a service club's office (R248: "the steering committee has met quarterly",
    # "signed an exclusive contract with management agency Better ENT", "a former Rotary Club
    # President")
    r"\b(?:meets|met|convenes|convened|gathers) (?:quarterly|monthly|weekly|annually|yearly|"
    r"biannually|twice a year|once a year|every (?:two|three|four|six) (?:weeks|months|years))\b|"
    r"\bcontract with (?:the )?(?:[\w-]+ )?(?:management|talent) agency\b|"
    r"\b(?:Rotary|Kiwanis|Lions) Club\b|\bformer board member\b|"
    r"\b(?:is|was) located at \d+ [A-Z]|"  # a street address: "located at 8 Maple Street" (R254)
    r"\bobituary\b|"  # "merited a Guardian newspaper obituary in 2008": a notice (R258)
    r"\b(?:4to|8vo|12mo|16mo)\b|"  # a book's format: "'Mathematics for Working Men,' London, 8vo"
    r"\b(?:innumerable|countless|myriad)\b|"  # puffery: "at innumerable press events" (R260)
    r"\b\d{2,3},\d\d[1-9]\b|"  # a figure to the last of five digits: "39,905 cubic meters" (R260)
    r"\b(?:estimated|predicted|expected|projected|forecast|anticipated) that [^.]{0,80}\bwould\b|"
    # a forecast: "In 2018 Astrobotic estimated that their lander would be launched in 2020"
    r"\bsome ?time (?:prior to|before|after)\b|"  # "established at some time prior to 1894"
    r"\b(?:advertisement|advert|commercial)s? for\b|\bauditioned for\b|"  # (R261: a PayPal
    # advert, an audition: a career's trivia)
    r"\b(?:\d+|[a-z]+)(?:st|nd|rd|th) anniversary\b|\b\d+ years of (?:its )?existence\b|"
    # (arithmetic from the founding year, R263: "its 85th anniversary in _____"; R281: "tenth")
    r"\bone of the (?:most|best)[- ](?:well[- ])?known\b|"  # a claim "as of" a year (R263)
    r"\b(?:list|article|page) chronicles\b|\bupcoming\b|"  # a list's own framing; not yet (R264)
    r"\b\d+\([a-z]\)\(\d+\)"  # a tax code's clause: "a 501(c)(3) organization" (R264)
)
