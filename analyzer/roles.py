"""Who is the candidate and who the interviewer: options, labels, then what the speakers say.

Order of evidence: ``--candidate``/``--interviewer`` options, role words in the speaker labels
("Interviewer", "Q", "Candidate", "Me"), then behaviour in the transcript. Labels that name nobody
("Unknown Speaker", "Speaker ?") and speakers with very few words are set aside as ``other``: never
the candidate, never counted as a third person. Every inference is reported with its reasons, and
when the roles cannot be told the result says so.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from analyzer.closing import count_questions, find_handovers, first_turn_at, fold, handover_regex, opening_handover
from analyzer.errors import InputError, first_few
from analyzer.readers._common import is_role_word
from analyzer.readers.text import has_symbol, same_name
from analyzer.rules import RoleWords, RolesSpec, RuleSet
from analyzer.transcript import Transcript, speaker_key, without_label_colon

_ALIAS = re.compile(r"^(.*?\w)\s*[(\[][^()\[\]]*[)\]]\s*$")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_SINGULAR = {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"}
_PLURAL = {"we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"}

#: Points a speaker earns towards being the candidate, per piece of evidence.
_TALKS_MOST, _ASKS_MORE, _HANDS_OVER, _ANSWERS_HANDOVER, _SPEAKS_FIRST, _FIRST_PERSON = 2.0, 2.0, 3.0, 2.0, 1.0, 1.0
_PHRASE_CAP = 3
#: The best speaker must lead the next by this many points (more than one weak clue) to be the candidate.
_MIN_MARGIN = 2.0
#: When labels that name nobody hold this share of the words, diarisation failed: do not guess.
_PLACEHOLDER_SHARE = 1 / 3


@dataclass
class Roles:
    """The role of every speaker label, and how it was decided.

    ``others`` are labels that are neither candidate nor interviewer (placeholders such as
    "Unknown Speaker", speakers with a tiny share of the words). ``aliases`` are further labels of
    the candidate ("Alex" next to "Alex (Student)", "Candidate Question" next to "A").
    """

    candidate: str | None
    interviewers: list[str]
    method: str  # "option" | "labels" | "inferred" | "unknown"
    warnings: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def role_of(self, speaker: str | None) -> str:
        if self.method == "unknown" or speaker is None:
            return "unknown"
        if speaker == self.candidate or speaker in self.aliases:
            return "candidate"
        if speaker in self.interviewers:
            return "interviewer"
        return "other"


def is_placeholder(label: str, words: RoleWords) -> bool:
    """Does ``label`` name nobody in particular ("Unknown Speaker", "UNKNOWN", "Speaker ?", "?")?"""
    if not re.search(r"[^\W_]", label):
        # "?", "-", "***" name nobody; an emoji or a symbol ("🎤", "😀": a chat export's avatars) is
        # somebody's mark, kept apart from the others like a name
        return not has_symbol(label)
    bare = " ".join(re.sub(r"[^\w\s]|_", " ", label).split())  # "Speaker?" reads as "Speaker"
    return _label_matches(label, words) or _label_matches(bare, words)


_HEADER_TURNS = 6  # a header naming the roles sits in the first few lines


def _lowered(label: str) -> str:
    """``label`` lower-cased with its spacing normalised, as role words are compared."""
    return " ".join(label.lower().split())


def _label_matches(label: str, words: RoleWords, letters_are_roles: bool = True) -> bool:
    low = _lowered(label)
    if len(low) == 1 and not letters_are_roles:
        return False
    if low in _lowered_set(tuple(words.exact)):
        return True
    return not _lowered_set(tuple(words.words)).isdisjoint(re.findall(r"[a-z][a-z'-]*", low))


@lru_cache(maxsize=64)
def _lowered_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _letters_are_roles(speakers: list[str], spec: RolesSpec) -> bool:
    """One-letter labels are role letters (Q/A, I/C) only when all of them are; A, B, C are ids."""
    role_letters = {w.lower() for w in spec.candidate.exact + spec.interviewer.exact if len(w) == 1}
    letters = {s.strip().lower() for s in speakers if len(s.strip()) == 1}
    return letters <= role_letters


def _find_label(name: str, speakers: list[str], path: str, option: str) -> str:
    for s in speakers:
        if s == name:
            return s
    bare = without_label_colon(name)
    key = speaker_key(bare)
    low = _lowered(bare)
    hits = [s for s in speakers if speaker_key(s) == key] or [s for s in speakers if low in s.lower()]
    if len(hits) == 1:
        return hits[0]
    listed = ", ".join(f"'{s}'" for s in speakers[:8]) or "none"
    problem = "matches several speakers" if hits else "is not a speaker"
    raise InputError(path, f"{option} '{name}' {problem} (speakers: {listed})")


def assign_roles(
    transcript: Transcript, rules: RuleSet, candidate: str | None = None, interviewer: str | None = None
) -> Roles:
    """Decide the candidate and the interviewer(s) of a transcript."""
    speakers = transcript.speakers
    if not transcript.has_speakers or not speakers:
        warnings = ["roles unknown: no speaker labels, so every sentence in the closing was searched and the "
                    "interviewer's words may be credited to the candidate; check the evidence"]
        ignored = [f"{opt} '{v}'" for opt, v in (("--candidate", candidate), ("--interviewer", interviewer)) if v]
        if ignored:  # an option that matches nobody is an error on a labelled file; here it cannot apply
            warnings.append(f"{' and '.join(ignored)} ignored: the transcript has no speaker labels to match it to")
        return Roles(None, [], "unknown", warnings)
    spec = rules.roles
    words = _word_counts(transcript, speakers)
    placeholders = [s for s in speakers if is_placeholder(s, spec.placeholder)]

    if candidate or interviewer:
        roles = _from_options(transcript, speakers, placeholders, words, candidate, interviewer)
        option = "--candidate makes" if candidate else "--interviewer leaves"
        return _check_stated(transcript, rules, roles, words, option, "to name the other speaker if the option is wrong")

    named = [s for s in speakers if s not in placeholders]
    if not named:
        listed = _listed(placeholders)
        return Roles(None, [], "unknown", [
            f"roles unknown: the speaker labels ({listed}) name nobody, so every sentence in the closing was "
            "searched; use --candidate NAME"
        ], others=placeholders)
    same = _same_person(named)
    renamed = _renamed(transcript, named, same)
    total = sum(words[s] for s in named) or 1
    pooled = {s: sum(words[x] for x in same[s]) for s in named}
    minor = [s for s in named if pooled[s] < spec.minor_share * total] if len(same[named[0]]) < len(named) else []
    roles = _by_labels_or_content(transcript, rules, named, placeholders, minor, words, same)
    roles = _finish(roles, named, minor, words, same, placeholders)
    roles.warnings += [f"'{old}' is written '{new}' from line {line} on (its initials or part of its name, and "
                       "the two never speak in the same stretch): read as one speaker; give them two "
                       "distinct labels if they are two people" for old, new, line in renamed]
    return roles


def _by_labels_or_content(transcript, rules, named, placeholders, minor, words, same) -> Roles:
    spec = rules.roles
    notes = _set_aside_notes(placeholders, [], words)
    letters = _letters_are_roles(transcript.speakers, spec)
    declared, headers = _declared(transcript, named, spec, letters)
    cands = [s for s, role in declared.items() if role == "candidate"]
    if len(cands) == 1:
        listed = ", ".join(f"'{h}'" for h in headers)
        rest = [s for s in named if s not in headers]
        roles = _settle(cands[0], rest, [s for s, role in declared.items() if role == "interviewer"],
                        minor, placeholders, "labels", notes + [f"roles named in the header ({listed} lines)"])
        roles.others += [h for h in headers if h in named and h not in roles.others]
        return _check_stated(transcript, rules, roles, words, "the header makes", "if the header is wrong")
    cands = [s for s in named if _label_matches(s, spec.candidate, letters)]
    inters = [s for s in named if s not in cands and _label_matches(s, spec.interviewer, letters)]
    if len(cands) > 1 and len([s for s in cands if s not in minor]) == 1:
        # one person under several candidate labels ("A" and "Candidate Question"): the one who talks
        main = next(s for s in cands if s not in minor)
        for s in cands:
            same[main] = same[main] + [s] if s not in same[main] else same[main]
        cands = [main]
    labelled = cands + inters
    if len(cands) == 1:
        roles = _settle(cands[0], named, inters, minor, placeholders, "labels", notes)
        roles = _check_labels(transcript, rules, roles, labelled, named, minor, placeholders, words, notes)
        if roles.candidate == cands[0] and len(named) > len(labelled):
            _takes_over(transcript, rules, roles, [s for s in named if s not in labelled and s not in same[cands[0]]], words)
        return roles
    if inters and not cands:
        pool = [s for s in named if s not in inters and s not in minor] or [s for s in named if s not in inters]
        pool = [s for s in pool if s == max(same[s], key=lambda x: words[x]) or not set(same[s]) & set(pool) - {s}]
        if len(pool) == 1:
            roles = _settle(pool[0], named, inters, minor, placeholders, "labels", notes)
            return _check_labels(transcript, rules, roles, labelled, named, minor, placeholders, words, notes)
        if pool:
            return _inferred(transcript, rules, pool, named, inters, minor, placeholders, words, notes)
        listed = _listed(inters)
        return Roles(None, inters, "labels", notes + [
            f"no candidate: every speaker label names an interviewer ({listed}), so none of their words count "
            "(stay_positive stays at its default); "
            "use --candidate NAME if one of them is the candidate"
        ], others=placeholders)

    substantial = [s for s in named if s not in minor]
    if len(substantial) > 1 and _placeholder_share(placeholders, words) >= _PLACEHOLDER_SHARE:
        listed = _listed(placeholders)
        return Roles(None, [], "unknown", notes + [
            f"roles unknown: most of the speech is under labels that name nobody ({listed}), so the speakers "
            "cannot be told apart; use --candidate NAME (every sentence in the closing was searched)"
        ], others=minor + placeholders)
    substantial = [s for s in substantial if s == max(same[s], key=lambda x: words[x])]
    if not substantial:
        return Roles(None, [], "unknown", notes + [
            f"roles unknown: {len(named)} speakers and none says much more than the others; "
            "use --candidate NAME (every sentence in the closing was searched)"
        ], others=named + placeholders)
    if len(substantial) == 1 and (voice := _placeholder_voice(placeholders, words, spec.minor_share)):
        return _one_name_and_a_voice(transcript, rules, substantial[0], voice, named, minor, placeholders, words, notes)
    if len(substantial) == 1:
        only = substantial[0]
        why = (f"only one speaker ('{only}'): taken as the candidate; no interviewer to tell apart"
               if len(named) == 1 else f"'{only}' is the only speaker who says much: taken as the candidate")
        return _settle(only, named, [], minor, placeholders, "inferred", notes + [why])
    return _inferred(transcript, rules, substantial, named, [], minor, placeholders, words, notes)


def _spans(transcript: Transcript, labels) -> dict[str, tuple[int, int]]:
    """The first and last turn of each of ``labels``, in one pass over the turns."""
    want, spans = set(labels), {}
    for i, t in enumerate(transcript.turns):
        if t.speaker in want:
            spans[t.speaker] = (spans[t.speaker][0], i) if t.speaker in spans else (i, i)
    return spans


def _apart(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans of turns that never overlap: one label stops before the other starts."""
    return a[1] < b[0] or b[1] < a[0]


