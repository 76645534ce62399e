"""Plain-text transcript family.

One line classifier covers the text layouts people export or type by hand:

* ``Name: text`` (role words, names, lower-case labels), with optional timestamps
  ``[00:12:03] Name: text``, ``(00:12:03) Name: text``, ``00:12:03 Name: text``,
  ``Name (00:12:03): text``, ``Name [00:12:03]: text``; Q/A transcripts; label-only lines
  (``Interviewer:`` then the paragraph).
* Otter (``Name  0:03`` then text), Rev (``Speaker 1 (00:01:02):`` then text), Zoom saved
  closed captions (``[Name] 13:32:23`` then text), Zoom chat (``10:01:23<TAB>Name:<TAB>text`` and
  ``10:01:23 From Name to Everyone: text``), Markdown (``**Name:** text``,
  ``**[MM:SS] SPEAKER_00:** text``), speaker blocks with ``[145.6s] text`` lines, Word Transcribe (``00:00:03 Name`` then text),
  timestamp +
  voice tag lines (``00:00:03 <v Name>text``), Teams .docx copied as text (timing line, name
  line, text line), Fathom notes (summary, then ``0:00 - Name (Company)`` then text), YouTube's
  transcript panel copied (``0:03`` then the words, or ``0:03 the words``; no speakers), blog Q&A
  (``Q.`` / ``A.``), one-way video interview exports (header block, ``Interviewer prompt: …``,
  ``[00:01] Name: text``); chat-log copies with 12-hour or dated times (``[10:00 AM] Name: text``,
  WhatsApp ``10/11/24, 10:00 - Name: text``, Slack ``Name, 10:00 AM: text``; see :func:`_chat_log`);
  Markdown pipe tables (``| Speaker | Text |``, read as Word tables are; see :func:`_pipe_tables`).

Lines without a label continue the current speaker; a word hyphenated at a line end inside a turn
("for-" / "ward") is joined (see :func:`_dehyphenate`), and another speaker's label after a sentence
in the middle of a line starts their turn (see :func:`_mid_label_pattern`), with a warning. ``Name: text`` labels are *weak*: they are
only believed when they look and behave like speaker labels (see
:func:`analyzer.readers._common.filter_weak_labels`), so "Note: …", URLs and "at 10:30" inside a
turn stay text. Layout-specific markers (``**Name:**``, ``[Name] 13:32:23``, Otter headers…) are
*explicit*; when a file has explicit labels, weak ones inside the text are not trusted at all.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from analyzer.readers._common import (
    EMOJI_PREFIX_RE,
    PHONE_LABEL_RE,
    _NAME_PARTICLES,
    _NOT_SPEAKERS,
    build,
    clock_to_seconds,
    filter_weak_labels,
    is_event,
    is_phone_label,
    is_role_word,
    is_url,
    plausible_label,
    strip_invisible,
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
# whisper.cpp's console / -pp output: "[00:00:03.000 --> 00:00:06.500]   text" (MacWhisper: "[00:03.000 --> …]").
_BRACKET_ARROW = re.compile(rf"^\[(?P<s>{_TSX})\s*-->\s*(?P<e>{_TSX})\](?P<rest>.*)$")
# whisper.cpp diarisation: tinydiarize ends a segment with "[SPEAKER_TURN]"; -di opens it with "(speaker 1)".
_SPEAKER_TURN = re.compile(r"\s*\[SPEAKER_TURN\]\s*")
_WCPP_SPEAKER = re.compile(r"^\(speaker (?P<n>\d{1,2}|\?)\)\s*(?P<text>.*)$")
_SECS = re.compile(r"^\[(?P<sec>\d+(?:\.\d+)?)s\]\s*(?P<text>.*)$")
_OTTER = re.compile(
    r"^(?P<name>[^\s\d\[(<*#•·–—-].{0,59}?|" + PHONE_LABEL_RE + r")(?P<gap>\s+(?:[-–—|]\s+)?)(?P<ts>\d{1,2}:\d{2}(?::\d{2})?)\s*$"
)
_NAME_TS = re.compile(
    rf"^(?P<name>[^\s\d\[(<*#•·–—-][^\[(\n:]{{0,59}}?)\s*(?P<br>[\[(])(?P<ts>{_TS})[\])]\s*(?::\s*(?P<text>.*)|$)"
)
# Trint-style "Name [00:00:03] text": a name, a bracketed time, the words on the same line.
_NAME_TS_TEXT = re.compile(rf"^(?P<name>[^\W\d_][^\[(\n:]{{0,39}}?)\s*\[(?P<ts>{_TS})\]\s+(?P<text>\S.*)$")
_TS_PREFIX = re.compile(rf"^(?:\\?\[(?P<a>{_TS})\\?\]|\((?P<b>{_TS})\)|(?P<c>{_TS})(?=\s))\s*(?P<rest>.*)$")
# What follows "[00:00:07.34]" on a header line: "- Name" (Happy Scribe) or just "Name" (Webex).
_TS_NAME = re.compile(r"^(?P<dash>[-–—]\s*)?(?P<name>[^\W\d_][^:.!?,;\n]{0,39})$")
# A time in brackets closing a line: "Int. Good morning. (00:05)" (hand-typed transcripts).
_LEAD_TIME = re.compile(rf"^[\[(](?P<ts>{_TS})[\])]\s*(?P<rest>.*)$")  # Sonix: "Name: [00:01:44] text"
_TAIL_TS = re.compile(rf"\s*[\[(](?P<ts>{_TS})[\])]$")
_LABEL = re.compile(
    r"^(?P<name>[\"“‘]?[^\W\d_][^:\n]{0,39}?|" + PHONE_LABEL_RE + r")\s*:(?:[ \t]+(?P<text>.*)|[ \t]*$)"
)
# A section divider framed by rule marks: "--- Debrief ---", "=== Part 2 ===".
_DIVIDER = re.compile(r"^(?P<m>-{3,}|={3,}|\*{3,}|_{3,}|~{3,})\s*[^-=*_~\s].{0,60}?\s*(?P=m)$")
_HEADING = re.compile(r"^#{1,6}(?:\s|$)")
_RULE = re.compile(r"^[-*_=~]{3,}$")
_MD_ESCAPE = re.compile(r"\\([\[\]*_`#\\()<>!.-])")
_END_VOICE = re.compile(r"</v>")
_AFFILIATION = re.compile(r"\s+\([^\W\d_][^()]{0,29}\)$")
# A timestamp alone on its line: YouTube's "Show transcript" panel copied as text ("0:03", then the words).
_BARE_TS = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# YouTube's own time stamps: minutes (or hours) unpadded, no fraction: "0:05", "12:45", "1:02:03".
_YT_TS = re.compile(r"^(?:0|[1-9]\d?)(?::\d{2}){1,2}$")
# Blog Q&A with a full stop for the colon: "Q. Why this role?" / "A. I love the product."
_QA_DOT = re.compile(r"^(?P<name>[QA])\.[ \t]+(?P<text>\S.*)$")
# Export furniture between answers (one-way video interviews): not speech.
_FURNITURE = re.compile(
    r"^(?:(?:question|prompt)\s+\d+\s+of\s+\d+|response\s*\(\d{1,2}:\d{2}\)|think\s+time:.*"
    r"|end\s+of\s+(?:the\s+)?transcript)\.?$",
    re.I,
)
# A whole line in square brackets with a colon or several words: an editor's note ("[Me now: ...]").
_NOTE = re.compile(r"^\[[^\[\]]*(?::|\s\S+\s\S+\s)[^\[\]]*\]$")
# Caption sound labels alone on a line: "[Music]", "[Applause]".
_SOUND = re.compile(r"^\[(?:music|applause|laughter|laughs|silence|noise|inaudible|no audio)\]$", re.I)

# A transcriber's tag, never an author's outro: "[inaudible 00:41:10]", "[audio drops out]", "[crosstalk]".
_TAG_NOTE = re.compile(
    r"^\[\s*(?:inaudible|unintelligible|indiscernible|crosstalk|cross[- ]talk|overlapping|audio|video|sound|"
    r"silence|pause[sd]?|long pause|laugh\w*|noise|background|technical|connection|static|garbled|muffled|"
    r"music|applause|cough\w*|phone|recording|break|no audio|interruption|interrupted)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|me|my|reader|readers)\b")


def _outro_note(note: str) -> bool:
    """An author's remark that ends the transcript part of a write-up ("[Reader, I never heard back.
    Here is my advice:]"): written in the first person or to the reader, in sentences. A transcriber's
    tag ("[inaudible 00:41:10]") or a stage direction ("[Candidate pauses, then smiles]") is not."""
    if _TAG_NOTE.match(note) or re.search(r"\d:\d\d", note) or not _FIRST_PERSON.search(note):
        return False
    return bool(re.search(r"[.!?:,;]\s", note)) or len(note.split()) >= 8


BLANK, SKIP, HEADER, LABEL, TEXT, ARROW, TSLINE, NOTE = range(8)
WEAK, EXPLICIT = 1, 2

_FAMILY_FORMAT = {
    "md": "markdown",
    "zoomcc": "zoom-cc-txt",
    "chat": "zoom-chat-txt",
    "voice": "timestamp-voice-txt",
    "teams": "teams-docx-txt",
    "otter": "otter-txt",
    "fireflies": "fireflies-txt",
    "tsname": "happyscribe-txt",
    "tsname?": "webex-txt",
    "wordts": "word-transcribe-txt",
    "rev": "rev-txt",
    "plain": "plain-text",
    "qa": "qa-txt",
    "youtube": "youtube-txt",
    "whispercpp": "whispercpp-txt",
    "trint": "trint-txt",
    "names": "name-lines-txt",
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
    elif rest.startswith("[") and (_SOUND.match(rest) or _NOTE.match(rest)):
        return (NOTE, None, ts, rest, 0, None, rest)
    elif ts:
        m = _TS_NAME.match(rest)
        if m and _name_like(m["name"].strip()):
            # "[00:00:07.34] - Name" / "[09:00:04] Name" / Word Transcribe "00:00:03 Name":
            # believed only before an untimed text line
            fam = "tsname" if m["dash"] else "tsname?" if whole[0] in "[(" else "wordts"
            return (HEADER, m["name"].strip(), ts, "", EXPLICIT, fam, rest)
    # "0:05 hi everyone and welcome": YouTube's transcript panel copied one line per segment
    fam = "youtube" if ts and whole[0].isdigit() and _YT_TS.match(ts) else None
    return (TEXT, None, ts, rest, 0, fam, rest)


def _as_text(r: _Rec, *, keep_time: bool = True) -> _Rec:
    """Record ``r`` read back as a plain text line: its original text, and its time if ``keep_time``."""
    return (TEXT, None, r[2] if keep_time else None, r[6], 0, None, r[6])


def _name_like(name: str) -> bool:
    """Capitalised words (particles allowed), at most four: "Ms Patel", "Panel Member 1", "SPEAKER 2".

    A trailing affiliation in brackets is allowed: "Mark Ellison (Brightloop)" (Fathom).
    """
    words = _AFFILIATION.sub("", name).split()
    if not 1 <= len(words) <= 4:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_PARTICLES for w in words)


def _whisper_line(ts: str, rest: str) -> _Rec:
    """What follows whisper.cpp's "[start --> end]": text, "(speaker 0) text" or "Name: text".

    A "[SPEAKER_TURN]" marker only says that someone else speaks next, not who: it is dropped
    (counted for a warning), and the line is read without a speaker.
    """
    if "[SPEAKER_TURN]" in rest:
        rest = _SPEAKER_TURN.sub(" ", rest)
        fam = "tdrz"
    else:
        fam = "whispercpp"
    rest = rest.strip()
    if rest.startswith("(speaker ") and (m := _WCPP_SPEAKER.match(rest)):
        name = "Unknown speaker" if m["n"] == "?" else f"Speaker {m['n']}"
        return (LABEL, name, ts, m["text"], EXPLICIT, "whispercpp", m["text"])
    if ":" in rest and (m := _LABEL.match(rest)) and m["text"]:
        return (LABEL, m["name"].strip(), ts, m["text"], WEAK, "whispercpp", rest)
    return (TEXT, None, ts, rest, 0, fam, rest)


def _otter(s: str) -> _Rec | None:
    """An Otter header "Name  0:03" (or Fireflies "Name - 0:03"), or ``None``."""
    m = _OTTER.match(s)
    if not m:
        return None
    dashed = m["gap"].strip() != ""
    strength = EXPLICIT if len(m["gap"]) >= 2 else WEAK
    return (HEADER, m["name"].strip(), m["ts"], "", strength, "fireflies" if dashed else "otter", s)


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
            if "-->" in s and (m := _BRACKET_ARROW.match(s)):
                return _whisper_line(m["s"], m["rest"])
        m = _TS_PREFIX.match(s)
        if m:
            return _label_or_text(m["rest"], m["a"] or m["b"] or m["c"], s)
        if c == "[" and s[-1] == "]" and _NOTE.match(s):
            return (NOTE, None, None, s, 0, None, s)
    elif c.isdigit():
        if s[-1].isdigit() and _BARE_TS.match(s):
            return (TSLINE, None, s, "", 0, None, s)
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
        if s[-1].isdigit() and (r := _otter(s)) and is_phone_label(r[1]):
            return r  # a dial-in caller's Otter header: "14155550100  0:07"
        if _RULE.match(s):
            return (SKIP,)
    else:
        if c in "QA" and s[1:2] == ".":
            m = _QA_DOT.match(s)
            if m:
                return (LABEL, m["name"], None, m["text"], WEAK, "qa", s)
        if s[-1].isdigit() and (r := _otter(s)):
            return r
        if "[" in s and (m := _NAME_TS_TEXT.match(s)) and _name_like(m["name"].strip()):
            return (LABEL, m["name"].strip(), m["ts"], m["text"], EXPLICIT, "trint", s)
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


# ------------------------------------------------------------------------------------ screenplay

_SCENE = re.compile(r"^(?:INT|EXT|INT\.?/EXT|I/E|EST)\.?[ \t]+\S|^\.[A-Z]")
_TRANSITION = re.compile(r"^(?:FADE (?:IN|OUT|TO BLACK)|[A-Z ]+ TO|CUT TO BLACK|THE END)[.:]?$")
# A character cue: a name in capitals, optional extensions "(CONT'D)", "(V.O.)", "(O.S.)".
_CUE = re.compile(r"^@?(?P<name>[A-Z][A-Z0-9 .'’#&-]{0,38}?)\s*(?:\([A-Z0-9 .'’/-]{1,12}\)\s*)*\^?$")


def _cue(lines: list[str], i: int) -> str | None:
    """The character name when line ``i`` is a cue: capitals, after a blank line, before speech."""
    s = lines[i].strip()
    if not s or _SCENE.match(s) or _TRANSITION.match(s):
        return None
    m = _CUE.match(s)
    if not m or not any(c.isalpha() for c in m["name"]):
        return None
    if i > 0 and lines[i - 1].strip():
        return None
    if i + 1 >= len(lines) or not lines[i + 1].strip() or lines[i + 1].strip().isupper():
        return None
    return m["name"].strip()


def _screenplay(lines: list[str], name: str) -> Transcript | None:
    """Read a screenplay-style transcript, or ``None`` when the text is not one.

    A cue line (NAME in capitals on its own line, usually indented) starts a speech; the lines
    under it up to a blank line are what the character says, minus ``(parentheticals)``. Scene
    headings (``INT.``/``EXT.``), transitions and action paragraphs are not speech, nor is a title
    page before the first scene heading. Believed only with 3+ cues of 2+ characters and either a
    scene heading or cues indented deeper than the speech under them.
    """
    cues = {i: c for i in range(len(lines)) if (c := _cue(lines, i))}
    if len(cues) < 3 or len(set(cues.values())) < 2:
        return None
    first_scene = next((i for i, x in enumerate(lines) if _SCENE.match(x.strip())), None)

    def indent(x: str) -> int:
        return len(x) - len(x.lstrip())

    deeper = sum(1 for i in cues if indent(lines[i]) > indent(lines[i + 1]))
    if first_scene is None and deeper < 0.8 * len(cues):
        return None
    if deeper >= 0.8 * len(cues):
        cues = {i: c for i, c in cues.items() if indent(lines[i]) > indent(lines[i + 1])}
    segments: list[Segment] = []
    speaker: str | None = None
    in_paren = False
    for i, raw in enumerate(lines):
        s = raw.strip()
        if first_scene is not None and i < first_scene:
            continue
        if i in cues:
            speaker, in_paren = cues[i], False
            continue
        if not s:
            speaker = None
            continue
        if speaker is None:
            continue  # scene heading, transition or action
        if in_paren or s.startswith("("):
            in_paren = not s.endswith(")")
            continue
        segments.append(Segment(speaker, s, i + 1))
    if len({x.speaker for x in segments}) < 2:
        return None
    return build(name, "screenplay-txt", segments, stripped=True)


def _check_ts_names(recs: list[_Rec]) -> int:
    """Demote "[time] Name" headers not followed by an untimed text line; return how many.

    An untimed ``Label: text`` line under such a header ("One quick note: thank you ...") is the
    speaker's text, not a new label, when the header's layout is confirmed elsewhere in the file
    (two or more of its headers sit over plain text lines, more than over label lines) and the
    label is none of its header names.

    Bare "00:00:03 Name" headers (no brackets) also need two or more surviving headers of that
    shape and a name that recurs, so one timed line of a short word stays text.
    """
    demoted = 0
    kept: dict[int, str] = {}
    # each header and the index of the record after it (turning a label into text keeps the index)
    heads = {i: next((j for j in range(i + 1, len(recs)) if recs[j][0] > SKIP), None)
             for i, r in enumerate(recs) if r[0] == HEADER and r[5] in ("tsname", "tsname?", "wordts")}
    confirmed: Counter[str] = Counter()
    over_label: dict[int, int] = {}
    for i, j in heads.items():
        nxt = recs[j] if j is not None else None
        if nxt is not None and nxt[0] == TEXT and nxt[2] is None:
            confirmed[recs[i][5]] += 1
        elif nxt is not None and nxt[0] == LABEL and nxt[4] == WEAK and nxt[2] is None:
            over_label[i] = j
    names = {recs[i][1] for i in heads}
    under = Counter(recs[i][5] for i in over_label)
    for i, j in over_label.items():
        fam = recs[i][5]
        if confirmed[fam] >= 2 and confirmed[fam] > under[fam] and recs[j][1] not in names:
            recs[j] = _as_text(recs[j])
    for i, j in heads.items():
        r, nxt = recs[i], recs[j] if j is not None else None
        if nxt is None or nxt[0] != TEXT or nxt[2] is not None:
            recs[i] = _as_text(r)
            demoted += 1
        elif r[5] == "wordts":
            kept[i] = r[1]
    counts = Counter(kept.values())
    if len(kept) < 2 or max(counts.values()) < 2:
        for i in kept:
            r = recs[i]
            recs[i] = _as_text(r)
            demoted += 1
    return demoted


def _check_trint(recs: list[_Rec], content: int) -> int:
    """Keep "Name [00:00:03] text" labels only as a file's layout: 3+ of them, a quarter or more of
    its lines, some name used twice. Otherwise ("Standup [09:30] went long") they are text; returns
    how many were demoted."""
    idx = [i for i, r in enumerate(recs) if r[0] == LABEL and r[5] == "trint"]
    names = Counter(recs[i][1] for i in idx)
    if idx and (len(idx) < 3 or len(idx) < 0.25 * content or max(names.values()) < 2):
        for i in idx:
            recs[i] = (TEXT, None, None, recs[i][6], 0, None, recs[i][6])
        return len(idx)
    return 0


def _speaker_line(text: str) -> bool:
    """A line that could be a speaker's name on its own: a few capitalised words, no sentence marks."""
    return (len(text) <= 40 and text[-1] not in ".?!,;:…-\"'”’)" and _name_like(text)
            and plausible_label(text, strict=False) and not is_url(text))


