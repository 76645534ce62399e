"""The spaCy pipeline: blank English, normalisation, lemmas, sentences and two span rulers.

Nothing here downloads anything: ``spacy.blank("en")`` plus the lookup tables that ship in the
``spacy-lookups-data`` package. Speech-to-text noise (fillers, stutters) is removed before
tokenisation with a character map back to the original text, so evidence quotes the real words.
"""

from __future__ import annotations

import bisect
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from analyzer.rules import RuleSet, expand_phrase

BEHAVIOUR_KEY = "closing"
CUE_KEY = "cues"

# Norms the tokenizer leaves inconsistent: "I'd" -> "would", "im" -> "i am", curly apostrophes.
_TOKEN_NORMS = {"'d": "would", "’d": "would", "d": "would", "m": "am", "’m": "am", "ll": "will", "’ll": "will",
                "ve": "have", "’ve": "have", "re": "are", "’re": "are", "wanna": "want", "gonna": "going",
                "thx": "thanks", "pls": "please", "plz": "please", "u": "you", "ur": "your", "ya": "you"}
_AFTER_PRONOUN = {"s": "is", "’s": "is", "'s": "is"}
_PRONOUNS = {"it", "that", "what", "there", "he", "she", "who", "where", "how", "when", "this", "here", "that"}


@Language.component("interview_norms")
def interview_norms(doc: Doc) -> Doc:
    """Make NORM the same for spellings people and speech-to-text engines use interchangeably,
    and set a lowercase lookup LEMMA (spaCy's lookup lemmatizer is case-sensitive: "Thank" stays "Thank")."""
    lemmas = _lookup("en_lemma_lookup")
    for i, tok in enumerate(doc):
        low = tok.lower_
        tok.lemma_ = lemmas.get(low, low).lower()
        if low in _TOKEN_NORMS and (low not in ("d", "m", "ll", "ve", "re", "u") or i > 0):
            tok.norm_ = _TOKEN_NORMS[low]
        elif low in _AFTER_PRONOUN and i > 0 and doc[i - 1].lower_ in _PRONOUNS:
            tok.norm_ = "is"
        elif "’" in low:
            tok.norm_ = tok.norm_.replace("’", "'")
    return doc


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
    nlp.add_pipe("interview_norms")
    nlp.add_pipe("sentencizer")
    behaviour_ruler = nlp.add_pipe(
        "span_ruler",
        name="closing_rules",
        config={"spans_key": BEHAVIOUR_KEY, "phrase_matcher_attr": "NORM", "validate": True, "overwrite": False},
    )
    cue_ruler = nlp.add_pipe(
        "span_ruler",
        name="closing_cues",
        config={"spans_key": CUE_KEY, "phrase_matcher_attr": "NORM", "validate": True, "overwrite": False},
    )
    with warnings.catch_warnings():
        # W012: phrase patterns pass through interview_norms on purpose, so they normalise like the text
        warnings.filterwarnings("ignore", message=r"\[W012\]")
        behaviour_ruler.add_patterns(_patterns((r.behaviour, r.id, r.pattern) for r in rules.rules.values()))
        cue_ruler.add_patterns(_patterns((c.category, c.id, c.pattern) for c in rules.cues.values()))
    return nlp


def _patterns(items) -> list[dict]:
    out = []
    for label, pid, pattern in items:
        if isinstance(pattern, str):
            out.extend({"label": label, "id": pid, "pattern": p.lower()} for p in expand_phrase(pattern))
        else:
            out.append({"label": label, "id": pid, "pattern": pattern})
    return out


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


@lru_cache(maxsize=16)
def _noise_re(fillers: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(f) for f in fillers), key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?i)(?<![\w'’-])(?:{words})(?![\w'’-])[,.…]*\s*"  # fillers with their trailing comma/space
        r"|(?<![\w'’])(\w+)(?:[\s,.-]|…)+(?=\1(?![\w]))"  # "I I I'm" -> "I'm", "the the" -> "the"
    )


def clean_text(text: str, fillers: tuple[str, ...]) -> Cleaned:
    """Drop fillers ("um", "uh") and stuttered repeats, keeping a map to the original offsets."""
    text = text.replace("’", "'").replace("‘", "'")
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
