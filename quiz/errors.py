"""The one exception type the CLI turns into a one-line error and exit status 2."""


class QuizError(Exception):
    """A user-facing failure: bad input, missing file, corrupt store. Message is one line."""
