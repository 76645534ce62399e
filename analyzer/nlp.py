"""The spaCy pipeline: blank English, normalisation, lemmas, sentences and two span rulers.

Nothing here downloads anything: ``spacy.blank("en")`` plus the lookup tables that ship in the
``spacy-lookups-data`` package. Speech-to-text noise (fillers, stutters) is removed before
tokenisation with a character map back to the original text, so evidence quotes the real words.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_STOP, IS_TITLE, LEMMA, LIKE_NUM, LOWER, NORM, ORTH, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from analyzer.rules import RuleSet, expand_phrase, speaker_ok

BEHAVIOUR_KEY = "closing"
CUE_KEY = "cues"
ROLE_KEY = "interview_close.role"  # Doc.user_data key: who said the text ("candidate", "interviewer", ...)

# Norms the tokenizer leaves inconsistent: "I'd" -> "would", "im" -> "i am", curly apostrophes.
_TOKEN_NORMS = {"'d": "would", "’d": "would", "d": "would", "m": "am", "’m": "am", "ll": "will", "’ll": "will",
                "ve": "have", "’ve": "have", "re": "are", "’re": "are", "wanna": "want", "gonna": "going",
                "thx": "thanks", "pls": "please", "plz": "please", "u": "you", "ur": "your", "ya": "you",
                "ye": "you", "yous": "you", "youse": "you", "tae": "to",
                # chat and text-message spellings
                "tysm": "thanks", "tyvm": "thanks", "thnx": "thanks", "thanx": "thanks", "rly": "really",
                "rlly": "really", "abt": "about", "tmrw": "tomorrow", "tmrrw": "tomorrow", "thru": "through",
                "intrested": "interested", "intersted": "interested", "interseted": "interested"}  # common misspellings
_AFTER_PRONOUN = {"s": "is", "’s": "is", "'s": "is"}
_PRONOUNS = {"it", "that", "what", "there", "he", "she", "who", "where", "how", "when", "this", "here", "that"}


# Where spaCy's lookup table gives a lemma no rule writer expects ("as" -> "a", "does" -> "doe",
# "first" -> "1", "a bit" -> "bite"), the word's usual dictionary form instead.
_LEMMA_FIXES = {"as": "as", "does": "do", "well": "well", "better": "good", "best": "good", "worse": "bad",
                "worst": "bad", "first": "first", "second": "second", "third": "third", "fourth": "fourth",
                "bit": "bit", "lem": "let", "gim": "give"}
_NEEDS_PREVIOUS = {"d", "m", "ll", "ve", "re", "u"}  # only a norm after another token ("I d", "you re")


_NORMED_KEY = "interview_close.normed"  # Doc.user_data key: interview_norms has run on this doc


class InterviewNorms:
    """Make NORM the same for spellings people and speech-to-text engines use interchangeably,
    and set a lowercase lookup LEMMA (spaCy's lookup lemmatizer is case-sensitive: "Thank" stays "Thank").

    Works on the hash arrays of the Doc (``to_array``/``from_array``) with a per-word cache, so a
    token costs a dictionary lookup rather than a Token object.
    """

    def __init__(self, nlp: Language):
        self.strings = nlp.vocab.strings
        self._cache: dict[int, tuple[int, int, str]] = {}  # LOWER hash -> (LEMMA hash, NORM hash or 0, kind)
        self._pronouns = {self.strings.add(w) for w in _PRONOUNS}

    def _entry(self, lower: int) -> tuple[int, int, str]:
        low = self.strings[lower]
        lemma = self.strings.add(_LEMMA_FIXES.get(low) or _lookup("en_lemma_lookup").get(low, low).lower())
        if low in _TOKEN_NORMS:
            entry = (lemma, self.strings.add(_TOKEN_NORMS[low]), "after" if low in _NEEDS_PREVIOUS else "always")
        elif low in _AFTER_PRONOUN:
            entry = (lemma, self.strings.add("is"), "pronoun")
        else:
            entry = (lemma, 0, "curly" if "’" in low else "")
        self._cache[lower] = entry
        return entry

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or doc.user_data.get(_NORMED_KEY):
            return doc  # already normalised (an interviewer's turn, checked before the pipeline)
        doc.user_data[_NORMED_KEY] = True
        lowers = doc.to_array(LOWER).tolist()
        values = doc.to_array([LEMMA, NORM])
        cache = self._cache
        entries = [cache.get(lower) or self._entry(lower) for lower in lowers]
        values[:, 0] = [entry[0] for entry in entries]
        for i in [i for i, entry in enumerate(entries) if entry[2]]:  # the few words whose NORM changes
            _, norm, kind = entries[i]
            if kind == "always" or (kind == "after" and i > 0) or (kind == "pronoun" and i > 0 and lowers[i - 1] in self._pronouns):
                values[i, 1] = norm
            elif kind == "curly":
                values[i, 1] = self.strings.add(self.strings[int(values[i, 1])].replace("’", "'"))
        doc.from_array([LEMMA, NORM], values)
        return doc


@Language.factory("interview_norms")
def make_interview_norms(nlp: Language, name: str) -> InterviewNorms:
    return InterviewNorms(nlp)


@lru_cache(maxsize=4)
def _lookup(table: str) -> dict[str, str]:
    """A table from spacy-lookups-data (a data package installed with us; nothing is downloaded)."""
    import spacy_lookups_data
    import srsly

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{table}.json.gz"
    return dict(srsly.read_gzip_json(path)) if path.is_file() else {}


def build_pipeline(rules: RuleSet) -> Language:
    """Build the analysis pipeline for a rule set (blank English; no model download)."""
    nlp = spacy.blank("en")
    for word, norm in _lookup("en_lexeme_norm").items():  # British -> American spellings
        nlp.vocab[word].norm_ = norm
    for word, first in (("lemme", "let"), ("gimme", "give")):  # "lemme send you" -> "lem" (let) + "me"
        for form in (word, word.capitalize(), word.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form[:-2], NORM: first}, {ORTH: form[-2:], NORM: "me"}])
    nlp.add_pipe("interview_norms")
    nlp.add_pipe("sentencizer")
    behaviour_ruler = nlp.add_pipe("anchored_span_ruler", name="closing_rules", config={"spans_key": BEHAVIOUR_KEY})
    cue_ruler = nlp.add_pipe(
        "anchored_span_ruler", name="closing_cues", config={"spans_key": CUE_KEY, "within": BEHAVIOUR_KEY}
    )
    behaviour_ruler.add_patterns(
        ruler_patterns((r.behaviour, r.id, r.pattern) for r in rules.rules.values()),
        speakers={r.id: r.speaker for r in rules.rules.values()},
    )
    cue_ruler.add_patterns(ruler_patterns((c.category, c.id, c.pattern) for c in rules.cues.values()))
    return nlp


def ruler_patterns(items) -> list[dict]:
    out = []
    for label, pid, pattern in items:
        if isinstance(pattern, str):
            out.extend({"label": label, "id": pid, "pattern": p.lower()} for p in expand_phrase(pattern))
        else:
            out.append({"label": label, "id": pid, "pattern": pattern})
    return out


# Token attributes an anchor may test, and the doc attribute whose values it is checked against.
_ANCHOR_ATTRS = {"LOWER": LOWER, "ORTH": LOWER, "TEXT": LOWER, "NORM": NORM, "LEMMA": LEMMA}
_ANCHOR_COLUMNS = (LOWER, NORM, LEMMA)  # the columns of Doc.to_array the anchors are looked up in
# the columns a compiled token pattern (_TokenPattern) reads: the anchor columns first, then these
_MATCH_COLUMNS = _ANCHOR_COLUMNS + (ORTH, IS_PUNCT, IS_ALPHA, IS_TITLE, IS_STOP, LIKE_NUM, SENT_START)
_MATCH_ATTRS = {"LOWER": LOWER, "NORM": NORM, "LEMMA": LEMMA, "TEXT": ORTH, "ORTH": ORTH, "IS_PUNCT": IS_PUNCT,
                "IS_ALPHA": IS_ALPHA, "IS_TITLE": IS_TITLE, "IS_STOP": IS_STOP, "LIKE_NUM": LIKE_NUM,
                "IS_SENT_START": SENT_START}
_OPTIONAL_OPS = {"?", "*", "!"}


def _token_anchor(spec: dict) -> tuple[int, frozenset[str]] | None:
    """What a mandatory pattern token needs a doc to contain: (attribute, values), or None if unknown."""
    op = str(spec.get("OP", spec.get("op", "1")))
    if op in _OPTIONAL_OPS or re.fullmatch(r"\{0?,.*\}|\{0\}", op):
        return None
    for key, value in spec.items():
        attr = _ANCHOR_ATTRS.get(key.upper())
        if attr is None:
            continue
        if isinstance(value, str):
            values = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            values = value["IN"]
        else:
            continue
        return attr, frozenset(str(v).lower() if attr == LOWER else str(v) for v in values)
    return None


def _as_phrases(pattern: list[dict], limit: int = 64) -> list[tuple[str, ...]] | None:
    """The word sequences a fixed token pattern over NORM alone stands for ([{NORM: {IN: [no, not]}},
    {NORM: doubt}] -> ("no", "doubt"), ("not", "doubt")), or None when it is anything richer (another
    attribute, an operator, a predicate) or stands for more than ``limit`` sequences."""
    options: list[list[str]] = []
    for spec in pattern:
        if set(spec) != {"NORM"}:
            return None
        value = spec["NORM"]
        if isinstance(value, str):
            options.append([value])
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            options.append(list(dict.fromkeys(value["IN"])))
        else:
            return None
    if not options or math.prod(len(o) for o in options) > limit:
        return None
    return list(itertools.product(*options))


def _max_tokens(spec: dict) -> int | None:
    """The most tokens one pattern token can cover (None: no limit, as with ``*``, ``+`` and ``{2,}``)."""
    bounds = _quantity(str(spec.get("OP", spec.get("op", "1"))))
    return 1 if bounds is None else bounds[1]


def _reach(sizes: list[int | None], j: int) -> tuple[int | None, int | None]:
    """How many tokens a match can hold before and after pattern token ``j`` (whose own tokens,
    "{1,3}", may lie either side of the one that meets its anchor); None: to the sentence edge."""
    before = None if None in sizes[: j + 1] else sum(sizes[: j + 1]) - 1
    after = None if None in sizes[j:] else sum(sizes[j:]) - 1
    return before, after


def _window(pattern: list[dict]) -> tuple[int, int | None, int | None] | None:
    """The mandatory token whose neighbourhood bounds the pattern best: (its index, the most tokens a
    match can have before it, after it); None when the pattern has no mandatory anchor token.

    Every match holds a token meeting each mandatory token's anchor, so searching a window around
    each occurrence of that anchor finds every match the whole sentence would give."""
    sizes = [_max_tokens(spec) for spec in pattern]
    best = None
    for j, spec in enumerate(pattern):
        if _token_anchor(spec) is None:
            continue
        before, after = _reach(sizes, j)
        width = (before if before is not None else 1000) + (after if after is not None else 1000)
        if best is None or width < best[0]:
            best = (width, j, before, after)
    return None if best is None else best[1:]


def _outer(pattern: list[dict]) -> tuple[int, int | None, int, int | None] | None:
    """The first and the last mandatory token: (first's index, the most tokens a match has before
    it, last's index, the most after it). Every match lies between an occurrence of the first,
    less that reach, and an occurrence of the last, plus its reach."""
    needs = [j for j, spec in enumerate(pattern) if _token_anchor(spec) is not None]
    if not needs:
        return None
    sizes = [_max_tokens(spec) for spec in pattern]
    first, last = needs[0], needs[-1]
    return first, _reach(sizes, first)[0], last, _reach(sizes, last)[1]


def _chain(pattern: list[dict]) -> list[tuple[int, int | None]]:
    """The mandatory anchor tokens in order, each with the most positions its anchor can lie after
    the previous one's (None: no limit; 0 for the first). A match needs such a chain of anchors."""
    sizes = [_max_tokens(spec) for spec in pattern]
    needs = [j for j, spec in enumerate(pattern) if _token_anchor(spec) is not None]
    chain: list[tuple[int, int | None]] = []
    for a, j in enumerate(needs):
        span = sizes[needs[a - 1] : j + 1] if a else [1]
        chain.append((j, None if None in span else sum(span) - 1))
    return chain


def _commonness(anchor: tuple[int, frozenset[str]]) -> tuple[int, int]:
    """Roughly how often an anchor is met in speech: by its stop words ("i", "to"), then its size."""
    values = anchor[1]
    return sum(1 for v in values if v in STOP_WORDS or len(v) <= 2), len(values)


def _is_clitic(word: str, nlp: Language) -> bool:
    """Is ``word`` a piece the tokenizer splits off a word ("'m" in "I'm", "n't" in "don't")?"""
    return any([t.text for t in nlp.make_doc(host + word)][-1:] == [word] for host in ("I", "you", "it", "do", "could"))


def unmatchable_words(rules: RuleSet, nlp: Language) -> list[tuple[str, str, str, list[str]]]:
    """Words in token patterns that no single token can ever have, because the tokenizer splits them
    ("e-mail" is three tokens, "i'm" two): each is a silent no-op, so ``rules check`` warns about it."""
    found = []
    items = [(f"{r.behaviour}.yml", r.id, r.pattern) for r in rules.rules.values()]
    items += [("modifiers.yml", c.id, c.pattern) for c in rules.cues.values()]
    for file, rid, pattern in items:
        if isinstance(pattern, str):
            continue
        for spec in pattern:
            for key, value in spec.items():
                if key.upper() not in _ANCHOR_ATTRS:
                    continue
                words = [value] if isinstance(value, str) else [w for op in ("IN", "NOT_IN") for w in (value or {}).get(op, [])]
                for word in map(str, words):
                    tokens = [t.text for t in nlp.make_doc(word)]
                    if len(tokens) != 1 and not _is_clitic(word, nlp):
                        found.append((file, rid, word, tokens))
    return sorted(set((f, r, w, tuple(t)) for f, r, w, t in found))


_IN, _NOT_IN, _EQUALS = range(3)  # the kinds of test a compiled pattern token makes on a column


class _TokenPattern:
    """One token pattern compiled to tests on a sentence's integer columns (:data:`_MATCH_COLUMNS`),
    finding the same matches as spaCy's ``Matcher`` does for it, without a Python ``Token`` per word
    or a predicate call per ``IN`` list.

    A match is every (start, end), end > start, such that the tokens from start to end can be split
    into runs, one per pattern token in order, each as long as its operator allows ("?" 0-1, "*" 0 or
    more, "+" 1 or more, "!" one token that fails the test, "{n,m}" n to m), every token of a run
    passing that pattern token's tests: spaCy's matcher, which follows every path of the pattern at
    every start, finds that same set. Only patterns this class can read exactly are compiled
    (:meth:`compile` gives None otherwise, and the ruler keeps spaCy's Matcher for them); a test runs
    both over our corpora and over generated edge cases.
    """

    __slots__ = ("tokens",)

    def __init__(self, tokens: tuple):
        # per pattern token: (fewest tokens, most tokens or None, tests, negated); a test is
        # (column, kind, value): the column's value is in / not in a set of hashes, or equals one value
        self.tokens = tokens

    @classmethod
    def compile(cls, pattern: list[dict], strings) -> "_TokenPattern | None":
        tokens = []
        for spec in pattern:
            spec = {str(k).upper(): v for k, v in spec.items()}
            op = str(spec.pop("OP", "1"))
            bounds = _quantity(op)
            if bounds is None or bounds[1] == 0:
                return None  # an operator not read here, or "{0}" (a token that takes no word)
            tests = []
            for key, value in spec.items():
                attr = _MATCH_ATTRS.get(key)
                if attr is None:
                    return None  # REGEX-free attributes only: anything else stays with spaCy's Matcher
                col = _MATCH_COLUMNS.index(attr)
                if isinstance(value, bool):
                    if attr == SENT_START:
                        # spaCy's matcher: a sentence start is a token whose sent_start is 1 (not -1, not 0 unset)
                        tests.append((col, _EQUALS if value else _NOT_IN, 1 if value else frozenset([1])))
                    else:
                        tests.append((col, _EQUALS, int(value)))
                elif isinstance(value, str) and key not in _FLAGS:
                    tests.append((col, _EQUALS, strings.add(value)))
                elif isinstance(value, dict) and value and set(value) <= {"IN", "NOT_IN"} and key not in _FLAGS:
                    for kind, name in ((_IN, "IN"), (_NOT_IN, "NOT_IN")):
                        if name in value:
                            words = value[name]
                            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                                return None
                            tests.append((col, kind, frozenset(map(strings.add, words))))
                else:
                    return None
            tokens.append((*bounds, tuple(tests), op == "!"))
        return cls(tuple(tokens)) if tokens else None

    def find(self, columns: list[list[int]], lo: int, hi: int) -> list[tuple[int, int]]:
        """The matches (start, end) within positions ``lo`` to ``hi`` of ``columns``."""
        out = []
        tokens = self.tokens
        for start in range(lo, hi):
            reach = (start,)
            for low, high, tests, negated in tokens:
                after = set()
                for p in reach:
                    limit = hi - p if high is None or high > hi - p else high
                    if not tests and not negated:
                        n = limit  # a wildcard takes any token
                    else:
                        n = 0
                        while n < limit:
                            at = p + n
                            for col, kind, value in tests:
                                v = columns[col][at]
                                if (v not in value) if kind == _IN else (v in value) if kind == _NOT_IN else v != value:
                                    ok = negated
                                    break
                            else:
                                ok = not negated
                            if not ok:
                                break
                            n += 1
                    if n >= low:
                        after.update(range(p + low, p + n + 1))
                if not after:
                    break
                reach = after
            else:
                out.extend((start, end) for end in reach if end > start)
        return out


_FLAGS = {"IS_PUNCT", "IS_ALPHA", "IS_TITLE", "IS_STOP", "LIKE_NUM", "IS_SENT_START"}


def _quantity(op: str) -> tuple[int, int | None] | None:
    """The fewest and most tokens (None: no limit) a pattern token with operator ``op`` covers, as
    spaCy reads the operator (None: an operator not read here, which counts as one token)."""
    simple = {"1": (1, 1), "?": (0, 1), "*": (0, None), "+": (1, None), "!": (1, 1)}
    if op in simple:
        return simple[op]
    bounds = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op)
    if bounds is None:
        return None
    low, comma, high = bounds.groups()
    if not comma:
        high = low
    if not low and not high:
        return None
    fewest, most = int(low or 0), (int(high) if high else None)
    if most is not None and most < fewest:
        return None
    return fewest, most


class _AnchorIndex:
    """Which rule groups can match a sentence, from the words it contains.

    Each need (required token) of each token pattern has a bit ("slot"); a pattern's slots are
    contiguous and its rarest need comes first, so only patterns whose rarest need is met are checked.
    """

    def __init__(self, entries: list[tuple[str, list[tuple[int, frozenset[int]]]]]):
        self.slots: tuple[dict[int, int], ...] = tuple({} for _ in _ANCHOR_COLUMNS)  # word -> slots it meets
        self.first: tuple[dict[int, list[int]], ...] = tuple({} for _ in _ANCHOR_COLUMNS)  # word -> patterns
        self.full: list[int] = []  # per pattern: the mask of all its slots
        self.group_of: list[str] = []  # per pattern: its group
        self.always: set[str] = set()  # groups with a pattern that has no anchor at all
        next_slot = 0
        for key, needs in entries:
            if not needs:
                self.always.add(key)
                continue
            number = len(self.full)
            self.full.append(((1 << len(needs)) - 1) << next_slot)
            self.group_of.append(key)
            for j, (col, values) in enumerate(needs):
                for value in values:
                    self.slots[col][value] = self.slots[col].get(value, 0) | (1 << (next_slot + j))
                    if j == 0:
                        self.first[col].setdefault(value, []).append(number)
            next_slot += len(needs)
        # per column that some anchor tests: (its number, word -> slots, word -> (mask, group) of the
        # patterns whose rarest need it meets); a column no anchor tests is never read from a sentence
        self._columns = tuple(
            (col, slots, {value: tuple((self.full[n], self.group_of[n]) for n in dict.fromkeys(numbers))
                          for value, numbers in first.items()})
            for col, (slots, first) in enumerate(zip(self.slots, self.first)) if slots
        )

    def triggered(self, sentence: "_Sentence") -> set[str]:
        """The groups with a pattern whose every anchor occurs in the sentence's LOWER, NORM and LEMMA
        values (in no order: the ruler sorts the spans it finds)."""
        present = 0
        candidates = []  # per word met: its patterns (a pattern may be listed under several words)
        for col, slots, first in self._columns:
            for value in slots.keys() & sentence.values(col):  # most words of a sentence are no rule's anchor
                present |= slots[value]
                patterns = first.get(value)
                if patterns is not None:
                    candidates.append(patterns)
        keys = set(self.always)
        for patterns in candidates:
            for full, group in patterns:
                if present & full == full:
                    keys.add(group)
        return keys


class _Sentence:
    """The anchor columns of one sentence (or a whole doc), with each value's positions found on demand."""

    def __init__(self, rows):
        self._rows = rows
        self.columns = rows[:, : len(_ANCHOR_COLUMNS)].T.tolist()
        self.length = len(rows)
        self._all: list[list[int]] | None = None
        self._positions: dict[int, dict[int, list[int]]] = {}
        self._values: dict[int, set[int]] = {}

    def values(self, col: int) -> set[int]:
        """The values of column ``col``."""
        found = self._values.get(col)
        if found is None:
            found = self._values[col] = set(self.columns[col])
        return found

    def positions(self, col: int) -> dict[int, list[int]]:
        """Each value of column ``col`` and where it occurs, in order."""
        found = self._positions.get(col)
        if found is None:
            found = self._positions[col] = {}
            for i, value in enumerate(self.columns[col]):
                found.setdefault(value, []).append(i)
        return found

    def match_columns(self) -> list[list[int]]:
        """Every column a compiled pattern reads (:data:`_MATCH_COLUMNS`), made on first use."""
        if self._all is None:
            self._all = self.columns + self._rows[:, len(_ANCHOR_COLUMNS) :].T.tolist()
        return self._all

    def where(self, col: int, wanted: frozenset[int]) -> list[int]:
        """The positions whose value in column ``col`` is one of ``wanted``, in order."""
        # in C, over the sentence's few words, not a long word list (set with set: hashes are not recomputed);
        # the cached columns are read inline: this runs several times per searched rule and sentence
        found = wanted.intersection(self._values.get(col) or self.values(col))
        if not found:
            return []
        positions = self._positions.get(col) or self.positions(col)
        if len(found) == 1:
            for value in found:
                return positions[value]
        return sorted(itertools.chain.from_iterable(positions[value] for value in found))


class _Plan:
    """Where a token pattern can match in a sentence: its mandatory anchor tokens in order (column,
    values, and how far after the previous one each can lie), the token whose neighbourhood bounds a
    match best (its place in that chain, reach before, reach after: it is one of the mandatory tokens,
    so its positions are those the chain looked up), and how far a match can reach before the first
    mandatory token and after the last (None: to the sentence edge)."""

    __slots__ = ("first_col", "first_values", "rest", "window_step", "window", "reach_before", "reach_after")

    def __init__(self, chain, window_step, window, reach_before, reach_after):
        (self.first_col, self.first_values, _), self.rest = chain[0], chain[1:]
        self.window_step, self.window = window_step, window
        self.reach_before, self.reach_after = reach_before, reach_after


_SENTS_KEY = "interview_close.sentences"  # Doc.user_data key: the doc's sentences and their starts
_ANCHORS_KEY = "interview_close.anchors"  # Doc.user_data key: the anchor columns, and each sentence's _Sentence


def _anchor_columns(doc: Doc) -> tuple[Any, dict[int, _Sentence]]:
    """The doc's anchor columns (one row per token) and the sentences made from them so far."""
    found = doc.user_data.get(_ANCHORS_KEY)
    if found is None:
        found = doc.user_data[_ANCHORS_KEY] = (doc.to_array(list(_MATCH_COLUMNS)), {})
    return found


def _anchor_sentence(doc: Doc, sent: Span) -> _Sentence:
    """The anchor columns of sentence ``sent``, made once per doc and sentence: the cue ruler then
    reuses what the behaviour ruler found in the same sentence (its words, their positions)."""
    values, made = _anchor_columns(doc)
    sentence = made.get(sent.start)
    if sentence is None:
        sentence = made[sent.start] = _Sentence(values[sent.start : sent.end])
    return sentence


def sentence_of(span: Span) -> Span:
    """The sentence holding ``span`` (spaCy's ``Span.sent``, which walks the tokens on every call):
    the doc's sentences are listed once, after the sentencizer, and found by bisection."""
    doc = span.doc
    found = doc.user_data.get(_SENTS_KEY)
    if found is None:
        sents = list(doc.sents)
        found = doc.user_data[_SENTS_KEY] = (sents, [s.start for s in sents])
    sents, starts = found
    return sents[bisect.bisect_right(starts, span.start) - 1]


def release(doc: Doc) -> None:
    """Drop the per-doc caches (sentences, anchor columns) once a doc's matches are read: the cached
    sentences point back at the doc, and such a cycle would keep every doc and its caches alive until
    Python's cycle collector runs."""
    doc.user_data.pop(_SENTS_KEY, None)
    doc.user_data.pop(_ANCHORS_KEY, None)


def straight_quotes(text: str) -> str:
    """``text`` with curly single quotes made straight, as the rules write apostrophes ("I’m" -> "I'm")."""
    return text.replace("’", "'").replace("‘", "'")


def _norm_needs(words, strings) -> list[tuple[int, frozenset[int]]]:
    """The anchors of a fixed phrase: each word, as a NORM value."""
    col = _ANCHOR_COLUMNS.index(NORM)
    return [(col, frozenset([strings.add(w)])) for w in words if w.strip()]


class _Spellings:
    """Every lowercase spelling of a token that can carry a given LOWER, NORM or LEMMA value: the
    inverse of the tokenizer's special cases, ``interview_norms`` and the lemma table. A text that
    contains none of a value's spellings as a substring cannot hold a token with that value."""

    def __init__(self, nlp: Language):
        self.strings = nlp.vocab.strings
        self.norms: dict[str, set[str]] = {}
        for low, value in list(_TOKEN_NORMS.items()) + [(low, "is") for low in _AFTER_PRONOUN]:
            self.norms.setdefault(value, set()).add(low)
        for pieces in nlp.tokenizer.rules.values():
            for piece in pieces:
                if NORM in piece:
                    self.norms.setdefault(piece[NORM], set()).add(piece[ORTH].lower())
        self.lemmas: dict[str, set[str]] | None = None  # built on first use (a 40,000-word table)

    def spellings(self, col: int, values: frozenset[int]) -> set[str]:
        """The spellings (lower case, straight apostrophes) of any of ``values`` (hashes) of anchor column ``col``."""
        attr = _ANCHOR_COLUMNS[col]
        found: set[str] = set()
        for value in (self.strings[v] for v in values):
            found.add(value.lower())
            if attr == NORM:
                found.update(self.norms.get(value, ()))
            elif attr == LEMMA:
                found.update(self._lemmas().get(value, ()))
        return {straight_quotes(f) for f in found}

    def _lemmas(self) -> dict[str, set[str]]:
        if self.lemmas is None:
            self.lemmas = {}
            table = itertools.chain(_lookup("en_lemma_lookup").items(), _LEMMA_FIXES.items())
            for word, lemma in table:
                if word == word.lower():  # the lemma is looked up by the token's lower-case form
                    self.lemmas.setdefault(lemma.lower(), set()).add(word)
        return self.lemmas


class _TextTest:
    """Can any of some rules match a text? Each rule is the list of its anchors (column, values); it
    can match only if a spelling of each anchor occurs in the text as a substring.

    One regex pass finds, at every position, the longest spelling that starts there (a trie of all
    the spellings, inside a lookahead so that overlapping ones are found too); every shorter spelling
    starting there is a prefix of it. Each spelling carries the bits of the anchors it (or a prefix of
    it) satisfies, and a rule passes when all its anchors' bits are set.
    """

    def __init__(self, entries: list[list[tuple[int, frozenset[int]]]], spellings: _Spellings):
        words = {need: spellings.spellings(*need) for needs in entries for need in needs}
        # an anchor with a spelling of one or two letters ("d" for "would") is in nearly every text:
        # testing it would cost a regex hit at every other character and rule out nothing
        words = {need: found for need, found in words.items() if min(map(len, found)) > 2}
        entries = [[need for need in needs if need in words] for needs in entries]
        self.always = any(not needs for needs in entries)
        bit = {need: 1 << i for i, need in enumerate(words)}
        own: dict[str, int] = {}
        for need, b in bit.items():
            for word in words[need]:
                own[word] = own.get(word, 0) | b
        # a spelling found also means each of its prefixes that is a spelling was found
        self.bits = {w: _or(own.get(w[:k], 0) for k in range(1, len(w) + 1)) for w in own}
        rules = {_or(bit[need] for need in needs) for needs in entries} - {0}  # 0: always (above)
        # each rule is filed under its anchor that the fewest rules share: a text is checked only
        # against the rules filed under an anchor it contains
        shared = Counter(b for rule in rules for b in _bits(rule))
        self.rules: dict[int, list[int]] = {}
        for rule in sorted(rules):
            self.rules.setdefault(min(_bits(rule), key=shared.__getitem__), []).append(rule)
        self.finder = re.compile(f"(?=({_trie_regex(own)}))") if own else None

    def __call__(self, text: str) -> bool:
        if self.always:
            return True
        if self.finder is None:
            return False
        low = straight_quotes(text).lower()  # as clean_text does before tokenising
        bits = self.bits
        present = 0
        for word in set(self.finder.findall(low)):
            present |= bits[word]
        return any(present & rule == rule for b in _bits(present) for rule in self.rules.get(b, ()))


def _bits(mask: int) -> Iterator[int]:
    """The set bits of ``mask``, lowest first, each as its own power of two."""
    while mask:
        b = mask & -mask
        mask ^= b
        yield b


def _or(values) -> int:
    out = 0
    for v in values:
        out |= v
    return out


def _trie_regex(words) -> str:
    """A regex matching any of ``words``, longest first, as a trie (the engine branches on one
    character at a time instead of trying every word)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return ("(?:" + body + ")?") if len(branches) == 1 and len(body) > 1 else body + "?"
        return body

    return emit(trie)


class AnchoredSpanRuler:
    """spaCy's ``span_ruler``, made fast for many token patterns with long ``IN`` lists.

    spaCy's Matcher tries every token pattern at every token, and each ``IN`` list is a Python
    predicate call: with a few hundred patterns that costs far more than tokenising. Most patterns
    cannot match a given sentence because one of their required words is absent. So each rule id
    gets its own Matcher, and a sentence runs only the rules whose required words (the "anchors" of
    every non-optional token) all occur in it. Phrase patterns go to one PhraseMatcher as before, and
    so do token patterns that only list a few fixed NORM sequences ({NORM: {IN: [no, not]}}, {NORM: doubt}).

    The spans are those spaCy's ``span_ruler`` gives, minus any that cross a sentence boundary (the
    context rules work within a sentence, so such a span could never be judged). With ``within``
    set to another span key, only sentences holding one of those spans are searched: the context
    cues are only needed where a behaviour matched. A test checks both claims on our corpora.
    """

    def __init__(self, nlp: Language, name: str, spans_key: str, within: str | None = None):
        self.nlp = nlp
        self.name = name
        self.key = spans_key
        self.within = within
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="NORM", validate=True)
        self.groups: dict[str, Matcher] = {}  # one Matcher per (label, rule id)
        # the groups whose one pattern runs without the Matcher: (match id, compiled pattern)
        self._compiled: dict[str, tuple[int, _TokenPattern]] = {}
        self.labels: dict[int, tuple[str, str]] = {}
        self._speaker: dict[str, str] = {}  # pattern id -> who it is meant for (absent: anyone)
        self._anchors: list[tuple[str, list[tuple[int, frozenset[int]]]]] = []  # per token pattern: group, needs
        self._indexes: dict[str | None, _AnchorIndex] = {}  # per speaker role (None: everyone), built lazily
        self._phrase_anchors: list[tuple[str, list[tuple[int, frozenset[int]]]]] = []  # per phrase: group, its words
        self._text_tests: dict[str | None, _TextTest] = {}  # per speaker role, built lazily
        self._spellings: _Spellings | None = None  # built on first use
        # per token pattern with a mandatory token, where to search (see _Plan)
        self._plans: dict[str, _Plan] = {}

    def add_patterns(self, patterns: list[dict], speakers: dict[str, str] | None = None) -> None:
        """Add span_ruler-style patterns; ``speakers`` maps a pattern id to who it is meant for."""
        strings = self.nlp.vocab.strings
        self._speaker.update(speakers or {})
        phrases: list[tuple[str, str]] = []
        for entry in patterns:
            label, pid, pattern = entry["label"], entry.get("id", ""), entry["pattern"]
            key = repr((label, pid))
            self.labels[strings.add(key)] = (label, pid)
            if isinstance(pattern, str):
                phrases.append((key, pattern))
                continue
            words = _as_phrases(pattern)
            if words is not None:  # a few fixed word sequences: one PhraseMatcher pass finds them all
                self.phrase_matcher.add(key, [self._norm_doc(w) for w in words])
                self._phrase_anchors.extend((key, _norm_needs(w, strings)) for w in words)
                continue
            self.groups.setdefault(key, Matcher(self.nlp.vocab, validate=True)).add(key, [pattern])
            compiled = _TokenPattern.compile(pattern, strings)
            if compiled is not None and len(self.groups[key].get(key)[1]) == 1:
                self._compiled[key] = (strings.add(key), compiled)
            else:
                self._compiled.pop(key, None)
            window, outer = _window(pattern), _outer(pattern)
            if window is not None and outer is not None:
                chain = _chain(pattern)
                step = [j for j, _ in chain].index(window[0])  # the window token is a mandatory one
                self._plans[key] = _Plan([(*self._need(pattern[j]), gap) for j, gap in chain], step,
                                         window[1:], outer[1], outer[3])
            needs = sorted((a for a in map(_token_anchor, pattern) if a is not None), key=_commonness)
            self._anchors.append((key, [(_ANCHOR_COLUMNS.index(attr), frozenset(map(strings.add, values)))
                                        for attr, values in needs]))
        self._indexes.clear()
        self._text_tests.clear()
        norms = self.nlp.get_pipe("interview_norms")
        with warnings.catch_warnings():
            # W012: phrase patterns pass through interview_norms on purpose, so they normalise like the text
            warnings.filterwarnings("ignore", message=r"\[W012\]")
            for key, text in phrases:
                doc = norms(self.nlp.make_doc(text))
                self.phrase_matcher.add(key, [doc])
                self._phrase_anchors.append((key, _norm_needs([t.norm_ for t in doc], strings)))

    def __call__(self, doc: Doc) -> Doc:
        if self.within is not None:
            # most sentences hold no behaviour match: then there is nothing for the cues to judge
            holders = doc.spans.get(self.within, [])
            sents = list({(sent := sentence_of(s)).start: sent for s in holders}.values()) if holders else []
        else:
            sents = list(doc.sents) if len(doc) else []
        role = doc.user_data.get(ROLE_KEY)  # set by the analyser: rules meant for someone else are skipped
        found: list[tuple[int, int, int]] = []
        if sents:
            index = self._index(role)
            for sent in sents:
                sentence = _anchor_sentence(doc, sent)
                offset = sent.start
                for key in index.triggered(sentence):
                    windows = self._spans_to_search(key, sentence)
                    if not windows:
                        continue
                    compiled = self._compiled.get(key)
                    if compiled is not None:
                        columns = sentence.match_columns()
                        m, compiled = compiled
                        for lo, hi in windows:
                            found.extend((m, offset + a, offset + b) for a, b in compiled.find(columns, lo, hi))
                        continue
                    for lo, hi in windows:
                        start, end = offset + lo, offset + hi
                        target = doc if end - start == len(doc) else doc[start:end]  # a Doc is cheaper to walk
                        matches = self.groups[key](target, allow_missing=True)
                        found.extend((m, start + a, start + b) for m, a, b in matches)
            starts = [sent.start for sent in sents]
            for m, a, b in self.phrase_matcher(doc):
                i = bisect.bisect_right(starts, a) - 1  # the searched sentence the match starts in, if any
                if i >= 0 and b <= sents[i].end and a < sents[i].end and self._meant_for(m, role):
                    found.append((m, a, b))
        spans = {Span(doc, a, b, label=self.labels[m][0], span_id=self.labels[m][1]) for m, a, b in found if a != b}
        doc.spans[self.key] = sorted(spans)
        return doc

    def could_match(self, doc: Doc) -> bool:
        """Could any rule meant for the doc's speaker match anywhere in it? Needs NORM and LEMMA set
        (``interview_norms``) but no sentences: the anchor test over the whole doc is a superset of
        the per-sentence one, so False means the ruler would find nothing."""
        if not len(doc):
            return False
        role = doc.user_data.get(ROLE_KEY)
        if self._index(role).triggered(_Sentence(_anchor_columns(doc)[0])):
            return True
        return any(self._meant_for(m, role) for m, _, _ in self.phrase_matcher(doc))

    def might_match(self, text: str, role: str | None) -> bool:
        """Could a rule meant for ``role`` match ``text``, judged from the raw text before it is
        tokenised? False means :meth:`could_match` would say False too (every required word of every
        such rule is missing in all the spellings that could give it), so the turn can be skipped
        for the price of a few substring searches; True means: tokenise and ask ``could_match``."""
        test = self._text_tests.get(role)
        if test is None:
            strings = self.nlp.vocab.strings
            entries = [needs for key, needs in self._anchors + self._phrase_anchors if self._meant_for(strings[key], role)]
            if self._spellings is None:
                self._spellings = _Spellings(self.nlp)
            test = self._text_tests[role] = _TextTest(entries, self._spellings)
        return test(text)

    def _spans_to_search(self, key: str, sentence: _Sentence) -> list[tuple[int, int]]:
        """The token ranges of a sentence (positions within it) that can hold a match of pattern
        ``key``: windows around its bounding token, merged where they touch; none when the pattern's
        mandatory anchors do not occur in order, each near enough after the previous one."""
        plan = self._plans.get(key)
        if plan is None:
            return [(0, sentence.length)]
        where, bisect_left = sentence.where, bisect.bisect_left
        firsts = reached = where(plan.first_col, plan.first_values)
        if not firsts:
            return []
        occurrences = [firsts]  # per chain token, all its positions (the window token is one of them)
        for col, wanted, gap in plan.rest:
            here = []
            occurrences.append(found := where(col, wanted))
            for q in found:
                k = bisect_left(reached, q) - 1  # the last anchor of the chain so far before q
                if k >= 0 and (gap is None or q - reached[k] <= gap):
                    here.append(q)
            if not here:
                return []
            reached = here
        # the stretch from the first mandatory token's first occurrence to the last one's last
        # occurrence that ends a chain, widened by how far a match can reach beyond them
        last = sentence.length
        lo = 0 if plan.reach_before is None else max(0, firsts[0] - plan.reach_before)
        hi = last if plan.reach_after is None else min(last, reached[-1] + plan.reach_after + 1)
        # within it, windows around each occurrence of the best-bounding token, merged where they touch
        before, after = plan.window
        out: list[tuple[int, int]] = []
        for i in occurrences[plan.window_step]:
            start = lo if before is None else max(lo, i - before)
            end = hi if after is None else min(hi, i + after + 1)
            if start >= end:
                continue
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], end))
            else:
                out.append((start, end))
        return out

    def _need(self, spec: dict) -> tuple[int, frozenset[int]]:
        """A mandatory pattern token's anchor as (column of the anchor array, hashed values)."""
        attr, values = _token_anchor(spec)
        return _ANCHOR_COLUMNS.index(attr), frozenset(map(self.nlp.vocab.strings.add, values))

    def _norm_doc(self, words: tuple[str, ...]) -> Doc:
        """A Doc whose tokens' NORM values are exactly ``words``."""
        doc = Doc(self.nlp.vocab, words=list(words))
        for token, word in zip(doc, words):
            token.norm_ = word
        return doc

    def _meant_for(self, match_id: int, role: str | None) -> bool:
        """Does the rule behind ``match_id`` apply to words said by ``role`` (None: anyone)?"""
        return role is None or speaker_ok(self._speaker.get(self.labels[match_id][1], "any"), role)

    def _index(self, role: str | None) -> _AnchorIndex:
        """The anchor index of the rules meant for ``role`` (all rules when it is None)."""
        if role not in self._indexes:
            strings = self.nlp.vocab.strings
            self._indexes[role] = _AnchorIndex([(key, needs) for key, needs in self._anchors
                                                if self._meant_for(strings[key], role)])
        return self._indexes[role]


