#!/usr/bin/env python3
"""Audit quiz-bank/1 files for the flaws a strict teacher rejects, with figures and limits.

Usage: bankaudit.py [--strict] [--min-questions N] BANK.json ...

Per bank it prints one line of figures; then totals over all banks; then every limit that
falls short, one line each. Exit status 1 when any limit falls short (with --strict), else 0.

What it measures (each a mechanical proxy of a blind-review failure class; none replaces
reading the questions):
  leaks      markup or spacing debris in prompt, answer, context or choices
  integrity  missing fields, mcq without 4 distinct choices incl. the answer, cloze without gap,
             answer visible in its own prompt
  dup        two questions with the same prompt (one item shown twice)
  per-ctx    questions drawn from one source sentence (siblings give each other away)
  tf-true    share of true/false items whose answer is True (a learner who always says
             True should not pass)
  guess      a test-wise guesser who never read the article, over all MCQs: 'overlap' picks the
             choice sharing most words/digits with the others (the centre of one-part variations),
             'middle' the numeric choice nearest the median, 'longest' the longest. Chance is 25%.
  numeric    share of questions whose answer is a year, date, number, money or percent
  kinds      share of each kind
  long       share of prompts over 30 words
  dangling   prompts that open with a pronoun or a connective that points outside the sentence
"""

import argparse, json, re, statistics, sys
from collections import Counter

LEAKS = [
    r"\{\{|\}\}",
    r"\[\[|\]\]",
    r"<\s*/?\s*(ref|br|small|sup|sub|span|div|nowiki|references|gallery|blockquote|center|poem)\b",
    r"<\s*!--|--\s*>",
    r"&\s*(nbsp|ndash|mdash|amp|quot|lt|gt|minus|thinsp);",
    r"(?i)\b(thumb|thumbnail|upright|frameless)\s*\|",
    r"(?i)\b\d+\s*px\b",
    r"(?i)https?://|www\.",
    r"''",
    r"\|\s*[A-Za-z_][\w -]*\s*=",
    r"(?i)\b(cite web|cite book|cite news|archive-url|access-date|url-status|webarchive)\b",
    r"(?i)\b(File|Image|Category):",
    r"\(\s*[,;]?\s*\)",
    r"\s[,.;:](\s|$)",
    r' " ',
]
LEAK_RES = [re.compile(p) for p in LEAKS]
KINDS = ("mcq", "cloze", "true_false", "short_answer")
# an answer that is a number, year, date or amount even when the bank carries no tags
NUMBER_LIKE = re.compile(
    r"(?i)(c\.\s*)?[$£€¥]?\s?-?\d[\d,.]*\s?(%|percent|km2?|mi|m|kg|t|ft|"
    r"million|billion|thousand|years?|AD|BC|BCE|CE)?|"
    r"\d{1,2}\s+[A-Z][a-z]+\s+\d{3,4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{3,4}|"
    r"[A-Z][a-z]+\s+\d{3,4}"
)
NUMERIC = {"year", "date", "number", "money", "percent"}
DANGLING = re.compile(
    r"^(he|she|it|they|his|her|its|their|this|these|those|such|however|also|"
    r"thus|therefore|furthermore|moreover|meanwhile|later|afterwards|then|"
    r"in addition|as a result|in turn|instead|nevertheless)\b[ ,]",
    re.I,
)

# limits (default): name -> (description, test(total figures) -> bool)
LIMITS = {
    "leaks": "0 markup leaks",
    "integrity": "0 integrity problems",
    "dup": "0 duplicate prompts",
    "per_ctx_max": "at most 2 questions from one source sentence",
    "tf_true": "true/false answers True in 40-60% of items (banks with >= 10 true/false)",
    "guess": "each test-wise guesser right on <= 30% of all MCQs",
    "numeric": "<= 50% of all questions have a numeric answer (year, date, number, money, percent)",
    "kinds": "each of mcq, cloze, true_false, short_answer >= 10% of every bank with >= 60 questions",
    "long": "<= 5% of prompts over 30 words",
    "dangling": "0 prompts opening with a pronoun or connective that points outside the sentence",
}


def norm(s):
    return re.sub(r"[\W_]+", " ", str(s).lower()).strip()


def tokens(c):
    return re.findall(r"\w+", str(c).lower())


def number(c):
    m = re.fullmatch(r"[^\d-]*(-?[\d,]*\.?\d+)\D*", str(c).strip())
    try:
        return float(m.group(1).replace(",", "")) if m else None
    except ValueError:
        return None


def guesses(choices):
    """Indices each test-wise strategy would pick (ties: all tied)."""
    out = {}
    sc = []
    for i, c in enumerate(choices):
        mine = Counter(tokens(c))
        sc.append(
            sum(sum((mine & Counter(tokens(o))).values()) for j, o in enumerate(choices) if j != i)
        )
    out["overlap"] = [i for i, s in enumerate(sc) if s == max(sc)]
    nums = [number(c) for c in choices]
    if all(n is not None for n in nums):
        med = statistics.median(nums)
        d = [abs(n - med) for n in nums]
        out["middle"] = [i for i, x in enumerate(d) if x == min(d)]
    ln = [len(str(c)) for c in choices]
    out["longest"] = [i for i, x in enumerate(ln) if x == max(ln)]
    return out


