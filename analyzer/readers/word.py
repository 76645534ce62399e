"""Word documents (.docx): Teams/Zoom/Otter exports and hand-typed transcripts.

python-docx extracts the body in document order: each paragraph becomes a line (line breaks
inside a paragraph become lines too; a short bold lead followed by plain text is a speaker
label, colon or not); each table row becomes one line, ``Speaker: text`` for a
two-column row and ``[time] Speaker: text`` when a first column holds a time. A header row
(``Speaker | What was said | Coach comment``) names the columns and is not a turn; columns other
than time, speaker and text (comments, notes) are not speech. A layout table (a form's box or a
frame holding the transcript table or paragraphs) is read like the body, cell by cell, and a note
paragraph after a transcript kept in tables is not the last speaker's words. The text then goes
through the plain-text reader, so every layout it knows (Teams ``0:0:0.0 --> …`` blocks, ``Name
0:03`` headers, ``Name: text``) works in Word too. ``Segment.line`` is the line of that
extracted text. Text is read as Word shows it with tracked changes accepted: insertions and moves
(``w:ins``, ``w:moveTo``) count, deletions (``w:del``, ``w:moveFrom``) do not, and the words inside
content controls (``w:sdt``), smart tags and custom XML are read like any other.
"""

from __future__ import annotations

import io
import re
import zipfile

from analyzer.errors import InputError
from analyzer.readers._common import is_role_word, plausible_label
from analyzer.readers.encoding import normalise_line_breaks
from analyzer.readers.summary import parse_after_summary
from analyzer.transcript import Transcript

# Header cells naming a table's columns (lower case, without a trailing colon).
_HEADER_NAMES = {
    "time": {"time", "timestamp", "time stamp", "start", "start time", "timecode", "time code", "when"},
    "speaker": {"speaker", "speaker name", "name", "who", "person", "participant", "role", "speaking"},
    "text": {"text", "transcript", "what was said", "said", "speech", "words", "utterance", "dialogue", "dialog",
             "content", "line", "lines", "what they said", "response", "contribution"},
}

#: Largest unpacked part of a .docx (the text of a one-hour interview is a few MB of XML).
MAX_PART_BYTES = 64 * 1024 * 1024

_TIME_CELL = re.compile(r"^\(?\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?\)?$")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN = _W + "r"
_PARAGRAPH, _TABLE, _ROW = _W + "p", _W + "tbl", _W + "tr"
#: Elements inside a paragraph that hold runs Word shows: tracked insertions and moves (as with the
#: changes accepted), content controls, smart tags, custom XML, fields, links and bidi wrappers.
#: Tracked deletions (``w:del``, ``w:moveFrom``), properties, drawings and math are not among them,
#: so their text is left out.
_INLINE_WRAPPERS = frozenset(_W + t for t in ("ins", "moveTo", "smartTag", "sdt", "sdtContent", "hyperlink",
                                              "fldSimple", "customXml", "dir", "bdo"))
#: Elements around paragraphs, tables or table rows: block and row content controls, custom XML.
_BLOCK_WRAPPERS = frozenset(_W + t for t in ("sdt", "sdtContent", "customXml"))


def _runs(element):
    """The ``w:r`` runs of a paragraph in order, as Word shows them with tracked changes accepted.

    python-docx's ``paragraph.text`` and ``.runs`` see only runs directly in the paragraph (and in
    links): a tracked insertion, a content control or a smart tag would silently lose its words."""
    for child in element:
        tag = child.tag
        if tag == _RUN:
            yield child
        elif tag in _INLINE_WRAPPERS:
            yield from _runs(child)


def _blocks(element, wanted=(_PARAGRAPH, _TABLE)):
    """The paragraphs and tables (or, with ``wanted=(_ROW,)``, the rows) of a body, cell or table in
    order, including those inside block content controls (``w:sdt``) and custom XML."""
    for child in element:
        tag = child.tag
        if tag in wanted:
            yield child
        elif tag in _BLOCK_WRAPPERS:
            yield from _blocks(child, wanted)


def _paragraph_text(p) -> str:
    return "".join(r.text for r in _runs(p))


