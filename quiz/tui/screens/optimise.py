"""OptimiseScreen: fit FSRS to the learner's own answers, compare, apply or go back."""

from __future__ import annotations

import time

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, ProgressBar, Static

from quiz.errors import QuizError
from quiz.learning.optimize import NotEnoughReviews, OptimisationResult, apply, revert
from quiz.learning.parameters import (
    FittedParameters,
    has_previous,
    learner_parameters,
    previous_parameters,
)
from quiz.tui.fitting import Cancelled, ChildFit, FitOutcome
from quiz.tui.screens.base import QuizScreen, StoreResult, problem_text
from quiz.tui.text import markup, plain
from quiz.tui.widgets.bars import KeyBar, TitleBar

STAGES = (
    "Reading your answers…",
    "Fitting FSRS to your earlier answers…",
    "Scoring the current parameters on your latest answers…",
    "Scoring the fitted parameters on your latest answers…",
    "Done.",
)


def parameters_name(fitted: FittedParameters | None) -> str:
    """``FSRS's default parameters`` or ``the parameters fitted on 2026-11-30 (1,839
    answers)``."""
    if fitted is None:
        return "FSRS's default parameters"
    return f"the parameters fitted on {fitted.fitted_at:%Y-%m-%d} ({fitted.reviews:,} answers)"


def parameters_status(fitted: FittedParameters | None) -> str:
    """Which parameters the learner's schedule uses, in a sentence."""
    return f"Your schedule uses {parameters_name(fitted)}."


def figures_lines(result: OptimisationResult) -> list[Content]:
    """Current and fitted log loss and RMSE side by side, the better figure marked."""
    current = "Current (defaults)" if result.current_is_default else "Current (fitted)"
    cur, fit = result.current_score, result.fitted_score
    rows = [
        ("Log loss", f"{cur.log_loss:.4f}", f"{fit.log_loss:.4f}"),
        ("RMSE", f"{cur.rmse * 100:.2f}%", f"{fit.rmse * 100:.2f}%"),
    ]
    lines = [
        markup(
            "Scored on your latest $test answers (from $split on); fitted on the $train before.",
            test=f"{result.test_reviews:,}",
            split=f"{result.split_at:%Y-%m-%d}",
            train=f"{result.train_reviews:,}",
        ),
        markup("[b]$head[/b]", head=f"{'':10}{current:>20}{'Fitted':>10}"),
    ]
    for name, before, after in rows:
        shown = (float(before.rstrip("%")), float(after.rstrip("%")))  # as rounded on screen
        mark = "[$text-success]✓ better[/]" if shown[1] < shown[0] else "[dim]worse[/dim]"
        mark = "[dim]the same[/dim]" if shown[1] == shown[0] else mark
        lines.append(markup(f"$row  {mark}", row=f"{name:10}{before:>20}{after:>10}"))
    lines.append(markup("[dim]Lower is better for both.[/dim]"))
    return lines


