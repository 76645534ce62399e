"""Value objects shared by every step: segments from readers, merged turns, transcripts."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

_KEY_DROP = re.compile(r"[\s.]+")


#: A lone surrogate: a byte of a file name that is not UTF-8 (Python reads ``caf\xe9.txt`` as ``caf\udce9.txt``)
#: or half of a character. No encoder takes one: pandas, every writer and a strict terminal all raise.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def has_surrogates(text: str) -> bool:
    """Does ``text`` hold a lone surrogate? (Test ``text.isascii()`` first: nearly every text is.)"""
    return _SURROGATE.search(text) is not None


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (speech, where the bytes mean nothing to a reader)."""
    return _SURROGATE.sub("\ufffd", text)


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as a backslash escape: a byte of a file name that is not
    UTF-8 as ``\\xe9`` (``caf\\xe9.txt``, the bytes on disk), any other as ``\\ud800``. The result can be
    written by every writer and printed on every terminal; text without one is returned as it is."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_escape, text)


def speaker_key(label: str) -> str:
    """What two spellings of one speaker label share: ``"Mr. Carvajal"``, ``"mr carvajal"`` and
    ``"MR  CARVAJAL"`` are one person (case, dots and spacing ignored)."""
    return _KEY_DROP.sub("", label.casefold())


