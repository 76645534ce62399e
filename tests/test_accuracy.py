"""Accuracy floors, measured on our own labelled material (see README "Accuracy").

The floors are the figures measured when the rules were last tuned, rounded down: a rule change
that makes any behaviour worse fails here. The project's targets (F1 >= 0.95, precision >= 0.97 on
held-back data) are pinned on the sample transcripts; raise the floors as the rules improve.
"""

from pathlib import Path

import pytest

from analyzer.analysis import Analyzer, Options
from analyzer.evaluate import evaluate_folder, evaluate_utterances

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

# behaviour: (precision floor, F1 floor); dev floors are the measured figures rounded down by 0.01.
# The held-back figures meet the targets (F1 >= 0.95, precision >= 0.97) for every behaviour as measured except
# stay_positive F1 (0.943 since session 17's held-back batch cp joined, 0.936 since session 22's dd: README), so the held-back floors are the
# targets themselves (or 0.01 under a higher figure) and, for that one figure, the measure rounded down: a
# rule change that takes any behaviour below a target fails here. Dev floors are re-measured each time a batch of blind-annotated
# rows joins the dev corpus (rows the rules were never tuned on pull the figures down), and raised after tuning.
DEV_FLOORS = {  # re-measured after session 17's tuning rounds (cm, cn, co blind batches joined dev)
    "express_interest": (0.98, 0.97), "ask_for_job": (0.98, 0.98), "clarify_next_steps": (0.98, 0.98),
    "stay_positive": (0.98, 0.98), "thank_interviewer": (0.98, 0.98), "ask_concerns": (0.98, 0.98),
    "follow_up": (0.98, 0.98),
}
HELD_OUT_FLOORS = {  # 7,972 held-back turns: all but stay_positive F1 meet the targets
    "express_interest": (0.97, 0.95), "ask_for_job": (0.97, 0.95), "clarify_next_steps": (0.97, 0.95),
    "stay_positive": (0.97, 0.93), "thank_interviewer": (0.98, 0.98), "ask_concerns": (0.98, 0.96),
    "follow_up": (0.97, 0.95),
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
