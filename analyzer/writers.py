"""Reports -> files. The output's extension picks the format; every write is atomic.

Formats: ``.csv`` (UTF-8 with a byte-order mark, so Excel opens it with the right encoding and
``pandas.read_csv`` reads it back), ``.json`` (a list of records), ``.jsonl`` (a record a line),
``.xlsx`` (needs the ``excel`` extra), ``.parquet`` (needs the ``parquet`` extra) and ``.html``
(a stand-alone page rendered with Jinja2, autoescaped: transcript text is untrusted).

Nothing is ever lost or corrupted: a report is written to a temporary file in the target folder
and renamed over the target in one step, and :func:`check_output` refuses a path that would
overwrite an input transcript or any existing file that is not an earlier report of this tool; the
same test runs again right before the rename, so a file saved at that path during a long run is kept
(the report then goes beside it: :class:`OutputChangedError`). Spreadsheet formula injection is neutralised in CSV and Excel
output as OWASP recommends: in a CSV a text cell beginning with ``=``, ``+``, ``-``, ``@``, tab or carriage
return gets a leading apostrophe; in an ``.xlsx`` such a cell is written unchanged as a string cell with the
``quotePrefix`` style (Excel shows the text as it is and never evaluates it); numeric columns are left alone.
"""

from __future__ import annotations

import csv
import errno
import importlib.util
import json
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from analyzer.errors import OutputError, OutputPathError
from analyzer.readers import BATCH_EXTENSIONS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from analyzer.evaluate import Evaluation
    from analyzer.report import Report

__all__ = [
    "FORMATS",
    "OutputChangedError",
    "check_output",
    "neutralise_formulas",
    "render_html",
    "write_evaluation",
    "write_report",
    "write_table",
]

#: Columns of the ``skipped`` sheet an ``.xlsx`` report gets when a folder walk left files out.
SKIPPED_COLUMNS: tuple[str, ...] = ("file", "reason")
FORMATS: tuple[str, ...] = (".csv", ".json", ".jsonl", ".xlsx", ".parquet", ".html")
#: extension -> (module that must be importable, extra that installs it)
_EXTRAS = {".xlsx": ("openpyxl", "excel"), ".parquet": ("pyarrow", "parquet")}
#: OWASP "CSV injection": characters that make a spreadsheet treat a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Control characters (Unicode category Cc) other than tab, newline and carriage return: the C0 controls,
#: DEL (U+007F) and the C1 controls (U+0080-U+009F). A NUL in a CSV cell breaks C-based tools (``grep``
#: takes the file for binary), HTML forbids the C0 ones and discourages DEL and C1, and none is text anyone
#: said. They are dropped from CSV and HTML cells (tab, newline and CR stay: CSV quoting holds them). JSON
#: escapes them and Parquet keeps them as they are.
_CONTROL = re.compile(r"[\000-\010\013\014\016-\037\177-\237]")
#: Characters dropped from .xlsx cells: the control characters above and all else XML 1.0 forbids (lone
#: surrogates and the non-characters U+FFFE/U+FFFF, which openpyxl or lxml refuse).
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
#: The most characters an .xlsx cell holds; a longer cell is cut, with a marker saying how much was cut.
XLSX_CELL_MAX = 32767


def _ext(path: str | os.PathLike) -> str:
    return Path(path).suffix.lower()


# --------------------------------------------------------------------------- checks


