"""Where the closing starts: the interviewer's hand-over cue, or the last part of the transcript.

Cheap on purpose: plain regular expressions over the turn texts, no spaCy, because this runs on
every transcript in full while the NLP pipeline only sees the closing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from analyzer.rules import ClosingSpec, phrase_heads, phrase_regex
from analyzer.transcript import Turn

_SEP = r"(?:[\s,.;:!?…'\"-]+(?:(?:um+|uh+|erm|er|ah)[\s,.]+)*)"


_QUESTION_WORDS = (r"(?:what|when|how|why|who|where|which|tell me|can you|could you|"
                   r"would you|do you|did you|have you|are you|were you|walk me|describe|give me)\b")
_QUESTION_START = re.compile(r"(?i)^\s*(?:so\s+|and\s+|okay\s+|ok\s+)?" + _QUESTION_WORDS)
# Speech-to-text without punctuation puts a reply's lead-in before the question: "yes I do so what are ...".
_QUESTION_SOON = re.compile(r"(?i)^\s*(?:[\w']+[\s,]+){0,4}?" + _QUESTION_WORDS)
#: Share of ``min_position`` from which a hand-over counts when the candidate's questions follow it at
#: once, and from which the fallback reaches back to where the candidate started asking.
_EARLY = 0.5
#: A recording of only the closing opens with the hand-over within this many turns.
_OPENING_TURNS = 3
#: A transcript of at most this many words is a paste of the end of an interview (the last 8-15
#: turns), not a whole interview: the shortest whole interview among the samples has 640 words. Its
#: hand-over may come anywhere, often at line 3-5 after one last interview question.
_SHORT_WORDS = 400
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+")
_SENT_END = re.compile(r"[.!?]")


def count_questions(text: str) -> int:
    """Sentences that are questions: they end in '?' or start like one (speech-to-text drops the '?')."""
    return sum(1 for sent in _SENT_SPLIT.split(text) if sent.rstrip().endswith("?") or _QUESTION_START.match(sent))


@lru_cache(maxsize=32)
def handover_regex(phrases: tuple[str, ...], word_chars: str = r"\w") -> re.Pattern[str]:
    """One regex matching any of ``phrases`` as whole words (not next to ``word_chars``),
    tolerant of case, punctuation and fillers."""
    if not phrases:
        return re.compile(r"(?!x)x")
    # One branch per word a phrase can begin with, each opening with that word's first character and
    # only then checking that no word character precedes it: the regex then starts with a set of
    # literal characters, so the engine skips to the places a match can start (in C) instead of trying
    # every branch at every position, five times faster on long transcripts. Case-sensitive on
    # purpose: the text is lower-cased first (fold), which makes the match twice as fast again.
    by_char: dict[str, dict[str, None]] = {}
    for phrase in phrases:
        for word, rest in phrase_heads(phrase.lower(), _SEP):
            by_char.setdefault(word[0], {})[re.escape(word[1:]) + rest] = None
    branches = [f"{re.escape(c)}(?<![{word_chars}]{re.escape(c)})(?:" + "|".join(tails) + ")"
                for c, tails in by_char.items()]
    return re.compile("(?:" + "|".join(branches) + rf")(?![{word_chars}])")


def fold(text: str) -> str:
    """``text`` lower-cased, with straight apostrophes, for ``handover_regex``; character for
    character, so a match's offsets still point into ``text``."""
    text = text.replace("’", "'")
    low = text.lower()
    if len(low) != len(text):  # a few letters lower-case to two characters ("İ"): keep those as they are
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _is_interim(text: str, m: re.Match[str], spec: ClosingSpec) -> bool:
    """Is the cue a check-in inside the interview ("any questions so far?", "... before we move on")?"""
    before = max((e.end() for e in _SENT_END.finditer(text, 0, m.start())), default=0)
    after = _SENT_END.search(text, m.end())
    sentence = text[before : after.end() if after else len(text)]
    return bool(handover_regex(tuple(spec.interim)).search(sentence))