def _name_lines(recs: list[_Rec], content: int) -> None:
    """A speaker's name alone on a line above their words, no time (Otter or Teams exported without
    timestamps): "Dana Whitfield" / "Any questions for me?" / blank / "Lee Park" / ...

    Believed only as the layout of the whole file: at least two names, each over two or more
    turns, and their name lines a quarter or more of the lines. A line straight under a name line
    is speech even when it looks like a name ("Okay"). Section headings of an essay do not repeat
    and stay text.
    """
    heads: list[int] = []
    spoken: set[int] = set()
    prev = BLANK
    for i, r in enumerate(recs):
        before, prev = prev, r[0] if r[0] > SKIP else prev
        if r[0] != TEXT or r[2] is not None or r[5] is not None or i in spoken or not _speaker_line(r[3]):
            continue
        if before in (ARROW, TSLINE):
            continue  # the name line of a Teams block under its timing line: read there
        nxt = next((j for j in range(i + 1, len(recs)) if recs[j][0] > SKIP), None)
        if nxt is not None and recs[nxt][0] == TEXT and recs[nxt][5] is None:
            heads.append(i)
            spoken.add(nxt)
    names = Counter(recs[i][3] for i in heads)
    kept = [i for i in heads if names[recs[i][3]] >= 2]
    if sum(1 for n in names.values() if n >= 2) < 2 or len(kept) < 0.25 * content:
        return
    for i in kept:
        recs[i] = (HEADER, recs[i][3], None, "", EXPLICIT, "names", recs[i][6])


