"""Report writers: round trips through pandas, atomic writes, formula injection, HTML escaping."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal
from typer.testing import CliRunner

from analyzer.analysis import Analyzer
from analyzer.batch import analyze_folder
from analyzer.cli import app
from analyzer.errors import OutputError
from analyzer.evaluate import Evaluation
from analyzer.report import WIDE_COLUMNS, Report
from analyzer.writers import (
    check_output,
    neutralise_formulas,
    render_html,
    render_tables,
    write_evaluation,
    write_report,
    write_table,
)

SAMPLES = Path(__file__).resolve().parent.parent / "sample_transcripts"
FORMATS = ["csv", "json", "jsonl", "xlsx", "parquet"]

HOSTILE = """Interviewer: Thanks for coming in today. Before we wrap up, do you have any questions for me?
Candidate: Yes, what are the next steps in the process?
=HYPERLINK("http://x","y") thank you so much for your time today.
Interviewer: We will decide by Friday. <script>alert("x")</script>
Candidate: <script>alert(1)</script> I really want this job. Thank you for your time.
"""


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="module")
def report(analyzer) -> Report:
    return analyze_folder(SAMPLES / "plain", rules=analyzer)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, analyzer) -> Report:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "x.txt").write_text(HOSTILE, encoding="utf-8")
    return analyze_folder(folder, rules=analyzer)


def read_back(path: Path, like: pd.DataFrame, sheet: str = "report") -> pd.DataFrame:
    """Read a written table with plain pandas and restore ``like``'s dtypes (formats lose some)."""
    text_cols = [c for c in like.columns
                 if pd.api.types.is_string_dtype(like[c]) or pd.api.types.is_object_dtype(like[c])]
    ext = path.suffix
    if ext == ".csv":
        df = pd.read_csv(path, dtype={c: str for c in text_cols}, keep_default_na=False,
                         na_values={c: [""] for c in like.columns if c not in text_cols})
    elif ext == ".json":
        df = pd.read_json(path, orient="records", dtype=False)
    elif ext == ".jsonl":
        df = pd.read_json(path, orient="records", lines=True, dtype=False)
    elif ext == ".xlsx":
        df = pd.read_excel(path, sheet_name=sheet, dtype={c: str for c in text_cols}, keep_default_na=False,
                           na_values={c: [""] for c in like.columns if c not in text_cols})
    else:
        df = pd.read_parquet(path)
    for c in text_cols:
        df[c] = df[c].fillna("").astype(str) if len(df) else df[c]
    return df.astype(like.dtypes.to_dict())


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("ext", FORMATS)
@pytest.mark.parametrize("shape", ["long", "wide"])
def test_writers_round_trip(report, tmp_path, ext, shape):
    path = tmp_path / f"report.{ext}"
    write_report(report, path, shape=shape)
    expected = report.table(shape)
    if ext == "csv":  # an .xlsx keeps the text as it is (quotePrefix makes it inert)
        expected = neutralise_formulas(expected)
    assert_frame_equal(read_back(path, expected), expected)


@pytest.mark.parametrize("ext", FORMATS)
def test_writers_table_round_trip(report, tmp_path, ext):
    path = tmp_path / f"summary.{ext}"
    write_table(report.summary, path)
    assert_frame_equal(read_back(path, report.summary, sheet="summary"), report.summary)


def test_writers_xlsx_has_report_and_summary_sheets(report, tmp_path):
    path = tmp_path / "r.xlsx"
    write_report(report, path, shape="wide")
    assert pd.ExcelFile(path).sheet_names == ["report", "summary"]
    assert_frame_equal(read_back(path, report.summary, sheet="summary"), report.summary)


def test_writers_csv_is_utf8_with_bom(report, tmp_path):
    path = tmp_path / "r.csv"
    write_report(report, path, shape="wide")
    assert path.read_bytes().startswith(b"\xef\xbb\xbffile,candidate,")


def test_writers_json_is_readable_records(report, tmp_path):
    path = tmp_path / "r.json"
    write_report(report, path, shape="long")
    text = path.read_text(encoding="utf-8")
    assert "\\/" not in text  # file paths are not escaped
    records = json.loads(text)
    assert len(records) == len(report.long) and set(records[0]) == set(report.long.columns)


