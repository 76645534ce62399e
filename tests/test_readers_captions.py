"""WebVTT and SRT: Zoom, Teams, YouTube auto-captions, malformed timings, library fallbacks."""

from __future__ import annotations

import pytest

from analyzer.errors import InputError
from analyzer.readers import parse_bytes
from analyzer.readers.captions import split_cues


def parse(text: str, name: str = "t.vtt"):
    return parse_bytes(text.encode("utf-8"), name)


ZOOM = """WEBVTT

1
00:00:01.000 --> 00:00:04.500
Jane Recruiter: Do you have any questions for me?

2
00:00:05.000 --> 00:00:07.250
Sam Candidate (he/him): Yes, what are the next steps?

3
00:00:07.300 --> 00:00:09.000
And when should I expect to hear back?

4
00:00:10.000 --> 00:00:12.000
Jane Recruiter: Within a week.
"""


def test_vtt_zoom_name_prefix_and_unlabelled_cue_continues():
    t = parse(ZOOM)
    assert t.format == "webvtt-zoom"
    assert t.speakers == ["Jane Recruiter", "Sam Candidate (he/him)"]
    assert [tr.speaker for tr in t.turns] == ["Jane Recruiter", "Sam Candidate (he/him)", "Jane Recruiter"]
    cand = t.turns[1]
    assert cand.lines == (2, 3)
    assert cand.starts == (5.0, 7.3)
    assert cand.end == 9.0
    assert cand.text == "Yes, what are the next steps? And when should I expect to hear back?"


def test_vtt_zoom_speaker_in_cue_identifier():
    text = (
        'WEBVTT\n\n1 "Pat Lee" (1063281152)\n00:00:04.019 --> 00:00:24.019\nHello everyone.\n\n'
        '2 "Kim Diaz" (16778240)\n00:00:24.019 --> 00:00:28.860\nHi Pat.\n\n'
        '3 "Kim Diaz" (16778240)\n00:00:28.860 --> 00:00:30.000\nThanks.\n'
    )
    t = parse(text)
    assert t.format == "webvtt-zoom"
    assert [(tr.speaker, tr.lines) for tr in t.turns] == [("Pat Lee", (1,)), ("Kim Diaz", (2, 3))]


def test_vtt_teams_voice_tags_unpadded_timestamps():
    text = (
        "WEBVTT\r\n\r\n0:0:0.0 --> 0:0:3.490\r\n<v 68f0e9b4-d6de@72f988bf>Let's start.</v>\r\n\r\n"
        "0:0:3.0 --> 0:0:5.550\r\n<v Adrian Petrescu>Why hello there.</v>\r\n\r\n"
        "0:8:43.50 --> 0:8:44.0\r\n<v Adrian Petrescu>Bye.</v>\r\n"
    )
    t = parse(text)
    assert t.format == "webvtt-teams"
    assert t.speakers == ["68f0e9b4-d6de@72f988bf", "Adrian Petrescu"]
    assert t.turns[1].starts == (3.0, 523.5)
    assert t.turns[1].text == "Why hello there. Bye."


def test_vtt_voice_without_closing_tag_and_two_voices_in_one_cue():
    text = "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ann>Hello <i>there</i>\n\n00:02.000 --> 00:04.000\n<v Bob>Hi</v> <v Ann>Bye</v>\n"
    t = parse(text)
    assert t.format == "webvtt-teams"
    assert [(tr.speaker, tr.text, tr.lines) for tr in t.turns] == [
        ("Ann", "Hello there", (1,)),
        ("Bob", "Hi", (2,)),
        ("Ann", "Bye", (2,)),
    ]


def test_vtt_timestamps_without_fraction_or_hours():
    # webvtt-py silently drops the first cue here (no fraction); the own splitter keeps both.
    text = "WEBVTT\n\n00:01 --> 00:02\nFirst.\n\n0:0:3.0 --> 0:0:4.5\nSecond.\n"
    t = parse(text)
    assert t.turns[0].starts == (1.0, 3.0)
    assert t.turns[0].text == "First. Second."


def test_vtt_missing_header_and_bom():
    t = parse_bytes("\ufeff00:00:01.000 --> 00:00:02.000\nAnn: Hi.\n\n00:00:02.000 --> 00:00:03.000\nBob: Hello.\n".encode(), "x.vtt")
    assert t.speakers == ["Ann", "Bob"]


