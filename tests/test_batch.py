"""Batch analysis: discovery, workers, error isolation, the `batch` command."""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
from dataclasses import fields, is_dataclass
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal
from typer.testing import CliRunner

from analyzer.analysis import Analysis, Analyzer
from analyzer.batch import analyze_folder, discover, same_interview_twice
from analyzer.cli import app
from analyzer.errors import InputError
from analyzer.report import WIDE_COLUMNS

SAMPLES = Path(__file__).resolve().parent.parent / "sample_transcripts"
STRONG = SAMPLES / "plain" / "strong_close.txt"
WEAK = SAMPLES / "plain" / "weak_close.txt"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="module")
def sample_report(analyzer):
    return analyze_folder(SAMPLES, rules=analyzer)


def _labelled_files() -> list[str]:
    with (SAMPLES / "labels.csv").open(newline="", encoding="utf-8-sig") as fh:
        return [row["file"] for row in csv.DictReader(fh)]


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """Two good transcripts and three broken ones."""
    folder = tmp_path / "cohort"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(STRONG, folder / "good_strong.txt")
    shutil.copy(WEAK, folder / "sub" / "good_weak.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "truncated.json").write_text('{"segments": [{"speaker": "A", "text": "Thank you', encoding="utf-8")
    return folder


BROKEN = {"empty.txt", "binary.txt", "truncated.json"}


# --------------------------------------------------------------------------- discovery


def test_batch_discovery_matches_labels(sample_report):
    files = list(sample_report.wide["file"])
    assert sorted(files) == sorted(_labelled_files())
    assert files == sorted(files)  # stable, sorted order
    assert "labels.csv" not in files
    assert list(sample_report.wide.columns) == WIDE_COLUMNS


def test_batch_jobs_two_equals_jobs_one(sample_report):
    parallel = analyze_folder(SAMPLES, jobs=2)
    assert_frame_equal(parallel.wide, sample_report.wide)
    assert_frame_equal(parallel.long, sample_report.long)


def test_batch_cli_reproduces_labels_row_for_row(tmp_path):
    """`interview-close batch sample_transcripts -o report.csv` gives every labelled status, with --jobs 2."""
    from analyzer.rules import BEHAVIOURS

    out = tmp_path / "report.csv"
    result = CliRunner().invoke(app, ["batch", str(SAMPLES), "-o", str(out), "--jobs", "2", "--quiet"])
    assert result.exit_code == 0, result.output
    report = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig").set_index("file")
    gold = pd.read_csv(SAMPLES / "labels.csv", dtype=str, keep_default_na=False).set_index("file")
    assert sorted(report.index) == sorted(gold.index)
    got = report.loc[gold.index, list(BEHAVIOURS)]
    differ = got.ne(gold[list(BEHAVIOURS)]).stack()
    assert not differ.any(), differ[differ].index.tolist()
    named = gold[gold["candidate"] != ""].index
    assert report.loc[named, "candidate"].tolist() == gold.loc[named, "candidate"].tolist()


def test_batch_skips_hidden_and_other_files(tmp_path):
    shutil.copy(STRONG, tmp_path / "a.txt")
    shutil.copy(STRONG, tmp_path / ".hidden.txt")
    (tmp_path / ".git").mkdir()
    shutil.copy(STRONG, tmp_path / ".git" / "b.txt")
    (tmp_path / "notes.csv").write_text("file\n", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    assert [rel for _, rel in discover(tmp_path)] == ["a.txt"]


def test_batch_glob_and_exclude(tmp_path):
    (tmp_path / "x").mkdir()
    for name in ("a.txt", "b.vtt", "x/c.vtt", "x/d.txt"):
        shutil.copy(STRONG, tmp_path / name)
    assert [rel for _, rel in discover(tmp_path, "*.vtt")] == ["b.vtt", "x/c.vtt"]
    assert [rel for _, rel in discover(tmp_path, "x/*")] == ["x/c.vtt", "x/d.txt"]
    assert [rel for _, rel in discover(tmp_path, exclude=[tmp_path / "a.txt"])] == ["b.vtt", "x/c.vtt", "x/d.txt"]


def test_batch_glob_double_star_includes_the_top_and_ignores_case(tmp_path):
    """``**/`` is any folders or none, as in every shell that knows it; the extension case does not matter."""
    (tmp_path / "x" / "y").mkdir(parents=True)
    for name in ("a.txt", "x/B.TXT", "x/y/c.txt", "x/y/d.vtt"):
        shutil.copy(STRONG, tmp_path / name)
    assert [rel for _, rel in discover(tmp_path, "**/*.txt")] == ["a.txt", "x/B.TXT", "x/y/c.txt"]
    assert [rel for _, rel in discover(tmp_path, "x/**/*.txt")] == ["x/B.TXT", "x/y/c.txt"]  # near miss: not a.txt


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_batch_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "d").mkdir()
    shutil.copy(STRONG, tmp_path / "d" / "a.txt")
    os.symlink(tmp_path, tmp_path / "d" / "loop")
    os.symlink(tmp_path / "d", tmp_path / "again")
    rels = [rel for _, rel in discover(tmp_path)]
    assert rels == ["d/a.txt"] or rels == ["again/a.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_batch_file_reached_twice_through_a_link_is_analysed_once(tmp_path):
    """A link to a file also in the folder would count it twice in the cohort: kept once, under its
    first name in sorted order, with a note; a copy (same words, another file) is a transcript of its own."""
    (tmp_path / "sub").mkdir()
    shutil.copy(STRONG, tmp_path / "sub" / "a.txt")
    shutil.copy(STRONG, tmp_path / "sub" / "copy.txt")
    (tmp_path / "link.txt").symlink_to(tmp_path / "sub" / "a.txt")
    notes: list[str] = []
    assert [rel for _, rel in discover(tmp_path, notes=notes)] == ["link.txt", "sub/copy.txt"]
    assert notes == ["sub/a.txt: the same file as link.txt; analysed once"]


def test_batch_missing_or_empty_folder_errors(tmp_path):
    with pytest.raises(InputError, match="folder not found"):
        discover(tmp_path / "nope")
    (tmp_path / "labels.csv").write_text("file\n", encoding="utf-8")
    with pytest.raises(InputError, match="no transcripts found"):
        discover(tmp_path)
    with pytest.raises(InputError, match="matching"):
        discover(SAMPLES, "*.nothing")


def test_batch_single_file_is_a_one_file_batch(analyzer):
    report = analyze_folder(STRONG, rules=analyzer)
    assert list(report.wide["file"]) == ["strong_close.txt"]


def test_batch_walk_skips_files_that_are_not_interviews(tmp_path, analyzer):
    """A coach's notes found in the folder are listed as skipped, not scored; anything with a sign of a
    conversation (speaker-less prose that asks something) and any broken file still gets its row; a
    file named on its own is always analysed."""
    notes = {
        "letter.txt": "Dear Ms Lee,\nI would welcome the chance to join your team. Thank you for your time.\n"
                      "Kind regards,\nAmy\n",
        "agenda.md": "# Monday\n1. Warm-up\n2. Mock interview: why this role?\n3. Feedback\n",
        "skills.txt": "Skills: Python, SQL\nLanguages: French and Spanish\nReferences: on request\n",
        "prefs.json": '{"theme": "dark", "recent": ["a.txt"]}',
    }
    kept = {
        "interview.txt": "Interviewer: Do you have any questions for me?\nCandidate: Thank you for your time.\n",
        "asks.txt": "so what made you apply here and how do you see the role growing over the next year\n",
        "half.json": '{"segments": [{"speaker": "A", "text": "Thank',
    }
    report = _walk_scored_and_skipped(tmp_path, analyzer, kept, notes)
    assert report.notes[-1].startswith("skipped 4 files that are not interview transcripts: agenda.md (")
    assert list(analyze_folder(tmp_path / "letter.txt", rules=analyzer).wide["file"]) == ["letter.txt"]
    for name in kept:
        (tmp_path / name).unlink()
    with pytest.raises(InputError, match="no interview transcripts found; skipped 4 files"):
        analyze_folder(tmp_path, rules=analyzer)


def _walk_scored_and_skipped(folder, analyzer, kept: dict, skipped: dict):
    """Write the files, batch the folder, and check that exactly ``kept`` are scored and ``skipped`` skipped."""
    for name, text in {**skipped, **kept}.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = analyze_folder(folder, rules=analyzer)
    assert sorted(report.wide["file"]) == sorted(kept)
    assert sorted(file for file, _ in report.skipped) == sorted(skipped)
    return report


def test_batch_walk_scores_transcripts_with_no_sign_of_another_document(tmp_path, analyzer):
    """Missing speakers, times or '?' is no reason to skip: only positive evidence of another document
    (an e-mail's headers, a CV's section labels, a Markdown page of headings and bullets) is."""
    kept = {
        "asr.txt": "thanks for making the time today so talk me through your last role\n"
                   "i ran the support desk for two years and rebuilt our escalation process\n"
                   "great well that covers my side\nthank you i really want this job and will email you\n",
        "numbered.txt": "1. Interviewer: That is all from me today.\n2. Candidate: Thank you, I am keen to join.\n"
                        "3. Interviewer: You will hear from us soon.\n",
        "practised.md": "Thank you for your time today, I am very keen on this role.\n"
                        "I will send a short note tomorrow.\n",
        "once_each.txt": "Ana Ruiz: We will be in touch by Monday.\nBo Chen: Thank you, I am keen to hear back.\n",
    }
    other = {
        "mail.txt": "From: Ana Ruiz <ana@example.org>\nTo: Bo Chen\nSubject: next round\n\nThanks, see you soon.\n",
        "cv.txt": "2018-2022: Support lead\nEducation: BSc Maths\nSkills: SQL, Excel\n",
        "readme.md": "# Cohort B\n\nNotes for the spring group.\n\n- Interviewer: Ana\n- Sessions: Monday\n",
    }
    _walk_scored_and_skipped(tmp_path, analyzer, kept, other)


def test_batch_left_out_files_are_named_even_when_quiet_and_in_the_html(tmp_path):
    """Files left out (not an interview; a text file with another extension) are named on stderr even
    with --quiet and listed in the HTML report; --glob takes a text file of any extension, never a binary one."""
    shutil.copy(STRONG, tmp_path / "a.txt")
    shutil.copy(STRONG, tmp_path / "b.text")
    shutil.copy(STRONG, tmp_path / "c")
    (tmp_path / "d.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "mail.txt").write_text("From: a@example.org\nSubject: hello\n\nSee you.\n", encoding="utf-8")
    out = tmp_path / "out" / "r.html"
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "-q", "-o", str(out)])
    assert result.exit_code == 0, result.output
    line = "skipped 1 file that is not an interview transcript: mail.txt (an e-mail: From:, To:, Subject: lines); " \
           "left out 2 text files for their extension (--glob PATTERN takes them): b.text, c"
    assert result.output.strip() == f"warning: {line}"
    assert line in out.read_text(encoding="utf-8")
    assert sorted(analyze_folder(tmp_path, pattern="[bcd]*").wide["file"]) == ["b.text", "c"]


@pytest.mark.parametrize("jobs, error", [("2", TypeError), (1.5, TypeError), (True, TypeError), (-1, ValueError)])
def test_batch_api_checks_jobs(jobs, error):
    with pytest.raises(error, match="jobs must be"):
        analyze_folder(STRONG, jobs=jobs)


@pytest.mark.parametrize("field, value", [("whole", "yes"), ("candidate", 3), ("interviewer", ["Ana"])])
def test_api_options_are_checked(field, value):
    from analyzer.analysis import Options

    with pytest.raises(TypeError, match=f"Options.{field} must be"):
        Options(**{field: value})
    assert Options(candidate="Ana", whole=True).whole is True


# --------------------------------------------------------------------------- error isolation


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_error_isolation(mixed, jobs):
    report = analyze_folder(mixed, jobs=jobs)
    wide = report.wide.set_index("file")
    assert set(wide.index) == BROKEN | {"good_strong.txt", "sub/good_weak.txt"}
    failed = set(wide.index[wide["error"] != ""])
    assert failed == BROKEN
    for name in BROKEN:
        assert name in wide.loc[name, "error"]  # the reason names the file
    single = Analyzer().analyze(STRONG)
    assert wide.loc["good_strong.txt", "score"] == single.score
    assert list(wide.loc["good_strong.txt", list(f.behaviour for f in single.findings)]) == [
        f.status for f in single.findings
    ]


def test_batch_fail_fast_stops_at_first_error(mixed, analyzer):
    report = analyze_folder(mixed, rules=analyzer, fail_fast=True)
    assert list(report.wide["file"]) == ["binary.txt"]  # sorted order: binary.txt comes first
    assert report.wide["error"].iloc[0]


def test_batch_internal_error_becomes_a_row(mixed, monkeypatch, analyzer):
    real = Analyzer.analyze_transcript  # what a folder walk calls once it has read (and screened) a file

    def flaky(self, transcript):
        if Path(transcript.path).name == "good_strong.txt":
            raise ZeroDivisionError("boom")
        return real(self, transcript)

    monkeypatch.setattr(Analyzer, "analyze_transcript", flaky)
    wide = analyze_folder(mixed, rules=analyzer).wide.set_index("file")
    assert wide.loc["good_strong.txt", "error"].endswith("internal error: ZeroDivisionError")
    assert wide.loc["sub/good_weak.txt", "error"] == ""


def _walk(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    yield obj
    if is_dataclass(obj):
        for f in fields(obj):
            yield from _walk(getattr(obj, f.name), seen)
    elif isinstance(obj, (list, tuple, set)):
        for item in obj:
            yield from _walk(item, seen)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from _walk(item, seen)


def test_batch_analyses_hold_no_spacy_objects(sample_report):
    for analysis in sample_report.analyses:
        assert isinstance(analysis, Analysis)
        for obj in _walk(analysis):
            assert not type(obj).__module__.startswith(("spacy", "thinc")), type(obj)


# --------------------------------------------------------------------------- the command


def test_batch_cli_mixed_folder_exit_1(mixed, tmp_path):
    out = tmp_path / "reports" / "cohort.csv"
    summary = tmp_path / "reports" / "summary.json"
    result = CliRunner().invoke(app, ["batch", str(mixed), "-o", str(out), "--summary", str(summary), "--quiet"])
    assert result.exit_code == 1, result.output
    df = pd.read_csv(out, keep_default_na=False, dtype=str)
    assert len(df) == 5
    assert set(df.loc[df["error"] != "", "file"]) == BROKEN
    assert len(pd.read_json(summary)) == 7


def test_batch_cli_good_folder_exit_0_and_skips_its_own_report(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    shutil.copy(STRONG, folder / "one.txt")
    out = folder / "report.json"
    runner = CliRunner()
    for _ in range(2):  # the second run must not pick up the first run's report as a transcript
        result = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--jobs", "1"])
        assert result.exit_code == 0, result.output
        assert list(pd.read_json(out)["file"]) == ["one.txt"]
    assert "weakest" in result.output


def test_batch_cli_missing_folder_exit_1(tmp_path):
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "folder not found" in result.output


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork", reason="the patch reaches workers only by fork"
)
def test_batch_dead_worker_costs_only_its_file(mixed, monkeypatch):
    real = Analyzer.analyze_transcript  # a folder walk reads the file itself, then analyses the transcript

    def lethal(self, transcript):
        if Path(transcript.path).name == "good_strong.txt":
            os._exit(3)  # a crash in native code, or the OOM killer
        return real(self, transcript)

    monkeypatch.setattr(Analyzer, "analyze_transcript", lethal)
    wide = analyze_folder(mixed, jobs=2).wide.set_index("file")
    assert len(wide) == 5
    assert "worker process" in wide.loc["good_strong.txt", "error"]
    assert wide.loc["sub/good_weak.txt", "error"] == ""
    assert set(wide.index[wide["error"] != ""]) == BROKEN | {"good_strong.txt"}


@pytest.mark.parametrize("saved, kept", [
    ("speaker,start,text\nAna,0,Any questions?\nBen,2,When will you decide?\n", True),  # a transcript: kept
    (None, False),  # near miss: another run's report (ours, unchanged) is replaced as before
])
def test_batch_file_saved_at_the_report_path_during_the_run_is_not_overwritten(tmp_path, monkeypatch, saved, kept):
    """-o is checked again right before the replace: a file that appeared there while the folder was being
    analysed is kept, the report goes beside it, and the one error line says where (exit 2)."""
    import analyzer.batch as batch

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(STRONG, folder / "a.txt")
    out = tmp_path / "r.csv"
    real = batch.analyze_folder

    def slow(*args, **kwargs):  # someone saves a file at -o while the analysis runs
        report = real(*args, **kwargs)
        if saved is None:
            report.table("wide").iloc[:0].to_csv(out, index=False)
        else:
            out.write_text(saved, encoding="utf-8")
        return report

    monkeypatch.setattr(batch, "analyze_folder", slow)
    result = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), "--quiet"])
    side = tmp_path / "r.interview-close.csv"
    if kept:
        assert result.exit_code == 2, result.output
        assert out.read_text(encoding="utf-8") == saved
        assert result.stderr.strip() == (f"error: {out}: refusing to overwrite a file that is not an interview-close "
                                          f"report (it was saved there during the run); the report was written to "
                                          f"{side} instead")
        assert list(pd.read_csv(side)["file"]) == ["a.txt"]
    else:
        assert result.exit_code == 0, result.output
        assert list(pd.read_csv(out)["file"]) == ["a.txt"] and not side.exists()


