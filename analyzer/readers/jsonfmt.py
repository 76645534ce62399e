"""Speech-to-text JSON: Whisper, WhisperX, AssemblyAI, Deepgram, AWS Transcribe, Rev.ai,
Google Speech-to-Text, Azure Speech, Speechmatics, and the generic ``{speaker, text, start, end}`` list,
also as JSON Lines (one such object a line).

The shape decides the engine (:func:`detect`); each engine function returns segments whose
``line`` is the 1-based index of the utterance/segment it came from.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable

from analyzer.errors import InputError
from analyzer.readers._common import SENTENCE_CLOSE_RE, build, speaker_str
from analyzer.readers.sanity import OWN_REPORT, bad_times_warning, counting_bad_times, report_record, seconds
from analyzer.transcript import Segment, Transcript, has_surrogates, replace_surrogates

_IDENT = re.compile(r"^[A-Za-z_@][\w@.-]{0,29}$")
_TICKS = 1e-7  # Azure offsets are in 100-ns ticks
_MS = 0.001

_SPEAKER_KEYS = ("speaker", "name", "role", "speaker_label", "speakerLabel", "speaker_name", "speakerName",
                 "participant", "who", "spk")
_TEXT_KEYS = ("text", "transcript", "content", "utterance", "sentence", "message", "words")
_START_KEYS = (("start", 1.0), ("start_time", 1.0), ("startTime", 1.0), ("begin", 1.0), ("from", 1.0),
               ("offset", 1.0), ("timestamp", 1.0), ("time", 1.0), ("ts", 1.0), ("start_ms", _MS),
               ("startMs", _MS), ("start_sec", 1.0), ("start_seconds", 1.0))
_END_KEYS = (("end", 1.0), ("end_time", 1.0), ("endTime", 1.0), ("stop", 1.0), ("to", 1.0), ("end_ms", _MS),
             ("endMs", _MS), ("end_sec", 1.0), ("end_seconds", 1.0))
_MS_START_KEYS = tuple((k, _MS if scale == 1.0 else scale) for k, scale in _START_KEYS)
_MS_END_KEYS = tuple((k, _MS if scale == 1.0 else scale) for k, scale in _END_KEYS)
_CONTAINER_KEYS = ("segments", "utterances", "turns", "transcript", "dialogue", "dialog", "conversation",
                   "messages", "entries", "items", "lines", "data")

#: The generic list's field names in lower case → as written above ("Speaker", "TEXT", "StartTime"
#: are matched ignoring case, like CSV headers).
_FOLD = {k.lower(): k for k in (*_SPEAKER_KEYS, *_TEXT_KEYS, *(k for k, _ in _START_KEYS), *(k for k, _ in _END_KEYS))}
_TEXT_FOLD = frozenset(k.lower() for k in _TEXT_KEYS)
_KNOWN_KEYS = frozenset(_FOLD.values())


def _fold_keys(items: list) -> list:
    """The generic list with its field names as the reader knows them, when any item writes them in
    another case (``{"Speaker": …, "Text": …}``, also only from item 7 on); else the list as it is
    (no copy). Every item's keys are looked at once, as one set: cheap when nothing needs folding."""
    keys: set = set()
    for x in items:
        if isinstance(x, dict):
            keys.update(x)
    if not any(isinstance(k, str) and k not in _KNOWN_KEYS and k.lower() in _FOLD for k in keys):
        return items
    out = []
    for x in items:
        if isinstance(x, dict):
            y = {}
            for k, v in x.items():
                known = _FOLD.get(k.lower()) if isinstance(k, str) else None
                y[known if known is not None and known not in x else k] = v
            x = y
        out.append(x)
    return out


def _get(d: dict, keys: tuple) -> object:
    for k in keys:
        if k in d and d[k] is not None:
            return d[k]
    return None


def _time(d: dict, keys: tuple[tuple[str, float], ...]) -> float | None:
    for k, scale in keys:
        if k in d and d[k] is not None:
            return seconds(d[k], scale)
    return None


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # a list of word strings or word dicts
        out = []
        for w in value:
            if isinstance(w, str):
                out.append(w)
            elif isinstance(w, dict):
                t = w.get("punctuated_word") or w.get("word") or w.get("text")
                if isinstance(t, str):
                    out.append(t)
        return " ".join(out)
    return ""


def _dicts(value: object) -> list[dict]:
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


