"""The ``interview-close`` command line. Thin: parse options, call the library, render, exit.

spaCy and pandas are imported inside the commands so that ``--help`` stays instant.
"""

from __future__ import annotations

import os
import re
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer

app = typer.Typer(
    name="interview-close",
    help="Tell a job candidate how well they closed an interview: seven closing behaviours, "
    "with the words that prove them and advice for what is missing.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
rules_app = typer.Typer(help="Show or validate a rule set.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


class Shape(str, Enum):
    long = "long"
    wide = "wide"


# a file given as the folder is refused by load_rules, in the same one line as `rules check` gives
RulesOpt = typer.Option(None, "--rules", help="Folder with a custom rule set (default: the bundled English rules).")
CandidateOpt = typer.Option(None, "--candidate", help="Speaker label of the candidate; case, dots and the colon do not "
                            "matter, and part of a label is enough when it fits one speaker.")
InterviewerOpt = typer.Option(None, "--interviewer", help="Speaker label of the interviewer.")
WholeOpt = typer.Option(False, "--whole", help="Search the whole transcript, not only the closing.")
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar or notes; errors and warnings still print, "
                        "and so do the results when there is no -o file to hold them.")
DebugOpt = typer.Option(False, "--debug", help="Show tracebacks and why each cancelled match was cancelled.")
RulesDebugOpt = typer.Option(False, "--debug", help="Show tracebacks.")
# accepted by the rules commands too, so one set of shared options works everywhere: their output is the result itself
RulesQuietOpt = typer.Option(False, "--quiet", "-q", help="Accepted for symmetry with the other commands; the list or "
                             "check result always prints (there are no notes or progress to silence).")


#: Narrower than this (columns), ``analyze`` prints a line per behaviour instead of its four-column table.
MIN_TABLE_WIDTH = 60

#: A rule set with many problems prints the first ones and a count, not a wall of text.
MAX_ERROR_LINES = 20


#: C0/C1 control characters: a newline, carriage return or terminal escape sequence in a file name.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SHOWN = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _clean(text: object) -> str:
    """``text`` on one line with its control characters shown escaped (``\\n``, ``\\x1b``), never sent raw."""
    return _CONTROL.sub(lambda m: _SHOWN.get(m.group(), f"\\x{ord(m.group()):02x}"), str(text))


class _SafeStream:
    """A standard stream whose every use goes through ``_do``, which decides what a failure means."""

    def _do(self, action, default=None):  # pragma: no cover - each stream defines its own
        raise NotImplementedError

    def write(self, text: str) -> int:
        return self._do(lambda s: s.write(text), len(text))

    def flush(self) -> None:
        self._do(lambda s: s.flush())

    def isatty(self) -> bool:
        return bool(self._do(lambda s: s.isatty(), False))


class _Stderr(_SafeStream):
    """Standard error that never stops a command: closed (``2>&-``, a daemon), full or gone, the line is
    dropped, as a progress bar that cannot be drawn is; the report and the exit code are unaffected."""

    def _do(self, action, default=None):
        try:
            return action(sys.stderr)
        except (AttributeError, OSError, ValueError):  # None (fd 2 closed at start), a write error, closed file
            return default

    @property
    def encoding(self) -> str:
        return getattr(sys.stderr, "encoding", None) or "utf-8"


def _say(text: str) -> None:
    """A line on stderr, through :class:`_Stderr`."""
    typer.echo(text, file=_Stderr())


def _err(message: str) -> None:
    _say(f"error: {_clean(message)}")


def _note(message: str) -> None:
    """A progress line on stderr ("wrote report.csv")."""
    _say(_clean(message))


#: Why standard output could not be written (a full disk, ``> /dev/full``), once it happened; a reader
#: that has gone (``| head``) is not a problem and is not recorded.
_STDOUT_PROBLEM: List[str] = []


def _stdout_gone() -> None:
    """Whoever read our output has gone (``| head``, a closed pager) or stdout cannot be written: send the
    rest nowhere and go on, so the reports being written are still written."""
    _Stdout.gone = True
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # no real file behind stdout: dropping the text is enough
        pass


class _Stdout(_SafeStream):
    """Standard output that never stops a command half-way: a write that fails is dropped (and, unless
    the reader merely left, remembered for one ``error:`` line once the reports are written)."""

    gone = False

    def _do(self, action, default=None):
        stream = sys.stdout
        if stream is None or _Stdout.gone:
            return default
        try:
            return action(stream)
        except BrokenPipeError:
            _stdout_gone()
        except OSError as exc:
            _STDOUT_PROBLEM.append(exc.strerror or exc.__class__.__name__)
            _stdout_gone()
        except UnicodeEncodeError as exc:  # PYTHONIOENCODING=ascii (an old cron set-up) and a name with an é
            _STDOUT_PROBLEM.append(f"its encoding, {exc.encoding}, cannot show some characters; "
                                   "set PYTHONIOENCODING=utf-8")
            _stdout_gone()
        except ValueError:  # closed under us: as broken as a failed write
            _STDOUT_PROBLEM.append("it was closed")
            _stdout_gone()
        return default

    def fileno(self) -> int:
        return sys.stdout.fileno()

    @property
    def encoding(self) -> str:
        return getattr(sys.stdout, "encoding", None) or "utf-8"


def _out(text: str) -> None:
    """A line on stdout, through :class:`_Stdout`."""
    typer.echo(text, file=_Stdout())


def _stdout_closed() -> bool:
    """Was the command started with stdout closed (``>&-``)?"""
    if sys.stdout is None:
        return True
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError):  # not a real file (a test runner's buffer): open by definition
        return False
    try:
        os.fstat(fd)
    except OSError:
        return True
    return False


