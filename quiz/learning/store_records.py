"""Shapes kept in the progress store: review-log entries and settings (defaults, checks)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quiz.errors import QuizError

DEFAULT_SETTINGS: dict[str, Any] = {
    "desired_retention": 0.9,
    "new_per_day": 20,
    "reviews_per_day": 200,
    "day_start_hour": 4,
    "theme": "",
}
SETTING_RANGES: dict[str, tuple[type, float, float]] = {
    "desired_retention": (float, 0.7, 0.97),
    "new_per_day": (int, 0, 9999),
    "reviews_per_day": (int, 0, 99999),
    "day_start_hour": (int, 0, 23),
}
MODES = ("study", "practice", "exam", "cram")
VERDICTS = ("right", "close", "wrong")


def check_setting(key: str, value: Any) -> None:
    """QuizError unless ``value`` suits the known setting ``key`` (unknown keys pass)."""
    if key not in SETTING_RANGES:
        return
    kind, low, high = SETTING_RANGES[key]
    number_ok = isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        number_ok = number_ok and float(value).is_integer()
    if not number_ok or not low <= value <= high:
        raise QuizError(f"setting {key} must be a number from {low:g} to {high:g}, not {value!r}")


@dataclass
class ReviewRecord:
    """One answer in the review log (``status`` is the card's status before the answer)."""

    bank: str
    qid: str
    rating: int
    time: datetime
    status: str = "new"
    duration: float | None = None
    given: str | None = None
    verdict: str | None = None
    mode: str = "study"
    assignment: str | None = None
    id: int = 0

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "b": self.bank,
            "q": self.qid,
            "r": self.rating,
            "t": self.time.isoformat(),
            "st": self.status,
            "m": self.mode,
        }
        for key, value in (
            ("d", self.duration),
            ("g", self.given),
            ("v", self.verdict),
            ("a", self.assignment),
        ):
            if value is not None:
                data[key] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewRecord:
        return cls(
            id=int(data["id"]),
            bank=str(data["b"]),
            qid=str(data["q"]),
            rating=int(data["r"]),
            time=datetime.fromisoformat(data["t"]),
            status=str(data.get("st", "new")),
            duration=data.get("d"),
            given=data.get("g"),
            verdict=data.get("v"),
            mode=str(data.get("m", "study")),
            assignment=data.get("a"),
        )
