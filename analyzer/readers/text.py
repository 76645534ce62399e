"""Plain-text transcript family.

One line classifier covers the text layouts people export or type by hand:

* ``Name: text`` (role words, names, lower-case labels), with optional timestamps
  ``[00:12:03] Name: text``, ``(00:12:03) Name: text``, ``00:12:03 Name: text``,
  ``Name (00:12:03): text``, ``Name [00:12:03]: text``; Q/A transcripts; label-only lines
  (``Interviewer:`` then the paragraph).
* Otter (``Name  0:03`` then text), Rev (``Speaker 1 (00:01:02):`` then text), Zoom saved
  closed captions (``[Name] 13:32:23`` then text), Zoom chat (``10:01:23<TAB>Name:<TAB>text`` and
  ``10:01:23 From Name to Everyone: text``), Markdown (``**Name:** text``,
  ``**[MM:SS] SPEAKER_00:** text``), speaker blocks with ``[145.6s] text`` lines, timestamp +
  voice tag lines (``00:00:03 <v Name>text``), Teams .docx copied as text (timing line, name
  line, text line).

Lines without a label continue the current speaker. ``Name: text`` labels are *weak*: they are
only believed when they look and behave like speaker labels (see
:func:`analyzer.readers._common.filter_weak_labels`), so "Note: …", URLs and "at 10:30" inside a
turn stay text. Layout-specific markers (``**Name:**``, ``[Name] 13:32:23``, Otter headers…) are
*explicit*; when a file has explicit labels, weak ones inside the text are not trusted at all.
"""

from __future__ import annotations

import re
from collections import Counter

from analyzer.readers._common import (
    build,
    clock_to_seconds,
    filter_weak_labels,
    is_event,
    is_url,
    plausible_label,
)
from analyzer.transcript import Segment, Transcript

_TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_TSX = r"\d{1,2}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?"

_MD = re.compile(rf"^\*\*(?:\\?\[(?P<ts>{_TS})\\?\]\s*)?(?P<name>[^*\n]{{1,60}}?)\s*(?::\*\*|\*\*\s*:)\s*(?P<text>.*)$")
_ZOOM_CC = re.compile(r"^\[(?P<name>[^\]\n]{1,80})\]\s+(?P<ts>\d{1,2}:\d{2}:\d{2})\s*$")
_CHAT_TAB = re.compile(r"^(?P<ts>\d{1,2}:\d{2}:\d{2})\t+(?P<name>[^\t]{1,80}?):?\t+(?P<text>.*)$")
_CHAT_FROM = re.compile(
    r"^(?P<ts>\d{1,2}:\d{2}:\d{2})\s+From\s+(?P<name>.{1,80}?)(?:\s+to\s+(?P<to>.{1,80}?))?\s*:\s?(?P<text>.*)$"
)
_TS_VOICE = re.compile(rf"^(?P<ts>{_TS})\s+<v(?:\.[^\s>]*)?\s+(?P<name>[^>]{{1,80}})>(?P<text>.*)$")
_VOICE = re.compile(r"^<v(?:\.[^\s>]*)?\s+(?P<name>[^>]{1,80})>(?P<text>.*)$")
_ARROW = re.compile(rf"^(?P<s>{_TSX})\s*-->\s*(?P<e>{_TSX})(?:\s|$)")
_SECS = re.compile(r"^\[(?P<sec>\d+(?:\.\d+)?)s\]\s*(?P<text>.*)$")
_OTTER = re.compile(r"^(?P<name>[^\s\d\[(<*#].{0,59}?)(?P<gap>\s+)(?P<ts>\d{1,2}:\d{2}(?::\d{2})?)\s*$")
_NAME_TS = re.compile(
    rf"^(?P<name>[^\s\d\[(<*#][^\[(\n]{{0,59}}?)\s*(?P<br>[\[(])(?P<ts>{_TS})[\])]\s*(?::\s*(?P<text>.*)|$)"
)
_TS_PREFIX = re.compile(rf"^(?:\\?\[(?P<a>{_TS})\\?\]|\((?P<b>{_TS})\)|(?P<c>{_TS})(?=\s))\s*(?P<rest>.*)$")
_LABEL = re.compile(r"^(?P<name>[^\W\d_][^:\n]{0,39}?)\s*:(?:[ \t]+(?P<text>.*)|[ \t]*$)")
_HEADING = re.compile(r"^#{1,6}(?:\s|$)")
_RULE = re.compile(r"^[-*_=~]{3,}$")
_MD_ESCAPE = re.compile(r"\\([\[\]*_`#\\()<>!.-])")
_END_VOICE = re.compile(r"</v>")

