"""The ``interview-close`` command line: commands, outputs, exit codes and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.report import LONG_COLUMNS
from analyzer.rules import BEHAVIOURS
from conftest import HANDOVER, ROOT, RULES_DIR, SAMPLES

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
STRONG = SAMPLES / "plain" / "strong_close.txt"
LONG_COLUMNS = ["file", "behaviour", "title", "status", "score", "evidence", "speaker", "line", "start", "rule",
                "advice"]
STATUSES = {"present", "partial", "missing"}


@pytest.fixture(scope="module")
def runner():
    return CliRunner(env=ENV)


@pytest.fixture(scope="module", autouse=True)
def reuse_pipelines():
    """Build one Analyzer per distinct set of options instead of one per command (about a second each).

    The CLI's own ``_analyzer`` still builds every one of them; an Analyzer is reusable by design.
    """
    import analyzer.cli as cli

    real = cli._analyzer
    cache: dict = {}

    def cached(rules, candidate, interviewer, whole):
        key = (str(rules) if rules else None, candidate, interviewer, whole)
        if key not in cache:
            cache[key] = real(rules, candidate, interviewer, whole)
        return cache[key]

    cli._analyzer = cached
    yield
    cli._analyzer = real


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args])


def assert_clean_failure(result, code: int, *names: str) -> str:
    """Exit ``code``; exactly one line on stderr, starting with 'error:' and naming ``names``; no traceback."""
    assert result.exit_code == code, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error:"), lines[0]
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]


def write_transcript(path, turns):
    path.write_text("".join(f"{s}: {t}\n" for s, t in turns), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- help

def test_cli_help_lists_commands(runner):
    result = run(runner, "--help")
    assert result.exit_code == 0
    for command in ("analyze", "batch", "rules", "evaluate"):
        assert command in result.stdout


@pytest.mark.parametrize("command", [["analyze"], ["batch"], ["evaluate"], ["rules", "list"], ["rules", "check"]])
def test_cli_command_help(runner, command):
    result = run(runner, *command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout


def test_cli_no_args_shows_help(runner):
    result = run(runner)
    assert "analyze" in result.output
    assert result.exit_code in (0, 2)


# --------------------------------------------------------------------------- analyze

def test_cli_analyze_prints_every_behaviour(runner):
    result = run(runner, "analyze", STRONG)
    assert result.exit_code == 0, result.output
    for b in BEHAVIOURS:
        assert b in result.stdout, b
    assert "present" in result.stdout
    assert "score:" in result.stdout
    assert "Traceback" not in result.output


def test_cli_analyze_csv_output(runner, tmp_path):
    import pandas as pd

    out = tmp_path / "out.csv"
    result = run(runner, "analyze", STRONG, "-o", out)
    assert result.exit_code == 0, result.output
    df = pd.read_csv(out, keep_default_na=False)
    assert list(df.columns) == LONG_COLUMNS
    assert list(df["behaviour"]) == list(BEHAVIOURS)
    assert set(df["status"]) <= STATUSES
    assert df["file"].str.endswith("strong_close.txt").all()
    assert set(df["score"]) <= {0.0, 0.5, 1.0}


@pytest.mark.parametrize("ext", [".json", ".jsonl"])
def test_cli_analyze_json_output(runner, tmp_path, ext):
    import pandas as pd

    out = tmp_path / f"out{ext}"
    result = run(runner, "analyze", STRONG, "--output", out)
    assert result.exit_code == 0, result.output
    if ext == ".json":
        df = pd.DataFrame(json.loads(out.read_text(encoding="utf-8")))
    else:
        df = pd.DataFrame([json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines() if ln.strip()])
    assert list(df.columns) == LONG_COLUMNS
    assert list(df["behaviour"]) == list(BEHAVIOURS)
    # a detected behaviour quotes its evidence (stay_positive is present by default, with nothing to quote)
    detected = df[(df["status"] != "missing") & (df["behaviour"] != "stay_positive")]
    assert (detected["evidence"].str.len() > 0).all()


def test_cli_analyze_csv_matches_library(runner, tmp_path, analyzer):
    """What the CLI writes is what the library finds."""
    import pandas as pd

    out = tmp_path / "out.csv"
    assert run(runner, "analyze", STRONG, "-o", out).exit_code == 0
    df = pd.read_csv(out, keep_default_na=False)
    lib = analyzer.analyze(STRONG)
    assert list(df["status"]) == [f.status for f in lib.findings]
    assert list(df["rule"]) == [f.rule for f in lib.findings]


def test_cli_analyze_several_paths_one_long_table(runner, tmp_path):
    import pandas as pd

    paths = [STRONG, SAMPLES / "plain" / "weak_close.txt", SAMPLES / "plain" / "discouraged.txt"]
    out = tmp_path / "several.csv"
    result = run(runner, "analyze", *paths, "-o", out)
    assert result.exit_code == 0, result.output
    df = pd.read_csv(out, keep_default_na=False)
    assert list(df.columns) == LONG_COLUMNS
    assert len(df) == 7 * len(paths)
    for p in paths:
        rows = df[df["file"].str.endswith(p.name)]
        assert list(rows["behaviour"]) == list(BEHAVIOURS), p.name


def test_cli_analyze_wide_shape(runner, tmp_path):
    import pandas as pd

    out = tmp_path / "wide.csv"
    result = run(runner, "analyze", STRONG, "-o", out, "--shape", "wide")
    assert result.exit_code == 0, result.output
    df = pd.read_csv(out, keep_default_na=False)
    assert list(df.columns) == ["file", "candidate", "interviewer", "turns", "closing_from", *BEHAVIOURS, "score",
                                "warnings", "error"]
    assert len(df) == 1


def test_cli_analyze_whole(runner, tmp_path):
    import pandas as pd

    path = write_transcript(tmp_path / "early.txt", [
        ("Interviewer", "Thanks for joining. What made you apply?"),
        ("Candidate", "I'm really excited about this opportunity, it's the kind of team I want to be part of."),
        ("Interviewer", "Tell me about the hardest bug you have fixed."),
        ("Candidate", "A race condition in our payment retries that only showed up under heavy load, which took "
                      "two weeks of logging and a lot of patience to pin down and fix for good."),
        ("Interviewer", "How did you make sure it stayed fixed?"),
        ("Candidate", "We added a load test that reproduced it and ran it on every release from then on."),
        ("Interviewer", "Good. " + HANDOVER),
        ("Candidate", "How big is the team?"),
        ("Interviewer", "Eight people."),
        ("Candidate", "Okay, good to know."),
    ])
    statuses = {}
    for label, extra in (("closing", []), ("whole", ["--whole"])):
        out = tmp_path / f"{label}.csv"
        result = run(runner, "analyze", path, "-o", out, *extra)
        assert result.exit_code == 0, result.output
        df = pd.read_csv(out, keep_default_na=False).set_index("behaviour")
        statuses[label] = df.loc["express_interest", "status"]
        if label == "whole":
            assert int(df.loc["express_interest", "line"]) == 2
    assert statuses == {"closing": "missing", "whole": "present"}


def test_cli_analyze_candidate_option(runner):
    result = run(runner, "analyze", STRONG, "--candidate", "Candidate")
    assert result.exit_code == 0, result.output
    assert "candidate: Candidate" in result.stdout


def test_cli_analyze_candidate_not_a_speaker(runner):
    result = run(runner, "analyze", STRONG, "--candidate", "Zanzibar Quill")
    line = assert_clean_failure(result, 1, "strong_close.txt")
    assert "Zanzibar Quill" in line


# --------------------------------------------------------------------------- bad input

def _bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 8 + b"\x00" * 64 + os.urandom(512))
    undecodable = tmp_path / "broken_utf8.txt"
    undecodable.write_bytes(b"\xef\xbb\xbfInterviewer: hello\nCandidate: \xc3\x28\xa0\xa1 \xff\xfe thanks\n")
    folder = tmp_path / "a_folder"
    folder.mkdir()
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    return {
        "empty": empty,
        "binary": binary,
        "undecodable": undecodable,
        "missing": tmp_path / "does_not_exist.txt",
        "directory": folder,
        "symlink loop": loop,
    }


@pytest.mark.parametrize("good", [False, True])
def test_cli_analyze_failed_run_keeps_the_earlier_report(runner, tmp_path, good):
    """Nothing analysed: the earlier report stays and 'no report written' says why; one file analysed: replaced."""
    out = tmp_path / "r.json"
    earlier = json.dumps([dict.fromkeys(LONG_COLUMNS, "") | {"file": "old.txt", "status": "present"}])
    out.write_text(earlier, encoding="utf-8")
    result = run(runner, "analyze", *([STRONG] if good else []), tmp_path / "gone.txt", "-o", out)
    assert result.exit_code == 1, result.output
    assert (out.read_text(encoding="utf-8") == earlier) is not good
    assert ("no report written" in result.stderr) is not good


@pytest.mark.parametrize("columns", ["20", "200"])
def test_cli_batch_summary_readable_when_narrow_and_names_failures(tmp_path, columns):
    (tmp_path / "good.txt").write_bytes(STRONG.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner(env=dict(ENV, COLUMNS=columns)).invoke(app, ["batch", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "2 transcripts, 1 could not be analysed" in " ".join(result.stdout.split())
    assert "…" not in result.stdout
    for b in BEHAVIOURS:
        assert b in result.stdout, b


@pytest.mark.parametrize("columns", ["20", "200"])
def test_cli_analyze_line_per_behaviour_when_narrow(columns):
    result = CliRunner(env=dict(ENV, COLUMNS=columns)).invoke(app, ["analyze", str(STRONG)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    narrow = columns == "20"
    assert ("┃" in result.stdout) is not narrow  # the table only where it fits
    assert all(any(ln.startswith(f"{b}: ") for ln in lines) is narrow for b in BEHAVIOURS), lines


@pytest.mark.parametrize("kind", ["empty", "binary", "undecodable", "missing", "directory", "symlink loop"])
def test_cli_analyze_bad_input(runner, tmp_path, kind):
    path = _bad_inputs(tmp_path)[kind]
    result = run(runner, "analyze", path)
    line = assert_clean_failure(result, 1, path.name)
    assert ("symlink loop" in line) is (kind == "symlink loop")


def test_cli_analyze_bad_input_among_good_ones(runner, tmp_path):
    """One unreadable file does not stop the others; the exit code still reports it."""
    missing = tmp_path / "gone.txt"
    result = run(runner, "analyze", STRONG, missing)
    assert_clean_failure(result, 1, "gone.txt")
    assert "express_interest" in result.stdout


def test_cli_analyze_no_speaker_labels(runner, tmp_path):
    path = tmp_path / "no_labels.txt"
    path.write_text(
        "Thanks for coming in today, that covers everything on my side.\n"
        "Do you have any questions for me?\n"
        "Yes, what would the next steps be?\n"
        "We'll be in touch by the end of next week.\n"
        "Great, thank you so much for your time.\n",
        encoding="utf-8",
    )
    result = run(runner, "analyze", path)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "roles unknown" in result.output
    assert "candidate: unknown" in result.stdout


def test_cli_unknown_option(runner):
    result = run(runner, "analyze", STRONG, "--no-such-option")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_cli_bad_output_extension(runner, tmp_path):
    """An -o the tool cannot write is a bad option value: a usage error (exit 2), before any analysis."""
    result = run(runner, "analyze", STRONG, "-o", tmp_path / "report.docx")
    assert_clean_failure(result, 2, "report.docx")


def test_cli_debug_shows_traceback(runner, tmp_path):
    """--debug is the user's explicit request for the full error."""
    result = run(runner, "analyze", tmp_path / "missing.txt", "--debug")
    assert result.exit_code != 0
    assert result.exception is not None and not isinstance(result.exception, SystemExit)


