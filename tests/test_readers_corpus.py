"""Every real export in ../shared/formats-corpus reads, with the manifest's turn count and speakers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.readers import read_transcript

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "formats-corpus"


def _manifest() -> list[dict]:
    path = CORPUS / "MANIFEST.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


ENTRIES = _manifest()


@pytest.mark.skipif(not ENTRIES, reason="formats corpus not present (../shared/formats-corpus)")
@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"][:70] for e in ENTRIES] or None)
def test_corpus_file_reads(entry):
    t = read_transcript(CORPUS / entry["file"])
    assert t.turns
    expected_turns = entry.get("turns")
    if expected_turns is not None:
        assert abs(len(t.turns) - expected_turns) <= 0.1 * expected_turns, (len(t.turns), expected_turns)
    expected_speakers = {str(s) for s in entry.get("speakers") or []}
    if expected_speakers:
        assert set(t.speakers) == expected_speakers
        assert t.has_speakers
    elif entry.get("turns") is None:
        # Files without labels (or only SDH labels) must not invent speakers from the text.
        assert not t.has_speakers
    if entry.get("has_timestamps"):
        assert t.has_timestamps


def test_corpus_files_all_listed():
    if not ENTRIES:
        pytest.skip("formats corpus not present")
    listed = {e["file"] for e in ENTRIES}
    present = {p.name for p in CORPUS.iterdir() if p.name not in ("MANIFEST.jsonl", "README.md")}
    assert present <= listed