#: The label given to a segment that has no speaker in a file whose other segments have one.
UNKNOWN_SPEAKER = "unknown speaker"
# A word that ends a sentence ("ok.", "why?", "done!\"", "so…").
_SENTENCE_END = re.compile(SENTENCE_CLOSE_RE + "$")


def _interleave(channels: list[tuple[str, list[Segment]]]) -> list[Segment]:
    """The segments of several audio channels (one person each) in spoken order.

    A segment without a speaker takes its channel's label; a speaker found inside a channel
    (diarisation on top of channels) is named ``"<channel>:<speaker>"``. Segments are sorted by
    start time (stable, so untimed ones keep their place) and renumbered: ``line`` is the index of
    the segment in that order.
    """
    if len(channels) == 1:
        return channels[0][1]
    out = [(s, label if s.speaker is None else f"{label}:{s.speaker}") for label, segs in channels for s in segs]
    if all(s.start is not None for s, _ in out):
        out.sort(key=lambda x: x[0].start)  # type: ignore[arg-type, return-value]
    return [Segment(spk, s.text, i, s.start, s.end) for i, (s, spk) in enumerate(out, 1)]


# --------------------------------------------------------------------------------------- engines


def _whisper(obj: dict) -> list[Segment]:
    segs = []
    for i, s in enumerate(_dicts(obj.get("segments")), 1):
        spk = speaker_str(s.get("speaker"))
        words = _dicts(s.get("words"))
        if spk is None and any("speaker" in w for w in words):
            # WhisperX word-level diarisation without a segment speaker: split by word speaker.
            segs.extend(_group_words(words, i))
            continue
        text = s.get("text")  # WhisperX output trimmed to its words has none: the words are the text
        segs.append(Segment(spk, _text(words if text is None and words else text), i,
                            seconds(s.get("start")), seconds(s.get("end"))))
    if not any(s.speaker for s in segs):
        words = _dicts(obj.get("word_segments"))
        if any("speaker" in w for w in words):
            return _group_words(words, 1, per_word_line=True)
    return segs


def _whispercpp(obj: dict) -> list[Segment]:
    """whisper.cpp ``-oj``: ``transcription[]`` of ``{timestamps{from,to}, offsets{from,to} (ms), text}``;
    ``speaker`` ("0", "1", "?") only with ``-di``."""
    segs = []
    for i, s in enumerate(_dicts(obj.get("transcription")), 1):
        offsets = s.get("offsets") if isinstance(s.get("offsets"), dict) else {}
        stamps = s.get("timestamps") if isinstance(s.get("timestamps"), dict) else {}
        start = seconds(offsets.get("from"), _MS)
        end = seconds(offsets.get("to"), _MS)
        segs.append(Segment(speaker_str(s.get("speaker")), _text(s.get("text")), i,
                            start if start is not None else seconds(stamps.get("from")),
                            end if end is not None else seconds(stamps.get("to"))))
    return segs


def _group_words(words: list[dict], line: int, *, per_word_line: bool = False,
                 speaker_key: str = "speaker", scale: float = 1.0) -> list[Segment]:
    """Consecutive words of one speaker → one segment each.

    Words without a speaker are cut at each sentence end instead, so a transcript without labels
    still has one segment (and ``line``) per sentence, and the closing can be found by them.
    """
    segs: list[Segment] = []
    cur_spk: object = object()
    buf: list[str] = []
    start = end = None
    first_line = line
    for j, w in enumerate(words, 1):
        spk = speaker_str(w.get(speaker_key))
        token = w.get("punctuated_word") or w.get("word") or w.get("text") or ""
        if not isinstance(token, str):
            continue
        if spk != cur_spk or (spk is None and buf and _SENTENCE_END.search(buf[-1])):
            if buf:
                segs.append(Segment(cur_spk, " ".join(buf), first_line, start, end))  # type: ignore[arg-type]
            cur_spk, buf = spk, []
            start = _time(w, (("start", scale), ("startTime", scale), ("start_time", scale)))
            first_line = j if per_word_line else line
        buf.append(token)
        end = _time(w, (("end", scale), ("endTime", scale), ("end_time", scale)))
    if buf:
        segs.append(Segment(cur_spk, " ".join(buf), first_line, start, end))  # type: ignore[arg-type]
    return segs


