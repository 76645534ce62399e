"""Plain-text family: labels, timestamps, continuation lines, layouts of export tools."""

from __future__ import annotations

import pytest

from analyzer.readers import parse_bytes
from analyzer.readers._common import is_phone_label


def parse(text: str, name: str = "t.txt"):
    return parse_bytes(text.encode("utf-8"), name)


def test_text_name_colon_turns_and_lines():
    t = parse(
        "Interviewer: Thanks for coming in.\n"
        "Candidate: Happy to be here.\n"
        "Interviewer: Do you have any questions for me?\n"
        "Candidate: What are the next steps?\n"
    )
    assert t.format == "plain-text"
    assert t.has_speakers
    assert [tr.speaker for tr in t.turns] == ["Interviewer", "Candidate", "Interviewer", "Candidate"]
    assert [tr.line for tr in t.turns] == [1, 2, 3, 4]
    assert t.turns[3].text == "What are the next steps?"
    assert t.warnings == []


def test_text_continuation_lines_and_blank_lines_join_previous_turn():
    t = parse(
        "Interviewer: First question.\n"
        "\n"
        "Candidate: I led a team of four.\n"
        "We shipped on time.\n"
        "\n"
        "And under budget.\n"
        "Interviewer: Great.\n"
    )
    assert [tr.speaker for tr in t.turns] == ["Interviewer", "Candidate", "Interviewer"]
    cand = t.turns[1]
    assert cand.text == "I led a team of four. We shipped on time. And under budget."
    assert cand.lines == (3, 4, 6)
    assert cand.locate(cand.text.index("And")) == (6, None)


def test_text_consecutive_same_speaker_lines_merge():
    t = parse("A: one\nA: two\nQ: three\n")
    assert [(tr.speaker, tr.text) for tr in t.turns] == [("A", "one. two"), ("Q", "three")]
    assert t.format == "qa-txt"


@pytest.mark.parametrize(
    "line, speaker, start",
    [
        ("[00:12:03] Interviewer: Hello there.", "Interviewer", 723.0),
        ("(00:12:03) Interviewer: Hello there.", "Interviewer", 723.0),
        ("00:12:03 Interviewer: Hello there.", "Interviewer", 723.0),
        ("Interviewer (00:12:03): Hello there.", "Interviewer", 723.0),
        ("Interviewer [00:12:03]: Hello there.", "Interviewer", 723.0),
        ("[12:03] Interviewer: Hello there.", "Interviewer", 723.0),
        ("[1:02:03.5] Interviewer: Hello there.", "Interviewer", 3723.5),
    ],
)
def test_text_timestamp_positions(line, speaker, start):
    t = parse(f"{line}\nCandidate: Hi.\n")
    assert t.turns[0].speaker == speaker
    assert t.turns[0].start == start
    assert t.turns[0].text == "Hello there."
    assert t.has_timestamps


@pytest.mark.parametrize(
    "label",
    ["Interviewer", "Candidate", "Interviewee", "Recruiter", "Hiring Manager", "Q", "A", "Me", "interviewer",
     "SPEAKER_01", "spk_0", "Dr. Jane O'Neil", "Alex (Student)"],
)
def test_text_role_words_and_labels_kept_exactly(label):
    t = parse(f"{label}: Hello.\nOther Person: Hi.\n{label}: Bye.\n")
    assert t.speakers == [label, "Other Person"]


def test_text_lowercase_labels_are_speakers():
    t = parse("interviewer: any questions?\ncandidate: yes, what are the next steps?\ninterviewer: we will call.\n")
    assert t.speakers == ["interviewer", "candidate"]


def test_text_note_url_and_clock_time_are_not_speakers():
    text = (
        "Interviewer: Let's begin.\n"
        "Candidate: Sure.\n"
        "Note: the candidate shared a link.\n"
        "https://example.com/portfolio\n"
        "Meet me at 10:30 tomorrow.\n"
        "Interviewer: Thanks.\n"
    )
    t = parse(text)
    assert t.speakers == ["Interviewer", "Candidate"]
    assert [tr.speaker for tr in t.turns] == ["Interviewer", "Candidate", "Interviewer"]
    assert "Note: the candidate shared a link." in t.turns[1].text
    assert "https://example.com/portfolio" in t.turns[1].text


def test_text_singleton_label_in_long_file_is_text():
    lines = []
    for i in range(12):
        lines.append(f"Interviewer: Question number {i}.")
        lines.append(f"Candidate: Answer number {i}.")
        lines.append("It was a long answer that continues here.")
    lines.insert(10, "Result: we reduced churn by a third.")
    t = parse("\n".join(lines))
    assert t.speakers == ["Interviewer", "Candidate"]
    assert any("Result: we reduced churn" in tr.text for tr in t.turns)


def test_text_long_label_or_sentence_before_colon_is_text():
    t = parse(
        "Interviewer: Tell me about a project.\n"
        "Candidate: Here is what I told my manager at the time, word for word: we can do it.\n"
        "This is a very long sentence that has a colon much later than forty characters: yes.\n"
    )
    assert t.speakers == ["Interviewer", "Candidate"]
    assert len(t.turns) == 2


def test_text_without_labels_has_no_speakers_and_warns():
    t = parse("We talked about the role.\nThen I asked about next steps.\n")
    assert not t.has_speakers
    assert t.speakers == []
    assert len(t.turns) == 1
    assert t.turns[0].speaker is None
    assert any("no speaker labels" in w for w in t.warnings)


def test_text_preamble_before_first_label_is_skipped_with_warning():
    t = parse("Mock interview, 3 May\nInterview Date: 2024-05-03\n\nInterviewer: Hi.\nCandidate: Hello.\n")
    assert t.speakers == ["Interviewer", "Candidate"]
    assert t.turns[0].line == 4
    assert any("before the first speaker label" in w for w in t.warnings)


def test_text_label_only_line_then_paragraph():
    t = parse("Interviewer:\nWelcome to the call.\n\nCandidate:\nThank you.\nGlad to be here.\n")
    assert [(tr.speaker, tr.text) for tr in t.turns] == [
        ("Interviewer", "Welcome to the call."),
        ("Candidate", "Thank you. Glad to be here."),
    ]
    assert t.turns[1].lines == (5, 6)


def test_text_otter_export():
    t = parse(
        "Jordan Lee  0:03  \nThanks for making the time today.\n\n"
        "Sam Patel  0:41  \nOf course, I'm excited about this role.\n\n"
        "Jordan Lee  1:02:05  \nGreat.\n\nTranscribed by https://otter.ai\n"
    )
    assert t.format == "otter-txt"
    assert t.speakers == ["Jordan Lee", "Sam Patel"]
    assert [tr.start for tr in t.turns] == [3.0, 41.0, 3725.0]
    assert [tr.line for tr in t.turns] == [2, 5, 8]
    assert "otter" not in t.turns[-1].text


def test_text_rev_export_header_and_inline():
    t = parse("Speaker 1 (00:01:02):\nHello and welcome.\n\nSpeaker 2 (01:05):\nThanks.\n")
    assert t.format == "rev-txt"
    assert [(tr.speaker, tr.start, tr.text) for tr in t.turns] == [
        ("Speaker 1", 62.0, "Hello and welcome."),
        ("Speaker 2", 65.0, "Thanks."),
    ]


