"""Who is the candidate: placeholder labels, stray speakers, panels, generic labels, no labels.

Each test builds a small synthetic interview: the interviewer greets, describes the team, asks
questions and hands over; the candidate answers at length about their own work and asks about
next steps in the closing. Only the speaker labels and the order change between tests.
"""

from __future__ import annotations

import pytest

from conftest import transcript_of

INTERVIEW = [
    ("I", "Hello, thank you for joining us today. I lead the platform group, and we're hiring a backend "
          "engineer for our team."),
    ("C", "Glad to be here."),
    ("I", "Tell me about yourself. What have you worked on lately?"),
    ("C", "Sure. In my current role I maintain the billing service for a mid-sized retailer. I rewrote "
          "the invoice pipeline last year, which cut the nightly run from four hours to forty minutes, and "
          "I mentor two junior developers on testing and code review."),
    ("I", "How would you handle a service that keeps timing out under load?"),
    ("C", "First I would look at where the time goes, usually with tracing, before touching anything. "
          "In my experience it is most often a slow query or a missing index, so I check the database, "
          "then add caching or a queue if the work does not need to be synchronous."),
    ("I", "What drew you to this position?"),
    ("C", "I have spent six years on payments and I want to work on a platform that other teams build "
          "on. Your engineering blog posts about the migration were a big part of why I applied."),
    ("I", "Great, that covers everything on my side. Do you have any questions for me?"),
    ("C", "Yes, what are the next steps, and when do you expect to make a decision?"),
    ("I", "We'll be in touch by the end of next week."),
    ("C", "That sounds good. I'm really excited about this role."),
]


def _labelled(names: dict[str, str], script=INTERVIEW):
    return transcript_of([(names[who], text) for who, text in script])


def _roles(analyzer, transcript):
    from analyzer.roles import assign_roles

    return assign_roles(transcript, analyzer.rules)


@pytest.mark.parametrize("placeholder", ["Unknown Speaker", "UNKNOWN", "Speaker ?", "Speaker?", "?"])
def test_roles_placeholder_label_is_never_the_candidate(analyzer, placeholder):
    script = INTERVIEW[:2] + [("X", "Sorry, I think I have the wrong room.")] + INTERVIEW[2:]
    roles = _roles(analyzer, _labelled({"I": "Dana Whitfield", "C": "Luis Carvajal", "X": placeholder}, script))
    assert roles.candidate == "Luis Carvajal"
    assert roles.interviewers == ["Dana Whitfield"]
    assert roles.role_of(placeholder) == "other"
    assert any(placeholder in w and "placeholder" in w for w in roles.warnings)


def test_roles_only_placeholder_labels_are_unknown(analyzer):
    roles = _roles(analyzer, _labelled({"I": "Unknown Speaker", "C": "Speaker ?"}))
    assert (roles.candidate, roles.method) == (None, "unknown")
    assert "name nobody" in roles.warnings[-1]


def test_roles_emoji_labels_are_people_and_punctuation_labels_are_not(analyzer):
    """A chat export's avatars ("🎤", "😀") tell two people apart like names; "?" or "--" names nobody."""
    roles = _roles(analyzer, _labelled({"I": "\U0001f3a4", "C": "\U0001f600"}))
    assert (roles.candidate, roles.interviewers) == ("\U0001f600", ["\U0001f3a4"])
    roles = _roles(analyzer, _labelled({"I": "--", "C": "?"}))
    assert (roles.candidate, roles.method) == (None, "unknown")


@pytest.mark.parametrize("labels", [{"I": "Interviewer", "C": "Interviewer"}, {"I": "Interviewer 1", "C": "Interviewer 2"}])
def test_roles_interviewer_labels_only_have_no_candidate(analyzer, labels):
    """A recording where every label is an interviewer's: no one is made the candidate, and nothing
    they say is credited."""
    roles = _roles(analyzer, _labelled(labels))
    assert roles.candidate is None and roles.interviewers == sorted(set(labels.values()))
    assert "no candidate" in roles.warnings[-1]
    report = analyzer.analyze_transcript(_labelled(labels))
    assert [f.behaviour for f in report.findings if f.status == "present"] == ["stay_positive"]


