"""quiz: turn an encyclopedia article into good questions and learn them."""

__version__ = "0.1.0"