# Role and job-title abbreviations that label a speaker by what they do, not who they are: never
# read as a person's initials ("HR" is not "Hannah Reed").
_ROLE_ABBREVIATIONS = frozenset(
    {
        "hr", "pm", "vp", "qa", "ta", "hm", "em", "po", "gm", "md", "ba", "ceo", "cto", "cfo", "coo", "cio",
        "cmo", "cpo", "cro", "chro", "svp", "evp", "avp", "hrbp", "dir",
    }
)


def _role_label(label: str) -> bool:
    """A label that is a role word ("HR", "Interviewer", "Speaker 2") or a role abbreviation ("PM",
    "V.P.", "CTO")."""
    if is_role_word(label.strip()):
        return True
    return re.sub(r"[\W\d_]", "", label).lower() in _ROLE_ABBREVIATIONS


def _initials(label: str) -> str | None:
    """"sl" for a label written as initials ("SL", "S.L.", "S. L."), else None."""
    letters = re.sub(r"[\W\d_]", "", label)
    if 2 <= len(letters) <= 4 and letters.isupper() and re.fullmatch(r"(?:[^\W\d_]\.?\s*){2,4}", label.strip()):
        return letters.lower()
    return None


def _renamed(transcript: Transcript, named: list[str], same: dict[str, list[str]]) -> list[tuple[str, str, int]]:
    """Labels renamed part-way ("Sam Lee" becomes "SL", "Rachel Okafor" becomes "Rachel"): a label that
    is the initials or a part of exactly one other label, where the two never speak in the same stretch
    (one stops before the other starts). Each pair joins one group of ``same``; returns (first label,
    later label, line the later one starts) for the warnings."""
    initials: dict[str, list[str]] = {}  # "sl" -> the multi-word labels with those initials
    parts_of: dict[str, list[str]] = {}  # "sam", "lee" -> the multi-word labels holding that word
    for s in named:
        parts = re.findall(r"[^\W\d_]+", s)
        if len(parts) >= 2 and not _role_label(s):  # "Hiring Manager" is no one's name
            initials.setdefault("".join(p[0] for p in parts).lower(), []).append(s)
            for p in parts:
                parts_of.setdefault(p.lower(), []).append(s)
    if not initials:
        return []
    pairs = []
    for s in named:
        if _role_label(s):
            continue  # "HR", "PM", "VP": a role, never a person's initials or part of a name
        key = _initials(s)
        if key is not None:
            hits = initials.get(key, [])
        else:
            parts = re.findall(r"[^\W\d_]+", s)
            hits = parts_of.get(parts[0].lower(), []) if len(parts) == 1 and len(parts[0]) > 1 else []
        hits = [f for f in hits if f != s]
        if len(hits) == 1 and len(same[s]) == 1 and len(same[hits[0]]) == 1:
            pairs.append((hits[0], s))
    if not pairs:
        return []
    spans = _spans(transcript, {x for pair in pairs for x in pair})
    later = Counter(b for _, b in pairs)
    out = []
    for a, b in pairs:
        if later[b] == 1 and _apart(spans[a], spans[b]) and len(same[a]) == 1 and len(same[b]) == 1:
            first, then = (a, b) if spans[a][0] < spans[b][0] else (b, a)
            same[a] = same[b] = [first, then]
            out.append((first, then, transcript.turns[spans[then][0]].line))
    return out


