"""Load and validate a rule set (a folder of YAML files) into typed specs.

A rule set is data: one file per behaviour (metadata + spaCy patterns), plus ``lexicon.yml``
(named word lists), ``modifiers.yml`` (negation/hypothetical/reported/question cues),
``closing.yml`` (the interviewer's hand-over cues) and ``roles.yml`` (role words in speaker labels).
Every problem in a rule set is reported at once, each with its file and rule id.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from analyzer.errors import RuleError, RuleFolderError

#: The seven behaviours, in contract order.
BEHAVIOURS: tuple[str, ...] = (
    "express_interest",
    "ask_for_job",
    "clarify_next_steps",
    "stay_positive",
    "thank_interviewer",
    "ask_concerns",
    "follow_up",
)

#: Which ``kind`` values each behaviour understands (the first is the default).
KINDS: dict[str, tuple[str, ...]] = {
    "ask_for_job": ("ask", "accept", "yes", "defer", "date", "decline", "offer", "exclude"),
    "stay_positive": ("discouraged", "exclude"),
}
#: "prompt": the interviewer's words a short reply answers ("we'll ring everyone by Friday", "are you still
#: keen?"); "reply": the candidate's answer ("Friday it is", "very much so"), which counts only straight after.
GENERIC_KINDS = ("match", "exclude", "prompt", "reply")

# not_offer_reply: the match does not count in the candidate's answer to an offer ("count me in" before
# any offer shows interest; after it, the same words only accept: ask_for_job)
Requirement = Literal["question", "statement", "turn_start", "about_candidate", "not_offer_reply"]
Category = Literal["NEGATED", "HYPOTHETICAL", "HISTORICAL", "REPORTED", "QUESTION", "PSEUDO", "TERMINATE"]
CANCELLING = ("NEGATED", "HYPOTHETICAL", "HISTORICAL", "REPORTED")

SUPPORT_FILES = ("lexicon.yml", "modifiers.yml", "closing.yml", "roles.yml")
MAX_PHRASE_VARIANTS = 512
#: Stands for a lexicon.yml that failed to load, so its word lists are not reported missing one by one.
BROKEN_LEXICON: dict[str, list[str]] = {}
#: Most values aliases may add to one rule file once expanded (the bundled files use none): a "YAML bomb"
#: is small to parse but huge to build, while a long file without aliases is only long.
MAX_YAML_NODES = 200_000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PatternSpec(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    pattern: str | list[dict[str, Any]]
    kind: str | None = None
    speaker: Literal["candidate", "interviewer", "any"] | None = None
    requires: list[Requirement] = []
    note: str | None = None


class BehaviourSpec(_Strict):
    id: str
    title: str
    tip: str
    speaker: Literal["candidate", "interviewer", "any"] = "candidate"
    advice: str
    advice_partial: str | None = None
    # said instead of ``advice`` once the interviewer has offered the job ("would anything make you hesitate to offer
    # me the role?" makes no sense after an offer)
    advice_after_offer: str | None = None
    patterns: list[PatternSpec]


class CueSpec(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    category: Category
    direction: Literal["FORWARD", "BACKWARD", "BIDIRECTIONAL"] = "FORWARD"
    window: int | None = Field(default=None, ge=1, le=100)
    applies_to: list[Category] = []
    # REPORTED only: does a "?" at the sentence end lift the cue? ("You said I'd hear by Friday, is that right?" checks
    # back and so asks; "Should I say 'any concerns?' or is that too formal?" asks a coach, not the interviewer)
    question_lifts: bool = True
    # QUESTION only: the cue asks only in a run-on sentence, one with no punctuation but its last mark (speech-to-text:
    # "i'd really like the job is there a next round"); punctuated text says where its questions are
    run_on: bool = False
    pattern: str | list[dict[str, Any]]


class ModifierDefaults(_Strict):
    window: dict[Category, int] = {}


class ModifierSpec(_Strict):
    defaults: ModifierDefaults = ModifierDefaults()
    fillers: list[str] = []
    cues: list[CueSpec]


class ClosingSpec(_Strict):
    fallback_share: float = Field(default=0.25, gt=0, le=1)
    fallback_min_turns: int = Field(default=4, ge=1)
    min_position: float = Field(default=0.5, ge=0, lt=1)
    handover: list[str]
    candidate_handover: list[str] = []
    interim: list[str] = []
    resume: list[str] = []
    debrief: list[str] = []


class RoleWords(_Strict):
    words: list[str] = []
    exact: list[str] = []
    phrases: list[str] = []


class RolesSpec(_Strict):
    candidate: RoleWords
    interviewer: RoleWords
    placeholder: RoleWords = RoleWords()
    pronouns: list[str] = []
    minor_share: float = Field(default=0.05, ge=0, lt=0.5)


class LexiconSpec(_Strict):
    lists: dict[str, list[str | int]] = {}


@dataclass(frozen=True)
class Rule:
    """One pattern with everything the assessment needs to know about it, joined by id."""

    id: str
    behaviour: str
    kind: str
    speaker: str
    requires: tuple[str, ...]
    pattern: str | list[dict[str, Any]]
    note: str | None = None


@dataclass
class RuleSet:
    """A validated rule set, ready to build a pipeline from."""

    path: Path
    behaviours: dict[str, BehaviourSpec]
    rules: dict[str, Rule]
    cues: dict[str, CueSpec]
    modifiers: ModifierSpec
    closing: ClosingSpec
    roles: RolesSpec
    lexicon: dict[str, list[str]] = field(default_factory=dict)

    def window(self, cue: CueSpec) -> int:
        return cue.window or self.modifiers.defaults.window.get(cue.category, 8)


def speaker_ok(rule_speaker: str, role: str) -> bool:
    """Does a rule meant for ``rule_speaker`` apply to words said in ``role``?"""
    if rule_speaker == "any" or role == "unknown":
        return True
    return rule_speaker == role


def default_rules_dir() -> Path:
    """The rule set shipped with the package (installed) or beside it (checkout)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules_default", here.parent / "rules"):
        if (candidate / "express_interest.yml").is_file():
            return candidate
    raise RuleError(["default rule set not found: reinstall interview-close"])


