"""The generator's speed rewrites decide exactly as the regular expressions they replace."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import syntok.segmenter as segmenter
from syntok.tokenizer import Token, Tokenizer

from quiz.generator.entities import CAPITALISED_BEFORE
from quiz.generator.sentences import clean_space
from quiz.generator.spans import SPAN_PATTERNS
from quiz.generator.standalone import ASIDE_ADVERB, ASIDE_WORDS, INNER_ADVERB, INNER_WORDS
from quiz.generator.tokens import NOT_RE_SPACE, TOKENIZER, paragraph_tokens

ROOT = Path(__file__).resolve().parent.parent
Span = tuple[int, int]


def _random_texts(alphabet: str, count: int, seed: str) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def test_capitalised_word_before_read_backwards() -> None:
    texts = _random_texts("aZ .'-_\n\t9é", 20000, "capitalised")
    found = 0
    for text in texts:
        expected = re.search(r"[A-Z][\w'.-]* $", text) is not None
        assert (CAPITALISED_BEFORE.match(text[::-1]) is not None) == expected, repr(text)
        found += expected
    assert 200 < found < 19800


def _clean_space_every_rule(text: str) -> str:
    """clean_space as it was, every rule applied to every text."""
    text = text.replace("\xa0", " ").replace("\u200b", "")
    text = re.sub(r"'{2,}(?=s\b)", "'", text)
    text = re.sub(r"'{2,}", "", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\(\s*[,;:]?\s*\)", "", text)
    text = re.sub(r"\(\s*[,;:]\s*", "(", text)
    text = re.sub(r"\s*[,;:]\s*\)", ")", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;])\1+", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def test_clean_space_skips_only_rules_that_cannot_apply() -> None:
    for text in _random_texts("a s'(),;:.!?\xa0\u200b\n\t", 30000, "clean"):
        assert clean_space(text) == _clean_space_every_rule(text), repr(text)


def test_whole_answer_in_rest_by_substring() -> None:
    rng = random.Random("visible")
    words = ["a", "b", "ab", "b.", "c+", "(x)"]
    for _ in range(5000):
        answer = [rng.choice(words) for _ in range(rng.randint(1, 2))]
        rest = [rng.choice(words) for _ in range(rng.randint(0, 6))]
        expected = bool(re.search(rf"(^|\s){re.escape(' '.join(answer))}(\s|$)", " ".join(rest)))
        assert (f" {' '.join(answer)} " in f" {' '.join(rest)} ") == expected


def test_tokens_are_syntoks() -> None:
    """split_sentences makes syntok's tokens itself for plain words: the same tokens, spacing
    and offsets as syntok's own tokenizer, on random text full of the awkward cases."""
    alphabet = "aA bB.,;:!?'’´-_()[]{}\u00ad\u2010…\n\t\u00a0\u200b\x1c19\"“é–" + "  "
    rng = random.Random("tokens")
    texts = ["don't O'Neil iPhone e.g. U.S.A. x-ray ...wow... (1999). Dr. Who? 3.5km  "]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    for text in texts:
        for base in (0, 3):
            expected = [(t.spacing, t.value, t.offset) for t in TOKENIZER.tokenize(text, base)]
            assert [
                (t.spacing, t.value, t.offset) for t in paragraph_tokens(text, base)
            ] == expected


def _sentence_spans(text: str, tokens_of: Callable[[str, int], Iterable[Token]]) -> list[Span]:
    spans = []
    for base, paragraph in segmenter.preprocess_with_offsets(text):
        for sentence in segmenter.segment(iter(tokens_of(paragraph, base))):
            spans.append((sentence[0].offset, sentence[-1].offset + len(sentence[-1].value)))
    return spans


def test_joined_runs_split_where_syntok_splits() -> None:
    """With the inside of each run of plain words as one token, syntok's segmenter splits
    every text where it splits syntok's own tokens: random sentences of abbreviations,
    brackets, quotes, numbers and capitals, and the bundled article."""
    words = """the of Dr. Mr U.S. No. No 5 3.5 He She It ( ) [ ] { } . . ! ? ; , : Jan. Jan e.g.
        I II IV a b c x-ray 1999 " ' “ ” ... The In iPhone A. B. St. Inc. (see ( The ) 12""".split()
    words += "the army of was and in its 1990 new".split() * 3  # (runs of plain words)
    glue = [" ", " ", " ", "", "\n", "  ", "\n\n"]
    rng = random.Random("runs")
    texts = [(ROOT / "questions" / "000_e4fee655deeefa93.txt").read_text(encoding="utf-8")]
    for _ in range(6000):
        texts.append(
            "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 70)))
        )
    joined = 0
    for text in texts:
        spans = _sentence_spans(text, lambda p, b: paragraph_tokens(p, b, join_runs=True))
        assert spans == _sentence_spans(text, TOKENIZER.tokenize), text
        joined += len(list(paragraph_tokens(text, 0, join_runs=True))) < len(
            list(paragraph_tokens(text, 0))
        )
    assert joined > 2000  # (runs of three plain words or more were joined)


def test_re_and_syntok_agree_on_spaces_but_four() -> None:
    """re's \\s and syntok's (the regex module's) differ only on what NOT_RE_SPACE lists."""
    ours, syntoks = re.compile(r"\s"), Tokenizer._spaces  # a space; a run of non-space
    # (they disagree on a character when both match it or neither does)
    differ = {
        chr(point)
        for point in range(sys.maxunicode + 1)
        if not 0xD800 <= point <= 0xDFFF
        and bool(ours.match(chr(point))) == bool(syntoks.match(chr(point)))
    }
    assert all(NOT_RE_SPACE.match(char) for char in differ)
    assert "\x1c" in differ and " " not in differ


def test_span_patterns_all_need_a_digit() -> None:
    """find_spans skips SPAN_PATTERNS for text without a digit: none matches such text."""
    rng = random.Random("digits")
    for kind, pattern in SPAN_PATTERNS:
        words = re.findall(r"[A-Za-z]+", re.sub(r"\\.", " ", pattern.pattern))
        pieces = [*words, " ", ", ", ".", "$", "£", "€", "%", "-", "–", "US", "per cent", "²"]
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
            assert not pattern.search(text), (kind, text)
        assert pattern.search(" 12 May 1990, $5, 10%, 1990 "), kind  # (the pattern is live)


def test_inner_adverbs_only_where_their_words_are() -> None:
    """_drop_inner_adverbs tries its patterns only where one of their words stands."""
    article = (ROOT / "questions" / "000_e4fee655deeefa93.txt").read_text(encoding="utf-8")
    words = " however though moreover furthermore in addition too also as well later soon "
    words += "subsequently eventually but known Exa Ned it X"
    rng = random.Random("adverbs")
    glue = [" ", " ", ", ", ",", ".", " .", ""]
    texts = re.split(r"(?<=[.\n])\s*", article) + [
        "".join(rng.choice(words.split()) + rng.choice(glue) for _ in range(rng.randint(1, 9)))
        for _ in range(30000)
    ]
    found = [0, 0]
    for text in texts:
        if ASIDE_ADVERB.search(text):
            assert any(word in text for word in ASIDE_WORDS), text
            found[0] += 1
        if INNER_ADVERB.search(text):
            assert any(word in text for word in INNER_WORDS), text
            found[1] += 1
    assert min(found) > 0
