"""Stats' workload texts: the due forecast in one line, and the table of desired retentions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from textual.content import Content

from quiz.learning.workload import RetentionOption, Workload
from quiz.tui.text import markup

WORKLOAD_WAIT = "Computing the workload of each desired retention…"
COLUMNS = (9, 10, 10, 11, 12)
HEADINGS = (
    ("Desired", "Reviews", "Minutes", "Expected", "Cards"),
    ("retention", "a day", "a day", "retention", "remembered"),
)


def forecast_line(forecast: dict[str, int]) -> str:
    """``Due tomorrow 3 · next 7 days 20 · busiest day Thu 03-05 (9)`` from a forecast whose
    first day is today (overdue cards counted today)."""
    days = sorted(forecast)
    counts = [forecast[day] for day in days]
    tomorrow = counts[1] if len(counts) > 1 else 0
    week = sum(counts[1:8])
    parts = [f"[b]Due tomorrow[/b] {tomorrow}", f"next 7 days {week}"]
    busiest = max(range(1, len(counts)), key=lambda i: (counts[i], -i), default=None)
    if busiest is not None and counts[busiest] > 0:
        count, day = counts[busiest], days[busiest]
        label = date.fromisoformat(day).strftime("%a %m-%d") if len(day) == 10 else day
        parts.append(f"busiest day {label} ({count})")
    return " · ".join(parts)


def workload_text(workload: Workload) -> list[Content]:
    """What the simulation assumed, the table, and where to change the desired retention."""
    weights = "your fitted FSRS parameters" if workload.fitted else "FSRS's default parameters"
    return [
        markup(
            "[dim]$cards cards, up to $new new a day, $days days, $weights[/dim]",
            cards=workload.deck_size,
            new=workload.new_per_day,
            days=workload.days,
            weights=weights,
        ),
        *workload_lines(workload.options, workload.desired_retention),
        markup(
            "[dim]Expected retention: share of the learnt cards recalled at the end. "
            "Change yours in Settings (o on Home).[/dim]"
        ),
    ]


def percent(share: float) -> str:
    """``0.9`` -> ``90%``, ``0.875`` -> ``87.5%``."""
    return f"{round(share * 100, 1):g}%"


def _row(cells: Sequence[str]) -> str:
    return "".join(f"{cell:>{width}}" for cell, width in zip(cells, COLUMNS, strict=True))


def workload_lines(options: Sequence[RetentionOption], desired: float) -> list[Content]:
    """A row per desired retention: simulated reviews and minutes a day, expected retention
    and cards remembered at the end; the learner's own row bold and marked ``◀ yours``."""
    lines = [
        markup("[b]$head[/b]", head=_row(HEADINGS[0])),
        markup("[b]$head[/b]", head=_row(HEADINGS[1])),
    ]
    for option in options:
        row = _row(
            [
                percent(option.desired_retention),
                f"{option.reviews_per_day:.1f}",
                f"{option.minutes_per_day:.1f}",
                f"{option.retention * 100:.0f}%",
                f"{option.memorized:.0f}",
            ]
        )
        if abs(option.desired_retention - desired) < 0.0005:
            lines.append(markup("[b $text-accent]$row  ◀ yours[/]", row=row))
        else:
            lines.append(markup("$row", row=row))
    return lines