def expand_phrase(text: str) -> list[str]:
    """Expand ``[a|b]`` (optional) and ``(a|b)`` (required) alternatives into plain phrases."""
    parts: list[list[str]] = []
    pos = 0
    for m in re.finditer(r"\[([^\[\]()]*)\]|\(([^\[\]()]*)\)", text):
        parts.append([text[pos : m.start()]])
        if m.group(1) is not None:
            parts.append([""] + m.group(1).split("|"))
        else:
            parts.append(m.group(2).split("|"))
        pos = m.end()
    parts.append([text[pos:]])
    if any(c in text[pos:] for c in "[]()"):
        raise ValueError("unbalanced brackets")
    total = 1
    for p in parts:
        total *= len(p)
    if total > MAX_PHRASE_VARIANTS:
        raise ValueError(f"expands to {total} phrases (at most {MAX_PHRASE_VARIANTS})")
    return sorted({" ".join("".join(c).split()) for c in itertools.product(*parts)} - {""})


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser when PyYAML has it (4x faster)
    """YAML without the 1.1 surprises: only true/false are booleans ("yes", "no", "on" stay words); a key
    written twice in one mapping is recorded in ``duplicates`` (YAML would silently keep the last value)."""

    def __init__(self, stream):
        super().__init__(stream)
        self.duplicates: list[tuple[int, str]] = []  # (line, key)

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: set = set()
            for key_node, _ in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                    continue  # a "<<" merge may be overridden by the mapping's own keys: that is its purpose
                key = self.construct_object(key_node)
                if key in seen:
                    self.duplicates.append((key_node.start_mark.line + 1, str(key)))
                seen.add(key)
        return super().construct_mapping(node, deep)


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _phrase_pieces(text: str) -> list[tuple[list[list[str]], bool]]:
    """The phrase syntax as pieces: each a list of alternatives (each a list of words) and whether
    the piece is ``[optional]``."""
    out: list[tuple[list[list[str]], bool]] = []
    pos = 0
    for m in re.finditer(r"\[([^\[\]()]*)\]|\(([^\[\]()]*)\)|(\S+)", text):
        if text[pos : m.start()].strip():
            raise ValueError("unbalanced brackets")
        pos = m.end()
        if m.group(3) is not None:
            if any(c in m.group(3) for c in "[]()"):
                raise ValueError("unbalanced brackets")
            out.append(([[m.group(3)]], False))
        else:
            body = m.group(1) if m.group(1) is not None else m.group(2)
            alts = [a.split() for a in body.split("|") if a.strip()]
            if not alts:
                raise ValueError("empty alternatives")
            out.append((alts, m.group(1) is not None))
    if not out:
        raise ValueError("empty phrase")
    if all(optional for _, optional in out):
        raise ValueError("no required word (everything is in [optional] brackets)")
    return out


def _piece_regex(alts: list[list[str]], sep: str) -> str:
    if len(alts) == 1 and len(alts[0]) == 1:
        return re.escape(alts[0][0])
    return "(?:" + "|".join(sep.join(re.escape(w) for w in words) for words in alts) + ")"