def _takes_over(transcript, rules, roles: Roles, unlabelled: list[str], words) -> None:
    """A label with no role word that takes over from the labelled candidate part-way ("Candidate:"
    becomes "Sam:", or "Sam Lee:" becomes "Candidate:"): it never speaks while the candidate's label does,
    answers the interviewer, and behaves like the candidate. Then it is the candidate relabelled: it
    joins the candidate, with a warning. A weaker likeness leaves it where it was, with a "check the
    roles" warning naming it."""
    cand = roles.candidate
    spans = _spans(transcript, [cand] + unlabelled)
    apart = [s for s in unlabelled if s in spans and _apart(spans[cand], spans[s])]
    if not apart:
        return
    ivs = [s for s in roles.interviewers if s not in apart]
    if not ivs:
        return
    turns = [t.speaker for t in transcript.turns if t.speaker is not None]
    talk = Counter(zip(turns, turns[1:]))
    for s in apart:
        if sum(talk[(iv, s)] for iv in ivs) < 2:
            continue  # does not answer the interviewer: a stray voice, someone who looks in
        points, why = _evidence(transcript, rules, [s] + ivs, words)
        lead = points[s] - max(points[iv] for iv in ivs)
        when = "from" if spans[s][0] > spans[cand][1] else "up to"
        line = transcript.turns[spans[s][0] if when == "from" else spans[s][1]].line
        reasons = "; ".join(why[s] + [r for iv in ivs for r in why[iv]][:3])
        if lead >= _CONFLICT:
            roles.aliases.append(s)
            roles.interviewers = [x for x in roles.interviewers if x != s]
            roles.others = [x for x in roles.others if x != s]
            roles.warnings.append(
                f"'{s}' ({when} line {line}) never speaks while '{cand}' does and behaves like the candidate "
                f"({reasons}): read as the candidate's label changed part-way (both labels' words count); "
                "use --candidate NAME if that is wrong")
            return
        if lead >= _MIN_MARGIN:
            roles.warnings.append(
                f"check the roles: '{s}' ({when} line {line}) never speaks while '{cand}' does and may be the "
                f"candidate under another label ({reasons}), but it is read as {'an interviewer' if s in roles.interviewers else 'neither'}; "
                "give the candidate one label in the file if so")


