"""WebVTT (Zoom, Teams, YouTube, Whisper, plain).

Cues are split by :func:`analyzer.readers.captions.split_cues`, not by webvtt-py. webvtt-py
(0.6) reads the well-formed exports in the corpus correctly, and the tests use it as an oracle
on them, but it raises on a missing ``WEBVTT`` header, silently drops cues whose timing lacks
a fraction (``00:01 --> 00:02``) and is about 5x slower (≈60 µs per cue, more than the spaCy
tokenizer spends on the cue's words), which the read+analyse benchmark cannot afford.
"""

from __future__ import annotations

from analyzer.readers.captions import cues_to_transcript, read_cues
from analyzer.transcript import Transcript


def parse_webvtt(text: str, name: str) -> Transcript:
    """Parse decoded WebVTT text (header optional)."""
    return cues_to_transcript(read_cues(text, name), name, "webvtt")
