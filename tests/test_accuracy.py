"""Accuracy floors, measured on our own labelled material (see README "Accuracy").

The floors are the figures measured when the rules were last tuned, rounded down: a rule change
that makes any behaviour worse fails here. They are below the project's targets (F1 >= 0.95,
precision >= 0.97 on held-back data) where the README says so; raise them as the rules improve.
"""

from pathlib import Path

import pytest

from analyzer.analysis import Analyzer, Options
from analyzer.evaluate import evaluate_folder, evaluate_utterances

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

# behaviour: (precision floor, F1 floor), measured figures rounded down by 0.01.
# Held-back floors are below the targets (F1 >= 0.95, precision >= 0.97): the README says where.
# follow_up held-back precision fell from 1.00 to 0.93 when broader follow-up phrasings lifted its recall
# from 0.83 to 0.90 (F1 0.906 -> 0.912).
# clarify_next_steps held-back precision fell from 0.875 to 0.853 (one more false positive) when the
# round-3 question rules (outcome/results, "until I hear", "after you decide", wider "another round") lifted
# its recall from 0.82 to 0.85 (F1 0.849 -> 0.853); the blind dev rows went from F1 0.58 to 0.89.
# Dev floors were re-measured each time a batch of blind-annotated rows (b0001-b0320, c0001-c0300, e0001-e0260)
# joined the dev corpus: rows the rules had never been tuned on pulled every behaviour below its old floor,
# so the floors follow the new measurements.
DEV_FLOORS = {  # re-measured when the bf/bg blind batches (540 rows) joined, after this session's first tuning round
    "express_interest": (0.98, 0.96), "ask_for_job": (0.98, 0.96), "clarify_next_steps": (0.98, 0.96),
    "stay_positive": (0.98, 0.96), "thank_interviewer": (0.98, 0.99), "ask_concerns": (0.98, 0.97),
    "follow_up": (0.98, 0.98),
}
HELD_OUT_FLOORS = {  # re-measured when the fresh blind batches "bh" and "bj" (540 typical rows, never tuned on) joined the 2,032
    "express_interest": (0.96, 0.93), "ask_for_job": (0.96, 0.93), "clarify_next_steps": (0.93, 0.92),
    "stay_positive": (0.97, 0.92), "thank_interviewer": (0.98, 0.98), "ask_concerns": (0.99, 0.95),
    "follow_up": (0.96, 0.95),
}
# The project's targets, pinned on the labelled sample transcripts.
TARGET_PRECISION, TARGET_F1 = 0.97, 0.95


@pytest.fixture(scope="module")
def whole():
    return Analyzer(options=Options(whole=True))


@pytest.mark.parametrize("name, floors", [("utterances_dev.csv", DEV_FLOORS), ("utterances_test.csv", HELD_OUT_FLOORS)])
def test_accuracy_utterance_corpus_floors(whole, name, floors):
    ev = evaluate_utterances(DATA / name, whole)
    print(f"\n{name}\n{ev.metrics.to_string(index=False)}")
    for row in ev.metrics.itertuples():
        precision, f1 = floors[row.behaviour]
        assert row.precision >= precision, (row.behaviour, row.precision)
        assert row.f1 >= f1, (row.behaviour, row.f1)
    # the interviewer's words are never credited to the candidate
    credited = ev.disagreements[(ev.disagreements["role"] == "interviewer")]
    assert credited.empty, credited[["id", "behaviour", "text"]].to_string()


def test_accuracy_corpus_is_big_enough_and_split():
    import pandas as pd

    df = pd.concat([pd.read_csv(DATA / n, dtype=str, keep_default_na=False)
                    for n in ("utterances_dev.csv", "utterances_test.csv")])
    assert len(df) >= 600
    assert set(df["split"]) == {"dev", "test"}
    hard = df[(df["role"] == "candidate") & (df["expect"] == "") & (df["note"] != "")]
    assert len(hard) >= 80


def test_accuracy_sample_transcripts_precision():
    """On whole transcripts, a "present" must be trustworthy: precision floor per behaviour."""
    ev = evaluate_folder(ROOT / "sample_transcripts", ROOT / "sample_transcripts" / "labels.csv", Analyzer())
    print("\n" + ev.metrics.to_string(index=False))
    total = sum(ev.confusion["count"])
    agree = sum(ev.confusion.loc[ev.confusion["gold"] == ev.confusion["predicted"], "count"])
    assert agree / total >= 0.99, agree / total
    for row in ev.metrics.itertuples():
        assert row.precision >= TARGET_PRECISION and row.f1 >= TARGET_F1, (row.behaviour, row.precision, row.f1)
    # the candidate is found in every sample that has speaker labels
    assert ev.roles.empty, ev.roles.to_string()
