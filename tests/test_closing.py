"""Where the closing starts: check-ins in the middle, resumed interviews, no hand-over at all.

Each test builds a small synthetic interview whose body is padded with long answers, so that the
cues land where the test needs them (before or after half of the words).
"""

from __future__ import annotations

import pytest

from conftest import HANDOVER, transcript_of

ANSWER = ("In my last job I looked after the reporting for four depots, cleaned up the delivery data, "
          "rebuilt the weekly dashboard and trained two new colleagues on the queries we used every day.")
BODY = [("I", "Tell me about your last job.")] + [("C", ANSWER), ("I", "Okay, go on.")] * 5 + [("C", ANSWER)]


def _closing(analyzer, script):
    from analyzer.closing import find_closing

    transcript = transcript_of(script)
    inter = {i for i, t in enumerate(transcript.turns) if t.speaker == "I"}
    closing = find_closing(transcript.turns, analyzer.rules.closing, inter)
    return transcript.turns[closing.index].text, closing.method


def test_check_in_with_so_far_is_not_the_closing(analyzer):
    script = BODY + [("I", "Do you have any questions for me so far?"), ("C", "Not yet.")] + BODY[1:4] + [
        ("I", HANDOVER), ("C", "Yes, what are the next steps?"), ("I", "A final round next week.")]
    assert _closing(analyzer, script) == (HANDOVER, "cue")


def test_hand_over_followed_by_more_interview_questions_is_dropped(analyzer):
    script = BODY + [("I", "Any questions for me?"), ("C", "Maybe later."),
                     ("I", "Sure. Tell me about a time you missed a deadline."), ("C", ANSWER),
                     ("I", "The floor is yours."), ("C", "How big is the team?")]
    assert _closing(analyzer, script) == ("The floor is yours.", "cue")


def test_earliest_hand_over_wins_over_any_other_questions(analyzer):
    script = BODY + [("I", HANDOVER), ("C", "How is the team organised?"), ("I", "Two squads of four."),
                     ("I", "Any other questions for me?"), ("C", "No, thank you.")]
    assert _closing(analyzer, script) == (HANDOVER, "cue")


def test_cue_in_the_first_half_does_not_start_the_closing(analyzer):
    script = [("I", HANDOVER), ("C", "Not right now.")] + BODY
    assert _closing(analyzer, script)[1] == "fallback"


def test_candidate_taking_the_floor_is_a_cue(analyzer):
    script = BODY + [("I", "Good."), ("C", "Great. I have a couple of questions, if that's okay."), ("I", "Of course.")]
    assert _closing(analyzer, script) == ("Great. I have a couple of questions, if that's okay.", "cue")


def test_fallback_reaches_back_to_the_candidates_own_questions(analyzer):
    pitch = " ".join(["We are a friendly team with good benefits and a lot of room to grow."] * 6)
    script = BODY + BODY + [("I", "Okay, I have what I need."), ("C", "What does the team look like?"), ("I", pitch),
                     ("C", "And what are the next steps?"), ("I", pitch), ("C", "Thanks, bye.")]
    assert _closing(analyzer, script) == ("What does the team look like?", "fallback")


def test_feedback_after_a_mock_interview_is_not_the_closing(analyzer):
    """A coach who steps out of the role-play to give feedback ends the interview: the candidate's
    "I don't think that went well" in the debrief is not discouragement in the closing."""
    closing = BODY + [("I", HANDOVER), ("C", "What are the next steps? I'd love to move forward."),
                      ("I", "We'll be in touch by Friday. Thanks for coming in.")]
    debrief = [("I", "Okay, let's stop there, I'm taking off the hiring manager hat. How do you think that went?"),
               ("C", "Honestly, I don't think that went very well. Thank you so much for doing this.")]
    report = analyzer.analyze_transcript(transcript_of(closing + debrief))
    status = {f.behaviour: f.status for f in report.findings}
    assert (status["stay_positive"], status["thank_interviewer"], status["ask_for_job"]) == ("present", "missing", "present")
    assert any("turns to feedback" in w for w in report.warnings)
    # without the debrief cue the same words are the candidate's closing
    plain = [("I", "Okay."), debrief[1]]
    status = {f.behaviour: f.status for f in analyzer.analyze_transcript(transcript_of(closing + plain)).findings}
    assert (status["stay_positive"], status["thank_interviewer"]) == ("missing", "present")