def first_turn_at(turns: list[Turn], share: float) -> int:
    """Index of the first turn that starts once ``share`` of the words have been said."""
    counts = [len(t.text.split()) for t in turns]
    total, cum = max(1, sum(counts)), 0
    for i, n in enumerate(counts):
        if cum >= total * share:
            return i
        cum += n
    return len(turns)


def _real_cues(rx: re.Pattern[str], text: str, spec: ClosingSpec) -> Iterator[re.Match[str]]:
    """The matches of cue regex ``rx`` in folded ``text`` that are not check-ins inside the interview."""
    return (m for m in rx.finditer(text) if not _is_interim(text, m, spec))


def find_handovers(turns: list[Turn], spec: ClosingSpec, start: int = 0) -> list[int]:
    """Indexes (from ``start``) of turns that contain an interviewer's hand-over cue (any speaker),
    check-ins excluded."""
    rx = handover_regex(tuple(spec.handover))
    texts = ((i, fold(t.text)) for i, t in enumerate(turns[start:], start))
    return [i for i, text in texts if any(_real_cues(rx, text, spec))]


@dataclass(frozen=True)
class Closing:
    """Where the closing starts and how it was found.

    ``offset`` is the character offset in ``turns[index].text`` where it starts: 0 for a speaker's
    turn; a cue boundary inside a transcript without speaker labels, whose text is one long turn.
    """

    index: int
    method: str  # "cue" | "fallback" | "whole"
    offset: int = 0
    end: int | None = None  # the turn where the interview proper ends (a debrief follows), else None
    end_offset: int = 0  # where in turn ``end`` it ends: 0 for a speaker's turn; inside text without speakers
    rejected: tuple[int, int] | None = None  # a fallback's first hand-over cue ``(turn, char)`` that did not count
    why: str = ""  # why ``rejected`` did not count

    def warning(self, turns: list[Turn]) -> str | None:
        """The warning line for a closing found without a cue that counts, else None."""
        if self.method != "fallback":
            return None
        if self.rejected is None:
            return "no hand-over cue found: the closing is the last part of the transcript"
        line = turns[self.rejected[0]].locate(self.rejected[1])[0]
        return f"the hand-over cue at line {line} {self.why}: the closing is the last part of the transcript"

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
    """Find the closing, and where it ends when the interviewer steps out of the role-play to give
    feedback ("okay, let's stop there, I'm taking off the hiring manager hat"): what the candidate
    says in the debrief ("I don't think that went well") is not part of the interview.
    """
    closing = _find_start(turns, spec, interviewer_turns)
    end = _debrief(turns, spec, interviewer_turns, closing)
    while (end is not None and not _interviewer_handed_over(turns, spec, interviewer_turns, closing)
           and (later := _handover_after_debrief(turns, spec, interviewer_turns, end[0])) is not None):
        # the closing was opened by the candidate ("can I ask a few questions?") in an exercise inside
        # the interview ("okay, let's step out of the role-play"), and the real hand-over comes later
        closing = _find_start(turns, spec, interviewer_turns, after=later)
        end = _debrief(turns, spec, interviewer_turns, closing)
    if end is None:
        return closing
    index, offset = end
    if closing.method == "fallback":  # the last part of the interview, not of the recording
        closing = _find_start(interview_part(turns, index, offset), spec, interviewer_turns)
    return Closing(closing.index, closing.method, closing.offset, index, offset, rejected=closing.rejected, why=closing.why)


def interview_part(turns: list[Turn], end: int, end_offset: int) -> list[Turn]:
    """The turns before a debrief that starts in turn ``end`` at character ``end_offset`` (0: the whole turn)."""
    return turns[:end] + ([turns[end].head(end_offset)] if end_offset else [])


