"""A panel where one speaker is labelled by a role word and the others by their names.

QA hostile15/s02: "Interviewer:" hands over, "Dana Wu" (the candidate) asks one short question and
thanks the panel, "Mark Ellis" (a panel member) answers at length about "our team". The named
speakers are told apart by what they say, exactly as when the interviewer is named too: the
labelled interviewer's hand-over is one Dana answers, it ends the interview questions (her own
question comes after it), and since the labelled interviewer speaks first no named speaker does.
"""

from __future__ import annotations

import re

import pytest

from test_roles import _labelled, _roles

PANEL = [
    ("I", "Before we wrap up, do you have any questions for us?"),
    ("C", "Just one. When will you decide?"),
    ("P", "We're aiming for next Tuesday. We'll be comparing three finalists, and our team will meet on Monday "
          "to go over our notes, so expect a call from our HR partner, Leah, on Tuesday afternoon at the latest."),
    ("I", "And we'll send feedback either way."),
    ("C", "Great, thanks so much for your time."),
]


def _panel(names: dict[str, str], script=PANEL):
    return _labelled(names, script)


def _first_speaker_claims(roles) -> list[str]:
    return [m for w in roles.warnings for m in re.findall(r"'([^']+)' speaks first", w)]


@pytest.mark.parametrize("role", ["Interviewer", "Recruiter", "Hiring Manager", "Panel Chair"])
def test_roles_panel_role_labelled_interviewer_and_two_names_content_decides(analyzer, role):
    """The failing case: the quiet named speaker who answers the hand-over and says 'I' is the
    candidate, not the panel member who talks most about 'our team'."""
    roles = _roles(analyzer, _panel({"I": role, "C": "Dana Wu", "P": "Mark Ellis"}))
    assert (roles.candidate, roles.method) == ("Dana Wu", "inferred")
    assert roles.interviewers == [role, "Mark Ellis"]
    reasons = roles.warnings[-1]
    assert "'Dana Wu' answers the hand-over" in reasons
    assert "'Dana Wu' asks more questions" not in reasons  # her question follows the hand-over
    assert _first_speaker_claims(roles) == []  # the labelled interviewer speaks first, not Dana


def test_roles_panel_role_labelled_interviewer_reads_like_the_all_named_control(analyzer):
    """hostile15/s02 against s02b: the same text with "Helen Marsh:" for "Interviewer:" gives the same
    candidate, closing and score."""
    labelled = analyzer.analyze_transcript(_panel({"I": "Interviewer", "C": "Dana Wu", "P": "Mark Ellis"}))
    named = analyzer.analyze_transcript(_panel({"I": "Helen Marsh", "C": "Dana Wu", "P": "Mark Ellis"}))
    assert labelled.candidate == named.candidate == "Dana Wu"
    assert (labelled.closing_from, labelled.closing_method) == (named.closing_from, named.closing_method) == (1, "cue")
    assert labelled.score == named.score
    statuses = {f.behaviour: f.status for f in labelled.findings}
    assert statuses == {f.behaviour: f.status for f in named.findings}
    assert statuses["clarify_next_steps"] == statuses["thank_interviewer"] == "present"


@pytest.mark.parametrize("opener", ["P", "C"])
def test_roles_panel_speaks_first_names_the_real_first_speaker(analyzer, opener):
    """Near miss: when a named speaker does open, before the labelled interviewer, the claim names them
    (and it is true); the candidate is still decided by what they say."""
    greeting = {"P": "Thanks for coming in today, we're glad to have you.", "C": "Hi, thanks for having me."}[opener]
    transcript = _panel({"I": "Interviewer", "C": "Dana Wu", "P": "Mark Ellis"}, [(opener, greeting)] + PANEL)
    roles = _roles(analyzer, transcript)
    assert roles.candidate == "Dana Wu" and sorted(roles.interviewers) == ["Interviewer", "Mark Ellis"]
    assert _first_speaker_claims(roles) in ([], [transcript.turns[0].speaker])
    assert transcript.turns[0].speaker in {"Dana Wu", "Mark Ellis"}


def test_roles_panel_role_labelled_interviewer_and_two_names_that_cannot_be_told_apart_is_unknown(analyzer):
    """Near miss: two named speakers who say the same kind of thing are not guessed between."""
    script = [
        ("I", "Before we wrap up, do you have any questions for us?"),
        ("C", "Not really, it all sounds fine to me."),
        ("P", "Not really, it all sounds fine to me."),
        ("I", "Thanks, both."),
    ]
    roles = _roles(analyzer, _panel({"I": "Interviewer", "C": "Dana Wu", "P": "Mark Ellis"}, script))
    assert (roles.candidate, roles.method) == (None, "unknown")
    assert "roles unknown" in roles.warnings[-1]


def test_roles_panel_labelled_candidate_with_two_named_panel_members(analyzer):
    """Near miss: "Candidate:" with two named panel members: the label says it outright."""
    roles = _roles(analyzer, _panel({"I": "Helen Marsh", "C": "Candidate", "P": "Mark Ellis"}))
    assert (roles.candidate, roles.method) == ("Candidate", "labels")
    assert roles.interviewers == ["Helen Marsh", "Mark Ellis"]
    assert not any(w.startswith("check the roles") for w in roles.warnings)


@pytest.mark.parametrize("name", ["Dana Wu", "Mark Ellis"])
def test_roles_panel_role_labelled_interviewer_and_one_name_is_the_candidate(analyzer, name):
    """Near miss: "Interviewer:" and a single named speaker: the named speaker is the candidate, from the
    labels, whatever the name."""
    script = [t for t in PANEL if t[0] != "P"]
    roles = _roles(analyzer, _panel({"I": "Interviewer", "C": name}, script))
    assert (roles.candidate, roles.interviewers, roles.method) == (name, ["Interviewer"], "labels")


def test_roles_panel_longer_interview_with_a_role_labelled_interviewer(analyzer):
    """A full interview: the role-labelled interviewer asks the questions, a named panel member talks
    about the team, the named candidate answers about their own work."""
    from test_roles import INTERVIEW

    panel = [("P", "I manage the payments squad, so you would work with our team every day. How do you "
                   "decide what to test first?"),
             ("C", "I start with the paths where a mistake costs money, like refunds and retries, and I "
                   "write those tests before I write the code.")]
    script = INTERVIEW[:6] + panel + INTERVIEW[6:]
    roles = _roles(analyzer, _panel({"I": "Interviewer", "P": "Tom Reyes", "C": "Ana Silva"}, script))
    assert (roles.candidate, roles.method) == ("Ana Silva", "inferred")
    assert roles.interviewers == ["Interviewer", "Tom Reyes"]
    assert _first_speaker_claims(roles) == []