def _assemblyai(obj: dict) -> list[Segment]:
    utts = _dicts(obj.get("utterances"))
    if utts:
        return [
            Segment(speaker_str(u.get("speaker")), _text(u.get("text")), i,
                    seconds(u.get("start"), _MS), seconds(u.get("end"), _MS))
            for i, u in enumerate(utts, 1)
        ]
    words = _dicts(obj.get("words"))
    if words:
        return _group_words(words, 1, per_word_line=True, scale=_MS)
    return [Segment(None, _text(obj.get("text")), 1)]


#: Seconds per word (median over utterances) above which whole-number times must be milliseconds:
#: speech runs at 0.2-1 s a word, so a 10-word utterance "lasting" 40+ seconds is not seconds.
_MS_RATE = 4.0
_LETTER = re.compile(r"^[A-Z]$")


def _raw_int(d: dict, keys: tuple[tuple[str, float], ...]) -> int | None:
    """The item's first present time field when it is a whole number read as seconds, else None."""
    for k, scale in keys:
        v = d.get(k)
        if v is not None:
            return v if scale == 1.0 and type(v) is int and abs(v) < 10**15 else None
    return None


def _secs_per_word(items: list) -> float | None:
    """Median (end - start) / words over the first 200 items with whole-number start and end, the
    times read as seconds; None when no item has both."""
    rates = []
    for it in items[:200]:
        if not isinstance(it, dict):
            continue
        a, b = _raw_int(it, _START_KEYS), _raw_int(it, _END_KEYS)
        if a is None or b is None or b <= a:
            continue
        n = len(_text(_get(it, _TEXT_KEYS)).split())
        if n:
            rates.append((b - a) / n)
    if not rates:
        return None
    rates.sort()
    return rates[len(rates) // 2]


def _assemblyai_shaped(utts: list) -> bool:
    """AssemblyAI ``utterances`` saved without the rest of the response (no ``audio_url``): items
    with speaker, text and a whole-number start, and AssemblyAI's ``confidence``/``words`` fields or
    its speaker letters (A, B, ...)."""
    sample = _dicts(utts)[:5]
    if not sample or not all("speaker" in u and "text" in u and type(u.get("start")) is int for u in sample):
        return False
    return any("confidence" in u or "words" in u for u in sample) or all(
        isinstance(u["speaker"], str) and _LETTER.match(u["speaker"]) for u in sample)


def _assemblyai_bare(obj: dict, warnings: list[str]) -> list[Segment]:
    """:func:`_assemblyai` for ``utterances`` without ``audio_url`` nor end times to confirm the unit:
    milliseconds, said in a warning."""
    warnings.append("AssemblyAI-style utterances without audio_url or end times: the whole-number "
                    "times were read as milliseconds (AssemblyAI's unit); check the times in the report")
    return _assemblyai(obj)


def _deepgram(obj: dict) -> list[Segment]:
    results = obj.get("results") or {}
    utts = _dicts(results.get("utterances"))
    if utts:
        # Multichannel without diarisation: each utterance names only its channel, one person each.
        chans = [speaker_str(u.get("channel")) for u in utts]
        by_channel = len(set(chans) - {None}) > 1
        return [
            Segment(speaker_str(u.get("speaker")) or (f"channel_{ch}" if by_channel and ch else None),
                    _text(u.get("transcript")), i, seconds(u.get("start")), seconds(u.get("end")))
            for i, (u, ch) in enumerate(zip(utts, chans), 1)
        ]
    channels = [(f"channel_{n}", _deepgram_channel(ch)) for n, ch in enumerate(_dicts(results.get("channels")))]
    return _interleave([c for c in channels if c[1]] or channels[:1]) if channels else []


def _deepgram_channel(channel: dict) -> list[Segment]:
    """One Deepgram channel: its paragraphs, else its words, else its transcript."""
    alts = _dicts(channel.get("alternatives"))
    if not alts:
        return []
    alt = alts[0]
    paras = alt.get("paragraphs")
    paras = _dicts(paras.get("paragraphs")) if isinstance(paras, dict) else []
    if paras:
        segs = []
        for i, p in enumerate(paras, 1):
            text = " ".join(_text(s.get("text")) for s in _dicts(p.get("sentences")))
            segs.append(Segment(speaker_str(p.get("speaker")), text, i, seconds(p.get("start")),
                                seconds(p.get("end"))))
        return segs
    words = _dicts(alt.get("words"))
    if words:
        return _group_words(words, 1, per_word_line=True)
    text = _text(alt.get("transcript"))
    return [Segment(None, text, 1)] if text.strip() else []


_AWS_PLACEHOLDER = "[no words]"


def _aws(obj: dict, warnings: list[str]) -> list[Segment]:
    results = obj.get("results") or {}
    audio = _dicts(results.get("audio_segments"))
    if audio and any("speaker_label" in a for a in audio):
        return [
            Segment(speaker_str(a.get("speaker_label")), _text(a.get("transcript")), i,
                    seconds(a.get("start_time")), seconds(a.get("end_time")))
            for i, a in enumerate(audio, 1)
        ]
    items = _dicts(results.get("items"))
    labels = results.get("speaker_labels")
    segments = _dicts(labels.get("segments")) if isinstance(labels, dict) else []
    words: list[tuple[float | None, str, bool, str | None]] = []  # start, content, is_punct, item speaker
    for it in items:
        alts = _dicts(it.get("alternatives"))
        content = alts[0].get("content") if alts else None
        if not isinstance(content, str):
            continue
        words.append((seconds(it.get("start_time")), content, it.get("type") == "punctuation",
                      speaker_str(it.get("speaker_label"))))
    if not segments:
        if words and any(w[3] for w in words):  # newer output: speaker on every item
            return _group_words(
                [{"speaker": w[3], "word": w[1], "start": w[0]} for w in words if not w[2]], 1, per_word_line=True
            )
        channels = _aws_channels(results)
        if channels:
            return _interleave(channels)
        if words:  # no speakers: one segment per sentence
            return _group_words(_aws_words(items), 1, per_word_line=True)
        transcripts = _dicts(results.get("transcripts"))
        text = _text(transcripts[0].get("transcript")) if transcripts else ""
        return [Segment(None, text, 1)]
    starts = [seconds(s.get("start_time")) or 0.0 for s in segments]
    texts: list[list[str]] = [[] for _ in segments]
    last = -1
    for start, content, punct, _ in words:
        if punct or start is None:
            if last >= 0:
                if texts[last]:
                    texts[last][-1] += content
                else:
                    texts[last].append(content)
            continue
        # The segment whose start is the last one <= this word's start.
        idx = max(0, bisect.bisect_right(starts, start + 1e-6) - 1)
        texts[idx].append(content)
        last = idx
    empty = sum(1 for t in texts if not t)
    if empty:
        warnings.append(
            f"{empty} of {len(segments)} AWS speaker segment(s) have no words in results.items "
            f"(trimmed file?); their text is the placeholder {_AWS_PLACEHOLDER}"
        )
    return [
        Segment(speaker_str(s.get("speaker_label")), " ".join(t) or _AWS_PLACEHOLDER, i,
                seconds(s.get("start_time")), seconds(s.get("end_time")))
        for i, (s, t) in enumerate(zip(segments, texts), 1)
    ]


def _aws_words(items: list[dict]) -> list[dict]:
    """AWS ``items`` as word dicts, each punctuation mark glued to the word before it."""
    out: list[dict] = []
    for it in items:
        alts = _dicts(it.get("alternatives"))
        content = alts[0].get("content") if alts else None
        if not isinstance(content, str) or not content:
            continue
        if it.get("type") == "punctuation":
            if out:
                out[-1]["word"] += content
            continue
        out.append({"word": content, "start": it.get("start_time"), "end": it.get("end_time")})
    return out


def _aws_channels(results: dict) -> list[tuple[str, list[Segment]]]:
    """AWS channel identification: ``channel_labels.channels[]`` (or ``channel_label`` on each
    item), one person per channel, each channel's words cut into sentences."""
    items = _dicts(results.get("items"))
    labels = [speaker_str(it.get("channel_label")) for it in items]
    if any(labels):
        grouped: dict[str, list[dict]] = {}  # in order of each channel's first item
        for lab, it in zip(labels, items):
            grouped.setdefault(lab or "", []).append(it)
        groups = list(grouped.items())
    else:
        ch = results.get("channel_labels")
        groups = [(speaker_str(c.get("channel_label")) or f"ch_{n}", _dicts(c.get("items")))
                  for n, c in enumerate(_dicts(ch.get("channels") if isinstance(ch, dict) else None))]
    out = [(lab, _group_words(_aws_words(its), 1, per_word_line=True)) for lab, its in groups]
    return [c for c in out if c[1]]


def _revai(obj: dict) -> list[Segment]:
    segs = []
    for i, mono in enumerate(_dicts(obj.get("monologues")), 1):
        spk = speaker_str(mono.get("speaker_name")) or speaker_str(mono.get("speaker"))
        elements = _dicts(mono.get("elements"))
        text = "".join(e.get("value", "") for e in elements if isinstance(e.get("value"), str))
        timed = [e for e in elements if e.get("ts") is not None]
        start = seconds(timed[0].get("ts")) if timed else None
        end = seconds(timed[-1].get("end_ts")) if timed else None
        segs.append(Segment(spk, text, i, start, end))
    return segs


def _google(obj: dict) -> list[Segment]:
    response = obj.get("response") if isinstance(obj.get("response"), dict) else obj
    results = _dicts(response.get("results"))
    # With diarisation, Google repeats every word with its speakerTag in the last result.
    for res in reversed(results):
        alts = _dicts(res.get("alternatives"))
        words = _dicts(alts[0].get("words")) if alts else []
        key = next((k for k in ("speakerTag", "speaker_tag", "speakerLabel", "speaker_label") if words and k in words[-1]), None)
        if key:
            norm = [
                {"speaker": w.get(key), "word": w.get("word"),
                 "start": w.get("startTime", w.get("start_time", w.get("startOffset"))),
                 "end": w.get("endTime", w.get("end_time", w.get("endOffset")))}
                for w in words
            ]
            return _group_words(norm, 1, per_word_line=True)
    segs = []
    for i, res in enumerate(results, 1):
        alts = _dicts(res.get("alternatives"))
        if not alts:
            continue
        words = _dicts(alts[0].get("words"))
        start = None
        if words:
            start = seconds(words[0].get("startTime", words[0].get("start_time", words[0].get("startOffset"))))
        end = seconds(res.get("resultEndTime", res.get("result_end_time", res.get("resultEndOffset"))))
        segs.append(Segment(None, _text(alts[0].get("transcript")), i, start, end))
    return segs


def _speechmatics(obj: dict) -> list[Segment]:
    """Speechmatics ``json-v2``: ``results`` of word/punctuation items, speaker on the alternative.

    Consecutive items of one speaker (or channel) make a segment; punctuation attaches to the
    previous word without a space (``attaches_to: "next"`` glues it to the following word).
    ``line`` is the 1-based index of the segment's first item.
    """
    segs: list[Segment] = []
    cur: object = object()
    text = ""
    start = end = None
    first = 0
    glue_next = False
    for i, item in enumerate(_dicts(obj.get("results")), 1):
        alts = _dicts(item.get("alternatives"))
        if not alts or item.get("type") == "entity":  # entities repeat words already listed
            continue
        content = alts[0].get("content")
        if not isinstance(content, str) or not content:
            continue
        spk = speaker_str(alts[0].get("speaker")) or speaker_str(item.get("channel"))
        punct = item.get("type") == "punctuation"
        attach = item.get("attaches_to") or ("previous" if punct else "none")
        if spk != cur and not (punct and attach in ("previous", "both") and text):
            if text:
                segs.append(Segment(cur, text, first, start, end))  # type: ignore[arg-type]
            cur, text, first, glue_next = spk, "", i, False
            start = seconds(item.get("start_time"))
        if not text or glue_next or (punct and attach in ("previous", "both")):
            text += content
        else:
            text += " " + content
        glue_next = punct and attach in ("next", "both")
        end = seconds(item.get("end_time")) if not punct else end or seconds(item.get("end_time"))
    if text:
        segs.append(Segment(cur, text, first, start, end))  # type: ignore[arg-type]
    return segs


def _is_speechmatics(results: list) -> bool:
    for r in _dicts(results)[:20]:
        alts = _dicts(r.get("alternatives"))
        if r.get("type") in ("word", "punctuation", "entity") and alts and "content" in alts[0]:
            return True
    return False


def _azure(obj: dict) -> list[Segment]:
    segs = []
    if "recognizedPhrases" in obj:
        phrases = _dicts(obj.get("recognizedPhrases"))
        for i, p in enumerate(phrases, 1):
            best = _dicts(p.get("nBest"))
            text = _text(best[0].get("display") or best[0].get("lexical")) if best else ""
            start = seconds(p.get("offsetInTicks"), _TICKS)
            if start is None:
                start = seconds(p.get("offset"))
            dur = seconds(p.get("durationInTicks"), _TICKS)
            end = start + dur if start is not None and dur is not None else None
            spk = speaker_str(p.get("speaker"))
            segs.append(Segment(spk, text, i, start, end))
        return segs
    for f in _dicts(obj.get("AudioFileResults")):
        for r in _dicts(f.get("SegmentResults")):
            best = _dicts(r.get("NBest"))
            text = _text(best[0].get("Display") or best[0].get("Lexical")) if best else ""
            start = seconds(r.get("OffsetInSeconds"))
            if start is None:
                start = seconds(r.get("Offset"), _TICKS)
            dur = seconds(r.get("DurationInSeconds"))
            if dur is None:
                dur = seconds(r.get("Duration"), _TICKS)
            end = start + dur if start is not None and dur is not None else None
            segs.append(Segment(speaker_str(r.get("SpeakerId")), text, len(segs) + 1, start, end))
    return segs


def _generic(items: list, name: str, warnings: list[str]) -> list[Segment]:
    items = _fold_keys(items)
    segs = []
    null_text = 0
    start_keys, end_keys = _START_KEYS, _END_KEYS
    rate = _secs_per_word(items)
    if rate is not None and rate >= _MS_RATE:
        start_keys, end_keys = _MS_START_KEYS, _MS_END_KEYS
        warnings.append(f"the whole-number times were read as milliseconds: as seconds, a word would take "
                        f"{rate:.0f} s; write seconds, or name the fields start_ms and end_ms")
    for i, item in enumerate(items, 1):
        if isinstance(item, str):
            segs.append(Segment(None, item, i))
            continue
        if not isinstance(item, dict):
            raise InputError(name, f"item {i} of the transcript list is not an object", line=None)
        raw_text = _get(item, _TEXT_KEYS)
        if raw_text is None:
            if any(k in item for k in _TEXT_KEYS):  # "text": null - an item that says it has no text
                null_text += 1
                continue
            raise InputError(name, f"item {i} has no text field (expected one of: text, transcript, content)")
        if not isinstance(raw_text, (str, list)):
            raise InputError(name, f"item {i}: the text is {_kind(raw_text)}, expected a string (or a list of words)")
        spk = _generic_speaker(item, i, name)
        if spk is None and isinstance(raw_text, list) and any("speaker" in w for w in _dicts(raw_text)):
            segs.extend(_group_words(raw_text, i))  # the text is words, each with its speaker
            continue
        segs.append(Segment(spk, _text(raw_text), i, _time(item, start_keys), _time(item, end_keys)))
    if null_text:
        if not segs:
            raise InputError(name, f"no transcript text found: the text of all {null_text} item(s) is null")
        warnings.append(f"{null_text} item(s) have a null text and were skipped")
    return segs


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__)


