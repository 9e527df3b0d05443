"""A bank for the LMS export tests: every kind, every character GIFT, XML and HTML treat
specially, a section with a slash, and texts too long for Kahoot."""

from __future__ import annotations

from quiz.model import Bank, Question, Source

ATTRIBUTION = 'From the Wikipedia article "Tiny Town" (CC BY-SA) & its authors.'


def lms_questions() -> list[Question]:
    return [
        Question(
            id="mc-river",
            kind="mcq",
            prompt="Which river {the ~longest} runs through Tiny Town: #1 = best?",
            answer="Avon = 'the river'",
            choices=["Thames", "Avon = 'the river'", "Severn {x}", "Trent ~ #2"],
            section="Geography",
            context="The Avon runs through Tiny Town & its fields.",
            fact="river",
        ),
        Question(
            id="cl-founded",
            kind="cloze",
            prompt="Tiny Town was founded in _____ (year), by monks <from> abroad.",
            answer="1204",
            accept=["AD 1204"],
            section="History",
            context="Tiny Town was founded in 1204, by monks <from> abroad.",
            fact="founded",
        ),
        Question(
            id="cl-end",
            kind="cloze",
            prompt="The market hall is built of _____",
            answer="C:\\stone",
            section="History > Buildings / Halls",
            context="The market hall is built of stone.",
            fact="hall",
        ),
        Question(
            id="tf-castle",
            kind="true_false",
            prompt="Tiny Town's castle has 3 towers & a moat.",
            answer="False",
            choices=["True", "False"],
            section="History > Buildings / Halls",
            context="Tiny Town's castle has 4 towers & a moat.",
            fact="castle",
        ),
        Question(
            id="tf-bridge",
            kind="true_false",
            prompt="The bridge is Tiny Town's oldest building.",
            answer="True",
            choices=["True", "False"],
            section="Geography",
            context="The bridge is Tiny Town's oldest building.",
            fact="bridge",
        ),
        Question(
            id="sa-founder",
            kind="short_answer",
            prompt="Who founded Tiny Town's abbey?",
            answer="Brother Ælfric",
            accept=["Ælfric", "brother ælfric", "Aelfric"],
            section="",
            context="Brother Ælfric founded Tiny Town's abbey.",
            fact="abbey",
        ),
        Question(
            id="mc-long",
            kind="mcq",
            prompt="Which of these " + "very " * 25 + "long names is the town's old name?",
            answer="Tinitun",
            choices=["Tinitun", "Tyneton", "Tenby", "Tintern"],
            section="History",
            context="Its old name was Tinitun.",
            fact="oldname",
        ),
        Question(
            id="mc-longanswer",
            kind="mcq",
            prompt="What is the motto?",
            answer="A" * 80,
            choices=["A" * 80, "B", "C", "D"],
            section="",
            context="The motto is long.",
            fact="motto",
        ),
    ]


def lms_bank() -> Bank:
    source = Source(title="Tiny Town", attribution=ATTRIBUTION, sha256="0" * 64)
    return Bank(title="Tiny Town", source=source, questions=lms_questions())
