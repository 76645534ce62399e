""".docx text as Word shows it: tracked changes accepted, content controls and smart tags read."""

from __future__ import annotations

import io
import re

import pytest

from analyzer.readers import parse_bytes

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(*blocks: str) -> bytes:
    """A Word document whose body holds these raw WordprocessingML blocks (``w`` prefix bound)."""
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    body = doc.element.body
    sect = body[-1]
    for block in blocks:
        sect.addprevious(parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {_NS}", block, count=1)))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _r(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _p(*inner: str) -> str:
    return "<w:p>" + "".join(inner) + "</w:p>"


_OPENING = _p(_r("Interviewer: Any questions for me?"))


def _turns(*blocks: str) -> list[tuple[str, str]]:
    return [(t.speaker, t.text) for t in parse_bytes(_docx(_OPENING, *blocks), "w.docx").turns]


_CANDIDATE = ("Candidate", "I am excited about this role. Thank you for your time.")


@pytest.mark.parametrize("wrapper", [
    '<w:ins w:id="1" w:author="Coach" w:date="2024-01-01T00:00:00Z">{}</w:ins>',
    '<w:moveTo w:id="2" w:author="Coach">{}</w:moveTo>',
    '<w:smartTag w:uri="x" w:element="y">{}</w:smartTag>',
    "<w:sdt><w:sdtPr><w:alias w:val=\"Answer\"/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>",
    '<w:customXml w:element="x">{}</w:customXml>',
    '<w:fldSimple w:instr=" MERGEFIELD x ">{}</w:fldSimple>',
    '<w:hyperlink w:anchor="x"><w:ins w:id="3" w:author="Coach">{}</w:ins></w:hyperlink>',
], ids=["ins", "moveTo", "smartTag", "inline-sdt", "customXml", "fldSimple", "ins-in-link"])
def test_docx_runs_inside_inline_wrappers_are_read(wrapper):
    para = _p(_r("Candidate: I am excited about this role. "), wrapper.format(_r("Thank you for your time.")))
    assert _turns(para)[-1] == _CANDIDATE


def test_docx_tracked_deletions_and_moves_away_are_left_out():
    para = _p(_r("Candidate: I am "),
              '<w:del w:id="1" w:author="Coach"><w:r><w:delText xml:space="preserve">not </w:delText></w:r></w:del>',
              '<w:moveFrom w:id="2" w:author="Coach">' + _r("Thank you. ") + "</w:moveFrom>",
              _r("excited about this role. "),
              '<w:ins w:id="3" w:author="Coach"><w:del w:id="4" w:author="Coach">'
              '<w:r><w:delText>Never mind. </w:delText></w:r></w:del></w:ins>',
              _r("Thank you for your time."))
    assert _turns(para)[-1] == _CANDIDATE


def test_docx_paragraphs_inside_block_content_controls_are_read():
    sdt = ("<w:sdt><w:sdtPr/><w:sdtContent>"
           + _p(_r("Candidate: I am excited about this role. Thank you for your time."))
           + "<w:customXml w:element='x'>" + _p(_r("Interviewer: Bye.")) + "</w:customXml>"
           + "</w:sdtContent></w:sdt>")
    assert _turns(sdt)[-2:] == [_CANDIDATE, ("Interviewer", "Bye.")]


def test_docx_bold_label_inside_a_tracked_insertion_is_still_a_label():
    para = _p('<w:ins w:id="1" w:author="Coach">' + _r("Cand.", bold=True) + "</w:ins>",
              _r(" I am excited about this role. Thank you for your time."))
    assert _turns(para)[-1] == ("Cand.", _CANDIDATE[1])


def test_docx_table_rows_and_cell_text_inside_content_controls_and_insertions_are_read():
    def cell(*inner):
        return "<w:tc><w:tcPr><w:tcW w:w='2000' w:type='dxa'/></w:tcPr>" + "".join(inner) + "</w:tc>"

    row1 = "<w:tr>" + cell(_p(_r("Interviewer"))) + cell(_p(_r("Any questions?"))) + "</w:tr>"
    row2 = ("<w:sdt><w:sdtContent><w:tr>" + cell(_p(_r("Candidate")))
            + cell("<w:sdt><w:sdtContent>" + _p(_r("I am excited about this role. "),
                                               '<w:ins w:id="1" w:author="C">' + _r("Thank you for your time.")
                                               + "</w:ins>") + "</w:sdtContent></w:sdt>")
            + "</w:tr></w:sdtContent></w:sdt>")
    table = ("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w='2000'/><w:gridCol w:w='2000'/></w:tblGrid>"
             + row1 + row2 + "</w:tbl>")
    assert [(t.speaker, t.text) for t in parse_bytes(_docx(table), "t.docx").turns] == [
        ("Interviewer", "Any questions?"), _CANDIDATE]


def _table_docx(rows: list[list[str]], before: list[str] = ()) -> bytes:
    """A Word document with these paragraphs, then a table of these rows."""
    import docx

    doc = docx.Document()
    for text in before:
        doc.add_paragraph(text)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("header", [["Interviewer", "Candidate"], ["Time", "Interviewer", "Candidate"],
                                    ["Question", "Answer"]], ids=["roles", "time-roles", "q-a"])
def test_docx_table_with_a_role_per_column_reads_each_cell_as_that_speakers_turn(header):
    body = [["Any questions for me?", "Yes: what are the next steps?"],
            ["We decide by Friday.", "I am excited about this role. Thank you for your time."]]
    rows = [header] + [(["0:0%d" % i] if len(header) == 3 else []) + r for i, r in enumerate(body)]
    t = parse_bytes(_table_docx(rows), "t.docx")
    ask, say = header[-2], header[-1]
    assert [(x.speaker, x.text) for x in t.turns] == [
        (ask, body[0][0]), (say, body[0][1]), (ask, body[1][0]), (say, body[1][1])]
    assert not any("every speaker label" in w for w in t.warnings)


_WEAK_CLOSE = ["Interviewer: Tell me about yourself.", "Candidate: I worked in a café for two years.",
               "Interviewer: Okay. Do you have any questions for me?", "Candidate: No, I think you covered it.",
               "Interviewer: Okay then, I'll walk you out.", "Candidate: Okay. Bye.", "Practice sheet for next time"]
_CRIB = [["Question", "Answer"],
         ["How do I close?", "I'm really excited about this role and I'd love to move forward."],
         ["Finish", "Thank you so much for your time. I'll send you a note tomorrow."]]


@pytest.mark.parametrize("header", [["Question", "Answer"], ["Interviewer", "Applicant"], ["Q", "A"]])
def test_docx_role_table_after_a_transcript_in_paragraphs_is_a_crib_sheet_not_speech(header):
    """H2: a coach's 'Question | Answer' sheet after the transcript is left out, with one warning
    naming it; the candidate's close is not credited with the model answers."""
    t = parse_bytes(_table_docx([header] + _CRIB[1:], before=_WEAK_CLOSE), "crib.docx")
    assert [x.speaker for x in t.turns] == ["Interviewer", "Candidate"] * 3
    assert not any("excited" in x.text or "note tomorrow" in x.text for x in t.turns)
    notes = [w for w in t.warnings if f"'{' | '.join(header)}' table" in w]
    assert len(notes) == 1 and "not read as speech" in notes[0]


def test_docx_role_table_whose_columns_are_the_paragraphs_speakers_goes_on_with_the_transcript():
    """Near miss: the transcript starts in paragraphs and goes on in an 'Interviewer | Candidate'
    table; the same speakers, so the table is speech."""
    rows = [["Interviewer", "Candidate"], ["Anything else?", "Yes: what are the next steps?"]]
    t = parse_bytes(_table_docx(rows, before=_WEAK_CLOSE[:6]), "on.docx")
    assert (t.turns[-2].speaker, t.turns[-1].text) == ("Interviewer", "Yes: what are the next steps?")
    assert not any("not read as speech" in w for w in t.warnings)


def test_docx_role_table_after_a_title_and_metadata_paragraphs_is_speech():
    """Near miss: paragraphs that are a title and 'Interviewer: Jane Doe' metadata hold no transcript."""
    before = ["Mock interview", "Interviewer: Jane Doe", "Candidate: Sam Lee"]
    t = parse_bytes(_table_docx(_CRIB, before=before), "qa.docx")
    assert [x.speaker for x in t.turns][-4:] == ["Question", "Answer", "Question", "Answer"]
    assert not any("not read as speech" in w for w in t.warnings)


def test_docx_role_table_heading_row_merged_across_the_columns_is_not_speech():
    """A 'PART 2 - CLOSING' row merged across 'Interviewer | Candidate' used to open the interviewer's next
    turn (hostile round 13, L5): a row of one merged cell is a heading, left out like other non-speech cells."""
    import docx

    doc = docx.Document()
    table = doc.add_table(rows=4, cols=2)
    for row, cells in zip(table.rows, [["Interviewer", "Candidate"], ["Tell me about yourself.", "I run a café."],
                                       ["", ""], ["Any questions for me?", "Yes: what are the next steps?"]]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    heading = table.rows[2].cells[0].merge(table.rows[2].cells[1])
    heading.text = "PART 2 - CLOSING"
    buf = io.BytesIO()
    doc.save(buf)
    t = parse_bytes(buf.getvalue(), "merged.docx")
    assert [(x.speaker, x.text) for x in t.turns] == [
        ("Interviewer", "Tell me about yourself."), ("Candidate", "I run a café."),
        ("Interviewer", "Any questions for me?"), ("Candidate", "Yes: what are the next steps?")]


def test_docx_speaker_table_between_bold_labelled_paragraphs_keeps_its_turns():
    """T27_06: paragraphs label speakers in bold ("**Mrs Bello:** ..."), the closing is typed into a
    'Speaker | What was said' table, and a debrief follows in bold paragraphs again. The table's rows
    were read as words of the turn before (a plain 'Name:' among bold labels), so the closing
    vanished into the interviewer's turn; each row is its speaker's turn."""
    import docx

    doc = docx.Document()

    def said(name, text):
        p = doc.add_paragraph()
        p.add_run(f"{name}:").bold = True
        p.add_run(f" {text}")

    said("Mrs Bello", "Where do you see yourself in five years?")
    said("Ada", "Running the blood bank, I hope.")
    doc.add_paragraph("Closing (typed into a table):")
    rows = [["Speaker", "What was said"], ["Mrs Bello", "Do you have any questions for me?"],
            ["Ada", "When might I hear back? Thank you for your time."], ["Mrs Bello", "By Friday."]]
    table = doc.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    said("Mrs Bello", "Let me step out of the interviewer role and give you feedback.")
    said("Ada", "I should have said I want the job.")
    buf = io.BytesIO()
    doc.save(buf)
    turns = [(t.speaker, t.text) for t in parse_bytes(buf.getvalue(), "close.docx").turns]
    assert [s for s, _ in turns] == ["Mrs Bello", "Ada", "Mrs Bello", "Ada", "Mrs Bello", "Ada"]
    assert turns[3] == ("Ada", "When might I hear back? Thank you for your time.")


def _h18code_tbl(*rows: list[str]) -> str:
    """Raw ``w:tbl`` XML; each cell is raw XML (paragraphs, tables), a plain string a paragraph."""
    cols = max(len(r) for r in rows)
    grid = "<w:tblGrid>" + "<w:gridCol w:w='2000'/>" * cols + "</w:tblGrid>"
    cell = lambda x: "<w:tc>" + (x if x.startswith("<") else _p(_r(x))) + "</w:tc>"  # noqa: E731
    return "<w:tbl><w:tblPr/>" + grid + "".join("<w:tr>" + "".join(map(cell, r)) + "</w:tr>" for r in rows) + "</w:tbl>"


_H18_SPEECH = [["Interviewer", "Tell me about yourself."], ["Candidate", "I run a busy ward."],
               ["Interviewer", "Any questions for me?"], ["Candidate", "What are the next steps? Thank you."]]
_H18_TURNS = [tuple(r) for r in _H18_SPEECH]
_H18_TRANSCRIPT = _h18code_tbl(["Speaker", "Text"], *_H18_SPEECH)
_H18_NOTE = _p(_r("Coach feedback: strong close overall, remember to ask for the job."))


@pytest.mark.parametrize("blocks, turns, warned", [
    # a one-cell frame around the transcript table
    ([_h18code_tbl([_p(_r("")) + _H18_TRANSCRIPT + _p(_r(""))])], _H18_TURNS, False),
    # a career-centre form: title, a metadata row, a "Transcript" box holding the table, a coach's note below
    ([_p(_r("Mock interview record")), _h18code_tbl(["Student: Sam Okafor. Role: Staff Nurse."],
                                                    [_p(_r("Transcript")) + _H18_TRANSCRIPT]), _H18_NOTE],
     None, True),
    # the note under a transcript table in the body is not the candidate's last words either
    ([_H18_TRANSCRIPT, _H18_NOTE], _H18_TURNS, True),
    # the table's speakers go on in paragraphs after it: read, nothing left out
    ([_H18_TRANSCRIPT, _p(_r("Interviewer: By Friday.")), _p(_r("Candidate: Great, bye."))],
     _H18_TURNS + [("Interviewer", "By Friday."), ("Candidate", "Great, bye.")], False),
    # a one-cell frame around a transcript typed as paragraphs: one line per paragraph, not one run-on cell
    ([_h18code_tbl(["".join(_p(_r(f"{s}: {t}")) for s, t in _H18_SPEECH)])], _H18_TURNS, False),
    # near-miss: a metadata table, then the transcript in paragraphs: nothing dropped (None: the last turns)
    ([_h18code_tbl(["Name", "Sam"], ["Role", "Nurse"])] + [_p(_r(f"{s}: {t}")) for s, t in _H18_SPEECH],
     None, False),
], ids=["frame", "form-with-note", "body-table-note", "speech-goes-on", "frame-of-paragraphs", "metadata-table"])
def test_h18code_nested_and_framed_transcript_tables(blocks, turns, warned):
    """Hostile round 18 #1: a transcript table nested in a Word layout table was never read ("contains no
    text", or scored on the coach's note below the form); a note paragraph after the transcript table must
    not become the last speaker's words."""
    t = parse_bytes(_docx(*blocks), "form.docx")
    got = [(x.speaker, x.text) for x in t.turns]
    if turns is None:
        assert got[-4:] == _H18_TURNS
    else:
        assert got == turns
    assert not any("Coach feedback" in text for _, text in got)
    assert any("after the transcript table" in w for w in t.warnings) == warned


def test_h18code_transcript_table_whose_cell_holds_a_table_stays_a_transcript_table():
    """Near-miss: a 'Speaker | Text' table is speech even when a cell holds a small table (pasted figures)."""
    inner = _h18code_tbl(["Q1", "12%"])
    table = _h18code_tbl(["Speaker", "Text"], ["Interviewer", "Any questions for me?"],
                         ["Candidate", _p(_r("What are the next steps?")) + inner])
    got = [(x.speaker, x.text) for x in parse_bytes(_docx(table), "t.docx").turns]
    assert got == [("Interviewer", "Any questions for me?"), ("Candidate", "What are the next steps?")]
