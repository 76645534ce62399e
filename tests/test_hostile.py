"""Broken and hostile inputs, as an outside tester throws them at the command line.

Every case: the exit code of the contract (0 analysed, 1 input that cannot be analysed, 2 a bad
option value, 130 Ctrl-C, 143 SIGTERM), exactly one ``error:`` line naming the file, no traceback.
"""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from analyzer.report import LONG_COLUMNS
from analyzer.rules import BEHAVIOURS
from conftest import HANDOVER, RULES_DIR
from test_cli import _subprocess_env, assert_clean_failure, reuse_pipelines, run, runner  # noqa: F401

POSIX = os.name == "posix"
GOOD = (f"Interviewer: {HANDOVER}\nCandidate: What are the next steps? Café, naïve — “fine”.\n"
        "Interviewer: We decide next week.\nCandidate: Thank you for your time.\n")


def _zip(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buf.getvalue()


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _segments(*items) -> str:
    return json.dumps([dict(zip(("speaker", "text", "start", "end"), item)) for item in items])


# ------------------------------------------------------------------------------ unreadable inputs

UNREADABLE = {  # name -> (file content, words the error line must hold)
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\t\r\n  ", "whitespace"),
    "random.txt": (bytes(range(256)) * 40, "binary"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    "paper.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> stream\n\x00\x01\x02\xff endstream\n%%EOF\n", "PDF"),
    "text_only.pdf": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "PDF"),
    "notes.rtf": (b"{\\rtf1\\ansi Interviewer: hello\\par Candidate: thanks\\par}", "RTF"),
    "recording.m4a": (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00" + bytes(range(256)), "audio or video"),
    "recording.mp3": (b"ID3\x04\x00\x00\x00\x00\x00\x23TSSE" + bytes(range(256)), "audio or video"),
    "saved_page.txt": (b"<!DOCTYPE html><html><body>Interviewer: hello</body></html>", "web page"),
    "archive.txt": (_zip({"a.txt": "hello"}), "not a Word document"),
    "archive.docx": (_zip({"a.txt": "hello"}), "not a Word document"),
    "corrupt.docx": (_docx(["Interviewer: hello"])[:1500], "corrupt"),
    "nothing.docx": (_docx([]), "no text"),
    "nul.txt": (GOOD.encode()[:40] + b"\x00" + GOOD.encode()[40:], "NUL"),
    "deep.json": (b"[" * 10000 + b"]" * 10000, "nested too deeply"),
    "deep_json.txt": (b'{"a":' * 10000 + b"1" + b"}" * 10000, "nested too deeply"),
    "number.json": (b"42", "unknown shape"),
    "numbers.json": (b"[1, 2, 3]", "unknown shape"),
    "segments_string.json": (b'{"segments": "x"}', "unknown shape"),
    "null_fields.json": (json.dumps({"segments": [{"speaker": None, "text": None, "start": None}] * 3}).encode(),
                         "the text of all 3 item(s) is null"),
    "text_numbers.json": (_segments(("A", 5, 0), ("B", 6.5, 1)).encode(), "item 1: the text is a number"),
    "truncated.json": (_segments(("A", "hello there", 0), ("B", "hi", 1)).encode()[:30], "invalid JSON"),
    "truncated_json.txt": (b'{"segments": [{"speaker": "A", "te', "invalid JSON"),
    "huge_number.json": (b'[{"speaker": "A", "text": "hi", "start": ' + b"9" * 5000 + b"}]", "number too long"),
    "broken_times.vtt": (b"WEBVTT\n\n00:00:xx.000 --> 00:00:05.000\nA: hello\n\n99:99 --> aa\nB: hi\n",
                         "cue timing line could not be read"),
    "no_cues.vtt": (b"WEBVTT\n\n", "no transcript text"),
    "only_note.vtt": (b"WEBVTT\n\nNOTE exported by a tool\n\nNOTE another remark\n", "no transcript text"),
    "one_long_word.txt": (b"Candidate: " + b"ab" * 600_000, "one speaker turn"),
}


@pytest.mark.parametrize("name", list(UNREADABLE))
def test_hostile_unreadable_input(runner, tmp_path, name):
    data, problem = UNREADABLE[name]
    path = tmp_path / name
    path.write_bytes(data)
    line = assert_clean_failure(run(runner, "analyze", path), 1, name)
    assert problem in line


def test_hostile_missing_path_and_directory(runner, tmp_path):
    assert "not found" in assert_clean_failure(run(runner, "analyze", tmp_path / "gone.txt"), 1, "gone.txt")
    assert "directory" in assert_clean_failure(run(runner, "analyze", tmp_path), 1, tmp_path.name)


def test_hostile_unreadable_file(runner, tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    if POSIX and os.geteuid() == 0:  # root reads through chmod 000: make open() fail as it does for everyone else
        real_open = Path.open

        def denied(self, *args, **kwargs):
            if self.name == path.name:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", denied)
    try:
        assert "permission denied" in assert_clean_failure(run(runner, "analyze", path), 1, "locked.txt")
    finally:
        path.chmod(0o644)


def test_hostile_50mb_single_line_is_refused(runner, tmp_path):
    path = tmp_path / "runaway.txt"
    path.write_bytes(b"Candidate: " + b"blah " * (10 * 1024 * 1024))
    line = assert_clean_failure(run(runner, "analyze", path), 1, "runaway.txt")
    assert "too long" in line


@pytest.mark.skipif(not POSIX, reason="FIFOs and /dev/zero exist on POSIX systems only")
def test_hostile_fifo_and_device_are_refused_without_blocking(tmp_path):
    """Reading a FIFO blocks and /dev/zero never ends: both must be refused, not read (a subprocess, so a
    regression times out instead of hanging the suite)."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zeros.txt").symlink_to("/dev/zero")
    proc = subprocess.run([sys.executable, "-m", "analyzer", "analyze", "pipe.txt", "zeros.txt"], cwd=tmp_path,
                          env=_subprocess_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 2 and all(ln.startswith("error:") and "not a regular file" in ln for ln in lines), lines
    assert "pipe.txt" in lines[0] and "zeros.txt" in lines[1]


@pytest.mark.skipif(not POSIX, reason="FIFOs and /dev/zero exist on POSIX systems only")
def test_hostile_batch_gives_fifo_and_device_their_rows_and_counts_a_linked_file_once(runner, tmp_path):
    """A pipe or a link to /dev/zero named like a transcript cannot be read: its row says why (never opened,
    so nothing blocks), as `analyze` says it; a link to a file already in the folder is a warning, not a row."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "good.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zeros.txt").symlink_to("/dev/zero")
    result = run(runner, "batch", tmp_path, "-o", tmp_path / "out" / "r.json", "--jobs", "2")
    assert result.exit_code == 1, result.output
    rows = json.loads((tmp_path / "out" / "r.json").read_text(encoding="utf-8"))
    assert [(r["file"], "not a regular file" in r["error"]) for r in rows] == [
        ("good.txt", False), ("pipe.txt", True), ("zeros.txt", True)]
    assert [ln for ln in result.stderr.splitlines() if ln.startswith(("warning", "error"))] == [
        "warning: link.txt: the same file as good.txt; analysed once", *(f"error: {r['error']}" for r in rows[1:])]


# ------------------------------------------------------------------------------ odd but readable inputs

READABLE = {
    "utf16_bom.txt": GOOD.encode("utf-16"),
    "utf16le.txt": GOOD.encode("utf-16-le"),
    "utf16be.txt": GOOD.encode("utf-16-be"),
    "latin1.txt": GOOD.replace("—", "-").replace("“", '"').replace("”", '"').encode("latin-1"),
    "cp1252.txt": GOOD.encode("cp1252"),
    "mixed.txt": GOOD.encode("utf-8") + "Candidate: Déjà vu.\n".encode("cp1252"),
    "odd_times.json": (b'[{"speaker": "Interviewer", "text": "' + HANDOVER.encode() + b'", "start": -5, "end": 1e309},'
                       b'{"speaker": "Candidate", "text": "Thank you for your time.", "start": NaN, "end": 3}]'),
    "start_after_end.json": _segments(("Interviewer", HANDOVER, 10, 2),
                                      ("Candidate", "Thank you for your time.", 1e300, 5)).encode(),
    "no_indices.srt": (f"00:00:01,000 --> 00:00:02,000\nInterviewer: {HANDOVER}\n\n"
                       "00:00:03,000 --> 00:00:04,000\nCandidate: Thank you for your time.\n").encode(),
    "one_speaker.txt": b"Candidate: Hello.\nCandidate: What are the next steps? Thank you for your time.\n",
    "both_speaker.txt": f"Speaker: {HANDOVER}\nSpeaker: Thank you for your time.\n".encode(),
    "long_label.txt": f"{'X' * 500}: {HANDOVER}\nCandidate: Thank you for your time.\n".encode(),
    "markup_names.txt": (f'=HYPERLINK("http://x"): {HANDOVER}\n<b>Bob</b>: Thank you for your time.\n'
                         "**Eve** [x](y): sure\n@SUM(1): Thank you for your time.\n").encode(),
    "shouting.txt": f"Interviewer: {HANDOVER}\nCandidate: Thank you for your time{'!' * 20000}\n".encode(),
}


@pytest.mark.parametrize("name", list(READABLE))
def test_hostile_readable_input_gets_a_full_report(runner, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(READABLE[name])
    out = tmp_path / "report.csv"
    result = run(runner, "analyze", path, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "error:" not in result.output
    import pandas as pd

    df = pd.read_csv(out, keep_default_na=False)
    assert list(df["behaviour"]) == list(BEHAVIOURS)
    assert set(df["status"]) <= {"present", "partial", "missing"}
    assert all(not str(v).startswith(("=", "@", "+", "-")) for v in df.to_numpy().ravel())  # inert in a spreadsheet
    assert all(v == "" or math.isfinite(float(v)) for v in df["start"])


def test_hostile_200k_short_lines_are_analysed(runner, tmp_path):
    # speed is measured by benchmarks/, never asserted here (shared, noisy machines)
    path = tmp_path / "many.txt"
    path.write_text("".join(f"{'Interviewer' if i % 2 else 'Candidate'}: ok {i}\n" for i in range(200_000)),
                    encoding="utf-8")
    result = run(runner, "analyze", path, "-q")
    assert result.exit_code == 0, result.output


# ------------------------------------------------------------------------------ output paths


def _unwritable(tmp_path: Path) -> Path:
    """A folder no one can create a file in: procfs refuses even root; elsewhere a read-only folder."""
    if sys.platform.startswith("linux"):
        return Path("/proc/interview-close-test")
    folder = tmp_path / "read_only"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


@pytest.mark.parametrize("case, code, problem", [
    ("folder", 2, "is a folder"),
    ("input", 2, "refusing to overwrite an input"),
    ("extension", 2, "cannot write a report with '.pdf'"),
    ("no_extension", 2, "no extension"),
    ("parent_is_file", 1, "is not a folder"),  # like a read-only folder: the report cannot be written
    ("unwritable", 1, "cannot write the report"),
])
def test_hostile_output_path_is_refused_before_any_work(runner, tmp_path, case, code, problem):
    src = tmp_path / "in.csv"  # a transcript that happens to carry a report extension
    src.write_text(GOOD, encoding="utf-8")
    out = {"folder": tmp_path, "input": src, "extension": tmp_path / "r.pdf", "no_extension": tmp_path / "report",
           "parent_is_file": src / "r.csv", "unwritable": _unwritable(tmp_path) / "r.csv"}[case]
    line = assert_clean_failure(run(runner, "analyze", src, "-o", out), code, out.name)
    assert problem in line
    assert src.read_text(encoding="utf-8") == GOOD


def test_hostile_output_in_missing_folder_is_created(runner, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "new" / "deeper" / "r.json"
    assert run(runner, "analyze", src, "-o", out, "-q").exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == len(BEHAVIOURS)


# ------------------------------------------------------------------------------ rule sets

BOMB = "\n".join(["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
    f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi")])


def _rules_copy(tmp_path: Path, case: str) -> tuple[Path, str]:
    """A rule folder broken in one way, and the name its error line must hold."""
    folder = tmp_path / f"rules_{case}"
    if case == "missing":
        return folder, folder.name
    if case == "empty":
        folder.mkdir()
        return folder, folder.name
    shutil.copytree(RULES_DIR, folder)
    f = folder / "follow_up.yml"
    text = f.read_text(encoding="utf-8")
    patterns = {
        "bad_token": "  - id: hostile_bad\n    pattern: [{LOWERR: follow}]\n",
        "duplicate": "  - id: hostile_twice\n    pattern: follow up\n  - id: hostile_twice\n    pattern: write back\n",
        "bomb": "  - id: hostile_bomb\n    pattern: [{LOWER: {IN: *i}}]\n",
        "bad_regex": "  - id: hostile_regex\n    pattern: [{LOWER: {REGEX: \"(unclosed\"}}]\n",
    }
    if case == "invalid_yaml":
        f.write_text("id: follow_up\ntitle: [never closed\n", encoding="utf-8")
    elif case == "deep_yaml":
        (folder / "lexicon.yml").write_text("lists: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
        return folder, "lexicon.yml"
    else:
        head = BOMB + "\n" if case == "bomb" else ""  # anchors a..i, 9**9 values once expanded
        f.write_text(head + text.replace("patterns:\n", "patterns:\n" + patterns[case], 1), encoding="utf-8")
    return folder, "follow_up.yml"


@pytest.mark.parametrize("command", ["check", "analyze"])
@pytest.mark.parametrize("case, code, problem", [
    ("missing", 2, "not found"),
    ("empty", 2, "no rule files"),
    ("invalid_yaml", 1, "YAML syntax error"),
    ("bad_token", 1, "hostile_bad"),
    ("duplicate", 1, "duplicate id"),
    ("bomb", 1, "YAML bomb"),
    ("deep_yaml", 1, "nested too deeply"),
    ("bad_regex", 1, "not a valid regular expression"),
])
def test_hostile_rule_sets(runner, tmp_path, command, case, code, problem):
    folder, name = _rules_copy(tmp_path, case)
    src = tmp_path / "in.txt"
    src.write_text(GOOD, encoding="utf-8")
    args = ("rules", "check", folder) if command == "check" else ("analyze", src, "--rules", folder)
    assert problem in assert_clean_failure(run(runner, *args), code, name)


# ------------------------------------------------------------------------------ gold labels

HEADER = "file," + ",".join(BEHAVIOURS) + "\n"
ROW = ",present,missing,present,present,present,missing,missing\n"


@pytest.mark.parametrize("case, content, code, problem", [
    ("bom", ("\ufeff" + HEADER + "a.txt" + ROW).encode("utf-8"), 0, ""),
    ("utf16", (HEADER + "a.txt" + ROW).encode("utf-16"), 0, ""),
    ("some_columns", b"file,express_interest\na.txt,present\n", 0, ""),
    ("no_file_column", b"name,express_interest\na.txt,present\n", 1, "no 'file' column"),
    ("missing_transcript", (HEADER + "gone.txt" + ROW).encode(), 1, "'gone.txt' not found"),
    ("unknown_status", (HEADER + "a.txt" + ROW.replace("missing", "maybe", 1)).encode(), 1, "'maybe'"),
    ("duplicate_rows", (HEADER + "a.txt" + ROW + "a.txt" + ROW).encode(), 1, "labelled twice"),
    ("header_only", HEADER.encode(), 1, "nothing to evaluate"),
    ("empty", b"", 1, "empty"),
    ("binary", bytes(range(256)) * 8, 1, "binary"),
    ("huge_field", (HEADER + "a.txt," + "x" * 200_000 + ROW[ROW.index(",", 1):]).encode(), 1, "not a valid CSV"),
])
def test_hostile_labels(runner, tmp_path, case, content, code, problem):
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    labels = tmp_path / f"labels_{case}.csv"
    labels.write_bytes(content)
    result = run(runner, "evaluate", folder, "--labels", labels)
    if code == 0:
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output and "error:" not in result.output
        assert "express_interest" in result.stdout
    else:
        assert problem in assert_clean_failure(result, code, labels.name)


# ------------------------------------------------------------------------------ Ctrl-C


def test_hostile_ctrl_c_during_batch_exits_130_and_writes_nothing(runner, tmp_path, monkeypatch):
    import analyzer.batch as batch

    folder = tmp_path / "interviews"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(GOOD, encoding="utf-8")
    real = batch.analyze_one
    calls = []

    def interrupted(analyzer, path, rel, *screen):
        calls.append(rel)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(analyzer, path, rel, *screen)

    monkeypatch.setattr(batch, "analyze_one", interrupted)
    out = tmp_path / "out" / "cohort.csv"
    line = assert_clean_failure(run(runner, "batch", folder, "-o", out), 130)
    assert "interrupted" in line
    assert not out.exists() and not list(tmp_path.rglob(".*.tmp"))


def test_hostile_ctrl_c_while_writing_keeps_the_old_report(runner, tmp_path, monkeypatch):
    import analyzer.writers as writers

    src = tmp_path / "in.txt"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "r.csv"
    previous = ",".join(LONG_COLUMNS) + "\na.txt,follow_up" + "," * (len(LONG_COLUMNS) - 2) + "\n"  # an earlier report
    out.write_text(previous, encoding="utf-8")

    def half_written(df, tmp, ext, **kwargs):
        tmp.write_text("file,behav", encoding="utf-8")
        raise KeyboardInterrupt

    monkeypatch.setattr(writers, "_write_frame", half_written)
    assert "interrupted" in assert_clean_failure(run(runner, "analyze", src, "-o", out, "-q"), 130)
    assert out.read_text(encoding="utf-8") == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "r.csv"]  # no temporary file left


def _session(sid: int) -> list[int]:
    """The live processes of session ``sid`` (a zombie has already ended)."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            state, _ppid, _pgrp, session = (entry / "stat").read_text().rsplit(")", 1)[1].split()[:4]
        except (OSError, ValueError):  # not a process, or gone meanwhile
            continue
        if int(session) == sid and state != "Z":
            pids.append(int(entry.name))
    return pids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc (Linux)")
def test_hostile_sigterm_to_the_batch_parent_stops_its_workers(tmp_path):
    """`kill PID` (SIGTERM to the parent only, as a scheduler sends it) during `batch --jobs 2`: one line,
    exit 143, no report or temporary file, and no worker left behind waiting forever."""
    import signal

    folder = tmp_path / "cohort"
    folder.mkdir()
    for n in range(400):  # far more work than the moment between the workers starting and the signal
        (folder / f"{n:03d}.txt").write_text(GOOD, encoding="utf-8")
    out, err = tmp_path / "out" / "cohort.csv", tmp_path / "stderr.txt"
    with err.open("w") as stderr:  # a file, not a pipe: an orphaned worker would hold a pipe open
        proc = subprocess.Popen([sys.executable, "-m", "analyzer", "batch", folder, "-o", out, "--jobs", "2", "-q"],
                                env=_subprocess_env(), stdout=subprocess.DEVNULL, stderr=stderr,
                                start_new_session=True)  # its own session: every process it starts has its sid
    try:
        deadline = time.monotonic() + 180
        while len(_session(proc.pid)) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(_session(proc.pid)) == 3, "the parent and its two workers should be running"
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=180)
        deadline = time.monotonic() + 30
        while _session(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _session(proc.pid) == [], "a worker survived its parent"
    finally:
        if proc.poll() is None or _session(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 143, err.read_text()
    assert err.read_text().splitlines() == ["error: terminated (SIGTERM)"]
    assert not out.exists() and not list(tmp_path.rglob("*.tmp"))


# ------------------------------------------------------------------------------ found by an outside tester


def test_hostile_many_small_speakers_are_analysed_not_crashed(runner, tmp_path):
    """21 speakers who each say one line: roles unknown (a warning), not an internal error."""
    crowd = tmp_path / "crowd.txt"
    crowd.write_text("".join(f"Person {i}: I think the next steps are fine, thanks.\n" for i in range(21)),
                     encoding="utf-8")
    result = run(runner, "analyze", crowd)
    assert result.exit_code == 0, result.output
    assert "roles unknown" in result.output


def test_hostile_internal_error_in_one_file_keeps_the_others(runner, tmp_path, monkeypatch):
    """A bug met on one file of several is that file's error line and row; the report is still written."""
    from analyzer.analysis import Analyzer

    good, bad, out = tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "all.csv"
    for p in (good, bad):
        p.write_text(GOOD, encoding="utf-8")
    real = Analyzer.analyze

    def buggy(self, path, **kwargs):
        if Path(path).name == "bad.txt":
            raise ValueError("a bug")
        return real(self, path, **kwargs)

    monkeypatch.setattr(Analyzer, "analyze", buggy)
    result = run(runner, "analyze", good, bad, "-o", out, "--shape", "wide", "--quiet")
    assert result.exit_code == 1 and "bad.txt: internal error" in result.stderr, result.output
    import pandas as pd

    assert set(pd.read_csv(out)["file"].map(lambda f: Path(f).name)) == {"good.txt", "bad.txt"}


def test_hostile_summary_and_report_to_one_file_is_refused(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "same.csv"
    assert "overwrite the report" in assert_clean_failure(
        run(runner, "batch", tmp_path / "in", "-o", out, "--summary", out), 2, "same.csv")
    assert not out.exists()


@pytest.mark.skipif(not POSIX, reason="hard links as used here are POSIX")
def test_hostile_hard_link_to_an_input_is_refused(runner, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(GOOD, encoding="utf-8")
    alias = tmp_path / "alias.csv"
    os.link(src, alias)
    assert "refusing to overwrite an input" in assert_clean_failure(run(runner, "analyze", src, "-o", alias), 2)
    assert src.read_text(encoding="utf-8") == GOOD


def test_hostile_report_path_too_long(runner, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(GOOD, encoding="utf-8")
    assert "cannot write the report" in assert_clean_failure(run(runner, "analyze", src, "-o", "a" * 300 + ".csv"), 1)


@pytest.mark.parametrize("args, problem", [
    (("--candidate", "Candidate", "--interviewer", "candidate"), "one speaker cannot be both"),
    (("--candidate", "Mr. Lee", "--interviewer", "mr  lee"), "one speaker cannot be both"),
    (("--candidate", " "), "empty string"),
])
def test_hostile_contradictory_role_options(runner, tmp_path, args, problem):
    src = tmp_path / "in.txt"
    src.write_text(GOOD, encoding="utf-8")
    assert problem in assert_clean_failure(run(runner, "analyze", src, *args), 2)


def test_hostile_unlabelled_behaviour_is_not_scored(runner, tmp_path):
    """A labels file without a follow_up column scores the others and says follow_up was not scored,
    instead of showing it at 1.0."""
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    labels = tmp_path / "labels.csv"
    labels.write_text("file,thank_interviewer\na.txt,present\n", encoding="utf-8")
    result = run(runner, "evaluate", folder, "--labels", labels)
    assert result.exit_code == 0, result.output
    assert "thank_interviewer" in result.stdout and "follow_up" not in result.stdout
    assert "no column for" in result.stderr and "follow_up" in result.stderr


def test_hostile_metric_with_nothing_to_count_is_not_available(runner, tmp_path):
    """Support 0 and no prediction is no score (n/a), not a perfect 1.0; labelled but never found has no
    precision and F1 0; a real perfect score stays 1.0."""
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    labels = tmp_path / "labels.csv"
    labels.write_text("file,express_interest,ask_for_job,thank_interviewer\na.txt,missing,present,present\n",
                      encoding="utf-8")
    result = run(runner, "evaluate", folder, "--labels", labels, "-o", tmp_path / "ev.json")
    assert result.exit_code == 0, result.output
    metrics = json.loads((tmp_path / "ev.json").read_text(encoding="utf-8"))["metrics"]
    assert {m["behaviour"]: [m["precision"], m["recall"], m["f1"]] for m in metrics} == {
        "express_interest": [None, None, None], "ask_for_job": [None, 0.0, 0.0], "thank_interviewer": [1.0, 1.0, 1.0]}
    shown = [ln for ln in result.stdout.splitlines() if "express_interest" in ln][0]  # the metrics row
    assert shown.count("n/a") == 3 and "1.0" not in shown, shown
    assert run(runner, "evaluate", folder, "--labels", labels, "-o", tmp_path / "ev.html").exit_code == 0
    page = (tmp_path / "ev.html").read_text(encoding="utf-8")
    row = page[page.index("<td>express_interest</td>"):].split("</tr>")[0]
    assert row.count("n/a") == 3, row


def test_hostile_old_json_report_in_the_folder_is_skipped(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    assert run(runner, "batch", folder, "-o", folder / "old.json", "--quiet").exit_code == 0
    result = run(runner, "batch", folder, "-o", tmp_path / "new.csv", "--quiet")
    assert result.exit_code == 0, result.output


def test_hostile_several_label_problems_are_each_one_line(runner, tmp_path):
    folder = tmp_path / "interviews"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    labels = tmp_path / "labels.csv"
    labels.write_text(HEADER + "a.txt" + ROW.replace("missing", "maybe", 1) + "gone.txt" + ROW, encoding="utf-8")
    result = run(runner, "evaluate", folder, "--labels", labels)
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert result.exit_code == 1 and len(lines) == 2, result.stderr
    assert all(ln.startswith("error:") and "labels.csv" in ln and "more" not in ln for ln in lines), lines


# ------------------------------------------------------------------------------ names and text no encoder takes


def _non_utf8_folder(tmp_path: Path) -> Path:
    """A folder holding ``caf\\xe9.txt`` (a Latin-1 file name: Python reads it as ``caf\\udce9.txt``) and ``ok.txt``."""
    folder = tmp_path / "bad"
    folder.mkdir()
    try:
        (folder / os.fsdecode(b"caf\xe9.txt")).write_text(GOOD, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take a file name that is not UTF-8")
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    return folder


@pytest.mark.skipif(not POSIX or sys.platform == "darwin", reason="file names are bytes on Linux only")
@pytest.mark.parametrize("ext", [".csv", ".json", ".jsonl", ".xlsx", ".parquet", ".html", None])
def test_hostile_non_utf8_file_name_keeps_the_cohort_report(runner, tmp_path, ext):
    """A file name that is not UTF-8 used to cost the whole batch its report and summary (UnicodeEncodeError):
    now the file is analysed, its name written with a \\xNN escape, and a warning says so once."""
    import pandas as pd

    folder = _non_utf8_folder(tmp_path)
    out = tmp_path / f"report{ext}" if ext else None
    result = run(runner, "batch", folder, *(("-o", out, "-q") if out else ()))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    warned = [ln for ln in result.stderr.splitlines() if "not valid UTF-8" in ln]
    assert len(warned) == 1 and "caf\\xe9.txt" in warned[0], result.stderr
    if out is None:
        assert "cohort summary (2 transcripts)" in result.stdout
        return
    if ext in (".csv", ".xlsx", ".parquet"):
        read = {".csv": pd.read_csv, ".xlsx": pd.read_excel, ".parquet": pd.read_parquet}[ext]
        files = list(read(out)["file"])
    else:
        files = [name for name in ("caf\\xe9.txt", "ok.txt") if name in out.read_text(encoding="utf-8")]
        if ext != ".html":
            files = [name for name in ("caf\\\\xe9.txt", "ok.txt") if name in out.read_text(encoding="utf-8")]
    assert len(files) == 2 and files[-1] == "ok.txt", files


@pytest.mark.skipif(not POSIX or sys.platform == "darwin", reason="file names are bytes on Linux only")
def test_hostile_non_utf8_file_name_with_analyze_and_the_api(runner, tmp_path):
    import pandas as pd

    from analyzer.analysis import Analyzer
    from analyzer.batch import analyze_folder
    from analyzer.report import Report

    folder = _non_utf8_folder(tmp_path)
    bad = folder / os.fsdecode(b"caf\xe9.txt")
    result = run(runner, "analyze", bad, folder / "ok.txt", "-o", tmp_path / "an.csv", "-q")
    assert result.exit_code == 0, result.output
    files = list(pd.read_csv(tmp_path / "an.csv")["file"].drop_duplicates())
    assert files == [str(folder / "caf\\xe9.txt"), str(folder / "ok.txt")], files
    report = analyze_folder(folder)
    assert list(report.wide.file) == ["caf\\xe9.txt", "ok.txt"]
    assert "not valid UTF-8" in report.wide.warnings[0] and report.wide.warnings[1] == ""
    assert sum("not valid UTF-8" in note for note in report.notes) == 1
    # a Report built straight from Analyzer.analyze (no batch in between) escapes the name too, and says so
    direct = Report([Analyzer().analyze(bad)])
    assert list(direct.long.file.unique()) == [str(folder / "caf\\xe9.txt")]
    assert len(direct.notes) == 1 and "caf\\xe9.txt" in direct.notes[0]


def _surrogate_json(path: Path, speaker: str = "Candidate", said: str = "What are the next steps?") -> Path:
    turns = [("Interviewer", "Tell me about yourself."), (speaker, "I have five years of data work."),
             ("Interviewer", "Do you have any questions for me?"), (speaker, f"{said} Thank you for your time."),
             ("Interviewer", "We will call you Friday.")]
    path.write_text(json.dumps([{"speaker": s, "text": t} for s, t in turns]), encoding="utf-8")  # ASCII, \\u escapes
    return path


def test_hostile_lone_surrogate_in_json_speech_is_replaced(runner, tmp_path):
    """A JSON \\ud800 escape (half of an emoji) in the speech used to be "internal error: UnicodeEncodeError"."""
    src = _surrogate_json(tmp_path / "surr.json", said="Yes \ud800 what are the next steps?")
    assert "\\ud800" in src.read_text(encoding="utf-8")
    result = run(runner, "analyze", src, "-o", tmp_path / "o.csv", "-q")
    assert result.exit_code == 0, result.output
    assert "Yes \ufffd what are the next steps?" in (tmp_path / "o.csv").read_text(encoding="utf-8-sig")
    result = run(runner, "analyze", src, "-o", tmp_path / "w.csv", "-q", "--shape", "wide")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "w.csv").read_text(encoding="utf-8-sig").count("replaced with U+FFFD") == 1


def test_hostile_lone_surrogate_in_json_speaker_keeps_the_cohort_report(runner, tmp_path):
    from analyzer.readers import read_transcript

    folder = tmp_path / "sp"
    folder.mkdir()
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    _surrogate_json(folder / "spk.json", speaker="Dana \ud83d")
    transcript = read_transcript(folder / "spk.json")
    assert "Dana \ufffd" in transcript.speakers
    assert sum("U+FFFD" in w for w in transcript.warnings) == 1, transcript.warnings
    for args in (("-o", tmp_path / "sp.csv", "-q"), ("-o", tmp_path / "sp.xlsx", "-q"), ("-q",)):
        result = run(runner, "batch", folder, *args)
        assert result.exit_code == 0, result.output
    assert "Dana \ufffd" in (tmp_path / "sp.csv").read_text(encoding="utf-8-sig")


def test_hostile_whole_emoji_in_json_is_kept_without_a_warning(tmp_path):
    from analyzer.readers import read_transcript

    src = _surrogate_json(tmp_path / "emoji.json", said="What are the next steps? \U0001f600")
    assert "\\ud83d\\ude00" in src.read_text(encoding="utf-8")  # a surrogate pair: one character
    transcript = read_transcript(src)
    assert "\U0001f600" in transcript.turns[3].text
    assert not any("U+FFFD" in w for w in transcript.warnings)


def test_hostile_exclude_a_folder_in_the_api(tmp_path):
    """``analyze_folder(exclude=<a folder>)`` used to exclude nothing: now everything under it is left out."""
    from analyzer.batch import analyze_folder

    folder = tmp_path / "f"
    (folder / "sub" / "deeper").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt", "sub/deeper/c.txt", "subway.txt"):
        (folder / name).write_text(GOOD, encoding="utf-8")
    assert list(analyze_folder(folder, exclude=folder / "sub").wide.file) == ["a.txt", "subway.txt"]
    assert list(analyze_folder(folder, exclude=[str(folder / "sub" / "deeper")]).wide.file) == [
        "a.txt", "sub/b.txt", "subway.txt"]
    if POSIX:  # reached through a link, the folder is still left out
        (folder / "link").symlink_to(folder / "sub", target_is_directory=True)
        assert list(analyze_folder(folder, exclude=folder / "sub").wide.file) == ["a.txt", "subway.txt"]


def test_hostile_h20a_unlabelled_lines_over_a_million_characters_are_read(analyzer):
    """A file without speaker labels, one utterance a line as speech-to-text writes it, is one "turn": over
    1,000,000 characters it used to be refused as if its line breaks were missing. Now it is cut at its line
    breaks and meets the 5,000,000-character limit; a real one-line monster still gets one clear error."""
    from analyzer.errors import InputError
    from analyzer.readers import parse_bytes
    from analyzer.readers._common import MAX_TURN_CHARS

    line = "we went over the depot plan and the forecast for the region again today okay"
    n = MAX_TURN_CHARS // len(line) + 2_000
    data = "\n".join([line] * n + ["thank you so much what are the next steps after today"]).encode()
    transcript = parse_bytes(data, "whisper.txt")
    assert len(transcript.turns) > 1 and all(t.speaker is None for t in transcript.turns)
    assert all(len(t.text) <= MAX_TURN_CHARS for t in transcript.turns)
    assert [ln for t in transcript.turns for ln in t.lines] == list(range(1, n + 2))  # every line, once, in order
    result = analyzer.analyze_transcript(transcript)
    assert result.error is None and result.closing_from > n * 0.7
    assert {f.behaviour: f.status for f in result.findings}["clarify_next_steps"] == "present"
    with pytest.raises(InputError) as err:  # one line over the limit: the line break really is missing
        parse_bytes(" ".join([line] * n).encode(), "oneline.txt")
    assert "one line holds" in str(err.value) and "line breaks missing" in str(err.value)
    assert "speaker labels missing" not in str(err.value)
