"""Speech-to-text JSON engines and the generic JSON format."""

from __future__ import annotations

import json

import pytest

from analyzer.errors import InputError
from analyzer.readers import parse_bytes
from analyzer.readers.jsonfmt import UNKNOWN_SPEAKER


def parse(obj, name: str = "t.json"):
    return parse_bytes(json.dumps(obj).encode("utf-8"), name)


def test_json_whisper_has_no_speakers():
    t = parse({"text": " Hi. Bye.", "language": "en", "segments": [
        {"id": 0, "seek": 0, "start": 0.0, "end": 2.5, "text": " Hi.", "tokens": [1]},
        {"id": 1, "seek": 0, "start": 2.5, "end": 4.0, "text": " Bye.", "tokens": [2]},
    ]})
    assert t.format == "whisper-json"
    assert not t.has_speakers
    assert t.turns[0].text == "Hi. Bye."
    assert t.turns[0].lines == (1, 2)
    assert t.turns[0].starts == (0.0, 2.5)
    assert t.turns[0].end == 4.0


def test_json_whisperx_segments_with_speakers():
    t = parse({"segments": [
        {"start": 0.1, "end": 1.0, "text": "Any questions?", "speaker": "SPEAKER_00",
         "words": [{"word": "Any", "start": 0.1, "end": 0.3, "score": 0.9, "speaker": "SPEAKER_00"}]},
        {"start": 1.2, "end": 2.0, "text": "Yes, next steps?", "speaker": "SPEAKER_01", "words": []},
    ], "word_segments": []})
    assert t.format == "whisperx-json"
    assert t.speakers == ["SPEAKER_00", "SPEAKER_01"]
    assert t.turns[1].line == 2


def test_json_whisperx_word_level_speakers():
    t = parse({"segments": [{"start": 0.0, "end": 2.0, "text": "Hello there. Hi.", "words": [
        {"word": "Hello", "start": 0.0, "end": 0.4, "score": 0.9, "speaker": "SPEAKER_00"},
        {"word": "there.", "start": 0.4, "end": 0.8, "score": 0.9, "speaker": "SPEAKER_00"},
        {"word": "Hi.", "start": 1.0, "end": 1.3, "score": 0.9, "speaker": "SPEAKER_01"},
    ]}]})
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [("SPEAKER_00", "Hello there.", 0.0),
                                                                    ("SPEAKER_01", "Hi.", 1.0)]


def test_json_assemblyai_milliseconds():
    t = parse({"id": "x", "status": "completed", "audio_url": "https://example.invalid/a.mp3", "text": "...",
               "utterances": [
                   {"speaker": "A", "start": 250, "end": 4000, "text": "Thanks for your time.", "confidence": 0.9},
                   {"speaker": "B", "start": 4100, "end": 6000, "text": "Thank you!", "confidence": 0.9},
               ]})
    assert t.format == "assemblyai-json"
    assert [(tr.speaker, tr.start, tr.end) for tr in t.turns] == [("A", 0.25, 4.0), ("B", 4.1, 6.0)]


def test_json_deepgram_utterances_int_speakers():
    t = parse({"metadata": {}, "results": {"channels": [{"alternatives": [{"transcript": "x"}]}], "utterances": [
        {"start": 0.0, "end": 1.0, "transcript": "Hello.", "speaker": 0},
        {"start": 1.0, "end": 2.0, "transcript": "More.", "speaker": 0},
        {"start": 2.0, "end": 3.0, "transcript": "Hi.", "speaker": 1},
    ]}})
    assert t.format == "deepgram-json"
    assert t.speakers == ["0", "1"]
    assert len(t.turns) == 2
    assert t.turns[0].lines == (1, 2)


def test_json_deepgram_paragraphs_and_words():
    paragraphs = {"metadata": {}, "results": {"channels": [{"alternatives": [{
        "transcript": "Hello. Hi.",
        "paragraphs": {"paragraphs": [
            {"speaker": 0, "start": 0, "end": 1, "sentences": [{"text": "Hello.", "start": 0, "end": 1}]},
            {"speaker": 1, "start": 1, "end": 2, "sentences": [{"text": "Hi.", "start": 1, "end": 2}]},
        ]},
    }]}]}}
    t = parse(paragraphs)
    assert [(tr.speaker, tr.text) for tr in t.turns] == [("0", "Hello."), ("1", "Hi.")]
    words = {"metadata": {}, "results": {"channels": [{"alternatives": [{"transcript": "hello hi", "words": [
        {"word": "hello", "punctuated_word": "Hello.", "start": 0, "end": 0.5, "speaker": 0},
        {"word": "hi", "punctuated_word": "Hi.", "start": 0.6, "end": 0.9, "speaker": 1},
    ]}]}]}}
    t = parse(words)
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [("0", "Hello.", 0.0), ("1", "Hi.", 0.6)]