BLANK, SKIP, HEADER, LABEL, TEXT, ARROW = range(6)
WEAK, EXPLICIT = 1, 2

_FAMILY_FORMAT = {
    "md": "markdown",
    "zoomcc": "zoom-cc-txt",
    "chat": "zoom-chat-txt",
    "voice": "timestamp-voice-txt",
    "teams": "teams-docx-txt",
    "otter": "otter-txt",
    "rev": "rev-txt",
    "plain": "plain-text",
}

# A record: (kind, name, ts, text, strength, family, fallback_text)
_Rec = tuple


def _label_or_text(rest: str, ts: str | None, whole: str) -> _Rec:
    """Classify what follows a leading timestamp."""
    if rest.startswith("<v"):
        m = _VOICE.match(rest)
        if m:
            return (LABEL, m["name"].strip(), ts, m["text"], EXPLICIT, "voice", rest)
    elif rest.startswith("**"):
        m = _MD.match(rest)
        if m:
            return (LABEL if m["text"] else HEADER, m["name"].strip(), ts, m["text"], EXPLICIT, "md", rest)
    if ":" in rest:
        m = _LABEL.match(rest)
        if m:
            text = m["text"] or ""
            return (LABEL if text else HEADER, m["name"].strip(), ts, text, WEAK, "plain", rest)
    return (TEXT, None, ts, rest, 0, None, rest)


def _classify(s: str) -> _Rec:
    """Classify one stripped, non-empty line."""
    c = s[0]
    if c == "*":
        m = _MD.match(s)
        if m:
            return (LABEL if m["text"] else HEADER, m["name"].strip(), m["ts"], m["text"], EXPLICIT, "md", s)
        if _RULE.match(s):
            return (SKIP,)
    elif c == "#":
        if _HEADING.match(s):
            return (SKIP,)
    elif c in "[\\(":
        if c == "[":
            m = _ZOOM_CC.match(s)
            if m:
                return (HEADER, m["name"].strip(), m["ts"], "", EXPLICIT, "zoomcc", s)
            m = _SECS.match(s)
            if m:
                return (TEXT, None, m["sec"] + "s", m["text"], 0, None, m["text"])
        m = _TS_PREFIX.match(s)
        if m:
            return _label_or_text(m["rest"], m["a"] or m["b"] or m["c"], s)
    elif c.isdigit():
        if "\t" in s:
            m = _CHAT_TAB.match(s)
            if m:
                return (LABEL, m["name"].strip(), m["ts"], m["text"], EXPLICIT, "chat", s)
        if "-->" in s:
            m = _ARROW.match(s)
            if m:
                return (ARROW, None, m["s"], m["e"], 0, None, s)
        if "<v" in s:
            m = _TS_VOICE.match(s)
            if m:
                return (LABEL, m["name"].strip(), m["ts"], m["text"], EXPLICIT, "voice", s)
        if "From " in s:
            m = _CHAT_FROM.match(s)
            if m:
                return (LABEL, m["name"].strip(), m["ts"], m["text"], EXPLICIT, "chat", s)
        m = _TS_PREFIX.match(s)
        if m:
            return _label_or_text(m["rest"], m["a"] or m["b"] or m["c"], s)
        if _RULE.match(s):
            return (SKIP,)
    else:
        if s[-1].isdigit():
            m = _OTTER.match(s)
            if m:
                strength = EXPLICIT if len(m["gap"]) >= 2 else WEAK
                return (HEADER, m["name"].strip(), m["ts"], "", strength, "otter", s)
        if ("(" in s or "[" in s) and ":" in s:
            m = _NAME_TS.match(s)
            if m:
                text = m["text"] or ""
                fam = "rev" if m["br"] == "(" else "plain"
                return (LABEL if text else HEADER, m["name"].strip(), m["ts"], text, EXPLICIT, fam, s)
        if _RULE.match(s):
            return (SKIP,)
    if ":" in s:
        m = _LABEL.match(s)
        if m:
            text = m["text"] or ""
            return (LABEL if text else HEADER, m["name"].strip(), None, text, WEAK, "plain", s)
    return (TEXT, None, None, s, 0, None, s)


