"""Analyse every transcript under a folder: discovery, worker processes, progress, error isolation.

The per-file work is the same pure function in every mode, ``Analyzer.analyze(path, catch=True)``:
in-process for ``jobs=1``, in a pool of worker processes (one :class:`Analyzer` built per worker)
otherwise. Results are consumed in discovery order, so the report does not depend on ``jobs``.
Only the small :class:`~analyzer.analysis.Analysis` objects travel back and are kept; no spaCy
``Doc`` or transcript text outlives its row, and at most ``4 * jobs`` files are in flight, so
memory stays flat as the folder grows.
"""

from __future__ import annotations

import fnmatch
import gc
import json
import os
import re
import signal
import stat
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from analyzer.analysis import Analysis, Analyzer, Options
from analyzer.errors import AnalyzerError, InputError, first_few
from analyzer.readers import BATCH_EXTENSIONS, is_own_report_file, is_transcript_file
from analyzer.transcript import Transcript, escape_surrogates, has_surrogates

if TYPE_CHECKING:  # pragma: no cover
    from analyzer.report import Report
    from analyzer.rules import RuleSet

__all__ = ["analyze_folder", "discover", "iter_analyses", "look_alike_names", "same_interview_twice"]

#: Tasks in flight per worker: enough to keep workers busy, small enough to keep memory flat.
WINDOW_PER_JOB = 4
#: Files sent to a worker in one task, at most: one file per task costs the parent a pickle, a queue
#: round trip and a thread wake-up each (about a tenth of a worker's time on short transcripts).
CHUNK_MAX = 4


# --------------------------------------------------------------------------- discovery


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _old_report(path: Path) -> bool:
    """A JSON report, cohort summary or evaluation an earlier run wrote into the folder (``[{"file": ...``,
    ``[{"behaviour": ...``, ``{"metrics": ...``): not a transcript. The first key must open one of
    our tables (or an evaluation); then the whole file must have exactly our columns."""
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as fh:
            head = b"".join(fh.read(64).removeprefix(b"\xef\xbb\xbf").split())  # no whitespace
    except OSError:
        return False
    from analyzer.writers import is_own_report, own_json_head

    return own_json_head(head) and is_own_report(path)


def _old_jsonl_report(path: Path) -> bool:
    """A ``.jsonl`` table an earlier run wrote (a cohort summary, an evaluation's metrics: every record
    has exactly the columns of one of our tables): not a transcript."""
    try:
        with path.open("rb") as fh:
            head = fh.read(64).removeprefix(b"\xef\xbb\xbf").lstrip()
    except OSError:
        return False
    if not head.startswith(b"{"):
        return False
    from analyzer.writers import is_own_report

    return is_own_report(path)


def _special(path: Path) -> bool:
    """A pipe, socket or device (reading it could block or never end): never a transcript."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # a broken link or an unreadable entry: kept, so its row says why
        return False


def _looks_like_text(path: Path, size: int = 8192) -> bool:
    """Does the file start like text (UTF-16 with a byte-order mark, or bytes with no NUL and almost
    no control characters)? A photo, a PDF, an archive does not."""
    try:
        with path.open("rb") as fh:
            head = fh.read(size)
    except OSError:
        return False
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head or head.startswith((b"%PDF", b"PK\x03\x04", b"{\\rtf")):
        return False
    text = head.decode("utf-8", errors="replace")
    odd = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\r\n\f"))
    return odd <= max(2, len(text) // 50)


def file_key(path: Path):
    """What makes two paths one file: the device and inode the path leads to (through links)."""
    try:
        st = os.stat(path)
        return st.st_dev, st.st_ino
    except OSError:  # a broken link or an unreadable entry: its own row, once
        return os.path.realpath(path)


def _globs(pattern: str) -> list[str]:
    """Case-folded variants of a shell pattern in which each ``**/`` stands for any folders or none.

    ``fnmatch``'s ``*`` already crosses ``/``; a kept ``**/`` therefore means "one folder or more",
    and a dropped one "none", so ``**/*.txt`` also matches ``a.txt`` at the top.
    """
    parts = pattern.casefold().split("**/")
    variants = {""}
    for i, part in enumerate(parts):
        glue = ("",) if i == 0 else ("", "**/")
        variants = {v + g + part for v in variants for g in glue}
        if len(variants) > 64:  # an absurd pattern: keep the literal reading
            return [pattern.casefold()]
    return sorted(variants)


def _matches(rel: str, name: str, globs: list[str]) -> bool:
    """``rel`` (the path under the folder) or the bare file name matches a pattern, ignoring case
    (as the extension check does: ``*.txt`` takes ``NOTES.TXT``)."""
    rel, name = rel.casefold(), name.casefold()
    return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(name, g) for g in globs)


#: Documents people save a transcript as that no reader takes: extension -> what it is. A folder walk names
#: them in its "left out" line (save as .docx or .txt), instead of passing over them without a word.
DOCUMENT_EXTENSIONS = {
    ".rtf": "RTF", ".odt": "OpenDocument", ".fodt": "OpenDocument", ".pdf": "PDF", ".doc": "old Word .doc",
    ".pages": "Apple Pages", ".ppt": "slides", ".pptx": "slides", ".odp": "slides",
}


def _patterns(pattern: "str | Iterable[str] | None") -> list[str]:
    """``pattern`` as a list of patterns: one pattern, several (``--glob`` given more than once: their
    union), or none (``[]``); each kept once, in the order given."""
    if pattern is None:
        return []
    patterns = [pattern] if isinstance(pattern, str) else pattern
    if isinstance(pattern, (bytes, os.PathLike)) or not all(isinstance(p, str) for p in patterns):
        raise TypeError(f"pattern must be a str such as '*.vtt' or a list of them, not {type(pattern).__name__}")
    if any(not p.strip() for p in patterns):  # as --glob "$UNSET": neither "everything" nor "nothing" is meant
        raise ValueError("pattern must not be empty: give one such as '*.vtt', or None for every transcript")
    return list(dict.fromkeys(patterns))


def _shown_patterns(patterns: list[str]) -> str:
    return " or ".join(f"'{p}'" for p in patterns)