def _tail_regex(pieces: list[tuple[list[list[str]], bool]], sep: str) -> str:
    """Pieces that follow an already matched word, each after a separator."""
    return "".join(f"(?:{sep}{_piece_regex(a, sep)})?" if optional else f"{sep}{_piece_regex(a, sep)}"
                   for a, optional in pieces)


def phrase_regex(text: str, sep: str = r"\s+") -> str:
    """Translate the phrase syntax (``[a|b]`` optional, ``(a|b)`` alternatives) into a regex.

    Words are escaped and joined by ``sep``; used where phrases are matched without spaCy.
    """
    pieces = _phrase_pieces(text)
    first = next(i for i, (_, optional) in enumerate(pieces) if not optional)
    lead = "".join(f"(?:{_piece_regex(a, sep)}{sep})?" for a, _ in pieces[:first])
    return lead + _piece_regex(pieces[first][0], sep) + _tail_regex(pieces[first + 1 :], sep)


def phrase_heads(text: str, sep: str = r"\s+") -> list[tuple[str, str]]:
    """The phrase as ``(first word, regex of the rest)`` pairs, one per word it can begin with.

    Together they match what :func:`phrase_regex` matches; a regex built as an alternation of
    literal-first branches lets Python's engine skip ahead to the characters a match can start with.
    """
    pieces = _phrase_pieces(text)
    out: list[tuple[str, str]] = []
    for i, (alts, optional) in enumerate(pieces):
        rest = _tail_regex(pieces[i + 1 :], sep)
        out.extend((words[0], "".join(sep + re.escape(w) for w in words[1:]) + rest) for words in alts)
        if not optional:
            break
    return out


def _catastrophic(regex: str) -> bool:
    """Does ``regex`` repeat something that itself repeats without bound (``(a+)+``, ``(\\w*\\s?)*``)?

    Such a nested quantifier backtracks exponentially on a near-miss token ("aaaa…b"), which would hang
    the analysis; atomic groups and possessive quantifiers (``(?>a+)+``, ``(a++)+``) cannot and pass.
    """
    try:
        from re import _constants as c, _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as c  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]

    def walk(items, repeated: bool) -> bool:
        for op, av in items:
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                lo, hi, sub = av
                unbounded = hi == c.MAXREPEAT
                if unbounded and repeated:
                    return True
                if walk(sub, repeated or hi > 1):
                    return True
            elif op == c.SUBPATTERN:
                if walk(av[-1], repeated):
                    return True
            elif op == c.BRANCH:
                if any(walk(b, repeated) for b in av[1]):
                    return True
            elif op in (c.ASSERT, c.ASSERT_NOT):
                if walk(av[1], repeated):
                    return True
        return False  # ATOMIC_GROUP, POSSESSIVE_REPEAT, literals: no backtracking into them

    try:
        return walk(parser.parse(regex), False)
    except Exception:  # noqa: BLE001 - an invalid regex is reported by re.compile
        return False


#: The ambiguity probe: pump lengths tried, and how slow (seconds) one search may get before its growth is checked.
_PROBE_LENGTHS = range(8, 41, 2)
_PROBE_SLOW = 0.02


def _parse_regex(regex: str):
    try:
        from re import _constants as c, _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as c  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
    return c, parser.parse(regex)


def _pump_units(regex: str) -> list[str]:
    """The strings to repeat when probing ``regex``: empty when no unbounded repeat has a body that can match
    in more than one way (a branch, or a variable width), so plain regexes (``^[a-z]+ing$``) are not probed.
    Otherwise each character the repeated bodies can start with, and each body's literal characters in order."""
    c, tree = _parse_regex(regex)
    category = {c.CATEGORY_DIGIT: "0", c.CATEGORY_SPACE: " ", c.CATEGORY_WORD: "a",
                c.CATEGORY_NOT_DIGIT: "a", c.CATEGORY_NOT_SPACE: "a", c.CATEGORY_NOT_WORD: " "}
    units: list[str] = []

    def chars(items) -> list[str]:
        out: list[str] = []
        for op, av in items:
            if op == c.LITERAL:
                out.append(chr(av))
            elif op == c.ANY:
                out.append("a")
            elif op == c.IN:
                for iop, iav in av:
                    if iop == c.LITERAL:
                        out.append(chr(iav))
                    elif iop == c.RANGE:
                        out.append(chr(iav[0]))
                    elif iop == c.CATEGORY:
                        out.append(category.get(iav, "a"))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                out += chars(av[2])
            elif op in (c.SUBPATTERN, c.ATOMIC_GROUP):
                out += chars(av[-1] if op == c.SUBPATTERN else av)
            elif op == c.BRANCH:
                for b in av[1]:
                    out += chars(b)
        return out

    def ambiguous(items) -> bool:
        for op, av in items:
            if op == c.BRANCH:
                return True
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] != av[1]:
                return True
            if op == c.SUBPATTERN and ambiguous(av[-1]):
                return True
        return False

    def walk(items) -> None:
        for op, av in items:
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                if av[1] == c.MAXREPEAT and ambiguous(av[2]):
                    body = chars(av[2])
                    units.extend(body)
                    units.append("".join(body))
                walk(av[2])
            elif op == c.SUBPATTERN:
                walk(av[-1])
            elif op == c.BRANCH:
                for b in av[1]:
                    walk(b)
            elif op in (c.ASSERT, c.ASSERT_NOT):
                walk(av[1])

    walk(tree)
    return [u for u in dict.fromkeys(units) if u][:12]


