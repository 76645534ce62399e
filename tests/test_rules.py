"""Rule sets are data: loading, validation with precise locations, custom sets, the phrase syntax."""

from __future__ import annotations

import re
import shutil

import pytest
import yaml
from typer.testing import CliRunner

from analyzer.errors import RuleError
from analyzer.rules import BEHAVIOURS, SUPPORT_FILES, _Loader, expand_phrase, load_rules, phrase_regex
from conftest import HANDOVER, RULES_DIR, mini

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}


@pytest.fixture(scope="module")
def bundled():
    return load_rules()


@pytest.fixture
def rules_copy(tmp_path):
    """A private copy of the bundled rules/ folder, to break or extend."""
    dest = tmp_path / "rules"
    shutil.copytree(RULES_DIR, dest)
    return dest


def read_yaml(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def write_yaml(path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def edit(folder, name, change):
    """Load ``folder/name``, let ``change(data)`` modify it, write it back; returns what change returns."""
    path = folder / name
    data = read_yaml(path)
    out = change(data)
    write_yaml(path, data)
    return out


def rules_check(folder):
    from analyzer.cli import app

    return CliRunner(env=ENV).invoke(app, ["rules", "check", str(folder)])


def check_fails(folder, needle: str, *also: str) -> str:
    """``rules check folder`` exits 1 without a traceback, and a line of stderr names ``needle`` and all of ``also``."""
    result = rules_check(folder)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    line = next((ln for ln in result.stderr.splitlines() if needle in ln), "")
    assert line and all(word in line for word in also), result.stderr
    return line


def problems_of(folder) -> list[str]:
    with pytest.raises(RuleError) as info:
        load_rules(folder)
    return info.value.problems


# --------------------------------------------------------------------------- the bundled set

def test_rules_bundled_set_loads(bundled):
    assert tuple(bundled.behaviours) == BEHAVIOURS
    for bid, spec in bundled.behaviours.items():
        assert spec.id == bid
        assert spec.title.strip() and spec.tip.strip() and spec.advice.strip()
        detecting = [r for r in bundled.rules.values() if r.behaviour == bid and r.kind != "exclude"]
        assert detecting, f"{bid} has no detecting pattern"
    assert bundled.closing.handover
    assert bundled.cues
    assert bundled.modifiers.fillers


def test_rules_bundled_ids_unique_and_joined(bundled):
    assert all(rule.id == rid for rid, rule in bundled.rules.items())
    assert not set(bundled.rules) & set(bundled.cues)
    assert all(r.behaviour in BEHAVIOURS for r in bundled.rules.values())


def test_rules_bundled_lists_expanded(bundled):
    """``$name`` word lists are replaced by the lexicon's words before spaCy sees the pattern."""
    def strings(obj):
        if isinstance(obj, str):
            yield obj
        elif isinstance(obj, dict):
            for v in obj.values():
                yield from strings(v)
        elif isinstance(obj, list):
            for v in obj:
                yield from strings(v)

    for rule in bundled.rules.values():
        if isinstance(rule.pattern, list):
            assert not [s for s in strings(rule.pattern) if s.startswith("$")], rule.id


def test_rules_ask_for_job_offer_said_by_interviewer(bundled):
    offers = [r for r in bundled.rules.values() if r.behaviour == "ask_for_job" and r.kind == "offer"]
    assert offers and all(r.speaker == "interviewer" for r in offers)


def test_rules_check_bundled_ok():
    result = rules_check(RULES_DIR)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok:")
    assert "7 behaviours" in result.stdout
    assert "warning" not in result.stderr  # no word in the bundled rules is one the tokenizer splits


def test_rules_check_warns_about_words_no_token_can_have(rules_copy):
    def change(data):
        data["patterns"][0]["pattern"] = [{"LOWER": {"IN": ["e-mail", "email"]}}, {"NORM": "i'm"}, {"NORM": "'m"}]
        return data["patterns"][0]["id"]

    rule_id = edit(rules_copy, "follow_up.yml", change)
    result = rules_check(rules_copy)
    assert result.exit_code == 0, result.output  # a warning, not an error: the set still works
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("warning:")]
    assert len(warnings) == 2, result.stderr  # "e-mail" and "i'm"; "email" and the clitic "'m" are fine
    assert all("follow_up.yml" in w and rule_id in w for w in warnings)
    assert any("'e-mail'" in w and "'e - mail'" in w for w in warnings)


def test_rules_missing_folder(tmp_path):
    problems = problems_of(tmp_path / "nowhere")
    assert "not found" in problems[0]


# --------------------------------------------------------------------------- broken copies

def test_rules_unknown_token_attribute(rules_copy):
    def change(data):
        pat = next(p for p in data["patterns"] if isinstance(p["pattern"], list))
        tok = pat["pattern"][0]
        key = next(iter(tok))
        pat["pattern"][0] = {"NORMM": tok[key], **{k: v for k, v in tok.items() if k != key}}
        return pat["id"]

    pid = edit(rules_copy, "express_interest.yml", change)
    check_fails(rules_copy, "NORMM", "express_interest.yml", pid)


def test_rules_yaml_syntax_error(rules_copy):
    (rules_copy / "follow_up.yml").write_text(
        "id: follow_up\n"
        "title: Said they would follow up\n"
        "tip: a tip\n"
        "advice: follow up: soon\n"  # line 4: a second colon inside a plain value
        "patterns:\n"
        "  - id: fu_x\n"
        "    pattern: follow up\n",
        encoding="utf-8",
    )
    result = rules_check(rules_copy)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert re.search(r"follow_up\.yml.*line 4", result.stderr), result.stderr


def test_rules_unknown_word_list(rules_copy):
    def change(data):
        pat = next(p for p in data["patterns"] if isinstance(p["pattern"], list))
        pat["pattern"][0] = {"NORM": {"IN": ["$no_such_list", "i"]}}
        return pat["id"]

    pid = edit(rules_copy, "clarify_next_steps.yml", change)
    check_fails(rules_copy, "$no_such_list", "clarify_next_steps.yml", pid)


def test_rules_duplicate_pattern_id(rules_copy):
    def change(data):
        first = data["patterns"][0]
        data["patterns"].append({"id": first["id"], "pattern": "thanks a million"})
        return first["id"]

    pid = edit(rules_copy, "thank_interviewer.yml", change)
    check_fails(rules_copy, "duplicate", "thank_interviewer.yml", pid)


def test_rules_duplicate_pattern_id_across_files(rules_copy):
    taken = read_yaml(rules_copy / "follow_up.yml")["patterns"][0]["id"]
    edit(rules_copy, "ask_concerns.yml", lambda d: d["patterns"].append({"id": taken, "pattern": "any worries"}))
    problems = problems_of(rules_copy)
    assert any("duplicate" in p and taken in p for p in problems), problems


def test_rules_missing_behaviour_file(rules_copy):
    (rules_copy / "ask_concerns.yml").unlink()
    check_fails(rules_copy, "ask_concerns.yml", "missing")


@pytest.mark.parametrize("name", SUPPORT_FILES)
def test_rules_missing_support_file(rules_copy, name):
    (rules_copy / name).unlink()
    problems = problems_of(rules_copy)
    assert any(name in p and "missing" in p for p in problems), problems


def test_rules_unknown_kind(rules_copy):
    def change(data):
        data["patterns"][0]["kind"] = "bogus"
        return data["patterns"][0]["id"]

    pid = edit(rules_copy, "follow_up.yml", change)
    check_fails(rules_copy, "bogus", "follow_up.yml", pid, "kind")


def test_rules_unknown_behaviour_file(rules_copy):
    write_yaml(rules_copy / "ask_salary.yml", {
        "id": "ask_salary", "title": "Asked about pay", "tip": "t", "advice": "a",
        "patterns": [{"id": "as_pay", "pattern": "what (does|would) it pay"}],
    })
    check_fails(rules_copy, "ask_salary", "ask_salary.yml", "unknown")


def test_rules_extra_behaviour_file_says_the_name_gives_the_behaviour(rules_copy):
    """A copy of a behaviour file under another name (its id: a real or a new behaviour) is refused for its
    *name*: the line says the behaviour is taken from the file name and lists the seven file names, rather
    than calling the name an "id" that appears nowhere in the file."""
    data = read_yaml(rules_copy / "follow_up.yml")
    data["id"] = "send_thank_you_note"
    write_yaml(rules_copy / "extra.yml", data)
    line = check_fails(rules_copy, "extra.yml", "'extra'", "file name", "follow_up.yml", "express_interest.yml")
    assert "unknown behaviour id" not in line
    assert len(line.splitlines()) == 1
    problems = [p for p in problems_of(rules_copy) if p.startswith("extra.yml")]
    assert len(problems) == 1 and "not a behaviour" in problems[0], problems


def test_rules_unknown_field(rules_copy):
    def change(data):
        data["patterns"][0]["patern"] = data["patterns"][0].pop("pattern")
        return data["patterns"][0]["id"]

    pid = edit(rules_copy, "ask_for_job.yml", change)
    problems = problems_of(rules_copy)
    assert any("ask_for_job.yml" in p and pid in p and "patern" in p for p in problems), problems


def test_rules_bad_phrase_brackets(rules_copy):
    def change(data):
        data["patterns"].append({"id": "ei_broken_phrase", "pattern": "so (keen|eager to join"})

    edit(rules_copy, "express_interest.yml", change)
    problems = problems_of(rules_copy)
    assert any("express_interest.yml" in p and "ei_broken_phrase" in p for p in problems), problems


def test_rules_several_problems_all_reported(rules_copy):
    (rules_copy / "ask_concerns.yml").unlink()
    edit(rules_copy, "follow_up.yml", lambda d: d["patterns"][0].update(kind="bogus"))

    def norm_typo(data):
        pat = next(p for p in data["patterns"] if isinstance(p["pattern"], list))
        tok = pat["pattern"][0]
        key = next(iter(tok))
        pat["pattern"][0] = {"NORMM": tok.pop(key), **tok}

    edit(rules_copy, "express_interest.yml", norm_typo)
    write_yaml(rules_copy / "ask_salary.yml", {"id": "ask_salary", "title": "t", "tip": "t", "advice": "a",
                                              "patterns": [{"id": "as_pay", "pattern": "salary"}]})
    result = rules_check(rules_copy)
    assert result.exit_code == 1
    err = result.stderr
    assert "Traceback" not in result.output
    for needle in ("ask_concerns.yml", "bogus", "NORMM", "ask_salary"):
        assert needle in err, f"{needle!r} not reported:\n{err}"
    assert len([ln for ln in err.splitlines() if ln.startswith("error:")]) >= 4


# --------------------------------------------------------------------------- rules are data

def _add_zorblax(folder):
    edit(folder, "express_interest.yml", lambda d: d["patterns"].append(
        {"id": "ei_zorblax", "pattern": "[really|truly] zorblax the (role|job|team)"}))


ZORBLAX_TURNS = [
    ("Interviewer", HANDOVER),
    ("Candidate", "Just one thing to say: I truly zorblax the role, it's been a great conversation."),
]


def test_rules_custom_phrase_makes_behaviour_present(rules_copy, analyzer):
    from analyzer.analysis import Analyzer

    _add_zorblax(rules_copy)
    assert mini(analyzer, ZORBLAX_TURNS)["express_interest"].status == "missing"
    custom = mini(Analyzer(rules_copy), ZORBLAX_TURNS)["express_interest"]
    assert custom.status == "present"
    assert custom.rule == "ei_zorblax"
    assert "zorblax the role" in custom.evidence
    assert custom.speaker == "Candidate"


def test_rules_custom_set_via_cli(rules_copy, tmp_path):
    from analyzer.cli import app

    _add_zorblax(rules_copy)
    transcript = tmp_path / "zorblax.txt"
    transcript.write_text("".join(f"{s}: {t}\n" for s, t in ZORBLAX_TURNS), encoding="utf-8")
    runner = CliRunner(env=ENV)
    check = runner.invoke(app, ["rules", "check", str(rules_copy)])
    assert check.exit_code == 0, check.stderr
    listed = runner.invoke(app, ["rules", "list", "--rules", str(rules_copy)])
    assert listed.exit_code == 0, listed.stderr
    assert "ei_zorblax" in listed.stdout
    result = runner.invoke(app, ["analyze", "--rules", str(rules_copy), str(transcript)])
    assert result.exit_code == 0, result.stderr
    row = next(ln for ln in result.stdout.splitlines() if "express_interest" in ln)
    assert "present" in row


# --------------------------------------------------------------------------- phrase syntax

@pytest.mark.parametrize("phrase,expected", [
    ("thank you", ["thank you"]),
    ("[really] (love|like) it", ["like it", "love it", "really like it", "really love it"]),
    ("(next|following) step[s]", ["following step", "following steps", "next step", "next steps"]),
    ("[so|very] keen", ["keen", "so keen", "very keen"]),
    ("what (are|would be) the next steps", ["what are the next steps", "what would be the next steps"]),
    ("  extra   spaces  [here] ", ["extra spaces", "extra spaces here"]),
])
def test_rules_expand_phrase(phrase, expected):
    assert expand_phrase(phrase) == sorted(expected)


@pytest.mark.parametrize("phrase", ["(a|b", "a|b)", "[a"])
def test_rules_expand_phrase_unbalanced(phrase):
    with pytest.raises(ValueError):
        expand_phrase(phrase)


def test_rules_expand_phrase_limit():
    with pytest.raises(ValueError, match="expands to"):
        expand_phrase(" ".join(["(a|b|c)"] * 7))


@pytest.mark.parametrize("phrase,yes,no", [
    ("[really] (love|like) it", ["love it", "really like it", "Really  love it"], ["it", "really it", "loved it"]),
    ("(before|as) we (wrap|finish) [up]", ["before we wrap", "as we finish up"], ["we wrap up", "before wrap"]),
    ("over to you", ["over to you"], ["over you"]),
    ("c++ (dev|engineer)", ["c++ dev"], ["cxx dev"]),
])
def test_rules_phrase_regex(phrase, yes, no):
    rx = re.compile(r"(?i)^" + phrase_regex(phrase) + r"$")
    for text in yes:
        assert rx.match(text), text
    for text in no:
        assert not rx.match(text), text


@pytest.mark.parametrize("phrase", ["[only] [optional]", "", "(|)", "(a|b"])
def test_rules_phrase_regex_invalid(phrase):
    with pytest.raises(ValueError):
        phrase_regex(phrase)


def test_rules_phrase_regex_custom_separator():
    rx = re.compile(phrase_regex("next steps", sep=r"[\s,]+"))
    assert rx.fullmatch("next, steps")


# --------------------------------------------------------------------------- hostile rule sets

def test_rules_nested_quantifier_regex_refused(rules_copy):
    # '(a+)+' backtracks for ever on 'aaaa…b'; a possessive inner quantifier and a plain date suffix are safe
    edit(rules_copy, "follow_up.yml", lambda d: d["patterns"].extend([
        {"id": "fu_nested", "pattern": [{"LOWER": {"REGEX": "^(a+)+$"}}]},
        {"id": "fu_nested_words", "pattern": [{"TEXT": {"REGEX": r"(\w*\s?)*x"}}]},
        {"id": "fu_possessive", "pattern": [{"LOWER": {"REGEX": "^(a++)+$"}}]},
        {"id": "fu_ordinal", "pattern": [{"TEXT": {"REGEX": "^[0-3]?[0-9](st|nd|rd|th)$"}}]},
    ]))
    problems = problems_of(rules_copy)
    assert [p.split("'")[1] for p in problems] == ["fu_nested", "fu_nested_words"], problems
    assert all("repeats a group" in p for p in problems)


def test_rules_overlapping_alternation_regex_refused(rules_copy):
    # '(a|a)*b' and '^(a|aa)*$' backtrack exponentially on 'aaaa…!' although nothing nests; alternatives that
    # cannot match the same text, an atomic group and a plain alternation without a repeat load
    edit(rules_copy, "follow_up.yml", lambda d: d["patterns"].extend([
        {"id": "fu_same", "pattern": [{"TEXT": {"REGEX": "(a|a)*b"}}, {"NORM": "follow"}]},
        {"id": "fu_prefix", "pattern": [{"LOWER": {"REGEX": "^(a|aa)*$"}}]},
        {"id": "fu_optional", "pattern": [{"LOWER": {"REGEX": "^(a?a)*$"}}]},
        {"id": "fu_exclusive", "pattern": [{"LOWER": {"REGEX": "^(foo|bar)+$"}}]},
        {"id": "fu_atomic", "pattern": [{"LOWER": {"REGEX": "^(?>a|aa)*$"}}]},
        {"id": "fu_suffix", "pattern": [{"LOWER": {"REGEX": "^(follow|fol)(ed|ing)?$"}}]},
    ]))
    problems = problems_of(rules_copy)
    assert [p.split("'")[1] for p in problems] == ["fu_same", "fu_prefix", "fu_optional"], problems
    assert all("repeats alternatives that can match the same text" in p for p in problems)


def test_rules_default_regexes_are_not_probed(bundled):
    # the load-time probe runs only for a repeat holding alternatives or a variable width: none in the bundled set
    from analyzer.rules import _pump_units

    patterns = [r.pattern for r in bundled.rules.values()] + [c.pattern for c in bundled.cues.values()]
    regexes = [v["REGEX"] for pattern in patterns if isinstance(pattern, list)
               for tok in pattern for v in tok.values() if isinstance(v, dict) and "REGEX" in v]
    assert regexes and not any(_pump_units(r) for r in regexes)


def test_rules_duplicate_yaml_key_names_file_line_and_key(rules_copy):
    path = rules_copy / "follow_up.yml"
    text = path.read_text(encoding="utf-8").replace("title:", "title: First title\ntitle:", 1)
    text += '  - id: fu_dupkey\n    pattern: "i will write to you soon"\n    pattern: "zzzz qqqq"\n'
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    title_line = lines.index(next(ln for ln in lines if ln.startswith("title:") and "First" not in ln)) + 1
    problems = problems_of(rules_copy)
    assert f"follow_up.yml: line {title_line}: key 'title' appears twice" in " | ".join(problems), problems
    assert f"follow_up.yml: line {len(lines)}: key 'pattern' appears twice" in " | ".join(problems), problems
    assert len(problems) == 2, problems
    # a "<<" merge overridden by the mapping's own key is what merges are for, not a duplicate
    (rules_copy / "follow_up.yml").write_text(text.replace('    pattern: "zzzz qqqq"\n', ""), encoding="utf-8")
    edit_text = (rules_copy / "lexicon.yml").read_text(encoding="utf-8")
    (rules_copy / "lexicon.yml").write_text("base: &b {x: 1}\nmerged: {<<: *b, x: 2}\n" + edit_text, encoding="utf-8")
    assert not any("appears twice" in p and "lexicon.yml" in p for p in problems_of(rules_copy))


def test_rules_duplicate_id_across_files_names_the_file_it_was_added_to(rules_copy):
    # thank_interviewer.yml is read before follow_up.yml, but the 'fu_' id was added to thank_interviewer.yml
    taken = next(p["id"] for p in read_yaml(rules_copy / "follow_up.yml")["patterns"])
    edit(rules_copy, "thank_interviewer.yml", lambda d: d["patterns"].append({"id": taken, "pattern": "thanks a lot"}))
    assert [p for p in problems_of(rules_copy) if "duplicate" in p] == [
        f"thank_interviewer.yml: pattern '{taken}': duplicate id: already used in follow_up.yml"]


def test_rules_problems_behind_a_malformed_file_reported_too(rules_copy):
    def change(data):
        data["colour"] = "blue"
        data["patterns"][:0] = [{"id": "fu_typo", "pattern": [{"NROM": "follow"}], "requiers": ["question"]},
                                {"id": "fu_odd_kind", "kind": "maybe", "pattern": "follow up"}]

    edit(rules_copy, "follow_up.yml", change)
    problems = " | ".join(problems_of(rules_copy))
    for needle in ("colour", "requiers", "NROM", "unknown kind 'maybe'"):
        assert needle in problems, (needle, problems)


def test_rules_long_file_without_aliases_is_not_a_bomb(rules_copy):
    # 210,000 plain values: more than the alias budget, but nothing is expanded (the bomb case is in test_hostile)
    edit(rules_copy, "lexicon.yml", lambda d: d["lists"].update(spare=[f"w{n}" for n in range(210_000)]))
    assert len(load_rules(rules_copy).lexicon["spare"]) == 210_000


def test_rules_check_warns_about_patterns_that_match_anything(rules_copy):
    edit(rules_copy, "follow_up.yml", lambda d: d["patterns"].extend([
        {"id": "fu_any_token", "pattern": [{}]}, {"id": "fu_any_run", "pattern": [{"OP": "*"}]},
        {"id": "fu_optional_word", "pattern": [{"OP": "*"}, {"NORM": "follow"}]}]))
    result = rules_check(rules_copy)
    assert result.exit_code == 0, result.output  # valid spaCy, so a warning, not an error
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("warning:")]
    assert [w.split("rule ")[1].split(":")[0] for w in warnings] == ["fu_any_token", "fu_any_run"], warnings