def _aws(items):
    return {"jobName": "j", "results": {
        "transcripts": [{"transcript": "hello there. yes."}],
        "speaker_labels": {"speakers": 2, "segments": [
            {"start_time": "0.0", "end_time": "1.5", "speaker_label": "spk_0", "items": []},
            {"start_time": "1.6", "end_time": "2.5", "speaker_label": "spk_1", "items": []},
            {"start_time": "2.6", "end_time": "3.5", "speaker_label": "spk_0", "items": []},
        ]},
        "items": items,
    }, "status": "COMPLETED"}


def _word(start, end, content):
    return {"start_time": start, "end_time": end, "alternatives": [{"confidence": "1.0", "content": content}],
            "type": "pronunciation"}


def _punct(content):
    return {"alternatives": [{"confidence": "0.0", "content": content}], "type": "punctuation"}


def test_json_aws_items_joined_to_segments_by_time():
    t = parse(_aws([_word("0.1", "0.5", "hello"), _word("0.6", "1.0", "there"), _punct("."),
                    _word("1.7", "2.0", "yes"), _punct("."), _word("2.7", "3.0", "good")]))
    assert t.format == "aws-transcribe-json"
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [
        ("spk_0", "hello there.", 0.0), ("spk_1", "yes.", 1.6), ("spk_0", "good", 2.6)]
    assert t.warnings == []


def test_json_aws_trimmed_items_still_gives_turns():
    t = parse(_aws([_word("0.1", "0.5", "hello")]))
    assert [tr.speaker for tr in t.turns] == ["spk_0", "spk_1", "spk_0"]
    assert any("no words" in w for w in t.warnings)


def test_json_revai_monologues_merge_same_speaker():
    t = parse({"monologues": [
        {"speaker": 0, "elements": [{"type": "text", "value": "Hello", "ts": 0.5, "end_ts": 0.9},
                                    {"type": "punct", "value": "."}]},
        {"speaker": 0, "elements": [{"type": "punct", "value": " "}, {"type": "text", "value": "Again", "ts": 1.0,
                                                                       "end_ts": 1.4}]},
        {"speaker": 1, "speaker_name": "Interviewer", "elements": [{"type": "text", "value": "Hi", "ts": 2.0,
                                                                     "end_ts": 2.2}]},
    ]})
    assert t.format == "revai-json"
    assert [(tr.speaker, tr.text) for tr in t.turns] == [("0", "Hello. Again"), ("Interviewer", "Hi")]
    assert t.turns[0].starts == (0.5, 1.0)


def test_json_google_with_and_without_diarisation():
    plain = {"results": [{"alternatives": [{"transcript": "how are you", "words": [
        {"startTime": "2.800s", "endTime": "3s", "word": "how"}]}], "resultEndTime": "4s"}]}
    t = parse(plain)
    assert t.format == "google-stt-json"
    assert not t.has_speakers
    assert t.turns[0].start == 2.8
    diarised = {"results": [
        {"alternatives": [{"transcript": "hello hi", "words": [{"word": "hello"}, {"word": "hi"}]}]},
        {"alternatives": [{"words": [
            {"startTime": "0s", "endTime": "0.5s", "word": "hello", "speakerTag": 1},
            {"startTime": {"seconds": 1, "nanos": 500000000}, "endTime": "2s", "word": "hi", "speakerTag": 2},
        ]}]},
    ]}
    t = parse(diarised)
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [("1", "hello", 0.0), ("2", "hi", 1.5)]


def _sm(kind, content, speaker, start, end, **extra):
    return {"type": kind, "start_time": start, "end_time": end, **extra,
            "alternatives": [{"content": content, "confidence": 0.9, "speaker": speaker}]}