def _bold_label(paragraph) -> str:
    """The paragraph's text, with a bold lead ("**Int.** Good morning") marked as a speaker label.

    A short bold run (or runs) opening a paragraph and followed by plain text is how people type
    speaker names in Word, often without a colon; it becomes ``**Name:** text``, which the text
    reader treats as an explicit label. A bold line on its own (a title) stays as it is.
    """
    from docx.text.run import Run

    runs = [Run(r, paragraph) for r in _runs(paragraph._p)]
    text = "".join(run.text for run in runs)
    if not runs or not runs[0].bold or not runs[0].text.strip():
        return text
    lead = ""
    for run in runs:
        if not run.bold:
            break
        lead += run.text
    rest = text[len(lead):].strip() if text.startswith(lead) else ""
    label = lead.strip().rstrip(":").strip()
    if rest.startswith(":"):
        rest = rest[1:].strip()
    if (not rest or _TIME_CELL.match(rest) or "\n" in lead or "\n" in rest[:1]
            or not plausible_label(label) or len(label.split()) > 4):
        return text  # a title, or an Otter "**Name**  0:03" header the text reader knows
    return f"**{label}:** {rest}"


def _row_cells(row) -> list[str]:
    """The row's cell texts by column, a horizontally merged cell counted once."""
    out: list[str] = []
    prev = None
    for cell in row.cells:
        if prev is not None and cell._tc is prev:
            continue
        prev = cell._tc
        text = "\n".join(_paragraph_text(p) for p in _blocks(cell._tc, (_PARAGRAPH,)))
        out.append(" ".join(text.split()))
    return out


def _is_layout_table(table) -> bool:
    """Is this ``w:tbl`` a layout table, a box around the page's content rather than rows of speech:
    one that holds another table in a cell (a form with a "Transcript" box around the transcript
    table), or a single cell holding several paragraphs (a frame around a typed transcript)? Its
    cells are then read in document order like the body: their paragraphs as lines and their tables
    as tables. A table whose own header names speech columns (``Speaker | Text``, ``Interviewer |
    Candidate``) stays a transcript table whatever its cells hold."""
    from docx.table import _Row

    trs = list(_blocks(table._tbl, (_ROW,)))  # noqa: SLF001 - the table's own XML element
    tcs = [tc for tr in trs for tc in _blocks(tr, (_W + "tc",))]
    nested = any(child.tag == _TABLE for tc in tcs for child in _blocks(tc, (_PARAGRAPH, _TABLE)))
    if not nested:
        return (len(tcs) == 1
                and sum(1 for p in _blocks(tcs[0], (_PARAGRAPH,)) if _paragraph_text(p).strip()) >= 2)
    rows = [_row_cells(_Row(tr, table)) for tr in trs]
    return not any(_header(r) is not None or _role_columns(r) is not None
                   for r in [r for r in rows if any(r)][:2])


def _layout_cells(table):
    """The cells of a layout table row by row, left to right, a merged cell once."""
    seen = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            yield cell


def _table_columns(cells: list[str], head: dict[str, int] | None) -> dict[str, int]:
    """Which cell of a table row is the time, the speaker and the text: the header's columns, or
    guessed from the row itself when the table has no header."""
    if head is not None:
        return head
    if len(cells) >= 3 and _TIME_CELL.match(cells[0]):
        return {"time": 0, "speaker": 1, "text": 2}
    if len(cells) >= 3 and _TIME_CELL.match(cells[1]):
        return {"speaker": 0, "time": 1, "text": 2}
    if len(cells) == 2 and _TIME_CELL.match(cells[0]):
        return {"time": 0, "text": 1}  # "[time] Speaker: text" in one cell
    return {"speaker": 0, "text": 1}


def table_row(cells: list[str], head: dict[str, int] | None) -> tuple[str, str, int]:
    """A table row (Word or Markdown) as a transcript line: ``(stamp, speech, ignored)``, where
    ``stamp`` is ``"[time] "`` or empty, ``speech`` is ``"Speaker: text"`` (or the one of them the row
    has, or empty) and ``ignored`` counts the filled cells outside the time, speaker and text columns."""
    cols = _table_columns(cells, head)
    ignored = sum(1 for j, c in enumerate(cells) if c and j not in cols.values())
    time, speaker, text = (cells[cols[k]] if k in cols and cols[k] < len(cells) else ""
                           for k in ("time", "speaker", "text"))
    stamp = f"[{time.strip('[]()')}] " if time and _TIME_CELL.match(time) else ""
    return stamp, f"{speaker}: {text}" if speaker and text else text or speaker, ignored


