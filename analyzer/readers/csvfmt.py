"""CSV (and TSV) transcript exports: a header row naming a text column and usually a speaker column.

Accepted header names (case and spacing ignored): speaker ``speaker``/``name``/``participant``/
``speaker name``/``speaker label``/``who``; text ``text``/``transcript``/``utterance``/``content``/
``sentence``/``message``; start ``start``/``start_time``/``start time``/``timestamp``/``time``/
``begin``; end ``end``/``end_time``/``end time``/``stop``. Times may be seconds or clock strings.
Each data row is one segment whose ``line`` is its row number in the file (header = 1).
Without a speaker column (Whisper's ``start<TAB>end<TAB>text`` .tsv) the rows are read as a
transcript without speakers. Whole-number times are milliseconds when the median segment (or gap
between starts) would otherwise last 100 s or more, as in Whisper's .tsv; otherwise seconds.

A report written by this tool (``file, behaviour, …`` or ``file, candidate, interviewer, …``)
is refused with a message saying so, and so is a CSV without a text column.
"""

from __future__ import annotations

import csv
import io
import re

from analyzer.errors import InputError
from analyzer.readers._common import build, speaker_str
from analyzer.readers.sanity import bad_times_warning, counting_bad_times, seconds
from analyzer.transcript import Segment, Transcript

_SPEAKER = ("speaker", "name", "participant", "speaker name", "speaker label", "speakername", "who", "spk")
_TEXT = ("text", "transcript", "utterance", "content", "sentence", "message", "words")
_START = ("start", "start time", "starttime", "start sec", "start seconds", "timestamp", "time", "begin", "from")
_END = ("end", "end time", "endtime", "end sec", "end seconds", "stop", "to")
# Columns of this tool's own reports (analyzer/report.py): long, meta and wide tables.
_REPORT = {"file", "behaviour", "evidence", "advice", "candidate", "interviewer", "closing_from", "score"}

_NORM = re.compile(r"[\s_-]+")


def _norm(cell: str) -> str:
    return _NORM.sub(" ", cell.strip().strip("\ufeff").strip().lower())


def _col(header: list[str], names: tuple[str, ...]) -> int | None:
    for n in names:
        if n in header:
            return header.index(n)
    return None


def _dialect(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", "\t", ";")}
    return max(counts, key=counts.get)  # type: ignore[arg-type]


def header_columns(text: str, *, need_speaker: bool = True) -> tuple[int | None, int, int | None, int | None] | None:
    """(speaker, text, start, end) column indexes when the first row is a transcript header.

    With ``need_speaker=False`` a header naming a text column and no speaker column also counts
    (speaker index ``None``).
    """
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    row = next(csv.reader([first], delimiter=_dialect(first)), [])
    header = [_norm(c) for c in row]
    if len(header) < 2:
        return None
    spk, txt = _col(header, _SPEAKER), _col(header, _TEXT)
    if txt is None or spk == txt or (spk is None and need_speaker):
        return None
    return spk, txt, _col(header, _START), _col(header, _END)


def timed_header(text: str) -> bool:
    """Is the first row a header with a text column and a speaker or a start-time column?"""
    cols = header_columns(text, need_speaker=False)
    return cols is not None and (cols[0] is not None or cols[2] is not None)


def _time_scale(rows: list[list[str]], start: int | None, end: int | None) -> float:
    """0.001 when whole-number times are milliseconds (Whisper .tsv), else 1."""
    if start is None:
        return 1.0
    try:
        starts = [int(r[start]) for r in rows if start < len(r)]
        ends = [int(r[end]) for r in rows if end is not None and end < len(r)]
    except ValueError:
        return 1.0  # fractions or clock strings: seconds
    if ends and len(ends) == len(starts):
        spans = [b - a for a, b in zip(starts, ends)]
    else:
        spans = [b - a for a, b in zip(starts, starts[1:])]
    spans.sort()
    return 0.001 if spans and spans[len(spans) // 2] >= 100 else 1.0


def is_report(text: str) -> bool:
    """Does this CSV start with the header of a report written by this tool?"""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    header = {_norm(c).replace(" ", "_") for c in next(csv.reader([first], delimiter=_dialect(first)), [])}
    return "file" in header and len(_REPORT & header) >= 3


def parse_csv(text: str, name: str) -> Transcript:
    """Parse a decoded CSV transcript export."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if is_report(text):
        raise InputError(name, "a report written by interview-close, not a transcript (analyse the transcripts, "
                               "not an earlier report)")
    cols = header_columns(text, need_speaker=False)
    if cols is None:
        raise InputError(name, "CSV without a transcript header: the first row must name a text column (text, "
                               "transcript, utterance or content) and, if known, a speaker column (speaker, name "
                               "or participant)", line=1)
    spk, txt, start, end = cols
    rows: list[tuple[int, list[str]]] = []
    try:
        reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=_dialect(first))
        next(reader, None)
        line = reader.line_num + 1
        for row in reader:
            line, row_line = reader.line_num + 1, line  # a quoted field may span lines: the row starts here
            if len(row) > max(spk if spk is not None else -1, txt):
                rows.append((row_line, row))
    except csv.Error as e:
        raise InputError(name, f"malformed CSV ({e})", line=reader.line_num) from None
    _check_quotes(text, name, rows[-1][0] if rows else 2)
    scale = _time_scale([r for _, r in rows], start, end)
    segments: list[Segment] = []
    with counting_bad_times() as bad:
        for row_line, row in rows:
            t0 = seconds(row[start], scale) if start is not None and start < len(row) else None
            t1 = seconds(row[end], scale) if end is not None and end < len(row) else None
            who = speaker_str(row[spk]) if spk is not None else None
            segments.append(Segment(who, " ".join(row[txt].split()), row_line, t0, t1))
    return build(name, "csv", segments, [bad_times_warning(len(bad))] if bad else [])


def _check_quotes(text: str, name: str, last_row: int) -> None:
    """Refuse a file whose last quoted field never closes: the lenient reader would take the rest
    of the file as one cell and lose every row after the stray quote."""
    try:
        for _ in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=_dialect(text), strict=True):
            pass
    except csv.Error as e:
        if "unexpected end of data" in str(e):
            raise InputError(name, "malformed CSV: a quoted field opened here is never closed (a stray \" "
                                   "quote?); every line after it would be read as one cell", line=last_row) from None