def _generic_speaker(item: dict, i: int, name: str) -> str | None:
    """The item's speaker: a string or number, or an object naming one (``{"name": "Sam"}``)."""
    value = _get(item, _SPEAKER_KEYS)
    if isinstance(value, dict):
        inner = _get(value, ("name", "display_name", "displayName", "label", "id"))
        if inner is not None and not isinstance(inner, (dict, list)):
            return speaker_str(inner)
        raise InputError(name, f"item {i}: the speaker is an object without a name, label or id "
                               "(expected a string or a number)")
    if isinstance(value, (list, bool)):
        raise InputError(name, f"item {i}: the speaker is {_kind(value)}, expected a string or a number")
    return speaker_str(value)


# ------------------------------------------------------------------------------------ detection


def _is_generic_list(value: object) -> bool:
    items = _dicts(value)
    return bool(items) and any(any(k in x for k in _TEXT_KEYS) for x in items[:5]) or any(
        isinstance(k, str) and k.lower() in _TEXT_FOLD for x in items[:5] for k in x)


def detect(obj: object) -> tuple[str, Callable[..., list[Segment]]] | None:
    """Return ``(format id, reader)`` for a parsed JSON document, or ``None`` when unknown."""
    if isinstance(obj, list):
        if obj and all(isinstance(x, str) for x in obj[:5]):
            return "generic-json", _generic
        return ("generic-json", _generic) if _is_generic_list(obj) else None
    if not isinstance(obj, dict):
        return None
    results = obj.get("results")
    if isinstance(results, dict):
        if "channels" in results or ("utterances" in results and (
                "metadata" in obj or any("transcript" in u for u in _dicts(results["utterances"])[:5]))):
            return "deepgram-json", _deepgram
        if any(k in results for k in ("speaker_labels", "items", "transcripts", "audio_segments", "channel_labels")):
            return "aws-transcribe-json", _aws
    if isinstance(obj.get("response"), dict) and "results" in obj["response"]:
        return "google-stt-json", _google
    if isinstance(results, list) and _is_speechmatics(results):
        return "speechmatics-json", _speechmatics
    if isinstance(results, list) and any(isinstance(r, dict) and "alternatives" in r for r in results):
        return "google-stt-json", _google
    if "monologues" in obj:
        return "revai-json", _revai
    cpp = _dicts(obj.get("transcription"))
    if cpp and any("text" in x and ("offsets" in x or "timestamps" in x) for x in cpp[:5]):
        return "whispercpp-json", _whispercpp
    if "recognizedPhrases" in obj or "AudioFileResults" in obj:
        return "azure-stt-json", _azure
    if "utterances" in obj and any(k in obj for k in ("audio_url", "acoustic_model", "language_model", "speech_model")):
        return "assemblyai-json", _assemblyai
    if "words" in obj and "audio_url" in obj:
        return "assemblyai-json", _assemblyai
    utts = obj.get("utterances")
    if isinstance(utts, list) and _assemblyai_shaped(utts):
        rate = _secs_per_word(utts)
        if rate is None:  # no end times: milliseconds, AssemblyAI's unit, with a warning
            return "assemblyai-json", _assemblyai_bare
        if rate >= _MS_RATE:  # times impossible as seconds: AssemblyAI's milliseconds
            return "assemblyai-json", _assemblyai
    segments = obj.get("segments")
    if isinstance(segments, list) and _dicts(segments):
        first = _dicts(segments)[0]
        whisperish = any(k in first for k in ("seek", "tokens", "avg_logprob", "no_speech_prob", "words")) or \
            "language" in obj or "word_segments" in obj
        if whisperish and ("text" in first or any("word" in w for w in _dicts(first.get("words"))[:1])):
            x = "word_segments" in obj or any(
                "speaker" in s or any(isinstance(w, dict) and ("score" in w or "speaker" in w) for w in s.get("words") or [])
                for s in _dicts(segments)[:20]
            )
            return ("whisperx-json" if x else "whisper-json"), _whisper
    for key in _CONTAINER_KEYS:
        if _is_generic_list(obj.get(key)):
            return "generic-json", lambda o, name, warnings, _k=key: _generic(o[_k], name, warnings)
    for key in obj:  # "Segments", "Transcript": a container key in another case
        if isinstance(key, str) and key.lower() in _CONTAINER_KEYS and _is_generic_list(obj[key]):
            return "generic-json", lambda o, name, warnings, _k=key: _generic(o[_k], name, warnings)
    return None


