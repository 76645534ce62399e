"""CSV transcript exports, and the CSV files that are not transcripts (labels, this tool's reports)."""

from __future__ import annotations

import pytest

from analyzer.batch import discover
from analyzer.errors import InputError
from analyzer.readers import parse_bytes


def test_csv_speaker_start_end_text_rows():
    data = 'speaker,start,end,text\nHiring Mgr,3.0,9.9,"Hi, thanks\nfor coming in."\nLi Wei,10.7,13.4,Thanks.\n'
    t = parse_bytes(data.encode(), "export.csv")
    assert t.format == "csv"
    assert [(tr.speaker, tr.text, tr.start, tr.end, tr.line) for tr in t.turns] == [
        ("Hiring Mgr", "Hi, thanks for coming in.", 3.0, 9.9, 2), ("Li Wei", "Thanks.", 10.7, 13.4, 4)]


@pytest.mark.parametrize(
    "data, name",
    [
        ("Participant;Timestamp;Utterance\nInterviewer;00:00:01;Any questions?\nCandidate;00:00:04;Next steps?\n", "t.csv"),
        ("Name\tstart_time\tTranscript\nInterviewer\t1\tAny questions?\nCandidate\t4\tNext steps?\n", "t.txt"),
    ],
)
def test_csv_other_header_names_delimiters_and_csv_saved_as_txt(data, name):
    t = parse_bytes(data.encode(), name)
    assert t.format == "csv"
    assert [(tr.speaker, tr.start) for tr in t.turns] == [("Interviewer", 1.0), ("Candidate", 4.0)]


def test_csv_without_transcript_header_and_report_csv_refused():
    with pytest.raises(InputError, match=r"^x\.csv:1: CSV without a transcript header"):
        parse_bytes(b"a,b\n1,2\n", "x.csv")
    with pytest.raises(InputError, match="report written by interview-close"):
        parse_bytes(b"file,candidate,interviewer,turns,closing_from,score,warnings,error\na.txt,B,A,4,0,50,,\n",
                    "report.csv")


def test_batch_discovery_skips_label_and_report_csvs(tmp_path):
    (tmp_path / "talk.csv").write_text("speaker,text\nInterviewer,Hi.\nCandidate,Hello.\n", encoding="utf-8")
    (tmp_path / "labels.csv").write_text("file,candidate,split\ntalk.csv,Candidate,dev\n", encoding="utf-8")
    (tmp_path / "old.csv").write_text("file,behaviour,title,status,score,evidence,speaker,line\n", encoding="utf-8")
    assert [rel for _, rel in discover(tmp_path)] == ["talk.csv"]


def test_whisper_tsv_without_speakers_milliseconds_and_discovery(tmp_path):
    (tmp_path / "w.tsv").write_text("start\tend\ttext\n0\t2350\tHi there.\n2350\t5100\tThanks for having me.\n")
    (tmp_path / "notes.csv").write_text("id,text\n1,remember the follow-up\n")
    assert [rel for _, rel in discover(tmp_path)] == ["w.tsv"]
    t = parse_bytes((tmp_path / "w.tsv").read_bytes(), "w.tsv")
    assert not t.has_speakers and t.warnings
    assert (t.turns[0].text, t.turns[0].starts, t.turns[0].end) == ("Hi there. Thanks for having me.", (0.0, 2.35), 5.1)
    seconds = parse_bytes(b"start,end,text\n0,2,Hi there.\n2,5,Thanks.\n", "s.csv")
    assert (seconds.turns[0].starts, seconds.turns[0].end) == ((0.0, 2.0), 5.0)


def test_csv_unterminated_quote_is_refused_but_a_closed_multiline_cell_is_read():
    ok = 'speaker,text\nInterviewer,"Any questions,\nAna?"\nCandidate,When will you decide?\n'
    assert [tr.speaker for tr in parse_bytes(ok.encode(), "ok.csv").turns] == ["Interviewer", "Candidate"]
    bad = 'speaker,text\nInterviewer,Any questions?\nCandidate,"When will you decide?\nInterviewer,By Friday.\n'
    with pytest.raises(InputError, match=r"^bad\.csv:3: malformed CSV: a quoted field .* never closed"):
        parse_bytes(bad.encode(), "bad.csv")