def test_vtt_in_txt_file_is_read_as_webvtt():
    t = parse(ZOOM, "meeting.txt")
    assert t.format == "webvtt-zoom"
    assert t.turns[0].line == 1  # cue number, not text line


def test_vtt_youtube_rolling_captions_not_doubled():
    text = (
        "WEBVTT\nKind: captions\nLanguage: en\n\n"
        "00:00:00.000 --> 00:00:02.119 align:start position:0%\n \n"
        "thanks<00:00:00.210><c> for</c><00:00:00.359><c> having</c><00:00:00.690><c> me</c>\n\n"
        "00:00:02.119 --> 00:00:02.129 align:start position:0%\nthanks for having me\n \n\n"
        "00:00:02.129 --> 00:00:05.360 align:start position:0%\nthanks for having me\n"
        "I<00:00:02.280><c> really</c><00:00:02.520><c> want</c><00:00:03.179><c> this</c><00:00:03.780><c> job</c>\n\n"
        "00:00:05.360 --> 00:00:05.370 align:start position:0%\nI really want this job\n \n"
    )
    t = parse(text)
    assert t.format == "webvtt-youtube"
    assert t.turns[0].text == "thanks for having me I really want this job"
    assert t.turns[0].text.count("thanks") == 1


def test_vtt_note_blocks_and_entities_and_sound_cues():
    text = (
        "WEBVTT\n\nNOTE exported by a tool\n\n1\n00:00:01.000 --> 00:00:02.000\n[Alba] <i>Tom &amp; Jerry</i>\n\n"
        "NOTE between cues\nstill a note\n\n2\n00:00:02.000 --> 00:00:03.000\n[truenos]\n\n"
        "3\n00:00:03.000 --> 00:00:04.000\nMore words.\n"
    )
    t = parse(text)
    assert t.speakers == ["Alba"]
    assert t.turns[0].text == "Tom & Jerry More words."
    assert t.turns[0].lines == (1, 3)


def test_vtt_event_cues_dropped():
    text = "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nAna Ruiz started transcription\n\n00:00:01.000 --> 00:00:02.000\n<v Ana Ruiz>Hello.</v>\n"
    t = parse(text)
    assert [tr.text for tr in t.turns] == ["Hello."]
    assert t.turns[0].line == 2


def test_vtt_no_speakers_warns():
    t = parse("WEBVTT\n\n00:10.937 --> 00:17.181\nSo that is the plan.\n\n00:17.241 --> 00:23.325\nSounds good.\n")
    assert t.format == "webvtt"
    assert not t.has_speakers
    assert t.turns[0].starts == (10.937, 17.241)
    assert any("no speaker labels" in w for w in t.warnings)


SRT = """1
00:00:01,000 --> 00:00:04,000
Host: Welcome to the show.

2
00:00:04,500 --> 00:00:08,000
Guest: Thanks. First point.

Second paragraph of the same cue.

3
00:00:08,000 --> 00:00:09,000
Host: Great.
"""


def test_srt_speaker_prefix_and_blank_line_inside_cue():
    t = parse(SRT, "t.srt")
    assert t.format == "srt"
    assert [tr.speaker for tr in t.turns] == ["Host", "Guest", "Host"]
    assert t.turns[1].text == "Thanks. First point. Second paragraph of the same cue."
    assert t.turns[1].start == 4.5
    assert t.turns[2].line == 3


def test_srt_float_second_timings_and_zero_based_ids():
    text = "0\n0.0 --> 0.84\nit\n\n1\n0.84 --> 1.06\nworks\n"
    t = parse(text, "t.srt")
    assert t.turns[0].text == "it works"
    assert t.turns[0].starts == (0.0, 0.84)
    assert t.turns[0].lines == (1, 2)


def test_srt_markup_removed():
    text = "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Hello</i> <font color=\"red\">there</font>\n"
    t = parse(text, "t.srt")
    assert t.turns[0].text == "Hello there"


def test_srt_without_extension_is_sniffed():
    t = parse(SRT, "captions")
    assert t.format == "srt"


def test_captions_split_cues_missing_blank_line_before_timing():
    text = "WEBVTT\n\n00:01.000 --> 00:02.000\nyeah\nwhat\n00:02.000 --> 00:03.000\nnext\n"
    cues = split_cues(text)
    assert [c.lines for c in cues] == [["yeah", "what"], ["next"]]