def _placeholder_voice(placeholders: list[str], words: dict[str, int], share: float) -> str | None:
    """The one placeholder label that holds a real share of the words ("Unknown Speaker" in Otter, where
    the person the account holder never tagged speaks), if there is exactly one."""
    total = max(1, sum(words.values()))
    voices = [s for s in placeholders if words[s] >= share * total]
    return voices[0] if len(voices) == 1 else None


def _one_name_and_a_voice(transcript, rules, only, voice, named, minor, placeholders, words, notes) -> Roles:
    """One named speaker and one untagged voice ("Unknown Speaker"): who is the candidate is decided by
    what they say, as between two named speakers; when that cannot tell, the roles are unknown."""
    points, why = _evidence(transcript, rules, [only, voice], words)
    lead = points[voice] - points[only]
    rest = [s for s in placeholders if s != voice]
    if lead >= _MIN_MARGIN:
        return Roles(voice, [only], "inferred", _set_aside_notes(rest, [], words) + [
            f"roles inferred: candidate = '{voice}', a label that names nobody (it may hold more than one person), "
            f"because '{only}' is the interviewer ({'; '.join(why[only] + why[voice])}); use --candidate NAME to override"
        ], others=[s for s in named if s != only] + rest)
    if -lead >= _MIN_MARGIN:
        return _settle(only, named, [], minor, placeholders, "inferred", notes + [
            f"roles inferred: candidate = '{only}' ({'; '.join(why[only] + why[voice])}); "
            "use --candidate NAME to override"
        ])
    # what they say does not tell them apart: read it as before (the named speaker), and say so
    return _settle(only, named, [], minor, placeholders, "inferred", notes + [
        f"check the roles: '{only}' is taken as the candidate because '{voice}' names nobody, but what they "
        f"say does not tell them apart; use --candidate \"{voice}\" if that is the candidate"
    ])


