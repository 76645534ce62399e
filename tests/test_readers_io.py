"""Encodings, line endings, .docx, file errors and format sniffing."""

from __future__ import annotations

import codecs
import io
import json
import os
import zipfile

import pytest

from analyzer.errors import InputError
from analyzer.readers import SUPPORTED_EXTENSIONS, parse_bytes, read_transcript, sniff
from analyzer.readers.encoding import decode

TEXT = "Interviewer: Any questions, José?\nCandidate: Yes — what’s next?\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("cp1252"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.replace("\n", "\r\n").encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "cp1252", "crlf", "cr", "utf16-crlf"],
)
def test_encoding_variants_decode_to_same_transcript(data):
    t = parse_bytes(data, "t.txt")
    assert t.speakers == ["Interviewer", "Candidate"]
    assert t.turns[0].text == "Any questions, José?"
    assert t.turns[1].text == "Yes — what’s next?"
    assert t.turns[1].line == 2


def test_encoding_cp1252_french_not_misread_as_baltic():
    data = "1\r\n00:00:01,000 --> 00:00:02,000\r\nCE FILM RELATE DES ÉVÉNEMENTS QUI ONT EXISTÉ, où le câble régnait.\r\n".encode("cp1252")
    t = parse_bytes(data, "f.srt")
    assert t.turns[0].text == "CE FILM RELATE DES ÉVÉNEMENTS QUI ONT EXISTÉ, où le câble régnait."


def test_encoding_utf8_with_one_stray_cp1252_byte():
    """A UTF-8 file with one smart quote pasted in as Windows-1252: the UTF-8 stays UTF-8."""
    data = "Candidate: I’m really excited — thanks, José.\n".encode("utf-8") + b"Interviewer: It\x92s mutual.\n"
    text, enc = decode(data, "x.txt")
    assert text == "Candidate: I’m really excited — thanks, José.\nInterviewer: It’s mutual.\n"
    assert "1252" in enc


@pytest.mark.parametrize("utf8_first", [True, False])
def test_encoding_file_joined_from_utf8_and_cp1252_parts_reads_each_line(utf8_first):
    """One part saved as UTF-8, the other (here the larger) as Windows-1252: each line in its own
    encoding, one warning, never a CJK or Cyrillic guess for the whole file."""
    a = "Zoé Marchand: Hello Iñaki, thanks for coming.\nIñaki Roldán: Thank you, Zoé.\n"
    b = "Zoé Marchand: Any questions?\nIñaki Roldán: What’s next?\nZoé Marchand: We’ll call you.\n" * 3
    data = a.encode("utf-8") + b.encode("cp1252") if utf8_first else b.encode("cp1252") + a.encode("utf-8")
    t = parse_bytes(data, "x.txt")
    assert {tr.speaker for tr in t.turns} == {"Zoé Marchand", "Iñaki Roldán"}
    assert [w for w in t.warnings if "encoding" in w] == [t.warnings[0]]


def test_encoding_shift_jis_file_is_not_read_as_mixed():
    # near miss: Shift-JIS bytes form some valid UTF-8 by chance, but in runs of high bytes, unlike Western text
    text = "面接官：本日はありがとうございます。\n候補者：はい、営業を五年間担当しました。\n"
    assert decode(text.encode("shift_jis"), "x.txt")[0] == text


def test_encoding_decode_strips_bom_and_reports_encoding():
    text, enc = decode(codecs.BOM_UTF8 + b"WEBVTT\r\n", "x")
    assert text == "WEBVTT\n"
    assert "utf-8" in enc


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"   \n\n\t ", "whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "UTF-8"),
    ],
)
def test_errors_bad_bytes(data, message):
    with pytest.raises(InputError, match=message):
        parse_bytes(data, "bad.txt")


def test_errors_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="not found") as e:
        read_transcript(tmp_path / "nope.txt")
    assert "nope.txt" in str(e.value)
    with pytest.raises(InputError, match="directory"):
        read_transcript(tmp_path)


def test_errors_empty_file(tmp_path):
    p = tmp_path / "empty.vtt"
    p.write_bytes(b"")
    with pytest.raises(InputError, match="empty") as e:
        read_transcript(p)
    assert str(p) in str(e.value)


def test_errors_vtt_without_cues():
    with pytest.raises(InputError, match="no transcript text"):
        parse_bytes(b"WEBVTT\n\nNOTE nothing here\n", "x.vtt")


def test_errors_docx_not_a_zip():
    with pytest.raises(InputError, match="not a zip"):
        parse_bytes(b"Interviewer: hello", "x.docx")


def test_errors_zip_that_is_not_docx():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="not a Word document"):
        parse_bytes(buf.getvalue(), "x.docx")


def _docx_bytes(paragraphs, table=None) -> bytes:
    import docx

    doc = docx.Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        tab = doc.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = tab.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_name_colon():
    t = parse_bytes(_docx_bytes(["Mock interview", "Interviewer: Any questions?", "Candidate: Next steps?"]), "i.docx")
    assert t.format == "docx"
    assert t.speakers == ["Interviewer", "Candidate"]
    assert t.turns[1].line == 3