def test_json_speechmatics_words_grouped_by_speaker_punctuation_attached():
    t = parse({"format": "2.9", "metadata": {"type": "transcription"}, "results": [
        _sm("word", "Hello", "S1", 1.2, 1.5), _sm("punctuation", ",", "S1", 1.5, 1.5, attaches_to="previous"),
        _sm("word", "welcome", "S1", 1.6, 2.0), _sm("punctuation", ".", "S1", 2.0, 2.0, is_eos=True),
        _sm("word", "Thanks", "S2", 2.5, 2.9), _sm("punctuation", "!", "S2", 2.9, 2.9),
    ]})
    assert t.format == "speechmatics-json"
    assert [(tr.speaker, tr.text, tr.start, tr.line) for tr in t.turns] == [
        ("S1", "Hello, welcome.", 1.2, 1), ("S2", "Thanks!", 2.5, 5)]
    assert t.turns[0].end == 2.0


def test_json_azure_batch_and_audiofileresults():
    batch = {"recognizedPhrases": [
        {"recognitionStatus": "Success", "channel": 0, "speaker": 1, "offset": "PT0.5S",
         "offsetInTicks": 5000000.0, "durationInTicks": 10000000.0, "nBest": [{"display": "Hello."}]},
        {"recognitionStatus": "Success", "channel": 0, "speaker": 2, "offset": "PT1.7S",
         "durationInTicks": 5000000.0, "nBest": [{"display": "Hi."}]},
    ]}
    t = parse(batch)
    assert t.format == "azure-stt-json"
    assert [(tr.speaker, tr.start, tr.end) for tr in t.turns] == [("1", 0.5, 1.5), ("2", 1.7, 2.2)]
    old = {"AudioFileResults": [{"SegmentResults": [
        {"SpeakerId": None, "Offset": 29000000, "Duration": 10000000, "NBest": [{"Display": "Hello."}]}]}]}
    t = parse(old)
    assert not t.has_speakers
    assert t.turns[0].start == 2.9


@pytest.mark.parametrize("container", [None, "segments", "utterances", "turns"])
@pytest.mark.parametrize("speaker_key", ["speaker", "name", "role"])
def test_json_generic_list(container, speaker_key):
    items = [
        {speaker_key: "Interviewer", "text": "Any questions?", "start": 1.5, "end": 3},
        {speaker_key: "Candidate", "text": "What are the next steps?", "start": "00:00:04.25"},
    ]
    t = parse({container: items} if container else items)
    assert t.format == "generic-json"
    assert [(tr.speaker, tr.start, tr.line) for tr in t.turns] == [("Interviewer", 1.5, 1), ("Candidate", 4.25, 2)]
    assert t.turns[0].end == 3.0


@pytest.mark.parametrize("container", [None, "Segments", "TURNS"])
def test_json_generic_list_field_names_match_ignoring_case(container):
    items = [
        {"Speaker": "Interviewer", "Text": "Any questions?", "Start": 1.5, "END": 3},
        {"SpeakerName": "Candidate", "CONTENT": "What are the next steps?", "StartTime": "00:00:04.25"},
    ]
    t = parse({container: items} if container else items)
    assert t.format == "generic-json"
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [
        ("Interviewer", "Any questions?", 1.5), ("Candidate", "What are the next steps?", 4.25)]
    assert t.turns[0].end == 3.0


def test_json_generic_milliseconds_key():
    t = parse([{"speaker": "A", "text": "x", "start_ms": 1500}])
    assert t.turns[0].start == 1.5


def test_json_invalid_gives_line():
    with pytest.raises(InputError) as e:
        parse_bytes(b'{\n  "segments": [\n    {"text": "x",}\n  ]\n}\n', "bad.json")
    assert e.value.line == 3
    assert "bad.json:3" in str(e.value)
    assert "invalid JSON" in str(e.value)


def test_json_unknown_shape():
    with pytest.raises(InputError, match="unknown shape"):
        parse({"hello": "world"})
    with pytest.raises(InputError, match="unknown shape"):
        parse(42)


def test_json_generic_item_without_text_names_item():
    with pytest.raises(InputError, match="item 2 has no text"):
        parse([{"speaker": "A", "text": "x"}, {"speaker": "B", "start": 1}])


def test_json_messages_do_not_leak_text():
    secret = "my salary is 123456"
    with pytest.raises(InputError) as e:
        parse_bytes(('{"segments": [{"text": "' + secret + '"').encode(), "x.json")
    assert secret not in str(e.value)


