"""Screens of the terminal app, one module per screen."""