def check_output(path: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> None:
    """Check, before any work is done, that a report can be written to ``path``.

    Args:
        path: The report to write.
        inputs: The transcripts (files or folders) and label files being read.

    Raises:
        OutputError: the extension is not a report format, the optional dependency for the format
            is missing (the message names the ``pip install`` to run), the path is a folder, or
            writing would overwrite an input file, a transcript inside an input folder or any existing
            file that is not a report of ours (:class:`~analyzer.errors.OutputPathError`, a usage
            error: exit 2), or the folder cannot be written (a read-only folder, a file where a
            folder should be).
    """
    p = Path(os.path.expanduser(path))
    try:
        _check_output(p, inputs)
    except OSError as exc:  # a name too long for the file system, a loop of links...
        raise OutputError(f"{p}: cannot write the report there ({exc.strerror or exc})") from None


def _same_file(a: Path, b: Path) -> bool:
    """The same path, or another name (a hard link) for the same existing file."""
    return a == b or (a.is_file() and b.is_file() and os.path.samefile(a, b))


_NOT_OURS = "refusing to overwrite a file that is not an interview-close report"


def _foreign(target: Path) -> bool:
    """Is a file with something in it (empty: nothing to lose) that is not one of our reports there?"""
    return target.is_file() and target.stat().st_size > 0 and not is_own_report(target)


def _check_output(p: Path, inputs: Iterable[str | os.PathLike]) -> None:
    ext = _ext(p)
    if p.is_dir():
        raise OutputPathError(f"{p}: is a folder; give a file name for the report")
    target = p.resolve()
    for item in inputs:
        src = Path(item).resolve()
        if _same_file(target, src):
            raise OutputPathError(f"{p}: refusing to overwrite an input file")
        if (src.is_dir() and target.is_file() and ext in BATCH_EXTENSIONS and target.is_relative_to(src)
                and not is_own_report(target)):
            raise OutputPathError(f"{p}: refusing to overwrite a transcript inside the input folder {item}")
    if not ext and p.name.lower() in FORMATS:  # "-o .csv": an extension with no name in front of it
        raise OutputPathError(f"{p}: give the report a file name, for example report{p.name.lower()}")
    if ext not in FORMATS:
        shown = f"'{ext}'" if ext else "no extension"
        raise OutputPathError(f"{p}: cannot write a report with {shown} (use {', '.join(FORMATS)})")
    if ext in _EXTRAS:
        module, extra = _EXTRAS[ext]
        if importlib.util.find_spec(module) is None:
            raise OutputError(f'{p}: writing {ext} needs {module}: pip install "interview-close[{extra}]"')
    if _foreign(target):
        raise OutputPathError(f"{p}: {_NOT_OURS}; give another file name or move that file away first")
    _check_writable(p)


def _check_writable(path: Path) -> None:
    """Fail now, not after an hour of analysis, when the report's folder cannot be written.

    The nearest existing ancestor must be a folder in which a file can be created (tried for real:
    permission bits say nothing for root or a read-only file system). Missing folders are created
    only when the report is written.
    """
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: cannot write the report ({folder} is not a folder)")
    try:
        fd, probe = tempfile.mkstemp(prefix=".interview-close.", suffix=".probe", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write the report ({exc.strerror or type(exc).__name__})") from None


def _name_max(folder: Path) -> int | None:
    """The longest file name (in bytes) the file system holding ``folder`` accepts, if it says."""
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):  # no pathconf (Windows) or the file system does not say
        return None


#: Sheet names of the workbooks this tool writes: a report (with a ``skipped`` sheet when a folder
#: walk left files out), a single table, an evaluation (with ``roles`` when candidates were labelled).
_OWN_SHEETS = (
    {"report", "summary"}, {"report", "summary", "skipped"}, {"summary"},
    {"metrics", "confusion", "disagreements"}, {"metrics", "confusion", "disagreements", "roles"},
)
_EVALUATION_KEYS = {"metrics", "confusion", "disagreements", "roles"}
#: Larger files are never taken for a report (reading them to find out would take too long).
_MAX_REPORT_BYTES = 256 * 1024 * 1024
#: How much of a ``.csv`` (its header line) or ``.html`` (the page's head) is read to recognise it.
_HEAD_CHARS = 4096


def _own_tables() -> list[tuple[str, ...]]:
    """The exact column lists of every table this tool writes."""
    from analyzer.evaluate import (CONFUSION_COLUMNS, DISAGREEMENT_COLUMNS, METRIC_COLUMNS, ROLE_COLUMNS,
                                   UTTERANCE_DISAGREEMENT_COLUMNS)
    from analyzer.report import LONG_COLUMNS, SUMMARY_COLUMNS, WIDE_COLUMNS

    return [tuple(c) for c in (
        LONG_COLUMNS, WIDE_COLUMNS, SUMMARY_COLUMNS, METRIC_COLUMNS, SKIPPED_COLUMNS, CONFUSION_COLUMNS,
        DISAGREEMENT_COLUMNS, UTTERANCE_DISAGREEMENT_COLUMNS, ROLE_COLUMNS,
    )]


def own_json_head(head: bytes) -> bool:
    """Could a ``.json`` file starting with ``head`` (its first bytes, white space removed) be one of our
    reports? Its first key must open one of our tables (``[{"file": ...``) or an evaluation
    (``{"metrics": ...``): a cheap test before :func:`is_own_report` reads the whole file."""
    starts = {b'[{"' + t[0].encode() + b'"' for t in _own_tables() if t}
    starts |= {b'{"' + k.encode() + b'"' for k in _EVALUATION_KEYS}
    return head.startswith(tuple(starts))


def _own_columns(columns: Iterable[object]) -> bool:
    """Exactly the columns of one of our tables, in order, nothing added or removed (a column a person
    added - notes, an annotator, a split - makes the file theirs)."""
    header = tuple(str(c).strip().lstrip("\ufeff").lower() for c in columns)
    return header in _own_tables()


def _own_records(doc: object) -> bool:
    if isinstance(doc, dict):  # an evaluation: each table a list of records with our columns
        return (bool(doc) and set(doc) <= _EVALUATION_KEYS
                and all(isinstance(v, list) and all(isinstance(r, dict) and _own_columns(r) for r in v)
                        for v in doc.values()))
    return (isinstance(doc, list) and bool(doc)
            and all(isinstance(r, dict) and _own_columns(r) for r in doc))


def _own_workbook(path: Path) -> bool:
    """An ``.xlsx`` whose sheet names are one of our sets and whose every sheet has our columns."""
    try:
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True)
        try:
            sheets = {ws.title: next(ws.iter_rows(max_row=1, values_only=True), ()) for ws in book.worksheets}
        finally:
            book.close()
    except Exception:  # noqa: BLE001 - not a spreadsheet we can read: not ours
        return False
    return set(sheets) in _OWN_SHEETS and all(_own_columns(h) for h in sheets.values())