@Language.factory("anchored_span_ruler", default_config={"spans_key": "ruler", "within": None})
def make_anchored_span_ruler(nlp: Language, name: str, spans_key: str, within: str | None) -> AnchoredSpanRuler:
    return AnchoredSpanRuler(nlp, name, spans_key, within)


@dataclass(frozen=True)
class Cleaned:
    """Text with fillers and stutters removed, and the map back to the original characters."""

    text: str
    _clean_pos: tuple[int, ...]
    _orig_pos: tuple[int, ...]

    def original(self, pos: int) -> int:
        """Original character offset of cleaned offset ``pos``."""
        i = max(0, bisect.bisect_right(self._clean_pos, pos) - 1)
        return self._orig_pos[i] + (pos - self._clean_pos[i])

    def original_before_removed(self, pos: int) -> int:
        """The original offset of cleaned offset ``pos``, before any fillers or stutters removed right
        in front of it (:meth:`original` gives the offset after them)."""
        i = max(0, bisect.bisect_left(self._clean_pos, pos) - 1)
        return self._orig_pos[i] + (pos - self._clean_pos[i])


@lru_cache(maxsize=16)
def _noise_re(fillers: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(f) for f in fillers), key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?i)(?<![\w'’-])(?:{words})(?![\w'’-])[,.…]*\s*"  # fillers with their trailing comma/space
        r"|(?<![\w'’])(\w+)\s+(?=\1(?!\w))"  # "I I I'm" -> "I'm", "the the" -> "the"
        # "I, I think" -> "I think", but not "I appreciate it, it's helped" (a different word) nor
        # "...it. It's" (a sentence ends there)
        r"|(?<![\w'’])(\w+)\s*(?:[,-]|…)(?:[\s,-]|…)*(?=\2(?![\w'’]))"
    )


