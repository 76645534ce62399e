"""ConText-style modifiers: decide whether a matched span is negated, hypothetical, reported or a question.

The cues are data (``rules/modifiers.yml``) found by the ``closing_cues`` span ruler. A cue affects a
match when both are in the same sentence, the match lies in the cue's direction within its window
and no terminator ("but", a new "thank you") stands between them. Pseudo-cues ("no doubt",
"not only") switch off the cues they overlap. A cue inside the match itself is part of the phrase
("can't wait") and does not cancel it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from analyzer.nlp import BEHAVIOUR_KEY, CUE_KEY, sentence_of
from analyzer.rules import CANCELLING, CueSpec, RuleSet

# a reply answers the interviewer's last line within the first words of the turn ("Lovely, the fourteenth suits me")
REPLY_REACH = 10

_CLAUSE_BREAKS = {",", ";", "?", "!", ".", "-", "—", "–", ":"}
_ABOUT_ME = {"me", "my", "myself", "i", "candidacy", "background", "experience", "fit", "profile",
             "application", "resume", "cv", "hiring", "offer", "qualifications", "skills"}


@dataclass(frozen=True)
class Modified:
    """A matched span with what the context rules decided about it."""

    span: Span
    rule: str
    cancelled_by: str | None  # e.g. "NEGATED by 'not sure' (neg_not_sure)"
    is_question: bool
    failed_requirement: str | None


def _between_has_terminator(terms: list[tuple[Span, CueSpec]], a: int, b: int, category: str) -> bool:
    # a terminator that starts in the gap counts even if it runs into the match ("no dramas, so when will I hear")
    return any(
        a <= t.start < b and (not spec.applies_to or category in spec.applies_to) for t, spec in terms
    )


def analyse_doc(doc: Doc, rules: RuleSet) -> list[Modified]:
    """Apply the context rules to every behaviour span of ``doc``."""
    spans = list(doc.spans.get(BEHAVIOUR_KEY, []))
    if not spans:
        return []
    raw_cues = list(doc.spans.get(CUE_KEY, []))
    pseudo = [c for c in raw_cues if c.label_ == "PSEUDO"]
    cues: list[tuple[Span, CueSpec]] = []
    terms: list[tuple[Span, CueSpec]] = []
    for c in raw_cues:
        if c.label_ == "PSEUDO":
            continue
        if c.label_ != "TERMINATE" and any(p.start <= c.start and c.end <= p.end for p in pseudo):
            continue
        if c.label_ == "TERMINATE":
            terms.append((c, rules.cues[c.id_]))
        else:
            cues.append((c, rules.cues[c.id_]))

    quoted = _quoted_reports(doc, cues)
    out = []
    for span in spans:
        sent = sentence_of(span)
        in_sent = [(c, spec) for c, spec in cues if c.start >= sent.start and c.end <= sent.end]
        own_negation = any(
            spec.category == "NEGATED" and c.start >= span.start and c.end <= span.end for c, spec in in_sent
        )
        cancelled = None
        question = sent[-1].text == "?" or (span.end < len(doc) and doc[span.end].text == "?")
        asks = "question" in rules.rules[span.id_].requires
        for c, spec in in_sent:
            window = rules.window(spec)
            if spec.category == "QUESTION":
                # a question word at (or shortly before) the start of the match
                if c.start <= span.start and span.start - c.start <= window and not _between_has_terminator(
                    terms, c.end, span.start, "QUESTION"
                ):
                    question = True
                continue
            if spec.category not in CANCELLING or cancelled:
                continue
            if c.start < span.end and c.end > span.start:
                continue  # the cue is part of the matched phrase
            if spec.category == "NEGATED" and own_negation:
                continue
            if spec.category == "REPORTED" and sent[-1].text == "?" and spec.question_lifts:
                continue  # checking back what was said is asking: "You said I'd hear by Friday, is that right?"
            if spec.category == "HYPOTHETICAL" and asks and sent[-1].text == "?":
                continue  # a condition framing a question still asks: "If I got to the next round, would it be in person?"
            forward = spec.direction in ("FORWARD", "BIDIRECTIONAL") and c.end <= span.start
            backward = spec.direction in ("BACKWARD", "BIDIRECTIONAL") and c.start >= span.end
            if forward and span.start - c.end <= window and not _between_has_terminator(terms, c.end, span.start, spec.category):
                cancelled = f"{spec.category} by '{c.text}' ({spec.id})"
            elif backward and c.start - span.end <= window and not _between_has_terminator(terms, span.end, c.start, spec.category):
                cancelled = f"{spec.category} by '{c.text}' ({spec.id})"
        if not cancelled and quoted:
            # the words someone told them to say, in quotation marks: all of it is theirs, however
            # long, "thank you" and "but" inside it included
            cancelled = next((f"REPORTED by '{c.text}' ({spec.id}, quoted)" for a, b, c, spec in quoted
                              if a <= span.start and span.end <= b), None)
        rule = rules.rules[span.id_]
        failed = None
        for req in rule.requires:
            if req == "question" and not question:
                failed = "not a question"
            elif req == "statement" and question:
                failed = "a question, not a statement"
            elif req == "turn_start" and not _opens_turn(span, reply=rule.kind == "reply"):
                failed = "not at the start of the turn"
            elif req == "about_candidate" and not _about_candidate(span):
                failed = "not about the candidate"
        out.append(Modified(span, span.id_, cancelled, question, failed))
    return out


_OPEN_QUOTES = {'"', "\u201c", "\u201e", "\u00ab"}
_CLOSE_QUOTES = {'"', "\u201d", "\u00bb"}


def _quoted_reports(doc: Doc, cues: list[tuple[Span, CueSpec]]) -> list[tuple[int, int, Span, CueSpec]]:
    """Quotations that a reported-speech cue introduces ('my coach told me to say "…"'): token
    ranges ``(start, end)`` inside the quotation marks (to the end of the turn when the quotation
    is never closed), with their cue."""
    found = []
    for c, spec in cues:
        if spec.category != "REPORTED":
            continue
        # the opening mark right after the cue, or after "to say" / "something like" / a colon
        opening = next((i for i in range(c.end, min(c.end + 4, len(doc))) if doc[i].text in _OPEN_QUOTES), None)
        if opening is None:
            continue
        closing = next((i for i in range(opening + 1, len(doc)) if doc[i].text in _CLOSE_QUOTES), len(doc))
        found.append((opening + 1, closing, c, spec))
    return found


def _opens_turn(span: Span, reply: bool = False) -> bool:
    """Does the match open the turn? At most two words may come before it in the turn's first
    sentence ("Oh, very much so"). After short exclamations ("Right you are. Sounds like a plan.",
    "Oh wow. Yes!": up to two sentences of at most three words each) it must open its own sentence
    ("Oh, brilliant. That's, aye, that's great news" is not a yes). A ``reply`` rule, which also
    needs the interviewer's prompt just before, may stand anywhere in the first ``REPLY_REACH`` words."""
    def words(tokens) -> int:
        return sum(1 for t in tokens if not t.is_punct)

    sent = sentence_of(span)
    if reply and words(span.doc[: span.start]) <= REPLY_REACH:
        return True
    if not sent.start:
        return words(span.doc[: span.start]) <= 2
    before = list(span.doc[: sent.start].sents)
    return words(span.doc[sent.start : span.start]) == 0 and len(before) <= 2 and all(words(s) <= 3 for s in before)


def _about_candidate(span: Span) -> bool:
    sent = sentence_of(span)
    # "do you have any concerns, and when will you decide?": nothing follows the ask in its own clause
    rest = []
    for t in sent[span.end - sent.start :]:
        if t.is_punct and t.text in _CLAUSE_BREAKS:
            break
        if not t.is_punct:
            rest.append(t)
    if not rest:
        return True
    return any(t.norm_ in _ABOUT_ME for t in sent)
