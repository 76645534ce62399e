"""Helpers shared by the readers: time values, speaker-label checks, event lines, assembly."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from analyzer.errors import InputError
from analyzer.transcript import Segment, Transcript, Turn, merge_segments, speaker_key

#: Most speech one transcript may hold: about 800,000 words, a hundred hours (an interview is ~10,000 words).
#: Keeps time and memory bounded on a runaway file (the spaCy pass costs ~100 bytes per word).
MAX_SPEECH_CHARS = 5_000_000
#: Longest single turn (spaCy's own limit for one text); an hour of monologue is ~60,000 characters.
MAX_TURN_CHARS = 1_000_000

# Characters that show nothing: zero-width spaces and joiners, direction marks and embeddings,
# word joiner, a byte-order mark left mid-file (two BOM files joined with cat), the soft hyphen
# (a hyphenation point copied from a web page or PDF: "Th\u00adank"), the Arabic letter mark and the
# Mongolian vowel separator. They hide a label ("\u200fCandidate:"), split one speaker into several
# ("Sam Okafor\u200b") or split a word so that no phrase matches it.
_INVISIBLE_CHARS = "".join(map(chr, [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065),
                                       *range(0x2066, 0x206A), 0xFEFF, 0x00AD, 0x061C, 0x180E]))
_INVISIBLE_ALL = re.compile(f"[{_INVISIBLE_CHARS}]")
# The zero-width non-joiner and joiner (U+200C, U+200D) are part of the words between two non-ASCII
# characters: emoji sequences ("👩\u200d👩\u200d👧" is one family, not three faces), Persian
# ("می\u200cخواهم"), Hindi and other scripts. There they are kept, so evidence quotes the words as
# written; next to ASCII or at an end ("Tha\u200dnk", "\u200dCandidate:") they only hide words and
# labels, and are removed like the rest.
_INVISIBLE = re.compile("[" + _INVISIBLE_CHARS.replace("\u200c\u200d", "") + "]")
_LOOSE_JOINERS = re.compile("(?<![^\\x00-\\x7f\u200c\u200d])[\u200c\u200d]+|[\u200c\u200d]+(?![^\\x00-\\x7f\u200c\u200d])")
# Spaces that look like a space: no-break, narrow no-break, figure space.
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
# Full-width forms of the ASCII letters, digits and signs (U+FF01-U+FF5E), typed with a CJK input
# method: "Ｔｈａｎｋ ｙｏｕ" is "Thank you". NFKC for that block only, one character for one.
_FULLWIDTH = re.compile("[\uff01-\uff5e]")
_FULLWIDTH_TO_ASCII = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def strip_invisible(text: str, *, joiners: bool = False) -> str:
    """Remove invisible format characters, turn no-break spaces into plain ones and full-width
    letters, digits and signs into ASCII.

    Zero-width (non-)joiners between two non-ASCII characters are kept (they belong to the words)
    unless ``joiners`` is true (labels, which only need to be one spelling per person).
    Only characters are removed or swapped one for one, never lines, so line numbers stay right.
    """
    if text.isascii():
        return text
    # a regex or str.translate visits every character; a substring test per character sought is
    # far quicker, and most files hold none of them
    if any(c in text for c in _INVISIBLE_CHARS):
        if joiners:
            text = _INVISIBLE_ALL.sub("", text)
        else:
            text = _INVISIBLE.sub("", text)
            if "\u200c" in text or "\u200d" in text:
                text = _LOOSE_JOINERS.sub("", text)
    if _FULLWIDTH.search(text):
        text = text.translate(_FULLWIDTH_TO_ASCII)
    return text.translate(_ODD_SPACES) if any(c in text for c in "\u00a0\u202f\u2007") else text


def clean_label(label: str | None) -> str | None:
    """A speaker label without invisible characters, its spaces single (tabs too): one person, one label.
    A joiner inside an emoji sequence (``Kate 👩\u200d💻``) is part of it and kept, so the name shows
    as written; one next to a letter or at an end (``\u200dSam``) is dropped."""
    if label is None or label.isascii() and "  " not in label and "\t" not in label:
        return label
    return " ".join(strip_invisible(label).split()) or label


#: One emoji, with what may follow it inside one pictograph: variation selectors, skin tones (in the
#: main range), a keycap, tag characters (subdivision flags) and zero-width joiners to the next emoji
#: ("🧑\u200d💼", "👨\u200d👩\u200d👧", "🏳️\u200d🌈").
_EMOJI_CHAR = "\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF"
EMOJI_RE = f"[{_EMOJI_CHAR}][{_EMOJI_CHAR}\ufe0f\u200d\u20e3\U000E0020-\U000E007F]*"
#: Emoji before a speaker label ("🎤 Host: …", "🧑\u200d💼 Kate: …"): not part of the name.
EMOJI_PREFIX_RE = f"(?:{EMOJI_RE}[ \t]*)+"
#: A sentence's last punctuation with the quotes and brackets that may close after it ("ok.",
#: "why?", "done!\"", "so…", "(sure.)").
SENTENCE_CLOSE_RE = r"[.?!…][\"'”’)\]]*"


NO_SPEAKERS_WARNING = "the transcript has no speaker labels, so who is the candidate cannot be read from the file"

# ---------------------------------------------------------------------------------------- times

_CLOCK = re.compile(r"^\s*(?:(\d{1,3}):)?(\d{1,3}):(\d{1,2})(?:[.,:](\d{1,9}))?\s*$")
_ISO_DURATION = re.compile(
    r"^P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$",
    re.I,
)
_NUMBER = re.compile(r"^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$")


def clock_to_seconds(text: str) -> float | None:
    """``"01:02:03.5"``, ``"1:02:03,500"``, ``"02:03"``, ``"0:0:3.0"``, ``"00:00:06:500"`` → seconds."""
    m = _CLOCK.match(text)
    if not m:
        return None
    h, mi, s, frac = m.groups()
    value = int(h or 0) * 3600 + int(mi) * 60 + int(s)
    if frac:
        value += int(frac) / (10 ** len(frac))
    return float(value)


def to_seconds(value: object, scale: float = 1.0) -> float | None:
    """Convert a time value found in a file to seconds, or ``None`` when it is not a time.

    Accepts numbers (multiplied by ``scale``: 0.001 for milliseconds, 1e-7 for 100-ns ticks),
    numeric strings, clock strings (``"00:01:02.5"``), duration strings (``"2.800s"``,
    ``"PT1M2.5S"``) and protobuf-style ``{"seconds": 4, "nanos": 800000000}``.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        if isinstance(value, int) and value.bit_length() > 1000:  # a 400-digit "start": float() overflows
            return None
        out = float(value) * scale
    elif isinstance(value, str):
        s = value.strip()
        if not s or len(s) > 40:
            return None
        if _NUMBER.match(s):
            out = float(s) * scale
        elif s[-1] in "sS" and _NUMBER.match(s[:-1]) and not s.upper().startswith("P"):
            out = float(s[:-1])
        elif s[0] in "pP":
            m = _ISO_DURATION.match(s)
            if not m or not any(m.groupdict().values()):
                return None
            g = {k: float(v) if v else 0.0 for k, v in m.groupdict().items()}
            out = g["d"] * 86400 + g["h"] * 3600 + g["m"] * 60 + g["s"]
        else:
            c = clock_to_seconds(s)
            if c is None:
                return None
            out = c
    elif isinstance(value, dict) and ("seconds" in value or "nanos" in value):
        sec = to_seconds(value.get("seconds", 0) or 0)
        nanos = to_seconds(value.get("nanos", 0) or 0)
        if sec is None or nanos is None:
            return None
        out = sec + nanos / 1e9
    else:
        return None
    if math.isnan(out) or math.isinf(out) or out < 0:  # a negative time is no time
        return None
    return round(out, 6)


