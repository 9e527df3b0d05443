"""Reusable widgets of the terminal app: question card, rating bar, counts, choices, countdown."""