def test_text_zoom_saved_closed_captions():
    t = parse("[Ana Ruiz] 13:32:23\nHow are you?\n\n[Ana Ruiz] 13:32:25\nAll good?\n\n[Ben - Office] 13:32:28\nYes.\n")
    assert t.format == "zoom-cc-txt"
    assert t.speakers == ["Ana Ruiz", "Ben - Office"]
    assert len(t.turns) == 2
    assert t.turns[0].starts == (13 * 3600 + 32 * 60 + 23.0, 13 * 3600 + 32 * 60 + 25.0)


def test_text_zoom_chat_both_layouts():
    t = parse("10:01:23\tAna Ruiz:\thello\n10:01:30\tBen Ode:\thi there\n")
    assert t.format == "zoom-chat-txt"
    assert t.speakers == ["Ana Ruiz", "Ben Ode"]
    t2 = parse("10:01:23 From Ana Ruiz to Everyone: hello\n10:01:30 From Ben Ode : hi: there\n")
    assert t2.speakers == ["Ana Ruiz", "Ben Ode"]
    assert t2.turns[1].text == "hi: there"


def test_text_markdown_bold_speakers():
    t = parse(
        "# Interview\n\n**Interviewer:** Welcome!  \n\n**Candidate:** Thanks \\[laughs\\].\n\n"
        "\\[03:56\\] More from the candidate.\n\n**Interviewer**: Bye.\n",
        "t.md",
    )
    assert t.format == "markdown"
    assert [tr.speaker for tr in t.turns] == ["Interviewer", "Candidate", "Interviewer"]
    assert t.turns[1].text == "Thanks [laughs]. More from the candidate."
    assert t.turns[1].starts == (None, 236.0)


def test_text_markdown_bracket_timestamp_speaker():
    t = parse("**[02:14] SPEAKER_00:** Hello.\n\n**[1:11:04] SPEAKER_01:** Hi.\n")
    assert [(tr.speaker, tr.start) for tr in t.turns] == [("SPEAKER_00", 134.0), ("SPEAKER_01", 4264.0)]


def test_text_speaker_blocks_with_seconds():
    t = parse("\nSPEAKER_02:\n[145.6s] What's going on?\n[152.9s] Welcome.\n\nUNKNOWN:\n[160.0s] Hi.\n")
    assert t.format == "speaker-block-txt"
    assert [(tr.speaker, tr.starts) for tr in t.turns] == [("SPEAKER_02", (145.6, 152.9)), ("UNKNOWN", (160.0,))]
    assert t.turns[0].lines == (3, 4)


def test_text_timestamp_voice_lines():
    t = parse("00:00:00 <v Host Name>Welcome.\n\n00:00:03 <v Guest Name>Thanks.</v>\n\n01:04:41 Thank you.\n")
    assert t.format == "timestamp-voice-txt"
    assert [(tr.speaker, tr.text) for tr in t.turns] == [("Host Name", "Welcome."), ("Guest Name", "Thanks. Thank you.")]
    assert t.turns[1].starts == (3.0, 3881.0)


def test_text_teams_docx_copied_as_text():
    t = parse("0:0:0.0 --> 0:0:0.820\nPerson A\nHello\n0:0:3.410 --> 0:0:4.280\nPerson B\nHi there.\n")
    assert t.format == "teams-docx-txt"
    assert [(tr.speaker, tr.start, tr.end, tr.line) for tr in t.turns] == [
        ("Person A", 0.0, 0.82, 3),
        ("Person B", 3.41, 4.28, 6),
    ]


def test_text_event_lines_dropped():
    t = parse(
        "Ana Ruiz started transcription\nRecording started.\nInterviewer: Hi.\nCandidate: Hello.\n"
        "Ana Ruiz stopped transcription\n"
    )
    assert t.speakers == ["Interviewer", "Candidate"]
    assert all("transcription" not in tr.text for tr in t.turns)


def test_text_qa_with_role_prefixes():
    t = parse("Q: Tell me about yourself.\nA:  I am a developer.\nQ: Any questions?\nA: What are the next steps?\n")
    assert t.format == "qa-txt"
    assert [tr.text for tr in t.turns][-1] == "What are the next steps?"
    assert t.turns[1].text == "I am a developer."


def test_text_happyscribe_dash_name_headers():
    t = parse(
        "[00:00:00.00] - Panel Member 1\nWelcome in, take a seat.\n\n"
        "[00:00:07.34] - Aoife Nolan\nThanks, lovely to be here.\nReady when you are.\n"
    )
    assert t.format == "happyscribe-txt"
    assert [(tr.speaker, tr.start, tr.line) for tr in t.turns] == [("Panel Member 1", 0.0, 2), ("Aoife Nolan", 7.34, 5)]
    assert t.turns[1].text == "Thanks, lovely to be here. Ready when you are."


def test_text_webex_time_name_headers_after_header_block():
    t = parse(
        "Webex Meeting Transcript\nParticipants: Ms Lee, Sam Okoro\n\n"
        "[09:00:04] Ms Lee\nMorning, can you hear me?\n\n[09:00:09] Sam Okoro\nYes, loud and clear.\n"
    )
    assert t.format == "webex-txt"
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [
        ("Ms Lee", "Morning, can you hear me?", 32404.0),
        ("Sam Okoro", "Yes, loud and clear.", 32409.0),
    ]


@pytest.mark.parametrize("head", ["[00:00:{s}] - {n}", "[00:00:{s}] {n}", "00:00:{s} {n}"])
def test_text_time_name_header_wins_over_an_early_colon_in_its_text(head):
    # the interviewer's "One last thing: thanks ..." under their own header is theirs, not a new label
    rows = [("Mia Holt", "Any questions for me?"), ("Ravi Shah", "What comes next?"),
            ("Mia Holt", "One last thing: thanks for coming, we will email you."), ("Ravi Shah", "Great, bye.")]
    t = parse("\n\n".join(head.format(s=f"{10 + 5 * i:02d}", n=n) + "\n" + x for i, (n, x) in enumerate(rows)) + "\n")
    assert [(tr.speaker, tr.text) for tr in t.turns] == rows


def test_text_one_timed_heading_over_a_label_line_stays_text():
    # near miss: a lone "[00:05] Warm Up" over "Interviewer: ..." is not a header layout
    t = parse("[00:05] Warm Up\nInterviewer: Welcome in.\nCandidate: Thanks.\nInterviewer: Questions?\n")
    assert [tr.speaker for tr in t.turns] == ["Interviewer", "Candidate", "Interviewer"]


def test_text_timestamped_lines_without_names_are_not_webex_headers():
    # near miss: "[time] Word" followed by another timed line is speech, not a speaker header
    t = parse("[00:01] Hello\n[00:03] Thanks for having me.\n[00:05] Great\n[00:07] Let us begin.\n")
    assert not t.has_speakers
    assert t.turns[0].text.startswith("Hello Thanks")


def test_text_word_transcribe_time_then_name_headers():
    t = parse("Interview.m4a\nTranscript\n\n00:00:03 Speaker 1\nWelcome, have a seat.\n\n"
              "00:00:07 Lerato Dlamini\nThank you.\n\n00:00:10 Speaker 1\nAny questions?\n")
    assert t.format == "word-transcribe-txt"
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [
        ("Speaker 1", "Welcome, have a seat.", 3.0), ("Lerato Dlamini", "Thank you.", 7.0),
        ("Speaker 1", "Any questions?", 10.0)]


