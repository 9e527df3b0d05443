"""Stop 69, after R437's last failures: wrong years never run three in a row beside the answer."""

from __future__ import annotations

import random

from quiz.generator.choices import year_choices


def _sorted_run(years: list[int]) -> bool:
    values = sorted(years)
    return any(c - a == 2 for a, c in zip(values, values[2:], strict=False))


def test_wrong_years_never_make_a_run_with_the_answer() -> None:
    article = list(range(2005, 2020))  # every year of a long career: 2014, 2015, 2016 are real
    for seed in range(40):
        for rank in range(4):
            wrong = year_choices("2013", article, [], random.Random(seed), rank, 2019)
            assert len(wrong) == 3  # (spread choices exist: fewer MCQs would be no mend)
            assert not _sorted_run([2013, *map(int, wrong)]), wrong  # not 2013 2014 2015 (R437)
            assert sum(int(w) < 2013 for w in wrong) == rank  # the answer keeps its rank


def test_without_room_for_spread_years_there_are_no_year_choices() -> None:
    # the only real years are the answer's neighbours, and the prompt bounds them
    wrong = year_choices("2013", [2012, 2014], [2011, 2015], random.Random(0), 1, 2015)
    assert wrong == []