def test_roles_stated_in_a_header(analyzer):
    """A header line "Candidate: Luis Carvajal" names the candidate; it is not a speaker's turn."""
    header = [("R", "Luis Carvajal"), ("P", "Dana Whitfield (chair), Tom Reyes")]
    script = header + [(who, text) for who, text in INTERVIEW if who == "I"] + INTERVIEW  # the chair out-talks him
    names = {"R": "Candidate", "P": "Panel", "I": "Dana Whitfield", "C": "Luis Carvajal"}
    roles = _roles(analyzer, _labelled(names, script))
    assert (roles.candidate, roles.method) == ("Luis Carvajal", "labels")
    assert "Dana Whitfield" in roles.interviewers and {"Candidate", "Panel"} <= set(roles.others)


@pytest.mark.parametrize(("header", "candidate"), [
    ("Candidate: Luis Carvajal\nInterviewer: Dana Whitfield\nPosition: Backend Engineer\n\n", "Luis"),
    ("Candidate: Dana Whitfield\nInterviewer: Luis Carvajal\n\n", "Dana"),  # the header outranks content
])
def test_roles_header_block_names_first_name_labels(analyzer, header, candidate):
    """A header block listing full names names the roles of first-name labels; its lines are not turns."""
    from analyzer.readers import parse_bytes

    body = "".join(f"{'Dana' if who == 'I' else 'Luis'}: {text}\n" for who, text in INTERVIEW)
    transcript = parse_bytes((header + body).encode(), "h.txt")
    roles = _roles(analyzer, transcript)
    assert (roles.candidate, roles.method) == (candidate, "labels")
    assert transcript.speakers == ["Dana", "Luis"]


def test_roles_greeting_by_name_is_not_a_header(analyzer):
    from analyzer.readers import parse_bytes

    transcript = parse_bytes(b"Interviewer: Hi Sam\nSam: Hi, thanks for having me.\nInterviewer: Tell me about you.\n", "g.txt")
    assert transcript.header_roles == {} and transcript.turns[0].text == "Hi Sam"


def test_roles_stray_minor_speaker_is_not_the_candidate(analyzer):
    script = INTERVIEW[:5] + [("X", "Yeah.")] + INTERVIEW[5:]
    roles = _roles(analyzer, _labelled({"I": "spk_0", "C": "spk_1", "X": "spk_2"}, script))
    assert (roles.candidate, roles.interviewers, roles.others) == ("spk_1", ["spk_0"], ["spk_2"])
    assert roles.method == "inferred"


def test_roles_two_interviewers_and_one_candidate(analyzer):
    panel = [("P", "I manage the payments squad, so you would work with our team every day. How do you "
                   "decide what to test first?"),
             ("C", "I start with the paths where a mistake costs money, like refunds and retries, and I "
                   "write those tests before I write the code.")]
    script = INTERVIEW[:6] + panel + INTERVIEW[6:]
    roles = _roles(analyzer, _labelled({"I": "Maya Chen", "P": "Tom Reyes", "C": "Ana Silva"}, script))
    assert roles.candidate == "Ana Silva"
    assert sorted(roles.interviewers) == ["Maya Chen", "Tom Reyes"]


def test_roles_candidate_may_speak_first(analyzer):
    script = [("C", "Hi, I'm here for the two o'clock interview.")] + INTERVIEW
    roles = _roles(analyzer, _labelled({"I": "Owen Castillo", "C": "Leah Brennan"}, script))
    assert roles.candidate == "Leah Brennan"
    assert "roles inferred" in roles.warnings[-1]