def test_text_one_bare_time_and_word_line_is_not_a_header():
    # near miss: a single "00:00:05 Great" before an untimed line is speech, not a speaker header
    t = parse("00:00:05 Great\nso let us begin.\n")
    assert not t.has_speakers


def test_text_fireflies_notes_skipped_and_dash_headers():
    t = parse(
        "Final round - Sam Okoro\nOverview\n- Discussed the offer (22:15)\n"
        "Next steps: Sam to reply by Thursday.\n\nTranscript\n\n"
        "Ann Bell - 00:00\nHi Sam, can you hear me?\n\nSam Okoro - 00:09\nYes. Thanks again for your time.\n"
    )
    assert t.format == "fireflies-txt"
    assert [(tr.speaker, tr.start) for tr in t.turns] == [("Ann Bell", 0.0), ("Sam Okoro", 9.0)]
    assert not any("reply by Thursday" in tr.text for tr in t.turns)


SCREENPLAY = """TITLE PAGE
"A Trial Shift" - recorded interview

INT. KITCHEN OFFICE - DAY

Chef sits behind the desk. Ana stands in the door.

                    CHEF
          Sit down. You survived
          the lunch rush, then.

                    ANA
            (wiping her hands)
          Just about, chef.

She sits. A long pause.

                    ANA (CONT'D)
          Thank you for the chance.

                    CHEF
          We will be in touch.

FADE OUT.
"""


def test_text_screenplay_cues_dialogue_and_no_action_lines():
    t = parse(SCREENPLAY)
    assert t.format == "screenplay-txt"
    assert [(tr.speaker, tr.text) for tr in t.turns] == [
        ("CHEF", "Sit down. You survived the lunch rush, then."),
        ("ANA", "Just about, chef. Thank you for the chance."),
        ("CHEF", "We will be in touch."),
    ]
    assert t.turns[0].lines == (9, 10)


def test_text_capitalised_labels_on_own_lines_without_scene_or_indent_are_not_screenplay():
    # near miss: capital role words alone on a line with unindented text keep the label-line reading
    t = parse("INTERVIEWER:\nAny questions?\n\nCANDIDATE:\nWhat are the next steps?\n\nINTERVIEWER:\nSoon.\n")
    assert t.format == "plain-text"
    assert t.speakers == ["INTERVIEWER", "CANDIDATE"]


def test_text_divider_line_and_trailing_times():
    t = parse("Int: Thanks for coming.  (09:35)\nCand: Bye.  (09:40)\n--- Debrief ---\nInt: Let us talk. (10:01)\n")
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [
        ("Int", "Thanks for coming.", 575.0), ("Cand", "Bye.", 580.0), ("Int", "Let us talk.", 601.0),
    ]


def test_text_youtube_panel_time_lines_chapters_and_one_line_layout():
    # "Show transcript" copied two ways: a time line then its words (with chapter titles), or one line each
    two = parse("Opening\n0:00\nwelcome back, today we rehearse\n0:04\na whole interview.\n"
                "0:09\nReady when you are.\nThe Questions\n1:02:03\nSo, tell me about yourself.\n")
    one = parse("0:00 [Music]\n0:05 welcome back, today we rehearse\n0:09 a whole interview\n12:45 so tell me about yourself\n")
    for t in (two, one):
        assert t.format == "youtube-txt"
        assert not t.has_speakers and len(t.turns) == 1
    assert two.turns[0].text == ("welcome back, today we rehearse a whole interview. Ready when you are. "
                                 "So, tell me about yourself.")
    assert two.turns[0].starts == (0.0, 4.0, 9.0, 3723.0)
    assert one.turns[0].text.startswith("welcome back") and one.turns[0].starts[-1] == 765.0


def test_text_few_bare_time_lines_and_labelled_timestamps_keep_their_layouts():
    # near miss: two stray time lines in a labelled file stay text; "00:12:03 Name: text" and Otter headers unchanged
    t = parse("Interviewer: Shall we start?\n10:30\nCandidate: Yes, at 10:30 sharp.\n11:00\nInterviewer: Good.\n"
              "Candidate: Thanks.\nInterviewer: Next question.\nCandidate: Sure.\n")
    assert t.format == "plain-text" and t.turns[0].text == "Shall we start? 10:30"
    assert parse("00:12:03 Ann Bell: Hello there.\n00:12:09 Sam Okoro: Hi, thanks.\n").format == "plain-text"
    assert parse("Ann Bell  0:03\nHello there.\n\nSam Okoro  0:09\nHi, thanks.\n").format == "otter-txt"


BLOG_QA = """How my first interview went
A short write-up of a phone screen I did last spring.

Q. Thanks for calling in. Can you hear me?

A. Yes, clearly, thank you.

[Me now: I was far too nervous here.]

Q. Why do you want this role?

A. I like the product a lot.

Q. Great, we will be in touch. Bye.

[Reader, I never heard back. Here is my advice:]

1. Say that you want the job.
2. Send a thank-you note.
"""


def test_text_blog_qa_with_full_stops_notes_and_outro():
    t = parse(BLOG_QA)
    assert t.format == "qa-txt"
    assert [tr.speaker for tr in t.turns] == ["Q", "A", "Q", "A", "Q"]
    assert t.turns[1].text == "Yes, clearly, thank you."
    assert not any("thank-you note" in tr.text or "nervous" in tr.text for tr in t.turns)


def test_text_lettered_list_is_not_qa():
    # near miss: "A." items of a list, with no "Q." lines, are text
    t = parse("Interviewer: Pick one.\nA. The red one.\nB. The blue one.\nA. Or both.\nCandidate: The red one.\n")
    assert [tr.speaker for tr in t.turns] == ["Interviewer", "Candidate"]
    assert "A. The red one." in t.turns[0].text


ONE_WAY = """Video Interview | Transcript Export
Candidate: Lena Ortiz
Employer: Harbour Insurance

Question 1 of 2
Interviewer prompt: Tell us why you applied.
Think time: 0:30 | Answer time: 2:00
Response (0:40)
[00:01] Lena Ortiz: I applied because I enjoy modelling risk.
[00:09] Lena Ortiz: And I like your graduate scheme.

Question 2 of 2
Interviewer prompt: Anything else you would like to add?
Response (0:20)
[00:01] Lena Ortiz: Only that I would love to join.
End of transcript
"""


def test_text_one_way_interview_header_block_and_furniture_are_not_speech():
    t = parse(ONE_WAY)
    assert [tr.speaker for tr in t.turns] == ["Interviewer prompt", "Lena Ortiz", "Interviewer prompt", "Lena Ortiz"]
    assert t.turns[1].text == "I applied because I enjoy modelling risk. And I like your graduate scheme."
    assert t.turns[3].text == "Only that I would love to join."


def test_text_candidate_label_with_other_text_is_speech():
    # near miss: "Candidate: ..." whose text is not another speaker's label is a turn
    t = parse("Interviewer: Are you Lena?\nCandidate: Yes.\nInterviewer: Lena Ortiz?\nCandidate: That is me.\n")
    assert [tr.speaker for tr in t.turns] == ["Interviewer", "Candidate", "Interviewer", "Candidate"]