def test_sbv_timing_lines_and_chevron_speaker_changes_continue_across_cues():
    t = parse(
        "0:00:00.600,0:00:03.345\n>> ANA: Any questions for me?\n\n0:00:03.345,0:00:05.000\nTake your time.\n\n"
        "0:00:05.500,0:00:08.000\n>> LEO: Yes. What are the next steps?\n>> ANA: A call next week.\n",
        "talk.sbv",
    )
    assert t.format == "sbv"
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [
        ("ANA", "Any questions for me? Take your time.", 0.6),
        ("LEO", "Yes. What are the next steps?", 5.5),
        ("ANA", "A call next week.", 5.5),
    ]


def test_srt_single_chevron_label_is_text_not_a_speaker():
    # near miss: one ">> Note: ..." line is not a speaker-change convention
    t = parse("1\n00:00:01,000 --> 00:00:02,000\n>> Note: this is rough.\n\n2\n00:00:02,000 --> 00:00:03,000\nOk.\n",
              "t.srt")
    assert not t.has_speakers
    assert t.turns[0].text.startswith(">> Note:")


def test_srt_broken_timing_line_starts_a_new_cue_with_a_warning():
    """A cue whose timing line was mangled ("->", an en dash, no end time) is still its own cue: its
    "Interviewer:" line must not be glued onto the candidate's cue before it."""
    for arrow in ("->", "–>", "-->  "):
        text = ("1\n00:00:01,000 --> 00:00:03,000\nCandidate: What happens next?\n\n"
                f"2\n00:00:04,000 {arrow}{'' if arrow.endswith(' ') else ' 00:00:06,000'}\n"
                "Interviewer: Thanks, I'm really excited about you.\n\n"
                "3\n00:00:07,000 --> 00:00:08,000\nCandidate: Great.\n")
        t = parse_bytes(text.encode(), "broken.srt")
        assert [turn.speaker for turn in t.turns] == ["Candidate", "Interviewer", "Candidate"], arrow
        assert t.turns[1].starts[0] is None
        assert any("timing line could not be read" in w for w in t.warnings)


def test_vtt_impossible_time_is_no_time_with_a_warning():
    """Minute 99 or 75 hours is no time a recording has: the cue keeps its words, loses the time,
    and one warning says so; a long minute count without hours (75:10.000) is a real time."""
    t = parse("WEBVTT\n\n99:99:99.999 --> 99:99:99.999\nInterviewer: Any questions?\n\n"
              "75:00:00.000 --> 75:00:02.000\nCandidate: When will you decide?\n\n"
              "75:10.000 --> 75:12.000\nInterviewer: By Friday.\n")
    assert [(tr.speaker, tr.start) for tr in t.turns] == [("Interviewer", None), ("Candidate", None),
                                                          ("Interviewer", 4510.0)]
    assert [w for w in t.warnings if "impossible time" in w] == [
        "cue(s) 1, 2: timing line could not be read or holds an impossible time; read as new cue(s) without a time"]


def _cues(*cues: tuple[float, str]) -> str:
    return "WEBVTT\n\n" + "".join(f"00:{s // 60:02.0f}:{s % 60:06.3f} --> 00:{(s + 2) // 60:02.0f}:{(s + 2) % 60:06.3f}\n{x}\n\n"
                                  for s, x in cues)


def test_vtt_cue_appended_out_of_time_order_is_sorted_with_a_warning():
    # an editor's fixed cue stored last belongs where its time puts it
    t = parse(_cues((0, "Ann Lee: Any questions?"), (3, "Bo Chan: What comes next?"),
                    (9, "Bo Chan: Thanks, bye."), (6, "Ann Lee: We will call you on Friday.")))
    assert [tr.text for tr in t.turns][-2:] == ["We will call you on Friday.", "Thanks, bye."]
    assert [w for w in t.warnings if "order" in w] == t.warnings and len(t.warnings) == 1


