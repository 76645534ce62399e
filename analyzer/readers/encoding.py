"""Turn the raw bytes of a transcript into text.

People export transcripts as UTF-8 (with or without a byte-order mark), UTF-16 (Windows tools,
often with a BOM, sometimes without) and Windows-1252 (older Windows tools and subtitle sites).
This module decodes all of them, normalises line endings to ``\\n`` and rejects files that are
not text at all, raising :class:`~analyzer.errors.InputError` without quoting any content.
"""

from __future__ import annotations

import codecs
import re

from analyzer.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # must be tested before UTF-16-LE (same first 2 bytes)
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls other than tab/newline/carriage return/form feed/vertical tab, DEL, and C1 controls
# other than NEL (U+0085, a line break: see LINE_BREAKS).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")

#: Characters other than ``\n``/``\r`` that end a line: vertical tab (Word's manual line break,
#: Shift+Enter, when its text is copied out), NEL (U+0085, EBCDIC and some old Unix tools), and
#: Unicode's LINE SEPARATOR and PARAGRAPH SEPARATOR (U+2028/U+2029, written by macOS and JavaScript
#: copies). Read as ``\n`` by :func:`normalise_line_breaks`; other text has none, so its line
#: numbers do not change.
LINE_BREAKS = "\x0b\x85\u2028\u2029"
_LINE_BREAK_TABLE = str.maketrans(dict.fromkeys(LINE_BREAKS, "\n"))

# Single-byte or multi-byte encodings for non-Latin scripts: when charset-normalizer is confident
# about one of these we keep its answer; for every other legacy guess we prefer Windows-1252,
# which is what English-language Windows tools write (charset-normalizer tends to pick a Baltic or
# Central-European page for short Western texts).
_NON_LATIN_PREFIXES = (
    "cp1251", "cp1253", "cp1255", "cp1256", "cp866", "cp855", "koi8", "mac_cyrillic", "mac_greek",
    "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "cp874", "tis_620", "iso8859_11",
    "big5", "gb", "hz", "shift_jis", "cp932", "euc", "iso2022", "cp949", "johab", "cp950",
    "utf_", "kz1048", "ptcp154", "cp720", "cp737", "cp862", "cp864", "cp869",
)


#: What :func:`decode` reports for UTF-8 with Windows-1252 lines or bytes mixed in.
MIXED_UTF8_CP1252 = "utf-8 (some Windows-1252 lines)"

def _fail_if_binary(text: str, name: str) -> None:
    """Reject decoded text that is mostly control characters (an image, a PDF, an archive…)."""
    if "\x00" in text:
        raise InputError(name, "binary file (contains NUL bytes), not text")
    sample = text[:65536]
    bad = len(_CONTROL.findall(sample))
    if bad and bad > max(2, len(sample) // 100):
        raise InputError(name, "binary file (many control characters), not text")


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 without BOM from where the NUL bytes fall (ASCII text → every other byte 0)."""
    sample = data[:8192]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.3 * half and even_nuls < 0.02 * half:
        enc = "utf-16-le"
    elif even_nuls > 0.3 * half and odd_nuls < 0.02 * half:
        enc = "utf-16-be"
    else:
        return None
    try:
        return data[: len(data) - (len(data) % 2)].decode(enc)
    except UnicodeDecodeError:
        return None


def _legacy(data: bytes) -> str | None:
    """Decode bytes that are not UTF-8: charset-normalizer, biased towards Windows-1252."""
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - dependency is declared, but stay usable without it
        return cp1252
    best = from_bytes(data).best()
    if best is None:
        return cp1252
    enc = (best.encoding or "").lower()
    if cp1252 is not None and not enc.startswith(_NON_LATIN_PREFIXES):
        return cp1252
    return str(best)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with Windows-1252 bytes mixed in: those bytes read as Windows-1252, the rest as UTF-8.

    Two cases: a few stray bytes (one smart quote pasted from Word into a UTF-8 file), where the real
    UTF-8 characters outnumber the stray bytes; and a file joined from a UTF-8 part and a
    Windows-1252 part (either way round), where whole lines of each are found: 2+ real UTF-8
    characters, and stray bytes that look like Western text (single accented letters and quotes
    between ASCII, every one a defined Windows-1252 character). A Windows-1252 file has almost no
    valid UTF-8 sequences; Cyrillic, Greek or CJK legacy text has runs of high bytes. None otherwise.
    """
    stray = clustered = undefined = 0

    def as_cp1252(err: UnicodeDecodeError) -> tuple[str, int]:
        nonlocal stray, clustered, undefined
        raw = err.object[err.start : err.end]
        stray += len(raw)
        before = err.object[err.start - 1] if err.start else 0
        after = err.object[err.end] if err.end < len(err.object) else 0
        clustered += len(raw) > 1 or before >= 0x80 or after >= 0x80
        text = raw.decode("cp1252", errors="replace")
        undefined += text.count("\ufffd")
        return text, err.end

    codecs.register_error("interview_close_cp1252", as_cp1252)
    text = data.decode("utf-8", errors="interview_close_cp1252")
    multibyte = sum(1 for ch in text if ord(ch) > 127) - stray
    if 0 < stray <= multibyte:
        return text
    return text if multibyte >= 2 and not undefined and clustered <= 0.2 * stray else None


def normalise_newlines(text: str) -> str:
    """Convert ``\\r\\n`` and lone ``\\r`` (old Mac) line endings to ``\\n``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def normalise_line_breaks(text: str) -> str:
    """Turn the :data:`LINE_BREAKS` characters into ``\\n``, one for one (text without them is returned as is).

    Only for line-based text (plain text, captions, Word): JSON may hold U+2028 inside a string, where a
    ``\\n`` would be a syntax error, and a CSV cell is one value whatever breaks it holds (its words are
    joined with single spaces anyway)."""
    if any(c in text for c in LINE_BREAKS):
        text = text.translate(_LINE_BREAK_TABLE)
    return text


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode transcript bytes.

    Args:
        data: The file content.
        name: File name, used only in error messages.

    Returns:
        ``(text, encoding)`` with line endings normalised to ``\\n`` and any BOM removed.

    Raises:
        InputError: empty file, binary content, or bytes no supported encoding can read.
    """
    if not data:
        raise InputError(name, "file is empty")
    text: str | None = None
    encoding = ""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                raise InputError(name, f"invalid {enc.upper()} text after the byte-order mark") from None
            encoding = enc + " (BOM)"
            break
    if text is None and b"\x00" in data[:8192]:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(name, "binary file (contains NUL bytes), not text")
        encoding = "utf-16 (no BOM)"
    if text is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text = _mostly_utf8(data)
            encoding = MIXED_UTF8_CP1252
            if text is None:
                text = _legacy(data)
                encoding = "legacy (non-UTF-8)"
            if text is None:
                raise InputError(name, "cannot decode the file: not UTF-8, UTF-16 or Windows-1252 text") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    _fail_if_binary(text, name)
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(name, "file contains only whitespace")
    return text, encoding