@pytest.mark.parametrize(("interviewer", "candidate"), [("A", "B"), ("B", "A")])
def test_roles_generic_letters_decided_by_content(analyzer, interviewer, candidate):
    roles = _roles(analyzer, _labelled({"I": interviewer, "C": candidate}))
    assert (roles.candidate, roles.method) == (candidate, "inferred")


def test_roles_q_and_a_letters_are_role_labels(analyzer):
    roles = _roles(analyzer, _labelled({"I": "Q", "C": "A"}))
    assert (roles.candidate, roles.method) == ("A", "labels")


@pytest.mark.parametrize(("interviewer", "candidate"), [("Entrevistadora", "Candidato"), ("Personaler", "Bewerberin")])
def test_roles_role_words_of_other_languages_are_role_labels(analyzer, interviewer, candidate):
    roles = _roles(analyzer, _labelled({"I": interviewer, "C": candidate}))
    assert (roles.candidate, roles.method) == (candidate, "labels")


@pytest.mark.parametrize("handover", [True, False])
def test_roles_no_speaker_labels_unknown_with_warning_and_greeting_not_credited(analyzer, handover):
    from analyzer.transcript import Segment, Transcript, merge_segments

    script = INTERVIEW if handover else [t for t in INTERVIEW if "questions for me" not in t[1]]
    segments = [Segment(None, text, n) for n, (_, text) in enumerate(script, start=1)]
    result = analyzer.analyze_transcript(Transcript("nolabels.vtt", "webvtt", merge_segments(segments), has_speakers=False))
    found = {f.behaviour: f for f in result.findings}
    assert (result.candidate, result.roles_method) == (None, "unknown")
    assert any("roles unknown" in w and "no speaker labels" in w for w in result.warnings)
    assert result.closing_method == ("cue" if handover else "fallback")
    assert result.closing_from > len(script) // 2
    assert found["thank_interviewer"].status == "missing", found["thank_interviewer"].evidence
    assert found["clarify_next_steps"].status == "present"
    assert found["express_interest"].line >= result.closing_from


def test_roles_one_candidate_under_two_labels(analyzer):
    """"Alex (Student)" then "Alex": the same person; their closing words count as the candidate's."""
    script = [("Interviewer", "Hi Alex."), ("Alex (Student)", "Hi, thanks for having me.")]
    script += [("Emily" if who == "I" else "Alex", text) for who, text in INTERVIEW[2:]]
    roles = _roles(analyzer, transcript_of(script))
    assert (roles.candidate, roles.method) == ("Alex (Student)", "labels")
    assert roles.role_of("Alex") == "candidate" and roles.role_of("Emily") == "interviewer"


def _read_labelled(labels):
    """A plain-text transcript of INTERVIEW (twice: a long file) with the i-th turn under ``labels[i]``."""
    from analyzer.readers import parse_bytes

    lines = [f"{labels[i % len(labels)]}: {text}" for i, (_, text) in enumerate(INTERVIEW * 2)]
    return parse_bytes("\n".join(lines).encode(), "spellings.txt")


def test_roles_one_person_written_several_ways(analyzer):
    """Labels differing only in case, dots and spacing are one speaker, under the spelling seen first;
    --candidate finds it in any spelling. "luis carvajal" appears once in a long file: still a label."""
    from analyzer.roles import assign_roles

    labels = ["Dr. Whitfield", "Luis Carvajal", "Dr Whitfield", "LUIS CARVAJAL", "DR.  WHITFIELD", "Luis Carvajal"] * 4
    labels[5] = "luis carvajal"
    transcript = _read_labelled(labels)
    assert transcript.speakers == ["Dr. Whitfield", "Luis Carvajal"] and len(transcript.turns) == 24
    for roles in (_roles(analyzer, transcript), assign_roles(transcript, analyzer.rules, candidate="luis  carvajal."),
                  assign_roles(transcript, analyzer.rules, interviewer="dr whitfield")):
        assert (roles.candidate, roles.interviewers) == ("Luis Carvajal", ["Dr. Whitfield"])


