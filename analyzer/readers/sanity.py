"""Checks on what a reader found: impossible times, and files with (almost) no speech.

Times: a start or end that is not a number, not a finite number, negative, or more than
:data:`MAX_SECONDS` (48 hours: no interview recording is that long) is no time at all. The
segment keeps its text and loses the time, and the reader adds one warning saying how many values
were dropped. Clock strings with minutes or seconds of 60 or more (``99:99:99.999``) are impossible
too (``75:10.000`` without hours is a long minute count and stays).

Speech: a file without speaker labels whose text holds fewer than :data:`MIN_WORDS` words (a
stray ``x``, ``ok``) is not an interview: :func:`check_speech` refuses it with "no speech found".
A labelled fragment (``Candidate: Thanks.``) is still read: it is what people try the tool with.

Reports: a record (a JSON object, a CSV header) with a ``file`` column and two more of this tool's
report columns (:data:`REPORT_COLUMNS`) is a row of a report written by ``analyze -o``/``batch -o``,
not a transcript: the readers refuse it with :data:`OWN_REPORT`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from analyzer.errors import InputError
from analyzer.readers._common import SENTENCE_CLOSE_RE, to_seconds
from analyzer.transcript import Transcript

#: Longest plausible time offset in a transcript, in seconds.
MAX_SECONDS = 48 * 3600
#: Fewer words than this in a file without speaker labels: refused as "no speech found".
MIN_WORDS = 3

_CLOCK_PARTS = re.compile(r"^\s*(?:(\d+):)?(\d+):(\d+)(?:[.,:]\d+)?\s*$")
_WORD = re.compile(r"[^\W_]{1,}")

#: Columns of this tool's own long and wide reports (analyzer/report.py) that no transcript has.
REPORT_COLUMNS = frozenset({"file", "behaviour", "evidence", "advice", "candidate", "interviewer", "closing_from",
                            "score"})
#: The readers' message for a report of this tool given as a transcript.
OWN_REPORT = "a report written by interview-close, not a transcript (analyse the transcripts, not an earlier report)"

_bad_times: ContextVar[list[object] | None] = ContextVar("_bad_times", default=None)


def report_record(record: object) -> bool:
    """Is ``record`` (a JSON object) a row of a report this tool wrote: a ``file`` key and at least two
    more of :data:`REPORT_COLUMNS`?"""
    if not isinstance(record, dict) or "file" not in record:
        return False
    return len(REPORT_COLUMNS.intersection(record)) >= 3


def sane(seconds: float | None) -> float | None:
    """``seconds`` when it is a possible time offset, else ``None``."""
    if seconds is None or math.isnan(seconds) or not 0 <= seconds <= MAX_SECONDS:
        return None
    return seconds


def clock_ok(text: str) -> bool:
    """False for a clock string no clock shows: ``99:99:99``, ``00:75:00``, ``01:20:60``."""
    m = _CLOCK_PARTS.match(text)
    if not m:
        return True  # not a clock string: the caller's parser decides
    hours, minutes, secs = m.groups()
    return int(secs) < 60 and (hours is None or int(minutes) < 60)


def seconds(value: object, scale: float = 1.0) -> float | None:
    """:func:`~analyzer.readers._common.to_seconds`, refusing impossible values.

    Inside :func:`counting_bad_times`, a value that is present but yields no usable time
    ("abc", NaN, -3, 1e308, "99:99:99") is counted.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    out = to_seconds(value, scale)
    if out is not None and isinstance(value, str) and not clock_ok(value):
        out = None
    out = sane(out)
    if out is None:
        bad = _bad_times.get()
        if bad is not None:
            bad.append(value)
    return out


@contextmanager
def counting_bad_times() -> Iterator[list[object]]:
    """Collect the values :func:`seconds` refused while the block runs."""
    bad: list[object] = []
    token = _bad_times.set(bad)
    try:
        yield bad
    finally:
        _bad_times.reset(token)