def _qa_dot(recs: list[_Rec]) -> None:
    """Keep "Q." / "A." labels only when each letter labels 2+ lines and no "A." item is followed by
    a "B." one (a lettered list)."""
    for i, r in enumerate(recs):
        if r[0] == LABEL and r[5] == "qa" and r[1] == "A":
            nxt = next((x for x in recs[i + 1:] if x[0] != BLANK), None)
            if nxt is not None and nxt[0] > SKIP and nxt[6].startswith("B."):
                recs[i] = _as_text(r)  # "A. …" then "B. …": a lettered list (Q./A. labels carry no time)
    n = Counter(r[1] for r in recs if r[0] == LABEL and r[5] == "qa")
    if n and (n["Q"] < 2 or n["A"] < 2):
        for i, r in enumerate(recs):
            if r[0] == LABEL and r[5] == "qa":
                recs[i] = _as_text(r)


def _metadata_labels(recs: list[_Rec]) -> None:
    """Skip "Candidate: Aarav Mehta" when the value is itself a speaker label: header metadata."""
    names = {r[1] for r in recs if r[0] in (HEADER, LABEL)}
    for i, r in enumerate(recs):
        if r[0] == LABEL and r[4] == WEAK and len(r[3].strip()) > 1 and r[3].strip() in names - {r[1]}:
            recs[i] = (SKIP,)


_PAREN = re.compile(r"\s*\([^()]*\)")
_LIST_SEP = re.compile(r"\s*(?:[,;&/]|\band\b)\s*")


def _listed_names(value: str) -> list[str] | None:
    """The names a header value lists ("Helen Marsh (chair), Gregory Tan"), or None if it lists none."""
    value = value.strip()
    if not value or len(value) > 160 or value[-1] in ".?!:":
        return None
    parts = [p for p in _LIST_SEP.split(_PAREN.sub("", value)) if p]
    if not parts or not all(_name_like(p) and plausible_label(p) for p in parts):
        return None
    return parts


def same_name(name: str, label: str) -> bool:
    """"Priya Nair" in a header and the label "Priya" (or "Nair", or "Priya Nair") are one person."""
    a, b = set(name.lower().split()), set(label.lower().split())
    return bool(a and b) and (a <= b or b <= a)


def _metadata_line(r: _Rec) -> bool:
    """A "Position: Data Analyst" / "Date: 12 March" line (a metadata word, not a speaker label)."""
    if r[0] != TEXT or r[2] is not None or ":" not in r[6]:
        return False
    m = _LABEL.match(r[6])
    return bool(m) and m["name"].strip().lower().rstrip(".") in _NOT_SPEAKERS


