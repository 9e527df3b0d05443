"""Fitting FSRS to a learner's reviews: synthetic learners, the split, apply and revert."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from learners import FAST_LEARNER, SLOW_LEARNER, START, review_log

from quiz.cli import main
from quiz.errors import QuizError
from quiz.learning import fsrs_fit
from quiz.learning.optimize import (
    MIN_REVIEWS,
    NotEnoughReviews,
    OptimisationResult,
    _read_log,
    apply,
    optimise,
    revert,
    usable_reviews,
)
from quiz.learning.parameters import (
    DEFAULT_PARAMETERS,
    SETTING,
    Evaluation,
    FittedParameters,
    has_previous,
    learner_parameters,
    learner_scheduler,
)
from quiz.learning.schedule import CardState, Rating
from quiz.learning.session import scheduler_for
from quiz.learning.store import ReviewRecord, open_store

NOW = datetime(2026, 1, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("truth", "cards", "days"), [(FAST_LEARNER, 600, 200), (SLOW_LEARNER, 400, 200)]
)
def test_fitted_parameters_beat_the_defaults_on_held_out_answers(
    truth: tuple[float, ...], cards: int, days: int
) -> None:
    log = review_log(truth, cards=cards, days=days, seed=11)
    assert len(log) >= 3000
    steps: list[tuple[int, int]] = []
    result = optimise(log, None, progress=lambda *step: steps.append(step), separate_process=False)
    assert steps[0] == (0, 4) and steps[-1] == (4, 4)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
    # held out: the latest fifth, never seen by the fit
    assert result.test_reviews == pytest.approx(0.2 * result.reviews, abs=25)
    assert result.train_reviews + result.test_reviews == result.reviews
    assert max(r.time for r in log) > result.split_at > min(r.time for r in log)
    read = _read_log(log)
    held_out = fsrs_fit.ItemSet(
        read.histories,
        [p for p, m in zip(read.picks, read.moments, strict=True) if m >= result.split_at],
    )
    assert len(held_out) == result.test_reviews
    truth_loss, _ = fsrs_fit.score(truth, held_out)
    default_loss, _ = fsrs_fit.score(DEFAULT_PARAMETERS, held_out)
    assert result.current_score.log_loss == pytest.approx(default_loss)
    print(
        f"held-out log loss: defaults {default_loss:.4f}, fitted "
        f"{result.fitted_score.log_loss:.4f}, true parameters {truth_loss:.4f}"
    )
    assert result.better
    # the fit closes most of the gap between the defaults and the learner's true memory
    gap = default_loss - truth_loss
    assert gap > 0.008
    assert result.fitted_score.log_loss < default_loss - 0.5 * gap
    assert result.fitted_score.rmse < result.current_score.rmse
    # and moved the first stabilities the right way (FAST: ~10x the defaults; SLOW: less)
    first_good = result.fitted[2]
    if truth is FAST_LEARNER:
        assert first_good > 2 * DEFAULT_PARAMETERS[2]
    else:
        assert first_good < DEFAULT_PARAMETERS[2]


def test_a_fit_is_reproducible() -> None:
    log = review_log(FAST_LEARNER, cards=150, days=150, seed=3)
    first, second = optimise(log, separate_process=False), optimise(log, separate_process=False)
    assert first.fitted == second.fitted


def _record(qid: str, when: datetime, rating: int = 3, status: str = "review", mode: str = "study"):
    return ReviewRecord("b", qid, rating, when, status, mode=mode)


def test_usable_answers_are_a_day_or_more_after_the_previous_one_and_not_cram() -> None:
    day = timedelta(days=1)
    log = [
        _record("a", START, status="new"),
        _record("a", START + timedelta(minutes=10), status="learning"),  # same day
        _record("a", START + 2 * day),  # usable
        _record("a", START + 3 * day, mode="cram"),  # cram: left out
        _record("a", START + 6 * day),  # usable: 4 days after the last scheduled one
        _record("a", START + 9 * day, status="new"),  # reset: a fresh history
        _record("a", START + 11 * day, status="learning"),  # usable, history of 2
    ]
    read = _read_log(log)
    assert usable_reviews(log) == 3
    assert [read.reviews(index) for index in range(3)] == [
        [(3, 0), (3, 0), (3, 1)],  # whole days: 2 days less 10 minutes is 1
        [(3, 0), (3, 0), (3, 1), (3, 4)],
        [(3, 0), (3, 2)],
    ]


def test_too_few_reviews_are_refused_saying_how_many_more() -> None:
    log = review_log(FAST_LEARNER, cards=20, days=60, seed=5)
    have = usable_reviews(log)
    assert 0 < have < MIN_REVIEWS
    with pytest.raises(NotEnoughReviews) as caught:
        optimise(log, separate_process=False)
    message = str(caught.value)
    assert f"{have} of the {MIN_REVIEWS} needed" in message
    assert f"{MIN_REVIEWS - have} more" in message


def _profile(tmp_path: Path, log: list[ReviewRecord], name: str = "ann") -> Path:
    with open_store(tmp_path, name) as store:
        store.import_history([], log)
    return tmp_path


def _files(base: Path) -> dict[str, str]:
    return {
        str(path.relative_to(base)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(base.rglob("*"))
        if path.is_file()
    }


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def fast_log() -> list[ReviewRecord]:
    return review_log(FAST_LEARNER, cards=250, days=200, seed=21)


def test_cli_refuses_politely_below_the_minimum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = _profile(tmp_path, review_log(FAST_LEARNER, cards=10, days=30, seed=1))
    code, out, err = run(capsys, "optimize", "--data-dir", str(base))
    assert code == 2 and out == ""
    assert err.startswith("quiz: error: not enough reviews to optimise yet:")
    assert err.count("\n") == 1 and "Traceback" not in err
    code, _, err = run(capsys, "optimize", "--data-dir", str(base), "--profile", "bob")
    assert code == 2 and "no profile named 'bob'" in err


def test_dry_run_shows_the_figures_and_leaves_the_profile_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fast_log: list[ReviewRecord]
) -> None:
    base = _profile(tmp_path, fast_log)
    before = _files(base)
    code, out, err = run(capsys, "optimize", "--data-dir", str(base), "--dry-run")
    assert code == 0, err
    assert "log loss" in out and "RMSE" in out and "current (default)" in out
    assert "nothing changed (--dry-run)" in out
    assert _files(base) == before
    code, out, _ = run(capsys, "optimise", "--data-dir", str(base), "--dry-run", "--json")
    figures = json.loads(out)
    assert figures["better"] is True and figures["applied"] is False
    assert figures["fitted_score"]["log_loss"] < figures["current_score"]["log_loss"]
    assert _files(base) == before


def test_optimize_applies_better_parameters_and_revert_goes_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fast_log: list[ReviewRecord]
) -> None:
    base = _profile(tmp_path, fast_log)
    code, out, err = run(capsys, "optimize", "--data-dir", str(base))
    assert code == 0, err
    assert "now in use" in out and "--revert" in out
    with open_store(base, "ann", readonly=True) as store:
        fitted = learner_parameters(store)
        assert fitted is not None and has_previous(store)
        assert fitted.evaluation and fitted.baseline
        assert fitted.evaluation.log_loss < fitted.baseline.log_loss
        scheduler = scheduler_for(store)
    # every session's scheduler now uses them: a new card's Good interval is far longer
    assert list(scheduler.parameters) == pytest.approx(fitted.parameters)
    card, _ = scheduler.review(CardState("b", "q"), Rating.Good, NOW)
    card, _ = scheduler.review(card, Rating.Good, card.due or NOW)
    default_card, _ = learner_default_review()
    assert card.stability and default_card.stability
    assert card.stability > 2 * default_card.stability

    code, out, _ = run(capsys, "stats", "--data-dir", str(base), "--json")
    fsrs = json.loads(out)["fsrs"]
    assert fsrs["fitted"] is True and fsrs["can_revert"] is True
    assert fsrs["parameters"] == pytest.approx(fitted.parameters) and len(fsrs["parameters"]) == 21
    assert fsrs["evaluation"]["log_loss"] == pytest.approx(fitted.evaluation.log_loss)
    assert fsrs["baseline"]["log_loss"] == pytest.approx(fitted.baseline.log_loss)
    assert {"rmse", "reviews"} <= set(fsrs["evaluation"])

    code, out, _ = run(capsys, "optimize", "--data-dir", str(base), "--revert")
    assert code == 0 and "default parameters" in out
    with open_store(base, "ann", readonly=True) as store:
        assert learner_parameters(store) is None
        assert learner_scheduler(store).parameters == tuple(DEFAULT_PARAMETERS)
    code, out, _ = run(capsys, "optimize", "--data-dir", str(base), "--revert")
    assert code == 0 and "fitted on" in out  # a second revert comes back
    with open_store(base, "ann", readonly=True) as store:
        assert learner_parameters(store) == fitted
    code, out, _ = run(capsys, "stats", "--data-dir", str(base))
    assert "Scheduler: FSRS, parameters fitted to your reviews" in out


def learner_default_review() -> tuple[CardState, bool]:
    from quiz.learning.schedule import Scheduler

    scheduler = Scheduler()
    card, _ = scheduler.review(CardState("b", "q"), Rating.Good, NOW)
    return scheduler.review(card, Rating.Good, card.due or NOW)


def test_revert_without_an_optimisation_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = _profile(tmp_path, [])
    code, out, err = run(capsys, "optimize", "--data-dir", str(base), "--revert")
    assert code == 2 and out == ""
    assert "nothing to go back to" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "stats", "--data-dir", str(base), "--json")
    fsrs = json.loads(out)["fsrs"]
    assert fsrs["fitted"] is False and fsrs["can_revert"] is False
    assert fsrs["parameters"] == pytest.approx(list(DEFAULT_PARAMETERS))
    assert fsrs["evaluation"] is None


def _result(current: float, fitted: float) -> OptimisationResult:
    return OptimisationResult(
        profile="ann",
        reviews=500,
        train_reviews=400,
        test_reviews=100,
        split_at=NOW,
        current=list(DEFAULT_PARAMETERS),
        fitted=list(FAST_LEARNER),
        current_score=Evaluation(current, 0.05, 100),
        fitted_score=Evaluation(fitted, 0.04, 100),
        current_is_default=True,
        seconds=0.1,
    )


def test_worse_parameters_are_never_applied_and_results_round_trip(tmp_path: Path) -> None:
    worse = _result(0.30, 0.31)
    assert not worse.better and "current ones are kept" in worse.verdict()
    assert OptimisationResult.from_dict(json.loads(json.dumps(worse.to_dict()))) == worse
    with open_store(tmp_path, "ann") as store:
        with pytest.raises(QuizError, match="no better"):
            apply(store, worse, now=NOW)
        assert learner_parameters(store) is None and not has_previous(store)
        fitted = apply(store, _result(0.30, 0.29), now=NOW)
        assert FittedParameters.from_dict(fitted.to_dict()) == fitted
        assert learner_parameters(store) == fitted
        assert revert(store) is None


@pytest.mark.parametrize(
    "stored",
    [
        {"current": {"parameters": [1.0] * 5, "fitted_at": NOW.isoformat(), "reviews": 1}},
        {"current": {"parameters": [float("nan")] * 21, "fitted_at": "x", "reviews": 1}},
        {"current": "garbage"},
        "garbage",
    ],
)
def test_damaged_stored_parameters_fall_back_to_the_defaults(tmp_path: Path, stored) -> None:
    with open_store(tmp_path, "ann") as store:
        store.update_settings(**{SETTING: stored})
        assert learner_parameters(store) is None
        assert scheduler_for(store).parameters == tuple(DEFAULT_PARAMETERS)


def test_the_fit_in_a_separate_process_gives_the_same_result(
    fast_log: list[ReviewRecord],
) -> None:
    steps: list[tuple[int, int]] = []
    here = optimise(fast_log, separate_process=False)
    there = optimise(fast_log, progress=lambda *step: steps.append(step))  # the default
    assert there.fitted == here.fitted
    for mine, theirs in (
        (here.fitted_score, there.fitted_score),
        (here.current_score, there.current_score),
    ):
        # fsrs-rs sums in parallel: the last digits of a float32 may differ
        assert theirs.log_loss == pytest.approx(mine.log_loss, rel=1e-4)
        assert theirs.rmse == pytest.approx(mine.rmse, rel=1e-4)
    assert steps == [(0, 4), (1, 4), (4, 4)]


class _AppStderr:
    """Standard error as the terminal app leaves it: no file descriptor behind it."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return -1


def test_the_separate_process_starts_inside_the_app_and_fails_in_one_line(
    fast_log: list[ReviewRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(sys, "stderr", _AppStderr())  # multiprocessing's helper fails here
    assert optimise(fast_log).better
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    with pytest.raises(QuizError, match="the optimiser's process could not start"):
        optimise(fast_log)
