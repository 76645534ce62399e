"""WebVTT (Zoom, Teams, YouTube, Whisper, plain) via webvtt-py, with a lenient fallback.

webvtt-py (>= 0.5) copes with most real exports, including Teams' ``0:0:3.0`` timestamps and
``<v>`` without ``</v>``. It raises on a missing ``WEBVTT`` header and silently skips cues whose
timing it cannot read (``00:01 --> 00:02``), so its cue count is checked against the timing lines
in the file and the own splitter (:func:`analyzer.readers.captions.split_cues`) takes over on
any difference or error.
"""

from __future__ import annotations

from analyzer.readers.captions import Cue, count_timings, cues_to_transcript, parse_time, split_cues
from analyzer.transcript import Transcript


def _library_cues(text: str) -> list[Cue] | None:
    try:
        import webvtt
    except ImportError:  # pragma: no cover
        return None
    try:
        captions = webvtt.from_string(text)
        cues = [
            Cue(i, c.identifier, parse_time(c.start), parse_time(c.end), list(c.lines))
            for i, c in enumerate(captions, 1)
        ]
    except Exception:  # noqa: BLE001 - any library failure means: use the lenient splitter
        return None
    return cues


def parse_webvtt(text: str, name: str) -> Transcript:
    """Parse decoded WebVTT text (header optional)."""
    expected = count_timings(text)
    cues = _library_cues(text) if text.lstrip().startswith("WEBVTT") else None
    if cues is None or len(cues) != expected:
        cues = split_cues(text)
    return cues_to_transcript(cues, name, "webvtt")
