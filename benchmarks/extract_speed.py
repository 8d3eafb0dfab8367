"""How fast is `strikewatch extract` on 1,000 articles, model loading included, and how much memory?

Builds a JSONL file of articles of realistic length by cycling samples/articles.jsonl and
eval/articles.jsonl (when present) under fresh ids, runs `python -m strikewatch extract` on it
in one child process, and reports articles per second, measured from the moment the process
starts, and the child's peak resident memory. Exits 1 when below --min-rate or above --max-rss-mb.

    python benchmarks/extract_speed.py
    python benchmarks/extract_speed.py --articles 200 --min-rate 10
"""
from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "samples" / "articles.jsonl", ROOT / "eval" / "articles.jsonl"]
MIN_RATE = 25.0  # articles per second, model loading included
MAX_RSS_MB = 1024.0  # peak resident memory of the extract process


def load_articles(paths: list[Path]) -> list[dict]:
    articles = []
    for path in paths:
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            articles += [json.loads(line) for line in lines if line.strip()]
    return articles


def build_corpus(articles: list[dict], count: int) -> list[dict]:
    """COUNT articles cycling through ARTICLES, each under a fresh id."""
    return [{**article, "id": f"bench-{i:05d}-{article['id']}"}
            for i, article in zip(range(count), itertools.cycle(articles))]


def peak_rss_mb() -> float:
    """Peak resident memory of the largest child waited for so far (the only one here)."""
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB elsewhere


def run(corpus: list[dict], workdir: Path) -> tuple[float, int, str, int]:
    """Run the extractor on CORPUS in one process; return (seconds, exit code, stderr, records written)."""
    source, output = workdir / "articles.jsonl", workdir / "records.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus), encoding="utf-8")
    started = time.perf_counter()
    command = [sys.executable, "-m", "strikewatch", "extract", str(source), "--jobs", "1", "-o", str(output)]
    done = subprocess.run(command,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    written = len(output.read_text(encoding="utf-8").splitlines()) if output.exists() else 0
    return seconds, done.returncode, done.stderr, written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="how many articles (default 1000)")
    parser.add_argument("--min-rate", type=float, default=MIN_RATE,
                        help=f"articles/s floor (default {MIN_RATE:g})")
    parser.add_argument("--max-rss-mb", type=float, default=MAX_RSS_MB,
                        help=f"peak memory ceiling in MB (default {MAX_RSS_MB:g})")
    parser.add_argument("--corpus", type=Path, action="append",
                        help="JSONL files of articles to cycle "
                             "(default: the samples and eval/articles.jsonl)")
    args = parser.parse_args()

    paths = args.corpus or CORPORA
    articles = load_articles(paths)
    if not articles:
        print(f"extract_speed: no articles in {', '.join(str(p) for p in paths)}", file=sys.stderr)
        return 2
    corpus = build_corpus(articles, args.articles)
    with tempfile.TemporaryDirectory() as workdir:
        seconds, code, stderr, written = run(corpus, Path(workdir))
    # exit code 1 means some articles were rejected: still a run to measure, if it wrote records
    if code not in (0, 1) or not written:
        print(f"extract_speed: strikewatch extract failed (exit code {code}):\n{stderr}", file=sys.stderr)
        return 2

    rate, peak = len(corpus) / seconds, peak_rss_mb()
    words = sum(len(a["text"].split()) for a in corpus) / len(corpus)
    print(f"{len(corpus)} articles (mean {words:.0f} words) in {seconds:.1f} s, model loading included")
    print(f"{rate:.1f} articles/s (floor {args.min_rate:g}), "
          f"peak RSS {peak:.0f} MB (ceiling {args.max_rss_mb:g})")
    print(f"strikewatch: {stderr.strip().splitlines()[-1] if stderr.strip() else 'no summary'}")
    failures = []
    if rate < args.min_rate:
        failures.append(f"{rate:.1f} articles/s is below the floor of {args.min_rate:g}")
    if peak > args.max_rss_mb:
        failures.append(f"peak RSS {peak:.0f} MB is above the ceiling of {args.max_rss_mb:g} MB")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
