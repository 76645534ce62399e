"""evaluate --labels given one of our own reports in a format other than CSV (hostile round 10, M3).

The wide report written as .json or .jsonl is read as labels, exactly as the wide CSV is; a Parquet file or
an HTML page is refused in one line saying what it is and what to give instead, never with a CSV's reasons
("no 'file' column in the first line") that are wrong for it.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.errors import LabelError
from analyzer.evaluate import read_labels
from analyzer.rules import BEHAVIOURS
from conftest import HANDOVER

ENV = {"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}


@pytest.fixture(scope="module")
def runner():
    return CliRunner(env=ENV)


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args])


def one_error_line(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("labels")
    (root / "a.txt").write_text(f"Interviewer: {HANDOVER}\nCandidate: Thank you for your time.\n", encoding="utf-8")
    (root / "b.txt").write_text(f"Interviewer: {HANDOVER}\nCandidate: No, that's all.\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("ext", ["json", "jsonl"])
def test_evaluate_reads_our_own_wide_json_report_as_labels(runner, folder, tmp_path, ext):
    """The round trip batch -o x.json|.jsonl -> evaluate --labels x.json|.jsonl scores as the wide CSV does."""
    report, csv_report = tmp_path / f"rt.{ext}", tmp_path / "rt.csv"
    assert run(runner, "batch", folder, "-o", report, "-q").exit_code == 0
    assert run(runner, "batch", folder, "-o", csv_report, "-q").exit_code == 0
    assert read_labels(report, folder) == read_labels(csv_report, folder)
    from_json = run(runner, "evaluate", folder, "--labels", report, "-q")
    from_csv = run(runner, "evaluate", folder, "--labels", csv_report, "-q")
    assert from_json.exit_code == 0 and from_json.stderr == "", from_json.output
    assert from_json.stdout == from_csv.stdout and "precision" in from_json.stdout


@pytest.mark.parametrize("ext", ["json", "jsonl"])
def test_evaluate_long_json_report_is_the_long_shape_line(runner, folder, tmp_path, ext):
    report = tmp_path / f"long.{ext}"
    assert run(runner, "batch", folder, "--shape", "long", "-o", report, "-q").exit_code == 0
    line = one_error_line(run(runner, "evaluate", folder, "--labels", report, "-q"))
    assert report.name in line and "one row per behaviour" in line and "first line" not in line


@pytest.mark.parametrize("ext, what", [("parquet", "a Parquet file"), ("html", "an HTML page")])
def test_evaluate_other_report_formats_say_what_they_are(runner, folder, tmp_path, ext, what):
    pytest.importorskip("pyarrow") if ext == "parquet" else None
    report = tmp_path / f"rt.{ext}"
    assert run(runner, "batch", folder, "-o", report, "-q").exit_code == 0
    line = one_error_line(run(runner, "evaluate", folder, "--labels", report, "-q"))
    assert report.name in line and what in line and "batch -o report.csv" in line
    assert "binary" not in line and "first line" not in line


def test_json_labels_problems_name_the_record_or_line_and_quote_no_content(folder, tmp_path):
    """Problems in JSON labels are reported as for a CSV, counted in records (an array) or lines (JSON Lines);
    a transcript JSON or malformed JSON gets one line saying what is wrong with it as JSON, quoting none of it."""
    ok = {b: ("present" if b == "stay_positive" else "missing") for b in BEHAVIOURS}
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps([{"file": "a.txt", **ok, "ask_for_job": "maybe"}, {"file": "gone.txt", **ok}]))
    with pytest.raises(LabelError) as e:
        read_labels(labels, folder)
    assert [p.split(": ", 1)[1] for p in e.value.problems] == [
        f"record 2: transcript 'gone.txt' not found under {folder}",
        "1 cell(s) with an unknown status: record 1 ask_for_job 'maybe' (use present, partial or missing)"]
    lines = tmp_path / "labels.jsonl"
    lines.write_text(json.dumps({"File": "A", **ok, "turns": 2, "closing_from": None}) + "\n\n"
                     + json.dumps({"file": "b.txt", **ok, "follow_up": "partial"}) + "\n")
    with pytest.raises(LabelError) as e:
        read_labels(lines, folder)
    assert "line 3 follow_up" in str(e.value) and "line 1" not in str(e.value)
    cases = {
        "transcript.json": (json.dumps([{"speaker": "Sam", "text": "my secret answer"}]), "without a 'file' key"),
        "broken.json": ('[{"file": "a.txt", "ask_for_job": "my secret answer"', "not valid JSON"),
        "broken.jsonl": ('{"file": "a.txt"}\n{"file": my secret answer}\n', "not valid JSON Lines (line 2"),
        "strings.json": (json.dumps(["my secret answer"]), "record 1 is not an object"),
        "deep.json": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        "empty.json": ("[]", "nothing to evaluate"),
    }
    for name, (text, problem) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(LabelError) as e:
            read_labels(tmp_path / name, folder)
        message = str(e.value)
        assert message.startswith(f"{tmp_path / name}: ") and problem in message, message
        assert "secret" not in message and "\n" not in message and "first line" not in message


def test_evaluate_failed_file_detects_nothing_and_the_tables_agree(runner, folder, tmp_path):
    """A labelled file that cannot be read is predicted 'error' (hostile round 11, #5): never a true or false
    positive for any behaviour (stay_positive included, whose detection is 'missing'), only a miss where gold
    is a detection; the confusion and disagreement tables say 'error' too."""
    root = tmp_path / "f"
    root.mkdir()
    (root / "a.txt").write_bytes((folder / "a.txt").read_bytes())
    (root / "b.txt").write_bytes(b"\0\1bin")
    labels = tmp_path / "labels.csv"
    present = ",".join(["present"] * len(BEHAVIOURS))
    labels.write_text(f"file,{','.join(BEHAVIOURS)}\nb.txt,{present}\n", encoding="utf-8")
    report = tmp_path / "ev.json"
    result = run(runner, "evaluate", root, "--labels", labels, "-q", "-o", report)
    line = one_error_line(result)
    assert "b.txt" in line
    doc = json.loads(report.read_text(encoding="utf-8"))
    metrics = {r["behaviour"]: r for r in doc["metrics"]}
    for b in BEHAVIOURS:
        assert (metrics[b]["tp"], metrics[b]["fp"]) == (0, 0), metrics[b]
        assert metrics[b]["fn"] == (0 if b == "stay_positive" else 1), metrics[b]
    counted = {(r["behaviour"], r["predicted"]) for r in doc["confusion"] if r["count"]}
    assert counted == {(b, "error") for b in BEHAVIOURS}
    assert {(r["behaviour"], r["predicted"]) for r in doc["disagreements"]} == counted


def test_evaluate_confusion_has_no_error_column_when_every_file_is_read(folder):
    from analyzer.evaluate import confusion

    table = confusion({"follow_up": [("present", "missing")]})
    assert set(table["predicted"]) == {"present", "partial", "missing"} and len(table) == 9


def _vtt(turns: list[tuple[str, str]]) -> str:
    cues = [f"{i}\n00:00:{i * 10:02d}.000 --> 00:00:{i * 10 + 9:02d}.000\n{who}: {text}\n"
            for i, (who, text) in enumerate(turns, 1)]
    return "WEBVTT\n\n" + "\n".join(cues)


def test_round_trip_of_our_csv_report_reads_formula_guarded_names_and_candidates(runner, folder, tmp_path):
    """batch -o report.csv guards cells that would start a spreadsheet formula with "'" (hostile round 12, D3):
    evaluate --labels report.csv takes it off again, so '-x.txt', '=sum.txt', '+44 call.txt' are found and a
    dial-in caller labelled '+44 20 7946 0321' is not a "candidate detected differently" row."""
    root = tmp_path / "data"
    root.mkdir()
    for name in ("-x.txt", "=sum.txt", "+44 call.txt", "@home.txt", "plain.txt"):
        (root / name).write_bytes((folder / "a.txt").read_bytes())
    (root / "dialin.vtt").write_text(_vtt([
        ("Rachel Okafor", "Hi, can you hear me alright?"),
        ("+44 20 7946 0321", "Yes, I can hear you fine. I applied for this role because I love payments."),
        ("Rachel Okafor", HANDOVER),
        ("+44 20 7946 0321", "Yes. What are the next steps? Thank you so much for your time today.")]), encoding="utf-8")
    report = tmp_path / "rep.csv"
    assert run(runner, "batch", root, "-o", report, "-q").exit_code == 0
    text = report.read_text(encoding="utf-8-sig")
    assert "'=sum.txt" in text and "'+44 20 7946 0321" in text  # the guard is there, and stays there
    labels = read_labels(report, root)
    assert sorted(labels) == sorted(p.name for p in root.iterdir())
    assert labels["dialin.vtt"]["candidate"] == "+44 20 7946 0321"
    result = run(runner, "evaluate", root, "--labels", report, "-q")
    assert result.exit_code == 0 and result.stderr == "", result.output
    assert "candidate detected differently" not in result.stdout and "precision" in result.stdout


def test_labels_guard_is_taken_off_only_where_our_writers_put_it(folder, tmp_path):
    """Only "'" before = + - @ tab CR is a guard; "'Tis.txt" is a name, and so is a file really named "'=x.txt".
    A JSON report is never guarded, so its cells are read as they are."""
    root = tmp_path / "data"
    root.mkdir()
    for name in ("'Tis.txt", "'=x.txt", "\tt.txt", "-y.txt"):
        (root / name).write_bytes((folder / "a.txt").read_bytes())
    statuses = ",".join(["present"] * len(BEHAVIOURS))
    labels = tmp_path / "labels.csv"
    labels.write_text(f"file,candidate,{','.join(BEHAVIOURS)}\n"
                      f"'Tis.txt,'Sam,{statuses}\n'=x.txt,'@sam,{statuses}\n\"'\tt.txt\",'-,{statuses}\n"
                      f"'-y.txt,'+1 555,{statuses}\n", encoding="utf-8")
    got = {k: v["candidate"] for k, v in read_labels(labels, root).items()}
    assert got == {"'Tis.txt": "'Sam", "'=x.txt": "@sam", "\tt.txt": "-", "-y.txt": "+1 555"}
    ok = {b: "present" for b in BEHAVIOURS}
    as_json = tmp_path / "labels.json"
    as_json.write_text(json.dumps([{"file": "'-y.txt", **ok}]), encoding="utf-8")
    with pytest.raises(LabelError, match="transcript ''-y.txt' not found"):
        read_labels(as_json, root)


def test_evaluate_compares_the_candidate_label_as_the_candidate_option_matches_it(runner, folder, tmp_path):
    """The labels' candidate is compared ignoring case, dots, spacing and a closing colon, as --candidate is
    (hostile round 12, D9); a different speaker is still a "candidate detected differently" row."""
    from analyzer.evaluate import same_candidate

    assert same_candidate("candidate", "Candidate") and same_candidate("priyanka raman:", "Priyanka Raman")
    assert same_candidate("mr carvajal", "Mr. Carvajal") and same_candidate(" MR.  CARVAJAL : ", "Mr. Carvajal")
    assert same_candidate("", None)
    assert not same_candidate("A", "Candidate") and not same_candidate("Carvajal", "Luis Carvajal")
    assert not same_candidate("", "Candidate") and not same_candidate("Candidate", None)
    statuses = ",".join(["present"] * len(BEHAVIOURS))
    labels = tmp_path / "labels.csv"
    labels.write_text(f"file,candidate,{','.join(BEHAVIOURS)}\na.txt,candidate:,{statuses}\n"
                      f"b.txt,Interviewer,{statuses}\n", encoding="utf-8")
    out = tmp_path / "ev.json"
    assert run(runner, "evaluate", folder, "--labels", labels, "-q", "-o", out).exit_code == 0
    roles = json.loads(out.read_text(encoding="utf-8"))["roles"]
    assert [(r["file"], r["gold_candidate"], r["predicted_candidate"]) for r in roles] == [
        ("b.txt", "Interviewer", "Candidate")]
