"""CSV (and TSV) transcript exports: a header row naming a speaker column and a text column.

Accepted header names (case and spacing ignored): speaker ``speaker``/``name``/``participant``/
``speaker name``/``speaker label``/``who``; text ``text``/``transcript``/``utterance``/``content``/
``sentence``/``message``; start ``start``/``start_time``/``start time``/``timestamp``/``time``/
``begin``; end ``end``/``end_time``/``end time``/``stop``. Times may be seconds or clock strings.
Each data row is one segment whose ``line`` is its row number in the file (header = 1).

A report written by this tool (``file, behaviour, …`` or ``file, candidate, interviewer, …``)
is refused with a message saying so, and so is a CSV without such a header.
"""

from __future__ import annotations

import csv
import io
import re

from analyzer.errors import InputError
from analyzer.readers._common import build, speaker_str, to_seconds
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


def header_columns(text: str) -> tuple[int, int, int | None, int | None] | None:
    """(speaker, text, start, end) column indexes when the first row is a transcript header."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    row = next(csv.reader([first], delimiter=_dialect(first)), [])
    header = [_norm(c) for c in row]
    if len(header) < 2:
        return None
    spk, txt = _col(header, _SPEAKER), _col(header, _TEXT)
    if spk is None or txt is None or spk == txt:
        return None
    return spk, txt, _col(header, _START), _col(header, _END)


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
    cols = header_columns(text)
    if cols is None:
        raise InputError(name, "CSV without a transcript header: the first row must name a speaker column "
                               "(speaker, name or participant) and a text column (text, transcript, utterance "
                               "or content)", line=1)
    spk, txt, start, end = cols
    segments: list[Segment] = []
    try:
        reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=_dialect(first))
        next(reader, None)
        line = reader.line_num + 1
        for row in reader:
            line, row_line = reader.line_num + 1, line  # a quoted field may span lines: the row starts here
            if len(row) <= max(spk, txt):
                continue
            t0 = to_seconds(row[start]) if start is not None and start < len(row) else None
            t1 = to_seconds(row[end]) if end is not None and end < len(row) else None
            segments.append(Segment(speaker_str(row[spk]), " ".join(row[txt].split()), row_line, t0, t1))
    except csv.Error as e:
        raise InputError(name, f"malformed CSV ({e})", line=reader.line_num) from None
    return build(name, "csv", segments)
