"""Stats' workload texts: the due forecast in one line, and the table of desired retentions."""

from __future__ import annotations

from datetime import date


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
