"""QuizScreen: the base of the app's screens: store work in thread workers, keys kept in order.

The event loop never waits for the disk. A screen hands store work (an answer with its
fsync, a session summary, counts, statistics, a class report) to :meth:`QuizScreen.store_work`,
which runs it in a thread worker under the app's store lock and posts the result back as a
message; the screen's handler shows it and calls :meth:`QuizScreen.work_done`. Keys pressed
meanwhile are not lost or reordered: actions wrapped in :meth:`QuizScreen.when_idle` wait in a
queue and run, in the order pressed, once the result is on screen.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from inspect import isawaitable
from typing import TYPE_CHECKING, Any, cast

from textual import work
from textual.message import Message
from textual.screen import Screen

from quiz.errors import QuizError

if TYPE_CHECKING:
    from quiz.tui.app import QuizApp

_NO_APP_LOCK = threading.RLock()  # for screens shown by an app without a store (ReportApp)


class StoreFailed(Message):
    """Store work ended with a problem for the learner to read (disk full, profile busy)."""

    def __init__(self, problem: str) -> None:
        super().__init__()
        self.problem = problem


class StoreResult(Message):
    """What store work returned (``result``); each screen subclasses it per kind of result,
    which names its handler (``on_stats_screen_loaded``...)."""

    def __init__(self, result: Any) -> None:
        super().__init__()
        self.result = result


def problem_text(exc: Exception) -> str:
    """A one-line message for a QuizError or an operating-system error."""
    if isinstance(exc, OSError) and not isinstance(exc, QuizError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"could not save or read progress{where}: {exc.strerror or exc}"
    return str(exc)


class QuizScreen(Screen):
    """A screen of the quiz app; see the module docstring for the store-work protocol."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.busy = False
        """Store work of this screen is running; deferrable actions wait for its result."""
        self._deferred: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()
        self._acting = False

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)

    @property
    def waiting(self) -> bool:
        """Keys pressed now would wait (store work running or earlier keys still queued)."""
        return self.busy or self._acting or bool(self._deferred)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While waiting every key is taken (to be replayed in order once the screen is idle);
        otherwise :meth:`action_enabled` says."""
        return True if self.waiting else self.action_enabled(action, parameters)

    def action_enabled(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Whether ``action`` is available in the screen's present state (True: always)."""
        return True

    # -- store work
    def store_work(
        self, job: Callable[[], Any], reply: Callable[[Any], Message], *, busy: bool = True
    ) -> None:
        """Run ``job()`` in a thread under the store lock; post ``reply(result)`` to this screen
        (or :class:`StoreFailed`). With ``busy`` the screen's deferrable actions wait for it."""
        if busy:
            self.busy = True
        self._run_store_job(job, reply)

    @work(thread=True, group="store")
    def _run_store_job(self, job: Callable[[], Any], reply: Callable[[Any], Message]) -> None:
        lock = getattr(self.app, "store_lock", _NO_APP_LOCK)
        try:
            with lock:
                result = job()
        except (QuizError, OSError) as exc:
            self.post_message(StoreFailed(problem_text(exc)))
            return
        self.post_message(reply(result))

    async def on_store_failed(self, message: StoreFailed) -> None:
        """Say what went wrong; keys pressed after the failed step are dropped."""
        self.busy = False
        self._deferred.clear()
        self.notify(message.problem, severity="error", timeout=10, markup=False)
        self.store_failed(message.problem)

    def store_failed(self, problem: str) -> None:
        """Hook: a screen that cannot go on without the result (e.g. no session) leaves."""

    async def work_done(self) -> None:
        """Call once the result of store work is shown: replays the keys pressed meanwhile."""
        self.busy = False
        await self._drain()
        self.refresh_bindings()

    # -- keys in order
    async def when_idle(self, action: Callable[..., Any], *args: Any) -> None:
        """Run ``action(*args)`` now, or after the store work and the keys queued before it."""
        self._deferred.append((action, args))
        if not (self.busy or self._acting):
            await self._drain()

    async def _drain(self) -> None:
        if self._acting:
            return
        self._acting = True
        try:
            while self._deferred and not self.busy:
                action, args = self._deferred.popleft()
                result = action(*args)
                if isawaitable(result):
                    await result
        finally:
            self._acting = False
