"""first_char: a pattern with a lookahead for its first characters matches just as before."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

import quiz.generator
from quiz.generator.firstchar import (
    ORIGINAL,
    QUICK,
    SPLIT,
    AnyOf,
    Quick,
    _alternatives,
    _common,
    first_char,
)

ROOT = Path(__file__).resolve().parent.parent
for module in pkgutil.iter_modules(quiz.generator.__path__):
    importlib.import_module(f"quiz.generator.{module.name}")  # (every first_char pattern)


def _texts(pattern: str) -> list[str]:
    """Sentences of the bundled article, and random text made of the pattern's own words."""
    article = (ROOT / "questions" / "000_e4fee655deeefa93.txt").read_text(encoding="utf-8")
    texts = re.split(r"(?<=[.\n])\s*", article)[:3000] + [
        "In season 1902–03 Raith Rovers were incorporated.",
        "Rovers won 3–2 against Celtic, and 1–0 over them, then lost 2-1.",
        "He was a supporter as a boy; the fans of the club; we don't; It's there.",
        "Playtex Apparel Inc., was sold; the team’s coach came in September September 5,.",
        "The school is founded in 2008 and was a named a landmark, part of the of the group.",
        "Rampur was established in 18 May 2014; Exton has 1,175 inhabitants in 2005.",
        "Exa, lives and works in Exton, in the early 1918; Exa was replaced by Ann Vark.",
        "Exa joined Exton College in 1927, and received a Lit.",
        "With the addition of Ann Vark, Exa served as the country's minister and the nation's.",
        "Exa was trustee, and president, of the Exton Museum; it is Exa motorcycle made in Wyton.",
        "The committee has met quarterly; Exa signed a contract with management agency Ex.",
        "It is the first since the release of the Exa Watch in 2015; since the launch of Exa in",
        "Exa S.A. Exa Blue is on 34x 45 cm paper, on March and April 2014; admitted to Bar.",
        "It is to the north, in 1901 century; Exa is a permanent member of the League since 2007.",
        "Exa led the YMCA. in the 1920s; the hall is located at 8 Maple Street in Exton.",
        "Exa was an Exland guitarist, born in Exton, Exshire, grew up in Wyton.",
        "Exa died of complications from his disease; her illness; the last Exa lived.",
        "During his tenure, Exa cut taxes; her tenure as mayor ended.",
        "The concept of Exa evolved considerably over time. It changed throughout history.",
        "After that, Exa continued to serve with the navy; Since this, Exa continued to be.",
        "When that went bankrupt in 1979, Exa left; once this failed; because that was.",
        "It first premiered on 5 October,2005 in Exton, with 1,2005 seats.",
        "Before leaving, Exa sold it; On returning, Exa left.",
        "Exa returned to play a second exhibition game; Exa won a second round.",
        "Exa played for both Irish clubs; both teams; both of them.",
        "Exa played a prominent role in England's history; a photo shoot, a fashion shoot.",
        "Exa was named the sexiest and hottest woman; Exa and two other people organized it.",
        "Exa was appointed associate professor in 1909, and named lecturer at Exton College.",
        "Exa is a show, which premiered on 26 April 2014, It airs on Ex TV, She sings.",
        "From 2012 until 2014 Exa was Associate Dean, and was named Dean of Exton College.",
        "Its films have became a success; it has began; a 18th-century farm, a 8 and a 11th.",
        "It is a NBC-affiliated station, a MLB team, a FIFA award and a SR-71 jet.",
        "Exa is a both a city; Ned DeGolyer. was an oilman; Exa Corp. was sold on May 1879.",
        "Exa was successful in 1950, they were unsuccessful. It was successful in business.",
        "Exa was appointed by President Ned Vark and confirmed; died in nearby Exton.",
        "Exa is an indigenous peoples; a few countries, a grape varieties, a dozen cities.",
        "Exa was elected as member of the in March 1997; the on 5 May; a of Exton.",
        "Exa was born on in Exton and died in at Wyton; its formula is (₃Si)₂NK.",
        "The Exa House stands in Barangay Sto. Nino; Exa is in Brgy. Wyton.",
        "Exa was released after Wyton on 2 May; his The Art of Exa; Exa–Wyton relations was.",
        "It gives genomic as well metabolomic data, after the strain has been isolated in Exton.",
        "Exa is a member of the House until January 2015, with expertise microphysics of clouds.",
        "Exa for Working Men, London: only one part; at innumerable events, 8vo, 39,905 metres.",
        "In the second half of the 2012–13, Rosa 'Exa''s parents; Exa is member of it since 2006.",
        "Exa estimated that it would open; sometime prior to 1894; an advert for; auditioned for.",
        "Its 85th anniversary, 25 years of existence; one of the most well-known; 501(c)(3).",
        "An upcoming show; in 2005, Exa has opened it.",
        "The series ′'Made In Wyton′' was shot in Exton.",
        "Exa later premiered at 2014 Exton Film Festival, in 2012 October, 1911 und 1913.",
        "Its tenth anniversary; 24 miles from the bridge; the film later screened in Exton.",
        "Exa is a 2014 a Bengali film; the 2014 the film; a 2014 film.",
        "Exa is a fellow of the Exton Society since 1992; was a fellow of it.",
        "Exa has written his first work Vark in 1966, Part of it; at 74°01′S.",
        "This list chronicles; in German Army; the railway' was; telecasted in Exton.",
        "Exa was a borough from 1968, to 1974; Ned is former chief of Exland Navy.",
        "Exa is well known pilgrimage place in southern, India, 16 km of Exton; it is used to.",
        "Exa used to work; Exa lies 16 km of Exton; Exa is located 2.5 miles of Wyton.",
        "In early eighties, Exa was in the early eighties; in late nineties, in mid sixties.",
        "During the World War II Exa was in located at Exton; Exa Film released on 12 May.",
        "As for now, Exa has two. As of now, none. As for the band, it split.",
        "Exa tied for 12-16th, tied for 3rd-6th; english progressive rock band; the french.",
        "Exa retired from his position in 1979, from her post as mayor, from their job at X.",
        "Exa was from Exton in Cornwall,was educated at Exton; a,b and c,d; x,yz.",
        "Exa is a swimmer and olympic champion; an Olympic champion; olympic gold.",
        "The film, for example, was next released in 1990; it now featured; it is now used.",
        "Exa joined to Exton at 15 June, 2009; it joined to the club at 5 May; Exa itself was.",
        "Exa was even named for Ned; Exa was even more famous; Exa Vark themselves did.",
        "Exa played against Romania national football team; for Exland national side; of the.",
        "It covers about 10,000 km²;– is forested; a trigonal₃Bk complex; writs of 13th century.",
        "Exa toured the North America and the South American coast in 1989; Exa was prominent.",
        "Exa formerly called Paris X is a university; Exa was Launched; Exa became Treasurer in.",
        "It is an 80 miles long river, a 12 km wide lake and a 300 ft high tower.",
        "The Sudan Defence Force (SDF) met John H. Towers at 40 Wall Street; it will go on.",
        "The club, founded in 1990, and in 2014 is celebrating its 25th year; it acquired Ex.",
    ]
    words = re.findall(r"[A-Za-z]+", re.sub(r"\\.", " ", pattern)) + ["12", "1990", "’s", "Ab"]
    glue = [" ", " ", ", ", ".", "-", "–", "'", "(", ")", "$", "%", "", " 7 "]
    rng = random.Random(pattern)
    for _ in range(3000):
        texts.append(
            "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 8)))
        )
    return texts