def _header(cells: list[str]) -> dict[str, int] | None:
    """Column roles ("time", "speaker", "text") when the row is a header naming a speaker and a
    text column (``Speaker | What was said | Coach comment``), else None."""
    roles: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = cell.lower().strip(" :*#")
        if len(key.split()) > 4 or cell.endswith((".", "?", "!")):
            return None
        for role, names in _HEADER_NAMES.items():
            if key in names and role not in roles:
                roles[role] = i
                break
    return roles if "speaker" in roles and "text" in roles else None


def _role_columns(cells: list[str]) -> dict[int, str] | None:
    """The speaker of each column when a header row names one role per column (``Interviewer |
    Candidate``, ``Question | Answer``, with perhaps a time column), else None: then every cell
    below is a turn of its column's speaker."""
    roles: dict[int, str] = {}
    for i, cell in enumerate(cells):
        key = cell.lower().strip(" :*#")
        if not key or key in _HEADER_NAMES["time"]:
            continue
        if not is_role_word(key):
            return None
        roles[i] = cell.strip(" :*#")
    return roles if len({r.lower() for r in roles.values()}) >= 2 else None


def _role_rows(rows: list[list[str]], first: int, roles: dict[int, str], lines: list[str]) -> int:
    """Append the turns of a table whose columns are speakers (see :func:`_role_columns`): each cell
    is a turn of its column's speaker, row by row, left to right; return the other filled cells."""
    time = next((i for i, c in enumerate(rows[first]) if c and i not in roles), None)
    ignored = 0
    for cells in rows[first + 1:]:
        if len(cells) == 1 < len(rows[first]):  # one cell merged across the table: a heading ("PART 2 - CLOSING")
            ignored += bool(cells[0])
            continue
        stamp = ""
        if time is not None and time < len(cells) and _TIME_CELL.match(cells[time]):
            stamp = f"[{cells[time].strip('[]()')}] "
        ignored += sum(1 for j, c in enumerate(cells) if c and j not in roles and j != time)
        for j, speaker in roles.items():
            if j < len(cells) and cells[j]:
                lines.append(f"{stamp}{speaker}: {cells[j]}")
                stamp = ""
    return ignored


def _table_lines(table, lines: list[str], role_tables: list | None = None) -> int:
    """Append one line per table row; return how many non-empty cells were not read as speech.
    A table with a role per column also goes to ``role_tables`` as ``(first line, end line,
    column names)``, for :func:`_drop_crib_tables`.

    Only the speaker and text columns (and a time column) are speech: a header row says which they
    are; without one a row is ``Speaker | Text``, ``Time | Speaker | Text`` or ``Speaker | Time |
    Text``. Further columns (a
    coach's comments, notes) and the header row itself are not read. A header naming a role per
    column (``Interviewer | Candidate``) makes each cell a turn of its column's speaker.
    """
    from docx.table import _Row

    rows = [_row_cells(_Row(tr, table)) for tr in _blocks(table._tbl, (_ROW,))]
    head = first = None
    for first in [i for i, r in enumerate(rows) if any(r)][:2]:  # a title row may come first
        head = _header(rows[first])
        if head is not None:
            break
    if head is None:
        for top in [i for i, r in enumerate(rows) if any(r)][:2]:  # a title row may come first
            if (roles := _role_columns(rows[top])) is not None:
                begin = len(lines)
                lines.extend(" ".join(c for c in cells if c) for cells in rows[:top] if any(cells))
                ignored = _role_rows(rows, top, roles, lines)
                if role_tables is not None:
                    role_tables.append((begin, len(lines), list(roles.values())))
                return ignored
    ignored = 0
    for i, cells in enumerate(rows):
        if head is not None and i <= first:
            if i < first and any(cells):
                lines.append(" ".join(c for c in cells if c))  # the title row
            continue
        stamp, speech, left_out = table_row(cells, head)
        ignored += left_out
        if speech:
            lines.append(stamp + speech)
    return ignored