# ------------------------------------------------------------------------------------- speakers

# Role words that are speaker labels even when they appear once or in lower case.
ROLE_WORDS = frozenset(
    {
        "interviewer", "candidate", "interviewee", "recruiter", "hiring manager", "q", "a", "me",
        "host", "guest", "applicant", "panelist", "panellist", "moderator", "manager", "hr",
        "question", "answer", "speaker", "you", "agent", "caller", "customer", "coach",
        "candidate question", "reply", "unknown", "unknown speaker", "student", "teacher",
        "instructor", "interviewer 1", "interviewer 2", "panel",
    }
)
_ROLE_PREFIX = re.compile(r"^(?:speaker|spk|speaker_|interviewer|candidate|participant|person)[ _-]?\d+$", re.I)

# Words that look like "Label:" at the start of a line but introduce metadata or a remark.
_NOT_SPEAKERS = frozenset(
    {
        "note", "notes", "nb", "n.b", "ps", "p.s", "edit", "update", "example", "examples", "e.g",
        "i.e", "tip", "tips", "warning", "caution", "important", "date", "time", "duration",
        "location", "place", "title", "subject", "re", "fwd", "to", "from", "cc", "bcc",
        "participants", "attendees", "present", "meeting id", "passcode", "password", "link",
        "url", "source", "agenda", "topic", "summary", "transcript", "recording", "position",
        "company", "job title", "job", "role", "interview", "interview date", "action items",
        "action item", "todo", "to do", "answer key", "ps", "http", "https", "ftp", "mailto",
        "file", "www", "tel", "phone", "email", "e-mail", "website", "language", "keywords",
        "step", "question type", "format", "audio", "video", "created", "generated", "kind",
        "styles", "style", "minutes", "outcome", "result", "results", "reminder", "disclaimer",
        "employer", "organisation", "organization", "department", "team", "requisition", "req",
    }
)
_BAD_NAME_CHARS = re.compile(r"[,;!?\"“”*\[\]{}<>=|\\…]")
_URL_ONLY = re.compile(r"^(?:<?(?:https?|ftp)://\S+>?|www\.\S+)$", re.I)
_NAME_PARTICLES = frozenset({"de", "van", "von", "da", "di", "le", "la", "del", "der", "den", "bin", "al", "el", "du", "dos", "das", "y"})


