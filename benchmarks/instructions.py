"""Throughput ratios counted in machine instructions, which a busy machine cannot disturb (run by hand).

    python benchmarks/instructions.py            # 30 transcripts, about 5 minutes (needs valgrind)
    python benchmarks/instructions.py --files 60

``bench.py`` times things, and on a shared machine the same code timed minutes apart differs by up
to 30 %. Here each measure runs once in a fresh process under valgrind's callgrind with
instrumentation off while Python, spaCy and the rules load; it is switched on just before the
measured work (``callgrind_control -i on``), and the process ends as soon as the work is done. The
counts are deterministic to a fraction of a percent, so a change's effect shows up even when the
machine is busy. Instructions are not time (cache misses and memory stalls are not counted): read
these as a check on the direction and size of a change, next to the wall-clock figures of bench.py.

Measures, over the same synthetic transcripts as bench.py:
  tokenizer  read every file and run spacy.blank("en")'s tokenizer over its whole text
  default    analyze_folder(), the closing only (after one warm-up pass over the same files)
  whole      the same with --whole
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def _instrument_on() -> None:
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False)


def child(mode: str, folder: Path) -> None:
    """The measured work, run inside valgrind; instrumentation starts right before it."""
    paths = sorted(folder.glob("*.txt"))
    if mode == "tokenizer":
        import spacy

        nlp = spacy.blank("en")
        list(nlp.pipe(["warm up"]))
        _instrument_on()
        for doc in nlp.pipe(p.read_text(encoding="utf-8") for p in paths):
            len(doc)
    else:
        from analyzer.analysis import Analyzer, Options
        from analyzer.batch import analyze_folder

        analyzer = Analyzer(options=Options(whole=mode == "whole"))
        analyze_folder(folder, rules=analyzer)  # warm-up: lexeme tables, lazy caches
        _instrument_on()
        analyze_folder(folder, rules=analyzer)
    sys.stdout.flush()
    os._exit(0)  # interpreter shutdown is not part of the measure


def count(mode: str, folder: Path) -> int:
    """Instructions executed by ``mode``'s measured work."""
    res = subprocess.run(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
         sys.executable, __file__, "--child", mode, str(folder)],
        capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}, check=False,
    )
    m = re.search(r"Collected : (\d+)", res.stderr)
    if m is None:
        raise SystemExit(f"valgrind gave no count for {mode}:\n{res.stderr[-2000:]}")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=30, help="synthetic transcripts to measure (default 30)")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "FOLDER"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("needs valgrind (callgrind): e.g. apt-get install valgrind")
    import bench

    tmp = Path(tempfile.mkdtemp(prefix="interview-close-instr-"))
    try:
        paths = bench.make_cohort(tmp, args.files)
        words = bench.words_in(paths)
        print(f"{args.files} transcripts, {words:,} words; each measure runs under callgrind (minutes)",
              file=sys.stderr)
        counts = {mode: count(mode, tmp) for mode in ("tokenizer", "default", "whole")}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    tok = counts["tokenizer"]
    print(f"{'measure':<10}  {'instructions':>15}  {'per word':>8}  tokenizer / measure")
    for mode, n in counts.items():
        print(f"{mode:<10}  {n:>15,}  {n / words:>8,.0f}  {tok / n:.2f}")
    print("targets (bench.py, as throughput ratios): default >= 1.0, whole >= 0.4")


if __name__ == "__main__":
    main()