@pytest.mark.parametrize("name, field", [("closing.yml", "handover"), ("roles.yml", "candidate")])
def test_rules_support_file_with_an_empty_mapping_is_named(rules_copy, name, field):
    """``{}`` is a mapping, so it passes the top-level check; its missing fields must be named, not an internal error."""
    (rules_copy / name).write_text("{}\n", encoding="utf-8")
    check_fails(rules_copy, name, field, "required")


def test_rules_capital_letters_in_lower_and_lemma_values_match_as_lowercase(rules_copy):
    """LOWER and LEMMA are lowercase in every document, so a capital letter is lowercased at load, as lexicon
    lists are; a NORM value keeps its capital (a few abbreviations have one: "Jan." -> "January") with a warning."""
    edit(rules_copy, "follow_up.yml", lambda d: d["patterns"].extend([
        {"id": "fu_caps_lower", "pattern": [{"LOWER": "Zorblax"}, {"LOWER": {"IN": ["Me", "us"]}}]},
        {"id": "fu_caps_lemma", "pattern": [{"LEMMA": {"NOT_IN": ["Quux"]}}, {"LOWER": {"REGEX": r"^\S+ly$"}}]},
        {"id": "fu_caps_norm", "pattern": [{"NORM": "Zorblax"}]}]))
    rules = load_rules(rules_copy).rules
    assert rules["fu_caps_lower"].pattern == [{"LOWER": "zorblax"}, {"LOWER": {"IN": ["me", "us"]}}]
    assert rules["fu_caps_lemma"].pattern == [{"LEMMA": {"NOT_IN": ["quux"]}}, {"LOWER": {"REGEX": r"^\S+ly$"}}]
    assert rules["fu_caps_norm"].pattern == [{"NORM": "Zorblax"}]
    warnings = [ln for ln in rules_check(rules_copy).stderr.splitlines() if ln.startswith("warning:")]
    assert len(warnings) == 1 and "follow_up.yml" in warnings[0] and "fu_caps_norm" in warnings[0], warnings
    assert "'Zorblax'" in warnings[0] and "'zorblax'" in warnings[0]


