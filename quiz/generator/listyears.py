"""The years an article's lists and tables give its works ("Space (2001)" in a filmography),
which the prose may give otherwise ("a series of 2002 documentaries ... entitled Space")."""

from __future__ import annotations

import re

from quiz.generator.article import Article, plain_title

ITEM_YEAR = re.compile(r"^[\"'“]?([^()\n]{2,80}?)[\"'”]? \((\d{4})\)")  # "Space (2001)"
YEAR_CELL = re.compile(r"\d{4}")
THE = re.compile(r"\b[Tt]he ")
YEAR = re.compile(r"(?<![\d/-])(1[5-9]\d\d|20\d\d)(?![\d/-])")


def listed_years(article: Article) -> dict[str, frozenset[str]]:
    """Each name a list item opens with or a table row holds, with the years given it."""
    found: dict[str, set[str]] = {}
    sections = [(s, False) for s in article.sections] + [(s, True) for s in article.works]
    for section, set_aside in sections:
        for block in section.blocks:
            for item in block.items:
                if match := ITEM_YEAR.match(item.text.strip()):
                    found.setdefault(match.group(1).strip(), set()).add(match.group(2))
                elif set_aside and len(years := set(YEAR.findall(item.text))) == 1:
                    for link in item.links:  # "2001: Space, a documentary"
                        name = plain_title(item.text[link.start : link.end].strip())
                        found.setdefault(name, set()).update(years)
        for rows in section.tables:
            for row in rows:
                years = {c.text.strip() for c in row if YEAR_CELL.fullmatch(c.text.strip())}
                for cell in row if years else []:
                    name = cell.text.strip()
                    if len(name) > 2 and not re.fullmatch(r"[\d\s,.–-]*", name):
                        found.setdefault(name, set()).update(years)
    own = article.title.lower()  # (a band's self-titled album names the band everywhere)
    return {n: frozenset(years) for n, years in found.items() if n.lower() not in own}


def dated_otherwise(text: str, year: str, listed: dict[str, frozenset[str]]) -> bool:
    """``text`` names a work that a list or table dates, never with ``year`` (R87: "Neill
    narrated a series of 2002 documentaries ... entitled Space"; "Space (2001)" in the list)."""
    plain = THE.sub("", text)  # ("People's Artist of USSR (1959)" in the list of awards, R94)
    for name, years in listed.items():
        name = THE.sub("", name)
        if year not in years and name in plain:
            if re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", plain):
                return True
    return False
