"""Exporters for question banks: Anki packages, CSV files and printable worksheets."""