@pytest.mark.parametrize(("extra", "merged"), [
    ({2: "WHITFIELD", 5: "Luis", 9: "Luis C."}, True),  # each part fits one full name and never answers it
    ({2: "WHITFIELD", 3: "Tom Whitfield"}, False),  # a surname two full names share
    ({1: "Whitfield"}, False),  # answers "Dana Whitfield" straight after: another person
    ({5: "L."}, False),  # an initial alone is too little to tell
])
def test_roles_part_name_label_joins_its_full_name_only_when_safe(extra, merged):
    labels = ["Dana Whitfield", "Luis Carvajal"] * 12
    for i, label in extra.items():
        labels[i] = label
    transcript = _read_labelled(labels)
    assert (transcript.speakers[:2] == ["Dana Whitfield", "Luis Carvajal"] and len(transcript.speakers) == 2) == merged
    assert any("read as" in w for w in transcript.warnings) == merged


@pytest.mark.parametrize(("names", "candidate"), [
    ({"I": "Dana Whitfield", "C": "Unknown Speaker"}, "Unknown Speaker"),  # Otter: the untagged voice answers
    ({"I": "Unknown Speaker", "C": "Luis Carvajal"}, "Luis Carvajal"),  # near miss: the untagged voice interviews
])
def test_roles_untagged_voice_is_weighed_against_the_one_named_speaker(analyzer, names, candidate):
    roles = _roles(analyzer, _labelled(names))
    assert roles.candidate == candidate and roles.method == "inferred"
    assert roles.role_of(names["I"]) in ("interviewer", "other")


@pytest.mark.parametrize(("names", "candidate", "method", "warns"), [
    ({"I": "Me", "C": "Them"}, "Them", "inferred", False),  # the person recording interviews: behaviour decides
    ({"I": "You", "C": "Sam"}, "Sam", "inferred", False),
    ({"I": "Them", "C": "Me"}, "Me", "labels", False),  # near miss: the pronoun agrees with the behaviour
    ({"I": "Rachel", "C": "Interviewer Smith"}, "Rachel", "labels", True),  # a role word stays, with a warning
])
def test_roles_labels_against_behaviour(analyzer, names, candidate, method, warns):
    roles = _roles(analyzer, _labelled(names))
    assert (roles.candidate, roles.method) == (candidate, method)
    assert any(w.startswith("check the roles") for w in roles.warnings) == warns


@pytest.mark.parametrize("second", [
    {5, 7, 9, 11},  # the candidate gets a new id after the hand-over
    {3, 7, 11},  # ids that alternate
])
def test_roles_candidate_split_across_two_ids_is_one_candidate(analyzer, second):
    script = [("C2" if n in second else who, text) for n, (who, text) in enumerate(INTERVIEW)]
    roles = _roles(analyzer, _labelled({"I": "spk_0", "C": "spk_1", "C2": "spk_2"}, script))
    assert [roles.role_of(s) for s in ("spk_0", "spk_1", "spk_2")] == ["interviewer", "candidate", "candidate"]
    assert "split" in roles.warnings[-1]


@pytest.mark.parametrize(("header", "option", "warns"), [
    ([("Candidate", "Maya Chen")], None, True),  # a header naming the interviewer (labels swapped by the tool)
    ([], "Maya Chen", True),  # the same from --candidate
    ([], "Ana Silva", False),  # near miss: the option agrees with what is said
])
def test_roles_stated_candidate_against_behaviour_warns_but_stays(analyzer, header, option, warns):
    from analyzer.roles import assign_roles

    transcript = transcript_of(header + [({"I": "Maya Chen", "C": "Ana Silva"}[who], text) for who, text in INTERVIEW])
    roles = assign_roles(transcript, analyzer.rules, candidate=option)
    assert roles.candidate == (option or "Maya Chen")
    assert any(w.startswith("check the roles") and "points to 'Ana Silva'" in w for w in roles.warnings) == warns


