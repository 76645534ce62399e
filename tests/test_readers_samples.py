"""The project's own sample transcripts (sample_transcripts/) all read without error."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.readers import is_transcript_file, read_transcript

SAMPLES = Path(__file__).resolve().parents[1] / "sample_transcripts"
FILES = sorted(
    p for p in SAMPLES.rglob("*") if p.is_file() and is_transcript_file(p)
) if SAMPLES.exists() else []


@pytest.mark.skipif(not FILES, reason="no sample transcripts yet")
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(SAMPLES)) for p in FILES] or None)
def test_samples_read(path):
    t = read_transcript(path)
    assert t.turns
    assert all(tr.text for tr in t.turns)
