"""How fast does `strikewatch ingest` fill a SQLite store, and how fast are `incidents` and `stats` on it?

Synthesizes articles by varying the bundled articles (samples/articles.jsonl and
eval/articles.jsonl): each one takes a base article, moves it to another night of 2024-2025,
swaps its towns for others, scales its figures, and splices in sentences from two other
articles, so that extraction, deduplication and reconciliation all run for real and most
articles are stories of their own rather than near duplicates. Each size is ingested into a
fresh SQLite file in this process (`Store.ingest`, spaCy model loading included in the first
size's time), then the query methods are timed on the largest store.

    python benchmarks/store_speed.py                      # 1,000 and 10,000 articles
    python benchmarks/store_speed.py --sizes 200 --max-query-seconds 1

Exits 1 when a query takes longer than --max-query-seconds (default 1 s) or ingest is slower
than --min-rate articles/s, 2 when it cannot run.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from strikewatch.records import ArticleInput
from strikewatch.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "samples" / "articles.jsonl", ROOT / "eval" / "articles.jsonl"]
MIN_RATE = 10.0  # articles per second into SQLite, extraction included
MAX_QUERY_SECONDS = 1.0
REPEATS = 5  # each query is timed this many times; the median is reported
TOWNS = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy", "Poltava", "Mykolaiv", "Kherson",
         "Chernihiv", "Vinnytsia", "Khmelnytskyi", "Rivne", "Lutsk", "Kryvyi Rih", "Cherkasy", "Uzhhorod",
         "Zhytomyr", "Ternopil", "Kropyvnytskyi", "Bila Tserkva", "Kremenchuk", "Pavlohrad", "Izmail"]
TOWN = re.compile(r"\b(" + "|".join(map(re.escape, TOWNS)) + r")\b")
FIGURE = re.compile(r"\b(?!19\d\d\b|20\d\d\b)(\d{1,3})\b")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")
FIRST_NIGHT, NIGHTS = date(2024, 1, 1), 730
# A synthetic article keeps its base's lead and this share of its other sentences, and takes
# SPLICED sentences from other articles: enough change that two articles made from one base are
# seldom near duplicates of each other (see the "duplicates" count the benchmark prints).
KEEP_SHARE = 0.2
SPLICED = 6


def load_articles() -> list[dict]:
    rows = []
    for path in CORPORA:
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def synthesize(bases: list[dict], count: int, seed: int) -> list[ArticleInput]:
    """COUNT articles, each a base article moved to another night, with other towns and figures."""
    rng = random.Random(seed)
    sentences = [s for base in bases for s in SENTENCE_END.split(base["text"]) if len(s.split()) > 6]
    out = []
    for n in range(count):
        base = rng.choice(bases)
        own = SENTENCE_END.split(base["text"])
        kept = [own[0], *(s for s in own[1:] if rng.random() < KEEP_SHARE)]
        text = vary(" ".join([*kept, *rng.sample(sentences, SPLICED)]), rng)
        night = FIRST_NIGHT + timedelta(days=rng.randrange(NIGHTS))
        published = ISO_DAY.sub(night.isoformat(), base.get("published") or night.isoformat())
        out.append(ArticleInput(id=f"bench-{seed}-{n:05d}", text=text, title=base.get("title"),
                                published=published, url=None, outlet=base.get("outlet")))
    return out


def vary(text: str, rng: random.Random) -> str:
    """TEXT with its towns swapped for others and its figures scaled."""
    towns = dict(zip(TOWNS, rng.sample(TOWNS, len(TOWNS)), strict=True))
    text = TOWN.sub(lambda m: towns[m[1]], text)
    return FIGURE.sub(lambda m: str(max(1, round(int(m[1]) * rng.uniform(0.5, 1.6)))), text)


def ingest(articles: list[ArticleInput], workdir: Path) -> tuple[Store, float, object]:
    store = Store(f"sqlite:///{workdir / f'bench-{len(articles)}.db'}")
    started = time.perf_counter()
    summary = store.ingest(articles)
    return store, time.perf_counter() - started, summary


def time_queries(store: Store) -> dict[str, float]:
    """Median seconds of each query a user or the dashboard makes, on STORE."""
    queries = {
        "incidents()": lambda: store.incidents(),
        "incidents(place='kharkiv')": lambda: store.incidents(place="kharkiv"),
        "incidents(attacker='RU', since='2025-01-01')":
            lambda: store.incidents(attacker="RU", since="2025-01-01"),
        "incidents(sort='-launched')": lambda: store.incidents(sort="-launched"),
        "incidents(all rows)": lambda: store.incidents(limit=10**9),
        "incident(id)": lambda: store.incident(store.incidents(limit=1)["items"][0]["id"]),
        "stats()": lambda: store.stats(),
        "articles(q='drones')": lambda: store.articles(q="drones"),
    }
    timings = {}
    for name, query in queries.items():
        runs = []
        for _ in range(REPEATS):
            started = time.perf_counter()
            query()
            runs.append(time.perf_counter() - started)
        timings[name] = statistics.median(runs)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="articles per run")
    parser.add_argument("--min-rate", type=float, default=MIN_RATE, help=f"articles/s floor ({MIN_RATE:g})")
    parser.add_argument("--max-query-seconds", type=float, default=MAX_QUERY_SECONDS,
                        help=f"query latency ceiling ({MAX_QUERY_SECONDS:g} s)")
    args = parser.parse_args()
    bases = load_articles()
    if not bases:
        print("store_speed: no articles in samples/ or eval/", file=sys.stderr)
        return 2
    failures = []
    with tempfile.TemporaryDirectory() as workdir:
        store = None
        for size in args.sizes:
            articles = synthesize(bases, size, seed=size)
            store, seconds, summary = ingest(articles, Path(workdir))
            rate = size / seconds
            print(f"ingest {size} articles into SQLite: {seconds:.1f} s, {rate:.1f} articles/s "
                  f"({summary.added} added, {summary.duplicates} duplicates, {summary.rejected} rejected, "
                  f"{summary.incidents} incidents built)")
            if rate < args.min_rate:
                failures.append(f"ingest of {size}: {rate:.1f} articles/s is below {args.min_rate:g}")
            if size != args.sizes[-1]:
                store.close()
        articles, incidents = store.articles(limit=1)["total"], store.incidents(limit=1)["total"]
        print(f"queries on {articles} articles, {incidents} incidents "
              f"(median of {REPEATS}):")
        for name, seconds in time_queries(store).items():
            print(f"  {name:<48} {seconds * 1000:8.1f} ms")
            if seconds > args.max_query_seconds:
                failures.append(f"{name} took {seconds:.2f} s, over {args.max_query_seconds:g} s")
        store.close()
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