def test_writers_evaluation(tmp_path):
    ev = Evaluation(
        metrics=pd.DataFrame({"behaviour": ["follow_up"], "precision": [1.0], "recall": [0.5], "f1": [0.6667]}),
        confusion=pd.DataFrame({"behaviour": ["follow_up"], "gold": ["present"], "predicted": ["missing"],
                                "count": [1]}),
        disagreements=pd.DataFrame({"file": ["a.txt"], "behaviour": ["follow_up"], "evidence": ["=1+1"]}),
        roles=pd.DataFrame(columns=["file", "gold_candidate", "predicted_candidate"]),
    )
    write_evaluation(ev, tmp_path / "e.csv")
    assert_frame_equal(pd.read_csv(tmp_path / "e.csv"), ev.metrics)
    write_evaluation(ev, tmp_path / "e.json")
    assert set(json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))) == {
        "metrics", "confusion", "disagreements"}
    write_evaluation(ev, tmp_path / "e.xlsx")
    sheets = pd.read_excel(tmp_path / "e.xlsx", sheet_name=None)
    assert list(sheets) == ["metrics", "confusion", "disagreements"]
    assert sheets["disagreements"]["evidence"][0] == "=1+1"  # the words as they are, in a quote-prefixed cell
    write_evaluation(ev, tmp_path / "e.html")
    assert "follow_up" in (tmp_path / "e.html").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- formula injection


def test_writers_neutralise_formulas_keeps_numbers():
    df = pd.DataFrame({"t": ["=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx", "ok", "a=b", ""],
                       "n": [-1, 2, 3, 4, 5, 6, 7, 8, 9]})
    out = neutralise_formulas(df)
    assert list(out["t"]) == ["'=1+1", "'+1", "'-x", "'@SUM(A1)", "'\tx", "'\rx", "ok", "a=b", ""]
    assert out["n"].dtype == df["n"].dtype and list(out["n"]) == list(df["n"])
    assert list(df["t"])[0] == "=1+1"  # the input frame is untouched


def test_writers_hyperlink_is_inert_in_csv_and_xlsx(hostile, tmp_path):
    evidence = list(hostile.long["evidence"])
    assert any(e.startswith("=HYPERLINK") for e in evidence), evidence  # the hostile cell reaches the writers
    write_report(hostile, tmp_path / "r.csv", shape="long")
    cells = pd.read_csv(tmp_path / "r.csv", dtype=str, keep_default_na=False).to_numpy().ravel()
    assert not any(c.startswith("=") for c in cells)
    assert any(c.startswith("'=HYPERLINK") for c in cells)

    from openpyxl import load_workbook

    write_report(hostile, tmp_path / "r.xlsx", shape="long")
    ws = load_workbook(tmp_path / "r.xlsx")["report"]
    values = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)
    hyperlinks = [c for c in values if c.value.startswith("=HYPERLINK")]
    assert hyperlinks and all(c.data_type == "s" and c.quotePrefix for c in hyperlinks)


# --------------------------------------------------------------------------- safety


def test_writers_refuse_to_overwrite_input(tmp_path):
    transcript = tmp_path / "t.json"
    transcript.write_text("[]", encoding="utf-8")
    with pytest.raises(OutputError, match="overwrite"):
        check_output(transcript, inputs=[transcript])
    with pytest.raises(OutputError, match="overwrite"):
        check_output(transcript, inputs=[tmp_path])
    check_output(tmp_path / "new.json", inputs=[tmp_path])  # a new file in the folder is fine
    check_output(tmp_path / "t.csv", inputs=[tmp_path])
    # batch reads .jsonl transcripts too: one in the folder is never overwritten by the report
    (tmp_path / "talk.jsonl").write_text('{"speaker": "Sam", "text": "Hi."}\n', encoding="utf-8")
    with pytest.raises(OutputError, match="transcript inside the input folder"):
        check_output(tmp_path / "talk.jsonl", inputs=[tmp_path])


def test_writers_csv_in_input_folder_transcript_kept_old_report_replaced(tmp_path):
    (tmp_path / "talk.csv").write_text("speaker,text\nInterviewer,Hi.\n", encoding="utf-8")
    (tmp_path / "report.csv").write_text("\ufeff" + ",".join(WIDE_COLUMNS) + "\n", encoding="utf-8")
    with pytest.raises(OutputError, match="overwrite a transcript"):
        check_output(tmp_path / "talk.csv", inputs=[tmp_path])
    check_output(tmp_path / "report.csv", inputs=[tmp_path])