def _ambiguous_repeat(regex: str) -> bool:
    """Does ``regex`` backtrack exponentially on a long near-miss word because an unbounded repeat holds
    alternatives that can match the same text (``(a|a)*b``, ``^(a|aa)*$``, ``(a?a)*$``)?

    Only a regex with an alternation or a variable width under an unbounded repeat is probed: once, on its
    own characters pumped to growing lengths plus a character it cannot expect. It is refused when a search
    gets slow and the time multiplies as the word grows (a linear or polynomial regex stays in microseconds)."""
    import time

    try:
        units = _pump_units(regex)
        compiled = re.compile(regex)
    except Exception:  # noqa: BLE001 - an invalid regex is reported by re.compile
        return False
    def word(unit: str, n: int) -> str:
        return unit * n + "\x00"

    def timed(text: str) -> float:  # the best of three: a busy machine only ever adds time
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            compiled.search(text)
            best = min(best, time.perf_counter() - start)
        return best

    for unit in units:
        for n in _PROBE_LENGTHS:
            if timed(word(unit, n)) > _PROBE_SLOW:
                # slow now, and many times slower than six characters ago: exponential, not a stalled
                # machine (measured twice, as a pause of the machine can fall on either side)
                if any(timed(word(unit, n)) > 4 * timed(word(unit, n - 6)) for _ in range(2)):
                    return True
                break
    return False


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    """How many values ``node`` stands for once every alias is expanded (aliases share their node,
    so a "billion laughs" document is small to parse but huge to walk or copy)."""
    key = id(node)
    if key not in memo:
        memo[key] = 1  # a recursive alias counts once instead of looping
        if isinstance(node, yaml.SequenceNode):
            memo[key] = 1 + sum(_expanded_size(n, memo) for n in node.value)
        elif isinstance(node, yaml.MappingNode):
            memo[key] = 1 + sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    return memo[key]


def _read_yaml(path: Path, problems: list[str]) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        problems.append(f"{path.name}: cannot read ({exc.strerror or exc})")
        return None
    except UnicodeDecodeError:
        problems.append(f"{path.name}: not UTF-8 text")
        return None
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            memo: dict[int, int] = {}
            # a bomb is many values made from few nodes by aliases; a long file of plain values is not one
            if node is not None and _expanded_size(node, memo) - len(memo) > MAX_YAML_NODES:
                problems.append(f"{path.name}: its aliases expand to too many values "
                                f"(more than {MAX_YAML_NODES:,}; a YAML bomb?)")
                return None
            data = loader.construct_document(node) if node is not None else None
            problems.extend(f"{path.name}: line {line}: key '{key}' appears twice in one mapping, and only the "
                            "last value would be used; keep one (a second pattern needs its own '- id:' entry)"
                            for line, key in loader.duplicates)
        finally:
            loader.dispose()
    except RecursionError:
        problems.append(f"{path.name}: nested too deeply")
        return None
    except yaml.YAMLError as exc:
        if "nesting depth" in str(exc):  # libyaml's own limit
            problems.append(f"{path.name}: nested too deeply")
            return None
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problems.append(f"{path.name}:{where} YAML syntax error: {getattr(exc, 'problem', None) or exc}")
        return None
    if not isinstance(data, dict):
        problems.append(f"{path.name}: expected a mapping at the top level")
        return None
    return data


def _model(cls: type[BaseModel], data: Any, where: str, problems: list[str], labels: list[str] | None = None):
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = list(err["loc"])
            if labels is not None and len(loc) >= 2 and loc[0] in ("patterns", "cues") and isinstance(loc[1], int):
                idx = loc[1]
                name = labels[idx] if idx < len(labels) else f"#{idx + 1}"
                loc = [f"{loc[0][:-1]} '{name}'"] + loc[2:]
            problems.append(f"{where}: {' -> '.join(str(x) for x in loc)}: {err['msg']}")
        return None