def _header_block(recs: list[_Rec]) -> dict[str, list[str]]:
    """Read the header block at the top of the file ("Candidate: Priya Nair", "Interviewer: Tom
    Becker", "Position: Data Analyst") and return the roles it states.

    The block is the run of "Label: value" lines at the top (after at most two title lines), up to
    the first blank line or other line. A role-word line whose value lists names is believed when
    a listed name matches a speaker label of the file ("Priya Nair" and "Priya:") or the block also
    holds metadata lines and ends at a blank line; any other label line in the run makes it speech
    ("Interviewer: Hi Sam" / "Sam: Hi"). Believed lines naming one person are skipped;
    metadata lines of such a block never join a speaker's turn.
    """
    run: list[int] = []
    title = 0
    ended = False
    for i, r in enumerate(recs):
        if r[0] == SKIP:
            continue
        if r[0] == BLANK:
            if run:
                ended = True
                break
            continue
        if r[0] == LABEL and r[4] == WEAK or _metadata_line(r):
            run.append(i)
        elif not run and r[0] == TEXT and title < 2:
            title += 1
        else:
            break
    decl = {i: names for i in run if recs[i][0] == LABEL and is_role_word(recs[i][1])
            and (names := _listed_names(recs[i][3]))}
    if not decl or any(recs[i][0] == LABEL and i not in decl for i in run):
        return {}  # a speaker's line in the run: speech, not a header
    meta = [i for i in run if recs[i][0] == TEXT]
    decl_labels = {recs[i][1] for i in decl}
    labels = {r[1] for r in recs if r[0] in (HEADER, LABEL)} - decl_labels
    trusted = {i: names for i, names in decl.items()
               if any(same_name(n, lab) for n in names for lab in labels) or (meta and ended)}
    if not trusted:
        return {}
    for i in meta:
        r = recs[i]
        recs[i] = (TEXT, None, None, r[3], 0, "meta", r[6])
    stated: dict[str, list[str]] = {}
    for i, names in trusted.items():
        stated.setdefault(recs[i][1], []).extend(names)
        if len(names) == 1:
            recs[i] = (SKIP,)
    return stated


def _chapter(text: str) -> bool:
    """A chapter title of a video transcript: a few words, capitalised, no sentence punctuation."""
    return len(text.split()) <= 5 and text[0].isupper() and text[-1] not in ".?!,;:…-"


def _name_time_blocks(recs: list[_Rec]) -> int:
    """"Name" / "00:05" / words, block after block (Riverside- or Descript-style copies): the name line
    becomes the speaker header, timed by the line under it; returns how many headers were made.

    Believed only as the file's layout, as :func:`_name_lines` does: 4+ such blocks, 2+ names each over
    2+ of them, and named blocks holding most (60%+) of the bare time lines. A YouTube panel copy with
    chapter titles (each used once, over few of its times) stays as it was.
    """
    blocks: list[tuple[int, int]] = []
    for i in range(len(recs) - 2):
        r, t = recs[i], recs[i + 1]
        if t[0] != TSLINE or r[0] != TEXT or r[2] is not None or r[5] is not None or not _speaker_line(r[3]):
            continue
        k = next((k for k in range(i + 2, len(recs)) if recs[k][0] > SKIP), None)
        if k is not None and recs[k][0] == TEXT and recs[k][2] is None:
            blocks.append((i, i + 1))
    names = Counter(recs[i][3] for i, _ in blocks)
    kept = [(i, j) for i, j in blocks if names[recs[i][3]] >= 2]
    bare = sum(1 for r in recs if r[0] == TSLINE)
    if len(kept) < 4 or sum(1 for n in names.values() if n >= 2) < 2 or len(kept) < 0.6 * bare:
        return 0
    for i, j in kept:
        recs[i] = (HEADER, recs[i][3], recs[j][2], "", EXPLICIT, "names", recs[i][6])
        recs[j] = (SKIP,)
    return len(kept)


def _youtube_panel(recs: list[_Rec], content: int) -> None:
    """YouTube's transcript panel (a bare timestamp line, then its words)? Chapter titles are skipped.

    Needs 3+ bare timestamp lines making up 30%+ of the lines; otherwise they stay text.
    """
    bare = [i for i, r in enumerate(recs) if r[0] == TSLINE]
    if len(bare) < 3 or len(bare) < 0.3 * content:
        for i in bare:
            recs[i] = _as_text(recs[i], keep_time=False)
        return
    prev: int | None = None
    for i, r in enumerate(recs):
        if r[0] == BLANK:
            continue
        if r[0] == TEXT and r[2] is None and (prev is None or recs[prev][0] != TSLINE) and _chapter(r[3]):
            nxt = next((x for x in recs[i + 1:] if x[0] != BLANK), None)
            if nxt is not None and nxt[0] == TSLINE:
                recs[i] = (SKIP,)
        prev = i


_WIDE_COLON = re.compile(r"：[ \t]*")
# Emoji before a label: "🎤 Host: …", "👩‍💻 Jess: …" (the label is the name after it).
# A joiner inside the emoji ("🧑\u200d💼 Kate: …") is part of it (EMOJI_PREFIX_RE).
_EMOJI_PREFIX = re.compile("^" + EMOJI_PREFIX_RE + r"(?=[^\W\d_][^:\n]{0,39}?[ \t]*:[ \t])")

# Header layouts that a list line inside a turn can mimic: "Tuesday  10:00" (Otter), "Monday - 10:30"
# (Fireflies), "Client review (11:00)" (Rev), "[09:30] Standup" (Webex, Happy Scribe, Word).
_LOOKALIKE_FAMILIES = frozenset({"otter", "fireflies", "rev", "plain", "tsname", "tsname?", "wordts", "zoomcc"})


def _lookalikes_stay_text(recs: list[_Rec], lines: list[str], labelled: int) -> bool:
    """In a ``Name: text`` file, lines shaped like another tool's headers, or starting or ending
    with a time, are list lines inside a turn ("Thursday  14:00", "9:00 stand-up", "Client review
    (11:00)"): kept whole as text.

    Applies when the file's own labels outnumber such headers (of each layout) and no label line
    carries a time; a file that does use such a layout has more of its headers than labels.
    Returns whether a time closing a text line may still be read as its start (labels use them too).
    """
    if not labelled:
        return True
    fams = Counter(r[5] for r in recs if r[0] == HEADER and r[4] == EXPLICIT and r[5] in _LOOKALIKE_FAMILIES)

    def keep_whole(i: int) -> None:
        whole = lines[i].strip()
        recs[i] = (TEXT, None, None, whole, 0, None, whole)

    for i, r in enumerate(recs):
        if r[0] == HEADER and r[4] == EXPLICIT and fams.get(r[5], 0) < labelled:
            keep_whole(i)
    if any(r[0] in (HEADER, LABEL) and r[2] for r in recs):
        return True
    timed_text = [i for i, r in enumerate(recs) if r[0] == TEXT and r[2] and r[2][-1] != "s"]
    if len(timed_text) < labelled:
        for i in timed_text:
            keep_whole(i)
    return any(r[0] == LABEL and r[3] and r[3][-1] in ")]" and _TAIL_TS.search(r[3]) for r in recs)


# ------------------------------------------------------------------ two turns on a line, hyphenated words

@dataclass(frozen=True)
class _MidLabels:
    """Another speaker's label in the middle of a line (see :func:`_mid_label_pattern`)."""

    pattern: re.Pattern
    canon: dict[str, str]  # a role word, casefolded -> the label as the file's lines open with it most

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text)

    def speakers(self, text: str) -> Iterator[tuple[re.Match, str]]:
        """Each label found in ``text``, with the speaker it names."""
        for m in self.pattern.finditer(text):
            yield m, self.canon.get(m[1].casefold(), m[1])


