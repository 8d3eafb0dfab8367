"""Peak memory of `strikewatch extract --jobs 2 --prefilter` at 10,000 and 100,000 articles: flat.

    python benchmarks/memory_flat.py [--sizes 10000 100000] [--jobs 2]

The articles are generated while the command runs and streamed to its standard input, so
nothing but the command holds them: the general news sample (benchmarks/data/general_news.jsonl,
79 short articles, mostly on other topics, a few in Ukrainian or Russian) is cycled under fresh
ids with every 10th article an attack report from the annotated corpora (eval/, corpus/), as a
news archive would be. Every article is read and checked, passed through the pre-filter, and
the ones that pass are extracted in the worker processes; records go to /dev/null.

For each size it prints the time, the articles extracted, the peak resident memory of the whole
process tree (the main process, the fork server and the workers, sampled every 0.2 s) and of the
main process alone. Exits 1 when the peak at the largest size is more than 25% above the peak at
the smallest: memory that grows with the input. About 8 minutes on two cores.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from extract_speed import load_articles
from process_tree import run

ROOT = Path(__file__).resolve().parent.parent
GENERAL = ROOT / "benchmarks" / "data" / "general_news.jsonl"
REPORTS = [ROOT / "eval" / "articles.jsonl", ROOT / "corpus" / "train" / "articles.jsonl"]
REPORT_EVERY = 10  # every 10th article is an attack report
MAX_GROWTH = 1.25


def articles(count: int):
    """COUNT articles, one JSON line each, made as they are asked for."""
    general = itertools.cycle(load_articles([GENERAL]))
    reports = itertools.cycle(load_articles([p for p in REPORTS if p.exists()]))
    for i in range(count):
        article = next(reports) if i % REPORT_EVERY == REPORT_EVERY - 1 else next(general)
        yield (json.dumps({**article, "id": f"stream-{i:07d}"}, ensure_ascii=False) + "\n").encode("utf-8")


def writer(count: int):
    def write(pipe) -> None:
        for line in articles(count):
            pipe.write(line)
    return write


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    command = [sys.executable, "-m", "strikewatch", "extract", "-", "--jobs", str(args.jobs), "--prefilter",
               "-o", "/dev/null"]
    peaks = []
    for size in args.sizes:
        usage = run(command, stdin_writer=writer(size))
        if usage.returncode not in (0, 1):
            print(f"memory_flat: extract failed ({usage.returncode}):\n{usage.stderr[-3000:]}",
                  file=sys.stderr)
            return 2
        summary = usage.stderr.strip().splitlines()[-1]
        peaks.append(usage.peak_rss_mb)
        print(f"{size:>7} articles in {usage.wall:6.1f} s ({size / usage.wall:6.1f}/s): {summary}")
        print(f"        peak RSS, whole tree {usage.peak_rss_mb:6.0f} MB; "
              f"main process {usage.peak_main_mb:5.0f} MB")
    growth = peaks[-1] / peaks[0]
    print(f"peak at {args.sizes[-1]:,} / peak at {args.sizes[0]:,}: {growth:.2f}")
    if growth > MAX_GROWTH:
        print(f"FAIL: memory grows with the input ({growth:.2f}x, limit {MAX_GROWTH}x)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
