"""The Textual terminal app: home, study, practice, exam, results, stats, browse, settings."""
