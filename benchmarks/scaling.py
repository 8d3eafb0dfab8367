"""Articles per second with --jobs 1, --jobs 2 and Spark local[2], and whether they agree.

    python benchmarks/scaling.py [--articles 2000] [--no-spark]

Builds a JSONL file of ARTICLES articles by cycling every annotated corpus of the repository
(eval/, its hold-outs, corpus/) under fresh ids, then times three whole commands on it, each
from process start to exit (Python start-up, model loading and, for Spark, the JVM included):

    strikewatch extract FILE --jobs 1 -o one.jsonl
    strikewatch extract FILE --jobs 2 -o two.jsonl
    strikewatch extract --engine spark --master local[2] FILE -o spark/

It prints articles/s for each, the scaling efficiency (jobs 2 / jobs 1; 2.0 would be perfect on
two cores), the CPU time the machine spent on other work during each run (another process on a
shared machine takes cores from the run), and checks that --jobs 2 wrote exactly the bytes
--jobs 1 wrote and that Spark's records equal them (ids, events, evidence, briefs). Exits 1 when
an output differs. About 4 minutes for 2,000 articles on two cores.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from extract_speed import build_corpus, load_articles
from process_tree import run

ROOT = Path(__file__).resolve().parent.parent
CORPORA = sorted(p for p in ROOT.glob("**/articles.jsonl")
                 if p.parent.name in ("eval", "holdout", "holdout2", "train", "dev", "test")
                 and ".venv" not in p.parts and (p.parent / "gold.jsonl").exists())


def spark_records(directory: Path) -> dict[str, dict]:
    from strikewatch import archive
    from strikewatch.records import Extracted

    return {x.article.id: x.result.to_dict() for x in archive.read_output(str(directory))
            if isinstance(x, Extracted)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--no-spark", action="store_true", help="skip the Spark run")
    args = parser.parse_args()
    corpus = build_corpus(load_articles(CORPORA), args.articles)
    strikewatch = [sys.executable, "-m", "strikewatch", "extract"]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "articles.jsonl"
        source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus), encoding="utf-8")
        runs = {"--jobs 1": [*strikewatch, str(source), "--jobs", "1", "-o", "one.jsonl"],
                "--jobs 2": [*strikewatch, str(source), "--jobs", "2", "-o", "two.jsonl"]}
        if not args.no_spark:
            runs["spark local[2]"] = [*strikewatch, "--engine", "spark", "--master", "local[2]", str(source),
                                      "-o", "spark"]
        rates = {}
        print(f"{len(corpus)} articles from {len(CORPORA)} corpora; load average before: "
              f"{os.getloadavg()[0]:.2f}")
        for name, command in runs.items():
            usage = run(command, cwd=work)
            if usage.returncode not in (0, 1):
                raise SystemExit(f"scaling: {' '.join(command)} failed:\n{usage.stderr[-3000:]}")
            rates[name] = len(corpus) / usage.wall
            print(f"{name:<15} {usage.wall:7.1f} s  {rates[name]:6.1f} articles/s  "
                  f"{len(corpus) / usage.cpu:6.1f} articles per CPU second; "
                  f"peak RSS {usage.peak_rss_mb:5.0f} MB; "
                  f"other programs took {usage.other_cpu:5.1f} CPU s meanwhile")
        print(f"scaling efficiency, jobs 2 / jobs 1: {rates['--jobs 2'] / rates['--jobs 1']:.2f}x")
        one = (work / "one.jsonl").read_bytes()
        if (work / "two.jsonl").read_bytes() != one:
            failures.append("--jobs 2 wrote other records than --jobs 1")
        if not args.no_spark:
            local = {json.loads(line)["id"]: json.loads(line) for line in one.decode().splitlines()}
            if spark_records(work / "spark") != local:
                failures.append("Spark's records differ from --jobs 1's")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    if not failures:
        print(f"the same records from every run ({len(corpus)} articles)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