def _interviewer_handed_over(turns: list[Turn], spec: ClosingSpec, interviewer_turns: set[int] | None,
                             closing: Closing) -> bool:
    """Was the closing opened by the interviewer's own hand-over cue? Then a debrief after it ends the
    interview, whatever the coach asks later ("anything you want to ask me as a coach?")."""
    if closing.method != "cue" or (interviewer_turns is not None and closing.index not in interviewer_turns):
        return False
    return handover_regex(tuple(spec.handover)).search(fold(turns[closing.index].text), closing.offset) is not None


def _handover_after_debrief(turns: list[Turn], spec: ClosingSpec, interviewer_turns: set[int] | None,
                            end: int) -> int | None:
    """The turn of a hand-over after the debrief cue at ``end`` that the candidate then answers, if any
    (a host's "any questions for me? drop them in the comments" in the outro is not one)."""
    for i, _ in _cues(turns, spec, interviewer_turns, end + 1)[0]:
        answered = any(interviewer_turns is None or j not in interviewer_turns for j in range(i + 1, len(turns)))
        if answered and not _says_debrief(turns[i], spec):
            return i
    return None


def _debrief(turns: list[Turn], spec: ClosingSpec, interviewer_turns: set[int] | None,
             closing: Closing) -> tuple[int, int] | None:
    """Where, after the closing starts, the interviewer (anyone, when the roles are unknown) ends the
    mock interview and turns to feedback, if anywhere: ``(turn, char offset)``. In text without
    speakers (auto-captions) that is the segment where the cue begins, inside the closing's turn or later."""
    rx = handover_regex(tuple(spec.debrief))
    for i in range(closing.index, len(turns)):
        turn = turns[i]
        if turn.speaker is None and len(turn.offsets) > 1:
            skip = closing.offset if i == closing.index else 0
            m = rx.search(fold(turn.text), skip)
            if m is not None:
                cut = turn.offsets[turn.segment(m.start())]
                if cut > 0:
                    return i, cut
                if i > closing.index:
                    return i, 0
        elif i > closing.index and (interviewer_turns is None or i in interviewer_turns) and _says_debrief(turn, spec):
            return i, 0
    return None


def _says_debrief(turn: Turn, spec: ClosingSpec) -> bool:
    return handover_regex(tuple(spec.debrief)).search(fold(turn.text)) is not None