def _one_pattern_hint(patterns: list[str]) -> str:
    """For a pattern written as a list (``'*.vtt,*.srt'``, ``'{*.vtt,*.srt}'``), which is not one."""
    listed = [p for p in patterns if "," in p]
    if not listed:
        return ""
    parts = [q for q in re.split(r"\s*,\s*", listed[0].strip("{}")) if q]
    example = " ".join(f"--glob '{q}'" for q in parts[:3]) or "--glob '*.vtt' --glob '*.srt'"
    return f"; a comma does not separate patterns: repeat --glob for each one ({example})"


def discover(
    folder: str | os.PathLike,
    pattern: str | Iterable[str] | None = None,
    exclude: Iterable[str | os.PathLike] = (),
    notes: list[str] | None = None,
    other: list[str] | None = None,
    documents: list[str] | None = None,
    unreadable: list[tuple[Path, str, str]] | None = None,
) -> list[tuple[Path, str]]:
    """Find the transcripts under ``folder``.

    Recursive; only files with a transcript extension (:data:`BATCH_EXTENSIONS`, ``.jsonl`` included, an
    earlier ``.jsonl`` report or summary left out by its content; or, with ``pattern``, any text file it
    matches); hidden files and folders skipped; symbolic
    links followed, but a folder already visited (a link loop) is not entered twice, and a file
    reached twice (a link to a file also in the folder, a hard link) is kept once, under its first
    name in sorted order; ``exclude`` (for example the report being written) skipped; a
    ``.csv``/``.tsv`` without a text column and a speaker or start column (gold labels, an earlier
    report) skipped. A pipe or device with a transcript extension (or a link to one) is kept
    without being opened, so that its row says why it cannot be read.

    Args:
        folder: A folder, or a single transcript file (a one-file batch).
        pattern: Optional shell pattern matched, ignoring case, against the path relative to
            ``folder`` or the file name, e.g. ``"*.vtt"``, ``"plain/*"`` or ``"**/*.txt"`` (``*``
            crosses folders; ``**/`` is any folders or none); or a list of them, taking a file any
            of them matches (the order of the result does not depend on theirs).
        exclude: Paths never to include; a folder among them leaves out everything under it.
        notes: When given, a line is added to it for each file left out as reached twice.
        other: When given (and no ``pattern``), the relative names of text files left out for their
            extension (``.text``, ``.log``, none) are added to it. A ``pattern`` takes any text file it
            matches, whatever its extension.
        documents: When given, ``"name (what)"`` of each document no reader takes (``.rtf``, ``.odt``,
            ``.pdf``, ``.doc``, ``.pages``, slides; see :data:`DOCUMENT_EXTENSIONS`) is added to it.
        unreadable: When given, ``(path, relative name, reason)`` of each sub-folder that could not be
            listed (no read permission) is added to it, so that its transcripts are not lost quietly.
            Without it, such a folder is an error.

    Returns:
        ``(path, relative name)`` pairs sorted by relative name (``/``-separated).

    Raises:
        InputError: ``folder`` does not exist, cannot be listed, holds no transcript, or (without
            ``unreadable``) has a sub-folder that cannot be listed.
    """
    root = Path(folder)
    try:
        found_root = root.exists()
    except OSError as exc:  # a name too long for the file system, a folder on the way that cannot be searched
        raise InputError(root, f"cannot read the folder or file ({exc.strerror or type(exc).__name__})") from None
    if not found_root:
        raise InputError(root, "folder not found")
    if root.is_file():
        return [(root, root.name)]
    if not root.is_dir():
        raise InputError(root, "not a folder or a transcript file")
    skip = {os.path.realpath(p) for p in exclude}
    # a folder in ``exclude`` leaves out everything under it (also when reached through a link)
    skip_dirs = tuple(p + os.sep for p in skip if os.path.isdir(p))
    patterns = _patterns(pattern)
    globs = sorted({g for p in patterns if p for g in _globs(p)})
    seen_dirs: set[str] = set()
    found: list[tuple[Path, str]] = []

    unread: list[tuple[Path, str, str]] = []

    def onerror(exc: OSError) -> None:
        # an unreadable sub-folder must not stop the batch, nor be passed over in silence: its
        # transcripts would be missing from a report that looks complete
        where = Path(exc.filename) if exc.filename else root
        reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or type(exc).__name__)
        if where == root:
            raise InputError(root, f"cannot read the folder ({reason})") from None
        unread.append((where, where.relative_to(root).as_posix() + "/", reason))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        real = os.path.realpath(dirpath)
        if real in seen_dirs or (skip_dirs and (real + os.sep).startswith(skip_dirs)):
            dirnames[:] = []
            continue
        seen_dirs.add(real)
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
        for name in filenames:
            if _hidden(name):
                continue
            ext = os.path.splitext(name)[1].lower()
            known = ext in BATCH_EXTENSIONS
            path = Path(dirpath, name)
            rel = path.relative_to(root).as_posix()
            if globs and not _matches(rel, name, globs):
                continue
            real_path = os.path.realpath(path)
            if real_path in skip or (skip_dirs and real_path.startswith(skip_dirs)):
                continue
            if ext in DOCUMENT_EXTENSIONS:  # never read; named so that a cohort saved as PDF is not lost quietly
                if documents is not None:
                    documents.append(f"{rel} ({DOCUMENT_EXTENSIONS[ext]})")
                continue
            if not known:
                # another extension (.text, .log, none): a pattern that names it takes it when it is text
                # (the format is sniffed from the content); otherwise it is named in the warning line
                if not _special(path) and _looks_like_text(path):
                    if is_own_report_file(path):  # an earlier .html or .jsonl report: left out quietly
                        continue
                    if globs:
                        found.append((path, rel))
                    elif other is not None:
                        other.append(rel)
                continue
            # never open a pipe or device (it could block or never end); the reader names it
            if ext == ".jsonl":  # JSON Lines: a transcript unless it is an earlier report, summary or evaluation
                if not _special(path) and (is_own_report_file(path) or _old_jsonl_report(path)):
                    continue
            elif not _special(path) and (not is_transcript_file(path) or _old_report(path)):
                continue
            found.append((path, rel))
    if other is not None:
        other.sort()
    if documents is not None:
        documents.sort()
    unread.sort(key=lambda item: item[1])
    if unread and (unreadable is None or not found):
        shown = _names([f"{rel} ({reason})" for _, rel, reason in unread])
        found_none = "no transcripts found; " if not found else ""
        raise InputError(root, f"{found_none}cannot read sub-folder(s) {shown}; give read access to them "
                               "or move them out of the folder")
    if unreadable is not None:
        unreadable.extend(unread)
    if not found:
        more = f"; {_documents_part(documents)}" if documents else ""
        if globs:  # a pattern takes any text file: the extension list is not why nothing was found
            raise InputError(root, f"no transcripts found matching {_shown_patterns(patterns)} (matched against the "
                                   "path under the folder or the file name, ignoring case)"
                                   f"{_one_pattern_hint(patterns)}{more}")
        what = ", ".join(sorted(BATCH_EXTENSIONS))
        hint = "; --glob PATTERN takes text files with other extensions"
        if other:
            hint += f"; left out for their extension: {_names(other)}"
        raise InputError(root, f"no transcripts found (looked for {what}{hint}{more})")
    found.sort(key=lambda item: item[1])
    first: dict[object, str] = {}
    once: list[tuple[Path, str]] = []
    for path, rel in found:
        key = file_key(path)
        if key in first:  # analysed twice, it would count twice in the cohort summary
            if notes is not None:
                notes.append(f"{rel}: the same file as {first[key]}; analysed once")
            continue
        first[key] = rel
        once.append((path, rel))
    return once