def test_docx_teams_layout_and_table():
    t = parse_bytes(_docx_bytes(["0:0:0.0 --> 0:0:2.5\nPerson A\nHello", "0:0:3.0 --> 0:0:4.0\nPerson B\nHi"]), "teams.docx")
    assert [(tr.speaker, tr.start) for tr in t.turns] == [("Person A", 0.0), ("Person B", 3.0)]
    t = parse_bytes(_docx_bytes([], table=[["00:01", "Interviewer", "Questions?"], ["00:05", "Candidate", "Yes."]]), "t.docx")
    assert [(tr.speaker, tr.start) for tr in t.turns] == [("Interviewer", 1.0), ("Candidate", 5.0)]


def test_docx_bold_lead_without_colon_is_a_speaker_label():
    import docx

    doc = docx.Document()
    doc.add_paragraph().add_run("Assignment 3: Mock Interview").bold = True
    doc.add_paragraph("Student: Ana Cruz (Cand.)")
    # near miss: a bold name before only a time is an Otter header, the speech follows below
    for label, text in [("Int.", " Come in, have a seat.  (00:05)"), ("Cand.", " Thank you, sir.  (00:09)"),
                        ("Ana Cruz", "  0:12"), (None, "Bye now.")]:
        para = doc.add_paragraph()
        if label:
            para.add_run(label).bold = True
        para.add_run(text)
    buf = io.BytesIO()
    doc.save(buf)
    t = parse_bytes(buf.getvalue(), "student.docx")
    assert [(tr.speaker, tr.text, tr.start) for tr in t.turns] == [
        ("Int.", "Come in, have a seat.", 5.0), ("Cand.", "Thank you, sir.", 9.0), ("Ana Cruz", "Bye now.", 12.0)]


def test_docx_detected_by_content_with_other_extension():
    t = parse_bytes(_docx_bytes(["Interviewer: Hi.", "Candidate: Hello."]), "misnamed.txt")
    assert t.format == "docx"


@pytest.mark.parametrize(
    "text, ext, kind",
    [
        ("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n", ".txt", "webvtt"),
        ("1\n00:00:01,000 --> 00:00:02,000\nhi\n", ".txt", "srt"),
        ("00:00:01.000 --> 00:00:02.000\nhi\n", ".vtt", "webvtt"),
        ('{"segments": []}', ".txt", "json?"),
        ("[00:01:02] Interviewer: hi", ".txt", "json?"),
        ("Interviewer: hi", ".json", "json"),
        ("Interviewer: hi", ".srt", "text"),
        ("0:0:0.0 --> 0:0:0.820\nPerson A\nHello\n0:0:3.410 --> 0:0:4.280\nPerson B\nHello\n", ".txt", "text"),
    ],
)
def test_sniff_content_first(text, ext, kind):
    assert sniff(text, ext) == kind


def test_sniff_bracket_text_that_is_not_json_reads_as_text():
    t = parse_bytes(b"[00:01:02] Interviewer: hi\n[00:01:05] Candidate: hello\n", "x.txt")
    assert t.format == "plain-text"
    assert t.turns[1].start == 65.0


def test_supported_extensions():
    assert {".txt", ".vtt", ".srt", ".json", ".md", ".docx"} <= SUPPORTED_EXTENSIONS
    assert all(e.startswith(".") and e == e.lower() for e in SUPPORTED_EXTENSIONS)


