"""Who is the candidate and who the interviewer: labels, options, then heuristics.

Order of evidence: ``--candidate``/``--interviewer`` options, role words in the speaker labels
("Interviewer", "Q", "Candidate", "Me"), then behaviour in the transcript (the interviewer asks
the questions and hands over with "do you have any questions for me"; the candidate talks most).
Every inference is reported, and when it cannot be told the result says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzer.closing import find_handovers
from analyzer.errors import InputError
from analyzer.rules import RoleWords, RuleSet
from analyzer.transcript import Transcript

_QUESTION_START = re.compile(
    r"(?i)^\s*(?:so\s+|and\s+|okay\s+|ok\s+)?(?:what|when|how|why|who|where|which|tell me|can you|could you|"
    r"would you|do you|did you|have you|are you|were you|walk me|describe|give me)\b"
)
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+")


@dataclass
class Roles:
    """The role of every speaker label, and how it was decided."""

    candidate: str | None
    interviewers: list[str]
    method: str  # "option" | "labels" | "inferred" | "unknown"
    warnings: list[str] = field(default_factory=list)

    def role_of(self, speaker: str | None) -> str:
        if self.method == "unknown" or speaker is None:
            return "unknown"
        if speaker == self.candidate:
            return "candidate"
        if speaker in self.interviewers:
            return "interviewer"
        return "other"


def _label_matches(label: str, words: RoleWords) -> bool:
    low = label.strip().lower()
    if low in {w.lower() for w in words.exact}:
        return True
    tokens = set(re.findall(r"[a-z][a-z'-]*", low))
    return bool(tokens & {w.lower() for w in words.words})


def _find_label(name: str, speakers: list[str], path: str, option: str) -> str:
    for s in speakers:
        if s == name:
            return s
    low = name.strip().lower()
    hits = [s for s in speakers if s.lower() == low] or [s for s in speakers if low in s.lower()]
    if len(hits) == 1:
        return hits[0]
    listed = ", ".join(f"'{s}'" for s in speakers[:8]) or "none"
    problem = "matches several speakers" if hits else "is not a speaker"
    raise InputError(path, f"{option} '{name}' {problem} (speakers: {listed})")


def assign_roles(
    transcript: Transcript, rules: RuleSet, candidate: str | None = None, interviewer: str | None = None
) -> Roles:
    """Decide the candidate and the interviewer(s) of a transcript."""
    speakers = transcript.speakers
    if not transcript.has_speakers or not speakers:
        return Roles(None, [], "unknown", [
            "no speaker labels: roles unknown, so every sentence in the closing was searched and the "
            "interviewer's words may be credited to the candidate"
        ])

    if candidate or interviewer:
        cand = _find_label(candidate, speakers, transcript.path, "--candidate") if candidate else None
        inter = _find_label(interviewer, speakers, transcript.path, "--interviewer") if interviewer else None
        if cand is None:
            others = [s for s in speakers if s != inter]
            cand = max(others, key=lambda s: _words(transcript, s)) if others else None
        interviewers = [inter] if inter else [s for s in speakers if s != cand]
        if cand is not None and inter is not None:
            interviewers = [s for s in speakers if s != cand]
        return Roles(cand, interviewers, "option")

    cands = [s for s in speakers if _label_matches(s, rules.roles.candidate)]
    inters = [s for s in speakers if _label_matches(s, rules.roles.interviewer) and s not in cands]
    if len(cands) == 1:
        return Roles(cands[0], [s for s in speakers if s != cands[0]], "labels")
    if inters and not cands:
        others = [s for s in speakers if s not in inters]
        if len(others) == 1:
            return Roles(others[0], inters, "labels")
        if others:
            cand = max(others, key=lambda s: _words(transcript, s))
            return Roles(cand, [s for s in speakers if s != cand], "inferred", [
                f"roles inferred: '{cand}' taken as the candidate (speaks most among speakers without a role word)"
            ])

    if len(speakers) == 1:
        return Roles(speakers[0], [], "inferred", [
            f"only one speaker ('{speakers[0]}'): taken as the candidate; no interviewer to tell apart"
        ])

    # Heuristics: who hands over, who asks, who talks.
    handover_speakers = [transcript.turns[i].speaker for i in find_handovers(transcript.turns, rules.closing)]
    questions = {s: 0 for s in speakers}
    for t in transcript.turns:
        if t.speaker in questions:
            questions[t.speaker] += sum(
                1 for sent in _SENT_SPLIT.split(t.text) if sent.rstrip().endswith("?") or _QUESTION_START.match(sent)
            )
    words = {s: _words(transcript, s) for s in speakers}
    score = {s: questions[s] / max(1, words[s] / 100) + 5 * handover_speakers.count(s) for s in speakers}
    ranked = sorted(speakers, key=lambda s: score[s])
    cand_pool = [s for s in ranked if s not in handover_speakers] or ranked
    cand = min(cand_pool, key=lambda s: (score[s], -words[s]))
    # the candidate must stand out; otherwise we cannot tell
    rest = [s for s in speakers if s != cand]
    main_rest = max(rest, key=lambda s: words[s])
    if score[cand] >= score[main_rest] * 0.8 and not handover_speakers:
        return Roles(None, [], "unknown", [
            "roles unknown: no role words in the speaker labels and the speakers ask questions equally; "
            "use --candidate NAME (every sentence in the closing was searched)"
        ])
    why = []
    if handover_speakers:
        why.append(f"'{handover_speakers[0]}' hands over with a closing cue")
    why.append(f"'{cand}' asks fewer questions ({questions[cand]} vs {questions[main_rest]} by '{main_rest}')")
    return Roles(cand, rest, "inferred", [f"roles inferred: candidate = '{cand}' ({'; '.join(why)}); "
                                          "use --candidate NAME to override"])


def _words(transcript: Transcript, speaker: str) -> int:
    return sum(len(t.text.split()) for t in transcript.turns if t.speaker == speaker)