def test_roles_candidate_option_on_a_transcript_without_labels_is_reported_as_ignored(analyzer):
    from analyzer.roles import assign_roles

    unlabelled = transcript_of([(None, "Any questions for me?"), (None, "What are the next steps?")])
    unlabelled.has_speakers = False
    roles = assign_roles(unlabelled, analyzer.rules, candidate="Olu")
    assert roles.candidate is None and any("--candidate 'Olu' ignored" in w for w in roles.warnings)
    # near miss: without the option there is nothing to report as ignored
    assert not any("ignored" in w for w in assign_roles(unlabelled, analyzer.rules).warnings)


@pytest.mark.parametrize(("names", "warns"), [
    ({"I": "Candidate", "C": "Interviewer"}, True),  # swapped: "Candidate" hands over and asks every question
    ({"I": "Interviewee", "C": "Recruiter"}, True),
    ({"I": "Interviewer", "C": "Candidate"}, False),  # near miss: the plain labels agree with what is said
])
def test_roles_swapped_plain_role_labels_warn_but_stay(analyzer, names, warns):
    """Plain role words ("Candidate:", "Interviewer:") are trusted without weighing the evidence, except
    when the labelled candidate hands over or the labelled interviewer never asks: then a swap is flagged,
    and the label still decides."""
    labelled, behaves = (names["I"], names["C"]) if warns else (names["C"], names["I"])
    roles = _roles(analyzer, _labelled(names))
    assert (roles.candidate, roles.interviewers, roles.method) == (labelled, [behaves], "labels")
    assert any(w.startswith("check the roles") and f"points to '{behaves}'" in w for w in roles.warnings) == warns


def test_roles_swapped_plain_labels_without_a_hand_over_warn(analyzer):
    """The labelled interviewer never asks a question, and nobody hands over."""
    script = [(who, text) for who, text in INTERVIEW if "any questions for me" not in text and "next steps" not in text]
    roles = _roles(analyzer, _labelled({"I": "Candidate", "C": "Interviewer"}, script))
    assert roles.candidate == "Candidate"
    assert any(w.startswith("check the roles") and "points to 'Interviewer'" in w for w in roles.warnings)


@pytest.mark.parametrize(("strays", "shown"), [(3, 3), (10_000, 5)])
def test_roles_list_of_minor_speakers_is_capped(analyzer, strays, shown):
    """Ten thousand stray speakers give one short warning line, not every name."""
    script = [(f"Person{n}", "Hi.") for n in range(strays)] + [
        ({"I": "Dana Whitfield", "C": "Luis Carvajal"}[who], text * 40) for who, text in INTERVIEW]
    roles = _roles(analyzer, transcript_of(script))
    assert roles.candidate == "Luis Carvajal" and len(roles.others) == strays
    note = next(w for w in roles.warnings if "says very little" in w)
    assert note.count("'Person") == shown and len(note) < 400
    assert ("and 9,995 more" in note) == (strays > 5)


@pytest.mark.parametrize(("names", "cands"), [
    # the coach retyped "Candidate:" as the name from the middle on, and the other way round
    ({"I": "Interviewer", "C": "Candidate", "C2": "Sam"}, ["Candidate", "Sam"]),
    ({"I": "Interviewer", "C": "Sam Lee", "C2": "Candidate"}, ["Candidate", "Sam Lee"]),
    ({"I": "Rachel Okafor", "C": "Sam Lee", "C2": "Candidate"}, ["Candidate", "Sam Lee"]),
])
def test_roles_candidate_label_changed_part_way_is_one_candidate(analyzer, names, cands):
    script = [("C2" if n >= 6 and who == "C" else who, text) for n, (who, text) in enumerate(INTERVIEW)]
    roles = _roles(analyzer, _labelled(names, script))
    assert sorted(s for s in names.values() if roles.role_of(s) == "candidate") == cands
    assert roles.role_of(names["I"]) == "interviewer"
    assert any(f"'{names['C'] if names['C2'] == 'Candidate' else names['C2']}'" in w and "changed part-way" in w
               for w in roles.warnings)