def test_batch_quiet_without_output_still_prints_the_summary(tmp_path):
    """--quiet silences progress and notes, not the result: with no -o the cohort summary is printed."""
    shutil.copy(STRONG, tmp_path / "a.txt")
    quiet = CliRunner().invoke(app, ["batch", str(tmp_path), "--quiet"])
    assert quiet.exit_code == 0 and "cohort summary (1 transcript)" in quiet.stdout
    written = CliRunner().invoke(app, ["batch", str(tmp_path), "--quiet", "-o", str(tmp_path / "r.csv")])
    assert written.exit_code == 0 and written.stdout == ""


def test_batch_names_documents_no_reader_takes(tmp_path):
    """An .rtf, .odt or .pdf in a cohort folder is named in the one "left out" line (and the HTML), with
    what to do; named directly, an .odt is called an OpenDocument file, not a broken Word document."""
    import zipfile

    shutil.copy(STRONG, tmp_path / "a.txt")
    (tmp_path / "b.rtf").write_text("{\\rtf1\\ansi Interviewer: Any questions?\\par}", encoding="ascii")
    with zipfile.ZipFile(tmp_path / "c.odt", "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "-q", "-o", str(out)])
    line = ("left out 3 documents no reader takes (save as .docx or .txt): b.rtf (RTF), c.odt (OpenDocument), "
            "d.pdf (PDF)")
    assert result.exit_code == 0 and result.stderr.strip() == f"warning: {line}"
    assert line in out.read_text(encoding="utf-8")
    odt = CliRunner().invoke(app, ["analyze", str(tmp_path / "c.odt")])
    assert odt.exit_code == 1 and "an OpenDocument file" in odt.stderr and "save it as .docx" in odt.stderr


def test_batch_skips_the_meeting_chat_saved_beside_a_recording(tmp_path):
    """Zoom's chat file (either layout) in a walked folder is no second interview: skipped with its reason.
    A short timed transcript is kept (near miss), and a chat named directly is analysed as before."""
    shutil.copy(STRONG, tmp_path / "GMT1_Recording.txt")
    (tmp_path / "GMT1_RecordingnewChat.txt").write_text(
        "10:01:23 From  Ana Ruiz  to  Everyone:\n\tWelcome, the agenda is in the invite\n"
        "10:02:40 From  Ben Ode  to  Ana Ruiz(Direct Message):\n\tThanks! My portfolio: example.org\n",
        encoding="utf-8")
    (tmp_path / "tab_chat.txt").write_text("10:01:23\tAna Ruiz:\thello\n10:02:40\tBen Ode:\tthanks\n", encoding="utf-8")
    (tmp_path / "short.txt").write_text("[10:01:23] Ana: Any questions for me?\n[10:01:30] Ben: What are the next "
                                        "steps?\n", encoding="utf-8")
    report = analyze_folder(tmp_path)
    assert sorted(report.wide["file"]) == ["GMT1_Recording.txt", "short.txt"]
    assert report.skipped == [("GMT1_RecordingnewChat.txt", "a meeting chat, not a transcript"),
                              ("tab_chat.txt", "a meeting chat, not a transcript")]
    direct = analyze_folder(tmp_path / "tab_chat.txt").wide
    assert direct["file"].tolist() == ["tab_chat.txt"] and direct["error"].tolist() == [""]


# --------------------------------------------------------------------------- folders that cannot be read


def _unreadable(monkeypatch, folder: Path) -> None:
    """``folder`` cannot be listed, as after ``chmod 000`` (root reads anything, so the walk is made to fail)."""
    real = os.scandir

    def scandir(path="."):
        if os.path.realpath(path) == os.path.realpath(folder):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_batch_unreadable_subfolder_gets_an_error_row_and_exit_1(tmp_path, monkeypatch):
    """A sub-folder the walk cannot list was passed over in silence (exit 0, its transcripts missing from
    a report that looked complete): it now gets an error row naming it, and the batch exits 1."""
    folder = tmp_path / "b3"
    (folder / "week2").mkdir(parents=True)
    shutil.copy(STRONG, folder / "a.txt")
    shutil.copy(STRONG, folder / "week2" / "s1.txt")
    shutil.copy(STRONG, folder / "z.txt")
    _unreadable(monkeypatch, folder / "week2")
    out = tmp_path / "r.csv"
    result = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"error: {folder / 'week2'}: cannot read the folder (permission denied)" in result.output
    assert "cohort summary (2 transcripts, 1 folder could not be read)" in result.output
    df = pd.read_csv(out, keep_default_na=False, dtype=str)
    assert list(df["file"]) == ["a.txt", "week2/", "z.txt"]  # in sorted order, like a file's row
    assert "its transcripts were not analysed" in df.loc[1, "error"] and df.loc[0, "error"] == df.loc[2, "error"] == ""
    with pytest.raises(InputError, match="week2/ \\(permission denied\\)"):  # the API alone: an error too
        discover(folder)


def test_batch_unreadable_folder_alone_is_an_error_naming_it(tmp_path, monkeypatch):
    (tmp_path / "week2").mkdir()
    shutil.copy(STRONG, tmp_path / "week2" / "s1.txt")
    _unreadable(monkeypatch, tmp_path / "week2")
    with pytest.raises(InputError, match="no transcripts found; cannot read sub-folder\\(s\\) week2/"):
        analyze_folder(tmp_path)
    _unreadable(monkeypatch, tmp_path)
    with pytest.raises(InputError, match="cannot read the folder \\(permission denied\\)"):
        analyze_folder(tmp_path)


def test_batch_fail_fast_says_how_many_files_were_never_analysed(tmp_path):
    """--fail-fast wrote a report and a summary that looked like a complete (smaller) cohort."""
    for i in range(1, 7):
        shutil.copy(STRONG, tmp_path / f"s{i}.txt")
    (tmp_path / "s3.txt").write_bytes(b"")
    out = tmp_path / "out" / "ff.csv"
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "--fail-fast", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "cohort summary (3 transcripts, 1 could not be analysed, 3 never analysed (stopped by --fail-fast))" \
        in " ".join(result.output.split())
    assert ("warning: --fail-fast stopped the batch at the first failure: 3 files were never analysed and are not "
            "in the report: s4.txt, s5.txt, s6.txt") in " ".join(result.output.split())
    assert list(pd.read_csv(out)["file"]) == ["s1.txt", "s2.txt", "s3.txt"]
    whole = analyze_folder(tmp_path)  # without --fail-fast: nothing said
    assert whole.not_analysed == 0 and not whole.notes


@pytest.mark.parametrize("pattern", [None, "*"])
def test_batch_leaves_its_own_reports_out_quietly_whatever_their_extension(tmp_path, analyzer, pattern):
    """Earlier .html and .jsonl reports in the folder are left out like its .csv and .json ones: not named
    for --glob (a note), not error rows with --glob '*'."""
    from analyzer.writers import write_report

    shutil.copy(STRONG, tmp_path / "a.txt")
    report = analyze_folder(tmp_path, rules=analyzer)
    for name, shape in (("long.csv", "long"), ("long.json", "long"), ("long.jsonl", "long"),
                        ("wide.jsonl", "wide"), ("wide.json", "wide"), ("report.html", "long")):
        write_report(report, tmp_path / name, shape)
    again = analyze_folder(tmp_path, rules=analyzer, pattern=pattern)
    assert list(again.wide["file"]) == ["a.txt"]
    assert again.notes == [] and again.skipped == []


def test_analyze_folder_exclude_takes_one_path(tmp_path):
    """A single str or Path is one path to leave out, not a sequence of characters; bytes is a TypeError."""
    from conftest import HANDOVER

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Interviewer: {HANDOVER}\nCandidate: Thank you for your time.\n")
    for one in (str(tmp_path / "a.txt"), tmp_path / "a.txt"):
        assert list(analyze_folder(tmp_path, exclude=one).wide["file"]) == ["b.txt"]
    with pytest.raises(TypeError, match="exclude"):
        analyze_folder(tmp_path, exclude=b"a.txt")


def test_glob_with_no_match_does_not_blame_the_extension_list(tmp_path):
    """--glob takes any text file, so the no-match message names how the pattern is matched, not extensions."""
    (tmp_path / "a.txt").write_text("Interviewer: Hello.\nCandidate: Hi.\n")
    with pytest.raises(InputError) as e:
        discover(tmp_path, "plain/*.txt")
    assert "matching 'plain/*.txt'" in str(e.value) and ".vtt" not in str(e.value)


@pytest.mark.parametrize("args", [["--candidate", ""], ["--candidate", "  "], ["--interviewer", " \t"],
                                  ["--candidate", "Candidate", "--interviewer", "candidate."]],
                         ids=["empty", "blank", "blank_interviewer", "one_speaker_twice"])
def test_batch_cli_bad_speaker_option_is_one_usage_error_before_any_file(tmp_path, monkeypatch, args):
    """batch takes --candidate/--interviewer as analyze does (hostile round 11, #6): an empty or blank value,
    or one speaker named as both, is one usage error (exit 2) before any file is read, not silently ignored
    (exit 0) or a failure per file (exit 1)."""
    import analyzer.batch as batch_module

    def no_analysis(*a, **k):
        raise AssertionError("a file was analysed")

    monkeypatch.setattr(batch_module, "analyze_folder", no_analysis)
    monkeypatch.setattr("analyzer.cli.analyze_folder", no_analysis, raising=False)
    out = tmp_path / "r.csv"
    result = CliRunner().invoke(app, ["batch", str(STRONG.parent), "-o", str(out), *args])
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: --") and "Traceback" not in result.output, lines
    assert not out.exists()
    flag = args[0] if len(args) == 2 else "--candidate and --interviewer"
    assert lines[0].startswith(f"error: {flag}")


@pytest.mark.parametrize("field", ["candidate", "interviewer"])
@pytest.mark.parametrize("value", ["", "   ", "\t"])
def test_api_options_refuse_a_blank_speaker_name(field, value):
    """Options(candidate='') was silently ignored and '  ' raised "--candidate '  ' matches several speakers"
    (hostile round 11, #11): a blank name is a ValueError that speaks of Options, not of the command line."""
    from analyzer.analysis import Options

    with pytest.raises(ValueError, match=f"Options.{field} is ") as e:
        Options(**{field: value})
    assert "--" not in str(e.value)


def test_glob_given_twice_takes_the_union_in_sorted_order(tmp_path):
    """--glob given twice used to keep only the last pattern, dropping the first one's files without a word
    (hostile round 12, D8): every pattern now counts, a file any of them matches is taken once, and the
    rows stay in sorted order whatever the order of the patterns."""
    for name in ("a.txt", "b.vtt", "c.srt", "d.vtt"):
        shutil.copy(STRONG, tmp_path / name)
    assert [rel for _, rel in discover(tmp_path, ["*.srt", "b.vtt"])] == ["b.vtt", "c.srt"]
    assert [rel for _, rel in discover(tmp_path, ["*.vtt", "b.*"])] == ["b.vtt", "d.vtt"]
    result = CliRunner(env={"COLUMNS": "200"}).invoke(
        app, ["batch", str(tmp_path), "--glob", "c.srt", "--glob", "*.vtt", "-q", "-o", str(tmp_path / "r.csv")])
    assert result.exit_code == 0, result.output
    assert list(pd.read_csv(tmp_path / "r.csv")["file"]) == ["b.vtt", "c.srt", "d.vtt"]


def test_glob_written_as_a_list_says_to_repeat_glob(tmp_path):
    """'*.vtt,*.srt' is one pattern: alone it finds nothing and the error says to repeat --glob; beside a
    pattern that matches, it is named in a warning instead of being passed over."""
    for name in ("b.vtt", "c.srt"):
        shutil.copy(STRONG, tmp_path / name)
    with pytest.raises(InputError) as e:
        discover(tmp_path, "*.vtt,*.srt")
    assert "repeat --glob" in str(e.value) and "--glob '*.vtt' --glob '*.srt'" in str(e.value)
    report = analyze_folder(tmp_path, pattern=["{*.vtt,*.srt}", "*.vtt"])
    assert list(report.wide["file"]) == ["b.vtt"]
    assert any("--glob '{*.vtt,*.srt}' matched no file" in n and "repeat --glob" in n for n in report.notes)


def _as_vtt(text: str, rename: dict | None = None) -> str:
    """A plain 'Label: speech' transcript as Zoom's WebVTT, labels renamed as Zoom names people."""
    cues = ["WEBVTT", ""]
    for i, line in enumerate(line for line in text.splitlines() if line.strip()):
        label, _, speech = line.partition(": ")
        label = (rename or {}).get(label, label)
        cues += [str(i + 1), f"00:{i // 3:02d}:{i % 3 * 20:02d}.000 --> 00:{i // 3:02d}:{i % 3 * 20 + 19:02d}.000",
                 f"{label}: {speech}", ""]
    return "\n".join(cues)


def test_batch_warns_of_one_interview_saved_in_two_formats(tmp_path):
    """sam_lee.txt and sam_lee.vtt, the same interview (Zoom's captions and the coach's copy), used to be two
    rows with no word, every cohort rate weighted twice (hostile round 12, D7): one warning names both, the rows
    stay. Same-stem files with other speech, or the same speech under other names, get no such warning."""
    text = STRONG.read_text(encoding="utf-8")
    (tmp_path / "sam_lee.txt").write_text(text, encoding="utf-8")
    (tmp_path / "sam_lee.vtt").write_text(_as_vtt(text, {"Candidate": "Sam Lee", "Interviewer": "Rachel Okafor"}),
                                          encoding="utf-8")
    (tmp_path / "ana.txt").write_text(WEAK.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "ana.vtt").write_text(_as_vtt(text), encoding="utf-8")
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "sam_lee.md").write_text(text, encoding="utf-8")  # another folder: another session
    report = analyze_folder(tmp_path)
    assert list(report.wide["file"]) == ["ana.txt", "ana.vtt", "sam_lee.txt", "sam_lee.vtt", "x/sam_lee.md"]
    twice = [n for n in report.notes if "counts it twice" in n]
    assert len(twice) == 1 and twice[0].startswith("sam_lee.txt and sam_lee.vtt: one interview in 2 files"), report.notes
    result = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["batch", str(tmp_path), "-q", "-o", str(tmp_path / "r.csv")])
    assert result.exit_code == 0
    assert "warning: sam_lee.txt and sam_lee.vtt: one interview in 2 files (the same speech)" in result.output