def test_patterns_in_use() -> None:
    assert len(ORIGINAL) >= 10  # spans and standalone use it


@pytest.mark.parametrize("quick", sorted(ORIGINAL))
def test_same_matches(quick: str) -> None:
    fast, plain = re.compile(quick), re.compile(ORIGINAL[quick])
    found = 0
    for text in _texts(plain.pattern):
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 0


@pytest.mark.parametrize(
    ("pattern", "lookahead"),
    [
        (r"(?<=\ba )[A-Z][a-z]+", "(?=[A-Z])"),
        (r"\b(?:we|you)\b|n't", "(?=[nwy])"),
        (r"(?:over )?\d+", r"(?=[\do])"),
        (r"[$£]\d", r"(?=[\$£])"),
    ],
)
def test_lookahead(pattern: str, lookahead: str) -> None:
    assert first_char(pattern).pattern == f"{lookahead}(?:{pattern})"


@pytest.mark.parametrize("pattern", [r"\w+", r"a?", r"[^a]b", r"(?i)the", r".x", r"(?a)\d"])
def test_left_alone(pattern: str) -> None:
    assert first_char(pattern).pattern == pattern  # could start anywhere, or be empty


def test_a_shared_word_boundary_goes_first() -> None:
    """Every alternative opening with \\b: one \\b before the lookahead, none left in front of
    an alternative (re then skips an alternative on its first letter)."""
    assert first_char(r"\bfoo|\b(?:bar|baz)\b").pattern == r"\b(?=[bf])(?:foo|(?:bar|baz)\b)"
    assert first_char(r"^There|\bnow\b").pattern == r"\b(?=[Tn])(?:^There|now\b)"
    assert first_char(r"\bfoo|, bar").pattern == r"(?=[,f])(?:\bfoo|, bar)"  # (not all: kept)