def test_json_detected_by_content_not_extension():
    t = parse([{"speaker": "A", "text": "hi"}], "export.txt")
    assert t.format == "generic-json"


def test_json_impossible_times_are_dropped_with_one_warning():
    t = parse([{"speaker": "I", "text": "Any questions?", "start": "abc"},
               {"speaker": "C", "text": "Next steps?", "start": 1e308, "end": -5},
               {"speaker": "I", "text": "Friday.", "start": float("nan")},
               {"speaker": "C", "text": "Thanks.", "start": 47 * 3600}])  # near miss: 47 h is possible
    assert [tr.start for tr in t.turns] == [None, None, None, 47 * 3600.0]
    assert len(t.warnings) == 1 and t.warnings[0].startswith("4 time value(s) were not possible times")


# --------------------------------------------------------------- channels, unknown speakers, whisper.cpp


def _dg_words(*words):
    return {"alternatives": [{"transcript": "", "words": [
        {"word": w.lower().strip(".?"), "punctuated_word": w, "start": s, "end": s + 0.4} for w, s in words]}]}


def _aws_channel(label, items):
    return {"channel_label": label, "items": items}


@pytest.mark.parametrize("doc", [
    # Deepgram multichannel, no diarisation: one alternative per channel
    {"metadata": {"channels": 2}, "results": {"channels": [
        _dg_words(("Any", 0.0), ("questions?", 0.5), ("Friday.", 3.0)), _dg_words(("Next", 1.5), ("steps?", 2.0))]}},
    # Deepgram utterances that name only their channel
    {"metadata": {}, "results": {"channels": [], "utterances": [
        {"channel": 0, "start": 0.0, "transcript": "Any questions?"},
        {"channel": 1, "start": 1.5, "transcript": "Next steps?"},
        {"channel": 0, "start": 3.0, "transcript": "Friday."}]}},
    # AWS channel identification
    {"results": {"transcripts": [{"transcript": "..."}], "channel_labels": {"number_of_channels": 2, "channels": [
        _aws_channel("ch_0", [_word("0.0", "0.4", "Any"), _word("0.5", "0.9", "questions"), _punct("?"),
                              _word("3.0", "3.4", "Friday"), _punct(".")]),
        _aws_channel("ch_1", [_word("1.5", "1.9", "Next"), _word("2.0", "2.4", "steps"), _punct("?")])]}}},
])
def test_json_each_audio_channel_is_a_speaker_in_spoken_order(doc):
    t = parse(doc)
    assert [tr.text for tr in t.turns] == ["Any questions?", "Next steps?", "Friday."]
    assert len(t.speakers) == 2 and t.turns[0].speaker == t.turns[2].speaker != t.turns[1].speaker
    assert [tr.start for tr in t.turns] == [0.0, 1.5, 3.0]


def test_json_one_channel_without_diarisation_has_no_speakers_and_a_line_per_sentence():
    # near miss of the above: a single channel is not a speaker; AssemblyAI without labels alike
    t = parse({"metadata": {}, "results": {"channels": [_dg_words(("Any", 0.0), ("questions?", 0.5), ("Yes.", 1.5))]}})
    assert not t.has_speakers and t.turns[0].lines == (1, 3)
    t = parse({"audio_url": "a.mp3", "utterances": None, "text": "Any questions? Yes.", "words": [
        {"text": "Any", "start": 0, "speaker": None}, {"text": "questions?", "start": 500, "speaker": None},
        {"text": "Yes.", "start": 1500, "speaker": None}]})
    assert not t.has_speakers and t.turns[0].lines == (1, 3) and t.turns[0].starts == (0.0, 1.5)


def test_json_segment_without_speaker_is_unknown_not_the_previous_speaker():
    t = parse({"segments": [{"start": 0, "text": "Any questions?", "speaker": "SPEAKER_00"},
                            {"start": 2, "text": "Thank you for your time."},
                            {"start": 4, "text": "Next steps?", "speaker": "SPEAKER_01"}]})
    assert [tr.speaker for tr in t.turns] == ["SPEAKER_00", UNKNOWN_SPEAKER, "SPEAKER_01"]
    assert any("1 segment(s) have no speaker" in w for w in t.warnings)