def test_empty_glob_is_refused_not_read_as_everything(tmp_path):
    """--glob "$PAT" with PAT unset took the whole folder on its own and nothing beside another pattern
    (hostile round 13, L4): an empty pattern is a usage error (exit 2) in the CLI and a ValueError in the API."""
    for name in ("a.txt", "b.vtt"):
        shutil.copy(STRONG, tmp_path / name)
    for extra in ([], ["--glob", "*.vtt"]):
        result = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["batch", str(tmp_path), "--glob", " ", *extra, "-q"])
        assert result.exit_code == 2 and "empty pattern" in result.output, result.output
    with pytest.raises(ValueError, match="must not be empty"):
        discover(tmp_path, ["*.vtt", ""])


def test_verbatim_and_clean_copies_of_one_interview_are_the_same_speech(tmp_path):
    """Captions keep every "um" and "I I"; the coach's copy drops them. With a filler every dozen words the
    word pairs shared fell to 0.81 and the cohort counted the interview twice without a word (hostile round 13, M3)."""
    text = STRONG.read_text(encoding="utf-8")
    (tmp_path / "sam.txt").write_text(text, encoding="utf-8")
    noisy, count = [], 0
    for line in text.splitlines():
        label, sep, speech = line.partition(": ")
        words = []
        for word in speech.split():
            count += 1
            words += ["um,", word] if count % 12 == 0 else ([word, word.lower()] if count % 29 == 0 else [word])
        noisy.append(label + sep + " ".join(words))
    (tmp_path / "sam.vtt").write_text(_as_vtt("\n".join(noisy)), encoding="utf-8")
    notes = same_interview_twice([(tmp_path / "sam.txt", "sam.txt"), (tmp_path / "sam.vtt", "sam.vtt")])
    assert notes and notes[0].startswith("sam.txt and sam.vtt: one interview in 2 files"), notes