def _speech_labels(lines: list[str], name: str) -> set[str]:
    """The speaker labels (lower case) of the speech in ``lines`` as the text reader reads them,
    when there is speech there: two speakers or more and four labelled turns or more; else empty."""
    from analyzer.readers.text import parse_text

    if not any(line.strip() for line in lines):
        return set()
    try:
        turns = parse_text("\n".join(lines), name, fmt="docx").turns
    except InputError:
        return set()
    labelled = [t.speaker for t in turns if t.speaker is not None]
    labels = {s.lower() for s in labelled}
    return labels if len(labels) >= 2 and len(labelled) >= 4 else set()


def _drop_crib_tables(lines: list[str], role_tables: list, name: str, warnings: list[str] | None) -> list[str]:
    """``lines`` without the role-per-column tables (``Question | Answer``, ``Interviewer | Candidate``)
    that are not the document's speech: when the paragraphs (everything outside those tables)
    already hold a transcript, such a table is a coach's crib sheet or notes, unless its column names
    are that transcript's speaker labels (the transcript goes on in a table). One warning per table
    left out."""
    keep = [True] * len(lines)
    for begin, end, _ in role_tables:
        keep[begin:end] = [False] * (end - begin)
    labels = _speech_labels([x for x, k in zip(lines, keep) if k], name)
    if not labels:
        return lines
    out, last = [], 0
    for begin, end, columns in role_tables:
        if all(c.lower() in labels for c in columns):
            continue
        out.extend(lines[last:begin])
        last = end
        if warnings is not None:
            warnings.append(f"the '{' | '.join(columns)}' table after line {len(out)} was not read as speech: "
                            "the transcript's speech is already in the paragraphs above or around it "
                            "(a crib sheet or notes?)")
    return out + lines[last:] if last else lines


def _other_zip(zf: zipfile.ZipFile) -> str:
    """What a zip archive that is not a Word document is, and what to do (an OpenDocument text, slides...)."""
    names = set(zf.namelist())
    mime = ""
    if "mimetype" in names:
        mime = zf.read("mimetype")[:100].decode("ascii", "replace")
    if mime.startswith("application/vnd.oasis.opendocument"):
        return "an OpenDocument file (LibreOffice, .odt), not a Word document: save it as .docx or .txt"
    if any(n.startswith(("Index/", "index.xml")) for n in names):
        return "an Apple Pages document, not a Word document: export it as .docx or .txt"
    if any(n.startswith(("ppt/", "xl/")) for n in names):
        return "a PowerPoint or Excel file, not a Word document: save the transcript as .docx or .txt"
    return "zip archive without word/document.xml: not a Word document"


_TABLE_SPEECH = re.compile(r"^(?P<stamp>\[[^\]\n]{1,20}\] )?(?P<name>[^:*\n]{1,60}): (?P<text>\S.*)$")
_BOLD_SPEECH = re.compile(r"^\*\*[^*\n]{1,60}:\*\* \S")


def _label_like_paragraphs(lines: list[str], table_spans: list[tuple[int, int]]) -> None:
    """Give a table's ``Speaker: text`` lines the paragraphs' ``**Name:** text`` form when the
    paragraphs label their speakers in bold: the text reader then reads one kind of label throughout
    (it takes a plain ``Name:`` among bold labels for words of the turn), so a closing typed into a
    table between bold-labelled paragraphs stays turns of their own. In place; no line is added."""
    inside = {i for begin, end in table_spans for i in range(begin, end)}
    if sum(1 for i, x in enumerate(lines) if i not in inside and _BOLD_SPEECH.match(x)) < 2:
        return
    for i in sorted(inside):
        if (m := _TABLE_SPEECH.match(lines[i])) and plausible_label(m["name"].strip()):
            lines[i] = f"**{m['stamp'] or ''}{m['name'].strip()}:** {m['text']}"