def test_vtt_joined_recordings_whose_times_restart_stay_in_file_order():
    # near miss: two recordings one after the other; sorting would make the parts talk over each other
    part = [(0, "Ann Lee: Welcome."), (3, "Bo Chan: Thanks."), (6, "Ann Lee: First question.")]
    t = parse(_cues(*part, (0, "Ann Lee: Sorry, we got cut off."), (3, "Bo Chan: No problem."), (6, "Ann Lee: Go on.")))
    assert [tr.text for tr in t.turns][2:4] == ["First question. Sorry, we got cut off.", "No problem."]
    assert len(t.warnings) == 1 and "file order" in t.warnings[0]


def test_vtt_three_digit_minutes_without_hours_are_a_real_time():
    t = parse("WEBVTT\n\n600:01.000 --> 600:03.500\nAnn Lee: Hello there.\n\n600:04.000 --> 600:06.000\nBo Chan: Hi.\n")
    assert [(tr.speaker, tr.start) for tr in t.turns] == [("Ann Lee", 36001.0), ("Bo Chan", 36004.0)]


def test_vtt_with_text_but_no_readable_timing_names_the_timing_line():
    with pytest.raises(InputError, match=r":3: cue timing line could not be read"):
        parse("WEBVTT\n\n6000:01.000 --> 6000:03.500\nAnn Lee: Hello there, how are you today.\n")


@pytest.mark.parametrize("caller", ["+44 20 7946 0321", "12125550187", "+1 (212) 555-0187"])
def test_vtt_dial_in_phone_number_is_a_speaker(caller):
    cues = [("Dana Whitfield", "Are you still there?"), (caller, "Yes, the line dropped for a second."),
            ("Dana Whitfield", "Any questions for me?"), (caller, "What happens after today?")]
    t = parse("WEBVTT\n\n" + "".join(f"{i}\n00:00:0{i}.000 --> 00:00:0{i}.900\n{n}: {x}\n\n"
                                     for i, (n, x) in enumerate(cues, 1)))
    assert t.speakers == ["Dana Whitfield", caller]
    assert [tr.text for tr in t.turns][1] == "Yes, the line dropped for a second."


def _srt(texts: list[str]) -> str:
    return "".join(f"{i}\n00:00:{i:02d},000 --> 00:00:{i:02d},900\n{x}\n\n" for i, x in enumerate(texts, 1))


def test_srt_name_on_the_first_cue_of_each_turn_only_labels_the_cues_that_follow():
    # Descript / 42-character exports: one labelled cue, then three or four unlabelled ones (under 30 %)
    turns = [("Mara Quist", "Any questions for", ["me before we wrap", "up this afternoon,", "or shall I", "go first?"]),
             ("Tobi Adeyemi", "Yes, what does the", ["next stage look like", "and who would I meet", "on the panel?"]),
             ("Mara Quist", "A case study with", ["our head of data,", "probably next week,", "an hour long."]),
             ("Tobi Adeyemi", "Good. And when", ["should I expect", "to hear back", "from the team?"]),
             ("Mara Quist", "By Friday at the", ["latest, I'd say,", "maybe sooner", "than that."]),
             ("Tobi Adeyemi", "That sounds great,", ["I'm really keen", "on this role", "and the team."])]
    texts = [x for name, first, rest in turns for x in (f"{name}: {first}", *rest)]
    t = parse(_srt(texts), "t.srt")
    assert [tr.speaker for tr in t.turns] == ["Mara Quist", "Tobi Adeyemi"] * 3
    assert t.turns[1].text == "Yes, what does the next stage look like and who would I meet on the panel?"
    # near miss: the same share of "Word: text" cues forming a list, not a dialogue, stays unlabelled text
    listed = [x for lang, uses in [("Python", "the model"), ("Python", "the tests"), ("Python", "the notebooks"),
                                   ("Golang", "the service"), ("Golang", "the tool"), ("Golang", "the agent")]
              for x in (f"{lang}: we use it", "mostly for", uses, "these days")]
    t = parse(_srt(listed), "t.srt")
    assert not t.has_speakers and t.turns[0].text.startswith("Python: we use it")


def test_srt_cue_ending_before_it_starts_keeps_its_start_with_a_warning():
    t = parse(SRT.replace("00:00:04,500 --> 00:00:08,000", "00:00:08,000 --> 00:00:04,500"), "t.srt")
    assert t.turns[1].starts == (8.0,) and t.turns[1].end is None
    assert any("cue(s) 2: end before they start" in w for w in t.warnings)
    assert not any("end before" in w for w in parse(SRT, "t.srt").warnings)  # near miss: in order