def _own_parquet(path: Path) -> bool:
    try:
        import pyarrow.parquet as pq

        return _own_columns(pq.read_schema(path).names)
    except Exception:  # noqa: BLE001 - not a parquet file we can read: not ours
        return False


def is_own_report(path: Path) -> bool:
    """Is this existing file a report this tool wrote (so writing a new report may replace it)?

    ``.csv``, ``.json``, ``.jsonl`` and ``.parquet`` must carry exactly the columns of one of our
    tables, and an ``.xlsx`` exactly our sheets with our columns: a column or a sheet a person added
    (notes, an annotator, gold labels) makes it theirs. ``.html`` must be a page we generated.
    Anything else - a transcript, someone's spreadsheet - is not.
    """
    ext = _ext(path)
    try:
        if path.stat().st_size > _MAX_REPORT_BYTES:
            return False
        if ext == ".xlsx":
            return _own_workbook(path)
        if ext == ".parquet":
            return _own_parquet(path)
        if ext in (".csv", ".html"):  # the header line or the page's head tells: the rest need not be read
            with path.open(encoding="utf-8-sig") as fh:
                head = fh.readline(_HEAD_CHARS) if ext == ".csv" else fh.read(_HEAD_CHARS)
            if ext == ".html":
                return '<meta name="generator" content="interview-close">' in head
            from analyzer.readers.csvfmt import _dialect

            first = head.rstrip("\r\n")
            return _own_columns(next(csv.reader([first], delimiter=_dialect(first)), []))
        text = path.read_text(encoding="utf-8-sig")
        if ext == ".jsonl":
            lines = [line for line in text.splitlines() if line.strip()]
            return bool(lines) and all(_own_records([json.loads(line)]) for line in lines)
        return _own_records(json.loads(text))
    except (OSError, ValueError):  # unreadable, not UTF-8, not JSON: not ours
        return False