# A quoted nickname or a whole quoted label: 'Robert "Bob" Smith', 'Jo “JJ” Park', '“The Boss”'.
_NICKNAME = re.compile(r"(?:^|\s)[\"“'‘][^\"“”'‘’]{1,24}[\"”'’](?=\s|$)")
# After a comma: a credential or suffix ("Helen Marsh, PhD", "Tom Reyes, Jr.").
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]{0,5}\.?|(?:[A-Z]\.){2,4}|I{1,3}|IV)$")
_CAP_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*)$")


def _capitalised_words(text: str, most: int = 4) -> bool:
    words = text.split()
    return 1 <= len(words) <= most and all(
        _CAP_WORD.match(w) and (w[0].isupper() or w.lower() in _NAME_PARTICLES) for w in words)


def punctuated_name(name: str) -> bool:
    """A name written with quotes or one comma: 'Robert "Bob" Smith', '“The Boss”', 'Marsh, Helen',
    'Helen Marsh, PhD'. Every word capitalised; anything else with that punctuation is a sentence."""
    core = name.strip()
    if core[:1] in "\"“'‘" and core[-1:] in "\"”'’" and len(core) > 2:
        core = core[1:-1].strip()  # the whole label quoted
    else:
        core = " ".join(_NICKNAME.sub(" ", core).split())
    if _BAD_NAME_CHARS.search(core.replace(",", "", 1)):
        return False
    head, comma, tail = core.partition(",")
    if not comma:
        return _capitalised_words(head)
    tail = tail.strip()
    return _capitalised_words(head, 3) and (_CREDENTIAL.match(tail) is not None or _capitalised_words(tail, 3))


# A telephone number as a speaker label: Zoom and Teams name dial-in callers by their number
# ("+44 7700 900123", "14155550100", "+1 (415) 555-0100", masked "+44 ****** 0123", Google Meet's
# "(+44) 20 7946 0321").
_PHONE = re.compile(r"^(?:\+?\(?|\(\+)[\d*](?:[\d*]|[ .-](?=[\d*(])|\)\s?|\((?=\d))*[\d*]$")


# A date written with dashes or dots ("2024-03-15", "15.03.2024") has as many digits as a phone number.
_DATE = re.compile(r"^(?:\d{4}[-. ]\d{1,2}[-. ]\d{1,2}|\d{1,2}[-. ]\d{1,2}[-. ]\d{4})$")