class _EmptyName(type(Path())):
    """``-o ''``: Click would read it as ``.`` (the current folder); kept apart so that it is refused as an
    empty file name, not as "is a folder"."""


def _report_path(value) -> Path:
    """A report path, as Typer gives it, except that an empty string stays recognisable."""
    if isinstance(value, Path):
        return value
    return _EmptyName(".") if value == "" else Path(value)


def _user_path(path: Optional[Path]) -> Optional[Path]:
    """A report path with ``~`` expanded (a quoted ``'~/r.csv'``, or Windows, where no shell does it)."""
    return Path(os.path.expanduser(path)) if path and not isinstance(path, _EmptyName) else path


#: How -o and --summary are read: ``~`` expanded, ``''`` kept apart as an empty name.
_REPORT_PATH = dict(callback=_user_path, parser=_report_path, metavar="<path>")


def _named(**flags: Optional[Path]) -> None:
    """Every report path given has a name: ``-o ''`` is refused as such (exit 2)."""
    from analyzer.errors import OutputPathError

    for flag, path in flags.items():
        if isinstance(path, _EmptyName):
            raise OutputPathError(f"{flag}: empty file name; give a file name for the report")


def _need_stdout(output: Optional[Path], quiet: bool) -> None:
    """Without ``-o`` the printed tables are the result: with stdout closed they would be lost."""
    from analyzer.errors import OutputError

    if not output and _stdout_closed():
        raise OutputError("standard output is closed, so the results would be lost; give -o FILE for a report")