def _mid_label_pattern(accepted: set[str], counts: Counter[str]) -> _MidLabels | None:
    """A pattern for another speaker's label in the middle of a line, right after a sentence end
    ("… what would you like to know? Candidate: Thanks.", "…to know?Candidate:") or a dash ("by Friday -
    Candidate: great"): two turns typed or pasted onto one line. Only labels that open lines of this file
    count (two or more, or a role word), names as written there (case included), so prose with a colon
    ("The answer: yes") is never split; a role word in any case ("… okay? candidate: I mean"). A time stamp
    may stand before the label or after it, as the file's own labels carry one (``[00:00:05] Candidate:``,
    Rev's ``Speaker 2 (00:00:05):``). ``None`` when fewer than two."""
    names = sorted((n for n in accepted if counts[n] >= 2 or is_role_word(n)), key=len, reverse=True)
    if len(names) < 2:
        return None
    canon: dict[str, str] = {}
    for name in sorted((n for n in names if is_role_word(n)), key=lambda n: -counts[n]):
        canon.setdefault(name.casefold(), name)
    alternatives = "|".join(f"(?i:{re.escape(n)})" if is_role_word(n) else re.escape(n) for n in names)
    return _MidLabels(re.compile(r"(?:(?:(?<=[.?!…])|(?<=[.?!…][\"”’')\]]))\s*|\s+[-–—]\s+)(?:" + _MID_STAMP
                                 + r"\s+)?(" + alternatives + r")(?:\s+" + _MID_STAMP + r")?:[ \t]+(?=\S)"), canon)


_MID_STAMP = r"[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]?"  # "[00:00:05]", "(00:05)", "0:05"


def _split_turns(text: str, speaker: str, mid: _MidLabels) -> list[tuple[str, str]]:
    """``text`` said by ``speaker`` cut at each other speaker's label found by ``mid``: (speaker, text) pairs."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m, who in mid.speakers(text):
        if who != speaker:
            out.append((speaker, text[pos:m.start()]))
            speaker, pos = who, m.end()
    out.append((speaker, text[pos:]))
    return out


_HYPHEN_END = re.compile(r"([^\W\d_]+)-$")
_WORD_START = re.compile(r"[^\W\d_]+")
# A line that ends in "I was-" and goes on with one of these words is speech broken off, not a word
# hyphenated at the line end: "we were gonna-" / "we decided".
_NOT_WORD_END = frozenset(
    "i a an and the we you he she it they so but or if then that this to of is was my our um uh er like well "
    "just yeah yes no what how because".split())
# The words of a compound broken at its own hyphen ("well-" / "known", "follow-" / "up"): the hyphen stays.
_COMPOUND_HEADS = frozenset(
    "self well non ex follow check sign log set start hands full part long short high low mid cross one two three "
    "four five six seven eight nine ten first second third all half multi semi anti "
    "twenty thirty forty fifty sixty seventy eighty ninety".split())
_COMPOUND_TAILS = frozenset(
    "known up based term time level like minded free friendly wide related driven focused oriented specific "
    "facing sized off in on out down over end year old ish wise".split())
# Whole words a speaker breaks off on ("Thank you for-" / "your time", "what are the-" / "next steps"): the
# line-end hyphen after one is only a broken word when the two halves make a word ("for-" / "ward").
_FUNCTION_WORDS = _NOT_WORD_END | frozenset(
    "for to in on at by with from into onto upon about as your their his her its me him them us be are were been "
    "have has had do does did will would can could should shall may might must not some any every all up out "
    "there here which who whom when where why very too also than more most such these those".split())
# Words made of a function word and more, which the word lists below leave out.
_CLOSED_WORDS = frozenset(
    "toward towards together today tomorrow tonight anything anyone anybody anyway anywhere something someone "
    "somebody somewhere sometimes everything everyone everybody everywhere nothing nobody nowhere into onto upon "
    "within without whatever whenever wherever however whoever therefore thereby myself yourself himself herself "
    "itself ourselves yourselves themselves because before behind between beyond about above across after again "
    "against along among around away cannot inside outside throughout otherwise although though unless until "
    "whereas whether".split())


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """English words (the lemma tables of spacy-lookups-data, installed with us), read once when a line-end
    hyphen after a whole word asks for them; empty if the tables are missing."""
    words = set(_CLOSED_WORDS)
    try:
        import spacy_lookups_data

        folder = Path(spacy_lookups_data.__file__).parent / "data"
        with gzip.open(folder / "en_lemma_index.json.gz", "rt", encoding="utf-8") as f:
            for forms in json.load(f).values():
                words.update(forms)
        with gzip.open(folder / "en_lemma_lookup.json.gz", "rt", encoding="utf-8") as f:
            for form, lemma in json.load(f).items():
                words.add(form)
                words.add(lemma)
    except (ImportError, OSError, ValueError):
        pass
    return frozenset(w.casefold() for w in words)


def _whole_word(head: str, text: str) -> bool:
    """Whether ``head`` (the part before a line-end hyphen) is a word of its own, not a fragment: a function
    word, a word written on its own elsewhere in the file (``text``, casefolded), or an English word."""
    low = head.casefold()
    return (low in _FUNCTION_WORDS or re.search(rf"\b{re.escape(low)}\b(?!-)", text) is not None
            or low in _lexicon())


def _add_split(segments: list[Segment], split_lines: list[int], speaker: str, body: str, lineno: int,
               start: float | None, end: float | None, mid: _MidLabels) -> str:
    """Add line ``lineno`` of ``speaker`` cut into turns at other speakers' labels; the speaker it ends with."""
    pieces = _split_turns(body, speaker, mid)
    if len(pieces) > 1:
        split_lines.append(lineno)
    for k, (who, text) in enumerate(pieces):
        segments.append(Segment(who, text, lineno, start if k == 0 else None, end if k == len(pieces) - 1 else None))
    return pieces[-1][0]


def _dehyphenate(prev: str, nxt: str, lines: list[str], seen: dict[str, str]) -> tuple[str, str] | None:
    """A word hyphenated at a line end ("put me for-" / "ward. Rachel…", a PDF copy or hard wrap): the
    previous line with the word whole ("put me forward.") and what is left of the next line, or ``None``.

    The hyphen stays when the word is a compound broken at its own hyphen: the hyphenated form is
    written elsewhere in the file (and the solid one is not), a part before it is hyphenated too
    ("state-of-the-" / "art"), or a common compound part ("well-" / "known", "follow-" / "up", "twenty-" /
    "five"). Speech broken off is left as it is: before a word a speaker restarts with ("I was-" / "we
    decided"), after a contraction ("I'm-" / "excited"), and after a whole word (a function word, a word
    written on its own elsewhere, an English word) unless the two halves make a word ("for-" / "ward") or a
    compound ("self-" / "employed"): "what are the-" / "next steps", "I'll send-" / "probably tomorrow".
    """
    m = _HYPHEN_END.search(prev)
    if m is None or m.start() > 0 and prev[m.start() - 1] in "'\u2019":
        return None
    parts = nxt.split(None, 1)
    chunk, rest = parts[0], parts[1] if len(parts) > 1 else ""
    head, tail = m[1], _WORD_START.match(chunk)[0]
    if tail.lower() in _NOT_WORD_END:
        return None
    keep = m.start() > 0 and prev[m.start() - 1] == "-"
    if not keep:
        if "text" not in seen:
            seen["text"] = "\n".join(lines).casefold()
        solid = re.search(rf"\b{re.escape((head + tail).casefold())}\b", seen["text"]) is not None
        hyphened = re.search(rf"\b{re.escape(f'{head}-{tail}'.casefold())}\b", seen["text"]) is not None
        keep = hyphened and not solid or not solid and (
            head.lower() in _COMPOUND_HEADS or tail.lower() in _COMPOUND_TAILS)
        if not solid and not keep and _whole_word(head, seen["text"]):
            if f"{head}{tail}".casefold() in _lexicon():
                pass
            elif f"{head}-{tail}".casefold() in _lexicon():
                keep = True  # "on-" / "site"
            else:
                return None  # speech broken off: "the-" / "next steps"
    return prev[:-1] + ("-" if keep else "") + chunk, rest


def _tail_time(text: str, start: float | None) -> tuple[str, float | None]:
    """Take a closing "(00:05)" off a line; it is the line's start time unless one is known."""
    if text and text[-1] in ")]":
        m = _TAIL_TS.search(text)
        if m and m.start() > 0:
            return text[: m.start()], start if start is not None else _secs(m["ts"])
    return text, start


