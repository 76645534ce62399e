"""Where the closing starts: the interviewer's hand-over cue, or the last part of the transcript.

Cheap on purpose: plain regular expressions over the turn texts, no spaCy, because this runs on
every transcript in full while the NLP pipeline only sees the closing.
"""

from __future__ import annotations

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
    """The first turn of the closing and how it was found."""

    index: int
    method: str  # "cue" | "fallback" | "whole"

    @staticmethod
    def describe_line(turns: list[Turn], index: int) -> int | None:
        return turns[index].line if 0 <= index < len(turns) else None


def find_closing(turns: list[Turn], spec: ClosingSpec, interviewer_turns: set[int] | None) -> Closing:
    """Find the closing.

    Args:
        turns: The transcript's turns.
        spec: The closing rules.
        interviewer_turns: Indexes of turns said by an interviewer, or None when roles are unknown
            (then a cue said by anyone counts).
    """
    if not turns:
        return Closing(0, "fallback")
    words = [len(t.text.split()) for t in turns]
    total = sum(words) or 1
    cum = 0
    half_index = len(turns)
    for i, w in enumerate(words):
        if cum >= total / 2:
            half_index = i
            break
        cum += w
    cues = [i for i in find_handovers(turns, spec) if interviewer_turns is None or i in interviewer_turns]
    late = [i for i in cues if i >= half_index]
    if late:
        return Closing(late[0], "cue")
    # no cue late in the interview: the last share of the words, at least a few turns
    cum = 0
    start = len(turns) - 1
    for i in range(len(turns) - 1, -1, -1):
        cum += words[i]
        start = i
        if cum >= total * spec.fallback_share:
            break
    start = min(start, max(0, len(turns) - spec.fallback_min_turns))
    return Closing(start, "fallback")
