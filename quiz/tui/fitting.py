"""The app's FSRS fit, run in a child process: the fit holds the GIL for seconds on a big log,
which would stall the app's event loop in a thread; a child can also be stopped at once.

``python -m quiz.tui.fitting DATA_DIR PROFILE`` reads the learner's log without a lock (as
``quiz stats`` does), fits and scores with :func:`quiz.learning.optimize.optimise`, and prints
one JSON object a line: ``{"progress": [done, total]}``..., then ``{"result": {...}}``,
``{"refused": [have, needed]}`` or ``{"problem": "..."}``. It never writes to the store: the
app applies a result itself. No textual import here (the child starts in a fraction of a second).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quiz.errors import QuizError
from quiz.learning.optimize import NotEnoughReviews, OptimisationResult, optimise
from quiz.learning.parameters import learner_parameters
from quiz.learning.store import open_store, read_reviews


class Cancelled(Exception):
    """The fit was stopped before its end (the learner left)."""


@dataclass
class FitOutcome:
    """What the fit ended with: a ``result``, a ``refusal`` (too few answers) or a
    ``problem`` (a one-line message)."""

    result: OptimisationResult | None = None
    refusal: NotEnoughReviews | None = None
    problem: str = ""


def _emit(**message: object) -> None:
    print(json.dumps(message), flush=True)


def main(argv: list[str]) -> int:
    """The child: fit ``PROFILE``'s parameters from the log in ``DATA_DIR``."""
    data_dir, profile = Path(argv[0]), argv[1]
    try:
        with open_store(data_dir, profile, create=False, readonly=True) as store:
            fitted = learner_parameters(store)
            name = store.name
        reviews = read_reviews(data_dir, name)
        current = fitted.parameters if fitted else None
        result = optimise(
            reviews,
            current,
            profile=name,
            progress=lambda d, t: _emit(progress=[d, t]),
            separate_process=False,  # this is the separate process
        )
    except NotEnoughReviews as refusal:
        _emit(refused=[refusal.have, refusal.needed])
    except (QuizError, OSError) as exc:
        _emit(problem=str(exc))
    else:
        _emit(result=result.to_dict())
    return 0


class ChildFit:
    """One fit in a child process; :meth:`run` (in a thread worker) waits for its outcome,
    :meth:`stop` (from anywhere) ends it at once."""

    def __init__(self, data_dir: Path, profile: str) -> None:
        self.command = [sys.executable, "-m", "quiz.tui.fitting", str(data_dir), profile]
        """The child's command line (tests put a slower child here)."""
        self._stopped = threading.Event()
        self._process: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()

    def stop(self) -> None:
        """End the fit (it changes nothing: the child never writes)."""
        with self._lock:
            self._stopped.set()
            if self._process is not None and self._process.poll() is None:
                self._process.kill()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def run(self, progress: Callable[[int, int], None]) -> FitOutcome:
        """Start the child and follow it; Cancelled once :meth:`stop` was called."""
        package_root = str(Path(__file__).resolve().parents[2])  # the child imports this quiz
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        with self._lock:
            if self.stopped:
                raise Cancelled
            self._process = subprocess.Popen(
                self.command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
        process = self._process
        assert process.stdout is not None and process.stderr is not None
        outcome = FitOutcome(problem="the fit ended without a result")
        for line in process.stdout:
            message = json.loads(line)
            if "progress" in message:
                progress(*message["progress"])
            elif "result" in message:
                outcome = FitOutcome(result=OptimisationResult.from_dict(message["result"]))
            elif "refused" in message:
                outcome = FitOutcome(refusal=NotEnoughReviews(*message["refused"]))
            else:
                outcome = FitOutcome(problem=str(message.get("problem")))
        errors = process.stderr.read()
        process.wait()
        if self.stopped:
            raise Cancelled
        if process.returncode and outcome.problem:
            last = errors.strip().splitlines()[-1:] or [f"exit status {process.returncode}"]
            outcome = FitOutcome(problem=f"the fit failed: {last[0]}")
        return outcome


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
