"""Word documents (.docx): Teams/Zoom/Otter exports and hand-typed transcripts.

python-docx extracts the body in document order: each paragraph becomes a line (line breaks
inside a paragraph become lines too; a short bold lead followed by plain text is a speaker
label, colon or not); each table row becomes one line, ``Speaker: text`` for a
two-column row and ``[time] Speaker: text`` when a first column holds a time. The text then goes
through the plain-text reader, so every layout it knows (Teams ``0:0:0.0 --> …`` blocks, ``Name
0:03`` headers, ``Name: text``) works in Word too. ``Segment.line`` is the line of that
extracted text.
"""

from __future__ import annotations

import io
import re
import zipfile

from analyzer.errors import InputError
from analyzer.readers._common import plausible_label
from analyzer.readers.text import parse_text
from analyzer.transcript import Transcript

_TIME_CELL = re.compile(r"^\(?\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?\)?$")


def _bold_label(paragraph) -> str:
    """The paragraph's text, with a bold lead ("**Int.** Good morning") marked as a speaker label.

    A short bold run (or runs) opening a paragraph and followed by plain text is how people type
    speaker names in Word, often without a colon; it becomes ``**Name:** text``, which the text
    reader treats as an explicit label. A bold line on its own (a title) stays as it is.
    """
    text = paragraph.text
    runs = paragraph.runs
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


def docx_lines(data: bytes, name: str) -> list[str]:
    """Extract the document's text lines; InputError when it is not a Word document."""
    if not data.startswith(b"PK"):
        raise InputError(name, "not a valid .docx file (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise InputError(name, "zip archive without word/document.xml: not a Word document")
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
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.extend(_bold_label(block).split("\n"))
            elif isinstance(block, Table):
                for row in block.rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        t = " ".join(cell.text.split())
                        if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                            cells.append(t)
                    if len(cells) >= 3 and _TIME_CELL.match(cells[0]):
                        lines.append(f"[{cells[0].strip('[]()')}] {cells[1]}: {' '.join(cells[2:])}")
                    elif len(cells) == 2 and _TIME_CELL.match(cells[0]):
                        lines.append(f"[{cells[0].strip('[]()')}] {cells[1]}")
                    elif len(cells) >= 2:
                        lines.append(f"{cells[0]}: {' '.join(cells[1:])}")
                    elif cells:
                        lines.append(cells[0])
                lines.append("")
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - lxml/zip/KeyError variants: report, never leak content
        raise InputError(name, f"cannot read the Word document ({type(e).__name__})") from None
    return lines


def parse_docx(data: bytes, name: str) -> Transcript:
    """Parse a .docx transcript."""
    lines = docx_lines(data, name)
    if not any(line.strip() for line in lines):
        raise InputError(name, "the Word document contains no text")
    return parse_text("\n".join(lines), name, fmt="docx")