def test_read_transcript_accepts_pathlike_and_sets_path(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    t = read_transcript(os.fspath(p))
    assert t.path == str(p)
    t = read_transcript(p)
    assert t.path == str(p)


def test_errors_never_include_transcript_text():
    secret = "SECRET-SALARY-98765"
    for data, name in [
        (("WEBVTT\n\nNOTE " + secret + "\n").encode(), "x.vtt"),
        (('[{"speaker": "' + secret + '"}]').encode(), "x.json"),
        ((secret + "\x00\x01\x02" * 50).encode(), "x.txt"),
    ]:
        with pytest.raises(InputError) as e:
            parse_bytes(data, name)
        assert secret not in str(e.value)


def test_docx_table_header_names_the_speech_columns_and_comments_are_not_speech():
    table = [["Speaker", "What was said", "Coach comment"],
             ["Interviewer", "Any questions?", ""],
             ["Candidate", "When will you decide?", "Good. Should also say thank you for your time."]]
    t = parse_bytes(_docx_bytes([], table=table), "coached.docx")
    assert [(tr.speaker, tr.text) for tr in t.turns] == [("Interviewer", "Any questions?"),
                                                         ("Candidate", "When will you decide?")]
    assert any("1 Word table cell(s) outside the speaker and text columns" in w for w in t.warnings)
    # without a header too, a third column is not speech (unless the first column holds a time)
    t = parse_bytes(_docx_bytes([], table=table[1:]), "plain.docx")
    assert "thank you" not in t.turns[-1].text


def test_docx_oversized_part_is_refused_in_one_line(monkeypatch):
    monkeypatch.setattr("analyzer.readers.word.MAX_PART_BYTES", 500)
    with pytest.raises(InputError, match=r"^big\.docx: Word document too large when unpacked .*zip bomb"):
        parse_bytes(_docx_bytes(["Interviewer: " + "Any questions? " * 40, "Candidate: Yes."]), "big.docx")


def test_stray_file_without_speech_is_refused(tmp_path):
    (tmp_path / "x.txt").write_text("x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.txt: no speech found"):
        read_transcript(tmp_path / "x.txt")
    (tmp_path / "short.txt").write_text("Candidate: Thanks.\n", encoding="utf-8")  # near miss: labelled
    assert read_transcript(tmp_path / "short.txt").speakers == ["Candidate"]
    (tmp_path / "quotes.txt").write_bytes(b'"' * 5000)  # not one word: a damaged or binary file
    with pytest.raises(InputError, match=r"quotes\.txt: no speech found: not one word.*binary"):
        read_transcript(tmp_path / "quotes.txt")


def test_runaway_text_is_refused_before_it_is_parsed_but_json_is_measured_after(monkeypatch):
    monkeypatch.setattr("analyzer.readers._MAX_TEXT_CHARS", 300)
    line = "Interviewer: Any questions for me today?\nCandidate: When will I hear back from you?\n"
    with pytest.raises(InputError, match=r"^long\.srt: transcript too long: 936 characters of text"):
        parse_bytes(("".join(f"{i}\n00:00:0{i},000 --> 00:00:0{i},900\n{line}\n" for i in range(8))).encode(), "long.srt")
    # near miss: JSON's markup can outweigh its words, so it is parsed and its speech measured
    items = "[" + ",".join(['{"speaker": "A", "start": 1.0, "end": 2.0, "text": "Any questions?"}'] * 8) + "]"
    assert parse_bytes(items.encode(), "long.json").speakers == ["A"]


def test_meeting_summary_above_a_plain_transcript_is_not_speech():
    summary = ("Call summary\nOverview: Kim met Lee about the analyst role.\n"
               "Lee Park: Said she is excited and will follow up.\nAction items:\n- Kim Ito: send the case study\n")
    dialogue = "Kim Ito: Anything you want to ask me?\nLee Park: How soon will you decide?\nKim Ito: Next week.\n"
    t = parse_bytes(f"{summary}\nTranscript\n{dialogue}".encode(), "notes.txt")
    assert [tr.line for tr in t.turns] == [8, 9, 10]
    assert "excited" not in " ".join(tr.text for tr in t.turns)
    assert t.speakers == ["Kim Ito", "Lee Park"] and "meeting summary" in t.warnings[0]
    # near miss: one "Notes:" line above the dialogue is not a summary block; the reader treats it as before
    t = parse_bytes(f"Notes: practice round two\n\n{dialogue}".encode(), "practice.txt")
    assert not any("meeting summary" in w for w in t.warnings)


def test_text_timestamp_over_48_hours_is_no_time_with_a_warning():
    t = parse_bytes(b"[99:99:99] Interviewer: Any questions?\n[01:02:03] Candidate: When will you decide?\n", "t.txt")
    assert [tr.start for tr in t.turns] == [None, 3723.0]
    assert [w for w in t.warnings if "not possible times" in w] == [
        "1 time value(s) were not possible times (not a number, negative, or over 48 hours) and were ignored: "
        "those lines have no time"]


@pytest.mark.parametrize("sep", ["\x0b", "\x85", "\u2028", "\u2029"], ids=["vt", "nel", "lsep", "psep"])
def test_unusual_line_breaks_end_lines_in_text_and_word_but_not_inside_json(sep):
    """Word's Shift+Enter (VT), NEL and the Unicode line/paragraph separators end a line: each
    label starts its own turn, numbered as an editor shows it. Inside a JSON string U+2028 and NEL
    are legal characters: the JSON stays JSON and the break is a space."""
    lines = ["Rita Moss: Thanks for coming in.", "Leo Park: Glad to be here.", "Rita Moss: Questions for me?"]
    expected = [("Rita Moss", 1), ("Leo Park", 2), ("Rita Moss", 3)]
    t = parse_bytes(sep.join(lines).encode("utf-8"), "copied.txt")
    assert [(tr.speaker, tr.line) for tr in t.turns] == expected
    if sep != "\x0b":  # no control character can be written into Word's XML
        assert [(tr.speaker, tr.line) for tr in parse_bytes(_docx_bytes([sep.join(lines)]), "w.docx").turns] == expected
    j = parse_bytes(json.dumps([{"speaker": "Rita", "text": f"One{sep}two."}], ensure_ascii=False).encode(), "a.json")
    assert j.turns[0].text == "One two."