def test_rules_check_warns_about_rules_that_cannot_work_as_meant(rules_copy):
    """Valid but surely unmeant: an interviewer's 'match' credited to the candidate, a 'reply' with no 'prompt'
    in its file, no hand-over cue at all. Near misses stay silent: an interviewer's 'prompt' or 'exclude'."""
    def change(data):
        data["patterns"] = [p for p in data["patterns"] if p.get("kind") != "prompt"] + [
            {"id": "ti_said_by_interviewer", "speaker": "interviewer", "pattern": "thanks for coming in"},
            {"id": "ti_answer", "kind": "reply", "pattern": "my pleasure"},
            {"id": "ti_interviewer_exclude", "kind": "exclude", "speaker": "interviewer", "pattern": "thanks to"}]

    edit(rules_copy, "thank_interviewer.yml", change)
    edit(rules_copy, "clarify_next_steps.yml", lambda d: d["patterns"].append(
        {"id": "cns_interviewer_prompt", "kind": "prompt", "speaker": "interviewer", "pattern": "we will call"}))
    edit(rules_copy, "closing.yml", lambda d: d.update(handover=[]))
    result = rules_check(rules_copy)
    assert result.exit_code == 0, result.output
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("warning:")]
    assert len(warnings) == 3, warnings
    assert "thank_interviewer.yml: rule ti_said_by_interviewer: 'speaker: interviewer'" in warnings[0]
    assert "thank_interviewer.yml: rule ti_answer: a 'reply' rule" in warnings[1]
    assert warnings[2].startswith("warning: closing.yml: 'handover' is empty")


