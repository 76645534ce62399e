"""SubRip (.srt) via pysubs2, with a lenient fallback.

pysubs2 reads ordinary SRT well. It rejects files that only look like SRT (bare float-second
timings ``0.84 --> 1.06`` written by Whisper scripts) and can drop or merge malformed cues, so its
cue count is checked against the timing lines and the own splitter takes over on any difference
or error. Encoding is handled before (``encoding.decode``), so BOMs, UTF-16 and Windows-1252 never
reach the library.
"""

from __future__ import annotations

from analyzer.readers.captions import Cue, count_timings, cues_to_transcript, split_cues
from analyzer.transcript import Transcript


def _library_cues(text: str) -> list[Cue] | None:
    try:
        import pysubs2
    except ImportError:  # pragma: no cover
        return None
    try:
        subs = pysubs2.SSAFile.from_string(text, format_="srt")
        cues = [
            # plaintext turns pysubs2's ASS markup back into plain lines
            Cue(i, None, ev.start / 1000.0, ev.end / 1000.0, ev.plaintext.split("\n"))
            for i, ev in enumerate(subs.events, 1)
        ]
    except Exception:  # noqa: BLE001 - any library failure means: use the lenient splitter
        return None
    return cues


def parse_srt(text: str, name: str) -> Transcript:
    """Parse decoded SRT text."""
    expected = count_timings(text)
    cues = _library_cues(text)
    if cues is None or len(cues) != expected:
        cues = split_cues(text)
    return cues_to_transcript(cues, name, "srt")