#: A phone-number label inside a line pattern (checked afterwards by :func:`is_phone_label`).
PHONE_LABEL_RE = r"(?:\+?\(?|\(\+)\d[\d*() .-]{5,21}[\d*]"


def is_phone_label(name: str) -> bool:
    """True for a phone number used as a speaker label: 7 to 15 digits (4+ shown when masked)."""
    if not name or len(name) > 24 or name.count(".") == 1 or not _PHONE.match(name) or _DATE.match(name):
        return False  # one dot: a decimal number
    digits = sum(c.isdigit() for c in name)
    return 7 <= digits + name.count("*") <= 15 and digits >= 4


def is_role_word(name: str) -> bool:
    low = name.lower()
    return low in ROLE_WORDS or bool(_ROLE_PREFIX.match(low))


@lru_cache(maxsize=4096)  # a file repeats its few labels on every line
def plausible_label(name: str, *, strict: bool = True, punctuated: bool = False) -> bool:
    """Shape test for a speaker label: short, few words, no sentence punctuation, not metadata.

    ``strict=False`` (labels in an unambiguous position, e.g. the name line of a Teams block or an
    Otter header) also allows a comma, as in directory names "Lindqvist, Maja". ``punctuated``
    allows names with quotes or one comma (:func:`punctuated_name`), for ``Name: text`` labels that
    must also repeat.
    """
    if not name or len(name) > 40:
        return False
    if name[0] in "+(0123456789" and is_phone_label(name):
        return True
    if _BAD_NAME_CHARS.search(name if strict else name.replace(",", "")):
        if not (punctuated and punctuated_name(name)):
            return False
    if name.count(" ") > 4:  # more than five words
        return False
    low = name.lower().rstrip(".")
    if low in _NOT_SPEAKERS or low.endswith((" link", " url", " id", " date", " time", " number")):
        return False
    if not any(ch.isalpha() for ch in name):
        return False
    return True


def is_url(text: str) -> bool:
    return bool(_URL_ONLY.match(text.strip()))


def filter_weak_labels(counts: Counter[str], *, dense: bool = False) -> set[str]:
    """Accept the weak (``Name: text``) labels that behave like speakers.

    A label must pass :func:`plausible_label`. A label starting in lower case (``"he said"``), or
    with a lower-case word inside a multi-word name, must repeat unless it is a role word. In a
    long file (20+ labelled lines) where some label repeats, a label seen only once is taken for
    a remark ("Result: ...") rather than a speaker, unless it is a role word. That last rule is
    off when ``dense`` (most lines or cues carry a label, as in Zoom captions): there a label
    seen once is simply someone who spoke once. Spellings of one label that differ only in case,
    dots and spacing are counted together.
    """
    total = sum(counts.values())
    repeated = any(c >= 3 for c in counts.values())
    key = {name: speaker_key(clean_label(name)) for name in counts}
    spellings: Counter[str] = Counter()  # "Luis Carvajal" and "luis carvajal" count as one label
    for name, n in counts.items():
        spellings[key[name]] += n
    accepted: set[str] = set()
    for name in counts:
        n = spellings[key[name]]
        if not plausible_label(name, punctuated=n >= 2):
            continue
        role = is_role_word(name)
        if is_phone_label(name):
            if n < 2 and not dense:  # "1 800 555 0199: call us" once in a text is a remark
                continue
        elif not role:
            words = name.split()
            lowered = name[0].islower() or any(
                w[0].islower() and w.lower() not in _NAME_PARTICLES for w in words[1:] if w[0].isalpha()
            )
            if lowered and (n < 2 or len(words) > 3):
                continue
            if n == 1 and total >= 20 and repeated and not dense:
                continue
        accepted.add(name)
    return accepted


# ---------------------------------------------------------------------------------------- events

# Whole lines that are not speech: recording/transcription notices and tool footers.
EVENT_LINE = re.compile(
    r"^(?:"
    r".{0,80}?\b(?:started|stopped|paused|resumed|ended)\s+(?:the\s+)?(?:transcription|recording|live\s+captions?|captions?)"
    r"|(?:recording|transcription|live\s+transcription|captions?|meeting|cloud\s+recording)\s+(?:has\s+)?(?:started|stopped|paused|resumed|ended)"
    r"|transcribed\s+by\s+\S*otter\.ai\S*"
    r"|transcribed\s+by\s+https?://\S+"
    r"|.{0,80}?\bhas\s+(?:joined|left)\s+(?:the\s+)?(?:meeting|call|conversation|session)"
    r")\s*[.!]?\s*$",
    re.I,
)