@pytest.mark.parametrize("speaker", [None, "0"])
def test_json_whispercpp(speaker):
    extra = {"speaker": speaker} if speaker else {}
    t = parse({"systeminfo": "AVX = 1", "model": {"type": "base"}, "result": {"language": "en"}, "transcription": [
        {"timestamps": {"from": "00:00:01,000", "to": "00:00:02,500"}, "offsets": {"from": 1000, "to": 2500},
         "text": " Any questions?", **extra},
        {"timestamps": {"from": "00:00:03,000", "to": "00:00:04,000"}, "text": " Next steps?", **extra}]})
    assert t.format == "whispercpp-json" and t.has_speakers == bool(speaker)
    assert t.turns[0].starts == (1.0, 3.0) and t.turns[0].lines == (1, 2) and t.turns[0].end == 4.0


@pytest.mark.parametrize(("items", "message"), [
    ([{"speaker": "A", "text": "x"}, {"speaker": ["B"], "text": "y"}], "item 2: the speaker is a list"),
    ([{"speaker": True, "text": "x"}, {"speaker": False, "text": "y"}], "item 1: the speaker is true/false"),
    ([{"speaker": {"colour": "red"}, "text": "x"}], "item 1: the speaker is an object without a name"),
    ([{"speaker": "A", "text": {"value": "x"}}], "item 1: the text is an object"),
    ([{"speaker": "A", "text": None}, {"speaker": "B", "text": None}], "the text of all 2 item"),
])
def test_json_generic_speaker_or_text_of_the_wrong_kind_is_one_clear_error(items, message):
    with pytest.raises(InputError, match=message):
        parse(items)


def test_json_generic_speaker_object_with_a_name_and_some_null_text():
    # near miss of the above: a named speaker object is read, a null text among real ones is skipped with a warning
    t = parse([{"speaker": {"name": "Sam", "id": 7}, "text": "Hi."}, {"speaker": "Lee", "text": None},
               {"speaker": "Lee", "text": "Hello."}])
    assert [(tr.speaker, tr.text) for tr in t.turns] == [("Sam", "Hi."), ("Lee", "Hello.")]
    assert t.warnings == ["1 item(s) have a null text and were skipped"]


_DIALOGUE = [("A", "Thanks for coming in today. Do you have any questions for me?"),
             ("B", "Yes, what are the next steps in the process and when will you decide?"),
             ("A", "We will decide by Friday and call you."),
             ("B", "Thank you so much for your time, I really enjoyed it.")]


def test_json_assemblyai_utterances_without_audio_url_are_milliseconds():
    # AssemblyAI's utterances saved alone (audio_url stripped): whole-number ms, not seconds.
    utts = [{"speaker": s, "text": x, "start": 120000 + i * 4000, "end": 120000 + i * 4000 + 3000,
             "confidence": 0.9} for i, (s, x) in enumerate(_DIALOGUE)]
    t = parse({"utterances": utts})
    assert t.format == "assemblyai-json"
    assert t.turns[1].start == 124.0 and t.turns[3].end == 135.0
    assert not any("millisecond" in w for w in t.warnings)  # shape and durations agree: no guess
    # Without end times the unit is a guess: said in a warning.
    t = parse({"utterances": [{k: v for k, v in u.items() if k != "end"} for u in utts]})
    assert t.format == "assemblyai-json" and t.turns[1].start == 124.0
    assert any("read as milliseconds" in w for w in t.warnings)


def test_json_assemblyai_like_but_times_fit_seconds_stays_seconds():
    utts = [{"speaker": s, "text": x, "start": i * 4, "end": i * 4 + 3, "confidence": 0.9}
            for i, (s, x) in enumerate(_DIALOGUE)]
    t = parse({"utterances": utts})
    assert t.format == "generic-json"
    assert t.turns[1].start == 4.0


def test_json_generic_whole_number_millisecond_times_are_read_as_ms_with_warning():
    items = [{"speaker": "Interviewer" if s == "A" else "Candidate", "text": x, "start": i * 4000,
              "end": i * 4000 + 3000} for i, (s, x) in enumerate(_DIALOGUE)]
    t = parse(items)
    assert t.format == "generic-json"
    assert t.turns[1].start == 4.0
    assert any("read as milliseconds" in w for w in t.warnings)
    # Seconds stay seconds, with no warning.
    t = parse([dict(it, start=i * 4, end=i * 4 + 3) for i, it in enumerate(items)])
    assert t.turns[1].start == 4.0 and not any("millisecond" in w for w in t.warnings)


