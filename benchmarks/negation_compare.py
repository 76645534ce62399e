"""Our ConText negation cues vs negspacy's NegEx, measured on the utterance corpora (run by hand).

    python benchmarks/negation_compare.py            # the tables (dev and held-back), about a minute
    python benchmarks/negation_compare.py --show 10  # also up to 10 matches per corpus the modes treat differently

Three modes analyse every utterance of ``tests/data/utterances_dev.csv`` and
``tests/data/utterances_test.csv`` with ``Options(whole=True)``, as ``tests/test_accuracy.py`` does:

- ``ours``: the analyser as it is (negation by the NEGATED cues of ``rules/modifiers.yml``);
- ``negex-en``: the same behaviour matches, but the NEGATED cues are removed and negation is decided
  by negspacy's ``negex`` component over the behaviour span group (``span_keys``) with negspacy's
  general English termset ``en``, unchanged;
- ``negex-en+ours``: as ``negex-en``, the ``en`` termset extended with our own lists written out
  as phrases: the NEGATED cues, the PSEUDO cues and the TERMINATE cues that end a negation. Our
  cues match NORM, where "n't" is "not"; negspacy matches LOWER, so "n't" is added as a negation
  and every phrase with "not" also in its contracted form ("could not be" -> "couldn't be"). What is left to
  differ is the algorithm: NegEx's scope is the rest of the (terminated) sentence, ours a window of
  six tokens; NegEx ignores a cue inside the match only when it starts there.

Hypothetical, historical, reported, question and pseudo cues, terminators and exclusions are the
same in every mode, so only negation differs. negspacy is not a dependency of interview-close:
``pip install negspacy`` to run this.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT))

from analyzer.analysis import Analysis, Analyzer, Options  # noqa: E402
from analyzer.evaluate import evaluate_utterances  # noqa: E402
from analyzer.nlp import BEHAVIOUR_KEY  # noqa: E402
from analyzer.rules import RuleSet, expand_phrase, load_rules  # noqa: E402

CORPORA = (("dev", DATA / "utterances_dev.csv"), ("held-back", DATA / "utterances_test.csv"))
NEGEX_LABEL = "NEGATED by negspacy"


class RecordingAnalyzer(Analyzer):
    """The analyser as it is, keeping every transcript's hits so the modes can be compared match by match."""

    def __init__(self, rules: RuleSet):
        super().__init__(rules, Options(whole=True))
        self.hits: dict[str, list] = {}

    def analyze_transcript(self, transcript) -> Analysis:
        result = super().analyze_transcript(transcript)
        self.hits[transcript.path] = [h for f in result.findings for h in f.hits if h.kind != "exclude"]
        return result


class NegexAnalyzer(RecordingAnalyzer):
    """Our behaviour matches and non-negation cues; negation decided by negspacy's NegEx."""

    def __init__(self, rules: RuleSet, termset: dict[str, list[str]]):
        import negspacy.negation  # noqa: F401  (registers the "negex" factory)

        no_negation = {k: c for k, c in rules.cues.items() if c.category != "NEGATED"}
        super().__init__(dataclasses.replace(rules, cues=no_negation))
        self.nlp.add_pipe("negex", after="closing_cues",
                          config={"neg_termset": termset, "span_keys": [BEHAVIOUR_KEY]})

    def _modified(self, doc):
        return [
            dataclasses.replace(m, cancelled_by=NEGEX_LABEL) if m.cancelled_by is None and m.span._.negex else m
            for m in super()._modified(doc)
        ]


def cue_phrases(pattern) -> list[str]:
    """A cue's pattern as plain phrases (negspacy's termsets are phrases): phrase patterns expanded,
    token patterns multiplied out over their ``NORM``/``LEMMA`` words. An optional token (``?``,
    ``*``) is taken zero times or once, ``+`` once; an optional token on another attribute
    (``IS_PUNCT``, ``LIKE_NUM``) is left out. A required token on another attribute: no phrases."""
    if isinstance(pattern, str):
        return expand_phrase(pattern)
    choices = []
    for token in pattern:
        attrs = {k: v for k, v in token.items() if k != "OP"}
        optional = token.get("OP") in ("?", "*")
        name, value = next(iter(attrs.items()))
        if len(attrs) != 1 or name not in ("NORM", "LEMMA"):
            if optional:
                continue
            return []
        words = value["IN"] if isinstance(value, dict) else [value]
        choices.append(words + ([""] if optional else []))
    return sorted({" ".join(w for w in combo if w) for combo in itertools.product(*choices)} - {""})


_CONTRACTED = {"can": "can't", "will": "won't", "shall": "shan't"}


