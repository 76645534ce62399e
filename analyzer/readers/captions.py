"""Caption cues (WebVTT and SRT): a lenient cue splitter and the cue → segment step.

The splitter handles what real exports contain and strict parsers reject or silently skip: no
``WEBVTT`` header, hours-less or unpadded timings (``00:10.937``, ``0:0:3.0``), float-second
timings (``0.84 --> 1.06``), cue text running into a timing line without a blank line, blank
lines inside an SRT cue. webvtt-py and pysubs2 serve as oracles in the tests (see ``vtt.py`` and
``srt.py`` for why they are not used at run time). Everything after splitting is shared: voice
tags (``<v Name>`` with or without ``</v>``), Zoom speakers in the cue identifier
(``1 "Name" (123)``), ``Name: text`` prefixes, ``[Name] text`` SDH labels, markup removal, YouTube
rolling-caption de-duplication, ``>> NAME:`` speaker changes (lines without the marker continue
the previous speaker), a second ``Name: text`` line inside a cue (a new speaker), event cues.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from analyzer.errors import InputError
from analyzer.readers._common import (
    EMOJI_PREFIX_RE,
    PHONE_LABEL_RE,
    build,
    clean_label,
    clock_to_seconds,
    filter_weak_labels,
    is_event,
    is_role_word,
    plausible_label,
)
from analyzer.readers.sanity import clock_ok, sane
from analyzer.transcript import Segment, Transcript, speaker_key

# A minute count up to three digits without hours ("600:01.000") is a real time.
_T = r"(?:\d+:)?\d{1,3}:\d{1,2}(?:[.,:]\d{1,3})?|\d+(?:[.,]\d+)?"
TIMING = re.compile(rf"^\s*(?P<s>{_T})\s*-->\s*(?P<e>{_T})(?:\s+.*)?$")
# A timing line a person or a tool broke ("00:00:31,000 -> 00:00:36,000", an en dash for the arrow,
# no end time, a negative time): still the start of a new cue, never text of the one before.
_BROKEN_TIMING = re.compile(r"^\s*-?\d{1,2}:-?\d{1,2}:-?\d{1,2}(?:[.,:]\d{1,3})?\s*(?:-+>|–+>?|—+>?|→|-{2,})")
_ZOOM_ID = re.compile(r'^\d+\s+"(?P<name>[^"]{1,80})"(?:\s*\(\d+\))?\s*$')
_VOICE_TAG = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+(?P<name>[^>]*))?>")
_TAG = re.compile(r"<[^>\n]*>")
_ASS = re.compile(r"\{\\[^}]*\}")
_WORD_TIME = re.compile(r"<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>")
# "Name: text", or a dial-in caller's number: "+44 7700 900123: text" (checked by plausible_label).
# Emoji before the name ("🎤 Kate: …", "👩\u200d💻 Kate: …", as Zoom writes a display name) are not part of it.
_LABEL = re.compile(r"^(?:" + EMOJI_PREFIX_RE + r")?(?P<name>[^\W\d_][^:\n]{0,39}?|" + PHONE_LABEL_RE
                    + r")\s*:[ \t]+(?P<text>\S.*)$", re.S)
# SDH "[Name] text"; WhisperX writes "[SPEAKER_00]: text" (the colon is not speech).
_BRACKET_SPEAKER = re.compile(r"^\[(?P<name>[^\]\n]{1,30})\]\s*:?\s*(?P<text>\S.*)$", re.S)
# Broadcast/YouTube speaker change: ">> NAME: text", ">>NAME: text" or a bare ">> text".
_CHEVRON = re.compile(r"^>>\s*(?:(?P<name>[^\W\d_][^:\n]{0,39}?)\s*:[ \t]+)?(?P<text>.*)$")
_ONLY_BRACKETED = re.compile(r"^(?:\[[^\]]*\]|\([^)]*\)|♪+[^♪]*♪*)$")
_SOUNDS = frozenset(
    {"music", "applause", "laughter", "laughs", "laughing", "inaudible", "crosstalk", "silence",
     "noise", "sound", "background", "cheering", "cheers", "foreign", "no audio", "blank_audio",
     "background noise", "background music", "indistinct", "unintelligible", "sighs", "coughs"}
)
_NOTE_BLOCK = ("NOTE", "STYLE", "REGION")


@dataclass(slots=True)
class Cue:
    """One caption cue as split from the file: number (1-based), identifier, times, raw lines."""

    index: int
    ident: str | None
    start: float | None
    end: float | None
    lines: list[str]
    broken: bool = False  # its timing line could not be read
    reversed: bool = False  # it ended before it started: the end time was dropped
    untimed_at: int | None = None  # file line of its identifier when it has no timing line at all


def parse_time(value: str) -> float | None:
    """A caption timestamp (``00:01:02.500``, ``0:0:3.0``, ``00:10.937``, ``0.84``) → seconds."""
    value = value.strip()
    if ":" in value:
        return clock_to_seconds(value)
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return None


def _checked_time(value: str) -> float | None:
    """:func:`parse_time`, or ``None`` for an impossible time (minute 99, over 48 hours)."""
    return sane(parse_time(value)) if clock_ok(value) else None


def count_timings(text: str) -> int:
    """Number of cue timing lines, used to check a library did not silently drop cues."""
    return sum(1 for line in text.split("\n") if "-->" in line and TIMING.match(line))


def split_cues(text: str) -> list[Cue]:
    """Split caption text into cues without trusting blank lines or a header.

    A cue starts at each timing line and runs to the next one. The last non-blank line before a
    timing line is that next cue's identifier when it stands alone after a blank line, is all
    digits, or has the Zoom ``N "Name" (id)`` shape. ``NOTE``/``STYLE``/``REGION`` blocks are
    dropped.
    """
    lines = text.split("\n")
    matches = {i: m for i, line in enumerate(lines) if "-->" in line and (m := TIMING.match(line))}
    if matches:
        broken = [i for i, line in enumerate(lines) if i not in matches and _BROKEN_TIMING.match(line)]
        matches.update(dict.fromkeys(broken))
    timings = sorted(matches)
    cues: list[Cue] = []

    def ident_before(i: int, lo: int) -> str | None:
        j = i - 1
        if j < lo:
            return None
        cand = lines[j].strip()
        if not cand:
            return None
        if cand.isdigit() or _ZOOM_ID.match(cand) or j == lo or not lines[j - 1].strip():
            return cand
        return None

    first_ident = ident_before(timings[0], 0) if timings else None
    if timings:
        # cues before the first timing line that lost theirs: "1" / "Interviewer: Hi" at the top
        head = timings[0] - (1 if first_ident is not None else 0)
        for ident, at, kept in _untimed_cues(lines, 0, head, True)[1]:
            cues.append(Cue(len(cues) + 1, ident, None, None, kept, untimed_at=at))
    pending_ident: str | None = None
    for k, ti in enumerate(timings):
        nxt = timings[k + 1] if k + 1 < len(timings) else len(lines)
        body = lines[ti + 1: nxt]
        next_ident = None
        if k + 1 < len(timings) and body:
            cand = body[-1].strip()
            if cand and (cand.isdigit() or _ZOOM_ID.match(cand) or (len(body) >= 2 and not body[-2].strip())):
                next_ident = cand
                body = body[:-1]
        kept, untimed = _untimed_cues(body, ti + 1, len(body), False)
        m = matches[ti]
        ident = first_ident if k == 0 else pending_ident
        start, end = (None, None) if m is None else (_checked_time(m["s"]), _checked_time(m["e"]))
        n = len(cues) + 1
        if start is None or end is None:  # unreadable, or a time no recording has (99:99:99.999)
            cues.append(Cue(n, ident, None, None, kept, broken=True))
        elif end < start:  # "00:00:05,000 --> 00:00:01,000": the start is kept, the end is no time
            cues.append(Cue(n, ident, start, None, kept, reversed=True))
        else:
            cues.append(Cue(n, ident, start, end, kept))
        for u_ident, at, u_kept in untimed:
            cues.append(Cue(len(cues) + 1, u_ident, None, None, u_kept, untimed_at=at))
        pending_ident = next_ident
    return cues


def _is_cue_ident(s: str) -> bool:
    return s.isdigit() or _ZOOM_ID.match(s) is not None


def _untimed_cues(body: list[str], first_line: int, stop: int, head: bool
                  ) -> tuple[list[str], list[tuple[str, int, list[str]]]]:
    """A cue's text lines (``NOTE``/``STYLE``/``REGION`` blocks dropped), and the cues inside it
    that lost their timing line: after a blank line, a cue number (or a Zoom ``N "Name"``
    identifier) on its own line. Each of those is ``(identifier, file line of the identifier, its
    lines)``; the number is never read as speech, and one without text is dropped. ``head`` is the
    text before the first timing line: only such cues are kept from it (the rest is the header).

    ``first_line`` is the 0-based file line of ``body[0]``; only ``body[:stop]`` is read.
    """
    pieces: list[tuple[str, int, list[str]]] = [("", 0, [])]
    kept = pieces[0][2]
    skipping = False
    prev_blank = True
    blank_seen = head  # the line right after a timing line is text even when it is a number
    for j in range(stop):
        line = body[j]
        s = line.strip()
        if not s:
            prev_blank, skipping, blank_seen = True, False, True
            kept.append("")
            continue
        if prev_blank:
            if blank_seen and (s.isdigit() or _ZOOM_ID.match(s)):
                pieces.append((s, first_line + j + 1, []))
                kept = pieces[-1][2]
                prev_blank = False
                continue
            if s.split(" ", 1)[0] in _NOTE_BLOCK:
                skipping = True
        prev_blank = False
        if not skipping:
            kept.append(line)
    for _, _, lines in pieces:
        while lines and not lines[-1]:
            lines.pop()
    return ([] if head else pieces[0][2]), pieces[1:]


def read_cues(text: str, name: str) -> list[Cue]:
    """:func:`split_cues`, refusing a file whose text has arrow lines but no readable timing line
    (``6000:01.000 --> …``): the problem is the timings, not a lack of text."""
    cues = split_cues(text)
    if not cues:
        arrow = next((i for i, line in enumerate(text.split("\n"), 1) if "-->" in line), None)
        if arrow is not None:
            raise InputError(name, "cue timing line could not be read (no cue found)", line=arrow)
    return cues


def _clean(raw: str) -> str:
    if "<" in raw:
        raw = _TAG.sub("", raw)
    if "{\\" in raw:
        raw = _ASS.sub("", raw)
    if "&" in raw:
        raw = html.unescape(raw)
    return " ".join(raw.split())


def _clean_lines(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        c = _clean(line)
        if c:
            out.append(c)
    return out


def _chevrons(parts: list[list[tuple[str | None, list[str]]]]) -> None:
    """Apply ``>> NAME:`` speaker changes in place when at least two cues carry a named marker.

    A marked line starts a new piece for NAME; unmarked lines and cues continue the last speaker.
    A bare ``>>`` is a change to an unnamed speaker (``None``). The marker is removed either way.
    """
    named = Counter()
    for p in parts:
        for line in p[0][1]:
            if line.startswith(">>"):
                m = _CHEVRON.match(line)
                if m["name"] and plausible_label(m["name"].strip()):
                    named[m["name"].strip()] += 1
    if sum(named.values()) < 2:
        return
    current: str | None = None
    for k, p in enumerate(parts):
        pieces: list[tuple[str | None, list[str]]] = [(current, [])]
        for line in p[0][1]:
            m = _CHEVRON.match(line) if line.startswith(">>") else None
            if m is None:
                pieces[-1][1].append(line)
                continue
            nm = (m["name"] or "").strip()
            current = nm if nm in named else None
            text = m["text"] if nm in named else line[2:].strip()
            pieces.append((current, [text] if text else []))
        parts[k] = [pc for pc in pieces if pc[1]] or [(current, [])]


def _turn_starts(parts: list[list[tuple[str | None, list[str]]]], counts: Counter[str]) -> bool:
    """Do the few ``Name: text`` cues mark where each turn starts, the rest continuing it?

    Descript, and Otter or any tool cutting cues at 32–42 characters, write the name only on the
    first cue of a turn, so most cues carry no label. Believed when two or more names recur (three
    times or more each), those names make up nearly all the labels, and the labelled cues take
    turns: the name changes at least every other labelled cue, as in a dialogue, not a list.
    """
    recurring = {n for n, c in counts.items() if c >= 3 and plausible_label(n)}
    if len(recurring) < 2 or sum(counts[n] for n in recurring) < 0.8 * sum(counts.values()):
        return False
    seq = []
    for p in parts:
        lines = p[0][1]
        if lines and ":" in lines[0] and (m := _LABEL.match(lines[0])) and m["name"].strip() in recurring:
            seq.append(m["name"].strip())
    changes = sum(a != b for a, b in zip(seq, seq[1:]))
    return changes >= (len(seq) - 1) / 2


def _inner_labels(parts: list[list[tuple[str | None, list[str]]]], accepted: set[str]) -> frozenset[str]:
    """The ``Name:`` labels that start a new speaker on a later line of a cue.

    Zoom and SRT exports put a two-person exchange in one cue, one ``Name: text`` line each. A later
    line counts as a speaker change only when its label is one the file accepts at cue starts (in
    any spelling) or a capitalised role word ("Candidate:"). "Note: bring ID", "Step 2: ..." or a
    wrapped "Python: for the models" inside a cue stays text, even when it repeats.
    """
    keys: set[str] | None = None
    inner: set[str] = set()
    seen: set[str] = set()
    for pieces in parts:
        for _, lines in pieces:
            for line in lines[1:]:
                if ":" in line and (m := _LABEL.match(line)) and (name := m["name"].strip()) not in seen:
                    seen.add(name)
                    if name in accepted:
                        inner.add(name)
                        continue
                    if keys is None:
                        keys = {speaker_key(clean_label(n)) for n in accepted}
                    if plausible_label(name) and (speaker_key(clean_label(name)) in keys
                                                  or (name[0].isupper() and is_role_word(name))):
                        inner.add(name)
    return frozenset(inner)


def _split_inner(spk: str | None, lines: list[str], inner: frozenset[str]) -> list[tuple[str | None, list[str]]]:
    """One piece of a cue as pieces per speaker: each later line labelled with a name in ``inner``
    starts a new piece for that name, its label removed."""
    pieces: list[tuple[str | None, list[str]]] = [(spk, [lines[0]])]
    for line in lines[1:]:
        m = _LABEL.match(line) if ":" in line else None
        if m and m["name"].strip() in inner:
            pieces.append((m["name"].strip(), [m["text"]]))
        else:
            pieces[-1][1].append(line)
    return pieces


def _first_few(ids: list[str]) -> str:
    """Cue numbers for a warning: the first five, then "..."."""
    return ", ".join(ids[:5]) + (" ..." if len(ids) > 5 else "")


def _overlaps(cues: list[Cue]) -> int:
    """How many cues start, going forward, before the cue before them has ended (crosstalk)."""
    n = 0
    for a, b in zip(cues, cues[1:]):
        if a.end is not None and a.start <= b.start < a.end - 0.05:
            n += 1
    return n


def order_cues(cues: list[Cue]) -> tuple[list[Cue], str | None]:
    """Cues in time order, and a warning when the file had them otherwise.

    An editor appending a fixed cue at the end, two speaker tracks one after the other, or shuffled
    cues: sorted by start time (stably; a cue without a readable time stays after the cue before
    it). Times that go back by a second or less are left alone. Recordings joined one after the
    other (times restart, and sorting would make the parts talk over each other) stay in file order.
    """
    timed = [c for c in cues if c.start is not None]
    back = next((b for a, b in zip(timed, timed[1:]) if b.start < a.start - 1.0), None)
    if back is None:
        return cues, None
    keys: list[tuple[float, int]] = []
    last = 0.0
    for k, c in enumerate(cues):
        last = c.start if c.start is not None else last
        keys.append((last, k))
    order = sorted(range(len(cues)), key=keys.__getitem__)
    ordered = [cues[k] for k in order]
    if _overlaps([c for c in ordered if c.start is not None]) > _overlaps(timed) + max(1, len(timed) // 10):
        return cues, f"cue {back.index}: times go back (recordings joined?); read in file order"
    return ordered, f"cues out of time order (cue {back.index} goes back in time): sorted by start time"


def cues_to_transcript(cues: list[Cue], name: str, base_format: str) -> Transcript:
    """Turn cues into a transcript: speakers, markup, rolling captions, event cues."""
    cues, order_warning = order_cues(cues)
    # Per cue: list of (speaker or None, cleaned lines).
    parts: list[list[tuple[str | None, list[str]]]] = []
    voices = zoom_ids = 0
    closed_voice = False
    word_timed = False
    for cue in cues:
        raw = "\n".join(cue.lines)
        speaker_from_id = None
        if cue.ident:
            m = _ZOOM_ID.match(cue.ident)
            if m:
                speaker_from_id = m["name"].strip()
                zoom_ids += 1
        if not word_timed and "<" in raw and _WORD_TIME.search(raw):
            word_timed = True
        if "<v" in raw and _VOICE_TAG.search(raw):
            voices += 1
            closed_voice = closed_voice or "</v>" in raw
            pieces: list[tuple[str | None, list[str]]] = []
            pos = 0
            current: str | None = speaker_from_id
            for m in _VOICE_TAG.finditer(raw):
                before = raw[pos: m.start()]
                if before.strip():
                    pieces.append((current, _clean_lines(before.split("\n"))))
                current = (m["name"] or "").strip() or current
                pos = m.end()
            tail = raw[pos:]
            pieces.append((current, _clean_lines(tail.split("\n"))))
            parts.append(pieces)
        else:
            parts.append([(speaker_from_id, _clean_lines(cue.lines))])

    # Rolling captions (YouTube auto-captions): each cue repeats the previous cue's last line.
    rolling = word_timed
    if not rolling and voices == 0 and len(parts) >= 3:
        repeats = 0
        prev: list[str] = []
        for p in parts:
            cur = p[0][1]
            if cur and prev and cur[0] == prev[-1]:
                repeats += 1
            prev = cur or prev
        rolling = repeats >= 0.3 * len(parts)
    if rolling:
        prev = []
        for p in parts:
            spk, cur = p[0]
            full = cur
            m = min(len(prev), len(cur))
            while m > 0 and cur[:m] != prev[-m:]:
                m -= 1
            p[0] = (spk, cur[m:])
            if full:
                prev = full

    if voices == 0 and zoom_ids == 0:
        _chevrons(parts)

    # "Name: text" (Zoom, SRT role prefixes) and "[Name] text" (SDH subtitles) at cue start.
    label_counts: Counter[str] = Counter()
    bracket_names: set[str] = set()
    if voices == 0 and zoom_ids == 0:
        for p in parts:
            lines = p[0][1]
            if not lines:
                continue
            first = lines[0]
            if ":" in first:
                m = _LABEL.match(first)
                if m:
                    label_counts[m["name"].strip()] += 1
                    continue
            if first.startswith("["):
                m = _BRACKET_SPEAKER.match(first)
                if m:
                    nm = m["name"].strip()
                    words = nm.split()
                    if (
                        nm.lower() not in _SOUNDS
                        and all(w[:1].isupper() for w in words)
                        and len(words) <= 3
                        and plausible_label(nm)
                    ):
                        bracket_names.add(nm)
    labelled = sum(label_counts.values())
    nonempty = sum(1 for p in parts if p[0][1]) or 1
    accepted: set[str] = set()
    if labelled and (labelled >= 0.3 * nonempty or all(is_role_word(n) for n in label_counts)
                     or _turn_starts(parts, label_counts)):
        accepted = filter_weak_labels(label_counts, dense=labelled >= 0.6 * nonempty)
    inner = _inner_labels(parts, accepted) if accepted else frozenset()

    segments: list[Segment] = []
    dropped = 0
    for cue, pieces in zip(cues, parts):
        for spk, lines in pieces:
            if not lines:
                continue
            if spk is None and (accepted or bracket_names):
                first = lines[0]
                m = _LABEL.match(first) if accepted and ":" in first else None
                if m and m["name"].strip() in accepted:
                    spk = m["name"].strip()
                    lines = [m["text"], *lines[1:]]
                elif bracket_names and first.startswith("["):
                    m = _BRACKET_SPEAKER.match(first)
                    if m and m["name"].strip() in bracket_names:
                        spk = m["name"].strip()
                        lines = [m["text"], *lines[1:]]
            for who, said in _split_inner(spk, lines, inner) if inner and len(lines) > 1 else ((spk, lines),):
                text = " ".join(said)
                if is_event(text):
                    dropped += 1
                    continue
                if _ONLY_BRACKETED.match(text):  # "[music]", "(laughs)", "♪♪" alone: not speech
                    continue
                segments.append(Segment(who, text, cue.index, cue.start, cue.end))

    fmt = base_format
    if base_format == "webvtt":
        if voices:
            fmt = "webvtt-teams" if closed_voice else "webvtt-voice"
        elif zoom_ids or accepted:
            fmt = "webvtt-zoom"
        elif rolling:
            fmt = "webvtt-youtube"
    warnings: list[str] = [order_warning] if order_warning else []
    if dropped:
        warnings.append(f"dropped {dropped} cue(s) announcing recording/transcription events")
    broken = [str(c.index) for c in cues if c.broken]
    if broken:
        warnings.append(f"cue(s) {_first_few(broken)}: timing line could not be read or holds an impossible time; "
                        "read as new cue(s) without a time")
    untimed = [f"{c.index} (line {c.untimed_at})" for c in cues if c.untimed_at is not None]
    if untimed:
        warnings.append(f"cue(s) {_first_few(untimed)}: no timing line; read as cue(s) without a time")
    backwards = [str(c.index) for c in cues if c.reversed]
    if backwards:
        warnings.append(f"cue(s) {_first_few(backwards)}: end before they start; read with the start time only")
    return build(name, fmt, segments, warnings)