# --------------------------------------------------------------------------- interrupted


def test_cli_interrupt_says_no_report_was_written_and_the_old_one_is_earlier(runner, tmp_path, monkeypatch):
    """Ctrl-C used to print a bare 'error: interrupted', leaving an earlier r.csv that a user coming back later
    takes for this run's result (hostile round 12, D14): the line now says no report was written and that the
    files at -o/--summary are from an earlier run; a report written before the interrupt is named as written."""
    import shutil

    import analyzer.batch as batch_module
    import analyzer.writers as writers

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(STRONG, folder / "a.txt")
    report, summary = tmp_path / "r.csv", tmp_path / "s.csv"
    assert run(runner, "batch", folder, "-q", "-o", report, "--summary", summary).exit_code == 0
    before = report.read_bytes(), summary.read_bytes()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(batch_module, "analyze_folder", interrupted)
        result = run(runner, "batch", folder, "-q", "-o", report, "--summary", summary)
    line = assert_clean_failure(result, 130)
    assert line == f"error: interrupted: no report written ({report} and {summary} are from an earlier run)"
    assert (report.read_bytes(), summary.read_bytes()) == before

    with monkeypatch.context() as m:  # the report is written, then Ctrl-C before the summary
        m.setattr(writers, "write_table", interrupted)
        result = run(runner, "batch", folder, "-q", "-o", report, "--summary", summary)
    line = assert_clean_failure(result, 130)
    assert line == f"error: interrupted: {report} written; {summary} not written (the file there is from an earlier run)"

    assert run(runner, "analyze", STRONG, "-q", "-o", tmp_path / "a.csv").exit_code == 0
    with monkeypatch.context() as m:  # analyze -o over an earlier report; nothing at a new path: nothing to say
        m.setattr(batch_module, "analyze_one", interrupted)
        result = run(runner, "analyze", STRONG, "-q", "-o", tmp_path / "a.csv")
        assert assert_clean_failure(result, 130) == (f"error: interrupted: no report written ({tmp_path / 'a.csv'} "
                                                     "is from an earlier run)")
        result = run(runner, "analyze", STRONG, "-q", "-o", tmp_path / "new.csv")
        assert assert_clean_failure(result, 130) == "error: interrupted"


