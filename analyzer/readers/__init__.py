"""Transcript readers: bytes or a path in, :class:`~analyzer.transcript.Transcript` out.

The reader is chosen from the *content* first and the extension second: a Word document is
recognised by its zip signature, JSON by parsing, WebVTT by its header or timing lines, SRT by
numbered timing blocks, YouTube SubViewer by ``H:MM:SS.mmm,H:MM:SS.mmm`` timing lines, CSV/TSV by its extension or a ``speaker,…,text`` header row; everything else is plain text (whose layout — Otter, Zoom captions,
Markdown, Q/A… — is detected line by line). A ``.txt`` holding WebVTT is read as WebVTT.

Every failure is an :class:`~analyzer.errors.InputError` naming the file (and line when known)
and never quoting transcript text. See ``docs/FORMATS.md`` for every supported layout.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from analyzer.errors import InputError
from analyzer.readers._common import MAX_SPEECH_CHARS
from analyzer.readers.ass import ASS_SECTION
from analyzer.readers.encoding import MIXED_UTF8_CP1252, decode, normalise_line_breaks
from analyzer.readers.sanity import OWN_REPORT, check_speech, drop_impossible_times, report_record, split_long_segments
from analyzer.transcript import Transcript

__all__ = ["BATCH_EXTENSIONS", "SUPPORTED_EXTENSIONS", "is_own_report_file", "is_transcript_file", "parse_bytes", "read_transcript",
           "sniff"]

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(
    {".txt", ".vtt", ".srt", ".sbv", ".ass", ".ssa", ".json", ".md", ".markdown", ".docx", ".csv", ".tsv"}
)
#: What a folder walk (``batch``) takes without ``--glob``: the readers' extensions and JSON Lines
#: (``.jsonl``, read as generic JSON; our own ``.jsonl`` tables are recognised by content and left out).
BATCH_EXTENSIONS: frozenset[str] = SUPPORTED_EXTENSIONS | {".jsonl"}

#: Largest file read. A one-hour interview is well under 1 MB even as word-level speech-to-text JSON.
MAX_BYTES = 64 * 1024 * 1024

_TIMING = re.compile(
    r"^\s*(?:\d+:)?\d{1,3}:\d{1,2}(?:[.,]\d{1,3})?\s*-->\s*(?:\d+:)?\d{1,3}:\d{1,2}(?:[.,]\d{1,3})?",
    re.M,
)
# YouTube SubViewer (.sbv) timing line: "0:00:03.345,0:00:07.267".
_SBV_TIMING = re.compile(r"^\s*\d+:\d{2}:\d{2}\.\d{3},\d+:\d{2}:\d{2}\.\d{3}\s*$", re.M)
_FLOAT_TIMING = re.compile(r"^\s*\d+(?:\.\d+)?\s*-->\s*\d+(?:\.\d+)?\s*$", re.M)
_SRT_BLOCK = re.compile(r"^\s*\d+\s*\n\s*(?:\d+:)?\d{1,3}:\d{1,2}(?:[.,]\d{1,3})?\s*-->", re.M)
# Text that can only be JSON: "{", or "[" opening an object, list or string (not "[00:01]" or "[Name]").
_JSON_START = re.compile(r'\s*(?:\{|\[\s*[\[{"\]])')
_TEAMS_TEXT_BLOCK = re.compile(
    r"^\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?\s*-->\s*\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?\s*\n"
    r"[^\n:]{1,40}\n(?!\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?\s*-->)[^\n]",
    re.M,
)


def _ext(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def sniff(text: str, ext: str) -> str:
    """Decide the reader: ``"json"``, ``"webvtt"``, ``"srt"``, ``"sbv"``, ``"ass"``, ``"csv"`` or ``"text"``."""
    head = text.lstrip()[:1]
    if ext == ".json":
        return "json"
    if ext in (".csv", ".tsv"):
        return "csv"
    if ext in (".ass", ".ssa") or (head == "[" and ASS_SECTION.search(text[:20000])):
        return "ass"  # "[Script Info]" / "[Events]": Aegisub's subtitles
    if head and head in "{[":
        # "[" may also start "[00:01] Name: text" or "[Name] 10:01:02": JSON only if it parses
        return "json?"
    if text.lstrip().startswith("WEBVTT"):
        return "webvtt"
    sample = text[:20000]
    if ext == ".sbv" or (_SBV_TIMING.match(text.lstrip("\ufeff\n")) and len(_SBV_TIMING.findall(sample)) >= 2):
        return "sbv"
    if "-->" in sample:
        timings = len(_TIMING.findall(sample))
        floats = len(_FLOAT_TIMING.findall(sample))
        if timings + floats:
            if timings and len(_TEAMS_TEXT_BLOCK.findall(sample)) >= max(1, int(timings * 0.6)) \
                    and not _SRT_BLOCK.search(sample):
                return "text"  # Teams .docx copied to text: timing line, name line, text line
            if ext == ".vtt":
                return "webvtt"
            if ext == ".srt" or _SRT_BLOCK.search(sample) or floats:
                return "srt"
            return "webvtt"
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if ("," in first or "\t" in first or ";" in first) and len(first) < 300:
        from analyzer.readers.csvfmt import header_columns, timed_header

        if header_columns(text) is not None or ("\t" in first and timed_header(text)):
            return "csv"  # "speaker,start,end,text" or Whisper's "start<TAB>end<TAB>text" saved as .txt
    return "text"


# Files people pick up by mistake instead of the transcript: what they are, and what to do instead.
_EXPORT = "export the transcript as text, .vtt, .srt or .docx"
_NOT_TRANSCRIPTS = [
    (re.compile(rb"%PDF-"), f"a PDF document, not a transcript: {_EXPORT}"),
    (re.compile(rb"\{\\rtf"), "an RTF document: save it as .docx or plain text"),
    (re.compile(rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "an old Office file (.doc): save it as .docx or plain text"),
    (re.compile(rb"ID3|\xff[\xf2\xf3\xfb]|RIFF....WAVE|OggS|fLaC|.{4}ftyp|\x1a\x45\xdf\xa3|\x30\x26\xb2\x75", re.S),
     "an audio or video recording, not a transcript: transcribe it first (Zoom, Teams, Otter or a speech-to-text engine)"),
    (re.compile(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype html|html)", re.I), f"a web page (HTML), not a transcript: {_EXPORT}"),
]

#: An HTML comment or a structural HTML tag (``<p>``, ``</div>``, ``<br/>``, ``<meta …>``). Inline
#: caption markup (``<i>``, ``<b>``, ``<font>``, WebVTT's ``<v Name>``) is not counted.
_HTML_TAG = re.compile(
    r"<(?:!--|/?(?:p|div|br|span|meta|head|body|title|style|script|link|section|article|header|footer|main|nav"
    r"|ul|ol|li|dl|dt|dd|h[1-6]|table|thead|tbody|tr|td|th|blockquote|pre|hr|img|a|center)(?=[\s/>]))", re.I)


def _html_fragment(text: str) -> bool:
    """Is this text mostly HTML markup (lines wrapped in ``<p>…</p>`` or ``<div>``, ``<br>`` line ends,
    a comment or ``<meta>`` on top: a page or a CMS fragment without ``<html>``)? Read as text, its
    tags would hide the speaker labels and end up in the evidence. Only the first 20,000 characters
    are looked at, and only when they hold a ``<``."""
    sample = text[:20000]
    if "<" not in sample:
        return False
    lines = [line for line in sample.split("\n") if line.strip()]
    tagged = sum(1 for line in lines if _HTML_TAG.search(line))
    return tagged * 2 >= len(lines) and len(_HTML_TAG.findall(sample)) >= 3


#: How much of a file's start shows that it is one of this tool's reports (see :func:`own_report_head`).
_REPORT_HEAD_BYTES = 16 * 1024
#: The mark ``analyzer/templates/report.html`` puts in the head of every page it renders.
_OWN_HTML = b'<meta name="generator" content="interview-close">'
_HTML_START = re.compile(rb"\s*<(?:!doctype html|html)", re.I)
#: A JSON report's first record (``[{"file": …`` as ``.json``, ``{"file": …`` as ``.jsonl``).
_JSON_REPORT_START = re.compile(rb'\s*(?:\[\s*)?(\{)\s*"file"\s*:')


def own_report_head(head: bytes) -> bool:
    """Do these first bytes of a file show a report this tool wrote: a page with the HTML report's
    generator mark, or JSON / JSON Lines whose first record has the report's columns (a ``file`` key
    and two more of them)? A first record cut off by the end of ``head`` is not evidence."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return _OWN_HTML in head
    m = _JSON_REPORT_START.match(head)
    if not m:
        return False
    import json

    try:
        record, _ = json.JSONDecoder().raw_decode(head.decode("utf-8", errors="replace"), m.start(1))
    except ValueError:  # cut off, or not JSON after all
        return False
    return report_record(record)


