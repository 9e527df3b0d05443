"""Where quiz keeps its data: ``--data-dir``, else ``$QUIZ_DATA_DIR``, else platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

from quiz.errors import QuizError
from quiz.files import os_problem, shown

ENV_VAR = "QUIZ_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The data directory (created on first use unless ``create`` is false)."""
    if override:
        path = Path(override).expanduser()
    elif os.environ.get(ENV_VAR):
        path = Path(os.environ[ENV_VAR]).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("quiz", appauthor=False))
    if path.exists() and not path.is_dir():
        raise QuizError(f"data directory {path} is not a directory")
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise QuizError(
                f"cannot create data directory {shown(path)}: {os_problem(exc)}"
            ) from None
    return path


def banks_dir(base: Path) -> Path:
    """Folder inside the data directory where generated banks are kept."""
    return base / "banks"