# --------------------------------------------------------------------------- files that are not interviews

#: A line of a list or a Markdown heading: an agenda, a to-do list, a README.
_LIST_LINE = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*\u2022+]|#{1,6})\s")
#: A list line that carries a speaker label ("1. Interviewer: ...", "- **Sam:** ..."): the label.
_LISTED_LABEL = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*\u2022+])\s+(?:\*\*|__)?([^\W\d][\w .'-]{0,40}?)(?:\*\*|__)?\s*:")
#: An e-mail's header lines.
_MAIL_HEADER = re.compile(r"^\s*(from|to|cc|bcc|subject|date|sent)\s*:\s*\S", re.IGNORECASE)
#: A letter's salutation, at the very start of the text.
_SALUTATION = re.compile(r"^\W*(dear|to whom it may concern)\b", re.IGNORECASE)
#: A letter's sign-off, then a name of at most four words, at the very end of the text.
_SIGN_OFF = re.compile(
    r"\b(?:yours(?: (?:sincerely|faithfully|truly))?|sincerely(?: yours)?|(?:best|kind|warm|warmest|many)"
    r"(?: regards| wishes| thanks)?|regards|cheers|best)\s*,?\s*(?:\S+\s*){1,4}$",
    re.IGNORECASE,
)
#: Labels that head a section of a CV, a feedback form or a notes sheet, not a person speaking.
_SECTION_HEADINGS = frozenset(
    h.strip() for h in (
        "skills,key skills,technical skills,experience,work experience,employment,employment history,work history,"
        "career,education,qualifications,certifications,certificates,training,courses,references,languages,"
        "interests,hobbies,profile,personal profile,objective,career objective,summary,professional summary,"
        "contact,contact details,address,phone,mobile,email,e-mail,website,linkedin,github,nationality,"
        "date of birth,achievements,awards,publications,projects,volunteering,strengths,weaknesses,"
        "areas to improve,areas for improvement,improvements,to improve,action,actions,action points,"
        "action items,next steps,next session,goals,feedback,overall,overall impression,comments,notes,score,"
        "rating,grade,opening,closing,body language,date,time,location,agenda,attendees"
    ).split(",")
)
#: A year or a range of years ("2019-2021", "2021 - present") used as a label: a CV's dates.
_YEARS = re.compile(r"^(?:19|20)\d\d(?:\s*[-\u2013/]\s*(?:(?:19|20)\d\d|present|now|today))?$", re.IGNORECASE)


#: A meeting chat's message header: Zoom's "10:01:23 From  Ana Ruiz  to  Everyone:" (the message on the
#: same line or tab-indented below; "to Ben(Direct Message)" too) or the newer "10:01:23<TAB>Ana Ruiz:<TAB>hi".
_CHAT_HEADER = re.compile(
    r"^\d{1,2}:\d{2}:\d{2}(?:[ \t]+From[ \t]+\S.*?[ \t]+to[ \t]+\S.*?:(?:[ \t].*)?|\t[^\t]{1,80}:\t.*)$")


def meeting_chat(text: str) -> bool:
    """Is this text, line for line, a meeting chat export (Zoom's chat file saved beside the recording)?

    Positive evidence only: at least one chat header and every other non-empty line (but one in ten, a
    pasted multi-line message) a tab-indented message line. A short transcript is not a chat."""
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    is_header = [bool(_CHAT_HEADER.match(line.strip("\r\n "))) for line in lines]
    headers = sum(is_header)
    indented = sum(line[:1] in ("\t", " ") and not header for line, header in zip(lines, is_header))
    return headers >= 1 and 10 * (headers + indented) >= 9 * len(lines)


@dataclass
class Skipped(Analysis):
    """A file found by walking a folder that is clearly not an interview transcript: left out of the
    report, and named in its notes with ``reason``."""

    reason: str = ""


#: Keys that hint at speech in a JSON document no reader knows (an engine's format not supported yet):
#: such a file keeps its error row, which says what the readers expect.
_SPEECH_KEYS = frozenset({
    "text", "transcript", "transcripts", "transcription", "words", "word", "segments", "utterances", "utterance",
    "results", "speaker", "speakers", "monologues", "alternatives", "captions", "cues", "content", "sentence",
    "sentences", "phrases", "recognizedphrases", "start", "end", "time", "timestamp", "message", "messages",
    "lines", "dialogue", "turns", "items", "channels", "elements", "paragraphs",
})


def _json_keys(value: object, depth: int = 3, budget: list[int] | None = None) -> Iterator[str]:
    """Keys of the objects in ``value`` down to ``depth`` levels, normalised; at most a few hundred."""
    budget = budget if budget is not None else [500]
    if depth <= 0 or budget[0] <= 0:
        return
    children: Iterable[object] = ()
    if isinstance(value, dict):
        for key in value:
            budget[0] -= 1
            yield str(key).lower().replace("_", "").replace("-", "")
        children = value.values()
    elif isinstance(value, list):
        children = value[:20]
    for child in children:
        if budget[0] <= 0:
            return
        yield from _json_keys(child, depth - 1, budget)


def _unknown_json(path: Path) -> bool:
    """Is the file valid JSON that is clearly not a transcript (settings, a manifest): a non-empty
    object or list of a shape no reader knows, with no key that hints at speech?"""
    from analyzer.readers import MAX_BYTES
    from analyzer.readers.encoding import decode
    from analyzer.readers.jsonfmt import detect

    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return False  # a FIFO or device would block the read; a huge file keeps its error row
        text, _ = decode(path.read_bytes(), str(path))
        if not text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
            return False
        obj = json.loads(text)
    except (AnalyzerError, OSError, ValueError, RecursionError, MemoryError):
        return False  # unreadable or broken JSON: an error row says why
    if not isinstance(obj, (dict, list)) or not obj or detect(obj) is not None:
        return False  # null, a number, {} or []: an empty or broken result keeps its error row
    return not any(key in _SPEECH_KEYS for key in _json_keys(obj))


def _lines(transcript: Transcript) -> list[str]:
    """The transcript's non-empty source lines (each turn split at its line offsets)."""
    lines = [turn.text[a:b] for turn in transcript.turns
             for a, b in zip(turn.offsets, list(turn.offsets[1:]) + [len(turn.text)])]
    return [line.strip() for line in lines if line.strip()]


def _heading(label: str) -> bool:
    label = label.strip().strip("*_#").strip().lower()
    return label in _SECTION_HEADINGS or bool(_YEARS.match(label))


#: A folder's own documents by file name (the stem, any case): a README, a changelog, a licence, a to-do
#: list, a coach's notes. Such a name is evidence only together with no question another speaker answers.
_DOCUMENT_STEM = re.compile(
    r"^(?:read[ _.-]?me(?:[ _.-]?first)?|change[ _-]?log|changes|licen[cs]e|contributing|authors|to[ _-]?do"
    r"|(?:(?:coach|coaches|coach's|cohort|session|my)[ _-]?)?notes?)$",
    re.IGNORECASE,
)
#: The formats whose files a person writes by hand (a README or notes can be one of them).
_HAND_WRITTEN = frozenset({"plain-text", "markdown", "docx"})
#: Words of a conversation: somebody speaking of themselves or to someone ("I", "you", "we"...).
_PERSONAL = re.compile(r"\b(?:i|me|my|mine|myself|you|your|yours|yourself|we|us|our|ours)\b", re.IGNORECASE)
#: A quotation inside a note ('try "I'd love to move forward"'): somebody else's words, not the note's.
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")


def _question_answered(turns) -> bool:
    """Does a speaker ask something ('?') that another speaker then answers (speaks next)?"""
    return any("?" in a.text and b.speaker != a.speaker for a, b in zip(turns, turns[1:]))


def _notes_not_dialogue(transcript: Transcript, labelled: bool) -> str | None:
    """Why a hand-written file that reads as turns is a document about people rather than a conversation,
    or None. Positive evidence only: a README/notes-like file name with no question another speaker
    answers (and no role label such as Interviewer or Candidate), or ``Name: comment`` lines in which
    nobody asks anything and nobody says I, you or we (a coach's notes on two students)."""
    from analyzer.readers._common import is_role_word

    if transcript.format not in _HAND_WRITTEN:
        return None
    turns = transcript.turns
    names = set(transcript.speakers) if labelled else set()
    if any(is_role_word(name) for name in names):
        return None  # "Interviewer:", "Candidate:", "Coach:": roles of a conversation
    texts = [turn.text for turn in turns]
    stem = Path(transcript.path or "").stem.strip()
    if stem and _DOCUMENT_STEM.match(stem):
        if labelled and not _question_answered(turns):
            return "a README or notes file: no question that another speaker answers"
        whole = " ".join(texts)
        # no speakers: punctuated prose that asks nothing (unpunctuated speech-to-text is kept)
        if not labelled and "?" not in whole and re.search(r"\w[.!]", whole):
            return "a README or notes file: prose with no speakers and no question"
        return None
    if (labelled and len(turns) >= 2 and len(names) >= 2 and not any("?" in text for text in texts)
            and not any(_PERSONAL.search(_QUOTED.sub(" ", text)) for text in texts)):
        return "notes on people ('Name: comment'): nobody asks anything or says I, you or we"
    return None


def not_an_interview(transcript: Transcript, rules: "RuleSet | None" = None,
                     source: Callable[[], str | None] | None = None) -> str | None:
    """Why a transcript that reads is still clearly not an interview, or None.

    Only positive evidence that the file is some other document skips it, never the mere absence of
    speakers, times or questions (unpunctuated speech-to-text, a candidate's practised closing and a
    two-line labelled closing are all interviews): e-mail header lines (``From:``, ``Subject:``...);
    a letter (a ``Dear ...`` salutation and a sign-off, in one voice); a document made mostly of
    headings and list items, none of them a labelled speaker who speaks twice (a README, an agenda,
    a to-do list); or labels that are a CV's or a feedback form's section headings (``Skills:``,
    ``2019-2021:``, ``Strengths:``) rather than people; a README or a coach's notes (see
    :func:`_notes_not_dialogue`: a README/notes-like file name with no question another speaker answers,
    or ``Name: comment`` lines asking nothing, with no I, you or we). Anything with a sign of a conversation is
    kept first: a speech-to-text engine's own JSON, two or more timestamps, role words in a header,
    or a labelled speaker who speaks twice. ``source`` gives the file's text when it is plain text (the
    Markdown reader drops headings, which count here); it is called only when those signs are
    missing, so most files are not read twice. ``rules`` is accepted for compatibility.
    """
    turns = transcript.turns
    if transcript.format.endswith("-json") and transcript.format != "generic-json":
        return None  # Whisper, AWS, Deepgram...: only a speech-to-text engine writes these
    if sum(start is not None for turn in turns for start in turn.starts) >= 2:
        return None
    if transcript.header_roles:
        return None
    labelled = bool(transcript.has_speakers and transcript.speakers)
    speakers = [turn.speaker for turn in turns]
    if labelled and len(set(speakers)) < len(speakers):  # somebody speaks twice: a back-and-forth,
        return _notes_not_dialogue(transcript, labelled)  # unless it is a coach's notes on two people
    lines = _lines(transcript)
    raw = source() if source is not None else None
    if raw is not None:
        lines = [line.strip() for line in raw.splitlines() if line.strip()] or lines
    if not lines:
        return None
    if sum(bool(_MAIL_HEADER.match(line)) for line in lines[:12]) >= 2:
        return "an e-mail: From:, To:, Subject: lines"
    text = "\n".join(lines)
    if len(set(speakers)) <= 1 and _SALUTATION.match(text) and _SIGN_OFF.search(text[-200:]):
        return "a letter: a salutation and a sign-off, one voice"
    listed = [line for line in lines if _LIST_LINE.match(line)]
    if len(lines) >= 3 and 2 * len(listed) >= len(lines):  # two bullets may be a practised closing
        labels = [m.group(1).strip().lower() for m in map(_LISTED_LABEL.match, listed) if m]
        # dialogue: a labelled speaker speaks twice, or every item is a speaker's line (no heading)
        dialogue = len(set(labels)) < len(labels) or (
            len(labels) >= 2 and len(labels) == len(listed) and not any(line.startswith("#") for line in lines))
        if not dialogue:
            return "mostly headings and list items, no dialogue"
    if labelled and 2 * sum(_heading(speaker) for speaker in set(speakers)) > len(set(speakers)):
        return "labels that are a CV's or a form's headings, not speakers"
    return _notes_not_dialogue(transcript, labelled)


#: Two same-stem files whose speech shares at least this share of its word pairs are one interview.
SAME_SPEECH = 0.9
#: Words one copy of a transcript keeps and another drops (verbatim captions against a clean copy).
_SPOKEN_NOISE = frozenset("um umm uh uhh uhm er erm ah eh hmm hm mm mhm oh like yeah".split())
#: Above this many interviews found in several files, one warning lists them instead of a line each.
_LISTED_TWINS = 3


def _speech_words(path: Path) -> list[str] | None:
    """The words of a transcript's speech, case-folded (no labels, times, cue numbers or punctuation);
    None when it cannot be read."""
    from analyzer.readers import read_transcript

    try:
        transcript = read_transcript(path)
    except Exception:  # noqa: BLE001 - only a comparison: the file's own row says what is wrong with it
        return None
    words = re.findall(r"\w+", " ".join(turn.text for turn in transcript.turns).casefold())
    # a verbatim copy (captions: "um", "I I") and a clean one (the coach's) are still the same speech
    return [w for i, w in enumerate(words) if w not in _SPOKEN_NOISE and (i == 0 or w != words[i - 1])]


def _same_speech(a: list[str], b: list[str]) -> str | None:
    """"the same speech", "nearly the same speech" or None."""
    if a == b:
        return "the same speech" if a else None
    pairs_a, pairs_b = set(zip(a, a[1:])), set(zip(b, b[1:]))
    if not pairs_a or not pairs_b:
        return None
    return "nearly the same speech" if len(pairs_a & pairs_b) >= SAME_SPEECH * len(pairs_a | pairs_b) else None


def same_interview_twice(files: list[tuple[Path, str]]) -> list[str]:
    """A note for each group of files in one folder with one name in different formats (``sam_lee.txt`` and
    ``sam_lee.vtt``: the Zoom captions and the coach's copy) whose speech is the same, or nearly: one
    interview, analysed and counted twice in the cohort summary. Only such same-stem files are read again,
    so a batch without them costs nothing more."""
    groups: dict[tuple[str, str], list[tuple[Path, str]]] = {}
    for path, rel in files:
        folder, _, name = rel.rpartition("/")
        groups.setdefault((folder, os.path.splitext(name)[0].casefold()), []).append((path, rel))
    found: list[tuple[list[str], str]] = []  # per interview: its files, and how alike their speech is
    for group in groups.values():
        if len(group) < 2:
            continue
        speech = [(rel, _speech_words(path)) for path, rel in group]
        speech = [(rel, words) for rel, words in speech if words]
        done: set[str] = set()
        for i, (rel, words) in enumerate(speech):
            if rel in done:
                continue
            twins, how = [rel], "the same speech"
            for other, other_words in speech[i + 1:]:
                same = other not in done and _same_speech(words, other_words)
                if same:
                    twins.append(other)
                    done.add(other)
                    how = same if same != "the same speech" else how
            if len(twins) > 1:
                found.append((twins, how))
    if len(found) > _LISTED_TWINS:  # a whole cohort saved twice: one line, not one per student
        shown = [f"{os.path.splitext(twins[0])[0]} ({', '.join(os.path.splitext(t)[1] or t for t in twins)})"
                 for twins, _ in found[:5]]
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        return [f"{len(found)} interviews are each in several files with the same or nearly the same speech: "
                f"{', '.join(shown)}{more}; each file is analysed, so the cohort summary counts them more than "
                "once: move all but one of each out of the folder or pick one format with --glob"]
    notes = []
    for twins, how in found:
        both = ", ".join(twins[:-1]) + f" and {twins[-1]}"
        times = "twice" if len(twins) == 2 else f"{len(twins)} times"
        notes.append(f"{both}: one interview in {len(twins)} files ({how}); each is analysed, so the "
                     f"cohort summary counts it {times}: move all but one out of the folder "
                     "or pick one format with --glob")
    return notes


def _unmatched(patterns: list[str], rels: list[str]) -> list[str]:
    """A note for each of several ``--glob`` patterns that took no file (the others did)."""
    notes = []
    for p in patterns:
        globs = _globs(p)
        if not any(_matches(rel, rel.rsplit("/", 1)[-1], globs) for rel in rels):
            notes.append(f"--glob '{p}' matched no file{_one_pattern_hint([p])}")
    return notes


def look_alike_names(names: Iterable[str]) -> list[str]:
    """A note for each name that differs from an earlier one only in its Unicode normalisation (``é`` as one
    character, NFC, as typed; or as ``e`` and an accent, NFD, as macOS writes it): two files, two rows that
    look the same in every report."""
    import unicodedata

    first: dict[str, str] = {}
    notes = []
    for name in names:
        if name.isascii():  # nearly every name: nothing to normalise
            continue
        key = unicodedata.normalize("NFC", name)
        if key in first and first[key] != name:
            notes.append(f"{name} ({_unicode_form(name)}): the same name as {first[key]} ({_unicode_form(first[key])}) "
                         "written with other Unicode characters; both are analysed and their rows look alike: rename one")
        first.setdefault(key, name)
    return notes


def _unicode_form(name: str) -> str:
    import unicodedata

    return "NFC" if unicodedata.is_normalized("NFC", name) else "NFD" if unicodedata.is_normalized("NFD", name) else "mixed"


def _names(items: list[str]) -> str:
    return first_few(items, 10)


def _documents_part(documents: list[str]) -> str:
    n = len(documents)
    what = f"{n} documents" if n != 1 else "1 document"
    return f"left out {what} no reader takes (save as .docx or .txt): {_names(list(documents))}"


def _skipped_note(skipped: list[Skipped], other: list[str] = (), documents: list[str] = ()) -> str:
    """One line for every file of the folder left out of the report: as no interview, or for its extension."""
    parts = []
    if skipped:
        n = len(skipped)
        what = (f"{n} files that are not interview transcripts" if n != 1
                else "1 file that is not an interview transcript")
        parts.append(f"skipped {what}: " + _names([f"{s.file} ({s.reason})" for s in skipped]))
    if other:
        n = len(other)
        what = f"{n} text files" if n != 1 else "1 text file"
        parts.append(f"left out {what} for their extension (--glob PATTERN takes them): {_names(list(other))}")
    if documents:
        parts.append(_documents_part(documents))
    return "; ".join(parts)


# --------------------------------------------------------------------------- the per-file work

#: The warning on the row of a file whose name is not valid UTF-8.
NON_UTF8_NAME_WARNING = ("the file name is not valid UTF-8, so it is written with \\xNN escapes for the bytes "
                         "that are not; rename the file in UTF-8 to see the name as typed")


def analyze_one(analyzer: Analyzer, path: Path, rel: str, screen: bool = False) -> Analysis:
    """One file -> one Analysis, whatever happens (a bug becomes the file's error row).

    With ``screen`` (a file found by walking a folder), a file that is clearly not an interview
    transcript becomes a :class:`Skipped` instead of a scored or failed row.
    """
    try:
        result = _screened(analyzer, path, rel) if screen else analyzer.analyze(path, catch=True)
    except Exception as exc:  # noqa: BLE001 - isolation: one file's failure never stops the batch
        result = Analysis(file=str(path), error=f"{path}: internal error: {type(exc).__name__}")
    result.file = rel
    if not rel.isascii() and has_surrogates(rel):
        # a file name that is not UTF-8 (Latin-1 from an old share): read as ``caf\udce9.txt``, which no
        # writer or strict terminal can encode; its bytes are shown as \xNN escapes instead
        result.file = escape_surrogates(rel)
        if result.error:
            result.error = escape_surrogates(result.error)
        result.warnings.append(NON_UTF8_NAME_WARNING)
    return result


def _plain_text(path: Path, transcript: Transcript) -> str | None:
    """The file's own text when it is plain text or Markdown (not a .docx, JSON or CSV)."""
    if transcript.format == "docx" or transcript.format.endswith("json") or transcript.format in ("csv", "tsv"):
        return None
    from analyzer.readers.encoding import decode

    try:
        return decode(path.read_bytes(), str(path))[0]
    except (AnalyzerError, OSError, ValueError):
        return None


def _screened(analyzer: Analyzer, path: Path, rel: str) -> Analysis:
    from analyzer.readers import read_transcript

    try:
        transcript = read_transcript(path)
    except AnalyzerError as exc:
        if _unknown_json(path):
            return Skipped(file=rel, reason="JSON of no transcript shape")
        return Analysis(file=str(path), error=str(exc))
    if transcript.format == "zoom-chat-txt" and meeting_chat(_plain_text(path, transcript) or ""):
        # the chat Zoom saves beside a recording's transcript: scored, it would count as a second interview
        return Skipped(file=rel, reason="a meeting chat, not a transcript")
    reason = not_an_interview(transcript, analyzer.rules, lambda: _plain_text(path, transcript))
    if reason:
        return Skipped(file=rel, reason=reason)
    try:
        return analyzer.analyze_transcript(transcript)
    except AnalyzerError as exc:
        return Analysis(file=str(path), error=str(exc))


_WORKER: Analyzer | None = None
_WORKER_ERROR: str | None = None
#: The parent's Analyzer, set while a pool starts: forked workers inherit it instead of rebuilding.
_PARENT: Analyzer | None = None


#: How often a worker checks that the process that started it is still there (seconds).
PARENT_CHECK_EVERY = 0.5


def _watch_parent(parent: int) -> None:
    """End this worker as soon as its parent is gone (killed, even with SIGKILL, or crashed).

    An orphaned worker would otherwise wait for work on its queue forever, holding its memory.
    """
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_EVERY)
    os._exit(1)


def _init_worker(rules, options: Options) -> None:
    global _WORKER, _WORKER_ERROR
    # Ctrl-C reaches the whole process group: the parent stops the batch, workers must not print tracebacks
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a forked worker inherits the parent's SIGTERM handler (raise Terminated): the parent stops
    # its workers with SIGTERM, and they must simply end
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), name="watch-parent", daemon=True).start()
    try:
        _WORKER = _PARENT if _PARENT is not None else Analyzer(rules, options)
    except Exception as exc:  # noqa: BLE001 - reported on every file instead of breaking the pool
        _WORKER_ERROR = type(exc).__name__
    gc.freeze()  # a spawned worker's own pipeline lives as long as the worker (see iter_analyses)


