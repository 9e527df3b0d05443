"""Subcommands of the ``quiz`` CLI, one module per area; each exposes ``register(subparsers)``."""