def is_event(line: str) -> bool:
    """True for a line like "Jane Doe started transcription" or "Transcribed by https://otter.ai"."""
    if len(line) >= 160:
        return False
    low = line.lower()
    # Cheap keyword test first: the full pattern is only tried on the few lines that could match.
    if not ("transcri" in low or "record" in low or "caption" in low or "joined" in low or "left" in low
            or "meeting" in low or "started" in low or "stopped" in low or "ended" in low):
        return False
    return bool(EVENT_LINE.match(line))


# -------------------------------------------------------------------------------------- assembly


def speaker_str(value: object) -> str | None:
    """A speaker value from JSON as a label string (ints → ``"0"``), or ``None`` when absent."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dict, list)):
        return None
    s = str(value).strip()
    return s or None


# Titles that say nothing about who someone is: "Dr" alone is not part of "Dr Lee"'s name.
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "mister"})
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*$")


def _name_words(label: str) -> frozenset[str] | None:
    """The words of a label that is a plain personal name ("Dr. Whitfield" → {dr, whitfield}), or
    ``None`` for anything else (role words, ids with digits, brackets, one-letter ids)."""
    words = label.casefold().replace(".", " ").split()
    if not words or is_role_word(label) or not all(_NAME_WORD.match(w) for w in words):
        return None
    return frozenset(words)


def _part_of(short: frozenset[str], full: frozenset[str]) -> bool:
    """Is every word of ``short`` a word of ``full``, or its initial ("Luis C." in "Luis Carvajal"),
    and ``short`` a shorter way to write it?"""
    rest = set(full - short)
    initials = short - full
    if not initials and len(short) >= len(full):
        return False
    for w in initials:
        hit = next((x for x in sorted(rest) if len(w) == 1 and len(x) > 1 and x[0] == w), None)
        if hit is None:
            return False
        rest.discard(hit)
    return True


def _partial_names(segs: list[Segment]) -> dict[str, str]:
    """Labels that are part of exactly one longer name label of the same file and never speak straight
    after or before it: "WHITFIELD" next to "Dana Whitfield", "Luis" or "Luis C." next to "Luis
    Carvajal".

    Two people can share a surname or a first name, but two people in one conversation answer each
    other; a part-name label that never takes turns with the full name is that person written
    shorter. A part that fits two full names ("Whitfield" with "Dana" and "Tom Whitfield") is left.
    """
    order = list(dict.fromkeys(s.speaker for s in segs if s.speaker is not None))
    names = {lab: w for lab in order if (w := _name_words(lab)) is not None}
    if len(names) < 2:
        return {}
    adjacent: set[frozenset[str]] = set()
    prev = None
    for s in segs:
        if s.speaker is not None:
            if prev is not None and prev != s.speaker:
                adjacent.add(frozenset((prev, s.speaker)))
            prev = s.speaker
    out: dict[str, str] = {}
    for short, sw in names.items():
        if not any(len(w) > 1 for w in sw - _TITLES):
            continue
        longer = [lab for lab, w in names.items() if lab != short and _part_of(sw, w)]
        if len(longer) == 1 and frozenset((short, longer[0])) not in adjacent:
            out[short] = longer[0]
    # a full name that is itself part of a longer one is not a final name: leave such chains alone
    return {k: v for k, v in out.items() if v not in out}


def unify_labels(segments: Iterable[Segment]) -> tuple[list[Segment], list[str]]:
    """One label per person: labels are cleaned (:func:`clean_label`); spellings that differ only
    in case, dots and spacing ("Luis Carvajal", "luis carvajal", "Mr. Lee", "Mr Lee") become the
    spelling seen first; a part-name label that can only be one full name (:func:`_partial_names`)
    becomes that name, with a warning. Returns the segments and the warnings."""
    segs = list(segments)
    first: dict[str, str] = {}
    rename: dict[str, str] = {}
    for s in segs:
        if s.speaker is not None and s.speaker not in rename:
            label = clean_label(s.speaker)
            rename[s.speaker] = first.setdefault(speaker_key(label), label)
    if any(k != v for k, v in rename.items()):
        segs = [s if s.speaker is None or rename[s.speaker] == s.speaker
                else replace(s, speaker=rename[s.speaker]) for s in segs]
    notes: list[str] = []
    while partial := _partial_names(segs):  # "Luis C." joins "Luis Carvajal" first, then "Luis" fits one name
        segs = [replace(s, speaker=partial[s.speaker]) if s.speaker in partial else s
                for s in segs]
        notes += [f"'{short}' read as '{full}': part of that name and never answers them"
                  for short, full in partial.items()]
    return segs, notes


def build(
    name: str,
    fmt: str,
    segments: Iterable[Segment],
    warnings: list[str] | None = None,
    header_roles: dict[str, list[str]] | None = None,
    *,
    stripped: bool = False,
) -> Transcript:
    """Merge segments into a :class:`Transcript`, adding the standard warnings.

    ``stripped``: the caller has already passed the whole text through :func:`strip_invisible`
    (the text reader does), so the segments are not scanned again.

    Raises:
        InputError: when no segment carries any text.
    """
    segs, merged = unify_labels(segments)
    # captions, JSON and CSV text as the text reader sees it: no soft hyphen or zero-width space inside a word
    if not stripped:
        segs = [s if not isinstance(s.text, str) or s.text.isascii() or (text := strip_invisible(s.text)) == s.text
                else replace(s, text=text) for s in segs]
    chars = sum(len(s.text) for s in segs if isinstance(s.text, str))
    if chars > MAX_SPEECH_CHARS:
        raise InputError(name, f"transcript too long: {chars:,} characters of speech (limit {MAX_SPEECH_CHARS:,})")
    warnings = list(warnings or []) + merged
    has_speakers = any(s.speaker is not None for s in segs)
    if not has_speakers:
        warnings.append(NO_SPEAKERS_WARNING)
    turns = merge_segments(segs)
    if not turns:
        raise InputError(name, f"no transcript text found (read as {fmt})")
    if not has_speakers:
        # without speaker labels the whole text is one turn: a long speech-to-text dump, one utterance a
        # line, is cut at its line breaks into turns under the limit, so that 5,000,000 characters of
        # speech is the limit it meets, not 1,000,000 (only such a file is cut: nothing else changes)
        turns = [part for t in turns for part in _cut_long(t)]
    longest = max(len(t.text) for t in turns)
    if longest > MAX_TURN_CHARS:
        if not has_speakers:
            raise InputError(name, f"one line holds {longest:,} characters (limit {MAX_TURN_CHARS:,} a line in a file "
                                   "without speaker labels): are line breaks missing?")
        raise InputError(name, f"one speaker turn holds {longest:,} characters (limit {MAX_TURN_CHARS:,}): "
                               "are line breaks or speaker labels missing?")
    return Transcript(path=name, format=fmt, turns=turns, warnings=warnings, has_speakers=has_speakers,
                      header_roles=dict(header_roles or {}))


def _cut_long(turn: Turn) -> list[Turn]:
    """``turn`` (text without a speaker) as consecutive turns of at most ``MAX_TURN_CHARS`` characters,
    cut where its segments (lines) begin; ``[turn]`` when it is short enough. A single segment over the
    limit stays whole, for :func:`build` to refuse."""
    if len(turn.text) <= MAX_TURN_CHARS or len(turn.offsets) < 2:
        return [turn]
    parts: list[Turn] = []
    bounds = list(turn.offsets) + [len(turn.text)]
    first = 0  # index of the segment the current part starts with
    for k in range(1, len(turn.offsets) + 1):
        # close the part before segment k when taking segment k in would pass the limit (or at the end)
        if k == len(turn.offsets) or bounds[k + 1] - bounds[first] > MAX_TURN_CHARS:
            a, b = bounds[first], bounds[k]
            end = turn.starts[k] if k < len(turn.starts) else turn.end
            parts.append(Turn(turn.speaker, turn.text[a:b].rstrip(), tuple(o - a for o in turn.offsets[first:k]),
                              turn.lines[first:k], turn.starts[first:k], end))
            first = k
    return parts