def _secs(ts: str | None) -> float | None:
    if not ts:
        return None
    if ts[-1] == "s":
        try:
            return float(ts[:-1])
        except ValueError:
            return None
    return clock_to_seconds(ts)


def _clean(text: str) -> str:
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if "</v>" in text:
        text = _END_VOICE.sub("", text)
    if "**" in text:
        text = text.replace("**", "")
    return text


def parse_text(text: str, name: str, *, fmt_hint: str | None = None, fmt: str | None = None) -> Transcript:
    """Parse a plain-text transcript (already decoded, ``\\n`` line endings).

    Args:
        text: The decoded file content.
        name: File name for messages.
        fmt_hint: ``"markdown"`` when the extension says so (used only when no layout is found).
        fmt: Force the reported format id (the .docx reader passes ``"docx"``).
    """
    lines = text.split("\n")
    recs: list[_Rec] = []
    explicit = 0
    weak_counts: Counter[str] = Counter()
    content = 0
    for raw in lines:
        s = raw.strip()
        if not s:
            recs.append((BLANK,))
            continue
        if is_event(s):
            recs.append((SKIP,))
            continue
        r = _classify(s)
        content += 1
        if r[0] in (HEADER, LABEL):
            if not plausible_label(r[1], strict=r[4] != EXPLICIT) or (r[0] == LABEL and r[4] == WEAK and is_url(r[3])):
                r = (TEXT, None, r[2], r[6], 0, None, r[6])
            elif r[4] == EXPLICIT:
                explicit += 1
            else:
                weak_counts[r[1]] += 1
        recs.append(r)

    weak_total = sum(weak_counts.values())
    if explicit >= 2 and explicit >= weak_total:
        accepted: set[str] = set()
    else:
        accepted = filter_weak_labels(weak_counts, dense=weak_total >= 0.6 * content)

    segments: list[Segment] = []
    families: Counter[str] = Counter()
    speaker: str | None = None
    pending: float | None = None
    pending_end: float | None = None
    expect_name = False
    preamble = 0
    secs_lines = 0
    for lineno, r in enumerate(recs, 1):
        kind = r[0]
        if kind <= SKIP:
            continue
        if kind == ARROW:
            pending, pending_end, expect_name = clock_to_seconds(r[2]), clock_to_seconds(r[3]), True
            continue
        if kind in (HEADER, LABEL) and r[4] == WEAK and r[1] not in accepted:
            r = (TEXT, None, r[2], r[6], 0, None, r[6])
            kind = TEXT
        if expect_name:
            expect_name = False
            if kind == TEXT and plausible_label(r[3], strict=False) and not r[3].endswith((".", "?", "!", ",")):
                speaker = r[3]
                families["teams"] += 1
                continue
        if kind == HEADER:
            speaker = r[1]
            families[r[5]] += 1
            ts = _secs(r[2])
            if ts is not None:
                pending, pending_end = ts, None
            continue
        if kind == LABEL:
            speaker = r[1]
            families[r[5]] += 1
            start = _secs(r[2])
            if start is None:
                start, pending = pending, None
            segments.append(Segment(speaker, _clean(r[3]), lineno, start, pending_end))
            pending_end = None
            continue
        # TEXT
        start = _secs(r[2])
        if r[2] and r[2][-1] == "s":
            secs_lines += 1
        if start is None:
            start, pending = pending, None
        segments.append(Segment(speaker, _clean(r[3]), lineno, start, pending_end))
        pending_end = None
        if speaker is None:
            preamble += 1

    warnings: list[str] = []
    if preamble and preamble < len(segments):
        # Lines before the first label are a title or metadata block, not speech.
        segments = segments[preamble:]
        warnings.append(f"skipped {preamble} line(s) before the first speaker label (title or metadata)")
    if fmt is None:
        if families:
            fam = families.most_common(1)[0][0]
            fmt = _FAMILY_FORMAT[fam]
            if fam == "plain":
                labels = {s.speaker for s in segments}
                if secs_lines:
                    fmt = "speaker-block-txt"
                elif "Q" in labels and "A" in labels:
                    fmt = "qa-txt"
                elif fmt_hint == "markdown":
                    fmt = "markdown"
        else:
            fmt = fmt_hint or "plain-text"
    return build(name, fmt, segments, warnings)