def _ids(items: Any) -> list[str]:
    if not isinstance(items, list):
        return []
    return [str(i.get("id", f"#{n + 1}")) if isinstance(i, dict) else f"#{n + 1}" for n, i in enumerate(items)]


def _expand_lists(pattern: Any, lexicon: dict[str, list[str]], where: str, problems: list[str]) -> Any:
    """Replace ``"$name"`` items inside IN/NOT_IN lists with the lexicon list of that name."""
    if not isinstance(pattern, list):
        return pattern
    out = []
    for tok in pattern:
        if not isinstance(tok, dict):
            out.append(tok)
            continue
        new_tok = {}
        for attr, value in tok.items():
            if isinstance(value, dict):
                value = dict(value)
                for op in ("IN", "NOT_IN"):
                    if isinstance(value.get(op), list):
                        items: list = []
                        for item in value[op]:
                            if isinstance(item, str) and item.startswith("$"):
                                if item[1:] not in lexicon:
                                    if lexicon is not BROKEN_LEXICON:  # else lexicon.yml's own error says it all
                                        problems.append(f"{where}: unknown word list '{item}' "
                                                        "(define it in lexicon.yml)")
                                    continue
                                items.extend(lexicon[item[1:]])
                            elif isinstance(item, (str, int, float, bool)):
                                items.append(str(item) if not isinstance(item, bool) else item)
                            else:
                                problems.append(f"{where}: {attr} {op} list holds a {type(item).__name__}, "
                                                "not a word")
                        value[op] = list(dict.fromkeys(items))
            if str(attr).upper() in _LOWERCASE_ATTRS:
                value = _lowercased(value)
            new_tok[attr] = value
        out.append(new_tok)
    return out


#: Attributes whose values are always lowercase in a document (LEMMA: see ``interview_norms``), so a capital
#: letter in a pattern's value could never match: it is lowercased at load, as lexicon lists are. NORM is not
#: here: a few tokenizer special cases keep a capital ("Jan." has the NORM "January"), so ``rules check`` warns.
_LOWERCASE_ATTRS = ("LOWER", "LEMMA")


def _lowercased(value: Any) -> Any:
    """A LOWER/LEMMA value with its words lowercased: a string, or the word lists of a dict of operators
    (``IN``, ``NOT_IN``, ``FUZZY``…); a ``REGEX`` is left as written (``\\S`` is not ``\\s``)."""
    if isinstance(value, str):
        return value.lower()
    if not isinstance(value, dict):
        return value
    out = {}
    for op, item in value.items():
        if op != "REGEX" and isinstance(item, str):
            item = item.lower()
        elif isinstance(item, list):
            item = [w.lower() if isinstance(w, str) else w for w in item]
        out[op] = item
    return out


def capitalised_norms(rules: RuleSet) -> list[tuple[str, str, str]]:
    """``(file, id, word)`` for each NORM value with a capital letter: NORM is lowercase but for a few
    abbreviations ("Jan." -> "January"), so such a word almost surely never matches; ``rules check`` warns."""
    items = [(f"{r.behaviour}.yml", r.id, r.pattern) for r in rules.rules.values()]
    items += [("modifiers.yml", c.id, c.pattern) for c in rules.cues.values()]
    found = []
    for file, rid, pattern in items:
        for tok in pattern if isinstance(pattern, list) else []:
            for attr, value in tok.items() if isinstance(tok, dict) else []:
                if str(attr).upper() == "NORM":
                    found += [(file, rid, w) for w in _value_words(value) if w != w.lower()]
    return list(dict.fromkeys(found))


def _value_words(value: Any) -> list[str]:
    """The words a token value tests: the string itself, or the words of its operators (``IN``,
    ``NOT_IN``...; not a ``REGEX``)."""
    if isinstance(value, str):
        return [value]
    if not isinstance(value, dict):
        return []
    items = [w for op, v in value.items() if op != "REGEX" for w in (v if isinstance(v, list) else [v])]
    return [w for w in items if isinstance(w, str)]


#: Token attributes spaCy's Matcher accepts but this pipeline (a blank English tokenizer, ``interview_norms`` for
#: NORM and LEMMA, and a sentencizer) never sets, with what would set them: a test on one never matches (with
#: ``NOT_IN``, always), so it is refused at load.
_UNSET_ATTRS = {"POS": "tagger", "TAG": "tagger", "MORPH": "morphologizer", "DEP": "parser",
                "ENT_TYPE": "entity recognizer", "ENT_IOB": "entity recognizer", "ENT_ID": "entity ruler",
                "ENT_KB_ID": "entity linker"}