def is_own_report_file(path: str | os.PathLike) -> bool:
    """:func:`own_report_head` on the file's first bytes (False when it cannot be read: the reader says why)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
            start = head.removeprefix(b"\xef\xbb\xbf")
            if not (_HTML_START.match(start) or _JSON_REPORT_START.match(start)):
                return False  # a transcript: 64 bytes told
            return own_report_head(head + fh.read(_REPORT_HEAD_BYTES - len(head)))
    except OSError:
        return False


def _parse(data: bytes, name: str) -> Transcript:
    ext = _ext(name)
    head = data[:64]
    for magic, what in _NOT_TRANSCRIPTS:
        if magic.match(head):
            if what.startswith("a web page") and _OWN_HTML in data[:_REPORT_HEAD_BYTES]:
                raise InputError(name, OWN_REPORT)
            raise InputError(name, what)
    if data[:4] == b"PK\x03\x04" or ext == ".docx":
        from analyzer.readers.word import parse_docx

        return parse_docx(data, name)
    text, encoding = decode(data, name)
    t = _parse_text(text, name, ext)
    if encoding == MIXED_UTF8_CP1252:
        t.warnings.insert(0, "mixed text encodings: read the lines that are not UTF-8 as Windows-1252")
    return t


#: Text and subtitle files longer than this many characters are refused before they are parsed: even
#: with two thirds of it labels, timings and markup, the speech would pass MAX_SPEECH_CHARS (reading
#: such a file to find that out costs seconds and hundreds of MB). JSON and CSV, whose markup can
#: outweigh the words many times over, are measured after parsing.
_MAX_TEXT_CHARS = 3 * MAX_SPEECH_CHARS


def _refuse_runaway(text: str, name: str, kind: str) -> None:
    if len(text) > _MAX_TEXT_CHARS and kind not in ("json", "json?", "csv"):
        raise InputError(name, f"transcript too long: {len(text):,} characters of text "
                               f"(limit {MAX_SPEECH_CHARS:,} characters of speech)")


def _parse_text(text: str, name: str, ext: str) -> Transcript:
    kind = sniff(text, ext)
    if kind not in ("json", "json?", "csv"):
        lines = normalise_line_breaks(text)  # "\x0b", U+2028…: line breaks in line-based text
        if lines is not text:
            text, kind = lines, sniff(lines, ext)
    _refuse_runaway(text, name, kind)
    if kind in ("json", "json?"):
        from analyzer.readers.jsonfmt import parse_json_obj, parse_json_text

        if kind == "json":
            return parse_json_text(text, name)
        import json

        if _JSON_START.match(text):
            return parse_json_text(text, name)  # only JSON starts like this: report its syntax error
        try:
            obj = json.loads(text)
        except (ValueError, RecursionError):
            text, kind = normalise_line_breaks(text), "text"
            _refuse_runaway(text, name, kind)
        else:
            return parse_json_obj(obj, name, source=text)
    if kind == "csv":
        from analyzer.readers.csvfmt import parse_csv

        return parse_csv(text, name)
    if kind == "webvtt":
        from analyzer.readers.vtt import parse_webvtt

        return parse_webvtt(text, name)
    if kind == "srt":
        from analyzer.readers.srt import parse_srt

        return parse_srt(text, name)
    if kind == "sbv":
        from analyzer.readers.srt import parse_sbv

        return parse_sbv(text, name)
    if kind == "ass":
        from analyzer.readers.ass import parse_ass

        return parse_ass(text, name)
    if _html_fragment(text):
        raise InputError(name, "a web page (HTML tags on most lines), not a plain transcript: open it in a "
                               f"browser and copy its text, or {_EXPORT}")
    from analyzer.readers.summary import parse_after_summary

    return parse_after_summary(text, name, fmt_hint="markdown" if ext in (".md", ".markdown") else None)


def parse_bytes(data: bytes, name: str) -> Transcript:
    """Parse transcript bytes.

    Args:
        data: The file content.
        name: File name or path: used in messages, as ``Transcript.path`` and as an extension hint.

    Returns:
        The parsed transcript.

    Raises:
        InputError: the content is empty, binary, undecodable, malformed or of an unknown shape.
    """
    name = str(name)
    try:
        return split_long_segments(drop_impossible_times(_parse(data, name)))
    except InputError:
        raise
    except RecursionError:
        raise InputError(name, "input nested too deeply to read") from None
    except MemoryError:
        raise InputError(name, "file too large to read") from None
    except Exception as e:  # noqa: BLE001 - a reader bug must still surface as one clear, content-free line
        raise InputError(name, f"cannot parse the transcript (internal {type(e).__name__})") from None


def is_transcript_file(path: str | os.PathLike) -> bool:
    """Should a folder scan pick this file up? A transcript extension, and for ``.csv``/``.tsv`` a
    header naming a text column and a speaker or start-time column: gold-label files and this
    tool's own reports are skipped (a ``.json`` report by its first record: :func:`is_own_report_file`)."""
    ext = _ext(str(path))
    if ext not in SUPPORTED_EXTENSIONS:
        return False
    if ext == ".json":
        return not is_own_report_file(path)
    if ext not in (".csv", ".tsv"):
        return True
    from analyzer.readers.csvfmt import is_report, timed_header

    try:
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            first = fh.readline(4096)
    except OSError:
        return True  # let the reader report why it cannot be read
    return timed_header(first) and not is_report(first)