def _find_start(turns: list[Turn], spec: ClosingSpec, interviewer_turns: set[int] | None, after: int = 0) -> Closing:
    """Find where the closing starts.

    The earliest hand-over cue after ``spec.min_position`` of the words (anywhere in a paste of the
    end of an interview, at most ``_SHORT_WORDS`` words with the roles known) that is not a check-in and after which the
    interviewer does not go back to interviewing; without one, the last share of the words,
    stretched back to where the candidate starts asking their own questions.

    Args:
        turns: The transcript's turns.
        spec: The closing rules.
        interviewer_turns: Indexes of turns whose hand-over cues count (said by anyone but the
            candidate), or None when roles are unknown (then a cue said by anyone counts).
        after: Only cues in this turn or later count.
    """
    if not turns:
        return Closing(0, "fallback")
    units = _units(turns)
    starts = [(i, off) for i, off, _ in units]
    total = sum(w for _, _, w in units) or 1
    earliest = _unit_at(units, total * spec.min_position)
    early = _unit_at(units, total * spec.min_position * _EARLY)
    # with the roles known, a paste of the end of an interview: its hand-over may come anywhere
    short = total <= _SHORT_WORDS and interviewer_turns is not None
    # cues and returns to interviewing before the earliest place a closing can start do not matter
    cues, resumed = _cues(turns, spec, interviewer_turns, 0 if short else units[early][0] if early < len(units) else len(turns))
    for pos in cues:
        u = bisect.bisect_right(starts, pos) - 1
        anywhere = interviewer_turns is not None and short and not _interviews_after(turns, pos[0], spec, interviewer_turns)
        if (u >= earliest or anywhere) and pos > resumed and pos[0] >= after:
            return Closing(units[u][0], "cue", units[u][1])
    asks = _candidate_asks(turns, interviewer_turns) if interviewer_turns is not None else None
    if asks is not None:
        # a hand-over before the middle counts when the candidate's own questions follow it at once and
        # the interviewer does not go back to interviewing (a long interview with a long Q&A)
        for pos in cues:
            u = bisect.bisect_right(starts, pos) - 1
            if (early <= u < earliest and pos > resumed and pos[0] >= after and pos[0] <= asks
                    and not _asked_between(turns, pos[0] + 1, asks, interviewer_turns)):
                return Closing(units[u][0], "cue", units[u][1])
    if asks is not None and (opening := opening_handover(turns, spec, interviewer_turns)) is not None:
        # a recording of only the closing: it opens with the hand-over and the candidate's questions follow
        if opening <= asks and not _asked_between(turns, opening + 1, asks, interviewer_turns):
            return Closing(opening, "cue")
    if interviewer_turns is None and after == 0 and all(t.speaker is None for t in turns):
        # a recording of only the closing, without speaker labels (one utterance a line)
        u = _opening_unit(turns, units, spec)
        if u is not None:
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
    if asks is not None:
        # back to where the candidate started asking: after the first quarter of the words, or anywhere
        # when the interviewer asks nothing from there to the end (a recording of only the closing, opened
        # by a hand-over no cue knows: "right, I'll stop talking now")
        u = bisect.bisect_left(starts, (asks, 0))
        if u < start and (u >= early or not _asked_between(turns, asks + 1, len(turns), interviewer_turns)):
            start = u
    rejected, why = _rejected(turns, spec, interviewer_turns, after, short)
    return Closing(units[start][0], "fallback", units[start][1], rejected=rejected, why=why)


def _interviews_after(turns: list[Turn], cue: int, spec: ClosingSpec, interviewer_turns: set[int]) -> bool:
    """After the cue in turn ``cue``, does the interviewer ask more questions (not counting turns
    with further cues, "anything else you'd like to add?") than the candidate does? Then the
    interview went on."""
    rx = handover_regex(tuple(spec.handover))
    theirs = sum(count_questions(turns[i].text) for i in range(cue + 1, len(turns))
                 if i in interviewer_turns and rx.search(fold(turns[i].text)) is None)
    mine = sum(count_questions(turns[i].text) for i in range(cue + 1, len(turns))
               if i not in interviewer_turns and turns[i].speaker is not None)
    return theirs > mine


def _rejected(turns: list[Turn], spec: ClosingSpec, interviewer_turns: set[int] | None,
              after: int, short: bool) -> tuple[tuple[int, int] | None, str]:
    """The first hand-over cue that did not start the closing, and why, for the warning (``short``:
    a paste of the end of an interview, where a cue anywhere would have counted)."""
    cues, resumed = _cues(turns, spec, interviewer_turns, after)
    if not cues:
        return None, ""
    pos = cues[0]
    if pos < resumed or short:
        return pos, "was followed by more interview questions"
    return pos, f"came too early to count (before {spec.min_position:.0%} of the words)"


def _asked_between(turns: list[Turn], start: int, stop: int, interviewer_turns: set[int] | None) -> bool:
    """Does the interviewer (anyone, when the roles are unknown) ask a question in turns ``start`` to
    ``stop - 1``?"""
    return any(count_questions(turns[i].text) for i in range(start, stop)
               if interviewer_turns is None or i in interviewer_turns)


