"""Throughput and memory of the source readers.

1. HTML pages per second through ingest: the saved pages of tests/data/pages, copied N times
   with distinct stories, read (text extraction) and stored in a fresh SQLite Store
   (extraction of events, dedup, incidents). Reading alone is timed too.
2. Memory over a feed of 10,000 entries: the feed is streamed through read_inputs, and the
   process's resident memory is sampled every 1,000 entries with psutil; flat means the
   growth from the first checkpoint to the last stays small.

    python benchmarks/ingest_sources.py            # 100 pages, 10,000 entries
    python benchmarks/ingest_sources.py --pages 300 --entries 20000
"""
from __future__ import annotations

import argparse
import gc
import importlib.util
import random
import re
import sys
import tempfile
import time
from pathlib import Path

import psutil

from strikewatch.ingest import read_inputs

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
PARAGRAPH = re.compile(r"<p>[^<]{80,}</p>")  # a story paragraph of the fixture pages
CITIES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Sumy", "Poltava", "Mykolaiv", "Rivne", "Lutsk"]


def write_pages(directory: Path, count: int) -> list[str]:
    """COUNT page files in the fixture layouts, each telling a different generated story."""
    templates = [path.read_text(encoding="utf-8") for path in sorted(PAGES.glob("*.html"))]
    spec = importlib.util.spec_from_file_location("dedup_quality", ROOT / "eval" / "dedup_quality.py")
    stories = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = stories
    spec.loader.exec_module(stories)
    rng = random.Random(1)
    paths = []
    for n in range(count):
        paragraphs = iter(stories.make_story(rng, n, stories.NIGHTS[n % 5]) * 3)
        template = templates[n % len(templates)]
        page = PARAGRAPH.sub(lambda m, story=paragraphs: f"<p>{next(story)}</p>", template)
        path = directory / f"page-{n:05d}.html"
        path.write_text(page, encoding="utf-8")
        paths.append(str(path))
    return paths


def write_feed(path: Path, entries: int) -> None:
    """An RSS 2.0 feed of ENTRIES distinct entries, written in a stream."""
    with open(path, "w", encoding="utf-8") as feed:
        feed.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Kyiv Ledger</title>\n')
        for n in range(entries):
            city = CITIES[n % len(CITIES)]
            feed.write(f"<item><title>Drone attack on {city}, report {n}</title>"
                       f"<link>https://kyiv-ledger.example/n/{n}</link>"
                       f"<pubDate>Sat, 08 Mar 2025 07:{n % 60:02d}:00 +0200</pubDate>"
                       f"<description>&lt;p&gt;Russian drones attacked {city} overnight, damaging "
                       f"{n % 40 + 2} houses and a power line, the regional administration said.&lt;/p&gt;"
                       f"&lt;p&gt;Air defence destroyed {n % 90 + 10} drones, the air force said. Report "
                       f"number {n}.&lt;/p&gt;</description></item>\n")
        feed.write("</channel></rss>\n")


def bench_pages(count: int, directory: Path) -> None:
    from strikewatch import pipeline
    from strikewatch.store import Store

    paths = write_pages(directory, count)
    started = time.perf_counter()
    read = list(read_inputs(paths))
    reading = time.perf_counter() - started
    articles = sum(not hasattr(item, "reason") for item in read)
    print(f"pages: {count} read in {reading:.2f} s = {count / reading:.1f} pages/s (text extraction only); "
          f"{articles} articles")
    store = Store(f"sqlite:///{directory / 'bench.db'}")
    started = time.perf_counter()
    summary = pipeline.ingest(store, read_inputs(paths))
    total = time.perf_counter() - started
    print(f"pages: {count} through ingest into a Store in {total:.2f} s = {count / total:.1f} pages/s "
          f"(extraction + record + dedup + incidents); {summary.to_dict()}")


def bench_feed(entries: int, directory: Path) -> None:
    path = directory / "big.xml"
    write_feed(path, entries)
    process = psutil.Process()
    gc.collect()
    checkpoints = []
    started = time.perf_counter()
    for n, _item in enumerate(read_inputs([str(path)]), 1):
        if n % 1000 == 0:
            checkpoints.append((n, process.memory_info().rss / 2**20))
    elapsed = time.perf_counter() - started
    print(f"feed: {entries} entries ({path.stat().st_size / 2**20:.1f} MB) streamed in {elapsed:.2f} s "
          f"= {entries / elapsed:.0f} entries/s")
    print("feed: resident memory (MB) at " + ", ".join(f"{n}: {mb:.1f}" for n, mb in checkpoints))
    growth = checkpoints[-1][1] - checkpoints[0][1]
    print(f"feed: growth from entry {checkpoints[0][0]} to {checkpoints[-1][0]}: {growth:+.1f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as directory:
        bench_feed(args.entries, Path(directory))
        bench_pages(args.pages, Path(directory))
    return 0


if __name__ == "__main__":
    sys.exit(main())