# --------------------------------------------------------------------------- rules

def test_cli_rules_list(runner):
    result = run(runner, "rules", "list")
    assert result.exit_code == 0, result.output
    for b in BEHAVIOURS:
        assert b in result.stdout


def test_cli_rules_list_narrow_terminal_is_a_block_per_behaviour():
    """Below 60 columns the five-column table cut its headers a few letters a line ('behav' / 'iour') and the
    path over lines (hostile round 12, D13): like analyze and batch, rules list then prints each behaviour as
    a few lines instead, and the path whole."""
    from analyzer.rules import load_rules

    result = CliRunner(env=dict(ENV, COLUMNS="40")).invoke(app, ["rules", "list"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "┃" not in out and "│" not in out and "behav\n" not in out
    assert out.splitlines()[0] == f"rule set: {RULES_DIR}"
    rs = load_rules(None)
    for b in BEHAVIOURS:
        assert f"{b}: {rs.behaviours[b].title}"[:30] in out.replace("\n", " ")
        assert f"{sum(r.behaviour == b for r in rs.rules.values())} patterns:" in out


def test_cli_rules_check_bundled(runner):
    result = run(runner, "rules", "check")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok:")


@pytest.mark.parametrize("command", [["rules", "list"], ["rules", "check"]])
def test_cli_rules_commands_accept_the_shared_quiet_option_and_still_print_the_result(runner, command):
    """Hostile round 15: README lists --quiet among the shared options; the rules commands refused it (exit 2)."""
    result = run(runner, *command, "--quiet")
    assert result.exit_code == 0, result.output
    assert ("hand-over cues" in result.stdout) and (command[1] != "check" or result.stdout.startswith("ok:"))


def test_cli_rules_check_broken_copy(runner, tmp_path):
    import shutil

    broken = tmp_path / "rules"
    shutil.copytree(RULES_DIR, broken)
    (broken / "stay_positive.yml").unlink()
    result = run(runner, "rules", "check", broken)
    assert_clean_failure(result, 1, "stay_positive.yml")


def test_cli_rules_option_missing_folder(runner, tmp_path):
    result = run(runner, "analyze", STRONG, "--rules", tmp_path / "no_rules_here")
    assert result.exit_code in (1, 2)
    assert "Traceback" not in result.output
    assert "no_rules_here" in result.output


def test_cli_analyze_same_file_twice_is_analysed_once(runner, tmp_path, monkeypatch):
    """Overlapping shell globs name a file twice: one row set, a warning, and the report is written."""
    write_transcript(tmp_path / "a.txt", [("Interviewer", HANDOVER), ("Candidate", "Thank you for your time.")])
    monkeypatch.chdir(tmp_path)
    result = run(runner, "analyze", "a.txt", "./a.txt", tmp_path / "a.txt", "-o", "out.csv")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("analysed once") == 2
    assert len(pd.read_csv(tmp_path / "out.csv")) == len(BEHAVIOURS)


def test_cli_analyze_file_names_are_shown_as_they_are(runner, tmp_path):
    """A name that looks like rich markup (``[/b]``) or holds a newline or an escape sequence is printed
    literally, on one line, never interpreted by the terminal."""
    (tmp_path / "x[").mkdir()
    odd = write_transcript(tmp_path / "x[" / "b]\x1b[31m.txt", [("Interviewer", HANDOVER), ("Candidate", "Thanks.")])
    result = run(runner, "analyze", odd, "-o", tmp_path / "out.csv")
    assert result.exit_code == 0, result.output
    assert "x[/b]\\x1b[31m.txt" in result.stdout and "\x1b" not in result.stdout
    empty = tmp_path / "new\nline.txt"
    empty.write_bytes(b"")
    assert_clean_failure(run(runner, "analyze", empty), 1, "new\\nline.txt")


# --------------------------------------------------------------------------- evaluate

def test_cli_evaluate_prints_metrics(runner):
    result = run(runner, "evaluate", SAMPLES, "--labels", SAMPLES / "labels.csv")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    for word in ("precision", "recall", "f1"):
        assert word in result.stdout
    for b in BEHAVIOURS:
        assert b in result.stdout


def _labels(tmp_path, header: str, row: str):
    path = tmp_path / "labels.csv"
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")
    return path


HEADER = "file," + ",".join(BEHAVIOURS)
ALL_MISSING = ",".join("present" if b == "stay_positive" else "missing" for b in BEHAVIOURS)


@pytest.mark.parametrize("header, row, name", [
    (HEADER, "plain/no_such_interview.txt," + ALL_MISSING, "no_such_interview.txt"),
    (HEADER + ",asked_about_salary", "plain/strong_close.txt," + ALL_MISSING + ",present", "asked_about_salary"),
    (HEADER, "plain/strong_close.txt," + ALL_MISSING.replace("missing", "maybe", 1), "maybe"),
], ids=["missing_transcript", "unknown_behaviour_column", "unknown_status"])
def test_cli_evaluate_bad_labels(runner, tmp_path, header, row, name):
    result = run(runner, "evaluate", SAMPLES, "--labels", _labels(tmp_path, header, row))
    assert_clean_failure(result, 1, name)


def test_cli_evaluate_unreadable_transcript_fails_after_the_tables(runner, tmp_path):
    """A labelled transcript that cannot be read is scored (all missing) and shown, and the run exits 1."""
    (tmp_path / "broken.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_bytes((SAMPLES / "plain" / "strong_close.txt").read_bytes())
    labels = _labels(tmp_path, HEADER, "broken.txt," + ALL_MISSING.replace("present", "missing", 1)
                     + "\ngood.txt," + ",".join(["present"] * len(BEHAVIOURS)))
    result = run(runner, "evaluate", tmp_path, "--labels", labels)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "precision" in result.stdout and "broken.txt" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "broken.txt" in errors[0]


@pytest.mark.parametrize("sep, encoding", [(";", "cp1252"), ("\t", "utf-16"), (",", "utf-8-sig")])
def test_read_labels_as_excel_saves_them(tmp_path, sep, encoding):
    # separator sniffed, header and statuses in any case, empty trailing columns, a name without its
    # extension in another case: all read as the plain lower-case CSV would be
    from analyzer.evaluate import read_labels

    (tmp_path / "Entrevista José.txt").write_text("x", encoding="utf-8")
    (tmp_path / "other.txt").write_text("x", encoding="utf-8")
    rows = ["File", "Express_Interest", "ask_for_job", "", ""], ["entrevista josé", "Present", "PARTIAL", "", ""]
    labels = tmp_path / "labels.csv"
    labels.write_bytes("\r\n".join(sep.join(r) for r in rows).encode(encoding))
    assert read_labels(labels, tmp_path) == {
        "Entrevista José.txt": {"file": "entrevista josé", "express_interest": "present", "ask_for_job": "partial"}}


def test_read_labels_problems_one_line_each_and_no_content_quoted(tmp_path):
    from analyzer.errors import LabelError
    from analyzer.evaluate import read_labels

    for name in ("a.txt", "a.vtt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    labels = tmp_path / "labels.csv"
    labels.write_text("file,ask_for_job,follow_up\n" + "a,yes,maybe\n" + "a.txt,sure,present\n", encoding="utf-8")
    with pytest.raises(LabelError) as e:  # a bare 'a' fits two files: no guess
        read_labels(labels, tmp_path)
    assert [p.split(": ", 1)[1] for p in e.value.problems] == [
        "row 2: 'a' could be any of a.txt, a.vtt; write the file name in full",
        "3 cell(s) with an unknown status: row 2 ask_for_job 'yes', row 2 follow_up 'maybe', "
        "row 3 ask_for_job 'sure' (use present, partial or missing)"]
    labels.write_text("Rachel Okafor: Hi Sam, can you hear me okay?\nSam Patel: Yes, loud and clear.\n")
    with pytest.raises(LabelError) as e:  # a transcript given as labels: refused without quoting it
        read_labels(labels, tmp_path)
    assert "no 'file' column" in str(e.value) and "Okafor" not in str(e.value) and "hear" not in str(e.value)


def test_read_labels_refuses_a_transcript_outside_the_folder(tmp_path):
    """A label leading out of the folder (``../x.txt``, an absolute path) is refused like a missing
    transcript, naming its row; one that leads back in (``../in/a.txt``) is that file."""
    from analyzer.errors import LabelError
    from analyzer.evaluate import read_labels

    folder = tmp_path / "in"
    folder.mkdir()
    for path in (folder / "a.txt", tmp_path / "x.txt"):
        path.write_text("x", encoding="utf-8")
    assert list(read_labels(_labels(tmp_path, HEADER, "../in/a.txt," + ALL_MISSING), folder)) == ["a.txt"]
    for outside in ("../x.txt", str(tmp_path / "x.txt")):
        with pytest.raises(LabelError, match=r"row 2: '.*x\.txt' is outside "):
            read_labels(_labels(tmp_path, HEADER, outside + "," + ALL_MISSING), folder)


def test_read_labels_ignores_a_teams_own_columns_but_not_a_misspelt_behaviour(tmp_path):
    """``Coach`` or ``annotator`` is a team's own column: ignored, with one note naming them. A column that
    looks meant as a behaviour (a near spelling) is still refused, saying which behaviour it resembles."""
    from analyzer.errors import LabelError
    from analyzer.evaluate import read_labels

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    notes: list[str] = []
    labels = _labels(tmp_path, "Coach,file,follow_up,annotator,notes", "Dee,a.txt,Present,kb,redo the ending")
    assert read_labels(labels, tmp_path, notes)["a.txt"]["follow_up"] == "present"
    assert notes == ["labels.csv: ignored column(s) 'Coach', 'annotator': not a behaviour"]
    with pytest.raises(LabelError, match=r"unknown behaviour column\(s\) 'Folow_up' \(did you mean 'follow_up'\?\)"):
        read_labels(_labels(tmp_path, "file,Folow_up", "a.txt,kb"), tmp_path)


def test_read_labels_excel_sep_line_names_the_separator(tmp_path):
    """Excel's ``sep=;`` first line names the separator and is skipped; row numbers stay the file's."""
    from analyzer.errors import LabelError
    from analyzer.evaluate import read_labels

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    labels = tmp_path / "labels.csv"
    for sep in (",", ";"):
        labels.write_bytes(f"sep={sep}\r\nfile{sep}ask_for_job{sep}follow_up\r\na.txt{sep}partial{sep}present\r\n"
                           .encode("utf-8"))
        assert read_labels(labels, tmp_path) == {
            "a.txt": {"file": "a.txt", "ask_for_job": "partial", "follow_up": "present"}}
    labels.write_text("sep=;\nfile;follow_up\na.txt;maybe\n", encoding="utf-8")
    with pytest.raises(LabelError, match=r"row 3 follow_up 'maybe'"):
        read_labels(labels, tmp_path)


def test_read_labels_partial_only_for_ask_for_job(tmp_path):
    from analyzer.errors import LabelError
    from analyzer.evaluate import read_labels

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(LabelError) as e:
        read_labels(_labels(tmp_path, "file,ask_for_job,follow_up,Express_Interest", "a.txt,partial,Partial,partial"),
                    tmp_path)
    assert [p.split(": ", 1)[1] for p in e.value.problems] == [
        "2 cell(s) 'partial' for a behaviour that is only present or missing: row 2 express_interest, "
        "row 2 follow_up (only ask_for_job can be partial; use present or missing)"]


def test_read_labels_misspelt_behaviour_columns_one_line(tmp_path):
    from analyzer.errors import LabelError
    from analyzer.evaluate import read_labels

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(LabelError) as e:
        read_labels(_labels(tmp_path, "file,express-interest,ask for job", "a.txt,present,present"), tmp_path)
    assert len(e.value.problems) == 1 and "did you mean 'express_interest'" in e.value.problems[0]
    with pytest.raises(LabelError, match="no behaviour columns"):  # nothing behaviour-like at all: still said
        read_labels(_labels(tmp_path, "file,coach", "a.txt,Dee"), tmp_path)


def test_cli_evaluate_split_any_case_workbook_refused_line_a_whole_number(runner, tmp_path):
    write_transcript(tmp_path / "a.txt", [("Interviewer", HANDOVER),
                                          ("Candidate", "Thanks. I will email you a short summary tomorrow.")])
    labels = _labels(tmp_path, "file,follow_up,split", "a.txt,missing,Test")
    out = tmp_path / "ev.json"
    result = run(runner, "evaluate", tmp_path, "--labels", labels, "--split", "TEST", "-o", out)
    assert result.exit_code == 0, result.output
    [row] = json.loads(out.read_text(encoding="utf-8"))["disagreements"]
    assert row["predicted"] == "present" and row["line"] == 2 and isinstance(row["line"], int)
    assert "│ 2 " in result.stdout and "2.0" not in result.stdout
    result = run(runner, "evaluate", tmp_path, "--labels", labels, "--split", "dev")
    assert "splits found: Test" in assert_clean_failure(result, 1, "labels.csv", "'dev'")
    result = run(runner, "evaluate", tmp_path, "--labels", _labels(tmp_path, "file,follow_up", "a.txt,missing"),
                 "--split", "test")
    assert "no 'split' column" in assert_clean_failure(result, 1, "labels.csv")
    workbook = tmp_path / "labels.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + bytes(60))
    assert "save it as CSV" in assert_clean_failure(run(runner, "evaluate", tmp_path, "--labels", workbook), 1,
                                                    "labels.xlsx")


def test_cli_evaluate_missing_labels_file(runner, tmp_path):
    # an option naming nothing usable is a usage error, like a missing --rules folder (exit 2); a link
    # loop says so rather than "not found"
    result = run(runner, "evaluate", SAMPLES, "--labels", tmp_path / "nolabels.csv")
    assert "not found" in assert_clean_failure(result, 2, "nolabels.csv")
    (tmp_path / "loop.csv").symlink_to(tmp_path / "loop.csv")
    result = run(runner, "evaluate", SAMPLES, "--labels", tmp_path / "loop.csv")
    assert "symlink loop" in assert_clean_failure(result, 2, "loop.csv")


# --------------------------------------------------------------------------- entry points

def _subprocess_env():
    env = dict(os.environ, **ENV)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.mark.parametrize("command", ["analyze", "evaluate"])
def test_cli_report_is_written_when_stdout_closes_early(tmp_path, command):
    """``... -o report.csv | head -1``: the reader leaves, the report is still written, the exit is quiet."""
    out = tmp_path / "report.csv"
    args = ([STRONG] if command == "analyze" else [SAMPLES / "plain", "--labels", _labels(
        tmp_path, HEADER, "strong_close.txt," + ",".join(["present"] * len(BEHAVIOURS)))])
    proc = subprocess.Popen([sys.executable, "-m", "analyzer", command, *map(str, args), "-o", str(out)],
                            cwd=tmp_path, env=_subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # gone before the first line is printed
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, stderr
    assert out.is_file() and "error" not in stderr


@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_cli_stdout_that_cannot_be_written_fails_after_the_report(tmp_path, stdout):
    """``> /dev/full``: the -o report is still written, then one line names standard output and the cause;
    ``>&-`` without -o: the results would be lost, so the run fails instead of printing nothing and passing."""
    out = tmp_path / "r.csv"
    args = [sys.executable, "-m", "analyzer", "analyze", str(STRONG)] + (["-o", str(out)] if stdout == "full" else [])
    with open("/dev/full", "w") as full:
        proc = subprocess.run(args, cwd=tmp_path, env=_subprocess_env(), stderr=subprocess.PIPE, text=True,
                              timeout=120, stdout=full if stdout == "full" else None,
                              preexec_fn=None if stdout == "full" else (lambda: os.close(1)))
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert proc.returncode == 1 and len(errors) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "standard output" in errors[0]
    assert out.is_file() == (stdout == "full")
    if stdout == "full":
        assert "No space left on device" in errors[0]


@pytest.mark.parametrize("stderr", ["closed", "full"])
def test_cli_batch_report_survives_a_dead_stderr(tmp_path, stderr):
    """``2>&-`` (cron, a daemon) or ``2>/dev/full``: stderr only carries the bar and notes, so losing it
    costs neither the report, nor the printed summary, nor a passing exit code."""
    folder = tmp_path / "in"
    folder.mkdir()
    write_transcript(folder / "a.txt", [("Interviewer", HANDOVER), ("Candidate", "Thank you for your time today.")])
    out = tmp_path / "r.csv"
    args = [sys.executable, "-m", "analyzer", "batch", str(folder), "-o", str(out)]
    with open("/dev/full", "w") as full:
        proc = subprocess.run(args, cwd=tmp_path, env=_subprocess_env(), stdout=subprocess.PIPE, text=True,
                              timeout=120, stderr=full if stderr == "full" else None,
                              preexec_fn=(lambda: os.close(2)) if stderr == "closed" else None)
    assert proc.returncode == 0
    assert "cohort summary (1 transcript)" in proc.stdout
    assert pd.read_csv(out)["thank_interviewer"].tolist() == ["present"]


def test_cli_python_dash_m(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "analyzer", "--help"], cwd=tmp_path, env=_subprocess_env(),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "analyze" in proc.stdout


def test_cli_import_is_light(tmp_path):
    """Importing the CLI (what --help needs) must not pull in spaCy or pandas."""
    code = ("import sys, analyzer.cli; "
            "print(','.join(m for m in ('spacy', 'pandas') if m in sys.modules) or 'none')")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=_subprocess_env(),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "none"


def test_cli_evaluate_one_file_under_two_spellings(tmp_path):
    """``./a.txt``, ``sub\\a.txt`` and an absolute path name the files under the folder; twice is an error."""
    from analyzer.errors import LabelError
    from analyzer.evaluate import read_labels

    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.txt"):
        write_transcript(tmp_path / name, [("Interviewer", HANDOVER), ("Candidate", "Thanks.")])
    row = "," + ALL_MISSING + "\n"
    labels = _labels(tmp_path, HEADER, "./a.txt" + row + "sub\\b.txt" + row.rstrip())
    assert list(read_labels(labels, tmp_path)) == ["a.txt", "sub/b.txt"]
    labels = _labels(tmp_path, HEADER, "a.txt" + row + str(tmp_path / "a.txt") + row.rstrip())
    with pytest.raises(LabelError, match="labelled twice"):
        read_labels(labels, tmp_path)


def test_cli_analyze_quiet_prints_the_result_only_when_there_is_no_report_file(runner, tmp_path):
    """--quiet drops notes ("wrote ..."), never the result: without -o the table is the only place it goes."""
    quiet = run(runner, "analyze", STRONG, "--quiet")
    assert quiet.exit_code == 0 and "thank_interviewer" in quiet.stdout and "score:" in quiet.stdout
    written = run(runner, "analyze", STRONG, "--quiet", "-o", tmp_path / "r.csv")
    assert written.exit_code == 0 and written.output == ""


def test_cli_analyze_quiet_with_a_report_file_still_prints_the_files_warnings(runner, tmp_path):
    """Hostile round 16 #9: with -o and --quiet the long report has no column for a warning, so "check the
    roles" (the option makes the interviewer the candidate) must reach stderr, naming the file."""
    script = tmp_path / "panel.txt"
    script.write_text("Helen: Thanks for coming in, Sam. Tell me about your last role.\n"
                      "Sam: I led the night shift at a warehouse for three years, forty staff, and cut picking "
                      "errors by half by redesigning the slotting and training every new starter myself.\n"
                      "Helen: Great. Do you have any questions for me?\n"
                      "Sam: Yes, what are the next steps? Thank you for your time.\n", encoding="utf-8")
    result = run(runner, "analyze", script, "--candidate", "Helen", "--quiet", "-o", tmp_path / "r.csv")
    assert result.exit_code == 0 and result.stdout == ""
    assert "warning: " in result.stderr and "panel.txt" in result.stderr and "check the roles" in result.stderr


# --------------------------------------------------------------------------- hostile round 9 (fix-cli)

def test_cli_evaluate_long_shape_labels_is_one_line(runner, tmp_path):
    """A long-shape report (or a long 'file, behaviour, status' layout) given as labels: one line saying
    so, not an 'unknown column' line and a 'labelled twice' line per row."""
    write_transcript(tmp_path / "a.txt", [("Interviewer", HANDOVER), ("Candidate", "Thank you for your time.")])
    report = tmp_path / "long.csv"
    assert run(runner, "batch", tmp_path, "--shape", "long", "-o", report, "-q").exit_code == 0
    line = assert_clean_failure(run(runner, "evaluate", tmp_path, "--labels", report, "-q"), 1, "long.csv")
    assert "one row per behaviour" in line and "one row per transcript" in line
    plain = tmp_path / "plain.csv"
    plain.write_text("file,behaviour,status\n" + "".join(f"a.txt,{b},missing\n" for b in BEHAVIOURS))
    assert "one row per behaviour" in assert_clean_failure(
        run(runner, "evaluate", tmp_path, "--labels", plain, "-q"), 1, "plain.csv")


def test_cli_input_path_too_long_is_the_inputs_problem_with_or_without_o(runner, tmp_path):
    """A name too long for the file system is the input's error line (with -o too), never the report's;
    batch and evaluate say it in one line rather than as an internal error."""
    long = tmp_path / ("z" * 300 + ".txt")
    out = tmp_path / "short.csv"
    good = write_transcript(tmp_path / "a.txt", [("Interviewer", HANDOVER), ("Candidate", "Thank you.")])
    result = run(runner, "analyze", long, good, "-q", "-o", out)
    assert result.exit_code == 1 and "short.csv" not in result.stderr, result.output
    assert "zzz" in result.stderr and "too long" in result.stderr
    assert out.exists()  # the other file's result is not lost
    for args in (["batch", long], ["evaluate", long, "--labels", good], ["evaluate", tmp_path, "--labels", long]):
        for extra in ([], ["-o", tmp_path / "r2.csv"]):
            line = assert_clean_failure(run(runner, *args, "-q", *extra), 1, "zzz")
            assert "too long" in line and "r2.csv" not in line and "internal" not in line


def test_cli_nfc_and_nfd_names_match_labels_and_are_warned_about(runner, tmp_path):
    """A label typed in NFC names a file macOS wrote in NFD (and the other way round); two files in one run
    whose names differ only by normalisation get a warning, even with --quiet."""
    import unicodedata

    from analyzer.evaluate import read_labels

    nfc, nfd = (unicodedata.normalize(form, "José.txt") for form in ("NFC", "NFD"))
    folder = tmp_path / "one"
    folder.mkdir()
    write_transcript(folder / nfd, [("Interviewer", HANDOVER), ("Candidate", "Thank you.")])
    labels = tmp_path / "labels.csv"
    labels.write_text("file,follow_up\n" + nfc + ",missing\n", encoding="utf-8")
    assert list(read_labels(labels, folder)) == [nfd]
    both = tmp_path / "both"
    both.mkdir()
    for name in (nfc, nfd):
        write_transcript(both / name, [("Interviewer", HANDOVER), ("Candidate", "Thank you.")])
    for args in (["batch", both], ["analyze", both / nfc, both / nfd]):
        result = run(runner, *args, "-q", "-o", tmp_path / "r.csv")
        assert result.exit_code == 0, result.output
        warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("warning:")]
        assert len(warnings) == 1 and "NFC" in warnings[0] and "NFD" in warnings[0], result.stderr


def test_cli_analyze_quiet_still_warns_about_a_file_given_twice(runner, tmp_path):
    """--quiet silences notes, never warnings: the 'analysed once' line is printed."""
    a = write_transcript(tmp_path / "a.txt", [("Interviewer", HANDOVER), ("Candidate", "Thank you.")])
    result = run(runner, "analyze", a, a, "-q", "-o", tmp_path / "r.csv")
    assert result.exit_code == 0 and "given more than once; analysed once" in result.stderr, result.output


def test_cli_evaluate_o_on_the_labels_file_names_it(runner, tmp_path):
    """-o naming the labels file (inside the folder evaluated) is refused as the labels file, not 'a transcript'."""
    write_transcript(tmp_path / "a.txt", [("Interviewer", HANDOVER), ("Candidate", "Thank you.")])
    labels = _labels(tmp_path, HEADER, "a.txt," + ALL_MISSING)
    line = assert_clean_failure(run(runner, "evaluate", tmp_path, "--labels", labels, "-o", labels, "-q"), 2)
    assert "the labels file" in line and "transcript" not in line


@pytest.mark.parametrize("args", [["analyze", STRONG, "-o"], ["batch", STRONG, "--summary"],
                                  ["evaluate", SAMPLES, "--labels", SAMPLES / "labels.csv", "-o"]])
def test_cli_empty_report_name_is_called_empty(runner, args):
    """-o '' is an empty file name, not the current folder."""
    line = assert_clean_failure(run(runner, *args, "", "-q"), 2, "empty file name")
    assert "folder" not in line


@pytest.mark.parametrize("command", [["analyze", STRONG], ["batch", STRONG],
                                     ["evaluate", SAMPLES, "--labels", SAMPLES / "labels.csv"], ["rules", "list"]])
def test_cli_rules_option_given_a_file_is_one_error_line(runner, command):
    """--rules FILE: the one line `rules check FILE` gives, exit 2, not Click's usage block."""
    line = assert_clean_failure(run(runner, *command, "--rules", RULES_DIR / "closing.yml"), 2, "closing.yml")
    assert line.endswith("not a folder")


def test_cli_candidate_with_the_labels_colon_names_that_speaker(runner, tmp_path):
    """--candidate 'Candidate:' (copied with the colon) is the speaker 'Candidate'."""
    t = write_transcript(tmp_path / "a.txt", [("Interviewer", HANDOVER), ("Candidate", "Thank you.")])
    result = run(runner, "analyze", t, "--candidate", "Candidate:", "--interviewer", "interviewer :")
    assert result.exit_code == 0, result.output
    assert "candidate: Candidate" in result.stdout and "interviewer: Interviewer" in result.stdout


# --------------------------------------------------------------------------- hostile round 14 (fix-writers)

def test_cli_batch_summary_file_is_announced_like_the_report(runner, tmp_path):
    """Round 14, #5: ``--summary FILE`` was written without a 'wrote FILE' note (nothing at all when given
    alone); --quiet still silences the notes."""
    folder = tmp_path / "coh"
    folder.mkdir()
    write_transcript(folder / "a.txt", [("Interviewer", HANDOVER), ("Candidate", "Thank you for your time.")])
    summary, report = tmp_path / "s.csv", tmp_path / "r.csv"
    alone = run(runner, "batch", folder, "--summary", summary)
    assert alone.exit_code == 0 and summary.exists(), alone.output
    assert [ln for ln in alone.stderr.splitlines() if ln.startswith("wrote")] == [f"wrote {summary}"]
    both = run(runner, "batch", folder, "-o", report, "--summary", summary)
    assert both.exit_code == 0, both.output
    assert [ln for ln in both.stderr.splitlines() if ln.startswith("wrote")] == [f"wrote {report}", f"wrote {summary}"]
    quiet = run(runner, "batch", folder, "-o", report, "--summary", summary, "-q")
    assert quiet.exit_code == 0 and quiet.output == "", quiet.output
    quiet_alone = run(runner, "batch", folder, "--summary", summary, "-q")
    assert quiet_alone.exit_code == 0 and "wrote" not in quiet_alone.stderr, quiet_alone.output


# --- h19code: an .ass file and a chat log with consecutive messages, end to end --------------------


def _h19_report(runner, tmp_path, path):
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["analyze", str(path), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return {r["behaviour"]: r for r in json.loads(out.read_text())}


def test_h19code_cli_ass_file(runner, tmp_path):
    lines = [("Dana Whitfield", "Tell me about your last role."), ("Sam Okafor", "I led the returns desk."),
             ("Dana Whitfield", "Great, that's everything from my side. Do you have any questions for me?"),
             ("Sam Okafor", "What are the next steps?"), ("Dana Whitfield", "We'll decide by Friday."),
             ("Sam Okafor", "Thank you so {\\i1}much{\\i0} for your time today.")]
    events = "".join(f"Dialogue: 0,0:00:{8 * i:02d}.00,0:00:{8 * i + 7:02d}.00,Default,{who},0,0,0,,{said}\n"
                     for i, (who, said) in enumerate(lines))
    f = tmp_path / "interview.ass"
    f.write_text("[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, "
                 "MarginR, MarginV, Effect, Text\n" + events)
    rep = _h19_report(runner, tmp_path, f)
    assert rep["thank_interviewer"]["status"] == "present"
    assert rep["thank_interviewer"]["speaker"] == "Sam Okafor"
    assert rep["thank_interviewer"]["evidence"] == "Thank you so much for your time today."
    assert rep["thank_interviewer"]["start"] == 40.0
    empty = tmp_path / "empty.ass"
    empty.write_text("[Script Info]\n[Events]\nFormat: Layer, Start, End, Style, Name, Text\n")
    result = runner.invoke(app, ["analyze", str(empty)])
    assert result.exit_code != 0 and "no speech found" in result.output


def test_h19code_cli_chat_log_consecutive_messages(runner, tmp_path):
    f = tmp_path / "chat.txt"
    f.write_text("[10:00 AM] Jess Park: Hi Maya, thanks for making time for this chat interview!\n"
                 "[10:01 AM] Maya Lin: hi!! thanks for having me\n"
                 "[10:02 AM] Jess Park: Tell me about your last job.\n"
                 "[10:03 AM] Maya Lin: i worked the till at a bakery for a year\n"
                 "[10:04 AM] Jess Park: Ok that's all my questions! Anything you want to ask me?\n"
                 "[10:05 AM] Maya Lin: so keen on this role\n"
                 "[10:05 AM] Maya Lin: when do u decide?\n"
                 "[10:06 AM] Jess Park: We'll let everyone know by Friday.\n"
                 "[10:06 AM] Maya Lin: ok cool\n")
    rep = _h19_report(runner, tmp_path, f)
    assert rep["express_interest"]["status"] == "present"
    assert rep["clarify_next_steps"]["status"] == "present"
    assert rep["clarify_next_steps"]["evidence"] == "when do u decide?"