def test_text_fathom_summary_skipped_and_headers_with_affiliation():
    t = parse(
        "Product interview - Sam Okoro\nKey Takeaways\n  - Sam thanked Ann and asked about next steps\n\n"
        "TRANSCRIPT\n\n0:00 - Ann Bell (Acme)\n  Hi Sam, can you hear me?\n\n"
        "0:07 - Sam Okoro\n  Yes. Thanks for having me.\n\n1:02:05 - Ann Bell (Acme)\n  Great, let us start.\n"
    )
    assert [(tr.speaker, tr.start) for tr in t.turns] == [
        ("Ann Bell (Acme)", 0.0), ("Sam Okoro", 7.0), ("Ann Bell (Acme)", 3725.0)]
    assert not any("next steps" in tr.text for tr in t.turns)


def test_text_invisible_characters_neither_hide_nor_split_labels():
    """A direction mark or stray mid-file BOM before a label, or a no-break / zero-width space
    inside it, is invisible on screen: the label reads as if it were not there."""
    t = parse(
        "Nadia Rahman: What would you change in your first month?\n"
        "\u200fOmar Haddad: I would listen to the support team first.\n"
        "\ufeffNadia Rahman: Thanks, that's all from me.\n"
        "Omar\u00a0Haddad\u200b: Thank you for your time today.\n"
    )
    assert [tr.speaker for tr in t.turns] == ["Nadia Rahman", "Omar Haddad", "Nadia Rahman", "Omar Haddad"]
    assert t.turns[3].text == "Thank you for your time today."


def test_text_labels_with_nickname_quotes_credentials_or_a_comma():
    """Names written with a quoted nickname, a credential or "Surname, Given" are labels when they
    repeat; one capitalised "Honestly, Tom:" inside a turn stays text."""
    t = parse(
        'Maria “Mia” Lopez: What drew you to logistics?\n'
        "Chen, Wei: The puzzles. Honestly, Tom: that is what I tell everyone.\n"
        'Maria “Mia” Lopez: Anything to ask us?\n'
        "Chen, Wei: When will I hear back?\n"
        "Grace Obi, PhD: Within a week.\n"
        "Grace Obi, PhD: We'll write to you.\n"
    )
    assert [tr.speaker for tr in t.turns] == ["Maria “Mia” Lopez", "Chen, Wei", "Maria “Mia” Lopez", "Chen, Wei",
                                             "Grace Obi, PhD"]
    assert t.turns[1].text.endswith("Honestly, Tom: that is what I tell everyone.")


def test_text_list_lines_shaped_like_headers_or_times_stay_in_the_turn():
    """In a ``Name: text`` file, "Friday  15:00" (Otter), "Monday - 9:30" (Fireflies), "Review (11:00)"
    (Rev), "[08:45] Sync" (Webex) and "7:30 gym" are lines of the speaker's turn, kept whole."""
    t = parse(
        "Recruiter: Which slots suit you for the panel?\n"
        "Ana: These work for me:\n"
        "Friday  15:00\n"
        "Monday - 9:30\n"
        "Design review (11:00)\n"
        "[08:45] Sync\n"
        "with the platform team\n"
        "7:30 gym, so not before nine\n"
        "Recruiter: Noted, thanks.\n"
        "Ana: Thank you for your time.\n"
    )
    assert [tr.speaker for tr in t.turns] == ["Recruiter", "Ana", "Recruiter", "Ana"]
    assert t.turns[1].text == ("These work for me: Friday 15:00 Monday - 9:30 Design review (11:00) [08:45] Sync "
                               "with the platform team 7:30 gym, so not before nine")
    assert set(t.turns[2].starts) == {None}


@pytest.mark.parametrize("note", ["[inaudible 00:12:30]", "[crosstalk]", "[audio cuts out for a moment]",
                                  "[Candidate pauses, then smiles]"])
def test_text_transcriber_note_near_the_end_never_cuts_speech(note):
    """Only an author's remark to the reader ends a write-up (see the blog test); a transcriber's tag
    or stage direction after the last label is followed by more of the same turn."""
    t = parse(f"Interviewer: Any questions?\nCandidate: Just one.\n{note}\nThank you for your time today.\n")
    assert t.turns[-1].text.endswith("Thank you for your time today.")
    assert t.warnings == []


def test_text_qa_write_up_closing_paragraph_and_lettered_list_are_not_turns():
    """In a Q./A. write-up each turn is one paragraph: the author's closing paragraph and a lettered
    list after the last turn are not speech. Near miss: where answers run over several paragraphs,
    the last one stays the answer's."""
    qa = "Q. Why us?\n\nA. The mission.\n\nQ. Any questions?\n\nA. When will I hear back?\n\n"
    t = parse(qa + "Looking back, I was too nervous.\nTips:\nA. Breathe.\nB. Smile.\n")
    assert [tr.speaker for tr in t.turns] == ["Q", "A", "Q", "A"]
    assert t.turns[-1].text == "When will I hear back?" and "after the last Q./A. turn" in t.warnings[0]
    t = parse(qa.replace("mission.\n\n", "mission.\n\nAnd the people.\n\n") + "Also, is the role remote?\n")
    assert t.turns[-1].text == "When will I hear back? Also, is the role remote?"


def test_text_full_width_colon_and_emoji_before_a_label():
    t = parse("Recruiter：Welcome in.\n🎧 Noor: Thanks 🎉 glad to be here.\nRecruiter：Shall we start?\n🎧 Noor: Sure.\n")
    assert [tr.speaker for tr in t.turns] == ["Recruiter", "Noor", "Recruiter", "Noor"]
    assert t.turns[1].text == "Thanks 🎉 glad to be here."


def test_text_phone_number_speakers_in_otter_and_label_layouts_but_not_a_number_said_once_or_a_date():
    otter = parse("Dana Whitfield  0:02\nAre you still there?\n\n+44 20 7946 0321  0:05\nYes, sorry, bad line.\n\n"
                  "Dana Whitfield  0:09\nAny questions?\n\n12125550187  0:12\nWhat comes next?\n")
    assert otter.speakers == ["Dana Whitfield", "+44 20 7946 0321", "12125550187"]
    labelled = parse("Dana: Any questions?\n+1 212 555 0187: What comes next?\nDana: A panel.\n"
                     "+1 212 555 0187: Great.\n")
    assert labelled.speakers == ["Dana", "+1 212 555 0187"]
    lines = [f"Dana: point {i},\nthen more,\nand more.\nLee: reply {i}." for i in range(12)]
    once = parse("\n".join(lines[:6] + ["0800 555 0199: the number to call, she said."] + lines[6:]))
    assert once.speakers == ["Dana", "Lee"]
    assert parse("2023-10-15: applied.\n2023-10-20: phone screen.\n2023-11-02: onsite.\n").speakers == []


@pytest.mark.parametrize("tag, speakers", [
    ("", []), (" [SPEAKER_TURN]", []), ("(speaker {n}) ", ["Speaker 0", "Speaker 1"]),
    ("{who}: ", ["Dana", "Lee"])])
