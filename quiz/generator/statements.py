"""Whether a sentence, or one trimmed round a span, may be asked as a true statement."""

from __future__ import annotations

from quiz.generator import answers, checks, substance
from quiz.generator.facts import Facts


def statable(text: str, facts: Facts) -> bool:
    """A clear statement of fact (``checks.statement_ok``) about the subject, not an aside
    ("Los Angeles is due to host the 2028 Olympics"), that says more than the title (R78) and
    names something ("Punjabi music is very popular": vague), also where every sentence is
    wanted (an article with few questions): there, definitions that name nothing
    ("Accessibility is the degree to which a product ... is available to as many people as
    possible") failed 8 of 14 in R236-R239 as true from their own words."""
    title = facts.title
    return (
        checks.statement_ok(text)
        and answers.about_subject(text, facts)
        and substance.names_something(text, title)
        and not substance.says_the_title(text, title, 3, facts.subject.name)
    )