def _load(text: str, name: str, line: int | None = None) -> object:
    """``json.loads``, with Python's own limits as one-line InputErrors; a syntax error
    (``JSONDecodeError``) is left to the caller, which knows how to word it."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise InputError(name, "invalid JSON: nested too deeply", line=line) from None
    except ValueError:  # Python's limit on integer digits (a 5,000-digit "start")
        raise InputError(name, "invalid JSON: a number too long to read", line=line) from None


def parse_json_text(text: str, name: str) -> Transcript:
    """Parse decoded JSON text; raises InputError with the line for syntax errors."""
    try:
        obj = _load(text, name)
    except json.JSONDecodeError as e:
        if not _json_lines_break(text, e):
            raise InputError(name, f"invalid JSON: {e.msg} (column {e.colno})", line=e.lineno) from None
        return parse_json_obj(_json_lines(text, name), name, lines=True, source=text)
    return parse_json_obj(obj, name, source=text)


def _json_lines_break(text: str, error: json.JSONDecodeError) -> bool:
    """Did parsing stop after a first object that fills the first line, because another object
    starts on a following line (JSON Lines: ``{…}\n{…}``)? Any other syntax error is reported as it is."""
    if error.msg != "Extra data" or text[error.pos:error.pos + 1] != "{":
        return False
    head = text[:error.pos]
    value = head.strip()
    return "\n" not in value and "\n" in head[len(head.rstrip()):]


def _json_lines(text: str, name: str) -> list[object]:
    """The value of each non-blank line of a JSON Lines file; a line that is not one JSON value is named."""
    items = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            items.append(_load(line, name, n))
        except json.JSONDecodeError as e:
            raise InputError(name, f"invalid JSON Lines: {e.msg} (column {e.colno}); "
                                   "each line must hold one JSON object", line=n) from None
    return items


def _may_hold_surrogates(source: str) -> bool:
    """Could a string decoded from this JSON text hold a lone surrogate? Only a ``\\ud800``-style escape
    makes one (the text itself was decoded from bytes), so a text without ``\\ud`` cannot."""
    return "\\ud" in source or "\\uD" in source


def _replace_surrogates(segs: list[Segment], warnings: list[str]) -> list[Segment]:
    """Each lone surrogate in a segment's text or speaker replaced with U+FFFD, with one warning.

    JSON may escape half of a character (``"\\ud83d"``: an exporter that cut a string in the middle of
    an emoji), and ``json.loads`` keeps it; no encoder takes one (spaCy, pandas, every writer raise)."""
    out, first, fixed = [], 0, 0
    for s in segs:
        text, speaker = s.text, s.speaker
        bad_text = isinstance(text, str) and not text.isascii() and has_surrogates(text)
        bad_speaker = speaker is not None and not speaker.isascii() and has_surrogates(speaker)
        if bad_text or bad_speaker:
            fixed += 1
            first = first or s.line
            s = Segment(replace_surrogates(speaker) if bad_speaker else speaker,
                        replace_surrogates(text) if bad_text else text, s.line, s.start, s.end)
        out.append(s)
    if fixed:
        warnings.append(f"{fixed} item(s) hold half of a character (a lone \\ud800-style escape, as when an emoji "
                        f"is cut in two; first: line {first}): replaced with U+FFFD")
    return out


def parse_json_obj(obj: object, name: str, *, lines: bool = False, source: str | None = None) -> Transcript:
    """Pick the engine from the document's shape and build the transcript (``lines``: the values of
    a JSON Lines file, read as the generic list; ``source``: the JSON text ``obj`` was read from, which
    tells whether any string can hold a lone surrogate: when it is not given, every segment is checked)."""
    found = detect(obj)
    if found is None:
        first = obj[0] if isinstance(obj, list) and obj else obj
        if report_record(first):
            raise InputError(name, OWN_REPORT)
        if lines:
            raise InputError(name, "JSON Lines of an unknown shape: expected one {speaker, text, start, end} "
                                   "object a line")
        # Field names only, and only identifier-like ones: never echo free text from the file.
        keys = [k for k in list(obj)[:8] if _IDENT.match(k)] if isinstance(obj, dict) else []
        hint = f" (top-level keys: {', '.join(keys)})" if keys else ""
        raise InputError(
            name,
            "JSON of an unknown shape: expected a speech-to-text result (Whisper, WhisperX, AssemblyAI, Deepgram, "
            f"AWS Transcribe, Rev.ai, Google, Azure, Speechmatics) or a list of {{speaker, text, start, end}}{hint}",
        )
    fmt, reader = found
    warnings: list[str] = []
    with counting_bad_times() as bad:
        if reader is _aws or reader is _assemblyai_bare:
            segs = reader(obj, warnings)  # type: ignore[arg-type]
        elif reader is _generic:
            segs = _generic(obj, name, warnings)  # type: ignore[arg-type]
        elif fmt == "generic-json":
            segs = reader(obj, name, warnings)
        else:
            segs = reader(obj)
    if bad:
        warnings.append(bad_times_warning(len(bad)))
    segs = [s if isinstance(s.text, str) else Segment(s.speaker, "", s.line, s.start, s.end) for s in segs]
    if source is None or _may_hold_surrogates(source):
        segs = _replace_surrogates(segs, warnings)
    return build(name, fmt, _unknown_speakers(segs, warnings), warnings)


def _unknown_speakers(segs: list[Segment], warnings: list[str]) -> list[Segment]:
    """Segments without a speaker in a file whose other segments have one → ``unknown speaker``.

    An engine leaves the speaker out where its diarisation could not tell (WhisperX with no
    overlapping turn): that is nobody known, not the previous speaker, so the segment is never
    joined to the turn before it (which would credit one person's words to another).
    """
    unlabelled = [s for s in segs if s.speaker is None and s.text.strip()]
    if not unlabelled or len(unlabelled) == sum(1 for s in segs if s.text.strip()):
        return segs
    warnings.append(
        f"{len(unlabelled)} segment(s) have no speaker although the others have one (first: line "
        f"{unlabelled[0].line}): they are read as '{UNKNOWN_SPEAKER}' and credited to nobody"
    )
    return [s if s.speaker is not None else Segment(UNKNOWN_SPEAKER, s.text, s.line, s.start, s.end) for s in segs]