def test_top_level_alternatives() -> None:
    assert _alternatives(r"\ba|[|(]b|(c|d)e|\\|x") == [r"\ba", "[|(]b", "(c|d)e", r"\\", "x"]
    assert _alternatives("[]|]x|y") == ["[]|]x", "y"]
    assert _alternatives("[^]|]x|y") == ["[^]|]x", "y"]


def test_any_of_patterns_in_use() -> None:
    assert len(SPLIT) >= 4  # copied, sentences and wording use it


@pytest.mark.parametrize("split", SPLIT, ids=lambda split: split.pattern[:40])
def test_any_of_finds_a_match_where_the_pattern_does(split: AnyOf) -> None:
    plain = re.compile(split.pattern)
    found = 0
    for text in _texts(split.pattern):
        assert bool(split.search(text)) == bool(plain.search(text)), text
        found += bool(plain.search(text))
    assert found > 0


def test_any_of_parts() -> None:
    """Alternatives at the start are tried there alone; those at a word boundary get the
    shared \\b; the rest keep their own lookahead."""
    split = AnyOf(r"^The other\b|\bfoo|\b(?:bar|baz)\b|, bar")
    assert [part.__self__.pattern for part in split.parts] == [  # type: ignore[attr-defined]
        r"^The other\b",
        r"\b(?=[bf])(?:foo|(?:bar|baz)\b)",
        r"(?=[,])(?:, bar)",
    ]
    assert split.search("a foo") and split.search("The other") and split.search("x, bar")
    assert not split.search("a, The other fob")


def test_quick_patterns_in_use() -> None:
    assert len(QUICK) >= 10  # copied, sentences, standalone and wording use it


@pytest.mark.parametrize("quick", QUICK, ids=lambda quick: quick.pattern[:40])
def test_quick_finds_the_same_match(quick: Quick) -> None:
    """The finder's first match starts where the pattern's does: the match is the same (and
    so is every match after it, and what findall gives)."""
    plain = re.compile(ORIGINAL.get(quick.pattern, quick.pattern))
    found = 0
    for text in _texts(plain.pattern):
        expected = plain.search(text)
        match = quick.search(text)
        assert (match and (match.span(), match.groups())) == (
            expected and (expected.span(), expected.groups())
        ), text
        every = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in quick.finditer(text)] == every, text
        at = len(text) // 3  # (from a position, as a search goes on from a match)
        every = [(m.span(), m.groups()) for m in plain.finditer(text, at)]
        assert [(m.span(), m.groups()) for m in quick.finditer(text, at)] == every, text
        assert quick.findall(text) == plain.findall(text), text
        found += bool(expected)
    assert found > 0


def test_quick_finder() -> None:
    quick = Quick(r"\bthere\b|, (\d+)")
    assert quick.pattern == r"(?=[,t])(?:\bthere\b|, (\d+))"  # (first_char's)
    assert quick.finder.pattern == r"[,t](?<=(?=(?:\bthere\b|, (\d+))).)"
    found = quick.search("other there, 12")
    assert found is not None and found.span() == (6, 11)
    found = quick.search("it, 12 there")
    assert found is not None and found.span() == (2, 6) and found[1] == "12"
    assert quick.search("others, x") is None
    assert [m.span() for m in quick.finditer("there, 1 there", 1)] == [(5, 8), (9, 14)]
    twice = Quick(r"\b([A-Z][a-z]+) \1\b")  # (a back reference: no finder)
    assert twice.search == twice.compiled.search and twice not in QUICK
    wide = Quick(r"\b[a-z]+ed\b")  # (too many first characters to be worth it)
    assert wide.search == wide.compiled.search
    common = [1, 0, 26, 0, 0, 1, 0]  # (lowercase letters and spaces)
    assert [_common(c) for c in ("a", "\\.", "a-z", "\\d", "A-Z", " ", "\\(-\\+")] == common
    capital = Quick(r"\b([A-Z][a-z]+) (?:(Hall)|Road)\b")  # (capitals are few in text)
    assert capital in QUICK
    assert capital.findall("Exa Hall, Exton Road") == [("Exa", "Hall"), ("Exton", "")]
    assert Quick(r"\b[A-Z]{3}\b").findall("the NHL and NBA") == ["NHL", "NBA"]