def bad_times_warning(count: int) -> str:
    """The one warning line for ``count`` refused time values."""
    return (f"{count} time value(s) were not possible times (not a number, negative, or over "
            f"{MAX_SECONDS // 3600} hours) and were ignored: those lines have no time")


def check_speech(transcript: Transcript, name: str) -> Transcript:
    """Refuse a file with no speaker labels and fewer than :data:`MIN_WORDS` words (a stray
    ``x``): nothing in it is an interview, and a report would look like a real, low score."""
    if not transcript.has_speakers:
        words = sum(len(_WORD.findall(t.text)) for t in transcript.turns)
        if words == 0:
            raise InputError(name, "no speech found: not one word, only symbols or unreadable bytes "
                                   "(a binary or damaged file?); not an interview transcript")
        if words < MIN_WORDS:
            raise InputError(name, f"no speech found: {words} word(s) of text and no speaker labels; "
                                   "not an interview transcript")
    return transcript


def drop_impossible_times(transcript: Transcript) -> Transcript:
    """The safety net for every reader: turn times over 48 hours (``[99:99:99]`` in a text file)
    become no time, with one warning."""
    bad = 0
    turns = []
    for turn in transcript.turns:
        starts = tuple(sane(s) for s in turn.starts)
        end = sane(turn.end)
        dropped = sum(1 for a, b in zip(turn.starts, starts) if a is not None and b is None)
        dropped += turn.end is not None and end is None
        if dropped:
            bad += dropped
            turn = replace(turn, starts=starts, end=end)
        turns.append(turn)
    if bad:
        transcript.turns = turns
        transcript.warnings.append(bad_times_warning(bad))
    return transcript


#: A segment of text without speaker labels longer than this many words (a pasted paragraph, a
#: speech-to-text dump wrapped into a few long lines) is split into sentences, and a sentence still
#: longer (no punctuation) into pieces of :data:`PIECE_WORDS` words: the closing can then start inside
#: it, at the last quarter of the words, instead of taking the whole line.
LONG_SEGMENT_WORDS = 40
PIECE_WORDS = 20
_SENTENCE_END = re.compile(SENTENCE_CLOSE_RE + r"\s+")


def _pieces(text: str) -> list[int]:
    """Offsets in ``text`` (one segment) where its pieces start: 0 and each sentence start, with a
    sentence of more than :data:`LONG_SEGMENT_WORDS` words cut every :data:`PIECE_WORDS` words."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text)]
    out: list[int] = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(text)
        words = [m.start() + a for m in re.finditer(r"\S+", text[a:b])]
        out.append(a)
        if len(words) > LONG_SEGMENT_WORDS:
            out += words[PIECE_WORDS::PIECE_WORDS]
    return out


def split_long_segments(transcript: Transcript) -> Transcript:
    """Text without any speaker label: each segment of more than :data:`LONG_SEGMENT_WORDS` words split
    into sentence-sized pieces (same line, same start time), so that "the last quarter of the words"
    can be found in a one-paragraph paste. Short segments (one utterance a line, caption cues) stay."""
    if any(t.speaker is not None for t in transcript.turns):
        return transcript
    turns = []
    changed = False
    for turn in transcript.turns:
        bounds = list(turn.offsets) + [len(turn.text)]
        offsets, lines, starts = [], [], []
        for k, a in enumerate(turn.offsets):
            seg = turn.text[a : bounds[k + 1]]
            cuts = _pieces(seg) if len(seg.split()) > LONG_SEGMENT_WORDS else [0]
            changed |= len(cuts) > 1
            offsets += [a + c for c in cuts]
            lines += [turn.lines[k]] * len(cuts)
            starts += [turn.starts[k]] * len(cuts)
        turns.append(replace(turn, offsets=tuple(offsets), lines=tuple(lines), starts=tuple(starts)))
    if changed:
        transcript.turns = turns
    return transcript
