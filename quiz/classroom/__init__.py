"""Classroom: class rosters, assignments, item-analysis reports, the app served to browsers."""