def _statuses(analyzer, script):
    report = analyzer.analyze_transcript(transcript_of(script))
    return {f.behaviour: f.status for f in report.findings}, report.warnings


def test_feedback_inside_captions_without_speakers_is_cut(analyzer):
    """Auto-captions have no speakers, so the recording is one long turn: the interview still ends
    at the caption where the host steps out of it, in the middle of that turn."""
    lines = [text for _, text in BODY] + [
        HANDOVER, "yes what are the next steps", "a final round next week thanks for coming in",
        "okay so let's step out of the interview now", "honestly i don't think that went very well",
        "and i'll send a thank you email after the real ones"]
    status, warnings = _statuses(analyzer, [(None, line) for line in lines])
    assert (status["clarify_next_steps"], status["stay_positive"], status["follow_up"]) == ("present", "present", "missing")
    assert any("turns to feedback" in w for w in warnings)


def test_youtube_host_wrapping_up_without_speakers_is_cut(analyzer):
    """ "and cut alright guys" in auto-captions: what the candidate admits in the breakdown is not
    the closing."""
    lines = [text for _, text in BODY] + [
        HANDOVER, "yeah do you have any concern about my experience", "honestly not really",
        "well thank you for coming in kevin we'll be in touch", "and cut alright guys so that was kevin",
        "let's break it down he asked about concerns", "yeah i totally forgot to thank you"]
    status, _ = _statuses(analyzer, [(None, line) for line in lines])
    assert (status["ask_concerns"], status["thank_interviewer"]) == ("present", "missing")


def test_panel_lead_addressing_the_panel_is_not_a_debrief(analyzer):
    script = BODY + [("I", HANDOVER), ("P", "Alright guys, let's let Sam ask a few things first."),
                     ("C", "Thanks. What are the next steps?"), ("I", "A final round next week.")]
    status, warnings = _statuses(analyzer, script)
    assert status["clarify_next_steps"] == "present" and not any("feedback" in w for w in warnings)


def test_coach_asking_for_questions_in_the_debrief_does_not_reopen_the_closing(analyzer):
    """The interviewer handed over, then stepped out to coach: "anything you want to ask me as a
    coach?" in the feedback is not a hand-over of the interview."""
    script = BODY + [("I", HANDOVER), ("C", "What are the next steps?"), ("I", "A panel next week."),
                     ("I", "Aaand, scene. Okay, let's step out of the interview. How do you feel?"),
                     ("C", "I think I blew the salary question."),
                     ("I", "You were fine. Anything you want to ask me as a coach?"), ("C", "No, that's all, thanks.")]
    status, _ = _statuses(analyzer, script)
    assert (status["clarify_next_steps"], status["stay_positive"], status["thank_interviewer"]) == (
        "present", "present", "missing")


def test_stepping_out_of_a_role_play_exercise_is_not_the_end(analyzer):
    """"Let's step out of the role-play" after a sales exercise inside the interview: the real
    hand-over comes later, and the closing starts there."""
    exercise = [("I", "Let's do a quick role-play: I'm a customer who is unhappy with our reports."),
                ("C", "Thanks for being direct. Can I ask a few questions so I understand the problem?"),
                ("I", "Sure. Okay, let's step out of the role-play. How would you learn a new industry?"),
                ("C", ANSWER)]
    script = BODY + exercise + [("I", HANDOVER), ("C", "What are the next steps?"), ("I", "A call next week.")]
    assert _closing(analyzer, script) == (HANDOVER, "cue")


def test_hand_over_cue_in_capitals_or_after_a_two_character_lower_case_letter(analyzer):
    """The cues are matched on lower-cased text; a letter whose lower case is two characters long
    ("İ") must not shift the offsets of what was found."""
    from analyzer.closing import fold, handover_regex

    cue = "İpek here again. DO YOU HAVE ANY QUESTIONS FOR ME?"
    assert fold("İSTANBUL: Any Questions?") == "İstanbul: any questions?"
    m = handover_regex(tuple(analyzer.rules.closing.handover)).search(fold(cue))
    assert cue[m.start():m.end()] == "DO YOU HAVE ANY QUESTIONS FOR ME"
    assert _closing(analyzer, BODY + [("I", cue), ("C", "What happens next?")]) == (cue, "cue")


REPLY = ("We run two squads of five, each with its own product owner, and we ship every second week "
         "after a short demo to the support team.")