def test_roles_label_after_the_candidate_stops_that_does_not_answer_stays_apart(analyzer):
    """Near miss: a voice after the candidate's last turn that never answers the interviewer."""
    script = INTERVIEW + [("X", "Sorry, I have the room booked from three, are you nearly done here?")]
    roles = _roles(analyzer, _labelled({"I": "Interviewer", "C": "Candidate", "X": "Sam"}, script))
    assert roles.role_of("Sam") != "candidate" and roles.aliases == []
    assert not any("part-way" in w for w in roles.warnings)


@pytest.mark.parametrize("late", [
    {"I": "DW", "C": "LC"},  # both relabelled with initials half-way
    {"I": "D. W.", "C": "L.C."},
    {"I": "Dana", "C": "Luis"},  # ... or with first names
    {"I": "Dana Whitfield", "C": "LC"},  # only the candidate
])
def test_roles_both_speakers_renamed_half_way_pair_by_initials_and_time(analyzer, late):
    names = {"I": "Dana Whitfield", "C": "Luis Carvajal"}
    script = [(who + ("2" if n >= 6 else ""), text) for n, (who, text) in enumerate(INTERVIEW)]
    roles = _roles(analyzer, _labelled({**names, "I2": late["I"], "C2": late["C"]}, script))
    assert [roles.role_of(s) for s in ("Luis Carvajal", late["C"])] == ["candidate", "candidate"]
    assert roles.role_of(late["I"]) == roles.role_of("Dana Whitfield") == "interviewer"
    assert any(f"'Luis Carvajal' is written '{late['C']}'" in w for w in roles.warnings)


def test_roles_initials_label_that_speaks_alongside_the_full_name_is_not_paired(analyzer):
    """Near miss: 'LC' talks in the same stretch as 'Luis Carvajal' (answers them): two people."""
    script = INTERVIEW[:4] + [("X", "Luis, one more thing from me before we go on: how big was that team?")] + INTERVIEW[4:]
    roles = _roles(analyzer, _labelled({"I": "Dana Whitfield", "C": "Luis Carvajal", "X": "LC"}, script))
    assert not any("is written" in w for w in roles.warnings)
    assert roles.candidate == "Luis Carvajal" and "LC" not in roles.aliases


@pytest.mark.parametrize(("cand", "role"), [
    ("Hannah Reed", "HR"), ("Paula Mendes", "PM"), ("Victor Perez", "VP"), ("Quinn Adams", "QA"),
    ("Paula Mendes", "P.M."),
])
def test_roles_role_abbreviation_is_never_read_as_the_candidates_initials(analyzer, cand, role):
    """H3: after the candidate leaves, 'HR' (the HR partner) debriefs with the interviewer, keen and
    thankful. A role word or abbreviation is never a person's initials: no merge with 'Hannah Reed'."""
    debrief = [
        ("X", "Hi, sorry I'm late, I missed her. How did it go?"),
        ("I", "Fine, solid on the technical side."),
        ("X", "Great. I'm really excited about her, I'd love to move forward and get her in for the next "
              "round. What are the next steps?"),
        ("I", "Let's talk tomorrow."),
        ("X", "Thank you so much. I'll follow up with her by email tomorrow."),
    ]
    roles = _roles(analyzer, _labelled({"I": "Mark Jones", "C": cand, "X": role}, INTERVIEW + debrief))
    assert roles.candidate == cand
    assert roles.role_of(role) != "candidate" and role not in roles.aliases
    assert not any("is written" in w for w in roles.warnings)
