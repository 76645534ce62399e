"""Analysing one transcript: a pure function of (file, rule set, options) -> Analysis."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.assess import (EVIDENCE_MAX_WORDS, Finding, Hit, assess, mark_excluded, mark_not_offer_replies,
                             mark_offer_replies, mark_replies)
from analyzer.closing import find_closing, interview_part
from analyzer.context import Modified, analyse_doc
from analyzer.errors import AnalyzerError
from analyzer.nlp import ROLE_KEY, Cleaned, build_pipeline, clean_text, release, sentence_of
from analyzer.roles import Roles, assign_roles
from analyzer.rules import RuleSet, load_rules
from analyzer.transcript import Transcript, Turn

#: Longest space-free run handed to spaCy as it is (longer ones are split; see ``_defuse``).
MAX_TOKEN_CHARS = 40


@dataclass(frozen=True)
class Options:
    """Options that change how a transcript is analysed."""

    candidate: str | None = None
    interviewer: str | None = None
    whole: bool = False

    def __post_init__(self):
        for name in ("candidate", "interviewer"):
            value = getattr(self, name)
            if not isinstance(value, (str, type(None))):
                raise TypeError(f"Options.{name} must be a speaker name (str) or None, not {type(value).__name__}")
            if value is not None and not value.strip():
                raise ValueError(f"Options.{name} is {value!r}: give a speaker label as the transcript writes it, "
                                 "or None to infer the roles")
        if not isinstance(self.whole, bool):
            raise TypeError(f"Options.whole must be True or False, not {self.whole!r}")


@dataclass
class Analysis:
    """Everything known about one transcript after analysis (or the error that stopped it)."""

    file: str
    findings: list[Finding] = field(default_factory=list)
    candidate: str | None = None
    interviewer: str | None = None
    roles_method: str = ""
    format: str = ""
    turns: int | None = None
    closing_from: int | None = None
    closing_method: str = ""
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def score(self) -> int | None:
        if not self.findings:
            return None
        return round(100 * sum(f.score for f in self.findings) / len(self.findings))


class Analyzer:
    """Holds a rule set and its spaCy pipeline; analyses any number of transcripts with them.

    Example:
        >>> analyzer = Analyzer()
        >>> result = analyzer.analyze("sample_transcripts/plain/strong_close.txt")
        >>> [f.status for f in result.findings]  # doctest: +SKIP
    """

    def __init__(self, rules: RuleSet | str | os.PathLike | None = None, options: Options | None = None):
        self.rules = rules if isinstance(rules, RuleSet) else load_rules(rules)
        self.options = options or Options()
        self.nlp = build_pipeline(self.rules)
        self._norms = self.nlp.get_pipe("interview_norms")
        self._could_match = self.nlp.get_pipe("closing_rules").could_match
        self._might_match = self.nlp.get_pipe("closing_rules").might_match
        self._fillers = tuple(self.rules.modifiers.fillers)
        # a valid hit of one of these rules was judged a question (also unpunctuated speech)
        self._question_rules = frozenset(r.id for r in self.rules.rules.values() if "question" in r.requires)
        self._not_offer_reply_rules = frozenset(r.id for r in self.rules.rules.values() if "not_offer_reply" in r.requires)
        lexicon = self.rules.lexicon
        self._separate_items = (frozenset(lexicon.get("fu_separate_item", ())), frozenset(lexicon.get("offer_answer_word", ())))

    def analyze(self, path: str | os.PathLike, *, catch: bool = False) -> Analysis:
        """Analyse one transcript file.

        Args:
            path: The transcript.
            catch: When True, an input problem becomes ``Analysis.error`` instead of an exception.

        Raises:
            AnalyzerError: the file cannot be read or analysed (unless ``catch``).
        """
        from analyzer.readers import read_transcript

        try:
            transcript = read_transcript(path)
            return self.analyze_transcript(transcript)
        except AnalyzerError as exc:
            if not catch:
                raise
            return Analysis(file=str(path), error=str(exc))

    def analyze_transcript(self, transcript: Transcript) -> Analysis:
        """Analyse an already-read transcript."""
        opts = self.options
        roles = assign_roles(transcript, self.rules, opts.candidate, opts.interviewer)
        turns = transcript.turns
        result = Analysis(
            file=transcript.path,
            candidate=roles.candidate,
            interviewer=", ".join(roles.interviewers) or None,
            roles_method=roles.method,
            format=transcript.format,
            turns=len(turns),
            warnings=list(transcript.warnings) + list(roles.warnings),
        )
        if not turns:
            result.error = f"{transcript.path}: no speech found"
            return result
        if opts.whole:
            first, offset, method = 0, 0, "whole"
        else:
            # a hand-over cue counts when anyone but the candidate says it
            inter = None if roles.method == "unknown" else {
                i for i, t in enumerate(turns) if roles.role_of(t.speaker) in ("interviewer", "other")
            }
            closing = find_closing(turns, self.rules.closing, inter)
            first, offset, method = closing.index, closing.offset, closing.method
            if (warning := closing.warning(turns)) is not None:
                result.warnings.append(warning)
            if closing.end is not None:
                line = turns[closing.end].locate(closing.end_offset)[0]
                result.warnings.append(f"the interview ends at line {line}, where the interviewer "
                                       "turns to feedback; what follows was not assessed")
                turns = interview_part(turns, closing.end, closing.end_offset)
        turns = turns[:first] + [turns[first].tail(offset)] + turns[first + 1 :]
        result.closing_from = turns[first].line
        result.closing_method = method
        hits = self._hits(turns, first, roles, transcript.utterance_lines)
        result.findings = assess(self.rules, hits)
        return result

    def _modified(self, doc) -> list[Modified]:
        """The context rules' verdict on every behaviour match of ``doc``.

        A seam for experiments: ``benchmarks/negation_compare.py`` overrides it to let negspacy's
        NegEx decide negation instead of the NEGATED cues.
        """
        return analyse_doc(doc, self.rules)

    def _hits(self, turns: list[Turn], first: int, roles: Roles, utterance_lines: bool = False) -> list[Hit]:
        # an offer made just before the hand-over ("we'd like to offer you the job ... before we wrap
        # up, any questions?") is what the candidate's answer in the closing answers
        before = range(max(0, first - OFFER_LOOKBACK), first)
        hits = self._turn_hits(turns, [i for i in before if roles.role_of(turns[i].speaker) != "candidate"]
                               + list(range(first, len(turns))), roles, utterance_lines)
        kept = [h for h in hits if h.turn >= first or h.kind in ("offer", "prompt")]
        offer = min((h.turn for h in kept if h.kind == "offer" and h.valid and h.turn < first), default=None)
        if offer is not None:
            # "we'd like to offer you the job." "Yes! I accept." "Wonderful. Before we wrap up, any
            # questions?": the candidate's answer came before the hand-over, and decides all the same
            answers = [i for i in range(offer + 1, first) if roles.role_of(turns[i].speaker) == "candidate"]
            kept += [h for h in self._turn_hits(turns, answers, roles, utterance_lines)
                     if h.behaviour == "ask_for_job"]
            kept.sort(key=lambda h: (h.turn, h.char))
        mark_excluded(kept)
        mark_offer_replies(kept, self._question_rules, self._separate_items)
        mark_not_offer_replies(kept, self._not_offer_reply_rules)
        mark_replies(kept)
        return kept

    def _turn_hits(self, turns: list[Turn], indices: list[int], roles: Roles,
                   utterance_lines: bool = False) -> list[Hit]:
        """The rule matches in turns ``indices``, judged in context (cancelled or kept).

        ``utterance_lines`` (:attr:`Transcript.utterance_lines`): the text has no speaker labels and its
        lines are utterances: each match's evidence quotes only its own line(s) (:func:`_lines_quote`).
        The rules and the sentences they read do not change.
        """
        items = []
        for i in indices:
            role = roles.role_of(turns[i].speaker)
            others = role not in ("candidate", None)  # the interviewer's words: only a few rules (offers) are meant for them
            # a turn that stops without a full stop (speech-to-text) ends its last sentence all the
            # same: a full stop is added after it, so a pattern can ask for the end of a sentence
            end = " ." if _OPEN_END.search(turns[i].text[-16:]) else ""
            if others and not self._might_match(turns[i].text + end, role):
                continue  # none of those rules has all its words in the text: no need to tokenise it
            cleaned = clean_text(turns[i].text, self._fillers)
            text = _defuse(cleaned.text)
            if "-" in text:
                text = _LEAD_HYPHEN.sub(" ", text)  # "-Thanks for your time": a dialogue dash stuck to the word (same offsets)
            if others and "-" in text:
                # the interviewer's "a take-home test", "a follow-up call", "an on-site visit": the parts of a
                # hyphenated compound are words, as the prompt and offer rules list them (same offsets)
                text = _INWORD_HYPHEN.sub(" ", text)
            doc = self.nlp.make_doc(text + end)
            doc.user_data[ROLE_KEY] = role  # the rulers skip rules meant for another speaker
            if others and not self._could_match(self._norms(doc)):
                continue
            items.append((doc, (i, cleaned, role)))
        hits: list[Hit] = []
        for doc, (i, cleaned, role) in self.nlp.pipe(items, as_tuples=True):
            turn = turns[i]
            for m in self._modified(doc):
                rule = self.rules.rules[m.rule]
                span = m.span
                o_start = cleaned.original(span.start_char)
                line, start = turn.locate(o_start)
                o_end = cleaned.original(span.end_char)
                sentence, at, lead = _evidence(turn.text, cleaned, span, o_start)
                # without speaker labels one turn holds everyone's words, and unpunctuated speech-to-text
                # runs its "sentence" over every line: the evidence quotes only the match's own line(s)
                quote = (_lines_quote(turn, cleaned, span, o_start, o_end)
                         if utterance_lines and turn.speaker is None else None)
                hit = Hit(
                    behaviour=rule.behaviour,
                    rule=rule.id,
                    kind=rule.kind,
                    matched=turn.text[o_start:o_end].strip(),
                    sentence=sentence,
                    at=at,
                    lead=lead,
                    quote=quote[0] if quote else None,
                    quote_at=quote[1] if quote else None,
                    speaker=turn.speaker,
                    role=role,
                    turn=i,
                    line=line,
                    start=start,
                    cancelled_by=m.cancelled_by,
                    failed_requirement=m.failed_requirement,
                    char=o_start,
                )
                hits.append(hit)
            release(doc)
        return hits


OFFER_LOOKBACK = 4  # turns before the closing searched for an offer only

_OPEN_END = re.compile(r"[\w,;:–—-][\s\"'”’)\]]*$")  # the turn's last word or comma has no full stop, "?" or "!" after it
_LEAD_HYPHEN = re.compile(r"(?:^|(?<=\s))-(?=[^\W\d_])")  # "-Thanks", " -yes": not "e-mail", "-5", " - "
_INWORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # "take-home", "second-round", not "2-3" or " - "
_PUNCT_RUN = re.compile(r"([^\w\s])\1{3,}")
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_TOKEN_CHARS + 1))


def _defuse(text: str) -> str:
    """``text`` with pathological "words" broken up, keeping every character offset.

    spaCy's tokenizer strips punctuation from a word one character at a time, rescanning the
    word each time: a run like ``!!!!…`` or ``]]]]…`` thousands of characters long takes minutes.
    Runs of one punctuation mark are cut to three and space-free runs longer than
    ``MAX_TOKEN_CHARS`` get a space every ``MAX_TOKEN_CHARS`` characters, by same-length
    substitution, so evidence offsets still point into the original text.
    """
    if len(text) <= MAX_TOKEN_CHARS:
        return text
    text = _PUNCT_RUN.sub(lambda m: m.group(0)[:3] + " " * (len(m.group(0)) - 3), text)
    return _LONG_RUN.sub(
        lambda m: " ".join(m.group(0)[i : i + MAX_TOKEN_CHARS] for i in range(0, len(m.group(0)), MAX_TOKEN_CHARS + 1)),
        text,
    )


def _around(span, lo: int, hi: int) -> tuple[int, int]:
    """Token range ``lo:hi`` narrowed to the quote of a long run-on: about ``EVIDENCE_MAX_WORDS``
    tokens centred on ``span`` (at least four either side), for :func:`_evidence` and
    :func:`_lines_quote` alike."""
    half = max((EVIDENCE_MAX_WORDS - len(span)) // 2, 4)
    return max(lo, span.start - half), min(hi, span.end + half)


def _evidence(original: str, cleaned: Cleaned, span, o_start: int) -> tuple[str, int, int]:
    """The sentence holding ``span``, in the speaker's own words; long run-ons are cut around it.

    Returns the evidence, where the match (starting at ``o_start`` in ``original``) starts in it, and
    how many characters of fillers and stutters the cleaner removed at its start ("Um, I I am...") it
    quotes in front of what the rules read (``Hit.lead``).
    """
    sent = sentence_of(span)
    prefix = suffix = ""
    lo = sent.start
    if len(sent) > EVIDENCE_MAX_WORDS:
        lo, hi = _around(span, sent.start, sent.end)
        begin, end = span.doc[lo].idx, span.doc[hi - 1].idx + len(span.doc[hi - 1])
        prefix, suffix = ("… " if lo > sent.start else ""), (" …" if hi < sent.end else "")
    else:
        begin, end = sent.start_char, sent.end_char
    read = cleaned.original(begin)  # where the words the rules read start
    # a whole sentence is quoted from its first word, the fillers and stutters before it included
    a = read if lo > sent.start else cleaned.original_before_removed(begin)
    raw = original[a : cleaned.original(end)]
    text = raw.lstrip()
    at = len(prefix) + o_start - (a + len(raw) - len(text))
    lead = len(original[a:read].lstrip()) if read > a else 0
    return prefix + text.rstrip() + suffix, at, lead


def _lines_quote(turn: Turn, cleaned: Cleaned, span, o_start: int, o_end: int) -> tuple[str, int] | None:
    """The evidence for ``span`` cut to the line(s) of ``turn`` it is on, and where the match starts in it,
    when its sentence (:func:`_evidence`) runs on past those lines; else None (the sentence is the quote).

    From the start of the line holding the match's start (its fillers included) to the end of the line
    holding its end: a match wrapped over two lines keeps both. Only the quote: the rules and the
    assessment still read the whole sentence. A run-on longer than ``EVIDENCE_MAX_WORDS`` is cut around
    the match (:func:`_around`), as :func:`_evidence` cuts it, within those lines.
    """
    if len(turn.offsets) < 2:
        return None
    text = turn.text
    first, last = turn.segment(o_start), turn.segment(max(o_start, o_end - 1))
    lo = turn.offsets[first]
    hi = turn.offsets[last + 1] if last + 1 < len(turn.offsets) else len(text)
    sent = sentence_of(span)
    s_lo = cleaned.original_before_removed(sent.start_char)
    s_hi = cleaned.original(sent.end_char)
    if s_lo >= lo and s_hi <= hi:
        return None  # the sentence is within the lines: quoted whole, as before
    a, b = max(lo, s_lo), min(hi, s_hi)
    prefix = suffix = ""
    doc = span.doc
    words = [t for t in doc[sent.start : sent.end] if not t.is_space and a <= cleaned.original(t.idx) < b]
    if len(words) > EVIDENCE_MAX_WORDS:
        lo, hi = _around(span, words[0].i, words[-1].i + 1)
        kept = [t for t in words if lo <= t.i < hi]
        if kept[0].i > words[0].i:
            a, prefix = cleaned.original(kept[0].idx), "… "
        if kept[-1].i < words[-1].i:
            b, suffix = cleaned.original(kept[-1].idx + len(kept[-1])), " …"
    raw = text[a:b]
    quote = raw.strip()
    at = len(prefix) + o_start - (a + len(raw) - len(raw.lstrip()))
    return prefix + quote + suffix, at


def analyze_path(path: str | os.PathLike, rules: str | os.PathLike | RuleSet | None = None, **options) -> Analysis:
    """Analyse one transcript with a fresh pipeline (convenient; use Analyzer for many files)."""
    return Analyzer(rules, Options(**options)).analyze(Path(path))