# A list marker or line number in front of a line: "- ", "* ", "• ", "12. ", "3) ", " 1   " (deposition).
_LIST_MARK = re.compile(r"^[ \t]*(?P<m>[-*+•]|\d{1,4}[.)]|\d{1,4}(?=[ \t]))[ \t]+(?P<rest>\S.*)$")
# "Dana - text": a name, a spaced dash, the words (a dialogue typed with a dash for the colon).
_DASH_LABEL = re.compile(r"^(?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}) [-–—] (?P<rest>\S.*)$")


def _unmarked(lines: list[str]) -> list[str] | None:
    """The lines with the list marker or line number most of them carry taken off ("1. Interviewer:
    …", "- **Sam:** …", " 2   A.  …"), or "Name - text" turned into "Name: text" when most lines
    read so, with at least two names each on two lines; ``None`` when neither holds.

    Only a candidate reading: the caller keeps it when the plain reading finds no speakers and this
    one finds a dialogue, each speaker on two turns on average (so a numbered list of questions or
    an agenda stays what it was).
    """
    content = [i for i, x in enumerate(lines) if x.strip()]
    if len(content) < 2:
        return None
    marks = {i: m for i in content if (m := _LIST_MARK.match(lines[i]))}

    def kind(m: re.Match[str]) -> str:
        return m["m"] if not m["m"][0].isdigit() else "n" + m["m"][-1] if not m["m"][-1].isdigit() else "n"

    kinds = Counter(kind(m) for m in marks.values())
    if kinds:
        top, n = kinds.most_common(1)[0]
        if n >= 2 and n >= 0.6 * len(content):
            out = list(lines)
            for i, m in marks.items():
                if kind(m) == top:
                    out[i] = m["rest"]
            return out
    dashed = {i: m for i in content if (m := _DASH_LABEL.match(lines[i].strip()))}
    names = Counter(m["name"] for m in dashed.values())
    if len(dashed) >= 0.6 * len(content) and sum(1 for c in names.values() if c >= 2) >= 2:
        out = list(lines)
        for i, m in dashed.items():
            out[i] = f"{m['name']}: {m['rest']}"
        return out
    return None


# Chat-log exports (Teams / Slack / WhatsApp copies, chat apps): a wall-clock time in 12-hour form or
# after a date, before or after the sender's name. "[10:00 AM] Dana Wu: …", "[2024-11-10 10:00:00] …",
# "[10/11/24, 10:00:00] …" (WhatsApp iOS), "10/11/24, 10:00 - Dana Wu: …" (WhatsApp Android),
# "10:00 AM Dana Wu: …", "Dana Wu [10:00 AM]: …", "Dana Wu, 10:00 AM: …". A bare "[10:00]" or
# "Name [00:12:03]:" is another layout's (read as it always was).
_CHAT_DATE = r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
_CHAT_CLOCK = r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?:[.,]\d{1,3})?(?:\s?(?P<ap>[AaPp])\.?[Mm]\.?)?"
_CHAT_PREFIX = re.compile(
    rf"^(?:\[(?P<d1>{_CHAT_DATE}[,T]?\s*)?{_CHAT_CLOCK}\]\s*(?:[-–]\s+)?"
    rf"|(?P<d2>{_CHAT_DATE},?\s+)?{_CHAT_CLOCK.replace('?P<', '?P<x')}\s+(?:[-–]\s+)?)(?P<rest>\S.*)$"
)
_CHAT_NAME_FIRST = re.compile(
    rf"^(?P<name>[^\W\d_][^\[\](),:\n]{{0,39}}?)(?:\s*[\[(]{_CHAT_CLOCK}[\])]|,\s*{_CHAT_CLOCK.replace('?P<', '?P<x')})"
    r"\s*:[ \t]+(?P<text>\S.*)$"
)


def _chat_clock(m: re.Match[str]) -> tuple[int | None, bool]:
    """Seconds since midnight of a chat line's time, and whether the line is a chat-log one (it
    carries a date or an AM/PM mark); ``(None, False)`` for an impossible time."""
    g = m.groupdict()
    x = "" if g["h"] is not None else "x"
    h, mi, sec, ap = int(g[x + "h"]), int(g[x + "m"]), int(g[x + "s"] or 0), g[x + "ap"]
    if ap:
        if not 1 <= h <= 12:
            return None, False
        h = h % 12 + (12 if ap in "Pp" else 0)
    if h > 23 or mi > 59 or sec > 59:
        return None, False
    return h * 3600 + mi * 60 + sec, bool(ap or g.get("d1") or g.get("d2"))


def _chat_log(lines: list[str]) -> list[str] | None:
    """The lines of a chat-log export rewritten as ``[H:MM:SS] Name: text`` (or ``[H:MM:SS] Name``
    over the message's lines, Teams' copy), the time counted from the first message and a day added
    when the clock goes back past midnight; ``None`` when the file is not one.

    Looked for only when one of the first five non-blank lines has such a time (a cheap test for
    every other file); believed when 2+ lines, and a quarter or more of the non-blank lines, are
    such messages. Other lines keep their place (a message's further lines); a bracketed or dated
    line without a sender (WhatsApp's "Messages are end-to-end encrypted", "Dana joined") is not
    speech. The speaker labels still go through the plain-text reader's checks.
    """
    def match(s: str) -> tuple[re.Match[str], bool] | None:
        c = s[0]
        if c == "[" or c.isdigit():
            m = _CHAT_PREFIX.match(s)
            return (m, False) if m else None
        if ("[" in s or "(" in s or "," in s) and (m := _CHAT_NAME_FIRST.match(s)):
            return m, True
        return None

    seen = 0
    for x in lines:
        if s := x.strip():
            if (hit := match(s)) and _chat_clock(hit[0])[1]:
                break
            seen += 1
            if seen == 5:
                return None
    else:
        return None
    filled = [i for i, x in enumerate(lines) if x.strip()]
    out = list(lines)
    messages = 0
    first = prev = None
    day = 0
    for i in filled:
        s = lines[i].strip()
        hit = match(s)
        if not hit:
            continue
        m, name_first = hit
        secs, chat = _chat_clock(m)
        if secs is None or not chat:
            continue
        if name_first:
            who, said = m["name"].strip(), m["text"]
        else:
            lab = _LABEL.match(m["rest"])
            if not lab or not lab["text"]:
                head = _TS_NAME.match(m["rest"])
                if head and not head["dash"] and _name_like(head["name"].strip()):
                    who, said = head["name"].strip(), None  # "[10:00 AM] Dana Wu", the message below
                elif s[0] == "[" or m["d2"]:
                    out[i] = ""  # a system line: "Dana joined", "Messages are end-to-end encrypted"
                    continue
                else:
                    continue  # "10:30 AM works for me" inside a message
            else:
                who, said = lab["name"].strip(), lab["text"]
        if prev is not None and secs < prev - 43200:
            day += 86400  # past midnight (a message a little out of order is not a day later)
        prev = secs
        secs += day
        first = secs if first is None else first
        rel = max(0, secs - first)
        stamp = f"[{rel // 3600}:{rel % 3600 // 60:02d}:{rel % 60:02d}] {who}"
        out[i] = stamp if said is None else f"{stamp}: {said}"
        messages += 1
    if messages < 2 or messages < 0.25 * len(filled):
        return None
    return out


# A Markdown pipe table's delimiter row: "|---|---|", "| :-- | --: |", "---|---", "|-|-|".
_PIPE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$", re.M)
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")


def _pipe_cells(line: str) -> list[str]:
    """The cells of a pipe-table row (outer pipes optional, ``\\|`` is a pipe inside a cell)."""
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [" ".join(c.replace("\\|", "|").split()) for c in _PIPE_SPLIT.split(s)]


