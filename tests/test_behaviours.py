"""Required behaviour of the default rule set, one table of short closings per behaviour.

Every case is a mini transcript: the interviewer hands over ("Do you have any questions for me?")
and the candidate answers, so the closing is found and only the candidate's words count.
Each behaviour has five kinds of case:

- ``positive``       the behaviour, said plainly in a few natural ways;
- ``negative``       close to it but not it (a hard negative);
- ``negated``        negated, hypothetical or reported;
- ``wrong_speaker``  the interviewer says it, so it never counts for the candidate;
- ``stt``            speech-to-text style: lowercase, no punctuation, "um"/"uh", stutters.

Each case is ``(id, text, expected status, words the evidence must quote)``; ``test_behaviour_table``
runs every case of every table. These tests define what the rules must do; the rule files are tuned
to them, not the other way round.
"""

from __future__ import annotations

import pytest

from conftest import HANDOVER, mini

CAND = "Candidate"
INT = "Interviewer"
DETECTED = {"present", "partial"}


def _closing(text: str) -> list[tuple[str, str]]:
    return [(INT, HANDOVER), (CAND, text)]


def _interviewer_says(text: str) -> list[tuple[str, str]]:
    return [(INT, HANDOVER), (CAND, "Yes, just one or two."), (INT, text), (CAND, "Okay.")]


def _explain(f) -> str:
    hits = "; ".join(
        f"[{h.rule}] {h.cancelled_by or h.failed_requirement or 'valid'}: {h.matched!r}" for h in f.hits
    )
    return f"status={f.status} rule={f.rule!r} evidence={f.evidence!r} hits: {hits or 'none'}"


def check(findings: dict, behaviour: str, status: str, words: list[str]) -> None:
    """Assert the status; for a detection, that the evidence quotes ``words`` and is the candidate's."""
    f = findings[behaviour]
    assert f.status == status, _explain(f)
    evidence_expected = status in DETECTED or (behaviour == "stay_positive" and status == "missing")
    if evidence_expected and words:
        for w in words:
            assert w.lower() in f.evidence.lower(), _explain(f)
        assert f.speaker == CAND, _explain(f)


def turns_for(kind: str, text: str) -> list[tuple[str, str]]:
    """The candidate says ``text`` in the closing, or the interviewer does for ``wrong_speaker`` cases."""
    return _interviewer_says(text) if kind == "wrong_speaker" else _closing(text)


# --------------------------------------------------------------------------- express_interest

EXPRESS_INTEREST = {
    "positive": [
        ("excited_about_position", "Having heard all that, I'm really excited about this position.", "present",
         ["excited about this position"]),
        ("love_to_join", "Honestly, I'd love to join your team and help build out the analytics platform.",
         "present", ["love to join"]),
        ("hoping_to_find", "This role is pretty much exactly what I've been hoping to find.", "present",
         ["exactly what I've been hoping"]),
        ("working_towards", "this is exactly the kind of role i've been working towards", "present", ["working towards"]),
        ("yes_then_keen", "Yes sir, definitely interested.", "present", ["definitely interested"]),
        ("idiom_up_my_street", "Honestly, the whole setup here is right up my street.", "present", ["up my street"]),
        # the interviewer's own account is not someone else's advice being reported
        ("after_what_you_told_me", "Everything you've told me about the team is exactly what I'm looking for.",
         "present", ["exactly what I'm looking"]),
        ("expectation_taken_back", "I thought I'd be really excited about this job, but now I'm less sure.", "missing", []),
        ("was_hoping_to_join", "Honestly, this is exactly the team I was hoping to join.", "present", ["hoping to join"]),
        ("long_wanted", "Yes, chef. I've wanted to cook in this kitchen since I moved here.", "present", ["wanted to cook in"]),
        ("keen_on_opportunity", "I'm very keen on this opportunity, it's the kind of work I enjoy most.",
         "present", ["keen on this opportunity"]),
        ("want_to_work_here", "After meeting everyone today, I really want to work here.", "present",
         ["want to work here"]),
        ("want_it_flat", "The territory, the product, the comp plan: I really want this.", "present", ["want this"]),
        ("first_choice", "You're still my first choice, by a long way.", "present", ["first choice"]),
        ("keen_as_mate", "Yeah, nah, I'm keen as, mate.", "present", ["keen as"]),
        ("the_more_you_said", "The more you said about the ward, the more I wanted in.", "present", ["wanted in"]),
        ("how_keen_i_am", "You've no idea how keen I am on this job, honestly.", "present", ["how keen I am on this job"]),
        ("role_named_by_kind", "Honestly, I'm interested in the night nurse post.", "present", ["night nurse post"]),
        ("jump_at_chance", "The commute is long, but the job itself? I'd jump at the chance.", "present", ["jump at the chance"]),
        ("be_your_next_title", "Put simply, I want to be your next ward sister.", "present", ["be your next ward"]),
        ("cant_think_of_rather", "I can't think of a practice I'd rather train at.", "present", ["rather"]),
        ("want_it_comma_clause", "I really want this, and I think the rota would suit me fine.", "present", ["want this,"]),
        ("idiom_tickled_pink", "I'd be tickled pink to work alongside this crew.", "present", ["tickled pink to work"]),
        ("thrilled_to_accept", "I'm thrilled to accept, truly.", "present", ["thrilled to accept"]),
        ("bare_word_no_subject", "Stoked! What happens now?", "present", ["Stoked"]),
        ("seat_on_the_crew", "I'd love a seat on the night crew, honestly.", "present", ["love a seat on"]),
        ("love_nothing_more_than", "I'd love nothing more than to be starting here in the spring.", "present",
         ["love nothing more than"]),
        ("won_over_understated", "I'll be honest, the depot has well and truly won me over.", "present", ["won me over"]),
    ],
    "negative": [
        ("done_with_the_place", "I love what you've done with the place, it feels so bright.", "missing", []),
        ("nothing_more_to_do_with", "I want nothing more to do with agency shifts, to be honest.", "missing", []),
        ("want_job_to_include", "I want the job to include more weekend cover than my last one had.", "missing", []),
        ("up_my_street_place", "Spain is somewhere I'd love to go on holiday, honestly.", "missing", []),
        ("sister_long_wanted", "My sister has always wanted to work here, funnily enough.", "missing", []),
        ("cousin_was_keen", "My cousin was really keen on a job here once.", "missing", []),
        ("eager_to_hear_more", "I'm eager to hear more about how the on-call rota works.", "missing", []),
        # more of an activity done before is not the job; more of this work here is
        ("keen_to_do_more_of_it", "Fair point, I ran a couple of pricing tests last spring and I'm keen to do more.",
         "missing", []),
        ("keen_to_do_more_here", "I'm keen to do more of this kind of planning work here.", "present", ["keen to do"]),
        ("never_wanted", "I've never wanted to work in sales, to be honest.", "missing", []),
        ("worked_in_before", "It's the kind of team I've been working in for years, so no surprises.", "missing", []),
        ("want_it_to_be", "I want it to be clear that I can relocate in spring.", "missing", []),
        ("curious_about_process", "I'm interested in how you decide which features get built first.",
         "missing", []),
        ("nothing_hated_more", "There was nothing I disliked more than the night shifts there.", "missing", []),
        ("happy_to_talk_through", "I'm happy to talk through the gap on my CV if that helps.", "missing", []),
        ("curious_about_tooling", "I'm curious about what tools the data team uses for reporting.",
         "missing", []),
        ("hypothetical_other_job", "If I were still looking for a sales job, I'd be excited about this one.",
         "missing", []),
        ("want_it_clear", "I want it to be clear that I can start whenever suits you.", "missing", []),
        ("take_up_coffee", "I'd love to take you up on the offer of a coffee with the team.", "missing", []),
        ("asked_what_i_wanted", "I think I've asked most of what I wanted about the pricing model.", "missing", []),
        ("same_page_salary", "I want to be on the same page about the salary band.", "missing", []),
        ("give_me_the_chance", "I hope you'll give me the chance to be part of the team.", "missing", []),
        ("part_of_next_round", "If there's a final round with the directors, I'd very much like to be part of it.",
         "missing", []),
        ("own_past_job", "I was so excited about my first warehouse job that I turned up an hour early.", "missing", []),
        ("cant_wait_other", "I can't wait for the bank holiday, to be honest.", "missing", []),
        ("cant_think_of_question", "I can't think of anything I'd rather ask about, to be honest.", "missing", []),
        ("hope_to_be_part", "I do hope I can be part of the crew come spring.", "missing", []),
        ("keen_on_pastime", "I'm really keen on birdwatching — I go most weekends.", "missing", []),
        ("hope_works_out_for_them", "I hope it works out for you with the new warehouse.", "missing", []),
    ],
    "negated": [
        ("not_that_excited", "To be honest, I'm not that excited about the role anymore.", "missing", []),
        ("not_sure_interested", "I'm not sure I'm interested in the position after all.", "missing", []),
        ("reported_brother", "My brother was really excited about a job here a few years ago.", "missing", []),
        ("reported_named_friend", "My friend Jess applied here and was really excited about the role.", "missing", []),
        ("rehearsed_line_checked", "I'm supposed to say I'm really keen on the role now, right?", "missing", []),
        ("double_negative", "I'd be lying if I told you I wasn't keen on this one.", "present", ["wasn't keen"]),
        # British understatement: "wouldn't mind" wants it
        ("wouldnt_mind_understatement", "I wouldn't mind being part of that night crew, to be fair.", "present", ["part of"]),
        ("lying_plain_negative", "I'd be lying if I said I was excited about the night rota.", "missing", []),
        ("colon_ends_negation", "I won't dress it up: I want this job.", "present", ["want this job"]),
    ],
    "wrong_speaker": [
        ("we_are_excited", "We're really excited about the idea of you joining the team.", "missing", []),
        ("love_to_have_you", "I'd love to have you join us here in the spring.", "missing", []),
    ],
    "stt": [
        ("filler_stutter", "um yeah i'm i'm really excited about this role", "present", ["excited about this role"]),
        ("lowercase_love", "so uh i would love to join the team honestly", "present", ["love to join"]),
        ("like_what_ive_heard", "honestly i really like what i've heard about the crew so far", "present", ["what i've heard"]),
        ("no_punctuation", "i am super interested in the position", "present", ["interested in the position"]),
        ("wanna_be_at", "honestly its the kind of place i wanna be at", "present", ["wanna be"]),
        ("misspelt_couldnt_be_more", "i couldnt be more intrested in the the post", "present", ["more intrested"]),
        ("no_subject_slang", "ngl really want this role so when do you decide", "present", ["want this role"]),
        ("excited_for_days_off", "I'm so excited rn, it's our first proper holiday in ages lol", "missing", []),
        ("homophone_exited_roll", "yeah im proper exited about the roll to be fair", "present", ["exited about the roll"]),
        # no full stop after the wish at the end of the turn; "want it done ..." wants something else
        ("want_it_turn_end", "yeah i reckon i'd be good on the tills and i i really want it", "present", ["really want it"]),
        ("want_it_done_not_wish", "i want it done properly so i check everything twice", "missing", []),
        ("learner_like_very_much", "I like very much your company and the people here.", "present",
         ["like very much your company"]),
    ],
}


def test_express_interest_pseudo_negation(analyzer):
    """'no doubt' looks like a negation but affirms what follows."""
    found = mini(analyzer, _closing("I have no doubt I'd love this job."))
    check(found, "express_interest", "present", ["love this job"])


def test_express_interest_terminator(analyzer):
    """'but' ends the scope of 'not sure': the interest after it counts."""
    found = mini(analyzer, _closing("I'm not sure about the commute, but I'm really excited about the role."))
    check(found, "express_interest", "present", ["excited about the role"])


def test_express_interest_hypothetical(analyzer):
    found = mini(analyzer, _closing("If the salary were higher, I would be thrilled to join."))
    check(found, "express_interest", "missing", [])


# --------------------------------------------------------------------------- ask_for_job

ASK_FOR_JOB = {
    "positive": [
        ("sales_close_over_the_line", "Straight question: what would get me over the line for this role?", "present", ["over the line"]),
        ("someone_give_me_a_go", "I'll graft, honestly. I just need someone to give me a go.", "present", ["give me a go"]),
        ("come_back_for_practical", "I'd really like to come back for the practical assessment.", "present",
         ["come back for the practical"]),
        ("if_stage_count_me_in", "If there's a panel stage after this, I'd be keen to be part of it.", "present",
         ["part of it"]),
        ("go_ahead_final_stage", "I'd very much like to go ahead to the final interview stage.", "present",
         ["go ahead"]),
        ("what_to_get_offer", "What would I need to do to get an offer from you?", "present",
         ["need to do to get an offer"]),
        ("like_a_trial_day", "I'd really love a trial day, if you'll have me.", "present", ["love a trial day"]),
        ("casual_put_me_down", "Brilliant. Pencil me in for the next round.", "present", ["Pencil me in"]),
        ("casual_chance_of_trial", "Any chance of a trial day next week?", "present", ["chance of a trial day"]),
        ("keep_me_on_shortlist", "Do keep me on your shortlist, please.", "present", ["keep me on your shortlist"]),
        ("consider_me", "I want this job, and I hope you'll consider me for it.", "present", []),
        ("give_me_a_shot", "I'd really appreciate you giving me a shot at it.", "present", ["giving me a shot"]),
        ("when_could_i_start", "So, when could I start?", "present", ["when could I start"]),
        ("chance_to_work", "I hope I get the chance to work with all of you.", "present", ["chance to work"]),
        ("forward_profile", "I request you to kindly forward my profile for the next round.", "present",
         ["forward my profile"]),
        ("carry_on_process", "From my side, I'd love to carry on in the process.", "present", ["carry on"]),
        ("put_me_through", "I hope you'll put me through to the final round.", "present", ["through to the final"]),
        ("grateful_if_forward", "I'd be grateful if you could put me forward for the next stage.", "present",
         ["put me forward"]),
        ("up_for_trial_shift", "Would you be up for me doing a trial shift one evening next week?", "present",
         ["trial shift"]),
        ("would_be_glad_taken_forward", "I would be most grateful to be put through to the panel stage.", "present",
         ["put through"]),
        ("pencil_me_in", "Can you pencil me in for the paid trial shift, please?", "present", ["pencil me in"]),
        ("you_offer_me_the_post", "Would you consider offering me the post?", "present", ["offering me the post"]),
        ("progress_to_named_round", "I'd like to progress to the partner interview.", "present", ["progress to the partner"]),
        ("wish_for_that_panel", "Great, I'd love to sit down with your director for that panel.", "present", ["love to sit"]),
        ("slot_me_into_stage", "Go on, stick me on the shortlist for the assessment.", "present", ["stick me on the shortlist"]),
        ("punt_on_me", "Would you take a punt on me? I'd graft for you.", "present", ["take a punt on me"]),
        ("hope_get_to_next_round", "Hopefully we get to talk again at the next round.", "present", ["next round"]),
        ("put_me_on_rota", "Stick me on the rota, I'll do nights.", "present", ["on the rota"]),
    ],
    "negative": [
        ("build_phase_of_project", "I'm keen to move on to the build phase of the project.", "missing", []),
        ("hard_to_take_a_chance", "I know it's a risk to take a chance on me without the ticket.", "missing", []),
        ("had_a_go_at_round", "I had a go at the final round at another bakery last spring.", "missing", []),
        ("chance_to_strengthen_answer", "I'd like the chance to strengthen that last answer.", "missing", []),
        ("give_me_a_chance_to_answer", "Sorry, I need you to give me a chance to finish that answer.", "missing", []),
        ("thank_for_the_panel", "I'd like to thank you both for the panel today.", "missing", []),
        ("practise_asking_topic", "My careers adviser had us practise asking for the job in mock interviews.", "missing", []),
        ("others_asking_for_job", "Do lots of candidates ask for the job outright?", "missing", []),
        ("career_next_level", "Will I get the chance to move on to the next level after training?", "missing", []),
        ("stop_you_offering_me", "Is there anything that would stop you offering me the post?", "missing", []),
        ("if_stage_asks_about_it", "If there's a final round, I'd like to know who sits on it.", "missing", []),
        ("interest_only", "I'm really interested in the role.", "missing", []),
        ("question_about_job", "What does a typical week look like for someone in this job?", "missing", []),
        ("chance_to_talk", "If that's a sticking point, I'd really like the chance to talk about it.", "missing", []),
        ("hope_for_a_shot_at_hobby", "I hope to have a shot at the climbing wall on my day off.", "missing", []),
        ("thanks_for_chance", "Thank you for giving me this opportunity.", "missing", []),
        ("thanks_for_considering", "Thank you so much for considering me for the post.", "missing", []),
        ("able_to_go_to", "It's good to be able to go to the basics in an interview.", "missing", []),
        ("past_trial_shift", "I did a trial shift at a bistro last year and loved the pace.", "missing", []),
        ("love_chance_to_work_only", "I'd love the opportunity to work alongside your research nurses.", "missing", []),
        ("hope_get_to_other_next", "I hope I get to try the bakery at the next corner.", "missing", []),
    ],
    "negated": [
        ("conditional_accept", "If you offered me the job, I'd accept it right away.", "missing", []),
        ("inverted_conditional", "Should you decide to offer me the role, I'd accept it right away.", "missing", []),
        ("if_i_got_offer", "if you made me an offer i'd take it", "missing", []),
        ("does_not_want_to_proceed", "I don't think I want to move forward with the process.", "missing", []),
        ("tutor_keeps_telling", "My tutor is forever telling me to push for the job at the end.", "missing", []),
        ("in_law_reckons", "My sister-in-law reckons you're the person to ask for a job.", "missing", []),
    ],
    "wrong_speaker": [
        ("we_move_you_forward", "We're keen to move you on to the final stage.", "missing", []),
        ("when_can_you_start", "When can you start, roughly?", "missing", []),
        ("take_me_on_a_tour", "Would you take me on a tour of the kitchen before I go?", "missing", []),
    ],
    "stt": [
        ("stutter_move_forward", "uh so i i'd love to move forward to the next stage", "present",
         ["move forward"]),
        ("no_question_mark", "so um when can i start then", "present", ["when can i start"]),
        ("filler_get_offer", "um what do i need to do to get the offer", "present", ["get the offer"]),
        ("take_me_on_run_on", "honestly would you take me on i'd graft hard for you", "present", ["take me on"]),
        ("shot_at_round_no_stop", "could i maybe get a shot at the coding round that would be great", "present",
         ["shot at the coding round"]),
        ("run_on_could_we", "this role is perfect for me um could we set up the next interview", "present",
         ["set up the next"]),
        ("run_on_statement", "the recruiter said you could set up the next interview", "missing", []),
        # the next round asked for indirectly (learner English), and a near miss asking for the round's questions
        ("ask_if_second_interview", "May I know if I can have the second interview with your manager?", "present",
         ["have the second interview"]),
        ("second_interview_questions", "May I know if I can have the second interview questions in advance?", "missing", []),
        ("going_to_take", "so what's it going to take for me to land this role", "present", ["going to take"]),
    ],
}


# Offers: the interviewer makes one, the candidate answers in the next turn.
OFFER = "Then I'm happy to tell you we'd like to offer you the job."


def _offer(answer: str) -> list[tuple[str, str]]:
    return [(INT, HANDOVER), (CAND, "I think you've answered everything already."), (INT, OFFER), (CAND, answer)]


OFFER_CASES = [
    # accept on the spot
    ("accept_yes", "Yes! I'd be delighted to accept.", "present", []),
    ("accept_plain", "That's wonderful news. I accept.", "present", ["I accept"]),
    ("accept_when_start", "Absolutely, when do I start?", "present", []),
    # time with a definite date
    ("date_by_friday", "Could I take until Friday to give you a final answer?", "present", []),
    ("date_within_48_hours", "I'd like a little time to talk it over with my partner. "
     "I'll get back to you within 48 hours.", "present", []),
    ("date_tomorrow_morning", "Can I sleep on it and let you know tomorrow morning?", "present", []),
    ("date_stt", "um can i get back to you by friday", "present", []),
    # time without a date
    ("undated_think", "Let me think it through and come back to you.", "partial", []),
    ("undated_some_time", "This is a big step, so I'd like some time to think it over.", "partial", []),
    ("yes_but_undated", "I'd like to, very much. But I need some time to talk it over at home.", "partial", []),
    ("yes_but_dated", "Yes, I'd love to! Could I just have until Monday to look over the contract?", "present", []),
    # declining
    ("decline_turn_down", "Thank you, but I've decided to turn down the offer.", "missing", []),
    ("decline_other_position", "I'm sorry, but I've already accepted another position.", "missing", []),
    ("decline_go_with_other", "Thank you, but I've decided to go with another offer.", "missing", []),
    ("decline_accepted_elsewhere", "That's kind, but I accepted another offer yesterday.", "missing", []),
    ("decline_turn_it_down", "I'm grateful, but I'll have to turn it down.", "missing", []),
    ("turn_round_not_decline", "I know I can turn that store round. Can I let you know by Monday?", "present", []),
    # a day mentioned for something else is not the day of the answer
    ("thanks_for_day_not_date", "I need some time to talk it over. Thanks again for Saturday.", "partial", []),
    # a date that does not answer the offer, a date with a request for time, the job's hours
    ("date_not_an_answer", "Great. I'll get you that writing sample by Friday.", "missing", []),
    ("date_until", "Can I have until Friday?", "present", ["until Friday"]),
    ("date_ring_with_answer", "Could I ring you Wednesday with an answer?", "present", []),
    ("accept_i_want_it", "I want it, mate.", "present", ["I want it"]),
    ("undated_a_while", "I'll need to talk to my partner first, so give me a little while?", "partial", []),
    ("working_hours_not_date", "I need a bit of time for the childcare, forty-five hours with split shifts is a lot.",
     "partial", []),
    ("yes_please_stt", "no way really ok yeah absolutely yes please", "present", []),
    ("family_undated", "Wow. I'll have to square it with my husband.", "partial", []),
    ("terse_hours", "Give me 72 hours?", "present", []),
    ("had_a_think_declines", "I've had a think and I'll have to turn it down.", "missing", []),
    ("daft_to_turn_down", "Honestly, I'd be mad to turn that down. When do I start?", "present", []),
    ("date_hyphenated_hours", "Give me twenty-four hours and I'll have an answer for you.", "present", []),
    # "I think ..." opening a clause is not asking to think; another event's day is not the answer's day
    ("think_that_clause_accepts", "I think it's a great offer, I'll take it.", "present", []),
    ("think_that_clause_declines", "Thank you, but no. I think the role is not a good match for me.", "missing", []),
    ("other_event_day_undated", "Um, can I have a bit of time? I've got another interview on Thursday.", "partial", []),
    ("before_i_answer_question", "Before I answer, what does the pension look like?", "missing", []),
    ("the_hours_not_time", "I'm not sure I want it after hearing about the hours.", "missing", []),
    ("yes_then_say_no", "I'd love to, but I can't do nights, so I'll have to say no.", "missing", []),
    ("look_at_package_undated", "thank you i need to look at the package properly", "partial", []),
]


@pytest.mark.parametrize("answer,status,words", [pytest.param(*c[1:], id=c[0]) for c in OFFER_CASES])
def test_ask_for_job_offer(analyzer, answer, status, words):
    check(mini(analyzer, _offer(answer)), "ask_for_job", status, words)


@pytest.mark.parametrize("offer", [
    "The offer's on the table, full time, days.",
    "We want to offer you the apprenticeship.",
    "We'd like you to join us as a junior analyst.",
    "We would love you to come and start with us in March.",
    "Here's the offer: forty thousand and a car allowance.",
    "We'd like to offer you the part-time supervisor post.",
    "We'd love to have you as our new store manager.",
    "We'd like to have you start on the deli counter next week.",
    "We'd like you to take on the deputy head of year role from September.",
    "The partners have approved your appointment.",
    "The client wants to offer you the site lead role.",
    "Honestly, the promotion's yours if you want it.",
    "We'd be glad to have you join as a shift supervisor.",
    "We want you for the night shift supervisor role.",
])
def test_ask_for_job_offer_phrasings(analyzer, offer):
    """Offers worded in other ways still turn an undated request for time into a partial."""
    turns = [(INT, HANDOVER), (CAND, "No, you covered it."), (INT, offer), (CAND, "I'll need to have a think.")]
    check(mini(analyzer, turns), "ask_for_job", "partial", [])


@pytest.mark.parametrize("answer,follow_up", [
    pytest.param("Hmm, let me sleep on it and I'll be in touch.", "missing", id="reply_promise"),
    pytest.param("Can I have a day to think? I'll ring you by noon tomorrow.", "missing", id="dated_reply_promise"),
    pytest.param("I need a couple of days to think. What's the best way to get back to you?", "present",
                 id="asks_how_to_reply"),
    pytest.param("Yes, I accept! I'll send the signed contract back tonight.", "present", id="accept_then_send"),
    pytest.param("I'll take it! whats the best way to reach you if i got any questions", "present", id="if_questions"),
    pytest.param("thanks ill need a bit of time whats the best number to get back to you on", "present", id="asks_how_to_reply_stt"),
    pytest.param("i need to check my shifts but can i text you tomorrow night with a proper yes", "missing", id="reply_promise_stt"),
])
def test_follow_up_after_offer(analyzer, answer, follow_up):
    """Promising an answer to the offer is asking for time, not following up on the interview."""
    f = mini(analyzer, _offer(answer))["follow_up"]
    assert f.status == follow_up, _explain(f)


@pytest.mark.parametrize("answer,status", [
    pytest.param("I need to talk it over with my family first.", "partial", id="undated"),
    pytest.param("Could I give you my answer by Friday?", "present", id="dated"),
])
def test_ask_for_job_offer_made_before_the_handover(analyzer, answer, status):
    """The offer comes a few turns before "any questions?": the answer in the closing answers it, and
    the bare "Yes." to the hand-over question is not an acceptance."""
    story = "I ran the night shift for two years, looked after a team of six and rebuilt the rota from scratch."
    body = [(INT, "Tell me about your last job."), (CAND, story), (INT, "Go on."), (CAND, story)] * 3
    offer = [(INT, "Well, I'll get straight to it: " + OFFER.lower()), (CAND, "Oh, wow."),
             (INT, "It's the salary we discussed."), (CAND, "That's great news."), (INT, HANDOVER),
             (CAND, "Yes. What happens next?"), (INT, "HR sends the contract."), (CAND, answer)]
    check(mini(analyzer, body + offer), "ask_for_job", status, [])



@pytest.mark.parametrize("answer,status", [
    pytest.param("Yes! I accept. I'm thrilled.", "present", id="accepted"),
    pytest.param("I need some time to discuss it with my family.", "partial", id="time_undated"),
    pytest.param("can i think about it and get back to you", "partial", id="time_stt"),
    pytest.param("I'd rather not, to be honest. It isn't for me.", "missing", id="declined"),
])
def test_ask_for_job_offer_answered_before_the_handover(analyzer, answer, status):
    """Offer, answer, and only then "any questions?" (hostile round 14, #1): the answer came before the
    closing and was dropped, so an on-the-spot yes read 'missing'. The first answer to an offer in the
    look-back decides; the rest of that turn ("I'm thrilled") stays outside the closing."""
    story = "I ran the night shift for two years, looked after a team of six and rebuilt the rota from scratch."
    body = [(INT, "Tell me about your last job."), (CAND, story), (INT, "Go on."), (CAND, story)] * 3
    offer = [(INT, "They liked you too. So, " + OFFER.lower()), (CAND, answer), (INT, "Okay. " + HANDOVER),
             (CAND, "What should I bring on my first day?"), (INT, "Just your ID."), (CAND, "Great, thank you so much.")]
    found = mini(analyzer, body + offer)
    check(found, "ask_for_job", status, [])
    assert found["express_interest"].status == "missing", _explain(found["express_interest"])
    # without an offer, words before the hand-over still do not count
    assert mini(analyzer, body + [(CAND, "I'd love this job. Can I have it?")] + offer[2:])["ask_for_job"].status == "missing"

def test_ask_for_job_offer_partial_gets_partial_advice(analyzer):
    f = mini(analyzer, _offer("Let me think it through and come back to you."))["ask_for_job"]
    assert f.status == "partial", _explain(f)
    assert f.score == 0.5
    assert f.advice, "a partial finding carries advice"


def test_ask_concerns_advice_is_offer_aware(analyzer):
    """After an offer, "would anything make you hesitate to offer me the role?" makes no sense: the advice turns to the start."""
    offered = mini(analyzer, _offer("Yes! I'd be delighted to accept."))["ask_concerns"]
    assert offered.status == "missing", _explain(offered)
    assert "hesitate to offer" not in offered.advice and "first day" in offered.advice
    for turns in (_closing("Thank you so much for your time today."),
                  [(INT, "We're not in a position to offer you the job today. " + HANDOVER), (CAND, "Okay, thanks for your time.")]):
        plain = mini(analyzer, turns)["ask_concerns"]
        assert plain.status == "missing" and "hesitate to offer" in plain.advice, _explain(plain)


@pytest.mark.parametrize("answer,status", [
    pytest.param("Thank you for the tour on Tuesday. Let me think it over with my partner.", "partial", id="undated"),
    pytest.param("Thank you. Can I give you my answer by Friday?", "present", id="dated"),
])
def test_ask_for_job_offer_without_speakers(analyzer, answer, status):
    """Captions without speaker labels: offer and answer share one turn. The offer sentence is not the
    candidate's wish, and a day mentioned in passing is not a date for the answer."""
    lines = ["Before we wrap up, anything you'd like to ask?", "No, I think you covered it.", OFFER, answer]
    f = mini(analyzer, [(None, text) for text in lines])["ask_for_job"]
    assert f.status == status, _explain(f)


def test_ask_for_job_making_money_is_no_offer(analyzer):
    """'make' offers the job only with the offer itself: an interviewer who says how the firm makes
    money has offered nothing, so 'I'll come back to you' after it is no request for time."""
    lines = [("Interviewer", "We make money on each contract we sign, so the role is commercial. Any questions for me?"),
             ("Candidate", "I'd welcome the chance to come back for the next stage. I'll come back to you with questions.")]
    f = mini(analyzer, lines)["ask_for_job"]
    assert f.status == "present" and f.rule != "afj_defer_get_back", _explain(f)


def test_ask_for_job_no_offer_accept_words(analyzer):
    """'I accept' without an offer is not asking for the job."""
    check(mini(analyzer, _closing("I accept that the role involves some travel.")), "ask_for_job", "missing", [])


# --------------------------------------------------------------------------- clarify_next_steps

CLARIFY_NEXT_STEPS = {
    "positive": [
        ("date_taken_back", "The 21st is fine, I'll keep that afternoon free.", "present", ["21st is fine"]),
        ("hear_after_date", "Right, so I'll hear after the 12th. Thanks.", "present", ["hear after"]),
        ("expect_phone_call", "Should I expect a phone call with the outcome?", "present", ["expect a"]),
        ("results_released", "When will the results be released?", "present", ["results be released"]),
        ("stage_then_when", "I'd be glad to meet the directors at the next stage. When might that happen?", "present",
         ["When might that happen"]),
        ("sit_tight_until", "I'll sit tight until I hear from you then.", "present", ["until I hear from"]),
        ("next_steps_after_today", "So what would the next steps be after today?", "present", ["next steps"]),
        ("when_decision", "Roughly when do you think you'll reach a decision?", "present", ["decision"]),
        ("how_many_interviews", "How many more interviews are there in the process?", "present",
         ["how many more interviews"]),
        ("rest_of_process", "Could you walk me through the rest of the process?", "present", ["rest of the process"]),
        ("still_a_panel", "So after today, um, is there still a panel interview with the director?", "present",
         ["still a panel"]),
        ("farewell_wish", "I hope the rest of your interviews go well today.", "missing", []),
        ("where_from_here", "Where do things go from here?", "present", ["go from here"]),
        ("who_will_call", "And will it be you or the recruiter who gets in touch?", "present", ["in touch"]),
        ("once_panel_done", "Once the panel is done, what's the decision process like?", "present", ["decision process"]),
        ("you_said_friday", "You said I'd hear back by Friday, is that right?", "present", ["hear back"]),
        ("let_people_know", "When do you think you'd be able to let people know?", "present", ["let people know"]),
        ("others_to_see", "I understand you've got a few more candidates to see this week.", "present", ["candidates to see"]),
        ("no_rush_my_end", "Honestly, no rush on my end, I know sign-off can be slow.", "present", ["no rush on my end"]),
        ("further_process", "Could you please share the further process?", "present", ["further process"]),
        ("when_round_takes_place", "Any idea when the second round takes place?", "present", ["second round takes place"]),
        ("recap_tag_question", "So it's the phone screen and then the panel interview, correct?", "present", ["then the panel"]),
        ("cleft_who_rings", "Will it be yourself that rings me, or somebody from the agency?", "present", ["rings me"]),
        ("committee_reconvene", "Might I ask when the selection panel is due to reconvene?", "present", ["reconvene"]),
        ("negative_question", "Wouldn't there normally be a panel interview after this one?", "present", ["panel interview"]),
        ("way_forward", "Thank you, sir. Please, what is the way forward from here?", "present", ["way forward"]),
        ("date_it_is", "Right you are, end of next week it is then.", "present", ["week it is"]),
        ("when_ring_me", "When do you reckon you'll ring me?", "present", ["ring me"]),
        ("reference_checks_take", "How long do background checks tend to take on your side?", "present", ["background checks"]),
        ("when_is_round_two", "Sweet. When's round two, then?", "present", ["round two"]),
        ("timeline_for_deciding", "What's your rough timeline for making a decision?", "present", ["timeline"]),
        ("which_stage_next", "Is the coding test next, or the panel?", "present", ["test next"]),
        ("later_stage_format", "Will the final round be on Zoom or at the office?", "present", ["final round"]),
    ],
    "negative": [
        ("working_pattern_fine", "Two days a week is fine for me.", "missing", []),
        ("asks_to_be_put_through", "Chuck me in the next round?", "missing", []),
        ("who_in_next_round", "Who will I see in the next round?", "present", ["next round"]),
        ("timeline_for_a_project", "What's the timeline for opening the new depot?", "missing", []),
        ("career_next_step", "I'm studying for my licence, which is the natural next step in my career.", "missing", []),
        ("expect_other_event", "When do you expect the new clinic to open?", "missing", []),
        ("third_person_past", "When he was making his decisions, he always asked the team first.", "missing", []),
        ("product_next_steps", "What are the next big steps for the mobile app?", "missing", []),
        ("how_long_at_company", "How long have you been with the company?", "missing", []),
        ("when_kubernetes", "When did the team start using Kubernetes?", "missing", []),
        ("when_does_that_happen_job", "When does that usually happen in a project, the hand-off?", "missing", []),
        ("project_phase", "What is the next phase of the project?", "missing", []),
        ("ramp_up_time", "How long does it usually take new starters to get up to speed?", "missing", []),
        ("process_so_far", "The interview process has been really smooth, by the way.", "missing", []),
        ("is_the_mid_statement", "The hard part is the timeline my current team has to hit.", "missing", []),
        ("next_steps_slide", "I thought the next steps slide in the deck was a bit rushed.", "missing", []),
        ("take_next_step", "I'm ready to take the next step in my career.", "missing", []),
        ("takes_time_to_learn", "Things take a while to settle in a new team.", "missing", []),
        ("decide_which_vendor", "Will you decide next week which vendor to use?", "missing", []),
        ("after_probation", "After the probation, is there a review?", "missing", []),
        ("next_step_story", "The next step for us was moving billing onto the new platform.", "missing", []),
        ("board_meets_monthly", "When does the board usually meet to sign off the budget?", "missing", []),
        ("next_step_up_career", "Is there a next step up from shift supervisor, like an area manager post?", "missing", []),
        ("when_i_call_you", "When can I call you back about the rota?", "missing", []),
        ("running_for_trial", "How many patients are in the running for the new trial?", "missing", []),
        ("when_is_first_shift", "When is the first shift on the ward?", "missing", []),
        ("decide_whether_team_remote", "When do you decide whether the team stays remote next year?", "missing", []),
        ("results_of_the_work", "When will we know the results of the campaign?", "missing", []),
    ],
    "negated": [
        ("reported_mentor", "My mentor told me to ask about next steps, but I think you've covered it.",
         "missing", []),
        ("no_need_timeline", "I don't need to know the timeline today.", "missing", []),
        ("no_questions_about", "No, I don't have any questions about the next steps.", "missing", []),
        ("rehearsal_aside", "Should I ask about next steps here, or is that a bit much?", "missing", []),
        ("drilled_into", "Our placement officer drummed into us to ask what happens next.", "missing", []),
        ("cant_wait_to_hear", "Honestly I can't wait to hear from you all.", "missing", []),
        ("told_either_way", "Once you've chosen, would the other candidates be notified either way?", "present", ["be notified either"]),
        ("choose_between_candidates", "I'm curious how you'll choose between the internal and external applicants.", "present",
         ["choose between"]),
        ("choose_between_suppliers", "How do you choose between suppliers when prices are close?", "missing", []),
    ],
    "wrong_speaker": [
        ("interviewer_describes", "The next step would be a panel interview with two of the directors.",
         "missing", []),
        ("interviewer_timeline", "We expect to make a decision by the end of the month.", "missing", []),
    ],
    "stt": [
        ("what_happens_next", "um so what happens next", "present", ["what happens next"]),
        ("when_make_decision", "and uh when do you think you'll make a decision", "present", ["decision"]),
        ("how_many_rounds", "how many more rounds are left", "present", ["rounds"]),
        ("ill_wait", "brilliant ill just wait to hear from you then", "present", ["wait to hear"]),
        ("nest_steps_misheard", "so um what are the nest steps", "present", ["nest steps"]),
        ("or_not_tag", "ok so after this one still got another round or not", "present", ["another round or not"]),
        ("or_not_indifferent", "i dont mind whether theres another round or not i just want the job", "missing", []),
        ("decision_by_when", "Answer by when, do you reckon?", "present", ["Answer by when"]),
        ("shot_at_next_round", "Could I have a crack at the final round, then?", "missing", []),
    ],
}


def test_clarify_next_steps_acknowledge(analyzer):
    """Gracefully acknowledging the timeline the interviewer gave counts."""
    turns = [
        (INT, HANDOVER),
        (CAND, "No, I think that's everything from me."),
        (INT, "Okay. We'll be in touch with everyone by the end of next week."),
        (CAND, "Great, then I'll keep an eye out for your email next week."),
    ]
    check(mini(analyzer, turns), "clarify_next_steps", "present", ["keep an eye out"])


CNS, EI = "clarify_next_steps", "express_interest"


@pytest.mark.parametrize("behaviour,interviewer,reply,status", [
    pytest.param(CNS, "HR will ring everyone by Wednesday either way.", "Lovely, Wednesday it is.", "present",
                 id="date_echo"),
    pytest.param(CNS, "There's a second round with the director, then references.", "Makes sense, thanks for explaining.",
                 "present", id="makes_sense"),
    pytest.param(CNS, "we should have a decision by end of the month", "ok sounds good thank you", "present", id="stt"),
    pytest.param(CNS, "The next step for you would be a short call with our HR team.", "Perfect, that works for me.",
                 "present", id="next_step_is_a_call"),
    pytest.param(CNS, "We should have a decision by end of the month.", "Oh right. Okay. That works for me.", "present",
                 id="after_short_exclamations"),
    pytest.param(CNS, "We'll be contacting references next, then a final chat.", "Right you are. Sounds like a plan.",
                 "present", id="references_next"),
    pytest.param(CNS, "The new rota goes up next week.", "Okay, that works for me.", "missing", id="rota_is_not_hiring"),
    pytest.param(CNS, "HR will ring everyone by the fourteenth.", "Lovely, the fourteenth suits me well.", "present",
                 id="early_in_the_turn"),
    pytest.param(CNS, "HR will ring everyone by the fourteenth.",
                 "I have been meaning to ask about parking near the site for a while, but that suits me.", "missing",
                 id="late_in_the_turn"),
    pytest.param(CNS, "Then a final panel on the fourteenth.", "Brilliant, thanks, I'll pencil that in.", "present",
                 id="pencil_in"),
    pytest.param(CNS, "We'll be in touch by Friday.", "Okay, thanks.", "missing", id="bare_okay"),
    pytest.param(CNS, "I'll follow up with you on Monday about the decision.", "Sounds good. Bye.", "present",
                 id="follow_up_with_you"),
    pytest.param(CNS, "I'll follow up on that bug with the developers.", "Sounds good. Bye.", "missing",
                 id="follow_up_on_work"),
    pytest.param(CNS, "We'll be in touch by Friday.", "Yeah, I won't hold my breath.", "missing", id="no_acknowledgement"),
    pytest.param(CNS, "How do you keep a project on track?", "Sounds good, I'd start with a plan.", "missing",
                 id="nothing_explained"),
    pytest.param(CNS, "Our next step is rolling the new till system out.", "Sounds good, is that this year?", "missing",
                 id="explained_work_not_hiring"),
    pytest.param(EI, "So, are you still keen after hearing about the rota?", "Oh, very much so.", "present",
                 id="still_keen_very_much"),
    pytest.param(EI, "Do you still want the job after all that?", "More than ever, honestly.", "present",
                 id="want_the_job_more_than_ever"),
    pytest.param(EI, "Are you still interested?", "Absolutely not, sorry.", "missing", id="absolutely_not"),
    pytest.param(EI, "Would you be interested in the night shift?", "Definitely, I like nights.", "missing",
                 id="asked_about_something_else"),
])
def test_reply_to_what_the_interviewer_just_said(analyzer, behaviour, interviewer, reply, status):
    """A short answer counts only straight after the interviewer's line it answers (the process set out,
    "are you still keen?"); the interviewer's own words never count for the candidate."""
    turns = [(INT, HANDOVER), (CAND, "No, you've covered it, thank you."), (INT, interviewer), (CAND, reply)]
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND


# --------------------------------------------------------------------------- stay_positive
# Default present; the rules detect discouragement, which makes it missing with that sentence as evidence.

STAY_POSITIVE = {
    "positive": [  # discouragement -> missing, evidence is the discouraging sentence
        ("did_not_go_well", "Honestly, I really don't think my answers came across well.", "missing",
         ["came across well"]),
        ("blew_design", "I totally blew the system design question.", "missing", ["blew the system design"]),
        ("panel_goes_internal", "Let's be honest, the committee will go with an internal candidate.", "missing", ["internal candidate"]),
        ("even_if_i_dont_get_it", "Even if I don't get this, your feedback will really help me.", "present", []),
        ("not_right_person", "I'm probably not the right person for this.", "missing", ["not the right person"]),
        ("sorry_wasting", "Sorry for wasting so much of your morning.", "missing", ["wasting so much"]),
        ("doubt_next_round", "I doubt I'll make it to the next round after that.", "missing",
         ["doubt I'll make it"]),
        ("not_expecting_much", "So I'm not expecting much, but it was good practice.", "missing",
         ["not expecting much"]),
        ("someone_more_than_me", "The board will want someone with far more turnaround experience than I have.",
         "missing", ["than I have"]),
        ("not_gonna_lie_hash", "I'm not going to lie, I think I made a bit of a hash of that.", "missing",
         ["hash of that"]),
        ("apology_for_interview", "Apologies, I know I was pretty hopeless on the pricing case.", "missing",
         ["hopeless on"]),
        ("long_shot_resigned", "I realise I'm a real long shot here, so no hard feelings.", "missing", ["long shot"]),
        ("you_will_pick_another", "Fair enough, I reckon you'll end up going with someone else.", "missing",
         ["someone else"]),
        ("chalk_up", "I'll just put this one down to experience, I think.", "missing", ["down to experience"]),
        ("surprised_if_call", "I'd honestly be amazed if I heard back after that.", "missing", ["heard back"]),
        ("someone_lined_up", "I expect you've already got someone lined up for this.", "missing", ["lined up"]),
        ("someone_with_more", "I suspect you'll pick someone with more management experience.", "missing",
         ["someone with more"]),
        ("past_not_my_best", "yeah that wasnt my best showing today", "missing", ["wasnt my best"]),
        ("chances_are_slim", "My odds are pretty slim after that role-play, I know it.", "missing", ["odds are pretty slim"]),
        ("better_fits_than_me", "The graduates you met this morning are likely stronger matches than me.", "missing",
         ["stronger matches than me"]),
        ("over_my_head", "Honestly, the forecasting exercise went clean over my head.", "missing", ["over my head"]),
        ("load_of_waffle", "Sorry, I think I talked a load of nonsense in that middle bit.", "missing", ["load of nonsense"]),
        ("went_south_on_me", "The pricing exercise kind of went south on me, didn't it.", "missing", ["went south on me"]),
        ("people_like_me_never", "Folks like me never land these roles anyway.", "missing", ["like me never land"]),
        ("botched_no_subject", "Botched the costing bit, sorry.", "missing", ["Botched the"]),
        ("not_your_bloke", "Reckon I'm not your bloke, to be fair.", "missing", ["not your bloke"]),
        ("rival_has_it_stitched_up", "Let's be real, the internal lad's got this stitched up.", "missing", ["stitched up"]),
        ("thats_me_toast", "Well, I think that's me toast.", "missing", ["me toast"]),
        ("employers_never_pick_me", "Employers never shortlist me because of the gap in my CV.", "missing", ["never shortlist me"]),
        ("cross_with_myself", "I'm really cross with myself for rushing the budget bit.", "missing", ["cross with myself"]),
        ("never_mind_other_jobs", "Ah well, never mind. There will always be other openings.", "missing", ["other openings"]),
    ],
    "negative": [  # modesty and plain self-assessment are not discouragement
        ("product_did_not_do_well", "We tested it with a few shops and it didn't do well, so we dropped it.", "present", []),
        ("awful_keen_idiom", "I'm awful keen to get started, so I am.", "present", []),
        ("understand_no_answer_yet", "I'll understand if you don't have an answer for me yet.", "present", []),
        ("take_your_time", "Of course, of course, take your time with the paperwork.", "present", []),
        ("me_out_of_questions", "That's me out of questions, thanks so much.", "present", []),
        ("other_interview_went_badly", "My interview at another firm last week went terribly, so today was a relief.", "present", []),
        ("i_have_it_sewn_up", "I've got the handover sewn up already, so I could start soon.", "present", []),
        ("asks_what_you_think", "Does anything make you think I'm not ready to lead a shift?", "present", []),
        ("skill_not_my_strongest", "No, pastry is not my strongest. I'd want a pastry person part-time.", "present", []),
        ("better_fit_than_before", "After the secondment I'm a better fit than I was two years ago.", "present", []),
        ("modesty_not_most_experienced", "I know I'm not the most experienced, but I learn new tools quickly.",
         "present", []),
        ("modesty_new_to_go", "I haven't worked with Go before, but I'm a quick learner.", "present", []),
        ("nervous_but_positive", "That was a tough question, but I enjoyed working through it.", "present", []),
        ("explain_check", "I'm not sure I explained that well.", "present", []),
        ("constructive_not_best", "That wasn't my strongest answer, so I'd be glad to walk you through it.",
         "present", []),
        ("more_than_me_but", "You'll meet people with more experience than me, but I learn fast.", "present", []),
        ("dont_want_to_let_down", "I don't want to say yes and then let you down.", "present", []),
        ("surprised_offer", "I really didn't expect to hear this today.", "present", []),
        ("long_shot_but", "On paper I'm an outside bet, but my sales years give me a different view.", "present", []),
        ("hopes_about_other", "I'm not getting my hopes up about the canteen, but the rota suits me.", "present", []),
        ("apology_for_nerves", "Sorry if I spoke a bit fast, I get nervous.", "present", []),
        ("aimed_high_past", "I aimed high in my last job and it paid off.", "present", []),
        ("sure_great_fit", "I'm sure I'd be a great fit for the team.", "present", []),
        ("end_of_a_section", "Okay, that's the end of the group part, thanks everyone.", "present", []),
        ("stumble_then_recovered", "I fumbled the first scenario, but overall I think I showed my judgement.", "present", []),
        ("missed_the_question", "Sorry, I didn't get the last question, could you say it again?", "present", []),
        ("not_one_of_those", "I'm not one of those people who needs hand-holding.", "present", []),
        ("take_your_card", "Might I take your card before I head off?", "present", []),
        ("above_pay_grade", "Whether I'd manage the budget is above my pay grade to decide.", "present", []),
        ("reason_i_wouldnt", "Is there any reason you can see that I wouldn't make the shortlist?", "present", []),
        ("job_not_right_for_me", "Sorry, I don't think the job is the right fit for me after all.", "present", []),
        ("cannot_do_right_now", "A base that low just isn't something I can do right now.", "present", []),
    ],
    "negated": [  # negated discouragement -> present
        ("not_out_of_league", "I wouldn't say I'm out of my league with this stack.", "present", []),
        ("did_not_blow", "I don't feel like I blew any of the questions.", "present", []),
        ("did_not_go_badly", "It didn't go badly at all, I thought.", "present", []),
    ],
    "wrong_speaker": [
        ("interviewer_went_badly", "To be honest, I don't think the coding exercise went very well.",
         "present", []),
        ("interviewer_sorry", "Sorry for wasting your time with the late start.", "present", []),
    ],
    "stt": [
        ("stutter_messed_up", "um i i kind of messed up the the coding part", "missing", ["messed up"]),
        ("dont_no_apostrophe", "honestly i dont think it went well", "missing", ["went well"]),
        ("not_a_good_fit", "uh i'm not really a good fit for this am i", "missing", ["good fit"]),
        ("wasnt_gonna_be_fit", "yeah i sort of figured i wasnt gonna be a good fit after the wiring question", "missing",
         ["good fit"]),
        ("sense_not_going_anywhere", "i get the feeling this isnt really going anywhere and thats fine", "missing",
         ["going anywhere"]),
        ("archive_not_going_anywhere", "i feel like the archive isnt going anywhere so theres no rush", "present", []),
        ("positive_went_well", "um yeah i think it went well overall", "present", []),
        ("dont_think_cut_out", "i dont really think im cut out for this", "missing", ["cut out"]),
        ("answer_no_copula", "aiyah my answer for the scaling part quite bad already lah", "missing", ["quite bad"]),
        ("didnt_sell_myself", "i didnt really sell myself at all today so yeah im not holding my breath", "missing",
         ["sell myself"]),
        ("everything_wrong", "honestly i reckon i answered the whole lot wrong", "missing", ["wrong"]),
        ("joke_weakness_turned", "lol I'm terrible at small talk but my stock counts are spot on", "present", []),
        ("gonna_not_make_cut", "tbh i'm probably not gonna make the cut", "missing", ["make the"]),
        ("declines_no_from_me", "thanks but i've signed elsewhere so it's a no from me", "present", []),
        ("dont_think_i_explained_well", "Sorry, I don't think I described the migration plan that clearly.", "missing",
         ["described the migration plan that clearly"]),
        ("dont_think_i_explained_why", "I don't think I explained why we moved the billing jobs to a queue.", "present", []),
        ("explained_badly_so_will_send", "I'll email the diagram tonight, because I don't think I explained it well.",
         "present", []),
        ("answer_cost_me", "To be honest I'm afraid that last answer may have cost me the job.", "missing", ["cost me the job"]),
        ("worried_about_the_cost", "I'm a little worried about the cost of moving to the city.", "present", []),
        ("not_sure_why_picked", "Not entirely sure why they picked me, if I'm honest.", "missing", ["why they picked me"]),
        ("not_sure_why_asked", "I'm not sure why you asked me about the invoices.", "present", []),
    ],
}


def test_stay_positive_evidence_is_the_discouraging_sentence(analyzer):
    text = "Thanks for your time. I'm afraid I completely fumbled the SQL part. Anyway, have a good day."
    f = mini(analyzer, _closing(text))["stay_positive"]
    assert f.status == "missing", _explain(f)
    assert "fumbled the SQL part" in f.evidence
    assert "Thanks for your time" not in f.evidence
    assert f.advice


def test_stay_positive_default_present(analyzer):
    f = mini(analyzer, _closing("Could you tell me more about the onboarding?"))["stay_positive"]
    assert f.status == "present", _explain(f)
    assert f.score == 1.0


# --------------------------------------------------------------------------- thank_interviewer

THANK_INTERVIEWER = {
    "positive": [
        ("thanks_for_taking_time", "Thanks so much for taking the time to meet with me today.", "present",
         ["Thanks so much"]),
        ("appreciate_walkthrough", "I really appreciate you walking me through the role.", "present",
         ["appreciate you walking me through"]),
        ("grateful_schedule", "I'm grateful you made room in your schedule for this.", "present", ["grateful"]),
        ("many_thanks", "Many thanks, this was a really useful conversation.", "present", ["Many thanks"]),
        ("owe_you_for_time", "I owe you a pint for fitting me in at such short notice.", "present", ["owe you"]),
        ("appreciate_that", "Oh, I really appreciate that.", "present", ["appreciate that"]),
        ("kind_of_you", "It was so good of you to show me round the kitchen.", "present", ["good of you to"]),
        ("my_thanks_to_panel", "Do pass on my warmest thanks to the rest of the committee.", "present", ["thanks to the"]),
    ],
    "negative": [
        ("quoted_service_formula", "At the front desk you say 'thank you for holding' all day long.", "missing", []),
        ("thank_you_event", "Every June our team hosts a thank-you dinner for the volunteers.", "missing", []),
        ("thank_the_patient", "I'd thank the patient and then escalate to the nurse in charge.", "missing", []),
        ("other_language_thanks_but_no", "Merci, honestly, but I'll pass on the offer.", "missing", []),
        ("thankful_for_a_past_stage", "I'm thankful I had a patient supervisor during my apprenticeship.", "missing", []),
        ("thank_someone_for_me", "Thank the barista for me, that flat white was spot on.", "missing", []),
        ("thanks_but_declined", "Thanks so much, but I've accepted an offer somewhere else.", "missing", []),
        ("kind_but_declined", "That's very kind of you, but I've decided to stay where I am.", "missing", []),
        ("write_later_to_thank", "I'll email the recruiter tomorrow to thank the whole panel.", "missing", []),
        ("grateful_if_request", "I'd be ever so grateful if you put my name forward.", "missing", []),
        ("would_appreciate_request", "I'd really appreciate a chance to prove myself.", "missing", []),
        ("thanks_to_team", "Thanks to my old team, I got a lot of practice with audits.", "missing", []),
        ("said_thanks_to_someone", "The courier said thanks to the porter and drove off.", "missing", []),
        ("no_thanks", "No thanks, I'm fine with water.", "missing", []),
        ("thank_goodness", "Thank goodness the train was on time this morning.", "missing", []),
        ("note_to_say_thanks", "I'll write you a note to say thanks.", "missing", []),
        ("thankful_letter", "I will send you my thankful letter after this meeting.", "missing", []),
        ("appreciate_granting", "I appreciate this is a busy week for you.", "missing", []),
        ("card_of_thanks", "I'll send a card of thanks through HR this week.", "missing", []),
        ("client_was_grateful", "The client was really grateful when we caught the error early.", "missing", []),
        ("others_thank_you", "Do the parents usually thank you at the end of term?", "missing", []),
    ],
    "negated": [
        ("reported_recruiter", "My recruiter asked me to thank you for fitting me in.", "missing", []),
        ("never_thanked", "I never got to thank the last panel properly.", "missing", []),
        ("even_if_concessive", "Thanks for your time, even if it turns out not to be a fit.", "present", ["Thanks for your time"]),
        ("thanks_then_pass", "Ah thanks, I'm going to pass though, the hours don't suit.", "missing", []),
    ],
    "wrong_speaker": [
        ("interviewer_thanks", "Thank you for coming in today.", "missing", []),
        ("interviewer_appreciates", "We really appreciate your patience with the scheduling.", "missing", []),
    ],
    "stt": [
        ("repeated_thank_you", "thank you thank you so much for your time", "present", ["thank you"]),
        ("filler_thanks", "uh yeah thanks for having me in today", "present", ["thanks for having me"]),
        ("yeah_no_cheers", "yeah no cheers for squeezing me in this arvo", "present", ["cheers"]),
        ("joined_thankyou", "thankyou for your time today", "present", ["thankyou"]),
        ("misheard_tank_you", "ok tank you so much for you time", "present", ["tank you"]),
        ("run_on_thanks_after_negation", "honestly i wasn't sure what to expect this morning thanks so much for your time",
         "present", ["thanks"]),
    ],
}


# --------------------------------------------------------------------------- ask_concerns

ASK_CONCERNS = {
    "positive": [
        ("about_not_having", "Is there anything about not having a degree that might count against me?", "present", ["count against"]),
        ("does_the_fact_worry_you", "Does the fact I've been out of nursing for two years worry you?", "present", ["worry you"]),
        ("escalate_a_concern", "How would I escalate a concern about patient safety?", "missing", []),
        ("not_seen_from_me", "Is there anything you haven't seen from me yet that you'd want to?", "present",
         ["seen from me"]),
        ("red_flags", "Any red flags on my CV?", "present", ["red flags"]),
        ("reason_not_to_hire", "What would be the main reason not to hire me?", "present", ["reason not to hire"]),
        ("reservations_experience", "Do you have any reservations about my experience for this role?",
         "present", ["reservations about my experience"]),
        ("background_keeps_you", "Is there anything about my background that would keep you from offering me "
         "the job?", "present", ["anything about my background"]),
        ("answers_hesitate", "Did any of my answers make you hesitate?", "present", ["hesitate"]),
        ("application_worries", "Is there anything in my application that worries you?", "present",
         ["anything in my application"]),
        ("would_you_say_weakest", "What would you say is the weakest part of my application?", "present",
         ["weakest part of my application"]),
        ("notice_period_problem", "Would my notice period be a problem for you?", "present", ["notice period"]),
        ("if_worry_tell_me", "I know the stats answer was weak, so if that's a worry for you, tell me.", "present",
         ["worry for you, tell me"]),
        ("asked_whether", "What I wanted to ask is whether anything about my experience worries you.", "present",
         ["anything about my experience"]),
        ("not_sure_about_me", "Is there anything you're not quite sure about with me?", "present", ["not quite sure about"]),
        ("gap_between_me", "How big is the gap between my experience and what you need?", "present", ["gap between my"]),
        ("skills_enough", "Are my skills strong enough for this?", "present", ["skills strong enough"]),
        ("risk_taking_me_on", "Where's the biggest risk in taking me on?", "present", ["risk in taking me"]),
        ("embedded_do_tell_me_if", "Please do tell me if any reservations remain about my leadership experience.",
         "present", ["reservations"]),
        ("value_your_view", "I'd value your frank view on any doubts you still hold about my candidacy.", "present",
         ["doubts"]),
        ("negative_with_tag", "You don't have any reservations about my lack of retail experience, do you?", "present",
         ["reservations"]),
        ("dont_suppose", "I don't suppose anything in my portfolio worries you?", "present", ["anything in my portfolio"]),
        ("second_guessing", "Has anything today got you second-guessing me?", "present", ["second-guessing me"]),
        ("idiom_eyebrows", "Did my two short contracts raise any eyebrows on the panel?", "present", ["raise any eyebrows"]),
        ("bugging_you", "Nothing about my answers bugging you?", "present", ["bugging you"]),
        ("didnt_land", "Was there anything I said that didn't quite land with you?", "present", ["didn't quite land"]),
        ("not_having_counts_against", "Would my not having a UK licence count against me?", "present", ["count against me"]),
        ("red_flags_your_end", "Any red flags on your end?", "present", ["red flags"]),
        ("the_fact_i_cant_rules_out", "Would the fact that I can't drive yet rule me out?", "present", ["rule me out"]),
        ("dislike_about_my_cv", "Be honest, what don't you like about my CV?", "present", ["like about my"]),
        ("change_that_impression", "I rambled on the budget question. What could I say to correct that impression?", "present", ["correct that impression"]),
    ],
    "negative": [
        ("change_the_brand_perception", "What can we do to change the perception of the brand?", "missing", []),
        ("own_worry_statement", "What worries me is the funding cut in the sector.", "missing", []),
        ("the_fact_about_the_office", "Does the fact that the office is moving worry you?", "missing", []),
        ("dislike_about_the_job", "What don't you like about working here?", "missing", []),
        ("own_worry_intensified", "What really worries me is the traffic on the ring road.", "missing", []),
        ("campaign_not_land", "Did the rebrand not land with older customers?", "missing", []),
        ("made_you_join", "What made you decide to join the company yourself?", "missing", []),
        ("gaps_in_rota", "Are there any gaps in the rota I'd need to cover?", "missing", []),
        ("gaps_in_training", "Are there any gaps in the existing induction training I'd be asked to fill?", "missing", []),
        ("policy_eyebrows", "Did the new parking policy raise eyebrows with the staff?", "missing", []),
        ("team_falls_short", "Where does the team fall short right now?", "missing", []),
        ("time_is_up", "I can see our ten minutes are up, so I'll let you go.", "missing", []),
        ("biggest_challenges", "What are the biggest challenges the team is facing right now?", "missing", []),
        ("team_worried_about", "What's the manager most worried about this quarter?", "missing", []),
        ("project_concerns", "Are there any concerns about the project's deadline?", "missing", []),
        ("statement_commute", "I don't have any concerns about the commute.", "missing", []),
        ("arrangement_if_i", "Would you have any concerns if I worked from home on Fridays?", "missing", []),
        ("arrangement_parking", "Is there any issue with the parking, or should I get the bus in?", "missing", []),
        ("any_of_my_leads", "I'd want any of my leads to close a pitch by being clear about the ask.", "missing", []),
        ("any_mid_statement", "I think any gaps in my CV are small now.", "missing", []),
        ("if_i_have_concerns", "If I have any concerns, I'll talk them through with my family.", "missing", []),
        ("if_concerns_youd_say", "If there were any concerns, I guess you'd tell me.", "missing", []),
        ("data_enough", "Is the data enough for the model?", "missing", []),
        ("in_the_way_of_rollout", "Is there anything that would stand in the way of the rollout?", "missing", []),
        ("value_view_on_project", "I'd value your frank view on the risks in the migration plan.", "missing", []),
        ("say_no_to_arrangement", "What would make you say no to a four-day week?", "missing", []),
        ("team_own_worry", "Is the restructure something you're concerned about, as a department?", "missing", []),
    ],
    "negated": [
        ("statement_no_reservations", "I have no reservations about my background for this.", "missing", []),
        ("reported_coach", "My coach said I should ask if you have concerns, but I'll skip it.", "missing", []),
    ],
    "wrong_speaker": [
        ("interviewer_concerns", "Do you have any concerns about the role or the team?", "missing", []),
        ("interviewer_stop_accepting", "Is there anything about the offer that would stop you from accepting?",
         "missing", []),
    ],
    "stt": [
        ("no_question_mark", "is there anything about my background that would uh make you think twice",
         "present", ["anything about my background"]),
        ("filler_concerns", "do you have any um concerns about me for the role", "present", ["concerns"]),
        ("run_on_is_there", "thanks again before i head off is there anything in my experience that bothers you",
         "present", ["anything in my experience"]),
        ("curious_if", "im curious if anything i said gave you pause", "present", ["gave you pause"]),
        ("run_on_after_gap", "ive never led a night shift is that going to be an issue for you", "present", ["an issue for you"]),
        ("reason_to_doubt_me", "Have I given you any reason to doubt I could lead the team?", "present", ["reason to doubt I"]),
        ("reason_to_doubt_work", "Is there any reason to doubt the sales forecast?", "missing", []),
    ],
}


# --------------------------------------------------------------------------- follow_up

FOLLOW_UP = {
    "positive": [
        ("give_you_a_ring", "I'll give you a ring on Friday.", "present", ["give you a ring"]),
        ("add_on_linkedin", "Mind if I add you on LinkedIn?", "present", ["add you on LinkedIn"]),
        ("send_thank_you_email", "I'll send you a short thank-you email this evening.", "present", ["send you"]),
        ("best_person_to_contact", "Who's the best person to contact if I think of more questions?", "present",
         ["best person to contact"]),
        ("best_way_in_touch", "What's the best way to stay in touch with you?", "present", ["best way"]),
        ("drop_a_line", "I'll drop you a line later this week with the portfolio.", "present", ["drop you a line"]),
        ("two_items_on_mail", "Also I will share my updated resume and the case study document on mail tonight.",
         "present", ["share my updated resume"]),
        ("get_it_over", "I'll make sure to get those figures over to you tomorrow.", "present", ["over to you"]),
        ("scan_and_send", "I'll scan those in when I get home and send them straight to you.", "present", ["straight to you"]),
        ("and_send_you_link", "i'll clean up the repo from the take-home and send you the link tonight", "present",
         ["send you the"]),
        ("hyphen_follow_up_email", "Expect a follow-up email from me tomorrow morning.", "present", ["follow-up email"]),
        ("should_i_ring_you", "sweet um should i just ring you or email", "present", ["ring you"]),
        ("direct_questions", "Do I take further questions through the recruiter?", "present", ["further questions through"]),
        ("fire_over_item", "I'll fire over the signed forms once I'm back at my desk.", "present", ["fire over the"]),
        ("item_in_the_post", "I'll bung my tickets in the post tomorrow.", "present", ["in the post"]),
        ("revert_with_item", "I shall revert with the attested mark sheets by tomorrow, madam.", "present", ["revert with"]),
        ("you_will_have_item", "You'll have the signed references by Thursday.", "present", ["have the signed references"]),
        ("have_it_with_you_by", "I can have the reference letters with you by Thursday.", "present", ["with you by"]),
        ("prefer_call_or_email", "Would you prefer a call or an email from me next week?", "present", ["prefer a call or an email"]),
        ("how_get_forms_to_you", "Cheers. How should I get the signed forms back to you?", "present", ["get the signed forms back to you"]),
        ("courtesy_if_helpful", "i can email you the case study if that's helpful", "present", ["email you"]),
        ("conditional_follow_up", "I'll keep an eye on my inbox and follow up Monday if nothing's come through.", "present", ["follow up"]),
        ("get_it_to_the_chair_by", "I'll get the two sample syllabi to the chair by Thursday.", "present", ["to the chair by"]),
        ("drop_named_contact_email", "I'll drop Kemi an email on Tuesday to check in.", "present", ["drop Kemi an email"]),
        ("back_to_you_or_hr", "Should I come back to you or to the HR team if anything crops up?", "present", ["come back to you or"]),
        ("send_more_if_it_helps", "I can send a few more samples tonight if it helps.", "present", ["send a few more samples tonight"]),
        ("item_as_subject_with_you_by", "Both signed forms and my payslips should be with you by Thursday.", "present", ["with you by"]),
    ],
    "negative": [
        ("plan_given_up", "I'd meant to send you my portfolio, but the agency already has.", "missing", []),
        ("get_you_a_coffee_or", "Can I get you a coffee or anything before you go?", "missing", []),
        ("check_when_results", "Can I check when the results come out?", "missing", []),
        ("call_client_monday", "I'll call the client on Monday to confirm the order.", "missing", []),
        ("send_quotes_to_clients", "I'll send the signed quotes to the clients by email every Friday.", "missing", []),
        ("employer_we_follow_up", "so we will follow up with you by email either way okay perfect", "missing", []),
        ("follow_up_unpaid_invoices", "In accounts I'll follow up every unpaid invoice within a week.", "missing", []),
        ("prefer_channel_for_clients", "Do you prefer email for client updates?", "missing", []),
        ("habitual_would", "Normally I'd ping the duty manager whenever a ticket escalated.", "missing", []),
        ("contact_for_job_event", "Who do I call if a delivery turns up damaged?", "missing", []),
        ("follow_site_rules", "I will follow the site safety rules to the letter.", "missing", []),
        ("follow_your_lead", "I'll follow your lead on the start date.", "missing", []),
        ("notes_to_customers", "Does the branch send a follow-up email to customers after a viewing?", "missing", []),
        ("follow_up_with_vendor", "I'll follow up on the late delivery with the vendor first thing.", "missing", []),
        ("who_is_sharing", "Who is going to be sharing the slides with the board?", "missing", []),
        ("have_my_cv_already", "You'll have my CV in front of you there.", "missing", []),
        ("follow_the_blog", "I usually follow the engineering blog for updates.", "missing", []),
        ("test_by_email", "Do you send the coding test by email?", "missing", []),
        ("reach_targets", "I'll reach my sales targets within six months.", "missing", []),
        ("get_back_to_you", "Thank you, I'll get back to you in due course.", "missing", []),
        ("received_card", "I got a lovely thank-you card from my last team.", "missing", []),
        ("sent_follow_up_story", "I sent a follow-up email to the vendor twice before I escalated.", "missing", []),
        ("how_they_contact_me", "Are you going to text me or is it email?", "missing", []),
        ("follow_up_on_your_point", "Let me follow up on your point about night shifts: how many a month?", "missing", []),
    ],
    "negated": [
        ("not_going_to_send_note", "I'm not going to bombard you with a follow-up email, promise.", "missing", []),
        ("double_negative_affirms", "There's no way I won't send you a follow-up email after this.", "present",
         ["follow-up email"]),
        ("generic_advice", "Careers advisers always tell you to send a follow-up email.", "missing", []),
        ("wont_bother_card", "I won't bother sending a thank-you card.", "missing", []),
        ("probably_wont_send", "I probably won't send anything after today, to be honest.", "missing", []),
        ("reported_friend", "My friend always told me to send a follow-up note after interviews.", "missing", []),
        ("when_i_was_at", "When I was at the bank we'd always send the client a thank-you email.", "missing", []),
        ("plan_including_what_id_do", "I'll send you a ninety-day plan by tomorrow night, including what I'd do first.",
         "present", ["'ll send you"]),
        ("thats_what_id_do", "I'd send the client a summary the same day, that's what I'd do.", "missing", []),
    ],
    "wrong_speaker": [
        ("interviewer_will_follow_up", "We'll follow up with you by the end of the week.", "missing", []),
        ("interviewer_email_me", "Feel free to email me if anything else comes up.", "missing", []),
    ],
    "stt": [
        ("fall_up_misheard", "ok ill fall up with an email on monday", "present", ["fall up with"]),
        ("filler_thank_you_note", "um i'll send you uh a quick thank you note tonight", "present",
         ["thank you note"]),
        ("who_reach_out", "who should i reach out to if i have more questions", "present", ["reach out"]),
        ("lemme_send", "lemme send ye the slides after this", "present", ["lemme send ye"]),
        ("which_address_send", "which email address should i use to send my certificates", "present", ["which email address"]),
    ],
}


# --------------------------------------------------------------------------- round 21 families
EXPRESS_INTEREST["positive"] += [
    ("want_to_be_your_coo", "I want to be your chief operating officer.", "present", ["want to be your chief"]),
    ("want_to_be_your_next", "Honestly, I'd love to be your next charge nurse.", "present", ["your next charge nurse"]),
    ("like_to_be_the_person_who", "I'd like to be the person who takes this company through its next phase.", "present",
     ["the person who takes"]),
    ("want_to_be_the_one_delivers", "I want to be the one who delivers it.", "present", ["the one who delivers"]),
    ("accept_and_giddy", "Yes, absolutely, I accept — sorry, I'm a bit giddy.", "present", ["giddy"]),
    ("im_made_up", "I'm made up, to be honest, this job would be perfect for me.", "present", ["made up"]),
]
EXPRESS_INTEREST["negative"] += [
    # the next round, not the job (ask_for_job)
    ("love_to_get_to_onsite", "I'd love to get to the on-site. When are those being scheduled?", "missing", []),
    ("love_to_get_trial_shift", "Perfect, I'll keep the twelfth free then. I'd love to get a trial shift.", "missing", []),
    ("made_up_of", "I'm made up of equal parts patience and stubbornness, my mum says.", "missing", []),
    ("love_chance_next_interview", "I'd love the chance to do the next interview with the team, if that's possible.", "missing", []),
]
EXPRESS_INTEREST["negated"] += [
    ("dont_want_to_be_your_coo", "I don't want to be your chief operating officer, to be honest.", "missing", []),
    ("accept_not_thrilled", "I accept the offer, but I'm not thrilled about the salary.", "missing", []),
]
EXPRESS_INTEREST["wrong_speaker"] += [
    ("interviewer_thrilled_you_accept", "If you accept, I'm thrilled - we all are.", "missing", []),
    ("interviewer_want_to_be_your", "I want to be your manager who supports you.", "missing", []),
]
EXPRESS_INTEREST["stt"] += [
    ("accept_offer_thrilled", "i accept the offer i'm i'm thrilled", "present", ["thrilled"]),
    ("take_it_thrilled", "amazing i'll take it thank you so much i'm thrilled", "present", ["thrilled"]),
    ("keen_as_thanks", "yeah im keen as thanks heaps and whats the go from here", "present", ["keen as"]),
]
STAY_POSITIVE["positive"] += [
    ("used_to_not_getting", "It's fine, I'm used to not getting these jobs.", "missing", ["used to not getting"]),
    ("others_walk_it", "Whoever else you've got lined up will walk this, I'd imagine.", "missing", ["walk this"]),
    ("understand_if_someone_else", "I know the portfolio's thin. I'd understand completely if you went with someone else.",
     "missing", ["went with someone else"]),
    ("on_the_chin", "I'll take the rejection on the chin if it comes, I know I was shaky.", "missing", ["on the chin"]),
    ("doubt_your_pick", "Look, I doubt I'll be your pick, but it's been useful.", "missing", ["doubt I'll be your"]),
]
STAY_POSITIVE["positive"] += [
    ("see_where_heading", "Right. I'll keep my other applications going, because I can see where this is heading.", "missing",
     ["where this is heading"]),
    ("know_how_this_ends", "Yeah. I know how this ends, to be fair.", "missing", ["how this ends"]),
    ("wasnt_going_to_get_it", "Never mind, I probably wasn't going to get it anyway.", "missing", ["going to get it anyway"]),
    ("maybe_next_time", "Maybe next time, hey.", "missing", ["next time"]),
]
STAY_POSITIVE["negative"] += [
    ("walk_it_through", "Happy to walk it through with the team next week if that helps.", "present", []),
    ("take_feedback_on_chin", "I take feedback on the chin and act on it quickly.", "present", []),
    ("understand_if_you_need_time", "I'd understand completely if you need more time to decide.", "present", []),
]
STAY_POSITIVE["negative"] += [
    ("see_where_it_goes", "I'd love to see where the product is heading next year.", "present", []),
    ("next_time_im_in", "Maybe next time I'm in Leeds I could visit the site?", "present", []),
    ("wont_hear_until", "So I won't be hearing back until after the holidays, is that right?", "present", []),
]
STAY_POSITIVE["negated"] += [
    ("not_used_to_losing", "I'm not used to not getting through, so this one matters to me.", "present", []),
]
STAY_POSITIVE["negated"] += [
    ("dont_know_how_this_ends", "I don't know how this ends, but I've enjoyed it and I'd love the job.", "present", []),
]
STAY_POSITIVE["wrong_speaker"] += [
    ("interviewer_walk_it", "Honestly, the other candidates will walk it.", "present", []),
]
STAY_POSITIVE["stt"] += [
    ("others_walk_it_stt", "i mean i'm i'm not gonna lie i think the other candidates will walk it", "missing", ["walk it"]),
    ("used_to_not_getting_stt", "its fine im used to not getting these", "missing", ["used to not getting"]),
    ("wont_be_hearing_stt", "ah i'd say i won't be hearing from you but sure look", "missing", ["hearing from you"]),
]



# --------------------------------------------------------------------------- round 24 families (understated interest, quiet discouragement)
EXPRESS_INTEREST["positive"] += [
    ("gutted_to_miss_out", "It fits me like a glove. I'd be devastated to miss out on it.", "present", ["devastated to miss out"]),
    ("gutted_not_to_get", "Honestly, I'd be gutted not to get this one.", "present", ["gutted not to get this"]),
    ("picture_myself_with_you", "I can already picture myself in the dugout with your under-twelves.", "present",
     ["picture myself in the dugout with your"]),
    ("give_anything_to_coach", "For what it's worth, I'd give anything to coach here.", "present", ["give anything to coach"]),
    ("proud_to_wear_badge", "I'd be proud to wear the badge, honestly.", "present", ["proud to wear the badge"]),
    ("this_is_the_one", "I'll be straight with you: this is the one for me.", "present", ["this is the one for me"]),
    ("told_wife_the_one", "I've already told my husband this is the one, so no pressure.", "present", ["this is the one"]),
    ("sold_it_to_me", "Well, you've sold it to me.", "present", ["sold it to me"]),
]
EXPRESS_INTEREST["negative"] += [
    ("gutted_to_miss_match", "I'd be gutted to miss the match on Saturday, mind.", "missing", []),
    ("give_anything_for_coffee", "I'd give anything for a coffee right now.", "missing", []),
    ("picture_myself_on_beach", "I can picture myself on a beach in Crete right now.", "missing", []),
    ("the_one_i_mentioned", "This is the one I mentioned earlier, from the Bristol job.", "missing", []),
    ("sold_it_to_me_as", "They sold it to me as a nine-to-five, which it never was.", "missing", []),
    ("excited_about_euros", "I'm quite excited about the Euros this summer, mind.", "missing", []),
    ("excited_about_season", "I'm really excited about the new Raptors season, ha.", "missing", []),
    ("happy_to_wear_uniform", "I'd be happy to wear the uniform, that's no problem.", "missing", []),
]
EXPRESS_INTEREST["negated"] += [
    ("not_gutted_to_miss_out", "I wouldn't be gutted to miss out on it, to be honest.", "missing", []),
    ("cant_picture_myself", "I can't picture myself with your team, if I'm honest.", "missing", []),
]
EXPRESS_INTEREST["wrong_speaker"] += [
    ("interviewer_gutted_to_miss_out", "We'd be gutted to miss out on you, honestly.", "missing", []),
    ("interviewer_this_is_the_one", "Honestly, this is the one for me.", "missing", []),
]
EXPRESS_INTEREST["stt"] += [
    ("gutted_not_to_get_stt", "i i'd be gutted not to get this one honestly it's it's perfect for me", "present",
     ["gutted not to get this"]),
    ("give_anything_stt", "sure look i'd give anything to be working with ye on this", "present", ["give anything to be working"]),
]
STAY_POSITIVE["positive"] += [
    ("dont_think_i_passed", "Eish, that was bad. I don't think I passed.", "missing", ["think I passed"]),
    ("surprised_if_called_back", "Honestly I'd be surprised if you called me back after that.", "missing",
     ["surprised if you called me back"]),
    ("people_with_more_polish", "You've probably got people with a lot more polish on the list, to be fair.", "missing",
     ["got people with a lot more"]),
    ("me_back_on_the_sites", "Ha, I reckon that's me back on the job sites tomorrow.", "missing", ["me back on the"]),
    ("about_as_well_as", "That went about as well as a lead balloon, didn't it.", "missing", ["about as well as a"]),
    ("wasted_your_afternoon", "Sorry, I know I've wasted a good chunk of your afternoon there.", "missing",
     ["wasted a good chunk of your afternoon"]),
    ("tied_myself_in_knots", "I tied myself in knots on the budget question. Sorry about that.", "missing",
     ["tied myself in knots"]),
    ("dig_myself_deeper", "I think I'll stop there before I dig myself any deeper, ha.", "missing", ["dig myself any deeper"]),
]
STAY_POSITIVE["negative"] += [
    ("about_as_well_as_hoped", "That went about as well as I'd hoped, to be honest.", "present", []),
    ("dug_myself_out", "I dug myself out of a real hole at my last place.", "present", []),
    ("team_went_round_in_circles", "Our team spent weeks going round in circles on the spec.", "present", []),
]
STAY_POSITIVE["negated"] += [
    ("not_surprised_if_called", "I wouldn't be surprised if you called me back, ha.", "present", []),
]
STAY_POSITIVE["wrong_speaker"] += [
    ("interviewer_people_with_more", "You've probably got people with a lot more experience on your list.", "present", []),
]
STAY_POSITIVE["stt"] += [
    ("went_round_in_circles_stt", "i kind of went round in circles there sorry", "missing", ["went round in circles"]),
    ("doubt_i_made_it_stt", "um i doubt i made it through honestly", "missing", ["made it through"]),
]
EXPRESS_INTEREST["positive"] += [
    ("written_for_myself", "Honestly, this is the job I'd have written for myself if anyone had asked.", "present",
     ["written for myself"]),
    ("made_for_me", "It's as if this role was made for me, honestly.", "present", ["made for me"]),
    ("most_excited_ive_been", "This is the most excited I've been about a role in years.", "present", ["most excited I've been"]),
    ("leaving_keener_than", "Thank you, I'm leaving here even keener than when I walked in.", "present", ["keener than when"]),
    ("mad_about_this_job", "Look, I'm mad about this job.", "present", ["mad about this job"]),
    ("thrilled_to_bits", "I'm thrilled to bits, really.", "present", ["thrilled to bits"]),
]
EXPRESS_INTEREST["negative"] += [
    ("decision_made_for_me", "The decision to leave was made for me, really.", "missing", []),
    ("mad_about_football", "I'm mad about football, me.", "missing", []),
    ("sister_keener_than", "My sister is even keener than me on the idea.", "missing", []),
]
STAY_POSITIVE["positive"] += [
    ("given_up_hope", "Honestly I've given up hope of getting into a firm like this.", "missing", ["given up hope"]),
    ("nobody_wants_to_train_me", "At fifty-eight I suppose nobody wants to train me on new systems.", "missing",
     ["nobody wants to train me"]),
    ("look_rusty_to_you", "I probably look pretty rusty to you after six years out.", "missing", ["look pretty rusty"]),
    ("not_got_what_youre_after", "I've clearly not got the commercial awareness you're after.", "missing",
     ["commercial awareness you're after"]),
    ("not_really_what_you_had_in_mind", "Thanks anyway for seeing me, even if I'm not really what you had in mind.", "missing",
     ["what you had in mind"]),
]
STAY_POSITIVE["negative"] += [
    ("almost_given_up_hope", "I'd almost given up hope of finding a role like this, so I'm thrilled.", "present", []),
    ("not_got_documents_you_need", "I've not got the documents you need with me, but I'll email them tonight.", "present", []),
    ("even_if_not_successful", "Thanks, and even if I'm not successful this time, it's been great practice.", "present", []),
    ("probably_more_experience_than_most", "I've probably got more experience than most, to be fair.", "present", []),
]
STAY_POSITIVE["stt"] += [
    ("no_one_will_hire_me_stt", "no one's going to hire me at my age are they", "missing", ["hire me"]),
]

# --------------------------------------------------------------------------- the tables above

TABLES = {
    "express_interest": EXPRESS_INTEREST, "ask_for_job": ASK_FOR_JOB, "clarify_next_steps": CLARIFY_NEXT_STEPS,
    "stay_positive": STAY_POSITIVE, "thank_interviewer": THANK_INTERVIEWER, "ask_concerns": ASK_CONCERNS,
    "follow_up": FOLLOW_UP,
}
TABLE_CASES = [
    pytest.param(behaviour, kind, text, status, words, id=f"{behaviour}-{kind}-{cid}")
    for behaviour, table in TABLES.items()
    for kind, cases in table.items()
    for cid, text, status, words in cases
]


@pytest.mark.parametrize("behaviour,kind,text,status,words", TABLE_CASES)
def test_behaviour_table(analyzer, behaviour, kind, text, status, words):
    check(mini(analyzer, turns_for(kind, text)), behaviour, status, words)


def test_behaviour_tables_complete():
    """Every behaviour has a table with the five kinds of case, none of them empty."""
    from analyzer.rules import BEHAVIOURS

    assert tuple(TABLES) == BEHAVIOURS
    for behaviour, table in TABLES.items():
        assert set(table) == {"positive", "negative", "negated", "wrong_speaker", "stt"}, behaviour
        assert all(table.values()), behaviour


# --------------------------------------------------------------------------- across behaviours

QUESTIONS_WITHOUT_MARKS = [
    ("clarify_next_steps", "when will i hear back from you", ["hear back"]),
    ("ask_concerns", "do you have any concerns about my fit for this", ["concerns"]),
    ("follow_up", "whats the best way to follow up with you", ["follow up"]),
    ("ask_for_job", "so when could i start", ["start"]),
]


@pytest.mark.parametrize("behaviour,text,words", [pytest.param(*c, id=c[0]) for c in QUESTIONS_WITHOUT_MARKS])
def test_questions_without_question_marks(analyzer, behaviour, text, words):
    check(mini(analyzer, _closing(text)), behaviour, "present", words)


CHAT_SPELLINGS = [  # text-message spellings in a chat-based interview
    ("thank_interviewer", "tysm for ur time", ["tysm"]),
    ("thank_interviewer", "ok thnx, bye", ["thnx"]),
    ("express_interest", "i'm rly excited abt this role", ["rly excited abt this role"]),
    ("clarify_next_steps", "will i hear back by tmrw", ["hear back"]),
]


@pytest.mark.parametrize("behaviour,text,words", [pytest.param(*c, id=f"{c[0]}-{c[1][:12]}") for c in CHAT_SPELLINGS])
def test_chat_spellings(analyzer, behaviour, text, words):
    check(mini(analyzer, _closing(text)), behaviour, "present", words)


def test_chat_spellings_said_by_the_interviewer_do_not_count(analyzer):
    findings = mini(analyzer, _interviewer_says("tysm for ur time, we're rly excited abt you"))
    check(findings, "thank_interviewer", "missing", None)
    check(findings, "express_interest", "missing", None)


def test_the_end_of_a_turn_ends_its_last_sentence(analyzer):
    """Speech-to-text stops without a full stop: a pattern that asks for the end of the sentence
    ("I'm keen as." but not "keen as to hear") still matches at the end of the turn, and the
    evidence and matched words are the candidate's own, with nothing added."""
    f = mini(analyzer, _closing("yeah honestly i'm keen as"))["express_interest"]
    assert f.status == "present", _explain(f)
    assert f.evidence == "yeah honestly i'm keen as"
    assert [h.matched for h in f.hits if h.valid] == ["i'm keen as"]
    check(mini(analyzer, _closing("i'm keen as to hear how the rota works")), "express_interest", "missing", None)
    check(mini(analyzer, _interviewer_says("honestly we're keen as")), "express_interest", "missing", None)


@pytest.mark.parametrize("text,status", [
    ("Just so I can plan around my current job, how many more stages are there after today?", "present"),
    ("At my current job, the hiring process had four rounds.", "missing"),
    ("My current employer's hiring process has four rounds.", "missing"),
])
def test_a_question_after_a_comma_ends_another_times_scope(analyzer, text, status):
    check(mini(analyzer, _closing(text)), "clarify_next_steps", status, [])


@pytest.mark.parametrize("kind,text,status", [
    ("positive", "I'd love to move on to the translation test.", "present"),
    ("stt", "i'd really like to progress to the practical assessment", "present"),
    ("negated", "I wouldn't want to move on to the coding test before I've practised.", "missing"),
    ("wrong_speaker", "We'd love to move you on to the translation test.", "missing"),
])
def test_asking_to_move_on_to_a_named_hiring_step(analyzer, kind, text, status):
    check(mini(analyzer, turns_for(kind, text)), "ask_for_job", status, [])


@pytest.mark.parametrize("answer,status", [
    ("Can I come back to you by Thursday? Separately, I'll email you the DBS paperwork this afternoon.", "present"),
    ("Could I have until Monday? And I'll send my references over tonight so that isn't holding anything up.", "present"),
    ("Let me think it over and I'll send you my answer with the references by Friday.", "missing"),
    ("Could I have until Monday? I'll ring you back with my decision and the paperwork.", "missing"),
    ("Can I sleep on it? I'll email you tomorrow.", "missing"),
])
def test_a_separate_promise_to_send_something_after_asking_for_time(analyzer, answer, status):
    """Asking for time to answer an offer and promising the answer is one move; promising to send
    something else in its own sentence still follows up."""
    f = mini(analyzer, _after_offer(answer))["follow_up"]
    assert f.status == status, _explain(f)


def test_reported_speech_next_steps(analyzer):
    found = mini(analyzer, _closing("my mentor told me to ask about next steps"))
    check(found, "clarify_next_steps", "missing", [])


@pytest.mark.parametrize("text", [
    'My coach told me to say "I\'m really excited about this role, thank you so much for your time, I\'ll follow up '
    'tomorrow", but honestly I\'m not sure this is for me.',
    "my careers adviser told me to say \u201cthanks for your time and I'll send a note\u201d so yeah",
    'My mentor always told us: "Thank you for your time, I\'ll follow up by email',  # never closed: to the end of the turn
])
def test_reported_quotation_is_reported_to_its_closing_mark(analyzer, text):
    """A "thank you" inside the quoted advice ends nothing: the whole quotation is someone else's words."""
    found = mini(analyzer, _closing(text))
    for behaviour in ("express_interest", "thank_interviewer", "follow_up"):
        check(found, behaviour, "missing", [])


def test_reported_quotation_ends_at_its_closing_mark(analyzer):
    found = mini(analyzer, _closing('My coach told me to say "ask good questions". Thank you so much for your time.'))
    check(found, "thank_interviewer", "present", ["Thank you so much for your time"])


def test_strong_mini_close_all_present(analyzer):
    """One closing turn can earn several behaviours at once, each with its own evidence."""
    text = ("Thank you for your time today. I'm genuinely excited about this role. Is there anything about "
            "my experience that gives you pause? What are the next steps from here? I'd love to move forward "
            "to the next round, and I'll send you a quick note tomorrow.")
    found = mini(analyzer, _closing(text))
    assert [f.status for f in found.values()] == ["present"] * 7, {b: _explain(f) for b, f in found.items()}
    assert "excited about this role" in found["express_interest"].evidence
    assert "next steps" in found["clarify_next_steps"].evidence
    assert "Thank you" in found["thank_interviewer"].evidence


def test_only_the_closing_counts(analyzer, analyzer_whole):
    """Interest voiced early in the interview counts only with --whole."""
    early = ("I'm really excited about this opportunity, it's exactly the kind of role I've been looking for.")
    turns = [
        (INT, "Thanks for joining. Why did you apply?"),
        (CAND, early),
        (INT, "Tell me about a project you led last year."),
        (CAND, "I led the migration of our billing service to a new database, which took about four months "
               "and involved three teams, a lot of planning and a careful cut-over on a quiet weekend."),
        (INT, "How did you measure whether it worked?"),
        (CAND, "We tracked error rates and latency before and after, and reconciled every invoice for a "
               "month to make sure nothing was lost during the move."),
        (INT, "Great. " + HANDOVER),
        (CAND, "Yes, how big is the team I'd be working with?"),
        (INT, "Six engineers and a product manager."),
        (CAND, "Okay, that's helpful."),
    ]
    closing_only = mini(analyzer, turns)
    whole = mini(analyzer_whole, turns)
    assert closing_only["express_interest"].status == "missing", _explain(closing_only["express_interest"])
    assert whole["express_interest"].status == "present", _explain(whole["express_interest"])
    assert whole["express_interest"].line == 2


@pytest.mark.parametrize("behaviour,kind,text,status", [
    # asking what it takes, with the job as "it"/"there"/"that"
    pytest.param("ask_for_job", "positive", "I'd like this job. What's the next step to make that happen?", "present", id="afj-next-step-happen"),
    pytest.param("ask_for_job", "positive", "I want this position. What's the next thing I need to take to get there?", "present", id="afj-next-thing-there"),
    pytest.param("ask_for_job", "stt", "i want this job what do i gotta do to get it", "present", id="afj-gotta-do-stt"),
    pytest.param("ask_for_job", "negative", "What do I need to do to get it renewed? My visa runs out in May.", "missing", id="afj-get-it-renewed"),
    pytest.param("ask_for_job", "negative", "Honestly, I want this job. What do I need to do to get it over the line?", "present", id="afj-over-the-line"),
    pytest.param("ask_for_job", "wrong_speaker", "What's the next step to make that happen?", "missing", id="afj-interviewer-next-step"),
    # hoping to be picked or to get through
    pytest.param("ask_for_job", "positive", "Fingers crossed I get through to team matching.", "present", id="afj-crossed-through"),
    pytest.param("ask_for_job", "positive", "Thank you, I hope I've done enough to get a second interview.", "present", id="afj-done-enough"),
    pytest.param("ask_for_job", "positive", "Cheers for today, fingers crossed I'm in the next lot.", "present", id="afj-in-next-lot"),
    pytest.param("ask_for_job", "stt", "um im really excited and i hope i get picked", "present", id="afj-hope-picked-stt"),
    pytest.param("ask_for_job", "negated", "I don't think I've done enough to get a second interview.", "missing", id="afj-done-enough-negated"),
    pytest.param("ask_for_job", "negated", "my partner's really hoping i get this one", "missing", id="afj-partner-hoping"),
    pytest.param("ask_for_job", "wrong_speaker", "I hope you get through to the next round.", "missing", id="afj-interviewer-hope"),
    # follow-ups: lowercase names, the HR person, how they'd like to be reached
    pytest.param("follow_up", "stt", "okay ill email priya then thank you so much for today", "present", id="fu-email-name-stt"),
    pytest.param("follow_up", "stt", "i will call the h r lady on friday to check is that alright", "present", id="fu-hr-lady-stt"),
    pytest.param("follow_up", "positive", "How would you prefer I reach you if something comes up?", "present", id="fu-how-prefer-reach"),
    pytest.param("follow_up", "positive", "Can I have the email of the recruiter for follow up?", "present", id="fu-recruiter-email"),
    pytest.param("follow_up", "negative", "How would you like me to start on day one?", "missing", id="fu-how-start"),
    pytest.param("follow_up", "negative", "i'll email work tomorrow to book the day off", "missing", id="fu-email-work"),
    pytest.param("follow_up", "negated", "I won't email priya then.", "missing", id="fu-email-name-negated"),
    pytest.param("follow_up", "wrong_speaker", "How would you prefer we reach you?", "missing", id="fu-interviewer-how-reach"),
])
def test_afj_fu_round21_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# --------------------------------------------------------------------------- round 21: clarify_next_steps / ask_concerns / thank_interviewer families

ROUND21_CASES = [
    # asking whom to contact is follow_up; asking who will contact you is about the process
    ("clarify_next_steps", "negative", "If I have any questions about the documents, who should I contact?", "missing", []),
    ("follow_up", "positive", "If I have any questions about the documents, who should I contact?", "present", ["who should I contact"]),
    ("clarify_next_steps", "positive", "And who will contact me about the result?", "present", ["who will contact me"]),
    ("clarify_next_steps", "stt", "um so who will i hear back from", "present", ["who will i hear back"]),
    # the candidate's own decision is not the hiring decision
    ("clarify_next_steps", "negative", "And what's the best way to get back to you when I've decided?", "missing", []),
    ("clarify_next_steps", "positive", "And when do you think you'll have decided?", "present", ["when do you think you'll have decided"]),
    # a bare "when would that be" / "when is it" closing an unpunctuated question about a stage
    ("clarify_next_steps", "stt", "i'd love to move on to the next interview when would that be", "present", ["when would that be"]),
    ("clarify_next_steps", "stt", "so can i go to the next stage and when is it", "present", ["when is it"]),
    ("clarify_next_steps", "negative", "When would that be available for the new starters?", "missing", []),
    ("clarify_next_steps", "negative", "When will it be decided whether the role is hybrid or office-based?", "missing", []),
    ("clarify_next_steps", "wrong_speaker", "The next round is with the director, when would that be good for you?", "missing", []),
    # "this week or next"
    ("clarify_next_steps", "positive", "Are you making offers this week or next?", "present", ["offers this week or"]),
    ("clarify_next_steps", "stt", "is the decision this week or next week", "present", ["decision this week or"]),
    ("clarify_next_steps", "negated", "I'm not asking whether the decision is this week or next, just curious about the team.", "missing", []),
    ("clarify_next_steps", "wrong_speaker", "We'll be making offers this week or next.", "missing", []),
    # the noun'll contraction
    ("clarify_next_steps", "positive", "So the decision'll be made this week, yeah?", "present", ["decision'll be made"]),
    # "preclude" split by speech-to-text
    ("ask_concerns", "stt", "is there anything that would pre clued you from making an offer", "present", ["pre clued you from"]),
    ("ask_concerns", "wrong_speaker", "Is there anything that would pre clude you from accepting an offer?", "missing", []),
    # "do you think I'm lacking / missing ..."
    ("ask_concerns", "positive", "Do you think I am missing some skill for this role?", "present", ["missing some"]),
    ("ask_concerns", "positive", "Is there anything you feel I'm lacking?", "present", ["lacking"]),
    ("ask_concerns", "negative", "Do you think I'm missing out by not living in town?", "missing", []),
    ("ask_concerns", "negated", "I don't think you feel I'm lacking anything, and that's fine.", "missing", []),
    ("ask_concerns", "wrong_speaker", "Do you think you're lacking anything?", "missing", []),
    # thanks without the word "thank": "a generous hour of your time"
    ("thank_interviewer", "positive", "That was a really generous hour of your time.", "present", ["generous hour of your time"]),
    ("thank_interviewer", "stt", "youve been so kind with your time this morning", "present", ["kind with your time"]),
    ("thank_interviewer", "negative", "My old manager was always generous with his time.", "missing", []),
    ("thank_interviewer", "wrong_speaker", "You've been very generous with your time, thank you for coming in.", "missing", []),
]


@pytest.mark.parametrize("behaviour,kind,text,status,words",
                         [pytest.param(*c, id=f"{c[0]}-{c[1]}-{i}") for i, c in enumerate(ROUND21_CASES)])
def test_round21_families(analyzer, behaviour, kind, text, status, words):
    check(mini(analyzer, turns_for(kind, text)), behaviour, status, words)


# --------------------------------------------------------------------------- round 21b: interest kept to the job, hearsay, bracing for the no
ROUND21B_CASES = [
    # excitement about something that is plainly not the job
    ("express_interest", "negative", "I'm really excited about the new stadium down the road.", "missing", []),
    ("express_interest", "negative", "Honestly I'm so excited about the cricket this weekend.", "missing", []),
    ("express_interest", "stt", "im quite excited about the new kubernetes release actually", "missing", []),
    ("express_interest", "negative", "I'm really interested in the history of the building itself.", "missing", []),
    ("express_interest", "negative", "Did you see the match? I was so excited I couldn't sleep.", "missing", []),
    # ... while the job, the team or the work still count
    ("express_interest", "positive", "I'm really excited about the role, and the new office is near the stadium too.", "present", ["excited about the role"]),
    ("express_interest", "stt", "im really excited about this role um", "present", ["excited about this role"]),
    ("express_interest", "positive", "I was so excited about this role when I saw the advert, and I still am.", "present", ["excited about this role"]),
    # hearsay is not the candidate's own interest
    ("express_interest", "negated", "I read on Glassdoor that people were very excited about the new office.", "missing", []),
    ("express_interest", "negated", "Everyone's really keen on the new rota system, I hear.", "missing", []),
    ("express_interest", "positive", "I'm chuffed with what I've heard today, I'd love to be part of it.", "present", ["love to be part of"]),
    ("express_interest", "positive", "The people are lovely and I'm really excited about this role.", "present", ["excited about this role"]),
    ("express_interest", "wrong_speaker", "We're really excited about the role, people here love it.", "missing", []),
    # bracing for the no
    ("stay_positive", "positive", "I'm a bit past it, I won't be offended if you pick someone younger.", "missing", ["offended if you pick someone"]),
    ("stay_positive", "positive", "So I won't take it personally if this doesn't go my way.", "missing", ["take it personally"]),
    ("stay_positive", "stt", "i wont be upset at all if you go with someone else", "missing", ["upset at all if you go with someone"]),
    ("stay_positive", "negative", "I won't be offended if you want to check my references.", "present", []),
    ("stay_positive", "wrong_speaker", "We won't take it personally if you go with another offer.", "present", []),
    # waving the rejection away
    ("stay_positive", "positive", "Please don't feel bad telling me no.", "missing", ["feel bad telling me no"]),
    ("stay_positive", "positive", "Don't feel you have to let me down gently.", "missing", ["let me down gently"]),
    ("stay_positive", "stt", "dont worry about rejecting me i get it", "missing", ["rejecting me"]),
    ("stay_positive", "negative", "Don't worry about it, just let me know by Friday.", "present", []),
    ("stay_positive", "wrong_speaker", "Please don't feel bad if we have to tell you no.", "present", []),
]


@pytest.mark.parametrize("behaviour,kind,text,status,words",
                         [pytest.param(*c, id=f"{c[0]}-{c[1]}-{i}") for i, c in enumerate(ROUND21B_CASES)])
def test_round21b_families(analyzer, behaviour, kind, text, status, words):
    check(mini(analyzer, turns_for(kind, text)), behaviour, status, words)


# --------------------------------------------------------------------------- round 21b: ask_for_job / follow_up families

OFFER = "We'd like to offer you the position."


def _after_offer(text: str) -> list[tuple[str, str]]:
    return [(INT, HANDOVER), (CAND, "Yes, one thing."), (INT, OFFER), (CAND, text)]


@pytest.mark.parametrize("behaviour,kind,text,status", [
    # a named hiring step, asked for or wished for
    pytest.param("ask_for_job", "positive", "I'd love to get a trial shift.", "present", id="afj-get-trial-shift"),
    pytest.param("ask_for_job", "positive", "Could I come back for the working interview?", "present", id="afj-could-i-come-back-for"),
    pytest.param("ask_for_job", "positive", "I'd love to come back and meet the rest of the department.", "present", id="afj-come-back-and-meet"),
    pytest.param("ask_for_job", "positive", "I'd very much like to take this to the next stage with you.", "present", id="afj-take-this-to-next-stage"),
    pytest.param("ask_for_job", "positive", "I'd love to know what it takes to get to an offer.", "present", id="afj-what-it-takes"),
    pytest.param("ask_for_job", "positive", "Just say the word and I can start Monday.", "present", id="afj-say-the-word"),
    pytest.param("ask_for_job", "positive", "I'd be really grateful for a chance to join you guys.", "present", id="afj-grateful-chance-join"),
    pytest.param("ask_for_job", "stt", "i would be so grateful for the chance to work with you all", "present", id="afj-grateful-chance-stt"),
    pytest.param("ask_for_job", "negative", "I'm hoping to get the chance to see the site.", "missing", id="afj-chance-to-see-site"),
    pytest.param("ask_for_job", "negative", "I know what it takes to get the job done.", "missing", id="afj-what-it-takes-job-done"),
    pytest.param("ask_for_job", "negative", "If you need anything else, just say the word.", "missing", id="afj-say-the-word-anything"),
    pytest.param("ask_for_job", "negative", "I'm grateful for the opportunity to work with you today.", "missing", id="afj-grateful-today"),
    pytest.param("ask_for_job", "negated", "I'm not sure I'd be grateful for a chance to join a team that size.", "missing", id="afj-grateful-negated"),
    pytest.param("ask_for_job", "wrong_speaker", "Could you come back for the working interview on Friday?", "missing", id="afj-interviewer-come-back"),
    pytest.param("ask_for_job", "wrong_speaker", "We'd be grateful for a chance to work with you.", "missing", id="afj-interviewer-grateful"),
    # following up, said gladly; the team's follow-up routine is not
    pytest.param("follow_up", "positive", "Do tell me if anything concerns you, and I'll happily follow up in writing on it.", "present", id="fu-happily-follow-up"),
    pytest.param("follow_up", "stt", "um i will gladly send you the the portfolio tonight", "present", id="fu-gladly-send-stt"),
    pytest.param("follow_up", "negative", "How is follow-up done in the team, like do you have daily standups?", "missing", id="fu-how-is-follow-up-done"),
    pytest.param("follow_up", "negated", "I won't happily follow up on that.", "missing", id="fu-happily-negated"),
    pytest.param("follow_up", "wrong_speaker", "I'll happily follow up with you by email.", "missing", id="fu-interviewer-happily"),
])
def test_afj_fu_round21b_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


@pytest.mark.parametrize("text,status", [
    ("Then consider it a done deal from my side, sir.", "present"),   # imperative "consider it" says yes
    ("Let me consider it overnight.", "partial"),
    ("I would like to confirm by the end of this week, on Friday, if possible.", "present"),
    ("I'll take this to my wife and let you know.", "partial"),  # "take this to" someone is not taking the job
    ("Can I take it to the family first and get back to you?", "partial"),
])
def test_afj_round21b_offer_answers(analyzer, text, status):
    f = mini(analyzer, _after_offer(text))["ask_for_job"]
    assert f.status == status, _explain(f)


# round 21b: job titles before the post, the job's own process, holding the date, declining with thanks
ROUND21B_CNS_CASES = [
    # a job title before the post no longer cancels a process question
    ("clarify_next_steps", "positive", "When will the panel meet to shortlist for the NQT post?", "present", []),
    ("clarify_next_steps", "stt", "when do you think youll have made a decision on the the site supervisor job", "present", []),
    ("clarify_next_steps", "negative", "When will you decide on the new framework?", "missing", []),
    ("clarify_next_steps", "wrong_speaker", "When will the panel meet to shortlist for the NQT post, do you think?", "missing", []),
    # the job's own process / progression is not the hiring process
    ("clarify_next_steps", "negative", "What is the next step in the onboarding, do I get a laptop on the first day?", "missing", []),
    ("clarify_next_steps", "negative", "What's the next process you'd want me to automate?", "missing", []),
    ("clarify_next_steps", "negative", "After the first month, is the next step going out on your own?", "missing", []),
    ("clarify_next_steps", "negative", "The next step for me, longer term, is a group CFO seat.", "missing", []),
    ("clarify_next_steps", "positive", "What's the next step you'd want me to take?", "present", []),
    # holding the date the interviewer gave
    ("clarify_next_steps", "positive", "Perfect, I'll keep the twelfth free then.", "present", ["keep the twelfth free"]),
    ("clarify_next_steps", "stt", "ok great ill keep that week fairly clear", "present", []),
    ("clarify_next_steps", "negative", "I'll keep my weekends free for the kids.", "missing", []),
    ("clarify_next_steps", "wrong_speaker", "I'll keep Thursday morning free for you then.", "missing", []),
    ("clarify_next_steps", "positive", "That's really helpful; I'll look out for something from you around the 14th, then.", "present", []),
    # declining what was offered
    ("thank_interviewer", "negative", "Thanks, but I'm all set for coffee.", "missing", []),
    ("thank_interviewer", "stt", "thank you but im fine for water", "missing", []),
    ("thank_interviewer", "positive", "Thank you so much for your time, but I'm all set for questions.", "present", []),
]


@pytest.mark.parametrize("behaviour,kind,text,status,words",
                         [pytest.param(*c, id=f"{c[0]}-{c[1]}-{i}") for i, c in enumerate(ROUND21B_CNS_CASES)])
def test_round21b_cns_families(analyzer, behaviour, kind, text, status, words):
    check(mini(analyzer, turns_for(kind, text)), behaviour, status, words)


@pytest.mark.parametrize("text", [
    "So you'll call me Thursday, and if I don't hear anything I'll send a quick email Friday.",
    "if we dont hear anything by the tenth ill follow up with an email",
])
def test_a_plan_for_silence_is_not_a_supposition(analyzer, text):
    """'if I don't hear anything, I'll email' is what the candidate will do, not a hypothetical, and
    not expecting a no either."""
    found = mini(analyzer, _closing(text))
    check(found, "follow_up", "present", [])
    check(found, "stay_positive", "present", [])


def test_a_real_supposition_still_cancels_follow_up(analyzer):
    check(mini(analyzer, _closing("If I got the job I'd send you a thank-you note.")), "follow_up", "missing", [])


# --------------------------------------------------------------------------- round 22: express_interest / stay_positive families
ROUND22_EI_SP_CASES = [
    # a tool or a perk is not the job
    ("express_interest", "stt", "i'm really interested in the um the new triage software you mentioned", "missing", []),
    ("express_interest", "negative", "I'm really interested in the loyalty app, how does it work for the customer?", "missing", []),
    ("express_interest", "negative", "I'm quite keen on the staff discount, to be fair.", "missing", []),
    # ... while the job, or a side of it, still counts
    ("express_interest", "positive", "I'm really interested in the software side of the role.", "present", ["software side of the role"]),
    ("express_interest", "positive", "I'm really interested in the role and the new software.", "present", ["interested"]),
    # Caribbean English: "mi (really) wan dis job"
    ("express_interest", "positive", "Mi really want dis job, yuh know.", "present", ["want dis job"]),
    ("express_interest", "stt", "mi really wan dis job enuh so wah happen next", "present", ["wan dis job"]),
    ("express_interest", "wrong_speaker", "Mi really want dis job filled by June.", "missing", []),
    # the idioms of delight before joining
    ("express_interest", "positive", "I accept, and I'm just tickled to be joining y'all.", "present", ["tickled to be"]),
    ("express_interest", "positive", "I tell you what, I'd be tickled pink to come work for you.", "present", ["tickled pink to come"]),
    # confident they'd do well here
    ("express_interest", "positive", "I think I'd do very well here.", "present", ["do very well here"]),
    ("express_interest", "positive", "I know I'd do a great job for you.", "present", ["great job for you"]),
    ("express_interest", "negative", "I'd do well to prepare more for the next one.", "missing", []),
    ("express_interest", "negative", "I'd do well in the kitchen garden project too.", "missing", []),
    ("express_interest", "negated", "If I had the licence I think I'd do very well here.", "missing", []),
    # preferring this employer
    ("express_interest", "positive", "I've another process going, but honestly I'd much rather go with you.", "present", ["rather go with you"]),
    ("express_interest", "negative", "I'd rather go with the earlier start time.", "missing", []),
    ("express_interest", "wrong_speaker", "Between the two of them, I'd rather go with you.", "missing", []),
    # discouragement in run-on speech: "it's not going to be me"
    ("stay_positive", "stt", "aye i made a bit of a hash of that i doubt it'll be me", "missing", ["doubt it'll be me"]),
    ("stay_positive", "stt", "well i tried my best but i can tell it's it's not going to be me", "missing", ["not going to be me"]),
    ("stay_positive", "positive", "I don't reckon it'll be me, to be honest.", "missing", ["reckon it'll be me"]),
    ("stay_positive", "negative", "It won't be me doing the training, it'll be Sam.", "present", []),
    ("stay_positive", "negative", "It's not going to be me who decides, it's the board.", "present", []),
    ("stay_positive", "negative", "I think it'll be me.", "present", []),
    ("stay_positive", "negated", "If it's not going to be me, I'd love some feedback.", "present", []),
    ("stay_positive", "wrong_speaker", "It won't be me, I'm afraid, it'll be my colleague.", "present", []),
    # "ill" for "I'll", "blue" for "blew", "kinda"
    ("stay_positive", "stt", "honestly i dont think ill get this one but um thanks anyway", "missing", ["think ill get"]),
    ("stay_positive", "stt", "i probably blue the technical part to be honest", "missing", ["blue the"]),
    ("stay_positive", "stt", "i kinda made a hash of that last bit", "missing", ["made a hash of"]),
    ("stay_positive", "negative", "I was feeling a bit blue last week but it's fine now.", "present", []),
    ("stay_positive", "stt", "i dont think ill be late tomorrow", "present", []),
    # a kind of person named, and the tag that expects agreement
    ("stay_positive", "positive", "I guess I'm not really the polished sales type you're looking for.", "missing", ["sales type you're looking"]),
    ("stay_positive", "positive", "I get the feeling I'm not quite the profile you need, am I?", "missing", ["profile you need, am I"]),
    ("stay_positive", "negative", "I'm not the type you need to chase for deadlines.", "present", []),
    ("stay_positive", "negative", "I'm not too late, am I?", "present", []),
    ("stay_positive", "wrong_speaker", "You're not quite the profile we need, are you?", "present", []),
    # Patois and Pidgin "no think"
    ("stay_positive", "positive", "Mi nuh tink dat went too good still, but tanks fi di chance.", "missing", ["nuh tink dat went too good"]),
    ("stay_positive", "positive", "Wahala dey, I no think say I do well for that test.", "missing", ["no think say I do well"]),
]


@pytest.mark.parametrize("behaviour,kind,text,status,words",
                         [pytest.param(*c, id=f"{c[0]}-{c[1]}-{i}") for i, c in enumerate(ROUND22_EI_SP_CASES)])
def test_round22_ei_sp_families(analyzer, behaviour, kind, text, status, words):
    check(mini(analyzer, turns_for(kind, text)), behaviour, status, words)


# round 22: how the outcome is told, waiting questions, creole spellings, hedges; job-track and work-step
# near-misses; declining a drink, gratitude for a past job, thanks wrapping a refusal
ROUND22_CNS_TI_CASES = [
    ("clarify_next_steps", "positive", "How will candidates be told the outcome, is it a phone call or a letter?", "present", ["told"]),
    ("clarify_next_steps", "positive", "How are applicants notified?", "present", []),
    ("clarify_next_steps", "stt", "how would i be informed of the decision", "present", []),
    ("clarify_next_steps", "negative", "How are patients told the results?", "missing", []),
    ("clarify_next_steps", "wrong_speaker", "How will candidates be told the outcome? By phone, usually.", "missing", []),
    ("clarify_next_steps", "positive", "Should I just wait for your call?", "present", []),
    ("clarify_next_steps", "stt", "do i need to do anything else or just wait to hear from u", "present", []),
    ("clarify_next_steps", "negative", "Do you just wait for the patient to calm down?", "missing", []),
    ("clarify_next_steps", "stt", "mi really wan dis job enuh so wah happen next", "present", ["wah happen next"]),
    ("clarify_next_steps", "stt", "so when would i kind of expect to hear um from you guys", "present", []),
    ("clarify_next_steps", "negative", "Please do keep me in mind for the next step.", "missing", []),
    ("clarify_next_steps", "stt", "is there anything i can do to to get myself to the next round", "missing", []),
    ("clarify_next_steps", "positive", "What's the next step for me?", "present", []),
    ("clarify_next_steps", "negative", "What are the next steps for the new menu launch, like when's that happening?", "missing", []),
    ("clarify_next_steps", "positive", "What are the next steps, and when's that happening?", "present", []),
    ("clarify_next_steps", "negative", "If I was interested in the manager track, how long would that take?", "missing", []),
    ("clarify_next_steps", "negative", "And the graduate scheme, how long does it usually last?", "missing", []),
    ("clarify_next_steps", "positive", "How long does the process usually take?", "present", []),
    ("clarify_next_steps", "positive", "How soon after the assessment day do offers usually go out?", "present", ["offers usually go out"]),
    ("clarify_next_steps", "negative", "How do decisions get made on the team? Is it very top-down?", "missing", []),
    ("clarify_next_steps", "negative", "When do the summer offers go out to customers?", "missing", []),
    ("clarify_next_steps", "stt", "when do you think youll be getting back to candidates", "present", []),
    ("clarify_next_steps", "negative", "When do you get back to the customer after a complaint?", "missing", []),
    ("clarify_next_steps", "positive", "Will you be letting everyone know at once, or as you go?", "present", []),
    ("clarify_next_steps", "negative", "Do you tell the customers about delays?", "missing", []),
    ("clarify_next_steps", "positive", "Will I be told if I'm unsuccessful?", "present", []),
    ("clarify_next_steps", "negative", "Would the team be informed if I changed the rota?", "missing", []),
    ("clarify_next_steps", "wrong_speaker", "Will you be letting everyone know at once? Yes, on Friday.", "missing", []),
    ("thank_interviewer", "positive", "Mi nuh tink dat went too good still, but tanks fi di chance.", "present", ["tanks fi di"]),
    ("thank_interviewer", "positive", "Yes, yes, mi tek it! Tank yuh so much!", "present", []),
    ("thank_interviewer", "negative", "We had two fish tanks for the kids.", "missing", []),
    ("thank_interviewer", "negative", "Nah, you're alright, thanks, I had one on the way in.", "missing", []),
    ("thank_interviewer", "stt", "no im good thanks i just had one", "missing", []),
    ("thank_interviewer", "positive", "No, you're alright, thanks so much for your time today.", "present", []),
    ("thank_interviewer", "negative", "I'm grateful I got to work at the Hilton before, it taught me loads.", "missing", []),
    ("thank_interviewer", "positive", "I'm grateful I got to meet you today.", "present", []),
    ("thank_interviewer", "negative", "I'll send you the slides, with a short thank-you.", "missing", []),
    ("thank_interviewer", "negative", "Thanks, really, but no — the role isn't the right fit for me.", "missing", []),
    ("thank_interviewer", "stt", "thank you honestly but no im staying where i am", "missing", []),
    ("thank_interviewer", "positive", "Thank you, honestly, it was a pleasure.", "present", []),
    ("thank_interviewer", "wrong_speaker", "Thanks, really, for your time.", "missing", []),
]


@pytest.mark.parametrize("behaviour,kind,text,status,words",
                         [pytest.param(*c, id=f"{c[0]}-{c[1]}-{i}") for i, c in enumerate(ROUND22_CNS_TI_CASES)])
def test_round22_cns_ti_families(analyzer, behaviour, kind, text, status, words):
    check(mini(analyzer, turns_for(kind, text)), behaviour, status, words)


@pytest.mark.parametrize("interviewer,reply,status", [
    ("HR sends the contract over if it's a yes, usually within a week.", "Okay cool, within a week, got it, thanks!", "present"),
    ("We aim to get back to everyone by the fifteenth.", "So — sorry — by the fifteenth, great.", "present"),
    ("We'll have a decision for you in two weeks.", "in two weeks perfect", "present"),
    ("The area manager's gonna ring the top three tomorrow.", "Sound, I'll keep me phone on loud then.", "present"),
    ("Sam from talent will call you on Monday with an update.", "Okay, so I just wait for Sam's call on Monday then.", "present"),
    ("Next it's the fitness test, then vetting, which can take six weeks or so.", "Right. That's absolutely fine.", "present"),
    ("Next it's the dessert menu, then the drinks.", "Sounds good.", "missing"),
    ("The new tills arrive within a week.", "Okay, got it.", "missing"),
    ("The new rota goes up within a week.", "Okay cool, within a week, got it.", "missing"),
    ("We'll get back to the supplier by the fifteenth.", "So, by the fifteenth, great.", "missing"),
    ("We'll discuss as a panel and get back to you.", "Sounds good.", "present"),
    ("There's one more chat with the area manager, then we decide.", "sounds good cheers", "present"),
    ("From here it's reference checks and then security vetting.", "Understood.", "present"),
    ("From here it's a ten minute walk to the station.", "Sounds good.", "missing"),
    ("We aim to wrap up within two weeks.", "Perfect, that works for me.", "present"),
    ("You'll get the results on Friday.", "Roger that, sir.", "present"),
    ("We'll make a decision by the end of the month.", "Great, I'll look out for that.", "present"),
    ("The canteen gets a new salad bar next month.", "Great, I'll look out for that.", "missing"),
    ("We'll send the technical exercise tonight.", "Great, a week is plenty.", "present"),
    ("We'll send you the invoice template on Monday.", "Sounds good.", "missing"),
])
def test_round22_cns_replies(analyzer, interviewer, reply, status):
    """The wait the interviewer just set out, echoed or acted on, is acknowledging the next steps; the same
    words after something else are not."""
    turns = [(INT, HANDOVER), (CAND, "No, you've covered it."), (INT, interviewer), (CAND, reply)]
    f = mini(analyzer, turns)["clarify_next_steps"]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND


# --------------------------------------------------------------------------- round 22: ask_for_job / follow_up families

@pytest.mark.parametrize("behaviour,kind,text,status", [
    # the goal named after "anything I can do to get to ...": the offer or a later round
    pytest.param("ask_for_job", "positive", "Is there anything else you'd need from me to get to an offer?", "present", id="afj22-anything-to-get-to-offer"),
    pytest.param("ask_for_job", "positive", "What more would you need to see to get me to the final round?", "present", id="afj22-what-more-to-final-round"),
    pytest.param("ask_for_job", "stt", "is there anything i can do to to get myself to the next round", "present", id="afj22-anything-next-round-stt"),
    pytest.param("ask_for_job", "negative", "What time do I need to get to the interview on Friday?", "missing", id="afj22-logistics-time"),
    pytest.param("ask_for_job", "negative", "Is there anything I can do to get the team to the next stage of the project?", "missing", id="afj22-team-project-stage"),
    pytest.param("ask_for_job", "wrong_speaker", "Is there anything else you'd need from us to get to an offer you'd accept?", "missing", id="afj22-interviewer-anything"),
    # wanting to meet someone at the next round
    pytest.param("ask_for_job", "positive", "I'd love to meet the area manager for the next interview, if that's how it works.", "present", id="afj22-meet-for-next-interview"),
    pytest.param("ask_for_job", "negative", "I'd like to talk about how you handle the next stage of onboarding.", "missing", id="afj22-talk-about-next-stage"),
    # hoping to get it
    pytest.param("ask_for_job", "positive", "I really hope I get this. Thanks a million for your time.", "present", id="afj22-hope-i-get-this"),
    pytest.param("ask_for_job", "stt", "i hope ill get the chance to join you guys thank you", "present", id="afj22-hope-ill-get-chance-stt"),
    pytest.param("ask_for_job", "negative", "I hope I get this right, it's a tricky one.", "missing", id="afj22-hope-get-this-right"),
    pytest.param("ask_for_job", "wrong_speaker", "I really hope I get this. It's a tough hire.", "missing", id="afj22-interviewer-hope"),
    # thanks for the chance that was had is not asking for one
    pytest.param("ask_for_job", "stt", "ok lah thank you ah really appreciate the chance to interview", "missing", id="afj22-appreciate-chance-stt"),
    pytest.param("ask_for_job", "negative", "Really appreciate the opportunity to meet you all today.", "missing", id="afj22-appreciate-opportunity-opening"),
    pytest.param("ask_for_job", "positive", "I'd really appreciate the chance to meet the partners.", "present", id="afj22-would-appreciate-chance"),
    # "... and I'm asking for it." after naming the job or round
    pytest.param("ask_for_job", "positive", "I believe I've earned a place in the next round, and I'm asking for it.", "present", id="afj22-asking-for-it"),
    pytest.param("ask_for_job", "stt", "i'd really like this position so um i'm asking for it and thank you for today", "present", id="afj22-asking-for-it-stt"),
    pytest.param("ask_for_job", "negative", "I'm asking for it because the rota changes every month.", "missing", id="afj22-asking-for-it-because"),
    pytest.param("ask_for_job", "wrong_speaker", "You want the role? Then I'm asking for it, plainly: say so.", "missing", id="afj22-interviewer-asking-for-it"),
    # following up: into an email, to someone named, the best address
    pytest.param("follow_up", "positive", "I'll pop the lesson plan we talked about into an email to you this evening.", "present", id="fu22-pop-into-email"),
    pytest.param("follow_up", "positive", "I'll also send Maria my availability for the founder call tonight.", "present", id="fu22-send-named-item"),
    pytest.param("follow_up", "positive", "What's the best email address to follow up on, should I need to?", "present", id="fu22-best-email-address"),
    pytest.param("follow_up", "stt", "whats the best phone number to reach you on", "present", id="fu22-best-phone-number-stt"),
    pytest.param("follow_up", "stt", "i will email priya the deck tonight", "present", id="fu22-email-named-stt"),
    pytest.param("follow_up", "negative", "I'll put it in an email to my team when I'm back.", "missing", id="fu22-email-to-my-team"),
    pytest.param("follow_up", "negative", "I will send clients the invoice at month end.", "missing", id="fu22-send-clients"),
    pytest.param("follow_up", "negated", "I won't send Maria the deck, she has it already.", "missing", id="fu22-send-named-negated"),
    pytest.param("follow_up", "stt", "i hope ill get the chance to join you guys thank you", "missing", id="fu22-hope-ill-get-chance-not-fu"),
    pytest.param("follow_up", "stt", "ok ill get back to you on the dates tomorrow", "present", id="fu22-ill-get-back-stt"),
    pytest.param("follow_up", "wrong_speaker", "I'll pop the contract into an email to you this evening.", "missing", id="fu22-interviewer-pop-into-email"),
    pytest.param("follow_up", "wrong_speaker", "I'll send Maria your availability tonight.", "missing", id="fu22-interviewer-send-named"),
])
def test_afj_fu_round22_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


@pytest.mark.parametrize("text,status", [
    ("Yeah nah, I don't think I'm gonna take it, sorry.", "missing"),   # "yeah nah" says no
    ("yeah nah i dont reckon ill take it mate", "missing"),
    ("I don't think I'll be able to accept it, sorry.", "missing"),
    ("Yeah, no worries, I accept!", "present"),                         # "yeah, no worries" is still a yes
    ("Nah yeah, I'll take it!", "present"),
    ("Okay, sounds good. I'll give you a call on Monday. Thank you so much.", "missing"),  # a call promised, no time asked
    ("Can I give you my final answer on Thursday?", "present"),
])
def test_afj_round22_offer_answers(analyzer, text, status):
    f = mini(analyzer, _after_offer(text))["ask_for_job"]
    assert f.status == status, _explain(f)


def test_fu_round22_call_promised_after_offer_is_follow_up(analyzer):
    f = mini(analyzer, _after_offer("Okay, sounds good. I'll give you a call on Monday with my decision."))["follow_up"]
    assert f.status == "present", _explain(f)


@pytest.mark.parametrize("behaviour,kind,text,status", [
    # clarify_next_steps: the hiring step is the candidate's goal ("to make that happen"), not the work's
    pytest.param("clarify_next_steps", "positive", "I want this role. What's the next step to make that happen?", "present", id="cns22b-next-step-make-it-happen"),
    pytest.param("clarify_next_steps", "stt", "i really want this so whats the next steps to make it happen", "present", id="cns22b-next-steps-make-it-happen-stt"),
    pytest.param("clarify_next_steps", "negative", "What's the next step to make the app faster?", "missing", id="cns22b-next-step-make-work"),
    pytest.param("clarify_next_steps", "wrong_speaker", "So what's the next step to make that happen? I'll tell you: a panel on Friday.", "missing", id="cns22b-interviewer-make-it-happen"),
    # a date repeated back and signed off later in the turn
    pytest.param("clarify_next_steps", "positive", "Okay, on site next Wednesday or Thursday, noted, I'll keep both days free.", "present", id="cns22b-date-noted-mid"),
    pytest.param("clarify_next_steps", "stt", "achha okay so the final round is next week with the cto got it that works", "present", id="cns22b-date-got-it-stt"),
    pytest.param("clarify_next_steps", "negative", "I was off sick last week, got it sorted now though.", "missing", id="cns22b-got-it-sorted"),
    pytest.param("clarify_next_steps", "negative", "Okay, so the team standup is every Monday, noted.", "missing", id="cns22b-work-meeting-noted"),
    pytest.param("clarify_next_steps", "wrong_speaker", "Final round on site next Wednesday, noted, and we'll confirm by email.", "missing", id="cns22b-interviewer-date-noted"),
    # the job's own rounds and duties
    pytest.param("clarify_next_steps", "negative", "How many rounds of feedback does a design usually go through before sign-off?", "missing", id="cns22b-rounds-of-feedback"),
    pytest.param("clarify_next_steps", "negative", "How many rounds are there in the regional qualifiers?", "missing", id="cns22b-rounds-in-qualifiers"),
    pytest.param("clarify_next_steps", "positive", "How many rounds of interviews are there after this?", "present", id="cns22b-rounds-of-interviews"),
    pytest.param("clarify_next_steps", "negative", "How quickly are we expected to follow up with a patient after discharge?", "missing", id="cns22b-expected-to-follow-up"),
    pytest.param("clarify_next_steps", "positive", "When are you expected to make a decision?", "present", id="cns22b-expected-to-decide"),
    # ask_concerns: a long aside before the thing about them
    pytest.param("ask_concerns", "positive", "Eh, wait, one more, hold on — yes: is there anything in how I answered the stakeholder question that worries you?", "present", id="ac22b-anything-in-how-i-worries"),
    pytest.param("ask_concerns", "stt", "is there anything about the way i handled the case study that concerns you", "present", id="ac22b-way-i-handled-concerns-stt"),
    pytest.param("ask_concerns", "negated", "I was going to ask if there's anything in how I answered that worries you, but we're out of time.", "missing", id="ac22b-how-i-worries-reported-self"),
    pytest.param("ask_concerns", "wrong_speaker", "Is there anything in how I described the role that worries you?", "missing", id="ac22b-interviewer-how-i-worries"),
    # the job's obstacles and a time, not doubts about the candidate
    pytest.param("ask_concerns", "negative", "What usually holds people back from promotion here?", "missing", id="ac22b-holds-people-back"),
    pytest.param("ask_concerns", "positive", "Is there anything that would hold you back from hiring me?", "present", id="ac22b-hold-you-back-from-hiring-me"),
    pytest.param("ask_concerns", "negative", "Is the team interested in moving to Kubernetes at some point, or is that off the table?", "missing", id="ac22b-at-some-point"),
])
def test_cns_ac_round22b_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# round 22b (precision): thanks about other people or times, declines with the thanks after, follow-up words about the
# job's own processes, interest in a subject of the field or in the past
@pytest.mark.parametrize("behaviour,kind,text,status", [
    # others' thanks, a past duty, how the job thanks people
    pytest.param("thank_interviewer", "negative", "The customers used to thank us with cards at Christmas.", "missing", id="ti22b-used-to-thank-us"),
    pytest.param("thank_interviewer", "negative", "I had to thank each supplier by phone after the launch.", "missing", id="ti22b-had-to-thank-each"),
    pytest.param("thank_interviewer", "negative", "How does the charity thank its donors?", "missing", id="ti22b-how-does-x-thank"),
    pytest.param("thank_interviewer", "stt", "how do you guys usually thank your staff", "missing", id="ti22b-how-do-you-thank-stt"),
    pytest.param("thank_interviewer", "positive", "I just have to thank you both for today.", "present", id="ti22b-have-to-thank-you"),
    pytest.param("thank_interviewer", "positive", "How can I ever thank you enough for this chance?", "present", id="ti22b-how-can-i-thank-you"),
    pytest.param("thank_interviewer", "positive", "I'd like to thank each of you for your time.", "present", id="ti22b-thank-each-of-you"),
    # declining with the thanks after
    pytest.param("thank_interviewer", "negative", "I think I'll give it a miss, thanks.", "missing", id="ti22b-give-it-a-miss-thanks"),
    pytest.param("thank_interviewer", "negative", "We're fine for a coffee, cheers.", "missing", id="ti22b-fine-for-a-coffee"),
    pytest.param("thank_interviewer", "stt", "i'll pass thanks", "missing", id="ti22b-pass-thanks-stt"),
    pytest.param("thank_interviewer", "positive", "I'm all set, thank you. It was great to meet you.", "present", id="ti22b-all-set-thank-you"),
    pytest.param("thank_interviewer", "positive", "I'm good for questions, thanks so much for your time.", "present", id="ti22b-good-for-questions-thanks-for"),
    pytest.param("thank_interviewer", "wrong_speaker", "Thank you so much for your time today.", "missing", id="ti22b-interviewer-thanks"),
    # follow-up words about the job's processes
    pytest.param("follow_up", "negative", "What's the easiest way to contact the payroll team?", "missing", id="fu22b-contact-payroll"),
    pytest.param("follow_up", "negative", "Does the sales team write customers thank-you cards?", "missing", id="fu22b-does-team-write-cards"),
    pytest.param("follow_up", "stt", "whats the best way to reach the it helpdesk", "missing", id="fu22b-reach-helpdesk-stt"),
    pytest.param("follow_up", "positive", "What's the best way to reach the hiring team if I have questions?", "present", id="fu22b-reach-hiring-team"),
    pytest.param("follow_up", "positive", "Should I send a thank-you note to the panel?", "present", id="fu22b-should-i-send-note"),
    pytest.param("follow_up", "positive", "Do you want me to send a follow-up email with my portfolio?", "present", id="fu22b-do-you-want-me-to-send"),
    pytest.param("follow_up", "wrong_speaker", "What's the best way to reach you if I have questions?", "missing", id="fu22b-interviewer-best-way"),
    # a spoken "like" / "just" inside "who do I ... email"
    pytest.param("follow_up", "stt", "um if i think of anything else later who do i like email about it", "present", id="fu22b-who-do-i-like-email-stt"),
    pytest.param("follow_up", "positive", "Who should I just send the forms to?", "present", id="fu22b-who-should-i-just-send"),
    pytest.param("follow_up", "negative", "Who do I like most on the team so far? Probably you.", "missing", id="fu22b-who-do-i-like-most"),
    # interest in a subject of the field, or interest in the past
    pytest.param("express_interest", "negative", "I'm really excited about the new AI legislation, how will it affect your clients?", "missing", id="ei22b-excited-about-legislation"),
    pytest.param("express_interest", "stt", "i'm very interested in the new safety regulations how do they affect the site", "missing", id="ei22b-interested-regulations-stt"),
    pytest.param("express_interest", "positive", "I'm really excited about the technology you use and I'd love to join.", "present", id="ei22b-tech-and-love-to-join"),
    pytest.param("express_interest", "negated", "I was super keen back then, but it didn't work out.", "missing", id="ei22b-keen-back-then"),
    pytest.param("express_interest", "negated", "Back in 2018 I was really excited about a job here, it fell through.", "missing", id="ei22b-back-in-year"),
    pytest.param("express_interest", "positive", "I'm really keen on this job then. Thanks!", "present", id="ei22b-keen-then-still-counts"),
    pytest.param("express_interest", "wrong_speaker", "We're very keen, honestly.", "missing", id="ei22b-interviewer-keen"),
])
def test_round22b_precision_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# round 22c (clarify_next_steps): the job's own timelines, decisions and processes; the candidate waiting on people in
# their own life; acknowledging a job matter; a decision date, "in terms of timeline ...", references before a decision
@pytest.mark.parametrize("behaviour,kind,text,status", [
    # the job's own timelines, decisions and processes
    pytest.param("clarify_next_steps", "negative", "What's the turnaround time on lab results, usually?", "missing", id="cns22c-turnaround-time-on-lab"),
    pytest.param("clarify_next_steps", "negative", "What's the timeline for getting up to speed on the codebase?", "missing", id="cns22c-timeline-up-to-speed"),
    pytest.param("clarify_next_steps", "stt", "whats the timeline for getting up to a full caseload", "missing", id="cns22c-timeline-full-caseload-stt"),
    pytest.param("clarify_next_steps", "negative", "When will the funding decision be known for the new wing?", "missing", id="cns22c-funding-decision"),
    pytest.param("clarify_next_steps", "negative", "Is there a phase-gate review before a product launches?", "missing", id="cns22c-phase-gate"),
    pytest.param("clarify_next_steps", "positive", "What's the turnaround time on a decision?", "present", id="cns22c-turnaround-on-a-decision"),
    pytest.param("clarify_next_steps", "positive", "What's the timeline for getting back to candidates?", "present", id="cns22c-timeline-getting-back"),
    # waiting on someone in the candidate's own life
    pytest.param("clarify_next_steps", "negative", "I'm still waiting on the bank about the mortgage, so I can't commit to a date yet.", "missing", id="cns22c-waiting-on-the-bank"),
    pytest.param("clarify_next_steps", "negative", "I'm waiting to hear from my current employer about a counter-offer.", "missing", id="cns22c-waiting-current-employer"),
    pytest.param("clarify_next_steps", "stt", "im waiting to hear back from my landlord about the lease", "missing", id="cns22c-waiting-landlord-stt"),
    # a decision date, "in terms of timeline", where references fall
    pytest.param("clarify_next_steps", "positive", "Do you have a decision deadline in mind?", "present", id="cns22c-decision-deadline"),
    pytest.param("clarify_next_steps", "stt", "is there a decision date youre working towards", "present", id="cns22c-decision-date-stt"),
    pytest.param("clarify_next_steps", "wrong_speaker", "Is there a decision date you're working towards?", "missing", id="cns22c-interviewer-decision-date"),
    pytest.param("clarify_next_steps", "positive", "In terms of timing, what are we looking at?", "present", id="cns22c-in-terms-of-timing"),
    pytest.param("clarify_next_steps", "stt", "in terms of timeline are we talking days or weeks", "present", id="cns22c-in-terms-timeline-stt"),
    pytest.param("clarify_next_steps", "negative", "In terms of timing, how long is the probation?", "missing", id="cns22c-in-terms-timing-probation"),
    pytest.param("clarify_next_steps", "negative", "In terms of timing, I'm fairly flexible.", "missing", id="cns22c-in-terms-timing-statement"),
    pytest.param("clarify_next_steps", "positive", "Do you do the vetting before or after a decision is made?", "present", id="cns22c-before-after-decision"),
    pytest.param("clarify_next_steps", "negative", "What happened after the decision to close the ward?", "missing", id="cns22c-after-decision-to"),
    pytest.param("clarify_next_steps", "negated", "I was going to ask whether you need references before a decision is made, but you covered it.", "missing", id="cns22c-references-reported-self"),
])
def test_cns_round22c_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


@pytest.mark.parametrize("interviewer,reply,status", [
    ("Client sign-off usually takes about two weeks.", "Okay, two weeks, I'll bear that in mind.", "missing"),
    ("We'll let you know within two weeks.", "Okay, two weeks, I'll bear that in mind.", "present"),
    ("The team does a sprint review every second Thursday.", "Okay, good to know, I'll keep an eye out for that.", "missing"),
    ("The rota comes out on Fridays.", "great ill keep an eye out", "missing"),
    ("We'll email everyone by Friday.", "great ill keep an eye out", "present"),
    ("We'll email everyone by Friday.", "Perfect, I'll keep an eye on my inbox then.", "present"),
])
def test_cns_round22c_replies(analyzer, interviewer, reply, status):
    """A wait echoed back, or "I'll keep an eye out", acknowledges the next steps only after the interviewer set them out."""
    turns = [(INT, HANDOVER), (CAND, "No, you've covered it."), (INT, interviewer), (CAND, reply)]
    f = mini(analyzer, turns)["clarify_next_steps"]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND


# --------------------------------------------------------------------------- round 23: ask_for_job, ask_concerns
@pytest.mark.parametrize("behaviour,kind,text,status", [
    # "if you'll have me" opening the ask, "hoping you'll have me"
    pytest.param("ask_for_job", "positive", "If you'll have me, I'd love to join the company.", "present", id="afj23-if-youll-have-me-opening"),
    pytest.param("ask_for_job", "positive", "I'm hoping you'll have me, is what I'm saying.", "present", id="afj23-hoping-youll-have-me"),
    pytest.param("ask_for_job", "stt", "so um hopefully you'll take me on yeah", "present", id="afj23-hopefully-take-me-on-stt"),
    pytest.param("ask_for_job", "negative", "If you can take me through the rota, that would help.", "missing", id="afj23-take-me-through"),
    pytest.param("ask_for_job", "negated", "I honestly don't know if you'll have me after that answer.", "missing", id="afj23-dont-know-if-have-me"),
    pytest.param("ask_for_job", "wrong_speaker", "If you'll have me, I'd love to join the company.", "missing", id="afj23-interviewer-have-me"),
    # the interviewer's weak spot in the candidate, asked about
    pytest.param("ask_concerns", "positive", "Is there any area where you think I'm weak that I could speak to?", "present", id="ac23-area-you-think-im-weak"),
    pytest.param("ask_concerns", "positive", "Do you reckon I was a bit shaky on the coding part?", "present", id="ac23-reckon-i-was-shaky"),
    pytest.param("ask_concerns", "stt", "is there like any area where you think im weak that i could um speak to", "present", id="ac23-area-weak-stt"),
    pytest.param("ask_concerns", "negative", "Are there areas where you think the team is weak at the moment?", "missing", id="ac23-team-weak"),
    pytest.param("ask_concerns", "negative", "I know you think I'm weak on finance, but I've done the course.", "missing", id="ac23-statement-weak"),
    pytest.param("ask_concerns", "wrong_speaker", "Is there any area where you think I'm weak?", "missing", id="ac23-interviewer-weak"),
    # a negated relative clause in dialect is not a negated ask
    pytest.param("ask_concerns", "positive", "Is there anything I've no' covered that would put you off hiring me?", "present", id="ac23-no-covered-put-off"),
    pytest.param("ask_concerns", "negated", "There's nothing I haven't covered that would worry you, I think.", "missing", id="ac23-nothing-not-covered-statement"),
    # booking a named round, meeting someone at the next stage, an invitation to a step
    pytest.param("ask_for_job", "positive", "Is there any way we could book the technical round before you go on leave?", "present", id="afj23-book-technical-round"),
    pytest.param("ask_for_job", "stt", "could we uh set up the panel round soon id like to keep going with this", "present", id="afj23-set-up-panel-round-stt"),
    pytest.param("ask_for_job", "negative", "Is it alright if I drop you a line next week just to check in?", "missing", id="afj23-drop-a-line-next-week"),
    pytest.param("ask_for_job", "negative", "Should I book the technical round of training for my team?", "missing", id="afj23-book-round-of-training"),
    pytest.param("ask_for_job", "positive", "Is there any chance I could meet the head chef for the next stage?", "present", id="afj23-chance-meet-next-stage"),
    pytest.param("ask_for_job", "positive", "Would it be alright if I came back to meet the head teacher for the next stage?", "present", id="afj23-alright-if-i-came-back"),
    pytest.param("ask_for_job", "negative", "Is there any chance I could meet the head chef before I start?", "missing", id="afj23-meet-before-start"),
    pytest.param("ask_for_job", "positive", "I'd welcome an invitation to give a job talk.", "present", id="afj23-welcome-invitation-job-talk"),
    pytest.param("ask_for_job", "stt", "uh so what do you think could i could i get a shot at the next interview", "present", id="afj23-shot-at-next-interview-stt"),
    pytest.param("ask_for_job", "wrong_speaker", "Is there any chance I could meet the head chef for the next stage?", "missing", id="afj23-interviewer-meet-next-stage"),
    # the candidate's trait named first, doubts invited, a long aside before "want me to explain"
    pytest.param("ask_concerns", "positive", "My accent, is it a concern for the customer-facing part?", "present", id="ac23-my-accent-is-it-a-concern"),
    pytest.param("ask_concerns", "negative", "My main question, is it a problem that the office is shut on Fridays?", "missing", id="ac23-my-question-is-it-a-problem"),
    pytest.param("ask_concerns", "positive", "I'd welcome any doubts you might have about the research fit.", "present", id="ac23-welcome-your-doubts"),
    pytest.param("ask_concerns", "negative", "I'd welcome any concerns the patients raise about the rota.", "missing", id="ac23-welcome-patients-concerns"),
    pytest.param("ask_concerns", "positive", "Is there anything you saw from me in the group task that you'd want me to explain?", "present", id="ac23-saw-from-me-explain"),
    pytest.param("ask_concerns", "wrong_speaker", "My accent, is it a concern for the customer-facing part?", "missing", id="ac23-interviewer-my-accent"),
])
def test_afj_ac_round23_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


@pytest.mark.parametrize("text,status", [
    ("Within 48 hours, would that work?", "present"),       # the date proposed as the question
    ("By Friday, if that's okay?", "present"),
    ("Till Monday - does that suit?", "present"),
    ("I'm in!", "present"),
    ("Ah, I've actually decided to stay where I am in the civil service, I'm afraid.", "missing"),  # not "I'm in"
    ("Would that work for you, though? I'm not sure I can relocate.", "missing"),  # no date, no yes
])
def test_afj_round23_offer_answers(analyzer, text, status):
    f = mini(analyzer, _after_offer(text))["ask_for_job"]
    assert f.status == status, _explain(f)


def test_afj_round23_agreeing_to_the_deadline(analyzer):
    turns = [(INT, HANDOVER), (CAND, "Yes, one thing."), (INT, OFFER + " Could you let us know by Friday?"), (CAND, "Friday's fine by me.")]
    assert mini(analyzer, turns)["ask_for_job"].status == "present"
    # without an offer, agreeing to when they will call is not asking for the job
    turns = [(INT, HANDOVER), (CAND, "When will I hear?"), (INT, "We'll let you know by Friday."), (CAND, "Friday's fine.")]
    assert mini(analyzer, turns)["ask_for_job"].status == "missing"


# round 23 (clarify_next_steps, follow_up): precision first (the candidate's own situation, advice reported, the
# interviewer's career, company decision-making, habits, onboarding, social media), then recall (a date kept free, asked;
# results released; who I'd meet; how many taken through; anything else before you decide; chasing you up; "you'll have it by")
@pytest.mark.parametrize("behaviour,kind,text,status", [
    # clarify_next_steps: precision
    pytest.param("clarify_next_steps", "negative", "I'm not desperate for a move, so there's no rush on my side.", "missing", id="cns23-so-no-rush-own-situation"),
    pytest.param("clarify_next_steps", "stt", "my trains at five so no rush on my part", "missing", id="cns23-so-no-rush-stt"),
    pytest.param("clarify_next_steps", "positive", "That's completely fine, there's no rush on my side.", "present", id="cns23-no-rush-still-counts"),
    pytest.param("clarify_next_steps", "negated", "My coach said I should thank you and ask about next steps.", "missing", id="cns23-told-to-ask-about-next-steps"),
    pytest.param("clarify_next_steps", "positive", "My mentor told me to always ask about next steps, so what are they?", "present", id="cns23-told-to-ask-then-asks"),
    pytest.param("clarify_next_steps", "negative", "What were your own next steps after you joined as a graduate?", "missing", id="cns23-your-own-next-steps"),
    pytest.param("clarify_next_steps", "negative", "What I'm hearing from you is a board that wants its CFO in the room.", "missing", id="cns23-what-im-hearing"),
    pytest.param("clarify_next_steps", "negative", "I would be grateful to proceed to the next stage of the selection process.", "missing", id="cns23-proceed-next-stage-of-process"),
    pytest.param("clarify_next_steps", "negative", "What's the decision-making process like between the board and the exec team?", "missing", id="cns23-decision-making-between"),
    pytest.param("clarify_next_steps", "negative", "When my manager told me they were interested in me for the lead role, I didn't believe her.", "missing", id="cns23-when-my-manager-told-me"),
    pytest.param("clarify_next_steps", "negative", "I'd jump at the chance to come back in and do the next stage with the wider team.", "missing", id="cns23-do-the-next-stage"),
    # clarify_next_steps: recall
    pytest.param("clarify_next_steps", "positive", "Should I keep Thursday free in case you want me back in for the second stage?", "present", id="cns23-keep-date-free-asked"),
    pytest.param("clarify_next_steps", "stt", "should i keep next week clear", "present", id="cns23-keep-week-clear-stt"),
    pytest.param("clarify_next_steps", "wrong_speaker", "Can you keep Thursday free for us?", "missing", id="cns23-interviewer-keep-free"),
    pytest.param("clarify_next_steps", "positive", "Do you need anything else from me before you make a decision?", "present", id="cns23-anything-else-before-decide"),
    pytest.param("clarify_next_steps", "negative", "What else do you need from me to get an offer?", "missing", id="cns23-anything-else-to-get-offer"),
    pytest.param("clarify_next_steps", "positive", "When will the competency scores be released?", "present", id="cns23-scores-released"),
    pytest.param("clarify_next_steps", "stt", "maam may i ask when the results of the demo teaching will be released", "present", id="cns23-results-released-stt"),
    pytest.param("clarify_next_steps", "positive", "I'd love to go forward to the final stage. Who would I be meeting?", "present", id="cns23-who-would-i-meet"),
    pytest.param("clarify_next_steps", "negative", "Who would I be working with day to day?", "missing", id="cns23-who-would-i-work-with"),
    pytest.param("clarify_next_steps", "positive", "How many people are you taking through to the final?", "present", id="cns23-how-many-taking-through"),
    pytest.param("clarify_next_steps", "negative", "How many people do you manage?", "missing", id="cns23-how-many-people-manage"),
    pytest.param("clarify_next_steps", "positive", "Are you still early on in the search, or close to wrapping it up?", "present", id="cns23-early-in-search"),
    pytest.param("clarify_next_steps", "negative", "How far into the project are you?", "missing", id="cns23-far-into-project"),
    pytest.param("clarify_next_steps", "positive", "How does the decision get made, is it a scoring matrix?", "present", id="cns23-how-decision-made"),
    pytest.param("clarify_next_steps", "positive", "Is there a rough timeframe for when the board signs off on the appointment?", "present", id="cns23-timeframe-for-when"),
    pytest.param("clarify_next_steps", "negative", "What's the timeline for when the new office opens?", "missing", id="cns23-timeline-for-when-office"),
    pytest.param("clarify_next_steps", "wrong_speaker", "How many people are you taking through, do you know?", "missing", id="cns23-interviewer-how-many"),
    # follow_up: precision
    pytest.param("follow_up", "negated", "People always tell me to follow up afterwards, but I never know if it's annoying.", "missing", id="fu23-told-me-to-follow-up"),
    pytest.param("follow_up", "negative", "My friend say must always send thank-you email after interview, but nobody does that already.", "missing", id="fu23-always-send-thank-you"),
    pytest.param("follow_up", "negated", "If I were interested in the Dubai office, who would I speak to?", "missing", id="fu23-if-i-were"),
    pytest.param("follow_up", "negative", "I'll follow up with your receptionist about that parking ticket.", "missing", id="fu23-follow-up-parking"),
    pytest.param("follow_up", "negative", "I'll send my bank details over when I start.", "missing", id="fu23-send-when-i-start"),
    pytest.param("follow_up", "stt", "ill follow you guys on linkedin and stuff", "missing", id="fu23-follow-on-linkedin-stt"),
    pytest.param("follow_up", "positive", "I'll connect with you on LinkedIn tonight.", "present", id="fu23-connect-on-linkedin"),
    # follow_up: recall
    pytest.param("follow_up", "positive", "Yes please, I'll take the HR lady's email and send my payslips to her.", "present", id="fu23-and-send-item-to-her"),
    pytest.param("follow_up", "negative", "I'll go home and send my CV to the clients.", "missing", id="fu23-send-to-clients"),
    pytest.param("follow_up", "stt", "youll have the references first thing tomorrow", "present", id="fu23-youll-have-it-stt"),
    pytest.param("follow_up", "positive", "When's the medical, and d'you want my tickets sent to you or the office?", "present", id="fu23-want-item-sent"),
    pytest.param("follow_up", "positive", "I'll chase you up next week if I haven't heard anything, if that's okay?", "present", id="fu23-chase-you-up"),
    pytest.param("follow_up", "negative", "I'll chase up the invoices every month.", "missing", id="fu23-chase-up-invoices"),
    pytest.param("follow_up", "negated", "I won't chase you up, don't worry.", "missing", id="fu23-wont-chase"),
    pytest.param("follow_up", "wrong_speaker", "I'll chase you up next week.", "missing", id="fu23-interviewer-chases"),
    pytest.param("follow_up", "positive", "Sorry, my mind went blank on that one. Can I come back to you on it by email?", "present", id="fu23-come-back-on-it-by-email"),
    pytest.param("follow_up", "positive", "Would it be grand if I emailed over my site photos?", "present", id="fu23-grand-if-i-emailed"),
    pytest.param("follow_up", "stt", "i go and send you email with my references tomorrow", "present", id="fu23-go-and-send-stt"),
    pytest.param("follow_up", "positive", "I can send on my Teaching Council number today.", "present", id="fu23-send-on-number-today"),
])
def test_round23_cns_fu_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# round 23: interest and discouragement variety (bm): a climb up the list, "has me hooked", litotes, delight on its own,
# work they'd enjoy, a past or someone else's keenness; fatalism, "people like me", consolation, a shared wish gone wrong
ROUND23_EI_SP_CASES = [
    ("express_interest", "positive", "You've shot straight to the top of my list, honestly.", "present", ["top of my list"]),
    ("express_interest", "negative", "It went to the top of my list of things to fix.", "missing", []),
    ("express_interest", "positive", "The mission has me completely hooked.", "present", ["has me completely hooked"]),
    ("express_interest", "negative", "This place has me hooked on the coffee already.", "missing", []),
    ("express_interest", "positive", "I'd not say no to working here, put it that way.", "present", ["say no to working here"]),
    ("express_interest", "positive", "I wouldn't say no to a place on the team.", "present", []),
    ("express_interest", "negative", "I wouldn't say no to a coffee, thanks.", "missing", []),
    ("express_interest", "positive", "I'm delighted, thank you! Yes, I'd love to accept.", "present", ["delighted"]),
    ("express_interest", "negated", "I'm not delighted, to be honest.", "missing", []),
    ("express_interest", "negative", "I'm delighted to hear the team is growing.", "missing", []),
    ("express_interest", "positive", "It's the first role that's made me this excited.", "present", ["made me this excited"]),
    ("express_interest", "positive", "I'd pick you lot in a heartbeat.", "present", ["heartbeat"]),
    ("express_interest", "positive", "This is something I'd really enjoy doing every day.", "present", ["enjoy doing"]),
    ("express_interest", "negative", "That's something I'd like to ask about.", "missing", []),
    ("express_interest", "positive", "I'm awfy keen.", "present", ["awfy keen"]),
    ("express_interest", "positive", "I'm genuinely excited about bringing my research skills to your analytics team.", "present", []),
    ("express_interest", "negated", "i was interested in a job here back in like twenty nineteen but i didnt apply", "missing", []),
    ("express_interest", "negated", "I was excited about this role when I applied, but I'm less sure now about the travel.", "missing", []),
    ("express_interest", "positive", "I was excited when I applied and I'm even more excited now.", "present", []),
    ("express_interest", "negative", "The other companies I've spoken to were keen to move fast.", "missing", []),
    ("express_interest", "wrong_speaker", "I'd not say no to having you on the team, put it that way.", "missing", []),
    ("express_interest", "stt", "honestly yours has me hooked", "present", ["has me hooked"]),
    ("stay_positive", "positive", "Och well, if it's not meant to be, it's not meant to be.", "missing", ["not meant to be"]),
    ("stay_positive", "positive", "Maybe God has not destined this one for me, but thank you.", "missing", ["not destined this one for me"]),
    ("stay_positive", "negative", "It's not meant to be taken literally.", "present", []),
    ("stay_positive", "negative", "That email wasn't meant for me.", "present", []),
    ("stay_positive", "positive", "I suppose academics like me don't really fit what you're after.", "missing", ["like me"]),
    ("stay_positive", "negative", "People like me aren't what you'd expect in banking, but we learn fast.", "present", []),
    ("stay_positive", "negative", "Someone like me is exactly what you're after.", "present", []),
    ("stay_positive", "positive", "Well, at least I got the practice, eh.", "missing", ["at least I got the practice"]),
    ("stay_positive", "positive", "It'll be good practice for next time, anyway.", "missing", []),
    ("stay_positive", "negative", "At least I have the experience to back it up.", "present", []),
    ("stay_positive", "positive", "Look, I know that didn't go the way either of us wanted.", "missing", ["the way either of us wanted"]),
    ("stay_positive", "negated", "If it doesn't go the way we want, I'll reapply next year.", "present", []),
    ("stay_positive", "positive", "Guess twenty years of service doesn't translate as well as I'd hoped.", "missing", ["as well as I'd hoped"]),
    ("stay_positive", "negative", "The commute isn't as good as I'd hoped.", "present", []),
    ("stay_positive", "wrong_speaker", "I know that didn't go the way either of us wanted.", "present", []),
    ("stay_positive", "stt", "i guess at least i got the practice right haha", "missing", ["at least i got the practice"]),
]


@pytest.mark.parametrize("behaviour,kind,text,status,words",
                         [pytest.param(*c, id=f"{c[0]}-{c[1]}-{i}") for i, c in enumerate(ROUND23_EI_SP_CASES)])
def test_round23_ei_sp_families(analyzer, behaviour, kind, text, status, words):
    check(mini(analyzer, turns_for(kind, text)), behaviour, status, words)


# a thanks after a comma is a new act: the negation before it ("no concerns") does not reach it
@pytest.mark.parametrize("kind,text,status", [
    ("positive", "No, I don't have any concerns, thanks for asking.", "present"),
    ("stt", "no concerns - thank you for your time", "present"),
    ("negated", "I didn't even thank you, sorry.", "missing"),
    ("wrong_speaker", "No, we don't have any concerns, thanks for coming in.", "missing"),
])
def test_thanks_after_a_comma_ends_the_negation(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["thank_interviewer"]
    assert f.status == status, _explain(f)


# --- round 23b: offers (dates said many ways, a yes waiting on a condition, negotiating), concerns, thanks ---
@pytest.mark.parametrize("text,status", [
    # definite dates for the answer, said many ways
    ("Can I let you know after the weekend? I want to talk it through with my partner.", "present"),
    ("can i come back to you after the bank holiday i want to read the contract", "present"),
    ("Could I get back to you by close of play today?", "present"),
    ("Can I confirm by close of business tomorrow?", "present"),
    ("Could I let you know by the end of the working week?", "present"),
    ("Within a couple of days, if that's okay. I want to go through the numbers.", "present"),
    ("Can I come back to you in a day or two?", "present"),
    ("Could I give you my answer later this afternoon?", "present"),
    ("can i get back to you by this evening i just need to ring my wife", "present"),
    ("Would the end of the week be okay for an answer? I need to sort out childcare.", "present"),
    ("Would Thursday evening be alright for an answer?", "present"),
    # no date: still time without one
    ("Can I let you know in a few days?", "partial"),
    ("Could I have some time to think it over?", "partial"),
    # a yes that waits on a condition, negotiating the package: not an answer
    ("I'm very keen, but could you go to fifty? Then I'd say yes straight away.", "missing"),
    ("Could we talk about the salary first? I was hoping for a bit more.", "missing"),
])
def test_afj_round23b_offer_answers(analyzer, text, status):
    f = mini(analyzer, _after_offer(text))["ask_for_job"]
    assert f.status == status, _explain(f)


@pytest.mark.parametrize("behaviour,kind,text,status", [
    # asking for the next round or the offer
    pytest.param("ask_for_job", "positive", "I hope I'll be back here for the final round!", "present", id="afj23b-hope-back-for-round"),
    pytest.param("ask_for_job", "stt", "hopefully ill be coming back for the panel interview", "present", id="afj23b-hope-back-stt"),
    pytest.param("ask_for_job", "negated", "I hope I won't be back here for another round of cuts.", "missing", id="afj23b-hope-not-back"),
    pytest.param("ask_for_job", "wrong_speaker", "I hope I'll be back here for the final round!", "missing", id="afj23b-interviewer-back-for-round"),
    pytest.param("ask_for_job", "positive", "What would I need to do to be the one you offer this to?", "present", id="afj23b-do-to-be-the-one"),
    pytest.param("ask_for_job", "positive", "could I get a shot at the technical round thanks for today", "present", id="afj23b-ask-then-thanks-for-today"),
    # doubts about the candidate, asked many ways
    pytest.param("ask_concerns", "positive", "Is there anywhere you feel I don't quite measure up for the post?", "present", id="ac23b-not-measure-up"),
    pytest.param("ask_concerns", "stt", "is there anywhere i dont really stack up against the other candidates", "present", id="ac23b-not-stack-up-stt"),
    pytest.param("ask_concerns", "negative", "I know I don't measure up to her yet, but I'm learning.", "missing", id="ac23b-statement-measure-up"),
    pytest.param("ask_concerns", "positive", "If you were to pick holes in my application, where would you start?", "present", id="ac23b-pick-holes"),
    pytest.param("ask_concerns", "positive", "Is there anything I've said today that you'd want to push back on?", "present", id="ac23b-push-back-on"),
    pytest.param("ask_concerns", "negative", "Would you push back on the client if the deadline slipped?", "missing", id="ac23b-push-back-client"),
    pytest.param("ask_concerns", "stt", "is there anything um that would hole you back from offering me the position", "present", id="ac23b-hole-you-back-stt"),
    pytest.param("ask_concerns", "positive", "If there's anything I've said that's left you with doubts about me, I'd rather hear it now.", "present", id="ac23b-if-doubts-rather-hear"),
    pytest.param("ask_concerns", "negative", "I'd love the chance to come back for the panel. Is that something I could be considered for?", "missing", id="ac23b-could-be-considered"),
    pytest.param("ask_concerns", "negative", "Is the monthly board review something I'd be presenting at?", "missing", id="ac23b-something-id-be-presenting"),
    pytest.param("ask_concerns", "wrong_speaker", "Is there anything I've said today that you'd want to push back on?", "missing", id="ac23b-interviewer-push-back"),
    # thanks in Welsh, Irish
    pytest.param("thank_interviewer", "positive", "Lovely, diolch. Could I let you know by Tuesday?", "present", id="ti23b-diolch"),
    pytest.param("thank_interviewer", "positive", "Go raibh maith agat, I'd be delighted to accept.", "present", id="ti23b-go-raibh-maith-agat"),
    pytest.param("thank_interviewer", "wrong_speaker", "Diolch, that's all from us.", "missing", id="ti23b-interviewer-diolch"),
])
def test_afj_ac_ti_round23b_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# round 23c (clarify_next_steps, follow_up): asking to go further worded with process words is asking for the job; second-hand
# talk about the process; waiting on other things; the job's own deals and ramp-up; "what's next for you"; contacts for other
# matters; asking the interviewer to send something. Recall: "what now?", "when would those be?", someone in place before ...
@pytest.mark.parametrize("behaviour,kind,text,status", [
    # clarify_next_steps: precision
    pytest.param("clarify_next_steps", "negative", "I'd really like to take this to the next step with you.", "missing", id="cns23c-take-this-to-next-step"),
    pytest.param("clarify_next_steps", "stt", "yeah id like to take things on to the next stage you know", "missing", id="cns23c-take-things-next-stage-stt"),
    pytest.param("clarify_next_steps", "negative", "Just let me know when you want me back for the next round, I'm keen.", "missing", id="cns23c-want-me-back-for-next"),
    pytest.param("clarify_next_steps", "positive", "When do you want me back for the next round?", "present", id="cns23c-when-want-me-back-asks"),
    pytest.param("clarify_next_steps", "negative", "Is a second interview something you'd consider me for?", "missing", id="cns23c-something-consider-me-for"),
    pytest.param("clarify_next_steps", "stt", "is the final round something i could be considered for", "missing", id="cns23c-something-considered-for-stt"),
    pytest.param("clarify_next_steps", "positive", "Is the second interview something I should prepare a presentation for?", "present", id="cns23c-something-prepare-for"),
    pytest.param("clarify_next_steps", "negated", "The lady at reception said I'd hear back by Friday.", "missing", id="cns23c-reported-unnamed-source"),
    pytest.param("clarify_next_steps", "negated", "According to Glassdoor the next stage is a case study.", "missing", id="cns23c-reported-according-to"),
    pytest.param("clarify_next_steps", "negative", "I'm expecting a call from the embassy this week about my work permit.", "missing", id="cns23c-expecting-call-embassy"),
    pytest.param("clarify_next_steps", "negative", "I'm expecting an answer on another offer by Monday.", "missing", id="cns23c-answer-on-another-offer"),
    pytest.param("clarify_next_steps", "stt", "im still waiting to hear back from immigration about my permit", "missing", id="cns23c-waiting-immigration-stt"),
    pytest.param("clarify_next_steps", "positive", "I'm expecting a call from HR next week then, is that right?", "present", id="cns23c-expecting-call-hr-still"),
    pytest.param("clarify_next_steps", "negative", "What's next for you — are you staying on the hiring side?", "missing", id="cns23c-whats-next-for-you"),
    pytest.param("clarify_next_steps", "positive", "What's next for me, then?", "present", id="cns23c-whats-next-for-me"),
    pytest.param("clarify_next_steps", "negative", "When's the decision on the new Calgary contract expected?", "missing", id="cns23c-decision-on-work-contract"),
    pytest.param("clarify_next_steps", "positive", "When's the decision on the role expected?", "present", id="cns23c-decision-on-role"),
    pytest.param("clarify_next_steps", "negative", "How long does onboarding usually take before someone's running their own accounts?", "missing", id="cns23c-onboarding-before-running"),
    # clarify_next_steps: recall
    pytest.param("clarify_next_steps", "positive", "So, what now?", "present", id="cns23c-what-now"),
    pytest.param("clarify_next_steps", "positive", "I'd love to put myself forward for the second interview. Do you know roughly when those would be?", "present", id="cns23c-when-those-be"),
    pytest.param("clarify_next_steps", "positive", "Are you hoping to have someone in place before the holidays?", "present", id="cns23c-someone-in-place"),
    pytest.param("clarify_next_steps", "wrong_speaker", "We're hoping to have someone in place before the holidays.", "missing", id="cns23c-interviewer-someone-in-place"),
    pytest.param("clarify_next_steps", "stt", "i'd really like that second interview so when are you booking those in", "present", id="cns23c-booking-those-in-stt"),
    pytest.param("clarify_next_steps", "positive", "Is it all going up to the board after this, or is today the last bit?", "present", id="cns23c-today-last-bit"),
    pytest.param("clarify_next_steps", "negative", "What's the timeline for these projects?", "missing", id="cns23c-timeline-these-projects"),
    # follow_up
    pytest.param("follow_up", "negative", "Who do I talk to about getting my parking validated?", "missing", id="fu23c-who-about-parking"),
    pytest.param("follow_up", "stt", "sir who should i contact regarding my travel reimbursement", "missing", id="fu23c-who-about-reimbursement-stt"),
    pytest.param("follow_up", "positive", "Who should I contact about my references?", "present", id="fu23c-who-about-references-still"),
    pytest.param("follow_up", "negative", "Could you send the offer in writing?", "missing", id="fu23c-you-send-offer"),
    pytest.param("follow_up", "positive", "Can I email you the contract back tonight?", "present", id="fu23c-i-email-contract"),
    pytest.param("follow_up", "positive", "Happy to send writing samples if that helps.", "present", id="fu23c-happy-to-send-samples"),
    pytest.param("follow_up", "negated", "I'm not happy to send my references before an offer.", "missing", id="fu23c-not-happy-to-send"),
    pytest.param("follow_up", "positive", "Who do I flick my portfolio to — you or the recruiter?", "present", id="fu23c-who-flick-portfolio-to"),
    pytest.param("follow_up", "negative", "Who do I hand my timesheet to at the end of the week?", "missing", id="fu23c-who-hand-timesheet"),
    pytest.param("follow_up", "wrong_speaker", "Happy to send you the writing samples brief if that helps.", "missing", id="fu23c-interviewer-happy-to-send"),
])
def test_round23c_cns_fu_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# a part of the day is a date for an offer's answer only after a deadline word: "by this evening", not the meeting
# thanked for ("for your time this morning") or when something was said ("the plan I mentioned this afternoon")
@pytest.mark.parametrize("reply,status", [
    ("Can I let you know by this evening?", "present"),
    ("Would it be alright if I took a bit of time to think it over? Thanks a million for your time this morning.", "partial"),
    ("Can I think about it? I'll send you the plan I mentioned this afternoon.", "partial"),
    ("could i come back to you first thing in the morning", "present"),
])
def test_afj_day_part_is_a_date_only_after_a_deadline_word(analyzer, reply, status):
    turns = [(INT, HANDOVER), (CAND, "Yes, one thing."), (INT, OFFER), (CAND, reply)]
    f = mini(analyzer, turns)["ask_for_job"]
    assert f.status == status, _explain(f)


# round 24 (clarify_next_steps, ask_for_job, ask_concerns, follow_up, thank_interviewer): the candidate sending their own
# references or choosing how to chase; small talk about the interviewer's own hiring; "so no pressure" as a joke; how many
# people decide; shadowing someone is not following up; offering to send something ("would it be alright if I sent ...");
# "would you rather I followed up by ..."; a delighted "Oh my God, yes!"; hoping to speak again at the next stage;
# "does that worry you at all?"; "if anything's nagging at you about my X, I'd rather hear it now"; declining with thanks
@pytest.mark.parametrize("behaviour,kind,text,status", [
    # clarify_next_steps: precision
    pytest.param("clarify_next_steps", "negative", "Who should I email my references to?", "missing", id="cns24-i-email-references"),
    pytest.param("clarify_next_steps", "positive", "When will you contact my referees?", "present", id="cns24-you-contact-referees"),
    pytest.param("clarify_next_steps", "negative", "Would you rather I followed up by email or by phone?", "missing", id="cns24-i-follow-up-by"),
    pytest.param("clarify_next_steps", "positive", "Will you let me know by email or by phone?", "present", id="cns24-you-let-me-know-by"),
    pytest.param("clarify_next_steps", "negative", "How many rounds did you have to go through when you joined?", "missing", id="cns24-rounds-when-you-joined"),
    pytest.param("clarify_next_steps", "stt", "how many interviews did you do before you got hired", "missing", id="cns24-interviews-before-hired-stt"),
    pytest.param("clarify_next_steps", "positive", "How many rounds did you say there were?", "present", id="cns24-rounds-did-you-say"),
    pytest.param("clarify_next_steps", "negative", "I've already told my wife this is the one, so no pressure!", "missing", id="cns24-so-no-pressure-joke"),
    pytest.param("clarify_next_steps", "positive", "No pressure at all, but when might I expect to hear?", "present", id="cns24-no-pressure-but-when"),
    # clarify_next_steps: recall
    pytest.param("clarify_next_steps", "positive", "How many of you will be making the final call, and roughly when?", "present", id="cns24-how-many-final-call"),
    pytest.param("clarify_next_steps", "stt", "how many people get a say in the final decision", "present", id="cns24-how-many-get-a-say-stt"),
    pytest.param("clarify_next_steps", "negative", "How many people sign off on the budget each year?", "missing", id="cns24-how-many-sign-off-budget"),
    pytest.param("clarify_next_steps", "wrong_speaker", "How many of you will be making the final call?", "missing", id="cns24-interviewer-how-many-decide"),
    # follow_up
    pytest.param("follow_up", "negative", "Would I be following the senior carer around for the first week?", "missing", id="fu24-be-following-someone"),
    pytest.param("follow_up", "positive", "I'll be following up with an email tomorrow.", "present", id="fu24-be-following-up"),
    pytest.param("follow_up", "positive", "Would it be alright if I sent over the lone-working policy I wrote at my last place?", "present", id="fu24-alright-if-i-sent"),
    pytest.param("follow_up", "positive", "Do you mind if I forward my certificates this evening?", "present", id="fu24-mind-if-i-forward"),
    pytest.param("follow_up", "negative", "Would it be alright if I sat in on a shift?", "missing", id="fu24-alright-if-i-sat-in"),
    pytest.param("follow_up", "positive", "Would you rather I followed up by email or by phone?", "present", id="fu24-rather-i-followed-up"),
    pytest.param("follow_up", "stt", "do you prefer i contact you or the agency", "present", id="fu24-prefer-i-contact-stt"),
    pytest.param("follow_up", "negative", "Would you rather I start on Monday or Tuesday?", "missing", id="fu24-rather-i-start"),
    pytest.param("follow_up", "wrong_speaker", "Would you rather I followed up by email or by phone?", "missing", id="fu24-interviewer-rather-i"),
    # ask_for_job
    pytest.param("ask_for_job", "positive", "Thanks for your time, and I hope we'll be speaking again at the next stage.", "present", id="afj24-hope-speak-again-next-stage"),
    pytest.param("ask_for_job", "positive", "Looking forward to speaking with you again at the next stage.", "present", id="afj24-forward-speak-next-stage"),
    pytest.param("ask_for_job", "negative", "I hope my manager lets me speak at the next stage of the project.", "missing", id="afj24-speak-at-project-stage"),
    pytest.param("ask_for_job", "wrong_speaker", "I hope we'll be speaking again at the next stage.", "missing", id="afj24-interviewer-hope-speak-again"),
    pytest.param("ask_for_job", "negative", "Sir, kindly tell me what would be the next stage after this panel.", "missing", id="afj24-what-would-be-next-stage"),
    pytest.param("ask_for_job", "stt", "is there anything um that would hold you back from like offering me the job", "missing", id="afj24-hold-you-back-from-offering-stt"),
    # ask_concerns
    pytest.param("ask_concerns", "positive", "Going from the Army to retail looks like a leap on paper. Does that worry you at all?", "present", id="ac24-does-that-worry-you-at-all"),
    pytest.param("ask_concerns", "positive", "If anything's nagging at you about my portfolio, I'd much rather hear it now.", "present", id="ac24-if-nagging-rather-hear"),
    pytest.param("ask_concerns", "positive", "If something about my background is bothering you, do tell me.", "present", id="ac24-if-bothering-do-tell"),
    pytest.param("ask_concerns", "wrong_speaker", "If anything's nagging at you about my portfolio, I'd much rather hear it now.", "missing", id="ac24-interviewer-if-nagging"),
    # thank_interviewer
    pytest.param("thank_interviewer", "negative", "Thanks, but I've actually accepted something else this week, so I'll have to say no.", "missing", id="ti24-thanks-but-accepted-elsewhere"),
    pytest.param("thank_interviewer", "positive", "Thanks, but I've actually really enjoyed today.", "present", id="ti24-thanks-but-enjoyed"),
    pytest.param("thank_interviewer", "positive", "I'm not going to say no to a cup of tea, thanks.", "present", id="ti24-not-say-no-to-tea"),
    pytest.param("thank_interviewer", "negative", "No need, thank you, I can find my own way down.", "missing", id="ti24-no-need-thank-you"),
    pytest.param("thank_interviewer", "positive", "No need to walk me out. Thank you so much for your time.", "present", id="ti24-no-need-then-thanks"),
    pytest.param("thank_interviewer", "negative", "Cheers for that, but no.", "missing", id="ti24-cheers-but-no"),
])
def test_round24_rest_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


@pytest.mark.parametrize("text,status", [
    ("Oh my God, yes! I've wanted to work here since I was sixteen.", "present"),
    ("oh wow yes please", "present"),
    ("Yes, I'd love to. What's the best way to get back to you with the paperwork?", "present"),
    ("Thank you. I need to talk to my partner, what's the best way to get back to you?", "partial"),
])
def test_afj_round24_offer_answers(analyzer, text, status):
    f = mini(analyzer, _after_offer(text))["ask_for_job"]
    assert f.status == status, _explain(f)


# round 24b: how soon the seat is filled; pre-employment checks slowing things; the wait between this stage and the next;
# doubts about taking on "someone" like the candidate; an imperative with a pledge ("give it to me and you won't regret it")
@pytest.mark.parametrize("behaviour,kind,text,status", [
    pytest.param("clarify_next_steps", "positive", "What's the earliest you'd want someone in post?", "present", id="cns24b-earliest-someone-in-post"),
    pytest.param("clarify_next_steps", "positive", "Will the background check hold things up, given I lived abroad?", "present", id="cns24b-check-hold-things-up"),
    pytest.param("clarify_next_steps", "stt", "do the reference checks usually delay the start", "present", id="cns24b-checks-delay-start-stt"),
    pytest.param("clarify_next_steps", "negative", "Will the traffic hold things up this morning?", "missing", id="cns24b-traffic-hold-up"),
    pytest.param("clarify_next_steps", "negated", "The background check held things up at my last job.", "missing", id="cns24b-check-held-up-statement"),
    pytest.param("clarify_next_steps", "positive", "What's the usual gap between this and the pre-employment medical?", "present", id="cns24b-gap-between-this-and-medical"),
    pytest.param("clarify_next_steps", "negative", "What's the gap between this model and the premium one?", "missing", id="cns24b-gap-between-models"),
    pytest.param("clarify_next_steps", "wrong_speaker", "What's the usual gap between this and the pre-employment medical?", "missing", id="cns24b-interviewer-gap"),
    pytest.param("ask_concerns", "positive", "Any hesitations about taking on someone straight out of school?", "present", id="ac24b-taking-on-someone"),
    pytest.param("ask_concerns", "negative", "Any concerns about taking on a new client this quarter?", "missing", id="ac24b-taking-on-client"),
    pytest.param("ask_concerns", "negated", "I have no doubts about taking on someone like that.", "missing", id="ac24b-no-doubts-statement"),
    pytest.param("ask_concerns", "wrong_speaker", "Any hesitations about taking on someone straight out of school?", "missing", id="ac24b-interviewer-taking-on"),
    pytest.param("ask_for_job", "positive", "Put me on the team sheet and I won't let you down.", "present", id="afj24b-put-me-on-wont-let-down"),
    pytest.param("ask_for_job", "stt", "give it to me and you wont regret it", "present", id="afj24b-give-it-wont-regret-stt"),
    pytest.param("ask_for_job", "negative", "Give me a minute and I won't forget the question.", "missing", id="afj24b-give-me-a-minute"),
    pytest.param("ask_for_job", "negated", "My old boss took me on and I never let her down.", "missing", id="afj24b-took-me-on-past"),
    pytest.param("ask_for_job", "wrong_speaker", "Put me on the team sheet and I won't let you down.", "missing", id="afj24b-interviewer-put-me-on"),
])
def test_round24b_rest_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# T24: leaving keener, as the sentence's end; "be" in ac_why_not_hire only before the doubt; "no chance of ..." only as a statement
@pytest.mark.parametrize("behaviour,kind,text,status", [
    pytest.param("express_interest", "positive", "I came in keen and I'm going away even keener.", "present", id="ei-t24-going-away-keener"),
    pytest.param("express_interest", "stt", "im walking out of here keener honestly", "present", id="ei-t24-walking-out-keener-stt"),
    pytest.param("express_interest", "negated", "I'm not going away any keener.", "missing", id="ei-t24-not-going-away-keener"),
    pytest.param("express_interest", "wrong_speaker", "I came in keen and I'm going away even keener.", "missing", id="ei-t24-interviewer-keener"),
    pytest.param("ask_concerns", "positive", "Is there any reason I wouldn't be a good fit?", "present", id="ac-t24-be-a-good-fit"),
    pytest.param("ask_concerns", "negative", "Would that be something I'd be building from scratch?", "missing", id="ac-t24-be-building"),
    pytest.param("stay_positive", "negative", "And there's no chance of mixing it up, like days one week and nights the next?", "present", id="sp-t24-no-chance-question"),
    pytest.param("stay_positive", "positive", "There's no chance I'm getting this one.", "missing", id="sp-t24-no-chance-statement"),
])
def test_t24_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# T24: coming back as one of the staff, said as a wish ("I'd love it if ..." is a wish, not a condition)
@pytest.mark.parametrize("kind,text,status", [
    pytest.param("positive", "I'd love it if the next time I walk through your front door, it's with a lanyard around my neck.", "present", id="afj-t24-lanyard"),
    pytest.param("stt", "next time i come in i hope its as one of the team", "present", id="afj-t24-one-of-the-team-stt"),
    pytest.param("negative", "Next time I come in I'll bring the documents with me.", "missing", id="afj-t24-bring-documents"),
    pytest.param("negated", "If the next time I come in it's as staff, great.", "missing", id="afj-t24-if-condition"),
    pytest.param("wrong_speaker", "I'd love it if the next time I walk through your front door, it's with a lanyard around my neck.", "missing", id="afj-t24-interviewer"),
])
def test_t24_next_time_as_staff(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["ask_for_job"]
    assert f.status == status, _explain(f)


# "for what it's worth" is a hedge, not a question; "I don't expect to hear anything until Friday" waits for a date
@pytest.mark.parametrize("behaviour,kind,text,status", [
    pytest.param("express_interest", "positive", "For what it's worth, I'm really keen on this role.", "present", id="ei-for-what-its-worth"),
    pytest.param("express_interest", "stt", "for what its worth im really keen on this role", "present", id="ei-for-what-its-worth-stt"),
    pytest.param("stay_positive", "negative", "I don't expect to hear anything until Friday, that's fine.", "present", id="sp-expect-to-hear-until-friday"),
    pytest.param("stay_positive", "positive", "I don't expect to hear back after that mess.", "missing", id="sp-dont-expect-to-hear-back"),
])
def test_hedges_and_waiting_for_a_date(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# an ask about doubts that points back ("it", "this") to the sentence before, which names the candidate
@pytest.mark.parametrize("kind,text,status", [
    pytest.param("positive", "I know my CV reads a bit differently. Is there anything in it that worries you at this stage?", "present", id="ac-points-back-to-my-cv"),
    pytest.param("stt", "i know my cv reads a bit different. is there anything in it that worries you at this stage", "present", id="ac-points-back-stt"),
    pytest.param("negative", "The rota looks complicated. Is there anything in it that worries you at this stage?", "missing", id="ac-points-back-to-the-rota"),
    pytest.param("wrong_speaker", "I know my CV reads a bit differently. Is there anything in it that worries you at this stage?", "missing", id="ac-points-back-interviewer"),
])
def test_ac_ask_points_back_to_the_sentence_before(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["ask_concerns"]
    assert f.status == status, _explain(f)


# round 25 (b): what the candidate said raising a doubt; "holes"/"paws"/"concerts" from speech-to-text
@pytest.mark.parametrize("kind,text,status", [
    pytest.param("positive", "Did anything I said today raise a red flag for you?", "present", id="ac-r25-said-raise-flag"),
    pytest.param("positive", "Before we finish, is there anything I've said that causes you concern?", "present", id="ac-r25-said-causes-concern"),
    pytest.param("positive", "Are there any holes in what I've told you that I can fill in?", "present", id="ac-r25-holes"),
    pytest.param("stt", "is there anything i said that gives you paws", "present", id="ac-r25-paws-stt"),
    pytest.param("stt", "do you have any concerts about my fit for the job", "present", id="ac-r25-concerts-stt"),
    pytest.param("negative", "Are there any holes in the rota over the summer?", "missing", id="ac-r25-holes-in-rota"),
    pytest.param("negative", "Are there any concerts at the venue for staff?", "missing", id="ac-r25-real-concerts"),
    pytest.param("negated", "I don't think anything I said raised a red flag.", "missing", id="ac-r25-statement"),
    pytest.param("wrong_speaker", "Did anything I said today raise a red flag for you?", "missing", id="ac-r25-interviewer"),
])
def test_r25_ask_concerns_what_i_said(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["ask_concerns"]
    assert f.status == status, _explain(f)


# round 25 (b): clarify_next_steps precision (the work's timeline, the job's own contacts, willingness) and the checks after an offer
@pytest.mark.parametrize("kind,text,status", [
    pytest.param("negative", "How would the role fit with the crime unit's restructuring timeline?", "missing", id="cns-r25-possessive-work-timeline"),
    pytest.param("negative", "What's the project timeline for the new ward?", "missing", id="cns-r25-project-timeline"),
    pytest.param("positive", "What's the timeline for a decision?", "present", id="cns-r25-decision-timeline"),
    pytest.param("negative", "Do you follow up with parents by email or phone, normally?", "missing", id="cns-r25-parents-by-channel"),
    pytest.param("positive", "So is that by email or phone?", "present", id="cns-r25-outcome-by-channel"),
    pytest.param("negative", "I really want this, so whatever the next step is, I'm in.", "missing", id="cns-r25-whatever-next-step"),
    pytest.param("positive", "What's the likely timeframe for developed vetting?", "present", id="cns-r25-vetting-timeframe"),
    pytest.param("negative", "What's the timeline for security upgrades on the estate?", "missing", id="cns-r25-security-upgrades"),
    pytest.param("positive", "Is there anything you need from me to get the references and the DBS check moving?", "present", id="cns-r25-need-from-me-checks"),
    pytest.param("stt", "what else do you need from me for the vetting", "present", id="cns-r25-need-from-me-stt"),
    pytest.param("negative", "What do you need from me in the first 90 days?", "missing", id="cns-r25-need-from-me-first-90-days"),
    pytest.param("negative", "Thank you for the interview today; I look forward to hearing from you.", "missing", id="cns-r25-bare-look-forward"),
    pytest.param("wrong_speaker", "Is there anything you need from me to get the references moving?", "missing", id="cns-r25-interviewer"),
])
def test_r25_clarify_next_steps(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["clarify_next_steps"]
    assert f.status == status, _explain(f)


# round 25 (b): replies to the process just set out (vetting, a shadow shift, "like you said", people still to see)
@pytest.mark.parametrize("interviewer,reply,status", [
    pytest.param("The next step is security vetting; the forms will come to you next week.", "Understood, I'll keep an eye out for them.", "present", id="cns-r25-vetting-next"),
    pytest.param("Next step would be a shadow shift on the ward, we'll send dates through.", "Great, that sounds good, thank you.", "present", id="cns-r25-shadow-shift"),
    pytest.param("The next stage is a short practical test, HR will book it.", "Like you said, the next step's the practical, so that's fine by me.", "present", id="cns-r25-like-you-said"),
    pytest.param("We can't give you an answer today; we still have four people to see.", "No problem at all, I'll look forward to hearing from you.", "present", id="cns-r25-people-to-see"),
    pytest.param("We'll be in touch by Friday.", "Great, I look forward to hearing from you.", "present", id="cns-r25-look-forward-reply"),
    pytest.param("How do you keep a project on track?", "I look forward to hearing from you, honestly.", "missing", id="cns-r25-look-forward-nothing-explained"),
])
def test_r25_clarify_next_steps_replies(analyzer, interviewer, reply, status):
    turns = [(INT, HANDOVER), (CAND, "No, you've covered it, thank you."), (INT, interviewer), (CAND, reply)]
    f = mini(analyzer, turns)["clarify_next_steps"]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND


# round 25 (b): "ring-fenced" is money set aside, not a call
@pytest.mark.parametrize("kind,text,status", [
    pytest.param("negative", "What's the annual budget, and how much of it is ring-fenced?", "missing", id="fu-r25-ring-fenced"),
    pytest.param("positive", "Can I ring you tomorrow if I have more questions?", "present", id="fu-r25-can-i-ring"),
])
def test_r25_follow_up_ring_fenced(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["follow_up"]
    assert f.status == status, _explain(f)


# R25a: discouragement foreseen or the panel's mind made up; another interview and forward-turning modesty are not
@pytest.mark.parametrize("kind,text,status", [
    pytest.param("positive", "There's not much point asking about next steps; I can't see myself going any further.", "missing", id="sp-r25a-cant-see-myself-further"),
    pytest.param("stt", "i cant see myself getting through to the final honestly", "missing", id="sp-r25a-cant-see-myself-stt"),
    pytest.param("negative", "I can't see myself working anywhere else, this place is brilliant.", "present", id="sp-r25a-cant-see-myself-elsewhere"),
    pytest.param("positive", "Well, I gave it my best shot, but I suspect I'm some way short of what the board wants.", "missing", id="sp-r25a-way-short"),
    pytest.param("negative", "I know I'm a bit short of what you asked for on paper, but I learn fast.", "present", id="sp-r25a-bit-short-modesty"),
    pytest.param("positive", "To be honest, I suspect you've already got your preferred candidate.", "missing", id="sp-r25a-already-got-your-pick"),
    pytest.param("negative", "Have you already got someone in mind?", "present", id="sp-r25a-already-someone-question"),
    pytest.param("positive", "I'm not sure why you'd pick me over someone with a proper degree, to be honest.", "missing", id="sp-r25a-why-pick-me-over"),
    pytest.param("positive", "I doubt I'll be successful given the strength of the internal field.", "missing", id="sp-r25a-doubt-successful"),
    pytest.param("negated", "I have no doubt I'll be successful in this role.", "present", id="sp-r25a-no-doubt-successful"),
    pytest.param("wrong_speaker", "I suspect you've already got your preferred candidate, and I can't see myself going any further.", "present", id="sp-r25a-interviewer"),
    pytest.param("negative", "My last interview was a train wreck, so today felt like a huge improvement.", "present", id="sp-r25a-my-last-interview"),
    pytest.param("negative", "That bit on the spreadsheet wasn't my finest, but I know how to fix it now.", "present", id="sp-r25a-not-my-finest-but-i"),
    pytest.param("positive", "I know that wasn't my best, but thanks for having me.", "missing", id="sp-r25a-not-my-best-but-thanks"),
])
def test_r25a_stay_positive_families(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["stay_positive"]
    assert f.status == status, _explain(f)


# R25a: in for the next stage ("whatever the next step is, I'm in", "count me in for the trial shift"), coming back in for it;
# "I'm not going to say no" is not a decline; the search over ("I've been looking for a team like this"); "not giving up" negates nothing
@pytest.mark.parametrize("behaviour,kind,text,status", [
    pytest.param("ask_for_job", "positive", "I really want this, so whatever the next step is, I'm in.", "present", id="afj-r25a-next-step-im-in"),
    pytest.param("ask_for_job", "stt", "next round i want in honestly", "present", id="afj-r25a-next-round-want-in-stt"),
    pytest.param("ask_for_job", "positive", "Count me in for the trial shift whenever you're ready.", "present", id="afj-r25a-count-me-in-for-trial"),
    pytest.param("ask_for_job", "negative", "I'm in for a long night with the rota, ha.", "missing", id="afj-r25a-in-for-a-long-night"),
    pytest.param("ask_for_job", "negated", "If there's a final round, I'm in for it, but I doubt there will be.", "missing", id="afj-r25a-in-for-round-if"),
    pytest.param("ask_for_job", "wrong_speaker", "Whatever the next step is, I'm in.", "missing", id="afj-r25a-interviewer-im-in"),
    pytest.param("ask_for_job", "positive", "I'd be glad to come back in and do a trial shift with the team as the next stage.", "present", id="afj-r25a-come-back-in-and-do"),
    pytest.param("ask_for_job", "positive", "I'd be delighted to come back for whatever the next stage involves.", "present", id="afj-r25a-come-back-for-whatever"),
    pytest.param("express_interest", "negative", "I'd be happy to come back at any point to meet the governors.", "missing", id="ei-r25a-happy-to-come-back"),
    pytest.param("express_interest", "positive", "Honestly, I've been looking for a team like this for ages.", "present", id="ei-r25a-looking-for-a-team-like-this"),
    pytest.param("express_interest", "stt", "ive been waiting for a job like this for years", "present", id="ei-r25a-waiting-for-a-job-like-this-stt"),
    pytest.param("express_interest", "negated", "I haven't been looking for a job like this, to be honest.", "missing", id="ei-r25a-not-looking-for-a-job-like-this"),
    pytest.param("express_interest", "wrong_speaker", "We've been looking for a candidate like you for ages.", "missing", id="ei-r25a-interviewer-looking"),
    pytest.param("express_interest", "positive", "I'm not giving up on this one, I really want it.", "present", id="ei-r25a-not-giving-up-want-it"),
    pytest.param("express_interest", "positive", "Thank you kindly, miss, mi really would love this job.", "present", id="ei-r25a-mi-would-love-this-job"),
])
def test_r25a_ask_and_interest_families(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


def test_r25a_not_going_to_say_no_accepts(analyzer):
    f = mini(analyzer, _offer("I'm not going to say no, put it that way. Yes, I accept!"))["ask_for_job"]
    assert f.status == "present", _explain(f)
    f = mini(analyzer, _offer("I'm afraid I'm going to have to say no."))["ask_for_job"]
    assert f.status == "missing", _explain(f)


# R25a: "hope you'll give me the chance to do it" asks (wanting "the chance to do it" is only interest); honoured to be appointed
@pytest.mark.parametrize("behaviour,kind,text,status", [
    pytest.param("ask_for_job", "positive", "I believe I can lead this department well, and I hope you'll give me the chance to do it.", "present", id="afj-r25a-give-me-chance-to-do-it"),
    pytest.param("ask_for_job", "negative", "I'm confident I could turn that store round, and I really want the chance to do it.", "missing", id="afj-r25a-want-chance-to-do-it"),
    pytest.param("express_interest", "positive", "I'd be honoured to be appointed, and thank you for today.", "present", id="ei-r25a-honoured-to-be-appointed"),
    pytest.param("express_interest", "stt", "id be really thrilled to be selected honestly", "present", id="ei-r25a-thrilled-to-be-selected-stt"),
    pytest.param("express_interest", "negated", "I wouldn't be thrilled to be selected for the night rota.", "missing", id="ei-r25a-not-thrilled-selected"),
    pytest.param("express_interest", "wrong_speaker", "I'd be honoured to be appointed, if I were you.", "missing", id="ei-r25a-interviewer-honoured"),
])
def test_r25a_give_me_the_chance_and_appointed(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# session 15: a bad day is discouraging only when it is the speaker's (hostile round 12, D5); a hiring manager
# offering on their own ("I want you. Do you want it?"), "when would you want me to start?", and an interviewer
# who will have someone else send the contract, which "sounds good" then answers (T25 sommelier)
@pytest.mark.parametrize("behaviour,turns,status", [
    pytest.param("stay_positive", _closing("What does the on-call load look like on the worst day of the year?"), "present", id="sp-s15-worst-day-of-year-question"),
    pytest.param("stay_positive", _closing("How do you cope when the payment provider is having a bad day?"), "present", id="sp-s15-provider-bad-day"),
    pytest.param("stay_positive", _closing("Sorry, I'm having such a bad day, I really don't think that went well."), "missing", id="sp-s15-my-bad-day"),
    pytest.param("stay_positive", _closing("i had a really rough day honestly"), "missing", id="sp-s15-my-rough-day-stt"),
    pytest.param("ask_for_job", [(INT, HANDOVER), (CAND, "No, I think that's everything."),
                                 (INT, "I want you. Head sommelier, the package we discussed. Do you want it?"), (CAND, "Yes! Absolutely, yes.")],
                 "present", id="afj-s15-i-want-you-offer-accepted"),
    pytest.param("ask_for_job", [(INT, HANDOVER), (CAND, "No, I think that's everything."),
                                 (INT, "Do you want the job?"), (CAND, "Let me think about it over the weekend.")],
                 "partial", id="afj-s15-do-you-want-the-job-time-no-date"),
    pytest.param("ask_for_job", _closing("When would you want me to start?"), "present", id="afj-s15-when-want-me-to-start"),
    pytest.param("ask_for_job", _closing("when would you need me to start"), "present", id="afj-s15-when-need-me-to-start-stt"),
    pytest.param("ask_for_job", _closing("When do you want me to start the written test?"), "missing", id="afj-s15-start-the-test"),
    pytest.param("ask_for_job", _interviewer_says("When would you want me to start?"), "missing", id="afj-s15-interviewer-asks-start"),
    pytest.param("clarify_next_steps", [(INT, HANDOVER), (CAND, "No, that's all."), (INT, "I'll get Lauren to send the contract through by Wednesday."),
                                        (CAND, "Perfect, sounds good.")], "present", id="cns-s15-someone-sends-contract-reply"),
    pytest.param("clarify_next_steps", [(INT, HANDOVER), (CAND, "No, that's all."), (INT, "I'll get Tom to send you the invoice."),
                                        (CAND, "Perfect, sounds good.")], "missing", id="cns-s15-invoice-is-not-next-steps"),
])
def test_s15_bad_day_offer_alone_start_and_contract(analyzer, behaviour, turns, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


# session 15: an explicit accept stands when the time asked after it is for the practicalities; a soft yes, or time
# asked against the accept ("but", "though", "first"), still waits on the time; "I can't say yes" is no accept
@pytest.mark.parametrize("answer,status", [
    pytest.param("I accept. I just need to check with my family when I can start and I'll let you know.", "present", id="afj-s15-accept-then-start-date"),
    pytest.param("Absolutely, I'll take it. Let me check my notice period and get back to you on a start date.", "present", id="afj-s15-take-it-then-notice"),
    pytest.param("i accept i just need to check my notice and get back to you on the start date", "present", id="afj-s15-accept-then-notice-stt"),
    pytest.param("Yes, I'll take it, though let me talk it over with my wife first.", "partial", id="afj-s15-take-it-though-talk-first"),
    pytest.param("I'd love to, very much. But I need some time to talk it over.", "partial", id="afj-s15-love-to-but-time"),
    pytest.param("I'm afraid I can't say yes in this room. Would you mind if I took a little time to think it through?", "partial", id="afj-s15-cant-say-yes-time"),
    pytest.param("I can't say yes.", "missing", id="afj-s15-cant-say-yes"),
])
def test_s15_accept_then_practicalities(analyzer, answer, status):
    f = mini(analyzer, _offer(answer))["ask_for_job"]
    assert f.status == status, _explain(f)


# hostile round 13, H4: after an explicit accept, time asked to decide (not for the start or the notice) still waits
@pytest.mark.parametrize("answer", [
    pytest.param("I accept. I'll need to check with my partner and get back to you.", id="afj-h13-partner"),
    pytest.param("I accept. Can I get back to you on whether I want it?", id="afj-h13-whether"),
    pytest.param("I accept the offer. Let me think about the salary and get back to you.", id="afj-h13-salary"),
    pytest.param("I accept. I'll need a few days to decide, so let me get back to you.", id="afj-h13-decide"),
])
def test_h13_accept_then_time_to_decide_is_partial(analyzer, answer):
    f = mini(analyzer, _offer(answer))["ask_for_job"]
    assert f.status == "partial", _explain(f)


# session 15 (context logic): an indirect question introduced by a verb of asking or knowing is asked, not a condition
# ("I did want to ask, though, whether ...", "a candid read on whether ...", "Just whether ..."); "whether or not I get
# it" and someone else's question stay conditions
@pytest.mark.parametrize("behaviour,kind,text,status", [
    pytest.param("ask_concerns", "positive", "I did want to ask, though, whether anything in my background left you with doubts.", "present", id="ac-ctx-ask-though-whether"),
    pytest.param("ask_concerns", "positive", "Could I get a candid read on whether there's anything in my profile that worries you?", "present", id="ac-ctx-read-on-whether"),
    pytest.param("ask_concerns", "positive", "I'd value a candid read on whether there's anything in my profile that worries you.", "present", id="ac-ctx-read-on-whether-stop"),
    pytest.param("ask_concerns", "positive", "I'd like to ask you whether anything in my experience gives you pause.", "present", id="ac-ctx-ask-you-whether"),
    pytest.param("ask_concerns", "positive", "Just whether there's anything in my background you're unsure about.", "present", id="ac-ctx-just-whether"),
    pytest.param("ask_concerns", "stt", "i did want to ask though whether anything in my background left you with doubts", "present", id="ac-ctx-ask-though-whether-stt"),
    pytest.param("ask_concerns", "negated", "My coach said to thank you and to ask whether you had any reservations.", "missing", id="ac-ctx-told-to-ask-whether"),
    pytest.param("ask_concerns", "negated", "Another agency asked me whether I had any concerns about the commute.", "missing", id="ac-ctx-asked-me-whether"),
    pytest.param("ask_concerns", "wrong_speaker", "I did want to ask, though, whether anything in our offer left you with doubts.", "missing", id="ac-ctx-interviewer-asks-whether"),
    pytest.param("express_interest", "negated", "I'll need to think about whether I'm excited about the commute.", "missing", id="ei-ctx-think-about-whether"),
    pytest.param("express_interest", "negated", "It depends on whether I'd be excited about the night shifts.", "missing", id="ei-ctx-depends-on-whether"),
])
def test_ctx_indirect_question_whether(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


def _told(reply: str, told: str = "We'll be in touch by Friday by email.") -> list[tuple[str, str]]:
    return [(INT, HANDOVER), (CAND, "No, that's all from me."), (INT, told), (CAND, reply)]


# session 15 (context logic): a reply to the interviewer's next steps may open the turn's second sentence, after a
# first one that thanks or sums up; not a third sentence, nor the second one deep in a long turn
@pytest.mark.parametrize("behaviour,turns,status", [
    pytest.param("clarify_next_steps", _told("Thank you both, I've really enjoyed meeting the team and seeing the ward. Sounds good."),
                 "present", id="cns-ctx-reply-second-sentence"),
    pytest.param("clarify_next_steps", _told("thank you both ive really enjoyed meeting the team and seeing the ward. sounds good"),
                 "present", id="cns-ctx-reply-second-sentence-stt"),
    pytest.param("clarify_next_steps", _told("Thank you both, it was lovely. I've enjoyed meeting the whole team today. Sounds good."),
                 "missing", id="cns-ctx-reply-third-sentence"),
    pytest.param("clarify_next_steps", _told("I've really enjoyed talking through the rota, the training plan, the way the ward handovers work "
                                             "and how the team splits the weekend cover between the two sites and the community clinics. Sounds good."),
                 "missing", id="cns-ctx-reply-after-long-sentence"),
    pytest.param("clarify_next_steps", _told("Thank you both, I've really enjoyed meeting the team and seeing the ward. Sounds good.",
                                             told="We'll get you a coffee on the way out."),
                 "missing", id="cns-ctx-reply-without-next-steps"),
    pytest.param("clarify_next_steps", [(INT, HANDOVER), (CAND, "No, that's all from me."),
                                        (INT, "Thank you so much for coming in, it was a pleasure. Sounds good, we'll be in touch by Friday."), (CAND, "Okay.")],
                 "missing", id="cns-ctx-reply-interviewer-says-it"),
])
def test_ctx_reply_in_second_sentence(analyzer, behaviour, turns, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


# session 15 (context logic): in a run-on sentence (speech-to-text, no punctuation but its end) a question may start in
# mid-turn with an inverted clause ("... the job is there a next round"), or follow the match as the second half of an
# alternative question ("... by the board or would that be by yourself"); punctuated text keeps its own marks
@pytest.mark.parametrize("behaviour,kind,text,status", [
    pytest.param("clarify_next_steps", "stt", "so yeah i'd really like the job um is there a next round or can i just come in for a trial shift", "present", id="cns-ctx-run-on-is-there-next-round"),
    pytest.param("clarify_next_steps", "stt", "so uh the the decision would be made by the board or would that be by yourself", "present", id="cns-ctx-run-on-or-would-that"),
    pytest.param("clarify_next_steps", "stt", "thanks for that really interesting does that mean there's another round after this", "present", id="cns-ctx-run-on-does-that-mean"),
    pytest.param("clarify_next_steps", "negative", "I'd really like the job. There is a next round, I know.", "missing", id="cns-ctx-punctuated-statement-next-round"),
    pytest.param("clarify_next_steps", "negative", "The decision will be made by the board, or so I've heard.", "missing", id="cns-ctx-punctuated-decision-statement"),
    pytest.param("clarify_next_steps", "negative", "the decision would be made by the board or so i heard", "missing", id="cns-ctx-run-on-decision-statement"),
    pytest.param("clarify_next_steps", "wrong_speaker", "so yeah we really liked you um is there a next round you'd want to come to", "missing", id="cns-ctx-run-on-interviewer-asks"),
])
def test_ctx_run_on_question_in_mid_turn(analyzer, behaviour, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))[behaviour]
    assert f.status == status, _explain(f)


# r26 (cc, cd batches): the conditional "I'd be delighted to accept" is a glad yes, not interest ("I'm delighted to accept"
# says how they feel); a student's interest in study, satisfaction with how it went, or a role wanted before is not interest
@pytest.mark.parametrize("turns,status", [
    pytest.param(_offer("Yes, I'd be delighted to accept."), "missing", id="ei-r26-would-be-delighted-to-accept"),
    pytest.param(_offer("I'm delighted to accept. Thank you both."), "present", id="ei-r26-im-delighted-to-accept"),
    pytest.param(_closing("I'm interested in doing a master's at some point, would that be supported?"), "missing", id="ei-r26-interested-in-masters"),
    pytest.param(_closing("im really keen on doing a part time mba later on"), "missing", id="ei-r26-keen-on-mba-stt"),
    pytest.param(_closing("I'm really interested in the graduate scheme, it's exactly what I want."), "present", id="ei-r26-interested-in-scheme"),
    pytest.param(_closing("I don't think that went badly, actually, I'm pretty happy with it."), "missing", id="ei-r26-happy-with-it"),
    pytest.param(_closing("I'm really happy with everything I saw today and I want this job."), "present", id="ei-r26-happy-with-everything"),
    pytest.param(_closing("I was interested in the marketing role originally, but that one closed."), "missing", id="ei-r26-other-role-originally"),
    pytest.param(_closing("I was interested in this role from the moment I saw the advert."), "present", id="ei-r26-this-role-from-the-moment"),
    pytest.param(_interviewer_says("We're really interested in you, and I'm delighted to accept your references."), "missing", id="ei-r26-interviewer"),
])
def test_r26_express_interest_precision(analyzer, turns, status):
    f = mini(analyzer, turns)["express_interest"]
    assert f.status == status, _explain(f)


# r26: keeping the process going, meeting the team "in the next round", an answer "in the morning", and asking how to send the decision
@pytest.mark.parametrize("turns,status", [
    pytest.param(_closing("So what's the next step? Either way I'd like to keep going."), "present", id="afj-r26-keep-going"),
    pytest.param(_closing("Good talking to you both. I'd like to keep this moving, what's next?"), "present", id="afj-r26-keep-this-moving"),
    pytest.param(_closing("i really want to keep things moving so whats next"), "present", id="afj-r26-keep-things-moving-stt"),
    pytest.param(_closing("Do you want to keep going, or shall we stop there?"), "missing", id="afj-r26-keep-going-asked"),
    pytest.param(_closing("I'd love to keep going with my coaching on weekends."), "missing", id="afj-r26-keep-going-hobby"),
    pytest.param(_closing("I don't want to keep going like this at my current place."), "missing", id="afj-r26-dont-want-keep-going"),
    pytest.param(_interviewer_says("I'd like to keep this moving, so expect a call."), "missing", id="afj-r26-interviewer-keep-moving"),
    pytest.param(_closing("Would be great to meet the rest of the team in the next round."), "present", id="afj-r26-great-to-meet-next-round"),
    pytest.param(_closing("It was great to meet Sarah in the first round."), "missing", id="afj-r26-great-to-meet-first-round"),
    pytest.param(_interviewer_says("It'd be great to meet your manager at the final stage."), "missing", id="afj-r26-interviewer-great-to-meet"),
    pytest.param(_offer("Oh — I, um — can I think about it overnight and call you in the morning?"), "present", id="afj-r26-call-you-in-the-morning"),
    pytest.param(_offer("Can I think about it? I'm working in the morning anyway."), "partial", id="afj-r26-working-in-the-morning"),
    pytest.param(_offer("What's the best way to get back to you with my decision?"), "missing", id="afj-r26-best-way-with-decision"),
])
def test_r26_ask_for_job_families(analyzer, turns, status):
    f = mini(analyzer, turns)["ask_for_job"]
    assert f.status == status, _explain(f)


# r26: expecting a no, having given up, not having done enough are discouraged; an apology for a long answer
# and the candidate's own wishes ("I'm not after anything fully remote") are not
@pytest.mark.parametrize("kind,text,status", [
    pytest.param("positive", "Should've revised tries. Oh well, I'll probably get a no.", "missing", id="sp-r26-probably-get-a-no"),
    pytest.param("stt", "im probably getting a no from you anyway", "missing", id="sp-r26-getting-a-no-stt"),
    pytest.param("negated", "If I get a no, could I have some feedback?", "present", id="sp-r26-if-i-get-a-no"),
    pytest.param("positive", "I've kind of given up on getting in anywhere this year, to be honest.", "missing", id="sp-r26-given-up-on-getting-in"),
    pytest.param("positive", "I think I've probably not done enough to get through, but it was nice to meet you.", "missing", id="sp-r26-not-done-enough"),
    pytest.param("stt", "i havent done enough to get through today have i", "missing", id="sp-r26-havent-done-enough-stt"),
    pytest.param("negative", "I haven't done enough research on your new product, but I loved today.", "present", id="sp-r26-not-done-enough-research"),
    pytest.param("negative", "Sorry if that answer about teamwork went on a bit.", "present", id="sp-r26-sorry-answer-went-on"),
    pytest.param("negative", "I'm not really after anything fully remote, for the record.", "present", id="sp-r26-not-after-remote"),
    pytest.param("positive", "I'm probably not what you're after.", "missing", id="sp-r26-not-what-youre-after"),
    pytest.param("wrong_speaker", "We'll probably get a no from the board, and I've given up on getting budget this year.", "present", id="sp-r26-interviewer"),
])
def test_r26_stay_positive_families(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["stay_positive"]
    assert f.status == status, _explain(f)


# round 26 (b): tech engineers' closings. A hiring stage asked about by name ("when's the hiring manager round?"), not the
# job's own phases ("after the first ninety days", "how long does onboarding take"); an invite sent by "recruiting";
# "anything blocking you from migrating" and "reservations about hiring grads" are the company's business, not doubts
# about the candidate; "in touch with Janet" (a name: the recruiter) follows up, "in touch with Google about the API" does not
def _r26b_told(interviewer: str, reply: str) -> list[tuple[str, str]]:
    return [(INT, HANDOVER), (CAND, "No, that's all."), (INT, interviewer), (CAND, reply)]


@pytest.mark.parametrize("behaviour,turns,status", [
    pytest.param(CNS, _closing("I'd really like to work on this. When's the hiring manager round?"), "present", id="cns-r26-when-named-round"),
    pytest.param(CNS, _closing("So when would the system design interview be, roughly?"), "present", id="cns-r26-when-would-interview-be"),
    pytest.param(CNS, _closing("um so when is the final loop roughly"), "present", id="cns-r26-when-final-loop-stt"),
    pytest.param(CNS, _closing("When's the funding round?"), "missing", id="cns-r26-funding-round"),
    pytest.param(CNS, _closing("When do the promotion rounds happen, once a year?"), "missing", id="cns-r26-promotion-rounds"),
    pytest.param(CNS, _closing("When's the next customer interview?"), "missing", id="cns-r26-customer-interview"),
    pytest.param(CNS, _interviewer_says("When's the hiring manager round? Probably Thursday."), "missing", id="cns-r26-interviewer-names-round"),
    pytest.param(CNS, _closing("What happens after the first ninety days? Is there a formal review?"), "missing", id="cns-r26-first-ninety-days"),
    pytest.param(CNS, _closing("how does it work after the probation period"), "missing", id="cns-r26-after-probation-stt"),
    pytest.param(CNS, _closing("What happens after the first round?"), "present", id="cns-r26-after-first-round"),
    pytest.param(CNS, _closing("How long does onboarding take before people get prod access?"), "missing", id="cns-r26-onboarding-length"),
    pytest.param(CNS, _r26b_told("Recruiting will send you an invite for the final loop next week.",
                                 "Thanks again. I'll keep an eye out for the calendar invite then."), "present", id="cns-r26-recruiting-sends-invite"),
    pytest.param("ask_concerns", _closing("Is there anything blocking you from moving to Graviton instances?"), "missing", id="ac-r26-moving-to-tech"),
    pytest.param("ask_concerns", _closing("whats stopping you from migrating to postgres"), "missing", id="ac-r26-migrating-stt"),
    pytest.param("ask_concerns", _closing("Is there anything that would stop you from moving forward with me?"), "present", id="ac-r26-moving-forward-with-me"),
    pytest.param("ask_concerns", _closing("Is there anything stopping you from moving me to the final round?"), "present", id="ac-r26-moving-me-on"),
    pytest.param("ask_concerns", _closing("Were there any reservations about hiring grads in the past, like as a company?"), "missing", id="ac-r26-hiring-grads"),
    pytest.param("ask_concerns", _closing("Do you have any reservations about hiring a career changer like me?"), "present", id="ac-r26-hiring-me"),
    pytest.param("follow_up", _closing("I'll be in touch with Janet on Monday to confirm my referees' contact details."), "present", id="fu-r26-touch-with-name"),
    pytest.param("follow_up", _closing("I'll be in touch with Sarah about the start date."), "present", id="fu-r26-touch-with-name-about"),
    pytest.param("follow_up", _closing("I'll get in touch with Google about the API quota."), "missing", id="fu-r26-touch-with-firm"),
    pytest.param("follow_up", _closing("I'll be in touch with Kubernetes support about that bug."), "missing", id="fu-r26-touch-with-support"),
    pytest.param("follow_up", _closing("i'll be in touch with the client about the invoice"), "missing", id="fu-r26-touch-with-client-stt"),
    pytest.param("follow_up", _interviewer_says("I'll be in touch with Janet on Monday about your references."), "missing", id="fu-r26-interviewer-touch-with-name"),
])
def test_r26b_named_stages_and_tech_near_misses(analyzer, behaviour, turns, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND


# session 15: after an offer, a promise of the answer with a tag question ("..., is that okay?") still answers the
# offer, not a follow-up; a real question about how to reach them still is one
@pytest.mark.parametrize("answer,status", [
    pytest.param("Let me think about it and I'll be in touch, is that okay?", "missing", id="fu-s15-tag-question-promise"),
    pytest.param("let me sleep on it and ill give you a ring tomorrow is that ok?", "missing", id="fu-s15-tag-question-stt"),
    pytest.param("What's the best way to get back to you?", "present", id="fu-s15-best-way-question"),
])
def test_s15_offer_answer_with_tag_question_is_no_follow_up(analyzer, answer, status):
    f = mini(analyzer, _offer(answer))["follow_up"]
    assert f.status == status, _explain(f)


# session 16 (context): "count me in" before any offer is interest, in the answer to an offer only an accept
# (requirement not_offer_reply); a reporting verb's instruction ("my coach said to thank you and to ask ...")
# covers the whole reported clause with its coordinated verbs, also before a "?"; the interviewer's hyphenated
# next steps ("a take-home test", "a second-round interview") are a prompt a short reply answers
@pytest.mark.parametrize("behaviour,turns,status", [
    pytest.param(EI, _closing("Count me in."), "present", id="ei-s16-count-me-in-before-offer"),
    pytest.param(EI, _closing("count me in honestly"), "present", id="ei-s16-count-me-in-stt"),
    pytest.param(EI, _offer("Count me in!"), "missing", id="ei-s16-count-me-in-answers-offer"),
    pytest.param("ask_for_job", _offer("Count me in!"), "present", id="afj-s16-count-me-in-accepts"),
    pytest.param(EI, _offer("Yes please! I'd be delighted to accept."), "missing", id="ei-s16-delighted-to-accept-offer"),
    pytest.param(EI, _offer("Yes, I accept, I'm thrilled."), "present", id="ei-s16-accept-and-thrilled"),
    pytest.param(EI, _interviewer_says("Count me in for the pub quiz on Friday, then."), "missing", id="ei-s16-interviewer-count-me-in"),
    pytest.param("ask_concerns", _closing("My coach said to thank you and to ask whether there's anything that would hold you back?"),
                 "missing", id="ac-s16-coach-said-to-thank-and-ask"),
    pytest.param("thank_interviewer", _closing("My coach said to thank you and to ask whether there's anything that would hold you back?"),
                 "missing", id="ti-s16-coach-said-to-thank-and-ask"),
    pytest.param("ask_concerns", _closing("my mum told me to thank you and to ask if you have any concerns about me"),
                 "missing", id="ac-s16-mum-told-me-stt"),
    pytest.param(CNS, _closing("I was told to thank you and to ask what the next steps are?"), "missing", id="cns-s16-told-to-thank-and-ask"),
    pytest.param("thank_interviewer", _closing("I was told to thank you."), "missing", id="ti-s16-i-was-told-to-thank"),
    pytest.param("thank_interviewer", _closing("I just want to say thank you."), "present", id="ti-s16-just-want-to-say-thank-you"),
    pytest.param("ask_concerns", _closing("My coach said to thank you. Is there anything that would hold you back from hiring me?"),
                 "present", id="ac-s16-own-question-after-report"),
    pytest.param("ask_concerns", _closing("I was told to ask, and I want to know, do you have any concerns about me?"),
                 "present", id="ac-s16-own-question-after-and-i"),
    pytest.param(CNS, _closing("My mentor told me to always ask about next steps, so what are they?"), "present", id="cns-s16-asks-after-report"),
    pytest.param(CNS, _r26b_told("The next step is a take-home test.", "Sounds good, thanks."), "present", id="cns-s16-take-home-prompt"),
    pytest.param(CNS, _r26b_told("the next stage is a second-round interview with the director", "sounds good"), "present",
                 id="cns-s16-second-round-prompt-stt"),
    pytest.param(CNS, _r26b_told("The next step is an on-site visit.", "Perfect, that works."), "present", id="cns-s16-on-site-prompt"),
    pytest.param(CNS, _r26b_told("The next step is rolling out the new self-service tills.", "Sounds good."), "missing", id="cns-s16-work-step-hyphen"),
    pytest.param(CNS, _interviewer_says("The next step is a take-home test."), "missing", id="cns-s16-interviewer-says-take-home"),
])
def test_s16_context_offer_reply_instructions_hyphens(analyzer, behaviour, turns, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND


# r27: discouragement in blunt trades words and in polished panel modesty; ordinary modesty, a story of falling short
# and the interviewer's words are not
@pytest.mark.parametrize("kind,text,status", [
    pytest.param("positive", "I'm gonna be honest, I don't think I nailed that one.", "missing", id="sp-r27-dont-think-i-nailed-it"),
    pytest.param("stt", "i dont reckon i really aced it sorry", "missing", id="sp-r27-dont-reckon-aced-it-stt"),
    pytest.param("negative", "I don't think I nailed down the start date yet.", "present", id="sp-r27-nailed-down-date"),
    pytest.param("positive", "I'm very interested in the role, though I sense I fell short on the technical side today.", "missing", id="sp-r27-fell-short"),
    pytest.param("negative", "I fell short of my sales target in 2019 but learned a lot.", "present", id="sp-r27-fell-short-of-target-story"),
    pytest.param("positive", "I suspect the other candidates have more sector depth than I do.", "missing", id="sp-r27-others-more-than-i-do"),
    pytest.param("positive", "I suspect the others have more depth.", "missing", id="sp-r27-suspect-others-more-depth"),
    pytest.param("negative", "You've got more experience than me in this, so I'd love to learn from you.", "present", id="sp-r27-you-have-more-than-me"),
    pytest.param("negative", "I suspect the others have more questions for you.", "present", id="sp-r27-others-more-questions"),
    pytest.param("positive", "I appreciate I may not be the profile you had in mind for this.", "missing", id="sp-r27-may-not-be-profile"),
    pytest.param("stt", "i sort of sense im not quite what the board wants but um yeah", "missing", id="sp-r27-not-what-board-wants-stt"),
    pytest.param("negative", "I may not be available on Mondays.", "present", id="sp-r27-may-not-be-available"),
    pytest.param("negated", "If I'm not what you're after, could I have some feedback?", "present", id="sp-r27-if-not-what-youre-after"),
    pytest.param("positive", "I'm sorry to have taken up the afternoon when it's clearly not a match.", "missing", id="sp-r27-clearly-not-a-match"),
    pytest.param("stt", "i think i made a right pigs ear of that to be honest", "missing", id="sp-r27-pigs-ear-stt"),
    pytest.param("positive", "Sorry, I've been rubbish today, haven't I.", "missing", id="sp-r27-been-rubbish-today"),
    pytest.param("negative", "I've been poor at keeping in touch with old colleagues.", "present", id="sp-r27-been-poor-at"),
    pytest.param("stt", "i dont think im going to be what you need honestly", "missing", id="sp-r27-going-to-be-what-you-need-stt"),
    pytest.param("negative", "The shifts are rubbish and the commute is a killer, but I want the job.", "present", id="sp-r27-complaint-shifts"),
    pytest.param("wrong_speaker", "I don't think I nailed that one either, and I suspect the others have more depth than me.", "present", id="sp-r27-interviewer"),
])
def test_r27_stay_positive_families(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["stay_positive"]
    assert f.status == status, _explain(f)


# r27: interest in hearing how something works, in a course on the side, or in "the X stuff" is not interest in the job
@pytest.mark.parametrize("kind,text,status", [
    pytest.param("negative", "I'm really keen to hear how the chair thinks about succession.", "missing", id="ei-r27-keen-to-hear-how"),
    pytest.param("stt", "im really keen to find out what the team uses for rotas", "missing", id="ei-r27-keen-to-find-out-what-stt"),
    pytest.param("negative", "I'm interested in doing a coding bootcamp at some point too.", "missing", id="ei-r27-bootcamp"),
    pytest.param("negative", "I'm really interested in the latte art stuff, do you teach that?", "missing", id="ei-r27-latte-art-stuff"),
    pytest.param("positive", "I'm really keen to join the team, it sounds brilliant.", "present", id="ei-r27-keen-to-join"),
    pytest.param("positive", "I'm really interested in the role.", "present", id="ei-r27-interested-in-role"),
    pytest.param("wrong_speaker", "We're really keen to hear how you'd approach it.", "missing", id="ei-r27-interviewer"),
])
def test_r27_express_interest_precision(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["express_interest"]
    assert f.status == status, _explain(f)


# round 27: misheard "next steps", the wait up to the decision, how the outcome is told, checks next; job-question near-misses;
# doubts asked as "made you go hmm" / "not quite there yet"; questions the candidate may have later are no concern;
# following up "to check in"; job tasks and sick calls are no follow-up
@pytest.mark.parametrize("behaviour,turns,status", [
    pytest.param(CNS, _closing("what are the neck steps from here"), "present", id="cns-r27-neck-steps-stt"),
    pytest.param(CNS, _closing("And what happens between now and the final decision?"), "present", id="cns-r27-between-now-and-decision"),
    pytest.param(CNS, _closing("so what happens between now and an offer"), "present", id="cns-r27-between-now-and-offer-stt"),
    pytest.param(CNS, _closing("Do you call people or is it by email?"), "present", id="cns-r27-call-people-or-email"),
    pytest.param(CNS, _closing("Sounds great. When do you usually pick people?"), "present", id="cns-r27-when-pick-people"),
    pytest.param(CNS, _closing("are you doing reference checks next"), "present", id="cns-r27-checks-next-stt"),
    pytest.param(CNS, _closing("What are the next steps on the restructuring after the consultation?"), "missing", id="cns-r27-next-steps-on-work"),
    pytest.param(CNS, _closing("What's the next step after you finish training, do people become supervisors?"), "missing", id="cns-r27-after-training"),
    pytest.param(CNS, _closing("I don't think there are neck steps, is there?"), "missing", id="cns-r27-negated-neck-steps"),
    pytest.param(CNS, _interviewer_says("So what happens between now and the final decision? Two more interviews."), "missing", id="cns-r27-interviewer-between-now"),
    pytest.param("ask_concerns", _closing("Is there anything I said that kinda made you go hmm?"), "present", id="ac-r27-made-you-go-hmm"),
    pytest.param("ask_concerns", _closing("are there any areas where you feel im not quite there yet"), "present", id="ac-r27-not-there-yet-stt"),
    pytest.param("ask_concerns", _closing("What made you go into nursing?"), "missing", id="ac-r27-what-made-you-go-into"),
    pytest.param("ask_concerns", _closing("who do i ring if i've got any questions about the start date"), "missing", id="ac-r27-if-i-have-questions"),
    pytest.param("ask_concerns", _closing("I appreciate you giving me a chance, what with the gap on my CV."), "missing", id="ac-r27-what-with-the-gap"),
    pytest.param("ask_concerns", _interviewer_says("Is there anything I said that made you go hmm? Happy to clarify."), "missing", id="ac-r27-interviewer-hmm"),
    pytest.param("follow_up", _closing("I'll ring the shop on Monday just to check in."), "present", id="fu-r27-ring-to-check-in"),
    pytest.param("follow_up", _closing("ill drop you an email next week to check in"), "present", id="fu-r27-email-to-check-in-stt"),
    pytest.param("follow_up", _closing("I'll call the patients on Monday to check in."), "missing", id="fu-r27-check-in-on-patients"),
    pytest.param("follow_up", _closing("I'll send each of you a short note this evening."), "present", id="fu-r27-send-each-of-you"),
    pytest.param("follow_up", _closing("Would the board want me to follow up on the audit findings in my first week?"), "missing", id="fu-r27-first-week-task"),
    pytest.param("follow_up", _closing("What happens if I'm sick on a shift, who do I ring?"), "missing", id="fu-r27-sick-who-to-ring"),
    pytest.param("follow_up", _interviewer_says("I'll ring you on Monday just to check in."), "missing", id="fu-r27-interviewer-check-in"),
])
def test_r27b_my_behaviours_families(analyzer, behaviour, turns, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND


# --------------------------------------------------------------------------- r28-a: ask_for_job, executive offers, modifiers


def _offer_said(offer: str, answer: str) -> list[tuple[str, str]]:
    return [(INT, HANDOVER), (CAND, "I think you've answered everything already."), (INT, offer), (CAND, answer)]


AFJ = "ask_for_job"


@pytest.mark.parametrize("behaviour,turns,status", [
    # offers in executive words, answered
    pytest.param(AFJ, _offer_said("We'd like to move you to contract.", "Wonderful. Yes, absolutely, let's do it."), "present", id="afj-r28-offer-move-to-contract-yes"),
    pytest.param(AFJ, _offer_said("We're taking you to offer stage.", "Let me discuss it at home and I'll be in touch."), "partial", id="afj-r28-offer-to-offer-stage-defer"),
    pytest.param(AFJ, _offer_said("The committee has agreed to appoint you as head of audit.", "Great, I accept."), "present", id="afj-r28-offer-appoint-you"),
    pytest.param(AFJ, _offer_said("We'd like to move forward with your appointment.", "uh can i have until friday to talk it over with my wife"), "present", id="afj-r28-offer-appointment-stt-date"),
    pytest.param(AFJ, _offer_said("We'd like to proceed to contract.", "Great, I accept."), "present", id="afj-r28-offer-proceed-to-contract"),
    # not offers: next round, conditional, negated
    pytest.param(AFJ, _offer_said("We'd like to move you to the next round.", "Great, I accept."), "missing", id="afj-r28-next-round-not-offer"),
    pytest.param(AFJ, _offer_said("If we appoint you, when could you start?", "Let me discuss it at home."), "missing", id="afj-r28-if-we-appoint-not-offer"),
    pytest.param(AFJ, _offer_said("We won't be moving you to offer, I'm afraid.", "i need to ask my mum first"), "missing", id="afj-r28-negated-offer"),
    # answers to an offer
    pytest.param(AFJ, _offer_said("We'd like to offer you the job.", "um i need to ask my mum first if thats okay"), "partial", id="afj-r28-ask-my-mum-stt"),
    pytest.param(AFJ, _offer_said("We'd like to offer you the job.", "Can I tell you by Thursday?"), "present", id="afj-r28-tell-you-by-day"),
    pytest.param(AFJ, _offer_said("We'd like to offer you the job.", "I'll tell you what, it sounds great."), "missing", id="afj-r28-tell-you-what-idiom"),
    pytest.param(AFJ, _offer_said("We're offering you the healthcare assistant position.",
                                  "I've been thinking about it while we talked, and the travel won't work, so I'm going to decline."), "missing", id="afj-r28-been-thinking-decline"),
    pytest.param(AFJ, _offer_said("We'd like to offer you the post.",
                                  "I really appreciate you taking the time to meet me. But I won't be taking it."), "missing", id="afj-r28-taking-the-time-decline"),
    # asks
    pytest.param(AFJ, _closing("I really hope I get to join the team, when will you decide?"), "present", id="afj-r28-hope-get-to-join"),
    pytest.param(AFJ, _closing("fingers crossed i get to work with you all"), "present", id="afj-r28-get-to-work-with-stt"),
    pytest.param(AFJ, _closing("I hope I get to work on the new platform."), "missing", id="afj-r28-get-to-work-on-thing"),
    pytest.param(AFJ, _closing("My brother hopes he gets to join the team."), "missing", id="afj-r28-someone-else-joins"),
    pytest.param(AFJ, _closing("I hope I'm lucky enough to get the job, fr."), "present", id="afj-r28-lucky-enough"),
    pytest.param(AFJ, _closing("hoping im fortunate enough to join you guys"), "present", id="afj-r28-fortunate-enough-stt"),
    pytest.param(AFJ, _closing("Is there anything else I can do to get it?"), "present", id="afj-r28-anything-to-get-it"),
    pytest.param(AFJ, _closing("what else could i do to land this job"), "present", id="afj-r28-what-else-land-stt"),
    pytest.param(AFJ, _closing("Is there anything I can do to help with the move?"), "missing", id="afj-r28-anything-to-help"),
    pytest.param(AFJ, _closing("I'd very much like to come back and present a hundred-day plan to the board as the next step."), "present", id="afj-r28-come-back-next-step"),
    pytest.param(AFJ, _closing("Can I get that trial shift?"), "present", id="afj-r28-get-that-trial-shift"),
    pytest.param(AFJ, _closing("Can I come back in for the assessment day?"), "present", id="afj-r28-come-back-in-for"),
    pytest.param(AFJ, _interviewer_says("I hope I get to join the team at the next stage too. Is there anything else you can do to get it?"), "missing", id="afj-r28-interviewer-says"),
    # modifiers: "not bad" is no negation, "what with" no question
    pytest.param("thank_interviewer", _closing("Not bad, thanks. You?"), "present", id="ti-r28-not-bad-thanks"),
    pytest.param("thank_interviewer", _closing("not too bad thanks for asking"), "present", id="ti-r28-not-too-bad-stt"),
    pytest.param("thank_interviewer", _closing("I appreciate you giving me a chance, what with the gap on my CV."), "present", id="ti-r28-what-with"),
    pytest.param("express_interest", _closing("Not bad, but I don't think I want the job."), "missing", id="ei-r28-not-bad-then-negated"),
])
def test_r28a_ask_for_job_and_modifiers(analyzer, behaviour, turns, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND


# session 16: being glad of what already happened is no ask; "put my name forward" in a doubt question is no ask
@pytest.mark.parametrize("kind,text,status", [
    pytest.param("negative", "Proper chuffed I got an interview tbh, what's the next bit of the process?", "missing", id="afj-s16-glad-i-got"),
    pytest.param("stt", "so glad i was given the interview honestly", "missing", id="afj-s16-glad-i-was-given-stt"),
    pytest.param("positive", "I'd be so glad to get the job, honestly.", "present", id="afj-s16-glad-to-get"),
    pytest.param("negative", "Is there anything that would make you hesitate to put my name forward to the chair?", "missing", id="afj-s16-hesitate-my-name"),
    pytest.param("positive", "Please do put my name forward for the role.", "present", id="afj-s16-put-my-name-forward"),
])
def test_s16_ask_for_job_glad_of_the_past_and_doubts(analyzer, kind, text, status):
    f = mini(analyzer, turns_for(kind, text))["ask_for_job"]
    assert f.status == status, _explain(f)


# round 28 (b): express_interest families (taking the role on, a crack at this, litotes with the negation inside the phrase,
# leaving more excited, where my heart is, Gen-Z "that'd be sick" / "well up for it", a dream post); stay_positive families
# (that was bad + sorry, better served by someone, going back to the old work, not the strongest candidate, "and it showed")
@pytest.mark.parametrize("behaviour,turns,status", [
    pytest.param(EI, _closing("I believe I'm the right person for this turnaround, and I want to take it on."), "present", id="ei-r28b-take-it-on"),
    pytest.param(EI, _closing("I'd want to take that on board, thanks for the feedback."), "missing", id="ei-r28b-take-on-board"),
    pytest.param(EI, _closing("I'd love a crack at this, mate."), "present", id="ei-r28b-crack-at-this"),
    pytest.param(EI, _closing("I'd love another go at it."), "missing", id="ei-r28b-another-go-retry"),
    pytest.param(EI, _closing("i wouldnt want to work anywhere else round here"), "present", id="ei-r28b-nowhere-else-stt"),
    pytest.param(EI, _closing("I haven't stopped thinking about this role since the first round."), "present", id="ei-r28b-not-stopped-thinking"),
    pytest.param(EI, _closing("I don't think you'll find anyone who wants this more."), "present", id="ei-r28b-nobody-wants-it-more"),
    pytest.param(EI, _closing("It hasn't dented my enthusiasm for this role one bit."), "present", id="ei-r28b-not-dented-enthusiasm"),
    pytest.param(EI, _closing("I came in interested and I'm leaving genuinely excited."), "present", id="ei-r28b-leaving-excited"),
    pytest.param(EI, _closing("care is where my heart is honestly"), "present", id="ei-r28b-where-my-heart-is-stt"),
    pytest.param(EI, _closing("I'm not sure this is where my heart is."), "missing", id="ei-r28b-heart-negated"),
    pytest.param(EI, _closing("yeah ngl that'd be sick"), "present", id="ei-r28b-thatd-be-sick-stt"),
    pytest.param(EI, _closing("The commute would be sick, two hours each way."), "missing", id="ei-r28b-commute-sick"),
    pytest.param(EI, _closing("I'd be well up for it, the vibe in the shop is lovely."), "present", id="ei-r28b-well-up-for-it"),
    pytest.param(EI, _closing("I'd be well up for a pint after if you fancy it."), "missing", id="ei-r28b-up-for-a-pint"),
    pytest.param(EI, _closing("this is honestly like a dream post for me"), "present", id="ei-r28b-dream-post-stt"),
    pytest.param(EI, _closing("getting to do that as a job would be amazing"), "present", id="ei-r28b-as-a-job-would-be-amazing"),
    pytest.param(EI, _closing("getting the results by Friday would be amazing"), "missing", id="ei-r28b-results-would-be-amazing"),
    pytest.param(EI, _interviewer_says("Honestly, this is where my heart is, and I'd be well up for it."), "missing", id="ei-r28b-interviewer"),
    pytest.param(EI, _closing("I really do think this is the store for me."), "present", id="ei-r28b-the-store-for-me"),
    pytest.param(EI, _closing("Candidly, this is the one I most want to land."), "present", id="ei-r28b-one-i-want-to-land"),
    pytest.param(EI, _closing("Since the first round I've thought of little else."), "present", id="ei-r28b-thought-of-little-else"),
    pytest.param(EI, _closing("I've thought about nothing else but the traffic."), "missing", id="ei-r28b-nothing-else-but-traffic"),
    pytest.param(EI, _closing("i'm really key in on the job so uh what's the next step"), "present", id="ei-r28b-key-in-on-asr"),
    pytest.param("stay_positive", _closing("That was so bad, I'm so sorry."), "missing", id="sp-r28b-that-was-bad-sorry"),
    pytest.param("stay_positive", _closing("The traffic was so bad, sorry I was late."), "present", id="sp-r28b-traffic-bad-sorry"),
    pytest.param("stay_positive", _closing("you'd probably be better served by someone with more experience"), "missing", id="sp-r28b-better-served-stt"),
    pytest.param("stay_positive", _closing("I think someone else will be more suitable, my profile is weak."), "missing", id="sp-r28b-someone-else-more-suitable"),
    pytest.param("stay_positive", _closing("it's fine i'll probably just go back to retail anyway"), "missing", id="sp-r28b-back-to-retail-stt"),
    pytest.param("stay_positive", _closing("I'll go back to my manager and confirm the dates."), "present", id="sp-r28b-back-to-manager"),
    pytest.param("stay_positive", _closing("I probably wasn't the strongest candidate you saw today."), "missing", id="sp-r28b-not-strongest-today"),
    pytest.param("stay_positive", _closing("I'm not the strongest candidate on paper, but I learn fast."), "present", id="sp-r28b-modesty"),
    pytest.param("stay_positive", _closing("I'm just not a natural at interviews, and I think it showed today."), "missing", id="sp-r28b-and-it-showed"),
    pytest.param("stay_positive", _closing("I wasn't nervous at all, and I think it showed."), "present", id="sp-r28b-not-nervous-showed"),
    pytest.param("stay_positive", _interviewer_says("That was so bad, I'm so sorry about the mix-up with the rooms."), "present", id="sp-r28b-interviewer"),
    pytest.param("stay_positive", _closing("Maybe I should have applied for the junior role instead."), "missing", id="sp-r28b-should-have-applied-junior"),
    pytest.param("stay_positive", _closing("I applied for the junior role first, then saw this one."), "present", id="sp-r28b-applied-junior-first"),
])
def test_r28b_my_behaviours_families(analyzer, behaviour, turns, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)
    assert behaviour == "stay_positive" or status == "missing" or f.speaker == CAND


# session 16: "the weekend" asked for to answer an offer ends on a known day, as "within 48 hours" does
@pytest.mark.parametrize("answer,status", [
    pytest.param("I'm delighted. Would it be all right if I took the weekend to think it over properly?", "present", id="afj-s16-took-the-weekend"),
    pytest.param("can i have the weekend to think about it", "present", id="afj-s16-have-the-weekend-stt"),
    pytest.param("Let me think about it over the weekend.", "partial", id="afj-s16-thinking-over-the-weekend-no-answer-day"),
    pytest.param("Could I have a few days to think it over?", "partial", id="afj-s16-few-days-stays-partial"),
])
def test_s16_offer_answer_the_weekend_is_a_date(analyzer, answer, status):
    f = mini(analyzer, _offer(answer))["ask_for_job"]
    assert f.status == status, _explain(f)


# r29a: understated and humble discouragement (stay_positive) and the negation that is the bad news itself (modifiers)
SP = "stay_positive"


@pytest.mark.parametrize("turns,status", [
    # selection doubted, the doubt first
    pytest.param(_closing("I don't imagine I'll be shortlisted, to be fair."), "missing", id="sp-r29a-dont-imagine-shortlisted"),
    pytest.param(_closing("i dont think i will get selected honestly"), "missing", id="sp-r29a-dont-think-selected-stt"),
    pytest.param(_closing("I don't think I'll be picked for the next round."), "missing", id="sp-r29a-picked-for-next-round"),
    pytest.param(_closing("I don't think I'll be chosen for the night shift, I prefer days."), "present", id="sp-r29a-chosen-for-night-shift"),
    pytest.param(_closing("I don't expect to be called until Friday, is that right?"), "present", id="sp-r29a-called-until-friday"),
    pytest.param(_interviewer_says("I don't think you will be selected this time."), "present", id="sp-r29a-interviewer-selected"),
    # a round not cleared: the negation is the bad news and cancels nothing after it
    pytest.param(_closing("Pretty sure I haven't cleared this stage, sir, my answers were weak."), "missing", id="sp-r29a-not-cleared-stage"),
    # low on the panel's list
    pytest.param(_closing("I'd imagine I'm well down your shortlist."), "missing", id="sp-r29a-well-down-shortlist"),
    pytest.param(_closing("i reckon im near the bottom of the pile"), "missing", id="sp-r29a-bottom-of-pile-stt"),
    pytest.param(_closing("I think I'm near the top of your list."), "present", id="sp-r29a-top-of-list"),
    pytest.param(_closing("Maybe I'm down your list, but I'll prove you wrong."), "present", id="sp-r29a-down-list-but-prove"),
    # not mine to win
    pytest.param(_closing("I sense this one's not mine to win."), "missing", id="sp-r29a-not-mine-to-win"),
    # the profile doubted against what the panel wants
    pytest.param(_closing("I doubt my background matches what you need."), "missing", id="sp-r29a-doubt-background-matches"),
    pytest.param(_closing("My experience doesn't quite line up with what the panel is after."), "missing", id="sp-r29a-experience-doesnt-line-up"),
    pytest.param(_closing("I'm not sure I'm the kind of candidate you're looking for."), "missing", id="sp-r29a-kind-of-candidate"),
    pytest.param(_closing("I'm not sure my profile lines up with the role, but I learn fast."), "present", id="sp-r29a-profile-but-learn-fast"),
    pytest.param(_closing("I know I'm not the typical candidate, but I bring a lot."), "present", id="sp-r29a-not-typical-but"),
    pytest.param(_closing("I'm not sure what the board is after, could you tell me?"), "present", id="sp-r29a-what-board-is-after-question"),
    pytest.param(_interviewer_says("I'm not sure my profile lines up with what the board is after."), "present", id="sp-r29a-interviewer-profile"),
    # may not be the right fit
    pytest.param(_closing("I may not be the right fit for this, honestly."), "missing", id="sp-r29a-may-not-be-right-fit"),
    pytest.param(_closing("Sorry for taking your afternoon for what might not be the best fit."), "missing", id="sp-r29a-for-what-might-not-fit"),
    pytest.param(_closing("This role may not be the right fit for me."), "present", id="sp-r29a-role-not-fit-for-me"),
    # rivals better placed
    pytest.param(_closing("I imagine there are people better equipped for this brief."), "missing", id="sp-r29a-people-better-equipped"),
    pytest.param(_closing("I suspect you'll find others better placed."), "missing", id="sp-r29a-others-better-placed"),
    # below the mark, questions left unanswered, giving the round up
    pytest.param(_closing("I didn't perform up to my potential today."), "missing", id="sp-r29a-up-to-potential"),
    pytest.param(_closing("i couldnt answer most of the questions today"), "missing", id="sp-r29a-couldnt-answer-most-stt"),
    pytest.param(_closing("I couldn't answer the last question, can I send it by email?"), "present", id="sp-r29a-one-question-email"),
    pytest.param(_closing("Maybe I'll apply again next year."), "missing", id="sp-r29a-apply-next-year"),
    pytest.param(_closing("If it doesn't work out, I'll apply again next year."), "present", id="sp-r29a-apply-next-year-if"),
    pytest.param(_closing("The demo didn't land very well, sorry about that."), "missing", id="sp-r29a-didnt-land-well"),
    # asking what did not land is asking for concerns, not saying it went badly
    pytest.param(_closing("is there anything i said today that didnt land well"), "present", id="sp-anything-that-didnt-land-question-stt"),
    pytest.param(_closing("Was there a part of my answer that didn't come across well?"), "present", id="sp-part-that-didnt-come-across"),
    # positive self-belief with a negation
    pytest.param(_closing("I don't think there's anything here I'd struggle with."), "present", id="sp-r29a-nothing-id-struggle-with"),
    # low on the list; and a "what" clause after "having heard" is no question
    pytest.param(_closing("I imagine I'm pretty low in the rankings."), "missing", id="sp-r29a-low-in-rankings"),
    pytest.param(_closing("I'm running low on the list of questions I prepared."), "present", id="sp-r29a-low-on-questions"),
    pytest.param(_closing("Having heard what you need, I think you'll find someone better than me."), "missing", id="sp-r29a-having-heard-what-statement"),
    # a lesson for next time
    pytest.param(_closing("oh well lesson learned for next time"), "missing", id="sp-r29a-lesson-for-next-time-stt"),
    pytest.param(_closing("I'll bring the portfolio next time we meet."), "present", id="sp-r29a-next-time-we-meet"),
    pytest.param(_interviewer_says("You'll know for next time."), "present", id="sp-r29a-interviewer-next-time"),
    # an old failure told as growth
    pytest.param(_closing("I flunked my first exam, which taught me to prepare."), "present", id="sp-r29a-flunked-taught-me"),
    pytest.param(_closing("I failed that test today, so I'll reapply."), "missing", id="sp-r29a-failed-today-no-lesson"),
])
def test_r29a_understated_discouragement(analyzer, turns, status):
    f = mini(analyzer, turns)[SP]
    assert f.status == status, _explain(f)
# round 29c: senior, hospitality and South Asian English closings (clarify_next_steps, follow_up, ask_concerns, thank_interviewer)
CNS, FU, AC, TI = "clarify_next_steps", "follow_up", "ask_concerns", "thank_interviewer"


@pytest.mark.parametrize("behaviour,turns,status", [
    pytest.param(CNS, _closing("When do you think you'll be in a position to come back to me?"), "present", id="cns-r29c-in-a-position-to-come-back"),
    pytest.param(CNS, _closing("how soon would you be in a position to make a decision"), "present", id="cns-r29c-in-a-position-asr"),
    pytest.param(CNS, _closing("When will I be in a position to lead the team?"), "missing", id="cns-r29c-in-a-position-to-lead"),
    pytest.param(CNS, _interviewer_says("When do you think you'll be in a position to come back to me?"), "missing", id="cns-r29c-in-a-position-interviewer"),
    pytest.param(CNS, _closing("How many further conversations should I expect?"), "present", id="cns-r29c-how-many-further-conversations"),
    pytest.param(CNS, _closing("how many more chats are there before a decision"), "present", id="cns-r29c-how-many-more-chats-asr"),
    pytest.param(CNS, _closing("How many meetings do you have a week?"), "missing", id="cns-r29c-how-many-meetings-job"),
    pytest.param(CNS, _closing("Would it be fair to expect a decision before the Easter break?"), "present", id="cns-r29c-fair-to-expect-decision"),
    pytest.param(CNS, _closing("Is it fair to expect a lot of overtime in December?"), "missing", id="cns-r29c-fair-to-expect-overtime"),
    pytest.param(CNS, _closing("OK, I'll hold the 22nd provisionally for the final panel. Thanks, Rachel."), "present", id="cns-r29c-hold-date-for-panel"),
    pytest.param(CNS, _closing("I'll hold the door for the next guest."), "missing", id="cns-r29c-hold-the-door"),
    pytest.param(CNS, [(INT, HANDOVER), (CAND, "No."), (INT, "The area manager will call the shortlisted people on Monday for a second chat."),
                       (CAND, "Oh lovely, I'll make sure I pick up on Monday then.")], "present", id="cns-r29c-reply-make-sure-pick-up"),
    pytest.param(CNS, _closing("Oh lovely, I'll make sure I pick up on Monday then."), "missing", id="cns-r29c-pick-up-not-a-reply"),
    pytest.param(FU, _closing("I'll confirm it by email tomorrow."), "present", id="fu-r29c-confirm-by-email"),
    pytest.param(FU, _closing("I won't confirm in writing until I've seen the contract."), "missing", id="fu-r29c-confirm-in-writing-negated"),
    pytest.param(FU, _closing("Thanks, Tom. I'll be in touch with the case study by Wednesday."), "present", id="fu-r29c-in-touch-with-the-case-study"),
    pytest.param(FU, _closing("I'll be in touch with the client by Wednesday."), "missing", id="fu-r29c-in-touch-with-the-client"),
    pytest.param(FU, _closing("Would it be helpful if I sent over a one-page summary of the pricing work?"), "present", id="fu-r29c-helpful-if-i-sent"),
    pytest.param(FU, _closing("um what's the best way to like get back in touch with you"), "present", id="fu-r29c-best-way-like-get-back-asr"),
    pytest.param(FU, _closing("I'll pop an email through to say thanks once I get home."), "present", id="fu-r29c-pop-email-through-to-say-thanks"),
    pytest.param(FU, _closing("I'll share the PPT of my dissertation on mail today itself so you can go through it."), "present", id="fu-r29c-share-on-mail"),
    pytest.param(FU, _closing("I'll put the kettle on in the post room."), "missing", id="fu-r29c-kettle-on"),
    pytest.param(FU, _closing("If any questions come up after today, is it easiest to just reply to the interview invite?"), "present", id="fu-r29c-easiest-to-reply-to-invite"),
    pytest.param(FU, _closing("Is it best to reply to the customer within the hour?"), "missing", id="fu-r29c-reply-to-customer-job"),
    pytest.param(FU, _interviewer_says("Would it be helpful if I sent over a one-page summary of the role?"), "missing", id="fu-r29c-helpful-if-i-sent-interviewer"),
    pytest.param(AC, _closing("Is there anything I said today that worries you? I'd like the chance to clear it up."), "present", id="ac-r29c-anything-i-said-worries-you"),
    pytest.param(AC, _closing("Is there anything I've said this morning that's left you with a question mark?"), "present", id="ac-r29c-left-you-with-a-question-mark"),
    pytest.param(AC, _closing("anything i mentioned thats bothering you"), "present", id="ac-r29c-mentioned-bothering-you-asr"),
    pytest.param(AC, _closing("Nothing I said worries me."), "missing", id="ac-r29c-nothing-worries-me"),
    pytest.param(AC, _interviewer_says("Is there anything I said today that worries you?"), "missing", id="ac-r29c-worries-you-interviewer"),
    pytest.param(AC, _closing("Any red flags I should know about?"), "present", id="ac-r29c-red-flags-to-know-about"),
    pytest.param(AC, _closing("Any red flags I should know about in the first month?"), "missing", id="ac-r29c-red-flags-in-the-job"),
    pytest.param(CNS, _closing("And when might the partners have a view, roughly?"), "present", id="cns-r29c-when-have-a-view"),
    pytest.param(CNS, _closing("When will I have a view of the budget?"), "missing", id="cns-r29c-view-of-the-budget"),
    pytest.param(TI, _closing("I'm just thankful the bus was on time for once, haha."), "missing", id="ti-r29c-thankful-the-bus"),
    pytest.param(TI, _closing("I'm grateful the panel made time for me today."), "present", id="ti-r29c-grateful-the-panel"),
    pytest.param(TI, _closing("Please thank the committee for me, I'm honoured, truly."), "present", id="ti-r29c-thank-the-committee-for-me"),
    pytest.param(TI, _closing("Please thank the chef for me."), "missing", id="ti-r29c-thank-the-chef-for-me"),
    pytest.param(TI, _interviewer_says("Please thank the committee for me."), "missing", id="ti-r29c-thank-the-committee-interviewer"),
])
def test_r29c_my_behaviours_families(analyzer, behaviour, turns, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND
# round 29 (helper b): composed senior asks, South Asian and Caribbean asks, and their near-misses
AFJ29 = "ask_for_job"


@pytest.mark.parametrize("behaviour,turns,status", [
    pytest.param(AFJ29, _closing("I'd like to put myself firmly forward for the role."), "present", id="afj-r29b-put-myself-forward"),
    pytest.param(AFJ29, _closing("i'd like to formally put my name forward for the position"), "present", id="afj-r29b-put-my-name-forward-asr"),
    pytest.param(AFJ29, _closing("I put myself forward for the board at my last company."), "missing", id="afj-r29b-put-myself-forward-past"),
    pytest.param(AFJ29, _interviewer_says("I'd like to put myself firmly forward for the role."), "missing", id="afj-r29b-put-myself-forward-interviewer"),
    pytest.param(AFJ29, _closing("I'm really keen, and I'd hope to hear I've made the final shortlist."), "present", id="afj-r29b-hope-made-shortlist"),
    pytest.param(AFJ29, _closing("fingers crossed i make the cut"), "present", id="afj-r29b-make-the-cut-asr"),
    pytest.param(AFJ29, _closing("I remain very keen and would be grateful for the opportunity to proceed."), "present", id="afj-r29b-grateful-to-proceed"),
    pytest.param(AFJ29, _closing("I am very eager to join. Kindly take me to the next round."), "present", id="afj-r29b-kindly-take-me-next-round"),
    pytest.param(AFJ29, _closing("kindly move me to the final panel sir"), "present", id="afj-r29b-kindly-move-me-asr"),
    pytest.param(AFJ29, _closing("I really want this job, sir. Kindly let me know when I can start."), "present", id="afj-r29b-let-me-know-when-i-can-start"),
    pytest.param(AFJ29, _closing("yah man mi really want dis work when mi can start"), "present", id="afj-r29b-when-mi-can-start-asr"),
    pytest.param(AFJ29, _closing("I'll let you know when I can start once I've spoken to my manager."), "missing", id="afj-r29b-ill-let-you-know-when-i-can-start"),
    pytest.param(AFJ29, _closing("Mi really want dis job, yuh see. Please give mi a chance."), "present", id="afj-r29b-give-mi-a-chance"),
    pytest.param(AFJ29, _closing("I don't want to be pushy and ask for the job or anything."), "missing", id="afj-r29b-dont-want-to-ask"),
    pytest.param(AFJ29, _closing("I appreciate you giving me a shot at the interview."), "missing", id="afj-r29b-thanks-for-a-shot"),
    pytest.param(AFJ29, _closing("I'd really appreciate you giving me a shot at the final round."), "present", id="afj-r29b-would-appreciate-a-shot"),
    pytest.param(AFJ29, _closing("I really appreciate you offering it to me, truly. But I've decided to stay where I am."), "missing", id="afj-r29b-appreciate-offering-then-decline"),
    pytest.param(AFJ29, _closing("I'd welcome the opportunity to read the last two annual reports in more detail."), "missing", id="afj-r29b-chance-to-read"),
    pytest.param(AFJ29, _closing("Is there anything I said today that worries you? I'd like the chance to clear it up."), "missing", id="afj-r29b-chance-to-clear-it-up"),
    pytest.param(EI, _closing("I think the fit is strong, and leading this function is something I'd genuinely relish."), "present", id="ei-r29b-something-id-relish"),
    pytest.param(EI, _closing("working with your team is something i'd really enjoy"), "present", id="ei-r29b-something-id-enjoy-asr"),
    pytest.param(EI, _interviewer_says("Leading this function is something I'd genuinely relish."), "missing", id="ei-r29b-relish-interviewer"),
    pytest.param(EI, _closing("I'm interested in doing my Cert III at some point. Does the company help with that?"), "missing", id="ei-r29b-own-study"),
    pytest.param(EI, _closing("I was really keen on the barista job at the airport, but it fell through."), "missing", id="ei-r29b-was-keen-other-job"),
    pytest.param(EI, _closing("I'm really keen on the job here."), "present", id="ei-r29b-keen-on-this-job"),
])
def test_r29b_my_behaviours_families(analyzer, behaviour, turns, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND


@pytest.mark.parametrize("behaviour,turns,status", [
    pytest.param(AFJ29, _closing("I'd be delighted to take this further. This is where I want to be."), "present", id="afj-r29b-take-this-further"),
    pytest.param(AFJ29, _closing("i'm keen to take things forward"), "present", id="afj-r29b-take-things-forward-asr"),
    pytest.param(AFJ29, _closing("I complained once, but I didn't take it further."), "missing", id="afj-r29b-didnt-take-it-further"),
    pytest.param(AFJ29, _interviewer_says("We'd be delighted to take this further with you."), "missing", id="afj-r29b-take-further-interviewer"),
    pytest.param(AFJ29, _closing("I want to be in your final three."), "present", id="afj-r29b-final-three"),
    pytest.param(AFJ29, _closing("Not to be pushy, but I'd love to be the person you call with the offer."), "present", id="afj-r29b-person-you-call"),
    pytest.param(AFJ29, _closing("We'd love to move to the next round of the tender, but the client keeps delaying."), "missing", id="afj-r29b-round-of-the-tender"),
    pytest.param(AFJ29, _closing("I'd relish the chance to do this job. How many more stages are there?"), "missing", id="afj-r29b-chance-to-do-this-job"),
    pytest.param(AFJ29, _closing("Are there any gaps you'd want to see addressed before a final round?"), "missing", id="afj-r29b-gaps-before-final-round"),
    pytest.param(EI, _closing("Absolutely, yes. I accept, and I'm really looking forward to flying with you."), "present", id="ei-r29b-look-forward-flying-with-you"),
    pytest.param(EI, _closing("I'm looking forward to hearing from you."), "missing", id="ei-r29b-look-forward-hearing"),
    pytest.param(AFJ29, _closing("Please ma, I would be grateful if you could give me the opportunity to serve in this role."), "present", id="afj-r29b-grateful-if-you-could-give-me"),
    pytest.param(AFJ29, _closing("If you give me the job, I'd need to sort out childcare first."), "missing", id="afj-r29b-if-you-give-me-condition"),
    pytest.param(AFJ29, _closing("i'd have to think if you offered it to me"), "missing", id="afj-r29b-if-you-offered-it-asr"),
    pytest.param(AFJ29, _closing("Is there anything else you need from me? Happy to send writing samples if that helps."), "missing", id="afj-r29b-anything-you-need-from-me"),
    pytest.param(AFJ29, _closing("um is there anything else you need from me to to move to the next round"), "present", id="afj-r29b-need-from-me-to-move-on-asr"),
    pytest.param(EI, _closing("I'd love to write for the desk. Thanks for giving me a shot at it."), "present", id="ei-r29b-love-to-write-for-the-desk"),
    pytest.param(EI, _closing("i'd really love to cook in that kitchen"), "present", id="ei-r29b-love-to-cook-in-that-kitchen-asr"),
    pytest.param(EI, _closing("I'd love to write a book about it one day."), "missing", id="ei-r29b-love-to-write-a-book"),
    pytest.param(EI, _interviewer_says("I'd love to write for the desk again one day."), "missing", id="ei-r29b-love-to-write-interviewer"),
])
def test_r29b_more_families(analyzer, behaviour, turns, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)
    assert status == "missing" or f.speaker == CAND


@pytest.mark.parametrize("answer,status", [
    pytest.param("That's great news. Can I confirm by five o'clock today?", "present", id="afj-r29b-by-five-oclock"),
    pytest.param("can i let you know by 5 pm", "present", id="afj-r29b-by-5pm-asr"),
    pytest.param("Thank you. What's the best number to get back to you on?", "missing", id="afj-r29b-best-number-to-get-back"),
])
def test_r29b_offer_answers(analyzer, answer, status):
    f = mini(analyzer, _offer(answer))["ask_for_job"]
    assert f.status == status, _explain(f)


# hostile round 15 and session 17's notes, one table: #3 the words that ask time to answer an offer are not also a
# next-steps question; #6 a dialogue dash stuck to the first word ("-Thanks") hid the word from every rule; #5 "that
# stage" just named, and a separate letter sent after an offer (r29-c's note on co0194); a statement with a tag question
# after it is still a statement (r29-a's note: ac0079, bf0061); and session 18's echoed question answered with a no
@pytest.mark.parametrize("turns,behaviour,status", [
    pytest.param(_offer("Thank you! Can I get back to you by Monday with my answer?"), "clarify_next_steps", "missing", id="cns-offer-get-back-by-monday"),
    pytest.param(_offer("thank you can i let you know by friday with my decision"), "clarify_next_steps", "missing", id="cns-offer-let-you-know-asr"),
    pytest.param(_offer("Could I let you know by Friday? And when would the start date be?"), "clarify_next_steps", "present", id="cns-offer-defer-then-start-question"),
    pytest.param(_offer("Can I let you know by Friday, and what happens after I say yes?"), "clarify_next_steps", "present", id="cns-offer-defer-and-after-yes"),
    pytest.param(_closing("When will I hear back from you with the decision?"), "clarify_next_steps", "present", id="cns-no-offer-when-hear"),
    pytest.param(_closing("-Thanks for your time."), "thank_interviewer", "present", id="ti-dash-stuck-thanks"),
    pytest.param(_closing("Okay. -Thank you so much for seeing me."), "thank_interviewer", "present", id="ti-dash-stuck-mid-turn"),
    pytest.param(_closing("-I'm really excited about this role."), "express_interest", "present", id="ei-dash-stuck"),
    pytest.param(_interviewer_says("-Thanks for your time."), "thank_interviewer", "missing", id="ti-dash-stuck-interviewer"),
    pytest.param(_closing("Okay, noted. I'm very eager to progress to that stage."), "ask_for_job", "present", id="afj-progress-to-that-stage"),
    pytest.param(_closing("i'd love to go through to this round"), "ask_for_job", "present", id="afj-go-through-to-this-round-asr"),
    pytest.param(_closing("When I progressed to that stage of my career I led a team."), "ask_for_job", "missing", id="afj-progressed-that-stage-career"),
    pytest.param(_offer("I will tell you by Saturday. Also, I'll send you my relieving letter tomorrow."), "follow_up", "present", id="fu-offer-separate-letter"),
    pytest.param(_offer("I'll send you my answer by Saturday."), "follow_up", "missing", id="fu-offer-answer-only"),
    pytest.param(_closing("Reckon you'll go with someone else, yeah?"), "stay_positive", "missing", id="sp-tag-yeah"),
    pytest.param(_closing("i didnt do very well did i"), "stay_positive", "missing", id="sp-tag-asr-no-comma"),
    pytest.param(_closing("I'm really excited about this role, you know?"), "express_interest", "present", id="ei-tag-you-know"),
    pytest.param(_closing("Will you go with someone else?"), "stay_positive", "present", id="sp-real-question-not-tag"),
    pytest.param(_interviewer_says("You'll go with someone else, yeah?"), "stay_positive", "present", id="sp-tag-interviewer"),
    # session 18 (r29-c's note on co0157): a short question the candidate echoes and answers with a no asks nothing
    pytest.param(_closing("Any concerns? No, sir, none from my side."), "ask_concerns", "missing", id="ac-echo-answered-no-none"),
    pytest.param(_closing("Next steps? Nope, all clear, thanks."), "clarify_next_steps", "missing", id="cns-echo-answered-nope"),
    pytest.param(_closing("Any concerns? No."), "ask_concerns", "present", id="ac-bare-no-still-asks"),
    pytest.param(_closing("Any worries about me? No? Sweet."), "ask_concerns", "present", id="ac-no-question-still-asks"),
    pytest.param(_closing("Do you have any concerns about me? No, that's fair."), "ask_concerns", "present", id="ac-about-me-not-an-echo"),
    pytest.param(_closing("So when can I start? No, seriously, I'm ready."), "ask_for_job", "present", id="afj-no-seriously-still-asks"),
    # T28's t28_05: "we're really keen." with no object is keenness on the candidate, and "Likewise." answers it in kind
    pytest.param([(INT, HANDOVER), (CAND, "No, that's all."), (INT, "Well, thanks for coming, we're really keen."), (CAND, "Likewise.")],
                 "express_interest", "present", id="ei-likewise-after-we-are-keen"),
    pytest.param([(INT, HANDOVER), (CAND, "No, that's all."), (INT, "Well, thanks for coming in today."), (CAND, "Likewise.")],
                 "express_interest", "missing", id="ei-likewise-after-thanks-only"),
    pytest.param([(INT, HANDOVER), (CAND, "No, that's all."), (INT, "We're keen to fill it quickly."), (CAND, "Likewise.")],
                 "express_interest", "missing", id="ei-likewise-after-keen-to-fill"),
])
def test_session17_fixes(analyzer, turns, behaviour, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


def _r30b_after(interviewer: str, answer: str) -> list[tuple[str, str]]:
    return [(INT, HANDOVER), (CAND, "Not really, I think you've covered it."), (INT, interviewer), (CAND, answer)]


# session 18's rule fixes, one table: tuning rounds r30-b and r30-c on the new dev batches, and hostile round 16
@pytest.mark.parametrize("turns,behaviour,status", [
    # r30-b: the outcome asked for bluntly, a likewise to the interviewer's keenness, hoping to be chosen / part of it / to continue,
    # and the near-misses (a chance to put an answer right, how to reach them with the channel named, past excitement, "never thought ... but here I am")
    pytest.param(_closing("So do I have the job?"), "ask_for_job", "present", id="afj-do-i-have-the-job"),
    pytest.param(_closing("did i get the job then"), "ask_for_job", "present", id="afj-did-i-get-the-job-asr"),
    pytest.param(_closing("Ha, am I hired?"), "ask_for_job", "present", id="afj-am-i-hired"),
    pytest.param(_closing("So is the job mine?"), "ask_for_job", "present", id="afj-is-the-job-mine"),
    pytest.param(_closing("Do I get the job description by email?"), "ask_for_job", "missing", id="afj-job-description-not"),
    pytest.param(_interviewer_says("So do you have the job lined up already?"), "ask_for_job", "missing", id="afj-interviewer-job-question"),
    pytest.param(_closing("i hope to be chosen inshallah"), "ask_for_job", "present", id="afj-hope-to-be-chosen-asr"),
    pytest.param(_closing("I don't hope to be chosen for the night shifts."), "ask_for_job", "missing", id="afj-hope-to-be-chosen-negated"),
    pytest.param(_closing("This school is exactly right, and I hope I can be part of it."), "ask_for_job", "present", id="afj-hope-part-of-it"),
    pytest.param(_closing("I am very interested, and I hope we can continue."), "ask_for_job", "present", id="afj-hope-we-can-continue"),
    pytest.param(_interviewer_says("I hope we can continue."), "ask_for_job", "missing", id="afj-hope-continue-interviewer"),
    pytest.param(_closing("Is there anything you're not sure about? I'd like the chance to put it right."), "ask_for_job", "missing", id="afj-chance-to-put-it-right"),
    pytest.param(_offer("Grand. What's the best way to get back to you, your mobile or the office line?"), "ask_for_job", "missing", id="afj-offer-way-to-get-back-channel"),
    pytest.param(_r30b_after("We're really keen on you, to be honest.", "Likewise."), "express_interest", "present", id="ei-likewise-keen-on-you"),
    pytest.param(_r30b_after("we'd love to have you on the team", "the feeling's mutual"), "express_interest", "present", id="ei-feeling-mutual-asr"),
    pytest.param(_r30b_after("Thanks for coming in today.", "Same here."), "express_interest", "missing", id="ei-same-here-after-thanks"),
    pytest.param(_interviewer_says("Likewise."), "express_interest", "missing", id="ei-likewise-interviewer"),
    pytest.param(_closing("Honestly, I would like to have the job."), "express_interest", "present", id="ei-would-like-to-have-the-job"),
    pytest.param(_closing("I never thought I'd be excited about a job at sixty-one, but here I am, excited."), "express_interest", "present", id="ei-here-i-am-excited"),
    pytest.param(_closing("I was excited about the mining job I had lined up, but that was years ago."), "express_interest", "missing", id="ei-past-excited-years-ago"),
    # round 30 (helper c): the job's own decisions and a personal next step are not the hiring process; the candidate's other
    # interview; how to reach the interviewer is follow_up; hoping to hear and sympathy for a long day; the candidate in the third
    # person as a doubt; learner "I appreciate a lot that"; posting documents, "give you a ring"; following up on other things
    pytest.param(_closing("Who makes the decision on pricing for new products?"), "clarify_next_steps", "missing", id="cns-decision-pricing"),
    pytest.param(_closing("When will the decision on the shortlist be made?"), "clarify_next_steps", "present", id="cns-decision-shortlist-still"),
    pytest.param(_closing("what could be my next step in my career progression here"), "clarify_next_steps", "missing", id="cns-career-next-step-asr"),
    pytest.param(_closing("My next step is to finish my degree in May."), "clarify_next_steps", "missing", id="cns-next-step-degree"),
    pytest.param(_closing("I've got another interview tomorrow, so could I let you know on Friday?"), "clarify_next_steps", "missing", id="cns-my-other-interview"),
    pytest.param(_closing("Do I have another interview after this one?"), "clarify_next_steps", "present", id="cns-do-i-have-another-interview"),
    pytest.param(_closing("Should I get in touch with you by phone or by email?"), "clarify_next_steps", "missing", id="cns-contact-you-by-channel"),
    pytest.param(_closing("Will you contact me by email or phone?"), "clarify_next_steps", "present", id="cns-contact-me-by-channel"),
    pytest.param(_closing("Thanks again, and I'm hoping I'll hear good news soon."), "clarify_next_steps", "missing", id="cns-hoping-to-hear"),
    pytest.param(_closing("i know youve got so many candidates to see."), "clarify_next_steps", "missing", id="cns-so-many-to-see-asr"),
    pytest.param(_closing("Can I pop back in to meet the department for the next round?"), "clarify_next_steps", "missing", id="cns-come-in-for-next-round"),
    pytest.param(_closing("Is there any reason you wouldn't give me the job?"), "ask_concerns", "present", id="ac-reason-wouldnt-give"),
    pytest.param(_closing("Is there any reason you would give me the job?"), "ask_concerns", "missing", id="ac-reason-would-give-no-neg"),
    pytest.param(_closing("do you feel my lack of a degree would be an issue"), "ask_concerns", "present", id="ac-feel-my-lack-asr"),
    pytest.param(_closing("Any concerns about someone my age starting out in tech?"), "ask_concerns", "present", id="ac-someone-my-age"),
    pytest.param(_interviewer_says("Do you have any reservations about someone coming from retail?"), "ask_concerns", "missing", id="ac-someone-interviewer"),
    pytest.param(_closing("I appreciate very much that you met me today."), "thank_interviewer", "present", id="ti-appreciate-very-much-that"),
    pytest.param(_closing("I'll post you the signed references tomorrow."), "follow_up", "present", id="fu-post-you-references"),
    pytest.param(_closing("ill give you a quick call on monday"), "follow_up", "present", id="fu-give-you-a-call-asr"),
    pytest.param(_interviewer_says("I'll give you a ring on Monday."), "follow_up", "missing", id="fu-give-ring-interviewer"),
    pytest.param(_closing("I'm following up with some other companies this week."), "follow_up", "missing", id="fu-following-up-other-companies"),
    # h16 #2: a harsh word for oneself about everyday life is not discouragement; about the interview it still is
    pytest.param(_closing("I'm hopeless with these multi-storey car parks, I don't think I'll ever get the hang of them."), "stay_positive", "present", id="sp-car-parks"),
    pytest.param(_closing("I'm terrible at parking, honestly."), "stay_positive", "present", id="sp-terrible-parking"),
    pytest.param(_closing("I'm useless at reading the timetables."), "stay_positive", "present", id="sp-useless-timetables"),
    pytest.param(_closing("i'm rubbish with directions so i got the bus"), "stay_positive", "present", id="sp-rubbish-directions-asr"),
    pytest.param(_closing("I'm hopeless at interviews."), "stay_positive", "missing", id="sp-hopeless-interviews"),
    pytest.param(_closing("I was terrible in there."), "stay_positive", "missing", id="sp-terrible-in-there"),
    pytest.param(_closing("I'm useless, aren't I"), "stay_positive", "missing", id="sp-useless-arent-i"),
    pytest.param(_closing("i'm rubbish at these honestly"), "stay_positive", "missing", id="sp-rubbish-at-these-asr"),
    pytest.param(_closing("I was awful at the technical part."), "stay_positive", "missing", id="sp-awful-technical"),
    pytest.param(_closing("I'm rubbish at parking and I think I blew the interview too."), "stay_positive", "missing", id="sp-parking-then-blew-it"),
    pytest.param(_interviewer_says("I'm hopeless at interviews myself, honestly."), "stay_positive", "present", id="sp-hopeless-interviewer"),
    # h16 #5: not top of the list, a long way from ready for a role like this
    pytest.param(_closing("It is what it is, I know I'm probably not top of your list."), "stay_positive", "missing", id="sp-not-top-of-list"),
    pytest.param(_closing("i know im probably not top of your list"), "stay_positive", "missing", id="sp-not-top-of-list-asr"),
    pytest.param(_closing("I doubt I'm high on your list."), "stay_positive", "missing", id="sp-doubt-high-on-list"),
    pytest.param(_closing("If I'm not top of the list, will I still hear back?"), "stay_positive", "present", id="sp-if-not-top-of-list"),
    pytest.param(_closing("The commute is not top of my list of worries."), "stay_positive", "present", id="sp-not-top-of-my-list"),
    pytest.param(_closing("I've clearly got a lot to learn before I'm ready for a role like this."), "stay_positive", "missing", id="sp-lot-to-learn-before-ready"),
    pytest.param(_closing("ive clearly got a lot to learn before im ready for a role like this"), "stay_positive", "missing", id="sp-lot-to-learn-asr"),
    pytest.param(_closing("I've got a lot to learn before I'm ready for the marathon."), "stay_positive", "present", id="sp-before-ready-marathon"),
    pytest.param(_interviewer_says("You've got a lot to learn before you're ready for a role like this."), "stay_positive", "present", id="sp-before-ready-interviewer"),
    # h16 #6: hoping to work together is the ask "I hope I'll get the chance to join you"
    pytest.param(_closing("Hopefully we'll be working together soon!"), "ask_for_job", "present", id="afj-working-together-soon"),
    pytest.param(_closing("I hope we get to work together."), "ask_for_job", "present", id="afj-get-to-work-together"),
    pytest.param(_closing("fingers crossed we can work together thanks again"), "ask_for_job", "present", id="afj-fingers-crossed-asr"),
    pytest.param(_closing("I hope we'll be colleagues soon."), "ask_for_job", "present", id="afj-be-colleagues"),
    pytest.param(_closing("Hopefully we'll be seeing a lot more of each other."), "ask_for_job", "present", id="afj-see-more-of-each-other"),
    pytest.param(_closing("I hope we can work together on the handover."), "ask_for_job", "missing", id="afj-work-together-on-handover"),
    pytest.param(_interviewer_says("I hope we get the chance to work together."), "ask_for_job", "missing", id="afj-work-together-interviewer"),
    # h16 #8: learner grammar for motivation to join
    pytest.param(_closing("I am very motivate for join your company."), "express_interest", "present", id="ei-motivate-for-join"),
    pytest.param(_closing("i am very motivate for join your company"), "express_interest", "present", id="ei-motivate-for-join-asr"),
    pytest.param(_closing("I am very motivated for to join your team."), "express_interest", "present", id="ei-motivated-for-to-join"),
    pytest.param(_closing("I am not very motivate for join a big company."), "express_interest", "missing", id="ei-not-motivate-for-join"),
    pytest.param(_interviewer_says("We are very motivate for to work with you."), "express_interest", "missing", id="ei-motivate-interviewer"),
    # hostile round 16 (helper c): asking leave to ask questions is not a concerns question (#1); an assessment named as part of the
    # hiring process (#3); nothing preventing me moving forward, with no stage named (#4); items got to a named person (#7); and the
    # near misses: career growth, a work process, the work's own deliveries, the interviewer saying it
    pytest.param(_closing("Could I ask a couple of questions before we finish?"), "ask_concerns", "missing", id="ac-ask-couple-of-questions"),
    pytest.param(_closing("could i ask a couple of questions"), "ask_concerns", "missing", id="ac-ask-couple-of-questions-asr"),
    pytest.param(_closing("May I ask you a few more questions?"), "ask_concerns", "missing", id="ac-ask-a-few-more-questions"),
    pytest.param(_closing("Could I ask whether my career gap is a problem?"), "ask_concerns", "present", id="ac-ask-whether-gap-problem-still"),
    pytest.param(_closing("Could I ask a couple of questions? Do you have any concerns about my experience?"), "ask_concerns", "present", id="ac-ask-questions-then-concerns"),
    pytest.param(_closing("Is there anything that would prevent me from moving forward?"), "ask_concerns", "present", id="ac-prevent-moving-forward"),
    pytest.param(_closing("Is there anything that would prevent me from moving forward in the process?"), "ask_concerns", "present", id="ac-prevent-moving-forward-process"),
    pytest.param(_closing("is there anything that would stop me from progressing in the process"), "ask_concerns", "present", id="ac-stop-progressing-process-asr"),
    pytest.param(_closing("What would stop me from progressing in my career here?"), "ask_concerns", "missing", id="ac-stop-progressing-career"),
    pytest.param(_interviewer_says("Is there anything that would prevent you from moving forward?"), "ask_concerns", "missing", id="ac-prevent-interviewer"),
    pytest.param(_closing("Will there be a technical test as part of the process?"), "clarify_next_steps", "present", id="cns-test-part-of-process"),
    pytest.param(_closing("Is there a case study stage in the process?"), "clarify_next_steps", "present", id="cns-case-study-stage-in-process"),
    pytest.param(_closing("do you have any kind of presentation task in the interview process"), "clarify_next_steps", "present", id="cns-presentation-task-asr"),
    pytest.param(_closing("Is there a review step in the release process?"), "clarify_next_steps", "missing", id="cns-review-step-release-process"),
    pytest.param(_interviewer_says("There will be a technical test as part of the process."), "clarify_next_steps", "missing", id="cns-test-process-interviewer"),
    pytest.param(_closing("I'll get my references to Jess by Friday."), "follow_up", "present", id="fu-get-references-to-jess"),
    pytest.param(_closing("i'll get my references to jess by friday"), "follow_up", "present", id="fu-get-references-to-jess-asr"),
    pytest.param(_closing("I'll have the signed forms over to HR tonight."), "follow_up", "present", id="fu-have-forms-over-to-hr"),
    pytest.param(_closing("I'll get the report to the client by Friday."), "follow_up", "missing", id="fu-report-to-client"),
    pytest.param(_interviewer_says("I'll get the contract to Jess by Friday."), "follow_up", "missing", id="fu-get-contract-interviewer"),
])
def test_session18_rule_fixes(analyzer, turns, behaviour, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


# r30-a: stay_positive families from the older / career-changing (cs*) and learner (cr*) rows: age, rust, choking on a
# question, rejection as routine, "won't be surprised if ...", doubting a pass; and the context fixes ("I know," is no
# question; "so maybe is not for me" does not look back over the "so")
@pytest.mark.parametrize("turns,status", [
    pytest.param(_closing("I'm probably a bit past it for this sort of thing, if I'm honest."), "missing", id="age-past-it"),
    pytest.param(_closing("im getting a bit long in the tooth for this kind of thing"), "missing", id="age-long-in-tooth-asr"),
    pytest.param(_closing("I'm probably too old to retrain at this point."), "missing", id="age-too-old-to"),
    pytest.param(_closing("I'm over the hill for a role like this."), "missing", id="age-over-the-hill"),
    pytest.param(_closing("At fifty-eight I doubt you'll be picking me over the youngsters."), "missing", id="age-doubt-picking-me"),
    pytest.param(_closing("I'm not too old to learn new tricks, I promise."), "present", id="age-negated"),
    pytest.param(_closing("I had a rough patch last year but we got past it."), "present", id="age-got-past-it"),
    pytest.param(_closing("I might look too old for this on paper, but I've got more energy than most."), "present", id="age-but-strength"),
    pytest.param(_interviewer_says("You're probably a bit past it for this, aren't you?"), "present", id="age-interviewer"),
    pytest.param(_closing("I've been out of the game too long, I think that showed today."), "missing", id="rust-out-of-game"),
    pytest.param(_closing("i was out of practice and it showed"), "missing", id="rust-it-showed-asr"),
    pytest.param(_closing("I'm a bit rusty but I'll pick it up quickly."), "present", id="rust-modest"),
    pytest.param(_closing("I've been out of teaching too long, but I'm catching up fast."), "present", id="rust-too-long-but"),
    pytest.param(_closing("I've probably left it too late to change careers, haven't I."), "missing", id="late-left-it"),
    pytest.param(_closing("Honestly, I think I bottled it on the health and safety questions. Sorry."), "missing", id="bottled-it"),
    pytest.param(_closing("i think i bottled it on the excel part"), "missing", id="bottled-it-asr"),
    pytest.param(_closing("I bottled wine at a vineyard for ten years before this."), "present", id="bottled-wine"),
    pytest.param(_closing("It's fine if the answer is no, I am used to it."), "missing", id="used-to-the-no"),
    pytest.param(_closing("No, I'm used to it, I did nights for years."), "present", id="used-to-nights"),
    pytest.param(_closing("I know I rambled on, so I won't be surprised if I don't hear back."), "missing", id="not-surprised-if-not"),
    pytest.param(_closing("I wouldn't be surprised if you went with someone else."), "missing", id="not-surprised-someone-else"),
    pytest.param(_closing("I wouldn't be surprised if the team doubles in size next year."), "present", id="not-surprised-growth"),
    pytest.param(_interviewer_says("I won't be surprised if I don't hear back from the agency."), "present", id="not-surprised-interviewer"),
    pytest.param(_closing("I am not sure I passed, my head was empty in the Excel part."), "missing", id="not-sure-passed"),
    pytest.param(_closing("i doubt i passed the written test"), "missing", id="doubt-passed-asr"),
    pytest.param(_closing("Sorry, I'm not sure I got that, could you repeat?"), "present", id="not-sure-got-that"),
    pytest.param(_closing("pretty sure i lost you at the budgeting question to be honest"), "missing", id="lost-you-at-question-asr"),
    pytest.param(_closing("Sorry, I lost you there for a second, the connection dropped."), "present", id="lost-you-connection"),
    pytest.param(_closing("My English is not enough for this job, I know, probably you will choose someone else."), "missing", id="i-know-comma-not-question"),
    pytest.param(_closing("i messed up the case question so maybe is not for me"), "missing", id="so-maybe-not-for-me"),
    pytest.param(_closing("Aye, that's me done. Thanks very much for your time, both of you."), "present", id="thats-me-done-finished"),
    pytest.param(_closing("Well, that's me done for, isn't it."), "missing", id="thats-me-done-for"),
    pytest.param(_closing("Thanks, but no. I don't think I can make the package work."), "present", id="make-the-package-work"),
])
def test_r30a_stay_positive_families(analyzer, turns, status):
    f = mini(analyzer, turns)["stay_positive"]
    assert f.status == status, _explain(f)


def test_r30a_not_so_keen_stays_negated(analyzer):
    # term_r30_so_maybe needs "so maybe/probably/...": a bare "not so" still negates
    f = mini(analyzer, _closing("I'm not so keen on the hours, to be honest."))["express_interest"]
    assert f.status == "missing", _explain(f)


def _h17_asked(question: str, answer: str) -> list[tuple[str, str]]:
    return [(INT, HANDOVER), (CAND, "No."), (INT, question), (CAND, answer)]


# Session 19's rule fixes, one table: r31-a/b/c (families from the ct and cu blind batches) and hostile round 17
# (h17a, h17c), each family with the near-misses that must stay out
@pytest.mark.parametrize("turns,behaviour,status", [
    # r31-c: families from the Australian / NZ / South African (ct*) and senior, formal (cu*) rows for clarify_next_steps, follow_up,
    # ask_concerns and thank_interviewer, with their near-misses
    pytest.param(_closing("Baie dankie for seeing me this afternoon."), "thank_interviewer", "present", id="ti-baie-dankie"),
    pytest.param(_closing("Kia ora, ngā mihi for making the time today."), "thank_interviewer", "present", id="ti-nga-mihi"),
    pytest.param(_closing("Kia ora for having me, really enjoyed it."), "thank_interviewer", "present", id="ti-kia-ora-for"),
    pytest.param(_closing("Kia ora, I'm Aroha."), "thank_interviewer", "missing", id="ti-kia-ora-greeting"),
    pytest.param(_closing("No dankie, I'm fine for coffee."), "thank_interviewer", "missing", id="ti-no-dankie"),
    pytest.param(_closing("My dad told me to thank you for the lift last week."), "thank_interviewer", "missing", id="ti-told-me-to-thank"),
    pytest.param(_closing("Mum says thanks for the voucher."), "thank_interviewer", "missing", id="ti-mum-says-thanks"),
    pytest.param(_closing("I just wanted to say thanks for your time."), "thank_interviewer", "present", id="ti-wanted-to-say-thanks"),
    pytest.param(_closing("I'd be grateful if you could let me know by Friday."), "thank_interviewer", "missing", id="ti-grateful-if-request"),
    pytest.param(_closing("Thanks, but on reflection I'll have to withdraw my application."), "thank_interviewer", "missing", id="ti-thanks-but-long-withdraw"),
    pytest.param(_closing("Thank you for the offer, but after a lot of thought I must decline."), "thank_interviewer", "present", id="ti-thanks-for-offer-decline"),
    pytest.param(_closing("How soon do you want someone signed up?"), "clarify_next_steps", "present", id="cns-someone-signed-up"),
    pytest.param(_closing("are you hoping to have someone locked in before christmas"), "clarify_next_steps", "present", id="cns-someone-locked-in-asr"),
    pytest.param(_closing("What are the next steps for graduates after the two-year scheme?"), "clarify_next_steps", "missing", id="cns-next-steps-graduates"),
    pytest.param(_closing("I'd appreciate a sense of the timeline going forward."), "clarify_next_steps", "present", id="cns-appreciate-sense-timeline"),
    pytest.param(_closing("I'd love a sense of the timetable for Year 9."), "clarify_next_steps", "missing", id="cns-teaching-timetable"),
    pytest.param(_closing("I'm curious how the appointment would be decided?"), "clarify_next_steps", "present", id="cns-how-appointment-decided"),
    pytest.param(_closing("Lovely, I'll keep an eye out for a note from Sam next week."), "clarify_next_steps", "present", id="cns-eye-out-for-note"),
    pytest.param(_closing("So I'll await your email then."), "clarify_next_steps", "present", id="cns-await-email"),
    pytest.param(_closing("I'd anticipate the first few months will be busy."), "clarify_next_steps", "missing", id="cns-anticipate-work"),
    pytest.param(_closing("Is there a date by which candidates will hear?"), "clarify_next_steps", "present", id="cns-date-by-which"),
    pytest.param(_closing("Is there a date by which the project must be finished?"), "clarify_next_steps", "missing", id="cns-date-by-which-project"),
    pytest.param(_closing("How soon are you looking to move on this?"), "clarify_next_steps", "present", id="cns-how-soon-move"),
    pytest.param(_closing("How quickly are you hoping to move on the new system?"), "clarify_next_steps", "missing", id="cns-move-on-system"),
    pytest.param(_closing("I will, naturally, drop you a line tomorrow."), "follow_up", "present", id="fu-aside-before-verb"),
    pytest.param(_closing("We will, of course, send you the contract."), "follow_up", "missing", id="fu-we-aside-send-you"),
    pytest.param(_closing("Who is the most appropriate person to contact with questions?"), "follow_up", "present", id="fu-appropriate-person"),
    pytest.param(_closing("Who would be the right person to contact in IT if my laptop breaks?"), "follow_up", "missing", id="fu-right-person-it"),
    pytest.param(_closing("I'll put a short note in writing to you tomorrow."), "follow_up", "present", id="fu-note-in-writing"),
    pytest.param(_closing("I'll be in touch with the signed contract on Monday."), "follow_up", "present", id="fu-touch-with-contract"),
    pytest.param(_closing("I'll be in touch with my referees to let them know."), "follow_up", "missing", id="fu-touch-with-referees"),
    pytest.param(_closing("Would the fact that I've been freelancing be a concern for you?"), "ask_concerns", "present", id="ac-the-fact-i-concern"),
    pytest.param(_closing("Is the commute a problem for most staff?"), "ask_concerns", "missing", id="ac-commute-problem"),
    pytest.param(_closing("Is there anything in my background that isn't quite what you had in mind?"), "ask_concerns", "present", id="ac-not-what-in-mind"),
    pytest.param(_closing("Is there anything I haven't convinced you of?"), "ask_concerns", "present", id="ac-havent-convinced"),
    pytest.param(_closing("Is there anything I haven't shown you on the tour?"), "ask_concerns", "missing", id="ac-havent-shown-tour"),
    pytest.param(_closing("If anything in my background would prevent you from offering me the role, please tell me."), "ask_concerns", "present", id="ac-if-prevent-tell-me"),
    pytest.param(_closing("I'd value your honest view of where I fall short."), "ask_concerns", "present", id="ac-value-view-fall-short"),
    pytest.param(_closing("I'd welcome feedback on where I could improve my presentation skills."), "ask_concerns", "missing", id="ac-feedback-improve"),
    # r31-b: express_interest and ask_for_job families from the ct (Australian, NZ, South African) and cu (senior, formal) batches,
    # each with the near-misses that must stay out
    pytest.param(_closing("Reckon this job's a ripper, honestly."), "express_interest", "present", id="ei-job-a-ripper"),
    pytest.param(_closing("It sounds like a corker of a team."), "express_interest", "present", id="ei-sounds-like-a-corker"),
    pytest.param(_closing("I'm completely stoked with what we've heard this morning."), "express_interest", "present", id="ei-stoked-with-what-heard"),
    pytest.param(_closing("I'm happy with what I've heard today."), "express_interest", "missing", id="ei-happy-with-what-heard"),
    pytest.param(_closing("Ready to get stuck in with the crew."), "express_interest", "present", id="ei-ready-get-stuck-in"),
    pytest.param(_closing("I'm looking forward to getting stuck in traffic on the way home."), "express_interest", "missing", id="ei-stuck-in-traffic"),
    pytest.param(_closing("I won't pretend I'm not excited, mate."), "express_interest", "present", id="ei-wont-pretend-not-excited"),
    pytest.param(_closing("I can't say I'm not nervous."), "express_interest", "missing", id="ei-cant-say-not-nervous"),
    pytest.param(_closing("I'm keen as for the role, to be honest."), "express_interest", "present", id="ei-keen-as-for-the-role"),
    pytest.param(_closing("I'm keen as for a beer after this."), "express_interest", "missing", id="ei-keen-as-for-a-beer"),
    pytest.param(_closing("I shall be proud to serve this institution."), "express_interest", "present", id="ei-shall-be-proud-to-serve"),
    pytest.param(_closing("I'd consider it a privilege to lead this faculty."), "express_interest", "present", id="ei-consider-it-privilege-to-lead"),
    pytest.param(_closing("I would regard it as an honour to be considered."), "express_interest", "missing", id="ei-honour-to-be-considered"),
    pytest.param(_closing("I found the brief really exciting."), "express_interest", "present", id="ei-find-brief-exciting"),
    pytest.param(_closing("I find the commute appealing, actually."), "express_interest", "missing", id="ei-find-commute-appealing"),
    pytest.param(_closing("I'd relish the opportunity, honestly."), "express_interest", "present", id="ei-relish-the-opportunity"),
    pytest.param(_closing("I would relish the chance to ask one more question."), "express_interest", "missing", id="ei-relish-chance-to-ask"),
    pytest.param(_closing("I'm wholly sold on the role."), "express_interest", "present", id="ei-wholly-sold-on"),
    pytest.param(_closing("I'm excited by the breadth of this post."), "express_interest", "present", id="ei-breadth-of-post"),
    pytest.param(_closing("I'm thrilled by the scope of the new stadium."), "express_interest", "missing", id="ei-scope-of-stadium"),
    pytest.param(_closing("I'd far prefer to join you than the other firm."), "express_interest", "present", id="ei-far-prefer-to-join-you"),
    pytest.param(_closing("I would much prefer to come here in person for the next round."), "express_interest", "missing", id="ei-prefer-come-here-in-person"),
    pytest.param(_closing("I've been searching for exactly this kind of opportunity."), "express_interest", "present", id="ei-searching-for-exactly-this"),
    pytest.param(_closing("I've been looking for exactly this information."), "express_interest", "missing", id="ei-looking-for-this-information"),
    pytest.param(_closing("I can barely tell you how much I want this job."), "express_interest", "present", id="ei-barely-tell-how-much"),
    pytest.param(_closing("I can't tell you how much I want the commute to be shorter."), "express_interest", "missing", id="ei-how-much-want-commute"),
    pytest.param(_closing("i'm you know really excited about the remit"), "express_interest", "present", id="ei-excited-about-remit-asr"),
    pytest.param(_closing("I want to stick my hand up for the position."), "ask_for_job", "present", id="afj-stick-hand-up-for-position"),
    pytest.param(_closing("I'll put my hand up, I fluffed that question."), "ask_for_job", "missing", id="afj-hand-up-admits"),
    pytest.param(_closing("I'd put my hand up for extra shifts."), "ask_for_job", "missing", id="afj-hand-up-for-shifts"),
    pytest.param(_closing("If there's a final panel, I'd love a place in it."), "ask_for_job", "present", id="afj-place-in-final-panel"),
    pytest.param(_closing("I'd like a spot in the car park."), "ask_for_job", "missing", id="afj-spot-in-car-park"),
    pytest.param(_closing("What I'd really like is to progress to the final panel."), "ask_for_job", "present", id="afj-cleft-progress-final"),
    pytest.param(_closing("I hope I shall have the opportunity to work with you."), "ask_for_job", "present", id="afj-hope-shall-have-opportunity"),
    pytest.param(_closing("I trust the committee will see fit to invite me back."), "ask_for_job", "present", id="afj-committee-see-fit-invite-back"),
    pytest.param(_closing("I hope the traffic will let me get back in time."), "ask_for_job", "missing", id="afj-traffic-get-back"),
    pytest.param(_closing("I'd be grateful for the opportunity to pitch my turnaround plan to the trustees at the next stage."), "ask_for_job", "present", id="afj-opportunity-pitch-plan-next-stage"),
    pytest.param(_offer_said("We'd like to offer you the job.", "I'll need to have a word with my wife first."), "ask_for_job", "partial", id="afj-offer-word-with-wife"),
    pytest.param(_offer_said("We'd like to offer you the job.", "Let me have a natter with the family first."), "ask_for_job", "partial", id="afj-offer-natter-family"),
    pytest.param(_interviewer_says("I'd like to put my hand up for the job, if I were you."), "ask_for_job", "missing", id="afj-hand-up-interviewer"),
    # r31-a: the Australian/NZ/South African (ct*) and senior formal (cu*) batches: stay_positive families (rivals who have "got me
    # beat", "I know how that went", "a shocker from me", "I suppose that's that", "no illusions about my chances", doubting one is
    # what "the committee is looking for") and the context fixes (litotes "can't say I'm not ...", "can hardly tell you how much",
    # a negated relative clause inside an ask, "if the panel is minded to run one", "I should be grateful if you could give me ...",
    # a parent named without "my", a comma then "I know" ending a negation)
    pytest.param(_closing("I reckon the others have got me beaten."), "stay_positive", "missing", id="sp-got-me-beaten"),
    pytest.param(_closing("someone else has probably got me licked on experience"), "stay_positive", "missing", id="sp-got-me-licked-asr"),
    pytest.param(_closing("Everyone else will have me beaten on experience."), "stay_positive", "missing", id="sp-will-have-me-beaten"),
    pytest.param(_closing("You've got me beat there, I'm not sure of the answer."), "stay_positive", "present", id="sp-you-got-me-beat-question"),
    pytest.param(_closing("I reckon I've got them beat on the practical side."), "stay_positive", "present", id="sp-got-them-beat"),
    pytest.param(_closing("Don't worry, nobody's got me beat on work ethic."), "stay_positive", "present", id="sp-nobody-got-me-beat"),
    pytest.param(_closing("No need to call me back, I know how it went."), "stay_positive", "missing", id="sp-i-know-how-it-went"),
    pytest.param(_closing("Don't bother calling, I know how that went."), "stay_positive", "missing", id="sp-i-know-how-that-went-bother"),
    pytest.param(_closing("I know how the process went last time, so I'm ready."), "stay_positive", "present", id="sp-know-how-process-went"),
    pytest.param(_closing("Bit of a shocker from me today, sorry."), "stay_positive", "missing", id="sp-shocker-from-me"),
    pytest.param(_closing("That was a stinker, sorry."), "stay_positive", "missing", id="sp-that-was-a-stinker"),
    pytest.param(_closing("The traffic this morning was a shocker."), "stay_positive", "present", id="sp-traffic-shocker"),
    pytest.param(_closing("I guess that's that."), "stay_positive", "missing", id="sp-guess-thats-that"),
    pytest.param(_closing("Oh well, that's that then, isn't it."), "stay_positive", "missing", id="sp-oh-well-thats-that"),
    pytest.param(_closing("Right, that's that for the paperwork then."), "stay_positive", "present", id="sp-thats-that-for-paperwork"),
    pytest.param(_closing("Brilliant, that's that sorted then, thank you."), "stay_positive", "present", id="sp-thats-that-sorted"),
    pytest.param(_closing("I have no illusions about my chances."), "stay_positive", "missing", id="sp-no-illusions-chances"),
    pytest.param(_closing("I'm not under any illusions about my prospects, given the field."), "stay_positive", "missing", id="sp-not-under-any-illusions"),
    pytest.param(_closing("I'm under no illusions about how hard the role is, and I'm keen."), "stay_positive", "present", id="sp-no-illusions-role"),
    pytest.param(_closing("I doubt I'm what the board is after."), "stay_positive", "missing", id="sp-doubt-what-board-is-after"),
    pytest.param(_closing("I won't deny I'm not excited about this one."), "express_interest", "present", id="ei-wont-deny-not-excited"),
    pytest.param(_closing("Can't say I'm not excited about this role."), "express_interest", "present", id="ei-cant-say-not-excited"),
    pytest.param(_closing("I'm not excited about this role."), "express_interest", "missing", id="ei-not-excited-stays"),
    pytest.param(_closing("I can barely tell you how excited I am about this job."), "express_interest", "present", id="ei-barely-tell-you"),
    pytest.param(_closing("Is there any part of my background that isn't what you need?"), "ask_concerns", "present", id="ac-any-part-that-isnt"),
    pytest.param(_closing("There's something about the role that isn't what I want."), "express_interest", "missing", id="ei-something-that-isnt-stays"),
    pytest.param(_closing("I'd love to be considered for the final stage, if you're holding one."), "ask_for_job", "present", id="afj-if-youre-holding-one"),
    pytest.param(_closing("I would accept the job if you offered me one."), "ask_for_job", "missing", id="afj-if-you-offered-one-stays"),
    pytest.param(_closing("I'd be obliged if you could let me know when a decision is likely."), "clarify_next_steps", "present", id="cns-obliged-if-you-could"),
    pytest.param(_closing("It would be helpful if you could outline the next steps in the process."), "clarify_next_steps", "present", id="cns-helpful-if-you-could"),
    pytest.param(_closing("Dad says to thank you for the job fair stall."), "thank_interviewer", "missing", id="ti-dad-says-reported"),
    # h17c: questions about the job's own business are not clarify_next_steps ("when would the team find out about the new contract?",
    # "what are the next steps on that?" about a project), "where to from here?" and "what happens between now and then?" after an offer
    # are; what would stop the team hitting its targets is not ask_concerns; "slide into your inbox" is follow_up, following the
    # induction process or being in touch with a case manager is not
    pytest.param(_closing("Could you start by telling me what a typical week looks like for the team?"), "clarify_next_steps", "missing", id="cns-by-telling"),
    pytest.param(_closing("How quickly did the team learn the new system when you rolled it out?"), "clarify_next_steps", "missing", id="cns-team-learn-system"),
    pytest.param(_closing("By when do the monthly reports need to be finalised?"), "clarify_next_steps", "missing", id="cns-reports-finalised"),
    pytest.param(_closing("When do the rotas usually get finalised?"), "clarify_next_steps", "missing", id="cns-rotas-finalised"),
    pytest.param(_closing("When do you usually schedule the quarterly planning?"), "clarify_next_steps", "missing", id="cns-schedule-planning"),
    pytest.param(_closing("When would the team find out about the new contract?"), "clarify_next_steps", "missing", id="cns-team-find-out"),
    pytest.param(_closing("How quickly do you expect staff to move between sites?"), "clarify_next_steps", "missing", id="cns-expect-staff-to-move"),
    pytest.param(_closing("How quickly do you expect new starters to pick up the systems?"), "clarify_next_steps", "missing", id="cns-expect-starters-to-pick-up"),
    pytest.param(_closing("What does the next round of hiring look like for the team, are you growing?"), "clarify_next_steps", "missing", id="cns-next-round-of-hiring"),
    pytest.param(_closing("You mentioned the Manhattan upgrade. What are the next steps on that, is it going live before Christmas?"), "clarify_next_steps", "missing", id="cns-next-steps-on-that"),
    pytest.param(_closing("And the elections project you mentioned earlier, what are the next steps on that?"), "clarify_next_steps", "missing", id="cns-project-next-steps-on-that"),
    pytest.param(_closing("What's the next stage for the new depot project?"), "clarify_next_steps", "missing", id="cns-next-stage-for-project"),
    pytest.param(_closing("Where to from here for the business, growth-wise?"), "clarify_next_steps", "missing", id="cns-where-to-for-business"),
    pytest.param(_closing("What happens between now and the launch?"), "clarify_next_steps", "missing", id="cns-between-now-and-launch"),
    pytest.param(_closing("By when will you decide?"), "clarify_next_steps", "present", id="cns-by-when-decide"),
    pytest.param(_closing("When will the hiring team decide?"), "clarify_next_steps", "present", id="cns-hiring-team-decide"),
    pytest.param(_closing("When would I find out about the contract?"), "clarify_next_steps", "present", id="cns-i-find-out-contract"),
    pytest.param(_closing("When do you expect the references to be taken up?"), "clarify_next_steps", "present", id="cns-expect-references"),
    pytest.param(_closing("When will you finalise the shortlist?"), "clarify_next_steps", "present", id="cns-finalise-shortlist"),
    pytest.param(_closing("What are the next steps for my application?"), "clarify_next_steps", "present", id="cns-next-steps-for-application"),
    pytest.param(_closing("Yeah, just one. Where to from here?"), "clarify_next_steps", "present", id="cns-where-to-from-here"),
    pytest.param(_closing("So where to from here with the process?"), "clarify_next_steps", "present", id="cns-where-to-with-process"),
    pytest.param(_closing("so where to now"), "clarify_next_steps", "present", id="cns-where-to-now-asr"),
    pytest.param(_offer_said("We'd like to offer you the job.", "And what happens between now and then? Would you take up references before I confirm?"),
                 "clarify_next_steps", "present", id="cns-offer-between-now-and-then"),
    pytest.param(_offer_said("We'd like to offer you the job.", "Great! What do I need to do between now and my start date?"), "clarify_next_steps", "present", id="cns-offer-between-now-and-start"),
    pytest.param(_closing("Yes. What would stop the team from hitting its targets this year?"), "ask_concerns", "missing", id="ac-stop-team-hitting-targets"),
    pytest.param(_closing("What's stopping the board from approving the budget?"), "ask_concerns", "missing", id="ac-board-approving-budget"),
    pytest.param(_closing("Would anything stop the panel from recommending me?"), "ask_concerns", "present", id="ac-panel-recommending-me"),
    pytest.param(_closing("is there anything that would stop you from um offering me the job"), "ask_concerns", "present", id="ac-stop-you-offering-asr"),
    pytest.param(_closing("Is there anything that would keep you from putting me through to the next round?"), "ask_concerns", "present", id="ac-keep-you-from-putting-me"),
    pytest.param(_closing("i'll slide into your inbox with my portfolio later"), "follow_up", "present", id="fu-slide-into-inbox"),
    pytest.param(_closing("I'll pop into your DMs with the link."), "follow_up", "present", id="fu-pop-into-dms"),
    pytest.param(_closing("I'd slide into the role easily."), "follow_up", "missing", id="fu-slide-into-role"),
    pytest.param(_closing("I will follow the induction process."), "follow_up", "missing", id="fu-follow-induction-process"),
    pytest.param(_closing("I'll follow the health and safety rules."), "follow_up", "missing", id="fu-follow-safety-rules"),
    pytest.param(_closing("I'll be in touch with the case manager."), "follow_up", "missing", id="fu-touch-case-manager"),
    pytest.param(_closing("I'll be in touch with the site safety officer."), "follow_up", "missing", id="fu-touch-safety-officer"),
    pytest.param(_closing("I'll be in touch with the hiring manager."), "follow_up", "present", id="fu-touch-hiring-manager"),
    pytest.param(_closing("I'll be in touch with your people team tomorrow."), "follow_up", "present", id="fu-touch-people-team"),
    pytest.param(_closing("I'll follow up with an email tonight."), "follow_up", "present", id="fu-follow-up-email"),
    # h17a: hostile17 items 3, 4, 6, 7, 9 (and blind ct0172/ct0268): "can't say I'm keen" denies the feeling (only "can't say/tell how/enough"
    # is emphasis); a question about the employer's past ("What went badly with the rollout?") is not discouragement; "still keen?" asked as a
    # statement, an elided or tag question, or after the interviewer repeats the candidate's interest; "not cut out for this", "not very
    # hopeful", "Buckley's chance", "I'm cooked"; Gen-Z intensifiers ("literally", "lowkey") and typed laughs ("lol", "haha")
    pytest.param(_closing("I can't say I'm keen on the role, to be honest."), "express_interest", "missing", id="ei-cant-say-im-keen"),
    pytest.param(_closing("no i cant say im excited about the job after all that"), "express_interest", "missing", id="ei-cant-say-excited-asr"),
    pytest.param(_closing("I couldn't say I'm thrilled about the position."), "express_interest", "missing", id="ei-couldnt-say-thrilled"),
    pytest.param(_closing("Can't say I'm not keen, mate."), "express_interest", "present", id="ei-cant-say-not-keen-ct0172"),
    pytest.param(_closing("Honestly, I'm keen as for this one."), "express_interest", "present", id="ei-keen-as-ct0268"),
    pytest.param(_closing("I can't tell you how excited I am about this role."), "express_interest", "present", id="ei-cant-tell-you-how"),
    pytest.param(_closing("I can't say enough about how keen I am on this team."), "express_interest", "present", id="ei-cant-say-enough"),
    pytest.param(_closing("What went badly with the last system rollout?"), "stay_positive", "present", id="sp-q-what-went-badly"),
    pytest.param(_closing("Has anything gone badly since the merger?"), "stay_positive", "present", id="sp-q-anything-gone-badly"),
    pytest.param(_closing("Did the migration go badly?"), "stay_positive", "present", id="sp-q-did-migration-go-badly"),
    pytest.param(_closing("Did my answer go badly?"), "stay_positive", "missing", id="sp-q-did-my-answer-go-badly"),
    pytest.param(_closing("I know the case study went badly, but is there anything I can do?"), "stay_positive", "missing", id="sp-went-badly-then-question"),
    pytest.param(_closing("Things went badly in the demo, sorry."), "stay_positive", "missing", id="sp-things-went-badly"),
    pytest.param(_h17_asked("So you're still keen?", "Very much so."), "express_interest", "present", id="ei-reply-youre-still-keen"),
    pytest.param(_h17_asked("Still interested in the role after all that?", "Absolutely, yes."), "express_interest", "present", id="ei-reply-still-interested-elided"),
    pytest.param(_h17_asked("And you're still keen on the role, yeah?", "Yeah, definitely, a hundred percent."), "express_interest", "present", id="ei-reply-still-keen-tag"),
    pytest.param(_h17_asked("Is this still something you want?", "Yes, absolutely."), "express_interest", "present", id="ei-reply-still-something-you-want"),
    pytest.param(_h17_asked("Earlier you said you'd really love this job. Is that still the case?", "Yes, absolutely."), "express_interest", "present", id="ei-reply-you-said-youd-love"),
    pytest.param(_h17_asked("So you still want the job?", "Of course."), "express_interest", "present", id="ei-reply-you-still-want-the-job"),
    pytest.param(_h17_asked("So you're still in Leeds?", "Yes, definitely."), "express_interest", "missing", id="ei-reply-still-in-leeds"),
    pytest.param(_h17_asked("You're still keen to relocate?", "Definitely."), "express_interest", "missing", id="ei-reply-still-keen-to-relocate"),
    pytest.param(_h17_asked("Still keen on the early shifts?", "Definitely."), "express_interest", "missing", id="ei-reply-still-keen-on-shifts"),
    pytest.param(_h17_asked("You said you'd send your references. Is that still the case?", "Absolutely."), "express_interest", "missing", id="ei-reply-you-said-references"),
    pytest.param(_h17_asked("So you're still keen?", "Absolutely not."), "express_interest", "missing", id="ei-reply-still-keen-absolutely-not"),
    pytest.param(_closing("I don't know if I'm really cut out for this, to be honest."), "stay_positive", "missing", id="sp-dont-know-if-cut-out"),
    pytest.param(_closing("I know I'm cut out for this role."), "stay_positive", "present", id="sp-cut-out-positive"),
    pytest.param(_closing("I'm not very hopeful, to be honest."), "stay_positive", "missing", id="sp-not-very-hopeful"),
    pytest.param(_closing("not too optimistic about my chances tbh"), "stay_positive", "missing", id="sp-not-optimistic-chances-asr"),
    pytest.param(_closing("I'm not hopeful about the weather for my drive home."), "stay_positive", "present", id="sp-not-hopeful-weather"),
    pytest.param(_closing("I reckon I've got Buckley's chance after that answer on customs."), "stay_positive", "missing", id="sp-buckleys-chance"),
    pytest.param(_closing("i think im cooked after that last q tbh"), "stay_positive", "missing", id="sp-im-cooked-genz"),
    pytest.param(_closing("yeah I'm toast now"), "stay_positive", "missing", id="sp-im-toast-now"),
    pytest.param(_closing("I'm stuffed after the drive, sorry."), "stay_positive", "present", id="sp-stuffed-tired"),
    pytest.param(_closing("I'm done now, thanks."), "stay_positive", "present", id="sp-done-now"),
    pytest.param(_closing("Please hire me haha."), "ask_for_job", "present", id="afj-please-hire-me-haha"),
    pytest.param(_closing("Pls hire me lol."), "ask_for_job", "present", id="afj-pls-hire-me-lol"),
    pytest.param(_closing("I'd literally love to work here."), "express_interest", "present", id="ei-literally-love"),
    pytest.param(_closing("I'd lowkey love to work here."), "express_interest", "present", id="ei-lowkey-love"),
    pytest.param(_closing("It didn't go well haha. I'd love to work here though."), "express_interest", "present", id="ei-laugh-keeps-sentence-end"),
])
def test_session19_rule_fixes(analyzer, turns, behaviour, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


# Session 20's rule fixes in one table: the tuning rounds on the blind batches cw (creative, hyperbolic) and cx (anxious,
# over-apologetic, terse) — r32-a stay_positive and reported speech, r32-b interest and asks, r32-c next steps, follow-up,
# concerns and thanks — the whole-transcript misses of T30, and hostile round 18 (h18a giving up, apologies for rambling,
# sarcasm, declining with thanks; h18b going permanent, 'if you could send me', subject-less promises; h18c asking when
# they will schedule the next round, 'we'll follow up by email' as a prompt, terse timeline questions); each family with
# the near-misses that must stay out
_T30_OFFER = "We'd like to offer you the job, starting on the third."


@pytest.mark.parametrize("turns,behaviour,status", [
    pytest.param(_closing("So next is the panel interview, right?"), "clarify_next_steps", "present", id="cns-next-is-panel-right"),
    pytest.param(_closing("so next is the the panel interview right"), "clarify_next_steps", "present", id="cns-next-is-panel-tag-asr"),
    pytest.param(_closing("next up is the tech round yeah"), "clarify_next_steps", "present", id="cns-next-up-tech-round-yeah"),
    pytest.param(_closing("And next would be the technical round?"), "clarify_next_steps", "present", id="cns-next-would-be-technical"),
    pytest.param(_closing("is the panel interview next"), "clarify_next_steps", "present", id="cns-is-panel-interview-next"),
    pytest.param(_closing("Next is a call with the client, right?"), "clarify_next_steps", "missing", id="cns-next-is-client-call"),
    pytest.param(_closing("Next is the panel interview. I'm ready."), "clarify_next_steps", "missing", id="cns-next-is-panel-statement"),
    pytest.param(_closing("Can I be in the next round?"), "clarify_next_steps", "missing", id="cns-can-i-be-in-next-round"),
    pytest.param(_closing("Could I be part of the final round?"), "clarify_next_steps", "missing", id="cns-could-i-be-part-of-final"),
    pytest.param(_closing("I would like the next step. Thank you."), "clarify_next_steps", "missing", id="cns-would-like-the-next-step"),
    pytest.param(_closing("I'd love the next round, please."), "clarify_next_steps", "missing", id="cns-love-the-next-round"),
    pytest.param(_closing("Could I be told about the next steps?"), "clarify_next_steps", "present", id="cns-could-i-be-told-next-steps"),
    pytest.param(_closing("I'd like to know the next steps."), "clarify_next_steps", "present", id="cns-like-to-know-next-steps"),
    pytest.param(_closing("ill call next week to check in if thats ok"), "follow_up", "present", id="fu-ill-call-next-week-asr"),
    pytest.param(_closing("ill ring you tomorrow"), "follow_up", "present", id="fu-ill-ring-you-tomorrow"),
    pytest.param(_closing("I'll drop off the signed forms tomorrow morning."), "follow_up", "present", id="fu-drop-off-forms"),
    pytest.param(_closing("I'll hand over the certificates on Monday."), "follow_up", "present", id="fu-hand-over-certificates"),
    pytest.param(_closing("I'll pop the signed form in the post tomorrow."), "follow_up", "present", id="fu-pop-form-in-post"),
    pytest.param(_closing("I'll drop off the kids tomorrow morning."), "follow_up", "missing", id="fu-drop-off-kids"),
    pytest.param(_closing("I'll hand in my notice tomorrow."), "follow_up", "missing", id="fu-hand-in-notice"),
    pytest.param(_closing("ill pass on that"), "follow_up", "missing", id="fu-ill-pass-on-that"),
    pytest.param(_closing("Was one of my answers a problem? I can explain it better."), "ask_concerns", "present", id="ac-was-one-of-my-answers-a-problem"),
    pytest.param(_closing("Was my answer about Excel a problem?"), "ask_concerns", "present", id="ac-was-my-answer-a-problem"),
    pytest.param(_closing("I have one about me. Is anything wrong with my application?"), "ask_concerns", "present", id="ac-anything-wrong-with-application"),
    pytest.param(_closing("Was there something off about my answers?"), "ask_concerns", "present", id="ac-something-off-about-answers"),
    pytest.param(_closing("anything missing from my cv"), "ask_concerns", "present", id="ac-anything-missing-from-cv-asr"),
    pytest.param(_closing("Is anything wrong with my laptop? The screen froze."), "ask_concerns", "missing", id="ac-anything-wrong-with-laptop"),
    pytest.param(_closing("Was my audio a problem?"), "ask_concerns", "missing", id="ac-was-my-audio-a-problem"),
    pytest.param(_closing("Is anything wrong with the printer?"), "ask_concerns", "missing", id="ac-anything-wrong-with-printer"),
    pytest.param(_closing("I'm head over heels for this project."), "express_interest", "present", id="ei-head-over-heels-project"),
    pytest.param(_closing("I've fallen head over heels in love with the company."), "express_interest", "present", id="ei-head-over-heels-in-love"),
    pytest.param(_closing("I fell head over heels down the stairs this morning."), "express_interest", "missing", id="ei-head-over-heels-stairs"),
    pytest.param(_closing("This job is my absolute jam."), "express_interest", "present", id="ei-job-my-jam"),
    pytest.param(_closing("um yeah so this role is like totally my jam honestly"), "express_interest", "present", id="ei-role-my-jam-asr"),
    pytest.param(_closing("This sounds like my cup of tea."), "express_interest", "present", id="ei-my-cup-of-tea"),
    pytest.param(_closing("Python is my jam."), "express_interest", "missing", id="ei-skill-my-jam"),
    pytest.param(_closing("The night shifts are not my cup of tea."), "express_interest", "missing", id="ei-not-my-cup-of-tea"),
    pytest.param(_closing("My heart's been set on the features desk for ages."), "express_interest", "present", id="ei-heart-set-on-desk"),
    pytest.param(_closing("My heart is set on this role."), "express_interest", "present", id="ei-heart-set-on-role"),
    pytest.param(_closing("My heart's set on the Lisbon holiday."), "express_interest", "missing", id="ei-heart-set-on-holiday"),
    pytest.param(_closing("This firm's been on my bucket list since uni."), "express_interest", "present", id="ei-firm-bucket-list"),
    pytest.param(_closing("Japan has been on my bucket list for years."), "express_interest", "missing", id="ei-japan-bucket-list"),
    pytest.param(_closing("This is the gig I've been daydreaming about since drama school."), "express_interest", "present", id="ei-gig-daydreaming-about"),
    pytest.param(_closing("This is exactly the kind of team I've been longing for."), "express_interest", "present", id="ei-team-longing-for"),
    pytest.param(_closing("I got chills when you described the mission."), "express_interest", "present", id="ei-got-chills"),
    pytest.param(_closing("honestly it gave me goosebumps hearing about the tour"), "express_interest", "present", id="ei-gave-me-goosebumps-asr"),
    pytest.param(_closing("Public speaking gives me goosebumps, not in a good way."), "express_interest", "missing", id="ei-goosebumps-not-the-job"),
    pytest.param(_closing("Honestly, the thought of the on-call rota gives me chills."), "express_interest", "missing", id="ei-chills-on-call-rota"),
    pytest.param(_closing("My heart was set on it until I heard the salary."), "express_interest", "missing", id="ei-heart-was-set-on-it"),
    pytest.param(_closing("I'm dead excited about the features desk."), "express_interest", "present", id="ei-features-desk-not-software"),
    pytest.param(_closing("I'm really interested in the new features, how do they work?"), "express_interest", "missing", id="ei-new-features-software"),
    pytest.param(_closing("My old head chef was dying to get a job in this kitchen."), "express_interest", "missing", id="ei-reported-dying-to"),
    pytest.param(_closing("She's been itching to work here for years."), "express_interest", "missing", id="ei-reported-itching-to"),
    pytest.param(_closing("I'm dying to get started."), "express_interest", "present", id="ei-im-dying-to-start"),
    pytest.param(_closing("I'm so excited about the new Zelda, not gonna lie."), "express_interest", "missing", id="ei-new-titled-game"),
    pytest.param(_closing("I'm really keen for the new Bond film."), "express_interest", "missing", id="ei-new-film"),
    pytest.param(_closing("I'm so excited about the new Manchester office."), "express_interest", "present", id="ei-new-named-office"),
    pytest.param(_closing("I'd jump at the chance to do the practical tasting next."), "express_interest", "missing", id="ei-jump-at-hiring-step"),
    pytest.param(_closing("I'd jump at the chance to do this job."), "express_interest", "present", id="ei-jump-at-the-job"),
    pytest.param(_offer_said("We'd love to offer you the role.", "I'd bite your hand off. Yes, I accept!"), "express_interest", "missing", id="ei-bite-hand-off-offer-reply"),
    pytest.param(_closing("I'd bite your hand off for this job."), "express_interest", "present", id="ei-bite-hand-off-before-offer"),
    pytest.param(_offer_said("The part's yours if you want it.", "Yes, absolutely, I'd love to!"), "ask_for_job", "present", id="afj-part-yours-if-you-want-it"),
    pytest.param(_offer_said("The seat's yours if you'd like it.", "Yes please!"), "ask_for_job", "present", id="afj-seat-yours-if-youd-like-it"),
    pytest.param(_offer_said("That part's yours to decide, really.", "Yes, absolutely."), "ask_for_job", "missing", id="afj-part-yours-to-decide"),
    pytest.param(_offer_said("We'd like to make you an offer for the role.", "I'll have an answer for you within 48 hours."), "ask_for_job", "present", id="afj-have-answer-for-you-48h"),
    pytest.param(_offer_said("We'd like to make you an offer for the role.", "I'll have my decision for you by Friday."), "ask_for_job", "present", id="afj-have-decision-for-you-friday"),
    pytest.param(_offer_said("We'd like to make you an offer for the role.", "I'll have an answer for you soon."), "ask_for_job", "partial", id="afj-have-answer-for-you-no-date"),
    pytest.param(_closing("What's the easiest way to get my answer back to you?"), "ask_for_job", "missing", id="afj-way-to-get-answer-back"),
    pytest.param(_closing("I want to be part of it. Can I be in the next round?"), "ask_for_job", "present", id="afj-can-i-be-in-next-round"),
    pytest.param(_closing("Could I be put through to the final round?"), "ask_for_job", "present", id="afj-could-i-be-put-through"),
    pytest.param(_closing("Can I be in the next meeting notes?"), "ask_for_job", "missing", id="afj-be-in-meeting-notes"),
    pytest.param(_closing("I'd love to meet the rest of the team next."), "ask_for_job", "present", id="afj-meet-rest-of-team-next"),
    pytest.param(_closing("Consider this my formal request for a trial shift."), "ask_for_job", "present", id="afj-my-formal-request-trial"),
    pytest.param(_closing("This is my pitch for the job, then."), "ask_for_job", "present", id="afj-my-pitch-for-the-job"),
    pytest.param(_closing("Consider this my formal request for a refund."), "ask_for_job", "missing", id="afj-my-request-refund"),
    pytest.param(_closing("This is my request for feedback on the test."), "ask_for_job", "missing", id="afj-my-request-feedback"),
    pytest.param(_closing("I'll take the L on this one, no worries."), "stay_positive", "missing", id="sp-take-the-l-cw0140"),
    pytest.param(_closing("guess i'll just take the L haha"), "stay_positive", "missing", id="sp-take-the-l-asr"),
    pytest.param(_closing("I admit defeat on the SQL question."), "stay_positive", "missing", id="sp-admit-defeat"),
    pytest.param(_closing("I never admit defeat, I keep going."), "stay_positive", "present", id="sp-never-admit-defeat"),
    pytest.param(_closing("I'd have to accept the loss in salary, which is fine."), "stay_positive", "present", id="sp-accept-loss-salary"),
    pytest.param(_closing("I can tell from your face that didn't land. I'll show myself out."), "stay_positive", "missing", id="sp-didnt-land-cw0147"),
    pytest.param(_closing("that one didn't land at all, did it"), "stay_positive", "missing", id="sp-one-didnt-land"),
    pytest.param(_closing("The campaign launched but it didn't land with customers."), "stay_positive", "present", id="sp-campaign-didnt-land"),
    pytest.param(_closing("Was there anything I said that didn't land?"), "stay_positive", "present", id="sp-anything-didnt-land-q"),
    pytest.param(_closing("You don't have to call me back. I know."), "stay_positive", "missing", id="sp-dont-call-back-cx0026"),
    pytest.param(_closing("You don't need to ring me back, I already know."), "stay_positive", "missing", id="sp-dont-ring-back-i-know"),
    pytest.param(_closing("You don't have to call me back, just email me."), "stay_positive", "present", id="sp-dont-call-back-email"),
    pytest.param(_closing("I guess my reel just isn't what you're after."), "stay_positive", "missing", id="sp-reel-not-what-after-cw0136"),
    pytest.param(_closing("My showreel probably isn't what you're looking for."), "stay_positive", "missing", id="sp-showreel-not-looking-for"),
    pytest.param(_closing("Does my portfolio fit what you're after?"), "stay_positive", "present", id="sp-q-portfolio-fit"),
    pytest.param(_closing("I want this gig so badly I can taste it."), "stay_positive", "present", id="sp-want-so-badly-cw0063"),
    pytest.param(_closing("I can't tell you how badly I want this."), "stay_positive", "present", id="sp-how-badly-i-want"),
    pytest.param(_closing("I think I did so badly I won't hear back."), "stay_positive", "missing", id="sp-did-so-badly"),
    pytest.param(_closing("I'd rather hear it now than in a rejection email."), "stay_positive", "present", id="sp-rather-than-rejection-cw0044"),
    pytest.param(_closing("Better you tell me now than I read it in a rejection letter."), "stay_positive", "present", id="sp-than-read-rejection-letter"),
    pytest.param(_closing("I suppose I'll wait for the rejection email then."), "stay_positive", "missing", id="sp-wait-rejection-email"),
    pytest.param(_closing("Sorry if that was a bad answer."), "stay_positive", "present", id="sp-sorry-if-bad-answer-cx0033"),
    pytest.param(_closing("Apologies if that was a bit of a weak answer."), "stay_positive", "present", id="sp-apologies-if-weak-answer"),
    pytest.param(_closing("Sorry, that was a terrible interview."), "stay_positive", "missing", id="sp-sorry-terrible-interview"),
    pytest.param(_closing("I'm not great at interviews. I'm better at the actual job."), "stay_positive", "present", id="sp-not-great-at-interviews-cx0208"),
    pytest.param(_closing("I'm not great at this, sorry."), "stay_positive", "missing", id="sp-not-great-at-this"),
    pytest.param(_closing("My old head chef was dying to get a job in this kitchen."), "express_interest", "missing", id="ei-reported-head-chef-cw0112"),
    pytest.param(_closing("My line manager always said I'd love it here."), "express_interest", "missing", id="ei-reported-line-manager"),
    pytest.param(_closing("I'd love to work with your head chef."), "express_interest", "present", id="ei-love-work-with-head-chef"),
    pytest.param(_offer_said(_T30_OFFER, "And after I say yes, what happens? Do you need references, a medical?"), "clarify_next_steps", "present", id="cns-after-i-say-yes-what-happens"),
    pytest.param(_offer_said(_T30_OFFER, "If I take it, what happens then?"), "clarify_next_steps", "present", id="cns-if-i-take-it-what-then"),
    pytest.param(_offer_said(_T30_OFFER, "Great. Once I've signed the contract, how does it work?"), "clarify_next_steps", "present", id="cns-once-signed-how-does-it-work"),
    pytest.param(_closing("What happens after I say yes to the client?"), "clarify_next_steps", "missing", id="cns-say-yes-to-the-client"),
    pytest.param(_closing("What happens after I say no to the client?"), "clarify_next_steps", "missing", id="cns-say-no-to-the-client"),
    pytest.param(_closing("If I take the job, what happens to my pension?"), "clarify_next_steps", "missing", id="cns-take-job-what-happens-to-pension"),
    pytest.param(_closing("When we agree on it, what happens then?"), "clarify_next_steps", "missing", id="cns-agree-on-it-the-work"),
    pytest.param(_closing("Once I accept what happens, I just move on with it."), "clarify_next_steps", "missing", id="cns-accept-what-happens-statement"),
    pytest.param(_offer_said(_T30_OFFER, "What do I need to do before the third? Is it just the courses and the medical?"), "clarify_next_steps", "present", id="cns-do-before-the-third"),
    pytest.param(_offer_said(_T30_OFFER, "What do I need to have ready before the 3rd?"), "clarify_next_steps", "present", id="cns-have-ready-before-3rd"),
    pytest.param(_offer_said(_T30_OFFER, "What do I need to sort out before I start?"), "clarify_next_steps", "present", id="cns-sort-out-before-i-start"),
    pytest.param(_offer_said(_T30_OFFER, "Is there anything I need to get done before my first day?"), "clarify_next_steps", "present", id="cns-get-done-before-first-day"),
    pytest.param(_closing("What do I need to do before the third shift?"), "clarify_next_steps", "missing", id="cns-before-the-third-shift"),
    pytest.param(_interviewer_says("What do I need to do before the third?"), "clarify_next_steps", "missing", id="cns-before-the-third-interviewer"),
    pytest.param(_closing("What do I need to do before I start the handover with the client?"), "clarify_next_steps", "missing", id="cns-before-i-start-the-handover"),
    pytest.param(_closing("What do I need to do before the first shift of the day?"), "clarify_next_steps", "missing", id="cns-before-first-shift-of-day"),
    pytest.param(_closing("What did I need to do before I started at my last place?"), "clarify_next_steps", "missing", id="cns-before-i-started-past"),
    pytest.param(_closing("I'd really like to be the one running your autumn season. Is there anything else I can do to make that happen?"), "ask_for_job", "present", id="afj-anything-else-make-that-happen"),
    pytest.param(_closing("is there anything more i could do to make it happen"), "ask_for_job", "present", id="afj-anything-more-make-it-happen-stt"),
    pytest.param(_closing("Anything more I could do to strengthen my case?"), "ask_for_job", "present", id="afj-strengthen-my-case"),
    pytest.param(_closing("What else can I do to improve my chances?"), "ask_for_job", "present", id="afj-improve-my-chances"),
    pytest.param(_closing("Is there anything else I can do to help with the move?"), "ask_for_job", "missing", id="afj-help-with-the-move"),
    pytest.param(_closing("You want the migration done by June. What can I do to make that happen?"), "ask_for_job", "missing", id="afj-make-the-work-happen"),
    pytest.param(_closing("My daughter wants to be a chef. Is there anything else I can do to make that happen for her?"), "ask_for_job", "missing", id="afj-make-it-happen-for-her"),
    pytest.param(_closing("What more can I do to help my team succeed?"), "ask_for_job", "missing", id="afj-help-my-team"),
    pytest.param(_closing("Yes. I'd love to go permanent."), "express_interest", "present", id="ei-love-to-go-permanent"),
    pytest.param(_closing("I'd really like to stay on permanently after my contract ends."), "express_interest", "present", id="ei-stay-on-permanently-after-contract"),
    pytest.param(_closing("Yes, I want to be made permanent here."), "express_interest", "present", id="ei-want-made-permanent"),
    pytest.param(_closing("I'm hoping to go perm after the six months."), "express_interest", "present", id="ei-hoping-go-perm"),
    pytest.param(_closing("I'd love to be taken on permanently."), "express_interest", "present", id="ei-taken-on-permanently"),
    pytest.param(_closing("I'd like to convert to a permanent contract with you."), "express_interest", "present", id="ei-convert-to-permanent-contract"),
    pytest.param(_closing("Is there any chance of turning my fixed-term contract into a permanent one?"), "express_interest", "present", id="ei-turn-my-contract-permanent"),
    pytest.param(_closing("Is there any chance of turning my fixed-term contract into a permanent one?"), "ask_for_job", "present", id="afj-chance-of-turning-contract-permanent"),
    pytest.param(_closing("I'd like you to convert my contract into a permanent position."), "ask_for_job", "present", id="afj-you-convert-contract-permanent"),
    pytest.param(_closing("Can you make me permanent?"), "ask_for_job", "present", id="afj-can-you-make-me-permanent"),
    pytest.param(_closing("Can you make me permanent?"), "express_interest", "present", id="ei-can-you-make-me-permanent"),
    pytest.param(_closing("I'd really like to be made permanent, so I hope you'll convert my contract."), "ask_for_job", "present", id="afj-hope-youll-convert-my-contract"),
    pytest.param(_closing("Is there any chance I could be made permanent after the six months?"), "ask_for_job", "present", id="afj-chance-i-could-be-made-permanent"),
    pytest.param(_closing("I'd love to go permanent."), "ask_for_job", "missing", id="afj-go-permanent-is-interest-only"),
    pytest.param(_closing("I don't want to go permanent, I prefer contracting."), "express_interest", "missing", id="ei-not-want-go-permanent"),
    pytest.param(_closing("My colleague wants to be made permanent."), "express_interest", "missing", id="ei-colleague-made-permanent"),
    pytest.param(_closing("I'd like to make the fix permanent in the codebase."), "express_interest", "missing", id="ei-make-fix-permanent"),
    pytest.param(_closing("Can you make the change permanent?"), "ask_for_job", "missing", id="afj-make-change-permanent"),
    pytest.param(_closing("Can you convert my contract to PDF?"), "ask_for_job", "missing", id="afj-convert-contract-to-pdf"),
    pytest.param(_closing("Will I be made permanent after six months?"), "ask_for_job", "missing", id="afj-will-i-be-made-permanent-terms"),
    pytest.param(_closing("They made me permanent at my last job."), "express_interest", "missing", id="ei-made-permanent-last-job"),
    pytest.param(_closing("I'd like a permanent marker for the whiteboard."), "express_interest", "missing", id="ei-permanent-marker"),
    pytest.param(_r30b_after("Wonderful. HR will send the contract over on Monday.", "Perfect, I'll sign it and send it straight back."), "follow_up", "present", id="fu-sign-and-send-straight-back"),
    pytest.param(_r30b_after("We'll post the contract out this week.", "Lovely, I'll sign and return it straight away."), "follow_up", "present", id="fu-sign-and-return-it"),
    pytest.param(_r30b_after("HR will send the contract over on Monday.", "I won't sign it until my lawyer has looked."), "follow_up", "missing", id="fu-wont-sign-until-lawyer"),
    pytest.param(_closing("I'd appreciate it if you could send me the slides from today."), "follow_up", "missing", id="fu-appreciate-if-you-could-send-me"),
    pytest.param(_closing("Yes. I'd be grateful if you could send me the job description again, I lost the email."), "follow_up", "missing", id="fu-grateful-if-you-could-send-me"),
    pytest.param(_closing("Would you mind if you could text me the parking details?"), "follow_up", "missing", id="fu-mind-if-you-could-text-me"),
    pytest.param(_closing("I'd be grateful if I could send you a couple of extra samples."), "follow_up", "present", id="fu-grateful-if-i-could-send-you"),
    pytest.param(_closing("I'd appreciate it if you could tell me who I should follow up with."), "follow_up", "present", id="fu-appreciate-tell-me-who-follow-up"),
    pytest.param(_closing("No. Will email you tonight with the references."), "follow_up", "present", id="fu-nosubj-will-email-you"),
    pytest.param(_closing("No. Will send the portfolio over tonight."), "follow_up", "present", id="fu-nosubj-will-send-portfolio"),
    pytest.param(_closing("OK, will forward the references over this afternoon."), "follow_up", "present", id="fu-nosubj-ok-will-forward"),
    pytest.param(_closing("Cheers. Will be in touch."), "follow_up", "present", id="fu-nosubj-will-be-in-touch"),
    pytest.param(_closing("thanks will email you tonight"), "follow_up", "present", id="fu-nosubj-asr"),
    pytest.param(_closing("Will you email me the details?"), "follow_up", "missing", id="fu-will-you-email-me"),
    pytest.param(_closing("She will send the portfolio over tonight."), "follow_up", "missing", id="fu-she-will-send"),
    pytest.param(_closing("No. Will call the client first thing."), "follow_up", "missing", id="fu-nosubj-call-client"),
    pytest.param(_closing("Will be in the office tomorrow if you need me."), "follow_up", "missing", id="fu-nosubj-be-in-office"),
    pytest.param(_closing("Will get back to work on Monday after this."), "follow_up", "missing", id="fu-nosubj-back-to-work"),
    pytest.param(_closing("One. Do I get it?"), "ask_for_job", "present", id="afj-do-i-get-it"),
    pytest.param(_closing("So do I get it?"), "ask_for_job", "present", id="afj-so-do-i-get-it"),
    pytest.param(_closing("Do I get it right that the team is six people?"), "ask_for_job", "missing", id="afj-do-i-get-it-right"),
    pytest.param(_closing("Do I get it in writing?"), "ask_for_job", "missing", id="afj-do-i-get-it-in-writing"),
    pytest.param(_closing("You mentioned a bonus. Do I get it?"), "ask_for_job", "missing", id="afj-bonus-do-i-get-it"),
    pytest.param(_closing("No, I think I've already shown you I'm not right for this. Let's not drag it out."), "stay_positive", "missing", id="sp-not-right-for-this-c06"),
    pytest.param(_closing("I'm clearly not right for this."), "stay_positive", "missing", id="sp-clearly-not-right-for-this"),
    pytest.param(_closing("No. I'm not right for it, am I?"), "stay_positive", "missing", id="sp-not-right-for-it-tag"),
    pytest.param(_closing("i'm not really right for this one"), "stay_positive", "missing", id="sp-not-right-for-this-one-asr"),
    pytest.param(_closing("I'm exactly right for this."), "stay_positive", "present", id="sp-exactly-right-for-this"),
    pytest.param(_closing("Do you think I'm suited for this?"), "stay_positive", "present", id="sp-q-suited-for-this"),
    pytest.param(_closing("I know when I'm beaten."), "stay_positive", "missing", id="sp-know-when-beaten"),
    pytest.param(_closing("I can tell when I've been beaten."), "stay_positive", "missing", id="sp-tell-when-been-beaten"),
    pytest.param(_closing("I never know when I'm beaten, I just keep going."), "stay_positive", "present", id="sp-never-know-when-beaten"),
    pytest.param(_closing("I know when I'm beaten at chess, but not at work."), "stay_positive", "present", id="sp-beaten-at-chess"),
    pytest.param(_closing("Let's just say I won't be holding my breath."), "stay_positive", "missing", id="sp-wont-be-holding-breath"),
    pytest.param(_closing("I was holding my breath during the demo, it was so close."), "stay_positive", "present", id="sp-holding-breath-demo"),
    pytest.param(_closing("I basically forgot my own name in the technical part."), "stay_positive", "missing", id="sp-forgot-own-name"),
    pytest.param(_closing("Honestly I nearly forgot my own name I was so nervous, ha."), "stay_positive", "present", id="sp-nearly-forgot-name-nerves"),
    pytest.param(_closing("I forgot my name badge, sorry, reception let me in."), "stay_positive", "present", id="sp-forgot-name-badge"),
    pytest.param(_closing("Sorry, I rambled a bit there."), "stay_positive", "present", id="sp-sorry-rambled-a-bit"),
    pytest.param(_closing("Apologies, I stumbled a bit over my words there."), "stay_positive", "present", id="sp-apologies-stumbled-a-bit"),
    pytest.param(_closing("I rambled a bit, sorry. What are the next steps?"), "stay_positive", "present", id="sp-rambled-a-bit-sorry"),
    pytest.param(_closing("i waffled a lot i get nervous in interviews"), "stay_positive", "present", id="sp-waffled-get-nervous-asr"),
    pytest.param(_closing("Honestly I think I rambled a bit."), "stay_positive", "missing", id="sp-verdict-rambled-ap0135"),
    pytest.param(_closing("Sorry, I stumbled through the whole thing."), "stay_positive", "missing", id="sp-sorry-stumbled-through"),
    pytest.param(_closing("I stumbled badly on the technical questions, sorry."), "stay_positive", "missing", id="sp-stumbled-badly-sorry"),
    pytest.param(_closing("Well, that went brilliantly. Not."), "stay_positive", "missing", id="sp-sarcasm-full-stop-not"),
    pytest.param(_closing("Nailed it. Not!"), "stay_positive", "missing", id="sp-sarcasm-nailed-it-not"),
    pytest.param(_closing("The project went brilliantly. Not everyone expected that."), "stay_positive", "present", id="sp-not-everyone"),
    pytest.param(_closing("Well, that went swimmingly, didn't it. Ha."), "stay_positive", "missing", id="sp-sarcasm-swimmingly-tag"),
    pytest.param(_closing("That went well, didn't it?"), "stay_positive", "present", id="sp-went-well-tag-hope"),
    pytest.param(_closing("I think that went brilliantly, didn't it?"), "stay_positive", "present", id="sp-think-went-brilliantly-tag"),
    pytest.param(_closing("Yeah, I'm sure you'll be rushing to call me back after that answer on budgets."), "stay_positive", "missing", id="sp-sarcasm-rushing-to-call"),
    pytest.param(_closing("I'm sure you'll be falling over yourselves to hire me after that."), "stay_positive", "missing", id="sp-sarcasm-falling-over-yourselves"),
    pytest.param(_closing("I'm sure you'll be rushing to fill the role, you're so short-staffed."), "stay_positive", "present", id="sp-rushing-to-fill-role"),
    pytest.param(_closing("Thanks for nothing, honestly. That technical round was unfair."), "stay_positive", "missing", id="sp-thanks-for-nothing"),
    pytest.param(_closing("Thanks for nothing, honestly. That technical round was unfair."), "thank_interviewer", "missing", id="ti-thanks-for-nothing"),
    pytest.param(_closing("Thank you for nothing less than a fantastic afternoon."), "thank_interviewer", "present", id="ti-nothing-less-than"),
    pytest.param(_closing("Not at the moment, thanks."), "thank_interviewer", "missing", id="ti-not-at-the-moment-thanks"),
    pytest.param(_closing("not right now thank you"), "thank_interviewer", "missing", id="ti-not-right-now-asr"),
    pytest.param(_closing("Not at the moment, but thanks so much for your time."), "thank_interviewer", "present", id="ti-not-now-but-thanks-for-time"),
    pytest.param(_closing("Not at the moment, thanks for asking, and thanks for your time."), "thank_interviewer", "present", id="ti-not-now-thanks-for-asking"),
    pytest.param(_closing("Nothing else from me, thanks."), "thank_interviewer", "present", id="ti-nothing-else-thanks"),
    pytest.param(_closing("When will you be scheduling the second round?"), "clarify_next_steps", "present", id="cns-when-you-scheduling"),
    pytest.param(_closing("When will you be scheduling the second round?"), "ask_for_job", "missing", id="afj-when-you-scheduling-not"),
    pytest.param(_closing("When would you be setting up the next round?"), "clarify_next_steps", "present", id="cns-when-you-setting-up"),
    pytest.param(_closing("When do you book the next round in?"), "ask_for_job", "missing", id="afj-when-you-book-in-not"),
    pytest.param(_closing("How soon will you be booking in the finalists?"), "clarify_next_steps", "present", id="cns-how-soon-booking-finalists"),
    pytest.param(_closing("When do you think you'll be arranging second interviews?"), "clarify_next_steps", "present", id="cns-think-youll-arrange"),
    pytest.param(_closing("When are you planning to set up the final interviews?"), "clarify_next_steps", "present", id="cns-planning-to-set-up"),
    pytest.param(_closing("So when does HR usually set up the final interviews?"), "clarify_next_steps", "present", id="cns-hr-set-up"),
    pytest.param(_closing("Can we schedule the next interview?"), "ask_for_job", "present", id="afj-can-we-schedule"),
    pytest.param(_closing("Can we schedule the next interview?"), "clarify_next_steps", "missing", id="cns-can-we-schedule-not"),
    pytest.param(_closing("Could you book me in for the final interview?"), "clarify_next_steps", "missing", id="cns-book-me-in-not"),
    pytest.param(_closing("When can we schedule the next round?"), "ask_for_job", "present", id="afj-when-can-we-schedule"),
    pytest.param(_closing("When will you be scheduling the quarterly planning?"), "clarify_next_steps", "missing", id="cns-schedule-work-not"),
    pytest.param(_h17_asked("Okay. We'll follow up by email next week.", "Sounds good, thanks."), "clarify_next_steps", "present", id="cns-follow-up-sounds-good"),
    pytest.param(_h17_asked("Our recruiter will follow up with you by Friday.", "Got it, Friday then."), "clarify_next_steps", "present", id="cns-recruiter-follow-up"),
    pytest.param(_h17_asked("We'll follow up by email next week.", "Email next week. Perfect."), "clarify_next_steps", "present", id="cns-channel-echo"),
    pytest.param(_h17_asked("We'll follow up by email next week.", "You'll email me next week, lovely."), "clarify_next_steps", "present", id="cns-youll-echo"),
    pytest.param(_h17_asked("We'll follow up by email next week.", "Okay, thanks."), "clarify_next_steps", "missing", id="cns-follow-up-bare-ok-not"),
    pytest.param(_h17_asked("I'll follow up on that question about parking.", "Sounds good, thanks."), "clarify_next_steps", "missing", id="cns-follow-up-on-question-not"),
    pytest.param(_h17_asked("Okay.", "Email next week. Perfect."), "clarify_next_steps", "missing", id="cns-channel-echo-no-prompt-not"),
    pytest.param(_h17_asked("HR will send the contract over on Monday.", "Perfect, I'll sign it and send it straight back."), "clarify_next_steps", "present", id="cns-sign-and-return"),
    pytest.param(_h17_asked("We'll send you the forms tonight.", "Lovely, I'll fill them in straight away."), "clarify_next_steps", "present", id="cns-fill-them-in"),
    pytest.param(_h17_asked("Our clients sign off invoices in a week.", "Right, I'll sign them off quickly then."), "clarify_next_steps", "missing", id="cns-sign-invoices-not"),
    pytest.param(_closing("Decision when?"), "clarify_next_steps", "present", id="cns-decision-when"),
    pytest.param(_closing("How long is the wait usually?"), "clarify_next_steps", "present", id="cns-how-long-wait"),
    pytest.param(_closing("How long's the wait for a decision?"), "clarify_next_steps", "present", id="cns-wait-for-decision"),
    pytest.param(_closing("How long is the wait for parking permits?"), "clarify_next_steps", "missing", id="cns-wait-parking-not"),
    pytest.param(_closing("I made the decision when I was twenty."), "clarify_next_steps", "missing", id="cns-decision-when-past-not"),
])
def test_session20_rule_fixes(analyzer, turns, behaviour, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


# Session 21's rule fixes in one table: the tuning rounds on the blind batches cz (sales-style closers) and da
# (Gen-Z first jobs, chat interviews) - r33-a stay_positive and modifiers, r33-b interest and asks with the T31 misses,
# r33-c next steps, follow-up, concerns and thanks; each family with the near-misses that must stay out


@pytest.mark.parametrize("turns,behaviour,status", [
    pytest.param(_closing("I could genuinely picture myself running that front desk."), "express_interest", "present", id="ei-picture-front-desk"),
    pytest.param(_closing("I can already see myself behind that counter."), "express_interest", "present", id="ei-see-behind-counter"),
    pytest.param(_closing("I could picture myself running the London marathon next year."), "express_interest", "missing", id="ei-picture-marathon-not"),
    pytest.param(_closing("I couldn't be more fired up about this role."), "express_interest", "present", id="ei-couldnt-be-more-fired-up"),
    pytest.param(_closing("I want to be sitting at that desk by the first of the month."), "express_interest", "present", id="ei-want-to-be-at-desk"),
    pytest.param(_closing("I want to be at my desk by nine."), "express_interest", "missing", id="ei-at-my-desk-not"),
    pytest.param(_closing("This is the move I want to make."), "express_interest", "present", id="ei-the-move-i-want"),
    pytest.param(_closing("This is the next step I want to take."), "express_interest", "present", id="ei-next-step-i-want"),
    pytest.param(_closing("This is the shop I'd want to work in."), "express_interest", "present", id="ei-shop-id-want-to-work-in"),
    pytest.param(_closing("honestly this is the salon I'd love to work at"), "express_interest", "present", id="ei-salon-love-to-work-at"),
    pytest.param(_closing("This is the kind of set-up I've been hoping to find for a while."), "express_interest", "present", id="ei-kind-of-setup-hoping"),
    pytest.param(_closing("It's exactly the kind of garage I've been looking for."), "express_interest", "present", id="ei-kind-of-garage-looking"),
    pytest.param(_closing("I'd love to run this hotel's front office."), "express_interest", "present", id="ei-love-to-run-front-office"),
    pytest.param(_closing("I'd really like to manage your Leeds branch."), "express_interest", "present", id="ei-like-to-manage-branch"),
    pytest.param(_closing("I'd love to run it by my wife first."), "express_interest", "missing", id="ei-run-it-by-wife-not"),
    pytest.param(_closing("I'd love to run the numbers with you."), "express_interest", "missing", id="ei-run-numbers-not"),
    pytest.param(_closing("i want in honestly when can i start"), "express_interest", "present", id="ei-want-in-honestly"),
    pytest.param(_closing("We really want in on this."), "express_interest", "present", id="ei-want-in-on-this"),
    pytest.param(_closing("I want in the contract a clause about overtime."), "express_interest", "missing", id="ei-want-in-contract-not"),
    pytest.param(_closing("ngl this is lowkey my dream first job"), "express_interest", "present", id="ei-dream-first-job"),
    pytest.param(_closing("this sounds like the perfect summer gig fr."), "express_interest", "present", id="ei-perfect-summer-gig"),
    pytest.param(_closing("it's my ideal part-time job tbh"), "express_interest", "present", id="ei-ideal-part-time-job"),
    pytest.param(_closing("The perfect summer holiday is coming up."), "express_interest", "missing", id="ei-perfect-summer-holiday-not"),
    pytest.param(_closing("I'm so down to work here fr, the vibe is amazing."), "express_interest", "present", id="ei-so-down-to-work-here"),
    pytest.param(_closing("I'd be down to join the team asap"), "express_interest", "present", id="ei-down-to-join-team"),
    pytest.param(_closing("I'm down to work weekends."), "express_interest", "missing", id="ei-down-to-work-weekends-not"),
    pytest.param(_closing("I'm down to my last two options."), "express_interest", "missing", id="ei-down-to-last-two-not"),
    pytest.param(_closing("I'm not down to work here."), "express_interest", "missing", id="ei-not-down-to-work-not"),
    pytest.param(_closing("I'm so ready to work here"), "express_interest", "present", id="ei-so-ready-to-work-here"),
    pytest.param(_closing("I'm more than ready to start with you."), "express_interest", "present", id="ei-more-than-ready-with-you"),
    pytest.param(_closing("I'm ready to work weekends."), "express_interest", "missing", id="ei-ready-weekends-not"),
    pytest.param(_closing("I'm so ready to work with clients."), "express_interest", "missing", id="ei-ready-with-clients-not"),
    pytest.param(_closing("Get me in front of the area director and I'll close that meeting myself."), "ask_for_job", "present", id="afj-in-front-of-director"),
    pytest.param(_closing("let's get me in front of the board."), "ask_for_job", "present", id="afj-in-front-of-board"),
    pytest.param(_closing("I'm not the most polished presenter, but put me in front of a client and I'll close."), "ask_for_job", "missing", id="afj-in-front-of-client-not"),
    pytest.param(_closing("put me in front of customers and watch me sell"), "ask_for_job", "missing", id="afj-in-front-of-customers-not"),
    pytest.param(_closing("I want it. Let's talk start dates."), "ask_for_job", "present", id="afj-lets-talk-start-dates"),
    pytest.param(_closing("Can we agree a start date?"), "ask_for_job", "present", id="afj-agree-start-date"),
    pytest.param(_closing("I'll be in touch by Friday, and I'm really hoping it's a yes."), "ask_for_job", "present", id="afj-hoping-its-a-yes"),
    pytest.param(_closing("fingers crossed it's a yes!"), "ask_for_job", "present", id="afj-fingers-crossed-yes"),
    pytest.param(_closing("I hope the answer on the budget is a yes for your team."), "ask_for_job", "missing", id="afj-budget-yes-not"),
    pytest.param(_closing("pls put me on the schedule fr, I won't let u down."), "ask_for_job", "present", id="afj-pls-put-me-on-schedule"),
    pytest.param(_closing("so just put me on the rota"), "ask_for_job", "present", id="afj-so-just-rota"),
    pytest.param(_after_offer("I'm going to need to think hard about this one."), "ask_for_job", "partial", id="afj-think-hard-partial"),
    pytest.param(_after_offer("Let me think carefully about it."), "ask_for_job", "partial", id="afj-think-carefully-partial"),
    pytest.param(_after_offer("I need like 24 hours to think, is that ok?"), "ask_for_job", "present", id="afj-like-24-hours"),
    pytest.param(_after_offer("give me maybe a couple of days"), "ask_for_job", "partial", id="afj-maybe-couple-days-partial"),
    pytest.param(_after_offer("lowkey I'm not sure yet, I need time to think."), "ask_for_job", "partial", id="afj-not-sure-yet-partial"),
    pytest.param(_after_offer("I don't know yet tbh"), "ask_for_job", "partial", id="afj-dont-know-yet-partial"),
    pytest.param(_after_offer("tysm!! can I lmk by wed?"), "ask_for_job", "present", id="afj-lmk-by-wed"),
    pytest.param(_after_offer("I'll lmk tmrw!"), "ask_for_job", "present", id="afj-lmk-tmrw"),
    pytest.param(_after_offer("Can I have till sat to decide?"), "ask_for_job", "present", id="afj-till-sat"),
    pytest.param(_after_offer("I'm really chuffed, I loved the salon on Saturday. Can I have a bit of time to think it over though?"), "ask_for_job", "partial", id="afj-loved-on-saturday-partial"),
    pytest.param(_after_offer("It was great meeting the team on Tuesday. Could I have some time to think?"), "ask_for_job", "partial", id="afj-meeting-on-tuesday-partial"),
    pytest.param(_after_offer("The trial shift on Friday went really well. Can I think it over?"), "ask_for_job", "partial", id="afj-friday-went-well-partial"),
    pytest.param(_after_offer("I said I'd answer by Friday, so can I confirm by Friday?"), "ask_for_job", "present", id="afj-said-answer-by-friday"),
    pytest.param(_after_offer("I'll think about it and let you know on Monday."), "ask_for_job", "present", id="afj-let-you-know-on-monday"),
    pytest.param(_offer_said("So — would you like to join us as assistant manager?", "Yes, absolutely, I'd love to!"), "ask_for_job", "present", id="afj-offer-join-us-as"),
    pytest.param(_offer_said("Do you want to come and work for us?", "Yes please!"), "ask_for_job", "present", id="afj-offer-come-work-for-us"),
    pytest.param(_offer_said("Would you like to join us for lunch after this?", "Yes, I'd love to!"), "ask_for_job", "missing", id="afj-join-us-for-lunch-not"),
    pytest.param(_closing("Can we lock in the final interview now?"), "ask_for_job", "present", id="afj-lock-in-final-interview"),
    pytest.param(_closing("can we firm up the next round?"), "ask_for_job", "present", id="afj-firm-up-next-round"),
    pytest.param(_closing("Can I lock in my pension choice now?"), "ask_for_job", "missing", id="afj-lock-in-pension-not"),
    pytest.param(_closing("is there any way I could get an offer this week?"), "ask_for_job", "present", id="afj-any-way-get-offer"),
    pytest.param(_closing("Any chance we could get the contract signed today?"), "ask_for_job", "present", id="afj-any-chance-contract-signed"),
    pytest.param(_closing("Is there any way I could get a copy of the offer letter?"), "ask_for_job", "missing", id="afj-any-way-offer-letter-not"),
    pytest.param(_closing("Is there a way I could get the job description emailed?"), "ask_for_job", "missing", id="afj-any-way-job-description-not"),
    pytest.param(_after_offer("Ah, no thanks - I've decided the billing target isn't right for me."), "ask_for_job", "missing", id="afj-isnt-right-declines-not-partial"),
    pytest.param(_closing("I'd love to come back and meet the rest of the team — I hope ye'll give me that chance."), "express_interest", "missing", id="ei-team-dash-i-hope-not"),
    pytest.param(_closing("Exactly the sort of set up I was looking for."), "express_interest", "present", id="ei-sort-of-set-up-looking"),
    pytest.param(_closing("It's the kind of setup I've wanted for years."), "express_interest", "present", id="ei-kind-of-setup-wanted"),
    pytest.param(_closing("I'll be chasing you Friday."), "follow_up", "present", id="fu-be-chasing-friday"),
    pytest.param(_closing("i'll be hassling u tomorrow lol"), "follow_up", "present", id="fu-be-hassling-u"),
    pytest.param(_closing("I'll chase you Thursday if I haven't heard."), "follow_up", "present", id="fu-chase-thursday"),
    pytest.param(_closing("I'll be chasing leads Friday."), "follow_up", "missing", id="fu-chasing-leads-not"),
    pytest.param(_closing("I'll be on the phone Friday if I don't hear."), "follow_up", "present", id="fu-on-the-phone-friday"),
    pytest.param(_closing("I'll be on the phone Friday if I don't hear."), "clarify_next_steps", "missing", id="cns-on-the-phone-not"),
    pytest.param(_closing("I'll be on the phone to my mum tonight."), "follow_up", "missing", id="fu-phone-to-mum-not"),
    pytest.param(_closing("I'd send a thank-you card, but that's a bit old-school for you lot."), "follow_up", "missing", id="fu-would-send-card-not"),
    pytest.param(_closing("I'd drop you a thank you email but you probably get loads."), "follow_up", "missing", id="fu-would-drop-email-not"),
    pytest.param(_closing("I'd love to send you a thank-you note later."), "follow_up", "present", id="fu-love-to-send-note"),
    pytest.param(_closing("I'll drop you a text Monday, no pressure."), "clarify_next_steps", "missing", id="cns-own-chase-no-pressure-not"),
    pytest.param(_closing("Take your time, no pressure."), "clarify_next_steps", "present", id="cns-no-pressure-wait"),
    pytest.param(_closing("Who signs off on the final decision, you or the MD?"), "clarify_next_steps", "present", id="cns-who-signs-off"),
    pytest.param(_closing("Who signs off on expenses here?"), "clarify_next_steps", "missing", id="cns-signs-off-expenses-not"),
    pytest.param(_closing("Are you seeing many other candidates?"), "clarify_next_steps", "present", id="cns-seeing-many-others"),
    pytest.param(_closing("how many ppl r u seeing"), "clarify_next_steps", "present", id="cns-how-many-ppl-u"),
    pytest.param(_closing("Are you seeing many clients this week?"), "clarify_next_steps", "missing", id="cns-seeing-clients-not"),
    pytest.param(_closing("when do u pick?"), "clarify_next_steps", "present", id="cns-when-u-pick"),
    pytest.param(_closing("When do you pick the rota?"), "clarify_next_steps", "missing", id="cns-pick-rota-not"),
    pytest.param(_closing("how can I book the trial day?"), "clarify_next_steps", "present", id="cns-book-trial-day"),
    pytest.param(_closing("I'd love to come back for the trial shift, how do I set that up?"), "clarify_next_steps", "present", id="cns-set-that-up"),
    pytest.param(_closing("How do I book a meeting room?"), "clarify_next_steps", "missing", id="cns-book-room-not"),
    pytest.param(_closing("Can we lock in the final interview now?"), "clarify_next_steps", "missing", id="cns-lock-in-not"),
    pytest.param(_closing("whats next once i finish the induction"), "clarify_next_steps", "missing", id="cns-next-after-induction-not"),
    pytest.param(_closing("what's the next step once you get the references back?"), "clarify_next_steps", "present", id="cns-next-after-references"),
    pytest.param(_closing("How do you handle split fees when two consultants touch the same candidate?"), "clarify_next_steps", "missing", id="cns-touch-candidate-not"),
    pytest.param(_h17_asked("We'll have a decision by the fifteenth.", "Brilliant, so a decision by the fifteenth."), "clarify_next_steps", "present", id="cns-reply-event-echo"),
    pytest.param(_h17_asked("So next is a role-play with two of our consultants.", "Sounds like a solid process, thanks."), "clarify_next_steps", "present", id="cns-reply-solid-process"),
    pytest.param(_h17_asked("The next step is a trial shift on Saturday.", "Great, I'll prep for it."), "clarify_next_steps", "present", id="cns-reply-prep-for-it"),
    pytest.param(_h17_asked("We'll email everyone who interviewed on Monday.", "ok bet ty, I'll check my email monday"), "clarify_next_steps", "present", id="cns-reply-check-email"),
    pytest.param(_closing("ok bet, I'll check my email monday"), "clarify_next_steps", "missing", id="cns-check-email-no-prompt-not"),
    pytest.param(_h17_asked("Want a free cookie on your way out?", "nah I'm good ty"), "thank_interviewer", "missing", id="ti-nah-good-ty-not"),
    pytest.param(_closing("nah all good thx"), "thank_interviewer", "missing", id="ti-nah-all-good-thx-not"),
    pytest.param(_closing("no I'm good, thanks so much for your time"), "thank_interviewer", "present", id="ti-no-good-thanks-for-time"),
    pytest.param(_closing("Hit me with your objections, I handle objections for a living."), "ask_concerns", "present", id="ac-hit-me-objections"),
    pytest.param(_closing("Throw your doubts at me."), "ask_concerns", "present", id="ac-throw-doubts"),
    pytest.param(_closing("Give me your concerns about the rollout."), "ask_concerns", "missing", id="ac-concerns-rollout-not"),
    pytest.param(_closing("Anything you'd need to see from me before signing me off?"), "ask_concerns", "present", id="ac-see-from-me-before"),
    pytest.param(_closing("What would you want to see from me in the first month?"), "ask_concerns", "missing", id="ac-see-first-month-not"),
    pytest.param(_closing("Sorry, I've got a bit of a cold, hope I haven't passed it on."), "stay_positive", "present", id="sp-cold-passed-it-on"),
    pytest.param(_closing("I'll be honest, I don't think I sold myself at all today."), "stay_positive", "missing", id="sp-dont-think-sold-myself"),
    pytest.param(_closing("I don't think I sold myself short."), "stay_positive", "present", id="sp-sold-myself-short-not"),
    pytest.param(_closing("I'd hire me, but I get the feeling you won't — fair enough."), "stay_positive", "missing", id="sp-feeling-you-wont"),
    pytest.param(_closing("Something tells me you're not going to hire me."), "stay_positive", "missing", id="sp-something-tells-me"),
    pytest.param(_closing("I have a feeling you won't regret it."), "stay_positive", "present", id="sp-feeling-wont-regret-not"),
    pytest.param(_closing("My gut says this one's gone, but cheers for the chat."), "stay_positive", "missing", id="sp-this-ones-gone"),
    pytest.param(_closing("Realistically this one's gone, isn't it?"), "stay_positive", "missing", id="sp-this-ones-gone-tag"),
    pytest.param(_closing("That ship has sailed, hasn't it."), "stay_positive", "missing", id="sp-ship-has-sailed"),
    pytest.param(_closing("This one's gone well, I think."), "stay_positive", "present", id="sp-gone-well-not"),
    pytest.param(_closing("That one's gone to the printers already."), "stay_positive", "present", id="sp-gone-to-printers-not"),
    pytest.param(_closing("My gut says it's a no."), "stay_positive", "missing", id="sp-gut-says-no"),
    pytest.param(_closing("I'm sure whoever you pick will be better than me on the lettings side."), "stay_positive", "missing", id="sp-whoever-better-than-me"),
    pytest.param(_closing("Whoever's next will probably do better than me, mate."), "stay_positive", "missing", id="sp-whoever-next-better"),
    pytest.param(_closing("I doubt anyone else will be better than me."), "stay_positive", "present", id="sp-doubt-anyone-else-not"),
    pytest.param(_closing("No one else will work harder than me."), "stay_positive", "present", id="sp-no-one-harder-not"),
    pytest.param(_closing("My sister will probably be better than me at this."), "stay_positive", "present", id="sp-sister-better-not"),
    pytest.param(_closing("Feel free to bin my CV."), "stay_positive", "missing", id="sp-bin-my-cv"),
    pytest.param(_closing("Just chuck my CV in the bin, honestly."), "stay_positive", "missing", id="sp-chuck-cv-in-bin"),
    pytest.param(_closing("Feel free to put my CV on file."), "stay_positive", "present", id="sp-cv-on-file-not"),
    pytest.param(_closing("I know I didn't bring my A-game."), "stay_positive", "missing", id="sp-not-a-game"),
    pytest.param(_closing("honestly brought my B-game today, sorry"), "stay_positive", "missing", id="sp-b-game"),
    pytest.param(_closing("I bring my A-game every day."), "stay_positive", "present", id="sp-bring-a-game-not"),
    pytest.param(_closing("ik my answers were kinda trash sry"), "stay_positive", "missing", id="sp-answers-trash-chat"),
    pytest.param(_closing("my answers were mid fr"), "stay_positive", "missing", id="sp-answers-mid"),
    pytest.param(_closing("My first interview was awful, this one felt great."), "stay_positive", "present", id="sp-first-interview-awful-not"),
    pytest.param(_closing("tysm for ur time, even tho I def didn't nail it."), "stay_positive", "missing", id="sp-def-didnt-nail-it"),
    pytest.param(_closing("honestly I'll just keep applying other places, I don't think this is it."), "stay_positive", "missing", id="sp-apply-other-places"),
    pytest.param(_closing("honestly idk if I'm good enough for this, sorry."), "stay_positive", "missing", id="sp-idk-good-enough"),
    pytest.param(_closing("i doubt i'm gonna get this one honestly"), "stay_positive", "missing", id="sp-doubt-gonna-get"),
    pytest.param(_closing("it's fine if u pick someone else, I kinda figured."), "stay_positive", "missing", id="sp-fine-if-someone-else"),
    pytest.param(_closing("No worries if you go with someone else."), "stay_positive", "missing", id="sp-no-worries-someone-else"),
    pytest.param(_closing("It's fine if you take a different approach to onboarding."), "stay_positive", "present", id="sp-fine-different-approach-not"),
    pytest.param(_closing("if I had ur email I'd send a thank you note."), "follow_up", "missing", id="fu-hyp-thank-you-note"),
    pytest.param(_closing("I won't be sending a thank you email, I hate those."), "follow_up", "missing", id="fu-neg-thank-you-email"),
    pytest.param(_closing("I'll send a thank you note tonight."), "follow_up", "present", id="fu-thank-you-note"),
    pytest.param(_closing("I didn't expect to enjoy this so much thank you for your time"), "thank_interviewer", "present", id="ti-run-on-thank-still-new-act"),
    pytest.param(_closing("My recruiter told me to ask for the job, so consider it asked — I want the role."), "express_interest", "present", id="ei-reported-ends-at-dash-i"),
    pytest.param(_closing("My recruiter told me to ask for the job, she said: I want the role."), "express_interest", "missing", id="ei-reported-colon-stays"),
    pytest.param(_offer_said("We'd like to offer you the position.", "lowkey I'm not sure yet, I need time to think."), "ask_for_job", "partial", id="afj-not-sure-yet-need-time"),
    pytest.param(_offer_said("We'd like to offer you the position.", "I haven't decided yet, I need a few days."), "ask_for_job", "partial", id="afj-not-decided-yet-need-days"),
])
def test_session21_rule_fixes(analyzer, turns, behaviour, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


# Session 22's rule fixes in one table: hostile round 19 (h19a jokes that end well and discouraging jokes; h19b offers
# answered in contact words, condition words beyond 'if', everyday accepts, Gen-Z interest and asks; h19c 'no pressure,
# but ...' and indirect concerns asks) and the tuning round on the blind batch dc (second-language English: r34-a
# stay_positive and context cues, r34-b interest and asks with the T32 misses, r34-c next steps, follow-up, concerns and
# thanks with the steps before starting); each family with the near-misses that must stay out
_S22_OFFER = "We'd like to offer you the position."


# x22a (the last round, merged in below): (1) the interviewer's "If X, the next stage is Y" sets out the process: the condition ends at its comma, so the candidate's echo
# counts; the candidate's own "If you offered me the job, I'd take it" and a stage clause that says no stage stay hypothetical.
# (2) a near-failure resolved in the NEXT sentence ("I nearly blew it. But I got there in the end!") is not expressible: behaviour and
# exclude spans never cross a sentence boundary (nlp.py drops them), so only the near-misses that must stay discouragement are pinned.
def _x22a_process(line: str, reply: str) -> list[tuple[str, str]]:
    return [(INT, HANDOVER), (CAND, "Not really."), (INT, line), (CAND, reply)]


# x22b: everyday accepts after an offer; contact words said (not asked) with a day or the answer ask for time, not follow_up;
# unpunctuated "if you had to pick one weakness ... what would it be" asks concerns
_X22B_OFFER = "We'd like to offer you the role."


@pytest.mark.parametrize("turns,behaviour,status", [
    pytest.param(_closing("No pressure, but did I do okay?"), "clarify_next_steps", "missing", id="cns-no-pressure-but-did-i"),
    pytest.param(_closing("No pressure at all, but I reckon I smashed it."), "clarify_next_steps", "missing", id="cns-no-pressure-but-smashed"),
    pytest.param(_closing("No rush, but did I come across alright?"), "clarify_next_steps", "missing", id="cns-no-rush-but-alright"),
    pytest.param(_closing("Zero pressure though, am I in with a shot?"), "clarify_next_steps", "missing", id="cns-zero-pressure-though"),
    pytest.param(_closing("No pressure, how did I do?"), "clarify_next_steps", "missing", id="cns-no-pressure-how-did-i"),
    pytest.param(_closing("honestly no pressure but do you think i did ok"), "clarify_next_steps", "missing", id="cns-no-pressure-but-stt"),
    pytest.param(_closing("No pressure, but when do you reckon you'll make a call?"), "clarify_next_steps", "present", id="cns-no-pressure-but-when"),
    pytest.param(_closing("No rush on getting back to me."), "clarify_next_steps", "present", id="cns-no-rush-getting-back"),
    pytest.param(_closing("No pressure on the timing."), "clarify_next_steps", "present", id="cns-no-pressure-timing"),
    pytest.param(_closing("No rush on your side, but I'd love to know roughly when."), "clarify_next_steps", "present", id="cns-no-rush-your-side-but"),
    pytest.param(_closing("No rush though, when do you think you'll decide?"), "clarify_next_steps", "present", id="cns-no-rush-though-when"),
    pytest.param(_closing("No rush, how will I hear?"), "clarify_next_steps", "present", id="cns-no-rush-how-will-i-hear"),
    pytest.param(_closing("So, no pressure, but I'd like to know what things look like from here."), "clarify_next_steps", "present", id="cns-look-like-from-here"),
    pytest.param(_closing("Is there anything that would make my application a harder sell to your boss?"), "ask_concerns", "present", id="ac-harder-sell-boss"),
    pytest.param(_closing("Would anything make me a tough sell to the partners?"), "ask_concerns", "present", id="ac-tough-sell-partners"),
    pytest.param(_closing("Would it be hard to sell me to the hiring manager?"), "ask_concerns", "present", id="ac-hard-to-sell-me"),
    pytest.param(_closing("Is the new pricing a harder sell to customers?"), "ask_concerns", "missing", id="ac-pricing-hard-sell-not"),
    pytest.param(_closing("Would it be hard to sell my flat if I relocate?"), "ask_concerns", "missing", id="ac-sell-my-flat-not"),
    pytest.param(_closing("If you had to pick one weakness from today, what would it be?"), "ask_concerns", "present", id="ac-pick-one-weakness"),
    pytest.param(_closing("Could you point out one weakness from my answers?"), "ask_concerns", "present", id="ac-point-out-weakness"),
    pytest.param(_closing("If you had to pick one weakness in the current process, what would it be?"), "ask_concerns", "missing", id="ac-weakness-in-process-not"),
    pytest.param(_closing("If I had to pick one weakness, it'd be delegation."), "ask_concerns", "missing", id="ac-my-own-weakness-not"),
    pytest.param(_h17_asked("If you had to pick one weakness, what would it be?", "Probably delegation, I take too much on myself."), "ask_concerns", "missing", id="ac-answers-weakness-question-not"),
    pytest.param(_closing("What's the biggest gap you see?"), "ask_concerns", "present", id="ac-biggest-gap-you-see"),
    pytest.param(_closing("So what's the biggest gap you'd flag in my experience?"), "ask_concerns", "present", id="ac-gap-youd-flag-in-my"),
    pytest.param(_closing("What's the biggest gap you see in the team right now?"), "ask_concerns", "missing", id="ac-gap-in-team-not"),
    pytest.param(_closing("What would you say my biggest weakness is from today?"), "ask_concerns", "present", id="ac-you-say-my-weakness"),
    pytest.param(_closing("You asked about my biggest weakness, and I'd say it's delegation."), "ask_concerns", "missing", id="ac-reported-weakness-not"),
    pytest.param(_interviewer_says("What's the biggest gap you see in your experience?"), "ask_concerns", "missing", id="ac-interviewer-asks-gap-not"),
    pytest.param(_closing("Ha, I nearly blew it when I forgot my own job title, but I got there in the end!"), "stay_positive", "present"),
    pytest.param(_closing("Haha, I almost didn't apply because I thought I had no chance, glad I did!"), "stay_positive", "present"),
    pytest.param(_closing("I very nearly bottled it on the presentation but it all worked out."), "stay_positive", "present"),
    pytest.param(_closing("I almost blew it on the case study but I pulled it back, I think."), "stay_positive", "present"),
    pytest.param(_closing("I thought I had no chance, glad I was wrong!"), "stay_positive", "present"),
    pytest.param(_closing("Honestly I almost talked myself out of applying."), "stay_positive", "present"),
    pytest.param(_closing("I blew it."), "stay_positive", "missing"),
    pytest.param(_closing("I think I blew it."), "stay_positive", "missing"),
    pytest.param(_closing("No chance I got this."), "stay_positive", "missing"),
    pytest.param(_closing("I blew it, but I got there in the end on the second part."), "stay_positive", "missing"),
    pytest.param(_closing("I almost certainly blew it, but I got there in the end with the SQL."), "stay_positive", "missing"),
    pytest.param(_closing("I thought I blew it, and I doubt it'll turn out well."), "stay_positive", "missing"),
    pytest.param(_closing("I almost blew it, glad it's over."), "stay_positive", "missing"),
    pytest.param(_closing("Lol I think I just interviewed myself out of a job."), "stay_positive", "missing"),
    pytest.param(_closing("I think I interviewed myself right out of this one."), "stay_positive", "missing"),
    pytest.param(_closing("Well, that's my chances gone, isn't it? Haha."), "stay_positive", "missing"),
    pytest.param(_closing("there goes my chance lol"), "stay_positive", "missing"),
    pytest.param(_closing("So much for my chances then."), "stay_positive", "missing"),
    pytest.param(_closing("Ha, I'll show myself out after that answer."), "stay_positive", "missing"),
    pytest.param(_closing("I'll just show myself out, shall I?"), "stay_positive", "missing"),
    pytest.param(_closing("Haha, well, I guess I'll see you never after that coding round."), "stay_positive", "missing"),
    pytest.param(_closing("I'll see myself out, thanks so much for your time today."), "stay_positive", "present"),
    pytest.param(_closing("I'll show myself out after this call, thanks."), "stay_positive", "present"),
    pytest.param(_closing("That's my chance to ask about the team, then."), "stay_positive", "present"),
    pytest.param(_closing("There goes my chance to relax this weekend!"), "stay_positive", "present"),
    pytest.param(_closing("Sorry, I've been rambling, I get chatty when I'm excited."), "express_interest", "missing"),
    pytest.param(_closing("Sorry, I talk fast whenever I get excited."), "express_interest", "missing"),
    pytest.param(_closing("I babble when I'm nervous or excited, sorry!"), "express_interest", "missing"),
    pytest.param(_closing("I get chatty when I'm excited, and I'm really excited."), "express_interest", "present"),
    pytest.param(_closing("Sorry for rambling, it's because I'm really excited!"), "express_interest", "present"),
    pytest.param(_offer_said(_S22_OFFER, "Gosh, thank you. Could I touch base on Monday with an answer?"), AFJ, "present", id="afj-touch-base-monday"),
    pytest.param(_offer_said(_S22_OFFER, "Gosh, thank you. Could I touch base on Monday with an answer?"), "follow_up", "missing", id="fu-touch-base-answers-offer"),
    pytest.param(_offer_said(_S22_OFFER, "Can I give you a ring on Monday with my answer?"), AFJ, "present", id="afj-give-you-a-ring-monday"),
    pytest.param(_offer_said(_S22_OFFER, "Can I give you a shout tomorrow?"), "follow_up", "missing", id="fu-give-shout-answers-offer"),
    pytest.param(_offer_said(_S22_OFFER, "Can I circle back on Monday?"), "follow_up", "missing", id="fu-circle-back-answers-offer"),
    pytest.param(_offer_said(_S22_OFFER, "Can I hit you back tmrw?"), AFJ, "present", id="afj-hit-you-back-tmrw"),
    pytest.param(_offer_said(_S22_OFFER, "Can I email you if I have questions about the contract? Yes, I accept!"), "follow_up", "present", id="fu-questions-after-offer-still"),
    pytest.param(_closing("Can I touch base on Monday?"), "follow_up", "present", id="fu-touch-base-no-offer"),
    pytest.param(_closing("Could I give you a ring next week?"), AFJ, "missing", id="afj-ring-no-offer-not"),
    pytest.param(_offer_said(_S22_OFFER, "As long as I can work from home on Fridays, it's a yes."), AFJ, "missing", id="afj-cond-as-long-as"),
    pytest.param(_offer_said(_S22_OFFER, "Provided the hybrid arrangement is in writing, it's a yes from me."), AFJ, "missing", id="afj-cond-provided"),
    pytest.param(_offer_said(_S22_OFFER, "So long as the start date can move to April, I accept."), AFJ, "missing", id="afj-cond-so-long-as"),
    pytest.param(_offer_said(_S22_OFFER, "On condition that I keep my Fridays, I'll take it."), AFJ, "missing", id="afj-cond-on-condition"),
    pytest.param(_offer_said(_S22_OFFER, "I accept, as long as the start date is April."), AFJ, "missing", id="afj-cond-as-long-as-after"),
    pytest.param(_offer_said(_S22_OFFER, "Is the salary negotiable? If so, I'm pretty much a yes."), AFJ, "missing", id="afj-cond-if-so"),
    pytest.param(_offer_said(_S22_OFFER, "I accept. As long as it takes, I'll make it work."), AFJ, "present", id="afj-as-long-as-it-takes-not"),
    pytest.param(_closing("I've wanted this job for as long as I can remember."), "express_interest", "present", id="ei-for-as-long-as-not"),
    pytest.param(_closing("The team provided the training, I'm really excited to join."), "express_interest", "present", id="ei-provided-verb-not"),
    pytest.param(_offer_said(_S22_OFFER, "Let's do it!"), AFJ, "present", id="afj-lets-do-it"),
    pytest.param(_offer_said(_S22_OFFER, "You've got yourself a new team member!"), AFJ, "present", id="afj-got-yourself-new"),
    pytest.param(_offer_said(_S22_OFFER, "100%. Send the contract over."), AFJ, "present", id="afj-send-contract-over"),
    pytest.param(_closing("Let's do it properly next time."), AFJ, "missing", id="afj-lets-do-it-properly-not"),
    pytest.param(_closing("You've got yourself a tough job there."), AFJ, "missing", id="afj-got-yourself-tough-not"),
    pytest.param(_closing("ngl this job is literally my dream"), "express_interest", "present", id="ei-literally-my-dream"),
    pytest.param(_closing("love this role so much tbh"), "express_interest", "present", id="ei-love-role-so-much"),
    pytest.param(_closing("big fan of this role ngl"), "express_interest", "present", id="ei-big-fan-of-role"),
    pytest.param(_closing("big fan of your podcast ngl"), "express_interest", "missing", id="ei-fan-of-podcast-not"),
    pytest.param(_closing("i'm not a big fan of this role tbh"), "express_interest", "missing", id="ei-not-fan-negated"),
    pytest.param(_closing("i'd be down for a second interview"), AFJ, "present", id="afj-down-for-second-interview"),
    pytest.param(_closing("i'd be down for a coffee sometime"), AFJ, "missing", id="afj-down-for-coffee-not"),
    pytest.param(_closing("Whoever gets this is lucky, and I hope it's me!"), AFJ, "present", id="afj-hope-its-me"),
    pytest.param(_closing("Fingers crossed it's me you pick."), AFJ, "present", id="afj-fingers-crossed-its-me"),
    pytest.param(_closing("fingers crossed you pick me"), AFJ, "present", id="afj-fingers-crossed-pick-me"),
    pytest.param(_closing("I hope it's not me who has to do the on-call rota!"), AFJ, "missing", id="afj-hope-not-me-not"),
    pytest.param(_closing("I'd love to hear a yes from you soon."), AFJ, "present", id="afj-hear-a-yes"),
    pytest.param(_closing("I'd love to hear from you soon."), AFJ, "missing", id="afj-hear-from-you-not"),
    pytest.param(_closing("For me will be a big pleasure to work in this hotel."), "express_interest", "present", id="ei-for-me-pleasure"),
    pytest.param(_closing("Is a privilege for me to work here."), "express_interest", "present", id="ei-privilege-no-subject"),
    pytest.param(_closing("It's a pleasure to meet you."), "express_interest", "missing", id="ei-pleasure-to-meet-not"),
    pytest.param(_closing("It was a pleasure to work with you at the fair."), "express_interest", "missing", id="ei-pleasure-past-not"),
    pytest.param(_closing("I have much motivation for this position."), "express_interest", "present", id="ei-much-motivation"),
    pytest.param(_closing("I have no motivation for this job."), "express_interest", "missing", id="ei-no-motivation-not"),
    pytest.param(_closing("I like a lot this company."), "express_interest", "present", id="ei-like-a-lot-order"),
    pytest.param(_closing("I would love work in IT support here."), "express_interest", "present", id="ei-love-work-no-to"),
    pytest.param(_closing("I would love work-life balance."), "express_interest", "missing", id="ei-love-work-life-not"),
    pytest.param(_closing("I want to contribute to your company."), "express_interest", "present", id="ei-contribute-to-company"),
    pytest.param(_closing("I want to contribute to the discussion."), "express_interest", "missing", id="ei-contribute-discussion-not"),
    pytest.param(_closing("I want to be the person you choose."), "express_interest", "present", id="ei-person-you-choose"),
    pytest.param(_closing("I'd like to work towards accreditation."), "express_interest", "missing", id="ei-work-towards-accreditation-not"),
    pytest.param(_closing("I want to work towards becoming a senior conservator."), "express_interest", "missing", id="ei-work-towards-becoming-not"),
    pytest.param(_closing("I'd really like to work toward full registration."), "express_interest", "missing", id="ei-work-toward-registration-not"),
    pytest.param(_closing("I'd love to work towards the goals of your team."), "express_interest", "present", id="ei-work-towards-team-goals"),
    pytest.param(_closing("I'd like to work on your collection."), "express_interest", "present", id="ei-work-on-collection"),
    pytest.param(_closing("I really wanted this job, but after the test I think is finished for me."), "express_interest", "missing", id="ei-wanted-but-finished-not"),
    pytest.param(_closing("I really wanted this, but I think I blew it on the coding task."), "express_interest", "present", id="ei-wanted-but-blew-it"),
    pytest.param(_closing("I hope I can go to the simulator stage and show you what I can do."), AFJ, "present", id="afj-go-to-simulator-stage"),
    pytest.param(_closing("I hope to come to the panel interview."), AFJ, "present", id="afj-come-to-panel-interview"),
    pytest.param(_closing("I'd love to go to the practical stage."), AFJ, "present", id="afj-go-to-practical-stage"),
    pytest.param(_closing("I hope I can go to the beach this weekend."), AFJ, "missing", id="afj-go-to-beach-not"),
    pytest.param(_closing("I want to go to the board meeting."), AFJ, "missing", id="afj-go-to-board-meeting-not"),
    pytest.param(_closing("When I can start? I am available from tomorrow."), AFJ, "present", id="afj-when-i-can-start"),
    pytest.param(_closing("I will tell you when I can start."), AFJ, "missing", id="afj-tell-you-when-i-can-start-not"),
    pytest.param(_closing("So what I must do for the next round?"), AFJ, "present", id="afj-what-i-must-do-next-round"),
    pytest.param(_closing("What should I do for pass to the next stage?"), AFJ, "present", id="afj-what-do-for-pass-next-stage"),
    pytest.param(_closing("What I must do in the first week?"), AFJ, "missing", id="afj-what-i-must-do-first-week-not"),
    pytest.param(_closing("I hope to work with the kids here from September."), AFJ, "present", id="afj-hope-to-work-here-object"),
    pytest.param(_closing("I hope to work from home here and there."), AFJ, "missing", id="afj-work-from-home-not"),
    pytest.param(_closing("Please let me show you in the trial day what I can do."), AFJ, "present", id="afj-let-me-show-what-i-can-do"),
    pytest.param(_closing("Let me show you what I'm capable of."), AFJ, "present", id="afj-let-me-show-capable"),
    pytest.param(_closing("Let me show you what I mean."), AFJ, "missing", id="afj-show-what-i-mean-not"),
    pytest.param(_closing("inshallah i will get the job um thank you"), AFJ, "present", id="afj-inshallah-get-the-job"),
    pytest.param(_closing("Hopefully I'll get the job done by Friday."), AFJ, "missing", id="afj-get-the-job-done-not"),
    pytest.param(_offer_said(_S22_OFFER, "Let me think please, is a big change for me."), AFJ, "partial", id="afj-think-please-partial"),
    pytest.param(_offer_said(_S22_OFFER, "I need to think a little. Is possible to answer you until Friday?"), AFJ, "present", id="afj-answer-you-until-friday"),
    pytest.param(_closing("I think you will choose other person."), "stay_positive", "missing"),
    pytest.param(_closing("Will you choose other candidate?"), "stay_positive", "present"),
    pytest.param(_closing("Sorry for make you lose your time."), "stay_positive", "missing"),
    pytest.param(_closing("You are losing your time with me."), "stay_positive", "missing"),
    pytest.param(_closing("I lost track of time, sorry!"), "stay_positive", "present"),
    pytest.param(_closing("Sorry you lost so much time in traffic because of me."), "stay_positive", "present"),
    pytest.param(_closing("I think my English is too bad for this position, I am sorry."), "stay_positive", "missing"),
    pytest.param(_closing("My level is too low for this job."), "stay_positive", "missing"),
    pytest.param(_closing("My salary is too low for my experience."), "stay_positive", "present"),
    pytest.param(_closing("My experience is not enough for this position."), "stay_positive", "missing"),
    pytest.param(_closing("My English is not enough good for this job."), "stay_positive", "missing"),
    pytest.param(_closing("My English is too basic for this role?"), "stay_positive", "present"),
    pytest.param(_closing("My English is not bad, I think."), "stay_positive", "present"),
    pytest.param(_closing("i think i lost this one but anyway thank you"), "stay_positive", "missing"),
    pytest.param(_closing("I think I lose this one."), "stay_positive", "missing"),
    pytest.param(_closing("I think I lost it on the way here, my badge."), "stay_positive", "present"),
    pytest.param(_closing("I am sure the other candidates are much better than me, so..."), "stay_positive", "missing"),
    pytest.param(_closing("I know other candidates performed better than me."), "stay_positive", "missing"),
    pytest.param(_closing("You have two more candidates to see today, right?"), "stay_positive", "present"),
    pytest.param(_closing("Maybe this job is too much for me."), "stay_positive", "missing"),
    pytest.param(_closing("The position is a bit too senior for me, honestly."), "stay_positive", "missing"),
    pytest.param(_closing("The commute is too much for me."), "stay_positive", "present"),
    pytest.param(_closing("Is this role too senior for me?"), "stay_positive", "present"),
    pytest.param(_closing("It is fine, I will search other job."), "stay_positive", "missing"),
    pytest.param(_closing("I'll have to look for another job."), "stay_positive", "missing"),
    pytest.param(_closing("I'm looking for another job because my contract ends."), "stay_positive", "present"),
    pytest.param(_closing("I will look for other opportunities in the company later, after some years here."), "stay_positive", "present"),
    pytest.param(_closing("I am not qualify enough."), "stay_positive", "missing"),
    pytest.param(_closing("I think I was the worst candidate today."), "stay_positive", "missing"),
    pytest.param(_closing("We had a poor candidate experience at my last company."), "stay_positive", "present"),
    pytest.param(_closing("After the test I think is finished for me."), "stay_positive", "missing"),
    pytest.param(_closing("Don't worry if you don't call me, I know already the answer."), "stay_positive", "missing"),
    pytest.param(_closing("I already know the answer to that, thanks."), "stay_positive", "present"),
    pytest.param(_closing("I know the answer, it is in the advert."), "stay_positive", "present"),
    pytest.param(_closing("If I don't hear nothing, I can call you?"), "follow_up", "present"),
    pytest.param(_closing("If I don't receive answer until Friday, I can call you?"), "follow_up", "present"),
    pytest.param(_closing("I don't want to call you."), "follow_up", "missing"),
    pytest.param(_closing("The team is very sympathetic, I would love to work with them."), "express_interest", "present"),
    pytest.param(_closing("The team is excited about the launch."), "express_interest", "missing"),
    pytest.param(_closing("My friend said I would love it there."), "express_interest", "missing"),
    pytest.param(_closing("How long takes the process for decide?"), "clarify_next_steps", "present", id="cns-how-long-takes-process"),
    pytest.param(_closing("How much time takes the selection?"), "clarify_next_steps", "present", id="cns-how-much-time-takes"),
    pytest.param(_closing("How long takes the training?"), "clarify_next_steps", "missing", id="cns-how-long-takes-training-not"),
    pytest.param(_closing("In how many days I receive the answer, more or less?"), "clarify_next_steps", "present", id="cns-in-how-many-days"),
    pytest.param(_closing("In how many days do you deliver to the stores?"), "clarify_next_steps", "missing", id="cns-in-how-many-days-deliver-not"),
    pytest.param(_closing("Is possible to know the decision until end of week?"), "clarify_next_steps", "present", id="cns-know-decision-until"),
    pytest.param(_closing("Will I get the answer this week?"), "clarify_next_steps", "present", id="cns-get-answer-this-week"),
    pytest.param(_closing("Can I know the rota by Friday?"), "clarify_next_steps", "missing", id="cns-know-rota-not"),
    pytest.param(_closing("You will call me or send email with the result?"), "clarify_next_steps", "present", id="cns-you-call-me-or"),
    pytest.param(_closing("You call the customers or you send email?"), "clarify_next_steps", "missing", id="cns-you-call-customers-not"),
    pytest.param(_closing("After this, what happens?"), "clarify_next_steps", "present", id="cns-after-this-what-happens"),
    pytest.param(_closing("After today, what happens to the old system?"), "clarify_next_steps", "missing", id="cns-after-today-system-not"),
    pytest.param(_closing("I wait your answer, thank you."), "clarify_next_steps", "present", id="cns-i-wait-your-answer"),
    pytest.param(_closing("I wait the bus outside."), "clarify_next_steps", "missing", id="cns-wait-the-bus-not"),
    pytest.param([(INT, HANDOVER), (CAND, "No, all clear."), (INT, "We will call you next week."), (CAND, "okay okay so next week you call me perfect")], "clarify_next_steps", "present", id="cns-reply-you-call-me"),
    pytest.param(_closing("Good. And is there a medical before you start?"), "clarify_next_steps", "present", id="cns-medical-before-start"),
    pytest.param(_closing("I need to do medical exam or something?"), "clarify_next_steps", "present", id="cns-need-medical-exam"),
    pytest.param(_closing("Will there be a background check?"), "clarify_next_steps", "present", id="cns-background-check"),
    pytest.param(_closing("Do I have to do a drug test before I start?"), "clarify_next_steps", "present", id="cns-drug-test-before-start"),
    pytest.param(_closing("And the medical, once I've said yes, do you book that or do I?"), "clarify_next_steps", "present", id="cns-book-medical-or-do-i"),
    pytest.param(_closing("Who organises the background check?"), "clarify_next_steps", "present", id="cns-who-organises-check"),
    pytest.param(_closing("So what do you need from me to get it all sorted? Right to work, bank details, that kind of thing?"), "clarify_next_steps", "present", id="cns-need-from-me-sorted"),
    pytest.param(_closing("What do you need from me to get things moving?"), "clarify_next_steps", "present", id="cns-need-from-me-moving"),
    pytest.param(_closing("Is there any paperwork I need to fill in?"), "clarify_next_steps", "present", id="cns-paperwork-fill-in"),
    pytest.param(_closing("Is there a medical room on site?"), "clarify_next_steps", "missing", id="cns-medical-room-not"),
    pytest.param(_closing("Is there a fitness test every year?"), "clarify_next_steps", "missing", id="cns-fitness-test-yearly-not"),
    pytest.param(_closing("Do I need a medical degree?"), "clarify_next_steps", "missing", id="cns-medical-degree-not"),
    pytest.param(_closing("Do I have to check the brakes?"), "clarify_next_steps", "missing", id="cns-check-brakes-not"),
    pytest.param(_closing("What do you need from me to do well in the role?"), "clarify_next_steps", "missing", id="cns-need-from-me-role-not"),
    pytest.param(_closing("Who books the training courses, you or me?"), "clarify_next_steps", "missing", id="cns-who-books-training-not"),
    pytest.param(_closing("What paperwork do drivers fill in after each delivery?"), "clarify_next_steps", "missing", id="cns-drivers-paperwork-not"),
    pytest.param(_closing("Who will be my contact person for the next days, you or HR?"), "follow_up", "present", id="fu-who-will-be-my-contact"),
    pytest.param(_closing("Who'd be the point of contact for clients?"), "follow_up", "missing", id="fu-contact-for-clients-not"),
    pytest.param(_closing("To which email I send the signed documents?"), "follow_up", "present", id="fu-which-email-i-send"),
    pytest.param(_closing("Where do I send my references?"), "follow_up", "present", id="fu-where-do-i-send"),
    pytest.param(_closing("Where do customers send returns?"), "follow_up", "missing", id="fu-where-customers-send-not"),
    pytest.param(_closing("Monday, okay. And if I don't hear nothing, I can call you?"), "follow_up", "present", id="fu-if-dont-hear-nothing"),
    pytest.param(_closing("If I don't hear the alarm, I call the supervisor?"), "follow_up", "missing", id="fu-if-dont-hear-alarm-not"),
    pytest.param(_closing("Is there any reason for what you would not hire me?"), "ask_concerns", "present", id="ac-reason-for-what-not-hire"),
    pytest.param(_closing("Would be a problem for hire me that I don't have the UK driving licence yet?"), "ask_concerns", "present", id="ac-problem-that-i-dont-have"),
    pytest.param(_closing("Would be an issue that I have no Canadian experience?"), "ask_concerns", "present", id="ac-issue-that-i-have-no"),
    pytest.param(_closing("Is it a problem that the lift is broken?"), "ask_concerns", "missing", id="ac-problem-lift-not"),
    pytest.param(_closing("Would it be a problem to start at eight?"), "ask_concerns", "missing", id="ac-problem-start-eight-not"),
    pytest.param(_closing("In case I have doubts later, to whom I can write?"), "ask_concerns", "missing", id="ac-my-doubts-later-not"),
    pytest.param(_closing("I will send you email for thank you tonight."), "thank_interviewer", "missing", id="ti-email-for-thank-you-not"),
    pytest.param(_closing("I will send a message for say thank you."), "thank_interviewer", "missing", id="ti-message-for-say-thanks-not"),
    pytest.param(_closing("I'll write it down for sure, thank you."), "thank_interviewer", "present", id="ti-write-down-for-sure-thanks"),
    pytest.param(_x22a_process("If this goes forward, the last stage is a sit-down with the owner next week.", "So final interview with the owner next week — great, I'll clear my diary."), "clarify_next_steps", "present", id="x22a-if-forward-last-stage-echo"),
    pytest.param(_x22a_process("If all goes well, the next step would be a chat with the director in a fortnight.", "Perfect, a chat with the director then. Sounds good."), "clarify_next_steps", "present", id="x22a-if-well-next-step-would-be"),
    pytest.param(_x22a_process("If we do go ahead, there's a final round with the CEO next week.", "Okay, final round next week, great."), "clarify_next_steps", "present", id="x22a-if-ahead-theres-final-round"),
    pytest.param(_x22a_process("If everything checks out, then the final step is a reference check.", "Okay, a reference check, no problem."), "clarify_next_steps", "present", id="x22a-if-then-final-step"),
    pytest.param(_x22a_process("If you want, I can tell you about parking.", "Sounds good."), "clarify_next_steps", "missing", id="x22a-if-you-want-parking-not"),
    pytest.param(_x22a_process("If we had the budget, we'd have you back for a second interview.", "Okay."), "clarify_next_steps", "missing", id="x22a-if-budget-have-you-back-not"),
    pytest.param(_closing("If you offered me the job, I'd take it."), "ask_for_job", "missing", id="x22a-cand-if-offered-take-it-not"),
    pytest.param(_closing("If you offered me the role, I would accept on the spot."), "ask_for_job", "missing", id="x22a-cand-if-offered-accept-not"),
    pytest.param(_closing("If I don't get it, the next step is I'll look elsewhere."), "clarify_next_steps", "missing", id="x22a-cand-next-step-is-i-not"),
    pytest.param(_closing("I blew it. But thanks anyway."), "stay_positive", "missing", id="x22a-blew-it-thanks-anyway-not"),
    pytest.param(_closing("I nearly blew it. And I think that cost me."), "stay_positive", "missing", id="x22a-nearly-cost-me-not"),
    pytest.param(_closing("I almost didn't apply. I thought I had no chance, and I was right."), "stay_positive", "missing", id="x22a-almost-no-chance-right-not"),
    pytest.param(_offer_said(_X22B_OFFER, "Let's go!"), AFJ, "present", id="x22b-lets-go"),
    pytest.param(_offer_said(_X22B_OFFER, "Let's go for it!"), AFJ, "present", id="x22b-lets-go-for-it"),
    pytest.param(_offer_said(_X22B_OFFER, "Ok, send the contract over then"), AFJ, "present", id="x22b-ok-send-contract"),
    pytest.param(_offer_said(_X22B_OFFER, "Sounds great, send it over!"), AFJ, "present", id="x22b-sounds-great-send"),
    pytest.param(_offer_said(_X22B_OFFER, "Deal."), AFJ, "present", id="x22b-deal"),
    pytest.param(_offer_said(_X22B_OFFER, "Sign me up!"), AFJ, "present", id="x22b-sign-me-up"),
    pytest.param(_offer_said(_X22B_OFFER, "I'm all in."), AFJ, "present", id="x22b-all-in"),
    pytest.param(_offer_said(_X22B_OFFER, "Let's go through the contract first."), AFJ, "partial", id="x22b-go-through-contract-not-yes"),
    pytest.param(_offer_said(_X22B_OFFER, "Let's go back to the salary."), AFJ, "missing", id="x22b-go-back-salary-not"),
    pytest.param(_offer_said(_X22B_OFFER, "Ok, don't send it over yet."), AFJ, "missing", id="x22b-dont-send-not"),
    pytest.param(_offer_said(_X22B_OFFER, "Okay, send me the job description."), AFJ, "missing", id="x22b-send-jd-not"),
    pytest.param(_closing("Let's go!"), AFJ, "missing", id="x22b-lets-go-no-offer-not"),
    pytest.param(_closing("Ok, send it over."), AFJ, "missing", id="x22b-send-no-offer-not"),
    pytest.param(_offer_said(_X22B_OFFER, "Lemme hit u back tmrw"), AFJ, "present", id="x22b-hit-u-back-tmrw"),
    pytest.param(_offer_said(_X22B_OFFER, "Lemme hit u back tmrw"), "follow_up", "missing", id="x22b-hit-u-back-tmrw-not-fu"),
    pytest.param(_offer_said(_X22B_OFFER, "I'll hit you back tomorrow with an answer"), "follow_up", "missing", id="x22b-hit-back-answer-not-fu"),
    pytest.param(_offer_said(_X22B_OFFER, "I'll get back to you Friday with my answer"), AFJ, "present", id="x22b-get-back-friday-answer"),
    pytest.param(_offer_said(_X22B_OFFER, "I'll touch base on Monday."), AFJ, "present", id="x22b-touch-base-monday"),
    pytest.param(_offer_said(_X22B_OFFER, "I'll touch base with my wife tonight."), AFJ, "missing", id="x22b-touch-base-wife-not"),
    pytest.param(_offer_said(_X22B_OFFER, "I'll email you with any questions."), "follow_up", "present", id="x22b-email-questions-still-fu"),
    pytest.param(_closing("I'll hit you back tomorrow."), "follow_up", "present", id="x22b-hit-back-no-offer-fu"),
    pytest.param(_closing("is there anything that would make my application a harder sell to your boss"), "ask_concerns", "present", id="x22b-ac-harder-sell-stt"),
    pytest.param(_closing("if you had to pick one weakness from today what would it be"), "ask_concerns", "present", id="x22b-ac-pick-weakness-stt"),
    pytest.param(_closing("if you could flag one gap in my experience which would it be"), "ask_concerns", "present", id="x22b-ac-flag-gap-stt"),
    pytest.param(_closing("whats the biggest gap you see"), "ask_concerns", "present", id="x22b-ac-biggest-gap-stt"),
    pytest.param(_closing("i know my biggest weakness is delegation"), "ask_concerns", "missing", id="x22b-ac-know-weakness-not"),
    pytest.param(_closing("if i had to pick one weakness it'd be delegation"), "ask_concerns", "missing", id="x22b-ac-i-pick-weakness-not"),
    pytest.param(_closing("the biggest gap you see in the market is pricing"), "ask_concerns", "missing", id="x22b-ac-gap-market-not"),
])
def test_session22_rule_fixes(analyzer, turns, behaviour, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


# The offer two turns back ("Do you have any questions before you go?" in between): asking leave to call with the answer
# asks for time (ask_for_job), and the same words are no follow-up; asking how to reach them still is.
@pytest.mark.parametrize("answer,afj,fu", [
    ("Gosh, thank you. Could I touch base on Monday with an answer?", "present", "missing"),
    ("Can I give you a ring on Monday with my answer?", "present", "missing"),
    ("Can I circle back on Monday?", "present", "missing"),
    ("What's the best way to reach you if I have questions about the contract?", "missing", "present"),
    ("Lovely. What's the best way to get back to you when I've decided?", "partial", "present"),
])
def test_offer_answer_in_contact_words_two_turns_after_the_offer(analyzer, answer, afj, fu):
    turns = [(INT, HANDOVER), (CAND, "Not really."), (INT, "We'd like to offer you the role, starting in March."),
             (CAND, "Oh, wow. That's lovely to hear."), (INT, "Do you have any questions for me before you go?"), (CAND, answer)]
    found = mini(analyzer, turns)
    assert (found["ask_for_job"].status, found["follow_up"].status) == (afj, fu), _explain(found["follow_up"])


# r35a dialect English: negation and reporting scope ("instead of", Scots "no"/"-nae", a first-person wish after a
# description of others) and stay_positive families ("is that me done?", "there's always the next one", Irish "after").
_R35A_OFFER = "So, the job's yours if you want it."


@pytest.mark.parametrize("turns,behaviour,status", [
    pytest.param(_offer_said(_R35A_OFFER, "If yous offered me days instead of nights I'd take it, like."), AFJ, "missing", id="r35a-instead-of-if"),
    pytest.param(_offer_said(_R35A_OFFER, "If y'all moved me to days instead, I'd take it."), AFJ, "missing", id="r35a-instead-comma-if"),
    pytest.param(_closing("um the team sounds proper mint id be buzzing to join"), "express_interest", "present", id="r35a-team-sounds-run-on-wish"),
    pytest.param(_closing("your staff seem lovely i really want to work here"), "express_interest", "present", id="r35a-staff-seem-run-on-want"),
    pytest.param(_closing("The team seems sound, I'd be chuffed to join."), "express_interest", "present", id="r35a-comma-chuffed"),
    pytest.param(_closing("my mate reckons i would love to work here"), "express_interest", "missing", id="r35a-reckons-stays-reported"),
    pytest.param(_closing("i was telling my friend like i really want a job in logistics"), "express_interest", "missing", id="r35a-quotative-like-reported"),
    pytest.param(_closing("I'm no that keen on the job, if I'm honest."), "express_interest", "missing", id="r35a-scots-no-keen"),
    pytest.param(_closing("I canna say I'm interested in this role."), "express_interest", "missing", id="r35a-scots-canna"),
    pytest.param(_closing("No, that's fine, I'm really keen on the job."), "express_interest", "present", id="r35a-no-interjection-keen"),
    pytest.param(_closing("it's no problem, I'm so keen on the role."), "express_interest", "present", id="r35a-no-problem-keen"),
    pytest.param(_closing("Is there another interview or is that me done?"), "stay_positive", "present", id="r35a-is-that-me-done-q"),
    pytest.param(_closing("Is that me finished?"), "stay_positive", "present", id="r35a-is-that-me-finished-q"),
    pytest.param(_closing("that's me done for."), "stay_positive", "missing", id="r35a-me-done-for"),
    pytest.param(_closing("Ah well, there's always the next one, I suppose, this one's not for me."), "stay_positive", "missing", id="r35a-always-next-one"),
    pytest.param(_closing("There'll always be another job, eh."), "stay_positive", "missing", id="r35a-always-another-job"),
    pytest.param(_closing("there'll be another interview with the manager next week."), "stay_positive", "present", id="r35a-another-interview-process"),
    pytest.param(_closing("Sorry I'm a bit all over the place, I'm just after a twelve-hour shift, but I meant every word."), "stay_positive", "present", id="r35a-scattered-but-meant-it"),
    pytest.param(_closing("I was all over the place, but thanks for your time."), "stay_positive", "missing", id="r35a-scattered-thanks-still-missing"),
    pytest.param(_closing("I'm after making a hames of that, sorry."), "stay_positive", "missing", id="r35a-after-making-hames"),
    pytest.param(_closing("I'm after making a cake for the staff room."), "stay_positive", "present", id="r35a-after-making-cake"),
])
def test_r35a_dialect_scope_and_stay_positive(analyzer, turns, behaviour, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


# r35b regional and dialect English (the `de` batch): dialect delight and intensifiers, the trade as the job ("buzzing to cook here"),
# "I reckon I'd be a good fit" before a question, hoping to see the interviewer at work, "to actually get the job", and a yes that
# hangs on a condition ("If yous offered me days instead of nights I'd take it").
_R35B_OFFER = "So, the job's yours if you want it."


@pytest.mark.parametrize("turns,behaviour,status", [
    pytest.param(_closing("Your kitchen's proper mint, like, I'd be buzzing to cook here."), "express_interest", "present", id="r35b-buzzing-to-cook-here"),
    pytest.param(_closing("I'd be buzzing to nurse on this ward."), "express_interest", "present", id="r35b-buzzing-to-nurse"),
    pytest.param(_closing("I'd be rapt to join the team."), "express_interest", "present", id="r35b-rapt-to-join"),
    pytest.param(_closing("I'd be stoked to get the job."), "express_interest", "present", id="r35b-stoked-to-get-job"),
    pytest.param(_closing("id be shuffed to bits to get it"), "express_interest", "present", id="r35b-shuffed-to-bits-asr"),
    pytest.param(_closing("I'd be over the moon to join yous."), "express_interest", "present", id="r35b-would-be-over-the-moon"),
    pytest.param(_closing("um the the team sounds proper mint id be buzzing to join"), "express_interest", "present", id="r35b-team-sounds-mint-asr"),
    pytest.param(_closing("I reckon I'd be a real good fit and I want it, any concerns about me I can answer?"), "express_interest", "present", id="r35b-reckon-good-fit-then-question"),
    pytest.param(_closing("I think I'd be a great fit here, is there anything holding you back?"), "express_interest", "present", id="r35b-think-great-fit-then-question"),
    pytest.param(_closing("Do you think I'd be a good fit?"), "express_interest", "missing", id="r35b-do-you-think-good-fit-not"),
    pytest.param(_closing("I don't think I'd be a good fit."), "express_interest", "missing", id="r35b-dont-think-good-fit-not"),
    pytest.param(_closing("I'd be happy to cook a trial dish for you."), "express_interest", "missing", id="r35b-happy-to-cook-trial-not"),
    pytest.param(_closing("Thanks for the tour, the place is savage, I've never seen a pass that size."), "express_interest", "missing", id="r35b-place-savage-not"),
    pytest.param(_closing("Hope to see yous on the ward soon, ta-ra!"), "ask_for_job", "present", id="r35b-hope-see-yous-on-ward"),
    pytest.param(_closing("Hopefully see y'all in the kitchen soon."), "ask_for_job", "present", id="r35b-hopefully-see-yall-kitchen"),
    pytest.param(_closing("Hope I'll be seeing you on shift soon."), "ask_for_job", "present", id="r35b-hope-seeing-you-on-shift"),
    pytest.param(_closing("Hope to see you soon."), "ask_for_job", "missing", id="r35b-hope-see-you-soon-not"),
    pytest.param(_closing("Hope to see you at the open day."), "ask_for_job", "missing", id="r35b-hope-see-you-open-day-not"),
    pytest.param(_closing("um what um what would i need to do to actually get the job"), "ask_for_job", "present", id="r35b-need-to-do-to-actually-get"),
    pytest.param(_closing("What do I have to do to actually land the job?"), "ask_for_job", "present", id="r35b-have-to-do-to-actually-land"),
    pytest.param(_closing("Give us a start, yous won't regret it."), "ask_for_job", "present", id="r35b-give-us-a-start"),
    pytest.param(_closing("Give me a start date and I'll sort my notice."), "ask_for_job", "missing", id="r35b-give-me-start-date-not"),
    pytest.param(_offer_said(_R35B_OFFER, "If yous offered me days instead of nights I'd take it, like."), "ask_for_job", "missing", id="r35b-if-offered-days-instead-take-it-not"),
    pytest.param(_offer_said(_R35B_OFFER, "If you gave me days instead of nights, I'd accept."), "ask_for_job", "missing", id="r35b-if-gave-days-instead-accept-not"),
    pytest.param(_offer_said(_R35B_OFFER, "Yes, I'll take it."), "ask_for_job", "present", id="r35b-yes-take-it"),
])
def test_r35b_dialect_rule_fixes(analyzer, turns, behaviour, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


# r35c: regional and dialect English (yous / ye / y'all, ta-ra, give yous a bell, kindly ..., 'preciate) and its near-misses
@pytest.mark.parametrize("turns,behaviour,status", [
    pytest.param(_closing("Hope to see yous on the ward soon, ta-ra!"), "thank_interviewer", "missing", id="r35c-ta-ra-goodbye-not"),
    pytest.param(_closing("Ta ta for now, see yous."), "thank_interviewer", "missing", id="r35c-ta-ta-for-now-not"),
    pytest.param(_closing("Nah ta, I'm alright for water."), "thank_interviewer", "missing", id="r35c-nah-ta-declines-not"),
    pytest.param(_closing("Ta very much for seeing me, ta-ra."), "thank_interviewer", "present", id="r35c-ta-very-much-then-ta-ra"),
    pytest.param(_closing("Preciate y'all takin' the time."), "thank_interviewer", "present", id="r35c-preciate-yall"),
    pytest.param(_closing("I'm much obliged to ye for the time."), "thank_interviewer", "present", id="r35c-obliged-to-ye"),
    pytest.param(_closing("God bless you for your time, sir."), "thank_interviewer", "present", id="r35c-bless-you-for"),
    pytest.param(_closing("I felt obliged to the team to stay on."), "thank_interviewer", "missing", id="r35c-obliged-duty-not"),
    pytest.param(_closing("ill give use a bill friday"), "follow_up", "present", id="r35c-asr-give-use-a-bill-friday"),
    pytest.param(_closing("I'll give yous a ring next week."), "follow_up", "present", id="r35c-give-yous-a-ring"),
    pytest.param(_closing("I'll give you a bill for the trial shift."), "follow_up", "missing", id="r35c-bill-invoice-not"),
    pytest.param(_closing("Will it be an email or a phone call to let me know, and roughly when?"), "clarify_next_steps", "present", id="r35c-channel-to-let-know"),
    pytest.param(_closing("Would I hear back by text or by email?"), "clarify_next_steps", "present", id="r35c-hear-by-channel"),
    pytest.param(_closing("I'll send you an email to let you know."), "clarify_next_steps", "missing", id="r35c-email-to-let-you-know-not"),
    pytest.param(_closing("Kindly let me know by what date the result will come."), "clarify_next_steps", "present", id="r35c-by-what-date-result"),
    pytest.param(_closing("On which day will the results be declared?"), "clarify_next_steps", "present", id="r35c-which-day-results"),
    pytest.param(_closing("Is the DBS paid by yous or do I sort it?"), "clarify_next_steps", "missing", id="r35c-who-pays-dbs-not"),
    pytest.param(_closing("Does the medical cost anything or do you book it?"), "clarify_next_steps", "missing", id="r35c-medical-cost-not"),
    pytest.param(_x22a_process("We'll give you a call on Friday either way.", "Right so yous'll ring me Friday, sound."), "clarify_next_steps", "present", id="r35c-yousll-ring-me-friday"),
    pytest.param(_x22a_process("We'll give yous a bell next week.", "Grand, I'll keep me phone on."), "clarify_next_steps", "present", id="r35c-give-yous-a-bell-prompt"),
    pytest.param(_x22a_process("Your second interview will be Tuesday at ten.", "Right, I've got the address for the second interview, see you Tuesday then."), "clarify_next_steps", "present", id="r35c-see-you-tuesday-then"),
    pytest.param(_x22a_process("Your second interview will be Tuesday at ten.", "Lovely, see yous then!"), "clarify_next_steps", "present", id="r35c-see-yous-then"),
    pytest.param(_x22a_process("Thanks for coming in today.", "See you then!"), "clarify_next_steps", "missing", id="r35c-see-you-no-step-not"),
    pytest.param(_closing("See you Tuesday then."), "clarify_next_steps", "missing", id="r35c-see-you-no-prompt-not"),
])
def test_r35c_dialect_rule_fixes(analyzer, turns, behaviour, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)


# h20b: "when I need a decision" in a statement is no timing question; suppositions about getting or taking the job hold the ask
# after their comma; the decision's timing in a senior register; the gaps between the candidate and the need; dropped-g interest;
# the steps once the candidate's own answer is yes
_H20B_OFFER = "We'd like to offer you the job."


@pytest.mark.parametrize("turns,behaviour,status", [
    pytest.param(_closing("Someone who lets me get on with it, but who is around when I need a decision."), "clarify_next_steps", "missing", id="h20b-cns-around-when-i-need-not"),
    pytest.param(_closing("When I hear back from customers I usually write it up the same day."), "clarify_next_steps", "missing", id="h20b-cns-when-i-hear-customers-not"),
    pytest.param(_closing("When we need a decision, we escalate to the director."), "clarify_next_steps", "missing", id="h20b-cns-when-we-need-not"),
    pytest.param(_closing("When do you need a decision from me?"), "clarify_next_steps", "present", id="h20b-cns-when-do-you-need"),
    pytest.param(_closing("Can I ask when you need a decision by?"), "clarify_next_steps", "present", id="h20b-cns-ask-when-you-need"),
    pytest.param(_closing("When we hear back from you, what happens?"), "clarify_next_steps", "present", id="h20b-cns-when-we-hear-what-happens"),
    pytest.param(_closing("What's your thinking on timing for the decision?"), "clarify_next_steps", "present", id="h20b-cns-thinking-on-timing-decision"),
    pytest.param(_closing("What's your sense of timing on a decision?"), "clarify_next_steps", "present", id="h20b-cns-sense-of-timing"),
    pytest.param(_closing("What's your thinking on timing for the migration?"), "clarify_next_steps", "missing", id="h20b-cns-timing-migration-not"),
    pytest.param(_closing("What's your thinking on the project timeline?"), "clarify_next_steps", "missing", id="h20b-cns-project-timeline-not"),
    pytest.param(_offer_said(_H20B_OFFER, "Perfect. And if it's a yes, what happens after that, do I get the contract by email?"), "clarify_next_steps", "present", id="h20b-cns-if-its-a-yes"),
    pytest.param(_offer_said(_H20B_OFFER, "Assuming the answer's yes, how does it work from there?"), "clarify_next_steps", "present", id="h20b-cns-assuming-yes"),
    pytest.param(_closing("If it's a yes, what does the team do on Fridays?"), "clarify_next_steps", "missing", id="h20b-cns-if-yes-team-not"),
    pytest.param(_closing("If I were to get it, when would I start?"), "ask_for_job", "missing", id="h20b-afj-if-i-were-to"),
    pytest.param(_closing("If I was to get the job, when could I start?"), "ask_for_job", "missing", id="h20b-afj-if-i-was-to"),
    pytest.param(_closing("Were I to be offered the role, when would I start?"), "ask_for_job", "missing", id="h20b-afj-were-i-to"),
    pytest.param(_closing("Should I get the job, when would I start?"), "ask_for_job", "missing", id="h20b-afj-should-i-get"),
    pytest.param(_closing("In the event that I get the job, when would I start?"), "ask_for_job", "missing", id="h20b-afj-in-the-event"),
    pytest.param(_closing("I want this job. When can I start?"), "ask_for_job", "present", id="h20b-afj-unconditional-still"),
    pytest.param(_closing("I'd love the job. If there's a second round, I'm free any day. When can I start?"), "ask_for_job", "present", id="h20b-afj-condition-elsewhere-still"),
    pytest.param(_offer_said(_H20B_OFFER, "Oh wow. If I were to say yes, when would I start?"), "ask_for_job", "missing", id="h20b-afj-offer-if-i-were-to-say-yes"),
    pytest.param(_offer_said(_H20B_OFFER, "Should I accept, when would I start?"), "ask_for_job", "missing", id="h20b-afj-offer-should-i-accept"),
    pytest.param(_offer_said(_H20B_OFFER, "Yes! When can I start?"), "ask_for_job", "present", id="h20b-afj-offer-yes-still"),
    pytest.param(_closing("Where do you see the gaps, if any, between my experience and what the board wants?"), "ask_concerns", "present", id="h20b-ac-gaps-if-any-between"),
    pytest.param(_closing("Is there a mismatch, do you think, between my experience and what the role needs?"), "ask_concerns", "present", id="h20b-ac-mismatch-do-you-think"),
    pytest.param(_closing("Where do you see the weak spots between my profile and the brief?"), "ask_concerns", "present", id="h20b-ac-weak-spots-between"),
    pytest.param(_closing("I know there's a gap between my experience and what the board wants, but I learn fast."), "ask_concerns", "missing", id="h20b-ac-i-know-gap-not"),
    pytest.param(_closing("Where I see the gap between my skills and the role is in budgeting."), "ask_concerns", "missing", id="h20b-ac-where-i-see-gap-not"),
    pytest.param(_closing("This is just the kind of shop I've been hopin' to find."), "express_interest", "present", id="h20b-ei-hopin-to-find"),
    pytest.param(_closing("This is exactly the kind of job I've been lookin' for."), "express_interest", "present", id="h20b-ei-lookin-for"),
    pytest.param(_closing("I'd be proud as can be to work on St. Philip's."), "express_interest", "present", id="h20b-ei-proud-as-can-be"),
    pytest.param(_closing("I was proud to work on the cathedral back home."), "express_interest", "missing", id="h20b-ei-was-proud-past-not"),
])
def test_h20b_rule_fixes(analyzer, turns, behaviour, status):
    f = mini(analyzer, turns)[behaviour]
    assert f.status == status, _explain(f)