def test_two_name_lines_in_one_cue_give_each_line_to_its_speaker():
    # Zoom VTT and SRT put an exchange in one cue, one "Name: text" line each (as <v> and >> already split)
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nInterviewer: Tell me about yourself.\n\n"
           "00:00:05.000 --> 00:00:09.000\nCandidate: I weld.\n\n"
           "00:10:00.000 --> 00:10:04.000\nInterviewer: Any questions for me?\nCandidate: Yes. What are the next steps?\n\n"
           "00:10:05.000 --> 00:10:09.000\nInterviewer: We'll call you Friday.\nCandidate: Great. Thank you.\n")
    expected = [("Interviewer", "Tell me about yourself.", (1,)), ("Candidate", "I weld.", (2,)),
                ("Interviewer", "Any questions for me?", (3,)), ("Candidate", "Yes. What are the next steps?", (3,)),
                ("Interviewer", "We'll call you Friday.", (4,)), ("Candidate", "Great. Thank you.", (4,))]
    t = parse(vtt)
    assert t.format == "webvtt-zoom"
    assert [(tr.speaker, tr.text, tr.lines) for tr in t.turns] == expected
    assert t.turns[3].starts == (600.0,)
    srt = _srt(["INTERVIEWER: Tell me about yourself.", "CANDIDATE: I weld.",
                "INTERVIEWER: Any questions for me?\nCANDIDATE: Yes. What are the next steps?",
                "INTERVIEWER: We'll call you Friday.\nCANDIDATE: Great. Thank you."])
    t = parse(srt, "t.srt")
    assert [(tr.speaker.title(), tr.text, tr.lines) for tr in t.turns] == expected


def test_second_name_line_in_a_cue_by_a_name_that_starts_other_cues():
    t = parse(_srt(["Dana Wu: Welcome.", "Sam Lee: Thanks.", "Dana Wu: Questions?\nSAM LEE: Yes, the next steps?",
                    "Dana Wu: A panel.\nPython: for the models", "Dana Wu: Bye.\nPython: for the tests"]), "t.srt")
    # a label repeating only on later lines ("Python:") is not one the file uses for speakers: text
    assert [(tr.speaker, tr.text) for tr in t.turns] == [
        ("Dana Wu", "Welcome."), ("Sam Lee", "Thanks."), ("Dana Wu", "Questions?"), ("Sam Lee", "Yes, the next steps?"),
        ("Dana Wu", "A panel. Python: for the models Bye. Python: for the tests")]


def test_label_like_second_line_in_a_cue_stays_text():
    # near misses: metadata words, a one-off "Step 2:", a lower-case wrapped line, and no cue-start labels at all
    t = parse(_srt(["Interviewer: Bring two things.\nNote: bring ID", "Candidate: Sure.",
                    "Interviewer: Then the form.\nStep 2: sign it", "Candidate: And my\nmanager: she signs?"]), "t.srt")
    assert [(tr.speaker, tr.text) for tr in t.turns] == [
        ("Interviewer", "Bring two things. Note: bring ID"), ("Candidate", "Sure."),
        ("Interviewer", "Then the form. Step 2: sign it"), ("Candidate", "And my manager: she signs?")]
    t = parse(_srt(["so we said\nCandidate: one", "and then", "more text", "and more"]), "t.srt")
    assert not t.has_speakers


def test_bracketed_label_with_a_colon_leaves_no_colon_in_the_text():
    # WhisperX SRT: "[SPEAKER_00]: text"; the colon used to start every cue's text (": Okay ... : Hi")
    t = parse(_srt(["[SPEAKER_00]: Okay, recording.", "[SPEAKER_00]: Hi Darren.", "[SPEAKER_01]: Ya, can."]), "t.srt")
    assert [(tr.speaker, tr.text) for tr in t.turns] == [("SPEAKER_00", "Okay, recording. Hi Darren."),
                                                         ("SPEAKER_01", "Ya, can.")]