ASKING = [("C", "How big is the team?"), ("I", REPLY), ("C", "What does a normal week look like?"), ("I", REPLY),
          ("C", "How is on-call shared?"), ("I", REPLY), ("C", "What are the next steps?"), ("I", REPLY)] * 2


@pytest.mark.parametrize(("after", "method"), [
    (ASKING, "cue"),  # the candidate's questions take the second half: the early hand-over opens the closing
    ([("C", "Not yet.")] + BODY[:6] + ASKING, "fallback"),  # near miss: the interview goes on after it
])
def test_hand_over_before_the_middle_counts_when_the_candidates_questions_follow(analyzer, after, method):
    script = BODY + [("I", HANDOVER)] + after
    turns = transcript_of(script).turns
    cue_at = sum(len(t.text.split()) for t in turns[: len(BODY)]) / sum(len(t.text.split()) for t in turns)
    assert 0.3 < cue_at < 0.5
    text, found = _closing(analyzer, script)
    assert found == method and (text == HANDOVER) == (method == "cue")


def test_recording_of_only_the_closing_opens_with_the_hand_over(analyzer):
    """A recording that starts at the hand-over: the cue opens the closing, and it tells the roles apart."""
    script = [("Maria", "Right, that's everything from my side. Any questions for me?"),
              ("Tom", "Yes. How many people are on the team?"), ("Maria", REPLY),
              ("Tom", "What are the next steps after today?"), ("Maria", REPLY),
              ("Tom", "Is there anything about my experience that worries you?"), ("Maria", REPLY + " " + REPLY),
              ("Tom", "Thanks, that's clear.")]
    result = analyzer.analyze_transcript(transcript_of(script))
    assert (result.candidate, result.closing_from, result.closing_method) == ("Tom", 1, "cue")


CLIP = ["Alright, that covers everything I wanted to ask you. Do you have any questions for me?",
        "Sure. What happens after today?", "You'd meet the team lead next week.",
        "Good to know. When would I hear back?", "By Thursday at the latest.", "Thanks a lot for your time."]


@pytest.mark.parametrize(("first", "found"), [
    ([], (1, "cue")),  # speech-to-text of only the closing, one utterance a line: the hand-over opens it
    (["How was the drive in this morning?", "Not bad, thanks."], (None, "fallback")),  # near miss: an interview
])
def test_closing_clip_without_speaker_labels_opens_with_the_hand_over(analyzer, first, found):
    result = analyzer.analyze_transcript(transcript_of([(None, line) for line in first + CLIP]))
    assert (result.closing_from if found[0] else None, result.closing_method) == found


PASTE = [("Ines", "Last one from me: how do you keep a release on track when the scope keeps growing?"),
         ("Omar", "I write down what was agreed at the start, show the cost of each addition in days, and let "
                  "the product owner pick what slips, so nobody is surprised at the end of the sprint."),
         ("Ines", "Good. Right, before we finish, do you have any questions for me?"),
         ("Omar", "Yes, when will I hear back about a decision?"),
         ("Ines", "Within ten days. We see two more people this week, then the panel meets on Monday to compare "
                  "notes, and the recruiter calls everyone with the outcome and some feedback."),
         ("Omar", "Great, that is clear. Thanks a lot for your time today, I enjoyed hearing about the team.")]


@pytest.mark.parametrize(("script", "found"), [
    (PASTE, (3, "cue")),  # a paste of the last turns: the hand-over at line 3 counts though it is early
    (PASTE[2:], (1, "cue")),  # the paste opens with the hand-over and the candidate asks one question
    # near miss: the interviewer goes on interviewing after it, so it was not the hand-over
    (PASTE[:4] + [("Ines", "Soon. First, why do you want to leave your team?"), ("Omar", "To grow."),
                  ("Ines", "What would your manager say about you?"), ("Omar", "That I am calm."),
                  ("Ines", "And how do you handle a missed deadline?"), ("Omar", "I say so early.")], (None, "fallback")),
])
def test_hand_over_early_in_a_pasted_closing_counts(analyzer, script, found):
    from analyzer.closing import find_closing

    result = analyzer.analyze_transcript(transcript_of(script))
    assert (result.closing_from if found[0] else None, result.closing_method) == found
    if found[0]:  # the candidate's first reply to the hand-over is assessed
        assert {f.behaviour: f.status for f in result.findings}["clarify_next_steps"] == "present"
    else:  # the warning names the cue that was rejected instead of saying there was none
        turns = transcript_of(script).turns
        closing = find_closing(turns, analyzer.rules.closing, {i for i, t in enumerate(turns) if t.speaker == "Ines"})
        assert closing.warning(turns).startswith("the hand-over cue at line 3 was followed by more interview questions")