def test_json_deepgram_utterances_without_metadata():
    t = parse({"results": {"utterances": [
        {"speaker": i % 2, "transcript": x, "start": i * 4.0, "end": i * 4 + 3.0, "channel": 0}
        for i, (_, x) in enumerate(_DIALOGUE)]}})
    assert t.format == "deepgram-json"
    assert t.speakers == ["0", "1"]
    assert t.turns[1].start == 4.0


@pytest.mark.parametrize("digits", [400, 1000, 4000])
def test_json_very_long_number_as_time_is_dropped_not_an_internal_error(digits):
    raw = ('[{"speaker": "Interviewer", "text": "Any questions?", "start": 0},'
           '{"speaker": "Candidate", "text": "What are the next steps?", "start": ' + "9" * digits + '}]')
    t = parse_bytes(raw.encode(), "t.json")
    assert t.turns[1].start is None and t.turns[1].text == "What are the next steps?"
    assert any("not possible times" in w for w in t.warnings)
    # The same in an engine reader (Azure ticks, AssemblyAI ms).
    t = parse_bytes(('{"recognizedPhrases": [{"speaker": 1, "offsetInTicks": ' + "9" * digits +
                     ', "durationInTicks": 5, "nBest": [{"display": "Hi there."}]}]}').encode(), "t.json")
    assert t.turns[0].start is None


# ------------------------------------------------------------------------------- JSON Lines, own reports


def _jsonl(items, end="\n") -> bytes:
    return "\n".join(json.dumps(x) for x in items).encode("utf-8") + end.encode()


_JSONL_ITEMS = [{"speaker": "Interviewer", "text": "Do you have any questions for me?", "start": 1},
                {"speaker": "Candidate", "text": "What are the next steps? Thank you so much.", "start": 3}]


@pytest.mark.parametrize("name, end", [("t.jsonl", "\n"), ("t.jsonl", ""), ("t.json", "\r\n\r\n"), ("t.txt", "\n")])
def test_json_lines_are_read_like_the_generic_list(name, end):
    """One {speaker, text, start} object a line is the generic list, whatever the extension (it was
    'invalid JSON: Extra data' at line 2)."""
    t = parse_bytes(_jsonl(_JSONL_ITEMS, end), name)
    want = parse(_JSONL_ITEMS)
    assert t.format == "generic-json"
    assert t.turns == want.turns and t.warnings == want.warnings
    # blank lines between records are fine
    assert parse_bytes(b"\n" + _jsonl(_JSONL_ITEMS).replace(b"\n", b"\n\n"), name).turns == want.turns


def test_json_lines_errors_name_the_line_and_the_layout():
    bad = _jsonl(_JSONL_ITEMS) + b'{"speaker": "Interviewer", "text": "Bye"\n'
    with pytest.raises(InputError, match=r"^t\.jsonl:3: invalid JSON Lines: .*each line must hold one JSON object$"):
        parse_bytes(bad, "t.jsonl")
    with pytest.raises(InputError, match=r"^t\.jsonl: JSON Lines of an unknown shape: expected one "):
        parse_bytes(_jsonl([{"a": 1}, {"b": 2}]), "t.jsonl")
    # two objects on one line, or a pretty-printed object followed by another: not JSON Lines, the syntax error stays
    with pytest.raises(InputError, match=r"invalid JSON: Extra data"):
        parse_bytes(b'{"text": "a"} {"text": "b"}\n', "t.json")
    with pytest.raises(InputError, match=r":3: invalid JSON: Extra data"):
        parse_bytes(b'{"text":\n "a"}\n{"text": "b"}\n', "t.json")


def _report_records(shape: str) -> list[dict]:
    from analyzer.report import LONG_COLUMNS, WIDE_COLUMNS

    cols = LONG_COLUMNS if shape == "long" else WIDE_COLUMNS
    return [{c: (f"s{i}.txt" if c == "file" else None) for c in cols} for i in range(3)]


@pytest.mark.parametrize("shape", ["long", "wide"])
@pytest.mark.parametrize("name", ["r.json", "r.jsonl"])
def test_json_own_report_is_named_as_a_report(shape, name):
    """The tool's own .json/.jsonl report (long or wide) is refused as its CSV report is (it was 'Extra data'
    or 'JSON of an unknown shape')."""
    records = _report_records(shape)
    data = _jsonl(records) if name.endswith("l") else json.dumps(records, indent=2).encode()
    with pytest.raises(InputError, match=rf"^{name}: a report written by interview-close, not a transcript"):
        parse_bytes(data, name)