#: The largest count a repeat operator ('{,15}', '{2,15}') may give.
MAX_REPEAT = 15


def _check_tokens(pattern: list, where: str, problems: list[str]) -> None:
    """What spaCy's schema lets through but the pipeline cannot honour: an attribute it never sets, a custom
    ``_`` attribute (no extension is registered), a repeat ``{n,m}`` the Matcher refuses (n > m) or that repeats
    the token zero times (``{0}``: spaCy drops the token, so its test is silently ignored)."""
    seen: set[str] = set()
    for spec in pattern:
        for key, value in spec.items() if isinstance(spec, dict) else []:
            if not isinstance(key, str):
                continue
            name = key.upper()
            if name in _UNSET_ATTRS and key in (name, name.lower()) and name not in seen:
                seen.add(name)
                problems.append(f"{where}: {name}: never set here (the pipeline has no {_UNSET_ATTRS[name]}: only "
                                "a tokenizer, word norms and lemmas, and sentence starts), so the test never "
                                "matches (or, with NOT_IN, always); test the words instead (ORTH, LOWER, NORM, LEMMA)")
            elif key == "_" and "_" not in seen:
                seen.add("_")
                problems.append(f"{where}: custom attributes ('_') are not available (the pipeline registers no "
                                "extensions); test the words instead (ORTH, LOWER, NORM, LEMMA)")
            elif name == "OP" and key in ("OP", "op") and isinstance(value, str):
                bounds = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", value)
                if bounds is None or not (bounds.group(1) or bounds.group(3)):
                    continue  # not a repeat, or refused by spaCy's schema with its own message
                low, comma, high = bounds.groups()
                high = high if comma else low
                if low and high and int(low) > int(high):
                    problems.append(f"{where}: OP {value!r}: minimum larger than maximum; "
                                    f"write '{{{int(high)},{int(low)}}}'")
                elif high and int(high) == 0:
                    problems.append(f"{where}: OP {value!r}: repeats the token zero times, so spaCy drops it and its "
                                    "test is ignored; remove the token, or use OP '!' for 'not this word'")
                elif high and int(high) > MAX_REPEAT:
                    # spaCy unrolls '{,n}' into n optional tokens, and the matcher's work on a sentence of
                    # repeated words doubles with each one: '{,20}' takes seconds per sentence, '{,40}' hangs
                    problems.append(f"{where}: OP {value!r}: at most {MAX_REPEAT} repeats (spaCy tries every "
                                    "combination of the optional copies, so a larger count can take minutes on one "
                                    "sentence); use a smaller count, or OP '*' for any number")


def _check_pattern(pattern: Any, where: str, problems: list[str]) -> None:
    from spacy.schemas import validate_token_pattern

    if isinstance(pattern, str):
        if not pattern.strip():
            problems.append(f"{where}: empty phrase")
            return
        try:
            expand_phrase(pattern)
        except ValueError as exc:
            problems.append(f"{where}: phrase {exc}")
        return
    if not pattern:
        problems.append(f"{where}: empty token pattern")
        return
    for err in validate_token_pattern(pattern):
        problems.append(f"{where}: {err}")
    if isinstance(pattern, list):
        _check_tokens(pattern, where, problems)
    for spec in pattern if isinstance(pattern, list) else []:
        for key, value in spec.items() if isinstance(spec, dict) else []:
            regex = value.get("REGEX") if isinstance(value, dict) else None
            if isinstance(regex, str):
                try:
                    re.compile(regex)
                except re.error as exc:
                    problems.append(f"{where}: {key}: REGEX {regex!r} is not a valid regular expression ({exc})")
                    continue
                if _catastrophic(regex):
                    problems.append(f"{where}: {key}: REGEX {regex!r} repeats a group that itself repeats without "
                                    "bound (like '(a+)+'): it can take forever on a long word; drop the inner or "
                                    "outer quantifier, or make it possessive ('a++')")
                elif _ambiguous_repeat(regex):
                    problems.append(f"{where}: {key}: REGEX {regex!r} repeats alternatives that can match the same "
                                    "text (like '(a|aa)*'): it can take forever on a long word; make the "
                                    "alternatives exclusive, or the group atomic ('(?>a|aa)*')")


def matches_anything(rules: RuleSet) -> list[tuple[str, str]]:
    """``(file, id)`` of every token pattern whose tokens test nothing (``[{}]``, ``[{OP: "*"}]``): it
    matches every sentence, which is valid spaCy but almost surely a mistake, so ``rules check`` warns."""
    items = [(f"{r.behaviour}.yml", r.id, r.pattern) for r in rules.rules.values()]
    items += [("modifiers.yml", c.id, c.pattern) for c in rules.cues.values()]
    return [(file, rid) for file, rid, pattern in items
            if isinstance(pattern, list) and all(isinstance(t, dict) and set(t) <= {"OP"} for t in pattern)]


