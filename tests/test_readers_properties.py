"""Property-based: whatever bytes or text arrive, the readers raise nothing but InputError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.errors import InputError
from analyzer.readers import SUPPORTED_EXTENSIONS, parse_bytes
from analyzer.transcript import Transcript

EXTENSIONS = sorted(SUPPORTED_EXTENSIONS) + ["", ".unknown"]

# Text built from pieces that steer the sniffer into every reader.
_PIECES = st.sampled_from(
    [
        "WEBVTT\n", "\n", "\n\n", "1\n", "00:00:01.000 --> 00:00:02.000\n", "0:0:3.0 --> 0:0:4.5\n", "0.5 --> 1.2\n",
        "00:00:01,000 --> 00:00:02,000\n", "<v Ann>", "</v>", "Interviewer: ", "Candidate: ", "Q: ", "A: ",
        "**Name:** ", "**[02:14] SPEAKER_00:** ", "[Ana] 13:32:23\n", "Ana Ruiz  0:03  \n", "Speaker 1 (00:01:02):\n",
        "[145.6s] ", "00:00:03 <v Host>", "10:01:23\tAna:\t", "NOTE x\n", "{", "}", "[", "]", '"segments"', ":",
        '{"speaker": "A", "text": "hi", "start": 1}', ",", "hello there", "<c>", "<00:00:01.234>", "&amp;",
        "\ufeff", "\r\n", "\r", "\x00", "é", "—", "Note: ", "https://x.io ", "started transcription\n",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), ext=st.sampled_from(EXTENSIONS))
def test_properties_arbitrary_bytes_only_input_error(data, ext):
    try:
        t = parse_bytes(data, "fuzz" + ext)
    except InputError as e:
        assert "internal" not in str(e), "a reader crashed; the safety net hid it"
        return
    assert isinstance(t, Transcript)
    assert t.turns


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=2000), ext=st.sampled_from(EXTENSIONS))
def test_properties_arbitrary_text_only_input_error(text, ext):
    try:
        t = parse_bytes(text.encode("utf-8", "surrogatepass"), "fuzz" + ext)
    except InputError as e:
        assert "internal" not in str(e), "a reader crashed; the safety net hid it"
        return
    assert t.turns
    assert all(tr.text for tr in t.turns)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=40), ext=st.sampled_from(EXTENSIONS),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_properties_structured_text_only_input_error(parts, ext, encoding):
    text = "".join(parts)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass")
    try:
        t = parse_bytes(data, "fuzz" + ext)
    except InputError as e:
        assert "internal" not in str(e), "a reader crashed; the safety net hid it"
        return
    assert t.turns
    for tr in t.turns:
        assert len(tr.offsets) == len(tr.lines) == len(tr.starts)
        assert all(line >= 1 for line in tr.lines)


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_properties_reader_bugs_surface_as_input_error(monkeypatch, ext):
    # The safety net: an unexpected exception inside a reader becomes a content-free InputError.
    import analyzer.readers as readers

    def boom(*_a, **_k):
        raise KeyError("secret transcript words")

    monkeypatch.setattr(readers, "decode", boom)
    monkeypatch.setattr("analyzer.readers.word.parse_docx", boom)
    with pytest.raises(InputError) as e:
        parse_bytes(b"Interviewer: hi", "x" + ext)
    assert "secret" not in str(e.value)


_ZW = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.text(st.characters(min_codepoint=0x61, max_codepoint=0x7a), min_size=1, max_size=8),
                      min_size=1, max_size=8), hidden=st.lists(st.tuples(st.integers(0, 80), _ZW), max_size=6))
def test_properties_invisible_characters_in_ascii_words_are_removed_for_matching(words, hidden):
    """Hidden characters anywhere in ordinary words (joiners included) are removed, so phrases match."""
    from analyzer.readers._common import strip_invisible

    plain = "Candidate: " + " ".join(words) + " é"
    text = plain
    for pos, ch in hidden:
        pos = min(pos, len(text))
        text = text[:pos] + ch + text[pos:]
    assert strip_invisible(text) == plain


@pytest.mark.parametrize("words", ["👩\u200d👩\u200d👧", "🏳\ufe0f\u200d🌈", "می\u200cخواهم", "क्\u200dष"])
def test_zero_width_joiners_inside_words_are_kept_in_the_quoted_text(words):
    """ZWJ/ZWNJ between two non-ASCII characters belong to the words (an emoji family, Persian,
    Hindi): the turn keeps them, while a joiner hiding a label or splitting an English word goes."""
    t = parse_bytes(f"Interviewer: Any questions?\n\u200dCandidate: {words} Tha\u200dnk you.\n".encode(), "t.txt")
    assert [(tr.speaker, tr.text) for tr in t.turns] == [("Interviewer", "Any questions?"),
                                                        ("Candidate", f"{words} Thank you.")]