def _work(path: Path, rel: str, screen: bool = False) -> Analysis:
    if _WORKER is None:
        return Analysis(file=rel, error=f"{path}: internal error: worker could not start ({_WORKER_ERROR})")
    result = analyze_one(_WORKER, path, rel, screen)
    # every match the rules made, cancelled ones included, is for --debug on one file, never part of
    # a report: left behind, the result sent back to the parent is 2 kB instead of 5 kB and takes a
    # fifth of the time to pickle and unpickle
    for finding in result.findings:
        finding.hits = []
    return result


def _work_chunk(chunk: list[tuple[Path, str]], screen: bool = False) -> list[Analysis]:
    return [_work(path, rel, screen) for path, rel in chunk]


def _crashed(path: Path, rel: str) -> Analysis:
    return Analysis(file=rel, error=f"{path}: internal error: the worker process analysing it stopped")


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's worker processes now, without waiting for the files they are analysing."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.terminate()
        except (OSError, ValueError):  # already gone, or already closed
            pass


def _chunk_size(files: int, jobs: int) -> int:
    """Files per task: several when there are many files, one when there are few (so the last
    tasks still spread over every worker)."""
    return max(1, min(CHUNK_MAX, files // (jobs * 16)))


def _pooled(files: list[tuple[Path, str]], analyzer: Analyzer, jobs: int, screen: bool = False) -> Iterator[Analysis]:
    """Analyses in ``files`` order from a pool of ``jobs`` processes, at most ``4*jobs`` tasks
    (of up to ``CHUNK_MAX`` files each) in flight.

    A worker process that dies (killed, out of memory, a crash in native code) breaks the pool;
    the files it had in flight are then retried one at a time in a fresh pool, so only the file
    that kills a worker gets an error row.
    """
    global _PARENT
    window = max(1, WINDOW_PER_JOB * jobs)
    size = _chunk_size(len(files), jobs)
    # workers started with "spawn"/"forkserver" rebuild the Analyzer from the (picklable) rule set
    initargs = (analyzer.rules, analyzer.options)
    todo = deque(files)
    suspects: deque[tuple[Path, str]] = deque()
    while todo or suspects:
        _PARENT = analyzer
        try:
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=initargs)
            # kept set for the pool's life: with "fork", every worker (even a replacement) inherits it
        except Exception:
            _PARENT = None
            raise
        inflight: deque[tuple[list[tuple[Path, str]], Future]] = deque()
        broken = False
        try:
            # after a crash, the suspects go alone, in order, before anything else
            while suspects and not broken:
                path, rel = suspects.popleft()
                try:
                    yield pool.submit(_work, path, rel, screen).result()
                except BrokenProcessPool:
                    yield _crashed(path, rel)
                    broken = True
            while (todo or inflight) and not broken:
                while todo and len(inflight) < window:
                    chunk = [todo.popleft() for _ in range(min(size, len(todo)))]
                    inflight.append((chunk, pool.submit(_work_chunk, chunk, screen)))
                chunk, fut = inflight[0]
                try:
                    results = fut.result()
                except BrokenProcessPool:
                    broken = True
                    suspects.extend(item for chunk, _ in inflight for item in chunk)
                    inflight.clear()
                    break
                inflight.popleft()
                yield from results
        except BaseException:
            # Ctrl-C, SIGTERM (Terminated), --fail-fast closing the stream, a bug: the files still
            # in flight are not wanted, so their workers are ended instead of waited for
            _stop_workers(pool)
            raise
        finally:
            for _, fut in inflight:
                fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            _PARENT = None


def iter_analyses(
    files: list[tuple[Path, str]], *, rules=None, options: Options | None = None, jobs: int = 1,
    screen: bool = False,
) -> Iterator[Analysis]:
    """Analyse ``(path, relative name)`` pairs, yielding one Analysis per file in the same order.

    With ``screen``, a file that is clearly not an interview transcript yields a :class:`Skipped`.
    With ``jobs`` > 1, findings come back without their ``hits`` (every match behind them, for
    ``--debug``): no report uses them, and sending them between processes costs time."""
    analyzer = rules if isinstance(rules, Analyzer) else Analyzer(rules, options or Options())
    if jobs == 0:
        jobs = os.cpu_count() or 1
    jobs = max(1, min(jobs, len(files)))
    # The pipeline, rules and lookup tables live as long as the run: frozen, the cyclic garbage
    # collector stops re-scanning them on every full collection (about 8 % of a batch), and forked
    # workers do not copy the pages it would have touched. What the run itself creates is still collected.
    gc.freeze()
    try:
        if jobs == 1:
            for path, rel in files:
                yield analyze_one(analyzer, path, rel, screen)
        else:
            yield from _pooled(files, analyzer, jobs, screen)
    finally:
        gc.unfreeze()


# --------------------------------------------------------------------------- public API


def _progress_bar(total: int) -> tuple[Callable[[], None], Callable[[], None]]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(file=sys.stderr), transient=True, auto_refresh=False,
    )
    task = progress.add_task("analysing", total=total)
    shown = [True]

    def safely(action: Callable[[], None]) -> None:
        # a terminal that goes away (closed window, hang-up) must not cost the report: the bar just stops
        if shown[0]:
            try:
                action()
            except (OSError, ValueError):
                shown[0] = False

    def advance() -> None:
        safely(lambda: (progress.advance(task), progress.refresh()))

    safely(progress.start)
    # no refresh thread: worker processes are forked while the bar is shown
    return advance, lambda: safely(progress.stop)


