"""Shared fixtures: one Analyzer per session (building the spaCy pipeline takes about a second)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RULES_DIR = ROOT / "rules"
SAMPLES = ROOT / "sample_transcripts"
DATA = ROOT / "tests" / "data"

# Keep Rich/Typer output plain: colour codes split the strings the CLI tests look for.
os.environ.setdefault("NO_COLOR", "1")
os.environ.setdefault("TERM", "dumb")

HANDOVER = "Do you have any questions for me?"


@pytest.fixture(scope="session")
def analyzer():
    """The default rule set with default options (only the closing counts)."""
    from analyzer.analysis import Analyzer, Options

    return Analyzer(None, Options())


@pytest.fixture(scope="session")
def analyzer_whole():
    """The default rule set searching the whole transcript."""
    from analyzer.analysis import Analyzer, Options

    return Analyzer(None, Options(whole=True))


def transcript_of(turns, path: str = "mini.txt"):
    """Build a Transcript from ``[(speaker, text), ...]``, one segment per line."""
    from analyzer.transcript import Segment, Transcript, merge_segments

    segments = [Segment(speaker, text, n) for n, (speaker, text) in enumerate(turns, start=1)]
    return Transcript(path, "mini", merge_segments(segments))


def mini(analyzer, turns):
    """Analyse ``[(speaker, text), ...]`` and return ``{behaviour: Finding}``."""
    result = analyzer.analyze_transcript(transcript_of(turns))
    assert result.error is None, result.error
    return {f.behaviour: f for f in result.findings}