def test_text_whisper_cpp_bracket_arrow_lines(tag, speakers):
    said = ["Any questions for me?", "When will I hear back?", "By Friday."]
    lines = []
    for i, x in enumerate(said):
        head = tag.format(n=i % 2, who="DL"[i % 2] + ("ana" if i % 2 == 0 else "ee"))
        body = f"{x}{head}" if "TURN" in tag else f"{head}{x}"
        lines.append(f"[00:00:{2 * i:02d}.500 --> 00:00:{2 * i + 1:02d}.000]   {body}")
    t = parse("\n".join(lines) + "\n")
    assert t.format == "whispercpp-txt" and t.speakers == speakers
    assert " ".join(tr.text for tr in t.turns) == " ".join(said)
    assert t.turns[0].start == 0.5
    assert ("SPEAKER_TURN" in " ".join(t.warnings)) == ("TURN" in tag)


NAME_LINES = [("Dana Whitfield", "Any questions for me?"), ("Lee Park", "Okay"),
              ("Dana Whitfield", "Take your time."), ("Lee Park", "When will I hear back?")]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_text_name_alone_on_its_line_above_the_words(sep):
    t = parse(sep.join(f"{n}\n{x}" for n, x in NAME_LINES) + "\n")
    assert [(tr.speaker, tr.text) for tr in t.turns] == NAME_LINES


def test_text_essay_with_headings_and_trint_lookalike_stay_text():
    essay = parse("Background\nI applied in May.\n\nThe Interview\nIt went well.\n\nWhat Next\nI wait.\n")
    assert essay.speakers == [] and len(essay.turns) == 1
    trint = parse("".join(f"{n} [00:00:0{i}] {x}\n\n" for i, (n, x) in enumerate(NAME_LINES)))
    assert trint.format == "trint-txt" and [tr.speaker for tr in trint.turns] == [n for n, _ in NAME_LINES]
    once = parse("Dana: How was the week?\nLee: Busy.\nStandup [09:30] ran long.\nDana: Same here.\nLee: Yes.\n")
    assert once.turns[1].text == "Busy. Standup [09:30] ran long."


def test_text_google_meet_dial_in_label_with_a_bracketed_country_code():
    t = parse("Dana Whitfield: Can you hear me?\n(+44) 20 7946 0321: Yes, loud and clear.\n"
              "Dana Whitfield: Any questions?\n(+44) 20 7946 0321: What comes next?\n")
    assert t.speakers == ["Dana Whitfield", "(+44) 20 7946 0321"]
    assert t.turns[1].text == "Yes, loud and clear."
    # near miss: a bracketed country code with too few digits after it is not a number anyone dials
    assert not is_phone_label("(+44) 20") and is_phone_label("(+1) 212 555 0187")


@pytest.mark.parametrize(("text", "speakers"), [
    ("- **Coach:** Any questions for me?\n- **Ravi:** How soon will you decide?\n- **Coach:** Within a week.\n"
     "- **Ravi:** Great, thanks.\n", ["Coach", "Ravi", "Coach", "Ravi"]),
    ("1. Interviewer: That's all from me.\n2. Candidate: Thanks, I enjoyed it.\n3. Interviewer: Likewise.\n",
     ["Interviewer", "Candidate", "Interviewer"]),
    (" 7   Q.  Anything to ask us?\n 8   A.  Yes, who would I report to?\n 9   Q.  The data lead.\n"
     "10   A.  Thank you.\n", ["Q", "A", "Q", "A"]),
    ("Mo - So that wraps it up.\nKim - Thanks, it was a pleasure.\nMo - Same here.\nKim - Bye.\n",
     ["Mo", "Kim", "Mo", "Kim"]),
    # near misses: a numbered agenda and a bulleted list of questions stay text
    ("Plan for Friday\n1. Warm-up: ten minutes\n2. Case study: forty minutes\n3. Wrap-up: five minutes\n", []),
    ("Questions to ask:\n- What does success look like?\n- Who would I work with?\n- What are the next steps?\n", []),
])
def test_numbered_bulleted_and_dashed_dialogue_is_read_as_speakers(text, speakers):
    t = parse(text, "t.md")
    assert [tr.speaker for tr in t.turns if tr.speaker] == speakers


def test_text_soft_hyphens_full_width_letters_and_tabbed_labels_read_as_plain_text():
    """A soft hyphen (copied from a hyphenated page) or Arabic letter mark disappears like a zero-width
    space; full-width ASCII typed with a CJK input method reads as ASCII; a tab inside a label is
    one space. Every reader: text files and captions alike."""
    t = parse("Nadia\tRahman: Any ques\u00adtions for me?\n"
              "Ｏｍａｒ Ｈａｄｄａｄ: Ｔｈａｎｋ ｙｏｕ ｆｏｒ ｙｏｕｒ ｔｉｍｅ！\n"
              "Nadia Rahman: You're wel\u061ccome.\nOmar Haddad: Th\u00adank you.\n")
    assert [(tr.speaker, tr.text, tr.line) for tr in t.turns] == [
        ("Nadia Rahman", "Any questions for me?", 1), ("Omar Haddad", "Thank you for your time!", 2),
        ("Nadia Rahman", "You're welcome.", 3), ("Omar Haddad", "Thank you.", 4)]
    vtt = parse_bytes("WEBVTT\n\n00:01.000 --> 00:03.000\nOmar: Th\u00adank ｙｏｕ.\n".encode(), "c.vtt")
    assert vtt.turns[0].text == "Thank you."
    # near miss: CJK full stops and full-width colons outside U+FF01-FF5E keep their own reading
    assert parse("面试官：谢谢。\n候选人：谢谢您。\n面试官：再见。\n").turns[1].text == "谢谢您。"


def test_text_name_time_text_blocks_are_speaker_turns_but_chapters_stay_youtube():
    """"Name" / "0:05" / words, repeated (Riverside/Descript-style copy): the names are speakers and
    the time lines their starts. Near miss: YouTube's panel with chapter titles, each used once."""
    blocks = [("Rita Moss", "0:02", "Thanks for joining."), ("Leo Park", "0:06", "Glad to be here."),
              ("Rita Moss", "0:11", "Any questions?"), ("Leo Park", "0:15", "What are the next steps?"),
              ("Rita Moss", "0:21", "We decide by Friday."), ("Leo Park", "0:26", "Thank you.")]
    t = parse("\n\n".join("\n".join(b) for b in blocks) + "\n")
    assert [(tr.speaker, tr.text, tr.line, tr.start) for tr in t.turns] == [
        (name, words, 4 * n + 3, float(ts[2:])) for n, (name, ts, words) in enumerate(blocks)]
    chapters = ["Opening", "Background", "Questions", "Wrap Up", "Outro", "Credits"]
    yt = parse("\n\n".join("\n".join((c, ts, words)) for c, (_, ts, words) in zip(chapters, blocks)) + "\n")
    assert yt.format == "youtube-txt" and not yt.has_speakers
    assert yt.turns[0].text.startswith("Thanks for joining. Glad to be here.")


def test_text_symbol_only_labels_in_a_dialogue_are_speakers():
    t = parse("🎤: Thanks for coming in. Any questions for me?\n😀: Yes, what are the next steps?\n"
              "🎤: We decide on Friday.\n😀: Great, thank you for your time.\n")
    assert t.has_speakers
    assert t.speakers == ["🎤", "😀"]
    assert t.turns[1].text == "Yes, what are the next steps?"
    assert t.turns[1].line == 2