def _id_prefix(ids) -> str:
    """The prefix most ids of one file share (``fu`` in ``fu_ill_send``): tells which of two files sharing an id
    it was written for."""
    common = Counter(rid.split("_")[0] for rid in ids).most_common(1)
    return common[0][0] if common else ""


def _yaml_hint(missing: Path) -> str:
    """Why a rule file may seem missing: saved as ``.yaml``, which is not read."""
    other = missing.with_suffix(".yaml")
    return f" (found {other.name}: only .yml files are read; rename it)" if other.is_file() else ""


def load_rules(path: str | Path | None = None) -> RuleSet:
    """Load and validate the rule set in ``path`` (the default set when None).

    Raises:
        RuleError: listing every problem found, each with its file and rule id.
    """
    root = Path(path) if path is not None else default_rules_dir()
    problems: list[str] = []
    if not root.is_dir():
        raise RuleFolderError([f"{root}: rule folder not found" if not root.exists() else f"{root}: not a folder"])
    if not any(root.glob("*.yml")):
        raise RuleFolderError([f"{root}: no rule files (*.yml) in this folder"])

    raw: dict[str, Any] = {}
    for name in SUPPORT_FILES:
        f = root / name
        if not f.is_file():
            problems.append(f"{name}: missing from {root}{_yaml_hint(f)}")
        else:
            raw[name] = _read_yaml(f, problems)

    lex_model = _model(LexiconSpec, raw.get("lexicon.yml") or {}, "lexicon.yml", problems)
    lexicon = {k: [str(v).lower() for v in vals] for k, vals in (lex_model.lists if lex_model else {}).items()}
    if lex_model is None or raw.get("lexicon.yml") is None:  # broken or missing
        lexicon = BROKEN_LEXICON

    modifiers = None
    if raw.get("modifiers.yml") is not None:
        data = dict(raw["modifiers.yml"])
        modifiers = _model(ModifierSpec, data, "modifiers.yml", problems, _ids(data.get("cues")))
    # "is not None": a file holding only "{}" is read (and refused field by field), not skipped as if fine
    closing = _model(ClosingSpec, raw["closing.yml"], "closing.yml", problems) \
        if raw.get("closing.yml") is not None else None
    roles = _model(RolesSpec, raw["roles.yml"], "roles.yml", problems) if raw.get("roles.yml") is not None else None
    if closing:
        for key in ("handover", "candidate_handover", "interim", "resume", "debrief"):
            for phrase in getattr(closing, key):
                try:
                    phrase_regex(phrase)
                except ValueError as exc:
                    problems.append(f"closing.yml: {key} '{phrase}': {exc}")
    if roles:
        for role in ("candidate", "interviewer", "placeholder"):
            for phrase in getattr(roles, role).phrases:
                try:
                    phrase_regex(phrase)
                except ValueError as exc:
                    problems.append(f"roles.yml: {role} phrase '{phrase}': {exc}")

    cues: dict[str, CueSpec] = {}
    if modifiers:
        expanded_cues = []
        for cue in modifiers.cues:
            where = f"modifiers.yml: cue '{cue.id}'"
            if cue.id in cues:
                problems.append(f"{where}: duplicate id")
            pat = _expand_lists(cue.pattern, lexicon, where, problems)
            _check_pattern(pat, where, problems)
            cue = cue.model_copy(update={"pattern": pat})
            cues[cue.id] = cue
            expanded_cues.append(cue)
        modifiers = modifiers.model_copy(update={"cues": expanded_cues})

    behaviours: dict[str, BehaviourSpec] = {}
    rules: dict[str, Rule] = {}
    known = set(BEHAVIOURS) | {f[:-4] for f in SUPPORT_FILES}
    for f in sorted(root.glob("*.yml")):
        if f.stem not in known:
            # the behaviour comes from the file's name, not from the "id:" inside it: say so, so that a file
            # whose id is fine but whose name is not (extra.yml holding "id: follow_up") is understood
            problems.append(f"{f.name}: unknown behaviour file: the file name gives the behaviour (not its id:) "
                            f"and '{f.stem}' is not a behaviour; name it one of "
                            f"{', '.join(b + '.yml' for b in BEHAVIOURS)}, or move it out of the rules folder")
    for bid in BEHAVIOURS:
        f = root / f"{bid}.yml"
        if not f.is_file():
            problems.append(f"{bid}.yml: missing from {root}{_yaml_hint(f)}")
            continue
        data = _read_yaml(f, problems)
        if data is None:
            continue
        spec = _model(BehaviourSpec, data, f.name, problems, _ids(data.get("patterns")))
        if spec is None:
            # the file's own errors are listed; still check every pattern that is well-formed, so that one
            # run reports every problem rather than the next layer only after the first is fixed
            items = data.get("patterns") if isinstance(data.get("patterns"), list) else []
            patterns = []
            for n, item in enumerate(items):
                try:
                    patterns.append(PatternSpec.model_validate(item))
                except ValidationError:  # a malformed entry's pattern is still worth checking
                    if isinstance(item, dict) and isinstance(item.get("pattern"), (str, list)):
                        where = f"{f.name}: pattern '{item.get('id', f'#{n + 1}')}'"
                        _check_pattern(_expand_lists(item["pattern"], lexicon, where, problems), where, problems)
        else:
            patterns = spec.patterns
            if spec.id != bid:
                problems.append(f"{f.name}: id '{spec.id}' does not match the file name '{bid}'")
        kinds = KINDS.get(bid, GENERIC_KINDS)
        own_prefix = _id_prefix(p.id for p in patterns)
        for p in patterns:
            where = f"{f.name}: pattern '{p.id}'"
            if p.id in rules or p.id in cues:
                first = f"{rules[p.id].behaviour}.yml" if p.id in rules else "modifiers.yml"
                if first == f.name:
                    problems.append(f"{where}: duplicate id")
                elif (first != "modifiers.yml" and p.id.split("_")[0] == own_prefix
                      and p.id.split("_")[0] != _id_prefix(r.id for r in rules.values() if r.behaviour == first[:-4])):
                    # the id carries this file's prefix: the entry out of place is the one read first
                    problems.append(f"{first}: pattern '{p.id}': duplicate id: already used in {f.name}")
                else:
                    problems.append(f"{where}: duplicate id: already used in {first}")
            kind = p.kind or kinds[0]
            if kind not in kinds:
                problems.append(f"{where}: unknown kind '{kind}' (expected one of: {', '.join(kinds)})")
            pat = _expand_lists(p.pattern, lexicon, where, problems)
            _check_pattern(pat, where, problems)
            speaker = p.speaker or (spec.speaker if spec else "candidate")
            rules[p.id] = Rule(p.id, bid, kind, speaker, tuple(p.requires), pat, p.note)
        if spec is None:
            continue
        if not any(r.behaviour == bid and r.kind != "exclude" for r in rules.values()):
            problems.append(f"{f.name}: no patterns")
        behaviours[bid] = spec

    for name, part in (("modifiers.yml", modifiers), ("closing.yml", closing), ("roles.yml", roles)):
        if part is None and not any(p.startswith(name) for p in problems):  # never silently half a rule set
            problems.append(f"{name}: could not be read")
    if problems:
        raise RuleError(problems)
    assert modifiers is not None and closing is not None and roles is not None  # for the type checker
    return RuleSet(root, behaviours, rules, cues, modifiers, closing, roles, lexicon)


