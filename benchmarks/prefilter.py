"""The pre-filter: its cost per article, and the share of a general news sample it passes on.

    python benchmarks/prefilter.py

Cost: the time ``strikewatch.prefilter.passes`` (Python's re) and ``mask`` (Arrow, one call for
the whole column) take per article, over every annotated report of the repository and the
general news sample, set beside the time extraction takes per article (from one in-process
run over 200 of the same reports). Pass rate: the share of benchmarks/data/general_news.jsonl
(79 articles written for this, mostly on other topics: economy, politics, sport, science,
culture, weather, crime, some defence news, and 8 reports of air attacks) that passes, with the
ones that pass named. Recall on the annotated corpora is eval/prefilter_recall.py's.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERAL = ROOT / "benchmarks" / "data" / "general_news.jsonl"
ATTACK_PREFIX = "atk-"  # ids of the sample's attack reports


def texts_of(paths: list[Path]) -> list[dict]:
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def per_article(function, texts: list[str], repeat: int = 5) -> float:
    """Best seconds per article over REPEAT runs of FUNCTION(texts)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function(texts)
        best = min(best, time.perf_counter() - started)
    return best / len(texts)


def main() -> int:
    about = "The pre-filter's cost per article and its pass rate on general news."
    argparse.ArgumentParser(description=about).parse_args()
    from strikewatch import prefilter
    from strikewatch.extract import extract_each
    from strikewatch.ingest import read_inputs

    corpora = sorted(p for p in ROOT.glob("**/articles.jsonl") if (p.parent / "gold.jsonl").exists()
                     and ".venv" not in p.parts)
    general = texts_of([GENERAL])
    texts = [a["text"] for a in texts_of(corpora) + general]
    python = per_article(lambda ts: [prefilter.passes(t) for t in ts], texts)
    arrow = per_article(prefilter.mask, texts)
    items = list(read_inputs([str(ROOT / "eval" / "articles.jsonl")]))
    list(extract_each(items[:3]))  # load the models first
    sample = (items * 6)[:200]
    started = time.perf_counter()
    list(extract_each(sample))
    extraction = (time.perf_counter() - started) / len(sample)
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"cost over {len(texts)} articles (mean {words:.0f} words): "
          f"Python re {python * 1e6:.0f} µs/article, "
          f"Arrow {arrow * 1e6:.0f} µs/article; extraction {extraction * 1e3:.1f} ms/article "
          f"(the pre-filter is {python / extraction:.2%} of it)")
    passed = [a["id"] for a in general if prefilter.passes(a["text"])]
    attacks = [a["id"] for a in general if a["id"].startswith(ATTACK_PREFIX)]
    others = [i for i in passed if not i.startswith(ATTACK_PREFIX)]
    print(f"general news sample: {len(passed)} of {len(general)} pass ({len(passed) / len(general):.0%}); "
          f"{len(set(attacks) & set(passed))} of its {len(attacks)} attack reports, and "
          f"{len(others)} of its {len(general) - len(attacks)} other articles "
          f"({len(others) / (len(general) - len(attacks)):.0%}): {', '.join(others)}")
    return 0 if set(attacks) <= set(passed) else 1


if __name__ == "__main__":
    sys.exit(main())