def test_text_symbol_labels_that_do_not_make_a_dialogue_stay_text():
    # Each symbol once (a list of starred notes), or punctuation only: no speakers.
    t = parse("★: first point about the role\n☆: second point about the team\nWe should talk more.\n")
    assert not t.has_speakers
    t = parse("...: well then\n...: so it goes\n--: and more\n--: text here\n")
    assert not t.has_speakers


_CHAT_DIALOGUE = [
    ("Dana Wu", "Hi Sam, welcome! Tell me about your last role."),
    ("Sam Lee", "I led support at Acme, a team of 12 people."),
    ("Dana Wu", "Great. Do you have any questions for me?"),
    ("Sam Lee", "What are the next steps? Thank you for your time."),
]


@pytest.mark.parametrize(
    "layout",
    [
        "[10:0{m} AM] {who}: {said}",
        "[10:0{m}:00 PM] {who}: {said}",
        "[10:0{m} a.m.] {who}: {said}",
        "[2024-11-10 10:0{m}:00] {who}: {said}",
        "[10/11/24, 10:0{m}:00] {who}: {said}",  # WhatsApp (iOS)
        "10/11/24, 10:0{m} - {who}: {said}",  # WhatsApp (Android)
        "10:0{m} AM {who}: {said}",
        "{who} [10:0{m} AM]: {said}",
        "{who}, 10:0{m} AM: {said}",  # Slack copy
    ],
)
def test_text_chat_log_times_in_12_hour_form_or_after_a_date_are_speaker_lines(layout):
    # was: one unlabelled turn ("the transcript has no speaker labels"), or the speaker "AM Dana Wu"
    t = parse("".join(layout.format(m=i, who=w, said=s) + "\n" for i, (w, s) in enumerate(_CHAT_DIALOGUE)))
    assert t.format == "chat-log-txt"
    assert [(x.speaker, x.text) for x in t.turns] == _CHAT_DIALOGUE
    assert [x.start for x in t.turns] == [0.0, 60.0, 120.0, 180.0]  # from the first message, not "10 minutes"
    assert t.warnings == []


def test_text_chat_log_headers_system_lines_and_midnight():
    t = parse(
        "[11:58 PM] Dana Wu\n"
        "Hi Sam, welcome! Tell me about your last role.\n"
        "\n"
        "[11:59 PM] Sam joined the meeting\n"
        "[11:59 PM] Sam Lee\n"
        "I led support at Acme.\n"
        "We grew fast.\n"
        "\n"
        "[12:01 AM] Dana Wu\n"
        "Do you have any questions for me?\n"
    )
    assert t.format == "chat-log-txt"
    assert [(x.speaker, x.start) for x in t.turns] == [("Dana Wu", 0.0), ("Sam Lee", 60.0), ("Dana Wu", 180.0)]
    assert t.turns[1].text == "I led support at Acme. We grew fast."  # "Sam joined the meeting" is no speech


def test_text_bracketed_clock_without_am_pm_or_date_is_read_as_before():
    t = parse("[10:01] Dana Wu: Hi Sam.\n[10:02] Sam Lee: Hi Dana.\n[10:03] Dana Wu: Any questions?\n")
    assert t.format == "plain-text"
    assert [x.start for x in t.turns] == [601.0, 602.0, 603.0]


def test_markdown_pipe_table_is_read_like_a_word_table():
    # was: one unlabelled turn holding the table syntax ("| Speaker | Text | |---|---| ...")
    t = parse(
        "# Interview\n"
        "\n"
        "| Time | Speaker | What was said | Coach comment |\n"
        "| --- | :-- | --- | --- |\n"
        "| 00:01 | Interviewer | Do you have any questions for me? | good |\n"
        "| 00:05 | Candidate | What are the next steps? A \\| B? | nice |\n"
        "|  | Candidate | And thank you. | |\n",
        "t.md",
    )
    assert t.format == "markdown"
    assert [(x.speaker, x.line, x.start, x.text) for x in t.turns] == [
        ("Interviewer", 5, 1.0, "Do you have any questions for me?"),
        ("Candidate", 6, 5.0, "What are the next steps? A | B? And thank you."),
    ]
    assert t.warnings == ["2 Markdown table cell(s) outside the speaker and text columns (comments, notes) "
                          "were not read as speech"]


def test_markdown_pipe_table_without_a_header_row_is_read_when_it_is_a_dialogue():
    t = parse(
        "| Interviewer | Tell me about yourself. |\n"
        "|---|---|\n"
        "| Candidate | I'm an analyst. |\n"
        "| Interviewer | Any questions for me? |\n"
        "| Candidate | What are the next steps? |\n",
        "t.md",
    )
    assert [x.speaker for x in t.turns] == ["Interviewer", "Candidate", "Interviewer", "Candidate"]
    assert t.turns[0].text == "Tell me about yourself."


def test_markdown_pipe_table_that_is_no_transcript_is_named_in_a_warning():
    t = parse(
        "We talked about the plan and it went well overall, I think.\n"
        "\n"
        "| Topic | Notes |\n"
        "|---|---|\n"
        "| Salary | fine |\n"
        "| Start | May |\n",
        "t.md",
    )
    assert not t.has_speakers
    assert any(w.startswith("the Markdown table at line 3 was read as plain text") for w in t.warnings)


_TURNS = ["Interviewer: Any questions for me?", "Candidate: What are the next steps?",
          "Interviewer: We'll be in touch within three weeks.", "Candidate: Thank you for your time."]


@pytest.mark.parametrize("fragment", [
    "<div>" + "\n".join(f"<p>{t}</p>" for t in _TURNS) + "</div>\n",                       # CMS copy
    "<!-- saved -->\n<meta charset=\"utf-8\">\n" + "\n".join(f"<p>{t}</p>" for t in _TURNS),  # comment, meta on top
    "<br>\n".join(_TURNS) + "<br>\n",                                                      # <br> line ends
    "".join(f"<P CLASS='turn'>{t}</P>" for t in _TURNS),                                   # one long line
], ids=["p-in-div", "comment-meta", "br", "one-line"])
def test_text_html_fragment_is_refused_in_one_line_not_read_with_tags(fragment):
    from analyzer.errors import InputError

    for name in ("page.txt", "page.md"):
        with pytest.raises(InputError, match=r"^page\.(txt|md): a web page \(HTML tags on most lines\), not a plain "
                                             r"transcript: open it in a browser and copy its text"):
            parse(fragment, name)


def test_text_with_a_few_angle_brackets_or_caption_tags_is_still_a_transcript():
    talk = _TURNS + ["Interviewer: Would you use a <div> or a <span> there?", "Candidate: A <div>, with a <br/>."]
    assert len(parse("\n".join(talk)).turns) == 6
    assert parse("\n".join(f"<i>{t}</i>" for t in _TURNS)).turns  # caption italics: not refused as a web page
    assert [tr.speaker for tr in parse("Interviewer: <3 it\nCandidate: email me at <ana@x.org>\n").turns] == [
        "Interviewer", "Candidate"]


# ---------------------------------------------------------------- two turns on one line (hostile QA D2)