def _pipe_tables(lines: list[str]) -> tuple[list[str], int, list[int], bool]:
    """Markdown pipe tables read as the Word reader reads tables (:func:`analyzer.readers.word._table_lines`):
    one ``[time] Speaker: text`` line per row, in place (line numbers stay the same).

    A header row naming a speaker and a text column (``| Speaker | Text |``) says which columns are
    speech; without one a row is ``Speaker | Text``, ``Time | Speaker | Text`` or ``Speaker | Time |
    Text``. Returns the lines, the number of cells outside those columns, the first line of each
    table, and whether every table had such a header.
    """
    from analyzer.readers.word import _header, table_row

    out = list(lines)
    ignored = 0
    starts: list[int] = []
    named = True
    i = 1
    while i < len(lines):
        if not ("-" in lines[i] and "|" in lines[i] and _PIPE_RULE.match(lines[i])
                and "|" in lines[i - 1]):
            i += 1
            continue
        top = i - 1
        head = _header(_pipe_cells(lines[top]))
        named = named and head is not None
        starts.append(top + 1)
        out[i] = ""
        rows = [top] if head is None else []
        if head is not None:
            out[top] = ""
        j = i + 1
        while j < len(lines) and "|" in lines[j] and lines[j].strip():
            rows.append(j)
            j += 1
        for k in rows:
            stamp, speech, left_out = table_row(_pipe_cells(lines[k]), head)
            ignored += left_out
            out[k] = stamp + speech
        i = j
    return out, ignored, starts, named


def parse_text(text: str, name: str, *, fmt_hint: str | None = None, fmt: str | None = None) -> Transcript:
    """Parse a plain-text transcript (already decoded, ``\\n`` line endings).

    Args:
        text: The decoded file content.
        name: File name for messages.
        fmt_hint: ``"markdown"`` when the extension says so (used only when no layout is found).
        fmt: Force the reported format id (the .docx reader passes ``"docx"``).
    """
    if "：" in text:
        text = _WIDE_COLON.sub(": ", text)  # "面试官：…", "Interviewer：…" (full-width colon, no space)
    text = strip_invisible(text)
    lines = text.split("\n")
    chat = _chat_log(lines)
    if chat is not None:
        read = _parse_lines(chat, name, fmt_hint, fmt or "chat-log-txt")
        if read.has_speakers:
            return read
    tables = None
    if "|" in text and "-" in text and _PIPE_RULE.search(text):
        tables, ignored, starts, named = _pipe_tables(lines)
        if named:  # "| Speaker | Text |": the table is the transcript
            read = _parse_lines(tables, name, fmt_hint, fmt)
            if read.has_speakers:
                return _table_note(read, ignored)
    plain = _parse_lines(lines, name, fmt_hint, fmt)
    if plain.has_speakers:
        return plain
    if tables is not None and not named:  # a table without a header naming its columns: a dialogue?
        read = _parse_lines(tables, name, fmt_hint, fmt)
        if _is_dialogue(read):
            return _table_note(read, ignored)
    if tables is not None:
        plain.warnings.append(f"the Markdown table at line {starts[0]} was read as plain text, not as speaker "
                              "turns; give it a header row naming its columns (| Speaker | Text |)")
    other = _unmarked(lines)
    symbols: dict[str, str] = {}
    if other is None:
        other, symbols = _symbol_labels(lines)
        if other is None:
            return _utterances(plain)
    marked = _parse_lines(other, name, fmt_hint, fmt)
    if not _is_dialogue(marked):
        return _utterances(plain)
    if symbols:  # the stand-in names back to the labels as written
        marked.turns = [t if t.speaker not in symbols else replace(t, speaker=symbols[t.speaker])
                        for t in marked.turns]
    return marked


# A sentence that ends inside a line, more words after it: "Thanks. I'd love to" (not at the line's end).
_END_INSIDE = re.compile(r"[.!?…][\"'”’)\]]*\s+\S")
# A line that ends with a mark: a full stop, a question, or a comma saying that the sentence goes on.
_END_MARKED = re.compile(r"[.!?…,;:–—-][\"'”’)\]]*\s*$")


def _utterances(transcript: Transcript) -> Transcript:
    """``transcript`` (text read without speaker labels) marked as one utterance a line, when its lines
    look like unpunctuated speech-to-text output (:attr:`Transcript.utterance_lines`): the evidence
    then quotes the match's line(s), not a run-on of every line with the interviewer's words in it
    (the rules still read whole sentences; a match wrapped over two lines keeps both). Not so when
    most lines end with a mark (punctuated output, whose segments may break mid-sentence after a comma
    or none: the full stops say where sentences end, and the whole sentence is the better quote), nor
    for prose wrapped at a width (it ends most of its sentences inside lines). Only for ``plain-text``
    and ``markdown``: caption cues and YouTube transcript lines are display fragments of a few words,
    and a Word document's paragraphs are not utterances."""
    if transcript.has_speakers or transcript.format not in ("plain-text", "markdown"):
        return transcript
    lines = [t.text[a:b] for t in transcript.turns
             for a, b in zip(t.offsets, t.offsets[1:] + (len(t.text),))]
    if (len(lines) >= 2 and sum(1 for x in lines if _END_INSIDE.search(x)) <= len(lines) / 4
            and sum(1 for x in lines if _END_MARKED.search(x)) <= len(lines) / 2):
        transcript.utterance_lines = True
    return transcript


def _is_dialogue(transcript: Transcript) -> bool:
    """Does a second reading of the lines give a dialogue: its few speakers come back, or role words
    name them (a numbered agenda "1. Warm-up: ten minutes" names each item once)?"""
    said = [t.speaker for t in transcript.turns if t.speaker is not None]
    return bool(said) and (len(set(said)) <= len(said) / 2 or len(said) >= 2 and all(map(is_role_word, said)))


def _table_note(transcript: Transcript, ignored: int) -> Transcript:
    """Add the note about table cells outside the speaker and text columns (as for Word tables)."""
    if ignored:
        transcript.warnings.append(f"{ignored} Markdown table cell(s) outside the speaker and text columns "
                                   "(comments, notes) were not read as speech")
    return transcript


def has_symbol(text: str) -> bool:
    """Does ``text`` hold an emoji or another pictograph ("🎤", "😀", "★"; Unicode category So)?
    A label of such marks names somebody (a chat export's avatar), unlike "?" or "-"."""
    return any(unicodedata.category(ch) == "So" for ch in text if ord(ch) > 0x7F)  # ASCII has none


# "😀: text", "🎤: text", "★: text": a short label of symbols or emoji only (no letter to read as a name).
_SYMBOL_LABEL = re.compile(r"^(?P<name>[^\w\s:]{1,8})[ \t]*:[ \t]+(?P<rest>\S.*)$")


def _symbol_labels(lines: list[str]) -> tuple[list[str] | None, dict[str, str]]:
    """The lines with symbol-only labels ("😀: …", "🎤: …") given stand-in names the label reader
    accepts, and the stand-in → label map; ``(None, {})`` unless most lines carry such a label
    (with a symbol or emoji in it, so "...:" is no label) and two or more labels come back on
    two lines each. Only a candidate reading, kept by the caller when it gives a dialogue."""
    content = [i for i, x in enumerate(lines) if x.strip()]
    found = {i: m for i in content if ord(lines[i].lstrip()[0]) > 0x7F
             and (m := _SYMBOL_LABEL.match(lines[i].strip())) and has_symbol(m["name"])}
    names = Counter(m["name"] for m in found.values())
    if len(found) < 0.6 * len(content) or sum(1 for c in names.values() if c >= 2) < 2 or len(names) > 26:
        return None, {}
    stand_in = {sym: f"Symbollabel {chr(65 + k)}" for k, sym in enumerate(names)}
    out = list(lines)
    for i, m in found.items():
        out[i] = f"{stand_in[m['name']]}: {m['rest']}"
    return out, {v: k for k, v in stand_in.items()}