def opening_handover(turns: list[Turn], spec: ClosingSpec, interviewer_turns: set[int] | None) -> int | None:
    """The turn of a hand-over cue that opens a recording of only the closing ("... do you have any
    questions for me?" in the first turns, no question asked before it, and another speaker asking
    questions right after it), if there is one."""
    rx = handover_regex(tuple(spec.handover))
    for i, t in enumerate(turns[:_OPENING_TURNS]):
        if t.speaker is None or (interviewer_turns is not None and i not in interviewer_turns):
            continue
        text = fold(t.text)
        if not any(_real_cues(rx, text, spec)) or _asked_between(turns, 0, i, None):  # nothing asked before it: no interview
            continue
        reply = next((u for u in turns[i + 1:] if u.speaker is not None and u.speaker != t.speaker), None)
        return i if reply is not None and count_questions(reply.text) else None
    return None


def _unit_text(turns: list[Turn], units: list[tuple[int, int, int]], u: int) -> str:
    i, off, _ = units[u]
    end = units[u + 1][1] if u + 1 < len(units) and units[u + 1][0] == i else len(turns[i].text)
    return turns[i].text[off:end]


def _opening_unit(turns: list[Turn], units: list[tuple[int, int, int]], spec: ClosingSpec) -> int | None:
    """In text without speaker labels, the unit (line) of a hand-over cue that opens a recording of
    only the closing, if any: the cue in the first few lines, not a check-in, no question asked
    before it, and a question asked in one of the two lines after it (the candidate's)."""
    rx = handover_regex(tuple(spec.handover))
    for u in range(min(_OPENING_TURNS, len(units))):
        text = fold(_unit_text(turns, units, u))
        m = next(_real_cues(rx, text, spec), None)
        if m is None:
            if count_questions(text):
                return None  # a question before any hand-over: an interview, not a closing
            continue
        if count_questions(text[: m.start()]):
            return None
        after = range(u + 1, min(u + 3, len(units)))
        asks = (_unit_text(turns, units, k) for k in after)
        return u if any(count_questions(a) or _QUESTION_SOON.match(a) for a in asks) else None
    return None


def _unit_at(units: list[tuple[int, int, int]], words: float) -> int:
    """Index of the first unit that starts once ``words`` words have been said (len(units) if none)."""
    cum = 0
    for u, (_, _, w) in enumerate(units):
        if cum >= words:
            return u
        cum += w
    return len(units)


def _cues(turns: list[Turn], spec: ClosingSpec, interviewer_turns: set[int] | None, start: int = 0):
    """Positions ``(turn, char)`` of the hand-over cues from turn ``start`` on, in order, and of the
    last return to interviewing."""
    handover = handover_regex(tuple(spec.handover))
    taking = handover_regex(tuple(spec.candidate_handover))
    resume = handover_regex(tuple(spec.resume))
    cues: list[tuple[int, int]] = []
    resumed = (-1, -1)
    for i, t in enumerate(turns[start:], start):
        text = fold(t.text)
        by_interviewer = interviewer_turns is None or i in interviewer_turns
        by_candidate = interviewer_turns is None or (t.speaker is not None and i not in interviewer_turns)
        for rx, counts in ((handover, by_interviewer), (taking, by_candidate)):
            if counts:
                cues += [(i, m.start()) for m in _real_cues(rx, text, spec)]
        if by_interviewer:
            resumed = max([resumed] + [(i, m.start()) for m in resume.finditer(text)])
    return sorted(cues), resumed


def _candidate_asks(turns: list[Turn], interviewer_turns: set[int]) -> int | None:
    """The turn where the candidate starts asking their own questions at the end, if they do.

    Walking back from the end: the earliest question turn of the candidate after which the
    interviewer asked fewer questions than the candidate (at least two of the candidate's).
    """
    mine = theirs = 0
    found = None
    for i in range(len(turns) - 1, -1, -1):
        t = turns[i]
        if t.speaker is None:
            continue
        n = count_questions(t.text)
        if i in interviewer_turns:
            theirs += n
        elif n:
            mine += n
            if theirs >= mine:
                break
            if mine >= 2:
                found = i
    return found