def test_text_other_speakers_label_after_a_sentence_mid_line_starts_their_turn():
    t = parse(
        "Mock interview. Interviewer: Caroline Ng. Candidate: Funmi Adeyemi.\n"
        "Interviewer: Welcome. Here's the plan: a few questions, then yours.\n"
        "Candidate: Sounds good.\n"
        "Interviewer: That's all from me. What would you like to know? Candidate: Thanks. What are the next steps?\n"
        "Interviewer: A panel round next week. Candidate: Great, I'm excited about the role.\n"
        "Interviewer: Bye.\n"
    )
    assert [(tr.speaker, tr.text, tr.line) for tr in t.turns] == [
        ("Interviewer", "Welcome. Here's the plan: a few questions, then yours.", 2),
        ("Candidate", "Sounds good.", 3),
        ("Interviewer", "That's all from me. What would you like to know?", 4),
        ("Candidate", "Thanks. What are the next steps?", 4),
        ("Interviewer", "A panel round next week.", 5),
        ("Candidate", "Great, I'm excited about the role.", 5),
        ("Interviewer", "Bye.", 6),
    ]
    assert any("line 4 and 1 more: another speaker's label" in w for w in t.warnings)


def test_text_mid_line_label_split_needs_a_sentence_end_and_a_label_of_this_file():
    t = parse(
        "Interviewer: Tell me about the candidate: who applied?\n"
        "Candidate: The role needs this Candidate: someone calm.\n"
        "Interviewer: Fine. Manager: is that a title?\n"
        "Candidate: Yes.\n"
    )
    assert [tr.speaker for tr in t.turns] == ["Interviewer", "Candidate", "Interviewer", "Candidate"]
    assert not any("another speaker's label" in w for w in t.warnings)


def test_text_mid_line_label_with_a_time_stamp_starts_their_turn():
    # hostile round 13, H5: the time-stamped layouts are the ones exported most
    t = parse(
        "[00:00:01] Interviewer: Thanks for coming in. Any questions for me? [00:00:05] Candidate: Yes. What are the next steps?\n"
        "[00:00:09] Interviewer: We'll decide by Friday.\n"
        "[00:00:12] Candidate: Thank you so much.\n"
    )
    assert [(tr.speaker, tr.text) for tr in t.turns] == [
        ("Interviewer", "Thanks for coming in. Any questions for me?"),
        ("Candidate", "Yes. What are the next steps?"),
        ("Interviewer", "We'll decide by Friday."),
        ("Candidate", "Thank you so much."),
    ]
    rev = parse(
        "Speaker 1 (00:00:01):\nThanks for coming in. Any questions for me? Speaker 2 (00:00:05): Yes. What are the next steps?\n\n"
        "Speaker 1 (00:00:09):\nWe'll decide by Friday.\n\nSpeaker 2 (00:00:12):\nThank you so much.\n"
    )
    assert [(tr.speaker, tr.text) for tr in rev.turns][:2] == [
        ("Speaker 1", "Thanks for coming in. Any questions for me?"), ("Speaker 2", "Yes. What are the next steps?")]
    assert any("another speaker's label" in w for w in t.warnings + rev.warnings)



def test_text_mid_line_role_label_in_another_case_or_after_a_dash_or_no_space_starts_their_turn():
    # hostile round 13, M1: the candidate's next-steps question and thanks went to the interviewer, unwarned
    t = parse(
        "INTERVIEWER: Thanks for coming in. Any questions before we wrap up?\n"
        "CANDIDATE: What are the next steps?\n"
        "INTERVIEWER: Within a week. candidate: Is that okay? Good.\n"
        "INTERVIEWER: Do you have any questions for me?Candidate: Yes, when do you decide?\n"
        "INTERVIEWER: We'll decide by Friday - Candidate: great, thank you so much.\n"
        "INTERVIEWER: Anything else — CANDIDATE: No, thanks.\n"
    )
    assert [(tr.speaker, tr.text) for tr in t.turns][2:] == [
        ("INTERVIEWER", "Within a week."), ("CANDIDATE", "Is that okay? Good."),
        ("INTERVIEWER", "Do you have any questions for me?"), ("CANDIDATE", "Yes, when do you decide?"),
        ("INTERVIEWER", "We'll decide by Friday"), ("CANDIDATE", "great, thank you so much."),
        ("INTERVIEWER", "Anything else"), ("CANDIDATE", "No, thanks."),
    ]
    assert any("line 3 and 3 more: another speaker's label" in w for w in t.warnings)
    # a name is matched as the file writes it: "will:" in lower case is speech, not Will's label
    names = parse("Mark: Anything else?\nWill: No.\nMark: Thanks. will: is that a question?\nWill: Bye.\n")
    assert [tr.speaker for tr in names.turns] == ["Mark", "Will", "Mark", "Will"]

# ------------------------------------------------------- words hyphenated at a line end (hostile QA D4)


def test_text_word_hyphenated_at_a_line_end_is_joined_in_the_text():
    t = parse(
        "Interviewer: Any questions?\n"
        "Candidate: I'd love to go through, so I hope you'll put me for-\n"
        "ward. Thank you, I enjoyed the conver-\n"
        "sation.\n"
        "Interviewer: Bye.\n"
    )
    cand = t.turns[1]
    assert cand.text == "I'd love to go through, so I hope you'll put me forward. Thank you, I enjoyed the conversation."
    assert cand.lines == (2, 3)
    assert cand.locate(cand.text.index("forward")) == (2, None)
    assert cand.locate(cand.text.index("Thank")) == (3, None)


@pytest.mark.parametrize(
    "first, second, text",
    [
        ("It is a well-", "known problem.", "It is a well-known problem."),  # a compound keeps its hyphen
        ("I'll send a follow-", "up note.", "I'll send a follow-up note."),
        ("A state-of-the-", "art system.", "A state-of-the-art system."),
        ("I was-", "I mean, I led it.", "I was- I mean, I led it."),  # speech broken off
        ("we were gonna-", "we decided not to.", "we were gonna- we decided not to."),
        ("the pipe-", "line broke.", "the pipeline broke."),
    ],
)
def test_text_line_end_hyphen_keeps_compounds_and_broken_off_speech(first, second, text):
    t = parse(f"Interviewer: Go on.\nCandidate: {first}\n{second}\nInterviewer: Thanks.\nCandidate: Bye.\n")
    assert t.turns[1].text == text


def test_text_line_end_hyphen_follows_the_spelling_used_elsewhere_in_the_file():
    t = parse("Interviewer: We use a pipe-line here, a pipe-line there.\nCandidate: I fixed the pipe-\n"
              "line.\nInterviewer: Thanks.\n")
    assert t.turns[1].text == "I fixed the pipe-line."


def test_text_line_end_hyphen_is_not_joined_across_a_label_or_a_blank_line():
    t = parse("Interviewer: It was for-\nCandidate: ward thinking.\n\nInterviewer: Well-\n\nknown.\n")
    assert [tr.text for tr in t.turns] == ["It was for-", "ward thinking.", "Well- known."]