def contracted(phrases: set[str]) -> set[str]:
    """The phrases plus their spoken forms: our cues match NORM, where "n't" is "not"; negspacy
    matches LOWER, so "could not be" must also be written "couldn't be"."""
    out = set(phrases)
    for phrase in phrases:
        words = phrase.split()
        for i in range(1, len(words)):
            if words[i] == "not":
                joined = _CONTRACTED.get(words[i - 1], words[i - 1] + "n't")
                out.add(" ".join(words[: i - 1] + [joined] + words[i + 1 :]))
    return out


def termsets(rules: RuleSet) -> dict[str, dict[str, list[str]]]:
    """negspacy's ``en`` termset, and the same extended with our lists (see the module's doc)."""
    from negspacy.termsets import termset

    en = {k: list(v) for k, v in termset("en").get_patterns().items()}  # a copy: termset() shares its lists
    ours: dict[str, set[str]] = {"preceding_negations": {"n't"}, "following_negations": set(),
                                 "pseudo_negations": set(), "termination": set()}
    for cue in rules.cues.values():
        if cue.category == "NEGATED":
            ours["following_negations" if cue.direction == "BACKWARD" else "preceding_negations"].update(
                cue_phrases(cue.pattern))
        elif cue.category == "PSEUDO":
            ours["pseudo_negations"].update(cue_phrases(cue.pattern))
        elif cue.category == "TERMINATE" and (not cue.applies_to or "NEGATED" in cue.applies_to):
            ours["termination"].update(cue_phrases(cue.pattern))
    extended = {k: sorted(set(v) | contracted(ours[k])) for k, v in en.items()}
    return {"negex-en": en, "negex-en+ours": extended}


def micro(m) -> tuple[float, float, float]:
    tp, fp, fn = m["tp"].sum(), m["fp"].sum(), m["fn"].sum()
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def is_negated(hit) -> bool:
    return bool(hit.cancelled_by) and hit.cancelled_by.startswith("NEGATED")


def key(path: str, hit) -> tuple:
    return (path, hit.rule, hit.turn, hit.line, hit.matched)


def compare(corpus: str, path: Path, modes: dict[str, RecordingAnalyzer], show: int) -> None:
    results = {}
    for name, analyzer in modes.items():
        analyzer.hits.clear()
        results[name] = evaluate_utterances(path, analyzer).metrics.set_index("behaviour")
    names = list(modes)
    print(f"\n### {corpus} ({path.name})\n")
    print("| behaviour | " + " | ".join(f"{n} P / R / F1" for n in names) + " |")
    print("|---|" + "---|" * len(names))
    rows = [(b, [tuple(results[n].loc[b, ["precision", "recall", "f1"]]) for n in names]) for b in results[names[0]].index]
    rows.append(("**all (micro)**", [micro(results[n]) for n in names]))
    for b, cells in rows:
        print(f"| {b} | " + " | ".join(f"{p:.3f} / {r:.3f} / {f:.3f}" for p, r, f in cells) + " |")

    print("\n| mode | matches cancelled by negation | of them valid in `ours` | valid here, negated in `ours` |")
    print("|---|---|---|---|")
    base = {key(p, h): h for p, hits in modes[names[0]].hits.items() for h in hits}
    for name in names:
        mine = {key(p, h): h for p, hits in modes[name].hits.items() for h in hits}
        negated = [k for k, h in mine.items() if is_negated(h)]
        gained = [k for k in negated if k in base and base[k].valid]
        lost = [k for k, h in mine.items() if h.valid and k in base and is_negated(base[k])]
        if name == names[0]:
            print(f"| {name} | {len(negated)} | – | – |")
            continue
        print(f"| {name} | {len(negated)} | {len(gained)} | {len(lost)} |")
        for label, keys in (("negated only here", gained), ("negated only by ours", lost)):
            for k in keys[:show]:
                h = mine[k]
                why = base[k].cancelled_by if label.endswith("ours") else h.cancelled_by
                print(f"    {name}: {label}: {k[0]} {h.rule} «{h.sentence}» [{why}]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list up to N matches per corpus the modes treat differently")
    args = parser.parse_args(argv)
    try:
        import negspacy  # noqa: F401
    except ImportError:
        print("negspacy is not installed: pip install negspacy (it is not a dependency of interview-close)")
        return 1
    rules = load_rules(None)
    modes: dict[str, RecordingAnalyzer] = {"ours": RecordingAnalyzer(rules)}
    for name, termset in termsets(rules).items():
        modes[name] = NegexAnalyzer(rules, termset)
    for corpus, path in CORPORA:
        compare(corpus, path, modes, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