def _drop_notes_after_tables(lines: list[str], table_spans: list[tuple[int, int]], name: str,
                             warnings: list[str] | None) -> list[str]:
    """``lines`` without the plain paragraphs after the last table of a transcript kept in tables (a
    coach's "Feedback: ..." note under the transcript box of a form): the text reader would read them
    as more words of the table's last turn. Only when the speech is in the tables (the paragraphs
    alone hold none) and the lines after the last speech table hold no turn of the tables' speakers
    and no dialogue of their own; one warning."""
    inside = {i for begin, end in table_spans for i in range(begin, end)}
    labels = _speech_labels([x for i, x in enumerate(lines) if i in inside], name)
    if not labels or _speech_labels([x for i, x in enumerate(lines) if i not in inside], name):
        return lines

    def speaker(line: str) -> str | None:
        m = _TABLE_SPEECH.match(line.replace("**", ""))
        return m["name"].strip().lower() if m else None

    last = max((end for begin, end in table_spans
                if any(speaker(lines[i]) in labels for i in range(begin, end))), default=None)
    if last is None:
        return lines
    after = [x for x in lines[last:] if x.strip()]
    if not after or any(speaker(x) in labels for x in after) or _speech_labels(lines[last:], name):
        return lines
    if warnings is not None:
        warnings.append(f"{len(after)} paragraph(s) after the transcript table were not read as speech "
                        "(notes or feedback under the transcript?)")
    return lines[:last]


def docx_lines(data: bytes, name: str, warnings: list[str] | None = None) -> list[str]:
    """Extract the document's text lines; InputError when it is not a Word document.

    A note about table cells left out (see :func:`_table_lines`) goes to ``warnings``."""
    if not data.startswith(b"PK"):
        raise InputError(name, "not a valid .docx file (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise InputError(name, _other_zip(zf))
            big = max(zf.infolist(), key=lambda i: i.file_size)
            if big.file_size > MAX_PART_BYTES:
                raise InputError(name, f"Word document too large when unpacked (one part is {big.file_size // 2**20:,} "
                                       f"MB; limit {MAX_PART_BYTES // 2**20} MB): damaged, or a zip bomb")
    except zipfile.BadZipFile:
        raise InputError(name, "not a valid .docx file (corrupt zip archive)") from None
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        raise InputError(name, "not a valid .docx file (unreadable zip archive)") from None
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover
        raise InputError(name, "reading .docx needs the python-docx package") from None
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        role_tables: list = []
        table_spans: list[tuple[int, int]] = []  # the lines each table gave
        extra = 0
        body = document._body  # noqa: SLF001 - the parent python-docx gives its own blocks

        def read(container, parent) -> None:
            nonlocal extra
            for element in _blocks(container):
                if element.tag == _PARAGRAPH:
                    lines.extend(normalise_line_breaks(_bold_label(Paragraph(element, parent))).split("\n"))
                    continue
                table = Table(element, parent)
                if _is_layout_table(table):  # a form or page layout: its cells are read like the body
                    for cell in _layout_cells(table):
                        read(cell._tc, cell)
                        lines.append("")
                else:
                    begin = len(lines)
                    extra += _table_lines(table, lines, role_tables)
                    table_spans.append((begin, len(lines)))
                    lines.append("")

        read(document.element.body, body)
        _label_like_paragraphs(lines, table_spans)
        lines = _drop_notes_after_tables(lines, table_spans, name, warnings)
        if role_tables:
            lines = _drop_crib_tables(lines, role_tables, name, warnings)
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - lxml/zip/KeyError variants: report, never leak content
        why = type(e).__name__
        if why == "XMLSyntaxError":  # also entity declarations ("billion laughs"), which Word never writes
            raise InputError(name, "cannot read the Word document: its XML is damaged or not as Word writes it "
                                   "(XMLSyntaxError)") from None
        raise InputError(name, f"cannot read the Word document ({why})") from None
    if extra and warnings is not None:
        warnings.append(f"{extra} Word table cell(s) outside the speaker and text columns (comments, notes) "
                        "were not read as speech")
    return lines


def parse_docx(data: bytes, name: str) -> Transcript:
    """Parse a .docx transcript."""
    warnings: list[str] = []
    lines = docx_lines(data, name, warnings)
    if not any(line.strip() for line in lines):
        raise InputError(name, "the Word document contains no text")
    return parse_after_summary("\n".join(lines), name, fmt="docx", warnings=warnings)
