"""A learner's FSRS parameters: the fitted set in use, the one before it, and their scores."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quiz.errors import QuizError
from quiz.learning.schedule import DEFAULT_PARAMETERS, Scheduler, check_parameters
from quiz.learning.store import Store

__all__ = [
    "DEFAULT_PARAMETERS",
    "SETTING",
    "Evaluation",
    "FittedParameters",
    "has_previous",
    "learner_parameters",
    "learner_scheduler",
    "parameters_summary",
    "previous_parameters",
    "revert_parameters",
    "save_parameters",
]

SETTING = "fsrs"
"""The settings key: ``{"current": FittedParameters | None, "previous": ..., "can_revert"}``
(None = FSRS's default parameters)."""


@dataclass(frozen=True, slots=True)
class Evaluation:
    """How well one parameter set predicted the recall of ``reviews`` held-out answers."""

    log_loss: float
    rmse: float
    """Root mean square error over bins of predicted recall (Anki's "RMSE")."""
    reviews: int

    def to_dict(self) -> dict[str, Any]:
        return {"log_loss": self.log_loss, "rmse": self.rmse, "reviews": self.reviews}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evaluation:
        log_loss, rmse = float(data["log_loss"]), float(data["rmse"])
        if not (math.isfinite(log_loss) and math.isfinite(rmse)):
            raise ValueError("an evaluation's figures must be finite numbers")
        return cls(log_loss, rmse, int(data["reviews"]))


@dataclass(frozen=True, slots=True)
class FittedParameters:
    """FSRS-6 parameters fitted to a learner's reviews, as stored in their profile."""

    parameters: list[float]
    fitted_at: datetime
    reviews: int
    """Answers in the review log the fit was made from."""
    evaluation: Evaluation | None = None
    """These parameters' score on the held-out answers."""
    baseline: Evaluation | None = None
    """The score of the parameters they replaced, on the same answers."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "parameters": list(self.parameters),
            "fitted_at": self.fitted_at.isoformat(),
            "reviews": self.reviews,
            "evaluation": self.evaluation.to_dict() if self.evaluation else None,
            "baseline": self.baseline.to_dict() if self.baseline else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FittedParameters:
        """ValueError (or KeyError, TypeError) on anything but a well-formed set."""
        fitted_at = datetime.fromisoformat(str(data["fitted_at"]))
        if fitted_at.tzinfo is None:
            raise ValueError("fitted_at needs a time zone")
        evaluation, baseline = data.get("evaluation"), data.get("baseline")
        return cls(
            parameters=list(check_parameters(data["parameters"])),
            fitted_at=fitted_at,
            reviews=int(data["reviews"]),
            evaluation=Evaluation.from_dict(evaluation) if evaluation else None,
            baseline=Evaluation.from_dict(baseline) if baseline else None,
        )


def _record(store: Store) -> dict[str, Any]:
    raw = store.settings().get(SETTING)
    return raw if isinstance(raw, dict) else {}


def _parse(raw: Any) -> FittedParameters | None:
    if not isinstance(raw, dict):
        return None
    try:
        return FittedParameters.from_dict(raw)
    except (KeyError, TypeError, ValueError):  # hand-edited or damaged: FSRS's defaults
        return None


def learner_parameters(store: Store) -> FittedParameters | None:
    """The learner's fitted parameters in use, or None when they are on FSRS's defaults."""
    return _parse(_record(store).get("current"))


def previous_parameters(store: Store) -> FittedParameters | None:
    """What :func:`revert_parameters` goes back to (None: FSRS's defaults)."""
    return _parse(_record(store).get("previous"))


def has_previous(store: Store) -> bool:
    """Whether there is a parameter set to go back to."""
    return bool(_record(store).get("can_revert"))


def _write(
    store: Store, current: FittedParameters | None, previous: FittedParameters | None
) -> None:
    store.update_settings(
        **{
            SETTING: {
                "current": current.to_dict() if current else None,
                "previous": previous.to_dict() if previous else None,
                "can_revert": True,
            }
        }
    )


def save_parameters(store: Store, fitted: FittedParameters) -> None:
    """Use ``fitted`` from now on; the set in use until now is kept to go back to."""
    _write(store, fitted, learner_parameters(store))


def revert_parameters(store: Store) -> FittedParameters | None:
    """Go back to the previous parameters (a second call comes back again); returns the set
    now in use (None: FSRS's defaults). QuizError when nothing was ever fitted."""
    if not has_previous(store):
        raise QuizError(
            "nothing to go back to: this learner's FSRS parameters were never optimised"
        )
    current, previous = learner_parameters(store), previous_parameters(store)
    _write(store, previous, current)
    return previous


def learner_scheduler(store: Store) -> Scheduler:
    """A scheduler with the learner's desired retention and FSRS parameters."""
    fitted = learner_parameters(store)
    retention = float(store.settings()["desired_retention"])
    return Scheduler(retention, parameters=fitted.parameters if fitted else None)


def parameters_summary(store: Store) -> dict[str, Any]:
    """The ``fsrs`` part of ``quiz stats --json``: parameters in use and their figures."""
    fitted = learner_parameters(store)
    return {
        "parameters": list(fitted.parameters if fitted else DEFAULT_PARAMETERS),
        "fitted": fitted is not None,
        "fitted_at": fitted.fitted_at.isoformat() if fitted else None,
        "reviews": fitted.reviews if fitted else None,
        "evaluation": fitted.evaluation.to_dict() if fitted and fitted.evaluation else None,
        "baseline": fitted.baseline.to_dict() if fitted and fitted.baseline else None,
        "can_revert": has_previous(store),
    }