def _parse_lines(lines: list[str], name: str, fmt_hint: str | None, fmt: str | None) -> Transcript:
    if fmt is None and "" in lines[1:-1]:
        screenplay = _screenplay(lines, name)
        if screenplay is not None:
            return screenplay
    recs: list[_Rec] = []
    explicit = 0
    content = 0
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s:
            recs.append((BLANK,))
            continue
        if ord(s[0]) > 0x2000 and (m := _EMOJI_PREFIX.match(s)):
            s = lines[i] = s[m.end():]  # "🎤 Host: …" is Host's line
        if is_event(s) or (s[0] in "-=*_~" and _DIVIDER.match(s)) or (len(s) < 100 and _FURNITURE.match(s)):
            recs.append((SKIP,))
            continue
        r = _classify(s)
        content += 1
        if r[0] in (HEADER, LABEL):
            if not plausible_label(r[1], strict=r[4] != EXPLICIT, punctuated=r[4] == WEAK) or (r[0] == LABEL and r[4] == WEAK and is_url(r[3])):
                r = _as_text(r)
            elif r[4] == EXPLICIT:
                explicit += 1
        recs.append(r)

    _qa_dot(recs)
    stated = _header_block(recs)
    _metadata_labels(recs)
    explicit += _name_time_blocks(recs)
    _youtube_panel(recs, content)
    explicit -= _check_ts_names(recs) + _check_trint(recs, content)
    weak_counts = Counter(r[1] for r in recs if r[0] in (HEADER, LABEL) and r[4] == WEAK)
    weak_total = sum(weak_counts.values())
    tail_times = True
    # the layout with most explicit markers: four look-alikes of four layouts are no layout
    layout = max(Counter(r[5] for r in recs if r[0] in (HEADER, LABEL) and r[4] == EXPLICIT).values(), default=0)
    if explicit >= 2 and min(explicit, layout) >= weak_total:
        accepted: set[str] = set()
    else:
        accepted = filter_weak_labels(weak_counts, dense=weak_total >= 0.6 * content)
        tail_times = _lookalikes_stay_text(recs, lines, sum(weak_counts[x] for x in accepted))
    if not accepted and not any(r[0] in (HEADER, LABEL) and r[4] == EXPLICIT for r in recs):
        _name_lines(recs, content)
    # with time-stamped or other explicit labels, their speakers too ("[00:00:05] Candidate:" mid-line)
    explicit_names = Counter(r[1] for r in recs if r[0] in (HEADER, LABEL) and r[4] == EXPLICIT and r[1])
    mid = _mid_label_pattern(accepted | set(explicit_names), weak_counts + explicit_names)
    split_lines: list[int] = []  # lines holding two turns ("…to know? Candidate: Thanks.")
    seen: dict[str, str] = {}  # the file's text, casefolded, once a hyphenated line end asks for it

    segments: list[Segment] = []
    families: Counter[str] = Counter()
    speaker: str | None = None
    pending: float | None = None
    pending_end: float | None = None
    expect_name = False
    preamble = 0
    secs_lines = timed_text = whisper_lines = turn_marks = 0
    last_label = 0
    notes: list[int] = []
    paragraphs: list[int] = []  # unlabelled text lines opening a paragraph inside a turn
    after_blank = False
    chat = fmt == "chat-log-txt"  # every message is an utterance (Segment.opens)
    fresh = False  # the next text line is a chat message's first line
    for lineno, r in enumerate(recs, 1):
        kind = r[0]
        if kind <= SKIP:
            after_blank = after_blank or kind == BLANK
            continue
        if kind == TEXT and after_blank and speaker is not None:
            paragraphs.append(lineno)
        after_blank = False
        if kind == NOTE:
            if _outro_note(r[3]):
                notes.append(lineno)
            continue
        if kind == TSLINE:
            pending, pending_end = clock_to_seconds(r[2]), None
            families["youtube"] += 1
            continue
        if kind == ARROW:
            pending, pending_end, expect_name = clock_to_seconds(r[2]), clock_to_seconds(r[3]), True
            continue
        if kind in (HEADER, LABEL) and r[4] == WEAK and r[1] not in accepted:
            r = _as_text(r)
            kind = TEXT
        if expect_name:
            expect_name = False
            if kind == TEXT and plausible_label(r[3], strict=False) and not r[3].endswith((".", "?", "!", ",")):
                speaker = r[3]
                families["teams"] += 1
                continue
        if kind in (HEADER, LABEL):
            last_label = lineno
        if kind == HEADER:
            speaker = r[1]
            families[r[5]] += 1
            ts = _secs(r[2])
            if ts is not None:
                pending, pending_end = ts, None
            fresh = chat or r[5] == "chat"  # a chat message under its sender's line: a message of its own
            continue
        if kind == LABEL:
            speaker = r[1]
            families[r[5]] += 1
            start = _secs(r[2])
            body = r[3]
            if start is None and body[:1] in "[(" and (lead := _LEAD_TIME.match(body)):
                start, body = _secs(lead["ts"]), lead["rest"]  # Sonix "Name: [00:01:44] text"
            if start is None:
                start, pending = pending, None
            body, start = _tail_time(body, start)
            body = _clean(body)
            # a chat message, or a "Name: text" line without a time, is an utterance of its own: the
            # same sender's next message starts a new sentence (caption-like timed lines may not)
            opens = chat or r[5] == "chat" or (r[2] is None and r[5] in ("plain", "md", "qa"))
            if not body.strip() and start is not None:
                # Zoom chat's "10:00:08 From  Sam  to  Everyone:" with the message on the lines below
                pending, fresh = start, opens
            elif mid is not None and ": " in body and mid.search(body):
                speaker = _add_split(segments, split_lines, speaker, body, lineno, start, pending_end, mid)
            else:
                segments.append(Segment(speaker, body, lineno, start, pending_end, opens))
            pending_end = None
            continue
        # TEXT
        if r[5] == "meta" and speaker is not None:
            continue  # "Date: 12 March" under a header line: not speech
        start = _secs(r[2])
        if r[2] and r[2][-1] == "s":
            secs_lines += 1
        elif r[5] == "youtube":
            timed_text += 1
        elif r[5] in ("whispercpp", "tdrz"):
            whisper_lines += 1
            turn_marks += r[5] == "tdrz"
        if start is None:
            start, pending = pending, None
        body, start = _tail_time(r[3], start) if tail_times else (r[3], start)
        body = _clean(body)
        if speaker is None:
            preamble += 1
        elif body[:1].islower() and segments and segments[-1].text[-1:] == "-" and segments[-1].line == lineno - 1 \
                and segments[-1].speaker == speaker and (joined := _dehyphenate(segments[-1].text, body, lines, seen)):
            segments[-1] = replace(segments[-1], text=joined[0])  # "put me for-" / "ward." is "forward."
            body = joined[1]
            if not body:
                pending_end = None
                continue
        if speaker is not None and mid is not None and ": " in body and mid.search(body):
            speaker = _add_split(segments, split_lines, speaker, body, lineno, start, pending_end, mid)
        else:
            segments.append(Segment(speaker, body, lineno, start, pending_end, fresh))
        pending_end = None
        fresh = False

    warnings: list[str] = []
    if split_lines:
        more = f" and {len(split_lines) - 1} more" if len(split_lines) > 1 else ""
        warnings.append(f"line {split_lines[0]}{more}: another speaker's label after a sentence in the middle of "
                        "the line, read as the start of their turn; put each turn on its own line if that is wrong")
    if turn_marks:
        warnings.append(f"{turn_marks} [SPEAKER_TURN] marker(s) (whisper.cpp tinydiarize) say where the speaker "
                        "changes but not who speaks: read without speaker labels")
    outro = next((n for n in notes if n > last_label), None) if last_label else None
    if outro is not None and any(x.line > outro for x in segments):
        # An author's note after the last labelled line ("[Reader, ...]") starts a write-up's outro.
        segments = [x for x in segments if x.line < outro]
        warnings.append(f"skipped the text from line {outro} on (a note after the last speaker label)")
    if families and families.most_common(1)[0][0] == "qa" and last_label and outro is None:
        # A Q./A. write-up gives every turn one labelled paragraph; an unlabelled paragraph after the
        # last one ("Looking back, I don't think that went well.") is the author's, not the speaker's.
        tail = [n for n in paragraphs if n > last_label]
        if tail and not any(n < last_label for n in paragraphs):
            segments = [x for x in segments if x.line < tail[0]]
            warnings.append(f"skipped the text from line {tail[0]} on (a paragraph after the last Q./A. turn)")
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
        elif whisper_lines >= 0.6 * content:
            fmt = "whispercpp-txt"
        elif timed_text >= 3 and timed_text >= 0.6 * content:
            fmt = "youtube-txt"  # "0:05 words" lines: YouTube's transcript panel copied on one line each
        else:
            fmt = fmt_hint or "plain-text"
    return build(name, fmt, segments, warnings, stated, stripped=True)
