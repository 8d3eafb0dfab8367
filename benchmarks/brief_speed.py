"""How much does writing the brief add to extraction? In one process, on realistic articles.

Times, for every article of samples/articles.jsonl and eval/articles.jsonl (cycled to --articles),
extraction without the brief (events and context) and the brief alone (``build_brief``, which
also runs the faithfulness checker on every piece it writes), after one warm-up pass that loads
the models. Exits 1 when the brief adds more than --max-overhead (20%) to extraction time.

    python benchmarks/brief_speed.py
    python benchmarks/brief_speed.py --articles 500 --max-overhead 0.2
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

from strikewatch.brief import build_brief
from strikewatch.context import extract_context
from strikewatch.extract import extract_events
from strikewatch.records import ArticleInput

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "samples" / "articles.jsonl", ROOT / "eval" / "articles.jsonl"]
MAX_OVERHEAD = 0.20  # the brief may add at most this share to extraction time


def load_articles(paths: list[Path]) -> list[ArticleInput]:
    rows = [
        json.loads(line)
        for path in paths
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [
        ArticleInput(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published"))
        for r in rows
    ]


def measure(articles: list[ArticleInput]) -> tuple[float, float]:
    """(seconds extracting events and context, seconds writing briefs) over ARTICLES."""
    extracting = briefing = 0.0
    for article in articles:
        started = time.perf_counter()
        events = extract_events(article)
        extract_context(article)
        middle = time.perf_counter()
        build_brief(article, events)
        briefing += time.perf_counter() - middle
        extracting += middle - started
    return extracting, briefing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--max-overhead", type=float, default=MAX_OVERHEAD)
    args = parser.parse_args()
    corpus = load_articles(CORPORA)
    if not corpus:
        print("no articles found in " + ", ".join(map(str, CORPORA)), file=sys.stderr)
        return 1
    measure(corpus)  # warm-up: models, gazetteers and caches load here, not in the timing
    articles = list(itertools.islice(itertools.cycle(corpus), args.articles))
    extracting, briefing = measure(articles)
    overhead = briefing / extracting
    n = len(articles)
    print(f"{n} articles: extraction {extracting:.2f} s ({extracting / n * 1000:.1f} ms each), "
          f"brief {briefing:.2f} s ({briefing / n * 1000:.1f} ms each)")
    print(f"the brief adds {overhead:.1%} to extraction time (limit {args.max_overhead:.0%})")
    return 0 if overhead <= args.max_overhead else 1


if __name__ == "__main__":
    sys.exit(main())