def _require(path: Path) -> None:
    ext = _ext(path)
    if ext not in FORMATS:
        check_output(path)  # raises the unsupported-format error
    if ext in _EXTRAS:
        module, extra = _EXTRAS[ext]
        if importlib.util.find_spec(module) is None:
            raise OutputError(f'{path}: writing {ext} needs {module}: pip install "interview-close[{extra}]"')


# --------------------------------------------------------------------------- atomic write


def _new_file_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


#: How much of the report's name the temporary file beside it carries (the temporary name must fit
#: wherever the report's own name fits: the whole name plus a random part would not, near the limit).
_TMP_NAME_CHARS = 32


def _tmp_prefix(target: Path) -> str:
    """``.report.csv.`` for the temporary file of ``report.csv``; a long name is cut short."""
    return f".{target.name[:_TMP_NAME_CHARS]}."


@contextmanager
def _atomic(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` in one rename.

    A symbolic link is written through: its target gets the new report and the link stays a link."""
    target = Path(os.path.expanduser(path))
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=_tmp_prefix(target), suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write the report ({exc.strerror or type(exc).__name__})") from None
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, _new_file_mode(target))
        _check_still_free(Path(os.path.expanduser(path)), target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write the report ({exc.strerror or type(exc).__name__})") from None
    finally:
        if tmp.exists():
            tmp.unlink()


class OutputChangedError(OutputPathError):
    """A file that is not a report of ours was saved at the report path while the analysis ran; the
    report was kept under another name (``saved_to``) instead of overwriting it."""

    def __init__(self, message: str, saved_to: Path | None = None) -> None:
        super().__init__(message)
        self.saved_to = saved_to


def _beside(target: Path) -> Path:
    """A name beside ``target`` that nothing uses yet: ``report.interview-close.csv`` (then ``-2``, ``-3``...)."""
    n = 1
    limit = _name_max(target.parent) or 255
    while True:
        mark = f".interview-close{'' if n == 1 else f'-{n}'}{target.suffix}"
        stem = target.stem
        while stem and len(os.fsencode(stem + mark)) > limit:  # a long name: cut, so the side name fits too
            stem = stem[:-1]
        side = target.with_name(stem + mark)
        if not os.path.lexists(side):
            return side
        n += 1


def _check_still_free(shown: Path, target: Path, tmp: Path) -> None:
    """Right before the atomic replace, the early check again: a file saved at the report path during
    the run (a transcript, a report somebody added a column to) is not overwritten. The new report is
    then kept beside it, under a name nothing uses, and the error says where."""
    try:
        if not _foreign(target):
            return
    except OSError:  # gone again, unreadable: the replace itself says what is wrong
        return
    side = _beside(target)
    try:
        os.replace(tmp, side)
    except OSError:
        side = None
    kept = f"the report was written to {side} instead" if side else "the report was not written"
    raise OutputChangedError(f"{shown}: {_NOT_OURS} (it was saved there during the run); {kept}", side)


# --------------------------------------------------------------------------- helpers


def _text_columns(df: "pd.DataFrame") -> list:
    import pandas as pd

    return [c for c in df.columns if pd.api.types.is_object_dtype(df[c]) or pd.api.types.is_string_dtype(df[c])]


def _inert(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def neutralise_formulas(df: "pd.DataFrame") -> "pd.DataFrame":
    """A copy of ``df`` whose text cells cannot start a spreadsheet formula (OWASP CSV injection).

    A text cell beginning with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading
    apostrophe; numeric columns keep their values and dtypes.
    """
    out = df.copy()
    for col in _text_columns(out):
        out[col] = out[col].map(_inert)
    return out


def _records(df: "pd.DataFrame") -> list[dict]:
    # to_json converts numpy/pandas scalars (and NA) correctly; json.dumps then keeps "/" unescaped
    return json.loads(df.to_json(orient="records", force_ascii=False, double_precision=15))


def _cells(df: "pd.DataFrame", cell: Callable[[str], str]) -> "pd.DataFrame":
    """A copy of ``df`` with ``cell`` applied to each text cell (numbers and empty cells are left alone)."""
    out = df.copy()
    for col in _text_columns(out):
        out[col] = out[col].map(lambda v: cell(v) if isinstance(v, str) else v)
    return out


def _csv_cell(text: str) -> str:
    """A CSV text cell: control characters dropped (see :data:`_CONTROL`), then made inert. In that order,
    so that a cell that starts with a NUL and then ``=`` cannot become a formula once the NUL is gone.
    A printable cell (nearly all: one quick test in C) has no control character to look for."""
    if not text.isprintable():
        text = _CONTROL.sub("", text)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _xlsx_cell(text: str) -> str:
    """A text cell as an .xlsx file can hold it: no character XML forbids (control characters, lone
    surrogates, U+FFFE/U+FFFF), and at most :data:`XLSX_CELL_MAX` characters (a longer one ends with
    "… (cut: N more characters)", instead of being cut without a word; the other formats keep it whole).
    A cell that would start a formula keeps its text: :func:`_quote_formula_cells` makes it inert."""
    text = _XLSX_ILLEGAL.sub("", text)
    if len(text) <= XLSX_CELL_MAX:
        return text
    def marker(cut: int) -> str:
        return f"… (cut: {cut:,} more characters)"

    # the marker's longest form (the count only grows by what the marker itself takes) fits beside the kept part
    keep = XLSX_CELL_MAX - len(marker(len(text)))
    return text[:keep] + marker(len(text) - keep)


def _write_sheets(sheets: dict[str, "pd.DataFrame"], tmp: Path) -> None:
    """The workbook is built in memory and written to ``tmp`` in one go: a write that fails (a full
    disk) then fails in our own ``write``, not half-way through a zip archive that would try to
    finish itself when collected later and print an "Exception ignored" traceback."""
    import io

    import pandas as pd

    buffer = io.BytesIO()
    try:
        with pd.ExcelWriter(buffer, engine="openpyxl") as xl:
            for name, frame in sheets.items():
                frame = _cells(frame, _xlsx_cell)
                frame.to_excel(xl, sheet_name=name, index=False)
                ws = xl.sheets[name]
                _quote_formula_cells(ws, frame)
                ws.freeze_panes = "A2"
                for i, col in enumerate(frame.columns, start=1):
                    longest = max([len(str(col))] + [len(str(v)) for v in frame[col].head(200) if v is not None])
                    ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(max(longest + 2, 8), 60)
    except Exception as exc:
        _close_sheet_writers(exc)
        failure = _sheet_write_error(exc)
        if failure is None:
            raise
        raise failure from None
    tmp.write_bytes(buffer.getvalue())


def _quote_formula_cells(ws, frame: "pd.DataFrame") -> None:
    """Each text cell of ``frame`` (written to ``ws`` below its header row) that would start a formula
    (``=``, ``+``, ``-``, ``@``, tab, CR; checked after the drop of :func:`_xlsx_cell`, so a NUL before ``=``
    cannot hide one) is a plain string cell with the ``quotePrefix`` style: Excel shows the text exactly as
    it is, never evaluates it, and keeps it text when the cell is edited. openpyxl would otherwise store a
    leading ``=`` as a formula."""
    text = set(_text_columns(frame))
    for j, col in enumerate(frame.columns, start=1):
        if col not in text:
            continue
        for i, value in enumerate(frame[col].tolist(), start=2):
            if isinstance(value, str) and value.startswith(_FORMULA_START):
                cell = ws.cell(row=i, column=j)
                cell.value = value
                cell.data_type = "s"
                cell.quotePrefix = True


def _close_sheet_writers(exc: BaseException) -> None:
    """openpyxl writes each sheet through lxml into a temporary file of its own (in the temporary folder,
    not ours). When that fails half-way (``ulimit -f``, a full ``/tmp``), the sheet's writer and the zip
    archive are left open and, once collected, fail again and print an "Exception ignored ... Traceback"
    no one can catch: close them now (a second failure is the first one again) and remove the sheet's
    temporary file."""
    import zipfile

    def quietly(action) -> None:
        try:
            action()
        except Exception:  # noqa: BLE001 - the same write error again, or already removed
            pass

    tb = exc.__traceback__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            if type(value).__name__ == "WorksheetWriter":
                quietly(value.close)
                quietly(value.cleanup)
            elif isinstance(value, zipfile.ZipFile):
                quietly(value.close)
        tb = tb.tb_next


def _sheet_write_error(exc: BaseException) -> OSError | None:
    """lxml reports a failed write to a sheet's temporary file as ``SerialisationError('IO_EFBIG')``:
    the ``OSError`` it stands for (``File too large``), so that it is reported as any failed write is."""
    if type(exc).__name__ != "SerialisationError" or not str(exc).startswith("IO_"):
        return None
    code = getattr(errno, str(exc)[3:], None)
    if not isinstance(code, int):
        code = errno.EIO
    return OSError(code, os.strerror(code))


def _write_frame(df: "pd.DataFrame", tmp: Path, ext: str, *, html: Callable[[], str], sheets=None) -> None:
    if ext == ".csv":
        _cells(df, _csv_cell).to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    elif ext == ".json":
        tmp.write_text(json.dumps(_records(df), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    elif ext == ".jsonl":
        lines = (json.dumps(r, ensure_ascii=False) for r in _records(df))
        tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    elif ext == ".xlsx":
        _write_sheets(sheets or {"report": df}, tmp)
    elif ext == ".parquet":
        df.to_parquet(tmp, index=False, engine="pyarrow")
    elif ext == ".html":
        tmp.write_text(html(), encoding="utf-8")
    else:  # pragma: no cover - _require() ran first
        raise OutputError(f"{tmp}: unsupported format {ext}")


# --------------------------------------------------------------------------- public writers


def write_report(report: "Report", path: str | os.PathLike, shape: str = "long") -> None:
    """Write a report; the extension of ``path`` picks the format.

    Args:
        report: The :class:`~analyzer.report.Report` to write.
        path: Where to write it (parent folders are created; an existing file is replaced atomically).
        shape: ``"long"`` (a row per transcript x behaviour) or ``"wide"`` (a row per transcript).
            An ``.xlsx`` file also gets a ``summary`` sheet; ``.html`` always shows the whole report.

    Example:
        >>> write_report(Report([analysis]), "out/report.xlsx", shape="wide")  # doctest: +SKIP

    Raises:
        OutputError: unsupported extension, missing optional dependency, or the file cannot be written.
    """
    path = Path(path)
    _require(path)
    df = report.table(shape)
    sheets = {"report": df, "summary": report.summary}
    skipped = list(getattr(report, "skipped", ()))
    if skipped:  # a folder's files left out as no interview: listed, so the workbook says what it lacks
        import pandas as pd

        sheets["skipped"] = pd.DataFrame(skipped, columns=list(SKIPPED_COLUMNS))
    with _atomic(path) as tmp:
        _write_frame(df, tmp, _ext(path), html=lambda: render_html(report), sheets=sheets)


def write_table(df: "pd.DataFrame", path: str | os.PathLike, *, title: str = "summary") -> None:
    """Write any single table (for example the cohort summary) in the format the extension picks."""
    path = Path(path)
    _require(path)
    with _atomic(path) as tmp:
        _write_frame(df, tmp, _ext(path), html=lambda: render_tables(title, {title: df}),
                     sheets={title[:31]: df})


def write_evaluation(ev: "Evaluation", path: str | os.PathLike) -> None:
    """Write an evaluation: ``.csv``/``.jsonl``/``.parquet`` get the metrics table; ``.json`` and
    ``.html`` the metrics, confusion, disagreements (and role mismatches); ``.xlsx`` one sheet each."""
    path = Path(path)
    _require(path)
    ext = _ext(path)
    tables = {"metrics": ev.metrics, "confusion": ev.confusion, "disagreements": ev.disagreements}
    if ev.roles is not None and len(ev.roles):
        tables["roles"] = ev.roles
    with _atomic(path) as tmp:
        if ext == ".json":
            doc = {name: _records(frame) for name, frame in tables.items()}
            tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        else:
            _write_frame(ev.metrics, tmp, ext, html=lambda: render_tables("evaluation", tables), sheets=tables)


# --------------------------------------------------------------------------- HTML


def _environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(str(Path(__file__).with_name("templates"))),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _render(**context) -> str:
    """The page, without the control characters HTML forbids (a NUL in the speech, see :data:`_CONTROL`):
    one pass over the finished page, which is all text the template does not add itself."""
    return _CONTROL.sub("", _environment().get_template("report.html").render(**context))


def _split_evidence(evidence: str, matched: str, at: int | None = None) -> tuple[str, str, str]:
    """``evidence`` as (before, matched words, after) so the template can <mark> the middle.

    ``at`` is where the match that fired starts in ``evidence`` (the same words can be there twice,
    once cancelled: "My last boss never said thank you, so let me say it: thank you"); without it, or
    when the words are not there (the evidence was escaped since), the first occurrence is marked."""
    if not evidence:
        return "", "", ""
    if matched:
        i = at if at is not None and at >= 0 and evidence.startswith(matched, at) else evidence.find(matched)
        if i >= 0:
            return evidence[:i], evidence[i : i + len(matched)], evidence[i + len(matched) :]
    return evidence, "", ""


def _fmt_time(seconds) -> str:
    if seconds is None or seconds != seconds:
        return ""
    s = int(seconds)
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def render_html(report: "Report", *, title: str = "Interview closing report") -> str:
    """The report as a stand-alone HTML page (inline CSS, no scripts, no external assets)."""
    summary = []
    for row in report.summary.itertuples(index=False):
        n = row.analysed or 0
        pct = (lambda k: round(100 * k / n, 1) if n else 0.0)
        summary.append({
            "behaviour": row.behaviour, "present": row.present, "partial": row.partial,
            "missing": row.missing, "analysed": n,
            "rate": None if row.rate != row.rate else row.rate,
            "present_pct": pct(row.present), "partial_pct": pct(row.partial), "missing_pct": pct(row.missing),
        })
    transcripts = []
    for a in report.analyses:
        findings = []
        for f in a.findings:
            before, mark, after = _split_evidence(f.evidence, f.matched, f.matched_at)
            where = f"line {f.line}" if f.line is not None else ""
            if f.start is not None:
                where += f", {_fmt_time(f.start)}"
            findings.append({
                "behaviour": f.behaviour, "title": f.title, "status": f.status, "speaker": f.speaker or "",
                "before": before, "mark": mark, "after": after, "where": where, "rule": f.rule,
                "advice": f.advice,
            })
        transcripts.append({
            "file": a.file, "score": a.score, "candidate": a.candidate or "", "interviewer": a.interviewer or "",
            "turns": a.turns, "closing_from": a.closing_from, "closing_method": a.closing_method,
            "format": a.format, "warnings": a.warnings, "error": a.error or "", "findings": findings,
        })
    return _render(
        mode="report", title=title, summary=summary, stats=report.score_stats(), weakest=report.weakest(),
        transcripts=transcripts, failed=sum(1 for a in report.analyses if a.error),
        notes=list(getattr(report, "notes", ())),
    )


def render_tables(title: str, tables: dict[str, "pd.DataFrame"]) -> str:
    """Plain tables as a stand-alone HTML page (used for summaries and evaluations)."""
    import pandas as pd

    data = []
    for name, df in tables.items():
        # a number that cannot be computed (precision with no prediction) reads "n/a"; a missing text is empty
        rows = [["n/a" if isinstance(v, float) and v != v else "" if pd.api.types.is_scalar(v) and pd.isna(v) else v
                 for v in r] for r in df.itertuples(index=False)]
        data.append({"name": name, "columns": [str(c) for c in df.columns], "rows": rows})
    return _render(mode="tables", title=title, tables=data)