def _console():
    """A rich console that prints text as given (no markup: ``[/x]`` in a file name is not a tag) and
    that, when stdout is closed early or cannot be written, goes quiet instead of exiting before the
    report is written."""
    from rich.console import Console

    class _Quiet(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            _stdout_gone()

    return _Quiet(file=_Stdout(), soft_wrap=False, markup=False)


def _stdout_verdict(code: int) -> int:
    """After the reports are written: one line if stdout could not be written, and a failing exit code."""
    if not _STDOUT_PROBLEM:
        return code
    _err(f"cannot write to standard output ({_STDOUT_PROBLEM[0]}); the printed results are incomplete")
    _STDOUT_PROBLEM.clear()
    return code or 1


def _file_state(path: Path):
    """What identifies the file at ``path`` now (a report replaced atomically gets a new inode), or None."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def _what_was_written(before: dict) -> str:
    """For an interrupted run: which report files it wrote, and that any other file at those paths is from
    an earlier run (so that a report found there later is not taken for this run's result)."""
    written = [p for p, state in before.items() if _file_state(p) not in (state, None)]
    kept = [p for p, state in before.items() if p not in written and state is not None]
    names = lambda paths: " and ".join(_clean(p) for p in paths)  # noqa: E731
    earlier = (f" ({names(kept)} {'is' if len(kept) == 1 else 'are'} from an earlier run)" if kept else "")
    if not written:
        return f"no report written{earlier}" if kept else ""  # no file there: nothing to mistake for a result
    rest = [p for p in before if p not in written]
    there = " (the file there is from an earlier run)" if kept else ""
    return f"{names(written)} written" + (f"; {names(rest)} not written{there}" if rest else "")


@contextmanager
def _guard(debug: bool, reports: tuple = ()) -> Iterator[None]:
    """Turn library errors into one line on stderr and the contract's exit codes.

    ``reports`` are the -o/--summary paths: an interrupted run says which of them it wrote, if any."""
    from analyzer.errors import AnalyzerError, Terminated, sigterm_raises

    before = {Path(p): _file_state(p) for p in reports if p and not isinstance(p, _EmptyName)}
    _Stdout.gone = False
    _STDOUT_PROBLEM.clear()
    try:
        with sigterm_raises():  # `kill PID` unwinds like Ctrl-C: workers stopped, no temporary file left
            yield
    except typer.Exit as exc:
        raise typer.Exit(_stdout_verdict(exc.exit_code)) from None
    except typer.Abort:
        raise
    except Terminated as exc:
        if debug:
            raise
        reports = _what_was_written(before)
        _err("terminated (SIGTERM)" + (f": {reports}" if reports else ""))
        raise typer.Exit(exc.exit_code) from None
    except AnalyzerError as exc:
        if debug:
            raise
        # one line per problem: a newline inside a file name does not start another line
        lines = getattr(exc, "problems", None) or [str(exc) or exc.__class__.__name__]
        for line in lines[:MAX_ERROR_LINES]:
            _err(line)
        if len(lines) > MAX_ERROR_LINES:
            _err(f"... and {len(lines) - MAX_ERROR_LINES} more problem(s)")
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        if debug:
            raise
        reports = _what_was_written(before)
        _err("interrupted" + (f": {reports}" if reports else ""))
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # whoever read our output has gone ("rules list | head -1"): nothing more to say, nowhere to say it
        _stdout_gone()
        raise typer.Exit(0) from None
    except Exception as exc:  # noqa: BLE001 - last resort: never a traceback without --debug
        if debug:
            raise
        _err(f"internal error ({exc.__class__.__name__}); run again with --debug for details")
        raise typer.Exit(1) from None
    code = _stdout_verdict(0)
    if code:
        raise typer.Exit(code)


def _lookup_problem(path: Path) -> Optional[str]:
    """Why an input path cannot even be looked up (a name too long for the file system, no permission to
    search a folder on the way), or None: a missing path is left to the reader, which says so."""
    import errno

    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return None
        return exc.strerror or exc.__class__.__name__
    except ValueError:  # a NUL in the name: the reader says so
        return None
    return None


def _check_input(path: Path, what: str) -> None:
    """Before ``-o`` is checked: an input that cannot be looked up is the input's problem, named as such
    (not the report's: checking the report compares it with every input)."""
    from analyzer.errors import InputError

    problem = _lookup_problem(path)
    if problem:
        raise InputError(path, f"cannot read {what} ({problem})")


def _same_path(a: Path, b: Path) -> bool:
    """The same file: one path, or two names (``./x``, a link) for one existing file."""
    try:
        return Path(a).resolve() == Path(b).resolve() or os.path.samefile(a, b)
    except (OSError, ValueError):  # one of them does not exist (yet): only the same path is the same file
        return False


def _check_speakers(candidate: Optional[str], interviewer: Optional[str]) -> None:
    """--candidate/--interviewer as analyze and batch both take them: an empty or blank value (``--candidate
    "$NAME"`` with NAME unset) or one speaker named as both is a usage error, before any file is read."""
    from analyzer.errors import UsageError

    for flag, value in (("--candidate", candidate), ("--interviewer", interviewer)):
        if value is not None and not value.strip():
            raise UsageError(f"{flag}: give a speaker label, not an empty string")
    from analyzer.transcript import speaker_key  # light: no spaCy, no pandas

    if candidate and interviewer and speaker_key(candidate) == speaker_key(interviewer):
        raise UsageError(f"--candidate and --interviewer both name '{candidate}': one speaker cannot be both")


def _analyzer(rules: Optional[Path], candidate, interviewer, whole):
    from analyzer.analysis import Analyzer, Options

    _check_speakers(candidate, interviewer)
    return Analyzer(rules, Options(candidate=candidate, interviewer=interviewer, whole=whole))


def _once(paths: List[Path]) -> List[Path]:
    """The paths with a file given again (``a.txt ./a.txt``, overlapping shell globs) left out, with a warning
    (printed even with --quiet, which silences notes, never warnings)."""
    from analyzer.batch import file_key  # the same test batch uses for a file reached twice

    first: dict = {}
    for path in paths:
        key = file_key(path)
        if key in first:
            again = "given more than once" if str(path) == str(first[key]) else f"the same file as {first[key]}"
            _say(f"warning: {_clean(path)}: {_clean(again)}; analysed once")
            continue
        first[key] = path
    return list(first.values())


def _fmt_time(seconds) -> str:
    if seconds is None or seconds != seconds:
        return ""
    s = int(seconds)
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _print_analysis(result, debug: bool) -> None:
    from rich.table import Table

    console = _console()
    if result.error:
        return
    # too narrow for four columns (a letter or two per cell line): a line per behaviour, as batch does
    narrow = console.width < MIN_TABLE_WIDTH
    table = Table(title=_clean(result.file), show_lines=True, expand=False)
    for col in ("behaviour", "status", "evidence", "advice"):
        table.add_column(col, overflow="fold")
    if narrow:
        console.print(_clean(result.file), markup=False)
    for f in result.findings:
        where = ""
        if f.line is not None:
            where = f"line {f.line}" + (f", {_fmt_time(f.start)}" if f.start is not None else "")
        said_by = f"; {f.speaker}" if f.speaker else ""
        evidence = f'"{f.evidence}" ({where}{said_by})' if f.evidence else ""
        if debug:
            evidence += "".join(
                f"\n  [{h.rule}] {h.cancelled_by or h.failed_requirement or 'ok'}: {h.matched!r} (line {h.line})"
                for h in f.hits
            )
        if narrow:
            console.print(f"{f.behaviour}: {f.status}" + (f" {evidence}" if evidence else "")
                          + (f"; advice: {f.advice}" if f.advice else ""), markup=False)
        else:
            table.add_row(f.behaviour, f.status, evidence, f.advice)
    if not narrow:
        console.print(table, markup=False)
    closing = f"line {result.closing_from} ({result.closing_method})" if result.closing_from is not None else "-"
    console.print(
        f"score: {result.score}/100   candidate: {result.candidate or 'unknown'}   "
        f"interviewer: {result.interviewer or 'unknown'} ({result.roles_method})   "
        f"format: {result.format}   closing from: {closing}",
        markup=False,
    )
    for w in result.warnings:
        console.print(f"warning: {_clean(w)}", markup=False, style="yellow")


@app.command()
def analyze(
    paths: List[Path] = typer.Argument(..., help="One or more transcript files.", readable=False),
    output: Optional[Path] = typer.Option(None, "--output", "-o", **_REPORT_PATH,
                                          help="Write the report here; the extension picks "
                                          "the format: .csv .json .jsonl .xlsx .parquet .html"),
    shape: Shape = typer.Option(Shape.long, "--shape", help="long: a row per behaviour; wide: a row per transcript "
                                "(.html always shows everything)."),
    rules: Optional[Path] = RulesOpt,
    candidate: Optional[str] = CandidateOpt,
    interviewer: Optional[str] = InterviewerOpt,
    whole: bool = WholeOpt,
    quiet: bool = QuietOpt,
    debug: bool = DebugOpt,
) -> None:
    """Analyse transcripts: each behaviour's status, the evidence (line, time) and advice.

    Example: interview-close analyze sample_transcripts/plain/strong_close.txt -o report.csv
    """
    with _guard(debug, reports=(output,)):
        from analyzer.batch import analyze_one
        from analyzer.report import Report
        from analyzer.writers import check_output, write_report

        _named(**{"-o": output})
        if output:
            # a path that cannot be looked up (too long) gets its own error row below, as without -o
            check_output(output, inputs=[p for p in paths if not _lookup_problem(p)])
        _need_stdout(output, quiet)
        analyzer = _analyzer(rules, candidate, interviewer, whole)
        from analyzer.batch import look_alike_names

        paths = _once(paths)
        for note in look_alike_names(str(p) for p in paths):
            _say(f"warning: {_clean(note)}")
        results = []
        for path in paths:
            # one file's failure, even a bug, is that file's error line and row: the others still count
            result = analyzer.analyze(path) if debug else analyze_one(analyzer, path, str(path))
            results.append(result)
            if result.error:
                _err(result.error)
            elif not quiet or not output:  # --quiet silences notes, never the result: no -o, it is printed
                _print_analysis(result, debug)
            else:  # the report holds the result; a warning about it ("check the roles") is not a note
                for warning in result.warnings:
                    _say(f"warning: {_clean(result.file)}: {_clean(warning)}")
        report = Report(results)
        if output and results and all(r.error for r in results):
            # nothing was analysed: an earlier report at that path is worth more than an empty one
            _note(f"no report written to {output}: no transcript could be analysed")
        elif output:
            write_report(report, output, shape=shape.value)
            if not quiet:
                _note(f"wrote {output}")
        if any(r.error for r in results):
            raise typer.Exit(1)


def _glob_values(values: Optional[List[str]]) -> Optional[List[str]]:
    """``--glob`` values, refusing an empty one: ``--glob "$PAT"`` with the variable unset would otherwise
    take the whole folder on its own, and take nothing beside another pattern."""
    if values and any(not v.strip() for v in values):
        raise typer.BadParameter("an empty pattern (an unset shell variable?); give one such as '*.vtt'")
    return values


@app.command()
def batch(
    folder: Path = typer.Argument(..., help="Folder of transcripts (searched recursively).", exists=False),
    output: Optional[Path] = typer.Option(None, "--output", "-o", **_REPORT_PATH,
                                          help="Write the report here (.csv .json .jsonl "
                                          ".xlsx .parquet .html)."),
    shape: Shape = typer.Option(Shape.wide, "--shape", help="wide: a row per transcript; long: a row per behaviour "
                                "(.html always shows everything)."),
    summary: Optional[Path] = typer.Option(None, "--summary", **_REPORT_PATH,
                                           help="Also write the cohort summary table here."),
    glob: Optional[List[str]] = typer.Option(None, "--glob", metavar="<pattern>", callback=_glob_values,
                                             help="Only files matching this pattern, e.g. '*.vtt' (takes text files "
                                             "of any extension, e.g. '*.text'); repeat it for several patterns "
                                             "(--glob '*.vtt' --glob '*.srt': files matching any)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, metavar="N", help="Worker processes (0 = all cores)."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first file that cannot be analysed."),
    rules: Optional[Path] = RulesOpt,
    candidate: Optional[str] = CandidateOpt,
    interviewer: Optional[str] = InterviewerOpt,
    whole: bool = WholeOpt,
    quiet: bool = QuietOpt,
    debug: bool = DebugOpt,
) -> None:
    """Analyse every transcript under a folder into one table, and print a cohort summary.

    Exit code 1 when any file failed (its row says why); the others are analysed normally.

    Example: interview-close batch sample_transcripts -o cohort.csv --jobs 2
    """
    with _guard(debug, reports=(output, summary)):
        from analyzer.analysis import Options
        from analyzer.batch import analyze_folder
        from analyzer.errors import OutputPathError
        from analyzer.writers import OutputChangedError, check_output, write_report, write_table

        _named(**{"-o": output, "--summary": summary})
        _check_speakers(candidate, interviewer)  # as analyze: a usage error, not every file failing (or none)
        if output or summary:
            _check_input(folder, "the folder or file")
        for out in (output, summary):
            if out:
                check_output(out, inputs=[folder])
        _need_stdout(output or summary, quiet)
        if output and summary and Path(output).resolve() == Path(summary).resolve():
            raise OutputPathError(f"{summary}: the summary would overwrite the report; give it another file name")
        report = analyze_folder(
            folder,
            rules=rules,
            options=Options(candidate=candidate, interviewer=interviewer, whole=whole),
            jobs=jobs,
            pattern=glob or None,
            fail_fast=fail_fast,
            progress=not quiet,
            exclude=[p for p in (output, summary) if p],
        )
        # a file saved at -o or --summary during the run is not overwritten (OutputChangedError): the
        # report is kept beside it, and the rest (warnings, summary) is still printed before the refusal
        refused, written = [], []
        for out, write in ((output, lambda: write_report(report, output, shape=shape.value)),
                           (summary, lambda: write_table(report.summary, summary))):
            if out:
                try:
                    write()
                    written.append(out)
                except OutputChangedError as exc:
                    refused.append(exc)
        # printed even with --quiet: a file left out of the report is a result lost, not progress
        for note in report.notes:  # a file reached twice, skipped as no interview, or left out for its extension
            _say(f"warning: {_clean(note)}")
        failed = report.meta[report.meta["error"] != ""]
        for row in failed.itertuples():
            _err(row.error)
        # --quiet silences progress and notes, never the result: without a report file it is the summary
        lost = any(r.saved_to is None for r in refused)
        if not quiet or not (output or summary) or lost:
            _print_summary(report)
        if not quiet:  # each file written, the report and the summary alike (-o or --summary alone)
            for out in written:
                _note(f"wrote {out}")
        if refused:
            problem = OutputPathError(str(refused[0]))
            problem.problems = [str(r) for r in refused]
            raise problem
        if len(failed):
            raise typer.Exit(1)


def _print_summary(report) -> None:
    from rich.table import Table

    console = _console()
    meta = report.meta
    folders = int(meta["file"].str.endswith("/").sum()) if len(meta) else 0  # a sub-folder that could not be read
    failed = int((meta["error"] != "").sum()) - folders if len(meta) else 0
    n = len(meta) - folders
    title = f"cohort summary ({n} transcript{'s' if n != 1 else ''}"
    title += f", {failed} could not be analysed" if failed else ""
    unread = f"{folders} folder{'s' if folders != 1 else ''} could not be read" if folders else ""
    title += f", {unread}" if unread else ""
    left = getattr(report, "not_analysed", 0)
    title += f", {left} never analysed (stopped by --fail-fast)" if left else ""
    skipped = len(getattr(report, "skipped", ()))
    title += f"; {skipped} other file{'s' if skipped != 1 else ''} skipped)" if skipped else ")"
    columns = [str(c) for c in report.summary.columns]
    rows = [["" if v != v else str(v) for v in row] for row in report.summary.itertuples(index=False)]
    widths = [max([len(col)] + [len(r[i]) for r in rows]) for i, col in enumerate(columns)]
    if sum(widths) + 3 * len(columns) + 1 > console.width:
        # too narrow for the table (every cell would be cut to '…'): a line per behaviour instead
        console.print(title, markup=False)
        for r in rows:
            console.print(f"{r[0]}: " + ", ".join(f"{c} {v}" for c, v in zip(columns[1:], r[1:])), markup=False)
    else:
        table = Table(title=title)
        for col in columns:
            table.add_column(col, justify="left" if col == "behaviour" else "right")
        for r in rows:
            table.add_row(*r)
        console.print(table, markup=False)
    stats = report.score_stats()
    if stats["mean"] is None:
        console.print("no transcript could be analysed: no scores", markup=False)
        return
    console.print(
        f"score mean {stats['mean']}  median {stats['median']}  spread (sd) {stats['std']}  "
        f"min {stats['min']}  max {stats['max']}   weakest behaviour: {report.weakest() or '-'}",
        markup=False,
    )


@app.command()
def evaluate(
    folder: Path = typer.Argument(..., help="Folder holding the labelled transcripts."),
    labels: Path = typer.Option(..., "--labels", "-l", help="Gold labels: a CSV with file + the seven behaviour "
                                 "columns, or our own wide report saved as .json or .jsonl."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", **_REPORT_PATH,
                                          help="Save the tables (.csv: metrics; .xlsx .json .jsonl "
                                          ".html: metrics, confusion and disagreements)."),
    split: Optional[str] = typer.Option(None, "--split", help="Only rows whose 'split' column has this value."),
    rules: Optional[Path] = RulesOpt,
    whole: bool = WholeOpt,
    quiet: bool = QuietOpt,
    debug: bool = DebugOpt,
) -> None:
    """Compare the analysis with gold labels: precision, recall, F1 per behaviour, and every disagreement.

    Example: interview-close evaluate sample_transcripts --labels sample_transcripts/labels.csv
    """
    with _guard(debug, reports=(output,)):
        from analyzer.errors import OutputPathError
        from analyzer.evaluate import evaluate_folder
        from analyzer.rules import BEHAVIOURS
        from analyzer.writers import check_output, write_evaluation

        _named(**{"-o": output})
        if output:
            _check_input(folder, "the folder")
            _check_input(labels, "labels")  # as read_labels says it
            if _same_path(output, labels):  # checked first: the labels file may lie inside the folder
                raise OutputPathError(f"{output}: refusing to overwrite the labels file; give the report "
                                      "another file name")
            check_output(output, inputs=[folder, labels])
        _need_stdout(output, quiet)
        analyzer = _analyzer(rules, None, None, whole)
        ev = evaluate_folder(folder, labels, analyzer, split=split)
        if not quiet:
            for line in ev.notes:
                _note(f"note: {line}")
        if not quiet or not output:  # --quiet silences notes, never the result: no -o, the tables are printed
            # a ratio with nothing to count (support 0 and no prediction) is NaN: shown as n/a, not blank
            _print_frame("precision / recall / F1 per behaviour", ev.metrics.astype(object).fillna("n/a"))
            conf = ev.confusion.pivot_table(index=["behaviour", "gold"], columns="predicted", values="count",
                                            aggfunc="sum", sort=False).reset_index()
            _print_frame("confusion (gold rows x predicted columns)", conf)
            if len(ev.disagreements):
                _print_frame(f"disagreements ({len(ev.disagreements)})", ev.disagreements)
            if len(ev.roles):
                _print_frame("candidate detected differently from the labels", ev.roles)
            unlabelled = [b for b in BEHAVIOURS if b not in set(ev.metrics["behaviour"])]
            if unlabelled:
                _note(f"note: {labels.name} has no column for {', '.join(unlabelled)}: not scored")
        if output:
            write_evaluation(ev, output)
            if not quiet:
                _note(f"wrote {output}")
        for problem in ev.failed:  # scored as predicted 'error' above; the run still fails, as batch does
            _err(problem)
        if ev.failed:
            raise typer.Exit(1)


def _print_frame(title: str, df) -> None:
    from rich.table import Table

    table = Table(title=title)
    for col in df.columns:
        table.add_column(str(col), overflow="fold")
    import pandas as pd

    for row in df.itertuples(index=False):  # empty for None, NaN and pandas' NA (a nullable Int64 "line")
        table.add_row(*["" if v is None or v is pd.NA or v != v else _clean(v) for v in row])
    _console().print(table, markup=False)


@rules_app.command("list")
def rules_list(rules: Optional[Path] = RulesOpt, quiet: bool = RulesQuietOpt, debug: bool = RulesDebugOpt) -> None:
    """List the behaviours of a rule set with their patterns.

    Example: interview-close rules list --rules my_rules/
    """
    with _guard(debug):
        from analyzer.rules import load_rules

        _need_stdout(None, False)
        rs = load_rules(rules)
        from rich.table import Table

        console = _console()
        # too narrow for five columns (headers cut a few letters a line): a block per behaviour, as analyze does
        narrow = console.width < MIN_TABLE_WIDTH
        table = Table(title=f"rule set: {_clean(rs.path)}")
        for col in ("behaviour", "title", "tip", "patterns", "pattern ids"):
            table.add_column(col, overflow="fold")
        if narrow:
            _out(f"rule set: {_clean(rs.path)}")  # whole, not folded over lines
        for bid, spec in rs.behaviours.items():
            ids = [r.id for r in rs.rules.values() if r.behaviour == bid]
            if narrow:
                console.print(f"{bid}: {spec.title}\n  tip: {' '.join(spec.tip.split())}\n"
                              f"  {len(ids)} patterns: {', '.join(ids)}", markup=False)
            else:
                table.add_row(bid, spec.title, spec.tip, str(len(ids)), ", ".join(ids))
        if not narrow:
            console.print(table, markup=False)
        by_cat: dict[str, int] = {}
        for cue in rs.cues.values():
            by_cat[cue.category] = by_cat.get(cue.category, 0) + 1
        _out("context cues: " + ", ".join(f"{k} {v}" for k, v in sorted(by_cat.items()))
                   + f"; hand-over cues: {len(rs.closing.handover)}")


@rules_app.command("check")
def rules_check(
    folder: Optional[Path] = typer.Argument(None, help="Rule folder to validate (default: the bundled rules)."),
    quiet: bool = RulesQuietOpt,
    debug: bool = RulesDebugOpt,
) -> None:
    """Validate a rule set; every problem is printed with its file and rule id.

    Example: interview-close rules check my_rules/
    """
    with _guard(debug):
        from analyzer.nlp import build_pipeline, unmatchable_words
        from analyzer.rules import load_rules, matches_anything, rule_warnings

        rs = load_rules(folder)
        nlp = build_pipeline(rs)  # spaCy's own validation of every pattern
        for file, rule_id, word, tokens in unmatchable_words(rs, nlp):
            _say(f"warning: {file}: rule {rule_id}: {word!r} can never match a single token (the tokenizer "
                 f"splits it into {' '.join(tokens)!r}); give each piece its own pattern token")
        for file, rule_id in matches_anything(rs):
            _say(f"warning: {file}: rule {rule_id}: the pattern tests no attribute of any token, so it "
                 "matches every sentence; give at least one token a word, lemma or other test")
        for line in rule_warnings(rs):
            _say(f"warning: {line}")
        _out(f"ok: {rs.path}: {len(rs.behaviours)} behaviours, {len(rs.rules)} patterns, "
                   f"{len(rs.cues)} context cues, {len(rs.closing.handover)} hand-over cues")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:  # `interview-close ... | head`
        try:
            sys.stderr.close()
        except (AttributeError, OSError):  # stderr closed from the start (None) or already gone
            pass
        sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    main()
