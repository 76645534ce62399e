"""Typed errors. The library raises these; only the CLI turns them into exit codes."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


def first_few(items: list[str], shown: int) -> str:
    """Many names as one message part: "a, b, c", or the first ``shown`` and "and 1,234 more"."""
    listed = ", ".join(items[:shown])
    return listed if len(items) <= shown else f"{listed} and {len(items) - shown:,} more"


class AnalyzerError(Exception):
    """Base class for every error this package raises on purpose.

    Messages are one line, name the file (and line/cue when known) and never
    contain transcript text, because transcripts are personal data.
    """

    exit_code = 1


class InputError(AnalyzerError):
    """A transcript cannot be read or parsed."""

    def __init__(self, path: object, problem: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")


class RuleError(AnalyzerError):
    """A rule set is invalid. ``problems`` lists every problem found, each located."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        head = self.problems[0] if self.problems else "invalid rule set"
        more = f" (and {len(self.problems) - 1} more problem(s))" if len(self.problems) > 1 else ""
        super().__init__(head + more)


class LabelError(AnalyzerError):
    """A gold-label file is malformed or names unknown files, behaviours or statuses."""


class OutputError(AnalyzerError):
    """A report cannot be written (bad extension, missing optional dependency, would overwrite input)."""


class UsageError(AnalyzerError):
    """Options that contradict each other or name nothing usable."""

    exit_code = 2


class OutputPathError(OutputError, UsageError):
    """``-o`` names something no report can be written to: a bad extension, a folder, an input file."""


class RuleFolderError(RuleError, UsageError):
    """``--rules`` (or ``rules check``) names no rule set at all: a missing folder or one without rule files."""


class LabelFileError(LabelError, UsageError):
    """``--labels`` names no labels file at all: a missing file, a folder, a link loop (like ``--rules``)."""


class Terminated(BaseException):
    """SIGTERM arrived (``kill PID``, a job scheduler, a service manager stopping the run).

    Raised by the handler :func:`sigterm_raises` installs, so that the run unwinds as it does on
    Ctrl-C: worker processes are stopped and no temporary report is left. A ``BaseException``, like
    ``KeyboardInterrupt``, so that per-file error isolation (``except Exception``) never swallows it.
    """

    exit_code = 143  # 128 + SIGTERM, what a shell reports for a process ended by the signal


@contextmanager
def sigterm_raises() -> Iterator[None]:
    """While the block runs, SIGTERM raises :class:`Terminated` in the main thread (elsewhere: no change)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield
        return

    def handler(signum, frame):
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