def test_rules_file_saved_as_yaml_is_named_as_such(rules_copy):
    (rules_copy / "follow_up.yml").rename(rules_copy / "follow_up.yaml")
    check_fails(rules_copy, "follow_up.yml", "missing", "found follow_up.yaml", "rename")


# --------------------------------------------------------------------------- what spaCy accepts but the pipeline cannot honour

@pytest.mark.parametrize("token", [
    {"POS": "ADP"}, {"TAG": "RP"}, {"DEP": "prt"}, {"MORPH": "Number=Sing"}, {"ENT_TYPE": {"NOT_IN": ["ORG"]}},
    {"ENT_IOB": "O"}, {"ENT_ID": "x"}, {"ENT_KB_ID": "x"}, {"pos": {"NOT_IN": ["VERB"]}},
])
def test_rules_attribute_the_pipeline_never_sets_refused(rules_copy, token):
    # the blank pipeline has no tagger, parser or entity recognizer: such a test never matches (NOT_IN: always)
    edit(rules_copy, "follow_up.yml", lambda d: d["patterns"].append({"id": "fu_x", "pattern": [{"LEMMA": "follow"}, token]}))
    name = next(iter(token)).upper()
    line = check_fails(rules_copy, "fu_x", "follow_up.yml", f"{name}: never set")
    assert "internal error" not in line
    assert problems_of(rules_copy) == [line.removeprefix("error: ")]


