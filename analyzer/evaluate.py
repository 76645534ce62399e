"""Gold labels vs predictions: precision, recall, F1 per behaviour, confusion tables, disagreements.

A behaviour is *detected* when its status differs from the default: ``present``/``partial`` for
most behaviours, ``missing`` for ``stay_positive`` (what the rules detect there is discouragement).
A true positive needs the exact status (``partial`` is not ``present``). A transcript that could not be
read or analysed is predicted ``error``: it detects nothing, so it is never a true or a false positive, only a
miss where gold is a detection (for ``stay_positive`` too, whose non-detection is ``present``).
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.errors import LabelError, first_few
from analyzer.rules import BEHAVIOURS
from analyzer.transcript import speaker_key, without_label_colon

STATUSES = ("present", "partial", "missing")
#: The prediction for a labelled transcript that could not be read or analysed: no detection of any behaviour.
ERROR = "error"
#: The behaviours that can be ``partial`` (a deferral without a date); the others are present or missing.
PARTIAL_BEHAVIOURS = ("ask_for_job",)
DEFAULT_STATUS = {b: ("present" if b == "stay_positive" else "missing") for b in BEHAVIOURS}
NAN = float("nan")
METRIC_COLUMNS = ["behaviour", "precision", "recall", "f1", "support", "tp", "fp", "fn"]
CONFUSION_COLUMNS = ["behaviour", "gold", "predicted", "count"]
DISAGREEMENT_COLUMNS = ["file", "behaviour", "gold", "predicted", "rule", "line", "evidence"]
UTTERANCE_DISAGREEMENT_COLUMNS = ["id", "role", "behaviour", "gold", "predicted", "rule", "text", "why"]
ROLE_COLUMNS = ["file", "gold_candidate", "predicted_candidate"]
#: Columns a labels file may carry besides ``file`` and the behaviours (the wide report's own).
EXTRA_LABEL_COLUMNS = {"candidate", "interviewer", "turns", "closing_from", "score", "warnings", "error",
                       "split", "notes", "note", "format"}


def metrics(pairs: dict[str, list[tuple[str, str]]]):
    """Per-behaviour precision/recall/F1 from ``{behaviour: [(gold, predicted), ...]}``.

    A ratio whose denominator is zero is NaN (not available), not 1.0: precision with no
    prediction, recall with no gold positive (support 0). F1 is ``2tp / (2tp + fp + fn)``, so it is 0
    when only one side has anything and NaN when neither has. A prediction ``error`` (the file could not be
    analysed) detects nothing: never a tp or fp, a fn where gold is a detection.
    """
    import pandas as pd

    rows = []
    for b in BEHAVIOURS:
        if not pairs.get(b):
            continue  # not labelled: no score rather than a perfect one
        d = DEFAULT_STATUS[b]
        tp = fp = fn = 0
        for gold, pred in pairs.get(b, []):
            if pred != d and pred == gold:
                tp += 1
            else:
                fp += pred != d and pred != ERROR
                fn += gold != d
        p = tp / (tp + fp) if tp + fp else NAN
        r = tp / (tp + fn) if tp + fn else NAN
        f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else NAN  # = 2PR/(P+R) when both exist, else 0
        rows.append([b, round(p, 4), round(r, 4), round(f, 4), tp + fn, tp, fp, fn])
    return pd.DataFrame(rows, columns=METRIC_COLUMNS)


def confusion(pairs: dict[str, list[tuple[str, str]]]):
    """Long table: behaviour, gold, predicted, count (every combination of the three statuses; with
    predicted ``error`` too when a transcript could not be analysed)."""
    import pandas as pd

    predicted = STATUSES + (ERROR,) if any(p == ERROR for v in pairs.values() for _, p in v) else STATUSES
    rows = []
    for b in BEHAVIOURS:
        if not pairs.get(b):
            continue
        counts = {(g, p): 0 for g in STATUSES for p in predicted}
        for gold, pred in pairs.get(b, []):
            counts[(gold, pred)] += 1
        rows.extend([b, g, p, n] for (g, p), n in counts.items())
    return pd.DataFrame(rows, columns=CONFUSION_COLUMNS)


#: Separators a labels file may use: Excel writes ``;`` where the decimal mark is a comma, and tabs for
#: "Unicode text" (UTF-16); the comma is tried first, so a file that reads with it reads as before.
LABEL_SEPARATORS = (",", ";", "\t")
#: Cells quoted in one error line before "and N more".
MAX_CELLS_SHOWN = 5


def _sep_hint(text: str) -> tuple[str | None, str]:
    """Excel's ``sep=;`` first line, which names the separator (Excel reads it and some exporters write it):
    ``(separator, the text after that line)``, or ``(None, text)`` when there is none."""
    first, newline, rest = text.partition("\n")
    line = first.strip().strip('"')
    if newline and len(line) == 5 and line[:4].lower() == "sep=":
        return line[4], rest
    return None, text


def _header(text: str, hint: str | None = None) -> tuple[str, list[str]]:
    """The separator and the header cells: the one ``hint`` names, else the first separator whose header has a
    ``file`` column."""
    first = text.split("\n", 1)[0]
    fallback: tuple[str, list[str]] | None = None
    for sep in (hint,) if hint else LABEL_SEPARATORS:
        cells = next(csv.reader([first], delimiter=sep), [])
        cells = [c.strip() for c in cells]
        if "file" in (c.lower() for c in cells):
            return sep, cells
        fallback = fallback or (sep, cells)
    return fallback or (",", [])


def _value(text: str) -> str:
    """A cell as shown in an error: short values quoted, anything longer only measured (it could be
    someone's words, and words never appear in error messages)."""
    return repr(text) if len(text) <= 30 else f"a value of {len(text)} characters"


def _cells(problem: str, cells: list[str], advice: str = "") -> str:
    """Many bad cells as one line: the first few, then how many more."""
    return f"{len(cells)} {problem}: {first_few(cells, MAX_CELLS_SHOWN)}{advice}"


#: How a workbook's bytes begin: ``.xlsx``/``.ods`` are ZIP archives, ``.xls`` an OLE2 compound file.
WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
#: How a Parquet file's bytes begin (our own ``-o report.parquet``).
PARQUET_MAGIC = b"PAR1"
#: What to do with one of our own reports in a format labels cannot be read from.
USE_A_WIDE_REPORT = "write the report with batch -o report.csv, .json or .jsonl (wide shape) and give that file"


def _cell(value) -> str:
    """A JSON value as a labels cell: text as it is, null as empty, a number as written, anything else as JSON."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _json_table(text: str, path: Path) -> tuple[str, list[str], list[tuple[int, list[str]]]] | None:
    """Our own wide report written as JSON (one array of records) or JSON Lines (one record a line) read as
    a labels table: ``(unit, header, [(number, cells)])``, where ``unit`` names what ``number`` counts
    ("record" in an array, "line" in JSON Lines). None when the text is not JSON at all (a CSV)."""
    body = text.lstrip()
    if not body.startswith(("[", "{")):
        return None
    try:
        data = json.loads(body)
        records = list(enumerate(data if isinstance(data, list) else [data], 1))
        unit = "record"
    except RecursionError:  # nested thousands deep: no report of ours
        raise LabelError(f"{path}: JSON nested too deeply to be labels; {USE_A_WIDE_REPORT}") from None
    except json.JSONDecodeError as first:
        if not body.startswith("{"):
            raise LabelError(f"{path}: not valid JSON (line {first.lineno}: {first.msg}); labels are a CSV "
                             f"or a wide JSON/JSON Lines report") from None
        records, unit = [], "line"
        for n, line in enumerate(text.split("\n"), 1):
            if line.strip():
                try:
                    records.append((n, json.loads(line)))
                except RecursionError:
                    raise LabelError(f"{path}: JSON nested too deeply to be labels (line {n}); "
                                     f"{USE_A_WIDE_REPORT}") from None
                except json.JSONDecodeError as exc:
                    raise LabelError(f"{path}: not valid JSON Lines (line {n}: {exc.msg}); labels are a CSV "
                                     f"or a wide JSON/JSON Lines report") from None
    if not records:  # "[]": as a header-only CSV
        raise LabelError(f"{path}: no labelled transcripts: nothing to evaluate")
    bad = [n for n, r in records if not isinstance(r, dict)]
    if bad:
        raise LabelError(f"{path}: JSON {unit} {bad[0]} is not an object; labels need one object per transcript "
                         f"with 'file' and a key per behaviour; {USE_A_WIDE_REPORT}")
    # every key, in the order first met; "File" in one record and "file" in another are one column
    records = [(n, {k.strip().lower(): v for k, v in r.items()}) for n, r in records]
    header = list(dict.fromkeys(k for _, r in records for k in r))
    return unit, header, [(n, [_cell(r.get(k)) for k in header]) for n, r in records]


def _misspelt_behaviour(name: str, values: list[str]) -> str | None:
    """Does an unknown column look meant as a behaviour? The behaviour it resembles ("folow_up",
    "Follow up"), or "" when it only holds statuses; None for a column of its own ("Coach", "notes")."""
    close = difflib.get_close_matches(name.strip().lower().replace(" ", "_").replace("-", "_"), BEHAVIOURS,
                                      n=1, cutoff=0.75)
    if close:
        return close[0]
    filled = [v.strip().lower() for v in values if v.strip()]
    return "" if filled and all(v in STATUSES for v in filled) else None


def read_labels(path: str | os.PathLike, root: str | os.PathLike | None = None,
                notes: list[str] | None = None) -> dict[str, dict[str, str]]:
    """Read a gold-label CSV (the wide report's shape) into ``{file: {column: value}}``.

    Our own wide report written as ``.json`` or ``.jsonl`` is read too (one record per transcript, its keys
    the columns); a Parquet file, an HTML page or a workbook is refused in one line saying what it is.

    Read as Excel saves it: ``,``, ``;`` or tab separators, UTF-8 (BOM or not), UTF-16 or Windows-1252,
    header names and statuses in any case, empty trailing columns ignored. Under ``root``, a file name
    without its extension or in another case names the one transcript it can only mean.

    A column that is neither ``file``, a behaviour nor one of the report's own is a team's own
    (``Coach``, ``annotator``): it is ignored, with a line in ``notes``; unless it looks meant as a
    behaviour (a near spelling, or only statuses in it), which is an error.

    Args:
        path: The labels CSV.
        root: When given, every labelled file must exist under it.
        notes: When given, a line is added to it for the columns ignored.

    Raises:
        LabelFileError: no such file (a usage error, like a missing ``--rules`` folder).
        LabelError: unreadable file, missing ``file`` column, unknown column, unknown status,
            duplicate or missing transcript — every problem, each kind on one line.
    """
    from analyzer.errors import InputError, LabelFileError
    from analyzer.readers import missing_reason
    from analyzer.readers.encoding import decode

    path = Path(path)
    try:
        if path.is_dir():
            raise LabelFileError(f"{path}: is a folder, not a labels file")
        if not path.is_file():
            reason = missing_reason(path)
            raise LabelFileError(f"{path}: labels file {reason}" if reason else f"{path}: not a regular file")
        data = path.read_bytes()
        if data.startswith(WORKBOOK_MAGIC):
            raise LabelError(f"{path}: a spreadsheet workbook, not a CSV file; save it as CSV "
                             "(in Excel: File > Save As > CSV UTF-8) and give that file")
        if data.startswith(PARQUET_MAGIC):
            raise LabelError(f"{path}: a Parquet file, not a labels CSV; {USE_A_WIDE_REPORT}")
        text, _ = decode(data, str(path))  # UTF-8 (BOM or not), UTF-16, Windows-1252
        if text.lstrip()[:14].lower().startswith(("<!doctype html", "<html")):
            raise LabelError(f"{path}: an HTML page, not a labels CSV; {USE_A_WIDE_REPORT}")
        table = _json_table(text, path)  # our own wide .json/.jsonl report reads as labels, like the wide CSV
        if table is not None:
            unit, header, rows = table
        else:
            unit = "row"
            hint, text = _sep_hint(text)
            skipped = hint is not None  # row numbers stay those of the file, "sep=" line included
            sep, header = _header(text, hint)
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
            next(reader, None)
            rows = [(reader.line_num + skipped, r) for r in reader if any(c.strip() for c in r)]
    except InputError as exc:
        raise LabelError(f"{path}: {exc.problem}") from None
    except csv.Error as exc:  # e.g. "field larger than field limit": says nothing of the content
        raise LabelError(f"{path}: not a valid CSV file ({exc})") from None
    except OSError as exc:
        raise LabelError(f"{path}: cannot read labels ({exc.strerror or exc.__class__.__name__})") from None
    known = set(BEHAVIOURS) | EXTRA_LABEL_COLUMNS | {"file"}
    columns = [c.lower() if c.lower() in known else c for c in header]
    if "file" not in columns:
        # the header is shown only as far as it holds known column names: a transcript or a letter
        # given by mistake must not be quoted
        named = [c for c in columns if c in known]
        if unit != "row":  # JSON: the keys of its records, not a first line
            listed = f"; known keys found: {', '.join(named)}" if named else ""
            raise LabelError(f"{path}: JSON without a 'file' key ({len(columns)} key(s){listed}); labels need one "
                             f"object per transcript with 'file' and a key per behaviour; {USE_A_WIDE_REPORT}")
        listed = f"; known columns found: {', '.join(named)}" if named else "; is this a labels CSV?"
        raise LabelError(f"{path}: no 'file' column in the first line ({len(columns)} column(s){listed})")
    lowered = {c.lower() for c in columns}
    if {"behaviour", "behavior"} & lowered and "status" in lowered and not lowered & set(BEHAVIOURS):
        # a long-shape report (batch --shape long, analyze -o) or a long layout "file, behaviour, status":
        # every row would be a transcript "labelled twice"; one line says what the file is instead
        raise LabelError(f"{path}: one row per behaviour (a long-shape report?); labels need one row per "
                         "transcript with a column per behaviour (batch --shape wide writes that layout)")
    problems = []
    # Excel keeps a column it once had as an empty one ("a;b;;"): nameless and empty, it is nothing
    blank = [i for i, c in enumerate(columns) if not c]
    filled_blank = [i for i in blank if any(i < len(r) and r[i].strip() for _, r in rows)]
    if filled_blank:
        problems.append(f"column(s) {', '.join(str(i + 1) for i in filled_blank)} hold values but have no name")
    unknown, ignored = [], []
    for i, c in enumerate(columns):
        if c and c not in known:
            meant = _misspelt_behaviour(c, [r[i] for _, r in rows if i < len(r)])
            if meant is None:
                ignored.append(c)
            else:
                unknown.append(_value(c) + (f" (did you mean '{meant}'?)" if meant else " (it holds statuses)"))
    if unknown:
        problems.append(f"unknown behaviour column(s) {', '.join(unknown)} "
                        f"(behaviours are: {', '.join(BEHAVIOURS)})")
    if ignored and notes is not None:
        notes.append(f"{path.name}: ignored column(s) {', '.join(_value(c) for c in ignored)}: not a behaviour")
    named = [c for c in columns if c in known]
    if len(set(named)) < len(named):
        twice = sorted({c for c in named if columns.count(c) > 1})
        problems.append(f"column(s) {', '.join(twice)} appear more than once")
    if not any(c in BEHAVIOURS for c in columns) and not unknown:  # a misspelt one is reported above
        problems.append("no behaviour columns")
    names = _Names(root)
    out: dict[str, dict[str, str]] = {}
    spelled: dict[str, str] = {}
    bad_status: list[str] = []
    bad_partial: list[str] = []
    for n, cells in rows:
        row = {c: (cells[i].strip() if i < len(cells) else "") for i, c in enumerate(columns) if c}
        raw = row.get("file", "")
        if unit == "row":  # a CSV: our own report's guard "'" off the cells compared (see _unguard)
            for c in GUARDED_COLUMNS & row.keys():
                row[c] = _unguard(row[c])
        given = row.get("file", "")
        if not given:
            problems.append(f"{unit} {n}: empty file name")
            continue
        name, problem = names.resolve(given)
        if problem and raw != given and not names.resolve(raw)[1]:  # a file really named "'=x.txt"
            given = row["file"] = raw
            name, problem = names.resolve(raw)
        if problem:
            problems.append(f"{unit} {n}: {problem}")
        if name in out:
            first = spelled[name]
            also = f" (also as '{first}')" if first != given else ""
            problems.append(f"{unit} {n}: '{given}' is labelled twice{also}")
        spelled.setdefault(name, given)
        for b in BEHAVIOURS:
            if b in row:
                row[b] = row[b].lower()
                if row[b] not in STATUSES:
                    bad_status.append(f"{unit} {n} {b} {_value(row[b])}")
                elif row[b] == "partial" and b not in PARTIAL_BEHAVIOURS:
                    bad_partial.append(f"{unit} {n} {b}")
        out[name] = row
    if bad_status:
        problems.append(_cells("cell(s) with an unknown status", bad_status, " (use present, partial or missing)"))
    if bad_partial:
        problems.append(_cells("cell(s) 'partial' for a behaviour that is only present or missing", bad_partial,
                               f" (only {', '.join(PARTIAL_BEHAVIOURS)} can be partial; use present or missing)"))
    if problems:  # every problem on its own line, each naming the file
        lines = [f"{path}: {p}" for p in problems]
        error = LabelError("\n".join(lines))
        error.problems = lines
        raise error
    return out


#: The labels columns whose CSV cells may carry the guard our own writers add (the others are statuses,
#: numbers or not read).
GUARDED_COLUMNS = frozenset({"file", "candidate"})


def _unguard(cell: str) -> str:
    """A CSV cell without the apostrophe our CSV writer puts before a cell that would start a spreadsheet
    formula (``'=sum.txt``, ``'+44 20 7946 0321``, ``'-x.txt``): the round trip ``batch -o report.csv`` then
    ``evaluate --labels report.csv`` reads the file names and labels as they are. A cell whose rest would not
    start a formula (``'Tis.txt``) was not guarded and is kept."""
    from analyzer.writers import _FORMULA_START

    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


def _nfc(name: str) -> str:
    """``name`` in one Unicode normalisation (NFC): ``é`` typed (one character, as Excel saves it) and ``é``
    as macOS writes file names (``e`` and a combining accent) are one name."""
    import unicodedata

    return name if name.isascii() else unicodedata.normalize("NFC", name)


class _Names:
    """The transcript each label names under ``root``: as written, else without its extension, in
    another case or in another Unicode normalisation (NFC/NFD) when exactly one file fits (``Interview 3``
    for ``interview 3.txt``)."""

    def __init__(self, root: str | os.PathLike | None):
        self.root = Path(root) if root is not None else None
        self._index: dict[str, list[str]] | None = None

    def _files(self) -> dict[str, list[str]]:
        if self._index is None:
            self._index = {}
            assert self.root is not None
            for dirpath, _, files in os.walk(self.root):
                for f in files:
                    rel = Path(os.path.relpath(os.path.join(dirpath, f), self.root)).as_posix()
                    for key in {rel.lower(), posixpath.splitext(rel)[0].lower()}:
                        self._index.setdefault(_nfc(key), []).append(rel)
        return self._index

    def resolve(self, given: str) -> tuple[str, str]:
        """``(name, problem)``: the file's name under ``root`` and, when it fits no file, why."""
        name = label_name(given, self.root)
        if self.root is not None and (os.path.isabs(name) or name == ".." or name.startswith("../")):
            # label_name keeps a name relative when it leads under root: this one leads elsewhere
            return name, f"'{given}' is outside {self.root}; label only transcripts under the folder evaluated"
        if self.root is None or (self.root / name).is_file():
            return name, ""
        fits = sorted(set(self._files().get(_nfc(name.lower()), [])))
        if len(fits) == 1:
            return fits[0], ""
        if len(fits) > 1:
            return name, f"'{given}' could be any of {', '.join(fits)}; write the file name in full"
        return name, f"transcript '{given}' not found under {self.root}"


def label_name(name: str, root: str | os.PathLike | None = None) -> str:
    """The file a label names, spelled one way: ``./a.txt``, ``sub//a.txt`` and (under ``root``) an
    absolute path or ``../root/a.txt`` all become the relative ``/``-separated name; a Windows ``sub\\a.txt`` becomes
    ``sub/a.txt`` unless a file really has that backslash in its name."""
    if "\\" in name and not (root is not None and (Path(root) / name).is_file()):
        name = name.replace("\\", "/")
    if root is not None:  # read lexically: a link keeps the name it is labelled by
        base = os.path.abspath(root)
        full = os.path.normpath(os.path.join(base, name))
        if full != base and os.path.commonpath([base, full]) == base:
            return Path(os.path.relpath(full, base)).as_posix()
    return posixpath.normpath(name)


def same_candidate(gold: str, predicted: str | None) -> bool:
    """Does the labels' ``candidate`` cell name the candidate detected? Compared as ``--candidate`` names a
    label: case, dots, spacing and the label's closing colon do not matter (``priyanka raman:`` is
    ``Priyanka Raman``, ``mr carvajal`` is ``Mr. Carvajal``); an empty cell agrees only with no candidate.
    Part of a label is not enough here: with one name to compare, "A" would agree with "Candidate"."""
    if not gold or predicted is None:
        return not gold and predicted is None
    return speaker_key(without_label_colon(gold)) == speaker_key(predicted)


@dataclass
class Evaluation:
    """The outcome of comparing predictions with gold labels."""

    metrics: object  # pandas.DataFrame
    confusion: object  # pandas.DataFrame
    disagreements: object  # pandas.DataFrame
    roles: object  # pandas.DataFrame: file, gold candidate, predicted candidate (mismatches only)
    failed: list[str] = field(default_factory=list)  # "path: problem" for each transcript that could not be analysed
    notes: list[str] = field(default_factory=list)  # what was read but not used (a team's own columns)


def evaluate_folder(folder, labels_path, analyzer, *, split: str | None = None, progress=None) -> Evaluation:
    """Analyse every labelled transcript under ``folder`` and compare with ``labels_path``."""
    import pandas as pd

    try:
        is_folder, exists = Path(folder).is_dir(), Path(folder).exists()
    except OSError as exc:  # a name too long for the file system, a folder on the way that cannot be searched
        raise LabelError(f"{folder}: cannot read the folder ({exc.strerror or type(exc).__name__})") from None
    if not is_folder:
        raise LabelError(f"{folder}: folder not found" if not exists else f"{folder}: not a folder")
    notes: list[str] = []
    labels = read_labels(labels_path, folder, notes)
    if split:
        if labels and not any("split" in v for v in labels.values()):
            raise LabelError(f"{labels_path}: no 'split' column, so --split '{split}' chooses nothing; "
                             "add one or leave out --split")
        splits = sorted({v.get("split", "") for v in labels.values()} - {""}, key=str.lower)
        # as Excel users type it: "Test", "TEST " and "test" are one split
        labels = {k: v for k, v in labels.items() if v.get("split", "").strip().lower() == split.strip().lower()}
        if not labels:
            raise LabelError(f"{labels_path}: no labelled transcripts with split '{split}' "
                             f"(splits found: {', '.join(splits) or 'none, every cell is empty'})")
    if not labels:
        raise LabelError(f"{labels_path}: no labelled transcripts: nothing to evaluate")
    pairs: dict[str, list[tuple[str, str]]] = {b: [] for b in BEHAVIOURS}
    dis, roles, failed = [], [], []
    for name, gold in labels.items():
        result = analyzer.analyze(Path(folder) / name, catch=True)
        if progress:
            progress(name)
        if result.error:
            failed.append(result.error)
        pred = {f.behaviour: f for f in result.findings}
        if "candidate" in gold and result.error is None and not same_candidate(gold["candidate"], result.candidate):
            roles.append([name, gold["candidate"], result.candidate or ""])
        for b in BEHAVIOURS:
            if b not in gold:
                continue
            f = pred.get(b)
            p = f.status if f else ERROR  # a failed file: no detection, not "missing" (a stay_positive detection)
            pairs[b].append((gold[b], p))
            if p != gold[b]:
                evidence = f.evidence if f else ""
                if f and not evidence:
                    near = [h for h in f.hits if h.kind != "exclude"]
                    evidence = "; ".join(f"[{h.rule}: {h.cancelled_by or h.failed_requirement}] {h.evidence}"
                                         for h in near[:3])
                dis.append([name, b, gold[b], p, f.rule if f else "", f.line if f else None,
                            evidence or (result.error or "")])
    return Evaluation(
        metrics(pairs),
        confusion(pairs),
        # "line" is a whole number, empty where there is none (a float column would print 42.0)
        pd.DataFrame(dis, columns=DISAGREEMENT_COLUMNS)
        .astype({"line": "Int64"}),
        pd.DataFrame(roles, columns=ROLE_COLUMNS),
        failed,
        notes,
    )


def evaluate_utterances(csv_path, analyzer, *, split: str | None = None) -> Evaluation:
    """Score single utterances (``tests/data/utterances*.csv``) as two-turn mini transcripts."""
    import pandas as pd

    from analyzer.transcript import Segment, Transcript, merge_segments

    df = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    if split:
        df = df[df["split"] == split]
    pairs: dict[str, list[tuple[str, str]]] = {b: [] for b in BEHAVIOURS}
    dis = []
    for row in df.itertuples(index=False):
        context = row.context or "Do you have any questions for me?"
        if row.role == "candidate":
            segs = [Segment("Interviewer", context, 1), Segment("Candidate", row.text, 2)]
        else:
            segs = [Segment("Interviewer", context, 1), Segment("Candidate", "Okay.", 2),
                    Segment("Interviewer", row.text, 3), Segment("Candidate", "Right.", 4)]
        transcript = Transcript(f"utterance {row.id}", "utterance", merge_segments(segs))
        result = analyzer.analyze_transcript(transcript)
        expect = dict(DEFAULT_STATUS)
        for item in filter(None, (row.expect or "").split(";")):
            b, _, s = item.partition("=")
            expect[b.strip()] = s.strip()
        for f in result.findings:
            pairs[f.behaviour].append((expect[f.behaviour], f.status))
            if f.status != expect[f.behaviour]:
                why = f.evidence or "; ".join(
                    f"[{h.rule}: {h.cancelled_by or h.failed_requirement}]" for h in f.hits if h.kind != "exclude")
                dis.append([row.id, row.role, f.behaviour, expect[f.behaviour], f.status, f.rule, row.text, why])
    return Evaluation(
        metrics(pairs),
        confusion(pairs),
        pd.DataFrame(dis, columns=UTTERANCE_DISAGREEMENT_COLUMNS),
        pd.DataFrame(columns=ROLE_COLUMNS),
    )