def test_own_report_head_recognises_reports_from_their_first_bytes(tmp_path):
    from analyzer.readers import is_own_report_file, is_transcript_file, own_report_head
    from analyzer.report import Report
    from analyzer.writers import render_html

    long = _report_records("long")
    assert own_report_head(_jsonl(long))
    assert own_report_head(b"\xef\xbb\xbf" + json.dumps(_report_records("wide"), indent=2).encode())
    assert own_report_head(render_html(Report([])).encode())
    with pytest.raises(InputError, match="a report written by interview-close"):
        parse_bytes(render_html(Report([])).encode(), "r.html")
    # not ours: a transcript, someone's web page, a record cut off by the end of the head
    assert not own_report_head(_jsonl(_JSONL_ITEMS))
    assert not own_report_head(b"<!doctype html><html><body>Interviewer: hi</body></html>")
    assert not own_report_head(_jsonl(long)[:40])
    (tmp_path / "r.json").write_text(json.dumps(long, indent=2), encoding="utf-8")
    (tmp_path / "t.json").write_text(json.dumps(_JSONL_ITEMS), encoding="utf-8")
    assert is_own_report_file(tmp_path / "r.json") and not is_transcript_file(tmp_path / "r.json")
    assert is_transcript_file(tmp_path / "t.json") and not is_own_report_file(tmp_path / "t.json")
    assert not is_own_report_file(tmp_path / "missing.jsonl")


def test_json_whisperx_segments_of_words_only_keep_the_word_speakers():
    """WhisperX output trimmed to its words (no segment "text" or "speaker"): the turns come from
    the words' speakers, the same as when the segment text is there; a segment with its own speaker
    and only words reads the words as its text. A generic list item whose text is such words, too."""
    words = [{"word": "Any", "start": 0.0, "end": 0.3, "speaker": "SPEAKER_00"},
             {"word": "questions?", "start": 0.3, "end": 0.8, "speaker": "SPEAKER_00"},
             {"word": "Next", "start": 1.0, "end": 1.3, "speaker": "SPEAKER_01"},
             {"word": "steps?", "start": 1.3, "end": 1.6, "speaker": "SPEAKER_01"}]
    want = [("SPEAKER_00", "Any questions?", 1, 0.0), ("SPEAKER_01", "Next steps?", 1, 1.0)]
    with_text = parse({"segments": [{"start": 0.0, "end": 1.6, "text": "Any questions? Next steps?", "words": words}]})
    only_words = parse({"segments": [{"start": 0.0, "end": 1.6, "words": words}]})
    for t in (with_text, only_words):
        assert t.format == "whisperx-json"
        assert [(tr.speaker, tr.text, tr.line, tr.start) for tr in t.turns] == want
        assert not t.warnings
    plain = [{k: v for k, v in w.items() if k != "speaker"} for w in words]
    t = parse({"segments": [{"start": 0.0, "end": 0.8, "speaker": "A", "words": plain[:2]},
                            {"start": 1.0, "end": 1.6, "speaker": "B", "words": plain[2:]}]})
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [("A", "Any questions?", 0.0), ("B", "Next steps?", 1.0)]
    t = parse({"utterances": [{"start": 0.0, "words": words}]})
    assert [(tr.speaker, tr.text) for tr in t.turns] == [("SPEAKER_00", "Any questions?"), ("SPEAKER_01", "Next steps?")]


def test_json_generic_list_folds_key_case_in_every_item_not_just_the_first_five():
    """M4: items 1-6 write "text", item 7 writes "Text": every item's keys are folded, not refused."""
    items = [{"speaker": "Interviewer" if i % 2 else "Candidate", "text": f"line {i}."} for i in range(1, 7)]
    items.append({"Speaker": "Interviewer", "Text": "Do you have any questions?"})
    items.append({"SPEAKER": "Candidate", "TEXT": "What are the next steps?"})
    t = parse(items)
    assert [tr.text for tr in t.turns][-2:] == ["Do you have any questions?", "What are the next steps?"]
    assert t.turns[-1].speaker == "Candidate"