def _stderr_is_terminal() -> bool:
    """stderr is a terminal; False when it is closed (``2>&-`` leaves ``sys.stderr`` as None) or broken."""
    try:
        return bool(sys.stderr.isatty())
    except (AttributeError, OSError, ValueError):
        return False


def analyze_folder(
    folder: str | os.PathLike,
    *,
    rules: "RuleSet | str | os.PathLike | None" = None,
    options: Options | None = None,
    jobs: int = 1,
    pattern: str | Iterable[str] | None = None,
    fail_fast: bool = False,
    progress: bool = False,
    exclude: "str | os.PathLike | Iterable[str | os.PathLike]" = (),
) -> "Report":
    """Analyse every transcript under ``folder`` into one :class:`~analyzer.report.Report`.

    Never prints (except an optional progress bar on stderr) and never exits. A file that cannot
    be read or analysed gets its row with the reason in ``error``; the others are unaffected.

    Args:
        folder: Folder searched recursively (or a single transcript file).
        rules: A rule-set folder or :class:`~analyzer.rules.RuleSet` (default: the bundled rules).
        options: Candidate/interviewer names, ``whole``.
        jobs: Worker processes: 1 analyses in this process, 0 uses every core.
        pattern: Shell pattern on the relative path or the file name (``"*.vtt"``), or a list of them
            (a file any of them matches).
        fail_fast: Stop at the first file with an error (the rows so far are returned).
        progress: Show a progress bar on stderr when stderr is a terminal.
        exclude: A path or paths to skip (the reports being written); a folder skips everything under it.

    Returns:
        The report; ``report.wide`` has a row per file in sorted relative-path order, ``file``
        being the path relative to ``folder``; ``report.notes`` says which files were left out as
        reached twice (through a link), as clearly not interview transcripts (an e-mail, a letter,
        a CV, a README, a settings file: see :func:`not_an_interview`) or, without ``pattern``, as
        text files with another extension; ``report.skipped`` lists the not-interviews as
        ``(file, reason)``.

    Raises:
        InputError: the folder does not exist or holds no transcript.
        TypeError: ``jobs`` is not an int, ``options`` not an :class:`Options`, ``pattern`` not a str,
            ``exclude`` bytes.
        ValueError: ``jobs`` is negative.

    Example:
        >>> report = analyze_folder("sample_transcripts", jobs=2)  # doctest: +SKIP
        >>> report.wide[["file", "score"]].head()  # doctest: +SKIP
    """
    from analyzer.report import Report, non_utf8_names_note

    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int (0 = all cores), not {type(jobs).__name__} {jobs!r}")
    if jobs < 0:
        raise ValueError("jobs must be 0 (all cores) or more")
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be an analyzer.Options, not {type(options).__name__}")
    patterns = _patterns(pattern)  # TypeError for anything but a str or a list of str
    if isinstance(exclude, (str, os.PathLike)):  # one path, not a sequence of its characters
        exclude = [exclude]
    elif isinstance(exclude, bytes):
        raise TypeError("exclude must be a path or paths (str or os.PathLike), not bytes")
    notes: list[str] = []
    other: list[str] = []
    documents: list[str] = []
    unreadable: list[tuple[Path, str, str]] = []
    files = discover(folder, patterns, exclude, notes, other, documents, unreadable)
    if len(patterns) > 1 and Path(folder).is_dir():
        # one pattern that matched nothing, among others that did: a typo, or a list written as one pattern
        notes.extend(_unmatched(patterns, [rel for _, rel in files]))
    notes.extend(look_alike_names(rel for _, rel in files))
    # a sub-folder that cannot be listed gets an error row, in sorted order among the files, like an unreadable file
    folder_rows = deque(
        Analysis(file=escape_surrogates(rel),
                 error=escape_surrogates(f"{path}: cannot read the folder ({reason}); its transcripts were not "
                                         "analysed: give read access to it or move it out of the folder"))
        for path, rel, reason in unreadable
    )
    advance, stop = (lambda: None), (lambda: None)
    if progress and _stderr_is_terminal():
        advance, stop = _progress_bar(len(files))
    results: list[Analysis] = []
    skipped: list[Skipped] = []
    done = 0  # files analysed (or skipped); with fail_fast, the rest are named in a note
    stopped = False
    # only files found by walking a folder are screened: a file the user names is always analysed
    stream = iter_analyses(files, rules=rules, options=options, jobs=jobs, screen=Path(folder).is_dir())
    try:
        for result in stream:
            while folder_rows and folder_rows[0].file < result.file and not stopped:
                results.append(folder_rows.popleft())
                stopped = fail_fast
            if stopped:
                break
            (skipped if isinstance(result, Skipped) else results).append(result)
            done += 1
            advance()
            if fail_fast and result.error:
                stopped = True
                break
    finally:
        stream.close()  # shuts the pool down and cancels what is still queued
        stop()
    if folder_rows:  # known before any analysis: kept even when --fail-fast stopped early
        stopped = stopped or (fail_fast and done < len(files))
        results.extend(folder_rows)
    if skipped or other or documents:
        notes.append(_skipped_note(skipped, other, documents))
        if not results:
            raise InputError(folder, "no interview transcripts found; " + "; ".join(notes))
    not_analysed = [rel for _, rel in files[done:]] if stopped else []
    if not_analysed:
        n = len(not_analysed)
        what = f"{n} files were" if n != 1 else "1 file was"
        notes.append(f"--fail-fast stopped the batch at the first failure: {what} never analysed "
                     f"and {'are' if n != 1 else 'is'} not in the report: {_names(not_analysed)}")
    # the same interview saved in two formats (.vtt and .txt) beside each other: rows kept, counted twice
    scored = {r.file for r in results if not r.error}
    notes.extend(same_interview_twice([(path, rel) for path, rel in files if rel in scored]))
    report = Report(results)
    report.not_analysed = len(not_analysed)
    # file names that are not UTF-8: said once for the batch (each row also carries a warning)
    odd = [escape_surrogates(rel) for _, rel in files if not rel.isascii() and has_surrogates(rel)]
    if odd:  # the analyses carry escaped names already, so the report itself found none to escape
        report.notes.append(non_utf8_names_note(odd))
    report.notes.extend(map(escape_surrogates, notes))
    report.skipped = [(s.file, escape_surrogates(s.reason)) for s in skipped]
    return report