@pytest.mark.parametrize("name", ["t.vtt", "t.srt"])
def test_cue_without_timing_line_is_its_own_untimed_cue_and_its_number_is_not_speech(name):
    """A cue that lost its timing line ("46" then its text): the number must not end the speech of
    the cue before, its text must not take that cue's number and time, later cues keep their
    numbers, and one warning names the cue and its file line. Also at the top of the file."""
    head = "WEBVTT\n\n" if name.endswith(".vtt") else ""
    text = (f"{head}1\n00:00:01.000 --> 00:00:03.000\nCandidate: So that is fine.\n\n"
            "2\n00:00:04.000 --> 00:00:06.000\nInterviewer: That would be welcome.\n\n"
            "3\nCandidate: What are the next steps?\n\n"
            "4\n00:00:10.000 --> 00:00:12.000\nInterviewer: A system design round.\n")
    t = parse(text, name)
    assert [(tr.speaker, tr.text, tr.line, tr.start) for tr in t.turns] == [
        ("Candidate", "So that is fine.", 1, 1.0), ("Interviewer", "That would be welcome.", 2, 4.0),
        ("Candidate", "What are the next steps?", 3, None), ("Interviewer", "A system design round.", 4, 10.0)]
    at = text.split("\n").index("3") + 1
    assert [w for w in t.warnings if "timing" in w] == [
        f"cue(s) 3 (line {at}): no timing line; read as cue(s) without a time"]
    # the very first cue lost its timing line: its text is not dropped as header
    t = parse(f"{head}1\nInterviewer: Any questions?\n\n2\n00:00:04.000 --> 00:00:06.000\nCandidate: Yes.\n", name)
    assert [(tr.speaker, tr.text, tr.line) for tr in t.turns] == [("Interviewer", "Any questions?", 1),
                                                                  ("Candidate", "Yes.", 2)]
    assert any("no timing line" in w for w in t.warnings)
    # near miss: a number as the first line of a cue's text is speech, and so is good input unchanged
    t = parse(f"{head}1\n00:00:01.000 --> 00:00:02.000\n42\nis the answer.\n", name)
    assert t.turns[0].text == "42 is the answer." and not any("timing" in w for w in t.warnings)


@pytest.mark.parametrize("label, shown", [
    ("👩\u200d💻 Kate", "Kate"),  # Zoom display name with a ZWJ emoji before it
    ("🧑\u200d💼 Kate", "Kate"),
    ("🎤 Kate", "Kate"),
    ("Kate 👩\u200d💻", "Kate 👩\u200d💻"),  # after the name: kept as written, the joiner too
])
def test_h17code_zwj_emoji_zoom_labels(label, shown):
    t = parse(_cues((1, f"{label}: Do you have any questions for me?"), (4, "Jay: Yes, what are the next steps?"),
                    (7, f"{label}: By Friday."), (10, "Jay: Great, thank you.")))
    assert [tr.speaker for tr in t.turns] == [shown, "Jay", shown, "Jay"]


# --- h19code: ASS/SSA subtitles ----------------------------------------------------------------

H19_ASS = """[Script Info]
Title: Interview
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, Bold
Style: Default,Arial,20,&H00FFFFFF,0

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:00.00,0:00:07.00,Default,Dana Whitfield,0,0,0,,Any {\\i1}questions{\\i0} for me?
Comment: 0,0:00:07.00,0:00:08.00,Default,Dana Whitfield,0,0,0,,timing note
Dialogue: 0,0:01:04.50,0:01:11.00,Default,Sam Okafor,0,0,0,,I would really\\Nlike to work here.
Dialogue: 0,0:01:12.00,0:01:19.00,Default,Sam Okafor,0,0,0,,{\\an8}Thank you.
"""


@pytest.mark.parametrize("name", ["t.ass", "t.ssa", "t.txt"])
def test_h19code_ass_dialogue_lines(name):
    t = parse(H19_ASS, name)
    assert t.format == "ass"
    assert [(tr.speaker, tr.text, tr.lines, tr.starts) for tr in t.turns] == [
        ("Dana Whitfield", "Any questions for me?", (11,), (0.0,)),
        ("Sam Okafor", "I would really like to work here. Thank you.", (13, 14), (64.5, 72.0)),
    ]


@pytest.mark.parametrize("text", [
    "[Script Info]\n[Events]\nFormat: Layer, Start, End, Style, Name, Text\n",
    "[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, "
    "Effect, Text\nComment: 0,0:00:00.00,0:00:01.00,Default,Dana,0,0,0,,only a comment\n",
])
def test_h19code_ass_without_dialogue_is_refused(text):
    with pytest.raises(InputError, match="no speech found"):
        parse(text, "t.ass")