@pytest.mark.parametrize(
    "first, second, text",
    [  # hostile QA round 13, H1: a false start at a line end is not glued onto the next word
        ("Honestly I'm-", "excited about this role.", "Honestly I'm- excited about this role."),
        ("I'll-", "send you a note.", "I'll- send you a note."),
        ("So what are the-", "next steps?", "So what are the- next steps?"),
        ("Thank you for-", "your time.", "Thank you for- your time."),
        ("I'd like to-", "join the team.", "I'd like to- join the team."),
        ("I'd really like-", "really like to move forward.", "I'd really like- really like to move forward."),
        ("Is there anything that would stop-", "anything that would hold you back?",
         "Is there anything that would stop- anything that would hold you back?"),
        ("Thank you. I'll send-", "probably tomorrow, a note.", "Thank you. I'll send- probably tomorrow, a note."),
        # whole words that do make one word, and fragments, are still joined
        ("I hope you'll put me for-", "ward.", "I hope you'll put me forward."),
        ("I led the team. The leader-", "ship role suits me.", "I led the team. The leadership role suits me."),
        ("I enjoyed the conver-", "sation.", "I enjoyed the conversation."),
    ],
)
def test_text_line_end_hyphen_after_a_whole_word_is_a_false_start_not_a_broken_word(first, second, text):
    t = parse(f"Interviewer: Go on.\nCandidate: {first}\n{second}\nInterviewer: Thanks.\nCandidate: Bye.\n")
    assert t.turns[1].text == text


def test_text_line_end_hyphen_keeps_number_compounds():
    # hostile QA round 13, L1: "twenty-" / "five" is "twenty-five", not "twentyfive"
    t = parse("Interviewer: Go on.\nCandidate: I was twenty-\nfive then, and ninety-\nnine percent sure.\n"
              "Interviewer: Thanks.\n")
    assert t.turns[1].text == "I was twenty-five then, and ninety-nine percent sure."


@pytest.mark.parametrize("prefix, suffix, shown", [
    ("🧑\u200d💼 ", "", "Kate"),  # a ZWJ emoji before the name is not part of it
    ("👨\u200d👩\u200d👧 ", "", "Kate"),
    ("🏳️\u200d🌈 ", "", "Kate"),
    ("🎤 ", "", "Kate"),  # control: one code point
    ("", " 👩\u200d💻", "Kate 👩\u200d💻"),  # after the name: shown as written, the joiner kept
])
def test_h17code_zwj_emoji_labels(prefix, suffix, shown):
    t = parse(f"{prefix}Kate{suffix}: Any questions for me?\nJay: Yes, what are the next steps?\n"
              f"{prefix}Kate{suffix}: By Friday.\nJay: Great, thank you.\n")
    assert [tr.speaker for tr in t.turns] == [shown, "Jay", shown, "Jay"]
    assert not t.warnings


def test_h17code_long_unlabelled_line_is_split_into_sentences_on_its_line():
    body = " ".join(["We shipped the order on time and the client was happy with it."] * 6)
    t = parse(f"{body}\nshort line here\n")
    (turn,) = t.turns
    assert len(turn.offsets) == 7 and turn.lines == (1,) * 6 + (2,)
    # unpunctuated: pieces of 20 words; a labelled turn is never split
    t = parse(" ".join(["word"] * 65) + "\n")
    assert [len(x.split()) for x in (lambda o, s: [s[a:b] for a, b in zip(o, o[1:] + (len(s),))])(
        t.turns[0].offsets, t.turns[0].text)] == [20, 20, 20, 5]
    t = parse("Kate: " + body + "\nJay: Fine.\n")
    assert len(t.turns[0].offsets) == 1


# --- h19code: a chat message (or an untimed "Name: text" line) is an utterance of its own ---------


@pytest.mark.parametrize(
    "text, turn",
    [
        # chat-log-txt: two messages from one sender are two sentences
        ("[10:04 AM] Jess Park: Any questions?\n[10:05 AM] Maya Lin: so keen on this role\n"
         "[10:05 AM] Maya Lin: when do u decide?\n[10:06 AM] Jess Park: Friday.\n",
         "so keen on this role. when do u decide?"),
        # WhatsApp layout; an emoji end is no sentence end, a "!" already is
        ("[12/03/24, 14:05:01] Jess: Anything to ask me?\n[12/03/24, 14:05:40] Maya Lin: obsessed with this role 😍\n"
         "[12/03/24, 14:05:55] Maya Lin: whats the timeline?\n[12/03/24, 14:06:20] Jess: Friday.\n",
         "obsessed with this role 😍. whats the timeline?"),
        ("[10:04 AM] Jess Park: Any questions?\n[10:05 AM] Maya Lin: love it!\n"
         "[10:05 AM] Maya Lin: next steps?\n[10:06 AM] Jess Park: Friday.\n",
         "love it! next steps?"),
        # a comma says the sentence goes on
        ("Interviewer: Any questions?\nCandidate: thanks,\nCandidate: and what happens next?\nInterviewer: A call.\n",
         "thanks, and what happens next?"),
        # plain labels repeated on consecutive lines
        ("Interviewer: Any questions?\nCandidate: really want this\nCandidate: is anything worrying you about me?\n"
         "Interviewer: No.\n", "really want this. is anything worrying you about me?"),
    ],
)
def test_h19code_consecutive_messages_end_their_sentence(text, turn):
    t = parse(text)
    assert turn in [tr.text for tr in t.turns]


def test_h19code_paragraph_lines_and_timed_lines_are_not_split():
    # an Otter paragraph over two lines is one sentence: no full stop where the line breaks
    t = parse("Dana Whitfield  0:00\nAny questions?\n\nSam Okafor  0:05\nI would really\nlike to work here.\n")
    assert t.turns[-1].text == "I would really like to work here."
    # caption-like timed labels may split a sentence mid-way: left as they are
    t = parse("[00:00:01] Dana: Any questions?\n[00:00:03] Sam: I would really\n[00:00:05] Sam: like to work here.\n")
    assert t.turns[-1].text == "I would really like to work here."


def test_h19code_zoom_chat_header_layout_keeps_times():
    t = parse("10:00:00 From  Dana Whitfield  to  Everyone:\n\tAny questions for me?\n"
              "10:00:08 From  Sam Okafor  to  Everyone:\n\tWhen will I hear back?\n"
              "10:00:16 From  Sam Okafor  to  Everyone:\n\tthanks so much\n")
    assert t.format == "zoom-chat-txt"
    assert [(tr.speaker, tr.starts) for tr in t.turns] == [("Dana Whitfield", (36000.0,)),
                                                          ("Sam Okafor", (36008.0, 36016.0))]
    assert t.turns[1].text == "When will I hear back? thanks so much"


def test_h19code_time_after_the_label_is_read():
    t = parse("Dana Whitfield: [00:00:00] Any questions?\n\nSam Okafor: [00:01:44] Thank you so much.\n"
              "Dana Whitfield: (00:01:50) You're welcome.\n")
    assert [(tr.speaker, tr.start, tr.text) for tr in t.turns] == [
        ("Dana Whitfield", 0.0, "Any questions?"), ("Sam Okafor", 104.0, "Thank you so much."),
        ("Dana Whitfield", 110.0, "You're welcome.")]
    # a bracket that is not a time stays speech
    t = parse("Dana: Any questions?\nSam: [laughs] No, thank you.\n")
    assert t.turns[1].text == "[laughs] No, thank you."