def test_rules_attributes_the_pipeline_sets_still_load(rules_copy):
    # LEMMA (interview_norms), sentence starts (sentencizer) and lexical flags are set: unchanged
    edit(rules_copy, "follow_up.yml", lambda d: d["patterns"].append({"id": "fu_x", "pattern": [
        {"IS_SENT_START": True}, {"SENT_START": False, "IS_STOP": True}, {"LEMMA": "follow"}, {"NORM": "up", "OP": "{1,2}"},
        {"SHAPE": "xxxx", "LENGTH": 4, "OP": "{,1}"}]}))
    assert "fu_x" in load_rules(rules_copy).rules


def test_rules_custom_attribute_refused_at_load(rules_copy, tmp_path):
    # '_' passed the check and then crashed with an AttributeError on every transcript holding the anchor word
    edit(rules_copy, "follow_up.yml", lambda d: d["patterns"].append({"id": "fu_x", "pattern": [{"LEMMA": "follow"}, {"_": {"foo": "bar"}}]}))
    check_fails(rules_copy, "fu_x", "follow_up.yml", "custom attributes ('_')")
    from analyzer.cli import app

    (tmp_path / "fu.txt").write_text("Interviewer: Any questions for me?\nCandidate: No. I will follow up next week.\n")
    result = CliRunner(env=ENV).invoke(app, ["analyze", str(tmp_path / "fu.txt"), "--rules", str(rules_copy), "-q"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "internal error" not in result.stderr and "fu_x" in result.stderr and "'_'" in result.stderr


@pytest.mark.parametrize("op, problem", [
    ("{2,1}", "OP '{2,1}': minimum larger than maximum; write '{1,2}'"),
    ("{10,9}", "OP '{10,9}': minimum larger than maximum"),
    ("{0}", "OP '{0}': repeats the token zero times"),
    ("{,0}", "OP '{,0}': repeats the token zero times"),
    ("{,40}", "OP '{,40}': at most 15 repeats"),  # spaCy unrolls it: one sentence of repeated words hangs
    ("{2,16}", "OP '{2,16}': at most 15 repeats"),
])
def test_rules_repeat_operator_spacy_refuses_or_ignores_is_a_rule_error(rules_copy, op, problem):
    # '{2,1}' passed spaCy's schema and then failed in Matcher.add: "internal error (ValueError)"
    edit(rules_copy, "follow_up.yml", lambda d: d["patterns"].append({"id": "fu_x", "pattern": [{"LEMMA": "follow"}, {"NORM": "up", "OP": op}]}))
    line = check_fails(rules_copy, "fu_x", "follow_up.yml", problem)
    assert "internal error" not in line


def test_rules_cue_patterns_get_the_same_checks(rules_copy):
    edit(rules_copy, "modifiers.yml", lambda d: d["cues"].extend([
        {"id": "neg_x_pos", "category": "NEGATED", "pattern": [{"NORM": "not"}, {"POS": "VERB"}]},
        {"id": "neg_x_ext", "category": "NEGATED", "pattern": [{"NORM": "not"}, {"_": {"foo": "bar"}}]},
        {"id": "neg_x_op", "category": "NEGATED", "pattern": [{"NORM": "not", "OP": "{3,1}"}]},
    ]))
    problems = problems_of(rules_copy)
    assert [p.split("'")[1] for p in problems] == ["neg_x_pos", "neg_x_ext", "neg_x_op"], problems
    assert all(p.startswith("modifiers.yml: cue '") for p in problems)