#: Behaviour must beat the labels by this many points for a warning that they disagree.
_CONFLICT = 6.0
#: Labels that are nothing but a role name: not second-guessed by what is said.
_PLAIN_ROLES = {"candidate", "interviewer", "interviewee", "applicant", "recruiter", "hiring manager"}


def _check_labels(transcript, rules, roles: Roles, labelled, named, minor, placeholders, words, notes) -> Roles:
    """Hold roles read from the labels against what the speakers say. Pronoun labels ("Me", "You",
    "Them") stand for whoever recorded the call, so behaviour that disagrees decides; a role word
    ("Interviewer Smith", "Q") stays, with a warning when the behaviour strongly disagrees."""
    pool = [roles.candidate] + [s for s in roles.interviewers if s not in minor]
    if roles.candidate is None or len(pool) < 2:
        return roles
    spelled = {_lowered(s) for s in labelled}
    if spelled <= _PLAIN_ROLES and not _may_be_swapped(transcript, rules, roles.candidate, pool[1:]):
        return roles  # "Interviewer:" / "Candidate:" say it outright (and weighing the evidence costs a tenth of a batch)
    rival, lead, why = _rival(transcript, rules, pool, words)
    pronouns = {_lowered(w) for w in rules.roles.pronouns}
    listed = _listed(labelled)
    if lead >= _MIN_MARGIN and spelled <= pronouns:
        inferred = _inferred(transcript, rules, pool, named, [], minor, placeholders, words, notes + [
            f"{listed}: a pronoun label, whose role depends on who recorded the call; what the speakers say decides"
        ])
        if inferred.candidate is not None:
            return inferred
    if lead >= _CONFLICT:
        roles.warnings.append(_conflict(roles.candidate, rival, why, "the labels make", "if the labels are wrong"))
    return roles


def _may_be_swapped(transcript: Transcript, rules: RuleSet, cand: str, inters: list[str]) -> bool:
    """A cheap sign that plain role labels ("Candidate:", "Interviewer:") may be swapped: the labelled
    candidate hands over with a question ("any questions for me?", "the floor is yours, what would you
    like to know?"; a candidate's "no, I think that's everything." is not one), or the labelled
    interviewer(s) never ask a question. Only then is the full evidence weighed."""
    turns = transcript.turns
    # the regex only reads the candidate's turns that ask something: few in a genuine interview
    asked = [t.text for t in turns if t.speaker == cand and "?" in t.text]
    if not asked and not any("?" in t.text for t in turns):  # speech-to-text without punctuation
        asked = [t.text for t in turns if t.speaker == cand and count_questions(t.text)]
    if asked and handover_regex(tuple(rules.closing.handover)).search(fold(" \n ".join(asked))):
        return True
    asking = set(inters)
    return not any(count_questions(t.text) for t in turns if t.speaker in asking)


def _rival(transcript, rules, pool: list[str], words) -> tuple[str, float, dict[str, list[str]]]:
    """The speaker of ``pool[1:]`` whose words point most to the candidate, how far they lead the stated
    candidate ``pool[0]`` on that evidence, and the reasons."""
    points, why = _evidence(transcript, rules, pool, words)
    rival = max(pool[1:], key=lambda s: points[s])
    return rival, points[rival] - points[pool[0]], why


def _conflict(cand: str, rival: str, why: dict[str, list[str]], source: str, fix: str) -> str:
    reasons = "; ".join(why[rival] + why[cand])
    return (f"check the roles: {source} '{cand}' the candidate, but what is said points to '{rival}' "
            f"({reasons}); use --candidate NAME {fix}")


def _check_stated(transcript, rules, roles: Roles, words, source: str, fix: str) -> Roles:
    """Hold a candidate stated outright (a header, --candidate) against what the speakers say: it stays,
    with a warning when the behaviour strongly disagrees (a meeting tool that swapped the labels)."""
    total = sum(words.values()) or 1
    pool = [roles.candidate] + [s for s in roles.interviewers if words.get(s, 0) >= rules.roles.minor_share * total]
    if roles.candidate is None or len(pool) < 2:
        return roles
    rival, lead, why = _rival(transcript, rules, pool, words)
    if lead >= _CONFLICT:
        roles.warnings.append(_conflict(roles.candidate, rival, why, source, fix))
    return roles


