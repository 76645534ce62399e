"""Analyses -> pandas DataFrames: the long table, the wide table and the cohort summary.

The long table (one row per transcript x behaviour) is the tidy source; the wide table is derived
from it with ``pivot`` and the summary with ``groupby``/``crosstab`` (see DESIGN.md for the columns).
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from analyzer.analysis import Analysis
from analyzer.errors import first_few
from analyzer.rules import BEHAVIOURS
from analyzer.transcript import escape_surrogates, has_surrogates

LONG_COLUMNS = ["file", "behaviour", "title", "status", "score", "evidence", "speaker", "line", "start", "rule", "advice"]
META_COLUMNS = ["file", "candidate", "interviewer", "turns", "closing_from", "score", "warnings", "error"]
WIDE_COLUMNS = ["file", "candidate", "interviewer", "turns", "closing_from", *BEHAVIOURS, "score", "warnings", "error"]
SUMMARY_COLUMNS = ["behaviour", "present", "partial", "missing", "analysed", "rate"]


def _escape_analyses(analyses: Iterable[Analysis]) -> list[str]:
    """Escape the lone surrogates left in the analyses' texts (in place); the file names that had one."""
    names = []
    for a in analyses:
        if not a.file.isascii() and has_surrogates(a.file):
            a.file = escape_surrogates(a.file)
            names.append(a.file)
        if a.error:
            a.error = escape_surrogates(a.error)
        if a.warnings:
            a.warnings[:] = map(escape_surrogates, a.warnings)
        for attr in ("candidate", "interviewer"):
            value = getattr(a, attr)
            if value:
                setattr(a, attr, escape_surrogates(value))
        for f in a.findings:
            if f.evidence:
                f.evidence = escape_surrogates(f.evidence)
            if f.speaker:
                f.speaker = escape_surrogates(f.speaker)
            if f.matched:
                f.matched = escape_surrogates(f.matched)
    return names


def non_utf8_names_note(names: list[str]) -> str:
    """The one line that says which file names are not UTF-8 and how the reports write them."""
    n = len(names)
    what = f"{n} file names are" if n != 1 else "1 file name is"
    return (f"{what} not valid UTF-8 and written with \\xNN escapes for the bytes that are not: "
            f"{first_few(names, 10)}; rename {'them' if n != 1 else 'it'} in UTF-8 to see the name as typed")


def _long_dtypes(df: pd.DataFrame) -> pd.DataFrame:
    return df.astype({"score": "float64", "line": "Int64", "start": "Float64"})


def long_table(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """One row per transcript x behaviour, in contract column order."""
    rows = [
        (a.file, f.behaviour, f.title, f.status, f.score, f.evidence, f.speaker or "", f.line, f.start, f.rule, f.advice)
        for a in analyses
        for f in a.findings
    ]
    return _long_dtypes(pd.DataFrame(rows, columns=LONG_COLUMNS))


def meta_table(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """One row per transcript: who is who, turns, where the closing starts, score, warnings, error."""
    rows = [
        (a.file, a.candidate or "", a.interviewer or "", a.turns, a.closing_from, a.score,
         " | ".join(a.warnings), a.error or "")
        for a in analyses
    ]
    return pd.DataFrame(rows, columns=META_COLUMNS).astype(
        {"turns": "Int64", "closing_from": "Int64", "score": "Int64"}
    )


def wide_table(long: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """The wide table: the meta columns with one status column per behaviour, pivoted from ``long``."""
    # a file may appear twice (the same name in two analyses): its n-th analysis pairs with its n-th rows
    long = long.assign(_n=long.groupby(["file", "behaviour"]).cumcount())
    meta = meta.assign(_n=meta.groupby("file").cumcount())
    statuses = long.pivot(index=["file", "_n"], columns="behaviour", values="status").reindex(columns=list(BEHAVIOURS))
    statuses.columns.name = None
    wide = meta.merge(statuses, left_on=["file", "_n"], right_index=True, how="left")
    wide[list(BEHAVIOURS)] = wide[list(BEHAVIOURS)].astype(object).fillna("").astype(str)
    return wide[WIDE_COLUMNS].reset_index(drop=True)


def summary_table(long: pd.DataFrame) -> pd.DataFrame:
    """Per behaviour: how many transcripts had it present / partial / missing, and the presence rate."""
    counts = pd.crosstab(long["behaviour"], long["status"]).reindex(
        index=list(BEHAVIOURS), columns=["present", "partial", "missing"], fill_value=0
    )
    counts = counts.fillna(0).astype("int64")
    counts["analysed"] = counts.sum(axis=1)
    counts["rate"] = (counts["present"] / counts["analysed"].where(counts["analysed"] > 0)).round(3)
    counts.columns.name = None
    return counts.reset_index()[SUMMARY_COLUMNS]


class Report:
    """The report for one or many transcripts: ``long``, ``wide`` and ``summary`` DataFrames."""

    def __init__(self, analyses: list[Analysis]):
        # a file name that is not UTF-8 (or a lone surrogate that got past a reader) is escaped, so that
        # the tables can be built and every format written: one such file must not cost the cohort's report
        escaped = _escape_analyses(analyses)
        self.analyses = analyses
        self.long = long_table(analyses)
        self.meta = meta_table(analyses)
        self.wide = wide_table(self.long, self.meta)
        self.summary = summary_table(self.long)
        #: Lines about the run itself rather than one transcript (a file reached twice, analysed once).
        self.notes: list[str] = [non_utf8_names_note(escaped)] if escaped else []
        #: ``(file, reason)`` of each file a folder walk found but left out as not an interview transcript.
        self.skipped: list[tuple[str, str]] = []
        #: Files a folder walk found but never analysed, because ``--fail-fast`` stopped at a failure.
        self.not_analysed: int = 0

    def table(self, shape: str = "long") -> pd.DataFrame:
        if shape not in ("long", "wide"):
            raise ValueError(f"unknown shape '{shape}' (use long or wide)")
        return self.long if shape == "long" else self.wide

    def score_stats(self) -> dict[str, float | None]:
        s = self.meta["score"].dropna().astype(float)
        if s.empty:
            return {"mean": None, "median": None, "std": None, "min": None, "max": None}
        return {"mean": round(s.mean(), 1), "median": round(s.median(), 1),
                "std": round(s.std(ddof=0), 1), "min": s.min(), "max": s.max()}

    def weakest(self) -> str | None:
        """The behaviour done least often ("a, b" when tied); None when nothing was analysed or none
        was ever missed.

        Lowest ``rate`` (present / analysed) first; among those, a partial counts as half done, so a
        behaviour sometimes half-done is not as weak as one never attempted.
        """
        s = self.summary
        if s["analysed"].sum() == 0:
            return None
        low = s["rate"].min()
        if low != low or low >= 1.0:
            return None
        tied = s[s["rate"] == low]
        half = (tied["present"] + tied["partial"] / 2) / tied["analysed"]
        return ", ".join(tied.loc[half == half.min(), "behaviour"].astype(str))