#: Kinds whose matches are not the candidate's behaviour: an interviewer may say them by design.
_NOT_CREDITED = ("exclude", "prompt", "offer")


def rule_warnings(rules: RuleSet) -> list[str]:
    """Things a valid rule set almost surely does not mean, for ``rules check`` to warn about (each line
    names the file, and the rule where there is one): the set still loads and runs as written."""
    lines = [f"{file}: rule {rid}: NORM value {word!r} has a capital letter, but NORM is lowercase (but for a "
             f"few abbreviations like 'Jan.'), so it never matches; write {word.lower()!r}"
             for file, rid, word in capitalised_norms(rules)]
    for bid, spec in rules.behaviours.items():
        own = [r for r in rules.rules.values() if r.behaviour == bid]
        if spec.speaker == "candidate":
            lines += [f"{bid}.yml: rule {r.id}: 'speaker: interviewer' on a '{r.kind}' rule credits the interviewer's "
                      f"own words to the candidate; drop the speaker line, or use kind 'prompt' for words the "
                      "candidate replies to" for r in own if r.speaker == "interviewer" and r.kind not in _NOT_CREDITED]
        if not any(r.kind == "prompt" for r in own):
            lines += [f"{bid}.yml: rule {r.id}: a 'reply' rule counts only straight after a 'prompt' rule of the same "
                      f"behaviour, and {bid}.yml has none, so it can never match" for r in own if r.kind == "reply"]
    if not rules.closing.handover:
        lines.append("closing.yml: 'handover' is empty, so no hand-over is ever found and every transcript's "
                     f"closing is its last {rules.closing.fallback_share:.0%}")
    return lines