def _declared(transcript: Transcript, named: list[str], spec: RolesSpec, letters: bool) -> tuple[dict[str, str], list[str]]:
    """Roles a header states outright ("Candidate: Sam Okafor", "Panel: Helen Marsh (chair), Gregory
    Tan"): the reader's header block, or a role-word label at the top whose text is nothing but other
    speakers' names. A listed name matches a label that is part of it ("Priya Nair" and "Priya")."""
    declared: dict[str, str] = {}
    headers: list[str] = []

    def role_of(label: str) -> str | None:
        return ("candidate" if _label_matches(label, spec.candidate, letters)
                else "interviewer" if _label_matches(label, spec.interviewer, letters)
                else None)

    def speaker_of(name: str, label: str) -> str | None:
        loose = label in transcript.header_roles  # checked by the reader: a header block of names
        hits = [s for s in named if s != label and (same_name(name, s) if loose else speaker_key(s) == speaker_key(name))]
        exact = [s for s in hits if speaker_key(s) == speaker_key(name)]
        return exact[0] if exact else hits[0] if len(hits) == 1 else None

    stated = list(transcript.header_roles.items())
    for turn in transcript.turns[:_HEADER_TURNS]:
        if turn.speaker is not None and turn.speaker not in transcript.header_roles:
            parts = [p.strip(" .") for p in re.split(r",|;|&|\band\b", re.sub(r"\([^)]*\)", "", turn.text))]
            stated.append((turn.speaker, [p for p in parts if p]))
    for label, names in stated:
        role = role_of(label)
        if role is None or label in declared or not names:
            continue
        found = [speaker_of(n, label) for n in names]
        if not all(found):
            continue
        declared.update((s, role) for s in found)
        headers.append(label)
    return declared, headers


def _same_person(named: list[str]) -> dict[str, list[str]]:
    """Labels that name the same person: "Alex (Student)" and "Alex", "Dana [Host]" and "Dana"."""
    low = {s.strip().lower(): s for s in named}
    same = {s: [s] for s in named}
    for s in named:
        m = _ALIAS.match(s.strip())
        base = low.get(m.group(1).lower()) if m else None
        if base is not None and base != s:
            group = same[s] + [x for x in same[base] if x not in same[s]]
            for x in group:
                same[x] = group
    return same


def _placeholder_share(placeholders: list[str], words: dict[str, int]) -> float:
    return sum(words[s] for s in placeholders) / max(1, sum(words.values()))


def _finish(roles: Roles, named, minor, words, same, placeholders) -> Roles:
    """Give the candidate their other labels, and say which stray speakers were set aside."""
    if roles.candidate is not None:
        group = same.get(roles.candidate, [roles.candidate])
        roles.aliases = roles.aliases + [s for s in group if s != roles.candidate and s not in roles.aliases]
        roles.interviewers = [s for s in roles.interviewers if s not in roles.aliases]
        roles.others = [s for s in roles.others if s not in roles.aliases]
    others = set(roles.others)
    aside = [s for s in minor if s in others]
    if aside:
        note = _set_aside_notes([], aside, words)
        roles.warnings[1 if placeholders else 0 : 1 if placeholders else 0] = note
    return roles


def _from_options(transcript, speakers, placeholders, words, candidate, interviewer) -> Roles:
    cand = _find_label(candidate, speakers, transcript.path, "--candidate") if candidate else None
    inter = _find_label(interviewer, speakers, transcript.path, "--interviewer") if interviewer else None
    if cand is not None and cand == inter:
        raise InputError(transcript.path, f"--candidate '{candidate}' and --interviewer '{interviewer}' both name "
                                          f"the speaker '{cand}': one speaker cannot be both")
    if cand is None:
        pool = [s for s in speakers if s != inter and s not in placeholders]
        cand = max(pool, key=lambda s: words[s]) if pool else None
    others = [s for s in placeholders if s not in (cand, inter)]
    interviewers = [s for s in speakers if s != cand and s not in others]
    return Roles(cand, interviewers, "option", others=others)


def _settle(cand, named, inters, minor, placeholders, method, notes) -> Roles:
    """Roles once the candidate is known: named non-minor speakers (and labelled ones) interview."""
    inters, minor = set(inters), set(minor)  # sets: a file may have thousands of stray labels
    interviewers = [s for s in named if s != cand and (s in inters or s not in minor)]
    chosen = set(interviewers)
    others = [s for s in named if s != cand and s not in chosen] + placeholders
    return Roles(cand, interviewers, method, notes, others)