def _cue_turns(analyzer, text):
    from analyzer.closing import find_handovers

    return find_handovers(transcript_of([("I", text)]).turns, analyzer.rules.closing)


HANDOVER_FAMILIES = [
    "Right, that's all I had. What would you like to ask me?",  # what would you like to ask
    "What would you like to ask?",
    "What else do you want to ask us?",
    "What would you like to know about this role?",  # what would you like to know
    "Is there anything you want to know about us?",
    "Anything you'd like to know about the team?",
    "What questions do you have for us?",  # what questions do you have / have you got
    "So, what questions have you got for me?",
    "What other questions do you have?",
    "Do you have some questions for us?",  # do you have some / a few questions
    "Have you got a few questions for me?",
    "Got any questions for me?",
    "That's all I had. Any questions?",  # that's all I had / I've got, then "any questions?"
    "Okay, that's all I've got. Any questions?",
    "Great, that's everything from me. Any questions?",  # that's everything / all / it from me
    "That's it from us, do you have any questions?",
    "That's all from my end.",
    "Over to you.",
    "The floor is yours.",
    "Now it's your turn to ask.",
    "Any questions your end?",
    "We'd like to offer you the role. Any questions?",  # a bare "any questions?" (hostile round 16)
    "Any other questions?",
]


@pytest.mark.parametrize("cue", HANDOVER_FAMILIES)
def test_hand_over_families_are_cues(analyzer, cue):
    assert _cue_turns(analyzer, cue) == [0]
    script = BODY + [("I", cue), ("C", "Yes, what are the next steps?"), ("I", "A final round next week.")]
    assert _closing(analyzer, script) == (cue, "cue")


@pytest.mark.parametrize("cue", HANDOVER_FAMILIES)
def test_hand_over_families_in_lower_case_speech_to_text(analyzer, cue):
    """Speech-to-text: lower case, no question marks, no apostrophes kept or lost at random."""
    import re

    asr = re.sub(r"[?.,!]", "", cue.lower())
    assert _cue_turns(analyzer, asr) == [0]


@pytest.mark.parametrize("question", [
    "What would you like to achieve in your first year?",
    "What questions did your last manager ask?",
    "What questions do you ask in a discovery call?",
    "What would you like to ask your future team in week one?",
    "What would you like to ask a customer who is about to churn?",
    "What would you like to learn here?",
    "What do you want to know before you start a new project?",
    "What would you like to know more about in this field?",
    "Do you have some examples of that?",
    "Have you got a few minutes to walk me through your portfolio?",
    "Was that all you had to work with?",
    "That's all I had to go on at the time.",
    "That's all I had, thank you so much.",  # the candidate ending their own questions
    "No, that's everything from me. Thanks for your time.",
    "It's your turn to lead the stand-up tomorrow.",
    "How do you handle a customer who has any questions about a refund?",  # a scene from the job, not a hand-over
])
def test_ordinary_interview_questions_are_not_hand_overs(analyzer, question):
    assert _cue_turns(analyzer, question) == []
    assert _cue_turns(analyzer, question.lower().replace("?", "").replace(",", "").replace(".", "")) == []


QA = [("C", "First, I want to say I am really excited about this role. What's the tech stack for the mobile app?"),
      ("I", "React Native, mostly."), ("C", "How often do you release?"), ("I", "Every two weeks."),
      ("C", "How is the team split between product and platform?"), ("I", "About half and half."),
      ("C", "What's the biggest challenge the team faces this year?"), ("I", "Scaling the payments side."),
      ("C", "And who would I report to?"), ("I", "To me."),
      ("C", "Okay. And how long does the hiring process usually take after this?"), ("I", "About two weeks."),
      ("C", "Okay, thanks.")]


def test_fallback_reaches_back_over_the_whole_run_of_the_candidates_questions(analyzer):
    """A recording of only the closing, opened by a hand-over no cue knows: the closing is the whole
    run of the candidate's questions, so the interest said with the first of them counts."""
    script = [("I", "Right, I'll stop talking now.")] + QA
    assert _cue_turns(analyzer, script[0][1]) == []
    assert _closing(analyzer, script) == (QA[0][1], "fallback")
    status, warnings = _statuses(analyzer, script)
    assert status["express_interest"] == "present"
    assert any("no hand-over cue found" in w for w in warnings)


