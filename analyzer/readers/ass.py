"""Advanced SubStation Alpha / SubStation Alpha subtitles (.ass/.ssa: Aegisub and transcription tools).

Read with pysubs2: each ``Dialogue:`` event is a segment, its Name field the speaker and its Start
the time; override tags (``{\\i1}``) are dropped and ``\\N`` line breaks become spaces. ``Comment:``
events and vector drawings are not speech. Cues split a sentence where the display wanted, so they
are pieces of one turn (not utterances of their own, :attr:`analyzer.transcript.Segment.opens`).
"""

from __future__ import annotations

import re

from analyzer.errors import InputError
from analyzer.readers._common import build
from analyzer.transcript import Segment, Transcript

#: What only an ASS/SSA script has: its section headers.
ASS_SECTION = re.compile(r"^\s*\[(?:Script Info|Events|V4\+? Styles)\]\s*$", re.M | re.I)
_EVENT_LINE = re.compile(r"^\s*(?:Dialogue|Comment)\s*:", re.I)


def parse_ass(text: str, name: str) -> Transcript:
    """Parse decoded ASS/SSA text.

    Raises:
        InputError: the script cannot be read, or it has no ``Dialogue:`` line with words.
    """
    import pysubs2

    try:
        subs = pysubs2.SSAFile.from_string(text, format_="ass")
    except Exception as exc:  # pysubs2 raises several kinds on a broken script
        raise InputError(name, f"an ASS/SSA subtitle file that cannot be read ({exc})") from None
    lines = [i for i, x in enumerate(text.split("\n"), 1) if _EVENT_LINE.match(x)]
    events = list(subs.events)
    if len(lines) != len(events):
        lines = list(range(1, len(events) + 1))  # cue numbers when the lines cannot be matched up
    segments = []
    for ev, line in zip(events, lines):
        if ev.is_comment or ev.is_drawing:
            continue
        said = " ".join(ev.plaintext.replace("\\h", " ").split())
        if not said:
            continue
        who = " ".join(ev.name.split()) or None
        segments.append(Segment(who, said, line, ev.start / 1000, ev.end / 1000))
    if not segments:
        raise InputError(name, "no speech found: an ASS/SSA subtitle file without a Dialogue line with words")
    fmt = "ssa" if "[v4 styles]" in text[:20000].lower() else "ass"
    return build(name, fmt, segments)