#: A warning names at most this many speakers, then says how many more there are.
_MAX_LISTED = 5


def _listed(items: list[str], name=lambda s: f"'{s}'") -> str:
    """``items`` as a warning lists them: "'A', 'B'", or the first few and "… and 9,995 more"."""
    return first_few([name(s) for s in items[:_MAX_LISTED]] + items[_MAX_LISTED:], _MAX_LISTED)


def _set_aside_notes(placeholders: list[str], minor: list[str], words: dict[str, int]) -> list[str]:
    notes = []
    if placeholders:
        notes.append(f"{_listed(placeholders)}: a placeholder label, treated as neither candidate nor interviewer")
    if minor:
        listed = _listed(minor, lambda s: f"'{s}' ({words[s]} word{'s' if words[s] != 1 else ''})")
        notes.append(f"{listed}: says very little, treated as neither candidate nor interviewer")
    return notes


def _inferred(transcript, rules, pool, named, inters, minor, placeholders, words, notes) -> Roles:
    points, why = _evidence(transcript, rules, pool, words, inters)
    ranked = sorted(pool, key=lambda s: (-points[s], -words[s]))
    cand, runner_up = ranked[0], ranked[1]
    split = _split_candidate(transcript, ranked, points) if not inters else None
    if isinstance(split, Roles):
        return split
    if split is not None:
        notes = notes + [split]
    if points[cand] - points[runner_up] < _MIN_MARGIN:
        return Roles(None, [], "unknown", notes + [
            f"roles unknown: no role words in the speaker labels and nothing tells '{cand}' and '{runner_up}' "
            "apart; use --candidate NAME (every sentence in the closing was searched)"
        ], others=[s for s in named if s in minor] + placeholders)
    reasons = "; ".join(why[cand] + [r for s in ranked[1:] for r in why[s] if points[s] < points[cand]][:3])
    return _settle(cand, named, inters, minor, placeholders, "inferred", notes + [
        f"roles inferred: candidate = '{cand}' ({reasons}); use --candidate NAME to override"
    ])


def _split_candidate(transcript: Transcript, ranked: list[str], points: dict[str, float]) -> Roles | str | None:
    """Two labels that both behave like the candidate next to one plain interviewer: diarisation split
    the candidate (a new id after a pause, ids that alternate). When both only ever answer the
    interviewer (neither replies to the other), they are one person: the candidate under two labels.
    Otherwise the roles are doubtful: the best guess stands, with the warning returned."""
    if len(ranked) != 3:
        return None
    iv, pair = ranked[-1], ranked[:2]
    if any(points[s] < 0 or points[s] - points[iv] < _CONFLICT for s in pair):
        return None
    turns = [t.speaker for t in transcript.turns if t.speaker in ranked]
    talk = list(zip(turns, turns[1:]))
    apart = not any(set(step) == set(pair) for step in talk)
    answers = all(sum(1 for a, b in talk if a == iv and b == s) >= 2 for s in pair)
    listed = f"'{pair[0]}' and '{pair[1]}'"
    if apart and answers:
        return Roles(pair[0], [iv], "inferred", [
            f"roles inferred: {listed} both behave like the candidate and only ever answer '{iv}', the interviewer; "
            "read as one candidate that the speaker separation split in two (both labels' words count); "
            "use --candidate NAME if that is wrong"
        ], aliases=[pair[1]])
    return (f"check the roles: {listed} both behave like the candidate, not like '{iv}', the interviewer; "
            "if the speaker separation split the candidate in two, only one label's words count; "
            "use --candidate NAME")


