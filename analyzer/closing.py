"""Where the closing starts: the interviewer's hand-over cue, or the last part of the transcript.

Cheap on purpose: plain regular expressions over the turn texts, no spaCy, because this runs on
every transcript in full while the NLP pipeline only sees the closing.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from analyzer.rules import ClosingSpec, phrase_regex
from analyzer.transcript import Turn

_SEP = r"(?:[\s,.;:!?…'\"-]+(?:(?:um+|uh+|erm|er|ah)[\s,.]+)*)"


@lru_cache(maxsize=8)
def handover_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One regex matching any hand-over phrase, tolerant of case, punctuation and fillers."""
    alts = [phrase_regex(p.lower(), _SEP) for p in phrases]
    return re.compile(r"(?i)(?<![\w])(?:" + "|".join(alts) + r")(?![\w])")


def find_handovers(turns: list[Turn], spec: ClosingSpec) -> list[int]:
    """Indexes of turns that contain a hand-over cue (any speaker)."""
    rx = handover_regex(tuple(spec.handover))
    return [i for i, t in enumerate(turns) if rx.search(t.text.replace("’", "'"))]


@dataclass(frozen=True)
class Closing:
    """Where the closing starts and how it was found.

    ``offset`` is the character offset in ``turns[index].text`` where it starts: 0 for a speaker's
    turn; a cue boundary inside a transcript without speaker labels, whose text is one long turn.
    """

    index: int
    method: str  # "cue" | "fallback" | "whole"
    offset: int = 0

    @staticmethod
    def describe_line(turns: list[Turn], index: int) -> int | None:
        return turns[index].line if 0 <= index < len(turns) else None


def _units(turns: list[Turn]) -> list[tuple[int, int, int]]:
    """``(turn index, char offset, words)`` for each unit the closing can start at.

    A labelled turn is one unit. Text without a speaker is split at its segments (lines, caption
    cues), so the closing of a transcript without speaker labels does not swallow the whole text.
    """
    units = []
    for i, t in enumerate(turns):
        if t.speaker is None and len(t.offsets) > 1:
            bounds = list(t.offsets) + [len(t.text)]
            units += [(i, bounds[k], len(t.text[bounds[k] : bounds[k + 1]].split())) for k in range(len(t.offsets))]
        else:
            units.append((i, 0, len(t.text.split())))
    return units


def find_closing(turns: list[Turn], spec: ClosingSpec, interviewer_turns: set[int] | None) -> Closing:
    """Find the closing.

    Args:
        turns: The transcript's turns.
        spec: The closing rules.
        interviewer_turns: Indexes of turns whose hand-over cues count (said by anyone but the
            candidate), or None when roles are unknown (then a cue said by anyone counts).
    """
    if not turns:
        return Closing(0, "fallback")
    units = _units(turns)
    total = sum(w for _, _, w in units) or 1
    cum = 0
    half = len(units)
    for u, (_, _, w) in enumerate(units):
        if cum >= total / 2:
            half = u
            break
        cum += w
    rx = handover_regex(tuple(spec.handover))
    starts = [(i, off) for i, off, _ in units]
    for i in find_handovers(turns, spec):
        if interviewer_turns is not None and i not in interviewer_turns:
            continue
        for m in rx.finditer(turns[i].text.replace("’", "'")):
            u = bisect.bisect_right(starts, (i, m.start())) - 1
            if u >= half:
                return Closing(units[u][0], "cue", units[u][1])
    # no cue late in the interview: the last share of the words, at least a few units
    cum = 0
    start = len(units) - 1
    for u in range(len(units) - 1, -1, -1):
        cum += units[u][2]
        start = u
        if cum >= total * spec.fallback_share:
            break
    start = min(start, max(0, len(units) - spec.fallback_min_turns))
    return Closing(units[start][0], "fallback", units[start][1])