def missing_reason(path: Path) -> str:
    """Why ``path`` cannot be opened when it does not exist: ``not found``, a link whose target is gone,
    or a link loop (``a -> b -> a``), which the system reports as "too many levels of symbolic links".
    Empty when it does exist."""
    import errno

    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a symlink loop (the link leads back to itself)"
        if os.path.islink(path):
            return "is a link to a missing file"
        return "not found"
    return ""


def read_transcript(path: str | os.PathLike) -> Transcript:
    """Read and parse one transcript file.

    Example:
        >>> t = read_transcript("sample_transcripts/plain/strong_close.txt")  # doctest: +SKIP
        >>> t.format, t.speakers  # doctest: +SKIP
        ('plain-text', ['Interviewer', 'Candidate'])

    Unlike :func:`parse_bytes` (which reads any fragment), a file without speaker labels and
    with fewer than three words (a stray ``x``) is refused: "no speech found".

    Raises:
        InputError: missing file, a directory, unreadable, empty or malformed content, no speech.
    """
    p = Path(path)
    name = str(path)
    try:
        if not p.exists():
            reason = missing_reason(p) or "not found"
            raise InputError(name, "file not found" if reason == "not found" else reason)
        if p.is_dir():
            raise InputError(name, "is a directory, not a transcript file")
        if not p.is_file():  # a FIFO or a device (/dev/zero) would block or never end
            raise InputError(name, "not a regular file (a pipe, socket or device), not a transcript")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, f"file too large ({size // (1024 * 1024)} MB; limit {MAX_BYTES // (1024 * 1024)} MB)")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # bounded even if the file grows while it is read
        if len(data) > MAX_BYTES:
            raise InputError(name, f"file too large (over the {MAX_BYTES // (1024 * 1024)} MB limit)")
    except InputError:
        raise
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as e:
        raise InputError(name, f"cannot read the file ({e.strerror or type(e).__name__})") from None
    return check_speech(parse_bytes(data, name), name)
