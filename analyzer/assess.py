"""Matched spans -> one Finding per behaviour (status, evidence, advice), with the reasons kept."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from analyzer.rules import BEHAVIOURS, RuleSet

STATUS_SCORE = {"present": 1.0, "partial": 0.5, "missing": 0.0}
EVIDENCE_MAX_WORDS = 40


@dataclass
class Hit:
    """One rule match in the transcript, located and explained."""

    behaviour: str
    rule: str
    kind: str
    matched: str
    sentence: str
    speaker: str | None
    role: str
    turn: int
    line: int
    start: float | None
    cancelled_by: str | None = None
    failed_requirement: str | None = None
    char: int = 0  # where the match starts in its turn's text
    at: int | None = None  # where the match starts in ``sentence`` (None: not known)
    lead: int = 0  # characters of fillers/stutters quoted at the start of ``sentence`` that the rules did not read
    #: the evidence quoted, when narrower than ``sentence``: in a turn without a speaker label, the line(s)
    #: the match is on (unpunctuated speech-to-text runs one "sentence" over every speaker's lines).
    #: ``sentence`` stays what the assessment compares and searches, so statuses do not depend on it
    quote: str | None = None
    quote_at: int | None = None  # where the match starts in ``quote``

    @property
    def evidence(self) -> str:
        """What the report quotes for this match."""
        return self.sentence if self.quote is None else self.quote

    @property
    def evidence_at(self) -> int | None:
        """Where the match starts in :attr:`evidence`."""
        return self.at if self.quote is None else self.quote_at

    @property
    def valid(self) -> bool:
        return self.cancelled_by is None and self.failed_requirement is None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Finding:
    """The verdict for one behaviour in one transcript."""

    behaviour: str
    title: str
    status: str
    evidence: str = ""
    speaker: str | None = None
    line: int | None = None
    start: float | None = None
    rule: str = ""
    advice: str = ""
    matched: str = ""
    hits: list[Hit] = field(default_factory=list)
    #: where ``matched`` starts in ``evidence``: the occurrence that fired (None: not known)
    matched_at: int | None = None

    @property
    def score(self) -> float:
        return STATUS_SCORE[self.status]


def _finding(rules: RuleSet, behaviour: str, status: str, hit: Hit | None, hits: list[Hit],
             offered: bool = False) -> Finding:
    spec = rules.behaviours[behaviour]
    advice = ""
    if status == "missing":
        advice = (spec.advice_after_offer if offered else None) or spec.advice
    elif status == "partial":
        advice = spec.advice_partial or spec.advice
    f = Finding(behaviour, spec.title, status, advice=" ".join(advice.split()), hits=hits)
    if hit is not None:
        f.evidence = hit.evidence
        f.speaker = hit.speaker
        f.line = hit.line
        f.start = hit.start
        f.rule = hit.rule
        f.matched = hit.matched
        f.matched_at = hit.evidence_at
    return f


def assess(rules: RuleSet, hits: list[Hit]) -> list[Finding]:
    """Decide every behaviour from the hits (already filtered by context rules and speaker)."""
    by_behaviour: dict[str, list[Hit]] = {b: [] for b in BEHAVIOURS}
    for h in hits:
        by_behaviour[h.behaviour].append(h)
    # once the interviewer has offered the job, advice that assumes no offer yet gives way to its after-offer form
    offered = any(h.valid and h.kind == "offer" for h in hits)
    findings = []
    for b in BEHAVIOURS:
        bh = by_behaviour[b]
        # "prompt" hits are the interviewer's words: context for a reply, never the candidate's behaviour
        valid = [h for h in bh if h.valid and h.kind not in ("exclude", "prompt")]
        if b == "ask_for_job":
            status, hit = _ask_for_job(valid)
        elif b == "stay_positive":
            bad = [h for h in valid if h.kind == "discouraged"]
            status, hit = ("missing", bad[0]) if bad else ("present", None)
        else:
            status, hit = ("present", _informative(valid)) if valid else ("missing", None)
        findings.append(_finding(rules, b, status, hit, bh, offered))
    return findings


def _informative(hits: list[Hit]) -> Hit:
    """The first hit whose sentence says something ("Rachel, thank you so much for your time today"),
    rather than a bare "Thanks." said in passing."""
    return next((h for h in hits if len(h.sentence[h.lead :].split()) >= 4), hits[0])  # fillers are not words


def _ask_for_job(valid: list[Hit]) -> tuple[str, Hit | None]:
    offers = [h for h in valid if h.kind == "offer"]
    # without speaker labels "we'd like to offer you the job" also reads as a wish: the offer wins
    cand = [h for h in valid if h.kind != "offer" and not _in_offer(h, offers)]
    asks = [h for h in cand if h.kind == "ask"]
    if offers:
        # the candidate's first answer to the offer decides: yes, no, or "give me time" (with a date?)
        # in reading order: without speaker labels the offer and the answer can share one long turn
        first = offers[0]
        after = sorted((h for h in cand if _where(h) > _where(first)), key=_where)
        # a date only counts in an answer that asks for time ("I'll send the sample by Friday" is not
        # "I'll answer by Friday"); sharing the offer's turn, only in the sentence that asks for time
        # ("thank you for Tuesday's lesson" is not "I'll answer by Tuesday")
        defers = [h for h in after if h.kind == "defer"]
        dates = [h for h in after if h.kind == "date" and defers and (
            h.turn != first.turn or any(d.sentence == h.sentence for d in defers))]
        declines = [h for h in after if h.kind == "decline"]
        for h in after:
            # a bare "Yes!" accepts only in the reply to the offer, not as the answer to a later question;
            # "I accepted another offer": the decline inside the same words outranks the accept
            accepts = h.kind == "accept" or (h.kind == "yes" and h.turn - first.turn <= 1)
            if accepts and not any(_overlap(h, d) for d in declines):
                # "I'd like to, very much. But I need some time to talk it over": the yes waits on the time
                # "I'd love to, but I can't do weekends, so I'll have to say no": the no after it wins
                # "I accept. Let me check my notice period and get back to you on a start date": an
                # explicit accept stands when the time asked after it is for the practicalities (the
                # start, the notice to give), not to decide ("I accept. I'll need a few days to decide"),
                # and the asking is not set against the accept ("but", "though", "first")
                later = [d for d in defers + declines if d.turn == h.turn and _where(d) > _where(h)]
                if not any(d.kind == "decline" or h.kind == "yes" or _WAITS_ON.search(d.sentence)
                           or not _PRACTICAL.search(d.sentence) for d in later):
                    return "present", h
                continue
            if h.kind == "decline":
                return "missing", h
            if h.kind == "defer" or h in dates:
                dated = [d for d in dates if _where(d) >= _where(h)]
                return ("present", dated[0] if h.kind == "date" else h) if dated else ("partial", h)
    if asks:
        return "present", asks[0]
    return "missing", None


def _where(hit: Hit) -> tuple[int, int]:
    return hit.turn, hit.char


def _overlap(a: Hit, b: Hit) -> bool:
    return a.turn == b.turn and a.char < b.char + len(b.matched) and b.char < a.char + len(a.matched)


def _in_offer(hit: Hit, offers: list[Hit]) -> bool:
    return any(hit.turn == o.turn and hit.sentence == o.sentence for o in offers)


def mark_excluded(hits: list[Hit]) -> None:
    """Cancel hits that overlap an ``exclude`` hit of the same behaviour in the same turn."""
    excludes = [h for h in hits if h.kind == "exclude"]
    for h in hits:
        if h.kind == "exclude" or h.cancelled_by:
            continue
        for x in excludes:
            if x.behaviour == h.behaviour and _overlap(x, h):
                h.cancelled_by = f"EXCLUDED by '{x.matched}' ({x.rule})"
                break


def mark_offer_replies(hits: list[Hit], question_rules: frozenset[str] | set[str] = frozenset(),
                       separate: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> None:
    """After an offer, "let me think it over and I'll be in touch" promises an answer, not a
    follow-up: a follow_up hit in a turn that asks for time to answer the offer is cancelled. Asking
    how to reach them ("what's the best way to get back to you?") still is following up, also unpunctuated:
    a valid hit of a rule in ``question_rules`` (rules that require a question) was judged a question;
    but a question whose own words ask for the time ("could I touch base on Monday with an answer?") is not.
    So is a separate promise to send something ("Can I come back to you by Thursday? Separately, I'll
    email you the DBS paperwork"): a sentence without the request for time that names one of the
    ``separate`` items (lexicon ``fu_separate_item``) and none of its answer words (``offer_answer_word``).
    Likewise a clarify_next_steps hit on the very words that ask for time is cancelled ("can I get back
    to you by Monday?" is no question about their process; "and when would I start?" still is)."""
    offers = [h for h in hits if h.kind == "offer" and h.valid]
    if not offers:
        return
    first = _where(offers[0])
    defers = [h for h in hits if h.kind == "defer" and h.valid and _where(h) > first]
    # the words that ask for time: the request itself, or the date it names ("by Monday with my answer")
    asking = defers + [h for h in hits if h.kind == "date" and h.valid
                       and any(d.turn == h.turn and d.sentence == h.sentence for d in defers)]
    for h in hits:
        if h.behaviour != "follow_up" or not h.valid or _where(h) < first:
            continue
        if _asks(h.sentence) or h.rule in question_rules:
            # a question still follows up ("what's the best way to get back to you?"), unless its very words
            # ask for time to answer the offer by a date ("Could I touch base on Monday with an answer?")
            d = next((d for d in defers if _overlap(d, h) and any(
                a.kind == "date" and a.turn == h.turn and a.sentence == h.sentence for a in asking)), None)
        else:
            d = next((d for d in defers if d.turn == h.turn), None)
            if d is not None and _separate_promise(h, defers, *separate):
                d = None
        if d is not None:
            h.cancelled_by = f"ANSWERS THE OFFER with '{d.matched}' ({d.rule})"
    # "Can I get back to you by Monday with my answer?" sets the candidate's own deadline for the answer: the words
    # that ask for time are not also a question about the employer's process (clarify_next_steps)
    for h in hits:
        if h.behaviour == "clarify_next_steps" and h.valid and _where(h) > first:
            d = next((d for d in asking if _overlap(d, h)), None)
            if d is not None:
                h.cancelled_by = f"ASKS TIME TO ANSWER THE OFFER with '{d.matched}' ({d.rule})"


def mark_not_offer_replies(hits: list[Hit], rules: frozenset[str] | set[str]) -> None:
    """A hit of a rule that ``requires: [not_offer_reply]`` fails in the candidate's answer to an offer:
    the turn of the offer (after it) or the turn right after it. "Count me in!" said before any offer
    shows interest; said to "we'd like to offer you the job" it accepts, which is ``ask_for_job`` only."""
    if not rules:
        return
    offers = [_where(h) for h in hits if h.kind == "offer" and h.valid]
    if not offers:
        return
    for h in hits:
        if h.rule in rules and h.valid and any(o < _where(h) and h.turn - o[0] <= 1 for o in offers):
            h.failed_requirement = "answers the offer (not_offer_reply)"


def _asks(sentence: str) -> bool:
    """Does the sentence ask something, not counting a tag on a statement ("..., I'll be in touch, is that okay?")?"""
    return sentence.rstrip().endswith("?") and not _TAG_QUESTION.search(sentence)


# "..., is that okay?", "if that's alright?", "... ok?": a tag that asks leave for a statement, not a question
_TAG_QUESTION = re.compile(r"[,;—–-]\s*(?:(?:is|would|will|does)\s+that\s+(?:be\s+)?|if\s+that(?:'s|\s+is|\s+would\s+be)\s+|)"
                           r"(?:ok|okay|alright|all\s+right|fine|good|cool)\s*\?\W*$", re.IGNORECASE)


def _separate_promise(h: Hit, defers: list[Hit], items: frozenset[str], answer_words: frozenset[str]) -> bool:
    if not items or any(d.turn == h.turn and d.sentence == h.sentence for d in defers):
        return False
    words = set(_WORD.findall(h.sentence.lower()))
    return bool(words & items) and not words & answer_words


_WORD = re.compile(r"[^\W_]+")
# words that set the time asked for against an accept before it ("yes, but let me think it over first")
_WAITS_ON = re.compile(r"\b(?:but|though|although|however|first)\b", re.IGNORECASE)
# what time asked after an explicit accept may be for, without taking the accept back
_PRACTICAL = re.compile(r"\b(?:start\w*|notice|paperwork|visa|relocat\w*|onboarding|induction|rota|calendar|diary)\b", re.IGNORECASE)


def mark_replies(hits: list[Hit]) -> None:
    """A ``reply`` hit ("Sounds good.", "Very much so.") answers what the interviewer just said: it
    counts only in the candidate's turn right after an interviewer's turn with a valid ``prompt`` hit
    of the same behaviour ("we'll be in touch by Friday", "are you still keen?"). Otherwise it fails."""
    told = {(h.behaviour, h.turn) for h in hits if h.kind == "prompt" and h.valid and h.role == "interviewer"}
    for h in hits:
        if h.kind == "reply" and h.valid and (h.role != "candidate" or (h.behaviour, h.turn - 1) not in told):
            h.failed_requirement = "not a reply to what the interviewer said in the turn before"