def test_a_cohort_saved_twice_gets_one_warning_not_one_per_student(tmp_path):
    """150 students each with a Zoom .vtt and a .txt copy printed 150 near-identical lines (hostile round 13, L3):
    past three such interviews, one line counts them and names the first few."""
    text = STRONG.read_text(encoding="utf-8")
    for i in range(7):
        (tmp_path / f"s{i}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"s{i}.vtt").write_text(_as_vtt(text), encoding="utf-8")
    files = [(p, p.name) for p in sorted(tmp_path.iterdir())]
    notes = same_interview_twice(files)
    assert len(notes) == 1, notes
    assert notes[0].startswith("7 interviews are each in several files") and "s0 (.txt, .vtt)" in notes[0]
    assert "and 2 more" in notes[0] and "--glob" in notes[0]
    assert len(same_interview_twice(files[:6])) == 3  # three: a line each, naming both files


def test_batch_walk_skips_a_readme_and_a_coachs_notes(tmp_path, analyzer):
    """A cohort folder's prose README (a '#' title, 'Note:'/'Consent:' lines) and a coach's notes on two
    students ('Priya: ... / Marcus: ...', under any name) are named as skipped, not scored into the cohort;
    the same names holding a conversation, and labelled lines that ask or say I/you, are still scored."""
    skipped = {
        "README.md": "# Spring cohort\n\nThese are the transcripts of the spring mock interviews.\n\n"
                     "Note: two students asked for their recordings to be deleted.\n"
                     "Consent: every student signed the form on 3 March.\n",
        "notes.txt": "Coach notes - week 3\n\nPriya: strong on examples, weak closing.\n"
                     "Marcus: nervous at start. Forgot to thank the panel.\nPriya: follow up next week.\n"
                     'Marcus: practise the closing again; try "I\'d love to move forward".\n',
        "week3.txt": "Priya: strong on examples, weak closing.\nMarcus: nervous at start, warmed up.\n"
                     "Priya: follow up about the portfolio.\n",
    }
    kept = {
        "c01.txt": "Interviewer: Do you have any questions for me?\nCandidate: Thank you, I am keen to join.\n",
        "sub/notes.txt": "Ana Ruiz: Anything you want to ask us?\nBo Chen: Yes, when will I hear back?\n"
                         "Ana Ruiz: By Friday.\n",
        "sub/readme.txt": "interviewer: do you have any questions for me\ncandidate: what are the next steps\n",
        "pair.txt": "Ana Ruiz: That is all from me.\nBo Chen: Thank you, I really want this job.\n"
                    "Ana Ruiz: Great, we will be in touch.\n",
    }
    (tmp_path / "sub").mkdir()
    report = _walk_scored_and_skipped(tmp_path, analyzer, kept, skipped)
    assert report.notes[-1].startswith("skipped 3 files that are not interview transcripts: README.md (a README")
    assert "week3.txt (notes on people" in report.notes[-1]


def test_batch_takes_jsonl_transcripts_but_not_its_own_jsonl_tables(tmp_path, analyzer):
    """A JSON Lines transcript is taken by default; our own .jsonl report, long report and summary are not."""
    lines = [{"speaker": "Interviewer", "text": "Do you have any questions for me?"},
             {"speaker": "Candidate", "text": "Thank you so much, I really want this job."}]
    (tmp_path / "talk.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "-q", "-o", str(tmp_path / "r.jsonl"),
                                      "--summary", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "-q", "--shape", "long", "-o", str(tmp_path / "l.jsonl")])
    assert result.exit_code == 0, result.output
    report = analyze_folder(tmp_path, rules=analyzer)
    assert list(report.wide["file"]) == ["talk.jsonl"] and not report.notes