def without_label_colon(name: str) -> str:
    """A speaker name as a user gives it (``--candidate``, a labels file), without the colon that ends the
    label on the transcript line when it was copied with it: ``"Candidate:"`` names ``Candidate``."""
    return name.rstrip().rstrip(":").rstrip() or name


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of speech as a reader found it (a line, a cue, an utterance).

    Attributes:
        speaker: The label exactly as the file gives it, or ``None`` when the format has none.
        text: The spoken words, markup removed.
        line: 1-based line number (text formats) or cue/segment number (captions, JSON).
        start: Start time in seconds, when the format has timestamps.
        end: End time in seconds, when known.
        opens: The segment is an utterance of its own (a chat message, a ``Name: text`` line), not a
            piece of one: when it continues its speaker's turn, the segment before it ends its
            sentence (:func:`merge_segments` adds a full stop where it has no end mark). ``False``
            for caption cues and a paragraph's further lines, which can break a sentence mid-way.
    """

    speaker: str | None
    text: str
    line: int
    start: float | None = None
    end: float | None = None
    opens: bool = False


@dataclass(frozen=True, slots=True)
class Turn:
    """Consecutive segments of one speaker joined into one turn.

    ``offsets[i]`` is the character offset in ``text`` where ``lines[i]``/``starts[i]`` begin,
    so any span of the turn can be traced back to the line (or cue) and time it came from.
    """

    speaker: str | None
    text: str
    offsets: tuple[int, ...]
    lines: tuple[int, ...]
    starts: tuple[float | None, ...]
    end: float | None = None

    @property
    def line(self) -> int:
        return self.lines[0]

    @property
    def start(self) -> float | None:
        return self.starts[0]

    def segment(self, char: int) -> int:
        """Index of the segment holding character ``char``."""
        return max(0, bisect.bisect_right(self.offsets, char) - 1)

    def tail(self, char: int) -> Turn:
        """The rest of the turn from the segment holding character ``char`` on."""
        i = self.segment(char)
        cut = self.offsets[i]
        if cut == 0:
            return self
        return Turn(self.speaker, self.text[cut:], tuple(o - cut for o in self.offsets[i:]),
                    self.lines[i:], self.starts[i:], self.end)

    def head(self, char: int) -> Turn:
        """The turn up to (not including) the segment holding character ``char``."""
        i = max(1, self.segment(char))
        cut = self.offsets[i] if i < len(self.offsets) else len(self.text)
        return Turn(self.speaker, self.text[:cut].rstrip(), self.offsets[:i], self.lines[:i], self.starts[:i],
                    self.starts[i] if i < len(self.starts) else self.end)

    def locate(self, char: int) -> tuple[int, float | None]:
        """Return ``(line, start_seconds)`` of the segment holding character ``char``."""
        i = self.segment(char)
        return self.lines[i], self.starts[i]


@dataclass(slots=True)
class Transcript:
    """A parsed transcript: merged turns plus what the reader noticed.

    Attributes:
        path: Where it came from (as given by the user).
        format: The detected format id, e.g. ``"plain-text"`` or ``"webvtt"``.
        turns: Speaker turns in order, consecutive same-speaker segments merged.
        warnings: Human-readable notes about the input (never transcript text).
        has_speakers: False when the format carries no speaker labels at all.
        header_roles: What a header block at the top states, role label to the names it lists
            (``{"Candidate": ["Priya Nair"], "Panel": ["Helen Marsh", "Gregory Tan"]}``).
        utterance_lines: True when the text has no speaker labels and its lines are unpunctuated
            speech-to-text (one utterance a line, or wrapped at a width): a match's evidence quotes only
            the line(s) it is on, not the run-on "sentence" over everyone's lines. The rules still read
            whole sentences. Set by the text reader; never for labelled text, captions or punctuated text.
    """

    path: str
    format: str
    turns: list[Turn]
    warnings: list[str] = field(default_factory=list)
    has_speakers: bool = True
    header_roles: dict[str, list[str]] = field(default_factory=dict)
    utterance_lines: bool = False

    @property
    def speakers(self) -> list[str]:
        """Distinct speaker labels in order of first appearance."""
        seen: dict[str, None] = {}
        for t in self.turns:
            if t.speaker is not None:
                seen.setdefault(t.speaker, None)
        return list(seen)

    @property
    def has_timestamps(self) -> bool:
        return any(s is not None for t in self.turns for s in t.starts)


# A segment's end that says nothing about where its sentence ends: a word, an emoji, an emoticon ("so
# keen on this role", "ok cool 🙌", "thanks :)"); not "." "?" "!" "…" nor "," ";" ":" or a dash (the
# sentence goes on), with or without a closing quote or bracket after it.
_OPEN_END = re.compile(r"(?:[^.!?…,;:–—\-\s\"'”’)\]][\"'”’)\]]*|[:;]-?[()\]DPp])$")


def merge_segments(segments: list[Segment]) -> list[Turn]:
    """Join consecutive segments of the same speaker into turns.

    A segment without a speaker continues the previous speaker's turn (captions often
    label only the first cue of a turn). Empty segments are dropped. A segment that
    :attr:`~Segment.opens` an utterance of its own ends the sentence before it: the text
    before it gets a full stop when it ends without a mark, as a turn's end does (two chat
    messages "so keen on this role" / "when do u decide?" are two sentences).
    """
    turns: list[Turn] = []
    cur: dict | None = None

    def flush() -> None:
        if cur and cur["text"]:
            turns.append(
                Turn(
                    speaker=cur["speaker"],
                    text="".join(cur["text"]),
                    offsets=tuple(cur["offsets"]),
                    lines=tuple(cur["lines"]),
                    starts=tuple(cur["starts"]),
                    end=cur["end"],
                )
            )

    for seg in segments:
        text = " ".join(seg.text.split())
        if not text:
            continue
        same = cur is not None and (seg.speaker is None or seg.speaker == cur["speaker"])
        if not same:
            flush()
            cur = {"speaker": seg.speaker, "text": [], "offsets": [], "lines": [], "starts": [], "end": None, "len": 0}
        else:
            if seg.opens and cur["text"] and _OPEN_END.search(cur["text"][-1][-8:]):
                cur["text"].append(".")
                cur["len"] += 1
            cur["text"].append(" ")
            cur["len"] += 1
        cur["offsets"].append(cur["len"])
        cur["len"] += len(text)
        cur["lines"].append(seg.line)
        cur["starts"].append(seg.start)
        cur["text"].append(text)
        cur["end"] = seg.end if seg.end is not None else cur["end"]
    flush()
    return turns