def _evidence(transcript: Transcript, rules: RuleSet, pool: list[str], words: dict[str, int], inters=()):
    """Points towards being the candidate for each speaker in ``pool``, with the reasons.

    ``inters`` are speakers already known to interview (a role word in their label): they earn no
    points, but they take part in the conversation the evidence reads. Their hand-over is one the
    speaker in ``pool`` who answers it is credited for, it ends the interview questions, and when
    one of them speaks first no speaker in ``pool`` does."""
    turns = transcript.turns
    points = {s: 0.0 for s in pool}
    why: dict[str, list[str]] = {s: [] for s in pool}
    present = set(pool) | set(inters)  # everyone whose turns the evidence reads

    def award(s: str, pts: float, reason: str) -> None:
        points[s] += pts
        why[s].append(reason)

    # The interviewer hands over ("do you have any questions for me?"); the candidate answers it.
    # (only cues where a closing can start: "any questions?" in the first minutes is small talk)
    late = rules.closing.min_position
    opening = opening_handover(turns, rules.closing, None)  # a recording of only the closing
    handovers = [
        i for i in ([] if opening is None else [opening]) + find_handovers(turns, rules.closing, start=first_turn_at(turns, late))
        if turns[i].speaker in present
    ]
    said = {s: sum(1 for i in handovers if turns[i].speaker == s) for s in pool}
    answered = {s: 0 for s in pool}
    for i in handovers:
        nxt = next((t.speaker for t in turns[i + 1 :] if t.speaker in present and t.speaker != turns[i].speaker), None)
        if nxt in answered:
            answered[nxt] += 1
    if all(said.values()):
        top = _unique_max(said)
        said = {s: int(s == top) for s in pool}
    for s in pool:
        if said[s]:
            award(s, -_HANDS_OVER, f"'{s}' hands over with a closing cue")
    top = _unique_max(answered)
    if top is not None and answered[top] > 0:
        award(top, _ANSWERS_HANDOVER, f"'{top}' answers the hand-over")

    # Questions before the closing: the interviewer asks them (the candidate's own come at the end).
    end = handovers[0] if handovers else len(turns)
    qrate = {s: 100 * _questions(turns[:end], s) / max(1, _words(transcript, s, end)) for s in pool}
    low, high = min(qrate.values()), max(qrate.values())
    for s in pool:
        if qrate[s] >= max(1.5 * low + 0.5, high / 2, 1.0):
            award(s, -_ASKS_MORE, f"'{s}' asks more questions ({qrate[s]:.1f} per 100 words vs {low:.1f})")

    top = _unique_max(words, pool)
    second = max((words[s] for s in pool if s != top), default=0)
    if top is not None and words[top] >= 1.25 * second:
        award(top, _TALKS_MOST, f"'{top}' talks most ({words[top]} words vs {second})")

    first = next(t.speaker for t in turns if t.speaker in present)
    if first in points:  # a labelled interviewer who opens makes no one in the pool the first speaker
        award(first, -_SPEAKS_FIRST, f"'{first}' speaks first")

    lean = {s: _first_person_lean(turns, s) for s in pool}
    top = _unique_max(lean)
    if top is not None and lean[top] >= max((v for s, v in lean.items() if s != top), default=-math.inf) + 1.0:
        award(top, _FIRST_PERSON, f"'{top}' says 'I'/'my' rather than 'we'/'our'")

    spec = rules.roles
    for s in pool:
        text = fold(" ".join(t.text for t in turns if t.speaker == s))
        c_hits = min(_PHRASE_CAP, len(handover_regex(tuple(spec.candidate.phrases), r"\w'").findall(text)))
        i_hits = min(_PHRASE_CAP, len(handover_regex(tuple(spec.interviewer.phrases), r"\w'").findall(text)))
        if c_hits != i_hits:
            kind = "a candidate" if c_hits > i_hits else "an interviewer"
            award(s, c_hits - i_hits, f"'{s}' talks like {kind}")
    return points, why


def _unique_max(values: dict[str, float], among: list[str] | None = None) -> str | None:
    keys = among if among is not None else list(values)
    if not keys:
        return None
    best = max(values[k] for k in keys)
    tops = [k for k in keys if values[k] == best]
    return tops[0] if len(tops) == 1 else None


def _questions(turns, speaker: str) -> int:
    return sum(count_questions(t.text) for t in turns if t.speaker == speaker)


def _first_person_lean(turns, speaker: str) -> float:
    """'I'/'my' minus 'we'/'our', per 100 words: candidates talk about themselves, interviewers about the firm."""
    counts = Counter(_WORD.findall(" ".join(t.text for t in turns if t.speaker == speaker).lower().replace("’", "'")))
    total = sum(counts.values())
    if not total:
        return 0.0
    singular = sum(counts[w] for w in _SINGULAR)
    plural = sum(counts[w] for w in _PLURAL)
    return 100 * (singular - plural) / total


def _word_counts(transcript: Transcript, speakers: list[str]) -> dict[str, int]:
    """Words said by each of ``speakers``, in one pass over the turns (not one per speaker: a file
    with thousands of stray labels would take minutes)."""
    counts = Counter()
    for t in transcript.turns:
        counts[t.speaker] += len(t.text.split())
    return {s: counts[s] for s in speakers}


def _words(transcript: Transcript, speaker: str, end: int | None = None) -> int:
    return sum(len(t.text.split()) for t in transcript.turns[:end] if t.speaker == speaker)
