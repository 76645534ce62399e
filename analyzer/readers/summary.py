"""A meeting summary above the transcript (AI note-takers, people's own notes) is not speech.

Fireflies, Fathom, Otter, Zoom's AI Companion, tl;dv and Read.ai put a summary first (``Overview``,
``Action items``, ``Next steps``…), often with ``Name: task`` lines that look exactly like speech,
and then the transcript, sometimes under a ``Transcript`` heading. :func:`strip_summary` blanks
that block (line numbers stay the same) before the plain-text reader sees the file:

* a summary heading among the first few non-blank lines starts it;
* a ``Transcript`` heading ends it (the heading included); without one, the block ends at the
  first blank line not followed by another summary heading, and only when it had two headings or
  more (one ``Notes:`` line above a dialogue is left to the reader, as before).
"""

from __future__ import annotations

import re

from analyzer.transcript import Transcript

_SUMMARY = frozenset(
    {
        "summary", "meeting summary", "call summary", "interview summary", "ai summary", "generated summary",
        "ai-generated summary", "ai generated summary", "overview", "meeting overview", "action items",
        "action item", "potential action items", "next steps", "follow-up tasks", "follow up tasks", "tasks",
        "key points", "key takeaways", "takeaways", "outline", "highlights", "meeting notes", "notes",
        "quick recap", "recap", "chapters", "chapters & topics", "topics", "keywords", "key questions",
        "decisions", "key decisions", "tl;dr", "tldr", "gist", "bullet gist", "shorthand bullet",
    }
)
_TRANSCRIPT = frozenset(
    {
        "transcript", "full transcript", "meeting transcript", "call transcript", "interview transcript",
        "transcription", "raw transcript",
    }
)
# "## Overview", "**Action items:**", "Meeting summary (generated)", "Overview: Ana interviewed…"
_HEADING = re.compile(r"^[#*_>\s]*(?P<head>[A-Za-z][A-Za-z &;/-]{1,40}?)\s*(?:\([^)]{0,40}\))?[*_\s]*"
                      r"(?::(?P<rest>.*))?$")
#: The summary must start within this many non-blank lines (a title, a date, participants may come first).
_WITHIN = 6


def _heading(line: str, names: frozenset[str]) -> bool:
    m = _HEADING.match(line.strip())
    return bool(m) and m["head"].strip(" *_").lower() in names


def _is_transcript(line: str) -> bool:
    m = _HEADING.match(line.strip())
    return bool(m) and not (m["rest"] or "").strip() and m["head"].strip(" *_").lower() in _TRANSCRIPT


def strip_summary(text: str) -> tuple[str, str | None]:
    """Blank a leading meeting summary; return the text and a warning (``None`` when none is found)."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    start = next((i for i in filled[:_WITHIN] if _heading(lines[i], _SUMMARY)), None)
    if start is None:
        return text, None
    headings, end, i = 1, None, start + 1
    while i < len(lines):
        line = lines[i]
        if _is_transcript(line):
            end = i + 1
            break
        if not line.strip():
            j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
            if j is None:
                break
            if _is_transcript(lines[j]) or _heading(lines[j], _SUMMARY):
                i = j
                continue
            if headings >= 2:
                end = i
            break
        if _heading(line, _SUMMARY):
            headings += 1
        i += 1
    if end is None or sum(1 for k in filled if k >= end) < 2:
        return text, None
    kept = [""] * (end - start)
    return "\n".join(lines[:start] + kept + lines[end:]), (
        f"skipped lines {start + 1}-{end}: a meeting summary (overview, action items) above the transcript, "
        "not speech")


def parse_after_summary(text: str, name: str, *, warnings: list[str] | None = None, **kwargs) -> Transcript:
    """:func:`~analyzer.readers.text.parse_text` on the text without its summary; ``warnings``
    (the caller's notes) and the summary note come first in the transcript's warnings."""
    from analyzer.readers.text import parse_text

    text, note = strip_summary(text)
    transcript = parse_text(text, name, **kwargs)
    transcript.warnings[:0] = [*(warnings or []), *([note] if note else [])]
    return transcript
