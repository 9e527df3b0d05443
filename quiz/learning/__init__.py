"""Learning engine: scheduling, progress store, sessions, answer checking, profiles."""