def audit(path):
    bank = json.load(open(path, encoding="utf-8"))
    qs = bank.get("questions") or []
    f = Counter(n=len(qs))
    kinds = Counter(q.get("kind") for q in qs)
    f.update({f"kind_{k}": v for k, v in kinds.items()})
    prompts = Counter(norm(q.get("prompt", "")) for q in qs)
    f["dup"] = sum(c - 1 for c in prompts.values() if c > 1)
    ctx = Counter(norm(q.get("context", "")) for q in qs if q.get("context"))
    f["per_ctx_max"] = max(ctx.values(), default=0)
    examples = {}
    for q in qs:
        k, ans, ch = q.get("kind"), str(q.get("answer", "")), q.get("choices") or []
        texts = [q.get("prompt", ""), ans, q.get("context", "")] + [str(c) for c in ch]
        if any(r.search(str(t)) for t in texts for r in LEAK_RES):
            f["leaks"] += 1
            examples.setdefault("leaks", q.get("prompt", "")[:90])
        bad = any(not str(q.get(x) or "").strip() for x in ("id", "prompt", "answer", "context"))
        if k == "mcq":
            bad |= len(ch) != 4 or ans not in ch or len({norm(c) for c in ch}) != len(ch)
        elif k == "cloze":
            bad |= "_____" not in q.get("prompt", "")
        elif k == "true_false":
            bad |= ans not in ("True", "False")
        if (
            k in ("mcq", "cloze", "short_answer")
            and norm(ans)
            and re.search(r"\b" + re.escape(norm(ans)) + r"\b", norm(q.get("prompt", "")))
        ):
            bad = True
        if bad:
            f["integrity"] += 1
            examples.setdefault("integrity", q.get("prompt", "")[:90])
        if k == "true_false":
            f["tf"] += 1
            f["tf_true"] += ans == "True"
        if k == "mcq" and len(ch) == 4 and ans in ch:
            f["mcq"] += 1
            for name, pick in guesses(ch).items():
                f[f"g_{name}_n"] += 1
                if ch.index(ans) in pick:
                    f[f"g_{name}"] += 1 / len(pick)
        tags = set(q.get("tags") or [])
        f["numeric"] += bool(tags & NUMERIC) or (
            k != "true_false" and bool(NUMBER_LIKE.fullmatch(ans.strip()))
        )
        words = len(str(q.get("prompt", "")).split())
        f["long"] += words > 30
        f["words"] += words
        if DANGLING.match(str(q.get("prompt", "")).strip()):
            f["dangling"] += 1
            examples.setdefault("dangling", q.get("prompt", "")[:90])
    return bank.get("title", path), f, examples


def pct(a, b):
    return f"{a / b:.0%}" if b else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("banks", nargs="+")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a limit falls short")
    a = ap.parse_args()
    tot = Counter()
    short = []
    for path in a.banks:
        title, f, ex = audit(path)
        tot.update(f)
        n = f["n"] or 1
        kinds = " ".join(f"{k[:3]} {pct(f['kind_' + k], n)}" for k in KINDS)
        print(
            f"{title[:28]:28s} n={f['n']:4d} | {kinds} | tf-true {pct(f['tf_true'], f['tf'])} | "
            f"dup {f['dup']} | per-ctx max {f['per_ctx_max']} | numeric {pct(f['numeric'], n)} | "
            f"long {pct(f['long'], n)} | dangling {f['dangling']} | leaks {f['leaks']} | integrity {f['integrity']}"
        )
        for name in ("leaks", "integrity", "dangling"):
            if f[name]:
                short.append(f"{title}: {name} {f[name]}, e.g. {ex[name]!r}")
        if f["dup"]:
            short.append(f"{title}: {f['dup']} duplicate prompts ({LIMITS['dup']})")
        if f["per_ctx_max"] > 2:
            short.append(
                f"{title}: {f['per_ctx_max']} questions from one sentence ({LIMITS['per_ctx_max']})"
            )
        if f["tf"] >= 10 and not 0.4 <= f["tf_true"] / f["tf"] <= 0.6:
            short.append(
                f"{title}: true/false True {pct(f['tf_true'], f['tf'])} ({LIMITS['tf_true']})"
            )
        if f["n"] >= 60:
            low = [k for k in KINDS if f["kind_" + k] / f["n"] < 0.10]
            if low:
                short.append(f"{title}: kinds under 10%: {', '.join(low)} ({LIMITS['kinds']})")
    n = tot["n"] or 1
    g = {
        k: tot[f"g_{k}"] / tot[f"g_{k}_n"]
        for k in ("overlap", "middle", "longest")
        if tot[f"g_{k}_n"]
    }
    print(
        f"TOTAL n={tot['n']} mcq={tot['mcq']} | guess "
        + ", ".join(f"{k} {v:.0%}" for k, v in g.items())
        + f" | numeric {pct(tot['numeric'], n)} | long {pct(tot['long'], n)} | "
        f"mean prompt words {tot['words'] / n:.1f}"
    )
    for k, v in g.items():
        if v > 0.30:
            short.append(
                f"all banks: test-wise '{k}' guesser right on {v:.0%} of MCQs ({LIMITS['guess']})"
            )
    if tot["numeric"] / n > 0.5:
        short.append(f"all banks: {pct(tot['numeric'], n)} numeric answers ({LIMITS['numeric']})")
    if tot["long"] / n > 0.05:
        short.append(f"all banks: {pct(tot['long'], n)} prompts over 30 words ({LIMITS['long']})")
    for s in short:
        print("SHORT", s)
    print(
        f"{'OK' if not short else 'FALLS SHORT'}: {len(short)} limits short over {len(a.banks)} banks"
    )
    return 1 if (short and a.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