def test_fallback_does_not_reach_back_into_the_first_quarter_when_the_interviewer_still_asks(analyzer):
    """Near miss: the interviewer asks questions in between, so the candidate's run is not a clean Q&A
    and the fallback keeps to the last part of the transcript."""
    script = [("I", "Right, I'll stop talking now.")] + QA[:6] + [
        ("I", "Can I ask what drew you to mobile work?"), ("C", "I like shipping to real users.")] + QA[6:]
    text, method = _closing(analyzer, script)
    assert method == "fallback" and text != QA[0][1]


def test_bare_any_questions_so_far_in_the_middle_is_not_the_closing(analyzer):
    """A bare "Any questions?" is the hand-over at the end, but not as a check-in ("so far") or before more interview questions."""
    script = BODY + [("I", "Any questions so far?"), ("C", "Not yet.")] + BODY[1:4] + [
        ("I", "Any questions?"), ("C", "Yes, what are the next steps?"), ("I", "A final round next week.")]
    assert _closing(analyzer, script) == ("Any questions?", "cue")
    script = BODY + [("I", "Any questions?"), ("C", "Not yet."), ("I", "Okay. Tell me about a time you missed a deadline."),
                     ("C", ANSWER), ("I", "The floor is yours."), ("C", "How big is the team?")]
    assert _closing(analyzer, script) == ("The floor is yours.", "cue")


_H17_OPEN = "Thanks for joining us today. Tell me about a time a shipment went badly wrong."
_H17_END = "Yes, what are the next steps and when will I hear back? Great, I'm really keen on this role."


@pytest.mark.parametrize("text, present, missing", [
    # one pasted paragraph without speaker labels: the closing is its last quarter, not line 1 whole
    (" ".join([_H17_OPEN] + [ANSWER] * 8 + [_H17_END]), {"clarify_next_steps", "express_interest", "stay_positive"},
     {"thank_interviewer"}),
    # the same as unpunctuated lower-case speech-to-text wrapped into three long lines
    ("\n".join(" ".join(w) for w in (lambda ws: (ws[:100], ws[100:200], ws[200:]))(
        " ".join([_H17_OPEN] + [ANSWER] * 8 + [_H17_END]).lower().replace(".", "").replace(",", "").replace("?", "").split())),
     {"stay_positive", "express_interest"}, {"thank_interviewer"}),
    # near miss: a short paste of only the closing (few words) is still searched whole
    ("Thank you so much for your time today. Yes, what are the next steps?", {"thank_interviewer", "clarify_next_steps"}, set()),
])
def test_h17code_unlabelled_short_files_close_on_their_last_quarter(analyzer, text, present, missing):
    from analyzer.readers import parse_bytes

    transcript = parse_bytes(text.encode("utf-8"), "paste.txt")
    assert all(t.speaker is None for t in transcript.turns)
    status = {f.behaviour: f.status for f in analyzer.analyze_transcript(transcript).findings}
    assert {b for b in present if status[b] != "present"} == set()
    assert {b for b in missing if status[b] != "missing"} == set()


@pytest.mark.parametrize("cue, is_cue", [
    # hostile round 20: the family of invitations to the candidate's questions, named by what they are about
    ("Alright, I think I've got what I need. Anything you're curious about on our side?", True),
    ("Is there anything you're curious about regarding the role?", True),
    ("Anything you're wondering about the team?", True),
    ("Anything you'd like to find out about the company?", True),
    ("What would you like to know? Fire away.", True),
    ("Anything else on your mind?", True),
    ("I think I've got everything I need from you.", True),
    # near misses: interview questions about the candidate's interests or the job itself
    ("Anything you're curious about in this field?", False),
    ("What are you curious about these days?", False),
    ("Anything you'd like to find out in your first ninety days?", False),
    ("What's on your mind when you plan a sprint?", False),
    ("I think I've got what I need on that one, so next question.", False),
])
def test_h20a_curious_and_find_out_hand_overs(analyzer, cue, is_cue):
    assert (_cue_turns(analyzer, cue) == [0]) is is_cue
    assert (_cue_turns(analyzer, cue.lower().replace("?", "").replace(",", "").replace(".", "")) == [0]) is is_cue
    if is_cue:
        script = BODY + [("I", cue), ("C", "Yes, what are the next steps?"), ("I", "A final round next week.")]
        assert _closing(analyzer, script) == (cue, "cue")