#: Files in report formats that are not ours: transcripts the readers would read, someone's table.
FOREIGN = {
    "csv": "speaker,text\nInterviewer,Any questions?\n",
    "json": '{"segments": [{"speaker": "SPEAKER_00", "text": "Any questions?"}]}',
    "jsonl": '{"speaker": "Interviewer", "text": "Any questions?"}\n',
    "html": "<html><body>minutes of the panel</body></html>",
    "xlsx": pd.DataFrame({"speaker": ["Interviewer"], "text": ["Any questions?"]}),
    "parquet": pd.DataFrame({"speaker": ["Interviewer"], "text": ["Any questions?"]}),
}


@pytest.mark.parametrize("ext", FOREIGN)
def test_writers_existing_file_replaced_only_when_it_is_our_report(tmp_path, report, ext):
    """-o may replace an earlier report of ours, never another file (a transcript that is not an input)."""
    ours, theirs = tmp_path / f"ours.{ext}", tmp_path / f"theirs.{ext}"
    write_report(report, ours)
    content = FOREIGN[ext]
    if isinstance(content, str):
        theirs.write_text(content, encoding="utf-8")
    else:
        getattr(content, f"to_{'excel' if ext == 'xlsx' else ext}")(theirs, index=False)
    check_output(ours, inputs=[])
    before = theirs.read_bytes()
    with pytest.raises(OutputError, match="not an interview-close report"):
        check_output(theirs, inputs=[])
    assert theirs.read_bytes() == before


@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_writers_edited_report_is_not_ours_any_more(tmp_path, report, ext):
    """A report a person added a column (or, in a workbook, a sheet) to holds their work: -o refuses it;
    the same report untouched is still replaced."""
    path = tmp_path / f"gold.{ext}"
    write_report(report, path, shape="wide")
    check_output(path)  # near miss: our report as written
    if ext == "csv":
        pd.read_csv(path).assign(annotator="kim").to_csv(path, index=False)
    else:
        with pd.ExcelWriter(path, engine="openpyxl", mode="a") as book:
            pd.DataFrame({"note": ["ask about the thank-you"]}).to_excel(book, sheet_name="My notes", index=False)
    before = path.read_bytes()
    with pytest.raises(OutputError, match="not an interview-close report"):
        check_output(path)
    assert path.read_bytes() == before


def test_writers_output_through_a_link_and_with_a_tilde(tmp_path, report, monkeypatch):
    """-o through a symbolic link writes the link's target (the link stays); '~' means the home folder."""
    target = tmp_path / "real" / "r.csv"
    write_report(report, target)
    target.write_text("\ufeff" + ",".join(WIDE_COLUMNS) + "\n", encoding="utf-8")  # an older, empty report
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    check_output(link)
    write_report(report, link, shape="wide")
    assert link.is_symlink() and len(pd.read_csv(target)) == len(report.wide)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["analyze", str(SAMPLES / "plain" / "strong_close.txt"), "-q", "-o", "~/r.csv"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "home" / "r.csv").is_file() and not (tmp_path / "~").exists()


def test_writers_cli_refuses_to_overwrite_input(tmp_path):
    transcript = tmp_path / "t.json"
    shutil.copy(SAMPLES / "stt" / "generic.json", transcript)
    before = transcript.read_bytes()
    result = CliRunner().invoke(app, ["analyze", str(transcript), "-o", str(transcript)])
    assert result.exit_code == 2  # a usage error: -o names an input
    assert "refusing to overwrite" in result.output
    assert transcript.read_bytes() == before


