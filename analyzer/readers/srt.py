"""SubRip (.srt), including lenient variants.

Cues are split by :func:`analyzer.readers.captions.split_cues`, not by pysubs2. pysubs2 reads
ordinary SRT correctly (the tests use it as an oracle on the corpus), but it silently finds no
cue at all in files that only look like SRT (bare float-second timings ``0.84 --> 1.06`` written
by Whisper scripts),
rewrites markup into ASS tags, and is about 4x slower than the own splitter. Encoding is
handled before (``encoding.decode``), so BOMs, UTF-16 and Windows-1252 never matter here.
"""

from __future__ import annotations

import re

from analyzer.readers.captions import cues_to_transcript, read_cues
from analyzer.transcript import Transcript

_SBV_TIMING = re.compile(r"^(\s*\d+:\d{2}:\d{2}[.,]\d{1,3})\s*,\s*(\d+:\d{2}:\d{2}[.,]\d{1,3})\s*$", re.M)


def parse_srt(text: str, name: str) -> Transcript:
    """Parse decoded SRT text."""
    return cues_to_transcript(read_cues(text, name), name, "srt")


def parse_sbv(text: str, name: str) -> Transcript:
    """Parse decoded YouTube SubViewer (.sbv) text: ``0:00:03.345,0:00:07.267`` then the cue text.

    The timing line is rewritten as an SRT arrow line and the cues go through the caption path,
    so ``>> NAME:`` speaker changes, ``[Name]`` labels and rolling captions work as in SRT.
    """
    return cues_to_transcript(read_cues(_SBV_TIMING.sub(r"\1 --> \2", text), name), name, "sbv")
