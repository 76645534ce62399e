"""ConText-style modifiers: decide whether a matched span is negated, hypothetical, reported or a question.

The cues are data (``rules/modifiers.yml``) found by the ``closing_cues`` span ruler. A cue affects a
match when both are in the same sentence, the match lies in the cue's direction within its window
and no terminator ("but", a new "thank you") stands between them. Pseudo-cues ("no doubt",
"not only") switch off the cues they overlap. A cue inside the match itself is part of the phrase
("can't wait") and does not cancel it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from analyzer.nlp import BEHAVIOUR_KEY, CUE_KEY, sentence_of
from analyzer.rules import CANCELLING, CueSpec, RuleSet

# a reply answers the interviewer's last line within the first words of the turn ("Lovely, the fourteenth suits me")
REPLY_REACH = 10
# ... or opens the turn's second sentence, if that starts within this many words of the turn
REPLY_LATEST = 30

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


class _Terminators:
    """The terminators of a doc by start token, so that "is there one in this gap" looks only at the
    gap (a match is checked against every cue near it; scanning every terminator of the doc for each
    pair made a long unpunctuated turn quadratic)."""

    def __init__(self, terms: list[tuple[Span, CueSpec]]) -> None:
        self.terms = sorted(((t.start, spec) for t, spec in terms), key=lambda x: x[0])
        self.starts = [start for start, _ in self.terms]

    def between(self, a: int, b: int, category: str) -> bool:
        # a terminator that starts in the gap counts even if it runs into the match ("no dramas, so when will I hear")
        if a >= b:
            return False
        lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)
        return any(not spec.applies_to or category in spec.applies_to for _, spec in self.terms[lo:hi])


# a statement with a tag question after it ("you'll go with someone else, yeah?", "too junior, aren't I?"): the
# "?" asks for agreement, the clause before the comma says something
_TAG_WORDS = frozenset({"yeah", "yea", "ya", "yes", "right", "eh", "innit", "no", "huh", "aye", "yep", "true", "hey"})
_TAG_AUX = frozenset({"is", "are", "am", "was", "were", "do", "does", "did", "have", "has", "had", "will", "wo", "would",
                      "can", "ca", "could", "should", "ai"})
_TAG_SUBJECTS = frozenset({"i", "it", "you", "we", "they", "he", "she", "that", "there"})


def _tagged_statement(sent: Span, span: Span) -> bool:
    """Does ``sent`` end in a short tag question after a comma that the match lies before?"""
    if len(sent) < 3 or sent[-1].text != "?":
        return False
    comma = next((t.i for t in reversed(sent[:-1]) if t.text == ","), None)
    if comma is None or span.end > comma or sent[-1].i - comma - 1 > 4:
        return False
    tag = [t.lower_ for t in sent.doc[comma + 1 : sent[-1].i]]
    if len(tag) == 1:
        return tag[0] in _TAG_WORDS
    if len(tag) in (2, 3) and tag[0] in _TAG_AUX and tag[-1] in _TAG_SUBJECTS:
        return len(tag) == 2 or tag[1] in ("n't", "not")  # "is it?", "aren't I?", "didn't I?"
    return tag in (["you", "know"], ["do", "n't", "you", "think"], ["you", "reckon"], ["would", "n't", "you", "say"])


def analyse_doc(doc: Doc, rules: RuleSet) -> list[Modified]:
    """Apply the context rules to every behaviour span of ``doc``.

    Each match is checked only against the cues that can reach it (those starting within the longest
    cue window plus the longest cue before it, or within that window after it), found by bisection,
    and in the order the cue ruler listed them, as the first cancelling cue names the reason: the cost
    stays linear in the turn's length even when a long unpunctuated turn is one sentence."""
    spans = list(doc.spans.get(BEHAVIOUR_KEY, []))
    if not spans:
        return []
    raw_cues = list(doc.spans.get(CUE_KEY, []))
    pseudo = sorted((c.start, c.end) for c in raw_cues if c.label_ == "PSEUDO")
    # a cue inside a pseudo-cue is switched off: among the pseudo-cues starting at or before it, the
    # one reaching furthest decides
    pseudo_starts = [start for start, _ in pseudo]
    pseudo_reach = []
    for _, end in pseudo:
        pseudo_reach.append(max(end, pseudo_reach[-1]) if pseudo_reach else end)
    cues: list[tuple[Span, CueSpec]] = []
    terms: list[tuple[Span, CueSpec]] = []
    for c in raw_cues:
        if c.label_ == "PSEUDO":
            continue
        if c.label_ != "TERMINATE" and pseudo:
            i = bisect.bisect_right(pseudo_starts, c.start)
            if i and pseudo_reach[i - 1] >= c.end:
                continue
        if c.label_ == "TERMINATE":
            terms.append((c, rules.cues[c.id_]))
        else:
            cues.append((c, rules.cues[c.id_]))

    terminators = _Terminators(terms)
    windows = {spec.id: rules.window(spec) for _, spec in cues}
    # the cues by start, each with its place in the ruler's order
    by_start = sorted(range(len(cues)), key=lambda i: cues[i][0].start)
    cue_starts = [cues[i][0].start for i in by_start]
    reach = max(windows.values(), default=0)
    longest = max((c.end - c.start for c, _ in cues), default=0)

    quoted = _quoted_reports(doc, cues)
    instructed = _instructed_reports(doc, cues, terms)
    quoted_at = _first_quote_at(len(doc), quoted) if quoted else None
    about_me: dict[int, bool] = {}
    run_on: dict[int, bool] = {}
    out = []
    for span in spans:
        sent = sentence_of(span)
        # only these cues can touch the match: a QUESTION or FORWARD cue ends at most its window
        # before the match, a BACKWARD one starts at most its window after it, a negation inside it
        # lies within it
        lo = bisect.bisect_left(cue_starts, max(sent.start, span.start - reach - longest))
        hi = bisect.bisect_right(cue_starts, min(sent.end, span.end + reach))
        in_sent = [cues[i] for i in sorted(by_start[lo:hi])]
        in_sent = [(c, spec) for c, spec in in_sent if c.start >= sent.start and c.end <= sent.end]
        own_negation = any(
            spec.category == "NEGATED" and c.start >= span.start and c.end <= span.end for c, spec in in_sent
        )
        cancelled = None
        question = sent[-1].text == "?" or (span.end < len(doc) and doc[span.end].text == "?")
        asks = "question" in rules.rules[span.id_].requires
        for c, spec in in_sent:
            window = windows[spec.id]
            if spec.category == "QUESTION":
                if question or (spec.run_on and not _run_on(sent, run_on)):
                    continue
                if spec.direction == "BACKWARD":
                    # the question after the match takes it in: "the decision would be made by the board or would
                    # that be by yourself" (an alternative question)
                    if c.start >= span.end and c.start - span.end <= window and not terminators.between(
                        span.end, c.start, "QUESTION"
                    ):
                        question = True
                # a question word at (or shortly before) the start of the match
                elif c.start <= span.start and span.start - c.start <= window and not terminators.between(
                    c.end, span.start, "QUESTION"
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
            if forward and span.start - c.end <= window and not terminators.between(c.end, span.start, spec.category):
                cancelled = f"{spec.category} by '{c.text}' ({spec.id})"
            elif backward and c.start - span.end <= window and not terminators.between(span.end, c.start, spec.category):
                cancelled = f"{spec.category} by '{c.text}' ({spec.id})"
        if not cancelled and question and (answer := _self_answered(sent)) is not None:
            cancelled = f"ANSWERED by '{answer.text}' (the candidate answers their own echoed question)"
        if not cancelled and quoted_at is not None:
            # the words someone told them to say, in quotation marks: all of it is theirs, however
            # long, "thank you" and "but" inside it included
            first = quoted_at[span.start]
            if first >= 0 and span.end <= quoted[first][1]:
                _, _, c, spec = quoted[first]
                cancelled = f"REPORTED by '{c.text}' ({spec.id}, quoted)"
        if not cancelled and instructed:
            # what someone told them to do ("my coach said to thank you and to ask whether ..."): the
            # whole reported clause, its coordinated verbs included, whatever a "?" or "thank" says
            # ... unless a question of their own follows it: "My mentor told me to always ask about next steps, so
            # what are they?" (a question that runs on to the end, "told me to ask whether ...?", is still theirs)
            asked_after = sent[-1].text == "?"
            for a, b, c, spec in instructed:
                if a <= span.start < b and not (asked_after and spec.question_lifts and b < sent.end - 1):
                    cancelled = f"REPORTED by '{c.text}' ({spec.id}, instructed)"
                    break
        rule = rules.rules[span.id_]
        failed = None
        for req in rule.requires:
            if req == "question" and not question:
                failed = "not a question"
            elif req == "statement" and question and not _tagged_statement(sent, span):
                failed = "a question, not a statement"
            elif req == "turn_start" and not _opens_turn(span, reply=rule.kind == "reply"):
                failed = "not at the start of the turn"
            elif req == "about_candidate" and not _about_candidate(span, about_me):
                failed = "not about the candidate"
        out.append(Modified(span, span.id_, cancelled, question, failed))
    return out


# "Any concerns? No, sir, none from my side.": the candidate repeats the interviewer's question and answers it
# with a no, so nothing in it counts ("No worries if so", "No, seriously", a bare "No." or "No?", and a
# question about themselves, "any concerns about me? No, ...", still ask)
_ECHO_MAX = 8  # an echoed question is short
_NO_WORDS = frozenset({"no", "nope", "nah", "naw", "none", "nothing"})
_ADDRESS = frozenset({"sir", "madam", "ma'am", "maam", "mam", "ma", "mate", "miss", "really", "honestly"})
_NO_GOES_ON = frozenset({"none", "nothing", "not", "thank", "thanks", "that", "all", "everything", "nope", "no",
                        "you", "we", "it"})
_ABOUT_SELF = frozenset({"me", "my", "myself", "mine"})


def _self_answered(sent: Span) -> Span | None:
    """The answer, when the short question ``sent`` is followed in the same turn by the speaker's own no."""
    doc = sent.doc
    if sent[-1].text != "?" or len(sent) > _ECHO_MAX or sent.end >= len(doc) or any(t.lower_ in _ABOUT_SELF for t in sent):
        return None
    nxt = sentence_of(doc[sent.end : sent.end + 1])
    if nxt[-1].text == "?" or nxt[0].lower_ not in _NO_WORDS:
        return None
    if nxt[0].lower_ in ("none", "nothing"):
        return nxt
    rest = [t.lower_ for t in nxt[1:] if t.lower_ not in _ADDRESS and not t.is_punct]
    return nxt if rest and rest[0] in _NO_GOES_ON else None


_OPEN_QUOTES = {'"', "\u201c", "\u201e", "\u00ab"}
_CLOSE_QUOTES = {'"', "\u201d", "\u00bb"}


def _quoted_reports(doc: Doc, cues: list[tuple[Span, CueSpec]]) -> list[tuple[int, int, Span, CueSpec]]:
    """Quotations that a reported-speech cue introduces ('my coach told me to say "…"'): token
    ranges ``(start, end)`` inside the quotation marks (to the end of the turn when the quotation
    is never closed), with their cue."""
    found = []
    closes = None
    for c, spec in cues:
        if spec.category != "REPORTED":
            continue
        # the opening mark right after the cue, or after "to say" / "something like" / a colon
        opening = next((i for i in range(c.end, min(c.end + 4, len(doc))) if doc[i].text in _OPEN_QUOTES), None)
        if opening is None:
            continue
        if closes is None:
            closes = [i for i, t in enumerate(doc) if t.text in _CLOSE_QUOTES]
        k = bisect.bisect_right(closes, opening)
        found.append((opening + 1, closes[k] if k < len(closes) else len(doc), c, spec))
    return found


# a reporting verb whose instruction follows as "to <verb>": "my coach said to", "told me to", "I was told to",
# "advised us to", "I'm supposed to"
_REPORTING_VERBS = frozenset({
    "said", "say", "says", "saying", "told", "tell", "tells", "telling", "advised", "advise", "advises", "advising",
    "suggested", "recommended", "reminded", "reminds", "instructed", "urged", "encouraged", "warned", "taught",
    "coached", "drilled", "asked", "wanted", "supposed", "meant", "expected"})
# whom the instruction was given to: "told me to", "advised us to"
_INSTRUCTED = frozenset({"me", "us", "him", "her", "them", "you", "everyone", "everybody", "people", "candidates"})
# after "and" / "or" these open a new clause (a new subject, a question), not a second reported verb
_NEW_CLAUSE = frozenset({
    "i", "we", "you", "he", "she", "they", "it", "this", "that", "there", "the", "my", "your", "our", "a", "an",
    "what", "when", "how", "who", "where", "which", "why", "is", "are", "do", "does", "can", "could", "will",
    "would", "honestly", "actually", "so", "but", "thanks", "cheers"})
_COORDINATORS = frozenset({"and", "or", "&"})
# how far an instruction's clause can run in a sentence with no punctuation (speech-to-text)
INSTRUCTION_REACH = 24


def _instructed_reports(doc: Doc, cues: list[tuple[Span, CueSpec]],
                        terms: list[tuple[Span, CueSpec]]) -> list[tuple[int, int, Span, CueSpec]]:
    """Instructions that a reported-speech cue introduces ("my coach said to thank you and to ask
    whether ...", "I was told to thank you"): token ranges ``(start, end)`` from the first reported verb
    to the end of the reported clause, with their cue. The clause runs on over "and (to) <verb>", and
    over a "thank" that is one of its verbs; it ends at the sentence end, at a clause break or "and"
    not followed by another verb ("..., and I'd love to know"), at another terminator ("but", "so
    what"), or after ``INSTRUCTION_REACH`` tokens."""
    found = []
    stops = None
    for c, spec in cues:
        if spec.category != "REPORTED":
            continue
        n = len(doc)
        j = c.end
        if doc[j - 1].norm_ == "to":
            if not any(t.norm_ in _REPORTING_VERBS for t in c[:-1]):
                continue
        else:
            if doc[j - 1].norm_ not in _REPORTING_VERBS:
                continue
            if j < n and doc[j].norm_ in _INSTRUCTED:
                j += 1
            if j >= n or doc[j].norm_ != "to":
                continue
            j += 1
        if j >= n or doc[j].is_punct or doc[j].norm_ in _NEW_CLAUSE:
            continue
        if stops is None:
            stops = {t.start for t, s in terms if not s.applies_to or "REPORTED" in s.applies_to}
        sent_end = sentence_of(doc[j : j + 1]).end
        verbs = {j}  # where a reported verb stands: a terminator there ("to thank you") is the instruction itself
        k, last = j, min(sent_end, j + INSTRUCTION_REACH)
        while k < last:
            t = doc[k]
            if k in stops and k not in verbs and t.norm_ not in _COORDINATORS:
                break
            if t.norm_ in _COORDINATORS or (t.is_punct and t.text in _CLAUSE_BREAKS):
                # a second reported verb: "and to ask", ", and ask", "or to email"
                m = k + 1
                while m < last and (doc[m].norm_ in _COORDINATORS or doc[m].text == ","):
                    m += 1
                if t.is_punct and not (m > k + 1 and doc[k + 1].norm_ in _COORDINATORS):
                    break  # "to thank you, ask ..." or a full stop: the clause ends
                if m < last and doc[m].norm_ in ("then", "also", "maybe", "perhaps", "just"):
                    m += 1
                if m < last and doc[m].norm_ == "to":
                    m += 1
                if m >= last or doc[m].is_punct or doc[m].norm_ in _NEW_CLAUSE or (t.is_punct and doc[m].norm_ == "thank"):
                    break  # "..., and thank you for your time" thanks in their own words
                verbs.add(m)
                k = m + 1
                continue
            k += 1
        found.append((j, k, c, spec))
    return found


def _first_quote_at(n_tokens: int, quoted: list[tuple[int, int, Span, CueSpec]]) -> list[int]:
    """For each token, the first quotation (in ``quoted``'s order) holding it, or -1.

    Two quotations that share a token end at the same closing mark (each runs to the first closing
    mark after its opening, and no closing mark lies inside a quotation), so all the quotations
    holding a match's first token end together: the first of them holds the whole match if any does.
    Each token is marked once: once a quotation meets a marked token, the rest of it up to the shared
    closing mark is marked already."""
    first = [-1] * n_tokens
    for k, (a, b, _, _) in enumerate(quoted):
        for i in range(a, b):
            if first[i] >= 0:
                break
            first[i] = k
    return first


_RUN_ON_BREAKS = frozenset({",", ";", ":", "?", "!", ".", "—", "–", "...", "…"})


def _run_on(sent: Span, seen: dict[int, bool]) -> bool:
    """Is ``sent`` a run-on, with no punctuation but its last mark (speech-to-text)? Kept by sentence start in ``seen``."""
    if sent.start not in seen:
        seen[sent.start] = not any(t.text in _RUN_ON_BREAKS for t in sent[:-1])
    return seen[sent.start]


def _words_at_most(tokens, most: int) -> bool:
    """Are there at most ``most`` words (not punctuation) in ``tokens``? Stops counting past it."""
    n = 0
    for t in tokens:
        if not t.is_punct:
            n += 1
            if n > most:
                return False
    return True


def _opens_turn(span: Span, reply: bool = False) -> bool:
    """Does the match open the turn? At most two words may come before it in the turn's first
    sentence ("Oh, very much so"). After short exclamations ("Right you are. Sounds like a plan.",
    "Oh wow. Yes!": up to two sentences of at most three words each) it must open its own sentence
    ("Oh, brilliant. That's, aye, that's great news" is not a yes). A ``reply`` rule, which also
    needs the interviewer's prompt just before, may stand anywhere in the first ``REPLY_REACH`` words, or open
    (after at most two words) the turn's second sentence within the first ``REPLY_LATEST`` words.
    Words are counted only as far as the limit, so a late match in a long turn costs little."""
    doc = span.doc
    sent = sentence_of(span)
    if reply:
        if _words_at_most(doc[: span.start], REPLY_REACH):
            return True
        # or it opens the turn's second sentence, after a first one that thanks or sums up ("That's really helpful,
        # thank you both, and it's been a pleasure. Sounds good, I'll keep an eye out for the email then."), within
        # the first REPLY_LATEST words: deeper in a long turn it answers something else
        if (sent.start and _words_at_most(doc[sent.start : span.start], 2)
                and not sentence_of(doc[sent.start - 1 : sent.start]).start
                and _words_at_most(doc[: span.start], REPLY_LATEST)):
            return True
    if not sent.start:
        return _words_at_most(doc[: span.start], 2)
    if not _words_at_most(doc[sent.start : span.start], 0):
        return False
    before = []  # the sentences before, nearest first, three at most
    start = sent.start
    while start and len(before) <= 2:
        prev = sentence_of(doc[start - 1 : start])
        before.append(prev)
        start = prev.start
    return len(before) <= 2 and all(_words_at_most(s, 3) for s in before)


def _about_candidate(span: Span, about_me: dict[int, bool] | None = None) -> bool:
    """Is the ask about the candidate? ``about_me`` keeps, by sentence start, whether a sentence
    names the candidate, for the other matches of the same sentence."""
    sent = sentence_of(span)
    # "do you have any concerns, and when will you decide?": nothing follows the ask in its own clause
    for t in sent[span.end - sent.start :]:
        if t.is_punct and t.text in _CLAUSE_BREAKS:
            return True
        if not t.is_punct:
            break
    else:
        return True
    if _names_me(sent, about_me):
        return True
    # "I know my CV reads a bit differently. Is there anything in it that worries you?": the ask points
    # back to the sentence before it in the same turn
    if sent.start > 0 and any(t.norm_ in _POINTS_BACK for t in sent):
        return _names_me(sentence_of(span.doc[sent.start - 1 : sent.start]), about_me)
    return False


def _names_me(sent: Span, about_me: dict[int, bool] | None) -> bool:
    """Does the sentence name the candidate ("my", "me", "I")? Kept by sentence start in ``about_me``."""
    if about_me is None:
        return any(t.norm_ in _ABOUT_ME for t in sent)
    if sent.start not in about_me:
        about_me[sent.start] = any(t.norm_ in _ABOUT_ME for t in sent)
    return about_me[sent.start]


#: Words by which an ask points back to the sentence before ("that" is left out: mostly a relative pronoun).
_POINTS_BACK = frozenset({"it", "this", "them", "those", "these"})