class OptimiseScreen(QuizScreen):
    """Runs the fit in a thread worker (the store locked only while the answers are read),
    with a progress bar; escape while fitting drops the fit and changes nothing."""

    BINDINGS = [
        Binding("escape", "leave", "Back"),
        Binding("a", "apply", "Apply"),
        Binding("g", "go_back", "Go back"),
        Binding("r", "run_again", "Optimise again"),
    ]

    DEFAULT_CSS = """
    OptimiseScreen #panel { height: auto; width: 90; max-width: 100%; }
    OptimiseScreen #status, OptimiseScreen #stage { height: auto; }
    OptimiseScreen #progress { margin: 1 0; }
    OptimiseScreen #figures { height: auto; margin: 1 0 0 0; }
    OptimiseScreen #verdict { height: auto; margin: 1 0 0 0; }
    OptimiseScreen #buttons { height: auto; margin: 1 0 0 0; }
    OptimiseScreen #buttons Button { margin-right: 1; }
    """

    class Progress(Message):
        """``done`` of ``total`` stages of the fit are over."""

        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done, self.total = done, total

    class Started(Message):
        """The parameters in use when the fit started, and the previous ones if any."""

        def __init__(
            self, fitted: FittedParameters | None, previous: FittedParameters | None, can: bool
        ) -> None:
            super().__init__()
            self.fitted, self.previous, self.can_revert = fitted, previous, can

    class Finished(Message):
        """The fit's outcome: a result, a refusal (too few answers) or a problem."""

        def __init__(self, outcome: FitOutcome) -> None:
            super().__init__()
            self.result, self.refusal = outcome.result, outcome.refusal
            self.problem = outcome.problem

    class Applied(StoreResult):
        """The fitted parameters were saved (``result``: the FittedParameters in use)."""

    class Reverted(StoreResult):
        """Back on the previous parameters (``result``: those now in use, None: defaults)."""

    def __init__(self) -> None:
        super().__init__()
        self.fitting = False
        self.result: OptimisationResult | None = None
        """The last fit; None before, or once the parameters it compared changed."""
        self.refusal: NotEnoughReviews | None = None
        self.can_revert = False
        self.in_use: FittedParameters | None = None
        self.previous: FittedParameters | None = None
        self.child: ChildFit | None = None
        self._started = 0.0

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with VerticalScroll(id="body"):
            with Vertical(id="panel", classes="panel"):
                yield Static(id="status")
                yield Static(id="stage")
                yield ProgressBar(show_eta=False, id="progress")
                yield Static(id="figures")
                yield Static(id="verdict")
                with Horizontal(id="buttons"):
                    yield Button("Apply (a)", id="apply", variant="primary")
                    yield Button("Go back to previous parameters (g)", id="go-back")
                    yield Button("Back (esc)", id="close")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "Optimise the schedule"
        self.sub_title = self.quiz.profile
        self.fit()

    # -- state shown
    def action_enabled(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "apply":
            return self._can_apply()
        if action == "go_back":
            return self.can_revert and not self.fitting
        if action == "run_again":
            return not self.fitting
        return True

    def _can_apply(self) -> bool:
        result = self.result
        return result is not None and result.better and not result.applied and not self.fitting

    def _show_buttons(self) -> None:
        self.query_one("#apply", Button).display = self._can_apply()
        self.query_one("#go-back", Button).display = self.can_revert and not self.fitting
        self.refresh_bindings()

    def _show_status(self) -> None:
        status = parameters_status(self.in_use)
        if self.can_revert:
            status += f" Going back (g) would use {parameters_name(self.previous)}."
        self.query_one("#status", Static).update(plain(status))

    # -- the fit
    async def action_run_again(self) -> None:
        await self.when_idle(self.fit)

    def fit(self) -> None:
        """Start fitting the parameters (in a worker); the progress bar follows it."""
        if self.fitting:
            return
        self.fitting = True
        self.result = self.refusal = None
        self.child = ChildFit(self.quiz.data_dir, self.quiz.profile)
        self._started = time.monotonic()
        self._show_figures(None)
        self.query_one("#verdict", Static).update("")
        self.query_one("#stage", Static).update(STAGES[0])
        bar = self.query_one("#progress", ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)  # a pulse while the answers are read
        self._show_buttons()
        self._fit(self.child)

    @work(thread=True, group="optimise")
    def _fit(self, child: ChildFit) -> None:
        """Read which parameters are in use (under the store lock), then follow the fit in
        its child process (the app's event loop never waits for it)."""
        try:
            with self.quiz.store_lock:
                store = self.quiz.require_store()
                fitted, previous = learner_parameters(store), previous_parameters(store)
                can_revert = has_previous(store)
            self.post_message(self.Started(fitted, previous, can_revert))
            outcome = child.run(lambda done, total: self.post_message(self.Progress(done, total)))
        except Cancelled:
            return
        except (QuizError, OSError) as exc:
            outcome = FitOutcome(problem=problem_text(exc))
        if not child.stopped:
            self.post_message(self.Finished(outcome))

    def on_optimise_screen_started(self, message: Started) -> None:
        self.in_use, self.previous = message.fitted, message.previous
        self.can_revert = message.can_revert
        self._show_status()

    def on_optimise_screen_progress(self, message: Progress) -> None:
        if not self.fitting:
            return
        if message.done:  # the answers are read: the stages left show as a share
            bar = self.query_one("#progress", ProgressBar)
            bar.update(total=message.total, progress=message.done)
        self.query_one("#stage", Static).update(STAGES[min(message.done, len(STAGES) - 1)])

    def on_optimise_screen_finished(self, message: Finished) -> None:
        if not self.fitting:  # left meanwhile
            return
        self.fitting = False
        self.result, self.refusal = message.result, message.refusal
        self.query_one("#progress", ProgressBar).display = False
        stage, verdict = self.query_one("#stage", Static), self.query_one("#verdict", Static)
        if message.refusal is not None:
            have, needed = message.refusal.have, message.refusal.needed
            stage.update(
                markup(
                    "[b]Not enough reviews to optimise yet:[/b] $have of the $needed needed, "
                    "[b]$more more[/b].",
                    have=f"{have:,}",
                    needed=f"{needed:,}",
                    more=f"{needed - have:,}",
                )
            )
            verdict.update(
                "An answer counts when it is given a day or more after the card's previous "
                "one. Keep studying, then try again (r). Nothing was changed."
            )
        elif message.result is None:
            stage.update(plain(f"The parameters could not be fitted: {message.problem}"))
        else:
            stage.update(
                plain(
                    f"Fitted to {message.result.reviews:,} answers "
                    f"in {time.monotonic() - self._started:.1f} s."
                )
            )
            self._show_figures(message.result)
            self._show_verdict()
        self._show_buttons()

    def _show_figures(self, result: OptimisationResult | None) -> None:
        figures = self.query_one("#figures", Static)
        figures.display = result is not None
        figures.update(Content("\n").join(figures_lines(result)) if result else "")

    def _show_verdict(self) -> None:
        result, verdict = self.result, self.query_one("#verdict", Static)
        if result is None:
            return
        if result.applied:
            text = (
                "[$text-success]Applied:[/] your schedule uses the fitted parameters from now on."
            )
        elif result.better:
            text = "The fitted parameters predict your answers better. [b]Apply[/b] them (a)?"
        else:
            text = "The fitted parameters are no better: your schedule keeps the current ones."
        verdict.update(markup(text))

    # -- apply and go back
    async def action_apply(self) -> None:
        await self.when_idle(self._apply)

    def _apply(self) -> None:
        result = self.result
        if result is None or not self._can_apply():
            return
        quiz, now = self.quiz, self.quiz.now()
        self.store_work(lambda: apply(quiz.require_store(), result, now=now), self.Applied)

    async def on_optimise_screen_applied(self, message: Applied) -> None:
        self.previous, self.in_use, self.can_revert = self.in_use, message.result, True
        self._show_status()
        self._show_verdict()
        self._show_buttons()
        self.notify("The fitted parameters are in use from now on")
        await self.work_done()

    async def action_go_back(self) -> None:
        await self.when_idle(self._go_back)

    def _go_back(self) -> None:
        if not self.can_revert or self.fitting:
            return
        quiz = self.quiz
        self.store_work(lambda: revert(quiz.require_store()), self.Reverted)

    async def on_optimise_screen_reverted(self, message: Reverted) -> None:
        self.previous, self.in_use = self.in_use, message.result
        result = self.result
        if result is not None and result.applied:  # undone: the comparison holds again
            result.applied = False
            self._show_verdict()
        elif result is not None:  # it compared parameters no longer in use
            self.result = None
            self._show_figures(None)
            self.query_one("#verdict", Static).update(
                "Optimise again (r) to compare a new fit with the parameters now in use."
            )
        self._show_status()
        self._show_buttons()
        self.notify(f"Back on {parameters_name(self.in_use)}")
        await self.work_done()

    def store_failed(self, problem: str) -> None:
        self.query_one("#verdict", Static).update(plain(problem))

    # -- leaving
    def action_leave(self) -> None:
        """Leave; a fit still running is dropped (nothing is applied)."""
        if self.fitting and self.child is not None:
            self.child.stop()
            self.fitting = False
            self.notify("Optimisation cancelled: nothing was changed")
        self.quiz.action_back()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {"apply": "apply", "go-back": "go_back", "close": "leave"}
        await self.run_action(actions[event.button.id or "close"])