@pytest.mark.parametrize("ext", ["json", "jsonl", "csv"])
def test_h18code_own_summary_in_the_input_folder_is_left_out_quietly(tmp_path, analyzer, ext):
    """Hostile round 18: `batch DIR -o DIR/rep.csv --summary DIR/sum.json` and then `batch DIR` named the
    tool's own sum.json as "a file that is not an interview transcript" (.csv/.jsonl summaries were already
    left out quietly). A summary a person added a column to is theirs: still named, never scored."""
    shutil.copy(STRONG, tmp_path / "a.txt")
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "-q", "-o", str(tmp_path / f"rep.{ext}"),
                                      "--summary", str(tmp_path / f"sum.{ext}")])
    assert result.exit_code == 0, result.output
    again = analyze_folder(tmp_path, rules=analyzer)
    assert list(again.wide["file"]) == ["a.txt"] and again.notes == [] and again.skipped == []
    if ext == "json":
        rows = json.loads((tmp_path / "sum.json").read_text(encoding="utf-8"))
        (tmp_path / "sum.json").write_text(json.dumps([dict(r, notes="") for r in rows]), encoding="utf-8")
        edited = analyze_folder(tmp_path, rules=analyzer)
        assert list(edited.wide["file"]) == ["a.txt"] and "sum.json" in " ".join(edited.notes)