_RUNS = re.compile(r"[\w'’-]+")  # the stretches a filler must fill exactly
_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=16)
def _filler_set(fillers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(f.lower() for f in fillers)


def _may_hold_noise(text: str, fillers: tuple[str, ...]) -> bool:
    """False when ``_noise_re`` cannot match: no filler fills a run of word characters, and no word
    is the same as the next one. Most turns have neither, and this is three times cheaper than
    the noise regex (ASCII only: there ``lower`` agrees with the regex's case-insensitive match)."""
    if not text.isascii():
        return True
    low = text.lower()
    if not _filler_set(fillers).isdisjoint(_RUNS.findall(low)):
        return True
    words = _WORDS.findall(low)
    return any(a == b for a, b in zip(words, words[1:]))


def clean_text(text: str, fillers: tuple[str, ...]) -> Cleaned:
    """Drop fillers ("um", "uh") and stuttered repeats, keeping a map to the original offsets."""
    text = straight_quotes(text)
    if not _may_hold_noise(text, fillers):
        return Cleaned(text, (0,), (0,))
    pieces: list[str] = []
    clean_pos: list[int] = [0]
    orig_pos: list[int] = [0]
    last = 0
    length = 0
    for m in _noise_re(fillers).finditer(text):
        if m.start() == m.end():
            continue
        pieces.append(text[last : m.start()])
        length += m.start() - last
        last = m.end()
        clean_pos.append(length)
        orig_pos.append(last)
    pieces.append(text[last:])
    return Cleaned("".join(pieces), tuple(clean_pos), tuple(orig_pos))