@pytest.mark.parametrize("name", ["r.txt", "r.xls", "r", "r.CSVX"])
def test_writers_unsupported_extension(tmp_path, name, report):
    with pytest.raises(OutputError, match="cannot write a report"):
        check_output(tmp_path / name)
    with pytest.raises(OutputError):
        write_report(report, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_writers_missing_extra_names_pip_install(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    with pytest.raises(OutputError, match=r'pip install "interview-close\[parquet\]"'):
        check_output(tmp_path / "r.parquet")


@pytest.mark.parametrize("ext", FORMATS + ["html"])
def test_writers_atomic_no_temp_files(report, tmp_path, ext):
    path = tmp_path / "deep" / "er" / f"r.{ext}"
    write_report(report, path)
    write_report(report, path)  # replacing an existing report
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_writers_failed_write_keeps_old_file(report, tmp_path, monkeypatch):
    path = tmp_path / "r.csv"
    path.write_text("old", encoding="utf-8")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", fail)
    with pytest.raises(OutputError, match="No space left"):
        write_report(report, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]


# --------------------------------------------------------------------------- HTML


def test_writers_html_escapes_transcript_text(hostile, tmp_path):
    path = tmp_path / "r.html"
    write_report(hostile, path)
    html = path.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "<mark>" in html


def test_writers_html_report_content(report):
    html = render_html(report)
    assert html.startswith("<!DOCTYPE html>")
    assert "http://" not in html and "https://" not in html  # stand-alone: no external assets
    for behaviour in report.summary["behaviour"]:
        assert behaviour in html
    for name in report.wide["file"]:
        assert name in html
    assert "Weakest behaviour" in html


def _with_statuses(analysis, **statuses):
    """A copy of ``analysis`` whose named behaviours have the given statuses."""
    from dataclasses import replace

    return replace(analysis, findings=[replace(f, status=statuses.get(f.behaviour, f.status))
                                       for f in analysis.findings])


def test_report_same_file_name_twice_gets_two_wide_rows(analyzer):
    first = analyzer.analyze(SAMPLES / "plain" / "strong_close.txt")
    wide = Report([_with_statuses(first, ask_for_job="missing"), _with_statuses(first, ask_for_job="partial")]).wide
    assert list(wide["file"]) == [first.file] * 2 and list(wide["ask_for_job"]) == ["missing", "partial"]


def test_report_weakest_tie_counts_a_partial_as_half_done(analyzer):
    base = analyzer.analyze(SAMPLES / "plain" / "strong_close.txt")
    never = dict(ask_concerns="missing", follow_up="missing")
    report = Report([_with_statuses(base, **never), _with_statuses(base, **{**never, "follow_up": "partial"})])
    assert report.summary.set_index("behaviour").loc[["ask_concerns", "follow_up"], "rate"].tolist() == [0.0, 0.0]
    assert report.weakest() == "ask_concerns"
    assert Report([_with_statuses(base, **never)] * 2).weakest() == "ask_concerns, follow_up"  # near miss: a real tie


def test_writers_xlsx_failing_mid_write_leaves_one_error_and_no_late_traceback(report, tmp_path, monkeypatch):
    """A disk that fills up half-way through the workbook: one OutputError, no temporary file, and nothing
    left half-open to print "Exception ignored in: ZipFile.__del__" when it is collected later."""
    import builtins
    import gc
    import io
    import sys

    real_open = io.open

    class FullDisk:
        def __init__(self, fh):
            self.fh, self.room = fh, 2048

        def write(self, data):
            self.room -= len(data)
            if self.room < 0:
                raise OSError(28, "No space left on device")
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    def opener(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        return FullDisk(fh) if "w" in mode and str(file).endswith(".tmp") else fh

    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    monkeypatch.setattr(io, "open", opener)
    monkeypatch.setattr(builtins, "open", opener)
    with pytest.raises(OutputError, match="No space left on device"):
        write_report(report, tmp_path / "r.xlsx")
    gc.collect()
    assert unraisable == [] and list(tmp_path.iterdir()) == []


def test_writers_xlsx_cuts_an_over_long_cell_with_a_marker_and_no_python_warning(tmp_path):
    """A cell over Excel's 32,767 characters made openpyxl print a raw UserWarning and cut it without a word."""
    import warnings

    from openpyxl import load_workbook

    from analyzer.analysis import Analysis

    long = "w" * 40_000
    report = Report([Analysis(file="a.txt", warnings=[long]), Analysis(file="b.txt", warnings=["short"])])
    out = tmp_path / "r.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        write_report(report, out, shape="wide")
    ws = load_workbook(out)["report"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=header.index("warnings") + 1).value
    assert len(cell) <= 32_767 and cell.startswith("w" * 1000)
    cut = 40_000 - cell.index("…")
    assert cell.endswith(f"… (cut: {cut:,} more characters)")
    assert ws.cell(row=3, column=header.index("warnings") + 1).value == "short"
    write_report(report, tmp_path / "r.json", shape="wide")  # the other formats keep the cell whole
    assert pd.read_json(tmp_path / "r.json")["warnings"][0] == long


@pytest.mark.parametrize("name", [".csv", ".XLSX", ".json"])
def test_writers_bare_extension_asks_for_a_file_name(tmp_path, name):
    """``-o .csv`` said "cannot write a report with no extension", though the name is all extension."""
    with pytest.raises(OutputError, match=f"give the report a file name, for example report{name.lower()}"):
        check_output(tmp_path / name)
    result = CliRunner().invoke(app, ["analyze", str(SAMPLES / "plain" / "strong_close.txt"), "-o",
                                      str(tmp_path / name)])
    assert result.exit_code == 2
    assert "give the report a file name" in result.output


# --------------------------------------------------------------------------- characters a format cannot hold

#: XML forbids these (openpyxl/lxml refused the whole workbook); NUL and the other C0 controls also broke
#: CSV consumers and are not allowed in HTML.
ODD = "\ufffe \uffff \x00 \x07 \x1b"


@pytest.fixture(scope="module")
def odd(tmp_path_factory, analyzer) -> Report:
    folder = tmp_path_factory.mktemp("odd")
    turns = [("Interviewer", "Do you have any questions for me?"),
             ("Candidate", f"What are the next steps? I am really excited about this role {ODD} x. Thank you for "
                           "your time."),
             ("Interviewer", "We will call you Friday.")]
    (folder / "odd.json").write_text(json.dumps([{"speaker": s, "text": t} for s, t in turns]), encoding="utf-8")
    report = analyze_folder(folder, rules=analyzer)
    assert any(ODD in e for e in report.table("long")["evidence"].dropna())  # what the writers get
    return report


@pytest.mark.parametrize("shape", ["long", "wide"])
def test_writers_xlsx_drops_what_xml_forbids_and_writes_the_workbook(odd, tmp_path, shape):
    """U+FFFE/U+FFFF in the evidence: "internal error (ValueError)" and no workbook at all."""
    from openpyxl import load_workbook

    out = tmp_path / "r.xlsx"
    write_report(odd, out, shape=shape)
    cells = [c for row in load_workbook(out)["report"].iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert not any(ch in c for c in cells for ch in "\ufffe\uffff\x00\x07\x1b")
    if shape == "long":
        assert any("excited about this role" in c and "x. Thank you" in c for c in cells)


def test_writers_xlsx_non_character_in_a_name_and_formula_after_a_control_stays_inert(tmp_path):
    from openpyxl import load_workbook

    from analyzer.analysis import Analysis

    report = Report([Analysis(file="a\uffff.txt", warnings=['\x00=HYPERLINK("http://x","y")'])])
    write_report(report, tmp_path / "r.xlsx", shape="wide")
    ws = load_workbook(tmp_path / "r.xlsx")["report"]
    row = dict(zip([c.value for c in ws[1]], [c.value for c in ws[2]]))
    assert row["file"] == "a.txt" and row["warnings"] == '=HYPERLINK("http://x","y")'
    assert ws["A2"].data_type == "s" and not ws["A2"].quotePrefix
    guarded = [c for c in ws[2] if c.value == row["warnings"]]
    assert guarded and all(c.data_type == "s" and c.quotePrefix for c in guarded)


@pytest.mark.parametrize("ext", ["csv", "html"])
def test_writers_csv_and_html_drop_nul_and_control_characters(odd, tmp_path, ext):
    """A NUL was written raw: C-based CSV tools stop there, ``grep`` takes the file for binary, HTML forbids it."""
    import re

    out = tmp_path / f"r.{ext}"
    write_report(odd, out)
    assert re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", out.read_bytes()) is None
    assert "excited about this role \ufffe \uffff    x." in out.read_text(encoding="utf-8-sig")
    df = pd.DataFrame({"a": ["x\x00y\tz\nw", '\x00=HYPERLINK("http://x","y")'], "n": [1, 2]})
    write_table(df, tmp_path / f"t.{ext}")
    if ext == "csv":  # tab and newline are text the quoting holds; a formula behind a NUL stays inert
        back = pd.read_csv(tmp_path / "t.csv", encoding="utf-8-sig", keep_default_na=False)
        assert back["a"].tolist() == ["xy\tz\nw", '\'=HYPERLINK("http://x","y")'] and back["n"].tolist() == [1, 2]
    else:
        assert "\x00" not in (tmp_path / "t.html").read_text(encoding="utf-8") and "xy\tz\nw" in render_tables(
            "t", {"t": df})



# --------------------------------------------------------------------------- hostile round 14 (fix-writers)

#: DEL and the C1 controls (category Cc, like NUL): not text anyone said.
DEL_C1 = "\x7f\x80\x85\x9b\x9f"


@pytest.mark.parametrize("ext", ["csv", "html", "xlsx"])
def test_writers_drop_del_and_c1_controls_like_the_other_control_characters(tmp_path, ext):
    """Round 14, #3: U+007F stayed in CSV, .xlsx and HTML cells while NUL, U+0001 and ESC were dropped."""
    import re

    df = pd.DataFrame({"a": [f"ctrl{DEL_C1}del é€ ok", f"\x7f=1+1"], "n": [1, 2]})
    out = tmp_path / f"t.{ext}"
    write_table(df, out)
    if ext == "xlsx":
        from openpyxl import load_workbook

        ws = load_workbook(out)["summary"]
        cells = [ws["A2"].value, ws["A3"].value]
        assert cells == ["ctrldel é€ ok", "=1+1"] and ws["A3"].quotePrefix and ws["A3"].data_type == "s"
    else:
        text = out.read_text(encoding="utf-8-sig")
        assert re.search("[\x7f-\x9f]", text) is None and "ctrldel é€ ok" in text
        if ext == "csv":  # a formula behind a DEL stays inert once the DEL is gone
            assert pd.read_csv(out, keep_default_na=False)["a"].tolist() == ["ctrldel é€ ok", "'=1+1"]


def test_writers_xlsx_formula_cells_keep_their_text_with_quote_prefix(tmp_path):
    """Round 14, #4: an .xlsx cell starting with = + - @ tab or CR showed a literal apostrophe: now the text is
    unchanged, a string cell (never a formula) with the quotePrefix style; pandas reads the original back.
    The CSV keeps its leading apostrophe."""
    from openpyxl import load_workbook

    texts = ["=1+1", "+44 20 7946 0321", "-x", "@SUM(A1)", "\tx", "\rx", "ok", "a=b", "'=already"]
    df = pd.DataFrame({"t": texts, "n": range(len(texts))})
    write_table(df, tmp_path / "t.xlsx")
    ws = load_workbook(tmp_path / "t.xlsx")["summary"]
    cells = [ws.cell(row=i, column=1) for i in range(2, len(texts) + 2)]
    assert [c.value for c in cells] == texts
    assert all(c.data_type == "s" for c in cells) and not any(c.data_type == "f" for r in ws.iter_rows() for c in r)
    assert [c.quotePrefix for c in cells] == [True] * 6 + [False] * 3
    assert not ws["B2"].quotePrefix and ws["B2"].value == 0  # numbers are left alone
    back = pd.read_excel(tmp_path / "t.xlsx", dtype={"t": str}, keep_default_na=False)
    assert back["t"].tolist() == texts and back["n"].tolist() == list(range(len(texts)))
    write_table(df, tmp_path / "t.csv")
    assert pd.read_csv(tmp_path / "t.csv", dtype={"t": str}, keep_default_na=False)["t"].tolist()[:4] == [
        "'=1+1", "'+44 20 7946 0321", "'-x", "'@SUM(A1)"]

# --------------------------------------------------------------------------- limits and streams (subprocess)

ROOT = Path(__file__).resolve().parent.parent


def _run(args, tmp_path, env=None, **kwargs):
    import os
    import subprocess
    import sys

    env = dict(os.environ, NO_COLOR="1", TERM="dumb", COLUMNS="200", **(env or {}))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "analyzer", *map(str, args)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180, **kwargs)


def test_writers_xlsx_over_the_file_size_limit_is_one_line_without_traceback(tmp_path):
    """``ulimit -f``: openpyxl's own temporary sheet file hit the limit inside lxml, which gave "internal error
    (SerialisationError)" and then an "Exception ignored ... Traceback" when the half-written sheet was collected."""
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    out = tmp_path / "r.xlsx"
    proc = _run(["analyze", SAMPLES / "plain" / "strong_close.txt", "-o", out, "-q", "--shape", "long"], tmp_path,
                preexec_fn=limit)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.strip().splitlines() == [f"error: {out}: cannot write the report (File too large)"]
    assert list(tmp_path.iterdir()) == []


def test_writers_report_is_written_when_stdout_cannot_encode_the_text(tmp_path):
    """``PYTHONIOENCODING=ascii`` (old cron set-ups) and an é in the printed table: the report was lost to
    "internal error (UnicodeEncodeError)". Now: report written, one line naming standard output, exit 1."""
    out = tmp_path / "r.csv"
    proc = _run(["analyze", SAMPLES / "plain" / "utf8_bom_cp1252.txt", "-o", out], tmp_path,
                env={"PYTHONIOENCODING": "ascii"})
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert errors == ["error: cannot write to standard output (its encoding, ascii, cannot show some characters; "
                      "set PYTHONIOENCODING=utf-8); the printed results are incomplete"]
    assert pd.read_csv(out, encoding="utf-8-sig")["file"].nunique() == 1


@pytest.mark.parametrize("ext", ["csv", "json", "html"])
def test_writers_name_near_the_file_system_limit_is_written(report, tmp_path, ext):
    """A legal 250-character name passed the early check, the analysis ran, then the temporary file
    (the whole name plus about 14 characters) was "File name too long": the result was lost. Now the
    temporary name is short, so any name the file system takes is written; a longer one is refused early."""
    import os

    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    path = tmp_path / ("r" * (limit - len(ext) - 1) + "." + ext)
    check_output(path)
    write_report(report, path)
    write_table(report.summary, path)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    with pytest.raises(OutputError, match="too long"):
        check_output(tmp_path / ("r" * limit + "." + ext))


def test_writers_report_kept_beside_a_long_name_that_was_taken_during_the_run(report, tmp_path, monkeypatch):
    """When a foreign file takes the report path during the run, the report goes beside it under
    ``<stem>.interview-close<ext>``; with a name near the limit that side name must be cut to fit."""
    import os

    from analyzer import writers
    from analyzer.writers import OutputChangedError

    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    path = tmp_path / ("r" * (limit - 4) + ".csv")
    real = writers._foreign
    monkeypatch.setattr(writers, "_foreign", lambda target: target == path or real(target))
    with pytest.raises(OutputChangedError) as info:
        write_report(report, path)
    side = info.value.saved_to
    assert side is not None and side.name.endswith(".interview-close.csv") and side.is_file()
    assert len(os.fsencode(side.name)) <= limit


def test_writers_html_marks_the_occurrence_that_fired_not_the_first(analyzer, tmp_path):
    """``<mark>`` went on the first "thank" of the sentence, the one the context rules cancelled
    (reported speech), instead of the candidate's own thanks that counted."""
    import re

    path = tmp_path / "t.txt"
    path.write_text("Interviewer: Before we wrap up, do you have any questions for me?\n"
                    "Candidate: My last boss never said thank you for your time, so let me say it: "
                    "thank you for your time.\nInterviewer: Bye.\n", encoding="utf-8")
    html = render_html(Report([analyzer.analyze(path)]))
    assert re.search(r"let me say it: <mark>thank", html)
    assert "said <mark>" not in html


def test_writers_split_evidence_uses_the_offset_and_falls_back_to_find():
    from analyzer.writers import _split_evidence

    assert _split_evidence("Thank, thank you.", "thank", 7) == ("Thank, ", "thank", " you.")
    assert _split_evidence("a x b x", "x", 6) == ("a x b ", "x", "")
    assert _split_evidence("a x b x", "x", None) == ("a ", "x", " b x")
    assert _split_evidence("a x b x", "x", 5) == ("a ", "x", " b x")  # not there any more: the first one
    # no lower-case search whose offsets are then used on the original text (İ lower-cases to 2 characters)
    assert _split_evidence("İİ thank", "THANK", None) == ("İİ thank", "", "")
